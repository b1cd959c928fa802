"""The chair named by a statement of who chairs the body ('Ada Brook is the Chair of the Board'), issue 13,
round 9. Invented names and organisations; each test a layout or a near-miss.
"""
from __future__ import annotations

import pytest

from parse_fixtures import chair, parse

PAGE = ("Agenda and minutes\n\nElmley Corporate Parenting Board - Monday 17 June 2029 2.00 pm\n\n"
        "Items\nNo. Item\n\n1.\n\nChair of the Board\n\n{notice}\n\nMinutes:\n\n{minute}\n\n"
        "2.\n\nDeclarations of Interest\n\nThere were none.\n")


@pytest.mark.parametrize("notice,minute", [
    ("To note that County Councillor Ada Brook is the Chair of the Board for the municipal year.",
     "The Board noted that County Councillor Ada Brook is the Chair of the Board for the municipal year."),
    ("To note that Councillor Ada Brook is the Chair of the Board.",
     "The Board noted that Councillor Adaline Brook is the Chair of the Board."),
    ("To note the membership of the Board.", "It was noted that Ada Brook is the new Chair of the Board."),
    ("To note the membership of the Board.", "The Board noted that Ada Brook is the Chairman."),
])
def test_a_statement_that_a_person_is_this_bodys_chair(notice, minute):
    assert chair(parse(PAGE.format(notice=notice, minute=minute))) == "ada brook"


@pytest.mark.parametrize("minute", [
    "The Board noted that Ada Brook is the Vice-Chair of the Board.",
    "The Board noted that Ada Brook is the Chair of the Oakham Health Partnership.",
    "The Board noted that Ada Brook is the chair of a working group on housing.",
    "The Board noted that Ada Brook is the Chair of the Board and that Ben Brook is the Chair of the Board.",
])
def test_no_chair_from_another_office_or_another_body_or_two_people(minute):
    assert chair(parse(PAGE.format(notice="To note the membership of the Board.", minute=minute))) is None


ITEM = ("Agenda item\n\nThe Committee will receive an update on the work of the Elmley Safeguarding Partnership.\n\n"
        "Contributors:\n\nCllr Ben Cole, Cabinet Member for Children's Services\n\n{row}\n\n"
        "Minutes:\n\nThe Chairman welcomed {welcome} to the meeting.\n")


@pytest.mark.parametrize("row,welcome", [
    ("Ada Brook, Independent Chair of Elmley Safeguarding Children's Board", "Ada Brook"),
    ("Ada Brook, Chair of the Elmley Safeguarding Adults Board", "Ada Brook, Chair of the Elmley Safeguarding Adults Board,"),
    ("Ada Brook, Independent Chair, Elmley Safeguarding Partnership", "Ada Brook"),
])
def test_a_page_with_no_name_of_its_own_takes_no_chair_of_a_body_named_in_full(row, welcome):
    assert chair(parse(ITEM.format(row=row, welcome=welcome))) is None


def test_a_page_named_by_its_body_still_takes_that_bodys_chair_from_a_list():
    page = ("Elmley Safeguarding Children's Board\n\n14 March 2029\n\nPresent:\n"
            "Ada Brook, Independent Chair of Elmley Safeguarding Children's Board\nBen Cole, Elmley Council\n\n"
            "1. Welcome\n\nText.\n")
    assert chair(parse(page)) == "ada brook"


def test_an_unnamed_page_takes_a_named_bodys_chair_only_when_listed_present():
    page = ("Agenda item\n\nThe Committee will receive an update.\n\nPresent:\n\n"
            "Ada Brook, Independent Chair of Elmley Safeguarding Children's Board\n\nBen Cole, Elmley Council\n\n"
            "Minutes:\n\nThe report was noted.\n")
    assert chair(parse(page)) == "ada brook"
