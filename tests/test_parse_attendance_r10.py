"""Attendance, apologies and chair on layouts of a seventh blind set of boards (issue 13, round 10).

Invented names and organisations. Each test is one layout, the other ways boards write it, and its near-misses.
"""
from __future__ import annotations

from parse_fixtures import chair, keys, parse

TOP = "Elmley Children's Committee\n\nAt a MEETING of the ELMLEY COMMITTEE held on 14th March, 2011.\n\n"
BODY = "\n1. Minutes\n\nThe minutes were agreed.\n"


def test_surnames_in_capitals_in_a_labelled_list():
    for label in ("Present:-", "Present:", "Members present:"):
        rows = "\n\nAda BROOK\n\nBen J COLE\n\nCy McDEE\n\nD EVANS\n\n"
        paper = parse(TOP + label + rows + BODY)
        assert keys(paper.attendees) == ["ada brook", "ben j cole", "cy mcdee", "d evans"], label
        assert [a.name for a in paper.attendees][0] == "Ada BROOK"  # kept as written


def test_surnames_in_capitals_after_a_title_or_a_civic_rank():
    rows = ("\n\nLord Provost Ada BROOK\n\nDepute Lord Provost Ben COLE\n\nBailie Cy DEE\n\n"
            "Councillor Di EVE\n\nDeputy Mayor Ed FOX\n\nLord Mayor Flo GEE\n\nProvost Gus HAY\n\n")
    paper = parse(TOP + "Present:" + rows + BODY)
    assert keys(paper.attendees) == ["ada brook", "ben cole", "cy dee", "di eve", "ed fox", "flo gee", "gus hay"]


def test_acronyms_after_a_name_and_capitals_group_labels_are_not_surnames():
    rows = "\n\nCOUNCILLORS\n\nAda Brook NHS\n\nBen LSCB\n\nCy Dee\n\n"
    paper = parse(TOP + "Present:" + rows + BODY)
    assert keys(paper.attendees) == ["cy dee"]


def test_a_capitals_surname_in_the_chair_line():
    for line in ("Councillor Ada BROOK, Convener, in the Chair.", "Ada BROOK in the Chair."):
        paper = parse(TOP + "Present:\n\nAda BROOK\n\nBen COLE\n\n" + line + "\n" + BODY)
        assert chair(paper) == "ada brook", line


COLLEGE = "Elmley College Corporation\n\nSAFEGUARDING COMMITTEE\n\nMinutes of a meeting held on 8 Nov 2019\n\n"
ITEMS = "\n\n1 MINUTES\n\nThe minutes were agreed.\n"


def test_titled_entries_run_together_with_no_separator():
    cases = {
        "Present: Mrs A Brook Member (Chair) Ms B Cole Member (Staff) Mr C Dee Member Mr D Eve Member":
            ["a brook", "b cole", "c dee", "d eve"],
        "Present: Dr A Brook Governor Mr B C Cole Governor Mrs D Eve":
            ["a brook", "b c cole", "d eve"],
        "In attendance: Ms A Brook Clerk to the Corporation Mr B Cole Head of Estates Mrs C Dee Director of Finance":
            ["a brook", "b cole", "c dee"],
    }
    for line, want in cases.items():
        paper = parse(COLLEGE + line + ITEMS)
        assert keys(paper.attendees) == want, line
    paper = parse(COLLEGE + "Present: Mrs A Brook Member (Chair) Ms B Cole Member Mr C Dee Member" + ITEMS)
    assert chair(paper) == "a brook"


def test_a_titled_name_inside_a_role_or_bracket_does_not_start_an_entry():
    # one titled entry: nothing to split; a title inside a bracket is a deputy note, not an entry
    paper = parse(COLLEGE + "Present: Mrs A Brook Member (for Mr B Cole) Ms C Dee Member" + ITEMS)
    assert keys(paper.attendees) == ["a brook", "c dee"]
    paper = parse(COLLEGE + "Present: Ada Brook, Ben Cole, Cy Dee" + ITEMS)
    assert keys(paper.attendees) == ["ada brook", "ben cole", "cy dee"]


def test_a_titled_name_after_a_deputy_phrase_stays_in_its_entry():
    paper = parse(COLLEGE + "Present: Ms C Dee Member Mrs A Brook on behalf of Mr B Cole" + ITEMS)
    assert keys(paper.attendees) == ["c dee", "a brook"]
    assert paper.attendees[1].note == "on behalf of Mr B Cole"


