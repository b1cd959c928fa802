"""Owners' kinds and actions' items are decided once, in ingest; the graph and the index read them."""
from __future__ import annotations

from pathlib import Path

import pytest

from graph.facts import build_facts
from ingest.curation import resolvers
from ingest.ids import action_id
from ingest.model import OWNER_KINDS, UNDECIDED, Paper
from ingest.names import clean_text
from ingest.owner_kinds import owners_of
from ingest.pipeline import extract_file
from ingest.resolve import base_person_key
from search.documents import paper_documents

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.fixture(scope="module")
def papers() -> list[Paper]:
    return [extract_file(p) for p in sorted(SAMPLES.glob("*.txt"))]


def _stored_before_the_contract(paper: Paper) -> Paper:
    """The paper as papers/<id>.json held it before kinds and parents were kept."""
    d = paper.to_dict()
    for a in d["actions"]:
        del a["owner_kinds"], a["parent"]
    return Paper.from_dict(d)


def test_ingest_gives_every_owner_a_kind_and_every_action_its_item(papers):
    actions = [a for p in papers for a in p.actions]
    assert all(len(a.owned_by) == len(a.owners) for a in actions)
    assert {o.kind for a in actions for o in a.owned_by} == set(OWNER_KINDS)  # the samples hold all three
    assert all(a.parent != UNDECIDED for a in actions)
    assert all(Paper.from_dict(p.to_dict()).to_dict() == p.to_dict() for p in papers)


def test_the_graph_files_each_owner_under_its_kind(papers):
    resolver = resolvers(None)
    for paper in papers:
        facts = build_facts(paper, resolver(paper))
        filed = {label: {(r["action_id"], r["props"]["name"]) for r in rows} for label, rows in facts.owns.items()}
        for index, action in enumerate(paper.actions):
            for owner in action.owned_by:
                if base_person_key(owner.name):
                    label = "Person" if owner.kind == "person" else "Organisation"
                    assert (action_id(paper.id, index), clean_text(owner.name)) in filed[label]


def test_a_paper_stored_before_kinds_were_kept_is_stored_and_indexed_alike(papers):
    resolver = resolvers(None)
    for paper in papers:
        old = _stored_before_the_contract(paper)
        assert all(not a.owned_by for a in old.actions if a.owners)
        fresh_facts, old_facts = build_facts(paper, resolver(paper)), build_facts(old, resolver(old))
        assert (old_facts.owns, old_facts.item_actions, old_facts.doc_actions) == \
               (fresh_facts.owns, fresh_facts.item_actions, fresh_facts.doc_actions)
        assert owners_of(old, resolver(old)) == owners_of(paper, resolver(paper))
        assert all(not a.owned_by for a in old.actions if a.owners)  # read, not rewritten
        assert paper_documents(old, resolver(old)) == paper_documents(paper, resolver(paper))
