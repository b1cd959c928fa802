"""Action markers and owners in shapes no open set holds (issue 13, round 43).

Invented names and bodies. Each shape varies one of the general causes the first scores of blind13-27 missed: where
the owner stands (after the task in brackets or after its full stop, in a field under the task, in a column after a
tab or a wide gap, between the label and its colon), the label's words ('Action required:', 'Actioned by', 'Action
by AB' at a line's end), a marker that opens the line before its task, an owner with a due date after it, a list
under 'Actions:' whose entries name their owner at the end, action-log column heads ('Description', 'Assigned to'),
and an owner written as a first name and an initial ('Ada B'). Guards: a presenter's 'Lead:' under a heading, a
record above an owner field, an owner cell naming nobody listed, a marker line after a finished task.
"""
from __future__ import annotations

from parse_fixtures import parse

_HEAD = "Elmley Residents Group\n\nMinutes of the meeting held on 5 May 2031\n\n"
_INITIALS = "Present: Ada Brook (AB), Ben Cole (BC), Cara Dunn (CD), Dan Frost (DF)\n\n"
_NAMES = "Present: Ada Brook, Ben Cole, Cara Dunn, Dan Frost\n\n"
_TASK = "Write to the council about the parking."


def _actions(body: str, present: str = _INITIALS) -> list[tuple[str, list[str]]]:
    return [(a.text, a.owners) for a in parse(_HEAD + present + body).actions]


def test_a_labelled_task_with_its_owner_in_brackets_at_the_end():
    body = "2. Parking\nAction: Write to the council about the parking (AB)\n"
    assert _actions(body) == [("Write to the council about the parking", ["Ada Brook"])]


def test_a_labelled_task_with_its_owner_cell_after_the_full_stop():
    body = "2. Parking\nAction: Write to the council about the parking. BC\n"
    assert _actions(body) == [("Write to the council about the parking.", ["Ben Cole"])]


def test_an_owner_nobody_listed_after_the_task_is_left_in_the_text():
    body = "2. Parking\nAction: Write to the council about the parking (XY)\n"
    assert [o for _, o in _actions(body)] == [[]]


def test_owner_fields_under_a_task_no_label_marks():
    for label in ("Owner", "Responsible", "Who", "Lead"):
        body = f"2. Parking\n{_TASK}\n{label}: AB\n"
        assert _actions(body) == [(_TASK, ["Ada Brook"])], label


def test_a_presenters_lead_field_under_a_heading_or_a_record_is_no_action():
    assert _actions("2. Finance report\nLead: AB\nThe report was noted.\n") == []
    assert _actions("2. Parking\nThe group discussed the parking on the green.\nLead: AB\n") == []


def test_action_required_and_actioned_by_labels():
    assert _actions(f"2. Parking\n{_TASK}\nAction required: AB\n") == [(_TASK, ["Ada Brook"])]
    assert _actions(f"2. Parking\n{_TASK} Actioned by: BC\n") == [(_TASK, ["Ben Cole"])]
    assert _actions(f"2. Parking\n{_TASK}\nAction to be taken by: CD\n") == [(_TASK, ["Cara Dunn"])]


def test_action_by_initials_at_the_end_of_the_line():
    body = f"2. Parking\nThe group discussed parking. {_TASK} Action by AB\n"
    assert _actions(body) == [(_TASK, ["Ada Brook"])]


def test_an_owner_cell_after_a_tab_or_a_wide_gap():
    assert _actions(f"2. Parking\n{_TASK}\tAB\n") == [(_TASK, ["Ada Brook"])]
    assert _actions(f"2. Parking\n{_TASK}          Ben Cole\n", _NAMES) == [(_TASK, ["Ben Cole"])]


def test_a_gap_cell_naming_nobody_listed_or_after_a_record_is_no_action():
    assert _actions(f"2. Parking\n{_TASK}          XY\n") == []
    assert _actions("2. Parking\nThe group discussed the parking at length.          AB\n") == []


def test_an_owner_label_with_a_due_date():
    assert _actions(f"2. Parking\n{_TASK}\nAction: AB – 30 June\n") == [(_TASK, ["Ada Brook"])]
    assert _actions(f"2. Parking\n{_TASK} ACTION: BC by June\n") == [(_TASK, ["Ben Cole"])]
    assert _actions(f"2. Parking\n{_TASK}\nAction: CD (June 2031)\n") == [(_TASK, ["Cara Dunn"])]


def test_entries_under_an_actions_heading_with_the_owner_at_the_end():
    body = "Actions:\n1. Write to the council about the parking (AB)\n2. Book the hall for June – BC\n"
    assert _actions(body) == [("Write to the council about the parking", ["Ada Brook"]),
                              ("Book the hall for June", ["Ben Cole"])]


