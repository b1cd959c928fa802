"""Curation decisions reach the search index: a real app (embedded FalkorDB, Whoosh in a tmp data
dir), decisions through /api/admin/curation (and the admin form), searches through /api/search.

The papers are built by hand (tests/graph_fixtures.make_paper) and stored through
Archive.store, the same write path an ingest takes after extraction. Every test uses people and
organisations of its own and undoes its decisions, so the tests pass in any order.
"""
from __future__ import annotations

from urllib.parse import urlencode

import pytest

import graph
from test_auth import csrf_of, sign_in
from graph_fixtures import make_paper

ADMIN = ("cura", "cura-password-123")
OFFICER = ("oona", "oona-password-123")


def _id(n: int) -> str:
    return f"{n:064d}"


# Okafor: "J Okafor" is written in two papers, "Joseph Okafor" in one (so the written
# forms alone would name the merged person "J Okafor"). Hartmoor: one organisation
# under two names, each in a paper of its own.
PAPERS = [
    make_paper(_id(1), title="Hartmoor Board Meeting", date="2011-01-10", body="Hartmoor Board",
               attendees=[("J Okafor", "Hartmoor Council", None)],
               items=[("1", "Audit", "J Okafor presented the audit.", [("Circulate the audit", ["J Okafor"])])],
               people_mentions=[("J Okafor", "J Okafor")]),
    make_paper(_id(2), title="Hartmoor Board Meeting", date="2011-02-14", body="Hartmoor Board",
               items=[("1", "Training", "J Okafor reported on training.", [])],
               people_mentions=[("J Okafor", "J Okafor")]),
    make_paper(_id(3), title="Hartmoor Board Meeting", date="2011-03-14", body="Hartmoor Board",
               items=[("1", "Budget", "Joseph Okafor set out the budget.", [])],
               people_mentions=[("Joseph Okafor", "Joseph Okafor")]),
    make_paper(_id(4), title="Youth justice update", date="2011-04-01", kind="update", body=None,
               items=[("1", "Caseload", "The Hartmoor Youth Offending Team took on new cases.", [])],
               org_mentions=[("Hartmoor Youth Offending Team", "Hartmoor Youth Offending Team")]),
    make_paper(_id(5), title="Youth justice update", date="2011-05-01", kind="update", body=None,
               items=[("1", "Referrals", "Hartmoor YOT referrals rose.", [])],
               org_mentions=[("Hartmoor YOT", "Hartmoor YOT")]),
]
J, JOSEPH = "j okafor", "joseph okafor"
YOT = "hartmoor youth offending team"


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    from webapp import create_app

    app = create_app({"DATA_DIR": tmp_path_factory.mktemp("curation"), "TESTING": True,
                      "SECRET_KEY": "test-secret"})
    users = app.extensions["users"]
    users.add(ADMIN[0], "admin", ADMIN[1])
    users.add(OFFICER[0], "officer", OFFICER[1])
    app.config["TOKENS"] = {"admin": users.create_token(ADMIN[0]), "officer": users.create_token(OFFICER[0])}
    archive = app.extensions["archive"]
    results = archive.store_many([(paper, paper.text.encode()) for paper in PAPERS])
    assert [r.status for r in results] == ["added"] * len(PAPERS), results
    yield app
    archive.close()


def _client(app, role: str):
    client = app.test_client()
    client.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {app.config['TOKENS'][role]}"
    return client


def decide(app, action: str, **fields) -> dict:
    response = _client(app, "admin").post(f"/api/admin/curation/{action}", json=fields)
    assert response.status_code == 201, response.get_json()
    return response.get_json()["record"]


def search(app, q: str, **filters) -> dict:
    response = _client(app, "officer").get("/api/search?" + urlencode({"q": q, "per_page": 100, **filters}))
    assert response.status_code == 200, response.get_json()
    return response.get_json()["results"]


def docs(app, q: str, **filters) -> set[str]:
    return {hit["doc_id"] for hit in search(app, q, **filters)["hits"]}


def facet(app, name: str, q: str = "*") -> dict[str, int]:
    return dict(map(tuple, search(app, q)["facets"][name]))


def okafor_facet(app) -> dict[str, int]:
    return {name: n for name, n in facet(app, "person").items() if "okafor" in name.lower()}


def yot_facet(app) -> dict[str, int]:
    return {name: n for name, n in facet(app, "org").items() if "hartmoor" in name.lower()}


