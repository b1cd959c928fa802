"""Attendee and apology lists: where they are and who is on them.

A list starts at its label ('Attendees:', 'Present', 'Apologies:') and runs to
the next label or numbered item. Its lines may be `Name (Org)` lines in columns,
`Name – Org` lines, a `Name | Designation` table (its header row names the
columns), or a bare list of names followed by a separate designations list.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from ingest.model import PersonEntry
from ingest.names import TITLES, is_title, person_key, strip_titles
from ingest.parse.attendance_lines import (ENTRY_START, SECTION_LABELS, comma_run, logical_lines, split_caps_labels,
                                           split_cell_breaks, split_parted_label, split_run_on)
from ingest.parse.attendance_pieces import (after_bracket, and_pair, couple, glued_initials_entry, name_then_role,
                                            name_then_role_words, plural_group_org, role_led_run, titled_name_after_org,
                                            titled_surname_piece, two_word_run)
from ingest.parse.attendance_tables import TableRead, read_tables, slash_row
from ingest.parse.chair import CHAIR_WORDS
from ingest.parse.chair_text import marked_chair
from ingest.parse.clerk_label import clerk_name
from ingest.parse.column_rows import split_column_rows
from ingest.parse.entry_status import marked_apologies, status_cells, status_column
from ingest.parse.councillors import COUNCILLOR, COUNCILLORS, mentions_councillor, plural_before, surname_councillors, surname_entry, titled_surname
from ingest.parse.label_run import split_label_run
from ingest.parse.later_blocks import later_blocks
from ingest.parse.name_cut import is_given
from ingest.parse.name_pairs import name_pairs
from ingest.parse.org_dash import org_dash_line
from ingest.parse.fallback_block import (block_span, cut_piece, initials_apologies, read_fallback, read_initialled,
                                        slot_person)
from ingest.parse.item_run_on import item_cut
from ingest.parse.interleaved import Cell, Grid, is_grid_line, read_grid
from ingest.parse.labels import Label, apologies_heading, legend, match_label, members_heading
from ingest.parse.ner_names import (ABSENCE_CUE as _ABSENCE_CUE, EMPTY_BLOCK_LEAST, empty_block_names, free_pairs,
                                    names_in_block, person_entities, short_names)
from ingest.parse.lines import Line, cells, columns, is_table_row, join, numbered, squash, strip_bullet, sub
from ingest.parse.name_run import (bare_run, initials_run, page_number_after_title, role_run,
                                   semicolon_entries, titled_run, unbracketed_orgs,
                                   dotted_role_run)
from ingest.parse.people import (NAME_WORD, PERSONAL_TITLE, TITLED_START, Entry, fits_initials,
                                 is_role, looks_like_person, note_for, parse_entry, reads_as_name, split_entries, unglue_title)
from ingest.parse.status_blocks import read_status_blocks
from ingest.parse.prose_apologies import prose_apology
from ingest.parse.role_led import known_post_name, role_led_name
from ingest.parse.status_run import status_run
from ingest.parse.unlabelled_names import LEAST as UNLABELLED_LEAST, unlabelled_block_names
from ingest.parse.vocab import Vocabulary

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
    warnings: list[str] = field(default_factory=list)  # layouts read with less than full confidence
    chairs: list[PersonEntry] = field(default_factory=list)  # 'Mr Brook (Chair)' in the list: a title and a surname
    unlisted: set[str] = field(default_factory=set)  # person keys a table's mark put in neither list (round 63)


_NAME_GLUE = re.compile(r"(?<=[a-z]{2})(?<!Mc)(?<!Mac)(?<!Fitz)(?<!Van)(?<!Von)(?<!De)(?<!La)(?<!Le)(?<!Di)(?<!Du)"
                        r"(?=[A-Z][a-z])")


def _glued_names(line: Line, vocab: Vocabulary, leg: dict[str, str]) -> list[Entry] | None:
    """'Ada BrookBen Cole' on a list's line: names of two columns run together where a PDF lost the gap; cut
    where a lower-case letter meets a capital (never 'McLeod', 'MacKay'), each piece a two- or three-word
    name and nothing else (no comma, bracket or role), else None."""
    text = line.text.strip()
    if not 2 <= len(text.split()) <= 8 or re.search(r"[,;()/:–—|]|\s-\s", text):
        return None
    cuts = [m.start() for m in _NAME_GLUE.finditer(line.text)]
    if not cuts:
        return None
    pieces = [p for a, b in pairwise([0, *cuts, len(line.text)]) if (p := sub(line, a, b)).text.strip()]
    entries = []
    for piece in pieces:
        words = piece.text.split()
        if not 2 <= len(words) <= 3 or is_role(piece.text, vocab) \
                or not looks_like_person(piece.text, vocab, in_slot=True, alone=True):
            return None
        entry = parse_entry(piece, vocab, leg)
        if entry is None or entry.person.org:
            return None
        entries.append(entry)
    return entries if len(entries) >= 2 else None


# '1. Attendance: ...', '1.21/04 Present: ...': the first item's number or minute reference before a list's label
# ('Actions 1.21/04 Attendance:': an action column's header flattened before the first row)
_ITEM_LEAD = re.compile(r"^(?:(?:Actions?|ACTIONS?)\s+)?(?:\d{1,2}(?:\.\d{1,2})?(?:/\d{2,4})?[.)]?)\s+(?=[A-Z])")


def _numbered_list_label(line: Line, item_no: int) -> Label | None:
    """An attendance label after the first item's number with the names on its line and a colon ('1. Present:
    Ada Brook, Ben Cole', '1.21/04 Attendance: Cllr. A Brook ...', round 31); only before the second item."""
    m = _ITEM_LEAD.match(line.text)
    if m is None or item_no > 1:
        return None
    label = match_label(sub(line, m.end()), ("attendees",))
    if label is None or label.value is None or ":" not in label.line.text[:label.value.start - label.line.start]:
        return None
    return Label(label.name, line, label.value, label.paren, label.mixed)


def _heading_number(line: Line) -> int | None:
    m = _TOP_NUMBER.match(strip_bullet(line).text)
    return int(m.group(1)) if m else None


def _next_item(line: Line, number: int | None) -> bool:
    """'2     Minutes of the last meeting' under '1     Apologies': the next item, its number written
    without a full stop (a table row flattened into columns), ends the list under the item."""
    m = re.match(r"^(\d{1,3})(?:[.):]?\s+)(?=[A-Z])", line.text)
    return number is not None and m is not None and int(m.group(1)) == number + 1


_OWNER_COLUMN = re.compile(r"(?:\t+|\s{3,})[A-Z]{2,4}$")


def _without_owner_column(piece: Line) -> Line:
    """'B Jones        LC' in a flattened 'Item | Notes | By whom' row: the initials far to the right are
    another column's (who acts), not the person's."""
    m = _OWNER_COLUMN.search(piece.text)
    return sub(piece, 0, m.start()) if m else piece


def _split_inline(value: Line, vocab: Vocabulary | None = None) -> list[Line]:
    """'A (X); B (Y), C' -> pieces, splitting on ';' always and on ',' between people in parentheses,
    or between people written with their titles or initials ('Mrs A B Cole (Chairman), Mr D Fox')."""
    text = value.text
    if vocab is not None and semicolon_entries(text, vocab):  # 'Ada Brook, Elmley Trust; Ben Cole, Head of X; ...'
        return _split_outside_brackets(value, ";")
    commas = _comma_separates(text) or (vocab is not None and _people_run(value, vocab))
    if commas:
        return _split_outside_brackets(value, ";,")
    pieces = _split_outside_brackets(value, ";")
    return [n for p in pieces for n in _comma_list_piece(p, vocab)] if vocab is not None and len(pieces) > 1 else pieces


# 'Mr A Brook Ben Cole (Org)': after a titled name written with initials, a full name with no title (round 31)
_INITIALLED = re.compile(r"^" + PERSONAL_TITLE + r"\s+(?:[A-Z]\.?\s+){1,3}" + NAME_WORD
                         + r"(?P<gap>\s+)(?P<rest>" + NAME_WORD + r"\s+" + NAME_WORD + r")(?=\s*\(|\s*$)")


def _untitled_tail(piece: Line, vocab: Vocabulary) -> list[Line]:
    """'Mr A Brook Ben Cole (Elmley)' -> 'Mr A Brook', 'Ben Cole (Elmley)': a titled name ends at its surname when
    it is written with initials, so two more capitalised words that read as a person are the next entry."""
    m = _INITIALLED.match(piece.text)
    if m is None or is_role(m.group("rest"), vocab) or not looks_like_person(m.group("rest"), vocab, in_slot=True):
        return [piece]
    return [sub(piece, 0, m.start("gap")), sub(piece, m.end("gap"))]


def _split_titled_run(value: Line, vocab: Vocabulary | None = None) -> list[Line]:
    """'Mrs A Brook Member (Chair) Ms B Cole Member Mr C Dee Member': entries written one after another
    with no separator, each opening with a title and initials. Cut before every such name outside a
    bracket ('(for Mr B Cole)' is a note) or after a lower-case word ('on behalf of Mr B Cole')."""
    depth, cuts, pos = 0, [], 0
    for m in TITLED_START.finditer(value.text):
        depth += value.text.count("(", pos, m.start()) - value.text.count(")", pos, m.start())
        pos = m.start()
        prev = value.text[:m.start()].split()[-1:] or [""]
        if depth <= 0 and m.start() > 0 and not prev[0][:1].islower() and prev[0] not in ("OBO", "&"):
            cuts.append(m.start())  # not 'on behalf of Mr B Cole', 'Mrs A Brook and Mr B Cole
    bounds = [0, *cuts, len(value.text)]
    pieces = [piece for a, b in pairwise(bounds) if (piece := sub(value, a, b)).text] if cuts else [value]
    if vocab is None:
        return pieces
    return [q for piece in pieces for p in _untitled_tail(piece, vocab) for q in after_bracket(p, vocab)]


# 'Ada Brook, Consultant, Public Health, attended for Item 5', 'Ben Cole (Elmley Police) attended for items 3 and 4':
# a line of its own above the minutes naming one guest and the item they came for
_ATTENDED_FOR = re.compile(r"^(?P<who>[A-Z][^.;:]{3,150}?),?\s+attended\s+for\s+(?:agenda\s+)?items?\s+\d{1,2}(?:\.\d{1,2})?"
                           r"(?:\s*(?:,|and|&|-|–|to)\s*\d{1,2}(?:\.\d{1,2})?)*\s*\.?$", re.IGNORECASE)


def _attended_for_item(line: Line, vocab: Vocabulary) -> Entry | None:
    """The guest a line such as 'Ada Brook, Consultant, Public Health, attended for Item 5' names, or None.
    Only a bracket gives an organisation: after commas a role runs on into a department ('Public Health')."""
    m = _ATTENDED_FOR.match(line.text.strip())
    if m is None:
        return None
    at = line.text.find(m.group("who"))
    entry = parse_entry(sub(line, at, at + len(m.group("who"))), vocab)
    if entry is not None and entry.person.org and f"({entry.person.org}" not in m.group("who"):
        entry.person.org = None
    return entry


_GROUP_ORG = re.compile(r"^(?P<q>both|all)\s+(?P<org>\S.*)$", re.IGNORECASE)


def _group_orgs(entries: list[Entry], value: Line) -> None:
    """'F Brook and M Cole (both Elmley Trust)', 'P Dee, D Eve and S Fox (all Elmley Council)': the bracket
    after a group's last name gives every name of the group its organisation (without 'both'/'all'). 'both'
    reaches the one name before; 'all' every name back to a ';', a bracket or a name that has its own
    organisation. `entries`: those read from `value`, in order."""
    for k, entry in enumerate(entries):
        m = _GROUP_ORG.match(entry.person.org or "")
        if m is None:
            continue
        org = m.group("org").strip()
        entry.person.org = org
        reach = 1 if m.group("q").lower() == "both" else len(entries)
        for prev, nxt in zip(reversed(entries[:k]), reversed(entries[1:k + 1])):
            if reach == 0 or prev.person.org is not None:
                break
            between = value.text[prev.person.span[1] - value.start:nxt.person.span[0] - value.start]
            if ";" in between or ")" in between:
                break
            prev.person.org = org
            reach -= 1


