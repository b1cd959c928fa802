"""A line of a list holding only first-name-surname pairs, no separator between them (round 46).

'Ada Brook Ben Cole Cara Dunn' under 'Apologies were received from the following members:': a column of names
flattened into one line loses its line breaks, and the line was read as one person ('Ada Brook', the rest
dropped). Read only when the whole line (a bullet and a closing full stop aside) is six to sixteen capitalised
words, none a title, particle or vocabulary word (name_run's word kinds), and every pair in order reads as a
person's name alone in a slot (`slot_person`). A line with an odd count (a three-word name among them), a
comma, a bracket or a dash is left to the other readers. Called only for the list under an apologies sentence
('from the following members:'): in an attendees list 'Ada Brook Ben Cole Dora Eve Fry Ed Fox' (a three-word name,
an even count) was read one word off after it (round 24's test), so the reader is kept to the short lists the
sentence announces.
"""
from __future__ import annotations

import re
from typing import Callable

from ingest.model import PersonEntry
from ingest.parse.lines import Line, strip_bullet
from ingest.parse.name_run import _kind
from ingest.parse.people import Entry
from ingest.parse.vocab import Vocabulary

_WORD = re.compile(r"\S+")


def name_pairs(line: Line, vocab: Vocabulary, slot_person: Callable[[str, Vocabulary], bool]) -> list[Entry] | None:
    """The people of a line of name pairs, or None when the line is not one."""
    piece = strip_bullet(line)
    body = piece.text.rstrip(" .")
    if re.search(r"[,;:()\[\]/|&\d–—-]", body):
        return None
    words = list(_WORD.finditer(body))
    if not 6 <= len(words) <= 16 or len(words) % 2 or any(_kind(w.group(), vocab) != "C" for w in words):
        return None
    out: list[Entry] = []
    for a, b in zip(words[::2], words[1::2]):
        name = f"{a.group()} {b.group()}"
        if not slot_person(name, vocab):
            return None
        out.append(Entry(PersonEntry(name=name, org=None, note=None, initials=None,
                                     span=(piece.start + a.start(), piece.start + b.end())), bare=True))
    return out
