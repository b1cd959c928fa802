"""Who chaired, in the ways real minutes of unseen boards say it (round 65): the last resort when no reader chose.

Held-out papers left the chair empty where the paper says it plainly in words no reader took: the office after a
comma glued to the next entry of a flattened present run ('Deputy A.B. Brook, Chairman Deputy C.D. Cole, Vice-Chairman
...'), a bare role word after a name ('Cllr. Ada Brook Chair Chief Superintendent Ben Cole'), a bracket other than
'(Chair)' ('Ms. Brook (Chairperson)', '(Cathaoirleach)'), a label ('Cathaoirleach: Cllr. A. Brook', 'PRESENT IN THE
CHAIR: Councillor A. Brook.', 'Independent Chair: Ada Brook', 'In the Chair : The Mayor (Councillor A Brook)'), a
sentence in the first items ('Cllr. Ada Brook took the Chair.', 'Convenor, Ada Brook, welcomed everyone', 'The chair
of the meeting Cllr. Ada Brook welcomed everyone', 'Ada Brook was Chairperson of the Meeting'), and the civic head
who chairs a full council ('Councillor A Brook (Mayor)', 'The Worshipful the Mayor, Councillor A B Brook') only when
no chair word stands in the list. Never a vice, deputy or leas chair; always a person-shaped name (or a title and a
surname) right beside the words.
"""
from __future__ import annotations

import re

from ingest.model import PersonEntry
from ingest.names import POSTNOMINALS, is_title
from ingest.parse.chair import CHAIR_ROLE_WORDS, CHAIR_WORDS, CIVIC_HEADS, NOT_CHAIR_LEADS, OFFICE_WORDS
from ingest.parse.chair_text import _SENTENCE
from ingest.parse.lines import Line
from ingest.parse.people import looks_like_person
from ingest.parse.vocab import Vocabulary

_OPENING = 120  # lines read: the header, the attendance lists and the first minutes
_FIRST_ITEMS = 30  # filled lines after the lists where a sentence may say who chaired
_ROLE = rf"(?:{CHAIR_ROLE_WORDS}|independent\s+chair)"
# words before a name that are no part of it: ranks the name key keeps, a civic style, list words, chair roles
_LEADS = frozenset({"deputy", "depute", "senator", "the", "worshipful", "right", "honourable", "hon", "his", "her",
                    "worship", "councillors", "cllrs", "chief", "detective", "county", "independent", "acting",
                    "interim", "present", "members", "attendees", "and", "leas", "vice", "co", "name", "position",
                    "chair", "chairman", "chairperson", "chairwoman", "convener", "convenor", "cathaoirleach",
                    "mayor", "provost", "lord", "in"})
_TOKEN = re.compile(r"[A-Z][\w’'.-]*|[A-Z]")
_PRESENT = re.compile(r"(?i)\b(?:present|attendees|attending|in\s+attendance)\b")
_ABSENT = re.compile(r"(?i)\b(?:apologies|absent|not\s+present|absence)\b")
_NOT_BEFORE = re.compile(rf"(?i)(?:\b(?:{NOT_CHAIR_LEADS})[\s-]*)$")


def _name(raw: str, vocab: Vocabulary, last_run: bool = True) -> str | None:
    """The person in `raw`, the words right before (or after) a chair word: ranks, styles and list words dropped;
    a title and a surname kept as written ('Ms. Brook'); None when the words are no person's."""
    raw = re.split(r"\s+(?:of|from|for|representing)\s+|\s{2,}|\t", raw.strip())[0]
    words = [w.strip(",;:") for w in raw.split()]
    words = [w for w in words if w]
    if last_run:  # 'the Leas Cathaoirleach Councillor B. Cole': the capitalised run that ends the words
        run: list[str] = []
        for w in reversed(words):
            if not _TOKEN.fullmatch(w):
                break
            run.insert(0, w)
        words = run
    titled = None
    while words and (is_title(words[0]) or words[0].lower().rstrip(".") in _LEADS):
        if is_title(words[0]):
            titled = words[0]
        words = words[1:]
    while len(words) > 2 and words[-1].lower().replace(".", "") in POSTNOMINALS:
        words = words[:-1]
    if words and len(words[-1]) > 2:
        words[-1] = words[-1].rstrip(".")
    if not last_run:  # 'Chair: Ada Brook Director of Care': the longest run of words that is a person
        for n in range(min(len(words), 3), 1, -1):
            if (name := _name(" ".join(words[:n]), vocab)) is not None:
                return name
    if not words or len(words) > 3 or any(w.lower().rstrip(".") in _LEADS or is_title(w) for w in words) \
            or words[-1].lower() in OFFICE_WORDS or any(w.lower() in vocab.role_words for w in words[:-1]):
        return None  # 'First Minister (Chair)': an office, not a name
    if len(words) == 1:
        surname = words[0]
        if titled is None or not re.fullmatch(r"[A-Z][a-z’'-]+(?:-[A-Z][a-z]+)?", surname) \
                or surname.lower() in vocab.not_name_words or surname.lower() in vocab.role_words:
            return None
        return f"{titled} {surname}"
    name = " ".join(words)
    spaced = re.sub(r"\.(?=[A-Z])", ". ", name)  # 'A.B. Brook' read as 'A. B. Brook'
    return name if looks_like_person(spaced, vocab, in_slot=True) else None


