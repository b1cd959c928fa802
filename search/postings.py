"""A segment's postings, field lengths and word positions as numpy arrays, read once and kept.

search.segment_query scores whole posting lists at once instead of stepping a
matcher posting by posting. The arrays come straight from Whoosh's
posting blocks (the same numbers its matchers read). A segment never changes
once written, so what is read is kept by segment id; deletions are not part
of it (they change; the evaluator applies the current ones).
"""
from __future__ import annotations

from array import array
from typing import Any

import numpy as np
from whoosh.codec.whoosh3 import LENGTHS_COLUMN
from whoosh.matching.wrappers import FilterMatcher
from whoosh.reading import IndexReader
from whoosh.util.numeric import byte_to_length

from search.cache import LRU
from search.tables import numeric_column, read_only, segment_key

POSTINGS_BYTES = 128 * 2**20  # posting lists kept, at 8 bytes a posting
POSITIONS_BYTES = 64 * 2**20  # position lists kept (read for phrases only), at 8 bytes a position
CACHED_LENGTHS = 512  # (segment, field) length arrays kept

_postings: LRU[tuple[np.ndarray, np.ndarray]] = LRU(1_000_000, POSTINGS_BYTES, lambda p: p[0].nbytes + p[1].nbytes)
_positions: LRU[np.ndarray] = LRU(1_000_000, POSITIONS_BYTES, lambda keys: keys.nbytes)
_lengths: LRU[np.ndarray] = LRU(CACHED_LENGTHS)
_LENGTH_OF_BYTE = np.array([byte_to_length(b) for b in range(256)], dtype=np.float64)


def postings(reader: IndexReader, fieldname: str, btext: bytes) -> tuple[np.ndarray, np.ndarray]:
    """(entry numbers, weights) of one term in one segment, deleted entries included.

    Weights are kept as Whoosh stores them (float32); widening to float64 for scoring is exact."""
    return _cached(_postings, reader, ("p", fieldname, btext), lambda: _read_postings(reader, fieldname, btext))


def positions(reader: IndexReader, fieldname: str, btext: bytes) -> np.ndarray:
    """Every (entry, position) of one term in one segment, as entry << 32 | position, sorted."""
    return _cached(_positions, reader, ("q", fieldname, btext), lambda: _read_positions(reader, fieldname, btext))


def lengths(reader: IndexReader, fieldname: str) -> np.ndarray:
    """Each entry's length of `fieldname` as Whoosh stores it for scoring (a byte, decoded)."""
    return _cached(_lengths, reader, ("l", fieldname), lambda: _read_lengths(reader, fieldname))


def _cached(cache: LRU[Any], reader: IndexReader, key: tuple, make: Any) -> Any:
    segment = segment_key(reader)
    return make() if segment is None else cache.get_or_make((segment,) + key, lambda: read_only(make()))


def _leaf(reader: IndexReader, fieldname: str, btext: bytes) -> Any:
    m = reader.postings(fieldname, btext)
    return m.child if isinstance(m, FilterMatcher) else m  # deletions are applied by the caller


def _blocks(m: Any) -> bool:
    """Whether the matcher is Whoosh's on-disk posting reader, whose blocks can be read whole."""
    return all(hasattr(m, a) for a in ("_read_ids", "_read_weights", "_read_values", "_next_block", "_atend"))


def _read_postings(reader: IndexReader, fieldname: str, btext: bytes) -> tuple[np.ndarray, np.ndarray]:
    m = _leaf(reader, fieldname, btext)
    ids: list[Any] = []
    weights: list[Any] = []
    if _blocks(m):
        while not m._atend:
            m._read_ids()
            m._read_weights()
            ids.append(np.asarray(m._ids, dtype=np.int32))
            weights.append(np.asarray(m._weights, dtype=np.float32))  # as on disk
            m._next_block()
    else:
        while m.is_active():
            ids.append(np.array([m.id()], dtype=np.int32))
            weights.append(np.array([m.weight()], dtype=np.float32))
            m.next()
    if not ids:
        return np.zeros(0, np.int32), np.zeros(0, np.float32)
    return np.concatenate(ids), np.concatenate(weights)


def _read_positions(reader: IndexReader, fieldname: str, btext: bytes) -> np.ndarray:
    decode = reader.schema[fieldname].format.decode_positions
    m = _leaf(reader, fieldname, btext)
    keys = array("q")
    if _blocks(m):
        while not m._atend:
            m._read_ids()
            m._read_values()
            for doc, value in zip(m._ids, m._values):
                keys.extend((doc << 32) | p for p in decode(value))
            m._next_block()
    else:
        while m.is_active():
            keys.extend((m.id() << 32) | p for p in decode(m.value()))
            m.next()
    out = np.frombuffer(keys, dtype=np.int64)
    return np.sort(out)


def _read_lengths(reader: IndexReader, fieldname: str) -> np.ndarray:
    n = reader.doc_count_all()
    perdoc = getattr(reader, "_perdoc", None)
    if hasattr(perdoc, "_cached_reader"):  # Whoosh's own per-document reader: read the column whole
        column = perdoc._cached_reader(f"_{fieldname}_len", LENGTHS_COLUMN)
        if column is None:
            return np.ones(n)  # no lengths kept: Whoosh's scorer uses 1
        return _LENGTH_OF_BYTE[numeric_column(column, n)]
    return np.array([reader.doc_field_length(d, fieldname, 1) or 0 for d in range(n)], dtype=np.float64)
