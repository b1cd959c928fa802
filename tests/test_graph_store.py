"""Saving, replacing and deleting papers in a real graph (embedded FalkorDB; Neo4j when configured)."""
from __future__ import annotations

import dataclasses

import pytest

import graph
from graph.errors import GraphError
from ingest.ids import action_id, meeting_id
from ingest.model import Paper
from graph_fixtures import (  # noqa: F401  (fixtures)
    all_papers, board_2007, board_2008, chairs_2010, dump, g, open_fresh, save_stored, shape, update_2010,
)


def test_save_is_idempotent(g):
    for paper in all_papers():
        graph.save_paper(g, paper)
    first, first_dump = shape(g), dump(g)
    for paper in all_papers():
        graph.save_paper(g, paper)
    assert shape(g) == first
    assert dump(g) == first_dump
    assert graph.check(g)["ok"], graph.check(g)


def test_schema_counts_for_the_sample_set(g):
    for paper in all_papers():
        graph.save_paper(g, paper)
    counts = graph.counts(g)
    assert counts == {"papers": 4, "meetings": 3, "people": 13, "organisations": counts["organisations"],
                      "actions": 6, "topics": 6}
    rels = shape(g)["relationships"]
    # 7 + 4 + 4 attendees (the chair is one of them each time)
    assert rels["ATTENDED"] == 15 and rels["SENT_APOLOGIES"] == 4
    assert rels["RECORDS"] == 3 and rels["HAS_ITEM"] == 7 and rels["HAS_ACTION"] == 6
    assert rels["OWNS"] == 7  # one action has two owners


def test_ids_are_the_shared_deterministic_ids(g):
    paper = board_2007()
    graph.save_paper(g, paper)
    m = graph.meeting(g, meeting_id(paper.id))
    assert m is not None and m["doc_id"] == paper.id
    ids = [a["id"] for item in m["items"] for a in item["actions"]]
    assert ids == [action_id(paper.id, i) for i in range(3)]


def test_changed_paper_replaces_exactly_its_facts(g):
    graph.save_paper(g, board_2007())
    graph.save_paper(g, chairs_2010())
    other_before = [line for line in dump(g) if "doc-chairs-2010" in line]

    changed = board_2007()
    changed.attendees = [a for a in changed.attendees if a.name != "Helen Veitch"]
    changed.actions[0] = dataclasses.replace(changed.actions[0], text="Ian Dean to contact DCSF again")
    graph.save_paper(g, changed)

    assert [line for line in dump(g) if "doc-chairs-2010" in line] == other_before
    assert graph.person(g, "helen veitch") is None  # only that paper named her
    m = graph.meeting(g, meeting_id(changed.id))
    assert "helen veitch" not in {a["key"] for a in m["attendees"]}
    texts = [a["text"] for item in m["items"] for a in item["actions"]]
    assert "Ian Dean to contact DCSF again" in texts
    assert "Ian Dean to contact DCSF about secure email accounts" not in texts
    assert graph.counts(g)["actions"] == 3 + 2
    assert graph.check(g)["ok"]


def test_delete_removes_the_paper_and_its_orphans(g):
    for paper in all_papers():
        graph.save_paper(g, paper)
    assert graph.delete_paper(g, "doc-chairs-2010") is True
    assert graph.person(g, "jo hawley") is None and graph.person(g, "david hill") is None
    assert graph.person(g, "alastair jeffrey") is not None  # still in the 2007 minutes
    assert graph.organisation(g, "government office for london") is None
    assert graph.body(g, "LSCB Chairs") is None
    dave = graph.person(g, "dave hill")
    assert {o["key"] for o in dave["organisations"]} == {"merton lscb"}  # NHS London came from that paper
    assert graph.check(g)["ok"]
    assert graph.delete_paper(g, "doc-chairs-2010") is False

    for paper in all_papers():
        graph.delete_paper(g, paper.id)
    assert graph.counts(g) == dict.fromkeys(graph.counts(g), 0)
    assert shape(g)["relationships"] == {}


