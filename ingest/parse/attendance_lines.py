"""Attendance lines cut and joined before the lists are read: labels and names run on in one line, cell
breaks, caps labels glued mid-line, and the logical lines of a list (a name wrapped over two lines joined).

Moved out of attendance.py unchanged; attendance.py walks the sections over these lines.
"""
from __future__ import annotations

import re
from itertools import pairwise

from ingest.parse.labels import match_label
from ingest.parse.lines import RUN_ON_CHARS, Line, is_table_row, join, strip_bullet, sub
from ingest.parse.name_run import comma_name, comma_name_ends
from ingest.parse.people import looks_like_person
from ingest.parse.vocab import Vocabulary


SECTION_LABELS = ("attendees", "apologies", "designations")


_INLINE_LABEL = re.compile(r"(?:(?<=\s)|^)(?:present|attendees|in\s+attendance|apologies(?:\s+for\s+absence)?)\s*:"
                           # the label glued to the first name, its line breaks lost ('AttendeesAda Brook – ...')
                           r"|(?:(?<=\s)|^)(?-i:Present|Attendees|In\s+attendance)(?=(?-i:[A-Z][a-z]))", re.I)
# a list label glued between two entries ('... Corporate ServicesApologiesCy Dee – ...'): a cut before it
_GLUED_LABEL = re.compile(r"(?<=[a-z)])(?:Apologies(?:\s+for\s+absence)?|In\s+attendance|Also\s+present"
                          r"|(?:Minute|Note)\s*[Tt]aker|Agenda)(?=[A-Z][a-z]|\d{1,2}\.?\s)")
_ENTRY_DASH = re.compile(r"(?<=[a-z.)])\s?[–—]\s|\s[-–—]\s")  # 'Ada Brook – Role', 'Ada Brook– Role'
# a name glued to the end of the entry before it ('Chief ConstableAda', '(Chair)Ada'); never a
# surname's own capital ('McLeod', 'MacKay', 'DeSouza', 'FitzRoy', 'VanDyke', "O'Neill")
_GLUE = re.compile(r"(?:(?<=[a-z]{3})(?<!Mc)(?<!Mac)(?<!Fitz)(?<!Van)(?<!Von)|(?<=\)))(?=[A-Z][a-z])")
_NAME_WORD = re.compile(r"(?:[A-Z][\w'’.\-]*|(?:de|da|di|du|van|von|der|den|la|le|del|bin|ibn|al))$")
_INLINE_NUMBER = re.compile(r"(?<=[A-Za-z)]\s)(\d{1,2})\s+(?=[A-Z][a-z])")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")


def _renumbered(out: list[Line]) -> list[Line]:
    """Lines cut into pieces, numbered again in order (a cut line's pieces are lines of their own)."""
    return [Line(i, ln.start, ln.end, ln.text, ln.indented) for i, ln in enumerate(out)]


def split_run_on(lines: list[Line], vocab: Vocabulary, comma_starts: set[int] | None = None) -> list[Line]:
    """A page flattened into one paragraph ('... Present: Ada Brook – Head of X, Elmley Council Ben Cole –
    Director, Oakham Trust ... 1 Apologies for Absence Cy Dee – ...') cut back into lines: before a list
    label, before each `Name – ` that starts an entry, and before a numbered item. Only from the first
    list label on, and only when three or more entries are found; other lines are kept as they are.
    `comma_starts` (when given) receives the offsets of the entries cut before a `Name, ` (no dash).
    """
    out: list[Line] = []
    changed = False
    for line in lines:
        label = _INLINE_LABEL.search(line.text) if len(line.text) >= RUN_ON_CHARS else None
        commas: list[int] = []
        cuts = _run_on_cuts(line.text, label.start(), vocab, commas) if label else []
        if len(cuts) < 3:
            out.append(line)
            continue
        changed = True
        bounds = sorted({0, label.start(), *cuts})
        for a, b in zip(bounds, bounds[1:] + [len(line.text)]):
            piece = sub(line, a, b)
            if piece.text:
                out.append(piece)
                if comma_starts is not None and a in commas:
                    comma_starts.add(piece.start)
    return _renumbered(out) if changed else lines


# 'Apologies / Did not' ... 'attend:': a two-column table flattened row by row splits its label cell across the
# cells of the other column; the first part starts a list inside a line, the second is a lone 'attend:' later on
_PARTED_LABEL = re.compile(r"(?<=\S\s)(?P<label>Apologies\s*/\s*Did\s+not)\s+(?=[A-Z])")
_PARTED_REST = re.compile(r"(?<=\S\s)attend:\s+(?=[A-Z])")


