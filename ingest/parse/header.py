"""The header of a paper: title, body, date, time, location, chair and kind.

Labelled headers ('Meeting Title:', 'Date:', 'Chaired by:') are read label by
label, the value on the same line or the next one. Unlabelled papers take their
title from the first lines: 'ELMLEY CHILD PROTECTION COMMITTEE – 6 October 2004'
gives the body and the date, a following heading line gives the title, and a
lone kind word ('Update') is appended to the body. What a sharing site or web
page put above the paper (parse/furniture.py: its page title, uploader line,
'advertisement') and the paper's own markings ('DRAFT') are skipped first.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from itertools import pairwise

from ingest.model import PersonEntry
from ingest.parse.dates import FoundDate, find_dates
from ingest.parse.furniture import (
    is_furniture,
    is_image_label,
    is_marking,
    is_metadata_label,
    is_page_ref,
    is_venue,
    is_section,
    page_title,
)
from ingest.parse.future import later_meeting_date
from ingest.parse.heading_runon import heading_before_date, moved_meeting_date, pack_date, pack_heading, site_title_inside
from ingest.parse.heading_fallback import heading_title
from ingest.parse.labels import LABELS, Label, match_label
from ingest.parse.lines import Line, bar_cells, columns, is_table_row, numbered, strip_bullet, sub
from ingest.names import POSTNOMINALS
from ingest.parse.people import PERSONAL_TITLE, looks_like_person, parse_entry
from ingest.parse.vocab import Vocabulary

_KIND_WORDS = {
    "update": "update", "newsletter": "update", "briefing": "update", "bulletin": "update",
    "minutes": "minutes", "notes": "minutes", "action log": "minutes",
    "meeting notes": "minutes", "meeting minutes": "minutes", "notes of meeting": "minutes", "minute": "minutes",
    "minute of meeting": "minutes", "agenda": "agenda",
}
_TIME = re.compile(
    r"\b\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|noon)?\s*(?:[-–—]|to)\s*\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.m\.|am\b|pm\b|noon\b)"
    r"|\b\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.m\.|am\b|pm\b)", re.I)
_TITLE_TAIL = re.compile(r"\s*\b(?:meeting|minutes|notes|update|agenda)\s*$", re.I)
_TITLE_HEAD = re.compile(r"^(?:minutes|notes)\s+of\s+(?:the\s+)?(?:meeting\s+of\s+(?:the\s+)?)?", re.I)


@dataclass
class Header:
    title: str | None = None
    body: str | None = None
    date: FoundDate | None = None
    month: FoundDate | None = None  # minutes that give only the month of the meeting (no day: no date)
    date_line: Line | None = None
    time: str | None = None
    location: str | None = None
    chair: PersonEntry | None = None
    chair_note: str | None = None
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    labelled: bool = False
    issuer: str | None = None  # the first heading line: the body that issued the paper
    issuer_span: tuple[int, int] | None = None
    kind_hint: str | None = None
    end: int = 0  # offset where the last labelled header value ends
    item_page: bool = False  # a web page holding one agenda item: its heading is the item's, not the paper's
    unnamed: bool = False  # the title is an unlabelled heading line naming no body, group or paper (round 34)
    warnings: list[str] = field(default_factory=list)  # what the header could not read with confidence


def _value_after(label: Label, lines: list[Line], i: int) -> tuple[Line | None, int]:
    """The label's value: on its own line, or the next non-blank line that is not another label."""
    if label.value is not None:
        return label.value, i
    for j in range(i + 1, min(i + 4, len(lines))):
        if lines[j].blank:
            continue
        if match_label(lines[j]) is not None:
            return None, i
        return lines[j], j
    return None, i


_KEYS = {name: re.compile(rf"(?i)(?:{LABELS[name][0]})") for name in ("title", "date", "time", "location")}


def _key_of(text: str) -> str | None:
    """The header field a cell names when it is a key alone ('Meeting', 'Date', 'Venue')."""
    return next((name for name, rx in _KEYS.items() if rx.fullmatch(text.strip(" *_"))), None)


def _bordered_cells(line: Line) -> list[Line]:
    """The filled cells of a '|'-bordered row whose cells have no space after the bar ('|MEETING TITLE: |Elmley
    Board |MEETING DATE: |Monday |'), each key's closing colon dropped; [] for any other line (round 23)."""
    keys = [sub(c, 0, len(c.text) - 1) if c.text.endswith(":") else c for c in bar_cells(line)]
    return [c for c in keys if c.text]


def _date_in_next_row(line: Line, lines: list[Line], i: int) -> tuple[Line, FoundDate] | None:
    """A bordered key row whose date key's cell holds no date ('|MEETING DATE: |Monday |'): the date wrapped into
    the next bordered row, every other cell of it empty ('| | | |31 March 2014 |')."""
    cells = _bordered_cells(line)
    if not any(_key_of(c.text) == "date" for c in cells):
        return None
    j = next((k for k in range(i + 1, min(i + 3, len(lines))) if not lines[k].blank), None)
    below = _bordered_cells(lines[j]) if j is not None else []
    if len(below) != 1:
        return None
    dates = [d for d in find_dates(below[0].text) if d.precision == "day" and d.year is not None]
    return (below[0], dates[0]) if dates else None


def _keyed_row(line: Line, vocab: Vocabulary) -> list[tuple[str, Line]]:
    """A key/value header row with no colons, its cells set apart by tabs or wide spacing: 'Meeting   ELMLEY
    BOARD   Venue   Room 2' -> title and location, 'Date   TUESDAY 9TH JUNE 2031   Start Time 9.00AM' -> date.
    Each value stops at the next key; a row that does not open with a key and a value is none."""
    cells = _bordered_cells(line) or columns(line)
    if len(cells) < 2 or _key_of(cells[0].text) is None or _key_of(cells[1].text) is not None:
        return []
    pairs: list[tuple[str, Line]] = []
    k = 0
    while k + 1 < len(cells):
        name = _key_of(cells[k].text)
        if name is None or _key_of(cells[k + 1].text) is not None:
            k += 1
            continue
        if _fits_key(name, cells[k + 1].text, vocab):
            pairs.append((name, cells[k + 1]))
        k += 2
    return pairs


def _fits_key(name: str, value: str, vocab: Vocabulary) -> bool:
    """Does a cell read as the key's value? A table's column headings ('Time   Item   Lead') do not: a date
    holds a date, a time a time, a meeting names a body."""
    if name == "date":
        return bool(find_dates(value))
    if name == "time":
        return _TIME.search(value) is not None
    if name == "title":
        return bool({w.lower().strip("’'s") for w in value.split()} & (vocab.body_heads | vocab.group_words))
    return re.search(r"[A-Za-z]{2}", value) is not None


# a meeting's name run on into the next key of a flattened key/value table: 'NTSCB Board Meeting Date and 15 May
# 2017 time: 13:00' (the key cell 'Date and time:' wrapped round its value) or '... Venue: Room 2'
_RUN_ON_KEY = re.compile(r"\s+(?=(?-i:Date)\s+(?:and|&)\s+[^:]{1,40}?\btime\s*:|(?-i:Date|Time|Venue|Location|Place)\s*:)")


def _before_next_key(value: Line) -> Line:
    """A label's value less a further key/value cell run on after wide spacing ('ELMLEY BOARD     Venue  Room 2')."""
    cells = columns(value)
    for cell in cells[1:]:
        if _key_of(cell.text) is not None:
            return sub(value, 0, cell.start - value.start)
    return value


_DEBRIS = re.compile(r"^(?:st|nd|rd|th)(?=[A-Z][a-z]+(?:\s+[a-z]+)*\s*:)")  # 'thDate: 25 July 2007'
_DANGLING = re.compile(r"^(?:the\s+)?(?:minutes?|notes)\s+(?:of|from)(?:\s+(?:the|a))?\s*:?$", re.I)
_ITEM_PAGE = re.compile(r"^agenda\s+item$", re.I)


def _debris_free(line: Line) -> Line:
    """A line less an ordinal suffix a superscript left glued to its label ('thDate:' -> 'Date:')."""
    m = _DEBRIS.match(line.text)
    return sub(line, m.end()) if m else line


def names_meeting(text: str, vocab: Vocabulary) -> bool:
    """Does a heading name a body's meeting ('Elmley LSCB Meeting Minutes', '19th Meeting of the X Board')?"""
    if len(text) > 160 or is_table_row(Line(0, 0, len(text), text)) or _cellish(text):
        return False
    words = {w.lower() for w in re.findall(r"[\w-]+", text)}
    return bool(words & {"meeting", "minutes", "notes"}) and bool(words & (vocab.body_heads or vocab.group_words))


_GENERIC_WORDS = {"minutes", "minute", "notes", "meeting", "of", "the", "a", "from", "held", "on", "at", "and"}


def _names_a_body(text: str, vocab: Vocabulary) -> bool:
    """Does a meeting line name which body met ('Minutes of the Elmley Board Meeting'), not only a kind of body
    ('Minutes of the Board Meeting – 29th November 2018')?"""
    for d in reversed(find_dates(text)):
        text = text[:d.start] + " " + text[d.end:]
    words = {w.lower() for w in re.findall(r"[A-Za-z][\w’'-]*", text)}
    return bool(words - _GENERIC_WORDS - vocab.body_heads)


# the record's opening words under the page's heading, a sentence even without its full stop: 'Minutes from the
# meeting of the Elmley Board on 18 December 2031', 'The Elmley Board’s meeting of 8 May 2031'
_OPENING_PHRASE = re.compile(r"^(?:Minutes\s+from\s+the\b|The\s+(?:[A-Z][\w&-]*\s+){0,8}?[\w&-]+['’]s\s+meeting\s+of\b)")
_ITEMS_TABLE = re.compile(r"(?i)^(?:item\s+)?no\.?\s+item(?:\s+title)?$")


