"""Attendance rules of round 45 (issue 13): a status word or mark on each entry's own line decides its list
(entry_status.py): rows closed by a status cell ('Ada Brook   Chair   Present'), and '(apologies)' / '- sent
apologies' marks under one 'Attendees and apologies' label; an 'Attendance' label glued to the first name.

Invented names and bodies.
"""
from __future__ import annotations

from parse_fixtures import keys, parse

_HEAD = "Elmley Board\nMinutes of the meeting held on 3 March 2031\n\n"
_ITEMS = "\n1. Welcome\nThe chair welcomed members.\n2. Minutes of the last meeting\nThe minutes were agreed.\n"


def test_a_status_cell_closing_each_row_decides_its_list():
    paper = parse(_HEAD + "Attendance\nAda Brook     Chair         Present\nBen Cole      Member        Apologies\n"
                  "Cy Dunn       Member        Present\nDee Evans     Officer       Absent\n" + _ITEMS)
    assert keys(paper.attendees) == ["ada brook", "cy dunn"]
    assert keys(paper.apologies) == ["ben cole"]
    assert any("status cell" in w for w in paper.warnings)


def test_rows_without_a_status_cell_each_are_read_as_before():
    text = (_HEAD + "Attendance\nAda Brook     Chair         Present\nBen Cole      Member        Elmley Council\n"
            "Cy Dunn       Member        Apologies\n" + _ITEMS)
    paper = parse(text)
    assert not any("status cell" in w for w in paper.warnings)
    assert "ben cole" in keys(paper.attendees)


def test_one_status_only_says_nothing_the_label_does_not():
    paper = parse(_HEAD + "Attendance\nAda Brook     Chair         Present\nBen Cole      Member        Present\n"
                  + _ITEMS)
    assert not any("status cell" in w for w in paper.warnings)
    assert {"ada brook", "ben cole"} <= set(keys(paper.attendees))


def test_marked_entries_under_one_attendees_and_apologies_label_are_the_apologies():
    paper = parse(_HEAD + "Attendees and apologies:\nAda Brook, Chair\nBen Cole, Member (apologies)\nCy Dunn, Officer\n"
                  "Dee Evans - sent apologies\n" + _ITEMS)
    assert keys(paper.attendees) == ["ada brook", "cy dunn"]
    assert keys(paper.apologies) == ["ben cole", "dee evans"]


def test_marked_entries_on_one_line():
    paper = parse(_HEAD + "Present and apologies: Ada Brook (Chair), Ben Cole (apologies), Cy Dunn, "
                  "Dee Evans (sent apologies)\n" + _ITEMS)
    assert keys(paper.attendees) == ["ada brook", "cy dunn"]
    assert keys(paper.apologies) == ["ben cole", "dee evans"]


def test_a_mark_on_a_plain_attendees_list_is_not_this_rule_s():
    paper = parse(_HEAD + "Present:\nAda Brook, Chair\nBen Cole, Member (apologies for lateness)\nCy Dunn, Officer\n"
                  + _ITEMS)
    assert {"ada brook", "ben cole", "cy dunn"} <= set(keys(paper.attendees))
    assert not paper.apologies


def test_an_attendance_label_glued_to_the_first_name():
    paper = parse(_HEAD + "AttendanceAda Brook (Chair), Ben Cole, Cy Dunn\nApologies: Dee Evans\n" + _ITEMS)
    assert keys(paper.attendees) == ["ada brook", "ben cole", "cy dunn"]
    assert keys(paper.apologies) == ["dee evans"]


def test_a_header_row_cut_only_by_column_gaps_with_a_status_column():
    paper = parse(_HEAD + "Name          Role          Attendance\nAda Brook     Chair         Present\n"
                  "Ben Cole      Member        Apologies\nCy Dunn       Member        Present\n" + _ITEMS)
    assert keys(paper.attendees) == ["ada brook", "cy dunn"]
    assert keys(paper.apologies) == ["ben cole"]


def test_a_gapped_header_with_no_status_column_is_not_this_rule_s():
    paper = parse(_HEAD + "Name          Role          Organisation\nAda Brook     Chair         Elmley Council\n"
                  "Ben Cole      Member        Apologies\n" + _ITEMS)
    assert "ben cole" not in keys(paper.apologies)


def test_marked_entries_under_a_members_label_are_the_apologies():
    paper = parse(_HEAD + "Members: Ada Brook (Chair), Ben Cole (apologies), Cy Dunn, Dee Evans (apologies)\n" + _ITEMS)
    assert keys(paper.attendees) == ["ada brook", "cy dunn"]
    assert keys(paper.apologies) == ["ben cole", "dee evans"]


def test_a_status_cell_after_a_dash():
    paper = parse(_HEAD + "Attendance:\nAda Brook - Chair - Present\nBen Cole - Member - Apologies\n"
                  "Cy Dunn - Officer - present\n" + _ITEMS)
    assert keys(paper.attendees) == ["ada brook", "cy dunn"]
    assert keys(paper.apologies) == ["ben cole"]


def test_a_column_of_statuses_after_the_names_pairs_by_position():
    paper = parse(_HEAD + "Attendance\n\nAda Brook\nBen Cole\nCy Dunn\n\nChair\nMember\nOfficer\n\n"
                  "Present\nApologies\nPresent\n" + _ITEMS)
    assert keys(paper.attendees) == ["ada brook", "cy dunn"]
    assert keys(paper.apologies) == ["ben cole"]


def test_a_status_column_of_another_length_is_left():
    paper = parse(_HEAD + "Attendance\n\nAda Brook\nBen Cole\nCy Dunn\n\nPresent\nApologies\n" + _ITEMS)
    assert not any("status cell" in w for w in paper.warnings)


def test_a_table_flattened_row_by_row_one_cell_a_line():
    paper = parse(_HEAD + "Name\nRole\nAttendance\nAda Brook\nChair\nPresent\nBen Cole\nMember\nApologies\n"
                  "Cy Dunn\nOfficer\nPresent\n" + _ITEMS)
    assert keys(paper.attendees) == ["ada brook", "cy dunn"]
    assert keys(paper.apologies) == ["ben cole"]


def test_lists_of_one_each_under_its_status_label_are_no_rows():
    paper = parse(_HEAD + "Present\nAda Brook\nApologies\nBen Cole\nAbsent\nCy Dunn\n" + _ITEMS)
    assert "ben cole" not in keys(paper.attendees)
    assert "ada brook" not in keys(paper.apologies)
