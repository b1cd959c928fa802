"""Attendance written as lines of people on real boards' papers (issue 13), on invented texts.

Each test is one layout: a table flattened row by row, labels missing or misplaced,
initials pushed onto lines of their own, ranks, deputies. Names and organisations
are invented.
"""
from __future__ import annotations

from ingest.names import person_key
from ingest.parse.people import fits_initials
from parse_fixtures import parse


def pairs(entries):
    return [(p.name, p.org) for p in entries]


HEADER = ("Meeting Title:    Elmley Safeguarding Adults Board Meeting\n\n"
          "Date:             3rd March 2011\n\n"
          "Chaired by:       Ora Penn (Elmley Council)\n\n\n")


def test_fixed_width_grid_without_labels_is_attendance_then_apologies_by_blank_line_blocks():
    text = HEADER + (
        "Ada Brook (Elmley Police)          Ben Cole (Oakham                Cy Dee (Ashby\n"
        "                                   Trust)                          Housing)\n\n"
        "Eve Fox (Elmley Council /\n"
        "Elmley Board –notes)\n\n\n"
        "Gus Hale (Elmley NHS)              Ivy Jones (Oakham Aid)\n\n"
        "Points of discussion\n\n  1.   Introductions and apologies\n")
    paper = parse(text)
    assert pairs(paper.attendees) == [("Ada Brook", "Elmley Police"), ("Ben Cole", "Oakham Trust"),
                                      ("Cy Dee", "Ashby Housing"), ("Eve Fox", "Elmley Council / Elmley Board")]
    assert paper.attendees[3].note == "notes"
    assert pairs(paper.apologies) == [("Gus Hale", "Elmley NHS"), ("Ivy Jones", "Oakham Aid")]
    assert any("no 'Attendees'/'Apologies' labels" in w for w in paper.warnings)
    assert [i.number for i in paper.items] == ["1"]


def test_one_unlabelled_block_is_all_attendees_without_a_warning():
    text = HEADER + ("Ada Brook (Elmley)     Ben Cole (Oakham)     Cy Dee (Ashby)\n\n"
                     "Eve Fox (Elmley)\n\n1. Welcome\n")
    paper = parse(text)
    assert [p.name for p in paper.attendees] == ["Ada Brook", "Ben Cole", "Cy Dee", "Eve Fox"]
    assert paper.apologies == [] and paper.warnings == []


def test_prose_after_the_header_is_not_a_grid():
    text = HEADER + ("Ada Brook (Chair) welcomed everyone to the meeting and thanked Ben Cole (Oakham) and\n"
                     "Cy Dee (Ashby) for their work.\n\n1. Welcome\n")
    paper = parse(text)
    assert paper.attendees == [] and paper.apologies == []


def test_interleaved_rows_give_wrapped_organisations_to_the_cells_in_order():
    # the second visual lines of the cells come after the last cell, first opened first closed
    text = HEADER + (
        "Ada Brook (Elmley Ben Cole (Oakham) Cy Dee (Ashby\n\n"
        "Council) Trust)\n\n"
        "Eve Fox (Elmley Police) Gus Hale (Oakham Aid) Ivy Jones (Ashby CCG) Apologies:\n\n"
        "Jo King (Elmley NHS) Kay Lamb (Oakham\n\n\n"
        "Lee Moss (Ashby Aid)\n\n1) Introductions and apologies\n")
    paper = parse(text)
    assert pairs(paper.attendees) == [("Ada Brook", "Elmley Council"), ("Ben Cole", "Oakham"),
                                      ("Cy Dee", "Ashby Trust"), ("Eve Fox", "Elmley Police"),
                                      ("Gus Hale", "Oakham Aid"), ("Ivy Jones", "Ashby CCG")]
    # after the label at the END of a line: apologies; a bracket never closed leaves no organisation
    assert pairs(paper.apologies) == [("Jo King", "Elmley NHS"), ("Kay Lamb", None), ("Lee Moss", "Ashby Aid")]


