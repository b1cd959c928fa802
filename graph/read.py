"""Reading meetings, documents, bodies and attendance: plain, JSON-ready, bounded."""
from __future__ import annotations

import re

from typing import TYPE_CHECKING

from ingest.names import clean_text
from graph import queries as q
from graph.readutil import action_details, bounded, date_range, paging, span_of

if TYPE_CHECKING:
    from graph import Graph


def counts(g: "Graph") -> dict[str, int]:
    """{"papers","meetings","people","organisations","actions","topics"}"""
    labels = {"papers": "Document", "meetings": "Meeting", "people": "Person",
              "organisations": "Organisation", "actions": "Action", "topics": "Topic"}
    return {name: g.run(q.COUNT_LABEL[label])[0]["n"] for name, label in labels.items()}


def latest_meetings(g: "Graph", limit: int = 10) -> list[dict]:
    """[{"id","title","body","date"}], newest first."""
    return g.run(q.LATEST_MEETINGS, limit=bounded(limit))


def _lower(value: str | None) -> str | None:
    value = clean_text(value) if value else ""
    return value.lower() or None


def list_meetings(g: "Graph", body: str | None = None, page: int = 1, per_page: int = 50) -> dict:
    """{"total", "page", "per_page", "items": [{"id","title","body","date"}]}; `body` matches part of the name."""
    skip, limit = paging(page, per_page)
    b = _lower(body)
    return {"total": g.run(q.MEETINGS_TOTAL, body=b)[0]["n"], "page": int(page), "per_page": limit,
            "items": g.run(q.MEETINGS_PAGE, body=b, skip=skip, limit=limit)}


def list_documents(g: "Graph", page: int = 1, per_page: int = 50) -> dict:
    """{"total", "page", "per_page", "items": [{"id","title","kind","filename","date","body","status","meeting_id"}]}"""
    skip, limit = paging(page, per_page)
    return {"total": g.run(q.DOCUMENTS_TOTAL)[0]["n"], "page": int(page), "per_page": limit,
            "items": g.run(q.DOCUMENTS_PAGE, skip=skip, limit=limit)}


def _people(rows: list[dict], *extra: str) -> list[dict]:
    out = []
    for row in rows:
        entry = {"key": row["key"], "slug": row["slug"], "name": row["name"], "org": row["org"],
                 "org_key": row["org_key"], "span": span_of(row["span"])}
        entry.update({k: row[k] for k in extra})
        out.append(entry)
    return out


def _paper_parts(doc_id: str) -> list[tuple[str, dict]]:
    """The statements of a paper's items and its actions' ids, for `_items_with_actions`."""
    return [(q.DOCUMENT_ITEMS, {"id": doc_id}), (q.DOCUMENT_ACTION_IDS, {"id": doc_id})]


def _items_with_actions(g: "Graph", doc_id: str, read: list[list[dict]] | None = None) -> tuple[list[dict], list[dict]]:
    """A paper's items, each with its actions, and all its actions. `read`: the rows of `_paper_parts`
    when the caller sent them with its own statements (one round trip less)."""
    items, action_ids = read if read is not None else g.run_many(_paper_parts(doc_id))
    actions = action_details(g, (r["id"] for r in action_ids))
    by_item: dict[str, list[dict]] = {}
    for a in actions:
        by_item.setdefault(a["item_id"], []).append(a)
    for item in items:
        item["span"] = span_of(item["span"])
        item["actions"] = by_item.get(item["id"], [])
    return items, actions


def meeting(g: "Graph", meeting_id: str) -> dict | None:
    """A meeting page: header, chair, attendees, apologies, items with their actions, previous/next
    meeting of the same body. Actions not under any item are in `other_actions`. Three round trips:
    every part named by the meeting's id at once, its paper's items and action ids, the actions."""
    rows, attendee_rows, apology_rows, previous, following = g.run_many(
        [(statement, {"id": meeting_id}) for statement in
         (q.MEETING, q.MEETING_ATTENDEES, q.MEETING_APOLOGIES, q.PREVIOUS_MEETING, q.NEXT_MEETING)])
    if not rows:
        return None
    m = rows[0]
    attendees = _people(attendee_rows, "role", "note")
    chair_row = next((a for a in attendee_rows if a["role"] == "chair"), None)
    chair = None
    if chair_row:
        chair = {"key": chair_row["key"], "slug": chair_row["slug"], "name": chair_row["name"],
                 "org": chair_row["org"], "span": span_of(chair_row["chair_span"]) or span_of(chair_row["span"])}
    items, actions = _items_with_actions(g, m["doc_id"])
    m.pop("series", None)
    return {**m, "chair": chair, "attendees": attendees,
            "apologies": _people(apology_rows),
            "items": items, "other_actions": [a for a in actions if not a["item_id"]],
            "previous": previous[0] if previous else None, "next": following[0] if following else None}


def document(g: "Graph", doc_id: str) -> dict | None:
    """{"id","title","kind","filename","date","date_precision","body","status","error","ingested_at",
    "ocr" (read by OCR from a scan),"meeting_id","items":[... with "actions"],"actions":[every action of the paper]}
    Two round trips: the paper, its items and its action ids at once, then the actions."""
    rows, *parts = g.run_many([(q.DOCUMENT, {"id": doc_id})] + _paper_parts(doc_id))
    if not rows:
        return None
    items, actions = _items_with_actions(g, doc_id, parts)
    return {**rows[0], "items": items, "actions": actions}


