"""Operations in the web app (issue 15): /healthz readiness, the access log, ProxyFix, CSV with a BOM.

All against the real app: the session's ingested app, or a fresh one on its own data dir
(real embedded FalkorDB and Whoosh index) where a test changes or breaks something.
"""
from __future__ import annotations

import codecs
import csv
import io
import logging

import pytest

from tests.conftest import OFFICER
from tests.test_auth import sign_in

ACCESS = "boardgraph.access"


@pytest.fixture
def fresh_app(tmp_path):
    """A new app on an empty data dir; closed at the end."""
    from webapp import create_app

    def make(**config):
        app = create_app({"DATA_DIR": tmp_path / "data", "TESTING": True, "SECRET_KEY": "test-secret",
                          "WTF_CSRF_ENABLED": False, **config})
        made.append(app)
        return app

    made: list = []
    yield make
    for app in made:
        app.extensions["archive"].close()


def access_lines(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == ACCESS]


# ---- /healthz --------------------------------------------------------------------------------------


def test_healthz_says_graph_and_index_are_ready_without_sign_in(anonymous):
    response = anonymous.get("/healthz")
    assert response.status_code == 200
    assert response.json == {"ok": True, "graph": "ready", "index": "ready"}


def test_healthz_is_503_and_names_the_store_that_does_not_answer(fresh_app):
    app = fresh_app()
    client = app.test_client()
    archive = app.extensions["archive"]
    assert client.get("/healthz").status_code == 200

    archive.index.close()
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json == {"ok": False, "graph": "ready", "index": "unavailable"}

    archive.graph.close()
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json == {"ok": False, "graph": "unavailable", "index": "unavailable"}
    assert "closed" not in response.get_data(as_text=True)  # no error text to anonymous callers


# ---- the access log --------------------------------------------------------------------------------


def test_one_access_line_per_request_with_method_path_status_ms_and_user(client, anonymous, caplog):
    caplog.set_level(logging.INFO, logger=ACCESS)
    client.get("/search?q=secure+email")
    anonymous.get("/api/home")
    anonymous.get("/healthz")
    lines = access_lines(caplog)
    assert len(lines) == 3, lines
    searched, refused, health = lines
    assert searched.split()[1:4] == ["GET", "/search", "200"] and searched.endswith(f"user={OFFICER[0]}")
    assert refused.split()[1:4] == ["GET", "/api/home", "401"] and refused.endswith("user=-")
    assert health.split()[1:4] == ["GET", "/healthz", "200"]
    for line in lines:
        assert line.split()[5] == "ms" and float(line.split()[4]) >= 0
    assert "secure" not in searched and "?" not in searched  # the query string stays out of the log


def test_a_sign_in_is_logged_without_its_password(ingested_app, caplog):
    caplog.set_level(logging.INFO, logger=ACCESS)
    browser = ingested_app.test_client()
    assert sign_in(browser, *OFFICER).status_code == 302
    posted = [line for line in access_lines(caplog) if " POST /login " in line]
    assert len(posted) == 1 and posted[0].endswith(f"user={OFFICER[0]}")
    assert OFFICER[1] not in caplog.text


# ---- behind a reverse proxy ------------------------------------------------------------------------


def through(app, headers: dict[str, str]) -> dict:
    """The WSGI environ after the app saw a /healthz request from 10.0.0.2 (ProxyFix rewrites it in place)."""
    from werkzeug.test import EnvironBuilder

    environ = EnvironBuilder("/healthz", headers=headers, environ_base={"REMOTE_ADDR": "10.0.0.2"}).get_environ()
    response = app.wsgi_app(environ, lambda status, headers, exc_info=None: None)
    b"".join(response)
    getattr(response, "close", lambda: None)()
    return environ


def test_forwarded_headers_count_only_from_trusted_proxies(ingested_app, fresh_app, caplog):
    caplog.set_level(logging.INFO, logger=ACCESS)
    forwarded = {"X-Forwarded-For": "203.0.113.7", "X-Forwarded-Proto": "https", "X-Forwarded-Host": "board.example"}

    direct = through(ingested_app, forwarded)  # TRUSTED_PROXIES=0: the headers are only a client's claim
    assert (direct["REMOTE_ADDR"], direct["wsgi.url_scheme"], direct["HTTP_HOST"]) == ("10.0.0.2", "http", "localhost")
    assert access_lines(caplog)[-1].startswith("10.0.0.2 GET /healthz 200")

    proxied = through(fresh_app(TRUSTED_PROXIES=1), forwarded)
    assert (proxied["REMOTE_ADDR"], proxied["wsgi.url_scheme"], proxied["HTTP_HOST"]) == \
        ("203.0.113.7", "https", "board.example")
    assert access_lines(caplog)[-1].startswith("203.0.113.7 GET /healthz 200")


def test_trusted_proxies_must_be_a_number(tmp_path, monkeypatch):
    from webapp.settings import load_settings

    monkeypatch.setenv("BOARDGRAPH_TRUSTED_PROXIES", "yes")
    with pytest.raises(ValueError, match="BOARDGRAPH_TRUSTED_PROXIES must be a whole number"):
        load_settings({"DATA_DIR": tmp_path})


# ---- CSV for spreadsheets ----------------------------------------------------------------------------


def test_search_export_csv_starts_with_a_bom_and_keeps_the_papers_dashes(client):
    response = client.get("/search/export?q=London&format=csv")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    raw = response.get_data()
    assert raw.startswith(codecs.BOM_UTF8)
    text = raw.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows and "title" in rows[0]
    assert "\u2013" in text  # an en dash of a paper, intact in UTF-8 ("London Board \u2013 a paper ...")
