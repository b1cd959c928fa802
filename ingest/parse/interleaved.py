"""Attendance grids of `Name (Org)` cells flattened ROW by row into lines of text.

A table of two or three `Name (Org)` cells a row, written out as text, loses its
cells: each row becomes one line holding the first visual line of every cell,
followed by the second visual lines of the cells that wrapped:

    Ada Brook (Elmley Ben Cole (Oakham) Cy Dee (Ashby Trust) and District)
    Eve Fox (Elmley         Gil Hay (Oakham)        Ida Jay (Ashby
    Council)                                        Trust)

An organisation that wraps is left open when the next cell's name starts; the
pieces that close brackets later (on the same line after the last cell, or on
the next line) belong to the open cells in their order (first opened, first
closed), or in a fixed-width layout to the open cell in the same column. Where
that order cannot be told (two brackets close after the last cell on the line
that opened it: 'A (Elmley B (Oakham) C (Ashby Trust) Council)' may give C
'Ashby Trust' or 'Ashby'), the organisations stay empty rather than guessed.

`read_grid` reads such a block of rows; attendance.py decides whose list it is.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.parse.labels import match_label, trailing_label
from ingest.parse.lines import Line, columns, numbered, squash, sub
from ingest.parse.people import _NAME_TOKEN, looks_like_person
from ingest.parse.vocab import Vocabulary

_NAME_RUN = re.compile(rf"((?:{_NAME_TOKEN}\s+){{1,4}}{_NAME_TOKEN})\s*$")
_PARTICLES = {"de", "da", "di", "du", "van", "von", "der", "den", "la", "le", "del", "bin", "ibn", "al"}
_COLUMN_SLACK = 6  # characters a wrapped piece may sit off its cell's column in fixed-width text


@dataclass
class Cell:
    """One person's cell: the name, the pieces of the bracketed organisation, what followed it."""

    name: Line
    parts: list[Line] = field(default_factory=list)
    closed: bool = False
    ambiguous: bool = False
    column: int | None = None
    tail: list[Line] = field(default_factory=list)  # '– AB', '–notes', '*' after the bracket
    kind: str = "attendees"
    block: int = 0

    @property
    def org(self) -> str | None:
        if not self.closed or self.ambiguous:
            return None
        value = squash(" ".join(p.text for p in self.parts))
        return value or None

    @property
    def end(self) -> int:
        return max([self.name.end] + [p.end for p in self.parts] + [t.end for t in self.tail])


@dataclass
class Grid:
    cells: list[Cell] = field(default_factory=list)
    end_index: int = 0  # index of the first line after the grid
    labelled: bool = False  # a list label was met inside the grid
    blocks: int = 1
    ambiguous: bool = False
    wrapped: bool = False  # a line held two cells with an organisation left open: a row-flattened grid
    empty_label: str | None = None  # a list label met inside the grid with no cells after it


def _name_at_end(chunk: str, short: bool, vocab: Vocabulary) -> tuple[int, str] | None:
    """The person's name that ends `chunk` (just before its '('); `short` after another cell's open
    organisation, where only the last two words (and particles) can be told to be the name."""
    m = _NAME_RUN.search(chunk)
    if not m:
        return None
    words = m.group(1).split()
    if short:
        keep = 2
        while keep < len(words) and words[-keep - 1].lower() in _PARTICLES:
            keep += 1
        words = words[-keep:]
    else:
        # initials, an acronym or a role left from the cell before ('– SR Ada Brook', 'Vice Chair Ada Brook')
        cut = [i for i, w in enumerate(words[:-2]) if w.isupper() and len(w) > 1 and not chunk.isupper()
               or w.lower() in vocab.role_words or w.lower() in vocab.not_name_words or w.lower() in vocab.org_words]
        if cut:
            words = words[cut[-1] + 1:]
    name = " ".join(words)
    start = chunk.rfind(words[0], 0, m.end(1))
    return start, name


