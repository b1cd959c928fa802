"""The chair named in the minutes' own words when no list or label marks one.

Council and board minutes write the chair outside the attendance list: on a line of its own
('Mrs A Brook (in the Chair)'), in a sentence that ties a name to the chair's role ('The Chairman,
Ada Brook, welcomed everyone', 'Ada Brook, Elmley Partnership chair, opened the meeting',
'Ada Brook welcomed everyone. As the new Chair she ...'), or in the heading of the welcome item
when that item's minute says the chair welcomed the meeting ('Welcome - Ada Brook' over 'The
Chairman welcomed everyone'). A heading alone, or a name merely near the word chair, is not enough.
Only the opening of the paper is read: a chair mentioned later may be another body's.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from ingest.model import PersonEntry
from ingest.parse.labels import match_label
from ingest.parse.lines import Line, has_bullet, numbered, strip_bullet
from ingest.parse.people import looks_like_person
from ingest.parse.vocab import Vocabulary

_OPENING_LINES = 80
_WRAP_LINES = 4  # a sentence read across at most this many wrapped lines
# not people.PERSONAL_TITLE: this set adds 'Professor' and 'Alderman' and has no 'Rev'/'Revd'; one list would read a
# reverend's chair line differently, a change to measure in a rule round, not in a clean-up
_TITLE = r"(?:Mrs|Mr|Ms|Miss|Dr|Cllr|Councillor|Prof|Professor|Alderman)\.?"
_WORD = r"[A-Z][\w'’-]+"
# 'Ada Brook', 'Mrs A B Brook', 'Councillor Brook' (a title and a surname), 'AB' (initials): the last two
# are resolved against the attendance list later
_NAME = rf"(?P<name>(?:{_TITLE}\s+)?(?:[A-Z]\.?\s+){{0,3}}{_WORD}(?:\s+{_WORD}){{0,2}})"
_CHAIR = r"(?i:chair|chairman|chairwoman|chairperson|convener|convenor)"
_NOT_CHAIR = r"(?i:vice|deputy|depute|co|joint|former|past|previous|outgoing)"
# what only the meeting's chair does: open or chair the meeting, welcome everyone to it (not 'welcomed the report')
_OPENS = (r"(?:(?:opened|chaired|convened)\s+the\s+(?:[\w'’-]+\s+){0,2}meeting"
          r"|welcomed\s+(?:everyone|all|those|members|attendees|colleagues|guests|the\s+(?:members|attendees|board"
          r"|group|committee|partnership|panel)))\b")
_OF_BODY = r"(?:\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’&-]*\s*){1,6})?"

# 'Mrs A Brook (in the Chair)', 'Councillor Brook in the Chair', 'Mrs A Brook (Chairman)' alone on a line
_CHAIR_LINE = re.compile(rf"^{_NAME}\s*(?P<marker>\(\s*(?:(?i:in\s+the\s+chair)|{_CHAIR})\s*\)"
                         rf"|[-–—,]?\s*(?i:in\s+the\s+chair))\.?$")
# 'The Chairman, Ada Brook, welcomed ...': 'the Chair' unqualified is this meeting's
_CHAIR_FIRST = re.compile(rf"^(?i:the)\s+{_CHAIR}\s*,\s*{_NAME}\s*,\s*[a-z]")
# 'The Chairman of the Elmley Adults Committee, Councillor Ada Brook opened the meeting': the chair title of a named
# body in apposition, then the meeting's opening; only opening (or chairing) this meeting counts, so another body's
# chair named at an item ('The Independent Chair of the Elmley Board, Ada Brook, presented ...') stays out
_CHAIR_OF_OPENS = re.compile(
    rf"^(?i:the)\s+(?:(?:Independent|Interim|Acting)\s+)?{_CHAIR}\s+(?i:of|for)\s+(?:the\s+)?"
    rf"(?:[A-Z][\w'’&-]*|and|&|of|for|the)(?:\s+(?:[A-Z][\w'’&-]*|and|&|of|for|the)){{0,9}}\s*,\s*{_NAME}\s*,?\s+"
    rf"(?:(?:opened|chaired|convened)\s+the\s+(?:[\w'’-]+\s+){{0,2}}?meeting\b(?!\s+(?:of|held)\b)"
    rf"|welcomed\s+(?:everyone|all|members|attendees|those\s+present)\s+to\s+(?:the|this|today['’]s)\s+meeting\b)")
# 'Ada Brook, Elmley Partnership chair, opened the meeting', 'Ada Brook, the Chair, welcomed everyone'
_NAME_FIRST = re.compile(rf"^{_NAME}\s*,\s*(?P<role>(?:the\s+)?(?:[A-Z][\w'’&-]*\s+){{0,6}}){_CHAIR}{_OF_BODY}"
                         rf"\s*,?\s+{_OPENS}")
# 'RESOLVED: that Mrs Brook be elected Chair for this meeting'
_ELECTED = re.compile(rf"\bthat\s+{_NAME}\s+be\s+(?:elected|appointed)\s+(?:as\s+)?(?:the\s+)?(?:temporary\s+|acting\s+)?"
                      rf"{_CHAIR}\s+(?:for|of)\s+(?:this|the)\s+meeting\b")
# 'Ada Brook (Independent Chair of the Board) chaired the meeting', 'Ada Brook convened today's meeting':
# not 'chaired the last meeting', not 'chaired the meeting of the Finance Group'
# (also after an opening clause that says why: 'In the absence of the Chair, Ada Brook chaired the meeting', round 34)
_CHAIRED = re.compile(rf"^(?:(?i:in\s+the\s+absence\s+of|as|with|owing\s+to|due\s+to|because|since)\s[^.;,]{{1,80}},\s+)?"
                      rf"{_NAME}(?:\s*\([^()]{{1,120}}\))?\s*,?\s+(?:chaired|convened)\s+(?:the|this|today['’]s)\s+"
                      rf"(?!(?i:last|previous|next|first|second|earlier|later)\b)(?:[\w'’-]+\s+){{0,2}}?meeting\b"
                      rf"(?!\s+(?:of|held|on)\b)")
# 'The meeting was chaired by Ada Brook'
_CHAIRED_BY = re.compile(rf"^(?i:the|this|today['’]s)\s+(?:[\w'’-]+\s+){{0,2}}?(?i:meeting)\s+was\s+(?:chaired|convened)"
                         rf"\s+by\s+{_NAME}")
# 'It was proposed ... that Alderman Ada Brook take the chair.', 'Ada Brook took the chair.': the whole
# meeting's (not 'took the chair for item 5'); 'Ada Brook took the chair and welcomed everyone to the meeting',
# 'It was agreed that Ada Brook will Chair this meeting' (round 25)
_TAKES_CHAIR = re.compile(rf"(?:\bthat\s+|^){_NAME}\s+(?:(?:should\s+)?(?:take|took|takes|was\s+in)\s+the\s+(?i:chair)"
                          rf"|(?:will|would|should)\s+(?i:chair)(?=\s+(?:this|the|today['’]s)\s+meeting))"
                          rf"(?:\s+(?:for|of)\s+(?:this|the)\s+meeting|\s+(?:this|the|today['’]s)\s+meeting"
                          rf"|\s+and\s+(?:welcomed|opened)\b[^.;]*)?\s*[.;]?\s*$")
# A resolution or minute that elects a chair, read only when nothing else names one (it may elect the chair
# for the year, not this meeting's): 'That Cllr Ada Brook be elected Chairman for the ensuing year', 'Ada
# Brook was confirmed as Convener of the Panel', 'that Mrs. A. Brook CC remains the Cabinet Lead Member and
# therefore she is appointed Chair of the Elmley Board'
_APPOSITION = r"(?:\s*,\s*[A-Z][\w'’&-]*(?:\s+[A-Z&][\w'’&-]*){0,6}\s*,)?"  # ', Elmley Borough Council,'
_BECOMES = r"(?:(?:duly|unanimously)\s+)?(?:re-?)?(?:elected|appointed|confirmed)\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?"
# ('Councillor Ada Brook, Elmley Borough Council, was appointed Chairman for the meeting': the council in apposition)
_ELECTED_CHAIR = re.compile(rf"(?:^|(?i:\bthat)\s+(?:[-–—]\s+)?|[,;:]\s+){_NAME}{_APPOSITION}\s+"
                            rf"(?:be|is|was|has\s+been|had\s+been)\s+"
                            rf"{_BECOMES}(?P<chair>{_CHAIR})\b(?P<rest>[^.;]{{0,120}})")
# 'The Board noted that Ada Brook is the Chair of the Board for the year': a statement of who chairs it
_IS_CHAIR = re.compile(rf"(?:^|(?i:\bthat)\s+|[,;:]\s+)(?:(?i:county)\s+(?=(?i:councillor|cllr)))?{_NAME}\s+is\s+"
                       rf"(?:the\s+)?(?:new\s+|current\s+)?(?P<chair>{_CHAIR})\b(?P<rest>[^.;]{{0,120}})")
_ELECTED_PRONOUN = re.compile(rf"(?i:\bthat)\s+{_NAME}\s+(?:remains|is|was|has)\b[^.;]{{0,200}}?\b(?:she|he)\s+"
                              rf"(?:is|be|was|has\s+been|will\s+be)\s+{_BECOMES}(?P<chair>{_CHAIR})\b(?P<rest>[^.;]{{0,120}})")
# the noun form: 'To note the appointment of Councillor Ada Brook at the Cabinet meeting on 3 May as Chairman of
# the Panel', 'Election of Ada Brook as Chair of the Board' (not one for the next year: 'for the next municipal year')
_APPOINTMENT_OF = re.compile(rf"(?i:\b(?:appointment|election|re-?election|confirmation))\s+of\s+{_NAME}(?![\w'’-])"
                             rf"[^.;]{{0,80}}?\s+as\s+(?:the\s+)?(?:new\s+)?(?P<chair>{_CHAIR})\b"
                             rf"(?P<rest>[^.;]{{0,120}})")
_NEXT_TERM = re.compile(r"(?i)\b(?:next|following|forthcoming)\s+(?:municipal\s+|civic\s+|council\s+)?year\b")
_POSTNOMINAL = re.compile(r"(?:\s+[A-Z]{2,4})+$")  # 'Mrs. A. Brook CC'
# 'Ada Brook welcomed everyone to the meeting.' followed by 'As the new Chair she reported ...' or
# 'She (Ada Brook) has been appointed as the Interim Chair ...'
_WELCOMED = re.compile(rf"^{_NAME}\s+(?:welcomed|opened)\b")
_AS_CHAIR = re.compile(rf"^(?i:as\s+(?:the\s+)?(?:new\s+|incoming\s+|newly\s+appointed\s+)?){_CHAIR}\s*,?\s+(?i:he|she)\b")
_APPOINTED = re.compile(rf"^(?P<who>\S+(?:\s+\S+){{0,3}}?)\s+(?:has|had)\s+been\s+(?:appointed|elected)\s+"
                        rf"(?:as\s+)?(?:the\s+)?(?i:new\s+|interim\s+|independent\s+)*{_CHAIR}\b")
# a welcome item's heading that names who gave it: 'Welcome and Introductions - Ada Brook'
_WELCOME_HEADING = re.compile(rf"^(?:\d{{1,3}}[.)]?\s+)?(?:{_CHAIR}['’]?s?\s+)?(?i:welcome|introductions?|opening)\b"
                              rf"[^–—]{{0,60}}?\s[-–—]\s+{_NAME}$")
# '..., signed by the Co-Chair, Dr Brook (in the Chair).': the bracket says who chaired, wherever the name stands
_IN_THE_CHAIR = re.compile(rf"(?:^|[,;:]\s+|\bby\s+){_NAME}\s*\(\s*(?i:in\s+the\s+chair)\s*\)")
# 'Ada Brook (nominated Chairman in the absence of Ben Cole), Cy Dunn (Secretary), ...': the bracket says who stood in
# as this meeting's chair, wherever the name stands in the list (round 32)
_STOOD_IN = re.compile(rf"(?:^|[,;:]\s+){_NAME}\s*\(\s*(?i:(?:nominated|elected|appointed|acting|agreed)\s+(?:as\s+)?)?"
                       rf"{_CHAIR}\s+(?i:in\s+the\s+absence\s+of)\s+[^()]{{2,60}}\)")
# the welcome item's minute opening with who opened the meeting: 'Ada Brook (AB) welcomed members to the meeting.'
_WELCOME_ITEM = re.compile(r"(?i)\b(?:welcome|welcomes|opening|introductions?)\b")
_OPENED_MEETING = re.compile(rf"^{_NAME}(?:\s*\([A-Z][A-Za-z]{{1,3}}\))?\s+(?:welcomed\s+(?:everyone|all|members|attendees"
                             rf"|colleagues|those\s+present|the\s+(?:members|board|group|committee|partnership|panel))"
                             rf"(?:\s+(?:and\s+)?\w+){{0,3}}?\s+to\s+the\s+meeting|opened\s+the\s+meeting)\b")
# the heading of the item the chair gives: 'Chair’s opening address', '1. Chair's welcome and introductions',
# 'Chairman's Opening Remarks' (a paragraph numbered '1.1' may follow on the same line)
_CHAIRS_ITEM = re.compile(rf"^(?:\d{{1,3}}[.)]?\s+)?{_CHAIR}['’]s\s+(?i:opening\s+(?:address|remarks|statement|comments)"
                          rf"|welcome|introduction|remarks|announcements|opening)\b[^.]{{0,60}}?"
                          rf"(?=\s+\d{{1,3}}\.\d{{1,2}}\s|\s*$)")
# its first sentence: the person who opens it ('1.1 Ada Brook AM, welcomed everyone to the meeting')
_OPENER = re.compile(rf"^(?:\d{{1,3}}\.\d{{1,2}}\s+)?{_NAME}\s*,?\s+{_OPENS}")
_CHAIR_WELCOMED = re.compile(rf"^(?i:the)\s+{_CHAIR}\s+(?:welcomed|opened)\b")
# a sentence ends at a full stop after a word, not after a title ('Mrs. D. Brook')
_SENTENCE = re.compile(r"(?<=[a-z)][.!?])(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bCllr\.)(?<!\bProf\.)"
                       r"\s+(?=[A-Z])")
_INITIALS = re.compile(r"[A-Z]{2,3}")


def _person(m: re.Match[str], offset: int) -> PersonEntry:
    return PersonEntry(m.group("name"), None, None, None, (offset + m.start("name"), offset + m.end("name")))


def _named(m: re.Match[str] | str, vocab: Vocabulary) -> bool:
    """The matched name is a person's: a full name, a title and a surname, or initials."""
    name = m if isinstance(m, str) else m.group("name")
    words = name.split()
    if _INITIALS.fullmatch(name):
        return True
    if len(words) == 2 and re.fullmatch(_TITLE, words[0]):
        return words[1].lower() not in vocab.not_name_words and words[1].lower() not in vocab.role_words
    return looks_like_person(name, vocab, in_slot=True)


