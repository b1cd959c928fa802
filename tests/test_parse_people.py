"""Attendee and apology layouts, one rule per test, on tiny invented papers."""
from __future__ import annotations

from parse_fixtures import parse


def people(entries):
    return [(p.name, p.org, p.note) for p in entries]


def test_name_with_organisation_in_brackets_and_markers():
    paper = parse(
        "Attendees:\n"
        "\tAda Brook (Northfield LSCB)\n"
        "\tCarl Dunn (Stop Harm Now!) – attending as observer\n"
        "\tEve Frost (Northfield Board) - notes\n"
        "\nApologies:\n\tGus Hale (Police)\n\n1) Welcome\n")
    assert people(paper.attendees) == [
        ("Ada Brook", "Northfield LSCB", None),
        ("Carl Dunn", "Stop Harm Now!", "observer"),
        ("Eve Frost", "Northfield Board", "notes"),
    ]
    assert people(paper.apologies) == [("Gus Hale", "Police", None)]


def test_spans_point_at_the_written_entry():
    text = "Present:\n  Ada Brook (Northfield LSCB)\n\n1. Welcome\n"
    paper = parse(text)
    start, end = paper.attendees[0].span
    assert text[start:end] == "Ada Brook (Northfield LSCB)"


def test_columns_run_together_on_one_line():
    paper = parse("Attendees:\nAda Brook (Oakham)   Carl Dunn  (Elmley)*   Eve Frost (Ashby)\n\n1. Welcome\n")
    assert [(p.name, p.org) for p in paper.attendees] == [
        ("Ada Brook", "Oakham"), ("Carl Dunn", "Elmley"), ("Eve Frost", "Ashby")]


def test_asterisk_legend_in_the_label_becomes_a_note():
    paper = parse("Attendees (* = representing the Board Chair):\n\tAda Brook (Oakham)*\n\tCarl Dunn (Elmley)\n\n1. Welcome\n")
    assert people(paper.attendees) == [("Ada Brook", "Oakham", "representing the Board Chair"),
                                       ("Carl Dunn", "Elmley", None)]


def test_wrapped_unclosed_bracket_joins_the_next_line():
    paper = parse("Attendees:\n\tAda Brook (Oakham)\n\tCarl Dunn (Northfield \nCouncils / Northfield Board - notes \n\t\n\n1. Welcome\n")
    assert people(paper.attendees)[1] == ("Carl Dunn", "Northfield Councils / Northfield Board", "notes")


def test_name_dash_organisation_and_role_without_organisation():
    paper = parse("Attendees:\n\tAda Brook – Northfield Board\nCarl Dunn - Elmley\n\nApologies:\nEve Frost - Consultant\n\n1. Welcome\n")
    assert [(p.name, p.org) for p in paper.attendees] == [("Ada Brook", "Northfield Board"), ("Carl Dunn", "Elmley")]
    assert [(p.name, p.org) for p in paper.apologies] == [("Eve Frost", None)]


def test_name_designation_table_takes_the_organisation_after_the_job_title():
    paper = parse(
        "Present:\n\nName | Designation\n"
        "Ada Brook | Independent Chair, Northfield LSCB\n"
        "Dr Carl Dunn | Designated Doctor for Safeguarding Children, Northfield Primary Care Trust\n"
        "Eve Frost | Lay Member\n"
        "In attendance\n"
        "Gus Hale | Business Manager, Northfield LSCB (minutes)\n\n1. Welcome\n")
    assert [(p.name, p.org) for p in paper.attendees] == [
        ("Ada Brook", "Northfield LSCB"), ("Dr Carl Dunn", "Northfield Primary Care Trust"),
        ("Eve Frost", None), ("Gus Hale", "Northfield LSCB")]
    assert paper.attendees[3].note == "minutes"
    assert paper.chair is not None and paper.chair.name == "Ada Brook"


def test_table_with_organisation_and_role_columns():
    paper = parse("Attendance\n\nName | Organisation | Role\nAda Brook | Elmley Council | Chief Executive (observer)\n\n1. Welcome\n")
    assert people(paper.attendees) == [("Ada Brook", "Elmley Council", "observer")]


def test_present_list_then_designations_list():
    paper = parse(
        "Present:\nAda Brook (AB) – Chair\nCarl Dunn (CD)\n\n"
        "Designations:\nAda Brook – Head of Safeguarding, Elmley Council\nCarl Dunn – Detective Inspector, Public Protection Unit, Elmley Police\n\n"
        "1. Welcome\n")
    assert [(p.name, p.org, p.initials) for p in paper.attendees] == [
        ("Ada Brook", "Elmley Council", "AB"), ("Carl Dunn", "Elmley Police", "CD")]
    assert paper.chair.name == "Ada Brook" and paper.chair.org == "Elmley Council"


def test_inline_apologies_separated_by_semicolons_and_commas():
    paper = parse("Apologies: Cllr Ada Brook (Lead Member for Children, Elmley Council); Carl Dunn (Elmley Police).\n\n1. Welcome\n")
    assert [(p.name, p.org) for p in paper.apologies] == [("Cllr Ada Brook", "Elmley Council"), ("Carl Dunn", "Elmley Police")]
    paper = parse("APOLOGIES:  Mr Ada Brook (Probation), Mrs Eve Frost (Elmley General Hospital)\n\n1.  MINUTES\n")
    assert [(p.name, p.org) for p in paper.apologies] == [("Mr Ada Brook", "Probation"), ("Mrs Eve Frost", "Elmley General Hospital")]


