"""Open Whoosh searchers kept between queries while the index is unchanged.

Opening a searcher reads the table of contents and opens every segment (about
10 ms on a 1,000-paper index), so queries borrow an open one instead. A
searcher is not safe for two threads at once, so each query has its own until
it is done. When a commit makes a new generation, older searchers are closed
as they come back and new ones opened.

Searcher.refresh() is deliberately not used: whoosh-reloaded reuses segment
readers by segment id, so after a commit that only deleted entries a refreshed
searcher still returns them, and after a merge it returns entries twice
(tried here on whoosh-reloaded 2.7.5).
"""
from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Iterator

from whoosh.index import Index
from whoosh.searching import Searcher

KEEP = 4  # idle searchers kept (the web server runs a few threads)


class SearcherPool:
    def __init__(self, ix: Index, keep: int = KEEP):
        self._ix = ix
        self._keep = keep
        self._idle: list[tuple[int, Searcher]] = []  # (generation, searcher)
        self._lock = threading.Lock()
        self._closed = False

    @contextmanager
    def borrow(self) -> Iterator[tuple[int, Searcher]]:
        """(generation, searcher) of the latest commit, for this thread alone until the block ends."""
        generation = self._ix.latest_generation()
        found: Searcher | None = None
        stale: list[Searcher] = []
        with self._lock:
            while self._idle and found is None:
                gen, s = self._idle.pop()
                if gen == generation:
                    found = s
                else:
                    stale.append(s)
        for s in stale:
            s.close()
        searcher = found or self._ix.searcher()
        try:
            yield generation, searcher
        finally:
            with self._lock:
                keep = not self._closed and len(self._idle) < self._keep
                if keep:
                    self._idle.append((generation, searcher))
            if not keep:
                searcher.close()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for _, s in idle:
            s.close()