def _entry(name: str, offset: int) -> PersonEntry:
    return PersonEntry(name, None, None, None, (offset, offset + len(name)))


def _present_runs(lines: list[Line]) -> list[tuple[str, int]]:
    """The present lists of the opening, each as (text, offset): from a present word to an apologies word, over the
    line and at most five filled lines below it."""
    runs = []
    for i, line in enumerate(lines):
        if (m := _PRESENT.search(line.text)) is None:
            continue
        start = line.start + m.end()
        text = line.text[m.end():]
        for below in [x for x in lines[i + 1:i + 12] if not x.blank][:5]:
            if _PRESENT.search(below.text):
                break
            text += "\n" + below.text
        if (end := _ABSENT.search(text)) is not None:
            text = text[:end.start()]
        runs.append((text, start))
    return runs


# 'Ada Brook, Chairman Deputy Ben Cole, ...': the office after a comma, the next entry glued to it
_COMMA_ROLE = re.compile(rf"(?i),\s*(?P<role>{_ROLE})\b(?!\s+(?:of|for|to)\b)(?P<after>[^,;()|\n]*)")
# 'Cllr. Ada Brook Chair Chief Superintendent Ben Cole': a bare role word between two entries
_BARE_ROLE = re.compile(r"(?<=\s)(?:Independent\s+)?(?-i:Chair|Chairman|Chairperson|Chairwoman|Convener|Convenor|CHAIR"
                        r"|CHAIRMAN|CHAIRPERSON|Cathaoirleach)(?=\s+[A-Z]|\s*$)(?!\s+(?i:of|for|to)\b)"
                        r"(?P<after>[^,;()|\n]*)")
# 'Ms. Brook (Chairperson)', 'Cllr. Ada Brook (Cathaoirleach)', 'Ada Brook (the Chair)'
_BRACKET_ROLE = re.compile(rf"(?i)\(\s*(?:the\s+)?(?:{_ROLE})\s*\)")
_SEPARATOR = re.compile(r"[,;:|()\n]")


def _before(text: str, at: int) -> str:
    """The words of the entry that ends at `at`: back to the last separator."""
    seps = list(_SEPARATOR.finditer(text, 0, at))
    return text[seps[-1].end() if seps else 0:at]


def _entry_before(text: str, at: int, vocab: Vocabulary) -> str | None:
    """The person of the entry that ends at `at` in a list run; in a run with no separators, the words after the
    last title ('Cllr. Ben Cole Cllr. Ada Brook'); right after a bracket, the name in it ('The Mayor (Councillor Ada
    Brook) (in the Chair)')."""
    words = _before(text, at)
    if not words.strip() and (inner := re.search(r"\(([^()]{3,60})\)\s*$", text[:at])) is not None:
        return _name(inner.group(1), vocab)
    if _NOT_BEFORE.search(words):
        return None
    tokens = words.split()
    titles = [i for i, w in enumerate(tokens) if is_title(w)]
    if len(tokens) > 4 and titles:
        tokens = tokens[titles[-1]:]
    return _name(" ".join(tokens), vocab)


def _next_is_person(after: str, vocab: Vocabulary) -> bool:
    """What follows a role word glued to the next entry is that entry's person (or nothing)."""
    after = after.strip()
    if not after:
        return True
    tokens = after.split()
    for n in range(min(len(tokens), 5), 0, -1):
        if _name(" ".join(tokens[:n]), vocab, last_run=False) is not None:
            return True
    return False


# 'Present: Chairman Cllr A Brook, ...', 'PRESENT: Cathaoirleach Cllr. A. Brook, ...', 'Present: Chairman: Cllr A Brook;
# Members: ...': the role word opens the list, the name after it (after a comma it is the entry before's office)
_ROLE_FIRST = re.compile(r"^[\s:|*•–-]{0,3}(?:[Tt]he\s+)?(?:Chair|Chairman|Chairperson|Chairwoman|Convener|Convenor"
                         r"|CHAIR|CHAIRMAN|CHAIRPERSON|Cathaoirleach)\s*[:–—-]?\s+(?P<raw>[A-Z][^,;()\n]+)")


