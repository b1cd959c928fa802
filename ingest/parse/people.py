"""One person as written in an attendee, apology or chair line.

Layouts handled: `Name (Org)`, `Name – Org`, `Name, Role, Org`, `Name (XY) – Chair`,
`Name (Org) – XY`, markers after the entry (`*`, `– attending as observer`,
`- notes`), wrapped or unclosed parentheses, and several entries run together
on one line. Which words are roles, groups or boroughs comes from the curated
vocabulary, never from names.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from dateutil import parser as du_parser

from ingest.model import PersonEntry
from ingest.names import (ELECTED_LETTERS, POSTNOMINALS, clean_text, initials_of, is_title, letters_alternation,
                          strip_titles)
from ingest.parse.lines import Line, sub, squash
from ingest.parse.vocab import Vocabulary

_NAME_TOKEN = r"(?:[A-Z][\w'’.\-]*|(?:de|da|di|du|van|von|der|den|la|le|del|bin|ibn|al)(?=\s))"
_TRAILING_NAME = re.compile(rf"((?:{_NAME_TOKEN}\s+){{1,4}}{_NAME_TOKEN})\s*$")
_DASH_SPLIT = re.compile(r"\s+[-–—]+\s*|\s*[–—]+\s+|\s*[–—]\s*(?=[A-Z])")
_MARKER = re.compile(r"^\s*([*†‡#]+)")
_STANDING_IN = re.compile(r"^(standing in for|deputising for|deputizing for|representing|on behalf of|substituting for"
                          r"|observing for|attending for|covering for|in place of|deputy for|substitute for|for)\s+(.+)$",
                          re.I)
# a vice or deputy chair is marked too (chair.py decides it is not the chair); a depute or vice convener is not
_CHAIR = re.compile(r"^(?:(?:(?:independent|vice|acting|interim|deputy|depute|co)[\s-]+)?"
                    r"(?:chair|chairman|chair[\s-]?person|chairwoman|chairing|in the chair)"
                    r"|(?:(?:independent|acting|interim)\s+)?conven[eo]r)$", re.I)
# 'MrsHMcNeill', 'MrJLCole': a title, initials and a surname whose spaces a PDF export lost
# one capitalised word of a person's name: 'Brook', 'McLeod', "O'Neil", 'Lee-Brook' (shared by the name readers)
NAME_WORD = r"(?:Mc|Mac|O['’])?[A-Z][a-z][\w'’-]*"
_GLUED_TITLE = re.compile(r"^(?P<title>Mrs|Mr|Ms|Miss|Dr)(?P<initials>[A-Z]{1,3}?)(?P<surname>" + NAME_WORD + ")$")


@dataclass
class Entry:
    """A parsed person line: the PersonEntry plus what the list layout says about it."""

    person: PersonEntry
    chair: bool = False
    marker: str | None = None
    bare: bool = False  # no organisation or role was written on the line
    absent: str | None = None  # the person a deputy stood in for ('Ada Brook OBO Ben Cole' -> 'Ben Cole')


_PART_MARK = re.compile(r"^Part\s+(?:[IVX]{1,4}|\d{1,2}|[A-D]|one|two|three|four)$", re.I)  # 'Part I': the public part of council minutes


# month names, from dateutil as parse/dates.py reads them: a first name only when initials vouch ('April Brook (AB)')
_INNER_MARKER = re.compile(r"(?<=[a-z])[*†‡]+(?=\t|\s{2,}|\s+[-–—/|]\s)")
_GLUED_INITIAL = re.compile(r"((?:[A-Z]\.){1,2})" + NAME_WORD + "$")
# 'Mrs A Brook', 'Mr B C Cole', 'Dr A. Brook', 'Rev HM Cole': a title and initials before a surname start an entry
# the personal titles that open a person's name in a list ('Mrs', 'Cllr.', 'Revd'); ranks and posts are vocabulary
PERSONAL_TITLES = ("Mrs", "Mr", "Ms", "Miss", "Dr", "Cllr", "Clr", "Councillor", "Councilor", "Prof", "Revd", "Rev")


def title_alternation(titles: Iterable[str]) -> str:
    """Personal titles as a regex, the dot after each optional ('Cllr.'). Every use puts whitespace after it or
    matches it whole, so only one title can fit at a place and their order does not matter."""
    return rf"(?:{'|'.join(titles)})\.?"


PERSONAL_TITLE = title_alternation(PERSONAL_TITLES)
TITLED_START = re.compile(r"(?<![\w(])" + PERSONAL_TITLE + r"\s+"
                          r"(?:(?:[A-Z]\.?\s+){1,3}|[A-Z]{2,3}\s+)" + NAME_WORD)
_MONTHS = frozenset(names[-1].lower() for names in du_parser.parserinfo().MONTHS)


_ANSWERS_KEPT = 1 << 16  # looks_like_person's remembered answers per vocabulary, before they are dropped


def looks_like_person(name: str, vocab: Vocabulary, in_slot: bool = False, initials: str | None = None,
                      alone: bool = False) -> bool:
    """Two to five capitalised words, none of them generic vocabulary (see `_looks_like_person`).

    A pure function of its arguments, asked about the same words by many rules: its answers are remembered
    on the vocabulary (`Vocabulary.person_answers`), dropped all at once when there are many."""
    answers = vocab.person_answers
    key = (name, in_slot, initials, alone)
    answer = answers.get(key)
    if answer is None:
        if len(answers) >= _ANSWERS_KEPT:
            answers.clear()
        answer = answers[key] = _looks_like_person(name, vocab, in_slot, initials, alone)
    return answer


def _looks_like_person(name: str, vocab: Vocabulary, in_slot: bool, initials: str | None, alone: bool) -> bool:
    """Two to five capitalised words, none of them generic vocabulary ("Points of discussion" is not a person).

    `in_slot`: the layout already says this is a person (a list line, a chair line), so the surname may
    be a word that is otherwise vocabulary ("Ada Young", "Ben Hall"); only the surname, never the first word.
    `initials`: the initials written after the name ('(AB)'); when they fit it, the first name may be a
    month ('April Brook') and the surname a role word ('Ben Lay'), but never a role phrase ('Lay Member').
    `alone`: the slot holds the name and nothing else (no bracket, no org): a month may be the first name of a
    two-word name whose surname is no month ('June Gee' in an apologies run).
    """
    value = clean_text(name)
    if not value or len(value) > 60 or re.search(r"[^\w\s'’.\-]|\d", strip_titles(value)):
        return False  # digits, '@', '/', brackets: not a name (a rank may have one: 'D/Supt')
    words = strip_titles(value).split(" ")
    if in_slot and len(words) == 1 and (glued := _GLUED_INITIAL.match(words[0])):
        words = [glued.group(1), words[0][glued.end(1):]]  # 'A.Brook' in a list: an initial, no space
    if not 2 <= len(words) <= 5 or _PART_MARK.match(value):
        return False
    if all(len(w.strip(".,'’")) <= 1 for w in words):
        return False  # 'Y Y', 'A B': initials or register marks with no surname are never a name
    vouched = in_slot and initials is not None and fits_initials(initials, value)
    lows = [w.strip(".,'’").lower() for w in words]
    if value.isupper() and any(len(low) >= 3 and low in vocab.generic_acronyms for low in lows):
        return False  # 'ELMLEY CSU', 'OAKHAM CCG': a capitals line naming a body by its generic acronym (round 20)
    if any(re.search(r"['’]s$", w) for w in words[:-1]) or any(re.fullmatch(r"['’‘].*['’]", w) for w in words):
        return False  # 'Councillor’s Apology', 'Queen’s Bench Division', 'Commander ’N’ Division' (round 29)
    if any(is_title(w) and not is_title(words[i - 1]) and lows[i - 1] not in vocab.rank_words | vocab.role_words
           for i, w in enumerate(words[:-1]) if i > 0):
        return False  # 'South Powys Mr Ada Brook': a title opens a name, so the words before it are no part of it
    if all(low in vocab.section_words for low in lows):
        return False  # 'PRELIMINARY ITEMS', 'Any Other Business': an agenda section's heading
    role_surname = lows[-1] in vocab.role_words
    if role_surname and not (vouched and not any(w in vocab.role_words for w in lows[:-1])):
        return False
    if vocab.is_borough(value) or vocab.is_borough(words[0]):
        return False
    capitals = 0
    for i, w in enumerate(words):
        bare = w.strip(".,'’")
        if not bare:
            return False
        low = bare.lower()
        surname_word = in_slot and i == len(words) - 1 and i > 0
        # a month as the first name: vouched by initials ('April Brook (AB)'), or alone in its slot before one
        # capitalised surname that is no month ('June Gee' in an apologies run; never 'March Brook (XY)')
        month_name = (vouched or (in_slot and alone and len(words) == 2 and lows[1] not in _MONTHS)) and i == 0 \
            and low in _MONTHS and not any(w in vocab.not_name_words for w in lows[1:])
        if (low in vocab.not_name_words and not surname_word and not month_name) or low in vocab.group_words \
                or low in vocab.org_words:
            return False
        if value.isupper() and low in _HEADING_LINKS:
            return False  # 'APPOINTMENT OF CHAIRMAN': a capitals heading's 'OF' / 'AND' / 'THE' is in no name
        if bare[0].isupper():
            capitals += 1
        elif low not in {"de", "da", "di", "du", "van", "von", "der", "den", "la", "le", "del", "bin", "ibn", "al"}:
            return False
        if bare.isupper() and len(bare) > 1 and not re.fullmatch(r"[A-Z]\.?", bare):
            # all-capitals words are acronyms ("LSCB"), unless the whole name is in capitals
            if not value.isupper() and not (surname_word and capitals_surname(words, vocab)) \
                    and not (vouched and i < len(words) - 1 and len(bare) <= 3):  # 'AM Brook (AB)' (round 29)
                return False
    return capitals >= 2


# words that join a heading's words and never stand in a person's name (round 19)
_HEADING_LINKS = frozenset({"of", "and", "the", "for", "to", "on", "in", "at", "by", "with", "from", "into"})
_CAPS_SURNAME = re.compile(r"[A-Z]{2,}(?:[-'’][A-Z]{2,})?")
_GIVEN = re.compile(r"[A-Z][a-z][\w'’-]*|[A-Z]\.?")


def capitals_surname(words: list[str], vocab: Vocabulary) -> bool:
    """'Ada BROOK', 'Ben J COLE', 'D EVANS': councils that print the surname in capitals after a given name
    or initials. Only one written given name (so 'Ada Brook NHS' stays an acronym after a name), a vowel in
    the surname (acronyms rarely have one) and no generic acronym ('Ada NHS')."""
    surname = words[-1].strip(".,'’")
    given = [w for w in words[:-1] if not re.fullmatch(r"[A-Z]\.?", w)]
    return bool(_CAPS_SURNAME.fullmatch(surname) and re.search(r"[AEIOUY]", surname)
                and all(_GIVEN.fullmatch(w) for w in words[:-1]) and len(given) <= 1
                and surname.lower() not in vocab.generic_acronyms)


def note_for(text: str, vocab: Vocabulary) -> str | None:
    """The note a marker text stands for ("- notes" -> "notes", "attending as observer" -> "observer")."""
    low = clean_text(text).lower().strip(" .:;,-()")
    for note, phrases in vocab.notes:
        if low in phrases:
            return note
    return None


def is_role(text: str, vocab: Vocabulary) -> bool:
    """A job title rather than an organisation ("Consultant", "Head of Safeguarding", "Service Manager")."""
    words = [w.strip(".,()'’") for w in clean_text(text).lower().split(" ") if w.strip(".,()'’")]
    if not words:
        return False
    if re.fullmatch(r"[a-z]/[a-z]{4,}", words[0]):  # 'A/Director of ...': acting, written short
        words[0] = words[0][2:]
    if words[-1] in vocab.role_words:
        return True
    lead = 0
    while lead < len(words) and words[lead] in vocab.role_words:
        lead += 1
    if lead and lead < len(words) and words[lead] in {"of", "for", "to"}:
        return True  # "Head of Safeguarding", "Lead Member for Children"
    return all(w in vocab.role_words or w in {"of", "for", "and", "&", "the"} for w in words)


@dataclass
class _Parts:
    org: str | None = None
    org_span: tuple[int, int] | None = None
    note: str | None = None
    initials: str | None = None
    chair: bool = False
    name_initials: frozenset[str] = frozenset()
    name_text: str = ""

    def fits(self, token: str) -> bool:
        return token in self.name_initials or fits_initials(token, self.name_text)


def fits_initials(token: str, name: str) -> bool:
    """Initials a list writes after a name: 'AB', or the first initial and the surname's start ('AMc', 'ABrook')."""
    token = strip_titles(token.strip())  # '(Cllr AB)': the title is written inside the bracket too
    if token in initials_of(name):
        return True
    words = strip_titles(name).split()
    capitals = "".join(w[0] for w in words[:-1]) + "".join(c for c in words[-1] if c.isupper()) if words else ""
    if len(words) >= 2 and len(capitals) > len(words) and token.replace(".", "") == capitals.replace(".", ""):
        return True  # 'G. MacDonald (GMD)', 'Ada Page-Mitchell (APM)': the surname's capitals (round 51)
    if len(words) < 2 or not re.fullmatch(r"[A-Z][A-Z][A-Za-z]{1,7}", token):
        return False
    return token[0] == words[0][0].upper() and words[-1].lower().startswith(token[1:].lower())


