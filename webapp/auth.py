"""Sign-in: the app-wide login guard, sessions, API tokens and roles.

Every request except /login, /static and /healthz needs a user:
- browsers sign in at /login and carry a session cookie (8 hours);
- scripts send `Authorization: Bearer <token>` (issued with `boardgraph users
  token NAME` or on the users page); a token works on every route.
The guard puts the user in `g.user` (a dict from UserStore, or None) and how it
was authenticated in `g.auth_method` ("session" | "token"); templates see it as
`current_user`. Anonymous browsers are sent to /login?next=..., anonymous API
calls get a 401 in the one error shape. Roles: officer (read), admin (also
ingest, delete, curate, manage users) - see `admin_required`.
"""
from __future__ import annotations

from functools import wraps
from typing import Any, Callable
from urllib.parse import urlsplit

from flask import (Blueprint, Flask, abort, current_app, g, jsonify, redirect, render_template, request,
                   session, url_for)

from webapp.audit import audit
from webapp.errors import error_body, wants_json
from webapp.users import UserStore, normalise_name

bp = Blueprint("auth", __name__)

PUBLIC_ENDPOINTS = {"auth.login", "auth.healthz", "static"}


def get_users() -> UserStore:
    return current_app.extensions["users"]


def _bearer_token() -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def _load_user() -> None:
    """Set g.user and g.auth_method from the bearer token or the session (token wins when sent)."""
    g.user, g.auth_method = None, None
    if "Authorization" in request.headers:
        token = _bearer_token()
        user = get_users().user_for_token(token) if token else None
        if user is None and request.endpoint not in PUBLIC_ENDPOINTS:
            abort(401, "That API token is not valid (or its user is disabled); "
                       "send 'Authorization: Bearer <token>'.")
        g.user, g.auth_method = user, ("token" if user else None)
        return
    name = session.get("user")
    if not name:
        return
    user = get_users().get(name)
    if user is None or user["disabled"] or session.get("stamp") != get_users().session_stamp(name):
        session.clear()  # disabled, deleted or password reset since this session began
        return
    g.user, g.auth_method = user, "session"


def _guard():
    _load_user()
    if g.user is not None or request.endpoint in PUBLIC_ENDPOINTS:
        return None
    if wants_json():
        return jsonify(error_body(401, "Sign in first: send 'Authorization: Bearer <token>'.")), 401
    return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))


def admin_required(view: Callable[..., Any]) -> Callable[..., Any]:
    """Let admins through; officers get a 403 (the guard has already turned away anonymous users)."""
    @wraps(view)
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        require_admin()
        return view(*args, **kwargs)
    return wrapped


def require_admin() -> None:
    user = g.get("user")
    if user is None:
        abort(401, "Sign in first.")
    if user["role"] != "admin":
        abort(403, "Only admins can do that; you are signed in as an officer.")


def _safe_next(target: str | None) -> str:
    """Only a path on this site: never '//evil.example' or 'https://evil.example'."""
    if not target:
        return url_for("pages.home")
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return url_for("pages.home")
    return target


@bp.route("/login", methods=["GET", "POST"])
def login():
    next_url = request.values.get("next", "")
    if request.method == "GET":
        if g.get("user"):
            return redirect(_safe_next(next_url))
        return render_template("login.html", next=next_url, name="", error=None)
    name = normalise_name(request.form.get("name", ""))
    password = request.form.get("password", "")
    ip = request.remote_addr or ""
    users = get_users()
    wait = users.login_blocked(name, ip)
    if wait:
        audit("login.blocked", f"too many failures for {name!r}", who=name or None)
        message = (f"Too many failed sign-ins for {name!r} from your address; "
                   f"try again in {max(1, round(wait / 60))} minutes.")
        return render_template("login.html", next=next_url, name=name, error=message), 429
    user = users.verify(name, password) if name and password else None
    if user is None:
        users.record_failure(name, ip)
        audit("login.failed", f"wrong name or password for {name!r}", who=name or None)
        return render_template("login.html", next=next_url, name=name,
                               error="Wrong name or password (or the account is disabled)."), 401
    users.clear_failures(name, ip)
    session.clear()
    session.permanent = True
    session["user"] = user["name"]
    session["stamp"] = users.session_stamp(user["name"])
    g.user = user
    audit("login", f"signed in as {user['role']}")
    return redirect(_safe_next(next_url))


@bp.route("/logout", methods=["POST"])
def logout():
    if g.get("user"):
        audit("logout")
    session.clear()
    return redirect(url_for("auth.login"))


@bp.route("/healthz")
def healthz():
    """Readiness for load balancers and the image's HEALTHCHECK: 200 when the graph and the search
    index both answer, 503 when either does not. No sign-in, so it says nothing more: no counts of
    papers or users, no error text, no versions (those are in the log and `boardgraph check`)."""
    from webapp.app_archive import get_archive, readiness

    ready = readiness(get_archive())
    body = {"ok": all(ready.values()), **{name: "ready" if up else "unavailable" for name, up in ready.items()}}
    return jsonify(body), 200 if body["ok"] else 503


@bp.route("/api/me")
def me():
    """Who the caller is (handy to test a token)."""
    return jsonify({"ok": True, "user": g.user, "auth": g.auth_method})


def init_app(app: Flask) -> None:
    """Register the guard first, so later before_request hooks (CSRF) can rely on g.user."""
    app.extensions["users"] = UserStore(app.config["DATA_DIR"])
    app.before_request(_guard)
    app.register_blueprint(bp)
    app.context_processor(lambda: {"current_user": g.get("user")})