def _titled(name: str) -> bool:
    """'Mrs A Brook', 'A B Brook', 'Councillor Brook', 'AB': written as minutes write a member, not a
    form's 'Print Name (Chair)'."""
    words = name.split()
    return bool(re.fullmatch(_TITLE, words[0])) or all(re.fullmatch(r"[A-Z]\.?", w) for w in words[:-1])


def _not_the_chair(role: str) -> bool:
    return bool(re.search(rf"(?i)\b{_NOT_CHAIR}[\s-]*$", role))


def chairs_in_text(lines: list[Line], text: str, vocab: Vocabulary, body: int | None = None) -> list[PersonEntry]:
    """Everyone the opening of the paper (its header, lists, and the first lines of the minutes from
    offset `body`) names as this meeting's chair, in the order found (a name found twice is listed twice)."""
    found: list[PersonEntry] = []
    first = next((i for i, line in enumerate(lines) if body is not None and line.start >= body), 0)
    opening = lines[:first + _OPENING_LINES]
    for i, line in enumerate(opening):
        if line.blank:
            continue
        m = _CHAIR_LINE.match(line.text)
        if m and _named(m, vocab) and (_titled(m.group("name")) or "in the" in m.group("marker").lower()):
            found.append(_person(m, line.start))
            continue
        m = _WELCOME_HEADING.match(line.text)
        if m and _named(m, vocab) and _chair_welcomed_below(opening, i):
            found.append(_person(m, line.start))
            continue
        if (opener := _opened_below(opening, i, vocab)) is not None:
            found.append(opener)
        if line.text[:1].isupper() or has_bullet(line) and strip_bullet(line).text[:1].isupper():
            # '- Present: Ada Brook (in the Chair), ...': a bulleted line reads as the sentence after its bullet
            found.extend(_in_sentences(_paragraph(opening, i, text), line.start, vocab))
    return found


