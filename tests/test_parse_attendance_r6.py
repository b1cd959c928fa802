"""Attendance on layouts of a fourth blind set of boards (issue 13, round 6).

Invented names and organisations. Each test is one layout and its near-misses.
"""
from __future__ import annotations

from ingest.names import person_key
from parse_fixtures import keys, parse


HEADING = "Elmley Partnership Board\n\nBusiness Meeting 10:00am Thursday 3rd March 2022 Notes of Meeting\n\n\n"
MEMBERS = ("Organisation represented\n\nAda Brook (AB)\n\nElmley Police (Chair for the meeting)\n\n"
           "Cllr Ben Cole (Cllr BC)\n\nElmley Borough Council\n\nCy Dee (CDe)\n\n\n"
           "Dr Di Eve (Dr DE)\n\nElmley Health Board\n\nCllr Ed Fox\n\nOakham Council\n\n")
OFFICERS = "In Attendance:\n\nFlo Gee (FG)\n\nElmley Council\n\nGus Hay (GH)\n\nOakham Council\n\n"
BODY = "1. Welcome\n\nThe chair welcomed everyone.\n"


def test_an_unlabelled_block_of_name_initials_rows_before_in_attendance_is_the_members_list():
    paper = parse(HEADING + MEMBERS + OFFICERS + BODY)
    assert keys(paper.attendees) == ["ada brook", "ben cole", "cy dee", "di eve", "ed fox", "flo gee", "gus hay"]
    assert person_key(paper.chair.name) == "ada brook"  # '(Chair ...)' in the cell after her row
    assert "elmley police" not in keys(paper.attendees) and "oakham council" not in keys(paper.attendees)


def test_the_block_also_stands_before_an_apologies_label():
    paper = parse(HEADING + MEMBERS + "Apologies:\n\nFlo Gee (FG)\n\nElmley Council\n\n" + BODY)
    assert keys(paper.attendees) == ["ada brook", "ben cole", "cy dee", "di eve", "ed fox"]
    assert keys(paper.apologies) == ["flo gee"]


def test_fewer_than_three_initials_rows_or_rows_far_apart_open_no_list():
    two = "Ada Brook (AB)\n\nElmley Police\n\nBen Cole (BC)\n\nElmley Council\n\n"
    assert keys(parse(HEADING + two + OFFICERS + BODY).attendees) == ["flo gee", "gus hay"]
    prose = ("Ada Brook (AB)\n\nThe board met in the town hall.\n\nIt agreed its plan.\n\n"
             "Ben Cole (BC)\n\nElmley Council\n\nCy Dee (CD)\n\n")
    assert "ada brook" not in keys(parse(HEADING + prose + OFFICERS + BODY).attendees)


def test_rows_whose_bracket_does_not_fit_the_name_are_not_read():
    rows = "Ada Brook (XY)\n\nElmley Police\n\nBen Cole (QZ)\n\nElmley Council\n\nCy Dee (WV)\n\n"
    assert keys(parse(HEADING + rows + OFFICERS + BODY).attendees) == ["flo gee", "gus hay"]


BOARD = "ELMLEY YOUTH BOARD\n28th April 2009\nPresent:\nAda Brook, Head of Community Safety (Chair)\n"


def test_a_slash_between_two_role_phrases_does_not_end_the_apologies():
    for slash in ("Interim Head of Service / Assistant Director", "Head of Youth Justice / Deputy Director"):
        paper = parse(BOARD + f"Apologies:\nBen Cole {slash}, Children's Services\n"
                      "Cy Dee Chief Inspector, Elmley Police\n1. Minutes\nThe minutes were agreed.\n")
        assert keys(paper.apologies) == ["ben cole", "cy dee"], slash


def test_name_slash_role_rows_are_still_cells():
    paper = parse(BOARD + "Apologies:\nBen Cole / Assistant Director\nCy Dee / Chief Inspector\n"
                  "1. Minutes\nThe minutes were agreed.\n")
    assert keys(paper.apologies) == ["ben cole", "cy dee"]


ITEM_PAGE = "Agenda item\n\nAnnual Report of the Board\n\nMinutes:\n\nThe Panel received the annual report.\n\n"


def test_another_bodys_chair_named_in_prose_on_an_item_page_is_not_the_chair():
    for role in ("Independent Chair of Elmley Safeguarding Boards", "Chair of the Oakham Partnership",
                 "Chairman of Elmley Adults Board"):
        paper = parse(ITEM_PAGE + f"Ada Brook, {role}, introduced the report and answered questions.\n")
        assert paper.chair is None, role


def test_a_generic_chair_apposition_on_an_item_page_still_names_the_chair():
    paper = parse(ITEM_PAGE + "Ada Brook, Chair of the Board, introduced the report and answered questions.\n")
    assert paper.chair is not None and person_key(paper.chair.name) == "ada brook"


YOUTH = "ELMLEY YOUTH BOARD\n28th April 2009\nPresent:\n{}\nApologies:\nGus Hay, Elmley Police\n1. Minutes\nAgreed.\n"


def test_name_role_rows_with_no_separator_under_a_label():
    paper = parse(YOUTH.format("Ada Brook Head of Community Safety (Chair)\nBen Cole YOT Manager\n"
                               "Mary Ann Dee Director of Care\n"))
    assert keys(paper.attendees) == ["ada brook", "ben cole", "mary ann dee"]
    assert person_key(paper.chair.name) == "ada brook"


def test_org_rows_with_no_separator_are_not_guessed():
    paper = parse(YOUTH.format("Cy Dee Elmley Borough Council\n"))
    assert keys(paper.attendees) == []  # (glued rows: round 7, tests/test_parse_attendance_r7.py)
