"""Turn a Paper into index documents at three grains: the paper, its agenda items, its actions.

Every document stores `text` = the exact slice `paper.text[span_start:span_end]`,
so a highlighted fragment's offsets plus `span_start` are offsets into the
paper: the web app can jump from a hit to the passage. An item's or action's
people, organisations and topics are the paper's mentions whose spans fall
inside its span; an action also counts its owners, and the topics of its
item's heading (an action under "Paper 6 – Serious Case Reviews" is about
serious case reviews even when its own sentence never says so).

People and organisations go through the Resolver both stores use (ingest.curation.resolvers),
so an admin's decisions apply here as in the graph: a person merged into another, a
renamed or aliased organisation, is listed (facets, hits) under the name the
decision gives it, and found by that name, its key and the name as written. The
alias list's canonical names are not applied here: search expands them at query
time (search.aliases), so an edit of the list needs no reindex.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any, Callable, Iterable

from ingest.ids import action_id, item_id, meeting_id
from ingest.model import Action, Item, Mention, Owner, Paper, Span
from ingest.names import clean_text, org_key, person_key
from ingest.owner_kinds import owners_of
from ingest.resolve import Resolver
from search.schema import LIST_SEPARATOR, name_key

SUMMARY_CHARS = 300


def paper_documents(paper: Paper, resolver: Resolver | None = None) -> list[dict[str, Any]]:
    """All index documents of one paper; none for a paper that failed to read.

    `resolver`: how the graph resolves this paper's names (`ingest.curation.resolvers(data_dir)(paper)`);
    without one, names are indexed as written."""
    if paper.status != "ok" or not paper.text:
        return []
    resolver = resolver or Resolver(paper, {})
    owned = owners_of(paper, resolver)
    decided = _Decided(resolver)
    docs = [_paper_doc(paper, decided)]
    docs += [_item_doc(paper, i, index, decided) for index, i in enumerate(paper.items)]
    docs += [_action_doc(paper, a, index, owned[index], decided) for index, a in enumerate(paper.actions)]
    return docs


def parse_paper_date(value: str | None) -> datetime | None:
    """`YYYY-MM-DD` (or `YYYY-MM`, `YYYY`) as the first moment of that day; None if unreadable."""
    if not value:
        return None
    for fmt, length in (("%Y-%m-%d", 10), ("%Y-%m", 7), ("%Y", 4)):
        try:
            return datetime.strptime(value[:length], fmt)
        except ValueError:
            continue
    return None


def summarize(text: str, limit: int = SUMMARY_CHARS) -> str:
    """Collapse white space and cut at a word boundary, adding an ellipsis when cut."""
    flat = clean_text(text)
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0]
    return cut + " …"


# ---- grains ---------------------------------------------------------------

def _common(paper: Paper) -> dict[str, Any]:
    date = parse_paper_date(paper.date or paper.month)
    doc: dict[str, Any] = {
        "doc_id": paper.id,
        "kind": paper.kind,
        "title": paper.title or paper.filename,
        "dated": "1" if date else "0",
        "body_name": paper.body,
    }
    if date:
        doc["date"] = date
        doc["year"] = str(date.year)
    if paper.is_meeting:
        doc["meeting_id"] = meeting_id(paper.id)
    if paper.body:
        doc.update(_names("body", [paper.body]))
    return doc


class _Decided:
    """A paper's names -> (key, the name admin decisions give it or None), asked once per name."""

    def __init__(self, resolver: Resolver) -> None:
        self._resolver = resolver
        self._seen: dict[tuple[str, str], tuple[str, str | None]] = {}

    def __call__(self, label: str, name: str) -> tuple[str, str | None]:
        found = self._seen.get((label, name))
        if found is None:
            found = self._seen[(label, name)] = self._resolver.decided(label, name)
        return found


def _paper_doc(paper: Paper, decided: _Decided) -> dict[str, Any]:
    doc = _common(paper)
    doc.update(type="paper", id=paper.id, text=paper.text, span_start=0, span_end=len(paper.text),
               summary=summarize(paper.text))
    doc.update(_entities(paper.people, paper.organisations, paper.topics, decided))
    return doc


def _item_doc(paper: Paper, item: Item, index: int, decided: _Decided) -> dict[str, Any]:
    start, end = _clamp(item.span, len(paper.text))
    people, orgs, topics = _mentioned(paper.mentions, (start, end))
    doc = _common(paper)
    doc.update(type="item", id=item_id(paper.id, item.number, index), number=item.number,
               heading=item.heading, item_heading=item.heading, text=paper.text[start:end],
               span_start=start, span_end=end,
               summary=summarize(paper.text[start:end]))
    doc.update(_entities(people, orgs, topics, decided))
    return doc