def _split_outside_brackets(value: Line, marks: str) -> list[Line]:
    """The pieces of a line between the given marks, never inside a bracket."""
    pieces: list[Line] = []
    depth = 0
    start = 0
    for i, ch in enumerate(value.text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and ch in marks:
            pieces.append(sub(value, start, i))
            start = i + 1
    pieces.append(sub(value, start))
    return [p for p in pieces if p.text]


def _comma_list_piece(piece: Line, vocab: Vocabulary) -> list[Line]:
    """One piece between semicolons, cut at its commas when it is itself a list of three or more bare names
    ('Ada Brook (clerk), Ben Cole, Cy Dale; Dee Eve, clerk for item 1', round 49); else the piece whole."""
    names = _split_outside_brackets(piece, ",")
    if len(names) >= 3 and all(re.sub(r"\s*\([^()]*\)$", "", n.text.strip()).count(" ") in (1, 2)
                               and looks_like_person(re.sub(r"\s*\([^()]*\)$", "", n.text.strip()), vocab)
                               for n in names):
        return names
    return [piece]


def _comma_separates(text: str) -> bool:
    """A comma separates people when the line lists names with parentheses, or only names."""
    return text.count("(") >= 2 or text.count(",") >= 1 and "(" not in text and " – " not in text


def _people_run(line: Line, vocab: Vocabulary) -> bool:
    """Is a line a comma-separated run of people ('Mrs A B Cole (Chairman), Mr D E Fox, Cllr G Hay')
    rather than one 'Name, Role, Organisation' entry? By its shape: two or more pieces, and at least two
    thirds of them people written with a title or with initials for forenames; or pieces that are all
    names, three or more or two after an organisation in brackets. A role or an organisation is neither,
    so 'Mr A Cole, Director, Elmley Council' and 'Ada Brook (Chair), Head of Service' stay one entry."""
    pieces = _split_outside_brackets(line, ",")
    if len(pieces) < 2:
        return False
    # each person without brackets or markers; '..., B and C' is two; 'C and, D': the joiner typed before the comma
    names = [name for p in pieces
             for name in re.split(r"^(?:and|&)\s+|\s+(?:and|&)(?:\s+|$)",
                                  _dash_role_off(re.sub(r"\s*\([^()]*\)?", " ", p.text).strip(" *†‡#."), vocab))
             if name]
    titled = sum(1 for name in names if _titled_person(_PLURAL_TITLE.sub("Cllr ", name), vocab))
    titled += _under_plural_title(names, vocab)
    if titled >= 2 and 3 * titled >= 2 * len(names):
        return True
    # 'Ada Brook (Elmley Council), Cy Dee': the organisation is given, so what follows is the next person;
    # after '(Chair)' it may be the organisation ('Ada Brook (Chair), Elmley Hospice') and stays so
    bracketed_org = any(not is_role(inner, vocab) and note_for(inner, vocab) is None and not re.fullmatch(r"[A-Z]{2,4}", inner)
                        for p in pieces for inner in re.findall(r"\(([^()]+)\)", p.text))
    plain = [reads_as_name(name, vocab) for name in names]
    # 'Ada Brook, April Cole, Ben Dee': a month as a first name among three or more names is one too (round 24)
    # 'Ada Brook – Chair, Ben Cole – Treasurer': two entries each with its role after a dash (round 36)
    dashed = sum(1 for p in pieces if _dash_role_off(p.text.strip(), vocab) != p.text.strip())
    # 'Ada Brook (Chair), Ben Cole': a bracket, then a name whose first word is a given name or an initial (round 54)
    given_next = len(names) == 2 and "(" in pieces[0].text and "(" not in pieces[1].text \
        and is_given(strip_titles(names[1].strip()).split(" ")[0])
    return (len(names) >= 3 or bracketed_org or dashed >= 2 or given_next) and all(
        ok or sum(plain) >= 3 and looks_like_person(name, vocab, in_slot=True, alone=True)
        for ok, name in zip(plain, names))


def _under_plural_title(names: list[str], vocab: Vocabulary) -> int:
    """How many untitled names follow a plural title in a run ('Councillors Ben Cole, Cara Dunn and Dan Eyre'):
    the title covers each, so 'Councillor Ada Brook (Chair), Councillors Ben Cole, Cara Dunn and Dan Eyre' is a
    run of four people however few are titled one by one (round 54)."""
    first = next((i for i, name in enumerate(names) if _PLURAL_TITLE.match(name)), None)
    if first is None:
        return 0
    return sum(1 for name in names[first + 1:]
               if not _titled_person(name, vocab) and reads_as_name(name, vocab))


_DASH_TAIL = re.compile(r"\s+[-–—]\s+(?P<tail>[^-–—]+)$")


def _dash_role_off(piece: str, vocab: Vocabulary) -> str:
    """'Ada Brook – Chairman' -> 'Ada Brook': a role word after a spaced dash is the entry's role (round 36), so
    'Ada Brook – Chairman, Ben Cole, Cy Dale' is a run of three people; an organisation after the dash
    ('Ada Brook – Elmley Council, ...') is left on, and such a line stays one 'Name – Org, ...' entry."""
    m = _DASH_TAIL.search(piece)
    return piece[:m.start()] if m and is_role(m.group("tail").strip(), vocab) else piece


def _warn_unread(section: _Section, before: tuple[int, int], result: Attendance) -> None:
    """Pieces of a run of people that could not be read as a name ('DR JOHN': a title and one word; a name
    cut off at the page's end) are left out; a warning names them, so a reader can check the list."""
    added = len(section.entries) - before[0]
    unread = [squash(p.text) for p in section.loose[before[1]:] if len(p.text) <= 40]
    if added >= 2 and unread:
        listed = ", ".join(f"'{t}'" for t in unread)
        result.warnings.append(f"Attendance list: {listed} among the names could not be read as a person's "
                               "full name and was left out.")


def _run_wraps(value: Line, nxt: Line, vocab: Vocabulary) -> bool:
    """A run of people broken across lines after a comma or inside a name ('..., Mr R G' / 'Cole, Mrs ...');
    after a whole name the run has ended."""
    last = re.sub(r"\s*\([^()]*\)", "", _split_outside_brackets(value, ",")[-1].text)
    broken = value.text.rstrip().endswith(",") or re.search(r"\b[A-Z]\.?$", last) is not None \
        or not looks_like_person(last, vocab, in_slot=True)  # 'Mr R G' / 'Cole': the name goes on below
    return broken and _wraps_into(value, nxt)


def _titled_person(value: str, vocab: Vocabulary) -> bool:
    """'Mrs J L Wareham', 'Cllr Ada Brook', 'J L WAREHAM', 'MrsJLWareham': a person as council minutes
    write one, with a title or initials before the surname."""
    value = unglue_title(value)
    words = value.split()
    if len(words) < 2 or not looks_like_person(value, vocab, in_slot=True):
        return False
    titled = words[0].lower().rstrip(".") in TITLES
    initials = all(re.fullmatch(r"[A-Z]\.?", w) for w in strip_titles(value).split()[:-1])
    return titled or initials


class _Section:
    def __init__(self, kind: str, label: Label, in_item: bool = False, strict: bool = False) -> None:
        self.kind = kind
        self.strict = strict  # the list ends at its first line that is not a person
        self.in_item = in_item  # under a numbered 'Apologies' item: the list does not end the header
        self.label = label
        self.legend = legend(label.paren)
        self.columns: list[str] | None = None
        self.entries: list[Entry] = []
        self.loose: list[Line] = []  # lines that were not people (a designations column)
        self.org_heading: str | None = None  # 'Elmley Police:' on its own line: the organisation of the names below
        self.mixed = label.mixed  # 'Attendees and apologies': both lists under one heading
        self.number: int | None = None  # the number of the item heading that opened the list ('1  Apologies')
        self.chairs: list[PersonEntry] = []  # 'Mr Brook (Chair)': too short for an entry, still the chair
        self.sentence_item: int | None = None  # an apologies sentence's list: how many items had begun before it
        self.role_cells = False  # a 'Name / Role' row was read: the list is a table of name and role cells
        self.order: list[Entry | Line] = []  # entries and loose lines in the order they were read (round 20)
        self.group_lines: int | None = None  # 'Upton: Ada Brook, Apologies from Ben Cole' read under this item (r26)
        self.dashed = False  # an 'Elmley Council - Ada Brook, Ben Cole' line was read (round 46)


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
    if len(filled) < 2 or any(is_role(re.split(r"\s*[(–—]|\s+-", c.text)[0], vocab) for c in filled[1:]):
        return []  # 'Ada Brook | Regional Rep': a role cell, not a second name ('Ben Cole (Org) - notes' is one)
    entries = [parse_entry(strip_bullet(c), vocab, leg) for c in filled]
    return [e for e in entries if e is not None] if all(entries) else []


def _header_columns(row: list[Line]) -> list[str] | None:
    names = [_HEADER_CELLS.get(c.text.strip(" :*").lower()) for c in row]
    if "name" in names and sum(1 for n in names if n) >= 2:
        return [n or "role" for n in names]
    return None


def parse_attendance(lines: list[Line], text: str, vocab: Vocabulary) -> Attendance:
    """Find the attendee/apology lists and read every person on them."""
    if (blocks := read_status_blocks(lines, vocab)) is not None:  # 'Ada Brook' / role / 'Present, as expected'
        return blocks
    result = Attendance()
    sections: list[_Section] = []
    current: _Section | None = None
    comma_starts: set[int] = set()
    bare_seen = False  # a list was read as a run of names and organisations with no separator (name_run.py)
    lines = split_label_run(split_caps_labels(lines))  # 'Present: A. Apologies: B. Chair: C' (round 46)
    lines = split_column_rows(split_cell_breaks(split_run_on(split_parted_label(lines, vocab), vocab, comma_starts),
                                                 vocab), vocab)
    logical = logical_lines(lines, text, vocab)
    item_no = 0
    numbers_seen: set[int] = set()
    tables = read_tables(logical, vocab)  # flattened tables first (attendance_tables.py)
    logical = tables.rest(logical)
    k = -1
    while k + 1 < len(logical):
        k += 1
        line = logical[k]
        if line.blank:
            continue
        if (cell_list := _label_cell_list(logical, k, text, vocab)) is not None:
            section, k = cell_list  # '|PARTICIPANTS: |Ada Brook (AB) / Elmley; ...' wrapped over rows (round 22)
            sections.append(section)
            current = None
            continue
        label = match_label(line) or _bare_apologies_label(line, vocab, sections) or _numbered_list_label(line, item_no)
        top = _TOP_NUMBER.match(line.text) if numbered(line) else None
        if top:  # items counted, not their numbers: minutes may go on with the year's numbering (49, 50 ...)
            numbers_seen.add(int(top.group(1)))
            item_no = len(numbers_seen)
        sentence = (_APOLOGY_SENTENCE.match(line.text) or _SENT_APOLOGIES.match(line.text)
                    or _FOLLOWING_APOLOGIES.match(line.text)) if label is None and item_no <= 2 else None
        if sentence is None and label is None and item_no <= 2 and (broken := _names_on_next_line(line, logical, k, text)):
            line, sentence = broken  # '... and apologies were noted from' / 'Ada Brook and Ben Cole.' (round 24)
            k += 1
        if label is not None and item_no <= 2 and (labelled := _labelled_sentence(label)) is not None \
                and not any(s.kind == "apologies" and s.entries for s in sections):
            line, sentence, label = label.value, labelled, None  # 'Apologies: Apologies were received from ...'
        if label is not None and label.name == "apologies" and label.value is None and item_no <= 2 \
                and (run_on := _label_run_on(label, logical, k)) is not None:
            line, sentence, label = run_on  # 'Apologies for absence:' / 'were submitted on behalf of Ada Brook'
            k += 1
        elif label is None and sentence is None and item_no <= 2 and not any(s.kind == "apologies" for s in sections) \
                and (numbered_heading := apologies_heading(line)) is not None and numbered_heading.value is None \
                and (run_on := _label_run_on(numbered_heading, logical, k)) is not None:
            # '2. Apologies for absence:' / '- were received from Ada Brook, ...' (round 22)
            line, sentence = run_on[:2]
            k += 1
        if current is not None and current.kind == "attendees" and not current.in_item and label is None \
                and current.label.value is None and ((group := _GROUP_APOLOGIES.match(line.text)) is not None
                                                     or (current.group_lines == item_no and _COLON_LEAD.match(line.text))):
            # 'Present:' / 'Upton: Ada Brook, Apologies from Ben Cole': each group's line gives who came and who
            # sent apologies; the lines after the first such line are read the same way (round 26)
            current.group_lines = item_no  # the item the group lines are under: they end at the next item
            if group is None:
                present, absent_at = sub(line, line.text.index(":") + 1), None
            else:
                present, absent_at = sub(line, group.start("present"), group.end("present")), group.start("absent")
            if present.text.strip(" ,;"):
                for piece in _split_inline(present, vocab):
                    _add(current, piece, vocab)
            if absent_at is not None:
                absent = _Section("apologies", Label("apologies", line, sub(line, absent_at), None), in_item=True)
                for piece in _sentence_names(sub(line, absent_at)):
                    _add(absent, piece, vocab)
                sections.append(absent)
            continue
        if sentence and (not any(s.kind == "apologies" and s.entries for s in sections)
                         or _further_sentence(sections, item_no)):
            # 'Apologies were received from Ada Brook (Elmley), Ben Cole and Cy Dee.' under item 1
            if current is not None and not current.in_item:
                result.end = line.start
            section, k = _sentence_section(sentence, line, logical, k, text, vocab)
            sections.append(section)
            section.sentence_item = item_no
            current = section if section.strict else None
            continue
        if label is None and current is None and item_no == 0 and (came := _attended_for_item(line, vocab)):
            section = _Section("attendees", Label("attendees", line, None, None))  # 'Ada Brook, X, attended for Item 5'
            section.entries.append(came)
            sections.append(section)
            continue
        heading = apologies_heading(line) if label is None and item_no <= 2 else None
        if heading is not None and not any(s.kind == "apologies" for s in sections):
            # '1. Apologies' / '1) Introductions and apologies': the names under the item are the apologies
            if result.end is None or current is not None:
                result.end = line.start
            current = _Section("apologies", heading, in_item=True)
            current.number = _heading_number(line)
            sections.append(current)
            if heading.value is not None:
                for piece in _split_inline(heading.value, vocab):
                    _add(current, _without_owner_column(piece), vocab)
            continue
        if label is not None and label.name in SECTION_LABELS and item_no > 2 \
                and _inside_items(logical, k, numbers_seen):
            current = _Section(label.name, label, in_item=True)  # an item's guests: read past, kept off the lists
            continue
        if label is not None and current is not None and current.kind == "attendees" and not current.in_item \
                and members_heading(label):
            current.org_heading = None  # 'Present:' ... 'Board Members:': a sub-heading, the list goes on
            continue
        if label is not None and label.name in SECTION_LABELS:
            current = _Section(label.name, label)
            sections.append(current)
            if label.name != "designations":
                grid = read_grid(lines, text, line.index, vocab, label.name)
                if grid.wrapped and len(grid.cells) >= 2:  # a table flattened row by row, organisations wrapped
                    current = _take_grid(grid, sections, current, vocab, result)
                    while k + 1 < len(logical) and logical[k + 1].index < grid.end_index:
                        k += 1
                    continue
            if label.value is not None:
                value = label.value
                if _names_paragraph(value, vocab):  # a paragraph of names may wrap onto the next lines
                    while k + 1 < len(logical) and _wraps_into(value, logical[k + 1]) \
                            and not _same_line(value, logical[k + 1], text):
                        value, k = join(value, logical[k + 1], text), k + 1
                before = (len(current.entries), len(current.loose))
                if (titled := titled_run(value, vocab) or dotted_role_run(value, vocab)
                        or initials_run(value, vocab)) is not None:
                    # 'Present: Provost Brook (Chair) Councillor ...', 'Mr Ada Brook .. Role Ms Ben Cole .. Role' (r24),
                    # 'G. Adam M. Iqbal M. Adams ...' (r71)
                    current.entries.extend(titled)
                    continue
                if (roled := role_run(value, vocab, text)) is not None:  # 'Ada Brook Director, Elmley Trust Ben Cole ...'
                    current.entries.extend(roled)
                    continue
                bare = bare_run(value, text, vocab, 1 if bare_seen else 3)  # 'Ada Brook Elmley Council Ben Cole ...'
                if bare is not None:
                    bare_seen = True
                    current.entries.extend(bare[0])
                    current.loose.extend(bare[1])
                    _warn_unread(current, before, result)
                    continue
                groups = _org_groups(value, vocab)  # 'Elmley Council: Ada Brook, Ben Cole Oakham Police: Cy Dee'
                grouped = [_org_led(g, vocab, current) for g in groups]
                if groups and all(grouped):
                    current.entries.extend(e for entries in grouped for e in entries or [])
                    continue
                first_new = len(current.entries)
                if _PLURAL_TITLE.match(value.text) and ";" not in value.text:
                    _add(current, value, vocab)  # 'Present: Councillors Brook, Cole, J Dee and Eve.': one title (r49)
                    _warn_unread(current, before, result)
                    continue
                for piece in (run for part in _split_inline(value, vocab) for run in _split_titled_run(part, vocab)):
                    spaced = _spaced_entries(piece, vocab, current.legend)  # 'Present   A BROOK   B COLE'
                    if spaced:
                        current.entries.extend(spaced)
                        continue
                    for one in split_entries(piece):  # 'Attendees:  A (X)     B (Y)': columns after the label
                        _add(current, one, vocab)
                _group_orgs(current.entries[first_new:], value)
                _warn_unread(current, before, result)
            continue
        if label is None and current is not None and not current.in_item and _MINUTE_TAKER_ALONE.match(line.text):
            # 'Minute Taker' alone on its line inside the lists: its names are attendees (they are in the
            # room), never the apologies the list before it gave
            current = _Section("attendees", Label("attendees", line, None, None))
            sections.append(current)
            continue
        if current is None:
            continue
        if label is None and not current.in_item and _WITNESSES.match(line.text):
            # 'Witnesses:' under a committee's members: who gave evidence on an item, guests, not members present
            result.end = line.start
            current = None
            continue
        if current.kind == "apologies" and not current.in_item and _MINUTES_BY.match(line.text):
            result.end = line.start  # 'Minutes: Ada Brook Secretary': who took the minutes, never an apology
            current = None
            continue
        if label is not None or numbered(line) or _ends_section(line) or tables.closes(k) \
                or _next_item(line, current.number) or _NUMBERED_CELL.match(line.text):
            if not current.in_item:
                result.end = line.start
            current = None
            continue
        if _NEGATED_HEADING.match(line.text):
            # 'Members not present:', 'Absent (no apologies): A, B' — the names after it did not attend
            heading = line.text.split(":")[0].strip()
            result.warnings.append(f"Attendance list: the names under '{heading}:' were left out of "
                                   "the attendees and the apologies.")
            if not current.in_item:
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
                current.role_cells = current.role_cells or current.columns is None
            continue
        # 'A Brook, Role, Org B Cole, Role ...'; never a comma run of people whose pieces are all names
        # ('Ada Brook (Chair), Ben Cole, Cy Dee (Elmley Police), ...'), read one person a piece below (round 22)
        if not _people_run(line, vocab) and (run := comma_run(line, vocab, comma_starts)) is not None:
            for piece in run:
                _add(current, piece, vocab)
            continue
        if (titled := titled_run(line, vocab) or dotted_role_run(line, vocab) or initials_run(line, vocab)) is not None:
            # 'Provost Brook (Chair) Councillor Cole ...', 'Mrs Ada Brook Mr Ben Cole ...', 'Ms Ada Brook .. Role ...',
            # 'G. Adam M. Iqbal M. Adams ...' (r71)
            current.entries.extend(titled)
            continue
        if current.kind == "apologies" and (subs := _substituted_run(line, vocab)) is not None:
            current.entries.extend(subs)  # 'Councillor Brook (Cllr Cole attending as substitute) Councillor Dee ...'
            continue
        if current.kind == "attendees" and (dashed := org_dash_line(line, vocab, slot_person, current.dashed)) is not None:
            current.dashed = True
            current.entries.extend(dashed[0])  # 'Elmley Council - Ada Brook, apologies from Ben Cole' (round 46)
            if dashed[1]:
                sent = _Section("apologies", Label("apologies", line, None, None), in_item=True)
                sent.entries.extend(dashed[1])
                sections.append(sent)
            continue
        led = _org_led(line, vocab, current)
        if led is not None:
            current.entries.extend(led)
            continue
        spaced = _spaced_entries(line, vocab, current.legend)
        if spaced:
            current.entries.extend(spaced)
            current.role_cells = current.role_cells or len(spaced) == 1 and not spaced[0].bare
            continue
        if _people_run(line, vocab):  # 'Mrs A B Cole (Chairman), Mr D E Fox, Ms J Kay': one person a piece
            value = line
            while k + 1 < len(logical) and _run_wraps(value, logical[k + 1], vocab):
                value, k = join(value, logical[k + 1], text), k + 1
            before = (len(current.entries), len(current.loose))
            for piece in _split_inline(value, vocab):
                _add(current, piece, vocab)
            _warn_unread(current, before, result)
            continue
        semis = _split_inline(line) if ";" in line.text else []
        parsed = [parse_entry(strip_bullet(p), vocab, current.legend) for p in semis]
        if ";" in line.text and not (len(parsed) >= 2 and all(parsed)):
            # 'A Brook, Commander 'N' Division; B Cole, ...': a piece between commas is no person, so each
            # piece between semicolons is one person's entry, name, role and all (round 29)
            parsed = [parse_entry(strip_bullet(p), vocab, current.legend) for p in _split_outside_brackets(line, ";")]
        if len(parsed) >= 2 and all(parsed):  # 'Ada Brook, Role, Org; Ben Cole, Role, Org' on one line
            current.entries.extend(e for e in parsed if e is not None)
            continue
        if re.search(r"\s[\u2022\uf0b7]\s", line.text):
            # 'Post (Ada Brook) - AB \uf0b7 Post (Ben Cole) - BC \uf0b7 ...': entries run on one line between bullets;
            # two thirds of three or more read as people, the rest left out with a warning (round 29)
            bulleted = [p for p in _split_outside_brackets(line, "\u2022\uf0b7") if p.text.strip()]
            parsed = [parse_entry(strip_bullet(p), vocab, current.legend) for p in bulleted]
            if len(bulleted) >= 3 and 3 * sum(1 for e in parsed if e) >= 2 * len(bulleted):
                current.entries.extend(e for e in parsed if e is not None)
                unread = [p.text.strip() for p, e in zip(bulleted, parsed) if e is None]
                if unread:
                    result.warnings.append("Attendance list: " + ", ".join(f"'{u}'" for u in unread)
                                           + " could not be read as a person and was left out.")
                continue
        if (glued_names := _glued_names(line, vocab, current.legend)) is not None:
            current.entries.extend(glued_names)  # 'Ada BrookBen Cole': two columns' names, the space lost (round 36)
            continue
        titled = _split_titled_run(line) if len(line.text) <= 120 else []
        parsed = [parse_entry(p, vocab, current.legend) for p in titled]
        if len(parsed) >= 2 and all(parsed):  # 'Mrs A. Brook Mr B. Cole': titled names with no separator
            current.entries.extend(e for e in parsed if e is not None)
            continue
        if current.kind == "apologies" and current.strict \
                and (paired := name_pairs(line, vocab, slot_person)) is not None:
            # 'Apologies were received from the following members:' / 'Ada Brook Ben Cole Cara Dunn' (round 46);
            # never in an attendees list, where a three-word name among them puts every pair after it one word off
            current.entries.extend(paired)
            continue
        if (gapped := _two_space_entry(line, vocab)) is not None:  # 'Ada Brook  Director of X, Elmley' (round 22)
            current.entries.append(gapped)
            continue
        loose = len(current.loose)
        for piece in split_entries(line):
            _add(current, piece, vocab)
        if current.strict and len(current.loose) > loose:
            current = None
    if not any(s.kind in ("attendees", "apologies") and s.entries for s in sections) and not tables.taken:
        _unlabelled_grid(lines, text, vocab, sections, result)
    if not any(s.kind == "attendees" and s.entries for s in sections) and not tables.taken:
        _unlabelled_run(logical, text, vocab, sections, result)
    _initials_block_before_label(logical, vocab, sections)
    _comma_line_before_apologies(logical, vocab, sections)
    _gapped_block_before_also_present(logical, vocab, sections)
    _block_before_in_attendance(logical, vocab, sections)
    _initials_vouched_present(text, vocab, sections, result)
    _names_before_initials_column(text, vocab, sections, result)
    _status_run(text, vocab, sections, result, tables)
    _fallback_blocks(text, vocab, sections, result, tables)
    _recognised_names(text, vocab, sections, result, tables)
    _recognised_empty(text, vocab, sections, result, tables)
    _recognised_unlabelled(text, vocab, sections, result, tables)
    _later_blocks(text, vocab, sections, result, tables)
    _prose_apologies(text, vocab, sections, result, tables)
    _clerk_attended(text, vocab, sections)
    _entry_status(sections, text, result)
    _split_mixed(sections, text, result)
    _apologies_label_after_names(sections, text, result)
    unbracketed_orgs(sections, comma_starts, text)
    _merge(sections, result, vocab, text)
    tables.fold(result)
    result.chairs = [c for s in sections if s.kind == "attendees" for c in s.chairs]
    return result


def _fallback_blocks(text: str, vocab: Vocabulary, sections: list[_Section], result: Attendance,
                     tables: TableRead) -> None:
    """A list no rule above read: its people by name shape, when certain (fallback_block.py, round 27)."""
    for kind in ("attendees", "apologies"):
        if any(s.kind == kind and s.entries for s in sections) or getattr(tables, kind):
            continue
        found = read_fallback(text, vocab, kind)
        if found is None and kind == "attendees" and not any(s.entries for s in sections):
            initialled = read_initialled(text, vocab)  # no label: 'Ada Brook (AB): Chair' lines at the opening
            found = (initialled, "") if initialled else None
            sent = initials_apologies(text, initialled or [])
            if sent and len(sent) < len(initialled or []) and not any(s.kind == "apologies" and s.entries
                                                                        for s in sections):
                # the apologies given by initials: those people were not there (round 29)
                found = ([e for e in initialled or [] if e not in sent], "")
                away = _Section("apologies", Label("apologies", Line(0, 0, 0, ""), None, None))
                away.entries = sent
                sections.append(away)
        if found is None:
            continue
        entries, label = found
        section = _Section(kind, Label(kind, Line(0, 0, 0, label), None, None))
        section.entries = entries
        sections.append(section)
        # the warning that the run could not be read (_initials_vouched_present) gives way to this one
        result.warnings[:] = [w for w in result.warnings if not w.startswith(f"{kind.capitalize()} written after")]
        where = f"after '{label}'" if label else "(a block of names with their initials, no label)"
        result.warnings.append(f"The {kind} {where} were read by the fallback (names told by their "
                               "shape, the layout was not recognised); some may be missing.")




def _later_blocks(text: str, vocab: Vocabulary, sections: list[_Section], result: Attendance,
                  tables: TableRead) -> None:
    """Each further labelled block of the opening no rule read: its people by the fallback's rules
    (later_blocks.py, round 46)."""
    read, known = _read_so_far(sections)
    for kind, label, entries in later_blocks(text, vocab, read, known):
        if getattr(tables, kind):
            continue
        section = _Section(kind, Label(kind, Line(0, 0, 0, label), None, None))
        section.entries = entries
        sections.append(section)
        result.warnings.append(f"The {kind} after '{label}' were read by the fallback (names told by their "
                               "shape, the layout was not recognised); some may be missing.")


def _prose_apologies(text: str, vocab: Vocabulary, sections: list[_Section], result: Attendance,
                     tables: TableRead) -> None:
    """No apologies read: a sentence giving them inside running prose (prose_apologies.py, round 51); kept only
    when every piece it names is read as a person."""
    if any(s.kind == "apologies" and s.entries for s in sections) or tables.apologies:
        return
    if (value := prose_apology(text)) is None:
        return
    section = _Section("apologies", Label("apologies", value, value, None))
    _read_sentence_names(section, value, _NO_LEAD, value, vocab)
    if not section.entries or len(section.entries) != len(_sentence_names(value)) \
            or not all(looks_like_person(e.person.name, vocab) for e in section.entries):
        return
    sections.append(section)
    result.warnings.append("The apologies were read from a sentence inside the minutes' prose, with no list.")


def _clerk_attended(text: str, vocab: Vocabulary, sections: list[_Section]) -> None:
    """'Clerk: Ada Brook' in the opening, after the attendees were read: the clerk attended (clerk_label.py,
    round 51); added to the first attendees list when no list holds the name."""
    present = next((s for s in sections if s.kind == "attendees" and s.entries), None)
    if present is None or (value := clerk_name(text)) is None:
        return
    entry = parse_entry(value, vocab)
    if entry is None or not looks_like_person(entry.person.name, vocab):
        return
    if person_key(entry.person.name) not in {person_key(e.person.name) for s in sections for e in s.entries}:
        present.entries.append(entry)


_NO_LEAD = re.match(r"(?P<names>)", "")  # a sentence's names read with nothing before them


def _read_so_far(sections: list[_Section]) -> tuple[list[tuple[int, int]], set[str]]:
    """The spans the rules read entries from and the names read, which the language model's names must avoid."""
    read = [e.person.span for s in sections for e in s.entries if e.person.span]
    return read, {person_key(e.person.name) for s in sections for e in s.entries}


def _vouched_entries(text: str, spans: list[tuple[int, int]], vocab: Vocabulary, known: set[str]) -> list[Entry]:
    """The entries of the vouched name spans that read as exactly that name and were not read already (rounds 33
    and 39 share this); `known` takes each name added."""
    out = []
    for a, z in spans:
        piece = Line(0, a, z, text[a:z])
        entry = parse_entry(piece, vocab)
        if entry is None:  # 'Cllr Brook', 'Mr Cole': a title and a surname (round 41)
            entry = titled_surname(piece, vocab) or titled_surname_piece(piece, vocab)
            if entry is None or person_key(entry.person.name) != person_key(text[a:z]):
                continue
        elif entry.person.name != text[a:z]:
            continue
        if person_key(entry.person.name) in known:
            continue
        known.add(person_key(entry.person.name))
        out.append(entry)
    return out


def _recognised_names(text: str, vocab: Vocabulary, sections: list[_Section], result: Attendance,
                      tables: TableRead) -> None:
    """An attendees list the rules read in part: the names they left in its block, where spaCy's PERSON
    entities and the text agree on both ends of a name (ner_names.py, round 33). Only inside a labelled block
    the rules already read entries from (so the block is the paper's list), never over a read entry, never a
    name read already."""
    read, known = _read_so_far(sections)
    # attendees only: an apologies block is mostly a sentence naming others too ('Ada Brook attended as Ben
    # Cole's substitute', 'introduced Ben Cole as a new trustee'); forced on every set, two of the seven false
    # names the guards stopped were there, and a held-out check (blind26) showed one more
    for kind in ("attendees",):
        block = None if getattr(tables, kind) else block_span(text, kind)
        if block is None:
            continue
        label, start, end = block
        if kind == "attendees" and (away := _ABSENCE_CUE.search(text, start, end)) is not None:
            end = away.start()  # 'Members not present:', 'Members absent (no apologies):' end who was there
        home = next((s for s in sections if s.kind == kind
                     and any(e.person.span and label.start() <= e.person.span[0] < end for e in s.entries)), None)
        if home is None or not free_pairs(text, start, end, read):
            continue  # the rules did not read this block, or left no two capitalised words unread in it
        ents = person_entities(text, start, end)
        spans = names_in_block(text, start, end, ents, vocab, slot_person, read)
        spans += short_names(text, start, end, ents, vocab, read + spans, kind)  # 'Cllr Brook', 'A Brook' (r41)
        added = _vouched_entries(text, sorted(spans), vocab, known)
        home.entries.extend(added)
        if added:
            result.warnings.append(f"The {kind} list was read in part; {len(added)} more name(s) were taken where "
                                   "the language model and the layout agree they are people: "
                                   + ", ".join(e.person.name for e in added) + ".")


def _recognised_empty(text: str, vocab: Vocabulary, sections: list[_Section], result: Attendance,
                      tables: TableRead) -> None:
    """A labelled list (attendees or apologies) every rule read empty: the names spaCy's PERSON entities vouch
    for inside its block, with round 33's boundary guards (ner_names.empty_block_names, round 39). spaCy runs
    only here, on the block alone, and only when the rules read nothing for that list."""
    read, known = _read_so_far(sections)
    for kind in ("attendees", "apologies"):
        if any(s.kind == kind and s.entries for s in sections) or getattr(tables, kind):
            continue
        found = empty_block_names(text, kind, vocab, slot_person, read)
        if found is None:
            continue
        label, spans = found
        entries = _vouched_entries(text, spans, vocab, known)
        if len(entries) < EMPTY_BLOCK_LEAST[kind]:
            continue
        section = _Section(kind, Label(kind, Line(0, 0, 0, label), None, None))
        section.entries = entries
        sections.append(section)
        result.warnings.append(f"The {kind} after '{label}' were read by no layout rule; {len(entries)} name(s) "
                               "were taken where the language model and the layout agree they are people: "
                               + ", ".join(e.person.name for e in entries) + ".")


def _status_run(text: str, vocab: Vocabulary, sections: list[_Section], result: Attendance, tables: TableRead) -> None:
    """Nothing read: entries run on one after another, each closed by its status word (status_run.py, round 49)."""
    if any(s.kind in ("attendees", "apologies") and s.entries for s in sections) or tables.taken:
        return
    if (lists := status_run(text, vocab)) is None:
        return
    for kind, entries in lists.items():
        if entries:
            section = _Section(kind, Label(kind, Line(0, 0, 0, ""), None, None))
            section.entries = entries
            sections.append(section)
    result.warnings.append("The attendance was read from entries run on one after another, each closed by its "
                           "status word (Present, Apologies), with no list label.")


def _recognised_unlabelled(text: str, vocab: Vocabulary, sections: list[_Section], result: Attendance,
                           tables: TableRead) -> None:
    """The attendees read empty: a block of people one a line, with no label, in the opening before item 1,
    read from the names spaCy vouches for (unlabelled_names.py, round 41); never over a read entry's line."""
    if any(s.kind == "attendees" and s.entries for s in sections) or tables.attendees:
        return
    read, known = _read_so_far(sections)
    entries = _vouched_entries(text, unlabelled_block_names(text, vocab, slot_person, read), vocab, known)
    if len(entries) < UNLABELLED_LEAST:
        return
    section = _Section("attendees", Label("attendees", Line(0, 0, 0, ""), None, None))
    section.entries = entries
    sections.append(section)
    result.warnings.append(f"The attendees were read from a block of names with no label before item 1; {len(entries)} "
                           "name(s) were taken where the language model and the layout agree they are people: "
                           + ", ".join(e.person.name for e in entries) + ".")


# 'Members not present:', 'Absent:'; never 'Non-voting members:' / 'Non-executive directors:', a kind of member (round 21)
_NEGATED_HEADING = re.compile(r"^[\w\s/'’-]{0,30}\b(?:not|non(?![\s-]+(?:voting|executive)\b)|absent|without|dna)\b"
                              r"[\w\s()/'’-]{0,30}:(?:\s.*)?$",
                              re.I | re.S)
_NUMBERED_CELL = re.compile(r"^\d{1,2}\s+[/|]\s+[A-Z]")  # '1 / Welcome': an item row of minutes written as a table
_TOP_NUMBER = re.compile(r"^(?:Item\s+)?(\d{1,2})(?:[.)]|\s)", re.I)
_APOLOGY_SENTENCE = re.compile(
    r"^(?:\|\s*)?(?:\d{1,2}(?:\.\d{1,2})*(?:/\d{2,4})?[.):]?\s+)?(?:[-•·]\s*)?"  # '2.21/04': a minute reference (r31)
    r"(?:(?-i:\(?(?:[ivx]{1,4}|[a-h])[.)]?)\s+(?=(?-i:[A-Z])))?"  # a paragraph marker: 'i Apologies ...', '(a) ...'
    # a sentence before it, 'The Chair noted that ...', a clause joined by 'and' ('Introductions were made and
    # apologies were noted from ...', 'The Chair welcomed the Board to the meeting and noted apologies from ...', r53)
    # or a minute's number after its heading ('APOLOGIES 1.1 Apologies ...', r46)
    r"(?:.*?(?:[.;:]\s+|\bthat\s+|\band\s+(?=apolog|an\s+apology|(?:noted|received|recorded)\s+(?:the\s+)?apolog)|\s\d{1,2}\.\d{1,2}\s+(?=(?-i:A)polog)))?"
    r"(?:(?:there\s+were|[\w ]{0,40}?\b(?:received|noted|recorded|reported|gave|offered|conveyed))\s+"
    r"|(?!(?:no|nil|any|none)\b)(?:[A-Za-z'’-]+\s+){1,2}(?=apologies\s))?"  # 'Board member apologies ...' (r24)
    r"(?:the\s+following\s+)?(?:apologies|an\s+apology)\s+(?:for\s+absence\s+)?"
    r"(?:(?:from|for|at)\s+(?:this|the|today['’]?s)\s+meeting\s+)?"  # '... for absence from this meeting were ...'
    r"(?:were|had\s+been|have\s+been|has\s+been|was|are)?\s*(?:(?:also|further)\s+)?"
    r"(?:received|noted|given|tendered|sent|recorded|offered|submitted|made|intimated|presented|reported|accepted)?"
    r"(?:\s+and\s+(?:accepted|noted))?\s*"
    # 'from, Ada ...' (r24); 'that the apologies of Ada Brook be accepted' (r53)
    r"(?:(?:from|by|on\s+behalf\s+of|(?<=apologies\s)of)(?:,(?=\s))?\s*(?:the\s+following(?:\s+members)?\s*)?"
    rf"(?:the\s+(?:(?:vice|deputy)[\s-]*)?(?:{CHAIR_WORDS})\s*,\s*)?"  # 'from the Chairman, Cllr Ada Brook, ...'
    # 'from the Chair and Ada Brook', 'from the Director of Housing and Ada Brook': a post, not a name, then names
    r"(?:the\s+[\w'’-]+(?:\s+[\w'’-]+){0,5}?\s+(?:and|&)\s+(?=(?-i:[A-Z])))?"
    # 'from Panel members Ada ...', 'from Committee member Mr A Brook' (not 'Councillor Brook': a title)
    r"(?:(?:[\w-]+\s+)?(?:members?|councillors|officers?|representatives?)\s+(?=(?-i:[A-Z])))?"
    r"(?::[-–]?)?\s*(?P<names>(?-i:[A-Z]).*)"  # 'intimated by:- Ada Brook ...'
    r"|(?:(?:from|by|on\s+behalf\s+of)\s+the\s+following(?:\s+members)?\s*)?:)$", re.I)
# 'Ada Brook, Ben Cole and Cy Dee sent their apologies.': the names before the verb
_SENT_APOLOGIES = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*(?:/\d{2,4})?[.):]?\s+)?(?P<names>[A-Z][^.:;]*?)\s+(?:had\s+|have\s+)?"
    r"(?:sent|gave|given|tendered|offered|submitted)\s+(?:their\s+|his\s+|her\s+)?apologies\b[^:]*$")
