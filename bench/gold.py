"""A document being written and the gold that records what was written into it.

Renderers append lines and tables to a `Draft` and tell it, at the same time,
every fact they put there (a person, an organisation as written, an acronym
expansion, an item, an action with its owners). The gold is therefore true by
construction; only `topics` is derived, by applying the taxonomy's own rule
(whole words, case-insensitive, plurals and possessives) to the finished text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ingest.curated import load_taxonomy
from ingest.names import clean_text, org_key, person_key

GOLD_KEYS = ("doc", "kind", "title", "date", "time", "location", "chair", "attendees", "apologies", "items",
             "actions", "people", "organisations", "acronyms", "future_meetings", "workplan", "topics",
             "mentions_fgm", "notes", "borderline")


@dataclass
class Table:
    """Rows of cells; a cell may hold several lines. `style` says how plain text lays it out."""

    rows: list[list[str]]
    style: str = "stacked"  # "stacked": one cell per line, blank line between rows; "tabs": cells tab-joined


@dataclass
class Draft:
    kind: str
    layout: str = ""  # how the paper is laid out ("header=block, lists=grid, ..."), said in the gold's notes
    blocks: list[str | Table] = field(default_factory=list)
    gold: dict[str, Any] = field(default_factory=dict)
    _people: dict[str, str] = field(default_factory=dict)
    _orgs: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.gold = {"kind": self.kind, "title": None, "date": None, "time": None, "location": None,
                     "chair": None, "attendees": [], "apologies": [], "items": [], "actions": [],
                     "acronyms": {}, "future_meetings": [], "workplan": [], "notes": "", "borderline": {}}

    # ---- text ---------------------------------------------------------------
    def line(self, text: str = "") -> None:
        self.blocks.append(text)

    def table(self, rows: list[list[str]], style: str = "stacked") -> None:
        self.blocks.append(Table(rows, style))

    # ---- facts --------------------------------------------------------------
    def person(self, name: str) -> str:
        self._people.setdefault(person_key(name), name)
        return name

    def org(self, name: str) -> str:
        self._orgs.setdefault(org_key(name), name)
        return name

    def acronym(self, short: str, expansion: str) -> None:
        self.gold["acronyms"][short] = expansion

    def item(self, number: str, heading: str) -> None:
        self.gold["items"].append({"number": number, "heading": heading})

    def action(self, item: str | None, text: str, owners: list[str]) -> None:
        self.gold["actions"].append({"item": item, "text": text, "owners": owners})

    def borderline_org(self, name: str) -> None:
        self.gold["borderline"].setdefault("organisations", []).append(name)

    # ---- result -------------------------------------------------------------
    def finish(self, doc: str, text: str) -> dict[str, Any]:
        gold = dict(self.gold)
        gold["doc"] = doc
        gold["people"] = list(self._people.values())
        gold["organisations"] = list(self._orgs.values())
        gold["future_meetings"] = sorted(set(gold["future_meetings"]))
        gold["topics"] = topics_in(text)
        gold["mentions_fgm"] = "FGM" in gold["topics"]
        return {k: gold[k] for k in GOLD_KEYS if k in gold} | {k: v for k, v in gold.items() if k not in GOLD_KEYS}


@lru_cache(maxsize=1)
def _topic_patterns() -> list[tuple[str, re.Pattern[str]]]:
    out = []
    for topic, phrases in load_taxonomy().items():
        alts = "|".join(r"\s+".join(re.escape(w) for w in clean_text(p).split()) for p in phrases)
        out.append((topic, re.compile(rf"(?<!\w)(?:{alts})(?:s|es|'s|s')?(?!\w)", re.IGNORECASE)))
    return out


def topics_in(text: str) -> list[str]:
    """The taxonomy topics a text mentions, by the rule taxonomy.yaml states."""
    folded = clean_text(text)
    return [topic for topic, pattern in _topic_patterns() if pattern.search(folded)]
