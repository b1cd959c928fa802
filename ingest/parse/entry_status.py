"""A list's entries whose own line carries a status word or mark (round 45).

'Attendees and apologies:' over 'Ben Cole, Member (apologies)' / 'Dee Evans - sent apologies', or an 'Attendance'
block whose rows end with a status cell ('Ada Brook   Chair   Present' / 'Ben Cole   Member   Apologies'): the
word on each entry's own line decides its list, whatever the label says. Read only when it pairs up with its
entry unambiguously (the entry's own stretch of text, up to the next entry or its line's end).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.parse.people import Entry

_APOLOGY = r"(?:sent\s+(?:their\s+|his\s+|her\s+)?)?apolog(?:ies|y|ised)(?:\s+(?:received|given|sent|noted))?"
# a mark on an entry: '(apologies)', '- apologies', '– sent apologies', 'sent apologies' closing the entry
_MARKED = re.compile(r"(?i)(?:\(\s*" + _APOLOGY + r"\s*\)|(?:^|\s)[-–—:]\s*" + _APOLOGY + r"\s*[.;,]?\s*$"
                     r"|\bsent\s+(?:their\s+|his\s+|her\s+)?apolog(?:ies|y)\s*[.;,]?\s*$)")
# a status cell closing an entry's line after a column gap, a tab or a cell separator
_CELL = re.compile(r"(?:\t|\s{2,}|\s[|/]\s*|\s[-–—]\s)(?P<word>(?i:present|attended|apologies|apology|sent\s+apologies"
                   r"|absent))\s*\|?\s*$")
_STATUS = {"present": "attendees", "attended": "attendees", "apologies": "apologies", "apology": "apologies",
           "sent apologies": "apologies", "absent": "absent"}


def _stretches(entries: Sequence[Entry], text: str) -> list[str] | None:
    """Each entry's own text: from its name to the next entry on its line, or its line's end."""
    out = []
    for n, e in enumerate(entries):
        if e.person.span is None:
            return None
        start = e.person.span[0]
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if n + 1 < len(entries) and (nxt := entries[n + 1].person.span) is not None and start < nxt[0] < end:
            end = nxt[0]
        out.append(text[start:end])
    return out


def marked_apologies(entries: list[Entry], text: str) -> tuple[list[Entry], list[Entry]] | None:
    """An attendees list ('Attendees and apologies', 'Members', 'Attendance'): (attendees, apologies) when some
    entries are marked as apologies on their own stretch ('(apologies)', '- sent apologies') and others are
    not; else None."""
    stretches = _stretches(entries, text)
    if stretches is None:
        return None
    marked = [_MARKED.search(s) is not None for s in stretches]
    if not any(marked) or all(marked):
        return None
    return ([e for e, m in zip(entries, marked) if not m], [e for e, m in zip(entries, marked) if m])


def status_cells(entries: list[Entry], text: str) -> dict[str, list[Entry]] | None:
    """A block whose every entry is a row of its own closed by a status cell ('Ada Brook  Chair  Present'):
    the entries by the list the cell names (attendees, apologies, absent); None unless every row has one and
    at least two different statuses occur (one status only: the column says nothing the label does not)."""
    if len(entries) < 2:
        return None
    stretches = _stretches(entries, text)
    if stretches is None:
        return None
    lines = set()
    out: dict[str, list[Entry]] = {}
    for e, s in zip(entries, stretches):
        start = e.person.span[0]
        line_no = text.count("\n", 0, start)
        cell = _CELL.search(s)
        if cell is None or line_no in lines or "\n" in s or text.find("\n", start) != start + len(s) \
                and text.find("\n", start) >= 0:
            return None  # a row with no status, or two entries on one line: pairing not certain
        lines.add(line_no)
        out.setdefault(_STATUS[re.sub(r"\s+", " ", cell.group("word").lower())], []).append(e)
    return out if len(out) >= 2 else None


_STATUS_LINE = re.compile(r"(?i)\s*(?P<word>present|attended|apologies|apology|sent\s+apologies|absent)\s*")
_COLUMNS_LEAST = 2  # fewer rows and a lone status word is as likely a label as a cell


def status_column(entries: list[Entry], text: str) -> dict[str, list[Entry]] | None:
    """A table flattened column by column: the entries one per line on consecutive lines, then (after blank lines
    and at most two other columns of as many lines) a column of as many status words ('Present' / 'Apologies'):
    the entries by the list each one's status names, paired by position; None when the counts or shape differ or
    fewer than two statuses occur."""
    n = len(entries)
    if n < _COLUMNS_LEAST or any(e.person.span is None for e in entries):
        return None
    rows = [text.count("\n", 0, e.person.span[0]) for e in entries]
    if rows != list(range(rows[0], rows[0] + n)):
        return None  # one entry a line, on consecutive lines
    if any(not re.fullmatch(r"\s*(?:[-•*]\s*)?", text[text.rfind("\n", 0, e.person.span[0]) + 1:e.person.span[0]])
           for e in entries):
        return None  # each entry opens its line
    after = text.find("\n", entries[-1].person.span[1])
    rest = text[after + 1:] if after >= 0 else ""
    blocks: list[list[str]] = []
    for line in rest.split("\n"):
        if not line.strip():
            if blocks and blocks[-1]:
                blocks.append([])
            continue
        if not blocks:
            blocks.append([])
        blocks[-1].append(line)
        if len(blocks) > 3 or len(blocks[-1]) > n:
            break
    for block in blocks[:3]:
        if len(block) != n:
            return None
        words = [_STATUS_LINE.fullmatch(line) for line in block]
        if all(words):
            out: dict[str, list[Entry]] = {}
            for entry, w in zip(entries, words):
                out.setdefault(_STATUS[re.sub(r"\s+", " ", w.group("word").lower())], []).append(entry)
            return out if len(out) >= 2 else None
        if any(words):
            return None
    return None
