"""The title chooser of unlabelled papers: reading the top lines for the heading, body and date.

Papers without 'Meeting Title:' labels name the body and date in their first lines ('ELMLEY CHILD
PROTECTION COMMITTEE – 6 October 2004'); these helpers skip page furniture, prose and column heads and
decide which heading lines give the title.
"""
from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from ingest.parse.dates import FoundDate, find_dates
from ingest.parse.furniture import is_page_ref, is_section, is_venue
from ingest.parse.header_dates import _TIME, _best_date, _own_date, _take_date, _without_lifetime
from ingest.parse.header_title import (
    _OCCASION,
    _OCCASION_ONLY,
    _TITLE_TAIL,
    _cellish,
    _names_body_or_paper,
    _names_group,
    _sentence,
    _strip_date,
    body_from_title,
    names_meeting,
    names_nothing,
)
from ingest.parse.heading_runon import heading_before_date, pack_date, pack_heading, site_title_inside
from ingest.parse.lines import Line, is_table_row, strip_bullet, sub
from ingest.parse.title_gate import bare_body
from ingest.parse.people import looks_like_person, parse_entry
from ingest.parse.vocab import Vocabulary

if TYPE_CHECKING:
    from ingest.parse.header import Header

_KIND_WORDS = {
    "update": "update", "newsletter": "update", "briefing": "update", "bulletin": "update",
    "minutes": "minutes", "notes": "minutes", "action log": "minutes",
    "meeting notes": "minutes", "meeting minutes": "minutes", "notes of meeting": "minutes", "minute": "minutes",
    "minute of meeting": "minutes", "agenda": "agenda",
}


# the record's opening words under the page's heading, a sentence even without its full stop: 'Minutes from the
# meeting of the Elmley Board on 18 December 2031', 'The Elmley Board’s meeting of 8 May 2031'
_OPENING_PHRASE = re.compile(r"^(?:Minutes\s+from\s+the\b|The\s+(?:[A-Z][\w&-]*\s+){0,8}?[\w&-]+['’]s\s+meeting\s+of\b)")


_AS_AT = re.compile(r"^(?:status\s+)?as\s+at\b|^date\s+of\s+(?:report|issue)\b", re.I)
_VENUE = re.compile(r"^(?:in|at)\s+(?:the\s+)?|^venue\s*:\s*", re.I)
_VENUE_WORDS = re.compile(r"\b(?:room|hall|house|centre|center|chamber|offices?|suite|building|library|school|hotel)\b", re.I)
_MINUTES_OF = re.compile(r"^(?:minutes?|notes?|record|summary)\s+of\s+(?:the\s+)?(?:[\w’'\- ]*?\s)?(?P<meeting>meeting)\b", re.I)
_HELD = re.compile(r"^(?:minutes?|notes)\s+(?:of|from)\s+(?:the\s+|a\s+)?(?P<group>.+?)\s*(?P<meeting>meeting)?\s+held\s+(?:on\s+)?"
                   r"(?P<when>.+?)(?:\s+(?:at|in)\s+(?:the\s+)?(?P<place>[^,]+(?:,[^,]+)?))?\.?$", re.I)
_GROUP_TITLE = re.compile(r"(?i)\b(?:meeting|minutes|group|subgroup)\s*$")
# 'MINUTES OF MEETING' alone under the body's name: the record's kind, no part of the name (round 66; the golds leave
# 'Minutes of (the meeting of)' and 'Record of Meeting' out)
_BARE_RECORD = re.compile(r"(?i)^(?:minutes?|notes|record)\s+of\s+meeting\s*$")
_KIND_TAIL = re.compile(r"^(?P<group>.+?)\s+[–—-]\s+(?:minutes|notes|agenda)\s*$", re.I)


_MEETING_WORDS = re.compile(r"(?i)\b(?:meeting|held|met|took\s+place|convened)\b")  # prose that dates the meeting


