"""AFFILIATED_WITH kept by each write without walking every attendance of everyone it touches
(graph/store.py `_affiliation_statements`): a write of new papers only adds the new meetings to the
edges; people who attended a replaced or removed version are rebuilt. The graph after every step is the
one that rebuilding every dirty person from all their attendance gave (embedded FalkorDB)."""
from __future__ import annotations

import dataclasses

import graph
from graph import queries as q
from graph import store
from graph_fixtures import (  # noqa: F401  (fixtures)
    board_2007, board_2008, board_2008_changed, chairs_2010, dump, g, make_paper, open_fresh, update_2010,
)
from test_graph_affiliation_counts import assert_read_equals_counted

BOARD = "London Safeguarding Children Board"


def _month_minutes():
    """Minutes dated by their month only ("2007-10" sorts before "2007-10-31"), earlier than the others,
    with a person who both attended and sent apologies for one organisation, and one for two."""
    paper = make_paper(
        "doc-board-2007-10", title="London Safeguarding Children Board Meeting", date=None, body=BOARD,
        attendees=[("Ian Dean", "London Board", None), ("Dave Hill", "Merton LSCB", None),
                   ("Sally Jones", "NHS London", None)],
        apologies=[("Dave Hill", "Merton LSCB"), ("Sally Jones", "Greenwich PCT")])
    paper.month = "2007-10"
    return paper


def _no_org():
    """Minutes whose attendees name no organisation (no affiliation from them)."""
    return make_paper("doc-board-2009", title="London Safeguarding Children Board Meeting", date="2009-07-01",
                      body=BOARD, attendees=[("Ian Dean", "", None), ("Jo Hawley", "GOL", None)])


def _steps():
    """Batches of saves: later meetings first, then earlier ones; a replacement inside a batch and
    across batches; then deletions."""
    changed = board_2007()
    changed.attendees = [a for a in changed.attendees if a.name != "Helen Veitch"]
    changed.apologies = [dataclasses.replace(changed.apologies[0], name="Dave Hill", org="Merton LSCB")]
    return [[chairs_2010(), board_2008()], [_month_minutes(), board_2007(), update_2010()],
            [board_2008_changed("NHS London"), _no_org(), changed], [board_2007(), board_2008()],
            [board_2008_changed(), board_2008_changed("Camden LSCB")]]


def _run(g):
    out = []
    for batch in _steps():
        assert graph.save_papers(g, batch) == [None] * len(batch)
        out.append(dump(g))
        assert_read_equals_counted(g)
    graph.save_paper(g, _month_minutes())
    out.append(dump(g))
    for doc_id in ("doc-board-2008", "doc-board-2007-10", "doc-board-2007"):
        assert graph.delete_paper(g, doc_id)
        out.append(dump(g))
        assert_read_equals_counted(g)
    return out


def test_kept_affiliations_equal_rebuilding_every_dirty_person(open_fresh, monkeypatch):
    kept = _run(open_fresh("kept"))
    every_dirty = [(q.DELETE_AFFILIATIONS, {}), (q.SAVE_AFFILIATIONS, {})]
    monkeypatch.setattr(store, "_affiliation_statements", lambda g, doc_ids, latest: every_dirty)
    rebuilt = _run(open_fresh("rebuilt"))
    assert kept == rebuilt
    assert any('"rel": "AFFILIATED_WITH"' in row and '"count": 3' in row for row in kept[1])


def test_new_papers_do_not_read_every_attendance(g):
    graph.save_papers(g, [board_2007()])
    written = []
    real_write = g.write
    g.write = lambda statements: (written.extend(s for s, _ in statements), real_write(statements))[1]
    assert graph.save_papers(g, [board_2008(), chairs_2010()]) == [None, None]
    assert q.ADD_AFFILIATIONS in written
    assert not {q.SAVE_AFFILIATIONS, q.SAVE_AFFILIATIONS_OF} & set(written)
    kept = assert_read_equals_counted(g)
    assert kept[("merton lscb", "dave hill")] == (2, "2007-10-31", "2008-03-05")
    written.clear()
    graph.save_papers(g, [board_2008_changed()])  # a replacement: its old attendees are rebuilt
    assert q.SAVE_AFFILIATIONS_OF in written and q.SAVE_AFFILIATIONS not in written
    assert assert_read_equals_counted(g)[("merton lscb", "dave hill")] == (2, "2007-10-31", "2008-03-05")
