"""A crash never leaves papers/, the graph and the search index disagreeing (issue #17).

The processes are killed for real: `boardgraph ingest` (and `boardgraph serve` with admin
uploads queued or being stored) is run in a subprocess with BOARDGRAPH_TEST_KILL_AT=<point>:<batch>, which
makes the archive SIGKILL its own process at that point (archive.archive.crash_point). After the
next ingest, or the next server start, the stores must equal those of a clean ingest of the
same files: graph label and relationship counts, document ids in the graph, papers/ and the
index, index entries and a few searches.
"""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import pytest
from click.testing import CliRunner

import graph
from archive import Archive
from webapp.cli import cli

ROOT = Path(__file__).resolve().parents[1]
N_PAPERS = 16
BATCH = 4  # four batches; the kill is in the third
QUERIES = ("*", "board", "safeguard*", "type:action", "type:item")


def child_env(**extra: str) -> dict[str, str]:
    """The environment of a child process: this worktree's code first, no extraction worker."""
    env = {k: v for k, v in os.environ.items() if k != "BOARDGRAPH_TEST_KILL_AT"}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT)] + [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p])
    env["BOARDGRAPH_INGEST_WORKER"] = "0"
    env.update(extra)
    return env


def snapshot(data_dir: Path) -> dict:
    with Archive(data_dir) as archive:
        report = graph.check(archive.graph)
        return {
            "labels": report["labels"], "relationships": report["relationships"], "graph_ok": report["ok"],
            "graph_ids": sorted(graph.document_ids(archive.graph)),
            "papers": sorted(p.stem for p in archive.papers_dir.glob("*.json")),
            "originals": sorted(p.stem for p in archive.originals_dir.iterdir()),
            "index_ids": sorted(archive.index.paper_ids()), "entries": archive.index.entry_count(),
            "searches": {q: archive.index.query(q).total for q in QUERIES},
            "consistent": archive.consistency()["ok"],
        }


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    from bench.generate import generate

    folder = tmp_path_factory.mktemp("corpus")
    generate(N_PAPERS, 17, folder, formats=("txt",))
    for gold in folder.glob("*.json"):
        gold.unlink()
    return folder


@pytest.fixture(scope="module")
def clean(corpus, tmp_path_factory) -> dict:
    """The stores after one uninterrupted ingest of the corpus."""
    data_dir = tmp_path_factory.mktemp("clean")
    with Archive(data_dir) as archive:
        results = archive.ingest_files(Archive.files_under(corpus), batch_size=BATCH)
    assert [r.status for r in results] == ["added"] * N_PAPERS
    state = snapshot(data_dir)
    assert state["consistent"] and state["searches"]["*"] > N_PAPERS and state["searches"]["type:action"] > 0
    return state


def killed_ingest(corpus: Path, data_dir: Path, point: str, worker: str = "0") -> None:
    """`boardgraph ingest` in a child process that kills itself at `point` of the third batch
    (`worker` "1": extracting the next batch in a second process meanwhile, as big ingests do)."""
    run = subprocess.run([sys.executable, "-m", "webapp.cli", "--data-dir", str(data_dir), "ingest", str(corpus),
                          "--batch-size", str(BATCH)],
                         env=child_env(BOARDGRAPH_TEST_KILL_AT=f"{point}:3", BOARDGRAPH_INGEST_WORKER=worker),
                         capture_output=True, text=True, timeout=120)  # (an orphaned worker would keep the pipes open)
    assert run.returncode == -signal.SIGKILL, f"the ingest was not killed at {point}: {run.stdout}{run.stderr}"


@pytest.mark.parametrize("point, worker", [("files", "0"), ("graph-half", "0"), ("graph", "0"), ("index", "0"),
                                           ("indexed", "0"), ("done", "0"), ("index", "1")])
