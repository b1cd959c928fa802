"""Names the rules left unread inside a labelled people block, vouched by spaCy's PERSON entities (round 33).

The commonest layout the rules miss on boards never seen is a run of entries with no separator between a
name and what follows it: 'Present: Ada Brook Elmley Council Ben Cole Chief Executive Cy Dale Elmley Fire
and Rescue Service' on one line, or one 'Ada Brook Integrated Services Manager' per line. Where a name ends
is not written, and the name shape alone cannot tell 'Ben Cole' from 'Elmley Fire' (round 27 measured that).
The statistical recogniser can: run on the block alone, it marks the person spans. A name is taken from an
entity only when the text agrees on both of its ends (`names_in_block`):

- two name-shaped words open the entity (an acronym or a vocabulary word the entity swallowed before them
  is dropped: 'EHC Ada Brook', 'Wales Ben Cole'); a personal title or rank before them is allowed;
- before them: the line's start, a separator, a title, an acronym or a vocabulary word (an organisation,
  role, group or place word) -- never another unknown capitalised word, which may be the name's first part
  ('Ann' before 'Lee Brook');
- after them: the line's end, a separator, a lower-case word, an acronym, a vocabulary word, a title; or
  the entity itself ends there (an unknown capitalised word after an entity that runs on leaves the name's
  end unsure: 'Ada Brook Elmley Resources' is skipped); never an organisation word ('Elmley Parish Council');
- no sentence word within 60 characters on the line inside the block ('RB introduced Ben Cole as a new
  trustee', 'on behalf of Ada Brook'), no slot after a role's comma ('Chief Executive, Elmley Concern'), no
  place heading a dash before a read entry ('Elmley Close – Ada Brook (Role)');
- the two words pass `slot_person` (no role, department, subject, place or group word anywhere in them).

Nothing of a paper is written here; the words are generic vocabulary.
"""
from __future__ import annotations

import re

from ingest.names import is_title
from ingest.parse.fallback_block import block_span
from ingest.parse.vocab import Vocabulary

_TOKEN = re.compile(r"[^\s,;:()\[\]•·\u2022\uf0b7–—]+")
# a name-shaped word: 'Ada', 'McLean', 'Lloyd-Jones' (NAME_WORD), and its plain form without a second part
# (CAPITAL_WORD); the readers of names spaCy vouches for (here and unlabelled_names) spell their patterns with them
CAPITAL_WORD = r"(?:Mc|Mac|O['’])?[A-Z][a-z]+"
NAME_WORD = CAPITAL_WORD + r"(?:[-'’][A-Z][a-z]+)?"
# never 'BrookAdmin' (a name glued to the role after it)
_NAME = re.compile(NAME_WORD + "$")
_JOINERS = frozenset({"and", "&", "from"})
_ACRONYM = re.compile(r"[A-Z][A-Z&/-]{1,7}s?$")  # 'EHC', 'NHS', 'CCGs', 'AB-CD'
_SEPARATOR = ",;:()[]•·\u2022\uf0b7–—-/|"


def _vocab_word(word: str, vocab: Vocabulary) -> bool:
    low = word.lower().strip(".,'’")
    return low in vocab.org_words or low in vocab.role_words or low in vocab.group_words \
        or low in vocab.place_words or low in vocab.rank_words or low in vocab.not_name_words


def _boundary_word(word: str, vocab: Vocabulary) -> bool:
    """A word that cannot be part of a person's name next to it: an acronym, a title, vocabulary, lower case."""
    bare = word.strip(".,'’")
    return not bare or not bare[0].isupper() or _ACRONYM.match(bare) is not None or is_title(bare) \
        or _vocab_word(bare, vocab) or re.match(r"[A-Z]", bare) is None


def _prev_token(text: str, at: int, floor: int, vocab: Vocabulary) -> str:
    """The word before `at` on its line, titles passed over ('of Ms Ada Brook' -> 'of'); '' at a separator or
    the line's start."""
    line = text[max(floor, at - 80):at].rsplit("\n", 1)[-1]
    while True:
        stripped = line.rstrip(" \t")
        if not stripped or stripped[-1] in _SEPARATOR:
            return ""
        word = stripped.split()[-1]
        if not is_title(word.rstrip(".")):
            return word
        line = stripped[:-len(word)]


