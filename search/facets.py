"""Facet counts and facet filters over the Whoosh index.

Single-valued facets (type, year, kind) are read from columns. For the
multi-valued ones (people, organisations, topics, the board) Whoosh builds a
document -> values table per segment on every search; segments never change
once written, so the tables are kept (a few segments' worth) and a search
pays only for the documents it matched.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any

from whoosh import query as wq
from whoosh import sorting

from search.results import FACETS

FACET_LIMIT = 30  # values shown per facet
# facet / filter name -> (field, several values per document)
FACET_FIELDS = {"type": ("type", False), "year": ("year", False), "kind": ("kind", False),
                "body": ("body_facet", True), "person": ("person_facet", True),
                "org": ("org_facet", True), "topic": ("topic_facet", True)}
FILTER_ALIASES = {"organisation": "org", "organization": "org", "people": "person"}
CACHED_TABLES = 64  # (segment, field) tables kept

_tables: OrderedDict[tuple[str, str], list[list[Any]]] = OrderedDict()
_tables_lock = threading.Lock()


class _CachedListCategorizer(sorting.OverlappingCategorizer):
    def set_searcher(self, segment_searcher: Any, docoffset: int) -> None:
        segment = segment_searcher.reader().segment()
        if segment is None:  # an empty index has no segment to cache by
            super().set_searcher(segment_searcher, docoffset)
            return
        key = (segment.segment_id(), self._fieldname)
        with _tables_lock:
            table = _tables.get(key)
            if table is not None:
                _tables.move_to_end(key)
        if table is None:
            super().set_searcher(segment_searcher, docoffset)  # builds self._lists
            with _tables_lock:
                _tables[key] = self._lists
                while len(_tables) > CACHED_TABLES:
                    _tables.popitem(last=False)
        else:
            self._segment_searcher, self._lists = segment_searcher, table


class _ListFacet(sorting.FieldFacet):
    def categorizer(self, global_searcher: Any) -> sorting.Categorizer:
        return _CachedListCategorizer(global_searcher, self.fieldname)


def facets() -> sorting.Facets:
    """The `groupedby` argument that counts every facet of a search."""
    out = sorting.Facets()
    for name in FACETS:
        fieldname, several = FACET_FIELDS[name]
        facet_type = _ListFacet if several else sorting.FieldFacet
        out.add_facet(name, facet_type(fieldname, allow_overlap=several, maptype=sorting.Count))
    return out


def counts(name: str, groups: dict[Any, int]) -> list[tuple[str, int]]:
    """[(value, count)]: commonest first (years newest first), at most FACET_LIMIT."""
    found = [(str(v), n) for v, n in groups.items() if v not in (None, "")]
    if name == "year":
        return sorted(found, reverse=True)[:FACET_LIMIT]
    return sorted(found, key=lambda vn: (-vn[1], vn[0].lower()))[:FACET_LIMIT]


def filter_query(filters: dict[str, str] | None, warnings: list[str]) -> wq.Query | None:
    """Facet value filters ANDed together; unknown filter names become warnings."""
    terms = []
    for name, value in (filters or {}).items():
        key = FILTER_ALIASES.get(name, name)
        if key not in FACET_FIELDS:
            warnings.append(f"There is no filter '{name}'; it was ignored. Filters: {', '.join(FACETS)}.")
        elif value is not None and str(value).strip():
            terms.append(wq.Term(FACET_FIELDS[key][0], str(value).strip()))
    return wq.And(terms) if terms else None
