"""Every read function on a graph of four hand-built papers (three meetings, one update)."""
from __future__ import annotations

import json

import pytest

import graph
from graph.errors import GraphError
from ingest.ids import meeting_id
from graph_fixtures import all_papers, board_2007, g  # noqa: F401  (fixtures)

M2007, M2008, M2010 = meeting_id("doc-board-2007"), meeting_id("doc-board-2008"), meeting_id("doc-chairs-2010")


@pytest.fixture
def loaded(g):
    for paper in all_papers():
        graph.save_paper(g, paper)
    return g


def passage(span, paper=None):
    paper = paper or board_2007()
    return paper.text[span[0]:span[1]]


def test_counts_and_lists(loaded):
    assert graph.counts(loaded) == {"papers": 4, "meetings": 3, "people": 13, "organisations": 14,
                                    "actions": 6, "topics": 6}
    assert [m["date"] for m in graph.latest_meetings(loaded, limit=2)] == ["2010-01-21", "2008-03-05"]
    board = graph.list_meetings(loaded, body="Safeguarding Children BOARD", per_page=1, page=2)
    assert board["total"] == 2 and [m["id"] for m in board["items"]] == [M2007]
    docs = graph.list_documents(loaded, page=1, per_page=10)
    assert docs["total"] == 4 and docs["items"][0]["id"] == "doc-update-2010"
    assert {d["meeting_id"] for d in docs["items"]} == {M2007, M2008, M2010, None}
    with pytest.raises(GraphError, match="Pages start at 1"):
        graph.list_documents(loaded, page=0)


def test_every_result_is_plain_json(loaded):
    pages = [graph.person(loaded, "dave hill"), graph.meeting(loaded, M2007), graph.document(loaded, "doc-board-2007"),
             graph.organisation(loaded, "metropolitan police"), graph.topic(loaded, "fgm"),
             graph.body(loaded, "LSCB Chairs"), graph.actions(loaded), graph.attendance(loaded, body="board")]
    for page in pages:
        assert json.loads(json.dumps(page)) == page


def test_person_page(loaded):
    p = graph.person(loaded, "dave-hill")  # a slug works as well as a key
    assert p["key"] == "dave hill" and p["name"] == "Dave Hill"
    assert [(m["date"], m["org"]) for m in p["attended"]] == [("2010-01-21", "NHS London"),
                                                              ("2007-10-31", "Merton LSCB")]
    assert passage(p["attended"][1]["span"]) == "Dave Hill (Merton LSCB)"
    assert [(a["meeting_id"], a["org"]) for a in p["apologies"]] == [(M2008, "Merton LSCB")]
    [action] = p["actions"]
    assert action["meeting_id"] == M2007 and action["item"] == "6" and action["date"] == "2007-10-31"
    assert passage(action["span"]) == action["text"]
    assert {o["key"] for o in action["owners"]} == {"alastair jeffrey", "dave hill"}
    assert {(d["doc_id"], d["count"]) for d in p["papers"]} == {("doc-board-2007", 2), ("doc-board-2008", 1),
                                                                ("doc-chairs-2010", 1)}
    assert p["totals"] == {"attended": 2, "apologies": 1, "actions": 1, "papers": 3}
    short = graph.person(loaded, "dave hill", limit=1)
    assert len(short["attended"]) == 1 and short["totals"] == p["totals"], "totals do not follow the limit"
    co = {c["key"]: c["count"] for c in p["co_attendees"]}
    assert co["alastair jeffrey"] == 2 and co["ian dean"] == 1 and "dave hill" not in co
    assert graph.person(loaded, "nobody at all") is None


