"""Deterministic ids shared by the graph and the search index.

Both stores name the same meeting, item and action the same way, so a search
hit links straight to its graph page, and re-ingesting is an upsert.
"""
from __future__ import annotations

from ingest.model import make_id


def meeting_id(paper_id: str) -> str:
    return make_id(paper_id, "meeting")


def item_id(paper_id: str, number: str, index: int) -> str:
    """`index` is the item's position in paper.items (numbers can repeat)."""
    return make_id(paper_id, "item", number, index)


def action_id(paper_id: str, index: int) -> str:
    """`index` is the action's position in paper.actions."""
    return make_id(paper_id, "action", index)
