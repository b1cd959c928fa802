"""The learned reader on flattened lists (issue 13, round 61): training copies whose opening lost its line breaks.

Invented names and bodies. Real archives' copies of minutes often lose a list's line breaks (a whole 'Present:' list
on one line, cells split by spaces, ' | ' or tabs); a flattened copy of each training paper teaches the model that
layout. The flattening is seeded and every gold span still reads its name in the new text.
"""
from __future__ import annotations

import pytest

from ingest.learned.corpus import Example, mark
from ingest.learned.flatten import SEPARATORS, flat_copies, flattened

_TEXT = ("Elmley Board\nMinutes of the meeting held on 3 March 2031\n\nPresent:\nCllr Ada Brook (Chair)\nA. Cole\n"
         "Dora\nEve\n\nApologies:\nBen Fry\n\n1. Welcome\n\nCllr Brook welcomed everyone.\n")


def _paper() -> Example:
    ex = Example("gold", "elmley.txt", _TEXT)
    ex.gold = {"attendees": ["Ada Brook", "A. Cole", "Dora Eve"], "apologies": ["Ben Fry"]}
    return mark(ex)


def test_the_opening_loses_most_of_its_line_breaks_for_the_separators():
    flat = flattened(_paper())
    assert flat.text.count("\n") < _TEXT.count("\n") / 2
    assert " | " in flat.text or "\t" in flat.text
    assert set(SEPARATORS) == {" ", " | ", "\t"}


def test_every_gold_span_still_reads_its_name():
    flat = flattened(_paper())
    read = [(" ".join(flat.text[a:z].split()), label) for a, z, label in flat.spans]
    assert read == [("Ada Brook", "ATTENDEE"), ("A. Cole", "ATTENDEE"), ("Dora Eve", "ATTENDEE"),
                    ("Ben Fry", "APOLOGY")]
    assert "Dora Eve" in flat.text  # a break inside a name becomes a space, never a separator


def test_the_flattening_is_seeded():
    assert flattened(_paper()).text == flattened(_paper()).text
    assert flattened(_paper(), 1).text != flattened(_paper(), 0).text
    assert [e.text for e in flat_copies([_paper()], 2)] == [flattened(_paper(), 0).text, flattened(_paper(), 1).text]


def test_a_span_that_would_move_off_its_name_is_refused(monkeypatch):
    import ingest.learned.flatten as flatten

    monkeypatch.setattr(flatten, "flatten_text", lambda text, spans, rng: (text.replace("\n", " | "), spans))
    with pytest.raises(ValueError):
        flattened(_paper())


def test_the_training_set_adds_flattened_copies_only_when_asked():
    from ingest.learned.invent import augmented, pools
    from ingest.learned.train import training_set

    assert [e.text for e in training_set([_paper()], 1, 0)] == [e.text for e in augmented([_paper()], 1)]
    papers = training_set([_paper()], 0, 1, flatten_invented=False)
    assert [e.text for e in papers] == [_TEXT, flattened(_paper()).text]
    if pools()[0]:  # the invented copy, flattened (round 61's variant C)
        copy = training_set([_paper()], 0, 1, flatten_invented=True)[1]
        assert "Brook" not in copy.text and copy.text.count("\n") < _TEXT.count("\n") / 2


def test_names_run_together_that_their_initials_do_not_cut_never_run_the_model():
    import ingest.learned.reader as reader
    from parse_fixtures import parse
    from test_parse_r24 import _COLUMNS

    text = _COLUMNS.replace("(CD) (DEF)", "(CD) (XY)").replace("(IJ) (JK)", "(IJ) (JQ)")
    before = reader.CALLS
    paper = parse(text)
    assert reader.CALLS == before and paper.attendees == []
    assert any("names run together with no separator" in w for w in paper.warnings)
