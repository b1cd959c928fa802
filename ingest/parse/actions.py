"""ACTION lines, their sub-actions, action logs and action tables.

'ACTION – ...', 'ACTION:', 'Action:', 'ACTIONS:' (whose 'X to:' lead-in is
followed by 'a)' 'b)' sub-actions, each its own action owned by X), action-log
entries ('Action 1.2. X to ... – COMPLETED', status kept), and table rows under
an 'Action | Owner | Due' header. Owners are read by `OwnerReader`.

Real boards' layouts too: trailing '(Action: Name)' markers and owner-only
labels ('Action: All', 'Action by: X', 'ACTION AB') own the sentence before them
(parse/markers.py); 'ACTION :1. X to ...', 'ACTION (AB): ...'; field lines under
an action ('Lead:', 'Timescale:', 'Status:'); 'Agreed: X to ...'; unlabelled
'AB to ...' lines when AB are the paper's people's initials; tasks listed under
an 'Actions:' heading; tables whose cells lost their bars (parse/action_tables.py:
' / ' rows, one cell per line, column by column) and minutes written as a table
('Item | Discussion | Action'). Where the paper's text ends inside an action it is
left out with a warning.

Text wrapped at a fixed width (PDF) breaks lines anywhere: an action and each
sub-action run on over the lines that continue them, and an 'X to:' lead-in
may sit on a line of its own between the ACTIONS sentence and its list.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ingest.model import Action
from ingest.names import person_key
from ingest.parse.dates import find_dates
from ingest.parse.items import DECISION_HEADING, action_column, item_at
from ingest.parse.lines import Line, cells, columns, has_bullet, is_table_row, strip_bullet, sub
from ingest.parse.action_tables import (Row, column_rows, glued_slash_header, header_kind, header_run,
                                        is_summary_heading, last_sentence, minute_columns, numbered_slash_rows,
                                        owner_rows, slash_cells, slash_header, slash_minute_header, spaced_header)
from ingest.parse.markers import (MARKER, explicit_owners, marker_owners, owner_only, paragraph_sentences, runs_on,
                                  sentence_before)
from ingest.parse.owners import OwnerReader, Owners
from ingest.parse.run_on_labels import run_on_labels
from ingest.parse.spaced_log import MONTH as _MONTH, SpacedRow, spaced_log
from ingest.parse.people import PERSONAL_TITLE, looks_like_person


def _initials_run(joiners: str = "/,&", with_and: bool = False, most: str = "*") -> str:
    """Owners' initials joined ('AB', 'TS & MH', 'RC/CJ', 'AB and CD'): the one spelling of an initials run, each
    use choosing only its joiners (characters, and the word 'and' or not) and how many more it allows."""
    joiner = f"(?:[{joiners}]|and)" if with_and else f"[{joiners}]"
    return rf"[A-Z]{{2,4}}(?:\s*{joiner}\s*[A-Z]{{2,4}}){most}"


_OWNER_INITIALS = _initials_run() + r"\s*"  # 'ACTION AB', 'ACTION AB/CD' at a line's end
_ACTION = re.compile(
    # 'AP 01/08: ...', 'AP3 - ...': an action point's abbreviation, read only before its number and separator (r64)
    r"^(?:ACTIONS?|Actions?|AP(?=\s*\d{1,2}(?:[./]\d{1,2}){0,2}\s*[:–—-]))(?:\s+(?:[Pp]oints?|POINTS?|[Aa]greed|AGREED)"
    r"|\s+(?:by|BY|[Oo]wners?|OWNERS?|[Ll]ead|LEAD)(?=\s*[:–—-]|\s+" + _OWNER_INITIALS + r"(?:$|[:–—-])))?"
    # the owner between the label and its colon: 'ACTION (AB): ...', 'Action AB/CD: ...'
    r"(?:\s*\((?P<who>[^()]{1,60})\)(?=\s*[:–—-])|\s+(?P<initials>" + _initials_run() + r")(?=\s*[:–—-]))?"
    # 'ACTION JOHN/DODIE: arrange ...': first names in capitals, read only when they name the paper's people (round 38)
    r"(?:\s+(?P<caps>[A-Z]{3,12}(?:\s*[/&]\s*[A-Z]{3,12}){0,3})(?=\s*:))?"
    # 'Action 4 – IG to arrange ...': a numbered entry's dash after its number (round 38)
    r"(?:\s*(?P<sep>[:;=►→–—-])\s*|(?:\s+|(?<=AP))"
    r"(?P<ref>\d{1,2}(?:\.\d{1,2})*|(?:(?<=AP)|(?<=AP\s))\d{1,2}/\d{1,2})(?:[.:)]|\s:)?(?:\s+[–—-])?\s+"
    r"|\s+(?=" + _OWNER_INITIALS + r"$)"
    # 'ACTION AB to write ...': initials and 'to' a verb straight after the label, no separator (round 43)
    r"|\s+(?=" + _initials_run() + r"\s+to\s+(?!be\b)[a-z]))"
    r"(?P<text>\S.*)$")
# after a closing bracket only when an owner 'to' a verb follows: '... Page 1 (4 June 2015) Action – AB to amend ...'
# (not 'Item Action/ Report', '(see 3.1) Action Sheet – Business Plan')
_AFTER_BRACKET = (r"\)(?=\s+(?:ACTIONS?|Action)\s*[:–—-]\s*(?:" + _initials_run() +
                  r"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+to\s+[a-z])")
_INLINE = re.compile(r"(?:[.!?]|" + _AFTER_BRACKET + r")\s+((?:ACTIONS?|Action)(?:\s+(?:by|BY))?(?:\s*[:–—-]\s*\S|\s+"
                     + _OWNER_INITIALS + r"$))"
                     # '... to the village.Action 2.01: CP': a numbered label closing its sentence, glued or not (round 32)
                     r"|(?<=[a-z]\.)\s*((?:ACTIONS?|Action)\s+\d{1,2}\.\d{1,2}\s*:\s*\S)"
                     # '... earlier action from 15th April meeting. (“Action 2 – IG to meet ...': a numbered entry
                     # quoted after a sentence, its owner's initials and 'to' after the dash (round 38)
                     r"|[.!?]\s+[(\[]?[“\"‘']?((?:ACTION|Action)\s+\d{1,2}\s*[–—-]\s+(?=[A-Z]{2,4}\s+to\s+[a-z]))")
_STATUS_WORDS = r"COMPLETED|COMPLETE|DONE|ONGOING|ON-GOING|OUTSTANDING|CARRIED FORWARD|CLOSED|OPEN|IN PROGRESS|DEFERRED|WITHDRAWN|OVERDUE|DISCHARGED"
_STATUS = re.compile(rf"\s*[-–—:]\s*\(?(?P<status>{_STATUS_WORDS})\)?\b(?P<rest>.*)$", re.I)
_STATUS_ONLY = re.compile(rf"^\(?(?P<status>{_STATUS_WORDS})\)?\b", re.I)
_LEAD_IN = re.compile(r"(?:^|(?<=[.;]\s))(?P<lead>[^.;]*?\bto)\s*:\s*$")
_LEAD_LINE = re.compile(r"^[^.;:]*\bto\s*:$")  # a whole line that is a lead-in: 'Ada Brook to:'
_SUB_MARK = re.compile(r"^(?:\(?[a-z]\)|\(?[ivx]{1,4}\)|[a-z]\.(?=\s)|[\u00b7\u2022\-–*]\s)\s*")
_DUE = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?(?:\w+day\s+)?", re.I)


_WRAP_WIDTH = 70
_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*[.)]\s+(?=\S)")  # 'ACTION :1. Ada Brook to ...'
# an unlabelled action line: initials, then 'to' and a verb ('HE to circulate the paper', 'AB/CD to meet')
_INITIALS_LINE = re.compile(
    rf"^(?P<text>(?P<who>{_initials_run(with_and=True, most='{0,3}')})\s+to\s+(?!be\b)[a-z]{{2,}}.*)$")
# the same with the full names of listed people: 'Ada Brook to circulate the paper', 'Ada Brook and Carl Dunn to meet'
_NAME = r"(?:[A-Z][\w'’\-]+\s+){1,3}[A-Z][\w'’\-]+"
_NAMED_LINE = re.compile(
    rf"^(?P<text>(?P<who>{_NAME}(?:\s*(?:/|,|&|and)\s*{_NAME}){{0,3}})\s+to\s+(?!be\b)[a-z]{{2,}}.*)$")
# 'Agreed: Ada Brook to ...', 'AGREED – the Board to ...': a decision that names who acts
_AGREED = re.compile(r"^(?:AGREED|Agreed)\s*[:–—-]\s*(?P<text>\S.*\sto\s+(?!be\b)[a-z].*)$")
# what an 'Action:' field holds on a report's cover sheet or when nothing was agreed: not an action
_NO_ACTION = re.compile(
    r"^(?:(?:for|to)\s+(?:information|note|noting|decision|discussion|approval|agreement|comment|assurance|"
    r"consideration|endorsement|ratification)\b"
    r"|(?:for|to)\s+(?:approve|agree|endorse|ratify|consider|discuss|receive|decide)(?:\s+\S+){0,2}\W*$"
    r"|(?:see|as)\s+(?:above|below|attached|overleaf|action log|appendix|item|paper)\b"
    r"|(?:none|n/?a|nil|no actions?|noted|tbc)\W*$"
    r"|(?:update|progress)\s*[:–—-]\s)", re.I)  # 'Action 38 Update - ...': news of an earlier action (round 21)
# a field line under an action: 'Lead: Ada Brook', 'Timescale: May 2016', 'Status: Completed'
_FIELD = re.compile(r"^(?P<label>lead|leads|owner|owners|responsible|responsibility|by whom|who|lead officer|"
                    r"responsible officer|action owner|timescale|deadline|due|due date|by when|target date|status)"
                    r"\s*[:–—-]\s*(?P<value>\S.*)$", re.I)
# a table's header cells read as an action after 'Action:' ('Action: To be completed by: 1 4 ...')
_HEADER_TEXT = re.compile(r"^(?:to be completed by|completed by|owner|lead|by whom|responsible|due|deadline|status|"
                          r"timescale)\s*:", re.I)
# a task written under an 'Actions:' heading: 'Ada Brook to ...', 'Minutes to be circulated', 'All will ...'
_TASK_FORM = re.compile(r"^(?P<subject>(?:\S+\s+){0,8}?)(?:to|will)\s+(?:be\s+)?[a-z]{2,}")
_NARRATIVE = re.compile(r"\b(?:was|were|is|are|had|has|have|been|\w+ed)\b")  # a finished verb: a report, not a task
# a task sentence, then a new sentence: an inline marker in a paragraph run together on one line (round 26)
# or the next item's number glued to its full stop: '... as the new Vice-Chair.2.Minutes of ...' (round 47)
_FIRST_TASK = re.compile(r"^(?P<task>(?:\S+\s+){0,4}?(?:to|will)\s+(?!be\b)[a-z]{2,}[^.!?]*[.!?])"
                         r"(?:\s+(?=[A-Z£$\d])|(?=\d{1,2}\.\s*[A-Z][a-z]))")
# a numbered action's status and nothing of the task: 'Action 12 – complete.', 'Action 3 - ongoing'
_PROGRESS_ONLY = re.compile(r"(?i)^(?:[–—-]\s*)?(?:complete|completed|closed|done|ongoing|in\s+progress|on\s+hold|outstanding)\b")
# the minute's record going on after a labelled task on the same line: '... to Monika. If members ... It was noted
# that ...' (round 28)
_RECORD_AFTER = re.compile(r"(?:^|[.!?]\s+)It\s+was\s+(?:noted|agreed|reported|confirmed|explained|highlighted|stated)\b")
# a cross-reference after a labelled task: '... at Lochies Road. See Councillor Brook's report for ...' (round 38)
_SEE_AFTER = re.compile(r"\s+See\s+\S")
_CUT_WORDS = {"to", "the", "of", "and", "in", "a", "an", "for", "with", "on", "at", "by", "or", "that", "from", "be"}


def _continues(prev: Line, nxt: Line) -> bool:
    """Is `nxt` the rest of a wrapped action? It starts in lower case, or the action broke off mid-sentence."""
    if nxt.blank or _ACTION.match(nxt.text) or _SUB_MARK.match(nxt.text) or re.match(r"^\d{1,2}(?:\.\d{1,2})*[.)]?\s", nxt.text):
        return False
    if re.match(r"^\(?[a-z][.)][A-Z]", nxt.text):
        return False  # 'b.WELCOME PACK: ...': the next entry of a lettered list, its mark glued on (round 38)
    if re.match(r"^[a-z0-9£$(\[–—-]", nxt.text):
        return True
    return len(prev.text) >= _WRAP_WIDTH and not re.search(r"[.:;!?]$", prev.text) and bool(
        _STATUS.search(nxt.text) or len(nxt.text) < _WRAP_WIDTH)


def _opens_list(lines: list[Line], i: int) -> bool:
    """Is line i a lead-in of its own ('Ada Brook to:') with sub-actions right after it?

    A wrap (or the writer) can put the lead-in on the line after the ACTIONS
    sentence; it still introduces the 'a)', 'b)' list below it."""
    return (i + 1 < len(lines) and bool(_LEAD_LINE.match(lines[i].text))
            and not _ACTION.match(lines[i].text) and bool(_SUB_MARK.match(lines[i + 1].text)))


def _unwrap(body: Line, end: int, text: str) -> Line:
    """`body` extended to `end`, the line breaks in between read as spaces."""
    return Line(body.index, body.start, end, re.sub(r"[ \t]*(?:\r?\n[ \t]*)+", " ", text[body.start:end]))


def _wrapped(lines: list[Line], i: int, line: Line, body: Line, text: str) -> tuple[Line, int]:
    """`body` (a piece of `line`) with the lines from i on that continue it joined on; and the next index."""
    last = line
    while i < len(lines):
        if lines[i].blank and i + 1 < len(lines) and not re.search(r"[.:;!?)]\s*$", last.text) \
                and re.match(r"[a-z]{2,}\s", lines[i + 1].text) and _continues(last, lines[i + 1]):
            i += 1  # a PDF's text with a blank line after every line: '... to Ada Brook, Ben Cole' / '' / 'and ...'
        elif not _continues(last, lines[i]):
            break
        last = lines[i]
        body = _unwrap(body, last.end, text)
        i += 1
    return body, i


def _due(text: str, reference: date | None) -> str | None:
    m = _DUE.search(text)
    if not m:
        return None
    dates = [d for d in find_dates(text[m.end():]) if d.start < 4]
    if not dates:
        return None
    resolved = dates[0].resolve(reference)
    return resolved.isoformat() if resolved else None


def _split_status(line: Line) -> tuple[Line, str | None]:
    m = _STATUS.search(line.text)
    if m and m.start() > 0:
        if re.match(r"\s*[,;]\s*\w", m.group("rest")):
            # 'X – COMPLETED, and dates had been set for ...': the progress note goes on; the text keeps it
            return line, m.group("status").upper()
        return sub(line, 0, m.start()), m.group("status").upper()
    return line, None


@dataclass
class _Reading:
    """What every reader of an action layout shares: the paper's lines and text, its items, the owner
    reader, the date that resolves yearless dates, the actions and warnings found so far, and where
    the last action or marker ended (a marker's sentence never reaches back past it)."""

    lines: list[Line]
    text: str
    items: list
    reader: OwnerReader
    reference: date | None
    actions: list[Action] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    floor: int = 0
    _labels: bool | None = None

    def labels_actions(self) -> bool:
        """Does the paper mark its actions with an ACTION label anywhere ('ACTION - Ada Brook to ...')? Read once."""
        if self._labels is None:
            self._labels = any((m := _ACTION.match(strip_bullet(line).text)) is not None and m.group("sep")
                               or _INLINE.search(line.text) for line in self.lines if not line.blank)
        return self._labels

    def warn(self, *messages: str) -> None:
        self.warnings.extend(w for w in messages if w not in self.warnings)

    def add(self, body: Line, owners: Owners, status: str | None = None, due: str | None = None,
            span: tuple[int, int] | None = None, item_from: int | None = None) -> Action:
        """Record an action whose text is `body`, owned by `owners` (their warnings kept)."""
        self.warn(*owners.warnings)
        action = Action(item_at(self.items, body.start if item_from is None else item_from), body.text,
                        list(owners.owners), span or (body.start, body.end), status,
                        due or _due(body.text, self.reference), list(owners.unresolved))
        self.actions.append(action)
        return action

    def date_of(self, value: str | None) -> str | None:
        """The first date written in a due-date cell, resolved against the paper's date."""
        dates = find_dates(value) if value else []
        resolved = dates[0].resolve(self.reference) if dates else None
        return resolved.isoformat() if resolved else None


def find_actions(lines: list[Line], text: str, items: list, reader: OwnerReader,
                 reference: date | None) -> tuple[list[Action], list[str]]:
    """Every action in the text, in order, with owners; plus warnings about unresolved owners."""
    r = _Reading(lines, text, items, reader, reference)
    reader.roster.note_written(text, lambda name: looks_like_person(name, reader.vocab))
    table = _Table()
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if line.blank:
            table.columns = None  # a blank line ends a table
            continue
        if _table_line(r, line, table):
            continue
        if r.actions:
            r.floor = max(r.floor, r.actions[-1].span[1])
        if (log := spaced_log(lines, i - 1, lambda who: _glued_owners(who, reader))) is not None:
            i = _spaced_rows(r, *log)  # 'No Action Owner Due' / '1 Write to ... AB 30/06/31' (round 43)
            continue
        block = _block(r, i - 1)
        if block is not None:
            i = block
            continue
        if (end := _action_by_block(r, i - 1)) is not None:
            i = end
            continue
        if r.actions and _field(r, i - 1, r.actions[-1]):
            continue  # 'Lead: Ada Brook', 'Timescale: May 2016' under the action they belong to
        if _owner_field(r, i - 1):
            continue  # 'Write to the council about the parking.' / 'Owner: AB' (round 43)
        if _BARE_MARKER.search(line.text) and not MARKER.search(line.text) and _bare_marked(r, i - 1):
            continue  # '... about the parking. (Action AB)': a marker with no colon or dash (round 47)
        if "[" in line.text and _BRACKETED.search(line.text) and _bracket_marked(r, i - 1):
            continue  # '... for the autumn. [AB to book the hall]', '... to recce. [AB]' (round 47)
        if _REF_MARKER.search(line.text) and _reference_marked(r, i - 1):
            continue  # 'Ada Brook agreed to send the list. (Action 10.1)': the owner is the subject (round 47)
        if MARKER.search(line.text):  # '... to the next meeting. (Action: Ada Brook)'
            _marked(r, i - 1)
            continue
        if _split_marker(r, i - 1):  # '(Action: Ada' / 'Brook)': a marker wrapped onto the next line
            continue
        i = _labelled(r, i - 1)
    _named_in_text(r)
    return r.actions, r.warnings


# a marker that names no owner, only the action's number in the paper's action log: '(Action 10.1)', '[ACTION 3]',
# '(Action)' after the sentence it marks
_REF_MARKER = re.compile(r"(?<=[.!?])\s*[(\[]\s*(?:ACTIONS?|[Aa]ctions?)"
                         r"(?:\s+(?:[Nn]o\.?\s*)?\d{1,3}(?:\.\d{1,3})*)?\s*[)\]]")


def _reference_marked(r: _Reading, i: int) -> bool:
    """Actions of line i's reference markers: each owns the sentence before it when that sentence's subject is a
    person the paper lists ('Ms Brook agreed to ...'); a group, a role or nobody is no owner. Was there one?"""
    line, found = r.lines[i], False
    for m in _REF_MARKER.finditer(line.text):
        body = sentence_before(r.lines, i, line.start + m.start(), r.text, r.floor)
        if body is None:
            continue
        owners = r.reader.read(body.text)
        if not owners.owners or owners.unresolved or owners.everyone \
                or not all(person_key(o) in r.reader.roster.names for o in owners.owners):
            continue
        r.add(body, owners)
        r.floor = line.start + m.end()
        found = True
    return found


# square brackets after a sentence or a lower-case word holding a task its owner's initials open ('[AB to book the
# hall]') or only owners' initials ('[AB]', '[AB/CD]'): an action column's cell run into the minute (round 47)
_BRACKETED = re.compile(r"(?<=[.!?a-z])\s*\[(?:(?P<task>(?P<owner>" + _initials_run("/&,") +
                        r")\s+(?:to|will)\s+(?!be\b)[a-z]{2,}[^\[\]]{0,160})|(?P<who>" + _initials_run("/&,") + r"))\]")


# a marker with no colon or dash after its word, owners only: '(Action AB)', '[ACTION Ada Brook/BC]' (not '(Action
# Plan)': the owners must resolve, `_glued_owners`)
_BARE_MARKER = re.compile(r"(?<=[.!?\w)])\s*[(\[]\s*(?:ACTIONS?|Actions?)\s+"
                          r"(?P<who>[A-Z][\w'’.\-]*(?:[ /&,]+[A-Z][\w'’.\-]*){0,5})"
                          r"\s*[)\]]")


def _bare_marked(r: _Reading, i: int) -> bool:
    """Actions of line i's bare markers (`_BARE_MARKER`) whose owners are the paper's people: each owns the sentence
    before it. Was there one?"""
    line, found = r.lines[i], False
    for m in _BARE_MARKER.finditer(line.text):
        if not _glued_owners(m.group("who"), r.reader):
            continue
        body = sentence_before(r.lines, i, line.start + m.start(), r.text, r.floor)
        if body is None:
            continue
        r.add(body, explicit_owners(m.group("who"), r.reader))
        r.floor = line.start + m.end()
        found = True
    return found


def _bracket_marked(r: _Reading, i: int) -> bool:
    """Actions of line i's square-bracketed owner cells (`_BRACKETED`) whose initials are the paper's people's: a
    task the cell holds, or the sentence before an owners-only cell. Was there one?"""
    line, found = r.lines[i], False
    for m in _BRACKETED.finditer(line.text):
        who = m.group("owner") or m.group("who")
        before = re.search(r"(\S+)\s*$", line.text[:m.start()])
        if before is None or not (before.group(1)[-1] in ".!?" or before.group(1)[0].islower()):
            continue  # 'Ada Brook [AB]': a person's initials after the name, no owner cell
        if not _known_initials(who, r.reader):
            continue
        owners = explicit_owners(who, r.reader)
        if not owners.owners or owners.unresolved:
            continue
        if m.group("task"):
            body: Line | None = sub(line, m.start("task"), m.end("task"))
        else:
            body = sentence_before(r.lines, i, line.start + m.start(), r.text, r.floor)
            if body is not None and body.text.startswith(who + " ") and not re.search(r"\s(?:to|will)\s", body.text):
                # 'Youth groups to be encouraged to visit. AB in discussions. [AB]': the owner's progress note
                # stands between the task and its cell; where the task starts is not read (a dash run in the line)
                continue
        if body is None:
            continue
        r.add(body, owners)
        r.floor = line.start + m.end()
        found = True
    return found


def _spaced_rows(r: _Reading, rows: list[SpacedRow], end: int) -> int:
    """The actions of a spaced action log's rows (`spaced_log`): task, owners, a status or due date from the
    trailing cells. Returns the index after the log."""
    for row in rows:
        status = next((c.upper() for c in row.tail if _STATUS_ONLY.match(c)), None)
        due = next((d for c in row.tail if (d := r.date_of(c))), None)
        r.add(Line(row.index, row.start, row.end, row.text), explicit_owners(row.owner, r.reader), status, due)
    return end


def _named_in_text(r: _Reading) -> None:
    """Initials that fit two of the paper's people ('Action: AB/SM', AB both Alan Briggs and Alex Baldacchino)
    name the one of them the action's own text names by surname ('The Chair and Dr. Baldacchino will meet to:
    ...'); when the text names both or neither they stay unresolved, with their warning (round 35)."""
    for action in r.actions:
        for part in [u for u in action.unresolved if re.fullmatch(r"[A-Z]{2,4}", u)]:
            keys = r.reader.roster.by_initials(part)
            named = [k for k in keys if len(k.split()) > 1 and
                     re.search(rf"\b{re.escape(r.reader.roster.names[k].split()[-1])}\b", action.text)]
            if len(keys) > 1 and len(named) == 1:
                action.unresolved.remove(part)
                if (name := r.reader.roster.names[named[0]]) not in action.owners:
                    action.owners.append(name)
    still = {u for a in r.actions for u in a.unresolved}
    r.warnings = [w for w in r.warnings
                  if not ((m := re.match(r"Initials '([A-Z]{2,4})' match more than one person", w))
                          and m.group(1) not in still)]


_ACTION_BY = re.compile(r"^Actions?\s+by\s*:?$", re.I)
_BRACKETED_OFFICER = re.compile(r"\(((?:[A-Z]\.\s*){1,2}[A-Z][A-Za-z'’-]+)\)")  # '(A. BROOK)', '(A. Brook)'


def _action_by_block(r: _Reading, i: int) -> int | None:
    """A council web page's 'Action by:' alone on line i, then an officer a line, the name in brackets
    ('DIRECTOR, CHILDREN'S SERVICES (A. BROOK)'): they own each numbered decision right above it, under
    'DECISION'. Returns the index after the block, or None when line i opens none."""
    lines = r.lines
    if not _ACTION_BY.match(lines[i].text.strip()):
        return None
    owners: list[str] = []
    j = i + 1
    while j < len(lines) and not lines[j].blank and j - i <= 6:
        found = _BRACKETED_OFFICER.findall(lines[j].text)
        if not found:
            break
        owners.extend(o for o in found if o not in owners)
        j += 1
    decisions = _decisions_above(lines, i)
    if not owners or not decisions:
        return None
    for decision in decisions:
        r.add(decision, Owners(owners=list(owners)))
    return j


def _decisions_above(lines: list[Line], i: int) -> list[Line]:
    """The numbered lines between a 'DECISION' heading and line i, their numbers cut off; none when any
    other line stands between (a decision wrapped over lines is not guessed at)."""
    out: list[Line] = []
    for k in range(i - 1, max(-1, i - 12), -1):
        line = lines[k]
        if line.blank:
            continue
        if DECISION_HEADING.match(line.text.strip("*_ ")):
            return out[::-1]
        number = _NUMBER.match(line.text)
        if number is None:
            return []
        out.append(sub(line, number.end()))
    return []


# a labelled task numbered as a paragraph of its minute: '2.2.2 Action: AB to follow up with CD about ...'
_PARA_LABEL = re.compile(r"^\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+(?=(?:ACTION|Action)\s*:\s*\S)")


# a task, a wide gap, then 'Action' and its owner's name in the page's right-hand column: 'Ada will send the
# copy to Ben          Action Ada' (not 'Action ALL': everyone acts, no owner is named)
_GOING_TO = re.compile(r"\b(?:is|are|am)\s+going\s+to\s+[a-z]")  # 'Ada is going to email ...': still to do
_GAP_OWNER = re.compile(r"^(?P<text>(?:\S+\s){3,}.*?[\w.)])\s{3,}(?:ACTION|Action)\s+(?!(?:By|Lead|Owners?|Required|Points?"
                        r"|Log|Plan|Sheet|Taken|Agreed|Date|Due|Status|Who|Notes?)\b)"
                        r"(?P<who>[A-Z][a-z]+(?:\s+[A-Z][a-z]*)?)\s*$")


# an owner column's cell after a tab or a wide gap at a task's line end, a row of an action table read row by row:
# 'Write to the council about the parking.<tab>AB', '... the hall          Ada Brook' (round 43)
_GAP_CELL = re.compile(r"^(?P<text>(?:\S+\s){3,}.*?[\w.)])(?:\s*\t\s*|\s{4,})(?P<who>[A-Z][\w'’\-]*(?:[ /&,]+[A-Z][\w'’\-]*){0,3})"
                       r"\s*$")


# a due date after an owner label's people: 'AB – 30 June', 'AB by June', 'AB, end of May 2031', 'AB - next meeting'
_DUE_TAIL = re.compile(r"\s*(?:[–—-]|,|\bby\b|\bdue\b|\()\s*(?:by\s+)?(?:(?:the\s+)?(?:end\s+of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
                       rf"{_MONTH}(?:\s+\d{{2,4}})?|\d{{1,2}}[./]\d{{1,2}}(?:[./]\d{{2,4}})?|(?:the\s+)?next\s+meeting|asap|ASAP)"
                       r"\s*\)?\s*\.?$")


# people's names between an action label and its colon: 'Action Ada Brook: write ...', 'Action by Ada/Ben: ...' (round 43)
_NAME_WORDS = r"[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+){0,2}"
_NAMED_LABEL = re.compile(rf"^(?:ACTIONS?|Actions?)\s+(?:by\s+|BY\s+)?(?P<who>{_NAME_WORDS}(?:\s*(?:/|&|,|and)\s*{_NAME_WORDS}){{0,3}})"
                          r"\s*:\s*(?P<text>\S.*)$")


def _labelled(r: _Reading, i: int) -> int:
    """The action an ACTION label (or an unlabelled task line) starts on line i; returns the next index."""
    lines, line = r.lines, r.lines[i]
    i += 1
    stripped = strip_bullet(line)
    if (para := _PARA_LABEL.match(stripped.text)) is not None:
        stripped = sub(stripped, para.end())  # '2.2.2 Action: AB to follow up ...': the paragraph's number (round 30)
    if (dotted := _dotted_labels(r, i - 1, stripped)) is not None:
        return dotted
    if (logged := _log_entry(r, i - 1, stripped)) is not None:
        return logged
    if (named := _NAMED_LABEL.match(stripped.text)) is not None and _glued_owners(named.group("who"), r.reader):
        # 'Action Ada Brook: write to ...', 'Action by Ada/Ben: ...': the owners between the label and its colon
        body, i = _wrapped(lines, i, line, sub(stripped, named.start("text")), r.text)
        body, status = _split_status(body)
        r.add(body, explicit_owners(named.group("who"), r.reader), status, item_from=line.start)
        return i
    m = _ACTION.match(stripped.text)
    if m and m.group("caps") and not _caps_people(m.group("caps"), r.reader):
        m = None  # 'ACTION REQUIRED: ...': a label's words, not the paper's people
    inline_at = False
    if not m and ("ACTION" in stripped.text or "Action" in stripped.text) \
            and (gap := _GAP_OWNER.match(stripped.text)) is not None:  # its label's word first: the pattern is slow
        owners, _ = marker_owners(gap.group("who"), r.reader)
        body = sub(stripped, 0, gap.end("text"))
        if owners.owners and not owners.unresolved and (not _a_record(body.text) or _GOING_TO.search(body.text)):
            r.add(body, owners)  # 'Ada will send the copy to Ben     Action Ada': the owner in a column (round 30)
            return i
    if not m and ("\t" in stripped.text or "    " in stripped.text) \
            and (cell := _GAP_CELL.match(stripped.text)) is not None and _glued_owners(cell.group("who"), r.reader):
        body = sub(stripped, 0, cell.end("text"))
        if not _a_record(body.text) or _task_line(r, body):
            r.add(body, explicit_owners(cell.group("who"), r.reader))  # 'Write to the council.<tab>AB' (round 43)
            return i
    if m and m.group("ref") and action_column(stripped, r.reader.vocab) is not None:
        return i  # 'Action 1. Preliminaries The Chair welcomed ...': a column header before an item, no action
    if not m:
        inline = _INLINE.search(stripped.text)  # '... the audit. ACTION: AB to share the results.'
        dashed = None if inline else _DASH_LABEL.search(stripped.text)
        if dashed is not None and _known_initials(dashed.group("who"), r.reader):
            # '... to the website – Action AB': an owner label after a dash at the line's end (round 47)
            r.floor = max(r.floor, stripped.start)
            _owner_label(r, i - 1, stripped.start + dashed.start(), dashed.group("who"))
            r.floor = line.end
            return i
        if not inline and (run_on := run_on_labels(stripped.text, r.reader)):
            for start, end, owners in run_on:  # '... arising Action: Ada Brook to report back ...' (round 47)
                r.add(sub(stripped, start, end), owners, item_from=line.start)
            return i
        glued = None if inline else _GLUED_LABEL.search(stripped.text)
        if glued is not None and (task := _INITIALS_LINE.match(glued.group("who"))) is not None \
                and _known_initials(task.group("who"), r.reader):
            # '... happy to liaise.Action: PM to speak to a contact': the glued label holds its own task (round 38)
            r.add(sub(stripped, glued.start("who"), glued.end("who")), explicit_owners(task.group("who"), r.reader),
                  item_from=line.start)
            return i
        if glued is not None and _glued_owners(glued.group("who"), r.reader):
            # '... (carry over to next meeting)Action: AS & MT', '... Planning Area Action: Suzanne.' (round 38)
            r.floor = max(r.floor, stripped.start)  # the label's line is its task's row: never reach above it
            _owner_label(r, i - 1, stripped.start + glued.start(), glued.group("who"))
            r.floor = line.end
            return i
        if not inline:
            unlabelled = _unlabelled(r, i - 1, stripped)
            if unlabelled is None:
                if _OWNER_CELL_LINE.match(stripped.text):
                    return _owner_cell_lines(r, i - 1)
                return _in_paragraph(r, i - 1, stripped)
            m, stripped = unlabelled
        else:
            stripped = sub(stripped, next(inline.start(k) for k in (1, 2, 3) if inline.group(k)))
            inline_at = True
            m = _ACTION.match(stripped.text)
            if not m:
                return i
    if not m.groupdict().get("sep") and not m.groupdict().get("ref") and "initials" in m.groupdict() \
            and not _known_initials(m.group("text"), r.reader):
        return i  # 'ACTION LOG', 'ACTION PLAN': a heading, not initials of the paper's people
    # an owner-only marker at the end of a long line ('... from the Group. Action – AB') does not wrap onto the
    # next line for the line's length: only a next line that plainly continues it (lower case) joins (round 26)
    who = m.group("text")
    if (own := re.fullmatch(r"(?P<name>[^()]+?)\s*\((?P<initials>[A-Z]{2,4})\)\s*\.?", who)) is not None \
            and _glued_owners(own.group("name"), r.reader):
        who = own.group("name")  # 'Action: Ada Brook (AB)': the owner with her initials (round 43)
    if (due := _DUE_TAIL.search(who)) is not None and due.start() > 0 and _glued_owners(who[:due.start()], r.reader):
        who = who[:due.start()]  # 'Action: AB – 30 June', 'ACTION: AB by June': the owner and a due date (round 43)
    if owner_only(who) and not (i < len(lines) and _continues(stripped if inline_at else line, lines[i])):
        # 'Action: All', 'Actions: Chair', 'Action by: Ada Brook': the owners of what was written before
        _owner_label(r, i - 1, stripped.start, who)
        r.floor = line.end
        return i
    # a long action wraps onto following lines (PDF text, narrow columns)
    body, i = _wrapped(lines, i, line, sub(stripped, m.start("text")), r.text)
    number = _NUMBER.match(body.text)  # 'ACTION :1. Ada Brook to ...'
    if number:
        body = sub(body, number.end())
    if (first := _FIRST_TASK.match(body.text)) and (inline_at or _RECORD_AFTER.search(body.text, first.end("task"))
                                                    or _SEE_AFTER.match(body.text, first.end("task"))):
        body = sub(body, 0, first.end("task"))  # '... Action: Ada to send the data. The fund was agreed ...' (round 26)
    ref = m.groupdict().get("ref")
    if ref and _PROGRESS_ONLY.match(body.text):
        return i  # 'Action 12 – complete. Action 13 – ongoing ...': an action log's progress, no task (round 28)
    if ref and "." not in ref and m.group(0)[m.end("ref")].isspace() \
            and _a_record(body.text) and not _TASK_FORM.match(body.text):
        # 'Actions Agreed 1 Welcome and Apologies ... were received from ...': a column header, then an item's
        # bare number and heading and a record; not 'Action 3.4. Police involvement – COMPLETED, and ...' (round 26)
        return i
    if _cut_off(body, r.text):
        r.warn(f"The text ends inside an action ('{body.text[:60]}'); it was left out.")
        return i
    if _LEAD_IN.search(body.text) is None and _opens_list(lines, i):
        body = _unwrap(body, lines[i].end, r.text)
        i += 1
    if _NO_ACTION.match(body.text) or _HEADER_TEXT.match(body.text):
        return i  # 'Action: For information', 'Action: None'
    body, status = _split_status(body)
    lead = _LEAD_IN.search(body.text)
    given = m.groupdict().get("who") or m.groupdict().get("initials")
    if lead is None:
        if not given and (cell := _SLASH_OWNER.search(body.text)) is not None and cell.start() > 0 \
                and _known_initials(cell.group("who"), r.reader):
            # 'Action: Follow up with the council's contact. / TS': the owner cell after ' / ' (round 38)
            r.add(sub(body, 0, cell.start()), explicit_owners(cell.group("who"), r.reader), status,
                  item_from=line.start)
            return i
        if not given and (end := _end_owner(body, r.reader)) is not None:
            r.add(end[0], explicit_owners(end[1], r.reader), status, item_from=line.start)
            return i
        if not given and (dashed := _dash_owner(body, r.reader)) is not None:
            body, owners = dashed
            r.add(body, owners, status, item_from=line.start)
            return i
        owners = explicit_owners(given, r.reader) if given else None
        caps = m.groupdict().get("caps") or m.groupdict().get("initials")
        if caps and (m.groupdict().get("caps") or not _known_initials(caps, r.reader) and _caps_people(caps, r.reader)):
            owners = _caps_owners(caps, r.reader)  # 'ACTION CARL/BEN: ...': first names, not initials (round 38)
        if owners is None or not owners.found:
            subject = _INITIALS_LINE.match(body.text) if ref else None
            owners = explicit_owners(subject.group("who"), r.reader) if subject is not None \
                and _known_initials(subject.group("who"), r.reader) else r.reader.read(body.text)
        if ref and m.group(0)[m.end("ref")] == "." and not owners.owners \
                and (status or re.search(rf"(?i)\.\s+(?:{_STATUS_WORDS})\W*$", body.text)) \
                and _LOG_OWNER.search(body.text) and not _person_initials_subject(body.text, r.reader):
            # 'Action 12. PRG to make decision ... Completed', 'Action 2. Advise on ... (JM)– Deferred': an action
            # log's entry, reviewed with its status, whose owner (initials opening it or in brackets) is nobody the
            # paper lists (a group, initials nobody has) is not read as an action; 'Action 10. PK-F to ... –
            # Completed' still is, its initials a person's the lists missed; so are 'Action 3.4. Police involvement
            # in ... – COMPLETED' (no owner written) and 'ACTION 1: SG officials to amend ...' (no status) (round 38)
            r.warn(*owners.warnings)
            return i
        r.add(body, owners, status, item_from=line.start)
        return i
    # 'ACTIONS: X and Y to discuss ... . X to:' then 'a) ...', 'b) ...'
    before = sub(body, 0, lead.start("lead"))
    if before.text:
        r.add(before, r.reader.read(before.text), status, item_from=line.start)
    lead_owners = r.reader.read(lead.group("lead") + " act")
    r.warn(*lead_owners.warnings)
    while i < len(lines):
        nxt = lines[i]
        if nxt.blank:
            i += 1
            continue
        mark = _SUB_MARK.match(nxt.text)
        if not mark:
            break
        # a sub-action wraps too ('a) write to ... Damian Lloyd-Jones;' then 'and')
        piece, i = _wrapped(lines, i + 1, nxt, sub(nxt, mark.end()), r.text)
        piece, sub_status = _split_status(piece)
        r.add(piece, lead_owners, sub_status or status, span=(nxt.start, piece.end), item_from=line.start)
    return i


# an owner label glued to the end of its task's line, no sentence end (or no space) before it: '... (carry over to
# next meeting)Action: AS & MT', '... on Teams.Action: NB', '... a Neighbourhood Planning Area Action: Suzanne.'
_GLUED_LABEL = re.compile(r"(?<=[\w).])\s*(?:ACTIONS?|Actions?)\s*:\s*(?P<who>[A-Z][^:.!?()]{0,60}?)\.?\s*$")


# an owner label after a dash at a line's end, its owners' initials only: '... to the website – Action AB',
# '... – ACTION: AB/CD' (the initials must be the paper's people's: not '– Action: ALL')
_DASH_LABEL = re.compile(r"(?<=\w)\s+[–—-]\s+(?:ACTIONS?|Actions?)\s*:?\s*(?P<who>" + _initials_run()
                         + r")\s*\.?\s*$")


def _glued_owners(who: str, reader: OwnerReader) -> bool:
    """Does a glued label name only people, each resolved (initials or a name one listed person has, a first name one
    person written in full in the paper has)?"""
    if not owner_only(who):
        return False
    owners = explicit_owners(who, reader, strict=True)
    return bool(owners.owners) and not owners.unresolved and not owners.everyone \
        and all(person_key(o) in reader.roster.names or o in reader.roster.by_written_first_name(o.split()[0])
                for o in owners.owners)


# an action's owner cell after ' / ' at its line's end, a two-column row flattened: '... roads dept. / TS & MH'
_SLASH_OWNER = re.compile(rf"\s+/\s+(?P<who>{_initials_run(with_and=True, most='{0,3}')})\s*$")
# an action's owner written after its task, in brackets or as a cell after its last full stop: 'Action: Write to the
# council (AB)', 'Action: Write to the council. Ada Brook' (round 43)
_END_OWNER = re.compile(r"(?:\s*\((?P<bracket>[^()]{2,40})\)|(?<=[a-z0-9)][.!?])\s+)(?P<who>(?(bracket)|[A-Z][^.!?()]{1,40}))"
                        r"\.?\s*$")


def _end_owner(body: Line, reader: OwnerReader) -> tuple[Line, str] | None:
    """The task of a labelled action whose owner stands after it ('... the parking (AB)', '... the parking. AB'), when
    the task names nobody itself and the end names only the paper's people, each resolved (`_glued_owners`)."""
    m = _END_OWNER.search(body.text)
    if m is None or m.start() == 0:
        return None
    who = re.sub(r"(?i)^(?:owners?|lead|by|who|responsible)\s*[:–—-]?\s+", "", m.group("bracket") or m.group("who"))
    task = sub(body, 0, m.start() + (1 if m.group("bracket") is None and body.text[m.start()] in ".!?" else 0))
    if not _glued_owners(who, reader) or reader.read(task.text).found:
        return None
    return task, who


# where an action log's entry writes its owner: initials opening it ('PRG to make ...') or in brackets ('... (JM)')
_LOG_OWNER = re.compile(rf"^[A-Z]{{2,5}}(?:-[A-Z]{{1,2}})?\s+to\s|\({_initials_run()}\)")


def _person_initials_subject(text: str, reader: OwnerReader) -> bool:
    """Does the task open with a double-barrelled name's initials and 'to' ('PK-F to co-ordinate ...'): a person the
    lists missed, never a group ('PRG to make decision ...')?"""
    m = re.match(r"(?P<who>[A-Z]{1,3}-[A-Z]{1,2})\s+to\s+(?!be\b)[a-z]{2,}", text)
    return m is not None and m.group("who").lower() not in reader.known_orgs


def _caps_owners(value: str, reader: OwnerReader) -> Owners:
    """'JOHN/DODIE': each first name the one person written in full with it; one two people have is left
    unresolved, with a warning (never guessed)."""
    owners = Owners()
    for part in (p.capitalize() for p in re.findall(r"[A-Z]+", value)):
        written = reader.roster.by_written_first_name(part)
        if len(written) == 1:
            owners.owners.append(next(iter(written)))
        else:
            owners.unresolved.append(part)
            owners.warnings.append(f"The first name '{part}' fits more than one person "
                                   f"({' and '.join(sorted(written))}); the owner was left unresolved.")
    return owners


def _caps_people(value: str, reader: OwnerReader) -> bool:
    """Do first names written in capitals ('JOHN/DODIE') name the paper's people: each a first name some listed
    person has, one of them at least naming exactly one (never a label's words: 'REQUIRED', 'LOG', 'PLAN')?"""
    parts = [p.capitalize() for p in re.findall(r"[A-Z]+", value)]
    fits = [reader.roster.by_written_first_name(p) for p in parts]
    return all(fits) and any(len(f) == 1 for f in fits)


# 'Action I.R. to provide ... to J.J. Action J.J. to inform ...': a label, then dotted initials and 'to' and a verb;
# two on one line when the writer runs them on (round 38)
_DOTTED = r"(?:[A-Z]\.){2,3}"
_DOTTED_LABEL = re.compile(
    rf"(?:^|(?<=[.!?])\s+)(?:ACTION|Action)\s*[:–—-]?\s+(?P<who>{_DOTTED}(?:\s*(?:/|&|and)\s*{_DOTTED}){{0,3}})"
    r"\s+to\s+(?!be\b)[a-z]{2,}")


def _dotted_labels(r: _Reading, i: int, stripped: Line) -> int | None:
    """The actions of 'Action I.R. to ...' labels on line i (the initials dotted), each running to the next label
    or the line's end (the last may wrap); owned by the initials when they fit exactly one listed person each.
    Returns the next index, or None when the line opens with no such label."""
    found = list(_DOTTED_LABEL.finditer(stripped.text))
    if not found or found[0].start() != 0:
        return None
    nxt = i + 1
    for k, m in enumerate(found):
        end = found[k + 1].start() if k + 1 < len(found) else len(stripped.text)
        body = sub(stripped, m.start("who"), end)
        if k + 1 == len(found):
            body, nxt = _wrapped(r.lines, i + 1, r.lines[i], body, r.text)
        who = m.group("who").replace(".", "")
        if not all(len(r.reader.roster.by_initials(p)) == 1 for p in re.findall(r"[A-Z]{2,4}", who)):
            continue
        body, status = _split_status(body)
        r.add(body, explicit_owners(who, r.reader), status, item_from=r.lines[i].start)
    return nxt


# 'RB-16 - Emma Wilson to provide a paper ... . This action was put on hold ...': an action log's entry under its
# reference code, then a task opened by listed people's names or initials (round 38)
_LOG_REF = re.compile(r"^[A-Z]{1,4}-\d{1,3}\s+[–—-]\s+(?=\S)")


def _log_entry(r: _Reading, i: int, stripped: Line) -> int | None:
    """An action log's entry on line i: 'RB-16 - Emma Wilson to ...'; the task is its first sentence (the entry's
    progress follows). Returns the next index, or None when the line is none."""
    ref = _LOG_REF.match(stripped.text)
    if ref is None:
        return None
    rest = sub(stripped, ref.end())
    unlabelled = _unlabelled(r, i, rest)
    if unlabelled is None:
        return None
    m, body = unlabelled
    body, nxt = _wrapped(r.lines, i + 1, r.lines[i], body, r.text)
    if (end := re.search(r"[.!?](?=\s+[A-Z])", body.text)) is not None:
        body = sub(body, 0, end.end())
    body, status = _split_status(body)
    r.add(body, explicit_owners(m.group("who"), r.reader), status, item_from=r.lines[i].start)
    return nxt


@dataclass
class _Table:
    """The action table being read: its column kinds by cell index, and how its cells are separated."""

    columns: dict[int, str] | None = None
    slashed: bool = False  # 'a / b / c' rather than 'a | b | c'
    spaced: bool = False  # columns apart by tabs or runs of spaces
    minutes: bool = False  # minutes written as a slash table ('No / Note / Action'): open to a blank line


def _table_line(r: _Reading, line: Line, table: _Table) -> bool:
    """Read `line` as a header or row of an action table (` | `, ` / ` or spaced cells). Was it one?"""
    if is_table_row(line):
        row = cells(line)
        header = {k: header_kind(c.text) for k, c in enumerate(row)}
        if _action_header(row, header):
            named = {k: v for k, v in header.items() if v}
            table.columns, table.slashed, table.spaced, table.minutes = named, False, False, False
            return True
        if (minutes := minute_columns(header)) is not None:  # 'Item | Discussion | Action'
            table.columns, table.slashed, table.spaced, table.minutes = minutes, False, False, False
            return True
        if table.columns is None or table.slashed or table.spaced:
            return False
        kinds = set(table.columns.values())
        if "note" not in kinds or {"text", "owner"} <= kinds:
            _table_action(r, row, table.columns)
        else:
            _minute_row(r, row, table.columns)
        return True
    if (slashed := slash_header(line)) is not None:  # 'Action No. / Action: / To be completed by:'
        table.columns, table.slashed, table.spaced, table.minutes = slashed, True, False, False
        return True
    if (glued := glued_slash_header(line)) is not None:  # '... / Current status05/005 / AB / ...' (round 47)
        table.columns, table.slashed, table.spaced, table.minutes = glued[0], True, False, False
        _table_action(r, slash_cells(glued[1]), table.columns)
        return True
    if (minutes := slash_minute_header(line)) is not None:  # 'No / Note / Action'
        table.columns, table.slashed, table.spaced, table.minutes = minutes, True, False, True
        return True
    if table.minutes and table.columns is not None:
        return _slash_minute_row(r, line)  # the notes between the rows are the table's too
    if (spaced := spaced_header(line)) is not None:  # 'Action      Owner      Due' (tabs or runs of spaces)
        table.columns, table.slashed, table.spaced, table.minutes = spaced, False, True, False
        return True
    if table.columns is not None and table.spaced:
        row = columns(line)
        if len(row) == max(table.columns) + 1:  # a row with every cell filled; others cannot be aligned
            _table_action(r, row, table.columns)
            return True
    if table.columns is not None and table.slashed and " / " in f" {line.text} ":
        row = slash_cells(line)
        if len(row) < max(table.columns) + 1 and not r.text[line.end:].strip():
            r.warn(f"The text ends inside an action table row ('{line.text[:60]}'); it was left out.")
        else:
            _table_action(r, row, table.columns)
        return True
    table.columns = None
    return False


def _slash_minute_row(r: _Reading, line: Line) -> bool:
    """A row of minutes written as a slash table whose last cell holds only owners ('... to be amended by
    AB. / AB'): they own the cell before it (its last sentence). Was the line such a row?"""
    row = slash_cells(line) if " / " in line.text else []
    if len(row) < 2 or not row[-1].text or not owner_only(row[-1].text):
        return False
    owners = explicit_owners(row[-1].text, r.reader)
    body = last_sentence(row[-2])
    if body is None or not owners.owners or owners.unresolved:
        return False  # initials nobody on the list has: not an owner cell
    r.add(body, owners, item_from=row[0].start)
    return True


def _action_header(row: list[Line], kinds: dict[int, str | None]) -> bool:
    """Is this the header of an action table: an action column and an owner column ('Action | Owner |
    Due'), or an 'Action' column with a status or due-date column ('No. | Action | Update' in an action
    log, whose owners are read from each action's text)?"""
    found = set(kinds.values())
    if "text" in found and "owner" in found:
        return True
    named = any(kinds[k] == "text" and "action" in c.text.lower() for k, c in enumerate(row))
    return named and bool(found & {"status", "due"}) and "note" not in found


def _block(r: _Reading, i: int) -> int | None:
    """Actions laid out as a block from line i: a table written one cell per line (under 'Summary of
    Actions', or a header run 'Action' / 'Owner'), an 'Actions:' field whose owner is on the next line,
    or a list of tasks under 'Actions:'. Returns the index after the block, or None when line i starts none."""
    lines, line = r.lines, r.lines[i]
    heading = is_summary_heading(line)
    rows, end = column_rows(lines, i, r.reader)
    if not rows and heading:
        rows, end = numbered_slash_rows(lines, i + 1, r.reader, r.text)
    if not rows and (heading or header_run(lines, i)):
        rows, end = owner_rows(lines, i + 1 if heading else i, r.reader, r.text)
    if rows:
        for row in rows:
            _cell_action(r, row)
        return end
    if heading and line.text.endswith(":") and (who := _lone_owner(lines, i + 1, r.reader)) is not None:
        # 'Actions:' then 'Chair' on the next line, alone: a field whose value wrapped below its label
        _owner_label(r, i, line.start, lines[who].text)
        return who + 1
    if heading and (line.text.endswith(":") or header_kind(line.text) is None):
        # 'Actions:' / 'Agreed actions' over a list of 'X to ...' lines, bulleted or not (a bare
        # 'Action' is a table's header cell: its cells were not read above, so they are left alone)
        return _listed_actions(r, i + 1)
    if heading and i + 1 < len(lines) and not lines[i + 1].blank:
        # a bare 'Actions' / 'ACTION POINTS' heading straight over its entries: read like 'Actions:', only entries
        # that name their owner (a one-cell-per-line table's 'Action' header cell is not taken for it) (round 47)
        end = _listed_actions(r, i + 1, owned_only=True)
        return end if end > i + 1 else None
    return None


def _lone_owner(lines: list[Line], j: int, reader: OwnerReader) -> int | None:
    """Index of the line at j (or after one blank line) that names only owners and stands alone."""
    if j < len(lines) and lines[j].blank:
        j += 1
    if j >= len(lines) or lines[j].blank or not owner_only(lines[j].text):
        return None
    if j + 1 < len(lines) and not lines[j + 1].blank and owner_only(lines[j + 1].text):
        return None  # a list of names, not one owner field
    owners = explicit_owners(lines[j].text, reader, strict=True)
    return j if owners.found else None


def _table_action(r: _Reading, row: list[Line], table: dict[int, str]) -> None:
    """A row under an 'Action | Owner | Due | Status' header (the owner read from the text when its cell is empty)."""
    by = {table[k]: c for k, c in enumerate(row) if k in table and c.text}
    body = by.get("text")
    if body is None:
        return
    owners = Owners()
    if "owner" in by:
        owners = explicit_owners(by["owner"].text, r.reader)
        if not owners.found and "due" not in by and find_dates(by["owner"].text):
            by["due"] = by.pop("owner")  # 'To be completed by' holding a date
    if not owners.found:
        owners = r.reader.read(body.text)
    status = None
    if "status" in by:
        sm = _STATUS_ONLY.match(by["status"].text)
        status = sm.group("status").upper() if sm else by["status"].text
    due = r.date_of(by["due"].text) if "due" in by else None
    r.add(body, owners, status, due, span=(row[0].start, row[-1].end), item_from=row[0].start)


def _cut_off(body: Line, text: str) -> bool:
    """Does the text end inside this action ('... discussions with Ada Brook in relation to' / 'th')?

    The paper stops right after it and its last word cannot end a sentence (a preposition, an article),
    or the last line is a word fragment after a line that did not end a sentence."""
    if text[body.end:].strip():
        return False
    last = re.search(r"(\w+)\W*$", body.text)
    return bool(last) and last.group(1).lower() in _CUT_WORDS and not re.search(r"[.!?;]$", body.text)


def _marked(r: _Reading, i: int) -> None:
    """Actions of the markers on line i: each owns the sentence before it, or carries its own task."""
    line = r.lines[i]
    for m in MARKER.finditer(line.text):
        at = line.start + m.start()
        owners, own_task = marker_owners(m.group("who"), r.reader)
        if not own_task and r.actions and r.floor > line.start and not r.text[r.floor:at].strip(" .;,"):
            # '(Action: AB) (Action: CD)': a second marker straight after the first adds its owners
            last = r.actions[-1]
            last.owners += [o for o in owners.owners if o not in last.owners]
            last.unresolved += [u for u in owners.unresolved if u not in last.unresolved]
            r.warn(*owners.warnings)
            r.floor = line.start + m.end()
            continue
        if own_task:
            body: Line | None = sub(line, m.start("who"), m.end("who"))
        else:
            body = sentence_before(r.lines, i, at, r.text, r.floor)
            label = _ACTION.match(body.text) if body is not None else None
            if label:  # 'ACTION: Ada Brook to write (Action: AB)': the label is not part of the task
                body = sub(body, label.start("text"))
        r.floor = line.start + m.end()
        if body is None and not own_task and owners.owners and not owners.unresolved \
                and not line.text[:m.start()].strip(" •·-–*") and (after := _FIRST_SENTENCE.match(line.text, m.end())):
            body = sub(line, after.start("text"), after.end("text"))  # '(Action: AB) Write to ...': before its task
        if body is None:
            r.warn(*owners.warnings)
            continue
        r.add(body, owners)


# the sentence after a marker that opens its line, when nothing stands before it (round 43)
_FIRST_SENTENCE = re.compile(r"\s*(?P<text>[A-Z][a-z]*\s+(?:\S+\s+){2,}?[^.!?]*?[a-z)][.!?]?)(?=\s+[A-Z(]|\s*$)")


_OPEN_MARKER = re.compile(r"[(\[]\s*actions?(?:\s+(?:by|owners?|lead))?\s*[:–—-]?\s*(?P<who>[^()\[\]]{0,80})$", re.I)
_CLOSE_MARKER = re.compile(r"^(?P<who>[^()\[\]]{1,80}?)\s*[)\]]")


def _split_marker(r: _Reading, i: int) -> bool:
    """A marker that a wrap broke over two lines ('... the review (Action:' / 'Ada Brook)'): the owners
    of the sentence before it, like any marker. Was there one?"""
    line = r.lines[i]
    opened = _OPEN_MARKER.search(line.text)
    if opened is None or i + 1 >= len(r.lines) or (closed := _CLOSE_MARKER.match(r.lines[i + 1].text)) is None:
        return False
    owners, own_task = marker_owners(f"{opened.group('who')} {closed.group('who')}", r.reader)
    at = line.start + opened.start()
    body = None if own_task else sentence_before(r.lines, i, at, r.text, r.floor)
    if body is None or not owners.owners or owners.unresolved:
        return False  # initials nobody on the list has: not an owner cell
    r.add(body, owners)
    r.floor = r.lines[i + 1].start + closed.end()
    return True


def _owner_label(r: _Reading, i: int, at: int, who: str) -> None:
    """'Action: All' / 'Action by: Ada Brook' after a paragraph: the owners of the action just above
    when it has none, else of the sentence written before the label."""
    owners, _ = marker_owners(who, r.reader)
    if not owners.found:
        return
    prev = next((k for k in range(i - 1, -1, -1) if not r.lines[k].blank), None)
    last = r.actions[-1] if r.actions else None
    if last is not None and prev is not None and last.span[1] >= r.lines[prev].start \
            and not last.owners and not last.unresolved:
        last.owners, last.unresolved = owners.owners, owners.unresolved
        r.warn(*owners.warnings)
        return
    body = sentence_before(r.lines, i, at, r.text, r.floor)
    # '... welcomed this presentation and AB to send a poster ... Action 2.01: AB': the sentence gives the label's
    # owner a task ('AB to send'), so it is no record whatever else it reports (round 32)
    if body is not None and (not _a_record(body.text)
                             or re.search(rf"\b{re.escape(who.strip())}\s+to\s+[a-z]{{2,}}", body.text)
                             or _task_line(r, body)):
        r.add(body, owners)


# an owner field on a line of its own under a task no label marks: 'Owner: AB', 'Responsible: Ada Brook', 'Who: Ada'
_OWNER_FIELD = re.compile(r"(?:^|(?<=[a-z0-9)][.!?])\s+)(?:lead|owners?|responsible|responsibility|by\s+whom|who|lead\s+officer|"
                          r"responsible\s+officer|action\s+owners?|action\s+lead|actions?\s+required|actions?\s+needed|"
                          r"actions?\s+(?:to\s+be\s+)?taken\s+by|actioned\s+by)\s*[:–—-]\s*(?P<who>\S.*)$", re.I)


def _owner_field(r: _Reading, i: int) -> bool:
    """Line i is an owner field ('Owner: AB', 'Action required: AB'; or ends with one) under a sentence still to do or a task line in the imperative, with
    no action above it to belong to: the sentence is an action, the field's people (each resolved to one of the
    paper's people, `_glued_owners`) its owners. A heading or a record above ('Lead: Ada Brook' under '3. Finance',
    a presenter) is none. Was it read?"""
    line = strip_bullet(r.lines[i])
    m = _OWNER_FIELD.search(line.text)
    if m is None or not _glued_owners(m.group("who"), r.reader):
        return False
    body = sentence_before(r.lines, i, line.start + m.start(), r.text, r.floor)
    if body is None or not (_task_line(r, body) or (_STILL_TO_DO.search(body.text) or _TASK_FORM.match(body.text))
                            and not _a_record(body.text)):
        return False
    r.add(body, explicit_owners(m.group("who"), r.reader))
    r.floor = r.lines[i].end
    return True


def _task_line(r: _Reading, body: Line) -> bool:
    """Is the sentence before an owner label a line of its own with no full stop, opened by a verb in the imperative
    ('Circulate the response received from the council to members' / 'Action KH'): an action column's task cell,
    not the minute's record, whatever participle it holds (round 38)?"""
    return not re.search(r"[.!?:;]$", body.text) and len(body.text.split()) >= 3 \
        and bool(re.match(r"[A-Z][a-z]+\s+(?:the|a|an|all|this|these|that|to|up|out|with|on)\b", body.text)) \
        and not re.match(r"\w+(?:ed|ing|s)\s", body.text) \
        and any(line.start == body.start and line.end == body.end for line in r.lines)


_STILL_TO_DO = re.compile(r"\b(?:would|will|should|shall|must|needs?\s+to|is\s+to|are\s+to|was\s+to|were\s+to|"
                          r"to\s+be|agreed\s+to|"
                          r"asked\s+to|requested)\b", re.I)


def _a_record(sentence: str) -> bool:
    """'The Chair welcomed everyone to the meeting.' / 'That there were no matters arising.': a sentence
    that records what happened, with nothing still to do, is no task for the owner of the field after
    it (web minutes print an 'Actions: Chair' field under every item)."""
    # the first word opens the subject, never its verb: 'Disabled access to an allotment plot.' (round 38)
    return bool(_NARRATIVE.search(sentence, len(re.match(r"\W*\w*", sentence).group(0)))) \
        and not _STILL_TO_DO.search(sentence)


def _starts_sentence(lines: list[Line], i: int) -> bool:
    """Does line i start a sentence of its own (after a blank line, a heading, or a finished sentence)?"""
    k = i - 1
    if k < 0 or lines[k].blank:
        return True
    prev = lines[k].text
    return bool(re.search(r"[.!?:;)]$", prev)) or (len(prev) < 60 and not runs_on(prev))


_DASH_OWNER = re.compile(r"^(?P<text>(?:\S+\s+){2,}?\S*[\w)])\s+[–—-]\s+(?P<who>[A-Z][^–—\d]{1,58})$")


def _dash_owner(body: Line, reader: OwnerReader) -> tuple[Line, Owners] | None:
    """'Action: Thank-you letters to the speakers – Ada Brook', '... the finalised programme – Ben': the owner
    after a spaced dash at the action's end, people only, each resolved (a first name to the one person written
    in full with it) or a name as written, no status word; the text is what comes before the dash (round 25)."""
    text = body.text.strip()
    if (due := _DUE_TAIL.search(text)) is not None and due.start() > 0 and text[due.start():].lstrip()[:1] in "–—-":
        text = text[:due.start()]  # '... to members – AB – June 2021': the owner's dash, then a due date (round 55)
    m = _DASH_OWNER.match(text)
    if m is None or not owner_only(m.group("who")) or len(m.group("who").split()) > 4:
        return None
    owners = explicit_owners(m.group("who"), reader, strict=True)
    if not owners.owners or owners.unresolved or owners.everyone \
            or re.search(rf"(?i)\b(?:{_STATUS_WORDS})\b", m.group("who")) \
            or not all(looks_like_person(o, reader.vocab) for o in owners.owners):
        return None  # '– AB COMPLETE': a status; '– Elmley Council': not read here
    return sub(body, 0, body.text.find(m.group("text")) + len(m.group("text"))), owners


def _known_initials(value: str, reader: OwnerReader) -> bool:
    """Is every token of `value` initials the paper defines or that fit a listed person (not 'LOG', 'PLAN')?"""
    parts = re.findall(r"[A-Z]{2,4}", value)
    return bool(parts) and all(p.lower() not in reader.known_orgs and p.lower() not in reader.vocab.generic_acronyms
                               and reader.roster.by_initials(p) for p in parts)


def _unlabelled(r: _Reading, i: int, stripped: Line) -> tuple[re.Match[str], Line] | None:
    """An action line with no ACTION label: 'HE to circulate the paper' or 'Ada Brook to circulate the paper'
    on a line of its own (initials the paper defines or that fit a listed person, never an acronym; full names
    of listed people), or 'Agreed: Ada Brook to ...'."""
    m = _AGREED.match(stripped.text)
    if m:
        owners = r.reader.read(m.group("text"))
        return (m, stripped) if owners.found else None
    if not _starts_sentence(r.lines, i):
        return None
    m = _INITIALS_LINE.match(stripped.text)
    if m:
        return (m, stripped) if _known_initials(m.group("who"), r.reader) else None
    m = _NAMED_LINE.match(stripped.text)
    names = re.split(r"\s*(?:/|,|&|\band\b)\s*", m.group("who")) if m else []
    if m and all(person_key(p) in r.reader.roster.listed for p in names):
        return m, stripped
    return _resolved_entry(r, i, stripped)


# a sentence inside a paragraph that opens with initials, then 'to' and a verb ('... the column. MD to check this.')
# a run-on list's next entry after a task's full stop: '... page 20. ii. JK to find out ...' (round 47)
_NEXT_ENTRY = r"(?:[ivx]{1,4}|[a-h])[.)]\s"
_INITIALS_SENTENCE = re.compile(
    rf"(?<=[a-z0-9)][.!?])\s+(?P<text>(?P<who>{_initials_run('/&', with_and=True, most='{0,3}')})"
    r"\s+to\s+(?!be\b)[a-z]{2,}"
    r"[^.!?]*(?:[.!?](?=\s+[A-Z\d]|\s+" + _NEXT_ENTRY + r"|\s*$)|$))")


# the same with a listed person's title and surname, or listed people's full names (round 35): '... news. Cllr.
# Brook to chase contributors.', '... was discussed. Ada Brook and Ben Cole to meet the printers.'
_TASK_REST = r"\s+to\s+(?!be\b)[a-z]{2,}[^.!?]*(?:[.!?](?=\s+[A-Z\d]|\s+" + _NEXT_ENTRY + r"|\s*$)|$))"
_TITLED_SENTENCE = re.compile(
    rf"(?<=[a-z0-9)][.!?])\s+(?P<text>(?P<who>{PERSONAL_TITLE}\s+[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?){_TASK_REST}")
_NAMED_SENTENCE = re.compile(
    rf"(?<=[a-z0-9)][.!?])\s+(?P<text>(?P<who>{_NAME}(?:\s*(?:/|,|&|and)\s*{_NAME}){{0,3}}){_TASK_REST}")


# '... minutes. They will be posted on the noticeboard. PA': an action column's owner cell flattened onto the end of
# its paragraph, bare initials after a finished sentence (round 32)
_TRAILING_CELL = re.compile(r"(?<=[a-z0-9)][.!?])\s+(?P<who>[A-Z]{2,4})\s*$")
_LAST_SENTENCE = re.compile(r"(?:^|(?<=[a-z0-9)][.!?])\s+)(?P<text>[A-Z][^.!?]*[.!?])\s*$")


def _trailing_cell(r: _Reading, i: int, stripped: Line) -> bool:
    """Line i's paragraph ends with an owner cell: bare initials that fit exactly one listed person, after a sentence
    still to do ('They will be posted ...'), in a paper that marks no action with a label. The sentence is the
    action, the initials its owner; a recorded sentence ('Ada signed the minutes.') is none."""
    m = _TRAILING_CELL.search(stripped.text)
    if m is None or r.labels_actions() or (i + 1 < len(r.lines) and not r.lines[i + 1].blank
                                           and r.lines[i + 1].text[:1].islower()):
        return False
    who = m.group("who")
    if not _known_initials(who, r.reader) or len(r.reader.roster.by_initials(who)) != 1:
        return False
    last = _LAST_SENTENCE.search(stripped.text, 0, m.start())
    if last is None or not _STILL_TO_DO.search(last.group("text")) or len(last.group("text").split()) < 4:
        return False
    owners = explicit_owners(who, r.reader)
    if owners is None or not owners.found or owners.unresolved:
        return False
    r.add(sub(stripped, last.start("text"), last.end("text")), owners, item_from=r.lines[i].start)
    return True


def _in_paragraph(r: _Reading, i: int, stripped: Line) -> int:
    """Sentences inside line i's paragraph that open with initials the paper defines ('(MD)' in its list), a listed
    person's title and surname ('Cllr. Brook') or listed people's full names, then 'to' and a verb: actions, as they are at a line's start, in a paper that marks no action with a label (one
    that does writes its actions so: '... should be repeated. CC to ask ...' there is the discussion, the
    ACTION line below it the action). The last one may wrap onto the next lines. Returns the next index."""
    nxt = i + 1
    if stripped.text[-1:].isupper() and _trailing_cell(r, i, stripped):
        return nxt
    if " to " not in stripped.text:
        return nxt  # the cheap cue first: every line of the minutes comes here
    matches = sorted((m for rx in (_INITIALS_SENTENCE, _TITLED_SENTENCE, _NAMED_SENTENCE)
                      for m in rx.finditer(stripped.text)), key=lambda m: m.start())
    if not matches or r.labels_actions():
        return nxt
    for m in matches:
        if m.re is _TITLED_SENTENCE:
            keys = r.reader.roster.by_surname(m.group("who").split()[-1])
            if len(keys) != 1:
                continue  # 'Cllr. Brook' must be the one listed person with that surname
            owners = Owners([r.reader.roster.names[next(iter(keys))]])
        elif m.re is _NAMED_SENTENCE:
            names = re.split(r"\s*(?:/|,|&|\band\b)\s*", m.group("who"))
            if not all(person_key(p) in r.reader.roster.listed for p in names):
                continue  # only the paper's listed people, written in full
            owners = Owners([r.reader.roster.names[person_key(p)] for p in names])
        elif not all(p in r.reader.roster.defined for p in re.findall(r"[A-Z]{2,4}", m.group("who"))) \
                or not _known_initials(m.group("who"), r.reader):
            continue  # 'LA to review ...': an acronym, or initials the paper never gives anyone
        else:
            owners = explicit_owners(m.group("who"), r.reader)
        body = sub(stripped, m.start("text"), m.end("text"))
        if m.end("text") == len(stripped.text):
            body, nxt = _wrapped(r.lines, i + 1, r.lines[i], body, r.text)
        r.add(body, owners, item_from=r.lines[i].start)
    return nxt


# an action column's owner cell on a line of its own under its paragraph: 'PS', 'RC/CJ/' (the cell wraps after '/')
_OWNER_CELL_LINE = re.compile(rf"^{_initials_run()}(?:\s*/)?$")


def _owner_cell_lines(r: _Reading, i: int) -> int:
    """Owner cells of a right-hand action column, each on a line of its own under the paragraph they belong to
    ('... be added to the website as soon as possible.' / 'RC/CJ/' / 'TJ' / 'PS'): one cell per action, a cell
    ending in '/' going on over the next line. Read only when the paragraph just above ends a sentence, every
    initials fit exactly one of the paper's people, the paper marks no action with a label, and the paragraph
    holds exactly as many sentences still to do (would, should, to be, requested, ...) as there are cells: they
    are paired in order. Anything else (a heading's acronym, cells that cannot be paired) is left. Returns the
    next index (round 35)."""
    lines = r.lines
    cells_: list[str] = []
    j = i
    while j < len(lines) and not lines[j].blank and _OWNER_CELL_LINE.match(lines[j].text.strip()):
        value = lines[j].text.strip()
        if cells_ and cells_[-1].endswith("/"):
            cells_[-1] += value
        else:
            cells_.append(value)
        j += 1
    if i == 0 or lines[i - 1].blank or not re.search(r"[.!?][\"'”’)]*$", lines[i - 1].text.rstrip()) \
            or r.labels_actions() or (j < len(lines) and lines[j].text[:1].islower()):
        return i + 1
    groups = [re.findall(r"[A-Z]{2,4}", c) for c in cells_]
    if any(not _known_initials(p, r.reader) or len(r.reader.roster.by_initials(p)) != 1 for g in groups for p in g):
        return i + 1
    todo = [s for s in paragraph_sentences(lines, i - 1, r.text, r.floor)
            if _STILL_TO_DO.search(s.text) and len(s.text.split()) >= 4]
    if len(todo) != len(groups):
        return i + 1
    for sentence, group in zip(todo, groups):
        r.add(sentence, explicit_owners("/".join(group), r.reader), item_from=sentence.start)
    return j


_LIST_NUMBER = re.compile(r"^(?:\d{1,2}|[a-z])[.)]\s+")
_DECISION = re.compile(r"\b(?:resolved|agreed|decided)\b", re.I)


def _resolved_entry(r: _Reading, i: int, stripped: Line) -> tuple[re.Match[str], Line] | None:
    """'It was resolved that ...' then '1. Ada Brook to contact ...': a numbered entry of a decision that
    names people who act is an action even when the paper lists nobody (web minutes often do not)."""
    number = _LIST_NUMBER.match(stripped.text)
    if number is None:
        return None
    k = i - 1  # back over blank lines and the list's earlier entries to the sentence that opens it
    while k >= 0 and (r.lines[k].blank or _LIST_NUMBER.match(strip_bullet(r.lines[k]).text)):
        k -= 1
    if k < 0 or not _DECISION.search(r.lines[k].text):
        return None
    entry = sub(stripped, number.end())
    m = _NAMED_LINE.match(entry.text)
    names = re.split(r"\s*(?:/|,|&|\band\b)\s*", m.group("who")) if m else []
    if m and all(looks_like_person(p, r.reader.vocab) for p in names):
        return m, entry
    return None


def _minute_row(r: _Reading, row: list[Line], table: dict[int, str]) -> None:
    """A row of minutes written as a table: its action cell holds a task ('AB to circulate the paper')
    or only owners ('AB'), who then own the discussion's last sentence (or its ACTION line)."""
    by = {table[k]: c for k, c in enumerate(row) if k in table and c.text}
    cell = by.get("text") or by.get("owner")
    if cell is None:
        return
    label = _ACTION.match(cell.text)
    if label:
        cell = sub(cell, label.start("text"))
    if not owner_only(cell.text):
        if len(cell.text.split()) < 3:
            return
        r.add(cell, r.reader.read(cell.text), item_from=row[0].start)
        return
    owners = explicit_owners(cell.text, r.reader)
    note = by.get("note")
    body = last_sentence(note) if note is not None else None
    if body is not None and owners.found:
        r.add(body, owners, item_from=row[0].start)


def _cell_action(r: _Reading, row: Row) -> None:
    """An action of a table written one cell per line, owned by the line that names only its owners."""
    if row.cut:
        r.warn(f"The text ends inside an action table row ('{row.body.text[:60]}'); it was left out.")
        return
    r.add(row.body, explicit_owners(row.owner.text, r.reader), row.status, r.date_of(row.due),
          span=(row.body.start, row.owner.end))


# an entry of a list under an 'Actions' heading opened by its owners and a colon: 'AB: Book the hall', 'Ada
# Brook/BC: ...', or a spaced dash: 'AB – book the hall' (round 55)
_OWNER_LEAD = re.compile(r"^(?P<who>[A-Z][\w'’.\-]*(?:[ /&,]+[A-Z][\w'’.\-]*){0,5})(?:\s*:\s*|\s+[–—-]\s+)"
                         r"(?P<text>[A-Za-z]\S*\s+\S.*)$")


def _listed_actions(r: _Reading, i: int, owned_only: bool = False) -> int:
    """Under an 'Actions:' / 'Agreed actions' heading, the lines that follow, each a task
    ('Ada Brook to write ...', '• Minutes to be circulated'), bulleted or not; the list ends at the
    first line that is not a task (a blank line between bullets does not end it). Returns the next index."""
    lines = r.lines
    j = i
    while j < len(lines):
        k = j
        while k < len(lines) and lines[k].blank and k - j < 2:
            k += 1
        if k >= len(lines) or lines[k].blank:
            return k
        line = lines[k]
        body = strip_bullet(line)
        mark = _SUB_MARK.match(body.text) or _NUMBER.match(body.text)
        if mark:
            body = sub(body, mark.end())
        label = _ACTION.match(body.text)
        if label:
            body = sub(body, label.start("text"))
        lead = None if label else _OWNER_LEAD.match(body.text)
        if lead is not None and _glued_owners(lead.group("who"), r.reader):
            # 'AB: Book the hall for June', 'Ada Brook: ...': the entry's owner before a colon (round 47)
            r.add(sub(body, lead.start("text")), explicit_owners(lead.group("who"), r.reader), item_from=line.start)
            j = k + 1
            continue
        # '1. Book the hall for June (BC)', '- Book the hall – Ben': an entry whose owner stands after it (round 43)
        owned = None if label else (_end_owner(body, r.reader) or _dash_owner(body, r.reader))
        task = _TASK_FORM.match(body.text)
        if owned is not None and not _NO_ACTION.match(body.text) and not MARKER.search(line.text):
            entry, nxt = (owned[0], k + 1)
            who = owned[1] if isinstance(owned[1], str) else None
            r.add(entry, explicit_owners(who, r.reader) if who else owned[1], item_from=line.start)
            j = nxt
            continue
        if not task or _NARRATIVE.search(task.group("subject")) or _NO_ACTION.match(body.text) or \
                MARKER.search(line.text) or (label and owner_only(body.text)) or \
                (k > j and not has_bullet(line) and not mark and not _starts_sentence(lines, k)):
            return j
        body, nxt = _wrapped(lines, k + 1, line, body, r.text)
        if _cut_off(body, r.text):
            r.warn(f"The text ends inside an action ('{body.text[:60]}'); it was left out.")
            return nxt
        body, status = _split_status(body)
        owners = r.reader.read(body.text)
        if owned_only and (not owners.owners or owners.unresolved):
            return j  # under a bare heading only an entry whose owner resolves is read
        r.add(body, owners, status, item_from=line.start)
        j = nxt
    return j


def _field(r: _Reading, i: int, last: Action) -> bool:
    """Line i is a field of the action just above it ('Lead: Ada Brook', 'Timescale: May 2016',
    'Status: Completed'): fill the action's owners, due date or status (never overwritten). Did it?"""
    lines = r.lines
    m = _FIELD.match(strip_bullet(lines[i]).text)
    prev = i - 1  # the line above the field lines
    while prev >= 0 and not lines[prev].blank and _FIELD.match(strip_bullet(lines[prev]).text) and i - prev <= 6:
        prev -= 1
    if not m or prev < 0 or lines[prev].blank or last.span[1] < lines[prev].start or last.span[0] > lines[prev].end:
        return False
    label, value = m.group("label").lower(), m.group("value")
    if label == "status":
        sm = _STATUS_ONLY.match(value)
        last.status = last.status or (sm.group("status").upper() if sm else value)
        return True
    if label in ("timescale", "deadline", "due", "due date", "by when", "target date"):
        last.due = last.due or r.date_of(value)
        return True
    if last.owners or last.unresolved or not owner_only(value):
        return False
    owners = explicit_owners(value, r.reader)
    r.warn(*owners.warnings)
    last.owners, last.unresolved = owners.owners, owners.unresolved
    return True
