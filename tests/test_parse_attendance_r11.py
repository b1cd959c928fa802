"""Attendance on layouts of an eighth blind set of boards (issue 13, round 11).

Invented names and organisations. Each test is one layout, the other ways boards write it, and its near-misses.
"""
from __future__ import annotations

from parse_fixtures import chair, keys, parse

TOP = "Elmley Scrutiny Board\n\n14 March 2011\n\n"
ROWS = "\n\n-  Ada Brook, Director of Children's Services\n\n-  Ben Cole, Head of Safeguarding\n\n"
BODY = "\n1. Minutes\n\nThe minutes were agreed.\n"


def test_the_following_were_in_attendance_sentence_is_an_attendance_label():
    for label in ("The following were in attendance:", "The following were in attendance for this item:",
                  "The following were present:", "The following members were present:",
                  "The following officers were in attendance:", "The following people were also present:",
                  "The following attended:", "The following were in attendance for item 5:"):
        paper = parse(TOP + label + ROWS + BODY)
        assert keys(paper.attendees) == ["ada brook", "ben cole"], label


def test_the_following_sentence_inside_a_minute_opens_an_item_list():
    # a ModernGov item page: the list comes after the minute's first sentence, with '·' bullets
    text = ("Safeguarding Update PDF 332 KB\nMinutes: The Board received the report from the Head of Service.\n"
            "The following were in attendance for this item:\n· Councillor Ada Brook, Executive Member for Children\n"
            "· Ben Cole, Chief Officer\nThe Board discussed the report.\n")
    assert keys(parse(text).attendees) == ["ada brook", "ben cole"]


def test_the_following_sentences_that_are_no_attendance_label_open_no_list():
    for line in ("The following were in attendance at the training day, which was well received.",
                 "The following were present at the event and spoke about their work",
                 "The following were noted:", "The following actions were agreed:",
                 "The following were in attendance for the discussion of the budget, which was long: Ada Brook"):
        paper = parse(TOP + line + ROWS + BODY)
        assert keys(paper.attendees) == [], line


ITEM_PAGE = ("Agenda item\n\nElmley Adults Board - Progress Report\n\nThe Head of Service submitted a report that "
             "presented a progress update from the Elmley Adults Board.\n\n")


def test_a_chair_of_a_named_board_listed_for_an_item_does_not_chair_the_meeting():
    for label in ("The following were in attendance:", "The following were in attendance for this item:",
                  "The following officers were also in attendance:"):
        for role in ("Independent Chair of the Elmley Adults Board", "Chair, Elmley Safeguarding Partnership Board",
                     "Chairman of the Elmley Children's Partnership"):
            text = (ITEM_PAGE + label + "\n\n-  Ada Brook, Director of Adults\n\n-  Ben Cole, " + role + "\n\n"
                    "The Independent Chair introduced the report.\n")
            paper = parse(text)
            assert keys(paper.attendees) == ["ada brook", "ben cole"], (label, role)
            assert chair(paper) is None, (label, role)


def test_a_chair_marked_on_an_item_page_or_named_in_a_boards_own_list_is_still_the_chair():
    marked = parse(ITEM_PAGE + "Present:\n\n-  Ada Brook (Chair)\n\n-  Ben Cole, Director of Adults\n\nThe report was noted.\n")
    assert chair(marked) == "ada brook"
    for label in ("Present:", "The following were present:"):  # the meeting's own members, not the item's guests
        paper = parse(ITEM_PAGE + label + "\n\n-  Ada Brook, Independent Chair of the Elmley Adults Board\n\n"
                      "-  Ben Cole, Director of Adults\n\nThe report was noted.\n")
        assert chair(paper) == "ada brook", label
    own = parse("14 March 2011\n\nPresent:\n\nAda Brook, Independent Chair of the Elmley Adults Board\n\n"
                "Ben Cole, Director of Adults\n" + BODY)
    assert chair(own) == "ada brook"


MEETING = "Elmley Children's Board\n\n14 March 2011\n\nPresent: Ada Brook, Ben Cole\n\n1. Apologies\n\n"
NEXT = "\n\n2. Minutes\n\nThe minutes were agreed.\n"


