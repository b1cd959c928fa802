"""The OpenAPI document declares exactly the query parameters each JSON endpoint reads.

Which parameters an endpoint reads is found by calling it on the real app (tests/conftest.py) with
every declared parameter given, and recording each name the view looks up in `request.args`: a
parameter a view reads that the document does not declare (or one it declares that nothing reads)
fails here, so the document and the views cannot drift apart."""
from __future__ import annotations

import pytest
from flask import Request
from werkzeug.datastructures import ImmutableMultiDict

from tests.conftest import _client

READ: set[str] = set()
TOPIC = "fgm"  # a topic of the board's topic list the samples mention


class RecordingArgs(ImmutableMultiDict):
    """request.args that notes each name looked up."""

    def __getitem__(self, key):
        READ.add(key)
        return super().__getitem__(key)

    def get(self, key, default=None, type=None):
        READ.add(key)
        return super().get(key, default, type)

    def getlist(self, key, type=None):
        READ.add(key)
        return super().getlist(key, type)

    def __contains__(self, key):
        READ.add(key)
        return super().__contains__(key)


class RecordingRequest(Request):
    parameter_storage_class = RecordingArgs


@pytest.fixture(scope="module")
def admin_client(ingested_app):
    return _client(ingested_app, "admin")


@pytest.fixture(scope="module")
def document(admin_client):
    return admin_client.get("/api/openapi.json").get_json()


@pytest.fixture(scope="module")
def path_values(admin_client):
    """A real value for each path variable, read from the app's own answers ({key} by the kind of page)."""
    meeting = admin_client.get("/api/meetings/" + admin_client.get("/api/home").get_json()["latest_meetings"][0]["id"])
    meeting = meeting.get_json()
    person = meeting["attendees"][0]
    return {"meeting_id": meeting["id"], "name": meeting["body"], "doc_id": meeting["doc_id"], "kind": "person",
            "job_id": "no-such-job", "/api/people/": person["key"], "/api/graph/": person["key"],
            "/api/organisations/": person["org_key"], "/api/topics/": TOPIC}


def url_of(path: str, values: dict[str, str]) -> str:
    key = next((v for prefix, v in values.items() if path.startswith(prefix)), None)
    return path.format(**values, key=key)


def reads(client, monkeypatch, app, path: str, params: list[str]) -> tuple[int, set[str]]:
    monkeypatch.setattr(app, "request_class", RecordingRequest)
    READ.clear()
    response = client.get(path, query_string={p: "1" for p in params})
    return response.status_code, set(READ)


def test_every_json_endpoint_declares_exactly_the_parameters_it_reads(ingested_app, admin_client, document,
                                                                     path_values, monkeypatch):
    checked = 0
    for path, operations in document["paths"].items():
        if "get" not in operations:
            continue
        params = operations["get"]["parameters"]
        declared = {p["name"] for p in params if p["in"] == "query"}
        url = url_of(path, path_values)
        status, read = reads(admin_client, monkeypatch, ingested_app, url, [])
        assert status == (404 if "no-such-job" in url else 200), (url, status)  # no job has run here
        assert read <= declared, f"{path} reads {sorted(read - declared)}, which webapp/openapi.py does not declare"
        if declared:  # with every declared parameter given (bad values are refused, after being read)
            _, read_given = reads(admin_client, monkeypatch, ingested_app, url, sorted(declared))
            assert declared <= read | read_given, f"{path} declares {sorted(declared - read - read_given)}, never read"
        checked += 1
    assert checked >= 15


def test_the_missing_parameters_are_now_declared(document):
    def query(path):
        return {p["name"] for p in document["paths"][path]["get"]["parameters"] if p["in"] == "query"}

    assert "kind" in query("/api/search")
    assert "limit" in query("/api/people/{key}")
