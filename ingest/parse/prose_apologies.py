"""Apologies given only in a sentence inside running prose (round 51).

The apologies readers of attendance.py match a sentence that opens its line ('Apologies were received from
...', 'The Chair noted that apologies ...'). A paper whose page was flattened, or whose welcome item is one
paragraph, writes the sentence after another one on the same line ('... welcomed everyone to the meeting.
Apologies were received from Cllr Ada Brook. 2 Minutes ...') or joined to it by 'and' ('The Chair welcomed the
Board and noted apologies from Ada Brook.'): no rule read it, and the paper had no apologies.

Here, only when no apologies were read at all, the paper's opening (before any item numbered 3 or more, at
most _WINDOW characters) is searched for such a sentence after a sentence's end or an 'and': the apologies as
the subject ('Apologies were received from', 'An apology was noted from') or a reporting verb before them
('noted apologies from', 'received the apologies of'). Its names run to the sentence's full stop, an item
number or the line's end; the caller reads them as any apologies sentence's names and keeps them only when
every piece is read as a person. No language model runs here.
"""
from __future__ import annotations

import re

from ingest.parse.fallback_block import numbered_from
from ingest.parse.lines import Line

_WINDOW = 6000  # characters of the paper's opening searched
_SENTENCE = re.compile(
    r"(?:(?<=[a-z]{2}[.!?]\s)|(?<=[a-z]{2}[.!?]\s\s)|(?<=\sand\s))"  # after a sentence's end, or joined by 'and'
    r"(?:(?:(?-i:A)pologies|(?-i:A)n\s+apology)(?:\s+for\s+absence)?\s+(?:were|was|had\s+been|have\s+been|has\s+been)"
    r"(?:\s+also)?\s+(?:received|noted|given|tendered|recorded|submitted|intimated)"
    r"|(?<=\sand\s)(?:noted|received|recorded|accepted)\s+(?:the\s+)?apologies(?:\s+for\s+absence)?)"
    r"\s+(?:from|of|on\s+behalf\s+of)\s+(?P<names>(?-i:[A-Z])[^\n]*)", re.I)
# the names end at the sentence's full stop (never a title's or an initial's), an item number or a label
_NAMES_END = re.compile(r"(?<=[a-z)]{2})(?<!\bCllr)(?<!\bMrs)(?<!\bProf)(?<!\bRevd)\.(?:\s|$)|\s\d{1,2}[.)]?\s+[A-Z]"
                        r"|\s(?:Present|Apologies|Chair|Clerk|In\s+attendance)\s*:|$")
_NO_ONE = re.compile(r"^(?:no|nil|none|all)\b", re.I)


def prose_apology(text: str) -> Line | None:
    """The names of the first apologies sentence written inside prose in the paper's opening (a Line with
    offsets into `text`), or None."""
    window = text[:_WINDOW]
    later = numbered_from(window, 3)
    window = window[:later.start()] if later else window  # never a date's day ('3 March 2031')
    for m in _SENTENCE.finditer(window):
        start = m.start("names")
        end = _NAMES_END.search(window, start)
        names = window[start:end.start() if end else len(window)].rstrip(" ,;")
        if not names or _NO_ONE.match(names) or len(names) > 200:
            continue
        return Line(text.count("\n", 0, start), start, start + len(names), names)
    return None
