"""Dates of future meetings, listed under a heading such as 'Dates of future meetings'.

Only dates in such a list count (not events mentioned in prose, not 'last met'
dates). A date without a year takes the paper's year and rolls to the next
year when it would fall before the paper's date; a date written with a year
that lies before the paper's date is past, not future.
"""
from __future__ import annotations

import re
from datetime import date

from ingest.model import FutureMeeting
from ingest.parse.dates import find_dates
from ingest.parse.labels import match_label
from ingest.parse.lines import Line, strip_bullet

_TRIGGER = re.compile(
    r"\b(?:dates?\s+of\s+(?:the\s+)?(?:future|next|forthcoming|\d{4})\b"
    r"|future\s+(?:[\w’']+\s+){0,3}?meetings?|future\s+meeting\s+dates|next\s+meetings?\b"
    r"|(?:meeting|suggested|proposed)\s+dates|dates\s+for\s+(?:[\w’']+\s+){0,4}?meetings"
    r"|meetings?\s+schedule|schedule\s+of\s+meetings|forthcoming\s+meetings)", re.I)
_STOP = re.compile(r"^(?:\d{1,2}[.)](?!\d)|\d{1,2}\.\d{1,2}\)?(?:\s|$)|ACTIONS?\b|Action\b)")


def _is_trigger(line: Line) -> re.Match[str] | None:
    m = _TRIGGER.search(line.text)
    if not m:
        return None
    words = len(line.text.split())
    tail = line.text[m.end():m.end() + 40]
    if words <= 20 or re.match(r"\s*(?:\([^)]*\)\s*)?(?::|are|is|will be|–|-)", tail):
        return m
    return None


_PAGE = re.compile(r"^(?:Page\s+\d+(?:\s+of\s+\d+)?|\d+\s*/\s*\d+|-\s*\d+\s*-)$", re.I)


def _furniture(lines: list[Line]) -> set[int]:
    """Lines of page furniture: a 'Page 4' line and the non-blank lines right before and after it."""
    out: set[int] = set()
    content = [l for l in lines if not l.blank]
    for k, line in enumerate(content):
        if _PAGE.match(line.text):
            for j in range(max(0, k - 1), min(len(content), k + 2)):
                out.add(content[j].index)
    return out


def find_future_meetings(lines: list[Line], reference: date | None) -> list[FutureMeeting]:
    """Future meeting dates, sorted and without repeats, each with the span where it is written."""
    found: dict[date, FutureMeeting] = {}
    furniture = _furniture(lines)
    i = 0
    while i < len(lines):
        line = lines[i]
        m = None if line.blank else _is_trigger(line)
        i += 1
        if m is None:
            continue
        _take(line, m.end(), reference, found)
        misses = 0
        while i < len(lines):
            nxt = lines[i]
            if nxt.blank:
                i += 1
                continue
            text = strip_bullet(nxt).text
            if nxt.index in furniture or _STOP.match(text) or match_label(nxt, ("attendees", "apologies", "body_start")) is not None:
                break
            if _is_trigger(nxt):
                break
            if not _take(nxt, 0, reference, found):
                misses += 1
                if misses >= 2 or len(text.split()) > 14:
                    break
            i += 1
    return [found[d] for d in sorted(found)]


def _take(line: Line, offset: int, reference: date | None, found: dict[date, FutureMeeting]) -> bool:
    """Add the dates written on `line` from `offset`; True when the line held any date."""
    dates = [d for d in find_dates(line.text[offset:])]
    for d in dates:
        when = d.resolve(reference)
        if when is None or d.day is None:
            continue
        if reference is not None and when < reference:
            continue
        start = line.start + offset + d.start
        found.setdefault(when, FutureMeeting(when.isoformat(), (start, line.start + offset + d.end)))
    return bool(dates)
