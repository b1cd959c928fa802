"""The query language parser: operators, fields, dates and repairs of malformed input."""
from __future__ import annotations

from datetime import datetime

import pytest

from search import querylang as ql
from search.querylang import ONLY_OPERATORS
from search.dates import DateValueError, parse_date_bounds


def parse(q: str) -> ql.ParsedQuery:
    return ql.parse_query(q)


def words(node: ql.Node | None) -> list[tuple[str, str | None, bool]]:
    return [(t.text, t.field, t.phrase) for t in ql.terms_of(node)]


def test_words_are_anded_and_or_binds_tighter():
    p = parse("secure email OR mail")
    assert p.warnings == []
    assert isinstance(p.node, ql.And)
    first, second = p.node.children
    assert first == ql.Term("secure", None, False, 0, 6)
    assert isinstance(second, ql.Or) and words(second) == [("email", None, False), ("mail", None, False)]


def test_explicit_and_not_minus_and_brackets():
    p = parse('(fgm OR "female genital") AND NOT training -datasets')
    assert p.warnings == []
    assert isinstance(p.node, ql.And)
    group, not_training, not_datasets = p.node.children
    assert isinstance(group, ql.Or)
    assert words(group) == [("fgm", None, False), ("female genital", None, True)]
    assert not_training == ql.Not(ql.Term("training", None, False, 34, 42))
    assert isinstance(not_datasets, ql.Not) and words(not_datasets) == [("datasets", None, False)]


def test_fields_phrases_and_field_groups():
    p = parse('person:"Dave Hill" organisation:NSPCC topic:(FGM OR SCR) type:actions kind:Minutes')
    assert p.warnings == []
    assert words(p.node) == [("Dave Hill", "person", True), ("NSPCC", "org", False),
                             ("FGM", "topic", False), ("SCR", "topic", False),
                             ("action", "type", False), ("minutes", "kind", False)]


def test_term_offsets_point_into_the_query():
    q = 'secure person:"Dave Hill" org:GOL " padded phrase "'
    terms = ql.terms_of(parse(q).node)
    assert [q[t.start:t.end] for t in terms] == [t.text for t in terms] == ["secure", "Dave Hill", "GOL",
                                                                             "padded phrase"]


def test_prefix_and_everything():
    assert parse("safeguard*").node.wildcard  # type: ignore[union-attr]
    assert not parse('"safeguard*"').node.wildcard  # type: ignore[union-attr]
    assert parse("*").node == ql.Every()


@pytest.mark.parametrize("value, start, end", [
    ("2007", datetime(2007, 1, 1), datetime(2007, 12, 31, 23, 59, 59, 999999)),
    ("2007..2008", datetime(2007, 1, 1), datetime(2008, 12, 31, 23, 59, 59, 999999)),
    (">=2009-06", datetime(2009, 6, 1), None),
    (">2009-06", datetime(2009, 7, 1), None),
    ("<2008", None, datetime(2007, 12, 31, 23, 59, 59, 999999)),
    ("<=2008-02", None, datetime(2008, 2, 29, 23, 59, 59, 999999)),
    ("..2008-03-31", None, datetime(2008, 3, 31, 23, 59, 59, 999999)),
    ("2007-10-31", datetime(2007, 10, 31), datetime(2007, 10, 31, 23, 59, 59, 999999)),
])
def test_date_values(value, start, end):
    assert parse_date_bounds(value) == ((start, end), None)
    assert parse(f"date:{value}").node == ql.DateRange(start, end)


@pytest.mark.parametrize("value", ["2007-13", "31/10/2007", "yesterday", "..", ">=", "2007-02-30"])
def test_bad_dates_raise_a_sentence(value):
    with pytest.raises(DateValueError, match="YYYY-MM-DD"):
        parse_date_bounds(value)


def test_backwards_range_is_turned_round_with_a_warning():
    p = parse("date:2009..2007")
    assert p.node == ql.DateRange(datetime(2007, 1, 1), datetime(2009, 12, 31, 23, 59, 59, 999999))
    assert p.warnings == ["The dates in '2009..2007' run backwards; searched 2007..2009."]


@pytest.mark.parametrize("q, kept, warning", [
    ('"secure email', [("secure", None, False), ("email", None, False)], "never closed"),
    ("secure AND", [("secure", None, False)], "'AND' needs something on both sides"),
    ("OR secure", [("secure", None, False)], "'OR' needs something on both sides"),
    ("secure OR", [("secure", None, False)], "'OR' needs something on both sides"),
    ("secure NOT", [("secure", None, False)], "'NOT' has nothing after it"),
    ("(secure email", [("secure", None, False), ("email", None, False)], "never closed"),
    ("secure) email", [("secure", None, False), ("email", None, False)], "without a matching '('"),
    ("secure () email", [("secure", None, False), ("email", None, False)], "Empty brackets"),
    ("colour:red secure", [("red", None, False), ("secure", None, False)], "no field 'colour:'"),
    ("date:2007-13 secure", [("secure", None, False)], "'2007-13' is not a date"),
    ("type:meeting secure", [("secure", None, False)], "type: can be paper, item, action"),
    ("kind:letter secure", [("secure", None, False)], "kind: can be minutes, update, workplan, agenda, report, other"),
])
def test_malformed_queries_are_repaired_with_a_warning(q, kept, warning):
    p = parse(q)
    assert words(p.node) == kept
    assert any(warning in w for w in p.warnings), p.warnings


@pytest.mark.parametrize("q", ['"', "type:meeting", "date:soon"])
def test_nothing_left_says_so(q):
    p = parse(q)
    assert p.node is None
    assert p.warnings[-1] == "Nothing was left to search for."


@pytest.mark.parametrize("q", ["AND", "NOT", "()", "(", ")", "AND OR NOT", "NOT -(OR)"])
def test_only_operators_says_why_nothing_was_found(q):
    p = parse(q)
    assert p.node is None
    assert p.warnings == [ONLY_OPERATORS]
    assert "this query has no words" in ONLY_OPERATORS and "fgm OR trafficking" in ONLY_OPERATORS


@pytest.mark.parametrize("q", ["re: minutes", "10:30 meeting", "multi-agency", "a - b", "x:", ':"a"', '""',
                               "person:", "-", "--x", "((((a", "))))", "NOT NOT x", "a OR OR b", "*x*",
                               'person:"', "date:>=", "\u2013 dash \u201cquotes\u201d", "\x00\x01"])
def test_odd_input_never_raises(q):
    p = parse(q)
    assert isinstance(p.warnings, list)
