"""Choosing the meeting's own date among the dates a paper's opening shows.

A paper's first lines hold many dates (printed, previous meeting, next meeting, a lifetime in brackets):
these helpers take the one the paper records, from a frame ('... meeting held on'), a lone 'Date of meeting'
label, a notice moving the meeting, or the best-placed date of the heading lines.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ingest.parse.dates import FoundDate, find_dates
from ingest.parse.future import later_meeting_date
from ingest.parse.header_title import _FRAME_OPEN, _PRIOR_RECORD, _sentence
from ingest.parse.heading_runon import moved_meeting_date
from ingest.parse.lines import Line, strip_bullet

if TYPE_CHECKING:
    from ingest.parse.header import Header

_TIME = re.compile(
    r"\b\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|noon)?\s*(?:[-–—]|to)\s*\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.m\.|am\b|pm\b|noon\b)"
    r"|\b\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.m\.|am\b|pm\b)", re.I)


# '... Minutes of a Public meeting of the Elmley Trust Board held on Wednesday 26 November 2031 at 11.00 am':
# the meeting's own date, written in the frame that records it, wherever the line stands (round 44)
_HELD_ON = re.compile(rf"(?i){_FRAME_OPEN}[^.;:()]{{0,120}}?\bmeeting\b[^.;:()]{{0,120}}?\bheld\s+(?:on\s+)?(?:the\s+)?$")


def _held_date(head: Header, opening: list[Line], reach: int = 1500) -> None:
    """No date read: the first full date written right after 'Minutes of ... meeting ... held (on)' in the opening
    lines, when the frame is not a previous meeting's being confirmed (a run-on first line or item holds the heading;
    a meeting named in prose, 'the Executive during its meeting held on ...', is another body's)."""
    for line in opening:
        if line.start > reach:
            return
        for d in find_dates(line.text):
            if d.precision != "day" or d.year is None or d.weekday_fits() is False:
                continue
            before = line.text[max(0, d.start - 260):d.start]
            if _HELD_ON.search(before) and not _PRIOR_RECORD.search(before) and _own_date(line, d):
                _take_date(head, line, d)
                return


def _moved_date(head: Header, opening: list[Line]) -> None:
    """No date read: a notice on the page's opening lines that moves this meeting to a date ('Note: ... this
    meeting has been postponed to Tuesday 5th July 2031 at 2.00 p.m.') gives it (round 19)."""
    for line in opening:
        if line.blank:
            continue
        if (d := moved_meeting_date(line, find_dates(line.text))) is not None:
            _take_date(head, line, d)
            return


def _next_filled(lines: list[Line], i: int, reach: int = 3) -> int | None:
    """The index of the next non-blank line after `i`, within `reach` lines."""
    return next((j for j in range(i + 1, min(i + 1 + reach, len(lines))) if not lines[j].blank), None)


_LONE_DATE_LABEL = re.compile(r"(?i)^(?:date\s+of\s+(?:the\s+)?meeting|meeting\s+date)\s*:?$")


def _lone_date_label(lines: list[Line], i: int) -> tuple[Line, FoundDate] | None:
    """A 'Date of meeting' label alone on its line (a page's metadata bullet) over a line that holds only the
    date ('- Tuesday 29 April 2031'): the meeting's date, whatever other dates the page shows above it."""
    if not _LONE_DATE_LABEL.match(strip_bullet(lines[i]).text.strip("*_ ")):
        return None
    j = _next_filled(lines, i)
    if j is None:
        return None
    value = strip_bullet(lines[j])
    dates = find_dates(value.text)
    if not dates or dates[0].precision != "day":
        return None
    rest = value.text[:dates[0].start] + value.text[dates[0].end:]
    return (value, dates[0]) if not re.sub(r"(?i)\b[a-z]+day\b|[\W_]", "", rest) else None


_DATE_LABEL = re.compile(r"(?i)^date\b[\w ]{0,30}?(?::|\s/\s|\t|\s{2,}|\s(?=[A-Z][a-z]+day\b))")


def _labelled_date_that_fits(head: Header, lines: list[Line], limit: int = 120) -> None:
    """A heading date whose weekday does not fall on it ('Monday 7th December 2011') gives way to the same
    day and month in the meeting's own details further down ('Date and Time of meeting / Tuesday 7th
    December 2010') when that one's weekday fits: a heading copied from another year's paper, with the
    details table below it (an action sheet may come between them)."""
    d = head.date
    if d is None or d.weekday_fits() is not False:
        return
    for line in lines[:limit]:
        if line is head.date_line or not _DATE_LABEL.match(line.text):
            continue
        for cand in find_dates(line.text):
            if (cand.day, cand.month) == (d.day, d.month) and cand.year is not None and cand.weekday_fits():
                _take_date(head, line, cand)
                return


# the first day of a meeting over two days: 'FRIDAY 15th/SATURDAY 16th FEBRUARY 2019', '7th/8th December 2018',
# '15-16 May 2031' -> the 15th, the day it opened (round 48; find_dates reads the second day with the month)
_FIRST_DAY = re.compile(r"(?i)(?<![\d/.-])(?P<day>\d{1,2})(?:st|nd|rd|th)?\s*(?:[-/–—&]|and)\s*"
                        r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*)?$")