def test_a_vice_role_and_an_empty_bracket_end_the_name():
    paper = parse(COLLEGE + "In attendance: Ms A Brook-Cole Vice Principal Mr B Dee Deputy Lead () Mrs C Eve Clerk" + ITEMS)
    assert keys(paper.attendees) == ["a brook-cole", "b dee", "c eve"]


def test_a_safeguarding_role_acronym_is_a_role_not_an_organisation():
    for role in ("Deputy DSL", "DSL", "SENCO"):
        paper = parse(COLLEGE + f"In attendance: Ms A Brook Clerk Mr B Dee {role}" + ITEMS)
        assert [(p.name, p.org) for p in paper.attendees] == [("Ms A Brook", None), ("Mr B Dee", None)], role


def test_an_apologies_sentence_after_a_paragraph_marker_or_a_role():
    for sentence in ("i Apologies were received from Committee member Mr A Brook and Mr B Cole.",
                     "(a) Apologies were received from Mr A Brook and Mr B Cole.",
                     "a) Apologies for absence were received from Board member Mr A Brook and Mr B Cole.",
                     "ii Apologies were received from Mr A Brook and Mr B Cole.",
                     "Apologies were received from Partnership representative Mr A Brook and Mr B Cole."):
        paper = parse(COLLEGE + "Present: Mrs C Dee, Mr D Eve\n\n1 APOLOGIES\n\n" + sentence + "\n\n2 MINUTES\n\nok\n")
        assert keys(paper.apologies) == ["a brook", "b cole"], sentence


def test_a_marker_or_role_does_not_turn_other_sentences_into_apologies():
    for sentence, want in (("i Members noted the apologies policy from Elmley Council.", []),
                           ("Apologies were received from Councillor Brook.", ["brook"])):  # the title kept
        paper = parse(COLLEGE + "Present: Mrs C Dee, Mr D Eve, Councillor Ada Brook\n\n1 APOLOGIES\n\n" + sentence
                      + "\n\n2 MINUTES\n\nok\n")
        assert keys(paper.apologies) == want, sentence


BOARD = "Elmley Children's Board\n\n14 March 2011\n\nPresent: Ada Brook, Ben Cole\n\n"


def test_the_family_of_in_attendance_for_labels():
    for label in ("In attendance for Specific Items:", "In attendance for item 3:", "In Attendance for part of the meeting:",
                  "In attendance for certain items:"):
        paper = parse(BOARD + label + " Cy Dee (CD) – Project Officer (Item 3.1)\n" + BODY)
        assert keys(paper.attendees) == ["ada brook", "ben cole", "cy dee"], label


def test_the_family_of_attendance_words_as_labels():
    top = "Elmley Children's Board\n\n14 March 2011\n\n"
    for label in ("Attendance Details:", "Attendance list:", "Members attending:", "Present at the meeting:",
                  "Persons present:", "Attended by:", "Those present:", "Officers attending:"):
        paper = parse(top + label + "\n\nAda Brook – Elmley Council\n\nBen Cole – Elmley Trust\n" + BODY)
        assert keys(paper.attendees) == ["ada brook", "ben cole"], label


def test_attendance_words_in_prose_or_with_a_long_qualifier_open_no_list():
    top = "Elmley Children's Board\n\n14 March 2011\n\n"
    for line in ("In attendance for the discussion of the budget, which was long and detailed, and more: Ada Brook",
                 "Attended by more than forty people from Elmley Council",
                 "Attendance details are held by the business unit."):
        paper = parse(top + line + "\n" + BODY)
        assert keys(paper.attendees) == [], line


def test_apologies_for_absence_received_as_a_label():
    for label in ("Apologies for absence received:", "Apologies for absence received from:", "Apologies noted:"):
        paper = parse(BOARD + label + " Cy Dee, Di Eve\n" + BODY)
        assert keys(paper.apologies) == ["cy dee", "di eve"], label


def test_register_marks_before_a_chair_role_are_not_a_chair():
    # an attendance register flattened into one line: 'Y Y' (attended marks) is not a person
    text = ("Meeting Attendance Initials Agency 2.4.15 4.6.15 AB Elmley Council Y Y CD Elmley Board Independent "
            "Chair Y Y Y EF Elmley Trust Y A\n\nIn attendance for Specific Items: Cy Dee (CD) – Project Officer\n" + BODY)
    assert chair(parse(text)) is None


