"""Page data: one function per page builds a plain dict; the HTML page and its JSON twin render it.

Views never write. They read the graph and the index through the archive and
turn bad parameters into 400s and missing things into 404s with a sentence.
"""
from __future__ import annotations

import re
from typing import Any, Mapping

from flask import abort

import graph
from ask.common import EXAMPLES
from webapp.app_archive import get_archive

FACET_FIELDS = ("type", "kind", "year", "body", "person", "org", "topic", "term")
EXPORT_LIMIT = 1000
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def int_arg(args: Mapping[str, str], name: str, default: int, *, lo: int = 1, hi: int = 10_000) -> int:
    raw = args.get(name)
    if raw in (None, ""):
        return default
    try:
        value = int(raw)
    except ValueError:
        abort(400, f"{name} must be a whole number, not {raw!r}.")
    if not lo <= value <= hi:
        abort(400, f"{name} must be between {lo} and {hi}.")
    return value


def date_arg(args: Mapping[str, str], name: str) -> str | None:
    raw = (args.get(name) or "").strip()
    if raw and not _DATE.match(raw):
        abort(400, f"{name} must be a date written YYYY, YYYY-MM or YYYY-MM-DD, not {raw!r}.")
    return raw or None


def home() -> dict[str, Any]:
    """Counts, latest meetings and example questions."""
    g = get_archive().graph
    return {"counts": graph.counts(g), "latest_meetings": graph.latest_meetings(g, limit=10),
            "examples": EXAMPLES}


def search(args: Mapping[str, str], page_size: int | None = None) -> dict[str, Any]:
    """Search hits (papers, items, actions) with snippets, facets and suggestions; an empty search
    gives `help` (a sentence and example queries) instead of results.

    With `page_size` (exports) the results stay a SearchResults object."""
    query = (args.get("q") or "").strip()
    sort = args.get("sort") or "relevance"
    if sort not in ("relevance", "date", "date_asc"):
        abort(400, "sort must be relevance, date or date_asc.")
    page = 1 if page_size else int_arg(args, "page", 1)
    per_page = page_size or int_arg(args, "per_page", 20, hi=100)
    filters = {f: args[f] for f in FACET_FIELDS if args.get(f)}
    data: dict[str, Any] = {"query": query, "sort": sort, "filters": filters, "results": None, "help": None}
    if not (query or filters):  # an empty search: help and examples rather than nothing
        from search.guide import empty_search

        data["help"] = empty_search()
    else:
        try:
            results = get_archive().index.query(query or "*", page=page, per_page=per_page, sort=sort,
                                                filters=filters)
        except ValueError as ex:
            abort(400, str(ex))
        data["results"] = results if page_size else results.to_dict()
    return data


def _or_404(found: dict[str, Any] | None, message: str) -> dict[str, Any]:
    if found is None:
        abort(404, message)
    return found


PERSON_LIST = 50  # rows of each list a person page shows unless asked for more (`limit`)


def person(key: str, args: Mapping[str, str]) -> dict[str, Any]:
    """A person: meetings attended and apologies, actions owned, papers, organisations over time,
    co-attendees. Each list holds the latest `limit` (default 50, at most 1,000); `totals` has how
    many there are in all, and every action is on /actions?owner=<key>."""
    limit = int_arg(args, "limit", PERSON_LIST, hi=1000)
    return _or_404(graph.person(get_archive().graph, key, limit=limit), f"No person called {key!r}.")


def meeting(meeting_id: str) -> dict[str, Any]:
    """A meeting: header, chair, attendees, apologies, items with actions, previous and next meeting,
    and the extraction's warnings about its paper (what could not be read with confidence)."""
    archive = get_archive()
    found = _or_404(graph.meeting(archive.graph, meeting_id), f"No meeting with id {meeting_id!r}.")
    stored = archive.paper(found["doc_id"]) if found.get("doc_id") else None
    return {**found, "warnings": list(stored.warnings) if stored is not None else [],
            "ocr": stored is not None and stored.ocr}


def organisation(key: str) -> dict[str, Any]:
    """An organisation: the people who represented it, actions it owns, papers mentioning it."""
    return _or_404(graph.organisation(get_archive().graph, key), f"No organisation called {key!r}.")


def topic(key: str) -> dict[str, Any]:
    """A topic: its agenda items, actions and papers."""
    return _or_404(graph.topic(get_archive().graph, key), f"No topic called {key!r}.")


