"""The ask box: plain-English questions answered from the graph.

Each question form is a pattern mapped to one graph read function; the answer
is a table with links plus the Cypher that produced it. Every form that speaks
of meetings takes a date, month, year, range or "last year" (webapp/ask_when.py);
every sentence is built by webapp/ask_text.py. A question no pattern
understands gets the closest questions that work, never a guess.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable
from urllib.parse import quote

from rapidfuzz import fuzz, process

import graph
from graph import queries
from webapp.ask_text import clean_rows, count, listing, plural, quoted, sentence
from webapp.ask_when import When, human_date, split_when

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
    "who sent apologies to the board meeting on 31 October 2007",
    "who chaired meetings in 2009",
    "who attended meetings between 2008 and 2010",
    "what did the board decide about FGM",
    "when was FGM last discussed",
    "which actions are still open",
    "which actions are overdue",
    "who owns actions about FGM",
    "what actions were agreed at the last LSCB Chairs meeting",
    "who attended the last board meeting",
    "what happened to action 1 from the last meeting",
    "what happened to the actions about FGM",
]
DONE = re.compile(r"\b(complete[d]?|done|closed|achieved|discharged|finished|resolved)\b", re.I)
SMALL_WORDS = {"for", "of", "the", "and", "&", "in", "on"}


def person_link(key: str) -> str:
    return f"/people/{quote(key, safe='')}"


def meeting_link(meeting_id: str | None) -> str | None:
    return f"/meetings/{quote(meeting_id, safe='')}" if meeting_id else None


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


# ---- what a question names: a person, a body, a time ------------------------------------------

def _resolve_person(g: graph.Graph, name: str) -> tuple[dict[str, Any] | None, Answer | None]:
    """The one person a name means (full name, surname alone or initials when one person fits),
    or an answer saying why not (nobody / several, listed)."""
    name = name.strip(" ?.'\"")
    found = graph.find_people(g, name, limit=8)
    if not found:
        return None, Answer(sentence("I know nobody called", quoted(name)), [], [], suggestions=SUGGESTIONS[:4])
    best = found[0]
    ties = [p for p in found if p.get("score") == best.get("score")]
    if len(ties) > 1:
        names = [p["name"] for p in ties]
        return None, Answer(sentence(quoted(name), f"could mean {count(len(ties), 'person')}:",
                                     listing(names, "or") + ". Which one?"),
                            ["name"], [{"name": p["name"], "links": {"name": person_link(p["key"])}} for p in ties])
    return best, None


def _newest_meeting_date(g: graph.Graph) -> str | None:
    return graph.newest_meeting_date(g)


def _acronym(name: str) -> set[str]:
    words = re.findall(r"[A-Za-z]+", name)
    return {"".join(w[0] for w in words).upper(),
            "".join(w[0] for w in words if w.lower() not in SMALL_WORDS).upper()}


def _body(g: graph.Graph, words: str) -> tuple[str | None, str]:
    """(what to look for in meeting bodies and titles, how to name it): the words as typed, or the
    body an acronym stands for ("SBNI" -> Safeguarding Board for Northern Ireland)."""
    words = re.sub(r"\b(the|a|an|meetings?|minutes|board's|boards')\b", " ", words, flags=re.I)
    words = re.sub(r"\s+", " ", words).strip(" ,'’")
    if not words:
        return None, ""
    names = [b["name"] for b in graph.bodies(g) if b.get("name")]
    lowered = words.lower()
    said = words if words[0].isupper() else f"the {words}"  # "of LSCB Chairs", "of the board"
    if any(lowered in n.lower() for n in names) or not re.fullmatch(r"[A-Za-z]{2,8}", words):
        return lowered, said
    fits = sorted({n for n in names if words.upper() in _acronym(n)}, key=len)
    return (fits[0].lower(), f"{fits[0]} ({words})") if fits else (lowered, said)


@dataclass
class Scope:
    """The meetings a question means: body words (to match), how to name them, and when."""

    body: str | None
    body_name: str
    when: When | None

    def of(self) -> str:
        """"of LSCB Chairs in 2009", "in 2009", ""."""
        return " ".join(p for p in (f"of {self.body_name}" if self.body_name else "",
                                    self.when.phrase if self.when else "") if p)

    def dates(self) -> dict[str, str | None]:
        return {"date_from": self.when.start if self.when else None, "date_to": self.when.end if self.when else None}


LATEST = re.compile(r"\b(?:the\s+)?(?:last|latest|most recent|newest|previous)\b(?!\s+year)", re.I)


def _scope(g: graph.Graph, text: str) -> tuple[Scope | None, Answer | None]:
    """The meetings a question's words mean; "the last <body> meeting" is the newest dated one."""
    rest, when, problem = split_when(text or "", _newest_meeting_date(g))
    if problem:
        return None, Answer(sentence(problem, "Try a date such as 31 October 2007, a month or a year."), [], [],
                            suggestions=SUGGESTIONS[:1] + SUGGESTIONS[10:12])
    latest = not when and LATEST.search(rest)
    if latest:
        rest = LATEST.sub(" ", rest)
    body, name = _body(g, rest)
    if latest:
        newest = graph.newest_meeting_date(g, body)
        if newest:
            when = When(newest, newest, f"on {human_date(newest)}")
    return Scope(body, name, when), None


