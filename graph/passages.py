"""Reading a stored paper's text at read time: the lines that read as headings, the section under a
heading, and its passages (paragraphs and bullets) with their offsets, for answers that point at a
passage no extracted fact covers (the heading above an action, a later meeting's matters arising)."""
from __future__ import annotations

import re
from typing import Iterator

_HEADING = re.compile(r"^[A-Z0-9][^.;:,!?]{2,80}$")
_BULLET = re.compile(r"^\s*(?:[•·▪‣◦*-]|\(?[a-z0-9]{1,3}[.)])\s+")


def heading_lines(text: str) -> Iterator[tuple[int, str]]:
    """(offset, line) of every line that reads as a heading: short, capitalised, no closing
    punctuation, with a blank line (or the text's edge) before and after it, so a table's
    lines are not headings."""
    lines = text.splitlines(keepends=True)
    offset = 0
    for n, raw in enumerate(lines):
        line = raw.strip()
        alone = (n == 0 or not lines[n - 1].strip()) and (n + 1 >= len(lines) or not lines[n + 1].strip())
        if line and alone and _HEADING.match(line) and len(line.split()) <= 12:
            yield offset + raw.index(line[0]), line
        offset += len(raw)


def heading_above(text: str, start: int | None) -> str | None:
    """The nearest heading (as `heading_lines` reads them) that ends before `start`, or None."""
    if not text or start is None:
        return None
    found = None
    for offset, line in heading_lines(text[:start]):
        if offset + len(line) < start:
            found = line
    return found


def sections(text: str, heading: re.Pattern[str]) -> list[tuple[int, int]]:
    """[start, end) of each section whose heading matches `heading`, up to the next heading."""
    heads = list(heading_lines(text or ""))
    out = []
    for n, (offset, line) in enumerate(heads):
        if heading.search(line):
            end = heads[n + 1][0] if n + 1 < len(heads) else len(text)
            out.append((offset + len(line), end))
    return out


def passages(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) of each paragraph or bullet between `start` and `end` (blank lines and bullet
    marks part them)."""
    out, begin, offset = [], None, start
    for raw in text[start:end].splitlines(keepends=True):
        line = raw.strip()
        if not line or _BULLET.match(raw):
            if begin is not None:
                out.append((begin, offset))
            begin = offset + (len(raw) - len(raw.lstrip())) if line else None
        elif begin is None:
            begin = offset + (len(raw) - len(raw.lstrip()))
        offset += len(raw)
    if begin is not None:
        out.append((begin, offset))
    return [(s, e - (len(text[s:e]) - len(text[s:e].rstrip()))) for s, e in out if text[s:e].strip()]
