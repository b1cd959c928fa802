"""Attendance on layouts of a third blind set of boards (issue 13, round 5).

Invented names and organisations. Each test is one layout: a sub-heading 'Group members in
attendance' under a mixed 'Attendees and apologies' heading, and its near-misses (prose that
says someone was in attendance).
"""
from __future__ import annotations

from ingest.names import person_key
from parse_fixtures import keys, parse


HEADING = "Elmley strategic group: minutes\n\nMinutes from the meeting of the group on 3 March 2024.\n\n"


def test_a_members_in_attendance_sub_heading_continues_the_attendee_list():
    for sub_heading in ("Group members in attendance", "Officers in attendance", "Members in attendance",
                        "Other members in attendance", "Guests in attendance"):
        paper = parse(HEADING + "Attendees and apologies\n\n\n  • Ada Brook, Head of Policy, Elmley Council\n"
                      "  • Ben Cole, Deputy Director, Elmley Government\n\n" + sub_heading + "\n\n"
                      "  • Cy Dee, Head of Practice, Elmley Reporter Service\n"
                      "  • Di Eve, Chief Nurse, Elmley Health Board\n"
                      "  • Ed Fox, Director, Elmley Centre for Justice\n\n"
                      "Apologies\n\n  • Flo Gee, Elmley Police\n\n"
                      "Items and actions\n\nWelcome and introductions\n\nThe chair welcomed members.\n")
        assert keys(paper.attendees) == ["ada brook", "ben cole", "cy dee", "di eve", "ed fox"], sub_heading
        assert keys(paper.apologies) == ["flo gee"], sub_heading


def test_prose_that_someone_was_in_attendance_opens_no_list():
    paper = parse(HEADING + "Present:\nAda Brook\nBen Cole\n\n1. Welcome\n\n"
                  "Cy Dee was also in attendance.\nDi Eve\n\n2. Minutes\n\nThe minutes were agreed.\n")
    assert keys(paper.attendees) == ["ada brook", "ben cole"]


def test_capital_ranks_are_titles_only_in_capitals_and_alderman_is_an_honorific():
    assert person_key("Di Brook") == "di brook"
    assert person_key("Ds Cole") == "ds cole"
    assert person_key("DI Ada Brook") == "ada brook"
    assert person_key("DCI Ben Cole") == "ben cole"
    assert person_key("Alderman Ben Cole") == "ben cole"
    assert person_key("Dr Di Brook") == "di brook"


BOARD = "Elmley Safeguarding Children Board\nMonday 14th March 2016\n"


def test_a_month_first_name_is_a_person_when_its_initials_vouch_for_it():
    paper = parse(BOARD + "Present\nApril Brook (AB)\nBen Cole (BC)\nJune Dee (JD)\nCy Eve (CE)\n"
                  "Head of Service, Elmley Council\nIndependent Chair\nService Manager\nDesignated Nurse\n"
                  "Apologies\nMay Fox (MF)\nGus Hay (GH)\nDirector of Care\nHeadteacher\n\n"
                  "1. Welcome\nThe chair welcomed everyone.\n")
    assert keys(paper.attendees) == ["april brook", "ben cole", "june dee", "cy eve"]
    assert person_key(paper.chair.name) == "ben cole"  # the role column still lines up with the names
    assert keys(paper.apologies) == ["may fox", "gus hay"]


def test_a_month_without_vouching_initials_is_no_person():
    paper = parse(BOARD + "Present\nBen Cole (BC)\nApril Update (AU)\nCy Eve (CE)\n\n1. Welcome\n")
    assert "april update" not in keys(paper.attendees)
    paper = parse(BOARD + "Present\nBen Cole (BC)\nMarch Brook (XY)\nCy Eve (CE)\n\n1. Welcome\n")
    assert "march brook" not in keys(paper.attendees)


def test_a_role_word_surname_is_a_name_but_a_role_phrase_is_not_and_part_is_a_note():
    paper = parse(BOARD + "Present\nAda Brook (AB)\nBen Cole (BC)\n\n"
                  "Apologies\nCy Dee (CD)\nMick Lay (ML) - Part\nLay Member (LM)\nEd Fox (EF)\n\n1. Welcome\n")
    assert keys(paper.apologies) == ["cy dee", "mick lay", "ed fox"]
    lay = paper.apologies[1]
    assert lay.org is None and lay.note == "part"


