"""People and organisations resolved across papers, candidates for an admin, and curation."""
from __future__ import annotations

import json

import pytest

import graph
from graph import curation
from graph.errors import GraphError
from graph.possible_duplicates import candidate_pairs
from ingest.resolve import base_person_key
from ingest.ids import meeting_id
from graph_fixtures import (  # noqa: F401  (fixtures)
    all_papers, board_2008, chairs_2010, dump, g, make_paper, save_stored,
)


@pytest.fixture
def loaded(g):
    for paper in all_papers():
        save_stored(g, paper)
    return g


def keys_of(rows):
    return {r["key"] for r in rows}


@pytest.mark.parametrize("written", [
    "Alastair Jeffrey", "alastair  jeffrey", "Cllr Alastair Jeffrey", "Alastair Jeffrey (AJ)",
    "DCI Alastair Jeffrey", "ALASTAIR JEFFREY.", "Alastair\nJeffrey",
])
def test_written_variants_share_one_key(written):
    assert base_person_key(written) == "alastair jeffrey"


def test_variants_across_papers_are_one_person(loaded):
    p = graph.person(loaded, "alastair jeffrey")
    assert p["name"] == "Alastair Jeffrey"
    assert {"Alastair Jeffrey", "Cllr Alastair Jeffrey"} <= set(p["aliases"])
    assert [m["date"] for m in p["attended"]] == ["2010-01-21", "2007-10-31"]
    assert [m["role"] for m in p["attended"]] == ["chair", "member"]
    assert {a["text"] for a in p["actions"]} == {
        "Alastair Jeffrey (AJ) to write to all LSCB Chairs about FGM",
        "Alastair Jeffrey and Dave Hill to agree an FGM protocol"}
    assert graph.person(loaded, "cllr-alastair-jeffrey") is None  # no second node for the variant


def test_people_sharing_a_surname_or_initials_stay_apart(loaded):
    for key in ("sally jones", "gareth jones", "derek myers", "diane mills", "dave hill", "david hill"):
        assert graph.person(loaded, key)["key"] == key
    assert graph.person(loaded, "sally jones")["candidates"] == []
    assert graph.person(loaded, "dave hill")["candidates"] == []  # "dave"/"david" is not one edit


def test_a_typo_is_a_candidate_not_a_merge(loaded):
    typo = graph.person(loaded, "alastair jeffery")
    assert typo is not None and [m["date"] for m in typo["attended"]] == ["2008-03-05"]
    assert [c["key"] for c in typo["candidates"]] == ["alastair jeffrey"]
    assert 0.8 < typo["candidates"][0]["score"] < 1
    pairs = curation.candidates(loaded)
    assert [(c["a_key"], c["b_key"]) for c in pairs] == [("alastair jeffery", "alastair jeffrey")]


def test_candidate_rule():
    keys = ["alastair jeffrey", "alastair jeffery", "alistair jeffrey", "sally jones", "gareth jones",
            "jo hawley", "jon hawley", "dave hill", "dave hall", "dm", "d hill"]
    pairs = {(r["a"], r["b"]) for r in candidate_pairs(keys, keys)}
    assert pairs == {("alastair jeffery", "alastair jeffrey"), ("alastair jeffrey", "alistair jeffrey"),
                     ("dave hall", "dave hill")}
    rejected = {frozenset(("dave hall", "dave hill"))}
    assert ("dave hall", "dave hill") not in {(r["a"], r["b"]) for r in candidate_pairs(keys, keys, rejected)}


def test_organisation_aliases_and_acronyms(loaded):
    met = graph.organisation(loaded, "metropolitan police")
    assert met["name"] == "Metropolitan Police"
    assert {"Met Police", "MPS", "Metropolitan Police Service"} <= set(met["aliases"])
    assert keys_of(met["people"]) == {"alastair jeffrey", "alastair jeffery"}
    gol = graph.organisation(loaded, "government-office-for-london")  # by slug
    assert gol["name"] == "Government Office for London" and "GOL" in gol["aliases"]
    chairs = graph.organisation(loaded, "chairs")
    assert chairs["group"] is True and [a["text"] for a in chairs["actions"]] == [
        "Chairs to share learning from each SCR"]


def test_affiliations_follow_people_over_time(loaded):
    orgs = {o["key"]: (o["first_seen"], o["last_seen"]) for o in graph.person(loaded, "dave hill")["organisations"]}
    assert orgs == {"nhs london": ("2010-01-21", "2010-01-21"), "merton lscb": ("2007-10-31", "2008-03-05")}
    assert [o["key"] for o in graph.person(loaded, "dave hill")["organisations"]] == ["nhs london", "merton lscb"]


# ---- curation ------------------------------------------------------------------------------


def test_merge_survives_reingest_and_undo_restores(loaded):
    g = loaded
    before = dump(g)
    rec = curation.record(g, "merge", {"source": "alastair jeffery", "target": "alastair jeffrey"}, who="admin@board")
    assert graph.person(g, "alastair jeffery") is None
    merged = graph.person(g, "alastair jeffrey")
    assert [m["date"] for m in merged["attended"]] == ["2010-01-21", "2008-03-05", "2007-10-31"]
    assert "Alastair Jeffery" in merged["aliases"] and merged["candidates"] == []

    save_stored(g, board_2008())  # re-ingest: the decision still applies
    assert graph.person(g, "alastair jeffery") is None
    assert len(graph.person(g, "alastair jeffrey")["attended"]) == 3

    log = [json.loads(line) for line in (g.data_dir / "curation.jsonl").read_text().splitlines()]
    assert log[0]["id"] == rec["id"] and log[0]["who"] == "admin@board" and log[0]["action"] == "merge"
    assert log[0]["args"] == {"source": "alastair jeffery", "target": "alastair jeffrey",
                              "target_name": "Alastair Jeffrey"} and log[0]["when"]
    assert merged["name"] == "Alastair Jeffrey"  # the target keeps its name
    assert {"doc-board-2007", "doc-board-2008", "doc-chairs-2010"} <= set(rec["docs"])  # to re-index

    curation.undo(g, rec["id"], who="admin@board")
    assert dump(g) == before
    assert [h["undone"] for h in curation.history(g.data_dir)] == [True, False]


