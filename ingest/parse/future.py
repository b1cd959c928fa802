"""Dates of future meetings, listed under a heading such as 'Dates of future meetings'.

Only dates in such a list count (not events mentioned in prose, not 'last met'
dates). A date without a year takes the paper's year and rolls to the next
year when it would fall before the paper's date, or before the date listed
above it (lists run in date order); a date written with a year that lies
before the paper's date is past, not future.
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
# a list of dates in general: only entries that say they are meetings count
_DIARY = re.compile(r"\b(?:dates?\s+for\s+(?:your\s+)?diar(?:y|ies)|diary\s+dates|key\s+dates|forthcoming\s+dates)\b", re.I)
_STOP = re.compile(r"^(?:\d{1,2}[.)](?!\d)|\d{1,2}\.\d{1,2}\)?(?:\s|$)|ACTIONS?\b|Action\b)")


# a date a sentence gives to a LATER meeting, written right before it: 'deferred to the Executive Committee
# meeting on 4 September 2024', 'the next meeting on ...', 'adjourned until the meeting of ...'; in prose also
# 'to be considered at the meeting on ...' (on a report's cover, 'to be considered at / presented to the meeting
# on D' names the meeting the paper is for, which is its date)
_LATER_CUE = (r"(?:next|future|forthcoming|following|subsequent|later)\s+(?:[\w’'&-]+\s+){0,4}?meeting"
              r"|(?:def+e?r+ed|adjourned|postponed|carried\s+(?:forward|over)|brought\s+back|referred\s+back"
              r"|reported\s+back|held\s+over)\s+(?:to|until|till|for)\s+(?:the\s+|a\s+|its\s+)?"
              r"(?:[\w’'&-]+\s+){0,6}?meeting")
_LATER_TAIL = (r"s?(?:\s+(?:(?:will|would|is|was|to)\s+(?:be\s+)?)?(?:held\s+|take\s+place\s+|takes\s+place\s+)?(?:on|of|in))?"
               r"\s*[,:–-]?\s*(?:[A-Za-z]+day,?\s+)?(?:the\s+)?$")
_LATER_MEETING = re.compile(rf"(?i)\b(?:{_LATER_CUE}){_LATER_TAIL}")
_CONSIDERED_AT = re.compile(rf"(?i)\b(?:re)?considered\s+(?:at|by)\s+(?:the\s+|a\s+)?(?:[\w’'&-]+\s+){{0,6}}?meeting"
                            rf"{_LATER_TAIL}")


def later_meeting_date(before: str, prose: bool = False) -> bool:
    """Does the text written right before a date give that date to a later meeting ('... be deferred to the
    Executive Committee meeting on', 'Date of next meeting:')? Such a date is never the paper's own. With
    `prose` (the line is a sentence, not a cover's label) 'to be considered at the meeting on' counts too."""
    return bool(_LATER_MEETING.search(before) or prose and _CONSIDERED_AT.search(before))


def _is_trigger(line: Line) -> re.Match[str] | None:
    m = _TRIGGER.search(line.text) or _DIARY.search(line.text)
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


def find_future_meetings(lines: list[Line], text: str, reference: date | None) -> list[FutureMeeting]:
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
        diary = m.re is _DIARY
        start = line.start + m.end()
        end = line.end
        misses = 0
        while i < len(lines):
            nxt = lines[i]
            if nxt.blank:
                i += 1
                continue
            content = strip_bullet(nxt).text
            if nxt.index in furniture or _STOP.match(content) or _is_trigger(nxt) or \
                    match_label(nxt, ("attendees", "apologies", "body_start")) is not None:
                break
            # a line without a date ends the list after two in a row (a date may wrap: '17' / 'July 2012.')
            if not find_dates(content) and not re.match(r"^(?:[A-Za-z]+\s+)?\d{4}\.?$", content):
                misses += 1
                if misses >= 2 or len(content.split()) > 14:
                    break
            end = nxt.end
            i += 1
        _take(text, start, end, reference, found, diary)
    return [found[d] for d in sorted(found)]


def _take(text: str, start: int, end: int, reference: date | None, found: dict[date, FutureMeeting],
          diary: bool) -> None:
    """Add the future dates written in text[start:end] (a date may wrap across a line break)."""
    region = text[start:end]
    previous: date | None = None
    for d in find_dates(region):
        when = d.resolve(reference)
        if when is None or d.day is None:
            continue
        if d.year is None and previous is not None and when < previous:
            # a list runs in date order: 'February 19th, May 14th' after a roll-over are both next year
            when = _next_year(when) or when
        previous = when
        if reference is not None and when < reference:
            continue
        if diary:
            line_start = region.rfind("\n", 0, d.start) + 1
            line_end = region.find("\n", d.end)
            if not re.search(r"\bmeeting", region[line_start:line_end if line_end >= 0 else len(region)], re.I):
                continue
        found.setdefault(when, FutureMeeting(when.isoformat(), (start + d.start, start + d.end)))


def _next_year(day: date) -> date | None:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return None
