"""Titles, chairs and items by shape for boards never seen (issue 13, round 37).

Invented names and bodies: a heading led by the paper's kind with no mark between ('MINUTES BOARD MEETING IN
PUBLIC'); the issuer before 'minutes of the meeting of' the body that met; a leading article; a label and a list
of names under the heading; an organisation's name over a line naming only a kind of body and its meeting.
"""
from __future__ import annotations

from parse_fixtures import chair, parse

_BODY = "\n\nPresent: Ada Brook (Chair), Ben Cole, Cara Dunn.\n\n1. Apologies\n\nNone were received.\n"


def test_a_leading_paper_kind_with_no_mark_is_no_part_of_the_title():
    paper = parse("MINUTES BOARD MEETING IN PUBLIC\n\nKESTREL HOUSE\n\n16 November 2031\n\n13.30 – 15.40" + _BODY)
    assert paper.title == "BOARD MEETING IN PUBLIC"


def test_the_issuer_before_minutes_of_the_meeting_of_gives_the_body_that_met():
    paper = parse("ELMCO minutes of the meeting of the Board of Trustees\n\n"
                  "Held on Thursday 23 January 2031, 14.00 - 16.30 Kestrel House, Elmley" + _BODY)
    assert paper.title == "Board of Trustees"


def test_a_leading_article_is_dropped_from_the_title():
    paper = parse("THE ELMLEY WARDENS COUNCIL\n\nMinutes of the meeting held on Monday 29th January 2031" + _BODY)
    assert paper.title == "ELMLEY WARDENS COUNCIL"


def test_a_label_and_a_list_of_names_is_never_the_title():
    text = ("2031-05-15 – Meeting minutes\n\nElmco meeting, 7.30pm 15th May 2031 , The Kestrel\n\n\n"
            "Committee:, Ada Brook, Ben Cole, Cara Dunn, Dan Eyre\nApologies: Eve Ford, Finn Gale.\n\n"
            "Matters Arising\n\nNothing was raised.\n")
    assert parse(text).title != "Committee:, Ada Brook, Ben Cole, Cara Dunn, Dan Eyre"


def test_an_organisation_over_a_bare_meeting_line_is_one_title():
    text = ("Trustee Meeting Minutes\n\nBelow are the last available minutes of Trustee Meetings\n\n"
            "Elmley Community Library\nTrustee Board Meeting\nWednesday 7th November 2031, 6pm\n\n"
            "Attendees: Ada Brook, Ben Cole (Chairman), Cara Dunn.\n\n1. Membership\n\nNoted.\n")
    assert parse(text).title == "Elmley Community Library Trustee Board Meeting"


def test_the_chair_with_its_article_after_an_item_heading_is_no_name():
    text = ("ELMLEY WARDENS COUNCIL Minutes of the meeting held on Monday 29th January 2031 Kestrel House, Elmley "
            "Present: Ada Brook (Chair) Ben Cole - Elmley Council Cara Dunn - Kestrel Trust "
            "1 1. Announcements The Chair welcomed all members to the meeting.\n")
    assert chair(parse(text)) == "ada brook"


def test_a_list_item_opening_with_the_chairs_role_names_the_chair():
    text = ("ELMLEY COMMUNITY COUNCIL\n\nMinutes of the meeting held on 3 March 2031\n\n"
            "Those present: Chairperson Ada Brook (AB); Ben Cole (BC); Cara Dunn (CD).\n\n"
            "1. Apologies\n\nNone.\n")
    assert chair(parse(text)) == "ada brook"


def test_a_vice_chairs_role_before_a_name_is_not_the_chair():
    text = ("ELMLEY COMMUNITY COUNCIL\n\nMinutes of the meeting held on 3 March 2031\n\n"
            "Those present: Vice Chairperson Ada Brook (AB); Ben Cole (BC); Cara Dunn (CD).\n\n"
            "1. Apologies\n\nNone.\n")
    assert chair(parse(text)) is None


def test_a_chair_in_the_list_under_a_numbered_attendance_item():
    text = ("ELMCO minutes of the meeting of the Board of Trustees\n\n"
            "Held on Thursday 23 January 2031, 14.00 - 16.30 Kestrel House, Elmley\n\n"
            "1) Attendance\n\nBoard: Ada Brook (Chair), Ben Cole, Cara Dunn.\n\n"
            "Staff: Dan Eyre (Chief Executive).\n\n2) Declarations\n\nNone.\n")
    assert chair(parse(text)) == "ada brook"