_SENTENCE_END = re.compile(r"[.!?:]\s*$")


def _paragraph(lines: list[Line], i: int, text: str) -> str:
    """Line `i` and the lines its sentences wrap onto (newlines read as spaces, offsets kept)."""
    last = i
    while last + 1 < min(len(lines), i + _WRAP_LINES) and not lines[last + 1].blank \
            and not numbered(lines[last + 1]) and not _SENTENCE_END.search(lines[last].text):
        last += 1
    return text[lines[i].start:lines[last].end].replace("\n", " ")


def _in_sentences(paragraph: str, offset: int, vocab: Vocabulary) -> list[PersonEntry]:
    """The chairs a paragraph's sentences name (`offset`: where the paragraph starts in the text)."""
    out: list[PersonEntry] = []
    starts = [0] + [m.end() for m in _SENTENCE.finditer(paragraph)]
    sentences = [(s, paragraph[s:e]) for s, e in zip(starts, starts[1:] + [len(paragraph)])]
    for n, (start, sentence) in enumerate(sentences):
        m = _IN_THE_CHAIR.search(sentence) or _STOOD_IN.search(sentence)
        if m and _named(m, vocab):
            out.append(_person(m, offset + start))
            continue
        for rx in (_CHAIR_FIRST, _CHAIR_OF_OPENS, _NAME_FIRST, _CHAIRED, _CHAIRED_BY, _TAKES_CHAIR):
            m = rx.search(sentence) if rx is _TAKES_CHAIR else rx.match(sentence)
            if m and _named(m, vocab) and not (rx is _NAME_FIRST and _not_the_chair(m.group("role"))):
                out.append(_person(m, offset + start))
                break
        else:
            m = _ELECTED.search(sentence) or _WELCOMED.match(sentence)
            if m is None or not _named(m, vocab):
                continue
            if m.re is _ELECTED or n + 1 < len(sentences) and _says_chair(sentences[n + 1][1], m.group("name")):
                out.append(_person(m, offset + start))
    return out


