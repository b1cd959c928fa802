"""The boardgraph web app: an application factory (no module-level app).

`create_app(config)` reads settings (defaults, `BOARDGRAPH_*` env, then
`config`), opens the archive of the data dir (starting or attaching to the
embedded graph), and registers one blueprint per audience. Behind reverse proxies,
TRUSTED_PROXIES (a count) makes the app believe their X-Forwarded-For/-Proto/-Host/
-Port/-Prefix headers (werkzeug's ProxyFix); with 0 (the default) a client cannot spoof them.
"""
from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any, Mapping

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix

from webapp.settings import load_settings


def secret_key(settings: Mapping[str, Any]) -> str:
    """The session key: from the environment; in development a random key kept in the data dir."""
    if settings.get("SECRET_KEY"):
        return str(settings["SECRET_KEY"])
    if settings.get("ENV") == "production":
        raise RuntimeError("BOARDGRAPH_SECRET_KEY must be set in production (BOARDGRAPH_ENV=production).")
    path = Path(settings["DATA_DIR"]) / "secret_key"
    if not path.exists():
        # Written aside and linked into place: of server processes starting at once, the first
        # link wins and every process reads that one key (sessions and CSRF work across them).
        path.parent.mkdir(parents=True, exist_ok=True)
        draft = path.with_name(f".secret_key-{os.getpid()}")
        draft.write_text(secrets.token_hex(32))
        draft.chmod(0o600)
        try:
            os.link(draft, path)
        except FileExistsError:
            pass
        finally:
            draft.unlink()
    return path.read_text().strip()


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    """Build the app. `config` may set DATA_DIR, NEO4J_URI, SECRET_KEY, TESTING, ..."""
    settings = load_settings(config)
    app = Flask(__name__)
    app.config.update(settings)
    app.config.update({k: v for k, v in (config or {}).items() if k not in settings})
    app.config["SECRET_KEY"] = secret_key(settings)
    app.config["MAX_CONTENT_LENGTH"] = settings["MAX_UPLOAD_MB"] * 1024 * 1024
    app.json.sort_keys = False
    proxies = settings["TRUSTED_PROXIES"]
    if proxies > 0:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=proxies, x_proto=proxies, x_host=proxies,  # type: ignore[method-assign]
                                x_port=proxies, x_prefix=proxies)

    from webapp import app_archive, errors, logs, routes, urls

    logs.init_app(app)  # first: its clock starts before the login guard runs
    app_archive.init_app(app)
    from webapp import admin, audit, auth, security

    audit.init_app(app)
    auth.init_app(app)  # the login guard: registered first, so it runs before the CSRF check
    security.init_app(app)  # CSRF (skipped for API-token requests), cookie flags, secure headers
    admin.init_app(app)  # admin pages, their /api/admin twins and the background ingest jobs
    errors.init_app(app)
    routes.init_app(app)
    urls.init_app(app)  # templates' url_for, fast for one-value links
    return app
