"""`item_count` on papers saved before it existed.

graph/facts.py gives every Document the number of agenda items it has, so "the papers with no
agenda items" (the ask box's actions under an item about a subject) is one indexed lookup instead
of testing every paper for an item edge (12 ms at 1k papers, growing with the archive). An archive
from earlier code gets it here, at start (`Graph.ensure_schema`), in batches; one cheap query when
there is nothing to do.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from graph import queries as q
from graph.backfill import in_batches

if TYPE_CHECKING:
    from graph import Graph

BATCH = 2000


def backfill(g: "Graph") -> int:
    """Set `item_count` on every Document without one; returns how many were set."""
    return in_batches(g, q.ITEM_COUNT_MISSING, lambda rows: [(q.SET_ITEM_COUNT, {"ids": [r["id"] for r in rows]})],
                      BATCH)
