"""The meeting count each write keeps on AFFILIATED_WITH (graph/affiliation_counts.py): after saves, a
replaced paper, a deletion and a batch, "who represented X" from the edges equals the old count over
every attendance and apologies edge, and a graph from earlier code gets the counts at start."""
from __future__ import annotations

import graph
from graph import affiliation_counts
from graph import queries as q
from graph_fixtures import (  # noqa: F401  (fixtures)
    all_papers, board_2007, board_2008, board_2008_changed, chairs_2010, dump, g, open_fresh, update_2010,
)

# "who represented X" before the counts were kept: every attendance edge, for every organisation.
COUNTED = """
MATCH (o:Organisation)
MATCH (p:Person)-[a:ATTENDED|SENT_APOLOGIES]->(m:Meeting)
WHERE a.org_key = o.key
RETURN o.key AS org_key, p.key AS key, p.slug AS slug, p.name AS name, o.name AS org, count(DISTINCT m) AS count,
       min(m.date) AS first_seen, max(m.date) AS last_seen
"""
ORG_KEYS = "MATCH (o:Organisation) RETURN o.key AS key"


def counted(g) -> dict:
    out: dict = {}
    for row in g.run(COUNTED):
        out.setdefault(row.pop("org_key"), []).append(row)
    return out


def assert_read_equals_counted(g) -> dict:
    """REPRESENTATIVES for every organisation equals the count over every attendance edge (as sets:
    rows tied on last date and name may come in either order)."""
    expected = counted(g)
    for row in g.run(ORG_KEYS):
        read = g.run(q.REPRESENTATIVES, key=row["key"], limit=1000)
        key = lambda r: sorted(r.items())  # noqa: E731
        assert sorted(read, key=key) == sorted(expected.get(row["key"], []), key=key)
        last = [r["last_seen"] for r in read]
        assert last == sorted(last, reverse=True)
    return {(org, r["key"]): (r["count"], r["first_seen"], r["last_seen"]) for org, rs in expected.items() for r in rs}


def test_counts_follow_saves_replacements_and_deletions(open_fresh):
    changed, fresh = open_fresh("changed"), open_fresh("fresh")
    for paper in all_papers():
        graph.save_paper(changed, paper)
    kept = assert_read_equals_counted(changed)
    assert kept[("merton lscb", "dave hill")] == (2, "2007-10-31", "2008-03-05")  # attended, then apologies
    assert kept[("london safeguarding children board", "ian dean")] == (3, "2007-10-31", "2010-01-21")
    graph.save_paper(changed, board_2008_changed("NHS London"))
    kept = assert_read_equals_counted(changed)
    assert kept[("merton lscb", "dave hill")] == (1, "2007-10-31", "2007-10-31")
    assert kept[("london safeguarding children board", "ian dean")] == (2, "2007-10-31", "2010-01-21")
    assert graph.delete_paper(changed, "doc-board-2007")
    kept = assert_read_equals_counted(changed)
    assert ("merton lscb", "dave hill") not in kept
    for paper in (board_2008_changed("NHS London"), chairs_2010(), update_2010()):
        graph.save_paper(fresh, paper)
    assert dump(changed) == dump(fresh)


def test_a_batch_with_a_repeated_paper_equals_single_saves(open_fresh):
    batched, fresh = open_fresh("batched"), open_fresh("fresh")
    papers = [*all_papers(), board_2008_changed("NHS London"), board_2008()]
    assert graph.save_papers(batched, papers) == [None] * len(papers)
    assert_read_equals_counted(batched)
    for paper in all_papers():
        graph.save_paper(fresh, paper)
    assert dump(batched) == dump(fresh)


def test_who_represented_names_an_organisation_by_any_of_its_names(g):
    for paper in all_papers():
        graph.save_paper(g, paper)
    rows = graph.representatives(g, "Merton LSCB")
    assert [(r["key"], r["count"], r["first_seen"], r["last_seen"]) for r in rows] == [
        ("dave hill", 2, "2007-10-31", "2008-03-05")]
    assert graph.representatives(g, "No Such Organisation") == []


def test_a_graph_without_counts_gets_them_at_start(open_fresh):
    old, fresh = open_fresh("old"), open_fresh("fresh")
    for paper in all_papers():
        graph.save_paper(old, paper)
        graph.save_paper(fresh, paper)
    old.write([("MATCH ()-[r:AFFILIATED_WITH]->() REMOVE r.count", {})])
    assert not old.run("MATCH ()-[r:AFFILIATED_WITH]->() WHERE r.count IS NOT NULL RETURN r.count AS n")
    old.ensure_schema()
    assert dump(old) == dump(fresh)
    assert affiliation_counts.backfill(old) == 0
    assert_read_equals_counted(old)
