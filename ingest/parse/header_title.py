"""Title gates and cutting: what a heading line may hold to be the paper's title, and how it is cut.

A chosen title is checked (not a date, a person, a stray number, prose) and cut to the body it names
('Elmley Board Minutes' -> 'Elmley Board'), kept apart from how it was found so every reader
(labelled header, top lines, 'held on' frame) gates titles one way.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.names import ELECTED_LETTERS, POSTNOMINALS, letters_alternation
from ingest.parse.dates import find_dates
from ingest.parse.heading_fallback import STATUTORY_WORDS
from ingest.parse.lines import Line, is_table_row
from ingest.parse.minutes_heading import generic_body, join_wrapped, page_title_end, report_name
from ingest.parse.people import PERSONAL_TITLE, looks_like_person
from ingest.parse.title_gate import (
    bare_body,
    join_broken_name,
    join_dangling,
    names_nothing_at_all,
    part_of_joined,
    people_listed,
)
from ingest.parse.vocab import Vocabulary

if TYPE_CHECKING:
    from ingest.parse.header import Header

_TITLE_TAIL = re.compile(r"\s*\b(?:meeting|minutes|notes|update|agenda)\s*$", re.I)
_TITLE_HEAD = re.compile(r"^(?:minutes|notes)\s+of\s+(?:the\s+)?(?:meeting\s+of\s+(?:the\s+)?)?", re.I)


def names_meeting(text: str, vocab: Vocabulary) -> bool:
    """Does a heading name a body's meeting ('Elmley LSCB Meeting Minutes', '19th Meeting of the X Board')?"""
    if len(text) > 160 or is_table_row(Line(0, 0, len(text), text)) or _cellish(text):
        return False
    words = {w.lower() for w in re.findall(r"[\w-]+", text)}
    return bool(words & {"meeting", "minutes", "notes"}) and bool(words & (vocab.body_heads or vocab.group_words))


_GENERIC_WORDS = {"minutes", "minute", "notes", "meeting", "of", "the", "a", "from", "held", "on", "at", "and"}


# 'MINUTES OF THE ELMLEY BOARD MEETING HELD ON ...', 'Minutes of a Public meeting of the Elmley Trust Board held
# on ...', 'Summary of the Elmley Partnership Board Meeting held on ...': the heading names the body that met inside
# a frame ('Minutes of [the|a] [public|closed|...] meeting of the', '[Meeting] held on/in/at') wherever it stands
# in the opening lines, run on after a masthead or into the attendance list (round 28)
_FRAME_OPEN = r"\b(?:minutes|notes|summary|record)\s+(?:of|from)\s+(?:the\s+|an?\s+)?"
_OCCASION_WORDS = (r"public|ordinary|closed|private|special|extraordinary|annual|general|open|formal|joint|full|"
                   r"inaugural|quarterly|bi-?monthly|monthly|virtual|remote|scheduled|adjourned|"
                   # a month names the occasion, not the body: 'Minutes of the September Monthly Meeting of X' (round 66)
                   r"january|february|march|april|may|june|july|august|september|october|november|december")
_OCCASION = rf"(?:(?:{_OCCASION_WORDS})\s+)*"
_HELD_FRAME = re.compile(
    rf"(?i){_FRAME_OPEN}(?:{_OCCASION}meeting\s+of\s+(?:the\s+)?(?P<body>[^.;:()]{{3,100}}?)"
    rf"|(?P<named>[^.;:()]{{3,100}}?)\s+meeting),?\s+held\s+(?:on|in|at)(?:\b|(?-i:(?=[A-Z])))")
_OCCASION_OF = re.compile(rf"(?i)^(?:(?:(?:{_OCCASION_WORDS})\s+)+meeting|(?-i:AGM))\s+of\s+(?:the\s+)?(?P<body>\S.*\S)$")
# 'General Meeting', 'Annual General Meeting' alone: an occasion, naming no body
_A_MEETING_OF = re.compile(r"(?i)^an?\s+meeting\s+of\s+(?:the\s+)?(?P<body>\S.*\S)$")  # 'A Meeting of the X Board' (round 30)
_OCCASION_ONLY = re.compile(rf"(?i)^(?:(?:{_OCCASION_WORDS})\s+)+meeting$")
# 'Elmley Partnership Board Meeting Minutes of the meeting held on ...': the heading, then the frame naming no body
_BEFORE_FRAME = re.compile(r"^(?P<body>[A-Z][^.;:()]{2,80}?)\s+(?:meeting\s+)?(?:minutes|notes)\s+of\s+(?:the\s+|a\s+)?"
                           r"meeting,?\s+held\s+(?:on|in|at)\b", re.I)


_PRIOR_RECORD = re.compile(r"(?i)\b(?:confirm|approve|agree|receive|sign|note)(?:s|d|ed)?\s+(?:[\w ]{0,40}\s)?the\s+(?:draft\s+)?$"
                           r"|\bthat\s+the\s+$|\b(?:last|previous|preceding)\s+meeting\b")


