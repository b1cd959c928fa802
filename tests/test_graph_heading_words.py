"""Items' headings have their own full-text field (`heading_words`, graph/textindex.py), so "actions under
agenda items about X" reads the items whose heading has X's words, not every item whose text has them;
the answers are those of the reader that tested every heading (checked against a plain-Python oracle)."""
from __future__ import annotations

import re

import pytest

import graph
from graph import queries, textindex
from graph.textindex import fulltext_query, phrase_clause, words_of
from graph_fixtures import dump, g, make_paper, open_fresh, save_stored  # noqa: F401  (fixtures)

PHRASES = {"secure email": ["secure email", "secure emails", "cjit", "gcsx"], "police": ["police"],
           "budget": ["budget"]}


def papers():
    """Items whose heading has the words and whose text has them elsewhere only, and the reverse."""
    return [
        make_paper("doc-a", title="Board meeting", date="2010-01-05", filename="a.txt",
                   items=[("1", "Secure email", "Accounts were set up.", [("Set up accounts", [])]),
                          ("2", "Budget", "The secure email licence costs money.", [("Pay the licence", [])]),
                          ("3", "GCSx connection", "Nothing else.", [("Connect the office", [])])],
                   topics=[("secure email", "GCSx")]),
        make_paper("doc-b", title="Board meeting", date="2010-02-05", filename="b.txt",
                   items=[("1", "Police liaison", "Budget talks.", [("Meet the police", []), ("Write it up", [])]),
                          ("2", "Insecure emails", "Secure emails were lost.", [("Find the emails", [])]),
                          ("3", "Policing and budgets", "Secure email again.", [("Agree the budget", [])])]),
    ]


def oracle(term: str) -> list[str]:
    """Texts of the actions under an item whose heading has one of the term's phrases as words."""
    pattern = re.compile("|".join(r"(?<!\w)" + re.escape(p) + r"(?:s|es|'s)?(?!\w)" for p in PHRASES[term]), re.I)
    return sorted(a.text for paper in papers() for a in paper.actions
                  if pattern.search(next(i.heading for i in paper.items if i.number == a.item)))


@pytest.fixture
def loaded(g):
    save_stored(g, *papers())
    return g


def test_every_item_carries_its_headings_words(loaded):
    rows = loaded.run("MATCH (i:Item) RETURN i.heading AS heading, i.heading_words AS words")
    assert len(rows) == 6 and all(r["words"] == words_of(r["heading"]) for r in rows)
    assert {r["words"] for r in rows} >= {"email secure", "connection gcsx"}


@pytest.mark.parametrize("term", ["secure email", "police", "budget"])
def test_actions_under_items_about_a_term_are_the_oracles(loaded, term):
    assert sorted(a["text"] for a in graph.actions_under_items_about(loaded, term)) == oracle(term)


def test_the_heading_field_narrows_the_items(loaded):
    kind = loaded.kind
    clauses = [phrase_clause(p) for p in PHRASES["secure email"]]
    procedure = ("CALL db.idx.fulltext.queryNodes('Item', $ft)" if kind == "falkordb" else
                 "CALL db.index.fulltext.queryNodes('item_text', $ft)")
    rows = loaded.run(procedure + " YIELD node RETURN node.heading AS heading",
                      ft=fulltext_query(kind, "heading_words", clauses))
    # not "Budget" nor "Policing and budgets" (their text names secure email), nor "Insecure emails"
    assert sorted(r["heading"] for r in rows) == ["GCSx connection", "Secure email"]


def test_items_saved_without_heading_words_get_them_at_start(open_fresh):
    old, fresh = open_fresh("old"), open_fresh("fresh")
    save_stored(old, *papers())
    save_stored(fresh, *papers())
    old.write([("MATCH (i:Item) REMOVE i.heading_words", {})])
    assert graph.actions_under_items_about(old, "police") == []  # the index has nothing to offer
    assert dump(old) != dump(fresh)
    old.ensure_schema()  # what open_graph runs
    assert dump(old) == dump(fresh)
    assert textindex.backfill(old) == 0
    for term in PHRASES:
        assert sorted(a["text"] for a in graph.actions_under_items_about(old, term)) == oracle(term)


def test_falkordb_index_has_the_heading_field(g):
    if g.kind != "falkordb":
        pytest.skip("FalkorDB's index listing")
    rows = g.run("CALL db.indexes() YIELD label, types RETURN label, types")
    item = next(r for r in rows if r["label"] == "Item")
    assert item["types"]["words"] == ["FULLTEXT"] and item["types"]["heading_words"] == ["FULLTEXT"]