def read_header(lines: list[Line], text: str, vocab: Vocabulary) -> Header:
    head = Header()
    i = 0
    top: list[Line] = []  # unlabelled lines before the first label or numbered item
    seen_label = False
    site_title = page_title(lines, vocab, lambda t: names_meeting(t, vocab) and not _sentence(t) and _names_a_body(t, vocab)
                            and not _OPENING_PHRASE.match(t.strip()) and not re.search(r"\w[!?]$", t.rstrip()))
    if site_title is not None and _date_alone(lines[site_title].text.strip("*_ ")) \
            and any(d.day and d.year and d.weekday is not None for d in find_dates(lines[site_title].text)):
        site_title = None  # 'Wednesday 12 March 2031' (weekday, day, month, year) over the heading: the meeting's date, no page title (round 30)
    copy = _bare_copy(lines, site_title, vocab)
    while i < len(lines) and i < 80:
        line = lines[i]
        if line.blank:
            i += 1
            continue
        if i in (site_title, copy) or (not seen_label and is_furniture(line.text, vocab)):
            # the page's opening: nothing above it but the site's error or notice sentences, no heading
            _furniture_hint(head, line.text, opening=head.date is None and not any(_heading_ok(t) for t in top))
            i += 1
            continue
        if not seen_label and is_metadata_label(line.text, vocab):
            value = _next_filled(lines, i)
            i = value + 1 if value is not None and len(lines[value].text) <= 80 else i + 1
            continue  # 'Published' / '28 October 2025': the page's metadata, not the paper's title or date
        if head.date is None and (dated := _lone_date_label(lines, i)) is not None:
            seen_label = True  # 'Date of meeting' / '29 April 2025': the label alone, the date below it
            _take_date(head, *dated)
            head.end = max(head.end, dated[0].end)
            i = dated[0].index + 1
            continue
        if not seen_label and is_image_label(line.text):
            i += 1
            continue
        if not seen_label and is_marking(line.text, vocab):
            if re.search(r"(?i)\bminutes\b", line.text):
                head.kind_hint = head.kind_hint or "minutes"  # 'Draft minutes'
            i += 1
            continue
        line = _debris_free(line)
        if not seen_label and _DANGLING.match(line.text.strip("*_ ")):
            head.kind_hint = head.kind_hint or "minutes"  # 'Minutes of the' over the heading it belongs to
            i += 1
            continue
        if head.title is None and (inline := _inline_title(line)) is not None:
            head.labelled = True  # 'Minutes of the X Meeting MEETING: X Board Date of ...': a key/value table run on
            _set_labelled(head, "title", inline, vocab)
        label = match_label(line, ("title", "date", "time", "location", "chair", "attendees", "apologies", "body_start"))
        if label is None and head.chair is None and _chair_line(head, line, vocab):
            seen_label = True
            i += 1
            continue
        if head.chair is None and (below := _chair_over_name(head, lines, i, vocab)) is not None:
            seen_label = True  # 'Chair Person' / 'Ada Brook (AB)': the label alone, the chair's name below (round 30)
            i = below + 1
            continue
        if label is not None and label.name == "body_start":
            if label.line.text.lower().startswith(("minutes", "notes", "action log")):
                head.kind_hint = "minutes"
            label = None
        if label is None and (keyed := _keyed_row(line, vocab)):
            seen_label = head.labelled = True  # 'Meeting   ELMLEY BOARD   Venue   Room 2': keys with no colon
            for name, value in keyed:
                _set_labelled(head, name, value, vocab)
                head.end = max(head.end, value.end)
            if head.date is None and (below := _date_in_next_row(line, lines, i)) is not None:
                _take_date(head, *below)  # '|MEETING DATE: |Monday |' over '| | |31 March 2014 |' (round 23)
                head.end = max(head.end, below[0].end)
            i += 1
            continue
        if label is not None and label.value is not None:
            label = replace(label, value=_before_next_key(label.value))
        if label is None:
            if is_page_ref(line.text):  # 'Item 10.5' pushed right in the page header: the paper's place in a pack
                i += 1
                continue
            if numbered(line) and not _TIME.match(line.text):  # "1.45pm to 4.45pm" is no item 1
                break
            if _ITEMS_TABLE.match(line.text.strip()):
                break  # a council page's 'No. Item' over its list of items: the headings below are the items'

            if not seen_label and len(top) < 6 and not is_page_ref(line.text) and not _page_rule(line):
                top.append(line)
            i += 1
            continue
        if not seen_label and label.name == "location" and label.value is not None and not head.labelled \
                and top and all(_sentence(t.text) and not find_dates(t.text) for t in top):
            _set_labelled(head, "location", label.value, vocab)  # a council page's 'Venue:' line above the
            i += 1  # body's name and date (only publication boilerplate before it): the venue, the heading to come
            continue
        if not seen_label and label.name == "chair" and label.value is not None and head.chair is None \
                and any(_heading_ok(t) and not find_dates(t.text) for t in top):
            _set_labelled(head, "chair", label.value, vocab)  # 'Elmley Board' / 'Chairperson: Ada Brook' /
            if head.chair is not None:  # 'Minutes 12 December 2014': the chair's line between heading and date
                i += 1
                continue
        seen_label = True
        if label.name in ("attendees", "apologies"):
            i += 1
            continue
        value, j = _value_after(label, lines, i)
        if label.name == "title" and value is not None and (run_on := _RUN_ON_KEY.search(value.text)) is not None:
            rest, value = sub(value, run_on.end()), sub(value, 0, run_on.start())
            dated = [d for d in find_dates(rest.text) if d.precision == "day" and d.year is not None]
            if head.date is None and dated and dated[0].start <= 12:
                _take_date(head, rest, dated[0])  # 'Date and 15 May 2017 time:': the date key's value
        if label.name == "chair" and re.match(r"(?i)chaired\s+by\b", label.line.text.strip("*_ ")):
            head.kind_hint = head.kind_hint or "minutes"  # 'Chaired by' records a meeting that took place
        if value is not None:
            head.labelled = True
            _set_labelled(head, label.name, value, vocab)
            head.end = max(head.end, value.end)
        i = j + 1
    _read_top(head, top, vocab, site=lines[site_title].text if site_title is not None else None)
    _labelled_date_that_fits(head, lines)
    if head.date is None:
        _moved_date(head, lines[:i + 1])
    if head.date is None:
        _held_date(head, lines[:i + 1])
    _finish(head, text, vocab)
    if head.title is None and not head.item_page:
        _held_heading(head, lines[:i + 1], vocab)
    if head.title is None and not head.item_page and (found := heading_title(lines[:i + 1], vocab)) is not None \
            and not _stray_number(found[0]) and not _RECORD_VERB.search(found[0]):
        head.title, head.spans["title"] = found  # round 42: nothing chose a title; a body's heading line
        head.body = head.body or body_from_title(found[0], vocab)
    return head


# 'MINUTES OF THE ELMLEY BOARD MEETING HELD ON ...', 'Minutes of a Public meeting of the Elmley Trust Board held
# on ...', 'Summary of the Elmley Partnership Board Meeting held on ...': the heading names the body that met inside
# a frame ('Minutes of [the|a] [public|closed|...] meeting of the', '[Meeting] held on/in/at') wherever it stands
# in the opening lines, run on after a masthead or into the attendance list (round 28)
_FRAME_OPEN = r"\b(?:minutes|notes|summary|record)\s+(?:of|from)\s+(?:the\s+|an?\s+)?"
_OCCASION_WORDS = (r"public|ordinary|closed|private|special|extraordinary|annual|general|open|formal|joint|full|"
                   r"inaugural|quarterly|bi-?monthly|monthly|virtual|remote|scheduled")
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


def _held_heading(head: Header, lines: list[Line], vocab: Vocabulary, reach: int = 1500) -> None:
    """No title read: the body named by a 'Minutes of the ... held on' frame in the opening lines, if the name
    ends in a body's head word ('Board', 'Committee') and is no previous meeting's."""
    for line in lines:
        if line.start > reach:
            return
        text = line.text
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


# '... Minutes of a Public meeting of the Elmley Trust Board held on Wednesday 26 November 2031 at 11.00 am':
# the meeting's own date, written in the frame that records it, wherever the line stands (round 44)
_HELD_ON = re.compile(rf"(?i){_FRAME_OPEN}[^.;:()]{{0,120}}?\bmeeting\b[^.;:()]{{0,120}}?\bheld\s+(?:on\s+)?(?:the\s+)?$")


def _held_date(head: Header, opening: list[Line], reach: int = 1500) -> None:
    """No date read: the first full date written right after 'Minutes of ... meeting ... held (on)' in the opening
    lines, when the frame is not a previous meeting's being confirmed (a run-on first line or item holds the heading;
    a meeting named in prose, 'the Executive during its meeting held on ...', is another body's)."""
    for line in opening:
        if line.start > reach:
            return
        for d in find_dates(line.text):
            if d.precision != "day" or d.year is None or d.weekday_fits() is False:
                continue
            before = line.text[max(0, d.start - 260):d.start]
            if _HELD_ON.search(before) and not _PRIOR_RECORD.search(before) and _own_date(line, d):
                _take_date(head, line, d)
                return


def _moved_date(head: Header, opening: list[Line]) -> None:
    """No date read: a notice on the page's opening lines that moves this meeting to a date ('Note: ... this
    meeting has been postponed to Tuesday 5th July 2031 at 2.00 p.m.') gives it (round 19)."""
    for line in opening:
        if line.blank:
            continue
        if (d := moved_meeting_date(line, find_dates(line.text))) is not None:
            _take_date(head, line, d)
            return


def _bare_copy(lines: list[Line], site_title: int | None, vocab: Vocabulary) -> int | None:
    """The index of the sharing site's page title written again as the paper's first line, when it names no
    body, group or kind of paper ('Apologies Received Are Noted Above' twice: words the site took from the
    text, not the paper's heading, which the excerpt lacks); None otherwise ('Elmley Board Minutes' twice is
    the heading)."""
    if site_title is None or (nxt := _next_filled(lines, site_title)) is None:
        return None
    text = lines[nxt].text.strip("*_ ")
    if text != lines[site_title].text.strip("*_ "):
        return None
    return None if _names_body_or_paper(text, vocab) else nxt


