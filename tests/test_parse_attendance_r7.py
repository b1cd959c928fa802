"""Attendance on layouts left over from a fourth blind set of boards (issue 13, round 7).

Invented names and organisations. Each test is one layout and its near-misses.
"""
from __future__ import annotations

import pytest

from parse_fixtures import chair, keys, parse

HEAD = "Elmley Youth Managers Ltd\nMinutes of Executive Meeting on 18 April 2016\n"
TAIL = "No{s}Note{s}Action\n1. Welcome and Apologies\nApologies were noted as above.\n2. Quoracy\n"


def _slash_table(s: str) -> str:
    return HEAD + (f"Present:{s}A. Brook*{s}Chair,\nB. Cole*{s}Vice-Chair\nC.Dee*{s}Secretary & Minutes\n"
                   f"D. Eve*{s}North Regional Rep\nE. Fox\nF. Gee*{s}East Midlands Regional Rep\n"
                   f"Additional Exec Member\nApologies:{s}G. Hay*\nH. Ives*\nI. Jay* MBE\n"
                   f"J. Kay{s}Oakham & District Regional Rep\nProject Officer\nAsst. Secretary\nNorth East Rep\n"
                   "*= director of Elmley Ltd.\n") + TAIL.format(s=s)


@pytest.mark.parametrize("sep", [" / ", " | ", "\t"], ids=["slash", "pipe", "tab"])
def test_label_name_role_rows_read_a_person_a_row(sep):
    paper = parse(_slash_table(sep))
    assert keys(paper.attendees) == ["a. brook", "b. cole", "c.dee", "d. eve", "e. fox", "f. gee"]
    assert chair(paper) == "a. brook"
    assert keys(paper.apologies) == ["g. hay", "h. ives", "i. jay", "j. kay"]


def test_the_role_column_flattened_below_the_names_is_no_one():
    paper = parse(_slash_table(" / "))
    everyone = keys(paper.attendees) + keys(paper.apologies)
    for role in ("additional exec", "north east", "north east rep", "project officer", "east midlands regional"):
        assert role not in everyone


def test_a_grid_of_names_after_the_label_is_still_several_people():
    paper = parse(HEAD + "Present: / Ada Brook / Ben Cole\nCy Dee\n" + TAIL.format(s=" / "))
    assert keys(paper.attendees) == ["ada brook", "ben cole", "cy dee"]


def test_an_initial_glued_to_its_surname_is_a_name_only_in_a_list():
    paper = parse(HEAD + "Present:\nA.Brook\nB. Cole\n" + TAIL.format(s=" / "))
    assert keys(paper.attendees) == ["a.brook", "b. cole"]
    prose = parse(HEAD + "Present:\nA. Brook\n1. Welcome\nThe report by A.Brook was noted.\n")
    assert keys(prose.attendees) == ["a. brook"]


def test_a_footnote_mark_before_honours_or_a_cell_is_not_part_of_the_name():
    paper = parse(HEAD + "Present:\nAda Brook* OBE\nBen Cole*\tHead of Housing\nCy Dee\n" + TAIL.format(s=" / "))
    assert keys(paper.attendees) == ["ada brook", "ben cole", "cy dee"]


YOUTH = "ELMLEY YOUTH BOARD\n28th April 2029\nPresent:\n{}\nApologies:\nGus Hay, Elmley Police\n1. Minutes\nAgreed.\n"


def test_a_name_glued_to_a_role_or_an_organisation_under_a_label():
    paper = parse(YOUTH.format("Ada Brook Head of Community Safety (Chair)\nBen ColesHead of Community Safety\n"
                               "Cy DeaneElmley Police (on behalf of Di Eve)\nEd FoxtonAdmin Officer, Youth Team (Minutes)\n"))
    assert keys(paper.attendees) == ["ada brook", "ben coles", "cy deane", "ed foxton"]
    assert all(p.org is None for p in paper.attendees)  # where the role ends and the org begins is not written


def test_a_surname_prefix_is_no_glue():
    paper = parse(YOUTH.format("Ada MacDonald Head of Care\nBen McKay Director of Housing\n"))
    assert keys(paper.attendees) == ["ada macdonald", "ben mckay"]


def test_name_role_rows_whose_role_runs_into_an_organisation_or_opens_with_a_service_word():
    paper = parse(YOUTH.format("Cy Dee Housing Strategy & Development Manager\n"
                               "Di Eve Assistant Director, Elmley Probation Service - North\n"
                               "Ed Fox LSC, Partnership Manager, Elmley\n"
                               "Flo Gee Assistant Director/Head of Service – Children and Schools\n"))
    assert keys(paper.attendees) == ["cy dee", "di eve", "ed fox", "flo gee"]
    assert all(p.org is None for p in paper.attendees)


def test_a_third_word_is_never_taken_into_the_name_before_a_service_word():
    paper = parse(YOUTH.format("Ada Brook Integrated Youth Support Services Manager\nBen Cole YOT Manager\n"))
    assert keys(paper.attendees) == ["ben cole"]


def test_a_grid_cell_with_a_note_after_its_name_is_still_a_person():
    paper = parse(HEAD + "Attendees:\n\nAda Brook (Elmley Council) | Ben Cole (Elmley Police) | Cy Dee (Oakham PCT)\n"
                  "Di Eve (Elmley NHS) | Ed Fox (Elmley Board) - notes |\n\n1. Welcome\n")
    assert keys(paper.attendees) == ["ada brook", "ben cole", "cy dee", "di eve", "ed fox"]