def test_slash_cell_breaks_around_list_labels_are_line_breaks():
    paper = parse("Elmley Schools Safeguarding Group\n\nPresent: / Ada Brook (Chair) (AB)\nBen Cole (BC)\n"
                  "Cy Dee (CD) / In Attendance:\n/ Di Eve (Minutes)\nEd Fox (EF)\n\n1. / Welcome\n"
                  "AB welcomed everyone to the meeting. / Action\n")
    assert keys(paper.attendees) == ["ada brook", "ben cole", "cy dee", "di eve", "ed fox"]
    assert all(p.org is None for p in paper.attendees)  # never '/ In Attendance:' as an organisation
    assert person_key(paper.chair.name) == "ada brook"
    paper = parse("Elmley Schools Safeguarding Group\n\nAttendees: / Ada Brook (AB)\nBen Cole (BC) / "
                  "Apologies:\n/ Cy Dee (CD)\n\n1. / Welcome\n")
    assert keys(paper.attendees) == ["ada brook", "ben cole"]
    assert keys(paper.apologies) == ["cy dee"]


def test_a_slash_inside_a_name_role_table_row_is_no_cell_break():
    paper = parse("Elmley Schools Safeguarding Group\n\nPresent:\nAda Brook / Head of Service / Elmley Council\n"
                  "Ben Cole / Attendance Officer / Elmley Schools\n\n1. Welcome\n")
    assert keys(paper.attendees) == ["ada brook", "ben cole"]


def item_numbers(paper: Paper) -> list[str]:
    return [item.number for item in paper.items]


def test_an_attendance_label_inside_a_later_item_keeps_the_items_and_adds_no_attendee():
    for label in ("Attendees:-", "Guests:", "In attendance:"):
        paper = parse("Elmley Panel - Monday, 7th September 2015 10.30 am\n\nItems\nNo. Item\n\n"
                      "1.\nElection of Chairman\nMinutes:\nResolved\nThat Cllr Ada Brook be elected Chairman.\n\n"
                      "2.\nDeclarations of interests\nMinutes:\nThere were no declarations of interest.\n\n"
                      "3.\nTerms of Reference\nMinutes:\nThe terms of reference were noted.\n\n"
                      "4.\nPresentation on exploitation in Elmley\nThis presentation will focus on exploitation.\n\n"
                      f"{label}\n\nBen Cole – Police and Crime Commissioner\n\nCy Dee – Assistant Chief Constable\n\n"
                      "Minutes:\nBen Cole introduced this item. The panel noted the presentation.\n")
        assert item_numbers(paper) == ["1", "2", "3", "4"], label
        assert paper.attendees == [], label


def test_a_label_after_an_agenda_list_that_the_minutes_renumber_is_the_attendance():
    paper = parse("Elmley Panel\n\nAgenda\n1. Welcome\n2. Minutes of the last meeting\n3. Terms of reference.\n"
                  "4. Any other business\n\nPresent:\nAda Brook (Chair)\nBen Cole\n\n1. Welcome\n"
                  "The chair welcomed everyone.\n\n2. Minutes of the last meeting\nThe minutes were agreed.\n")
    assert keys(paper.attendees) == ["ada brook", "ben cole"]


def test_rows_under_a_name_agency_title_line_are_cut_after_the_name():
    for title in ("Name Agency", "Name Organisation", "Name Role"):
        paper = parse("Elmley Community Safety Partnership\n\nAttendance\n\nCore Membership\n\n"
                      f"Meeting core membership\n{title}\nCllr Ada Brook Elmley Council (Chair)\n"
                      "Supt. Ben Cole Elmley Police\nCy Mary Dee Elmley Clinical Commissioning Group\n"
                      "Di Eve Elmley Probation Service\nEd Fox Elmley Council (Children's)\n\n"
                      "Apologies\n  • Flo Gee (EFRA)\n\n1. Welcome and introductions\n"
                      "1.1 Cllr Brook welcomed everyone to the meeting.\n")
        assert keys(paper.attendees) == ["ada brook", "ben cole", "cy mary dee", "di eve", "ed fox"], title
        assert [p.org for p in paper.attendees][:4] == ["Elmley Council", "Elmley Police",
                                                        "Elmley Clinical Commissioning Group",
                                                        "Elmley Probation Service"], title
        assert person_key(paper.chair.name) == "ada brook", title


def test_name_agency_rows_with_mc_and_apostrophe_surnames_and_an_acronym_agency():
    paper = parse("Elmley Community Safety Partnership\n\nAttendance\nName Agency\nEd McFox Elmley Council\n"
                  "Flo O'Gee Elmley Council\nGus Hay NHS Elmley\n\n1. Welcome\nThe chair welcomed everyone.\n")
    assert keys(paper.attendees) == ["ed mcfox", "flo o'gee", "gus hay"]
    assert [p.org for p in paper.attendees] == ["Elmley Council", "Elmley Council", "NHS Elmley"]


def test_without_the_column_title_line_no_row_is_cut():
    paper = parse("Elmley Community Safety Partnership\n\nAttendance\n\nCllr Ada Brook Elmley Council\n"
                  "Ben Cole Elmley Police\n\n1. Welcome\nThe chair welcomed everyone.\n")
    assert "ada brook" not in keys(paper.attendees) and "ben cole" not in keys(paper.attendees)
