"""Items on layouts of the blind sets (issue 13, round 32).

Invented names and bodies: a council numbering its minutes year first ('31/19 DECLARATIONS OF INTEREST', the
year, then the minute's number), with '1)' points under a minute that are not items; an item approving earlier
minutes in capitals ('CONFIRM MINUTES OF THE MEETING HELD ON 7th MAY 2031') is an item, not the paper's own header.
"""
from __future__ import annotations

from parse_fixtures import parse

_YEAR_FIRST = (
    "ELMLEY COMMUNITY COUNCIL\n\nMinute of Meeting of Community Council held on Monday 5th May 2031\n\n"
    "PRESENT Mrs A Brook Mr B Cole\n\nIN ATTENDANCE: Ms C Dunn (Clerk)\n\n"
    "31/19 DECLARATIONS OF INTEREST\n\nThere were no declarations of interest.\n\n"
    "31/20 MINUTE\n\nThe Minute of the meeting held on 7th April 2031 was adopted.\n\n"
    "31/21 MATTERS ARISING\n\n1) Footpaths:\n\na) Mill Lane: There was nothing new to report.\n\n"
    "2) Play Park: The new swings are in place.\n\n3) Bus Shelter: There was nothing new to report.\n\n"
    "31/22 FINANCE\n\n1) Grants: A grant of £200 was agreed.\n")


def test_year_first_minute_references_are_the_items_not_the_points_under_them():
    paper = parse(_YEAR_FIRST)
    assert [(i.number, i.heading) for i in paper.items] == [
        ("31/19", "DECLARATIONS OF INTEREST"), ("31/20", "MINUTE"), ("31/21", "MATTERS ARISING"),
        ("31/22", "FINANCE")]


def test_numbers_that_may_be_a_day_and_month_are_not_year_first_references():
    text = ("Elmley Walking Group\n\nPresent: Ada Brook, Ben Cole\n\n"
            "12/05 Walk to the Mill\n\nTen walkers came.\n\n12/06 Walk to the Lake\n\nEight walkers came.\n")
    assert [i.number for i in parse(text).items] == []


def test_an_item_approving_earlier_minutes_in_capitals_is_an_item():
    text = ("ELMLEY PARISH COUNCIL\n\nPRESENT: Ada Brook (Chair), Ben Cole\n\n"
            "1.APOLOGIES FOR ABSENCE:\n\nNone.\n\n2.DECLARATIONS OF INTEREST:\n\nNone.\n\n"
            "3.CONFIRM MINUTES OF THE MEETING HELD ON 7th APRIL 2031\n\nThe minutes were agreed.\n")
    assert [(i.number, i.heading) for i in parse(text).items][-1] == (
        "3", "CONFIRM MINUTES OF THE MEETING HELD ON 7th APRIL 2031")


def test_minute_codes_glued_to_their_headings_and_printed_out_of_order_are_items():
    text = ("Minutes for the Steering Group Meeting – 4th May 2031\n\n"
            "Members present: A Brook (Chairman) B Cole & C Dunn.\n"
            "EG/13/31There were no apologies for absence.\n"
            "EG/14/31Matters Arising\nMinute EG/10/31 – The survey went out.\n"
            "EG/15/31Review of the survey\nThe replies were read.\n"
            "EG/11/31Financial Update\nThe grant was received.\n")
    assert [(i.number, i.heading.rstrip(".")) for i in parse(text).items] == [
        ("EG/13/31", "There were no apologies for absence"), ("EG/14/31", "Matters Arising"),
        ("EG/15/31", "Review of the survey"), ("EG/11/31", "Financial Update")]


def test_approved_minutes_for_the_meeting_is_a_frame_round_the_meetings_name():
    text = ("Approved Minutes for the Walking Group Meeting – 4th May 2031\n\n"
            "Members present: A Brook (Chairman) B Cole.\n\n1. Welcome\nAll were welcomed.\n")
    assert parse(text).title == "Walking Group Meeting"


def test_minutes_numbered_afresh_each_meeting_with_its_year_and_month_are_items():
    text = ("Parish Council\n\nDraft Minutes of the monthly Parish Council Meeting held on Wednesday 7th May 2031\n\n"
            "Actions 1.31/05 Attendance: Cllr. A Brook (Chair) Cllr. B Cole\n\n"
            "2.31/05 Apologies were received from: Cllr. C Dunn\n\n"
            "3.31/05 The minutes of the last meeting were agreed as a true record.\n\n"
            "4.31/05 Matters Arising: The bench was mended.\n")
    assert [(i.number, i.heading.rstrip(".")) for i in parse(text).items] == [
        ("1.31/05", "Attendance"), ("2.31/05", "Apologies were received from"),
        ("3.31/05", "The minutes of the last meeting were agreed as a true record"), ("4.31/05", "Matters Arising")]



_TALK = ("ELMLEY PARISH COUNCIL\n\nPRESENT: Ada Brook (Chair), Ben Cole, Cora Penn (Elmley Trust)\n\n"
         "1.TO RECEIVE THE TRUST'S PRESENTATION:\n\nCP gave an overview of the trust's work.  The Parish Council "
         "welcomed this presentation and CP to send a poster to the Parish Council for the village.{gap}"
         "Action 1.01: CP\n\n2.FINANCE:\n\nThe accounts were noted.\n")


def test_a_numbered_action_label_closing_its_sentence_owns_that_sentence():
    for gap in ("", " "):
        actions = parse(_TALK.format(gap=gap)).actions
        assert [(a.text, a.owners) for a in actions] == [(
            "The Parish Council welcomed this presentation and CP to send a poster to the Parish Council for the "
            "village.", ["Cora Penn"])]


def test_a_member_nominated_chairman_in_the_absence_of_the_usual_one_chairs():
    text = ("Minutes of a Trustee Meeting\nheld on 4th May 2031 at 8.00pm.\n"
            "Cy Dunn (Secretary), Ada Brook (nominated Chairman in the absence of Ben Cole), Dee Eyre, Fay Gill\n"
            "Apologies for Absence\nBen Cole, Hal Ives\n"
            "Matters Arising\nThe hall roof was mended.\n")
    assert parse(text).chair.name == "Ada Brook"


_CELL = ("Minutes of a Trustee Meeting\nheld on 4th May 2031 at 8.00pm.\n"
         "Present: Ada Brook (Chair), Cy Dunn (Secretary), Dee Eyre\n"
         "Minutes of previous meeting\n"
         "The minutes had been circulated. Dee Eyre proposed that they be accepted. Ada Brook signed the minutes. "
         "They will be posted on the hall noticeboard. CD\n"
         "Matters Arising\nThe roof was mended. AB\n")


def test_bare_initials_ending_a_paragraph_own_its_last_sentence_when_still_to_do():
    actions = parse(_CELL).actions
    assert [(a.text, a.owners) for a in actions] == [("They will be posted on the hall noticeboard.", ["Cy Dunn"])]
