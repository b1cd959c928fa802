"""Every officer page and its JSON twin, on the real app with the samples ingested.

Facts asserted here come from tests/gold (the hand-made annotations)."""
from __future__ import annotations

from urllib.parse import quote

import pytest

from tests.conftest import SAMPLES


def meeting_on(client, date: str) -> dict:
    home = client.get("/api/home").get_json()
    matches = [m for m in home["latest_meetings"] if m["date"] == date]
    assert matches, f"no meeting on {date} in {home['latest_meetings']}"
    return client.get(f"/api/meetings/{matches[0]['id']}").get_json()


def test_home_counts_and_latest_meetings(client):
    data = client.get("/api/home").get_json()
    assert data["counts"]["papers"] == 5
    assert data["counts"]["meetings"] == 3  # three of the samples are minutes
    assert data["counts"]["people"] > 50
    assert [m["date"] for m in data["latest_meetings"]] == ["2010-01-21", "2007-10-31", "2007-09-12"]
    page = client.get("/")
    assert page.status_code == 200
    assert b"who attended the board meeting on 31 October 2007" in page.data


def test_board_meeting_of_31_october_2007(client):
    meeting = meeting_on(client, "2007-10-31")
    assert meeting["title"] == "London Safeguarding Children Board Meeting"
    assert meeting["chair"]["name"] == "Derek Myers"
    names = {a["name"]: a for a in meeting["attendees"]}
    assert len(names) == 20
    assert names["Dave Hill"]["org"] == "Merton LSCB"
    assert names["Helen Veitch"]["note"] == "observer"
    assert {a["name"] for a in meeting["apologies"]} == {"John Anthony", "Safron Rose", "Elizabeth Coe",
                                                         "David Archibald"}
    assert [i["number"] for i in meeting["items"]] == [str(n) for n in range(1, 13)]
    actions = [a for i in meeting["items"] for a in i["actions"]]
    assert len(actions) == 10
    sponsor = next(a for a in actions if a["text"].startswith("Dave Hill to sponsor"))
    assert [o["name"] for o in sponsor["owners"]] == ["Dave Hill"]
    html = client.get(f"/meetings/{meeting['id']}").get_data(as_text=True)
    assert "Dave Hill" in html and "Merton LSCB" in html and "Derek Myers" in html


def test_lscb_chairs_meeting_lists_tim_beach_of_barnet(client):
    meeting = meeting_on(client, "2010-01-21")
    assert meeting["body"] == "LSCB Chairs"
    assert meeting["chair"]["name"] == "Simon Hart"
    tim = next(a for a in meeting["attendees"] if a["name"] == "Tim Beach")
    assert tim["org"] == "Barnet"
    assert len(meeting["apologies"]) == 6


def test_a_meeting_page_shows_its_papers_extraction_warnings(client):
    """The 2010-01-21 minutes write 'MS' where two attendees fit: the warning the extraction left on the
    paper is on the meeting page and in its JSON twin, not only on the paper page."""
    meeting = meeting_on(client, "2010-01-21")
    assert any("'MS'" in w for w in meeting["warnings"])
    html = client.get(f"/meetings/{meeting['id']}").get_data(as_text=True)
    assert "Warnings" in html and "Initials &#39;MS&#39; match more than one person" in html


def test_a_meeting_page_without_warnings_has_no_warnings_section(client):
    meeting = meeting_on(client, "2007-10-31")
    assert meeting["warnings"] == []
    assert 'id="warnings-heading"' not in client.get(f"/meetings/{meeting['id']}").get_data(as_text=True)


def test_person_page_follows_dave_hill_to_meetings_and_actions(client):
    person = client.get("/api/people/" + quote("dave hill")).get_json()
    assert person["name"] == "Dave Hill"
    attended = {a["date"]: a for a in person["attended"]}
    assert attended["2007-10-31"]["org"] == "Merton LSCB"
    assert attended["2007-10-31"]["span"][1] > attended["2007-10-31"]["span"][0]
    assert any(a["text"].startswith("Dave Hill to sponsor the draft letter") for a in person["actions"])
    html = client.get("/people/" + quote("dave hill")).get_data(as_text=True)
    assert "Meetings attended" in html and "London Safeguarding Children Board Meeting" in html
    assert "#passage" in html  # every fact links to its passage