def _classify(piece: Line, parts: _Parts, vocab: Vocabulary) -> None:
    """Decide what a piece written after a name is: initials, a note, a chair marker, a role or an org."""
    text = piece.text.strip(" ,;")
    if not text:
        return
    if parts.fits(text) and parts.initials is None:
        parts.initials = text
        return
    note = note_for(text, vocab)
    if note:
        parts.note = parts.note or note
        return
    if _CHAIR.match(text):
        parts.chair = True
        return
    if re.fullmatch(r"[*†‡#]+", text):
        return  # 'Ada Brook(*)': a footnote mark in a bracket, never an organisation (round 31)
    if (re.fullmatch(r"[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*)*", text)
            or re.match(r"[a-z]{3,}\s", text) and len(re.findall(r"\b[a-z]{3,}\b", text)) >= 2) \
            and not is_role(text, vocab):
        # '(ex officio)', '(nominated Chair in the absence of Ada Brook)': words in lower case, or a phrase that
        # opens with one, are never an organisation (round 31)
        parts.note = parts.note or text
        return
    m = _STANDING_IN.match(text)
    if m and (m.group(1).lower() != "for" or looks_like_person(m.group(2), vocab)):
        parts.note = parts.note or squash(text)
        return
    cut = re.search(r"\s*\([^()]*$", text)
    if cut and cut.start() > 0:  # '..., Elmley Police (rep Ben' cut off at a column's edge: never part of the org
        piece = sub(piece, 0, piece.text.find(text) + cut.start())
        text = piece.text.strip(" ,;")
    lead = re.match(r"(?P<ini>[A-Z]{2,4})\s*\((?P<org>[^()]+)\)", text)
    if lead and parts.initials is None and parts.fits(lead.group("ini")):
        # 'Ada Brook – AB (Elmley Council) Trust) Ben': the name's initials, then its own bracket; the words after
        # it are other cells' run in by a flattened table, never this entry's (round 18)
        parts.initials = lead.group("ini")
        at = piece.text.find(text)
        _classify(sub(piece, at + lead.start("org"), at + lead.end("org")), parts, vocab)
        return
    codes = re.fullmatch(r"([A-Z]{2,4})(?:\s+[A-Z]{2,4})+", text)
    if codes and parts.initials is None and parts.fits(codes.group(1)):
        parts.initials = codes.group(1)  # 'Ada Brook – AB CD': its initials, then another cell's; no organisation
        return
    if text.count(")") > text.count("("):
        return  # 'Elmley Trust) Council) Council)': closing brackets of other cells run together, no organisation
    # "Head of Safeguarding, Elmley Council (representing schools)" -> org is the last non-role part
    inner = re.search(r"\(([^()]*)\)\s*$", text)
    inner_line = None
    if inner:
        inner_line = sub(piece, inner.start(1), inner.end(1))
        piece = sub(piece, 0, inner.start())
        text = piece.text.strip(" ,;")
        if not text:
            _classify(inner_line, parts, vocab)
            return
    if parts.fits(text) and parts.initials is None:
        # 'Ada Brook – AB (Elmley Council)', 'Ada Brook – AB (Elmley' cut at a cell's edge: the name's initials,
        # then its bracket, never an organisation 'AB' (round 18)
        parts.initials = text
        if inner_line is not None:
            _classify(inner_line, parts, vocab)
        return
    segments: list[Line] = []
    pos = 0
    for m2 in re.finditer(r",\s*|\s+[–—]\s+", piece.text):  # commas, and a spaced dash after a role
        segments.append(sub(piece, pos, m2.start()))
        pos = m2.end()
    segments.append(sub(piece, pos))
    segments = _enumerations(piece, segments, vocab)
    for seg in segments:
        if _CHAIR.match(seg.text.strip(" ,;")) or re.search(r"\bchair\b", seg.text, re.I) and is_role(seg.text, vocab):
            if _CHAIR.match(seg.text.strip(" ,;")) or seg.text.lower().endswith("chair"):
                parts.chair = True
    orgs = [s for s in segments if s.text and not is_role(s.text, vocab) and not note_for(s.text, vocab)]
    if orgs and parts.org is None:
        org = orgs[-1]
        value = org.text.rstrip(" .;,")
        parts.org = value
        parts.org_span = (org.start, org.start + len(value))
    if inner_line is not None:
        before = (parts.org, parts.note, parts.chair, parts.initials)
        _classify(inner_line, parts, vocab)
        if (parts.org, parts.note, parts.chair, parts.initials) == before and not is_role(inner_line.text, vocab):
            parts.note = parts.note or squash(inner_line.text)  # "(item 5 only)"


