"""Numbered agenda items and report sections.

'1) Introductions', '1. Welcome', '3.' with its heading on the next line,
'Item 4: ...', '## 5. Heading' (markdown), and 'Paper 3 – ...' on its own line.
Sub-paragraphs ('2.1', '2.1)') belong to their item. Item numbers only go up,
so a numbered list restarting at 1 inside an item is not taken for items.
"""
from __future__ import annotations

import re

from ingest.model import Item
from ingest.parse.lines import Line, numbered, strip_bullet

_NUM = re.compile(r"^(?P<num>\d{1,2})[.)](?!\d)\s*(?P<rest>.*)$")
_ITEM = re.compile(r"^Item\s+(?P<num>\d{1,2})\b\s*[.):\-–—]?\s*(?P<rest>.*)$", re.I)
_PAPER = re.compile(r"^Paper\s+(?P<num>\d{1,2})\s*[-–—:]\s*(?P<rest>\S.*)$")
_SUB = re.compile(r"^\d{1,2}\.\d{1,2}")
_MAX_HEADING = 220


_CELL = re.compile(r"^[/|]\s+")  # '1. / Heading / Discussion': a table row flattened with its cells
_LINK_TEXT = re.compile(r"(?i)\s*\(?(?:pdf\s+icon\s+)?(?:pdf|doc|docx)\s+\d+(?:\.\d+)?\s*[KMG]B\)?\s*$")
_ACTION_HEADING = re.compile(r"(?i)^(?:summary\s+of\s+|schedule\s+of\s+)?actions?(?:\s+(?:sheet|log|list|table|"
                             r"tracker|summary|points|arising|agreed))?\s*:?$")


def _row(line: Line) -> bool:
    """A table row flattened with ' / ' or ' | ' between its cells."""
    return len(re.findall(r"\s[/|](?=\s|$)", line.text)) >= 1 and bool(_NUM.match(strip_bullet(line).text)) and bool(
        _CELL.match(_NUM.match(strip_bullet(line).text).group("rest")))


def _first_cell(line: Line, start: int, rest: str) -> Line | None:
    """The heading cell of a flattened row: the text between the first two separators."""
    body = _CELL.sub("", rest)
    offset = start + (len(rest) - len(body))
    cell = re.split(r"\s[/|](?:\s|$)", body)[0].strip()
    return Line(line.index, offset, offset + len(cell), cell, line.indented) if cell else None


def _prose(rest: str) -> bool:
    """A numbered paragraph of minutes ('3. The Chair noted that ...'), not an item heading."""
    return rest.rstrip().endswith(".") and len(rest.split()) >= 15


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
    if rest and m.re is _NUM and _CELL.match(rest):
        heading = _first_cell(line, stripped.start + m.start("rest"), rest)
        if heading is None or len(heading.text) > _MAX_HEADING or _prose(heading.text):
            return None
        return int(m.group("num")), _less_link(heading)
    if rest and (len(rest) > _MAX_HEADING or re.match(r"^(?:am|pm)\b|^[a-z]", rest) or _prose(rest)):
        return None
    heading = None
    if m.re is _PAPER:
        heading = stripped
    elif rest:
        start = stripped.start + m.start("rest")
        heading = _less_link(Line(line.index, start, start + len(rest), rest, line.indented))
    return int(m.group("num")), heading


def _less_link(heading: Line) -> Line:
    """A heading less the link text a council web page puts after it ('Minutes  pdf icon PDF 73 KB')."""
    m = _LINK_TEXT.search(heading.text)
    if m is None or m.start() == 0:
        return heading
    text = heading.text[:m.start()].rstrip()
    return Line(heading.index, heading.start, heading.start + len(text), text, heading.indented)


def find_items(lines: list[Line], text: str, start: int = 0) -> list[Item]:
    """Top-level numbered items from offset `start` on, each spanning to the next item."""
    found: list[tuple[str, Line, Line | None]] = []
    last = 0
    in_actions = False  # under 'Action Sheet' / 'Summary of Actions': its numbered rows are actions
    for i, line in enumerate(lines):
        if line.blank or line.start < start:
            continue
        if _ACTION_HEADING.match(strip_bullet(line).text.strip("*_ ")):
            in_actions = True
            continue
        if in_actions and _row(line):
            continue
        if numbered(line):
            in_actions = False
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
    """The heading under a number written alone on its line; blank lines between them do not count (a
    council web page puts the number and the heading in cells of their own)."""
    filled = 0
    for j in range(i + 1, min(i + 12, len(lines))):
        line = lines[j]
        if line.blank:
            continue
        filled += 1
        if filled > 3:
            return None
        stripped = strip_bullet(line)
        if _SUB.match(stripped.text) or _NUM.match(stripped.text) or len(stripped.text) > _MAX_HEADING:
            return None
        if _prose(stripped.text):
            return None
        return _less_link(stripped)
    return None


def item_at(items: list[Item], offset: int) -> str | None:
    """The number of the item whose span holds `offset`."""
    for item in items:
        if item.span[0] <= offset < max(item.span[1], item.span[0] + 1):
            return item.number
    return None
