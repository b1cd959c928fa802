"""The last resort for a people block no layout rule read (round 27).

Every new board writes its attendance in a layout of its own, and a layout the specific rules in
attendance.py have not met used to give no attendees at all. When a list (attendees or apologies) was
read empty but the paper's opening has its label ('Present', 'PRESENT', 'Attendees:', 'Apologies'),
the block after the label (up to the next list label or the first numbered item) is split into runs
of capitalised words, and a person is taken from a run only when it is certain:

- the run is the whole of a list slot: two or three name-shaped words between separators (a comma,
  a semicolon, a bracket, a colon, a line break, a bullet, 'and', the block's ends), the way a comma
  list writes 'Ada Brook, Ben Cole and Cy Dee'; three or more such slots make the block a list;
- or, inside a longer run ('Ada Brook Head of Care Elmley Council Ben Cole ...', where a name's end is
  not written), two or three words that the paper writes again, word for word, outside the block, as a
  person's name (`_mentioned`): the same full name in the minutes' body vouches it is a person's;
- or a title opening the last words of a run before a separator ('... Councils Cllr Ada Brook – Place').

With no label at all, `read_initialled` takes three or more lines of the opening that each open with a
name closed by the initials that fit it ('Ada Brook (AB): Chair').

Every word is checked with `looks_like_person` (no group, organisation, role or place word). The
paper gets a warning saying the list was read by this fallback.
"""
from __future__ import annotations

import re

from ingest.names import is_title
from ingest.parse.lines import Line
from ingest.parse.name_cut import COMPASS, cut_after_lead, is_given
from ingest.parse.name_run import PARTICLE
from ingest.parse.people import NAME_WORD, Entry, fits_initials, looks_like_person, parse_entry
from ingest.parse.vocab import Vocabulary

_WINDOW = 3000  # characters of the paper's opening searched for a label
_BLOCK = 1500  # characters of a block at most
_PRESENT = re.compile(r"(?<![A-Za-z])(?:PRESENT|Present|ATTENDEES|Attendees|IN\s+ATTENDANCE|In\s+[Aa]ttendance)"
                      r"(?![A-Za-z])(?:\s*:|(?=\s+[A-Z]))")
_APOLOGIES = re.compile(r"(?<![A-Za-z])(?:APOLOGIES|Apologies)(?:\s+(?:for|FOR)\s+(?:absence|Absence|ABSENCE))?"
                        r"(?![A-Za-z])(?:\s*:|(?=\s+[A-Z]))")
# a block every rule read empty (round 39) may also open with a flattened table's cell ('Present / Ada Brook',
# 'Apologies | Ben Cole') or a 'Members' / 'Members present' label with its colon
# a label alone on its line over bulleted entries ('Present' / '- Prof. A Brook – Chair'; round 41)
_BULLETED = r"(?=[^\S\n]*\n[^\S\n]*[-•·*\u2022\uf0b7][^\S\n]*[A-Z])"
_PRESENT_WIDE = re.compile(_PRESENT.pattern + r"|(?<![A-Za-z])(?:PRESENT|Present|ATTENDEES|Attendees|In\s+[Aa]ttendance)"
                           r"[^\S\n]*[/|](?=[^\S\n]*[A-Z])|(?<![A-Za-z])(?:MEMBERS|Members)(?:\s+(?:PRESENT|[Pp]resent))?\s*:"
                           r"|(?<=\n)(?:PRESENT|Present|ATTENDEES|Attendees)" + _BULLETED)
_APOLOGIES_WIDE = re.compile(_APOLOGIES.pattern + r"|(?<![A-Za-z])(?:APOLOGIES|Apologies)[^\S\n]*[/|](?=[^\S\n]*[A-Z])"
                             r"|(?<=\n)(?:APOLOGIES|Apologies)" + _BULLETED)
# where a block ends: a numbered item ('1. Welcome', '2 Minutes'), an 'Apologies' label or a sentence's end
# rounds 27 and 33 keep refusing a block under a date line read as an item ('30 September': with the block read, round
# 33 read 'In the Chair: Ada Fox' after the list, and a held-out check lost an attendee when its block was cut at headings)
_ITEM_OR_DATE = re.compile(r"(?:(?:^|(?<=\n))[^\S\n]*(\d{1,2})[.)]?|(?<=\s)(\d{1,2})[.)])\s+(?=[A-Z])")
# never a date ('30 September 2013' on its own line over 'Attendees:' is no item 30; round 41)
_ITEM = re.compile(r"(?:(?:^|(?<=\n))[^\S\n]*(\d{1,2})[.)]?|(?<=\s)(\d{1,2})[.)])\s+(?=[A-Z])"
                   r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December"
                   r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)")


