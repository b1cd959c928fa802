"""Attendance and apologies in shapes rounds 46 and 49 left (issue 13, round 51).

Invented names and bodies. An apologies sentence written inside running prose (after another sentence on the same
line, or joined by 'and'), read only when no apologies were read; a list's last name run into the next item's
number; a police rank written short before the name ('PS Ada Brook'); a post of vocabulary words read whole as
part of a name ('Chief Executive Ada Brook').
"""
from __future__ import annotations

from parse_fixtures import parse

_HEAD = "Elmley Board\n\n3 March 2031\n\n"
_ITEMS = "\n\n3. Finance\n\nThe accounts were noted.\n"


def _names(people) -> list[str]:
    return [p.name for p in people]


def test_apologies_sentence_after_another_sentence_on_its_line():
    text = (f"{_HEAD}Present: Ada Brook (Chair), Ben Cole, Cara Dunn\n\nItem Discussion Action No. 1 Welcome "
            "The Chair, Cllr Ada Brook, welcomed everyone to the meeting. Apologies were received from "
            "Dee Eve and Fay Gill. 2 Election: Nomination of Chair The minutes were agreed." + _ITEMS)
    assert _names(parse(text).apologies) == ["Dee Eve", "Fay Gill"]


def test_apologies_noted_in_a_clause_joined_by_and():
    text = (f"{_HEAD}Present: Ada Brook (Chair), Ben Cole, Cara Dunn\n\n1. Welcome\n\nThe Chair welcomed the Board "
            "and the Secretariat to the meeting and noted apologies from Dee Eve.\n" + _ITEMS)
    assert _names(parse(text).apologies) == ["Dee Eve"]


def test_prose_apologies_not_read_when_a_list_was():
    text = (f"{_HEAD}Present: Ada Brook (Chair), Ben Cole\n\nApologies: Cara Dunn\n\n1. Welcome\n\nThe Chair "
            "welcomed the Board and noted apologies from Dee Eve.\n" + _ITEMS)
    assert _names(parse(text).apologies) == ["Cara Dunn"]


def test_prose_apologies_need_every_piece_a_person():
    text = (f"{_HEAD}Present: Ada Brook (Chair), Ben Cole, Cara Dunn\n\n1. Welcome\n\nThe Chair opened the meeting "
            "and noted apologies from Elmley Housing Services and the Finance Team.\n" + _ITEMS)
    assert _names(parse(text).apologies) == []


def test_last_name_run_into_the_next_item():
    text = (f"{_HEAD}PRESENT: Ada Brook (Chair), Ben Cole, Cara Dunn, In attendance: Dee Eve 1 Apologies: Fay Gill, "
            "Hal Irwin\n\n2. Minutes\n\nThe minutes were agreed." + _ITEMS)
    assert "Dee Eve" in _names(parse(text).attendees)


def test_short_police_rank_before_the_name():
    text = f"{_HEAD}Present: Ada Brook (Chair), Ben Cole\n\nIn Attendance Cllr Cara Dunn, PS Dee Eve.{_ITEMS}"
    assert "Dee Eve" in _names(parse(text).attendees)


def test_post_read_whole_as_part_of_the_name():
    text = (f"{_HEAD}Present: Ada Brook (Chair), Ben Cole, Cara Dunn\n\nIn attendance: Dee Eve, Chief Executive Fay "
            "Gill (part-time), Hal Irwin" + _ITEMS)
    names = _names(parse(text).attendees)
    assert "Fay Gill" in names and not any("Executive" in n for n in names)


def test_clerk_label_on_the_present_line():
    text = (f"{_HEAD}1. Present: Cllr. A. Brook (Chair), Cllr. B. Cole, Cllr. Mrs C. Dunn 7.45pm to 7.55pm Members "
            "of Public Attending: None Clerk: Dee Eve\n\n2. Apologies: Cllr. F. Gill\n" + _ITEMS)
    assert "Dee Eve" in _names(parse(text).attendees)


def test_clerk_label_needs_a_name():
    text = f"{_HEAD}Present: Ada Brook (Chair), Ben Cole, Cara Dunn\n\nClerk: to be appointed by the council\n{_ITEMS}"
    assert _names(parse(text).attendees) == ["Ada Brook", "Ben Cole", "Cara Dunn"]


def test_note_bracket_between_name_and_initials():
    text = (f"{_HEAD}Present: A. Brook (Chairman) (AB), B. Cole (BC), C. Dunn (CD), D. Eve (DE) Attending: F. Gill "
            "(Minutes) (FG), H. Irwin (HI) (part) Apologies: J. Kay (JK)\n" + _ITEMS)
    names = _names(parse(text).attendees)
    assert "A. Brook" in names and "F. Gill" in names


def test_initials_holding_the_surnames_inner_capitals():
    text = (f"{_HEAD}Present: A. Brook (AB), B. Cole (BC), C. MacDunn (CMD), D. Eve (DE), F. Gill (FG)\n" + _ITEMS)
    assert "C. MacDunn" in _names(parse(text).attendees)


def test_post_first_entries_joined_by_and_with_their_bodies():
    text = (f"{_HEAD}Present: Ada Brook (Chair), Ben Cole, Cara Dunn\n\nIn attendance also: Detective Inspector D Eve "
            "(for Chief Inspector F Gill) and Sergeant H Irwin, Police , Area Manager J Kay and Group Manager L Moss, "
            "Elmley Fire & Rescue Service.\n" + _ITEMS)
    names = _names(parse(text).attendees)
    assert all(n in names for n in ("D Eve", "H Irwin", "J Kay", "L Moss"))
    assert not any("Manager" in n or "Elmley" in n for n in names)


def test_councillors_joined_by_and_keep_their_title():
    text = f"{_HEAD}Present: Councillor A. Brook and Councillor B. Cole, Cara Dunn, Dee Eve\n{_ITEMS}"
    names = _names(parse(text).attendees)
    assert "Councillor A. Brook" in names and "Councillor B. Cole" in names
