"""ACTION lines and their owners, resolved only against the paper's own people."""
from __future__ import annotations

from ingest.model import Paper
from ingest.parse import parse_structure

HEADER = ("Attendees:\n"
          "\tAda Brook (Oakham)\n\tCarl Dunn (Elmley)\n\tEve Frost (Ashby) – EF\n"
          "\tMina Stone (Board)\n\tMark Smith (Board)\n\n")


def actions(body: str, header: str = HEADER) -> Paper:
    paper = Paper(id="t", filename="t.txt", text=header + body)
    parse_structure(paper)
    for a in paper.actions:
        assert a.span[0] < a.span[1] <= len(paper.text)
    return paper


def owners(paper: Paper) -> list[list[str]]:
    return [a.owners for a in paper.actions]


def test_action_markers_and_full_names():
    paper = actions("1) Item\nACTION – Ada Brook to write.\nAction: Carl Dunn will call.\nACTION - Ada Brook and Carl Dunn to meet\n")
    assert [a.text for a in paper.actions] == ["Ada Brook to write.", "Carl Dunn will call.", "Ada Brook and Carl Dunn to meet"]
    assert owners(paper) == [["Ada Brook"], ["Carl Dunn"], ["Ada Brook", "Carl Dunn"]]
    assert [a.item for a in paper.actions] == ["1", "1", "1"]


def test_sub_actions_take_the_owner_from_the_lead_in():
    paper = actions("1) Item\nACTIONS: Ada Brook and Carl Dunn to discuss this. Ada Brook to:\na) write to the Chairs; and  \nb) convene a group.\n")
    assert [a.text for a in paper.actions] == ["Ada Brook and Carl Dunn to discuss this.", "write to the Chairs; and", "convene a group."]
    assert owners(paper) == [["Ada Brook", "Carl Dunn"], ["Ada Brook"], ["Ada Brook"]]


def test_a_wrapped_lead_in_and_wrapped_sub_actions_keep_every_sub_action():
    # text wrapped at a fixed width (PDF): the lead-in lands on a line of its own or is split
    # from its owner, and a sub-action runs onto a second line; the list still belongs to the lead-in
    paper = actions("1) Item\n"
                    "ACTIONS: Ada Brook and Carl Dunn to discuss this issue outside the meeting and report back.\n"
                    "Eve Frost to:\n"
                    "a) write to the Chairs of every Local Safeguarding Children Board in the region;\n"
                    "and\n"
                    "b) convene a group.\n"
                    "2) Item\n"
                    "ACTIONS: Ada Brook to discuss this issue outside the meeting and report back. Carl Dunn\n"
                    "to:\n"
                    "a) send the report to the Board; and\n"
                    "b) arrange a meeting with the police to discuss the actions from the last\n"
                    "meeting.\n"
                    "3) Item\nThe Board noted the paper.\n")
    assert [(a.item, a.text, a.owners) for a in paper.actions] == [
        ("1", "Ada Brook and Carl Dunn to discuss this issue outside the meeting and report back.", ["Ada Brook", "Carl Dunn"]),
        ("1", "write to the Chairs of every Local Safeguarding Children Board in the region; and", ["Eve Frost"]),
        ("1", "convene a group.", ["Eve Frost"]),
        ("2", "Ada Brook to discuss this issue outside the meeting and report back.", ["Ada Brook"]),
        ("2", "send the report to the Board; and", ["Carl Dunn"]),
        ("2", "arrange a meeting with the police to discuss the actions from the last meeting.", ["Carl Dunn"]),
    ]
    s, e = paper.actions[1].span
    assert paper.text[s:e] == "a) write to the Chairs of every Local Safeguarding Children Board in the region;\nand"


def test_a_to_line_without_a_list_after_it_is_not_a_lead_in():
    paper = actions("1) Item\nACTION: Ada Brook to write to the Chairs.\nMembers were asked to:\nconsider the paper.\n")
    assert [(a.text, a.owners) for a in paper.actions] == [("Ada Brook to write to the Chairs.", ["Ada Brook"])]


def test_initials_defined_in_prose_in_the_list_or_implied_by_one_person():
    paper = actions("1) Item\nCarl Dunn (CD) reported.\nACTION: CD to report.\nACTION: EF to call.\nACTION: AB circulate notes\n")
    assert owners(paper) == [["Carl Dunn"], ["Eve Frost"], ["Ada Brook"]]


def test_ambiguous_initials_stay_unresolved_with_a_warning():
    paper = actions("1) Item\nACTION: MS to send the report.\n")
    (action,) = paper.actions
    assert action.owners == [] and action.unresolved == ["MS"]
    assert any("'MS'" in w and "Mark Smith" in w and "Mina Stone" in w for w in paper.warnings)


