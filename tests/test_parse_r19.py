"""Attendance, chair, apologies, items, title and date on layouts of a fifteenth blind set (issue 13, round 19).

Invented names and bodies: a meetings site's attendance written one block per person (name, role lines, a status
line), a capitals minute heading that names no one, a chair appointed for the meeting with the council in
apposition, apologies sentences with a second clause, a titled surname and a role after the last name, items
numbered through the year ('19/31'), a joint meeting's long heading run into its date and time, and a meeting
date given only in a 'postponed to' notice.
"""
from __future__ import annotations

from ingest.names import person_key
from parse_fixtures import chair, keys, parse

SITE_HEAD = ("Meeting\nElmley Health Board - Elmstead\nScheduled Time\nThursday, 16th January 2031\n9:00 AM\n"
             "Actual Time\nThursday, 16th January 2031\n12:00 AM\nConfirmed\n16 Jan 2031\n"
             "Council Chamber, Civic Office, Elmstead EL1 3BU\n")


def test_status_blocks_decide_each_persons_list():
    text = SITE_HEAD + (
        "Dr Ada Brook\nMedical Director, Elmley ICB\nPresent, as expected\n"
        "Ben Cole\nElmley Healthwatch\nPresent, as expected\n"
        "Cy Dale\nChief Executive of Elmley Hospitals Trust\nApologies\n"
        "Dora Eve\nExpected\n"
        "Ed Fox\nElmley Fire and Rescue\nAbsent\n"
        "Councillor Flo Gee\nPresent, as expected\n"
        "Gus Hart\nDirector of Place\nIn attendance\n"
        "Ivy Jay\nApologies\n"
        "He stated that the Board had heard him before.\n")
    paper = parse(text)
    assert keys(paper.attendees) == [person_key(n) for n in ("Ada Brook", "Ben Cole", "Flo Gee", "Gus Hart")]
    assert keys(paper.apologies) == [person_key("Cy Dale"), person_key("Ivy Jay")]  # 'Absent', 'Expected': neither
    assert all(p.org is None for p in paper.attendees + paper.apologies)


def test_status_blocks_with_an_unreadable_block_give_nothing_and_a_warning():
    text = SITE_HEAD + (
        "Ada Brook\nPresent, as expected\n"
        "Ben Cole\nPresent, as expected\n"
        "Elmley Council Offices\nPresent, as expected\n"  # no person's name opens this block
        "Cy Dale\nApologies\n")
    paper = parse(text)
    assert paper.attendees == [] and paper.apologies == []
    assert any("one block per person" in w for w in paper.warnings)


def test_a_labelled_list_is_not_read_as_status_blocks():
    # each label once: an ordinary 'Present' / 'Apologies' list, the names below each label
    paper = parse("Minutes of the Elmley Board held on 3 May 2031\n\nPresent\nAda Brook\nBen Cole\nApologies\n"
                  "Cy Dale\nDora Eve\n\n1. Minutes\n\nAgreed.\n")
    assert keys(paper.attendees) == [person_key("Ada Brook"), person_key("Ben Cole")]
    assert keys(paper.apologies) == [person_key("Cy Dale"), person_key("Dora Eve")]


def test_a_capitals_heading_is_no_person_and_the_appointed_chair_is_read():
    text = ("Venue: Council Offices, Elmley Road, Elmstead\n"
            "ATTENDEES Minutes:\nAlso Present:\n|\n"
            "APPOINTMENT OF CHAIRMAN To appoint a chairman for the meeting. Minutes: Councillor Ada Brook, Elmley "
            "Borough Council, was appointed Chairman for the meeting. |\n"
            "APOLOGIES FOR ABSENCE To note apologies. Minutes: Apologies for absence were submitted on behalf of "
            "Ben Cole (EBC) and Cy Dale (Oakham Care). |\n")
    paper = parse(text)
    assert paper.attendees == []
    assert chair(paper) == person_key("Ada Brook")
    assert keys(paper.apologies) == [person_key("Ben Cole"), person_key("Cy Dale")]


