"""Member names written without a given name (round 67): 'Councillors Brook, Cole and Dale', 'Cllr A.B. Brook',
'Ms. Brook (Chair), Mr. Cole'. The learned reader's gates took only names of a given-name shape ('Ada Brook',
'A. Brook'); a name of a MEMBER shape (a surname, initials before it or not) passes only where a title leads it: a
title just before it, or a title (a plural one: 'Councillors') before a run of such names with only separators,
other members' initials and surnames, and bracketed roles between. Used to measure the learned reader's gates on
such names (`ingest.learned.gate --member`) and to test the forms copies; the product's gates are unchanged (no
model trained on forms copies was kept).
"""
from __future__ import annotations

import re

from ingest.names import TITLES, is_title

# the plural of a title before a run of names ('Councillors Brook, Cole'): generic, from the title list
PLURAL_TITLES = frozenset({t + "s" for t in TITLES} | {"aldermen"})
REACH = 300  # how far back a title may lead a run of names
_INITIALS = re.compile(r"(?:[A-Z]\.?[ \t]?){1,3}|(?:[A-Z]\.){1,3}")
_SURNAME = re.compile(r"[A-Z][a-z'’]+(?:[-'’][A-Z]?[a-z'’]+)*|[A-Z]{2,}(?:[-'’][A-Z]+)*")
_WORD = re.compile(r"[^\s,;&|()]+")
# between a title and a name of its run: other names, separators, 'and', roles in brackets ('(Chair)')
_RUN_GAP = re.compile(r"(?:[\s,;&|/]|and(?=\s)|\([^()\n]{0,40}\)|[A-Z][\w'’.-]*)*")


def title_word(word: str) -> bool:
    """A title before a name, singular or plural ('Cllr', 'Councillors', 'Ms.')."""
    return is_title(word) or word.lower().rstrip(".") in PLURAL_TITLES


def member_shape(name: str) -> bool:
    """A surname alone or after initials ('Brook', 'A Brook', 'A.B. Brook', 'AB Brook'), nothing else."""
    words = name.split()
    if not words or not _SURNAME.fullmatch(words[-1]) or len(words[-1]) < 2:
        return False
    lead = " ".join(words[:-1])
    return not lead or _INITIALS.fullmatch(lead) is not None or re.fullmatch(r"[A-Z]{2,3}", lead) is not None


def titled(text: str, at: int) -> bool:
    """A title leads the name at `at`: the nearest title word before it within REACH, with only a run of names,
    separators and bracketed roles between (never a line of other words)."""
    before = text[max(0, at - REACH):at]
    words = list(_WORD.finditer(before))
    for m in reversed(words):
        word = m.group(0)
        if title_word(word):
            return _RUN_GAP.fullmatch(before[m.end():]) is not None
        if not word[:1].isupper() and word != "and":
            return False
    return False


def surname(name: str) -> str:
    return name.split()[-1].lower() if name.split() else ""


def member_name(name: str, opening: str, span: tuple[int, int], vocab, read: set[str]) -> bool:
    """A name of a member shape a title leads ('Brook' in 'Councillors Brook, Cole'; 'A.B. Brook' in 'Cllr A.B.
    Brook'), whose surname reads as one (`looks_like_person` of a given name and it, in a slot) and is none of the
    surnames `read`. Measured by `ingest.learned.gate --member`; not in the product (round 67: no model kept)."""
    from ingest.parse.people import looks_like_person

    if not member_shape(name) or surname(name) in read:
        return False
    first = opening[span[0]:span[1]].split()
    led = bool(first) and title_word(first[0]) or titled(opening, span[0])
    return led and looks_like_person(f"Ada {name.split()[-1]}", vocab, in_slot=True)
