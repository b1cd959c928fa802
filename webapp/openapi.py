"""The OpenAPI document of the JSON API, generated from the page table so it cannot drift."""
from __future__ import annotations

import re
from typing import Any

from flask import Flask

# Endpoint (its last part) -> the query parameters its view reads; tests/test_openapi_params.py calls
# every endpoint and fails when a view reads a parameter not listed here, or one listed is never read.
QUERY_PARAMS: dict[str, list[tuple[str, str, str]]] = {
    "search": [("q", "string", "Query (see /help)"), ("page", "integer", "Page number"),
               ("per_page", "integer", "Hits per page (max 100)"),
               ("sort", "string", "relevance | date | date_asc"),
               ("type", "string", "Facet: paper | item | action"), ("year", "string", "Facet: year"),
               ("kind", "string", "Facet: minutes | update | workplan | agenda | report | other"),
               ("body", "string", "Facet: meeting body"), ("person", "string", "Facet: person"),
               ("org", "string", "Facet: organisation"), ("topic", "string", "Facet: topic"),
               ("term", "string", "Facet: safeguarding glossary term")],
    "ask": [("q", "string", "A plain-English question")],
    "actions": [("q", "string", "Words in the action or a topic"), ("owner", "string", "Owner name"),
                ("topic", "string", "Topic"), ("body", "string", "Meeting body"),
                ("from", "string", "From date YYYY[-MM[-DD]]"), ("to", "string", "To date YYYY[-MM[-DD]]"),
                ("page", "integer", "Page number"), ("per_page", "integer", "Per page (max 200)")],
    "paper": [("start", "integer", "Passage start offset"), ("end", "integer", "Passage end offset")],
    "person": [("limit", "integer", "Rows of each list (default 50, max 1000)")],
    "papers_json": [("page", "integer", "Page number (50 papers a page)")],
    "audit_json": [("page", "integer", "Page number"), ("action", "string", "Only entries of this action")],
}
ERROR_SCHEMA = {"type": "object", "properties": {"ok": {"type": "boolean"}, "error": {"type": "string"},
                                                 "status": {"type": "integer"}}}


def _operation(endpoint: str, method: str, path: str, summary: str) -> dict[str, Any]:
    params = [{"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
              for name in re.findall(r"\{(\w+)\}", path)]
    params += [{"name": n, "in": "query", "required": False, "schema": {"type": t}, "description": d}
               for n, t, d in QUERY_PARAMS.get(endpoint.split(".")[-1], [])]
    queued = method == "post" and path.endswith(("/upload", "/reingest", "/ocr"))  # a job: 202 with its id
    ok = "202" if queued else "200"
    return {
        "operationId": f"{method}_{endpoint.replace('.', '_')}",
        "summary": summary,
        "parameters": params,
        "responses": {
            ok: {"description": "OK", "content": {"application/json": {"schema": {"type": "object"}}}},
            **{code: {"description": text, "content": {"application/json": {"schema": ERROR_SCHEMA}}}
               for code, text in (("400", "Bad parameter"), ("401", "Login required"),
                                  ("403", "Admins only"), ("404", "Not found"))},
            **({"503": {"description": "OCR is not installed (the reason names the Debian packages)",
                        "content": {"application/json": {"schema": ERROR_SCHEMA}}}} if path.endswith("/ocr") else {}),
        },
    }


def openapi_document(app: Flask) -> dict[str, Any]:
    """Every /api/ rule of the app: the page twins (GET, read-only) and the admin endpoints."""
    paths: dict[str, Any] = {}
    for rule in sorted(app.url_map.iter_rules(), key=lambda r: r.rule):
        if not rule.rule.startswith("/api/") or rule.endpoint == "api.openapi":
            continue
        path = re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule)
        view = app.view_functions[rule.endpoint]
        doc = (getattr(view, "__doc__", None) or "").strip()
        summary = doc.splitlines()[0] if doc else rule.endpoint.split(".")[-1].replace("_", " ")
        for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
            paths.setdefault(path, {})[method.lower()] = _operation(rule.endpoint, method.lower(), path, summary)
    return {"openapi": "3.0.3",
            "info": {"title": "boardgraph API", "version": "1",
                     "description": "JSON twins of every page, the ask box and the admin operations. Authenticate "
                                    "with a session cookie or an `Authorization: Bearer <token>` header; "
                                    "/api/admin/ needs an admin."},
            "paths": paths}