def test_pieces_closing_on_the_same_line_that_cannot_be_told_apart_leave_organisations_empty():
    text = HEADER + ("Ada Brook (Elmley Ben Cole (Oakham Aid) Cy Dee (Ashby Trust) and District)\n\n"
                     "Eve Fox (Elmley) Gus Hale (Oakham) Ivy Jones (Ashby)\n\n1. Welcome\n")
    paper = parse(text)
    assert pairs(paper.attendees)[:3] == [("Ada Brook", None), ("Ben Cole", "Oakham Aid"), ("Cy Dee", None)]
    assert any("organisations split across names" in w for w in paper.warnings)


def test_apologies_label_after_its_names_takes_the_run_without_initials():
    text = ("Attendees:\nAda Brook (Elmley\nCouncil) – AB\nBen Cole (Oakham) – Cy Dee (Ashby) – CD\nBC\n"
            "Eve Fox (Elmley Police)\n– EF\nGus Hale (Oakham NHS) - GH\n"
            "Ivy Jones (Elmley Aid)\nJo King (Ashby\nTrust)\nApologies:\nPoints of discussion\n1) Welcome\n")
    paper = parse(text)
    assert [(p.name, p.initials) for p in paper.attendees] == [
        ("Ada Brook", "AB"), ("Ben Cole", "BC"), ("Cy Dee", "CD"), ("Eve Fox", "EF"), ("Gus Hale", "GH")]
    assert pairs(paper.apologies) == [("Ivy Jones", "Elmley Aid"), ("Jo King", "Ashby Trust")]
    assert any("label stands after the names" in w for w in paper.warnings)


def test_an_empty_apologies_label_without_initials_above_is_left_empty_with_a_warning():
    text = ("Attendees:\nAda Brook (Elmley)\nBen Cole (Oakham)\nCy Dee (Ashby)\n"
            "Apologies:\nPoints of discussion\n1. Welcome\n")
    paper = parse(text)
    assert [p.name for p in paper.attendees] == ["Ada Brook", "Ben Cole", "Cy Dee"]
    assert paper.apologies == []
    assert any("has no names after it" in w for w in paper.warnings)


def test_apologies_under_a_numbered_item_and_initials_on_the_next_line():
    text = ("CHAIR: Ora Penn, Elmley Council\nPresent:\nAda Brook (AB)\nBen Cole-Dunn\n(BCD)\nCy McDee (CMc)\n"
            "1. Apologies\nEve Fox (EF)\nGus Hale (GH)\nHead of Adult Services, Elmley\nElmley Police\n"
            "2. Matters arising\n2.1 None.\n")
    paper = parse(text)
    assert [(p.name, p.initials) for p in paper.attendees] == [
        ("Ada Brook", "AB"), ("Ben Cole-Dunn", "BCD"), ("Cy McDee", "CMc")]
    assert [p.org for p in paper.attendees] == [None, None, None]
    assert [p.name for p in paper.apologies] == ["Eve Fox", "Gus Hale"]
    assert [i.number for i in paper.items] == ["1", "2"]


def test_introductions_and_apologies_item_with_names_after_it():
    paper = parse("Present: Ada Brook (Elmley), Ben Cole (Oakham)\n\n1. Introductions and apologies\n"
                  "Cy Dee (Ashby)\nEve Fox (Elmley Police)\n\n2. Minutes\nThe minutes were agreed.\n")
    assert [p.name for p in paper.apologies] == ["Cy Dee", "Eve Fox"]
    paper = parse("Present: Ada Brook (Elmley), Ben Cole (Oakham)\n\n1. Introductions and apologies\n"
                  "The Chair welcomed members.\n\n2. Minutes\n")
    assert paper.apologies == []


def test_ranks_and_titles_do_not_stop_a_name_and_are_not_part_of_its_key():
    paper = parse("Attendees:\nCommander Ada Brook (Elmley Police)\nDCS Ben Cole (Elmley Police)\n"
                  "D/Chief Superintendent Cy Dee (Oakham Police)\nCllr Eve Fox (Elmley Council)\n\n1. Welcome\n")
    assert [person_key(p.name) for p in paper.attendees] == ["ada brook", "ben cole", "cy dee", "eve fox"]
    assert person_key("Chief Executive") == "chief executive"  # 'Chief' is a rank only before another


