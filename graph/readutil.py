"""Helpers shared by the read modules: spans, paging bounds, action and item details."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable

from graph import queries as q
from graph.errors import GraphError

if TYPE_CHECKING:
    from graph import Graph

MAX_PER_PAGE = 500


def span_of(value: Any) -> list[int] | None:
    """[start, end] into the paper's text, or None when the fact has no recorded place."""
    if not value or value[0] is None or value[1] is None:
        return None
    return [int(value[0]), int(value[1])]


def paging(page: Any, per_page: Any) -> tuple[int, int]:
    """(skip, limit) from 1-based page numbers, with a clear error for nonsense."""
    try:
        page, per_page = int(page), int(per_page)
    except (TypeError, ValueError) as ex:
        raise GraphError("The page and page size must be whole numbers.") from ex
    if page < 1 or not 1 <= per_page <= MAX_PER_PAGE:
        raise GraphError(f"Pages start at 1 and hold 1 to {MAX_PER_PAGE} rows.")
    return (page - 1) * per_page, per_page


def bounded(limit: Any, ceiling: int = 1000) -> int:
    try:
        value = int(limit)
    except (TypeError, ValueError) as ex:
        raise GraphError("A limit must be a whole number.") from ex
    if value < 1:
        raise GraphError("A limit must be at least 1.")
    return min(value, ceiling)


def action_details(g: "Graph", ids: Iterable[str]) -> list[dict]:
    """Actions by id with owners and where they came from, newest first (then paper order)."""
    ids = list(dict.fromkeys(ids))
    if not ids:
        return []
    owners: dict[str, list[dict]] = {}
    for row in g.run(q.ACTION_OWNERS, ids=ids):
        owners.setdefault(row["action_id"], []).append(
            {"key": row["key"], "slug": row["slug"], "name": row["name"], "type": row["type"]})
    out = []
    for row in g.run(q.ACTIONS_BY_IDS, ids=ids):
        row["span"] = span_of(row["span"])
        row["owners"] = owners.get(row["id"], [])
        out.append(row)
    out.sort(key=lambda r: (r["position"] or 0))
    out.sort(key=lambda r: (r["date"] or "", r["doc_id"]), reverse=True)
    for row in out:
        row.pop("position", None)
    return out


def item_details(g: "Graph", ids: Iterable[str]) -> list[dict]:
    """Items by id with their paper and meeting, newest first."""
    ids = list(dict.fromkeys(ids))
    if not ids:
        return []
    rows = g.run(q.ITEMS_BY_IDS, ids=ids)
    for row in rows:
        row["span"] = span_of(row["span"])
    rows.sort(key=lambda r: (r["span"] or [0])[0])
    rows.sort(key=lambda r: (r["date"] or "", r["doc_id"]), reverse=True)
    return rows