def _says_chair(sentence: str, name: str) -> bool:
    """Does the sentence after 'Ada Brook welcomed everyone' make her the chair: 'As the new Chair she
    ...', 'She has been appointed as the Interim Chair', 'Ada Brook has been appointed Chair'?"""
    if _AS_CHAIR.match(sentence):
        return True
    m = _APPOINTED.match(sentence)
    return m is not None and (m.group("who").lower() in ("he", "she") or m.group("who") == name)


def _opened_below(lines: list[Line], i: int, vocab: Vocabulary, reach: int = 3) -> PersonEntry | None:
    """Under a welcome item's heading ('Item 1 – Welcome and Apologies', 'ABC/2324/001: Welcome, Apologies &
    Quoracy'), the person its minute says welcomed members to the meeting or opened it, within its first lines:
    who opens the meeting at its welcome item chairs it. A heading is short and not a sentence."""
    head = lines[i].text.strip()
    if not _WELCOME_ITEM.search(head) or len(head.split()) > 12 or head.endswith((".", ",", ";")):
        return None
    seen = 0
    for line in lines[i + 1:]:
        if line.blank:
            continue
        seen += 1
        if seen > reach:
            return None
        m = _OPENED_MEETING.match(line.text)
        if m and _named(m, vocab):
            return _person(m, line.start)
    return None


