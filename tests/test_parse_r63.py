"""Attendance tables with marks, one reading whatever the separator (issue 13, round 63).

Invented names and bodies. A member a row and a mark column, flattened into ' | ' cells or tabs: a tick, 'Y' or
'P' is present; a cross, 'N' or an 'X' in a column that also holds ticks is not; a column of 'X' and blanks keeps
'X' as its yes mark; a blank beside rows marked present is not present (in neither list, counted in a warning);
the paper's key wins. A name cell with its organisation ('Dora Eve, Elmley Police') is a person's row.
Guards kept as they were: letters (Y/N/A) read alike by either separator, the key's 'X = Present', a column of 'X'
and blanks, and a 'Members<TAB>Present' label over rows with no marks (a list, read by the line reader).
"""
from __future__ import annotations

import pytest
from parse_fixtures import keys, parse

_HEAD = "Elmley Safeguarding Children Partnership\nMinutes of the meeting held on 3 March 2031\n"
_ITEMS = "1. Welcome\nThe chair welcomed everyone.\n"
_SEPARATORS = (" | ", "\t")
_PEOPLE = ("Ada Brook, Independent Chair", "Ben Cole, Head of Service", "Cy Dale, Designated Nurse",
           "Dora Eve, Detective Inspector", "Ed Fox, Head of Education")
_WITH_ORG = (*_PEOPLE[:3], "Dora Eve, Elmley Police", _PEOPLE[4])


def _table(marks: tuple[str, ...], sep: str, header: str = "Members{sep}Present", key: str = "",
           people: tuple[str, ...] = _PEOPLE):
    rows = "".join(f"{name}{sep}{mark}\n" for name, mark in zip(people, marks))
    return parse(f"{_HEAD}{key}{header.format(sep=sep)}\n{rows}{_ITEMS}")


@pytest.mark.parametrize("sep", _SEPARATORS)
def test_a_cross_beside_ticks_is_not_present(sep):
    for cross in ("✗", "×"):
        paper = _table(("✓", cross, "✓", "✓", "✓"), sep)
        assert keys(paper.attendees) == ["ada brook", "cy dale", "dora eve", "ed fox"], (cross, sep)
        assert "ben cole" not in keys(paper.apologies), (cross, sep)
        assert not any("could be read" in w for w in paper.warnings), (cross, sep)  # a cross is read: not present


@pytest.mark.parametrize("sep", _SEPARATORS)
def test_an_x_beside_ticks_is_not_present(sep):
    paper = _table(("✓", "X", "✓", "✓", "x"), sep)
    assert keys(paper.attendees) == ["ada brook", "cy dale", "dora eve"], sep


@pytest.mark.parametrize("sep", _SEPARATORS)
def test_a_column_of_x_and_blanks_keeps_x_as_present(sep):
    paper = _table(("X", "X", "", "X", "X"), sep)
    assert keys(paper.attendees) == ["ada brook", "ben cole", "dora eve", "ed fox"], sep


@pytest.mark.parametrize("sep", _SEPARATORS)
def test_a_blank_beside_ticks_is_in_neither_list_and_the_warning_counts_it(sep):
    paper = _table(("✓", "", "✓", "✓", ""), sep)
    assert keys(paper.attendees) == ["ada brook", "cy dale", "dora eve"], sep
    assert not paper.apologies, sep
    said = [w for w in paper.warnings if "blank attendance mark" in w]
    assert said and "2 of 5 people" in said[0], (sep, paper.warnings)


def test_a_name_cell_with_its_organisation_is_a_persons_row():
    paper = _table(("✓", "✓", "✓", "✓", "✓"), " | ", people=_WITH_ORG)
    assert keys(paper.attendees) == ["ada brook", "ben cole", "cy dale", "dora eve", "ed fox"]
    assert not any("could not be read as a person's row" in w for w in paper.warnings)
    assert next(p for p in paper.attendees if p.name == "Dora Eve").org == "Elmley Police"
    paper = _table(("✓", "X", "✓", "✓", "✓"), " | ", people=_WITH_ORG)
    assert keys(paper.attendees) == ["ada brook", "cy dale", "dora eve", "ed fox"]


