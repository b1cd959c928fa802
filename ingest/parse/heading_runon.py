"""Headings run on into the meeting's details, and dates that belong to a pack, not to the meeting (round 13).

A page whose text lost its line breaks writes the heading, the date, the time and the venue on one line
('Elmley Board for Wessex Monday 18th March 2031 (10:00- 12:00) Room 2, Town Hall, Minutes'); the heading
is the part before the date. A bilingual heading or a meeting number may come before or after the body's
name ('Bwrdd Elmley Elmley Board Meeting 2 4th of July, 2031 ...'): when the sharing site's own page title
(the line it put above the paper) is found inside that part, the page title is the name the paper goes by.

A compiled document (a minute volume, an agenda pack) says on its cover which later meeting it is
'Presented to the Meeting of Elmley Council on Tuesday, 18 December 2031': that is the pack's date, never
the date of a meeting it records.
"""
from __future__ import annotations

import re

from ingest.parse.dates import FoundDate
from ingest.parse.lines import Line, sub
from ingest.parse.vocab import Vocabulary

# what follows a heading's date on a run-on line: a time ('10am', '(11:00- 12:40)', '9.30 - 11.00') or a venue
_TIME_NEXT = re.compile(r"^[\s,.;–—-]*\(?\s*\d{1,2}[.:]\d\d\b|^[\s,.;–—-]*\(?\s*\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)",
                        re.I)
_VENUE_NEXT = re.compile(r"\b(?:room|hall|house|centre|center|chambers?|offices?|suite|building|buildings|library"
                         r"|hotel|civic|via\s+(?:teams|zoom)|online|virtual)\b", re.I)
_RUN_ON_MIN = 4  # characters after the date: a date that ends its line is no run-on


def heading_before_date(line: Line, d: FoundDate, vocab: Vocabulary) -> Line | None:
    """The heading of a line that runs on from the body's name through the date into the time or venue
    ('Elmley Board for Wessex Monday 18th March 2031 (10:00- 12:00) Room 2, Town Hall'): the part before
    the date, when it names a body (a body word in it) in a dozen words or fewer and the date is followed
    by a time, or by a venue within its next eight words. None for any other line."""
    before = line.text[:d.start].rstrip(" ,–—-:")
    after = line.text[d.end:]
    if not before or len(after.strip()) < _RUN_ON_MIN or d.precision != "day":
        return None
    words = before.split()
    if len(words) > 12 or re.search(r"(?i)(?:\bon|\bheld|\bdate|\bdated|\bof)$", before):
        return None
    if not {w.lower().strip("’'s,") for w in words} & vocab.body_heads:
        return None
    if not (_TIME_NEXT.match(after) or _VENUE_NEXT.search(" ".join(after.split()[:8]))):
        return None
    start = len(line.text) - len(line.text.lstrip("*_ "))
    return sub(line, start, len(before))


def site_title_inside(heading: Line, site_title: str | None) -> Line | None:
    """The sharing site's page title found inside a longer run-on heading ('Bwrdd Elmley Elmley Board Meeting
    2' holding 'Elmley Board'): the part of the heading the page title names. It must name more than a word
    or two of its own (three words or more), so a bare 'Minutes' or body word is never found."""
    if not site_title:
        return None
    name = " ".join(site_title.split()).strip("*_ ")
    if len(name.split()) < 3 or len(name) >= len(heading.text.strip()):
        return None
    m = re.search(r"(?i)(?<!\w)" + r"\s+".join(re.escape(w) for w in name.split()) + r"(?!\w)", heading.text)
    return sub(heading, m.start(), m.end()) if m else None


# 'Presented to the Meeting of Elmley Council on Tuesday, 18 December 2031', 'For presentation to the meeting of
# ... on': the pack's cover names the later meeting it goes to
_PRESENTED = re.compile(r"(?i)\b(?:presented|submitted|for\s+presentation|to\s+be\s+presented|to\s+be\s+submitted)"
                        r"\s+to\s+(?:the\s+|a\s+)?(?:\w+\s+)?meeting\b[^.;]{0,120}?\b(?:on|held\s+on|of)?\s*$")


def pack_date(before: str) -> bool:
    """Is a date the cover date of a compiled pack ('Presented to the Meeting of X on ...'), the text
    before it given?"""
    return _PRESENTED.search(before) is not None


# a compiled pack's own name after the body's ('Elmley Council Minute Volume', 'Elmley Board Agenda Pack')
_PACK_TAIL = re.compile(r"(?i)[\s,:–—-]+(?:minute\s+(?:volume|book)|minutes\s+(?:volume|book)|(?:agenda|reports?|document"
                        r"|supplementary(?:\s+agenda)?)\s+pack|public\s+reports?\s+pack)\s*$")


def pack_heading(line: Line, vocab: Vocabulary) -> Line | None:
    """'Elmley Council Minute Volume', 'Elmley Board Agenda Pack': the heading of a compiled pack, whose body is
    the paper's title (the pack's index lines below it name the papers inside, not the paper). The body's name
    less the pack's; None for any other heading."""
    m = _PACK_TAIL.search(line.text)
    if m is None or m.start() == 0:
        return None
    body = sub(line, 0, m.start())
    words = {w.lower().strip("’'s,") for w in body.text.split()}
    return body if words & vocab.body_heads and len(body.text.split()) <= 10 else None


# 'Note: ... this meeting has been postponed to Tuesday 5th July 2031 at 2.00 p.m.': a notice written for THIS
# meeting gives its (new) date when the page writes no other (round 19); never 'the next meeting' or an item
_MOVED_TO = re.compile(r"(?i)\b(?:this|the)\s+meeting\s+(?:has\s+been|was|is\s+being|is)\s+"
                       r"(?:postponed|rescheduled|re-scheduled|rearranged|re-arranged|moved|deferred)\s+"
                       r"(?:until|to|till)\s+(?:the\s+)?$")


def moved_meeting_date(line: Line, dates: list[FoundDate]) -> FoundDate | None:
    """The date a line's notice moves this meeting to ('this meeting has been postponed to Tuesday 5th July
    2031'): the first full date (day, month and year) the words run straight into; None otherwise."""
    for d in dates:
        if d.precision == "day" and d.year is not None and _MOVED_TO.search(line.text[max(0, d.start - 80):d.start]):
            return d
    return None
