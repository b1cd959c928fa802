"""Reading actions and items (filtered, or mentioning a term or topic) and organisation/topic pages."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.curated import load_taxonomy
from ingest.names import clean_text, org_key
from graph import queries as cypher
from graph.read_people import org_key_for, person_key_for, resolve_key
from graph.readutil import action_details, bounded, item_details, paging

if TYPE_CHECKING:
    from graph import Graph

NO_KEY = " "  # keys are stripped, so no node has this one: an unknown owner or topic matches nothing


def actions(g: "Graph", q: str | None = None, owner: str | None = None, topic: str | None = None,
            body: str | None = None, date_from: str | None = None, date_to: str | None = None,
            page: int = 1, per_page: int = 50) -> dict:
    """Actions filtered by text (`q`), owner (person or organisation: key, slug or name), topic, body and date
    range (ISO, inclusive), newest first: {"total","page","per_page","items":[action dicts]}.
    An unknown owner or topic matches nothing."""
    skip, limit = paging(page, per_page)
    owner_key = None
    if owner:
        owner_key = person_key_for(g, owner) or org_key_for(g, owner) or NO_KEY
    topic_key = (resolve_key(g, topic, cypher.TOPIC_KEY) or NO_KEY) if topic else None
    rows = g.run(cypher.ACTIONS_FILTERED, q=_lower(q), owner=owner_key, topic=topic_key, body=_lower(body),
                 date_from=date_from or None, date_to=_end_of(date_to))
    return {"total": len(rows), "page": int(page), "per_page": limit,
            "items": action_details(g, (r["id"] for r in rows[skip:skip + limit]))}


def _lower(value: str | None) -> str | None:
    value = clean_text(value).lower() if value else ""
    return value or None


def _end_of(date: str | None) -> str | None:
    """An inclusive upper bound: "2008" and "2008-03" cover the whole year or month."""
    if not date:
        return None
    return date + "-99" * (2 - date.count("-")) if len(date) < 10 else date


def _topic_terms(g: "Graph", term: str) -> tuple[str, list[str]]:
    """(topic key or "", lower-case phrases to look for): a taxonomy topic named by its name,
    a phrase or an acronym brings all its phrases."""
    lowered = term.lower()
    for name, phrases in load_taxonomy(g.data_dir).items():
        if lowered in {name.lower(), *(p.lower() for p in phrases)}:
            return org_key(name), sorted({lowered, name.lower(), *(p.lower() for p in phrases)})
    return (resolve_key(g, org_key(term), cypher.TOPIC_KEY) or ""), [lowered]


def _word_match(phrases: list[str], text: str) -> bool:
    return any(re.search(r"(?<!\w)" + re.escape(p) + r"(?:s|es|'s)?(?!\w)", text or "", re.I) for p in phrases)


def _mentioning(g: "Graph", query: str, term: str, limit: int) -> tuple[list[str], str]:
    term = clean_text(term or "")
    if not term:
        return [], ""
    topic_key, phrases = _topic_terms(g, term)
    rows = g.run(query, terms=phrases, topic_key=topic_key, limit=min(bounded(limit) * 20, 5000))
    return [r["id"] for r in rows if r["by_topic"] or _word_match(phrases, r["text"])], topic_key


def actions_mentioning(g: "Graph", term: str, limit: int = 100) -> list[dict]:
    """Actions about a term: tagged with the topic it names (by name, phrase or acronym of the
    taxonomy) or containing it (or the topic's phrases) as words; newest first, with owners."""
    ids, _ = _mentioning(g, cypher.ACTIONS_MENTIONING, term, limit)
    return action_details(g, ids)[: bounded(limit)]


def items_mentioning(g: "Graph", term: str, limit: int = 100) -> list[dict]:
    """Agenda items about a term, the same way (for "no action mentions X; these items do")."""
    ids, _ = _mentioning(g, cypher.ITEMS_MENTIONING, term, limit)
    return item_details(g, ids)[: bounded(limit)]


def organisation(g: "Graph", key: str, limit: int = 200) -> dict | None:
    """An organisation's page (key, slug or any of its names): {"key","slug","name","aliases","group",
    "people":[{"key","slug","name","first_seen","last_seen"}] (who represented it, latest first),
    "actions":[...it owns], "papers":[{"doc_id","title","date","kind","count"}]}"""
    real = org_key_for(g, key)
    if real is None:
        return None
    lim = bounded(limit)
    o = g.run(cypher.ORGANISATION, key=real)[0]
    return {**o, "aliases": sorted(o["aliases"] or []), "group": bool(o["group"]),
            "people": g.run(cypher.ORGANISATION_PEOPLE, key=real, limit=lim),
            "actions": action_details(g, (r["id"] for r in g.run(cypher.ORGANISATION_ACTION_IDS, key=real)))[:lim],
            "papers": g.run(cypher.ENTITY_PAPERS["Organisation"], key=real, limit=lim)}


def topic(g: "Graph", key: str, limit: int = 200) -> dict | None:
    """A topic's page (key or slug): {"key","slug","name","aliases","items":[...],"actions":[...],
    "papers":[...]}, each newest first."""
    real = resolve_key(g, key, cypher.TOPIC_KEY) or resolve_key(g, org_key(key), cypher.TOPIC_KEY)
    if real is None:
        return None
    lim = bounded(limit)
    t = g.run(cypher.TOPIC, key=real)[0]
    return {**t, "aliases": sorted(t["aliases"] or []),
            "items": item_details(g, (r["id"] for r in g.run(cypher.TOPIC_ITEM_IDS, key=real)))[:lim],
            "actions": action_details(g, (r["id"] for r in g.run(cypher.TOPIC_ACTION_IDS, key=real)))[:lim],
            "papers": g.run(cypher.ENTITY_PAPERS["Topic"], key=real, limit=lim)}
