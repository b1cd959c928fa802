"""Action labels and owners in shapes the first scores of blind28-31 missed (issue 13, round 47).

Invented names and bodies. 'Action:' labels run on in one line after a heading's words (a summary table that lost
its lines) with the owner column's copy of the name after each task; an owner written as a role that the paper
gives one person by a label or a bracket ('Clerk: Ada Brook'); a task whose full stop is glued to the next item's
number. Guards: a run-on label whose subject is a group, a role two people hold, a role nobody is given.
"""
from __future__ import annotations

from parse_fixtures import parse

_HEAD = "Elmley Residents Group\n\nMinutes of the meeting held on 5 May 2031\n\n"
_NAMES = "Present: Ada Brook, Ben Cole, Cara Dunn, Dan Frost\n\n"


def _actions(body: str, present: str = _NAMES) -> list[tuple[str, list[str]]]:
    return [(a.text, a.owners) for a in parse(_HEAD + present + body).actions]


def test_run_on_labels_after_headings_each_an_action_without_the_owner_column():
    body = ("Summary of action points Minutes and matters arising Action: Ada Brook agreed to report back on the "
            "parking review Action: Ben Cole to circulate the hall booking form to members Ben Cole Finance report "
            "Action: Cara Dunn to write to the council about the bins Cara Dunn\n")
    assert _actions(body) == [
        ("Ada Brook agreed to report back on the parking review", ["Ada Brook"]),
        ("Ben Cole to circulate the hall booking form to members", ["Ben Cole"]),
        ("Cara Dunn to write to the council about the bins", ["Cara Dunn"]),
    ]


def test_a_run_on_label_whose_subject_is_a_group_is_no_action():
    body = ("Summary of action points Minutes and matters arising Action: Executive Board members were asked to "
            "suggest dates Action: Secretariat to arrange a meeting in June\n")
    assert _actions(body) == []


def test_a_role_owner_names_the_one_person_the_paper_gives_the_role():
    present = "Present: Ada Brook (Chair), Ben Cole, Cara Dunn Clerk: Dan Frost\n\n"
    body = "3. Signs\nThe signs were discussed. (Action: Clerk to collect the signs)\n"
    assert _actions(body, present) == [("Clerk to collect the signs", ["Dan Frost"])]


def test_a_role_owner_in_brackets_after_the_name():
    present = "Present: Ada Brook (Chair), Ben Cole (Secretary), Cara Dunn\n\n"
    body = "3. Signs\nThe signs were discussed. (Action: Secretary to collect the signs)\n"
    assert _actions(body, present) == [("Secretary to collect the signs", ["Ben Cole"])]


def test_a_role_two_people_hold_or_nobody_holds_names_no_owner():
    two = "Present: Ada Brook (Secretary), Ben Cole (Secretary), Cara Dunn\n\n"
    body = "3. Signs\nThe signs were discussed. (Action: Secretary to collect the signs)\n"
    assert [o for _, o in _actions(body, two)] == [[]]
    assert [o for _, o in _actions(body.replace("Secretary", "Clerk"))] == [[]]


def test_a_task_cut_at_the_next_items_number_glued_to_its_full_stop():
    present = "Present: Ada Brook (AB), Ben Cole (BC), Cara Dunn (CD)\n\n"
    body = ("1. Welcome The chair welcomed everyone. The committee approved the plan. Action – AB to ask the council "
            "to confirm the dates.2.Minutes of the previous meeting were approved.\n")
    assert _actions(body, present) == [("AB to ask the council to confirm the dates.", ["Ada Brook"])]