def _names_body_or_paper(text: str, vocab: Vocabulary) -> bool:
    """Does a line hold a body, sub-body or group word, or 'meeting', 'minutes', 'notes', 'agenda'?"""
    words = {w.lower().strip("’'") for w in re.findall(r"[\w’'-]+", text)}
    named = vocab.body_heads | vocab.sub_body_heads | vocab.group_words | {"meeting", "minutes", "notes", "agenda"}
    return bool(words & named)


def _next_filled(lines: list[Line], i: int, reach: int = 3) -> int | None:
    """The index of the next non-blank line after `i`, within `reach` lines."""
    return next((j for j in range(i + 1, min(i + 1 + reach, len(lines))) if not lines[j].blank), None)


_LONE_DATE_LABEL = re.compile(r"(?i)^(?:date\s+of\s+(?:the\s+)?meeting|meeting\s+date)\s*:?$")


def _lone_date_label(lines: list[Line], i: int) -> tuple[Line, FoundDate] | None:
    """A 'Date of meeting' label alone on its line (a page's metadata bullet) over a line that holds only the
    date ('- Tuesday 29 April 2031'): the meeting's date, whatever other dates the page shows above it."""
    if not _LONE_DATE_LABEL.match(strip_bullet(lines[i]).text.strip("*_ ")):
        return None
    j = _next_filled(lines, i)
    if j is None:
        return None
    value = strip_bullet(lines[j])
    dates = find_dates(value.text)
    if not dates or dates[0].precision != "day":
        return None
    rest = value.text[:dates[0].start] + value.text[dates[0].end:]
    return (value, dates[0]) if not re.sub(r"(?i)\b[a-z]+day\b|[\W_]", "", rest) else None


_DATE_LABEL = re.compile(r"(?i)^date\b[\w ]{0,30}?(?::|\s/\s|\t|\s{2,}|\s(?=[A-Z][a-z]+day\b))")


def _labelled_date_that_fits(head: Header, lines: list[Line], limit: int = 120) -> None:
    """A heading date whose weekday does not fall on it ('Monday 7th December 2011') gives way to the same
    day and month in the meeting's own details further down ('Date and Time of meeting / Tuesday 7th
    December 2010') when that one's weekday fits: a heading copied from another year's paper, with the
    details table below it (an action sheet may come between them)."""
    d = head.date
    if d is None or d.weekday_fits() is not False:
        return
    for line in lines[:limit]:
        if line is head.date_line or not _DATE_LABEL.match(line.text):
            continue
        for cand in find_dates(line.text):
            if (cand.day, cand.month) == (d.day, d.month) and cand.year is not None and cand.weekday_fits():
                _take_date(head, line, cand)
                return


# the last word of a body's name (round 42: the general body words of vocabulary.yaml's body_heads too, 'Elmley
# Residents Association AGM')
_BODY_WORD = (r"(?:board|committee|panel|partnership|group|forum|executive|council|association|trust|commission|cabinet"
              r"|authority|assembly|taskforce|alliance|trustees|governors)")
# a body's name with the paper's kind after it ('Elmley Corporate Parenting Board Minutes', 'X Board: Minutes' (round
# 23), 'X Council Minutes of Meeting' (round 42)); not 'Meeting Minutes'
_BODY_THEN_PAPER = re.compile(rf"\b{_BODY_WORD}"
                              r"(?P<paper>\s*[:–—-]?\s+(?:minutes|notes|agenda)(?:\s+of\s+(?:the\s+)?meeting)?)$", re.I)

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
                          rf"(?:{'|'.join(sorted(w.upper() for w in POSTNOMINALS | {'mp', 'msp', 'mla', 'mep'}))})$")


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
    if head.title and (occasion := _BODY_THEN_OCCASION.search(head.title)) is not None:
        _cut_title(head, 0, occasion.start("paper"))
    if head.title and (paper_word := _BODY_THEN_PAPER.search(head.title)) is not None:
        if paper_word.group("paper").strip().lower() == "minutes":
            head.kind_hint = head.kind_hint or "minutes"  # the title no longer says so
        _cut_title(head, 0, paper_word.start("paper"))  # 'Elmley Parenting Board Minutes': the body's name
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
            and occasion_of.group("body").split()[-1].lower().strip("’'") in vocab.body_heads:
        # 'Annual General Meeting of the Elmley Forum': the body that met, not the occasion (round 28)
        _cut_title(head, occasion_of.start("body"), occasion_of.end("body"))
    if head.title and (frame := _FRAME_LEFT.match(head.title)) is not None \
            and head.title.split()[-1].lower().strip("’'") in vocab.body_heads:
        _cut_title(head, frame.end(), len(head.title))  # 'Minutes of the Elmley Group' left by an 'AGM' cut (round 42)
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


_INLINE_TITLE = re.compile(r"(?<=\s)(?:MEETING|Meeting\s+(?:Title|Name))\s*:\s*(?P<value>[A-Z].*?)"
                           r"(?=\s+(?:Date|DATE|Time|TIME|Venue|VENUE|Location|LOCATION|Chair|CHAIR)\b|$)")


def _inline_title(line: Line) -> Line | None:
    """A title label written after a heading on the same line, its value up to the next label: a
    header table ('MEETING: | X Board | Date of Meeting: | ...') run into one line of text."""
    m = _INLINE_TITLE.search(line.text)
    if m is None or not m.group("value").strip(" :"):
        return None
    return sub(line, m.start("value"), m.end("value"))


_CHAIR_LINE = re.compile(r"(?i)^(?:meeting\s+chair|chair\s+person|chair\s+of\s+(?:the\s+)?meeting|chair)"
                         r"\s*(?::|[–—-]\s)\s*(?=\S)")


def _chair_line(head: Header, line: Line, vocab: Vocabulary) -> bool:
    """'Meeting Chair: Ada Brook', 'Chair Person: ...', 'Chair of meeting: ...', 'Chair – Ada Brook (Elmley)':
    the chair's label in other words; taken only when what follows reads as a person."""
    m = _CHAIR_LINE.match(line.text)
    if m is None:
        return False
    entry = parse_entry(sub(line, m.end()), vocab)
    if entry is None or not looks_like_person(entry.person.name, vocab, in_slot=True):
        return False
    head.chair, head.spans["chair"] = entry.person, (line.start + m.end(), line.end)
    return True


_CHAIR_ALONE = re.compile(r"(?i)^(?:chair\s*person|chairman|chairwoman|chair)$")
_NAME_AND_INITIALS = re.compile(r"^(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3})(?:\s*\((?P<initials>[A-Z]{2,4})\))?$")


def _chair_over_name(head: Header, lines: list[Line], i: int, vocab: Vocabulary) -> int | None:
    """'Chair Person' alone on its line over 'Ada Brook (AB)' alone on the next: a key/value header's chair, taken
    only when the line below is one person's name (initials in brackets at most) and a members' or attendance label
    follows it; returns the name's line (round 30)."""
    if not _CHAIR_ALONE.match(lines[i].text.strip("*_ :")):
        return None
    below = _next_filled(lines, i, reach=2)
    if below is None or (m := _NAME_AND_INITIALS.match(lines[below].text.strip("*_ "))) is None:
        return None
    after = _next_filled(lines, below, reach=2)
    if after is None or (label := match_label(lines[after], ("attendees",))) is None and \
            not re.match(r"(?i)^(?:members|attendees|present|in\s+attendance)\s*:?$", lines[after].text.strip("*_ ")):
        return None
    entry = parse_entry(sub(lines[below], lines[below].text.find(m.group("name")),
                            lines[below].text.find(m.group("name")) + len(m.group("name"))), vocab)
    if entry is None or not looks_like_person(entry.person.name, vocab, in_slot=True):
        return None
    head.chair, head.spans["chair"] = entry.person, (lines[below].start, lines[below].end)
    return below


def _less_furniture(value: Line, vocab: Vocabulary) -> Line:
    """A value less a site's link text after it ('Town Hall, Elmley. View directions')."""
    for phrase in vocab.site_phrases:
        m = re.search(rf"(?i)[\s.,;]*\b{re.escape(phrase).replace(chr(92) + ' ', chr(92) + 's+')}\s*$", value.text)
        if m and m.start() > 0:
            return sub(value, 0, m.start())
    return value


def _furniture_hint(head: Header, text: str, opening: bool = True) -> None:
    """What a site's own line says about the page: 'Agenda and minutes' holds minutes; 'Agenda item' one item
    (only as the page's opening line: not 'Agenda Item 2', the paper's place in a later meeting's pack, nor a
    table's header 'Agenda Item / Action' below the paper's heading)."""
    key = re.sub(r"[^a-z]+", " ", text.lower()).strip()
    if _ITEM_PAGE.match(key) and opening and not re.search(r"[\d/|]", text):
        head.item_page = True
    elif re.search(r"\bminutes\b", key) and (len(key.split()) <= 4 or key.startswith("agenda")):
        head.kind_hint = head.kind_hint or "minutes"


def _set_labelled(head: Header, name: str, value: Line, vocab: Vocabulary) -> None:
    span = (value.start, value.end)
    if name == "title" and head.title is None:
        value = _dated_title(head, value)
        head.title, head.spans["title"] = value.text, (value.start, value.end)
    elif name == "date" and head.date is None:
        dates = find_dates(value.text)
        if dates:
            d = dates[0]
            head.date = d
            head.date_line = value
            head.spans["date"] = (value.start + d.start, value.start + d.end)
            rest = value.text[d.end:]
            t = _TIME.search(rest)
            if t and head.time is None:
                head.time = t.group(0).strip()
                head.spans["time"] = (value.start + d.end + t.start(), value.start + d.end + t.end())
    elif name == "time" and head.time is None:
        head.time, head.spans["time"] = value.text, span
    elif name == "location" and head.location is None:
        value = _less_furniture(value, vocab)
        head.location, head.spans["location"] = value.text, (value.start, value.end)
    elif name == "chair" and head.chair is None:
        entry = parse_entry(value, vocab)
        if entry is not None:
            head.chair = entry.person
            head.spans["chair"] = span


