"""Action markers by their shape (issue 13, round 38).

Invented names and bodies: an action log reviewed with statuses ('Action 2. Advise on ... (XY)– Deferred'); numbered
entries with a dash ('Action 4 – AB to ...', one quoted inside brackets); dotted initials ('Action A.B. to ...', two
on one line); first names in capitals ('ACTION ADA/CARL: ...'); labels glued to the end of their task's line
('... (carry over)Action: AB & CD', '... Area Action: Ada.'), a topic before the sentence ('Litter pick: Ada was to
...'); reference codes of an action log ('RB-16 - Ada Brook to ...').
"""
from __future__ import annotations

from parse_fixtures import parse

_HEAD = "Elmley Residents Group\n\nMinutes of the meeting held on 5 May 2031\n\n"
_PRESENT = "Present: Ada Brook (AB), Ben Cole (BC), Cara Dunn (CD)\n\n"


def _actions(body: str, present: str = _PRESENT) -> list[tuple[str, list[str]]]:
    return [(a.text, a.owners) for a in parse(_HEAD + present + body).actions]


def test_a_reviewed_log_entry_that_names_nobody_is_no_action():
    body = ("4. Action Log\nThe action log was reviewed as follows:\n"
            "Action 1. AB to write to the landlord – deferred.\n"
            "Action 2. Advise on a plan for the garden (XY)– Deferred\n"
            "Action 3. ERG to make decision on the fence at next ERG. Completed\n"
            "Action 4. Police involvement in the summer fair – COMPLETED.\n")
    assert _actions(body) == [("AB to write to the landlord", ["Ada Brook"]),
                              ("Police involvement in the summer fair", [])]


def test_a_new_numbered_action_with_no_named_owner_is_still_one():
    body = "2. Website\n\nACTION 1: Officials to update the website with the new dates.\n"
    assert [t for t, _ in _actions(body)] == ["Officials to update the website with the new dates."]


def test_a_numbered_entry_with_a_dash_and_a_quoted_one():
    body = ("2. Matters arising\n\nAction 4 – BC to arrange a meeting with the bus company about the stop. "
            "See the secretary's note for the May meeting.\n\n"
            "See also the earlier action from April. (“Action 2 – CD to ask the council about the lights.\n")
    assert _actions(body) == [
        ("BC to arrange a meeting with the bus company about the stop.", ["Ben Cole"]),
        ("CD to ask the council about the lights.", ["Cara Dunn"])]


def test_dotted_initials_after_the_label_two_on_one_line():
    body = ("1. Membership\n1.1 It was agreed that the chair will inform the bank.\n"
            "Action A.B. to send the forms to B.C. Action B.C. to inform the bank as required.\n")
    assert _actions(body) == [("A.B. to send the forms to B.C.", ["Ada Brook"]),
                              ("B.C. to inform the bank as required.", ["Ben Cole"])]


def test_first_names_in_capitals_between_the_label_and_its_colon():
    present = "(Committee - Ada Brook (Chair), Carl Dunn, Carl Vale, Ben Cole)\n"
    body = ("- Misc issues:-\na.Quiz night. Those who want to come should pay Ben in the shop.\n"
            "ACTION CARL/BEN: arrange with the hall.\nb.SHED: the shed is finished.\n")
    actions = parse(_HEAD + present + body).actions
    assert [(a.text, a.owners, a.unresolved) for a in actions] == [("arrange with the hall.", ["Ben Cole"], ["Carl"])]


def test_a_label_words_in_capitals_are_no_owners():
    body = "1. Hall\n\nThe hall roof leaks.\nACTION REQUIRED: the roof to be repaired.\n"
    assert all(a.owners == [] for a in parse(_HEAD + _PRESENT + body).actions)


def test_labels_glued_to_the_end_of_their_tasks_line():
    body = ("Agenda Item Minute\nMatters ArisingThe notes were agreed.\n"
            "Grant funding – use of funds (carry over to next meeting)Action: AB & CD\n"
            "Disabled access to a plot. (carry over to next meeting)Action: CD\n"
            "Fire policy to be written and filed on the drive.Action: BC\n"
            "The volunteers would be asked. BC to speak to the volunteers.Action: BC to speak to a volunteer\n")
    assert _actions(body) == [
        ("Grant funding – use of funds (carry over to next meeting)", ["Ada Brook", "Cara Dunn"]),
        ("Disabled access to a plot. (carry over to next meeting)", ["Cara Dunn"]),
        ("Fire policy to be written and filed on the drive.", ["Ben Cole"]),
        ("BC to speak to a volunteer", ["Ben Cole"])]


def test_a_glued_label_naming_nobody_the_paper_has_is_no_action():
    body = "Matters Arising\n\nGrant funding – use of funds (carry over to next meeting)Action: XY\n"
    assert _actions(body) == []


def test_a_topic_before_the_sentence_and_a_label_after_it_with_no_full_stop():
    present = "Committee:, Ada Brook, Ben Cole\nApologies: Cara Dunn.\n\n"
    body = ("Matters Arising\n\n"
            "Litter pick: Ada would get bags from the council Action: Ada.\n\n"
            "The old bench: Ada was to get in touch with the parks team. Action: Ada.\n\n"
            "Noticeboard: Cara still to do. Action: Cara.\n")
    assert _actions(body, present) == [
        ("Ada would get bags from the council", ["Ada Brook"]),
        ("Ada was to get in touch with the parks team.", ["Ada Brook"]),
        ("Cara still to do.", ["Cara Dunn"])]


def test_an_action_logs_reference_code_then_a_listed_persons_task():
    present = "Attendees\n\nAda Brook\nBen Cole\nCara Dunn\n\n"
    body = ("Outstanding actions were noted as:\n\n"
            "RB-16 - Ada Brook to provide a paper for the next meeting on the plan. "
            "This action was put on hold for now.\n\n"
            "RB-19 - Ben Cole to circulate the scope of the work on recommendation 7.5 once agreed. "
            "The work is not yet ready.\n")
    assert _actions(body, present) == [
        ("Ada Brook to provide a paper for the next meeting on the plan.", ["Ada Brook"]),
        ("Ben Cole to circulate the scope of the work on recommendation 7.5 once agreed.", ["Ben Cole"])]


def test_an_owner_cell_after_a_slash_at_the_actions_end():
    body = ("3. Roads\n\nThe potholes were reported.\n\n"
            "Action: Follow up with the council's roads contact. / BC\n")
    assert _actions(body) == [("Follow up with the council's roads contact.", ["Ben Cole"])]


def test_an_imperative_task_line_over_its_owner_label_holds_a_participle():
    body = ("4. Letter to the council\n"
            "BC reported that the letter had been emailed. BC will circulate the response.\n"
            "Circulate the response received from the council to committee members\n"
            "Action BC\n")
    assert _actions(body) == [("Circulate the response received from the council to committee members", ["Ben Cole"])]


def test_a_recorded_sentence_over_an_owner_label_is_still_no_action():
    body = "1. Welcome\nThe Chair welcomed everyone to the meeting.\nAction BC\n"
    assert _actions(body) == []
