"""The audit log: who did what, when, from where, in `<data_dir>/audit.sqlite`.

Logins (success and failure), logouts, ingests, deletes, curation decisions
and user changes are recorded from the web app and the CLI alike. Rows are
only ever appended; admins read them a page at a time or as CSV.
"""
from __future__ import annotations

import csv
import io
import sqlite3
from contextlib import closing, contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator

from flask import current_app, g, has_request_context, request

COLUMNS = ("id", "at", "who", "action", "what", "ip")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    who TEXT,
    action TEXT NOT NULL,
    what TEXT NOT NULL DEFAULT '',
    ip TEXT
);
"""


class AuditLog:
    """An append-only log of security-relevant events."""

    def __init__(self, data_dir: Path | str) -> None:
        self.path = Path(data_dir) / "audit.sqlite"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._db() as db:
            db.executescript(_SCHEMA)

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        with closing(sqlite3.connect(self.path, timeout=10)) as db:
            db.row_factory = sqlite3.Row
            with db:
                yield db

    def record(self, action: str, what: str = "", *, who: str | None = None, ip: str | None = None) -> None:
        """Append one event. `action` is a short verb ("login", "ingest", "user.disable", ...)."""
        with self._db() as db:
            db.execute("INSERT INTO audit (at, who, action, what, ip) VALUES (?, ?, ?, ?, ?)",
                       (datetime.now(timezone.utc).isoformat(timespec="seconds"), who, action, what, ip))

    def page(self, page: int = 1, per_page: int = 50, action: str | None = None) -> dict[str, Any]:
        """Newest first: `{"events": [...], "page", "per_page", "total"}`."""
        where, params = ("WHERE action = ?", [action]) if action else ("", [])
        with self._db() as db:
            total = db.execute(f"SELECT count(*) FROM audit {where}", params).fetchone()[0]
            rows = db.execute(f"SELECT * FROM audit {where} ORDER BY id DESC LIMIT ? OFFSET ?",
                              [*params, per_page, (page - 1) * per_page]).fetchall()
        return {"events": [dict(r) for r in rows], "page": page, "per_page": per_page, "total": total}

    def csv(self) -> Iterator[str]:
        """The whole log as CSV lines, oldest first (streamed)."""
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(COLUMNS)
        with self._db() as db:
            for row in db.execute("SELECT * FROM audit ORDER BY id"):
                writer.writerow([_cell(row[c]) for c in COLUMNS])
                if buffer.tell() > 16384:
                    yield buffer.getvalue()
                    buffer.seek(0)
                    buffer.truncate()
        yield buffer.getvalue()


def _cell(value: Any) -> Any:
    """Defuse spreadsheet formulas: a user-chosen name like '=HYPERLINK(...)' must stay text."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def get_audit() -> AuditLog:
    return current_app.extensions["audit"]


def audit(action: str, what: str = "", *, who: str | None = None) -> None:
    """Record an event of the current request: the signed-in user and the client address."""
    user = g.get("user") if has_request_context() else None
    ip = request.remote_addr if has_request_context() else None
    get_audit().record(action, what, who=who or (user["name"] if user else None), ip=ip)


def init_app(app) -> None:
    app.extensions["audit"] = AuditLog(app.config["DATA_DIR"])