def test_deputies_are_the_attendees_and_the_person_they_stood_for_is_a_note():
    paper = parse("In attendance:\nAda Brook OBO Ben Cole\nCy Dee (Oakham Trust) – rep by Eve Fox\n"
                  "Gus Hale (deputising for Ivy Jones)\nJo King, on behalf of Kay Lamb\n"
                  "Lee Moss representing Elmley Council\n\n1. Welcome\n")
    assert [(p.name, p.org, p.note) for p in paper.attendees] == [
        ("Ada Brook", None, "on behalf of Ben Cole"), ("Eve Fox", "Oakham Trust", "representing Cy Dee"),
        ("Gus Hale", None, "deputising for Ivy Jones"), ("Jo King", None, "on behalf of Kay Lamb"),
        ("Lee Moss", "Elmley Council", None)]
    names = {person_key(p.name) for p in paper.attendees}
    assert not names & {"ben cole", "cy dee", "ivy jones", "kay lamb"}


def test_glued_label_upper_case_names_and_initials_before_the_name():
    paper = parse("Present:Ada Brook, Ben Cole\n\nApologies:\nCY DEE, Head of Safeguarding, Elmley Council\n"
                  "(EF) Eve Fox, Head of Service\nGus Hale – Lead Nurse, Oakham NHS Trust\n\n1. Welcome\n")
    assert [p.name for p in paper.attendees] == ["Ada Brook", "Ben Cole"]
    assert [(p.name, p.org, p.initials) for p in paper.apologies] == [
        ("CY DEE", "Elmley Council", None), ("Eve Fox", None, "EF"), ("Gus Hale", "Oakham NHS Trust", None)]


def test_minutes_by_line_is_header_not_attendance():
    text = HEADER.replace("Chaired by:", "Minutes by:       Ola Quinn (Elmley)\n\nChaired by:") + (
        "Ada Brook (Elmley)     Ben Cole (Oakham)     Cy Dee (Ashby)\n\n1. Welcome\n")
    paper = parse(text)
    assert [p.name for p in paper.attendees] == ["Ada Brook", "Ben Cole", "Cy Dee"]


def test_initials_fit_with_the_start_of_the_surname():
    assert fits_initials("AB", "Ada Brook") and fits_initials("AMc", "Ada McBrook")
    assert fits_initials("ABrook", "Ada Brook")
    assert not fits_initials("AC", "Ada Brook") and not fits_initials("Abr", "Ada Brook")


def test_apologies_in_a_sentence_under_item_one():
    paper = parse("Present: Ada Brook (Elmley), Ben Cole (Oakham)\n\n1. Welcome and apologies\n"
                  "1.1 Apologies were received from Cy Dee (Ashby Trust), Eve Fox and\nGus Hale.\n"
                  "1.2 The Chair welcomed members.\n2. Minutes\n3. Reports\n"
                  "3.1 Apologies were received from Ivy Jones for the next meeting.\n")
    assert [(p.name, p.org) for p in paper.apologies] == [("Cy Dee", "Ashby Trust"), ("Eve Fox", None),
                                                         ("Gus Hale", None)]
    assert [i.number for i in paper.items] == ["1", "2", "3"]
    assert paper.warnings == []
    paper = parse("Present: Ada Brook (Elmley)\n\n1. Apologies\nApologies were noted from Elmley Police and "
                  "the Oakham Trust.\n2. Minutes\n")
    assert paper.apologies == []


def test_columns_split_by_tabs_are_one_person_and_their_role_or_a_row_of_people():
    paper = parse("Present:\nAda Brook\tIndependent Chair\nBen Cole\tHead of Adult Social Care, Elmley Council\n"
                  "Cy Dee\t\tEve Fox\t\tGus Hale\n\n1. Welcome\n")
    assert [(p.name, p.org) for p in paper.attendees] == [
        ("Ada Brook", None), ("Ben Cole", "Elmley Council"), ("Cy Dee", None), ("Eve Fox", None), ("Gus Hale", None)]


