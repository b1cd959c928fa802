"""Reads that give part of a page or two lists at once return what the whole reads do: `actions_about`
is `actions_mentioning` and the rest of `actions_under_items_about`, each action placed once, and
`person_actions` is the actions and their total on the person's page."""
from __future__ import annotations

import graph
from graph_fixtures import all_papers, g  # noqa: F401  (fixtures)


def test_actions_about_is_the_two_lists_without_repeats(g):
    for paper in all_papers():
        graph.save_paper(g, paper)
    for term in ("FGM", "secure email", "datasets", "Government Office", "nothing like this"):
        direct = graph.actions_mentioning(g, term, limit=200)
        seen = {a["id"] for a in direct}
        under = [a for a in graph.actions_under_items_about(g, term, limit=200) if a["id"] not in seen]
        assert graph.actions_about(g, term, limit=200) == (direct, under)
    direct, under = graph.actions_about(g, "Government Office")
    assert not direct and [a["text"] for a in under] == ["Alastair Jeffrey (AJ) to write to all LSCB Chairs about FGM",
                                                          "Jo Hawley to send the audit tool"]
    assert all(a["under"]["heading"] == "Government Office update" for a in under)


def test_person_actions_are_the_page_actions(g):
    for paper in all_papers():
        graph.save_paper(g, paper)
    for key in ("ian dean", "alastair jeffrey", "dave hill", "gareth jones"):
        for limit in (1, 100):
            page = graph.person(g, key, limit=limit)
            part = graph.person_actions(g, key, limit=limit)
            assert part == {"key": page["key"], "name": page["name"], "actions": page["actions"],
                            "total": page["totals"]["actions"]}
    assert graph.person_actions(g, "ian-dean")["key"] == "ian dean"  # by slug, as the page
    assert graph.person_actions(g, "nobody at all") is None


def test_actions_without_a_body_are_listed_unplaced_in_the_same_order(g):
    """graph.actions reads ACTIONS_FILTERED_UNPLACED(_INDEXED) when no body is asked for: its rows are
    those of the statement that places every action, in the same order."""
    from graph import queries as q
    from graph.textindex import fulltext_query, substring_clause

    for paper in all_papers():
        graph.save_paper(g, paper)
    checked = 0
    for text in (None, "fgm", "ian dean", "to "):
        for owner in (None, "ian dean", "chairs", "nobody"):
            for topic in (None, "fgm"):
                for date_from, date_to in ((None, None), ("2008-01-01", None), (None, "2009-99-99")):
                    params = dict(q=text, owner=owner, topic=topic, body=None, date_from=date_from, date_to=date_to,
                                  skip=0, end=1000)
                    clause = substring_clause(text) if text else None
                    if clause:
                        ft = fulltext_query(g.kind, "grams", [clause])
                        placed = g.run(q.ACTIONS_FILTERED_INDEXED[g.kind], ft=ft, **params)
                        unplaced = g.run(q.ACTIONS_FILTERED_UNPLACED_INDEXED[g.kind], ft=ft, **params)
                    else:
                        placed = g.run(q.ACTIONS_FILTERED, **params)
                        unplaced = g.run(q.ACTIONS_FILTERED_UNPLACED, **params)
                    assert unplaced == placed, params
                    checked += bool(placed[0]["total"])
    assert checked > 20
    assert [a["text"] for a in graph.actions(g, owner="Chairs")["items"]] == ["Chairs to share learning from each SCR"]
    assert graph.actions(g, q="fgm", body="chairs")["total"] == 1  # a body still places them


# The statement before its paper id went through WITH (FalkorDB then hash-joined every Action).
ITEMLESS_BEFORE = {
    "topic": """
MATCH (d:Document {item_count: 0})-[:MENTIONS]->(:Topic {key: $topic_key})
MATCH (a:Action {doc_id: d.id})
RETURN a.id AS id, a.doc_id AS doc_id, a.span_start AS start,
       CASE WHEN a.sort_date = '' THEN NULL ELSE a.sort_date END AS date, a.position AS position
""",
    "words": """
MATCH (d:Document {item_count: 0})
MATCH (a:Action {doc_id: d.id})
RETURN a.id AS id, a.doc_id AS doc_id, a.span_start AS start,
       CASE WHEN a.sort_date = '' THEN NULL ELSE a.sort_date END AS date, a.position AS position
""",
}


def itemless_fgm_paper():
    """An invented paper with no agenda items whose actions sit under a heading about FGM."""
    from graph_fixtures import make_paper

    paper = make_paper("doc-fgm-page", title="FGM Task and Finish Group", date="2011-02-03", kind="report",
                       items=[("1", "FGM Task and Finish Group", "Training on FGM continues.",
                               [("Jo Hawley to circulate the FGM leaflet", ["Jo Hawley"]),
                                ("Ian Dean to book the FGM training", ["Ian Dean"])])],
                       topics=[("FGM", "FGM")])
    paper.items = []
    for action in paper.actions:
        action.item = None
    return paper


