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
