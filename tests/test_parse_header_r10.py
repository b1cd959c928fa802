"""Titles on layouts of a seventh blind set of boards (issue 13, round 10).

Invented names and organisations: an agenda-section heading under the body's name, and a page that starts
straight into an attendance table with no heading at all.
"""
from __future__ import annotations

from parse_fixtures import parse

ITEMS = "\n1. Minutes\n\nThe minutes were agreed.\n"


def test_an_agenda_section_heading_is_not_the_title():
    for section in ("Standard Items", "Preliminary Matters", "Procedural Business", "Routine Items", "General Business"):
        paper = parse(f"Elmley Children's Thematic Board\n4 Feb 2016 - 10:00 to 13:00\n{section}\n" + ITEMS)
        assert paper.title == "Elmley Children's Thematic Board", section


def test_a_section_heading_word_inside_a_real_title_keeps_it():
    for heading in ("Elmley Standards Committee", "Elmley General Purposes Committee"):
        paper = parse(f"{heading}\n4 Feb 2016\n" + ITEMS)
        assert paper.title == heading, heading


def test_a_name_and_role_row_is_not_the_title():
    for row in ("Ada Brook / Elmley Safeguarding Children Board Manager", "Ada Brook / Independent Chair, Elmley Board",
                "Dr Ada Brook / Elmley Partnership Board Lead"):
        paper = parse("Ben Cole / Head of Service, Elmley Council\n" + row + "\n" + ITEMS)
        assert paper.title is None, row


def test_a_slash_in_a_heading_that_names_no_person_stays_a_title():
    paper = parse("Elmley Children / Young People Board\n4 Feb 2016\n" + ITEMS)
    assert paper.title == "Elmley Children / Young People Board"


def test_a_run_of_dates_is_a_register_header_not_the_meeting_date():
    for run in ("Meeting Attendance Initials Agency 2.4.15 4.6.15 6.8.15 1.10.15 3.12.15",
                "Name Organisation 12 January 2031 | 9 March 2031 | 11 May 2031",
                "Meeting dates: 12/01/2031, 09/03/2031, 11/05/2031"):
        paper = parse(run + "\nAB Elmley Council Y Y A\nCD Elmley Trust Y A Y\n" + ITEMS)
        assert paper.date is None, run


def test_one_or_two_dates_on_a_line_still_date_the_meeting():
    for line in ("Elmley Board 12 January 2031", "Elmley Board meeting 12/01/2031 (rescheduled from 05/01/2031)"):
        paper = parse(line + "\n" + ITEMS)
        assert paper.date == "2031-01-12", line