_ENUM_HEAD = re.compile(r"\b(?:for|of)\s+[A-Z][\w'’-]*$")
_ENUM_TAIL = re.compile(r"^[A-Z][\w'’-]*\s+(?:and|&)\s+[A-Z][\w'’-]*$")


def _enumerations(piece: Line, segments: list[Line], vocab: Vocabulary) -> list[Line]:
    """Join the comma pieces of a name that lists ('Department for Elmley, Oakham and Ashby')."""
    out: list[Line] = []
    for seg in segments:
        if out and _ENUM_HEAD.search(out[-1].text) and _ENUM_TAIL.match(seg.text) and not is_role(out[-1].text, vocab):
            out[-1] = sub(piece, out[-1].start - piece.start, seg.end - piece.start)
        else:
            out.append(seg)
    return out


def _strip_trailing_note(org: Line, parts: _Parts, vocab: Vocabulary) -> Line:
    """'Elmley Council / Elmley Board - notes' -> org 'Elmley Council / Elmley Board', note 'notes'."""
    m = re.search(r"\s+[-–—]+\s*([^-–—]+)$", org.text)
    if m and (note_for(m.group(1), vocab) or _CHAIR.match(m.group(1).strip())
              or parts.fits(m.group(1).strip())):
        _classify(sub(org, m.start(1)), parts, vocab)
        return sub(org, 0, m.start())
    return org


