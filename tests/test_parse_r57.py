"""The learned reader, further (issue 13, round 57): training papers with invented names, and the gate measured
for papers the rules read only some of.

Invented names and bodies. A training paper's gold names are replaced, consistently within the paper, by invented
names of the same shape (titles, initials and capitals kept), and marked again in the new text; the choice is
seeded, so `make model` stays reproducible. The gate's name shape keeps a run of two names read as one out.
"""
from __future__ import annotations

import pytest
from parse_fixtures import keys
from test_parse_r56 import _ITEMS, _HEAD, _runs  # the same invented minutes, counting the model's runs

from ingest.learned.corpus import Example, mark
from ingest.learned.fallback import given_shape
from ingest.learned.gate import added_names
from ingest.learned.invent import augmented, invented, pools

_TEXT = ("Elmley Board\nMinutes of the meeting held on 3 March 2031\n\nPresent: Cllr Ada Brook (Chair), A. Cole, "
         "DORA EVE\nApologies: Ben Fry\n\n1. Welcome\n\nCllr Brook welcomed everyone. Ms Eve gave the update.\n")


def _paper() -> Example:
    ex = Example("gold", "elmley.txt", _TEXT)
    ex.gold = {"attendees": ["Ada Brook", "A. Cole", "Dora Eve"], "apologies": ["Ben Fry"]}
    return mark(ex)


needs_faker = pytest.mark.skipif(not pools()[0], reason="Faker's name lists are not installed")


@needs_faker
def test_every_occurrence_of_a_gold_name_is_replaced_consistently():
    new = invented(_paper(), 0)
    for old in ("Ada", "Brook", "Cole", "Eve", "EVE", "Fry"):
        assert old not in new.text.replace("Elmley", "")
    surname = new.gold["attendees"][0].split()[1]
    assert new.text.count(surname) == 2  # the list's 'Cllr Ada Brook' and the item's 'Cllr Brook'


@needs_faker
def test_titles_initials_and_capitals_keep_their_shape():
    new = invented(_paper(), 0)
    assert new.text.count("Cllr ") == 2 and "A. " in new.text and "Ms " in new.text
    dora = new.gold["attendees"][2]
    assert dora.upper() in new.text  # 'DORA EVE' stays in capitals
    assert new.gold["attendees"][1].startswith("A. ")


@needs_faker
def test_the_invented_names_are_marked_again_and_reproducible():
    new = invented(_paper(), 0)
    assert new.missing == {"attendees": 0, "apologies": 0}
    marked = {(new.text[a:z].lower(), label) for a, z, label in new.spans}
    assert (new.gold["apologies"][0].lower(), "APOLOGY") in marked
    assert invented(_paper(), 0).text == new.text
    assert invented(_paper(), 1).text != new.text


@needs_faker
def test_augmented_keeps_the_originals_unless_told_not_to():
    paper = _paper()
    assert [e.text for e in augmented([paper], 1)][0] == _TEXT
    assert len(augmented([paper], 2)) == 3
    assert [e.text for e in augmented([paper], 1, original=False)] != [_TEXT]


def test_the_gate_takes_only_names_the_rules_did_not_read():
    rules = {"attendees": ["Ada Brook"], "apologies": ["Ben Fry"], "chair": None}
    assert added_names(["Cllr Ada Brook", "Ben Fry", "Cara Dunn", "Cara Dunn"], rules) == ["Cara Dunn"]


def test_a_run_of_two_names_read_as_one_is_not_a_name_shape():
    assert given_shape("Ada Brook") and given_shape("A. Brook")
    assert not given_shape("Ada Brook Ben")
    assert not given_shape("Brook")


def test_names_under_a_second_label_the_rules_do_not_read_are_added_by_the_model():
    paper, runs = _runs(f"{_HEAD}Present: Ada Brook (Chair), Ben Cole\nAttendance\nCara Dunn  Dan Ellis  Eve Fry  "
                        f"Gus Hale{_ITEMS}")
    assert runs == 1
    assert keys(paper.attendees)[:5] == ["ada brook", "ben cole", "cara dunn", "dan ellis", "eve fry"]
    assert any("added" in w and "statistical reader" in w for w in paper.warnings)


def test_a_list_the_rules_read_whole_never_runs_the_model():
    paper, runs = _runs(f"{_HEAD}Present: Ada Brook, Ben Cole, Cara Dunn, Dan Ellis\n\n1. Welcome\n\nAda Brook "
                        f"welcomed everyone. Ben Cole gave the update.\n")
    assert runs == 0
    assert keys(paper.attendees) == ["ada brook", "ben cole", "cara dunn", "dan ellis"]
    assert not any("statistical reader" in w for w in paper.warnings)


def test_the_cheap_count_sees_only_unread_name_pairs():
    from ingest.learned.fallback import unread_pairs

    text = "Present: Ada Brook, Ben Cole\nCara Dunn  Dan Ellis\nApologies: Eve Fry, Gus Hale\nElmley Board"
    assert unread_pairs(text, {"ada brook", "ben cole"}) == 2
