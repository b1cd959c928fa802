"""An attendees line led by its organisation and a dash (round 46).

'• Elmley Council - Ada Brook, Ben Cole, apologies from Cy Dee': one line per body, the body first, then
a dash, then its people between commas, a piece opened by 'apologies from' naming one who sent apologies
('Elmley Trust - apologies from Di Eve, Fay Gill – on behalf of Di'). Round 26 reads 'Elmley: Ada Brook' (a
colon); the dash form was read as nothing.

Guards: the words before the dash are no person's name and hold no lower-case word but a joiner (a body's
name, not a sentence); every piece is one person's name of two or three name-shaped words (`slot_person`),
its title aside, after its 'apologies from' and before a dash's note ('– on behalf of Di'); two pieces at
least, or one piece and an organisation word ending the body's name, or one piece on a line after such a
line of the same list. A single piece that is not a name
refuses the whole line.
"""
from __future__ import annotations

import re
from typing import Callable

from ingest.parse.lines import Line, strip_bullet, sub
from ingest.parse.people import Entry, looks_like_person, parse_entry
from ingest.parse.vocab import Vocabulary

_LINE = re.compile(r"^(?P<org>[A-Z][^–—:;()\d]{1,80}?(?:\([A-Za-z&. ]{2,12}\))?)\s+[-–—]\s+(?P<names>\S.*)$")
_APOLOGIES_FROM = re.compile(r"^(?i:apolog(?:ies|y)\s+(?:from|by)|apolog(?:ies|y):?)\s+(?=[A-Z])")
_NOTE = re.compile(r"\s+[-–—]\s+.*$")  # 'Amy Woodhouse – on behalf of Jackie'
_JOINERS = frozenset({"and", "of", "for", "the", "&", "in", "on", "at"})


def _bodyish(org: str, vocab: Vocabulary) -> bool:
    words = re.sub(r"\([^()]*\)", " ", org).split()
    if any(w[:1].islower() and w.lower() not in _JOINERS for w in words):
        return False
    return not looks_like_person(org, vocab, in_slot=True)


def org_dash_line(line: Line, vocab: Vocabulary,
                  slot_person: Callable[[str, Vocabulary], bool], after_dashed: bool = False) -> tuple[list[Entry], list[Entry]] | None:
    """(attendees, apologies) of an 'Org - Name, Name, apologies from Name' line, the organisation given to each;
    None when the line is not written so."""
    piece = strip_bullet(line)
    m = _LINE.match(piece.text.rstrip(" .;"))
    if m is None:
        return None
    org = m.group("org").strip()
    if not _bodyish(org, vocab):
        return None
    came: list[Entry] = []
    sent: list[Entry] = []
    start = m.start("names")
    parts = re.split(r",\s*", m.group("names"))
    for part in parts:
        at = piece.text.index(part, start)
        start = at + len(part)
        away = _APOLOGIES_FROM.match(part)
        text = part[away.end():] if away else part
        text = _NOTE.sub("", text).strip(" .;")
        offset = at + (away.end() if away else 0)
        bare = re.sub(r"^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Cllr|Councillor|Sir|Dame)\.?\s+", "", text)
        if not slot_person(bare, vocab):
            return None
        entry = parse_entry(sub(piece, offset, offset + len(text)), vocab)
        if entry is None:
            return None
        entry.person.org = entry.person.org or org
        entry.bare = False
        (sent if away else came).append(entry)
    if len(parts) < 2 and not after_dashed and org.split()[-1].lower() not in vocab.org_words:
        return None
    return came, sent