def numbered_from(text: str, least: int, start: int = 0, end: int | None = None,
                  pattern: re.Pattern[str] = _ITEM) -> re.Match[str] | None:
    """The first item numbered `least` or more in text[start:end] ('2. Minutes', '3 Actions'; with `_ITEM` a
    date's day is no item), or None: what stands after it is the meeting's business, not its opening."""
    return next((m for m in pattern.finditer(text, start, len(text) if end is None else end)
                 if int(m.group(1) or m.group(2)) >= least), None)


# the apologies label's sentence, the label perhaps written twice ('Apologies for absence Apologies for absence were
# received from ...': an agenda heading run into its minute)
_RECEIVED_FROM = re.compile(r"\s*(?:(?i:apologies(?:\s+for\s+absence)?)\s+)?(?:were|have\s+been|had\s+been)\s+"
                            r"(?:received|noted|given|sent|tendered|submitted)\s+(?:from|by)\s+(?=[A-Z])")
# where an attendees block ends: the apologies (or absent) list's word, with or without colon or names after it
_OTHER_LIST = re.compile(r"(?<![A-Za-z])(?:APOLOGIES|Apologies|ABSENT|Absent)(?![a-z])")
# a title's full stop ('Cllr. Ada Brook', 'The Rt. Hon. Ben Cole', 'Mrs. Cy Dale') ends no sentence (round 41)
_SENTENCE = re.compile(r"(?<=[a-z]{2})(?<!Cllr)(?<!Hon)(?<!Mrs)(?<!Prof)(?<!Revd)(?<!Supt)(?<!Insp)\.\s")
_WORD = re.compile(r"(?<![\w'’-])(?:" + NAME_WORD + "|" + PARTICLE + r"(?=\s))")
_SEPARATORS = ",;:()[]•·\n\u2022\uf0b7"
_JOINERS = frozenset({"and", "&"})
_FROM = frozenset({"from"})  # 'Apologies were received from Ada Brook, Ben Cole and Cy Dee'



def block_span(text: str, kind: str, wide: bool = False) -> tuple[re.Match[str], int, int] | None:
    """The first `kind` label ('attendees' or 'apologies') of the paper's opening and the block after it: up
    to the first numbered item, sentence end or the other list's label, 1,500 characters at most. None when
    there is no label, or it stands under an item numbered 2 or more (an item's guests, not the meeting's)."""
    if wide:  # a table cell's label too (round 39)
        label = (_PRESENT_WIDE if kind == "attendees" else _APOLOGIES_WIDE).search(text, 0, _WINDOW)
    else:
        label = (_PRESENT if kind == "attendees" else _APOLOGIES).search(text, 0, _WINDOW)
    if label is None or numbered_from(text, 2, 0, label.start(), _ITEM if wide else _ITEM_OR_DATE) is not None:
        return None
    start = label.end()
    end = min(len(text), start + _BLOCK)
    for stop in (_ITEM.search(text, start, end), _SENTENCE.search(text, start, end),
                 (_OTHER_LIST if kind == "attendees" else _PRESENT).search(text, start, end)):
        if stop is not None:
            end = min(end, stop.start())
    return label, start, end


def read_fallback(text: str, vocab: Vocabulary, kind: str) -> tuple[list[Entry], str] | None:
    """The people of the first `kind` block ('attendees' or 'apologies') of the paper's opening, and the
    label read; None when no label is found or fewer than three people are certain."""
    block = block_span(text, kind)
    if block is None:
        return None
    label, start, end = block
    entries = read_block(text, vocab, kind, label.start(), start, end)
    return (entries, label.group().strip(" :")) if entries is not None else None


