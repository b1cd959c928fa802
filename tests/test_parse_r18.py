"""Attendance, title and items on layouts of a fourteenth blind set of boards (issue 13, round 18).

Invented names and bodies: a legislature committee's official report ('Members present for all or part of
the proceedings:', 'Witnesses:', '<Committee>, meeting on <date>'), a two-column attendance table flattened
row by row so that its 'Apologies / Did not attend:' label is split across the other column's cells, a bill's
section heading under the opening prose of a committee's record, and an item page whose minute lists numbered
priorities after a sentence that introduces them.
"""
from __future__ import annotations

from ingest.names import person_key
from parse_fixtures import keys, parse

REPORT = ("Official Report: Minutes of Evidence\n\n"
          "Committee for Roads, meeting on Thursday, 9 March 2034\n\n\n"
          "Members present for all or part of the proceedings:\n\n"
          "Mr Ada Brook (Chairperson)\nMrs Ben Cole (Deputy Chairperson)\nMiss Cy Dale\nMr Dora Eve\n\n\n"
          "Witnesses:\n\n"
          "Dr Ed Fox, Department for Roads\nMr Flo Gee, Department for Roads\n\n\n"
          "Road Safety Bill: Department for Roads\n\n"
          "The Chairperson (Mr Brook): You are both very welcome.\n")


def test_members_present_for_part_of_the_proceedings_is_an_attendance_label():
    paper = parse(REPORT)
    assert keys(paper.attendees) == [person_key(n) for n in ("Ada Brook", "Ben Cole", "Cy Dale", "Dora Eve")]
    assert paper.title == "Committee for Roads"  # the body before ', meeting on <date>', never a member's line
    assert paper.date == "2034-03-09"


def test_witnesses_are_no_members_present():
    paper = parse(REPORT)
    assert person_key("Ed Fox") not in keys(paper.attendees)  # who gave evidence on the item, not a member
    assert not any(p.org == "Department for Roads" for p in paper.attendees)


def test_present_for_a_sentence_is_no_label():
    # 'present for' in prose, no colon: not a label
    paper = parse("Committee for Roads, meeting on Thursday, 9 March 2034\n\n"
                  "Members present for all of the meeting were thanked by the chair.\n\nMr Ada Brook\n")
    assert paper.attendees == []


def test_a_board_meeting_of_a_date_keeps_its_own_title():
    # 'meeting of' with no comma before it: the heading as printed (the log's own title), not cut
    paper = parse("ELMLEY SAFEGUARDING BOARD\nAction Log – Board meeting of 18 January 2034\n\n"
                  "1. Minutes\n\nAgreed.\n")
    assert paper.title != "Action Log – Board"


FLATTENED = ("Elmley Safeguarding Adults Board Meeting\n\n4 December 2034\n\nMINUTES\n\n"
             "Attendees:\nAda Brook – AB (Independent Chair)\nBen Cole – BC (Business Manager)\n"
             "Kit Lee – KL (Elmley Council)\n\n"
             "Cy Dale – CD (Elmley Council) Dora Eve – DE (Oakham Trust) Max Nye – MN (Oakham Council) For items 1 "
             "and 2. Apologies / Did not "
             "Ed Fox – EF (Elmley Police) Flo Gee – FG (Elmley Council) Gus Hart – GH (Oakham Council) "
             "attend: Ida Jay – IJ (Elmley Council) Jo King – JK (Fire and Rescue Service)\n\n"
             "1. Welcome and Introductions\n\nThe chair welcomed members.\n")


def test_apologies_label_split_across_a_flattened_row_is_read():
    paper = parse(FLATTENED)
    assert keys(paper.apologies) == [person_key(n) for n in ("Ed Fox", "Flo Gee", "Gus Hart", "Ida Jay", "Jo King")]
    assert not set(keys(paper.apologies)) & set(keys(paper.attendees))
    # the row's part before the label is the attendees' list run on: cut into its entries too
    assert keys(paper.attendees) == [person_key(n) for n in (
        "Ada Brook", "Ben Cole", "Kit Lee", "Cy Dale", "Dora Eve", "Max Nye")]


