"""Numbered agenda items and report sections.

'1) Introductions', '1. Welcome', '3.' with its heading on the next line,
'Item 4: ...', '## 5. Heading' (markdown), and 'Paper 3 – ...' on its own line.
Sub-paragraphs ('2.1', '2.1)') belong to their item. Item numbers only go up,
so a numbered list restarting at 1 inside an item is not taken for items.
"""
from __future__ import annotations

import re

from ingest.model import Item
from ingest.parse.lines import Line, strip_bullet

_NUM = re.compile(r"^(?P<num>\d{1,2})[.)](?!\d)\s*(?P<rest>.*)$")
_ITEM = re.compile(r"^Item\s+(?P<num>\d{1,2})\b\s*[.):\-–—]?\s*(?P<rest>.*)$", re.I)
_PAPER = re.compile(r"^Paper\s+(?P<num>\d{1,2})\s*[-–—:]\s*(?P<rest>\S.*)$")
_SUB = re.compile(r"^\d{1,2}\.\d{1,2}")
_MAX_HEADING = 220


def _candidate(line: Line) -> tuple[int, Line | None] | None:
    """(number, heading on the same line or None) when the line opens a top-level item."""
    stripped = strip_bullet(line)
    text = stripped.text
    if _SUB.match(text):
        return None
    m = _NUM.match(text) or _ITEM.match(text) or _PAPER.match(text)
    if not m:
        return None
    rest = m.group("rest").strip()
    if rest and (len(rest) > _MAX_HEADING or re.match(r"^(?:am|pm)\b|^[a-z]", rest)):
        return None
    heading = None
    if m.re is _PAPER:
        heading = stripped
    elif rest:
        start = stripped.start + m.start("rest")
        heading = Line(line.index, start, start + len(rest), rest, line.indented)
    return int(m.group("num")), heading


def find_items(lines: list[Line], text: str, start: int = 0) -> list[Item]:
    """Top-level numbered items from offset `start` on, each spanning to the next item."""
    found: list[tuple[str, Line, Line | None]] = []
    last = 0
    for i, line in enumerate(lines):
        if line.blank or line.start < start:
            continue
        cand = _candidate(line)
        if cand is None:
            continue
        num, heading = cand
        if num <= last or num > last + 10:
            continue
        if heading is None:
            heading = _next_heading(lines, i)
            if heading is None:
                continue
        found.append((str(num), line, heading))
        last = num
    items: list[Item] = []
    for k, (num, line, heading) in enumerate(found):
        end = found[k + 1][1].start if k + 1 < len(found) else len(text)
        while end > line.start and text[end - 1].isspace():
            end -= 1
        items.append(Item(num, heading.text if heading else "", (line.start, end),
                          (heading.start, heading.end) if heading else None))
    return items


def _next_heading(lines: list[Line], i: int) -> Line | None:
    for j in range(i + 1, min(i + 4, len(lines))):
        line = lines[j]
        if line.blank:
            continue
        stripped = strip_bullet(line)
        if _SUB.match(stripped.text) or _NUM.match(stripped.text) or len(stripped.text) > _MAX_HEADING:
            return None
        return stripped
    return None


def item_at(items: list[Item], offset: int) -> str | None:
    """The number of the item whose span holds `offset`."""
    for item in items:
        if item.span[0] <= offset < max(item.span[1], item.span[0] + 1):
            return item.number
    return None