def test_a_shortened_person_list_says_so_and_leads_to_the_rest(client):
    """A busy person's lists show the latest few; the page and its twin say how many there are in all,
    and lead to the rest (a longer page; every action on the actions page)."""
    url = "/people/" + quote("ian dean")
    full = client.get("/api" + url).get_json()
    assert full["limit"] == 50
    assert full["totals"] == {"attended": 2, "apologies": 1, "actions": 12, "papers": 4}
    assert {k: len(full[k]) for k in full["totals"]} == full["totals"]
    assert "The latest" not in client.get(url).get_data(as_text=True)
    short = client.get("/api" + url + "?limit=1").get_json()
    assert short["totals"] == full["totals"]
    assert short["attended"] == full["attended"][:1] and short["actions"] == full["actions"][:1]
    html = client.get(url + "?limit=1").get_data(as_text=True)
    assert "The latest 1 of 2 meetings attended." in html and "The latest 1 of 4 papers." in html
    assert "The latest 1 of 12 actions." in html and "/actions?owner=ian" in html and "limit=1000" in html
    assert client.get("/api/actions?owner=" + quote("ian dean")).get_json()["total"] == 12
    assert client.get("/api" + url + "?limit=0").status_code == 400


def test_apologies_appear_on_the_person_page(client):
    person = client.get("/api/people/" + quote("hannah miller")).get_json()
    assert [a["date"] for a in person["apologies"]] == ["2010-01-21"]
    assert [a["date"] for a in person["attended"]] == ["2007-10-31"]


def test_paper_viewer_highlights_the_passage(client):
    person = client.get("/api/people/" + quote("dave hill")).get_json()
    fact = next(a for a in person["attended"] if a["date"] == "2007-10-31")
    start, end = fact["span"]
    html = client.get(f"/papers/{fact['doc_id']}?start={start}&end={end}").get_data(as_text=True)
    assert '<mark id="passage" tabindex="-1">' in html
    marked = html.split('<mark id="passage" tabindex="-1">', 1)[1].split("</mark>", 1)[0]
    assert "Dave Hill" in marked
    data = client.get(f"/api/papers/{fact['doc_id']}?start={start}&end={end}").get_json()
    assert data["passage"] == [start, end]
    assert len(data["facts"]["attendees"]) == 20


def test_original_download_is_the_uploaded_file(client):
    meeting = meeting_on(client, "2007-09-12")
    response = client.get(f"/papers/{meeting['doc_id']}/original")
    assert response.status_code == 200
    assert response.data == (SAMPLES / "003_dee409f7c6fc72ce.txt").read_bytes()


def test_search_page_and_twin(client):
    data = client.get("/api/search?q=secure+email").get_json()
    hits = data["results"]["hits"]
    assert hits, data
    assert "<mark>" in hits[0]["snippet"]
    html = client.get("/search?q=secure+email").get_data(as_text=True)
    assert "Secure emails" in html and "<mark>" in html


def test_actions_mentioning_fgm_says_none_and_shows_items(client):
    data = client.get("/api/actions?q=FGM").get_json()
    assert data["total"] == 0
    assert any(i["heading"] == "FGM" for i in data["items_instead"])
    html = client.get("/actions?q=FGM").get_data(as_text=True)
    assert "No action mentions" in html and "FGM" in html


def test_actions_list_filters_by_owner(client):
    data = client.get("/api/actions?owner=Christine+Christie").get_json()
    assert data["total"] >= 8
    assert all(any(o["name"] == "Christine Christie" for o in a["owners"]) for a in data["items"])


@pytest.mark.parametrize("question, expected", [
    ("who attended the board meeting on 31 October 2007", "Dave Hill"),
    ("which meetings did Ian Dean attend", "LSCB Chairs Meeting"),
    ("what actions does Christine Christie own", "convene a SCR Sub Group."),
    ("who chaired LSCB Chairs meetings", "Simon Hart"),
])
def test_ask_answers_with_rows_and_cypher(client, question, expected):
    data = client.get("/api/ask?q=" + quote(question)).get_json()
    answer = data["answer"]
    assert answer["intent"], answer
    assert any(expected in str(v) for row in answer["rows"] for v in row.values()), answer
    assert "MATCH" in answer["cypher"]


