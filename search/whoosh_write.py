"""Faster versions of Whoosh 2.7's segment-writing loops, applied when search/ is imported.

Each but `spelling_once` writes the same bytes as the method it replaces (bench/index_equal.py compares whole
indexes built before and after; BENCHMARKS.md, "Index stage at ingest"); they only do less
Python work per posting, which is where the index stage of ingest spends its time:

- `FieldWriter.add_postings` (every commit writes its new segment's postings through it) asked
  the per-document reader for the field length of every posting, `doc_field_length`: a string
  format, two dictionary lookups, a column read and a struct unpack each, about 870,000 calls
  for 200 papers. Here each field's length column is read once into a table.
- `SegmentReader.iter_postings` (a merge reads every posting of the segments it merges) stepped
  a matcher one posting at a time (`is_active`, `id`, `weight`, `value`, `next`: five calls
  each). Here a W3 block is read whole and its postings are yielded from its arrays; other
  matchers (inlined short lists, segments with deletions) take Whoosh's own loop.
- `SegmentWriter.add_postings_to_pool` (a merge's postings into the pool) passed each posting
  through two more generator and method layers; here it is one loop.
- `analysis_memo` (used by search.whoosh_index for one batch's documents) analyses a repeated
  value of a field once: every document of a paper repeats its title, date and board.
- `spelling_once` (used by search.whoosh_index for its writers) keeps one posting per word of the
  spelling field instead of one per document: not the same bytes, the same word list (see there).
- `PostingPool.add` and `W3PostingsWriter.add_posting` checked the types of every posting with
  asserts; the checks are gone (what reaches them is built by Whoosh's own code), the rest of
  each method is unchanged.

A Whoosh without these structures is left alone (tests/test_search_whoosh_pin.py holds the pin).
"""
from __future__ import annotations

from contextlib import contextmanager
from datetime import datetime
from typing import Any, Callable, Iterable, Iterator

from whoosh import writing
from whoosh.codec import base, whoosh3
from whoosh.reading import SegmentReader
from whoosh.util.numeric import byte_to_length

_ORIGINAL: dict[str, Any] = {}
MEMO_VALUES = 20_000  # analysed values analysis_memo keeps a field
_LENGTH_OF_BYTE = [None] + [byte_to_length(b) for b in range(1, 256)]  # what doc_field_length answers


def _length_table(lengths: Any, fieldname: str) -> tuple[bytes, int] | None:
    """The raw length bytes of `fieldname` (one a document), or None for a field without lengths."""
    reader = lengths._cached_reader(whoosh3._lenfield(fieldname), whoosh3.LENGTHS_COLUMN)
    if reader is None:
        return None
    count = reader._count
    return bytes(reader._dbfile.get(reader._basepos, count)) if count else b"", count


