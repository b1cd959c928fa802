"""What a search returns, independent of the engine: hits, facets, suggestion, warnings.

`to_dict()` is the JSON twin of the results page; `results_to_csv` and
`results_to_json` are the export downloads.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, dataclass, field
from typing import Any

FACETS = ("type", "year", "kind", "body", "person", "org", "topic", "term")  # term: glossary terms (search.terms)


@dataclass
class Hit:
    """One matching paper, agenda item or action.

    `span` is the grain's own passage in the paper text (the whole paper for a
    paper hit); `match_span` is the best highlighted passage, when a word matched.
    """

    type: str  # "paper" | "item" | "action"
    id: str  # the graph's id: paper.id, ingest.ids.item_id(...) or action_id(...)
    doc_id: str
    title: str
    date: str | None  # YYYY-MM-DD
    body: str | None
    kind: str
    number: str | None  # item number (for an action: its item's number)
    text: str  # plain, short
    snippet: str  # HTML-safe, matches in <mark>
    span: tuple[int, int]
    meeting_id: str | None
    people: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    owners: list[str] = field(default_factory=list)
    status: str | None = None
    score: float = 0.0
    match_span: tuple[int, int] | None = None
    heading: str | None = None  # an item's heading; for an action, its item's heading

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["span"] = list(self.span)
        d["match_span"] = list(self.match_span) if self.match_span else None
        return d


@dataclass
class SearchResults:
    query: str
    total: int
    page: int
    pages: int
    hits: list[Hit]
    facets: dict[str, list[tuple[str, int]]]  # facet -> [(value, count)], commonest first (year: newest first)
    suggestion: str | None  # "did you mean" query string
    warnings: list[str]  # sentences about what was repaired or left out
    # True when the facet counts are of the top hits only, not of all `total`; the Whoosh
    # backend counts every match (so False), an engine that samples would set it
    facets_capped: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "query": self.query, "total": self.total, "page": self.page, "pages": self.pages,
            "hits": [h.to_dict() for h in self.hits],
            "facets": {k: [[v, n] for v, n in vs] for k, vs in self.facets.items()},
            "facets_capped": self.facets_capped,
            "suggestion": self.suggestion, "warnings": list(self.warnings),
        }


CSV_COLUMNS = ("type", "title", "date", "body", "kind", "number", "heading", "text", "people", "organisations",
               "topics", "owners", "status", "score", "doc_id", "id", "span_start", "span_end")


def results_to_csv(results: SearchResults) -> str:
    """The hits of a results page as CSV (lists joined with '; '), one row per hit."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for h in results.hits:
        row = {**asdict(h), "span_start": h.span[0], "span_end": h.span[1], "score": round(h.score, 4)}
        writer.writerow([_cell(row[c]) for c in CSV_COLUMNS])
    return out.getvalue()


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list):
        value = "; ".join(value)
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value  # a spreadsheet must not run a paper's text as a formula
    return value


def results_to_json(results: SearchResults) -> str:
    return json.dumps(results.to_dict(), ensure_ascii=False, indent=1)
