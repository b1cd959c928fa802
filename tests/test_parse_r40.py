"""Title precision on boards never seen (issue 13, round 40).

Invented names and bodies: a heading holding a number no meeting's name holds (a reference code, a year range, a
file's size, a time, a numeric date, a weekday's date) gives no title; the numbers a meeting's name does hold (an
ordinal, a month's date, 'Tier 2', a year alone) are kept; a sentence of the minutes ('X welcomed Y who was
replacing Z') and a person's line ('Ada Brook MLA') give
no title.
"""
from __future__ import annotations

from parse_fixtures import parse

from ingest.parse.header import _stray_number

_BODY = "\n\nPresent: Ada Brook (Chair), Ben Cole, Cara Dunn.\n\n1. Apologies\n\nNone were received.\n"


def test_a_reference_code_in_the_heading_gives_no_title():
    assert parse("ELB-31-07 Joint Quality Committee\n\nMinutes of the meeting held on 3 March 2031" + _BODY).title is None


def test_a_place_and_the_meetings_weekday_date_is_no_title():
    paper = parse("Kestrel House, Elmley Thursday 18th February 2031" + _BODY)
    assert paper.title is None


def test_numbers_that_name_no_meeting():
    for title in ("Update on the Elmley Action Plan 2030-31", "Elmley Board Annual Report 2030/31",
                  "23 Chair of the Elmley Board PDF 112 KB", "ELMLEY BOARD 19:30 THURSDAY 22 MAY 2031",
                  "Approved at the meeting of 25.10.31 Elmley Board"):
        assert _stray_number(title), title


def test_numbers_that_a_meetings_name_holds_are_kept():
    for title in ("31st Meeting of the Elmley Board", "Elmley Leadership Group: December 2030",
                  "Elmley group minutes - April 2031", "Action Log – Board meeting of 18 January 2031",
                  "Tier 2 Board", "Section 11 Audit Group", "Elmley Panel (2031 review)"):
        assert not _stray_number(title), title
    paper = parse("31st Meeting of the Elmley Board\n\nHeld on 3 March 2031" + _BODY)
    assert paper.title == "31st Meeting of the Elmley Board"


def test_minutes_with_their_attendance_keep_the_title():
    paper = parse("Elmley Partnership Board\n\nMinutes of the meeting held on 3 March 2031" + _BODY)
    assert paper.title == "Elmley Partnership Board"


def test_a_sentence_of_the_minutes_is_no_title():
    for head in ("Meeting: Elmco Group welcomed Ada Brook who was replacing Ben Cole\nDate: 3 March 2031\n\n",
                 "Elmco Group welcomed Ada Brook\n\n3 March 2031\n\n"):
        text = head + "Present: Ada Brook, Cara Dunn, Dan Eyre.\n\n1. Apologies\n\nNone.\n\n2. Budget\n\nNoted.\n"
        assert parse(text).title is None, head


def test_a_persons_line_is_no_title():
    for head in ("Ada Brook MLA\n\n3 March 2031\n\n", "Mr Ben Cole\n\n3 March 2031\n\n"):
        text = head + "Present: Ada Brook, Cara Dunn, Dan Eyre.\n\n1. Apologies\n\nNone.\n\n2. Budget\n\nNoted.\n"
        assert parse(text).title is None, head
    text = "Elmley Board\n\n3 March 2031\n\nPresent: Ada Brook, Cara Dunn.\n\n1. Apologies\n\nNone.\n\n2. Budget\n\nNoted.\n"
    assert parse(text).title == "Elmley Board"
    assert parse(text.replace("Elmley Board", "Councillor Forum")).title == "Councillor Forum"
