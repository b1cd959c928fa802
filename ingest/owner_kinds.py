"""Whether each action owner is a person, an organisation or a group: decided once, at ingest.

The graph files an owner under a Person or an Organisation node, and the search
index names it by the matching decisions; both read `Action.owner_kinds`, filled
here, and never judge an owner's shape themselves. The rule (the one the graph
used before it moved here): an owner is a person when the paper lists or
mentions that person; else an organisation when it is a known one (the alias
list, the paper's acronyms, its attendees' organisations, its organisation
mentions, an earlier owner of the paper with the same key); else a person when
it looks like one ("Jo Hawley", not "Youth Justice Board" or "All Chairs"). An
organisation that names a group of people ("All Chairs", "Secretariat") is a group.
"""
from __future__ import annotations

from ingest.model import Owner, Paper
from ingest.names import clean_text
from ingest.resolve import Resolver, base_person_key, is_group, written_name

# words that make a name an organisation's, not a person's (the graph's list before the rule moved here).
# Not vocabulary.yaml's group_words/org_words: those differ both ways ("officers", "school" there; "health",
# "cafcass" here), so using them would change owner kinds ("Lead Officers" is person-shaped today).
_ORG_WORDS = {
    "board", "council", "councils", "police", "service", "services", "group", "lscb", "lscbs", "pct",
    "nhs", "agency", "office", "department", "trust", "team", "unit", "authority", "borough",
    "partnership", "network", "association", "panel", "committee", "probation", "health", "government",
    "chairs", "members", "agencies", "secretariat", "forum", "directorate", "cafcass", "lb", "rb",
}


def _shaped_like_person(name: str) -> bool:
    """Two to four capitalised words and no organisation word: "Jo Hawley", not "Youth Justice Board"."""
    words = written_name(name).split()
    if not 2 <= len(words) <= 4:
        return False
    if any(w.lower().strip(".,'") in _ORG_WORDS or any(ch.isdigit() for ch in w) for w in words):
        return False
    return all(w[:1].isupper() and not w.isupper() for w in words if len(w) > 1)


def decide_owner_kinds(paper: Paper, resolver: Resolver) -> None:
    """Set `owner_kinds` (one per owner) on every action of the paper (ingest does this once)."""
    for action, kinds in zip(paper.actions, _kinds(paper, resolver)):
        action.owner_kinds = kinds


def owners_of(paper: Paper, resolver: Resolver) -> list[list[Owner]]:
    """Each action's owners with their kinds: as ingest decided them, or, for a paper stored
    before kinds were kept, decided now with `resolver` (the paper is not changed)."""
    if all(a.owned_by or not a.owners for a in paper.actions):
        return [a.owned_by for a in paper.actions]
    return [[Owner(name, kind) for name, kind in zip(a.owners, kinds)]
            for a, kinds in zip(paper.actions, _kinds(paper, resolver))]


def _kinds(paper: Paper, resolver: Resolver) -> list[list[str]]:
    people: set[str] = set()
    orgs: set[str] = set()
    listed = paper.attendees + paper.apologies + \
        ([paper.chair] if paper.chair and base_person_key(paper.chair.name or "") else [])
    for entry in listed:
        people.add(resolver.person(entry.name or ""))
        if entry.org and clean_text(entry.org):
            orgs.add(resolver.organisation(entry.org)[0])
    for m in paper.mentions:
        if not clean_text(m.name or ""):
            continue
        if m.label == "PERSON":
            people.add(resolver.person(m.name))
        elif m.label == "ORG":
            orgs.add(resolver.organisation(m.name)[0])
    people.discard("")
    orgs.discard("")
    out = []
    for action in paper.actions:
        kinds: dict[str, str] = {}
        for owner in action.owners:
            if owner in kinds or not base_person_key(owner or ""):
                continue
            key = resolver.person(owner)
            org, canonical = resolver.organisation(owner)
            known_org = canonical is not None or org in orgs
            if key in people or (not known_org and not is_group(owner) and _shaped_like_person(owner)):
                kinds[owner] = "person"
            else:
                orgs.add(org)  # a later owner with this organisation's key is the organisation too
                kinds[owner] = "group" if is_group(owner) else "organisation"
        # an owner with no name left once titles are gone ("Dr") is filed nowhere; kept as a person
        out.append([kinds.get(owner, "person") for owner in action.owners])
    return out
