"""Who chaired, in the ways real minutes say it (issue 13, round 65).

Invented names and bodies. When no reader names a chair, the last-resort readers of ingest/parse/chair_said.py take
the office after a comma glued to the next entry of a flattened present run, a bare role word after a name, a bracket
other than '(Chair)' ('(Chairperson)', '(Cathaoirleach)'), a chair label ('Cathaoirleach:', 'PRESENT IN THE CHAIR:',
'Independent Chair:'), a sentence in the first items ('took the Chair', 'Convenor,
Ada Brook, welcomed everyone', 'was Chairperson of the Meeting') and the civic head of a full council when no chair
word stands in the list; never a vice, deputy or leas chair, and never who took the chair for part of the meeting.
"""
from __future__ import annotations

from parse_fixtures import chair, parse

_HEAD = "Elmley Board\n\nMinutes of the meeting held on 3 March 2031\n\n"
_ITEMS = "\n\n1. Apologies\n\nNone were received.\n\n2. Minutes\n\nThe minutes were agreed.\n"
_PRESENT = "Present: Ada Brook, Ben Cole, Cara Dunn, Dan Ellis"


def _chair(text: str) -> str | None:
    return chair(parse(text))


def _opening(sentence: str, present: str = _PRESENT) -> str:
    return f"{_HEAD}{present}\n\n1. Welcome\n\n{sentence}\n\n2. Minutes\n\nThe minutes were agreed.\n"


def test_the_office_after_a_comma_glued_to_the_next_entry():
    text = f"{_HEAD}Present | Deputy A.B. Brook, Chairman Deputy C.D. Cole, Vice-Chairman Deputy E. Dale, Constable F. Fox"
    assert _chair(text + _ITEMS) == "a.b. brook"
    text = f"{_HEAD}Present: Deputy A. Brook of St. Elm , Chairman Constable C. Cole of St. Elm , Vice-Chairman Mr D. Dale"
    assert _chair(text + _ITEMS) == "a. brook"


def test_a_bare_role_word_after_a_name_in_a_flattened_list():
    text = f"{_HEAD}Present: Cllr. Ada Brook Chair Chief Superintendent Ben Cole Cllr. Cy Dale Cllr. Dan Ellis"
    assert _chair(text + _ITEMS) == "ada brook"


def test_a_vice_chair_is_never_the_chair():
    text = f"{_HEAD}Present | Deputy A.B. Brook, Vice-Chairman Deputy C.D. Cole, Constable F. Fox"
    assert _chair(text + _ITEMS) is None
    text = f"{_HEAD}Present: Cllr. Ada Brook Vice Chair Chief Superintendent Ben Cole Cllr. Cy Dale"
    assert _chair(text + _ITEMS) is None


def test_a_role_bracket_other_than_chair():
    assert _chair(f"{_HEAD}Present: Ms. Brook (Chairperson), Ms. Cole, Mr. Dale, Mr. Ellis{_ITEMS}") == "brook"
    assert _chair(f"{_HEAD}Present: Cllr. Ada Brook (Cathaoirleach), Cllr. Ben Cole, Cllr. Cy Dale{_ITEMS}") == "ada brook"


def test_chair_labels():
    assert _chair(f"{_HEAD}Cathaoirleach: Cllr. A. Brook, Cathaoirleach of the County\n\n"
                  f"Present: Cllr. B. Cole, Cllr. C. Dale{_ITEMS}") == "a. brook"
    assert _chair(f"{_HEAD}PRESENT IN THE CHAIR: Councillor A. Brook.\n\nCouncillors B. Cole, C. Dale{_ITEMS}") == "a. brook"
    assert _chair(f"{_HEAD}Independent Chair: Ada Brook\n\n{_PRESENT}{_ITEMS}") == "ada brook"


