"""A title when no rule chose one (round 42): the opening line that is a body's name and nothing else.

On boards never seen, a paper whose heading no layout rule read kept no title at all. The fallback takes the first
of the opening lines (before the attendance lists or the first item) whose whole shape is a heading that names a
body: an optional frame ('Minutes of the', 'A Meeting of the'), a capitalised phrase ending in a body's head word
(the vocabulary's body_heads: Board, Committee, Council, Group, Panel, Forum, Association, Trust, ...), and after it
nothing, or only 'Meeting', 'Minutes', a date, 'held ...' or a dash. Cut as the golds cut: the frame, 'held ...', dates, times
and venues dropped; 'Meeting' kept only when the line ends on it ('Elmley Community Council Meeting'). A label, a
sentence, a menu or table row, a paper-kind heading ('Annual Report', 'Update') and a line with a number are never
taken: round 40 found those sources always wrong.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ingest.names import is_title
from ingest.parse.lines import Line
from ingest.parse.vocab import Vocabulary

_CAP = r"(?:[A-Z][\w&’'.-]*|&)"
_SMALL = r"(?:of|and|for|the|on|in|OF|AND|FOR|THE|ON|IN)"
_NOT_IN_NAME = re.compile(r"(?i)^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march"
                          r"|april|may|june|july|august|september|october|november|december)$")
_FRAME = re.compile(r"^(?:(?i:draft|unconfirmed|confirmed|approved)\s+)?(?i:minutes?|notes|summary)\s+(?i:of|from|for)\s+"
                    r"(?:(?i:the|a|an)\s+)?|^(?i:an?\s+)")
# an ordinal before the name, glued by a PDF or set off ('THE 1stELMLEY FORUM ANNUAL GENERAL MEETING'); not one that
# numbers the meeting itself ('31st Meeting of the Elmley Board', the golds keep it) (round 52)
_ORDINAL = re.compile(r"^\d{1,3}(?:st|nd|rd|th|ST|ND|RD|TH)\s*(?=[A-Z])(?!(?i:meeting|annual|ordinary|general|extra)\b)")
_OCCASION = re.compile(r"^(?:(?i:[a-z]+)\s+)?(?i:meeting)\s+(?i:of)\s+(?:(?i:the)\s+)?")  # 'Monthly Meeting of the'
_TAIL = re.compile(r"^(?:\s*$|\s+(?i:meeting|minutes|notes|annual\s+general\s+meeting|agm)\b|\s*[,–—-]|\s+(?i:held)\b|\s+\d"
                   r"|\s+(?i:mon|tues|wednes|thurs|fri|satur|sun)day\b|\s+(?i:present)\b)")
_STOP = re.compile(r"(?i)^\W*(?:present|attendees|attendance|in\s+attendance|members\s+present|apologies|attending"
                   r"|those\s+present|items?\b|agenda\b|\d{1,2}[.)]?\s)")
_RUN_ON = re.compile(r"\s(?=(?:(?i:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}"
                     r"|(?i:present|attendees|in\s+attendance)\s*:))")
_LABEL = re.compile(r"^[A-Z][\w ]{0,25}:")
_VERB = re.compile(r"\b(?:was|were|is|are|has|have|had|will|welcomed|opened|received|noted|agreed)\b")
_KIND = re.compile(r"(?i)\b(?:report|update|strategy|plan|review|annual|briefing|members|chair|chairman|approval|subject"
                   r"|next|previous)\b")
_SMALL_WORDS = {"of", "and", "for", "the", "on", "in"}


@lru_cache(maxsize=4)
def _body_line(heads: frozenset[str]) -> re.Pattern[str]:
    """A capitalised phrase ending in a body's head word (as written or in capitals), then the rest of the line."""
    words = sorted(heads, key=len, reverse=True)
    head = "(?:" + "|".join(alt for w in words for alt in (re.escape(w.capitalize()), re.escape(w.upper()))) + ")"
    return re.compile(rf"^(?:(?i:the)\s+)?(?P<body>{_CAP}(?:\s+(?:{_CAP}|{_SMALL}))*?\s+{head}\b"
                      rf"(?:\s+(?i:of|for)\s+(?:(?i:the)\s+)?{_CAP}(?:\s+{_CAP})*)?)(?P<tail>.*)$")


def heading_title(lines: list[Line], vocab: Vocabulary, reach: int = 8) -> tuple[str, tuple[int, int]] | None:
    """The body's name and its span from the first opening line shaped as a body's heading, or None."""
    filled = [line for line in lines if not line.blank][:reach]
    for line in filled:
        text = line.text.strip("*_# ")
        if _STOP.match(text):
            return None
        found = _heading(text, vocab)
        if found is None and len(text) > 150 and (cut := _RUN_ON.search(text)) is not None:
            found = _heading(text[:cut.start()].rstrip(" ,–—-"), vocab)  # a one-line page: the part before its date
        if found is not None:
            at = line.text.find(found)
            return found, (line.start + at, line.start + at + len(found))
    return None