def test_an_ingest_killed_at_any_point_is_finished_by_the_next_one(corpus, clean, tmp_path, point, worker):
    data_dir = tmp_path / "data"
    killed_ingest(corpus, data_dir, point, worker)
    with Archive(data_dir) as archive:  # what the kill left (opening repairs nothing)
        left = archive.consistency()
    if point == "done":
        assert left["ok"] and left["papers"] == 3 * BATCH
    else:
        assert not left["ok"] and left["unfinished"], left  # the bug of issue #17, before the repair

    again = CliRunner().invoke(cli, ["--data-dir", str(data_dir), "ingest", str(corpus),
                                     "--batch-size", str(BATCH), "--json"])
    assert again.exit_code == 0, again.output
    statuses = [r["status"] for r in json.loads(again.output)]
    # The papers the killed run put in papers/ are known: never extracted again, written where missing.
    assert statuses.count("unchanged") == 3 * BATCH
    assert statuses.count("added") == N_PAPERS - 3 * BATCH
    assert snapshot(data_dir) == clean


def test_check_finds_and_repairs_the_papers_an_index_lacks(corpus, clean, tmp_path):
    """The issue's report: the index misses one batch, `check` says so by id, `check --repair` mends it."""
    data_dir = tmp_path / "data"
    killed_ingest(corpus, data_dir, "graph")
    runner = CliRunner()
    found = runner.invoke(cli, ["--data-dir", str(data_dir), "check"])
    assert found.exit_code == 1, found.output
    with Archive(data_dir) as archive:
        missing = archive.consistency()["not_in_index"]
    assert len(missing) == BATCH
    for doc_id in missing:
        assert f"problem: {doc_id} in papers/ but not in the search index" in found.output
    as_json = json.loads(runner.invoke(cli, ["--data-dir", str(data_dir), "check", "--json"]).output)
    assert as_json["ok"] is False and as_json["stores"]["not_in_index"] == missing
    repaired = runner.invoke(cli, ["--data-dir", str(data_dir), "check", "--repair", "--json"])
    assert repaired.exit_code == 0, repaired.output
    report = json.loads(repaired.output)
    assert report["ok"] and sorted(report["repaired"]["resaved"]) == missing
    assert runner.invoke(cli, ["--data-dir", str(data_dir), "check"]).exit_code == 0
    state = snapshot(data_dir)
    assert state["index_ids"] == state["papers"] == state["graph_ids"] and len(state["papers"]) == 3 * BATCH


# ---- a server killed with an admin upload job running ---------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def multipart(files: list[tuple[str, bytes]]) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    body = b""
    for name, data in files:
        body += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{name}\"\r\n"
                 "Content-Type: text/plain\r\n\r\n").encode() + data + b"\r\n"
    return body + f"--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


def wait_for(url: str, proc: subprocess.Popen, log: Path, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, log.read_text()
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"{url} did not answer")


def start_server(data_dir: Path, port: int, log, **env: str) -> subprocess.Popen:
    """`boardgraph serve` on the data dir in a child process (its output to the open file `log`)."""
    return subprocess.Popen([sys.executable, "-m", "webapp.cli", "--data-dir", str(data_dir), "serve",
                             "--port", str(port), "--threads", "2"],
                            env=child_env(BOARDGRAPH_SECRET_KEY="s" * 32, **env), stdout=log, stderr=subprocess.STDOUT)


