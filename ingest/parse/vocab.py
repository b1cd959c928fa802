"""The generic vocabulary behind the name rules (ingest/data/vocabulary.yaml).

Word lists, not names: what makes a phrase a group, an organisation or a job
title, which markers mean "took the notes", and which place names are boroughs.
A data directory may hold its own copy under `curated/vocabulary.yaml`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import yaml

from ingest.names import clean_text

_PACKAGED = Path(__file__).resolve().parent.parent / "data" / "vocabulary.yaml"


@dataclass(frozen=True)
class Vocabulary:
    group_words: frozenset[str]
    org_words: frozenset[str]
    role_words: frozenset[str]
    notes: tuple[tuple[str, tuple[str, ...]], ...]
    boroughs: frozenset[str]
    borough_prefixes: tuple[str, ...]
    not_name_words: frozenset[str]
    publications: frozenset[str] = frozenset()
    org_heads: tuple[str, ...] = ()
    term_heads: frozenset[str] = frozenset()
    document_heads: frozenset[str] = frozenset()
    proper_heads: frozenset[str] = frozenset()
    place_words: frozenset[str] = frozenset()
    venue_heads: frozenset[str] = frozenset()
    reporting_verbs: frozenset[str] = frozenset()
    person_object_verbs: frozenset[str] = frozenset()
    body_heads: frozenset[str] = frozenset()  # last words of a body's name: board, committee, partnership ...
    sub_body_heads: frozenset[str] = frozenset()  # groups under a board: panel, subgroup, forum ...
    site_phrases: frozenset[str] = frozenset()  # whole lines a sharing site or web page adds
    site_markers: tuple[str, ...] = ()  # phrases that make a line the site's, wherever they stand
    marking_phrases: frozenset[str] = frozenset()  # a paper's own markings: 'DRAFT', 'OFFICIAL', 'Part 1'
    attendance_codes: tuple[tuple[str, tuple[str, ...]], ...] = ()  # meaning -> codes (attendance tables)
    attendance_key_words: tuple[tuple[str, tuple[str, ...]], ...] = ()  # meaning -> words of a paper's key
    table_headers: tuple[tuple[str, tuple[str, ...]], ...] = ()  # column -> header words
    rank_words: frozenset[str] = frozenset()  # police/military ranks written before a listed name
    generic_acronyms: frozenset[str] = frozenset()
    page_types: tuple[str, ...] = ()  # what a council web page calls itself: 'agenda and draft minutes'
    section_words: frozenset[str] = frozenset()  # words of section headings: 'declaration', 'business' ...
    venue_words: tuple[str, ...] = ()  # what makes a line the meeting's venue: 'ms teams', 'virtual meeting'
    metadata_labels: frozenset[str] = frozenset()  # a page's metadata labels, value on the next line: 'published'
    everyone_owners: frozenset[str] = frozenset()  # owners that mean everyone at the meeting: 'all', 'partners'
    minute_openers: frozenset[str] = frozenset()  # words that start a minute's first sentence: 'the', 'it' ...
    minute_verbs: frozenset[str] = frozenset()  # verbs after a name that start a minute, besides reporting verbs

    @cached_property
    def header_kinds(self) -> dict[str, str]:
        """Column header word -> the first column kind listing it: the table readers ask what a
        header names for every word pair of every line, so one lookup instead of a scan of the lists."""
        kinds: dict[str, str] = {}
        for kind, words in self.table_headers:
            for word in words:
                kinds.setdefault(word, kind)
        return kinds

    @cached_property
    def person_answers(self) -> dict[tuple[str, bool, str | None, bool], bool]:
        """people.looks_like_person's answers under this vocabulary, remembered (the rules ask about the same
        words many times a paper); a new vocabulary starts with none."""
        return {}

    def is_borough(self, phrase: str) -> bool:
        """A bare place name, or one with a borough prefix ("LB Elmley")."""
        p = clean_text(phrase).lower()
        for prefix in self.borough_prefixes:
            if p.startswith(prefix.lower() + " "):
                p = p[len(prefix) + 1:]
                break
        return p in self.boroughs


def _groups(raw: object) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """A mapping of lists ('attended: [y, p]') as ((key, (words...)), ...), in the file's order."""
    if not isinstance(raw, dict):
        return ()
    return tuple((str(k), tuple(clean_text(str(v)).lower() for v in vs or [])) for k, vs in raw.items())


def _words(values: list[object] | None) -> frozenset[str]:
    return frozenset(clean_text(str(v)).lower() for v in (values or []))


def _site_key(value: object) -> str:
    """Lower case, punctuation as spaces: how furniture lines are compared."""
    return re.sub(r"[^a-z0-9]+", " ", clean_text(str(value)).lower()).strip()


@lru_cache(maxsize=4)
def _load(path: Path, mtime: float) -> Vocabulary:
    with open(path, encoding="utf-8") as fh:
        raw = yaml.safe_load(fh) or {}
    notes = tuple((str(k), tuple(clean_text(str(v)).lower() for v in vs or []))
                  for k, vs in (raw.get("notes") or {}).items())
    return Vocabulary(
        group_words=_words(raw.get("group_words")),
        org_words=_words(raw.get("org_words")),
        role_words=_words(raw.get("role_words")),
        notes=notes,
        boroughs=_words(raw.get("boroughs")),
        borough_prefixes=tuple(str(p) for p in raw.get("borough_prefixes") or []),
        not_name_words=_words(raw.get("not_name_words")),
        publications=_words(raw.get("publications")),
        org_heads=tuple(str(h) for h in raw.get("org_heads") or []),
        term_heads=_words(raw.get("term_heads")),
        document_heads=_words(raw.get("document_heads")),
        proper_heads=_words(raw.get("proper_heads")),
        place_words=_words(raw.get("place_words")),
        venue_heads=_words(raw.get("venue_heads")),
        reporting_verbs=_words(raw.get("reporting_verbs")),
        person_object_verbs=_words(raw.get("person_object_verbs")),
        body_heads=_words(raw.get("body_heads")),
        sub_body_heads=_words(raw.get("sub_body_heads")),
        site_phrases=frozenset(_site_key(v) for v in raw.get("site_phrases") or []),
        site_markers=tuple(_site_key(v) for v in raw.get("site_markers") or []),
        marking_phrases=frozenset(_site_key(v) for v in raw.get("marking_phrases") or []),
        attendance_codes=_groups(raw.get("attendance_codes")),
        attendance_key_words=_groups(raw.get("attendance_key_words")),
        table_headers=_groups(raw.get("table_headers")),
        rank_words=_words(raw.get("rank_words")),
        generic_acronyms=_words(raw.get("generic_acronyms")),
        page_types=tuple(_site_key(v) for v in raw.get("page_types") or []),
        section_words=_words(raw.get("section_words")),
        venue_words=tuple(_site_key(v) for v in raw.get("venue_words") or []),
        metadata_labels=frozenset(_site_key(v) for v in raw.get("metadata_labels") or []),
        everyone_owners=_words(raw.get("everyone_owners")),
        minute_openers=_words(raw.get("minute_openers")),
        minute_verbs=_words(raw.get("minute_verbs")),
    )


def load_vocabulary(data_dir: Path | None = None) -> Vocabulary:
    path = _PACKAGED
    if data_dir is not None and (Path(data_dir) / "curated" / "vocabulary.yaml").exists():
        path = Path(data_dir) / "curated" / "vocabulary.yaml"
    return _load(path, path.stat().st_mtime)