def test_a_deputy_written_in_the_apologies_list_attended():
    paper = parse("Attendees: Ada Brook (Elmley Police)\nApologies: Gus Hale (Elmley NHS) rep by Ivy Jones; "
                  "Jo King (Oakham)\n\n1. Welcome\n")
    assert [(p.name, p.note) for p in paper.attendees] == [("Ada Brook", None), ("Ivy Jones", "representing Gus Hale")]
    assert [(p.name, p.org) for p in paper.apologies] == [("Gus Hale", "Elmley NHS"), ("Jo King", "Oakham")]


def test_apologies_on_the_item_line_itself():
    paper = parse("Present: Ada Brook (Elmley), Ben Cole (Oakham)\n\n1. Apologies: Cy Dee (Ashby), Eve Fox (Elmley)\n"
                  "2. Minutes\n")
    assert [p.name for p in paper.apologies] == ["Cy Dee", "Eve Fox"]
    assert [i.number for i in paper.items] == ["1", "2"]


def test_an_apologies_label_after_two_blank_line_blocks_takes_the_second_block():
    paper = parse("Attendees:\nAda Brook (Elmley)\nBen Cole (Oakham)\nCy Dee (Ashby)\n\n\nEve Fox (Elmley Police)\n"
                  "Gus Hale (Oakham NHS)\nApologies:\n\n1. Welcome\n")
    assert [p.name for p in paper.attendees] == ["Ada Brook", "Ben Cole", "Cy Dee"]
    assert [p.name for p in paper.apologies] == ["Eve Fox", "Gus Hale"]
    assert any("wider blank gap" in w for w in paper.warnings)


def test_a_labelled_row_flattened_grid_then_more_lines_of_the_same_list():
    paper = parse("Present:\nAda Brook (Elmley Ben Cole (Oakham) Cy Dee (Ashby\nPolice) Trust)\n"
                  "Eve Fox – Elmley Council\n\nApologies: Gus Hale (Oakham)\n\n1. Welcome\n")
    assert [(p.name, p.org) for p in paper.attendees] == [
        ("Ada Brook", "Elmley Police"), ("Ben Cole", "Oakham"), ("Cy Dee", "Ashby Trust"), ("Eve Fox", "Elmley Council")]
    assert [p.name for p in paper.apologies] == ["Gus Hale"]


def test_members_not_present_are_neither_attendees_nor_apologies():
    paper = parse("Board Members Present:\nAda Brook\t\tIndependent Chair\nBen Cole\t\tDirector, Elmley Council\n"
                  "In Attendance:\nCy Dee\t\tMinute Taker\nNot present:\nEve Fox\t\tElmley Police\n"
                  "Apologies:\nGus Hale\t\tElmley NHS\n1. Welcome\n")
    assert [(p.name, p.note) for p in paper.attendees] == [("Ada Brook", None), ("Ben Cole", None), ("Cy Dee", "minutes")]
    assert [p.name for p in paper.apologies] == ["Gus Hale"]
    paper = parse("Present:\nAda Brook (Elmley)\nMembers absent (no apologies):\nBen Cole (Oakham)\n\n1. Welcome\n")
    assert [p.name for p in paper.attendees] == ["Ada Brook"] and paper.apologies == []
    assert any("left out" in w for w in paper.warnings)


def test_people_separated_by_semicolons_on_a_line_under_the_label():
    paper = parse("Present:\nAda Brook (Chair), Head of Service, Elmley Council; Ben Cole, Detective Inspector, "
                  "Elmley Police; Cy Dee, Lead Nurse, Oakham NHS Trust\n\n1. Welcome\n")
    assert [(p.name, p.org) for p in paper.attendees] == [
        ("Ada Brook", "Elmley Council"), ("Ben Cole", "Elmley Police"), ("Cy Dee", "Oakham NHS Trust")]


