"""Facet counts and facet filters over the Whoosh index.

Counts are exact, over every matching entry (not only the page). Each
segment's entry -> values table is kept as arrays (search.tables), so a count
is a gather and a bincount per segment and facet, costing what the matched
entries hold; only the values that can be shown reach Python.

Names that extraction let through but no officer would click (a number, a
fragment ending in "and", a file name) are left out of the name facets
(`is_noise`); the entries still match and count under their other values.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Callable, Iterable

import numpy as np
from whoosh import query as wq
from whoosh.searching import Searcher

from search.results import FACETS
from search.tables import ValueTable, value_table

FACET_LIMIT = 30  # values shown per facet
# facet / filter name -> (field, several values per document)
FACET_FIELDS = {"type": ("type", False), "year": ("year", False), "kind": ("kind", False),
                "body": ("body_facet", True), "person": ("person_facet", True),
                "org": ("org_facet", True), "topic": ("topic_facet", True)}
FILTER_ALIASES = {"organisation": "org", "organization": "org", "people": "person"}
NAME_FACETS = ("body", "person", "org", "topic")  # facets of names, where noise is dropped
# little words a name neither starts nor ends with ("Agenda and", "of Children's Services")
_DANGLING = {"and", "or", "of", "the", "for", "to", "in", "on", "at", "by", "with", "from", "&", "but"}
_FILE_NAME = re.compile(r"\.(docx?|pdf|txt|html?|xlsx?|rtf|odt|pptx?|msg|eml|csv)\b|_|\\", re.I)
_LETTER = re.compile(r"[^\W\d_]")


def count_facets(searcher: Searcher, matched: Iterable[tuple[int, np.ndarray]],
                 tables: dict[str, Callable[[Searcher], ValueTable]] | None = None) -> dict[str, list[tuple[str, int]]]:
    """Every facet's [(value, count)] over the matched entries.

    `matched` holds, per leaf searcher in searcher.leaf_searchers() order, that
    segment's size and matched entry numbers (segment-local, as a numpy array).
    `tables` gives the facets not held in a field (`term`): name -> the table of a leaf searcher.
    """
    tables = tables or {}
    found: dict[str, list[tuple[np.ndarray, np.ndarray]]] = {name: [] for name in FACETS}
    for (sub, _), (_, local) in zip(searcher.leaf_searchers(), matched):
        if not len(local):
            continue
        reader = sub.reader()
        for name in FACETS:
            if name not in FACET_FIELDS and name not in tables:
                continue
            table = tables[name](sub) if name in tables else value_table(reader, FACET_FIELDS[name][0])
            n = table.count(local)
            held = np.flatnonzero(n)
            found[name].append((table.names[held], n[held]))
    return {name: counts(name, _shortlist(name, parts)) for name, parts in found.items()}


@lru_cache(maxsize=65536)
def is_noise(value: str) -> bool:
    """Whether a facet value of names is debris, not a name: no two letters ("16", "2007-08"), a
    fragment starting or ending with a little word ("Agenda and"), or a file name ("minutes_v2.docx")."""
    words = value.split()
    if len(_LETTER.findall(value)) < 2 or not words:
        return True
    if words[0].lower() in _DANGLING or words[-1].lower() in _DANGLING:
        return True
    return bool(_FILE_NAME.search(value))


def _shortlist(name: str, parts: list[tuple[np.ndarray, np.ndarray]]) -> dict[str, int]:
    """The values (summed over segments) that can be among the FACET_LIMIT shown, ties included."""
    if not parts:
        return {}
    values, at = np.unique(np.concatenate([v for v, _ in parts]), return_inverse=True)
    totals = np.bincount(at, weights=np.concatenate([c for _, c in parts])).astype(np.int64)
    if name in NAME_FACETS:
        keep = np.fromiter((not is_noise(str(v)) for v in values), dtype=bool, count=len(values))
        values, totals = values[keep], totals[keep]
    if len(values) > FACET_LIMIT:
        if name == "year":  # shown newest first: the last values in order
            keep = np.arange(len(values) - FACET_LIMIT, len(values))
        else:
            keep = np.flatnonzero(totals >= np.partition(totals, -FACET_LIMIT)[-FACET_LIMIT])
        values, totals = values[keep], totals[keep]
    return {str(v): int(t) for v, t in zip(values, totals)}


def counts(name: str, groups: dict[Any, int]) -> list[tuple[str, int]]:
    """[(value, count)]: commonest first (years newest first), at most FACET_LIMIT."""
    found = [(str(v), n) for v, n in groups.items() if v not in (None, "")]
    if name == "year":
        return sorted(found, reverse=True)[:FACET_LIMIT]
    return sorted(found, key=lambda vn: (-vn[1], vn[0].lower()))[:FACET_LIMIT]


def filter_query(filters: dict[str, str] | None, warnings: list[str],
                 queries: dict[str, Callable[[str], wq.Query | None]] | None = None) -> wq.Query | None:
    """Facet value filters ANDed together; unknown filter names become warnings. `queries` gives the
    filters not held in a field (`term`): name -> the query of a value (None for an unknown value)."""
    terms = []
    queries = queries or {}
    for name, value in (filters or {}).items():
        key = FILTER_ALIASES.get(name, name)
        if key in queries and value is not None and str(value).strip():
            q = queries[key](str(value).strip())
            if q is None:
                warnings.append(f"There is no {key} '{value}'; that filter was ignored.")
            else:
                terms.append(q)
        elif key not in FACET_FIELDS:
            warnings.append(f"There is no filter '{name}'; it was ignored. Filters: {', '.join(FACETS)}.")
        elif value is not None and str(value).strip():
            terms.append(wq.Term(FACET_FIELDS[key][0], str(value).strip()))
    return wq.And(terms) if terms else None
