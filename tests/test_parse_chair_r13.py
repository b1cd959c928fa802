"""The chair on layouts of a tenth blind set of boards (issue 13, round 13).

Invented names and bodies: members listed with the groups they chair, a board's independent chair presenting
to another body, an office named in the list where its holder's name was lost, the chair named only in the
opening of the chair's own item, and a '(Chair)' marker inside a council's members' list run into one line.
"""
from __future__ import annotations

from parse_fixtures import chair, parse

ITEMS = "\n1. Minutes\n\nThe minutes were agreed.\n"


def test_chair_comma_another_group_after_a_member_is_that_groups_chair():
    for group in ("Children and Young People Executive Group", "Health and Wellbeing Sub-Group",
                  "Housing & Homelessness Task and Finish Group", "Learning and Development Panel"):
        text = ("Elmley Public Services Board\n\n4 May 2031\n\nPresent: Cllr Ada Brook Elmley Council Ben Cole "
                f"Elmley Fire Service Cllr Cy Dale Chair, {group} Dee Eve Elmley University\n" + ITEMS)
        assert chair(parse(text)) is None, group


def test_chair_of_this_board_after_a_member_is_still_the_chair():
    text = ("Elmley Public Services Board\n\n4 May 2031\n\nAda Brook Chair, Elmley Public Services Board\n"
            "Ben Cole Director, Elmley Council\n" + ITEMS)
    assert chair(parse(text)) == "ada brook"


def test_an_independent_chair_presenting_to_another_body_does_not_chair_it():
    for role in ("Independent Chair to ESCB", "Independent Chair to the Elmley Children Board",
                 "Independent Chair of ESAB", "Chair of the Elmley Adults Board"):
        text = ("Agenda item\n\nAnnual Report of Elmley Safeguarding Children Board\n\nMinutes:\n\n"
                "The Committee considered the annual report of the Board.\n\n"
                f"Ada Brook-Cole, {role} presented the report highlighting the following points:\n\n"
                "·  The report covered the year.\n")
        assert chair(parse(text)) is None, role


def test_an_office_named_before_chair_is_not_a_name():
    for office in ("First Minister", "Lord Provost", "Deputy Minister"):
        text = (f"Elmley Policing Board\n\n4 May 2031\n\nAttendees: Rt. Hon. Professor AM, {office} (Chair) Ben Cole, "
                "Chief Constable, Elmley Police\n" + ITEMS)
        assert chair(parse(text)) != person(office), office


def person(name: str) -> str:
    return " ".join(name.lower().split())


def test_the_opener_of_the_chairs_item_is_the_chair():
    for heading, para in (("1. Chair’s opening address 1.1", "Ada Brook AM, welcomed everyone to the meeting and"
                           " introductions were made."),
                          ("1. Chair's welcome\n\n1.1", "Ada Brook welcomed everyone to the meeting."),
                          ("1. Chairman's Opening Remarks\n", "Ada Brook opened the meeting and thanked members.")):
        text = f"Elmley Policing Board\n\n4 May 2031\n\nMinutes\n\n{heading} {para}\n\n1.2 Ben Cole thanked the Board.\n"
        assert chair(parse(text)) == "ada brook", heading


def test_an_opener_outside_the_chairs_item_is_not_the_chair():
    for heading in ("1. Welcome and introductions 1.1", "1. Police update 1.1", "1. Chair’s report 1.1"):
        text = (f"Elmley Policing Board\n\n4 May 2031\n\nMinutes\n\n{heading} Ada Brook AM, welcomed the report and"
                " the work done.\n\n1.2 Ben Cole thanked the Board.\n")
        assert chair(parse(text)) is None, heading


def test_a_chair_marked_inside_a_titled_run_on_members_list():
    for first in ("Provost Brook (Chair)", "Councillor Brook (Chair)", "Lord Mayor Brook (Chairman)",
                  "Cllr Brook (in the Chair)"):
        text = ("Elmley Council\n\nDate Time Venue 13 November 2031 11am Council Chambers, Elmley House\n\n"
                f"Present:\n\n{first} Depute Provost Cole Councillor Dale – Depute Council Leader Councillor Eve "
                "Councillor Fox\n\nIn attendance:\n\nGus Hay, Chief Executive\n" + ITEMS)
        assert chair(parse(text)) == "brook", first


def test_a_chair_marked_in_a_run_on_apologies_list_is_no_chair():
    text = ("Elmley Council\n\n13 November 2031\n\nApologies:\n\nCouncillor Brook (Chair) Councillor Cole "
            "Councillor Dale\n" + ITEMS)
    assert chair(parse(text)) is None


def test_the_opener_of_the_chairs_item_chairs_even_when_the_list_lost_their_name():
    text = ("Elmley Policing Board\n\n4 May 2031\n\nAttendees:\n\nBen Cole, Chief Constable, Elmley Police\n\n"
            "Cy Dale, Director, Elmley Council\n\n1. Chair’s opening address\n\n1.1 Ada Brook AM, welcomed everyone to "
            "the meeting.\n\n1.2 Ben Cole thanked the Board.\n")
    paper = parse(text)
    assert [p.name for p in paper.attendees] == ["Ben Cole", "Cy Dale"]
    assert chair(paper) == "ada brook"
