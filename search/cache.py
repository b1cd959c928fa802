"""A small thread-safe least-recently-used map, for what a search can reuse.

Used twice: per-segment tables (segments never change once written, so a
table keyed by segment id stays true) and ranked results (keyed on the index
generation, which every commit advances, so a commit invalidates them all).
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Callable, Generic, Hashable, TypeVar

V = TypeVar("V")


class LRU(Generic[V]):
    """At most `size` values, and at most `max_weight` in total by `weigh` (e.g. bytes), if given."""

    def __init__(self, size: int, max_weight: int | None = None, weigh: Callable[[V], int] | None = None):
        self.size = size
        self.max_weight = max_weight
        self._weigh = weigh or (lambda value: 0)
        self._weight = 0
        self._items: OrderedDict[Hashable, tuple[V, int]] = OrderedDict()
        self._lock = threading.Lock()
        self._making: dict[Hashable, tuple[int, threading.Event]] = {}  # key -> (maker thread, set when done)

    def get(self, key: Hashable) -> V | None:
        with self._lock:
            item = self._items.get(key)
            if item is None:
                return None
            self._items.move_to_end(key)
            return item[0]

    def put(self, key: Hashable, value: V) -> V:
        if self.size <= 0:
            return value
        weight = self._weigh(value)
        with self._lock:
            old = self._items.pop(key, None)
            if old is not None:
                self._weight -= old[1]
            self._items[key] = (value, weight)
            self._weight += weight
            while len(self._items) > self.size or (
                    self.max_weight is not None and self._weight > self.max_weight and len(self._items) > 1):
                self._weight -= self._items.popitem(last=False)[1][1]
        return value

    def get_or_make(self, key: Hashable, make: Callable[[], V]) -> V:
        """The cached value, or make() stored. One thread makes a missing value while the others that
        ask for it wait for that one: at a server's start each of its threads' first search used to
        build the same per-segment tables at once (10k papers, one segment: 6 s for one thread, 17.6 s
        for five, sharing the GIL). A thread asking again for a key it is making makes it itself, and
        when the maker fails or the value is dropped at once, a waiter makes it in turn."""
        me = threading.get_ident()
        while True:
            with self._lock:
                item = self._items.get(key)
                if item is not None:
                    self._items.move_to_end(key)
                    return item[0]
                flight = self._making.get(key)
                if flight is None:
                    done = threading.Event()
                    self._making[key] = (me, done)
            if flight is None:
                break
            if flight[0] == me:
                return make()
            flight[1].wait()
        try:
            return self.put(key, make())
        finally:
            with self._lock:
                del self._making[key]
            done.set()

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._weight = 0

    def __len__(self) -> int:
        return len(self._items)
