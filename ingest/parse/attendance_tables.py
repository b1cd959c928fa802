"""Attendance tables that text extraction flattened, read into attendee and apology entries.

Layouts (docs/extraction.md, "Rules for real boards' layouts"):
- rows: a header row ('Name / Title / Present / Apology', cells split by ' / ', tabs or ' | ')
  then one row per person; attendance codes are read by the paper's own key ('Key: MA – Member
  Attended, ...') or else by the generic codes in vocabulary.yaml;
- rows under a label: 'In Attendance' then 'Ada Brook / Minute Taker';
- column blocks: a table flattened column by column under an attendance label (a block of
  names, then a block of designations or initials), paired by position only when the counts agree;
- one paragraph: the whole table run together ('NAME ROLE PRESENT APOLOGIES Ada Brook Chair, X Y ...').

A wrong attendee is worse than a missing one: what cannot be read with confidence is said in
`warnings` (copied to paper.warnings), never guessed.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ingest.model import PersonEntry
from ingest.names import TITLES, clean_text, initials_of, person_key, strip_titles
from ingest.parse.labels import Label, match_label
from ingest.parse.lines import Line, numbered, squash, strip_bullet, sub
from ingest.parse.mark_column import TICKS, X_MARKS, blank, ticked_columns
from ingest.parse.mark_grid import grid_cue, read_mark_grid
from ingest.parse.people import (
    TITLED_START,
    Entry,
    fits_initials,
    is_role,
    looks_like_person,
    note_for,
    parse_entry,
)
from ingest.parse.vocab import Vocabulary

if TYPE_CHECKING:
    from ingest.parse.attendance import Attendance

log = logging.getLogger(__name__)
ATTENDED, APOLOGIES, REPRESENTED, ABSENT = "attended", "apologies", "represented", "absent"
_YES_MARKS = TICKS | X_MARKS | {"*", "•"}  # an 'X' beside ticks is the other mark (_column_status)
_STATUS_COLUMNS = {"attended": ATTENDED, "apologies": APOLOGIES, "deputy": REPRESENTED}
_SEPARATOR = re.compile(r"\s+/(?=\s|$)|\s*\t+|\s+\|(?=\s|$)|^\|")
_INITIALS = re.compile(r"^[A-Z][A-Za-z]{0,2}[A-Z][a-z]{0,6}$|^[A-Z]{2,5}$")
_CONNECTOR_END = re.compile(r"(?:\b(?:of|for|and|to|the|in|with|on|at)|[,&/–—-])$", re.I)
_BOARD_CHAIR = re.compile(
    r"^(?:independent\s+)?(?:(?-i:[A-Z]{2,6})\s+)?chair(?:man|person|woman)?\b(?P<rest>.*)$", re.I)
_PAREN_CHAIR = re.compile(r"\((?:(?-i:[A-Z]{2,6})\s+)?(?:independent\s+)?chair(?:man|person)?\)", re.I)


@dataclass
class TableRead:
    """What the tables gave: entries, warnings, and which lines (positions in the list) they took."""

    attendees: list[Entry] = field(default_factory=list)
    apologies: list[Entry] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    taken: set[int] = field(default_factory=set)
    after: set[int] = field(default_factory=set)  # first line after each table
    unlisted: set[str] = field(default_factory=set)  # person keys a mark read as not present (round 63)

    def rest(self, lines: list[Line]) -> list[Line]:
        """The lines with those the tables took blanked (offsets kept), for the line-based reader."""
        return [Line(ln.index, ln.start, ln.start, "") if k in self.taken else ln for k, ln in enumerate(lines)]

    def add(self, status: str, entry: Entry) -> None:
        target = self.attendees if status == ATTENDED else self.apologies if status == APOLOGIES else None
        if target is not None and all(person_key(e.person.name) != person_key(entry.person.name) for e in target):
            target.append(entry)

    def fold(self, result: Attendance) -> None:
        """Add the tables' people and warnings to the line-based reader's Attendance."""
        for mine, theirs in ((self.attendees, result.attendees), (self.apologies, result.apologies)):
            keys = {person_key(e.person.name) for e in theirs}
            theirs.extend(e for e in mine if person_key(e.person.name) not in keys)
        result.warnings.extend(w for w in self.warnings if w not in result.warnings)
        result.unlisted.update(self.unlisted)

    def closes(self, k: int) -> bool:
        """Is line `k` the first after a table (the list its label opened ends there)?"""
        return k in self.after


# --- vocabulary: headers and codes -------------------------------------------------------------

def header_kind(text: str, vocab: Vocabulary) -> str | None:
    """What a column header names ('Designation' -> 'role', 'Apologies' -> 'apologies'), else None."""
    return vocab.header_kinds.get(clean_text(text).lower().strip(" :*"))


class Codes:
    """Attendance codes: the paper's own key first, then the generic codes of the vocabulary."""

    def __init__(self, vocab: Vocabulary, key: dict[str, str] | None = None) -> None:
        self.key = {k.lower(): v for k, v in (key or {}).items()}
        self.generic = {code: meaning for meaning, codes in vocab.attendance_codes for code in codes}

    def meaning(self, token: str) -> str | None:
        low = clean_text(token).lower().strip(" .:;()")
        if not low:
            return None
        return self.key.get(low) or self.generic.get(low)


_KEY_CODE = r"[A-Z][A-Z/]{0,4}"
_PRESENT_WORDS = {"present", "attended", "attending"}
_KEY_SEP = re.compile(rf"(?:^|(?<=[\s,;(]))(?P<code>{_KEY_CODE})\s*(?:=|:|[–—-](?=\s))\s*")
_KEY_BARE = re.compile(rf"(?:^|(?<=[\s,;(]))(?P<code>{_KEY_CODE})\s+(?=[A-Za-z])")


def read_key(lines: list[Line], vocab: Vocabulary) -> dict[str, str]:
    """The paper's own key of attendance codes -> {code: meaning}.

    Written 'Key: MA – Member Attended, RA – Representative Attended', 'P= Present A= Apologies
    DNA=Did not attend', 'P - Present, A - Apologies' or 'Key: P Present A Apologies'. Without the
    word 'Key' a line is a key only when it is short, holds two codes or more and every one of them
    means an attendance ('GMP - Greater Manchester Police, SCC - ...' is a glossary).
    """
    out: dict[str, str] = {}
    for line in lines:
        text = clean_text(line.text)
        m = re.match(r"^\(?\s*key\s*[:\-–]?\s*(.*)$", text, re.I)
        body = (m.group(1) if m else text).rstrip(")")
        if not body or len(body) > 250:
            continue
        pairs = _key_pairs(body, _KEY_SEP) or (_key_pairs(body, _KEY_BARE) if m else [])
        meanings = [(code.lower(), _key_meaning(desc, vocab)) for code, desc in pairs]
        if m or (len(pairs) >= 2 and all(meaning for _, meaning in meanings)):
            out.update({code: meaning for code, meaning in meanings if meaning})
    return out


def _key_pairs(body: str, rx: re.Pattern[str]) -> list[tuple[str, str]]:
    """'P= Present A= Apologies' -> [('P', 'Present'), ('A', 'Apologies')]; [] unless the codes open the text."""
    found = list(rx.finditer(body))
    if not found or body[:found[0].start()].strip(" ,;("):
        return []
    return [(f.group("code"), body[f.end():nxt.start() if nxt else len(body)].strip(" ,;"))
            for f, nxt in zip(found, found[1:] + [None])]


def _key_meaning(description: str, vocab: Vocabulary) -> str | None:
    low = clean_text(description).lower()
    for meaning, words in vocab.attendance_key_words:
        if any(w in low for w in words):
            return meaning
    return None


# --- small readers shared by the layouts --------------------------------------------------------

def attendance_label(line: Line, vocab: Vocabulary) -> Label | None:
    """A label line, 'Attended:' too (a column header word written as a label), and a table's caption
    'People present' (a name column's header words standing alone above the table)."""
    label = match_label(line)
    if label is None and line.text.endswith(":") and header_kind(line.text, vocab) in ("attended", "apologies"):
        name = "attendees" if header_kind(line.text, vocab) == "attended" else "apologies"
        return Label(name, line, None, None)
    if label is None and header_kind(line.text, vocab) == "name_present":
        return Label("attendees", line, None, None)
    return label


def split_cells(line: Line) -> list[Line]:
    """Cells of a row whose separators are ' / ', tabs or ' | ' (not inside brackets); a trailing
    separator leaves an empty last cell ('Ada Brook / Chair / ' has a blank mark cell)."""
    text = line.text
    cuts: list[tuple[int, int]] = []
    for m in _SEPARATOR.finditer(text):
        if text[:m.start()].count("(") <= text[:m.start()].count(")"):
            cuts.append((m.start(), m.end()))
    if not cuts:
        return [line]
    out: list[Line] = []
    pos = 0
    for s, e in cuts:
        if s or pos:
            out.append(sub(line, pos, s))
        pos = e
    out.append(sub(line, pos))
    return out


def _person(cell: Line, vocab: Vocabulary) -> Entry | None:
    """A cell holding one person's name (titles allowed), nothing else."""
    cell = _without_rank(cell, vocab)
    if not cell.text or "/" in cell.text:
        return None
    entry = parse_entry(strip_bullet(cell), vocab)
    if entry is not None and entry.person.org and (_own_initials(entry.person.org, entry.person.name)
                                                   or _titled_initials(entry.person.org, entry.person.name)):
        entry.person.initials, entry.person.org, entry.bare = strip_titles(entry.person.org), None, False
    if entry is None or entry.person.org is not None:
        return None
    if not any(len(w.strip(".")) >= 3 for w in entry.person.name.split()):
        return None  # 'HR M': a cut-off designation, not a name
    return entry


