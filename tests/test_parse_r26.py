"""Actions on layouts of the twenty-first blind set (issue 13, round 26).

Invented names and bodies: an owner-only 'Action – AB' marker at the end of a long paragraph line with a new
line (an 'Apologies:' field, the next minute) after it; an 'Action:' task run on into the next sentences of a
paragraph held on one line; an 'Actions Agreed' column head read before an item's bare number and heading.
"""
from __future__ import annotations

import pytest

from parse_fixtures import parse

_PEOPLE = "Present: Ada Brook (AB) (Chair), Ben Cole (BC), Cy Dale (CD)\n- Welcome\n"


def test_an_owner_marker_at_a_long_lines_end_owns_the_sentence_before_it_not_the_next_line():
    text = (_PEOPLE + "AB opened the meeting and welcomed the members of the group to the hall this evening. "
            "AB to write to the school about the garden. Action – AB\nApologies: Dr E Fox\n"
            "The group discussed the spring fair and the stalls that would be needed for the day. "
            "BC to book the hall. Action – BC\nTea and cake to be provided by the group.\n")
    actions = [(a.text, a.owners) for a in parse(text).actions]
    assert actions == [("AB to write to the school about the garden.", ["Ada Brook"]),
                       ("BC to book the hall.", ["Ben Cole"])]


def test_an_inline_action_in_a_one_line_paragraph_ends_with_its_sentence():
    text = ("Present: Ada Brook, Ben Cole, Cy Dale. The fair was discussed and Ben offered to lead a group. "
            "Action: Cy to send the stall list to Ben. The budget for the fair was agreed as follows. "
            "£500 was awarded to the choir for the day.\n")
    actions = [a.text for a in parse(text).actions]
    assert actions == ["Cy to send the stall list to Ben."]


def test_an_actions_column_head_before_an_items_number_and_record_is_no_action():
    text = (_PEOPLE + "\nActions Agreed 1 Welcome and Apologies for absence Apologies for absence were received "
            "from Ed Fox and Flo Gale.\n\n2 Minutes of the last meeting were agreed.\n")
    assert parse(text).actions == []


def test_a_numbered_action_with_a_task_is_still_read():
    text = _PEOPLE + "\nAction 1 BC to circulate the plan to members.\n"
    assert [a.text for a in parse(text).actions] == ["BC to circulate the plan to members."]


def test_apologies_given_per_group_stop_at_the_next_groups_line():
    text = ("Annual meeting of the Elmley Forum\n1) Welcome\nPresent:\n"
            "Upton: Apologies from Ada Brook and Ben Cole\nVale and Marsh: No rep\n"
            "North Hill, Low Dale & Central: Cy Dale, Apologies from Dora Eve\n2) Report\nThe year went well.\n")
    names = [a.name for a in parse(text).apologies]
    assert "Ada Brook" in names and not any(n in ("Cole Vale", "Low Dale", "Marsh") for n in names)
    assert all(n in ("Ada Brook", "Ben Cole", "Dora Eve") for n in names)


def test_an_approval_status_line_is_never_the_title():
    text = ("Approved by Chairman ONLY To be approved by the Committee at its next meeting\n\n"
            "Present: Ada Brook (Chair), Ben Cole\n\n1. Welcome\nThe Chair welcomed all.\n")
    assert parse(text).title is None


_BODY = "\n4 May 2031\n\nPresent: Ada Brook, Ben Cole\n\n1. Welcome\nThe Chair welcomed all.\n"


@pytest.mark.parametrize("heading, title", [
    ("Elmley Partnership Thirty-sixth meeting", "Elmley Partnership"),  # an ordinal occasion after the body's word
    ("Elmley Forum 36th meeting", "Elmley Forum"),
    ("Elmley Trust board meeting minutes, decisions and actions", "Elmley Trust board"),  # a list of paper kinds
    ("Elmley LSCB Meeting Minutes", "Elmley LSCB Meeting"),  # a trailing kind word goes (round 30), 'Meeting' stays
    ("Elmley Children Board Meeting", "Elmley Children Board Meeting"),
])
def test_an_occasion_or_a_list_of_paper_kinds_after_the_bodys_name_is_cut_off(heading, title):
    assert parse(heading + _BODY).title == title


def test_present_and_apologies_given_per_group_are_both_read():
    text = ("Annual meeting of the Elmley Forum\n1) Welcome\nPresent:\n"
            "Upton: Ada Brook, Apologies from Ben Cole\nVale and Marsh: No rep\n"
            "North Hill, Low Dale & Central: Cy Dale, Dora Eve (DE) (Forum Chair)\n"
            "Westfield: Apologies from Ed Fox\n2) Report\nThe year went well.\n")
    paper = parse(text)
    assert sorted(a.name for a in paper.attendees) == ["Ada Brook", "Cy Dale", "Dora Eve"]
    assert sorted(a.name for a in paper.apologies) == ["Ben Cole", "Ed Fox"]