def _no_meeting(scope: Scope, cypher: str, params: dict[str, Any]) -> Answer:
    return Answer(sentence("I found no meeting", scope.of()), [], [], cypher, params, suggestions=SUGGESTIONS[:2])


# ---- meetings: attendance, apologies, chairs ---------------------------------------------------

def _meetings(g: graph.Graph, m: re.Match) -> tuple[Scope | None, list[dict], dict[str, Any], Answer | None]:
    scope, problem = _scope(g, m.group("scope"))
    if problem:
        return None, [], {}, problem
    params = {"body": scope.body, **scope.dates()}
    return scope, graph.attendance(g, body=scope.body, limit=200, **scope.dates()), params, None


def _attended(g, m: re.Match) -> Answer:
    scope, meetings, params, problem = _meetings(g, m)
    if problem:
        return problem
    if not meetings:
        return _no_meeting(scope, queries.ATTENDANCE, params)
    rows = [{"name": a["name"], "organisation": a.get("org"), "role": a.get("role"),
             "meeting": meeting["title"], "date": meeting["date"],
             "links": {"name": person_link(a["key"]), "meeting": meeting_link(meeting["meeting_id"])}}
            for meeting in meetings for a in meeting["attendees"]]
    apologies = [a for meeting in meetings for a in meeting.get("apologies", [])]
    see_also = {"title": "Sent apologies", "rows": [
        {"label": a["name"] + (f" ({a['org']})" if a.get("org") else ""), "link": person_link(a["key"])}
        for a in apologies]} if apologies else None
    people = len({r["links"]["name"] for r in rows})
    if not rows:
        message = sentence("No attendance is recorded for", count(len(meetings), "meeting"), scope.of())
    else:
        message = sentence(count(people, "person"), "attended", count(len(meetings), "meeting"), scope.of())
    return Answer(message, ["name", "organisation", "role", "meeting", "date"], rows, queries.ATTENDANCE,
                  params, see_also)


def _apologies(g, m: re.Match) -> Answer:
    scope, meetings, params, problem = _meetings(g, m)
    if problem:
        return problem
    if not meetings:
        return _no_meeting(scope, queries.ATTENDANCE, params)
    rows = [{"name": a["name"], "organisation": a.get("org"), "meeting": meeting["title"], "date": meeting["date"],
             "links": {"name": person_link(a["key"]), "meeting": meeting_link(meeting["meeting_id"])}}
            for meeting in meetings for a in meeting.get("apologies", [])]
    people = len({r["links"]["name"] for r in rows})
    if not rows:
        message = sentence("No apologies are recorded for", count(len(meetings), "meeting"), scope.of())
    else:
        message = sentence(count(people, "person"), "sent apologies to", count(len(meetings), "meeting"), scope.of())
    return Answer(message, ["name", "organisation", "meeting", "date"], rows,
                  queries.ATTENDANCE + "\n// then each meeting's apologies:\n" + queries.MEETING_APOLOGIES.strip(),
                  params)