def _then_a_body(rest: str, vocab: Vocabulary) -> bool:
    """'Ben Cole, Chair, Elmley Safeguarding Board': the body after the office is what is chaired, maybe another
    body than this meeting's, and the list does not say."""
    piece = re.match(r"\s*,\s*([^,;()|\n]*)", rest)
    return piece is not None and bool({w.lower() for w in re.findall(r"[\w’'-]+", piece.group(1))} & vocab.body_heads)


def chairs_marked_in_lists(lines: list[Line], vocab: Vocabulary) -> list[PersonEntry]:
    """Everyone a present list of the opening marks as the chair by a comma office, a bare role word or a bracket
    the list readers do not take, in the order found."""
    found = []
    for text, offset in _present_runs(lines[:_OPENING]):
        for rx in (_COMMA_ROLE, _BARE_ROLE, _BRACKET_ROLE):
            for m in rx.finditer(text):
                if rx is not _BRACKET_ROLE and not _next_is_person(m.group("after"), vocab) \
                        or rx is _COMMA_ROLE and _then_a_body(text[m.end():], vocab):
                    continue
                if (name := _entry_before(text, m.start(), vocab)) is not None:
                    found.append(_entry(name, offset + m.start()))
        if (m := _ROLE_FIRST.match(text.lstrip(" :|\t"))) is not None \
                and (name := _name(m.group("raw"), vocab, last_run=False)) is not None:
            found.append(_entry(name, offset))
    return found


# 'Cathaoirleach: Cllr. A. Brook, ...', 'PRESENT IN THE CHAIR: Councillor A. Brook.', 'Independent Chair: Ada Brook',
# 'In the Chair : The Mayor (Councillor A Brook)', 'Chairperson - Ada Brook'
_LABEL = re.compile(rf"(?i)(?:^|(?<=[.;|]\s))\W{{0,3}}(?:present\s+)?(?:(?:independent|acting|interim)\s+)?"
                    rf"(?:in\s+the\s+chair|{CHAIR_WORDS}|cathaoirleach|presiding(?:\s+member)?)\s*[:–—-]\s*"
                    rf"(?:the\s+(?:{CIVIC_HEADS})\s*[(,]\s*)?(?P<raw>[^,;()\n]+)")


def _to_full_stop(raw: str) -> str:
    """The words up to a sentence's full stop: not a title's ('Cllr. A. Brook. Clerk: ...' -> 'Cllr. A. Brook')."""
    for m in re.finditer(r"\b([\w’'-]+)\.(?:\s|$)", raw):
        if len(m.group(1)) > 1 and not is_title(m.group(1)):
            return raw[:m.end(1)]
    return raw


def chairs_labelled(lines: list[Line], vocab: Vocabulary) -> list[PersonEntry]:
    """Everyone a chair label of the opening names ('Cathaoirleach: ...', 'In the Chair: ...')."""
    found = []
    for line in lines[:_OPENING]:
        for m in _LABEL.finditer(line.text):
            raw = _to_full_stop(m.group("raw"))
            if (name := _name(raw, vocab, last_run=False)) is not None:
                found.append(_entry(name, line.start + m.start("raw")))
    return found


_MEETING = r"(?:the|this|today['’]s)\s+(?i:meeting)\b(?!\s+(?:of|held|on)\b)"
# '... Ada Brook took the Chair.', '... Councillor B. Cole presided over the meeting.', 'Ada Brook was in the chair'
_TOOK = re.compile(rf"\s+(?:took|takes|assumed|occupied|was\s+in)\s+the\s+(?i:chair)\b(?!\s+(?i:for|of|during)\b)"
                   rf"|\s+presided(?:\s+over\s+{_MEETING})?\s*(?:[.;,]|$)")
# 'Convenor, Ada Brook, welcomed everyone', 'The Independent Chair, Ada Brook, welcomed all', 'The chair of the
# meeting Cllr. Ada Brook welcomed everyone'
_CHAIR_THEN = re.compile(rf"^(?i:the\s+)?(?i:(?:independent|acting|interim)\s+)?(?i:{CHAIR_WORDS}|cathaoirleach)"
                         rf"(?:\s+(?i:of|for)\s+{_MEETING})?\s*,?\s*(?P<raw>[A-Z][^,]{{1,60}}?)\s*,?\s+"
                         rf"(?:welcomed|opened)\b")
# 'Ada Brook was Chairperson of the Meeting.'
_WAS_CHAIR = re.compile(rf"^(?P<raw>[A-Z][^,]{{1,60}}?)\s+(?:was|is)\s+(?:the\s+)?(?i:{CHAIR_WORDS}|cathaoirleach)\s+"
                        rf"(?i:of|for)\s+{_MEETING}")
