"""An 'Action –' marker in the middle of a flattened minutes line (issue 13, round 10). Invented names."""
from __future__ import annotations

from parse_fixtures import parse

TOP = "Elmley Safeguarding Children Board\n\n4 June 2031\n\nPresent: Ada Brook (AB), Ben Cole (BC)\n\n"


def _texts(paper) -> list[str]:
    return [a.text for a in paper.actions]


def test_an_action_marker_after_a_closing_bracket_starts_an_action():
    for marker in ("Action –", "Action:", "ACTION -"):
        paper = parse(TOP + f"2 Minutes and Matters Arising Page 1 (4 June 2031) {marker} AB to amend the spelling of "
                      "the name – AB COMPLETE\n\n3 Budget\n\nNoted.\n")
        assert len(paper.actions) == 1 and _texts(paper)[0].startswith("AB to amend the spelling"), marker


def test_table_headers_and_titles_after_a_bracket_are_not_actions():
    for line in ("3.1 Business Plan (see paper) Action Sheet – Business Plan update",
                 "Subject (Item) Action/ Report Responsible Person",
                 "Budget (2031) Action – Finance Sub-Group terms of reference"):
        paper = parse(TOP + "1 Welcome\n\n" + line + "\n\n2 Budget\n\nNoted.\n")
        assert _texts(paper) == [], line