_AS_AT = re.compile(r"^(?:status\s+)?as\s+at\b|^date\s+of\s+(?:report|issue)\b", re.I)
_VENUE = re.compile(r"^(?:in|at)\s+(?:the\s+)?|^venue\s*:\s*", re.I)
_VENUE_WORDS = re.compile(r"\b(?:room|hall|house|centre|center|chamber|offices?|suite|building|library|school|hotel)\b", re.I)
_MINUTES_OF = re.compile(r"^(?:minutes?|notes?|record|summary)\s+of\s+(?:the\s+)?(?:[\w’'\- ]*?\s)?(?P<meeting>meeting)\b", re.I)
_HELD = re.compile(r"^(?:minutes?|notes)\s+(?:of|from)\s+(?:the\s+|a\s+)?(?P<group>.+?)\s*(?P<meeting>meeting)?\s+held\s+(?:on\s+)?"
                   r"(?P<when>.+?)(?:\s+(?:at|in)\s+(?:the\s+)?(?P<place>[^,]+(?:,[^,]+)?))?\.?$", re.I)
_GROUP_TITLE = re.compile(r"(?i)\b(?:meeting|minutes|group|subgroup)\s*$")
_KIND_TAIL = re.compile(r"^(?P<group>.+?)\s+[–—-]\s+(?:minutes|notes|agenda)\s*$", re.I)


_MEETING_WORDS = re.compile(r"(?i)\b(?:meeting|held|met|took\s+place|convened)\b")  # prose that dates the meeting
_ITEM_REF = re.compile(r"\s*\(\s*item\s+[\w.]{1,5}\s*\)\s*$", re.I)


def _dated_title(head: Header, value: Line) -> Line:
    """'Meeting: 16/05/2031 - Elmley Trust (Item 5)', a council page's issue line: the date is the meeting's,
    the body after the dash its title, the item reference neither."""
    dates = find_dates(value.text)
    if not dates or dates[0].start != 0 or dates[0].precision != "day":
        return value
    dash = re.match(r"\s*[-–—]\s*", value.text[dates[0].end:])
    if dash is None:
        return value
    if head.date is None:
        _take_date(head, value, dates[0])
    rest = sub(value, dates[0].end + dash.end())
    ref = _ITEM_REF.search(rest.text)
    return sub(rest, 0, ref.start()) if ref and ref.start() > 0 else rest


def _take_date(head: Header, line: Line, d: FoundDate) -> None:
    head.date, head.date_line = d, line
    head.spans["date"] = (line.start + d.start, line.start + d.end)
    t = _TIME.search(line.text, d.end)
    if t and head.time is None:
        head.time = t.group(0).strip()
        head.spans["time"] = (line.start + t.start(), line.start + t.end())


_OF_BODY = re.compile(r"^(?:minutes?|notes?)(?:\s+(?:of|from)\s+(?:the\s+|a\s+)?|\s*[:–—-]\s*)(?P<group>\S.*\S)$", re.I)
_MEETING_OF = re.compile(r"^meeting\s+of\s+(?:the\s+)?(?P<group>\S.*\S)$", re.I)  # 'Meeting of the Elmley Board'
# 'Summary of Elmley Safeguarding Children Board Meeting – Nov 2018': a digest of the body's meeting, titled by the body
_SUMMARY_OF = re.compile(r"^(?:a\s+)?(?:summary|highlights|key\s+(?:messages|points)|digest)\s+(?:of|from)\s+(?:the\s+)?"
                         r"(?P<group>\S.*?\S)\s+meeting$", re.I)
_NOT_OWN_DATE = re.compile(r"(?i)\b(?:printed|updated|created|revised|modified|uploaded|posted|published|saved|version)\b[^\d]{0,12}$")
_PREVIOUS = re.compile(r"(?i)\b(?:minutes|notes)\s+of\s+(?:the\s+)?(?:last\s+|previous\s+|special\s+|extraordinary\s+)?"
                       r"meeting\s+(?:of\s+(?:the\s+)?[\w'’ -]{1,60}?\s+)?(?:held\s+)?(?:on\s+)?$")
# 'To confirm the Minutes of the special meeting of the Committee held on 3 June 2024': minutes being approved
_CONFIRMS = re.compile(r"(?i)\b(?:confirm|approve|agree|receive|sign|note)(?:s|d|ed)?"
                       r"(?:\s+as\s+an?\s+(?:correct|true|accurate)\s+record(?:\s+of)?)?\s+the\s+(?:draft\s+)?(?:minutes|notes)"
                       r"\s+of\b[^.;]{0,120}$")
_SENTENCE_AFTER = re.compile(r"(?i)^[\s,]*(?:were|was|had\s+been|have\s+been|are|is|be)\b")
# '... the minutes of the previous meeting held on 3 June 2024': that meeting's date, never this one's
_PREVIOUS_NAMED = re.compile(r"(?i)\b(?:minutes|notes)\s+of\s+(?:the\s+)?(?:last|previous|preceding)\s+meeting\s+"
                            r"(?:held\s+)?(?:on\s+)?$")
_KEY_VALUE = re.compile(r"^[A-Z][\w ]{0,20}:\s+\S")  # 'Contact: Ada Brook 01234 567890'
# 'Elmley LSCB: Board Briefing': the value after the colon names a kind of paper, so the line is a heading
_KIND_VALUE = re.compile(r"(?i):\s+(?:[\w&’'-]+\s+){0,3}(?:briefing|newsletter|bulletin|update|minutes)\s*$")
_OWN_MEETING = re.compile(
    r"^(?:minutes?|notes?|record)\s+(?:of|from|for)\s+(?:the\s+|a\s+)?(?P<group>\S.*?)\s+(?P<meeting>meeting)\b"
    r"(?:\s*(?:held\b.*|on\b.*|[:,–—-].*))?$", re.I)


def _own_date(line: Line, d: FoundDate) -> bool:
    """Is a date in a top line the paper's own, not a print stamp or the previous meeting being approved?"""
    before = line.text[:d.start]
    if _NOT_OWN_DATE.search(before):
        return False
    if _PREVIOUS_NAMED.search(before) or _CONFIRMS.search(before):
        return False
    if later_meeting_date(before, prose=_sentence(line.text.strip("*_ "))):
        return False  # 'That the policy be deferred to the Executive meeting on 4 September 2031': a later meeting's
    return not (_PREVIOUS.search(before) and _SENTENCE_AFTER.match(line.text[d.end:]))


def _best_date(found: list[tuple[Line, FoundDate]]) -> tuple[Line, FoundDate] | None:
    """The first top date, unless a later one is more trustworthy: it is written with the word meeting
    (or held), its written weekday fits where the first one's does not, or it gives the day where the
    first gives only the month."""
    if not found:
        return None
    best = found[0]
    meeting = [c for c in found if re.search(r"(?i)\bmeeting\b|\bheld\b", c[0].text) and c[1].weekday_fits() is not False]
    if meeting and not re.search(r"(?i)\bmeeting\b|\bheld\b", best[0].text) and meeting[0][1].precision == "day":
        best = meeting[0]  # a blog's posting date above 'Board meeting – 15th July 2014'
    for cand in found[1:]:
        b, c = best[1], cand[1]
        if b.weekday_fits() is False and c.weekday_fits() is not False:
            best = cand
        elif b.precision == "month" and c.precision == "day" and c.weekday_fits() is not False and (
                b.year in (None, c.year) and b.month == c.month):
            best = cand
    return best


_BRACKET = re.compile(r"\((?P<inner>[^()]{6,60})\)")


def _without_lifetime(line: Line) -> Line:
    """'Elmley Panel (12/11/2013- 30/04/2024) - Tuesday 3 November 2020': a council page gives the body's
    lifetime, two dates joined by a dash, in brackets after its name. The bracket is blanked (offsets kept)
    so the line reads as the body, a dash and the meeting's date."""
    for m in _BRACKET.finditer(line.text):
        inner = m.group("inner")
        dates = find_dates(inner)
        if dates and dates[0].start <= 1 and re.search(r"[-–—]|\bto\b", inner[dates[0].end:]) \
                and (len(dates) == 2 or re.fullmatch(r"\s*[-–—]\s*(?:present|date|now)?\s*", inner[dates[0].end:], re.I)):
            text = line.text[:m.start()] + " " * (m.end() - m.start()) + line.text[m.end():]
            return Line(line.index, line.start, line.end, text, line.indented)
    return line


def _page_rule(line: Line) -> bool:
    """Lines of a council page that hold neither the title nor the date: a pipe table's rule ('---|---|'), the
    host council's name in capitals after 'Minutes:' ('Minutes: ELMLEY BOROUGH COUNCIL'). Left out of the
    first lines the heading and date are looked for in, so they do not use them up."""
    if re.fullmatch(r"[\s|:-]*\|[\s|:-]*", line.text):
        return True
    host = re.fullmatch(r"\s*Minutes:\s*(?P<host>[^a-z]{6,80})", line.text)
    return host is not None and re.search(r"[A-Z]{3}", host.group("host")) is not None and not find_dates(line.text)


def _cellish(text: str) -> bool:
    """A table row flattened with ' / ' between cells ('Ada Brook / Chair / ')."""
    return len(re.findall(r"\s/(?=\s|$)", text)) >= 2


_SEQUENCE = re.compile(r"(?i)(?:meeting|session)\s+(?:no\.?|number|#)\s*\d{1,4}")  # 'Meeting No. 17': a count, not a name


# 'Minute No. 57 - Budget Proposals', 'Minute 12/23': a reference to a minute (of an earlier meeting), never a heading
_MINUTE_REFERENCE = re.compile(r"(?i)^minute\s+(?:no\.?|number|ref(?:erence)?\.?)?\s*\d")
# 'Section 1—General principle on intervention', 'Schedule 2 – Transitional provisions': a bill's or act's
# section heading, where a committee works through the bill, heads a part of the record, never the paper
_LAW_SECTION = re.compile(r"^(?:Section|Schedule|Clause)\s+\d+[A-Z]?\s*[—–]\s*[A-Z]")


