"""`boardgraph backup` / `boardgraph restore`: a round trip of a whole data dir, and restores that refuse.

The source archive stays open while it is backed up (as it is under a running
web app), so the graph snapshot is taken from a live server.
"""
from __future__ import annotations

import io
import json
import sqlite3
import tarfile
from pathlib import Path

import pytest
from click.testing import CliRunner

import graph
import search
from archive import Archive
from archive.backup import MANIFEST, BackupError, backup, restore
from graph.neo4j_backend import Neo4jBackend
from tests.conftest import SAMPLES
from webapp.audit import AuditLog
from webapp.cli import cli
from webapp.users import UserStore

QUERIES = ["secure email", "FGM", 'person:"Dave Hill"', "type:action", "serious case reviews"]


def boardgraph(*args: str):
    return CliRunner().invoke(cli, [str(a) for a in args])


def search_snapshot(archive: Archive) -> dict[str, list[tuple[str, str]]]:
    return {q: [(h.type, h.id) for h in archive.index.query(q, per_page=100).hits] for q in QUERIES}


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    """A data dir with the samples, a user, a curation decision and audit events; left open like a running app."""
    data_dir = tmp_path_factory.mktemp("source")
    archive = Archive(data_dir)
    results = archive.ingest_files(sorted(SAMPLES.glob("*.txt")))
    assert [r.status for r in results] == ["added"] * 5, results
    UserStore(data_dir).add("ada", "admin", "ada-password-123")
    AuditLog(data_dir).record("login", "signed in as admin", who="ada", ip="127.0.0.1")
    keep, merged = [r["key"] for r in archive.graph.run("MATCH (p:Person) RETURN p.key AS key ORDER BY key LIMIT 2")]
    archive.curate("merge", {"source": merged, "target": keep}, "ada")
    yield archive
    archive.close()


@pytest.fixture(scope="module")
def backup_file(source, tmp_path_factory):
    path = tmp_path_factory.mktemp("backups") / "board.tar.gz"
    result = boardgraph("--data-dir", source.data_dir, "backup", path)
    assert result.exit_code == 0, result.output
    assert "graph: falkordb snapshot (5 papers)" in result.output
    return path


def test_round_trip_gives_the_same_graph_search_users_and_files(source, backup_file, tmp_path):
    target = tmp_path / "restored"
    result = boardgraph("--data-dir", target, "restore", backup_file)
    assert result.exit_code == 0, result.output
    assert "restored" in result.output
    with Archive(target) as restored:
        assert graph.counts(restored.graph) == graph.counts(source.graph)
        assert graph.counts(restored.graph)["papers"] == 5
        assert graph.check(restored.graph) == graph.check(source.graph)  # labels, relationships, nothing dangling
        assert search_snapshot(restored) == search_snapshot(source)
        assert any(search_snapshot(restored).values())
        assert [r["args"] for r in graph.curation.history(target)] == \
               [r["args"] for r in graph.curation.history(source.data_dir)]
    assert UserStore(target).verify("ada", "ada-password-123")["role"] == "admin"
    actions = [e["action"] for e in AuditLog(target).page(1, 50)["events"]]
    assert "login" in actions and "restore" in actions
    for original in (source.data_dir / "originals").iterdir():
        assert (target / "originals" / original.name).read_bytes() == original.read_bytes()
    assert not [p for p in target.iterdir() if p.name.startswith(".restore")]


def test_backup_leaves_out_the_running_server_files(backup_file):
    with tarfile.open(backup_file) as tar:
        names = set(tar.getnames())
        manifest = json.loads(tar.extractfile(MANIFEST).read())
    assert {"graph/appendonlydir/appendonly.aof.1.base.rdb", "graph/appendonlydir/appendonly.aof.manifest",
            "users.sqlite", "audit.sqlite", "curation.jsonl"} <= names
    assert not {n for n in names if n.endswith((".sock", ".pid", ".lock", "dump.rdb", "_WRITELOCK"))}
    assert any(n.startswith("papers/") for n in names) and any(n.startswith("index/") for n in names)
    assert manifest["format"] == 1 and manifest["counts"]["papers"] == 5
    assert oct(backup_file.stat().st_mode & 0o777) == "0o600"


def test_restore_refuses_a_non_empty_dir_unless_forced(backup_file, tmp_path):
    (tmp_path / "notes.txt").write_text("keep me")
    result = boardgraph("--data-dir", tmp_path, "restore", backup_file)
    assert result.exit_code == 1 and "is not empty" in result.output and "--force" in result.output
    assert (tmp_path / "notes.txt").read_text() == "keep me"
    result = boardgraph("--data-dir", tmp_path, "restore", "--force", backup_file)
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "notes.txt").exists() and (tmp_path / "users.sqlite").exists()


def test_restore_refuses_while_the_graph_of_the_target_runs(backup_file, tmp_path):
    restore(backup_file, tmp_path)
    with Archive(tmp_path):
        with pytest.raises(BackupError, match="graph server of .* is running"):
            restore(backup_file, tmp_path, force=True)