# 'MINUTES OF AN ORDINARY MEETING OF COUNCIL held on': the occasion of a body with no name, as printed (round 62)
_OCCASION_OF_BARE = re.compile(rf"(?i)\b(?P<name>(?:(?:{_OCCASION_WORDS})\s+)+meeting\s+of\s+(?:the\s+)?"
                               r"(?P<body>[\w’'-]+(?:\s+[\w’'-]+)?)),?\s+held\s+(?:on|in|at)\b")


def _held_heading(head: Header, lines: list[Line], vocab: Vocabulary, reach: int = 1500) -> None:
    """No title read: the body named by a 'Minutes of the ... held on' frame in the opening lines, if the name
    ends in a body's head word ('Board', 'Committee') and is no previous meeting's; a body with no name ('Council')
    with its occasion ('Ordinary Meeting of Council', round 62)."""
    for line in lines:
        if line.start > reach:
            return
        text = line.text
        bare = _OCCASION_OF_BARE.search(text)
        if bare is not None and bare_body(bare.group("body"), vocab) and not _PRIOR_RECORD.search(text[:bare.start()]) \
                and re.search(r"(?i)\b(?:minutes|notes)\s+of\s+(?:the\s+|an?\s+)?$", text[:bare.start()]):
            head.title = bare.group("name")
            head.spans["title"] = (line.start + bare.start("name"), line.start + bare.end("name"))
            head.body = head.body or bare.group("body")
            head.kind_hint = head.kind_hint or "minutes"
            return
        found = [(m, m.group("body") or m.group("named")) for m in _HELD_FRAME.finditer(text)]
        if (before := _BEFORE_FRAME.match(text.strip("*_ "))) is not None:
            found.append((before, before.group("body")))
        for m, group in found:
            group = group.strip(" ,")
            words = group.split()
            if len(words) < 2 or len(words) > 12 or words[-1].lower().strip("’'") not in vocab.body_heads:
                continue
            if re.search(r"(?i)\b(?:meeting|minutes|previous|last|held)\b|\d", group) or _PRIOR_RECORD.search(text[:m.start()]):
                continue  # 'To confirm the Minutes of the special meeting of the Committee held on ...': an earlier one
            at = line.text.find(group, m.start())
            head.title, head.spans["title"] = group, (line.start + at, line.start + at + len(group))
            head.body = head.body or group
            head.kind_hint = head.kind_hint or "minutes"
            return


def _names_body_or_paper(text: str, vocab: Vocabulary) -> bool:
    """Does a line hold a body, sub-body or group word, or 'meeting', 'minutes', 'notes', 'agenda'?"""
    words = {w.lower().strip("’'") for w in re.findall(r"[\w’'-]+", text)}
    named = vocab.body_heads | vocab.sub_body_heads | vocab.group_words | {"meeting", "minutes", "notes", "agenda"}
    return bool(words & named)


# the last word of a body's name (round 42: the general body words of vocabulary.yaml's body_heads too, 'Elmley
# Residents Association AGM')
_BODY_WORD = (r"(?:board|committee|panel|partnership|group|forum|executive|council|association|trust|commission|cabinet"
              r"|authority|assembly|taskforce|alliance|trustees|governors)")
# a body's name with the paper's kind after it ('Elmley Corporate Parenting Board Minutes', 'X Board: Minutes' (round
# 23), 'X Council Minutes of Meeting' (round 42)); not 'Meeting Minutes'
_BODY_THEN_PAPER = re.compile(rf"\b{_BODY_WORD}"
                              r"(?P<paper>\s*[:–—-]?\s+(?:meeting\s+)?(?:minutes|notes|agenda)(?:\s+of\s+(?:the\s+)?meeting)?)$", re.I)

# after a body's word, an occasion or a list of paper kinds that is no part of its name (round 26): 'Elmley
# Partnership Thirty-sixth meeting', 'Elmley Trust board meeting minutes, decisions and actions' (one kind word
# after 'Meeting' is dropped by _PAPER_KIND_TAIL since round 30)
_ORDINAL_WORD = (r"(?:\d{1,3}(?:st|nd|rd|th)|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-]?)?"
                 r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
                 r"\w+teenth|twentieth|thirtieth|fortieth|fiftieth))")
_BODY_THEN_OCCASION = re.compile(
    rf"\b{_BODY_WORD}"
    rf"(?P<paper>\s+(?:{_ORDINAL_WORD}\s+meeting"
    r"|(?-i:AGM)(?:\s*(?:&|and)\s+(?:[\w-]+\s+){0,2}meeting)?"  # 'Elmley Partnership AGM & Board Meeting' (round 34)
    r"|meeting\s+(?:minutes|notes|decisions|actions)(?:\s*(?:,|and|&)\s*(?:minutes|notes|decisions|actions))+))$", re.I)
