"""Group 'present' labels and the councillor titles other English-speaking councils write (issue 13, round 69).

Invented names and bodies. 'Staff Present:', 'Observers Present:', 'Guests Present:' open attendance lists as
'Officers Present:' does: read as names, they ran the absent list on ('Absent : None' then the staff as absent).
'Clr' (Australian minutes) and 'Councilor' (American spelling) are councillor titles as 'Cllr' is: a surname after
one is a councillor named by surname.
"""
from __future__ import annotations

import pytest

from parse_fixtures import keys, parse
from ingest.names import person_key

_MEMBERS = "Present : Ada Brook, Chairman; Ben Cole, Vice Chairman; Cara Dunn; Dan Ellis"


@pytest.mark.parametrize("group", ["Staff", "Observers", "Guests", "Visitors", "Representatives"])
def test_a_group_present_label_ends_the_absent_list(group):
    paper = parse(f"MINUTES OF THE ELMLEY BOARD OF TRUSTEES\n\nDate : March 6, 2031\n\n{_MEMBERS}\n\nAbsent : None\n\n"
                  f"{group} Present:\n\nFay Gill, Aid Specialist; Gus Hale, Coordinator\n\nCall to Order\n\n"
                  "The meeting was called to order at 10:08 A.M.\n")
    assert keys(paper.apologies) == []
    assert {person_key("Fay Gill"), person_key("Gus Hale")} <= set(keys(paper.attendees))


@pytest.mark.parametrize("title", ["Clr", "Councilor"])
def test_other_councillor_titles_govern_a_surname(title):
    paper = parse("ELMLEY REFERENCE GROUP\n\nMinutes of the meeting held on 7 February 2031\n\nPresent\n\n"
                  f"{title} Ada White\n\n{title} Ben Levett\n\nMs Cara Ryman\n\nApologies / Leave of Absence\n\n"
                  f"An apology was received from {title} Findley, Ms Kim Thompson, {title} Gartner\n\n"
                  "Election of Chairperson\n\nThe group agreed.\n")
    assert keys(paper.apologies) == [person_key(n) for n in
                                     ("Councillor Findley", "Ms Kim Thompson", "Councillor Gartner")]
