"""Run-on name lists: an attendance list flattened into one line with no separator between its entries.

Two layouts, each read only when the whole run segments cleanly (else the caller reads the line as before):

- a sederunt of titled members, 'Provost Brook (Chair) Depute Provost Cole Councillor Dee – Council Leader
  Councillor Eve ...': the civic title is the separator; each entry is the title, one to three name words,
  an optional bracket ('(Chair)') and an optional '– role';
- `Name, Role, Organisation Name, Role ...`: the comma after a name marks where an entry starts; the end of
  each role is only the next name (`comma_name_ends` gives the commas, attendance's name finder the names).
"""
from __future__ import annotations

import re
from itertools import pairwise

from ingest.model import PersonEntry
from ingest.names import POSTNOMINALS, TITLES
from ingest.parse.councillors import surname_entry
from ingest.parse.lines import Line, sub
from ingest.parse.people import NAME_WORD, PERSONAL_TITLES, Entry, is_role, looks_like_person, title_alternation
from ingest.parse.vocab import Vocabulary

# civic titles that open a member's entry in a council's sederunt; 'Depute Provost', 'Lord Provost' as one title
_HONORIFIC = r"(?:(?:Depute|Deputy|Lord)\s+)?(?:Provost|Councillor|Cllr\.?|Bailie|Mayor)"
_TITLED = re.compile(rf"(?<![\w(])(?:{_HONORIFIC})\s+(?=(?:Mc|Mac|O['’])?[A-Z][a-z])")
_TITLED_ENTRY = re.compile(rf"^(?P<title>{_HONORIFIC})\s+(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}})"
                           r"(?P<mark>\s*\([^()]{1,30}\))?(?:\s*[-–—]\s*(?P<role>[^()\-–—]{1,60}))?\s*$")
_CHAIR_MARK = re.compile(r"^\((?:in\s+the\s+)?(?:chair|chairman|chairwoman|chairperson|convener|convenor)\)$", re.I)


def titled_run(value: Line, vocab: Vocabulary) -> list[Entry] | None:
    """The members of a run of titled entries with no separator, or None when the line is not one.

    Three or more entries, the first at the line's start, and every entry read: a surname alone after the
    title ('Councillor Brook'), or a full name ('Councillor Ada Brook'); a '– role' after it must read as
    a job title. One entry that does not fit and the line is left to the ordinary readers.
    """
    text = value.text
    cuts = [m.start() for m in _TITLED.finditer(text)]
    if len(cuts) < 3 or text[:cuts[0]].strip():
        return personal_titled_run(value, vocab)
    entries: list[Entry] = []
    for a, b in pairwise([*cuts, len(text)]):
        piece = sub(value, a, b)
        m = _TITLED_ENTRY.match(piece.text)
        if m is None or m.group("role") and not is_role(m.group("role").strip(" .,"), vocab):
            return None
        mark = (m.group("mark") or "").strip()
        if mark and _CHAIR_MARK.match(mark) is None:
            return None  # '(Elmley Council)', '(Vice-Chair)': not this layout's markers
        title, name = m.group("title"), m.group("name")
        span = (piece.start + m.start("name"), piece.start + m.end("name"))
        if " " not in name:
            entry = surname_entry(sub(piece, m.start("name"), m.end("name")), vocab)
            if entry is None:
                return None
            entry.person = PersonEntry(name=f"{title} {name}", org=None, note=None, initials=None, span=span)
        elif looks_like_person(name, vocab, in_slot=True):
            entry = Entry(PersonEntry(name=f"{title} {name}", org=None, note=None, initials=None, span=span),
                          bare=True)
        else:
            return None
        entry.chair = bool(mark)
        entries.append(entry)
    return entries