# a line giving the minutes' approval status, never the paper's title: 'Approved by Chairman ONLY To be approved by
# the Committee at its next meeting' (round 26)
_APPROVAL_STATUS = re.compile(r"(?i)^(?:approved\s+by|to\s+be\s+(?:approved|ratified|confirmed)|"
                              r"subject\s+to\s+(?:approval|ratification|confirmation))\b")
# the paper's kind after the meeting's name: 'Elmley PPG Minutes', 'Elmley Steering Group Meeting Minutes' -> the
# name (round 30; a lead decision: the golds over every set drop the word, real 008's 'Brent LSCB Meeting Minutes'
# keeps it and is a recorded convention loss). With the month after it ('X minutes: June 2024', 'X minutes - April
# 2025') the golds keep the words (blind2 403, blind3 508/509, blind11 1303), and 'discussion/action notes' are one kind
_PAPER_KIND_TAIL = re.compile(r"(?<=\w)(?<!\bdiscussion)(?<!\baction)(?<!\bactions)(?<!\bbriefing)"
                              r"(?:\s+(?:draft|unconfirmed|confirmed|approved|unapproved|final))?"  # 'X Draft Minutes' (round 42)
                              r"\s*[:–—-]?\s+(?P<kind>minutes|notes)\s*$", re.I)
# the paper's kind set off from the meeting's name by a dash, colon or bracket, with its status or frame words:
# 'Elmley Board - Minutes of Meeting', 'Elmley Board (Draft Minutes)', 'Draft Minutes – Elmley Board' -> the name
# (round 34; 'X minutes - April 2025', a month after the kind, is no frame and is kept, as _PAPER_KIND_TAIL)
_STATUS = r"(?:(?:draft|unconfirmed|confirmed|approved|unapproved|final)\s+)?"
_KIND_FRAME = rf"{_STATUS}(?:minutes|notes)(?:\s+of\s+(?:the\s+|a\s+)?(?:meeting|proceedings))?"
_SET_OFF_KIND_TAIL = re.compile(rf"(?i)(?<=[\w)’'])(?:\s*[:–—]\s*|\s+-\s+|\s*\(\s*){_KIND_FRAME}\s*\)?\s*$")
_SET_OFF_KIND_HEAD = re.compile(rf"(?i)^{_KIND_FRAME}\s*(?:[:–—]|\s-)\s*(?=\S)")
# the paper's kind before the meeting's name with no frame or mark between: 'MINUTES BOARD MEETING IN PUBLIC' ->
# 'BOARD MEETING IN PUBLIC' (round 37; 'Minutes of ...' and 'Notes from ...' are frames read elsewhere)
_BARE_KIND_HEAD = re.compile(rf"(?i)^{_STATUS}(?:minutes|notes)\s+(?!(?:of|from|for|to|and|on|&)\b)(?=\w)")
# the issuer, then 'minutes of the meeting of' and the body that met: 'ELMLEY minutes of the meeting of the Board of
# Trustees' -> 'Board of Trustees', the body that met, as under 'Minutes of the Meeting of' (round 37)
_ISSUER_MINUTES_OF = re.compile(r"(?i)^(?P<issuer>[\w&’'-]+(?:\s+[\w&’'-]+){0,3})\s+(?:minutes|notes)\s+of\s+(?:the\s+)?"
                                r"(?:meeting\s+of\s+(?:the\s+)?)(?P<body>\S.*)$")
# a frame left at the head once a tail was cut: 'Minutes of the Elmley Friends Group AGM' -> 'Minutes of the Elmley
# Friends Group' -> 'Elmley Friends Group' (round 42)
_FRAME_LEFT = re.compile(rf"(?i)^{_STATUS}(?:minutes|notes)\s+(?:of|from)\s+(?:the\s+)?(?=\S)")
# a leading article: 'THE ELMLEY COUNCIL' -> 'ELMLEY COUNCIL' (round 37; no gold title over every set keeps it)
_LEADING_THE = re.compile(r"(?i)^the\s+(?=\w)")
# a label then a list of names, never a title: 'Committee:, Ann Bell, Tom Cole, Jo Dunn' (round 37)
_LABELLED_LIST = re.compile(r"^[A-Z][\w ]{0,30}:\s*,?\s*(?P<list>[^:]+)$")
# the record's opening words or a date, never the meeting's name: 'Held at Elmley Surgery at 3:30pm' (round 30)
_NEVER_A_TITLE = re.compile(r"(?i)^(?:was\s+)?held\s+(?:at|on|in|via|by)\b")


def _date_alone(text: str) -> bool:
    """'March 2025', 'Thursday 4 May 2031': a date and nothing else is no meeting's name (round 30)."""
    dates = find_dates(text)
    return bool(dates) and not re.sub(r"[\s,.:;–—-]", "", text[:dates[0].start] + text[dates[0].end:])


# a number no meeting's name holds: a code, range, time or numeric date ('PGB-15-47', '2014-15', '19/03', '19:30',
# '25.10.12'), a file's size ('112 KB') or a number opening the line ('23 Chair of the Board'); a year alone is kept
# ('Elmley Panel (2013 review)'); dates with a month's name and ordinals ('31st Meeting') are set aside, and a
# date with its weekday is the meeting's when line, no name (round 40)
_STRAY_NUMBER = re.compile(r"\d\s*[-/.:–—]\s*\d|\d\s*(?:KB|MB|pages?)\b|^\W*\d", re.I)


