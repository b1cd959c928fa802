"""Shared fixtures: a real app on a temporary data dir with the samples ingested.

Stores are never mocked: the embedded FalkorDB, the Whoosh index and spaCy all
run for real. The ingested app is session-scoped because ingest runs spaCy;
tests that write use their own data dirs.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOLD = Path(__file__).resolve().parent / "gold"
REAL = GOLD / "real"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

OFFICER = ("officer", "officer-password-1")
ADMIN = ("admin", "admin-password-1")


@pytest.fixture(scope="session")
def ingested_app(tmp_path_factory):
    """The web app over a data dir holding the five sample papers, with an officer and an admin."""
    from webapp import create_app
    from webapp.app_archive import get_archive

    data_dir = tmp_path_factory.mktemp("data")
    app = create_app({"DATA_DIR": data_dir, "TESTING": True, "SECRET_KEY": "test-secret",
                      "WTF_CSRF_ENABLED": False})
    with app.app_context():
        results = get_archive().ingest_files(sorted(SAMPLES.glob("*.txt")))
    assert [r.status for r in results] == ["added"] * 5, results
    app.config["TEST_TOKENS"] = _make_users(data_dir)
    yield app
    with app.app_context():
        get_archive().close()


def _make_users(data_dir: Path) -> dict[str, str]:
    """Create the officer and admin accounts; return their API tokens (empty before accounts exist)."""
    try:
        from webapp.users import UserStore
    except ImportError:
        return {}
    store = UserStore(data_dir)
    tokens = {}
    for (name, password), role in ((OFFICER, "officer"), (ADMIN, "admin")):
        store.add(name, role, password)
        tokens[role] = store.create_token(name)
    return tokens


def _client(app, role: str | None):
    client = app.test_client()
    token = app.config.get("TEST_TOKENS", {}).get(role) if role else None
    if token:
        client.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {token}"
    return client


@pytest.fixture
def client(ingested_app):
    """A test client signed in as an officer (read-only)."""
    return _client(ingested_app, "officer")


@pytest.fixture
def anonymous(ingested_app):
    return _client(ingested_app, None)


@pytest.fixture
def archive(ingested_app):
    from webapp.app_archive import get_archive

    with ingested_app.app_context():
        yield get_archive()


@pytest.fixture(scope="session")
def sample_papers():
    """The five samples extracted once: {file name: Paper}."""
    from ingest.pipeline import extract_file

    return {p.name: extract_file(p) for p in sorted(SAMPLES.glob("*.txt"))}


@pytest.fixture(scope="session")
def real_archive(tmp_path_factory):
    """An archive of the samples and the real papers of other boards (tests/gold/real), as an officer
    would hold it: the ask box's question set and the real-paper answers are asked of it."""
    from archive import Archive

    with Archive(tmp_path_factory.mktemp("real-data")) as opened:
        results = opened.ingest_files(sorted(SAMPLES.glob("*.txt")) + sorted(REAL.glob("*.txt")))
        assert all(r.status == "added" for r in results), [(r.filename, r.status, r.error) for r in results]
        yield opened
