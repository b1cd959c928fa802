"""Reading people: a person's page, finding people by a forgiving name, who met whom."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from graph import queries as q
from graph.readutil import action_rows, bounded, date_range, span_of
from ingest.resolve import base_person_key

if TYPE_CHECKING:
    from graph import Graph


def resolve_key(g: "Graph", key: str, query: str = q.PERSON_KEY) -> str | None:
    """A node key from its key or its URL slug."""
    rows = g.run(query, key=key) if key else []
    return rows[0]["key"] if rows else None


def person_key_for(g: "Graph", name: str) -> str | None:
    """A person's key from a key, slug or name as written ("Cllr Dave Hill")."""
    found = resolve_key(g, name) if name else None
    if found is None and name:
        found = resolve_key(g, base_person_key(name))
    return found


def org_key_for(g: "Graph", name: str) -> str | None:
    """An organisation's key from a key, slug or any name it is known by ("Met Police", "MPS")."""
    if not name:
        return None
    found = resolve_key(g, name, q.ORGANISATION_KEY)
    if found is None:
        from graph.store import curation_state
        from ingest.model import Paper

        resolver = curation_state(g.data_dir)[1](Paper(id="", filename=""))
        found = resolve_key(g, resolver.organisation(name)[0], q.ORGANISATION_KEY)
    return found


def person(g: "Graph", key: str, limit: int = 500) -> dict | None:
    """A person's page (key or slug): attended, apologies, actions, papers (all newest first),
    organisations over time, co-attendees, and candidates that may be the same person; each list
    at most `limit` long, and `totals` saying how many of each there are, so a shortened list
    is never mistaken for the whole. Two round trips: the key, then every part at once."""
    key = resolve_key(g, key)
    if key is None:
        return None
    lim = bounded(limit)
    # The papers' total comes on the papers' rows (PERSON_PAPERS_COUNTED: none when there are none).
    counted = [name for name in q.PERSON_TOTALS if name != "papers"]
    parts = g.run_many([(q.PERSON, {"key": key}), (q.PERSON_ATTENDED, {"key": key, "limit": lim}),
                        (q.PERSON_APOLOGIES, {"key": key, "limit": lim}),
                        (q.PERSON_ACTIONS_PAGE, {"key": key, "limit": lim}),
                        (q.PERSON_PAPERS_COUNTED, {"key": key, "limit": lim}),
                        (q.PERSON_ORGANISATIONS, {"key": key}),
                        (q.CO_ATTENDEES, {"key": key, "limit": 50}), (q.PERSON_CANDIDATES, {"key": key})]
                       + [(q.PERSON_TOTALS[name], {"key": key}) for name in counted])
    found, attended, apologies, actions, papers, organisations, co_attendees, candidates = parts[:8]
    if not found:
        return None
    for row in attended + apologies:
        row["span"] = span_of(row["span"])
    totals = {name: rows[0]["n"] if rows else 0 for name, rows in zip(counted, parts[8:])}
    totals["papers"] = papers[0]["papers_total"] if papers else 0
    for row in papers:
        del row["papers_total"]
    return {**found[0], "aliases": sorted(found[0]["aliases"] or []), "attended": attended,
            "apologies": apologies, "actions": action_rows(actions), "papers": papers,
            "organisations": organisations, "co_attendees": co_attendees, "candidates": candidates,
            "limit": lim, "totals": totals}


def person_meetings(g: "Graph", key: str, apologies: bool = False, limit: int = 100) -> dict | None:
    """The part of a person's page the ask box's "which meetings did X attend" shows, read alone:
    {"key","name","meetings":[the meetings they attended, or sent apologies to, newest first, at most
    `limit`],"total"}. One round trip of three statements instead of the whole page's eleven."""
    key = resolve_key(g, key)
    if key is None:
        return None
    which = "apologies" if apologies else "attended"
    listed = q.PERSON_APOLOGIES if apologies else q.PERSON_ATTENDED
    found, meetings, total = g.run_many([(q.PERSON, {"key": key}), (listed, {"key": key, "limit": bounded(limit)}),
                                         (q.PERSON_TOTALS[which], {"key": key})])
    if not found:
        return None
    for row in meetings:
        row["span"] = span_of(row["span"])
    return {"key": key, "name": found[0]["name"], "meetings": meetings, "total": total[0]["n"] if total else 0}


