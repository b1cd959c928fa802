"""CO_ATTENDED counts kept by each write (graph/co_attendance.py): after saves, a replaced paper with
other attendees, a deletion and a batch they equal a count over every meeting, and a graph from
earlier code gets them at start."""
from __future__ import annotations

import graph
from graph import co_attendance
from graph_fixtures import (  # noqa: F401  (fixtures)
    all_papers, board_2007, board_2008, board_2008_changed, chairs_2010, dump, g, open_fresh, update_2010,
)

KEPT = "MATCH (p:Person)-[c:CO_ATTENDED]->(q:Person) RETURN p.key AS p, q.key AS q, c.count AS n"
COUNTED = """
MATCH (p:Person)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(q:Person)
WHERE q <> p
RETURN p.key AS p, q.key AS q, count(DISTINCT m) AS n
"""


def pairs(g, statement: str) -> dict:
    return {(r["p"], r["q"]): r["n"] for r in g.run(statement)}


def assert_kept_equals_counted(g):
    kept = pairs(g, KEPT)
    assert kept == pairs(g, COUNTED)
    return kept


def test_counts_follow_saves_replacements_and_deletions(open_fresh):
    changed, fresh = open_fresh("changed"), open_fresh("fresh")
    for paper in all_papers():
        graph.save_paper(changed, paper)
    kept = assert_kept_equals_counted(changed)
    assert kept[("derek myers", "ian dean")] == 2  # the 2007 and 2008 Board meetings
    graph.save_paper(changed, board_2008_changed())
    kept = assert_kept_equals_counted(changed)
    assert kept[("derek myers", "ian dean")] == 1 and kept[("dave hill", "derek myers")] == 2
    assert graph.delete_paper(changed, "doc-board-2007")
    kept = assert_kept_equals_counted(changed)
    assert ("derek myers", "ian dean") not in kept  # they shared only the deleted meeting now
    for paper in (board_2008_changed(), chairs_2010(), update_2010()):
        graph.save_paper(fresh, paper)
    assert dump(changed) == dump(fresh)


def test_a_batch_with_a_repeated_paper_counts_its_meeting_once(open_fresh):
    batched, fresh = open_fresh("batched"), open_fresh("fresh")
    assert graph.save_papers(batched, [*all_papers(), board_2008_changed(), board_2008()]) == [None] * 6
    assert_kept_equals_counted(batched)
    for paper in all_papers():
        graph.save_paper(fresh, paper)
    assert dump(batched) == dump(fresh)


def test_the_person_page_lists_co_attendees_by_shared_meetings(g):
    for paper in all_papers():
        graph.save_paper(g, paper)
    rows = graph.person(g, "derek myers")["co_attendees"]
    assert (rows[0]["key"], rows[0]["count"]) == ("ian dean", 2)  # the 2007 and 2008 Board meetings
    counted = pairs(g, COUNTED)
    assert {(r["key"], r["count"]) for r in rows} == {(q, n) for (p, q), n in counted.items() if p == "derek myers"}
    counts = [r["count"] for r in rows]
    assert counts == sorted(counts, reverse=True)


def test_a_graph_without_co_attendance_gets_it_at_start(open_fresh):
    old, fresh = open_fresh("old"), open_fresh("fresh")
    for paper in all_papers():
        graph.save_paper(old, paper)
        graph.save_paper(fresh, paper)
    old.write([("MATCH ()-[c:CO_ATTENDED]->() DELETE c", {}), ("MATCH (p:Person) REMOVE p.co_attendance", {})])
    assert not pairs(old, KEPT)
    old.ensure_schema()
    assert dump(old) == dump(fresh)
    assert co_attendance.backfill(old) == 0
