"""Attendance rules of round 39 (issue 13): a labelled list every layout rule read empty, read from the names
spaCy's PERSON entities vouch for inside its block (ner_names.empty_block_names), with round 33's guards.

Invented names and bodies. These papers run the real pipeline (spaCy included).
"""
from __future__ import annotations

from test_parse_r36 import _keys, _paper  # the same invented header and body around a list


def test_a_flattened_table_cell_label_then_one_name_a_line_is_read():
    paper = _paper("Present / Priya Shah\nTom Reed\n")
    assert {"priya shah", "tom reed"} <= _keys(paper.attendees)
    assert any("read by no layout rule" in w and "Priya Shah" in w for w in paper.warnings)


def test_an_apologies_cell_read_empty_is_read():
    paper = _paper("Present: Ada Brook (Chair), Ben Cole, Cy Dale\n\nApologies / Priya Shah\n")
    assert "priya shah" in _keys(paper.apologies)
    assert "priya shah" not in _keys(paper.attendees)


def test_a_heading_with_its_colon_ends_the_block():
    paper = _paper("Present / Priya Shah\nTom Reed\nChair: Jane Wood\nMinutes: Owen Hale\n")
    keys = _keys(paper.attendees)
    assert {"priya shah", "tom reed"} <= keys
    assert "owen hale" not in keys


def test_a_name_inside_a_bracket_is_a_note_not_an_entry():
    paper = _paper("Present / Priya Shah\nTom Reed (Jane Wood, Deputy)\nOwen Hale\n")
    keys = _keys(paper.attendees)
    assert {"priya shah", "owen hale"} <= keys
    assert "jane wood" not in keys


def test_an_attendance_key_is_no_label():
    paper = _paper("P= Present A= Apologies\n\nBoard Member P A\nPriya Shah Chair P\nTom Reed Head of Housing A\n"
                   "Jane Wood Director P\n")
    assert not any("read by no layout rule" in w for w in paper.warnings)
