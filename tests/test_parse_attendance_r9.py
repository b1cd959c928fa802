"""Attendance and apologies on layouts of a sixth blind set of boards (issue 13, round 9).

Invented names and organisations. Each test is one layout family and its near-misses.
"""
from __future__ import annotations

from parse_fixtures import keys, parse

TOP = "Elmley Children's Board\n\n14 March 2011\n\n"
BODY = "\n1. Minutes\n\nThe minutes were agreed.\n"
ROWS = "\n\nAda Brook – Elmley Council\n\nBen Cole – Elmley Trust\n\n"


def test_the_family_of_attendance_headings_opens_the_list():
    for label in ("Attendance Details", "Attendance details:", "Attendance Record", "Attendance list:",
                  "Record of Attendance", "Members attending:", "Members Attending", "Present at the meeting:",
                  "In attendance at the meeting", "Officers attending:", "Officers:", "Council Officers:"):
        paper = parse(TOP + label + ROWS + BODY)
        assert keys(paper.attendees) == ["ada brook", "ben cole"], label


def test_attendance_words_in_a_sentence_or_officers_without_a_colon_open_no_list():
    for text in ("Attendance details were circulated before the meeting.",
                 "Members attending the training day would be reimbursed.",
                 "Officers will report back to the next meeting.", "Officers"):
        paper = parse(TOP + text + ROWS + BODY)
        assert keys(paper.attendees) == [], text


def test_an_attendance_details_heading_over_unlabelled_runs():
    paper = parse(TOP + "Attendance Details\n\nCouncillor A Brook (Chair), Councillor B Cole, Councillor C Dee\n"
                  "Councillor D Eve\nE Fox, F Gee and G Hay\nApologies for absence: Ian Jay\n" + BODY)
    assert keys(paper.attendees) == ["a brook", "b cole", "c dee", "d eve", "e fox", "f gee", "g hay"]
