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
"""
from __future__ import annotations

import re

from ingest.model import PersonEntry
from ingest.names import person_key
from ingest.parse.people import looks_like_person
from ingest.parse.vocab import Vocabulary

LEAST = 3
MORE = 3
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


def unread_pairs(text: str, known: set[str]) -> int:
    """How many different name-shaped pairs ('Ada Brook', 'A. Brook') under an attendance word (`list_kind`) the
    opening holds outside the person keys `known`: under MORE, the model cannot add enough and is not run."""
    from ingest.learned.corpus import OPENING
    from ingest.learned.reader import list_kind

    opening = text[:OPENING]
    keys = {person_key(f"{m[1]} {m[2]}") for m in _PAIR.finditer(opening)
            if given_shape(f"{m[1]} {m[2]}") and list_kind(opening, m.start()) == "attendees"}
    return len(keys - known)


def more_attendees(text: str, vocab: Vocabulary, rules: list[PersonEntry], known: set[str]) -> list[PersonEntry]:
    """The model's attendees beyond the `rules`' (outside the person keys `known`), when it reads at least as many
    as the rules and MORE besides; else []."""
    if unread_pairs(text, known) < MORE:
        return []
    from ingest.learned.corpus import OPENING
    from ingest.learned.reader import list_kind, tagged

    opening = text[:OPENING]
    model = [(name, span) for kind, name, span in tagged(text) if kind == "attendees"
             and list_kind(opening, span[0]) == "attendees" and given_shape(name)
             and looks_like_person(name, vocab, in_slot=True)]
    if len(model) < len(rules):
        return []
    out = _unread(model, known)
    return out if len(out) >= MORE else []


def learned_attendees(text: str, vocab: Vocabulary, known: set[str]) -> list[PersonEntry]:
    """The attendees the model reads in the opening of `text`, outside the person keys `known`; [] under LEAST."""
    from ingest.learned.reader import tagged  # spaCy and the model load only when the fallback runs

    out = _unread([(name, span) for kind, name, span in tagged(text)
                   if kind == "attendees" and looks_like_person(name, vocab, in_slot=True)], known)
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
