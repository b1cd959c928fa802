"""Attendance, items and title on layouts of a thirteenth blind set of boards (issue 13, round 17).

Invented names and bodies: a board's present and apologies lists flattened from a table into one line of
`Name Role, Organisation` entries with no separator, its chair named by the role beside the name, the
minute-taker's own 'Minutes:' line, a Welsh council's 'County Councillor' title, a table's column headers
glued before its first item, a flipbook's middle page with its running header and an 'Agenda Item 6' row,
and a council's item page whose linked item number stands over its decision's numbered policies.
"""
from __future__ import annotations

from ingest.names import person_key
from parse_fixtures import chair, keys, parse

PRESENT = ("Present: Professor Ada Brook Independent Chair for the Elmley Safeguarding Adults Board Ben Cole "
           "Director of Adult Services, EMBC Cy Dale Chief Executive, Age Link Dora Eve Consultant in Public "
           "Health, NHS Elmley Ed Fox Learning and Development Manager, EMBC Flo Gee Domestic Violence "
           "Co-ordinator, Elmley Foundation Trust G Hart Community Engagement Officer, EMBC Ian Jay North "
           "Elmley Fire and Rescue Service")
APOLOGIES = ("Apologies: Cllr Jo King Safeguarding Champion, EMBC Kay Lamb Safeguarding Adults Co-ordinator, "
             "EMBC L Moss Service Manager Learning Disability Service, EMBC Max Nye Community and Voluntary "
             "Sector Representative, SCOPE N Oak Detective Inspector, Elmley Public Protection Unit Manager, "
             "North Elmley Police")
HEAD = "Minutes of the Elmley Safeguarding Adults Board Held on Tuesday 13 December 2033\n\n"


def test_a_run_of_name_role_organisation_entries_is_cut_before_each_name():
    paper = parse(HEAD + PRESENT + "\n\n" + APOLOGIES + "\n\nMinutes: Pam Quill Management Secretary\n\n"
                  "Item Action 1 Minutes of Previous Meeting\n\nThe minutes were agreed.\n")
    assert keys(paper.attendees) == [person_key(n) for n in (
        "Ada Brook", "Ben Cole", "Cy Dale", "Dora Eve", "Ed Fox", "Flo Gee", "G Hart", "Ian Jay")]
    assert keys(paper.apologies) == [person_key(n) for n in ("Jo King", "Kay Lamb", "L Moss", "Max Nye", "N Oak")]
    assert all(p.org is None for p in paper.attendees + paper.apologies)  # role and organisation share the entry
    assert chair(paper) == person_key("Ada Brook")  # 'Independent Chair for the <this board>' beside the name
    assert [(i.number, i.heading) for i in paper.items] == [("1", "Minutes of Previous Meeting")]


def test_a_run_that_does_not_cut_cleanly_is_not_read_as_one():
    # the first entry has no role after its name: not this layout, and no person is made of role words
    paper = parse(HEAD + "Present: Ada Brook, EMBC Ben Cole Director, EMBC Cy Dale Manager, EMBC\n\n"
                  "1. Minutes\n\nAgreed.\n")
    assert person_key("Ada Brook EMBC Ben Cole") not in keys(paper.attendees)
    assert not any("Director" in p.name or "Manager" in p.name for p in paper.attendees)


def test_the_minute_takers_line_is_no_apology_and_county_councillor_is_a_title():
    paper = parse(HEAD + "Apologies: Ada Brook, Ben Cole\n\nMinutes: Cy Dale Management Secretary\n\n"
                  "1. Minutes\n\nAgreed.\n")
    assert keys(paper.apologies) == [person_key("Ada Brook"), person_key("Ben Cole")]
    assert person_key("County Councillor A Brook") == person_key("A Brook")
    assert person_key("County Durham") == "county durham"  # only before a title is 'County' one


def test_a_middle_pages_running_header_is_no_title_and_its_agenda_item_is_read():
    text = ("Page 6 - EASB Board Minutes - 23 September 2033\nP. 6\n\n"
            "          Ada Brook (AB) thanked everyone for the report.\n\n"
            "          Agenda Item 6        Partner Assurance Reports                       Presenter: Ben Cole\n"
            "          Elmley Borough Council\n"
            "          Ben Cole (BC) advised that the audit was complete.\n")
    paper = parse(text)
    assert paper.title is None
    assert [(i.number, i.heading) for i in paper.items] == [("6", "Partner Assurance Reports")]


def test_an_item_named_with_a_comma_in_a_minute_is_no_item():
    paper = parse(HEAD + "Item Action 1 Matters Arising\n\n Item 3, Home Care Protocol – members were asked to "
                  "read it.\n")
    assert [i.number for i in paper.items] == ["1"]


def test_a_linked_item_number_beats_its_decisions_numbered_policies():
    text = ("Issue - meetings\n\nElmley Policies\n\nMeeting: 19/03/2033 - Cabinet (Item 36)\n\n"
            "36 Elmley Safeguarding Policies pdf icon PDF 68 KB\n\nMinutes:\n\nDecision\n\n"
            "That the following policies be agreed:\n\n1.   Children, Young People & Adults at risk Policy and Procedures with amendments "
            "agreed by Cabinet.\n\n2.    Domestic Abuse Policy\n\nAdvice\n\nCouncillor Brook introduced the report.\n")
    assert [(i.number, i.heading) for i in parse(text).items] == [("36", "Elmley Safeguarding Policies")]


def test_entries_a_comma_separates_are_not_read_as_a_run_with_people_lost():
    from ingest.parse.lines import Line
    from ingest.parse.name_run import role_run
    from ingest.parse.vocab import load_vocabulary
    value = ("Ada Brook Chair, EMBC Ben Cole Director, Cy Dale Treasurer, Dora Eve Secretary, EMBC Fay Gee Manager, "
             "EMBC Hal Ive Officer")
    assert role_run(Line(0, 0, len(value), value), load_vocabulary()) is None


def test_a_name_that_may_have_three_words_is_never_guessed():
    from ingest.parse.lines import Line
    from ingest.parse.name_run import role_run
    from ingest.parse.vocab import load_vocabulary
    vocab = load_vocabulary()
    for value in ("Ada Brook Director, EMBC Mary Ann Cole Service Manager, EMBC Cy Dale Officer, EMBC Dora Eve "
                  "Manager, EMBC",
                  "Mary Ann Cole Service Manager, EMBC Cy Dale Officer, EMBC Dora Eve Manager, EMBC Fay Gee Officer"):
        assert role_run(Line(0, 0, len(value), value), vocab, value) is None, value