def split_parted_label(lines: list[Line], vocab: Vocabulary) -> list[Line]:
    """A line holding 'Apologies / Did not' and, later, 'attend:' (the label's two parts, the other column's
    names between them): cut before the label, after it, and before each entry of three or more `Name – `
    entries after it (and before it, the list above the label run on the same way), the lone 'attend:' left
    out. Other lines are kept as they are."""
    out: list[Line] = []
    changed = False
    for line in lines:
        m = _PARTED_LABEL.search(line.text)
        rest = _PARTED_REST.search(line.text, m.end()) if m else None
        cuts = _run_on_cuts(line.text, m.end(), vocab) if rest else []
        if len(cuts) < 3:
            out.append(line)
            continue
        changed = True
        before = _run_on_cuts(line.text[:m.start()], 0, vocab)  # the list before the label, run on likewise
        bounds = sorted({0, *before, m.start(), m.end("label"), *cuts, rest.start(), rest.end()})
        for a, b in zip(bounds, bounds[1:] + [len(line.text)]):
            piece = sub(line, a, b)
            if piece.text and a != rest.start():
                out.append(piece)
    return _renumbered(out) if changed else lines


# 'PRESENT: Cllr A Brook ... IN ATTENDANCE: Ben Cole (Clerk)': a second list label in capitals, with its colon,
# inside a labelled list's line (round 36)
_CAPS_LABEL = re.compile(r"(?<=\S\s)(?:IN\s+ATTENDANCE|ALSO\s+PRESENT|ALSO\s+IN\s+ATTENDANCE|APOLOGIES(?:\s+FOR\s+ABSENCE)?"
                         r"|ABSENT|OFFICERS|OBSERVERS?)\s*:\s*(?=[A-Z])")


_GLUED_LEAD_LABEL = re.compile(r"^(?:Attendees|Attendance|Apologies(?:\s+for\s+[Aa]bsence)?"
                               r"|In\s+[Aa]ttendance|Also\s+[Pp]resent|Present)"
                               r"(?=[A-Z][a-z]+\s+[A-Z])")


def split_caps_labels(lines: list[Line]) -> list[Line]:
    """A list's line cut before a second list label written in capitals with a colon; other lines kept."""
    out: list[Line] = []
    changed = False
    for line in lines:
        if (glued := _GLUED_LEAD_LABEL.match(line.text)) is not None and len(line.text) < 80:
            # 'AttendeesAda Brook', 'ApologiesBen Cole': the line break after a label lost (round 36); a longer
            # line is a flattened page, which split_run_on cuts at the glued label itself
            out.extend([sub(line, 0, glued.end()), sub(line, glued.end())])
            changed = True
            continue
        label = match_label(line, SECTION_LABELS) if _CAPS_LABEL.search(line.text) else None
        if label is None or label.value is None:
            out.append(line)
            continue
        cuts = [m.start() for m in _CAPS_LABEL.finditer(line.text) if m.start() > label.value.start - line.start]
        bounds = [0, *cuts, len(line.text)]
        pieces = [p for a, b in pairwise(bounds) if (p := sub(line, a, b)).text]
        changed = changed or len(pieces) > 1
        out.extend(pieces)
    return _renumbered(out) if changed else lines


def comma_run(line: Line, vocab: Vocabulary, comma_starts: set[int]) -> list[Line] | None:
    """A list's own line as long as a flattened page, its entries `Name, Role, Org` with nothing but the next
    name ending each ('Ada Brook, Director, Elmley Council Ben Cole, Head of Service ...'): the entries, cut
    before each name, when three or more names before a comma are found; else None (read as before)."""
    if len(line.text) < RUN_ON_CHARS:
        return None
    commas: list[int] = []
    cuts = _run_on_cuts(line.text, 0, vocab, commas)
    if len(commas) < 3:
        return None
    pieces = []
    for a, b in pairwise(sorted({0, *cuts, len(line.text)})):
        if (piece := sub(line, a, b)).text:
            pieces.append(piece)
            if a in commas:
                comma_starts.add(piece.start)
    return pieces


def _run_on_cuts(text: str, after: int, vocab: Vocabulary, commas: list[int] | None = None) -> list[int]:
    """Where entries and numbered items start in a run-on paragraph (offsets after `after`)."""
    cuts: list[int] = []
    names = 0
    for dash in _ENTRY_DASH.finditer(text, after):
        start = _name_start(text, after, dash.start(), vocab)
        if start is not None:
            cuts.append(start)
            names += 1
    if names < 3:  # no dash after the names: 'Ada Brook, Role, Org Ben Cole, Role ...' (name_run.py)
        for end in comma_name_ends(text, after):
            start = _name_start(text, after, end, vocab)
            if start is not None and comma_name(text, start, end, vocab):
                cuts.append(start)
                if commas is not None:
                    commas.append(start)
                names += 1
    for m in _GLUED_LABEL.finditer(text, after):
        cuts.append(m.start())
    for m in _INLINE_NUMBER.finditer(text, after):
        following = text[m.end():m.end() + 12].split(" ")[0].lower()
        if following not in _MONTHS:
            cuts.append(m.start(1))
    return cuts if names >= 3 else []