def read_block(text: str, vocab: Vocabulary, kind: str, at: int, start: int, end: int) -> list[Entry] | None:
    """The people of the block text[start:end] under a `kind` label at `at`, by `read_fallback`'s certainty
    rules; None when fewer than three (one after 'were received from') are certain."""
    label_start = at
    outside = text[:label_start] + "\n" + text[end:]
    runs = _runs(text, start, end, vocab)
    slotted = [r for r in runs if r[3] and (len(r[2]) == 2 or len(r[2]) == 3 and is_title(text[r[2][0][0]:r[2][0][1]]))]
    entries: list[Entry] = []
    taken: set[str] = set()
    # 'Apologies ... were received from Ada Brook and Ben Cole.': a sentence says the names are people
    least = 1 if kind == "apologies" and _RECEIVED_FROM.match(text, start, end) else 3
    if len([r for r in slotted if slot_person(text[r[0]:r[1]], vocab)]) >= least:
        for s, e, _words, _slot in slotted:
            if slot_person(text[s:e], vocab):
                _take(text, s, e, vocab, entries, taken)
    for s, e, words, slot in runs:
        if (s, e, words, slot) in slotted:
            continue
        if _right_separated(text, e, end, vocab):  # 'Org Words Cllr Ada Brook – Place': a title opens the run's last name
            for i in range(max(0, len(words) - 4), len(words) - 2):
                ws = words[i][0]
                if is_title(text[ws:words[i][1]]) and _person(text[ws:e], vocab):
                    _take(text, ws, e, vocab, entries, taken)
                    break
            else:  # in an apologies block only: an attendees run is left to round 33's recognised names
                if kind == "apologies" and (named := _grouped_name(text, words, vocab)) is not None:
                    _take(text, *named, vocab, entries, taken)  # 'from Community Councillors Ada Brook, ...' (r46)
        if _cut_run(text, words, vocab, entries, taken):  # 'Ada Brook Ben Cole Cy Dee ...' (round 50)
            continue
        i = 0
        while i + 1 < len(words):
            for n in (3, 2):
                if i + n > len(words):
                    continue
                ws, we = words[i][0], words[i + n - 1][1]
                name = text[ws:we]
                if _person(name, vocab) and _mentioned(name, outside):
                    _take(text, ws, we, vocab, entries, taken)
                    i += n
                    break
            else:
                i += 1
    if len(entries) < least:
        return None
    return entries


def cut_piece(text: str, vocab: Vocabulary) -> list[tuple[int, int]] | None:
    """'Ada Brook Ben Cole Cy Dee': a list piece of six or more capitalised words only, cut whole into names
    (`name_cut`), each a `_cut_person`; their spans in `text`, or None (round 50)."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    if len(words) < 6 or words[0][0] != 0 or words[-1][1] != len(text.rstrip()) \
            or any(text[a[1]:b[0]] != " " for a, b in zip(words, words[1:])):
        return None
    spans = cut_after_lead([text[s:e] for s, e in words])
    if spans is None:
        return None
    names = [(words[a][0], words[b - 1][1]) for a, b in spans]
    return names if all(_cut_person(text[s:e], vocab) for s, e in names) else None


def _cut_run(text: str, words: list[tuple[int, int]], vocab: Vocabulary, entries: list[Entry],
             taken: set[str]) -> bool:
    """Take every name of a run of names with no separator when `name_cut` cuts the whole run cleanly and
    every name is a slot person; whether it did."""
    last = words[-1][0]
    if len(words) > 1 and any(p.match(text, last) for p in (_PRESENT, _APOLOGIES, _OTHER_LIST)):
        words = words[:-1]  # '... Cy Dee In attendance': the next label's first word ends the run
    spans = cut_after_lead([text[s:e] for s, e in words])
    if spans is None:
        return False
    names = [(words[a][0], words[b - 1][1]) for a, b in spans]
    if not all(_cut_person(text[s:e], vocab) for s, e in names):
        return False
    for s, e in names:
        _take(text, s, e, vocab, entries, taken)
    return True


def _cut_person(name: str, vocab: Vocabulary) -> bool:
    """A name cut from a run: `slot_person`, but a compass word may be the surname ('Ivo West'), and after a
    known given name any surname `looks_like_person` takes."""
    if not _person(name, vocab):
        return False
    first, last = name.split()
    if is_given(first) or slot_person(name, vocab):
        return True
    lows = (first.lower(), last.lower())
    return last.lower() in COMPASS and not any(w in vocab.role_words or w in vocab.place_words for w in lows) \
        and lows[0] not in _NOT_IN_SLOT


_BEFORE = re.compile(r"(?:^|(?<=\s))(\S+)[^\S\n]+$")  # the word before, on the same line
_AFTER = re.compile(r"^[^\S\n]+(\S+)")


def _grouped_name(text: str, words: list[tuple[int, int]], vocab: Vocabulary) -> tuple[int, int] | None:
    """'Community Councillors Ada Brook', 'Board Members Ben Cole': a run of one or two words ending with a group
    word ('councillors', 'members', 'trustees') before the last two, which are a slot person's name: their span."""
    if len(words) not in (3, 4) or text[words[-3][0]:words[-3][1]].lower() not in vocab.group_words:
        return None
    s, e = words[-2][0], words[-1][1]
    return (s, e) if slot_person(text[s:e], vocab) else None


