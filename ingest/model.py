"""The Paper: one plain-data record per document, filled by every ingest stage.

`ingest` builds a Paper (read -> parse -> extract); `graph` and `search` each
take a Paper and store it, and neither re-parses text. Every fact carries its
source span: `(start, end)` character offsets into `Paper.text`, so the web app
can jump from any fact to the exact passage it came from.

`Paper.to_dict()` is the JSON contract of `boardgraph extract FILE --json`:
it has the field names and value shapes of the gold files in tests/gold, plus
`span` on every object fact, `spans` for header fields and `mentions` (the
spans behind the flat lists `people`, `organisations` and `topics`).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

Span = tuple[int, int]

KINDS = ("minutes", "update", "workplan", "agenda", "report", "other")  # only minutes are meetings
OWNER_KINDS = ("person", "organisation", "group")  # a group: an organisation that names people ("All Chairs")
UNDECIDED = -1  # an Action's `parent` before ingest decided it (an Action built by hand)


def make_id(*parts: object) -> str:
    """A deterministic id from its parts, so re-ingesting is an upsert."""
    joined = "\x1f".join(str(p) for p in parts)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:16]


def doc_id_for(data: bytes) -> str:
    """A document's id: the sha256 of its source bytes."""
    return hashlib.sha256(data).hexdigest()


def parent_item_index(items: list["Item"], span: Span, number: str | None) -> int | None:
    """The item an action is under: the innermost item whose span holds the action's (the latest
    starting; of two starting together, the later listed), else the first with the action's
    number, else None. The one rule: graph and search read the result (`Action.parent`)."""
    best = None
    for index, item in enumerate(items):
        if item.span[0] <= span[0] and span[1] <= item.span[1] and \
                (best is None or item.span[0] >= items[best].span[0]):
            best = index
    if best is None and number is not None:
        best = next((i for i, item in enumerate(items) if item.number == number), None)
    return best


def _span(value: Any) -> Span | None:
    return (int(value[0]), int(value[1])) if value is not None else None


@dataclass
class PersonEntry:
    """A person as listed in a header, attendee or apology list."""

    name: str
    org: str | None = None
    note: str | None = None  # "observer", "notes", "representing the LSCB Chair", ...
    initials: str | None = None  # "DH" when the paper defines them
    span: Span | None = None


@dataclass
class Item:
    """A numbered agenda item or report section; `span` covers heading and body."""

    number: str
    heading: str
    span: Span
    heading_span: Span | None = None


@dataclass(frozen=True)
class Owner:
    """Who owns an action: a name as written (resolved to a full name where the paper allows) and its kind."""

    name: str
    kind: str  # one of OWNER_KINDS


@dataclass
class Action:
    """An ACTION line. `owners` are resolved full names or group names as written; `owner_kinds`
    says, one for one, whether each is a person, an organisation or a group (ingest/owner_kinds.py)."""

    item: str | None
    text: str
    owners: list[str]
    span: Span
    status: str | None = None  # "COMPLETED", "ongoing", ... when the text says
    due: str | None = None  # ISO date when the text gives one
    unresolved: list[str] = field(default_factory=list)  # owner tokens left unresolved (e.g. ambiguous initials)
    parent: int | None = UNDECIDED  # index in Paper.items of the item it is under, None when under none
    owner_kinds: list[str] = field(default_factory=list)  # one of OWNER_KINDS per owner; empty: not decided yet

    @property
    def owned_by(self) -> list[Owner]:
        """The owners with their kinds (empty until ingest decided the kinds)."""
        if len(self.owner_kinds) != len(self.owners):
            return []
        return [Owner(name, kind) for name, kind in zip(self.owners, self.owner_kinds)]


@dataclass
class Mention:
    """A named thing found in the text: a person, organisation or topic."""

    label: str  # "PERSON" | "ORG" | "TOPIC"
    name: str  # the name it is listed under (people/organisations/topics)
    span: Span  # where it was written, as written