# 'The Board received the following apologies and notification of substitutes.': a sentence ending with its full
# stop whose names follow on the next lines (the colon form is _APOLOGY_SENTENCE's); `names` never takes part
_FOLLOWING_APOLOGIES = re.compile(
    r"^(?:[^.;:]{0,60}?[.;:]\s+)?(?:[\w ]{0,40}?\s)?(?:received|noted|recorded)\s+the\s+following\s+apologies"
    r"(?:\s+for\s+absence)?"
    r"(?:\s+and\s+(?:(?:notifications?|notice)\s+of\s+)?substitut\w+)?\s*\.(?P<names>(?!))?$", re.I)
# a title's full stop ('Cllr. A Brook', 'Mrs. B Cole') ends no sentence (round 31)
# or the next item's number ('... from Ada Brook. 2 Minutes': a flattened page, round 51)
_SENTENCE_END = re.compile(r"(?<=[a-z)]{2})(?<!\bCllr)(?<!\bMrs)(?<!\bProf)(?<!\bRevd)(?<!\bSupt)(?<!\bInsp)\.\s+"
                           r"(?=[A-Z]|\d{1,2}[.)]?\s+[A-Z])")


_BARE_APOLOGIES = re.compile(r"^(?:Apologies|APOLOGIES)(?:\s+for\s+absence)?\s+(?=[A-Z])")
_NAME_STOP = re.compile(r"\s*(?:[,;(]|\s[-–—]\s)")