def add_postings(self: Any, schema: Any, lengths: Any, items: Any) -> None:
    """Whoosh's FieldWriter.add_postings with the field lengths read per field, not per posting."""
    if not isinstance(lengths, whoosh3.W3PerDocReader):
        return _ORIGINAL["add_postings"](self, schema, lengths, items)
    start_field = self.start_field
    start_term = self.start_term
    add = self.add
    finish_term = self.finish_term
    finish_field = self.finish_field
    doccount = lengths._doccount
    length_of = _LENGTH_OF_BYTE
    emptybytes = b""
    inline = type(self) is whoosh3.W3FieldWriter and self.add.__func__ is whoosh3.W3FieldWriter.add

    lastfn = None
    lasttext = None
    table: bytes | None = None
    tcount = 0
    for fieldname, btext, docnum, weight, value in items:
        if lastfn is not None and fieldname < lastfn:
            raise base.OutOfOrderError("Field %r .. %r" % (lastfn, fieldname))
        if fieldname == lastfn and lasttext and btext < lasttext:
            raise base.OutOfOrderError("Term %s:%r .. %s:%r" % (lastfn, lasttext, fieldname, btext))
        if fieldname != lastfn:
            if lasttext is not None:
                finish_term()
            if lastfn is not None and fieldname != lastfn:
                finish_field()
            start_field(fieldname, schema[fieldname])
            lastfn = fieldname
            lasttext = None
            found = _length_table(lengths, fieldname)
            table, tcount = found if found is not None else (None, 0)
        if docnum == -1:  # a spelling-graph word, not a posting (Whoosh skips it too)
            continue
        if btext != lasttext:
            if lasttext is not None:
                finish_term()
            start_term(btext)
            lasttext = btext
        if docnum > doccount:
            raise IndexError("Asked for docnum %r of %d" % (docnum, doccount))
        if table is None:
            length = 0
        else:
            length = length_of[table[docnum]] if docnum < tcount else None
        if value is None:
            value = emptybytes
        if not inline:
            add(docnum, weight, value, length)
            continue
        # W3FieldWriter.add -> W3PostingsWriter.add_posting, inlined (the same statements)
        pw = self._postwriter
        if len(pw._ids) >= pw._blocklimit:
            pw._write_block()
        pw._ids.append(docnum)
        pw._weights.append(weight)
        if weight > pw._maxweight:
            pw._maxweight = weight
        if value:
            pw._values.append(value)
        if length:
            minlength = pw._minlength
            if minlength is None or length < minlength:
                pw._minlength = length
            if length > pw._maxlength:
                pw._maxlength = length

    if lasttext is not None:
        finish_term()
    if lastfn is not None:
        finish_field()


def iter_postings(self: Any) -> Iterator[tuple[str, bytes, int, float, Any]]:
    """Whoosh's IndexReader.iter_postings, reading W3 posting blocks whole."""
    leaf = whoosh3.W3LeafMatcher
    for fieldname, btext in self.all_terms():
        m = self.postings(fieldname, btext)
        if type(m) is leaf and not m._byteids:
            while m.is_active():
                if m._ids is None:
                    m._read_ids()
                if m._weights is None:
                    m._read_weights()
                if m._values is None:
                    m._read_values()
                ids, weights, values = m._ids, m._weights, m._values
                for j in range(m._i, m._blocklength):
                    yield (fieldname, btext, ids[j], weights[j], values[j])
                m._i = m._blocklength - 1
                m.next()
        else:
            while m.is_active():
                yield (fieldname, btext, m.id(), m.weight(), m.value())
                m.next()


def add_postings_to_pool(self: Any, reader: Any, startdoc: int, docmap: Any) -> None:
    """SegmentWriter.add_postings_to_pool (a merge's postings into the new segment's pool) in one loop:
    Whoosh's `_process_posts` generator and `PostingPool.add` inlined, same items in the same order."""
    schema = self.schema
    known: dict[str, bool] = {}  # `fieldname in schema` per field name, asked once (it also knows sub-fields)
    pool = self.pool
    current = pool.current
    fieldnames = pool.fieldnames
    limit = pool.limit
    for fieldname, text, docnum, weight, vbytes in reader.iter_postings():
        ok = known.get(fieldname)
        if ok is None:
            ok = known[fieldname] = fieldname in schema
        if not ok:
            continue
        newdoc = docmap[docnum] if docmap is not None else startdoc + docnum
        fieldnames.add(fieldname)
        pool.currentsize += 150 + len(fieldname) + len(text) * 2 + len(vbytes or "")
        if pool.currentsize > limit:
            pool.save()
            current = pool.current
        current.append((fieldname, text, newdoc, weight, vbytes))


def pool_add(self: Any, item: Any) -> None:
    """PostingPool.add without the type asserts."""
    self.fieldnames.add(item[0])
    self.currentsize += 150 + len(item[0]) + len(item[1]) * 2 + len(item[4] or "")
    if self.currentsize > self.limit:
        self.save()
    self.current.append(item)


def add_posting(self: Any, id_: Any, weight: Any, vbytes: Any, length: Any = None) -> None:
    """W3PostingsWriter.add_posting without the type asserts."""
    if len(self._ids) >= self._blocklimit:
        self._write_block()
    self._ids.append(id_)
    self._weights.append(weight)
    if weight > self._maxweight:
        self._maxweight = weight
    if vbytes:
        self._values.append(vbytes)
    if length:
        minlength = self._minlength
        if minlength is None or length < minlength:
            self._minlength = length
        if length > self._maxlength:
            self._maxlength = length