def test_column_aligned_present_block_with_chair_marker():
    paper = parse("PRESENT:    Mrs Ada Brook (Chair)   - Social Services\n"
                  "            Dr Carl Dunn         - Elmley & District PCT (Designated Doctor)\n"
                  "            Miss Eve Frost       - Minutes\n\n1.  MINUTES\n")
    assert people(paper.attendees) == [("Mrs Ada Brook", "Social Services", None),
                                       ("Dr Carl Dunn", "Elmley & District PCT", None),
                                       ("Miss Eve Frost", None, "minutes")]
    assert paper.chair.name == "Mrs Ada Brook"


def test_lines_that_are_not_people_are_ignored():
    paper = parse("Attendees:\nAda Brook (Oakham)\nPoints of discussion\n\n1. Welcome\n")
    assert [p.name for p in paper.attendees] == ["Ada Brook"]


def test_present_paragraph_longer_than_any_label_line():
    names = [f"{first} {last} (Elmley Council)" for first in ("Ada", "Ben", "Cy", "Dot", "Ed", "Flo")
             for last in ("Brook", "Cole", "Dunn")]
    paper = parse("Elmley Board Meeting\nPresent: " + ", ".join(names) + "\nApologies: Gus Hale (Police)\n\n1) Welcome\n")
    assert len(paper.attendees) == 18 and len(", ".join(names)) > 400
    assert people(paper.apologies) == [("Gus Hale", "Police", None)]


def test_comma_paragraph_wrapped_across_lines_mid_name_and_mid_organisation():
    paper = parse("Present: Ada Brook (Elmley Council), Ben\nCole (Oakham Youth Service), Cy Dunn (Elmley\n"
                  "Prosecution Service), Dot Eve (Police),\nEd Fox (Elmley Aid)\n"
                  "In attendance: Flo Gray (Elmley Aid) - attending as observer, Gus\nHale (Elmley Board) - notes\n"
                  "Apologies: Hal Ives (Police)\n1. Welcome\n")
    assert people(paper.attendees) == [
        ("Ada Brook", "Elmley Council", None), ("Ben Cole", "Oakham Youth Service", None),
        ("Cy Dunn", "Elmley Prosecution Service", None), ("Dot Eve", "Police", None), ("Ed Fox", "Elmley Aid", None),
        ("Flo Gray", "Elmley Aid", "observer"), ("Gus Hale", "Elmley Board", "notes")]
    assert people(paper.apologies) == [("Hal Ives", "Police", None)]


def test_name_role_organisation_lines_are_not_joined_as_a_paragraph():
    paper = parse("Present: Ada Brook, Head of Service, Elmley Council\nBen Cole, Manager, Oakham Police\n\n1. Welcome\n")
    assert ("Ben Cole", "Oakham Police", None) in people(paper.attendees)


def test_grid_of_names_one_person_per_cell_with_a_part_filled_last_row():
    paper = parse("Attendees (* = representing the Chair):\n\n"
                  "Ada Brook (Elmley) | Ben Cole (Oakham Police) | Cy Dunn (Elmley Aid)*\n"
                  "Dot Eve (Oakham) | Ed Fox (Elmley Council) | Flo Gray (Oakham)\n"
                  "Gus Hale (Elmley Board) – notes |  |\n\nApologies:\n\nHal Ives (Oakham) | Ivy Jones (Elmley)\n\n"
                  "Points of discussion\n\n1. Welcome\n")
    assert people(paper.attendees) == [
        ("Ada Brook", "Elmley", None), ("Ben Cole", "Oakham Police", None),
        ("Cy Dunn", "Elmley Aid", "representing the Chair"), ("Dot Eve", "Oakham", None),
        ("Ed Fox", "Elmley Council", None), ("Flo Gray", "Oakham", None), ("Gus Hale", "Elmley Board", "notes")]
    assert people(paper.apologies) == [("Hal Ives", "Oakham", None), ("Ivy Jones", "Elmley", None)]


def test_name_designation_rows_are_not_a_grid():
    paper = parse("Present:\nAda Brook | Head of Service, Elmley Council\nBen Cole | Oakham Police\n\n1. Welcome\n")
    assert people(paper.attendees) == [("Ada Brook", "Elmley Council", None), ("Ben Cole", "Oakham Police", None)]


def test_a_surname_that_is_a_common_word_in_a_list_slot():
    paper = parse("Attendees:\nAda Young – Elmley Council\nBen Hall – Oakham Police\nYoung People – Elmley\n\n1. Welcome\n")
    assert [p.name for p in paper.attendees] == ["Ada Young", "Ben Hall"]


def test_organisation_whose_name_lists_with_commas():
    paper = parse("Attendees:\nAda Brook – Department for Elmley, Oakham and Ashby\n"
                  "Ben Cole, Head of Safeguarding, Elmley Council\n\n1. Welcome\n")
    assert people(paper.attendees) == [("Ada Brook", "Department for Elmley, Oakham and Ashby", None),
                                       ("Ben Cole", "Elmley Council", None)]


def test_initials_of_a_hyphenated_surname_after_the_name():
    # 'AC' is how a paper may write Andrea Ashby-Clarke: her initials, not her organisation
    paper = parse("Attendees:\n\tAndrea Ashby-Clarke (AC) – Elmley Trust\n\tDamian Lloyd-Jones (Elmley Police) – DJ\n"
                  "\tCarl Dunn (CD) – Elmley Police\n\n1) Item\n")
    assert [(p.name, p.org, p.initials) for p in paper.attendees] == [
        ("Andrea Ashby-Clarke", "Elmley Trust", "AC"), ("Damian Lloyd-Jones", "Elmley Police", "DJ"),
        ("Carl Dunn", "Elmley Police", "CD")]
    assert paper.acronyms == {}
