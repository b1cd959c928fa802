"""Actions marked after the fact: a marker names the owner of the sentence before it.

Web minutes write '... would be brought to the next meeting. (Action: Ada Brook)',
'(Action: Ada Brook/Carl Dunn)', '... in the report (Action: Ada Brook).', and a
marker may carry its own task ('(Action: Ada Brook to add to the forward plan)').
Other minutes put an owner-only label after the paragraph ('Action: All',
'Actions: Chair', 'Action by: Ada Brook'). The action is the sentence just
before the marker (or the marker's own task); the owners are the marker's.
"""
from __future__ import annotations

import re

from ingest.names import clean_text
from ingest.parse.lines import Line, column_of, has_bullet, numbered, squash, strip_bullet
from ingest.parse.owners import OwnerReader, Owners
from ingest.parse.people import is_role

# '(Action: Name)', '[Action – Name]', '(Actions: A/B)', '(Action by: Name)', '(Action Point: Name)', any case;
# numbered: '(Action 3: Name)', '[Action 1, Name]' (round 35)
MARKER = re.compile(
    r"[(\[]\s*actions?(?:\s+(?:by|owners?|lead|points?))?(?:\s+\d{1,3}(?=\s*[:,–—-]))?"
    r"\s*(?:[:–—-]|(?<=\d),)\s*(?P<who>(?:[^()\[\]\n]|\([^()\n]{0,60}\)){1,160}?)\s*[)\]]", re.I)
_NOT_OWNER = {"none", "n/a", "na", "nil", "noted", "no action", "no actions", "tbc", "tba", "ongoing", "completed",
              "complete", "closed", "open", "done", "agreed", "see above", "see below"}
_OWNER_WORD = re.compile(r"(?:[A-Z][\w'’.\-]*|all|the|and|members|colleagues|partners|&|/|,)$")
_PARTS = re.compile(r"\s*(?:/|,|&|\band\b)\s*")
_TASK = re.compile(r"\s(?:to|will|should|must)\s+(?!be\b)[a-z]")
# a sentence ends at . ! ? (and a closing quote or bracket), before a capital, a digit or an opening quote
_BOUNDARY = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")
_PARAGRAPH_NUMBER = re.compile(r"(?:\d{1,2}(?:\.\d{1,2})*\.?|\(?[a-z]{1,2}\)|[a-z]\.)\s+(?=\S)")
_CELL = re.compile(r"(?:^|\s)\|\s+")
_ABBREVIATIONS = {"dr", "mr", "mrs", "ms", "st", "no", "cllr", "clr", "prof", "e.g", "i.e", "eg", "ie", "etc", "vs", "cf",
                  "approx", "ref", "para", "supt", "insp", "rev", "revd"}
# a topic written before the sentence on its line: 'Computer refresher: ', 'The Archway at Bellview: ' (round 38)
_TOPIC = re.compile(r"[A-Z][\w’'&-]*(?:\s+[\w’'&-]+){0,4}:\s+(?=[A-Z][a-z])")
_MAX_LINES = 12  # a paragraph is read back at most this far


def owner_only(text: str) -> bool:
    """Does `text` name owners and nothing else ('Ada Brook/Carl Dunn', 'All', 'The Chair', 'Board members')?"""
    value = squash(text).strip(" .;:")
    if not value or len(value) > 80 or value.lower() in _NOT_OWNER or re.search(r"\d", value):
        return False
    words = re.findall(r"[^\s/,&]+|[/,&]", value)
    return 0 < len(words) <= 10 and all(_OWNER_WORD.match(w) for w in words)


