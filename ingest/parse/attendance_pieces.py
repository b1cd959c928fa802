"""Attendance pieces read as entries: one piece of a list or of an apologies sentence (a titled surname,
a name then role words, a couple, 'A and B', post-first runs, a name glued after an organisation) made into
Entry objects.

Moved out of attendance.py unchanged; attendance.py's _add_piece and sentence readers call these.
"""
from __future__ import annotations

import re

from ingest.model import PersonEntry
from ingest.names import is_title
from ingest.parse.lines import Line, sub
from ingest.parse.people import NAME_WORD, PERSONAL_TITLES, Entry, is_role, looks_like_person, parse_entry, reads_as_name
from ingest.parse.role_led import role_led_name
from ingest.parse.vocab import Vocabulary


def role_led_run(piece: Line, vocab: Vocabulary, leg: dict[str, str]) -> list[Entry] | None:
    """'Detective Inspector A Brook (for ...) and Sergeant B Cole, Police, Area Manager C Dee and Group Manager D
    Eve, Elmley Fire Service': post-first entries joined by 'and' and commas in one piece (round 51). Cut at the
    commas and 'and' outside brackets; two or more pieces must read post first (`role_led_name`), every other
    piece must be no person (a body's name: 'Police'); else None."""
    if " and " not in piece.text or not re.match(r"[A-Z][a-z]+\s+[A-Z]", piece.text):
        return None
    out: list[Entry] = []
    parts, depth, start = [], 0, 0
    for m in re.finditer(r"[()]|\s*,\s*|\s+and\s+", piece.text):  # never at '&': 'Fire & Rescue Service'
        if m.group() in "()":
            depth += 1 if m.group() == "(" else -1
        elif depth == 0:
            parts.append(sub(piece, start, m.start()))
            start = m.end()
    parts.append(sub(piece, start))
    for part in (p for p in parts if p.text):
        # 'Councillor A Brook and Councillor B Cole': a personal title, read by the rules after this one
        at = None if part.text.split()[0].rstrip(".") in PERSONAL_TITLES else role_led_name(part.text, vocab)
        if at is None:
            if parse_entry(part, vocab, leg) is not None or looks_like_person(part.text, vocab):
                return None
            continue
        if (entry := parse_entry(sub(part, at), vocab, leg)) is None:
            return None
        out.append(entry)
    return out if len(out) >= 2 else None


# 'Dr. Alam', 'Mrs Brook': a title and one surname, a whole piece of an apologies sentence (round 19)
_TITLED_SURNAME = re.compile(r"^(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor)\.?\s+(?P<surname>(?:Mc|Mac|O['’])?[A-Z][a-z]+"
                             r"(?:[-'’][A-Z][a-z]+)?)$")


def titled_surname_piece(piece: Line, vocab: Vocabulary) -> Entry | None:
    """'from Councillors Ada and Brook, Dr. Cole and Di Eve': a sentence's piece that is a personal title and a
    surname names a person (the title says so), kept as written; never a title before a generic word ('Dr. Who'
    is read as a surname only when no vocabulary word)."""
    m = _TITLED_SURNAME.match(piece.text.strip())
    if m is None:
        return None
    low = m.group("surname").lower()
    if low in vocab.not_name_words or low in vocab.group_words or low in vocab.org_words or low in vocab.role_words \
            or vocab.is_borough(m.group("surname")):
        return None
    stripped = piece.text.strip()
    start = piece.start + piece.text.index(stripped)
    return Entry(PersonEntry(stripped, None, None, None, (start, start + len(stripped))), bare=True)


def name_then_role_words(piece: Line, vocab: Vocabulary) -> Entry | None:
    """'Carmel Brook Co-opted Member - Elmley Diocese Representative': the last piece of an apologies sentence, a
    two-word name then a role written with no comma (its first or second word a capitalised role word). The name
    alone is read; never when a name word is itself a role word ('Lay Member Brook')."""
    text = re.split(r"\s[-–—]\s", piece.text, maxsplit=1)[0]
    tokens = list(re.finditer(r"\S+", text))
    first = 0
    while first < len(tokens) and is_title(tokens[first].group()):
        first += 1
    words = [t.group() for t in tokens[first:]]
    if len(words) < 3:
        return None
    role = [w.strip(".,") for w in words[2:4]]
    if not any(w[:1].isupper() and (w.lower() in vocab.role_words or w.lower().split("-")[-1] in vocab.role_words)
               for w in role):
        return None
    if any(w.lower().strip(".,") in vocab.role_words for w in words[:2]):
        return None
    name = sub(piece, tokens[0].start(), tokens[first + 1].end())
    if not looks_like_person(name.text, vocab):
        return None
    entry = parse_entry(name, vocab)
    return entry if entry is not None and entry.bare else None