def test_initials_defined_twice_stay_unresolved():
    header = "Present:\nJo Sand (JS)\nJan Sole (JS)\nTim Bell (TB)\n\n"
    paper = actions("1. Item\nAction: JS to check. \nAction: TB to check.\n", header)
    assert [(a.owners, a.unresolved) for a in paper.actions] == [([], ["JS"]), (["Tim Bell"], [])]


def test_first_name_only_when_unique_and_surname_with_title():
    paper = actions("1) Item\nACTION: Eve to call. Mina to write.\nACTION: Ms Frost to phone.\n")
    assert owners(paper) == [["Eve Frost", "Mina Stone"], ["Eve Frost"]]
    paper = actions("1. Item\nAction: Jo to call.\n", "Present:\nJo Sand\nJo Bell\n\n")
    assert [(a.owners, a.unresolved) for a in paper.actions] == [([], ["Jo"])]


def test_groups_are_kept_as_written_and_passives_have_no_owner():
    paper = actions("1) Item\nACTION: Any Chairs who would like to help to contact Ada Brook.\n"
                    "ACTION: Steering Group members to send risks.\n"
                    "ACTION: Draft terms of reference to be circulated\n"
                    "ACTION – the Elmley Board approved the proposal, and asked to be kept updated.\n"
                    "ACTION: Ada Brook to send the letter, and the Board to be kept updated.\n")
    assert owners(paper) == [["Chairs"], ["Steering Group members"], [], ["Elmley Board"], ["Ada Brook"]]


def test_people_in_brackets_own_the_agency_action():
    paper = actions("1) Item\nACTION – Agencies - particularly the police (Ada Brook) and Health (Carl Dunn) -  to contact Eve Frost.\n")
    assert owners(paper) == [["Ada Brook", "Carl Dunn"]]


def test_second_clause_owner_and_object_names_are_not_owners():
    paper = actions("1) Item\nAction: Ada Brook to send Carl Dunn the list, Eve Frost to check it\n"
                    "Action: Ada Brook to meet with Carl to progress this\n")
    assert owners(paper) == [["Ada Brook", "Eve Frost"], ["Ada Brook"]]


def test_action_log_status_due_date_and_wrapped_lines():
    text = ("ELMLEY BOARD\nAction Log – Board meeting of 18 January 2012\n\n1. Minutes\n"
            "Action 1.1. Ada Brook to circulate the revised escalation and resolution policy to all\n"
            "partner agencies by 31 March 2012 – COMPLETED (done early)\n"
            "Action 1.2. Elmley Police to provide figures – CARRIED FORWARD\n")
    paper = actions(text, header="")
    assert [(a.text, a.owners, a.status, a.due, a.item) for a in paper.actions] == [
        ("Ada Brook to circulate the revised escalation and resolution policy to all partner agencies by 31 March 2012",
         ["Ada Brook"], "COMPLETED", "2012-03-31", "1"),
        ("Elmley Police to provide figures", ["Elmley Police"], "CARRIED FORWARD", None, "1"),
    ]


def test_next_line_is_not_part_of_a_short_action():
    paper = actions("1. Item\nAction: Ada Brook will resend the email\nThe Board to find out more.\n")
    assert [a.text for a in paper.actions] == ["Ada Brook will resend the email"]


def test_action_table_rows():
    body = "1. Item\n\nAction | Owner | Due\nSend the report | Ada Brook | 30 April 2011\nBook a room | CD | \n\n"
    paper = actions(body)
    assert [(a.text, a.owners, a.due) for a in paper.actions] == [
        ("Send the report", ["Ada Brook"], "2011-04-30"), ("Book a room", ["Carl Dunn"], None)]


def test_action_after_a_sentence_on_the_same_line():
    paper = actions("1) Item\nCarl Dunn presented the audit. ACTION: Carl Dunn and Eve to share it by 30 April.\n",
                    header="\tDate:\n\t3 March 2015\n\n" + HEADER)
    assert [(a.text, a.owners, a.due) for a in paper.actions] == [
        ("Carl Dunn and Eve to share it by 30 April.", ["Carl Dunn", "Eve Frost"], "2015-04-30")]


