"""Header layouts: labelled fields, title lines, dates in any written form, kind."""
from __future__ import annotations

from ingest.model import KINDS

from datetime import date

import pytest

from ingest.parse.dates import find_dates
from parse_fixtures import parse


@pytest.mark.parametrize("written, iso, precision", [
    ("31st October 2007", "2007-10-31", "day"),
    ("21 January 2010", "2010-01-21", "day"),
    ("Wednesday 4th June 2014", "2014-06-04", "day"),
    ("March 18th, 2010", "2010-03-18", "day"),
    ("April 2010", "2010-04-01", "month"),
    ("21/01/2010", "2010-01-21", "day"),
])
def test_dates_in_any_written_form(written, iso, precision):
    found = find_dates(f"held on {written} at noon")
    assert len(found) == 1
    assert found[0].resolve().isoformat() == iso
    assert found[0].precision == precision


def test_a_date_without_year_rolls_past_the_reference():
    (feb,) = find_dates("Wednesday February 20th")
    (oct_,) = find_dates("Wednesday October 29th")
    assert feb.resolve(date(2007, 10, 31)) == date(2008, 2, 20)
    assert oct_.resolve(date(2007, 10, 31)) == date(2008, 10, 29)
    assert oct_.resolve(date(2007, 9, 12)) == date(2007, 10, 29)


def test_labelled_header_values_on_the_next_line():
    text = ("\tMeeting Title:\n\tElmley Board Chairs Meeting\n\n\tDate:\n\t21 January 2010\n\n"
            "\tTime:\n\t2.30 – 5.00 pm \n\n\tLocation:\n\tCivic Hall\n\n"
            "\tChaired by:\n\tAda Brook (Oakham) – standing in for Carl Dunn\n\n"
            "\tAttendees:\n\tEve Frost (Ashby)\n\n1. Welcome\n")
    paper = parse(text)
    assert (paper.title, paper.body, paper.date, paper.time, paper.location) == (
        "Elmley Board Chairs Meeting", "Elmley Board Chairs", "2010-01-21", "2.30 – 5.00 pm", "Civic Hall")
    assert (paper.chair.name, paper.chair.org) == ("Ada Brook", "Oakham")
    assert paper.kind == "minutes"
    s, e = paper.spans["date"]
    assert text[s:e] == "21 January 2010"


def test_chair_org_comes_from_the_attendee_line():
    paper = parse("Chair: Ada Brook, Independent Chair\nPresent:\nAda Brook – Elmley LSCB\n\n1. Welcome\n")
    assert (paper.chair.name, paper.chair.org) == ("Ada Brook", "Elmley LSCB")


def test_unlabelled_update_title_body_and_month_date():
    paper = parse("Elmley Safeguarding Children Board  \n\nApril 2010\nUpdate\n1.\nFirst section\n\n1.1\nText.\n")
    assert paper.title == "Elmley Safeguarding Children Board Update"
    assert paper.body == "Elmley Safeguarding Children Board"
    assert (paper.date, paper.date_precision) == ("2010-04-01", "month")
    assert paper.kind == "update"


def test_body_dash_date_first_line_and_report_heading():
    paper = parse("ELMLEY CHILD PROTECTION COMMITTEE – 6 October 2004\n\nREPORT ON PROGRESS OF THE WORKPLAN\n\n1. A plan was agreed.\n")
    assert paper.body == "ELMLEY CHILD PROTECTION COMMITTEE"
    assert paper.title == "REPORT ON PROGRESS OF THE WORKPLAN"
    assert paper.date == "2004-10-06"
    assert paper.kind == "workplan"


def test_minutes_of_the_meeting_line_gives_date_time_and_location():
    paper = parse("ELMLEY AREA COMMITTEE\n\nMINUTES OF THE MEETING HELD ON FRIDAY 9TH MAY 2003 AT 10.00 A.M.\n"
                  "IN THE COUNCIL CHAMBER, ELMLEY TOWN HALL\n\nPRESENT:    Mrs Ada Brook - Social Services\n\n1.  MINUTES\n")
    assert (paper.title, paper.date, paper.time) == ("ELMLEY AREA COMMITTEE MEETING", "2003-05-09", "10.00 A.M.")
    assert paper.location == "COUNCIL CHAMBER, ELMLEY TOWN HALL"


def test_heading_with_kind_suffix_joins_the_issuer():
    paper = parse("Elmley Partnership\n\nExecutive Group – Minutes\n\nDate: Tuesday 11 February 2014\n\n1. Welcome\n")
    assert paper.title == "Elmley Partnership Executive Group"
    assert paper.date == "2014-02-11"


def test_status_as_at_date_is_the_papers_date():
    paper = parse("ELMLEY BOARD\nAction Log – Board meeting of 18 January 2012\nStatus as at 24 April 2012.\n\n1. Minutes\n")
    assert paper.date == "2012-04-24"
    assert paper.title == "Action Log – Board meeting of 18 January 2012"
    assert paper.kind == "other"


def test_messy_text_never_crashes():
    junk = "\x00\x07\t| | |\n(((\n– – –\n1)\n2.1)\nACTION:\nACTIONS: X to:\na)\n" + "é" * 50 + "\n[image: x.emf]"
    paper = parse(junk)
    assert paper.kind in KINDS


def test_minutes_of_meeting_held_on_one_line():
    paper = parse("Minutes of the Elmley Sub-Group meeting held on Tuesday 3rd March 2015 at Elmley Town Hall\n\n"
                  "Present: Ada Brook (Elmley Council)\n\n1. Welcome\n")
    assert (paper.title, paper.body, paper.date, paper.location) == (
        "Elmley Sub-Group Meeting", "Elmley Sub-Group", "2015-03-03", "Elmley Town Hall")


def test_title_is_the_line_above_minutes_of_the_meeting_held_on():
    paper = parse("Elmley Board Meeting\nMinutes of the meeting held on Monday 5 November 2007, 2 – 4pm\n"
                  "Venue: Committee Room 2\n\nChair: Ada Brook (Elmley)\nPresent: Ada Brook (Elmley), Ben Cole (Oakham)\n\n"
                  "1) Welcome\n")
    assert (paper.title, paper.body, paper.date) == ("Elmley Board Meeting", "Elmley Board", "2007-11-05")
    assert [m.name for m in paper.mentions if m.label == "ORG"] == ["Elmley Board"]  # the issuer, not its meeting
    paper = parse("Elmley Datasets Working Group\nMinutes of the meeting held on 19 November 2012\n\n"
                  "Present: Ada Brook (Elmley)\n\n1. Welcome\n")
    assert paper.title == "Elmley Datasets Working Group"