_RUN_WORD = re.compile(r"(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?")


def two_word_run(piece: Line, vocab: Vocabulary) -> list[Entry]:
    """'intimated by:- Councillor Ada Brook Ben Cole Cy Dunn Di Eve': an apologies sentence whose names a text
    export ran together with nothing between them. Read only as three or more names of exactly two capitalised
    words each (a title may stand before one), every pair a person's name and the whole run used; anything
    else (an odd word, a particle, an acronym, an organisation or role word, a full stop) reads nothing, since
    where a three-word name ends cannot be told."""
    tokens = list(re.finditer(r"\S+", piece.text.rstrip(" .|")))
    out: list[Entry] = []
    i = 0
    while i < len(tokens):
        start = i
        while i < len(tokens) and is_title(tokens[i].group()):
            i += 1
        if i + 2 > len(tokens) or not all(_RUN_WORD.fullmatch(t.group()) for t in tokens[i:i + 2]):
            return []
        name = sub(piece, tokens[start].start(), tokens[i + 1].end())
        words = [t.group().lower() for t in tokens[i:i + 2]]
        if any(w in vocab.org_words or w in vocab.role_words or w in vocab.group_words for w in words) \
                or words[1] in vocab.not_name_words or not looks_like_person(name.text, vocab, in_slot=True, alone=True):
            return []
        entry = parse_entry(name, vocab)
        if entry is None or not entry.bare:
            return []
        out.append(entry)
        i += 2
    return out if len(out) >= 3 else []


_BRACKET_THEN_NAME = re.compile(r"^(?P<first>[^()]+\([^()]+\))\s+(?P<next>(?-i:[A-Z])[^()]*(?:\([^()]+\))?)$")


def after_bracket(piece: Line, vocab: Vocabulary) -> list[Line]:
    """'Ben Cole (Elmley) Cy Dee (Oakham Care)': a list's comma lost between two bracketed entries. Cut after
    the bracket when what follows is itself a person's name (with its own bracket or none) and what precedes
    it is one too; 'Ada Brook (Chair) Elmley Council' stays whole (an organisation after the bracket)."""
    m = _BRACKET_THEN_NAME.match(piece.text.strip())
    if m is None:
        return [piece]
    first, nxt = sub(piece, 0, m.end("first")), sub(piece, m.start("next"))
    name_before = re.sub(r"\s*\(.*$", "", first.text)
    name_after = re.split(r"\s+(?:&|and)\s+", re.sub(r"\s*\(.*$", "", nxt.text))[0]
    if not (reads_as_name(name_before, vocab) and reads_as_name(name_after, vocab)) \
            or parse_entry(first, vocab) is None \
            or parse_entry(nxt, vocab) is None and not and_pair(nxt, vocab, {}):  # 'Cy Dee & Di Eve' (r31)
        return [piece]
    return [first, nxt]


# 'DG Brook', 'Cllr JR Cole': two or three initials written without spaces or dots before a surname
_GLUED_INITIALS = re.compile(r"^(?P<title>[A-Za-z]{2,12}\.?\s+)?(?P<initials>[A-Z]{2,3})\s+"
                             r"(?P<surname>" + NAME_WORD + ")$")


