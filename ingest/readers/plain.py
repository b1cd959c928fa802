"""Plain text and Markdown: decode the bytes, keep the text as written.

Old board papers arrive as Windows-1252 (curly quotes, en dashes and £ as
single bytes) or Latin-1 as often as UTF-8. We try, in order: a byte-order
mark, strict UTF-8, then charset-normalizer restricted to cp1252/latin-1 (the
encodings these papers use; an open guess picks exotic code pages for short
English text), falling back to cp1252, then Latin-1, when it cannot decide.
Binary content never gets here: `sniff` refuses it first. Markers such as
`[image: image1.emf]` are ordinary text and pass through unchanged.
"""
from __future__ import annotations

import codecs
import re

import charset_normalizer

from ingest.readers.markup import read_html

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: its BOM starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_LEGACY = ["cp1252", "latin_1"]


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """(encoding, BOM length) when the bytes start with a Unicode byte-order mark."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    return None


def decode_text(data: bytes) -> str:
    """The bytes of a text file as str; same bytes always give the same text."""
    bom = bom_encoding(data)
    if bom:
        encoding, skip = bom
        return data[skip:].decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data, cp_isolation=_LEGACY).best()
    if best is not None:
        return str(best)
    # Too short or too odd for a confident guess: cp1252 if it decodes, else Latin-1,
    # which decodes any byte (the C1 controls it may yield are stripped by `normalise`).
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


# block tags a sharing site left in its stored text ('<p>Board meeting MINUTES</p><p>Meeting: ...')
_BLOCK_TAG = re.compile(r"</?(?:p|br|div|h[1-6]|li|tr|td|th|table)(?:\s[^<>]{0,200})?/?>", re.I)
_HTML_TAGS = 3


def read_txt(data: bytes, name: str) -> str:
    """A text file as written; one whose text is HTML-ish (three or more block tags such as `<p>`, a sharing
    site's stored page text) is read as HTML, so the tags become line breaks instead of words."""
    text = decode_text(data)
    if len(_BLOCK_TAG.findall(text)) >= _HTML_TAGS:
        return read_html(text.encode("utf-8"), name)
    return text


def read_md(data: bytes, name: str) -> str:
    """Markdown is read as written: headings, pipes and bullets are layout the parser uses."""
    return decode_text(data)