# a chair for part of the meeting: who took the chair when another left, or for one item
_PART = re.compile(r"(?i)\b(?:left|withdrew|leaving|for\s+(?:this|that|the\s+following|the\s+remainder|the\s+rest)"
                   r"|items?\b|during|until|after)")


def chairs_said_in_first_items(lines: list[Line], vocab: Vocabulary, body: int | None = None) -> list[PersonEntry]:
    """Everyone the first items' sentences say took the chair, presided over, or opened this meeting as its chair;
    never a chair for part of it."""
    first = next((i for i, line in enumerate(lines) if body is not None and line.start >= body), 0)
    filled = [x for x in lines[first:first + _OPENING] if not x.blank][:_FIRST_ITEMS]
    found = []
    for line in filled:
        starts = [0] + [m.end() for m in _SENTENCE.finditer(line.text)]
        for start, end in zip(starts, starts[1:] + [len(line.text)]):
            sentence = line.text[start:end]
            if (m := _CHAIR_THEN.match(sentence) or _WAS_CHAIR.match(sentence)) is not None:
                if (name := _name(m.group("raw"), vocab, last_run=False)) is not None:
                    found.append(_entry(name, line.start + start + m.start("raw")))
                continue
            m = _TOOK.search(sentence)
            if m is None or _PART.search(sentence):
                continue
            if (name := _name(_before(sentence, m.start()), vocab)) is not None:
                found.append(_entry(name, line.start + start))
    return found


# 'Councillor A Brook (Mayor)', 'The Worshipful the Mayor, Councillor A B Brook', 'The Lord Provost (Councillor ...)'
_CIVIC_BRACKET = re.compile(rf"(?i)\(\s*(?:the\s+)?(?:{CIVIC_HEADS})\s*\)")
_CIVIC_FIRST = re.compile(rf"(?i)(?:\b(?:the\s+)?(?:right\s+)?worshipful\s+)?(?:\bthe\s+)?\b(?:{CIVIC_HEADS})\s*[,(]\s*"
                          rf"(?P<raw>[^,;()\n]+)")
_CIVIC_OPENS = re.compile(r"^(?:[Tt]he\s+)?(?:Lord\s+)?(?:Mayor|Provost|MAYOR|PROVOST)\s*[:–—-]?\s+"
                          r"(?P<raw>[A-Z][^,;()\n]+)")
_ANY_CHAIR = re.compile(rf"(?i)\b(?:{CHAIR_ROLE_WORDS})\b")


def civic_head_chairs(lines: list[Line], vocab: Vocabulary) -> list[PersonEntry]:
    """The mayor or provost a present list names, when no chair word stands in that list: the civic head chairs a full
    council. Never a deputy."""
    found = []
    for text, offset in _present_runs(lines[:_OPENING]):
        if _ANY_CHAIR.search(text):
            continue
        for m in _CIVIC_BRACKET.finditer(text):
            if (name := _entry_before(text, m.start(), vocab)) is not None:
                found.append(_entry(name, offset + m.start()))
        if (m := _CIVIC_OPENS.match(text.lstrip(" :|\t"))) is not None \
                and (name := _name(m.group("raw"), vocab, last_run=False)) is not None:
            found.append(_entry(name, offset))
        for m in _CIVIC_FIRST.finditer(text):
            if _NOT_BEFORE.search(text[:m.start()]):
                continue
            if (name := _name(m.group("raw"), vocab, last_run=False)) is not None:
                found.append(_entry(name, offset + m.start("raw")))
    return found


# 'Deputy A.B. Brook', 'Senator Ada Brook': a member's style in island parliaments, never the chair's office (a deputy
# chair is never the chair); the scoring key keeps it, since 'Deputy' is a title only before another title
_STYLE = re.compile(r"^(?:Deputy|Senator|DEPUTY|SENATOR)\s+(?=\S)")


def without_style(person: PersonEntry, vocab: Vocabulary) -> PersonEntry:
    """The chair's name without a member's style before it, when what follows is a person's name."""
    m = _STYLE.match(person.name)
    if m is None:
        return person
    rest = person.name[m.end():]
    first = rest.split()[0]
    if is_title(first) or first.lower() in _LEADS or len(rest.split()) < 2 \
            or not looks_like_person(re.sub(r"\.(?=[A-Z])", ". ", rest), vocab, in_slot=True):
        return person
    span = (person.span[0] + m.end(), person.span[1]) if person.span else None
    return PersonEntry(rest, person.org, person.note, person.initials, span)
