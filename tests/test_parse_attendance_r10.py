"""Attendance, apologies and chair on layouts of a seventh blind set of boards (issue 13, round 10).

Invented names and organisations. Each test is one layout, the other ways boards write it, and its near-misses.
"""
from __future__ import annotations

from parse_fixtures import chair, keys, parse

TOP = "Elmley Children's Committee\n\nAt a MEETING of the ELMLEY COMMITTEE held on 14th March, 2011.\n\n"
BODY = "\n1. Minutes\n\nThe minutes were agreed.\n"


def test_surnames_in_capitals_in_a_labelled_list():
    for label in ("Present:-", "Present:", "Members present:"):
        rows = "\n\nAda BROOK\n\nBen J COLE\n\nCy McDEE\n\nD EVANS\n\n"
        paper = parse(TOP + label + rows + BODY)
        assert keys(paper.attendees) == ["ada brook", "ben j cole", "cy mcdee", "d evans"], label
        assert [a.name for a in paper.attendees][0] == "Ada BROOK"  # kept as written


def test_surnames_in_capitals_after_a_title_or_a_civic_rank():
    rows = ("\n\nLord Provost Ada BROOK\n\nDepute Lord Provost Ben COLE\n\nBailie Cy DEE\n\n"
            "Councillor Di EVE\n\nDeputy Mayor Ed FOX\n\nLord Mayor Flo GEE\n\nProvost Gus HAY\n\n")
    paper = parse(TOP + "Present:" + rows + BODY)
    assert keys(paper.attendees) == ["ada brook", "ben cole", "cy dee", "di eve", "ed fox", "flo gee", "gus hay"]


def test_acronyms_after_a_name_and_capitals_group_labels_are_not_surnames():
    rows = "\n\nCOUNCILLORS\n\nAda Brook NHS\n\nBen LSCB\n\nCy Dee\n\n"
    paper = parse(TOP + "Present:" + rows + BODY)
    assert keys(paper.attendees) == ["cy dee"]


def test_a_capitals_surname_in_the_chair_line():
    for line in ("Councillor Ada BROOK, Convener, in the Chair.", "Ada BROOK in the Chair."):
        paper = parse(TOP + "Present:\n\nAda BROOK\n\nBen COLE\n\n" + line + "\n" + BODY)
        assert chair(paper) == "ada brook", line