def test_an_organisation_named_with_and_or_commas_is_one_owner_never_split():
    # the 'and' / comma of an organisation's name starts no clause of its own ...
    paper = actions("1) Item\n"
                    "ACTION: Ada Brook to arrange a meeting with Guy’s and St Thomas’ NHS Trust to discuss this.\n"
                    "ACTION: Carl Dunn to meet the Department for Children, Schools and Families to discuss it.\n"
                    "ACTION: Eve Frost will write to Improvement and Development Agency to ask.\n"
                    "ACTION: CD to meet South London and Maudsley NHS Trust to agree a date.\n")
    assert owners(paper) == [["Ada Brook"], ["Carl Dunn"], ["Eve Frost"], ["Carl Dunn"]]
    # ... and as an owner it is one owner, as written
    paper = actions("1) Item\n"
                    "ACTION: Guy's and St Thomas' NHS Trust to review the pathway.\n"
                    "ACTION: Department for Children, Schools and Families to issue guidance.\n"
                    "ACTION: Ada Brook and Children and Family Court Advisory and Support Service to meet.\n")
    assert owners(paper) == [["Guy's and St Thomas' NHS Trust"], ["Department for Children, Schools and Families"],
                             ["Ada Brook", "Children and Family Court Advisory and Support Service"]]


def test_a_name_with_and_that_the_paper_defines_elsewhere_is_kept_whole():
    paper = actions("1) Item\nThe Youth Justice and Families Network (YJFN) reported.\n"
                    "ACTION: Ada Brook to meet the Youth Justice and Families Network to agree terms.\n")
    assert owners(paper) == [["Ada Brook"]]


def test_lists_of_owners_ending_in_an_organisation_are_still_lists():
    paper = actions("1) Item\nACTION: Ada Brook and Elmley Police to meet.\nACTION: EF and Elmley Police to meet.\n"
                    "ACTION: Elmley Council and Elmley Police to meet.\nACTION: LSCB Chairs and Elmley Trust to meet.\n"
                    "ACTION: Carl, Mina Stone and Elmley Police to meet.\n")
    assert owners(paper) == [["Ada Brook", "Elmley Police"], ["Eve Frost", "Elmley Police"],
                             ["Elmley Council", "Elmley Police"], ["LSCB Chairs", "Elmley Trust"],
                             ["Carl Dunn", "Mina Stone", "Elmley Police"]]


def test_an_owner_column_naming_an_organisation_with_and():
    body = ("1. Item\n\nAction | Owner | Due\nSend the report | Guy's and St Thomas' NHS Trust | \n"
            "Book a room | Ada Brook and CD | \n\n")
    paper = actions(body)
    assert owners(paper) == [["Guy's and St Thomas' NHS Trust"], ["Ada Brook", "Carl Dunn"]]


HYPHENS = ("Attendees:\n\tAndrea Ashby-Clarke (Elmley Trust)\n\tDamian Lloyd-Jones – Elmley Police\n"
           "\tCarl Dunn (Elmley)\n\n")


def test_hyphenated_surnames_by_their_initials():
    paper = actions("1) Item\nAndrea Ashby-Clarke (AC) reported.\n"
                    "ACTION: AC/ CD to write.\nACTION: DJ to call.\nACTION: DLJ and AA to call.\n", HYPHENS)
    assert [(a.owners, a.unresolved) for a in paper.actions] == [
        (["Andrea Ashby-Clarke", "Carl Dunn"], []), (["Damian Lloyd-Jones"], []),
        (["Damian Lloyd-Jones", "Andrea Ashby-Clarke"], [])]
    assert "AC" not in paper.acronyms  # a person's initials, not an acronym of 'Ashby-Clarke'


def test_hyphenated_initials_that_fit_two_people_stay_unresolved():
    paper = actions("1) Item\nACTION: DJ to call.\n", HYPHENS + "Apologies:\n\tDavid Jones (Elmley)\n\n")
    (action,) = paper.actions
    assert action.owners == [] and action.unresolved == ["DJ"]
    assert any("'DJ'" in w and "Damian Lloyd-Jones" in w and "David Jones" in w for w in paper.warnings)


# ---- layouts of real boards' papers (issue 13) -------------------------------------------------

WEB = "Agenda and minutes\n\nElmley Safeguarding Board\nFriday, 3 March 2017 9.30 am\n\n"


def test_a_trailing_marker_owns_the_sentence_just_before_it():
    body = ("Matters arising\n\n"
            "  • The triage would now include Early Years providers. The Board asked that the hub also "
            "considers the notification of childminders. (Action: Tess Marlow)\n"
            "  • Owen Vale agreed to provide the structure chart. (Action: Owen Vale)\n"
            "  • The audit report would come to the Board in July. (Action: Tess Marlow/Owen Vale)\n"
            "  • The data set was noted.\n")
    paper = actions(body, header=WEB)
    assert [(a.text, a.owners) for a in paper.actions] == [
        ("The Board asked that the hub also considers the notification of childminders.", ["Tess Marlow"]),
        ("Owen Vale agreed to provide the structure chart.", ["Owen Vale"]),
        ("The audit report would come to the Board in July.", ["Tess Marlow", "Owen Vale"])]
    s, e = paper.actions[0].span
    assert paper.text[s:e] == paper.actions[0].text


