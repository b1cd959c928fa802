"""Curation pages (/admin/curation) and twins (/api/admin/curation): fix what extraction got wrong.

A thin layer over graph.curation: list "possibly the same person" candidates
to confirm (merge) or reject, merge two people, split a merge, rename or alias
an organisation, and undo any earlier decision. Every decision is recorded by
graph.curation with who made it (and survives re-ingest), and lands in the
audit log. Decisions go through `Archive.curate`, which re-saves the affected
papers in the graph and re-indexes them for search, so they take the jobs'
write lock like every other writer.
"""
from __future__ import annotations

import re
from typing import Any

from flask import abort, flash, g, jsonify, redirect, request, url_for

import graph
from graph.curation import history
from ingest.curation import ACTIONS
from graph.errors import GraphError
from search import SearchError
from webapp.admin import admin, admin_api, flashing, get_jobs
from webapp.audit import audit
from webapp.app_archive import get_archive

# action -> the form fields it takes: graph.curation's decisions, and undo
DECISIONS: dict[str, tuple[str, ...]] = {**ACTIONS, "undo": ("id",)}


def curation_data() -> dict[str, Any]:
    archive = get_archive()
    return {"candidates": graph.candidates(archive.graph, limit=100),
            "history": list(reversed(history(archive.data_dir)))[:100],
            "actions": list(DECISIONS)}


def _values(action: str) -> list[Any]:
    body = request.get_json(silent=True)
    source = body if isinstance(body, dict) else request.form
    values = []
    for name in DECISIONS[action]:
        value = source.get(name)
        if name == "doc_ids" and isinstance(value, str):
            value = [v for v in re.split(r"[\s,]+", value) if v]
        if not value:
            abort(400, f"A {action.replace('_', ' ')} needs {name.replace('_', ' ')}.")
        values.append(value.strip() if isinstance(value, str) else value)
    return values


def decide(action: str) -> dict[str, Any]:
    """Record one decision from the request's fields (graph and search index); returns
    graph.curation's record."""
    if action not in DECISIONS:
        abort(404, f"Unknown curation action {action!r}; use one of {', '.join(DECISIONS)}.")
    values = _values(action)
    try:
        with get_jobs().write_lock:
            record = get_archive().curate(action, dict(zip(DECISIONS[action], values)), g.user["name"])
    except GraphError as ex:
        abort(400, str(ex))
    except SearchError as ex:  # the decision stands; only the index lags behind it
        audit(f"curation.{action}", f"{ex} " + ", ".join(map(str, values)))
        abort(503, str(ex))
    audit(f"curation.{action}", f"{record['id']}: " + ", ".join(map(str, values)))
    return record


@admin.post("/curation/<action>")
def curation_decide(action: str):
    record = flashing(decide, action)
    if record:
        flash(f"Recorded: {action.replace('_', ' ')} ({record['id']}). It can be undone below.", "success")
    return redirect(url_for("admin.curation"))


@admin_api.post("/curation/<action>")
def curation_decide_json(action: str):
    return jsonify({"ok": True, "record": decide(action)}), 201