_PERSON = r"(?P<who>(?:[A-Z][\w'’\-]*\.?\s+){1,3}[A-Z][\w'’\-]+)"
# 'Ada Brook OBO Ben Cole': Ada came for Ben
_FOR = re.compile(rf"\s+(?P<how>OBO|O\.B\.O\.?|obo|on\s+behalf\s+of|deputising\s+for|deputizing\s+for|representing"
                  rf"|standing\s+in\s+for|substituting\s+for)\s+{_PERSON}(?=\s*(?:[(,;–—-]|$))")
# 'Ben Cole (Elmley) – rep by Ada Brook': Ada came for Ben
_BY = re.compile(rf"\s*[,(–—-]?\s*\b(?i:rep(?:resented)?\.?\s+by|deputised\s+by|deputized\s+by|substituted\s+by|substitute\s*:?"
                 rf"|deputy\s*:)\s+{_PERSON}\s*\)?\s*$")


# 'Ben Cole – Ada Brook substituted', 'Ben Cole (Ada Brook attended as substitute)': Ada came for Ben
_SUBSTITUTED = re.compile(rf"\s*[,(–—-]\s*{_PERSON}\s+(?i:substituted|substituting|deputised|deputized|deputising|deputizing|attended\s+as\s+(?:a\s+)?"
                          rf"(?:substitute|deputy)|attended\s+instead|attended\s+in\s+(?:his|her|their)\s+place)"
                          rf"\s*\)?\s*\.?\s*$")