def _action_doc(paper: Paper, action: Action, index: int, owners: list[Owner],
                decided: _Decided) -> dict[str, Any]:
    start, end = _clamp(action.span, len(paper.text))
    people, orgs, topics = _mentioned(paper.mentions, (start, end))
    parent = paper.parent_item(action)
    if parent is not None and parent.heading_span:
        topics += _mentioned(paper.mentions, parent.heading_span)[2]
    known_people = {person_key(p) for p in paper.people}
    known_orgs = {org_key(o) for o in paper.organisations}
    owner_names = []  # what decisions call the owners, by the kind ingest gave each
    for owner in owners:
        if person_key(owner.name) in known_people:
            people.append(owner.name)
        elif org_key(owner.name) in known_orgs:
            orgs.append(owner.name)
            owner_names.append(decided("Organisation", owner.name)[1])
            continue
        owner_names.append(decided("Person" if owner.kind == "person" else "Organisation", owner.name)[1])
    doc = _common(paper)
    doc.update(type="action", id=action_id(paper.id, index), text=paper.text[start:end] or action.text,
               span_start=start, span_end=end, summary=clean_text(action.text),
               owners=list(action.owners), status_name=action.status)
    if action.item:
        doc["number"] = action.item
    if parent is not None:
        doc["item_heading"] = parent.heading
    if action.status:
        doc["status"] = action.status.lower()
    doc.update(_entities(people, orgs, topics, decided))
    doc.update(_names("owner", action.owners, facet=False, also=[n for n in owner_names if n]))
    return doc


# ---- helpers --------------------------------------------------------------

def _clamp(span: Span, length: int) -> Span:
    start = max(0, min(int(span[0]), length))
    return start, max(start, min(int(span[1]), length))


def _mentioned(mentions: Iterable[Mention], span: Span) -> tuple[list[str], list[str], list[str]]:
    found: dict[str, list[str]] = {"PERSON": [], "ORG": [], "TOPIC": []}
    for m in mentions:
        if m.label in found and span[0] <= m.span[0] and m.span[1] <= span[1]:
            found[m.label].append(m.name)
    return found["PERSON"], found["ORG"], found["TOPIC"]


def _entities(people: list[str], orgs: list[str], topics: list[str], decided: _Decided) -> dict[str, Any]:
    topics = _unique(topics, org_key)
    doc: dict[str, Any] = {"topics": topics}
    for field, stored, label, names, key in (("person", "people", "Person", people, person_key),
                                             ("org", "organisations", "Organisation", orgs, org_key)):
        shown, also, keys = _shown(label, names, key, decided)
        doc[stored] = shown
        doc.update(_names(field, shown, also=also, keys=keys))
    doc.update(_names("topic", topics))
    return doc


def _shown(label: str, names: Iterable[str], key: Callable[[str], str],
           decided: Callable[[str, str], tuple[str, str | None]]) -> tuple[list[str], list[str], list[str]]:
    """Names as listed (the decided name, else the name as written; one per key), the other forms
    that must still find them (as written), and their node keys (people always; organisations
    when a decision names them)."""
    shown: dict[str, str] = {}
    also: list[str] = []
    keys: list[str] = []
    for name in names:
        name = clean_text(name)
        if not name:
            continue
        node, given = decided(label, name)
        listed = clean_text(given or "") or name
        shown.setdefault(key(listed), listed)
        if listed != name:
            also.append(name)
        if node and (label == "Person" or given):
            keys.append(node)
    return list(shown.values()), also, keys


def _names(field: str, values: list[str], facet: bool = True, also: Iterable[str] = (),
           keys: Iterable[str] = ()) -> dict[str, str]:
    """The exact, tokenised and facet variants of a list of names (see search.schema). `also`:
    more forms to find them by (exact and words, not facets); `keys`: more exact values."""
    values = [v for v in (clean_text(v) for v in values) if v]
    if not values:
        return {}
    also = [a for a in dict.fromkeys(clean_text(a) for a in also) if a and a not in values]
    exact = [name_key(field, v) for v in values]
    exact += [k for k in dict.fromkeys([name_key(field, a) for a in also] + list(keys)) if k and k not in exact]
    out = {field: LIST_SEPARATOR.join(exact), f"{field}_words": " ".join(values + also)}
    if facet:
        out[f"{field}_facet"] = LIST_SEPARATOR.join(values)
    return out


def _unique(values: Iterable[str], key: Any) -> list[str]:
    seen: dict[str, str] = {}
    for v in values:
        v = clean_text(v)
        if v and key(v) not in seen:
            seen[key(v)] = v
    return list(seen.values())

