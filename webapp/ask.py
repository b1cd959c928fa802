"""The ask box: plain-English questions answered from the graph.

Each question form is a pattern mapped to one graph read function; the answer
is a table with links plus the Cypher that produced it. A question no pattern
understands gets suggestions of questions that work, never an error.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable
from urllib.parse import quote

from dateutil import parser as dateparser

import graph
from graph import queries

ASK_ROWS = 100  # rows an answer about one person lists; its sentence gives the whole count
SUGGESTIONS = [
    "who attended the board meeting on 31 October 2007",
    "which meetings did Ian Dean attend",
    "which meetings did Hannah Miller send apologies to",
    "which actions mention FGM",
    "what actions does Christine Christie own",
    "who chaired LSCB Chairs meetings",
    "when did Dave Hill last attend",
    "who represented NSPCC",
    "which people attended both Dave Hill's and Ian Dean's meetings",
]


def person_link(key: str) -> str:
    return f"/people/{quote(key, safe='')}"


def meeting_link(meeting_id: str) -> str:
    return f"/meetings/{quote(meeting_id, safe='')}"


def org_link(key: str) -> str:
    return f"/organisations/{quote(key, safe='')}"


def passage_link(doc_id: str | None, span: Any) -> str | None:
    if not doc_id:
        return None
    if span and span[0] is not None:
        return f"/papers/{doc_id}?start={span[0]}&end={span[1]}#passage"
    return f"/papers/{doc_id}"


@dataclass
class Answer:
    message: str
    columns: list[str]
    rows: list[dict[str, Any]]
    cypher: str = ""
    params: dict[str, Any] | None = None
    see_also: dict[str, Any] | None = None
    suggestions: list[str] | None = None


def _parse_date(text: str) -> tuple[str | None, str | None]:
    """A date in a question -> (ISO prefix, sentence if it could not be read)."""
    text = text.strip(" ?.")
    if re.fullmatch(r"\d{4}", text):
        return text, None
    try:
        parsed = dateparser.parse(text, dayfirst=True, fuzzy=True)
    except (ValueError, OverflowError):
        return None, f"I could not read the date {text!r}."
    has_day = bool(re.search(r"\b\d{1,2}(st|nd|rd|th)?\b(?!\d)", re.sub(r"\b\d{4}\b", "", text)))
    return (parsed.strftime("%Y-%m-%d") if has_day else parsed.strftime("%Y-%m")), None


def _resolve_person(g: graph.Graph, name: str) -> tuple[dict[str, Any] | None, Answer | None]:
    """The one person a name means, or an answer explaining why not (nobody / several)."""
    return _pick_person(name, graph.find_people(g, name.strip(" ?.'\""), limit=5))


def _pick_person(name: str, found: list[dict[str, Any]]) -> tuple[dict[str, Any] | None, Answer | None]:
    """The best of `find_people`'s matches, unless several tie or there are none."""
    if not found:
        return None, Answer(f"I know nobody called {name.strip()!r}.", [], [], suggestions=SUGGESTIONS[:4])
    best = found[0]
    ties = [p for p in found if p.get("score") == best.get("score")]
    if len(ties) > 1:
        return None, Answer(f"{name.strip()!r} could be several people; which one?", ["name"],
                            [{"name": p["name"], "links": {"name": person_link(p["key"])}} for p in ties])
    return best, None


def _attended(g, m: re.Match) -> Answer:
    body_words, date_text = m.group("body") or "", m.group("date") or ""
    date, problem = _parse_date(date_text) if date_text else (None, None)
    if problem:
        return Answer(problem, [], [], suggestions=SUGGESTIONS[:1])
    body = re.sub(r"\b(the|a|an|meeting|meetings)\b", " ", body_words, flags=re.I).strip() or None
    meetings = graph.attendance(g, body=body, date=date)
    rows = []
    for meeting in meetings:
        for a in meeting["attendees"]:
            rows.append({"name": a["name"], "organisation": a.get("org"), "role": a.get("role"),
                         "meeting": meeting["title"], "date": meeting["date"],
                         "links": {"name": person_link(a["key"]), "meeting": meeting_link(meeting["meeting_id"])}})
    what = " ".join(filter(None, [body, "meeting", f"on {date}" if date else None]))
    if not meetings:
        return Answer(f"I found no {what}.", [], [], queries.ATTENDANCE, {"body": body, "date": date},
                      suggestions=SUGGESTIONS[:2])
    apologies = [a for meeting in meetings for a in meeting.get("apologies", [])]
    see_also = {"title": "Sent apologies", "rows": [{"label": f"{a['name']}" + (f" ({a['org']})" if a.get("org") else ""),
                                                     "link": person_link(a["key"])} for a in apologies]} if apologies else None
    return Answer(f"{len(rows)} people attended {len(meetings)} {what}.".replace("1 people", "1 person"),
                  ["name", "organisation", "role", "meeting", "date"], rows, queries.ATTENDANCE,
                  {"body": body, "date": date}, see_also)


