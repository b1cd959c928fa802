"""An attendance grid of `Name / mark` cells, several people to a row, with no header:
'Ada Brook (Chair) /  / Ben Cole / X / Dr Cy Dee / X'.

Text extraction drops tick glyphs, so a present mark may be an empty cell, and 'X' means absent in
one grid and present in another. What a mark means comes from the paper's key or the generic codes
('✓', 'P', 'A', ...); an empty cell or an 'X' the key does not explain is told by the chair's row (the
chair attended, so the chair's mark means present and the other mark absent). When nothing tells, the
grid is not read and a warning says so. Where the text kept ticks, an empty cell or an 'X' beside them is
the other mark (round 63, parse/mark_column.py). Absent people go to the apologies only when their mark says
apologies; otherwise they are in neither list.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ingest.parse.lines import Line, sub
from ingest.parse.mark_column import TICKS, X_MARKS
from ingest.parse.people import Entry, parse_entry
from ingest.parse.vocab import Vocabulary

_CELL = re.compile(r"\s+/(?=\s|$)")
_MARK = re.compile(r"[A-Za-z]|[✓✔√☑ü✗×•*]|")  # one letter or glyph, or nothing (a dropped tick)
_MIN_ROWS = 3

ATTENDED, APOLOGIES = "attended", "apologies"


@dataclass
class MarkGrid:
    """The people a grid lists as present and as sending apologies, and the first line after it."""

    end: int
    present: list[Entry] = field(default_factory=list)
    apologies: list[Entry] = field(default_factory=list)
    warning: str | None = None


def grid_cue(line: Line) -> bool:
    """The cheap test: three or more ' / ' cell separators on the line."""
    return line.text.count(" /") >= 3


def read_mark_grid(lines: list[Line], k: int, vocab: Vocabulary,
                   meaning: Callable[[str], str | None]) -> MarkGrid | None:
    """The grid starting at `lines[k]`, or None when no run of three `Name / mark` rows starts there.

    `meaning`: what an attendance code means ('attended', 'apologies', 'represented', 'absent'), by the
    paper's key or the generic codes."""
    pairs: list[tuple[Entry, str]] = []
    rows = 0
    j = k
    while j < len(lines):
        if lines[j].blank:
            j += 1
            continue
        row = _row(lines[j], vocab)
        if row is None:
            break
        pairs.extend(row)
        rows += 1
        j += 1
    if rows < _MIN_ROWS:
        return None
    grid = MarkGrid(end=j)
    status = _meanings({mark for _, mark in pairs}, pairs, meaning)
    if status is None:
        grid.warning = ("Attendance grid: what its marks mean (an empty cell, 'X') could not be told, so "
                        f"its {len(pairs)} names are in neither list.")
        return grid
    for entry, mark in pairs:
        if status.get(mark) == ATTENDED:
            grid.present.append(entry)
        elif status.get(mark) == APOLOGIES:
            entry.chair = False
            grid.apologies.append(entry)
    return grid


def _row(line: Line, vocab: Vocabulary) -> list[tuple[Entry, str]] | None:
    """A row of name and mark cells, alternating, at least two people; a name cell that is not read as a
    person ('AdaBrook') is skipped, but most must be."""
    bounds = [0, *(x for m in _CELL.finditer(line.text) for x in (m.start(), m.end())), len(line.text)]
    cells = [sub(line, a, b) for a, b in zip(bounds[::2], bounds[1::2])]
    if len(cells) % 2:
        cells.append(sub(line, len(line.text)))  # the last mark cell empty, its separator ending the line
    if len(cells) < 4:
        return None
    names, marks = cells[::2], [c.text.strip() for c in cells[1::2]]
    if not all(_MARK.fullmatch(m) for m in marks):
        return None
    out = [(entry, mark) for name, mark in zip(names, marks) if (entry := parse_entry(name, vocab)) is not None]
    return out if 2 * len(out) > len(names) else None


def _meanings(marks: set[str], pairs: list[tuple[Entry, str]],
              meaning: Callable[[str], str | None]) -> dict[str, str] | None:
    """Each mark's status: by the key or generic codes; an unexplained mark by the chair's row. None when a
    mark stays unexplained."""
    status = {m: s for m in marks if m and (s := meaning(m)) is not None}
    if any(m in TICKS and status.get(m) == ATTENDED for m in marks):
        # ticks kept by the text: an empty cell or an 'X' beside them is the other mark (round 63)
        status.update({m: "absent" for m in marks if m not in status and (not m or m in X_MARKS)})
    unknown = [m for m in marks if m not in status]
    if not unknown:
        return status
    chairs = {mark for entry, mark in pairs if entry.chair}
    if len(chairs) != 1 or len(unknown) > 2:
        return None
    chaired = chairs.pop()
    if chaired in status and status[chaired] != ATTENDED:
        return None
    for m in unknown:
        status[m] = ATTENDED if m == chaired else "absent"
    if sum(1 for s in status.values() if s == ATTENDED) != 1:
        return None  # two marks both meaning present: the chair's row does not tell them apart
    return status
