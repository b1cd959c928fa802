"""The graph's half of an admin's curation decision: validate it against the graph, save the papers it touches again.

The log, the decisions in force and how names resolve through them are not the
graph's: they live in ingest.curation and ingest.resolve, read by both stores.
Recording or undoing a decision appends it to the log and saves the affected
papers again from their stored copies, through the same code path as ingest
(`save_paper` resolves names through `ingest.curation.resolvers`), and returns
their ids (`docs`). Call it through `archive.Archive.curate`, which then
re-indexes those papers: the one entry point that keeps both stores in step.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from ingest import curation as log
from ingest.curation import ACTIONS
from ingest.errors import CurationError
from ingest.names import clean_text, org_key
from ingest.resolve import Curated, base_person_key, follow
from graph import queries as q
from graph.errors import GraphError
from graph.possible_duplicates import update_candidates
from graph.store import curation_state, resave

if TYPE_CHECKING:
    from graph import Graph

__all__ = ["ACTIONS", "candidates", "history", "record", "state", "undo"]


def state(data_dir: Path) -> Curated:
    """The decisions in force; an unreadable log is a GraphError for the graph's callers."""
    return curation_state(data_dir)[0]


def history(data_dir: Path) -> list[dict]:
    """Every record, oldest first, with `undone` (ingest.curation.history, errors as GraphError)."""
    try:
        return log.history(data_dir)
    except CurationError as ex:
        raise GraphError(str(ex)) from ex


# ---- recording ---------------------------------------------------------------------------


def _exists(g: "Graph", label: str, key: str) -> bool:
    query = q.PERSON_KEY if label == "Person" else q.ORGANISATION_KEY
    return any(r["key"] == key for r in g.run(query, key=key))


def _validate(g: "Graph", action: str, args: dict[str, Any]) -> dict[str, Any]:
    if action not in ACTIONS:
        raise GraphError(f"Unknown curation action {action!r}; use one of {', '.join(ACTIONS)}.")
    missing = [k for k in ACTIONS[action] if not args.get(k)]
    if missing:
        raise GraphError(f"A {action} needs {', '.join(missing)}.")
    a = {k: args[k] for k in ACTIONS[action]}
    if action == "merge":
        for k in ("source", "target"):
            if not _exists(g, "Person", a[k]):
                raise GraphError(f"No person with key {a[k]!r}.")
        if a["source"] == a["target"] or follow(state(g.data_dir).merges, a["target"]) == a["source"]:
            raise GraphError(f"Cannot merge {a['source']!r} into {a['target']!r}: they would form a loop.")
        a["target_name"] = g.run(q.PERSON, key=a["target"])[0]["name"]
    elif action == "split":
        if not _exists(g, "Person", a["key"]):
            raise GraphError(f"No person with key {a['key']!r}.")
        a["doc_ids"] = sorted({str(d) for d in a["doc_ids"]})
        for doc_id in a["doc_ids"]:
            if not g.run(q.DOCUMENT_EXISTS, doc_id=doc_id):
                raise GraphError(f"No document with id {doc_id!r}.")
        a["new_key"] = base_person_key(a["new_key"])
        if a["new_key"] == a["key"]:
            raise GraphError("A split needs a new key different from the old one.")
    elif action == "rename_org":
        if not _exists(g, "Organisation", a["key"]):
            raise GraphError(f"No organisation with key {a['key']!r}.")
        a["name"] = clean_text(a["name"])
    elif action == "alias_org":
        if not _exists(g, "Organisation", a["target"]):
            raise GraphError(f"No organisation with key {a['target']!r}.")
        a["alias"] = clean_text(a["alias"])
        if org_key(a["alias"]) == a["target"]:
            raise GraphError(f"{a['alias']!r} is already the name of {a['target']!r}.")
        a["target_name"] = g.run(q.ORGANISATION, key=a["target"])[0]["name"]
    elif action == "reject_candidate":
        for k in ("a", "b"):
            if not _exists(g, "Person", a[k]):
                raise GraphError(f"No person with key {a[k]!r}.")
    return a


def _affected_docs(g: "Graph", action: str, a: dict[str, Any]) -> set[str]:
    people = [a[k] for k in ("source", "target", "key", "new_key") if k in a and action in ("merge", "split")]
    orgs = [a[k] for k in ("key", "target") if k in a and action in ("rename_org", "alias_org")]
    if action == "alias_org":
        orgs.append(org_key(a["alias"]))
    docs = set(a.get("doc_ids", []))
    if people:
        docs |= {r["id"] for r in g.run(q.DOCS_MENTIONING_PEOPLE, keys=people)}
    if orgs:
        docs |= {r["id"] for r in g.run(q.DOCS_MENTIONING_ORGANISATIONS, keys=orgs)}
    return docs


def _apply(g: "Graph", action: str, a: dict[str, Any], docs: set[str], undoing: bool) -> None:
    if action == "reject_candidate":
        if undoing:
            update_candidates(g, [a["a"], a["b"]], state(g.data_dir).rejected)
        else:
            g.write([(q.DELETE_CANDIDATE, {"a": a["a"], "b": a["b"]})])
        return
    resave(g, docs)


def record(g: "Graph", action: str, args: dict[str, Any], who: str) -> dict:
    """Validate, log and apply a decision; returns the record (its `id` is what `undo` takes) with
    `docs`, the ids of the papers it saved again (not logged: the caller re-indexes them)."""
    if not who or not str(who).strip():
        raise GraphError("A curation decision needs the name of who made it.")
    a = _validate(g, action, dict(args))
    docs = _affected_docs(g, action, a)
    rec = log.new_record(action, a, who)
    log.append(g.data_dir, rec)
    _apply(g, action, a, docs, undoing=False)
    return {**rec, "docs": sorted(docs)}


def undo(g: "Graph", record_id: str, who: str) -> dict:
    """Cancel an earlier decision and re-save what it touched; returns the undo record, with `docs`
    as `record` does."""
    if not who or not str(who).strip():
        raise GraphError("An undo needs the name of who made it.")
    target = next((r for r in history(g.data_dir) if r["id"] == record_id), None)
    if target is None:
        raise GraphError(f"No curation record with id {record_id!r}.")
    if target["action"] == "undo":
        raise GraphError("An undo cannot be undone; record the decision again instead.")
    if target["undone"]:
        raise GraphError(f"The curation record {record_id!r} is already undone.")
    docs = _affected_docs(g, target["action"], target["args"])
    rec = log.new_record("undo", {"id": record_id}, who)
    log.append(g.data_dir, rec)
    _apply(g, target["action"], target["args"], docs, undoing=True)
    return {**rec, "docs": sorted(docs)}


def candidates(g: "Graph", limit: int = 100) -> list[dict]:
    """Pairs of people that may be one person, best first, for the admin page."""
    return g.run(q.CANDIDATES, limit=int(limit))
