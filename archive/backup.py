"""Back up a whole data dir to one .tar.gz, and restore it into an empty dir.

What goes in: the originals, the stored Papers, the search index, curation
decisions, users, the audit log, job records, curated overrides and the dev
secret key — everything in the data dir except the running graph server's
files (socket, pid, locks, log). The graph is taken as a point-in-time
snapshot: the embedded FalkorDB is asked to `SAVE`, and the dump becomes the
base of a fresh append-only file (`graph/appendonlydir/`), which the server
loads on its next start. The snapshot is taken first and the files after, so
a paper ingested meanwhile is at worst a file the graph lacks, never graph
facts without their paper; and the archive's writer lock (archive/archive.py)
is held from the snapshot to the last file, so no archive write lands in
between at all. The search index is
copied while holding Whoosh's write lock. A Neo4j graph is not in the
archive: back it up with `neo4j-admin database dump`.

Restore reads `boardgraph-backup.json` first, refuses any member that is not a
plain file or folder inside the target (`tarfile` filter "data", and no links
at all), refuses a non-empty target unless forced and a target whose graph
server is running, and unpacks into a folder inside the target before moving
it into place, so it never writes outside the target dir.
"""
from __future__ import annotations

import fcntl
import io
import json
import os
import shutil
import tarfile
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterator

MANIFEST = "boardgraph-backup.json"
FORMAT = 1
GRAPH_RUNTIME = {"falkordb.sock", "falkordb.pid", "falkordb.log", "start.lock", "users.lock", "dump.rdb"}
AOF_DIR = "appendonlydir"
AOF_BASE = "appendonly.aof.1.base.rdb"
LOCK_TIMEOUT = 30.0


class BackupError(Exception):
    """A backup or restore that cannot go ahead; the message says why and what to do."""


# ---- backup ------------------------------------------------------------------------------------


def backup(data_dir: Path, dest: Path, *, neo4j_uri: str | None = None,
           on_progress: Callable[[int, int], None] | None = None, **graph_options: Any) -> dict[str, Any]:
    """Write `dest` (.tar.gz) from `data_dir`. Returns `{"path", "files", "bytes", "graph", "counts"}`.
    `on_progress(done, total)` follows the files copied (the CLI's progress bar)."""
    import graph
    from archive.archive import WRITER_LOCK
    from archive.writelock import ArchiveBusy, exclusive_flock

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
        g = graph.open_graph(data_dir, neo4j_uri=neo4j_uri, **graph_options)
        try:
            counts = graph.counts(g)
            snapshot = None if g.kind == "neo4j" else _falkordb_snapshot(g)
        finally:
            g.close()
        manifest = {"format": FORMAT, "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                    "data_dir": str(data_dir), "counts": counts,
                    "graph": "falkordb snapshot" if snapshot is not None else
                             "not included: the graph is in Neo4j (use neo4j-admin database dump)"}
        fd, tmp = tempfile.mkstemp(dir=dest.parent, prefix=".backup-", suffix=".tar.gz")
        files = 0
        try:
            with os.fdopen(fd, "wb") as fh, tarfile.open(fileobj=fh, mode="w:gz") as tar:
                _add_bytes(tar, MANIFEST, json.dumps(manifest, indent=2).encode("utf-8"))
                if snapshot is not None:
                    _add_bytes(tar, f"graph/{AOF_DIR}/{AOF_BASE}", snapshot)
                    _add_bytes(tar, f"graph/{AOF_DIR}/appendonly.aof.manifest",
                               f"file {AOF_BASE} seq 1 type b\n".encode())
                with _index_locked(data_dir):
                    paths = list(_files_to_copy(data_dir))
                    for path in paths:
                        tar.add(path, arcname=path.relative_to(data_dir).as_posix(), recursive=False)
                        files += 1
                        if on_progress:
                            on_progress(files, len(paths))
            os.chmod(tmp, 0o600)  # it holds password hashes and the session key
            os.replace(tmp, dest)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    finally:
        fcntl.flock(writer_lock, fcntl.LOCK_UN)
        os.close(writer_lock)
    return {"path": str(dest), "files": files, "bytes": dest.stat().st_size, "graph": manifest["graph"],
            "counts": counts}