# personal titles opening each entry of a run of full names with no separator (round 24); 'Prof Dame' is one opening
# the personal titles, and those a run of titled names also stacks: 'Prof Dame Eve Fox OBE', 'Sir Ben Cole'
_PERSONAL = title_alternation((*PERSONAL_TITLES, "Professor", "Sir", "Dame"))
_PERSONAL_START = re.compile(rf"(?<![\w(])(?:{_PERSONAL}\s+)+(?=(?:Mc|Mac|O['’])?[A-Z][a-z])")
# the lower-case particles inside a surname ('Cy de Dee', 'Ed van Fox')
PARTICLE = r"(?:de|da|di|du|van|von|der|den|la|le|del)"
_PERSONAL_ENTRY = re.compile(rf"^(?P<title>(?:{_PERSONAL}\s+)+)(?P<name>{NAME_WORD}(?:\s+(?:{PARTICLE}\s+)?{NAME_WORD}){{1,3}})"
                             r"(?P<post>(?:\s+[A-Z]{2,3})*)(?P<mark>\s*\([^()]{1,30}\))?\s*$")
# 'Ms Ada Brook .. Head of Governance Mr Ben Cole .. Director of Estates': a titled full name, two dots, a role
_DOTTED_START = re.compile(rf"(?<![\w(])(?:{_PERSONAL}\s+)+(?:{NAME_WORD}\s+(?:{PARTICLE}\s+)?){{1,3}}{NAME_WORD}"
                           r"\s+\.\.\s+(?=[A-Z])")


def _bracket_depth(text: str, end: int) -> int:
    return text.count("(", 0, end) - text.count(")", 0, end)


def personal_titled_run(value: Line, vocab: Vocabulary) -> list[Entry] | None:
    """'Mrs Ada Brook Mr Ben Cole Dr Cy de Dee Prof Dame Eve Fox OBE ...': three or more titled full names with
    no separator, the first at the line's start; every piece must be titles, two to four name words, letters
    after the name ('OBE') and at most a chair mark, and read as a person. Any other piece: None (not this
    layout). Names keep their titles as written; the letters after are dropped."""
    text = value.text
    cuts = [m.start() for m in _PERSONAL_START.finditer(text) if _bracket_depth(text, m.start()) <= 0]
    if len(cuts) < 3 or text[:cuts[0]].strip():
        return None
    entries: list[Entry] = []
    for a, b in pairwise([*cuts, len(text)]):
        piece = sub(value, a, b)
        m = _PERSONAL_ENTRY.match(piece.text)
        if m is None or any(w.lower() not in POSTNOMINALS for w in m.group("post").split()):
            return None
        mark = (m.group("mark") or "").strip()
        if mark and _CHAIR_MARK.match(mark) is None:
            return None
        name = m.group("name")
        if not looks_like_person(name, vocab, in_slot=True):
            return None
        span = (piece.start + m.start("title"), piece.start + m.end("name"))
        entry = Entry(PersonEntry(name=f"{m.group('title').strip()} {name}", org=None, note=None, initials=None,
                                  span=span), bare=True)
        entry.chair = bool(mark)
        entries.append(entry)
    return entries


def dotted_role_run(value: Line, vocab: Vocabulary) -> list[Entry] | None:
    """'Ms Ada Brook .. Head of Governance Mr Ben Cole .. Chief Officer, Elmley HSCP (For item 8) ...': each entry
    a titled full name, ' .. ' (a contents-style leader) and the person's post; the leader marks every name, so
    a title inside the post ('(On behalf of Mr Cy Dee, ...)') or with no leader after it is no entry. Three or
    more entries, the first at the line's start, every name read as a person; the post gives no organisation
    (post and organisation are not told apart)."""
    text = value.text
    starts = [m for m in _DOTTED_START.finditer(text) if _bracket_depth(text, m.start()) <= 0]
    if len(starts) < 3 or text[:starts[0].start()].strip():
        return None
    entries: list[Entry] = []
    for m in starts:
        head = m.group(0).rstrip(" .")
        t = _PERSONAL_ENTRY.match(head)
        if t is None or t.group("post") or t.group("mark") or not looks_like_person(t.group("name"), vocab, in_slot=True):
            return None
        span = (value.start + m.start(), value.start + m.start() + len(head))
        entries.append(Entry(PersonEntry(name=head, org=None, note=None, initials=None, span=span)))
    return entries