def test_letters_with_no_surname_are_never_a_name():
    from ingest.parse.people import looks_like_person
    from ingest.parse.vocab import load_vocabulary
    vocab = load_vocabulary()
    for marks in ("Y Y", "A B", "Y. N.", "D A Y"):
        assert not looks_like_person(marks, vocab, in_slot=True), marks
    assert looks_like_person("K BROOK", vocab, in_slot=True) and looks_like_person("A B Cole", vocab, in_slot=True)


def test_a_bracket_after_a_group_gives_every_name_its_organisation():
    value = ("Present: Councillors Brook and Cole (Elmley Council); L Dee, Elmley Trust; F Eve and M Fox (both Elmley "
             "Police); P Gee, D Hay and S Ivy (all Elmley Council); K Jay (Oakham Trust)\n")
    paper = parse(BOARD.replace("Present: Ada Brook, Ben Cole\n\n", "") + value + BODY)
    assert [(k, a.org) for k, a in zip(keys(paper.attendees), paper.attendees)] == [
        ("brook", "Elmley Council"), ("cole", "Elmley Council"), ("l dee", None), ("f eve", "Elmley Police"),
        ("m fox", "Elmley Police"), ("p gee", "Elmley Council"), ("d hay", "Elmley Council"),
        ("s ivy", "Elmley Council"), ("k jay", "Oakham Trust")]


def test_a_group_bracket_does_not_reach_past_a_semicolon_or_an_own_organisation():
    value = "Present: Ada Brook (Oakham Trust); Ben Cole, Cy Dee (Elmley Police), Di Eve and Ed Fox (all Elmley Council)\n"
    paper = parse(BOARD.replace("Present: Ada Brook, Ben Cole\n\n", "") + value + BODY)
    assert [a.org for a in paper.attendees] == ["Oakham Trust", None, "Elmley Police", "Elmley Council", "Elmley Council"]


def test_a_deputy_note_in_a_bracket_does_not_end_a_slash_table():
    for note in ("observing for", "attending for", "covering for", "in place of", "for"):
        rows = (f"Present:\nAda Brook / Independent Chair\nBen Cole / Head of Service, Elmley Council\n"
                f"Cy Dee ({note} Di Eve) / Interim Manager, Safeguarding\nEd Fox / Nurse, Elmley Trust\n")
        paper = parse("Elmley Children's Board\n\n14 March 2011\n\n" + rows + BODY)
        assert keys(paper.attendees) == ["ada brook", "ben cole", "cy dee", "ed fox"], note
        assert paper.attendees[2].org is None and paper.attendees[2].note == f"{note} Di Eve", note


def test_a_guest_line_that_says_which_item_they_attended_for():
    top = "Minutes of the Elmley LSCB Meeting Held 24th January, 2018 10.00am\n\nPolice Head Quarters, Elmley\n\n"
    for line in ("Ada Brook, Consultant, Public Health, attended for Item 5",
                 "Ada Brook (Elmley Police) attended for items 3 and 4.", "Dr Ada Brook attended for Agenda Item 2.1"):
        paper = parse(top + line + "\n\n1. Minutes\n\nThe minutes were agreed.\n")
        assert keys(paper.attendees) == ["ada brook"], line
        assert paper.attendees[0].org == ("Elmley Police" if "(" in line else None), line


def test_attended_in_prose_or_for_no_numbered_item_is_not_read():
    top = "Minutes of the Elmley LSCB Meeting Held 24th January, 2018\n\n"
    for line in ("Ada Brook attended the meeting to present the report on the strategy.",
                 "Ada Brook, Ben Cole and Cy Dee attended for this item.",
                 "The Panel noted that Ada Brook attended for item 5 of the last meeting."):
        paper = parse(top + line + "\n\n1. Minutes\n\nThe minutes were agreed.\n")
        assert keys(paper.attendees) == [], line


def test_capitals_surnames_in_a_comma_run_with_a_chair_mark():
    paper = parse(TOP + "Present: Ada BROOK, Ben COLE (Chair), Cy DEE\n" + BODY)
    assert keys(paper.attendees) == ["ada brook", "ben cole", "cy dee"]
    assert chair(paper) == "ben cole"


def test_an_agenda_section_heading_under_a_list_is_not_a_person():
    text = (COLLEGE + "In attendance: Ms C Dee Clerk\n\nMr D Eve Deputy DSL\n\nPRELIMINARY ITEMS\n\n"
            "0 WELCOME AND INTRODUCTIONS\n\ni The chair opened the meeting.\n\n1 APOLOGIES\n\ni None.\n")
    assert keys(parse(text).attendees) == ["c dee", "d eve"]
