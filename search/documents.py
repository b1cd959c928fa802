"""Turn a Paper into index documents at three grains: the paper, its agenda items, its actions.

Every document stores `text` = the exact slice `paper.text[span_start:span_end]`,
so a highlighted fragment's offsets plus `span_start` are offsets into the
paper: the web app can jump from a hit to the passage. An item's or action's
people, organisations and topics are the paper's mentions whose spans fall
inside its span; an action also counts its owners, and the topics of its
item's heading (an action under "Paper 6 – Serious Case Reviews" is about
serious case reviews even when its own sentence never says so).
"""
from __future__ import annotations

from datetime import datetime
from typing import Any, Iterable

from ingest.ids import action_id, item_id, meeting_id
from ingest.model import Action, Item, Mention, Paper, Span
from ingest.names import clean_text, org_key, person_key
from search.schema import LIST_SEPARATOR, name_key

SUMMARY_CHARS = 300


def paper_documents(paper: Paper) -> list[dict[str, Any]]:
    """All index documents of one paper; none for a paper that failed to read."""
    if paper.status != "ok" or not paper.text:
        return []
    docs = [_paper_doc(paper)]
    docs += [_item_doc(paper, i, index) for index, i in enumerate(paper.items)]
    docs += [_action_doc(paper, a, index) for index, a in enumerate(paper.actions)]
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
    date = parse_paper_date(paper.date)
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


def _paper_doc(paper: Paper) -> dict[str, Any]:
    doc = _common(paper)
    doc.update(type="paper", id=paper.id, text=paper.text, span_start=0, span_end=len(paper.text),
               summary=summarize(paper.text))
    doc.update(_entities(paper.people, paper.organisations, paper.topics))
    return doc


def _item_doc(paper: Paper, item: Item, index: int) -> dict[str, Any]:
    start, end = _clamp(item.span, len(paper.text))
    people, orgs, topics = _mentioned(paper.mentions, (start, end))
    doc = _common(paper)
    doc.update(type="item", id=item_id(paper.id, item.number, index), number=item.number,
               heading=item.heading, item_heading=item.heading, text=paper.text[start:end],
               span_start=start, span_end=end,
               summary=summarize(paper.text[start:end]))
    doc.update(_entities(people, orgs, topics))
    return doc


def _action_doc(paper: Paper, action: Action, index: int) -> dict[str, Any]:
    start, end = _clamp(action.span, len(paper.text))
    people, orgs, topics = _mentioned(paper.mentions, (start, end))
    parent = _parent_item(paper, action)
    if parent is not None and parent.heading_span:
        topics += _mentioned(paper.mentions, parent.heading_span)[2]
    known_people = {person_key(p) for p in paper.people}
    known_orgs = {org_key(o) for o in paper.organisations}
    for owner in action.owners:
        if person_key(owner) in known_people:
            people.append(owner)
        elif org_key(owner) in known_orgs:
            orgs.append(owner)
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
    doc.update(_entities(people, orgs, topics))
    doc.update(_names("owner", action.owners, facet=False))
    return doc


# ---- helpers --------------------------------------------------------------

def _clamp(span: Span, length: int) -> Span:
    start = max(0, min(int(span[0]), length))
    return start, max(start, min(int(span[1]), length))


def _parent_item(paper: Paper, action: Action) -> Item | None:
    """The item whose span holds the action, else the item with the action's number."""
    inside = [i for i in paper.items if i.span[0] <= action.span[0] and action.span[1] <= i.span[1]]
    if inside:
        return min(inside, key=lambda i: i.span[1] - i.span[0])
    return next((i for i in paper.items if action.item is not None and i.number == action.item), None)


def _mentioned(mentions: Iterable[Mention], span: Span) -> tuple[list[str], list[str], list[str]]:
    found: dict[str, list[str]] = {"PERSON": [], "ORG": [], "TOPIC": []}
    for m in mentions:
        if m.label in found and span[0] <= m.span[0] and m.span[1] <= span[1]:
            found[m.label].append(m.name)
    return found["PERSON"], found["ORG"], found["TOPIC"]


def _entities(people: list[str], orgs: list[str], topics: list[str]) -> dict[str, Any]:
    people, orgs, topics = _unique(people, person_key), _unique(orgs, org_key), _unique(topics, org_key)
    doc: dict[str, Any] = {"people": people, "organisations": orgs, "topics": topics}
    doc.update(_names("person", people))
    doc.update(_names("org", orgs))
    doc.update(_names("topic", topics))
    return doc


def _names(field: str, values: list[str], facet: bool = True) -> dict[str, str]:
    """The exact, tokenised and facet variants of a list of names (see search.schema)."""
    values = [v for v in (clean_text(v) for v in values) if v]
    if not values:
        return {}
    out = {field: LIST_SEPARATOR.join(name_key(field, v) for v in values),
           f"{field}_words": " ".join(values)}
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

