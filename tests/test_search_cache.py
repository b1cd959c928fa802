"""What makes searches fast must never make them stale or wrong: exact facet counts over every match,
kept results dropped by any commit (from this or another index object) or an edit of the curated
aliases, open searchers that see deletions, callers that cannot change what is kept, threads."""
from __future__ import annotations

import threading
from collections import Counter

import pytest

from ingest.model import Item, Mention, Paper
from search import open_index, whoosh_index


def make_paper(n: int, person: str, words: str = "secure email") -> Paper:
    heading = f"Item about {words}"
    text = f"Meeting {n}\n\n1) {heading}\n{person} spoke about {words}.\n"
    start = text.index("1)")
    return Paper(id=f"{n:064d}", filename=f"{n}.txt", kind="minutes" if n % 2 else "update",
                 title=f"Meeting {n}", date=f"{2005 + n % 4}-06-01", date_precision="day", body="The Board",
                 text=text, items=[Item("1", heading, (start, len(text)), (start, start + 3 + len(heading)))],
                 mentions=[Mention("PERSON", person, (text.index(person), text.index(person) + len(person)))])


PEOPLE = ["Dave Hill", "Ann Lee", "Raj Patel"]


@pytest.fixture
def index(tmp_path):
    ix = open_index(tmp_path)
    ix.add_papers([make_paper(n, PEOPLE[n % 3]) for n in range(30)])
    yield ix
    ix.close()


# Each paper matches "secure" as its one item: the paper itself is not listed beside its own item
# (search.ranked.without_repeated_papers), so 30 papers make 30 hits.


def test_facets_count_every_match_not_only_the_page(index):
    one_per_page = index.query("secure", per_page=1)
    everything = index.query("secure", per_page=500)
    assert one_per_page.total == everything.total == 30 and len(one_per_page.hits) == 1
    assert one_per_page.facets == everything.facets
    assert dict(everything.facets["person"]) == {"Dave Hill": 10, "Ann Lee": 10, "Raj Patel": 10}
    assert dict(everything.facets["year"]) == dict(Counter(h.date[:4] for h in everything.hits))
    assert one_per_page.to_dict()["facets_capped"] is False


def test_a_commit_changes_what_a_repeated_search_answers(index):
    before = index.query("secure", filters={"person": "Ann Lee"})
    assert index.query("secure", filters={"person": "Ann Lee"}).total == before.total == 10
    index.add_paper(make_paper(100, "Ann Lee"))
    after = index.query("secure", filters={"person": "Ann Lee"})
    assert after.total == 11 and dict(after.facets["person"]) == {"Ann Lee": 11}
    index.remove_paper(make_paper(100, "Ann Lee").id)
    assert index.query("secure", filters={"person": "Ann Lee"}).total == 10
    page_two = index.query("secure", page=2, per_page=5)
    index.add_papers([make_paper(n, "Zed Ox", words="fostering") for n in range(30)])  # replaces them all
    assert index.query("secure", page=2, per_page=5).total == 0 != page_two.total


def test_another_writer_s_commits_are_seen_deletions_included(index):
    """Another index object on the same directory stands for another process (a CLI ingest)."""
    other = open_index(index.index_dir.parent)
    assert index.query("secure").total == 30  # this side now holds an open searcher
    other.add_paper(make_paper(200, "Dave Hill"))
    assert index.query("secure").total == 31
    other.remove_paper(make_paper(200, "Dave Hill").id)  # a commit that only deletes
    assert index.query("secure").total == 30
    other.remove_paper(make_paper(0, "Dave Hill").id)
    results = index.query("secure", per_page=500)
    assert results.total == 29 and make_paper(0, "x").id not in {h.doc_id for h in results.hits}
    other.close()


def test_editing_the_curated_aliases_changes_a_repeated_search(index, tmp_path):
    assert index.query('"Secure Mail Service"').total == 0
    (tmp_path / "curated").mkdir()
    (tmp_path / "curated" / "aliases.yaml").write_text("aliases:\n  secure email: [Secure Mail Service]\n")
    assert index.query('"Secure Mail Service"').total == 30


def test_a_caller_cannot_change_what_is_kept(index):
    first = index.query("secure", per_page=3)
    first.hits[0].people.append("Nobody")
    first.hits.pop()
    first.facets["person"].clear()
    again = index.query("secure", per_page=3)
    assert len(again.hits) == 3 and "Nobody" not in again.hits[0].people and again.facets["person"]


def test_pages_past_what_a_kept_search_holds(index, monkeypatch):
    monkeypatch.setattr(whoosh_index, "KEEP_RANKED", 4)
    everything = [h.id for h in index.query("secure", sort="date", per_page=500).hits]
    index.query("secure", sort="date", per_page=2)  # kept: the first 4 only
    pages = [[h.id for h in index.query("secure", sort="date", page=p, per_page=2).hits] for p in range(1, 16)]
    assert [i for page in pages for i in page] == everything


