"""Whether "which actions mention X" could leave its server-side `toLower(text) CONTAINS term` test to the
word regex alone (graph/read_actions.py `_word_match`), as issue 15's tenk4 step asked: it could only if
the regex turned away every text `CONTAINS` turns away. On the generated corpus's words it does; on
Unicode texts it does not (Python's case-insensitive match makes σ/ς/Σ, s/ſ, i/ı, k/K and µ/μ alike,
the graph's `toLower` maps code point by code point), so the server-side test stays. Checked on the
real embedded FalkorDB. What it cost, lowering every candidate at each search, is paid once at save
time instead: actions keep `text_lower` and items `heading_lower`, each the graph's own `toLower`."""
from __future__ import annotations

import re

import pytest

import graph
from bench import common
from bench.generate import generate
from bench.graph_bench import TERMS
from graph import textindex
from graph.read_actions import _word_match
from graph_fixtures import all_papers, g, make_paper, save_stored  # noqa: F401  (fixtures)

CONTAINS = "UNWIND $pairs AS pair RETURN toLower(pair[0]) CONTAINS pair[1] AS kept"


def contains(g, pairs: list[tuple[str, str]]) -> list[bool]:
    """The server's test, as _ACTION_HIT runs it (the term lowered by Python, as read_actions does)."""
    return [r["kept"] for r in g.run(CONTAINS, pairs=[[text, term.lower()] for text, term in pairs])]


def test_on_the_generated_corpus_the_regex_rejects_all_contains_rejects(g, tmp_path):
    generate(60, 7, tmp_path, formats=("txt",))
    gold = common.golds(tmp_path)
    texts = sorted({a["text"] for paper in gold for a in paper["actions"]}
                   | {i["heading"] for paper in gold for i in paper["items"]})
    words = sorted({w for text in texts for w in re.findall(r"[^\W_]+", text.lower())})
    terms = words + [t.lower() for t in TERMS]
    assert len(texts) > 300 and len(words) > 400
    accepted = [(text, term) for term in terms for text in texts if _word_match([term], text)]
    assert len(accepted) > 1000
    assert all(contains(g, accepted))


@pytest.mark.parametrize("text,term", [("ΟΔΟΣ ΣΑΣ", "σας"), ("ſafeguarding review", "safeguarding"),
                                       ("Kıt bag", "kit"), ("µg dose", "μg")])
def test_on_unicode_texts_the_regex_accepts_what_contains_rejects(g, text, term):
    if g.kind != "falkordb":
        pytest.skip("the embedded FalkorDB's toLower")
    assert _word_match([term], text)
    assert contains(g, [(text, term)]) == [False]


# ---- the lowered text and headings kept at save time (`text_lower`, `heading_lower`) ---------------

LOWERED_EQUAL = """
MATCH (n) WHERE n:Action OR n:Item
RETURN count(n) AS n,
       sum(CASE WHEN n:Action AND n.text_lower = toLower(n.text) THEN 1
                WHEN n:Item AND n.heading_lower = toLower(n.heading) THEN 1 ELSE 0 END) AS equal
"""


def unicode_paper():
    return make_paper("doc-unicode", title="Board meeting", date="2011-03-01", filename="u.txt",
                      items=[("1", "ΟΔΟΣ ΣΑΣ", "Notes.", [("Write to ΟΔΟΣ ΣΑΣ", []), ("CAFÉ ẞ review", [])]),
                             ("2", "Kıt bag", "More notes.", [("Check the KIT", [])])])


def test_lowered_fields_are_the_graphs_own_to_lower_and_filled_at_start(g):
    save_stored(g, *all_papers(), unicode_paper())
    counts = g.run(LOWERED_EQUAL)[0]
    assert counts["n"] > 10 and counts["equal"] == counts["n"]
    g.write([("MATCH (a:Action) REMOVE a.text_lower", {}), ("MATCH (i:Item) REMOVE i.heading_lower", {})])
    assert graph.actions_mentioning(g, "kit") == []  # nothing to test `CONTAINS` on
    g.ensure_schema()  # what open_graph runs
    counts = g.run(LOWERED_EQUAL)[0]
    assert counts["equal"] == counts["n"] and textindex.backfill(g) == 0
    assert [a["text"] for a in graph.actions_mentioning(g, "kit")] == ["Check the KIT"]


def test_contains_still_decides_on_unicode_texts(g):
    if g.kind != "falkordb":
        pytest.skip("the embedded FalkorDB's toLower")
    save_stored(g, unicode_paper())
    assert graph.actions_mentioning(g, "σας") == []  # the regex alone would accept "Write to ΟΔΟΣ ΣΑΣ"
    assert [a["text"] for a in graph.actions_mentioning(g, "café")] == ["CAFÉ ẞ review"]
    assert [a["text"] for a in graph.actions_under_items_about(g, "kıt")] == ["Check the KIT"]
