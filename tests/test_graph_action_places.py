"""An action's place kept on it (graph/facts.py, graph/action_places.py): its paper's title, its
meeting's id and title and the date it is listed by are what its Document and Meeting nodes say,
after saves, re-ingests, deletions, merges and renames, and a graph from earlier code gets them at start."""
from __future__ import annotations

import dataclasses

import graph
from graph import action_places, curation
from graph_fixtures import (  # noqa: F401  (fixtures)
    all_papers, board_2007, board_2008, dump, g, make_paper, open_fresh, save_stored,
)

# The place as the nodes hold it (what lists of actions read before it was kept), beside the kept one.
PLACES = """
MATCH (a:Action)
OPTIONAL MATCH (d:Document {id: a.doc_id})
OPTIONAL MATCH (d)-[:RECORDS]->(m:Meeting)
RETURN a.id AS id, a.doc_id AS doc_id, a.placed AS placed,
       [a.doc_title, a.meeting_id, a.meeting_title, a.placed_date] AS kept,
       [d.title, m.id, m.title, coalesce(m.date, d.date)] AS looked_up
ORDER BY id
"""


def undated():
    """board_2007 as an undated paper with another id."""
    return dataclasses.replace(board_2007(), id="doc-undated", filename="undated.txt", date=None, month=None)


def untitled_report():
    """A paper that records no meeting, with no title: its actions have no meeting and no paper title."""
    paper = make_paper("doc-report", title="x", date="2009-06-01", kind="report",
                       items=[("1", "Audit", "The audit was discussed.", [("Jo Hawley to send the audit", ["Jo Hawley"])])])
    return dataclasses.replace(paper, title=None)


def places(g) -> list[dict]:
    rows = g.run(PLACES)
    assert rows, "no actions"
    return rows


def assert_kept(g) -> list[dict]:
    rows = places(g)
    for r in rows:
        assert r["placed"] is True and r["kept"] == r["looked_up"], r
    return rows


def test_the_place_is_what_the_document_and_meeting_say(g):
    for paper in [*all_papers(), undated(), untitled_report()]:
        graph.save_paper(g, paper)
    rows = {r["id"]: r["kept"] for r in assert_kept(g)}
    assert ["London Safeguarding Children Board Meeting", "2007-10-31"] in [[k[0], k[3]] for k in rows.values()]
    assert any(k[1] is None and k[2] is None and k[0] is None for k in rows.values())  # the untitled report
    assert any(k[3] is None for k in rows.values())  # undated
    # lists of actions show it: the person page, the ask's lists (ACTIONS_BY_IDS), the actions page
    dean = graph.person(g, "ian dean")["actions"]
    assert {(a["doc_title"], a["meeting_title"], a["date"]) for a in dean} >= {
        ("London Safeguarding Children Board Meeting", "London Safeguarding Children Board Meeting", "2007-10-31")}
    assert all(a["meeting_id"] for a in dean if a["doc_id"] != "doc-undated")


def test_the_place_follows_reingest_delete_merge_and_rename(g):
    save_stored(g, *all_papers())
    assert_kept(g)
    # re-ingest with another title and date: the actions' kept place is the new one
    changed = dataclasses.replace(board_2008(), title="Extraordinary Board Meeting", date="2008-03-06")
    save_stored(g, changed)
    rows = [r for r in assert_kept(g) if r["doc_id"] == "doc-board-2008"]
    assert rows and all(r["kept"][0] == r["kept"][2] == "Extraordinary Board Meeting" and r["kept"][3] == "2008-03-06"
                        for r in rows)
    assert "Extraordinary Board Meeting" in {a["doc_title"] for a in graph.person(g, "ian dean")["actions"]}
    # merge and rename re-save the papers they touch: the places stay right
    rec = curation.record(g, "merge", {"source": "alastair jeffery", "target": "alastair jeffrey"}, who="admin")
    assert_kept(g)
    org = g.run("MATCH (:Action)<-[:OWNS|MENTIONS]-(o:Organisation) RETURN o.key AS key ORDER BY key LIMIT 1")
    org = org[0]["key"] if org else g.run("MATCH (o:Organisation) RETURN o.key AS key ORDER BY key LIMIT 1")[0]["key"]
    curation.record(g, "rename_org", {"key": org, "name": "Renamed Organisation"}, who="admin")
    assert_kept(g)
    curation.undo(g, rec["id"], who="admin")
    assert_kept(g)
    # delete: no action keeps a deleted paper's place
    assert graph.delete_paper(g, "doc-board-2007")
    rows = assert_kept(g)
    assert "doc-board-2007" not in {r["doc_id"] for r in rows} and all(r["looked_up"][0] for r in rows)


def test_a_graph_without_places_gets_them_at_start(open_fresh):
    old, fresh = open_fresh("old"), open_fresh("fresh")
    for paper in [*all_papers(), undated(), untitled_report()]:
        graph.save_paper(old, paper)
        graph.save_paper(fresh, paper)
    old.write([("MATCH (a:Action) REMOVE a.doc_title, a.meeting_id, a.meeting_title, a.placed_date, a.placed", {})])
    assert dump(old) != dump(fresh)
    assert {r["placed"] for r in places(old)} == {None}
    old.ensure_schema()
    assert dump(old) == dump(fresh)
    assert_kept(old)
    assert action_places.backfill(old) == 0