# a comma right after a word that may end a name ('Ada Brook, Director ...'); never after a digit or a bracket
_NAME_COMMA = re.compile(r"(?<=[a-z])\s?,\s")


def comma_name_ends(text: str, after: int) -> list[int]:
    """Offsets of the commas after `after` that may end a name in a `Name, Role Name, Role` run."""
    return [m.start() for m in _NAME_COMMA.finditer(text, after)]


def comma_name(text: str, start: int, end: int, vocab: Vocabulary) -> bool:
    """Is text[start:end] (a name attendance's finder took before a comma) the start of an entry in a
    `Name, Role` run? Not a job title ('Director General,': no word of it a role word), and not an entry
    already cut off by a semicolon ('...; Supt. Ada Brook, ...': the list's own separator is there)."""
    if any(w.strip(".,'’").lower() in vocab.role_words for w in text[start:end].split()):
        return False
    before = text[:start].rstrip().split()
    while before and before[-1].lower().rstrip(".") in _TITLE_LIKE:
        before.pop()
    return not (before and before[-1].endswith(";"))


_TITLE_LIKE = frozenset("mr mrs ms miss dr cllr clr councillor councilor prof professor supt insp chief superintendent".split())


def unbracketed_orgs(sections: list, starts: set[int], text: str) -> None:
    """Entries cut out of a `Name, Role, Org Name, Role ...` run keep no organisation unless it was
    bracketed: after the commas a role runs on into a department or the next entry's words, so what
    parse_entry took as the organisation is not known to be one. `sections`: attendance's sections."""
    for section in sections:
        for entry in section.entries:
            span = entry.person.span
            if span is None or span[0] not in starts or entry.person.org is None:
                continue
            if f"({entry.person.org}" not in text[span[0]:span[0] + 400]:
                entry.person.org = None


# words that end or open an organisation's name and are no vocabulary word yet: read as organisation words
# only here, where a run of names and organisations has nothing else to cut it by
_ORG_EXTRA = frozenset("company companies organisations organizations county resources".split())
_PARTICLES = frozenset("ap ab de da di du van von der den la le del bin ibn al".split())
_WORD = re.compile(r"\S+")
_CAPITAL = re.compile(r"(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:['’\-][A-Z]?[a-z]+)*")  # 'Brook', 'Lee-Brook', 'McLeod'


def _kind(word: str, vocab: Vocabulary) -> str:
    """'T' a title or rank, 'P' a name particle, 'C' a word that may be part of a name, 'V' anything else
    (vocabulary, lower case, acronyms, digits, a word a comma or colon ends)."""
    bare = word.rstrip(".")
    low = bare.lower()
    if low in TITLES:
        return "T"
    if low in _PARTICLES:
        return "P"
    if not _CAPITAL.fullmatch(bare) or low in _ORG_EXTRA or vocab.is_borough(bare) or any(
            low in words for words in (vocab.org_words, vocab.group_words, vocab.role_words, vocab.body_heads,
                                       vocab.sub_body_heads, vocab.not_name_words, vocab.place_words)):
        return "V"
    return "C"


