"""The header of a paper: title, body, date, time, location, chair and kind.

Labelled headers ('Meeting Title:', 'Date:', 'Chaired by:') are read label by
label, the value on the same line or the next one. Unlabelled papers take their
title from the first lines: 'ELMLEY CHILD PROTECTION COMMITTEE – 6 October 2004'
gives the body and the date, a following heading line gives the title, and a
lone kind word ('Update') is appended to the body. What a sharing site or web
page put above the paper (parse/furniture.py: its page title, uploader line,
'advertisement') and the paper's own markings ('DRAFT') are skipped first.

This module holds the labelled-header reader, chair lines and the kind; the
top-lines title chooser is header_top.py, the title gates and cutting
header_title.py, the date choosing header_dates.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ingest.model import PersonEntry
from ingest.parse.dates import FoundDate, find_dates
from ingest.parse.furniture import is_furniture, is_image_label, is_marking, is_metadata_label, is_page_ref, page_title
from ingest.parse.header_dates import (
    _TIME,
    _held_date,
    _labelled_date_that_fits,
    _lone_date_label,
    _moved_date,
    _next_filled,
    _take_date,
)
from ingest.parse.header_title import (
    _GENERIC_WORDS,
    _RECORD_VERB,
    _date_alone,
    _finish,
    _held_heading,
    _names_body_or_paper,
    _sentence,
    _stray_number,
    body_from_title,
    names_meeting,
)
from ingest.parse.header_top import _OPENING_PHRASE, _heading_ok, _read_top
from ingest.parse.heading_fallback import company_title, heading_title, meeting_title
from ingest.parse.labels import LABELS, Label, match_label
from ingest.parse.lines import Line, bar_cells, columns, numbered, sub
from ingest.parse.people import looks_like_person, parse_entry
from ingest.parse.minutes_heading import before_inline_label, dated_page_title, fuller_body, named_above, report_heading
from ingest.parse.title_gate import body_below
from ingest.parse.vocab import Vocabulary


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


def _names_a_body(text: str, vocab: Vocabulary) -> bool:
    """Does a meeting line name which body met ('Minutes of the Elmley Board Meeting'), not only a kind of body
    ('Minutes of the Board Meeting – 29th November 2018')?"""
    for d in reversed(find_dates(text)):
        text = text[:d.start] + " " + text[d.end:]
    words = {w.lower() for w in re.findall(r"[A-Za-z][\w’'-]*", text)}
    return bool(words - _GENERIC_WORDS - vocab.body_heads)
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
    _read_top(head, _without_menu(top), vocab, site=lines[site_title].text if site_title is not None else None)
    _labelled_date_that_fits(head, lines)
    if head.date is None:
        _moved_date(head, lines[:i + 1])
    if head.date is None:
        _held_date(head, lines[:i + 1])
    _finish(head, text, vocab)
    if head.title is None and not head.item_page:
        _held_heading(head, lines[:i + 1], vocab)
    elif head.unnamed and not head.item_page:
        framed = Header()  # round 62: a heading naming nothing gives way to a 'Minutes of the ... held on' frame
        _held_heading(framed, lines[:i + 1], vocab)
        if framed.title is not None:
            head.title, head.spans["title"], head.unnamed = framed.title, framed.spans["title"], False
            head.body, head.kind_hint = framed.body, head.kind_hint or framed.kind_hint
    if head.title is None and not head.item_page and (found := heading_title(lines[:i + 1], vocab)) is not None \
            and not _stray_number(found[0]) and not _RECORD_VERB.search(found[0]):
        head.title, head.spans["title"] = found  # round 42: nothing chose a title; a body's heading line
        head.body = head.body or body_from_title(found[0], vocab)
    if head.title is None and not head.item_page and (found := meeting_title(lines[:i + 1], vocab)) is not None:
        head.title, head.spans["title"] = found  # round 48: a meeting named by its occasion ('Business Meeting')
    if head.title is None and not head.item_page and (found := company_title(lines[:i + 1])) is not None:
        head.title, head.spans["title"] = found  # round 52: 'MINUTES OF THE DIRECTORS OF ELMLEY LIMITED a company ...'
    for fallback in (report_heading, before_inline_label, dated_page_title):
        if head.title is None and not head.item_page and (found := fallback(lines[:i + 1], vocab)) is not None:
            head.title, head.spans["title"] = found  # round 66: the minutes' own heading, in a shape no reader took
            head.body = head.body or body_from_title(found[0], vocab)
    if head.title and not head.labelled and (named := body_below(head.title, head.spans.get("title"), lines, vocab)):
        head.title, head.spans["title"] = named  # round 62: 'COUNTY COUNCIL' (a letterhead) over the committee that met
        head.body = body_from_title(named[0], vocab)
    if head.title and (named := fuller_body(head, lines[:i + 1], vocab)) is not None:
        head.title, head.spans["title"] = named  # round 66: a page title that is a shorter part of the body that met
        head.body = body_from_title(named[0], vocab)
    if head.title and (named := named_above(head, lines[:i + 1], vocab)) is not None:
        head.title, head.spans["title"] = named  # round 66: 'ELMLEY X BOARD' over 'Board Meeting': the body that met
        head.body = body_from_title(named[0], vocab)
    return head


_MENU_WORD = re.compile(r"[A-Z][a-z]+(?:\s*(?:\.{2,}|…))?")


def _without_menu(top: list[Line]) -> list[Line]:
    """The top lines less a site's menu: two or more lines in a row that are each one capitalised word ('More ...',
    'Surveys', 'Forum'); a menu entry is no title, and a body head word among them was taken for one (round 52)."""
    single = [_MENU_WORD.fullmatch(t.text.strip("*_# ")) is not None for t in top]
    menu = {k for k in range(len(top)) if single[k] and ((k and single[k - 1]) or (k + 1 < len(top) and single[k + 1]))}
    return [t for k, t in enumerate(top) if k not in menu]


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


def _page_rule(line: Line) -> bool:
    """Lines of a council page that hold neither the title nor the date: a pipe table's rule ('---|---|'), the
    host council's name in capitals after 'Minutes:' ('Minutes: ELMLEY BOROUGH COUNCIL'). Left out of the
    first lines the heading and date are looked for in, so they do not use them up."""
    if re.fullmatch(r"[\s|:-]*\|[\s|:-]*", line.text):
        return True
    host = re.fullmatch(r"\s*Minutes:\s*(?P<host>[^a-z]{6,80})", line.text)
    return host is not None and re.search(r"[A-Z]{3}", host.group("host")) is not None and not find_dates(line.text)


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
