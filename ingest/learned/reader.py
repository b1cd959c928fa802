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


@lru_cache(maxsize=4)
def load(path: Path = MODEL_DIR):
    import spacy

    return spacy.load(path)


def span_name(text: str) -> str:
    """A tagged span as a name: white space folded, edge marks and titles taken off ('Cllr  Ada\\nBrook,')."""
    name = re.sub(r"\s+", " ", clean_text(text)).strip(_EDGE)
    return strip_titles(name).strip(_EDGE)


def tagged(text: str, nlp=None) -> list[tuple[str, str, tuple[int, int]]]:
    """(kind, name, span) of each name the model marks in the opening of `text`, in order."""
    global CALLS
    CALLS += 1
    doc = (nlp or load())(text[:OPENING])
    out = []
    for ent in doc.ents:
        name = span_name(ent.text)
        if name and ent.label_ in KINDS:
            out.append((KINDS[ent.label_], name, (ent.start_char, ent.end_char)))
    return out
