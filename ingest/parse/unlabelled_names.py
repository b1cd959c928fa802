"""A list of people with no label, read by the names spaCy vouches for (round 41).

Some boards write who met as a block of names right under the meeting's heading, one per line, with no
'Present' label ('Ada Brook   Elmley Council (Chair)' / 'Ben Cole   Head of Housing' / ...), before item 1.
No layout rule reads it (each needs a label or initials brackets), so the attendees came out empty. This reader
(called only when the attendees were read empty) takes such a block where its names are spaCy-vouched and the
text agrees with them on both ends (`ner_names.names_in_block`, strict, or a title or initials with a surname,
`ner_names.short_names`):

- only in the opening: up to item 1 (or the second item line), a list label opening a line, a table's status
  cell or a list's word outside brackets, 3,000 characters at most;
- the first run of three or more lines (single- or double-spaced, as its first gap says), each opening with a
  name (after a bullet or a title) and none a sentence or a heading's colon, or a line of three separated names,
  decides: taken when three or more names are vouched, at least half, its first among them; never under a line
  ending with a colon ('Witnesses:'); a second run is left (it may be the apologies, with no label either).

spaCy runs only when the opening has that shape by itself (`_shaped`), on the opening alone.
"""
from __future__ import annotations

import re

from ingest.names import is_title
from ingest.parse.ner_names import (CAPITAL_WORD, LOWER_WORD, NAME_WORD, PAIR, PROSE_OK, free_pairs, names_in_block,
                                     person_entities, short_names)
from ingest.parse.vocab import Vocabulary

_WINDOW = 3000
# an item's number opening a line ('2. Minutes', 'Item 3', '4) Budget'), never a date ('10 March 2009')
_ITEM_LINE = re.compile(r"(?m)^[^\S\n]*(?:(?i:item)[^\S\n]+)?(\d{1,2})(?:\.0?)?[.):]?[^\S\n]+"
                        r"(?!(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))(?=[A-Z])")
# a list's label opening a line: the labelled readers' business, and the end of this reader's opening
_LABEL_LINE = re.compile(r"(?im)^[^\S\n]*(?:[-•·*\u2022\uf0b7\d.)]+[^\S\n]*)?(?:also[^\S\n]+)?(?:present|attendees|attendance"
                         r"|in[^\S\n]+attendance|attending|apologies|absent|members(?:[^\S\n]+present)?)\b")
# a table's cell holding an attendance mark or nothing ('Ada Brook / X / Ben Cole /  /'): the mark decides the list
_STATUS_CELL = re.compile(r"[/|][^\S\n]*(?:[XxPpAaYyNn✓✔√]|Apols?\.?)?[^\S\n]*(?:[/|]|$)")
_LIST_WORD = re.compile(r"(?i)(?<![a-z])(?:present|attendees|attendance|apolog\w*|absent|absence)(?![a-z])")
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_SLOTS = re.compile(r"[,;](?=[^\S\n]*[A-Z])|[^\S\n]and[^\S\n]+(?=[A-Z])")
_TITLE_LEAD = re.compile(r"([A-Z][A-Za-z]{1,10})\.?[^\S\n]+(?=[A-Z])")
_HEAD_COLON = re.compile(r"^[^\S\n]*[A-Z][\w'’ /&-]{0,30}:")
_BULLET = re.compile(r"^[^\S\n]*(?:[-•·*\u2022\uf0b7]|\d{1,2}[.)])?[^\S\n]*")
# a line opening with two name-shaped words and then a column gap, a separator or the line's end
_LINE_NAME = re.compile("(" + NAME_WORD + " " + NAME_WORD + r")(?=[^\S\n]{2,}|[^\S\n]*(?:[,;(–—-]|$))")
_PAIR_START = re.compile(r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June|July"
                         r"|August|September|October|November|December)\b)" + NAME_WORD + " " + CAPITAL_WORD)
LEAST = 3


def _prose(line: str, vocab: Vocabulary) -> bool:
    bare = re.sub(r"\([^()]*\)?|\[[^\[\]]*\]?", " ", line)
    return any(w not in PROSE_OK and w not in vocab.role_words and w not in vocab.group_words
               and w not in vocab.org_words for w in LOWER_WORD.findall(bare))


def _block_end(text: str) -> int:
    """Where the opening ends for this reader: a list label opening a line, item 1 or the second item line,
    or the window's end."""
    limit = min(len(text), _WINDOW)
    ends = [m.start() for m in (_LABEL_LINE.search(text, 0, limit),) if m]
    items = [m for m in _ITEM_LINE.finditer(text, 0, limit) if 1 <= int(m.group(1)) <= 40]
    # item 1, or the second item line of any number ('Item 2 Minutes' over the page is the paper's own heading)
    ends += [m.start() for k, m in enumerate(items) if int(m.group(1)) == 1 or k == 1][:1]
    return min(ends, default=limit)


