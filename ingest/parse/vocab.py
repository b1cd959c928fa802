"""The generic vocabulary behind the name rules (ingest/data/vocabulary.yaml).

Word lists, not names: what makes a phrase a group, an organisation or a job
title, which markers mean "took the notes", and which place names are boroughs.
A data directory may hold its own copy under `curated/vocabulary.yaml`.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
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
    generic_acronyms: frozenset[str] = frozenset()

    def is_borough(self, phrase: str) -> bool:
        """A bare place name, or one with a borough prefix ("LB Elmley")."""
        p = clean_text(phrase).lower()
        for prefix in self.borough_prefixes:
            if p.startswith(prefix.lower() + " "):
                p = p[len(prefix) + 1:]
                break
        return p in self.boroughs


def _words(values: list[object] | None) -> frozenset[str]:
    return frozenset(clean_text(str(v)).lower() for v in (values or []))


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
        generic_acronyms=_words(raw.get("generic_acronyms")),
    )


def load_vocabulary(data_dir: Path | None = None) -> Vocabulary:
    path = _PACKAGED
    if data_dir is not None and (Path(data_dir) / "curated" / "vocabulary.yaml").exists():
        path = Path(data_dir) / "curated" / "vocabulary.yaml"
    return _load(path, path.stat().st_mtime)
