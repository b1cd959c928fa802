"""Titles, chairs and actions on layouts of the blind sets (issue 13, round 28).

Invented names and bodies: the meeting's name read from a 'Minutes of [the|a] [public|closed] meeting of the X held
on ...' frame wherever it stands in the opening lines (after a masthead, run on into the attendance list), never
from a frame that confirms an earlier meeting's minutes.
"""
from __future__ import annotations

import pytest

from parse_fixtures import parse


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
