"""The header of a paper: title, body, date, time, location, chair and kind.

Labelled headers ('Meeting Title:', 'Date:', 'Chaired by:') are read label by
label, the value on the same line or the next one. Unlabelled papers take their
title from the first lines: 'ELMLEY CHILD PROTECTION COMMITTEE – 6 October 2004'
gives the body and the date, a following heading line gives the title, and a
lone kind word ('Update') is appended to the body.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.model import PersonEntry
from ingest.parse.dates import FoundDate, find_dates
from ingest.parse.labels import Label, match_label
from ingest.parse.lines import Line, numbered, strip_bullet, sub
from ingest.parse.people import parse_entry
from ingest.parse.vocab import Vocabulary

_KIND_WORDS = {
    "update": "update", "newsletter": "update", "briefing": "update", "bulletin": "update",
    "minutes": "minutes", "notes": "minutes", "action log": "minutes",
}
_TIME = re.compile(
    r"\b\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|noon)?\s*(?:[-–—]|to)\s*\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.m\.|am\b|pm\b|noon\b)"
    r"|\b\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.m\.|am\b|pm\b)", re.I)
_TITLE_TAIL = re.compile(r"\s*\b(?:meeting|minutes|notes|update|agenda)\s*$", re.I)
_TITLE_HEAD = re.compile(r"^(?:minutes|notes)\s+of\s+(?:the\s+)?(?:meeting\s+of\s+(?:the\s+)?)?", re.I)


@dataclass
class Header:
    title: str | None = None
    body: str | None = None
    date: FoundDate | None = None
    date_line: Line | None = None
    time: str | None = None
    location: str | None = None
    chair: PersonEntry | None = None
    chair_note: str | None = None
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    labelled: bool = False
    issuer: str | None = None  # the first heading line: the body that issued the paper
    issuer_span: tuple[int, int] | None = None
    kind_hint: str | None = None
    end: int = 0  # offset where the last labelled header value ends


def _value_after(label: Label, lines: list[Line], i: int) -> tuple[Line | None, int]:
    """The label's value: on its own line, or the next non-blank line that is not another label."""
    if label.value is not None:
        return label.value, i
    for j in range(i + 1, min(i + 4, len(lines))):
        if lines[j].blank:
            continue
        if match_label(lines[j]) is not None:
            return None, i
        return lines[j], j
    return None, i


def read_header(lines: list[Line], text: str, vocab: Vocabulary) -> Header:
    head = Header()
    i = 0
    top: list[Line] = []  # unlabelled lines before the first label or numbered item
    seen_label = False
    while i < len(lines) and i < 80:
        line = lines[i]
        if line.blank:
            i += 1
            continue
        label = match_label(line, ("title", "date", "time", "location", "chair", "attendees", "apologies", "body_start"))
        if label is not None and label.name == "body_start":
            if label.line.text.lower().startswith(("minutes", "notes", "action log")):
                head.kind_hint = "minutes"
            label = None
        if label is None:
            if numbered(line):
                break
            if not seen_label and len(top) < 6:
                top.append(line)
            i += 1
            continue
        seen_label = True
        if label.name in ("attendees", "apologies"):
            i += 1
            continue
        value, j = _value_after(label, lines, i)
        if value is not None:
            head.labelled = True
            _set_labelled(head, label.name, value, vocab)
            head.end = max(head.end, value.end)
        i = j + 1
    _read_top(head, top, vocab)
    if head.body is None and head.title:
        head.body = body_from_title(head.title)
    return head


def _set_labelled(head: Header, name: str, value: Line, vocab: Vocabulary) -> None:
    span = (value.start, value.end)
    if name == "title" and head.title is None:
        head.title, head.spans["title"] = value.text, span
    elif name == "date" and head.date is None:
        dates = find_dates(value.text)
        if dates:
            d = dates[0]
            head.date = d
            head.date_line = value
            head.spans["date"] = (value.start + d.start, value.start + d.end)
            rest = value.text[d.end:]
            t = _TIME.search(rest)
            if t and head.time is None:
                head.time = t.group(0).strip()
                head.spans["time"] = (value.start + d.end + t.start(), value.start + d.end + t.end())
    elif name == "time" and head.time is None:
        head.time, head.spans["time"] = value.text, span
    elif name == "location" and head.location is None:
        head.location, head.spans["location"] = value.text, span
    elif name == "chair" and head.chair is None:
        entry = parse_entry(value, vocab)
        if entry is not None:
            head.chair = entry.person
            head.spans["chair"] = span