def test_a_grid_right_under_an_unlabelled_minutes_heading():
    text = ("Minutes of the Elmley Safeguarding Adults Board\nheld on 3 March 2011 at the Civic Centre\n\n"
            "Ada Brook (Elmley Council) – Chair Ben Cole (Oakham Trust) Cy Dee (Ashby\nHousing)\n"
            "Eve Fox (Elmley Police) Gus Hale (Elmley NHS) – notes\n\n1. Welcome\n")
    paper = parse(text)
    assert [(p.name, p.org, p.note) for p in paper.attendees] == [
        ("Ada Brook", "Elmley Council", None), ("Ben Cole", "Oakham Trust", None), ("Cy Dee", "Ashby Housing", None),
        ("Eve Fox", "Elmley Police", None), ("Gus Hale", "Elmley NHS", "notes")]
    assert paper.chair is not None and paper.chair.name == "Ada Brook"
    # a newsletter is no meeting: the same lines are not an attendance list
    assert parse(text.replace("Minutes of the", "News from the")).attendees == []


def test_a_role_alone_on_a_line_is_not_a_person():
    paper = parse("In Attendance\nAda Brook\nLead Professional Officer\nBen Cole\nMinute Taker\n\n1. Welcome\n")
    assert [p.name for p in paper.attendees] == ["Ada Brook", "Ben Cole"]


def test_two_people_joined_by_and_and_a_sentence_full_stop():
    paper = parse("Present: Cllr Ada Brook (Chair), Ben Cole (Elmley Council), Cy Dee and Eve Fox (Oakham Police).\n"
                  "Apologies: Gus Hale, Ivy Jones and Jo King.\n\n1. Welcome\n")
    assert [(p.name, p.org) for p in paper.attendees] == [
        ("Cllr Ada Brook", None), ("Ben Cole", "Elmley Council"), ("Cy Dee", None), ("Eve Fox", "Oakham Police")]
    assert [(p.name, p.org) for p in paper.apologies] == [("Gus Hale", None), ("Ivy Jones", None), ("Jo King", None)]
    paper = parse("Present: Ada Brook, Director of Children and Young People\n\n1. Welcome\n")
    assert [p.name for p in paper.attendees] == ["Ada Brook"]


def test_apologies_sentence_with_the_names_on_the_lines_below():
    paper = parse("Present: Ada Brook (Elmley), Ben Cole (Oakham)\n\nItem 1: Welcome and apologies\n"
                  "The following apologies were received:\nCy Dee (Ashby Trust)\nEve Fox (Elmley Police)\n"
                  "The Chair welcomed Gus Hale to the Board.\nIvy Jones\n2. Minutes\n")
    assert [p.name for p in paper.apologies] == ["Cy Dee", "Eve Fox"]
    paper = parse("Present: Ada Brook (Elmley)\n\n1. Apologies\nApologies were received and accepted from Cy Dee "
                  "and Eve Fox.\n2. Minutes\n")
    assert [p.name for p in paper.apologies] == ["Cy Dee", "Eve Fox"]


def test_wrapped_pieces_in_fixed_width_text_by_column_or_in_order():
    # 'Ben Cole (Oakham' is cut off; the one piece below sits under Cy Dee's column
    text = HEADER + ("Ada Brook (Elmley Police)          Ben Cole (Oakham                Cy Dee (Ashby\n"
                     "                                                                   Housing)\n"
                     "Eve Fox (Elmley                    Gus Hale (Oakham)\n"
                     "            Council)\n\n1. Welcome\n")
    paper = parse(text)
    assert pairs(paper.attendees) == [("Ada Brook", "Elmley Police"), ("Ben Cole", None), ("Cy Dee", "Ashby Housing"),
                                      ("Eve Fox", "Elmley Council"), ("Gus Hale", "Oakham")]


def test_a_label_ending_the_grid_with_no_names_after_it_is_warned():
    text = HEADER + ("Ada Brook (Elmley) Ben Cole (Oakham) Cy Dee (Ashby) Apologies:\n\n1. Welcome\n")
    paper = parse(text)
    assert [p.name for p in paper.attendees] == ["Ada Brook", "Ben Cole", "Cy Dee"] and paper.apologies == []
    assert any("label ends the list" in w for w in paper.warnings)


def test_a_one_word_organisation_after_the_last_name_is_that_cells_own():
    text = HEADER + ("Ada Brook (Elmley Ben Cole (Oakham) Cy Dee (Ashby) Police)\n\n"
                     "Eve Fox (Elmley) Gus Hale (Oakham) Ivy Jones (Ashby)\n\n1. Welcome\n")
    paper = parse(text)
    assert pairs(paper.attendees)[:3] == [("Ada Brook", "Elmley Police"), ("Ben Cole", "Oakham"), ("Cy Dee", "Ashby")]
    assert not any("organisations split" in w for w in paper.warnings)


