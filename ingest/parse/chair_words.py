"""Who chaired, in words no other chair reader knows (round 42): the last resort when nothing else names a chair.

Boards never tuned on write the chair with general words the layout readers do not take: a 'Chairing:' or
'Presiding:' label, 'Ada Brook (presiding)' or 'Ada Brook (Chairing)' in a list, 'Ada Brook in the Chair,' inside a
run of names, 'Ada Brook: Chair', 'Ada Brook presided', 'Meeting chaired by Ada Brook', 'Ada Brook agreed (was
asked, was appointed) to chair the meeting', a role cell '(Chair)' alone on the line under its name's row, and the
one-letter key 'Ada Brook (C)' when no other name carries a bracketed code; round 48 added a 'Chair:' label inside
a run of labels ('Apologies: ... . Chair: Mr A Brook. Clerk: ...'), 'Chair: Councillor Brook presided.' and
'Chairperson of Council: Ada Brook' (a bare body head word).
Round 53 added 'Chaired by Ada Brook' as a whole line, 'Chair: Ada Brook   Clerk: Ben Cole' (the first of a row of
labels), 'Chairman - Ada Brook', 'Acting Chair: Ada Brook', 'Ada Brook (Presiding Member)', 'Ada Brook (Vice Chair, in
the Chair)' and 'The Chair for the meeting was Ada Brook'.
When nothing names a chair and the list marks co-chairs, the first listed is taken (round 48).
Only the paper's opening (header, lists and the first lines of the minutes) is read; the caller keeps a name only
when it is a listed attendee (or nobody is listed), so a name the words do not vouch for stays out.
"""
from __future__ import annotations

import re

from ingest.model import PersonEntry
from ingest.names import person_key
from ingest.parse.chair_text import _CHAIRED, _CHAIRED_BY, _NAME, _TAKES_CHAIR, _WELCOME_ITEM, _named
from ingest.parse.lines import Line
from ingest.parse.vocab import Vocabulary