def test_apologies_sentences_read_every_clause():
    text = ("Agenda and minutes\n\nItems\nNo. Item\n\n1.\n\nApologies for Absence\n\nMinutes:\n\n"
            "1.1 Apologies for absence were received from Councillors Brook, Cole and Dale.  Apologies for "
            "absence were also received from co-opted Members Dora Eve and Ed Fox.\n\n"
            "2.\n\nMinutes\n\nMinutes:\n\nAgreed.\n")
    paper = parse(text)
    assert keys(paper.apologies) == [person_key(n) for n in ("Brook", "Cole", "Dale", "Dora Eve", "Ed Fox")]


def test_a_titled_surname_and_a_role_after_the_last_name_in_an_apologies_sentence():
    text = ("Agenda and minutes\n\nNo. Item\n\nTo receive any apologies for absence.\n\n"
            "Apologies for absence were received from Councillors Brook and Cole, Dr. Dale and Dora Eve.\n\n"
            "The Board also received apologies from Dr. Fox and Flo Gee-Hart Co-opted Member - Elmley Diocese "
            "Representative.\n\nMinutes\n\nAgreed.\n")
    paper = parse(text)
    assert keys(paper.apologies) == [person_key(n) for n in ("Brook", "Cole", "Dale", "Dora Eve", "Fox",
                                                             "Flo Gee-Hart")]


def test_items_numbered_through_the_year_are_kept_as_printed():
    text = ("Agenda and minutes\n\nVenue: Council Chamber, Elmstead\n\nItems\nNo. Item\n\n"
            "19/31\n\nApologies for Absence pdf icon PDF 162 KB\n\nTo receive any apologies.\n\nMinutes:\n\n"
            "There were none.\n\n20/31\n\nDeclarations of Interest\n\nMinutes:\n\nThere were none.\n\n"
            "21/31\n\nMinutes pdf icon PDF 463 KB\n\nMinutes:\n\nAgreed.\n")
    paper = parse(text)
    assert [(i.number, i.heading) for i in paper.items] == [
        ("19/31", "Apologies for Absence"), ("20/31", "Declarations of Interest"), ("21/31", "Minutes")]


def test_a_lone_year_number_is_no_item():
    paper = parse("Elmley Board\n\nThe figures for 12/31 were noted.\n\n12/31\n\nAgreed.\n")
    assert paper.items == []


def test_a_joint_meetings_long_heading_is_cut_at_its_date():
    text = ("Agenda and draft minutes\n\n"
            "Elm Review - Special Joint Scrutiny (Living in Elmley Scrutiny Commission and Children & Young People "
            "Scrutiny Commission) - Monday 13 June 2033 7.00 pm\n\nVenue: Council Chamber, Elmley Town Hall\n\n"
            "Items\nNo. Item\n\n1.\n\nWelcome\n\nMinutes:\n\nCouncillor Brook was duly elected as Chair of the "
            "meeting.\n")
    paper = parse(text)
    assert paper.title == ("Elm Review - Special Joint Scrutiny (Living in Elmley Scrutiny Commission and Children "
                           "& Young People Scrutiny Commission)")
    assert paper.date == "2033-06-13"


def test_a_postponed_to_notice_gives_the_meetings_date():
    text = ("Agenda and minutes\n\nVenue: Room 1, Elmley House, Elmstead. View directions\n\n"
            "Contact: Ada Brook  Senior Governance Officer\n\n"
            "Note: Due to unforeseen circumstances, this meeting has been postponed to Tuesday 5th July 2033 at "
            "2.00 p.m.\n\nNo. Item\n\nTo receive any apologies for absence.\n\n"
            "Members are requested to approve the minutes of the meeting held on 25th Apr 2033\n")
    paper = parse(text)
    assert paper.date == "2033-07-05"


def test_the_next_meetings_postponement_gives_no_date():
    text = ("Agenda and minutes\n\nVenue: Room 1, Elmley House, Elmstead.\n\n"
            "Note: the next meeting has been postponed to Tuesday 5th July 2033.\n\nNo. Item\n\n"
            "To receive any apologies for absence.\n")
    paper = parse(text)
    assert paper.date is None
