"""Attendance rules of round 41 (issue 13): readers of the kind round 39 wrote, widened. A block of people with no
label before item 1 (unlabelled_names.py) and a title with a surname alone ('Cllr Brook') in a block the rules read
empty or in part (ner_names.short_names_in_block), each vouched by spaCy's PERSON entities.

Invented names and bodies. These papers run the real pipeline (spaCy included).
"""
from __future__ import annotations

from parse_fixtures import keys, parse

from ingest.parse.fallback_block import block_span
from ingest.parse.ner_names import empty_block
from test_parse_r36 import _keys, _paper

_HEAD = "Elmley Board\nMinutes of the meeting held on 4 June 2031\nCivic Hall, Elmley\n\n"
_ITEMS = ("1. Welcome and introductions\nThe Chair welcomed everyone to the meeting.\n"
          "2. Minutes of the last meeting\nThe minutes were agreed.\n")
_BLOCK = ("Ada Brook                 Elmley Council (Chair)\nBen Cole                  Head of Housing\n"
          "Priya Shah                Elmley Police\nTom Reed                  Elmley College\n")


def test_an_unlabelled_block_before_item_one_is_the_attendees():
    paper = parse(_HEAD + _BLOCK + "\n" + _ITEMS)
    assert set(keys(paper.attendees)) == {"ada brook", "ben cole", "priya shah", "tom reed"}
    assert any("no label before item 1" in w and "Priya Shah" in w for w in paper.warnings)


def test_a_second_unlabelled_block_is_left():
    paper = parse(_HEAD + _BLOCK + "\nFlo Gale                  Elmley Fire\nJane Wood                 Elmley Homes\n\n"
                  + _ITEMS)
    assert "ada brook" in keys(paper.attendees)
    assert not {"flo gale", "jane wood"} & set(keys(paper.attendees) + keys(paper.apologies))


def test_a_block_under_a_label_no_rule_knows_is_not_this_reader_s():
    paper = parse(_HEAD + "Guests:\n" + _BLOCK + "\n" + _ITEMS)
    assert not any("no label before item 1" in w for w in paper.warnings)


def test_sentences_are_no_block():
    paper = parse(_HEAD + "Ada Brook welcomed everyone to the meeting\nBen Cole thanked the hosts warmly\n"
                  "Priya Shah presented the report\nTom Reed noted the figures\n\n" + _ITEMS)
    assert not keys(paper.attendees)


def test_titled_surnames_in_a_block_read_empty_are_read():
    paper = _paper("Present: Cllr Brook, Cllr Dunn (Chair)\n")
    assert {"brook", "dunn"} <= _keys(paper.attendees)
    assert any("read by no layout rule" in w for w in paper.warnings)


def test_an_unlabelled_line_of_separated_names_is_a_block():
    paper = parse(_HEAD + "Ada Brook (Chair), Ben Cole (Secretary), Priya Shah, Tom Reed, Jane Wood\n\n" + _ITEMS)
    assert {"priya shah", "tom reed", "jane wood"} <= set(keys(paper.attendees))


def test_an_attendance_mark_column_is_no_unlabelled_block():
    paper = parse(_HEAD + "Ada Brook / X / Ben Cole /  /\nPriya Shah / X / Tom Reed /  /\nJane Wood / X / Owen Hale / X\n\n"
                  + _ITEMS)
    assert not any("no label before item 1" in w for w in paper.warnings)


def test_a_date_line_over_the_label_is_no_numbered_item():
    text = "Elmley Board\nCivic Hall\n30 September 2031\nAttendees:\nPriya Shah / Chair\nTom Reed / Head of Housing\n"
    block = block_span(text, "attendees", wide=True)
    assert block is not None and text[block[1]:block[2]].strip().startswith("Priya Shah")


def test_a_status_cell_alone_on_a_line_makes_no_list():
    text = ("Elmley Board\nPriya Shah\nElmley Council\nPresent\nTom Reed\nElmley Police\nApologies\nJane Wood\n"
            "Elmley Fire\nExpected\nOwen Hale\nElmley Homes\nPresent\n")
    assert empty_block(text, "apologies") is None
    paper = _paper(text[13:])
    assert "jane wood" not in _keys(paper.apologies)


def test_a_list_word_alone_over_bulleted_entries_is_a_label():
    text = "Elmley Board\nPresent\n- Prof. Priya Shah – Chair\n- Tom Reed – Head of Housing\n\n1. Minutes\n"
    block = block_span(text, "attendees", wide=True)
    assert block is not None and text[block[1]:block[2]].strip().startswith("- Prof. Priya Shah")
