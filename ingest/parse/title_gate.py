"""Titles only when the paper gives one (round 62): lines that never name a meeting, and headings cut at a line end.

On boards never seen most title errors were WRONG titles, not missing ones, and a wrong title costs a false value
and a missed one where no title costs only the miss. These gates hold on any board, by general shape and the
vocabulary's own label, section and marking words: a line with no word of three letters, or only an ordinal,
number or date ('3rd', '12/03'); a label or section word alone ('MEMBERS', 'PART A (Non-Exempt)', 'Agenda');
a heading that ends on a connective at its line's end ('ORDINARY MEETING OF') is joined to the next line when
that line continues it, else it is no title.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.parse.dates import find_dates
from ingest.parse.heading_fallback import _heading
from ingest.parse.labels import match_label
from ingest.parse.lines import Line, numbered
from ingest.parse.people import looks_like_person
from ingest.parse.vocab import Vocabulary

if TYPE_CHECKING:
    from ingest.parse.header import Header

_SMALL = frozenset({"of", "the", "and", "a", "an", "for", "to", "in", "on", "at", "by", "with", "no"})
_KIND = frozenset({"minutes", "minute", "notes", "meeting", "meetings", "agenda"})
# attendance and paper-part labels a heading line may hold alone: 'MEMBERS', 'Present', 'PART A (Non-Exempt)'
_LABEL_WORDS = frozenset({
    "members", "member", "present", "apologies", "apology", "attendees", "attendance", "attending", "absent",
    "officers", "councillors", "guests", "also", "part", "exempt", "non", "agenda", "minutes", "notes", "items",
    "item", "public", "private", "confidential", "restricted", "open", "closed", "session", "decisions", "actions",
    "action", "decision", "summary", "page", "appendix", "annex", "schedule", "contents", "index", "record", "notice",
    "summons", "resolved", "resolutions", "supplementary", "pack", "papers", "reports", "enclosure", "enclosures",
})


def _letter_words(text: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[A-Za-z]+", text)]


def names_nothing_at_all(title: str, vocab: Vocabulary) -> bool:
    """Is a title no meeting's name by shape: no word of three letters once dates, numbers, ordinals, small words
    and the paper's kind words are set aside ('3rd', '12th Meeting', 'Minutes', '4 May 2031'), or, with no
    'meeting' in it, only label, section and marking words ('MEMBERS', 'PART A (Non-Exempt)', 'Apologies')?"""
    rest = title
    for d in reversed(find_dates(title)):
        rest = rest[:d.start] + " " + rest[d.end:]
    rest = re.sub(r"(?i)\d+\s*(?:st|nd|rd|th)\b|\d+", " ", rest)
    words = [w for w in _letter_words(rest) if len(w) >= 3 and w not in _SMALL]
    content = [w for w in words if w not in _KIND]
    if not content:
        return True
    if {"meeting", "meetings"} & set(_letter_words(title)):
        return False  # 'Business Meeting', 'General Meeting': an occasion names the meeting
    labels = _LABEL_WORDS | vocab.section_words | {w for p in vocab.marking_phrases for w in _letter_words(p)}
    return all(w in labels for w in content)


# a heading ending on a connective that wants the next words: 'ORDINARY MEETING OF', 'PROCEEDINGS OF THE MEETING
# OF THE', 'Elmley Health and', 'Board for', 'Elmley Children &', 'Elmley Board -'
_DANGLING = re.compile(r"(?i)(?:\s(?:of(?:\s+the)?|and|for|the|to|in|on|at|with|between)|\s*[&–—-]|,)\s*$")
_CONTINUES = re.compile(r"^(?:the\s+|THE\s+|The\s+)?[A-Z][\w’'&.-]*(?:\s+(?:[A-Z][\w’'&.()-]*|of|and|for|the|in|on|&|OF|AND|FOR|THE|IN|ON))*$")


def join_dangling(head: Header, text: str, vocab: Vocabulary) -> None:
    """A title cut at its line's end on a connective: joined to the next line when that line continues it
    (capitalised words, no label, number, date or person's name), else dropped; a name ending on a dash or comma
    keeps the name. A title whose line goes on after it ('Elmley
    Board for' then a date on the same line) is left as it is."""
    if not head.title or _DANGLING.search(head.title) is None or "title" not in head.spans:
        return
    start, end = head.spans["title"]
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[end:line_end].strip(" *_#.,:;"):
        return  # the line goes on after the title: not cut at a line end
    following = _next_line(text, line_end)
    if following is not None:
        at, nxt = following
        word = nxt.strip("*_# ")
        line = Line(0, at, at + len(nxt), word)
        if word and len(word) <= 100 and _CONTINUES.match(word) and match_label(line) is None \
                and not numbered(line) and not find_dates(word) and not word.endswith(":") \
                and not names_nothing_at_all(word, vocab) and not looks_like_person(word, vocab):
            joined = head.title.rstrip(" ,") + " " + word
            head.title, head.spans["title"] = joined, (start, at + nxt.find(word) + len(word))
            return
    if (mark := _SET_OFF.search(head.title)) is not None and mark.start() > 0 \
            and not names_nothing_at_all(head.title[:mark.start()], vocab):
        head.title = head.title[:mark.start()]  # 'Elmley Board –' over 'Minutes': the name, its separator dropped
        head.spans["title"] = (start, start + len(head.title))
        return
    head.title, head.body = None, None
    head.spans.pop("title", None)


_SET_OFF = re.compile(r"\s*[,–—-]\s*$")


def _next_line(text: str, line_end: int) -> tuple[int, str] | None:
    """The next non-blank line after the one ending at line_end: its start offset and its text (less edge space)."""
    pos = line_end + 1
    while pos < len(text):
        nl = text.find("\n", pos)
        nl = len(text) if nl < 0 else nl
        raw = text[pos:nl]
        if raw.strip():
            return pos + len(raw) - len(raw.lstrip()), raw.strip()
        pos = nl + 1
    return None


# words that say which kind of council or body, never whose: 'COUNTY COUNCIL', 'Parish Council', 'Town Council'
_KIND_OF_BODY = frozenset({"county", "borough", "district", "city", "parish", "town", "village", "community",
                           "metropolitan", "unitary", "regional"})


def bare_body(title: str, vocab: Vocabulary) -> bool:
    """Is a title body words with no name ('COUNTY COUNCIL', 'COUNCIL', 'Trust Board'): every word a body's head
    word, a kind-of-council word or a small word?"""
    words = _letter_words(title)
    return bool(words) and all(w in vocab.body_heads or w in _KIND_OF_BODY or w in _SMALL for w in words)


def join_broken_name(head: Header, text: str, vocab: Vocabulary) -> None:
    """A bare body title ('COUNCIL') on the line right under a heading in the same case that runs into it
    ('ORDINARY MEETING OF ELMLEY PARISH' / 'COUNCIL'): one name broken over two lines, joined. A line above that
    ends in a body word is a heading of its own ('ELMLEY COUNCIL' / 'CABINET') and is left."""
    if not head.title or "title" not in head.spans or not bare_body(head.title, vocab):
        return
    start, end = head.spans["title"]
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(" *_#") or line_start == 0:
        return  # the title does not open its line, or no line is above it
    prev_start = text.rfind("\n", 0, line_start - 1) + 1
    above = text[prev_start:line_start - 1].strip()
    word = above.strip("*_# ")
    if not word or len(word) > 100 or word.isupper() != head.title.isupper() or word.endswith((":", ".", ";")):
        return
    line = Line(0, prev_start, line_start - 1, word)
    last = _letter_words(word)[-1:] or [""]
    if match_label(line) is not None or numbered(line) or find_dates(word) or last[0] in vocab.body_heads \
            or names_nothing_at_all(word, vocab) or _CONTINUES.match(word) is None:
        return
    at = prev_start + text[prev_start:line_start].find(word)
    head.title, head.spans["title"] = f"{word} {head.title}", (at, end)
    head.body = None


_JOINED = re.compile(r"\s+/\s+")


def part_of_joined(title: str, text: str, span: tuple[int, int] | None, vocab: Vocabulary) -> tuple[int, int] | None:
    """Two bodies joined by ' / ' ('Elmley Council / Elmley Planning Committee'): the meeting's own body is one
    of them. The part the paper names again outside the title (start and end within the title), () when neither
    or both are named again (no title: a wrong one costs more than none); None when the title is no such pair."""
    parts = _JOINED.split(title)
    if len(parts) != 2 or not all(re.search(r"[A-Za-z]{3}", p) for p in parts):
        return None
    if not all(set(_letter_words(p)) & (vocab.body_heads | vocab.sub_body_heads | vocab.org_words)
               or re.search(r"\b[A-Z]{2,}\b", p) and not p.isupper() for p in parts):
        return None
    rest = text if span is None else text[:span[0]] + "\n" + text[span[1]:]
    rest = re.sub(r"\s+", " ", rest).lower()
    again = [p for p in parts if re.sub(r"\s+", " ", p.strip()).lower() in rest]
    if len(again) != 1:
        return ()
    at = title.find(again[0])
    return at, at + len(again[0])


def people_listed(title: str, vocab: Vocabulary) -> bool:
    """A run of two or more people's names between commas ('Ada Brook, Ben Cole, Cara Dunn'): who came, not
    who met."""
    parts = [p.strip(" .;") for p in re.split(r",|\s+and\s+|\s*&\s*", title) if p.strip(" .;")]
    return len(parts) >= 2 and all(looks_like_person(p, vocab) for p in parts)


def unconfident(title: str, span: tuple[int, int] | None, text: str) -> bool:
    """An unlabelled heading naming no body, group or paper (round 34's 'unnamed') that neither says 'meeting' nor
    stands on the line with a date ('Safer Elmley Together - Thursday 4 March 2031' is the meeting's heading):
    not confident enough to be any paper's title, whatever its kind."""
    if re.search(r"(?i)\b(?:meeting|agm)\b", title):
        return False
    if span is None:
        return True
    line_start = text.rfind("\n", 0, span[0]) + 1
    line_end = text.find("\n", span[1])
    return not find_dates(text[line_start:len(text) if line_end < 0 else line_end])


# 'At a meeting of the Planning Committee held on', 'MINUTES of the Licensing Sub-Committee': a body that met, named
# inside a line of the opening (capitalised words ending in a body's head word)
_MET_BODY = re.compile(r"(?i:\b(?:meeting|minutes|notes)\s+of\s+(?:the\s+)?)(?P<body>[A-Z][\w&’'-]*"
                       r"(?:\s+(?:[A-Z][\w&’'-]*|and|of|for|&)){0,8})")


def body_below(title: str, span: tuple[int, int] | None, lines: list[Line], vocab: Vocabulary,
               reach: int = 20) -> tuple[str, tuple[int, int]] | None:
    """A bare body title ('COUNTY COUNCIL', a letterhead) when an opening line below it names a body with a name
    of its own ('Planning and Regulation Committee', 'At a meeting of the Planning Committee held on ...'): that
    body and its span, the first found; None when the title has a name or no line below names one."""
    if not bare_body(title, vocab) or span is None:
        return None
    below = [line for line in lines if not line.blank and line.start >= span[1]][:reach]
    for line in below:
        if numbered(line):
            return None
        text = line.text.strip("*_# ")
        found = [m.group("body") for m in _MET_BODY.finditer(text)]
        if (heading := _heading(text, vocab)) is not None:
            found.insert(0, heading)
        for body in found:
            words = _letter_words(body)
            while words and words[-1] not in vocab.body_heads:
                words.pop()  # 'Planning Committee held' -> up to the body's head word
            if len(words) < 2 or bare_body(body, vocab):
                continue
            cut = _cut_to_head(body, len(words))
            if bare_body(cut, vocab) or cut.lower() == title.lower():
                continue
            at = line.start + line.text.find(cut)
            return cut, (at, at + len(cut))
    return None


def _cut_to_head(body: str, n_words: int) -> str:
    """The first n_words letter words of body, as written."""
    ends = [m.end() for m in re.finditer(r"[A-Za-z]+", body)]
    return body[:ends[n_words - 1]] if len(ends) >= n_words else body
