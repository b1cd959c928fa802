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


def test_a_reference_only_marker_owned_by_the_listed_subject_of_its_sentence():
    present = "Present: Ms Ada Brook, Mr Ben Cole, Ms Cara Dunn\n\n"
    body = "1.4. The group noted the changes. Ms Brook agreed to send round the contact list. (Action 10.1)\n"
    assert _actions(body, present) == [("Ms Brook agreed to send round the contact list.", ["Ms Ada Brook"])]


def test_a_reference_only_marker_after_a_group_is_no_action():
    body = "1.4. The group agreed to send round the contact list. (Action 10.1)\n"
    assert _actions(body) == []


def test_a_run_on_list_of_initialled_tasks_numbered_in_roman():
    present = "Present: Ada Brook (AB), Ben Cole (BC), Cara Dunn (CD)\n\n"
    body = ("Actions from meeting i. AB to find out what the hall costs. ii. BC to ask the council about the bins. "
            "iii. All to think of ideas. 1. Apologies were received.\n")
    assert _actions(body, present) == [("AB to find out what the hall costs.", ["Ada Brook"]),
                                       ("BC to ask the council about the bins.", ["Ben Cole"])]


def test_a_slash_action_log_whose_header_has_the_first_row_glued_to_it():
    present = "Present: Ada Brook (AB), Ben Cole (BC), Cara Dunn (CD)\n\n"
    body = ("(2) Actions from previous meetings\n"
            "Number / Owner / Action detail / Current status05/005 / AB / Write to the council about the bins. / "
            "March update – letter sent.\n"
            "09/002 / BC / Book the hall for the summer fair / March update – booked.\n")
    assert [(t, o) for t, o in _actions(body, present)] == [("Write to the council about the bins.", ["Ada Brook"]),
                                                            ("Book the hall for the summer fair", ["Ben Cole"])]


def test_square_bracketed_owner_cells_run_into_the_minute():
    present = "Present: Ada Brook (AB), Ben Cole (BC), Cara Dunn (CD)\n\n"
    body = ("3 Events - the quiz night was discussed. [AB to book the hall for the quiz] - the summer fair to be "
            "planned in light of the council's decision [BC] - the choir is well. [Events group to decide]\n")
    assert _actions(body, present) == [("AB to book the hall for the quiz", ["Ada Brook"]),
                                       ("- the summer fair to be planned in light of the council's decision",
                                        ["Ben Cole"])]


def test_initials_in_square_brackets_after_a_name_are_no_owner_cell():
    present = "Present: Ada Brook [AB], Ben Cole [BC], Cara Dunn [CD]\n\n"
    assert _actions("3 Events - the quiz night was discussed.\n", present) == []


def test_a_numbered_label_with_a_space_before_its_colon_wrapped_over_blank_lines():
    present = "Present: Ada Brook (AB), Ben Cole (BC), Cara Dunn (CD)\n\n"
    body = ("1. Opening remarks The group congratulated the relay team.\n\nAction 1 : AB to write to Dan Frost, Eve Gray"
            "\n\nand Fay Hill to congratulate them on behalf of the group.\n\nAction 2: It was agreed to propose that\n\n"
            "Dan Frost be made a member.\n")
    assert _actions(body, present)[0] == ("AB to write to Dan Frost, Eve Gray and Fay Hill to congratulate them on "
                                          "behalf of the group.", ["Ada Brook"])


def test_an_owner_label_after_a_dash_at_the_line_end():
    present = "Council members: Ada Brook (AB), Ben Cole (BC), Cara Dunn (CD)\n\n"
    body = ("• New members needed – we would all pass the word round – Action: ALL\n\n"
            "Suggestion we add the dates to the village website – Action AB\n")
    assert _actions(body, present) == [("Suggestion we add the dates to the village website", ["Ada Brook"])]


_INITIALS = "Present: Ada Brook (AB), Ben Cole (BC), Cara Dunn (CD)\n\n3. Any other business\nThe parking was discussed.\n\n"


def test_a_bare_actions_heading_over_entries_that_name_their_owners():
    body = "ACTION POINTS\nWrite to the council about the parking - AB\nBC: Book the hall for the fair\n"
    assert _actions(body, _INITIALS) == [("Write to the council about the parking", ["Ada Brook"]),
                                         ("Book the hall for the fair", ["Ben Cole"])]


def test_a_bare_action_header_cell_over_unowned_cells_is_no_list():
    body = "Action\nWrite to the council about the parking.\nBook the hall for the fair.\n"
    assert _actions(body, _INITIALS) == []


def test_a_marker_with_no_colon_after_its_word():
    body = "The fair was discussed. Book the hall for the fair. (Action BC) The plan was agreed (Action Plan).\n"
    assert _actions(body, _INITIALS) == [("Book the hall for the fair.", ["Ben Cole"])]