def bare_run(value: Line, text: str, vocab: Vocabulary, least: int = 3) -> tuple[list[Entry], list[Line]] | None:
    """A present list flattened with no separator at all between its entries, `Name Organisation Name Role,
    Organisation ...` ('Ada Brook Elmley County Council Ben Cole Oakham Trust Cllr Cy Dee Chair, Elmley
    Group'): the people, and the runs of name-like words that could not be cut into one name (left out).

    A person is a run of two capitalised words that are no vocabulary word (three with a particle, 'Ada ap
    Brook'), after a vocabulary word, a title or the list's start (never after a comma: the role or
    organisation goes on) and before a vocabulary word. A longer run keeps two words only when the words
    after them recur elsewhere in the paper (a place's name repeated in every organisation: 'Elmley');
    otherwise it is left out. None when the line is not such a run: a ';', a bracket or a dash in it, or
    fewer than `least` people found (three; one in a further list once the paper's first list was such a run).
    """
    if re.search(r"[;()]|\s[-–—]\s", value.text):
        return None
    words = list(_WORD.finditer(value.text))
    kinds = [_kind(m.group().rstrip(",:"), vocab) if not m.group().endswith((",", ":")) else "E" for m in words]
    # 'E': a word a comma or colon ends; it may end a name ('Brook,') but is never followed by one
    people: list[Entry] = []
    left: list[Line] = []
    i = 0
    while i < len(words):
        if kinds[i] not in ("C", "E") or i > 0 and words[i - 1].group().endswith(","):
            i += 1
            continue
        j = i
        while j < len(words) and (kinds[j] == "C" or kinds[j] == "P" and j + 1 < len(words) and kinds[j + 1] == "C"):
            j += 1
        if j < len(words) and kinds[j] == "E" and words[j].group().endswith(",") \
                and _kind(words[j].group().rstrip(","), vocab) == "C":
            return None  # 'Ada Brook, Ben Cole': names a comma separates, not this layout
        if j == i:
            i += 1
            continue
        run = words[i:j]
        while len(run) > 2 and _recurs(run[-1].group().rstrip(",:"), text) \
                and run[-2].group().lower() not in _PARTICLES:
            run = run[:-1]
        names = [m.group().rstrip(",:") for m in run]
        two = len(names) == 2 or len(names) == 3 and names[1].lower() in _PARTICLES
        if len(names) >= 2:
            name = " ".join(names)
            piece = sub(value, run[0].start(), run[-1].start() + len(names[-1]))
            plain = " ".join(n for n in names if n.lower() not in _PARTICLES)  # 'Ada ap Brook': read as 'Ada Brook'
            if two and looks_like_person(plain, vocab, in_slot=True):
                title = _titles_before(words, kinds, i)
                full = f"{title} {name}" if title else name
                people.append(Entry(PersonEntry(name=full, org=None, note=None, initials=None,
                                                span=(piece.start, piece.end)), bare=False))
            else:
                left.append(sub(value, words[i].start(), words[j - 1].end()))
        i = j
    if len(people) < least:
        return None
    return people, left


_INITIAL = re.compile(r"[A-Z]\.?")


def initials_run(value: Line, vocab: Vocabulary) -> list[Entry] | None:
    """'G. Adam M. Iqbal M. Adams Y. Iqbal N. Ahmed ...': members written as initials and a surname, a table's
    columns flattened into one run with no separator (round 71). Each entry is one to three initials and one
    surname; two name words between entries with no initial ('Mohammed Arshad') are one person's full name. None
    unless the whole line reads so with at least four initialled entries."""
    words = [m for m in _WORD.finditer(value.text)]
    if len(words) < 8:
        return None
    entries: list[Entry] = []
    initialled, i = 0, 0

    def surname(k: int) -> bool:
        word = words[k].group()
        low = word.lower()
        return bool(_CAPITAL.fullmatch(word)) and not any(
            low in group for group in (vocab.org_words, vocab.group_words, vocab.not_name_words, vocab.role_words))

    while i < len(words):
        if _INITIAL.fullmatch(words[i].group()):
            j = i
            while j < len(words) and j - i < 3 and _INITIAL.fullmatch(words[j].group()):
                j += 1
            if j >= len(words) or not surname(j):
                return None
            start, end, i = words[i].start(), words[j].end(), j + 1
            initialled += 1
        elif i + 1 < len(words) and surname(i) and surname(i + 1) \
                and (i + 2 == len(words) or _INITIAL.fullmatch(words[i + 2].group())):
            start, end, i = words[i].start(), words[i + 1].end(), i + 2
            if not looks_like_person(value.text[start:end], vocab, in_slot=True):
                return None
        else:
            return None
        piece = sub(value, start, end)
        entries.append(Entry(PersonEntry(name=piece.text, org=None, note=None, initials=None,
                                         span=(piece.start, piece.end)), bare=False))
    return entries if initialled >= 4 else None