_OF_BODY = re.compile(r"^(?:minutes?|notes?)(?:\s+(?:of|from)\s+(?:the\s+|a\s+)?|\s*[:–—-]\s*)(?P<group>\S.*\S)$", re.I)
_MEETING_OF = re.compile(r"^meeting\s+of\s+(?:the\s+)?(?P<group>\S.*\S)$", re.I)  # 'Meeting of the Elmley Board'
# 'Summary of Elmley Safeguarding Children Board Meeting – Nov 2018': a digest of the body's meeting, titled by the body
_SUMMARY_OF = re.compile(r"^(?:a\s+)?(?:summary|highlights|key\s+(?:messages|points)|digest)\s+(?:of|from)\s+(?:the\s+)?"
                         r"(?P<group>\S.*?\S)\s+meeting$", re.I)
_KEY_VALUE = re.compile(r"^[A-Z][\w ]{0,20}:\s+\S")  # 'Contact: Ada Brook 01234 567890'
# 'Elmley LSCB: Board Briefing': the value after the colon names a kind of paper, so the line is a heading
_KIND_VALUE = re.compile(r"(?i):\s+(?:[\w&’'-]+\s+){0,3}(?:briefing|newsletter|bulletin|update|minutes)\s*$")
_OWN_MEETING = re.compile(
    r"^(?:minutes?|notes?|record)\s+(?:of|from|for)\s+(?:the\s+|a\s+)?(?P<group>\S.*?)\s+(?P<meeting>meeting)\b"
    r"(?:\s*(?:held\b.*|on\b.*|[:,–—-].*))?$", re.I)


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
            if not _GROUP_TITLE.search(h1) and _one_heading(h1, h2) and not _BARE_RECORD.match(h2):
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


# 'MINUTES of a meeting of the Cabinet' with no 'held' (the date on a line of its own): the body that met, named after
# 'meeting of' (round 62: under a council's letterhead the heading above is the issuer, not the meeting)
_MEETING_OF_BODY = re.compile(rf"(?i)^(?:minutes?|notes)\s+of\s+(?:the\s+|an?\s+)?(?P<group>{_OCCASION}meeting\s+of\s+"
                              r"(?:the\s+)?[^,;:()]+?)\s*$")


def _body_that_met(text: str, vocab: Vocabulary) -> str | None:
    """'Minutes of the Meeting of the Elmley Committee held on ...' -> 'Elmley Committee': a minutes line that
    names, after 'Meeting of', a body that meets."""
    held = _HELD.match(text) or _MEETING_OF_BODY.match(text.strip("*_ "))
    if held is None:
        return None
    lead = re.match(rf"(?i){_OCCASION}meeting\s+of\s+(?:the\s+)?", held.group("group"))
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


def _organ_under_org(h1: str, h2: str, vocab: Vocabulary) -> bool:
    """'ELMLEY CLINICAL COMMISSIONING GROUP' / 'GOVERNING BODY': two capitals lines, the second two or three words
    ending in 'body' or a body word ('TRUST BOARD'), the first three or more words with no date. A body with a name
    of its own under a body's letterhead ('ELMLEY COUNTY COUNCIL' / 'PLANNING COMMITTEE') is no organ: the second
    line is the meeting's (round 62)."""
    words2, words1 = h2.split(), h1.split()
    named = words2[-1].lower() != "body" and not bare_body(h2, vocab) and words1[-1].lower() in vocab.body_heads
    return (h1.isupper() and h2.isupper() and 2 <= len(words2) <= 3 and len(words1) >= 3 and not named
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
            and not looks_like_person(h1, vocab) and w1[-1].lower().strip("’'") not in w2[:-1])


def _one_heading(h1: str, h2: str) -> bool:
    """Is a minutes line part of the heading above it? An undated subtitle ('Minutes of the Board meeting')
    is; a dated opening line ('Minutes of meeting held on 4 June 2013') only when set in the heading's
    capitals ('ELMLEY COMMITTEE' / 'MINUTES OF THE MEETING HELD ON 9TH MAY 2003')."""
    if not find_dates(h2) and not re.search(r"(?i)\bheld\s+(?:on|in|at)\b", h2):
        return True  # 'Minutes of meeting held in Room 3, ...' with its date wrapped below is the opening line too (round 66)
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