def _chaired(g, m: re.Match) -> Answer:
    scope, problem = _scope(g, m.group("scope"))
    if problem:
        return problem
    params = {"body": scope.body, **scope.dates()}
    chairs = graph.chairs(g, scope.body, limit=200, **scope.dates())
    rows = [{"name": c["name"], "organisation": c.get("org"), "meeting": c["title"], "date": c.get("date"),
             "links": {"name": person_link(c["key"]), "meeting": meeting_link(c["meeting_id"])}} for c in chairs]
    if not rows:
        meetings = graph.attendance(g, body=scope.body, limit=200, **scope.dates())
        if not meetings:
            return _no_meeting(scope, queries.CHAIRS, params)
        return Answer(sentence("No chair is recorded for", count(len(meetings), "meeting"), scope.of()),
                      [], [], queries.CHAIRS, params)
    names = list(dict.fromkeys(r["name"] for r in rows))
    meetings = len({r["links"]["meeting"] for r in rows})
    who = names[0] if len(names) == 1 else count(len(names), "person")
    return Answer(sentence(who, "chaired", count(meetings, "meeting"), scope.of()),
                  ["name", "organisation", "meeting", "date"], rows, queries.CHAIRS, params)


# ---- a person --------------------------------------------------------------------------------

def _person_meetings(g, m: re.Match) -> Answer:
    rest, when, problem = split_when(m.group("person") + (m.group("when") or ""), _newest_meeting_date(g))
    if problem:
        return Answer(sentence(problem), [], [], suggestions=SUGGESTIONS[1:3])
    p, problem_answer = _resolve_person(g, rest)
    if problem_answer:
        return problem_answer
    profile = graph.person(g, p["key"], limit=ASK_ROWS) or {}
    apologies = bool(m.group("apol"))
    entries = [e for e in profile.get("apologies" if apologies else "attended", []) if not when or when.holds(e.get("date"))]
    rows = [{"meeting": e["title"], "date": e.get("date"), "organisation": e.get("org"),
             **({} if apologies else {"role": e.get("role")}),
             "links": {"meeting": meeting_link(e["meeting_id"])}} for e in entries]
    verb = "sent apologies to" if apologies else "attended"
    columns = ["meeting", "date", "organisation"] + ([] if apologies else ["role"])
    total = len(rows) if when else profile.get("totals", {}).get("apologies" if apologies else "attended", len(rows))
    return Answer(sentence(profile.get("name", p["name"]), verb, count(total, "meeting"), when.phrase if when else "")
                  + _latest(len(rows), total),
                  columns, rows, queries.PERSON_APOLOGIES if apologies else queries.PERSON_ATTENDED, {"key": p["key"]})


def _latest(shown: int, total: int, where: str = "") -> str:
    """The sentence that says a list is shortened, so a count is never read off a partial list."""
    return " " + sentence(f"The latest {shown} are listed{where}") if shown < total else ""


def _last_attended(g, m: re.Match) -> Answer:
    p, problem = _resolve_person(g, m.group("person"))
    if problem:
        return problem
    last = graph.last_attended(g, p["key"])
    if not last:
        return Answer(sentence(p["name"], "has no recorded attendance"), [], [], queries.LAST_ATTENDED, {"key": p["key"]})
    when = f"on {human_date(last['date'])}" if last.get("date") else "(the paper gives no date)"
    return Answer(sentence(p["name"], "last attended", last["title"], when), ["meeting", "date", "organisation"],
                  [{"meeting": last["title"], "date": last.get("date"), "organisation": last.get("org"),
                    "links": {"meeting": meeting_link(last["meeting_id"])}}], queries.LAST_ATTENDED, {"key": p["key"]})