def test_action_log_column_heads_description_and_assigned_to():
    body = ("Action Log\n| No | Description | Assigned to | Deadline |\n"
            "| 1 | Write to the council about the parking | Ada Brook | June |\n")
    assert _actions(body, _NAMES) == [("Write to the council about the parking", ["Ada Brook"])]


def test_a_marker_that_opens_its_line_before_the_task():
    body = f"2. Parking\n(Action: AB) {_TASK}\n"
    assert _actions(body) == [(_TASK, ["Ada Brook"])]


def test_a_marker_line_after_a_finished_task_still_owns_the_task_above():
    body = f"2. Parking\n{_TASK}\n(Action: AB) The treasurer then reported on the accounts.\n"
    assert _actions(body) == [(_TASK, ["Ada Brook"])]


def test_names_between_the_label_and_its_colon():
    assert _actions("2. Parking\nAction Ada Brook: write to the council about the parking.\n", _NAMES) == [
        ("write to the council about the parking.", ["Ada Brook"])]
    assert _actions("2. Parking\nAction by Ben Cole/Cara Dunn: book the hall.\n", _NAMES) == [
        ("book the hall.", ["Ben Cole", "Cara Dunn"])]


def test_label_words_between_the_label_and_its_colon_are_no_names():
    assert [t for t, _ in _actions("2. Parking\nAction Points: AB to write to the council.\n")] == [
        "AB to write to the council."]


def test_an_owner_written_as_a_first_name_and_an_initial():
    assert _actions(f"2. Parking\n{_TASK}\nAction: Ada B\n", _NAMES) == [(_TASK, ["Ada Brook"])]
    present = "Present: Ada Brook, Ada Bell, Ben Cole\n\n"
    assert _actions(f"2. Parking\n{_TASK}\nAction: Ada B\n", present)[0][1] != ["Ada Brook"]


def test_initials_of_a_person_written_in_full_when_the_lists_name_nobody_with_them():
    present = "Present: Ben Cole, Cara Dunn\n\n"
    body = ("2. Parking\nAda Brook from the council explained the parking rules.\n"
            "ACTION: AB to write to the council about the parking.\n")
    assert _actions(body, present) == [("AB to write to the council about the parking.", ["Ada Brook"])]
    two = body.replace("explained", "and Alan Bell explained")
    assert _actions(two, present)[0][1] == []


def test_an_action_log_whose_columns_ran_together_with_single_spaces():
    body = ("Action Log\nNo Action Owner Due\n1 Write to the council about the parking AB 30/06/31\n"
            "2 Book the hall for the summer fair BC July\n")
    assert _actions(body) == [("Write to the council about the parking", ["Ada Brook"]),
                              ("Book the hall for the summer fair", ["Ben Cole"])]


def test_a_spaced_log_with_names_first_and_a_row_that_wraps():
    body = ("Actions\nWho Action\nAda Brook Write to the council about the parking\n"
            "Ben Cole Book the hall for the summer fair and ask the\nschool about chairs\n")
    assert _actions(body, _NAMES) == [
        ("Write to the council about the parking", ["Ada Brook"]),
        ("Book the hall for the summer fair and ask the school about chairs", ["Ben Cole"])]


def test_a_line_of_column_words_over_rows_naming_nobody_listed_is_no_log():
    body = "Action Owner Due\nThe report was noted by the group XY June\n"
    assert _actions(body) == []


def test_a_label_then_initials_and_to_with_no_separator():
    body = "2. Parking\nACTION AB to write to the council about the parking.\n"
    assert _actions(body) == [("AB to write to the council about the parking.", ["Ada Brook"])]


def test_action_by_initials_before_the_colon():
    body = "2. Parking\nACTION BY AB: write to the council about the parking.\n"
    assert _actions(body) == [("write to the council about the parking.", ["Ada Brook"])]


def test_other_separators_after_the_label():
    for sep in (";", " =", " ►"):
        assert _actions(f"2. Parking\n{_TASK}\nAction{sep} AB\n") == [(_TASK, ["Ada Brook"])], sep


def test_an_owner_label_holding_a_name_and_its_initials():
    assert _actions(f"2. Parking\n{_TASK}\nAction: Ada Brook (AB)\n") == [(_TASK, ["Ada Brook"])]


def test_an_owner_word_inside_the_bracket_after_a_labelled_task():
    body = "2. Parking\nAction – write to the council about the parking (owner: AB)\n"
    assert _actions(body) == [("write to the council about the parking", ["Ada Brook"])]