def _person_meetings(g, m: re.Match) -> Answer:
    p, problem = _resolve_person(g, m.group("person"))
    if problem:
        return problem
    profile = graph.person(g, p["key"], limit=ASK_ROWS) or {}
    apologies = bool(m.group("apol"))
    entries = profile.get("apologies" if apologies else "attended", [])
    rows = [{"meeting": e["title"], "date": e.get("date"), "organisation": e.get("org"),
             **({} if apologies else {"role": e.get("role")}),
             "links": {"meeting": meeting_link(e["meeting_id"])}} for e in entries]
    verb = "sent apologies to" if apologies else "attended"
    columns = ["meeting", "date", "organisation"] + ([] if apologies else ["role"])
    total = profile.get("totals", {}).get("apologies" if apologies else "attended", len(rows))
    return Answer(f"{profile.get('name', p['name'])} {verb} {total} meeting{'s' if total != 1 else ''}."
                  + _latest(len(rows), total),
                  columns, rows, queries.PERSON_APOLOGIES if apologies else queries.PERSON_ATTENDED, {"key": p["key"]})


def _latest(shown: int, total: int, where: str = "") -> str:
    """The sentence that says a list is shortened, so a count is never read off a partial list."""
    return f" The latest {shown} are listed{where}." if shown < total else ""