def _represented(g, m: re.Match) -> Answer:
    org = m.group("org").strip(" ?.'\"")
    rows = [{"name": r["name"], "organisation": r.get("org"), "meetings": r.get("count"),
             "first": r.get("first_seen"), "last": r.get("last_seen"), "links": {"name": person_link(r["key"])}}
            for r in graph.representatives(g, org)]
    if not rows:
        return Answer(sentence("Nobody is recorded as representing", org), [], [], queries.REPRESENTATIVES, {"org": org})
    return Answer(sentence(count(len(rows), "person"), "represented", org),
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
    return Answer(sentence(count(len(rows), "person", "no"), "attended meetings with both", a["name"], "and", b["name"]),
                  ["name", "meetings"], rows, queries.SHARED_ATTENDEES, {"a": a["key"], "b": b["key"]})


# ---- actions ---------------------------------------------------------------------------------

def _under(a: dict[str, Any]) -> str:
    """"under item 13, FGM" / "under the item FGM Task and Finish Group Report"."""
    under = a.get("under") or {}
    if not under.get("heading"):
        return ""
    if under.get("number"):
        return f"under item {under['number']}, {under['heading']}"
    return f"under the item {under['heading']}"


def _action_rows(actions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    rows = []
    for a in actions:
        owners = ", ".join(o["name"] if isinstance(o, dict) else str(o) for o in a.get("owners", []))
        rows.append({"action": a["text"], "owners": owners, "status": a.get("status"), "due": a.get("due"),
                     "under_item": _under(a),
                     "meeting": a.get("meeting_title") or a.get("title") or a.get("doc_title"), "date": a.get("date"),
                     "links": {"action": passage_link(a.get("doc_id"), a.get("span")),
                               "meeting": meeting_link(a.get("meeting_id"))}})
    return rows


def _mentioning_cypher(g: graph.Graph) -> str:
    """The statements behind the actions about a term: a topic's actions, a word search, and the
    actions recorded under agenda items about it."""
    return (queries.ACTIONS_OF_TOPIC.strip() + "\n\n// and actions whose text has the words:\n"
            + queries.ACTIONS_MENTIONING_INDEXED[g.kind].strip()
            + "\n\n// and actions under agenda items whose heading has them:\n" + queries.ACTION_IDS_OF_ITEMS.strip()
            + "\n" + queries.ACTIONS_OF_ITEMLESS_PAPERS.strip())


def _about(g: graph.Graph, term: str) -> tuple[list[dict], list[dict]]:
    """(actions that name a term, further actions recorded under an agenda item about it)."""
    term = re.sub(r"^(?:the|a|an)\s+", "", term, flags=re.I)
    direct = graph.actions_mentioning(g, term, limit=200)
    seen = {a["id"] for a in direct}
    return direct, [a for a in graph.actions_under_items_about(g, term, limit=200) if a["id"] not in seen]


def _items_see_also(g: graph.Graph, term: str) -> dict[str, Any] | None:
    items = graph.items_mentioning(g, term, limit=50)
    if not items:
        return None
    rows = [{"label": " ".join(p for p in (human_date(i.get("date")),
                                           (i.get("meeting_title") or i.get("doc_title") or "") + ":",
                                           f"item {i['number']}" if i.get("number") else "", i.get("heading") or "")
                               if p and p != ":"),
             "link": passage_link(i.get("doc_id"), i.get("span"))} for i in items]
    return {"title": f"Agenda items and passages that mention {term}", "rows": rows}


ACTION_COLUMNS = ["action", "owners", "status", "under_item", "meeting", "date"]


def _actions_mention(g, m: re.Match) -> Answer:
    term = m.group("term").strip(" ?.'\"")
    direct, under = _about(g, term)
    params = {"term": term}
    if direct or under:
        named = sentence(count(len(direct), "action", "no"), plural("mentions", len(direct)), term) if direct else \
            sentence("No action names", term)
        if under:
            more = (f"and {len(under)} more {plural('was', len(under))}" if direct
                    else f"but {count(len(under), 'action')} {plural('was', len(under))}")
            named = named[:-1] + f", {more} recorded under an agenda item about it."
        return Answer(named, ACTION_COLUMNS, _action_rows(direct + under), _mentioning_cypher(g), params)
    see_also = _items_see_also(g, term)
    message = sentence("No action mentions", term) + " " + ("These agenda items do." if see_also
                                                             else "Nor does any agenda item.")
    return Answer(message, [], [], _mentioning_cypher(g), params, see_also)


def _meeting_actions(g, m: re.Match) -> Answer:
    scope, problem = _scope(g, m.group("scope"))
    if problem:
        return problem
    params = {"body": scope.body, **scope.dates()}
    result = graph.actions(g, body=scope.body, page=1, per_page=500, **scope.dates())
    rows = _action_rows(result["items"])
    if not rows:
        meetings = graph.attendance(g, body=scope.body, limit=200, **scope.dates())
        if not meetings:
            return _no_meeting(scope, queries.ACTIONS_FILTERED, params)
        return Answer(sentence("No action is recorded for", count(len(meetings), "meeting"), scope.of()),
                      [], [], queries.ACTIONS_FILTERED, params)
    papers = len({a["doc_id"] for a in result["items"]})
    return Answer(sentence("The papers record", count(result["total"], "action"), "from",
                           count(papers, "meeting"), scope.of()) + _latest(len(rows), result["total"]),
                  ["action", "owners", "status", "due", "meeting", "date"], rows, queries.ACTIONS_FILTERED, params)


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
    scope, problem = _scope(g, LATEST.sub(" ", words or ""))
    if problem:
        return None, "", problem
    meetings = [x for x in graph.meetings_matching(g, scope.body, limit=50, **scope.dates()) if x.get("date")]
    if latest and meetings:
        newest = graph.meeting(g, meetings[0]["id"]) or {}
        before = newest.get("previous")
        if before:
            return before, (f"the meeting on {human_date(before['date'])} "
                            f"(the one before the newest, on {human_date(newest['date'])})"), None
        meetings = meetings[:1]
    if not meetings:
        return None, "", _no_meeting(scope, queries.ATTENDANCE, {"body": scope.body, **scope.dates()})
    if len(meetings) > 1:
        return None, "", Answer(sentence(f"That could be {count(len(meetings), 'meeting')}", scope.of() + ";",
                                         "which one? Ask about one date"),
                                ["meeting", "date"], [{"meeting": x["title"], "date": x["date"],
                                                       "links": {"meeting": meeting_link(x["id"])}} for x in meetings])
    return meetings[0], f"the meeting on {human_date(meetings[0]['date'])}", None


def _follow_up(g, m: re.Match) -> Answer:
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
            [f"the meeting on {human_date(f['date'])}" for f in found["follow_ups"]])),
            FOLLOW_UP_COLUMNS, rows, FOLLOW_UP_CYPHER, params)
    action_row = _action_rows([found["action"]])
    if not found["later_meetings"]:
        return Answer(sentence(f"No later meeting of this body is in the archive, so nothing follows up action {n}"
                               f" of {named} yet"), ["action", "owners", "status", "due"], action_row,
                      FOLLOW_UP_CYPHER, params)
    later = "the next meeting" if found["later_meetings"] == 1 else f"the next {found['later_meetings']} meetings"
    return Answer(sentence(f"Action {n} of {named} is not taken up in the matters arising of {later}"),
                  ["action", "owners", "status", "due"], action_row, FOLLOW_UP_CYPHER, params)


