"""The title the minutes' own heading gives (round 66).

On boards never seen most missed titles were printed in the minutes' own heading and the rules returned none or the
wrong line: a 'Minutes of ... meeting of X' heading wrapped over two lines, a 'Report of the X Meeting' frame, a
page-title line shorter than the body the minutes heading names, a flattened header 'X MEETING Date : ... Venue :',
a page title 'Thursday 9 May - X meeting minutes', a sharing site's page title in segments, a bare 'Board Meeting'
under the body's name. Each reader here works by general shape and the vocabulary's
body words only, and acts where the other readers chose nothing or a shorter part of the same name.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.parse.dates import find_dates
from ingest.parse.lines import Line, numbered
from ingest.parse.title_gate import bare_body
from ingest.parse.vocab import Vocabulary

if TYPE_CHECKING:
    from ingest.parse.header import Header

_WORD = r"[A-Z][\w’'&-]*"
_SMALL = r"(?:of|and|for|the|&|OF|AND|FOR|THE)"


def _letters(text: str) -> list[str]:
    return [w.lower().strip("’'") for w in re.findall(r"[\w’'-]+", text)]


def _ends_in_body(text: str, vocab: Vocabulary) -> bool:
    words = _letters(text)
    return bool(words) and words[-1] in vocab.body_heads


def generic_body(text: str, vocab: Vocabulary) -> bool:
    """Is a name only body words with no name of its own ('Partnership', 'Steering Group', 'Board')? Such a name
    keeps the 'Meeting' after it ('Steering Group Meeting', as the golds write it) when 'meeting minutes' is cut."""
    words = _letters(text)
    return bool(words) and all(w in vocab.body_heads or w in vocab.sub_body_heads or bare_body(w, vocab) for w in words)


def named_above(head: Header, lines: list[Line], vocab: Vocabulary) -> tuple[str, tuple[int, int]] | None:
    """A title of body words only, 'Meeting' aside ('Board Meeting', 'Board'), under a heading line that ends in the
    same body word and has a name of its own ('ELMLEY SAFEGUARDING CHILDREN BOARD'): that heading, the body that
    met. Guard: the line right above (blank lines aside), two to ten capitalised words, no date, no colon."""
    if not head.title or "title" not in head.spans:
        return None
    core = _PAPER_TAIL.sub("", head.title)
    if not generic_body(core, vocab):
        return None  # 'Board Meeting', or 'Board' from 'Minutes of the meeting of the Board held on ...'
    above = [ln for ln in lines if not ln.blank and ln.end <= head.spans["title"][0]]
    if not above:
        return None
    text = above[-1].text.strip("*_# ")
    if not re.fullmatch(rf"{_WORD}(?:\s+(?:{_WORD}|{_SMALL})){{1,9}}", text) or find_dates(text) \
            or generic_body(text, vocab) or _letters(text)[-1] != _letters(core)[-1]:
        return None
    at = above[-1].start + above[-1].text.find(text)
    return text, (at, at + len(text))


# a minutes heading's frame up to the body's name: 'MINUTES OF ADJOURNED JANUARY MEETING OF', 'Minutes of the'
_MINUTES_FRAME = re.compile(r"(?i)^(?:(?:draft|approved|confirmed|unconfirmed|agreed)\s+)?(?:minutes|notes|report)\s+of\s+"
                            r"(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,4}?meeting\s+of\s+(?:the\s+)?")


def join_wrapped(head: Header, text: str, vocab: Vocabulary) -> None:
    """A minutes heading wrapped over two lines ('MINUTES OF ADJOURNED JANUARY MEETING OF ELMLEY' / 'COUNTY
    COUNCIL, HELD IN ...'): the title ends its line without a body word and the next line opens, in the same case,
    with capitalised words ending in a body word and then a comma, 'held', 'on' or nothing; joined before the frame
    is cut. Guard: only a line that is itself a minutes frame, and only the words up to the body word."""
    if not head.title or "title" not in head.spans or _ends_in_body(head.title, vocab):
        return
    start, end = head.spans["title"]
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[end:line_end].strip(" *_#") or _MINUTES_FRAME.match(text[line_start:line_end].strip(" *_#")) is None:
        return
    nxt = re.match(r"\s*\n[ \t]*", text[line_end:])
    if nxt is None:
        return  # the next line is not right under it (a blank line sets it apart)
    at = line_end + nxt.end()
    cont = re.match(rf"(?P<name>{_WORD}(?:\s+(?:{_WORD}|{_SMALL})){{0,5}}?)(?=\s*,|\s+(?i:held|on)\b|\s*$)",
                    text[at:text.find("\n", at) if "\n" in text[at:] else len(text)])
    if cont is None or not _ends_in_body(cont.group("name"), vocab):
        return
    name = cont.group("name")
    if name.isupper() != head.title.isupper() or find_dates(name):
        return
    head.title = f"{head.title.rstrip()} {name}"
    head.spans["title"] = (start, at + cont.end("name"))
    head.body = None


# 'Report of the Elmley Policing Committee Meeting held 10am on Friday ...', 'Agreed Report of Board of Management
# Meeting:': a report frame around a meeting's name, as 'Minutes of the' is; the name keeps its 'Meeting' as printed
_REPORT_OF = re.compile(r"(?i)^(?:(?:agreed|draft|approved|confirmed|unconfirmed)\s+)?report\s+of\s+(?:the\s+)?"
                        r"(?P<name>(?-i:[A-Z])[^.;:()]{2,100}?\bmeeting)(?=\s*(?:[:,–—-]|\s+held\b|$))")


def report_name(title: str, vocab: Vocabulary) -> tuple[int, int] | None:
    """Where the meeting's name stands in a 'Report of the X Meeting' title (start, end), when X holds a body
    word ('Board of Management'); None for any other title ('Report of the Chief Executive' names no meeting)."""
    m = _REPORT_OF.match(title.strip())
    if m is None or not set(_letters(m.group("name"))) & vocab.body_heads:
        return None
    at = title.find(m.group("name"))
    return at, at + len(m.group("name"))


def report_heading(lines: list[Line], vocab: Vocabulary, reach: int = 8) -> tuple[str, tuple[int, int]] | None:
    """No title chosen: the first opening line (before any numbered item) that opens with a 'Report of the X
    Meeting' frame, the line run on after it ('held 10am on Friday ...'): the meeting's name and its span."""
    for line in [ln for ln in lines if not ln.blank][:reach]:
        if numbered(line):
            return None
        stripped = line.text.strip("*_# ")
        if (cut := report_name(stripped, vocab)) is not None:
            at = line.start + line.text.find(stripped) + cut[0]
            return stripped[cut[0]:cut[1]], (at, at + cut[1] - cut[0])
    return None


# 'Minutes of meeting of County Elmley Joint Policing Committee held on ...': the body a minutes frame names
_FRAMED_BODY = re.compile(r"(?i)\b(?:minutes|notes|report)\s+of\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?meeting\s+of\s+"
                          r"(?:the\s+)?(?P<body>(?-i:[A-Z])[^.;:()\n]{2,100}?),?\s+(?:held|on)\b")
_PAPER_TAIL = re.compile(r"(?i)(?:\s*[:–—-])?\s+(?:meeting\s+)?(?:minutes|notes|meeting)\s*$")


def fuller_body(head: Header, lines: list[Line], vocab: Vocabulary, reach: int = 12) -> tuple[str, tuple[int, int]] | None:
    """A title that is a shorter part of the body a minutes frame below it names ('Joint Policing Committee
    Minutes', a page title, over 'Minutes of meeting of County Elmley Joint Policing Committee held on ...'): that
    body and its span; or a heading line below naming the paper ('Working Group Minutes' over 'Elmley Town Centre
    Working Group - minutes'). Guard: the title less its paper words must be the end of the framed body, word for word,
    and the body must end in a body word; a different body below is left alone."""
    if not head.title or "title" not in head.spans:
        return None
    title = head.title
    for d in reversed(find_dates(title)):
        title = title[:d.start] + title[d.end:]
    core = _letters(_PAPER_TAIL.sub("", title.strip(" ,–—-")))
    if not core:
        return None
    start = head.spans["title"][0]
    own = next((ln for ln in lines if ln.start <= start < ln.end), None)
    if own is None or ":" in own.text[:start - own.start]:
        return None  # 'Meeting: Joint Policing Committee': a labelled title is the paper's own word
    below = [ln for ln in lines if not ln.blank and ln.start >= head.spans["title"][1]][:reach]
    for line in below:
        if numbered(line):
            return None
        found = [(m.start("body"), m.group("body").strip(), line.text[:m.start()]) for m in _FRAMED_BODY.finditer(line.text)]
        stripped = line.text.strip("*_# ")
        name = _PAPER_TAIL.sub("", stripped)
        if name != stripped and re.fullmatch(rf"{_WORD}(?:\s+(?:{_WORD}|{_SMALL})){{1,11}}", name):
            found.append((line.text.find(name), name, ""))  # 'Elmley Town Centre Working Group - minutes'
        for at, body, before in found:
            words = _letters(body)
            if len(words) > len(core) and words[-len(core):] == core and _ends_in_body(body, vocab) \
                    and not find_dates(body) and not re.search(r"(?i)\b(?:previous|last)\b", before):
                return body, (line.start + at, line.start + at + len(body))
    return None


# a flattened header: 'ELMLEY RESIDENTS ASSOCIATION (ERA) EXECUTIVE COMMITTEE MEETING Date : 22 nd May 2031; Venue :'
_INLINE_LABEL = re.compile(r"\s+(?:date|venue|time|location|place)\s*:", re.I)


def before_inline_label(lines: list[Line], vocab: Vocabulary, reach: int = 6) -> tuple[str, tuple[int, int]] | None:
    """No title chosen: an opening line whose heading runs on into a 'Date :' or 'Venue :' label, when the text
    before the label is capitalised words (a bracketed acronym allowed) ending in a body word or 'Meeting': that
    text. Guard: no sentence, no date, two to fifteen words, before any numbered item."""
    for line in [ln for ln in lines if not ln.blank][:reach]:
        if numbered(line):
            return None
        m = _INLINE_LABEL.search(line.text)
        if m is None:
            continue
        name = line.text[:m.start()].strip("*_#;,–—- \t")
        words = name.split()
        if not 2 <= len(words) <= 15 or find_dates(name) or not re.fullmatch(
                rf"(?:{_WORD}|\([A-Z]{{2,8}}\)|{_SMALL})(?:\s+(?:{_WORD}|\([A-Z]{{2,8}}\)|{_SMALL}))*", name):
            continue
        last = _letters(name)[-1]
        if last in vocab.body_heads or last == "meeting" and any(w in vocab.body_heads for w in _letters(name)):
            at = line.start + line.text.find(name)
            return name, (at, at + len(name))
    return None


# a sharing site's page title with the meeting's date first: 'Thursday 9 May - Elmley Town Board meeting minutes'
_DATED_PAGE = re.compile(r"^(?P<date>.{3,40}?)\s+[-–—|:]\s+(?P<name>[A-Z][^:;|]{2,100}?)\s+(?i:meeting\s+)?(?i:minutes|notes)\s*$")


def dated_page_title(lines: list[Line], vocab: Vocabulary, reach: int = 6) -> tuple[str, tuple[int, int]] | None:
    """No title chosen: an opening line 'DATE - X [meeting] minutes' whose first part is a date alone and whose
    name ends in a body word: the name. Guard: the part before the dash must be only a date (a weekday allowed)."""
    for line in [ln for ln in lines if not ln.blank][:reach]:
        text = line.text.strip("*_# ")
        m = _DATED_PAGE.match(text)
        if m is None or not _ends_in_body(m.group("name"), vocab):
            continue
        lead = m.group("date")
        dates = find_dates(lead)
        rest = lead
        for d in reversed(dates):
            rest = rest[:d.start] + rest[d.end:]
        rest = re.sub(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|[\s,.]+", "", rest)
        if not dates or rest:
            continue
        at = line.start + line.text.find(text) + m.start("name")
        return m.group("name"), (at, at + len(m.group("name")))
    return None


# a sharing site's page title in segments: 'Elmley Board - Minutes - 4 March 2031 - Elmley Council', 'Minutes of
# Elmley Board meeting 4 March 2031 | Docslib', 'Elmley Board Minutes 4 March 2031 - PDF Free Download'
_SEGMENT = re.compile(r"\s+[|–—-]\s+|\s*\|\s*")
_FILE_WORDS = frozenset({"minutes", "notes", "agenda", "meeting", "draft", "approved", "confirmed", "unconfirmed",
                         "pdf", "doc", "docx", "document", "free", "download", "file", "online", "read"})


def _date_only(part: str) -> bool:
    rest = part
    for d in reversed(find_dates(part)):
        rest = rest[:d.start] + rest[d.end:]
    return any(d.day for d in find_dates(part)) and not re.sub(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|[\W\d_]+", "", rest)


def page_title_end(title: str, vocab: Vocabulary) -> int | None:
    """Where the meeting's name ends in a page title of segments: before the first segment (after the first) that
    is only the paper's kind or file words ('Minutes', 'PDF Free Download'), only a day's date (a month alone is
    kept: 'X minutes - April 2031', as the golds keep it), or, after a '|', a short
    site name naming no body or meeting ('Docslib'); None when the part before names no body (its last word a
    body word, or an acronym) or no such segment follows."""
    seps = list(_SEGMENT.finditer(title))
    for k, sep in enumerate(seps):
        nxt = title[sep.end():seps[k + 1].start() if k + 1 < len(seps) else len(title)].strip(" []()")
        words = _letters(nxt)
        site = "|" in sep.group() and k == len(seps) - 1 and 1 <= len(words) <= 3 \
            and not set(words) & (vocab.body_heads | {"meeting", "minutes"})
        if not (words and set(words) <= _FILE_WORDS or _date_only(nxt) or site):
            continue
        before = title[:sep.start()]
        if before.strip() and (set(_letters(before)) & vocab.body_heads or re.search(r"\b[A-Z]{2,}\b", before)):
            dates = find_dates(before)
            if dates and dates[-1].day and not before[dates[-1].end:].strip(" ,.") and before[:dates[-1].start].strip(" ,–—-"):
                return len(before[:dates[-1].start].rstrip(" ,–—-"))  # '... Minutes 4 March 2031': its date too
            return sep.start()
        return None
    return None