def explicit_owners(who: str, reader: OwnerReader, strict: bool = False) -> Owners:
    """The owners written where only owners stand (a marker, an owner line or cell).

    Resolved against the paper's people as anywhere else; what nothing resolves is still an owner here,
    kept as written: a lone first name nobody in the paper has ('Nora'), a role or team ('Business
    Manager', 'The Safeguarding Lead'). What fits two people stays unresolved: it is never guessed."""
    who = re.sub(r"\s*;\s*", ", ", squash(who).strip(" .;:"))  # a cell's paragraphs are joined by '; '
    owners = reader.read_cell(who)
    if not owner_only(who) or (owners.owners and clean_text(owners.owners[0]) == clean_text(who)):
        return owners
    for part in _PARTS.split(who):  # 'LSCB Manager/Chair': each part the reader could not name
        named = reader.read_cell(part) if part else None
        if named is not None and not named.found:
            _as_written(part, reader, owners, strict)
    return owners


# words that label a table's columns or a field, never an owner ('Action / Owner / Due')
_LABEL_WORDS = {"action", "actions", "owner", "owners", "due", "status", "lead", "who", "what", "when", "date",
                "deadline", "update", "progress", "timescale", "item", "no", "ref", "page", "rag", "responsible"}


def _as_written(part: str, reader: OwnerReader, owners: Owners, strict: bool = False) -> None:
    """An owner no rule resolves: a lone first name names the one person the paper writes in full with it
    (two: unresolved), else it is kept as written, as a role or team is ('Business Manager')."""
    low = part.lower()
    if low.strip(" .:") in _LABEL_WORDS:
        return
    if re.fullmatch(r"[A-Z][a-z'’\-]+", part) and low not in reader.vocab.not_name_words \
            and low not in reader.vocab.role_words and low not in reader.vocab.org_words:
        written = reader.roster.by_written_first_name(part)
        if len(written) == 1:  # 'Action: Jennie' and only 'Jennie Green' written in full in the paper
            owners.owners.append(next(iter(written)))
        elif written:  # 'Action: Owen' with 'Owen Vale' and 'Owen Hart' in the paper: never guessed
            owners.unresolved.append(part)
            owners.warnings.append(f"The first name '{part}' fits more than one person "
                                   f"({' and '.join(sorted(written))}); the owner was left unresolved.")
        elif not strict:  # 'Action: Nora' and no Nora anywhere else: the owner as written
            owners.owners.append(part)
    elif re.search(r"[A-Z]", part) and not re.fullmatch(r"[A-Z]{2,4}", part) and (not strict or _owner_shaped(part, reader)):
        owners.owners.append(re.sub(r"^(?:the|The|THE)\s+", "", part))


def _owner_shaped(part: str, reader: OwnerReader) -> bool:
    """Where a line is only taken for an owner by its shape (a table written one cell per line), a phrase
    nothing resolves must read as a role or a team ('Business Manager', 'Safeguarding Leads')."""
    last = part.split()[-1].lower().strip(".,'’")
    return is_role(part, reader.vocab) or last in reader.vocab.group_words or last in reader.vocab.role_words


def marker_owners(who: str, reader: OwnerReader) -> tuple[Owners, bool]:
    """The owners a marker names, and whether the marker carries its own task ('Ada Brook to add ...')."""
    who = squash(who).strip(" .;:")
    if _TASK.search(who) and not owner_only(who):
        return reader.read(who), True
    return explicit_owners(who, reader), False


def _boundaries(chunk: str) -> list[int]:
    """Where sentences start in `chunk` (after a full stop that is not an abbreviation's or an initial's)."""
    out = []
    for m in _BOUNDARY.finditer(chunk):
        before = re.search(r"(\S+)$", chunk[:m.start()])
        word = before.group(1).lower().lstrip("(\"'“‘") if before else ""
        if len(word) == 1 or word in _ABBREVIATIONS:
            continue
        out.append(m.end())
    out.extend(m.end() for m in _CELL.finditer(chunk))  # a table cell starts a sentence too
    return sorted(out)


_JOINING = {"to", "the", "of", "and", "in", "a", "an", "for", "with", "on", "at", "by", "or", "that", "from", "be",
            "is", "was", "were", "are", "as", "which", "who", "their", "its", "this", "these"}
_SHORT = 50  # a line this short that does not run on is a heading or a paragraph's last line


