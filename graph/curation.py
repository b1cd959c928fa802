"""Admin corrections to the graph that survive re-ingest, and can be undone.

Decisions are records in `<data_dir>/curation.jsonl`, one JSON object a line,
never rewritten: {"id", "who", "when", "action", "args"}. Actions:

- merge            {"source": person key, "target": person key, "target_name"}  two keys are one
                   person (the target is shown by the name it had when the decision was made)
- split            {"key", "doc_ids": [...], "new_key"}        in those papers `key` is someone else
- rename_org       {"key", "name"}                             an organisation's display name
- alias_org        {"alias": name as written, "target": org key, "target_name"}  another name of an
                   organisation (the target keeps the name it had when the decision was made)
- reject_candidate {"a", "b"}                                  two people are not the same
- undo             {"id"}                                      cancels an earlier record

`save_paper` resolves names through the effective decisions (`load_state`, via
`resolvers`), so a paper ingested later is curated too. Recording or undoing a
decision saves the affected papers again from their stored copies, through the
same code path, and returns their ids (`docs`) so the caller can re-index them:
the search index resolves names through `resolvers` as well
(webapp.archive.Archive.curate does both).
"""
from __future__ import annotations

import fcntl
import json
import os
import uuid
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from ingest.curated import load_aliases
from ingest.model import Paper
from ingest.names import clean_text, org_key
from graph import queries as q
from graph.errors import GraphError
from graph.resolve import Curated, Resolver, _follow, base_person_key

if TYPE_CHECKING:
    from graph import Graph

ACTIONS: dict[str, tuple[str, ...]] = {
    "merge": ("source", "target"),
    "split": ("key", "doc_ids", "new_key"),
    "rename_org": ("key", "name"),
    "alias_org": ("alias", "target"),
    "reject_candidate": ("a", "b"),
}
_cache: dict[Path, tuple[tuple[int, int], Curated]] = {}


def log_path(data_dir: Path) -> Path:
    return Path(data_dir) / "curation.jsonl"


def read_log(data_dir: Path) -> list[dict]:
    path = log_path(data_dir)
    if not path.exists():
        return []
    records = []
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as ex:
                raise GraphError(f"{path} line {number} is not valid JSON ({ex.msg}); fix or remove it.") from ex
    return records


def history(data_dir: Path) -> list[dict]:
    """Every record, oldest first, each with `undone` (True when a later undo cancelled it)."""
    records = read_log(data_dir)
    undone = {r["args"]["id"] for r in records if r.get("action") == "undo"}
    return [{**r, "undone": r["id"] in undone} for r in records]


def load_state(data_dir: Path) -> Curated:
    """The decisions in force (records not undone), cached until the file changes."""
    path = log_path(data_dir)
    try:
        st = path.stat()
        stamp = (st.st_mtime_ns, st.st_size)
    except FileNotFoundError:
        return Curated()
    cached = _cache.get(path)
    if cached and cached[0] == stamp:
        return cached[1]
    state = Curated()
    for r in history(data_dir):
        if r["undone"] or r.get("action") == "undo":
            continue
        a = r.get("args", {})
        action = r.get("action")
        if action == "merge":
            state.merges[a["source"]] = a["target"]
            if a.get("target_name"):
                state.person_names[a["target"]] = a["target_name"]
        elif action == "split":
            for doc_id in a["doc_ids"]:
                state.splits[(doc_id, a["key"])] = a["new_key"]
        elif action == "rename_org":
            state.org_names[a["key"]] = a["name"]
        elif action == "alias_org":
            state.org_aliases[org_key(a["alias"])] = a["target"]
            if a.get("target_name"):
                state.alias_targets[a["target"]] = a["target_name"]
        elif action == "reject_candidate":
            state.rejected.add(frozenset((a["a"], a["b"])))
    _cache[path] = (stamp, state)
    return state


def resolvers(data_dir: Path | None) -> Callable[[Paper], Resolver]:
    """paper -> the Resolver its names go through now: data_dir's alias list and the decisions in
    force (no data dir: the packaged aliases and no decisions). The graph saves papers with it
    and the search index indexes them with it, so the two name people and organisations alike."""
    aliases = load_aliases(data_dir)
    curated = load_state(data_dir) if data_dir is not None else Curated()
    return lambda paper: Resolver(paper, aliases, curated)


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
        if a["source"] == a["target"] or _follow(load_state(g.data_dir).merges, a["target"]) == a["source"]:
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


def _append(data_dir: Path, record: dict) -> None:
    path = log_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    line = json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n"
    with open(path, "a", encoding="utf-8") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            fh.write(line)
            fh.flush()
            os.fsync(fh.fileno())
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


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
    from graph.people import update_candidates
    from graph.store import resave

    if action == "reject_candidate":
        if undoing:
            update_candidates(g, [a["a"], a["b"]], load_state(g.data_dir).rejected)
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
    rec = {"id": uuid.uuid4().hex[:12], "who": str(who).strip(),
           "when": datetime.now(timezone.utc).isoformat(timespec="seconds"), "action": action, "args": a}
    _append(g.data_dir, rec)
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
    rec = {"id": uuid.uuid4().hex[:12], "who": str(who).strip(),
           "when": datetime.now(timezone.utc).isoformat(timespec="seconds"), "action": "undo",
           "args": {"id": record_id}}
    _append(g.data_dir, rec)
    _apply(g, target["action"], target["args"], docs, undoing=True)
    return {**rec, "docs": sorted(docs)}


def merge_people(g: "Graph", source: str, target: str, who: str) -> dict:
    return record(g, "merge", {"source": source, "target": target}, who)


def split_person(g: "Graph", key: str, doc_ids: list[str], new_key: str, who: str) -> dict:
    return record(g, "split", {"key": key, "doc_ids": doc_ids, "new_key": new_key}, who)


def rename_org(g: "Graph", key: str, name: str, who: str) -> dict:
    return record(g, "rename_org", {"key": key, "name": name}, who)


def alias_org(g: "Graph", alias: str, target: str, who: str) -> dict:
    return record(g, "alias_org", {"alias": alias, "target": target}, who)


def reject_candidate(g: "Graph", a: str, b: str, who: str) -> dict:
    return record(g, "reject_candidate", {"a": a, "b": b}, who)


def candidates(g: "Graph", limit: int = 100) -> list[dict]:
    """Pairs of people that may be one person, best first, for the admin page."""
    return g.run(q.CANDIDATES, limit=int(limit))