def _follow_ups_about(g, m: re.Match) -> Answer:
    term = m.group("term").strip(" ?.'\"")
    direct, under = _about(g, term)
    actions = (direct + under)[:20]
    rows = [row for a in actions for row in _follow_up_rows(graph.action_follow_ups(g, a["id"]))]
    if not actions:
        return Answer(sentence("No action about", term, "is recorded"), [], [], _mentioning_cypher(g), {"term": term})
    taken = len({r["action"] for r in rows})
    if not rows:
        return Answer(sentence("No later meeting's matters arising take up any of the", count(len(actions), "action"),
                               "about", term) if len(actions) > 1 else
                      sentence(f"The action about {term} is not taken up in a later meeting's matters arising"),
                      ACTION_COLUMNS, _action_rows(actions), FOLLOW_UP_CYPHER, {"term": term})
    return Answer(sentence(f"{taken} of the {count(len(actions), 'action')} about {term}",
                           plural("was", taken), "taken up at a later meeting"),
                  FOLLOW_UP_COLUMNS, rows, FOLLOW_UP_CYPHER, {"term": term})


def _decided(g, m: re.Match) -> Answer:
    term = m.group("term").strip(" ?.'\"")
    direct, under = _about(g, term)
    see_also = _items_see_also(g, term)
    params = {"term": term}
    if not direct and not under:
        return Answer(sentence("No decision or action about", term, "is recorded")
                      + (" These agenda items discussed it." if see_also else ""), [], [],
                      _mentioning_cypher(g), params, see_also)
    return Answer(sentence("The papers record", count(len(direct) + len(under), "action"), "agreed about", term)
                  + (" The agenda items that discussed it are listed below." if see_also else ""),
                  ACTION_COLUMNS, _action_rows(direct + under), _mentioning_cypher(g), params, see_also)