def _titles_before(words: list[re.Match[str]], kinds: list[str], i: int) -> str:
    k = i
    while k > 0 and kinds[k - 1] == "T":
        k -= 1
    return " ".join(m.group() for m in words[k:i])


def _recurs(word: str, text: str) -> bool:
    """Does a capitalised word stand more than once in the paper (a place in several organisations' names)?"""
    return len(re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)) >= 2


_SEMI_ENTRY = re.compile(r"^\s*(?:(?:[A-Z][\w.'’-]*|\d{1,3})\s+){1,5}?[A-Z][\w'’-]*\s*,\s*\S")  # '1': a page number


def semicolon_entries(text: str, vocab: Vocabulary) -> bool:
    """'Ada Brook, Elmley Trust; Ben Cole, Head of X, Oakham Council; Cy Dee, ...': entries a semicolon
    separates, each a name, a comma and its role or organisation. Then the commas are inside the entries
    (an organisation after one is never a second person). Two or more semicolons, no bracket, and every
    piece but the last (which a page may cut) opening with capitalised words and a comma; no piece's second part
    a person's name ('Ada Brook, Ben Cole; Cy Dee, Dee Eve; ...' groups people, a comma between two of them)."""
    if text.count(";") < 2 or "(" in text:
        return False
    pieces = [p for p in text.split(";") if p.strip()]
    return all(_SEMI_ENTRY.match(p) for p in pieces[:-1]) \
        and not any(looks_like_person(p.split(",")[1].strip(" ."), vocab) for p in pieces if "," in p)


_PAGE_AFTER_TITLE = re.compile(r"^(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+\d{1,3}\s+(?=[A-Z][a-z])")


def page_number_after_title(piece: Line) -> Line:
    """'Cllr 1 Ada Brook, Chair, ...': a page number the text flattened in between a title and the name; the
    piece from the name on (the title is dropped with it)."""
    m = _PAGE_AFTER_TITLE.match(piece.text)
    return sub(piece, m.end()) if m else piece


# a service's subject words, which open job titles ('Domestic Violence Co-ordinator') and are never a name here
_TOPIC_WORDS = frozenset("adults children domestic violence abuse mental capacity engagement disability".split())


def role_run(value: Line, vocab: Vocabulary, paper: str = "") -> list[Entry] | None:
    """A present list flattened from a table with no separator between its entries, each `Name Role,
    Organisation` ('Ada Brook Chief Executive, Elmley Trust Ben Cole Service Manager, Oakham Council Cy
    Dee ...'): the people, or None when the line is not read whole.

    Cut at the commas, every piece after the first is the organisation of one entry, then the next entry's
    name and role. A name is two capitalised words that are no vocabulary word (or an initial and one), after
    titles only (the first piece) or after at least one organisation word, and before a role: a vocabulary
    word, or words that read as a job title up to the comma. The leftmost such name is the one taken ('Age
    Concern Jo Abbott Consultant'). A second name in one piece only after a whole job title ('Independent
    Chair for the Board Ada Brook Director of X'). A piece with no name goes on the entry before it ('Head,
    Unit, Police'); the last piece may hold an organisation instead of a role. Three people or more, the
    first at the line's start, else None. A name that may have three words is never guessed (`_three_names`).
    """
    text = value.text
    if re.search(r"[;()]", text) or text.count(",") < 2:
        return None
    pieces: list[tuple[int, int]] = []
    start = 0
    for m in re.finditer(r",\s+", text):
        pieces.append((start, m.start()))
        start = m.end()
    pieces.append((start, len(text)))
    entries: list[Entry] = []
    for n, (a, b) in enumerate(pieces):
        words = list(_WORD.finditer(text, a, b))
        kinds = ["V" if w.group().lower() in _TOPIC_WORDS else _kind(w.group(), vocab) for w in words]
        first, last = n == 0, n == len(pieces) - 1
        p = _role_name_at(words, kinds, 0, first, last, vocab, need_org=not first)
        if p is None:
            if first or any(_name_pair(words[q].group(), words[q + 1].group(), kinds[q], kinds[q + 1])
                            for q in range(1, len(words) - 1)):
                return None  # the first piece opens with no name; or a name this reading cannot place
            if len(words) > 2 and _name_pair(words[0].group(), words[1].group(), kinds[0], kinds[1]) \
                    and is_role(" ".join(w.group() for w in words[2:]), vocab):
                return None  # 'Ada Brook Chair, Ben Cole Treasurer': names a comma separates, not this layout
            continue
        while p is not None:
            title_start = p
            while title_start > 0 and kinds[title_start - 1] == "T":
                title_start -= 1
            name = " ".join(w.group() for w in words[p:p + 2])
            if not looks_like_person(name, vocab, in_slot=True) or _three_names(words, kinds, p, first, paper or text):
                return None
            title = " ".join(w.group() for w in words[title_start:p])
            span = (value.start + words[title_start].start(), value.start + words[p + 1].end())
            following = _role_name_at(words, kinds, p + 3, False, last, vocab, need_org=False, after_role=True)
            entry = Entry(PersonEntry(name=f"{title} {name}" if title else name, org=None, note=None,
                                      initials=None, span=span), bare=False)
            entries.append(entry)
            p = following
    if len(entries) < 3:
        return None
    return entries


