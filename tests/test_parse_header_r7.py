"""Title on layouts left over from a fourth blind set of boards (issue 13, round 7): a pack reference or a
table header saying 'Agenda Item' is no item page, and a minutes line naming the body that met under a
service's heading gives the title. Invented names and organisations."""
from __future__ import annotations

from parse_fixtures import parse

MINUTES = ("{top}ELMLEY YOUTH OFFENDING TEAM\n\nMinutes of the Youth Justice Management Board Meeting\n\n"
           "21 MARCH 2029\nPresent:\nAda Brook, Head of Service\n\nAGENDA\n\nAgenda Item / Action\n\n"
           "Minutes of previous meeting / Accepted as correct.\n")


def test_a_pack_reference_and_a_table_header_are_no_item_page():
    paper = parse(MINUTES.format(top="Agenda Item 2\n\n"))
    assert paper.title == "Youth Justice Management Board"


def test_the_sites_own_agenda_item_line_still_makes_an_item_page():
    paper = parse("Agenda item\n\nAnnual Report of the Elmley Board\n\nMinutes:\n\nThe Panel received the report.\n")
    assert paper.title is None


def test_a_heading_that_names_a_body_keeps_its_title():
    paper = parse(MINUTES.format(top="").replace("ELMLEY YOUTH OFFENDING TEAM", "ELMLEY SAFEGUARDING BOARD"))
    assert paper.title == "ELMLEY SAFEGUARDING BOARD MEETING"  # the heading over 'Minutes of the X Meeting'
    generic = parse(MINUTES.format(top="").replace("Youth Justice Management Board", "Board"))
    assert generic.title == "ELMLEY YOUTH OFFENDING TEAM MEETING"  # 'the Board' names no body of its own
