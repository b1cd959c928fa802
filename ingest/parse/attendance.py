"""Attendee and apology lists: where they are and who is on them.

A list starts at its label ('Attendees:', 'Present', 'Apologies:') and runs to
the next label or numbered item. Its lines may be `Name (Org)` lines in columns,
`Name – Org` lines, a `Name | Designation` table (its header row names the
columns), or a bare list of names followed by a separate designations list.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ingest.names import person_key
from ingest.parse.attendance_tables import read_tables
from ingest.parse.labels import Label, legend, match_label
from ingest.parse.lines import Line, cells, is_table_row, join, numbered, strip_bullet, sub
from ingest.parse.people import Entry, is_role, looks_like_person, parse_entry, split_entries
from ingest.parse.vocab import Vocabulary

_SECTION_LABELS = ("attendees", "apologies", "designations")
_HEADER_CELLS = {
    "name": "name", "names": "name", "attendee": "name", "member": "name",
    "organisation": "org", "organization": "org", "agency": "org", "service": "org", "representing": "org",
    "designation": "designation", "role": "role", "title": "role", "position": "role", "job title": "role",
}


@dataclass
class Attendance:
    attendees: list[Entry] = field(default_factory=list)
    apologies: list[Entry] = field(default_factory=list)
    end: int | None = None  # offset where the lists end (the minutes' body starts)
    warnings: list[str] = field(default_factory=list)  # lists that could not be read with confidence


def _logical_lines(lines: list[Line], text: str) -> list[Line]:
    """Join a line that opens a parenthesis with the next line(s) that close it (names and orgs wrap)."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.text.count("(") > line.text.count(")") and not is_table_row(line):
            j = i + 1
            while j < len(lines) and j <= i + 2 and not lines[j].blank and "(" not in lines[j].text:
                joined = join(line, lines[j], text)
                if joined.text.count(")") >= joined.text.count("("):
                    line, i = joined, j
                    break
                line, i = joined, j
                j += 1
        out.append(line)
        i += 1
    return out


def _split_inline(value: Line) -> list[Line]:
    """'A (X); B (Y), C' -> pieces, splitting on ';' always and on ',' between people in parentheses."""
    pieces: list[Line] = []
    depth = 0
    start = 0
    text = value.text
    for i, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and (ch == ";" or (ch == "," and _comma_separates(text, i))):
            pieces.append(sub(value, start, i))
            start = i + 1
    pieces.append(sub(value, start))
    return [p for p in pieces if p.text]


def _comma_separates(text: str, i: int) -> bool:
    """A comma separates people when the line lists names with parentheses, or only names."""
    return text.count("(") >= 2 or text.count(",") >= 1 and "(" not in text and " – " not in text


class _Section:
    def __init__(self, kind: str, label: Label) -> None:
        self.kind = kind
        self.label = label
        self.legend = legend(label.paren)
        self.columns: list[str] | None = None
        self.entries: list[Entry] = []
        self.loose: list[Line] = []  # lines that were not people (a designations column)


def _row_entry(row: list[Line], columns: list[str] | None, vocab: Vocabulary, leg: dict[str, str]) -> Entry | None:
    if columns is None:
        columns = ["name", "designation"] + ["role"] * max(0, len(row) - 2)
    name_cell = next((c for c, col in zip(row, columns) if col == "name"), row[0] if row else None)
    if name_cell is None:
        return None
    entry = parse_entry(name_cell, vocab, leg)
    if entry is None:
        return None
    person = entry.person
    for cell, col in zip(row, columns):
        if cell is name_cell or not cell.text:
            continue
        if col == "org" and person.org is None:
            person.org = cell.text
        else:
            parsed = parse_entry(Line(cell.index, name_cell.start, cell.end, f"{person.name} – {cell.text}"), vocab, leg)
            if parsed is None:
                continue
            if person.org is None and parsed.person.org:
                person.org = parsed.person.org
            person.note = person.note or parsed.person.note
            entry.chair = entry.chair or parsed.chair
    person.span = (row[0].start, row[-1].end)
    entry.bare = False
    return entry


def _grid_entries(row: list[Line], columns: list[str] | None, vocab: Vocabulary,
                  leg: dict[str, str]) -> list[Entry]:
    """A row of a names grid ('A (X) | B (Y) | C (Z)'): one person per cell, when every filled cell is one.

    Only without a header row: under 'Name | Organisation' the cells are columns of one person.
    """
    if columns is not None:
        return []
    filled = [c for c in row if c.text]
    if len(filled) < 2:
        return []
    entries = [parse_entry(strip_bullet(c), vocab, leg) for c in filled]
    return [e for e in entries if e is not None] if all(entries) else []


def _header_columns(row: list[Line]) -> list[str] | None:
    names = [_HEADER_CELLS.get(c.text.strip(" :*").lower()) for c in row]
    if "name" in names and sum(1 for n in names if n) >= 2:
        return [n or "role" for n in names]
    return None


