"""Two fixes to Whoosh 2.7's segment reader, applied when search/ is imported.

`W3PerDocReader._cached_reader` keeps the column reader of a field's lengths, but
not the fact that a field has none, so every posting of a field without lengths
(the ID and KEYWORD fields) asks the file system whether the column file exists:
about 200,000 `stat` calls to index 200 papers, 11% of the index's writing time
(BENCHMARKS.md, ingest). This version remembers the absence too. A segment's files
never change once written, so the answer cannot go stale.

`BufferFile` (each file of a compound segment, a view of the mmapped segment) wrapped its
view in `BytesIO(buf)`, which copies it: every reader opened copied the segment's postings
and terms files into memory (20 MB per searcher at 1k papers, about 200 MB at 10k; 53 ms of
a fresh index's first three queries at 1k), and each of the server's pooled searchers held
its own copy. Here its stream reads the view in place (`_ViewStream`), made only when a
stream method is first used; `get` and `get_array` already read the view directly. The stream
has `peek`, so `read_pickle` (every posting block's header) reads each pickle in two calls, not
one per opcode (a merge of 10 segments at ingest made 700,000 reads for 37,000 headers).
"""
from __future__ import annotations

import io
from typing import Any

from whoosh.codec import whoosh3
from whoosh.filedb import structfile

_ABSENT = object()


def _cached_reader(self: Any, fieldname: str, column: Any) -> Any:
    reader = self._readers.get(fieldname, _ABSENT)
    if reader is _ABSENT:
        reader = self.column_reader(fieldname, column) if self.has_column(fieldname) else None
        self._readers[fieldname] = reader
    return reader


# ---- a segment's files read in place, not copied --------------------------------------------

def _buffer_init(self: Any, buf: Any, name: str | None = None, onclose: Any = None) -> None:
    self._buf = buf
    self._name = name
    self.onclose = onclose
    self.is_real = False
    self.is_closed = False


class _ViewStream(io.RawIOBase):
    """A read-only, seekable stream over a buffer, read in place (BytesIO would copy it whole)."""

    def __init__(self, buf: Any) -> None:
        super().__init__()
        self._view = memoryview(buf).cast("B")
        self._pos = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        start = self._pos
        end = len(self._view) if size is None or size < 0 else min(start + size, len(self._view))
        self._pos = max(start, end)
        return bytes(self._view[start:end])

    def peek(self, size: int = 0) -> bytes:
        """What the next reads would return, without moving: pickle.load reads a whole pickle ahead
        through it and then skips what it used, instead of calling read() once per opcode."""
        return bytes(self._view[self._pos:self._pos + max(size, 1)])

    def readinto(self, b: Any) -> int:
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, size: int | None = -1) -> bytes:
        rest = self._view[self._pos:] if size is None or size < 0 else self._view[self._pos:self._pos + size]
        found = bytes(rest).find(b"\n")  # only text formats read lines; a segment's files never do
        return self.read(len(rest) if found < 0 else found + 1)

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        pos = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: len(self._view)}[whence] + offset
        if pos < 0:
            raise ValueError(f"negative seek position {pos}")
        self._pos = pos
        return pos

    def tell(self) -> int:
        return self._pos

    def getvalue(self) -> bytes:
        return bytes(self._view)


def _buffer_file(self: Any) -> Any:
    f = self.__dict__.get("_stream")
    if f is None:
        f = self.__dict__["_stream"] = _ViewStream(self._buf)
    return f


def _set_buffer_file(self: Any, value: Any) -> None:
    self.__dict__["_stream"] = value


def _buffer_close(self: Any) -> None:
    if self.is_closed:
        raise Exception("This file is already closed")
    if self.onclose:
        self.onclose(self)
    stream = self.__dict__.get("_stream")
    if stream is not None:
        stream.close()
    self.is_closed = True


def apply() -> None:
    """Install the fixes (idempotent); a Whoosh without the patched methods is left alone."""
    reader_class = getattr(whoosh3, "W3PerDocReader", None)
    if reader_class is not None and hasattr(reader_class, "_cached_reader"):
        reader_class._cached_reader = _cached_reader
    buffer_class = getattr(structfile, "BufferFile", None)
    if buffer_class is not None and not isinstance(buffer_class.__dict__.get("file"), property):
        buffer_class.__init__ = _buffer_init
        buffer_class.file = property(_buffer_file, _set_buffer_file)
        buffer_class.close = _buffer_close
