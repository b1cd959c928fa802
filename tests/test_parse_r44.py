"""Dates on boards never seen (issue 13, round 44).

Invented bodies and names. A PDF's text runs lose the space between them, so a weekday, a day, a month and a year
come glued ('19:30THURSDAY22 SEPTEMBER 2031', '25th August2031'); and a paper whose heading is run on into its first
item or line still dates itself in the frame that records the meeting ('Minutes of a Public meeting of the Elmley
Trust Board held on Wednesday 26 November 2031'), which a previous meeting's frame never gives.
"""
from __future__ import annotations

from parse_fixtures import parse

from ingest.parse.dates import find_dates

_BODY = "\n\nPresent: Ada Brook (Chair), Ben Cole, Cara Dunn.\n\n1. Apologies\n\nNone were received.\n"


def _read(text: str) -> list[tuple]:
    return [(d.year, d.month, d.day, d.weekday) for d in find_dates(text)]


def test_glued_weekday_day_month_and_year_read_as_one_date():
    assert _read("COMMITTEE MEETING 19:30THURSDAY22 SEPTEMBER 2033") == [(2033, 9, 22, 3)]
    assert _read("Minutes for 25th August2031") == [(2031, 8, 25, None)]
    assert _read("WEDNESDAY 1 NOVEMBER2017") == [(2017, 11, 1, 2)]
    assert _read("Elmley Board November2031") == [(2031, 11, None, None)]


def test_digits_run_together_are_no_date():
    assert _read("2022 September 2031") == [(2031, 9, None, None)]  # never '22 September' out of a year
    assert _read("Mar20") == []
    assert _read("1 May 20311") == [(None, 5, 1, None)]


def test_a_glued_heading_gives_the_day_not_the_month():
    paper = parse("ELMLEY ALLOTMENT ASSOCIATION\nDRAFT - MINUTES\nCOMMITTEE MEETING 19:30THURSDAY22 SEPTEMBER 2033" + _BODY)
    assert paper.date == "2033-09-22"


def test_the_held_on_frame_in_a_run_on_first_item_dates_the_meeting():
    paper = parse("ELMLEY TRUST1. ELMLEY TRUST Minutes of a...\n\n23\n1. ELMLEY TRUST Minutes of a Public meeting of the "
                  "Elmley Trust Board held on Wednesday 26 November 2031 at 11.00 am in the Great Hall PRESENT: "
                  "Mr A Brook, Chairman Mr B Cole, Chief Executive\n2. Apologies\n")
    assert paper.date == "2031-11-26"


def test_a_previous_meetings_held_on_frame_dates_nothing():
    paper = parse("ELMLEY TRUST1. ELMLEY TRUST\n\n1. The minutes of the previous meeting held on Wednesday 26 November "
                  "2031 were agreed.\n2. Apologies\n")
    assert paper.date is None


def test_a_meeting_held_on_a_date_in_prose_is_another_bodys():
    paper = parse("Minutes: The Board received the following apologies.\nCouncillor Brook Councillor Cole\n"
                  "Minutes - 25 January 2031 PDF 161 KB To approve as a correct record the minutes of the meeting held on "
                  "25 January 2031 Minutes: The Board noted the minutes.\n"
                  "RESOLVED: That the minutes of the meeting held on 25th January 2031 be agreed as an accurate record.\n"
                  "Matters arising\nMinute No. 57 - Budget Proposals for 2031/32\n"
                  "The Chair confirmed that the Board's views informed a report which was acknowledged by the Executive "
                  "Board during its meeting held on 8th February 2031 and also formed part of the agenda papers.\n")
    assert paper.date is None