def test_every_apologies_sentence_of_a_paragraph_is_read():
    for paragraph, expected in (
            ("Apologies were received from Cy Dee. Apologies were also received from Fay Gee.", ["cy dee", "fay gee"]),
            ("Apologies for absence were received from Cy Dee and Di Eve. An apology was also received from Fay Gee.",
             ["cy dee", "di eve", "fay gee"]),
            (("Apologies were received from Councillor Cy Dee and Councillor Di Eve attended as his substitute. "
             "Apologies were also received from Councillor Fay Gee."), ["cy dee", "fay gee"])):
        assert keys(parse(MEETING + paragraph + NEXT).apologies) == expected, paragraph


def test_a_sentence_before_the_apologies_sentence_names_no_apology():
    for paragraph in ("The Chair welcomed Ian Jay to the meeting. Apologies were received from Cy Dee.",
                      "Ian Jay attended as a substitute. Apologies were received from Cy Dee."):
        assert keys(parse(MEETING + paragraph + NEXT).apologies) == ["cy dee"], paragraph


def test_a_reference_to_a_minute_is_never_the_title():
    for ref in ("Minute No. 57 - Initial Budget Proposals for 2023/24", "Minute 12/23 - Annual Report",
                "Minute Number 4: Elmley Board Work Plan"):
        text = ("Matters arising\n" + ref + "\nThe Chair confirmed that the Board's views had been reported to the "
                "Executive.\n")
        assert parse(text).title is None, ref


def test_a_heading_above_a_minute_reference_is_still_the_title():
    for heading in ("Elmley Scrutiny Board", "Minutes of the Elmley Scrutiny Board"):
        text = heading + "\n\n14 March 2011\n\nMinute No. 57 - Budget Proposals\n\nThe Board noted the report.\n"
        assert parse(text).title == "Elmley Scrutiny Board", heading


def test_the_date_of_minutes_being_approved_is_not_the_meetings_date():
    for line in (("Minutes - 4 February 2011 PDF 161 KB To approve as a correct record the minutes of the meeting "
                 "held on 4 February 2011"),
                 ("Minutes of 4 February 2011: to confirm as a true record the minutes of the meeting held on "
                 "4 February 2011"),
                 "To approve as an accurate record the minutes of the meeting held on 4 February 2011"):
        text = ("Minutes: The Board received apologies.\n" + line + "\nMinutes: The minutes were agreed.\n"
                "Matters arising\nThe Chair confirmed that the report had gone to the Executive.\n")
        assert parse(text).date is None, line


def test_the_meetings_own_date_above_minutes_being_approved_is_kept():
    text = ("Elmley Scrutiny Board - Tuesday, 14 March 2011 10.00 am\n\nMinutes - 4 February 2011 PDF 161 KB To "
            "approve as a correct record the minutes of the meeting held on 4 February 2011\n\nThe minutes were "
            "agreed.\n")
    assert parse(text).date == "2011-03-14"


LONG_RUN = (" A performance report on community safety was presented to the Board, to decide where performance needs "
            "to improve. The draft Terms of Reference for the Board were presented and discussed. The Board reviews "
            "its Terms of Reference every year. There have been changes in legislation and in the partnership "
            "landscape, which affect the Board's governance and membership, and the main changes were highlighted.")


def test_a_web_address_in_a_run_together_page_does_not_hide_its_date():
    for opening in (("Summary of the Elmley Partnership Board Meeting held on 05 March 2013 Further information can be "
                    "obtained from the full minutes by going to: http://www.example.org/partnerships/elmley"),
                    ("Notes of the Elmley Partnership Board meeting held on 05 March 2013. The full minutes are at "
                    "www.example.org/elmley/minutes")):
        assert parse(opening + LONG_RUN + "\n").date == "2013-03-05", opening


def test_a_short_banner_with_a_web_address_is_still_furniture():
    text = ("Have your say on our services: complete the survey at www.example.org/survey 12 January 2020\n\n"
            "Elmley Partnership Board\n\n05 March 2013\n\nPresent: Ada Brook, Ben Cole\n" + BODY)
    assert parse(text).date == "2013-03-05"