class _RowReader:
    """Reads physical lines into cells, keeping the open cells between lines."""

    def __init__(self, vocab: Vocabulary, text: str = "") -> None:
        self.vocab = vocab
        self.text = text
        self.flat = squash(text).lower()  # the paper's text, for organisations written elsewhere
        self.cells: list[Cell] = []
        self.queue: list[Cell] = []  # cells whose organisation is still open, in opening order
        self.ambiguous = False
        self.wrapped = False

    def line(self, line: Line, line_start: int, fixed: bool) -> bool:
        """Read one physical line; False when it holds neither cells nor pieces of open cells.

        `line_start` is the offset of the line's first character (before its indentation), so that
        pieces of fixed-width text know their column.
        """
        continuation = "(" not in line.text and line.text.count(")") == len(self.queue) > 0
        if continuation:
            fixed = False  # one closing piece for each open cell: they close in order, wherever the columns drifted
        pieces = columns(line) if fixed else [line]
        if not pieces:
            return True
        if self._starts_cell(pieces[0].text):
            self._truncate()  # a new row: organisations still open were cut off ('(Elmley' and no more)
        elif not fixed and "(" not in line.text and line.text.count(")") != len(self.queue):
            for c in self.queue:  # pieces that cannot be matched one to one with the open cells
                c.ambiguous = True
            self.ambiguous = self.ambiguous or bool(self.queue)
            self._truncate()
            return bool(self.cells) and ")" in line.text
        row_cells: list[Cell] = []
        for piece in pieces:
            if not self._piece(piece, piece.start - line_start if fixed else None, row_cells):
                return False
        if len(row_cells) >= 2 and (self.queue or any(len(c.parts) > 1 for c in row_cells)):
            self.wrapped = True
        return True

    def _starts_cell(self, text: str) -> bool:
        i = text.find("(")
        if i <= 0 or ")" in text[:i]:
            return False
        found = _name_at_end(text[:i], short=False, vocab=self.vocab)
        return found is not None and looks_like_person(found[1], self.vocab, in_slot=True)

    def _truncate(self) -> None:
        for c in self.queue:
            c.closed = False
        self.queue = []

    def _piece(self, piece: Line, col: int | None, row_cells: list[Cell]) -> bool:
        text = piece.text
        pos = 0
        open_cell: Cell | None = None  # the cell whose bracket opened in this piece
        suspended: list[Cell] = []  # cells of this line left open when the next name started
        read = False
        first_in_piece = True
        while pos <= len(text):
            nxt = min([i for i in (text.find("(", pos), text.find(")", pos)) if i >= 0], default=-1)
            if nxt < 0:
                rest = sub(piece, pos)
                if rest.text:
                    if open_cell is not None:
                        open_cell.parts.append(rest)
                    elif row_cells and row_cells[-1].closed and _is_tail(rest.text):
                        row_cells[-1].tail.append(rest)
                    else:
                        return False  # prose after the cells: not a row of a list
                break
            if text[nxt] == "(":
                chunk = text[pos:nxt]
                found = _name_at_end(chunk, short=open_cell is not None, vocab=self.vocab)
                if found is None or not looks_like_person(found[1], self.vocab, in_slot=True):
                    return False  # a bracket after something that is not a name: not a row of a list
                start, name = found
                before = sub(piece, pos, pos + start)
                if before.text:
                    if open_cell is not None:
                        open_cell.parts.append(before)
                    elif row_cells and row_cells[-1].closed and _is_tail(before.text):
                        row_cells[-1].tail.append(before)
                    else:
                        return False
                if open_cell is not None:
                    suspended.append(open_cell)
                name_line = sub(piece, pos + start, pos + start + len(name))
                cell = Cell(name_line, column=col if first_in_piece else None)
                first_in_piece = False
                self.cells.append(cell)
                row_cells.append(cell)
                self.queue.append(cell)
                open_cell = cell
                read = True
                pos = nxt + 1
                continue
            # a closing bracket
            piece_text = sub(piece, pos, nxt)
            if open_cell is not None and not suspended:
                open_cell.parts.append(piece_text)
                self._close(open_cell)
                open_cell = None
            elif open_cell is not None:
                closers = _closers_before_next_open(text, pos)
                if closers == 1 or len(piece_text.text.split()) == 1:
                    # one word cannot be split between this cell's first line and an older cell's second
                    open_cell.parts.append(piece_text)
                    self._close(open_cell)
                else:  # 'A (Elmley B (Oakham) C (Ashby Trust) Council)': whose piece is whose?
                    choice = self._by_evidence(open_cell, suspended, _closing_pieces(piece, pos, closers))
                    if choice is not None:
                        for cell, parts in choice:
                            cell.parts.extend(parts)
                            self._close(cell)
                    else:  # the paper does not say: leave these organisations out
                        for c in [open_cell] + suspended[:closers - 1]:
                            c.ambiguous = True
                            self._close(c)
                        self.ambiguous = True
                    pos = _skip_closers(text, nxt, closers)
                    open_cell, suspended = None, [c for c in suspended if not c.closed]
                    read = True
                    continue
                open_cell = None
            elif self.queue:
                target = self._owner(col)
                if target is None:
                    for c in self.queue:
                        c.ambiguous = True
                    self.ambiguous = True
                    self._truncate()
                else:
                    target.parts.append(piece_text)
                    self._close(target)
                    row_cells.append(target)
            read = True
            pos = nxt + 1
        return read

    def _owner(self, col: int | None) -> Cell | None:
        """The open cell a wrapped piece belongs to: the same column in fixed-width text, else the first opened."""
        if col is None:
            return self.queue[0]
        near = [c for c in self.queue if c.column is not None and abs(c.column - col) <= _COLUMN_SLACK]
        return near[0] if len(near) == 1 else None

    def _by_evidence(self, last: Cell, older: list[Cell], pieces: list[Line]) -> list[tuple[Cell, list[Line]]] | None:
        """Choose how the pieces closing after the last cell of a line are shared out.

        Either the first piece ends the last cell ('C (Ashby Trust)') and the rest go to the older open
        cells in order, or the last cell's first line ends earlier and the pieces close the older cells
        first, the last piece the last cell ('C (Ashby' + 'Trust' for A ... + 'Council)' for C). The
        reading whose organisations the paper writes elsewhere wins; a tie is no choice.
        """
        options: list[list[tuple[Cell, list[Line]]]] = []
        if not pieces:
            return None
        if len(pieces) - 1 <= len(older):
            options.append([(last, [pieces[0]])] + [(c, [p]) for c, p in zip(older, pieces[1:])])
        if len(pieces) == len(older) + 1:
            words = list(re.finditer(r"\S+", pieces[0].text))
            for j in range(1, len(words)):
                head = sub(pieces[0], 0, words[j - 1].end())
                rest = sub(pieces[0], words[j].start())
                options.append([(older[0], [rest])] + [(c, [p]) for c, p in zip(older[1:], pieces[1:-1])]
                               + [(last, [head, pieces[-1]])])
        scores = [sum(self._written_elsewhere(c, parts) for c, parts in option) for option in options]
        best = max(scores, default=0)
        if best == 0 or scores.count(best) > 1:
            return None
        return options[scores.index(best)]

    def _written_elsewhere(self, cell: Cell, parts: list[Line]) -> bool:
        """Is the organisation these parts would give the cell written somewhere else in the paper?"""
        org = squash(" ".join(p.text for p in cell.parts + parts)).lower()
        if len(org) < 3:
            return False
        here = squash(self.text[cell.name.start:max(p.end for p in parts)]).lower()
        rx = re.compile(rf"(?<!\w){re.escape(org)}(?!\w)")
        return len(rx.findall(self.flat)) > len(rx.findall(here))

    def undo(self, count: int) -> None:
        """Forget the cells read after the first `count` (a line that turned out not to be a row)."""
        dropped = self.cells[count:]
        self.cells = self.cells[:count]
        self.queue = [c for c in self.queue if c not in dropped]

    def _close(self, cell: Cell) -> None:
        cell.closed = True
        if cell in self.queue:
            self.queue.remove(cell)


