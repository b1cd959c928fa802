"""Attendance and chairs on layouts of a ninth blind set of boards (issue 13, round 12).

Invented names and organisations. Each test is one layout, the other ways boards write it, and its near-misses.
"""
from __future__ import annotations

from parse_fixtures import chair, keys, parse

TOP = "Elmley Safeguarding Children Board\n\n"
ROWS = ("Ada Brook / Interim Chair, Chief Officer, Elmley Health Group / AB\n"
        "Ben Cole / Senior Manager, Elmley Council (deputising for Head of Children’s Services) / BC\n"
        "Dr Cy Dale / Designated Doctor, Elmley Health Group / CD\n"
        "Dee Eve / Community Safety Manager, Elmley Fire Service (deputising for Fay Gill) / DE\n")


def test_a_present_column_with_no_name_column_lists_who_was_present():
    for header in ("Present / Role / Initials", "Present / Designation", "Attended / Organisation / Initials",
                   "Attending / Role"):
        rows = ROWS if "Initials" in header else "".join(r.rsplit(" / ", 1)[0] + "\n" for r in ROWS.splitlines())
        paper = parse(TOP + header + "\n" + rows + "Apologies received\nGil Hay / Elmley Police / GH\n")
        assert keys(paper.attendees) == ["ada brook", "ben cole", "cy dale", "dee eve"], header
        assert chair(paper) == "ada brook", header  # 'Interim Chair, ...' in the role cell
        assert "fay gill" not in keys(paper.attendees), header  # a deputising note names who was away


def test_a_present_column_beside_a_name_or_another_mark_column_stays_a_mark_column():
    marks = ("Name / Present / Apologies\nAda Brook / ✓ / \nBen Cole /  / ✓\n")
    paper = parse(TOP + marks)
    assert keys(paper.attendees) == ["ada brook"]
    assert keys(paper.apologies) == ["ben cole"]
    lost = parse(TOP + "Present / Apologies / Role\nAda Brook / Chair\nBen Cole / Lay Member\n")
    assert keys(lost.attendees) == []  # a mark grid whose name column was lost: nobody is guessed


TICKED = ("Board meeting MINUTES\n\nMeeting: Elmley Board Meeting Date and 15 May 2031 time: 13:00\n\n"
          "Board Members Agency Present: Apologies No apologies Deputy Name and job title Ada Brook Ind √ Chair of the "
          "Board Ben Cole ELC √ Senior Manager Quality Cy Dale ELC √ Head of Virtual School Dee Eve EHT √ "
          "Designated Nurse\n")


def test_a_chair_in_a_ticked_row_run_into_one_paragraph():
    paper = parse(TICKED)
    assert chair(paper) == "ada brook"
    assert keys(paper.attendees) == []  # the ticks' columns are lost: nobody is listed as present or away


def test_a_vice_chair_or_another_boards_chair_in_a_ticked_row_is_no_chair():
    for role in ("Vice Chair of the Board", "Chair of the Oakham Adults Board"):
        paper = parse(TICKED.replace("Chair of the Board", role))
        assert chair(paper) is None, role