def _last_discussed(g, m: re.Match) -> Answer:
    term = m.group("term").strip(" ?.'\"")
    places = [{"where": f"item {i['number']}, {i['heading']}" if i.get("number") else i.get("heading"),
               "paper": i.get("meeting_title") or i.get("doc_title"), "date": i.get("date"),
               "links": {"where": passage_link(i.get("doc_id"), i.get("span")), "paper": meeting_link(i.get("meeting_id"))}}
              for i in graph.items_mentioning(g, term, limit=20)]
    topic = graph.topic(g, term, limit=20)
    for p in (topic or {}).get("papers", []):
        places.append({"where": "the paper", "paper": p.get("title"), "date": p.get("date"),
                       "links": {"where": f"/papers/{p['doc_id']}", "paper": f"/papers/{p['doc_id']}"}})
    dated = sorted((p for p in places if p.get("date")), key=lambda p: p["date"], reverse=True)
    params = {"term": term}
    cypher = queries.ITEMS_MENTIONING_INDEXED[g.kind].strip() + "\n\n// and papers about the topic:\n" + \
        queries.ENTITY_PAPERS["Topic"].strip()
    if not dated:
        return Answer(sentence("Nothing dated in the papers discusses", term)
                      if places else sentence("Nothing in the papers discusses", term), [], [], cypher, params)
    newest = dated[0]
    return Answer(sentence(term, "was last discussed on", human_date(newest["date"]),
                           f"({newest['paper']})" if newest.get("paper") else ""),
                  ["where", "paper", "date"], dated[:10], cypher, params)


def _owns(g, m: re.Match) -> Answer:
    who = m.group("owner").strip(" ?.'\"")
    if graph.find_people(g, who, limit=1):
        p, problem = _resolve_person(g, who)
        if problem:
            return problem
        profile = graph.person(g, p["key"], limit=ASK_ROWS) or {}
        actions = profile.get("actions", [])
        total = profile.get("totals", {}).get("actions", len(actions))
        return Answer(sentence(p["name"], plural("owns", 1), count(total, "action"))
                      + _latest(len(actions), total, " (all of them are on the actions page)"),
                      ["action", "status", "due", "meeting", "date"], _action_rows(actions), queries.PERSON_ACTIONS,
                      {"key": p["key"]})
    result = graph.actions(g, owner=who, page=1, per_page=200)
    return Answer(sentence(who, "owns", count(result["total"], "action")),
                  ["action", "owners", "status", "due", "meeting", "date"], _action_rows(result["items"]),
                  queries.ACTIONS_FILTERED, {"owner": who})