def test_a_marker_with_its_own_task_and_a_marker_after_the_full_stop():
    body = ("The Board proposed that a report should come back in a year.  (Action: Tess Marlow to add to forward plan)\n\n"
            "It was requested that this be referred to in the report (Action: Owen Vale).\n\n"
            "Dr Ray Hale noted the figures. It was agreed to write to the school.\n(Action: Ray Hale)\n")
    paper = actions(body, header=WEB)
    assert [(a.text, a.owners) for a in paper.actions] == [
        ("Tess Marlow to add to forward plan", ["Tess Marlow"]),
        ("It was requested that this be referred to in the report", ["Owen Vale"]),
        ("It was agreed to write to the school.", ["Ray Hale"])]


def test_a_marker_sentence_wrapped_over_lines_and_two_markers_on_a_line():
    body = ("1. Item\nThe Board noted the report. The policy would be revised to\n"
            "cover private fostering by May. (Action: EF) The group would meet again. (Action: Carl)\n")
    paper = actions(body)
    assert [(a.text, a.owners) for a in paper.actions] == [
        ("The policy would be revised to cover private fostering by May.", ["Eve Frost"]),
        ("The group would meet again.", ["Carl Dunn"])]


def test_a_marker_first_name_that_fits_two_or_nobody_is_never_guessed():
    header = "Present:\nJo Sand\nJo Bell\nTim Rowe\n\n"
    paper = actions("1. Item\nThe leaflet would be reprinted. (Action: Jo)\nThe rota was agreed. (Action: Ian)\n", header)
    assert [(a.owners, a.unresolved) for a in paper.actions] == [([], ["Jo"]), (["Ian"], [])]
    assert any("'Jo'" in w for w in paper.warnings)  # 'Ian' fits nobody: kept as written, nothing guessed


def test_owner_only_labels_after_a_paragraph():
    body = ("1. Item\nThe Board agreed that the protocol should be shared with every school.\nAction: All\n\n"
            "2. Item\nThe Chair would write to the minister about the funding gap.\nActions: Chair\n\n"
            "3. Item\nAction: Draft the escalation policy\nAction by: Mina Stone\n"
                    "4. Item\nThe protocol would be shared with every school.\nACTION: ALL\n")
    paper = actions(body)
    assert [(a.item, a.text, a.owners) for a in paper.actions] == [
        ("1", "The Board agreed that the protocol should be shared with every school.", []),  # everyone's: no owner
        ("2", "The Chair would write to the minister about the funding gap.", ["Chair"]),
        ("3", "Draft the escalation policy", ["Mina Stone"]),
        ("4", "The protocol would be shared with every school.", [])]
    assert not paper.warnings


def test_numbered_action_labels_and_action_points():
    paper = actions("1. Item\nACTION :1. Ada Brook to amend the strategy.\nACTION POINT: Carl Dunn to book a room.\n"
                    "Action point 3: EF to send the dates.\n")
    assert [(a.text, a.owners) for a in paper.actions] == [
        ("Ada Brook to amend the strategy.", ["Ada Brook"]), ("Carl Dunn to book a room.", ["Carl Dunn"]),
        ("EF to send the dates.", ["Eve Frost"])]


def test_unlabelled_initials_lines_only_for_the_papers_own_people():
    body = ("1. Item\nAda Brook said the guidance was drafted.\n        AB to distribute the guidance for consultation\n\n"
            "The local authority (LA) had a plan.\nLA to publish the plan.\n\n"
            "QZ to review the plan.\n\nThe Board was told that\nCD to review the plan was not agreed.\n")
    paper = actions(body)
    assert [(a.text, a.owners) for a in paper.actions] == [
        ("AB to distribute the guidance for consultation", ["Ada Brook"])]


def test_agreed_label_naming_who_acts():
    paper = actions("1. Item\nAgreed: Carl Dunn to circulate the revised plan.\nAgreed: the minutes were accepted.\n")
    assert [(a.text, a.owners) for a in paper.actions] == [("Carl Dunn to circulate the revised plan.", ["Carl Dunn"])]


def test_a_progress_note_after_a_status_stays_in_the_text():
    paper = actions("1. Item\nAction 1.2. Health involvement in the training – COMPLETED, and dates had been set.\n")
    (action,) = paper.actions
    assert action.status == "COMPLETED"
    assert action.text == "Health involvement in the training – COMPLETED, and dates had been set."