def _bare_apologies_label(line: Line, vocab: Vocabulary, sections: list[_Section]) -> Label | None:
    """'Apologies Ada Brook, Elmley Police; Ben Cole, ...': the label's colon or cell border lost in a text export,
    so the names follow the word on the same line. Read as the label only when what comes first after it is a
    person's whole name, ended by a comma, semicolon, bracket or dash (never 'Apologies Received
    from ...', 'Apologies Minutes: ...' or a sentence), and no apologies were read before."""
    if any(s.kind == "apologies" for s in sections):
        return None
    m = _BARE_APOLOGIES.match(line.text)
    if m is None:
        return None
    stop = _NAME_STOP.search(line.text, m.end())
    name = line.text[m.end():stop.start()] if stop else ""
    if not name or not reads_as_name(name, vocab) or not looks_like_person(name, vocab) \
            or any(w.lower() in vocab.reporting_verbs or w.lower() in vocab.minute_verbs for w in name.split()):
        return None  # 'Apologies Received Are Noted Above' (a site's page title) is no name
    return Label("apologies", line, sub(line, m.end()), None)


_COUNCILLOR_CUT = re.compile(rf"(?<=\S)\s+(?={COUNCILLOR}\.?\s+[A-Z])")
_SUBSTITUTE_NOTE = re.compile(r"\s*\((?:[^()]*\battending\s+as\s+(?:a\s+)?substitute|substitute[:\s][^()]*)\)\s*$", re.I)
_COUNCILLOR_SURNAME = re.compile(rf"^{COUNCILLOR}\.?\s+(?P<surname>(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
                                 r"(?:\s+(?P<rest>[A-Z].*))?$")


def _substituted_run(line: Line, vocab: Vocabulary) -> list[Entry] | None:
    """An apologies run of councillors by surname with no separator, each perhaps with the substitute who came
    in their place ('Councillor Brook (Cllr A Cole attending as substitute) Councillor Dee Councillor Eve Fay
    Gee- Co-opted Member'). Cut before each councillor title outside brackets (three or more, the first at the
    line's start); a substitute's bracket is dropped (they attended, but are named only here); a word after
    the title is the surname (a role word too: 'Councillor Senior' is a surname where the title governs it);
    a last piece may go on with one more person's full name, its role after a dash dropped. None unless every
    piece reads so."""
    if not re.match(rf"{COUNCILLOR}\.?\s+[A-Z]", line.text):
        return None
    cuts, depth = [0], 0
    for i, ch in enumerate(line.text):
        depth += (ch == "(") - (ch == ")")
        if depth == 0 and ch == " " and _COUNCILLOR_CUT.match(line.text, i) and line.text[i - 1] != " ":
            cuts.append(i + 1)
    if len(cuts) < 3:
        return None
    out: list[Entry] = []
    for n, (a, b) in enumerate(pairwise(cuts + [len(line.text)])):
        piece = sub(line, a, b)
        text = piece.text.rstrip()
        if (note := _SUBSTITUTE_NOTE.search(text)) is not None:
            text = text[:note.start()]
        if "(" in text:
            return None
        m = _COUNCILLOR_SURNAME.match(text)
        if m is None:
            return None
        word = m.group("surname").lower()
        if word in CHAIR_WORDS.split("|") or word in vocab.not_name_words or word in vocab.group_words \
                or word in vocab.org_words or vocab.is_borough(m.group("surname")):
            return None
        span = (piece.start, piece.start + m.end("surname"))
        out.append(Entry(PersonEntry(f"Councillor {m.group('surname')}", None, None, None, span), bare=True))
        if m.group("rest"):
            if n != len(cuts) - 1:
                return None
            rest = re.sub(r"\s*[-–—]\s*(?-i:[A-Z])[^()]*$", "", m.group("rest"))  # 'Fay Gee- Co-opted Member'
            start = piece.start + m.start("rest")
            entry = parse_entry(Line(piece.index, start, start + len(rest), rest, piece.indented), vocab) \
                if looks_like_person(rest, vocab) else None
            if entry is None:
                return None
            out.append(entry)
    return out


def _further_sentence(sections: list[_Section], item_no: int) -> bool:
    """Another apologies sentence in the item whose sentence gave the apologies ('Apologies for absence were
    received from Ada Brook.' ... 'Apologies were also received from Ben Cole.'): read too. Not after
    apologies given by a label or heading, nor in a later item."""
    read = [s for s in sections if s.kind == "apologies" and s.entries]
    return bool(read) and all(s.sentence_item == item_no for s in read)


def _inside_items(logical: list[Line], k: int, numbers_seen: set[int]) -> bool:
    """A list label met after items 1..n that ran in sequence, each with its minutes' sentences, when the
    numbering goes on after it (n+1, or no number at all): the label is inside item n ('Attendees:-' then
    the item's guests), not the paper's attendance. An agenda listed before the minutes restarts at 1."""
    if numbers_seen != set(range(1, len(numbers_seen) + 1)):
        return False
    first = next((i for i, ln in enumerate(logical[:k]) if numbered(ln) and _TOP_NUMBER.match(ln.text)), None)
    if first is None or not any(ln.text.endswith(".") and not numbered(ln) for ln in logical[first:k]):
        return False
    for line in logical[k + 1:]:
        top = _TOP_NUMBER.match(line.text) if numbered(line) else None
        if top:
            return int(top.group(1)) == len(numbers_seen) + 1
    return True


_ENDS_ON_FROM = re.compile(r"(?i)\bapolog\w*\b.*\b(?:from|by|on\s+behalf\s+of)\s*$")


def _names_on_next_line(line: Line, logical: list[Line], k: int, text: str) -> tuple[Line, re.Match[str]] | None:
    """An apologies sentence broken right after 'from' ('1.1 The Chair welcomed everyone and apologies were noted
    from' / 'Ada Brook and Ben Cole.'): the next line, not blank and opening with a capital, joined to it and read
    as one sentence when the joined line is one with names."""
    if not _ENDS_ON_FROM.search(line.text) or k + 1 >= len(logical) or logical[k + 1].blank \
            or not logical[k + 1].text.lstrip()[:1].isupper():
        return None
    joined = join(line, logical[k + 1], text)
    sentence = _APOLOGY_SENTENCE.match(joined.text)
    return (joined, sentence) if sentence is not None and sentence.group("names") is not None else None


_RUN_ON_VERB = re.compile(r"^(?:were|was|have\s+been|has\s+been|had\s+been)\s+[a-z]")


def _label_run_on(label: Label, logical: list[Line], k: int) -> tuple[Line, re.Match[str], None] | None:
    """An apologies label alone on its line whose sentence runs on in lower case on the next line
    ('Apologies for absence:' / 'were submitted on behalf of Ada Brook and Ben Cole'): the two read as one
    sentence. Returns the joined line (offsets of the next line kept), its sentence match, and no label."""
    if k + 1 >= len(logical) or logical[k + 1].blank or not _RUN_ON_VERB.match(strip_bullet(logical[k + 1]).text):
        return None
    nxt = strip_bullet(logical[k + 1])  # '- were received from ...': the sentence's line bulleted (round 22)
    prefix = "Apologies "
    line = Line(nxt.index, nxt.start - len(prefix), nxt.end, prefix + nxt.text, nxt.indented)
    sentence = _APOLOGY_SENTENCE.match(line.text)
    if sentence is None or sentence.group("names") is None:
        return None
    return line, sentence, None


def _labelled_sentence(label: Label) -> re.Match[str] | None:
    """An apologies label whose value is itself an apologies sentence ('Apologies: Apologies were received
    and accepted from Ada Brook, ...'): the sentence, to be read as prose (names after 'from')."""
    if label.name != "apologies" or label.value is None or not re.match(r"(?i)apolog", label.value.text):
        return None
    sentence = _APOLOGY_SENTENCE.match(label.value.text)
    return sentence if sentence is not None and sentence.group("names") is not None else None


_GROUP_HEAD = re.compile(r"^(?:[\w-]+\s+){0,2}(?:members|councillors|trustees|directors|governors|officers"
                         r"|representatives)\s*:$", re.I)


def _sentence_section(sentence: re.Match[str], line: Line, logical: list[Line], k: int, text: str,
                      vocab: Vocabulary) -> tuple[_Section, int]:
    """The apologies a sentence on `line` (logical line k, or the value of its label) names, read to its full
    stop across wrapped lines; with no names after it ('The following apologies were received:') a list
    whose names follow on the lines below."""
    if sentence.group("names") is None or _GROUP_HEAD.match(sentence.group("names")):
        # 'from the following EB Members:': the group's name, then the list on the lines below (round 46)
        return _Section("apologies", Label("apologies", line, None, None), in_item=True, strict=True), k
    if sentence.re is _SENT_APOLOGIES:  # names before the verb: every piece must be a person
        value = sub(line, sentence.start("names"), sentence.end("names"))
        entries = [parse_entry(piece, vocab) for piece in _sentence_names(value)]
        section = _Section("apologies", Label("apologies", line, value, None), in_item=True)
        section.entries = [e for e in entries if e is not None] if entries and all(entries) else []
        return section, k
    value = sub(line, sentence.start("names"))
    while not value.text.rstrip().endswith(".") and k + 1 < len(logical):
        if _whole_last_name(value.text) and _PERSON_SENTENCE.match(logical[k + 1].text):
            break  # '..., Ben Cole' / 'Ada Brook informed the meeting that ...': the prose after the list (round 22)
        if _COLON_LEAD.match(logical[k + 1].text):
            break  # 'Elmley: Ada Brook, Apologies from Ben Cole' / 'Upton and Vale: Cy Dale': the next group's line (r26)
        if _continues(logical[k + 1]):
            value, k = join(value, logical[k + 1], text), k + 1
        elif (after := _name_wrapped_over_gap(value, logical, k)) is not None:
            value, k = join(value, logical[after], text), after
        else:
            break
    end = _SENTENCE_END.search(value.text)
    if end:  # 'Apologies were received from Ada Brook. The Chair welcomed ...': the names end at the full stop
        value = sub(value, 0, end.start())
    if "|" in value.text:  # '... from Ada Brook and Ben Cole. |': the names end at the table cell's bar
        value = sub(value, 0, value.text.index("|"))
    section = _Section("apologies", Label("apologies", line, value, None), in_item=True)
    for earlier in _earlier_sentences(line, sentence):
        _read_sentence_names(section, earlier[0], earlier[1], earlier[2], vocab)
    _read_sentence_names(section, line, sentence, value, vocab)
    return section, k


# a sentence's names cut inside a name: a title and initials with no surname yet ('..., Ms L'), or a comma / 'and'
_UNFINISHED_NAME = re.compile(r"(?:,|\b(?:and|&)|(?:^|\s)(?P<title>[A-Za-z/]{2,12}\.?)(?:\s+[A-Z]\.?){1,3})\s*$")


def _name_wrapped_over_gap(value: Line, logical: list[Line], k: int) -> int | None:
    """A page's text export puts blank lines inside a wrapped sentence ('... Mr J Hawkins, Ms L' / '' /
    'Langley, Ms M Nash and Mr P Orr.'): when the names so far stop inside a name (a title with initials and no
    surname, or a comma / 'and' before the next name) and no full stop came yet, the next non-blank line goes on
    with them if it starts with a capitalised word and is no item, label, bullet or heading. Returns its index."""
    if _SENTENCE_END.search(value.text):
        return None
    m = _UNFINISHED_NAME.search(value.text)
    if m is None or (m.group("title") is not None and not is_title(m.group("title"))):
        return None
    after = k + 1
    while after < len(logical) and logical[after].blank and after - k <= 3:
        after += 1
    if after >= len(logical) or logical[after].blank or not _continues(logical[after]) \
            or not re.match(r"(?:Mc|Mac|O['’])?[A-Z][a-z'’-]+\b", logical[after].text):
        return None
    return after


def _earlier_sentences(line: Line, sentence: re.Match[str]) -> list[tuple[Line, re.Match[str], Line]]:
    """Apologies sentences earlier in the same paragraph as the one matched ('Apologies were received from Ada
    Brook. Apologies were also received from Ben Cole.': the match reads the last): each as (its line, its
    match, its names up to its full stop)."""
    head = line.text[:sentence.start("names")]
    cuts = [0] + [m.end() for m in _SENTENCE_END.finditer(head)]
    out = []
    for start, stop in pairwise(cuts):
        part = sub(line, start, stop)
        m = _APOLOGY_SENTENCE.match(part.text.rstrip())
        if m is not None and m.group("names") is not None:
            names = sub(part, m.start("names"), m.end("names"))
            out.append((part, m, sub(names, 0, len(names.text.rstrip().rstrip(".")))))
    return out


