"""Saving and deleting papers: each paper's facts are replaced as a unit.

`save_paper` sends one transaction (a MULTI/EXEC block on FalkorDB, one managed
transaction on Neo4j) that removes what the paper's previous version said,
writes the new facts, deletes people/organisations/topics/bodies no document
refers to any more, and recomputes the derived facts of everything it touched
(display names and aliases from the written forms, AFFILIATED_WITH from dated
attendance). Re-saving the same Paper therefore leaves the same graph.

Possible-duplicate people (POSSIBLY_SAME) are found after the transaction, since
the edit-distance test runs in Python; they are advice for an admin, never facts.

The Paper itself is not in the graph: its one copy is the data dir's
`papers/<id>.json` (ingest.paper_files), which a curation decision
(graph/curation.py) reads to save the affected papers again through this same
path. Names resolve through the curation log (ingest.curation), read here and by
the search index alike. Graphs saved earlier held each Paper on its Document
(`paper_json`); `legacy_paper` reads it and `drop_legacy_papers` removes it.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Sequence

from ingest.curation import load_state, resolvers
from ingest.errors import CurationError
from ingest.model import Paper
from ingest.paper_files import read_paper
from ingest.resolve import Curated, Resolver
from graph import queries as q
from graph.errors import GraphError
from graph.facts import Facts, build_facts
from graph.name_counts import mark_touched, name_statements
from graph.possible_duplicates import update_candidates

if TYPE_CHECKING:
    from graph import Graph

Statements = list[tuple[str, dict[str, Any]]]


def curation_state(data_dir: Path) -> tuple[Curated, Callable[[Paper], Resolver]]:
    """The decisions in force and the resolvers built on them; an unreadable log is a GraphError."""
    try:
        return load_state(data_dir), resolvers(data_dir)
    except CurationError as ex:
        raise GraphError(str(ex)) from ex


def _cleanup(names: Statements | None = None, orphans: Statements | None = None,
             affiliations: Statements | None = None) -> Statements:
    """Same-transaction clean-up of the nodes marked dirty by this write. `names`: the statements
    that set their names from the counts on the nodes (graph.name_counts), `orphans` the ones
    that delete the nodes no Document mentions any more (`_orphan_statements`) and `affiliations`
    the ones that keep AFFILIATED_WITH (`_affiliation_statements`); without them (after a write
    that failed half way) every dirty node is looked at, names are recounted from every mention
    and the counts forgotten, and every dirty person's affiliations are rebuilt from all their
    attendance."""
    if names is None or orphans is None:
        out: Statements = [(s, {}) for s in q.DELETE_ORPHANS.values()]
    else:
        out = list(orphans)
    out.append((q.DELETE_ORPHAN_BODIES, {}))
    if names is None:
        out += [(s, {}) for s in q.REFRESH_NAMES.values()] + [(s, {}) for s in q.FORGET_NAME_USES.values()]
    else:
        out += names
    if affiliations is None:
        out += [(q.DELETE_AFFILIATIONS, {}), (q.SAVE_AFFILIATIONS, {})]
    else:
        out += affiliations
    out += [(s, {}) for s in q.CLEAR_DIRTY.values()]
    return out


def _doc_mentioned(facts: Iterable[Facts]) -> set[tuple[str, str]]:
    return {(label, row["key"]) for f in facts for (source, label), rows in f.mentions.items()
            if source == "Document" for row in rows}


def _orphan_statements(names: Statements, versions: Iterable[Facts], latest: Iterable[Facts]) -> Statements:
    """The orphan clean-up of a write, on the entities that may be left unmentioned: those the stored
    versions of its papers mention (the rows of `names`, from graph.name_counts) and those any
    version written in it mentions (`versions`: a repeated id's earlier version is removed by the
    later one), less those the Documents of the versions that stand (`latest`) mention. Every node
    the write marks dirty is one of these (each saved entity is mentioned by its Document), so this
    deletes what DELETE_ORPHANS would, without looking at every mention of every entity a new paper
    names (BENCHMARKS.md, "Ingest write path at 10k")."""
    label_of = {q.SET_NAME_USES[label]: label for label in q.ENTITY_LABELS}
    touched = {(label_of[query], row["key"]) for query, params in names for row in params["rows"]}
    candidates = (touched | _doc_mentioned(versions)) - _doc_mentioned(latest)
    keys = {label: sorted(k for lab, k in candidates if lab == label) for label in q.ENTITY_LABELS}
    return [(q.DELETE_ORPHAN_KEYS[label], {"keys": keys[label]}) for label in q.ENTITY_LABELS if keys[label]]


def _affiliation_statements(g: "Graph", doc_ids: Iterable[str], latest: Iterable[Facts]) -> Statements:
    """The statements that keep AFFILIATED_WITH after a write that replaces or removes the stored versions
    of `doc_ids` and writes `latest` (one version per doc id). Read now, before the write.

    A person who attended (or sent apologies to) the meeting of a stored version loses that attendance:
    theirs are rebuilt from all their attendance, as SAVE_AFFILIATIONS rebuilds every dirty person's.
    Anyone else only gains attendance, at the new meetings of `latest` (a meeting is its paper's: a
    new version's meeting holds only the new version's attendance), so their edges are the old ones
    with the new meetings' earliest and latest dates and count added (ADD_AFFILIATIONS). People the
    write touches without a change in their attendance keep their edges, which rebuilding them would
    give again (every attendance's organisation is mentioned by its Document, so it stands as long as
    the attendance does). Rebuilding every dirty person read every attendance of each of them: at
    10k papers thousands for a busy person, on every batch (BENCHMARKS.md, "Ingest into a grown
    archive")."""
    doc_ids = sorted(set(doc_ids))
    rebuilt = sorted({row["key"] for row in g.run(q.DOCS_ATTENDEE_KEYS, doc_ids=doc_ids)}) if doc_ids else []
    rebuilt_keys = set(rebuilt)
    gained: dict[tuple[str, str], tuple[str, str, set[str]]] = {}
    for f in latest:
        if not f.meeting or f.meeting.get("date") is None:
            continue
        when, mid = f.meeting["date"], f.meeting["id"]
        for row in (*f.attended, *f.apologies):
            org_key = row["props"].get("org_key")
            if org_key is None or row["key"] in rebuilt_keys:
                continue
            first, last, meetings = gained.get((row["key"], org_key), (when, when, set()))
            meetings.add(mid)
            gained[(row["key"], org_key)] = (min(first, when), max(last, when), meetings)
    out: Statements = []
    if rebuilt:
        out += [(q.DELETE_AFFILIATIONS_OF, {"keys": rebuilt}), (q.SAVE_AFFILIATIONS_OF, {"keys": rebuilt})]
    if gained:
        out.append((q.ADD_AFFILIATIONS, {"rows": [
            {"key": key, "org_key": org_key, "first_seen": first, "last_seen": last, "count": len(meetings)}
            for (key, org_key), (first, last, meetings) in sorted(gained.items())]}))
    return out


def _remove(doc_id: str) -> Statements:
    p = {"doc_id": doc_id}
    return [(q.MARK_DOC_ENTITIES, p), (q.DELETE_DOC_ACTIONS, p), (q.DELETE_DOC_ITEMS, p),
            *[(s, p) for s in q.UNCOUNT_CO_ATTENDANCE.values()], (q.DELETE_DOC_MEETING, p), (q.DELETE_DOCUMENT, p)]


def _write_facts(f: Facts) -> Statements:
    doc = {"doc_id": f.doc_id}
    out: Statements = [(q.SAVE_DOCUMENT, {**doc, "props": {k: v for k, v in f.document.items() if v is not None}})]
    if f.meeting:
        out.append((q.SAVE_MEETING, {**doc, "meeting_id": f.meeting["id"],
                                     "props": {k: v for k, v in f.meeting.items() if v is not None}}))
    if f.body:
        out.append((q.SAVE_BODY, {**doc, "name": f.body}))
        if f.meeting:
            out.append((q.SAVE_MEETING_BODY, {"meeting_id": f.meeting["id"], "name": f.body}))
    for query, rows in ((q.SAVE_PEOPLE, f.people), (q.SAVE_ORGANISATIONS, f.organisations),
                        (q.SAVE_TOPICS, f.topics)):
        if rows:
            out.append((query, {"rows": rows}))
    if f.meeting:
        for query, rows in ((q.SAVE_ATTENDED, f.attended), (q.SAVE_APOLOGIES, f.apologies)):
            if rows:
                out.append((query, {"meeting_id": f.meeting["id"], "rows": rows}))
        if f.attended:
            out.append((q.COUNT_CO_ATTENDANCE, {"meeting_id": f.meeting["id"]}))
    if f.items:
        out.append((q.SAVE_ITEMS, {**doc, "rows": f.items}))
    if f.item_actions:
        out.append((q.SAVE_ITEM_ACTIONS, {"rows": f.item_actions}))
    if f.doc_actions:
        out.append((q.SAVE_DOC_ACTIONS, {**doc, "rows": f.doc_actions}))
    for label, rows in f.owns.items():
        if rows:
            out.append((q.SAVE_OWNS[label], {"rows": rows}))
    for pair, rows in sorted(f.mentions.items()):
        out.append((q.SAVE_MENTIONS[pair], {"rows": rows}))
    return out


def save_paper(g: "Graph", paper: Paper) -> None:
    """Store a Paper, replacing everything its previous version (same id) said. Idempotent."""
    _check(paper)
    curated, resolver = curation_state(g.data_dir)
    facts = build_facts(paper, resolver(paper))
    before = {row["key"] for row in g.run(q.DOC_PERSON_KEYS, doc_id=paper.id)}
    names = name_statements(g, [paper.id], [facts])
    affiliations = _affiliation_statements(g, [paper.id], [facts])
    try:
        g.write(_remove(paper.id) + _write_facts(facts)
                + _cleanup(names, _orphan_statements(names, [facts], [facts]), affiliations))
    except GraphError:
        if not g.atomic_writes:
            # FalkorDB has no rollback: take out whatever half of the paper landed,
            # so the graph holds the paper whole or not at all.
            g.write(_remove(paper.id) + mark_touched(names) + _cleanup())
        raise
    update_candidates(g, before | facts.person_keys, curated.rejected)


def save_papers(g: "Graph", papers: Sequence[Paper]) -> list[GraphError | None]:
    """Store several Papers with the outcome of `save_paper` on each in turn, in fewer round trips:
    every paper's statements and one clean-up go in one transaction, and possible duplicates are
    looked for once. Returns, per paper, None when it is stored or the GraphError that kept it
    out (it is then absent, as with `save_paper`).

    If the batch's transaction fails, each paper is saved again on its own with `save_paper`
    (idempotent), so the good ones land and the bad one is whole or absent on either backend."""
    errors: list[GraphError | None] = [None] * len(papers)
    facts: list[tuple[int, Paper, Facts]] = []
    if papers:
        curated, resolver = curation_state(g.data_dir)
    for index, paper in enumerate(papers):
        try:
            _check(paper)
            facts.append((index, paper, build_facts(paper, resolver(paper))))
        except GraphError as ex:
            errors[index] = ex
    if not facts:
        return errors
    doc_ids = sorted({paper.id for _, paper, _ in facts})
    before = {row["key"] for row in g.run(q.DOCS_PERSON_KEYS, doc_ids=doc_ids)}
    statements: Statements = []
    for _, paper, f in facts:
        statements += _remove(paper.id) + _write_facts(f)
    latest = {paper.id: f for _, paper, f in facts}  # a repeated id: the last version stands
    names = name_statements(g, doc_ids, latest.values())
    orphans = _orphan_statements(names, [f for _, _, f in facts], latest.values())
    affiliations = _affiliation_statements(g, doc_ids, latest.values())
    try:
        g.write(statements + _cleanup(names, orphans, affiliations))
    except GraphError:
        g.write(mark_touched(names) + _cleanup())  # what landed of the batch, with names recounted
        for index, paper, _ in facts:
            try:
                save_paper(g, paper)
            except GraphError as ex:
                errors[index] = ex
        return errors
    keys = before.union(*(f.person_keys for _, _, f in facts))
    update_candidates(g, keys, curated.rejected)
    return errors


def _check(paper: Any) -> None:
    if not isinstance(paper, Paper):
        raise GraphError(f"save_paper takes an ingest.model.Paper, not {type(paper).__name__}.")
    if not paper.id:
        raise GraphError(f"The paper {paper.filename!r} has no id.")


def delete_paper(g: "Graph", doc_id: str) -> bool:
    """Remove everything that came from the paper; False when no such document is stored."""
    if not g.run(q.DOCUMENT_EXISTS, doc_id=doc_id):
        return False
    names = name_statements(g, [doc_id], [])
    g.write(_remove(doc_id) + _cleanup(names, _orphan_statements(names, [], []), _affiliation_statements(g, [doc_id], [])))
    return True


def document_for_filename(g: "Graph", filename: str) -> dict | None:
    """The stored document for a file name (the latest ingested), so an archive can replace it."""
    rows = g.run(q.DOCUMENT_BY_FILENAME, filename=filename)
    return rows[0] if rows else None


def document_ids(g: "Graph") -> set[str]:
    """The ids of every stored Document (one cheap query; the archive compares them with its files)."""
    return {row["id"] for row in g.run(q.ALL_DOCUMENT_IDS)}


def legacy_paper(g: "Graph", doc_id: str) -> Paper | None:
    """The Paper a graph saved before papers/<id>.json was the one copy kept on its Document, or None."""
    rows = g.run(q.LEGACY_PAPER_JSON, doc_id=doc_id)
    if not rows or not rows[0]["paper_json"]:
        return None
    return Paper.from_dict(json.loads(rows[0]["paper_json"]))


def drop_legacy_papers(g: "Graph") -> list[str]:
    """Remove the Papers an older graph kept on its Documents (`paper_json`: every paper's text in the
    graph server's memory); returns the ids it removed them from. Read first: one query when none are left."""
    ids = [row["id"] for row in g.run(q.LEGACY_PAPER_IDS)]
    if ids:
        g.write([(q.DROP_LEGACY_PAPER, {"ids": ids})])
    return ids


def resave(g: "Graph", doc_ids: Iterable[str] | None = None) -> int:
    """Save stored papers (papers/<id>.json) again, after a curation decision or an aliases.yaml edit;
    returns how many."""
    ids = sorted(set(doc_ids)) if doc_ids is not None else [r["id"] for r in g.run(q.ALL_DOCUMENT_IDS)]
    done = 0
    for doc_id in ids:
        paper = read_paper(g.data_dir, doc_id)
        if paper is not None:
            save_paper(g, paper)
            done += 1
    return done


def check(g: "Graph") -> dict:
    """Consistency report: counts per label and relationship type, dangling nodes, duplicate keys.

    `ok` is False when anything dangles or a key is duplicated (`resave(g)` repairs derived facts).
    """
    labels = {r["label"]: r["n"] for r in g.run(q.COUNT_BY_LABEL)}
    rels = {r["type"]: r["n"] for r in g.run(q.COUNT_BY_REL_TYPE)}
    dangling = g.run(q.DANGLING)
    duplicates = g.run(q.DUPLICATE_KEYS)
    return {"ok": not dangling and not duplicates, "backend": g.kind,
            "labels": dict(sorted(labels.items())), "relationships": dict(sorted(rels.items())),
            "dangling": dangling, "duplicates": duplicates}
