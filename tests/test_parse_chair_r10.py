"""Chair traps on agenda-item pages of a seventh blind set of boards (issue 13, round 10).

Invented names and organisations: a chair who only comes to present an item, and a report named after a chair.
"""
from __future__ import annotations

from parse_fixtures import chair, parse

PAGE = "Elmley Council Cabinet\n\n"


def test_a_chair_who_will_attend_for_an_item_is_not_the_chair():
    for notice in ("Ada Brook (Independent Chair, Elmley Safeguarding Board (ESB)) and Ben Cole (Partnership Manager) "
                   "will attend for this item.",
                   "Ada Brook, Independent Chair of the Elmley Board, will attend to present the report.",
                   "Ada Brook (Independent Chair) will be in attendance for this item.",
                   "Ada Brook (Chair, Elmley Board) is attending for this item."):
        paper = parse(PAGE + "Elmley Board Annual Report 2019 To receive the annual report. " + notice + "\n")
        assert chair(paper) is None, notice


def test_a_report_named_after_a_chair_is_not_a_chair():
    for line in ("Annual Report of the Chair of the Elmley Adults Partnership, attached.",
                 "Quarterly Update of the Chair of the Elmley Board.",
                 "Annual Report of the Independent Chair, attached."):
        assert chair(parse(PAGE + line + "\n")) is None, line


def test_a_chair_listed_in_a_present_list_is_still_the_chair():
    paper = parse("Elmley Board\n\n14 March 2011\n\nPresent:\nAda Brook (Independent Chair, Elmley Board)\n"
                  "Ben Cole (Elmley Council)\n\n1. Minutes\n\nAda Brook will attend the next meeting of the Elmley Forum.\n")
    assert chair(paper) == "ada brook"
    paper = parse("Elmley Board\n\n14 March 2011\n\nAda Brook Independent Chair, Elmley Board\nBen Cole Head of Service\n"
                  "\n1. Minutes\n\nThe minutes were agreed.\n")
    assert chair(paper) == "ada brook"