def _line_names(line: str, ls: int, names: list[tuple[int, int]], vocab: Vocabulary,
                person) -> list[tuple[int, int, bool]]:
    """The names a line gives as entries, when it is no sentence and no heading's colon: every vouched name
    of a separated run ('Ada Brook (Chair), Ben Cole, Cy Dale' or '...; ...; ...'), three or more, the first
    opening the line; else the name opening the line (after a bullet or a title), vouched or not, the rest of
    the line being the person's role or organisation."""
    if _prose(line, vocab) or _HEAD_COLON.match(line):
        return []
    lead = _BULLET.match(line).end()
    while (title := _TITLE_LEAD.match(line, lead)) is not None and is_title(title.group(1)):
        lead = title.end()
    on_line = [(a, z) for a, z in names if ls <= a < ls + len(line)]
    opens = bool(on_line) and on_line[0][0] - ls <= lead < on_line[0][1] - ls
    alike = None if opens else _LINE_NAME.match(line, lead)
    first = [(ls + alike.start(1), ls + alike.end(1), False)] if alike and person(alike.group(1), vocab) else []
    if (opens or first) and len(on_line) >= LEAST and len(_SLOTS.findall(line)) >= LEAST - 1:
        return first + [(a, z, True) for a, z in on_line]  # a separated run: every vouched name of it
    if opens:
        return [(*on_line[0], True)]
    return first  # a line like the vouched ones: its opening name, unvouched


def _shaped(opening: str, vocab: Vocabulary) -> bool:
    """Before spaCy runs: three lines in a row (blank lines aside) opening with two name-shaped words, or one line
    with three separated pairs of them; generated papers and most real ones have neither."""
    row = 0
    for line in opening.split("\n"):
        if not line.strip():
            continue
        lead = _BULLET.match(line).end()
        while (title := _TITLE_LEAD.match(line, lead)) is not None and is_title(title.group(1)):
            lead = title.end()
        if len(_SLOTS.findall(line)) >= LEAST - 1 and len(PAIR.findall(line)) >= LEAST and not _prose(line, vocab):
            return True
        row = row + 1 if _PAIR_START.match(line, lead) and not _prose(line, vocab) else 0
        if row >= LEAST:
            return True
    return False


def unlabelled_block_names(text: str, vocab: Vocabulary, person,
                           read: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of the names of the first unlabelled block of people in the opening (see the module's
    docstring); [] when there is none."""
    end = _block_end(text)
    if len(free_pairs(text, 0, end, read)) < LEAST or not _shaped(text[:end], vocab):
        return []
    ents = person_entities(text, 0, end, columns=True)
    names = sorted(set(names_in_block(text, 0, end, ents, vocab, person, read, strict=True)
                       + short_names(text, 0, end, ents, vocab, read, "attendees")))
    run: list[tuple[int, int, bool]] = []  # (start, end, vouched)
    gap, spacing = 0, None  # blank lines since the run's last line; the run's own spacing (0 or 1 blank line)
    before = ""  # the last line before the run that is neither blank nor a name's
    at = 0
    for line in text[:end].split("\n") + ["."]:
        ls = at
        at += len(line) + 1
        if not line.strip():
            gap += 1
            continue
        if _STATUS_CELL.search(line) or _LIST_WORD.search(_BRACKETED.sub(" ", line)):
            entry = None  # a status column or a list's word: a table or a label this reader leaves
            end = ls
        else:
            entry = None if any(ls < z and a < ls + len(line) for a, z in read) else \
                (_line_names(line, ls, names, vocab, person) or None)
        if entry is not None and run and (gap == spacing or spacing is None and gap <= 1):
            spacing = gap
            run.extend(entry)
            gap = 0
            continue
        if len(run) >= LEAST:  # the opening's first block of names decides
            vouched = sum(v for _a, _z, v in run)
            if vouched >= LEAST and 2 * vouched >= len(run) and not before.rstrip().endswith(":"):
                return [(a, z) for a, z, _v in run]
            return []  # under a label no rule knows ('Witnesses:', 'Invitees:'), or too few names vouched
        if end <= ls:
            return []
        if entry is None:
            before, run = line, []
        else:
            run = entry if any(v for _a, _z, v in entry) else []  # a block opens with a vouched name ('Civic Hall' is none)
        gap, spacing = 0, None
    return []