def test_a_slash_separated_summary_of_actions_table():
    body = ("Summary of Actions\n\nAction No. / Action: / To be completed by:\n"
            "1 / Elmley Trust and the Board to agree the terms of the evaluation / Ms Hale\n"
            "2 / Carl Dunn to circulate the audit / CD\n3 / Review the audit")
    paper = actions(body)
    assert [(a.text, a.owners) for a in paper.actions] == [
        ("Elmley Trust and the Board to agree the terms of the evaluation", ["Ms Hale"]),
        ("Carl Dunn to circulate the audit", ["Carl Dunn"])]
    assert any("ends inside an action table row" in w for w in paper.warnings)


def test_who_what_when_columns():
    paper = actions("1. Item\n\nWhat | Who | When\nBook the venue | Mina Stone | 1 May 2016\n\n")
    assert [(a.text, a.owners, a.due) for a in paper.actions] == [("Book the venue", ["Mina Stone"], "2016-05-01")]


def test_owner_on_the_line_after_the_action_text():
    body = ("Summary of Actions\nAction No.\nPage No.\nMeeting to take place to discuss the definition\nMs Stone\n"
            "Work to begin on the annual report in January\nThe Chair\n"
            "Ms Frost to have discussions with Mr Dunn in relation to\nth")
    paper = actions(body)
    assert [(a.text, a.owners) for a in paper.actions] == [
        ("Meeting to take place to discuss the definition", ["Mina Stone"]),
        ("Work to begin on the annual report in January", ["The Chair"])]
    assert any("ends inside an action table row ('Ms Frost to have" in w for w in paper.warnings)


def test_a_role_named_where_only_owners_stand_is_kept_as_written():
    paper = actions("1. Item\nThe leaflet would be reprinted. (Action: LSCB Business Manager)\n"
                    "\nAction | Owner\nBook the venue | The Safeguarding Lead\n\n")
    assert owners(paper) == [["LSCB Business Manager"], ["Safeguarding Lead"]]


def test_service_acronyms_on_a_line_of_their_own_are_not_initials():
    header = "Present:\nGwen Price (Elmley)\nIrene Tate (Elmley)\n\n"
    paper = actions("1. Item\nThe pathway was agreed.\nGP to refer the child to the clinic.\nIT to set up the laptops.\n", header)
    assert paper.actions == []


def test_minutes_written_as_a_table_with_an_action_column():
    body = ("\n\nItem | Discussion | Action\n"
            "1 | The Board noted the audit.; The report would be shared with every school. | CD\n"
            "2 | The budget was agreed. | \n"
            "3 | The Board discussed the rota. | Eve Frost to circulate the rota\n"
            "4 | The leaflet was reviewed. ACTION: Ada Brook to reprint it. | Ada Brook\n\n")
    paper = actions(body)
    assert [(a.text, a.owners) for a in paper.actions] == [
        ("The report would be shared with every school.", ["Carl Dunn"]),
        ("Eve Frost to circulate the rota", ["Eve Frost"]),
        ("Ada Brook to reprint it.", ["Ada Brook"])]
    for a in paper.actions:
        assert paper.text[a.span[0]:a.span[1]] == a.text


def test_an_action_log_written_one_cell_per_line():
    body = ("1. Item\nThe Board noted the log.\n\nAction\nOwner\nDeadline\nStatus\n1\n"
            "Send the revised protocol to all schools\nAda Brook\n30 April 2016\nCompleted\n2\n"
            "Book the venue for the conference\nCD\nOngoing\n\n")
    paper = actions(body)
    assert [(a.text, a.owners, a.due, a.status) for a in paper.actions] == [
        ("Send the revised protocol to all schools", ["Ada Brook"], "2016-04-30", "COMPLETED"),
        ("Book the venue for the conference", ["Carl Dunn"], None, "ONGOING")]


def test_an_action_table_flattened_column_by_column_pairs_only_equal_columns():
    body = ("1. Item\n\nAction\nSend the revised protocol to schools\nBook the venue for the day\n"
            "Owner\nAda Brook\nEve Frost\n\n"
            "Action\nSend the leaflet to schools\nReview the rota for May\nOwner\nCarl Dunn\n\n")
    paper = actions(body)
    assert [(a.text, a.owners) for a in paper.actions] == [
        ("Send the revised protocol to schools", ["Ada Brook"]), ("Book the venue for the day", ["Eve Frost"])]


