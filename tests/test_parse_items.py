"""Numbered items: the layouts of agenda items and report sections."""
from __future__ import annotations

from ingest.model import Paper
from ingest.parse import parse_structure


def items(text: str) -> list[tuple[str, str]]:
    paper = Paper(id="t", filename="t.txt", text=text)
    parse_structure(paper)
    for item in paper.items:
        assert text[item.heading_span[0]:item.heading_span[1]] == item.heading
        assert item.span[0] <= item.heading_span[0] < item.span[1]
    return [(i.number, i.heading) for i in paper.items]


def test_bracket_numbers_with_sub_paragraphs():
    text = "1) Welcome\n\nText.\n 2) Notes of the last meeting\n\n2.1) Sub heading\n\n2.2) More text.\n3) Paper 3 – Report\n"
    assert items(text) == [("1", "Welcome"), ("2", "Notes of the last meeting"), ("3", "Paper 3 – Report")]


def test_heading_on_the_line_after_its_number():
    text = "1. Welcome\n1.1\nText.\n3. \nEmbedding learning – A Person, Unit\n3.1 Text\n4.\n\nNext heading\n4.1\nText.\n"
    assert items(text) == [("1", "Welcome"), ("3", "Embedding learning – A Person, Unit"), ("4", "Next heading")]


def test_numbers_only_go_up():
    text = "1. First\n2. Second\nSome list:\n1. not an item\n3. Third\n"
    assert items(text) == [("1", "First"), ("2", "Second"), ("3", "Third")]


def test_markdown_headings_and_item_prefix():
    assert items("## 1. Welcome\ntext\n## 2. Close\n") == [("1", "Welcome"), ("2", "Close")]
    assert items("Item 1: Welcome\ntext\nItem 2 – Close\n") == [("1", "Welcome"), ("2", "Close")]


def test_dates_and_times_are_not_items():
    assert items("1. Dates\n12 January\n2.30 – 5.00 pm\n7.1.04\n") == [("1", "Dates")]


def test_item_spans_run_to_the_next_item():
    text = "1. One\nbody one\n2. Two\nbody two\n"
    paper = Paper(id="t", filename="t.txt", text=text)
    parse_structure(paper)
    first, second = paper.items
    assert text[first.span[0]:first.span[1]] == "1. One\nbody one"
    assert text[second.span[0]:second.span[1]] == "2. Two\nbody two"


def test_a_council_web_page_puts_the_number_and_the_heading_in_cells_of_their_own():
    text = ("No. Item\n\n1.\n\n\n\nDeclarations of Interest\n\nNone were declared.\n\n2.\n\n\n\n"
            "Minutes and Matters Arising  pdf icon PDF 73 KB\n\nThe minutes were agreed.\n")
    assert items(text) == [("1", "Declarations of Interest"), ("2", "Minutes and Matters Arising")]


def test_a_flattened_items_table_gives_the_heading_cell():
    text = ("Present: Ada Brook\n\n1. / Welcome and Apologies / Ada Brook welcomed those present.\n"
            "2. / Minutes of last meeting / These minutes were accepted as a true record of the last meeting "
            "of the committee held in the spring, with a number of errors noted at some length here.\n"
            "3. / Matters arising / Nothing.\n")
    assert items(text) == [("1", "Welcome and Apologies"), ("2", "Minutes of last meeting"), ("3", "Matters arising")]


def test_an_action_sheet_table_gives_no_items():
    text = ("Elmley Adults Board\n\nAction Sheet\n\n1. / Ada to write the training plan / Ada\n"
            "2. / Ben to book the room for the joint meeting\nNB: rooms are scarce / Ben\n\n\n"
            "Date of meeting / Tuesday 7th December 2010\n\n1. Welcome\n\n2. Minutes of the last meeting\n")
    assert items(text) == [("1", "Welcome"), ("2", "Minutes of the last meeting")]


def test_numbered_paragraphs_of_prose_are_not_items():
    text = ("Welcome and apologies\n\n1. The Chair welcomed members to the meeting and noted apologies from "
            "several members who could not attend today.\n\nMinute of last meeting\n\n"
            "2. The minute of the last meeting was agreed as an accurate record after one small amendment was made.\n"
            "3. Dates of future meetings (all at Elmley House).\n")
    assert items(text) == [("3", "Dates of future meetings (all at Elmley House).")]
