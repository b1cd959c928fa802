"""Helpers the extraction-layout tests share: parse an invented text, list people by key.

Not a test module: the tests import it (`from parse_fixtures import parse, keys`), as they
import graph_fixtures.
"""
from __future__ import annotations

from ingest.model import Paper
from ingest.names import person_key
from ingest.parse import parse_structure


def parse(text: str) -> Paper:
    """The paper's structure read from `text` alone, as ingest reads it (no spaCy)."""
    paper = Paper(id="t", filename="t.txt", text=text)
    parse_structure(paper)
    return paper


def keys(entries) -> list[str]:
    """The person keys of attendance entries, in order."""
    return [person_key(p.name) for p in entries]


def chair(paper: Paper) -> str | None:
    """The person key of the paper's chair, None when it has none."""
    return person_key(paper.chair.name) if paper.chair is not None else None