def glued_initials_entry(piece: Line, governed: bool, vocab: Vocabulary) -> Entry | None:
    """A name in an apologies sentence whose initials are written together ('from Councillors DG Brook and P
    Cole', 'from Cllr JR Cole'): read as the spaced initials would be, kept as written. Only where a title
    says the piece is a person (its own, or a plural title governing the list), since capitals before a word
    are otherwise an acronym ('NHS Elmley')."""
    m = _GLUED_INITIALS.match(piece.text.strip())
    if m is None or not (governed or (m.group("title") and is_title(m.group("title").strip()))) \
            or m.group("initials").lower() in vocab.generic_acronyms:
        return None
    spaced = f"{m.group('title') or ''}{' '.join(m.group('initials'))} {m.group('surname')}"
    entry = parse_entry(Line(piece.index, piece.start, piece.end, spaced, piece.indented), vocab)
    if entry is None:
        return None
    entry.person.name = piece.text.strip()
    return entry


# 'Ann & Bob Cole (Elmley Rep)': two first names sharing one surname, a couple listed together (round 31)
_COUPLE = re.compile(r"^(?P<a>[A-Z][a-z]+)\s+(?:&|and)\s+(?P<b>[A-Z][a-z]+)\s+(?P<sur>" + NAME_WORD + r")"
                     r"(?:\s*\([^()]*\))?$")


def couple(piece: Line, vocab: Vocabulary, leg: dict[str, str]) -> list[Entry] | None:
    """'Ann & Bob Cole' in a list -> Ann Cole and Bob Cole; both names must read as people's."""
    m = _COUPLE.match(piece.text)
    if m is None:
        return None
    first = f"{m.group('a')} {m.group('sur')}"
    second = parse_entry(sub(piece, m.start("b")), vocab, leg)
    if second is None or not looks_like_person(first, vocab, in_slot=True):
        return None
    span = (piece.start + m.start("a"), piece.start + m.end("a"))
    return [Entry(PersonEntry(name=first, org=None, note=None, initials=None, span=span), bare=True), second]


def plural_group_org(names: str) -> tuple[int, str] | None:
    """'Brook and Cole (Elmley Council)' after a plural title: where the names end and the organisation the
    closing bracket gives them all ('(both X)', '(all X)' too); None when there is no such bracket or it
    marks a chair ('(Chair)')."""
    m = re.search(r"\s*\((?:(?:both|all)\s+)?([^()]+)\)\s*$", names)
    if m is None or re.search(r"(?i)\b(?:chair\w*|conven[eo]r)\b", m.group(1)) or not re.search(r"\s(?:and|&)\s|,", names[:m.start()]):
        return None
    return m.start(), m.group(1).strip()


_TITLED_AFTER = re.compile(r"^(?P<before>.*?[A-Za-z)])\s+(?P<who>(?:Mrs|Mr|Ms|Miss|Dr|Cllr|Councillor)\.?\s+"
                           r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){1,2})$")
_STANDING_IN = frozenset("for by obo behalf representing substitute substituting deputy deputising rep sub".split())


def titled_name_after_org(piece: Line, vocab: Vocabulary) -> Entry | None:
    """'Police Commissioner for Oakham Cllr Ada Brook': a list run on with no separator, the last entry's role
    or organisation glued before the next titled name (the comma after the name then leads to its own
    organisation). The titled name is the entry when the words before it are not a name (they hold an
    organisation, role or lower-case word) and do not end in a word of standing in ('for', 'substitute')."""
    m = _TITLED_AFTER.match(piece.text.strip())
    if m is None:
        return None
    before = m.group("before")
    words = [w.strip("(),.").lower() for w in before.split()]
    if not words or words[-1] in _STANDING_IN or reads_as_name(before, vocab) \
            or not any(w in vocab.org_words or w in vocab.role_words or w.islower() for w in
                       (x.strip("(),.") for x in before.split())):
        return None
    who = sub(piece, piece.text.index(m.group("who")))
    entry = parse_entry(who, vocab)
    return entry if entry is not None and entry.bare else None