def _chair_welcomed_below(lines: list[Line], i: int, reach: int = 4) -> bool:
    """Does the item under heading `i` open with 'The Chair(man) welcomed/opened ...' (within a few lines,
    before another numbered heading)?"""
    seen = 0
    for line in lines[i + 1:]:
        if line.blank:
            continue
        seen += 1
        if seen > reach or numbered(line):
            return False
        if _CHAIR_WELCOMED.match(line.text):
            return True
    return False


def chairs_opening_own_item(lines: list[Line], vocab: Vocabulary, body: int | None = None) -> list[PersonEntry]:
    """Everyone the opening of the paper names as opening the chair's own item (`_chairs_item_opener`). The
    heading says the chair gives the item, so the opener chairs even when the list lost their name (the
    caller does not require them to be listed)."""
    first = next((i for i, line in enumerate(lines) if body is not None and line.start >= body), 0)
    opening = lines[:first + _OPENING_LINES]
    return [p for i, line in enumerate(opening) if not line.blank
            and (p := _chairs_item_opener(opening, i, vocab)) is not None]


def _chairs_item_opener(lines: list[Line], i: int, vocab: Vocabulary) -> PersonEntry | None:
    """The person who opens the chair's own item: under '1. Chair’s opening address', the first paragraph
    '1.1 Ada Brook AM, welcomed everyone to the meeting' names the chair (on the heading's line or the first
    filled line below it). A post-nominal after the name ('AM', 'MBE') is not part of it."""
    head = _CHAIRS_ITEM.match(lines[i].text)
    if head is None:
        return None
    line, start = lines[i], head.end()
    if not line.text[start:].strip():
        below = next((j for j in range(i + 1, min(i + 4, len(lines))) if not lines[j].blank), None)
        if below is None:
            return None
        line, start = lines[below], 0
    rest = line.text[start:]
    lead = len(rest) - len(rest.lstrip())
    m = _OPENER.match(rest.lstrip())
    if m is None:
        return None
    name = m.group("name")
    if len(name.split()) > 2:
        name = _POSTNOMINAL.sub("", name)
    if not _named(name, vocab):
        return None
    at = line.start + start + lead + m.start("name")
    return PersonEntry(name, None, None, None, (at, at + len(name)))


