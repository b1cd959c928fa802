"""The curation log and the decisions in force: how an admin's corrections name people and organisations.

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

Both stores read names through `resolvers` (the graph when it saves a paper,
the search index when it indexes one), so they name people and organisations
alike. A decision is recorded through `archive.Archive.curate`, the one
entry point that updates both stores (graph.curation validates it against the
graph and saves the affected papers again; the archive then re-indexes them).
"""
from __future__ import annotations

import fcntl
import json
import os
import uuid
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

from ingest.curated import load_aliases
from ingest.errors import CurationError
from ingest.model import Paper
from ingest.names import org_key
from ingest.resolve import Curated, Resolver

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
                raise CurationError(f"{path} line {number} is not valid JSON ({ex.msg}); fix or remove it.") from ex
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


def new_record(action: str, args: dict[str, Any], who: str) -> dict[str, Any]:
    """A log record for a decision (or an undo) by `who`, with a fresh id."""
    return {"id": uuid.uuid4().hex[:12], "who": str(who).strip(),
            "when": datetime.now(timezone.utc).isoformat(timespec="seconds"), "action": action, "args": args}


def append(data_dir: Path, record: dict) -> None:
    """Add one record to the log (locked, flushed to disk); records are never rewritten."""
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
