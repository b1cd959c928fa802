"""Each person's, organisation's and topic's written forms counted on its node, kept by each write.

An entity's name is its most used written form (then the shortest, then alphabetical) over
every Document that mentions it, unless a curated or expanded name (`canonical`, the least of
them) wins; `aliases` is every form in that order. Recomputing that from all the mentions of
every entity a batch touches cost the whole history of the busiest people and of every topic
(thousands of papers at 10k) on each batch (BENCHMARKS.md, ingest). So each node keeps the
counts (`alias_uses`, aligned with `aliases`; `canonicals` with `canonical_uses`, [] for none:
FalkorDB 4.16 removes the wrong properties when one SET or REMOVE drops more than one, so a
write only ever drops `alias_uses`, which marks a node as not counted), and a write
reads the counts of what it touches and the mentions it removes, adds the new mentions, and
sets the result: work in proportion to the batch, not to the archive.

A node without counts (a graph from earlier code, or one a failed write left unsure: graph.store
then recounts its name from every mention, as before, and drops the counts) is counted from its
mentions the first time a write touches it, and `backfill` counts them all at start.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterable

from graph import queries as q
from graph.backfill import Statements, in_batches
from graph.facts import Facts

if TYPE_CHECKING:
    from graph import Graph

BACKFILL_BATCH = 500


@dataclass
class Uses:
    """How many Documents write each form of one entity, and give each canonical name."""

    forms: Counter = field(default_factory=Counter)
    canonicals: Counter = field(default_factory=Counter)

    def add(self, names: Iterable[str] | None, canonical: str | None, sign: int = 1) -> None:
        for name in names or ():
            self.forms[name] += sign
        if canonical is not None:
            self.canonicals[canonical] += sign

    def row(self, key: str) -> dict[str, Any]:
        """What the node is set to: the same name and aliases the full recount gave (names and aliases
        are left as they are when no Document writes any form, as the recount left them)."""
        forms = sorted((w for w, n in self.forms.items() if n > 0), key=lambda w: (-self.forms[w], len(w), w))
        canonicals = sorted(c for c, n in self.canonicals.items() if n > 0)
        row: dict[str, Any] = {"key": key, "uses": [self.forms[w] for w in forms], "canonicals": canonicals,
                               "canonical_uses": [self.canonicals[c] for c in canonicals],
                               "aliases": None, "name": None}
        if forms:
            row["aliases"] = forms
            row["name"] = canonicals[0] if canonicals else forms[0]
        return row


def name_statements(g: "Graph", doc_ids: Iterable[str], facts: Iterable[Facts]) -> Statements:
    """The statements that set the counts, names and aliases of every entity this write touches:
    the entities of the stored versions of `doc_ids` (about to be replaced or removed) and of
    `facts` (the new versions, one per doc id). Read now, before the write; the statements go at
    the end of the write's transaction."""
    doc_ids = sorted(set(doc_ids))
    removed = g.run(q.DOCS_ENTITY_MENTIONS, doc_ids=doc_ids) if doc_ids else []
    added = [(label, row["key"], row["props"]) for f in facts for (source, label), rows in f.mentions.items()
             if source == "Document" for row in rows]
    keys: dict[str, set[str]] = {label: set() for label in q.ENTITY_LABELS}
    for r in removed:
        keys[r["label"]].add(r["key"])
    for label, key, _ in added:
        keys[label].add(key)
    uses = {label: _current(g, label, sorted(ks)) for label, ks in keys.items() if ks}
    for r in removed:
        uses[r["label"]][r["key"]].add(r["names"], r["canonical"], -1)
    for label, key, props in added:
        uses[label][key].add(props.get("names"), props.get("canonical"))
    return [(q.SET_NAME_USES[label], {"rows": [u.row(key) for key, u in sorted(by_key.items())]})
            for label, by_key in uses.items()]


def mark_touched(names: Statements) -> Statements:
    """Statements that mark dirty every node `names` sets: after a write that failed (FalkorDB runs the
    rest of a MULTI/EXEC block after a failed statement and has no rollback, so the counts it set may
    not match the mentions that landed), the clean-up recounts their names and forgets their counts."""
    by_label = {q.SET_NAME_USES[label]: label for label in q.ENTITY_LABELS}
    return [(q.MARK_ENTITIES[by_label[query]], {"keys": [row["key"] for row in params["rows"]]})
            for query, params in names]


def _current(g: "Graph", label: str, keys: list[str]) -> dict[str, Uses]:
    """The counts on these nodes now (an absent node counts nothing); nodes without counts are
    counted from their mentions."""
    out = {key: Uses() for key in keys}
    uncounted = []
    for r in g.run(q.NAME_USES[label], keys=keys):
        if r["uses"] is None:
            uncounted.append(r["key"])
            continue
        u = out[r["key"]]
        u.forms.update(dict(zip(r["aliases"] or [], r["uses"])))
        u.canonicals.update(dict(zip(r["canonicals"] or [], r["canonical_uses"] or [])))
    for r in g.run(q.MENTION_NAMES[label], keys=uncounted) if uncounted else []:
        out[r["key"]].add(r["names"], r["canonical"])
    return out


def backfill(g: "Graph") -> int:
    """Count the forms of every node that has no counts (graphs from earlier code); returns how many
    were counted. One cheap query when there is nothing to do."""
    def filler(label: str) -> Callable[[list[dict]], Statements]:
        def fill(rows: list[dict]) -> Statements:
            counted = _current(g, label, [r["key"] for r in rows])
            return [(q.SET_NAME_USES[label], {"rows": [u.row(k) for k, u in sorted(counted.items())]})]
        return fill

    return sum(in_batches(g, q.NAME_USES_MISSING[label], filler(label), BACKFILL_BATCH) for label in q.ENTITY_LABELS)
