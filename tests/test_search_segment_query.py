"""search.segment_query answers exactly what Whoosh's own search answers: the same entries, the same
scores (up to the order floating-point sums are added in), on a real index of several segments
with deleted entries, for every query shape the compiler makes and the odd ones it might."""
from __future__ import annotations

import math
import random
from datetime import datetime

import pytest
from whoosh import query as wq
from whoosh.filedb.filestore import FileStorage

from ingest.model import Item, Paper
from search.compile import Compiler
from search.documents import paper_documents
from search.querylang import parse_query
from search.ranked import find
from search.schema import INDEX_NAME, build_schema
from search.whoosh_index import SearchIndex

WORDS = ("secure email review reviews reviewed safeguarding safeguard safeguards training fostering private "
         "child death panel case serious police health consultation funding datasets guidance report "
         "board meeting minutes action update").split()
PHRASES = ("secure email", "serious case review", "case by case", "child death review panel", "private fostering")


def paper(rng: random.Random, n: int) -> Paper:
    """A paper of a few numbered items of random words and phrases (so each gives 1 + items entries)."""
    text, items = "", []
    for number in range(1, rng.randint(2, 5)):
        start = len(text)
        heading = " ".join(rng.choice(WORDS) for _ in range(3)).capitalize()
        words = [rng.choice(PHRASES) if rng.random() < 0.15 else rng.choice(WORDS) for _ in range(rng.randint(5, 60))]
        text += f"{number}) {heading}\n{' '.join(words)}.\n\n"
        items.append(Item(str(number), heading, (start, len(text)), (start, start + len(heading) + 3)))
    year = 2004 + n % 8
    return Paper(id=f"{n:064d}", filename=f"p{n}.txt", kind=("minutes", "update", "workplan")[n % 3],
                 title=f"Paper {n} {rng.choice(WORDS)}", date=None if n % 11 == 0 else f"{year}-0{1 + n % 9}-15",
                 body=("LSCB Chairs", "The Board")[n % 2], text=text, items=items)


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    """Four segments (commits that do not merge), some entries deleted and re-added."""
    data_dir = tmp_path_factory.mktemp("evaluate")
    (data_dir / "index").mkdir()
    ix = FileStorage(str(data_dir / "index")).create_index(build_schema(), indexname=INDEX_NAME)
    rng = random.Random(7)
    papers = [paper(rng, n) for n in range(120)]
    for batch in range(4):
        writer = ix.writer()
        for p in papers[batch * 30:(batch + 1) * 30]:
            for doc in paper_documents(p):
                writer.add_document(**doc)
        writer.commit(merge=False)
    writer = ix.writer()
    for p in papers[::7]:  # deletions spread over every segment, some papers added again at the end
        writer.delete_by_term("doc_id", p.id)
    for p in papers[::14]:
        for doc in paper_documents(p):
            writer.add_document(**doc)
    writer.commit(merge=False)
    ix.close()
    search_index = SearchIndex(data_dir / "index", data_dir)
    yield search_index
    search_index.close()


@pytest.fixture
def searcher(index):
    with index._searchers.borrow() as (_, s):
        yield s


def test_the_fixture_has_segments_and_deletions(searcher):
    assert len(searcher.leaf_searchers()) >= 4
    assert any(sub.reader().has_deletions() for sub, _ in searcher.leaf_searchers())


def whoosh_answer(searcher, q: wq.Query) -> dict[int, float]:
    """Whoosh's own (entry -> score), less deleted entries: its InverseMatcher (NOT) returns a deleted
    entry that follows the last entry of the negated part (see the test of that below)."""
    found = searcher.search(q, limit=None).top_n
    return {docnum: score for score, docnum in found if not searcher.reader().is_deleted(docnum)}


def assert_same(searcher, q: wq.Query) -> int:
    expected = whoosh_answer(searcher, q)
    matches = find(searcher, q)
    got = dict(zip(matches.docnums.tolist(), matches.scores.tolist()))
    assert got.keys() == expected.keys(), q
    for docnum, score in expected.items():
        assert math.isclose(got[docnum], score, rel_tol=1e-12), (q, docnum, got[docnum], score)
    return len(expected)


COMPILED = ["secure email", '"secure email"', "review", "reviewing", "safeguard*", "safeguards*", "saf?guarding",
            "fost*", "NOT training", "safeguarding -training", "(fostering OR funding) AND safeguarding",
            "secure email OR guidance", '"case by case"', '"serious case review" police', '"child death" OR panel',
            "date:2007..2008", "date:>=2009-06", "date:<2006", "date:2008 training", "year:2010 review",
            "kind:minutes training", 'body:"LSCB Chairs" funding', "title:paper", "heading:secure", "*",
            "* NOT secure", "nosuchword", "secure nosuchword", "zz*"]


@pytest.mark.parametrize("text", COMPILED)
def test_compiled_queries_match_whoosh(index, searcher, text):
    compiled = Compiler(searcher.schema, index.aliases, searcher.reader()).compile(parse_query(text).node)
    assert compiled.query is not None
    assert_same(searcher, compiled.query)


