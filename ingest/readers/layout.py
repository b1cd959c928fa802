"""Text conventions shared by the readers, so every format comes out alike.

A table row is one line with its cells joined by `CELL_SEP`; paragraphs inside
a cell are joined by `CELL_PARA_SEP`; a table has a blank line before and after.
`normalise` is applied to every reader's output: the text it returns is what
Paper spans index into, so it must depend only on the input bytes.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

CELL_SEP = " | "
CELL_PARA_SEP = "; "
_CLAUSE_END = re.compile(r"[.:;!?][\"'’”)\]]*$")


def ends_clause(line: str) -> bool:
    """Does a line end a sentence or clause ('report back.)', 'to:')? A line that does not runs on
    into the next when text is wrapped at a fixed width (PDF pages, hard-wrapped plain text)."""
    return bool(_CLAUSE_END.search(line))

# Characters dropped outright: C0/C1 controls other than tab and newline, plus
# invisible format characters that split words (soft hyphen, zero-width space, BOM).
_DROP = {c: None for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0)]}
_DROP.update({0x00AD: None, 0x200B: None, 0xFEFF: None})
_LINE_BREAKS = re.compile(r"\r\n|\r|[\u2028\u2029\x0b\x0c\x85]")


def cell_text(paragraphs: Iterable[str]) -> str:
    """The text of one table cell: its non-empty paragraphs (and wrapped lines) joined by '; '."""
    parts = []
    for para in paragraphs:
        parts.extend(line.strip() for line in para.splitlines())
    return CELL_PARA_SEP.join(p for p in parts if p)


def table_row(cells: Iterable[str]) -> str:
    """One table row as a line; a row whose cells are all empty gives ''."""
    cells = list(cells)
    return CELL_SEP.join(cells).strip() if any(cells) else ""


def table_block(rows: Iterable[str]) -> str:
    """A table as lines, with a blank line before and after, empty rows left out."""
    body = "\n".join(r for r in rows if r)
    return f"\n\n{body}\n\n" if body else "\n"


def normalise(text: str) -> str:
    """Line endings to \\n, stray control characters removed (\\n and \\t kept).

    Form feeds and vertical tabs (page and line breaks in Word/antiword output)
    become newlines rather than vanishing, so words on either side stay apart.
    Nothing else changes: a clean UTF-8 .txt file reads back as itself.
    """
    return _LINE_BREAKS.sub("\n", text).translate(_DROP)


def tidy_lines(text: str) -> str:
    """For text a reader assembled itself: strip each line's ends, at most one blank line in a row."""
    lines = [line.strip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip("\n")