def _mentioned(name: str, outside: str) -> bool:
    """`name` written again as a person's name: with no capitalised word before it (a title aside) or after
    it, and never after 'the' ('the Thames Valley', 'NHS Elmley Isles' are places and bodies)."""
    clean = False
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", outside):
        before = _BEFORE.search(outside, max(0, m.start() - 40), m.start())
        after = _AFTER.match(outside[m.end():m.end() + 40])
        prev = before.group(1) if before else ""
        if prev.lower() == "the" or (prev[:1].isupper() and not is_title(prev.strip(".,")) and prev[-1:] not in ".:;,)"):
            return False
        if after is not None and re.match(NAME_WORD, after.group(1)):
            return False
        clean = True
    return clean


def _person(name: str, vocab: Vocabulary) -> bool:
    return looks_like_person(name, vocab, in_slot=True) and not name.isupper()


# words of a department, a service's subject or a part of a place, never of a name a list slot holds alone
# ('Patient Safety', 'Organisational Development', 'Elmley Fire', 'Elmley East'): generic vocabulary
_NOT_IN_SLOT = frozenset("""development management performance safety quality experience health care fire rescue
change improvement planning finance governance safeguarding assessment audio video watch programme integrated
north south east west northern southern eastern western central""".split())


def slot_person(name: str, vocab: Vocabulary) -> bool:
    """A name a list slot holds alone: `_person`, and no role word ('Named Nurse Safeguarding') and no word of
    a department, a subject or a place's part anywhere in it (measured on every gold set with the fallback
    forced on every paper: these were its false people)."""
    lows = [w.lower().strip(".,") for w in name.split()]
    return _person(name, vocab) and not any(w in vocab.role_words or w in _NOT_IN_SLOT
                                            or w in vocab.place_words for w in lows)


def _take(text: str, s: int, e: int, vocab: Vocabulary, entries: list[Entry], taken: set[str]) -> None:
    name = text[s:e]
    if name.lower() in taken:
        return
    entry = parse_entry(Line(0, s, e, name), vocab)
    if entry is None or entry.person.name != name:
        return
    taken.add(name.lower())
    entries.append(entry)


def _runs(text: str, start: int, end: int, vocab: Vocabulary) -> list[tuple[int, int, list[tuple[int, int]], bool]]:
    """Maximal runs of capitalised words joined by single spaces in text[start:end]: (start, end, the words'
    offsets, whether separators stand on both sides)."""
    out = []
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, start, end)]
    i = 0
    while i < len(words):
        j = i
        while j + 1 < len(words) and text[words[j][1]:words[j + 1][0]] == " ":
            j += 1
        run = words[i:j + 1]
        out.append((run[0][0], run[-1][1], run, _separated(text, run[0][0], run[-1][1], start, end, vocab)))
        i = j + 1
    return out


def _separated(text: str, s: int, e: int, start: int, end: int, vocab: Vocabulary) -> bool:
    """A separator (or the block's edge, or 'and') on both sides of text[s:e]."""
    before = text[start:s].rstrip(" \t")
    left = not before or before[-1] in _SEPARATORS or before.rsplit(None, 1)[-1] in _JOINERS | _FROM
    return left and _right_separated(text, e, end, vocab)


def _right_separated(text: str, e: int, end: int, vocab: Vocabulary) -> bool:
    """A separator after text[:e] (a dash before an organisation counts: 'Ada Brook – Elmley Council')."""
    after = text[e:end].lstrip(" \t")
    parts = after.split(None, 1)
    if parts and parts[0] in _JOINERS:  # 'Ada Brook and Ben Cole', never 'Elmley Fire and Rescue Service'
        nxt = re.match(rf"{NAME_WORD}(?: {NAME_WORD}){{1,2}}(?=[^\w'’-]|$)", parts[1] if len(parts) > 1 else "")
        return nxt is not None and looks_like_person(nxt.group(), vocab, in_slot=True)
    return not after or after[0] in _SEPARATORS or re.match(r"[-–—]\s", after) is not None


# 'Ada Brook (AB): Chair of the Board', '• Ben Cole (BC) – Elmley Council': a name opening its line, closed by initials
# ('Ada Brook [AB] Chair; Ben Cole [BC] Member': square brackets, several a line between semicolons, round 29)
_INITIALLED = re.compile(r"(?m)(?:^|(?<=[;,&]))[^\S\n]*(?:[•·*\u2022\uf0b7-][^\S\n]*)?(?P<name>[A-Z][^()\[\]\n:,;]{2,50}?)"
                         r"[^\S\n]*(?:\((?P<ini>[A-Z][A-Za-z]{1,4})\)|\[(?P<sq>[A-Z][A-Za-z]{1,4})\])")
