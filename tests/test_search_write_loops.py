"""search/whoosh_write.py: Whoosh's segment-writing loops, faster, and one spell_text posting per word.

bench/index_equal.py compares whole indexes built with and without them (BENCHMARKS.md, "Index stage at
ingest"); these tests hold that they are installed, that what they write reads back as Whoosh's own
loops wrote it, and that the spelling field keeps its whole word list.
"""
from __future__ import annotations

from whoosh import writing
from whoosh.codec import base, whoosh3
from whoosh.reading import SegmentReader

from ingest.model import Item, Paper
from search import open_index, whoosh_write
from search.schema import TEXT_ANALYZER

TEXT = ("1) Secure email for the Board\nThe Board reviewed the safeguarding reviews; training, funding and "
        "private fostering were discussed.\n\n2) Datasets\nHealth datasets: a child death review panel's report.\n")


def make_paper(n: int) -> Paper:
    split = TEXT.index("2)")
    items = [Item("1", "Secure email for the Board", (0, split), (0, 29)),
             Item("2", "Datasets", (split, len(TEXT)), (split, split + 11))]
    return Paper(id=f"{n:064d}", filename=f"p{n}.txt", kind="minutes", title=f"Paper {n} review",
                 date=f"200{n % 10}-0{1 + n % 9}-15", body="The Board", text=TEXT + f"Extra word{n}.", items=items)


def test_the_write_loops_are_installed():
    assert base.FieldWriter.add_postings is whoosh_write.add_postings
    assert SegmentReader.iter_postings is whoosh_write.iter_postings
    assert writing.PostingPool.add is whoosh_write.pool_add
    assert whoosh3.W3PostingsWriter.add_posting is whoosh_write.add_posting
    assert writing.SegmentWriter.add_postings_to_pool is whoosh_write.add_postings_to_pool


def _segments(index):
    ix = index._ix
    return [SegmentReader(ix.storage, ix.schema, seg) for seg in ix._segments()]


def test_one_spelling_posting_per_word_and_every_word_kept(tmp_path):
    index = open_index(tmp_path)
    try:
        papers = [make_paper(n) for n in range(12)]
        for start in range(0, 12, 3):
            index.add_papers(papers[start:start + 3])
        index.add_papers(papers[:2])  # re-added: old entries deleted
        words = {t.text for p in papers for t in TEXT_ANALYZER(p.text, no_morph=True)}
        found = set()
        for reader in _segments(index):
            for btext in reader.lexicon("spell_text"):
                assert reader.doc_frequency("spell_text", btext) == 1, btext  # postings written, deleted or not
                found.add(btext.decode())
            # every other field's lengths and postings read back as Whoosh's matcher steps them
            assert list(reader.iter_postings()) == list(whoosh_write._ORIGINAL["iter_postings"](reader))
            reader.close()
        assert words <= found and "word11" in found
        assert index.query("fosterng").suggestion == "fostering"
        assert index.query("word1*").total == 3  # word1, word10, word11: the wildcard expands over spell_text
    finally:
        index.close()


def test_a_merge_writes_what_whoosh_would(tmp_path):
    """Eleven commits merge ten segments (search.merge_policy): the merged segment's postings and lengths
    read back the same through the fast and Whoosh's own loops."""
    index = open_index(tmp_path)
    try:
        for n in range(11):
            index.add_papers([make_paper(n)])
        readers = _segments(index)
        assert len(readers) < 11
        for reader in readers:
            assert list(reader.iter_postings()) == list(whoosh_write._ORIGINAL["iter_postings"](reader))
            n = reader.doc_count_all()
            for field in ("text", "title", "person_words"):
                lengths = [reader.doc_field_length(d, field) for d in range(n)]
                assert len(lengths) == n
            reader.close()
        assert index.query("safeguarding").total == 11
    finally:
        index.close()
