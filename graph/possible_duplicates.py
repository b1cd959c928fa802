"""Possible duplicates among people, for an admin to confirm or reject.

Two keys are recorded as `(a)-[:POSSIBLY_SAME {score}]->(b)` (a < b) when they
have the same number of words, all equal but one, and that one differs by a
single edit or transposition and is at least four letters long ("alastair
jeffrey" / "alastair jeffery", "alastair" / "alistair"). Names that merely share
a surname or initials are different people and are never paired. Nothing is
merged here: merging is an admin's decision (graph/curation.py).
"""
from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Iterable

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from graph import queries as q

if TYPE_CHECKING:
    from graph import Graph

MIN_WORD = 4


def _signatures(key: str) -> list[tuple[int, tuple[str, ...]]]:
    words = key.split()
    return [(i, tuple(words[:i] + ["*"] + words[i + 1:])) for i in range(len(words))] if len(words) >= 2 else []


def _near(a: str, b: str) -> bool:
    return min(len(a), len(b)) >= MIN_WORD and OSA.distance(a, b) == 1


def candidate_pairs(keys: Iterable[str], all_keys: Iterable[str],
                    rejected: set[frozenset[str]] = frozenset()) -> list[dict]:
    """Rows {a, b, score} for each near-variant pair with at least one of `keys`."""
    buckets: dict[tuple[int, tuple[str, ...]], list[str]] = defaultdict(list)
    for other in set(all_keys):
        for sig in _signatures(other):
            buckets[sig].append(other)
    pairs: dict[tuple[str, str], float] = {}
    for key in set(keys):
        for i, sig in _signatures(key):
            word = key.split()[i]
            for other in buckets.get((i, sig), ()):
                if other == key or frozenset((key, other)) in rejected:
                    continue
                if _near(word, other.split()[i]):
                    a, b = sorted((key, other))
                    pairs[(a, b)] = round(fuzz.ratio(a, b) / 100, 3)
    return [{"a": a, "b": b, "score": s} for (a, b), s in sorted(pairs.items())]


def update_candidates(g: "Graph", keys: Iterable[str], rejected: set[frozenset[str]]) -> None:
    """Record POSSIBLY_SAME for the given people (those that still exist) against everyone."""
    all_keys = {row["key"] for row in g.run(q.ALL_PEOPLE_KEYS)}
    rows = candidate_pairs([k for k in keys if k in all_keys], all_keys, rejected)
    if rows:
        g.write([(q.SAVE_CANDIDATES, {"rows": rows})])