def _falkordb_snapshot(g: Any) -> bytes:
    """SAVE the embedded server's dataset to an RDB file and return its bytes (then remove the file)."""
    import redis

    server = g.backend.server
    client = redis.Redis(unix_socket_path=str(server.socket_path), socket_timeout=120)
    try:
        client.save()
        folder, name = (client.config_get(k)[k] for k in ("dir", "dbfilename"))
    except redis.RedisError as ex:
        raise BackupError(f"The graph server would not write a snapshot: {ex}.") from ex
    finally:
        client.close()
    dump = Path(folder) / name
    try:
        return dump.read_bytes()
    finally:
        dump.unlink(missing_ok=True)


def _files_to_copy(data_dir: Path) -> Iterator[Path]:
    for path in sorted(data_dir.rglob("*")):
        rel = path.relative_to(data_dir)
        if path.is_symlink() or not (path.is_file() or path.is_dir()):
            continue  # sockets, fifos and links are not data
        if rel.parts[0] == "graph" and (len(rel.parts) == 1 or rel.parts[1] == AOF_DIR or rel.name in GRAPH_RUNTIME):
            continue  # the graph goes in as its snapshot
        if path.name.startswith((".tmp-", ".backup-", ".restore-")) or path.name.endswith("_WRITELOCK"):
            continue
        if rel.as_posix() == "archive.lock":  # the archive's writer lock: runtime, like the index's
            continue
        if path.is_file():
            yield path


class _index_locked:
    """Hold the search index's write lock (as Whoosh writers do), so no commit lands mid-copy."""

    def __init__(self, data_dir: Path) -> None:
        from search.schema import INDEX_NAME

        self.path = data_dir / "index" / f"{INDEX_NAME}_WRITELOCK"
        self.fd: int | None = None

    def __enter__(self) -> None:
        if not self.path.parent.is_dir():
            return
        self.fd = os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600)
        deadline = time.monotonic() + LOCK_TIMEOUT
        while True:
            try:
                fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                if time.monotonic() > deadline:
                    os.close(self.fd)
                    raise BackupError("The search index has been busy for 30 seconds (an ingest is running); "
                                      "try the backup again when it has finished.") from None
                time.sleep(0.1)

    def __exit__(self, *exc: object) -> None:
        if self.fd is not None:
            fcntl.flock(self.fd, fcntl.LOCK_UN)
            os.close(self.fd)


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
    if _graph_in_use(target):
        raise BackupError(f"The graph server of {target} is running; stop the app (and any CLI using it) first.")
    leftovers = [p for p in target.iterdir() if not p.name.startswith(".restore-")]
    if leftovers and not force:
        raise BackupError(f"{target} is not empty; restore into an empty folder, or use --force to replace "
                          "its contents.")


def _graph_in_use(target: Path) -> bool:
    """True while some process is attached to the data dir's embedded graph (it holds users.lock)."""
    lock = target / "graph" / "users.lock"
    if not lock.exists():
        return False
    fd = os.open(lock, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return False
    except BlockingIOError:
        return True
    finally:
        os.close(fd)


def _swap_in(staging: Path, target: Path) -> None:
    """Move the old contents aside (inside the target), the new ones in, then drop the old."""
    old = Path(tempfile.mkdtemp(dir=target, prefix=".restore-old-"))
    for entry in target.iterdir():
        if entry not in (staging, old) and not entry.name.startswith(".restore-"):
            entry.rename(old / entry.name)
    for entry in staging.iterdir():
        entry.rename(target / entry.name)
    shutil.rmtree(old, ignore_errors=True)
