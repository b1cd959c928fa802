"""Item numbers of a seventh blind set of boards (issue 13, round 10): capital roman numerals and an item 0.

Invented names and organisations.
"""
from __future__ import annotations

from parse_fixtures import parse

TOP = "Elmley Children's Committee\n\nAt a MEETING of the ELMLEY COMMITTEE held on 26th February, 2018.\n\nPresent:-\n\nAda BROOK\n\n"


def _items(paper) -> list[tuple[str, str]]:
    return [(i.number, i.heading) for i in paper.items]


def test_articles_numbered_in_capital_roman_numerals():
    body = ("I DECLARATION OF INTEREST\n\nThere were no declarations of interest.\n\n"
            "II. RETAINING RESERVED PLACES IN SCHOOLS 2018/2019\n\nThere was submitted a report.\n\n"
            "III ELMLEY FAMILY SUPPORT (ARTICLE IV REFERS)\n\nThe Committee agreed the report.\n")
    assert _items(parse(TOP + body)) == [("I", "DECLARATION OF INTEREST"),
                                         ("II", "RETAINING RESERVED PLACES IN SCHOOLS 2018/2019"),
                                         ("III", "ELMLEY FAMILY SUPPORT (ARTICLE IV REFERS)")]


def test_lower_case_paragraph_marks_and_a_lone_numeral_are_not_items():
    body = ("i Due notice having been given, the chair opened the meeting.\n\nii All confirmed they had no interest.\n\n"
            "The minutes were agreed.\n")
    assert _items(parse(TOP + body)) == []
    body = "II RETAINING RESERVED PLACES\n\nThere was submitted a report.\n\nIII OTHER MATTERS\n\nNone.\n"
    assert _items(parse(TOP + body)) == []  # no I: not a sequence


def test_an_item_numbered_zero_before_item_one():
    for zero in ("PRELIMINARY ITEMS 0 WELCOME AND INTRODUCTIONS", "0 WELCOME AND INTRODUCTIONS", "0. Welcome and introductions"):
        paper = parse("Elmley College Corporation\n\nMinutes of a meeting held on 8 Nov 2019\n\n" + zero
                      + "\n\ni The chair declared the meeting open.\n\n1 APOLOGIES FOR ABSENCE\n\ni None.\n\n"
                      "2 MINUTES OF THE PREVIOUS MEETING\n\ni Agreed.\n")
        assert [n for n, _ in _items(paper)] == ["0", "1", "2"], zero
        assert _items(paper)[0][1].lower() == "welcome and introductions", zero


def test_a_zero_with_no_item_one_after_it_is_not_an_item():
    paper = parse("Elmley College Corporation\n\nMinutes of a meeting held on 8 Nov 2019\n\n0 WELCOME\n\nok\n\n"
                  "3. Budget\n\nok\n\n4. Other business\n\nok\n")
    assert [n for n, _ in _items(paper)] == ["3", "4"]
