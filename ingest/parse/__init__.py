"""Structure first: read a paper's layout deterministically into its Paper.

`parse_structure(paper)` fills the header (title, body, date, time, location,
chair), attendee and apology lists, numbered items, actions with owners,
acronyms the paper defines, future meeting dates and workplan rows, each with
its span in `paper.text`. Prose entities (spaCy) come after, in ingest.extract,
constrained by what this step found.
"""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from ingest.curated import load_aliases
from ingest.model import Mention, Paper, PersonEntry
from ingest.names import initials_of, person_key
from ingest.parse.acronyms import find_acronyms
from ingest.parse.actions import find_actions
from ingest.parse.attendance import Attendance, parse_attendance
from ingest.parse.chair import (
    chair_appositions,
    chair_blocks,
    chair_first_role_of_run,
    chair_fits,
    chair_role_before_name,
    chair_rows,
    elected_chair_of_this_body,
    resolve_written,
)
from ingest.parse.chair_text import chairs_elected, chairs_in_text, chairs_marked_in_run, chairs_opening_own_item
from ingest.parse.heading_fallback import meeting_title
from ingest.parse.title_gate import unconfident
from ingest.parse.chair_said import (chairs_labelled, chairs_marked_in_lists, chairs_said_in_first_items,
                                     civic_head_chairs, without_style)
from ingest.parse.chair_words import chairs_in_other_words, chairs_said_outright, first_co_chair, forename_opener
from ingest.parse.dates import to_date, year_for
from ingest.parse.flattened import unflatten
from ingest.parse.future import find_future_meetings
from ingest.parse.header import kind_of, read_header
from ingest.parse.items import find_items
from ingest.parse.labels import match_label
from ingest.parse.lines import Line, split_lines
from ingest.parse.owners import OwnerReader
from ingest.parse.people import looks_like_person
from ingest.parse.roster import Roster
from ingest.parse.vocab import Vocabulary, load_vocabulary
from ingest.parse.workplan import find_workplan, rows_as_items

_DEFINED_INITIALS = re.compile(r"((?:[A-Z][\w'’\-]+\s+){1,3}[A-Z][\w'’\-]+)\s*\(([A-Z]{2,4})\)")

__all__ = ["parse_structure", "build_roster"]