def test_person_page_is_its_separate_statements_sent_at_once(loaded):
    """person() sends its statements in one pipeline (run_many); each part must be what the
    statement returns alone, and the actions those the person owns, newest first."""
    from graph import queries as q
    from graph.readutil import action_details, span_of

    keys = [r["key"] for r in loaded.run("MATCH (p:Person) RETURN p.key AS key")]
    assert len(keys) == 13
    for limit in (500, 1):
        for key in keys:
            page = graph.person(loaded, key, limit=limit)
            attended = loaded.run(q.PERSON_ATTENDED, key=key, limit=limit)
            apologies = loaded.run(q.PERSON_APOLOGIES, key=key, limit=limit)
            for row in attended + apologies:
                row["span"] = span_of(row["span"])
            assert page["attended"] == attended and page["apologies"] == apologies
            owned = [r["id"] for r in loaded.run(q.PERSON_ACTIONS, key=key)]
            assert page["actions"] == action_details(loaded, owned)[:limit]
            assert page["papers"] == loaded.run(q.PERSON_PAPERS, key=key, limit=limit)
            assert page["organisations"] == loaded.run(q.PERSON_ORGANISATIONS, key=key)
            assert page["co_attendees"] == loaded.run(q.CO_ATTENDEES, key=key, limit=50)[:50]
            assert page["candidates"] == loaded.run(q.PERSON_CANDIDATES, key=key)
            assert {k: page[k] for k in ("key", "slug", "name")} == {
                k: v for k, v in loaded.run(q.PERSON, key=key)[0].items() if k != "aliases"}
    busy = graph.person(loaded, "alastair jeffrey", limit=1)
    assert len(busy["attended"]) == 1 and busy["attended"][0]["date"] == "2010-01-21"


def test_run_many_answers_in_order_and_fails_with_a_sentence(loaded):
    from graph import queries as q

    assert loaded.run_many([]) == []
    keys, one = loaded.run_many([(q.PERSON_KEY, {"key": "ian-dean"}), (q.PERSON, {"key": "dave hill"})])
    assert keys == [{"key": "ian dean"}] and one[0]["name"] == "Dave Hill"
    with pytest.raises(GraphError, match="rejected a query"):
        loaded.run_many([(q.PERSON, {"key": "x"}), ("MATCH (n RETURN n", {})])


def test_meeting_page(loaded):
    m = graph.meeting(loaded, M2007)
    assert (m["title"], m["date"], m["body"], m["time"]) == (
        "London Safeguarding Children Board Meeting", "2007-10-31", "London Safeguarding Children Board", None)
    assert m["chair"]["key"] == "derek myers" and m["chair"]["org"] == "RB Kensington and Chelsea"
    assert passage(m["chair"]["span"]) == "Derek Myers (RB Kensington and Chelsea)"
    roles = {a["key"]: a["role"] for a in m["attendees"]}
    assert roles["derek myers"] == "chair" and roles["helen veitch"] == "observer"
    assert roles["garry owens"] == "minutes" and roles["dave hill"] == "member" and len(roles) == 7
    assert [a["key"] for a in m["apologies"]] == ["safron rose", "diane mills"]
    assert [i["number"] for i in m["items"]] == ["1", "4", "6"]
    item6 = m["items"][2]
    assert passage(item6["span"]).startswith("6) Paper 6 - Serious Case Reviews")
    assert [a["owners"][0]["type"] for a in item6["actions"]] == ["organisation", "person"]
    assert m["previous"] is None and m["next"]["id"] == M2008
    assert graph.meeting(loaded, M2008)["previous"]["id"] == M2007
    assert graph.meeting(loaded, M2010)["previous"] is None  # another body
    assert graph.meeting(loaded, "nope") is None


def test_document_page(loaded):
    d = graph.document(loaded, "doc-update-2010")
    assert d["kind"] == "update" and d["meeting_id"] is None and d["body"] == "London Safeguarding Children Board"
    assert [i["heading"] for i in d["items"]] == ["FGM", "Training"] and d["actions"] == []
    assert graph.document(loaded, "doc-board-2007")["meeting_id"] == M2007
    assert graph.document(loaded, "nope") is None


def test_find_people_is_forgiving(loaded):
    assert graph.find_people(loaded, "ian dean")[0] == {"key": "ian dean", "slug": "ian-dean", "name": "Ian Dean",
                                                        "score": 1.0}
    assert graph.find_people(loaded, "  CLLR alastair JEFFREY ")[0]["key"] == "alastair jeffrey"
    assert {p["key"] for p in graph.find_people(loaded, "hill")} == {"dave hill", "david hill"}
    assert graph.find_people(loaded, "dave h")[0]["key"] == "dave hill"
    assert graph.find_people(loaded, "JH")[0]["key"] == "jo hawley"  # the only JH
    assert [p for p in graph.find_people(loaded, "DM") if p["key"] in ("derek myers", "diane mills")] == []
    assert graph.find_people(loaded, "Jo Hawly")[0]["key"] == "jo hawley"
    assert graph.find_people(loaded, "") == []


