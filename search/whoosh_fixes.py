"""One fix to Whoosh 2.7's segment reader, applied when search/ is imported.

`W3PerDocReader._cached_reader` keeps the column reader of a field's lengths, but
not the fact that a field has none, so every posting of a field without lengths
(the ID and KEYWORD fields) asks the file system whether the column file exists:
about 200,000 `stat` calls to index 200 papers, 11% of the index's writing time
(BENCHMARKS.md, ingest). This version remembers the absence too. A segment's files
never change once written, so the answer cannot go stale.
"""
from __future__ import annotations

from typing import Any

from whoosh.codec import whoosh3

_ABSENT = object()


def _cached_reader(self: Any, fieldname: str, column: Any) -> Any:
    reader = self._readers.get(fieldname, _ABSENT)
    if reader is _ABSENT:
        reader = self.column_reader(fieldname, column) if self.has_column(fieldname) else None
        self._readers[fieldname] = reader
    return reader


def apply() -> None:
    """Install the fix (idempotent); a Whoosh without this method is left alone."""
    reader_class = getattr(whoosh3, "W3PerDocReader", None)
    if reader_class is not None and hasattr(reader_class, "_cached_reader"):
        reader_class._cached_reader = _cached_reader
