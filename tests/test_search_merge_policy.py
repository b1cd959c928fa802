"""The capped merge policy on a real index (tmp_path): many small commits never build a segment
over the cap, every paper stays findable, and `optimize` (`reindex --optimize`) merges all into one
with the same answers."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from search import SearchIndex
from search.index_lock import index_dir
from search.merge_policy import capped_merge
from tests.test_search_index import build_paper
from webapp.cli import cli

CAP = 100  # entries; each paper below is 3 (paper, item, action)
PAPERS = 120
WORDS = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet"]


def paper(n: int, heading: str = "Plan"):
    """Paper n: one item, one action; `WORDS[n % 10]` is written in 12 papers, `tag<n>` in one."""
    word = WORDS[n % len(WORDS)]
    return build_paper(f"p{n:03d}", title=f"Minutes {n}", date=f"2008-{n % 12 + 1:02d}-10", kind="minutes",
                       body="Board", sections=[("1", heading, f"The {word} tag{n} report was noted.",
                                                [(f"Circulate the {word} report", [], "open")])])


def answers(ix: SearchIndex) -> list:
    """What a fixed set of searches answers: every hit in order, totals and facets."""
    queries = WORDS + ["report", "circulate", "tag7 OR tag77", "type:action report", "Replanned"]
    out = []
    for q in queries:
        r = ix.query(q, per_page=1000)
        out.append((q, r.total, [(h.id, h.type) for h in r.hits], r.facets))
    return out


@pytest.fixture
def grown(tmp_path: Path) -> SearchIndex:
    """An index grown by one commit per paper (then 10 papers replaced, 10 removed), checking the
    segments after every commit."""
    ix = SearchIndex(tmp_path / "index", merge_cap=CAP)
    for n in range(PAPERS):
        ix.add_paper(paper(n))
        assert max(ix.segment_sizes()) <= CAP, (n, ix.segment_sizes())
    for n in range(0, 20, 2):
        ix.add_paper(paper(n, heading="Replanned"))
        ix.remove_paper(paper(n + 1).id)
        assert max(ix.segment_sizes()) <= CAP, (n, ix.segment_sizes())
    yield ix
    ix.close()


def test_commits_merge_small_segments_but_never_over_the_cap(grown):
    sizes = grown.segment_sizes()
    assert len(sizes) < 30  # 130 commits were merged into a few segments...
    assert sum(1 for s in sizes if s > CAP // 2) >= 2  # ...some of them big, and none over the cap


def test_every_paper_is_found_after_the_merges(grown):
    assert grown.doc_count() == PAPERS - 10
    for n in range(PAPERS):
        hits = grown.query(f"tag{n}", per_page=10).hits
        expected = set() if n < 20 and n % 2 else {paper(n).id}
        assert {h.doc_id for h in hits} == expected, n
        assert [h.type for h in hits] == ([] if not expected else ["item"])  # the tag is in the item's prose
    replaced = {paper(n).id for n in range(0, 20, 2)}
    assert {h.doc_id for h in grown.query("Replanned", per_page=100).hits} == replaced
    planned = {h.doc_id for h in grown.query("heading:plan", per_page=200).hits}
    assert len(planned) == PAPERS - 20 and not replaced & planned  # the replaced papers' old entries are gone


def test_optimize_merges_everything_into_one_with_the_same_answers(grown):
    before = answers(grown)
    segments = len(grown.segment_sizes())
    assert grown.optimize() == segments > 1
    assert grown.segment_sizes() == [3 * (PAPERS - 10)]  # removed entries dropped too
    assert answers(grown) == before


def test_the_policy_drops_segments_with_nothing_live_and_refuses_a_nonsense_cap(tmp_path):
    with pytest.raises(ValueError):
        capped_merge(cap=1)
    ix = SearchIndex(tmp_path / "index", merge_cap=CAP)
    try:
        ix.add_paper(paper(1))
        ix.add_paper(paper(2))
        ix.remove_paper(paper(1).id)
        ix.add_paper(paper(3))
        assert ix.segment_sizes() == [3, 3]  # paper 1's segment held nothing live and is gone
    finally:
        ix.close()


def test_reindex_optimize_from_the_command_line(tmp_path):
    data_dir = tmp_path / "data"
    ix = SearchIndex(index_dir(data_dir), data_dir, merge_cap=CAP)
    for n in range(5):
        ix.add_paper(paper(n))
    ix.close()
    runner = CliRunner()
    both = runner.invoke(cli, ["--data-dir", str(data_dir), "reindex", "--optimize", "--missing"])
    assert both.exit_code == 2 and "not both" in both.output
    done = runner.invoke(cli, ["--data-dir", str(data_dir), "reindex", "--optimize"])
    assert done.exit_code == 0, done.output
    assert done.output == "merged 5 index segments into one\n"
    ix = SearchIndex(index_dir(data_dir), data_dir)
    try:
        assert ix.segment_sizes() == [15] and ix.query("tag3").total == 1
    finally:
        ix.close()
