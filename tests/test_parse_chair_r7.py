"""The chair named only by a resolution in the noun form ('To note the appointment of Cllr Ada Brook ... as
Chairman of the Panel'), issue 13, round 7. Invented names and organisations; each test a layout or a near-miss.
"""
from __future__ import annotations

import pytest

from parse_fixtures import chair, parse

PAGE = ("Agenda and minutes\n\nElmley Fostering Panel - Wednesday 18 April 2029 6.00 pm\n\n"
        "Venue: Committee Room 5\n\nContact: Flo Gee, Democratic Services Officer\n\nItems\nNo. Item\n\n{present}"
        "1.\n\nAppointment of Chairman\n\n{resolution}\n\nMinutes:\n\nRESOLVED: {resolution}\n\n"
        "2.\n\nDeclarations of Interest\n\nThere were none.\n")


@pytest.mark.parametrize("resolution", [
    "To note the appointment of Councillor Ada Brook at the Cabinet meeting on 18 January 2029 as Chairman of the "
    "Elmley Fostering Panel for the remainder of the Municipal Year 2028/2029.",
    "To confirm the election of Ada Brook as Chair of the Panel.",
    "That the appointment of Cllr Ada Brook as Chairperson of the Fostering Panel be noted.",
])
def test_an_appointment_of_a_named_person_as_this_bodys_chair(resolution):
    assert chair(parse(PAGE.format(present="", resolution=resolution))) == "ada brook"


@pytest.mark.parametrize("resolution", [
    "To note the appointment of Councillor Ada Brook as Chairman of the Panel for the next municipal year.",
    "To note the appointment of Councillor Ada Brook as Chairman of the Oakham Adoption Panel.",
    "To note the appointment of Councillor Ada Brook as Vice-Chairman of the Panel.",
    "To note the appointment of a Chairman of the Panel at the next meeting.",
])
def test_an_appointment_for_next_year_of_another_body_or_as_vice_chair_is_no_chair(resolution):
    assert parse(PAGE.format(present="", resolution=resolution)).chair is None


def test_the_member_who_presides_wins_and_an_absent_appointee_is_no_chair():
    resolution = "To note the appointment of Councillor Ada Brook as Chairman of the Fostering Panel."
    presiding = "Present:\nCouncillor Ben Cole (Chairman)\nCouncillor Cy Dee\n\n"
    assert chair(parse(PAGE.format(present=presiding, resolution=resolution))) == "ben cole"
    absent = "Present:\nCouncillor Cy Dee\nCouncillor Di Eve\n\nApologies:\nCouncillor Ada Brook\n\n"
    assert parse(PAGE.format(present=absent, resolution=resolution)).chair is None