def test_actions_of_itemless_papers_are_those_of_the_statement_before(g):
    from graph import queries as q

    for paper in [*all_papers(), itemless_fgm_paper()]:
        graph.save_paper(g, paper)
    by_id = lambda rows: sorted(rows, key=lambda r: r["id"])  # noqa: E731
    words = g.run(q.ACTIONS_OF_ITEMLESS_PAPERS["words"])
    assert by_id(words) == by_id(g.run(ITEMLESS_BEFORE["words"]))
    assert len(words) == 2 and {r["doc_id"] for r in words} == {"doc-fgm-page"}
    for topic_key in ("fgm", "datasets", "nothing"):
        rows = g.run(q.ACTIONS_OF_ITEMLESS_PAPERS["topic"], topic_key=topic_key)
        assert by_id(rows) == by_id(g.run(ITEMLESS_BEFORE["topic"], topic_key=topic_key))
        assert len(rows) == (2 if topic_key == "fgm" else 0)


def test_meeting_and_paper_pages_read_in_three_and_two_round_trips_as_before(g):
    """graph.meeting sends the statements named by the meeting's id in one round trip, then its paper's
    items and action ids, then the actions; graph.document its paper, items and action ids at once, then
    the actions. Their answers are those of the statements sent one by one (the reads before tenk9)."""
    from graph import queries as q
    from graph.read import _people
    from graph.readutil import action_details, span_of

    for paper in all_papers():
        graph.save_paper(g, paper)

    def paper_one_by_one(doc_id):
        items = g.run(q.DOCUMENT_ITEMS, id=doc_id)
        actions = action_details(g, (r["id"] for r in g.run(q.DOCUMENT_ACTION_IDS, id=doc_id)))
        for item in items:
            item["span"] = span_of(item["span"])
            item["actions"] = [a for a in actions if a["item_id"] == item["id"]]
        return items, actions

    def meeting_one_by_one(mid):
        rows = g.run(q.MEETING, id=mid)
        if not rows:
            return None
        m = rows[0]
        attendee_rows = g.run(q.MEETING_ATTENDEES, id=mid)
        chair_row = next((a for a in attendee_rows if a["role"] == "chair"), None)
        chair = chair_row and {"key": chair_row["key"], "slug": chair_row["slug"], "name": chair_row["name"],
                               "org": chair_row["org"],
                               "span": span_of(chair_row["chair_span"]) or span_of(chair_row["span"])}
        items, actions = paper_one_by_one(m["doc_id"])
        previous, following = g.run(q.PREVIOUS_MEETING, id=mid), g.run(q.NEXT_MEETING, id=mid)
        m.pop("series", None)
        return {**m, "chair": chair, "attendees": _people(attendee_rows, "role", "note"),
                "apologies": _people(g.run(q.MEETING_APOLOGIES, id=mid)), "items": items,
                "other_actions": [a for a in actions if not a["item_id"]],
                "previous": previous[0] if previous else None, "next": following[0] if following else None}

    trips = []
    backend = g.backend
    run, run_many = backend.run, backend.run_many
    meetings = [r["id"] for r in g.run("MATCH (m:Meeting) RETURN m.id AS id ORDER BY id")]
    documents = [r["id"] for r in g.run("MATCH (d:Document) RETURN d.id AS id ORDER BY id")]
    assert len(meetings) >= 3 and len(documents) == 4
    for mid in meetings + ["no such meeting"]:
        expected = meeting_one_by_one(mid)
        trips.clear()
        backend.run = lambda *a, **k: trips.append("run") or run(*a, **k)
        backend.run_many = lambda s: trips.append("run_many") or run_many(s)
        try:
            assert graph.meeting(g, mid) == expected
        finally:
            backend.run, backend.run_many = run, run_many
        assert len(trips) == (3 if expected is not None and expected["items"] + expected["other_actions"] else
                              2 if expected is not None else 1), (mid, trips)
    for doc_id in documents + ["no such paper"]:
        rows = g.run(q.DOCUMENT, id=doc_id)
        expected = rows and {**rows[0], **dict(zip(("items", "actions"), paper_one_by_one(doc_id)))}
        trips.clear()
        backend.run = lambda *a, **k: trips.append("run") or run(*a, **k)
        backend.run_many = lambda s: trips.append("run_many") or run_many(s)
        try:
            assert graph.document(g, doc_id) == (expected or None)
        finally:
            backend.run, backend.run_many = run, run_many
        assert len(trips) == (2 if expected and expected["actions"] else 1), (doc_id, trips)
