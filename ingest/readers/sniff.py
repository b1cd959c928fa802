"""Which format a file is, judged by its content first and its name second.

Admins upload whatever they have: a PDF saved as `.txt`, a Word file with no
extension, an HTML export named `.doc`. Magic bytes decide where they exist
(%PDF, a zip holding word/document.xml, the OLE2 header of Word 97-2003);
the extension only separates formats the content cannot (.md from .txt), and
names the format a damaged file was meant to be, so its error says so.
"""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import PurePath

from ingest.errors import ReadError
from ingest.readers.plain import bom_encoding

FORMATS = ("txt", "md", "docx", "pdf", "html", "doc")

EXTENSIONS = {
    ".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".docx": "docx", ".pdf": "pdf",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".doc": "doc",
}
_BINARY_FORMATS = {"docx", "pdf", "doc"}
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_WORD_STREAM = "WordDocument".encode("utf-16-le")
_HTML_START = re.compile(rb"^(?:\s|<!--.*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)


def _extension_format(name: str) -> str | None:
    return EXTENSIONS.get(PurePath(name).suffix.lower())


def _zip_format(data: bytes, name: str, by_name: str | None) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        if by_name == "docx":
            return "docx"  # a damaged Word file: let the docx reader say it is corrupt
        raise ReadError(f"{name} is a damaged zip archive, not a document we can read.") from None
    if "word/document.xml" in names:
        return "docx"
    if by_name == "docx":
        return "docx"
    raise ReadError(f"{name} is a zip archive but not a Word document (.docx); unpack it and upload the papers inside.")


_CONTROL_BYTES = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D, 0x1B}


def _looks_binary(head: bytes) -> bool:
    """More than 5% control bytes: images, archives, executables; a stray NUL in a text file is not enough."""
    if bom_encoding(head) is not None or not head:
        return False
    return sum(byte in _CONTROL_BYTES for byte in head) / len(head) > 0.05


def sniff_format(data: bytes, filename: str) -> str:
    """One of FORMATS, from magic bytes first and the file extension only as a tie-breaker.

    Raises ReadError for content no reader handles (images, spreadsheets, zips,
    RTF), naming what the file seems to be.
    """
    name = PurePath(filename).name or "the file"
    by_name = _extension_format(filename)
    head = data[:4096]
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _zip_format(data, name, by_name)
    if head.startswith(_OLE2):
        if _WORD_STREAM in data or by_name == "doc":
            return "doc"
        raise ReadError(f"{name} is an Office 97-2003 file but not a Word document; save it as .docx or PDF.")
    if head.lstrip().startswith(b"{\\rtf"):
        raise ReadError(f"{name} is a Rich Text (RTF) file, which we cannot read; save it as .docx or PDF.")
    if _looks_binary(head):
        if by_name in _BINARY_FORMATS:
            return by_name  # damaged or truncated: its reader gives the specific error
        raise ReadError(f"{name} is a binary file in a format we cannot read (supported: .txt, .md, .docx, .pdf, .html, .doc).")
    if _HTML_START.match(head) or (by_name == "html" and head.lstrip().startswith(b"<")):
        return "html"
    return "md" if by_name == "md" else "txt"
