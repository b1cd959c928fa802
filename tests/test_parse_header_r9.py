"""Header dates and titles on layouts of a sixth blind set of boards (issue 13, round 9).

Invented names and organisations. Each test is one layout family and its near-misses.
"""
from __future__ import annotations

import pytest

from parse_fixtures import parse

ITEM_PAGE = ("Chairman's notices Minutes: The Chairman drew attention to the notices. |\n"
             "Apologies for Absence Minutes: There were none. |\n{line}\n"
             "Minute 12 – Budget Councillor Ada Brook commented on the budget. |\n")


@pytest.mark.parametrize("line", [
    "Minutes of the last meeting To confirm the Minutes of the special meeting of the Committee held on 18 November "
    "2015, (copy enclosed).",
    "(i) that the Minutes of the meeting of the Committee held on 18 November 2015 be received.",
    "To approve the minutes of the extraordinary meeting of the Elmley Panel held on 18 November 2015.",
    "The Committee agreed the Minutes of the Board held on 18 November 2015 as a true record.",
])
def test_the_date_of_minutes_being_confirmed_is_not_this_meetings(line):
    paper = parse(ITEM_PAGE.format(line=line))
    assert paper.date is None, line
    assert paper.title is None, line


def test_a_minutes_heading_with_its_own_date_still_gives_it():
    paper = parse("Minutes of the Special Meeting of the Elmley Panel held on 18 November 2015\n\n"
                  "Present: Ada Brook, Ben Cole\n\n1. Apologies\n\nNone.\n")
    assert paper.date == "2015-11-18"


@pytest.mark.parametrize("heading,title", [
    ("Elmley Corporate Parenting Board Minutes", "Elmley Corporate Parenting Board"),
    ("Elmley Scrutiny Committee Agenda", "Elmley Scrutiny Committee"),
    ("Elmley Children's Partnership Notes", "Elmley Children's Partnership"),
])
def test_the_papers_kind_after_the_bodys_name_is_not_part_of_the_title(heading, title):
    paper = parse(f"{heading}\n\nThursday 26 April 2012\n\nPresent: Ada Brook, Ben Cole\n\n1. Apologies\n\nNone.\n")
    assert paper.title == title


def test_meeting_minutes_keep_meeting_but_not_the_kind_word():
    paper = parse("Elmley LSCB Meeting Minutes\n\nThursday 26 April 2012\n\nPresent: Ada Brook, Ben Cole\n\n"
                  "1. Apologies\n\nNone.\n")
    assert paper.title == "Elmley LSCB Meeting"  # round 30: the trailing paper kind is dropped, 'Meeting' stays
