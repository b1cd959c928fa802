"""Apologies from the learned reader (issue 13, round 68).

Invented names and bodies. On minutes, names the statistical reader (ingest/data/attendance_model; real, no mocks)
marks in a run straight under an apologies word, which the rules did not read, are taken as apologies with a
warning; names scattered through the items under the word are not; a paper whose rules read its apologies never
runs the model for them.
"""
from __future__ import annotations

from parse_fixtures import keys
from test_parse_r56 import _HEAD, _ITEMS, _runs

_PRESENT = "Present: Ada Brook, Ben Cole, Cara Dunn\n"
_STATISTICAL = "statistical reader"


def test_names_split_by_double_spaces_under_a_bare_apologies_label_are_read_by_the_model():
    paper, runs = _runs(f"{_HEAD}{_PRESENT}Apologies\nDan Ellis  Eve Fox  Finn Gale{_ITEMS}")
    assert runs == 1
    assert keys(paper.attendees) == ["ada brook", "ben cole", "cara dunn"]
    assert keys(paper.apologies) == ["dan ellis", "eve fox", "finn gale"]
    assert any(_STATISTICAL in w and "apolog" in w for w in paper.warnings)


def test_apologies_the_rules_read_never_run_the_model():
    paper, runs = _runs(f"{_HEAD}{_PRESENT}Apologies: Dan Ellis, Eve Fox{_ITEMS}")
    assert runs == 0
    assert keys(paper.apologies) == ["dan ellis", "eve fox"]
    assert not any(_STATISTICAL in w for w in paper.warnings)


def test_names_in_the_items_under_an_empty_apologies_label_are_not_apologies():
    paper, _ = _runs(f"{_HEAD}{_PRESENT}Apologies\n\n1. Welcome\n\nThe chair welcomed Dan Ellis, who gave the "
                     "update. Eve Fox and Finn Gale spoke on the plan.\n\n2. Minutes\n\nThe minutes were agreed.\n")
    assert paper.apologies == []
    assert not any(_STATISTICAL in w for w in paper.warnings)


def test_an_apologies_word_in_the_items_does_not_run_the_model():
    paper, runs = _runs(f"{_HEAD}{_PRESENT}Apologies: Dan Ellis\n\n1. Welcome\n\nIntroductions were made and apologies "
                        "were noted.\n\n2. Plan\n\nIt was noted that Eve Fox had been invited to a future meeting.\n")
    assert runs == 0
    assert keys(paper.apologies) == ["dan ellis"]