# '(AB) Ada Brook, ...' or a column of initials before the name: 'AB  Ada Brook (Elmley Council)'
_LEAD_INITIALS = re.compile(r"^(?:\(([A-Z][A-Za-z]{1,5})\)\s*|([A-Z]{2,4})\s+(?=[A-Z]))")
# letters after a name that are not part of it: 'Mrs D. Taylor CC', 'Ada Brook MBE', 'Ada Brook* MBE' (blanked,
# offsets kept)
# an elected member's letters too: 'Ada Brook MSP, Minister for ...', 'Ben Cole MSYP, Youth Parliament' (round 21).
# The honours and members' letters of ingest.names, with a county councillor's 'CC', 'BEM' and 'MSYP'; 'DBE' and
# 'KBE' were never in this list and stay out so that the clean-up changes nothing (adding them is a measured change)
_BLANKED_LETTERS = (POSTNOMINALS - {"dbe", "kbe"}) | ELECTED_LETTERS | {"cc", "bem", "msyp"}
_POST_NOMINALS = re.compile(rf"(?<=[a-z’'.*†‡])\s+(?:{letters_alternation(_BLANKED_LETTERS)})\b"
                            r"(?=\s*(?:[(,;–—|-]|$))")


_HEAD_THEN_NAME = re.compile(r"^[A-Z][^–—()\-,;:]{1,40}?\s+[-–—]\s+(?P<name>[A-Z][^–—()\-,;:]{2,40}?)\s*\([^()]+\)")


# 'Attorney General (The Rt Hon Ada Brook MP) - AB', 'Chair, Elmley Council (Ben Cole)': a post, then its holder in
# brackets, perhaps the initials the minutes call them by after a dash (round 29)
_POST_AFTER_PERSON = re.compile(r"^(?P<post>[A-Z][^()]{2,120}?)\s*\((?P<who>[^()]{3,80})\)\s*(?:[-–—]\s*(?P<ini>[A-Z]{2,4}))?\s*$")
_HONOURABLE = re.compile(r"^(?:the\s+)?(?:rt\.?\s+hon\.?|right\s+hon(?:ourable|\.)?|hon\.?|honourable)\s+", re.I)


def _post_holder(seg: Line, post: re.Match[str], vocab: Vocabulary) -> Entry | None:
    """The holder in brackets after a post that is no person's name; None when the bracket holds no person."""
    role = post.group("post").strip(" ,-–—")
    if len(role.split()) < 2 or looks_like_person(role, vocab, in_slot=True) or _DASH_SPLIT.search(role) \
            or re.search(r"\d", role) or not any(w.lower().strip(",.") in vocab.role_words | vocab.rank_words
                                                 | vocab.org_words | vocab.group_words for w in role.split()):
        return None  # 'Ada Brook (Ben Cole)', 'Director (Acting)', 'Mr A Brook - Head (Elmley Locality)', 'Virtual
        # Meeting (Accessible Remotely)': a post names a role, rank or body
    who = _HONOURABLE.sub("", post.group("who").rsplit(",", 1)[-1].strip())
    words = squash(who).split(" ")
    while len(words) > 2 and words[-1].lower().strip(".,") in POSTNOMINALS | ELECTED_LETTERS | {"am", "cb"}:
        words.pop()  # 'Ada Brook QC MP'
    who = " ".join(words)
    if len(strip_titles(who).split()) < 2 or not looks_like_person(who, vocab, in_slot=True) \
            or any(w.lower() in vocab.role_words for w in strip_titles(who).split()):
        return None  # '(Consultant Clinical Biochemist)': a role in the bracket, no holder
    ini = post.group("ini")
    person = PersonEntry(name=who, org=None, note=squash(role), initials=ini if ini and fits_initials(ini, who) else None,
                         span=(seg.start, seg.end))
    return Entry(person, chair=False, marker=None, bare=False)


_ROLE_THEN_NAME = re.compile(r"^(?P<role>[A-Z][^–—()\-,;:/]{2,50}?)\s+[-–—]\s*(?P<who>[A-Z][^–—()\-,;:/]{2,40}?)\s*$")


def _role_then_name(seg: Line, m: re.Match[str], vocab: Vocabulary) -> Entry | None:
    """'Councillor – Ada Brook', 'Community Warden Supervisor - Ben Cole': the post first, a dash, then the
    holder's name and nothing after it (round 36). Taken only when the head is a role and no name, and the
    tail is a name and no role, so 'Ada Brook – Chair' keeps its usual reading."""
    role, who = m.group("role").strip(), m.group("who").strip()
    if not is_role(role, vocab) or looks_like_person(role, vocab, in_slot=True) or is_role(who, vocab) \
            or re.search(r"(?i)\b(?:of|for|to|and|&)\b", role) \
            or any(w.lower() in vocab.org_words | vocab.group_words for w in who.split()):
        return None  # 'Director of Operations – Elmley Family': a role with its scope, then its body
    bare = strip_titles(who)
    if len(bare.split()) < 2 and not re.match(rf"^{PERSONAL_TITLE}\.?\s+[A-Z]", who):
        return None  # one word, no title: a surname alone is read only with a title before it ('PC Dale')
    if not looks_like_person(who, vocab, in_slot=True, alone=True) \
            or any(w.lower() in vocab.role_words for w in bare.split()):
        return None
    person = PersonEntry(name=squash(who), org=None, note=squash(role), initials=None, span=(seg.start, seg.end))
    return Entry(person, chair=False, marker=None, bare=False)


