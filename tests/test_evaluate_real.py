"""Extraction on real papers of other boards (tests/gold/real): the floors issue 13 sets.

The samples and generated papers share layouts with the rules built on them;
these twenty excerpts of other boards' papers (twelve with hand-made gold) are
layouts the rules were not written from, so they are the honest check.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from ingest.evaluate import evaluate
from ingest.pipeline import extract_file

REAL = Path(__file__).resolve().parent / "gold" / "real"

FLOORS = {
    "attendees": 0.9, "chair": 0.9, "apologies": 0.85, "date": 0.95, "title": 0.8,
    "actions": 0.85, "action_owners": 0.85,
}


@pytest.fixture(scope="module")
def scores() -> dict:
    return evaluate(REAL)


@pytest.mark.parametrize("field, floor", sorted(FLOORS.items()))
def test_real_papers_hold_the_floor(scores, field, floor):
    assert scores["overall"][field]["f1"] >= floor, scores["overall"][field]


def test_no_real_paper_lists_an_apology_as_an_attendee():
    for path in sorted(REAL.glob("*.txt")):
        paper = extract_file(path)
        attendees = {p.name.lower() for p in paper.attendees}
        assert not attendees & {p.name.lower() for p in paper.apologies}, path.name


@pytest.mark.parametrize("name", ["007_london-board-managers-report-2007-10-31.txt",
                                  "020_solihull-lscb-2014-07-15.txt"])
def test_reports_and_summaries_are_papers_not_meetings(name):
    paper = extract_file(REAL / name)
    assert paper.status == "ok"
    assert not paper.is_meeting and not paper.attendees, (paper.kind, paper.attendees)
