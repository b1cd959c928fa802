"""Unlabelled 'X to ...' sentences inside a paragraph (issue 13, round 35).

Invented names and bodies: a parish council's minutes run on in paragraphs and name who acts by a listed
councillor's title and surname ('... the website. Cllr. Brook to chase contributors.'); a partnership's minutes,
flattened into one run of text, end a sentence that opens with
an attendee's initials on a paragraph number ('... the leaflets. 2 AB').
"""
from __future__ import annotations

from parse_fixtures import parse

_COUNCIL = (
    "ELMLEY PARISH COUNCIL\n\nMinutes of the meeting held on 5th May 2031\n\n"
    "PRESENT: Cllr. A Brook (Chair), Cllr. B Cole, Cllr. C Dunn\n\n"
    "1. Matters Arising\n\nThe May newsletter is now on the website. It is short at present. "
    "Cllr. Cole to chase contributors for the June edition. Residents can print copies from the website.\n\n"
    "2. Footpaths\n\nThe stile on Mill Lane was repaired. Mr. Hale to be thanked for his work.\n")


def test_a_listed_councillors_title_and_surname_open_an_action_inside_a_paragraph():
    actions = parse(_COUNCIL).actions
    assert [(a.text, a.owners) for a in actions] == [
        ("Cllr. Cole to chase contributors for the June edition.", ["Cllr. B Cole"])]


def test_a_surname_nobody_listed_has_opens_no_action():
    text = _COUNCIL.replace("Cllr. Cole to chase", "Cllr. Vale to chase")
    assert parse(text).actions == []


def test_a_surname_two_listed_people_have_opens_no_action():
    text = _COUNCIL.replace("Cllr. C Dunn", "Cllr. C Cole")
    assert parse(text).actions == []


_FLATTENED = (
    "Partnership Board Meeting\n\nMinutes of the meeting held on Wednesday 7th May 2031\n\n"
    "Present: Ada Brook (AB), Ben Cole (BC), Cara Dunn (CD)\n\n"
    "1 MINUTES OF LAST MEETING The minutes were agreed. MATTERS ARISING Action carried forward from 02/04/31. "
    "BC to contact the printers about the price of the leaflets. 2 BC TREASURER'S REPORT CD gave the report.\n")


def test_an_initials_sentence_ending_before_a_paragraph_number_is_an_action():
    actions = parse(_FLATTENED).actions
    assert [(a.text, a.owners) for a in actions] == [
        ("BC to contact the printers about the price of the leaflets.", ["Ben Cole"])]


_MARKED = (
    "Elmley Safeguarding Board\n\nMinutes of the meeting held on 5 May 2031\n\n"
    "Present: Ada Brook (Chair), Ben Cole, Cara Dunn\n\n1. Training\n\n"
    "The training plan would be circulated to partners before June. [Action 1, Ben Cole]\n\n"
    "2. Audit\n\nThe audit report would be sent to the chair. (Action 2: Cara Dunn)\n")


def test_a_numbered_marker_names_the_owner_of_the_sentence_before_it():
    actions = parse(_MARKED).actions
    assert [(a.text, a.owners) for a in actions] == [
        ("The training plan would be circulated to partners before June.", ["Ben Cole"]),
        ("The audit report would be sent to the chair.", ["Cara Dunn"])]


def test_listed_peoples_full_names_open_an_action_inside_a_paragraph():
    text = ("Elmley Safeguarding Board\n\nMinutes of the meeting held on 5 May 2031\n\n"
            "Present: Ada Brook (Chair), Ben Cole, Cara Dunn\n\n1. Training\n\n"
            "The plan was discussed. Ben Cole and Cara Dunn to meet the printers. The chair thanked everyone.\n\n"
            "2. Audit\n\nThe audit was noted. Eve Frost to send the figures.\n")
    actions = parse(text).actions
    assert [(a.text, a.owners) for a in actions] == [
        ("Ben Cole and Cara Dunn to meet the printers.", ["Ben Cole", "Cara Dunn"])]


_CELLS = (
    "Elmley Sports Board\n\nMinutes of the meeting held on 5 May 2031\n\n"
    "Members\nAda Brook (AB), Ben Cole (BC), Cara Dunn (CD), Dan Eve (DE)\n\n"
    "Matters Arising\n"
    "The Board NOTED the matters arising from the meeting held on 2 April 2031. It was noted that the Board\n"
    "would receive an update on the venue strategy at the June meeting. It was requested that the new\n"
    "grant guidance be added to the website as soon as possible.\n"
    "All other actions had been completed.\n"
    "AB/BC/\nCD\nDE\n\n2. Finance\n\nThe accounts were approved.\n")


def test_owner_cells_on_lines_of_their_own_are_paired_with_the_paragraphs_tasks_in_order():
    actions = parse(_CELLS).actions
    assert [(a.text, a.owners) for a in actions] == [
        ("It was noted that the Board would receive an update on the venue strategy at the June meeting.",
         ["Ada Brook", "Ben Cole", "Cara Dunn"]),
        ("It was requested that the new grant guidance be added to the website as soon as possible.", ["Dan Eve"])]


def test_owner_cells_that_cannot_be_paired_one_to_one_are_not_read():
    assert parse(_CELLS.replace("AB/BC/\nCD\nDE\n", "AB\nCD\nDE\n")).actions == []
    assert parse(_CELLS.replace("AB/BC/\nCD\nDE\n", "AB/XY\nDE\n")).actions == []  # XY is nobody's initials


_TWO_FITS = (
    "Elmley Drug and Alcohol Team\n\nMinutes of the meeting held on 5 May 2031\n\n"
    "Present: Sam Moss (Chair), Alan Bright, Alex Bellamy, Cara Dunn\n\n1. Review\n\n"
    "1.1   The Chair and Dr. Bellamy will meet to agree who is best placed to lead the review.\n"
    "                                                               Action: AB/SM\n\n"
    "2. Finance\n\n2.1   The budget report will be sent to partners.\n"
    "                                                               Action: AB\n")


def test_initials_that_fit_two_people_name_the_one_the_actions_text_names():
    paper = parse(_TWO_FITS)
    assert [(set(a.owners), a.unresolved) for a in paper.actions] == [
        ({"Alex Bellamy", "Sam Moss"}, []), (set(), ["AB"])]