def parse_structure(paper: Paper, data_dir: Path | None = None) -> Roster:
    """Fill `paper` from its text's layout; returns the roster of people the paper names."""
    vocab = load_vocabulary(data_dir)
    text = paper.text
    lines = unflatten(split_lines(text), vocab)  # a page flattened into one line: its labels and items cut apart
    head = read_header(lines, text, vocab)
    attendance = parse_attendance(lines, text, vocab)

    paper.title = head.title
    paper.body = head.body
    paper.time = head.time
    paper.location = head.location
    paper.spans.update(head.spans)
    if head.issuer and head.issuer_span:
        paper.mentions.append(Mention("ORG", head.issuer, head.issuer_span))
    if head.date is not None:
        resolved = head.date.resolve()
        if resolved is None and head.date.year is None and (year := year_for(head.date, text)) is not None:
            resolved = head.date.resolve(date(year, 1, 1))  # 'Wednesday 4th June' in a paper that writes 2014
        if resolved is not None:
            paper.date = resolved.isoformat()
            paper.date_precision = head.date.precision
    if head.month is not None and (month := head.month.resolve()) is not None:
        paper.month = f"{month:%Y-%m}"
    paper.attendees = [e.person for e in attendance.attendees]
    paper.apologies = [e.person for e in attendance.apologies]
    paper.warnings.extend(w for w in attendance.warnings if w not in paper.warnings)
    paper.chair = _chair(head.chair, attendance.attendees, text, lines, head, vocab, paper.warnings)
    if paper.chair is None:
        paper.chair = _written_chair(attendance, lines, text, vocab, paper.warnings, head)
    elif head.chair is not None and _said_absent(head.chair, attendance):
        # round 65: 'Chair: Ada Brook' over 'Apologies: Ada Brook' and 'Ben Cole presided': who the minutes say
        # chaired beats the label only when the label's person is said absent
        stood_in = _written_chair(attendance, lines, text, vocab, [], head)
        if stood_in is not None and person_key(stood_in.name) != person_key(head.chair.name):
            paper.chair = stood_in
    if paper.chair is not None:
        paper.chair = without_style(paper.chair, vocab)  # round 65: 'Deputy A.B. Brook' -> 'A.B. Brook'
    paper.warnings.extend(w for w in head.warnings if w not in paper.warnings)

    listed_keys = {person_key(p.name) for p in _listed(paper)}

    def is_person(long: str) -> bool:
        return person_key(long) in listed_keys or (looks_like_person(long, vocab) and len(long.split()) == 2)

    for a in find_acronyms(text, is_person):
        if any(a.short in initials_of(p.name) for p in _listed(paper)):
            continue
        paper.acronyms.setdefault(a.short, a.long)
        paper.spans.setdefault(f"acronym:{a.short}", a.span)

    roster = build_roster(paper, vocab)
    reference = to_date(paper.date)
    workplan = find_workplan(lines, text)
    paper.workplan = workplan
    items = find_items(lines, text, start=attendance.end or head.end, floor=head.end, vocab=vocab)
    if workplan and (not items or "workplan" in (paper.title or "").lower()):
        items = rows_as_items(workplan, text)
    paper.items = items

    known_orgs = {p.org for p in _listed(paper) if p.org} | set(paper.acronyms)
    for canonical, aliases in load_aliases(data_dir).items():
        known_orgs.add(canonical)
        known_orgs.update(aliases)
    reader = OwnerReader(roster, vocab, known_orgs, paper.acronyms.values())
    paper.actions, warnings = find_actions(lines, text, items, reader, reference)
    paper.warnings.extend(w for w in warnings if w not in paper.warnings)

    paper.future_meetings = find_future_meetings(lines, text, reference)
    paper.kind = kind_of(head, bool(paper.attendees or paper.apologies), bool(paper.actions), lines)
    tag = _Reading()
    if paper.kind == "minutes" and not paper.attendees:
        _learned_attendees(paper, vocab, attendance.unlisted, tag)
    elif paper.kind == "minutes":
        _learned_more(paper, vocab, attendance.unlisted, tag)
    if paper.kind == "minutes":
        _learned_apologies(paper, vocab, attendance.unlisted, tag)
    if head.unnamed and paper.title == head.title and head.title is not None and (
            paper.kind == "minutes" or unconfident(head.title, head.spans.get("title"), text)):
        # minutes record a meeting: a heading that names no body, group or paper is a venue, a marking or a
        # sentence, and no title is better than a wrong one (round 34); any paper's, with no meeting word or
        # date on its line (round 62)
        paper.title = None
        paper.spans.pop("title", None)
        if paper.body == head.title:
            paper.body = None
        if (named := meeting_title(lines, vocab)) is not None:
            paper.title, paper.spans["title"] = named  # round 48: 'Minutes of the Business Meeting' below it
    if paper.kind == "workplan" and workplan:
        paper.items = rows_as_items(workplan, text)
    paper.decide_parents()  # once the items are final
    return roster


class _Reading:
    """The learned reader's reading of a paper, run at most once for the attendees' and the apologies' fallbacks."""

    def __init__(self) -> None:
        self.found: dict[str, list] = {}

    def __call__(self, text: str) -> list:
        from ingest.learned.reader import tagged

        if text not in self.found:
            self.found[text] = tagged(text)
        return self.found[text]

    @property
    def ran(self) -> bool:
        return bool(self.found)