def _owners_about(g, m: re.Match) -> Answer:
    term = m.group("term").strip(" ?.'\"")
    direct, under = _about(g, term)
    owners: dict[str, dict[str, Any]] = {}
    for a in direct + under:
        for o in a.get("owners", []):
            entry = owners.setdefault(o["key"], {"name": o["name"], "actions": 0, "links": {
                "name": person_link(o["key"]) if o.get("type") == "person" else org_link(o["key"])}})
            entry["actions"] += 1
    rows = sorted(owners.values(), key=lambda r: (-r["actions"], r["name"]))
    total = len(direct) + len(under)
    if not total:
        return Answer(sentence("No action about", term, "is recorded, so nobody owns one"), [], [],
                      _mentioning_cypher(g), {"term": term})
    if not rows:
        return Answer(sentence("No owner is recorded for the", count(total, "action"), "about", term), [], [],
                      _mentioning_cypher(g), {"term": term})
    return Answer(sentence(count(len(rows), "owner" if len(rows) == 1 else "person"), plural("owns", len(rows)),
                           "the", count(total, "action"), "about", term),
                  ["name", "actions"], rows, _mentioning_cypher(g), {"term": term})


def _open(g, m: re.Match) -> Answer:
    """Actions the papers give a status or due date for that is not done: open, or overdue (due before
    the newest meeting)."""
    overdue = "overdue" in m.group(0).lower()
    everything = graph.actions(g, page=1, per_page=500)
    actions = everything["items"]
    newest = _newest_meeting_date(g)
    stated = [a for a in actions if a.get("status") or a.get("due")]
    still = [a for a in stated if not DONE.search(a.get("status") or "")]
    if overdue:
        still = [a for a in still if a.get("due") and newest and a["due"] < newest]
    what = "overdue" if overdue else "still open"
    if overdue and newest:
        what += f" (due before {human_date(newest)}, the newest meeting)"
    context = sentence("The papers give a status or due date for", f"{len(stated)} of", count(everything["total"], "action"))
    if not still:
        return Answer(sentence("No action is recorded as", what) + " " + context, [], [], queries.ACTIONS_FILTERED, {})
    return Answer(sentence(count(len(still), "action"), plural("is", len(still)), "recorded as", what) + " " + context,
                  ["action", "owners", "status", "due", "meeting", "date"], _action_rows(still),
                  queries.ACTIONS_FILTERED, {})


# ---- the forms -------------------------------------------------------------------------------