def test_ask_fgm_says_plainly_no_action_and_shows_items(client):
    answer = client.get("/api/ask?q=which+actions+mention+FGM").get_json()["answer"]
    assert answer["message"].startswith("No action mentions FGM")
    assert any("FGM" in r["label"] for r in answer["see_also"]["rows"])
    html = client.get("/ask?q=which+actions+mention+FGM").get_data(as_text=True)
    assert "No action mentions FGM" in html


def test_ask_unparsable_question_gets_suggestions_not_an_error(client):
    response = client.get("/ask?q=what+is+the+meaning+of+life")
    assert response.status_code == 200
    answer = client.get("/api/ask?q=what+is+the+meaning+of+life").get_json()["answer"]
    assert answer["intent"] is None and len(answer["suggestions"]) >= 5


@pytest.mark.parametrize("url", ["/api/people/nobody-at-all", "/api/meetings/nope", "/api/papers/abc123",
                                 "/api/organisations/nothing", "/api/topics/nothing", "/api/bodies/nothing"])
def test_missing_things_are_json_404s(client, url):
    response = client.get(url)
    assert response.status_code == 404
    body = response.get_json()
    assert body["ok"] is False and body["status"] == 404 and body["error"].startswith("No ")


@pytest.mark.parametrize("url", ["/api/actions?page=abc", "/api/actions?from=last+week", "/api/search?q=x&sort=up",
                                 "/api/search?q=x&page=0"])
def test_bad_parameters_are_json_400s(client, url):
    response = client.get(url)
    assert response.status_code == 400
    assert response.get_json()["error"]


def test_missing_page_is_an_html_404_for_people(client):
    response = client.get("/people/nobody-at-all")
    assert response.status_code == 404
    assert b"No person called" in response.data


def test_openapi_lists_every_twin(client):
    doc = client.get("/api/openapi.json").get_json()
    assert doc["openapi"].startswith("3.")
    for path in ("/api/home", "/api/search", "/api/people/{key}", "/api/meetings/{meeting_id}", "/api/ask"):
        assert path in doc["paths"]


def test_help_page_documents_the_query_language(client):
    html = client.get("/help").get_data(as_text=True)
    assert "person:" in html and "topic:" in html


def test_organisation_topic_and_body_pages(client):
    org = client.get("/api/organisations/" + quote("Merton LSCB")).get_json()
    assert any(p["name"] == "Dave Hill" for p in org["people"])
    assert client.get("/organisations/" + quote("Merton LSCB")).status_code == 200
    topic = client.get("/api/topics/FGM").get_json()
    assert topic["name"] == "FGM" and topic["items"]
    assert client.get("/topics/FGM").status_code == 200
    body = client.get("/api/bodies/" + quote("LSCB Chairs")).get_json()
    assert [m["date"] for m in body["meetings"]] == ["2010-01-21"]
    assert any(c["name"] == "Simon Hart" for c in body["chairs"])
    assert b"Simon Hart" in client.get("/bodies/" + quote("LSCB Chairs")).data


def test_graph_view_neighbourhood(client):
    data = client.get("/api/graph/person/dave-hill").get_json()
    assert data["center"]["label"] == "Dave Hill"
    kinds = {n["kind"] for n in data["nodes"]}
    assert {"person", "meeting", "organisation"} <= kinds
    ids = {n["id"] for n in data["nodes"]}
    assert data["edges"] and all(e["source"] in ids and e["target"] in ids for e in data["edges"])
    meeting = next(n for n in data["nodes"] if n["kind"] == "meeting")
    expanded = client.get(meeting["api"]).get_json()
    assert len(expanded["nodes"]) > 20  # a meeting's attendees
    html = client.get("/graph/person/dave-hill").get_data(as_text=True)
    assert "vendor/cytoscape.min.js" in html and 'data-api="/api/graph/person/dave%20hill"' in html
    assert client.get("/api/graph/spaceship/x").status_code == 404
    assert client.get("/api/graph/person/nobody-here").status_code == 404