def test_actions_and_items_mentioning(loaded):
    by_acronym = graph.actions_mentioning(loaded, "scr")
    assert [a["text"] for a in by_acronym] == ["Chairs to share learning from each SCR"]
    fgm = graph.actions_mentioning(loaded, "female genital mutilation")  # a taxonomy phrase of FGM
    assert [a["date"] for a in fgm] == ["2010-01-21", "2007-10-31"]
    assert fgm[0]["owners"] == [{"key": "alastair jeffrey", "slug": "alastair-jeffrey", "name": "Alastair Jeffrey",
                                 "type": "person"}]
    assert [a["text"] for a in graph.actions_mentioning(loaded, "DCSF")] == [
        "Ian Dean to contact DCSF about secure email accounts"]
    assert graph.actions_mentioning(loaded, "training") == []
    items = graph.items_mentioning(loaded, "training")
    assert [(i["doc_id"], i["heading"]) for i in items] == [("doc-update-2010", "Training")]
    assert graph.actions_mentioning(loaded, "ICS") == []  # no word match inside "politics"-like text


def test_actions_filters_and_paging(loaded):
    everything = graph.actions(loaded)
    assert everything["total"] == 6 and everything["items"][0]["date"] == "2010-01-21"
    assert graph.actions(loaded, owner="ian-dean")["total"] == 2
    assert graph.actions(loaded, owner="Chairs")["total"] == 1  # a name as written works too
    assert graph.actions(loaded, owner="Cllr Alastair Jeffrey")["total"] == 2
    assert graph.actions(loaded, topic="fgm")["total"] == 2
    assert graph.actions(loaded, q="datasets")["items"][0]["meeting_id"] == M2008
    assert graph.actions(loaded, body="lscb chairs")["total"] == 2
    assert graph.actions(loaded, date_from="2008", date_to="2008")["total"] == 1
    assert graph.actions(loaded, date_to="2007-12")["total"] == 3
    page2 = graph.actions(loaded, per_page=4, page=2)
    assert page2["total"] == 6 and len(page2["items"]) == 2
    assert graph.actions(loaded, owner="no such owner")["total"] == 0


def test_attendance_by_body_and_date(loaded):
    [m] = graph.attendance(loaded, body="board", date="2007-10-31")
    assert m["meeting_id"] == M2007 and len(m["attendees"]) == 7 and len(m["apologies"]) == 2
    assert [x["meeting_id"] for x in graph.attendance(loaded, date="2010")] == [M2010]
    assert len(graph.attendance(loaded)) == 3


def test_chairs_representatives_and_last_attended(loaded):
    board_chairs = graph.chairs(loaded, "board")
    assert [(c["key"], c["meeting_id"]) for c in board_chairs] == [("derek myers", M2008), ("derek myers", M2007)]
    assert board_chairs[1]["org"] == "RB Kensington and Chelsea"
    assert passage(board_chairs[1]["span"]) == "Derek Myers (RB Kensington and Chelsea)"
    assert [c["key"] for c in graph.chairs(loaded)] == ["alastair jeffrey", "derek myers", "derek myers"]
    for name in ("metropolitan-police", "Met Police", "MPS"):  # slug, or any name it is known by
        reps = graph.representatives(loaded, name)
        assert [(r["key"], r["count"], r["last_seen"]) for r in reps] == [
            ("alastair jeffrey", 2, "2010-01-21"), ("alastair jeffery", 1, "2008-03-05")]
        assert reps[0]["org"] == "Metropolitan Police"
    assert graph.representatives(loaded, "Nobody Ltd") == []
    last = graph.last_attended(loaded, "Ian Dean")
    assert last["meeting_id"] == M2008 and passage(last["span"], all_papers()[1]) == "Ian Dean (London Board)"
    assert graph.last_attended(loaded, "safron rose") is None


