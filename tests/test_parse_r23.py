"""Titles, chairs, items and actions on layouts of the seventeenth and eighteenth blind sets (issue 13, round 23).

Invented names and bodies: an unlabelled 'Name  Role, Organisation' list (two spaces between) at the top of a page
with no heading, a council banner's slogan above the paper's heading, 'Elmley Partnership: Minutes', and a body's
name broken over two heading lines.
"""
from __future__ import annotations

from parse_fixtures import parse


def test_two_space_name_rows_at_the_top_give_no_title():
    text = ("Welcome and introduction\n\nThe Chair welcomed everyone and read the notice.\n\n"
            "Councillor Ada Brook  Chair\n\nBen Cole  Director of Housing, Elmley Council\n\n"
            "Cy Dale  Head of Care, Oakham Health Trust\n\n2. Minutes\n\nAgreed.\n")
    assert parse(text).title is None


def test_a_heading_with_two_spaces_before_its_date_is_still_a_title():
    text = "Elmley Safeguarding Board  12 May 2031\n\nPresent: Ada Brook, Ben Cole\n\n1. Minutes\n\nAgreed.\n"
    assert parse(text).title == "Elmley Safeguarding Board"


def test_a_banner_slogan_is_no_title():
    text = ("Elmley Borough Council\n\nBig hopes, bright days\n\nOakham Safety Partnership Minutes\n\n"
            "Date:\nTuesday, 8th May 2031\n\nPresent:\nAda Brook (Chairman), Ben Cole\n\n1. Minutes\n\nAgreed.\n")
    assert parse(text).title == "Oakham Safety Partnership"


def test_a_colon_then_minutes_is_the_kind_not_the_name():
    text = ("Elmley Village Partnership: Minutes\n\nMinutes of the meeting Monday 7th May 2031\n\n"
            "- Present: Ada Brook, Ben Cole\n\n- 1. Attendance\n\nNoted.\n")
    assert parse(text).title == "Elmley Village Partnership"


def test_a_name_over_two_heading_lines_is_joined():
    text = ("Elmley & Oakham’s Young People\nJoint Planning Group\nMeeting held 31st March 2031\nThe Hall, Elmley\n\n"
            "Present:\nAda Brook / Elmley Council (Chair)\nBen Cole / Oakham Health\n\n1. Minutes\n\nAgreed.\n")
    assert parse(text).title == "Elmley & Oakham’s Young People Joint Planning Group"


def test_a_council_over_its_committee_still_gives_the_committee():
    text = ("Elmley Borough Council\nSafeguarding Committee\n12 May 2031\n\nPresent: Ada Brook, Ben Cole\n\n"
            "1. Minutes\n\nAgreed.\n")
    assert parse(text).title == "Safeguarding Committee"
