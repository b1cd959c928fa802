"""Names written with no separator, cut by a given-name vocabulary (issue 13, round 50).

Invented names and bodies. A run of names whose ends are not written ('Present Ada Brook Ben Cole Cara Dunn ...',
a flattened page or a column run together) is cut into two-word names when every name opens with a given name
(or an initial) of a general vocabulary, a personal title marking a boundary, and read only when the whole run
cuts cleanly; a three-word name that shifts the pairs refuses the run.
"""
from __future__ import annotations

from parse_fixtures import keys, parse

from ingest.parse.name_cut import cut_after_lead, cut_names, given_names

_HEAD = "Elmley Board\n\n3 March 2031\n\n"
_ITEMS = "\n\n1. Minutes\n\nThe minutes were agreed.\n\n2. Finance\n\nThe report was noted.\n"


def test_vocabulary_is_installed():
    assert {"ada", "ben", "geoff", "siobhan"} <= given_names()


def test_a_run_of_attendees_with_no_separator():
    paper = parse(f"{_HEAD}Attendees: Ada Brook Ben Cole Cara Dunn Dan Eade Evan Ford Ivo West\n\n"
                  f"Apologies: Hal Ives and Ida Jones{_ITEMS}")
    assert keys(paper.attendees) == ["ada brook", "ben cole", "cara dunn", "dan eade", "evan ford", "ivo west"]


def test_a_flattened_page_with_titles_as_boundaries():
    paper = parse("Elmley Board Minutes Elmley House, 3 March 2031 Present Dame Ada Brook, (Chair) Sir Ben Cole "
                  "Cara Dunn Dan Eade Evan Ford Fay Gill Sir Gus Hale In attendance Hal Ives, Director, Finance "
                  "Apologies Ida Jones, Director, Strategy 1. Minutes The minutes were agreed. 2. Finance The "
                  "report was noted.")
    got = keys(paper.attendees)
    for name in ("ben cole", "cara dunn", "dan eade", "evan ford", "fay gill", "gus hale"):
        assert name in got


def test_cut_names_spans():
    words = "Sir Ada Brook Ben Cole J Dunn".split()
    assert cut_names(words) == [(1, 3), (3, 5), (5, 7)]


def test_a_three_word_name_refuses_the_run():
    assert cut_names("Ada Mary Brook Ben Cole Cara Dunn".split()) is None  # odd count
    assert cut_names("Ada Mary Brook Ben Cole Dunn".split()) is None  # 'Brook Ben': the pairs shifted
    assert cut_names("Ada Brook Ben Cole Cy Dale Dora Eve Fry Ed Fox Flo Anne Gale".split()) is None


def test_unknown_first_words_refuse_the_run():
    assert cut_names("Elmley Trust Oakham Forum Upton Panel".split()) is None
    assert cut_names("Ada Brook".split()) is None  # fewer than three names


def test_a_labelled_list_piece_of_names_with_no_separator():
    paper = parse(f"{_HEAD}PRESENT: Ada Brook (Chair), Ben Cole Cara Dunn Dan Eade Evan Ford, Fay Gill\n\n"
                  f"APOLOGIES: Hal Ives{_ITEMS}")
    got = keys(paper.attendees)
    for name in ("ada brook", "cara dunn", "dan eade", "evan ford"):
        assert name in got


def test_a_body_name_before_the_run_is_dropped_only_when_every_name_is_known():
    words = "Elmley Ada Brook Ben Cole Cara Dunn".split()
    assert cut_after_lead(words) == [(1, 3), (3, 5), (5, 7)]
    assert cut_after_lead("Elmley Ada Brook Xoq Cole Cara Dunn".split()) is None  # an unknown first word