def api(port: int, token: str, path: str, files: list[tuple[str, bytes]] | None = None) -> tuple[int, dict]:
    body, content_type = multipart(files) if files is not None else (None, "application/json")
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=body, method="POST" if body else "GET",
                                     headers={"Content-Type": content_type, "Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.status, json.loads(response.read())


def stop(server: subprocess.Popen) -> None:
    if server.poll() is None:
        server.kill()
        server.wait()


@pytest.mark.parametrize("kill", ["queued", "index", "done"])
def test_a_server_killed_with_uploads_queued_ingests_them_at_its_next_start(corpus, tmp_path, kill):
    """Issue #15: two uploads are spooled and queued (the worker held by BOARDGRAPH_TEST_HOLD_JOBS), then
    the server is SIGKILLed: while both wait ("queued"), or in the first batch of the first, with its
    index commit not made ("index") or with the batch stored and no result recorded ("done").
    The next start ingests every upload from the spool: the stores equal a clean ingest's."""
    from webapp.users import UserStore

    paths = Archive.files_under(corpus)[:6]
    files = [(p.name, p.read_bytes()) for p in paths]
    with Archive(tmp_path / "clean") as reference:
        assert [r.status for r in reference.ingest_files(paths)] == ["added"] * 6
    clean = snapshot(tmp_path / "clean")

    data_dir, gate = tmp_path / "data", tmp_path / "go"
    users = UserStore(data_dir)
    users.add("ada", "admin", "ada-password-123")
    token = users.create_token("ada")
    port = free_port()
    log_path = tmp_path / "server.log"
    with log_path.open("w") as log:
        hooks = {"BOARDGRAPH_TEST_HOLD_JOBS": str(gate)}
        if kill != "queued":
            hooks["BOARDGRAPH_TEST_KILL_AT"] = f"{kill}:1"
        server = start_server(data_dir, port, log, **hooks)
        try:
            wait_for(f"http://127.0.0.1:{port}/healthz", server, log_path)
            jobs = []
            for part in (files[:3], files[3:]):
                status, answer = api(port, token, "/api/admin/upload", part)
                assert status == 202 and answer["refused"] == []
                spooled = data_dir / "uploads" / answer["job"]  # on disk when the answer says queued
                assert [(f.name, f.read_bytes()) for f in sorted(spooled.iterdir())] == \
                    [(f"{n:04d}-{name}", data) for n, (name, data) in enumerate(part)]
                assert api(port, token, answer["status_url"])[1]["status"] == "queued"
                jobs.append(answer["job"])
            if kill == "queued":
                server.kill()
            else:
                gate.touch()
            assert server.wait(timeout=300) == -signal.SIGKILL, log_path.read_text()
        finally:
            stop(server)
    left = sorted(f.name for f in (data_dir / "uploads").rglob("*") if f.is_file())
    assert left == sorted([f"{n:04d}-{name}" for n, (name, _) in enumerate(files[:3])] +
                          [f"{n:04d}-{name}" for n, (name, _) in enumerate(files[3:])])  # nothing let go yet

    with log_path.open("a") as log:
        server = start_server(data_dir, port, log)
        try:
            wait_for(f"http://127.0.0.1:{port}/healthz", server, log_path)
            deadline = time.monotonic() + 300
            while time.monotonic() < deadline and any(
                    api(port, token, f"/api/admin/jobs/{job_id}")[1]["status"] != "done" for job_id in jobs):
                time.sleep(0.5)
            done = [api(port, token, f"/api/admin/jobs/{job_id}")[1] for job_id in jobs]
            listed = {j["id"]: j for j in api(port, token, "/api/admin/jobs")[1]["jobs"]}
            page = urllib.request.Request(f"http://127.0.0.1:{port}/admin/jobs/{jobs[1]}",
                                          headers={"Authorization": f"Bearer {token}"})
            with urllib.request.urlopen(page, timeout=60) as response:
                assert "Queued again after a server restart" in response.read().decode()
        finally:
            server.terminate()
            server.wait(timeout=60)
    for job in done:
        assert job["status"] == "done" and job["resumed"] == 1, job
        assert [p["status"] for p in job["papers"]] == ["added"] * 3, job
        assert listed[job["id"]]["status"] == "done"  # on the admin jobs page
    assert [p["filename"] for job in done for p in job["papers"]] == [name for name, _ in files]
    assert not (data_dir / "uploads").exists() or not any((data_dir / "uploads").iterdir())
    assert snapshot(data_dir) == clean


def test_uploads_spooled_without_a_job_record_get_a_job_at_start(corpus, tmp_path):
    """A server killed between spooling an upload and writing its job file: the files are ingested anyway."""
    from webapp import create_app
    from webapp.spool import Spool

    paths = Archive.files_under(corpus)[:2]
    with Archive(tmp_path / "clean") as reference:
        reference.ingest_files(paths)
    clean = snapshot(tmp_path / "clean")
    data_dir = tmp_path / "data"
    spool = Spool(data_dir)
    spool.put("20260101T000000-0badcafe", [(n, p.name, p.read_bytes()) for n, p in enumerate(paths)])
    (spool.dir / "20260101T000000-0badcafe" / ".tmp-half-written").write_bytes(b"half a fi")  # a killed write
    app = create_app({"DATA_DIR": data_dir, "TESTING": True, "SECRET_KEY": "test"})
    try:
        job = app.extensions["jobs"].wait("20260101T000000-0badcafe", timeout=300)
        assert job["status"] == "done" and job["user"] is None
        assert [(p["filename"], p["status"]) for p in job["papers"]] == [(p.name, "added") for p in paths]
    finally:
        app.extensions["archive"].close()
    assert not spool.dir.exists() or not any(spool.dir.iterdir())
    assert snapshot(data_dir) == clean


# ---- what the id sets find without a journal, and partial writes ------------------------------------------


@pytest.fixture
def samples_archive(tmp_path):
    from tests.conftest import SAMPLES

    with Archive(tmp_path / "data") as archive:
        results = archive.ingest_files(sorted(SAMPLES.glob("*.txt")), batch_size=2)
        assert [r.status for r in results] == ["added"] * 5
        yield archive, [r.doc_id for r in results]


def edit_stored_title(archive: Archive, doc_id: str, title: str) -> None:
    """Mark a stored paper, so a store that gets it back shows it came from papers/, not from extraction."""
    path = archive.papers_dir / f"{doc_id}.json"
    paper = json.loads(path.read_text(encoding="utf-8"))
    paper["title"] = title
    path.write_text(json.dumps(paper), encoding="utf-8")


def test_each_store_gets_what_it_lacks_from_papers_without_extracting_again(samples_archive):
    from tests.conftest import SAMPLES

    archive, ids = samples_archive
    report = graph.check(archive.graph)
    before = (report["labels"], report["relationships"], archive.index.entry_count())
    # No journal: each store loses something behind the archive's back.
    archive.index.remove_paper(ids[0])
    edit_stored_title(archive, ids[0], "Zanzibar restored from papers")
    graph.delete_paper(archive.graph, ids[1])
    state = archive.consistency()
    assert not state["ok"] and state["unfinished"] == []
    assert state["not_in_index"] == [ids[0]] and state["not_in_graph"] == [ids[1]]

    # Unchanged is decided per store: the admin path (one file, no full repair) mends what it touches.
    files = sorted(SAMPLES.glob("*.txt"))
    assert archive.ingest_bytes(files[0].read_bytes(), files[0].name).status == "unchanged"
    assert archive.index.query("zanzibar").total > 0  # from papers/<id>.json: no extraction ran

    done = archive.repair()
    assert done["graph"] == [ids[1]] and done["papers"] == [] and done["index"] == []
    assert archive.consistency()["ok"] and archive.repair() == {k: [] for k in done}  # nothing left: no writes
    assert graph.document(archive.graph, ids[0])["title"] != "Zanzibar restored from papers"  # the graph had it
    report = graph.check(archive.graph)
    assert (report["labels"], report["relationships"], archive.index.entry_count()) == before


def test_a_paper_only_in_the_graph_is_reported_not_deleted(samples_archive):
    """papers/<id>.json is a paper's one copy: with it gone the graph's facts stay (a Neo4j graph may
    outlive a data dir) and `check` names the paper until an admin deletes it or ingests it again."""
    archive, ids = samples_archive
    (archive.papers_dir / f"{ids[2]}.json").unlink()
    assert archive.repair()["papers"] == []
    assert graph.document(archive.graph, ids[2]) is not None
    assert archive.consistency()["not_in_papers"] == [ids[2]]
    assert archive.delete(ids[2]) and archive.consistency()["ok"]


def test_a_graph_from_before_papers_was_the_one_copy_gives_its_copies_back_then_drops_them(samples_archive):
    """Older versions kept each Paper on its Document (`paper_json`): repair writes a missing
    papers/<id>.json from it, then removes every such copy from the graph."""
    archive, ids = samples_archive
    for doc_id in ids:  # as an older version saved them
        stored = archive.paper(doc_id).to_dict()
        archive.graph.run("MATCH (d:Document {id: $id}) SET d.paper_json = $json", id=doc_id,
                          json=json.dumps(stored, ensure_ascii=False, separators=(",", ":")))
    lost = archive.paper(ids[2])
    (archive.papers_dir / f"{ids[2]}.json").unlink()
    assert archive.repair()["papers"] == [ids[2]]
    assert archive.paper(ids[2]) == lost and archive.consistency()["ok"]
    assert archive.graph.run("MATCH (d:Document) WHERE d.paper_json IS NOT NULL RETURN d.id AS id") == []


def test_a_paper_only_in_the_index_is_dropped_from_it(samples_archive):
    archive, ids = samples_archive
    stray = archive.paper(ids[3])
    archive.delete(ids[3])
    archive.index.add_paper(stray)  # e.g. an old index restored beside newer papers
    assert archive.consistency()["not_in_papers"] == [ids[3]]
    assert archive.repair()["removed"] == [ids[3]]
    assert archive.consistency()["ok"] and not archive.index.has_paper(ids[3])


def test_a_half_written_paper_in_the_journal_is_saved_whole_again(samples_archive):
    """FalkorDB has no rollback: a statement that fails leaves the ones before it applied, and a process
    killed before it takes them out leaves half a paper. Its id is in the journal, so it is saved again."""
    from graph import queries as q
    from archive import JOURNAL

    archive, ids = samples_archive
    full = graph.check(archive.graph)
    archive.graph.write([(q.DELETE_DOC_ACTIONS, {"doc_id": ids[2]}), (q.DELETE_DOC_ITEMS, {"doc_id": ids[2]})])
    (archive.data_dir / JOURNAL).write_text(json.dumps({"ids": [ids[2]], "replacing": {}}))
    assert graph.check(archive.graph)["labels"] != full["labels"]
    assert archive.consistency()["unfinished"] == [ids[2]]
    assert archive.repair()["resaved"] == [ids[2]]
    assert graph.check(archive.graph) == full and archive.consistency()["ok"]


def test_a_replacement_killed_before_the_old_version_went_is_finished(tmp_path):
    from tests.conftest import SAMPLES

    def folder(name: str, changed: bool) -> Path:
        out = tmp_path / name
        out.mkdir()
        for n, path in enumerate(sorted(SAMPLES.glob("*.txt"))[:4]):
            text = path.read_text(encoding="utf-8")
            (out / path.name).write_text(text + ("\nAny other business: none.\n" if changed and n in (0, 2) else ""),
                                         encoding="utf-8")
        return out

    old, new = folder("v1", False), folder("v2", True)
    with Archive(tmp_path / "clean") as archive:
        archive.ingest_files(Archive.files_under(new), batch_size=2)
    clean = snapshot(tmp_path / "clean")
    data_dir = tmp_path / "data"
    with Archive(data_dir) as archive:
        archive.ingest_files(Archive.files_under(old), batch_size=2)
    run = subprocess.run([sys.executable, "-m", "webapp.cli", "--data-dir", str(data_dir), "ingest", str(new),
                          "--batch-size", "2"], env=child_env(BOARDGRAPH_TEST_KILL_AT="indexed:1"),
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == -signal.SIGKILL, run.stdout + run.stderr
    assert len(snapshot(data_dir)["papers"]) == 5  # the new version of the first changed file, and the old
    again = CliRunner().invoke(cli, ["--data-dir", str(data_dir), "ingest", str(new), "--batch-size", "2", "--json"])
    assert [r["status"] for r in json.loads(again.output)] == ["unchanged", "unchanged", "replaced", "unchanged"]
    assert snapshot(data_dir) == clean


# ---- locks a killed writer held -----------------------------------------------------------------------------

HOLDER = r"""
import sys, time
from pathlib import Path
from archive import Archive
archive = Archive(Path(sys.argv[1]))
with archive._writing(), archive.index._writer():
    print("HOLDING", flush=True)
    time.sleep(600)
"""


def test_the_locks_of_a_killed_writer_are_taken_over_at_once(tmp_path, monkeypatch):
    """The archive's writer lock and the index's write lock are flocks: a live holder blocks the next
    writer, a dead one (SIGKILL: no clean-up ran) does not, and no file has to be deleted."""
    from search import SearchError, whoosh_index
    from archive import ArchiveBusy

    data_dir = tmp_path / "data"
    Archive(data_dir).close()
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(data_dir)], env=child_env(),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "HOLDING", holder.stderr.read()
        with Archive(data_dir) as archive:
            monkeypatch.setattr(whoosh_index, "WRITE_TIMEOUT", 0.2)
            with pytest.raises(ArchiveBusy):
                archive.repair(timeout=0.2)
            with pytest.raises(SearchError, match="busy"):
                archive.index.remove_paper("0" * 64)
            os.kill(holder.pid, signal.SIGKILL)
            holder.wait()
            monkeypatch.setattr(whoosh_index, "WRITE_TIMEOUT", 0.0)
            started = time.monotonic()
            assert archive.repair(timeout=0.0) is not None  # both locks at the first try
            archive.index.remove_paper("0" * 64)
            assert time.monotonic() - started < 2
        assert (data_dir / "archive.lock").exists()  # left behind, and harmless
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()


def test_the_admin_dashboard_shows_the_stores_and_repairs_them(tmp_path):
    from tests.conftest import SAMPLES
    from webapp import create_app

    app = create_app({"DATA_DIR": tmp_path / "data", "TESTING": True, "SECRET_KEY": "test"})
    try:
        users = app.extensions["users"]
        users.add("ada", "admin", "ada-password-123")
        client = app.test_client()
        client.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {users.create_token('ada')}"
        archive = app.extensions["archive"]
        ids = [r.doc_id for r in archive.ingest_files(sorted(SAMPLES.glob("*.txt"))[:2])]
        assert "Stores agree: 2 papers" in client.get("/admin/").get_data(as_text=True)
        archive.index.remove_paper(ids[1])
        page = client.get("/admin/").get_data(as_text=True)
        assert "The stores disagree" in page and f"<code>{ids[1][:12]}</code> not in the search index" in page
        stores = client.get("/api/admin/papers").json["stores"]
        assert stores["ok"] is False and stores["not_in_index"] == [ids[1]]
        repaired = client.post("/api/admin/repair").json
        assert repaired["repaired"]["index"] == [ids[1]] and repaired["stores"]["ok"]
        assert "Stores agree: 2 papers" in client.get("/admin/").get_data(as_text=True)
    finally:
        app.extensions["archive"].close()


def test_a_live_write_is_writing_not_a_difference(samples_archive):
    """While another thread (or process) stores a batch, the stores differ by its papers for a moment:
    check and the dashboard say `writing`, not a problem; once its writer is gone it is `unfinished`."""
    import threading

    archive, ids = samples_archive
    entered, release = threading.Event(), threading.Event()

    def writer():
        with archive._writing():
            archive._journal([ids[0]], {})
            archive.index.remove_paper(ids[0])  # half way through its batch
            entered.set()
            release.wait(30)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        assert entered.wait(30)
        state = archive.consistency()
        assert state["ok"] and state["writing"] == [ids[0]] and state["not_in_index"] == []
    finally:
        release.set()
        thread.join()
    state = archive.consistency()  # the writer left without finishing: its journal is a problem now
    assert not state["ok"] and state["unfinished"] == [ids[0]] and state["not_in_index"] == [ids[0]]
    archive.repair()
    assert archive.consistency()["ok"]


def test_reindex_missing_adds_only_what_the_index_lacks(tmp_path):
    from tests.conftest import SAMPLES

    data_dir = tmp_path / "data"
    with Archive(data_dir) as archive:
        ids = [r.doc_id for r in archive.ingest_files(sorted(SAMPLES.glob("*.txt")))]
        entries = archive.index.entry_count()
        archive.index.remove_papers(ids[:2])
    runner = CliRunner()
    assert runner.invoke(cli, ["--data-dir", str(data_dir), "check"]).exit_code == 1
    done = runner.invoke(cli, ["--data-dir", str(data_dir), "reindex", "--missing"])
    assert done.exit_code == 0 and "indexed 2 missing papers" in done.output, done.output
    assert runner.invoke(cli, ["--data-dir", str(data_dir), "check"]).exit_code == 0
    with Archive(data_dir) as archive:
        assert archive.index.entry_count() == entries
