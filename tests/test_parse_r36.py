"""Attendance rules of round 36 (issue 13): list shapes the layout rules did not read, on boards never seen.

Invented names and bodies. Each text shows one shape: a label the code did not know ('Directors present:',
'Committee:,'), a separator it did not split on ('Name – Chairman, Name', 'Name / Role' rows), a bracket never
closed, an organisation glued to a name, a second list label in capitals inside a line, labels and names whose
line breaks and spaces a PDF lost. These papers run the real pipeline.
"""
from __future__ import annotations

from ingest.names import person_key
from ingest.pipeline import extract_bytes

_HEAD = "ELMLEY PARTNERSHIP BOARD\n\nMinutes of a meeting held on 4 May 2031\n\n"
_TAIL = ("\n\n1. Minutes of the last meeting\nThe minutes of the last meeting were agreed as a true record.\n\n"
         "2. Budget\nThe board noted the budget report and agreed the plan for next year.\n")


def _paper(body: str):
    return extract_bytes((_HEAD + body + _TAIL).encode(), "t.txt")


def _keys(entries) -> set[str]:
    return {person_key(p.name) for p in entries}


def test_directors_present_is_an_attendance_label():
    paper = _paper("Directors present: Ada Brook (Chair Person), Ben Cole, Cy Dale, Di\nEve, Ed Fox.\n"
                   "Apologies – Gil Ives\n")
    assert _keys(paper.attendees) == {"ada brook", "ben cole", "cy dale", "di eve", "ed fox"}
    assert _keys(paper.apologies) == {"gil ives"}


def test_a_role_after_a_dash_in_a_comma_run():
    paper = _paper("Present: Ada Brook – Chairman, Ben Cole, Cara Dunn\n")
    assert _keys(paper.attendees) == {"ada brook", "ben cole", "cara dunn"}
    assert paper.chair is not None and person_key(paper.chair.name) == "ada brook"
    paper = _paper("Present: Ada Brook – Chair, Ben Cole – Treasurer\nCy Dale – Secretary\n")
    assert _keys(paper.attendees) == {"ada brook", "ben cole", "cy dale"}


def test_a_dash_before_an_organisation_stays_one_entry():
    paper = _paper("Present: Ada Brook – Chief Executive, Elmley Council\n")
    assert _keys(paper.attendees) == {"ada brook"}


def test_the_bodys_name_for_its_members_as_a_label_with_a_stray_comma():
    paper = _paper("Committee:, Ada Brook, Ben Cole, Cara Dunn, Di Eve\nApologies: Ed Fox, Gil Ives.\n")
    assert _keys(paper.attendees) == {"ada brook", "ben cole", "cara dunn", "di eve"}
    assert _keys(paper.apologies) == {"ed fox", "gil ives"}


def test_a_body_label_over_no_names_is_no_list():
    paper = _paper("Committee: Finance and Audit, Planning, Resources\nPresent: Ada Brook, Ben Cole, Cy Dale\n")
    assert _keys(paper.attendees) == {"ada brook", "ben cole", "cy dale"}


def test_name_slash_role_rows_past_a_bracket_never_closed():
    paper = _paper("Present\nAda Brook / Chair\nBen Cole / Commissioner\nIn attendance\nCy Dale / Chief Executive\n"
                   "Gil Ives (deputising for Hal Jones / Deputy Director\nDi Eve / Director of Finance\n"
                   "Ed Fox / Head of Governance\n")
    keys = _keys(paper.attendees)
    assert {"gil ives", "di eve", "ed fox", "cy dale"} <= keys
    assert "hal jones" not in keys


def test_apologies_were_received_from_with_a_bulleted_name_and_its_organisation():
    paper = _paper("Present: Ada Brook, Ben Cole, Cy Dale\n\nApologies were received from:\n"
                   "- Di Eve Elmley Youth Advocacy Service (EYAS)\n")
    assert _keys(paper.apologies) == {"di eve"}


def test_an_organisation_whose_acronym_does_not_fit_is_not_split():
    paper = _paper("Present: Ada Brook, Ben Cole, Cy Dale\n\nApologies were received from:\n"
                   "- Elmley Youth Advocacy Service (EYAS)\n- Ed Fox\n")
    assert _keys(paper.apologies) == {"ed fox"}


def test_a_role_then_a_dash_then_the_holder():
    paper = _paper("Those present: Ada Brook (AB); Ben Cole (BC); Cy Dale (CD).\n\n"
                   "In attendance: Councillor - Di Eve\nClerk – Ed Fox\nTreasurer – Gil Ives\n\nWelcome\n")
    assert {"di eve", "ed fox", "gil ives"} <= _keys(paper.attendees)
    assert not any("councillor" in k or "clerk" in k for k in _keys(paper.attendees))


def test_a_second_label_in_capitals_inside_the_line():
    paper = _paper("PRESENT: Cllr Ada Brook (Chair) Cllr Ben Cole Cllr Cara Dunn Cllr Di Eve "
                   "IN ATTENDANCE: Ed Fox (Clerk to the Council).\n")
    keys = _keys(paper.attendees)
    assert {"ada brook", "ben cole", "cara dunn", "di eve", "ed fox"} <= {k.replace("cllr ", "") for k in keys}
    assert not any(e.org and "ATTENDANCE" in e.org for e in paper.attendees)


def test_labels_and_names_glued_where_a_pdf_lost_the_breaks():
    paper = _paper("AttendeesAda BrookBen Cole\nCy DaleDi Eve\nEd FoxGil Ives\nHal Jones\nApologiesIan Kay\n"
                   "In AttendanceJo Lee, Elmley Council\nKim Moss, Elmley Council\nWelcome and Introductions\n")
    assert _keys(paper.attendees) == {"ada brook", "ben cole", "cy dale", "di eve", "ed fox", "gil ives",
                                      "hal jones", "jo lee", "kim moss"}
    assert _keys(paper.apologies) == {"ian kay"}


def test_surnames_with_inner_capitals_are_not_cut():
    paper = _paper("Present:\nAda McLeod\nBen MacKay\nCy DeSouza\n")
    assert _keys(paper.attendees) == {"ada mcleod", "ben mackay", "cy desouza"}


def test_an_acronym_glued_after_a_name_is_its_organisation():
    paper = _paper("PRESENT: Ada Brook, Ben Cole, Cy Dale, Di Eve LBoE, Ed Fox\n")
    assert _keys(paper.attendees) == {"ada brook", "ben cole", "cy dale", "di eve", "ed fox"}
    paper = _paper("PRESENT: Ada Brook, Ben Cole, Cy Dale, Ed Fox\nElmley Vale CBC\n")
    assert "elmley vale" not in _keys(paper.attendees)
    paper = _paper("PRESENT: Ada BROOK, Ben Cole OBE, Cy Dale, Di Eve\n")
    assert _keys(paper.attendees) == {"ada brook", "ben cole", "cy dale", "di eve"}
