"""`sort_date` kept on actions and items (graph/facts.py, graph/sort_dates.py): it is the date their
meeting or paper is listed by, and a graph from earlier code gets it at start."""
from __future__ import annotations

import dataclasses

import graph
from graph import sort_dates
from graph_fixtures import (  # noqa: F401  (fixtures)
    all_papers, board_2007, dump, g, open_fresh,
)

PLACED = """
MATCH (n:{label})
OPTIONAL MATCH (d:Document {{id: n.doc_id}})
OPTIONAL MATCH (d)-[:RECORDS]->(m:Meeting)
RETURN n.id AS id, n.sort_date AS kept, coalesce(m.date, d.date, '') AS placed
"""


def undated():
    """board_2007 as an undated paper with another id: its actions and items sort last."""
    return dataclasses.replace(board_2007(), id="doc-undated", filename="undated.txt", date=None, month=None)


def test_sort_date_is_the_date_of_the_meeting_or_paper(g):
    for paper in [*all_papers(), undated()]:
        graph.save_paper(g, paper)
    for label in ("Action", "Item"):
        rows = g.run(PLACED.format(label=label))
        assert rows and all(r["kept"] == r["placed"] for r in rows), label
        assert {r["kept"] for r in rows} >= {"", "2007-10-31"}


def test_a_graph_without_sort_dates_gets_them_at_start(open_fresh):
    old, fresh = open_fresh("old"), open_fresh("fresh")
    for paper in [*all_papers(), undated()]:
        graph.save_paper(old, paper)
        graph.save_paper(fresh, paper)
    old.write([(f"MATCH (n:{label}) REMOVE n.sort_date", {}) for label in ("Action", "Item")])
    assert dump(old) != dump(fresh)
    old.ensure_schema()
    assert dump(old) == dump(fresh)
    assert sort_dates.backfill(old) == 0