# 'Ada Brook (Practice Manager) AB', 'Ben Cole BC': a line of its own holding a name and the bare initials that end it
_BARE_INITIALLED = re.compile(r"(?m)^[^\S\n]*(?:[•·*\u2022\uf0b7-][^\S\n]*)?(?P<name>[A-Z][^()\n:,;]{2,50}?)"
                              r"(?:[^\S\n]*\([^()\n]{1,50}\))?[^\S\n]+(?P<ini>[A-Z]{2,4})[^\S\n]*$")
_APOLOGY_WORD = re.compile(r"(?i)\bapolog")  # a list label between two initials lines ends the block
_ABSENT = re.compile(r"(?i)\b(?:absent|not\s+present|did\s+not\s+attend)\b")  # a gap line of the absent list
_BETWEEN = 2  # lines at most between two such lines (a sub-heading 'Elmley Council (EC):', a blank)


def read_initialled(text: str, vocab: Vocabulary) -> list[Entry] | None:
    """A block of the paper's opening with no label: three or more lines each opening with a person's name
    closed by the initials that fit it, no more than two short lines apart (round 27). The minutes then call
    them by those initials: the people the meeting had. A block under an apologies (or absent) label is never
    taken; None when there is no such block."""
    blocks: list[list[Entry]] = [[]]
    last = None
    found = sorted([*_INITIALLED.finditer(text, 0, _WINDOW), *_BARE_INITIALLED.finditer(text, 0, _WINDOW)],
                   key=lambda m: m.start())
    for m in found:
        name, ini = m.group("name"), m.group("ini") or m.groupdict().get("sq")
        if not (looks_like_person(name, vocab, in_slot=True, initials=ini) and fits_initials(ini, name)):
            continue
        if last is not None and not _close(text[last:m.start()]):
            blocks.append([])
        entry = parse_entry(Line(0, m.start("name"), m.end("name"), name), vocab) \
            or parse_entry(Line(0, m.start("name"), m.end(), f"{name} ({ini})"), vocab)  # 'AM Brook (AB)'
        if entry is None or entry.person.name != name:
            continue
        entry.person.initials = ini
        blocks[-1].append(entry)
        last = m.end()
    present = [b for b in blocks if len(b) >= 3 and not _under_absence(text, b[0].person.span[0])]
    return max(present, key=len) if present else None


# 'apologies from AB, CD and EF': the minutes give the apologies by the initials the list gave its people (round 29)
_APOLOGIES_BY_INITIALS = re.compile(r"(?i:apolog\w*)\b[^.\n]{0,40}?\b(?i:from|by)\s+"
                                    r"(?P<ini>[A-Z]{2,4}(?:\s*(?:,|&|\band\b)\s*[A-Z]{2,4}){1,12})\b")


def initials_apologies(text: str, entries: list[Entry]) -> list[Entry]:
    """The people of an initials block (`read_initialled`) whose initials an apologies sentence names
    ('The Clerk was in receipt of apologies from AB, CD and EF'): they sent apologies, so they were not there."""
    said: set[str] = set()
    for m in _APOLOGIES_BY_INITIALS.finditer(text):
        said.update(re.findall(r"[A-Z]{2,4}", m.group("ini")))
    return [e for e in entries if e.person.initials in said]


def _under_absence(text: str, first: int) -> bool:
    """Is the nearest list label in the 300 characters before `first` an apologies (or absent) one?"""
    labels = [m for pattern in (_PRESENT, _OTHER_LIST) for m in pattern.finditer(text, max(0, first - 300), first)]
    return bool(labels) and max(labels, key=lambda m: m.start()).re is _OTHER_LIST


def _close(gap: str) -> bool:
    """The rest of one initials line and at most two short lines (no sentence) before the next."""
    if _APOLOGY_WORD.search(gap) or _ABSENT.search(gap):
        return False  # 'Ada Brook (AB), Ben Cole (BC) Apologies: Cy Dale (CD)': the label ends the block (round 29)
    lines = [ln.strip() for ln in gap.split("\n")[1:] if ln.strip()]
    # a line of initialled names and nothing else (no lower-case word outside brackets) is the block's own (round 29)
    lines = [ln for ln in lines if not (_INITIALLED.match(ln) and not re.search(r"\b[a-z]{3,}", re.sub(r"\([^()]*\)", "", ln)))]
    return len(lines) <= _BETWEEN and all(len(ln) <= 60 and not ln.endswith(".") and not _APOLOGY_WORD.search(ln)
                                          and not _ABSENT.search(ln) for ln in lines)
