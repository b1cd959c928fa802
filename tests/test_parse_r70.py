"""A committee's minute reference before the apologies heading, and a councillor's time in brackets (issue 13,
round 70).

Invented names and bodies. Council and committee minutes number their minutes with a reference ('SC29/16',
'C/44/15', 'NEL.21', '01/0917'), not '2.': the apologies heading after one is the apologies as '2. Apologies' is.
'Councillors Cole, Dunn (7.03pm), Eyre': the time a councillor came in is no organisation; the surname is read.
"""
from __future__ import annotations

import pytest

from parse_fixtures import keys, parse
from ingest.names import person_key

_HEAD = ("ELMLEY DISTRICT COUNCIL\n\nMinutes of the Special Meeting of Elmley District Council held on 17 November "
         "2031\n\nMembers Present: Councillor Brook, Chair\n\nCouncillors Cole, Dunn (7.03pm), Eyre, Fox (arrived "
         "7.15 pm) and Gale\n\nThe meeting commenced at 7 pm.\n\n")
_TAIL = "\n\nCouncillors Hay, Ince, T Jones and J King\n\nSC30/16 Declarations of Interest\n\nNone were declared.\n"


@pytest.mark.parametrize("reference", ["SC29/16", "C/44/15", "NEL.21", "01/0917", "A2."])
def test_a_minute_reference_before_the_apologies_heading(reference):
    paper = parse(f"{_HEAD}{reference} Apologies{_TAIL}")
    assert keys(paper.apologies) == [person_key(n) for n in
                                     ("Councillor Hay", "Councillor Ince", "T Jones", "J King")]


def test_a_time_in_brackets_after_a_councillors_surname():
    paper = parse(f"{_HEAD}SC29/16 Apologies{_TAIL}")
    assert keys(paper.attendees) == [person_key(f"Councillor {n}") for n in ("Brook", "Cole", "Dunn", "Eyre", "Fox",
                                                                             "Gale")]