def _learned_attendees(paper: Paper, vocab: Vocabulary, unlisted: set[str], tag: _Reading | None = None) -> None:
    """Minutes whose rules read no attendee: the learned reader's attendees from the opening, with a warning
    (ingest/learned, round 56). Only here does the model run; not on names run together that the rules found
    but could not cut (round 61: the model cuts them wrongly). `unlisted`: people a table's mark put in neither
    list (round 63), never taken."""
    from ingest.learned.fallback import WARNING, learned_attendees
    from ingest.parse.attendance import UNCUT_RUN_WARNING

    if UNCUT_RUN_WARNING in paper.warnings:
        return

    found = learned_attendees(paper.text, vocab, _known(paper, unlisted), tag)
    if found:
        paper.attendees = found
        paper.warnings.append(WARNING.format(n=len(found), names=", ".join(p.name for p in found)))


def _learned_more(paper: Paper, vocab: Vocabulary, unlisted: set[str], tag: _Reading | None = None) -> None:
    """Minutes whose rules read some attendees: the learned reader's further attendees, when it reads at least as
    many and three more (ingest/learned/fallback.py, round 57), with a warning; never the `unlisted`."""
    from ingest.learned.fallback import MORE_WARNING, more_attendees

    found = more_attendees(paper.text, vocab, paper.attendees, _known(paper, unlisted), tag)
    if found:
        paper.attendees = paper.attendees + found
        paper.warnings.append(MORE_WARNING.format(n=len(found), names=", ".join(p.name for p in found)))


def _learned_apologies(paper: Paper, vocab: Vocabulary, unlisted: set[str], tag: _Reading) -> None:
    """Minutes: the learned reader's apologies in a run under an apologies word that the rules did not read
    (ingest/learned/apologies.py, round 68), with a warning; the model runs for them only when it already ran for
    the attendees or an unread name-shaped pair stands close under an apologies word."""
    from ingest.learned.apologies import WARNING, learned_apologies, unread_apology_pairs
    from ingest.parse.attendance import UNCUT_RUN_WARNING

    if UNCUT_RUN_WARNING in paper.warnings:
        return
    known = _known(paper, unlisted)
    if not tag.ran and not unread_apology_pairs(paper.text, known):
        return
    found = learned_apologies(paper.text, vocab, known, [p.name for p in _listed(paper)], tag)
    if found:
        paper.apologies = paper.apologies + found
        paper.warnings.append(WARNING.format(n=len(found), names=", ".join(p.name for p in found)))


def _listed(paper: Paper) -> list[PersonEntry]:
    return ([paper.chair] if paper.chair else []) + paper.attendees + paper.apologies


def _known(paper: Paper, unlisted: set[str]) -> set[str]:
    """The person keys the learned reader must not add: everyone the paper lists now, and those a table's mark put
    in neither list (round 63). Built when each fallback runs: one may add names the next must then skip."""
    return {person_key(p.name) for p in _listed(paper)} | unlisted


def _chair(chair: PersonEntry | None, attendees: list, text: str = "", lines: list | None = None,
           head=None, vocab: Vocabulary | None = None, warnings: list[str] | None = None) -> PersonEntry | None:
    """The labelled chair, with the org from their attendee line; else the one attendee whose role or
    marker names them this board's chair; else the one person a table row or an opening line gives
    that role. Several fits: no chair, and a sentence in `warnings`."""
    if chair is not None:
        if chair.org is None:
            for e in attendees:
                if person_key(e.person.name) == person_key(chair.name) and e.person.org:
                    chair.org = e.person.org
                    break
        return chair
    if vocab is None or head is None:
        for e in attendees:
            if e.chair:
                p = e.person
                return PersonEntry(p.name, p.org, None, p.initials, p.span)
        return None
    column_roles = _column_roles(attendees, text)
    # a role column flattened after a run of names opens with the first name's role, not the last name's (round 28)
    sources = (lambda: chair_first_role_of_run(attendees, text),
               lambda: [(e.person, _role_text(e, attendees, text, column_roles)) for e in attendees],
               lambda: chair_rows(lines or [], vocab),
               lambda: chair_role_before_name(lines or [], vocab),
               lambda: _unnamed_page_attending(chair_appositions(lines or [], vocab, own_known=bool(head.title or head.body)),
                                               attendees, head, vocab),
               lambda: chair_blocks(lines or [], vocab),
               lambda: _attending(chair_appositions(lines or [], vocab, limit=400, whole=True), attendees))
    guests_from = _item_guests_start(lines or [], head)
    for source in sources:
        candidates = [(p, r) for p, r in source()
                      if not (guests_from is not None and p.span and p.span[0] >= guests_from
                              and _names_a_body(r, vocab))]
        fits = chair_fits(candidates, head.title, head.body, vocab)
        if len(fits) == 1:
            found = fits[0]
            return PersonEntry(found.name, found.org, None, found.initials, found.span)
        if len(fits) > 1:
            if warnings is not None:
                names = " and ".join(sorted(p.name for p in fits))
                warnings.append(f"More than one person is described as the chair ({names}); no chair was taken.")
            return None
    return None


