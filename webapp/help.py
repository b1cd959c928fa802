"""The search help page: the query language as documented in docs/search.md.

The page is read from webapp/docs/search-help.md, a link to docs/search.md that a
build copies into the package (pyproject package-data), so an installed app (the
Docker image) shows the same help as a checkout. It is not under static/, which is
served without sign-in.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from markdown_it import MarkdownIt
from markupsafe import Markup

HELP_FILE = Path(__file__).parent / "docs" / "search-help.md"


@lru_cache(maxsize=1)
def search_help_html() -> Markup:
    return Markup(MarkdownIt("commonmark", {"html": False}).enable("table").render(
        HELP_FILE.read_text(encoding="utf-8")))
