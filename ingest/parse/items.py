"""Numbered agenda items and report sections.

'1) Introductions', '1. Welcome', '3.' with its heading on the next line,
'Item 4: ...', '## 5. Heading' (markdown), and 'Paper 3 – ...' on its own line.
Sub-paragraphs ('2.1', '2.1)') belong to their item. Item numbers only go up,
so a numbered list restarting at 1 inside an item is not taken for items.

Undotted numbers ('5 Heading', '49 APOLOGIES FOR ABSENCE', an agenda notice's
'4 Heading 5 Heading' run together, a table row '1 / Heading' of two cells) are
read only when the sequence vouches for them: the next number follows, or a
council web page's link text stands after the heading ('5 Heading pdf icon PDF 460 KB'). Minutes numbered on from the
year's sequence may start at any number when the next one follows.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ingest.model import Item
from ingest.parse.dates import find_dates
from ingest.parse.furniture import is_section
from ingest.parse.lines import Line, bar_cells, column_of as _column, columns, has_bullet, numbered, strip_bullet, sub
from ingest.parse.people import looks_like_person
from ingest.parse.vocab import Vocabulary

_NUM = re.compile(r"^(?P<num>\d{1,3})[.)](?!\d)\s*(?P<rest>.*)$")
_ITEM = re.compile(r"^(?:Agenda\s+)?Item\s+(?P<num>\d{1,2})\b(?!\.\d)\s*[.):\-–—]?\s*(?P<rest>.*)$", re.I)
# 'Item Action 1 Heading': a table's column headers flattened before its first row; the 'Item' column vouches
# for the undotted number after them
_HEADED_ROW = re.compile(r"^Item\s+(?:Actions?(?:\s+by)?|Lead|Owner|Who|Responsible|By)\s+(?P<num>\d{1,2})\s+(?P<rest>[A-Z].*)$")
_PAPER = re.compile(r"^Paper\s+(?P<num>\d{1,2})\s*[-–—:]\s*(?P<rest>\S.*)$")
_SUB = re.compile(r"^\d{1,2}\.\d{1,2}")
_SUB_LIST = re.compile(r"^\d{1,2}\)")  # '1) Road Matters:': a point numbered with a bracket
_NUMERO = re.compile(r"^No\.?\s*(?=\d{1,3}[.)](?!\d))")  # 'No 3. Heading', 'No. 4) Heading': the number's label
_MAX_HEADING = 220


DECISION_HEADING = re.compile(r"^(?:DECISIONS?|Decisions?|RESOLVED|Resolved)\s*:?$")  # its numbered lines: decisions
_RESOLUTION = re.compile(r"^(?:To|That|Agreed|Noted|Approved)\b")  # how a decision opens ('2. Minutes' is an item)
_CELL = re.compile(r"^[/|]\s+")  # '1. / Heading / Discussion': a table row flattened with its cells
_LINK_TEXT = re.compile(r"(?i)\s*\(?(?:pdf\s+icon\s+)?(?:pdf|doc|docx)\s+\d+(?:\.\d+)?\s*[KMG]B\)?\s*$")
_ACTION_HEADING = re.compile(r"(?i)^(?:summary\s+of\s+|schedule\s+of\s+)?actions?(?:\s+(?:sheet|log|list|table|"
                             r"tracker|summary|points|arising|agreed))?\s*:?$")


def _row(line: Line) -> bool:
    """A table row flattened with ' / ' or ' | ' between its cells."""
    return len(re.findall(r"\s[/|](?=\s|$)", line.text)) >= 1 and bool(_NUM.match(strip_bullet(line).text)) and bool(
        _CELL.match(_NUM.match(strip_bullet(line).text).group("rest")))


def _first_cell(line: Line, start: int, rest: str) -> Line | None:
    """The heading cell of a flattened row: the text between the first two separators."""
    body = _CELL.sub("", rest)
    offset = start + (len(rest) - len(body))
    cell = re.split(r"\s[/|](?:\s|$)", body)[0].strip()
    return Line(line.index, offset, offset + len(cell), cell, line.indented) if cell else None


def _prose(rest: str) -> bool:
    """A numbered paragraph of minutes ('3. The Chair noted that ...'), not an item heading."""
    return rest.rstrip().endswith(".") and len(rest.split()) >= 15


# a table's 'ACTION' column header flattened after an item's heading: capitals after a heading in mixed case
_COLUMN_WORD = re.compile(r"ACTIONS?")
_COLUMN_TAIL = re.compile(r"(?<=[a-z’'),])\s+ACTIONS?$")

# a heading in capitals run on into its minute in mixed case: three or more words of text (or a bracket) follow
_CAPS_THEN_TEXT = re.compile(r"^(?P<caps>[A-Z][A-Z’'&,\-]+(?:\s+(?:[A-Z0-9][A-Z0-9’'&,\-]*))+)\s+"
                             r"(?=(?:[A-Z][a-z]+|\([A-Z][a-z]+)(?:\s+\S+){2,})")
_FUNCTION_WORDS = frozenset("of and for the in on to with at by from a an & or".split())


def minute_start(text: str, start: int, vocab: Vocabulary) -> int | None:
    """Where the minute starts after a heading run on into it on one line ('Apologies for absence The above
    apologies were noted', 'Progress Report AB gave a presentation', 'Declarations of interest None'): a
    capitalised sentence opener (vocabulary: minute_openers) after the heading's first word, or initials or a
    name followed by a reporting verb, within fifteen words. None when the text starts with an opener (a
    sentence, not a heading), the heading would end on a connective, or the next item comes first."""
    verbs = vocab.reporting_verbs | vocab.minute_verbs
    words = list(re.finditer(r"\S+", text[start:start + 200]))[:16]
    if not words or words[0].group().lower() in vocab.minute_openers:
        return None
    for i, w in enumerate(words[1:], start=1):
        word = w.group().strip(",;:")
        nxt = words[i + 1].group().lower().strip(",;:") if i + 1 < len(words) else ""
        if _COLUMN_WORD.fullmatch(w.group()) and nxt[:1].isalpha() and words[i + 1].group()[:1].isupper() \
                and any(c.islower() for v in words[:i] for c in v.group()) \
                and _sentence_follows(words[i + 1:], verbs):
            return start + words[i + 1].start()  # 'Apologies and Welcome ACTION Apologies were received ...'
        if re.match(r"\d{1,2}\.\s", text[start + w.start():start + w.start() + 4]):
            return None  # the next item
        at = i if word[:1].isupper() and word.lower() in vocab.minute_openers else None
        if at is None and nxt in verbs:
            at = _speaker(words, i, vocab)  # 'AB gave', 'Ada Brook reported'
        if at is not None and at >= 1 and words[at - 1].group()[-1:] not in "(&" \
                and words[at - 1].group().lower() not in _FUNCTION_WORDS:
            return start + words[at].start()
    return None


_AUXILIARIES = frozenset({"was", "were", "is", "are", "had", "has", "have", "will", "would"})


def _sentence_follows(words: list[re.Match[str]], verbs: frozenset[str]) -> bool:
    """Do the words open a sentence (a verb among them before the next item number: 'Apologies for absence were
    received', 'The Chair welcomed'), not the rest of a heading ('Plan for Children 2. Minutes')?"""
    for w in words:
        word = w.group().lower().strip(",;:.")
        if re.fullmatch(r"\d{1,2}\.", w.group()):
            return False
        if word in verbs or word in _AUXILIARIES:
            return True
    return False


def _speaker(words: list[re.Match[str]], i: int, vocab: Vocabulary) -> int | None:
    """The index of the first word of who speaks, ending at word i: initials ('AB') or a person's name."""
    if re.fullmatch(r"[A-Z]{2,4}", words[i].group()):
        return i
    for j in (i - 1, i - 2):
        if j >= 0 and looks_like_person(" ".join(w.group() for w in words[j:i + 1]), vocab):
            return j
    return None


def _minute_follows(rest: str, at: int) -> bool:
    """Is what follows a heading on its line a minute: a sentence (ending with '.', ':' or running on to
    another), or 'None' / 'Nil' alone?"""
    after = rest[at:].strip()
    return bool(re.fullmatch(r"(?i)(?:none|nil)\.?", after) or re.search(r"[.:!?]$|[.!?]\s+[A-Z]", after))


_DASH_END = re.compile(r"\s+[-–—]$")


def _dashed_minute(rest: str, at: int) -> bool:
    """'Strategy 2031 - AB reported that a working group was convened to review' (the line wraps on): a spaced
    dash right before the speaker marks where the heading ends, so a minute of six words or more follows it even
    with no full stop on the line (round 21)."""
    return bool(_DASH_END.search(rest[:at].rstrip())) and len(rest[at:].split()) >= 6


# 'Action 1. Heading The Chair welcomed ...': a table's 'Action' column header flattened before the first item
_ACTION_COLUMN = re.compile(r"^(?:Actions?(?:\s*/\s*Who)?|Action\s+Required)\s+(?=\d{1,2}\.\s+[A-Z])")


def action_column(line: Line, vocab: Vocabulary) -> Line | None:
    """The line without a flattened 'Action' column header before an item number, when what follows is a
    heading run on into its minute (an action log's 'Action 1. Ada Brook to ...' is not); else None."""
    m = _ACTION_COLUMN.match(line.text)
    if m is None:
        return None
    rest = sub(line, m.end())
    number = re.match(r"\d{1,2}\.\s+", rest.text)
    at = minute_start(rest.text, number.end(), vocab)
    return rest if at is not None and _minute_follows(rest.text, at) else None


def _candidate(line: Line, vocab: Vocabulary | None = None) -> tuple[int, Line | None] | None:
    """(number, heading on the same line or None) when the line opens a top-level item."""
    stripped = strip_bullet(line)
    if vocab is not None and (column := action_column(stripped, vocab)) is not None:
        stripped = column  # 'Action 1. Preliminaries The Chair welcomed ...'
    if (numero := _NUMERO.match(stripped.text)) is not None:
        stripped = sub(stripped, numero.end())  # 'No 3. Heading'
    text = stripped.text
    if _SUB.match(text):
        return None
    m = _HEADED_ROW.match(text) or _NUM.match(text) or _ITEM.match(text) or _PAPER.match(text)
    if not m:
        return None
    rest = m.group("rest").strip()
    if m.re is _ITEM and not rest and text[:1] in "Aa":
        return None  # 'Agenda Item 2' alone: a council's cover mark over a report, its heading elsewhere
    if m.re is _ITEM and rest.startswith(","):
        return None  # 'Item 3, Home Care Protocol – members were asked ...': an earlier item named in a minute
    if m.re is _ITEM and rest and (cell := columns(sub(stripped, m.start("rest"))))[1:]:
        rest = cell[0].text  # 'Agenda Item 6      Partner Reports      Presenter: Ada Brook': the heading's cell
    if rest and m.re is _NUM and (first := re.search(rf"\s{m.group('num')}\.1\s+(?=[A-Z])", rest)) is not None:
        rest = rest[:first.start()]  # '1. Opening address 1.1 Ada Brook welcomed ...': the item's first paragraph
    if rest and m.re is _NUM and vocab is not None and (at := minute_start(rest, 0, vocab)) is not None \
            and (_minute_follows(rest, at) or _dashed_minute(rest, at)):
        rest = rest[:at].rstrip()  # '2. Declarations of interest None': the heading ends where its minute starts
        rest = _DASH_END.sub("", rest)  # '2. Strategy 2031 - AB reported that ...': the dash is the cut's
    if m.re is _NUM:
        rest = _COLUMN_TAIL.sub("", rest)  # '1. Apologies and Welcome ACTION': the column header is no heading
        if (caps := _CAPS_THEN_TEXT.match(rest)) is not None and not _own_header(rest):
            rest = caps.group("caps")  # '3. ACTION LOG AND PLAN Action Log updated.': the capitals are the heading (round 25)
    if rest and m.re is _NUM and (colon := _HEADING_COLON.match(rest)) is not None \
            and _minute_after_colon(rest[colon.end():]):
        rest = colon.group("head")  # '3. Matters arising: MKG have still not paid ...': the heading ends at the colon (round 37)
    if rest and m.re is _NUM and _CELL.match(rest):
        heading = _first_cell(line, stripped.start + m.start("rest"), rest)
        if heading is None or len(heading.text) > _MAX_HEADING or _prose(heading.text):
            return None
        return int(m.group("num")), _less_link(heading)
    if rest and (len(rest) > _MAX_HEADING or re.match(r"^(?i:am|pm)\b|^[a-z]", rest) or _prose(rest)):
        return None
    heading = None
    if m.re is _PAPER:
        heading = stripped
    elif rest:
        start = stripped.start + m.start("rest")
        heading = _less_link(Line(line.index, start, start + len(rest), rest, line.indented))
    return int(m.group("num")), heading


# 'Matters arising: MKG have still not paid ...': a short heading, a colon, then the minute (round 37)
_HEADING_COLON = re.compile(r"^(?P<head>[A-Z][\w’'&(),/-]*(?:\s+[\w’'&(),/-]+){0,7})\s*:\s+(?=\S)")


def _minute_after_colon(tail: str) -> bool:
    """Is the text after an item heading's colon its minute, not the heading's second part ('AGM: Election of
    Chair and Vice-Chair', 'Domestic abuse: review of referrals')? Six or more words holding a comma, semicolon or
    full stop: a sentence or a list of names."""
    return len(tail.split()) >= 6 and re.search(r"[.,;]", tail) is not None


_BAR_NUMBER = re.compile(r"^(?P<num>\d{1,3})[.)]$")


def _bar_row(lines: list[Line], i: int) -> tuple[int, Line] | None:
    """'|2. |Minute from Last Meeting for|2.1 Notes ... |' over '| |Approval |...': a '|'-bordered table row whose
    first cell is the item's dotted number alone ('2.', '2)'; an action log's bare '1' is not read, nor any row
    under an action heading) and whose second is its heading, wrapped into the same cell of the next
    rows while their first cell stays empty (round 23)."""
    row = bar_cells(lines[i])
    if len(row) < 3 or (m := _BAR_NUMBER.match(row[0].text)) is None or not row[1].text[:1].isupper():
        return None
    heading, parts = row[1], [row[1].text]
    for line in lines[i + 1:i + 6]:
        if line.blank:
            continue
        below = bar_cells(line)
        if len(below) != len(row) or below[0].text or not below[1].text or parts[-1].endswith((".", ":")):
            break
        parts.append(below[1].text)
        heading = Line(heading.index, heading.start, below[1].end, " ".join(parts), heading.indented)
    if len(heading.text) > _MAX_HEADING or _prose(heading.text):
        return None
    return int(m.group("num")), heading


def _less_link(heading: Line) -> Line:
    """A heading less the link text a council web page puts after it ('Minutes  pdf icon PDF 73 KB')."""
    m = _LINK_TEXT.search(heading.text)
    if m is None or m.start() == 0:
        return heading
    text = heading.text[:m.start()].rstrip()
    return Line(heading.index, heading.start, heading.start + len(text), text, heading.indented)


@dataclass(frozen=True)
class _Candidate:
    """A line that may open an item: its number, where the item starts, its heading."""

    num: int
    line: Line
    heading: Line
    bare: bool = False  # '5 Heading': no dot or bracket, so only the sequence vouches for it
    linked: bool = False  # a council web page's link text after the heading ('pdf icon PDF 460 KB')


_BARE = re.compile(r"^(?:Min(?:ute)?\.?\s+)?(?P<num>\d{1,3})(?:/\d{2,4})?\s+(?P<cell>[/|]\s+)?(?P<rest>[A-Z(].*)$")
_CELL_SPLIT = re.compile(r"\s[/|](?:\s|$)")
_FOOTER = re.compile(r"^Page\s+\d{1,3}\s+(?=\d{1,3}\s+[A-Z])")  # 'Page 1 8 Heading': a page footer run on
_PAGES = re.compile(r"\s+\d{1,3}\s*[-–]\s*\d{1,3}$")  # '2 Minute of Meeting dated 30 October 2018 5 - 8'
_BARE_WORDS = 15
_LINKED_WORDS = 30
_SECTION_LEAD = re.compile(r"^([A-Z][A-Z ]{3,40}?)\s+(?=\d{1,2}\s+[A-Z])")


def _bare(line: Line, vocab: Vocabulary | None = None) -> list[tuple[int, Line]]:
    """(number, heading) for each undotted item on the line: '4 Heading 5 Heading' holds two."""
    footer = _FOOTER.match(line.text)
    if footer:
        line = sub(line, footer.end())
    section = _SECTION_LEAD.match(line.text)
    if section and vocab is not None and is_section(section.group(1), vocab):
        line = sub(line, section.end())  # 'PRELIMINARY ITEMS 0 WELCOME': an agenda section's label before the item
    m = _BARE.match(line.text)
    if not m or re.match(r"(?i)(?:am|pm|noon)\b", m.group("rest")):
        return []
    if any(d.start == 0 for d in find_dates(line.text)):
        return []  # '18 February 2019'
    num = int(m.group("num"))
    if m.group("cell"):  # '1 / Welcome and Apologies': a two-cell row, number and heading; more cells, no item
        heading = sub(line, m.start("rest"))
        return [] if _CELL_SPLIT.search(heading.text) or heading.text.endswith(".") else [(num, heading)]
    out: list[tuple[int, Line]] = []
    at = m.start("rest")
    while True:
        nxt = re.search(rf"\s{num + 1}\s+(?=[A-Z])", line.text[at:])
        piece = sub(line, at, at + nxt.start() if nxt else None)
        piece = columns(piece)[0]  # '1     Apologies      • Ada Brook     AB': a flattened table row's first cell
        text = _PAGES.sub("", piece.text)
        heading = Line(piece.index, piece.start, piece.start + len(text), text, piece.indented)
        bare_text = _less_link(heading).text  # a web page's link text after the heading is no part of it
        linked = bare_text != text  # the link vouches for a long heading (a decision's full title)
        if len(bare_text.split()) > (_LINKED_WORDS if linked else _BARE_WORDS) or (not linked and (_prose(text) or (
                text.endswith(".") and len(text.split()) >= 6))):
            return out
        out.append((num, heading))
        if not nxt:
            return out
        at, num = at + nxt.end(), num + 1


def _wrapped(lines: list[Line], i: int, heading: Line, text: str) -> Line:
    """A table row's heading cell wrapped onto the lines below it, in the same column ('2     Minutes of the
    meeting held on 10   • ...' / '      March 2031 (9.05 a.m.)   • ...'): one heading, its span over them all."""
    col, parts, end = _column(heading, text), [heading.text], heading.end
    for line in lines[i + 1:i + 4]:
        first = columns(line)[0] if not line.blank else None
        if first is None or _column(first, text) != col or strip_bullet(first).text != first.text:
            break
        parts.append(first.text)
        end = first.end
    return Line(heading.index, heading.start, end, " ".join(parts), heading.indented)


def _candidates(lines: list[Line], start: int, bare: bool, text: str = "",
                vocab: Vocabulary | None = None) -> list[_Candidate]:
    """Every line from `start` on that may open an item, in order; undotted ones only when `bare`."""
    found: list[_Candidate] = []
    in_actions = False  # under 'Action Sheet' / 'Summary of Actions': its numbered rows are actions
    decision = 0  # under 'DECISION' / 'RESOLVED:' alone on a line: the number the next decision would have
    for i, line in enumerate(lines):
        if line.blank or line.start < start:
            continue
        if _ACTION_HEADING.match(strip_bullet(line).text.strip("*_ ")):
            in_actions = True
            continue
        if DECISION_HEADING.match(line.text.strip("*_ ")):
            decision = 1
            continue
        if decision:
            number = _NUM.match(strip_bullet(line).text)
            if number and int(number.group("num")) == decision and _RESOLUTION.match(number.group("rest")):
                decision += 1  # '1. To note the report': a decision, not an item
                continue
            decision = 0
        if in_actions and _row(line):
            continue
        if numbered(line):
            in_actions = False
        cand = _candidate(line, vocab) or (None if in_actions else _bar_row(lines, i))
        if cand is not None:
            num, heading = cand
            if heading is None:
                heading = _next_heading(lines, i)
            if heading is not None:
                found.append(_Candidate(num, line, heading))
            continue
        if not bare or in_actions:
            continue
        for k, (num, heading) in enumerate(_bare(strip_bullet(line), vocab)):
            if vocab is not None and looks_like_person(heading.text, vocab):
                break  # '2 Ada Brook': a numbered list of names, not of items
            linked = _LINK_TEXT.search(heading.text)
            if linked is not None and linked.start() > 0:
                heading = _less_link(heading)
            elif len(columns(line)) > 2:
                heading = _wrapped(lines, i, heading, text)
            opening = line if k == 0 else Line(line.index, heading.start, line.end, heading.text, line.indented)
            found.append(_Candidate(num, opening, heading, bare=True, linked=linked is not None))
    return found


def _under_a_heading(lines: list[Line], line: Line) -> bool:
    """Is the line right under a short unpunctuated heading line ('Minutes and Actions', '11:20 Agree the
    timeline'), so that a '1.' on it opens that heading's own list (its papers, its points)?"""
    at = next((k for k, other in enumerate(lines) if other.start == line.start), 0)
    prev = next((lines[k] for k in range(at - 1, max(at - 4, -1), -1) if not lines[k].blank), None)
    if prev is None or has_bullet(prev):
        return False
    words = prev.text.strip(" *_")
    return bool(words) and len(words.split()) <= 12 and not re.search(r"[.:;,)]$|:\s", words)  # not a label line


def _all_ones(cands: list[_Candidate], text: str, lines: list[Line]) -> list[_Candidate]:
    """'  1. Apologies' ... '  1. Previous Minutes and matters arising': a word processor's numbered list copied
    with every number shown as '1.'. Two or more candidates, every one numbered 1, dotted, at one indent, each a
    short heading (fifteen words at most, no full stop), none right under a short heading line (then the 1s are
    that heading's own lists, as a timed agenda's papers): the items in order, each kept as '1' (round 23); [] else."""
    if len(cands) < 2 or any(c.num != 1 or c.bare or _under_a_heading(lines, c.line) for c in cands):
        return []
    indents = {_column(c.line, text) + len(c.line.text) - len(c.line.text.lstrip()) for c in cands}
    if len(indents) != 1 or any(len(c.heading.text.split()) > _BARE_WORDS or c.heading.text.rstrip().endswith(".")
                                or not re.match(r"^\s*1\.\s", c.line.text) for c in cands):
        return []
    return cands


def _chain(cands: list[_Candidate]) -> list[_Candidate]:
    """The items: numbers that only go up, by at most ten; a first number above ten, or an undotted one,
    only when the next number follows (or, undotted, it continues the last or has a page's link text); a
    jump straight followed by the number the sequence expected is a reference inside an item, not one."""
    found: list[_Candidate] = []
    last = 0
    for k, c in enumerate(cands):
        if c.num == 0 and not found and any(d.num == 1 for d in cands[k + 1:k + 3]):
            found.append(c)  # '0 Welcome and introductions' before item 1: a preliminary item numbered 0
            continue
        if c.num <= last or (last and c.num > last + 10):
            continue
        if last and c.num > last + 1 and k + 1 < len(cands) and cands[k + 1].num == last + 1:
            continue  # 2, '7. Keeping Children Safe ...' (the earlier minutes' item 7), then 3: a reference
        follows = any(d.num == c.num + 1 for d in cands[k + 1:k + 4])
        if not last and c.num > 10 and not (follows or c.linked):
            continue
        if c.bare and not (follows or c.linked or (last and c.num == last + 1)):
            continue
        found.append(c)
        last = c.num
    return found


def find_items(lines: list[Line], text: str, start: int = 0, floor: int | None = None,
               vocab: Vocabulary | None = None) -> list[Item]:
    """Top-level numbered items from offset `start` on, each spanning to the next item.

    `floor` (the header's end, at or before `start`): the items a list of names sat in ('1 Apologies' over
    'Apologies were received from ...') are items too, when the sequence after `start` runs on from them."""
    every = _candidates(lines, start, bare=False, vocab=vocab)
    found = _chain(every)
    papers_lists = False
    if len(found) == 1 and (ones := _all_ones(every, text, lines)):
        found = ones
    elif len(found) == 1 and found[0].num == 1 and len(firsts := [c for c in every if c.num == 1]) >= 2 \
            and all(_under_a_heading(lines, c.line) for c in firsts):
        found, papers_lists = [], True  # '11:20 Agree the timeline' / '  1. Draft timeline', twice or more: each a heading's papers (round 25)
    if len(found) < 2 and not papers_lists:
        loose = _chain(_candidates(lines, start, bare=True, text=text, vocab=vocab))
        if len(loose) > len(found) or loose and found and len(loose) == len(found) and loose[0].linked \
                and loose[0].line.start < found[0].line.start:
            found = loose  # '36 Heading pdf icon PDF 68 KB' over its decision's '2. Policy': the page's linked item
    if not found and floor is not None and floor < start:
        # '1 Declaration of Interests' ... '3 Chief Officer Update': the attendance reading ran on into the items,
        # so none start after it; the run from the header's end is read when it crosses that end, each number the
        # next (round 30)
        across = _chain(_candidates(lines, floor, bare=False, vocab=vocab))
        if len(across) < 2:
            across = _chain(_candidates(lines, floor, bare=True, text=text, vocab=vocab))
        if len(across) >= 2 and across[-1].line.start >= start and across[0].line.start < start \
                and all(b.num == a.num + 1 for a, b in zip(across, across[1:])) \
                and not any(vocab and looks_like_person(c.heading.text, vocab) for c in across):
            found = across
    if found and floor is not None and floor < start:
        earlier = [c for c in _chain(_candidates(lines, floor, bare=found[0].bare, text=text, vocab=vocab))
                   if c.line.start < start and c.num < found[0].num]
        run: list[_Candidate] = []
        for c in reversed(earlier):
            if c.num == (run[0].num if run else found[0].num) - 1 and not (vocab and looks_like_person(c.heading.text, vocab)):
                run.insert(0, c)
        found = run + found
    if len(found) >= 2 and found[0].bare and all(_YEAR_CELL.match(c.line.text.strip()) for c in found) \
            and len(yearly := _year_numbered_items(lines, text, found[0].line.start)) == len(found):
        return yearly  # '18/31 / HEADING' lines (a flattened cell) read bare: the minute's number, year and all (round 25)
    if _inner_list(lines, found, start):
        return []
    # minute references never open an attendance list's line: they are read from the header's end (the list's
    # reading may run on past them)
    from_header = start if floor is None else min(start, floor)
    if found and len(found) >= 2 and not found[0].bare and _SUB_LIST.match(found[0].line.text.strip()) \
            and (len(yearly := _year_numbered_items(lines, text, start)) >= 2
                 or len(yearly := _year_then_number_items(lines, text, from_header)) >= 2) \
            and yearly[0].span[0] < found[0].line.start:
        return yearly  # '20/22 MATTERS ARISING' over '1) Road Matters:': the minutes' own references, '1)' their points (round 32)
    if len(found) < 2 and len(roman := _roman_items(lines, text, start)) >= 2:
        return roman
    if len(found) < 2 and len(whole := _point_zero_items(lines, text, from_header, vocab, start)) >= 2:
        return whole
    if len(found) < 2 and len(marked := _marked_number_items(lines, text, from_header, vocab, start)) >= 2:
        return marked
    if len(found) < 2 and len(coded := _coded_items(lines, text, from_header)) >= 2:
        return coded
    if len(found) < 2 and len(referenced := _reference_items(lines, text, from_header)) >= 2:
        return referenced
    if len(found) < 2 and len(split := _split_code_items(lines, text, from_header)) >= 2:
        return split
    if len(found) < 2 and len(yearly := _year_numbered_items(lines, text, start)) >= 2:
        return yearly
    if len(found) < 2 and len(dated := _year_first_items(lines, text, start)) >= 2:
        return dated
    if len(found) < 2 and len(yearly := _year_then_number_items(lines, text, from_header)) >= 2:
        return yearly
    if len(found) < 2 and len(monthly := _number_year_month_items(lines, text, from_header)) >= 2:
        return monthly
    found = [c for c in found if not _own_header(c.heading.text)]
    items: list[Item] = []
    for k, c in enumerate(found):
        end = found[k + 1].line.start if k + 1 < len(found) else len(text)
        while end > c.line.start and text[end - 1].isspace():
            end -= 1
        items.append(Item(str(c.num), c.heading.text, (c.line.start, end), (c.heading.start, c.heading.end)))
    return items


# 'CONFIRM MINUTES OF THE MEETING HELD ON 7th JANUARY 2019': an item approving earlier minutes, no header (round 32)
_APPROVES = re.compile(r"^(?:TO\s+)?(?:CONFIRM|APPROVE|AGREE|ACCEPT|ADOPT|RATIFY|SIGN|RECEIVE|NOTE)\b")
_OWN_HEADER = re.compile(r"(?i)^(?-i:[A-Z][^a-z]{3,80}?)\s+minutes\s+of\s+(?:a|an|the)\b.{0,120}?\bmeeting\b.{0,120}?\bheld\b")


def _own_header(heading: str) -> bool:
    """'1. ELMLEY TRUST Minutes of a Public meeting of the Elmley Trust Board held on Wednesday 4 May 2031 at the
    Hall': the paper's own header (a body's name in capitals, then its minutes line with a date) numbered as page 1
    of a flattened page, no item; '1. Minutes of the meeting held on 4 May' approves earlier minutes (round 25)."""
    return _OWN_HEADER.search(heading) is not None and bool(find_dates(heading)) and not _APPROVES.match(heading)


# 'I DECLARATION OF INTEREST', 'II. RETAINING PLACES 2018/2019': Scottish council minutes number their articles in
# capital roman numerals, each over a heading in capitals (lower-case 'i', 'ii' mark paragraphs, never items)
_ROMAN_ITEM = re.compile(r"^(?P<num>[IVX]{1,5})\.?\s+(?P<rest>[A-Z][A-Z0-9 ,&/'’()\-–]{3,}[A-Z0-9)])$")
_ROMAN = {numeral: k for k, numeral in enumerate(
    ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
     "XVIII", "XIX", "XX"), start=1)}


def _roman_items(lines: list[Line], text: str, start: int) -> list[Item]:
    """Items numbered I, II, III ... at line starts over capitals headings, from offset `start` on: read only
    as a sequence from I (each the next numeral), the numeral kept as printed; [] otherwise."""
    found: list[tuple[str, Line, Line]] = []
    for line in lines:
        if line.blank or line.start < start:
            continue
        m = _ROMAN_ITEM.match(line.text.strip())
        if m is None or _ROMAN.get(m.group("num")) != len(found) + 1:
            continue
        at = line.text.find(m.group("rest"))
        found.append((m.group("num"), line, sub(line, at, at + len(m.group("rest")))))
    return _printed_items(found, text)


def _printed_items(found: list[tuple[str, Line, Line]], text: str) -> list[Item]:
    """(number as printed, opening line, heading) as items, each spanning to the next one's line."""
    items: list[Item] = []
    for k, (num, line, heading) in enumerate(found):
        end = found[k + 1][1].start if k + 1 < len(found) else len(text)
        while end > line.start and text[end - 1].isspace():
            end -= 1
        items.append(Item(num, heading.text, (line.start, end), (heading.start, heading.end)))
    return items


# '1.0     Welcome and Apologies' over '1.1 The Chair welcomed ...', '2.0 / Apologies / ACTIONS' (a table's cells):
# the item's number with its section's '.0', its paragraphs numbered 1.1, 1.2 under it; read only as a run of two
# or more, each number the next, kept as printed (round 34)
_POINT_ZERO = re.compile(r"^(?P<n>\d{1,2})\.0\s+(?:[/|]\s+)?(?P<rest>[A-Z].*)$")


def _point_zero_items(lines: list[Line], text: str, start: int, vocab: Vocabulary | None = None,
                      listed_until: int = 0) -> list[Item]:
    """Items numbered '1.0', '2.0', ... from offset `start` on; [] unless two or more follow each other. Read from
    the header's end: a line before `listed_until` (where the attendance reading ended) that names a person is no
    item."""
    def read(lines: list[Line], i: int) -> tuple[str, int, str, Line] | None:
        line = lines[i]
        m = _POINT_ZERO.match(line.text.strip())
        if m is None:
            return None
        rest = _CELL_SPLIT.split(m.group("rest"), maxsplit=1)[0].rstrip()  # the heading's cell, not the next ones
        rest = _COLUMN_TAIL.sub("", rest)
        at = line.text.find(rest)
        heading = _less_link(sub(line, at, at + len(rest)))
        if not heading.text or len(heading.text) > _MAX_HEADING or _prose(heading.text) \
                or _listed_name(line, heading, vocab, listed_until):
            return None
        return "0", int(m.group("n")), f"{m.group('n')}.0", heading

    return _sequenced_items(lines, text, start, read, _next_number)


def _listed_name(line: Line, heading: Line, vocab: Vocabulary | None, listed_until: int) -> bool:
    """A numbered line inside the attendance reading's span that names a person: a list of names, no item."""
    return vocab is not None and line.start < listed_until and looks_like_person(heading.text, vocab)


# '(1) Welcome', '1: Welcome', '1 - Welcome', and '**1. Welcome**' (a heading set in bold, its asterisks kept in
# the text): an item number marked by brackets, a colon, a dash or bold; read only as a run of two or more, each
# number the next, when no other numbered items are found; a resolution ('(1) That the report be noted') or a
# sentence is no heading (round 34)
_MARKED_NUMBER = re.compile(r"^(?:\((?P<bracket>\d{1,2})\)|(?P<colon>\d{1,2})\s*:|(?P<dash>\d{1,2})\s+[-–—]"
                            r"|(?P<dot>\d{1,2})[.)])\s+(?P<rest>[A-Z].*)$")


def _marked_number_items(lines: list[Line], text: str, start: int, vocab: Vocabulary | None = None,
                         listed_until: int = 0) -> list[Item]:
    """Items numbered '(1)', '1:', '1 -' or in bold '**1.**' from offset `start` on; [] unless two or more follow
    (a line before `listed_until` that names a person is no item, as for '1.0' items)."""
    def read(lines: list[Line], i: int) -> tuple[str, int, str, Line] | None:
        line = lines[i]
        raw = line.text.strip()
        bold = raw.startswith(("**", "__"))
        m = _MARKED_NUMBER.match(raw.strip("*_ "))
        if m is None or m.group("dot") and not bold:
            return None
        rest = m.group("rest").rstrip("*_ ").rstrip()
        at = line.text.find(rest)
        heading = _less_link(sub(line, at, at + len(rest)))
        if len(heading.text) > _MAX_HEADING or _prose(heading.text) or _RESOLUTION.match(heading.text) \
                or heading.text.endswith(".") or _listed_name(line, heading, vocab, listed_until):
            return None
        shape = next(k for k in ("bracket", "colon", "dash", "dot") if m.group(k))
        return shape, int(m.group(shape)), m.group(shape), heading

    return _sequenced_items(lines, text, start, read, _next_number)


# 'ABC/2324/001: Welcome and Apologies': a board's minute code (its prefix, the year, the minute's number) for
# each item; read only as a run of two or more with the same prefix and year whose numbers go up by one
_CODE_ITEM = re.compile(r"^(?P<code>(?P<prefix>[A-Z]{2,6}/\d{2,4}/)(?P<n>\d{1,4}))\s*[:.\-–—]?\s+(?P<rest>[A-Z].*)$")


def _sequenced_items(lines: list[Line], text: str, start: int,
                     read: Callable[[list[Line], int], tuple[str, int, str, Line] | None],
                     follows: Callable[[int, int], bool], unique: bool = False) -> list[Item]:
    """Items numbered in a series (a minute code's prefix, a year) from offset `start` on, each number kept as
    printed; [] unless two or more of one series follow each other. `read(lines, i)` gives a line's (series,
    number, printed number, heading) or None; `follows(last, n)` says whether n may come after last; `unique`:
    any number of the series not yet read may come next (minutes printed out of order, round 32)."""
    found: list[tuple[str, Line, Line]] = []
    series, last = None, 0
    seen: set[int] = set()
    for i, line in enumerate(lines):
        if line.blank or line.start < start:
            continue
        got = read(lines, i)
        if got is None:
            continue
        key, n, printed, heading = got
        if series is not None and (key != series or not (n not in seen if unique else follows(last, n))):
            continue
        series, last = key, n
        seen.add(n)
        found.append((printed, line, heading))
    return _printed_items(found, text) if len(found) >= 2 else []


def _next_number(last: int, n: int) -> bool:
    return n == last + 1


def _coded_items(lines: list[Line], text: str, start: int) -> list[Item]:
    """Items numbered with a minute code from offset `start` on, the code kept as printed; [] unless at least
    two codes of one prefix follow each other (001, 002, ...)."""
    def read(lines: list[Line], i: int) -> tuple[str, int, str, Line] | None:
        line = lines[i]
        m = _CODE_ITEM.match(line.text.strip())
        if m is None or len(m.group("rest")) > _MAX_HEADING or _prose(m.group("rest")):
            return None
        at = line.text.find(m.group("rest"))
        return (m.group("prefix"), int(m.group("n")), m.group("code"),
                _less_link(sub(line, at, at + len(m.group("rest").rstrip()))))

    return _sequenced_items(lines, text, start, read, _next_number)


# 'AB/92/13 Declarations of Interest: There were none.' (a code, the minute's number, the year) and '01/25/01 –
# Welcome' / '01/25/02' over 'Patient Story' (the meeting's month and year, then the minute's number): a board's
# minute reference in the other orders; read only as a run of two or more of one series whose numbers go up, the
# heading up to its colon, after a dash or on the line below; 'NN/NN/NN' that may be a British date is none (round 30)
_CODE_NUMBER_YEAR = re.compile(r"^(?:(?:st|nd|rd|th)\s+)?(?P<code>(?P<prefix>[A-Z]{2,6})/(?P<n>\d{1,4})/(?P<year>\d{2}))"
                               r"(?:(?:\s*[.\-–—]?\s+|(?=[A-Z][a-z]))(?P<rest>[A-Z][^:]{2,120}?)(?::\s+\S.*|:?\s*$))?$")
_MONTH_YEAR_NUMBER = re.compile(r"^(?P<code>(?P<prefix>\d{2}/\d{2})/(?P<n>\d{2,3}))(?:\s+[-–—]\s+(?P<rest>[A-Z].*\S))?\s*$")


def _reference_items(lines: list[Line], text: str, start: int) -> list[Item]:
    """Items numbered 'AB/92/13' or '01/25/01' from offset `start` on; [] unless two or more of one series."""
    def read(lines: list[Line], i: int) -> tuple[str, int, str, Line] | None:
        line = lines[i]
        lead = len(line.text) - len(line.text.lstrip())
        stripped = line.text.strip()
        m = _CODE_NUMBER_YEAR.match(stripped) or _MONTH_YEAR_NUMBER.match(stripped)
        if m is None or m.re is _MONTH_YEAR_NUMBER and int(m.group("prefix")[3:]) <= 12:
            return None  # '04/05/01' may be a day, month and year; '01/25/01' cannot (month 25)
        if m.group("rest"):
            heading: Line | None = sub(line, lead + m.start("rest"), lead + m.end("rest"))
        else:
            heading = _next_heading(lines, i)
        if heading is None or len(heading.text) > _MAX_HEADING or _prose(heading.text):
            return None
        series = m.group("prefix") + ("/" + m.group("year") if "year" in m.groupdict() and m.group("year") else "")
        return series, int(m.group("n")), m.group("code"), _less_link(heading)

    return _sequenced_items(lines, text, start, read, lambda last, n: n > last, unique=True)


# '19/23' alone on its line (or before its heading), the heading in its own cell below: a council numbering its
# minutes through the year ('minute 19 of 2023'); read only as a run of two or more of one year, each number the
# next, the number kept as printed (round 19)
_YEAR_ITEM = re.compile(r"^(?P<n>\d{1,3})/(?P<year>\d{2})(?:\s+(?:[/|]\s+)?(?P<rest>[A-Z].*))?$")  # '18/31 / HEADING': a cell
_YEAR_CELL = re.compile(r"^\d{1,3}/\d{2}\s+[/|]\s+[A-Z]")  # '18/31 / HEADING' ('12/15 WELCOME' stays '12', as its gold)


def _year_numbered_items(lines: list[Line], text: str, start: int) -> list[Item]:
    """Items numbered 'NN/YY' from offset `start` on; [] unless two or more of one year follow each other."""
    def read(lines: list[Line], i: int) -> tuple[str, int, str, Line] | None:
        line = lines[i]
        m = _YEAR_ITEM.match(line.text.strip())
        if m is None:
            return None
        if m.group("rest"):
            at = line.text.find(m.group("rest"))
            heading: Line | None = _less_link(sub(line, at, at + len(m.group("rest").rstrip())))
        else:
            heading = _next_heading(lines, i)
        if heading is None or len(heading.text) > _MAX_HEADING or _prose(heading.text) or find_dates(heading.text):
            return None
        return m.group("year"), int(m.group("n")), f"{m.group('n')}/{m.group('year')}", heading

    return _sequenced_items(lines, text, start, read, _next_number)


# '20/19 DECLARATIONS OF INTEREST' ... '20/20 MINUTE': the year first, then the minute's number, the heading on the
# same line; read only as a run of two or more of one year, each number the next and above 12 (so never a day and
# month), kept as printed (round 32)
_YEAR_THEN_NUMBER = re.compile(r"^(?P<year>\d{2})/(?P<n>\d{1,3})\s+(?P<rest>[A-Z].*)$")


def _year_then_number_items(lines: list[Line], text: str, start: int) -> list[Item]:
    """Items numbered 'YY/NN' from offset `start` on; [] unless two or more of one year follow each other."""
    def read(lines: list[Line], i: int) -> tuple[str, int, str, Line] | None:
        line = lines[i]
        m = _YEAR_THEN_NUMBER.match(line.text.strip())
        if m is None or int(m.group("n")) <= 12:
            return None
        at = line.text.find(m.group("rest"))
        heading = _less_link(sub(line, at, at + len(m.group("rest").rstrip())))
        if len(heading.text) > _MAX_HEADING or _prose(heading.text) or find_dates(heading.text):
            return None
        return m.group("year"), int(m.group("n")), f"{m.group('year')}/{m.group('n')}", heading

    return _sequenced_items(lines, text, start, read, _next_number)


# '2.21/04 Apologies were received from: ...': the minute's number, a dot, then the meeting's year and month (a
# parish numbering each meeting's minutes afresh); the heading up to its colon, or the one sentence the line holds;
# an 'Action(s)' column header flattened before the first; read only as a run of two or more of one year and month
# whose numbers go up, kept as printed (round 32)
_NUMBER_YEAR_MONTH = re.compile(r"^(?:Actions?\s+)?(?P<code>(?P<n>\d{1,2})\.(?P<series>\d{2}/(?:0[1-9]|1[0-2])))\s+"
                                r"(?P<rest>[A-Z](?:[^:]{1,120}?(?=:)|[^.:]{1,220}\.?(?=\s*$)))")


def _number_year_month_items(lines: list[Line], text: str, start: int) -> list[Item]:
    """Items numbered 'N.YY/MM' from offset `start` on; [] unless two or more of one meeting, numbers going up."""
    def read(lines: list[Line], i: int) -> tuple[str, int, str, Line] | None:
        line = lines[i]
        lead = len(line.text) - len(line.text.lstrip())
        m = _NUMBER_YEAR_MONTH.match(line.text.strip())
        if m is None:
            return None
        heading = sub(line, lead + m.start("rest"), lead + m.end("rest"))
        return m.group("series"), int(m.group("n")), m.group("code"), heading

    return _sequenced_items(lines, text, start, read, lambda last, n: n > last)


# 'ELB' / '144/31' / 'MINUTES OF THE PREVIOUS MEETING': a committee's minute reference split over two cell lines,
# its code alone (two to six capitals) over the number and the year, the heading below; kept whole as 'ELB 144/31'
# (round 23). Read only as a run of two or more of one code and year whose numbers go up by one.
_SPLIT_CODE = re.compile(r"^[A-Z]{2,6}$")
_SPLIT_NUMBER = re.compile(r"^(?P<n>\d{1,4})/(?P<year>\d{2})$")


def _split_code_items(lines: list[Line], text: str, start: int) -> list[Item]:
    """Items numbered by a code line over an 'NN/YY' line from offset `start` on; [] unless two or more of one
    code and year follow each other. A date in the heading is kept: the code and number already mark the item."""
    def read(lines: list[Line], i: int) -> tuple[str, int, str, Line] | None:
        code = lines[i].text.strip()
        if not _SPLIT_CODE.match(code):
            return None
        j = next((k for k in range(i + 1, min(i + 3, len(lines))) if not lines[k].blank), None)
        m = _SPLIT_NUMBER.match(lines[j].text.strip()) if j is not None else None
        if m is None:
            return None
        heading = _next_heading(lines, j)
        if heading is None or len(heading.text) > _MAX_HEADING or _prose(heading.text):
            return None
        return f"{code} {m.group('year')}", int(m.group("n")), f"{code} {m.group('n')}/{m.group('year')}", heading

    return _sequenced_items(lines, text, start, read, _next_number)


# '2031/014D – Matters Arising:-', '2031/021:- Finance:- To be revisited': a minute numbered year first, its
# heading ended by ':-' (or the line); read only as a run of two or more of one year, numbers going up, kept as
# printed (round 20)
_YEAR_FIRST_ITEM = re.compile(r"^(?P<code>(?P<year>(?:19|20)\d{2})/(?P<n>\d{2,4})[A-Z]?)\s*(?::\s*[-–—]|[-–—])\s+"
                              r"(?P<rest>[A-Z][^:]{0,80}?)\s*(?::\s*[-–—]|$)")


def _year_first_items(lines: list[Line], text: str, start: int) -> list[Item]:
    """Items numbered 'YYYY/NNN' from offset `start` on; [] unless two or more of one year, numbers going up."""
    def read(lines: list[Line], i: int) -> tuple[str, int, str, Line] | None:
        line = lines[i]
        lead = len(line.text) - len(line.text.lstrip())
        m = _YEAR_FIRST_ITEM.match(line.text.strip())
        if m is None:
            return None
        heading = sub(line, lead + m.start("rest"), lead + m.start("rest") + len(m.group("rest").rstrip()))
        if _prose(heading.text) or find_dates(heading.text):
            return None
        return m.group("year"), int(m.group("n")), m.group("code"), heading

    return _sequenced_items(lines, text, start, read, lambda last, n: n > last)


_LEAD_IN = re.compile(r"(?i)\bthe\s+following\b|:$")


def _inner_list(lines: list[Line], found: list[_Candidate], start: int) -> bool:
    """A numbered list inside an unnumbered section's prose ('The following updates were noted as
    outstanding.' / '1. Update on X' / '2. Y update'), not the paper's items: it is introduced by a
    sentence, and paragraphs of prose under unnumbered headings come before it."""
    if not found or found[0].num != 1:
        return False
    before = [l for l in lines if start <= l.start < found[0].line.start and not l.blank]
    if not before:
        return False
    lead = before[-1].text
    if not _LEAD_IN.search(lead) or len(lead.split()) < 4:
        return False
    prose, section = 0, False  # a heading after prose heads a section; one above all prose is the paper's
    for line in before[:-1]:
        if len(line.text.split()) >= 12 and line.text.rstrip().endswith("."):
            prose += 1
        elif prose and _unnumbered_heading(line):
            section = True
    return prose >= 2 and (section or _one_liners(lines, found) and lead.rstrip().endswith(":")
                           and len(lead.split()) >= 8)


def _one_liners(lines: list[Line], found: list[_Candidate]) -> bool:
    """'... which set out the proposed strategic priorities:' / '1. Learn from experience' / '2. Improve ...':
    a list of one-line points inside a minute's prose, not items: no numbered line up to the last has any
    other line under it (an item has its minute)."""
    if len(found) < 2:
        return False
    for k in range(len(found) - 1):
        if any(not l.blank and found[k].line.start < l.start < found[k + 1].line.start for l in lines):
            return False
    return True


def _unnumbered_heading(line: Line) -> bool:
    """A short heading with no number ('Declaration of Interests'): the paper's sections are unnumbered."""
    text = line.text.strip("*_ ")
    return (len(text.split()) <= 8 and text[:1].isupper() and not re.search(r"[.:;,]$", text)
            and not _NUM.match(text) and not _BARE.match(text) and ":" not in text)


def _next_heading(lines: list[Line], i: int) -> Line | None:
    """The heading under a number written alone on its line; blank lines between them do not count (a
    council web page puts the number and the heading in cells of their own)."""
    filled = 0
    for j in range(i + 1, min(i + 12, len(lines))):
        line = lines[j]
        if line.blank:
            continue
        filled += 1
        if filled > 3:
            return None
        stripped = strip_bullet(line)
        if _SUB.match(stripped.text) or _NUM.match(stripped.text) or len(stripped.text) > _MAX_HEADING:
            return None
        if _prose(stripped.text):
            return None
        return _less_link(_comma_wrapped(lines, j, stripped))
    return None


def _comma_wrapped(lines: list[Line], j: int, heading: Line) -> Line:
    """'Minutes of the last meeting, matters arising,' / 'amendments and open actions': a heading that ends on a
    comma goes on in the next line when that line opens lower-case and is short, with no full stop (round 21)."""
    nxt = lines[j + 1] if j + 1 < len(lines) else None
    if nxt is None or nxt.blank or not heading.text.endswith(",") or not re.match(r"[a-z]", nxt.text) \
            or len(nxt.text.split()) > 8 or re.search(r"[.;:!?]\s*$", nxt.text) \
            or len(heading.text) + len(nxt.text) >= _MAX_HEADING:
        return heading
    return Line(heading.index, heading.start, nxt.end, f"{heading.text} {nxt.text.strip()}", heading.indented)


def item_at(items: list[Item], offset: int) -> str | None:
    """The number of the item whose span holds `offset`."""
    for item in items:
        if item.span[0] <= offset < max(item.span[1], item.span[0] + 1):
            return item.number
    return None
