"""Read a file's bytes into text with its layout kept: the first step of ingest.

The format is sniffed from the content (`sniff_format`), and the reader for it
is picked from the READERS table. Every reader's text then goes through the
same normalisation (line endings, control characters), so the same bytes always
give the same text — Paper spans are offsets into it. Tables come out as one
line per row with cells joined by " | ", whatever the format.

Anything that cannot be read raises `ReadError` with a sentence an admin can
act on (empty file, corrupt file, scanned PDF, unknown format, missing
antiword), chained to the library error that caused it.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePath

from ingest.errors import ReadError
from ingest.readers.layout import normalise
from ingest.readers.legacy_word import read_doc
from ingest.readers.markup import read_html
from ingest.readers.pdf import read_pdf
from ingest.readers.plain import read_md, read_txt
from ingest.readers.sniff import sniff_format
from ingest.readers.word import read_docx

__all__ = ["READERS", "ReadResult", "read_document", "sniff_format"]

Reader = Callable[[bytes, str], str]

READERS: dict[str, Reader] = {
    "txt": read_txt,
    "md": read_md,
    "docx": read_docx,
    "pdf": read_pdf,
    "html": read_html,
    "doc": read_doc,
}


@dataclass
class ReadResult:
    text: str
    format: str  # one of READERS' keys


def read_document(data: bytes, filename: str) -> ReadResult:
    """The text of a document and the format it was read as."""
    name = PurePath(filename).name or "The file"
    if not data.strip():
        raise ReadError(f"{name} is empty.")
    fmt = sniff_format(data, filename)
    text = normalise(READERS[fmt](data, name))
    if not text.strip():
        raise ReadError(f"{name} contains no text.")
    return ReadResult(text, fmt)