HANDMADE = [
    wq.Term("text", "secur", boost=2.5),
    wq.Term("type", "item"),  # not scorable: the weight is the score
    wq.Term("nosuchfield", "x"),
    wq.Or([wq.Term("text", "secur"), wq.Term("title", "paper")]),  # two parts: a tree of unions
    wq.Or([wq.Term("text", w) for w in ("secur", "email", "review", "fund")], boost=1.5),
    wq.And([wq.Term("text", "secur"), wq.Term("text", "email")], boost=0.5),
    wq.Phrase("text", ["case", "case"]),
    wq.Phrase("text", ["seriou", "case", "review"], boost=3.0),
    wq.Phrase("text", ["email", "secur"]),
    wq.Phrase("text", ["secur", "nosuchword"]),
    wq.Phrase("text", ["secur", "email"], slop=2),  # handed to Whoosh
    wq.Prefix("text", "safeguard", constantscore=False),
    wq.Prefix("text", "fost"),  # one word: a plain term
    wq.Wildcard("text", "revie?"),
    wq.TermRange("year", "2005", "2007"),
    wq.Every(),
    wq.Every("text"),  # handed to Whoosh
    wq.Not(wq.Term("text", "secur")),
    wq.Require(wq.Term("text", "review"), wq.Term("kind", "minutes")),
    wq.AndNot(wq.Term("text", "review"), wq.Term("text", "secur")),
    wq.DisjunctionMax([wq.Term("text", "secur"), wq.Term("title", "secur")]),  # handed to Whoosh
    wq.DateRange("date", datetime(2006, 1, 1), datetime(2008, 6, 30), startexcl=True),
    wq.DateRange("date", None, datetime(2007, 1, 1)),
    wq.ConstantScoreQuery(wq.Term("text", "review"), 4.0),
    wq.NullQuery,
]


@pytest.mark.parametrize("q", HANDMADE, ids=repr)
def test_every_kind_of_query_matches_whoosh(searcher, q):
    assert_same(searcher, q)


@pytest.mark.parametrize("matcher_type", [wq.Or.DEFAULT_MATCHER, wq.Or.ARRAY_MATCHER])
def test_both_ways_whoosh_unions_score(index, searcher, monkeypatch, matcher_type):
    """Whoosh picks a union per segment size (over 5,000 entries: a tree); force each everywhere."""
    monkeypatch.setattr(wq.Or, "matcher_type", matcher_type)
    compiled = Compiler(searcher.schema, index.aliases, searcher.reader()).compile(parse_query("secure review").node)
    for q in [wq.Or([wq.Term("text", w) for w in ("secur", "email", "review")]), wq.Prefix("text", "safeguard"),
              compiled.query]:
        assert assert_same(searcher, q) > 0


def test_the_search_pages_follow_whoosh_order(index, searcher):
    for text in ("secure email", "review", '"case by case"', "safeguard*"):
        compiled = Compiler(searcher.schema, index.aliases, searcher.reader()).compile(parse_query(text).node)
        expected = sorted(whoosh_answer(searcher, compiled.query).items(), key=lambda ds: (-ds[1], ds[0]))
        fields = {d: searcher.stored_fields(d) for d, _ in expected}
        with_items = {f["doc_id"] for f in fields.values() if f["type"] == "item"}
        # less the papers one of whose items matched too (search.ranked.without_repeated_papers)
        expected = [(d, s) for d, s in expected
                    if not (fields[d]["type"] == "paper" and fields[d]["doc_id"] in with_items)]
        assert len(expected) < len(fields)
        hits = index.query(text, per_page=1000).hits
        assert len(hits) == len(expected)
        for hit, (docnum, score) in zip(hits, expected):
            if hit.id != searcher.stored_fields(docnum)["id"]:  # only a tie may be broken differently
                assert math.isclose(hit.score, score, rel_tol=1e-12)



def test_not_never_brings_back_a_replaced_entry(tmp_path):
    """Whoosh's own NOT does: after a paper is replaced, `NOT x` listed the old entries (its
    InverseMatcher stops checking for deleted entries once the negated part runs out)."""
    from search import open_index

    index = open_index(tmp_path)
    papers = [Paper(id=f"{n:064d}", filename=f"{n}.txt", kind="other", title=f"Paper {n}",
                    text=("apple" if n in (0, 2, 3) else "pear") + f" text {n}") for n in range(6)]
    index.add_papers(papers)
    index.add_papers([Paper(id=f"{3:064d}", filename="3.txt", kind="other", title="Paper 3", text="plum"),
                      Paper(id=f"{4:064d}", filename="4.txt", kind="other", title="Paper 4", text="plum")])
    hits = index.query("NOT apple", per_page=50).hits
    assert sorted(h.text for h in hits) == ["pear text 1", "pear text 5", "plum", "plum"]
    index.close()