# 'EPC(31)M04', 'EB/31/07': a paper's or minute's reference code alone on its line, never the paper's title (round 20)
_CODE_ONLY = re.compile(r"(?=[^a-z]*\d)(?=(?:[^A-Z]*[A-Z]){2})[A-Z0-9()/.\-]{4,20}")
# 'EB-31-07 Quality Committee Minutes ... 1 of 12': a document code and a page footer ('N of M') on one line,
# the running footer of a board pack, never the paper's title (round 20)
_CODED_FOOTER = re.compile(r"^[A-Z]{2,6}[-/]\d{1,4}[-/]\d{1,4}\b.*\b(\d{1,3})\s+of\s+(\d{1,3})$")


def _footer_line(text: str) -> bool:
    m = _CODED_FOOTER.match(text)
    return m is not None and int(m.group(1)) <= int(m.group(2))


def _heading_ok(line: Line) -> bool:
    text = line.text.strip("*_ ")
    return (len(text) <= 120 and not _SEQUENCE.fullmatch(text) and not _CODE_ONLY.fullmatch(text) and not _footer_line(text) and not _MINUTE_REFERENCE.match(text) and not _LAW_SECTION.match(text) and not text.endswith((".", "|")) and not is_table_row(line) and not _cellish(text)
            and re.search(r"[A-Za-z]{2}", text) is not None
            and (not _KEY_VALUE.match(text) or _OF_BODY.match(text) or _KIND_VALUE.search(text)) and not is_page_ref(text))


# a web page's navigation or section labels alone on a line ('A-Z of Services', 'Decisions', 'Menu')
_NAV_LABEL = re.compile(r"(?i)^(?:a\s*(?:-|to)\s*z(?:\s+of\s+(?:services|council\s+services))?|(?:council\s+)?services|decisions?"
                        r"|menu|main\s+menu|contents|quick\s+links|useful\s+links|related\s+links)$")


def _page_label(text: str, vocab: Vocabulary) -> bool:
    """A label, not a heading: a page's navigation label ('A-Z of Services', 'Decisions'), or a line that ends
    with a colon and names no body, group, meeting or kind of paper ('Decision:' over a resolution, 'A-Z of
    Services:'); a heading does not end on a colon unless its value follows ('Elmley Board Minutes:')."""
    bare = text.strip(" *_").rstrip(":").strip()
    if _NAV_LABEL.match(bare):
        return True
    if not text.rstrip(" *_").endswith(":"):
        return False
    return not _names_body_or_paper(bare, vocab) and not names_meeting(bare, vocab) and not find_dates(bare)


def _titles_itself(text: str, vocab: Vocabulary) -> bool:
    """Does a heading name both a body and the kind of paper ('Elmley LSCB: Board Briefing', 'Elmley Board
    Newsletter')? Such a heading is the whole title: a heading below the paper's opening prose is a section."""
    words = [w.lower().strip("’'") for w in re.findall(r"[\w’'-]+", text)]
    return bool(words) and words[-1] in _KIND_WORDS and bool(set(words[:-1]) & vocab.body_heads)


def _date_run(text: str, dates: list[FoundDate]) -> bool:
    """Three or more dates written one after another with only spaces, commas or bars between them: the
    header of an attendance register or a year's schedule, never one meeting's date."""
    run = 1
    for a, b in pairwise(dates):
        run = run + 1 if re.fullmatch(r"[\s,;|/]*", text[a.end:b.start]) else 1
        if run >= 3:
            return True
    return False


def _a_listed_person(line: Line, vocab: Vocabulary) -> bool:
    """'AB Ada Brook (Elmley Council)', 'Ada Brook (Chair)', 'Ada Brook / Board Manager': a row of an unlabelled
    attendance list, not a heading."""
    cell = re.match(r"^([^/]{3,60}?)\s+/\s+\S", line.text.strip("*_ "))
    if cell and looks_like_person(cell.group(1), vocab):
        return True  # 'Ada Brook / Elmley Board Manager': a name cell, then a role cell
    gap = re.match(r"^(\S.{2,60}?)(?:\s{3,}|\t+)\S", line.text.strip("*_ "))
    if gap and looks_like_person(gap.group(1), vocab):
        return True  # 'Ada Brook          Director of Housing (Chair)': a name column, a wide gap, a role column (round 20)
    two = re.match(r"^(\S.{2,60}?\S)  (?=[A-Z])(\S.*)$", line.text.strip("*_ "))
    if two and "  " not in two.group(2) and looks_like_person(two.group(1), vocab) and not find_dates(two.group(2)):
        return True  # 'Ada Brook  Director of Housing, Elmley Council': a name, a two-space gap, one cell (round 23)
    if "(" not in line.text:
        return False  # 'Elmley Adults Partnership Board' reads as a name and an org; a heading has no bracket
    entry = parse_entry(line, vocab)
    return entry is not None and not entry.bare


def _strap_line(text: str, vocab: Vocabulary) -> bool:
    """'Big plans, bright future', 'Working together, keeping people safe': a council's or board's slogan on its
    banner, never the paper's name. Two or more phrases around a comma, every word after the first in lower case,
    no body, meeting or kind-of-paper word (round 23)."""
    words = re.findall(r"[\w’'&-]+", text)
    return ("," in text and len(words) >= 3 and all(w.islower() for w in words[1:]) and not text.rstrip().endswith(":")
            and not {w.lower() for w in words} & (vocab.body_heads | set(_KIND_WORDS)) and not names_meeting(text, vocab))


_COLUMN_WORDS = {"time", "timing", "item", "items", "paper", "papers", "lead", "leads", "owner", "presenter", "purpose",
                 "by", "who", "when", "ref", "no", "page", "subject", "topic", "status", "due", "action", "actions"}
_MINUTE_RANGE = re.compile(r"(?i)\bminutes?\s*(?:nos?\.?\s*)?:?\s*\d{1,4}\s*[-–—]\s*\d{1,4}\b")
_PROSE_VERB = re.compile(r"\s(?:was|were|is|are|has|have|had|welcomed|agreed|noted|reported|explained|confirmed"
                         r"|advised|informed|asked|thanked|presented|replacing|considered|discussed|received)\s")
# a line of prose wrapped mid-sentence: six words or more ending on a word that cannot end a name (round 28)
_WRAPPED_PROSE = re.compile(r"^(?:\S+\s+){5,}(?:the|of|on|to|a|an|by|with|that|was|were|is|are)$")
_MARKING = re.compile(r"(?i)^(?:(?:official|sensitive|draft|confidential|restricted|unconfirmed|not\s+protectively\s+marked"
                      r"|(?:to\s+be|subject\s+to)\s+(?:ratified|ratification|approved|approval|confirmed|confirmation))"
                      r"[\s–—:/-]*){2,}$")
_KIND_ONLY = re.compile(r"(?i)^(?:(?:minutes|notes|agenda|actions?|and|&)\s*){2,}$")
_RUN_ON_SENTENCE = re.compile(r"^(?:\S+\s+){5,}?\S*[a-z]{2}\.\s+[A-Z]")
_POST_NOMINALS = re.compile(r"(?:\s+[A-Z]{2,5})+\s*$")


def _prose_line(text: str) -> bool:
    """'The Board considered a report of the Strategic Director, on the': a sentence broken off at the line's end,
    six words or more with a finite verb, ending on a word that cannot end a heading (round 28)."""
    return bool(_WRAPPED_PROSE.match(text)) and _PROSE_VERB.search(text) is not None


def _listed_name(text: str, vocab: Vocabulary) -> bool:
    """'Ada Brook MLA', 'Ben Cole, Elmley Trust': a name (post-nominal letters or a comma's organisation after it)."""
    name = _POST_NOMINALS.sub("", text.split(",")[0]).strip()
    return len(name.split()) >= 2 and looks_like_person(name, vocab)


def _column_heads(text: str) -> bool:
    """'Time Item Papers', 'Item Lead Paper': a table's header row, two or more column words and nothing else
    (round 25)."""
    words = re.findall(r"[\w’'-]+", text.lower())
    return len(words) >= 2 and all(w in _COLUMN_WORDS for w in words)


def _no_heading(top: list[Line], i: int, vocab: Vocabulary) -> bool:
    """Lines that never name the paper (round 25): a table's column heads; a pack's minute range ('Minutes: 59 -
    83'); a protective marking or draft status ('OFFICIAL SENSITIVE DRAFT – TO BE RATIFIED'); kind words alone
    ('Minutes and Actions'); a sentence run on into the next line ('Ada Brook to send the pack to Ben Cole. FINANCE
    UPDATE', six words or more before the stop); a line of prose with no full stop ('The Group welcomed Ada Brook who was replacing ...', eight words or
    more with a finite verb); a name in a run of three or more lines that each name one person ('Ada Brook MLA' /
    'Ben Cole MLA' / 'Cy Dee, Elmley Trust'), an attendance list with no label."""
    text = top[i].text.strip("*_ ")
    if _column_heads(text) or _MINUTE_RANGE.search(text) or _MARKING.match(text) or _KIND_ONLY.match(text):
        return True
    if _RUN_ON_SENTENCE.match(text):
        return True
    if len(text.split()) >= 8 and _PROSE_VERB.search(text):
        return True
    if not _listed_name(text, vocab):
        return False
    run, j = 1, i - 1
    while j >= 0 and _listed_name(top[j].text.strip("*_ "), vocab):
        run, j = run + 1, j - 1
    j = i + 1
    while j < len(top) and _listed_name(top[j].text.strip("*_ "), vocab):
        run, j = run + 1, j + 1
    return run >= 3


_MARKED_FRAME = re.compile(r"(?i)^(?:draft|unconfirmed|confirmed|approved|unapproved)\s+(?=(?:minutes?|notes)\s+(?:of|for)\s)")


def _place_and_town(text: str, vocab: Vocabulary) -> bool:
    """'Brook Hall, Elmley', 'Interchange,Elmley Bay': six words or fewer around a comma, no meeting or group named."""
    return 0 < len(text.split()) <= 6 and "," in text and not names_meeting(text, vocab) \
        and not _names_group(text, vocab) and not find_dates(text)


def _site_names_the_meeting(site: str, vocab: Vocabulary) -> bool:
    """A line taken for a sharing site's page title that is a body's meeting and nothing else: two to ten words ending
    in 'Meeting', a body word before it, no date, dash, colon or digit ('Elmley Community Council Meeting')."""
    text = site.strip("*_ ")
    words = [w.lower().strip("’'") for w in text.split()]
    return (3 <= len(words) <= 10 and words[-1] == "meeting" and words[-2] in vocab.body_heads
            and not re.search(r"[\d:|/–—]|\s-\s", text) and not find_dates(text) and text[:1].isupper())