def person_actions(g: "Graph", key: str, limit: int = 100) -> dict | None:
    """The part of a person's page the ask box's "what actions does X own" shows, read alone:
    {"key","name","actions":[the newest `limit` they own, as on the page],"total"}. One round trip
    of three statements instead of the whole page's eleven."""
    key = resolve_key(g, key)
    if key is None:
        return None
    found, actions, total = g.run_many([(q.PERSON, {"key": key}),
                                        (q.PERSON_ACTIONS_PAGE, {"key": key, "limit": bounded(limit)}),
                                        (q.PERSON_TOTALS["actions"], {"key": key})])
    if not found:
        return None
    return {"key": key, "name": found[0]["name"], "actions": action_rows(actions),
            "total": total[0]["n"] if total else 0}


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w)


@lru_cache(maxsize=100_000)
def _forms(key: str, aliases: tuple[str, ...]) -> tuple[str, ...]:
    """The keys a person answers to: their key and every alias made a key (cached per process:
    they change only when the person's names do)."""
    return tuple(sorted({key} | {base_person_key(a) for a in aliases}))


def find_people(g: "Graph", name: str, limit: int = 10) -> list[dict]:
    """People a typed name may mean, best first: [{"key","slug","name","score"}].

    Forgiving: case, titles and spacing do not matter ("cllr DAVE hill"); part of a name
    matches ("hill", "dave h"); initials match when only one person has them ("DH");
    near spellings score lower ("Jefrey"). Every person is a candidate (a near spelling can
    be anyone), so only keys and aliases are fetched, and names only for people who score.
    """
    query = base_person_key(name or "")
    if not query:
        return []
    words = query.split()
    people = [(r["key"], _forms(r["key"], tuple(r["aliases"] or []))) for r in g.run(q.PEOPLE_ALIASES)]
    every_form = list({form for _, forms in people for form in forms})
    near = {form: ratio for form, ratio, _ in
            process.extract(query, every_form, scorer=fuzz.WRatio, score_cutoff=85, limit=None)}
    scored: dict[str, float] = {}
    initial_hits = []
    for key, forms in people:
        best = 0.0
        for form in forms:
            if form == query:
                best = 1.0
            elif all(w in form for w in words) and all(any(f.startswith(w) for f in form.split()) for w in words):
                best = max(best, 0.9 if len(words) > 1 else 0.8)
            elif form in near:
                best = max(best, round(near[form] / 100 * 0.75, 3))
        if best:
            scored[key] = best
        if len(words) == 1 and re.fullmatch(r"[a-z]{2,3}", query) and _initials(key.split()) == query:
            initial_hits.append(key)
    if len(initial_hits) == 1:
        scored[initial_hits[0]] = max(scored.get(initial_hits[0], 0), 0.85)
    by_key = _people(g, list(scored)) if scored else {}
    ranked = sorted(((k, s) for k, s in scored.items() if k in by_key),
                    key=lambda kv: (-kv[1], by_key[kv[0]]["name"] or kv[0]))
    return [{"key": k, "slug": by_key[k]["slug"], "name": by_key[k]["name"], "score": s}
            for k, s in ranked[: bounded(limit, 100)]]


def last_attended(g: "Graph", person_key: str) -> dict | None:
    """The latest meeting the person attended: {"meeting_id","title","body","date","role","org","doc_id","span"}."""
    key = person_key_for(g, person_key)
    rows = g.run(q.LAST_ATTENDED, key=key) if key else []
    if not rows:
        return None
    rows[0]["span"] = span_of(rows[0]["span"])
    return rows[0]


