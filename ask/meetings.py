"""The ask box's forms about meetings and people: who attended, sent apologies or chaired (a body's
meetings at a time), which meetings a person attended, when they last did, who represented an
organisation, who met both of two people."""
from __future__ import annotations

import re
from typing import Any

import graph
from graph import queries
from ask.common import (
    MEETINGS_CYPHER, meetings_for,
    ASK_ROWS, SUGGESTIONS, Answer, Scope, latest_note, meeting_link, newest_date, no_meeting, person_link,
    resolve_person, scope_of,
)
from ask.text import count, sentence
from ask.when import on_date, split_when

# ---- meetings: attendance, apologies, chairs ---------------------------------------------------

def _meetings(g: graph.Graph, m: re.Match) -> tuple[Scope | None, list[dict], dict[str, Any], str, Answer | None]:
    """(scope answered, its meetings with attendance, the Cypher's parameters, a note to say first, or
    the answer when the question's date cannot be read)."""
    scope, problem = scope_of(g, m.group("scope"))
    if problem:
        return None, [], {}, "", problem
    params = {"body": scope.body, **scope.dates()}
    meetings, scope, note = meetings_for(g, scope)
    return scope, meetings, params, note, None


def _listed(g: graph.Graph, m: re.Match, field: str, verb: str, columns: list[str],
            cypher: str) -> tuple[Answer, list[dict]]:
    """The people a meeting lists under `field` ("attendees", "apologies") for the meetings asked
    about, and those meetings."""
    scope, meetings, params, note, problem = _meetings(g, m)
    if problem:
        return problem, []
    if not meetings:
        return no_meeting(scope, cypher, params), []
    rows = [{"name": a["name"], "organisation": a.get("org"), "role": a.get("role"), "meeting": meeting["title"],
             "date": meeting["date"],
             "links": {"name": person_link(a["key"]), "meeting": meeting_link(meeting["meeting_id"])}}
            for meeting in meetings for a in meeting.get(field, [])]
    if not rows:
        what = "attendance is" if field == "attendees" else "apologies are"
        return Answer(_said(note, f"No {what} recorded for", count(len(meetings), "meeting"), scope.of())
                      + _caution(meetings), [], [], cypher, params), meetings
    people = len({r["links"]["name"] for r in rows})
    return Answer(_said(note, count(people, "person"), verb, count(len(meetings), "meeting"), scope.of())
                  + _caution(meetings), columns, rows, cypher, params), meetings


def _said(note: str, *parts: str) -> str:
    """The answer's sentence, after the note that says which meetings answer it (if any)."""
    return " ".join(filter(None, (note, sentence(*parts))))


def _caution(meetings: list[dict]) -> str:
    """The sentence after an answer drawn from papers extraction could not read with full confidence: an empty
    or short list there may be the reading's, not the meeting's, and the meeting page says what was doubtful."""
    warned = sum(1 for meeting in meetings if meeting.get("warnings"))
    if not warned:
        return ""
    if len(meetings) == 1:
        return " " + sentence("Its paper has extraction warnings: check them on the meeting's page")
    return " " + sentence(f"{warned} of these {len(meetings)} papers have extraction warnings:",
                          "check them on each meeting's page")


def attended(g, m: re.Match) -> Answer:
    result, meetings = _listed(g, m, "attendees", "attended", ["name", "organisation", "role", "meeting", "date"],
                               MEETINGS_CYPHER)
    if result.rows:  # who sent apologies is shown apart, never as an attendee
        sent = [a for meeting in meetings for a in meeting.get("apologies", [])]
        result.see_also = {"title": "Sent apologies", "rows": [
            {"label": a["name"] + (f" ({a['org']})" if a.get("org") else ""), "link": person_link(a["key"])}
            for a in sent]} if sent else None
    return result


def apologies(g, m: re.Match) -> Answer:
    return _listed(g, m, "apologies", "sent apologies to", ["name", "organisation", "meeting", "date"],
                   MEETINGS_CYPHER + "\n// and its apologies:\n" + queries.MEETING_APOLOGIES.strip())[0]


def was_there(g, m: re.Match) -> Answer:
    """Did a person attend the meetings asked about: yes, no (and whether they sent apologies)."""
    p, problem = resolve_person(g, m.group("person"))
    if problem:
        return problem
    scope, meetings, params, note, problem = _meetings(g, m)
    if problem:
        return problem
    if not meetings:
        return no_meeting(scope, MEETINGS_CYPHER, params)
    rows = []
    for meeting in meetings:
        came = next((a for a in meeting["attendees"] if a["key"] == p["key"]), None)
        sent = any(a["key"] == p["key"] for a in meeting.get("apologies", []))
        recorded = (f"attended ({came['role']})" if came and came.get("role") not in (None, "member") else
                    "attended" if came else "sent apologies" if sent else "not recorded")
        rows.append({"meeting": meeting["title"], "date": meeting["date"], "recorded": recorded,
                     "links": {"meeting": meeting_link(meeting["meeting_id"])}})
    came_to = sum(r["recorded"].startswith("attended") for r in rows)
    sent_to = sum(r["recorded"] == "sent apologies" for r in rows)
    answer_word = "Yes:" if came_to else "No:"
    if len(rows) == 1:
        verb = ("attended" if came_to else "sent apologies to" if sent_to else "is not recorded at")
        message = _said(note, answer_word, p["name"], verb, "the meeting", scope.of())
    else:
        message = _said(note, answer_word, p["name"], "attended", f"{came_to or 'none'} of the",
                        count(len(rows), "meeting"), scope.of())
        if sent_to:
            message += " " + sentence(p["name"], "sent apologies to", count(sent_to, "meeting"))
    return Answer(message + _caution(meetings), ["meeting", "date", "recorded"], rows, MEETINGS_CYPHER,
                  {**params, "key": p["key"]})


