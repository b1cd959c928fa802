"""Title and date on council web pages of a fifth blind set of boards (issue 13, round 8).

Invented names and organisations: a body's lifetime in brackets after its name on the meeting line, and a
page whose publication boilerplate, 'Venue:' line and table header stand above the body's name and date.
"""
from __future__ import annotations

from parse_fixtures import parse

ITEMS = "\nNo. Item\n\n\nApologies for absence.\n\nApologies were received from Ada Brook.\n"


def test_a_bracketed_lifetime_after_the_body_name_is_not_its_date():
    for bracket in ("(12/11/2013- 30/04/2031)", "(1 April 2013 - 30 April 2031)", "(12/11/2013 - present)",
                    "(01.04.2013 – 31.03.2031)"):
        paper = parse(f"Agenda and minutes\n\nElmley Parenting Panel {bracket} - Tuesday 4 November 2031 3.30 p.m.\n\n"
                      "Venue: Elmley Town Hall, High Street\n\nContact: Ben Cole, Governance Adviser  Email:\n" + ITEMS)
        assert (paper.title, paper.date) == ("Elmley Parenting Panel", "2031-11-04"), bracket


def test_a_bracket_that_is_not_a_lifetime_stays_in_the_title():
    for bracket in ("(Children in Care)", "(2013 review)"):
        paper = parse(f"Elmley Parenting Panel {bracket} - Tuesday 4 November 2031 3.30 p.m.\n\n"
                      "Venue: Elmley Town Hall\n" + ITEMS)
        assert (paper.title, paper.date) == (f"Elmley Parenting Panel {bracket}", "2031-11-04"), bracket


BOILERPLATE = ("The Agenda for this meeting will be published 5 clear working days before the scheduled date of "
               "the meeting.\nNote: this does not apply to working groups, please contact the relevant officer for "
               "more information on these groups.\n")
TABLE = "No. | Item | ||||||||\n---|---|---|---|---|---|---|---|---|---|\n"


def test_the_body_and_date_below_boilerplate_a_venue_line_and_a_table_header():
    for host in ("Minutes: ELMLEY BOROUGH COUNCIL\n", ""):
        paper = parse(BOILERPLATE + "Venue: Elmley Borough Council Offices\n" + TABLE + host
                      + "Joint Community Safety Overview & Scrutiny Committee\n17 January 2031 AT 6.30 pm\n"
                      "Also in attendance: Councillor Ada Brook; Inspector Ben Cole.\n1 Welcome and introductions\n"
                      "The Chairman welcomed everyone.\n")
        assert paper.title == "Joint Community Safety Overview & Scrutiny Committee", host
        assert paper.date == "2031-01-17", host
        assert paper.location == "Elmley Borough Council Offices", host


def test_a_venue_line_under_the_heading_still_ends_the_top_of_the_page():
    paper = parse("Agenda and minutes\n\nVenue: the Council Chamber, Elmley Civic Centre\n\n"
                  "Contact: Ben Cole  020 8313 4602\n\nItems\nNo. Item\n\n71.\n\nCONFIRMATION OF CHAIRMAN\n\n"
                  "Councillor Ada Brook was confirmed as the Chairman.\n")
    assert paper.title is None


def test_a_meeting_sequence_number_is_not_the_title():
    for line in ("Meeting No. 17", "Meeting No 4", "MEETING NUMBER 12"):
        paper = parse(f"{line}\n\nDate: Thursday 12th October 2031 Venue: Elmley Hall Time: 4.15pm\n\n"
                      "Present: Ada Brook (Chair), Ben Cole, Cy Dee\n\n1. Preliminaries\n\nThe Chair welcomed everyone.\n")
        assert paper.title is None and paper.date == "2031-10-12", line
    paper = parse("Elmley Board Meeting No. 17\n\nDate: Thursday 12th October 2031\n\n1. Welcome\n\nAll were welcomed.\n")
    assert paper.title is not None and paper.title.startswith("Elmley Board")