def test_sentences_of_the_first_items():
    assert _chair(_opening("Convenor, Ada Brook, welcomed everyone to the meeting.")) == "ada brook"
    assert _chair(_opening("The chair of the meeting Cllr. Ada Brook welcomed everyone.")) == "ada brook"
    assert _chair(_opening("Ada Brook was Chairperson of the Meeting.")) == "ada brook"
    assert _chair(_opening("The Independent Chair, Ada Brook, welcomed all.")) == "ada brook"
    assert _chair(_opening("The meeting commenced at 10.40 a.m. Dan Ellis took the Chair and thanked all.")) == "dan ellis"


def test_who_took_the_chair_for_part_of_the_meeting_did_not_chair_it():
    assert _chair(_opening("Ada Brook left the room and Ben Cole took the chair for the item.")) is None
    assert _chair(_opening("Ben Cole took the Chair during item 4.")) is None


def test_the_civic_head_chairs_a_full_council():
    present = "Present: Councillor A Brook (Mayor), Councillor B Cole, Councillor C Dale, Councillor D Ellis"
    assert _chair(f"{_HEAD}{present}{_ITEMS}") == "a brook"
    present = ("PRESENT: The Worshipful the Mayor, Councillor A B Brook, Councillors C Cole, D Dale and E Ellis. "
               "The Deputy Mayor, Councillor F Fox")
    assert _chair(f"{_HEAD}{present}{_ITEMS}") == "a b brook"


def test_never_the_deputy_mayor_nor_a_mayor_where_a_chair_word_names_someone():
    present = "Present: Councillor A Brook (Deputy Mayor), Councillor B Cole, Councillor C Dale"
    assert _chair(f"{_HEAD}{present}{_ITEMS}") is None
    present = "Present: Councillor A Brook (Mayor), Councillor B Cole (Vice Chair), Councillor C Dale"
    assert _chair(f"{_HEAD}{present}{_ITEMS}") is None


def test_nobody_who_sent_apologies_chaired():
    text = (f"{_HEAD}Present: Ada Brook, Ben Cole\n\nApologies: Cara Dunn\n\n1. Welcome\n\n"
            "Cara Dunn was Chairperson of the Meeting.\n")
    assert _chair(text) is None


def test_a_role_word_or_civic_head_opening_the_list_names_who_follows():
    assert _chair(f"{_HEAD}PRESENT: Cathaoirleach Cllr. A. Brook, Cllr. B. Cole, Cllr. C. Dunn{_ITEMS}") == "a. brook"
    assert _chair(f"{_HEAD}Present: Chairman: Cllr A Brook; Members: Cllr B Cole, Cllr C Dunn{_ITEMS}") == "a brook"
    present = "PRESENT: Mayor Cllr A Brook, Cllr B Cole, Cllr C Dunn, Deputy Mayor Cllr D Ellis"
    assert _chair(f"{_HEAD}{present}{_ITEMS}") == "a brook"


def test_in_the_chair_after_a_bracketed_name():
    present = "PRESENT: The Mayor (Councillor A Brook) (in the Chair); Councillors B Cole, C Dunn"
    assert _chair(f"{_HEAD}{present}{_ITEMS}") == "a brook"


def test_who_presided_beats_a_label_whose_person_sent_apologies():
    lists = "Chair: Ada Brook\n\nPresent: Ben Cole, Cara Dunn, Dan Ellis\n\nApologies: Ada Brook"
    assert _chair(f"{_HEAD}{lists}\n\n1. Welcome\n\nBen Cole presided.\n\n2. Minutes\n\nAgreed.\n") == "ben cole"
    lists = "Chair: Ada Brook\n\nPresent: Ada Brook, Ben Cole, Cara Dunn"
    assert _chair(f"{_HEAD}{lists}\n\n1. Welcome\n\nBen Cole presided.\n\n2. Minutes\n\nAgreed.\n") == "ada brook"


def test_an_island_members_style_is_no_part_of_the_chairs_name():
    text = f"{_HEAD}Present | Deputy Ada Brook, Chairman | Deputy Ben Cole, Vice-Chairman | Deputy Cy Dale{_ITEMS}"
    assert _chair(text) == "ada brook"
    assert _chair(f"{_HEAD}Chair: Deputy Mayor Ada Brook\n\n{_PRESENT}{_ITEMS}") == "ada brook"