def _read_sentence_names(section: _Section, line: Line, sentence: re.Match[str], value: Line,
                         vocab: Vocabulary) -> None:
    """The people an apologies sentence names after its verb, into `section`."""
    pieces = [part for piece in _sentence_names(value) for part in after_bracket(piece, vocab)]
    surnames: list[Entry | None] = [None] * len(pieces)
    if mentions_councillor(line.text):  # 'from Councillors Brook, Cole and Dee': surnames the title governs
        surnames = surname_councillors(pieces, plural_before(line.text[:sentence.start("names")]), vocab)
    governed = plural_before(line.text[:sentence.start("names")])
    for piece, surname in zip(pieces, surnames):
        if surname is not None:
            section.entries.append(surname)
            continue
        if (plural := _PLURAL_TITLE.match(piece.text)) is not None:
            piece = sub(piece, plural.end())  # 'from Councillors Ada Brook and Ben Cole': the title is both's
            governed = True
        entry = parse_entry(piece, vocab) or glued_initials_entry(piece, governed, vocab) \
            or titled_surname_piece(piece, vocab) or name_then_role_words(piece, vocab)
        if entry is not None:
            section.entries.append(entry)
        elif len(titled := _split_titled_run(piece, vocab)) >= 2 \
                and all(parsed := [parse_entry(p, vocab) for p in titled]):
            section.entries.extend(e for e in parsed if e is not None)  # 'from: Cllr A Brook Cllr B Cole' (r31)
        elif len(pieces) == 1:
            section.entries.extend(two_word_run(piece, vocab))


def _continues(nxt: Line) -> bool:
    """A sentence's next line: not blank, not a new item, label, bullet or heading ('Declarations of
    interest:' straight after a run with no full stop)."""
    return not nxt.blank and not numbered(nxt) and match_label(nxt) is None and strip_bullet(nxt) == nxt \
        and not _HEADING_COLON.match(nxt.text)


# a line that opens with its own few-word lead and a colon, then its text ('Upton and Vale: No rep'): a new line's
# field or group, never the rest of a sentence's names (round 26)
_COLON_LEAD = re.compile(r"^[A-Z][\w'’&,. -]{2,40}:\s+\S")
# a group's line under 'Present:' with its apologies: 'Upton: Ada Brook, Apologies from Ben Cole' (round 26)
_GROUP_APOLOGIES = re.compile(r"^[A-Z][\w'’&,. -]{2,40}:\s+(?P<present>(?:[^:]*?[,;]\s*)?)"
                              r"(?i:apologies\s+(?:were\s+received\s+)?from)\s+(?P<absent>[A-Z][^:]*)$")
_HEADING_COLON = re.compile(r"^[A-Z][\w'’ -]{2,40}:$")  # a heading line of a few words ending with its colon


_GLUED_AFTER_BRACKET = re.compile(
    r"(?<=[a-z]\))(?=(?:Mc|Mac|O['’])?[A-Z][a-z]+\s+(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:\s*\(|$))")


def _cut_glued_bracket(piece: Line) -> list[Line]:
    m = _GLUED_AFTER_BRACKET.search(piece.text)
    return [sub(piece, 0, m.start()), sub(piece, m.start())] if m else [piece]


# the sentence's verb after its names: 'Apologies from Ada Brook and Ben Cole were noted', 'that apologies from ... be
# accepted' (round 53)
_ACCEPTED_AFTER = re.compile(r"\s+(?:be|were|was|are|is|have\s+been|had\s+been)\s+(?:duly\s+)?"
                             r"(?:accepted|noted|received|recorded|approved)\b[^()]*$")


def _sentence_names(value: Line) -> list[Line]:
    """'Ada Brook (Elmley), Ben Cole and Cy Dee.' -> one piece per person (commas, ';' and 'and' outside brackets)."""
    text = value.text.rstrip(" .")
    if (passive := _ACCEPTED_AFTER.search(text)) is not None:
        text = text[:passive.start()]  # 'Apologies from Ada Brook and Ben Cole were accepted.' (round 53)
    pieces: list[Line] = []
    depth = start = 0
    # a line break before a title: the next person (round 22)
    for m in re.finditer(r"[()]|[,;]\s*|\s+(?:and|&)\s+"
                         r"|\s*\n\s*(?=(?:Mrs|Mr|Ms|Miss|Dr|Prof|Cllr|Clr|Councill?or|PCSO)\.?\s+[A-Z])", text):
        if m.group() in "()":
            depth = max(0, depth + (1 if m.group() == "(" else -1))
            continue
        if depth == 0:
            pieces.append(sub(value, start, m.start()))
            start = m.end()
    pieces.append(sub(value, start, len(text)))
    # 'Ada Brook (Head of Education)Ben Cole (Elmley CVS)': a bracket glued to the next name, its space lost (round 22)
    pieces = [q for p in pieces for q in _cut_glued_bracket(p)]
    pieces = [sub(p, m.end()) if (m := re.match(r"(?:and|&)\s+", p.text)) else p for p in pieces]  # ', and Cy Dee'
    pieces = [sub(p, m.end()) if (m := re.match(r"from\s+(?=[A-Z])", p.text)) else p for p in pieces]  # 'and from Di Eve'
    # 'Cy Dunn who was represented by Di Eve': the relative clause is about the absentee, not another entry
    pieces = [sub(p, 0, m.start()) if (m := re.search(r",?\s+(?:who|whose)\s+[a-z].*$", p.text)) else p for p in pieces]
    return [p for p in pieces if p.text]


_GROUP_COLON = re.compile(r"(?<=[A-Za-z])\s*:\s+(?=[A-Z])")


def _org_groups(value: Line, vocab: Vocabulary) -> list[Line]:
    """A list value run on over organisation groups ('Elmley Council: Ada Brook, Ben Cole and Cy Dee Oakham
    Police: Di Eve'): one 'Org: names' piece per group; [] when the value is not written so. A later group's
    organisation is glued to the last name before it: the name is the shortest run of two or three words that
    reads as a person, the organisation the rest, whose last word must be an organisation word."""
    colons = list(_GROUP_COLON.finditer(value.text))
    if not colons or not _org_words_end(value.text[:colons[0].start()], vocab):
        return []
    starts = [0]
    for colon in colons[1:]:
        run = value.text[starts[-1]:colon.start()]
        tail_at = max(run.rfind(","), run.rfind(" and "), run.rfind(":"))  # after the group's last separator
        tail = re.sub(r"^\s*(?:and\s+)?", "", run[tail_at + 1:]) if tail_at >= 0 else ""
        words = tail.split()
        cut = next((n for n in (2, 3) if len(words) > n and looks_like_person(" ".join(words[:n]), vocab)
                    and _org_words_end(" ".join(words[n:]), vocab)), None)
        if cut is None:
            return []
        org = " ".join(words[cut:])
        starts.append(starts[-1] + run.rindex(org))
    return [sub(value, a, b) for a, b in zip(starts, [*starts[1:], len(value.text)])]


def _org_words_end(text: str, vocab: Vocabulary) -> bool:
    """An organisation's name: capitalised, its last word an organisation word, not a person or a role."""
    text = text.strip()
    return bool(text) and text[:1].isupper() and len(text) <= 60 and text.split()[-1].lower() in vocab.org_words \
        and not looks_like_person(text, vocab) and not is_role(text, vocab)


_ORG_LED = re.compile(r"^(?P<org>[A-Z][^:()]{1,60}?)\s*:\s*(?P<names>.*)$", re.S)


def _org_led(line: Line, vocab: Vocabulary, section: _Section) -> list[Entry] | None:
    """People listed under their organisation: 'Elmley Council: Ada Brook, Ben Cole', or 'Elmley Police:'
    alone on a line with the names on the lines below. The organisation only when the words before the
    colon name one (their last word is an organisation word); a short sub-heading of the list
    ('Officers: Ada Brook', 'Minutes: Ben Cole') gives its people no organisation."""
    m = _ORG_LED.match(line.text)
    if m is None:
        return None
    org = m.group("org").strip()
    value = sub(line, m.start("names"))
    is_org = (org.split()[-1].lower().strip(".,") in vocab.org_words and not looks_like_person(org, vocab)
              and not is_role(org, vocab))
    if not value.text:  # a sub-heading: the organisation of the names below, or (another heading) none
        section.org_heading = org if is_org else None
        return [] if is_org else None
    if not is_org and (len(org.split()) > 3 or re.search(r"\b(?:not|non|absent|without)\b", org, re.I)):
        return None
    pieces = _sentence_names(value)
    entries = [parse_entry(p, vocab, section.legend) for p in pieces]
    if len(pieces) == 1 and not all(entries) and len(titled := _split_titled_run(value)) >= 2:
        # 'Co-opted Members: Mr A Brook Mrs B Cole Mr C Dale': titled names with no separator (round 29)
        entries = [parse_entry(p, vocab, section.legend) for p in titled]
    if not entries or not all(entries):
        return None
    out = [e for e in entries if e is not None]
    note = note_for(org, vocab)
    for e in out:
        if is_org:  # 'Elmley Council: A, B'
            e.person.org = e.person.org or org
            e.bare = False
        elif note:  # 'Minutes: Ada Brook'
            e.person.note = e.person.note or note
    return out


def _spaced_entries(line: Line, vocab: Vocabulary, leg: dict[str, str]) -> list[Entry]:
    """A line of columns split by tabs or runs of spaces, without brackets: 'Ada Brook<TAB>Head of X, Elmley'
    is one person and their role; 'Ada Brook<TAB>Ben Cole<TAB>Cy Dee' is a row of people."""
    if "(" in line.text:
        return _bracketed_columns(line, vocab, leg)
    if is_table_row(line):
        return []
    parts = [strip_bullet(c) for c in columns(line)]
    if len(parts) < 2 or not looks_like_person(parts[0].text.rstrip("*†‡"), vocab, in_slot=True):
        return []  # 'Ada Brook*': a footnote mark after the name
    def a_person(value: str) -> bool:
        return looks_like_person(value, vocab) and not is_role(value, vocab) and note_for(value, vocab) is None

    if all(a_person(p.text) for p in parts):
        entries = [parse_entry(p, vocab, leg) for p in parts]
        return [e for e in entries if e is not None]
    if any(a_person(p.text) for p in parts[1:]):
        return []  # names in later columns too: not one person's line
    value = f"{parts[0].text} – " + ", ".join(p.text for p in parts[1:])
    entry = parse_entry(Line(line.index, line.start, line.end, value), vocab, leg)
    return [entry] if entry is not None else []


def _bracketed_columns(line: Line, vocab: Vocabulary, leg: dict[str, str]) -> list[Entry]:
    """'Ada Brook (Chair)        Ben Cole': a two-column list flattened, a bracket after a name (round 54). A row of
    people only when every column, its brackets set aside, is a name opening with a given name or an initial, so
    'Ada Brook (Chair)      Elmley Hospice' stays one person and their organisation."""
    if is_table_row(line):
        return []
    parts = [strip_bullet(c) for c in columns(line)]
    bare = [re.sub(r"\s*\([^()]*\)", "", p.text).strip() for p in parts]
    if len(parts) < 2 or not all(b and looks_like_person(b, vocab) and not is_role(b, vocab)
                                 and is_given(strip_titles(b).split(" ")[0]) for b in bare):
        return []
    entries = [parse_entry(p, vocab, leg) for p in parts]
    return [e for e in entries if e is not None] if all(entries) else []


def _take_grid(grid: Grid, sections: list[_Section], first: _Section, vocab: Vocabulary,
               result: Attendance) -> _Section:
    """The cells of a row-flattened grid into sections: the label's list, then the lists labels inside name."""
    section = first
    for cell in grid.cells:
        if cell.kind != section.kind:
            section = _Section(cell.kind, Label(cell.kind, Line(cell.name.index, cell.name.start, cell.name.start, ""),
                                                None, None))
            sections.append(section)
        entry = _cell_entry(cell, vocab, section.legend)
        if entry is not None:
            section.entries.append(entry)
    if grid.ambiguous:
        result.warnings.append("Attendance list: a table's rows were run together with organisations split "
                               "across names; organisations that could not be matched to a name were left out.")
    if grid.empty_label:
        result.warnings.append(f"Attendance list: the '{grid.empty_label.capitalize()}' label ends the list with no "
                               "names after it; they may be among the names listed before it.")
    return section


def _cell_entry(cell: Cell, vocab: Vocabulary, leg: dict[str, str]) -> Entry | None:
    """One grid cell read as the person line it was: 'Name (Org) – tail'."""
    value = cell.name.text
    org = cell.org
    if org:
        value += f" ({org})"
    tail = " ".join(t.text for t in cell.tail).strip()
    if tail:
        value += f" {tail}" if tail[:1] in "-–—*†‡#" else f" – {tail}"
    entry = parse_entry(Line(cell.name.index, cell.name.start, cell.end, value), vocab, leg)
    if entry is not None and not cell.closed and cell.parts:
        entry.person.org = None  # '(Elmley' cut off: never half an organisation
    return entry


def _unlabelled_grid(lines: list[Line], text: str, vocab: Vocabulary, sections: list[_Section],
                     result: Attendance) -> None:
    """No list labels: a block of `Name (Org)` lines right after the labelled header is the attendance.

    A second block after a wider blank gap than the rows' is read as the apologies (the labels of a
    two-row 'Attendees / Apologies' table lost in the export), with a warning; blocks beyond two are
    left out. A label inside the block ('... Apologies:') decides instead.
    """
    start = _header_end(lines)
    if start is None:
        start = _after_meeting_heading(lines, vocab)
        if start is None:
            return
    while start < len(lines) and lines[start].blank:
        start += 1
    if start >= len(lines) or not is_grid_line(lines[start], vocab):
        return
    grid = read_grid(lines, text, start, vocab)
    if len(grid.cells) < 3:
        return
    if not grid.labelled and grid.blocks > 1:
        for cell in grid.cells:
            cell.kind = "attendees" if cell.block == 0 else "apologies" if cell.block == 1 else "drop"
        result.warnings.append(
            "Attendance list has no 'Attendees'/'Apologies' labels: the first block of names was read as "
            "attendees and the block after the wider gap as apologies."
            + (" Further blocks were left out." if grid.blocks > 2 else ""))
    grid.cells = [c for c in grid.cells if c.kind != "drop"]
    first = _Section(grid.cells[0].kind, Label(grid.cells[0].kind, lines[start], None, None))
    sections.append(first)
    _take_grid(grid, sections, first, vocab, result)
    if grid.end_index < len(lines):
        result.end = lines[grid.end_index].start


_HEADER_LABELS = ("title", "date", "time", "location", "chair", "minute_taker")
_MINUTE_TAKER_ALONE = re.compile(r"^[*_]*(?:minute|note)[\s-]?takers?\s*:?[*_]*$", re.I)
_MINUTES_BY = re.compile(r"^(?:[Mm]inutes|[Nn]otes)\s*:\s*(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'’-]*\s+[A-Z]")
_MINUTE_TAKER = re.compile(r"\b(?:clerk|minute[\s-]?taker|note[\s-]?taker|minutes|notes)\b", re.I)


_WITNESSES = re.compile(r"(?i)^\W*witness(?:es)?\s*:?\s*$")  # a heading of its own, alone on its line
_ATTENDING_FOR = re.compile(r"\b(?:on\s+behalf\s+of|deputising\s+for|deputizing\s+for|representing|standing\s+in\s+for"
                            r"|substituting\s+for|attending\s+for|rep)\s+(?P<who>.+)$", re.I)