def test_a_merge_is_searchable_under_the_target_and_undo_restores(app):
    before = {q: docs(app, q) for q in ('person:"Joseph Okafor"', 'person:"J Okafor"', "person:okafor",
                                        'owner:"Joseph Okafor"')}
    assert before['person:"Joseph Okafor"'] == {_id(3)}
    assert before['owner:"Joseph Okafor"'] == set()
    facet_before = okafor_facet(app)
    assert set(facet_before) == {"J Okafor", "Joseph Okafor"}

    record = decide(app, "merge", source=J, target=JOSEPH)
    assert set(record["docs"]) == {_id(1), _id(2), _id(3)}
    assert record["args"]["target_name"] == "Joseph Okafor"
    # the papers that only wrote "J Okafor" are found under the person they are now
    assert docs(app, 'person:"Joseph Okafor"') == {_id(1), _id(2), _id(3)}
    assert docs(app, "*", person="Joseph Okafor") == {_id(1), _id(2), _id(3)}
    assert docs(app, 'owner:"Joseph Okafor"') == {_id(1)}
    assert docs(app, 'person:"J Okafor"') == {_id(1), _id(2)}  # the name as written still finds them
    assert okafor_facet(app) == {"Joseph Okafor": sum(facet_before.values())}
    hit_people = {p for hit in search(app, 'person:"J Okafor"')["hits"] for p in hit["people"]}
    assert hit_people == {"Joseph Okafor"}
    # the graph names the person as the search does
    assert graph.person(app.extensions["archive"].graph, JOSEPH)["name"] == "Joseph Okafor"

    # a paper stored after the decision is indexed curated too
    later = make_paper(_id(6), title="Hartmoor Board Meeting", date="2011-06-13", body="Hartmoor Board",
                       items=[("1", "Close", "J Okafor closed the meeting.", [])],
                       people_mentions=[("J Okafor", "J Okafor")])
    archive = app.extensions["archive"]
    assert archive.store_many([(later, later.text.encode())])[0].status == "added"
    try:
        assert _id(6) in docs(app, 'person:"Joseph Okafor"')
    finally:
        archive.delete(_id(6))

    undo = decide(app, "undo", id=record["id"])
    assert set(undo["docs"]) == {_id(1), _id(2), _id(3)}
    assert {q: docs(app, q) for q in before} == before
    assert okafor_facet(app) == facet_before


def test_an_organisation_rename_is_searchable_under_the_new_name_and_undo_restores(app):
    new = "Hartmoor Youth Justice Service"
    before = {q: docs(app, q) for q in (f'org:"{new}"', 'org:"Hartmoor Youth Offending Team"', 'org:"Hartmoor YOT"')}
    assert before[f'org:"{new}"'] == set()
    facet_before = yot_facet(app)
    assert set(facet_before) == {"Hartmoor Youth Offending Team", "Hartmoor YOT"}

    rename = decide(app, "rename_org", key=YOT, name=new)
    assert set(rename["docs"]) == {_id(4)}
    assert docs(app, f'org:"{new}"') == {_id(4)}
    assert docs(app, 'org:"Hartmoor Youth Offending Team"') == {_id(4)}  # as written
    assert yot_facet(app) == {new: facet_before["Hartmoor Youth Offending Team"],
                              "Hartmoor YOT": facet_before["Hartmoor YOT"]}

    # "Hartmoor YOT" is another name of it: found under its name, listed once
    alias = decide(app, "alias_org", alias="Hartmoor YOT", target=YOT)
    assert set(alias["docs"]) == {_id(4), _id(5)}
    assert docs(app, f'org:"{new}"') == {_id(4), _id(5)}
    assert docs(app, "*", org=new) == {_id(4), _id(5)}
    assert yot_facet(app) == {new: sum(facet_before.values())}
    assert graph.organisation(app.extensions["archive"].graph, YOT)["name"] == new

    # undone through the admin form, as a browser does (session and CSRF token)
    browser = app.test_client()
    assert sign_in(browser, *ADMIN).status_code == 302
    token = csrf_of(browser.get("/admin/curation").get_data(as_text=True))
    for record in (alias, rename):
        response = browser.post("/admin/curation/undo", data={"id": record["id"], "csrf_token": token})
        assert response.status_code == 302
    assert {q: docs(app, q) for q in before} == before
    assert yot_facet(app) == facet_before


def test_a_refused_decision_changes_neither_store(app):
    before = okafor_facet(app)
    response = _client(app, "admin").post("/api/admin/curation/merge", json={"source": J, "target": "nobody here"})
    assert response.status_code == 400 and "No person with key 'nobody here'" in response.get_json()["error"]
    assert okafor_facet(app) == before