def parse_entry(seg: Line, vocab: Vocabulary, legend: dict[str, str] | None = None) -> Entry | None:
    """Read one person from a piece of a line; None when it is not a person's line.

    A deputy is the attendee, whichever way round the line says it ('Ada Brook OBO Ben Cole',
    'Ben Cole (Elmley) rep by Ada Brook'): the person represented is kept in the note only.
    """
    text = seg.text.rstrip()
    if not text:
        return None
    if (glued := unglue_title(text)) != text:
        seg, text = Line(seg.index, seg.start, seg.end, glued, seg.indented), glued
    post = _POST_AFTER_PERSON.match(text)
    if post and (entry := _post_holder(seg, post, vocab)) is not None:
        return entry
    role_first = _ROLE_THEN_NAME.match(text)
    if role_first and (entry := _role_then_name(seg, role_first, vocab)) is not None:
        return entry
    head = _HEAD_THEN_NAME.match(text)
    if head and looks_like_person(head.group("name"), vocab, in_slot=True):
        # 'Elmley Close – Ada Brook (Street Representative)': a heading (a place, group or role) then a dash
        # and a name with its bracket; the person is the name after the dash (round 29)
        return parse_entry(sub(seg, head.start("name")), vocab, legend)
    by = _BY.search(text) or _SUBSTITUTED.search(text)
    if by and looks_like_person(by.group("who"), vocab, in_slot=True):
        entry = parse_entry(Line(seg.index, seg.start, seg.start + by.start(), text[:by.start()]), vocab, legend)
        if entry is not None:
            absent = entry.person.name
            entry.person.name = squash(by.group("who"))
            entry.person.note = f"representing {absent}"
            entry.person.initials = None
            entry.person.span = (seg.start, seg.end)
            entry.chair = False
            entry.absent = absent
            return entry
    fr = _FOR.search(text)
    if fr and fr.start() > 0:
        rest = text[:fr.start()] + text[fr.end():]
        entry = parse_entry(Line(seg.index, seg.start, seg.end, rest), vocab, legend)
        if entry is not None:
            who, how = squash(fr.group("who")), squash(fr.group("how"))
            how = "on behalf of" if how.replace(".", "").lower() == "obo" else how
            if looks_like_person(who, vocab, in_slot=True):
                entry.person.note = entry.person.note or f"{how} {who}"
                entry.absent = who
            elif entry.person.org is None:
                entry.person.org = who  # 'Ada Brook representing Elmley Council'
            entry.person.span = (seg.start, seg.end)
            return entry
    if "()" in text:  # 'Mr B Cole Deputy Lead ()': a bracket left empty by the export (blanked, offsets kept)
        text = re.sub(r"\s*\(\s*\)", lambda m: " " * len(m.group()), text)
        seg = Line(seg.index, seg.start, seg.end, text, seg.indented)
    if _POST_NOMINALS.search(text):
        text = _POST_NOMINALS.sub(lambda m: " " * len(m.group()), text)
        seg = Line(seg.index, seg.start, seg.end, text, seg.indented)
    lead = _LEAD_INITIALS.match(text)
    if lead and fits_initials(lead.group(1) or lead.group(2), re.split(r"\s*[,(–—|]|\s+-\s+", text[lead.end():])[0]):
        entry = parse_entry(sub(seg, lead.end()), vocab, legend)  # '(AB) Ada Brook, Head of Service'
        if entry is not None:
            entry.person.initials = lead.group(1) or lead.group(2)
            entry.person.span = (seg.start, seg.end)
            entry.bare = False
        return entry
    if (cut := _glued_org_cut(text, vocab)) is not None or (cut := _trailing_acronym_cut(text, vocab)) is not None:
        # 'Ada Brook Elmley Youth Advocacy Service (EYAS)': the comma typed where the acronym says the name ends
        return parse_entry(Line(seg.index, seg.start, seg.end, text[:cut] + "," + text[cut + 1:], seg.indented),
                           vocab, legend)
    parts = _Parts()
    marker = None
    m = re.match(r"^([^(–—|,]+?)(?:\s+[-–—]|\s*[(,]|$)", text)
    if m:
        parts.name_initials = frozenset(initials_of(m.group(1)))
        parts.name_text = m.group(1)
    m = re.search(r"\s*([*†‡#]+)\s*$", text)
    if m:
        marker = m.group(1)
        seg = sub(seg, 0, m.start())
        text = seg.text
    m = _INNER_MARKER.search(text)
    if m:  # 'A. Brook*<TAB>Chair': the footnote mark after the name, before the next cell (blanked)
        marker = marker or m.group()
        text = text[:m.start()] + " " * len(m.group()) + text[m.end():]
        seg = Line(seg.index, seg.start, seg.end, text, seg.indented)
    bare = False
    dash = _DASH_SPLIT.search(text)
    paren = None if dash and 0 < dash.start() < text.find("(") or _named_before_comma(text, vocab) else re.match(r"^(?P<name>[^()]+?)\s*\((?P<inner>[^()]*)(?:\)|$)(?P<tail>.*)$", text, re.S)
    if paren:
        name = sub(seg, 0, paren.end("name"))
        inner = sub(seg, paren.start("inner"), paren.end("inner"))
        tail = sub(seg, paren.start("tail")) if paren.group("tail") else None
        if parts.fits(inner.text.strip()):
            parts.initials = strip_titles(inner.text.strip())
        else:
            inner = _strip_trailing_note(inner, parts, vocab)
            _classify(inner, parts, vocab)
        if tail is not None and tail.text:
            mk = _MARKER.match(tail.text)
            if mk:
                marker = marker or mk.group(1)
                tail = sub(tail, mk.end())
            for piece in _pieces_after_dash(tail):
                _classify(piece, parts, vocab)
    else:
        pieces = _split_name(seg, vocab)
        if pieces is None:
            return None
        name, rest = pieces
        bare = not rest
        for piece in rest:
            _classify(piece, parts, vocab)
    name_text = squash(name.text).strip(" ,;:-–")
    if re.search(r"\t|\S {3,}\S", name.text.strip()):
        return None  # two columns run together ('Ada Brook<TAB>Minute Taker'): not one name
    if not looks_like_person(name_text, vocab, in_slot=True, initials=parts.initials,
                             alone=squash(text) == name_text):
        return None
    if marker and legend and marker in legend and parts.note is None:
        parts.note = legend[marker]
    person = PersonEntry(name=name_text, org=squash(parts.org) if parts.org else None, note=parts.note,
                         initials=parts.initials, span=(seg.start, seg.end))
    return Entry(person, chair=parts.chair, marker=marker, bare=bare and parts.initials is None)