_OPENING = 120  # lines read: the header, the attendance lists and the first minutes
_MEETING = r"(?:the|this|today['’]s)\s+(?:[\w'’-]+\s+){0,2}?(?i:meeting)\b(?!\s+(?:of|held|on)\b)"
_SHAPES = (
    # 'Chairing: Ada Brook', 'Presiding: Ada Brook', 'Presided by: Ada Brook', 'Meeting chaired by Ada Brook',
    # 'Chairing the meeting: Ada Brook', 'Chair for this meeting: Ada Brook', 'Chaired: Ada Brook'
    re.compile(rf"^\W{{0,3}}(?:(?i:chairing(?:\s+the\s+meeting)?|presiding|presided\s+(?:over\s+)?by)\s*[:–—-]?"
               rf"|(?i:meeting\s+chaired\s+by)\s*:?|(?i:chaired|chair\s+for\s+(?:this|the|today['’]s)\s+meeting)\s*[:–—-])"
               rf"\s*{_NAME}\s*(?:[,;.(]|$)"),
    # 'Ada Brook (presiding)', 'Ada Brook (Clerk, presiding)', 'Ada Brook (Chairing)', 'Ada Brook - presiding' and
    # 'Cllr Ada Brook presiding' inside a list
    re.compile(rf"(?:^|[,;:]\s*|\s{{2,}}){_NAME}\s*(?:\((?:[^()]{{0,40}}?[\s,])?\s*(?i:presiding(?:\s+member)?|chairing)\s*\)"
               rf"|[-–—,]?\s*(?i:presiding)\b)"),
    # 'Present: Ada Brook in the Chair, Ben Cole': the words without brackets inside a run
    re.compile(rf"(?:^|[,;:]\s*){_NAME}\s*[-–—,]?\s+(?i:in\s+the\s+chair)\b(?!\s+(?:of|for)\b)"),
    # 'Ada Brook: Chair', 'Ada Brook: Chairperson' (not 'Chair of the X Panel')
    re.compile(rf"(?:^|[,;]\s*){_NAME}\s*:\s*(?i:chair|chairman|chairperson|chairwoman)\b(?!\s+(?:of|for)\b)"
               rf"(?!['’]s)"),
    # 'Ada Brook presided.', 'Ada Brook agreed to chair the meeting', 'Ben Cole was asked to chair this meeting'
    re.compile(rf"(?:^|[,;.]\s+|(?<=[a-z]\s)){_NAME}\s+(?:presided\b(?!\s+over\s+(?!{_MEETING}))"
               rf"|(?:(?:kindly\s+)?agreed|was\s+(?:asked|appointed|elected|nominated|invited)|volunteered)\s+"
               rf"to\s+(?i:chair)\s+{_MEETING})"),
)
_CHAIR_WORD = r"(?i:chair|chairman|chairperson|chairwoman|convener|convenor)"
_SHAPES += (
    # 'The Chair (Ada Brook) welcomed everyone', 'The Chair Ada Brook opened the meeting', 'Chair Ada Brook welcomed
    # all' (the chair word right before the name; 'The Vice Chair ...' never fits)
    re.compile(rf"(?:^|[.;:]\s+)(?:(?i:the)\s+)?{_CHAIR_WORD}\s*(?:\(\s*)?{_NAME}\s*\)?\s*,?\s+(?:opened|welcomed)\b"),
    # 'AB (Chair) welcomed everyone to the meeting', 'Ada Brook (Chair) opened the meeting'
    re.compile(rf"(?:^|[.;:]\s+){_NAME}\s*\(\s*{_CHAIR_WORD}\s*\)\s*,?\s+(?:opened|welcomed)\b"),
    # 'Meeting opened by the Chair, Ada Brook, at 7pm'
    re.compile(rf"(?:^|[.;:]\s+)(?:(?i:the)\s+)?(?i:meeting)\s+(?i:was\s+)?(?i:opened)\s+(?i:by)\s+(?:(?i:the)\s+)?"
               rf"{_CHAIR_WORD}\s*[,(]?\s*{_NAME}"),
)
# 'Chair: Ada Brook      Clerk: Ben Cole', 'Chair: Ada Brook; Clerk: Ben Cole': the chair's label first of a row of labels
# (a column gap, a tab or ';' before the next 'Label:'); 'Chairman - Ada Brook' alone on its line (round 53)
_SHAPES += (
    re.compile(rf"^\W{{0,3}}{_CHAIR_WORD}\s*:\s*{_NAME}(?=(?:\t\s*|\s{{3,}}|\s*;\s*)[A-Z][\w’' /-]{{0,30}}:)"),
    re.compile(rf"^\W{{0,3}}{_CHAIR_WORD}\s+[-–—]\s*{_NAME}\s*$"),
)
# 'Acting Chair: Ada Brook', 'Interim Chairman: Ada Brook': who stands in the chair for this meeting, as a label;
# 'Ada Brook (Vice Chair, in the Chair)': the standing role, then the words that she chaired this one (round 53)
_SHAPES += (
    re.compile(rf"^\W{{0,3}}(?i:acting|interim|temporary)\s+{_CHAIR_WORD}\s*:\s*{_NAME}\s*(?:[,;.(]|$)"),
    re.compile(rf"(?:^|[,;:]\s*){_NAME}\s*\([^()]{{1,40}}?[,;]\s*(?i:in\s+the\s+chair)\s*\)"),
)
# 'The Chair for the meeting was Ada Brook.', 'The chair of today's meeting was Ada Brook': said outright (round 53)
_CHAIR_WAS = re.compile(rf"^(?:(?i:the)\s+)?{_CHAIR_WORD}\s+(?i:for|of)\s+{_MEETING}\s+(?i:was|is)\s+{_NAME}\s*(?:[,;.(]|$)")
# 'Chaired by Ada Brook', 'Chaired by Cllr Ada Brook (Elmley Council)': the whole line a label with no colon, the
# name and at most a bracket or a comma's org after it (not 'Chaired by Ada Brook, the panel met twice') (round 53)
_CHAIRED_BY_LINE = re.compile(rf"^\W{{0,3}}(?i:chaired\s+by)\s+{_NAME}\s*(?:\([^()]{{0,60}}\)|,\s*[A-Z][\w’' &-]{{0,60}})?"
                              rf"\s*\.?\s*$")
