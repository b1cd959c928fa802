"""The user store: accounts, roles, API tokens and the login rate limit, in `<data_dir>/users.sqlite`.

Passwords are stored as argon2 hashes; API tokens are random 256-bit strings
stored only as their SHA-256 (a token has full entropy, so a fast hash is
enough and a lookup needs no scan). Every method opens its own short-lived
connection, so one store is safe to share between the web server's threads,
the background job thread and the CLI.

Public user dicts never carry a hash: `{"name", "role", "disabled",
"created", "has_token", "token_created"}`.
"""
from __future__ import annotations

import hashlib
import re
import secrets
import sqlite3
import time
from contextlib import closing, contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

ROLES = ("officer", "admin")
MIN_PASSWORD = 10
MAX_FAILURES = 5  # failed logins per (name, ip) ...
FAILURE_WINDOW = 15 * 60  # ... within this many seconds
TOKEN_PREFIX = "bg_"
_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    name TEXT PRIMARY KEY,
    role TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0,
    created TEXT NOT NULL,
    token_hash TEXT UNIQUE,
    token_created TEXT
);
CREATE TABLE IF NOT EXISTS login_failures (
    name TEXT NOT NULL,
    ip TEXT NOT NULL,
    at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS login_failures_key ON login_failures (name, ip, at);
"""


class UserError(ValueError):
    """A request the store refuses; the message is a sentence for the user."""


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def normalise_name(name: str) -> str:
    return (name or "").strip().lower()


class UserStore:
    """Accounts of one data directory."""

    def __init__(self, data_dir: Path | str) -> None:
        self.path = Path(data_dir) / "users.sqlite"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._hasher = PasswordHasher()
        # verify() hashes against this when the name is unknown, so a wrong name
        # takes as long as a wrong password and does not reveal who has an account.
        self._dummy_hash = self._hasher.hash(secrets.token_hex(8))
        with self._db() as db:
            db.executescript(_SCHEMA)
        self.path.chmod(0o600)

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        with closing(sqlite3.connect(self.path, timeout=10)) as db:
            db.row_factory = sqlite3.Row
            with db:  # one transaction: commit on success, roll back on error
                yield db

    # ---- accounts --------------------------------------------------------

    def add(self, name: str, role: str, password: str) -> dict[str, Any]:
        """Create an account. Raises UserError for a bad name, role, weak password or a taken name."""
        name = normalise_name(name)
        if not _NAME.match(name):
            raise UserError("A user name is 1-64 characters: lower-case letters, digits, '.', '_' or '-', "
                            "starting with a letter or digit.")
        self._check_role(role)
        self._check_password(password)
        try:
            with self._db() as db:
                db.execute("INSERT INTO users (name, role, password_hash, created) VALUES (?, ?, ?, ?)",
                           (name, role, self._hasher.hash(password), _now()))
        except sqlite3.IntegrityError as ex:
            raise UserError(f"There is already a user called {name!r}.") from ex
        return self.get(name)  # type: ignore[return-value]

    def get(self, name: str) -> dict[str, Any] | None:
        with self._db() as db:
            row = db.execute("SELECT * FROM users WHERE name = ?", (normalise_name(name),)).fetchone()
        return _public(row) if row else None

    def list(self) -> list[dict[str, Any]]:
        with self._db() as db:
            return [_public(r) for r in db.execute("SELECT * FROM users ORDER BY name")]

    def verify(self, name: str, password: str) -> dict[str, Any] | None:
        """The user when the password is right and the account enabled, else None."""
        with self._db() as db:
            row = db.execute("SELECT * FROM users WHERE name = ?", (normalise_name(name),)).fetchone()
        stored = row["password_hash"] if row else self._dummy_hash
        try:
            self._hasher.verify(stored, password or "")
        except (VerificationError, InvalidHashError):
            return None
        if row is None or row["disabled"]:
            return None
        if self._hasher.check_needs_rehash(stored):
            with self._db() as db:
                db.execute("UPDATE users SET password_hash = ? WHERE name = ?",
                           (self._hasher.hash(password), row["name"]))
        return _public(row)

    def set_password(self, name: str, password: str) -> None:
        self._check_password(password)
        self._update(name, "password_hash = ?", self._hasher.hash(password))

    def disable(self, name: str) -> None:
        """Disable an account: its sessions and API token stop working at once."""
        self._update(name, "disabled = ?", 1)

    def enable(self, name: str) -> None:
        self._update(name, "disabled = ?", 0)

    def session_stamp(self, name: str) -> str | None:
        """A short fingerprint of the password hash: a session remembers it, so a reset ends old sessions."""
        with self._db() as db:
            row = db.execute("SELECT password_hash FROM users WHERE name = ?", (normalise_name(name),)).fetchone()
        return hashlib.sha256(row["password_hash"].encode()).hexdigest()[:16] if row else None

    # ---- API tokens ------------------------------------------------------

    def create_token(self, name: str) -> str:
        """Issue a new API token (replacing any earlier one) and return it; only its hash is kept."""
        token = TOKEN_PREFIX + secrets.token_urlsafe(32)
        with self._db() as db:
            cursor = db.execute("UPDATE users SET token_hash = ?, token_created = ? WHERE name = ?",
                                (_token_hash(token), _now(), normalise_name(name)))
            if cursor.rowcount == 0:
                raise UserError(f"There is no user called {name!r}.")
        return token

    def revoke_token(self, name: str) -> None:
        self._update(name, "token_hash = NULL, token_created = NULL")

    def user_for_token(self, token: str) -> dict[str, Any] | None:
        """The enabled user holding this token, else None."""
        if not token or not token.startswith(TOKEN_PREFIX):
            return None
        with self._db() as db:
            row = db.execute("SELECT * FROM users WHERE token_hash = ?", (_token_hash(token),)).fetchone()
        return _public(row) if row and not row["disabled"] else None

    # ---- login rate limit ------------------------------------------------

    def login_blocked(self, name: str, ip: str) -> int:
        """Seconds until this name may try again from this address (0 when not blocked)."""
        since = time.time() - FAILURE_WINDOW
        with self._db() as db:
            db.execute("DELETE FROM login_failures WHERE at < ?", (since,))
            rows = db.execute("SELECT at FROM login_failures WHERE name = ? AND ip = ? ORDER BY at DESC",
                              (normalise_name(name), ip or "")).fetchall()
        if len(rows) < MAX_FAILURES:
            return 0
        oldest_counted = rows[MAX_FAILURES - 1]["at"]
        return max(1, int(oldest_counted + FAILURE_WINDOW - time.time()) + 1)

    def record_failure(self, name: str, ip: str) -> None:
        with self._db() as db:
            db.execute("INSERT INTO login_failures (name, ip, at) VALUES (?, ?, ?)",
                       (normalise_name(name), ip or "", time.time()))

    def clear_failures(self, name: str, ip: str) -> None:
        with self._db() as db:
            db.execute("DELETE FROM login_failures WHERE name = ? AND ip = ?", (normalise_name(name), ip or ""))

    # ---- helpers ---------------------------------------------------------

    def _update(self, name: str, assignment: str, *values: Any) -> None:
        with self._db() as db:
            cursor = db.execute(f"UPDATE users SET {assignment} WHERE name = ?", (*values, normalise_name(name)))
            if cursor.rowcount == 0:
                raise UserError(f"There is no user called {name!r}.")

    @staticmethod
    def _check_role(role: str) -> None:
        if role not in ROLES:
            raise UserError(f"A role is one of {', '.join(ROLES)}, not {role!r}.")

    @staticmethod
    def _check_password(password: str) -> None:
        if len(password or "") < MIN_PASSWORD:
            raise UserError(f"A password needs at least {MIN_PASSWORD} characters.")


def _public(row: sqlite3.Row) -> dict[str, Any]:
    return {"name": row["name"], "role": row["role"], "disabled": bool(row["disabled"]),
            "created": row["created"], "has_token": row["token_hash"] is not None,
            "token_created": row["token_created"]}
