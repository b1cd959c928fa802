"""A council web page for one agenda item ('Issue - meetings'): the numbered lines under 'DECISION' are
decisions, not items, and an 'Action by:' block gives them to the officers it names in brackets (issue 13,
round 7). Invented names and organisations."""
from __future__ import annotations

from parse_fixtures import parse

PAGE = ("Issue - meetings\nElmley Adults Board Annual Report 2029/30\nMeeting: 03/11/2030 - Cabinet (Item 5)\n"
        "5 Elmley Adults Board Annual Report 2029-30 PDF 98 KB\nAdditional documents:\n"
        "- Webcast for Elmley Adults Board Annual Report 2029-30\nDecision:\nThe questions were noted.\n"
        "DECISION\n{decisions}\nAction by:\n{officers}\nMinutes:\n"
        "Councillor Ada Brook, Cabinet Member for Adults, introduced the report.\n")
OFFICERS = "DIRECTOR, ADULTS SERVICES (B. COLE)\n(Interim Policy and Insight Manager (C. Dee)"


def test_decisions_are_not_items_and_the_page_item_is():
    paper = parse(PAGE.format(decisions="1. To note the report from the Adults Board", officers=OFFICERS))
    assert [(i.number, i.heading) for i in paper.items] == [("5", "Elmley Adults Board Annual Report 2029-30")]


def test_the_action_by_block_gives_each_decision_to_the_bracketed_officers():
    paper = parse(PAGE.format(decisions="1. To note the report from the Adults Board\n2. To agree the plan",
                              officers=OFFICERS))
    assert [(a.text, a.owners) for a in paper.actions] == [
        ("To note the report from the Adults Board", ["B. COLE", "C. Dee"]), ("To agree the plan", ["B. COLE", "C. Dee"])]


def test_no_action_without_bracketed_officers_or_with_a_decision_not_numbered_line_by_line():
    paper = parse(PAGE.format(decisions="1. To note the report", officers="DIRECTOR, ADULTS SERVICES"))
    assert paper.actions == []
    paper = parse(PAGE.format(decisions="1. To note the report from the Adults Board, which was\npresented today",
                              officers=OFFICERS))
    assert paper.actions == []


def test_a_numbered_resolution_under_an_item_leaves_the_next_item_alone():
    text = ("Elmley Scrutiny Panel\nMinutes of the meeting held on 3 March 2031\n\n1. Welcome\n\nThe chair welcomed "
            "everyone.\n\nRESOLVED:\n1. That the report be noted.\n\n2. Minutes of the last meeting\n\nAgreed.\n\n"
            "3. Annual Report\n\nNoted.\n")
    assert [i.number for i in parse(text).items] == ["1", "2", "3"]