_SHAPES += (_CHAIRED_BY_LINE,)
# 'Chair: Councillor Brook presided.': said outright, read for a name the list lacks too (round 48)
_LABEL_PRESIDED = re.compile(rf"^\W{{0,3}}{_CHAIR_WORD}\s*:\s*{_NAME}\s+(?i:presided|presiding)\b")
_SHAPES += (
    # 'Apologies: Mr C Dunn. Chair: Mr A Brook. Clerk: ...': the chair's label inside a run of labels (round 48)
    re.compile(rf"(?<=[.;]\s){_CHAIR_WORD}\s*:\s*{_NAME}\s*(?:[.;,(]|$)"),
    _LABEL_PRESIDED,
)
# 'Chairperson of Council: Ada Brook', 'Chair of the Board: Ada Brook': this body's chair by its bare head word, as a
# label; the name is cut before the next label's words ('... Ada Brook Clerk to the Council: ...') (round 48)
_CHAIR_OF_BODY = re.compile(rf"{_CHAIR_WORD}\s+of\s+(?:the\s+)?(?P<body>[A-Z][a-z]+)\s*:\s*(?P<words>{_NAME})")


def _chair_of_body(line: Line, vocab: Vocabulary) -> list[PersonEntry]:
    """'Chairperson of Council: Ada Brook' on the line: a standing chair of this body (a bare head word, no other
    body's name), the name cut to its longest run of words that is a person's."""
    found = []
    for m in _CHAIR_OF_BODY.finditer(line.text):
        if m.group("body").lower() not in vocab.body_heads:
            continue
        words = m.group("words").split()
        for n in range(len(words), 1, -1):  # the longest run of words that is a name
            name = " ".join(words[:n])
            if _named(name, vocab):
                at = line.start + m.start("words")
                found.append(PersonEntry(name, None, None, None, (at, at + len(name))))
                break
    return found


# a role cell alone on its line, under the row that holds the name: '(Chair)', '(Cadeirydd/Chair)'
_ROLE_CELL = re.compile(r"^\s*\(\s*(?:[\w’'-]+\s*/\s*)?(?i:chair|chairman|chairperson|chairwoman)\s*\)\s*$")
_ROW_NAME = re.compile(rf"^\s*(?:\w+\s*:\s*)?{_NAME}(?=\s{{2,}}|\s*$)")


# 'Ada Brook (C) - Elmley Council': the register's one-letter key for the chair, read only when it is the one bracketed
# code after a name in the opening (a list whose names carry party or initials codes, '(C)', '(Lab)', '(AB)', is not
# keyed so)
_C_KEY = re.compile(rf"(?:^|[,;:]\s*){_NAME}\s*\(C\)(?=\s*(?:[-–—,;]|$))")
_NAME_CODE = re.compile(r"[A-Za-z’'-]\s*\((?:[A-Z][A-Za-z]{0,3})\)")


def _keyed_chair(opening: list[Line], vocab: Vocabulary) -> list[PersonEntry]:
    text = "\n".join(line.text for line in opening)
    if len(_NAME_CODE.findall(text)) != 1:
        return []
    return [_entry(m, line.start) for line in opening for m in _C_KEY.finditer(line.text) if _named(m, vocab)]


def chairs_in_other_words(lines: list[Line], vocab: Vocabulary) -> list[PersonEntry]:
    """Everyone the opening lines name as the chair in the words above, in the order found."""
    opening = lines[:_OPENING]
    found: list[PersonEntry] = _keyed_chair(opening, vocab)
    for i, line in enumerate(opening):
        if line.blank:
            continue
        for rx in _SHAPES:
            for m in rx.finditer(line.text):
                if _named(m, vocab):
                    found.append(_entry(m, line.start))
        found.extend(_chair_of_body(line, vocab))
        if _ROLE_CELL.match(line.text):
            above = next((x for x in reversed(opening[max(0, i - 2):i]) if not x.blank), None)
            m = _ROW_NAME.match(above.text) if above is not None else None
            if m and _named(m, vocab):
                found.append(_entry(m, above.start))
    return found


