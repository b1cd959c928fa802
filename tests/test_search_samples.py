"""The board's own sample papers, extracted for real and searched the way officers search."""
from __future__ import annotations

import pytest

from ingest.ids import item_id
from search import SearchIndex, open_index

MEETING_2007 = "000_a5aa0fdb1b97abc4.txt"
CHAIRS_2010 = "001_7bfa9257493d56a8.txt"
STEERING_2007 = "003_dee409f7c6fc72ce.txt"


@pytest.fixture(scope="module")
def samples(sample_papers):
    return sample_papers


@pytest.fixture(scope="module")
def index(tmp_path_factory, samples) -> SearchIndex:
    ix = open_index(tmp_path_factory.mktemp("samples"))
    assert ix.rebuild(samples.values()) == len(samples)
    yield ix
    ix.close()


def test_secure_email_ranks_the_october_2007_item_first(index, samples):
    paper = samples[MEETING_2007]
    top = index.query("secure email").hits[0]
    number_4 = next(i for i, it in enumerate(paper.items) if it.number == "4")
    assert (top.type, top.id, top.date) == ("item", item_id(paper.id, "4", number_4), "2007-10-31")
    assert "<mark>Secure</mark> <mark>emails</mark>" in top.snippet


def test_serious_case_review_actions_by_topic_and_by_acronym(index, samples):
    results = index.query('type:action topic:"serious case reviews"', per_page=100)
    by_topic = {h.id for h in results.hits}
    assert all(h.type == "action" and "serious case reviews" in h.topics for h in results.hits)
    item_6 = {h.id for h in index.query("type:action", filters={"year": "2007"}, per_page=100).hits
              if h.doc_id == samples[MEETING_2007].id and h.number == "6"}
    assert len(item_6) == 4 and item_6 <= by_topic
    assert any(h.doc_id == samples[CHAIRS_2010].id for h in results.hits)
    assert {h.id for h in index.query("type:action topic:SCR", per_page=100).hits} == by_topic


def test_acronym_finds_the_panel_item(index, samples):
    top = index.query("CDRP").hits[0]
    assert top.doc_id == samples[MEETING_2007].id and top.number == "2"
    assert index.query('"child death review panels"').hits[0].id == top.id


def test_misspelt_name_gets_a_suggestion(index):
    assert index.query("Izekur").suggestion == "Izekor"
    assert index.query("person:Izekor").total > 0


def test_person_and_type(index):
    texts = [h.text for h in index.query('person:"Dave Hill" type:action', per_page=50).hits]
    assert any(t.startswith("Dave Hill to sponsor the draft letter") for t in texts)


def test_dates_facets_and_sort(index, samples):
    in_2007 = index.query("date:2007", per_page=500)
    assert {h.doc_id for h in in_2007.hits} == {samples[MEETING_2007].id, samples[STEERING_2007].id}
    everything = index.query("*", per_page=500)
    assert everything.total == index.entry_count()
    assert {year for year, _ in everything.facets["year"]} == {"2004", "2007", "2010"}
    assert dict(everything.facets["type"])["paper"] == 5
    dates = [h.date for h in index.query("*", sort="date", per_page=500).hits]
    assert dates == sorted(dates, reverse=True)