def _stray_number(title: str) -> bool:
    """Does a title hold a number that names no meeting (see _STRAY_NUMBER)? Such a line is a page's, a
    pack's or a report's, and a wrong title costs more than none (round 40)."""
    rest = title
    for d in reversed(find_dates(title)):
        if d.weekday is not None and d.day:
            return True  # 'Elmley House, Thursday 4 May 2031': when and where the meeting sat, not who met
        if re.search(r"[A-Za-z]", title[d.start:d.end]):
            rest = rest[:d.start] + " " + rest[d.end:]
    rest = re.sub(r"(?i)\b\d+(?:st|nd|rd|th)\b", " ", rest)
    return _STRAY_NUMBER.search(rest) is not None


# a past-tense verb of the minutes in lower case: a sentence of the record ('ADP Group welcomed Ada Brook who was
# replacing ...'), never a meeting's name; status words that may head a paper ('agreed', 'confirmed') are left out
_RECORD_VERB = re.compile(r"\b(?:was|were|had|welcomed|thanked|apologised|apologized|reported|explained|advised)\b")


# a person's name line, never a meeting's: a personal title then a capitalised word ('Mr Ada Brook'), or two or
# more capitalised words and a post-nominal ('Ada Brook MLA', 'Ada Brook OBE'), naming no body ('Councillor Forum' is
# one) (round 40)
_PERSON_LINE = re.compile(rf"^{PERSONAL_TITLE}\s+[A-Z]|^[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+\s+"
                          rf"(?:{letters_alternation(POSTNOMINALS | ELECTED_LETTERS)})$")


# a personal title and a name word opening the line: a person's line even when their body follows ('Councillor Ada
# Brook, Elmley Council'); 'Councillor Forum' (a body word after the title) stays (round 42)
_TITLED_NAME = re.compile(rf"^{PERSONAL_TITLE}\s+(?:[A-Z]\.?\s+){{0,3}}(?P<word>[A-Z][\w’'-]+)")
_NAME_THEN_WORD = re.compile(r"^(?P<name>[A-Z][\w’'-]+\s+[A-Z][\w’'-]+)\s*[,–—-]?\s+(?P<role>[A-Z][\w’'-]+)")


def _named_with_role(title: str, vocab: Vocabulary) -> bool:
    """A person's name then a post ('Ada Brook Director of Place'): the role word is a job's, never a body's
    ('Safer Elmley Partnership' is a body, though 'partnership' may head a post)."""
    m = _NAME_THEN_WORD.match(title)
    if m is None:
        return False
    role = m.group("role").lower()
    return role in vocab.role_words and role not in vocab.body_heads | vocab.group_words | vocab.sub_body_heads \
        and looks_like_person(m.group("name"), vocab)


# a weekday a PDF glued to the heading's last word: 'MINUTES OF THE ELMLEY COMMITTEE MEETINGFRIDAY 4th/' -> the
# heading before it (round 48; round 44 read such glued dates, the title kept the glue)
_GLUED_WEEKDAY = re.compile(r"(?<=[a-z])(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?=[\s,\d]|$)"
                            r"|(?<=[A-Z])(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)(?=[\s,\d]|$)")
# the record's frame left round a chosen title: 'Minutes of the Elmley Panel held on 4 May 2031.', 'Minutes of Monthly
# Meeting' -> the name the golds keep ('Elmley Panel', 'Monthly Meeting'); no gold title over every open set opens
# with 'Minutes of' or holds 'held on' (round 48)
_FRAME_HEAD = re.compile(rf"(?i)^{_STATUS}(?:summary\s+of\s+(?:the\s+)?)?(?:minutes|notes|proceedings)\s+(?:of|from)\s+"
                         rf"(?:the\s+|an?\s+)?(?:{_OCCASION}meeting\s+of\s+(?:the\s+)?)?(?=\S)")
_HELD_TAIL = re.compile(r"(?i),?\s+held\s+(?:on|at)\b(?=.*\d).*$")  # a date in it; 'held in public' may be the name


def _cut_frame(head: Header) -> None:
    """Cut a glued weekday and what follows it, a 'held on ...' tail and a 'Minutes of (the)' head from the
    title, when a word naming something is left (round 48)."""
    def named(rest: str) -> bool:
        return bool(set(re.findall(r"[\w’']+", rest.lower())) - _GENERIC_WORDS)

    if head.title and (glued := _GLUED_WEEKDAY.search(head.title)) is not None and named(head.title[:glued.start()]):
        _cut_title(head, 0, glued.start())
    if head.title and (held := _HELD_TAIL.search(head.title)) is not None and named(head.title[:held.start()]):
        _cut_title(head, 0, held.start())
    if head.title and (frame := _FRAME_HEAD.match(head.title)) is not None and named(head.title[frame.end():]):
        _cut_title(head, frame.end(), len(head.title.rstrip(" .,;:")))