def _tar_with(tmp_path: Path, *members: tarfile.TarInfo, manifest: bool = True) -> Path:
    path = tmp_path / "crafted.tar.gz"
    with tarfile.open(path, "w:gz") as tar:
        if manifest:
            data = json.dumps({"format": 1, "created": "2026-01-01T00:00:00+00:00", "graph": "x"}).encode()
            info = tarfile.TarInfo(MANIFEST)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
        for member in members:
            tar.addfile(member, io.BytesIO(b"x" * member.size) if member.isfile() else None)
    return path


def _file(name: str) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.size = 1
    return info


def _link(name: str, target: str, kind: bytes) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type, info.linkname = kind, target
    return info


@pytest.mark.parametrize("member, message", [
    (_file("../escaped.txt"), "unsafe path"),
    (_file("/tmp/boardgraph-absolute.txt"), "unsafe path"),
    (_link("papers/link", "../../escaped.txt", tarfile.SYMTYPE), "not a plain file or folder"),
    (_link("papers/hard", "/etc/passwd", tarfile.LNKTYPE), "not a plain file or folder"),
], ids=["dot-dot", "absolute", "symlink", "hardlink"])
def test_restore_never_writes_outside_the_target(tmp_path, member, message):
    crafted = _tar_with(tmp_path, _file("users.sqlite"), member)
    target = tmp_path / "target"
    with pytest.raises(BackupError, match=message):
        restore(crafted, target)
    assert not (tmp_path / "escaped.txt").exists() and not Path("/tmp/boardgraph-absolute.txt").exists()
    assert not target.exists() or not any(target.iterdir())


def test_restore_refuses_what_is_not_a_backup(tmp_path):
    with pytest.raises(BackupError, match="is not a boardgraph backup"):
        restore(_tar_with(tmp_path, _file("users.sqlite"), manifest=False), tmp_path / "a")
    junk = tmp_path / "junk.tar.gz"
    junk.write_bytes(b"this is not a tar file at all" * 10)
    result = boardgraph("--data-dir", tmp_path / "b", "restore", junk)
    assert result.exit_code == 1 and "is not a readable .tar.gz archive" in result.output
    result = boardgraph("--data-dir", tmp_path / "c", "restore", tmp_path / "missing.tar.gz")
    assert result.exit_code == 1 and "There is no file" in result.output


def test_backup_refuses_to_write_inside_the_data_dir(source):
    with pytest.raises(BackupError, match="outside the data dir"):
        backup(source.data_dir, source.data_dir / "self.tar.gz")


def test_a_sqlite_transaction_in_flight_neither_stops_the_backup_nor_is_in_it(source, tmp_path):
    """users.sqlite and audit.sqlite go in through SQLite's backup API: what another connection has
    not committed is not copied, and the copy is a whole database."""
    db = sqlite3.connect(source.data_dir / "audit.sqlite", isolation_level=None)
    try:
        db.execute("BEGIN IMMEDIATE")
        db.execute("INSERT INTO audit (at, who, ip, action, what) VALUES ('2026-01-01', 'x', '', 'uncommitted', '')")
        made = backup(source.data_dir, tmp_path / "busy.tar.gz")
    finally:
        db.execute("ROLLBACK")
        db.close()
    with tarfile.open(made["path"]) as tar:
        assert not [n for n in tar.getnames() if n.endswith(("-journal", "-wal", "-shm"))]
    restore(made["path"], tmp_path / "restored")
    actions = [e["action"] for e in AuditLog(tmp_path / "restored").page(1, 50)["events"]]
    assert "login" in actions and "uncommitted" not in actions


def test_the_index_lock_is_the_one_whoosh_writers_take(source, tmp_path):
    """search.locked holds the lock a Whoosh writer takes: a writer open means a backup waits (then says
    why), and the lock file is not among the files a backup copies."""
    from whoosh.index import open_dir

    from search.schema import INDEX_NAME

    writer = open_dir(str(search.index_dir(source.data_dir)), indexname=INDEX_NAME).writer()
    try:
        with pytest.raises(search.IndexBusy, match="busy"):
            with search.locked(source.data_dir, timeout=0.3):
                pass
    finally:
        writer.cancel()
    with search.locked(source.data_dir, timeout=0.3):
        with pytest.raises(search.IndexBusy):
            with search.locked(source.data_dir, timeout=0.3):
                pass
    files = search.index_files(source.data_dir)
    assert files and not [p for p in files if "WRITELOCK" in p.name]


def test_a_graph_snapshot_restores_to_the_same_graph(source, tmp_path):
    source.graph.snapshot(tmp_path / "snap")
    graph.restore_snapshot(tmp_path / "snap", tmp_path / "data")
    with graph.open_graph(tmp_path / "data") as restored:
        assert graph.check(restored) == graph.check(source.graph)
    with pytest.raises(graph.GraphError, match="is running"):
        graph.restore_snapshot(tmp_path / "snap", source.data_dir)


def test_neo4j_has_no_snapshot_and_says_how_to_back_it_up(tmp_path):
    """A Neo4j graph is left out of a backup (the manifest says so): its backend refuses a snapshot."""
    backend = Neo4jBackend.__new__(Neo4jBackend)  # no server here; snapshot needs none to refuse
    with pytest.raises(graph.SnapshotUnsupported, match="neo4j-admin database dump"):
        graph.Graph(backend, tmp_path).snapshot(tmp_path / "snap")