def _next_token(text: str, at: int, ceiling: int) -> str:
    after = text[at:min(ceiling, at + 60)]
    line = after.split("\n", 1)[0]
    stripped = line.lstrip(" \t")
    if not stripped or stripped[0] in _SEPARATOR:
        return ""
    return stripped.split()[0]


# lower-case words that may stand between names without making the text prose (shared with unlabelled_names)
PROSE_OK = frozenset({"and", "from", "with", "the", "for"})
LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]{3,}")


def _prose_near(text: str, s: int, e: int, start: int, end: int, vocab: Vocabulary) -> bool:
    """A sentence's word within 60 characters of the name on its line, inside the block, brackets aside ('RB
    introduced Ada and Ben Cole as new trustees', 'Ada Brook attended as his substitute'): a minute, not a list."""
    left = text[max(start, s - 60):s].rsplit("\n", 1)[-1]
    right = text[e:min(end, e + 60)].split("\n", 1)[0]
    if s - 60 > start:
        left = left.split(" ", 1)[-1]  # the window's first word may be cut
    if e + 60 < end:
        right = right.rsplit(" ", 1)[0]
    near = re.sub(r"\([^()]*\)?|\[[^\[\]]*\]?", " ", left + " " + right)
    return any(w not in PROSE_OK and w not in vocab.role_words and w not in vocab.group_words
               for w in LOWER_WORD.findall(near))


def _vocab_part(word: str, vocab: Vocabulary) -> bool:
    """'Non-Executive': a part of a hyphenated word is a role or group word."""
    return any(_vocab_word(part, vocab) for part in re.split(r"[-'’]", word) if len(part) > 2)


def names_in_block(text: str, start: int, end: int, ents: list[tuple[int, int]], vocab: Vocabulary,
                   person, read: list[tuple[int, int]], strict: bool = False) -> list[tuple[int, int]]:
    """(start, end) of the two-word names the PERSON entities `ents` (text offsets) vouch for in text[start:end]
    outside the spans `read` (the entries the rules read); `person` is the name check. `strict` (a block the
    rules read empty, so no read entry marks where the list's entries are, round 39): a name opens its slot (a
    separator, the line's start, a title, a role word, or 'and' after a name) and stands outside brackets, and
    never heads a dash before another entity ('Elmley Close – Ada Brook')."""
    out: list[tuple[int, int]] = []
    for es, ee in ents:
        tokens = [(es + m.start(), es + m.end()) for m in _TOKEN.finditer(text[es:ee])]
        i = 0
        while i < len(tokens) and i < 2 and (_ACRONYM.match(text[tokens[i][0]:tokens[i][1]])
                                             or _vocab_word(text[tokens[i][0]:tokens[i][1]], vocab)
                                             or is_title(text[tokens[i][0]:tokens[i][1]].rstrip("."))):
            i += 1
        if i + 2 > len(tokens):
            continue
        (s1, e1), (s2, e2) = tokens[i], tokens[i + 1]
        first, second = text[s1:e1], text[s2:e2]
        if text[e1:s2] != " " or not (_NAME.match(first) and _NAME.match(second)) or is_title(second):
            continue  # 'The Honourable Mrs Justice Baron': a title is no name's part (round 41)
        if any(s1 < z and a < e2 for a, z in read) or not start <= s1 < e2 <= end:
            continue
        prev = _prev_token(text, s1, start, vocab)
        if prev and prev[:1].islower() and prev not in _JOINERS:
            continue  # '(on behalf of Ada Brook)': a name a note mentions, not a list's entry
        if prev and not _boundary_word(prev, vocab):
            continue  # 'Ann' before 'Lee Brook': the name may begin earlier
        if not prev and _after_role_comma(text, s1, vocab):
            continue  # 'Ada Brook Chief Executive, Elmley Concern': the slot after a role holds its organisation
        nxt = _next_token(text, e2, end)
        if nxt and not _boundary_word(nxt, vocab) and i + 2 < len(tokens):
            continue  # the entity runs on into an unknown capitalised word: where the name ends is not sure
        if nxt and nxt.lower().strip(".,") in vocab.org_words:
            continue  # 'Elmley Parish Council': the two words open an organisation's name
        if strict and not _opens_slot(text, s1, start, prev, vocab):
            continue
        if not nxt and _dash_then_read(text, e2, read + (ents if strict else [])):
            continue  # 'Elmley Close – Ada Brook (Role)': a place heading the entry after it
        if _vocab_part(first, vocab) or _vocab_part(second, vocab) or _prose_near(text, s1, e2, start, end, vocab):
            continue
        if not person(text[s1:e2], vocab):
            continue
        out.append((s1, e2))
    return out


