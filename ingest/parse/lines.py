"""Lines of a paper's text with their offsets, and the small layout helpers every parser shares.

Parsers never change `paper.text`: they look at trimmed copies of lines and keep
the offsets of the trimmed content, so every fact can point back to its source.
Readers write table rows as one line with cells joined by ` | `; plain-text
exports separate columns with tabs or runs of spaces.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Characters that start a bulleted line (after optional indentation).
_BULLET = re.compile(r"^(?:[\u00b7\u2022\u25aa\u25cf\u25e6\u2023\u2043\uf0b7\uf0a7o\-\*\u2013](?=\s)|#{1,6}(?=\s))\s*")
_SPACE = " \t\r\f\v\u00a0\u2002\u2003\u2009\u200b\ufeff"
_CELL_SPLIT = re.compile(r"\s\|(?=\s)|^\|\s*|\s*\|$")  # 'a |  | b' keeps its empty middle cell
_COLUMN_SPLIT = re.compile(r"\t+|\s{3,}")
# characters: longer than any heading, label line or list row of a page that kept its line breaks, so a
# 'line' this long is a page run into one paragraph (parse/flattened.py and attendance.py cut such lines
# back; parse/furniture.py takes none for a site banner)
RUN_ON_CHARS = 400


@dataclass(frozen=True)
class Line:
    """One line of the text: `text` is the content without surrounding space, at [start, end)."""

    index: int
    start: int
    end: int
    text: str
    indented: bool = False

    @property
    def blank(self) -> bool:
        return not self.text


def split_lines(text: str) -> list[Line]:
    """Every line of `text` (blank ones too), trimmed, with offsets into `text`."""
    out: list[Line] = []
    pos = 0
    for i, raw in enumerate(text.split("\n")):
        left = len(raw) - len(raw.lstrip(_SPACE))
        content = raw.strip(_SPACE)
        start = pos + left
        out.append(Line(i, start, start + len(content), content, indented=left > 0))
        pos += len(raw) + 1
    return out


def strip_bullet(line: Line) -> Line:
    """The line without a leading bullet or markdown heading mark ('·', '•', '-', '#')."""
    m = _BULLET.match(line.text)
    if not m or m.end() == len(line.text):
        return line
    return Line(line.index, line.start + m.end(), line.end, line.text[m.end():], line.indented)


def has_bullet(line: Line) -> bool:
    return bool(_BULLET.match(line.text)) and not line.text.startswith("#")


def sub(line: Line, start: int, end: int | None = None) -> Line:
    """A piece of a line (offsets relative to the line's text), trimmed, as a Line."""
    piece = line.text[start:end]
    left = len(piece) - len(piece.lstrip(_SPACE))
    content = piece.strip(_SPACE)
    s = line.start + start + left
    return Line(line.index, s, s + len(content), content, line.indented)


def is_table_row(line: Line) -> bool:
    return " | " in line.text or (line.text.startswith("|") and line.text.endswith("|") and len(line.text) > 2)


def cells(line: Line) -> list[Line]:
    """The cells of a ` | ` table row (empty cells kept, so columns line up)."""
    out: list[Line] = []
    text = line.text
    bounds = [(m.start(), m.end()) for m in _CELL_SPLIT.finditer(text)]
    starts = [0] + [e for _, e in bounds]
    ends = [s for s, _ in bounds] + [len(text)]
    for s, e in zip(starts, ends):
        if e < s:
            continue
        out.append(sub(line, s, e))
    # a leading "|" yields an empty first cell, a trailing one an empty last cell: drop them
    if text.startswith("|") and out and not out[0].text:
        out = out[1:]
    if text.endswith("|") and out and not out[-1].text:
        out = out[:-1]
    return out


def bar_cells(line: Line) -> list[Line]:
    """Every cell, empty ones kept, of a row bordered with '|' whose bars need no space around them ('|2. |Minutes
    for|Notes |' -> '2.', 'Minutes for', 'Notes'); [] for a line that is not such a row (round 23)."""
    text = line.text.rstrip()
    if not (text.startswith("|") and text.endswith("|")) or text.count("|") < 3:
        return []
    bars = [k for k, ch in enumerate(text) if ch == "|"]
    return [sub(line, a + 1, b) for a, b in zip(bars, bars[1:])]


def columns(line: Line) -> list[Line]:
    """Pieces of a line separated by tabs or 3+ spaces (columns run together in plain text)."""
    out: list[Line] = []
    pos = 0
    for m in _COLUMN_SPLIT.finditer(line.text):
        if m.start() > pos:
            out.append(sub(line, pos, m.start()))
        pos = m.end()
    if pos < len(line.text):
        out.append(sub(line, pos))
    return [c for c in out if c.text]


def join(first: Line, last: Line, text: str) -> Line:
    """A logical line spanning from `first` to `last` in `text`, white space inside kept as written."""
    return Line(first.index, first.start, last.end, text[first.start:last.end], first.indented)


WHITE_RUN = re.compile(r"\s+")  # compiled once: squash runs for most lines


def squash(value: str) -> str:
    """Collapse runs of white space (for values read across wrapped lines)."""
    return WHITE_RUN.sub(" ", value).strip()


NUMBERED = re.compile(r"^(?:Item\s+(\d{1,2})\b|(\d{1,2})(?:[.)]|\.(?=\d)))", re.I)


def numbered(line: Line) -> bool:
    """Does the line start a numbered item or paragraph ("3.", "2.1)", "4)")?"""
    return bool(NUMBERED.match(strip_bullet(line).text))


def column_of(line: Line, text: str) -> int:
    """Where a piece of a line stands across the page (characters from the start of its line in `text`)."""
    return line.start - (text.rfind("\n", 0, line.start) + 1)
