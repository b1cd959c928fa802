"""Every statement of graph/queries.py passes Neo4j 5's own linter (grammar and semantic analysis).

No Neo4j server runs here, so npm `@neo4j-cypher/language-support` (tools/cypherlint)
checks the queries offline: syntax errors, undefined variables, aggregation mistakes,
parameters not passed, and labels, relationship types or properties that are not in
the schema lists of graph/queries.py (typos). Skipped when node or the linter's
node_modules is missing, except in CI (CI=true), where that is a failure.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from graph import queries

LINT_DIR = Path(__file__).resolve().parents[1] / "tools" / "cypherlint"
PARAM = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")


def _procedure(name: str, args: list[tuple[str, str, str | None]], returns: list[tuple[str, str]]) -> dict:
    """A procedure as Neo4j 5's `SHOW PROCEDURES` describes it, for the linter's schema.
    args: (name, type, default or None); an argument with a default may be left out."""
    signature = (f"{name}({', '.join(f'{a} :: {t}' for a, t, _ in args)})"
                 + (f" :: ({', '.join(f'{r} :: {t}' for r, t in returns)})" if returns else " :: VOID"))
    arguments = [{"name": a, "type": t, "description": "", "isDeprecated": False,
                  **({"default": f"DefaultParameterValue{{value={d}, type={t}}}"} if d is not None else {})}
                 for a, t, d in args]
    return {"name": name, "description": "", "mode": "READ", "worksOnSystem": False, "signature": signature,
            "argumentDescription": arguments,
            "returnDescription": [{"name": r, "type": t, "description": "", "isDeprecated": False}
                                  for r, t in returns],
            "admin": False, "option": {"deprecated": False}}


# The procedures graph/queries.py may call on Neo4j 5 (signatures as Neo4j 5 declares them), so a
# procedure Neo4j does not have (FalkorDB's `db.idx.fulltext.queryNodes`) or a wrong YIELD is an error.
NEO4J_PROCEDURES = {"CYPHER 5": {
    "db.index.fulltext.queryNodes": _procedure(
        "db.index.fulltext.queryNodes",
        [("indexName", "STRING", None), ("queryString", "STRING", None), ("options", "MAP", "{}")],
        [("node", "NODE"), ("score", "FLOAT")]),
}}


def _linter() -> list[str]:
    node = shutil.which("node")
    missing = None
    if node is None:
        missing = "node is not installed"
    elif not (LINT_DIR / "node_modules" / "@neo4j-cypher" / "language-support").is_dir():
        missing = "tools/cypherlint/node_modules is missing (run `npm ci` in tools/cypherlint)"
    if missing:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"The Cypher linter cannot run in CI: {missing}.")
        pytest.skip(f"The Cypher linter cannot run: {missing}.")
    return [node, str(LINT_DIR / "lint.mjs")]


def _payload(named: dict[str, str]) -> dict:
    entries = []
    for name, query in named.items():
        used = sorted(set(PARAM.findall(query)))
        missing = [p for p in used if p not in queries.EXAMPLE_PARAMS]
        assert not missing, f"{name} uses parameters with no example in EXAMPLE_PARAMS: {missing}"
        entries.append({"name": name, "query": query,
                        "parameters": {p: queries.EXAMPLE_PARAMS[p] for p in used}})
    schema = {"labels": queries.LABELS, "relationshipTypes": queries.REL_TYPES,
              "propertyKeys": queries.PROPERTY_KEYS + queries.ROW_KEYS, "procedures": NEO4J_PROCEDURES}
    return {"schema": schema, "queries": entries}


def _lint(command: list[str], named: dict[str, str]) -> dict[str, list[dict]]:
    done = subprocess.run(command, input=json.dumps(_payload(named)), capture_output=True, text=True,
                          timeout=300, cwd=LINT_DIR)
    assert done.returncode in (0, 1), f"lint.mjs failed: {done.stderr}"
    return {r["name"]: r["diagnostics"] for r in json.loads(done.stdout)}


def test_every_statement_passes_neo4j_lint():
    command = _linter()
    named = queries.statements()
    assert len(named) > 60  # the tables of per-label statements are expanded too
    results = _lint(command, named)
    assert set(results) == set(named)
    problems = {name: [f"{d['severity']} at {d['line']}:{d['column']}: {d['message']}" for d in diags]
                for name, diags in results.items() if diags}
    assert problems == {}


def test_per_backend_statements_differ_only_in_the_procedure_call():
    """The one exception to "one Cypher for both backends" (graph/README.md): the full-text CALL line."""
    per_backend = {name: value for name, value in vars(queries).items()
                   if name.isupper() and isinstance(value, dict) and set(value) == set(queries.BACKENDS)}
    assert {"ACTIONS_MENTIONING_INDEXED", "ITEMS_MENTIONING_INDEXED", "ACTIONS_FILTERED_INDEXED"} <= set(per_backend)
    for name, variants in per_backend.items():
        falkor, neo = (variants[k].strip().split("\n", 1) for k in ("falkordb", "neo4j"))
        assert falkor[1] == neo[1], name
        assert falkor[0].startswith("CALL db.idx.fulltext.queryNodes(") and \
            neo[0].startswith("CALL db.index.fulltext.queryNodes("), name
    assert all(not name.endswith("[falkordb]") for name in queries.statements())


def test_the_linter_knows_neo4j_procedures():
    command = _linter()
    falkor = queries.ACTIONS_MENTIONING_INDEXED["falkordb"]
    results = _lint(command, {"falkordb_procedure": falkor,
                              "wrong_yield": "CALL db.index.fulltext.queryNodes('action_text', $ft) YIELD nodes "
                                             "RETURN nodes AS n",
                              "fine": queries.ACTIONS_MENTIONING_INDEXED["neo4j"]})
    assert any("db.idx.fulltext.queryNodes" in d["message"] for d in results["falkordb_procedure"])
    assert results["wrong_yield"] and results["fine"] == []


def test_the_linter_does_catch_mistakes():
    command = _linter()
    results = _lint(command, {
        "undefined": "MATCH (p:Person) RETURN q.key AS key",
        "syntax": "MATCH (p:Person RETURN p.key",
        "typo_label": "MATCH (p:Persn) RETURN p.key AS key",
        "typo_property": "MATCH (p:Person) RETURN p.kye AS key",
        "fine": "MATCH (p:Person {key: $key}) RETURN p.name AS name",
    })
    assert all(results[name] for name in ("undefined", "syntax", "typo_label", "typo_property"))
    assert results["fine"] == []
