"""The OpenAPI document of the JSON API, generated from the page table so it cannot drift."""
from __future__ import annotations

import re
from typing import Any, Callable

QUERY_PARAMS: dict[str, list[tuple[str, str, str]]] = {
    "search": [("q", "string", "Query (see /help)"), ("page", "integer", "Page number"),
               ("per_page", "integer", "Hits per page (max 100)"),
               ("sort", "string", "relevance | date | date_asc"),
               ("type", "string", "Facet: paper | item | action"), ("year", "string", "Facet: year"),
               ("body", "string", "Facet: meeting body"), ("person", "string", "Facet: person"),
               ("org", "string", "Facet: organisation"), ("topic", "string", "Facet: topic")],
    "ask": [("q", "string", "A plain-English question")],
    "actions": [("q", "string", "Words in the action or a topic"), ("owner", "string", "Owner name"),
                ("topic", "string", "Topic"), ("body", "string", "Meeting body"),
                ("from", "string", "From date YYYY[-MM[-DD]]"), ("to", "string", "To date YYYY[-MM[-DD]]"),
                ("page", "integer", "Page number"), ("per_page", "integer", "Per page (max 200)")],
    "paper": [("start", "integer", "Passage start offset"), ("end", "integer", "Passage end offset")],
}
ERROR_SCHEMA = {"type": "object", "properties": {"ok": {"type": "boolean"}, "error": {"type": "string"},
                                                 "status": {"type": "integer"}}}


def openapi_document(twins: list[tuple[str, str, str, Callable[..., Any]]]) -> dict[str, Any]:
    paths: dict[str, Any] = {}
    for rule, endpoint, _template, view in twins:
        api_rule = "/api/home" if rule == "/" else "/api" + rule
        path = re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", api_rule)
        params = [{"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
                  for name in re.findall(r"\{(\w+)\}", path)]
        params += [{"name": n, "in": "query", "required": False, "schema": {"type": t}, "description": d}
                   for n, t, d in QUERY_PARAMS.get(endpoint, [])]
        paths[path] = {"get": {
            "operationId": endpoint,
            "summary": (view.__doc__ or endpoint).strip().splitlines()[0],
            "parameters": params,
            "responses": {
                "200": {"description": "The page's data", "content": {"application/json": {"schema": {"type": "object"}}}},
                "400": {"description": "Bad parameter", "content": {"application/json": {"schema": ERROR_SCHEMA}}},
                "401": {"description": "Login required", "content": {"application/json": {"schema": ERROR_SCHEMA}}},
                "404": {"description": "Not found", "content": {"application/json": {"schema": ERROR_SCHEMA}}},
            },
        }}
    return {"openapi": "3.0.3",
            "info": {"title": "boardgraph API", "version": "1",
                     "description": "Read-only JSON twins of every page. Authenticate with a session cookie or "
                                    "an `Authorization: Bearer <token>` header."},
            "paths": paths}
