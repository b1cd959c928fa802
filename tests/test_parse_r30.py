"""Titles, chairs, items and actions on layouts of the blind sets (issue 13, round 30).

Invented names and bodies: a trailing paper-kind word ('Minutes', 'Notes') is no part of the meeting's name
(a lead decision; 'Meeting' stays as printed); lines that never name a meeting ('Held at ...', a date alone, a
venue and date line) are no title; 'A Meeting of the X Board' and 'DRAFT MINUTE OF THE MEETING OF THE X' name X.
"""
from __future__ import annotations

import pytest

from parse_fixtures import parse

_BODY = "\n\nSunday 4 May 2031\n\nPresent: Ada Brook, Ben Cole\n\n1. Welcome\nThe Chair welcomed all.\n"


@pytest.mark.parametrize("heading, title", [
    ("Steering Group Meeting Minutes", "Steering Group Meeting"),  # a name of body words alone keeps 'Meeting' (round 66)
    ("Elmley PPG Minutes", "Elmley PPG"),
    ("Elmley Trust Main Board Notes", "Elmley Trust Main Board"),
    ("Elmley Forum minutes: June 2031", "Elmley Forum minutes: June 2031"),  # with the month, the golds keep it
    ("Elmley discussion notes", "Elmley discussion notes"),  # one kind of paper, not a name and its kind
])
def test_a_trailing_paper_kind_word_is_dropped_from_the_title(heading, title):
    paper = parse(heading + _BODY)
    assert paper.title == title


def test_the_dropped_minutes_word_still_says_the_paper_is_minutes():
    assert parse("Elmley PPG Minutes" + _BODY).kind == "minutes"


def test_a_held_at_line_under_a_date_is_no_title():
    paper = parse("May 4, 2031\n\n\nHeld at Elmley Surgery at 3:30pm\n\n1) Welcome\n\n2) Any other business\n")
    assert paper.title is None
    assert paper.date == "2031-05-04"


def test_a_date_alone_is_no_title():
    paper = parse("Keeping Elmley lovely\n\nMeeting:\nMarch 2031\n\nPresent\n\n  • Ada Brook (AB) - Chair\n"
                  "  • Ben Cole (BC) - Treasurer\n\nApologies\n\n  • Cy Dunn (CD)\n")
    assert paper.title is None


def test_a_meeting_of_the_board_names_the_board():
    paper = parse("A Meeting of the Elmley Grammar School Full Governing Board\n\nwas held in the library at the"
                  " School on Sunday 4th May 2031 at 4.30pm.\n\nMrs A Brook [AB] Chair; Mr B Cole [BC] Head\n\n"
                  "1. Welcome\nThe Chair welcomed all.\n")
    assert paper.title == "Elmley Grammar School Full Governing Board"


def test_a_marked_minute_of_the_meeting_of_the_body_over_a_venue_and_date_line():
    paper = parse("DRAFT MINUTE OF THE MEETING OF THE ELMLEY AND BROOK JUSTICE AUTHORITY\n\n"
                  "Brook Hall, Elmley Sunday 4th May 2031\n\nPresent: Ada Brook (Chair), Ben Cole (EC)\n\n"
                  "1. WELCOME The Chair welcomed all.\n")
    assert paper.title == "ELMLEY AND BROOK JUSTICE AUTHORITY"
    assert paper.date == "2031-05-04"


def test_a_chair_label_alone_over_one_name_and_a_members_label():
    paper = parse("Elmley Board Meeting Minutes\nMeeting\n19 March 2031, Brook Hall, Elmley\nChair Person\nAda Brook (AB)\n"
                  "Members\nBen Cole (BC), Cy Dunn (CD)\nItem\n1.\nWelcome\n")
    assert paper.chair is not None and paper.chair.name == "Ada Brook"


def test_a_chair_label_alone_over_a_sentence_names_nobody():
    paper = parse("Elmley Board\n4 May 2031\nChair\nThe meeting was opened at ten.\nMembers\nBen Cole, Cy Dunn\n"
                  "1. Welcome\n")
    assert paper.chair is None


def test_a_rank_repeated_before_the_chair_marker_in_a_present_list():
    paper = parse("ELMLEY AUTHORITY\n\nBrook Hall, Elmley Sunday 4th May 2031\n\nPresent: Councillor Ada Brook"
                  " Councillor (Chair), Ben Cole (EC), Councillor Cy Dunn (WC)\n\n1. WELCOME The Chair welcomed all.\n")
    assert paper.chair is not None and paper.chair.name.endswith("Ada Brook")


def test_minute_references_code_number_year_are_items():
    paper = parse("Elmley Health Council\n\nPresent: Ada Brook, Ben Cole\n\n"
                  "EH/41/31 Declarations of Interest: There were no declarations.\n\n"
                  "EH/42/31 Chair’s announcements: There were none.\n\nEH/43/31 Matters Arising\n\nNone were raised.\n")
    assert [(i.number, i.heading) for i in paper.items] == [
        ("EH/41/31", "Declarations of Interest"), ("EH/42/31", "Chair’s announcements"), ("EH/43/31", "Matters Arising")]


