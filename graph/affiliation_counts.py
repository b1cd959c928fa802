"""How many meetings a person represented an organisation at, kept as `count` on AFFILIATED_WITH.

"who represented X" counted, for one organisation, every attendance and apologies edge in the graph
whose `org_key` was X's (no index on a relationship's property): 125-129 ms at 10k papers
(BENCHMARKS.md, graph), growing with the archive. The AFFILIATED_WITH edges each write rebuilds for
the people it touched (graph/queries.py SAVE_AFFILIATIONS) hold the same people, organisations and
first and last dates, since every Meeting is dated (Paper.is_meeting); they now carry the meeting
count too, so the read is one hop from the organisation. Edges saved by earlier code (no `count`)
are counted here, at start (`Graph.ensure_schema`): one query when there is nothing to do.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from graph import queries as q
from graph.backfill import in_batches

if TYPE_CHECKING:
    from graph import Graph

BATCH = 200  # people a write


def backfill(g: "Graph") -> int:
    """Count the meetings of every affiliation without a count; returns how many people's."""
    return in_batches(g, q.AFFILIATION_COUNT_MISSING,
                      lambda rows: [(q.SET_AFFILIATION_COUNT, {"keys": [r["key"] for r in rows]})], BATCH)