def _is_tail(text: str) -> bool:
    """What may follow a cell's bracket: '– AB', '–notes', '*', '(Chair)' words; not a sentence, and not
    a comma or semicolon (a paragraph of names, read by the comma rules: names may wrap there)."""
    words = text.strip(" –-—*†‡#").split()
    return len(words) <= 3 and not re.search(r"[.!?:]$", text.strip()) and not re.search(r"[,;]", text)


def _closing_pieces(piece: Line, pos: int, n: int) -> list[Line]:
    """The n pieces of `piece` from `pos` that each end at a closing bracket."""
    out: list[Line] = []
    for _ in range(n):
        end = piece.text.find(")", pos)
        if end < 0:
            break
        out.append(sub(piece, pos, end))
        pos = end + 1
    return out


def _closers_before_next_open(text: str, pos: int) -> int:
    nxt_open = text.find("(", pos)
    segment = text[pos:nxt_open if nxt_open >= 0 else len(text)]
    return segment.count(")")


def _skip_closers(text: str, pos: int, n: int) -> int:
    """The offset after the n-th ')' from pos."""
    for _ in range(n):
        found = text.find(")", pos)
        if found < 0:
            return len(text) + 1
        pos = found + 1
    return pos


def is_grid_line(line: Line, vocab: Vocabulary) -> bool:
    """Does the line open a row of `Name (Org)` cells?"""
    reader = _RowReader(vocab)
    return reader._starts_cell(line.text)