def _without_rank(cell: Line, vocab: Vocabulary) -> Line:
    """'D/Chief Superintendent Ada Brook' -> 'Ada Brook': a rank written before a listed name is not part of it."""
    m = re.match(r"^(?:[A-Z]/)?(?:[A-Z][a-z]+\.?\s+){1,3}", cell.text)
    if not m or not re.match(r"^[A-Z]/", cell.text) and len(m.group().split()) < 2:
        return cell
    words = m.group().split()
    lead = 0
    while lead < len(words) and re.sub(r"^[A-Z]/", "", words[lead]).lower().rstrip(".") in vocab.rank_words:
        lead += 1
    if not lead or lead < len(words) and words[lead].lower() in vocab.role_words:
        return cell  # 'Chief Executive Ada Brook': a job title, not a rank
    cut = len(" ".join(cell.text.split()[:lead]))
    rest = sub(cell, cut)
    return rest if len(rest.text.split()) >= 2 else cell


def _titled_initials(value: str, name: str) -> bool:
    """'(Cllr AB)' after Cllr Ada Brook: initials with the title written inside the bracket."""
    bare = strip_titles(value)
    return bare != value and fits_initials(bare, name)


def _own_initials(value: str, name: str) -> bool:
    """'(HMc)' after Hilary McCollum, '(DHenson)' after Dick Henson: initials written the paper's way."""
    words = name.split()
    return (re.fullmatch(r"[A-Z][A-Za-z]{1,9}", value) is not None and len(words) >= 2
            and value[0] == words[0][0] and words[-1][0] in value[1:])


def is_board_chair(designation: str) -> bool:
    """'Independent Chair of the Elmley Board', 'Independent LSCB Chair', '(Chair)': the meeting's chair.

    Not 'Deputy Chair', 'Panel Chair' or 'Chair of the Audit Group': another body's chair.
    """
    text = clean_text(designation)
    if _PAREN_CHAIR.search(text):
        return True
    m = _BOARD_CHAIR.match(text.split(",")[0].strip())
    if not m:
        return False
    rest = m.group("rest").lower()
    if not rest.strip():
        return True
    return bool(re.search(r"\b(board|lscb|scb|sab|partnership|committee)\b", rest)) and not re.search(
        r"\b(panel|group|sub-?group|forum|network|review)\b", rest)


def _describe(entry: Entry, cells: list[Line], vocab: Vocabulary, org_cells: list[Line] = ()) -> None:
    """Fold what a row says beside the name into the entry: chair, a note ('minutes'), an org column."""
    person = entry.person
    for cell in cells:
        text = cell.text
        if not text:
            continue
        if is_board_chair(text):
            entry.chair = True
        note = note_for(text, vocab)
        if note and person.note is None:
            person.note = note
    for cell in org_cells:
        if cell.text and person.org is None and not is_role(cell.text, vocab) and not looks_like_person(cell.text, vocab):
            person.org = cell.text


# --- layout 1: rows with a header ---------------------------------------------------------------

@dataclass
class _Header:
    kinds: list[str | None]
    first_row: Line | None = None  # a data row glued to the header ('AttendanceLocal Authority / ...')
    implied: str | None = None  # what the name column's header says of everyone in it ('Names Present')

    @property
    def status_columns(self) -> list[int]:
        return [k for k, kind in enumerate(self.kinds) if kind in _STATUS_COLUMNS]


_MEETING_CELL = re.compile(
    r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s*'?\d{2,4})?$"
    r"|^\d{1,2}(?:st|nd|rd|th)?[./ -]\w{1,9}(?:[./ -]\d{2,4})?$|^q[1-4]$", re.I)


def _row_header(line: Line, vocab: Vocabulary) -> _Header | None:
    """A header row: 2+ cells naming columns, one of them the name column."""
    cells = split_cells(line)
    if len(cells) < 2:
        return None
    kinds: list[str | None] = []
    glued = None
    for k, cell in enumerate(cells):
        kind = header_kind(cell.text, vocab)
        if kind is None and k == len(kinds) and kinds:
            # the last header cell run into the first row's first cell: 'AttendanceLocal Authority'
            m = re.match(r"^([A-Za-z][a-z]+(?:[ &/][A-Za-z][a-z]+)*?)(?=[A-Z][a-z])", cell.text)
            if m and header_kind(m.group(1), vocab):
                kinds.append(header_kind(m.group(1), vocab))
                glued = Line(line.index, cell.start + m.end(), line.end, line.text[cell.start - line.start + m.end():])
                break
        if kind is None and _MEETING_CELL.match(cell.text):
            kind = "meeting"  # one column per meeting: an attendance record over the year
        if kind is None:
            return None
        kinds.append(kind)
    if "name" not in kinds and "name_present" not in kinds and kinds[0] == ATTENDED and len(kinds) >= 2 \
            and not any(k in _STATUS_COLUMNS or k == "meeting" for k in kinds[1:]) \
            and cells[0].text.strip(" :*").lower() in _PRESENT_WORDS:
        kinds[0] = "name_present"  # 'Present / Role / Initials': no name column, so the first lists who was present
    if kinds.count("meeting") == 1:  # 'Name | Organisation | 12 March': this meeting's attendance column
        kinds = ["attended" if k == "meeting" else k for k in kinds]
    implied = ATTENDED if "name_present" in kinds else None
    kinds = ["name" if k == "name_present" else k for k in kinds]
    if "name" not in kinds or sum(1 for k in kinds if k) < 2:
        return None
    if " | " in line.text and not any(k in _STATUS_COLUMNS or k == "meeting" for k in kinds):
        return None  # a plain 'Name | Designation' table: the line-based reader's job
    return _Header(kinds, glued, implied)


@dataclass
class _Row:
    entry: Entry
    status: str | None
    deputy: Entry | None = None
    blank: bool = False  # every mark cell of the row is empty


def _read_row(cells: list[Line], header: _Header | None, codes: Codes, vocab: Vocabulary,
              ticked: frozenset[int] = frozenset()) -> _Row | None:
    """One person's row: the name cell, initials, codes and the cells describing them. `ticked`: the status
    columns where some row of the table holds a tick (an 'X' there is the other mark)."""
    kinds = header.kinds if header else []
    name_at = kinds.index("name") if "name" in kinds else -1
    aligned = len(cells) == len(kinds) and name_at >= 0 and _person(cells[name_at], vocab) is not None
    with_org = None
    if not aligned and len(cells) == len(kinds) and name_at >= 0 and header is not None and header.status_columns:
        with_org = _person_with_org(cells[name_at], vocab)  # 'Dora Eve, Elmley Police | ✓' (round 63)
        aligned = with_org is not None
    if aligned:
        at = name_at
    else:
        found = [k for k, c in enumerate(cells) if _person(c, vocab) is not None]
        if not found:
            return None
        # a name followed by its initials is the name cell; else the first name
        at = next((k for k in found if k + 1 < len(cells) and cells[k + 1].text in initials_of(cells[k].text)), found[0])
    entry = with_org or _person(cells[at], vocab)
    assert entry is not None
    entry.bare = False
    others = [c for k, c in enumerate(cells) if k != at]
    if at + 1 < len(cells) and cells[at + 1].text in initials_of(entry.person.name):
        entry.person.initials = cells[at + 1].text
        others = [c for c in others if c is not cells[at + 1]]
    status = None
    deputy = None
    empty = False
    if aligned and header is not None and header.status_columns:
        status, deputy = _column_status(cells, header, codes, vocab, ticked)
        empty = all(blank(cells[k].text) for k in header.status_columns)
    else:
        for cell in reversed(cells[at + 1:]):
            meaning = codes.meaning(cell.text) if len(cell.text) <= 20 else None
            if meaning:
                status = meaning
                others = [c for c in others if c is not cell]
                break
    org_cells = [c for k, c in enumerate(cells) if aligned and kinds[k] == "org"]
    unread_columns = (*_STATUS_COLUMNS, "contact")  # marks, and e-mails or phone numbers: never a role
    describe = [c for c in others if c not in org_cells and (not aligned or kinds[cells.index(c)] not in unread_columns)]
    _describe(entry, describe, vocab, org_cells)
    entry.person.span = (cells[0].start, cells[-1].end)
    return _Row(entry, status, deputy, empty)


def _person_with_org(cell: Line, vocab: Vocabulary) -> Entry | None:
    """A name cell holding a person and their organisation ('Dora Eve, Elmley Police'), the org kept."""
    entry = parse_entry(strip_bullet(cell), vocab)
    if entry is None or entry.person.org is None or "/" in cell.text \
            or not looks_like_person(entry.person.name, vocab, in_slot=True):
        return None
    return entry