def body(name: str) -> dict[str, Any]:
    """A committee or group: its meetings, chairs and other papers."""
    return _or_404(graph.body(get_archive().graph, name), f"No body called {name!r}.")


def actions(args: Mapping[str, str]) -> dict[str, Any]:
    """Actions filtered by text or topic (q), owner, topic, body and date range; paginated."""
    filters = {
        "q": (args.get("q") or "").strip() or None,
        "owner": (args.get("owner") or "").strip() or None,
        "topic": (args.get("topic") or "").strip() or None,
        "body": (args.get("body") or "").strip() or None,
        "date_from": date_arg(args, "from"),
        "date_to": date_arg(args, "to"),
    }
    page = int_arg(args, "page", 1)
    per_page = int_arg(args, "per_page", 50, hi=200)
    result = graph.actions(get_archive().graph, page=page, per_page=per_page, **filters)
    items_instead: list[dict[str, Any]] = []
    if filters["q"] and not result["total"] and not any(v for k, v in filters.items() if k != "q"):
        items_instead = graph.items_mentioning(get_archive().graph, filters["q"], limit=50)
    return {"filters": filters, "page": page, "per_page": per_page, **result, "items_instead": items_instead}


def ask(args: Mapping[str, str]) -> dict[str, Any]:
    """A plain-English question answered from the graph, with the Cypher used."""
    from ask import answer

    question = (args.get("q") or "").strip()
    if not question:
        return {"question": "", "examples": EXAMPLES, "answer": None}
    return {"question": question, "examples": EXAMPLES, "answer": answer(get_archive().graph, question)}


def paper(doc_id: str, args: Mapping[str, str]) -> dict[str, Any]:
    """A paper's text with an optional highlighted passage, and its extracted facts."""
    archive = get_archive()
    stored = archive.paper(doc_id)
    if stored is None:
        abort(404, f"No paper with id {doc_id!r}.")
    text = stored.text
    start = int_arg(args, "start", -1, lo=0, hi=len(text)) if args.get("start") else None
    end = int_arg(args, "end", -1, lo=0, hi=len(text)) if args.get("end") else None
    if start is not None and (end is None or end < start):
        abort(400, "A passage needs start and end offsets with start <= end.")
    segments = ([{"text": text[:start], "passage": False}, {"text": text[start:end], "passage": True},
                 {"text": text[end:], "passage": False}] if start is not None
                else [{"text": text, "passage": False}])
    facts = stored.to_dict(include_text=False)
    doc = graph.document(archive.graph, doc_id) or {}
    return {"id": doc_id, "title": stored.title or stored.filename, "filename": stored.filename,
            "kind": stored.kind, "date": stored.date, "meeting_id": doc.get("meeting_id"), "ocr": stored.ocr,
            "passage": [start, end] if start is not None else None, "segments": segments, "facts": facts}


GRAPH_KINDS = {"person": "pages.person", "meeting": "pages.meeting", "organisation": "pages.organisation",
               "topic": "pages.topic"}


def _node_urls(kind: str, key: str) -> dict[str, str]:
    from flask import url_for

    arg = {"meeting": "meeting_id"}.get(kind, "key")
    return {"url": url_for(GRAPH_KINDS[kind], **{arg: key}),
            "api": url_for("api.graph_view", kind=kind, key=key)}


def graph_view(kind: str, key: str) -> dict[str, Any]:
    """A node's neighbourhood for the graph view: nodes with page/API links, and labelled edges."""
    if kind not in GRAPH_KINDS:
        abort(404, f"No graph view for {kind!r}; use one of {', '.join(GRAPH_KINDS)}.")
    found = _or_404(graph.neighbourhood(get_archive().graph, kind, key, limit=60), f"No {kind} called {key!r}.")
    nodes = []
    for n in found["nodes"]:
        if n["kind"] in GRAPH_KINDS:
            nodes.append({"id": f"{n['kind']}:{n['key']}", "kind": n["kind"], "key": n["key"], "label": n["label"],
                          **_node_urls(n["kind"], n["key"])})
    ids = {n["id"] for n in nodes}
    edges = [{"source": f"{e['source'][0]}:{e['source'][1]}", "target": f"{e['target'][0]}:{e['target'][1]}",
              "label": e["label"]} for e in found["edges"]]
    edges = [e for e in edges if e["source"] in ids and e["target"] in ids]
    center_id = f"{found['node']['kind']}:{found['node']['key']}"
    center = next(n for n in nodes if n["id"] == center_id)
    return {"center": center, "nodes": nodes, "edges": edges}
