"""Action logs whose columns a PDF's text ran together with single spaces (round 43).

'No Action Owner Due' / '1 Write to the council about the parking AB 30/06/31': no tab, gap or cell separator is
left, so neither the table readers nor the one-cell-per-line readers see a table. The header line is made of
action-table column words only (`action_tables.HEADER`), one task column and one owner column among them; it gives
the columns' order. Each row is then read from its ends: a reference first, the status and due-date cells last
(dates and status words only), the owner cell next to the task (only what the caller's `owner_ok` accepts: people
the paper names, each resolved). A row whose owner is not found there may wrap onto the next line or two (when the
owner opens the row, lines opening with no owner go on with its task, until a full stop); the log ends at the first
row that cannot be read so.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from ingest.parse.action_tables import HEADER
from ingest.parse.lines import Line

MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"  # a month's name, written short or long
# one trailing cell of a row: a due date or a status (the header says such columns follow the task and owner)
_TAIL_CELL = re.compile(
    rf"\s+(?:\d{{1,2}}[./-]\d{{1,2}}(?:[./-]\d{{2,4}})?|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}(?:\s+\d{{2,4}})?"
    rf"|{MONTH}(?:\s+\d{{2,4}})?|\d{{4}}|asap|ASAP|ongoing|Ongoing|ONGOING|open|Open|OPEN|closed|Closed|CLOSED"
    r"|complete|Complete|COMPLETE|completed|Completed|COMPLETED|done|Done|DONE|in progress|In progress|In Progress"
    r"|outstanding|Outstanding|TBC|tbc|next meeting|Next meeting|Green|Amber|Red|GREEN|AMBER|RED)\s*$")
_REF = re.compile(r"^(?:[A-Z]{0,3}\d{1,3}(?:[./]\d{1,3})*[.)]?|\(?[a-z]\))\s+")
_MAX_WORDS = 10  # a header line holds no more words than this
_FIRST_WORDS = {key.split()[0] for key in HEADER}  # a header line opens with one of these
_MAX_LINES = 3  # a row's task may wrap over this many lines


@dataclass
class SpacedRow:
    """One row read: the task's text and where it stands, the owner cell as written, the trailing cells."""

    text: str
    start: int
    end: int
    index: int
    owner: str
    tail: list[str]


def header_kinds(text: str) -> list[str] | None:
    """The column kinds of a header line of column words only ('No Action Owner Due' -> ref, text, owner, due),
    with exactly one task column and one owner column; None for any other line."""
    words = text.replace("|", " ").split()
    if not 2 <= len(words) <= _MAX_WORDS or words[0].lower().strip(":*") not in _FIRST_WORDS:
        return None  # the cheap cue first: every line of the minutes comes here

    def split(k: int) -> list[list[str]]:
        if k == len(words):
            return [[]]
        out = []
        for n in range(1, min(4, len(words) - k) + 1):
            kind = HEADER.get(" ".join(words[k:k + n]).lower().strip(":*"))
            if kind:
                out.extend([kind, *rest] for rest in split(k + n))
        return out

    fits = [kinds for kinds in split(0) if kinds.count("text") == 1 and kinds.count("owner") == 1]
    return fits[0] if fits else None


def _read_row(text: str, kinds: list[str], owner_ok: Callable[[str], bool]) -> tuple[str, str, list[str]] | None:
    """(task, owner, trailing cells) of one row's text, or None when its owner cell is not found at its place."""
    body = text
    if kinds[0] in ("ref", "item") and (ref := _REF.match(body)):
        body = body[ref.end():]
    text_at, owner_at = kinds.index("text"), kinds.index("owner")
    tail: list[str] = []
    for _ in range(len(kinds) - 1 - max(text_at, owner_at)):
        cell = _TAIL_CELL.search(body)
        if cell is None:
            break
        tail.insert(0, cell.group(0).strip())
        body = body[:cell.start()]
    words = body.split()
    candidates = range(min(5, len(words) - 3), 0, -1)
    for n in candidates:
        who, task = (words[-n:], words[:-n]) if owner_at > text_at else (words[:n], words[n:])
        if owner_ok(" ".join(who)):
            return " ".join(task), " ".join(who), tail
    return None


def spaced_log(lines: list[Line], i: int, owner_ok: Callable[[str], bool]) -> tuple[list[SpacedRow], int] | None:
    """The rows of a spaced action log whose header is line i, and the index after them; None when line i is no
    such header or no row under it can be read."""
    kinds = header_kinds(lines[i].text)
    if kinds is None:
        return None
    rows: list[SpacedRow] = []
    j = i + 1
    while j < len(lines) and not lines[j].blank:
        row = None
        for n in range(1, _MAX_LINES + 1):
            part = lines[j:j + n]
            if len(part) < n or any(p.blank for p in part):
                break
            if (read := _read_row(" ".join(p.text for p in part), kinds, owner_ok)) is not None:
                task, who, tail = read
                row = SpacedRow(task, part[0].start, part[-1].end, part[0].index, who, tail)
                break
        if row is None:
            break
        j += n
        if kinds.index("owner") < kinds.index("text"):
            # the owner opens the row: lines that open with no owner go on with its task
            while j < len(lines) and not lines[j].blank and n < _MAX_LINES and not re.search(r"[.!?]$", row.text) \
                    and _read_row(lines[j].text, kinds, owner_ok) is None:
                row.text, row.end, j, n = f"{row.text} {lines[j].text}", lines[j].end, j + 1, n + 1
        rows.append(row)
    return (rows, j) if rows else None
