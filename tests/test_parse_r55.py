"""Actions and dates as boards write them, tried on invented layouts (issue 13, round 55).

Invented names and bodies. Under an 'Actions' heading an entry may open with its owners and a spaced dash ('AB –
circulate the plan'), as it may with a colon; an action whose owner stands after a spaced dash may carry a due date
after a second dash ('Action: Circulate the plan – AB – June 2021'). A date may be written with dashes ('5-May-2021')
or in the legal form ('the 5th day of May 2021'). Guard: a dash entry whose opening words name nobody the paper
lists is not read as owned.
"""
from __future__ import annotations

import pytest

from parse_fixtures import parse

_HEAD = ("Elmley Safeguarding Adults Board\nMinutes of the meeting held on 3 May 2031\n\n"
         "Present: Ada Brook (AB) (Chair), Ben Cole (BC), Cara Dunn (CD)\n\n1. Apologies\n\nNone.\n\n"
         "2. Training\n\nThe plan was noted.\n\n")


def _actions(text: str) -> list[tuple[str, list[str]]]:
    return [(a.text, a.owners) for a in parse(_HEAD + text).actions]


@pytest.mark.parametrize("entries", [
    "AB – circulate the training plan\nBC – update the risk register\n",
    "AB - Circulate the training plan\nBC - Update the risk register\n",
    "Ada Brook – circulate the training plan\nBen Cole – update the risk register\n",
])
def test_owner_dash_entries_under_an_actions_heading(entries):
    got = _actions("ACTIONS\n" + entries)
    assert [o for _, o in got] == [["Ada Brook"], ["Ben Cole"]]
    assert [t.lower() for t, _ in got] == ["circulate the training plan", "update the risk register"]


def test_a_dash_entry_opened_by_no_listed_person_is_not_owned():
    got = _actions("ACTIONS\nFinance – circulate the budget report\n")
    assert all(not o for _, o in got)


@pytest.mark.parametrize("line", [
    "Action: Circulate the plan to members – AB – June 2031",
    "Action Point 1: Circulate the plan to members – AB – June 2031",
    "Action: Circulate the plan to members – Ada Brook – 30/06/2031",
])
def test_an_owner_dash_before_a_due_date(line):
    assert _actions(line + "\n") == [("Circulate the plan to members", ["Ada Brook"])]


_BODY = "\n\nPresent: Ada Brook (Chair), Ben Cole, Cara Dunn\n\n1. Apologies\n\nNone.\n\n2. Minutes\n\nAgreed.\n"


@pytest.mark.parametrize("opening", [
    "Minutes of the meeting held on 5-May-2031",
    "Minutes of the meeting held on the 5th day of May 2031",
    "Minutes of the meeting held on 5th-May-2031 at 7pm",
])
def test_dashed_and_legal_dates(opening):
    paper = parse("Elmley Parish Council\n" + opening + _BODY)
    assert paper.date == "2031-05-05"
    assert paper.title == "Elmley Parish Council"

