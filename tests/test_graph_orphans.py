"""The orphan clean-up looks only at the entities a write may leave unmentioned (graph/store.py,
`_orphan_statements`) and leaves the graph that looking at every dirty node left (embedded FalkorDB)."""
from __future__ import annotations

import dataclasses

import graph
from graph import queries as q
from graph import store
from graph_fixtures import (  # noqa: F401  (fixtures)
    all_papers, board_2007, board_2008, chairs_2010, dump, g, open_fresh, update_2010,
)


def _saves():
    """Replacements inside one batch and across batches, a person who leaves, and deletions."""
    changed = board_2007()
    changed.attendees = [a for a in changed.attendees if a.name != "Helen Veitch"]
    changed.actions[0] = dataclasses.replace(changed.actions[0], text="Ian Dean to contact DCSF again")
    return [[board_2007(), chairs_2010(), changed, board_2008()], [update_2010(), board_2007()],
            [changed, chairs_2010()]]


def _run(g, deletions=("doc-chairs-2010",)):
    for batch in _saves():
        assert graph.save_papers(g, batch) == [None] * len(batch)
    out = [dump(g)]
    for doc_id in deletions:
        graph.delete_paper(g, doc_id)
        out.append(dump(g))
    return out


def test_the_named_orphans_are_the_dirty_ones(open_fresh, monkeypatch):
    named = _run(open_fresh("named"))
    every_dirty = [(s, {}) for s in q.DELETE_ORPHANS.values()]
    monkeypatch.setattr(store, "_orphan_statements", lambda names, versions, latest: every_dirty)
    scanned = _run(open_fresh("scanned"))
    assert named == scanned


def test_an_entity_only_an_earlier_version_in_the_batch_names_is_deleted(g):
    changed = board_2007()
    changed.attendees = [a for a in changed.attendees if a.name != "Helen Veitch"]
    assert graph.save_papers(g, [board_2007(), changed]) == [None, None]
    assert graph.person(g, "helen veitch") is None
    assert graph.check(g)["ok"]  # nothing left dirty


def test_a_new_paper_deletes_nothing_and_a_removal_keeps_what_others_mention(g):
    graph.save_papers(g, [board_2007()])
    written = []
    real_write = g.write
    g.write = lambda statements: (written.extend(s for s, _ in statements), real_write(statements))[1]
    assert graph.save_papers(g, [board_2008(), chairs_2010()]) == [None, None]
    assert not set(written) & set(q.DELETE_ORPHAN_KEYS.values())  # new papers: no entity can be left unmentioned
    assert graph.person(g, "alastair jeffrey") is not None
    assert graph.delete_paper(g, "doc-chairs-2010") is True
    assert graph.person(g, "alastair jeffrey") is not None  # still in the 2007 minutes
    assert graph.person(g, "jo hawley") is None
    assert graph.check(g)["ok"]
