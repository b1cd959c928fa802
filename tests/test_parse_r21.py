"""Attendance, items and roles on layouts that stayed missed in the tuned sets (issue 13, round 21).

Invented names and bodies: titled names run together where one is a 'Rev' or has its initials written
together ('Rev HM Cole'), a titled name with no initials between rows that carry theirs, a heading cut from
its minute at a dash before the speaker, and a 'Co-opted Member' written straight after a name.
"""
from __future__ import annotations

from ingest.names import person_key
from parse_fixtures import keys, parse


def test_titled_names_run_together_with_a_rev_and_initials_written_together():
    text = ("Elmley Quality Committee\nMinutes of the Meeting held on Thursday 3rd May 2031\n"
            "Present: Ms A Brook Rev HM Cole Dr P Dale Mr H Eve-Jones\n\n1. Minutes\n\nAgreed.\n")
    names = keys(parse(text).attendees)
    for n in ("A Brook", "HM Cole", "P Dale", "H Eve-Jones"):
        assert person_key(n) in names
    assert len(names) == 4


def test_initials_written_together_need_a_title():
    text = ("Elmley Board\nMinutes of the Meeting held on 3 May 2031\n"
            "Present:\nAda Brook\nMr HM Cole\nNHS Elmley\n\n1. Minutes\n\nAgreed.\n")
    names = keys(parse(text).attendees)
    assert person_key("HM Cole") in names
    assert person_key("NHS Elmley") not in names
