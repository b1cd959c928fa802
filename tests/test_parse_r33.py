"""Attendance rules of round 33 (issue 13): names a list's layout rules left unread, vouched by spaCy.

Invented names and bodies. The commonest cause of partly-read lists on boards never seen: entries with no
separator between a name and its role or organisation ('Ada Brook Elmley Council Ben Cole Chief Executive
...'), where the name's end is not written. These papers run the real pipeline (spaCy included).
"""
from __future__ import annotations

from ingest.names import person_key
from ingest.pipeline import extract_bytes

_TAIL = ("\n\n1. Minutes of the last meeting\nThe minutes of the last meeting were agreed as a true record.\n\n"
         "2. Budget\nThe board noted the budget report and agreed the plan for next year.\n")


def _paper(text: str):
    return extract_bytes(text.encode(), "t.txt")


def _keys(entries) -> set[str]:
    return {person_key(p.name) for p in entries}


def test_names_left_in_a_run_after_an_acronym_are_taken():
    paper = _paper("ELMLEY COMMUNITY HEALTH COUNCIL\n\nMinutes of a meeting held on 4 May 2031\n\n"
                   "Present: Mrs A Brook (Chair), Mr B Cole, Mrs C Dale\n\n"
                   "In Attendance: Dr Ed Fox, Chief Officer, EHC Susan Grant, Deputy Chief Officer, EHC "
                   "Helen Moss, Office Manager, EHC Mr Peter Lowe, Medical Director\n" + _TAIL)
    assert {"susan grant", "helen moss"} <= _keys(paper.attendees)
    assert not any("office" in k or "ehc" in k for k in _keys(paper.attendees))
    assert any("language model" in w for w in paper.warnings)


def test_a_name_in_a_note_or_an_organisation_stays_unread():
    paper = _paper("ELMLEY PARTNERSHIP BOARD\n\nMinutes of a meeting held on 4 May 2031\n\n"
                   "Present: Ada Brook (Chair), Ben Cole, Cy Dale, Tom Reed (on behalf of Jane Wood)\n"
                   "Also present: Eve Hart – Elmley Parish Council, Gil Ives\n" + _TAIL)
    keys = _keys(paper.attendees)
    assert "jane wood" not in keys
    assert not any("parish" in k for k in keys)


def test_a_block_the_rules_did_not_read_is_left_to_the_fallback():
    # nothing of the block was read by a layout rule: the recogniser is not asked (the fallback's job)
    paper = _paper("ELMLEY PARTNERSHIP BOARD\n\nMinutes of a meeting held on 4 May 2031\n\n"
                   "The chair, Ada Brook, welcomed Ben Cole and Cy Dale, who introduced Tom Reed as a new trustee.\n"
                   + _TAIL)
    assert paper.attendees == []



def test_a_joiner_typed_before_the_comma_keeps_a_comma_list_a_list():
    # round 31's leftover: 'Cy Dane and, Di Eve (Clerk)' made the line one 'Name, Role, Org' entry
    from parse_fixtures import parse

    paper = parse("Minutes of the Elmley Parish Council meeting held on 4 May 2031\n\n"
                  "Present: Ada Brook, Ben Cole, Cy Dane and, Di Eve (Clerk)\n" + _TAIL)
    assert [p.name for p in paper.attendees] == ["Ada Brook", "Ben Cole", "Cy Dane", "Di Eve"]
    assert all(p.org is None for p in paper.attendees)


def test_an_apologies_sentence_on_the_line_after_the_present_list_is_no_wrap():
    from parse_fixtures import parse

    paper = parse("Minutes of the Elmley Board meeting held on 4 May 2031\n\n"
                  "Present: Cy Dale, Di Eve, Tom Reed\nApologies were received from Ada Brook and Ben Cole.\n" + _TAIL)
    assert [p.name for p in paper.attendees] == ["Cy Dale", "Di Eve", "Tom Reed"]
    assert [p.name for p in paper.apologies] == ["Ada Brook", "Ben Cole"]