def test_chair_person_in_two_words_is_the_chair():
    text = ("Elmley Community Trust\nBoard Meeting\nMonday 27 July 2031, Trust office, 7:30pm\n"
            "Directors present: Ada Brook (Chair Person), Ben Cole, Cara Dunn.\n"
            "Apologies – Dan Eyre\n2) Declarations of Interest\n")
    assert chair(parse(text)) == "ada brook"


def test_a_name_over_a_meeting_held_line_with_comma_and_weekday_is_one_title():
    text = ("MINUTES OF THE ELMLEY RESIDENTS’ ASSOCIATION COMMITTEE\n\n"
            "MEETING, HELD ON THURSDAY, 23 JULY 2031\n\n"
            "PRESENT: Ada Brook, Ben Cole, Cara Dunn\n\n1. Apologies for absence: Dan Eyre\n")
    assert parse(text).title == "ELMLEY RESIDENTS’ ASSOCIATION COMMITTEE MEETING"


def test_a_body_meeting_line_above_an_unnamed_minutes_line_is_the_title():
    text = ("Elmley Brook Community Council Meeting\nMinutes of meeting held at Elmley Community Centre\n"
            "Monday 4th June 2031\nPresent: Ada Brook (Chairman), Ben Cole, Cara Dunn.\n"
            "Apologies: Dan Eyre\nMatters Arising:\nElmley Brook Community Council Elections\n"
            "Elections are now going ahead and the AGM is set for June.\n")
    assert parse(text).title == "Elmley Brook Community Council Meeting"


def test_a_dated_bare_meeting_line_under_a_body_leaves_the_body_as_title():
    text = ("ELMLEY ROAD ALLOTMENT ASSOCIATION\nDRAFT - MINUTES\nCOMMITTEE MEETING 19:30 THURSDAY 22 SEPTEMBER 2031\n"
            "(Committee - Ada Brook (Chair), Ben Cole (Sec), Cara Dunn)\n- Chairman’s opening remarks.\n")
    assert parse(text).title == "ELMLEY ROAD ALLOTMENT ASSOCIATION"


_COLON_ITEMS = (
    "ELMLEY RESIDENTS’ ASSOCIATION COMMITTEE\n\nMinutes of the meeting held on 23 July 2031\n\n"
    "PRESENT: Ada Brook, Ben Cole, Cara Dunn\n\n"
    "1. Apologies for absence: Dan Eyre, Eve Ford, Finn Gale, Gus Hale\n\n"
    "2. Minutes of the last meeting: agreed and Ada signed a copy.\n\n"
    "3. Matters arising: the Kestrel adverts have still not been paid for, so they will be dropped.\n\n"
    "4. AGM: Election of Chair and Vice-Chair\n\n5. Parking: review of the Brook Road scheme\n")


def test_an_item_heading_ends_at_the_colon_before_its_minute():
    items = [(i.number, i.heading) for i in parse(_COLON_ITEMS).items]
    assert items[:3] == [("1", "Apologies for absence"), ("2", "Minutes of the last meeting"), ("3", "Matters arising")]


def test_a_short_part_after_the_colon_stays_in_the_heading():
    items = [(i.number, i.heading) for i in parse(_COLON_ITEMS).items]
    assert items[3:] == [("4", "AGM: Election of Chair and Vice-Chair"), ("5", "Parking: review of the Brook Road scheme")]


def test_a_dated_body_kind_label_over_the_heading_is_no_heading():
    text = ("Board minute – 27 July 2031\n\nElmley Community Trust\nBoard Meeting\n"
            "Monday 27 July 2031, Trust office, 7:30pm\nDirectors present: Ada Brook (Chair Person), Ben Cole.\n"
            "Apologies – Dan Eyre\n2) Declarations of Interest\n")
    assert parse(text).title == "Elmley Community Trust Board Meeting"


def test_a_name_then_time_date_and_venue_after_commas_gives_the_name():
    """The lead's follow-up to rounds 36/37: with the 'Committee:, ...' line read as attendance, the informal heading
    above it became the title whole, time, date and venue included."""
    text = ("2031-05-15 – Meeting minutes\n\nELMCO meeting, 7.30pm 15th May 2031 , The Kestrel\n\n\n"
            "Committee:, Ada Brook, Ben Cole, Cara Dunn, Dan Eyre\nApologies: Eve Ford, Finn Gale.\n\n"
            "Matters Arising\n\nNothing was raised.\n")
    assert parse(text).title == "ELMCO meeting"
