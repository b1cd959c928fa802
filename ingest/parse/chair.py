"""Who chaired, when no 'Chair:' label says so: a role that names this board's chair.

Attendance tables give roles: 'Independent Chair, Elmley SCB', 'Chair Elmley Board for
Wessex', '(Chair)'. A role names the chair of THIS meeting only when it is not a vice or
deputy chair, not the chair of a panel, group or forum under the board ('Chair of the
Review Panel', 'Sub Group Chair'), and not the chair of another body ('LSCB Chair, LB
Elmley'): what it chairs must be empty, generic ('Independent LSCB Chair') or share a
distinctive word or acronym with the paper's own title or body. A chair is taken only
when exactly one person fits: two fits and the paper keeps no chair.
"""
from __future__ import annotations

import calendar
import re

from ingest.model import PersonEntry
from ingest.names import initials_of, person_key
from ingest.parse.lines import Line, cells, is_table_row, numbered, strip_bullet
from ingest.parse.people import capitals_surname, looks_like_person
from ingest.parse.vocab import Vocabulary

# a Scottish or Welsh body's chair is its convener
CHAIR_WORDS = r"chair|chairman|chairperson|chairwoman|convener|convenor"  # any case
# round 65: every word real minutes use for who chaired THIS meeting ('Cathaoirleach': the Irish for chair), read only
# by the last-resort readers of chair_said.py; a civic head chairs a full council only where no chair word names
# anyone; a role these words end is never the chair when one of NOT_CHAIR_LEADS stands before it ('Leas
# Cathaoirleach': the Irish vice chair)
CHAIR_ROLE_WORDS = rf"{CHAIR_WORDS}|cathaoirleach|presiding|presiding\s+member|in\s+the\s+chair"
CIVIC_HEADS = r"lord\s+mayor|mayor|lord\s+provost|provost"
NOT_CHAIR_LEADS = r"vice|deputy|depute|leas|co|joint|former|past|ex|outgoing|previous|acting\s+deputy"
_CHAIR_WORD = re.compile(rf"\b(?:{CHAIR_WORDS})\b(?![’']s)", re.IGNORECASE)
_NOT_THE_CHAIR = re.compile(r"(?i)\b(?:vice|deputy|depute|co|joint|former|past|ex|outgoing)[\s-]*$")
_FILLER = {"independent", "acting", "interim", "the", "of", "for", "and", "&", "chair", "chairman", "chairperson",
           "chairwoman", "local", "safeguarding", "children", "childrens", "children's", "adults", "board", "lscb",
           "scb", "sab", "lscp", "scp", "committee", "partnership", "meeting", "y", "n", "a", "p",
           "person"}  # '(Chair Person)': the chairperson written in two words (round 37)


def _tokens(text: str) -> list[str]:
    # a dash alone is no word ('Ada Brook - Chair': nothing qualifies the chair, round 28)
    return [w.lower().strip("’'") for w in re.findall(r"[\w’'&-]+", text) if w.strip("-")]