def _entry_status(sections: list[_Section], text: str, result: Attendance) -> None:
    """An attendees list whose entries carry their own status (entry_status.py, round 45): rows closed by a status
    cell ('Ada Brook  Chair  Present' / 'Ben Cole  Member  Apologies') split by it, the absent left out; else the
    entries marked '(apologies)' or '- sent apologies' ('Attendees and apologies:', 'Members:') are the apologies."""
    for n, section in enumerate(list(sections)):
        if section.kind != "attendees" or not section.entries:
            continue
        apologies: list[Entry] = []
        if (by := status_cells(section.entries, text) or status_column(section.entries, text)) is not None:
            section.entries = by.get("attendees", [])
            apologies = by.get("apologies", [])
            result.warnings.append("Attendance: a list's rows end with a status cell (present, apologies, absent), or "
                                   "a column of status cells follows in the same order; each person was read into the "
                                   "list the cell names.")
        elif (split := marked_apologies(section.entries, text)) is not None:
            section.entries, apologies = split
            result.warnings.append("Attendance: in a list of attendees, the entries marked as apologies ('(apologies)', "
                                   "'- sent apologies') were read as the apologies, the others as attendees.")
        else:
            continue
        section.mixed = False
        if apologies:
            extra = _Section("apologies", Label("apologies", section.label.line, None, None), in_item=True)
            extra.entries = apologies
            sections.insert(sections.index(section) + 1, extra)


def _split_mixed(sections: list[_Section], text: str, result: Attendance) -> None:
    """One 'Attendees and apologies' heading over lists whose sub-headings were lost (blank gaps only).

    The first block is those present. A later block holding the people others attended on behalf of
    ('Ada Brook (attending on behalf of Ben Cole)') is the apologies, and the blocks between are others
    in attendance. Without that evidence, later blocks are attendees when the paper gives its apologies
    elsewhere (a sentence under item 1), else they are left out; a warning says how the split was made.
    """
    for n, section in enumerate(sections):
        if not section.mixed or not section.entries:
            continue
        blocks = _blocks(section.entries, text)
        elsewhere = any(s.kind == "apologies" and s.entries for s in sections if s is not section)
        if len(blocks) < 2:
            if not elsewhere:
                result.warnings.append("Attendance: one list under an 'Attendees and apologies' heading with no "
                                       "sub-headings was read as attendees; any apologies among it are not marked.")
            continue
        represented = {_name_key(m.group("who")) for e in section.entries if e.person.note
                       for m in [_ATTENDING_FOR.search(e.person.note)] if m}
        absent = next((b for b in range(1, len(blocks)) if represented and any(
            _name_key(e.person.name) in represented or _surname(e.person.name) in represented for e in blocks[b])),
            None)
        if absent is not None:
            section.entries = [e for block in blocks[:absent] for e in block]
            extra = _Section("apologies", Label("apologies", section.label.line, None, None), in_item=True)
            extra.entries = blocks[absent]
            sections.insert(n + 1, extra)
            result.warnings.append(
                "Attendance: the 'Attendees and apologies' lists have lost their sub-headings; the block naming "
                "the people others attended on behalf of was read as the apologies."
                + (" Blocks after it were left out." if absent < len(blocks) - 1 else ""))
        elif elsewhere:
            result.warnings.append(
                "Attendance: the 'Attendees and apologies' lists have lost their sub-headings; as the apologies "
                "are recorded elsewhere, every block was read as attendees.")
        else:
            section.entries = blocks[0]
            result.warnings.append(
                "Attendance: the 'Attendees and apologies' lists have lost their sub-headings; only the first "
                f"block was read as attendees, the {len(blocks) - 1} blocks after it (perhaps the apologies) "
                "were left out.")


def _name_key(name: str) -> str:
    return person_key(re.sub(r"[)\].,;]+$", "", name.strip()))


def _surname(name: str) -> str:
    words = person_key(name).split()
    return words[-1] if words else ""


def _blocks(entries: list[Entry], text: str) -> list[list[Entry]]:
    """Entries cut where a blank-line gap is wider than the narrowest gap between them."""
    gaps = [text.count("\n", a.person.span[1], b.person.span[0]) for a, b in zip(entries, entries[1:])]
    if not gaps:
        return [entries]
    narrow = min(gaps)
    out = [[entries[0]]]
    for gap, e in zip(gaps, entries[1:]):
        if gap > narrow and gap >= 2:
            out.append([])
        out[-1].append(e)
    return out


_PROSE_WORD = re.compile(r"\b(?!and\b)[a-z]{3,}\b")


def _comma_line_before_apologies(logical: list[Line], vocab: Vocabulary, sections: list[_Section]) -> None:
    """No attendance label: the one line right above the first 'Apologies' label, before any numbered item, is a
    comma list of four or more entries each read as a person ('Ada Brook (Chair), Ben Cole (Secretary), Cy Dee,
    ...'), no prose word outside its brackets: it is the attendance list (round 31). The apologies label says the
    lists begin there; a list of those who came is what stands just above it."""
    if any(s.kind == "attendees" for s in sections):
        return
    apologies = next((n for n, s in enumerate(sections) if s.kind == "apologies"), None)
    if apologies is None or sections[apologies].in_item or sections[apologies].label.line is None:
        return
    at = sections[apologies].label.line.start
    before = [ln for ln in logical if ln.end <= at and not ln.blank]
    if not before or any(numbered(ln) for ln in before):
        return
    line = before[-1]
    outside = re.sub(r"\([^()]*\)", " ", line.text)
    if match_label(line) is not None or _PROSE_WORD.search(outside) or outside.count(",") < 3:
        return
    pieces = _split_outside_brackets(line, ",;")
    entries = [parse_entry(p, vocab) for p in pieces]
    if len(entries) < 4 or not all(entries):
        return
    section = _Section("attendees", Label("attendees", line, line, None))
    section.entries = [e for e in entries if e is not None]
    sections.insert(apologies, section)


def _unlabelled_run(logical: list[Line], text: str, vocab: Vocabulary, sections: list[_Section],
                    result: Attendance) -> None:
    """No 'Present:' label: a run of 3+ lines of people with their roles ('Ada Brook – Head of X, Elmley
    Council', 'Mr Ben Cole, Director, Oakham Trust') right under the meeting's heading or labelled header,
    before any list label or numbered item, is the attendance. Lines of an entry that wrapped (a line that
    is no person's, between two that are) belong to the run.

    When the clerk or minute-taker, conventionally listed last among those present, is followed by more
    names, those may be the apologies with their label lost: they go in neither list, with a warning.
    """
    first = sections[0].label.line.start if sections else None
    start = _run_start(logical, vocab, first)
    if start is None:
        return
    entries: list[Entry] = []
    last: Line | None = None
    k = start
    while k < len(logical):
        line = logical[k]
        if first is not None and line.start >= first:
            break
        entry = _run_entry(line, vocab)
        if entry is not None:
            entries.append(entry)
            last = line
            k += 1
            continue
        if line.blank and entries:
            j = k
            while j < len(logical) and logical[j].blank:
                j += 1
            if j < len(logical) and (first is None or logical[j].start < first) and _run_entry(logical[j], vocab):
                k, last = j, None  # a blank line between entries: read on, the blocks are told apart below
                continue
            break
        nxt = logical[k + 1] if k + 1 < len(logical) else None
        if last is not None and not line.blank and not numbered(line) and match_label(line) is None \
                and nxt is not None and _run_entry(nxt, vocab) is not None:
            whole = parse_entry(strip_bullet(join(last, line, text)), vocab)  # the wrapped rest of the entry
            if whole is not None and person_key(whole.person.name) == person_key(entries[-1].person.name):
                entries[-1] = whole
            last = None
            k += 1
            continue
        break
    if len(entries) < 3:
        return
    blocks = _blocks(entries, text)
    if len(blocks) > 1:
        result.warnings.append(
            "Attendance list has no 'Present'/'Apologies' labels: the first block of names was read as attendees; "
            f"the {len(entries) - len(blocks[0])} names after the wider blank gap were left out (they may be "
            "the apologies or others in attendance).")
        entries = blocks[0]
        if len(entries) < 3:
            return
    taker = next((i for i, e in enumerate(entries) if _MINUTE_TAKER.search(_after_name(e, logical))), None)
    if taker is not None and taker < len(entries) - 1:
        result.warnings.append(
            "Attendance list has no 'Present'/'Apologies' labels: the names up to the clerk or minute-taker "
            f"were read as attendees; the {len(entries) - taker - 1} names after them (perhaps the apologies) "
            "were left out.")
        entries = entries[:taker + 1]
    section = _Section("attendees", Label("attendees", logical[start], None, None))
    section.entries = entries
    sections.insert(0, section)
    if result.end is None and k < len(logical):
        result.end = logical[k].start


# 'Ada Brook  Director of Housing, Elmley Council': a name, exactly two spaces, then a cell (role, organisation or
# both, which cannot be told apart: no organisation is taken from it); 'Chair' alone as the cell marks the chair
_TWO_SPACE_ROW = re.compile(r"^(?P<name>[A-Z][^\s,;:()]*(?: [^\s,;:()]+){1,4})  (?P<cell>[A-Z][^\t]*?)\s*$")
_CHAIR_CELL = re.compile(rf"(?i)^(?:{CHAIR_WORDS})$")


def _two_space_entry(line: Line, vocab: Vocabulary, in_block: bool = False) -> Entry | None:
    """A list line 'Name  Cell' split by a gap of exactly two spaces (a wider gap is a column split, read by
    `_spaced_entries`): the person, no organisation (round 22). The name must read as a person by itself, the
    cell must be no sentence and hold no further gap. A cell that reads as a name too ('Ada Brook  Ben Cole')
    makes the line a grid's row, unless it stands `in_block` among such rows (then only the first is taken:
    'Ada Brook  Healthwatch Elmley')."""
    m = _TWO_SPACE_ROW.match(strip_bullet(line).text)
    if m is None or "  " in m.group("cell") or _reads_as_sentence(m.group("cell")):
        return None
    name = m.group("name")
    if not looks_like_person(name, vocab) or is_role(name, vocab) \
            or not in_block and looks_like_person(m.group("cell"), vocab):
        return None  # 'Ada Brook  Ben Cole': two people, a grid's row; not this layout
    entry = parse_entry(sub(strip_bullet(line), 0, m.end("name")), vocab)
    if entry is None:
        return None
    entry.person.org = None
    entry.bare = False
    entry.chair = bool(_CHAIR_CELL.match(m.group("cell").strip()))
    return entry


# a table's label cell over a list in the next cell: 'PARTICIPANTS:', 'Present:', 'APOLOGIES:'
_CELL_LABEL = re.compile(r"(?i)^(?P<kind>participants|present|attendees|in\s+attendance"
                         r"|apolog(?:ies|y)(?:\s+for\s+absence)?)\s*:?$")
_CELL_PIECE = re.compile(r"^(?:and\s+)?(?P<name>[A-Z][^()/;,]{2,50}?)\s*\((?P<bracket>[^()]{1,40})\)\s*"
                         r"(?P<rest>/.*?)?(?P<chair>\((?:chair|chairman|chairperson|convener)\))?\s*\.?$", re.I | re.S)


def _bordered_cells(text: str) -> list[str]:
    """'|A |B |' -> ['A', 'B']: the cells of a row bordered by bars on both sides, empty cells kept."""
    text = text.strip()
    if len(text) < 3 or not (text.startswith("|") and text.endswith("|")):
        return []
    return [c.strip() for c in text[1:-1].split("|")]


def _label_cell_list(logical: list[Line], k: int, text: str, vocab: Vocabulary) -> tuple[_Section, int] | None:
    """A bordered table row '|PARTICIPANTS: |Ada Brook (AB) / Elmley Council / Housing (Chair); Ben Cole (BC) /
    ...' whose list cell wraps over the next rows with an empty first cell ('| |Council / ...; Cy Dee (CD) /'):
    the cells joined (a word may be cut between rows), split at ';', each piece 'Name (XX) / ...' with initials
    that fit the name, or 'Name (ORG)'. Only when three or more pieces and every piece so reads (round 22);
    the cells after ' / ' (organisation, department) give no organisation. Returns the list and its last row."""
    line = logical[k]
    row = _bordered_cells(line.text)
    if len(row) != 2 or not (m := _CELL_LABEL.match(row[0])) or not row[1]:
        return None
    kind = "apologies" if m.group("kind").lower().startswith("apolog") else "attendees"
    parts, last = [row[1]], k
    for j in range(k + 1, min(len(logical), k + 40)):
        nxt = logical[j]
        if nxt.blank:
            continue
        more = _bordered_cells(nxt.text)
        if len(more) != 2 or more[0] or not more[1]:
            break
        parts.append(more[1])
        last = j
    pieces = [p.strip() for p in re.split(r";", " ".join(parts)) if p.strip()]
    entries: list[Entry] = []
    cursor = line.start
    for piece in pieces:
        pm = _CELL_PIECE.match(squash(piece))
        if pm is None:
            return None
        name, bracket = pm.group("name").strip(), pm.group("bracket").strip()
        if not looks_like_person(name, vocab, in_slot=True):
            return None
        initials = fits_initials(bracket, name)
        if not initials and (pm.group("rest") or not re.fullmatch(r"[A-Z][A-Za-z&]{1,10}", bracket)):
            return None  # 'Ada Brook (Head of X) / ...': not this layout
        # the name's place in the text, after the entry before it (a name cut between rows: its first word)
        found = re.compile(rf"\b{re.escape(name)}\b|\b{re.escape(name.split()[0])}\b").search(text, cursor,
                                                                                               logical[last].end)
        at = found.start() if found else cursor
        cursor = at + 1
        entry = parse_entry(Line(line.index, at, at + len(name), name), vocab)  # the name's place in the text
        if entry is None:
            return None
        entry.person.org = None if initials else bracket
        entry.person.initials = bracket if initials else None
        entry.chair = pm.group("chair") is not None
        entries.append(entry)
    if len(entries) < 3:
        return None
    section = _Section(kind, Label(kind, line, None, None))
    section.entries = entries
    return section, last


# 'PRESENT' run into a flattened page's paragraph, its list up to 'Apologies' or the first numbered item
_PRESENT_WORD = re.compile(r"(?<![A-Za-z])PRESENT(?![A-Za-z])\s*:?")
_PRESENT_END = re.compile(r"(?<![A-Za-z])(?:Apologies|APOLOGIES)(?![A-Za-z])|(?<!\S)1\.\s+[A-Z]")
_INITIALS_BRACKET = re.compile(r"\((?P<ini>[A-Z][A-Za-z]{1,4})\)")
_CHAIR_AFTER = re.compile(rf"^\s*[-–—]\s*(?:{CHAIR_WORDS})\b", re.I)


def _vouching(token: str, name: str) -> bool:
    """Initials that fit the name: `fits_initials`, or the first name's opening letters and the surname's
    initial ('JuH' for Julie Hart, beside 'JH' for another J H)."""
    if fits_initials(token, name):
        return True
    words = strip_titles(name).split()
    return len(words) >= 2 and re.fullmatch(r"[A-Z][a-z]{1,2}[A-Z]", token) is not None \
        and words[0].startswith(token[:-1]) and words[-1].startswith(token[-1])