def _heading(text: str, vocab: Vocabulary) -> str | None:
    """The body a heading-shaped line names, cut as the golds cut, or None."""
    if _LABEL.match(text) or text.endswith(":") or _VERB.search(text) or re.search(r"[|/>•]|\S\s{2,}\S", text) \
            or is_title(text.split()[0].rstrip(".")):  # a label, sentence, menu, table row or person's line
        return None
    start = 0
    for frame in (_FRAME, _ORDINAL, _OCCASION):
        if (m := frame.match(text[start:])) is not None:
            start += m.end()
    m = _body_line(vocab.body_heads).match(text[start:])
    if m is None or not _TAIL.match(m.group("tail")) or _KIND.search(m.group("body")) or re.search(r"\d", m.group("body")):
        return None
    words = m.group("body").split()
    named = [w for w in words if w.lower() not in _SMALL_WORDS]
    if any(_NOT_IN_NAME.match(w) for w in words) or not 2 <= len(named) <= 10:
        return None
    if re.fullmatch(r"\s+(?i:meeting)\s*", m.group("tail")):
        return m.group("body") + m.group("tail").rstrip()  # 'Elmley Community Council Meeting' alone on its line
    return m.group("body")


# a meeting named by its occasion, with no body word: 'Minutes of the Business Meeting', 'Minutes of Monthly Meeting
# 4th May 2031', 'Elmley Statutory Meeting Tuesday 4th May 2031 at 7pm ...' -> 'Business Meeting', 'Monthly Meeting',
# 'Elmley Statutory Meeting' (the golds keep 'Meeting' here: it is the name); framed, or unframed with its weekday
# date right after (round 48)
_MEETING_NAME = rf"(?P<name>{_CAP}(?:\s+(?:{_CAP}|{_SMALL})){{0,4}}?\s+(?:Meeting|MEETING))"
_FRAMED_MEETING = re.compile(rf"^(?:(?i:draft|unconfirmed|confirmed|approved)\s+)?(?i:minutes?|notes)\s+(?i:of|from)\s+"
                             rf"(?:(?i:the|a|an)\s+)?{_MEETING_NAME}(?:\s*$|,?\s+(?=\d|(?i:held|on|mon|tues|wednes|thurs|fri|satur|sun)))")
_DATED_MEETING = re.compile(rf"^{_MEETING_NAME},?\s+(?i:mon|tues|wednes|thurs|fri|satur|sun)day\b,?\s+\d")


def meeting_title(lines: list[Line], vocab: Vocabulary, reach: int = 8) -> tuple[str, tuple[int, int]] | None:
    """No body's heading either: the meeting's name from a framed 'Minutes of the X Meeting' line or an 'X Meeting'
    line with its weekday date after it, and its span; never a person's, a kind's or a previous meeting's."""
    filled = [line for line in lines if not line.blank][:reach]
    for line in filled:
        text = line.text.strip("*_# ")
        if _STOP.match(text):
            return None
        m = _FRAMED_MEETING.match(text) or _DATED_MEETING.match(text)
        if m is None:
            continue
        name = m.group("name")
        words = name.split()
        if _KIND.search(name) or re.search(r"(?i)\b(?:previous|last|next|this|that)\b", name) \
                or any(_NOT_IN_NAME.match(w) for w in words) or is_title(words[0].rstrip(".")) or len(words) < 2 \
                or words[0].lower() in _SMALL_WORDS | {"a", "an"}:
            continue
        at = line.text.find(name)
        return name, (line.start + at, line.start + at + len(name))
    return None


# a company's statutory heading: 'BOARD MINUTES OF THE DIRECTORS OF THE ELMLEY TRUST LIMITED a company limited by
# guarantee ...' -> 'ELMLEY TRUST LIMITED' (round 52); the company's name is what met
STATUTORY_WORDS = r"a\s+company\s+limited\s+by|company\s+(?:number|no\b|registration)"  # header_title cuts them too
_COMPANY = re.compile(rf"(?P<name>{_CAP}(?:\s+(?:{_CAP}|{_SMALL})){{0,8}}?\s+(?:LIMITED|Limited|LTD|Ltd|PLC|plc|CIC))\.?"
                      rf",?\s+\(?(?i:{STATUTORY_WORDS})")
_COMPANY_FRAME = re.compile(r"^.*\b(?i:minutes|directors|members|meeting|board|trustees)\s+(?i:of)\s+(?:(?i:the)\s+)?")


def company_title(lines: list[Line], reach: int = 8) -> tuple[str, tuple[int, int]] | None:
    """No body's heading or meeting's name: the company a statutory heading names and its span."""
    filled = [line for line in lines if not line.blank][:reach]
    for line in filled:
        text = line.text.strip("*_# ")
        if _STOP.match(text):
            return None
        m = _COMPANY.search(text)
        if m is None:
            continue
        name = m.group("name")
        if (frame := _COMPANY_FRAME.match(name)) is not None:
            name = name[frame.end():]
        name = re.sub(r"^(?i:the)\s+", "", name)
        if len(name.split()) < 2 or is_title(name.split()[0].rstrip(".")):
            continue
        at = line.text.find(name)
        return name, (line.start + at, line.start + at + len(name))
    return None