def _three_names(words: list[re.Match[str]], kinds: list[str], p: int, first: bool, paper: str) -> bool:
    """Could the name at p be the last two words of a three-word name ('Mary Ann Smith')? In the first
    piece, when a capitalised word follows it ('Ada Ann Brook Manager'); in the others, when one capitalised
    word stands between a vocabulary word and it ('EMBC Ann Lee Brook Manager') and is no place the paper
    names again ('NHS Elmley Ada Brook': 'Elmley' recurs); two words before it are an organisation's name."""
    if first:
        return p + 2 < len(words) and kinds[p + 2] == "C"
    if p == 0 or kinds[p - 1] != "C" or p >= 2 and kinds[p - 2] == "C":
        return False
    return not _recurs(words[p - 1].group(), paper)


def _role_name_at(words: list[re.Match[str]], kinds: list[str], lo: int, first: bool, last: bool,
                  vocab: Vocabulary, need_org: bool, after_role: bool = False) -> int | None:
    """The index of the leftmost name in words[lo:] that `role_run` may take, or None: first one a role word
    follows, else one before words that read as a job title (or, in the last piece, an organisation)."""
    for strict in (True, False):
        p = _name_from(words, kinds, lo, first, last, vocab, need_org, after_role, strict)
        if p is not None:
            return p
    return None


def _name_from(words: list[re.Match[str]], kinds: list[str], lo: int, first: bool, last: bool,
               vocab: Vocabulary, need_org: bool, after_role: bool, strict: bool) -> int | None:
    for p in range(lo, len(words) - 1):
        before = kinds[:p]
        if first and any(k != "T" for k in before):
            return None  # the first piece: titles only before its name
        if need_org and not any(k != "T" for k in before):
            continue
        if not _name_pair(words[p].group(), words[p + 1].group(), kinds[p], kinds[p + 1]):
            continue
        tail = words[p + 2:]
        if not tail:
            continue
        tail_text = " ".join(w.group() for w in tail)
        role_start = kinds[p + 2] in ("V", "T") and tail[0].group()[:1].isupper()
        if not (role_start or strict is False and (
                is_role(tail_text, vocab) or last and tail[-1].group().lower() in vocab.org_words)):
            continue
        if after_role:
            k = p
            while k > lo - 1 and k > 0 and kinds[k - 1] == "T":
                k -= 1
            role = " ".join(w.group() for w in words[lo - 1:k])
            if not is_role(role, vocab):
                continue
        return p
    return None


def _name_pair(one: str, two: str, k1: str, k2: str) -> bool:
    """Two words that may be a name: both capitalised non-vocabulary words, or an initial and one."""
    return k2 == "C" and (k1 == "C" or re.fullmatch(r"[A-Z]\.?", one) is not None)
