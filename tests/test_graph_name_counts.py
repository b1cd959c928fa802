"""Name counts kept on each person, organisation and topic (graph/name_counts.py): after saves,
replacements, deletions, batches and curation they equal a fresh build's and a recount of every
mention, and a graph from earlier code (no counts) gets them at start."""
from __future__ import annotations

import dataclasses
from collections import Counter

import graph
from graph import name_counts
from graph_fixtures import (  # noqa: F401  (fixtures)
    all_papers, board_2007, board_2008, chairs_2010, dump, g, open_fresh, update_2010,
)

LABELS = ("Person", "Organisation", "Topic")


def board_2008_changed():
    """board_2008 with the police written as in 2007 (`Met Police`, not `MPS`) and a new attendee."""
    paper = board_2008()
    paper.attendees = [dataclasses.replace(a, org="Met Police") if a.org == "MPS" else a for a in paper.attendees]
    paper.attendees.append(dataclasses.replace(paper.attendees[0], name="Sally Jones", org="Greenwich PCT"))
    return paper


def recounted(g) -> dict:
    """Each entity's forms and canonical names counted now from every Document's mentions, beside
    what its node holds."""
    out = {}
    for label in LABELS:
        counted: dict[str, tuple[Counter, Counter]] = {}
        for r in g.run(f"MATCH (n:{label})<-[r:MENTIONS]-(:Document) "
                       "RETURN n.key AS key, r.names AS names, r.canonical AS canonical"):
            forms, canonicals = counted.setdefault(r["key"], (Counter(), Counter()))
            forms.update(r["names"] or [])
            canonicals.update([r["canonical"]] if r["canonical"] else [])
        for r in g.run(f"MATCH (n:{label}) RETURN n.key AS key, n.aliases AS aliases, n.alias_uses AS uses, "
                       "n.canonicals AS canonicals, n.canonical_uses AS canonical_uses"):
            forms, canonicals = counted.get(r["key"], (Counter(), Counter()))
            out[(label, r["key"])] = ((dict(forms), dict(canonicals)),
                                      (dict(zip(r["aliases"] or [], r["uses"] or [])),
                                       dict(zip(r["canonicals"] or [], r["canonical_uses"] or []))))
    return out


def assert_counts_are_a_recount(g):
    pairs = recounted(g)
    assert pairs
    for ref, (counted, held) in pairs.items():
        assert held == counted, ref


def test_replacing_and_deleting_papers_leaves_the_counts_of_a_fresh_build(open_fresh):
    changed, fresh = open_fresh("changed"), open_fresh("fresh")
    for paper in all_papers():
        graph.save_paper(changed, paper)
    police = graph.organisation(changed, "metropolitan police")
    assert police["aliases"] == ["MPS", "Met Police", "Metropolitan Police Service"]
    graph.save_paper(changed, board_2008_changed())  # re-ingest a changed paper
    assert graph.delete_paper(changed, "doc-chairs-2010")  # and delete one
    assert_counts_are_a_recount(changed)
    for paper in (board_2007(), board_2008_changed(), update_2010()):
        graph.save_paper(fresh, paper)
    assert dump(changed) == dump(fresh)
    held = {r["key"]: (r["aliases"], r["uses"]) for r in changed.run(
        "MATCH (n:Organisation) RETURN n.key AS key, n.aliases AS aliases, n.alias_uses AS uses")}
    assert held["metropolitan police"] == (["Met Police"], [2])  # MPS and the 2010 form are gone
    assert graph.person(changed, "ian dean")["name"] == "Ian Dean"


def test_a_batch_with_a_repeated_paper_counts_its_last_version_once(open_fresh):
    batched, fresh = open_fresh("batched"), open_fresh("fresh")
    assert graph.save_papers(batched, [*all_papers(), board_2008_changed(), board_2008()]) == [None] * 6
    assert_counts_are_a_recount(batched)
    for paper in all_papers():
        graph.save_paper(fresh, paper)
    assert dump(batched) == dump(fresh)


def test_a_graph_without_counts_gets_them_at_start_and_on_the_next_write(open_fresh):
    old, fresh = open_fresh("old"), open_fresh("fresh")
    for paper in all_papers():
        graph.save_paper(fresh, paper)
    for paper in all_papers():
        graph.save_paper(old, paper)
    # as earlier code left a graph (one property a statement: FalkorDB 4.16 drops the wrong ones otherwise)
    forget = [(f"MATCH (n:{label}) REMOVE n.{prop}", {}) for label in LABELS
              for prop in ("alias_uses", "canonicals", "canonical_uses")]
    old.write(forget)
    graph.save_paper(old, board_2008_changed())  # a write touching nodes that hold no counts
    graph.save_paper(old, board_2008())
    assert name_counts.backfill(old) > 0  # the rest, as ensure_schema does at start
    assert name_counts.backfill(old) == 0
    assert dump(old) == dump(fresh)
    old.write(forget)
    old.ensure_schema()
    assert dump(old) == dump(fresh)
