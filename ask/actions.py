"""The ask box's forms about actions: about a subject (naming it, or recorded under an agenda item
about it), a meeting's actions, what was decided, when a subject was last discussed, who owns which
actions, and which are still open or overdue."""
from __future__ import annotations

import re
from typing import Any

import graph
from graph import queries
from ask.common import (
    ASK_ROWS, Answer, latest_note, meeting_link, meetings_for, newest_date, no_meeting, org_link, passage_link, person_link,
    resolve_person, scope_of,
)
from ask.text import count, plural, quoted, sentence
from ask.when import human_date, on_date

DONE = re.compile(r"\b(complete[d]?|done|closed|achieved|discharged|finished|resolved)\b", re.I)

# ---- actions ---------------------------------------------------------------------------------

def _under(a: dict[str, Any]) -> str:
    """"under item 13, FGM" / "under the item FGM Task and Finish Group Report"."""
    under = a.get("under") or {}
    if not under.get("heading"):
        return ""
    if under.get("number"):
        return f"under item {under['number']}, {under['heading']}"
    return f"under the item {under['heading']}"


def action_rows(actions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    rows = []
    for a in actions:
        owners = ", ".join(o["name"] if isinstance(o, dict) else str(o) for o in a.get("owners", []))
        rows.append({"action": a["text"], "owners": owners, "status": a.get("status"), "due": a.get("due"),
                     "under_item": _under(a),
                     "meeting": a.get("meeting_title") or a.get("title") or a.get("doc_title"), "date": a.get("date"),
                     "links": {"action": passage_link(a.get("doc_id"), a.get("span")),
                               "meeting": meeting_link(a.get("meeting_id"))}})
    return rows


def mentioning_cypher(g: graph.Graph) -> str:
    """The statements behind the actions about a term: a topic's actions, a word search, and the
    actions recorded under agenda items about it."""
    return (queries.ACTIONS_OF_TOPIC.strip() + "\n\n// and actions whose text has the words:\n"
            + queries.ACTIONS_MENTIONING_INDEXED[g.kind].strip()
            + "\n\n// and actions under agenda items whose heading has them:\n"
            + queries.ACTIONS_UNDER_ITEMS_INDEXED[g.kind].strip()
            + "\n" + queries.ACTIONS_OF_ITEMLESS_PAPERS["topic"].strip())


COMMON_WORDS = set("""that this with from were have been will would which their there about into also should
could being other such than then when what where your board meeting meetings""".split())


def with_words(g: graph.Graph, term: str) -> list[dict]:
    """Actions holding every content word of a term of two or more (by its first five letters, so
    "circulate the terms of reference" finds "Draft terms of reference to be circulated")."""
    stems = sorted({w[:5] for w in re.findall(r"[a-z]{4,}", term.lower()) if w not in COMMON_WORDS}, key=len)
    if len(stems) < 2:
        return []
    found = graph.actions(g, q=stems[-1], page=1, per_page=500)["items"]
    return [a for a in found if all(stem in a["text"].lower() for stem in stems)]


def about(g: graph.Graph, term: str) -> tuple[list[dict], list[dict], list[dict]]:
    """(actions that name a term, further actions recorded under an agenda item about it, and when
    there are neither, actions that hold every word of it)."""
    term = re.sub(r"^(?:the|a|an)\s+", "", term, flags=re.I)
    direct, under = graph.actions_about(g, term, limit=200)
    return direct, under, [] if direct or under else with_words(g, term)


def items_see_also(g: graph.Graph, term: str) -> dict[str, Any] | None:
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


def actions_mention(g, m: re.Match) -> Answer:
    term = m.group("term").strip(" ?.'\"")
    direct, under, worded = about(g, term)
    params = {"term": term}
    if worded:
        return Answer(sentence(count(len(worded), "action"), plural("has", len(worded)), "every word of",
                               quoted(term)), ACTION_COLUMNS, action_rows(worded), queries.ACTIONS_FILTERED, params)
    if direct or under:
        named = sentence(count(len(direct), "action", "no"), plural("mentions", len(direct)), term) if direct else \
            sentence("No action names", term)
        if under:
            more = (f"and {len(under)} more {plural('was', len(under))}" if direct
                    else f"but {count(len(under), 'action')} {plural('was', len(under))}")
            named = named[:-1] + f", {more} recorded under an agenda item about it."
        return Answer(named, ACTION_COLUMNS, action_rows(direct + under), mentioning_cypher(g), params)
    see_also = items_see_also(g, term)
    message = sentence("No action mentions", term) + " " + ("These agenda items do." if see_also
                                                             else "Nor does any agenda item.")
    return Answer(message, [], [], mentioning_cypher(g), params, see_also)


def meeting_actions(g, m: re.Match) -> Answer:
    scope, problem = scope_of(g, m.group("scope"))
    if problem:
        return problem
    params = {"body": scope.body, **scope.dates()}
    meetings, scope, note = meetings_for(g, scope, attendance=False)
    cypher = queries.MEETINGS_IN_RANGE.strip() + "\n\n// then each one's paper's actions:\n" + \
        queries.DOCUMENT_ACTION_IDS.strip()
    if not meetings:
        return no_meeting(scope, cypher, params)
    actions = [a for meeting in meetings for a in (graph.document(g, meeting["doc_id"]) or {}).get("actions", [])]
    rows = action_rows(actions)
    if not rows:
        return Answer(" ".join(filter(None, (note, sentence("No action is recorded for", count(len(meetings), "meeting"),
                                                            scope.of())))), [], [], cypher, params)
    return Answer(" ".join(filter(None, (note, sentence("The papers record", count(len(rows), "action"), "from",
                                                        count(len(meetings), "meeting"), scope.of())))),
                  ["action", "owners", "status", "due", "meeting", "date"], rows, cypher, params)


def decided(g, m: re.Match) -> Answer:
    term = m.group("term").strip(" ?.'\"")
    direct, under, worded = about(g, term)
    actions = direct + under + worded
    see_also = items_see_also(g, term)
    params = {"term": term}
    if not actions:
        return Answer(sentence("No decision or action about", term, "is recorded")
                      + (" These agenda items discussed it." if see_also else ""), [], [],
                      mentioning_cypher(g), params, see_also)
    return Answer(sentence("The papers record", count(len(actions), "action"), "agreed about", term)
                  + (" The agenda items that discussed it are listed below." if see_also else ""),
                  ACTION_COLUMNS, action_rows(actions), mentioning_cypher(g), params, see_also)


def last_discussed(g, m: re.Match) -> Answer:
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
    return Answer(sentence(term, "was last discussed", on_date(newest["date"]),
                           f"({newest['paper']})" if newest.get("paper") else ""),
                  ["where", "paper", "date"], dated[:10], cypher, params)


def owns(g, m: re.Match) -> Answer:
    who = m.group("owner").strip(" ?.'\"")
    if graph.find_people(g, who, limit=1):
        p, problem = resolve_person(g, who)
        if problem:
            return problem
        profile = graph.person_actions(g, p["key"], limit=ASK_ROWS) or {}
        actions = profile.get("actions", [])
        total = profile.get("total", len(actions))
        return Answer(sentence(p["name"], plural("owns", 1), count(total, "action"))
                      + latest_note(len(actions), total, " (all of them are on the actions page)"),
                      ["action", "status", "due", "meeting", "date"], action_rows(actions), queries.PERSON_ACTIONS,
                      {"key": p["key"]})
    result = graph.actions(g, owner=who, page=1, per_page=200)
    return Answer(sentence(who, "owns", count(result["total"], "action")),
                  ["action", "owners", "status", "due", "meeting", "date"], action_rows(result["items"]),
                  queries.ACTIONS_FILTERED, {"owner": who})


def owners_about(g, m: re.Match) -> Answer:
    term = m.group("term").strip(" ?.'\"")
    direct, under, worded = about(g, term)
    actions = direct + under + worded
    owners: dict[str, dict[str, Any]] = {}
    for a in actions:
        for o in a.get("owners", []):
            entry = owners.setdefault(o["key"], {"name": o["name"], "actions": 0, "links": {
                "name": person_link(o["key"]) if o.get("type") == "person" else org_link(o["key"])}})
            entry["actions"] += 1
    rows = sorted(owners.values(), key=lambda r: (-r["actions"], r["name"]))
    total, what = len(actions), quoted(term) if worded else term
    the_actions = "the action" if total == 1 else f"the {count(total, 'action')}"
    if not total:
        return Answer(sentence("No action about", what, "is recorded, so nobody owns one"), [], [],
                      mentioning_cypher(g), {"term": term})
    if not rows:
        return Answer(sentence("No owner is recorded for", the_actions, "about", what), [], [],
                      mentioning_cypher(g), {"term": term})
    return Answer(sentence(count(len(rows), "owner" if len(rows) == 1 else "person"), plural("owns", len(rows)),
                           the_actions, "about", what),
                  ["name", "actions"], rows, mentioning_cypher(g), {"term": term})


def open_actions(g, m: re.Match) -> Answer:
    """Actions the papers give a status or due date for that is not done: open, or overdue (due before
    the newest meeting)."""
    overdue = "overdue" in m.group(0).lower()
    everything = graph.actions(g, page=1, per_page=500)
    actions = everything["items"]
    newest = newest_date(g)
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
                  ["action", "owners", "status", "due", "meeting", "date"], action_rows(still),
                  queries.ACTIONS_FILTERED, {})


