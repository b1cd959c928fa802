"""spaCy's PERSON and ORG guesses, vetted against what the structure and the sentence say.

NER runs on the prose only; its guesses are trusted after these checks:
- structure wins where they overlap (the first claim on a stretch of text wins);
- a person's name tagged ORG is a person when titled ('Dr Ada Brook'), listed
  after a person ('Eve Frost and Gus Hale') or cued by the sentence
  (`cues.person_cue`: '(Org)', 'from Org' or a reporting verb follows, 'invite' goes before);
- a PERSON guess that cannot be a person's name, or is the subject of a plural
  verb ('Elmley Aid have produced'), is vetted as an organisation, and a lone word
  only where the sentence writes an organisation (`cues.org_cue`);
- a first name or initials alone count only when they mean one person of the paper.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ingest.model import Mention, Paper
from ingest.names import TITLES, clean_text, initials_of
from ingest.parse.cues import org_after_person, org_cue, org_slots, person_cue, person_slots, plural_subject
from ingest.parse.orgs import clean_entity, locate, not_org, org_long_form, trim_org
from ingest.parse.people import looks_like_person
from ingest.parse.roster import Roster
from ingest.parse.vocab import Vocabulary


_BUCKET = 256  # characters of a paper's text one bucket of Mentions' overlap index covers


def _buckets(start: int, end: int) -> range:
    """The buckets a stretch covers (an empty one: the bucket it stands in). Two stretches that overlap share a
    character (max of their starts), so they share that character's bucket."""
    return range(start // _BUCKET, max(start, end - 1) // _BUCKET + 1)


class Mentions:
    """Mentions without overlaps: the first claim on a stretch of text wins."""

    def __init__(self) -> None:
        self.items: list[Mention] = []
        self._taken: dict[int, list[tuple[int, int, str]]] = {}  # bucket -> the stretches taken that cover it

    def overlaps(self, start: int, end: int, label: str | None = None) -> bool:
        """Is a stretch taken that overlaps start..end? Only those in its buckets can: a paper has hundreds of
        mentions, and comparing each guess with all of them was quadratic."""
        return any(start < e and s < end and (label is None or label == l or l != "TOPIC")
                   for k in _buckets(start, end) for s, e, l in self._taken.get(k, ()))

    def add(self, label: str, name: str, start: int, end: int) -> bool:
        if start < 0 or (label != "TOPIC" and self.overlaps(start, end)):
            return False
        self.items.append(Mention(label, name, (start, end)))
        for k in _buckets(start, end):
            self._taken.setdefault(k, []).append((start, end, label))
        return True


class Vetting:
    """What a paper's guesses are checked against: its text, roster, organisations and vocabulary."""

    def __init__(self, paper: Paper, roster: Roster, vocab: Vocabulary, orgs: dict[str, str],
                 topic_words: set[str], found: Mentions) -> None:
        self.paper, self.roster, self.vocab, self.orgs = paper, roster, vocab, orgs
        self.topic_words, self.found, self.text = topic_words, found, paper.text
        self.long_forms = {clean_text(v).lower(): k for k, v in paper.acronyms.items()}

    def org(self, value: str, start: int, end: int) -> bool:
        """Add an organisation guess unless it is only like one (a role, a term, a person, a description)."""
        if value.lower() in self.long_forms and not org_long_form(value, self.vocab):
            return False  # an acronym's long form names a programme, a term or a role
        if not_org(self.paper, value, self.roster, self.vocab, self.topic_words, self.orgs):
            return False
        return self.found.add("ORG", value, start, end)

    def person(self, value: str, start: int, end: int) -> None:
        name = self.roster.full_name(value) or value
        self.roster.add(name)
        self.found.add("PERSON", name, start, end)

    def cued_person(self, value: str, start: int, end: int) -> bool:
        return value.lower() not in self.long_forms and looks_like_person(value, self.vocab, in_slot=True) \
            and person_cue(self.text, end, self.vocab, start)


def add_ner(v: Vetting, doc: Doc) -> None:
    """Vet each PERSON/ORG entity of `doc` (the prose) into v.found."""
    text, vocab, roster = v.text, v.vocab, v.roster
    tables = [w.span for w in v.paper.workplan]
    singles: list[tuple[str, int, int, bool]] = []  # value, start, end, tagged ORG
    previous: tuple[str, int] = ("", -10)  # label and end of the last entity
    for label, piece, at in _pieces(doc, text):
        value = clean_entity(piece)
        if not value:
            continue
        start, end = locate(text, value, at, at + len(piece)) or (at, at + len(piece))
        if label == "ORG":
            value, start, end = _whole_name(text, *trim_org(text, value, start, end), vocab)
            if not value:
                continue
            # 'Dr Ada Brook', 'Lord Dunn', 'Eve Frost and Gus Hale': people tagged as organisations
            before = text[max(0, start - 12):start].split()
            titled = bool(before) and before[-1].lower().rstrip(".") in TITLES
            listed_after_person = previous[0] == "PERSON" and re.fullmatch(r"[\s,]*(?:and\s+)?", text[previous[1]:start])
            split = re.match(r"^(.+?)\s+of\s+(?:the\s+)?(.+)$", value)
            if split and looks_like_person(split.group(1), vocab):  # 'Ada Brook of the Elmley Commission'
                v.person(split.group(1), start, start + len(split.group(1)))
                start, end = locate(text, split.group(2), start, end + 1) or (-1, -1)
                value = split.group(2)
            if (titled or listed_after_person) and (looks_like_person(value, vocab) or (titled and " " not in value)):
                label = "PERSON"
                if titled and " " not in value:
                    start -= len(text[:start]) - len(text[:start].rstrip()) + len(before[-1])
                    value = clean_text(text[start:end])
            elif " " in value and v.cued_person(value, start, end):
                label = "PERSON"  # 'Ada Brook (Elmley Aid)', 'Ada Brook reported that ...'
        previous = (label, end)
        if label == "PERSON":
            surname = _SURNAME.match(text, end) if " " not in value else None
            if surname and looks_like_person(value + surname.group(0), vocab, in_slot=True):
                value, end = clean_text(text[start:surname.end()]), surname.end()  # NER stopped at 'Ada' of 'Ada Brook'
            if " " not in value:
                singles.append((value, start, end, False))
                continue
            words = value.split()
            titled_name = words[0].lower().rstrip(".") in TITLES and len(words) == 2 \
                and words[1][:1].isupper() and words[1].lower() not in vocab.not_name_words
            cued = v.cued_person(value, start, end)
            if (looks_like_person(value, vocab) or titled_name or cued) and value.lower() not in v.long_forms \
                    and (cued or titled_name or not plural_subject(text, start, end)):
                name = value
                if titled_name and len(roster.by_surname(words[1])) == 1:
                    name = roster.names[next(iter(roster.by_surname(words[1])))]
                v.person(name, start, end)
                continue
            if not all(w[:1].isupper() for w in words if len(w) > 3):
                continue
            # a capitalised phrase that cannot be a person's name ('Elmley Aid') is vetted as an organisation
            value, start, end = trim_org(text, value, start, end)
        elif " " not in value and not value.isupper():
            singles.append((value, start, end, True))
        if any(s <= start < e for s, e in tables) and not value.isupper():
            continue  # in a workplan table only acronyms are trusted: cells are fragments
        v.org(value, start, end)
    # a first name or initials alone count only when they mean exactly one person of this paper
    for value, start, end, as_org in singles:
        keys = roster.by_first_name(value) if not value.isupper() else roster.by_initials(value)
        if len(keys) == 1:
            v.found.add("PERSON", roster.names[next(iter(keys))], start, end)
        elif not keys and not as_org and value[:1].isupper() and org_cue(text, start, end):
            v.org(value, start, end)  # 'from Elmaid', 'Elmaid have produced'


def _pieces(doc: Doc, text: str):
    """(label, text, start) of each PERSON/ORG entity, cut at hard line breaks.

    NER runs across line breaks. A break in a line as wide as the text's wrapped lines (PDF prose) is
    a wrap, and the entity goes on ('Ada\nBrook'); after a shorter line (a heading, a list line) the
    next line is something else ('... Ada Brook, EA\nElmley Aid have produced ...'). `text` is the
    paper's text (the prose NER read has the same offsets; Doc.text is rebuilt on every access)."""
    lengths = sorted(len(line) for line in text.split("\n") if line.strip())
    width = lengths[int(len(lengths) * 0.9)] if lengths else 0
    for ent in doc.ents:
        if ent.label_ not in ("PERSON", "ORG"):
            continue
        piece_start, end = ent.start_char, ent.end_char
        pos = text.find("\n", piece_start, end)
        while pos >= 0:
            line_start = text.rfind("\n", 0, pos) + 1
            if pos - line_start < 0.8 * width or width < 50 or text[pos - 1:pos] in ".:;!?":
                if text[piece_start:pos].strip():
                    yield ent.label_, text[piece_start:pos], piece_start
                piece_start = pos + 1
            pos = text.find("\n", pos + 1, end)
        if text[piece_start:end].strip():
            yield ent.label_, text[piece_start:end], piece_start


_SURNAME = re.compile(r"[ \t]+[A-Z][a-z][\w’'-]*(?![\w’'-])")
_NEXT_WORD = re.compile(r"[ \t]+([A-Z][\w’'-]*)")
_BANG = re.compile(r"!(?=[ \t]*(?:[a-z)(,;]|$))", re.M)


def _whole_name(text: str, value: str, start: int, end: int, vocab: Vocabulary) -> tuple[str, int, int]:
    """An ORG guess grown to the Title Case words that follow it on its line ('Elmley Child Protection'
    + 'Procedures' is a term), up to a word naming a paper ('Elmley Aid' + 'Update' stays 'Elmley Aid'),
    and to a '!' that belongs to a name ('Elmley Now! have ...'). A guess ending in a head word is whole."""
    if not value:
        return value, start, end
    heads = {h.lower() for h in vocab.org_heads}
    while value.split()[-1].lower() not in heads and (more := _NEXT_WORD.match(text, end)):
        if more.group(1).lower() in vocab.document_heads:
            break
        end = more.end()
        value = clean_text(text[start:end])
    if _BANG.match(text, end):
        end += 1
    return clean_text(text[start:end]), start, end


def add_slot_people(v: Vetting) -> None:
    """People NER missed, named where the sentence says a person stands ('Ada Brook reported')."""
    for start, end in person_slots(v.text, v.vocab):
        value = clean_text(v.text[start:end])
        if value.lower() in v.long_forms or _defines_acronym(v.text, value, end) or v.found.overlaps(start, end):
            continue
        v.person(value, start, end)


def _defines_acronym(text: str, value: str, end: int) -> bool:
    """'Elmley Risk Panel (ERP)': the bracket after the phrase holds its initials, so it is a term."""
    m = re.match(r"\s*\(([A-Za-z&-]{2,10})\)", text[end:end + 14])
    return bool(m) and m.group(1)[:1].upper() == value[:1].upper() and m.group(1) not in initials_of(value)


def add_slot_orgs(v: Vetting) -> None:
    """Organisations NER missed, written where only an organisation stands ('from Elmley Aid')."""
    for start, end in org_slots(v.text, v.vocab):
        value = clean_entity(v.text[start:end])
        if value and not looks_like_person(value, v.vocab) and not v.found.overlaps(start, end):
            start, end = locate(v.text, value, start, end + 1) or (start, end)
            v.org(value, start, end)


def add_orgs_after_people(v: Vetting) -> None:
    """'Ada Brook (Elmley Aid)' and 'Ada Brook from Elmley Aid' in prose: the organisation is written as in a list."""
    for m in [m for m in v.found.items if m.label == "PERSON"]:
        where = org_after_person(v.text, m.span[1], v.vocab)
        if where is None:
            continue
        value = clean_entity(v.text[where[0]:where[1]])
        if not value or value in initials_of(m.name):
            continue
        start, end = locate(v.text, value, where[0], where[1] + 1) or where
        v.org(value, start, end)


__all__ = ["Mentions", "Vetting", "add_ner", "add_orgs_after_people", "add_slot_orgs", "add_slot_people"]
