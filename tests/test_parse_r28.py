"""Titles, chairs and actions on layouts of the blind sets (issue 13, round 28).

Invented names and bodies: the meeting's name read from a 'Minutes of [the|a] [public|closed] meeting of the X held
on ...' frame wherever it stands in the opening lines (after a masthead, run on into the attendance list), never
from a frame that confirms an earlier meeting's minutes.
"""
from __future__ import annotations

import pytest

from parse_fixtures import parse


_LIST = "Present: Ada Brook (Chair), Ben Cole, Cy Dale\nApologies: Ed Fox\n1. Welcome\n"


@pytest.mark.parametrize("opening, title", [
    ("ELMLEY COUNCIL SOCIAL CARE MINUTES OF THE ELMLEY ADULT SAFEGUARDING BOARD MEETING HELD ON THURSDAY 22 MAY 2031 "
     "PRESENT: Ada Brook Ben Cole\n", "ELMLEY ADULT SAFEGUARDING BOARD"),
    ("ELMLEY HEALTH TRUST Minutes of a...\n\n1. ELMLEY HEALTH TRUST Minutes of a Public meeting of the Elmley Health "
     "Trust Board held on Wednesday 26 November 2031 at 11.00 am in the Great Hall PRESENT: Mr A Brook, Chairman\n",
     "Elmley Health Trust Board"),
    ("CONFIRMED MINUTES OF THE CLOSED MEETING OF THE ELMLEY AMBULANCE TRUST BOARD, HELD onTHURSDAY 14 DECEMBER 2031 "
     "at the BROOK SUITE\n\nPRESENT:\nAda Brook\nBen Cole\n", "ELMLEY AMBULANCE TRUST BOARD"),
    ("Partnership Board Meeting Minutes of the meeting held on Wednesday 18th September 2031 at The Place 19:00pm "
     "PRESENT Ada Brook Ben Cole\n", "Partnership Board"),
    ("Summary of the Elmley Safer Partnership Board Meeting held on 05 March 2031 Further information can be "
     "obtained from the full minutes.\n", "Elmley Safer Partnership Board"),
    # 'Minutes of [a|the] [Ordinary] Meeting of the X held on': the meeting is the frame, not part of the name
    ("MINUTES OF A MEETING OF THE ELMLEY SAFEGUARDING ADULTS BOARD HELD ON 3 MAY 2031\n" + _LIST,
     "ELMLEY SAFEGUARDING ADULTS BOARD"),
    ("Minutes of the Ordinary Meeting of the Elmley Health and Wellbeing Board held on 3 May 2031 at 2pm\n" + _LIST,
     "Elmley Health and Wellbeing Board"),
    ("Notes from the Elmley Adults Board meeting held on 3 May 2031\n" + _LIST, "Elmley Adults Board Meeting"),
])
def test_the_body_in_a_held_on_frame_is_the_title(opening, title):
    assert parse(opening).title == title


def test_a_frame_confirming_an_earlier_meetings_minutes_names_no_title():
    text = ("Chairman's notices Minutes: The Chairman drew attention to the notices.\n"
            "Minutes of the last meeting To confirm the Minutes of the special meeting of the Elmley Committee held "
            "on 18 November 2031, (copy enclosed).\n")
    assert parse(text).title is None


def test_a_frame_naming_no_body_gives_no_title():
    assert parse("Minutes of the meeting held on 4 May 2031 at Elmley Library\nPresent: Ada Brook, Ben Cole\n").title is None


def test_the_first_role_of_a_role_column_flattened_after_a_run_of_names_is_the_first_names():
    text = ("Elmley Quality Committee Minutes of the Meeting held on Thursday 3rd July 2031 in Elmley Hall Present: "
            "Ms A Brook Rev BH Cole Dr C Dale Mr D Eades-Fox Cllr E Gale In Attendance: Mrs F Hale (FH) Mr G Iles (GI) "
            "Mrs H Jones (HJ) Mr J King (JK) Independent Member (Chair) Independent Member Independent Member Elmley "
            "Vice Chair Head of Audit Director of Nursing Head of Care Director of Finance Director of Estates\n"
            "1. Apologies\nNone were received.\n")
    chair = parse(text).chair
    assert chair is not None and chair.name == "Ms A Brook"


def test_a_vice_chair_as_the_first_role_of_the_column_names_no_chair():
    text = ("Elmley Quality Committee Minutes of the Meeting held on Thursday 3rd July 2031 in Elmley Hall Present: "
            "Ms A Brook Rev BH Cole Dr C Dale Mr D Eades-Fox Cllr E Gale In Attendance: Mrs F Hale (FH) Mr G Iles (GI) "
            "Mrs H Jones (HJ) Mr J King (JK) Vice Chair Independent Member Independent Member Head of Audit Director of "
            "Nursing Head of Care Director of Finance Director of Estates\n1. Apologies\nNone were received.\n")
    assert parse(text).chair is None


