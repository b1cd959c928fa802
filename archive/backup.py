"""Back up a whole data dir to one .tar.gz, and restore it into an empty dir.

What goes in: the originals, the stored Papers, the search index, curation
decisions, users, the audit log, job records, curated overrides and the dev
secret key — everything in the data dir except the running graph server's
folder. Each store copies itself: the graph writes a point-in-time snapshot
(`Graph.snapshot`; the embedded FalkorDB's dump as the base of a fresh
append-only folder, loaded on the server's next start), the search index is
copied while its write lock is held (`search.locked`), and each SQLite
database (`*.sqlite`: users, the audit log) is copied through SQLite's online
backup API (`sqlite3.Connection.backup`), so a write in flight is never half
in the copy. The snapshot is taken first and the files after, so a paper
ingested meanwhile is at worst a file the graph lacks, never graph facts
without their paper; and the archive's writer lock (archive/archive.py) is held
from the snapshot to the last file, so no archive write lands in between at
all. A Neo4j graph is not in the backup: the manifest says so and how to back
it up (`neo4j-admin database dump`).

Restore reads `boardgraph-backup.json` first, refuses any member that is not a
plain file or folder inside the target (`tarfile` filter "data", and no links
at all), refuses a non-empty target unless forced and a target whose graph
server is running, and unpacks into a folder inside the target before moving
it into place (the graph's snapshot through `graph.restore_snapshot`), so it
never writes outside the target dir.
"""
from __future__ import annotations

import fcntl
import io
import json
import os
import shutil
import sqlite3
import tarfile
import tempfile
import time
from contextlib import closing
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterator

import graph
import search
from archive.archive import WRITER_LOCK
from archive.writelock import ArchiveBusy, exclusive_flock

MANIFEST = "boardgraph-backup.json"
FORMAT = 1
GRAPH_MEMBERS = "graph"  # the backup's folder for the graph's snapshot (laid out as the data dir's graph folder)
SQLITE_SUFFIX = ".sqlite"
SQLITE_RUNTIME = ("-journal", "-wal", "-shm")  # SQLite's own files beside a database, not data
OWN_TEMPORARY = (".tmp-", ".backup-", ".restore-")  # write_atomic's, a backup's and a restore's files in flight
LOCK_TIMEOUT = 30.0


class BackupError(Exception):
    """A backup or restore that cannot go ahead; the message says why and what to do."""


# ---- backup ------------------------------------------------------------------------------------


