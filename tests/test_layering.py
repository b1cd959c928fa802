"""The packages' layering: each imports only the packages below it, never one above.

    ingest  <-  graph, search  <-  ask (reads the graph), archive (the write path)  <-  webapp  <-  bench

Read from every module's import statements (those inside functions too), so a lazy
import cannot slip an upward dependency past it.
"""
from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PROJECT = {"ingest", "graph", "search", "ask", "archive", "webapp", "bench", "tests"}
WEB = {"flask", "flask_wtf", "waitress"}
ALLOWED = {  # the project's packages (and web frameworks) each package may import
    "ingest": {"ingest"},
    "graph": {"graph", "ingest"},
    "search": {"search", "ingest"},
    "ask": {"ask", "graph", "ingest"},
    "archive": {"archive", "graph", "search", "ingest"},
}


def imported(package: str) -> dict[str, set[str]]:
    """Each module of a package (path relative to the root) -> the top-level names it imports."""
    found = {}
    for path in sorted((ROOT / package).rglob("*.py")):
        names = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                names |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
        found[path.relative_to(ROOT).as_posix()] = names
    return found


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_a_package_imports_only_the_packages_below_it(package):
    upward = {module: sorted(names & (PROJECT | WEB) - ALLOWED[package])
              for module, names in imported(package).items()}
    assert not {m: n for m, n in upward.items() if n}, f"{package}/ imports a package above it"


def test_the_reader_finds_an_upward_import(tmp_path, monkeypatch):
    """The check itself: a lazy `from webapp...` inside a function of archive/ is seen."""
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "bad.py").write_text("def f():\n    from webapp.users import UserStore\n    import flask\n")
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    assert imported("archive") == {"archive/bad.py": {"webapp", "flask"}}
