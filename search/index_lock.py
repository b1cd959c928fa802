"""Holding the index still from outside its writers, for a backup: `locked(data_dir)` and `index_files`.

A Whoosh writer holds the index's write lock (a flock taken through Whoosh's file
storage) from opening until it commits; taking the same lock the same way means no
commit lands while the caller copies the files. The lock file itself is not index
data, so `index_files` leaves it out.
"""
from __future__ import annotations

import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from whoosh.filedb.filestore import FileStorage

from search.base import SearchError
from search.schema import INDEX_NAME

INDEX_DIR = "index"  # <data_dir>/index (open_index)
WRITE_LOCK = f"{INDEX_NAME}_WRITELOCK"  # the name Whoosh's writers lock (FileIndex.lock("WRITELOCK"))


class IndexBusy(SearchError):
    """A writer held the index for longer than the caller waits."""


def index_dir(data_dir: Path) -> Path:
    return Path(data_dir) / INDEX_DIR


@contextmanager
def locked(data_dir: Path, timeout: float = 30.0) -> Iterator[None]:
    """Hold the index's write lock (waiting up to `timeout` seconds for a writer), so no commit lands
    meanwhile; nothing to hold when the data dir has no index. IndexBusy when a writer keeps it."""
    folder = index_dir(data_dir)
    if not folder.is_dir():
        yield
        return
    lock = FileStorage(str(folder)).lock(WRITE_LOCK)
    deadline = time.monotonic() + timeout
    while not lock.acquire(blocking=False):
        if time.monotonic() > deadline:
            raise IndexBusy(f"The search index has been busy for {timeout:.0f} seconds (an ingest is running); "
                            "try again when it has finished.")
        time.sleep(0.1)
    try:
        yield
    finally:
        lock.release()


def index_files(data_dir: Path) -> list[Path]:
    """The index's files (not its lock file), sorted; copy them while holding `locked`."""
    folder = index_dir(data_dir)
    return sorted(p for p in folder.rglob("*") if p.is_file() and not p.is_symlink() and not p.name.endswith("_WRITELOCK")) \
        if folder.is_dir() else []
