"""Chairs on boards never seen: general wordings the chair readers missed (issue 13, round 53).

Invented names and bodies. A chair is read from 'Chaired by X' as a whole line, from a 'Chair: X' label first in a
row of labels ('Chair: X      Clerk: Y'), from 'Chairman - X' alone on a line, from 'Acting Chair: X', from 'X
(Presiding Member)', from 'X (Vice Chair, in the Chair)', from 'The Chair for the meeting was X', and from an
initialled name marked chair with its code after the marker ('Present: A. Brook (Chairman) (AB), B. Cole (BC)');
a sentence opening 'Chaired by X, ...' names no chair. Apologies are read from 'The Chair welcomed ... to the meeting
and noted apologies from X', 'that the apologies of X and Y be accepted' and 'Apologies from X and Y were noted'.
"""
from __future__ import annotations

import pytest

from parse_fixtures import chair, keys, parse

_HEAD = "Elmley Parish Council\nMinutes of the meeting held on 3 March 2031\n\n"
_PRESENT = "Present: Ada Brook, Ben Cole, Cara Dunn, Dan Eyre"
_ITEMS = "\n\n1. Apologies\n\nNone.\n\n2. Minutes\n\nThe minutes were agreed.\n"


@pytest.mark.parametrize("line", [
    "Chaired by Ada Brook",
    "Chaired by Cllr Ada Brook (Elmley Parish Council)",
    "Chair: Ada Brook        Clerk: Ben Cole",
    "Chair: Ada Brook\tClerk: Ben Cole",
    "Chair: Ada Brook; Clerk: Ben Cole",
    "Chairman - Ada Brook",
    "Acting Chair: Ada Brook",
    "The Chair for the meeting was Ada Brook.",
])
def test_a_chair_line_below_the_list(line):
    assert chair(parse(f"{_HEAD}{_PRESENT}\n{line}{_ITEMS}")) == "ada brook"


@pytest.mark.parametrize("present", [
    "Present: Ada Brook (Presiding Member), Ben Cole, Cara Dunn",
    "Present: Ada Brook (Vice Chair, in the Chair), Ben Cole, Cara Dunn",
])
def test_a_marker_beside_the_name_in_the_list(present):
    assert chair(parse(f"{_HEAD}{present}{_ITEMS}")) == "ada brook"


def test_an_initialled_name_marked_chair_before_its_code():
    text = f"{_HEAD}Present: A. Brook (Chairman) (AB), B. Cole (BC), C. Dunn (CD){_ITEMS}"
    assert chair(parse(text)) == "a. brook"


def test_a_sentence_opening_chaired_by_names_no_chair():
    text = f"{_HEAD}{_PRESENT}{_ITEMS}\n3. Groups\n\nChaired by Ben Cole, the panel met twice.\n"
    assert chair(parse(text)) is None


def test_a_vice_chair_alone_is_no_chair():
    assert chair(parse(f"{_HEAD}Present: Ada Brook (Vice Chair), Ben Cole, Cara Dunn{_ITEMS}")) is None


_APOLOGIES_ITEM = "Elmley Parish Council\nMinutes of the meeting held on 3 March 2031\n\nPresent: Ada Brook (Chair), Ben Cole\n\n"


@pytest.mark.parametrize("sentence", [
    "The Chair welcomed the Board and its officers to the meeting and noted apologies from Dan Eyre and Gus Hale.",
    "RESOLVED: that the apologies of Dan Eyre and Gus Hale be accepted.",
    "Resolved that apologies from Dan Eyre and Gus Hale be accepted.",
    "Apologies from Dan Eyre and Gus Hale were noted.",
])
def test_apologies_said_in_a_sentence_of_item_1(sentence):
    paper = parse(f"{_APOLOGIES_ITEM}1. Welcome and apologies\n\n{sentence}\n\n2. Minutes\n\nThe minutes were agreed.\n")
    assert keys(paper.apologies) == ["dan eyre", "gus hale"]


def test_a_forename_alone_opening_the_welcome_item_names_the_one_attendee_with_it():
    text = (f"{_HEAD}Present: Ada Brook, Ben Cole, Cara Dunn\n\nItem 1 / Welcome\n\n1. Ada welcomed everyone to the "
            "meeting and read out the apologies.\n\n2. Minutes\n\nThe minutes were agreed.\n")
    assert chair(parse(text)) == "ada brook"


def test_a_forename_two_attendees_share_names_no_chair():
    text = (f"{_HEAD}Present: Ada Brook, Ada Cole, Cara Dunn\n\n1. Welcome\n\nAda welcomed everyone to the meeting."
            "\n\n2. Minutes\n\nThe minutes were agreed.\n")
    assert chair(parse(text)) is None


def test_a_forename_that_only_welcomed_everyone_names_no_chair():
    text = (f"{_HEAD}Present: Ada Brook, Ben Cole, Cara Dunn\n\n1. Welcome\n\nAda welcomed everyone. As Chair of the "
            "Finance Group she reported on the plan.\n\n2. Minutes\n\nThe minutes were agreed.\n")
    assert chair(parse(text)) is None
