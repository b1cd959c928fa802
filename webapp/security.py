"""Browser-facing protections: session cookie flags, CSRF on every form, secure headers.

CSRF: every POST/PUT/PATCH/DELETE made with the session cookie must carry the
form's `csrf_token` (or an `X-CSRFToken` header). Requests authenticated by an
API token (`Authorization: Bearer ...`) are exempt: a browser never attaches
that header on its own, so a forged cross-site request cannot carry it.
The check runs after the login guard (webapp.auth), which records how the
request was authenticated in `g.auth_method`; call `auth.init_app` first.
"""
from __future__ import annotations

from datetime import timedelta

from flask import Flask, current_app, g, request
from flask_wtf.csrf import CSRFProtect

csrf = CSRFProtect()

SESSION_HOURS = 8
CONTENT_SECURITY_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                           "frame-ancestors 'none'; base-uri 'self'; form-action 'self'")
HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


def _check_csrf() -> None:
    if not current_app.config.get("WTF_CSRF_ENABLED", True) or g.get("auth_method") == "token":
        return
    csrf.protect(apply_exemptions=True)


def _secure_headers(response):
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    if request.path.startswith(("/admin", "/api/admin", "/login")):
        response.headers.setdefault("Cache-Control", "no-store")
    return response


def _cookie_secure(app: Flask) -> bool:
    """Secure cookies except in debug/testing. Browsers treat http://localhost and 127.0.0.1 as secure,
    so the demo still signs in; a plain-http deployment elsewhere sets COOKIE_SECURE=false explicitly."""
    explicit = app.config.get("COOKIE_SECURE")
    if explicit is None or explicit == "":
        return not (app.debug or app.testing)
    return str(explicit).strip().lower() not in ("0", "false", "no", "off")


def init_app(app: Flask) -> None:
    """Cookie flags, CSRF (checked by us, after the guard) and headers on every response."""
    app.config["SESSION_COOKIE_HTTPONLY"] = True
    app.config["SESSION_COOKIE_SAMESITE"] = "Lax"
    app.config["SESSION_COOKIE_SECURE"] = _cookie_secure(app)
    app.config["PERMANENT_SESSION_LIFETIME"] = timedelta(hours=SESSION_HOURS)
    # The token lives as long as the session: a form left open for an hour still submits.
    app.config.setdefault("WTF_CSRF_TIME_LIMIT", None)
    app.config["WTF_CSRF_CHECK_DEFAULT"] = False  # _check_csrf calls protect(), skipping token-auth requests
    csrf.init_app(app)
    app.before_request(_check_csrf)
    app.after_request(_secure_headers)