def test_a_list_of_tasks_under_an_actions_heading():
    body = ("1. Item\nThe Board discussed the audit.\n\nActions:\n"
            "  • Carl Dunn to share the audit with every school.\n\n"
            "  • Minutes to be circulated to members.\n"
            "  • The Chair will write to the minister about the\n    funding gap.\n\n"
            "2. Item\nThe rota was agreed.\n")
    paper = actions(body, header="Chair: Mina Stone\n\n" + HEADER)
    assert [(a.item, a.text, a.owners) for a in paper.actions] == [
        ("1", "Carl Dunn to share the audit with every school.", ["Carl Dunn"]),
        ("1", "Minutes to be circulated to members.", []),
        ("1", "The Chair will write to the minister about the funding gap.", ["Mina Stone"])]


def test_an_actions_heading_over_narrative_reads_no_action():
    paper = actions("1. Item\n\nAction Log\nThe action log was reviewed and all actions were complete.\n")
    assert paper.actions == []


def test_cover_sheet_action_fields_are_not_actions():
    paper = actions("Purpose of report\nAction: For information\nAction: None\nAction: To approve the report\n"
                    "Actions – see action log\n\n"
                    "The leaflet would be reprinted for every school. (action: Carl Dunn)\n")
    assert [(a.text, a.owners) for a in paper.actions] == [("The leaflet would be reprinted for every school.", ["Carl Dunn"])]


def test_the_owner_between_the_label_and_its_colon_and_short_marked_tasks():
    paper = actions("1. Item\nACTION (CD): book the venue.\nAction EF/AB: send the dates\n"
                    "• Update website (Action: AB)\n")
    assert [(a.text, a.owners) for a in paper.actions] == [
        ("book the venue.", ["Carl Dunn"]), ("send the dates", ["Eve Frost", "Ada Brook"]),
        ("Update website", ["Ada Brook"])]


def test_field_lines_under_an_action_fill_its_owner_due_date_and_status():
    paper = actions("1. Item\nAction: Draft the escalation policy\nLead: Mina Stone\nTimescale: 30 May 2016\n"
                    "Status: Ongoing\n\nLead: Carl Dunn\n")
    assert [(a.text, a.owners, a.due, a.status) for a in paper.actions] == [
        ("Draft the escalation policy", ["Mina Stone"], "2016-05-30", "ONGOING")]


def test_header_cells_run_into_one_line_are_not_an_action():
    paper = actions("Summary of Actions\nAction No. Page No. Action: To be completed by: 1 4 Send the regulations\n")
    assert paper.actions == []


def test_narrative_under_an_actions_heading_is_not_a_task():
    paper = actions("1. Item\n\nActions arising\n• All actions were reviewed and updated to reflect the plan.\n"
                    "• The log will be kept.\n")
    assert paper.actions == []  # the list ends at its first line that is not a task
    paper = actions("1. Item\n\nActions arising\n• The log will be kept.\n• Work had continued to improve.\n")
    assert [(a.text, a.owners) for a in paper.actions] == [("The log will be kept.", [])]


def test_an_action_label_followed_only_by_initials_at_the_end_of_a_line():
    paper = actions("1. Item\nThe Board agreed to revise the escalation policy. ACTION AB\n"
                    "The rota would be shared with the schools.\nACTION CD/EF\n")
    assert [(a.text, a.owners) for a in paper.actions] == [
        ("The Board agreed to revise the escalation policy.", ["Ada Brook"]),
        ("The rota would be shared with the schools.", ["Carl Dunn", "Eve Frost"])]


def test_action_headings_in_capitals_are_not_initials():
    paper = actions("1. Item\nThe Board noted the report.\nACTION LOG\nThe plan was agreed. ACTION PLAN\n")
    assert paper.actions == [] and not paper.warnings


def test_an_action_table_with_a_notes_column_still_reads_its_owner_column():
    paper = actions("1. Item\n\nAction | Lead | Notes\nSend the report to schools | Mina Stone | Carl Dunn to help\n\n")
    assert [(a.text, a.owners) for a in paper.actions] == [("Send the report to schools", ["Mina Stone"])]


def test_a_marker_in_a_table_cell_or_after_an_action_label():
    paper = actions("1. Item\n3.1 | The chair will write to the school (Action: AB) | \n"
                    "ACTION: Carl Dunn to book the room (Action: CD)\n")
    assert [(a.text, a.owners) for a in paper.actions] == [
        ("The chair will write to the school", ["Ada Brook"]), ("Carl Dunn to book the room", ["Carl Dunn"])]


def test_two_markers_in_a_row_share_one_sentence():
    paper = actions("1. Item\nThe Board noted the figures.\nThe rota would be shared. (Action: AB) (Action: CD)\n")
    assert [(a.text, a.owners) for a in paper.actions] == [("The rota would be shared.", ["Ada Brook", "Carl Dunn"])]


