"""The committed learned attendance reader (round 56): loaded lazily once per process from ingest/data, offline,
and run on a paper's opening only. `CALLS` counts the runs, so a test or a benchmark can check it never ran."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ingest.learned.corpus import OPENING
from ingest.learned.train import MODEL_DIR
from ingest.names import clean_text, strip_titles

CALLS = 0
KINDS = {"ATTENDEE": "attendees", "APOLOGY": "apologies"}
_EDGE = " \t\n.,;:()[]*•·-–—|/"
# the last list word before a name says which list it stands in: the model tells a list's names well and their
# list less well (cross-validation: half its false attendees were gold apologies), so the text's word decides
_AWAY = (r"apolog\w*", r"absent", r"absence", r"not\s+present", r"not\s+in\s+attendance", r"did\s+not\s+attend",
         r"unable\s+to\s+attend")
_HERE = (r"present", r"attendees", r"attendance", r"attending", r"attended")


def list_words(more_away: tuple[str, ...] = ()) -> re.Pattern[str]:
    """The list words, as 'away' (apologies, absence) or 'here' (present, attendance) groups; `more_away`: further
    absence words one reader takes ('regrets': learned/apologies.py) without changing the others'."""
    away = "|".join((_AWAY[0], *more_away, *_AWAY[1:]))
    return re.compile(rf"(?i)(?<![\w-])(?:(?P<away>{away})|(?P<here>{'|'.join(_HERE)}))(?![\w-])")


_LIST_WORD = list_words()


@lru_cache(maxsize=4)
def load(path: Path = MODEL_DIR):
    import spacy

    return spacy.load(path)


def span_name(text: str) -> str:
    """A tagged span as a name: white space folded, edge marks and titles taken off ('Cllr  Ada\\nBrook,')."""
    name = re.sub(r"\s+", " ", clean_text(text)).strip(_EDGE)
    return strip_titles(name).strip(_EDGE)


def list_kind(text: str, at: int) -> str | None:
    """'attendees' or 'apologies' by the last list word before `at` ('Present', 'Apologies', 'Absent'); None."""
    last = None
    for m in _LIST_WORD.finditer(text, 0, at):
        last = m
    if last is None:
        return None
    return "apologies" if last.group("away") else "attendees"


def tagged(text: str, nlp=None, relabel: bool = True) -> list[tuple[str, str, tuple[int, int]]]:
    """(kind, name, span) of each name the model marks in the opening of `text`, in order; `relabel`: the list
    word before a name decides its kind (`list_kind`), the model's label only where there is none."""
    global CALLS
    CALLS += 1
    opening = text[:OPENING]
    doc = (nlp or load())(opening)
    out = []
    for ent in doc.ents:
        name = span_name(ent.text)
        if name and ent.label_ in KINDS:
            kind = (list_kind(opening, ent.start_char) if relabel else None) or KINDS[ent.label_]
            out.append((kind, name, (ent.start_char, ent.end_char)))
    return out