def _opens_slot(text: str, at: int, floor: int, prev: str, vocab: Vocabulary) -> bool:
    """For a block read empty (round 39): the name at `at` opens a list slot, outside any bracket on its line
    ('(representing Ada Brook)'); the word before it, if any, is a role word ('... Chief Executive Ben Cole') or
    'and' / '&' after a word that is no vocabulary ('Ada Brook and Ben Cole', never 'Schools and Complex Needs');
    an acronym or an organisation word before it ('HMP Elmley Moor') is not enough here."""
    line = text[max(floor, text.rfind("\n", 0, at) + 1):at]
    if line.count("(") > line.count(")") or line.count("[") > line.count("]"):
        return False
    low = prev.lower().strip(".,")
    if not prev:
        return True
    if low in vocab.role_words:
        return True
    if low in ("and", "&"):
        before = line.rstrip().rsplit(None, 2)
        word = before[-2] if len(before) >= 2 else ""
        return bool(word) and word[:1].isupper() and _NAME.match(word.strip(".,")) is not None \
            and not _vocab_word(word, vocab)
    return False


def _after_role_comma(text: str, at: int, vocab: Vocabulary) -> bool:
    before = text[max(0, at - 40):at].rstrip(" \t")
    if not before.endswith(","):
        return False
    word = before[:-1].split()[-1:] or [""]
    return word[0].lower().strip(".") in vocab.role_words


def _dash_then_read(text: str, at: int, read: list[tuple[int, int]]) -> bool:
    dash = re.match(r"[^\S\n]*[-–—][^\S\n]*", text[at:at + 10])
    return dash is not None and any(at <= a <= at + dash.end() + 2 for a, _z in read)


_COLUMN_GAP = re.compile(r"[^\S\n]{2,}")


def person_entities(text: str, start: int, end: int, columns: bool = False) -> list[tuple[int, int]]:
    """(start, end), as offsets in `text`, of the PERSON entities spaCy finds in the block text[start:end] alone.
    `columns` (round 41): a gap of two spaces or more is shown to spaCy as a separator ('Ada Brook;    Elmley
    Council'), the same length, so an entity does not run from a name into the next column."""
    from ingest.extract import run_ner  # the parser needs spaCy only here

    block = text[start:end]
    if columns:
        block = _COLUMN_GAP.sub(lambda m: ";" + m.group()[1:], block)
    doc = next(iter(run_ner([block])))
    return [(start + e.start_char, start + e.end_char) for e in doc.ents if e.label_ == "PERSON"]


def free_pairs(text: str, start: int, end: int, read: list[tuple[int, int]]) -> list[re.Match[str]]:
    """Two capitalised words in text[start:end] outside every span the rules read: what is left for spaCy."""
    return [m for m in PAIR.finditer(text, start, end) if not any(m.start() < z and a < m.end() for a, z in read)]


_NONE = re.compile(r"(?i)\b(?:none|nil|no)\b")
# names a block read empty must give before they are taken (round 39)
EMPTY_BLOCK_LEAST = {"attendees": 2, "apologies": 1}
ABSENCE_CUE = re.compile(r"(?i)\b(?:absent|absence|not\s+present|not\s+in\s+attendance|did\s+not\s+attend|apolog)")
PAIR = re.compile(r"(?<![\w'’-])" + NAME_WORD + " " + CAPITAL_WORD)


# a line opening with the other list's label ('Present / Role / Initials' after 'Apologies noted above')
_LINE_LABEL = {"attendees": re.compile(r"(?m)^[^\S\n]*(?:APOLOGIES|Apologies|ABSENT|Absent)\b"),
               "apologies": re.compile(r"(?m)^[^\S\n]*(?:PRESENT|Present|ATTENDEES|Attendees|IN ATTENDANCE|In [Aa]ttendance"
                                       r"|Members [Pp]resent)\b")}
