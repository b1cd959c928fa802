"""The ask box's forms about what happened to an action: action N of a meeting ("the last meeting" is
the one before the newest), or the actions about a subject, each with the passage of a later
meeting's matters arising that takes it up (graph.action_follow_ups)."""
from __future__ import annotations

import re
from typing import Any

import graph
from graph import queries
from ask.actions import ACTION_COLUMNS, about, action_rows, mentioning_cypher
from ask.common import LATEST, Answer, meeting_link, meetings_for, no_meeting, passage_link, scope_of
from ask.text import count, listing, plural, sentence
from ask.when import on_date

FOLLOW_UP_COLUMNS = ["action", "owners", "follow_up", "meeting", "date"]
FOLLOW_UP_CYPHER = queries.NEXT_MEETING.strip() + "\n\n// then the later meeting's matters arising:\n" + \
    queries.DOCUMENT_ITEMS.strip()


def _follow_up_rows(found: dict[str, Any]) -> list[dict[str, Any]]:
    a = found["action"]
    owners = ", ".join(o["name"] for o in a.get("owners", []))
    return [{"action": a["text"], "owners": owners, "follow_up": f["text"], "meeting": f["title"], "date": f["date"],
             "links": {"action": passage_link(a.get("doc_id"), a.get("span")),
                       "follow_up": passage_link(f["doc_id"], f["span"]), "meeting": meeting_link(f["meeting_id"])}}
            for f in found["follow_ups"]]


def _the_meeting(g: graph.Graph, words: str) -> tuple[dict[str, Any] | None, str, Answer | None]:
    """The one meeting a follow-up question means, and how to name it. "the last meeting" is the one
    before the newest (the newest has no later meeting to follow its actions up)."""
    latest = bool(LATEST.search(words or "")) or not (words or "").strip()
    scope, problem = scope_of(g, LATEST.sub(" ", words or ""))
    if problem:
        return None, "", problem
    found, scope, _ = meetings_for(g, scope, attendance=False)
    meetings = [x for x in found if x.get("date")]
    if latest and meetings:
        newest = graph.meeting(g, meetings[0]["id"]) or {}
        before = newest.get("previous")
        if before:
            return before, (f"the meeting {on_date(before['date'])} "
                            f"(the one before the newest, {on_date(newest['date'])})"), None
        meetings = meetings[:1]
    if not meetings:
        return None, "", no_meeting(scope, queries.MEETINGS_IN_RANGE, {"body": scope.body, **scope.dates()})
    if len(meetings) > 1:
        return None, "", Answer(sentence(f"That could be {count(len(meetings), 'meeting')}", scope.of() + ";",
                                         "which one? Ask about one date"),
                                ["meeting", "date"], [{"meeting": x["title"], "date": x["date"],
                                                       "links": {"meeting": meeting_link(x["id"])}} for x in meetings])
    return meetings[0], f"the meeting {on_date(meetings[0]['date'])}", None


def follow_up(g, m: re.Match) -> Answer:
    n = int(m.group("n"))
    meeting, named, problem = _the_meeting(g, m.group("scope") or "")
    if problem:
        return problem
    doc = g.run(queries.MEETING, id=meeting["id"])
    actions = (graph.document(g, doc[0]["doc_id"]) or {}).get("actions", []) if doc else []
    params = {"id": meeting["id"]}
    if not 1 <= n <= len(actions):
        return Answer(sentence(named, "records", count(len(actions), "action")
                               + (f", so there is no action {n}" if actions else "")), [], [], FOLLOW_UP_CYPHER, params)
    found = graph.action_follow_ups(g, actions[n - 1]["id"])
    rows = _follow_up_rows(found)
    if rows:
        return Answer(sentence(f"Action {n} of {named} was taken up at", listing(
            [f"the meeting {on_date(f['date'])}" for f in found["follow_ups"]])),
            FOLLOW_UP_COLUMNS, rows, FOLLOW_UP_CYPHER, params)
    action_row = action_rows([found["action"]])
    if not found["later_meetings"]:
        return Answer(sentence(f"No later meeting of this body is in the archive, so nothing follows up action {n}"
                               f" of {named} yet"), ["action", "owners", "status", "due"], action_row,
                      FOLLOW_UP_CYPHER, params)
    later = "the next meeting" if found["later_meetings"] == 1 else f"the next {found['later_meetings']} meetings"
    return Answer(sentence(f"Action {n} of {named} is not taken up in the matters arising of {later}"),
                  ["action", "owners", "status", "due"], action_row, FOLLOW_UP_CYPHER, params)


def follow_ups_about(g, m: re.Match) -> Answer:
    term = m.group("term").strip(" ?.'\"")
    direct, under, worded = about(g, term)
    actions = (direct + under + worded)[:20]
    rows = [row for a in actions for row in _follow_up_rows(graph.action_follow_ups(g, a["id"]))]
    if not actions:
        return Answer(sentence("No action about", term, "is recorded"), [], [], mentioning_cypher(g), {"term": term})
    taken = len({r["action"] for r in rows})
    if not rows:
        return Answer(sentence("No later meeting's matters arising take up any of the", count(len(actions), "action"),
                               "about", term) if len(actions) > 1 else
                      sentence(f"The action about {term} is not taken up in a later meeting's matters arising"),
                      ACTION_COLUMNS, action_rows(actions), FOLLOW_UP_CYPHER, {"term": term})
    return Answer(sentence(f"{taken} of the {count(len(actions), 'action')} about {term}",
                           plural("was", taken), "taken up at a later meeting"),
                  FOLLOW_UP_COLUMNS, rows, FOLLOW_UP_CYPHER, {"term": term})