def test_shared_attendees_and_shortest_chain(loaded):
    assert [m["id"] for m in graph.shared_meetings(loaded, "dave hill", "alastair jeffrey")] == [M2010, M2007]
    shared = {p["key"]: p["count"] for p in graph.shared_attendees(loaded, "Dave Hill", "alastair jeffrey")}
    assert shared["derek myers"] == 2 and "dave hill" not in shared and "alastair jeffrey" not in shared
    assert "jo hawley" in shared  # the 2010 meeting had all three
    assert graph.shared_attendees(loaded, "dave hill", "nobody") == []

    chain = graph.shortest_chain(loaded, "jo hawley", "gareth jones")
    assert [step["person"]["key"] for step in chain][0] == "jo hawley"
    # Jo met Alastair Jeffrey in 2010, he met Derek Myers and Ian Dean in 2007, they met Gareth Jones in 2008
    assert chain[-1]["person"]["key"] == "gareth jones" and len(chain) == 4
    assert chain[1]["person"]["key"] == "alastair jeffrey"
    assert [step["via"]["id"] if step["via"] else None for step in chain] == [None, M2010, M2007, M2008]
    assert graph.shortest_chain(loaded, "jo hawley", "jo hawley") == [
        {"person": {"key": "jo hawley", "slug": "jo-hawley", "name": "Jo Hawley"}, "via": None}]
    assert graph.shortest_chain(loaded, "jo hawley", "safron rose") is None  # never attended


def test_neighbourhood(loaded):
    person = graph.neighbourhood(loaded, "person", "dave-hill")
    assert person["node"] == {"kind": "person", "key": "dave hill", "label": "Dave Hill"}
    edges = {(tuple(e["target"]), e["label"]) for e in person["edges"]}
    assert (("meeting", M2008), "sent apologies") in edges and (("meeting", M2007), "attended") in edges
    assert (("organisation", "nhs london"), "represented") in edges
    meeting = graph.neighbourhood(loaded, "meeting", M2007)
    assert {n["key"] for n in meeting["nodes"] if n["kind"] == "topic"} == {"secure email", "fgm",
                                                                             "serious case reviews"}
    assert (["person", "derek myers"], "chaired") in [(e["source"], e["label"]) for e in meeting["edges"]]
    assert {n["key"] for n in graph.neighbourhood(loaded, "topic", "fgm")["nodes"]} == {"fgm", M2007, M2010}
    assert len(graph.neighbourhood(loaded, "organisation", "MPS")["edges"]) == 2
    assert graph.neighbourhood(loaded, "person", "nobody") is None
    assert graph.neighbourhood(loaded, "shoe", "x") is None


def test_organisation_topic_and_body_pages(loaded):
    topic = graph.topic(loaded, "secure email")
    assert topic["name"] == "secure email"
    assert [i["heading"] for i in topic["items"]] == ["Paper 4 - Secure emails"]
    assert [p["doc_id"] for p in topic["papers"]] == ["doc-board-2007"] and topic["papers"][0]["count"] == 3
    fgm = graph.topic(loaded, "fgm")
    assert [p["date"] for p in fgm["papers"]] == ["2010-04-01", "2010-01-21", "2007-10-31"]
    assert graph.topic(loaded, "nope") is None

    body = graph.body(loaded, "london safeguarding children board")
    assert body["name"] == "London Safeguarding Children Board"
    assert [m["id"] for m in body["meetings"]] == [M2008, M2007]
    assert [d["id"] for d in body["documents"]] == ["doc-update-2010"]
    assert [c["key"] for c in body["chairs"]] == ["derek myers"]
    assert {b["name"]: b["meetings"] for b in graph.bodies(loaded)} == {
        "London Safeguarding Children Board": 2, "LSCB Chairs": 1}
    assert graph.body(loaded, "nope") is None
    assert graph.organisation(loaded, "nope") is None


def test_minutes_dated_only_by_their_month_are_a_meeting_found_by_that_month(g):
    from ingest.model import Paper
    from ingest.parse import parse_structure

    paper = Paper(id="m" * 64, filename="group-march-2018.txt",
                  text="Elmley Protection Group: March 2018\n\nMinutes from the March 2018 meeting of the Elmley "
                       "Protection Group.\n\nPresent:\nAda Brook (Chair)\nBen Cole\n\n1. Welcome\n")
    parse_structure(paper)
    assert paper.date is None and paper.month == "2018-03"
    graph.save_paper(g, paper)
    for when in ("2018-03", "2018"):
        [m] = graph.attendance(g, date=when)
        assert m["date"] == "2018-03" and {p["name"] for p in m["attendees"]} == {"Ada Brook", "Ben Cole"}
    assert graph.attendance(g, date="2018-03-01") == []  # no day was given, so none is matched
