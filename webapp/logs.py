"""Logging: one setup for the server and the CLI, and one access log line per request.

`configure_logging(stream, level)` sends the root logger to `stream` with ISO-8601 UTC
timestamps: `boardgraph serve` logs to stdout (where a container's logs are collected), the
other commands log warnings to stderr so their --json output stays clean.

The access log (logger "boardgraph.access", INFO) has one line per request: client address
(the proxy's X-Forwarded-For only when BOARDGRAPH_TRUSTED_PROXIES is set), method, path,
status, milliseconds and user. The path never carries the query string: searches are
the board's words, and a form's fields (passwords) are never logged.
"""
from __future__ import annotations

import logging
import sys
import time
from datetime import datetime, timezone
from typing import IO

from flask import Flask, g, request

ACCESS = logging.getLogger("boardgraph.access")
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class IsoFormatter(logging.Formatter):
    """Timestamps as ISO 8601 in UTC with milliseconds (2026-01-31T09:15:02.123+00:00)."""

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:  # noqa: N802 - logging's name
        return datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds")


class _BoardgraphHandler(logging.StreamHandler):
    """The handler configure_logging installs (so a second call replaces it instead of doubling lines)."""


def configure_logging(stream: IO[str] | None = None, level: str | int = "INFO", fmt: str = FORMAT) -> None:
    """Send every logger's records to `stream` (default stdout) at `level` and above, as `fmt` lays them out
    (several server processes name each line's pid: webapp.workers)."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, _BoardgraphHandler)]:
        root.removeHandler(handler)
    handler = _BoardgraphHandler(stream or sys.stdout)
    handler.setFormatter(IsoFormatter(fmt))
    root.addHandler(handler)
    root.setLevel(level.upper() if isinstance(level, str) else level)


def _start_clock() -> None:
    g.request_started = time.perf_counter()


def _log_request(response):
    started = g.get("request_started")
    ms = (time.perf_counter() - started) * 1000 if started is not None else 0.0
    user = g.get("user") or {}
    ACCESS.info("%s %s %s %s %.1f ms user=%s", request.remote_addr or "-", request.method, request.path,
                response.status_code, ms, user.get("name") or "-")
    return response


def init_app(app: Flask) -> None:
    """Register first: the clock starts before the login guard, and the line (an after_request
    hook runs in reverse order) is written last, with the final status."""
    app.before_request(_start_clock)
    app.after_request(_log_request)