def _generic_kind_line(text: str, vocab: Vocabulary) -> bool:
    """'Board minute', 'Committee notes' before a date: a kind of body and the paper's kind, naming no body of its
    own; the page's label over the heading, not a heading (round 37)."""
    words = text.split()
    return (2 <= len(words) <= 3 and words[-1] in ("minute", "minutes", "notes")
            and all(w in vocab.body_heads for w in words[:-1]))


_MEETING_HELD = re.compile(r"(?i)meeting,?\s+held(?:\s+on)?(?:\s+[a-z]+day)?,?")


def _framed_twice(of_body: re.Match[str]) -> bool:
    """'MINUTE OF THE MEETING OF THE ELMLEY AUTHORITY': both frames name what follows as the body that met, whatever
    its last word (round 30); two to twelve words, no digit."""
    lead = _MEETING_OF.match(of_body.group("group")) if of_body.re is _OF_BODY else None
    return lead is not None and 2 <= len(lead.group("group").split()) <= 12 and not re.search(r"\d", lead.group("group"))


def _read_top(head: Header, top: list[Line], vocab: Vocabulary, site: str | None = None) -> None:
    """Title, body, date, time and location from the unlabelled first lines (`site`: the sharing site's page
    title above them, if any)."""
    headings: list[Line] = []
    kind_word: str | None = None
    after_date = False
    dated: list[tuple[Line, FoundDate]] = []
    meeting_word: str | None = None
    meeting_lines: list[Line] = []
    run_on: Line | None = None  # a heading cut from a line that runs on into its date and venue
    pack = any(pack_heading(strip_bullet(t), vocab) is not None for t in top)  # 'Elmley Council Minute Volume'
    prose_at: int | None = None  # how many headings were read when the first line of prose came
    wrapped_prose = False  # a line of prose broken off mid-sentence was read
    for at, line in enumerate(top):
        line = _without_lifetime(strip_bullet(line))
        text = line.text.strip("*_ ")
        if (marked := _MARKED_FRAME.match(text)) is not None:
            # 'DRAFT MINUTE OF THE MEETING OF THE ELMLEY AUTHORITY': the status word is no part of the heading (round 30)
            line = sub(line, line.text.find(text) + marked.end())
            text = line.text.strip("*_ ")
        if _CODE_ONLY.fullmatch(text):
            continue  # 'EPC(31)M04': a reference code alone on its line, neither title nor date (round 20)
        footer = _footer_line(text)  # a board pack's running footer: its date may be the meeting's, never a title
        if headings and prose_at is None and _sentence(text):
            prose_at = len(headings)  # the paper's first prose: a heading below it heads a section of the text
        found = find_dates(line.text)
        # 'Minutes - 25 January 2023 ... To approve as a correct record the minutes of the meeting held on 25 January
        # 2023': a date the line itself calls an earlier meeting's is not this one's wherever else the line writes it
        own = [_own_date(line, d) for d in found]
        earlier = {(d.year, d.month, d.day) for d, mine in zip(found, own) if not mine}
        dates = [d for d, mine in zip(found, own) if mine and (d.year, d.month, d.day) not in earlier]
        if pack and any(pack_date(line.text[:d.start]) for d in found):
            continue  # 'Presented to the Meeting of Elmley Council on 18 December 2031': a pack's cover, no heading
        if _date_run(line.text, dates):
            dates = []  # '2.4.15 4.6.15 6.8.15': a register's or schedule's column of meeting dates
        low = text.lower().strip(" :.")
        if low == "meeting" and len(headings) == 1 and meeting_word is None:
            meeting_word = text.strip(" :.")  # 'Elmley Board' over 'Meeting': one heading, not a second (round 34)
            continue
        if low in _KIND_WORDS:
            if headings:  # 'Elmley Board' over 'Update'; a lone 'Minutes' above the heading labels the page
                kind_word = text.strip(" :.")
            head.kind_hint = head.kind_hint or _KIND_WORDS[low]
            continue
        if dates and _AS_AT.match(text):
            _take_date(head, line, dates[0])  # a log's own date wins over the meeting it logs
            continue
        if dates and _sentence(text) and not _body_dated(line, dates[0]) and not _MEETING_WORDS.search(text):
            continue  # 'the review due to be undertaken in March 2031.': prose names a date, not the meeting's
        if dates:
            dated.append((line, dates[0]))
            after_date = True
            before = line.text[:dates[0].start].rstrip(" ,–—-:")
            kind_before = before.strip(" :–—-").lower()
            if footer:
                pass
            elif kind_before in _KIND_WORDS:
                # 'Elmley Board' over 'Minutes 3 March 2031': the paper's kind and its date, no second heading
                # (round 34; as a lone 'Minutes' line under the heading)
                if headings:
                    kind_word = before.strip(" :–—-")
                head.kind_hint = head.kind_hint or _KIND_WORDS[kind_before]
            elif not headings and _generic_kind_line(kind_before, vocab):
                # 'Board minute – 27 July 2031' over 'Elmley Trust' / 'Board Meeting': the page's label, no heading
                head.kind_hint = head.kind_hint or "minutes"
            elif _MEETING_HELD.fullmatch(before.strip()) and len(headings) == 1:
                # 'Elmley Board' over 'Meeting held on 4 May 2019', 'MEETING, HELD ON THURSDAY, 23 JULY 2031' (round 37:
                # the comma and weekday, once read as a place and town)
                meeting_word = before.strip().split()[0].rstrip(",")
            elif headings and _place_and_town(before, vocab):
                # 'ELMLEY AUTHORITY' / 'Brook Hall, Elmley Thursday 4 May 2031': where and when it met, no second
                # heading (round 30, as round 28's 'Place,Town' line under the date)
                if head.location is None:
                    head.location, head.spans["location"] = before, (line.start, line.start + len(before))
            elif _body_dated(line, dates[0]) and len(headings) < 2:
                headings.append(sub(line, 0, len(before)))  # 'Elmley Board - Wednesday, 21 January 2015 10.30 a.m.'
                meeting_lines.append(headings[-1])  # a council page's meeting line names the body, whatever its words
            elif not headings and (cut := heading_before_date(line, dates[0], vocab)) is not None:
                run_on = site_title_inside(cut, site) or cut  # 'Elmley Board Monday 4 May 2031 (10:00- 12:00) Room 2'
                headings.append(run_on)
            elif _sentence(text) and not _HELD.match(text):
                if re.match(r"(?i)(?:minutes?|notes)\s+(?:of|from)\b", text):
                    head.kind_hint = head.kind_hint or "minutes"  # 'Minutes from the December 2017 meeting of ...'
            elif _OPENING_PHRASE.match(text):
                pass  # 'The Elmley Board’s meeting of 8 May 2031': the record's opening words, not a heading
            elif len(headings) < 2 and (cut := _body_meeting_on(line, before, vocab)) is not None:
                headings.append(cut)  # 'Committee for Health, meeting on Thursday, 12 February 2026': the body
            elif before and not re.search(r"(?i)(?:\b[a-z]+day|\bon|held on|\bdate)$", before.strip()) or _MINUTES_OF.match(text) or _HELD.match(text):
                if len(headings) < 2 and len(text) <= 160:
                    headings.append(line)
                elif len(headings) < 2 and len(before) <= 120 and _OWN_MEETING.match(before.strip()):
                    headings.append(sub(line, 0, len(before)))  # 'Minutes from X Meeting: 21 April 2016 ...' run on
            continue
        if after_date and head.time is None and (t := _TIME.fullmatch(text)):
            head.time, head.spans["time"] = t.group(0), (line.start + line.text.find(text), line.start + line.text.find(text) + len(text))
            continue  # '26th January 2017' / '1.45pm to 4.45pm' / 'Council Chamber, Civic Offices'
        if after_date and head.location is None and len(text.split()) <= 12 and (
                _VENUE.match(text) or _VENUE_WORDS.search(text)):
            value = _VENUE.sub("", text).strip(" .")
            at = line.text.find(value)
            head.location, head.spans["location"] = value, (line.start + at, line.start + at + len(value))
            continue
        if after_date and headings and head.location is None and _place_and_town(text, vocab):
            # 'LOCAL BOARD' / 'Wednesday, 7th October, 2031 at 9.30 am' / 'Interchange,Elmley Bay': the heading,
            # its date, then the place and town the meeting was held in, not a second heading (round 28)
            at = line.text.find(text)
            head.location, head.spans["location"] = text, (line.start + at, line.start + at + len(text))
            continue
        after_date = False
        if _prose_line(text):
            wrapped_prose = True  # the record's prose has begun: the lines below it are its sentences (round 28)
            continue
        if _heading_ok(line) and len(headings) < 2 and not is_section(text, vocab) and not is_venue(text, vocab) \
                and not _a_listed_person(line, vocab) and not _page_label(text, vocab) and not _strap_line(text, vocab) \
                and not wrapped_prose and not _no_heading(top, at, vocab):
            headings.append(line)  # 'Declaration of Interests' on a page with no header names a section
    if head.date is None and (best := _best_date(dated)):
        _take_date(head, *best)
    if not headings:
        return
    if prose_at == 1 and len(headings) > 1 and _titles_itself(headings[0].text, vocab):
        headings = headings[:1]  # 'Elmley LSCB: Board Briefing' / its opening prose / 'Participation Subgroup'
    first = headings[0]
    if head.title is None and (pack := pack_heading(first, vocab)) is not None:
        # 'Elmley Council Minute Volume' over the pack's index: the body, not an index line below it
        head.title, head.spans["title"] = pack.text, (pack.start, pack.end)
        head.body = head.issuer = pack.text
        head.issuer_span = (pack.start, pack.end)
        return
    held = _HELD.match(first.text.strip("*_ "))
    own = _OWN_MEETING.match(first.text.strip("*_ "))
    if held or own:
        head.kind_hint = head.kind_hint or "minutes"
    if (held or own) and head.title is None:
        # 'Minutes of the Elmley Board meeting held on 3 March 2015 at Elmley Town Hall'
        m = held or own
        group = m.group("group").strip().rstrip(" ,")  # 'X BOARD, HELD on ...' (round 30)
        if _names_nothing(group):  # 'Minutes of the Meeting held on ...': no body named, so no title
            if held and held.group("place") and head.location is None:
                _take_place(head, first, held.group("place"))
            if site is not None and first is headings[0] and _site_names_the_meeting(site, vocab):
                # 'Elmley Community Council Meeting' over 'Minutes of meeting held at Elmley Hall': the line set
                # apart above names the meeting the minutes line leaves unnamed (round 37)
                head.title = site.strip("*_ ")
            return
        word = m.group("meeting")  # 'Meeting' only where the heading writes it
        lead = re.match(rf"(?i){_OCCASION}meeting\s+of\s+(?:the\s+)?", group)
        if lead and len(group) > lead.end():
            # 'Minutes of the [Ordinary] Meeting of the Elmley Committee held on ...': the body that met; the
            # meeting is the frame, no part of its name (round 28)
            group = group[lead.end():]
        head.title = f"{group} {word.upper() if group.isupper() else word.capitalize()}" if word else group
        head.spans["title"] = (first.start + m.start("group"), first.start + m.end("group"))
        head.body = group
        if held and held.group("place") and head.location is None:
            _take_place(head, first, held.group("place"))
        return
    h1 = _strip_date(first.text)
    of_body = _OF_BODY.match(h1.strip("*_ ")) or _MEETING_OF.match(h1.strip("*_ ")) or _SUMMARY_OF.match(h1.strip("*_ "))
    if of_body and (of_body.group("group").split()[-1].lower().strip("’'") in vocab.body_heads or _framed_twice(of_body)):
        # 'Minutes of the Elmley Safeguarding Adults Board' over 'Held on ...': the body's own heading
        head.kind_hint = head.kind_hint or "minutes"
        h1 = of_body.group("group")
        if of_body.re is _OF_BODY and (lead := _MEETING_OF.match(h1)) is not None:
            h1 = lead.group("group")  # 'MINUTES OF THE MEETING OF THE ELMLEY BOARD': the body, as under _HELD
        first = sub(first, first.text.find(h1), first.text.find(h1) + len(h1))
    # 'Elmley Chairs Meeting' as the first heading: the issuer is the group, not its meeting
    issuer = _TITLE_TAIL.sub("", h1).strip(" ,:–—-") if re.search(r"(?i)\b(?:meeting|minutes)\s*$", h1) else h1
    head.issuer, head.issuer_span = issuer or h1, (first.start, first.start + len(issuer or h1))
    if head.title is not None:
        return
    # the heading as printed, a month it names kept ('Elmley group minutes - April 2025'), unless a frame
    # around the body's name was dropped ('Minutes of the Elmley Board')
    title, span = _as_printed(first, h1) if h1 == _strip_date(first.text) else (h1, (first.start, first.start + len(h1)))
    met: str | None = None
    if len(headings) > 1:
        second = headings[1]
        h2 = second.text.strip("*_ ")
        minutes_of = _MINUTES_OF.match(h2)
        kind_tail = _KIND_TAIL.match(h2)
        h2_dates = find_dates(h2)
        met = _body_that_met(h2, vocab)
        if met is not None:
            # 'Elmley Council' over 'MINUTES of the Meeting of the Safeguarding Committee of ... held on ...': the
            # heading is the council that clerks the meeting, the minutes line names the body that met
            head.kind_hint = head.kind_hint or "minutes"
            at = second.text.find(met)
            title, span = met, (second.start + at, second.start + at + len(met))
        elif (own_body := _body_in_minutes_line(h1, h2, vocab)) is not None:
            # 'ELMLEY YOUTH OFFENDING TEAM' over 'Minutes of the YOT Management Board Meeting': the service
            # heads the page, the minutes line names the body that met
            head.kind_hint = head.kind_hint or "minutes"
            at = second.text.find(own_body)
            title, span = own_body, (second.start + at, second.start + at + len(own_body))
        elif minutes_of:
            # 'X Committee' over 'Minutes of the Board meeting' -> 'X Committee Meeting'; a heading that already
            # says 'Meeting', or names a working group, is the title as written; so is a heading over the
            # record's dated opening line ('Minutes of meeting held on 4 June 2013, Room 3'), unless that line
            # is set in the heading's own capitals (one heading over two lines)
            word = minutes_of.group("meeting")
            head.kind_hint = head.kind_hint or "minutes"
            if not _GROUP_TITLE.search(h1) and _one_heading(h1, h2):
                title = f"{h1} {word.upper() if h1.isupper() else word.capitalize()}"
        elif kind_tail:
            title = f"{h1} {kind_tail.group('group')}"
        elif h2_dates and _bare_dated_meeting(h1, h2, vocab):
            # 'ELMLEY ALLOTMENT ASSOCIATION' over 'COMMITTEE MEETING 19:30 THURSDAY 22 SEPTEMBER 2031': the dated
            # line says which kind of meeting and when, the line above names the body (round 37)
            title, span = _as_printed(first, h1)
        elif _bare_meeting_line(h1, h2, vocab):
            # 'Elmley Community Trust' over 'Board Meeting': the second line names only a kind of body and its
            # meeting, the line above whose it is; one name over two lines (round 37)
            title, span = f"{h1} {h2}", (first.start, second.end)
        elif h2_dates and _strip_date(h2) != h2 and re.search(r"[–—-]\s*$", h2[:h2_dates[0].start]):
            title = f"{h1} {_strip_date(h2)}"
        elif names_meeting(h1, vocab) and not names_meeting(h2, vocab):
            pass  # 'Elmley LSCB Meeting Minutes' over a strap line: the heading that names the meeting
        elif own2 := _OWN_MEETING.match(h2):
            group = own2.group("group").strip()
            word = own2.group("meeting")
            title = f"{group} {word.upper() if group.isupper() else word.capitalize()}"
            span = (second.start + own2.start("group"), second.start + own2.end("group"))
        elif _organ_under_org(h1, h2, vocab):
            # 'ELMLEY HEALTH TRUST' over 'GOVERNING BODY': one capitals heading over two lines, the organisation
            # then its organ; the organ alone names no paper (round 20)
            title, span = f"{h1} {h2}", (first.start, second.end)
        elif _name_over_two_lines(h1, h2, vocab):
            # 'Elmley & Brook’s Children' over 'Strategic Planning Group': the first line names no body, the
            # second ends in one; one name broken over two lines (round 23)
            title, span = f"{h1} {h2}", (first.start, second.end)
        elif _names_paper(h2, vocab):
            title, span = h2, (second.start, second.end)
        else:  # 'Action Sheet', 'Welcome and apologies': a section under the heading, not the paper's name
            title, span = _as_printed(first, h1)
    elif kind_word and _KIND_WORDS.get(kind_word.lower()) != "agenda" and first is not run_on:
        title = f"{h1} {kind_word}"
    elif meeting_word and not _GROUP_TITLE.search(h1) and h1.isupper():
        title = f"{h1} {meeting_word.upper()}"  # 'ELMLEY BOARD' / 'MEETING HELD ON 4 MAY 2019': one heading
    else:
        title, span = _as_printed(first, h1)
    head.title, head.spans["title"] = title, span
    head.unnamed = names_nothing(title, vocab) and not any(first is m for m in meeting_lines)
    body = body_from_title(title, vocab)
    named = body.split()[-1].lower().strip("’'") in vocab.body_heads if body.split() else False
    head.body = body if _names_group(title, vocab) or named or names_meeting(title, vocab) or met else h1


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


