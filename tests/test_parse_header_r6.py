"""Date and title on layouts of a fourth blind set of boards (issue 13, round 6).

Invented names and organisations: a committee page whose only date is the previous meeting's, in an
item that approves that meeting's minutes, and its near-miss (the paper's own 'Minutes of ... held on').
"""
from __future__ import annotations

from parse_fixtures import parse

PAGE = ("Apologies for Absence To note any apologies for absence from Members. Minutes: Apologies were "
        "received from Cllr Ada Brook. |\n{}\n"
        "Budget Report To consider the report. Minutes: The committee noted the report. |\n")


def test_the_previous_meetings_date_is_never_the_papers_date():
    for row in ("Minutes of Previous Meeting To approve as a correct record the minutes of the previous meeting "
                "held on 3 June 2031. Minutes: RESOLVED:",
                "Confirm the notes of the last meeting held on 3 June 2031 as accurate.",
                "That the minutes of the meeting held on 3 June 2031 be agreed as a correct record. |"):
        assert parse(PAGE.format(row)).date is None, row


def test_the_papers_own_minutes_heading_still_dates_it():
    paper = parse("Minutes of the Elmley Board meeting held on 3 June 2031\n\nPresent: Ada Brook, Ben Cole\n\n"
                  "1. Welcome\nThe chair welcomed everyone.\n")
    assert paper.date == "2031-06-03"


def test_a_table_row_ending_in_a_cell_mark_is_no_title():
    paper = parse(PAGE.format("That the minutes of the meeting held on 3 June 2031 be agreed as a correct record |"))
    assert paper.title is None


def test_a_plain_heading_is_still_the_title():
    paper = parse("Elmley Children's Committee\n\n3 June 2031\n\nPresent: Ada Brook, Ben Cole\n\n1. Welcome\n")
    assert paper.title == "Elmley Children's Committee"
