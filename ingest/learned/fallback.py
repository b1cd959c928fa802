"""The learned reader as the attendance's last fallback (round 56): on a minutes paper whose rules read no
attendee, the names the model marks in the opening as a list's attendees.

Guards (cross-validation by set, docs/extraction.md round 56): the list word before a name decides its list
(`reader.list_kind`); a name must read as a person in a list's slot (`looks_like_person`); the paper must give
LEAST attendees or none is taken (a report's or an agenda's scattered names are not a list); names the rules read
(attendees, apologies, chair) are skipped. Apologies are not taken: their measured precision (about 0.6) is under
the gate.
"""
from __future__ import annotations

from ingest.model import PersonEntry
from ingest.names import person_key
from ingest.parse.people import looks_like_person
from ingest.parse.vocab import Vocabulary

LEAST = 3
WARNING = ("The attendees were read by the statistical reader (a model trained on known papers), not from a known "
           "layout; {n} name(s) were taken: {names}. Check them against the paper.")


def learned_attendees(text: str, vocab: Vocabulary, known: set[str]) -> list[PersonEntry]:
    """The attendees the model reads in the opening of `text`, outside the person keys `known`; [] under LEAST."""
    from ingest.learned.reader import tagged  # spaCy and the model load only when the fallback runs

    out: list[PersonEntry] = []
    seen = set(known)
    for kind, name, span in tagged(text):
        key = person_key(name)
        if kind != "attendees" or key in seen or not looks_like_person(name, vocab, in_slot=True):
            continue
        seen.add(key)
        out.append(PersonEntry(name, span=span))
    return out if len(out) >= LEAST else []