def test_honours_after_a_name_do_not_stop_it():
    paper = parse("Present:\nDame Ada Brook DBE (Chair)\nBen Cole QPM – Elmley Police\n\n1. Welcome\n")
    assert [person_key(p.name) for p in paper.attendees] == ["ada brook", "ben cole"]
    assert paper.attendees[1].org == "Elmley Police"


def test_a_label_on_a_line_whose_bracket_wraps_is_still_a_label():
    # the wrapped 'Apologies:' line had been read as more of the 'In attendance' list: apologies as attendees
    paper = parse("Present: Ada Brook (Elmley), Ben Cole (Oakham)\n"
                  "In attendance: Cy Dee (Elmley Council for Voluntary Service) -\n"
                  "attending as observer, Eve Fox (Elmley Board) - notes\n"
                  "Apologies: Gus Hale (Oakham Aid), Ivy Jones (Elmley and Ashby\nHousing Trust)\n1.\nWelcome\n")
    assert [(p.name, p.note) for p in paper.attendees] == [
        ("Ada Brook", None), ("Ben Cole", None), ("Cy Dee", "observer"), ("Eve Fox", "notes")]
    assert [(p.name, p.org) for p in paper.apologies] == [("Gus Hale", "Oakham Aid"),
                                                         ("Ivy Jones", "Elmley and Ashby Housing Trust")]


def test_a_date_line_at_the_top_is_not_an_item_number():
    paper = parse("Elmley Safeguarding Adults Board\n12 May 2011\nPresent: Ada Brook (Elmley)\n\n"
                  "1. Apologies\nApologies were received from Ben Cole.\n2. Minutes\n")
    assert [p.name for p in paper.apologies] == ["Ben Cole"]


def test_a_role_between_grid_cells_belongs_to_the_cell_before():
    text = HEADER + ("Ada Brook (Elmley) Vice Chair Ben Cole (Oakham) Cy Dee (Ashby)\n\n1. Welcome\n")
    paper = parse(text)
    assert [p.name for p in paper.attendees] == ["Ada Brook", "Ben Cole", "Cy Dee"]


def test_names_and_organisations_on_alternate_lines_still_pair():
    paper = parse("Present:\nAda Brook\nElmley Council\nBen Cole\nOakham Trust\n\n1. Welcome\n")
    assert pairs(paper.attendees) == [("Ada Brook", "Elmley Council"), ("Ben Cole", "Oakham Trust")]


def test_people_listed_under_their_organisation():
    paper = parse("Present:\nElmley County Council: Ben Cole, Cy Dee\nElmley Police: DI Eve Fox\nOakham NHS Trust:\n"
                  "Kay Lamb\nLee Moss – Lead Nurse\nBoard Members:\nNed Owen\nElmley Council: Head of Service\n\n"
                  "1. Welcome\n")
    assert pairs(paper.attendees) == [("Ben Cole", "Elmley County Council"), ("Cy Dee", "Elmley County Council"),
                                      ("DI Eve Fox", "Elmley Police"), ("Kay Lamb", "Oakham NHS Trust"),
                                      ("Lee Moss", "Oakham NHS Trust"), ("Ned Owen", None)]


def test_one_plural_title_for_several_people_and_sub_headings_inside_the_list():
    paper = parse("Present:\nCouncillor Ada Brook (Chairman)\nCouncillors Ben Cole, Cy Dee and Eve Fox\n"
                  "Officers: Gus Hale (Elmley Council)\nMinutes: Ivy Jones\nNot present: Jo King\n\n1. Welcome\n")
    assert [(p.name, p.org, p.note) for p in paper.attendees] == [
        ("Councillor Ada Brook", None, None), ("Ben Cole", None, None), ("Cy Dee", None, None),
        ("Eve Fox", None, None), ("Gus Hale", "Elmley Council", None), ("Ivy Jones", None, "minutes")]
    assert paper.apologies == []


