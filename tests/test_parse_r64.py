"""Action points written 'AP' and their number (issue 13, round 64).

Invented names and bodies. 'AP 01/08: Ben Cole to circulate ...', 'AP1: ...', 'AP 3 - ...': minutes that number
their action points abbreviate them; the label is read only before its number and a separator, so 'AP' inside prose
or an attendance code ('AP' for apologies in a key) is not a label.
"""
from __future__ import annotations

import pytest

from parse_fixtures import parse

_HEAD = ("Elmley Safeguarding Children Partnership\nMinutes of the meeting held on 3 March 2031\n"
         "Present: Ada Brook (Chair), Ben Cole (Business Manager), Cara Dunn, Dan Eyre\n\n1. Audit\n"
         "The audit was discussed.\n")
_TAIL = "\n2. Any other business\nNone.\n"


@pytest.mark.parametrize("line, task", [
    ("AP 01/08: Ben Cole to circulate the audit findings to partners.", "Ben Cole to circulate"),
    ("AP1: Ben Cole to circulate the audit findings to partners.", "Ben Cole to circulate"),
    ("AP 3 - Ben Cole to circulate the audit findings to partners.", "Ben Cole to circulate"),
    ("AP 2.1: Business Manager to circulate the audit findings to partners.", "Business Manager to circulate"),
])
def test_an_action_point_abbreviated_with_its_number(line, task):
    actions = parse(f"{_HEAD}{line}{_TAIL}").actions
    assert [(a.text, list(a.owners)) for a in actions] == [
        (f"{task} the audit findings to partners.", ["Ben Cole"])]


@pytest.mark.parametrize("line", [
    "AP 2 figures were circulated by Ben Cole to partners.",
    "The AP 2: figures were circulated by Ben Cole to partners.",
])
def test_ap_not_first_or_with_no_separator_after_its_number_is_no_label(line):
    assert parse(f"{_HEAD}{line}{_TAIL}").actions == []