def _column_status(cells: list[Line], header: _Header, codes: Codes, vocab: Vocabulary,
                   ticked: frozenset[int] = frozenset()) -> tuple[str | None, Entry | None]:
    """A row's attendance from its Present / Apologies / Deputy cells, where the cells line up with the header.

    A mark that only says 'yes' ('Y', a tick, 'x') takes its column's meaning; a code with a meaning of
    its own ('A' under 'Attendance') keeps it; 'N', 'No' or a cross means absent, and so does an 'X' the key
    does not explain in a column where other rows hold ticks (`ticked`, round 63). Apologies win over a
    deputy: the member sent apologies and the deputy attended.
    """
    found: list[str] = []
    deputy = None
    for k in header.status_columns:
        mark = cells[k].text
        if blank(mark):
            continue
        column = _STATUS_COLUMNS[header.kinds[k]]
        meaning = codes.meaning(mark)
        if meaning is None and mark in X_MARKS and k in ticked:
            meaning = ABSENT
        if column == REPRESENTED and meaning is None:
            deputy = _person(cells[k], vocab)
            found.append(REPRESENTED)
        elif meaning == ABSENT:
            found.append(ABSENT)
        elif meaning == ATTENDED or (meaning is None and mark in _YES_MARKS):
            found.append(column)  # a yes-mark: the column says what it means
        elif meaning is not None:
            found.append(meaning)
    for status in (APOLOGIES, ATTENDED, REPRESENTED, ABSENT):
        if status in found:
            return status, deputy
    return None, deputy


def _read_rows(lines: list[Line], i: int, header: _Header, kind: str | None, codes: Codes,
               vocab: Vocabulary, out: TableRead) -> int:
    """Rows under a header row at `i`; returns the position after the table."""
    found: list[list[Line]] = []
    out.taken.add(i)
    pending = [header.first_row] if header.first_row is not None else []
    j = i + 1
    while True:
        if pending:
            line, pos = pending.pop(), None
        elif j < len(lines):
            line, pos = lines[j], j
            j += 1
        else:
            break
        if line.blank:
            nxt = next((ln for ln in lines[j:] if not ln.blank), None)
            if nxt is None or len(split_cells(nxt)) < 2:
                break
            continue
        if match_label(line) is not None or numbered(line):
            j -= 1
            break
        cells = _row_cells(line, header, vocab)
        if len(cells) < 2:
            if len(line.text.split()) > 4 or line.text.endswith("."):
                j -= 1
                break
            # a sub-heading ('Statutory Members') or a truncated last cell
        else:
            found.append(cells)
        if pos is not None:
            out.taken.add(pos)
    found, header = _side_by_side(found, header)
    ticked = ticked_columns([[c.text for c in cells] for cells in found if len(cells) == len(header.kinds)],
                           header.status_columns)
    rows = [row for cells in found if (row := _read_row(cells, header, codes, vocab, ticked)) is not None]
    _settle_rows(rows, header.implied or kind, header, out, len(found) - len(rows))
    return j


