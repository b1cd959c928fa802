"""One writer per data dir: a thread lock plus an OS file lock that dies with its holder.

A killed writer never blocks the next one and nobody has to delete a lock file;
a live writer is waited for, then the caller gets `ArchiveBusy` with a reason.
"""
from __future__ import annotations

import errno
import fcntl
import os
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


class ArchiveBusy(RuntimeError):
    """Another process (or thread) has been writing to the archive for longer than we wait."""


class WriterLock:
    """One writer per data dir across threads and processes: a thread lock, and an exclusive flock on
    <data_dir>/archive.lock taken by the outermost holder. The OS drops a flock when the process
    holding it dies, however it dies, so a killed writer never blocks the next one and no one has
    to delete a file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._thread = threading.RLock()
        self._depth = 0
        self._fd: int | None = None

    @contextmanager
    def held(self, timeout: float) -> Iterator[bool]:
        """Yields True for the outermost holder (of this Archive, in this thread)."""
        if not self._thread.acquire(timeout=timeout):
            raise ArchiveBusy(f"The archive in {self.path.parent} is busy: another writer has held it for "
                              f"over {timeout:.0f} seconds. Try again later.")
        try:
            if self._depth == 0:
                self._fd = exclusive_flock(self.path, timeout)
            self._depth += 1
            try:
                yield self._depth == 1
            finally:
                self._depth -= 1
                if self._depth == 0 and self._fd is not None:
                    fcntl.flock(self._fd, fcntl.LOCK_UN)
                    os.close(self._fd)
                    self._fd = None
        finally:
            self._thread.release()


def exclusive_flock(path: Path, timeout: float) -> int:
    """An exclusive flock on `path`, waiting up to `timeout` seconds for a live holder; its fd."""
    fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
    deadline = time.monotonic() + timeout
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return fd
        except OSError as ex:
            if ex.errno not in (errno.EAGAIN, errno.EACCES) or time.monotonic() >= deadline:
                os.close(fd)
                if ex.errno in (errno.EAGAIN, errno.EACCES):
                    raise ArchiveBusy(f"The archive in {path.parent} is busy: another process has been writing "
                                      f"to it for over {timeout:.0f} seconds. Try again later.") from None
                raise
            time.sleep(0.05)
