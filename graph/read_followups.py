"""What happened to an action: the passage of a later meeting of the same body (its matters arising,
notes of the last meeting or action log) that takes the action up, found by the words they share."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.paper_files import read_paper
from graph import queries as q
from graph.passages import passages, sections
from graph.readutil import action_details, span_of

if TYPE_CHECKING:
    from graph import Graph

MATTERS = re.compile(r"matters arising|(?:last|previous) meeting|action (?:log|points?|tracker|sheet)|minutes", re.I)
COMMON = set("""that this with from were have been will would which their there they them these those about into
also being other such than then when what where your board meeting meetings action actions agreed noted
report reported update updated following further next last minutes item items paper papers said should""".split())
# (content words shared, part of the shorter one's content words): a passage takes an action up when
# it shares at least one pair's worth (a few words that are most of a short one, or more of a long one).
ENOUGH_SHARED = ((3, 0.3), (4, 0.2))


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{4,}", (text or "").lower()) if w not in COMMON}


def _later_meetings(g: "Graph", meeting_id: str, count: int) -> list[dict]:
    out, current = [], meeting_id
    for _ in range(count):
        rows = g.run(q.NEXT_MEETING, id=current)
        if not rows:
            break
        out.append(rows[0])
        current = rows[0]["id"]
    return out


def _matters_arising(g: "Graph", doc_id: str, text: str) -> list[tuple[int, int]]:
    """Spans of the paper's matters-arising sections: its agenda items so headed, else the text's."""
    spans = [tuple(span_of(i["span"])) for i in g.run(q.DOCUMENT_ITEMS, id=doc_id)
             if MATTERS.search(i["heading"] or "") and span_of(i["span"])]
    return spans or sections(text, MATTERS)


def _own_passage(g: "Graph", action: dict) -> str:
    """The paragraph or bullet the action was written in (its words say what it is about better than
    the action's own sentence), or the action's text."""
    span = action.get("span")
    paper = read_paper(g.data_dir, action["doc_id"]) if span and action.get("doc_id") else None
    if paper is None:
        return action["text"]
    around = [(s, e) for s, e in passages(paper.text, 0, len(paper.text)) if s <= span[0] < e]
    return paper.text[around[0][0]:around[0][1]] if around else action["text"]


def action_follow_ups(g: "Graph", action_id: str, later: int = 2) -> dict | None:
    """The action (as `action_details` gives it) and, for each of the next `later` meetings of its body,
    the passage of that meeting's matters arising that shares the most words with it, if it shares
    enough: {"action": {...}, "later_meetings": n, "follow_ups": [{"meeting_id","title","date","doc_id",
    "span","text"}]}. None for an unknown action."""
    found = action_details(g, [action_id])
    if not found:
        return None
    action = found[0]
    want = _words(_own_passage(g, action))
    follow_ups, meetings = [], _later_meetings(g, action["meeting_id"], later) if action.get("meeting_id") else []
    for meeting in meetings:
        doc = g.run(q.MEETING, id=meeting["id"])
        paper = read_paper(g.data_dir, doc[0]["doc_id"]) if doc else None
        if paper is None or not want:
            continue
        best = None
        for start, end in _matters_arising(g, paper.id, paper.text):
            for s, e in passages(paper.text, start, end):
                words = _words(paper.text[s:e])
                shared = want & words
                part = len(shared) / min(len(want), len(words)) if shared else 0.0
                if any(len(shared) >= n and part >= p for n, p in ENOUGH_SHARED):
                    if best is None or len(shared) > best[0]:
                        best = (len(shared), s, e)
        if best:
            follow_ups.append({"meeting_id": meeting["id"], "title": meeting["title"], "date": meeting["date"],
                               "doc_id": paper.id, "span": [best[1], best[2]],
                               "text": re.sub(r"^\s*[•·▪‣◦*-]\s*", "", paper.text[best[1]:best[2]]).strip()})
    return {"action": action, "later_meetings": len(meetings), "follow_ups": follow_ups}
