"""Apologies sentences naming the meeting before their verb (issue 13, round 60).

Invented names and bodies. 'Apologies for absence from this meeting were received from X, Y and Z' (and 'for the
meeting', 'for today's meeting') is the same sentence as 'Apologies for absence were received from ...': the
phrase naming the meeting stood between the apologies and the verb, and the sentence was read as prose.
"""
from __future__ import annotations

import pytest

from parse_fixtures import keys, parse
from ingest.names import person_key

_HEAD = ("Elmley Council\nMinutes of the meeting held on 27 July 2031\n\nPresent: Ada Brook, Ben Cole, Cara Dunn, "
         "Dan Eyre\n\n2. APOLOGIES FOR ABSENCE\n\n")
_TAIL = "\n\n3. MINUTES\n\nThe minutes were agreed.\n"


@pytest.mark.parametrize("sentence", [
    "Apologies for absence from this meeting were received from Councillors Fox, Gale and Hay.",
    "Apologies for the meeting were received from Councillors Fox, Gale and Hay.",
    "Apologies for absence for today's meeting were received from Councillors Fox, Gale and Hay.",
])
def test_apologies_naming_the_meeting_before_the_verb(sentence):
    paper = parse(f"{_HEAD}{sentence}{_TAIL}")
    assert keys(paper.apologies) == [person_key(f"Councillor {n}") for n in ("Fox", "Gale", "Hay")]
    assert not {person_key(f"Councillor {n}") for n in ("Fox", "Gale", "Hay")} & set(keys(paper.attendees))
