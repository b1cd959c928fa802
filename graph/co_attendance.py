"""How many meetings two people both attended, kept as CO_ATTENDED {count} edges (both ways).

A person's page lists the people they sat with most; counting that from every meeting of a busy
person cost 24 ms of the person read at 10k papers (BENCHMARKS.md, graph), growing with the
archive. Each write now counts a meeting's pairs in when it saves the meeting and out before it
deletes it (graph/queries.py COUNT_CO_ATTENDANCE, UNCOUNT_CO_ATTENDANCE), so the read is one
hop. People saved by earlier code (no `co_attendance` mark) are counted here, at start
(`Graph.ensure_schema`), each from the meetings they attended; a person a newer write created
is marked at once, and their edges are kept from the start.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from graph import queries as q
from graph.backfill import in_batches

if TYPE_CHECKING:
    from graph import Graph

BATCH = 50  # people a write: a busy person shares meetings with hundreds


def backfill(g: "Graph") -> int:
    """Count the CO_ATTENDED edges of every person not yet counted; returns how many people."""
    return in_batches(g, q.CO_ATTENDANCE_MISSING,
                      lambda rows: [(s, {"keys": [r["key"] for r in rows]}) for s in q.SET_CO_ATTENDANCE.values()], BATCH)
