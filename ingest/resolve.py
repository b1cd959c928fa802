"""Names as written in a paper -> the keys of Person and Organisation nodes.

A person's key is `ingest.names.person_key` of the name without a trailing
parenthesis, so "Cllr Alastair Jeffrey" and "Alastair Jeffrey (AJ)" are one
person; an admin's curation (the log in ingest/curation.py) then maps keys on (merges,
per-paper splits). An organisation's key follows the curated aliases
(`ingest.curated.load_aliases`, plus admin `alias_org` decisions) and the
paper's own acronym expansions, so "Met Police", "MPS" and "Metropolitan
Police" are one Organisation. Keys depend only on the paper and the curated
data, never on what else is in the graph, so ingest order does not matter.

Decisions also name nodes: a person others were merged into, an organisation
renamed or given another name (`person_name`, `organisation`). `decided` gives
only what decisions say, for the search index (search/documents.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.model import Paper
from ingest.names import TITLES, clean_text, org_key, person_key

_TRAILING_PAREN = re.compile(r"\s*\(([^()]*)\)\s*$")
_ACRONYM = re.compile(r"^[A-Z][A-Za-z&']{1,9}$")
# Owners that name a group of people rather than one person or organisation: whole names, not
# vocabulary.yaml's group_words (single words found anywhere, which would make "Youth Justice Board" a group).
GROUP_WORDS = {
    "chairs", "all chairs", "lscb chairs", "all", "all members", "members", "board members",
    "all board members", "everyone", "agencies", "all agencies", "all lscbs", "lscbs", "lscb managers",
    "secretariat", "the secretariat", "steering group", "the board", "board", "partners", "all partners",
}


def written_name(name: str) -> str:
    """A name as written, tidied for display: typographic marks folded, no trailing "(AJ)"."""
    cleaned = clean_text(name)
    while (m := _TRAILING_PAREN.search(cleaned)) and m.start() > 0:
        cleaned = cleaned[: m.start()]
    return cleaned.strip(" .,;:-")


def base_person_key(name: str) -> str:
    """The Person key of a name before curation: no titles, case, spacing or "(AJ)" suffix.
    "" for a name with nothing left (empty, or a bare title such as "Dr")."""
    key = person_key(written_name(name))
    return "" if key.rstrip(".") in TITLES else key


def is_group(name: str) -> bool:
    key = org_key(name)
    return key in GROUP_WORDS or key.startswith("all ")


@dataclass
class Curated:
    """The effective curation decisions (built by ingest.curation.load_state)."""

    merges: dict[str, str] = field(default_factory=dict)  # person key -> person key
    person_names: dict[str, str] = field(default_factory=dict)  # person key -> its name when merged into
    splits: dict[tuple[str, str], str] = field(default_factory=dict)  # (doc id, key) -> key
    org_aliases: dict[str, str] = field(default_factory=dict)  # org_key(alias) -> org key
    org_names: dict[str, str] = field(default_factory=dict)  # org key -> display name
    alias_targets: dict[str, str] = field(default_factory=dict)  # org key -> its name when aliased to
    rejected: set[frozenset[str]] = field(default_factory=set)  # person key pairs not the same


def follow(mapping: dict[str, str], key: str) -> str:
    seen = {key}
    while key in mapping and mapping[key] not in seen:
        key = mapping[key]
        seen.add(key)
    return key


class Resolver:
    """Resolves the names of one paper; built per save, so curation changes apply on re-save."""

    def __init__(self, paper: Paper, aliases: dict[str, list[str]], curated: Curated | None = None):
        self.doc_id = paper.id
        self.curated = curated or Curated()
        self._alias_index: dict[str, str] = {}
        for canonical, others in aliases.items():
            for name in (canonical, *others):
                self._alias_index.setdefault(org_key(name), clean_text(canonical))
        self._acronym_pairs = [(clean_text(short), clean_text(long)) for short, long in paper.acronyms.items()
                               if short and long and short.strip() and long.strip()]
        self._acronyms = {org_key(short): long for short, long in self._acronym_pairs}

    def person(self, name: str) -> str:
        key = base_person_key(name)
        key = self.curated.splits.get((self.doc_id, key), key)
        return follow(self.curated.merges, key)

    def person_name(self, name: str) -> tuple[str, str | None]:
        """(key, display name or None when the paper's own wording should be used): a person others
        were merged into keeps the name they had when the (latest) merge was decided."""
        key = self.person(name)
        return key, self.curated.person_names.get(key)

    def decided(self, label: str, name: str) -> tuple[str, str | None]:
        """(key, the display name admin decisions give what `name` resolves to, or None when no
        decision names it). The search index lists a name under this (search/documents.py), so
        search and graph agree on curated names; the alias list's canonical names stay a
        query-time matter there."""
        if label == "Person":
            return self.person_name(name)
        key, canonical, decided = self._organisation(name)
        return key, canonical if decided else None

    def organisation(self, name: str) -> tuple[str, str | None]:
        """(key, canonical display name or None when the paper's own wording should be used)."""
        key, canonical, _ = self._organisation(name)
        return key, canonical

    def _organisation(self, name: str) -> tuple[str, str | None, bool]:
        """(key, canonical name or None, whether an admin decision gave that name)."""
        raw = clean_text(name)
        m = _TRAILING_PAREN.search(raw)
        if m and m.start() > 0 and _ACRONYM.match(m.group(1)):  # "Government Office for London (GOL)"
            raw = raw[: m.start()]
        key, canonical = org_key(raw), None
        if key in self._alias_index:
            canonical = self._alias_index[key]
        elif key in self._acronyms:
            long = self._acronyms[key]
            canonical = self._alias_index.get(org_key(long), long)
        if canonical is not None:
            key = org_key(canonical)
        decided = False
        aliased = follow(self.curated.org_aliases, key)
        if aliased != key:  # an admin said this name is another name of `aliased`
            key, canonical, decided = aliased, self.curated.alias_targets.get(aliased), True
        if key in self.curated.org_names:  # an admin renamed it
            canonical, decided = self.curated.org_names[key], True
        return key, canonical, decided

    def acronyms_of(self, key: str) -> list[str]:
        """The paper's acronyms that expand to this organisation ("GOL" for government office for london)."""
        return sorted(short for short, long in self._acronym_pairs if self.organisation(long)[0] == key)