# a key/value header's key run into its value with no colon: 'Meeting Title Elmley Board', 'Name of Meeting X' (round 66)
_TITLE_KEY = re.compile(r"(?i)^(?:meeting\s+(?:title|name)|(?:title|name)\s+of\s+(?:the\s+)?meeting)\s*[:–—-]?\s+(?-i:(?=[A-Z]))")
_MIDDLE_PAGE = re.compile(r"^Page\s+(?:[2-9]|\d{2,3})\s*[-–—:|]\s*\S")


def _drop_title(head: Header) -> None:
    """The title (and the body read from it) was no title: forget both and the title's span."""
    head.title, head.body = None, None
    head.spans.pop("title", None)


def _names_a_meeting_or_body(text: str, vocab: Vocabulary) -> bool:
    """Does what is left of a title name a meeting or a body: 'meeting' or a body word among its words?"""
    words = {w.lower().strip("’'") for w in re.findall(r"[\w’']+", text)}
    return bool(words & (vocab.body_heads | {"meeting", "trustees", "directors", "governors"}))


def _names_listed(title: str, vocab: Vocabulary) -> bool:
    """A label and a list of two or more people ('Committee:, Ann Bell, Tom Cole'): every part between commas
    looks like a person's name."""
    m = _LABELLED_LIST.match(title.strip())
    if m is None:
        return False
    parts = [p.strip(" .") for p in m.group("list").split(",") if p.strip(" .")]
    return len(parts) >= 2 and all(looks_like_person(p, vocab) for p in parts)


def _cut_title(head: Header, start: int, end: int) -> None:
    """Keep head.title[start:end] as the title, its span moved with it: the rest was a frame or a kind word."""
    head.title = head.title[start:end]
    if "title" in head.spans:
        at = head.spans["title"][0] + start
        head.spans["title"] = (at, at + len(head.title))