_GLUED_ORG = re.compile(r"^(?P<words>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and|for|the|&))+)\s*\((?P<acr>[A-Z]{3,6})\)\s*$")
_ORG_LINKS = frozenset({"of", "and", "for", "the", "&"})


def _glued_org_cut(text: str, vocab: Vocabulary) -> int | None:
    """'Ada Brook Elmley Youth Advocacy Service (EYAS)': a name glued to an organisation that its own acronym
    spells out (round 36). The acronym's letters are the initials of the last capitalised words, so those
    words are the organisation and the two or three words before them, if they read as a name, the person;
    the offset of the space between them, or None when the acronym fits no such split."""
    m = _GLUED_ORG.match(text)
    if m is None:
        return None
    words = list(re.finditer(r"\S+", m.group("words")))
    acr = m.group("acr")
    caps = [i for i, w in enumerate(words) if w.group() not in _ORG_LINKS]
    if len(caps) < len(acr) + 2:
        return None
    first = caps[-len(acr)]
    org = [words[i].group() for i in caps[-len(acr):]]
    if "".join(w[0] for w in org) != acr or not 2 <= first <= 3 or any(w.group() in _ORG_LINKS for w in words[:first]):
        return None
    name = " ".join(w.group() for w in words[:first])
    if not looks_like_person(name, vocab, in_slot=True, alone=True) or is_role(" ".join(org), vocab):
        return None
    return words[first - 1].end()


_TRAILING_ACRONYM = re.compile(r"^(?P<name>[A-Z][a-z][\w'’-]*\s+[A-Z][a-z][\w'’-]*)(?P<gap>\s+)(?P<acr>[A-Z][A-Za-z]{1,5})\s*$")


def _trailing_acronym_cut(text: str, vocab: Vocabulary) -> int | None:
    """'Ada Brook LBoE': a two-word name then its organisation's acronym written in mixed case, no separator
    (round 36): three or more capitals, two side by side, and a lower-case letter, which no surname has
    ('McDonald', 'MacKay'). An acronym in capitals is left alone: 'Elmley Vale CBC' is a place and its council
    ('Ada Brook EHC' stays unread, with the warning it had)."""
    m = _TRAILING_ACRONYM.match(text)
    if m is None:
        return None
    acr = m.group("acr")
    caps = sum(ch.isupper() for ch in acr)
    mixed = caps >= 3 and re.search(r"[A-Z]{2}", acr) is not None and re.search(r"[a-z]", acr) is not None
    if not mixed or not looks_like_person(m.group("name"), vocab, in_slot=True):
        return None
    return m.start("gap")


def unglue_title(text: str) -> str:
    """'MrsHMcNeill' -> 'Mrs H McNeill': the spaces a PDF export lost between title, initials and surname.
    Anything else is returned as it is."""
    m = _GLUED_TITLE.match(text)
    if m is None:
        return text
    return " ".join([m.group("title"), *m.group("initials"), m.group("surname")])