def _initials(text: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Z][\w’'-]*", text)).lower()


def _qualifier(role: str, m: re.Match[str]) -> str | None:
    """What the chair word says is chaired ('' when nothing), or None when it is not this board's chair."""
    before = re.split(r"[,;/()]", role[:m.start()])[-1]
    if _NOT_THE_CHAIR.search(before):
        return None
    after = role[m.end():]
    of = re.match(r"\s*(?:of|for|to)\s+(?:the\s+)?([^,;/()]+)", after, re.I)
    comma = re.match(r"\s*,\s*([^,;/()]+)", after)
    plain = re.match(r"\s+((?:[A-Z][\w’'&-]*\s*)+(?:(?:for|of)\s+(?:[A-Z][\w’'&-]*\s*)+)?)", after)
    if comma and not of and _tokens(comma.group(1))[-1:] and _tokens(comma.group(1))[-1] in _POST_HEADS | _UNIT_HEADS:
        comma = None  # 'Interim Chair, Chief Officer, Elmley Health': the holder's own post, not what is chaired
        # 'Chair, Criminal Justice Division, Elmley Government': the holder's own department (round 23)
    following = (of or comma or plain).group(1) if (of or comma or plain) else ""
    return f"{before} {following}".strip()


# the last word of a post ('Chief Officer', 'Director of Nursing' ends on 'nursing' and is not one)
_POST_HEADS = frozenset({"officer", "director", "manager", "executive", "nurse", "doctor", "adviser", "advisor",
                         "coordinator", "co-ordinator", "solicitor", "superintendent", "inspector", "commissioner"})


# the last word of a department or unit of an organisation: what its member works in, never a body one chairs
_UNIT_HEADS = frozenset({"division", "directorate", "department", "unit", "team", "branch", "government"})


_ABSENT = re.compile(r"(?i)\b(?:apols?|apologies|apology|absent|sent\s+apologies)\b|(?:^|/|\|)\s*A\s*(?:/|\||$)")


def chairs_this_body(role: str | None, title: str | None, body: str | None, vocab: Vocabulary) -> bool:
    """Does a role ('Independent Chair, Elmley SCB') say its holder chairs the paper's own board?
    Not when the same row says they sent apologies."""
    if not role or _ABSENT.search(role):
        return False
    own = f"{title or ''} {body or ''}"
    own_tokens = set(_tokens(own))
    for m in _CHAIR_WORD.finditer(role):
        q = _qualifier(role, m)
        if q is None:
            continue
        words = _tokens(q)
        before = _tokens(re.split(r"[,;/()]", role[:m.start()])[-1])
        if m.group(0).lower().startswith("conven") and any(w not in _FILLER for w in before):
            continue  # 'Youth Convenor', 'Education Convener': a council's spokesperson or a committee's convener
        subs = set(words) & vocab.sub_body_heads
        if subs - own_tokens or re.search(r"(?i)\bsub\s+group\b", q):
            continue  # 'Chair of the Review Panel', 'Learning Sub Group Chair'; in a forum's own minutes its
            # 'Chair of the Elmley Forum' is this body's chair when the rest of the name fits too (round 23)
        after = role[m.end():]
        comma = re.match(r"\s*,\s*([^,;/()]+)", after)
        if comma and vocab.is_borough(comma.group(1).strip()):
            continue  # 'LSCB Chair, LB Elmley': the chair of another borough's board
        if _other_kind_of_body(words, own_tokens, vocab):
            continue  # 'Chair, Elmley Protection Committees' in the minutes of a Group: another body's chair
        distinctive = [w for w in words if w not in _FILLER and w not in vocab.place_words and not w.isdigit()
                       and w not in subs]
        if not distinctive or not own.strip():
            return True
        own_initials = {_initials(own)} | {t for t in own_tokens if len(t) >= 3}
        if any(w in own_tokens or w in own_initials for w in distinctive) or _initials(q) in own_tokens:
            return True
        if any(_spells_own_name(w, (title, body)) for w in distinctive):
            return True  # 'Chair of EPPG' in the minutes of the 'Protection Elmley policy group'
    return False


_KIND_WORDS = {"minutes", "minute", "notes", "meeting", "of", "the", "and", "for", "&", "in", "on"}
_MONTHS = {m.lower() for m in calendar.month_name[1:]} | {m.lower() for m in calendar.month_abbr[1:]}


def _spells_own_name(word: str, names: tuple[str | None, ...]) -> bool:
    """Is `word` an acronym of the paper's own name: its words' initials in the name's order (3+ letters), or
    in another (4+; a sentence-case page heading may reorder them: 'Public protection national ... group')?"""
    if len(word) < 3 or not word.isalpha():
        return False
    letters = sorted(word)
    for name in names:
        words = [w for w in _tokens(name or "") if w not in _KIND_WORDS and w.isalpha() and w not in _MONTHS]
        initials = "".join(w[0] for w in words)
        if initials == word or len(word) >= 4 and sorted(initials) == letters:
            return True
    return False


_ACRONYM_HEADS = {"lscb", "lscbs", "scb", "sab", "lscp", "scp", "acpc", "cpc"}


def _heads(tokens, vocab: Vocabulary) -> set[str]:
    """The body words written out ('committees' -> 'committee'), not acronyms: what kind of body it is."""
    out = set()
    for t in tokens:
        word = t[:-1] if t.endswith("s") and t[:-1] in vocab.body_heads else t
        if word in vocab.body_heads and word not in _ACRONYM_HEADS and word not in ("chairs", "officers"):
            out.add(word)
    return out


def _other_kind_of_body(words: list[str], own_tokens: set[str], vocab: Vocabulary) -> bool:
    """Does the chaired body name a different kind of body from the paper's own ('Committees' for a
    'Leadership Group')? Both must be written out; an acronym ('Elmley SCB') proves nothing."""
    chaired, own = _heads(words, vocab), _heads(own_tokens, vocab)
    return bool(chaired and own and not chaired & own)


_FOR_A_TERM = re.compile(r"(?i)\s+(?:for|until|during)\s+(?:the\s+)?(?:ensuing|coming|following|current|forthcoming"
                         r"|next|municipal|remainder|rest|this|\d{4})\b.*$")


def elected_chair_of_this_body(role: str, title: str | None, body: str | None, vocab: Vocabulary) -> bool:
    """Does the office a resolution elects someone to ('Chairman for the ensuing year', 'Convener of the
    Panel', 'Chair of the Elmley Board for 2023/24') chair the paper's own body? A bare office or one of
    'the <Sub-Committee/Panel/Board>' is this body's, unless the paper's own name is a different kind of
    body; an office of a named body must name this one (as `chairs_this_body` decides)."""
    m = _CHAIR_WORD.search(role)
    if m is None or _NOT_THE_CHAIR.search(role[:m.start()]):
        return False
    role = role[:m.end()] + _FOR_A_TERM.sub("", role[m.end():])
    of = re.match(r"\s*(?:of|for)\s+(?:the\s+)?([^,;/()]+)", role[m.end():], re.IGNORECASE)
    if of is None:
        return not re.match(r"\s+[A-Z]", role[m.end():])  # not 'Chair Elmley Board': a body named without 'of'
    chaired = [re.sub(r"^sub-?", "", w) for w in _tokens(of.group(1))]
    if chaired and all(w in vocab.body_heads or w in vocab.sub_body_heads for w in chaired):
        own = _heads([re.sub(r"^sub-?", "", w) for w in _tokens(f"{title or ''} {body or ''}")], vocab)
        return not own or bool(_heads(chaired, vocab) & own)
    own_tokens = set(_tokens(f"{title or ''} {body or ''}"))
    name = re.match(r"(?:[A-Z][\w'’&-]*\s*|(?:of|for|and|&)\s+)*", of.group(1)).group()  # not '... be noted'
    named = [w for w in _tokens(name) if w not in _FILLER]
    if named and all(w in own_tokens for w in named):
        return True  # 'Chairman of the Corporate Parenting Panel' in that panel's own minutes (a panel too)
    return chairs_this_body(role, title, body, vocab)


def chair_fits(candidates: list[tuple[PersonEntry, str]], title: str | None, body: str | None,
               vocab: Vocabulary) -> list[PersonEntry]:
    """Everyone whose role names them the board's chair, once each."""
    fits: dict[str, PersonEntry] = {}
    bare: dict[str, PersonEntry] = {}
    for person, role in candidates:
        if chairs_this_body(role, title, body, vocab):
            fits.setdefault(person.name.lower(), person)
            if not (title or body) and _bare_chair(role):
                bare.setdefault(person.name.lower(), person)
    if len(fits) > 1 and len(bare) == 1:
        # the paper names no body of its own to compare: 'Ada Brook, Chair' chairs this meeting and 'Ben Cole,
        # Chair Elmley Federation' a member body
        return list(bare.values())
    return list(fits.values())


def _bare_chair(role: str) -> bool:
    """A chair word that qualifies nothing ('Ada Brook, Chair', '(Chair)', 'Chair and Trustee')."""
    return any(_qualifier(role, m) == "" for m in _CHAIR_WORD.finditer(role))


def chair_from_roles(candidates: list[tuple[PersonEntry, str]], title: str | None, body: str | None,
                     vocab: Vocabulary) -> PersonEntry | None:
    """The one person whose role names them the board's chair; None when none or several do."""
    fits = chair_fits(candidates, title, body, vocab)
    return fits[0] if len(fits) == 1 else None


def _row_cells(line: Line) -> list[Line]:
    if is_table_row(line):
        return cells(line)
    if len(re.findall(r"\s/(?=\s|$)", line.text)) >= 2:  # 'Ada Brook / Chair Elmley Board / '
        out, pos = [], 0
        for m in re.finditer(r"\s/(?=\s|$)", line.text):
            out.append(Line(line.index, line.start + pos, line.start + m.start(), line.text[pos:m.start()].strip()))
            pos = m.end()
        out.append(Line(line.index, line.start + pos, line.end, line.text[pos:].strip()))
        return [c for c in out if c.text]
    if len(gaps := list(_COLUMN_GAP.finditer(line.text.strip()))) == 1:
        # 'Ada Brook          Executive Director (Chair)': a fixed-width table's row, its two cells set apart by a
        # run of spaces (round 34)
        lead = len(line.text) - len(line.text.lstrip())
        gap = gaps[0]
        cut, rest = gap.start("gap"), gap.end("gap")
        name = Line(line.index, line.start + lead, line.start + lead + cut, line.text.strip()[:cut])
        role = Line(line.index, line.start + lead + rest, line.start + lead + len(line.text.strip()),
                    line.text.strip()[rest:])
        return [name, role]
    return []


_COLUMN_GAP = re.compile(r"\S(?P<gap> {4,}|\t+ *)(?=\S)")


def chair_rows(lines: list[Line], vocab: Vocabulary, limit: int = 120) -> list[tuple[PersonEntry, str]]:
    """(person, role) from table rows near the top: a cell that is a name, the other cells its role."""
    out: list[tuple[PersonEntry, str]] = []
    for line in lines[:limit]:
        row = _row_cells(line)
        if len(row) < 2 or not any(_CHAIR_WORD.search(c.text) for c in row):
            continue
        people = [c for c in row if looks_like_person(c.text, vocab, in_slot=True)]
        if len(people) != 1:
            continue
        person = people[0]
        role = " / ".join(c.text for c in row if c is not person)
        name = re.sub(r"^(?:(?:Dr|Mr|Mrs|Ms|Miss|Cllr|Prof)\.?\s+)+", "", person.text)
        out.append((PersonEntry(name, None, None, None, (person.end - len(name), person.end)), role))
    return out


_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_CODE_CELL = re.compile(r"\s(?P<code>[A-Z]{1,3}|D/R)(?=\s+[A-Z][a-z]|\s*$)")
_NEXT_ROW = re.compile(r"\([A-Z][A-Za-z]{1,3}\)")  # the next row's '(BC)'


def _row_code(text: str, start: int, vocab: Vocabulary) -> tuple[int, str] | None:
    """(where, code) of the attendance code closing a table row run into one paragraph ('– Chair P Ben Cole
    (BC) ...'): the first code word after `start` and before the next row's initials."""
    end = min(len(text), start + 120)
    if (nxt := _NEXT_ROW.search(text, start, end)) is not None:
        end = nxt.start()
    codes = {c for _, group in vocab.attendance_codes for c in group}
    for m in _CODE_CELL.finditer(text, start, end):
        if m.group("code").lower() in codes:
            return m.start(), m.group("code").lower()
    return None

# 'Chair, Children and Young People Executive Group', 'Independent Chair to the Elmley Board': the chaired body's
# name read on through its small joining words, so the body word at its end is seen
_ROLE_TAIL = re.compile(r"(?:,\s*|\s+(?:of|for|to)\s+(?:the\s+)?|\s+)?(?:[A-Z][\w’'&-]*(?:\s+|$|(?=[,.;:)]))"
                        r"|(?:and|&|of|for)\s+(?=[A-Z])){0,8}")


# offices whose holder a paper may name by the office alone ('First Minister (Chair)', 'Lord Provost (Chair)'):
# the words end an office, never a person's name
OFFICE_WORDS = frozenset({"minister", "ministers", "provost", "president", "premier", "sheriff", "lieutenant"})

# a flattened table row's cells between the name and its role: an agency code and the row's tick
_TICK_CELLS = re.compile(r"\s+(?:[A-Z][A-Za-z]{1,5}\s+)?[√✓✔]$")
_TICK_ROW = re.compile(r"\s+[A-Z][\w’'-]+\s+[A-Z][\w’'-]+\s+(?:[A-Z][A-Za-z]{1,5}\s+)?[√✓✔]")

_INITIALS_AFTER = re.compile(r"\s*(?:\([A-Z][A-Za-z]{1,3}\)|\[[A-Z][A-Za-z]{1,3}\])\s*$")  # 'Ada Brook (AB)', 'Ada Brook [AB]' (round 34)
_CONNECTOR_BEFORE = re.compile(r"(?i)(?:\b(?:and|for|of|the|in|on|to)|&)\s*$")


def _name_before(text: str, vocab: Vocabulary) -> tuple[str, int] | None:
    """The person's name that ends `text` ('... ATTENDED Ada Brook' -> 'Ada Brook', 'Ada Brook (AB)' ->
    'Ada Brook'), and where it ends. Not the end of a role ('Minister for Childcare and Early Years')."""
    if (initials := _INITIALS_AFTER.search(text)) is not None:
        text = text[:initials.start()]
    words = list(_WORD.finditer(text))
    for size in (2, 3):
        if len(words) < size:
            break
        picked = words[-size:]
        if any(w.group(0).isupper() and len(w.group(0)) > 1 for w in picked) \
                and not capitals_surname([w.group(0) for w in picked], vocab):
            continue  # an acronym, not a surname printed in capitals ('Ada BROOK, Convener')
        gap = text[picked[0].start():picked[-1].end()]
        if not re.fullmatch(r"[\w’'-]+(?:\s+[\w’'-]+)*", gap):
            continue
        if _CONNECTOR_BEFORE.search(text[:picked[0].start()]):
            continue  # '... for Childcare and Early Years': the words end a role, not a name
        if picked[-1].group(0).lower() in ("the", "a", "an"):
            continue  # '1. Announcements The Chair welcomed ...': the role's article, no name's end (round 37)
        if looks_like_person(gap, vocab, in_slot=True) and not any(
                w.group(0).lower() in vocab.role_words or w.group(0).lower() in OFFICE_WORDS for w in picked):
            return gap, picked[-1].end()
    return None


# a first item that holds the attendance list: '1) Attendance', '1. Present', '1. Attendees and apologies'
_ATTENDANCE_ITEM = re.compile(r"(?i)^\s*\d{1,2}[.)]?\s+(?:attendance|attendees|present|those\s+present)"
                              r"(?:\s+(?:and|&)\s+apologies)?\s*:?\s*$")


def chair_appositions(lines: list[Line], vocab: Vocabulary, limit: int = 40,
                      whole: bool = False, own_known: bool = True) -> list[tuple[PersonEntry, str]]:
    """(person, role) where a name stands right before a chair's role in the paper's opening lines:
    'Ada Brook Independent Chair, Elmley SCB' (a table flattened into text), 'Ada Brook, Elmley SAB
    Chair'. Only above the first numbered item: in the minutes' prose a chair of the board may be
    mentioned without chairing this meeting (`whole` reads on, for the caller to keep only attendees).
    When the paper's own name is unknown (`own_known` false: an agenda-item page of another committee),
    an apposition in prose naming a body ('Ada Brook, Independent Chair of Elmley Boards, introduced the
    report') cannot be told to chair this meeting and is skipped."""
    out: list[tuple[PersonEntry, str]] = []
    for line in lines[:limit]:
        if numbered(line) and not whole and not _ATTENDANCE_ITEM.match(strip_bullet(line).text):
            break  # '1) Attendance' heads the list of who came, not the minutes' first item (round 37)
        for m in _CHAIR_WORD.finditer(line.text):
            head = line.text[:m.start()]
            if _NOT_THE_CHAIR.search(head):
                continue  # 'Vice-Chair', 'Deputy Chair'

            lead = re.search(r"((?:(?:[A-Z][\w’'&-]*|of|for|and|the)\s+)*)$", head)
            role_start = lead.start(1) if lead else len(head)
            # the role's leading words: role words and the board's own name ('Elmley LSCB Independent')
            found = tick = None
            for cut in range(m.start(), role_start - 1, -1):  # the shortest role, the name right before it
                if cut != role_start and not head[cut - 1].isspace():
                    continue
                before = line.text[:cut].rstrip(" ,–—-(")
                if (tick := _TICK_CELLS.search(before)) is not None:
                    before = before[:tick.start()]  # 'Ada Brook Ind √ Chair of the Board': the row's cells between
                found = _name_before(before, vocab)
                if found:
                    role_start = cut
                    break
            if not found:
                continue
            name, end = found
            if _ACTION_FOR_THE_CHAIR.match(line.text, m.end()) or _MEMBERSHIP_OF.search(line.text[:end]):
                continue  # 'Action: Chair to discuss ...', 'The group would be made up of: Ada Brook (Chair), ...' (round 48)
            if _not_a_holder(line.text, end):
                continue  # 'Annual Report of the Chair of ...', '... (Independent Chair, X) will attend for this item'
            tail = _ROLE_TAIL.match(line.text, m.end())
            role = line.text[role_start:tail.end() if tail else m.end()]
            if tick is not None and (nxt_row := _TICK_ROW.search(line.text, m.end())) is not None \
                    and nxt_row.start() < role_start + len(role):
                role = line.text[role_start:nxt_row.start()]  # '... Chair of the Board Ben Cole NTC √': the next row
            if not own_known and _prose_apposition_of_a_body(line.text, tail.end() if tail else m.end(), role,
                                                             vocab):
                continue
            code = _row_code(line.text, m.end(), vocab)
            if code is not None:  # 'Ada Brook (AB) – Chair P Ben Cole (BC) ...': the code ends the row
                role = line.text[role_start:code[0]]
                if code[1] not in dict(vocab.attendance_codes).get("attended", ()):
                    continue  # 'Chair A', '... Children's Board DNA': the row says they were not there
            lead_in = line.text[max(0, end - len(name) - 12):end - len(name)]
            if re.search(r"(?i)\b(?:apols?|apologies)\b", lead_in):
                continue  # 'Apols Ada Brook Independent Chair': listed, but absent
            start = line.start + end - len(name)
            out.append((PersonEntry(name, None, None, None, (start, start + len(name))), role.strip()))
    return out


# the chair word as the subject of a task ('Ada Brook Action: Chair to discuss ...'), or a name inside a list of
# another group's members ('The working group would be made up of: -Ada Brook (Chair) -Ben Cole'): no apposition
# saying who chaired this meeting (round 48)
_ACTION_FOR_THE_CHAIR = re.compile(r"\s+to\s+(?!the\b|this\b|that\b|a\b|an\b|our\b|its\b)[a-z]{3,}\b")
_MEMBERSHIP_OF = re.compile(r"(?i)\b(?:made\s+up\s+of|consist(?:s|ing)?\s+of|compris(?:e|es|ing))\b")


# the name is a document's ('Annual Report of the Chair'), or the sentence only says the chair will come to
# present an item ('Ada Brook (Independent Chair, Elmley Board) will attend for this item'): not this meeting's chair
_OF_THE_CHAIR = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w'’&-]*\s+){0,3}$")
_ATTENDS_FOR = re.compile(r"(?i)\b(?:will|would|is\s+to|are\s+to|has\s+been\s+invited\s+to)\s+(?:attend|present|be\s+"
                          r"(?:in\s+attendance|present|attending))\b|\b(?:attend(?:ing|s)?|present)\s+for\s+(?:this|the)"
                          r"\s+item\b")


def _not_a_holder(text: str, end: int) -> bool:
    """Is the name that ends at `end` not someone holding the chair of this meeting: the possessor phrase of a
    document ('Annual Report of the Chair of ...'), or a presenter in an agenda notice ('... will attend for
    this item')? Only the rest of the sentence is read."""
    chair_word = _CHAIR_WORD.search(text, end)
    if chair_word is not None and _OF_THE_CHAIR.fullmatch(text[end:chair_word.start()]):
        return True
    sentence = re.split(r"(?<=[a-z)])\.\s+(?=[A-Z])", text[end:], maxsplit=1)[0]
    return _ATTENDS_FOR.search(sentence) is not None


def _prose_apposition_of_a_body(text: str, role_end: int, role: str, vocab: Vocabulary) -> bool:
    """'..., Independent Chair of Elmley Boards, introduced the report': a sentence goes on after the role
    (a comma, then lower-case words) and the role names a body of its own (not 'Chair of the Board')."""
    if not re.match(r"\s*,?\s*[a-z]", text[role_end:]):  # the tail may end on the space before the verb
        return False
    m = _CHAIR_WORD.search(role)
    q = _qualifier(role, m) if m else None
    return bool(q) and any(w not in _FILLER and w not in vocab.place_words for w in _tokens(q))


def _loose_name(text: str) -> bool:
    """Shaped like a name line even if the strict test refused it ('DCI Ada Brook')."""
    words = text.split()
    return 2 <= len(words) <= 5 and len(text) <= 40 and not re.search(r"[,\d:;()]", text) and all(
        w[0].isupper() for w in words)


_COLUMN_HEADER = re.compile(r"(?i)^(?:job\s+)?(?:designations?|titles?|roles?|positions?|organisations?|representing"
                            r"|agency|agencies)(?:\s*(?:&|and|/|,)\s*(?:organisations?|roles?|agency|titles?))?\s*:?$")


def chair_blocks(lines: list[Line], vocab: Vocabulary, limit: int = 150) -> list[tuple[PersonEntry, str]]:
    """(person, role) from a table whose columns were written one after the other: a block of names,
    then (after at most one header line, 'Title & Organisation') a block of their roles. Line i of
    the roles belongs to name i when both blocks have the same length; otherwise, under a column
    header, only the first pair is trusted (roles that wrap shift the rest), which is where a chair
    is usually listed. A list of names followed by prose pairs nothing."""
    filled = [l for l in lines[:limit] if not l.blank]
    out: list[tuple[PersonEntry, str]] = []
    i = 0
    while i < len(filled):
        j = i
        while j < len(filled) and looks_like_person(filled[j].text, vocab, in_slot=True):
            j += 1
        before = filled[i - 1].text if i > 0 else ""
        if j - i < 3 or _loose_name(before) or (re.fullmatch(r"[A-Z]{2,5}", before) and before != "NAME"):
            # a run that goes on from a name the strict test refused, or from another column's
            # initials ('FGT'), is the second half of a column: its first line is not the table's first
            i = max(j, i + 1)
            continue
        names = filled[i:j]
        headed = j < len(filled) and bool(_COLUMN_HEADER.match(filled[j].text))  # 'Title & Organisation'
        k = j + 1 if headed else j
        roles = []
        while k < len(filled) and not looks_like_person(filled[k].text, vocab, in_slot=True) and len(roles) < len(names) + 5:
            roles.append(filled[k])
            k += 1
        cell_like = all(len(r.text) <= 100 and not r.text.endswith(".") for r in roles)  # roles, not prose
        if len(roles) == len(names) and (headed or cell_like):
            pairs = list(zip(names, roles))
        else:
            pairs = list(zip(names[:1], roles[:1])) if headed else []
        for name, role in pairs:
            out.append((PersonEntry(name.text, None, None, None, (name.start, name.end)), role.text))
        i = j
    return out


def resolve_written(person: PersonEntry, attendees: list) -> PersonEntry | None:
    """A chair named outside the list ('Mrs Brook (in the Chair)', 'Ada Brook opened the meeting', 'AB
    welcomed everyone') as the attendee it names: the same name, else the one attendee with that surname
    whose initials agree, or whose initials these are. Otherwise the name as written, but never bare
    initials (None)."""
    if re.fullmatch(r"[A-Z]{2,3}", person.name):
        same = [e.person for e in attendees if person.name in initials_of(e.person.name)]
        if len(same) != 1:
            return None
    else:
        key = person_key(person.name)
        words = key.split()
        same = [e.person for e in attendees if person_key(e.person.name) == key]
        if not same and words:
            same = [e.person for e in attendees
                    if person_key(e.person.name).split()[-1:] == words[-1:]
                    and all(a[:1] == b[:1] for a, b in zip(words[:-1], person_key(e.person.name).split()[:-1]))]
    if len(same) == 1:
        p = same[0]
        return PersonEntry(p.name, p.org, None, p.initials, p.span)
    return person


# what may stand between two names of one run flattened from a name column: their initials, a group's label
_RUN_GAP = re.compile(r"(?i)^\s*(?:\(\s*[A-Z][A-Za-z]{1,4}\s*\)|(?-i:[A-Z]{2,5}))?\s*(?:(?:in\s+attendance|also\s+present|present|attending)"
                      r"\s*:?\s*)?$")
# the role column's first cell: 'Independent Member (Chair)', 'Resident Partnership Chair'
_FIRST_ROLE = re.compile(rf"^\s*(?:\(\s*[A-Z][A-Za-z]{{1,4}}\s*\))?\s*(?P<role>[A-Z][^()\n]{{0,60}}?\s*\(\s*(?i:{CHAIR_WORDS})\s*\)"
                         rf"|(?:[A-Z][\w&’'-]*\s+){{0,5}}(?i:{CHAIR_WORDS})\b(?!\s+(?:of|for)\b))")


_INITIALS_COLUMN = re.compile(r"(?<!\S)(?:[A-Z]{2,4}\s+){3,}(?=[A-Z][a-z])")


def chair_first_role_of_run(attendees: list, text: str) -> list[tuple[PersonEntry, str]]:
    """A table flattened column by column into one line: three or more names run together (only their initials or
    a group label between them), then the role column in the same order ('Present: Ada Brook Ben Cole Cy Dale
    Independent Member (Chair) Director of Care ...'): the first role is the first name's. (person, role) for
    that first name when the role column opens with a chair's role; the caller still asks whether it chairs this
    body (round 28)."""
    listed = [e for e in attendees if e.person.span]
    run = listed[:1]
    for prev, e in zip(listed, listed[1:]):
        gap = text[prev.person.span[1]:e.person.span[0]]
        if "\n" in gap or not _RUN_GAP.match(gap):
            break
        run.append(e)
    if len(run) < 3:
        return []
    rest = text[run[-1].person.span[1]:run[-1].person.span[1] + 120].split("\n")[0]
    line = text[run[0].person.span[1]:run[0].person.span[1] + 800].split("\n")[0]
    column = _INITIALS_COLUMN.search(line)
    if column is not None and column.group().split()[0] == "".join(w[0] for w in run[0].person.name.split()[-2:]):
        # 'Ada Brook Ben Cole Cy Dale [In attendance: ...] AB BC CD Chairman ...': the initials column, in the
        # names' order (its first the first name's), then the role column (round 30)
        rest = line[column.end():column.end() + 120]
    m = _FIRST_ROLE.match(rest)
    if m is None or re.search(r"(?i)\b(?:vice|deputy|depute|co|joint|former|past|ex|outgoing)\b", m.group("role")):
        return []
    return [(run[0].person, m.group("role"))]


# a list item that opens with the chair's role, then the name: 'Those present: Chairperson Ada Brook (AB); Ben Cole
# (BC)' (round 37); the item starts the line or follows a list's colon, semicolon or comma
_ROLE_THEN_NAME = re.compile(rf"(?:^|[:;,]\s*)(?P<role>(?:Independent\s+)?(?i:{CHAIR_WORDS}))\s+(?P<name>[A-Z][\w’'-]+"
                             r"(?:\s+[A-Z][\w’'-]+){1,2})(?=\s*(?:\([A-Z][A-Za-z]{1,3}\))?\s*(?:[;,.]|$))")


def chair_role_before_name(lines: list[Line], vocab: Vocabulary, limit: int = 40) -> list[tuple[PersonEntry, str]]:
    """(person, role) where a list item of the opening lines is the chair's role and then the person's name
    ('Present: Chairperson Ada Brook (AB); Ben Cole (BC)'), above the first numbered item; the role must open
    the item, so a vice or deputy chair ('Vice Chair Ben Cole', 'Vice-Chair Ben Cole') is never read."""
    out: list[tuple[PersonEntry, str]] = []
    for line in lines[:limit]:
        if numbered(line):
            break
        for m in _ROLE_THEN_NAME.finditer(line.text):
            name = m.group("name")
            if not looks_like_person(name, vocab, in_slot=True):
                continue
            start = line.start + m.start("name")
            out.append((PersonEntry(name, None, None, None, (start, start + len(name))), m.group("role")))
    return out
