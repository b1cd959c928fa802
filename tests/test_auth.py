"""Sign-in, the login guard, API tokens, roles, CSRF, the rate limit and secure headers.

A real app on an empty data dir (no papers needed), with CSRF left ON: forms
are submitted the way a browser does, with the token read from the page.
"""
from __future__ import annotations

import re
import sqlite3

import pytest

from webapp.users import MAX_FAILURES, UserError, UserStore

ADMIN = ("ada", "ada-password-123")
OFFICER = ("otto", "otto-password-123")
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                               "frame-ancestors 'none'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


# ---- helpers other admin tests import -------------------------------------------------------------


def csrf_of(html: str) -> str:
    """The CSRF token of the first form on a page."""
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "no csrf_token field on the page"
    return match.group(1)


def sign_in(client, name: str, password: str, next_url: str = "", ip: str = "127.0.0.1"):
    """Sign in through the login form, as a browser does; returns the POST's response."""
    token = csrf_of(client.get("/login").get_data(as_text=True))
    return client.post("/login", data={"name": name, "password": password, "next": next_url, "csrf_token": token},
                       environ_base={"REMOTE_ADDR": ip})


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def audit_actions(app) -> list[str]:
    return [e["action"] for e in app.extensions["audit"].page(1, 1000)["events"]]


# ---- fixtures -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    from webapp import create_app

    app = create_app({"DATA_DIR": tmp_path_factory.mktemp("auth"), "TESTING": True, "SECRET_KEY": "test-secret"})
    users = app.extensions["users"]
    users.add(ADMIN[0], "admin", ADMIN[1])
    users.add(OFFICER[0], "officer", OFFICER[1])
    app.config["TOKENS"] = {"admin": users.create_token(ADMIN[0]), "officer": users.create_token(OFFICER[0])}
    yield app
    app.extensions["archive"].close()


@pytest.fixture
def client(app):
    return app.test_client()


# ---- the guard ----------------------------------------------------------------------------------


def test_anonymous_browser_is_sent_to_login_with_next(client):
    response = client.get("/search?q=fgm")
    assert response.status_code == 302
    assert response.headers["Location"] == "/login?next=/search?q%3Dfgm"
    assert client.get("/admin/").headers["Location"].startswith("/login?next=/admin/")


def test_anonymous_api_call_gets_401_in_the_error_shape(client):
    response = client.get("/api/home")
    assert response.status_code == 401
    assert response.json["ok"] is False and response.json["status"] == 401
    assert "Sign in" in response.json["error"]


def test_login_static_and_healthz_are_open(client):
    assert client.get("/login").status_code == 200
    assert client.get("/healthz").json == {"ok": True, "graph": "ready", "index": "ready"}
    assert client.get("/static/style.css").status_code == 200


def test_sign_in_lands_on_next_and_shows_the_user(client):
    response = sign_in(client, *OFFICER, next_url="/help")
    assert response.status_code == 302 and response.headers["Location"] == "/help"
    page = client.get("/help").get_data(as_text=True)
    assert "otto (officer)" in page and "Sign out" in page
    assert 'href="/admin/"' not in page  # officers see no admin link


def test_admin_sees_the_admin_link(client):
    sign_in(client, *ADMIN)
    assert 'href="/admin/"' in client.get("/help").get_data(as_text=True)


@pytest.mark.parametrize("target", ["//evil.example/x", "https://evil.example/", "/\\evil.example"])
def test_next_never_leaves_the_site(client, target):
    response = sign_in(client, *OFFICER, next_url=target)
    assert response.headers["Location"] == "/"


def test_session_cookie_flags(client):
    response = sign_in(client, *OFFICER)
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Expires=" in cookie
    assert "Secure" not in cookie  # testing: the test client speaks plain http


def test_cookie_is_secure_outside_debug_and_testing(tmp_path):
    from webapp import create_app

    app = create_app({"DATA_DIR": tmp_path, "SECRET_KEY": "k"})
    try:
        assert app.config["SESSION_COOKIE_SECURE"] is True
        assert app.config["PERMANENT_SESSION_LIFETIME"].total_seconds() == 8 * 3600
    finally:
        app.extensions["archive"].close()
    plain_http = create_app({"DATA_DIR": tmp_path, "SECRET_KEY": "k", "COOKIE_SECURE": "false"})
    try:
        assert plain_http.config["SESSION_COOKIE_SECURE"] is False
    finally:
        plain_http.extensions["archive"].close()


