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


def date_range(date: str | None = None, date_from: str | None = None,
               date_to: str | None = None) -> tuple[str | None, str | None]:
    """(from, to) for a Cypher range test on ISO dates: a `date` prefix ("2008", "2008-03") covers its
    whole year or month; `date_to` likewise ("2008" runs to the year's last day)."""
    if date:
        date_from, date_to = date, date
    return date_from or None, end_of(date_to)


def end_of(date: str | None) -> str | None:
    """An inclusive upper bound: "2008" and "2008-03" cover the whole year or month."""
    if not date:
        return None
    return date + "-99" * (2 - date.count("-")) if len(date) < 10 else date


def newest_actions_first(rows: list[dict]) -> list[dict]:
    """Newest first (meeting date, else paper date; undated last), then by paper, then paper order.
    Cypher's `_ACTION_ORDER` in graph/queries.py is the same order."""
    rows.sort(key=lambda r: (r["position"] or 0))
    rows.sort(key=lambda r: (r["date"] or "", r["doc_id"]), reverse=True)
    return rows


def action_rows(rows: Iterable[dict]) -> list[dict]:
    """Raw action rows (the fields of `_ACTION_FIELDS`) as pages show them: span, owners in the
    order written, newest first."""
    out = []
    for row in rows:
        row["span"] = span_of(row["span"])
        owners = sorted(row.get("owners") or [], key=lambda o: (o["position"] is None, o["position"] or 0))
        row["owners"] = [{k: o[k] for k in ("key", "slug", "name", "type")} for o in owners]
        out.append(row)
    newest_actions_first(out)
    for row in out:
        row.pop("position", None)
    return out


def action_details(g: "Graph", ids: Iterable[str]) -> list[dict]:
    """Actions by id with owners and where they came from, newest first (then paper order)."""
    ids = list(dict.fromkeys(ids))
    if not ids:
        return []
    return action_rows(g.run(q.ACTIONS_BY_IDS, ids=ids))


def newest_items_first(rows: list[dict]) -> list[dict]:
    """Newest first, then by paper, then place in the paper (`span` as `span_of` gives it).
    The order of `_ITEM_ORDER` in graph/queries.py."""
    rows.sort(key=lambda r: (r["span"] or [0])[0])
    rows.sort(key=lambda r: (r["date"] or "", r["doc_id"]), reverse=True)
    return rows


def item_details(g: "Graph", ids: Iterable[str]) -> list[dict]:
    """Items by id with their paper and meeting, newest first."""
    ids = list(dict.fromkeys(ids))
    if not ids:
        return []
    rows = g.run(q.ITEMS_BY_IDS, ids=ids)
    for row in rows:
        row["span"] = span_of(row["span"])
    return newest_items_first(rows)
