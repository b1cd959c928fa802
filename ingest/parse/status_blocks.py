"""Attendance written one block per person, each block ended by the person's status line (round 19).

A meetings site (or a committee system's attendance page) lists every member as

    Ada Brook
    Director of Care, Elmley Council      <- role / organisation lines, none or up to two
    Present, as expected                  <- the status: decides the list

The status words are the attendance codes of committee systems, not labels: 'Apologies' here is one person's
status, never the head of a list of names below it. Present / in attendance -> attendees; apologies -> apologies;
absent, expected, did not attend -> neither list (no attendance and no apology recorded).

The layout is taken only when the status lines repeat (a labelled list writes each label once) and each status
follows a short block; when some block cannot be read (no name first, too many lines) nothing is taken and a
warning says so: a wrong list is worse than none.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.parse.lines import WHITE_RUN, Line
from ingest.parse.people import Entry, looks_like_person, parse_entry
from ingest.parse.vocab import Vocabulary

if TYPE_CHECKING:
    from ingest.parse.attendance import Attendance

# a status code -> the list it puts the person on (None: neither)
_STATUS: dict[str, str | None] = {
    "present": "attendees", "present, as expected": "attendees", "present as expected": "attendees",
    "present, as substitute": "attendees", "present as substitute": "attendees", "in attendance": "attendees",
    "attended": "attendees",
    "apologies": "apologies", "apologies, sub sent": "apologies", "apologies received": "apologies",
    "sent apologies": "apologies",
    "absent": None, "expected": None, "did not attend": None, "not present": None, "not required": None,
}
_MAX_BLOCK = 3  # the name and at most two role / organisation lines
_MIN_STATUSES = 4


def status_of(line: Line) -> str | None:
    """The status code a whole line is, lower-cased ('Present, as expected' -> 'present, as expected')."""
    key = WHITE_RUN.sub(" ", line.text.strip(" .;")).lower()
    return key if key in _STATUS else None


def _name_entry(line: Line, vocab: Vocabulary) -> Entry | None:
    entry = parse_entry(line, vocab)
    if entry is None or entry.person.org or not looks_like_person(entry.person.name, vocab):
        return None
    return entry


def _chain(lines: list[Line]) -> list[int]:
    """Indexes (into the non-blank `lines`) of the longest run of status lines at most _MAX_BLOCK + 1 apart."""
    best: list[int] = []
    run: list[int] = []
    for i, line in enumerate(lines):
        if status_of(line) is None:
            continue
        if run and i - run[-1] > _MAX_BLOCK + 1:
            best, run = max(best, run, key=len), []
        run.append(i)
    return max(best, run, key=len)


def read_status_blocks(lines: list[Line], vocab: Vocabulary) -> Attendance | None:
    """The attendance of a one-block-per-person status layout; None when the text is not written so."""
    from ingest.parse.attendance import Attendance

    filled = [line for line in lines if not line.blank]
    chain = _chain(filled)
    statuses = [status_of(filled[i]) for i in chain]
    if len(chain) < _MIN_STATUSES or len(set(statuses)) == len(statuses):
        return None  # a labelled list ('Present' ... 'Apologies' ...) writes each label once
    if any(b - a < 2 for a, b in zip(chain, chain[1:])):
        return None  # status lines next to each other: a column of codes, another layout
    result = Attendance()
    unread = 0
    previous = -1
    for n, i in enumerate(chain):
        if n == 0:  # the first block: the farthest name line within reach (the lines before are a page header)
            starts = [j for j in range(max(0, i - _MAX_BLOCK), i) if _name_entry(filled[j], vocab) is not None]
            start = starts[0] if starts else None
        else:
            start = previous + 1 if _name_entry(filled[previous + 1], vocab) is not None else None
        previous = i
        if start is None:
            unread += 1
            continue
        entry = _name_entry(filled[start], vocab)
        assert entry is not None
        roles = [filled[j].text for j in range(start + 1, i)]
        if roles:
            entry.person.note = "; ".join(roles)
        kind = _STATUS[statuses[n] or ""]
        if kind == "attendees":
            result.attendees.append(entry)
        elif kind == "apologies":
            result.apologies.append(entry)
    result.end = filled[chain[-1]].end
    if unread:
        result.attendees, result.apologies = [], []
        result.warnings.append(f"Attendance written one block per person with a status line: {unread} of "
                               f"{len(chain)} blocks had no readable name, so no attendee or apology was taken.")
    return result