def name_then_role(piece: Line, vocab: Vocabulary, leg: dict[str, str]) -> Entry | None:
    """'Ada Brook Head of Community Safety (Chair)', 'Ben Cole YOT Manager', 'Cy Dee Housing Strategy Manager',
    'Di Eve Assistant Director, Elmley Probation': a listed row with no separator between the name (two or
    three words) and a role that opens with a role word, an acronym or a service word and reads as a role up
    to its first comma, dash or slash (a service word opens it only after a two-word name). The row gives the
    name, never an organisation (where the role ends and the organisation begins is not sure). A name glued
    to what follows ('Ed FoxtonElmley Police', 'Flo GeeseAdmin Officer') is read only when the glued rest is
    a role or names an organisation word."""
    words = piece.text.split()
    for n in (2, 3):
        if len(words) < n:
            return None
        glued = re.fullmatch(r"([A-Z][a-z'’-]{3,})([A-Z][a-z]{2,}.*)", words[n - 1])
        if glued and all(w[:1].isupper() for w in words[:n - 1]):
            name = " ".join([*words[:n - 1], glued.group(1)])
            rest = " ".join([glued.group(2), *words[n:]])
            if looks_like_person(name, vocab, in_slot=True) and _role_or_org(rest, vocab):
                return _named_row(piece, name, rest, vocab, leg)
            return None
        if len(words) <= n:
            return None
        name, rest = " ".join(words[:n]), " ".join(words[n:])
        opener = words[n].strip("(),").lower()
        acronym = words[n].strip("(),").isupper() and opener.isalpha() and len(opener) >= 2
        service = n == 2 and (opener in vocab.org_words or opener in vocab.not_name_words)  # 'Housing Manager'
        if not (opener in vocab.role_words or acronym or service):
            continue
        if not all(w[:1].isupper() and w.lower() not in vocab.role_words for w in words[:n]) \
                or re.search(r"[a-z]{3}[A-Z]", name) \
                or not looks_like_person(name, vocab) or not _role_first(rest, vocab, acronym):
            continue
        return _named_row(piece, name, rest, vocab, leg)
    return None


_ROLE_END = re.compile(r"\s*[,(–—;]|\s+-\s+")


def _role_first(rest: str, vocab: Vocabulary, acronym: bool) -> bool:
    """Does the rest of a row open with a role ('Head of X', 'Assistant Director/Head of Service – ...'), or,
    after an acronym, is its next piece one ('LSC, Partnership Manager, Elmley')?"""
    pieces = _ROLE_END.split(rest)
    if is_role(pieces[0].split("/")[0], vocab):
        return True
    return acronym and len(pieces) > 1 and pieces[0].isupper() and is_role(pieces[1].split("/")[0], vocab)


def _role_or_org(rest: str, vocab: Vocabulary) -> bool:
    """The rest of a glued row up to its first comma or bracket: a role, or words ending in an organisation word."""
    first = _ROLE_END.split(rest)[0]
    return is_role(first.split("/")[0], vocab) or any(w.lower() in vocab.org_words for w in first.split()[1:])


def _named_row(piece: Line, name: str, rest: str, vocab: Vocabulary, leg: dict[str, str]) -> Entry | None:
    """The person of a 'Name Role' row: chair and notes read from the rest, never an organisation (where
    the role ends and the organisation begins is not written)."""
    entry = parse_entry(Line(piece.index, piece.start, piece.end, f"{name} – {rest}", piece.indented), vocab, leg)
    if entry is not None:
        entry.person.org = None
    return entry


def and_pair(piece: Line, vocab: Vocabulary, leg: dict[str, str]) -> list[Entry]:
    """'Cy Dee and Eve Fox (Oakham Police)', 'Ada Brook (Elmley) & Ben Cole': two people joined by 'and'
    outside brackets, when each side reads as a person on its own."""
    depth = 0
    for m in re.finditer(r"[()]|\s+(?:and|&)\s+", piece.text):
        if m.group() in "()":
            depth = max(0, depth + (1 if m.group() == "(" else -1))
            continue
        if depth:
            continue
        left, right = sub(piece, 0, m.start()), sub(piece, m.end())
        if re.search(r",\s*[^,()]*$|\s[–—-]\s[^–—()]*$", re.sub(r"\([^()]*\)", "", left.text)):
            continue  # 'Ada Brook, Head of Housing and Ben Cole...', 'Ada Brook – Planning & Performance – ...':
            # the 'and' is inside the role
        first, second = parse_entry(left, vocab, leg), parse_entry(right, vocab, leg)
        if first is not None and second is not None:
            rest = and_pair(right, vocab, leg)
            return [first] + (rest or [second])
    return []