SMALL_WORDS = {"for", "of", "the", "and", "in", "on", "a", "an"}
MEETING_SCAN = 5000  # meetings read to match a body's words against (newest first)


def _words(text: str | None) -> list[str]:
    return re.findall(r"[a-z0-9]+", (text or "").lower())


def _initials(words: list[str]) -> set[str]:
    """Initials of every run of two or more words, small words skipped: "sbni" for "safeguarding board
    for northern ireland", "lscb" for "london safeguarding children board", "sab" for "... adult board"."""
    big = [w for w in words if w not in SMALL_WORDS]
    return {"".join(w[0] for w in big[i:j]) for i in range(len(big)) for j in range(i + 2, len(big) + 1)}


def _wanted(body: str | None) -> list[str]:
    """The words of a body's name that must name a meeting (no words: every meeting)."""
    return [w for w in _words(body) if w not in SMALL_WORDS]


def names_meeting(body: str | None, meeting: dict) -> bool:
    """Whether `body`'s words name the meeting: each is in its body, title or paper's file name (as part
    of a word: "lscb" in "slscb") or is the initials of a run of their words ("SBNI"), and words found
    nowhere are a run whose initials are one of their words ("Norfolk Safeguarding Adults Board" for
    "norfolk sab"), when some other word was found (a generic name alone names no one board)."""
    wanted = _wanted(body)
    words = _words(" ".join(filter(None, (meeting.get("body"), meeting.get("title"),
                                          re.sub(r"[_-]+", " ", meeting.get("filename") or "")))))
    text, initials = " ".join(words), None
    runs, run = [], []
    for w in wanted:
        if w not in text:
            initials = initials if initials is not None else _initials(words)
            if w not in initials:
                run.append(w)
                continue
        if run:
            runs.append(run)
            run = []
    runs += [run] if run else []
    if runs and sum(map(len, runs)) == len(wanted):
        return False
    return all(len(r) >= 2 and "".join(w[0] for w in r) in words for r in runs)


def meetings_matching(g: "Graph", body: str | None = None, date: str | None = None, limit: int = 20,
                      date_from: str | None = None, date_to: str | None = None) -> list[dict]:
    """Meetings a body's words name (`names_meeting`), on `date` (YYYY, YYYY-MM or YYYY-MM-DD) or from
    `date_from` to `date_to` (ISO, inclusive; a prefix covers its year or month), newest first (undated
    last): [{"id","title","body","date","doc_id","filename","warnings"}]"""
    date_from, date_to = date_range(clean_text(date) if date else None, date_from, date_to)
    rows = g.run(q.MEETINGS_IN_RANGE, date_from=date_from, date_to=date_to, limit=MEETING_SCAN)
    hits = [r for r in rows if names_meeting(body, r)]
    hits.sort(key=lambda r: r["date"] or "", reverse=True)
    return hits[: bounded(limit, 200)]


def attendance(g: "Graph", body: str | None = None, date: str | None = None, limit: int = 20,
               date_from: str | None = None, date_to: str | None = None) -> list[dict]:
    """Who attended the meetings `meetings_matching` finds, newest first:
    [{"meeting_id","title","body","date","doc_id","warnings","attendees":[...],"apologies":[...]}] (`warnings`:
    how many warnings extraction left on the meeting's paper)"""
    return [{"meeting_id": m["id"], "title": m["title"], "body": m["body"], "date": m["date"], "doc_id": m["doc_id"],
             "warnings": m.get("warnings") or 0,
             "attendees": _people(g.run(q.MEETING_ATTENDEES, id=m["id"]), "role", "note"),
             "apologies": _people(g.run(q.MEETING_APOLOGIES, id=m["id"]))}
            for m in meetings_matching(g, body, date, limit, date_from, date_to)]


def newest_meeting_date(g: "Graph", body: str | None = None) -> str | None:
    """The date of the newest dated meeting (of those `body` names): what "the last meeting" and
    "last year" count from. With no body, one aggregate (reading every meeting cost ~100 ms at 10k
    papers, in every question with a date)."""
    if not _wanted(body):
        rows = g.run(q.NEWEST_MEETING_DATE)
        return rows[0]["date"] if rows and rows[0]["date"] else None
    return next((m["date"] for m in meetings_matching(g, body, limit=200) if m["date"]), None)


def body(g: "Graph", name: str, limit: int = 200) -> dict | None:
    """A body's page: {"name","meetings":[{"id","title","date","doc_id"}],"documents":[...],"chairs":[...]}"""
    rows = g.run(q.BODY, name=_lower(name) or "")
    if not rows:
        return None
    real = rows[0]["name"]
    lim = bounded(limit)
    return {"name": real, "meetings": g.run(q.BODY_MEETINGS, name=real, limit=lim),
            "documents": g.run(q.BODY_DOCUMENTS, name=real, limit=lim),
            "chairs": g.run(q.BODY_CHAIRS, name=real)}


def bodies(g: "Graph") -> list[dict]:
    """[{"name","meetings","last_met"}] for every body."""
    return g.run(q.BODIES)


