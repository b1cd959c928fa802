"""A page flattened into one very long line: put its labels and numbered items back on lines of their own.

Some stored texts lost every line break: 'Minutes Elmley Board Notes of meeting on 2 May 2007 Attendees:
Ada Brook (AB - Chair), ... Apologies: - Ben Cole (BC), ... Action 1. Apologies for absence The above
apologies were noted. 2. Minutes ...'. The parsers read labels at a line's start and items one a line, so
such a page gives nothing but a date. A line is taken for a flattened page only when it is very long AND
holds a list or chair label with a colon ('Attendees:', 'Apologies:', 'Chairperson:'); it is then cut
(offsets kept, the text never changed) before those labels, after the name a chair label gives, around a
web address, before the numbers of items that run 1, 2, 3 ..., and between an item's heading and the
first sentence of its minute. Every other line is left as it was.
"""
from __future__ import annotations

import re

from ingest.parse.dates import find_dates
from ingest.parse.items import minute_start
from ingest.parse.labels import LABELS
from ingest.parse.lines import RUN_ON_CHARS, Line, sub
from ingest.parse.vocab import Vocabulary

_LIST_WORDS = rf"{LABELS['attendees'][0]}|{LABELS['apologies'][0]}|{LABELS['chair'][0]}"
# a label mid-line: a capital, the label's words, an optional bracket, a colon
_LABEL = re.compile(rf"(?<=\s)(?=(?=(?-i:[A-Z]))(?:{_LIST_WORDS})\s*(?:\([^()]{{0,60}}\))?\s*:)", re.I)
_CHAIR_VALUE = re.compile(rf"(?i)(?:{LABELS['chair'][0]})\s*:\s*"
                          r"(?-i:(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Cllr|Councillor)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})"
                          r"(?=\s+(?:www\.|https?://|[a-z\d(]))")
_TITLE = r"(?:Mrs|Mr|Ms|Miss|Dr|Prof|Cllr|Councillor)\.?\s+[A-Z]"
# 'Apologies for absence Mrs A Brook, Dr B Cole ...' mid-line with no colon: titled names, a comma (round 20)
_TITLED_APOLOGIES = re.compile(rf"(?<=\s)(?-i:Apologies)(?:\s+for\s+absence)?\s+(?={_TITLE}[^,.]{{0,40}},\s*{_TITLE})")
_URL = re.compile(r"(?<=\s)(?:www\.|https?://)\S+")
_NUMBER = re.compile(r"(?<=\s)(?P<num>\d{1,2})\.\s+(?=[A-Z])")


def unflatten(lines: list[Line], vocab: Vocabulary) -> list[Line]:
    """The lines, a flattened page's long line cut into its parts; renumbered when anything was cut."""
    if not any(len(line.text) > RUN_ON_CHARS for line in lines):
        return lines
    out: list[Line] = []
    for line in lines:
        if len(line.text) > RUN_ON_CHARS and _LABEL.search(line.text):
            out.extend(_cut(line, vocab))
        else:
            out.append(line)
    if len(out) == len(lines):
        return lines
    return [Line(i, ln.start, ln.end, ln.text, ln.indented) for i, ln in enumerate(out)]


def _cut(line: Line, vocab: Vocabulary) -> list[Line]:
    text = line.text
    cuts = {m.start() for m in _LABEL.finditer(text)}
    for at in sorted(cuts):
        if (value := _CHAIR_VALUE.match(text, at)) is not None:
            cuts.add(value.end())  # 'Chairperson: Ada Brook www.elmley.org ...': the name ends the label's value
    for m in _URL.finditer(text):
        cuts.update((m.start(), m.end()))
    for m in _TITLED_APOLOGIES.finditer(text):
        end = re.compile(r"\.(?=\s)").search(text, m.end(), m.end() + 400)
        if end is not None:  # 'Apologies for absence Mrs A Brook, Dr B Cole and Mr C Dale.': the list, its full stop
            cuts.update((m.start(), end.end()))
    items = _items(text, vocab)
    head_cuts = sorted(c for c in cuts if not items or c < items[0][0])  # before the first item: the page's head
    for start, heading_end in items:
        cuts.add(start)
        if heading_end is not None:
            cuts.add(heading_end)
    cuts.update(_heading_cuts(text, head_cuts))
    bounds = [0, *sorted(c for c in cuts if 0 < c < len(text)), len(text)]
    pieces = [sub(line, a, b) for a, b in zip(bounds, bounds[1:])]
    return [p for p in pieces if p.text]


_KIND_FIRST = re.compile(r"(?:Minutes|Notes|Agenda)\s+(?=[A-Z])")  # 'Minutes Elmley Board ...': the page's kind word
_MEETING_LINE = re.compile(r"(?<=\s)(?:Notes|Minutes|Record)\s+of\s+(?:the\s+)?meeting\b", re.I)
_RULE = re.compile(r"\s_{4,}\s")


def _heading_cuts(text: str, cuts: list[int]) -> set[int]:
    """In the page's head (before its first label) and at the start of the pieces the head's cuts open (a
    label's value, what follows a web address; never an item's minute): a leading kind word, 'Notes of meeting
    on <date>' and a rule of underscores stand on lines of their own, and a short heading that ends with a
    full date ends there ('Summary and Minutes 2 May 2014 Room 4 ...')."""
    out: set[int] = set()
    head = text[:cuts[0]] if cuts else text
    if (kind := _KIND_FIRST.match(head)) is not None:
        out.add(kind.end())
    for m in _MEETING_LINE.finditer(head):
        out.add(m.start())
    for m in _RULE.finditer(head):
        out.update((m.start(), m.end()))
    for start in [0, *cuts]:
        piece = text[start:start + 160]
        dated = next((d for d in find_dates(piece) if d.precision == "day" and d.year is not None), None)
        if dated is not None and len(piece[:dated.start].split()) <= 8 and not _LABEL.match(piece, 0):
            out.add(start + dated.end)
    return out


def _items(text: str, vocab: Vocabulary) -> list[tuple[int, int | None]]:
    """Where items numbered 1, 2, 3 ... start, each with where its heading ends (None: not found)."""
    found: list[tuple[int, int | None]] = []
    want = 1
    for m in _NUMBER.finditer(text):
        if int(m.group("num")) != want:
            continue
        found.append((m.start(), minute_start(text, m.end(), vocab)))
        want += 1
    return found if len(found) >= 2 else []
