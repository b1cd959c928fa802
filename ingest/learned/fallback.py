"""The learned reader as the attendance's last fallback (round 56): on a minutes paper whose rules read no
attendee, the names the model marks in the opening as a list's attendees.

Guards (cross-validation by set, docs/extraction.md round 56): the list word before a name decides its list
(`reader.list_kind`); a name must read as a person in a list's slot (`looks_like_person`); the paper must give
LEAST attendees or none is taken (a report's or an agenda's scattered names are not a list); names the rules read
(attendees, apologies, chair) are skipped. Apologies are not taken: their measured precision (about 0.6) is under
the gate.

Round 57, `more_attendees`: on minutes whose rules read SOME attendees, the model's further attendees are added when
it reads at least as many as the rules and MORE that the rules did not, counting only names under an attendance
word (`list_kind`) of a given-name shape (`given_shape`). A cheap count of unread name pairs in the opening decides
first whether the model runs at all (`unread_pairs`), so a paper the rules read whole never runs it.

Round 67: a name of a member shape ('Brook', 'A.B. Brook') led by a title ('Councillors Brook, Cole', 'Cllr A.B.
Brook'; `ingest.learned.members`) passes too, never when its surname is one a name already read ends in; in
`more_attendees` only when the rules read FEW attendees or fewer.
"""
from __future__ import annotations

import re

from ingest.model import PersonEntry
from ingest.names import person_key
from ingest.parse.people import looks_like_person
from ingest.parse.vocab import Vocabulary

LEAST = 3
MORE = 3
FEW = 3
# two capitalised words, not inside brackets (an organisation: '(Elmley Police)')
_PAIR = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]+|[A-Z]\.?)[ \t]+([A-Z][\w'’-]+)(?![\w'’-])(?![^(\n]*\))")
WARNING = ("The attendees were read by the statistical reader (a model trained on known papers), not from a known "
           "layout; {n} name(s) were taken: {names}. Check them against the paper.")


MORE_WARNING = ("The statistical reader (a model trained on known papers) added {n} attendee(s) the rules did not "
                "read: {names}. Check them against the paper.")


def given_shape(name: str) -> bool:
    """A name that opens with a given name or an initial and does not end in one after two words (a run of two
    names read as one: 'Ada Brook Ben')."""
    from ingest.parse.name_cut import is_given

    words = name.split()
    return len(words) >= 2 and is_given(words[0]) and not (len(words) >= 3 and is_given(words[-1]))


def unread_pairs(text: str, known: set[str], vocab: Vocabulary | None = None) -> int:
    """How many different name-shaped pairs ('Ada Brook', 'A. Brook') under an attendance word (`list_kind`) the
    opening holds outside the person keys `known`: under MORE, the model cannot add enough and is not run.
    With `vocab`, surnames a title leads ('Councillors Brook, Cole') count too, outside the surnames of `known`."""
    from ingest.learned.corpus import OPENING
    from ingest.learned.reader import list_kind

    opening = text[:OPENING]
    keys = {person_key(f"{m[1]} {m[2]}") for m in _PAIR.finditer(opening)
            if given_shape(f"{m[1]} {m[2]}") and list_kind(opening, m.start()) == "attendees"}
    unread = len(keys - known)
    if vocab is None or unread >= MORE:
        return unread
    from ingest.learned.members import surname, title_word, titled
    from ingest.parse.name_cut import is_given

    read = {surname(k) for k in known}
    members = {m[0].lower() for m in _CAPITAL.finditer(opening)
               if m[0].lower() not in read and not title_word(m[0]) and not is_given(m[0])
               and titled(opening, m.start()) and list_kind(opening, m.start()) == "attendees"
               and looks_like_person(f"Ada {m[0]}", vocab, in_slot=True)}
    return unread + len(members)


_CAPITAL = re.compile(r"(?<![\w'’.-])[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?![\w'’-])")


def member_name(name: str, opening: str, span: tuple[int, int], vocab: Vocabulary, read: set[str]) -> bool:
    """A name of a member shape a title leads ('Brook' in 'Councillors Brook, Cole'; 'A.B. Brook' in 'Cllr A.B.
    Brook'), whose surname reads as one and is none of the surnames `read`."""
    from ingest.learned.members import member_shape, surname, title_word, titled

    if not member_shape(name) or surname(name) in read:
        return False
    first = opening[span[0]:span[1]].split()
    led = bool(first) and title_word(first[0]) or titled(opening, span[0])
    return led and looks_like_person(f"Ada {name.split()[-1]}", vocab, in_slot=True)


def more_attendees(text: str, vocab: Vocabulary, rules: list[PersonEntry], known: set[str]) -> list[PersonEntry]:
    """The model's attendees beyond the `rules`' (outside the person keys `known`), when it reads at least as many
    as the rules and MORE besides; else []."""
    if unread_pairs(text, known, vocab if len(rules) <= FEW else None) < MORE:
        return []
    from ingest.learned.corpus import OPENING
    from ingest.learned.reader import list_kind, tagged

    from ingest.learned.members import surname

    opening = text[:OPENING]
    read = {surname(k) for k in known}
    few = len(rules) <= FEW
    model = [(name, span) for kind, name, span in tagged(text) if kind == "attendees"
             and list_kind(opening, span[0]) == "attendees"
             and (given_shape(name) and looks_like_person(name, vocab, in_slot=True)
                  or few and member_name(name, opening, span, vocab, read))]
    if len(model) < len(rules):
        return []
    out = _unread(model, known)
    return out if len(out) >= MORE else []


def learned_attendees(text: str, vocab: Vocabulary, known: set[str]) -> list[PersonEntry]:
    """The attendees the model reads in the opening of `text`, outside the person keys `known`; [] under LEAST."""
    from ingest.learned.corpus import OPENING
    from ingest.learned.members import surname
    from ingest.learned.reader import tagged  # spaCy and the model load only when the fallback runs

    opening = text[:OPENING]
    read = {surname(k) for k in known}
    out = _unread([(name, span) for kind, name, span in tagged(text)
                   if kind == "attendees" and (looks_like_person(name, vocab, in_slot=True)
                                               or member_name(name, opening, span, vocab, read))], known)
    return out if len(out) >= LEAST else []


def _unread(names: list[tuple[str, tuple[int, int]]], known: set[str]) -> list[PersonEntry]:
    """The (name, span) pairs as entries, in order, each person key once and none of the keys `known`."""
    out: list[PersonEntry] = []
    seen = set(known)
    for name, span in names:
        if (key := person_key(name)) not in seen:
            seen.add(key)
            out.append(PersonEntry(name, span=span))
    return out