def spelling_once(writer: Any) -> None:
    """Make this writer's pool keep one posting per word of a spelling field.

    Whoosh 2.7 indexes the unstemmed words of a `spelling=True` field (`text`) into `spell_text`
    as postings of document 0, one per document that has the word: "board" in 3,000 entries
    became 3,000 identical postings of entry 0, 30% of all the postings a batch writes, each
    pooled, sorted, written and, at a merge, read back. Only the word list is ever read (the
    did-you-mean corrector's `terms_within` and wildcard expansion's `existing_terms`; the
    corrector ranks by the stemmed field's frequencies), and a word is in it whether it has one
    posting or 3,000, so one is kept. A merge copies what a segment holds, as before."""
    schema = writer.schema
    spelling = {field.spelling_fieldname(name) for name, field in schema.items() if field.separate_spelling()}
    if not spelling:
        return
    pool = writer.pool
    seen: set[tuple[str, bytes]] = set()
    plain_add = pool.add

    def add(item: Any) -> None:
        if item[2] == 0 and item[0] in spelling:
            key = (item[0], item[1])
            if key in seen:
                return
            seen.add(key)
        plain_add(item)

    pool.add = add


@contextmanager
def analysis_memo(schema: Any, names: Iterable[str]) -> Iterator[None]:
    """While open, each of these fields of `schema` (a writer's own copy, read from the TOC for it)
    analyses a value once and answers the same value again from a dictionary: a paper's items and
    actions repeat its title, date, board and so on in every document, and its topics often. The
    answer is the same list of (term, frequency, weight, value) the analysis gives; the wrappers are
    gone again before the commit pickles the schema into the new TOC."""
    wrapped = []
    for name in names:
        if name not in schema:
            continue
        field = schema[name]
        if "index" in field.__dict__:
            continue
        field.index = _memoized(field.index)
        wrapped.append(field)
    try:
        yield
    finally:
        for field in wrapped:
            field.__dict__.pop("index", None)


def _memoized(method: Callable[..., Any]) -> Callable[..., Any]:
    memo: dict[Any, list[Any]] = {}

    def index(value: Any, **kwargs: Any) -> Any:
        if kwargs or not isinstance(value, (str, datetime)):
            return method(value, **kwargs)
        found = memo.get(value)
        if found is None:
            if len(memo) >= MEMO_VALUES:  # a rebuild adds the whole archive in one writer
                memo.clear()
            found = memo[value] = list(method(value))
        return found

    return index


def apply() -> None:
    """Install the faster loops (idempotent); a Whoosh without the structures they use is left alone."""
    if _ORIGINAL:
        return
    needed = (hasattr(base.FieldWriter, "add_postings") and hasattr(whoosh3, "W3PerDocReader")
              and hasattr(whoosh3, "_lenfield") and hasattr(whoosh3, "LENGTHS_COLUMN")
              and hasattr(whoosh3, "W3LeafMatcher") and hasattr(whoosh3, "W3PostingsWriter")
              and hasattr(writing, "PostingPool"))
    if not needed:
        return
    _ORIGINAL["add_postings"] = base.FieldWriter.add_postings
    _ORIGINAL["iter_postings"] = SegmentReader.iter_postings
    _ORIGINAL["pool_add"] = writing.PostingPool.add
    _ORIGINAL["add_posting"] = whoosh3.W3PostingsWriter.add_posting
    _ORIGINAL["add_postings_to_pool"] = writing.SegmentWriter.add_postings_to_pool
    base.FieldWriter.add_postings = add_postings
    SegmentReader.iter_postings = iter_postings
    writing.PostingPool.add = pool_add
    whoosh3.W3PostingsWriter.add_posting = add_posting
    writing.SegmentWriter.add_postings_to_pool = add_postings_to_pool