def test_search_export_csv_and_json(client):
    csv_response = client.get("/search/export?q=secure+email&format=csv")
    assert csv_response.status_code == 200 and csv_response.mimetype == "text/csv"
    header = csv_response.get_data(as_text=True).splitlines()[0]
    assert "title" in header and "date" in header
    json_response = client.get("/search/export?q=secure+email&format=json").get_json()
    assert json_response["total"] >= 1
    assert client.get("/search/export?q=secure&format=xml").status_code == 400


def test_malformed_query_is_a_message_not_a_500(client):
    response = client.get('/api/search?q=' + quote('"secure email'))
    assert response.status_code == 200
    results = response.get_json()["results"]
    assert results["warnings"] and results["hits"]
    html = client.get('/search?q=' + quote('date:2007..20x8 secure'))
    assert html.status_code == 200 and b"warning" in html.data


def test_openapi_documents_admin_endpoints_too(client):
    paths = client.get("/api/openapi.json").get_json()["paths"]
    assert "post" in paths["/api/admin/upload"] and "delete" in paths["/api/admin/papers/{doc_id}"]
    assert paths["/api/people/{key}"]["get"]["summary"].startswith("A person")
    assert "/api/graph/{kind}/{key}" in paths


def test_template_links_are_exactly_what_flask_builds(ingested_app):
    """Templates build links with webapp.urls.template_url_for; it must agree with url_for everywhere."""
    from flask import url_for

    from webapp.urls import template_url_for

    values = ["dave hill", "a/b c", "O’Brien & Sons", "50% #1?", "x=y+z", "é", "..", "-"]
    with ingested_app.test_request_context("/"):
        checked = 0
        for rule in ingested_app.url_map.iter_rules():
            for name in rule.arguments or ["q"]:
                for value in values:
                    try:
                        expected = url_for(rule.endpoint, **{name: value})
                    except Exception:
                        continue
                    assert template_url_for(rule.endpoint, **{name: value}) == expected, (rule, value)
                    checked += 1
        assert checked > 100
        for query in ({"owner": "ian dean", "page": 2}, {"q": 'person:"O’Brien" & x', "sort": "date", "person": "a/b"},
                      {"q": ""}, {"q": "fgm", "topic": None}, {"q": "x", "year": 2007}, {"format": "csv", "q": "50%"}):
            for endpoint in ("pages.actions", "pages.search", "pages.search_export", "api.search", "pages.person"):
                try:
                    expected = url_for(endpoint, **query)
                except Exception:
                    continue
                assert template_url_for(endpoint, **query) == expected, (endpoint, query)
        paths = {"pages.paper": "doc_id", "api.paper": "doc_id", "pages.person": "key", "pages.meeting": "meeting_id"}
        for value in values:  # a path value and a query string, as every passage link has
            for query in ({"start": 5, "end": 17}, {"end": 0, "start": 12}, {"limit": "a b&c=d", "x": "é"}):
                for endpoint, name in paths.items():
                    expected = url_for(endpoint, **{name: value}, **query)
                    assert template_url_for(endpoint, **{name: value}, **query) == expected, (endpoint, value, query)
    with ingested_app.test_request_context("/", base_url="http://example.org/boardgraph/"):
        assert template_url_for("pages.person", key="ian dean") == "/boardgraph/people/ian%20dean"
        assert template_url_for("pages.paper", doc_id="d 1", start=3, end=9) == "/boardgraph/papers/d%201?start=3&end=9"


def test_the_servers_freeze_the_objects_made_at_start_and_nothing_else_does(ingested_app):
    """`boardgraph serve` and each gunicorn worker warm with freeze=True (webapp/app_archive.py):
    the objects made at start leave the collector's sight, at once and after the warming."""
    import gc

    from webapp.app_archive import warm_in_background

    gc.unfreeze()
    try:
        warm_in_background(ingested_app).join(60)
        assert gc.get_freeze_count() == 0
        warm_in_background(ingested_app, freeze=True).join(60)
        frozen = gc.get_freeze_count()
        assert frozen > 1000
        assert ingested_app.test_client().get("/healthz").status_code == 200
    finally:
        gc.unfreeze()
    from tests.conftest import ROOT

    for path in ("webapp/cli.py", "webapp/workers.py"):
        assert "warm_in_background(app, freeze=True)" in (ROOT / path).read_text(encoding="utf-8")
