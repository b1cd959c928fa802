"""`sort_date` on actions and items saved before it existed.

graph/facts.py gives every Action and Item the date it is listed by (its meeting's date, else its
paper's, '' when undated), so reads order them without placing each (BENCHMARKS.md, graph: a
busy person's latest actions placed all 709 of them). An archive from earlier code gets it here,
at start (`Graph.ensure_schema`), in batches; one cheap query when there is nothing to do.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from graph import queries as q
from graph.backfill import in_batches

if TYPE_CHECKING:
    from graph import Graph

BATCH = 2000


def backfill(g: "Graph") -> int:
    """Set `sort_date` on every Action and Item without one; returns how many were set."""
    return sum(in_batches(g, q.SORT_DATE_MISSING[label],
                          lambda rows, label=label: [(q.SET_SORT_DATE[label], {"ids": [r["id"] for r in rows]})], BATCH)
               for label in ("Action", "Item"))
