"""Attendance and apologies on layouts of a fifth blind set of boards (issue 13, round 8).

Invented names and organisations. Each test is one layout and its near-misses.
"""
from __future__ import annotations

from parse_fixtures import chair, keys, parse

TOP = "Elmley Children's Board\n\n14 March 2011\n\n"
BODY = "\n1. Minutes\n\nThe minutes were agreed.\n"


def test_the_members_of_the_body_as_an_attendance_label():
    rows = "\n\nAda Brook – Elmley Council\n\nBen Cole – Chief Executive – Elmley Trust\n\n"
    for label in ("Members of the Board:", "Members of the Committee present:", "Board Members:",
                  "Members:", "Members of the Partnership:", "Panel members:"):
        paper = parse(TOP + label + rows + "Also Attending:\n\nCy Dee – Elmley Council\n" + BODY)
        assert keys(paper.attendees) == ["ada brook", "ben cole", "cy dee"], label


def test_members_words_without_a_colon_or_in_a_sentence_open_no_list():
    rows = "\n\nAda Brook – Elmley Council\n\nBen Cole – Elmley Trust\n\n"
    for text in ("Members of the Board", "Members of the Board are asked to declare any interest.",
                 "Members discussed:", "Members"):
        paper = parse(TOP + text + rows + "Also Attending:\n\nCy Dee – Elmley Council\n" + BODY)
        assert keys(paper.attendees) == ["cy dee"], text