def _finish(head: Header, text: str, vocab: Vocabulary) -> None:
    """Last decisions once every line is read: an agenda-item page has no paper title; the body
    follows the title; a meeting date whose written weekday does not fit is kept with a warning."""
    if head.item_page and not head.labelled:
        _drop_title(head)  # the page's heading names an agenda item, not the meeting
    join_dangling(head, text, vocab)  # 'ORDINARY MEETING OF' / 'THE ELMLEY COUNCIL': joined, or no title (round 62)
    join_broken_name(head, text, vocab)  # 'MEETING OF ELMLEY PARISH' / 'COUNCIL': one name (round 62)
    join_wrapped(head, text, vocab)  # 'MINUTES OF ... MEETING OF ELMLEY' / 'COUNTY COUNCIL, HELD IN': one heading (round 66)
    if head.title and (names_nothing_at_all(head.title, vocab) or people_listed(head.title, vocab)):
        _drop_title(head)  # '3rd', 'MEMBERS', 'PART A (Non-Exempt)': no meeting's name (round 62)
    if head.title and _MIDDLE_PAGE.match(head.title):
        _drop_title(head)  # 'Page 6 - Elmley Board Minutes': a later page's running header
    if head.title and (_NEVER_A_TITLE.match(head.title) or _date_alone(head.title)):
        _drop_title(head)  # 'Held at Elmley Surgery at 3:30pm', 'March 2025' (round 30)
    if head.title and _APPROVAL_STATUS.match(head.title):
        _drop_title(head)
    if head.title and _stray_number(head.title):
        _drop_title(head)  # 'Update on the Action Plan 2014-15', 'PGB-15-47 Joint Quality Committee' (round 40)
    if head.title and _RECORD_VERB.search(head.title):
        _drop_title(head)  # 'ADP Group welcomed Ada Brook who was replacing ...': a sentence (round 40)
    if head.title and _PERSON_LINE.match(head.title) \
            and not {w.lower() for w in re.findall(r"[\w’'-]+", head.title)} & (vocab.body_heads | vocab.group_words):
        _drop_title(head)  # 'Ada Brook MLA': who spoke or signed, not who met (round 40)
    if head.title and (titled := _TITLED_NAME.match(head.title)) is not None \
            and titled.group("word").lower() not in vocab.body_heads | vocab.group_words | vocab.sub_body_heads:
        _drop_title(head)  # 'Councillor Ada Brook Elmley Borough Council': a person and their body (round 42)
    if head.title and _named_with_role(head.title, vocab):
        _drop_title(head)  # 'Ada Brook  Director of Place, Elmley Council': a contributor's line (round 42)
    if head.title and (key := _TITLE_KEY.match(head.title)) is not None and _names_a_meeting_or_body(head.title[key.end():], vocab):
        _cut_title(head, key.end(), len(head.title))  # 'Meeting Title Elmley Board': a key with no colon (round 66)
    if head.title and (page_end := page_title_end(head.title, vocab)) is not None:
        _cut_title(head, 0, page_end)  # 'Elmley Board - Minutes - 4 March 2031 - Elmley Council': a site's page title (round 66)
    if head.title and (report := report_name(head.title, vocab)) is not None:
        head.kind_hint = head.kind_hint or "minutes"
        _cut_title(head, *report)  # 'Agreed Report of Board of Management Meeting:' -> the meeting's name (round 66)
    _cut_frame(head)  # after the gates: a line they drop stays dropped (round 48)
    if head.title and (occasion := _BODY_THEN_OCCASION.search(head.title)) is not None:
        _cut_title(head, 0, occasion.start("paper"))
    if head.title and (paper_word := _BODY_THEN_PAPER.search(head.title)) is not None:
        if paper_word.group("paper").strip().lower() == "minutes":
            head.kind_hint = head.kind_hint or "minutes"  # the title no longer says so
        end = paper_word.start("paper")
        if re.match(r"(?i)\s*[:–—-]?\s+meeting\b", paper_word.group("paper")) and generic_body(head.title[:end], vocab):
            end = paper_word.start("paper") + re.match(r"(?i)\s*[:–—-]?\s+meeting", paper_word.group("paper")).end()
        _cut_title(head, 0, end)  # 'Elmley Parenting Board Minutes', 'X Board meeting minutes' (round 66): the body's name
    if head.title and (set_off := _SET_OFF_KIND_TAIL.search(head.title)) is not None \
            and set(re.findall(r"[\w’']+", head.title[:set_off.start()].lower())) - _GENERIC_WORDS:
        head.kind_hint = head.kind_hint or "minutes"  # the title no longer says so
        _cut_title(head, 0, set_off.start())  # 'Elmley Board - Minutes of Meeting' (round 34)
    if head.title and (set_off := _SET_OFF_KIND_HEAD.match(head.title)) is not None \
            and set(re.findall(r"[\w’']+", head.title[set_off.end():].lower())) - _GENERIC_WORDS:
        head.kind_hint = head.kind_hint or "minutes"
        _cut_title(head, set_off.end(), len(head.title))  # 'Draft Minutes – Elmley Board' (round 34)
    if head.title and (bare := _BARE_KIND_HEAD.match(head.title)) is not None \
            and _names_a_meeting_or_body(head.title[bare.end():], vocab):
        head.kind_hint = head.kind_hint or "minutes"
        _cut_title(head, bare.end(), len(head.title))  # 'MINUTES BOARD MEETING IN PUBLIC' (round 37)
    if head.title and (issuer_of := _ISSUER_MINUTES_OF.match(head.title)) is not None \
            and _names_a_meeting_or_body(issuer_of.group("body"), vocab) and not find_dates(issuer_of.group("body")):
        head.kind_hint = head.kind_hint or "minutes"
        _cut_title(head, issuer_of.start("body"), issuer_of.end("body"))  # 'X minutes of the meeting of the Board' (round 37)
    if head.title and (article := _LEADING_THE.match(head.title)) is not None \
            and set(re.findall(r"[\w’']+", head.title[article.end():].lower())) - _GENERIC_WORDS:
        _cut_title(head, article.end(), len(head.title))  # 'THE ELMLEY COUNCIL' (round 37)
    if head.title and _names_listed(head.title, vocab):
        _drop_title(head)  # 'Committee:, Ann Bell, Tom Cole, Jo Dunn': who came, not the meeting (round 37)
    if head.title and (kind_word := _PAPER_KIND_TAIL.search(head.title)) is not None \
            and set(re.findall(r"[\w’']+", head.title[:kind_word.start()].lower())) - _GENERIC_WORDS:
        if kind_word.group("kind").lower() == "minutes":
            head.kind_hint = head.kind_hint or "minutes"  # the title no longer says so
        _cut_title(head, 0, kind_word.start())  # 'Elmley Steering Group Meeting Minutes' (round 30)
    if head.title and (occasion_of := (_OCCASION_OF.match(head.title) or _A_MEETING_OF.match(head.title))) is not None \
            and occasion_of.group("body").split()[-1].lower().strip("’'") in vocab.body_heads \
            and not bare_body(occasion_of.group("body"), vocab):  # 'ORDINARY MEETING OF THE COUNCIL' kept (round 62)
        # 'Annual General Meeting of the Elmley Forum': the body that met, not the occasion (round 28)
        _cut_title(head, occasion_of.start("body"), occasion_of.end("body"))
    if head.title and (frame := _FRAME_LEFT.match(head.title)) is not None \
            and head.title.split()[-1].lower().strip("’'") in vocab.body_heads:
        _cut_title(head, frame.end(), len(head.title))  # 'Minutes of the Elmley Group' left by an 'AGM' cut (round 42)
    if head.title and (contact := _CONTACT_TAIL.search(head.title)) is not None and contact.start() > 0 \
            and set(re.findall(r"[\w’']+", head.title[:contact.start()].lower())) - _GENERIC_WORDS:
        _cut_title(head, 0, contact.start())  # 'Elmley Community Council - clerk@elmley.org Print E-mail' (round 52)
    if head.title and (statutory := _STATUTORY_TAIL.search(head.title)) is not None and statutory.start() > 0:
        _cut_title(head, 0, statutory.start())  # 'Elmley Rowers Limited, a company limited by guarantee' (round 52)
    if head.title and (company := _COMPANY_OF.match(head.title)) is not None:
        _cut_title(head, company.start("name"), company.end("name"))  # 'Directors of Elmley Rowers Limited' (round 52)
    if head.title and (topic := _topic_prefix(head.title, vocab)) is not None:
        _cut_title(head, topic, len(head.title))  # 'Coronavirus (COVID-19): Elmley Leadership Group' (round 52)
    if head.title and (joined := part_of_joined(head.title, text, head.spans.get("title"), vocab)) is not None:
        if joined:
            _cut_title(head, *joined)  # 'Elmley Council / Elmley Planning Committee': the part named again (round 62)
        else:
            _drop_title(head)  # neither part or both named again: which body met is not said (round 62)
    if head.title and (names_nothing_at_all(head.title, vocab) or people_listed(head.title, vocab)):
        _drop_title(head)  # a cut left no name; 'Ada Brook, Ben Cole, Cara Dunn': who came (round 62)
    if head.body is None and head.title:
        head.body = body_from_title(head.title, vocab)
    minutes = head.kind_hint == "minutes" or re.search(r"(?i)\bminutes?\b", head.title or "") is not None
    if head.date is not None and head.date.precision == "month" and minutes:
        # minutes record a meeting held on a day; 'December 2017' does not say which, and a made-up
        # 1 December would be a wrong date (a month is the date of an update or report, not of a meeting)
        written = text[head.spans["date"][0]:head.spans["date"][1]] if "date" in head.spans else "a month"
        head.warnings.append(f"The minutes give only the month of the meeting ('{written}'), not its day;"
                             " no meeting date was taken.")
        head.month, head.date, head.date_line = head.date, None, None
        head.spans.pop("date", None)
    if head.date is not None and head.date.weekday_fits() is False:
        written = text[head.spans["date"][0]:head.spans["date"][1]] if "date" in head.spans else "the date"
        head.warnings.append(f"The meeting date '{written}' names a weekday that does not fall on that date;"
                             " the date was kept as written.")