@dataclass
class WorkplanRow:
    """One row of a workplan table."""

    item: str
    title: str
    responsible: list[str]
    timing: str | None
    span: Span
    activity: str | None = None
    target_group: str | None = None
    progress: str | None = None


@dataclass
class FutureMeeting:
    date: str  # YYYY-MM-DD
    span: Span


@dataclass
class Paper:
    """Everything ingest learned about one document.

    A paper that could not be read keeps `status="failed"` and an `error`
    sentence instead of raising, so one bad file never stops a batch.
    """

    id: str  # sha256 of the source bytes
    filename: str
    text: str = ""
    status: str = "ok"  # "ok" | "failed"
    error: str | None = None
    kind: str = "other"  # one of KINDS
    title: str | None = None
    date: str | None = None  # YYYY-MM-DD
    date_precision: str | None = None  # "day" | "month" | "year"
    month: str | None = None  # YYYY-MM: minutes that name only the month they were held in (no date)
    time: str | None = None
    location: str | None = None
    body: str | None = None  # the committee or group the paper belongs to
    chair: PersonEntry | None = None
    attendees: list[PersonEntry] = field(default_factory=list)
    apologies: list[PersonEntry] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    acronyms: dict[str, str] = field(default_factory=dict)
    future_meetings: list[FutureMeeting] = field(default_factory=list)
    workplan: list[WorkplanRow] = field(default_factory=list)
    spans: dict[str, Span] = field(default_factory=dict)  # header fields: title, date, time, location, acronym:<SHORT>
    warnings: list[str] = field(default_factory=list)  # e.g. "initials 'JH' match two attendees"
    ocr: bool = False  # read by OCR from a scan (ingest.ocr): every fact in it may be misread

    # ---- derived lists (the gold's flat fields) -------------------------

    def _names(self, label: str) -> list[str]:
        seen: dict[str, None] = {}
        if label == "PERSON":
            for entry in ([self.chair] if self.chair else []) + self.attendees + self.apologies:
                seen.setdefault(entry.name, None)
        for m in self.mentions:
            if m.label == label:
                seen.setdefault(m.name, None)
        return list(seen)

    @property
    def people(self) -> list[str]:
        return self._names("PERSON")

    @property
    def organisations(self) -> list[str]:
        return self._names("ORG")

    @property
    def topics(self) -> list[str]:
        return self._names("TOPIC")

    @property
    def is_meeting(self) -> bool:
        """Minutes record a meeting; other kinds are papers about the board's work."""
        return self.kind == "minutes" and (self.date is not None or self.month is not None)

    # ---- where each action sits ---------------------------------------------

    def parent_index(self, action: Action) -> int | None:
        """The index in `items` of the item the action is under (None: under none), as ingest decided
        it; for an Action built without one, decided now by `parent_item_index`."""
        if action.parent != UNDECIDED:
            return action.parent
        return parent_item_index(self.items, action.span, action.item)

    def parent_item(self, action: Action) -> Item | None:
        """The Item the action is under, or None (see `parent_index`)."""
        index = self.parent_index(action)
        return self.items[index] if index is not None else None

    def decide_parents(self) -> None:
        """Record on every action the item it is under (ingest does this once, after parsing)."""
        for action in self.actions:
            action.parent = parent_item_index(self.items, action.span, action.item)

    # ---- JSON ---------------------------------------------------------------

    def to_dict(self, include_text: bool = True) -> dict[str, Any]:
        def person(p: PersonEntry | None, with_note: bool = True) -> dict[str, Any] | None:
            if p is None:
                return None
            d: dict[str, Any] = {"name": p.name, "org": p.org}
            if with_note:
                d["note"] = p.note
            d["initials"] = p.initials
            d["span"] = list(p.span) if p.span else None
            return d

        out: dict[str, Any] = {
            "id": self.id,
            "doc": self.filename,
            "status": self.status,
            "error": self.error,
            "kind": self.kind,
            "title": self.title,
            "date": self.date,
            "date_precision": self.date_precision,
            "month": self.month,
            "time": self.time,
            "location": self.location,
            "body": self.body,
            "chair": person(self.chair, with_note=False),
            "attendees": [person(p) for p in self.attendees],
            "apologies": [person(p, with_note=False) for p in self.apologies],
            "items": [
                {"number": i.number, "heading": i.heading, "span": list(i.span),
                 "heading_span": list(i.heading_span) if i.heading_span else None}
                for i in self.items
            ],
            "actions": [
                {"item": a.item, "text": a.text, "owners": a.owners, "status": a.status,
                 "due": a.due, "unresolved": a.unresolved, "span": list(a.span), "parent": self.parent_index(a),
                 "owner_kinds": list(a.owner_kinds)}
                for a in self.actions
            ],
            "people": self.people,
            "organisations": self.organisations,
            "acronyms": dict(self.acronyms),
            "future_meetings": [f.date for f in self.future_meetings],
            "workplan": [
                {"item": w.item, "title": w.title, "responsible": w.responsible, "timing": w.timing,
                 "activity": w.activity, "target_group": w.target_group, "progress": w.progress,
                 "span": list(w.span)}
                for w in self.workplan
            ],
            "topics": self.topics,
            "mentions_fgm": "FGM" in self.topics,
            "mentions": [{"label": m.label, "name": m.name, "span": list(m.span)} for m in self.mentions],
            "future_meeting_spans": [list(f.span) for f in self.future_meetings],
            "spans": {k: list(v) for k, v in self.spans.items()},
            "warnings": list(self.warnings),
            "ocr": self.ocr,
        }
        if include_text:
            out["text"] = self.text
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Paper":
        """The inverse of to_dict (with text), used to reload stored papers."""

        def person(p: dict[str, Any] | None) -> PersonEntry | None:
            if p is None:
                return None
            return PersonEntry(p["name"], p.get("org"), p.get("note"), p.get("initials"), _span(p.get("span")))

        items = [Item(i["number"], i["heading"], _span(i["span"]), _span(i.get("heading_span")))  # type: ignore[arg-type]
                 for i in d.get("items", [])]
        fm_spans = d.get("future_meeting_spans") or [None] * len(d.get("future_meetings", []))
        return cls(
            id=d["id"],
            filename=d["doc"],
            text=d.get("text", ""),
            status=d.get("status", "ok"),
            error=d.get("error"),
            kind=d.get("kind", "other"),
            title=d.get("title"),
            date=d.get("date"),
            date_precision=d.get("date_precision"),
            month=d.get("month"),
            time=d.get("time"),
            location=d.get("location"),
            body=d.get("body"),
            chair=person(d.get("chair")),
            attendees=[person(p) for p in d.get("attendees", [])],  # type: ignore[misc]
            apologies=[person(p) for p in d.get("apologies", [])],  # type: ignore[misc]
            items=items,
            # papers stored before `parent` was kept: decided now, by the rule ingest uses
            actions=[Action(a["item"], a["text"], list(a["owners"]), _span(a["span"]),  # type: ignore[arg-type]
                            a.get("status"), a.get("due"), list(a.get("unresolved", [])),
                            a["parent"] if "parent" in a else
                            parent_item_index(items, _span(a["span"]), a["item"]),  # type: ignore[arg-type]
                            list(a.get("owner_kinds", [])))
                     for a in d.get("actions", [])],
            mentions=[Mention(m["label"], m["name"], _span(m["span"])) for m in d.get("mentions", [])],  # type: ignore[arg-type]
            acronyms=dict(d.get("acronyms", {})),
            future_meetings=[FutureMeeting(date, _span(s) or (0, 0))
                             for date, s in zip(d.get("future_meetings", []), fm_spans)],
            workplan=[WorkplanRow(w["item"], w["title"], list(w["responsible"]), w.get("timing"),
                                  _span(w["span"]), w.get("activity"), w.get("target_group"),  # type: ignore[arg-type]
                                  w.get("progress"))
                      for w in d.get("workplan", [])],
            spans={k: _span(v) for k, v in d.get("spans", {}).items()},  # type: ignore[misc]
            warnings=list(d.get("warnings", [])),
            ocr=bool(d.get("ocr", False)),
        )