def test_columns_of_people_written_after_the_label_on_its_line():
    text = ("Attendees:       Ada Brook (Elmley Police)       Ben Cole (Oakham Trust)\n"
            "                 Cy Dee (Ashby Council)          Eve Fox (Elmley NHS)\n"
            "Apologies:       Gus Hale (Oakham Aid)           Ivy Jones (Elmley\n"
            "                                                 Council)\n\nPoints of discussion\n1. Welcome\n")
    paper = parse(text)
    expected_attendees = [("Ada Brook", "Elmley Police"), ("Ben Cole", "Oakham Trust"), ("Cy Dee", "Ashby Council"),
                          ("Eve Fox", "Elmley NHS")]
    assert pairs(paper.attendees) == expected_attendees
    assert pairs(paper.apologies) == [("Gus Hale", "Oakham Aid"), ("Ivy Jones", "Elmley Council")]
    # both apologies wrap: a row-flattened grid after the label
    text = text.replace("Gus Hale (Oakham Aid)           Ivy Jones (Elmley\n                                ",
                        "Gus Hale (Oakham                Ivy Jones (Elmley\n                 Aid)           ")
    paper = parse(text)
    assert pairs(paper.attendees) == expected_attendees
    assert pairs(paper.apologies) == [("Gus Hale", "Oakham Aid"), ("Ivy Jones", "Elmley Council")]


def test_a_comma_paragraph_with_wrapped_brackets_is_not_read_as_a_grid():
    paper = parse("Present: Ada Brook (Elmley Council), Ben Cole (Department for Education and\n"
                  "Skills), Cy Dee (Oakham PCT), Eve Fox\n(Ashby PCT), Gus Hale (YJB)\n"
                  "Apologies: Ivy Jones (Elmley NHS)\n1) Welcome\n")
    assert pairs(paper.attendees) == [("Ada Brook", "Elmley Council"), ("Ben Cole", "Department for Education and Skills"),
                                      ("Cy Dee", "Oakham PCT"), ("Eve Fox", "Ashby PCT"), ("Gus Hale", "YJB")]
    assert [p.name for p in paper.apologies] == ["Ivy Jones"]


def test_members_absent_with_names_on_the_heading_line_and_below():
    paper = parse("Present:\nAda Brook (Elmley)\nMembers absent: Ben Cole,\nCy Dee\n\n1. Welcome\n")
    assert [p.name for p in paper.attendees] == ["Ada Brook"] and paper.apologies == []


def test_the_paper_s_own_organisation_names_decide_how_interleaved_pieces_are_shared():
    text = ("Chaired by:       Ora Penn (Elmley Borough Council)\n\n"
            "Ada Brook (Elmley Borough Ben Cole (Oakham Aid) Cy Dee (Ashby Trust) Council)\n\n"
            "Eve Fox (Oakham Gus Hale (Elmley Police) Ivy Jones (Ashby Aid) Trust)\n\n1. Welcome\n")
    paper = parse(text)
    assert pairs(paper.attendees) == [
        ("Ada Brook", "Elmley Borough Council"), ("Ben Cole", "Oakham Aid"), ("Cy Dee", "Ashby Trust"),
        ("Eve Fox", "Oakham Aid"), ("Gus Hale", "Elmley Police"), ("Ivy Jones", "Ashby Trust")]
    assert not any("organisations split" in w for w in paper.warnings)


def test_job_titles_on_their_own_line_are_not_people():
    paper = parse("In attendance:\nAda Brook\nGuest Speaker\nBen Cole\nTeam Leader\nDesignated Nurse\n\n1. Welcome\n")
    assert [p.name for p in paper.attendees] == ["Ada Brook", "Ben Cole"]


def test_initials_left_on_their_own_line_go_to_the_name_they_fit():
    paper = parse("Attendees:\nAda Brook (Elmley) – Ben Cole (Oakham) – BC\nAB\nCy Dee (Ashby)\n\n"
                  "Apologies:\nEve Fox (Elmley Police)\n\n1. Welcome\n")
    assert [(p.name, p.initials) for p in paper.attendees] == [("Ada Brook", "AB"), ("Ben Cole", "BC"), ("Cy Dee", None)]