def _take_date(head: Header, line: Line, d: FoundDate) -> None:
    if d.day and (first := _FIRST_DAY.search(line.text[:d.start])) is not None and int(first.group("day")) == d.day - 1:
        d = replace(d, day=d.day - 1, weekday=None)  # the meeting opened the day before the date written whole
    head.date, head.date_line = d, line
    head.spans["date"] = (line.start + d.start, line.start + d.end)
    t = _TIME.search(line.text, d.end)
    if t and head.time is None:
        head.time = t.group(0).strip()
        head.spans["time"] = (line.start + t.start(), line.start + t.end())
_NOT_OWN_DATE = re.compile(r"(?i)\b(?:printed|updated|created|revised|modified|uploaded|posted|published|saved|version)\b[^\d]{0,12}$")
_PREVIOUS = re.compile(r"(?i)\b(?:minutes|notes)\s+of\s+(?:the\s+)?(?:last\s+|previous\s+|special\s+|extraordinary\s+)?"
                       r"meeting\s+(?:of\s+(?:the\s+)?[\w'’ -]{1,60}?\s+)?(?:held\s+)?(?:on\s+)?$")
# 'To confirm the Minutes of the special meeting of the Committee held on 3 June 2024': minutes being approved
_CONFIRMS = re.compile(r"(?i)\b(?:confirm|approve|agree|receive|sign|note)(?:s|d|ed)?"
                       r"(?:\s+as\s+an?\s+(?:correct|true|accurate)\s+record(?:\s+of)?)?\s+the\s+(?:draft\s+)?(?:minutes|notes)"
                       r"\s+of\b[^.;]{0,120}$")
_SENTENCE_AFTER = re.compile(r"(?i)^[\s,]*(?:were|was|had\s+been|have\s+been|are|is|be)\b")
# '... the minutes of the previous meeting held on 3 June 2024': that meeting's date, never this one's
_PREVIOUS_NAMED = re.compile(r"(?i)\b(?:minutes|notes)\s+of\s+(?:the\s+)?(?:last|previous|preceding)\s+meeting\s+"
                            r"(?:held\s+)?(?:on\s+)?$")


def _own_date(line: Line, d: FoundDate) -> bool:
    """Is a date in a top line the paper's own, not a print stamp or the previous meeting being approved?"""
    before = line.text[:d.start]
    if _NOT_OWN_DATE.search(before):
        return False
    if _PREVIOUS_NAMED.search(before) or _CONFIRMS.search(before):
        return False
    if later_meeting_date(before, prose=_sentence(line.text.strip("*_ "))):
        return False  # 'That the policy be deferred to the Executive meeting on 4 September 2031': a later meeting's
    return not (_PREVIOUS.search(before) and _SENTENCE_AFTER.match(line.text[d.end:]))


def _best_date(found: list[tuple[Line, FoundDate]]) -> tuple[Line, FoundDate] | None:
    """The first top date, unless a later one is more trustworthy: it is written with the word meeting
    (or held), its written weekday fits where the first one's does not, or it gives the day where the
    first gives only the month."""
    if not found:
        return None
    best = found[0]
    meeting = [c for c in found if re.search(r"(?i)\bmeeting\b|\bheld\b", c[0].text) and c[1].weekday_fits() is not False]
    if meeting and not re.search(r"(?i)\bmeeting\b|\bheld\b", best[0].text) and meeting[0][1].precision == "day":
        best = meeting[0]  # a blog's posting date above 'Board meeting – 15th July 2014'
    for cand in found[1:]:
        b, c = best[1], cand[1]
        if b.weekday_fits() is False and c.weekday_fits() is not False:
            best = cand
        elif b.precision == "month" and c.precision == "day" and c.weekday_fits() is not False and (
                b.year in (None, c.year) and b.month == c.month):
            best = cand
    return best


_BRACKET = re.compile(r"\((?P<inner>[^()]{6,60})\)")


def _without_lifetime(line: Line) -> Line:
    """'Elmley Panel (12/11/2013- 30/04/2024) - Tuesday 3 November 2020': a council page gives the body's
    lifetime, two dates joined by a dash, in brackets after its name. The bracket is blanked (offsets kept)
    so the line reads as the body, a dash and the meeting's date."""
    for m in _BRACKET.finditer(line.text):
        inner = m.group("inner")
        dates = find_dates(inner)
        if dates and dates[0].start <= 1 and re.search(r"[-–—]|\bto\b", inner[dates[0].end:]) \
                and (len(dates) == 2 or re.fullmatch(r"\s*[-–—]\s*(?:present|date|now)?\s*", inner[dates[0].end:], re.I)):
            text = line.text[:m.start()] + " " * (m.end() - m.start()) + line.text[m.end():]
            return Line(line.index, line.start, line.end, text, line.indented)
    return line
