"""Per-segment arrays for counting facets and sorting by date in bulk (numpy), not hit by hit.

Whoosh's own facet counting calls Python code for every matching entry and
every facet; here a facet count is one array gather and one bincount per
segment. A segment never changes once written (deletions live beside it, and
every matcher already skips deleted entries), so its tables are built once, on
first use, and kept by segment id until the cache drops them.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from whoosh.reading import IndexReader

from search.cache import LRU

CACHED_TABLES = 512  # (segment, field) tables kept: 8 fields of 64 segments

_tables: LRU[Any] = LRU(CACHED_TABLES)


@dataclass(frozen=True)
class ValueTable:
    """Which values of one field each entry of one segment holds, entry by entry:
    entry d holds values[starts[d]:starts[d + 1]] (numbers into `names`)."""

    names: np.ndarray  # the field's values (its terms) as str, in term order
    starts: np.ndarray  # one per entry, and one past the end
    values: np.ndarray

    def count(self, local: np.ndarray) -> np.ndarray:
        """How many of the entries `local` (distinct entry numbers) hold each value; costs what they hold."""
        begin = self.starts[local]
        held = self.starts[local + 1] - begin
        total = int(held.sum())
        if not total:
            return np.zeros(len(self.names), dtype=np.int64)
        # positions begin[i] .. begin[i] + held[i] - 1 for every i, in one array
        at = np.repeat(begin - (np.cumsum(held) - held), held) + np.arange(total)
        return np.bincount(self.values[at], minlength=len(self.names))


@dataclass(frozen=True)
class DateKeys:
    """Sort keys of a segment's entries: whether dated, and the date as an order-keeping integer."""

    dated: np.ndarray  # bool
    date: np.ndarray  # uint64, Whoosh's sortable form of the datetime


def read_only(value: Any) -> Any:
    """The arrays in `value` (an array, a tuple or a dataclass of them) made read-only, for sharing."""
    parts = value if isinstance(value, tuple) else vars(value).values() if hasattr(value, "__dict__") else [value]
    for part in parts:
        if isinstance(part, np.ndarray):
            part.setflags(write=False)
    return value


def segment_key(reader: IndexReader) -> str | None:
    """The segment's id, or None for a reader with no segment (an empty index)."""
    segment = reader.segment() if hasattr(reader, "segment") else None
    return segment.segment_id() if segment is not None else None


def value_table(reader: IndexReader, fieldname: str) -> ValueTable:
    """The (entry, value) rows of `fieldname` in the segment `reader` reads (an atomic reader)."""
    key = segment_key(reader)
    if key is None:
        return _value_table(reader, fieldname)
    return _tables.get_or_make((key, "values", fieldname), lambda: read_only(_value_table(reader, fieldname)))


def date_keys(reader: IndexReader) -> DateKeys:
    key = segment_key(reader)
    if key is None:
        return _date_keys(reader)
    return _tables.get_or_make((key, "dates"), lambda: read_only(_date_keys(reader)))


def numeric_column(column: Any, n: int) -> np.ndarray:
    """The values of a Whoosh NumericColumn reader for entries 0..n-1, read in one piece
    (its fixed-width big-endian block) when it is the reader this Whoosh version has."""
    try:
        typecode, count, width = column._typecode, column._count, column._fixedlen
        raw = column._dbfile.get(column._basepos, count * width)
    except AttributeError:
        return np.array(list(column)[:n])
    values = np.frombuffer(raw, dtype=np.dtype(">" + typecode)).astype(np.dtype(typecode))
    if len(values) < n:  # entries after the last one written take the column's default
        values = np.concatenate([values, np.full(n - len(values), column._default, dtype=values.dtype)])
    return values[:n]


def _value_table(reader: IndexReader, fieldname: str) -> ValueTable:
    from search.postings import postings  # postings caches by segment too; imported here to avoid a cycle

    names: list[str] = []
    docs: list[np.ndarray] = []
    for term in reader.lexicon(fieldname):
        docs.append(postings(reader, fieldname, term)[0])
        names.append(term.decode("utf-8") if isinstance(term, bytes) else str(term))
    return table_of(names, docs, reader.doc_count_all())


def table_of(names: list[str], docs: list[np.ndarray], n: int) -> ValueTable:
    """The ValueTable of a segment of `n` entries where value names[i] is held by the entries docs[i]."""
    if not docs:
        return ValueTable(np.array([], dtype=str), np.zeros(n + 1, np.int64), np.zeros(0, np.int32))
    by_value = np.repeat(np.arange(len(names), dtype=np.int32), [len(d) for d in docs])
    entries = np.concatenate(docs)
    grouped = np.argsort(entries, kind="stable")
    starts = np.concatenate([[0], np.cumsum(np.bincount(entries, minlength=n))])
    return ValueTable(np.array(names, dtype=str), starts, by_value[grouped])


def _date_keys(reader: IndexReader) -> DateKeys:
    n = reader.doc_count_all()
    if not n:
        return DateKeys(np.zeros(0, bool), np.zeros(0, np.uint64))
    dated = np.fromiter((v == b"1" for v in reader.column_reader("dated", translate=False)), dtype=bool, count=n)
    date = numeric_column(reader.column_reader("date", translate=False), n).astype(np.uint64)
    return DateKeys(dated, date)
