"""Extraction on real papers of other boards (tests/gold/real): the floors issue 13 sets.

The samples and generated papers share layouts with the rules built on them;
these twenty excerpts of other boards' papers (twelve with hand-made gold) are
layouts the rules were not written from, so they are the honest check.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from ingest.score_extraction import evaluate
from ingest.pipeline import extract_file

REAL = Path(__file__).resolve().parent / "gold" / "real"
BLIND = Path(__file__).resolve().parent / "gold" / "blind"
GOLD = Path(__file__).resolve().parent / "gold"

# The floors, on the twelve gold papers of the first real set (0NN_*).
FLOORS = {
    "attendees": 0.9, "chair": 0.9, "apologies": 0.85, "date": 0.95, "title": 0.8,
    "actions": 0.85, "action_owners": 0.85,
}
# The nine papers of further boards the team added (2NN_*): their figures when they were last
# measured, less a margin, so a change that loses ground on them fails (docs/extraction.md).
# Measured after round 2: attendees 1.000, apologies 1.000, chair 1.000, date 1.000, title 1.000,
# actions 0.957, owners 0.966. A margin of about one paper's field (chair, date and title count
# six or seven each) keeps the floor from failing on a single borderline call.
# attendee_orgs is left out: this gold leaves org null where role and org share a cell, while
# tests/gold gives the org of `Name – Role, Org` lines (docs/extraction.md, "Current figures").
FLOORS_FURTHER = {
    "attendees": 0.95, "chair": 0.9, "apologies": 0.9, "date": 0.9, "title": 0.9,
    "actions": 0.9, "action_owners": 0.9,
}


# tests/gold/blind: ten papers of further boards, scored blind once (attendees 0.06, apologies 0.63,
# chair 0.29, date 0.73, title 0.00, items 0.26, actions 0.86, owners 0.73), then used to widen the rules
# (round 3, docs/extraction.md). Measured after: 1.000 everywhere but owners 0.857 (group owners).
FLOORS_BLIND = {
    "attendees": 0.95, "chair": 0.9, "apologies": 0.9, "date": 0.9, "title": 0.9, "items": 0.9,
    "actions": 0.9, "action_owners": 0.8,
}

# tests/gold/blind2 (seven papers), blind3 (eleven), blind4 and blind5 (ten each): each scored blind once, then used to widen the
# rules (rounds 4 and 5; first scores in their READMEs and docs/extraction.md). Measured after round 5:
# blind2 attendees 1.000, apologies 0.714, chair/date/title 1.000, items 0.923, actions 1.000;
# blind3 attendees 0.995, apologies/chair/date/title/items/actions 1.000. The floors leave about one
# paper's field of margin (these sets count 3-8 chairs, dates, titles and actions); owners (1-2 in
# each) are left out, as is attendee_orgs (each set's gold convention, READMEs).
# Raised in the seventh session (2026-12-07, after rounds 41-44): each floor is at least the set's F1 on main less
# 0.05, rounded down to 0.05, so one lost value on a small set fails; the comments below keep each set's history.
FLOORS_LATER_BLIND = {
    "blind2": {"attendees": 0.95, "apologies": 0.95, "chair": 0.95, "date": 0.95, "title": 0.95, "items": 0.85,
               "actions": 0.95},
    "blind3": {"attendees": 0.95, "apologies": 0.95, "chair": 0.95, "date": 0.95, "title": 0.95, "items": 0.95,
               "actions": 0.95},
    # blind4 (ten papers) after round 7: attendees 0.981, apologies/chair/date/title/items/actions 1.000
    # (owners, four slots, left out)
    "blind4": {"attendees": 0.93, "apologies": 0.95, "chair": 0.95, "date": 0.95, "title": 0.95, "items": 0.95,
               "actions": 0.95},
    # blind5 (ten papers) after round 8: attendees 0.986, apologies/chair/date 1.000, title 0.833, items 1.000
    # (actions and owners, one slot each, left out)
    "blind5": {"attendees": 0.93, "apologies": 0.95, "chair": 0.95, "date": 0.95, "title": 0.75, "items": 0.95},
    # blind6 (ten papers) after round 9: attendees 0.979, apologies 0.769, chair 0.857, date 1.000, title 0.750,
    # items 0.800 (no gold action)
    "blind6": {"attendees": 0.93, "apologies": 0.95, "chair": 0.8, "date": 0.95, "title": 0.95, "items": 0.75},
    # blind7 (eight papers) after round 10: attendees 0.683, apologies 0.250, chair/date 1.000, title 0.750,
    # items 0.875 (one gold action, left out; two label-less lists left unread on purpose)
    "blind7": {"attendees": 0.65, "apologies": 0.2, "chair": 0.95, "date": 0.95, "title": 0.7, "items": 0.8},
    # blind8 (ten papers) after round 12: attendees 1.000 (6, one paper), apologies 0.600, date 1.000, title 0.800,
    # items 1.000 (no gold chair, no gold action)
    "blind8": {"attendees": 0.95, "apologies": 0.95, "date": 0.95, "title": 0.95, "items": 0.95},
    # blind9 (seven papers) after round 12: attendees 0.994, apologies/chair/date/title/items 1.000 (no gold action)
    "blind9": {"attendees": 0.93, "apologies": 0.95, "chair": 0.95, "date": 0.95, "title": 0.95, "items": 0.95},
    # blind10 (seven papers) after round 13 and the run-on name lists: attendees 0.965, apologies 0.889,
    # chair/date/title 1.000 (2, 3 and 3 gold), items 0.500 (no gold action)
    "blind10": {"attendees": 0.9, "apologies": 0.95, "chair": 0.95, "date": 0.95, "title": 0.95, "items": 0.75},
    # blind11 (seven papers) after round 14: attendees 0.971, apologies 0.977, chair/date/items 1.000, title 0.750
    # (actions and owners, one slot, left out)
    "blind11": {"attendees": 0.95, "apologies": 0.95, "chair": 0.95, "date": 0.95, "title": 0.7, "items": 0.95},
    # blind12 (eight papers) after round 16: apologies, date, title 1.000 (12, 2 and 2 gold); no gold attendee,
    # item or action (the chair, one slot, left out)
    # round 15 (apologies) took blind2 0.714, blind6 0.769, blind8 0.600, blind10 0.889, blind11 0.977 to 1.000
    "blind12": {"apologies": 0.95, "date": 0.95, "title": 0.95},
    # blind13 (eight papers) after round 17: attendees, apologies, title 1.000 (10, 14 and 2 gold), date 0.909,
    # items 0.909 (the chair and the one action, one slot each, left out)
    "blind13": {"attendees": 0.95, "apologies": 0.95, "date": 0.85, "title": 0.95, "items": 0.85},
    # blind14 (five papers) after round 18: attendees 1.000 (25), apologies 1.000 (11), chair/date 1.000 (2 each),
    # title 0.500 (a convention the gold sets disagree on), items 0.000 (headings run into table cells)
    "blind14": {"attendees": 0.95, "apologies": 0.95, "chair": 0.95, "date": 0.95},
    # blind15 (seven papers) after round 19: attendees, apologies, chair, date, title and items 1.000
    "blind15": {"attendees": 0.95, "apologies": 0.95, "chair": 0.95, "date": 0.95, "title": 0.95, "items": 0.95},
    # blind16 (seven papers) after round 21: attendees 0.931 (0.886 after round 20), apologies 0.844, chair 0.833, date 1.000, title 0.857,
    # items 0.786 (two actions, left out)
    "blind16": {"attendees": 0.9, "apologies": 0.75, "chair": 0.95, "date": 0.95, "title": 0.85, "items": 0.7},
    # blind17 (six papers) after round 27: attendees 1.000, apologies 0.956, chair 1.000, date 1.000,
    # title 0.800, items 0.966 (no gold action)
    "blind17": {"attendees": 0.95, "apologies": 0.9, "chair": 0.95, "date": 0.95, "title": 0.95, "items": 0.9},
    # blind18 (six papers) after rounds 22 and 23: attendees 0.904, apologies/chair/date 1.000, title 0.800,
    # items 0.769 (actions, three slots, left out)
    "blind18": {"attendees": 0.9, "apologies": 0.95, "chair": 0.95, "date": 0.95, "title": 0.75, "items": 0.7},
    # blind19 (seven papers) after rounds 28 and 30: attendees 0.960, apologies 0.962, chair 0.727, date 1.000,
    # title 1.000, items 0.774, actions 1.000 (owners, four slots, left out)
    # (items 0.914 after round 34)
    "blind19": {"attendees": 0.9, "apologies": 0.9, "chair": 0.85, "date": 0.95, "title": 0.95, "items": 0.85,
                "actions": 0.95},
    # blind20 (seven papers) after rounds 27 and 28: attendees 0.992, apologies 0.895, chair 1.000, date 0.909,
    # title 0.889, items 0.741, actions 1.000, owners 0.923
    # (items 0.903 after round 34)
    "blind20": {"attendees": 0.9, "apologies": 0.85, "chair": 0.95, "date": 0.95, "title": 0.8, "items": 0.85,
                "actions": 0.95, "action_owners": 0.95},
    # blind21 (seven papers) after rounds 27, 28 and 30: attendees 0.977, apologies 0.973, chair 0.727, date 1.000,
    # title 1.000, items 0.316, actions 0.667 (5/1/4), owners 1.000 (5 of 5)
    "blind21": {"attendees": 0.9, "apologies": 0.9, "chair": 0.65, "date": 0.95, "title": 0.95, "items": 0.25,
                "actions": 0.7},
    # blind22 (seven papers) after rounds 29 and 30 (first score on 07eb862: attendees 0.698, 9 fp): attendees 0.924,
    # apologies 0.966, chair/date 1.000, title 0.667, items 0.714 (actions, two slots, left out)
    "blind22": {"attendees": 0.85, "apologies": 0.9, "chair": 0.95, "date": 0.95, "title": 0.6, "items": 0.65},
    # blind23 (seven papers) after rounds 29-31: attendees 0.864, apologies/date 1.000, chair 0.800, title 0.727,
    # items 0.632, actions 0.909 (5/1/0: the one an unlabelled 'XX to ...' line the gold leaves out)
    "blind23": {"attendees": 0.85, "apologies": 0.95, "chair": 0.85, "date": 0.95, "title": 0.65, "items": 0.55,
                "actions": 0.85},
    # blind24 (seven papers) after rounds 31 and 32: attendees 0.974, apologies/date/title 1.000, chair 0.923,
    # items 0.889, actions 0.889, owners 1.000 (4 of 4)
    "blind24": {"attendees": 0.95, "apologies": 0.95, "chair": 0.85, "date": 0.95, "title": 0.95, "items": 0.8,
                "actions": 0.95},
    # blind25 (seven papers), first score only (main 4277421; unchanged by rounds 31-32, which never saw it):
    # attendees 0.800, apologies 0.923, chair 0.909, date 0.923, title 0.182, items 0.824, actions 0.267
    # blind25 after rounds 36-38 (tuned on from the sixth session; first score 4277421 above): attendees 0.904,
    # apologies 0.923, chair 1.000, date 0.923, title 0.833, items 0.824, actions 0.700 (7 of 13)
    "blind25": {"attendees": 0.9, "apologies": 0.85, "chair": 0.95, "date": 0.95, "title": 0.75, "items": 0.75,
                "actions": 0.65},
    # blind26 and blind27 (seven papers each), first scored on c35825c, then tuned on by rounds 36-38:
    # blind26 attendees 0.947, apologies 0.914, chair 0.909, date 0.923, title 0.714, items 0.884, actions 0.875;
    # blind27 attendees 0.982, apologies 0.968, chair/date/title 1.000, items 0.800, actions 0.976, owners 0.936
    "blind26": {"attendees": 0.9, "apologies": 0.85, "chair": 0.85, "date": 0.85, "title": 0.65, "items": 0.8,
                "actions": 0.8},
    "blind27": {"attendees": 0.93, "apologies": 0.9, "chair": 0.95, "date": 0.95, "title": 0.95, "items": 0.75,
                "actions": 0.9, "action_owners": 0.85},
    # blind28-blind31 (six, six, seven and seven papers), never tuned on: first scores (c35825c, c35825c, f5fc3a7,
    # 099dd78), moved only by one attendee (blind28), two items (blind29) and one chair (blind30) since:
    # blind28 attendees 0.795, apologies 0.778, date 1.000; blind29 attendees 0.779, apologies 0.839, date 1.000,
    # actions 0.727; blind30 attendees 0.588, apologies 0.703, date 0.727; blind31 attendees 0.667, apologies 0.562,
    # chair 0.833, date 0.833, items 0.600
    # blind28-31 were opened in the eighth session (rounds 46-53 read them paper by paper): their floors are each
    # field's F1 after round 53 less 0.05, rounded down to 0.05, as for every open set
    "blind28": {"attendees": 0.9, "apologies": 0.9, "chair": 0.95, "date": 0.95, "title": 0.75, "items": 0.45,
                "actions": 0.85},
    "blind29": {"attendees": 0.85, "apologies": 0.95, "chair": 0.95, "date": 0.95, "title": 0.75, "items": 0.2,
                "actions": 0.85},
    # round 39 (a list read empty takes the names spaCy vouches for in its block; measured on these sets' overall
    # figures, never tuned per paper): blind30 attendees 0.718, apologies 0.800; blind31 apologies 0.647
    "blind30": {"attendees": 0.9, "apologies": 0.85, "chair": 0.85, "date": 0.85, "title": 0.75, "items": 0.3,
                "actions": 0.85},
    "blind31": {"attendees": 0.9, "apologies": 0.9, "chair": 0.85, "date": 0.95, "title": 0.95, "items": 0.55,
                "actions": 0.8},
    # blind32-blind33 (seven and seven Republic of Ireland bodies' papers), never tuned on: first scores on main
    # 5ce9439 / 34e8b32 (extraction as 5ce9439): blind32 attendees 0.691, apologies 0.800, chair 0.667, date 1.000,
    # title 0.444, items 0.643; blind33 attendees 0.590, apologies 0.889, chair 0.000, date 1.000, title 0.462,
    # items 0.800; after rounds 41-44 (measured on their overall figures only): blind32 chair 0.909, blind33 chair
    # 0.250, title 0.571; attendees after rounds 56-57 (the learned reader, ninth session): blind32 0.842, blind33 0.787; after round
    # 61 (flattened training copies, tenth session): blind32 0.858, blind33 0.868; eleventh session (rounds 65-68,
    # measured pooled only): blind32 title 0.923, blind33 title 0.857, chair 0.600, apologies 0.929
    "blind32": {"attendees": 0.8, "apologies": 0.75, "chair": 0.85, "date": 0.95, "title": 0.85, "items": 0.55},
    "blind33": {"attendees": 0.8, "apologies": 0.85, "chair": 0.55, "date": 0.95, "title": 0.8, "items": 0.75},
    # blind34 (two Jersey States bodies', a town board's and four UK councils' papers), never tuned on: first score
    # on main 719e153: attendees 0.531, apologies 0.667, chair 0.727, date 1.000, title 0.182, items 0.400; attendees 0.671 after rounds 56-57;
    # tenth session: apologies 0.846 (round 60, written from one of its papers: no longer blind), title 0.364, attendees 0.727;
    # eleventh session: chair 0.923, title 0.545, apologies 0.889, attendees 0.735
    "blind34": {"attendees": 0.65, "apologies": 0.8, "chair": 0.85, "date": 0.95, "title": 0.45, "items": 0.35},
    # blind35 (six Republic of Ireland and two New Zealand bodies' papers), never tuned on: first score on main
    # 719e153: attendees 0.437, apologies 0.720, chair 0.769, date 0.875, title 0.250, items 0.429; attendees 0.642 after rounds 56-57;
    # tenth session: attendees 0.655, title 0.286, actions 0.667 (round 64, written from one of its papers);
    # eleventh session: chair 0.857
    "blind35": {"attendees": 0.6, "apologies": 0.65, "chair": 0.8, "date": 0.8, "title": 0.2, "items": 0.35},
    # blind36 (eight UK bodies' papers: Northern Ireland councils and fire board, Stirling, Pendle, two Scottish
    # boards) and blind37 (eight from Canada, New Zealand, Australia, the USA), first scored on main df51dda (the
    # eleventh session's start): blind36 attendees 0.824, apologies 0.473, chair 0.769, date 0.923, title 0.667,
    # actions 0.545; blind37 attendees 0.823, apologies 0.323, chair 0.800, date 0.933, title 0.545, actions 0.818.
    # After rounds 65-71: blind36 attendees 0.935, apologies 0.833, chair 0.857; blind37 attendees 0.865, apologies
    # 0.636. Rounds 69-71 were written after the lead read three of their papers: their attendees and apologies
    # figures are no longer blind (chair, title and actions are)
    "blind36": {"attendees": 0.85, "apologies": 0.75, "chair": 0.8, "date": 0.85, "title": 0.6, "items": 0.55,
                "actions": 0.45},
    "blind37": {"attendees": 0.8, "apologies": 0.55, "chair": 0.75, "date": 0.85, "title": 0.45, "actions": 0.75},
}


@pytest.fixture(scope="module")
def scores() -> dict:
    return evaluate(REAL)


def _f1(scores: dict, field: str, first: str) -> float:
    """F1 of `field` summed over the papers whose file name starts with `first`."""
    tp = fp = fn = 0
    for doc, fields in scores["papers"].items():
        if doc.startswith(first) and field in fields:
            tp, fp, fn = tp + fields[field]["tp"], fp + fields[field]["fp"], fn + fields[field]["fn"]
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0


@pytest.mark.parametrize("field, floor", sorted(FLOORS.items()))
def test_real_papers_hold_the_floor(scores, field, floor):
    assert _f1(scores, field, "0") >= floor, field


@pytest.mark.parametrize("field, floor", sorted(FLOORS_FURTHER.items()))
def test_papers_of_further_boards_hold_their_floor(scores, field, floor):
    assert _f1(scores, field, "2") >= floor, field


@pytest.fixture(scope="module")
def blind_scores() -> dict:
    return evaluate(BLIND)


@pytest.mark.parametrize("field, floor", sorted(FLOORS_BLIND.items()))
def test_papers_of_the_blind_set_hold_their_floor(blind_scores, field, floor):
    assert blind_scores["overall"][field]["f1"] >= floor, field


@pytest.fixture(scope="module")
def later_blind_scores() -> dict:
    return {name: evaluate(GOLD / name) for name in FLOORS_LATER_BLIND}


@pytest.mark.parametrize("name, field, floor", [(name, field, floor) for name, floors in FLOORS_LATER_BLIND.items()
                                                for field, floor in sorted(floors.items())])
def test_papers_of_the_later_blind_sets_hold_their_floor(later_blind_scores, name, field, floor):
    assert later_blind_scores[name]["overall"][field]["f1"] >= floor, (name, field)


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