def _written_chair(attendance: Attendance, lines: list, text: str, vocab: Vocabulary,
                   warnings: list[str], head=None) -> PersonEntry | None:
    """No list or label marks a chair: a surname-only '(Chair)' in the list, else the minutes' own words
    ('Mrs A Brook (in the Chair)', 'The Chairman, Ada Brook, welcomed ...', 'Ada Brook chaired the
    meeting'), else a resolution electing a chair of this body ('That Ada Brook be elected Chairman'), as
    the attendee they name; when the paper lists who attended, a chair named in its words must be one of
    them, and nobody who sent apologies chaired. Two different people so named: no chair, and a sentence
    in `warnings`."""
    listed = {person_key(e.person.name) for e in attendance.attendees}
    absent = {person_key(e.person.name) for e in attendance.apologies}
    title, body = (head.title, head.body) if head is not None else (None, None)

    def elected() -> list[PersonEntry]:
        return chairs_elected(lines, text, vocab, lambda role: elected_chair_of_this_body(role, title, body, vocab),
                              attendance.end)

    def not_absent(found: list[PersonEntry]) -> list[PersonEntry]:  # nobody who sent apologies chaired
        return [p for p in found
                if (r := resolve_written(p, attendance.attendees)) is not None and person_key(r.name) not in absent]

    tiers = ((lambda: attendance.chairs or chairs_marked_in_run(lines, vocab), True),
             (lambda: chairs_in_text(lines, text, vocab, attendance.end), False),
             (lambda: chairs_opening_own_item(lines, vocab, attendance.end), True),  # listed or not
             (elected, False),
             (lambda: chairs_in_other_words(lines, vocab), False),  # round 42: words no reader above knows
             (lambda: chairs_said_outright(lines, vocab), True),  # round 42: said outright, listed or not
             (lambda: first_co_chair(lines, vocab), False),  # round 48: co-chairs listed, the first
             (lambda: forename_opener(lines, attendance.attendees), True),  # round 53: 'Kelly welcomed everyone'
             # round 65: the ways real minutes say it, said outright (a flattened list may lose the name)
             (lambda: not_absent(chairs_labelled(lines, vocab) + chairs_marked_in_lists(lines, vocab)), True),
             (lambda: not_absent(chairs_said_in_first_items(lines, vocab, attendance.end)), True),
             (lambda: not_absent(civic_head_chairs(lines, vocab)), True))
    for found, in_list in tiers:
        people: dict[str, PersonEntry] = {}
        for person in found():
            resolved = resolve_written(person, attendance.attendees)
            if resolved is None or person_key(resolved.name) in absent and not in_list:
                continue
            if in_list or not listed or person_key(resolved.name) in listed:
                people.setdefault(person_key(resolved.name), resolved)
        if len(people) > 1 and not in_list and _one_person(list(people)):
            people = dict(list(people.items())[:1])  # 'Susan Brook' in the notice, 'Sue Brook' in its minute
        if len(people) == 1:
            found_chair = next(iter(people.values()))
            if len(person_key(found_chair.name).split()) == 1:
                warnings.append(f"The chair is named by a title and surname only ('{found_chair.name}'), and no "
                                "listed attendee has that surname; the name was kept as written.")
            return found_chair
        if len(people) > 1:
            names = " and ".join(sorted(p.name for p in people.values()))
            warnings.append(f"The minutes name more than one person as the chair ({names}); no chair was taken.")
            return None
    return None


