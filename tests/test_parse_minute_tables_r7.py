"""Minutes written as a table flattened with ' / ' (or ' | '): 'N / Heading' rows are items, a trailing owner
cell owns the note before it (issue 13, round 7). Invented names and organisations."""
from __future__ import annotations

import pytest

from parse_fixtures import parse

HEAD = "Elmley Youth Managers Ltd\nMinutes of Executive Meeting on 18 April 2016\nPresent:\nAda Brook\nBen Cole\n"


def _minutes(sep: str) -> str:
    return HEAD + (f"No{sep}Note{sep}Action\n1{sep}Welcome and Apologies\nApologies were noted.\n"
                   f"2{sep}Minutes of the last meeting on 22/01/2016\n"
                   f"Agreed with minor errors to be amended by BC.{sep}BC\n3{sep}Matters Arising\n"
                   f"AB reported on the review.\n4{sep}Youth Justice Review\nThe final report is due in June.\n")


@pytest.mark.parametrize("sep", [" / ", " | "], ids=["slash", "pipe"])
def test_number_heading_rows_are_the_items(sep):
    paper = parse(_minutes(sep))
    assert [(i.number, i.heading) for i in paper.items] == [
        ("1", "Welcome and Apologies"), ("2", "Minutes of the last meeting on 22/01/2016"), ("3", "Matters Arising"),
        ("4", "Youth Justice Review")]


def test_a_trailing_owner_cell_owns_the_note_before_it():
    paper = parse(_minutes(" / "))
    assert [(a.text, a.owners) for a in paper.actions] == [
        ("Agreed with minor errors to be amended by BC.", ["Ben Cole"])]


def test_initials_nobody_on_the_list_has_give_no_action():
    paper = parse(_minutes(" / ").replace("by BC. / BC", "by XZ. / XZ"))
    assert paper.actions == []


def test_without_the_minutes_header_a_trailing_cell_is_no_owner():
    paper = parse(_minutes(" / ").replace("No / Note / Action\n", ""))
    assert paper.actions == []


def test_numbered_rows_of_an_action_log_are_not_items():
    log = HEAD + ("1. Welcome\nThe chair welcomed everyone.\n\nSummary of Actions\n\n"
                  "No / Action / Owner\n1 / Send the plan to partners / AB\n2 / Audit report\n3 / Review the policy\n")
    assert [i.number for i in parse(log).items] == ["1"]


def test_rows_with_more_cells_after_the_heading_are_not_items():
    rows = HEAD + "1 / Send the plan / AB / March\n2 / Write to schools / BC / April\n3 / Review it / AB / May\n"
    assert parse(rows).items == []
