"""Action tables whose rows lost their ` | ` cells: slash-separated rows and one cell per line.

Text taken from PDFs and web pages writes a table row as 'No. / Action / Owner'
('1 / Send the report / Ada Brook'), or puts every cell on a line of its own,
so that under a 'Summary of Actions' heading the action text and its owner
alternate ('Send the report' then 'Ada Brook'). The header words say which
cell is which (Action / Owner / Due / Status, Who / What / When, Lead, 'To be
completed by'); a row the paper's cut-off end leaves without its owner is not read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.parse.dates import find_dates
from ingest.parse.lines import Line, columns, squash, sub
from ingest.parse.markers import explicit_owners, owner_only, runs_on
from ingest.parse.owners import OwnerReader

HEADER = {"action": "text", "actions": "text", "action required": "text", "agreed action": "text",
          "actions agreed": "text", "action agreed": "text", "action point": "text", "action points": "text",
          "what": "text", "task": "text", "action/task": "text", "action description": "text",
          "owner": "owner", "owners": "owner", "owner(s)": "owner", "lead": "owner", "leads": "owner",
          "lead(s)": "owner", "who": "owner", "by whom": "owner", "responsible": "owner", "responsibility": "owner",
          "action by": "owner", "action owner": "owner", "lead officer": "owner", "responsible officer": "owner",
          "lead person": "owner", "lead agency": "owner", "responsible person": "owner", "to be completed by": "owner",
          "to be actioned by": "owner", "person responsible": "owner", "who by": "owner",
          "due": "due", "deadline": "due", "by when": "due", "date": "due", "target date": "due", "when": "due",
          "due date": "due", "timescale": "due", "timescales": "due", "completion date": "due", "date due": "due",
          "target": "due", "status": "status", "progress": "status", "update": "status", "rag": "status",
          "rag status": "status", "comments": "status", "item": "item", "agenda item": "item", "no": "ref",
          "no.": "ref", "ref": "ref", "ref.": "ref", "action no": "ref", "action no.": "ref", "number": "ref",
          "page": "ref", "page no": "ref", "page no.": "ref", "minute no": "ref", "minute no.": "ref",
          # the discussion column of minutes written as a table ('Item | Discussion | Action')
          "discussion": "note", "minutes": "note", "minute": "note", "notes": "note", "note": "note", "summary": "note",
          "subject": "note", "issue": "note", "issues": "note", "details": "note", "decision": "note",
          "decisions": "note", "discussion and decisions": "note", "discussion/decisions": "note",
          "discussion / decisions": "note", "narrative": "note", "points of discussion": "note",
          "discussion and actions": "note", "notes of discussion": "note", "key points": "note",
          "topic": "note", "item and discussion": "note", "agenda item and discussion": "note",
          # more of the words action logs head their columns with (round 43): only a table with a task column
          # and an owner column is read, so a 'Description' column elsewhere is left alone
          "description": "text", "action(s)": "text", "action items": "text", "action item": "text",
          "actions required": "text", "tasks": "text", "task description": "text", "next steps": "text",
          "assigned to": "owner", "allocated to": "owner", "action lead": "owner", "owner/lead": "owner",
          "lead/owner": "owner", "responsible officer(s)": "owner", "who responsible": "owner",
          "due by": "due", "target completion date": "due", "completion by": "due", "deadline date": "due",
          "date for completion": "due", "outcome": "status",
          # (round 47)
          "action detail": "text", "action details": "text", "current status": "status", "latest status": "status"}
_BOUNDARY = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")
_SLASH = re.compile(r"\s/\s|\s/$|^/\s")
# a heading over an action table: 'Summary of Actions', 'Action Log', 'Actions Arising', 'ACTIONS AGREED'
_SUMMARY = re.compile(
    r"^(?:(?:summary|schedule|list|table|log|record|register)\s+of\s+(?:the\s+)?)?(?:agreed\s+|outstanding\s+|new\s+)?"
    r"actions?(?:\s+(?:log|summary|agreed|arising|list|table|tracker|points?|register|schedule|sheet|notes))?\s*:?$",
    re.I)
# a numbered row of a slash table with no header: '3. / Carol to review the subgroups. / Carol'
_NUMBERED_SLASH = re.compile(r"^\d{1,3}\.?\s*/\s+\S")
_STATUS_CELL = re.compile(
    r"^\(?(?:completed?|done|ongoing|on-going|outstanding|open|closed|in progress|deferred|withdrawn|overdue|"
    r"carried forward|not started|green|amber|red)\)?\.?$", re.I)
_TEXT_LINES = 3  # an action text may wrap over this many lines before its owner
_WRAP = 50  # a line this long that ends no sentence may wrap onto the next


def header_kind(cell: str) -> str | None:
    """What a header cell names ('Action No.' -> ref, 'To be completed by:' -> owner), or None."""
    if len(cell) > 48:
        return None  # longer than any header word (a quick answer for every line of prose)
    return HEADER.get(squash(cell).strip(" :*").lower())


def slash_cells(line: Line) -> list[Line]:
    """The cells of a row written 'a / b / c' (a trailing ' /' closes an empty last cell)."""
    out: list[Line] = []
    pos = 0
    for m in _SLASH.finditer(line.text):
        out.append(sub(line, pos, m.start()))
        pos = m.end()
    out.append(sub(line, pos))
    if out and not out[-1].text and line.text.rstrip().endswith("/"):
        out = out[:-1]
    return out


def slash_header(line: Line) -> dict[int, str] | None:
    """Column kinds of a slash-separated header row that has an action column and an owner column."""
    if "/" not in line.text or not _SLASH.search(line.text):  # the cheap test first: most lines have no slash
        return None
    kinds = {k: header_kind(c.text) for k, c in enumerate(slash_cells(line))}
    if "text" in kinds.values() and "owner" in kinds.values() and all(kinds.values()):
        return {k: v for k, v in kinds.items() if v}
    return None


# a header's last cell with the first row's reference glued to it: 'Current status05/005' (round 47)
_GLUED_REF = re.compile(r"^(?P<head>.*?[A-Za-z)])(?P<ref>\d[\d./,-]*)$")


def glued_slash_header(line: Line) -> tuple[dict[int, str], Line] | None:
    """A slash header whose last cell has the first row glued to it ('Number / Owner / Action detail / Current
    status05/005 / AB / Write to ... / March update'): its column kinds and the row, when the header has an action
    column and an owner column and the row as many cells as the header. None for any other line."""
    if "/" not in line.text or not _SLASH.search(line.text):  # the cheap test first: most lines have no slash
        return None
    row = slash_cells(line)
    for n in range(2, (len(row) + 1) // 2 + 1):
        glued = _GLUED_REF.match(row[n - 1].text)
        kinds = {k: header_kind(c.text) for k, c in enumerate(row[:n - 1])}
        if glued is None or not all(kinds.values()) or len(row) - n + 1 != n:
            continue
        kinds[n - 1] = header_kind(glued.group("head"))
        if kinds[n - 1] and "text" in kinds.values() and "owner" in kinds.values():
            return {k: v for k, v in kinds.items() if v}, sub(line, row[n - 1].start - line.start + glued.start("ref"))
    return None


def slash_minute_header(line: Line) -> dict[int, str] | None:
    """Columns of minutes written as a slash table ('No / Note / Action'): every cell a header word, a
    discussion column and one action or owner column. None for any other line."""
    if "/" not in line.text or not _SLASH.search(line.text):  # the cheap test first: most lines have no slash
        return None
    kinds = {k: header_kind(c.text) for k, c in enumerate(slash_cells(line))}
    return minute_columns(kinds) if all(kinds.values()) else None


def spaced_header(line: Line) -> dict[int, str] | None:
    """Column kinds of a header whose cells are apart by tabs or runs of spaces ('Action     Owner     Due')."""
    cols = columns(line)
    if len(cols) < 2:
        return None
    kinds = {k: header_kind(c.text) for k, c in enumerate(cols)}
    if "text" in kinds.values() and "owner" in kinds.values() and all(kinds.values()):
        return {k: v for k, v in kinds.items() if v}
    return None


def is_summary_heading(line: Line) -> bool:
    return bool(_SUMMARY.match(line.text))


def _is_header_line(line: Line) -> bool:
    return header_kind(line.text) is not None or bool(re.fullmatch(r"\d{1,3}\.?", line.text))


def _is_owner(line: Line, reader: OwnerReader, strict: bool = True) -> bool:
    """Does the line name only owners (never a header: 'Owner', 'Action / Owner / Due')? `strict`: the
    line is an owner by its shape alone, so what nothing resolves must read as a role or team."""
    if not owner_only(line.text) or any(header_kind(p) for p in re.split(r"\s*[/,&]\s*", line.text)):
        return False
    if strict and not line.text[:1].isupper():
        return False  # 'members' after '... to be circulated to Board': the text wrapped, not an owner
    owners = explicit_owners(line.text, reader, strict=strict)
    return owners.found


def _is_text(line: Line) -> bool:
    """Could the line be an action's text (three words or more, not a header row like 'Who / What / When')?"""
    parts = [p for p in re.split(r"\s*[/|]\s*", line.text) if p]
    return len(line.text.split()) >= 3 and bool(re.search(r"[a-z]", line.text)) \
        and not all(header_kind(p) for p in parts)


@dataclass
class Row:
    """One action of a table written one cell per line: its text, its owner line, and any due date or status."""

    body: Line
    owner: Line
    due: str | None = None
    status: str | None = None
    cut: bool = False  # the text ends inside this row: it is reported, not read


def _is_due(line: Line) -> bool:
    dates = find_dates(line.text)
    return bool(dates) and len(line.text) <= 30


def _skip_extras(lines: list[Line], j: int, row: Row) -> int:
    """Past the due-date and status cells that follow an owner line; they are kept on the row."""
    while j < len(lines) and not lines[j].blank:
        if _STATUS_CELL.match(lines[j].text):
            row.status = row.status or lines[j].text.strip(" .()").upper()
        elif _is_due(lines[j]):
            row.due = row.due or lines[j].text
        else:
            break
        j += 1
    return j


def header_run(lines: list[Line], i: int) -> list[str]:
    """The kinds of the header cells written one per line from line i ('Action' / 'Owner' / 'Due'), if
    at least two, with an action column and an owner column among them; else []."""
    kinds: list[str] = []
    j = i
    while j < len(lines) and not lines[j].blank and (kind := header_kind(lines[j].text)) is not None:
        kinds.append(kind)
        j += 1
    return kinds if "text" in kinds and "owner" in kinds else []


def _wraps(line: Line, nxt: Line, reader: OwnerReader) -> bool:
    """Is `nxt` the rest of the action text on `line` (it starts in lower case, or `line` breaks off
    mid-sentence or is a long line that ends no sentence), rather than the next cell?"""
    if nxt.blank:
        return False
    if nxt.text[:1].islower():
        return True  # 'members', 'and the police': the text goes on; an owner line starts with a capital
    if _is_owner(nxt, reader):
        return False
    return runs_on(line.text) or (len(line.text) >= _WRAP and not re.search(r"[.;:!?]$", line.text))


def owner_rows(lines: list[Line], i: int, reader: OwnerReader, text: str) -> tuple[list[Row], int]:
    """From line i (under an action-table heading or header), the actions written one cell per line.

    Header cells and row numbers are skipped; each action's text (wrapped over up to three lines) is
    followed by a line naming only its owners, then maybe its due date and status. The block ends at
    the first text with no owner after it. Returns the rows and the index after the last one (i when
    there are none)."""
    j = i
    while j < len(lines) and (lines[j].blank or _is_header_line(lines[j])):
        j += 1
    rows: list[Row] = []
    end = i
    while j < len(lines):
        if lines[j].blank or re.fullmatch(r"\d{1,3}\.?", lines[j].text):
            j += 1
            continue
        if not _is_text(lines[j]) or _is_owner(lines[j], reader):
            break
        k = j
        while k + 1 < len(lines) and k - j < _TEXT_LINES - 1 and _wraps(lines[k], lines[k + 1], reader):
            k += 1
        if k + 1 >= len(lines) or not _is_owner(lines[k + 1], reader):
            if rows and not text[lines[min(k + 1, len(lines) - 1)].end:].strip():
                rows.append(Row(lines[j], lines[j], cut=True))  # the paper's text ends inside this row
            break  # no owner after it: not this layout, or the text is cut off here
        body = Line(lines[j].index, lines[j].start, lines[k].end, squash(text[lines[j].start:lines[k].end]))
        row = Row(body, lines[k + 1])
        rows.append(row)
        j = end = _skip_extras(lines, k + 2, row)
    return rows, end


def _run(lines: list[Line], j: int, test) -> int:
    """The index after the run of non-blank lines from j that pass `test`."""
    while j < len(lines) and not lines[j].blank and test(lines[j]):
        j += 1
    return j


def column_rows(lines: list[Line], i: int, reader: OwnerReader) -> tuple[list[Row], int]:
    """A table flattened column by column, paired by position only when the columns have as many cells:
    an 'Action' header line and its cells, then an 'Owner' header line and its cells; or every header
    cell first ('No.' / 'Action' / 'Owner' / 'Due'), then the numbers, the actions, the owners."""
    kinds = header_run(lines, i)
    if kinds and kinds.index("text") < kinds.index("owner"):
        j = i + len(kinds)
        if "ref" in kinds:
            j = _run(lines, j, lambda ln: bool(re.fullmatch(r"\d{1,3}\.?", ln.text)))
        t = _run(lines, j, lambda ln: _is_text(ln) and ln.text[:1].isupper() and not _is_owner(ln, reader))
        o = _run(lines, t, lambda ln: _is_owner(ln, reader))
        if t - j >= 2 and o - t == t - j:
            return [Row(lines[a], lines[b]) for a, b in zip(range(j, t), range(t, o))], o
        return [], i
    if header_kind(lines[i].text) != "text":
        return [], i
    texts: list[Line] = []
    j = i + 1
    while j < len(lines) and not lines[j].blank and header_kind(lines[j].text) is None:
        if not _is_text(lines[j]) or not lines[j].text[:1].isupper() or _is_owner(lines[j], reader):
            return [], i
        texts.append(lines[j])
        j += 1
    if not texts or j >= len(lines) or header_kind(lines[j].text) != "owner":
        return [], i
    owners = lines[j + 1:j + 1 + len(texts)]
    if len(owners) != len(texts) or not all(not o.blank and _is_owner(o, reader) for o in owners):
        return [], i
    return [Row(t, o) for t, o in zip(texts, owners)], j + 1 + len(texts)


def minute_columns(kinds: dict[int, str | None]) -> dict[int, str] | None:
    """Columns of minutes written as a table ('Item | Discussion | Action', 'No. | Notes | Lead'): one
    action or owner column beside a discussion column. None when the header is not such a table."""
    found = [v for v in kinds.values() if v in ("text", "owner")]
    if len(found) != 1 or "note" not in kinds.values():
        return None
    return {k: v for k, v in kinds.items() if v}


_CELL_BREAK = re.compile(r"[.!?:]?;\s+(?=[A-Z(])")  # paragraphs of a cell are joined by '; '


def last_sentence(cell: Line) -> Line | None:
    """The last sentence (or paragraph) of a discussion cell, or the text after an ACTION label in it."""
    label = None
    for m in re.finditer(r"(?:^|(?<=[.;!?]\s))(?:ACTIONS?|Actions?)\s*[:–—-]\s*", cell.text):
        label = m
    if label is not None:
        return sub(cell, label.end())
    start = 0
    for m in _CELL_BREAK.finditer(cell.text.rstrip(" ;")):
        start = m.end()
    for m in _BOUNDARY.finditer(cell.text.rstrip()):
        if m.end() > start and len(re.search(r"(\S*)$", cell.text[:m.start()]).group(1)) > 2:
            start = m.end()
    piece = sub(cell, start)
    return piece if len(piece.text.split()) >= 3 else None


def numbered_slash_rows(lines: list[Line], i: int, reader: OwnerReader, text: str) -> tuple[list[Row], int]:
    """Under an action heading, a slash table with no header: numbered rows 'N. / action / owner', a row's
    action text running on over the lines before the one that ends in ' / owner'. The rows end at the
    first line that is neither; a row whose owner cell is missing is not read."""
    j = i
    while j < len(lines) and lines[j].blank and j - i < 2:
        j += 1
    rows: list[Row] = []
    end = i
    while j < len(lines) and _NUMBERED_SLASH.match(lines[j].text):
        k = j
        while k < len(lines) and not lines[k].blank and k - j < 4:
            cells = slash_cells(lines[k])
            if len(cells) >= 2 and cells[-1].text and _is_owner(cells[-1], reader, strict=False) \
                    and (k > j or len(cells) >= 3):
                break
            if k > j and _NUMBERED_SLASH.match(lines[k].text):
                k = len(lines)
                break
            k += 1
        if k >= len(lines) or lines[k].blank or k - j >= 4:
            break  # no owner cell: not this layout, or the text ends inside the row
        first = slash_cells(lines[j])[1]
        last_cells = slash_cells(lines[k])
        end_text = last_cells[-2].end if len(last_cells) >= 2 and (k > j or len(last_cells) >= 3) else first.end
        body = Line(first.index, first.start, end_text, squash(text[first.start:end_text]).strip(" /"))
        if _is_text(body):
            rows.append(Row(body, last_cells[-1]))
        j = end = k + 1
    return rows, end

