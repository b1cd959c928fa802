"""A Paper -> the rows that graph/store.py writes (pure: no graph access).

Every row carries the ids and keys of the schema in /work/shared/DESIGN.md and
the source span of its fact (`span_start`, `span_end` into `paper.text`), so a
page can link any fact to its passage. Actions and items also carry the fields
of the full-text index (`words`, `grams`: graph/textindex.py). Ids come from
`ingest.ids`, shared with the search index.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from ingest.ids import action_id, item_id, meeting_id
from ingest.model import Paper, PersonEntry, Span
from ingest.names import clean_text, org_key, slug
from ingest.owner_kinds import owners_of
from ingest.resolve import Resolver, base_person_key, is_group, written_name
from graph.textindex import fields_for


@dataclass
class Facts:
    doc_id: str
    document: dict[str, Any]
    meeting: dict[str, Any] | None = None
    body: str | None = None
    people: list[dict] = field(default_factory=list)
    organisations: list[dict] = field(default_factory=list)
    topics: list[dict] = field(default_factory=list)
    attended: list[dict] = field(default_factory=list)
    apologies: list[dict] = field(default_factory=list)
    items: list[dict] = field(default_factory=list)
    item_actions: list[dict] = field(default_factory=list)
    doc_actions: list[dict] = field(default_factory=list)
    owns: dict[str, list[dict]] = field(default_factory=lambda: {"Person": [], "Organisation": []})
    mentions: dict[tuple[str, str], list[dict]] = field(default_factory=dict)

    @property
    def person_keys(self) -> set[str]:
        return {row["key"] for row in self.people}


LABELS = {"PERSON": "Person", "ORG": "Organisation", "TOPIC": "Topic"}


def role_of(entry: PersonEntry) -> str:
    note = (entry.note or "").lower()
    if "observ" in note:
        return "observer"
    if "note" in note or "minute" in note:
        return "minutes"
    return "member"


def _span_props(span: Span | None, prefix: str = "span") -> dict[str, int]:
    return {f"{prefix}_start": span[0], f"{prefix}_end": span[1]} if span else {}


def _inside(inner: Span, outer: Span) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


class _Entities:
    """Everything one paper says about people, organisations and topics, keyed by (label, key)."""

    def __init__(self) -> None:
        self.spans: dict[tuple[str, str], set] = defaultdict(set)
        self.names: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.canonical: dict[tuple[str, str], str] = {}

    def add(self, label: str, key: str, name: str, span: Span | None, canonical: str | None = None) -> None:
        ref = (label, key)
        self.spans[ref].add(tuple(span) if span else ("unplaced", len(self.spans[ref])))
        if name:
            self.names[ref].add(name)
        if canonical:
            self.canonical[ref] = canonical


def build_facts(paper: Paper, resolver: Resolver) -> Facts:
    doc_id = paper.id
    mid = meeting_id(doc_id) if paper.is_meeting and paper.status == "ok" else None
    document = {
        "id": doc_id, "title": paper.title, "kind": paper.kind, "filename": paper.filename,
        "date": paper.date, "date_precision": paper.date_precision, "time": paper.time,
        "location": paper.location, "body": clean_text(paper.body) if paper.body else None,
        "status": paper.status, "error": paper.error, "ocr": paper.ocr,
        "item_count": len(paper.items) if paper.status == "ok" else 0,  # graph/item_counts.py
        "warning_count": len(paper.warnings),  # what extraction could not read with confidence (ask/meetings.py)
        "ingested_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }
    facts = Facts(doc_id=doc_id, document=document)
    if paper.status != "ok":
        return facts
    facts.body = document["body"]
    if mid:
        series = org_key(paper.body or paper.title or "meeting")
        # a meeting always has a name to show: a paper with no title of its own is named by its body or date
        # minutes that give only their month are dated by it ("2017-12"): ranges and order still hold
        when = paper.date or paper.month
        title = paper.title or (f"{facts.body} meeting" if facts.body else f"Meeting of {when}")
        facts.meeting = {"id": mid, "doc_id": doc_id, "title": title, "body": facts.body,
                         "date": when, "time": paper.time, "location": paper.location, "series": series}

    ents = _Entities()

    def org_ref(name: str | None, span: Span | None) -> tuple[str | None, str | None]:
        if not name or not clean_text(name):
            return None, None
        key, canonical = resolver.organisation(name)
        if not key:
            return None, None
        ents.add("Organisation", key, written_name(name), span, canonical)
        return key, clean_text(name)

    def entry_ref(entry: PersonEntry) -> str:
        key, canonical = resolver.person_name(entry.name or "")
        if key:
            ents.add("Person", key, written_name(entry.name), entry.span, canonical)
        return key

    # attendance: the chair and attendees become one ATTENDED each; apologies SENT_APOLOGIES
    attended: dict[str, dict] = {}
    for entry in paper.attendees:
        key = entry_ref(entry)
        org_key_, org = org_ref(entry.org, entry.span)
        if key and key not in attended:
            attended[key] = {"role": role_of(entry), "org": org, "org_key": org_key_, "note": entry.note,
                             "doc": doc_id, **_span_props(entry.span)}
    if paper.chair and base_person_key(paper.chair.name or ""):
        key = entry_ref(paper.chair)
        org_key_, org = org_ref(paper.chair.org, paper.chair.span)
        row = attended.setdefault(key, {"org": org, "org_key": org_key_, "note": None, "doc": doc_id,
                                        **_span_props(paper.chair.span)})
        row["role"] = "chair"
        row.update(_span_props(paper.chair.span, "chair_span"))
        if row.get("org") is None:
            row["org"], row["org_key"] = org, org_key_
    apologies: dict[str, dict] = {}
    for entry in paper.apologies:
        key = entry_ref(entry)
        org_key_, org = org_ref(entry.org, entry.span)
        if key:
            apologies.setdefault(key, {"org": org, "org_key": org_key_, "doc": doc_id, **_span_props(entry.span)})
    if mid:
        facts.attended = [{"key": k, "props": _no_none(v)} for k, v in attended.items()]
        facts.apologies = [{"key": k, "props": _no_none(v)} for k, v in apologies.items()]

    # mentions in the text, by their resolved entity
    placed: list[tuple[str, str, Span]] = []
    for m in paper.mentions:
        label = LABELS.get(m.label)
        if label is None or not clean_text(m.name or ""):
            continue
        span = (int(m.span[0]), int(m.span[1])) if m.span else None
        if label == "Person":
            key, canonical = resolver.person_name(m.name)
            if not key:
                continue
            ents.add(label, key, written_name(m.name), span, canonical)
        elif label == "Organisation":
            key, canonical = resolver.organisation(m.name)
            if not key:
                continue
            ents.add(label, key, written_name(m.name), span, canonical)
        else:
            key = org_key(m.name)
            if not key:
                continue
            ents.add(label, key, clean_text(m.name), span)
        if span:
            placed.append((label, key, span))

    # items and actions, each with the date it is listed by (its meeting's, else its paper's; '' when
    # undated): reads order a person's actions or a search's hits by it before placing any of them
    sort_date = (facts.meeting or {}).get("date") or document["date"] or ""
    item_rows: list[dict] = []
    for index, item in enumerate(paper.items):
        iid = item_id(doc_id, item.number, index)
        text = paper.text[item.span[0]:item.span[1]].strip() if paper.text else item.heading
        item_rows.append({"id": iid, "doc_id": doc_id, "number": item.number, "heading": item.heading,
                          "text": text or item.heading, "position": index, "sort_date": sort_date,
                          **_span_props(item.span),
                          **fields_for("Item", text or item.heading, item.heading)})
    facts.items = item_rows
    owned = owners_of(paper, resolver)
    # where an action is listed, as its paper's and meeting's nodes say (graph/action_places.py): kept on
    # the action so lists of actions need not look up its Document and Meeting
    meeting = facts.meeting or {}
    place = {"doc_title": document["title"], "meeting_id": meeting.get("id"), "meeting_title": meeting.get("title"),
             "placed_date": meeting["date"] if meeting.get("date") is not None else document["date"],
             "placed": True}
    for index, action in enumerate(paper.actions):
        aid = action_id(doc_id, index)
        parent = paper.parent_index(action)
        row = _no_none({"id": aid, "doc_id": doc_id, "item": action.item, "text": action.text,
                        "status": action.status, "due": action.due, "unresolved": list(action.unresolved),
                        "position": index, "sort_date": sort_date, **place,
                        "item_id": item_rows[parent]["id"] if parent is not None else None,
                        **_span_props(action.span), **fields_for("Action", action.text)})
        (facts.item_actions if parent is not None else facts.doc_actions).append(row)
        kinds = {o.name: o.kind for o in owned[index]}
        for position, owner in enumerate(dict.fromkeys(o for o in action.owners if base_person_key(o or ""))):
            if kinds[owner] == "person":
                label, (key, canonical) = "Person", resolver.person_name(owner)
            else:
                label, (key, canonical) = "Organisation", resolver.organisation(owner)
            ents.add(label, key, written_name(owner), action.span, canonical)
            facts.owns[label].append({"action_id": aid, "key": key,
                                      "props": {"doc": doc_id, "name": clean_text(owner), "position": position}})

    # MENTIONS: the document -> every entity it refers to; items and actions -> what lies inside them
    for (label, key), spans in ents.spans.items():
        names = sorted(ents.names[(label, key)])
        if label == "Organisation":
            names = sorted(set(names) | set(resolver.acronyms_of(key)))
        _add_mention(facts, "Document", label, doc_id, key,
                     _no_none({"count": len(spans), "names": names, "canonical": ents.canonical.get((label, key)),
                               "doc": doc_id}))
        display = names[0] if names else key
        row = {"key": key, "slug": slug(key), "name": ents.canonical.get((label, key), display)}
        if label == "Person":
            facts.people.append(row)
        elif label == "Organisation":
            facts.organisations.append({**row, "group": is_group(key)})
        else:
            facts.topics.append(row)
    for source, rows in (("Item", item_rows), ("Action", facts.item_actions + facts.doc_actions)):
        for row in rows:
            if "span_start" not in row:
                continue
            outer = (row["span_start"], row["span_end"])
            counts: dict[tuple[str, str], int] = defaultdict(int)
            for label, key, span in placed:
                if _inside(span, outer):
                    counts[(label, key)] += 1
            for (label, key), n in sorted(counts.items()):
                _add_mention(facts, source, label, row["id"], key, {"count": n, "doc": doc_id})
    return facts


def _add_mention(facts: Facts, source: str, target: str, source_id: str, key: str, props: dict) -> None:
    facts.mentions.setdefault((source, target), []).append({"source": source_id, "key": key, "props": props})


def _no_none(d: dict) -> dict:
    return {k: v for k, v in d.items() if v is not None}