# 'Committee for Health, meeting on Thursday, 12 February 2026': a legislature's official report names the body,
# then 'meeting on' and the date
_MEETING_ON = re.compile(r"^(?P<group>[A-Z][^,;:–—-]{2,80}?),\s+meeting\s+on(?:\s+[A-Z][a-z]+day,?)?\s*$")


def _body_meeting_on(line: Line, before: str, vocab: Vocabulary) -> Line | None:
    """The body before ', meeting on <date>' when it names a body (a body word in it, a dozen words or fewer)."""
    m = _MEETING_ON.match(before.strip("*_ "))
    if m is None or len(m.group("group").split()) > 12 or _sentence(m.group("group")):
        return None
    if not {w.lower().strip("’'s,") for w in m.group("group").split()} & vocab.body_heads:
        return None
    at = line.text.find(m.group("group"))
    return sub(line, at, at + len(m.group("group")))


def _body_dated(line: Line, d: FoundDate) -> bool:
    """A council web page's meeting line: the body, a dash, the weekday and date, perhaps the time
    ('Elmley Board - Wednesday, 21 January 2015 10.30 a.m.'). A long name (13 to 24 words, round 19: a joint
    meeting naming its bodies in brackets) only when the line starts with a capital and the name holds no full
    stop (no sentence), and a time follows the date."""
    before, after = line.text[:d.start], line.text[d.end:].strip(" ,")
    words = before.split()
    long_body = len(words) <= 24 and before[:1].isupper() and "." not in before and bool(after)
    return (d.weekday is not None and d.precision == "day" and bool(re.search(r"\S\s+[-–—]\s*$", before))
            and (not after or _TIME.fullmatch(after) is not None) and (len(words) <= 12 or long_body))


def _body_that_met(text: str, vocab: Vocabulary) -> str | None:
    """'Minutes of the Meeting of the Elmley Committee held on ...' -> 'Elmley Committee': a minutes line that
    names, after 'Meeting of', a body that meets."""
    held = _HELD.match(text)
    if held is None:
        return None
    lead = re.match(r"(?i)meeting\s+of\s+(?:the\s+)?", held.group("group"))
    group = held.group("group")[lead.end():].strip() if lead else ""
    words = {w.lower().strip("’'") for w in group.split()}
    return group if group and words & vocab.body_heads and len(group) <= 120 else None