def read_grid(lines: list[Line], text: str, start: int, vocab: Vocabulary, kind: str = "attendees") -> Grid:
    """Read rows of `Name (Org)` cells from lines[start] until the list ends.

    A list label inside the grid ('Apologies:' at a line's start or end) switches the list the
    following cells go to. Blank-line gaps wider than the narrowest gap between rows split blocks.
    """
    grid = Grid()
    reader = _RowReader(vocab, text)
    fixed = any(len(columns(ln)) > 1 for ln in lines[start:start + 12] if not ln.blank)
    gaps: list[tuple[int, int]] = []  # (blank lines before, index of first cell after)
    blank_run = 0
    i = start
    seen = False
    while i < len(lines):
        line = lines[i]
        if line.blank:
            blank_run += 1
            i += 1
            continue
        label = match_label(line)
        if label is not None and label.name in ("attendees", "apologies"):
            kind = label.name
            grid.labelled = True
            if label.value is None:
                blank_run = 0
                i += 1
                continue
            line = label.value
        elif label is not None or numbered(line):
            break
        trailing = trailing_label(line)
        if trailing is not None:
            line = trailing[1]
        count = len(reader.cells)
        if not reader.line(line, text.rfind("\n", 0, lines[i].start) + 1, fixed):
            reader.undo(count)  # not a row of the grid: the grid ended above it
            break
        if seen and len(reader.cells) > count:
            gaps.append((blank_run, count))
        for c in reader.cells[count:]:
            c.kind = kind
        if len(reader.cells) > count:
            grid.empty_label = None
        seen = seen or bool(reader.cells)
        blank_run = 0
        if trailing is not None:
            kind = trailing[0]
            grid.labelled = True
            grid.empty_label = kind
        i += 1
    reader._truncate()
    grid.end_index = i
    grid.cells = reader.cells
    grid.ambiguous = reader.ambiguous
    grid.wrapped = reader.wrapped
    if gaps:
        narrow = min(g for g, _ in gaps)
        block = 0
        breaks = {idx for g, idx in gaps if g > narrow}
        for n, c in enumerate(grid.cells):
            if n in breaks:
                block += 1
            c.block = block
        grid.blocks = block + 1
    return grid


__all__ = ["Cell", "Grid", "read_grid", "is_grid_line"]
