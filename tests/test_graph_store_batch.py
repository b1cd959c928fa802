"""save_papers: several papers in one transaction, with the outcome of save_paper on each in turn."""
from __future__ import annotations

import dataclasses

import graph
from graph.errors import GraphError
from graph_fixtures import (  # noqa: F401  (fixtures)
    all_papers, board_2007, board_2008, chairs_2010, dump, g, open_fresh, update_2010,
)


def history():
    """A run of saves with a replaced paper and a person who leaves and comes back within it."""
    changed = board_2007()
    changed.attendees = [a for a in changed.attendees if a.name != "Helen Veitch"]
    changed.actions[0] = dataclasses.replace(changed.actions[0], text="Ian Dean to contact DCSF again")
    return [board_2007(), chairs_2010(), changed, board_2008(), update_2010(), board_2007(), chairs_2010()]


def unstorable():
    """A paper no backend can store: a map where a property value must be plain."""
    paper = dataclasses.replace(board_2008(), id="doc-bad", filename="bad.txt")
    paper.location = {"room": 4}
    return paper


def test_a_batch_leaves_the_graph_that_saving_one_by_one_does(open_fresh):
    one_by_one, batched = open_fresh("one"), open_fresh("batch")
    for paper in history():
        graph.save_paper(one_by_one, paper)
    saves = history()
    writes = []
    real_write = batched.write
    batched.write = lambda statements: (writes.append(len(statements)), real_write(statements))[1]
    assert graph.save_papers(batched, saves[:4]) == [None] * 4
    assert len(writes) <= 2  # the papers and clean-up in one transaction, then possible duplicates
    assert graph.save_papers(batched, saves[4:]) == [None] * 3
    assert dump(batched) == dump(one_by_one)
    assert graph.check(batched)["ok"]
    assert graph.save_papers(batched, history()) == [None] * 7  # idempotent
    assert dump(batched) == dump(one_by_one)


def test_a_paper_that_cannot_be_stored_is_absent_and_the_others_land(open_fresh):
    alone, batched = open_fresh("alone"), open_fresh("batch")
    for paper in all_papers():
        graph.save_paper(alone, paper)
    outcome = graph.save_papers(batched, [board_2007(), chairs_2010(), unstorable(), "not a paper",
                                          board_2008(), update_2010()])
    assert [type(e).__name__ if e else None for e in outcome] == [None, None, "GraphError", "GraphError", None, None]
    assert "takes an ingest.model.Paper" in str(outcome[3])
    assert graph.document(batched, "doc-bad") is None
    assert dump(batched) == dump(alone)
    assert graph.check(batched)["ok"]


def test_save_paper_fails_the_same_way(g):
    try:
        graph.save_paper(g, unstorable())
    except GraphError:
        pass
    else:
        raise AssertionError("a map as a property value was stored")
    assert graph.document(g, "doc-bad") is None and graph.check(g)["ok"]
    assert graph.save_papers(g, []) == []