def test_an_action_table_with_columns_apart_by_spaces():
    body = ("1. Item\n\nAction                                   Owner          Due\n"
            "Send the revised protocol to schools     Ada Brook      30 April 2016\n"
            "Book the venue                           CD             1 May 2016\n"
            "    for the conference\n\n")
    paper = actions(body)
    assert [(a.text, a.owners, a.due) for a in paper.actions] == [
        ("Send the revised protocol to schools", ["Ada Brook"], "2016-04-30"),
        ("Book the venue", ["Carl Dunn"], "2016-05-01")]


def test_unlabelled_lines_naming_listed_people_in_full():
    body = ("1. Item\nThe guidance was drafted.\n        Ada Brook and Carl Dunn to distribute the guidance\n\n"
            "Tom Reed to write to the school.\n\nThe Board noted that\nEve Frost to chair was agreed.\n")
    paper = actions(body)
    assert [(a.text, a.owners) for a in paper.actions] == [
        ("Ada Brook and Carl Dunn to distribute the guidance", ["Ada Brook", "Carl Dunn"])]


def test_a_marked_sentence_leaves_out_its_paragraph_number():
    paper = actions("1. Item\n3.2 The Board agreed to revise the policy (Action: AB)\n(b) The rota would be shared (Action: CD)\n")
    assert [(a.text, a.owners) for a in paper.actions] == [
        ("The Board agreed to revise the policy", ["Ada Brook"]), ("The rota would be shared", ["Carl Dunn"])]


def test_a_marker_naming_an_owner_with_the_organisation_in_brackets():
    paper = actions("1. Item\nThe rota would be shared. (Action: Tess Marlow (Elmley Police))\n")
    assert [(a.text, a.owners) for a in paper.actions] == [("The rota would be shared.", ["Tess Marlow"])]


def test_an_actions_field_whose_owner_is_on_the_next_line():
    paper = actions("1. Item\nThe Chair would write to the minister about the funding gap.\nActions:\nChair\n\n"
                    "2. Item\nThe rota was agreed.\n")
    assert [(a.text, a.owners) for a in paper.actions] == [
        ("The Chair would write to the minister about the funding gap.", ["Chair"])]


def test_an_action_log_with_every_header_cell_first_then_each_column():
    body = ("1. Item\n\nNo.\nAction\nOwner\nDue\n1\n2\nSend the revised protocol to schools\nBook the venue for the day\n"
            "Ada Brook\nCD\nMay 2016\nJune 2016\n\n")
    paper = actions(body)
    assert [(a.text, a.owners) for a in paper.actions] == [
        ("Send the revised protocol to schools", ["Ada Brook"]), ("Book the venue for the day", ["Carl Dunn"])]


def test_a_marked_line_under_an_actions_heading_is_read_as_a_marker():
    paper = actions("1. Item\n\nActions:\n• Carl Dunn to book the room.\n• The rota will be shared with schools (Action: AB)\n")
    assert [(a.text, a.owners) for a in paper.actions] == [
        ("Carl Dunn to book the room.", ["Carl Dunn"]), ("The rota will be shared with schools", ["Ada Brook"])]


def test_a_marker_wrapped_over_two_lines():
    paper = actions("1. Item\nThe Board noted the audit. The policy would be revised by the end of the year (Action:\n"
                    "Ada Brook). The rota was agreed.\n")
    assert [(a.text, a.owners) for a in paper.actions] == [
        ("The policy would be revised by the end of the year", ["Ada Brook"])]


def test_a_marker_first_name_names_the_one_person_written_in_full():
    body = ("Agency updates\n\nJennie Lake advised that the audit was complete. Details of the audit would go to "
            "the next meeting. (Action: Jennie)\nOwen Vale and Owen Hart reported. The leaflet would be reprinted. "
            "(Action: Owen)\n")
    paper = actions(body, header=WEB)
    assert [(a.owners, a.unresolved) for a in paper.actions] == [(["Jennie Lake"], []), ([], ["Owen"])]
    assert any("'Owen'" in w and "Owen Hart and Owen Vale" in w for w in paper.warnings)
    paper = actions("1. Item\nThe leaflet would be reprinted. (Action: Nora)\n", header=WEB)
    assert [(a.owners, a.unresolved) for a in paper.actions] == [(["Nora"], [])]


def test_an_owner_cell_of_several_paragraphs():
    paper = actions("1. Item\n\nAction | Owner\nSend the report to schools | AB; Eve Frost\n\n")
    assert owners(paper) == [["Ada Brook", "Eve Frost"]]


