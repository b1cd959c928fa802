"""Attendance and apologies on boards never seen (issue 13, round 49).

Invented names and bodies. Entries run on one after another with no label, each closed by its status word
('Mrs A Brook, Chairman Present B. Cole Treasurer Apologies ...'), read when nothing else was; 'Council members:'
as an attendance label and 'Prevented:' (a Quaker meeting's word) as an apologies label; a comma list of bare names
inside a piece a semicolon closes; an entry written post first ('Area Commander Ada Brook', 'Sergeant B Cole').
"""
from __future__ import annotations

from parse_fixtures import parse

_HEAD = "Elmley Board\n\n3 March 2031\n\n"
_ITEMS = "\n\n1. Minutes\n\nThe minutes of the last meeting were agreed.\n\n2. Finance\n\nThe accounts were noted.\n"


def _names(people) -> list[str]:
    return [p.name for p in people]


def test_entries_each_closed_by_a_status_word():
    text = (f"{_HEAD}BOARD Mrs A Brook, Chairman * Officer Present B. Cole, Deputy Chairman Apologies "
            "C.D. Dunn* Treasurer Present\n\nOTHER MEMBERS Dame Eve Fox, OBE Honorary President Present "
            "G. Hale East Regional Representative Apologies J. Irwin North Chairman Present" + _ITEMS)
    paper = parse(text)
    assert _names(paper.attendees) == ["A Brook", "C.D. Dunn", "Eve Fox", "J. Irwin"]
    assert _names(paper.apologies) == ["B. Cole", "G. Hale"]


def test_status_words_in_prose_are_not_a_list():
    text = (f"{_HEAD}Present: Ada Brook, Ben Cole\n\n1. Minutes\n\nThe chair noted who was Present and who sent "
            "Apologies, and thanked those Present for the Apologies given and the work Present in the report.\n")
    paper = parse(text)
    assert _names(paper.attendees) == ["Ada Brook", "Ben Cole"]
    assert _names(paper.apologies) == []


def test_council_members_label():
    paper = parse(f"{_HEAD}Council members: Ada Brook (AB), Ben Cole (BC), Cara Dunn (CD).\n\n"
                  f"Apologies: Dee Eve{_ITEMS}")
    assert _names(paper.attendees) == ["Ada Brook", "Ben Cole", "Cara Dunn"]


def test_prevented_label_is_the_apologies():
    paper = parse(f"{_HEAD}Present: Ada Brook (clerk), Ben Cole, Cara Dunn\nPrevented: Dee Eve{_ITEMS}")
    assert _names(paper.apologies) == ["Dee Eve"]
    assert "Dee Eve" not in _names(paper.attendees)


def test_comma_list_inside_a_semicolon_piece():
    paper = parse(f"{_HEAD}Present: Ada Brook (clerk), Ben Cole, Cara Dunn, Dee Eve; Fay Gill, clerk for "
                  f"minutes 1 - 3.{_ITEMS}")
    assert _names(paper.attendees) == ["Ada Brook", "Ben Cole", "Cara Dunn", "Dee Eve", "Fay Gill"]


def test_post_before_the_name():
    paper = parse(f"{_HEAD}Present: Ada Brook (Chair), Ben Cole, Cara Dunn\n\nIn attendance: Area Commander "
                  f"Dee Eve, Police Officer F Gill, Hal Irwin and 3 members of the public.{_ITEMS}")
    names = _names(paper.attendees)
    assert "Dee Eve" in names and "F Gill" in names
    assert not any("Commander" in n or "Officer" in n for n in names)


def test_present_and_in_attendance_with_no_colon_before_a_name():
    paper = parse("Elmley Council\n\nMinutes of meeting held on Monday 6th October 2031\n\n \n\nApologies Ada Brook, "
                  "Ben Cole.\n\n \n\nPresent Cara Dunn (Chair), Dee Eve (Secretary), Fay Gill.\n\n \n\nIn Attendance "
                  "Cllr Hal Irwin, Jay King.\n\n \n\nPolice Report Crime figures as follows;\n")
    names = _names(paper.attendees)
    assert any(n.endswith("Hal Irwin") for n in names) and "Jay King" in names and "Fay Gill" in names


def test_initials_bracket_with_a_role_after_a_comma():
    paper = parse(f"{_HEAD}Present: Ada Brook (AB, Chair), Ben Cole (BC), Cara Dunn (CD){_ITEMS}")
    assert _names(paper.attendees) == ["Ada Brook", "Ben Cole", "Cara Dunn"]
    assert paper.chair is not None and paper.chair.name == "Ada Brook"


def test_plural_title_over_surname_only_councillors():
    paper = parse("Elmley Committee\n\nThursday 6 June 2031 at 2pm\n\nPresent: Councillors Brook, Cole, Dunn, J Eve "
                  "and Fox.\n\n401 Apologies\n\nNone.\n")
    names = [n.split()[-1] for n in _names(paper.attendees)]
    assert names == ["Brook", "Cole", "Dunn", "Eve", "Fox"]


def test_first_name_glued_to_the_surname_before_fitting_initials():
    paper = parse(f"{_HEAD}Present: Ada Brook (AB), BenCole (BC), Cara Dunn (CD), Fay Gill (FG){_ITEMS}")
    assert _names(paper.attendees) == ["Ada Brook", "Ben Cole", "Cara Dunn", "Fay Gill"]


def test_a_surname_prefix_is_not_a_glued_first_name():
    paper = parse(f"{_HEAD}Present: Ada Brook (AB), Ben MacDonald (BM), Cara Dunn (CD){_ITEMS}")
    assert _names(paper.attendees) == ["Ada Brook", "Ben MacDonald", "Cara Dunn"]
