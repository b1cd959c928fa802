"""Settings: defaults, then `BOARDGRAPH_*` environment variables, then the caller's mapping.

Secrets (the Flask secret key, the Neo4j password) come from the environment
only; nothing secret is written in the repository.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Mapping

DEFAULTS: dict[str, Any] = {
    "DATA_DIR": "./data",
    "NEO4J_URI": None,
    "NEO4J_USER": "neo4j",
    "NEO4J_PASSWORD": None,
    "NEO4J_DATABASE": None,
    "SECRET_KEY": None,
    "ENV": "development",  # "production" refuses to start without SECRET_KEY
    "MAX_UPLOAD_MB": 50,
    "COOKIE_SECURE": None,  # None: Secure cookies except on localhost/testing; "false" for plain-http deployments
    "TRUSTED_PROXIES": 0,  # reverse proxies in front whose X-Forwarded-* headers are believed (ProxyFix)
    "LOG_LEVEL": "INFO",  # of `boardgraph serve`'s log on stdout
    "WORKERS": 1,  # server processes of `boardgraph serve` (webapp.workers); more than 1 shares the job queue
}


def load_settings(overrides: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Merge defaults, `BOARDGRAPH_<KEY>` environment variables and explicit overrides."""
    settings = dict(DEFAULTS)
    for key in DEFAULTS:
        value = os.environ.get(f"BOARDGRAPH_{key}")
        if value not in (None, ""):
            settings[key] = value
    if overrides:
        settings.update({k: v for k, v in overrides.items() if v is not None})
    settings["DATA_DIR"] = Path(settings["DATA_DIR"]).resolve()
    for key in ("MAX_UPLOAD_MB", "TRUSTED_PROXIES", "WORKERS"):
        try:
            settings[key] = int(settings[key])
        except (TypeError, ValueError):
            raise ValueError(f"BOARDGRAPH_{key} must be a whole number, not {settings[key]!r}.") from None
    return settings


def graph_options(settings: Mapping[str, Any]) -> dict[str, Any]:
    """The keyword arguments `graph.open_graph` takes, from settings."""
    return {
        "neo4j_uri": settings.get("NEO4J_URI"),
        "neo4j_user": settings.get("NEO4J_USER"),
        "neo4j_password": settings.get("NEO4J_PASSWORD"),
        "neo4j_database": settings.get("NEO4J_DATABASE"),
    }