def test_threads_searching_at_once_get_what_one_thread_gets(index):
    queries = [("secure", None), ("email", {"person": "Raj Patel"}), ("person:hill", None), ("*", {"kind": "update"}),
               ('"secure email"', None), ("NOT fostering", None), ("secure", {"year": "2006"})]
    expected = {(q, str(f)): index.query(q, filters=f).to_dict() for q, f in queries}
    index._ranked.clear()
    index._pages.clear()
    failures: list[str] = []

    def work(offset: int) -> None:
        for i in range(40):
            q, f = queries[(i + offset) % len(queries)]
            if index.query(q, filters=f).to_dict() != expected[(q, str(f))]:
                failures.append(q)
            if i % 10 == 0:
                index._ranked.clear()  # make the threads search, not only read what is kept

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []


def test_kept_values_are_bounded_by_number_and_by_weight():
    from search.cache import LRU

    kept: LRU[str] = LRU(3, max_weight=10, weigh=len)
    kept.put("a", "xxxx")
    kept.put("b", "xxxx")
    assert kept.get("a") == "xxxx"  # now the most recently used
    kept.put("c", "xxxx")  # 12 > 10: the least recently used goes
    assert kept.get("b") is None and kept.get("a") and kept.get("c") and len(kept) == 2
    kept.put("d", "y")
    kept.put("e", "y")  # a fourth value: the least recently used goes
    assert kept.get("a") is None and len(kept) == 3
    kept.put("big", "z" * 50)  # heavier than the limit alone: kept, alone
    assert len(kept) == 1 and kept.get("big")
    assert LRU(0).put("k", "v") == "v" and len(LRU(0)) == 0


def test_threads_asking_for_one_missing_value_make_it_once():
    """At a server's start every thread's first search wanted the same per-segment tables and each
    built them (10k papers: 17.6 s for five threads against 6 s for one): now one makes, the rest wait."""
    from search.cache import LRU

    kept: LRU[str] = LRU(10)
    made: list[str] = []
    started, release = threading.Event(), threading.Event()

    def slow() -> str:
        made.append("x")
        started.set()
        release.wait(5)
        return "value"

    got: list[str] = []
    first = threading.Thread(target=lambda: got.append(kept.get_or_make("k", slow)))
    first.start()
    started.wait(5)
    others = [threading.Thread(target=lambda: got.append(kept.get_or_make("k", slow))) for _ in range(4)]
    for t in others:
        t.start()
    release.set()
    for t in [first, *others]:
        t.join(5)
    assert got == ["value"] * 5 and made == ["x"]


def test_a_failed_or_nested_make_neither_hangs_nor_sticks():
    from search.cache import LRU

    kept: LRU[int] = LRU(10)
    with pytest.raises(ValueError):
        kept.get_or_make("k", lambda: int("x"))
    assert kept.get_or_make("k", lambda: 1) == 1  # the failure left nothing in flight
    # a make that asks for its own key again (same thread) makes it itself instead of waiting on itself
    assert kept.get_or_make("n", lambda: kept.get_or_make("n", lambda: 2) + 1) == 3
    unkept: LRU[int] = LRU(0)  # keeps nothing: every ask makes the value
    assert [unkept.get_or_make("k", lambda: 5) for _ in range(2)] == [5, 5]


def test_warming_reads_every_segment_ahead_and_changes_no_answer(tmp_path):
    from search import tables

    index = open_index(tmp_path)
    assert index.warm() == 1  # an empty index: one empty reader, nothing to read
    for n in range(3):  # three commits
        index.add_papers([make_paper(10 * n + k, PEOPLE[k]) for k in range(3)])
    before = index.query("secure", per_page=50).to_dict()
    index._ranked.clear()
    index._pages.clear()
    segments = index.warm()
    with index._searchers.borrow() as (_, s):
        ids = [tables.segment_key(sub.reader()) for sub, _ in s.leaf_searchers()]
    assert segments == len(ids) >= 1
    assert all(tables._tables.get((i, "values", "person_facet")) is not None for i in ids)
    assert index.query("secure", per_page=50).to_dict() == before
    index.close()


def test_tables_warmed_before_an_index_is_opened_serve_it(tmp_path):
    """The server's master warms the tables (search.whoosh_index.warm_tables) and closes the index before
    forking its workers; an index opened afterwards in the same process finds them made."""
    from search import tables
    from search.whoosh_index import warm_tables

    assert warm_tables(tmp_path / "nothing") == 0 and not (tmp_path / "nothing").exists()  # nothing created
    index = open_index(tmp_path)
    for n in range(2):
        index.add_papers([make_paper(10 * n + k, PEOPLE[k]) for k in range(3)])
    before = index.query("secure", per_page=50).to_dict()
    index.close()
    tables._tables.clear()
    assert warm_tables(tmp_path) >= 1
    index = open_index(tmp_path)
    with index._searchers.borrow() as (_, s):
        ids = [tables.segment_key(sub.reader()) for sub, _ in s.leaf_searchers()]
    assert all(tables._tables.get((i, "values", "person_facet")) is not None for i in ids)
    assert index.query("secure", per_page=50).to_dict() == before
    index.close()


def test_the_server_warms_the_index_in_the_background_at_start(ingested_app):
    from search import tables
    from webapp.app_archive import warm_in_background

    tables._tables.clear()
    warm_in_background(ingested_app).join(60)
    index = ingested_app.extensions["archive"].index
    with index._searchers.borrow() as (_, s):
        ids = [tables.segment_key(sub.reader()) for sub, _ in s.leaf_searchers() if sub.reader().doc_count_all()]
    assert ids and all(tables._tables.get((i, "values", "person_facet")) is not None for i in ids)