def marked_chair(text: str, vocab: Vocabulary) -> str | None:
    """'Mr Brook (Chair)': a list piece too short to be an entry (a title and a surname) that marks the
    chair; the name as written, else None."""
    m = _CHAIR_LINE.match(text.strip())
    return m.group("name") if m and _named(m, vocab) and "(" in text else None


def chairs_elected(lines: list[Line], text: str, vocab: Vocabulary, own: Callable[[str], bool],
                   body: int | None = None) -> list[PersonEntry]:
    """Everyone the opening of the paper elects, appoints or confirms as chair ('That Cllr Ada Brook be
    elected Chairman for the ensuing year', 'Ada Brook was confirmed as Convener of the Panel', 'To note the
    appointment of Cllr Ada Brook as Chairman of the Panel'), when the
    body they chair is this one: `own(role)` decides for a role such as 'Chair of the Elmley Board'.
    Weaker than `chairs_in_text`: the caller reads it only when nothing else names the chair."""
    found: list[PersonEntry] = []
    first = next((i for i, line in enumerate(lines) if body is not None and line.start >= body), 0)
    opening = lines[:first + _OPENING_LINES]
    for i, line in enumerate(opening):
        if line.blank or not line.text[:1].isupper() \
                or not re.search(r"(?i)elected|appointed|confirmed|appointment|election|confirmation"
                                 r"|\bis\s+(?:the\s+)?(?:new\s+|current\s+)?chair", line.text):
            continue
        paragraph = _paragraph(opening, i, text)
        for rx in (_ELECTED_CHAIR, _ELECTED_PRONOUN, _APPOINTMENT_OF, _IS_CHAIR):
            for m in rx.finditer(paragraph):
                name = _POSTNOMINAL.sub("", m.group("name")) if len(m.group("name").split()) > 2 else m.group("name")
                role = m.group("chair") + m.group("rest")
                if not _named(name, vocab) or not own(role) or rx is _APPOINTMENT_OF and _NEXT_TERM.search(role):
                    continue
                start = line.start + m.start("name")
                found.append(PersonEntry(name, None, None, None, (start, start + len(name))))
    return found


