"""Attendance as UK and Irish boards write it, in invented layouts (issue 13, round 54).

Invented names and bodies. A plural title covers the untitled names after it ('Councillor Ada Brook (Chair),
Councillors Ben Cole, Cara Dunn and Dan Eyre'; 'Bailies Ben Cole and Cara Dunn'); a bracket then a name opening with
a given name is two people ('Ada Brook (Chair), Ben Cole'), an organisation after the bracket stays one entry;
'Substitutes:' with its colon lists members present in another's place, never apologies; a two-column list
flattened with a bracket after a name ('Ada Brook (Chair)        Ben Cole') is a row of people.
"""
from __future__ import annotations

import pytest

from parse_fixtures import keys, parse

_HEAD = "Elmley Borough Council\nMinutes of the Planning Committee held on 3 March 2031\n\n"
_ITEMS = "\n\n1. Declarations of interest\n\nNone were declared.\n\n2. Minutes\n\nThe minutes were agreed.\n"
_FOUR = ["ada brook", "ben cole", "cara dunn", "dan eyre"]


def _read(body: str):
    return parse(f"{_HEAD}{body}{_ITEMS}")


@pytest.mark.parametrize("body", [
    "Present: Councillor Ada Brook (Chair), Councillors Ben Cole, Cara Dunn and Dan Eyre",
    "Present: Councillor Ada Brook (in the Chair), Councillors Ben Cole, Cara Dunn, Dan Eyre",
    "Sederunt: Councillor Ada Brook (Convener), Councillors Ben Cole, Cara Dunn and Dan Eyre",
    "Present: Cllr Ada Brook (Chairman), Cllrs Ben Cole, Cara Dunn and Dan Eyre",
    "Present: The Mayor (Councillor Ada Brook), Councillors Ben Cole, Cara Dunn and Dan Eyre",
    "Present: Provost Ada Brook; Bailies Ben Cole and Cara Dunn; Councillor Dan Eyre",
])
def test_a_plural_title_covers_the_names_after_it(body):
    assert keys(_read(body).attendees) == _FOUR


@pytest.mark.parametrize("body, want", [
    ("Present: Ada Brook (Chair), Ben Cole", ["ada brook", "ben cole"]),
    ("Present: Dr A Brook (Chair), Mr B Cole", ["a brook", "b cole"]),
    ("Present: Ada Brook (Chair), Ben Cole\nApologies: Cara Dunn (Elmley Council), Dan Eyre (Elmley Police)",
     ["ada brook", "ben cole"]),
])
def test_a_bracket_then_a_given_name_is_two_people(body, want):
    assert keys(_read(body).attendees) == want


@pytest.mark.parametrize("second", ["Elmley Hospice", "Age Concern", "Head of Service"])
def test_an_organisation_or_role_after_the_bracket_stays_one_entry(second):
    paper = _read(f"Present: Ada Brook (Chair), {second}")
    assert keys(paper.attendees) == ["ada brook"]


@pytest.mark.parametrize("body, attendees, apologies", [
    ("Present: Ada Brook, Ben Cole\nApologies: Cara Dunn\nSubstitute: Eve Ford",
     ["ada brook", "ben cole", "eve ford"], ["cara dunn"]),
    ("Present: Ada Brook, Ben Cole\nApologies: Councillor Eve Ford\nSubstitutes: Councillor Gus Hale (for Councillor Eve Ford)",
     ["ada brook", "ben cole", "gus hale"], ["eve ford"]),
    ("Present: Ada Brook, Ben Cole\nApologies: Cara Dunn\nSubstitute Members: Councillors Eve Ford and Gus Hale",
     ["ada brook", "ben cole", "eve ford", "gus hale"], ["cara dunn"]),
])
def test_substitutes_are_present_never_apologies(body, attendees, apologies):
    paper = _read(body)
    assert keys(paper.attendees) == attendees
    assert keys(paper.apologies) == apologies


def test_substitutes_in_a_sentence_are_no_label():
    paper = _read("Present: Ada Brook, Ben Cole\n\n1. Apologies and substitutes\n\nSubstitutes were noted.")
    assert keys(paper.attendees) == ["ada brook", "ben cole"]


@pytest.mark.parametrize("rows", [
    "Ada Brook (Chair)        Ben Cole\nCara Dunn                Dan Eyre",
    "Ada Brook (Chair)\tBen Cole\nCara Dunn\tDan Eyre",
])
def test_two_columns_flattened_with_a_bracket(rows):
    assert sorted(keys(_read(f"Present:\n{rows}").attendees)) == _FOUR


def test_an_organisation_column_beside_a_bracket_stays_the_organisation():
    paper = _read("Present:\nAda Brook (Chair)        Elmley Hospice\nCara Dunn                Elmley Trust")
    assert keys(paper.attendees) == ["ada brook", "cara dunn"]
