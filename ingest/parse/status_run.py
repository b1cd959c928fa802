"""Attendance run on as one stretch of text, each entry closed by its own status word (round 49).

A table of name, role and status columns whose cell breaks the page text lost reads

    BOARD Mrs A Brook, Chairman * Officer Present B. Cole, Deputy Chairman Apologies C.D. Dee Treasurer Present

with no label before it: the status word ('Present', 'Apologies', 'Absent', 'Attended') is the only separator,
and it repeats, once per person (a list label is written once, with its colon). The entry after each status word
opens with the person's name (after a caps group heading such as 'NON-VOTING MEMBERS' and a personal title),
so the name is read from the entry's start only, in one of two shapes whose end is certain:

- initials and one surname word ('B. Cole', 'C.D. Dee', 'A Brook' after a title);
- two name words closed by a comma or an asterisk ('Ada Brook, Treasurer', 'Ada Brook* Treasurer').

Taken only when the attendance was read empty, four or more entries are read and at least two thirds of the
entries in the run give a name: a wrong list is worse than none.
"""
from __future__ import annotations

import re

from ingest.model import PersonEntry
from ingest.parse.lines import Line
from ingest.parse.people import PERSONAL_TITLES, Entry, looks_like_person, parse_entry, title_alternation
from ingest.parse.vocab import Vocabulary

OPENING = 5000  # characters of the paper searched: the attendance is in its opening
LEAST = 4  # entries read before the layout is taken
_STATUS = re.compile(r"(?<=[\s,*])(?P<word>Present|Apologies|Apology|Absent|Attended)(?=\s|$)(?!\s*[:(])")
_LIST = {"Present": "attendees", "Attended": "attendees", "Apologies": "apologies", "Apology": "apologies",
         "Absent": None}
_GAP = 160  # the longest entry (name, role and organisation) between two status words
_HEADING = r"(?:[A-Z][A-Z&'’-]+(?:\s+(?:[A-Z][A-Z&'’-]+|AND|OF|&))*\s+)?"  # 'REGIONAL CHAIRMEN AND REPRESENTATIVES'
_TITLE = rf"(?:{title_alternation(PERSONAL_TITLES + ('Dame', 'Sir', 'Lady', 'Lord', 'Professor'))}\s+)"
_SURNAME = r"(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:-(?:Mc|Mac|O['’])?[A-Z][a-z]+)?"
_NAME = re.compile(
    rf"^{_HEADING}(?:{_TITLE}(?P<t>[A-Z]\.?(?:\s?[A-Z]\.?){{0,2}}\s*{_SURNAME})(?=[\s,*]|$)"
    rf"|{_TITLE}?(?P<i>(?:[A-Z]\.\s?){{1,3}}{_SURNAME})(?=[\s,*]|$)"
    rf"|{_TITLE}?(?P<f>{_SURNAME}\s+{_SURNAME})\s*[,*])")


def _name(entry: str, vocab: Vocabulary) -> str | None:
    m = _NAME.match(entry.strip())
    if m is None:
        return None
    name = m.group("t") or m.group("i") or m.group("f")
    spaced = re.sub(r"\.(?=[A-Z])", ". ", name)  # 'J.C. Davies' is checked as 'J. C. Davies'
    return name if looks_like_person(spaced, vocab, in_slot=True) else None


def status_run(text: str, vocab: Vocabulary) -> dict[str, list[Entry]] | None:
    """{'attendees': [...], 'apologies': [...]} read from the first run of status-closed entries, or None."""
    opening = text[:OPENING]
    marks = list(_STATUS.finditer(opening))
    if len(marks) < LEAST:
        return None
    out: dict[str, list[Entry]] = {"attendees": [], "apologies": []}
    entries = read = 0
    start = opening.rfind("\n", 0, marks[0].start()) + 1
    for mark in marks:
        entry = opening[start:mark.start()]
        if len(entry) > _GAP:
            if entries:
                break  # the run ended; a status word further on is prose
            start = mark.end()
            continue
        entries += 1
        name = _name(entry, vocab)
        start = mark.end()
        if name is None:
            continue
        kind = _LIST[mark.group("word")]
        parsed = parse_entry(Line(0, 0, len(name), name), vocab) or Entry(PersonEntry(name))
        read += 1
        if kind is not None:
            out[kind].append(parsed)
    if read < LEAST or 3 * read < 2 * entries:
        return None
    return out
