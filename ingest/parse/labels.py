"""Labelled header lines: 'Date:', 'Chaired by:', 'Attendees (* = ...):', 'Apologies', 'Points of discussion'.

A label is written at the start of a line, followed by a colon, a table cell bar,
or nothing (then its value is on the next non-blank line). Which labels need a
separator is part of the table below: "Present" alone on a line is a label,
"Time" inside a sentence is not.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.parse.lines import Line, strip_bullet, sub
from ingest.parse.people import PERSONAL_TITLE

# 'Members:', 'Members of the Board:', 'Board members:', 'Members of the Committee present:': the body's
# members as an attendance label; read only with a colon ('Members of the Board are asked to ...' is prose)
_MEMBERS = (r"(?:(?:board|committee|panel|group|partnership|forum|trust|council)\s+)?members"
            r"(?:\s+of\s+(?:the\s+)?(?:board|committee|sub[\s-]?committee|panel|group|sub[\s-]?group|partnership"
            r"|forum|trust|executive))?(?:\s+present)?")
# 'Officers:' / 'Council officers:' as an attendance label likewise needs its colon ('Officers will report ...')
_OFFICERS = r"(?:(?:council|local\s+authority|partner|other|supporting)\s+)?officers"
_MEMBERS_ONLY = re.compile(rf"(?i)(?:{_MEMBERS}|{_OFFICERS})$")  # a label written in one of these forms only

# name -> (pattern, may stand alone without a separator)
LABELS: dict[str, tuple[str, bool]] = {
    "title": (r"(?:meeting\s+title|meeting\s+name|title\s+of\s+meeting|name\s+of\s+meeting|title|meeting)", False),
    "date": (r"(?:date\s+of\s+(?:the\s+)?meeting|meeting\s+date|date\s*(?:and|&|/)\s*time|date)", False),
    "time": (r"(?:time)", False),
    "location": (r"(?:location|venue|place|where)", False),
    "chair": (r"(?:chaired\s+by|chairman|chairperson|chairwoman|in\s+the\s+chair|chair|convened\s+by|conven[eo]r)",
              False),
    "not_attending": (r"(?:(?:members\s+)?not\s+present|did\s+not\s+attend|non[\s-]attendance|not\s+in\s+attendance"
                      r"|absent\s+without\s+apolog(?:y|ies)|no\s+apolog(?:y|ies)\s+received)", True),
    "attendees": (r"(?:(?:attendees|attendance|present|those\s+present)\s+(?:and|&)\s+apologies(?:\s+for\s+absence)?"
                  # the family of attendance headings, longest first: 'Attendance Details', 'Attendance record',
                  # 'Record of attendance', 'Members attending', 'Present at the meeting', 'Officers attending',
                  # 'Attended by'; 'The following were in attendance (for this item):', 'The following members were
                  # present:', 'The following attended:' - a sentence read as a label only with its colon
                  r"|the\s+following\s+(?:(?:members|officers|councillors|people|persons|guests|representatives)\s+)?"
                  r"(?:(?:were|was|are)\s+(?:also\s+)?(?:in\s+attendance|present)|(?:also\s+)?attended)"
                  r"(?:\s+for\s+[\w .,&/-]{1,30}?)?(?=\s*:)"
                  # 'Members present for all or part of the proceedings:' (a legislature committee's official
                  # report): 'present for (all or) part of <the meeting>', a short qualifier, then a colon
                  r"|(?:(?:members|councillors|officers)\s+)?present\s+for\s+(?:all\s+or\s+)?(?:part|the\s+whole)"
                  r"\s+of\s+(?:the\s+)?(?:proceedings|meeting|session|evidence)(?=\s*:)"
                  r"|attendance\s+(?:details|list|record|register|sheet|summary)|(?:record|register|list)\s+of\s+attendance"
                  r"|attended\s+by|(?:members|officers|councillors|governors|trustees|directors|people|others)\s+attending"
                  r"|(?:present|in\s+attendance|attending)\s+at\s+(?:the\s+|this\s+)?meeting"
                  r"|attendees|attendance|present|(?:(?:board|committee|group|panel|partnership|core|voting)\s+)?"
                  r"members\s+present|those\s+present"
                  r"|(?:officers|others|advisers|advisors|councillors|governors|trustees|directors|persons|people|staff|observers|guests|visitors|representatives)\s+present"
                  r"|(?:(?:group|board|committee|panel|partnership|core|voting|other|council|agency)\s+)?"
                  r"(?:members|officers|advisers|advisors|others|councillors|guests|representatives|staff)"
                  r"\s+in\s+attendance"
                  # 'In attendance for Specific Items:', 'In attendance for item 3:': a short qualifier, then a colon
                  r"|in\s+attendance\s+also|present\s+also"  # 'In attendance also:' before 'In attendance' (r51)
                  r"|in\s+attendance(?:\s+for\s+[\w .,&/-]{1,30}?(?=\s*:))?"
                  r"|also\s+present|also\s+in\s+attendance|also\s+attending|attending|membership\s+present"
                  rf"|{_MEMBERS}|{_OFFICERS}"
                  r"|(?:invited\s+)?guests?|observers?|sederunt"
                  # 'Substitutes:', 'Substitute Members:': members attending in another's place (round 54), colon only
                  r"|substitutes?(?:\s+members?)?(?:\s+present)?(?=\s*:)"
                  # 'Meeting participants', 'Participants:' (round 46)
                  r"|(?:meeting\s+)?participants)", True),
    "apologies": ((r"(?:apolog(?:ies|y)(?:\s+for\s+absence)?\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?"
                   r"(?:received|noted)(?:\s+from)?(?=\s*:)"
                   r"|apolog(?:ies|y)\s+for\s+absence|apologies\s+received(?:\s+from)?"
                   r"|(?:sent|gave|tendered)\s+(?:their\s+)?apolog(?:ies|y)|apologies\s+sent"  # a column: 'Sent apologies:'
                   # 'Apologies / Did not attend:' one label over both (round 18)
                   r"|apolog(?:ies|y)\s*/\s*did\s+not(?:\s+attend)?"
                   # 'Councillor’s Apology:', 'Members' apologies:': whose apologies, then the colon (round 29)
                   r"|(?:members|councillors?|officers|governors|trustees|directors)['’]?s?['’]?\s+apolog(?:ies|y)(?=\s*:)"
                   # 'Prevented:' a Quaker meeting's word for those who sent apologies (round 49), only with its colon
                   r"|prevented(?=\s*:)"
                   r"|apologies|apology|absent)"),
                  True),
    "minute_taker": (r"(?:minutes?\s+(?:taken\s+)?by|notes?\s+(?:taken\s+)?by|minute[\s-]?taker|note[\s-]?taker)", False),
    "designations": (r"(?:designations?|roles?)", True),
    "body_start": (r"(?:points\s+of\s+discussion|minutes|agenda|discussion|notes\s+of\s+(?:the\s+)?meeting"
                   r"|items?\s+discussed|business|action\s+log|actions)", True),
}
_COMPILED = {
    name: re.compile(rf"^(?P<key>{pattern})\b\s*(?P<paren>\([^)]*\))?\s*(?P<sep>:[-–—]?|\||\t|[-–—](?=\s|$)|;(?=\s))?\s*(?P<value>.*)$", re.I | re.S)
    for name, (pattern, _) in LABELS.items()
}


@dataclass(frozen=True)
class Label:
    name: str
    line: Line
    value: Line | None  # the value written on the same line, if any
    paren: str | None  # "(* = representing the LSCB Chair)"
    mixed: bool = False  # 'Attendees and apologies': one heading over both lists (sub-headings may be lost)


# 'P R E S E N T', 'I N  A T T E N D A N C E': single letters, one space apart (two or more between words)
_LETTER_SPACED = re.compile(r"^[A-Za-z](?:(?: |\s{2,})[A-Za-z]){3,}(?![A-Za-z])")
# labels a key/value header writes in a left column with no colon ('Present     Ada Brook, ...')
_COLUMN_LABELS = ("attendees", "apologies", "not_attending")
_COLUMN_GAP = re.compile(r"(?:\s{3,}|\t)$")
_HEADER_LINES = 80  # a key/value header stands at the top of the paper; a report's table lower down is no list


def _listing(value: str) -> bool:
    """A column label's value that lists (names, titles, brackets), not a sentence of a report's table
    ('Attendance      was lower than in the last quarter')."""
    outside = re.sub(r"\([^()]*\)", " ", value)
    return value.lstrip("•·▪●◦-* \t")[:1].isupper() and len(re.findall(r"\b[a-z]{3,}\b", outside)) < 2


# a list opening with a personal title and holding a comma (round 20)
_TITLED_OPENING = re.compile(r"^(?:Mrs|Mr|Ms|Miss|Dr|Prof|Cllr|Councillor)\.?\s+[A-Z][^,]{0,40},\s*(?:Mrs|Mr|Ms|Miss|Dr|Prof|Cllr|Councillor)\.?\s+[A-Z]")


def _titled_list(value: str) -> bool:
    """'Mrs A Brook, Dr B Cole and Mr C Dale.': a list of titled names after a label written with no colon (round
    20); prose ('Mr Brook, the Chair, gave his apologies') has lower-case words besides 'and'."""
    return bool(_TITLED_OPENING.match(value)) and not re.search(r"\b(?!and\b)[a-z]{3,}\b", value)


# a run of titled names, initials allowed, with or without separators: 'Mrs A Brook Mr B Cole', 'Cllr. A Brook (Chair)'
_TITLED_RUN = re.compile(rf"^{PERSONAL_TITLE}\s+[A-Z][\w'’.-]*\s+[A-Z]")


def _titled_run_value(value: str) -> bool:
    """'Mrs A Brook Mr B Cole Cllr C Dee (ex officio)': two or more personal titles each opening a name, and no
    lower-case word of prose outside brackets (round 31); 'Mr Brook gave his apologies' is a sentence."""
    outside = re.sub(r"\([^()]*\)", " ", value)
    titles = re.findall(rf"(?<![\w(]){PERSONAL_TITLE}\s+(?=[A-Z])", outside)
    return bool(_TITLED_RUN.match(value)) and len(titles) >= 2 and not re.search(r"\b(?!and\b)[a-z]{2,}\b", outside)


_OPENS_WITH_NAME = re.compile(rf"^(?:{PERSONAL_TITLE}\s+)?[A-Z][a-z]+\s+[A-Z][a-z]+(?:\s*\(|\s*,|\s+and\s|\s*$)")


# 'Committee:, Ada Brook, Ben Cole, Cy Dale': the body's own name for its members as the label, with a colon and a
# value of plain names only (round 36); 'Committee: Finance and Audit' or 'Board: the board agreed ...' are not lists
_BODY_KEY = re.compile(r"(?i)^(?P<key>(?:the\s+)?(?:committee|board|trustees|directors|councillors|governors|trust\s+board))"
                       r"\s*:[\s,;]*(?P<value>(?-i:[A-Z]).*)$")
_PLAIN_NAME = re.compile(rf"(?:{PERSONAL_TITLE}\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][\w'’-]+){{1,2}}")


def _body_key_label(line: Line, stripped: Line, text: str, offset: int) -> Label | None:
    m = _BODY_KEY.match(text)
    if m is None or line.index >= _HEADER_LINES:
        return None
    pieces = [p.strip(" .") for p in re.split(r"\s*,\s*|\s+and\s+", re.sub(r"\s*\([^()]*\)", "", m.group("value")))]
    pieces = [p for p in pieces if p]
    if len(pieces) < 3 or not all(_PLAIN_NAME.fullmatch(p) for p in pieces):
        return None
    return Label("attendees", line, sub(stripped, offset + m.start("value"), offset + m.end("value")), None)


def match_label(line: Line, names: tuple[str, ...] | None = None) -> Label | None:
    """The label a line starts with, if it is one."""
    stripped = strip_bullet(line)
    text = stripped.text.strip("*_ ")
    if not text:
        return None
    offset = stripped.text.find(text)
    if (names is None or "attendees" in names) and (body := _body_key_label(line, stripped, text, offset)) is not None:
        return body
    spaced = _LETTER_SPACED.match(text)
    if spaced:  # 'P R E S E N T:-': the label's letters spaced out; the value keeps its own offsets
        word = re.sub(r"\s{2,}", "\0", spaced.group()).replace(" ", "").replace("\0", " ")
        offset += spaced.end() - len(word)
        text = word + text[spaced.end():]
    for name, rx in _COMPILED.items():
        if names is not None and name not in names:
            continue
        m = rx.match(text)
        if not m:
            continue
        alone_ok = LABELS[name][1]
        value = m.group("value").strip()
        if m.group("sep") is None and value and name in _COLUMN_LABELS and line.index < _HEADER_LINES \
                and _COLUMN_GAP.search(text[:m.start("value")]) and _listing(value):
            pass  # 'Present        Ada Brook, Ben Cole': a key/value header's left column, no colon
        elif m.group("sep") is None and name == "apologies" and _titled_list(value):
            pass  # 'Apologies for absence Mrs A Brook, Dr B Cole and Mr C Dale.': the names follow with no colon
        elif m.group("sep") is None and name in ("attendees", "apologies") and _titled_run_value(value) \
                and m.group("key").isupper():
            pass  # 'PRESENT Mrs A Brook Mr B Cole Cllr C Dee (ex officio)': capitals key, titled names, no colon (r31)
        elif m.group("sep") is None and name == "attendees" and _OPENS_WITH_NAME.match(value) \
                and re.fullmatch(r"(?i)(?:also\s+)?present|(?:also\s+)?in\s+attendance", m.group("key")):
            pass  # 'Also present Ada Brook (Clerk) and ...': the names follow with no colon (round 31); 'In attendance
            # Cllr Ada Brook, Ben Cole.' likewise (round 49)
        elif m.group("sep") is None and m.group("paren") and name in ("attendees", "apologies") \
                and value[:1].isupper() and not re.match(r"[^()]*\b(?:was|were|is|are)\b", m.group("paren")):
            pass  # 'In attendance (from 10.45am) Ada Brook, ...': a bracketed qualifier after the key (round 29)
        elif m.group("sep") is None and (value or not alone_ok):
            continue
        if m.group("sep") in ("-", "–", "—", ";") and name not in ("attendees", "apologies"):
            continue  # a dash, or a semicolon typed for the colon ('APOLOGIES; Ada B, ...', round 29): a list's label only
        if name == "attendees" and not (m.group("sep") or "").startswith(":") and _MEMBERS_ONLY.match(m.group("key")) \
                and not m.group("key").lower().endswith("present"):
            continue  # 'Members of the Board' with no colon: a heading or the start of a sentence
        if name == "body_start" and value:
            continue
        value_line = sub(stripped, offset + m.start("value"), offset + m.end("value")) if value else None
        if value_line is not None and value_line.text.startswith("|"):
            value_line = sub(value_line, 1)
        mixed = name == "attendees" and "apolog" in text[:m.start("value")].lower()
        return Label(name, line, value_line if value_line and value_line.text else None, m.group("paren"), mixed)
    return None


def members_heading(label: Label) -> bool:
    """'Board Members:' alone on its line: inside a list already open it is a sub-heading of that list."""
    return label.name == "attendees" and label.value is None \
        and _MEMBERS_ONLY.match(label.line.text.strip("*_ ").split(":")[0].strip()) is not None


def legend(paren: str | None) -> dict[str, str]:
    """'(* = representing the LSCB Chair)' -> {'*': 'representing the LSCB Chair'}."""
    if not paren:
        return {}
    return {m.group(1): m.group(2).strip() for m in re.finditer(r"([*†‡#]+)\s*=\s*([^;,)]+)", paren)}


# an item's number, or a committee's minute reference before the heading ('SC29/16', 'C140/2015', 'NEL.21', 'A2.',
# '01/0917', 'C/44/15'; round 70): the heading after it must still be the apologies
_HEADING_NUMBER = re.compile(r"^(?:item\s+)?(?:\d{1,2}[.):]?|[A-Z]{1,6}[./]?\d{1,4}(?:/\d{2,4}){0,2}[.:)]?"
                             r"|\d{1,3}/\d{2,4}(?:/\d{1,4})?[.:)]?)\s+", re.I)
_APOLOGIES_HEADING = re.compile(
    r"^(?:welcome,?\s+)?(?:(?:introductions?|welcome)\s*(?:,|and|&)\s*)*apolog(?:ies|y)(?:\s+for\s+absence)?"
    r"(?:\s*(?:and|&)\s*introductions?)?\s*:?$", re.I)


def apologies_heading(line: Line) -> Label | None:
    """A numbered item that is the apologies ('1. Apologies', '1) Introductions and apologies',
    '1. Apologies: Ada Brook, Ben Cole'), as an apologies label with the names written on its line."""
    stripped = strip_bullet(line)
    m = _HEADING_NUMBER.match(stripped.text)
    if not m:
        return None
    rest = sub(stripped, m.end())
    if _APOLOGIES_HEADING.match(rest.text.strip("*_ ")):
        return Label("apologies", line, None, None)
    label = match_label(rest, ("apologies",))
    if label is not None and label.value is not None:
        return Label("apologies", line, label.value, label.paren)
    return None


_TRAILING = re.compile(r"(?<=\S)\s+(?P<label>apologies(?:\s+for\s+absence)?|absent)\s*:\s*$", re.I)


def trailing_label(line: Line) -> tuple[str, Line] | None:
    """A list label a flattened table wrote at the END of a line ('... Ann Bee (GOL) Apologies:').

    Returns the label's name and the line before it; the names after it (on later lines) are its list.
    """
    m = _TRAILING.search(line.text)
    if m is None or not line.text[:m.start()].rstrip().endswith(")"):
        return None
    return "apologies", sub(line, 0, m.start())