def _initials_vouched_present(text: str, vocab: Vocabulary, sections: list[_Section], result: Attendance) -> None:
    """A flattened page's 'PRESENT Board Members Public Representatives: Ada Brook (AB) - CHAIR Ben Cole (BC)
    Partner Representatives: Cy Dee – Elmley Police (CD) ...': entries with no separator but each closed by its
    initials (round 22). Between one bracket and the next: a sub-label up to its colon, a '- CHAIR' marking the
    person before, then the name, then (after a dash) an organisation, given as no organisation (the dash's text
    may be a place or a sector). Taken only when every bracket up to 'Apologies' (or item 1) closes a name its
    initials fit, four or more, and no attendee was read outside that stretch; the lists read inside it (pieces
    of it cut at 'Members:', 'Officers:') give way to it."""
    start = _PRESENT_WORD.search(text, 0, 3000)
    if start is None:
        return
    end_m = _PRESENT_END.search(text, start.end(), start.end() + 3000)
    end = end_m.start() if end_m else min(len(text), start.end() + 3000)
    brackets = list(_INITIALS_BRACKET.finditer(text, start.end(), end))
    if text.count("(", start.end(), end) != len(brackets):
        return  # a bracket holding something else (an organisation, a role): not this layout
    entries: list[Entry] = []
    at = start.end()
    for m in brackets:
        segment = text[at:m.start()]
        at = m.end()
        if (marked := _CHAIR_AFTER.match(segment)) is not None:
            if not entries:
                return
            entries[-1].chair = True
            segment = segment[marked.end():]
        segment = segment.rsplit(":", 1)[-1]  # 'Partner Representatives: Cy Dee': the sub-label's name
        name = re.split(r"\s[-–—]\s", segment, maxsplit=1)[0].strip()
        if not looks_like_person(name, vocab, in_slot=True, initials=m.group("ini")) \
                or not _vouching(m.group("ini"), name):
            return
        offset = text.index(name, m.start() - len(segment) - 1)
        entry = parse_entry(Line(0, offset, offset + len(name), name), vocab)
        if entry is None:
            return
        entry.person.initials = m.group("ini")
        entries.append(entry)
    tail = text[at:end]
    if len(entries) < 4:
        return
    if (marked := _CHAIR_AFTER.match(tail)) is not None:
        entries[-1].chair = True
        tail = tail[marked.end():]
    if tail.strip():
        return  # more written after the last initials: not every entry is vouched for
    inside = [s for s in sections if s.kind == "attendees" and start.start() <= s.label.line.start < end]
    if any(s.kind == "attendees" and s.entries and s not in inside for s in sections):
        return
    for s in inside:
        sections.remove(s)
    section = _Section("attendees", Label("attendees", Line(0, start.start(), start.end(), start.group()), None, None))
    section.entries = entries
    sections.append(section)
    if end_m is not None and end_m.group().lower() == "apologies" \
            and not any(s.kind == "apologies" and s.entries for s in sections) \
            and len(re.findall(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+\b", text[end_m.end():end_m.end() + 200])) >= 2:
        result.warnings.append("Apologies written after the attendance as a run of names with no separator could "
                               "not be read; no apologies were taken.")


# a flattened page's 'PRESENT: Ada Brook Ben Cole ... <their roles> (AB) (BC) ...': three columns written one after
# the other (round 24)
# the label in capitals may stand without its colon ('PRESENT Ada Brook Ben Cole ... AB BC', round 27)
_COLUMN_LABEL = re.compile(r"(?<![A-Za-z])(?P<kind>PRESENT|Present|APOLOGIES|Apologies)(?:\s+for\s+absence)?"
                           r"(?:\s*:\s*|(?<=[A-Z]{2})\s+(?=[A-Z]))")
_INITIALS_COLUMN = re.compile(r"(?:\([A-Z][A-Za-z]{1,4}\)\s*){4,}")
# the initials column written bare, capitals one space apart ('AB BC CD DE'; round 27)
_BARE_INITIALS_COLUMN = re.compile(r"(?<![\w(])(?:[A-Z]{2,3} ){3,}[A-Z]{2,3}(?![\w)])")
_ROLES_OPEN_ON_CHAIR = re.compile(rf"(?i)\s+(?:\d{{1,2}}\.?\s+)?(?:Independent\s+)?(?:{CHAIR_WORDS})\b(?!\s*[-–]?\s*(?:of|elect)\b)")
_COLUMN_NAME_WORD = re.compile(r"(?:Mc|Mac|O['’])?[A-Z][a-z][\w'’-]*$")


def _column_fit(token: str, name: str) -> bool:
    """Initials written for a name in a column of their own: `_vouching`, or with an apostrophe's capital
    ('ROB' for Rory O'Brien), or three capitals with a middle initial the name column leaves out ('PFD')."""
    if _vouching(token, name) or _vouching(token, name.replace("’", "").replace("'", "")):
        return True
    words = name.split()
    return len(words) == 2 and re.fullmatch(r"[A-Z]{3}", token) is not None \
        and token[0] == words[0][0] and token[-1] == words[-1][0]


# names run together that their initials column cannot cut: no rule reads them, and the learned reader must not cut
# them either (it cuts a run with no separator at the wrong places, tests/test_parse_r24.py; round 61)
UNCUT_RUN_WARNING = ("The attendance is written as names run together with no separator beside a column of "
                     "initials that does not fit them; no attendee was taken.")


def _names_before_initials_column(text: str, vocab: Vocabulary, sections: list[_Section],
                                  result: Attendance) -> None:
    """'PRESENT: Ada Brook Ben Cole Cy de Dee ... 1. Independent Chair Head of Care ... (AB) (BC) (CD) ...': a
    table flattened column by column, names with no separator, then the roles, then a column of initials in
    brackets. The initials cut the names: in order, each takes the two to four capitalised words after the
    last that its initials fit (one way only), four or more; any that does not fit and nothing is read. The
    roles are not paired (where one role ends is not written). Only for a list (attendees or apologies) of
    which nothing was read."""
    for label in _COLUMN_LABEL.finditer(text, 0, 6000):
        kind = "attendees" if label.group("kind").lower() == "present" else "apologies"
        if any(s.kind == kind and s.entries for s in sections):
            continue
        nxt = _COLUMN_LABEL.search(text, label.end())
        limit = min(nxt.start() if nxt else len(text), label.end() + 3000)
        column = _INITIALS_COLUMN.search(text, label.end(), limit) or _BARE_INITIALS_COLUMN.search(text, label.end(), limit)
        if column is None:
            continue
        tokens = re.findall(r"\(([A-Z][A-Za-z]{1,4})\)", column.group()) or column.group().split()
        words = [(label.end() + m.start(), label.end() + m.end())
                 for m in re.finditer(r"\S+", text[label.end():column.start()])]
        while words and text[words[0][0]:words[0][1]].lower() in vocab.marking_phrases:
            words = words[1:]  # 'APOLOGIES DRAFT Ada Brook ...': the page's marking printed between
        cuts = _column_cuts(tokens, words, text)
        while cuts is None and len(tokens) > 4 and column.re is _BARE_INITIALS_COLUMN:
            tokens = tokens[:-1]  # a bare column runs on into a capitals word after it ('... CD DE NOT ATTENDED')
            cuts = _column_cuts(tokens, words, text)
        if cuts is None:
            if kind == "attendees" and UNCUT_RUN_WARNING not in result.warnings:
                result.warnings.append(UNCUT_RUN_WARNING)
            continue
        entries: list[Entry] = []
        at = 0
        for token, n in zip(tokens, cuts):
            start, end = words[at][0], words[at + n - 1][1]
            at += n
            name = text[start:end]
            entry = parse_entry(Line(0, start, end, name), vocab) \
                if looks_like_person(name, vocab, in_slot=True, initials=token) else None
            if entry is None:
                break
            entry.person.initials = token
            entries.append(entry)
        else:
            if len(entries) >= 4:
                # the roles column opens right after the last name: its first cell is the first name's
                if kind == "attendees" and _ROLES_OPEN_ON_CHAIR.match(text, words[sum(cuts) - 1][1]):
                    entries[0].chair = True
                section = _Section(kind, Label(kind, Line(0, label.start(), label.end(), label.group()), None, None))
                section.entries = entries
                sections.append(section)


def _column_cuts(tokens: list[str], words: list[tuple[int, int]], text: str) -> list[int] | None:
    """How many words each initials token's name takes, in order: the one way every token fits its name
    (two to four capitalised words each); None when there is no way or more than one."""
    found: list[list[int]] = []

    def walk(i: int, at: int, taken: list[int]) -> None:
        if len(found) > 1:
            return
        if i == len(tokens):
            found.append(list(taken))
            return
        for n in (2, 3, 4):
            if at + n > len(words) or not all(_COLUMN_NAME_WORD.match(text[a:b]) for a, b in words[at:at + n]):
                break
            if _column_fit(tokens[i], " ".join(text[a:b] for a, b in words[at:at + n])):
                walk(i + 1, at + n, [*taken, n])

    walk(0, 0, [])
    return found[0] if len(found) == 1 else None


_ALSO_PRESENT = re.compile(r"(?i)^\W*also\s+(?:present|in\s+attendance|attending)\b")


def _first_guests_label(logical: list[Line], sections: list[_Section],
                        pattern: re.Pattern[str]) -> tuple[_Section, int] | None:
    """The first attendees section whose label `pattern` matches ('Also present', 'In attendance') and its logical
    line, when no attendee was read before it; else None."""
    label = next((s for s in sections if s.kind == "attendees" and pattern.match(s.label.line.text)), None)
    if label is None or any(s.kind == "attendees" and s.entries for s in sections[:sections.index(label)]):
        return None
    k = next((i for i, ln in enumerate(logical) if ln.start == label.label.line.start), None)
    return None if k is None else (label, k)


def _gapped_block_before_also_present(logical: list[Line], vocab: Vocabulary, sections: list[_Section]) -> None:
    """'Also present:' says a list of those present came before it. With no attendees read before that label,
    a block of 3+ 'Name  Cell' lines (two-space gap; blank lines between allowed) ending right above it is that
    unlabelled list (round 22). Any other line between the block and the label, or a shorter block: nothing."""
    if (found := _first_guests_label(logical, sections, _ALSO_PRESENT)) is None:
        return
    also, k = found
    entries: list[Entry] = []
    first = k
    for i in range(k - 1, -1, -1):
        line = logical[i]
        if line.blank:
            continue
        entry = _two_space_entry(line, vocab, in_block=True)
        if entry is None:
            break
        entries.insert(0, entry)
        first = i
    if len(entries) < 3:
        return
    section = _Section("attendees", Label("attendees", logical[first], None, None))
    section.entries = entries
    sections.insert(sections.index(also), section)


_IN_ATTENDANCE = re.compile(r"(?i)^\W*in\s+attendance\b")


def _block_before_in_attendance(logical: list[Line], vocab: Vocabulary, sections: list[_Section]) -> None:
    """'In attendance:' under a block of people with no label above it ('Ada Brook MLA' / 'Ben Cole, Elmley
    Trust' / ...): those in attendance are set apart from the members present, so the block right above the
    label is the list of those present whose label was lost (round 24). With no attendee read before that
    label: the lines from the blank line above the block down to the label (blank lines just above the label
    allowed), four or more, every one a person's line; any other line and nothing is read. The text after a
    name is a role or an organisation, not told apart: no organisation is taken from it."""
    if (found := _first_guests_label(logical, sections, _IN_ATTENDANCE)) is None:
        return
    label, k = found
    i = k - 1
    while i >= 0 and logical[i].blank:
        i -= 1
    entries: list[Entry] = []
    first = i
    while i >= 0 and not logical[i].blank:
        line = logical[i]
        entry = parse_entry(strip_bullet(line), vocab) if len(line.text) <= 80 and match_label(line) is None else None
        if entry is None or not looks_like_person(entry.person.name, vocab, in_slot=True):
            return
        entry.person.org = None
        entries.insert(0, entry)
        first, i = i, i - 1
    if len(entries) < 4:
        return
    section = _Section("attendees", Label("attendees", logical[first], None, None))
    section.entries = entries
    sections.insert(sections.index(label), section)


_INITIALS_ROW = re.compile(r"^[A-Z][^()]{2,60}?\s*\((?P<ini>(?:(?:Cllr|Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][A-Za-z]{1,4})\)$")
_CELL_CHAIR = re.compile(rf"\((?:{CHAIR_WORDS})\b[^()]*\)", re.IGNORECASE)


def _initials_block_before_label(logical: list[Line], vocab: Vocabulary, sections: list[_Section]) -> None:
    """The unlabelled first block of a 'members' / 'In attendance' pair: a run of 3+ `Name (INITIALS)`
    rows, one a line with at most one cell (the organisation) between them, ending right before the
    first list label ('In attendance:', 'Apologies:') is the members' attendance. Only rows whose bracket
    fits the name, or a titled name ('Cllr Ada Brook') after an organisation cell, are read (an
    organisation cell is never a person); a '(Chair ...)' marker in the cell
    after a name row makes that name the chair."""
    if not sections or sections[0].in_item or sections[0].label.line.text.lower().startswith("present"):
        return
    first = sections[0].label.line.start
    entries: list[Entry] = []
    rows: list[Line] = []
    gap = 0
    for line in logical:
        if line.start >= first:
            break
        if line.blank:
            continue
        if numbered(line):
            entries, rows, gap = [], [], 0
            continue
        m = _INITIALS_ROW.match(line.text.strip())
        entry = parse_entry(strip_bullet(line), vocab) if m else None
        fits = entry is not None and entry.person.initials and fits_initials(m.group("ini"), entry.person.name)
        if not fits and entries and gap == 1 and _titled_person(line.text.strip(), vocab):
            entry = parse_entry(strip_bullet(line), vocab)  # 'Cllr Ada Brook': a row with no initials
            fits = entry is not None
        if fits and entry is not None:
            entries.append(entry)
            rows.append(line)
            gap = 0
            continue
        gap += 1
        if gap > 1:
            entries, rows = [], []
        elif entries and gap == 1 and _CELL_CHAIR.search(line.text):
            entries[-1].chair = True
    if len(entries) < 3 or gap > 1:
        return
    section = _Section("attendees", Label("attendees", rows[0], None, None))
    section.entries = entries
    sections.insert(0, section)


def _after_name(entry: Entry, logical: list[Line]) -> str:
    """The role and notes written after a person's name on their line."""
    p = entry.person
    line = next((ln for ln in logical if ln.start <= p.span[0] < ln.end or ln.start == p.span[0]), None)
    rest = line.text if line is not None else ""
    return " ".join(x for x in (rest.replace(p.name, " ", 1), p.note or "") if x)


def _run_entry(line: Line, vocab: Vocabulary) -> Entry | None:
    """A line of an unlabelled run: one person with a role or organisation after the name."""
    if line.blank or numbered(line) or is_table_row(line) or match_label(line) is not None:
        return None
    m = ENTRY_START.match(strip_bullet(line).text)
    if m is None and "(" in line.text:
        # 'AB Ada Brook (Elmley Council)': a column of initials that fit the name vouches for the row
        entry = parse_entry(strip_bullet(line), vocab)
        return entry if entry is not None and entry.person.initials and not entry.bare else None
    if m is None or not looks_like_person(m.group("name"), vocab):
        return None
    rest = re.sub(r"\([^()]*\)?", " ", strip_bullet(line).text[m.end("name"):])
    if _reads_as_sentence(rest):  # 'Ada Brook, the chair, opened the meeting ...'
        return None
    entry = parse_entry(strip_bullet(line), vocab)
    return entry if entry is not None and not entry.bare else None


def _run_start(logical: list[Line], vocab: Vocabulary, first: int | None) -> int | None:
    """The first person line among the opening lines, after a heading that says the paper records a
    meeting or after a labelled header line; None before any list label or numbered item."""
    seen = 0
    opened = False
    for i, line in enumerate(logical):
        if line.blank:
            continue
        seen += 1
        if seen > 15 or numbered(line) or (first is not None and line.start >= first):
            return None
        if opened and _run_entry(line, vocab) is not None:
            return i
        if match_label(line, _HEADER_LABELS) is not None or _MEETING_HEADING.search(line.text):
            opened = True
        elif match_label(line) is not None:
            return None
    return None


_MEETING_HEADING = re.compile(r"\b(?:minutes|notes\s+of|meeting)\b", re.I)


def _after_meeting_heading(lines: list[Line], vocab: Vocabulary) -> int | None:
    """Without a labelled header: the first `Name (Org)` row within the opening lines of a paper whose
    heading says it records a meeting ('Minutes of the ... held on ...')."""
    heading = False
    seen = 0
    for i, line in enumerate(lines):
        if line.blank:
            continue
        seen += 1
        if seen > 12 or numbered(line) or match_label(line) is not None:
            return None
        if heading and is_grid_line(line, vocab):
            return i
        heading = heading or bool(_MEETING_HEADING.search(line.text))
    return None


def _header_end(lines: list[Line]) -> int | None:
    """Index of the line after the labelled header (title, date, time, location, chair, minute-taker)."""
    last = None
    i = 0
    while i < min(len(lines), 80):
        line = lines[i]
        if line.blank:
            i += 1
            continue
        if numbered(line):
            break
        label = match_label(line, ("title", "date", "time", "location", "chair", "minute_taker", "body_start"))
        if label is not None and label.name == "body_start":
            break
        if label is not None:
            last = i
            if label.value is None:  # the value on the next non-blank line
                j = i + 1
                while j < len(lines) and lines[j].blank:
                    j += 1
                if j < len(lines) and match_label(lines[j]) is None:
                    last = i = j
        i += 1
    return None if last is None else last + 1


def _apologies_label_after_names(sections: list[_Section], text: str, result: Attendance) -> None:
    """An 'Apologies:' label with no names after it, right before the minutes' body.

    A table flattened cell by cell may write the label after its names: when the attendees before
    it carry their initials ('Name (Org) – AB') except for a run at the end, that run is the
    apologies; so is the last of two blank-line blocks. Otherwise the label is left empty and a
    warning says the apologies may be above.
    """
    for n, section in enumerate(sections):
        if section.kind != "apologies" or section.entries or section.label.value is not None or n == 0 \
                or section.in_item:
            continue
        before = sections[n - 1]
        if before.kind != "attendees" or not before.entries:
            continue
        _attach_loose_initials(before)
        split = _initials_run(before.entries)
        how = "the names at the end of the list without initials"
        if split is None:
            split = _second_block(before.entries, text)
            how = "the names after the wider blank gap"
        if split is not None:
            before.entries, section.entries = before.entries[:split], before.entries[split:]
            result.warnings.append(f"Attendance list: the 'Apologies' label stands after the names; {how} "
                                   "were read as the apologies.")
        else:
            result.warnings.append(
                "Attendance list: the 'Apologies' label has no names after it; any apologies may be among "
                "the names listed above it.")


def _initials_run(entries: list[Entry]) -> int | None:
    """Where a run of names without initials starts after a list that gives nearly everyone's initials."""
    last = max((i for i, e in enumerate(entries) if e.person.initials), default=-1)
    with_initials = sum(1 for e in entries[:last + 1] if e.person.initials)
    if 0 <= last < len(entries) - 1 and with_initials >= 3 and with_initials >= 0.75 * (last + 1):
        return last + 1
    return None


def _second_block(entries: list[Entry], text: str) -> int | None:
    """Where the second of exactly two blank-line blocks starts (a gap wider than every other gap)."""
    gaps = [text.count("\n", a.person.span[1], b.person.span[0]) for a, b in zip(entries, entries[1:])]
    if not gaps:
        return None
    narrow = min(gaps)
    wide = [i for i, g in enumerate(gaps) if g > narrow and g >= 2]
    return wide[0] + 1 if len(wide) == 1 else None


def _attach_loose_initials(section: _Section) -> None:
    """Initials a flattened table left on lines of their own ('SJ') go to the nearest listed person above
    them whose initials they are; the line is then used up."""
    kept: list[Line] = []
    for loose in section.loose:
        token = loose.text.strip(" –-")
        fits = [e for e in section.entries if e.person.initials is None and fits_initials(token, e.person.name)
                and e.person.span[1] <= loose.start] if re.fullmatch(r"[A-Z][A-Za-z]{1,7}", token) else []
        if fits:
            fits[-1].person.initials = token
        else:
            kept.append(loose)
    section.loose = kept


def _same_line(value: Line, nxt: Line, text: str) -> bool:
    """Are `value` and `nxt` pieces of one line of the text, cut apart at an entry's start (split_run_on)?
    Then `nxt` is the next entry, never the wrapped rest of `value`."""
    return value.end <= nxt.start and "\n" not in text[value.end:nxt.start]


def _names_paragraph(value: Line, vocab: Vocabulary) -> bool:
    """'A (X), B (Y), C' or 'A, B, C': people separated by commas, not one 'Name, Role, Org' entry."""
    if value.text.rstrip().endswith((" -", " –", " —")) and "(" in value.text:
        return True  # 'Ada Brook (Elmley) -' / 'attending as observer, ...': the entry goes on below
    if "(" in value.text:
        return "," in value.text or ";" in value.text
    pieces = [p.strip() for p in value.text.split(",")]
    return len(pieces) > 1 and all(looks_like_person(p, vocab, in_slot=True) for p in pieces[:-1])


_SUB_HEADING = re.compile(r"^[A-Z][\w'’]*(?:\s+[\w'’]+){0,2}\s*:\s")  # 'Officers: Ada Brook', 'Elmley Police: ...'


# a line opening with a person's two names and a lower-case word (not 'and'): a sentence about that person (round 22)
_PERSON_SENTENCE = re.compile(r"^(?:Mc|Mac|O['’])?[A-Z][a-z]+\s+(?:Mc|Mac|O['’])?[A-Z][a-z]+\s+(?!and\b)[a-z]{3,}")
# a line opening with a personal title and a capitalised word: the start of a person (round 22)
_TITLED_LINE_START = re.compile(r"^(?:Mrs|Mr|Ms|Miss|Dr|Prof|Cllr|Clr|Councill?or|PCSO)\.?\s+[A-Z][a-z]")


def _whole_last_name(value: str) -> bool:
    """Does a comma run end with a whole name ('..., Dora Eve'): two or more capitalised words after the
    last comma, none an initial, nothing open? A line break after it is the end of that person."""
    last = value.rsplit(",", 1)[-1].strip()
    words = re.sub(r"\s*\([^()]*\)", "", last).split()
    return "," in value and len(words) >= 2 and all(re.fullmatch(r"(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?", w)
                                                  for w in words)


_OPENS_APOLOGIES = re.compile(r"^\W*apolog", re.IGNORECASE)


def _wraps_into(value: Line, nxt: Line) -> bool:
    """Does `nxt` carry on a comma-separated list of names ('..., Ada' / 'Brook (Elmley), ...')?

    A line break after a comma, inside a parenthesis or after a word is a wrap; after a closed
    entry ('(Elmley)', a '*' marker) the next line is a new list unless it opens with '(' or lower case.
    """
    if nxt.blank or is_table_row(nxt) or numbered(nxt) or _ends_section(nxt) or match_label(nxt) is not None \
            or _SUB_HEADING.match(nxt.text) or _OPENS_APOLOGIES.match(nxt.text):
        return False  # 'Present: Ada Brook, Ben Cole' / 'Apologies were received from ...': a new list (round 33)
    end = value.text.rstrip()
    if end.endswith((",", ";")) or end.count("(") > end.count(")"):
        return True
    if _TITLED_LINE_START.match(nxt.text) and _whole_last_name(end):
        return False  # '..., Dora Eve' / 'Cllr Ed Fox, ...': a title opens a person, never the rest of one (round 22)
    if end.endswith((")", "*", "†", "‡", "#")):
        return nxt.text[:1] == "(" or nxt.text[:1].islower()
    return True


# Words that open a sentence of the minutes' prose and never a person's name or a designation.
_PROSE_OPENERS = frozenset("the this these those it he she they we all everyone members introductions".split())


def _ends_section(line: Line) -> bool:
    """A prose sentence ends a list ('The Chair welcomed members...'): a long sentence, or one that opens
    like prose ('The chair welcomed Cy Dee (CD) and Eve Fox (EF) to the meeting.') — its names are
    the prose's, not entries of the list."""
    text = strip_bullet(line).text
    words = text.split()
    if len(words) > 14 and text.rstrip().endswith(".") and "(" not in text[:40]:
        return True
    outside = re.sub(r"\([^()]*\)", " ", text)
    return (len(words) >= 4 and words[0].lower() in _PROSE_OPENERS and len(words) > 1 and words[1][:1].islower()
            and _reads_as_sentence(outside))


# '... was substituted by Ben Cole, Deputy Director': the apology's substitute, who came (round 22)
_WAS_SUBSTITUTED = re.compile(r"\s+(?:was|were)\s+(?:substituted|represented|deputised|deputized)\s+by\s+[A-Z].*$",
                              re.S)


def _add(section: _Section, piece: Line, vocab: Vocabulary) -> None:
    count, loose = len(section.entries), len(section.loose)
    if section.kind == "apologies" and (subst := _WAS_SUBSTITUTED.search(piece.text)) and subst.start() > 0:
        piece = sub(piece, 0, subst.start())  # the absentee's own line: the name, role and organisation before it
    _add_piece(section, piece, vocab)
    section.order.extend(section.entries[count:] + section.loose[loose:])
    if section.org_heading:
        for e in section.entries[count:]:
            if e.person.org is None:
                e.person.org = section.org_heading
                e.bare = False


_PLURAL_TITLE = re.compile(rf"^(?:{COUNCILLORS}\.?|Bailies|County\s+{COUNCILLORS}|Drs\.?)\s*:?\s+(?=[A-Z])")


def _add_piece(section: _Section, piece: Line, vocab: Vocabulary) -> None:
    piece = page_number_after_title(strip_bullet(piece))
    if (serial := re.match(r"(?:and|&)\s+(?=[A-Z])", piece.text)) is not None:
        piece = sub(piece, serial.end())  # 'Ada Brook, Ben Cole, and Cy Dee': the list's last piece
    if (stray := re.search(r"(?<=[a-z)])\s+(?:and|&)$", piece.text)) is not None:
        piece = sub(piece, 0, stray.start())  # 'Ada Brook and, Ben Cole': the joiner typed before the comma (r31)
    plural = _PLURAL_TITLE.match(piece.text)
    if plural:  # 'Councillors Ada Brook, Ben Cole and Cy Dee': one title for several people
        title = re.sub(r"s\.?$", "", plural.group().strip(" :"))  # 'Councillors' -> 'Councillor'
        names = sub(piece, plural.end())
        group = plural_group_org(names.text)
        if group is not None:  # 'Councillors Brook and Cole (Elmley Council)': the group's organisation
            count = len(section.entries)
            _add_piece(section, sub(piece, 0, plural.end() + group[0]), vocab)
            for entry in section.entries[count:]:
                entry.person.org = entry.person.org or group[1]
            return
        for name in _sentence_names(names):
            if (surname := surname_entry(name, vocab)) is not None:  # 'Councillors Brook (Chair), Cole and Dee'
                section.entries.append(surname)
                continue
            count = len(section.entries)
            _add_piece(section, name, vocab)
            if len(section.entries) == count and (chair := marked_chair(f"{title} {name.text}", vocab)) is not None:
                section.chairs.append(PersonEntry(chair, None, None, None, (name.start, name.end)))  # 'Brook (Chair)'
        return
    if re.search(r"[a-z]{2}\.$", piece.text):
        piece = sub(piece, 0, len(piece.text) - 1)  # the full stop ending a sentence of names
    if (posts := role_led_run(piece, vocab, section.legend)) is not None:
        section.entries.extend(posts)  # 'Inspector A Brook and Sergeant B Cole, Police, ...' (round 51)
        return
    pair = and_pair(piece, vocab, section.legend) or couple(piece, vocab, section.legend)
    if pair:
        section.entries.extend(pair)
        return
    last = piece.text.split()[-1:]
    if section.role_cells and last and last[0].lower().strip(".,") in vocab.role_words:
        section.loose.append(piece)  # 'North East Rep' below 'Ada Brook / Regional Rep': a role cell, moved
        return
    entry = parse_entry(piece, vocab, section.legend) or name_then_role(piece, vocab, section.legend)
    if entry is None and (entry := slash_row(piece, vocab)) is not None:
        section.role_cells = True
    entry = entry or titled_surname(piece, vocab) or titled_name_after_org(piece, vocab) \
        or glued_initials_entry(piece, False, vocab)  # 'Rev HM Brook' in a list: a title, initials together
    if entry is None and (at := role_led_name(piece.text, vocab)) is not None:
        entry = parse_entry(sub(piece, at), vocab, section.legend)  # 'Area Commander Ada Brook' (round 49)
    elif entry is not None and (at := known_post_name(piece.text, vocab)) is not None \
            and entry.person.name.startswith(piece.text[:at].strip()) \
            and (named := parse_entry(sub(piece, at), vocab, section.legend)) is not None:
        entry = named  # 'Chief Executive Ada Brook' read whole as one name: the post is no part of it (round 51)
    if entry is None and (cut := item_cut(piece.text)) is not None \
            and (head := parse_entry(sub(piece, 0, cut), vocab, section.legend)) is not None \
            and looks_like_person(head.person.name, vocab):
        entry = head  # 'Ada Brook 2 Minutes of the last meeting': the next item run on (round 51)
    if entry is None and (cut := cut_piece(piece.text, vocab)) is not None:  # names with no separator (r50)
        cut_entries = [parse_entry(sub(piece, s, e), vocab, section.legend) for s, e in cut]
        if all(e is not None for e in cut_entries):
            section.entries.extend(e for e in cut_entries if e is not None)
            return
    if entry is None:
        section.loose.append(piece)
        if (chair := marked_chair(piece.text, vocab)) is not None:
            section.chairs.append(PersonEntry(chair, None, None, None, (piece.start, piece.start + len(chair))))
    else:
        section.entries.append(entry)


# a double surname's hyphen left before a line break the reader turned into a space ('Brook- Cole')
_WRAPPED_HYPHEN = re.compile(r"(?<=[a-z])-\s+(?=[A-Z][a-z])")


def _merge(sections: list[_Section], result: Attendance, vocab: Vocabulary, text: str) -> None:
    """Assign sections to attendees/apologies; fold designations lists into the names they describe."""
    for section in sections:
        if section.kind == "designations":
            _apply_designations(section, result.attendees + result.apologies)
            continue
        target = result.attendees if section.kind == "attendees" else result.apologies
        _attach_loose_initials(section)
        _drop_role_column(section, vocab)
        entries = section.entries
        if section.kind == "apologies":
            entries = _deputies_attended(entries, result)
        bare = [e for e in entries if e.bare]
        # a column of names followed by a column of their organisations
        if bare and len(bare) == len(entries) and len(section.loose) == len(entries) \
                and all(_own_line(o, text) and not _reads_as_sentence(o.text) for o in section.loose):
            for e, org in zip(entries, section.loose):
                if not is_role(org.text, vocab):
                    e.person.org = org.text
        seen = {person_key(e.person.name) for e in target}
        for e in entries:
            e.person.name = _WRAPPED_HYPHEN.sub("-", e.person.name)  # 'Ada Brook- Cole' (round 46)
            key = person_key(e.person.name)
            if key in seen:
                continue
            seen.add(key)
            target.append(e)


_FIRST_ROLE_CHAIR = re.compile(r"(?i)(?:^|[/(]\s*)(?:chair|chairman|chairperson|chairwoman)\s*(?:$|[/)])")


def _drop_role_column(section: _Section, vocab: Vocabulary) -> None:
    """A column of names followed by a column of their roles ('Ada Brook / Ben Cole / Cy Dunn / Chair/GP /
    Retired Practice Manager / Head of Operations & / Corporate Performance'): once three or more bare names in a
    row are followed by a line that is no person, and that column holds a role line, an untitled 'name' read next
    to such a line is a piece of the role column ('Retired Practice' from 'Retired Practice Manager', 'Corporate
    Performance' wrapped after 'Head of Operations &'), never a person. A list alternating name and role lines
    never has the run of names before its first role line (round 20)."""
    order, run, start = section.order, 0, None
    for i, item in enumerate(order):
        if isinstance(item, Entry):
            run = run + 1 if item.bare else 0
        elif run >= 3:
            start = i
            break
        else:
            run = 0
    if start is None or not any(isinstance(o, Line) and is_role(o.text, vocab) for o in order[start:]):
        return
    first = order[start - run]  # the run's first name: the role column's first line is its role
    if _FIRST_ROLE_CHAIR.search(order[start].text) and not any(e.chair for e in section.entries):
        first.chair = True  # 'Ada Brook / Ben Cole / ... / Chair/GP': the column's first role is the first name's
    drop = [item for i, item in enumerate(order[start:], start) if isinstance(item, Entry)
            and not is_title(item.person.name.split(" ")[0])
            and any(j < len(order) and isinstance(order[j], Line) for j in (i - 1, i + 1))]
    if drop:
        section.entries = [e for e in section.entries if not any(e is d for d in drop)]


def _own_line(piece: Line, text: str) -> bool:
    """Does the piece start its line (a designations column), rather than follow a name on it?"""
    return not text[text.rfind("\n", 0, piece.start) + 1:piece.start].strip(" \t\u00a0•·-–*")


_CONNECTIVES = frozenset("of and for the in on to with at by from a an & -".split())


def _reads_as_sentence(value: str) -> bool:
    """'Introductions were made.' after a list of names is the minutes' prose, not a designations column:
    designations are Title Case apart from connectives ('Head of Housing, Elmley Council')."""
    words = re.findall(r"[A-Za-z][\w'’-]*", value)
    lower = [w for w in words if w[0].islower() and w.lower() not in _CONNECTIVES]
    return len(lower) >= 2 or (value.rstrip().endswith(".") and len(words) >= 3 and bool(lower))


def _deputies_attended(entries: list[Entry], result: Attendance) -> list[Entry]:
    """In an apologies list, 'Ben Cole (Elmley) rep by Ada Brook': Ben sent apologies, Ada attended for him."""
    out: list[Entry] = []
    for e in entries:
        if e.absent is None:
            out.append(e)
            continue
        if person_key(e.person.name) not in {person_key(a.person.name) for a in result.attendees}:
            result.attendees.append(e)
        p = e.person
        out.append(Entry(PersonEntry(e.absent, p.org, None, None, p.span)))
    return out


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
