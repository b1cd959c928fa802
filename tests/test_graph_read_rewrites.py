"""Read statements rewritten for speed (tenk5, tenk7) give the rows their earlier form gave, on the real FalkorDB.

Actions read with their owners gathered by one aggregation (graph/queries.py _ACTION_OWNERS) give what the
pattern comprehension per action gave: an action with no owner has [], one with several has each, in the
order written, and the person page's actions and `action_details` agree with the comprehension's rows
and with their place looked up from the Document and Meeting (kept on the action since tenk7).
The papers of a person, organisation or topic (_PAPERS_OF, the other columns read after the LIMIT) are
the rows and order of the statement that read every column of every paper before sorting."""
from __future__ import annotations

import graph
from graph import queries as q
from graph.readutil import action_details, action_rows
from graph_fixtures import all_papers, g, make_paper  # noqa: F401  (fixtures)

_COMPREHENSION = ("[(o)-[r:OWNS]->(a) | {key: o.key, slug: o.slug, name: o.name, "
                  "type: CASE WHEN o:Person THEN 'person' ELSE 'organisation' END, position: r.position}]")
# The place looked up from the action's Document and Meeting, as before it was kept on the action (tenk7).
_PLACE = """OPTIONAL MATCH (d:Document {id: a.doc_id})
OPTIONAL MATCH (d)-[:RECORDS]->(m:Meeting)"""
_LOOKED_UP = {"doc_title": "d.title", "meeting_id": "m.id", "meeting_title": "m.title", "date": "coalesce(m.date, d.date)",
              "owners": _COMPREHENSION}
_COLUMNS = ",\n       ".join(f"{_LOOKED_UP.get(name, expr)} AS {name}" for name, expr in q._ACTION_FIELDS)
# The statements as they were before the aggregation and the kept place: the reference.
BY_IDS_BEFORE = f"UNWIND $ids AS aid\nMATCH (a:Action {{id: aid}})\n{_PLACE}\nRETURN {_COLUMNS}"
PERSON_PAGE_BEFORE = f"""MATCH (:Person {{key: $key}})-[:OWNS]->(a:Action)
WITH a
ORDER BY {q._ACTION_ORDER}
LIMIT $limit
{_PLACE}
RETURN {_COLUMNS}
ORDER BY coalesce(date, '') DESC, doc_id DESC, coalesce(position, 0)"""


def _owned_paper():
    return make_paper("owned-1", title="Invented Board", date="2011-03-04", body="Invented Board",
                      attendees=[("Tamsin Orley", "Invented Council", None), ("Piet Varga", "Invented Trust", None)],
                      items=[("1", "Invented business", "Text.",
                              [("Nobody in particular to do this", []),
                               ("Piet Varga and Tamsin Orley to draft a note", ["Piet Varga", "Tamsin Orley"]),
                               ("Invented Trust and Tamsin Orley to report back", ["Invented Trust", "Tamsin Orley"]),
                               ("Tamsin Orley to circulate it", ["Tamsin Orley"])])])


def test_owners_as_written_and_none(g):
    graph.save_paper(g, _owned_paper())
    ids = [r["id"] for r in g.run(q.DOCUMENT_ACTION_IDS, id="owned-1")]
    by_text = {a["text"]: a for a in action_details(g, ids)}
    assert by_text["Nobody in particular to do this"]["owners"] == []
    assert [o["key"] for o in by_text["Piet Varga and Tamsin Orley to draft a note"]["owners"]] == [
        "piet varga", "tamsin orley"]
    assert [(o["name"], o["type"]) for o in by_text["Invented Trust and Tamsin Orley to report back"]["owners"]] == [
        ("Invented Trust", "organisation"), ("Tamsin Orley", "person")]
    page = graph.person(g, "tamsin orley")
    assert [[o["key"] for o in a["owners"]] for a in page["actions"]] == [
        ["piet varga", "tamsin orley"], ["invented trust", "tamsin orley"], ["tamsin orley"]]


def test_same_rows_as_the_comprehension(g):
    for paper in all_papers() + [_owned_paper()]:
        graph.save_paper(g, paper)
    ids = [r["id"] for r in g.run("MATCH (a:Action) RETURN a.id AS id")]
    assert len(ids) > 5
    key = lambda row: row["id"]  # noqa: E731
    assert sorted(action_rows(g.run(q.ACTIONS_BY_IDS, ids=ids)), key=key) == sorted(
        action_rows(g.run(BY_IDS_BEFORE, ids=ids)), key=key)
    people = [r["key"] for r in g.run("MATCH (p:Person)-[:OWNS]->(:Action) RETURN DISTINCT p.key AS key")]
    assert len(people) > 3
    for person in people:
        for limit in (1, 2, 500):
            assert g.run(q.PERSON_ACTIONS_PAGE, key=person, limit=limit) == g.run(
                PERSON_PAGE_BEFORE, key=person, limit=limit), (person, limit)


PAPERS_BEFORE = """
MATCH (d:Document)-[r:MENTIONS]->(:{label} {{key: $key}})
RETURN d.id AS doc_id, d.title AS title, d.date AS date, d.kind AS kind, r.count AS count
ORDER BY date DESC, title
LIMIT $limit
"""


def test_papers_as_before(g):
    for paper in all_papers() + [_owned_paper()]:
        graph.save_paper(g, paper)
    checked = 0
    for label, statement in [("Person", q.PERSON_PAPERS), ("Organisation", q.ENTITY_PAPERS["Organisation"]),
                             ("Topic", q.ENTITY_PAPERS["Topic"])]:
        for key in [r["key"] for r in g.run(f"MATCH (n:{label}) RETURN n.key AS key")]:
            for limit in (1, 2, 500):
                rows = g.run(statement, key=key, limit=limit)
                assert rows == g.run(PAPERS_BEFORE.format(label=label), key=key, limit=limit), (label, key, limit)
                checked += bool(rows)
    assert checked > 10


def test_person_papers_counted_as_list_and_total(g):
    """PERSON_PAPERS_COUNTED (tenk8: the person page's papers and their total from one walk) gives
    PERSON_PAPERS' rows and order, each with PERSON_TOTALS["papers"]; no rows for a person no paper
    mentions, and the page's total is then 0."""
    for paper in all_papers() + [_owned_paper()]:
        graph.save_paper(g, paper)
    checked = 0
    for key in [r["key"] for r in g.run("MATCH (n:Person) RETURN n.key AS key")]:
        total = g.run(q.PERSON_TOTALS["papers"], key=key)[0]["n"]
        for limit in (1, 2, 500):
            rows = g.run(q.PERSON_PAPERS_COUNTED, key=key, limit=limit)
            assert all(row.pop("papers_total") == total for row in rows), (key, limit)
            assert rows == g.run(q.PERSON_PAPERS, key=key, limit=limit), (key, limit)
            checked += bool(rows)
        assert graph.person(g, key)["totals"]["papers"] == total
    assert checked > 10
    g.run("CREATE (:Person {key: 'nobody mentioned', slug: 'nobody-mentioned', name: 'Nobody Mentioned'})")
    assert g.run(q.PERSON_PAPERS_COUNTED, key="nobody mentioned", limit=500) == []
    page = graph.person(g, "nobody mentioned")
    assert page["papers"] == [] and page["totals"]["papers"] == 0