def _name_start(text: str, after: int, end: int, vocab: Vocabulary) -> int | None:
    """The start of the name just before an entry's dash: the name words back to a bracket or comma
    (at most four), else the last two (an organisation's words run straight into the next name)."""
    words: list[re.Match[str]] = []
    pos = end
    for m in reversed(list(re.finditer(r"\S+", text[after:end]))):
        word = m.group()
        glued = list(_GLUE.finditer(word)) if len(words) == 1 else []
        if glued:  # 'Chief ConstableAda Brook': the name starts at the glue, the role before it ends
            m = re.compile(r"\S+").search(text[after:end], m.start() + glued[-1].start())
            word = m.group()
        if not _NAME_WORD.match(word) or len(words) == 4:
            break
        words.insert(0, m)
        pos = after + m.start()
        if glued:
            break
        before = text[after:after + m.start()].rstrip()
        if before.endswith((")", ",", ";", ":", ".")) or not before:
            break
    if len(words) < 2:
        return None
    bounded = text[after:pos].rstrip().endswith((")", ":")) or pos == after or _GLUE.match(text, pos) is not None \
        and pos > after and not text[pos - 1].isspace()  # after a comma: an organisation
    if not bounded:
        words = words[-2:]
        while len(words) < 4 and words[0].start() > 0:  # a particle or title before the last two words
            prev = re.search(r"(\S+)\s+$", text[after:after + words[0].start()])
            if prev is None or prev.group(1).lower().rstrip(".") not in _TITLE_WORDS:
                break
            words.insert(0, prev)
    start = after + words[0].start()
    name = text[start:end]
    return start if looks_like_person(name, vocab, in_slot=True) else None


_TITLE_WORDS = frozenset("mr mrs ms miss dr cllr clr prof de da di du van von der den la le del bin ibn al".split())


_CELL_BREAK = re.compile(r"\s+[/|]\s+|[^\S\t]*\t\s*")


def split_cell_breaks(lines: list[Line], vocab: Vocabulary) -> list[Line]:
    """A two-column table flattened with ' / ' (or ' | ', a tab) between its cells, around the list labels
    ('Present: / Ada Brook (Chair)', 'Cy Dee (CD) / In Attendance:', then '/ Ed Fox (Minutes)'): the label
    cut off onto a line of its own; the cells beside it a line each when they are all names, else one row
    ('Present: / A. Brook* / Chair,': the first row of a 'Name / Role' table).

    Only where a cell at either end of the line is a list label with a colon; a line that opens with '/ '
    right after a line that ended with such a label loses its '/ '. Other lines are kept as they are.
    """
    out: list[Line] = []
    changed = False
    label_ended = False
    grid = 0  # the names a label's row split into: rows of as many names or fewer below it go on (round 24)
    for line in lines:
        if label_ended and line.text.startswith("/ "):
            out.append(sub(line, 2))
            changed, label_ended = True, False
            continue
        label_ended = False
        if grid and (cells_below := _names_row(line, grid, vocab)):
            out.extend(cells_below)  # 'Attendance: / Ada Brook / Ben Cole' / 'Cy Dee / Ed Fox': a names grid's rows
            continue
        grid = 0
        if " / " not in line.text and " | " not in line.text and "\t" not in line.text:
            out.append(line)
            continue
        bounds = [0]
        for m in _CELL_BREAK.finditer(line.text):
            bounds += [m.start(), m.end()]
        bounds.append(len(line.text))
        pieces = [sub(line, a, b) for a, b in zip(bounds[::2], bounds[1::2])]
        ends = (pieces[0], pieces[-1])
        if not any(":" in p.text and _list_label(p) for p in ends):
            out.append(line)
            continue
        first = 1 if ":" in pieces[0].text and _list_label(pieces[0]) else 0
        last = len(pieces) - 1 if len(pieces) - 1 >= first and ":" in pieces[-1].text and _list_label(pieces[-1]) \
            else len(pieces)
        middle = [p for p in pieces[first:last] if p.text]
        names = [looks_like_person(p.text.rstrip("*†‡"), vocab, in_slot=True) for p in middle]
        row = len(middle) > 1 and not all(names)
        if not row and " / " not in line.text:
            out.append(line)  # tabs or ' | ' beside a label and no role cell: the label's value, as before
            continue
        if row:
            middle = [sub(line, middle[0].start - line.start, middle[-1].end - line.start)]  # one 'Name / Role' row
        out.extend(p for p in pieces[:first] + middle + pieces[last:] if p.text)
        changed = True
        label_ended = last < len(pieces)
        grid = len(middle) if first == 1 and not row and len(middle) >= 2 and last == len(pieces) else 0
    return _renumbered(out) if changed else lines