def chaired(g, m: re.Match) -> Answer:
    scope, meetings, params, note, problem = _meetings(g, m)
    if problem:
        return problem
    if not meetings:
        return no_meeting(scope, MEETINGS_CYPHER, params)
    rows = [{"name": a["name"], "organisation": a.get("org"), "meeting": meeting["title"], "date": meeting["date"],
             "links": {"name": person_link(a["key"]), "meeting": meeting_link(meeting["meeting_id"])}}
            for meeting in meetings for a in meeting["attendees"] if a.get("role") == "chair"]
    if not rows:
        return Answer(_said(note, "No chair is recorded for", count(len(meetings), "meeting"), scope.of())
                      + _caution(meetings), [], [], MEETINGS_CYPHER, params)
    names = list(dict.fromkeys(r["name"] for r in rows))
    chaired_meetings = len({r["links"]["meeting"] for r in rows})
    who = names[0] if len(names) == 1 else count(len(names), "person")
    return Answer(_said(note, who, "chaired", count(chaired_meetings, "meeting"), scope.of()) + _caution(meetings),
                  ["name", "organisation", "meeting", "date"], rows, MEETINGS_CYPHER, params)


# ---- a person --------------------------------------------------------------------------------

def person_meetings(g, m: re.Match) -> Answer:
    rest, when, problem = split_when(m.group("person") + (m.group("when") or ""), newest_date(g))
    if problem:
        return Answer(sentence(problem), [], [], suggestions=SUGGESTIONS[1:3])
    p, problem_answer = resolve_person(g, rest)
    if problem_answer:
        return problem_answer
    apologies = bool(m.group("apol"))
    profile = graph.person_meetings(g, p["key"], apologies, limit=ASK_ROWS) or {}
    entries = [e for e in profile.get("meetings", []) if not when or when.holds(e.get("date"))]
    rows = [{"meeting": e["title"], "date": e.get("date"), "organisation": e.get("org"),
             **({} if apologies else {"role": e.get("role")}),
             "links": {"meeting": meeting_link(e["meeting_id"])}} for e in entries]
    verb = "sent apologies to" if apologies else "attended"
    columns = ["meeting", "date", "organisation"] + ([] if apologies else ["role"])
    total = len(rows) if when else profile.get("total", len(rows))
    return Answer(sentence(profile.get("name", p["name"]), verb, count(total, "meeting"), when.phrase if when else "")
                  + latest_note(len(rows), total),
                  columns, rows, queries.PERSON_APOLOGIES if apologies else queries.PERSON_ATTENDED, {"key": p["key"]})



def last_attended(g, m: re.Match) -> Answer:
    p, problem = resolve_person(g, m.group("person"))
    if problem:
        return problem
    last = graph.last_attended(g, p["key"])
    if not last:
        return Answer(sentence(p["name"], "has no recorded attendance"), [], [], queries.LAST_ATTENDED, {"key": p["key"]})
    when = on_date(last["date"]) if last.get("date") else "(the paper gives no date)"
    return Answer(sentence(p["name"], "last attended", last["title"], when), ["meeting", "date", "organisation"],
                  [{"meeting": last["title"], "date": last.get("date"), "organisation": last.get("org"),
                    "links": {"meeting": meeting_link(last["meeting_id"])}}], queries.LAST_ATTENDED, {"key": p["key"]})


def represented(g, m: re.Match) -> Answer:
    org = m.group("org").strip(" ?.'\"")
    rows = [{"name": r["name"], "organisation": r.get("org"), "meetings": r.get("count"),
             "first": r.get("first_seen"), "last": r.get("last_seen"), "links": {"name": person_link(r["key"])}}
            for r in graph.representatives(g, org)]
    if not rows:
        return Answer(sentence("Nobody is recorded as representing", org), [], [], queries.REPRESENTATIVES, {"org": org})
    return Answer(sentence(count(len(rows), "person"), "represented", org),
                  ["name", "organisation", "meetings", "first", "last"], rows, queries.REPRESENTATIVES, {"org": org})


def both(g, m: re.Match) -> Answer:
    a, problem = resolve_person(g, m.group("a"))
    if problem:
        return problem
    b, problem = resolve_person(g, m.group("b"))
    if problem:
        return problem
    rows = [{"name": r["name"], "meetings": r.get("count"), "links": {"name": person_link(r["key"])}}
            for r in graph.shared_attendees(g, a["key"], b["key"])]
    return Answer(sentence(count(len(rows), "person", "no"), "attended meetings with both", a["name"], "and", b["name"]),
                  ["name", "meetings"], rows, queries.SHARED_ATTENDEES, {"a": a["key"], "b": b["key"]})