# a line opening with a heading and its colon: 'Chair: Ada Brook', 'Minutes:', 'Declarations of interest: None'
_HEADING = re.compile(r"(?m)^[^\S\n]*(?P<head>[A-Z][\w'’ /&-]{0,40}?)[^\S\n]*:")
_TWO_NAMES = re.compile(NAME_WORD + "(?: " + CAPITAL_WORD + "){1,2}")
# a label that is a column head or a key's word: 'P= Present A= Apologies', 'Present: Apologies Deputy'
_KEYED = re.compile(r"=|(?i:\b(?:present|attendees|apologies|absent|attendance)\b)")


# a status cell alone on its line inside a block: 'Expected', 'Apologies', 'Present, as expected' (round 41)
_STATUS_LINE = re.compile(r"(?im)^[^\S\n]*(?:present|apologies|absent|expected|attended|did not attend|sent apologies)"
                          r"(?:,[^\n]{0,20})?[^\S\n]*$")


_SUB_LABEL = re.compile(r"(?i)\b(?:members|officers|representatives|trustees|directors|councillors|governors)$")


def empty_block(text: str, kind: str) -> tuple[str, int, int] | None:
    """The label and span of the `kind` block ('attendees' or 'apologies') of a list every rule read empty:
    round 27's `block_span`, an attendees block also ending at an absence word (round 33), and every block at
    a line opening with the other list's label or with a heading's colon (round 39). None when the label is a
    column head or an attendance key's word (another label or '=' before it on its line, or right after it)."""
    block = block_span(text, kind, wide=True)
    if block is None:
        return None
    label, start, end = block
    line_start = text.rfind("\n", 0, label.start()) + 1
    if _KEYED.search(text, line_start, label.start()) or _KEYED.match(text[start:start + 20].lstrip(" :=")) \
            or text[start:start + 3].lstrip(" ").startswith("="):
        return None
    if _STATUS_LINE.search(text, start, end):
        return None  # 'Apologies' / 'Expected' alone on rows' lines: a status column, the label one of its cells
    if kind == "attendees" and (away := ABSENCE_CUE.search(text, start, end)) is not None:
        end = away.start()
    if (other := _LINE_LABEL[kind].search(text, start, end)) is not None:
        end = other.start()
    return label.group().strip(" :/|"), start, heading_end(text, start, end)


def heading_end(text: str, start: int, end: int) -> int:
    """Where a block ends at a line opening with a heading and its colon that is no name ('Chair: Ada Brook',
    'In the Chair: Ben Cole', 'Minutes:'; round 39, and round 33's block from round 41); a sub-label of the list
    ('Voting members:', 'Officers:') ends nothing."""
    for head in _HEADING.finditer(text, start, end):
        if _SUB_LABEL.search(head.group("head")):
            continue
        if head.start("head") > start and not _TWO_NAMES.fullmatch(head.group("head")):
            return head.start()
    return end


def _initialled(text: str, start: int, end: int) -> bool:
    return any(m.group("initials") for m in _SHORT_NAME.finditer(text, start, end))


def empty_block_names(text: str, kind: str, vocab: Vocabulary, person,
                      read: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]] | None:
    """The label and the (start, end) of the names `names_in_block` takes in an empty list's block; spaCy runs
    only when the block holds two pairs of capitalised words outside `read`."""
    block = empty_block(text, kind)
    if block is None:
        return None
    label, start, end = block
    other = block_span(text, "apologies" if kind == "attendees" else "attendees")
    if other is not None and start < other[0].start() <= end + 2 and not PAIR.search(text, other[1], other[2]) \
            and not _NONE.search(text, other[1], other[2]) and not _initialled(text, other[1], other[2]) \
            and not text[text.rfind("\n", 0, other[0].start()) + 1:other[0].start()].strip(" \t-•·*\u2022"):
        # ('Apologies' opening its line; 'Welcome & Apologies' is an item's heading, 'Ms J Aionesei' a name: round 41)
        return None  # 'Apologies:' with no name after it closing our block: two columns flattened, order unknown
    shorts = [m for m in _SHORT_NAME.finditer(text, start, end) if m.group("initials")
              and not any(m.start() < z and a < m.end() for a, z in read)]  # 'A Brook' is no pair (round 41)
    if len(free_pairs(text, start, end, read)) + len(shorts) < EMPTY_BLOCK_LEAST[kind]:
        return None
    ents = person_entities(text, start, end)
    spans = names_in_block(text, start, end, ents, vocab, person, read, strict=True)
    spans += short_names(text, start, end, ents, vocab, read + spans, kind)  # 'Cllr Brook', 'A Brook' (round 41)
    return label, sorted(spans)


