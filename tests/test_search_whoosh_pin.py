"""The Whoosh that is installed is the one search/ was written against (docs/search.md, "For developers").

search/ reads Whoosh's private structures and patches one of its methods. Each fast path falls
back to Whoosh's public API when a structure is missing, so a different Whoosh would not fail:
it would quietly run slower, or, if a structure kept its name but changed its meaning, answer
differently. These tests fail instead: the installed version must be inside pyproject's pin, and
on a real index each private read must be taken and agree with what Whoosh's public API says.
tests/test_search_segment_query.py holds the answers equal to Whoosh's own search.
"""
from __future__ import annotations

import tomllib
from pathlib import Path

import numpy as np
import pytest
import whoosh
from packaging.requirements import Requirement
from whoosh.codec import whoosh3

from ingest.model import Item, Paper
from search import open_index, postings, snippets, tables, whoosh_fixes
from search.schema import TEXT_ANALYZER

ROOT = Path(__file__).resolve().parents[1]
RECHECK = ("search/ reads Whoosh's private structures: before moving the pin, re-check search/whoosh_fixes.py, "
           "whoosh_write.py, "
           "postings.py, tables.py, evaluate.py and snippets.py against the new Whoosh's source, then run "
           "tests/test_search_segment_query.py and this file (docs/search.md, 'For developers')")


def test_the_installed_whoosh_is_inside_the_pin():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pin = next(Requirement(r) for r in project["project"]["dependencies"] if r.startswith("whoosh-reloaded"))
    installed = whoosh.versionstring()
    assert pin.specifier.contains(installed), f"whoosh {installed} is outside pyproject's {pin}. {RECHECK}"


TEXT = ("1) Secure email for the Board\nThe Board reviewed the safeguarding reviews; training, funding and "
        "private fostering were discussed. Reviewing case-by-case, the Board's chair agreed.\n\n"
        "2) Datasets\nHealth datasets: a child death review panel's report, 2007-10-31.\n")


def make_paper(n: int) -> Paper:
    split = TEXT.index("2)")
    items = [Item("1", "Secure email for the Board", (0, split), (0, 29)), Item("2", "Datasets", (split, len(TEXT)),
                                                                               (split, split + 11))]
    return Paper(id=f"{n:064d}", filename=f"p{n}.txt", kind="minutes", title=f"Paper {n} review",
                 date=f"200{n % 10}-0{1 + n % 9}-15", body="The Board", text=TEXT, items=items)


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    index = open_index(tmp_path_factory.mktemp("pin"))
    index.add_papers([make_paper(n) for n in range(6)])
    index.add_papers([make_paper(n) for n in range(6, 9)])  # a second segment
    with index._searchers.borrow() as (_, s):
        yield s
    index.close()


def test_the_segment_reader_fix_is_installed():
    assert whoosh3.W3PerDocReader._cached_reader is whoosh_fixes._cached_reader, RECHECK


def test_a_segments_files_are_read_in_place_as_bytesio_would_read_them():
    from io import BytesIO

    from whoosh.filedb.structfile import BufferFile

    assert isinstance(BufferFile.__dict__["file"], property), RECHECK
    data = bytearray(bytes(range(256)) * 40 + b"line one\nline two\n")
    view, copied = BufferFile(memoryview(data)), BytesIO(bytes(data))
    steps = [("seek", 10), ("read", 5), ("tell",), ("read_varint",), ("seek", 300), ("read", 0), ("read", 64),
             ("get", 7, 9), ("seek", len(data) - 18), ("readline",), ("readline",), ("read", 5), ("tell",),
             ("seek", len(data) + 40), ("read", 3), ("tell",), ("seek", 0), ("read", -1)]
    plain = BufferFile(memoryview(data))
    plain.__dict__["_stream"] = copied  # the same class reading Whoosh's way, from a copy
    for step in steps:
        name, *args = step
        assert getattr(view, name)(*args) == getattr(plain, name)(*args), step
    data[3] = 99  # the view reads the buffer itself, not a copy of it
    view.seek(3)
    assert view.read(1) == bytes([99]) and plain.get(3, 1) == bytes([99])
    view.close()
    assert view.is_closed


def test_the_one_loop_analyser_is_taken_and_equals_the_schema_analyser():
    assert snippets._PARTS is not None, f"TEXT_ANALYZER is no longer the chain analysed_words() repeats. {RECHECK}"
    expected = [(t.text, t.startchar, t.endchar) for t in TEXT_ANALYZER(TEXT, chars=True, mode="index")]
    assert snippets.analysed_words(TEXT) == expected


def test_postings_are_read_by_blocks_and_equal_the_matcher(searcher):
    checked = 0
    for sub, _ in searcher.leaf_searchers():
        reader = sub.reader()
        for fieldname in ("text", "type", "kind"):
            for btext in reader.lexicon(fieldname):
                assert postings._blocks(postings._leaf(reader, fieldname, btext)), RECHECK
                ids, weights = postings.postings(reader, fieldname, btext)
                m = postings._leaf(reader, fieldname, btext)
                stepped = []
                while m.is_active():
                    stepped.append((m.id(), m.weight()))
                    m.next()
                assert list(zip(ids.tolist(), weights.tolist())) == stepped, (fieldname, btext)
                checked += 1
    assert checked > 20


def test_field_lengths_and_date_columns_are_read_whole_and_equal_whoosh(searcher):
    for sub, _ in searcher.leaf_searchers():
        reader = sub.reader()
        n = reader.doc_count_all()
        assert hasattr(reader._perdoc, "_cached_reader"), RECHECK
        expected = [float(reader.doc_field_length(d, "text", 1) or 0) for d in range(n)]
        assert postings.lengths(reader, "text").tolist() == expected
        column = reader.column_reader("date", translate=False)
        assert all(hasattr(column, a) for a in ("_typecode", "_count", "_fixedlen", "_dbfile", "_basepos")), RECHECK
        assert tables.numeric_column(column, n).tolist() == list(column)[:n]
        assert len(set(np.asarray(list(column)[:n]).tolist())) > 1  # the dates differ, so the order is checked