def test_apologies_did_not_attend_is_one_label():
    paper = parse("Elmley Board\n\n4 December 2034\n\nPresent: Ada Brook, Ben Cole\n\n"
                  "Apologies / Did not attend: Cy Dale, Dora Eve\n\n1. Minutes\n\nAgreed.\n")
    assert keys(paper.apologies) == [person_key("Cy Dale"), person_key("Dora Eve")]


def test_a_lone_did_not_with_no_attend_later_is_left_alone():
    # no 'attend:' after it on the line: not the split label, nothing read as apologies from it
    paper = parse("Elmley Board\n\n4 December 2034\n\nPresent: Ada Brook, Ben Cole\n\n"
                  "The report said Apologies / Did not Ed Fox – EF (Elmley Police) Flo Gee – FG (Elmley) "
                  "Gus Hart – GH (Oakham) matter.\n\n1. Minutes\n\nAgreed.\n")
    assert person_key("Ed Fox") not in keys(paper.apologies)


def test_a_bill_section_heading_is_no_title():
    paper = parse("I welcome everyone to the meeting. This is day 1 of stage 2 of the Roads Bill and we have set a "
                  "deadline.\nSection 1—General principle on road safety\nAmendment 1 agreed to.\n")
    assert paper.title is None


PRIORITIES = ("Agenda item\n\nElmley Safeguarding Annual Report\n\nMinutes:\n\n"
              "The Cabinet Member presented Members with the Elmley Safeguarding Board Annual Report for the year.\n\n"
              "Council were informed that the report gave an overview of the work the Board had done over the "
              "last twelve months.\n\n"
              "A discussion took place on the Annual Plan, which set out the proposed strategic priorities:\n\n"
              "1.    Learn from experience to improve how we work\n\n"
              "2.    Improve awareness of safeguarding across all communities\n\n"
              "3.    Develop and deliver citizen-led approaches\n")


def test_a_numbered_list_of_priorities_in_a_minute_is_no_items():
    assert parse(PRIORITIES).items == []


def test_numbered_items_with_minutes_under_them_are_still_items():
    text = PRIORITIES.replace("1.    Learn from experience to improve how we work\n\n",
                              "1.    Learn from experience\n\nMembers discussed the learning reviews at length and "
                              "agreed the approach.\n\n")
    assert [i.number for i in parse(text).items] == ["1", "2", "3"]


def test_initials_before_the_bracket_are_no_organisation():
    paper = parse("Elmley Board\n\n4 December 2034\n\n"
                  "Present:\nAda Brook – AB (Elmley Council)\nBen Cole – BC (Independent Chair)\n"
                  "Cy Dale – CD (Oakham Trust) Council) Group)\nDora Eve – Elmley Police) Trust)\n\n"
                  "1. Minutes\n\nAgreed.\n")
    orgs = {p.name: p.org for p in paper.attendees}
    assert orgs["Ada Brook"] == "Elmley Council"
    assert orgs["Ben Cole"] is None  # a role in the bracket, and 'BC' is the initials
    assert orgs["Cy Dale"] == "Oakham Trust"  # the other cells' closing words run in are left out
    assert not orgs.get("Dora Eve")  # only other cells' closing brackets: no organisation
    assert [p.initials for p in paper.attendees][:3] == ["AB", "BC", "CD"]


def test_two_sets_of_initials_are_no_organisation():
    paper = parse("Elmley Board\n\n4 December 2034\n\nPresent:\nAda Brook – AB CD\nBen Cole – BC (Elmley)\n\n"
                  "1. Minutes\n\nAgreed.\n")
    assert paper.attendees[0].org is None and paper.attendees[0].initials == "AB"