def test_a_name_marked_chair_in_a_comma_list_after_the_present_word_is_the_chair():
    text = ("Elmley Trust board meeting minutes 25 November 2031 Discussion and decision Action Present Trustees "
            "Ada Brook (chair), Ben Cole, Cy Dale, Di Eades Non-trustees Ed Fox, Flo Gale 2. Declarations of "
            "interest There were none.\n")
    chair = parse(text).chair
    assert chair is not None and chair.name == "Ada Brook"


def test_a_name_marked_chair_in_an_apologies_list_chairs_nothing():
    text = ("Elmley Trust board meeting minutes 25 November 2031 Present Ben Cole, Cy Dale, Di Eades. "
            "Apologies Ada Brook (chair), Ed Fox, Flo Gale 2. Declarations of interest There were none.\n")
    chair = parse(text).chair
    assert chair is None or chair.name != "Ada Brook"


def test_an_occasion_meeting_of_the_body_is_titled_by_the_body():
    text = ("Elmley Forums\nAnnual General Meeting of the Elmley Community Council Forum\n"
            "Wednesday 4th June 2031 @ 19:00 in Brook Community Centre\n1) Welcome\nPresent:\nAda Brook, Ben Cole\n")
    assert parse(text).title == "Elmley Community Council Forum"


def test_an_occasion_alone_under_the_bodys_name_is_no_title():
    text = ("ELMLEY SAFEGUARDING ADULTS BOARD\nGeneral Meeting\nBrook House\n14:00- 17.00\n30 September 2031\n"
            "Attendees:\nAda Brook (AB) – Chair\nBen Cole (BC) / Elmley Council\n")
    assert parse(text).title == "ELMLEY SAFEGUARDING ADULTS BOARD"


def test_a_download_offers_file_name_line_and_the_place_under_the_date_are_no_title():
    text = ("Docstoc\n\nMinutes Template - Get Now DOC\n\n                 ELMLEY SERVICE BOARD\n\n"
            "         Wednesday, 7th October, 2031 at 9.30 am\n         Interchange,Elmley Bay\n___________\n\n"
            "PRESENT:      Ada Brook        Elmley Voluntary Services\n              Ben Cole         Elmley Police\n")
    paper = parse(text)
    assert paper.title == "ELMLEY SERVICE BOARD"


def test_a_labelled_task_ends_with_its_sentence_when_the_record_goes_on_after_it():
    text = ("Present: Ada Brook (Chair), Ben Cole, Cy Dale\n1. Matters arising\n"
            "Action: Board to send their bank details to Cy. If members do not claim expenses they are asked to tell "
            "Cy so she knows the position. It was noted that Ben will not be claiming.\n"
            "Action: Ben Cole to write a biography for the website and send to Ada.\n")
    assert [a.text for a in parse(text).actions] == [
        "Board to send their bank details to Cy.", "Ben Cole to write a biography for the website and send to Ada."]


def test_a_labelled_task_of_two_sentences_is_kept_whole():
    text = ("Present: Ada Brook (Chair), Ben Cole, Cy Dale\n1. Matters arising\n"
            "Action: Ben Cole to write to the school. The letter should give the fair's dates.\n")
    assert [a.text for a in parse(text).actions] == [
        "Ben Cole to write to the school. The letter should give the fair's dates."]


def test_a_chair_after_a_hyphen_in_a_present_list_is_the_chair():
    text = ("Elmley Safeguarding Board\nMinutes of the meeting held on 3 May 2031\nPresent: Ada Brook - Chair, "
            "Ben Cole - Elmley Council, Cy Dale - Elmley Police, Di Eades - Elmley NHS\nApologies: Ed Fox\n1. Welcome\n")
    chair = parse(text).chair
    assert chair is not None and chair.name == "Ada Brook"


def test_a_vice_chair_after_a_hyphen_is_not_the_chair():
    text = ("Elmley Safeguarding Board\nMinutes of the meeting held on 3 May 2031\nPresent: Ada Brook - Vice Chair, "
            "Ben Cole - Elmley Council, Cy Dale - Elmley Police\nApologies: Ed Fox\n1. Welcome\n")
    assert parse(text).chair is None


def test_a_line_of_prose_broken_off_mid_sentence_and_the_lines_below_it_are_no_title():
    text = ("The Board considered a report of the Director of Care, People, on the\n"
            "recent resignation of the independent Chair of the Elmley Adults Board\n"
            "The Board was advised that The\n")
    assert parse(text).title is None


def test_a_numbered_actions_status_alone_is_no_action_but_a_task_with_its_status_is():
    head = "Elmley Board\nMinutes of the meeting held on 3 May 2031\nPresent: Ada Brook (AB) (Chair), Ben Cole (BC)\n"
    assert parse(head + "1. Action log\nAction 12 – complete. Action 13 – ongoing, BC to update.\n").actions == []
    actions = parse(head + "1. Action log\nAction 1.2. Ben Cole to join the Board – COMPLETED.\n").actions
    assert [(a.text, a.status) for a in actions] == [("Ben Cole to join the Board", "COMPLETED")]
