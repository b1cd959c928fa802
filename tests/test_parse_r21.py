"""Attendance, items and roles on layouts that stayed missed in the tuned sets (issue 13, round 21).

Invented names and bodies: titled names run together where one is a 'Rev' or has its initials written
together ('Rev HM Cole'), a titled name with no initials between rows that carry theirs, a heading cut from
its minute at a dash before the speaker, and a 'Co-opted Member' written straight after a name.
"""
from __future__ import annotations

from ingest.names import person_key
from parse_fixtures import keys, parse


def test_titled_names_run_together_with_a_rev_and_initials_written_together():
    text = ("Elmley Quality Committee\nMinutes of the Meeting held on Thursday 3rd May 2031\n"
            "Present: Ms A Brook Rev HM Cole Dr P Dale Mr H Eve-Jones\n\n1. Minutes\n\nAgreed.\n")
    names = keys(parse(text).attendees)
    for n in ("A Brook", "HM Cole", "P Dale", "H Eve-Jones"):
        assert person_key(n) in names
    assert len(names) == 4


def test_initials_written_together_need_a_title():
    text = ("Elmley Board\nMinutes of the Meeting held on 3 May 2031\n"
            "Present:\nAda Brook\nMr HM Cole\nNHS Elmley\n\n1. Minutes\n\nAgreed.\n")
    names = keys(parse(text).attendees)
    assert person_key("HM Cole") in names
    assert person_key("NHS Elmley") not in names


def test_titled_names_without_initials_between_rows_that_carry_theirs():
    text = ("Elmley Quality Committee\nMinutes of the Meeting held on 3 May 2031\n"
            "In Attendance: Mrs F Gale (FG) Dr A Hope (AH) Mr M Hill Ms J Ives Mr G Lamb (GL) Mrs V Moss (VM)\n"
            "\n1. Minutes\n\nAgreed.\n")
    names = keys(parse(text).attendees)
    for n in ("F Gale", "A Hope", "M Hill", "J Ives", "G Lamb", "V Moss"):
        assert person_key(n) in names


def test_a_row_description_is_not_read_as_titled_rows():
    text = ("Elmley Quality Committee\nMinutes of the Meeting held on 3 May 2031\n"
            "In Attendance: Mrs F Gale (FG) Head of Audit Mr G Lamb (GL) Consultant, representing Dr B Cole "
            "Mrs V Moss (VM) Clerk\n\n1. Minutes\n\nAgreed.\n")
    names = keys(parse(text).attendees)
    assert person_key("B Cole") not in names
    assert person_key("G Lamb") in names


def test_a_heading_cut_at_the_dash_before_the_speaker():
    text = ("Elmley Safeguarding Adults Board\nMinutes of the meeting held on 4 May 2031\n\n"
            "1. Welcome and Introductions\n\nThe Chair welcomed everyone.\n\n"
            "2. Strategy 2031 - AB reported that a small working group was convened to review progress made\n\n"
            "and identify priorities for the coming year.\n\n3. Any Other Business\n\nNone.\n")
    items = parse(text).items
    assert [(i.number, i.heading) for i in items][:2] == [("1", "Welcome and Introductions"), ("2", "Strategy 2031")]


def test_a_heading_dash_with_a_short_tail_is_kept():
    text = ("Elmley Board\nMinutes of the meeting held on 4 May 2031\n\n"
            "1. Welcome\n\nThe Chair welcomed everyone.\n\n2. Budget 2031 - AB to present\n\nAgreed.\n")
    items = parse(text).items
    assert items[1].heading.startswith("Budget 2031")


def test_a_co_opted_member_after_a_name_is_no_part_of_the_name():
    text = ("Elmley Scrutiny Committee\nMinutes of the meeting held on 4 May 2031\n\n"
            "Present:\nCouncillor Ben Cole (Chair)\nAda Brook Co-opted Member\nCy Dale Co-Opted Member\n"
            "\n1. Minutes\n\nAgreed.\n")
    names = keys(parse(text).attendees)
    assert person_key("Ada Brook") in names and person_key("Cy Dale") in names
    assert not any("opted" in n for n in names)


def test_non_voting_members_under_present_are_attendees():
    text = ("ELMLEY HEALTH BOARD\nMinutes of meeting held on Tuesday 8th May 2031\n"
            "PRESENT:\nVOTING MEMBERS:\nDr Ada Brook\nBen Cole\nNON VOTING MEMBERS:\nDr Cy Dale\nDora Eve\n"
            "Non-executive Directors:\nEd Fox\nMembers not present:\nGil Hart\n"
            "APOLOGIES:\nIvy Jones\n\n1. Minutes\n\nAgreed.\n")
    paper = parse(text)
    names = keys(paper.attendees)
    for n in ("Ada Brook", "Ben Cole", "Cy Dale", "Dora Eve", "Ed Fox"):
        assert person_key(n) in names
    assert person_key("Gil Hart") not in names and person_key("Gil Hart") not in keys(paper.apologies)


def test_an_action_update_line_is_no_new_action():
    text = ("Elmley Safeguarding Adults Board\nMinutes of the meeting held on 4 May 2031\n\n"
            "1.\nWelcome\nThe Chair welcomed everyone.\n2.\nMinutes of the last meeting\n"
            "Action 38 Update - There is no specific place for the forms to be recorded but this will be raised.\n"
            "ACTION: AB to write to the housing team about the forms.\n")
    actions = parse(text).actions
    assert [a.text[:5] for a in actions] == ["AB to"]


def test_a_heading_under_its_number_goes_on_after_a_comma():
    text = ("Elmley Safeguarding Adults Board\nMinutes of the meeting held on 4 May 2031\n\n"
            "1.\nWelcome, Introductions and Apologies\nAB welcomed everyone to the meeting.\n"
            "2.\nMinutes of 15th March Meeting, matters arising,\namendments and open actions\n"
            "All actions have been completed.\n3.\nBudget, finance\nand the plan was agreed by members.\n")
    items = parse(text).items
    assert items[1].heading == "Minutes of 15th March Meeting, matters arising, amendments and open actions"
    assert items[2].heading == "Budget, finance"


def test_a_heading_run_on_into_its_first_numbered_paragraph():
    text = ("Elmley Policing Board\nMinutes of the meeting held on Monday 18th May 2031\n\n"
            "1. Chair’s opening address 1.1 Ada Brook welcomed everyone to the meeting and introductions were made.\n\n"
            "1.2 Ben Cole thanked the Chair.\n\n2. Budget report 2.1 The budget was agreed by members.\n")
    items = parse(text).items
    assert [(i.number, i.heading) for i in items] == [("1", "Chair’s opening address"), ("2", "Budget report")]


def test_an_elected_members_letters_after_the_name():
    text = ("Elmley Joint Board minutes: May 2031\n\nAttendees\n\n"
            "Ada Brook MSP, Minister for Housing, Elmley Government\n\nBen Cole MSYP, Elmley Youth Parliament\n\n"
            "Cy Dale MP, Member for Oakham\n\nDora Eve, Public Health, Elmley Health Board\n\n"
            "Apologies\n\nEd Fox, Elmley Police\n\n1. Welcome\n\nThe chair welcomed members.\n")
    names = keys(parse(text).attendees)
    for n in ("Ada Brook", "Ben Cole", "Cy Dale", "Dora Eve"):
        assert person_key(n) in names
