"""PDF: the text layer, page by page (pypdf), pages joined by a blank line.

A page break is not a paragraph break, though: when a page's last line stops
mid-sentence (no closing punctuation) and the next page goes on in lower case,
the sentence runs over the break and the pages are joined by a plain line
break, as a wrap inside the page would be. A blank line there would split an
action (or any paragraph) in two.

A PDF whose pages carry no text is a scan; we raise NoTextLayer rather than
return nothing, because OCR is a separate, deliberate step (its errors need
review): `boardgraph ingest --ocr` or the admin's "OCR this file" (ingest.ocr).
"""
from __future__ import annotations

import io

from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError, PyPdfError

from ingest.errors import NoTextLayer, ReadError
from ingest.readers.layout import ends_clause


def _open(data: bytes, name: str) -> PdfReader:
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReadError(f"{name} is password-protected; save an unprotected copy and upload that.")
        return reader
    except ReadError:
        raise
    except (FileNotDecryptedError, NotImplementedError, DependencyError) as ex:
        raise ReadError(f"{name} is encrypted in a way we cannot open; save an unprotected copy and upload that.") from ex
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as ex:
        raise ReadError(f"{name} is not a readable PDF (it may be corrupt or truncated).") from ex


def _join_pages(pages: list[str]) -> str:
    """Pages joined by a blank line, or by a line break where a sentence runs over the page break."""
    pages = [page.strip("\n") for page in pages]
    out = pages[0]
    for page in pages[1:]:
        last = out.rsplit("\n", 1)[-1].strip()
        runs_on = bool(last) and not ends_clause(last) and page.lstrip()[:1].islower()
        out += ("\n" if runs_on else "\n\n") + page
    return out


def page_count(data: bytes, name: str) -> int:
    """How many pages the PDF has (ReadError when it cannot be opened)."""
    return len(_open(data, name).pages)


def read_pdf(data: bytes, name: str) -> str:
    reader = _open(data, name)
    try:
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            RecursionError, OSError, ZeroDivisionError, NotImplementedError) as ex:
        raise ReadError(f"{name} is not a readable PDF (a page could not be decoded; it may be corrupt).") from ex
    if not any(page.strip() for page in pages):
        raise NoTextLayer(f"{name} has no text layer (a scanned PDF?): read it by OCR with "
                          f"`boardgraph ingest --ocr`, or \"OCR this file\" on the admin page.")
    return _join_pages(pages)
