"""The clerk named under a label of their own in the opening (round 51).

Parish and community councils often close the attendance with 'Clerk: Ada Brook' (on the 'Present:' line of a
flattened page, or a line of its own) rather than listing the clerk among those present. The clerk attended:
every open paper writing 'Clerk: <name>' in its opening counts the clerk among the attendees. Read only when
the attendees were read, the label stands in the paper's opening before any item numbered 2 or more, and what
follows the colon is a whole name (a title allowed) closed by the line's end, a full stop, a comma, a semicolon
or a bracket; the caller adds it when no list holds it yet.
"""
from __future__ import annotations

import re

from ingest.parse.fallback_block import numbered_from
from ingest.parse.lines import Line

_WINDOW = 3000
_CLERK = re.compile(r"(?<![A-Za-z])(?:Clerk|CLERK|Minute[- ]?[Tt]aker|MINUTE[- ]?TAKER)[^\S\n]*:[^\S\n]*"
                    r"(?P<name>[A-Z][A-Za-z.'’ -]{2,40}?)[^\S\n]*(?=$|\n|[,;(]|\.(?:\s|$))")


def clerk_name(text: str) -> Line | None:
    """The name after the first 'Clerk:' label of the opening, as a Line with offsets into `text`, or None."""
    window = text[:_WINDOW]
    later = numbered_from(window, 2)
    window = window[:later.start()] if later else window
    m = _CLERK.search(window)
    if m is None:
        return None
    start, name = m.start("name"), m.group("name")
    return Line(text.count("\n", 0, start), start, start + len(name), name)