@pytest.mark.parametrize("sep", _SEPARATORS)
def test_letters_read_the_same_by_either_separator(sep):
    paper = _table(("Y", "N", "Y", "A", "Yes"), sep, header="Members{sep}Attendance")
    assert keys(paper.attendees) == ["ada brook", "cy dale", "ed fox"], sep
    assert keys(paper.apologies) == ["dora eve"], sep


def test_present_and_apologies_columns_with_an_empty_middle_cell_between_tabs():
    rows = "Ada Brook\t✓\t\nBen Cole\t\t✓\nCy Dale\t✓\t\nDora Eve\t\t✓\n"
    paper = parse(f"{_HEAD}Name\tPresent\tApologies\n{rows}{_ITEMS}")
    assert keys(paper.attendees) == ["ada brook", "cy dale"]
    assert keys(paper.apologies) == ["ben cole", "dora eve"]


@pytest.mark.parametrize("sep", _SEPARATORS)
def test_the_key_wins_over_the_column_reading(sep):
    paper = _table(("✓", "X", "✓", "✓", "X"), sep, key="Key: X - Present, A - Apologies\n")
    assert keys(paper.attendees) == ["ada brook", "ben cole", "cy dale", "dora eve", "ed fox"], sep


def test_a_members_present_label_over_unmarked_rows_stays_a_list():
    rows = "".join(f"{name.split(',')[0]}\t{name.split(', ')[1]}\n" for name in _PEOPLE)
    paper = parse(f"{_HEAD}Members\tPresent\n{rows}{_ITEMS}")
    assert keys(paper.attendees) == ["ada brook", "ben cole", "cy dale", "dora eve", "ed fox"]


def test_a_grid_of_ticks_reads_x_and_blanks_as_not_present():
    grid = ("Ada Brook / ✓ / Ben Cole / X / Cy Dale / ✓\n"
            "Dora Eve / ✓ / Ed Fox /  / Fay Gill / ✓\n"
            "Gus Hale / X / Hal Ince / ✓ / Ivy Jay / ✓\n")
    paper = parse(f"{_HEAD}{grid}{_ITEMS}")
    assert keys(paper.attendees) == ["ada brook", "cy dale", "dora eve", "fay gill", "hal ince", "ivy jay"]


def test_a_blank_last_mark_cut_with_the_lines_end_between_tabs():
    rows = ("Ada Brook\tIndependent Chair\t✓\nBen Cole\tHead of Service\t\nCy Dale\tDesignated Nurse\t✓\n"
            "Dora Eve\tDetective Inspector\t✓\nEd Fox\tHead of Education\t\n")
    paper = parse(f"{_HEAD}Name\tRole\tPresent\n{rows}{_ITEMS}")
    assert keys(paper.attendees) == ["ada brook", "cy dale", "dora eve"]
    assert any("2 of 5 people have a blank attendance mark" in w for w in paper.warnings), paper.warnings


@pytest.mark.parametrize("sep", _SEPARATORS)
def test_a_table_printed_twice_side_by_side_reads_every_person(sep):
    header = sep.join(["Name", "Organisation", "Attending"] * 2)
    rows = [("Ada Brook", "Elmley Council", "✓", "Ben Cole", "Elmley Police", "X"),
            ("Cy Dale", "Elmley Health", "✓", "Dora Eve", "Elmley College", "✓"),
            ("Ed Fox", "Elmley Housing", "X", "", "", "")]
    text = "".join(sep.join(r) + "\n" for r in rows)
    paper = parse(f"{_HEAD}{header}\n{text}{_ITEMS}")
    assert keys(paper.attendees) == ["ada brook", "cy dale", "dora eve"], sep
    assert not any("could not be read" in w for w in paper.warnings), paper.warnings


def test_a_wingdings_tick_read_as_a_private_use_character_is_a_tick():
    paper = _table(("\uf0fc", "X", "\uf0fc", "\uf0fc", "\uf0fc"), " | ")
    assert keys(paper.attendees) == ["ada brook", "cy dale", "dora eve", "ed fox"]