# a personal title or rank and a surname alone ('Cllr Brook', 'Councillor Dunn', 'Mr Cole'), or one or two initials
# and a surname ('A Brook', 'A. Brook', 'A.B. Brook', 'A B Brook') (round 41)
_SHORT_NAME = re.compile(r"(?<![\w.'’&-])(?:(?P<title>[A-Z][A-Za-z]{1,10})\.?|(?P<initials>[A-Z]\.?(?:[^\S\n]?[A-Z]\.)?"
                         r"|[A-Z](?:[^\S\n][A-Z])?))[^\S\n]+(?P<surname>" + NAME_WORD + r")(?![\w'’-])")


_PARTICLES = frozenset({"ap", "de", "da", "di", "du", "la", "le", "van", "von", "der", "den", "del", "mac", "st"})


# initials entries ('A Brook') an attendees block needs before any is taken: the list is written that way
INITIALLED_LEAST = 3


def short_names(text: str, start: int, end: int, ents: list[tuple[int, int]], vocab: Vocabulary,
                read: list[tuple[int, int]], kind: str) -> list[tuple[int, int]]:
    """`short_names_in_block`, its initials entries kept in an attendees block only when it gives three or
    more: one 'A Brook' among full names may be a note's person, not an entry (a pooled held-out check,
    blind28-31, showed one right and one false attendee from blocks with fewer; apologies kept one more right)."""
    shorts = short_names_in_block(text, start, end, ents, vocab, read)
    initialled = [sp for sp in shorts if _SHORT_NAME.fullmatch(text, *sp).group("initials")]
    if kind == "attendees" and len(initialled) < INITIALLED_LEAST:
        shorts = [sp for sp in shorts if sp not in initialled]
    return shorts


def short_names_in_block(text: str, start: int, end: int, ents: list[tuple[int, int]], vocab: Vocabulary,
                         read: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of the entries written as a title and a surname ('Cllr Brook') or initials and a surname
    ('A Brook') in text[start:end], outside `read`, whose surname a PERSON entity of `ents` covers (round 41).
    The entry opens its slot (a separator, the line's start, a role word: `_opens_slot`) and ends at a separator,
    the line's end, a lower-case word, an acronym or a vocabulary word, never another capitalised word (a
    longer name's first part); no sentence word near it; the surname is no vocabulary word."""
    out: list[tuple[int, int]] = []
    for m in _SHORT_NAME.finditer(text, start, end):
        s1, e2 = m.start(), m.end()
        if m.group("title") is not None and not is_title(m.group("title")):
            continue
        ss, se = m.span("surname")
        if any(s1 < z and a < e2 for a, z in read) or not any(a <= ss and se <= z for a, z in ents):
            continue
        surname = m.group("surname")
        if _vocab_word(surname, vocab) or _vocab_part(surname, vocab) or _ACRONYM.match(surname):
            continue
        prev = _prev_token(text, s1, start, vocab)
        if prev and prev[:1].isupper() and not _boundary_word(prev, vocab):
            continue
        if not _opens_slot(text, s1, start, prev, vocab):
            continue
        nxt = _next_token(text, e2, end).strip(".,'’")
        if nxt and (nxt[:1].isupper() and not _vocab_word(nxt, vocab) or nxt.lower() in _PARTICLES):
            continue  # 'Councillor Ada MURRAY', 'Cllr Ellen ap Gwynn': the entry runs on into its name
        if nxt and nxt.lower() in vocab.org_words:
            continue
        if _prose_near(text, s1, e2, start, end, vocab):
            continue
        out.append((s1, e2))
    return out