def _said_absent(person: PersonEntry, attendance: Attendance) -> bool:
    """The person sent apologies and is not listed as present."""
    key = person_key(person.name)
    return key in {person_key(e.person.name) for e in attendance.apologies} \
        and key not in {person_key(e.person.name) for e in attendance.attendees}


def _unnamed_page_attending(found: list[tuple[PersonEntry, str]], attendees: list, head,
                            vocab: Vocabulary) -> list[tuple[PersonEntry, str]]:
    """On a page with no name of its own (an agenda item of another committee), 'Ada Brook, Independent Chair
    of the Elmley Board' on a contributors line chairs that board, not this meeting: a chair of a named body
    counts only when the paper lists the person as present."""
    if head.title or head.body:
        return found
    present = {person_key(e.person.name) for e in attendees}
    return [(p, r) for p, r in found if person_key(p.name) in present or not _names_a_body(r, vocab)]


def _item_guests_start(lines: list, head) -> int | None:
    """Where an agenda-item page with no name of its own lists who attended for the item ('The following were
    in attendance (for this item):'): 'Ada Brook, Independent Chair of the Elmley Adults Board' below it presents
    that board's report and does not chair this meeting. A 'Present:' list is the meeting's own."""
    if not head.item_page or head.title or head.body:
        return None
    for line in lines:
        label = match_label(line, ("attendees",))
        if label is not None and re.match(r"(?i)\W*the\s+following\b(?!.*\bpresent\b)", line.text):
            return line.start
    return None


def _names_a_body(role: str, vocab: Vocabulary) -> bool:
    """'Chair of the Elmley Board' names the body chaired; 'Chair of the Board' and 'Chair' do not."""
    words = re.findall(r"[\w’'-]+", re.split(r"(?i)\bchair(?:man|woman|person)?\b", role)[-1].lower())
    return bool(set(words) & vocab.body_heads) and any(
        w not in vocab.body_heads and w not in ("of", "the", "for", "and") for w in words)


def _one_person(keys: list[str]) -> bool:
    """Person keys that one person's names may all be: the same surname, and first names that are one
    name written short or long ('sue brook', 'susan brook'; 'chris cole', 'christine cole'), the same two
    first letters."""
    split = [k.split() for k in keys]
    if any(len(words) != 2 for words in split) or len({words[-1] for words in split}) != 1:
        return False
    firsts = [words[0] for words in split]
    return all(len(f) >= 3 for f in firsts) and len({f[:2] for f in firsts}) == 1


def _attending(found: list[tuple[PersonEntry, str]], attendees: list) -> list[tuple[PersonEntry, str]]:
    """Only people listed as present: 'Ada Brook, Elmley SAB Independent Chair, said ...' in the minutes'
    prose names the chair of this meeting when Ada Brook attended it."""
    present = {person_key(e.person.name) for e in attendees}
    return [(p, r) for p, r in found if person_key(p.name) in present]


_NEXT_ROW = re.compile(r"[A-Z][\w’'-]+\s+\([A-Z][A-Za-z]{1,3}\)")  # the next row of a run-on table: 'Cy Dale (CD)'


_COLUMN_SPLIT = re.compile(r"[ \t]+/[ \t]+")