def test_wrong_password_is_refused_and_audited(app, client):
    response = sign_in(client, OFFICER[0], "not-the-password")
    assert response.status_code == 401
    assert "Wrong name or password" in response.get_data(as_text=True)
    assert client.get("/api/home").status_code == 401
    assert "login.failed" in audit_actions(app)


def test_logout_needs_post_with_csrf_and_ends_the_session(app, client):
    sign_in(client, *OFFICER)
    assert client.get("/logout").status_code == 405
    assert client.post("/logout").status_code == 400  # no CSRF token
    token = csrf_of(client.get("/help").get_data(as_text=True))
    assert client.post("/logout", data={"csrf_token": token}).status_code == 302
    assert client.get("/help").status_code == 302
    events = app.extensions["audit"].page(1, 5)["events"]
    assert events[0]["action"] == "logout" and events[0]["who"] == OFFICER[0] and events[0]["ip"] == "127.0.0.1"


def test_login_post_without_csrf_token_is_refused(client):
    response = client.post("/login", data={"name": OFFICER[0], "password": OFFICER[1]})
    assert response.status_code == 400
    assert "CSRF" in response.get_data(as_text=True)


def test_rate_limit_after_five_failures_per_name_and_address(app, client):
    users = app.extensions["users"]
    users.add("rita", "officer", "rita-password-123")
    for _ in range(MAX_FAILURES):
        assert sign_in(client, "rita", "wrong-password", ip="10.0.0.7").status_code == 401
    blocked = sign_in(client, "rita", "rita-password-123", ip="10.0.0.7")
    assert blocked.status_code == 429
    assert "Too many failed sign-ins" in blocked.get_data(as_text=True)
    assert "login.blocked" in audit_actions(app)
    # another address is not blocked, and its success does not unblock the first
    assert sign_in(app.test_client(), "rita", "rita-password-123", ip="10.0.0.8").status_code == 302
    assert sign_in(app.test_client(), "rita", "rita-password-123", ip="10.0.0.7").status_code == 429


# ---- sessions end when the account changes ---------------------------------------------------------


def test_disabling_a_user_ends_their_session(app, client):
    app.extensions["users"].add("dora", "officer", "dora-password-123")
    sign_in(client, "dora", "dora-password-123")
    assert client.get("/help").status_code == 200
    app.extensions["users"].disable("dora")
    assert client.get("/help").status_code == 302
    assert sign_in(client, "dora", "dora-password-123").status_code == 401


def test_password_reset_ends_old_sessions(app, client):
    app.extensions["users"].add("pete", "officer", "pete-password-123")
    sign_in(client, "pete", "pete-password-123")
    app.extensions["users"].set_password("pete", "pete-password-456")
    assert client.get("/help").status_code == 302
    assert sign_in(client, "pete", "pete-password-456").status_code == 302


# ---- API tokens -----------------------------------------------------------------------------------


def test_token_works_on_api_and_pages(app, client):
    headers = bearer(app.config["TOKENS"]["officer"])
    assert client.get("/api/home", headers=headers).status_code == 200
    assert client.get("/help", headers=headers).status_code == 200
    assert client.get("/api/me", headers=headers).json["user"]["name"] == OFFICER[0]


def test_bad_token_is_refused(client):
    response = client.get("/api/home", headers=bearer("bg_not-a-real-token"))
    assert response.status_code == 401 and "token is not valid" in response.json["error"]
    assert client.get("/help", headers=bearer("bg_not-a-real-token")).status_code == 401
    assert client.get("/healthz", headers=bearer("bg_not-a-real-token")).status_code == 200
    assert client.get("/api/home", headers={"Authorization": "Basic b3R0bzpwdw=="}).status_code == 401


