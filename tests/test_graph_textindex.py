"""Searching action and item text through the full-text index (graph/textindex.py) gives the answers
of a full scan: checked against a plain-Python oracle over the papers' own text, on a real graph."""
from __future__ import annotations

import re

import pytest

import graph
from graph import queries
from graph.textindex import fulltext_query, grams_of, phrase_clause, substring_clause, words_of
from graph_fixtures import all_papers, g, make_paper  # noqa: F401  (fixtures)

# Texts where a backend's own tokenizer and the whole-word rule disagree.
TRICKY = [
    "The police’s new protocol", "Refer to x.police for now", "health/police liaison", "Ask the police_unit",
    "A police–led review",
    "POLICE to report", "Policing review", "Café meeting on e-safety", "IT systems and politics",
    "Serious case reviews (SCRs) to be published", "Terms of reference agreed", "terms of references redrafted",
    "Σύνοψη ΑΘΗΝΑ", "DCSF to fund C&YP work",
]


def tricky_paper(doc_id: str = "doc-tricky", date: str = "2009-05-01"):
    actions = [(text, ["Ian Dean"]) for text in TRICKY]
    return make_paper(doc_id, title="Board Meeting", date=date, body="Board", attendees=[("Ian Dean", "LB", None)],
                      items=[("1", "Mixed business", "Notes on the police and IT.", actions)])


@pytest.fixture
def loaded(g):
    for paper in all_papers() + [tricky_paper()]:
        graph.save_paper(g, paper)
    return g


def whole_word(term: str, text: str) -> bool:
    """The rule actions_mentioning applies (graph/read_actions.py), written out again."""
    return bool(re.search(r"(?<!\w)" + re.escape(term) + r"(?:s|es|'s)?(?!\w)", text, re.I))


def all_action_texts() -> list[str]:
    return [a.text for paper in all_papers() + [tricky_paper()] for a in paper.actions]


# ---- the fields and the query strings (pure) ------------------------------------------------

def test_fields_are_folded_distinct_tokens():
    assert words_of("The police’s  POLICE x.police") == "police s the x"
    assert words_of("Café CAFE\u0301") == "cafe"
    assert words_of("ask_the unit") == "ask the unit"  # `_` is no letter, unlike in `\w`
    assert words_of("ΣΑΣ σας") == "_cf83ceb1cf83"  # not ASCII: hex, one token for both spellings of sigma
    assert grams_of("Policing IT") == "cin ici ing lic oli pol"  # nothing from "it"
    assert words_of(None) == "" and grams_of("") == ""


def test_phrase_and_substring_clauses():
    assert phrase_clause("Secure email") == [["secure"], ["email", "emails", "emailes"]]
    assert phrase_clause("C&YP") == [["c"], ["yp", "yps", "ypes"]]
    assert phrase_clause("e-safety.") == [["e"], ["safety"]]  # ends in a stop: the last word is exact
    assert phrase_clause("&") is None and phrase_clause("x" * 200) is None
    assert substring_clause("secure em") == [["sec"], ["ecu"], ["cur"], ["ure"]]
    assert substring_clause("it") is None and substring_clause("a b") is None


def test_query_strings_in_each_backends_language():
    clauses = [[["a"], ["b", "bs"]], [["c"]]]
    assert fulltext_query("falkordb", "words", clauses) == "((@words:(a)) (@words:(b|bs)))|((@words:(c)))"
    assert fulltext_query("neo4j", "words", clauses) == "(+(words:a) +(words:b words:bs)) (+(words:c))"


# ---- on a real graph ----------------------------------------------------------------------

# None of these is a topic of the taxonomy, so the answer is the texts holding the term as words.
@pytest.mark.parametrize("term", ["police", "POLICE", "policing", "it", "IT", "e-safety", "café", "cafe",
                                  "for now", "terms of reference", "c&yp", "αθηνα", "protocol", "x", "unit",
                                  "share learning"])
def test_actions_mentioning_matches_the_whole_word_rule(loaded, term):
    found = sorted(a["text"] for a in graph.actions_mentioning(loaded, term, limit=1000))
    assert found == sorted(t for t in all_action_texts() if term.lower() in t.lower() and whole_word(term, t))


