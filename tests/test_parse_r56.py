"""A learned reader of attendance for layouts no rule reads (issue 13, round 56).

Invented names and bodies. On minutes whose rules read no attendee, the statistical reader (a small spaCy model
trained on the open gold sets, ingest/data/attendance_model; real, no mocks) reads the attendees from the opening
and the paper says so in a warning; a paper the rules read never runs it; a report with no list gets no attendee.
"""
from __future__ import annotations

from parse_fixtures import keys, parse

import ingest.learned.reader as reader

_HEAD = "Elmley Board\nMinutes of the meeting held on 3 March 2031\n\n"
_ITEMS = "\n\n1. Welcome\n\nThe chair welcomed everyone.\n\n2. Minutes\n\nThe minutes were agreed.\n"
_STATISTICAL = "statistical reader"


def _runs(text: str):
    before = reader.CALLS
    paper = parse(text)
    return paper, reader.CALLS - before


def test_names_split_by_double_spaces_under_a_bare_label_are_read_by_the_model():
    paper, runs = _runs(f"{_HEAD}Present\nAda Brook  Ben Cole  Cara Dunn  Dan Ellis{_ITEMS}")
    assert runs == 1
    assert keys(paper.attendees) == ["ada brook", "ben cole", "cara dunn", "dan ellis"]
    assert any(_STATISTICAL in w for w in paper.warnings)


def test_a_list_the_rules_read_never_runs_the_model():
    paper, runs = _runs(f"{_HEAD}Present: Ada Brook, Ben Cole, Cara Dunn{_ITEMS}")
    assert runs == 0
    assert keys(paper.attendees) == ["ada brook", "ben cole", "cara dunn"]
    assert not any(_STATISTICAL in w for w in paper.warnings)


def test_a_report_with_no_list_gets_no_attendee():
    paper, runs = _runs("Elmley Board\nAnnual report 2031\n\n1. Introduction\n\nThe board met four times. Ada Brook "
                        "led the review with Ben Cole and Cara Dunn.\n")
    assert paper.attendees == [] and runs == 0
    assert not any(_STATISTICAL in w for w in paper.warnings)


def test_minutes_with_no_list_get_no_attendee_from_the_model():
    paper, _runs_ = _runs(f"{_HEAD}1. Welcome\n\nThe chair welcomed everyone. Ada Brook gave an update on the "
                          "review.\n\n2. Minutes\n\nThe minutes were agreed.\n")
    assert paper.attendees == []
    assert not any(_STATISTICAL in w for w in paper.warnings)
