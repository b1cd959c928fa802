"""Where an action is listed, kept on the action: its paper's title, its meeting's id and title, and
the date it is listed by (`doc_title`, `meeting_id`, `meeting_title`, `placed_date`), with `placed`
saying they are there.

Every list of actions (a person's page, the ask, `actions_mentioning`, organisation and topic pages)
showed them by looking up each action's Document and then its Meeting: for a busy person's 500 actions
at 10k papers, 2.3 + 1.6 ms of the statement's ~8 inside the server (BENCHMARKS.md, tenk5). An action,
its Document and its Meeting are written, replaced and deleted together (graph/store.py: one paper's
statements; nothing else sets a Document's or Meeting's title or date), so the copy on the action
follows re-ingest and delete, and person merges and renames touch none of it. graph/facts.py writes
them with the action; an archive from earlier code gets them here, at start (`Graph.ensure_schema`),
from the graph's own nodes, in batches; one cheap query when there is nothing to do.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from graph import queries as q
from graph.backfill import in_batches

if TYPE_CHECKING:
    from graph import Graph

BATCH = 2000


def backfill(g: "Graph") -> int:
    """Keep the place on every Action without one; returns how many were filled."""
    return in_batches(g, q.PLACE_MISSING, lambda rows: [(q.SET_PLACE, {"ids": [r["id"] for r in rows]})], BATCH)