def shared_attendees(g: "Graph", key_a: str, key_b: str, limit: int = 100) -> list[dict]:
    """People who attended meetings with both a and b: [{"key","slug","name","count"}] (count = meetings
    shared with either), most shared first; [] when either is unknown."""
    a, b = person_key_for(g, key_a), person_key_for(g, key_b)
    if a is None or b is None:
        return []
    return g.run(q.SHARED_ATTENDEES, a=a, b=b, limit=bounded(limit))


def shared_meetings(g: "Graph", key_a: str, key_b: str, limit: int = 100) -> list[dict]:
    """Meetings both a and b attended: [{"id","title","body","date"}], newest first."""
    a, b = person_key_for(g, key_a), person_key_for(g, key_b)
    if a is None or b is None:
        return []
    return g.run(q.SHARED_MEETINGS, a=a, b=b, limit=bounded(limit))


def shortest_chain(g: "Graph", key_a: str, key_b: str, max_hops: int = 6) -> list[dict] | None:
    """The fewest meetings linking two people: [{"person": {"key","slug","name"}, "via": meeting|None}]
    from a to b, each step naming the meeting shared with the step before (the first has none);
    None when either is unknown or they are not linked within `max_hops` meetings.
    A breadth-first walk, one bounded Cypher hop at a time (FalkorDB has no undirected shortestPath)."""
    a, b = person_key_for(g, key_a), person_key_for(g, key_b)
    if a is None or b is None:
        return None
    if a == b:
        return [{"person": _people(g, [a])[a], "via": None}]
    came_from: dict[str, tuple[str, dict]] = {}
    seen, frontier = {a}, [a]
    for _ in range(max(1, min(int(max_hops), 10))):
        nxt = []
        for row in g.run(q.CO_ATTENDANCE_HOP, keys=frontier):
            to = row["to_key"]
            if to in seen:
                continue
            seen.add(to)
            via = {"id": row["meeting_id"], "title": row["title"], "date": row["date"]}
            came_from[to] = (row["from_key"], via)
            nxt.append(to)
        if b in seen:
            break
        if not nxt:
            return None
        frontier = sorted(nxt)
    if b not in seen:
        return None
    path, node = [], b
    while node != a:
        prev, via = came_from[node]
        path.append((node, via))
        node = prev
    path.append((a, None))
    path.reverse()
    names = _people(g, [k for k, _ in path])
    return [{"person": names[k], "via": via} for k, via in path]


def _people(g: "Graph", keys: list[str]) -> dict[str, dict]:
    return {r["key"]: r for r in g.run(q.PEOPLE_BY_KEYS, keys=keys)}


def chairs(g: "Graph", body: str | None = None, limit: int = 100, date_from: str | None = None,
           date_to: str | None = None) -> list[dict]:
    """Who chaired which meeting (of bodies whose name or meeting title contains `body`, from `date_from`
    to `date_to`, ISO and inclusive), newest first:
    [{"key","slug","name","org","meeting_id","title","body","date","doc_id","span"}]"""
    b = body.strip().lower() if body and body.strip() else None
    date_from, date_to = date_range(None, date_from, date_to)
    rows = g.run(q.CHAIRS, body=b, date_from=date_from, date_to=date_to, limit=bounded(limit))
    for row in rows:
        row["span"] = span_of(row["span"])
    return rows


def representatives(g: "Graph", org: str, limit: int = 200) -> list[dict]:
    """People who attended (or sent apologies) for an organisation, named by key, slug or any of its
    names: [{"key","slug","name","org","count","first_seen","last_seen"}] (count = meetings), latest first."""
    key = org_key_for(g, org)
    return g.run(q.REPRESENTATIVES, key=key, limit=bounded(limit)) if key else []
