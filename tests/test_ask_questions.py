"""The ask box measured on its question set (tests/ask/questions.yaml, expected rows read from the
papers): row recall and precision per kind held at the measured figures less a small margin,
apologies never listed as attendees, "nothing found" said plainly, and no answer showing a None,
null or empty placeholder or a sentence that does not read.

Measured on this archive (samples + tests/gold/real): attendance 1.00/1.00, apologies 1.00/1.00,
chair 0.97/1.00, owner 0.97/1.00, person_meetings 1.00/1.00, meeting_actions 1.00/1.00,
fgm 1.00/1.00, follow_up 1.00/1.00 (recall/precision; the follow-up thresholds were set on the
one pair of consecutive meetings the archive holds, 11 May and 13 July 2018, so its floor is lower).
The misses are extraction's (see the report of issue 14): two NSCB attendees, Reading's chair,
two owners written as initials or as a decision.
"""
from __future__ import annotations

import pytest

from tests.ask.scorer import load_questions, score

FLOORS = {  # kind: (recall, precision)
    "attendance": (0.95, 0.95), "apologies": (0.95, 0.95), "chair": (0.9, 0.95), "owner": (0.9, 0.95),
    "person_meetings": (0.95, 0.95), "fgm": (1.0, 1.0), "ambiguous": (1.0, 1.0), "last_attended": (1.0, 1.0),
    "last_discussed": (1.0, 1.0), "meeting_actions": (0.95, 0.95),
    "follow_up": (0.75, 1.0),
}


@pytest.fixture(scope="module")
def scores(real_archive):
    return score(real_archive.graph)


def test_the_question_set_is_large_enough_and_covers_every_kind():
    questions = load_questions()
    assert len(questions) >= 60
    assert set(FLOORS) | {"form", "unknown"} <= {q["kind"] for q in questions}


@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_rows_recall_and_precision_hold_their_floors(scores, kind):
    s = scores[kind]
    recall, precision = FLOORS[kind]
    assert s.recall >= recall and s.precision >= precision, (s.recall, s.precision, s.failures)


def test_apologies_are_never_listed_as_attendees(scores):
    assert not [line for s in scores.values() for line in s.never_listed]


def test_every_answer_reads_cleanly_and_says_plainly_when_nothing_is_found(scores):
    problems = [line for s in scores.values() for line in s.failures
                if "unclean" in line or "not said plainly" in line or "not understood" in line
                or "suggestions" in line or "not marked" in line]
    assert not problems, problems