def test_split_moves_one_papers_facts_to_another_person(loaded):
    g = loaded
    before = dump(g)
    rec = curation.record(g, "split", {"key": "dave hill", "doc_ids": ["doc-chairs-2010"], "new_key": "Dave Hill NHS"}, who="admin")
    assert [m["date"] for m in graph.person(g, "dave hill")["attended"]] == ["2007-10-31"]
    other = graph.person(g, "dave hill nhs")
    assert [m["meeting_id"] for m in other["attended"]] == [meeting_id("doc-chairs-2010")]
    save_stored(g, chairs_2010())
    assert graph.person(g, "dave hill nhs") is not None
    curation.undo(g, rec["id"], who="admin")
    assert dump(g) == before


def test_rename_and_alias_organisations(g):
    barnet_a = make_paper("doc-a", title="Barnet LSCB Meeting", date="2009-01-01", body="Barnet LSCB",
                          attendees=[("Ann Smith", "Barnet Safeguarding Board", None)])
    barnet_b = make_paper("doc-b", title="Barnet LSCB Meeting", date="2009-02-01", body="Barnet LSCB",
                          attendees=[("Bob Brown", "Barnet LSCB", None)])
    save_stored(g, barnet_a)
    save_stored(g, barnet_b)
    assert graph.organisation(g, "barnet safeguarding board") is not None
    rec = curation.record(g, "alias_org", {"alias": "Barnet Safeguarding Board", "target": "barnet lscb"}, who="admin")
    assert g.run("MATCH (o:Organisation {key: $key}) RETURN o.key AS key", key="barnet safeguarding board") == []
    assert graph.organisation(g, "Barnet Safeguarding Board")["key"] == "barnet lscb"  # the alias finds it
    org = graph.organisation(g, "barnet lscb")
    assert keys_of(org["people"]) == {"ann smith", "bob brown"}
    assert "Barnet Safeguarding Board" in org["aliases"]
    # a paper ingested after the decision is curated too
    save_stored(g, make_paper("doc-c", title="Barnet LSCB Meeting", date="2009-03-01", body="Barnet LSCB",
                                   attendees=[("Cy Dee", "Barnet Safeguarding Board", None)]))
    assert "cy dee" in keys_of(graph.organisation(g, "barnet lscb")["people"])

    ren = curation.record(g, "rename_org", {"key": "barnet lscb", "name": "Barnet Safeguarding Children Board"}, who="admin")
    assert graph.organisation(g, "barnet lscb")["name"] == "Barnet Safeguarding Children Board"
    save_stored(g, barnet_b)
    assert graph.organisation(g, "barnet lscb")["name"] == "Barnet Safeguarding Children Board"
    curation.undo(g, ren["id"], who="admin")
    assert graph.organisation(g, "barnet lscb")["name"] == "Barnet LSCB"  # the alias target keeps its name
    curation.undo(g, rec["id"], who="admin")
    assert keys_of(graph.organisation(g, "barnet safeguarding board")["people"]) == {"ann smith", "cy dee"}


def test_rejected_candidate_stays_rejected(loaded):
    g = loaded
    rec = curation.record(g, "reject_candidate", {"a": "alastair jeffery", "b": "alastair jeffrey"}, who="admin")
    assert curation.candidates(g) == []
    save_stored(g, board_2008())
    assert curation.candidates(g) == []
    curation.undo(g, rec["id"], who="admin")
    assert len(curation.candidates(g)) == 1


@pytest.mark.parametrize("action, args, message", [
    ("merge", {"source": "nobody here", "target": "dave hill"}, "No person with key 'nobody here'"),
    ("merge", {"source": "dave hill", "target": "dave hill"}, "loop"),
    ("merge", {"source": "dave hill"}, "needs target"),
    ("split", {"key": "dave hill", "doc_ids": ["no-such-doc"], "new_key": "x y"}, "No document"),
    ("rename_org", {"key": "nope", "name": "X"}, "No organisation"),
    ("explode", {}, "Unknown curation action"),
])
def test_bad_decisions_are_refused_with_a_sentence(loaded, action, args, message):
    with pytest.raises(GraphError, match=message):
        curation.record(loaded, action, args, who="admin")
    assert curation.history(loaded.data_dir) == []


def test_undo_needs_a_real_record_and_a_name(loaded):
    rec = curation.record(loaded, "merge", {"source": "alastair jeffery", "target": "alastair jeffrey"}, who="admin")
    with pytest.raises(GraphError, match="who"):
        curation.undo(loaded, rec["id"], who=" ")
    with pytest.raises(GraphError, match="No curation record"):
        curation.undo(loaded, "ffffffffffff", who="admin")
    curation.undo(loaded, rec["id"], who="admin")
    with pytest.raises(GraphError, match="already undone"):
        curation.undo(loaded, rec["id"], who="admin")


def test_corrupt_curation_log_is_reported_by_line(loaded):
    (loaded.data_dir / "curation.jsonl").write_text('{"id": "x"\n')
    with pytest.raises(GraphError, match="line 1 is not valid JSON"):
        save_stored(loaded, board_2008())