_AS_AT = re.compile(r"^(?:status\s+)?as\s+at\b|^date\s+of\s+(?:report|issue)\b", re.I)
_VENUE = re.compile(r"^(?:in|at)\s+(?:the\s+)?|^venue\s*:\s*", re.I)
_VENUE_WORDS = re.compile(r"\b(?:room|hall|house|centre|center|chamber|offices?|suite|building|library|school|hotel)\b", re.I)
_MINUTES_OF = re.compile(r"^(?:minutes|notes)\s+of\s+(?:the\s+)?(?:[\w’'\- ]*?\s)?(?P<meeting>meeting)\b", re.I)
_HELD = re.compile(r"^(?:minutes|notes)\s+of\s+(?:the\s+|a\s+)?(?P<group>.+?)\s*(?P<meeting>meeting)?\s+held\s+(?:on\s+)?"
                   r"(?P<when>.+?)(?:\s+(?:at|in)\s+(?:the\s+)?(?P<place>[^,]+(?:,[^,]+)?))?\.?$", re.I)
_GROUP_TITLE = re.compile(r"(?i)\b(?:meeting|minutes|group|subgroup)\s*$")
_KIND_TAIL = re.compile(r"^(?P<group>.+?)\s+[–—-]\s+(?:minutes|notes|agenda)\s*$", re.I)


def _take_date(head: Header, line: Line, d: FoundDate) -> None:
    head.date, head.date_line = d, line
    head.spans["date"] = (line.start + d.start, line.start + d.end)
    t = _TIME.search(line.text, d.end)
    if t and head.time is None:
        head.time = t.group(0).strip()
        head.spans["time"] = (line.start + t.start(), line.start + t.end())


def _read_top(head: Header, top: list[Line], vocab: Vocabulary) -> None:
    """Title, body, date, time and location from the unlabelled first lines."""
    headings: list[Line] = []
    kind_word: str | None = None
    after_date = False
    for line in top:
        line = strip_bullet(line)
        text = line.text.strip("*_ ")
        dates = find_dates(line.text)
        low = text.lower().strip(" :.")
        if low in _KIND_WORDS:
            kind_word = text.strip(" :.")
            head.kind_hint = head.kind_hint or _KIND_WORDS[low]
            continue
        if dates and _AS_AT.match(text):
            _take_date(head, line, dates[0])  # a log's own date wins over the meeting it logs
            continue
        if dates:
            if head.date is None:
                _take_date(head, line, dates[0])
                after_date = True
            before = line.text[:dates[0].start].rstrip(" ,–—-:")
            if before and not re.search(r"(?i)(?:\b[a-z]+day|\bon|held on|\bdate)$", before.strip()) or _MINUTES_OF.match(text):
                if len(headings) < 2 and len(text) <= 160:
                    headings.append(line)
            continue
        if after_date and head.location is None and len(text.split()) <= 12 and (
                _VENUE.match(text) or _VENUE_WORDS.search(text)):
            value = _VENUE.sub("", text).strip(" .")
            at = line.text.find(value)
            head.location, head.spans["location"] = value, (line.start + at, line.start + at + len(value))
            continue
        after_date = False
        if len(text) <= 120 and not text.endswith(".") and len(headings) < 2:
            headings.append(line)
    if not headings:
        return
    first = headings[0]
    held = _HELD.match(first.text.strip("*_ "))
    if held and head.title is None:
        # 'Minutes of the Elmley Board meeting held on 3 March 2015 at Elmley Town Hall'
        group = held.group("group").strip()
        word = held.group("meeting") or "Meeting"
        head.title = f"{group} {word.upper() if group.isupper() else word.capitalize()}"
        head.spans["title"] = (first.start + held.start("group"), first.start + held.end("group"))
        head.body = group
        if held.group("place") and head.location is None:
            place = held.group("place").strip(" .")
            at = first.text.find(place)
            head.location, head.spans["location"] = place, (first.start + at, first.start + at + len(place))
        return
    h1 = _strip_date(first.text)
    # 'Elmley Chairs Meeting' as the first heading: the issuer is the group, not its meeting
    issuer = _TITLE_TAIL.sub("", h1).strip(" ,:–—-") if re.search(r"(?i)\b(?:meeting|minutes)\s*$", h1) else h1
    head.issuer, head.issuer_span = issuer or h1, (first.start, first.start + len(issuer or h1))
    if head.title is not None:
        return
    title, span = h1, (first.start, first.start + len(h1))
    if len(headings) > 1:
        second = headings[1]
        h2 = second.text.strip("*_ ")
        minutes_of = _MINUTES_OF.match(h2)
        kind_tail = _KIND_TAIL.match(h2)
        dated = find_dates(h2)
        if minutes_of:
            # 'X Committee' over 'Minutes of the meeting held on ...' -> 'X Committee Meeting'; a heading that
            # already says 'Meeting', or names a working group, is the title as written
            word = minutes_of.group("meeting")
            if not _GROUP_TITLE.search(h1):
                title = f"{h1} {word.upper() if h1.isupper() else word.capitalize()}"
        elif kind_tail:
            title = f"{h1} {kind_tail.group('group')}"
        elif dated and _strip_date(h2) != h2 and re.search(r"[–—-]\s*$", h2[:dated[0].start]):
            title = f"{h1} {_strip_date(h2)}"
        else:
            title, span = h2, (second.start, second.end)
    elif kind_word:
        title = f"{h1} {kind_word}"
    head.title, head.spans["title"] = title, span
    head.body = body_from_title(title) if _names_group(title) else h1


