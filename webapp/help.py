"""The search help page: the query language as documented in docs/search.md."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from markdown_it import MarkdownIt
from markupsafe import Markup

_CANDIDATES = [Path(__file__).parent / "static" / "search-help.md",
               Path(__file__).resolve().parent.parent / "docs" / "search.md"]


@lru_cache(maxsize=1)
def search_help_html() -> Markup:
    for path in _CANDIDATES:
        if path.exists():
            return Markup(MarkdownIt("commonmark", {"html": False}).enable("table").render(
                path.read_text(encoding="utf-8")))
    return Markup("<p>Type words to search. Use quotes for phrases.</p>")