def test_tricky_cases_by_name(loaded):
    def texts(term):
        return sorted(a["text"] for a in graph.actions_mentioning(loaded, term))

    assert texts("police") == sorted(["The police’s new protocol", "Refer to x.police for now", "A police–led review",
                                      "health/police liaison", "POLICE to report"])  # not police_unit
    assert texts("IT") == ["IT systems and politics"]
    assert texts("terms of reference") == ["Terms of reference agreed", "terms of references redrafted"]
    assert texts("café") == ["Café meeting on e-safety"] and texts("Αθηνα") == ["Σύνοψη ΑΘΗΝΑ"]
    assert "Serious case reviews (SCRs) to be published" in texts("scr")  # a taxonomy acronym, plural


def test_actions_q_is_a_substring_search(loaded):
    everything = {a["id"]: a["text"] for a in graph.actions(loaded, per_page=500)["items"]}
    for q in ["police", "olic", "e-saf", "ms of ref", "IT", "it", "x", "SCRs)", "cafe", "&yp"]:
        found = {a["id"] for a in graph.actions(loaded, q=q, per_page=500)["items"]}
        assert found == {i for i, t in everything.items() if q.lower() in t.lower()}, q


def test_items_mentioning_uses_words_too(loaded):
    items = graph.items_mentioning(loaded, "police")
    assert [i["heading"] for i in items] == ["Mixed business"]
    assert graph.items_mentioning(loaded, "polic") == []


def test_the_index_narrows_the_candidates(loaded):
    kind = loaded.kind
    ft = fulltext_query(kind, "words", [phrase_clause("police")])
    rows = loaded.run(queries.ACTIONS_MENTIONING_INDEXED[kind], ft=ft, terms=["police"], limit=1000)
    assert len(rows) == 6  # 5 whole-word hits and police_unit, which the regex turns away
    assert graph.counts(loaded)["actions"] == 6 + len(TRICKY)


def test_newest_first_and_limit_come_from_all_matches(g):
    many = [make_paper(f"doc-{year}", title="Board Meeting", date=f"{year}-01-01", body="Board",
                       attendees=[("Ian Dean", "LB", None)],
                       items=[("1", "Training", "Training.", [(f"Training plan {year}", ["Ian Dean"])] * 3)])
            for year in range(2001, 2013)]
    for paper in many:
        graph.save_paper(g, paper)
    top = graph.actions_mentioning(g, "training", limit=4)
    assert [a["date"] for a in top] == ["2012-01-01"] * 3 + ["2011-01-01"]


def test_many_rejected_candidates_do_not_hide_an_older_match(g):
    recent = make_paper("doc-recent", title="Board Meeting", date="2012-01-01", body="Board",
                        attendees=[("Ian Dean", "LB", None)],
                        items=[("1", "Units", "Units.",
                                [(f"Set up police_unit {n}", ["Ian Dean"]) for n in range(30)])])
    old = make_paper("doc-old", title="Board Meeting", date="2001-01-01", body="Board",
                     attendees=[("Ian Dean", "LB", None)],
                     items=[("1", "Police", "Police.", [("Write to the police", ["Ian Dean"])])])
    graph.save_paper(g, recent)
    graph.save_paper(g, old)
    assert [a["text"] for a in graph.actions_mentioning(g, "police", limit=1)] == ["Write to the police"]


def test_nodes_saved_without_fields_are_filled_when_the_graph_opens(loaded):
    loaded.run("MATCH (a:Action) REMOVE a.words, a.grams")
    loaded.run("MATCH (i:Item) REMOVE i.words")
    assert graph.actions_mentioning(loaded, "police") == []  # the index has nothing to offer
    loaded.ensure_schema()  # what open_graph runs
    assert len(graph.actions_mentioning(loaded, "police")) == 5
    assert loaded.run("MATCH (n) WHERE (n:Action OR n:Item) AND n.words IS NULL RETURN count(n) AS n") == [{"n": 0}]


def test_a_replaced_or_deleted_paper_leaves_the_index(loaded):
    changed = tricky_paper()
    changed.actions = changed.actions[:1]
    graph.save_paper(loaded, changed)
    assert [a["text"] for a in graph.actions_mentioning(loaded, "police")] == ["The police’s new protocol"]
    graph.delete_paper(loaded, changed.id)
    assert graph.actions_mentioning(loaded, "police") == []
    assert graph.actions(loaded, q="police")["total"] == 0


def test_falkordb_index_keeps_every_word_unstemmed(g):
    if g.kind != "falkordb":
        pytest.skip("FalkorDB's index options")
    rows = g.run("CALL db.indexes() YIELD label, types, stopwords RETURN label, types, stopwords")
    action = next(r for r in rows if r["label"] == "Action")
    assert action["types"]["words"] == ["FULLTEXT"] and action["types"]["grams"] == ["FULLTEXT"]
    assert action["stopwords"] == []