def runs_on(line: str) -> bool:
    """Does a line break off mid-sentence ('... would be revised to', '... the report,')?"""
    last = re.search(r"([\w’']+)\W*$", line)
    return line.rstrip().endswith((",", "–", "-", "/")) or bool(last and last.group(1).lower() in _JOINING)


def _paragraph_start(lines: list[Line], i: int) -> int:
    """Index of the first line of the paragraph that line i ends (back to a blank, a bullet, a number,
    or a short line that does not run on: a heading such as '1. Item')."""
    j = i
    while j > 0 and i - j < _MAX_LINES and not lines[j - 1].blank and not has_bullet(lines[j]) \
            and not numbered(lines[j]) and (len(lines[j - 1].text) >= _SHORT or runs_on(lines[j - 1].text)):
        j -= 1
    return j


def paragraph_sentences(lines: list[Line], i: int, text: str, floor: int = 0) -> list[Line]:
    """The sentences of the paragraph that line i ends, in order, none starting before `floor` (round 35)."""
    start = max(strip_bullet(lines[_paragraph_start(lines, i)]).start, floor)
    chunk = text[start:lines[i].end]
    cuts = [0, *_boundaries(chunk), len(chunk)]
    out = []
    for a, b in zip(cuts, cuts[1:]):
        piece = chunk[a:b]
        body = squash(piece)
        if body:
            lead = len(piece) - len(piece.lstrip())
            out.append(Line(lines[i].index, start + a + lead, start + a + len(piece.rstrip()), body))
    return out


_LEAD_IN_LINE = re.compile(r"\bto\s*:$")  # 'Ada Brook and Ben Cole will meet to:'


def _lead_in_above(lines: list[Line], first: int, text: str) -> int:
    """'Ada Brook and Ben Cole will meet to:' over its points, each set in deeper than it (no blank line
    between), then the owner label: the sentence starts at the lead-in, not at the last point (round 25)."""
    for k in range(first - 1, max(first - _MAX_LINES, -1), -1):
        if lines[k].blank:
            return first
        if _LEAD_IN_LINE.search(lines[k].text):
            deeper = all(column_of(lines[j], text) > column_of(lines[k], text) for j in range(k + 1, first + 1))
            return k if deeper else first
    return first


def sentence_before(lines: list[Line], i: int, at: int, text: str, floor: int = 0) -> Line | None:
    """The last sentence written before offset `at` (on line i, or the paragraph just above when the
    marker stands alone), never reaching back before `floor` (the end of the previous action)."""
    first = _paragraph_start(lines, i)
    start = strip_bullet(lines[first]).start
    if not squash(text[max(start, floor):at]).strip(" .;:•·-–"):
        # the marker stands alone: the paragraph above it (one blank line between at most)
        k = first - 1
        while k >= 0 and lines[k].blank and first - k <= 2:
            k -= 1
        if k < 0 or lines[k].blank:
            return None
        first = _lead_in_above(lines, _paragraph_start(lines, k), text)
        start, at = strip_bullet(lines[first]).start, lines[k].end
    start = max(start, floor)
    start += len(text[start:at]) - len(text[start:at].lstrip())
    chunk = text[start:at].rstrip()
    if not chunk:
        return None
    cuts = _boundaries(chunk)
    if not cuts and (number := _PARAGRAPH_NUMBER.match(chunk)):
        cuts = [number.end()]  # '3.2 The Board agreed ...': the paragraph's number is not part of the sentence
    if (topic := _TOPIC.match(chunk, cuts[-1] if cuts else 0)) is not None:
        cuts = [*cuts, topic.end()]  # 'Computer refresher: Simon still to do.': the topic is no part of it (round 38)
    s = start + (cuts[-1] if cuts else 0)
    piece = text[s:start + len(chunk)]
    body = squash(piece)
    if not body or len(body.split()) < 2 or not re.search(r"[a-z]", body):
        return None  # a heading or a name, not a sentence
    lead = len(piece) - len(piece.lstrip())
    return Line(lines[i].index, s + lead, start + len(chunk), body)