def test_an_action_log_without_an_owner_column_reads_owners_from_the_text():
    paper = actions("1. Item\n\nNo. | Action | Update\n1 | Ada Brook to circulate the protocol | Completed\n"
                    "2 | Review the training offer | Ongoing\n\nTask | Date\nBook the hall | 1 May 2016\n\n")
    assert [(a.text, a.owners, a.status) for a in paper.actions] == [
        ("Ada Brook to circulate the protocol", ["Ada Brook"], "COMPLETED"),
        ("Review the training offer", [], "ONGOING")]


def test_a_numbered_slash_table_with_no_header_under_an_action_heading():
    body = ("Action Sheet\n\n1. / Members had asked for training for trustees\nMina to draft a training specification / Mina\n"
            "2. / Circulate the announcement of the merger / Carl Dunn\n"
            "3. / Review the subgroups and bring back proposals / Eve Frost/AB\n"
            "4. / Director of Children's Services / \n")
    paper = actions(body)
    assert [(a.text, a.owners) for a in paper.actions] == [
        ("Members had asked for training for trustees Mina to draft a training specification", ["Mina Stone"]),
        ("Circulate the announcement of the merger", ["Carl Dunn"]),
        ("Review the subgroups and bring back proposals", ["Eve Frost", "Ada Brook"])]


def test_header_words_are_never_owners():
    paper = actions("1. Item\nSummary of Actions\nSend the report to every school\nAction / Owner / Due\n\n"
                    "The rota would be shared. (Action: Owner)\n")
    assert [(a.text, a.owners) for a in paper.actions] == [
        ("Send the report to every school", []), ("The rota would be shared.", [])]


def test_a_line_taken_for_an_owner_by_its_shape_must_read_as_one():
    body = ("Summary of Actions\nReview the escalation policy with partners\nConclusions\n\n"
            "Summary of Actions\nSend the report to every school\nLondon Child Protection Procedures\n\n"
            "Summary of Actions\nBook the venue for the conference\nBusiness Manager\n")
    paper = actions(body)
    assert [(a.text, a.owners) for a in paper.actions if a.owners] == [
        ("Book the venue for the conference", ["Business Manager"])]


def test_one_cell_per_line_with_row_numbers_and_a_wrapped_text():
    body = ("Summary of Actions\nAction No.\nPage No.\nAction:\nTo be completed by:\n1\n4\n"
            "Amended regulations to be circulated to Board\nmembers\nMs Hale\n2\n4\n"
            "Risk in relation to the review to go on the risk register\nThe Chair\n3\n5\n"
            "Paper on the audit to come to the\n")
    paper = actions(body)
    assert [(a.text, a.owners) for a in paper.actions] == [
        ("Amended regulations to be circulated to Board members", ["Ms Hale"]),
        ("Risk in relation to the review to go on the risk register", ["The Chair"])]


def test_numbered_entries_of_a_resolution_that_name_who_acts_are_actions_without_an_attendee_list():
    text = ("Minutes:\n\nAda Brook presented the update.\n\n"
            "It was resolved that the Board note the report\n\n \n\n"
            "  1. Ben Cole to contact Cy Dee to arrange circulation of the newsletter to all governors.\n"
            "  2. Eve Fox to report back at the next meeting.\n\n"
            "Points raised were:\n  1. The website is now up and running.\n")
    paper = actions(text, header="")
    assert [(a.text, a.owners) for a in paper.actions] == [
        ("Ben Cole to contact Cy Dee to arrange circulation of the newsletter to all governors.", ["Ben Cole"]),
        ("Eve Fox to report back at the next meeting.", ["Eve Fox"])]


def test_for_before_the_one_who_acts_is_not_part_of_the_owner():
    text = ("Present: Ada Brook (Chair), Ben Cole\n\n1. Consultation\n"
            "Action: For Ben Cole to liaise with the Cabinet Member regarding the response;\n"
            "Action: For the measures to be submitted to the next meeting for discussion.\n")
    paper = actions(text, header="")
    assert [a.owners for a in paper.actions] == [["Ben Cole"], []]


def test_an_owner_field_under_a_record_of_what_happened_is_no_action():
    body = ("1. Welcome\nThe Chair welcomed everyone to the meeting and invited members to introduce themselves.\n"
            "Actions: Chair\n\n"
            "2. Minutes\nThat there were no matters arising not covered on the agenda.\nActions: Chair\n\n"
            "3. Funding\nThe Chair would write to the minister about the funding gap.\nActions: Chair\n")
    paper = actions(body)
    assert [(a.item, a.text, a.owners) for a in paper.actions] == [
        ("3", "The Chair would write to the minister about the funding gap.", ["Chair"])]