def test_token_of_a_disabled_user_is_refused(app, client):
    users = app.extensions["users"]
    users.add("tess", "officer", "tess-password-123")
    token = users.create_token("tess")
    assert client.get("/api/home", headers=bearer(token)).status_code == 200
    users.disable("tess")
    assert client.get("/api/home", headers=bearer(token)).status_code == 401
    users.enable("tess")
    assert client.get("/api/home", headers=bearer(token)).status_code == 200


def test_a_new_token_replaces_the_old_one(app, client):
    users = app.extensions["users"]
    users.add("nina", "officer", "nina-password-123")
    old = users.create_token("nina")
    new = users.create_token("nina")
    assert client.get("/api/home", headers=bearer(old)).status_code == 401
    assert client.get("/api/home", headers=bearer(new)).status_code == 200


def test_token_posts_skip_csrf_but_session_posts_do_not(app, client):
    body = {"name": "viaapi", "role": "officer", "password": "viaapi-password-1"}
    response = client.post("/api/admin/users", json=body, headers=bearer(app.config["TOKENS"]["admin"]))
    assert response.status_code == 201 and response.json["user"]["name"] == "viaapi"
    sign_in(client, *ADMIN)
    response = client.post("/api/admin/users", json={**body, "name": "viasession"})
    assert response.status_code == 400 and "CSRF" in response.json["error"]


def test_officer_token_cannot_use_admin_api(app, client):
    response = client.get("/api/admin/users", headers=bearer(app.config["TOKENS"]["officer"]))
    assert response.status_code == 403 and response.json["error"].startswith("Only admins")


# ---- headers and settings ----------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/login", "/healthz", "/api/home", "/help", "/static/style.css", "/no-such-page"])
def test_security_headers_on_every_response(client, path):
    response = client.get(path)
    for name, value in SECURITY_HEADERS.items():
        assert response.headers[name].startswith(value), name


def test_pages_have_no_inline_scripts_or_styles(app, client):
    sign_in(client, *ADMIN)
    for path in ("/login", "/help", "/admin/", "/admin/users", "/admin/audit", "/admin/jobs", "/admin/curation"):
        html = client.get(path).get_data(as_text=True)
        assert not re.search(r"<script(?![^>]*\bsrc=)", html), path
        assert " style=" not in html and "<style" not in html, path


def test_production_refuses_to_start_without_a_secret_key(tmp_path, monkeypatch):
    from webapp import create_app

    monkeypatch.delenv("BOARDGRAPH_SECRET_KEY", raising=False)
    with pytest.raises(RuntimeError, match="BOARDGRAPH_SECRET_KEY must be set"):
        create_app({"DATA_DIR": tmp_path, "ENV": "production"})
    assert not (tmp_path / "secret_key").exists()


# ---- the user store ------------------------------------------------------------------------------------


def test_user_store_validates_and_hashes(tmp_path):
    store = UserStore(tmp_path)
    user = store.add("Alice", "admin", "alice-password-1")
    assert user == {"name": "alice", "role": "admin", "disabled": False, "created": user["created"],
                    "has_token": False, "token_created": None}
    for args, message in [(("alice", "admin", "another-password"), "already a user"),
                          (("bob", "boss", "bob-password-12"), "A role is one of"),
                          (("bob", "officer", "short"), "at least 10"),
                          (("../bob", "officer", "bob-password-12"), "A user name is")]:
        with pytest.raises(UserError, match=message):
            store.add(*args)
    assert store.verify("ALICE", "alice-password-1")["name"] == "alice"
    assert store.verify("alice", "wrong-password") is None
    assert store.verify("nobody", "alice-password-1") is None
    token = store.create_token("alice")
    assert store.user_for_token(token)["name"] == "alice"
    assert store.get("alice")["has_token"] is True
    with sqlite3.connect(tmp_path / "users.sqlite") as db:
        stored = db.execute("SELECT password_hash, token_hash FROM users").fetchone()
    assert stored[0].startswith("$argon2id$") and "alice-password-1" not in stored[0]
    assert token not in stored[1] and len(stored[1]) == 64
    store.disable("alice")
    assert store.verify("alice", "alice-password-1") is None
    assert store.user_for_token(token) is None
    with pytest.raises(UserError, match="no user called"):
        store.disable("nobody")
