"""The interface every search backend offers, so the engine can change behind it.

Whoosh (search.whoosh_index) is the embedded default. A board whose archive
outgrows one machine would add an OpenSearch backend with these same methods:
it would compile the engine-neutral query tree of search.querylang into
OpenSearch's query DSL and fill the same SearchResults.
"""
from __future__ import annotations

from typing import Callable, Iterable, Protocol

from ingest.model import Paper
from search.results import SearchResults


class SearchError(Exception):
    """The index cannot do what was asked (busy, unreadable, closed); the message is a sentence."""


class SearchBackend(Protocol):
    def add_paper(self, paper: Paper) -> None:
        """Replace everything indexed from `paper.id` with this paper, in one commit."""

    def add_papers(self, papers: Iterable[Paper], *, before_commit: Callable[[], None] | None = None) -> int:
        """add_paper for each (a later paper with the same id wins) in ONE commit; returns how many were indexed.
        `before_commit` runs with everything added, just before the commit (crash tests stop there)."""

    def remove_paper(self, doc_id: str) -> None:
        """Remove everything indexed from one paper."""

    def remove_papers(self, doc_ids: Iterable[str]) -> None:
        """Remove everything indexed from these papers, in one commit."""

    def paper_ids(self) -> set[str]:
        """The ids of the papers indexed (the archive compares them with papers/ and the graph)."""

    def has_paper(self, doc_id: str) -> bool:
        """Whether the paper is indexed."""

    def query(self, q: str, *, page: int = 1, per_page: int = 20, sort: str = "relevance",
              filters: dict[str, str] | None = None) -> SearchResults:
        """Run a query-language string; raises ValueError only for an empty query."""

    def rebuild(self, papers: Iterable[Paper]) -> int:
        """Replace the whole index with these papers in one commit; returns how many were indexed."""

    def doc_count(self) -> int:
        """How many papers are indexed."""

    def close(self) -> None:
        ...