_NAME = r"(?P<{}>[A-Za-z][\w'’. -]*?)"
_SCOPE = r"(?:\s+(?:at|to|for|of|from|in))?(?:\s+the)?(?P<scope>.*?)"
PATTERNS: list[tuple[re.Pattern[str], Callable[[Any, re.Match], Answer]]] = [
    (re.compile(r"^(?:which|what) (?:people|persons|members) attended (?:meetings with )?both " + _NAME.format("a")
                + r"(?:'s|’s)? and " + _NAME.format("b") + r"(?:'s|’s)?(?: meetings?)?\??$", re.I), _both),
    (re.compile(r"^(?:who (?:sent|gave|send|give|offered|tendered) (?:their )?apologies|who was absent|who were absent"
                r"|(?:list |show |which |what )?(?:the )?apologies)" + _SCOPE + r"\??$", re.I), _apologies),
    (re.compile(r"^(?:who (?:attended|was at|were at|came to|went to|was present|were present|was in attendance"
                r"|were in attendance)|(?:who were |list |show |what were )?(?:the )?(?:attendees|attendance|members present))"
                + _SCOPE + r"\??$", re.I), _attended),
    (re.compile(r"^(?:which|what) meetings (?:did|has|have) " + _NAME.format("person")
                + r" (?:(?P<apol>send apologies to|sent apologies to|give apologies (?:to|for)|send apologies for)"
                r"|attend(?:ed)?)(?P<when>\s+(?:in|on|between|from|since|before|during|last|this)\b.*?)?\??$",
                re.I), _person_meetings),
    (re.compile(r"^(?:which|what|show|list)(?: the)? actions (?:mention|mentioning|about|on|refer to|concern)\s+(?P<term>.+)$",
                re.I), _actions_mention),
    (re.compile(r"^(?:which|what|show|list)(?: the)? actions (?:are|were)?\s*(?:still )?(?:open|outstanding|overdue|late)"
                r"(?: actions)?\??$", re.I), _open),
    (re.compile(r"^(?:which|what|show|list)(?: the)? (?:open|outstanding|overdue) actions\??$", re.I), _open),
    (re.compile(r"^what (?:happened|has happened|became of) (?:to |with )?(?:the )?action (?:no\.? |number )?(?P<n>\d+)"
                r"(?:\s+(?:from|of|at|in) (?P<scope>.+?))?\??$", re.I), _follow_up),
    (re.compile(r"^what (?:happened|has happened|became of) (?:to |with )?(?:the )?actions? (?:about|on|regarding|"
                r"concerning|mentioning) (?P<term>.+?)\??$", re.I), _follow_ups_about),
    (re.compile(r"^who (?:owns|own|is responsible for|has) (?:the )?actions (?:about|on|mentioning|concerning) (?P<term>.+?)\??$",
                re.I), _owners_about),
    (re.compile(r"^(?:which|what|show|list)(?: the)? actions (?:(?:were|was|have been) )?(?:agreed|set|recorded|taken|"
                r"raised|arising|made) (?:about|on|regarding|concerning) (?P<term>.+?)\??$", re.I), _actions_mention),
    (re.compile(r"^(?:(?:which|what|show|list)(?: the)? )?actions (?:(?:were|was) )?(?:agreed|set|recorded|taken|raised|arising|"
                r"arose|came|come|from|of)(?: out)?(?: at| from| in| by| of)?(?! about| on)" + _SCOPE + r"\??$", re.I),
     _meeting_actions),
    (re.compile(r"^(?:what|which) actions (?:does|do|did|has|have) (?P<owner>.+?) (?:own|have|hold|got)\??$", re.I), _owns),
    (re.compile(r"^(?:what|which) (?:actions )?(?:is|was|are|were) (?P<owner>.+?) responsible for\??$", re.I), _owns),
    (re.compile(r"^(?:list |show )?(?P<owner>.+?)(?:'s|’s) actions\??$", re.I), _owns),
    (re.compile(r"^(?:actions|what actions are) owned by (?P<owner>.+?)\??$", re.I), _owns),
    (re.compile(r"^what (?:did|has|have) (?:the )?(?:board|committee|group|partnership|meeting|members)?\s*"
                r"(?:decide|decided|agree|agreed|resolve|resolved)(?: on| about| regarding| re)? (?P<term>.+?)\??$",
                re.I), _decided),
    (re.compile(r"^when (?:was|were|did) (?P<term>.+?) (?:last )?(?:discussed|talked about|considered|come up|came up)"
                r"(?: last)?\??$", re.I), _last_discussed),
    (re.compile(r"^who (?:chaired|chairs|was (?:the )?chair(?:man|person)?(?: of| at| for)?|was in the chair(?: at| of| for)?)" + _SCOPE + r"\??$", re.I),
     _chaired),
    (re.compile(r"^when did " + _NAME.format("person") + r" last attend(?: a meeting)?\??$", re.I), _last_attended),
    (re.compile(r"^who (?:represented|represents|came from|attended for) (?P<org>.+?)\??$", re.I), _represented),
]


def closest_questions(text: str, limit: int = 5) -> list[str]:
    """The questions the ask box understands, closest to `text` first."""
    ranked = process.extract(text, SUGGESTIONS, scorer=fuzz.token_set_ratio, limit=limit)
    return [s for s, _, _ in ranked]


def answer(g: graph.Graph, question: str) -> dict[str, Any]:
    """Answer a question; the dict is what the ask page and `boardgraph ask --json` show."""
    text = re.sub(r"\s+", " ", question).strip()
    for pattern, handler in PATTERNS:
        m = pattern.match(text)
        if m:
            result = handler(g, m)
            return {"question": text, "intent": handler.__name__.strip("_"), **result.__dict__,
                    "rows": clean_rows(result.rows), "suggestions": result.suggestions or []}
    return {"question": text, "intent": None,
            "message": "I can't answer that question yet. These are the closest questions I can answer:",
            "columns": [], "rows": [], "cypher": "", "params": None, "see_also": None,
            "suggestions": closest_questions(text)}