def test_minute_references_month_year_number_are_items_but_not_a_british_date():
    paper = parse("Elmley Trust Board\n\nPresent: Ada Brook, Ben Cole\n\nMinutes\n"
                  "03/31/01 – Welcome and Apologies\nThe Chair welcomed everyone.\n03/31/02\nService Story\n"
                  "Ms Cole introduced the story.\n")
    assert [(i.number, i.heading) for i in paper.items] == [("03/31/01", "Welcome and Apologies"),
                                                            ("03/31/02", "Service Story")]
    dated = parse("Elmley Trust Board\n\nPresent: Ada Brook, Ben Cole\n\nMinutes\n"
                  "03/05/31 – Welcome and Apologies\nThe Chair welcomed everyone.\n03/05/32 – Service Story\n")
    assert [i.number for i in dated.items] != ["03/05/31", "03/05/32"]


def test_items_the_attendance_reading_ran_into_are_read_from_the_header():
    paper = parse("ELMLEY JUSTICE AUTHORITY\n\nMinutes of meeting held on 2 December 2031\n\nPresent:\nElmley Council\n"
                  "A Brook, Member\n\nAttending:\nElmley Council\nB Cole, Chief Officer\n\n"
                  "1 Declaration of Interests\n   No interests were declared.\n\n"
                  "2 Minutes of Previous Meeting\n   The minutes were approved.\n\n"
                  "3 Chief Officer Update\n   A report by the Chief Officer was submitted.\n")
    assert [(i.number, i.heading) for i in paper.items] == [
        ("1", "Declaration of Interests"), ("2", "Minutes of Previous Meeting"), ("3", "Chief Officer Update")]


def test_a_paragraph_numbered_action_label():
    paper = parse("Elmley Steering Group\n\nSunday 4 May 2031\n\nPresent: Ada Brook (Chair), Ben Cole, Cy Dunn\n\n"
                  "1. Matters arising\n2.2.1 It was agreed that members would report new members.\n"
                  "2.2.2 Action: AB to follow up with BC about the guidance document.\n")
    assert [(a.text, a.owners) for a in paper.actions] == [
        ("AB to follow up with BC about the guidance document.", ["Ada Brook"])]


def test_an_owner_in_the_right_hand_column_after_action():
    paper = parse("Elmley PPG\n\nSunday 4 May 2031\n\nPresent: Ada Brook (Chair), Ben Cole, Cy Dunn\n\n"
                  "1. Newsletter\nBen will send a digital copy to Ada to share with the network          Action Ben\n\n"
                  "Cy is going to email the revised draft to all members.                   Action Cy\n\n"
                  "Members were encouraged to make positive comments where possible.        Action ALL\n\n"
                  "No.                 Item                                                 Action By\n")
    assert [(a.text, a.owners) for a in paper.actions] == [
        ("Ben will send a digital copy to Ada to share with the network", ["Ben Cole"]),
        ("Cy is going to email the revised draft to all members.", ["Cy Dunn"])]


def test_a_full_date_over_the_heading_is_the_meetings_date_not_a_page_title():
    paper = parse("Wednesday 14 May 2031\n\nSteering Group Meeting Minutes\n\n"
                  "Note: The following minutes were approved.\n\nPresent: Ada Brook (Chair), Ben Cole, Cy Dunn\n\n"
                  "1. Apologies for absence\nNone.\n")
    assert (paper.title, paper.date) == ("Steering Group Meeting", "2031-05-14")


_FLAT = ("Elmley Trust EB2031.22 Trust Board Minutes of the Trust Board meeting held in public on 14 May 2031 at 9am in"
         " the Great Hall, The Elmley Hospital. Present: Dame Ada Brook Sir Ben Cole Professor Sir Cy Dale Mr Dan Eddy"
         " Mrs Eve Ford Professor Gus Hale OBE Mr Ian Jones In attendance: Ms Flo Gray {initials} Chairman Chief"
         " Executive Medical Director Director of Finance Non-Executive Director Non-Executive Director Director of"
         " Nursing Secretary (minutes) The Chairman welcomed Board members. EB01/31 Apologies and declarations of"
         " interest There were no apologies.\n")


def test_the_first_role_after_the_names_and_their_initials_column_names_the_chair():
    paper = parse(_FLAT.format(initials="AB BC CD DE EF GH IJ"))
    assert paper.chair is not None and paper.chair.name.endswith("Ada Brook")


def test_an_initials_column_that_does_not_open_with_the_first_name_names_no_chair():
    assert parse(_FLAT.format(initials="XY BC CD DE EF GH IJ")).chair is None
