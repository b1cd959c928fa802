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

from ingest.model import Paper
from ingest.names import clean_text
from ingest.resolve import Resolver, base_person_key, is_group, written_name

# words that make a name an organisation's, not a person's (the graph's list before the rule moved here)
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
    """Set `owner_kinds` (one per owner) on every action of the paper that has none yet."""
    people: set[str] = set()
    orgs: set[str] = set()
    listed = paper.attendees + paper.apologies + \
        ([paper.chair] if paper.chair and base_person_key(paper.chair.name or "") else [])
    for entry in listed:
        key = resolver.person(entry.name or "")
        if key:
            people.add(key)
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
                orgs.add(org)
                kinds[owner] = "group" if is_group(owner) else "organisation"
        if not action.owner_kinds or len(action.owner_kinds) != len(action.owners):
            # an owner with no name left once titles are gone ("Dr") is no one's: kept as written
            action.owner_kinds = [kinds.get(owner, "person") for owner in action.owners]