def backup(data_dir: Path, dest: Path, *, neo4j_uri: str | None = None,
           on_progress: Callable[[int, int], None] | None = None, **graph_options: Any) -> dict[str, Any]:
    """Write `dest` (.tar.gz) from `data_dir`. Returns `{"path", "files", "bytes", "graph", "counts"}`.
    `on_progress(done, total)` follows the files copied (the CLI's progress bar)."""
    data_dir, dest = Path(data_dir).resolve(), Path(dest).resolve()
    if not (data_dir / "papers").is_dir() and not (data_dir / "users.sqlite").exists():
        raise BackupError(f"{data_dir} does not look like a boardgraph data dir (no papers/ or users.sqlite).")
    if dest.is_relative_to(data_dir):
        raise BackupError("Write the backup outside the data dir it backs up.")
    if not dest.parent.is_dir():
        raise BackupError(f"There is no folder {dest.parent} to write the backup in.")
    try:
        writer_lock = exclusive_flock(data_dir / WRITER_LOCK, LOCK_TIMEOUT)  # no archive write between snapshot and files
    except ArchiveBusy:
        raise BackupError("The archive has been busy for 30 seconds (an ingest is running); "
                          "try the backup again when it has finished.") from None
    try:
        with tempfile.TemporaryDirectory(dir=dest.parent, prefix=".backup-") as scratch:
            snapshot = Path(scratch) / GRAPH_MEMBERS
            counts, graph_note = _graph_snapshot(data_dir, snapshot, neo4j_uri=neo4j_uri, **graph_options)
            manifest = {"format": FORMAT, "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                        "data_dir": str(data_dir), "counts": counts, "graph": graph_note}
            files = _write_tar(data_dir, dest, manifest, snapshot, Path(scratch), on_progress)
    finally:
        fcntl.flock(writer_lock, fcntl.LOCK_UN)
        os.close(writer_lock)
    return {"path": str(dest), "files": files, "bytes": dest.stat().st_size, "graph": manifest["graph"],
            "counts": counts}


def _graph_snapshot(data_dir: Path, dest: Path, **graph_options: Any) -> tuple[dict[str, Any], str]:
    """The graph's counts, and its snapshot written into `dest` ("falkordb snapshot"), or why it is not."""
    g = graph.open_graph(data_dir, **graph_options)
    try:
        counts = graph.counts(g)
        try:
            g.snapshot(dest)
        except graph.SnapshotUnsupported as ex:
            return counts, f"not included: {ex}"
        except graph.GraphError as ex:
            raise BackupError(str(ex)) from ex
    finally:
        g.close()
    return counts, "falkordb snapshot"


def _write_tar(data_dir: Path, dest: Path, manifest: dict[str, Any], snapshot: Path, scratch: Path,
               on_progress: Callable[[int, int], None] | None) -> int:
    """The manifest, the graph's snapshot, then every file (the index's under its lock); returns the files
    copied. Written beside `dest` and renamed into place."""
    fd, tmp = tempfile.mkstemp(dir=dest.parent, prefix=".backup-", suffix=".tar.gz")
    files = 0
    try:
        with os.fdopen(fd, "wb") as fh, tarfile.open(fileobj=fh, mode="w:gz") as tar:
            _add_bytes(tar, MANIFEST, json.dumps(manifest, indent=2).encode("utf-8"))
            for path in sorted(snapshot.rglob("*")) if snapshot.is_dir() else []:
                if path.is_file():
                    tar.add(path, arcname=f"{GRAPH_MEMBERS}/{path.relative_to(snapshot).as_posix()}", recursive=False)
            try:
                with search.locked(data_dir, LOCK_TIMEOUT):
                    paths = list(_files_to_copy(data_dir))
                    for path in paths:
                        name = path.relative_to(data_dir).as_posix()
                        if path.name.endswith(SQLITE_SUFFIX):
                            tar.add(_sqlite_copy(path, scratch), arcname=name, recursive=False)
                        else:
                            tar.add(path, arcname=name, recursive=False)
                        files += 1
                        if on_progress:
                            on_progress(files, len(paths))
            except search.IndexBusy:
                raise BackupError("The search index has been busy for 30 seconds (an ingest is running); "
                                  "try the backup again when it has finished.") from None
        os.chmod(tmp, 0o600)  # it holds password hashes and the session key
        os.replace(tmp, dest)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return files


def _files_to_copy(data_dir: Path) -> Iterator[Path]:
    """Every data file but the graph server's folder (the graph goes in as its snapshot), the index's lock
    file (search.index_files), the archive's writer lock, SQLite's runtime files and our own temporaries."""
    skip = {graph.store_dir(data_dir), search.index_dir(data_dir)}
    for path in sorted(data_dir.rglob("*")):
        if path.is_symlink() or not path.is_file() or any(parent in skip for parent in path.parents):
            continue  # sockets, fifos and links are not data
        if path.name.startswith(OWN_TEMPORARY) or path.name.endswith(SQLITE_RUNTIME):
            continue
        if path.relative_to(data_dir).as_posix() == WRITER_LOCK:  # the archive's writer lock: runtime, like the index's
            continue
        yield path
    yield from (p for p in search.index_files(data_dir) if not p.name.startswith(OWN_TEMPORARY))


def _sqlite_copy(path: Path, scratch: Path) -> Path:
    """A consistent copy of a SQLite database in `scratch`, through SQLite's online backup API."""
    copy = scratch / f"{path.name}.{time.monotonic_ns()}"
    with closing(sqlite3.connect(path, timeout=LOCK_TIMEOUT)) as source, \
            closing(sqlite3.connect(copy)) as target:
        source.backup(target)
    os.chmod(copy, 0o600)
    return copy


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size, info.mtime, info.mode = len(data), int(time.time()), 0o600
    tar.addfile(info, io.BytesIO(data))


# ---- restore -----------------------------------------------------------------------------------


def restore(archive: Path, data_dir: Path, *, force: bool = False,
            on_progress: Callable[[int, int], None] | None = None) -> dict[str, Any]:
    """Unpack a backup into `data_dir`. Returns `{"files", "manifest"}`; raises BackupError.
    `on_progress(done, total)` follows the members unpacked (the CLI's progress bar)."""
    archive, target = Path(archive), Path(data_dir).resolve()
    try:
        tar = tarfile.open(archive, "r:*")
    except FileNotFoundError:
        raise BackupError(f"There is no file {archive}.") from None
    except (OSError, tarfile.TarError) as ex:
        raise BackupError(f"{archive} is not a readable .tar.gz archive ({ex}).") from ex
    with tar:
        try:
            members = tar.getmembers()
            manifest = _read_manifest(tar, archive)
        except (OSError, tarfile.TarError, EOFError) as ex:
            raise BackupError(f"{archive} is damaged ({ex}).") from ex
        _check_members(members, target)
        _check_target(target, force)
        staging = Path(tempfile.mkdtemp(dir=target, prefix=".restore-new-"))
        try:
            wanted = [m for m in members if m.name != MANIFEST]
            for done, member in enumerate(wanted, 1):
                tar.extract(member, staging, filter="data")
                if on_progress:
                    on_progress(done, len(wanted))
            _swap_in(staging, target)
        except (OSError, tarfile.TarError) as ex:
            raise BackupError(f"Could not unpack {archive}: {ex}.") from ex
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return {"files": sum(1 for m in members if m.isfile() and m.name != MANIFEST), "manifest": manifest}


def _read_manifest(tar: tarfile.TarFile, archive: Path) -> dict[str, Any]:
    try:
        fh = tar.extractfile(MANIFEST)
        manifest = json.loads(fh.read()) if fh else None
    except (KeyError, ValueError):
        manifest = None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(f"{archive} is not a boardgraph backup (it has no {MANIFEST} of format {FORMAT}).")
    return manifest


def _check_members(members: list[tarfile.TarInfo], target: Path) -> None:
    for member in members:
        if not (member.isfile() or member.isdir()):
            raise BackupError(f"The backup holds {member.name!r}, which is not a plain file or folder; "
                              "refusing to restore it.")
        if member.name.startswith("/") or ".." in Path(member.name).parts:
            raise BackupError(f"The backup holds an unsafe path {member.name!r}; refusing to restore it.")
        try:  # the "data" filter's own checks too (it would quietly strip a leading "/", we refuse instead)
            tarfile.data_filter(member, str(target))
        except tarfile.FilterError as ex:
            raise BackupError(f"The backup holds an unsafe path {member.name!r} ({ex}); refusing to restore it.") from ex


def _check_target(target: Path, force: bool) -> None:
    if target.exists() and not target.is_dir():
        raise BackupError(f"{target} is a file, not a folder.")
    target.mkdir(parents=True, exist_ok=True)
    if graph.in_use(target):
        raise BackupError(f"The graph server of {target} is running; stop the app (and any CLI using it) first.")
    leftovers = [p for p in target.iterdir() if not p.name.startswith(".restore-")]
    if leftovers and not force:
        raise BackupError(f"{target} is not empty; restore into an empty folder, or use --force to replace "
                          "its contents.")


def _swap_in(staging: Path, target: Path) -> None:
    """Move the old contents aside (inside the target), the new ones in (the graph's snapshot through
    graph.restore_snapshot, which puts it where the server loads it), then drop the old."""
    old = Path(tempfile.mkdtemp(dir=target, prefix=".restore-old-"))
    for entry in target.iterdir():
        if entry not in (staging, old) and not entry.name.startswith(".restore-"):
            entry.rename(old / entry.name)
    for entry in staging.iterdir():
        if entry.name != GRAPH_MEMBERS:
            entry.rename(target / entry.name)
    if (staging / GRAPH_MEMBERS).is_dir():
        try:
            graph.restore_snapshot(staging / GRAPH_MEMBERS, target)
        except graph.GraphError as ex:
            raise BackupError(str(ex)) from ex
    shutil.rmtree(old, ignore_errors=True)
