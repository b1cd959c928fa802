"""Chair, date and title on layouts of a twelfth blind set of boards (issue 13, round 16).

Invented names and bodies: a council committee page whose minutes open with the chairman's title of the
committee in apposition, a decision that defers an item to a later meeting, a web page's navigation labels
above the paper, a decision page's 'Decision:' label, and a board's briefing whose own heading stands over its
opening prose and a sub-committee's section heading.
"""
from __future__ import annotations

from ingest.parse.future import later_meeting_date
from parse_fixtures import chair, parse

ITEMS = "\n1. Minutes\n\nThe minutes were agreed.\n"


def test_the_chairman_of_the_committee_opening_the_meeting_chairs_it():
    for opener in ("The Chairman of the Elmley Adults and Wellbeing Committee, Councillor Ada Brook opened the meeting",
                   "The Chair of the Elmley Adults Committee, Cllr Ada Brook, opened the meeting",
                   "The Chairman of the Committee, Councillor Ada Brook welcomed everyone to the meeting"):
        text = ("Agenda and minutes\n\nVenue: Town Hall, Elmley\n\nNo. Item\n\n\nMinutes\n\n\n    "
                f"{opener} and welcomed Councillor Ben Cole to the membership of the Committee.\n\n\n"
                "Absence of Members\n\n\n    Apologies were received from Councillor Cy Dale.\n")
        assert chair(parse(text)) == "ada brook", opener


def test_another_bodys_chair_presenting_or_a_vice_chair_opening_is_no_chair():
    for opener in ("The Independent Chair of the Elmley Safeguarding Adults Board, Ada Brook, presented the annual report",
                   "The Chair of the Elmley Safeguarding Board, Ada Brook, introduced the report",
                   "The Vice Chairman of the Elmley Adults Committee, Councillor Ada Brook opened the meeting",
                   "The Chair of the Elmley Finance Group, Ada Brook, chaired the meeting of the Finance Group"):
        text = ("Agenda and minutes\n\nVenue: Town Hall, Elmley\n\nNo. Item\n\n\nAnnual Report\n\n\n    "
                f"{opener} and answered questions from Members.\n")
        assert chair(parse(text)) is None, opener


def test_a_date_given_to_a_later_meeting_is_never_the_papers():
    for before, prose in (("That the Elmley Policy be DEFERRED to the Executive Committee meeting on ", True),
                          ("That the item be deferred until the next meeting on ", True),
                          ("Date of next meeting: ", False), ("The next meeting will be held on ", True),
                          ("The report is to be considered at the Cabinet meeting on ", True),
                          ("Next Meeting - Tuesday ", False)):
        assert later_meeting_date(before, prose), before
    for before, prose in (("Minutes of the meeting held on ", False), ("Report to be considered at the Board meeting on ", False),
                          ("Presented to the Meeting of Elmley Council on ", False), ("Elmley Board Meeting ", False)):
        assert not later_meeting_date(before, prose), before


def test_a_deferred_items_later_meeting_does_not_date_a_decision_page():
    text = ("Agenda item\n\nAgenda item\n\nElmley Play Policy\n\nTo approve the revised Elmley Play Policy.\n\n"
            "Decision:\n\nThat the Elmley Play Policy be DEFERRED to the Executive Committee meeting on 4 September 2031 "
            "in order to incorporate the amendments requested by Members.\n\nMinutes:\n\n10.1 The report was noted.\n")
    paper = parse(text)
    assert paper.date is None
    assert paper.title is None  # a single-item page names the item, not the meeting
    dated = parse("Elmley Adults Board\n\nMinutes of the meeting held on 3 June 2031\n\nThe next meeting will be "
                  "held on 4 September 2031.\n" + ITEMS)
    assert dated.date == "2031-06-03"


def test_a_site_error_notice_above_the_agenda_item_marker_still_makes_an_item_page():
    text = ("This is a default template, your custom look appears to be missing.\n"
            "Technical Error: Error: The remote server returned an error: (429) Too Many Requests.\n\n"
            "Agenda item\n\nAgenda item\n\nElmley Play Policy\n\nTo approve the revised Elmley Play Policy.\n\n"
            "Decision:\n\nThat the policy be approved.\n")
    assert parse(text).title is None


def test_navigation_and_label_lines_are_never_the_title():
    for label in ("A-Z of Services:", "A-Z of Services", "Decisions", "Services", "Decision:", "Key Decisions:"):
        text = (f"{label}\n\nYou are here:   Agenda and minutes\n\nAgenda and minutes\n\nVenue: Room A\n\nNo. Item\n\n\n"
                "Welcome and Apologies\n\n\nThe Chair welcomed everyone to the meeting.\n")
        assert parse(text).title is None, label
    kept = parse("Elmley Adults Board Minutes:\n\n4 May 2031\n" + ITEMS)
    assert kept.title is not None and "Elmley Adults Board" in kept.title


def test_a_briefings_own_heading_wins_over_a_section_heading_below_its_prose():
    text = ("Elmley LSCB: Board Briefing\n\nMarch 2031\nWelcome to the Elmley Safeguarding Children Board Briefing. "
            "The Board meeting was held on 4 March 2031. There was a busy agenda and this briefing brings the "
            "headlines to you.\nYoung Carers Drawing Challenge\nYoung artists, we need you!\n\n"
            "The Subcommittee asked the Board to support a drawing challenge.\n")
    paper = parse(text)
    assert paper.title == "Elmley LSCB: Board Briefing"
    assert paper.date == "2031-03-04"
    # a heading that names no kind of paper keeps the subtitle rule: 'Elmley Council' over prose is not enough
    other = parse("Elmley Safeguarding Adults Board\nElmley Learning Subgroup\n\n4 March 2031\n" + ITEMS)
    assert other.title is not None