# a contact's address set off after the name on a site's page heading: an e-mail address or a web address (round 52)
_CONTACT_TAIL = re.compile(r"\s*(?:[-–—|,:]\s*)?(?:\S+@\S+\.\w+|(?i:https?://|www\.)\S+).*$")
# a company's statutory words after its name, and the officers whose meeting it was before it (round 52)
_STATUTORY_TAIL = re.compile(rf"(?i),?\s+\(?(?:{STATUTORY_WORDS}).*$")
_COMPANY_OF = re.compile(r"(?i)^.*\b(?:directors|members|trustees|board)\s+of\s+(?:the\s+)?"
                         r"(?P<name>\S.*\s(?:limited|ltd|plc|cic))\.?$")
# a government site's topic put before the body's name: 'Coronavirus (COVID-19): Elmley Leadership Group' (round 52)
_TOPIC_PREFIX = re.compile(r"^(?P<topic>[^:;]{3,60}?):\s+(?=[A-Z])")


def _topic_prefix(title: str, vocab: Vocabulary) -> int | None:
    """Where the body's name starts after a topic prefix, or None: the part before the colon names no body,
    meeting or acronym (parentheses aside) and the part after is two or more words ending in a body's head word."""
    m = _TOPIC_PREFIX.match(title)
    if m is None:
        return None
    topic, rest = m.group("topic"), title[m.end():]
    bare_topic = re.sub(r"\([^)]*\)", " ", topic)
    words = re.findall(r"[\w’'&-]+", rest)
    if _names_a_meeting_or_body(topic, vocab) or re.search(r"\b[A-Z]{2,}\b", bare_topic) or find_dates(topic) \
            or len(words) < 2 or words[-1].lower().strip("’'") not in vocab.body_heads:
        return None
    return m.end()


def _cellish(text: str) -> bool:
    """A table row flattened with ' / ' between cells ('Ada Brook / Chair / ')."""
    return len(re.findall(r"\s/(?=\s|$)", text)) >= 2


# words that name who met or what the paper is, beyond the vocabulary's body and organisation words (round 34)
_NAMING_WORDS = frozenset({"cabinet", "body", "assembly", "conference", "taskforce", "executive", "governors",
                           "trustee", "directors", "members", "council", "report", "update", "plan", "strategy",
                           "review", "briefing", "log", "programme", "agenda", "minutes", "notes", "summary"})
_ACRONYM = re.compile(r"\b[A-Z][A-Z&]{1,6}s?\b")