def _strip_date(text: str) -> str:
    """'ELMLEY CHILD PROTECTION COMMITTEE – 6 October 2004' -> 'ELMLEY CHILD PROTECTION COMMITTEE'."""
    dates = find_dates(text)
    if dates and not text[dates[-1].end:].strip(" .,"):
        cut = text[:dates[-1].start].rstrip()
        cut = re.sub(r"\s*(?:[–—-]|,)\s*$", "", cut)
        if cut and not re.search(r"(?i)\b(?:of|on|held)$", cut):
            return cut.strip()
    return text.strip()


def _names_group(title: str) -> bool:
    """Does the title (less a trailing 'Meeting'/'Update') name a committee or group?"""
    body = _TITLE_TAIL.sub("", _TITLE_HEAD.sub("", title.strip())).strip(" ,:–—-")
    return bool(re.search(r"(?i)\b(?:group|sub-group|subgroup|board|committee|panel|forum|partnership|network|chairs|council)$",
                          body))


def body_from_title(title: str) -> str:
    """The committee a title names: 'LSCB Chairs Meeting' -> 'LSCB Chairs'."""
    body = _TITLE_HEAD.sub("", title.strip())
    body = re.split(r"\s+[–—-]\s+", body)[0]
    body = _TITLE_TAIL.sub("", body).strip(" ,:–—-")
    return body or title.strip()


def kind_of(head: Header, has_attendance: bool, has_actions: bool, lines: list[Line]) -> str:
    """minutes / update / workplan / other, from the header and what the body holds."""
    opening = " ".join(l.text for l in lines[:40] if not l.blank).lower()
    title = (head.title or "").lower()
    if re.search(r"\bwork\s*plan|\bwork\s+programme|\bbusiness\s+plan", title + " " + opening[:400]):
        return "workplan"
    if has_attendance or head.kind_hint == "minutes" or (head.labelled and head.date and has_actions):
        return "minutes"
    if head.kind_hint == "update" or re.search(r"\b(update|newsletter|bulletin|briefing)\b", title):
        return "update"
    if re.search(r"\bminutes\b|\bnotes of (?:the )?meeting\b", title):
        return "minutes"
    return "other"
