"""Workplan tables: item, title, activity, target group, responsible parties, progress, timing.

Two layouts. Reader tables: one row per line, cells joined by ' | ', paragraphs
in a cell joined by '; ', and a header row naming the columns. Plain-text
exports (sample 004): every cell starts on a tab-indented line, its further
paragraphs follow unindented, an indented empty line is an empty cell, and a
row starts with a line holding only its number.
"""
from __future__ import annotations

import re

from ingest.model import Item, WorkplanRow
from ingest.parse.lines import Line, cells, is_table_row, sub

_COLUMNS = [
    ("item", r"item(?:\s+no\.?)?|no\.?|ref|#"),
    ("title", r"title|area|theme|objective|priority|workstream|subject"),
    ("activity", r"activit(?:y|ies)|actions?|tasks?|what"),
    ("target_group", r"target\s+groups?|audience|for\s+whom"),
    ("responsible", r"responsible(?:\s+part(?:y|ies|y\(ies\)))?|lead(?:\s+agency|s)?|owners?|by\s+whom|who"),
    ("progress", r"progress|status|update|comments?"),
    ("timing", r"timing|timescales?|deadline|by\s+when|target\s+date|when|dates?"),
]
_COLUMN_PATTERNS = [(name, re.compile(rx)) for name, rx in _COLUMNS]  # compiled once: every line is asked
_SPLIT_PARTIES = re.compile(r"\s*(?:,|&|;|\n|\s[-–—]\s)\s*")


def _column(text: str) -> str | None:
    t = text.strip(" :*").lower()
    for name, rx in _COLUMN_PATTERNS:
        if rx.fullmatch(t):
            return name
    return None


def parties(value: str) -> list[str]:
    """'ABC, DEF, Elmley Trust – Exploitation Steering Group' -> each party once, in order."""
    out: list[str] = []
    for piece in _SPLIT_PARTIES.split(value):
        piece = re.sub(r"\s+", " ", piece).strip(" .·•")
        if piece and piece not in out:
            out.append(piece)
    return out


def find_workplan(lines: list[Line], text: str) -> list[WorkplanRow]:
    rows = _bar_table(lines)
    return rows if rows else _indented_table(lines, text)


def _row(values: dict[str, tuple[str, tuple[int, int] | None]], span: tuple[int, int]) -> WorkplanRow | None:
    item = values.get("item", ("", None))[0].strip()
    title = values.get("title", ("", None))[0].strip()
    if not item and not title:
        return None
    def opt(name: str) -> str | None:
        v = values.get(name, ("", None))[0].strip()
        return v or None
    return WorkplanRow(item=item, title=title, responsible=parties(values.get("responsible", ("", None))[0]),
                       timing=opt("timing"), span=span, activity=opt("activity"),
                       target_group=opt("target_group"), progress=opt("progress"))


def _bar_table(lines: list[Line]) -> list[WorkplanRow]:
    header: list[str | None] | None = None
    out: list[WorkplanRow] = []
    for line in lines:
        if not is_table_row(line):
            if line.blank:
                continue
            header = None if out else header
            continue
        row = cells(line)
        names = [_column(c.text) for c in row]
        if "responsible" in names and ("item" in names or "title" in names):
            header = names
            continue
        if header is None:
            continue
        if line.text.endswith("|") and not line.text.startswith("|"):
            row.append(sub(line, len(line.text)))  # 'a | b |': the reader wrote an empty last cell
        values: dict[str, tuple[str, tuple[int, int] | None]] = {}
        cols = list(header)
        if len(row) == len(cols) + 1 and cols[0] == "item" and "title" not in cols:
            cols = ["item", "title"] + cols[1:]
        for cell, name in zip(row, cols):
            if name and name not in values:
                values[name] = (cell.text, (cell.start, cell.end))
        item = values.get("item", ("", None))[0]
        if item and "title" not in values:
            m = re.match(r"^(\d{1,2}(?:\.\d+)?)\.?\s+(.+)$", item)
            if m:
                values["item"], values["title"] = (m.group(1), None), (m.group(2), None)
        if "title" in values:  # a title written over several paragraphs of its cell reads as one line
            values["title"] = (re.sub(r";\s+", " ", values["title"][0]), values["title"][1])
        r = _row(values, (line.start, line.end))
        if r:
            out.append(r)
    return out


def _indented_table(lines: list[Line], text: str) -> list[WorkplanRow]:
    start = None
    for i, line in enumerate(lines):
        if line.indented and _column(line.text) == "item":
            start = i
            break
    if start is None:
        return []
    header: list[str] = []
    i = start
    while i < len(lines) and not re.fullmatch(r"\d{1,2}", lines[i].text):
        if lines[i].indented and lines[i].text:
            name = _column(lines[i].text)
            if name is None:
                return []
            header.append(name)
        i += 1
    if "responsible" not in header:
        return []
    rows: list[list[list[Line]]] = []
    expected = 1
    while i < len(lines):
        line = lines[i]
        i += 1
        if line.indented and line.text == str(expected):
            rows.append([[line]])
            expected += 1
            continue
        if not rows:
            continue
        if line.indented:
            rows[-1].append([line] if line.text else [])
        elif line.text and rows[-1]:
            rows[-1][-1].append(line)
    out: list[WorkplanRow] = []
    for cells_ in rows:
        cols = list(header)
        if len(cells_) >= len(cols) + 1 and "title" not in cols:
            cols = ["item", "title"] + cols[1:]
        values: dict[str, tuple[str, tuple[int, int] | None]] = {}
        for cell, name in zip(cells_, cols):
            joiner = "; " if name == "timing" else ("\n" if name == "responsible" else " ")
            value = joiner.join(l.text for l in cell)
            values[name] = (value, (cell[0].start, cell[-1].end) if cell else None)
        first, last = cells_[0][0], next(l for c in reversed(cells_) for l in reversed(c))
        r = _row(values, (first.start, last.end))
        if r:
            out.append(r)
    return out


def rows_as_items(rows: list[WorkplanRow], text: str) -> list[Item]:
    """A workplan's rows are its items (number and title)."""
    items = []
    for r in rows:
        heading_span = None
        words = r.title.split()
        if words:
            start = text.find(words[0], r.span[0], r.span[1])
            last = text.find(words[-1], start + len(" ".join(words[:-1])) if start >= 0 else r.span[1], r.span[1])
            if start >= 0 and last >= 0:
                heading_span = (start, last + len(words[-1]))
        items.append(Item(r.item, r.title, r.span, heading_span))
    return items
