"""Run-on name lists: an attendance list flattened into one line with no separator between its entries.

Two layouts, each read only when the whole run segments cleanly (else the caller reads the line as before):

- a sederunt of titled members, 'Provost Brook (Chair) Depute Provost Cole Councillor Dee – Council Leader
  Councillor Eve ...': the civic title is the separator; each entry is the title, one to three name words,
  an optional bracket ('(Chair)') and an optional '– role';
- `Name, Role, Organisation Name, Role ...`: the comma after a name marks where an entry starts; the end of
  each role is only the next name (`comma_name_ends` gives the commas, attendance's name finder the names).
"""
from __future__ import annotations

import re
from itertools import pairwise

from ingest.model import PersonEntry
from ingest.parse.councillors import surname_entry
from ingest.parse.lines import Line, sub
from ingest.parse.people import Entry, is_role, looks_like_person
from ingest.parse.vocab import Vocabulary

# civic titles that open a member's entry in a council's sederunt; 'Depute Provost', 'Lord Provost' as one title
_HONORIFIC = r"(?:(?:Depute|Deputy|Lord)\s+)?(?:Provost|Councillor|Cllr\.?|Bailie|Mayor)"
_TITLED = re.compile(rf"(?<![\w(])(?:{_HONORIFIC})\s+(?=(?:Mc|Mac|O['’])?[A-Z][a-z])")
_NAME_WORD = r"(?:Mc|Mac|O['’])?[A-Z][a-z][\w'’-]*"
_TITLED_ENTRY = re.compile(rf"^(?P<title>{_HONORIFIC})\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})"
                           r"(?P<mark>\s*\([^()]{1,30}\))?(?:\s*[-–—]\s*(?P<role>[^()\-–—]{1,60}))?\s*$")
_CHAIR_MARK = re.compile(r"^\((?:in\s+the\s+)?(?:chair|chairman|chairwoman|chairperson|convener|convenor)\)$", re.I)


def titled_run(value: Line, vocab: Vocabulary) -> list[Entry] | None:
    """The members of a run of titled entries with no separator, or None when the line is not one.

    Three or more entries, the first at the line's start, and every entry read: a surname alone after the
    title ('Councillor Brook'), or a full name ('Councillor Ada Brook'); a '– role' after it must read as
    a job title. One entry that does not fit and the line is left to the ordinary readers.
    """
    text = value.text
    cuts = [m.start() for m in _TITLED.finditer(text)]
    if len(cuts) < 3 or text[:cuts[0]].strip():
        return None
    entries: list[Entry] = []
    for a, b in pairwise([*cuts, len(text)]):
        piece = sub(value, a, b)
        m = _TITLED_ENTRY.match(piece.text)
        if m is None or m.group("role") and not is_role(m.group("role").strip(" .,"), vocab):
            return None
        mark = (m.group("mark") or "").strip()
        if mark and _CHAIR_MARK.match(mark) is None:
            return None  # '(Elmley Council)', '(Vice-Chair)': not this layout's markers
        title, name = m.group("title"), m.group("name")
        span = (piece.start + m.start("name"), piece.start + m.end("name"))
        if " " not in name:
            entry = surname_entry(sub(piece, m.start("name"), m.end("name")), vocab)
            if entry is None:
                return None
            entry.person = PersonEntry(name=f"{title} {name}", org=None, note=None, initials=None, span=span)
        elif looks_like_person(name, vocab, in_slot=True):
            entry = Entry(PersonEntry(name=f"{title} {name}", org=None, note=None, initials=None, span=span),
                          bare=True)
        else:
            return None
        entry.chair = bool(mark)
        entries.append(entry)
    return entries


# a comma right after a word that may end a name ('Ada Brook, Director ...'); never after a digit or a bracket
_NAME_COMMA = re.compile(r"(?<=[a-z])\s?,\s")


def comma_name_ends(text: str, after: int) -> list[int]:
    """Offsets of the commas after `after` that may end a name in a `Name, Role Name, Role` run."""
    return [m.start() for m in _NAME_COMMA.finditer(text, after)]


def comma_name(text: str, start: int, end: int, vocab: Vocabulary) -> bool:
    """Is text[start:end] (a name attendance's finder took before a comma) the start of an entry in a
    `Name, Role` run? Not a job title ('Director General,': no word of it a role word), and not an entry
    already cut off by a semicolon ('...; Supt. Ada Brook, ...': the list's own separator is there)."""
    if any(w.strip(".,'’").lower() in vocab.role_words for w in text[start:end].split()):
        return False
    before = text[:start].rstrip().split()
    while before and before[-1].lower().rstrip(".") in _TITLE_LIKE:
        before.pop()
    return not (before and before[-1].endswith(";"))


_TITLE_LIKE = frozenset("mr mrs ms miss dr cllr councillor prof professor supt insp chief superintendent".split())


def unbracketed_orgs(sections: list, starts: set[int], text: str) -> None:
    """Entries cut out of a `Name, Role, Org Name, Role ...` run keep no organisation unless it was
    bracketed: after the commas a role runs on into a department or the next entry's words, so what
    parse_entry took as the organisation is not known to be one. `sections`: attendance's sections."""
    for section in sections:
        for entry in section.entries:
            span = entry.person.span
            if span is None or span[0] not in starts or entry.person.org is None:
                continue
            if f"({entry.person.org}" not in text[span[0]:span[0] + 400]:
                entry.person.org = None