def names_nothing(title: str, vocab: Vocabulary) -> bool:
    """Does an unlabelled heading name no body, group or paper: no body, group or organisation word, no paper kind
    and no acronym ('Elmley House, 1 High Street, Elmley', 'Restricted - not for publication', 'Zoom meeting')?
    A capitals line's words are no acronyms, unless the line is one word ('PPG')."""
    words = [w.lower().strip("’'") for w in re.findall(r"[\w’'&-]+", title)]
    known = vocab.body_heads | vocab.group_words | vocab.sub_body_heads | vocab.org_words | _NAMING_WORDS
    if any(w in known or w.rstrip("s") in known or f"{w}s" in known for w in words):
        return False
    if title.isupper():  # 'ELMLEY PPG': a short word that is no small word of English is the acronym
        return len(words) > 1 and not any(2 <= len(w) <= 3 and w not in _SMALL_WORDS for w in words)
    return _ACRONYM.search(title) is None


_SMALL_WORDS = frozenset("of and the for to in on at by not via per all are was may its our you new one two has "
                         "had off out any but nor yet".split())


def _sentence(text: str) -> bool:
    """A line of prose, not a heading: it ends with a full stop after six or more words."""
    return text.rstrip().endswith(".") and len(text.split()) >= 6


# 'Elmley Residents meeting, 7.30pm 15th May 2031 , The Old Bell': the meeting's name, a comma, its [time and] date,
# a comma and its venue (an informal heading line): the name is what comes before the comma
_COMMA_TIME_BEFORE_DATE = re.compile(r"(?i),\s*(?:\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)\s*)?$")
_COMMA_VENUE_AFTER_DATE = re.compile(r"^\s*,\s*[^\d,:;]{2,60}$")


def _strip_date(text: str) -> str:
    """'ELMLEY CHILD PROTECTION COMMITTEE – 6 October 2004' -> 'ELMLEY CHILD PROTECTION COMMITTEE';
    'Elmley Residents meeting, 7.30pm 15th May 2031 , The Old Bell' -> 'Elmley Residents meeting'."""
    dates = find_dates(text)
    if dates and _COMMA_VENUE_AFTER_DATE.match(text[dates[-1].end:]):
        before = _COMMA_TIME_BEFORE_DATE.search(text[:dates[-1].start])
        if before and len(text[:before.start()].split()) >= 2:
            return text[:before.start()].strip()
    if dates and not text[dates[-1].end:].strip(" .,"):
        cut = text[:dates[-1].start].rstrip()
        cut = re.sub(r"\s*(?:[–—:-]|,)\s*$", "", cut)
        if cut and not re.search(r"(?i)\b(?:of|on|held)$", cut):
            return cut.strip()
    return text.strip()


_ORDINAL_MEETING = re.compile(r"^(?:the\s+)?\d+(?:st|nd|rd|th)?\s+(?:meeting|minutes)\s+of\s+(?:the\s+)?", re.I)
_DOC_TAIL = re.compile(r"(?i)\s*\b(?:meeting|minutes|notes|update|agenda|summary|report)\s*$")


def _names_group(title: str, vocab: Vocabulary | None = None) -> bool:
    """Does the title (less a trailing 'Meeting'/'Update') name a committee or group?"""
    body = _TITLE_TAIL.sub("", _TITLE_HEAD.sub("", title.strip())).strip(" ,:–—-")
    if re.search(r"(?i)\b(?:group|sub-group|subgroup|board|committee|panel|forum|partnership|network|chairs|council)$", body):
        return True
    return bool(_ORDINAL_MEETING.match(title.strip()))  # '31st Meeting of the Elmley Board for Wessex'


def body_from_title(title: str, vocab: Vocabulary | None = None) -> str:
    """The committee a title names: 'LSCB Chairs Meeting' -> 'LSCB Chairs', 'Elmley SAB Meeting Minutes' ->
    'Elmley SAB', '19th Meeting of the Elmley Board for Wessex' -> 'Elmley Board for Wessex',
    'Elmley Board Manager's Progress Report' -> 'Elmley Board'."""
    body = _ORDINAL_MEETING.sub("", _TITLE_HEAD.sub("", title.strip()))
    body = re.split(r"\s+[–—-]\s+", body)[0]
    body = _strip_date(body)
    while True:  # 'Meeting Minutes', 'Minutes – Summary'
        cut = _DOC_TAIL.sub("", body).strip(" ,:–—-")
        if cut == body or not cut:
            break
        body = cut
    if vocab is not None and vocab.body_heads:
        words = body.split()
        heads = [i for i, w in enumerate(words) if w.lower().strip("’'s,") in vocab.body_heads]
        if heads and heads[-1] < len(words) - 1 and not re.match(r"(?i)(?:for|of|in|on)$", words[heads[-1] + 1]):
            if re.search(r"[’']s$", words[-1]) or any(re.search(r"[’']s$", w) for w in words[heads[-1] + 1:]):
                body = " ".join(words[:heads[-1] + 1])  # 'Elmley Board Business Manager's' -> 'Elmley Board'
    return body.strip(" ,:–—-") or title.strip()
