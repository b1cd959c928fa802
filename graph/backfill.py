"""The one loop that gives nodes saved by earlier code the fields later code keeps at write time.

Full-text fields (graph/textindex.py), name counts (graph/name_counts.py), sort dates
(graph/sort_dates.py), actions' places (graph/action_places.py), item counts (graph/item_counts.py), co-attendance (graph/co_attendance.py) and
affiliation counts (graph/affiliation_counts.py) each name a query for the nodes still missing their
field and the statements that fill a batch of them; `Graph.ensure_schema` runs them at start. Filling a batch must take its rows out of the missing query's answer, so the loop
ends; when nothing is missing it costs that one query.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:
    from graph import Graph

Statements = list[tuple[str, dict[str, Any]]]


def in_batches(g: "Graph", missing: str, fill: Callable[[list[dict[str, Any]]], Statements], batch: int) -> int:
    """Run `missing` (a query with a `$limit`) and write `fill(rows)` until it returns nothing;
    returns how many rows were filled."""
    done = 0
    while rows := g.run(missing, limit=batch):
        g.write(fill(rows))
        done += len(rows)
    return done