def _names_row(line: Line, most: int, vocab: Vocabulary) -> list[Line]:
    """The cells of a ' / ' row of names under a label's row of `most` names: two to `most` cells, each a
    person's name; else none (the grid has ended: '1.0 / Welcome / ACTIONS')."""
    if " / " not in line.text or " | " in line.text or "\t" in line.text:
        return []
    bounds = [0]
    for m in re.finditer(r"\s+/\s+", line.text):
        bounds += [m.start(), m.end()]
    bounds.append(len(line.text))
    pieces = [sub(line, a, b) for a, b in zip(bounds[::2], bounds[1::2])]
    if not 2 <= len(pieces) <= most or not all(p.text and looks_like_person(p.text, vocab, in_slot=True)
                                               and not _list_label(p) for p in pieces):
        return []
    return pieces


def _list_label(piece: Line) -> bool:
    label = match_label(piece, SECTION_LABELS)
    return label is not None and label.value is None


def logical_lines(lines: list[Line], text: str, vocab: Vocabulary | None = None) -> list[Line]:
    """Join a line that opens a parenthesis with the next line(s) that close it (names and orgs wrap).

    A next line that starts a person's entry ('Ada Brook – Head of X') is never taken in: the bracket
    above was cut off at a column's edge ('(rep Ben').
    """
    out: list[Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.text.count("(") > line.text.count(")") and not is_table_row(line):
            j = i + 1
            while j < len(lines) and j <= i + 2 and not lines[j].blank and "(" not in lines[j].text \
                    and not (vocab is not None and _starts_entry(lines[j], vocab)):
                joined = join(line, lines[j], text)
                if joined.text.count(")") >= joined.text.count("("):
                    line, i = joined, j
                    break
                line, i = joined, j
                j += 1
            if vocab is not None and line.text.count("(") > line.text.count(")") and i + 1 < len(lines) \
                    and _starts_entry(lines[i + 1], vocab):
                line = _cut_unclosed(line, vocab)
        while i + 1 < len(lines) and _initials_after(line, lines[i + 1]):
            line, i = join(line, lines[i + 1], text), i + 1  # 'Ada Brook (Elmley)' / '– AB', 'Ada Brook' / '(AB)'
        out.append(line)
        i += 1
    return out


# 'Ada Brook – Role', 'Ada Brook, Role', 'Ada Brook / Role' (round 36: a 'Name / Role' row)
ENTRY_START = re.compile(r"^(?P<name>[^,–—()/]{3,60}?)(?:\s+[-–—/]\s+|\s*,\s+)\S")


def _starts_entry(line: Line, vocab: Vocabulary) -> bool:
    """'Ada Brook – Head of X' / 'Mr Ada Brook, Head of X': a line that opens with a name and its role."""
    m = ENTRY_START.match(strip_bullet(line).text)
    return m is not None and looks_like_person(m.group("name"), vocab)


def _cut_unclosed(line: Line, vocab: Vocabulary) -> Line:
    """'Ada Brook (deputising for Ben Cole / Deputy Director' above 'Cy Dale / Head of X': a bracket never closed
    in a list of entries one a line (round 36); the person is the name before it, the note is dropped (it may
    name someone else). Left whole unless a name stands alone before the bracket."""
    cut = line.text.rfind("(")
    head = line.text[:cut].rstrip(" –—-/,")
    if cut > 0 and "(" not in head and looks_like_person(head, vocab, in_slot=True, alone=True):
        return sub(line, 0, len(head))
    return line


_LONE_INITIALS = re.compile(r"^(?:[-–—]\s*(?P<dash>[A-Z][A-Za-z]{1,7})|\((?P<paren>[A-Z][A-Za-z]{1,7})\))$")


def _initials_after(line: Line, nxt: Line) -> bool:
    """Initials a flattened table pushed onto a line of their own: '– AB' after '(Org)', '(AB)' after a bare name."""
    m = _LONE_INITIALS.match(nxt.text)
    if m is None or is_table_row(line):
        return False
    token = m.group("dash") or m.group("paren")
    if sum(ch.isupper() for ch in token) < 2:
        return False
    if m.group("dash"):
        return line.text.endswith(")")
    return "(" not in line.text and 2 <= len(line.text.split()) <= 5