def _body_in_minutes_line(h1: str, h2: str, vocab: Vocabulary) -> str | None:
    """'Minutes of the YOT Management Board Meeting' under a heading that names no body ('ELMLEY YOUTH
    OFFENDING TEAM', a service) -> 'YOT Management Board': an undated minutes line naming a body of its own
    (a body word after a distinctive one; not 'Minutes of the Board meeting')."""
    own = _OWN_MEETING.match(h2)
    if own is None or find_dates(h2) or not _MINUTES_OF.match(h2):
        return None
    group = own.group("group").strip()
    words = [w.lower().strip("’'") for w in group.split()]
    heads = {w.lower().strip("’'") for w in h1.split()} & (vocab.body_heads | (vocab.sub_body_heads - {"team"}))
    if heads or len(words) < 2 or words[-1] not in vocab.body_heads or not any(
            w not in vocab.body_heads and w not in {"the", "of", "and", "&"} for w in words):
        return None
    return group


def _sentence(text: str) -> bool:
    """A line of prose, not a heading: it ends with a full stop after six or more words."""
    return text.rstrip().endswith(".") and len(text.split()) >= 6


def _organ_under_org(h1: str, h2: str, vocab: Vocabulary) -> bool:
    """'ELMLEY CLINICAL COMMISSIONING GROUP' / 'GOVERNING BODY': two capitals lines, the second two or three words
    ending in 'body' or a body word ('TRUST BOARD'), the first three or more words with no date."""
    words2, words1 = h2.split(), h1.split()
    return (h1.isupper() and h2.isupper() and 2 <= len(words2) <= 3 and len(words1) >= 3
            and words2[-1].lower() in vocab.body_heads | {"body"} and not find_dates(h1) and not find_dates(h2))


def _name_over_two_lines(h1: str, h2: str, vocab: Vocabulary) -> bool:
    """'Elmley & Brook’s Children' / 'Strategic Planning Group': a body's name broken over two heading lines. The
    first line (two to six words, capitalised, no date, no person) holds no body or organisation word, so names
    nothing alone, and is left open: a possessive ('Brook’s Children') or a last word that joins ('Elmley and');
    the second (no date, not a minutes line) ends in a body word ('group', 'board'). 'Public Document Pack' over
    'Elmley Board' is no such pair."""
    w1 = [w.lower().strip("’'") for w in re.findall(r"[\w’'-]+", h1)]
    w2 = [w.lower().strip("’'") for w in re.findall(r"[\w’'-]+", h2)]
    return (2 <= len(w1) <= 6 and 2 <= len(w2) <= 6 and h1[:1].isupper() and h2[:1].isupper()
            and not h1.rstrip().endswith((":", ",", ".")) and not set(w1) & (vocab.body_heads | vocab.org_words | set(_KIND_WORDS))
            and w2[-1] in vocab.body_heads and not set(w2) & set(_KIND_WORDS) and not find_dates(h1) and not find_dates(h2)
            and not names_meeting(h2, vocab) and h1.isupper() == h2.isupper()
            and (re.search(r"\w['’]s\b", h1) is not None or h1.rstrip().endswith("&") or w1[-1] in ("and", "of", "for", "the"))
            and not looks_like_person(h1, vocab))


def _bare_dated_meeting(h1: str, h2: str, vocab: Vocabulary) -> bool:
    """'COMMITTEE MEETING 19:30 THURSDAY 22 SEPTEMBER 2031' under a heading naming a body: the second line opens
    with one or two body words and 'Meeting' (no name of its own) and carries the date; the first line (two to eight
    words, no date, no meeting or paper word) is a name in the same case."""
    m = re.match(r"(?i)^((?:[\w’'-]+\s+){1,2})meeting\b", h2.strip())
    if m is None or not all(w.lower().strip("’'") in vocab.body_heads for w in m.group(1).split()):
        return False
    w1 = h1.split()
    return (2 <= len(w1) <= 8 and h1[:1].isupper() and h1.isupper() == h2.isupper() and not find_dates(h1)
            and not re.search(r"(?i)\b(?:minutes?|notes|meeting|agenda)\b", h1) and not looks_like_person(h1, vocab))


def _bare_meeting_line(h1: str, h2: str, vocab: Vocabulary) -> bool:
    """'Elmley Community Trust' / 'Trustee Board Meeting': the second line is one to four words, only body words
    ending in 'Meeting' (no name of its own), under a first line of two to eight capitalised words that names no
    meeting, holds no date and is no person; both lines in the same case."""
    w1, w2 = h1.split(), [w.lower().strip("’'") for w in h2.split()]
    generic = vocab.body_heads | {"trustee", "trustees", "directors", "governors", "members", "general"}
    return (2 <= len(w2) <= 4 and w2[-1] == "meeting" and all(w in generic for w in w2[:-1])
            and 2 <= len(w1) <= 8 and h1[:1].isupper() and h1.isupper() == h2.isupper()
            and not names_meeting(h1, vocab) and not re.search(r"(?i)\b(?:minutes?|notes|meeting|agenda)\b", h1)
            and not find_dates(h1) and not find_dates(h2) and not h1.rstrip().endswith((":", ",", "."))
            and not looks_like_person(h1, vocab))


def _one_heading(h1: str, h2: str) -> bool:
    """Is a minutes line part of the heading above it? An undated subtitle ('Minutes of the Board meeting')
    is; a dated opening line ('Minutes of meeting held on 4 June 2013') only when set in the heading's
    capitals ('ELMLEY COMMITTEE' / 'MINUTES OF THE MEETING HELD ON 9TH MAY 2003')."""
    if not find_dates(h2):
        return True
    return h1.isupper() and h2.isupper()


_DOC_WORDS = re.compile(r"(?i)\b(?:report|log|plan|workplan|strategy|review|update|briefing|newsletter|bulletin"
                        r"|summary|record|register|minutes|notes|agenda|meeting)\b")
_GENERIC = re.compile(r"(?i)\b(?:action|actions|sheet|log|summary|record|register|minutes?|notes|agenda|and|of|the"
                      r"|welcome|introductions?|apologies|attendees?|attendance|present|items?|matters|arising)\b")


def _names_paper(text: str, vocab: Vocabulary) -> bool:
    """Does a second heading name the paper ('Elmley Sub-Group', 'REPORT ON PROGRESS OF THE WORKPLAN', 'Action
    Log – Board meeting of 18 January 2012') rather than a section of it ('Action Sheet', 'Welcome and
    apologies')? It names a meeting or group, or a kind of paper with something of its own."""
    if _OCCASION_ONLY.match(text.strip()):
        return False  # 'General Meeting' under the body's name: the occasion, not the paper's name (round 28)
    if names_meeting(text, vocab) or _names_group(text, vocab):
        return True
    rest = _GENERIC.sub(" ", text)
    if not re.search(r"[A-Za-z]{2}", rest):
        return False  # only generic words
    return bool(_DOC_WORDS.search(text)) or not re.search(r"(?i)\b(?:welcome|apologies|attendees|present)\b", text)


def _as_printed(line: Line, h1: str) -> tuple[str, tuple[int, int]]:
    """The heading line as printed, a month it names kept ('Elmley Group: December 2017'); a full date
    printed after it ('ELMLEY COMMITTEE – 6 October 2004') is the meeting's date, not its name."""
    text = line.text.strip("*_ ")
    dates = find_dates(text)
    if dates and dates[-1].precision == "month" and not text[dates[-1].end:].strip(" .,") and h1 != text:
        at = line.text.find(text)
        return text, (line.start + at, line.start + at + len(text))
    return h1, (line.start, line.start + len(h1))


def _names_nothing(group: str) -> bool:
    """'the', 'Meeting', 'the last': a minutes line that names no body ('Minutes of the Meeting held on',
    'Minutes from last meeting', the agenda item that approves them)."""
    return not re.sub(r"(?i)\b(?:the|a|an|meeting|minutes?|notes|of|last|previous)\b", "", group).strip(" ,:–—-")


def _take_place(head: Header, line: Line, place: str) -> None:
    place = place.strip(" .")
    at = line.text.find(place)
    head.location, head.spans["location"] = place, (line.start + at, line.start + at + len(place))


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


_RECORDED = re.compile(r"(?i)\b(?:minutes|notes)\s+of\s+the\s+(?:last\s+|previous\s+)?meeting\b[^.]{0,60}?\b"
                       r"(?:were|was)\s+(?:approved|agreed|accepted|signed|confirmed)\b"
                       r"|\b(?:were|was)\s+(?:approved|agreed|accepted)\s+as\s+an?\s+(?:true|correct|accurate)\s+record\b")
_LIST_PAPER = re.compile(r"\bmembership\b|\bmembers?\s+list\b|\blist\s+of\s+members\b|\bterms\s+of\s+reference\b"
                         r"|\bcontact\s+(?:list|details)\b|\bdirectory\b")
_REPORT = re.compile(r"(?i)\breport\b|\breview\s+of\b|\bprogress\s+(?:note|summary)\b")


def kind_of(head: Header, has_attendance: bool, has_actions: bool, lines: list[Line]) -> str:
    """minutes / update / workplan / agenda / report / other, from the header and what the body holds.

    Only minutes are meetings (`Paper.is_meeting`); an agenda, a report to the board and a single
    agenda item's page are papers about its work."""
    opening = " ".join(l.text for l in lines[:40] if not l.blank).lower()
    title = (head.title or "").lower()
    if head.item_page and not has_attendance:
        return "other"
    if _LIST_PAPER.search(title) and head.kind_hint != "minutes":
        return "other"  # a membership list names people without recording a meeting
    if re.search(r"\bwork\s*plan|\bwork\s+programme|\bbusiness\s+plan", title + " " + opening[:400]):
        return "workplan"
    if has_attendance or head.kind_hint == "minutes" or (head.labelled and head.date and has_actions):
        return "minutes"
    if head.kind_hint == "update" or re.search(r"\b(update|newsletter|bulletin|briefing)\b", title):
        return "update"
    if re.search(r"\bminutes\b|\bnotes of (?:the )?meeting\b", title) or (head.date and _RECORDED.search(opening)):
        return "minutes"
    if head.kind_hint == "agenda" or re.search(r"^agenda\b|\bagenda$", title):
        return "agenda"
    if _REPORT.search(title):
        return "report"
    return "other"
