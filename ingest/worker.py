"""Extraction in a second process, so a bulk ingest stores one batch while the next is extracted.

Storing a batch (graph transaction, index commit) and extracting the next (read,
parse, spaCy) are both CPU work in Python; in one process they take turns under
the interpreter lock. `ExtractionWorker` runs `extract_many` in one child
process (started with "spawn": no inherited sockets, locks or threads), so on a
machine with two cores the two overlap. spaCy itself still runs in one process
with the same batch size as in-process extraction, and the Papers are the same
(tests/test_archive.py checks the outcome file by file).

Starting the child costs a few seconds (Python, spaCy and the model), so it is
worth it only for a bulk ingest: `wanted(n)` says when.
"""
from __future__ import annotations

import logging
import os
import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context
from pathlib import Path
from typing import TYPE_CHECKING

from ingest.model import Paper

if TYPE_CHECKING:
    from ingest.pipeline import Item

log = logging.getLogger(__name__)

MIN_FILES = 48  # below three batches the start-up costs more than the overlap saves
SETTING = "BOARDGRAPH_INGEST_WORKER"  # "0" never, "1" always, unset: for bulk ingests on 2+ cores


def wanted(n_files: int) -> bool:
    """Whether a second process pays for itself for an ingest of n_files."""
    setting = os.environ.get(SETTING, "").strip()
    if setting in ("0", "1"):
        return setting == "1"
    return n_files >= MIN_FILES and (os.cpu_count() or 1) >= 2


PARENT_CHECK_S = 1.0


def _start(parent: int | None = None) -> None:
    """In the child: stop when the parent is gone, and load the pipeline once, before the first batch."""
    from ingest.pipeline import get_nlp

    if parent is not None:
        threading.Thread(target=_exit_with, args=(parent,), name="exit-with-parent", daemon=True).start()
    get_nlp()


def _exit_with(parent: int) -> None:
    """A parent killed with SIGKILL never shuts the pool down, and the child, blocked reading its
    queue or busy extracting, would live on (holding spaCy's memory): leave once it is gone."""
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_S)
    os._exit(0)


def _extract(items: list[Item], data_dir: str | None) -> list[Paper]:
    from ingest.pipeline import extract_many

    return list(extract_many(items, data_dir=Path(data_dir) if data_dir else None))


class WorkerFailed(RuntimeError):
    """The child process died or could not start; the caller extracts in-process instead."""


class ExtractionWorker:
    """One child process running `extract_many`; `submit` returns a Future of the batch's Papers."""

    def __init__(self, data_dir: Path | None) -> None:
        self.data_dir = str(data_dir) if data_dir else None
        self._pool = ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn"),
                                         initializer=_start, initargs=(os.getpid(),))

    def submit(self, items: list[Item]) -> Future[list[Paper]]:
        """Extract a batch (as `extract_many` with its default batch size) in the child."""
        try:
            return self._pool.submit(_extract, items, self.data_dir)
        except (BrokenProcessPool, RuntimeError) as ex:
            raise WorkerFailed(str(ex)) from ex

    @staticmethod
    def result(future: Future[list[Paper]]) -> list[Paper]:
        """The batch's Papers; WorkerFailed when the child died (out of memory, killed)."""
        try:
            return future.result()
        except BrokenProcessPool as ex:
            log.warning("the extraction process stopped: %s", ex)
            raise WorkerFailed(str(ex)) from ex

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> "ExtractionWorker":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