# the titles that open each entry of a council's members' list ('Provost Smaill', 'Depute Provost Russell',
# 'Councillor Muirhead', 'Lord Mayor Brook')
_LIST_TITLE = r"(?:(?:Lord\s+|Depute\s+|Deputy\s+|Vice\s+)?(?:Provost|Mayor)|Councillor|Cllr\.?|Bailie|Alderman|Mrs|Mr|Ms|Miss|Dr\.?)"
# 'Provost Smaill (Chair) Depute Provost Russell Councillor Muirhead ...': a titled surname marked as the chair,
# right before the next titled entry of a list run into one line
_MARKED_IN_RUN = re.compile(rf"(?:^|(?<=\s))(?P<name>{_LIST_TITLE}\s+(?:[A-Z]\.?\s+){{0,3}}{_WORD})\s*"
                            rf"\(\s*(?:{_CHAIR}|(?i:in\s+the\s+chair))\s*\)(?=\s+{_LIST_TITLE}\s+[A-Z])")


# 'Present ... Ada Brook (AB) - CHAIR Ben Cole (BC) ...': an initialled entry marked chair after a dash, right before
# the next initialled entry of a present list run into a paragraph (round 23)
_INITIALLED = r"\(\s*[A-Z][A-Za-z]{1,3}\s*\)"
_DASH_CHAIR_IN_RUN = re.compile(rf"(?:^|(?<=[\s:]))(?P<name>{_WORD}(?:\s+{_WORD}){{1,2}})\s*{_INITIALLED}\s*[-–—]\s*"
                                rf"(?-i:CHAIR|Chair|CHAIRMAN|Chairman|CHAIRPERSON|Chairperson)"
                                rf"(?=\s+(?:{_LIST_TITLE}\s+)?{_WORD}(?:\s+{_WORD}){{1,2}}\s*{_INITIALLED})")
# '|PARTICIPANTS: |Ada Brook (AB) / Elmley Council / Education (Chair); Ben Cole (BC) / ...': a '|'-bordered row
# whose first cell labels who took part, its entries run together with ';' (round 23)
# 'Present Trustees Ada Brook (chair), Ben Cole, Cy Dale': a full name marked chair as one entry of a comma list run
# on after the present word (round 28)
# Round 53: the name may be written with initials ('S. Brook (Chairman) (SB), A. Cole (AC)') and the marker may be
# followed by the entry's initials code.
_LISTED_CHAIR = re.compile(rf"(?:^|(?<=[\s:]))(?P<name>(?:{_LIST_TITLE}\s+)?(?:(?:[A-Z]\.?\s+){{1,3}}{_WORD}"
                           rf"|{_WORD}(?:\s+{_WORD}){{1,3}}))\s*\(\s*(?:{_CHAIR}|(?i:in\s+the\s+chair))\s*\)\s*"
                           rf"(?:{_INITIALLED}\s*)?(?=[,;]\s*(?:{_LIST_TITLE}\s+)?(?:(?:[A-Z]\.?\s+){{1,3}}|{_WORD}\s+){_WORD})")