def _pieces_after_dash(tail: Line) -> list[Line]:
    text = tail.text
    out: list[Line] = []
    pos = 0
    for m in re.finditer(r"[-–—]+", text):
        if text[pos:m.start()].strip():
            out.append(sub(tail, pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        out.append(sub(tail, pos))
    return out


def _split_name(seg: Line, vocab: Vocabulary) -> tuple[Line, list[Line]] | None:
    """'Name – Org', 'Name - Org - notes', 'Name, Role, Org' or a bare 'Name'."""
    text = seg.text
    dash = _DASH_SPLIT.search(text)
    comma = text.find(",")
    if dash and 0 < comma < dash.start() and reads_as_name(text[:comma], vocab):
        dash = None  # 'Ada Brook, Head of X – Elmley NHS': the name ends at the comma
    if dash and dash.start() > 0:
        name = sub(seg, 0, dash.start())
        rest = sub(seg, dash.end())
        pieces = [rest]
        m = re.search(r"\s+[-–—]+\s+(.+)$", rest.text)
        if m:
            pieces = [sub(rest, 0, m.start()), sub(rest, m.start(1))]
        return name, [p for p in pieces if p.text]
    if comma > 0:
        name = sub(seg, 0, comma)
        if reads_as_name(name.text, vocab):
            return name, [sub(seg, comma + 1)]
    lead = _name_before_role(text if comma < 0 else text[:comma], vocab)
    if lead is not None:  # 'Ada Brook Director of Housing, Elmley Council': no comma after the name
        return sub(seg, 0, lead), [sub(seg, lead)]
    return seg, []


def _named_before_comma(text: str, vocab: Vocabulary) -> bool:
    """'Ada Brook, Head of Housing (Chair)': the name ends at the first comma, before any bracket, so the
    bracket belongs to the role, not to the name ('Name (Org)')."""
    comma, bracket = text.find(","), text.find("(")
    return 0 < comma < bracket and reads_as_name(text[:comma], vocab)


def reads_as_name(text: str, vocab: Vocabulary) -> bool:
    """Is the text (a list piece, or what stands before a line's first comma) a name: a plain one, or one whose
    surname is printed in capitals ('Councillor Ada BROOK, Convener')?"""
    if looks_like_person(text, vocab):
        return True
    words = strip_titles(clean_text(text)).split(" ")
    return len(words) >= 2 and capitals_surname(words, vocab) and looks_like_person(text, vocab, in_slot=True)


# words written before a role word that are part of the role, never of a name: 'Co-opted Member'
_ROLE_PREFIXES = frozenset({"co-opted", "coopted", "co-opt"})


def _name_before_role(text: str, vocab: Vocabulary) -> int | None:
    """Where a job title starts right after a name with no comma between ('Ada Brook Director of X'):
    the first capitalised role word after two or more name words; None when there is none."""
    words = list(re.finditer(r"\S+", text))
    for k, w in enumerate(words):
        word = w.group()
        if k >= 2 and word[:1].isupper() and word.lower().strip(".,") in vocab.role_words:
            if k >= 3 and words[k - 1].group().lower() in _ROLE_PREFIXES:
                w = words[k - 1]  # 'Ada Brook Co-opted Member': the role starts before its prefix (round 21)
            name = text[:w.start()].rstrip()
            bare = strip_titles(name).split()
            if len(bare) >= 3 and all(len(b.strip(".")) == 1 for b in bare[:-2]) and len(bare[-2].strip(".")) > 1:
                # 'Dr A. Brook Medical Director': forenames written as initials go with one surname, so the word
                # after it opens the role (round 29)
                w = words[k - 1]
                name = text[:w.start()].rstrip()
                bare = strip_titles(name).split()
            if len(bare) >= 2 and not any(b.lower().strip(".,") in vocab.role_words for b in bare) \
                    and looks_like_person(name, vocab, in_slot=True):
                return w.start()
            return None
    return None


def split_entries(line: Line) -> list[Line]:
    """Pieces of one line holding one person each (columns run together: 'A (X)   B (Y)*')."""
    text = line.text
    groups = [(m.start(), m.end()) for m in re.finditer(r"\([^()]*\)", text)]
    if len(groups) <= 1:
        return [line]
    out: list[Line] = []
    start = 0
    for (_, g_end), (next_start, _) in zip(groups, groups[1:]):
        m = _TRAILING_NAME.search(text[g_end:next_start])
        if m:  # otherwise the next group belongs to the same person ("Name (XY) (Org)")
            cut = g_end + m.start(1)
            out.append(sub(line, start, cut))
            start = cut
    last = groups[-1][1]
    m = _TITLED_TAIL.match(text[last:])
    if m:  # 'Ada Brook (Member) Ms Cy Dee': a titled name after the last bracket starts the next entry
        cut = last + m.start(1)
        out.append(sub(line, start, cut))
        start = cut
    out.append(sub(line, start))
    return [o for o in out if o.text]


_TITLED_TAIL = re.compile(rf"^\s+((?:Mrs|Mr|Ms|Miss|Dr|Cllr|Councillor)\.?\s+{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,3}})\s*$")


__all__ = ["Entry", "capitals_surname", "reads_as_name", "parse_entry", "split_entries", "looks_like_person", "is_role", "note_for", "fits_initials",
           "unglue_title"]