def _action_rows(actions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    rows = []
    for a in actions:
        owners = ", ".join(o["name"] if isinstance(o, dict) else str(o) for o in a.get("owners", []))
        rows.append({"action": a["text"], "owners": owners, "status": a.get("status"),
                     "meeting": a.get("meeting_title") or a.get("title"), "date": a.get("date"),
                     "links": {"action": passage_link(a.get("doc_id"), a.get("span")),
                               "meeting": meeting_link(a["meeting_id"]) if a.get("meeting_id") else None}})
    return rows


def _mentioning_cypher(g: graph.Graph) -> str:
    """The statements behind graph.actions_mentioning: a topic's actions, then a word search."""
    return (queries.ACTIONS_OF_TOPIC.strip() + "\n\n// and actions whose text has the words:\n"
            + queries.ACTIONS_MENTIONING_INDEXED[g.kind].strip())


def _actions_mention(g, m: re.Match) -> Answer:
    term = m.group("term").strip(" ?.'\"")
    actions = graph.actions_mentioning(g, term, limit=200)
    if actions:
        return Answer(f"{len(actions)} action{'s' if len(actions) != 1 else ''} mention {term}.",
                      ["action", "owners", "status", "meeting", "date"], _action_rows(actions),
                      _mentioning_cypher(g), {"term": term})
    items = graph.items_mentioning(g, term, limit=50)
    see_also = {"title": f"Agenda items and passages that mention {term}",
                "rows": [{"label": f"{i.get('date') or ''} {i.get('title')}: item {i['number']} {i['heading']}".strip(),
                          "link": passage_link(i.get("doc_id"), i.get("span"))} for i in items]} if items else None
    message = f"No action mentions {term}." + (" These agenda items do." if items else " Nor does any agenda item.")
    return Answer(message, [], [], _mentioning_cypher(g), {"term": term}, see_also)


def _owns(g, m: re.Match) -> Answer:
    who = m.group("owner").strip(" ?.'\"")
    people = graph.find_people(g, who, limit=5)
    if people:
        p, problem = _pick_person(who, people)
        if problem:
            return problem
        profile = graph.person(g, p["key"], limit=ASK_ROWS) or {}
        actions = profile.get("actions", [])
        total = profile.get("totals", {}).get("actions", len(actions))
        return Answer(f"{p['name']} owns {total} action{'s' if total != 1 else ''}."
                      + _latest(len(actions), total, " (all of them are on the actions page)"),
                      ["action", "status", "meeting", "date"], _action_rows(actions), queries.PERSON_ACTIONS,
                      {"key": p["key"]})
    result = graph.actions(g, owner=who, page=1, per_page=200)
    return Answer(f"{who} owns {result['total']} action{'s' if result['total'] != 1 else ''}.",
                  ["action", "owners", "status", "meeting", "date"], _action_rows(result["items"]),
                  queries.ACTIONS_FILTERED, {"owner": who})


def _chaired(g, m: re.Match) -> Answer:
    body = re.sub(r"\b(the|meetings?)\b", " ", m.group("body"), flags=re.I).strip() or None
    rows = [{"name": c["name"], "organisation": c.get("org"), "meeting": c["title"], "date": c.get("date"),
             "links": {"name": person_link(c["key"]), "meeting": meeting_link(c["meeting_id"])}}
            for c in graph.chairs(g, body)]
    return Answer(f"{len(rows)} chaired meeting{'s' if len(rows) != 1 else ''}" + (f" of {body}" if body else "") + ".",
                  ["name", "organisation", "meeting", "date"], rows, queries.CHAIRS, {"body": body})


def _last_attended(g, m: re.Match) -> Answer:
    p, problem = _resolve_person(g, m.group("person"))
    if problem:
        return problem
    last = graph.last_attended(g, p["key"])
    if not last:
        return Answer(f"{p['name']} has no recorded attendance.", [], [], queries.LAST_ATTENDED, {"key": p["key"]})
    return Answer(f"{p['name']} last attended {last['title']} on {last.get('date')}.", ["meeting", "date", "organisation"],
                  [{"meeting": last["title"], "date": last.get("date"), "organisation": last.get("org"),
                    "links": {"meeting": meeting_link(last["meeting_id"])}}], queries.LAST_ATTENDED, {"key": p["key"]})


def _represented(g, m: re.Match) -> Answer:
    org = m.group("org").strip(" ?.'\"")
    rows = [{"name": r["name"], "organisation": r.get("org"), "meetings": r.get("count"),
             "first": r.get("first_seen"), "last": r.get("last_seen"), "links": {"name": person_link(r["key"])}}
            for r in graph.representatives(g, org)]
    if not rows:
        return Answer(f"Nobody is recorded as representing {org}.", [], [], queries.REPRESENTATIVES, {"org": org})
    return Answer(f"{len(rows)} {'person' if len(rows) == 1 else 'people'} represented {org}.",
                  ["name", "organisation", "meetings", "first", "last"], rows, queries.REPRESENTATIVES, {"org": org})


def _both(g, m: re.Match) -> Answer:
    a, problem = _resolve_person(g, m.group("a"))
    if problem:
        return problem
    b, problem = _resolve_person(g, m.group("b"))
    if problem:
        return problem
    rows = [{"name": r["name"], "meetings": r.get("count"), "links": {"name": person_link(r["key"])}}
            for r in graph.shared_attendees(g, a["key"], b["key"])]
    return Answer(f"{len(rows)} {'person' if len(rows) == 1 else 'people'} attended meetings with both "
                  f"{a['name']} and {b['name']}.", ["name", "meetings"], rows, queries.SHARED_ATTENDEES,
                  {"a": a["key"], "b": b["key"]})


_NAME = r"(?P<{}>[A-Za-z][\w'’. -]*?)"
PATTERNS: list[tuple[re.Pattern[str], Callable[[Any, re.Match], Answer]]] = [
    (re.compile(r"^(?:which|what) (?:people|persons|members) attended (?:meetings with )?both " + _NAME.format("a")
                + r"(?:'s|’s)? and " + _NAME.format("b") + r"(?:'s|’s)?(?: meetings?)?\??$", re.I), _both),
    (re.compile(r"^who (?:attended|was at|came to|went to)(?: the)?(?P<body>.*?)(?:meeting|meetings)?"
                r"(?:\s+(?:on|of|in|held on|dated)\s+(?P<date>.+?))?\??$", re.I), _attended),
    (re.compile(r"^(?:which|what) meetings (?:did|has|have) " + _NAME.format("person")
                + r" (?:(?P<apol>send apologies to|sent apologies to|give apologies (?:to|for)|send apologies for)|attend(?:ed)?)\??$",
                re.I), _person_meetings),
    (re.compile(r"^(?:which|what|show|list)(?: the)? actions (?:mention|mentioning|about|on|refer to|concern)\s+(?P<term>.+)$",
                re.I), _actions_mention),
    (re.compile(r"^(?:what|which) actions (?:does|do|did) (?P<owner>.+?) (?:own|have|hold)\??$", re.I), _owns),
    (re.compile(r"^(?:actions|what actions are) owned by (?P<owner>.+?)\??$", re.I), _owns),
    (re.compile(r"^who chaired(?: the)? (?P<body>.+?)\??$", re.I), _chaired),
    (re.compile(r"^when did " + _NAME.format("person") + r" last attend(?: a meeting)?\??$", re.I), _last_attended),
    (re.compile(r"^who (?:represented|represents|came from|attended for) (?P<org>.+?)\??$", re.I), _represented),
]


def answer(g: graph.Graph, question: str) -> dict[str, Any]:
    """Answer a question; the dict is what the ask page and `boardgraph ask --json` show."""
    text = re.sub(r"\s+", " ", question).strip()
    for pattern, handler in PATTERNS:
        m = pattern.match(text)
        if m:
            result = handler(g, m)
            return {"question": text, "intent": handler.__name__.strip("_"), **result.__dict__,
                    "suggestions": result.suggestions or []}
    return {"question": text, "intent": None,
            "message": "I can't answer that question yet. Here are questions I can answer:",
            "columns": [], "rows": [], "cypher": "", "params": None, "see_also": None, "suggestions": SUGGESTIONS}
