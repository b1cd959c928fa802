"""A header's labels run together on one line (round 46).

'MINUTES Present: Mr A. Brook, Mr B. Cole. Apologies: Mr C. Dale. Chair: Mr A. Brook. Clerk: ...': a page
flattened into one paragraph keeps its labels (capitalised, each with its colon) but loses the line breaks
between them, and the rules, which read a label at a line's start, read the whole line as nothing or read the
next label's name as the last attendee ('Mr B. Cole. Apologies').

Here a line holding two or more such labels, at least one of them an attendance list's, is cut before each of
them after a sentence's end (a full stop, a semicolon or a comma and a space) or after the line's first words
(a heading such as 'MINUTES'). Only capitalised labels written with their colon count: 'present:' in prose is
lower case, 'Present at the meeting' has none. Other lines are kept as they are.
"""
from __future__ import annotations

import re

from ingest.parse.lines import Line, sub

_LIST = r"Present|Attendees|In\s+[Aa]ttendance|Also\s+[Pp]resent|Apologies(?:\s+for\s+[Aa]bsence)?|Absent"
_OTHER = r"Chair|Chairman|Chairperson|Clerk|Minutes?\s+[Tt]aker|In\s+the\s+[Cc]hair"
_LABEL = re.compile(rf"(?<![\w'’-])(?P<kind>(?P<list>{_LIST})|{_OTHER})\s*:\s+(?=[A-Z])")
_AFTER = re.compile(r"(?:[.;,]|^[A-Z][A-Z ]{1,30})\s*$")  # a sentence's end, or a heading in capitals before


def split_label_run(lines: list[Line]) -> list[Line]:
    """Each line holding two or more capitalised labels with colons (one a list's) cut before each label."""
    out: list[Line] = []
    changed = False
    for line in lines:
        found = list(_LABEL.finditer(line.text))
        if len(found) < 2 or not any(m.group("list") for m in found):
            out.append(line)
            continue
        cuts = [m.start() for m in found if m.start() > 0 and _AFTER.search(line.text[:m.start()])]
        if not cuts:
            out.append(line)
            continue
        bounds = [0, *cuts, len(line.text)]
        pieces = [p for a, b in zip(bounds, bounds[1:]) if (p := sub(line, a, b)).text]
        changed = changed or len(pieces) > 1
        out.extend(pieces)
    return [Line(i, ln.start, ln.end, ln.text, ln.indented) for i, ln in enumerate(out)] if changed else lines