def _column_roles(attendees: list, text: str) -> dict[int, str]:
    """A two-column table flattened column by column: one name a line, ' / ' after the LAST name, then the
    role column in the same order ('Ada Brook' / 'Ben Cole / Chair of the Board' / 'Director of Care'): the
    role printed beside the last name is the first name's. {attendee start: its role by position}, only when
    the role lines (up to a blank line, a label or another ' / ' line) are exactly as many as the names."""
    starts = {e.person.span[0]: e for e in attendees if e.person.span}
    out: dict[int, str] = {}
    lines = text.split("\n")
    offsets, pos = [], 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    lead = [offsets[k] + len(line) - len(line.lstrip()) for k, line in enumerate(lines)]  # each line's first character
    for i, line in enumerate(lines):
        cut = _COLUMN_SPLIT.search(line)
        if cut is None or lead[i] not in starts:
            continue
        names = [i]
        while names[0] > 0:
            j = names[0] - 1
            e = starts.get(lead[j])
            if e is None or lines[j].strip() != e.person.name.strip() or "/" in lines[j]:
                break
            names.insert(0, j)
        roles = [line[cut.end():].strip()]
        j = i + 1
        while j < len(lines) and lines[j].strip() and "/" not in lines[j] and len(roles) <= len(names):
            if lead[j] in starts or match_label(Line(j, offsets[j], offsets[j] + len(lines[j]), lines[j].strip())) is not None:
                break
            roles.append(lines[j].strip())
            j += 1
        if len(names) >= 3 and len(roles) == len(names):
            for k, role in zip(names, roles):
                out[lead[k]] = role
    return out


def _role_text(entry, attendees: list, text: str, column_roles: dict[int, str] | None = None) -> str:
    """What the paper writes about an attendee besides the name: org, note, a '(Chair)' marker, and the
    rest of their line up to the next attendee on it (a flattened table row); in a table flattened column
    by column (`_column_roles`), the role at the name's position instead of the line's rest."""
    p = entry.person
    if column_roles and p.span and p.span[0] in column_roles:
        return column_roles[p.span[0]]
    parts = [v for v in (p.org or "", p.note or "") if not (v.endswith(".") and len(v.split()) >= 3)]  # not prose
    if p.span and text:
        end = text.find("\n", p.span[1])
        end = len(text) if end < 0 else end
        later = [e.person.span[0] for e in attendees if e.person.span and p.span[0] < e.person.span[0] < end]
        if (row := _NEXT_ROW.search(text, p.span[1] + 4, end)) is not None:
            later.append(row.start())  # 'Ben Cole (BC) – Head of Care P Cy Dale (CD) – ...': Cy Dale's row, absent
        row = text[p.span[0]:min(later + [end])].replace(p.name, " ")
        if p.initials:  # '(AB - Chair)': the person's own initials qualify no chair
            row = re.sub(rf"(?<=\()\s*{re.escape(p.initials)}\s*[-–—]\s*", "", row)
        parts.append(row)
    if entry.chair and not any("chair" in x.lower() for x in parts):
        parts.append("Chair")  # marked by a designation elsewhere (a table flattened column by column)
    return " ; ".join(x for x in parts if x)


def build_roster(paper: Paper, vocab: Vocabulary) -> Roster:
    """Everyone the lists name, with initials the paper defines in lists or prose ('Ada Brook (AB)')."""
    roster = Roster()
    for p in _listed(paper):
        roster.add(p.name, listed=True, initials=p.initials)
    if paper.chair is not None:
        roster.chair = paper.chair.name
        if paper.chair.note and (m := re.search(r"(?:standing in for|deputising for)\s+(.+)$", paper.chair.note, re.I)):
            roster.add(m.group(1).strip(" ."))
    long_forms = {v.lower() for v in paper.acronyms.values()}
    for m in _DEFINED_INITIALS.finditer(paper.text):
        words, initials = m.group(1).split(), m.group(2)
        if initials in paper.acronyms or " ".join(words).lower() in long_forms:
            continue
        tails = [" ".join(words[-k:]) for k in range(2, len(words) + 1)]
        known = [t for t in tails if roster.full_name(t) and initials in initials_of(t)]
        if known:  # 'Ada Van Der Berg (AB)' names the listed Ada Van Der Berg, not 'Der Berg'
            roster.define(initials, roster.full_name(known[-1]) or known[-1])
            continue
        for name in tails:
            if initials in initials_of(name):
                if looks_like_person(name, vocab):
                    roster.define(initials, name)
                break
    return roster