def parse_attendance(lines: list[Line], text: str, vocab: Vocabulary) -> Attendance:
    """Find the attendee/apology lists and read every person on them."""
    result = Attendance()
    sections: list[_Section] = []
    current: _Section | None = None
    logical = _logical_lines(lines, text)
    tables = read_tables(logical, vocab)  # flattened tables first (attendance_tables.py)
    logical = tables.rest(logical)
    k = -1
    while k + 1 < len(logical):
        k += 1
        line = logical[k]
        if line.blank:
            continue
        label = match_label(line)
        if label is not None and label.name in _SECTION_LABELS:
            current = _Section(label.name, label)
            sections.append(current)
            if label.value is not None:
                value = label.value
                if _names_paragraph(value, vocab):  # a paragraph of names may wrap onto the next lines
                    while k + 1 < len(logical) and _wraps_into(value, logical[k + 1]):
                        value, k = join(value, logical[k + 1], text), k + 1
                for piece in _split_inline(value):
                    _add(current, piece, vocab)
            continue
        if current is None:
            continue
        if label is not None or numbered(line) or _ends_section(line) or tables.closes(k):
            result.end = line.start
            current = None
            continue
        if is_table_row(line):
            row = cells(line)
            header = _header_columns(row)
            if header:
                current.columns = header
                continue
            filled = [c for c in row if c.text]
            if len(filled) == 1:
                # the last, part-filled row of a names grid, or a sub-heading row ("In attendance")
                entry = parse_entry(strip_bullet(filled[0]), vocab, current.legend) if current.columns is None else None
                if entry is not None:
                    current.entries.append(entry)
                continue
            grid = _grid_entries(row, current.columns, vocab, current.legend)
            if grid:
                current.entries.extend(grid)
                continue
            entry = _row_entry(row, current.columns, vocab, current.legend)
            if entry:
                current.entries.append(entry)
            continue
        for piece in split_entries(line):
            _add(current, piece, vocab)
    _merge(sections, result, vocab)
    tables.fold(result)
    return result


def _names_paragraph(value: Line, vocab: Vocabulary) -> bool:
    """'A (X), B (Y), C' or 'A, B, C': people separated by commas, not one 'Name, Role, Org' entry."""
    if "(" in value.text:
        return "," in value.text or ";" in value.text
    pieces = [p.strip() for p in value.text.split(",")]
    return len(pieces) > 1 and all(looks_like_person(p, vocab, in_slot=True) for p in pieces[:-1])


def _wraps_into(value: Line, nxt: Line) -> bool:
    """Does `nxt` carry on a comma-separated list of names ('..., Ada' / 'Brook (Elmley), ...')?

    A line break after a comma, inside a parenthesis or after a word is a wrap; after a closed
    entry ('(Elmley)', a '*' marker) the next line is a new list unless it opens with '(' or lower case.
    """
    if nxt.blank or is_table_row(nxt) or numbered(nxt) or _ends_section(nxt) or match_label(nxt) is not None:
        return False
    end = value.text.rstrip()
    if end.endswith((",", ";")) or end.count("(") > end.count(")"):
        return True
    if end.endswith((")", "*", "†", "‡", "#")):
        return nxt.text[:1] == "(" or nxt.text[:1].islower()
    return True


def _ends_section(line: Line) -> bool:
    """A prose sentence ends a list ('The Chair welcomed members...')."""
    words = line.text.split()
    return len(words) > 14 and line.text.rstrip().endswith(".") and "(" not in line.text[:40]


def _add(section: _Section, piece: Line, vocab: Vocabulary) -> None:
    piece = strip_bullet(piece)
    entry = parse_entry(piece, vocab, section.legend)
    if entry is None:
        section.loose.append(piece)
    else:
        section.entries.append(entry)


def _merge(sections: list[_Section], result: Attendance, vocab: Vocabulary) -> None:
    """Assign sections to attendees/apologies; fold designations lists into the names they describe."""
    for section in sections:
        if section.kind == "designations":
            _apply_designations(section, result.attendees + result.apologies)
            continue
        target = result.attendees if section.kind == "attendees" else result.apologies
        entries = section.entries
        bare = [e for e in entries if e.bare]
        # a column of names followed by a column of their organisations
        if bare and len(bare) == len(entries) and len(section.loose) == len(entries):
            for e, org in zip(entries, section.loose):
                if not is_role(org.text, vocab):
                    e.person.org = org.text
        seen = {person_key(e.person.name) for e in target}
        for e in entries:
            key = person_key(e.person.name)
            if key in seen:
                continue
            seen.add(key)
            target.append(e)


def _apply_designations(section: _Section, people: list[Entry]) -> None:
    by_key = {person_key(e.person.name): e for e in people}
    for d in section.entries:
        e = by_key.get(person_key(d.person.name))
        if e is None:
            continue
        if e.person.org is None and d.person.org:
            e.person.org = d.person.org
        e.person.note = e.person.note or d.person.note
        e.chair = e.chair or d.chair
