"""Councillors named by surname only in a list sentence: 'Councillors Brook, Cole and Dee from Elmley
Council and Councillors Eve and Fox from Oakham Council', 'Cllr Brook and Ada Cole'.

Council minutes name their own members by title and surname. A single capitalised word is a person only
where a councillor title governs it: written before it ('Cllr Brook'), or a plural title ('Councillors')
before the list it is in. A 'from <Organisation>' after a name closes the plural's list; a later plural
title opens another. Anything else in the list is left to the ordinary person reader.
"""
from __future__ import annotations

import re

from ingest.model import PersonEntry
from ingest.parse.chair import CHAIR_WORDS
from ingest.parse.lines import Line, sub
from ingest.parse.people import Entry
from ingest.parse.vocab import Vocabulary

# the councillor titles, British and American spellings and abbreviations ('Clr' in Australian minutes)
COUNCILLOR = r"(?:Councill?or|Cllr|Clr)"
COUNCILLORS = r"(?:Councill?ors|Cllrs|Clrs)"
_PLURAL = rf"(?:County\s+)?{COUNCILLORS}\.?"
_TITLE = re.compile(rf"^(?:(?P<plural>{_PLURAL})|(?:County\s+)?{COUNCILLOR}\.?)\s+(?=[A-Z])")
_PLURAL_BEFORE = re.compile(rf"\b{_PLURAL}\s*:?\s*$")
_FROM = re.compile(r"\s+(?:from|of|representing)\s+(?=[A-Z])")
_SURNAME = re.compile(r"^(?:Mc|Mac|O['’]|D['’])?[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?$")


def mentions_councillor(text: str) -> bool:
    """The cue: a councillor title anywhere in the list (checked once per list)."""
    return re.search(rf"\b(?:{COUNCILLOR}|{COUNCILLORS})\b", text) is not None


def plural_before(text: str) -> bool:
    """Does the text before a list end with a plural title ('... on behalf of Councillors')?"""
    return _PLURAL_BEFORE.search(text) is not None


def surname_councillors(pieces: list[Line], plural: bool, vocab: Vocabulary) -> list[Entry | None]:
    """One result per piece of a list: a councillor named by surname only, or None (read it as usual).

    `plural`: a plural title stands before the first piece.
    """
    out: list[Entry | None] = []
    for piece in pieces:
        name = piece
        closes = _FROM.search(name.text)
        if closes:
            name = sub(name, 0, closes.start())  # 'Richardson from Elmley Council': the list ends with him
        title = _TITLE.match(name.text)
        if title:
            plural = plural or bool(title.group("plural"))
            name = sub(name, title.end())
        governed = bool(title) or plural
        out.append(surname_entry(name, vocab) if governed else None)
        if closes:
            plural = False
    return out


# '(Chair)', '(Chairman)', '(in the Chair)': the councillor chaired; '(Vice-Chair)' is only a role
_CHAIR_MARK = re.compile(rf"^\((?:in\s+the\s+)?(?P<vice>(?:vice|deputy)[\s-]*)?(?:{CHAIR_WORDS})\)$", re.I)


def titled_surname(piece: Line, vocab: Vocabulary) -> Entry | None:
    """'Cllr Brook', 'Councillor Brook (Chair)' alone as a list piece: the councillor named by surname."""
    title = _TITLE.match(piece.text)
    if title is None or title.group("plural"):
        return None
    return surname_entry(sub(piece, title.end()), vocab)


# '(7.03pm)', '(arrived 7.15 pm)', '(left at 8pm)': a time the councillor came or went, no organisation
_TIME_NOTE = re.compile(r"^\((?:(?:arrived|arriving|left|leaving|from|until|joined|departed)\s+(?:at\s+)?)?"
                        r"\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s?m\.?)\)$", re.I)


def surname_entry(name: Line, vocab: Vocabulary) -> Entry | None:
    """A surname a councillor title governs ('Brook', 'Brook (Chair)'), as an entry; None when it is not one."""
    word = name.text.strip(" .")
    mark = re.search(r"\s*\([^()]*\)$", word)
    chair = False
    if mark and _TIME_NOTE.match(mark.group().strip()):
        word = word[:mark.start()]  # 'Dunn (7.03pm)': when the councillor came or went (round 70)
    elif mark:
        chair_mark = _CHAIR_MARK.match(mark.group().strip())
        if chair_mark is None:
            return None  # '(Elmley Council)': left to the ordinary reader
        chair, word = not chair_mark.group("vice"), word[:mark.start()]
    if not _SURNAME.match(word):
        return None
    low = word.lower()
    if low in vocab.not_name_words or low in vocab.group_words or low in vocab.org_words or low in vocab.role_words \
            or vocab.is_borough(word):
        return None
    person = PersonEntry(name=f"Councillor {word}", org=None, note=None, initials=None, span=(name.start, name.end))
    return Entry(person, chair=chair, bare=True)
