"""SearchIndex.add_papers: many papers in one commit, with the results of add_paper one by one."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest

from ingest.model import Action, Item, Mention, Paper
from search import open_index, whoosh_index

QUERIES = ["secure email", '"secure email"', "review*", "CDRP", "child death review panels", "person:hill",
           "type:action", "NOT email", "*", "year:2008", "appendix", "annexe"]


def make_paper(n: int, *, words: str = "secure email review", acronym: bool = False) -> Paper:
    """A minutes paper: one item with one action, Dave Hill mentioned; optionally defining CDRP."""
    heading = "Child Death Review Panels (CDRP)" if acronym else f"Item {n}"
    text = f"Minutes {n}\n\n2) {heading}\nDave Hill spoke about {words} and the appendix.\n"
    item_start = text.index("2)")
    action_text = f"Dave Hill to circulate the {words} note."
    a_start = len(text)
    text += f"ACTION - {action_text}\n"
    return Paper(
        id=f"{n:064d}", filename=f"{n}.txt", kind="minutes", title=f"Board meeting {n}",
        date=f"{2005 + n % 5}-03-01", date_precision="day", body="The Board", text=text,
        items=[Item("2", heading, (item_start, len(text)), (item_start, item_start + 3 + len(heading)))],
        actions=[Action("2", action_text, ["Dave Hill"], (a_start, len(text) - 1), None)],
        mentions=[Mention("PERSON", "Dave Hill", (text.index("Dave Hill"), text.index("Dave Hill") + 9))],
        acronyms={"CDRP": "Child Death Review Panels"} if acronym else {},
    )


def snapshot(index) -> dict:
    """Everything a user could see of the index."""
    out = {"papers": index.doc_count(), "entries": index.entry_count(),
           "acronyms": json.loads((index.index_dir / "acronyms.json").read_text())
           if (index.index_dir / "acronyms.json").exists() else {}}
    for q in QUERIES:
        results = index.query(q, per_page=500).to_dict()
        out[q] = {"total": results["total"], "ids": sorted(h["id"] for h in results["hits"]),
                  "facets": results["facets"], "snippets": sorted(h["snippet"] for h in results["hits"])}
    return out


@pytest.fixture
def two(tmp_path):
    one_by_one, batched = open_index(tmp_path / "a"), open_index(tmp_path / "b")
    yield one_by_one, batched
    one_by_one.close()
    batched.close()


def history() -> list[Paper]:
    """Papers as an archive receives them: new ones, a changed version of one, a failed re-read of another."""
    papers = [make_paper(n, acronym=(n == 3)) for n in range(12)]
    changed = replace(make_paper(5, words="secure annexe"), text=make_paper(5).text.replace("appendix", "annexe"))
    failed = Paper(id=papers[7].id, filename="7.txt", status="failed", error="Could not read PDF")
    return papers + [changed, failed]


def test_one_batch_gives_what_one_paper_at_a_time_gives(two):
    one_by_one, batched = two
    for paper in history():
        one_by_one.add_paper(paper)
    assert batched.add_papers(history()) == 11  # 12 papers, one of which (7) failed last
    assert snapshot(batched) == snapshot(one_by_one)
    assert batched.doc_count() == 11 and batched.query("annexe").total > 0


def test_batches_on_top_of_an_index_replace_what_it_held(two):
    one_by_one, batched = two
    first, second = history()[:8], history()[8:]
    for paper in first + second:
        one_by_one.add_paper(paper)
    batched.add_papers(first)
    batched.add_papers(second)
    assert snapshot(batched) == snapshot(one_by_one)


def test_adding_the_same_batch_again_changes_nothing(tmp_path):
    index = open_index(tmp_path)
    papers = [make_paper(n, acronym=(n == 1)) for n in range(6)]
    assert index.add_papers(papers) == 6
    before = snapshot(index)
    assert index.add_papers(papers) == 6
    assert index.add_papers(iter(papers)) == 6  # any iterable
    assert snapshot(index) == before
    index.close()


def test_the_later_of_two_papers_with_one_id_wins(tmp_path):
    index = open_index(tmp_path)
    old, new = make_paper(1, words="secure email"), make_paper(1, words="private fostering")
    assert index.add_papers([old, new]) == 1
    assert index.doc_count() == 1 and index.entry_count() == 3
    # the item and its action (the paper is not listed beside its own item)
    assert index.query("fostering").total == 2 and index.query("secure").total == 0
    index.add_papers([new, Paper(id=new.id, filename="1.txt", status="failed", error="unreadable")])
    assert index.doc_count() == 0 and index.entry_count() == 0
    index.close()


def test_an_empty_batch_commits_nothing(tmp_path):
    index = open_index(tmp_path)
    index.add_papers([make_paper(1)])
    generation = index._ix.latest_generation()
    assert index.add_papers([]) == 0
    assert index._ix.latest_generation() == generation
    index.close()


def test_a_batch_is_seen_whole_or_not_at_all_by_another_reader(tmp_path, monkeypatch):
    """While add_papers is writing (here: half its papers added to the open writer), a search from
    a second index object, as from another process, sees the index as it was."""
    writer_side, reader_side = open_index(tmp_path), open_index(tmp_path)
    writer_side.add_papers([make_paper(n) for n in range(3)])
    seen_mid_batch = []
    real = whoosh_index.paper_documents

    def documents_watched(paper: Paper, *rest):  # the real documents; a look from outside half way
        if paper.id == make_paper(6).id:
            seen_mid_batch.append(reader_side.query("secure").total)
        return real(paper, *rest)

    monkeypatch.setattr(whoosh_index, "paper_documents", documents_watched)
    writer_side.add_papers([make_paper(n) for n in range(3, 9)])
    assert seen_mid_batch == [6]  # 3 papers x (item, action): a paper is not listed beside its own item
    assert reader_side.query("secure").total == 18
    writer_side.close()
    reader_side.close()