def test_ingest_order_does_not_matter(open_fresh):
    dumps = []
    for name, order in (("forward", all_papers()), ("backward", all_papers()[::-1])):
        g = open_fresh(name)
        for paper in order:
            graph.save_paper(g, paper)
        dumps.append(dump(g))
        g.close()
    assert dumps[0] == dumps[1]


def test_failed_paper_is_a_document_without_facts(g):
    failed = Paper(id="doc-bad", filename="broken.pdf", status="failed", error="Could not read PDF: no text layer.")
    graph.save_paper(g, failed)
    doc = graph.document(g, "doc-bad")
    assert doc["status"] == "failed" and doc["error"].startswith("Could not read PDF")
    assert doc["items"] == [] and doc["meeting_id"] is None
    assert graph.counts(g)["papers"] == 1 and graph.counts(g)["people"] == 0


def test_document_for_filename(g):
    graph.save_paper(g, board_2008())
    found = graph.document_for_filename(g, "doc-board-2008.txt")
    assert found["id"] == "doc-board-2008" and found["kind"] == "minutes"
    assert graph.document_for_filename(g, "nope.txt") is None


def test_save_rejects_what_is_not_a_paper(g):
    with pytest.raises(GraphError, match="takes an ingest.model.Paper"):
        graph.save_paper(g, {"id": "x"})


def test_text_with_quotes_newlines_and_unicode_round_trips(g):
    paper = update_2010()
    paper.items[0] = dataclasses.replace(paper.items[0], heading='FGM – "guidance" \\ Barnardo’s\n(draft)')
    graph.save_paper(g, paper)
    doc = graph.document(g, paper.id)
    assert doc["items"][0]["heading"] == 'FGM – "guidance" \\ Barnardo’s\n(draft)'


def test_the_graph_keeps_no_copy_of_the_paper(g):
    """papers/<id>.json is the one copy of a Paper (ingest.paper_files): the Document holds its facts only."""
    paper = update_2010()
    graph.save_paper(g, paper)
    props = g.run("MATCH (d:Document {id: $id}) RETURN properties(d) AS p", id=paper.id)[0]["p"]
    assert props["title"] == paper.title and "paper_json" not in props
    assert not [k for k, v in props.items() if isinstance(v, str) and paper.text in v]


def test_resave_rebuilds_everything_from_stored_papers(g):
    for paper in all_papers():
        save_stored(g, paper)
    before = dump(g)
    assert graph.resave(g) == 4
    assert dump(g) == before


def test_control_characters_in_text_do_not_break_a_save(g):
    paper = update_2010()
    paper.items[1] = dataclasses.replace(paper.items[1], heading="Train\x00ing\r\n\x1b[0m\ttabs")
    graph.save_paper(g, paper)
    headings = [i["heading"] for i in graph.document(g, paper.id)["items"]]
    # FalkorDB reads queries as C strings: a NUL becomes U+FFFD (one character, so spans still fit)
    assert headings[1] in ("Train\ufffding\r\n\x1b[0m\ttabs", "Train\x00ing\r\n\x1b[0m\ttabs")


def test_messy_extraction_is_stored_without_crashing(g):
    from ingest.model import Action, Mention, PersonEntry

    paper = board_2008()
    paper.attendees += [PersonEntry("", None), PersonEntry("  ", "."), PersonEntry("Dr", "Council", span=None)]
    paper.apologies.append(PersonEntry("Ian Dean", None))  # listed as attending and as sending apologies
    paper.mentions += [Mention("PERSON", " ", (0, 1)), Mention("ORG", ".", (0, 1)), Mention("WEIRD", "x", (0, 1))]
    paper.actions.append(Action(None, "Someone to do something", ["", "TBC", "all members"], (0, 5)))
    graph.save_paper(g, paper)
    assert graph.check(g)["ok"]
    m = graph.meeting(g, meeting_id(paper.id))
    assert {a["key"] for a in m["attendees"]} == {"derek myers", "alastair jeffery", "gareth jones", "ian dean"}
    assert "ian dean" in {a["key"] for a in m["apologies"]}
    [loose] = m["other_actions"]
    owners = {(o["key"], o["type"]) for o in loose["owners"]}
    assert owners == {("tbc", "organisation"), ("all members", "organisation")}
    assert graph.organisation(g, "all members")["group"] is True