def _side_by_side(found: list[list[Line]], header: _Header) -> tuple[list[list[Line]], _Header]:
    """A table printed twice side by side ('Name / Organisation / Attending / Name / Organisation / Attending'):
    each full row cut into one row a person, under one copy of the header (round 63); a half left empty (an odd
    count of members) is no row. Rows of another width are kept whole."""
    width = len(header.kinds)
    period = next((p for p in range(2, width // 2 + 1) if width % p == 0
                   and header.kinds == header.kinds[:p] * (width // p)), None)
    if period is None or "name" not in header.kinds[:period] \
            or not any(k in _STATUS_COLUMNS for k in header.kinds[:period]):
        return found, header
    rows: list[list[Line]] = []
    for cells in found:
        if len(cells) != width:
            rows.append(cells)
            continue
        halves = [cells[n:n + period] for n in range(0, width, period)]
        rows.extend(half for half in halves if any(c.text for c in half))
    return rows, _Header(header.kinds[:period], None, header.implied)


def _row_cells(line: Line, header: _Header, vocab: Vocabulary) -> list[Line]:
    """A row's cells lined up with the header where tabs separate them (round 63): tabs one by one when
    collapsing a run of tabs loses an empty mark cell ('Ada Brook<TAB><TAB>✓' under Name / Present /
    Apologies), and a row short of the header's trailing mark columns padded with empty cells (its last
    tabs, the blank marks, were cut with the line's end), when its first cell is the name and holds a person."""
    cells = split_cells(line)
    width = len(header.kinds)
    if len(cells) == width or "|" in line.text or " / " in line.text or ("\t" not in line.text and len(cells) > 1):
        return cells
    bounds = [0, *(x for m in re.finditer(r"\t", line.text) for x in (m.start(), m.end())), len(line.text)]
    tabbed = [sub(line, a, b) for a, b in zip(bounds[::2], bounds[1::2])]
    if len(tabbed) == width:
        return tabbed
    if len(cells) < width and header.kinds[0] == "name" and all(k in _STATUS_COLUMNS for k in header.kinds[len(cells):]) \
            and (_person(cells[0], vocab) is not None or _person_with_org(cells[0], vocab) is not None):
        return cells + [sub(line, len(line.text))] * (width - len(cells))
    return cells


def _one_chair(entries: list[Entry]) -> None:
    """Two people described as a chair ('LSCB Chair, Elmley' twice): other boards' chairs, not this one's."""
    chairs = [e for e in entries if e.chair]
    if len(chairs) > 1:
        for e in chairs:
            e.chair = False


def _settle_rows(rows: list[_Row], kind: str | None, header: _Header | None, out: TableRead, unread: int) -> None:
    """Put each row's person in its list, and say what could not be decided."""
    if header is not None and header.kinds.count("meeting") >= 2:
        out.warnings.append(f"Attendance record of {len(rows)} people over several meetings (one column per "
                            "meeting): which column is this meeting's cannot be told, so none is listed.")
        return
    _one_chair([r.entry for r in rows])
    has_marks = header is not None and bool(header.status_columns)
    if has_marks and rows and not any(r.status for r in rows):
        out.warnings.append(
            f"Attendance table of {len(rows)} people: its present/apology marks were lost from the text, "
            "so none of them is listed as attending or absent.")
        return
    unknown = 0
    blanks = 0
    represented = 0
    present_marks = has_marks and any(r.status == ATTENDED for r in rows)
    for r in rows:
        status = r.status or (None if has_marks else kind)
        if status is None and r.blank and present_marks:
            blanks += 1  # a blank beside others' yes marks: not present (round 63)
            out.unlisted.add(person_key(r.entry.person.name))
            continue
        if status is None:
            unknown += 1  # not in `unlisted`: no mark was read, so a fallback may still find them (blind18, blind30)
            continue
        if status == ABSENT:
            out.unlisted.add(person_key(r.entry.person.name))
        if status == REPRESENTED:
            represented += 1
        out.add(status, r.entry)
        if r.deputy is not None:
            r.deputy.person.note = r.deputy.person.note or f"deputy for {r.entry.person.name}"
            out.add(ATTENDED, r.deputy)
    if unknown:
        verb = ("has", "sits") if unknown == 1 else ("have", "sit")
        what = (f"{verb[0]} no attendance mark that could be read" if has_marks
                else f"{verb[1]} in a table with no attendance column or label")
        out.warnings.append(f"Attendance table: {unknown} of {len(rows)} people {what}; they are in neither list.")
    if blanks:
        verb = "has" if blanks == 1 else "have"
        out.warnings.append(f"Attendance table: {blanks} of {len(rows)} people {verb} a blank attendance mark where "
                            "other rows are marked present; read as not present, they are in neither list.")
    if represented:
        out.warnings.append(f"Attendance table: {represented} members were represented by someone the table "
                            "does not name; they are in neither list.")
    if unread:
        rows_word = "row" if unread == 1 else "rows"
        out.warnings.append(f"Attendance table: {unread} {rows_word} could not be read as a person's row; whoever "
                            "they name is in neither list.")


def _labelled_rows(lines: list[Line], i: int, kind: str, codes: Codes, vocab: Vocabulary, out: TableRead) -> int | None:
    """'In Attendance' then 'Ada Brook / Minute Taker' rows (' / ' cells, the name first). Tab rows under a
    label ('Ada Brook<TAB>Head of X, Elmley Council') stay with the line reader, which reads their org."""
    rows: list[_Row] = []
    j = i
    while j < len(lines):
        line = lines[j]
        if line.blank or " | " in line.text or " / " not in line.text and not rows:
            break
        cells = split_cells(line)
        alone = _person(cells[0], vocab) if len(cells) < 2 and rows else None
        if alone is not None and alone.bare:
            cells = [cells[0], sub(line, len(line.text))]  # 'Ada Brook' with no role cell, among the rows
        if len(cells) < 2 or _person(cells[0], vocab) is None or _named_cell(cells[1:], vocab):
            break  # not a 'Name / Role' row ('Ada Brook / Ben Cole' is a grid of names)
        if _slash_inside_role(cells, vocab):
            break
        row = _read_row(cells, None, codes, vocab)
        if row is None:
            break
        rows.append(row)
        out.taken.add(j)
        j += 1
    if not rows:
        return None
    _settle_rows(rows, kind, None, out, 0)
    return j


def _slash_inside_role(cells: list[Line], vocab: Vocabulary) -> bool:
    """'Ada Brook Head of Service / Assistant Director, Elmley': the slash joins two role phrases of one
    row (a cell break has the name alone on its left), so the line is the line reader's, not a ' / ' row."""
    name = cells[0].text.strip()
    entry = _person(cells[0], vocab)
    if entry is None or entry.bare or not name.startswith(entry.person.name):
        return False
    rest = re.sub(r"\([^()]*\)", " ", name[len(entry.person.name):]).strip(" ,–—-")
    right = cells[1].text.split(",")[0]
    return bool(rest) and is_role(rest, vocab) and is_role(right, vocab)


def _named_cell(cells: list[Line], vocab: Vocabulary) -> bool:
    """Does a later cell of a row hold a bare name ('Ada Brook / Ben Cole': a grid of names)? A cell read
    as a name and a role ('W Midlands Regional' + 'Rep') is a role cell, not a second person."""
    # a later cell read as a name only because a list slot lets its last word be vocabulary ('Western Health')
    # is an organisation cell (round 20)
    return any((e := _person(c, vocab)) is not None and e.bare and looks_like_person(e.person.name, vocab)
               for c in cells)


def slash_row(piece: Line, vocab: Vocabulary) -> Entry | None:
    """'Ada Brook / Regional Rep' among the plain names of a list the line reader reads: the first
    cell is the person, the later cells describe them (chair, a note); None for any other line."""
    if " / " not in piece.text:
        return None
    cells = split_cells(piece)
    if len(cells) < 2 or _slash_inside_role(cells, vocab):
        return None
    entry = _person(cells[0], vocab)
    if entry is None or _named_cell(cells[1:], vocab):
        return None
    entry.bare = False
    _describe(entry, cells[1:], vocab)
    entry.person.span = (cells[0].start, cells[-1].end)
    return entry


# --- layout 2: column blocks --------------------------------------------------------------------

@dataclass
class _Name:
    entry: Entry
    status: str


@dataclass
class _Segment:
    names: list[_Name] = field(default_factory=list)
    values: list[tuple[str | None, Line]] = field(default_factory=list)  # (column, line)


def _apologies_heading(line: Line) -> bool:
    """'1. Apologies': a numbered heading that is an apologies label."""
    m = re.match(r"^\d{1,2}[.)]?\s+(.*)$", line.text)
    label = match_label(Line(line.index, line.start, line.end, m.group(1))) if m else None
    return label is not None and label.name == "apologies" and label.value is None


def _read_blocks(lines: list[Line], i: int, kind: str, vocab: Vocabulary, out: TableRead) -> int | None:
    """A table flattened column by column after the attendance label at `i`; None when it is not one.

    Names pair with the block of values (designations, initials) after them only when the counts
    agree, or agree once a value that breaks after a connector ('... Chair of' / 'London X') is joined.
    """
    segments = [_Segment()]
    column: str | None = None
    headers = 0
    stray = 0
    taken: list[int] = []
    last_header = False
    j = i + 1
    while j < len(lines):
        line = lines[j]
        if line.blank or " | " in line.text or _prose(line):
            break
        label = attendance_label(line, vocab)
        if label is not None and label.name in ("attendees", "apologies") and label.value is None:
            kind, column, last_header = {"attendees": ATTENDED, "apologies": APOLOGIES}[label.name], None, False
            j += 1
            continue
        if numbered(line):
            if not _apologies_heading(line):
                break
            kind, column, last_header = APOLOGIES, None, False
            j += 1
            continue
        header = header_kind(line.text, vocab) if not line.text.endswith(":") else None
        if header is not None and header not in _STATUS_COLUMNS:
            headers += 1
            if not last_header:  # 'Name' then 'Designation': a header row written down, 'Name' in force
                column = header
            last_header = True
            taken.append(j)
            j += 1
            continue
        if label is not None:
            break
        last_header = False
        wrapped = re.fullmatch(r"\(([A-Za-z]{2,9})\)", line.text)
        if wrapped and segments[-1].names and not segments[-1].values:
            person = segments[-1].names[-1].entry.person  # 'Ada Brook' / '(AB)': initials wrapped to the next line
            if person.initials is None and _own_initials(wrapped.group(1), person.name):
                person.initials = wrapped.group(1)
                taken.append(j)
                j += 1
                continue
        if segments[-1].names and not segments[-1].values and _service_line(line.text, vocab) \
                and j + 1 < len(lines) and _person(lines[j + 1], vocab) is not None:
            stray += 1  # 'Supporting People' among the names: another column's wrapped line, not a person
            taken.append(j)
            j += 1
            continue
        what, entry = _block_line(line, column, segments, vocab)
        if what == "list":
            return None  # a list of people the line-based reader knows ('Ada Brook (Elmley Council)')
        if entry is not None:
            if segments[-1].values:
                segments.append(_Segment())
            segments[-1].names.append(_Name(entry, kind))
        else:
            segments[-1].values.append((column, line))
        taken.append(j)
        j += 1
    names = [n for s in segments for n in s.names]
    if not names:
        return None
    filled = [s for s in segments if s.names and s.values]
    paired = [_pair(s, vocab) for s in filled]
    if not headers and not any(ok and len(s.names) >= 3 and not all(n.entry.bare for n in s.names)
                               for s, ok in zip(filled, paired)):
        # no header, and no column of names with initials paired: not a flattened table (bare names
        # over a column of organisations are the line reader's 'names then organisations' layout)
        return None
    unpaired = [s for s, ok in zip(filled, paired) if not ok]
    if stray:
        out.warnings.append(f"Attendance table flattened column by column: {stray} line(s) among the names read as "
                            "an organisation or service, not a person, and were left out.")
    if unpaired:
        counts = "; ".join(f"{len(s.names)} names, {len(s.values)} lines after them" for s in unpaired)
        out.warnings.append("Attendance table flattened column by column: designations or initials do not "
                            f"pair up with the names ({counts}); the names are kept without them.")
    _one_chair([n.entry for n in names])
    for n in names:
        out.add(n.status, n.entry)
    out.taken.update(taken)
    return j


_STATUS_CELL = re.compile(r"(?i)(?P<word>present|attended|apologies|apology|sent\s+apologies|absent)")
_CELL_STATUS = {"present": ATTENDED, "attended": ATTENDED, "apologies": APOLOGIES, "apology": APOLOGIES,
                "sent apologies": APOLOGIES, "absent": ABSENT}


def _status_rows(lines: list[Line], i: int, vocab: Vocabulary, out: TableRead) -> int | None:
    """A table flattened row by row, one cell a line, each row closed by its status ('Ada Brook' / 'Chair' /
    'Present' / 'Ben Cole' / 'Member' / 'Apologies'), under the attendance label at `i` (round 45): each person
    read into the list the status names. Taken only when two or more rows of the same length (3-4 cells) each
    open with a person and close with a status word, no other cell being either, and two statuses occur; else
    None (round 27's column blocks would read each status word as the next row's label)."""
    if _STATUS_CELL.fullmatch(lines[i].text.strip(" :")):
        return None  # 'Present' / 'Ada Brook' / 'Apologies' / 'Ben Cole': lists of one, each under its label
    j = i + 1
    cells: list[Line] = []
    while j + len(cells) < len(lines) and len(cells) < 200:
        line = lines[j + len(cells)]
        if line.blank or numbered(line):
            break
        cells.append(line)
    for width in (3, 4):  # a middle cell (a role, an organisation) shows a row; 'name / status' alone is a label list
        rows = 0
        while (rows + 1) * width <= len(cells):
            row = cells[rows * width:(rows + 1) * width]
            if _person(row[0], vocab) is None or not _STATUS_CELL.fullmatch(row[-1].text) \
                    or any(_person(c, vocab) is not None or _STATUS_CELL.fullmatch(c.text) for c in row[1:-1]):
                break
            rows += 1
        statuses = {_CELL_STATUS[re.sub(r"\s+", " ", cells[r * width + width - 1].text.lower())] for r in range(rows)}
        if rows < 2 or len(statuses) < 2:
            continue
        for r in range(rows):
            row = cells[r * width:(r + 1) * width]
            entry = _person(row[0], vocab)
            assert entry is not None
            _describe(entry, row[1:-1], vocab)
            out.add(_CELL_STATUS[re.sub(r"\s+", " ", row[-1].text.lower())], entry)
        out.taken.update(range(j, j + rows * width))
        out.warnings.append("Attendance table flattened row by row, one cell a line: each person was read into the "
                            "list their row's status cell names.")
        return j + rows * width
    return None


def _service_line(text: str, vocab: Vocabulary) -> bool:
    """'Supporting People', 'Carers Support': a service's name shaped like a person's, told by its first
    word: an -ing form or a plural of people ('Carers'), never a first name ('James Young' stays a name)."""
    words = strip_titles(text).split()  # 'Cllr Ada Brook' is a name
    if not 2 <= len(words) <= 4 or not all(re.fullmatch(r"[A-Z][a-z'’]+", w) for w in words):
        return False
    first = words[0].lower()
    if len(first) >= 6 and first.endswith("ing") or first in vocab.not_name_words:
        return True
    return first.endswith("ers") and words[-1].lower() in vocab.not_name_words


def _block_line(line: Line, column: str | None, segments: list[_Segment],
                vocab: Vocabulary) -> tuple[str, Entry | None]:
    """Is a line of a flattened table a name ('name', entry), a value ('value', None), or a sign that
    the lines are a list of people after all ('list', None)?"""
    entry = _person(line, vocab)
    if entry is None and column in (None, "name") and not segments[-1].values:
        listed = parse_entry(line, vocab)
        if listed is not None and not listed.bare:
            return "list", None  # 'Ada Brook (Elmley Council)' among the names
    if column in ("role", "org"):
        if re.search(r"\s[–—-]\s", line.text):
            listed = parse_entry(line, vocab)
            names = {person_key(n.entry.person.name) for s in segments for n in s.names}
            if listed is not None and person_key(listed.person.name) in names:
                return "list", None  # 'Ada Brook – Head of X' again: a designations list
        if entry is not None and not entry.bare:
            return "value", None  # 'Representing Ada Brook – Elmley Aid'; a bare name starts a new block
    if column == "initials" and _INITIALS.match(line.text):
        return "value", None
    return ("name", entry) if entry is not None else ("value", None)


def _pair(segment: _Segment, vocab: Vocabulary) -> bool:
    """Pair a block of names with the values after them, by position; False when the counts disagree."""
    names = segment.names
    initials = [line for col, line in segment.values if col == "initials" or (col is None and _INITIALS.match(line.text))]
    designations = [(col, line) for col, line in segment.values if (col, line) not in
                    [(c, ln) for c, ln in segment.values if ln in initials]]
    if initials and len(initials) != len(segment.values) and len(initials) < len(segment.values) // 2:
        initials, designations = [], list(segment.values)  # a stray 'LB' among designations
    ok = True
    if initials:
        if len(initials) == len(names) and sum(ln.text in initials_of(n.entry.person.name)
                                               for n, ln in zip(names, initials)) * 5 >= len(names) * 4:
            for n, ln in zip(names, initials):
                if ln.text in initials_of(n.entry.person.name):
                    n.entry.person.initials = n.entry.person.initials or ln.text
        else:
            ok = False
    if designations:
        values = _fit(designations, len(names))
        if values is None:
            return False
        for n, (_, line) in zip(names, values):
            # chair and note only: an organisation paired by position stays out of `org` (the gold's
            # convention for a separate designation column, and a position is weaker evidence than a row)
            _describe(n.entry, [line], vocab)
    return ok


def _fit(values: list[tuple[str | None, Line]], count: int) -> list[tuple[str | None, Line]] | None:
    """The values as `count` cells: as written, or with lines that break after a connector joined."""
    if len(values) == count:
        return values
    joined: list[tuple[str | None, Line]] = []
    for col, line in values:
        if joined and (_CONNECTOR_END.search(joined[-1][1].text) or line.text[:1].islower()):
            prev = joined[-1][1]
            joined[-1] = (col, Line(prev.index, prev.start, line.end, f"{prev.text} {line.text}"))
        else:
            joined.append((col, line))
    return joined if len(joined) == count else None


def _prose(line: Line) -> bool:
    words = line.text.split()
    return len(words) > 14 and line.text.rstrip().endswith(".")


# --- entry point ---------------------------------------------------------------------------------

def read_tables(lines: list[Line], vocab: Vocabulary) -> TableRead:
    """Every flattened attendance table in `lines` (the paper's logical lines).

    A reader bug on text nobody foresaw must not lose the paper: the line-based lists still run.
    """
    try:
        return _read_all(lines, vocab)
    except Exception:  # noqa: BLE001
        log.exception("reading attendance tables failed")
        return TableRead(warnings=["The attendance table could not be read (an internal error was logged)."])


def _read_all(lines: list[Line], vocab: Vocabulary) -> TableRead:
    out = TableRead()
    codes = Codes(vocab, read_key(lines, vocab))
    kind: str | None = None
    k = 0
    while k < len(lines):
        line = lines[k]
        end = None
        label = attendance_label(line, vocab) if not line.blank else None
        if line.blank:
            pass
        elif label is not None and (marked := _marked_header(lines, k, codes, vocab)) is not None:
            end = _read_rows(lines, k, marked, None, codes, vocab, out)  # 'Members<TAB>Present' over marked rows
        elif label is not None:
            kind = {"attendees": ATTENDED, "apologies": APOLOGIES}.get(label.name)
            if kind and label.value is None:
                nxt = _next_filled(lines, k + 1)
                if nxt < len(lines):
                    end = _read_anchored(lines, nxt, kind, codes, vocab, out)
                if end is None and nxt < len(lines) and len(split_cells(lines[nxt])) >= 2 \
                        and " | " not in lines[nxt].text and _row_header(lines[nxt], vocab) is None:
                    end = _labelled_rows(lines, nxt, kind, codes, vocab, out)
                if end is None:
                    end = _status_rows(lines, k, vocab, out)  # 'Ada Brook' / 'Chair' / 'Present' / 'Ben Cole' ...
                if end is None:
                    end = _read_blocks(lines, k, kind, vocab, out)
            elif kind and label.value is not None:
                end = _read_anchored(lines, k, kind, codes, vocab, out)  # 'Present: Ada Brook (AB) / Chair Ben ...'
        else:
            if numbered(line):
                kind = None
            header = _row_header(line, vocab)
            if header is not None:
                end = _read_rows(lines, k, header, kind, codes, vocab, out)
            elif (gapped := _gapped_header(line, vocab)) is not None:
                header = gapped  # 'Name      Role      Present': cells cut at column gaps (round 45)
                end = _read_rows(_gapped(lines), k, header, kind, codes, vocab, out)
            else:
                end = _read_paragraph(lines, k, codes, vocab, out)
            if end is None and header is None and grid_cue(line):
                end = _take_mark_grid(lines, k, codes, vocab, out)  # 'Ada Brook (Chair) /  / Ben Cole / X'
            if end is None and header is None:  # away from a label only a table with codes is read
                end = _read_anchored(lines, k, None, codes, vocab, out)
            if end is None and header is None and _code_direction(line.text, codes, vocab) and k + 1 < len(lines):
                end = _read_anchored(lines, k + 1, None, codes, vocab, out, header=line.text)  # rows under it
                if end is not None:
                    out.taken.add(k)
            if end is None and kind is None:
                _unlabelled_column(lines, k, vocab, out)
            if end is None:
                _unreadable_paragraph(line, codes, out)
        if end is None or end <= k:
            k += 1
            continue
        out.after.add(_next_filled(lines, end))
        k = end
    return out


def _marked_header(lines: list[Line], k: int, codes: Codes, vocab: Vocabulary) -> _Header | None:
    """A label line that is a table's header row ('Members<TAB>Present', read as the label 'Members Present'),
    when the rows under it carry marks in its status columns: most rows of two cells or more end in a mark
    ('✓', 'X', 'Y', 'A', 'Apologies'), so the mark column, not the label, says who attended (round 63). None
    otherwise (a deputy's code is no mark here: 'Ada Brook<TAB>Deputy' is a role)."""
    if len(split_cells(lines[k])) < 2 or (header := _row_header(lines[k], vocab)) is None or not header.status_columns:
        return None
    rows = marked = 0
    for line in lines[k + 1:k + 41]:
        if line.blank or numbered(line) or match_label(line) is not None:
            break
        cells = split_cells(line)
        if len(cells) < 2:
            continue
        rows += 1
        last = cells[-1].text
        marked += last in _YES_MARKS or codes.meaning(last) in (ATTENDED, APOLOGIES, ABSENT)
    return header if marked >= 2 and 2 * marked >= rows else None


_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")


def _gapped(lines: list[Line]) -> list[Line]:
    """The lines with each column gap of two or more spaces written as tabs (same length, same offsets)."""
    return [Line(ln.index, ln.start, ln.end, _GAP.sub(lambda m: "\t" * len(m.group()), ln.text), ln.indented)
            if "\t" not in ln.text and "|" not in ln.text and " / " not in ln.text else ln for ln in lines]


def _gapped_header(line: Line, vocab: Vocabulary) -> _Header | None:
    """A header row whose cells only column gaps separate ('Name      Role      Attendance'): read as one with
    separators when every cell names a column and one of them is a status column (present, apologies)."""
    if "\t" in line.text or "|" in line.text or " / " in line.text or len(_GAP.findall(line.text)) < 1:
        return None
    header = _row_header(_gapped([line])[0], vocab)
    return header if header is not None and header.status_columns else None


def _take_mark_grid(lines: list[Line], k: int, codes: Codes, vocab: Vocabulary, out: TableRead) -> int | None:
    """A `Name / mark` grid (parse/mark_grid.py) read into the tables' lists; None when there is none."""
    grid = read_mark_grid(lines, k, vocab, codes.meaning)
    if grid is None:
        return None
    for status, entries in ((ATTENDED, grid.present), (APOLOGIES, grid.apologies)):
        for entry in entries:
            out.add(status, entry)
    if grid.warning:
        out.warnings.append(grid.warning)
    out.taken.update(range(k, grid.end))
    return grid.end


def _unlabelled_column(lines: list[Line], k: int, vocab: Vocabulary, out: TableRead) -> None:
    """A 'Title & Organisation' column header after a block of names, with no Present/Apologies label
    and no attendance column: who attended cannot be told, so say so (the names are in neither list)."""
    if header_kind(lines[k].text, vocab) not in ("role", "org", "initials") or lines[k].text.endswith(":"):
        return
    names = 0
    j = k - 1
    while j >= 0 and not lines[j].blank and _person(lines[j], vocab) is not None:
        names += 1
        j -= 1
    if names >= 3:
        out.warnings.append(f"A table of {names} or more names has no attendance label or marks (Present, "
                            "Apologies); they are in neither list.")


def _unreadable_paragraph(line: Line, codes: Codes, out: TableRead) -> None:
    """A long paragraph of 'Name (XY)' entries among attendance codes ('Apols'): a table run together
    whose columns cannot be told apart. Say so rather than list nobody in silence."""
    if len(line.text) < 300:
        return
    people = []
    for m in re.finditer(r"\(([A-Z][A-Za-z]{1,4})\)", line.text):
        before = line.text[:m.start()].split()
        if any(m.group(1) in initials_of(" ".join(before[-n:])) for n in (2, 3) if len(before) >= n):
            people.append(m.group(1))
    if len(people) >= 4 and any(len(w) > 1 and codes.meaning(w) in (APOLOGIES, ABSENT) for w in line.text.split()):
        out.warnings.append(f"An attendance table was run together into one paragraph ({len(people)} people "
                            "with initials, attendance codes among them); who attended could not be read.")


def _next_filled(lines: list[Line], k: int) -> int:
    while k < len(lines) and lines[k].blank:
        k += 1
    return k


# --- layout 3: the whole table in one paragraph -------------------------------------------------

@dataclass
class _Token:
    text: str
    start: int
    end: int


@dataclass
class _ParaRow:
    name: list[_Token]
    status: str
    open_name: bool  # 'Laurence' / 'Ada Lee-': the name goes on after the code (cells wrap line by line)
    chair: bool = False
    deputy: list[_Token] = field(default_factory=list)
    open_deputy: bool = False


def _paragraph_header(words: list[str], vocab: Vocabulary) -> int:
    """How many words at the start are a run of column headers naming a name and an attendance column."""
    k = 0
    kinds: list[str] = []
    while k < len(words):
        for n in (3, 2, 1):
            phrase = " ".join(words[k:k + n]).rstrip(",")
            kind = header_kind(phrase.replace(",", ""), vocab) if len(words[k:k + n]) == n else None
            if kind is None and "," in phrase:
                kind = header_kind(phrase.replace(",", " &"), vocab)
            if kind is not None and (phrase.isupper() or phrase.istitle()):
                kinds.append(kind)
                k += n
                break
        else:
            break
    if "name" in kinds and any(kd in _STATUS_COLUMNS for kd in kinds):
        return k
    return 0


def _name_like(tok: _Token, vocab: Vocabulary) -> bool:
    text = tok.text
    if not re.fullmatch(r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)*-?", text):
        return False
    low = text.lower().rstrip("-")
    return not (low in vocab.not_name_words or low in vocab.group_words or low in vocab.org_words
                or low in vocab.role_words or vocab.is_borough(text))


def _read_paragraph(lines: list[Line], k: int, codes: Codes, vocab: Vocabulary, out: TableRead) -> int | None:
    """'NAME ROLE, ORGANISATION PRESENT APOLOGIES DEPUTY ATTENDED Ada Brook Chair, Elmley Board Y (Chair) ...'.

    A table written out line by line of its rows: a row's name, the first line of its role, its code
    (and a deputy's name after an apologies code), then the wrapped lines of every cell. Each code
    closes a row; the row's name is the last run of two name words before it that is followed by a
    role, not by an organisation word. Names cut in two ('Ada' ... 'Lee') are joined; a deputy's name
    cut in two is not guessed.
    """
    words = lines[k].text.split()
    skip = _paragraph_header(words, vocab)
    if not skip:
        return None
    tokens: list[_Token] = []
    j = k
    while j < len(lines):
        line = lines[j]
        if j > k and (line.blank and j + 1 < len(lines) and lines[j + 1].blank):
            break
        if j > k and not line.blank:
            if match_label(line) is not None or numbered(line):
                break
            if not any(_code(_Token(w, 0, 0), codes) for w in line.text.split()):
                break
        for m in re.finditer(r"\S+", line.text):
            tokens.append(_Token(m.group(), line.start + m.start(), line.start + m.end()))
        out.taken.add(j)
        j += 1
    tokens = tokens[skip:]
    rows, lost = _paragraph_rows(tokens, codes, vocab)
    _settle_paragraph(rows, lost, vocab, out)
    return j


def _code(tok: _Token, codes: Codes) -> str | None:
    """A code token: short, in capitals (or a tick), with a meaning ('Y', 'A', 'DNA')."""
    text = tok.text
    if len(text) > 4 or not (text.isupper() or text in "✓✔√"):
        return None
    return codes.meaning(text)


def _paragraph_rows(tokens: list[_Token], codes: Codes, vocab: Vocabulary) -> tuple[list[_ParaRow], int]:
    rows: list[_ParaRow] = []
    lost = 0
    pos = 0
    previous: _ParaRow | None = None  # the row the last code closed (None when its name was not found)
    for c, tok in enumerate(tokens):
        status = _code(tok, codes)
        if status is None:
            continue
        segment = tokens[pos:c]
        segment = _close_previous(previous, segment, vocab) if previous else segment
        previous = _last_name(segment, status, vocab)
        if previous is None:
            lost += 1
        else:
            rows.append(previous)
        pos = c + 1
    if previous:
        _close_previous(previous, tokens[pos:], vocab)
    return rows, lost


def _close_previous(row: _ParaRow, segment: list[_Token], vocab: Vocabulary) -> list[_Token]:
    """Read what follows a row's code: '(Chair)', a deputy's name, the rest of a cut name; return the rest."""
    i = 0
    if i < len(segment) and segment[i].text.startswith("("):
        close = next((n for n in range(i, len(segment)) if segment[n].text.endswith(")")), None)
        if close is not None:
            if is_board_chair(" ".join(t.text for t in segment[i:close + 1])):
                row.chair = True
            i = close + 1
    if row.status == APOLOGIES and i < len(segment):
        if segment[i].text in ("_", "-", "–", "—", "N/A", "n/a"):
            i += 1
        elif _name_like(segment[i], vocab):
            run = 1
            while i + run < len(segment) and run < 3 and _name_like(segment[i + run], vocab):
                run += 1
            after = segment[i + run].text if i + run < len(segment) else ""
            if run >= 2 and not after[:1].islower():
                row.deputy = segment[i:i + 2]
                i += 2
            else:
                row.deputy, row.open_deputy = segment[i:i + 1], True
                i += 1
    if row.open_name and i < len(segment) and _name_like(segment[i], vocab):
        row.name.append(segment[i])
        row.open_name = False
        i += 1
    return segment[i:]


def _last_name(segment: list[_Token], status: str, vocab: Vocabulary) -> _ParaRow | None:
    """The row's name: the last run of name words before the code followed by a role, not an organisation."""
    best = None
    n = 0
    while n < len(segment):
        if not _name_like(segment[n], vocab) or (n and _name_like(segment[n - 1], vocab)):
            n += 1
            continue
        run = 1
        while n + run < len(segment) and _name_like(segment[n + run], vocab):
            run += 1
        after = segment[n + 2] if n + 2 < len(segment) else None
        if segment[n + run - 1].text.endswith("-") and run == 2:
            best = _ParaRow(segment[n:n + 2], status, open_name=True)
        elif 2 <= run <= 3 and after is not None and _role_follows(segment, n + 2, vocab):
            best = _ParaRow(segment[n:n + 2], status, open_name=False)
        elif run == 1 and n + 1 < len(segment) and segment[n + 1].text.lower() in vocab.role_words:
            best = _ParaRow(segment[n:n + 1], status, open_name=True)
        n += run
    return best


def _role_follows(segment: list[_Token], at: int, vocab: Vocabulary) -> bool:
    """After a name comes its role ('Service Director'), never an organisation's rest ('NHS Trust')."""
    if not _org_word(segment[at].text, vocab):
        return True
    nxt = segment[at + 1].text.lower().strip(",") if at + 1 < len(segment) else ""
    return segment[at].text[:1].isupper() and not segment[at].text.isupper() and nxt in vocab.role_words


def _org_word(text: str, vocab: Vocabulary) -> bool:
    low = text.lower().strip(",.")
    return (low in vocab.org_words or low in vocab.group_words or bool(re.fullmatch(r"[A-Z]{2,}s?", text))
            or any(ch.isdigit() for ch in text) or not text[:1].isupper())


def _joined(tokens: list[_Token]) -> str:
    out = ""
    for t in tokens:
        out += t.text if out.endswith("-") or not out else " " + t.text
    return out


def _settle_paragraph(rows: list[_ParaRow], lost: int, vocab: Vocabulary, out: TableRead) -> None:
    cut = 0
    for row in rows:
        if row.open_name:
            cut += 1
            continue
        name = _joined(row.name)
        if not looks_like_person(name, vocab, in_slot=True):
            cut += 1
            continue
        person = PersonEntry(name=name, span=(row.name[0].start, row.name[-1].end))
        out.add(row.status, Entry(person, chair=row.chair))
        if row.deputy and not row.open_deputy:
            deputy = _joined(row.deputy)
            if looks_like_person(deputy, vocab, in_slot=True):
                note = f"deputy for {name}"
                out.add(ATTENDED, Entry(PersonEntry(name=deputy, note=note,
                                                    span=(row.deputy[0].start, row.deputy[-1].end))))
        elif row.open_deputy:
            cut += 1
    _one_chair([e for e in out.attendees if e.chair])
    if lost or cut:
        out.warnings.append(f"Attendance table written as one paragraph: {lost + cut} names (members or their "
                            "deputies) could not be read whole and are left out.")


# --- layout 4: rows anchored on a name and its initials ------------------------------------------

# '(AB)', '(Cllr AB)'; the initials may be followed by a note: '(AB - Chair)', '(AB - for item 5)', '(AB for Ben Cole)'
_ANCHOR = re.compile(r"\((?P<title>[A-Z][a-z]{1,9}\.?\s+)?(?P<ini>[A-Z][A-Za-z]{1,5})"
                     r"(?P<tail>\s*[-–—,]\s*[^()]{1,40}?|\s+for\s+[^()]{1,40}?)?\)")  # '(AB, Chair)' too (round 49)
# 'ChairGeorge', 'Attendees:George': a line break (or a label's space) lost before a name
_GLUE = re.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z])|(?<=[a-z][:;,/)])(?=[A-Z][a-z])")
_CODE_TOKEN = re.compile(r"(?<![\w/])[A-Z][A-Z/]{0,3}(?![\w/])")
_ODD_ROW = re.compile(r"[A-Z][a-z]+\s+[A-Z][\w'’-]+\s*\((?:[A-Z][a-z]+\.?\s+)?[A-Z]{2,4}\)")  # 'Bob Stone (RS)'
_ROW_END = re.compile(r"(?<=[a-z)])\.\s+[A-Z]|\s\d{1,2}[.)]?\s+[A-Z][a-z]")  # a sentence or an item after the last row


@dataclass
class _Anchor:
    """'Ada Brook (AB)' in a line: where the row starts (its name, a title before it) and ends (after ')')."""

    start: int
    name_end: int
    end: int
    name: str
    initials: str
    tail: str = ""  # what the bracket says after the initials: '- Chair', 'for Ben Cole'


def anchors(text: str, vocab: Vocabulary) -> list[_Anchor]:
    """Every 'Name (XY)' in `text` whose bracket holds the initials of the name before it
    ('(Cllr AB)' too); a name glued to the cell before it ('Independent ChairGeorge Marsh') is cut off it."""
    out: list[_Anchor] = []
    for m in _ANCHOR.finditer(text):
        title = (m.group("title") or "").strip().lower().rstrip(".")
        if title and title not in TITLES:
            continue
        floor = out[-1].end if out else 0
        # 'Ada Brook (Chairman) (AB)': a note's bracket between the name and its initials (round 51)
        note = _NOTE_BEFORE.search(text, floor, m.start())
        stop = note.start() if note is not None else m.start()
        tokens = [t for t in re.finditer(r"\S+", text[:stop]) if t.start() >= floor]
        if not tokens or text[tokens[-1].end():stop].strip():
            continue
        found = _anchor_name(text, tokens, m.group("ini"), vocab)
        if found is not None:
            start, name = found
            tail = (m.group("tail") or "").strip() or (f"- {note.group('note')}" if note is not None else "")
            out.append(_Anchor(_with_title(text, tokens, start), tokens[-1].end(), m.end(), name, m.group("ini"),
                               tail))
    return out


_NOTE_BEFORE = re.compile(r"(?<=\S)\s+\((?P<note>[A-Z][a-z]+(?:\s+[a-z]+){0,2})\)\s*$")
_GLUED_PAIR = re.compile(r"([A-Z][a-z]{2,})((?:Mc|Mac|O['’])?[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)")
_NAME_PREFIXES = frozenset({"Mac", "Fitz", "Van", "Von", "Della", "Van", "Ter"})


def _anchor_name(text: str, tokens: list[re.Match[str]], ini: str, vocab: Vocabulary) -> tuple[int, str] | None:
    """The shortest run of 2-4 words before the bracket whose initials it holds; or one word gluing a first name
    to a surname whose initials the bracket holds ('AdaBrook (AB)', the space lost: 'Ada Brook', round 49)."""
    glued = _GLUED_PAIR.fullmatch(tokens[-1].group().lstrip("/–—-:;,(*•·")) if tokens else None
    if glued is not None and glued.group(1) not in _NAME_PREFIXES:
        name = f"{glued.group(1)} {glued.group(2)}"
        if fits_initials(ini, name) and looks_like_person(name, vocab, in_slot=True, initials=ini):
            return tokens[-1].end() - len(glued.group()), name
    for n in (2, 3, 4):
        if len(tokens) < n:
            return None
        first = tokens[-n]
        glue = list(_GLUE.finditer(first.group()))
        start = first.start() + (glue[-1].start() if glue else 0)
        start += len(text[start:first.end()]) - len(text[start:first.end()].lstrip("/–—-:;,(*•·"))
        name = text[start:tokens[-1].end()]
        if fits_initials(ini, name) and looks_like_person(name, vocab, in_slot=True, initials=ini):
            return start, name
    return None


def _with_title(text: str, tokens: list[re.Match[str]], start: int) -> int:
    """Move a row's start back over a title written before the name ('Cllr', glued 'ChairCllr')."""
    before = [t for t in tokens if t.end() <= start]
    if before and text[before[-1].end():start].strip() == "":
        word = before[-1].group()
        glue = list(_GLUE.finditer(word))
        cut = glue[-1].start() if glue else 0
        if word[cut:].lower().rstrip(".") in TITLES:
            return before[-1].start() + cut
    return start


def _code_direction(prefix: str, codes: Codes, vocab: Vocabulary) -> str | None:
    """A header before the first row ('Board Member P A DNA D/R'): 'after' when its code columns follow
    the name column (each row's code follows the row), 'before' when they precede it; None without one."""
    words = prefix.split()[-12:]
    code_at = [k for k, w in enumerate(words) if _CODE_TOKEN.fullmatch(w) and codes.meaning(w)]
    if len(code_at) < 2:  # asked of every line: the cheap test first
        return None
    name_at = next((k for k in range(len(words)) for n in (2, 1)
                    if k + n <= len(words) and header_kind(" ".join(words[k:k + n]), vocab) == "name"), None)
    if name_at is None:
        return None
    return "before" if code_at[0] < name_at else "after"


def _gap_codes(gap: str, codes: Codes) -> list[tuple[int, int, str]]:
    """The attendance codes standing alone in the text between two rows: (start, end, meaning)."""
    return [(m.start(), m.end(), meaning) for m in _CODE_TOKEN.finditer(gap)
            if (meaning := codes.meaning(m.group()))]


@dataclass
class _Run:
    """The lines of a run of rows joined into one text, and the rows anchored in it."""

    text: str = ""
    pieces: list[tuple[int, Line]] = field(default_factory=list)  # (offset in `text`, the line written there)
    anchors: list[_Anchor] = field(default_factory=list)
    kinds: list[str | None] = field(default_factory=list)  # per row: the label in force
    prefix: str = ""  # a header on the line above, and the text before the first row

    def join(self, line: Line) -> None:
        if self.text:
            self.text += " "
        self.pieces.append((len(self.text), line))
        self.text += line.text

    def at(self, offset: int) -> int:
        """The paper offset of a position in the joined text."""
        start, line = next((p for p in reversed(self.pieces) if p[0] <= offset), self.pieces[0])
        return line.start + min(offset - start, len(line.text))

    def gap(self, n: int) -> str:
        """The text after row n, up to the next row."""
        end = self.anchors[n + 1].start if n + 1 < len(self.anchors) else len(self.text)
        return self.text[self.anchors[n].end:end]


def _read_anchored(lines: list[Line], k: int, kind: str | None, codes: Codes, vocab: Vocabulary,
                   out: TableRead, header: str = "") -> int | None:
    """Rows written 'Name (XY) – Role, Org CODE' or 'Name (XY) / Role, Org', run together on a line or
    one a line; None when `lines[k]` does not open such rows.

    A line opens them when it holds two rows or more (a table run into one paragraph, rows glued
    where a line break was lost) or a ' / ' cell after its first row. A paragraph of rows wrapped
    over lines is read as one text; otherwise each further line must start with a row (or its code).
    A code is read only where the table declares codes (a header 'Name P A DNA', or a key and most
    rows carrying one): then it follows its row (or precedes it, where the header puts the codes
    first), a row without one is in neither list. Otherwise the rows take the label in force. Role
    and organisation share one cell, so `org` is left empty. `header`: a header row on the line
    above ('Board Member P A DNA'), under which one row a line is a table too.
    """
    first = lines[k]
    dashed = False  # rows anchored on 'Name –' instead of 'Name (XY)'
    found = anchors(first.text, vocab)
    if not found and not header:
        found = _dash_anchors(first.text, codes, vocab)
        dashed = len(found) >= 2 and _code_direction(first.text[:found[0].start], codes, vocab) == "after"
        found = found if dashed else []
    if not found or not (len(found) >= 2 or re.match(r"\s*/\s", first.text[found[0].end:]) or header
                         or kind and _glued_below(lines, k, vocab)):
        return None
    run = _Run()
    run.join(first)
    wrapped = len(found) >= 2 and k + 1 < len(lines) and not _row_line(lines[k + 1], vocab)
    j = k + 1
    while j < len(lines):
        line = lines[j]
        if line.blank or numbered(line) or match_label(line) is not None or _prose(line):
            break
        if not wrapped and not _row_line(line, vocab):
            break
        run.join(line)
        j += 1
    run.anchors = _dash_anchors(run.text, codes, vocab) if dashed else anchors(run.text, vocab)
    run.prefix = f"{header} {run.text[:run.anchors[0].start]}".strip()
    kind = _label_before(run.text[:run.anchors[0].start], kind)
    for n in range(len(run.anchors)):
        run.kinds.append(kind)
        kind = _label_inside(run.gap(n), kind)
    if not _settle_anchored(run, codes, vocab, out):
        return None
    out.taken.update(range(k, j))
    return j


def _dash_anchors(text: str, codes: Codes, vocab: Vocabulary) -> list[_Anchor]:
    """'... P Ada Brook – Chair P Ben Cole – Head of ...': rows with no initials in a coded table, each a
    name right before a spaced dash, standing right after a code, an acronym ending the cell before
    ('... SCC Ada Brook – ...') or the table's header. Weaker than initials, so used only under a code
    header whose codes follow the rows."""
    out: list[_Anchor] = []
    for m in re.finditer(r"\s[–—-]\s?", text):
        floor = out[-1].end if out else 0
        tokens = [t for t in re.finditer(r"\S+", text[:m.start()]) if t.start() >= floor]
        for n in (2, 3):
            if len(tokens) < n:
                break
            name = text[tokens[-n].start():tokens[-1].end()]
            before = tokens[-n - 1].group() if len(tokens) > n else ""
            opens = not before or _CODE_TOKEN.fullmatch(before) is not None or re.fullmatch(r"[A-Z]{2,6}", before)
            if opens and looks_like_person(name, vocab) and not any(codes.meaning(t.group()) for t in tokens[-n:]):
                out.append(_Anchor(tokens[-n].start(), tokens[-1].end(), m.end(), name, ""))
                break
    return out


def _glued_below(lines: list[Line], k: int, vocab: Vocabulary) -> bool:
    """Under a label, one row a line, some line holding two rows ('... Independent ChairGil Marsh (GM) ...'):
    a line break was lost, so the whole list is read as rows (a list reader would take the glue for a name)."""
    j = k
    while j < len(lines) and _row_line(lines[j], vocab):
        if len(anchors(lines[j].text, vocab)) >= 2:
            return True
        j += 1
    return False


def _row_line(line: Line, vocab: Vocabulary) -> bool:
    """Does the line start with a row ('Ada Brook (AB) ...'), or with its code before it ('P Ada Brook (AB)')?"""
    here = anchors(line.text, vocab) if not line.blank else []
    lead = line.text[:here[0].start].strip(" •·*-") if here else ""
    return bool(here) and (not lead or bool(_CODE_TOKEN.fullmatch(lead)))


def _label_before(prefix: str, kind: str | None) -> str | None:
    """'Present: Ada Brook (AB) ...': a label written before the first row sets the list."""
    label = match_label(Line(0, 0, len(prefix), prefix.strip())) if prefix.strip() else None
    if label is not None and label.name in ("attendees", "apologies"):
        return ATTENDED if label.name == "attendees" else APOLOGIES
    return kind


def _label_inside(gap: str, kind: str | None) -> str | None:
    """'... Elmley Council Apologies: Ben Cole (BC)': a label inside the run switches the list (one glued
    to the cell before it too: 'Elmley CouncilGuests:')."""
    gap = _GLUE.sub(" ", gap)
    for m in re.finditer(r"((?:[A-Za-z]+\s+){0,3}[A-Za-z]+)\s*:", gap):
        words = m.group(1).split()
        for n in range(len(words)):
            label = match_label(Line(0, 0, 0, " ".join(words[n:]) + ":"))
            if label is not None and label.name in ("attendees", "apologies"):
                kind = ATTENDED if label.name == "attendees" else APOLOGIES
                break
    return kind


def _settle_anchored(run: _Run, codes: Codes, vocab: Vocabulary, out: TableRead) -> bool:
    """Give each row its status, chair and note; False when the rows are not a list of people."""
    direction = _code_direction(run.prefix, codes, vocab)
    texts = [run.gap(n) for n in range(len(run.anchors))]
    found = [_gap_codes(t, codes) for t in texts]
    one_code = sum(1 for f in found if len({m for _, _, m in f}) == 1)
    coded = direction is not None or (codes.key and one_code >= max(2, len(found) // 2 + 1))
    if not coded and not any(run.kinds):
        return False  # a run of people with no label and no codes: not this reader's to place
    lead = run.prefix.strip(" •·*-")
    if any(_prose_gap(t) for t in texts[:-1]) or (not coded and lead and _label_before(lead, None) is None):
        return False  # 'The chair welcomed Ada Brook (AB) and Ben Cole (BC) ...': a sentence, not rows
    odd = sum(len(_ODD_ROW.findall(t)) for t in texts)
    if odd:
        out.warnings.append(f"Attendance rows: {odd} name(s) with bracketed initials that do not fit the name "
                            "could not be read as rows and are in neither list.")
    rows: list[_Row] = []
    for n, a in enumerate(run.anchors):
        status = run.kinds[n]
        text = texts[n]
        titled = _titled_rows(run, n, vocab) if not coded and n < len(run.anchors) - 1 else []
        if titled:
            text = ""  # 'Dr A Jones (AJ) Mr M Joyce Ms J Kember Mr G Lang (GL)': the gap holds rows, no description
        if coded:
            if direction == "before":
                source = found[n - 1] if n else _gap_codes(run.prefix.split()[-1] if run.prefix.split() else "", codes)
                meanings = {source[-1][2]} if source else set()
            else:
                meanings = {m for _, _, m in found[n]}
            status = meanings.pop() if len(meanings) == 1 else None
            last = n == len(run.anchors) - 1
            cut = found[n][0][0] if last and direction != "before" and found[n] else len(text)  # the code ends the table
            text = _CODE_TOKEN.sub(lambda m: " " if codes.meaning(m.group()) else m.group(), text[:cut])
        elif n == len(run.anchors) - 1:
            end = _ROW_END.search(text)
            text = text[:end.start() + 1] if end else text
        entry = _anchored_entry(run, a, text, vocab)
        rows.append(_Row(entry, status))
        rows.extend(_Row(e, status) for e in titled)
    if coded:
        _settle_rows(rows, None, _Header(["name", "attended"]), out, 0)
    else:
        _one_chair([r.entry for r in rows])
        for r in rows:
            if r.status is not None:
                out.add(r.status, r.entry)
    return True


def _titled_rows(run: _Run, n: int, vocab: Vocabulary) -> list[Entry]:
    """The rows without initials between row n and the next: a gap made only of titled names ('Mr M Joyce Ms J
    Kember'), each read as a person, is people the table gave no initials (an observer, a late guest), never
    row n's description; [] otherwise (round 21)."""
    gap, base = run.gap(n), run.anchors[n].end
    found = list(TITLED_START.finditer(gap))
    if not found or gap[:found[0].start()].strip() \
            or any(gap[a.end():b.start()].strip() for a, b in zip(found, found[1:])) or gap[found[-1].end():].strip():
        return []
    entries = []
    for m in found:
        name = squash(m.group())
        if not looks_like_person(name, vocab, in_slot=True):
            return []
        entries.append(Entry(PersonEntry(name=name, org=None, note=None, initials=None,
                                         span=(run.at(base + m.start()), run.at(base + m.end())))))
    return entries


def _prose_gap(text: str) -> bool:
    """Text between rows (or before the first) that reads as a sentence: long, or a full stop followed by more."""
    words = text.split()
    return len(words) > 25 or bool(re.search(r"[a-z]\.\s+[A-Z][a-z]+\s+[a-z]", text)) or (
        len(words) > 3 and sum(w.islower() for w in words) * 2 > len(words))


def _anchored_entry(run: _Run, a: _Anchor, description: str, vocab: Vocabulary) -> Entry:
    """The row's person: the name as written (title kept), its initials, and chair or note from the
    pieces of its description ('Independent Chair', '– minutes')."""
    written = squash(run.text[a.start:a.name_end])
    if written.replace(" ", "") == a.name.replace(" ", ""):
        written = a.name  # 'AdaBrook (AB)': the name with its lost space put back (round 49)
    person = PersonEntry(name=written, initials=a.initials or None,
                         span=(run.at(a.start), run.at(a.end)))
    entry = Entry(person)
    if (deputy := re.fullmatch(r"for\s+(?P<who>.+)", a.tail)) and looks_like_person(deputy.group("who"), vocab):
        person.note = a.tail  # '(AB for Ben Cole)': came in Ben Cole's place
    elif a.tail:
        description = f"{a.tail.lstrip('-–— ')} – {description}"  # '(AB - Chair)': read with the description
    pieces = [p.strip(" .;:") for p in re.split(r"\s+/\s+|\s+[–—-]+\s*|\s*[–—]\s*|,\s*|^\s*/", description)]
    _describe(entry, [Line(0, 0, len(p), p) for p in pieces if p], vocab)
    cells = [c.strip(" .;:") for c in re.split(r"\s*/\s+", description.strip())]
    if len(cells) >= 2 and _org_cell(cells[-1], vocab):
        person.org = cells[-1]  # 'Ada Brook (AB) / Elmley Council': an organisation column of its own
    return entry


def _org_cell(text: str, vocab: Vocabulary) -> bool:
    """A cell holding an organisation only: no comma (not 'Role, Org'), no role, no note, shaped like an org."""
    if not text or "," in text or len(text) > 80 or is_role(text, vocab) or note_for(text, vocab) \
            or is_board_chair(text) or looks_like_person(text, vocab):
        return False
    words = [w.strip("()").lower() for w in text.split()]
    return any(w in vocab.org_words or w in vocab.group_words for w in words) or vocab.is_borough(text) \
        or bool(re.fullmatch(r"[A-Z]{2,6}", text))


__all__ = ["TableRead", "read_tables", "read_key", "split_cells", "is_board_chair", "header_kind", "Codes"]
