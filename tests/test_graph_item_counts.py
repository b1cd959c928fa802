"""`item_count` kept on papers (graph/facts.py, graph/item_counts.py), and the actions under agenda
items about a term read only as far as the page asks (graph/read_actions.py)."""
from __future__ import annotations

import graph
from graph import item_counts
from graph_fixtures import (  # noqa: F401  (fixtures)
    all_papers, dump, g, make_paper, open_fresh, save_stored,
)

COUNTED = """
MATCH (d:Document)
OPTIONAL MATCH (d)-[r:HAS_ITEM]->(:Item)
RETURN d.id AS id, d.item_count AS kept, count(r) AS counted
"""


def itemless():
    return make_paper("doc-itemless", title="Secure emails", date="2009-03-01", filename="itemless.txt")


def test_item_count_is_the_number_of_agenda_items(g):
    for paper in [*all_papers(), itemless()]:
        graph.save_paper(g, paper)
    rows = g.run(COUNTED)
    assert len(rows) == 5 and all(r["kept"] == r["counted"] for r in rows)
    assert {r["id"]: r["kept"] for r in rows}["doc-itemless"] == 0
    assert {r["kept"] for r in rows} >= {0, 1, 3}


def test_a_graph_without_item_counts_gets_them_at_start(open_fresh):
    old, fresh = open_fresh("old"), open_fresh("fresh")
    for paper in [*all_papers(), itemless()]:
        graph.save_paper(old, paper)
        graph.save_paper(fresh, paper)
    old.write([("MATCH (d:Document) REMOVE d.item_count", {})])
    assert dump(old) != dump(fresh)
    old.ensure_schema()
    assert dump(old) == dump(fresh)
    assert item_counts.backfill(old) == 0


def _meeting(k: int, heading: str):
    """A meeting in month k with an item under `heading` whose text names secure email, and two actions."""
    return make_paper(f"doc-{k:02d}", title=f"Board meeting {k}", date=f"20{10 + k // 12:02d}-{k % 12 + 1:02d}-05",
                      filename=f"m{k:02d}.txt",
                      items=[("1", "Apologies", "None.", [(f"Note the apologies {k}", [])]),
                             ("2", heading, "The secure email accounts were discussed.",
                              [(f"First action {k}", []), (f"Second action {k}", [])])])


def test_the_newest_actions_under_items_about_a_term_are_those_of_the_whole_list(g):
    # the newest 30 meetings' items are headed "Insecure emails": their text has the words and their
    # heading contains the phrase, but not as words, so the reader must look past them
    papers = [_meeting(k, "Secure emails") for k in range(8)] + [_meeting(k, "Insecure emails") for k in range(8, 38)]
    save_stored(g, *papers)
    whole = graph.actions_under_items_about(g, "secure email", limit=1000)
    assert [a["text"] for a in whole] == [f"{which} action {k}" for k in range(7, -1, -1)
                                          for which in ("First", "Second")]
    assert all(a["under"] == {"number": "2", "heading": "Secure emails"} for a in whole)
    for limit in (1, 2, 5, 16):
        assert graph.actions_under_items_about(g, "secure email", limit=limit) == whole[:limit]