_BORDERED_PRESENT = re.compile(r"(?i)^\|\s*(?:participants|present|attendees|attending|in\s+attendance)\s*:?\s*\|")
# one such entry that opens with a name and ends with the chair marker alone
_ENTRY_CHAIR = re.compile(rf"^\s*(?:and\s+)?{_NAME}\s*(?:{_INITIALLED})?(?:\s*/[^;()]*)?\(\s*{_CHAIR}\s*\)\s*$")
_PRESENT_WORD = re.compile(r"\b(?:PRESENT|Present|ATTENDEES|Attendees|In\s+attendance|IN\s+ATTENDANCE)\b")
_ABSENT_WORD = re.compile(r"(?i)\b(?:apologies|absent)\b")


def chairs_marked_in_run(lines: list[Line], vocab: Vocabulary, limit: int = 150) -> list[PersonEntry]:
    """The members marked '(Chair)' inside a present list run into one line of titled entries, no separator
    between them ('Present:' / 'Provost Smaill (Chair) Depute Provost Russell Councillor Muirhead ...'): the
    list is not split, but the marker still names its chair. Only in the line of an attendance label or the
    first filled line below one (not in an apologies list: an absent chair chaired nothing)."""
    out: list[PersonEntry] = []
    under_label = False
    for line in lines[:limit]:
        if line.blank:
            continue
        label = match_label(line, ("attendees", "apologies"))
        listed = label is not None and label.name == "attendees"
        if listed or under_label:
            start = label.value.start - line.start if listed and label.value is not None else 0
            for m in _MARKED_IN_RUN.finditer(line.text, start):
                surname = m.group("name").split()[-1].lower()
                if surname not in vocab.not_name_words and surname not in vocab.role_words:
                    out.append(_person(m, line.start))
        if (bordered := _BORDERED_PRESENT.match(line.text)) is not None:
            at = bordered.end()
            for piece in line.text[at:].split(";")[:-1]:  # complete entries only: the last may wrap on
                m = _ENTRY_CHAIR.match(piece)
                if m and _named(m, vocab):
                    out.append(_person(m, line.start + at))
                at += len(piece) + 1
        for m in _LISTED_CHAIR.finditer(line.text):
            written = m.group("name")
            words = written.split()
            while len(words) > 2 and re.fullmatch(_LIST_TITLE, words[-1]):
                written = written[:written.rfind(words[-1])].rstrip()  # 'Councillor Ada Brook Councillor (Chair)':
                words = words[:-1]  # the rank repeated from a role column before the marker (round 30)
            while len(words) > 2 and not _named(" ".join(words), vocab):
                words = words[1:]  # 'Present Trustees Ada Brook': the list's words before the first name
            name = " ".join(words)
            end = m.start("name") + len(written)
            start = end - len(name)
            present = [p for p in _PRESENT_WORD.finditer(line.text, 0, start)]
            if present and not _ABSENT_WORD.search(line.text, present[-1].end(), start) and _named(name, vocab):
                out.append(PersonEntry(name, None, None, None, (line.start + start, line.start + end)))
        for m in _DASH_CHAIR_IN_RUN.finditer(line.text):
            present = [p for p in _PRESENT_WORD.finditer(line.text, 0, m.start())]
            if present and not _ABSENT_WORD.search(line.text, present[-1].end(), m.start()) and _named(m, vocab):
                out.append(_person(m, line.start))
        under_label = listed and (label.value is None or not label.value.text.strip())
    return out