def _entry(m: re.Match[str], offset: int) -> PersonEntry:
    return PersonEntry(m.group("name"), None, None, None, (offset + m.start("name"), offset + m.end("name")))


def chairs_said_outright(lines: list[Line], vocab: Vocabulary) -> list[PersonEntry]:
    """Who the minutes say outright chaired this meeting ('It was agreed that Ada Brook will chair this meeting',
    'Ada Brook took the chair', 'The meeting was chaired by Ada Brook', 'Presiding: Ada Brook'), in the order found:
    words this plain name the chair even when the list leaves the name out (a guest or officer in the chair)."""
    found: list[PersonEntry] = []
    for line in lines[:_OPENING]:
        if line.blank:
            continue
        for rx in (_TAKES_CHAIR, _CHAIRED, _CHAIRED_BY, _SHAPES[0], _SHAPES[4], _LABEL_PRESIDED, _CHAIR_WAS,
                   _CHAIRED_BY_LINE):
            m = rx.search(line.text) if rx is not _CHAIRED and rx is not _CHAIRED_BY else rx.match(line.text)
            if m and _named(m, vocab) and len(m.group("name").split()) >= 2:
                found.append(_entry(m, line.start))
                break
    return found


# 'Ada Brook (co-Chair), Ben Cole (co Chair)', '• Ada Brook, Elmley Council, Co-Chair': two co-chairs listed and no
# other chair named; the golds take the first listed (round 48: blind26 2805 and blind28 3001, the only open papers
# whose list marks co-chairs with no chair)
_CO_CHAIR = re.compile(rf"(?:^|[,;:•]\s*|-\s+){_NAME}\s*(?:\(\s*|,\s*(?:[^,()\n]{{1,60}},\s*)?)(?i:co[\s-]?chair)\b")


def first_co_chair(lines: list[Line], vocab: Vocabulary) -> list[PersonEntry]:
    """The first co-chair marked beside a name in the opening lines (the list), or nothing."""
    for line in lines[:_OPENING]:
        for m in _CO_CHAIR.finditer(line.text):
            if _named(m, vocab):
                return [_entry(m, line.start)]
    return []


# '1. Kelly welcomed everyone to the meeting' under the welcome item: informal boards write the chair by forename
# alone; it names the one listed attendee with that forename ('welcomed everyone.' alone is not enough, as for a full
# name: tests/test_parse_attendance_lines3.py) (round 53)
_FORENAME_OPENED = re.compile(r"^\s*(?:\d{1,3}(?:\.\d{1,2})?[.)]?\s+)?(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+"
                              r"(?:welcomed\s+(?:everyone|all|members|attendees|colleagues|those\s+present)"
                              r"(?:\s+(?:and\s+)?\w+){0,3}?\s+to\s+the\s+meeting\b"
                              r"|opened\s+the\s+meeting\b)")


def forename_opener(lines: list[Line], attendees: list, reach: int = 3) -> list[PersonEntry]:
    """The listed attendee whose forename alone opens the welcome item's minute ('Item 1 / Welcome' over '1. Kelly
    welcomed everyone to the meeting'), when exactly one attendee has that forename; else nothing."""
    for i, line in enumerate(lines[:_OPENING]):
        head = line.text.strip()
        if not _WELCOME_ITEM.search(head) or len(head.split()) > 12 or head.endswith((".", ",", ";")):
            continue
        below = [x for x in lines[i + 1:i + 1 + 4 * reach] if not x.blank][:reach]
        for x in below:
            if (m := _FORENAME_OPENED.match(x.text)) is None:
                continue
            forename = m.group("name").lower()
            same = [e.person for e in attendees if len(key := person_key(e.person.name).split()) >= 2
                    and key[0] == forename]
            if len(same) == 1:
                p = same[0]
                return [PersonEntry(p.name, p.org, None, p.initials, p.span)]
            return []
    return []
