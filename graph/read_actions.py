"""Reading actions and items (filtered, or mentioning a term or topic) and organisation/topic pages."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ingest.curated import load_taxonomy
from ingest.names import clean_text, org_key
from ingest.paper_files import read_paper, read_paper_json
from graph import queries as cypher
from graph.passages import heading_above
from graph.read_people import org_key_for, person_key_for, resolve_key
from graph.readutil import (
    action_details, bounded, end_of, item_details, newest_actions_first, newest_items_first, paging, span_of,
)
from graph.textindex import fulltext_query, phrase_clause, substring_clause

if TYPE_CHECKING:
    from graph import Graph

NO_KEY = " "  # keys are stripped, so no node has this one: an unknown owner or topic matches nothing


def actions(g: "Graph", q: str | None = None, owner: str | None = None, topic: str | None = None,
            body: str | None = None, date_from: str | None = None, date_to: str | None = None,
            page: int = 1, per_page: int = 50) -> dict:
    """Actions filtered by text (`q`, a substring, any case), owner (person or organisation: key, slug
    or name), topic, body and date range (ISO, inclusive), newest first:
    {"total","page","per_page","items":[action dicts]}. An unknown owner or topic matches nothing."""
    skip, limit = paging(page, per_page)
    owner_key = None
    if owner:
        owner_key = person_key_for(g, owner) or org_key_for(g, owner) or NO_KEY
    topic_key = (resolve_key(g, topic, cypher.TOPIC_KEY) or NO_KEY) if topic else None
    text = _lower(q)
    params = dict(q=text, owner=owner_key, topic=topic_key, body=_lower(body), date_from=date_from or None,
                  date_to=end_of(date_to))
    clause = substring_clause(text) if text else None
    scan, indexed = ((cypher.ACTIONS_FILTERED, cypher.ACTIONS_FILTERED_INDEXED) if params["body"] else
                     (cypher.ACTIONS_FILTERED_UNPLACED, cypher.ACTIONS_FILTERED_UNPLACED_INDEXED))
    params.update(skip=skip, end=skip + limit)
    if clause:  # only actions holding every trigram of `q` are tested
        found = g.run(indexed[g.kind], ft=fulltext_query(g.kind, "grams", [clause]), **params)[0]
    else:
        found = g.run(scan, **params)[0]
    return {"total": found["total"], "page": int(page), "per_page": limit,
            "items": action_details(g, found["ids"])}


def _lower(value: str | None) -> str | None:
    value = clean_text(value).lower() if value else ""
    return value or None


def _topic_terms(g: "Graph", term: str) -> tuple[str, list[str]]:
    """(topic key or "", lower-case phrases to look for): a taxonomy topic named by its name,
    a phrase or an acronym brings all its phrases."""
    lowered = term.lower()
    for name, phrases in load_taxonomy(g.data_dir).items():
        if lowered in {name.lower(), *(p.lower() for p in phrases)}:
            return org_key(name), sorted({lowered, name.lower(), *(p.lower() for p in phrases)})
    return (resolve_key(g, org_key(term), cypher.TOPIC_KEY) or ""), [lowered]


def _word_match(phrases: list[str], text: str) -> bool:
    """Whether the text has one of the phrases as words (a plural or possessive too)."""
    return _words_pattern(tuple(phrases)).search(text or "") is not None


@lru_cache(maxsize=256)
def _words_pattern(phrases: tuple[str, ...]) -> re.Pattern:
    """One pattern for the phrases, compiled once: a search runs over hundreds of candidates."""
    return re.compile("|".join(r"(?<!\w)" + re.escape(p) + r"(?:s|es|'s)?(?!\w)" for p in phrases) or r"(?!)", re.I)


def _stored_paper_has(g: "Graph", doc_id: str, phrases: list[str]) -> bool:
    """A first cut: whether the stored paper's file has one of the phrases anywhere (lowercased); the
    caller then reads its text for them as words."""
    stored = read_paper_json(g.data_dir, doc_id)
    return stored is not None and any(phrase in stored.lower() for phrase in phrases)


def _mentioning(g: "Graph", label: str, term: str, limit: int) -> list[str]:
    """Ids of the `limit` newest nodes about a term: tagged with its topic, or with one of its
    phrases in their text as words. The full-text index (graph/textindex.py) narrows the text
    candidates, `CONTAINS` and the word regex decide, as the scan did."""
    term = clean_text(term or "")
    if not term:
        return []
    want = bounded(limit)
    topic_key, phrases = _topic_terms(g, term)
    by_topic = g.run(_OF_TOPIC[label], topic_key=topic_key, limit=want) if topic_key else []
    clauses = [phrase_clause(p) for p in phrases]
    if all(clauses):
        statement = _INDEXED[label][g.kind]
        params = {"ft": fulltext_query(g.kind, "words", clauses)}
    else:  # a phrase with no letter or digit: only a scan can find it
        statement, params = _SCAN[label], {}
    hits, fetch = [], want + 20
    while True:  # rows come newest first; fetch more only when the regex turned too many away
        rows = g.run(statement, terms=phrases, limit=fetch, **params)
        hits = [r for r in rows if _word_match(phrases, r["text"])]
        if len(hits) >= want or len(rows) < fetch:
            break
        fetch *= 4
    found = list({r["id"]: r for r in by_topic + hits}.values())
    if label == "Item":
        for row in found:
            row["span"] = span_of(row["span"])
        return [r["id"] for r in newest_items_first(found)[:want]]
    return [r["id"] for r in newest_actions_first(found)[:want]]


_OF_TOPIC = {"Action": cypher.ACTIONS_OF_TOPIC, "Item": cypher.ITEMS_OF_TOPIC}
_INDEXED = {"Action": cypher.ACTIONS_MENTIONING_INDEXED, "Item": cypher.ITEMS_MENTIONING_INDEXED}
_SCAN = {"Action": cypher.ACTIONS_MENTIONING, "Item": cypher.ITEMS_MENTIONING}


def actions_mentioning(g: "Graph", term: str, limit: int = 100) -> list[dict]:
    """Actions about a term: tagged with the topic it names (by name, phrase or acronym of the
    taxonomy) or containing it (or the topic's phrases) as words; newest first, with owners."""
    return action_details(g, _mentioning(g, "Action", term, limit))


def actions_under_items_about(g: "Graph", term: str, limit: int = 100) -> list[dict]:
    """Actions recorded under an agenda item whose heading names a term (as `actions_mentioning` reads
    it: the taxonomy's phrases and acronym too), newest first, each with `under`: {"number","heading"}.
    A paper with no agenda items (a single item's page) counts the heading above the action as its
    item. Includes actions that name the term themselves; the caller decides how to show those.
    Only the newest `limit` are read in full: the candidates come ordered with their sort keys."""
    under = _under_rows(g, term, limit)
    actions = action_details(g, under)
    for a in actions:
        a["under"] = under[a["id"]]
    return actions


def actions_about(g: "Graph", term: str, limit: int = 100) -> tuple[list[dict], list[dict]]:
    """(`actions_mentioning(term, limit)`, the actions of `actions_under_items_about(term, limit)`
    that are not among them), each action read in full once: the two lists overlap (an action under
    an item about a term often names it), and placing an action is most of what reading it costs."""
    direct = _mentioning(g, "Action", term, limit)
    seen = set(direct)
    under = {i: where for i, where in _under_rows(g, term, limit).items() if i not in seen}
    placed = action_details(g, direct + list(under))
    for a in placed:
        if a["id"] in under:
            a["under"] = under[a["id"]]
    return [a for a in placed if a["id"] in seen], [a for a in placed if a["id"] in under]


def _under_rows(g: "Graph", term: str, limit: int) -> dict[str, dict]:
    """Action id -> `under` ({"number","heading"}) of the newest `limit` actions under an agenda item
    about a term (see `actions_under_items_about`), newest first."""
    term = clean_text(term or "")
    if not term:
        return {}
    want = bounded(limit)
    topic_key, phrases = _topic_terms(g, term)
    found = {r["id"]: r for r in _under_items(g, topic_key, phrases, want)}
    for row in _under_loose_headings(g, topic_key, phrases):
        found.setdefault(row["id"], row)
    return {r["id"]: r["under"] for r in newest_actions_first(list(found.values()))[:want]}


def _under_items(g: "Graph", topic_key: str, phrases: list[str], want: int) -> list[dict]:
    """The newest `want` action rows (sort keys and `under`) recorded under an agenda item whose
    heading has one of the phrases as words. The index of the headings' words gives the items, the
    heading's `CONTAINS` narrows them in Cypher, the word regex decides over the few left.
    Until tenk4 the items came by their text's words and, in a second stream, by the term's topic:
    at 10k papers 4,585 items for "secure email" each time, half of them with the words in their
    heading. Both streams only kept items whose heading has the words, and a heading's words are
    its item's text's (the heading is the text's first line): 0 exceptions among the 93,600 items
    at 10k papers and the 439 of the gold sets and samples. So one stream of the items whose
    heading has the words gives the rows both gave."""
    clauses = [phrase_clause(p) for p in phrases]
    if all(clauses):
        streams = [(cypher.ACTIONS_UNDER_ITEMS_INDEXED[g.kind],
                    {"ft": fulltext_query(g.kind, "heading_words", clauses)})]
    else:  # no letter or digit: a scan, and the topic's items
        streams = [(cypher.ACTIONS_UNDER_ITEMS, {})]
        if topic_key:
            streams.append((cypher.ACTIONS_UNDER_ITEMS_OF_TOPIC, {"topic_key": topic_key}))
    fetch = want + 20
    while True:  # each stream comes newest first; fetch more only when the regex turned too many away
        hits: dict[str, dict] = {}
        short = False
        for statement, params in streams:
            rows = g.run(statement, terms=phrases, limit=fetch, **params)
            kept = [r for r in rows if _word_match(phrases, r["heading"])]
            short = short or (len(rows) == fetch and len(kept) < want)
            for r in kept:
                hits.setdefault(r["id"], {**r, "under": {"number": r["number"], "heading": r["heading"]}})
        if not short:
            return list(hits.values())
        fetch *= 4


def _under_loose_headings(g: "Graph", topic_key: str, phrases: list[str]) -> list[dict]:
    """Action rows of papers with no agenda items whose heading above them has one of the phrases."""
    texts: dict[str, str] = {}
    if topic_key:
        loose = g.run(cypher.ACTIONS_OF_ITEMLESS_PAPERS["topic"], topic_key=topic_key)
    else:
        loose = g.run(cypher.ACTIONS_OF_ITEMLESS_PAPERS["words"])
        has = {doc_id: _stored_paper_has(g, doc_id, phrases) for doc_id in {row["doc_id"] for row in loose}}
        loose = [row for row in loose if has[row["doc_id"]]]
    out = []
    for row in loose:
        if row["doc_id"] not in texts:
            paper = read_paper(g.data_dir, row["doc_id"])
            texts[row["doc_id"]] = paper.text if paper and _word_match(phrases, paper.text) else ""
        heading = heading_above(texts[row["doc_id"]], row["start"])
        if heading and _word_match(phrases, heading):
            out.append({**row, "under": {"number": None, "heading": heading}})
    return out


def items_mentioning(g: "Graph", term: str, limit: int = 100) -> list[dict]:
    """Agenda items about a term, the same way (for "no action mentions X; these items do")."""
    return item_details(g, _mentioning(g, "Item", term, limit))


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
