"""One search on one generation of the index: what matched, in order, with facets and suggestion.

`rank` does the work once per (query, filters, sort): it finds every match
with its score (search.segment_query, a segment at a time, into arrays), orders
them and counts the facets over all of them, with numpy rather than a Python
object per hit. The index keeps the result until a commit, and a page of hits
(stored fields and snippets, the only per-page work) is cut from it.

Scores are Whoosh's BM25F, and ties keep Whoosh's order (lower entry number
first), so a page is what `Searcher.search(..., limit=None)` sorted the same
way would give. Facet counts are exact, over every match; `facets_capped` is
part of the engine-neutral results for engines that count only a sample
(always False here).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
from whoosh import query as wq
from whoosh.searching import Searcher

from search.aliases import AliasBook
from search.compile import Compiler
from search.segment_query import SegmentQuery, supported
from search.facets import FACET_FIELDS, count_facets, filter_query
from search.querylang import ParsedQuery, terms_of
from search.results import FACETS, Hit
from search.snippets import make_snippet
from search.suggest import suggest_query
from search.terms import TERM_FACET, term_filter, term_table
from search.tables import date_keys, value_table

SORTS = ("relevance", "date", "date_asc")
_NEWEST_FIRST = np.iinfo(np.uint64).max


@dataclass
class Ranked:
    """Everything one search found but its page of hits."""

    total: int
    docnums: np.ndarray  # global entry numbers in display order (perhaps only the first ones, see kept())
    scores: np.ndarray  # the score shown with each (0.0 when sorted by date, as the sort key is not a score)
    facets: dict[str, list[tuple[str, int]]]
    suggestion: str | None
    warnings: list[str] = field(default_factory=list)  # from compiling the query and reading the filters
    highlight: set[tuple[str, ...]] = field(default_factory=set)
    facets_capped: bool = False

    def short_of(self, wanted: int) -> bool:
        """True when a page needs entries past those kept."""
        return len(self.docnums) < min(wanted, self.total)

    def kept(self, limit: int) -> Ranked:
        """The same, holding only the first `limit` entries (to cache)."""
        return replace(self, docnums=self.docnums[:limit].copy(), scores=self.scores[:limit].copy())

    def hits(self, searcher: Searcher, start: int, end: int) -> list[Hit]:
        return [_hit(searcher.stored_fields(int(d)), float(score), self.highlight)
                for d, score in zip(self.docnums[start:end], self.scores[start:end])]


def rank(searcher: Searcher, aliases: AliasBook, parsed: ParsedQuery, q: str,
         filters: dict[str, str] | None, sort: str) -> Ranked:
    """Compile, match, order and count one search (`sort` is one of SORTS)."""
    compiled = Compiler(searcher.schema, aliases, searcher.reader()).compile(parsed.node)
    warnings = list(compiled.warnings)
    suggestion = suggest_query(searcher.reader(), aliases, q, terms_of(parsed.node))
    if compiled.query is None:
        return Ranked(0, np.zeros(0, np.int64), np.zeros(0), {name: [] for name in FACETS}, suggestion, warnings)
    narrowed = filter_query(filters, warnings, {TERM_FACET: lambda label: term_filter(aliases, label)})
    query = compiled.query if narrowed is None else wq.Require(compiled.query, narrowed)  # filters do not score
    matches = find(searcher, query)
    if compiled.free_text:
        matches = without_repeated_papers(searcher, matches)
    ranks = order(searcher, matches, sort)
    scores = matches.scores[ranks] if sort == "relevance" else np.zeros(len(ranks))
    facets = count_facets(searcher, matches.segments, {TERM_FACET: lambda sub: term_table(searcher, sub, aliases)})
    return Ranked(matches.total, matches.docnums[ranks], scores, facets,
                  suggestion, warnings, compiled.highlight)


@dataclass
class Matches:
    """What a query matched: per segment (leaf searcher order) its size and matched local entry numbers,
    and all of them as global entry numbers with their scores (same order)."""

    segments: list[tuple[int, np.ndarray]]
    docnums: np.ndarray  # int64, global
    scores: np.ndarray  # float64

    @property
    def total(self) -> int:
        return len(self.docnums)


def find(searcher: Searcher, q: wq.Query) -> Matches:
    """Run `q` over every segment (on arrays, see search.segment_query)."""
    vectorised = supported(searcher)
    segments, scores, docnums = [], [], []
    avg_lengths: dict[str, float] = {}  # each field's, over the whole index: once per search
    for sub, offset in searcher.leaf_searchers():
        segment = SegmentQuery(searcher, sub, avg_lengths)
        local, score = segment.run(q) if vectorised else segment.whoosh(q)
        segments.append((segment.n, local))
        scores.append(score)
        docnums.append(local + offset)
    return Matches(segments, _concat(docnums, np.int64), _concat(scores, np.float64))


def without_repeated_papers(searcher: Searcher, matches: Matches) -> Matches:
    """The matches less each paper entry one of whose agenda items matched too.

    Why: the paper's best passage is then its item's, so the hit list showed the
    same passage twice (as item and as paper). The item stays: it is the more
    precise hit and links to the same paper. A paper none of whose items matched
    (words spread over several items, or no items) stays. Only for searches of
    free text: a fielded search (`body:`, `person:`, `date:`) lists papers whole."""
    kinds, papers, with_items = [], [], set()  # papers: the doc_id of each paper entry, in match order
    for (sub, _), (_, local) in zip(searcher.leaf_searchers(), matches.segments):
        reader = sub.reader()
        kind, docs = _single(value_table(reader, "type"), local), value_table(reader, "doc_id")
        kinds.append(kind)
        papers.append(_single(docs, local[kind == "paper"]))
        items = docs.values[docs.starts[local[kind == "item"]]]  # each distinct paper once, as a string
        with_items.update(docs.names[np.unique(items)].tolist())
    kind = _concat(kinds, str)
    if not len(kind):
        return matches
    drop = np.zeros(len(kind), dtype=bool)  # (np.isin over the doc ids as strings: 80 ms of 92,610 matches)
    drop[kind == "paper"] = [doc in with_items for doc in _concat(papers, str).tolist()]
    if not drop.any():
        return matches
    keep, segments, at = ~drop, [], 0
    for n, local in matches.segments:
        segments.append((n, local[keep[at:at + len(local)]]))
        at += len(local)
    return Matches(segments, matches.docnums[keep], matches.scores[keep])


def _single(table: Any, local: np.ndarray) -> np.ndarray:
    """The value of a one-value-per-entry field (type, doc_id) for each of the entries `local`."""
    return table.names[table.values[table.starts[local]]] if len(local) else np.zeros(0, str)


def order(searcher: Searcher, matches: Matches, sort: str) -> np.ndarray:
    """Indexes into matches.docnums in display order.

    relevance: score, highest first. date / date_asc: dated entries first, by
    date newest (oldest) first, then by score. Ties: lower entry number first.
    """
    if sort == "relevance":
        return np.lexsort((matches.docnums, -matches.scores))
    dated, dates = [], []
    for (sub, _), (_, local) in zip(searcher.leaf_searchers(), matches.segments):
        keys = date_keys(sub.reader())
        dated.append(keys.dated[local])
        dates.append(keys.date[local])
    undated = ~_concat(dated, bool)
    when = _concat(dates, np.uint64)
    if sort == "date":
        when = _NEWEST_FIRST - when
    return np.lexsort((matches.docnums, -matches.scores, when, undated))


def _concat(parts: list[np.ndarray], dtype: Any) -> np.ndarray:
    return np.concatenate(parts).astype(dtype, copy=False) if parts else np.zeros(0, dtype)


def warm(searcher: Searcher, aliases: AliasBook | None = None) -> int:
    """Read now what every search needs from each segment (facet tables, the paper of each entry, with
    `aliases` the glossary term tables, date keys, the lengths of the fields a word searches); returns how many segments.
    Posting lists are read as words are searched."""
    from search.postings import lengths
    from search.schema import DEFAULT_FIELDS

    leaves = searcher.leaf_searchers()
    for sub, _ in leaves:
        reader = sub.reader()
        if not reader.doc_count_all():
            continue
        for name in FACET_FIELDS:
            value_table(reader, FACET_FIELDS[name][0])
        value_table(reader, "doc_id")  # without_repeated_papers
        if aliases is not None:
            term_table(searcher, sub, aliases)
        date_keys(reader)
        for fieldname in DEFAULT_FIELDS:
            lengths(reader, fieldname)
    return len(leaves)


def copy_hit(hit: Hit) -> Hit:
    """A hit the caller may change without changing the cached one."""
    return replace(hit, people=list(hit.people), organisations=list(hit.organisations),
                   topics=list(hit.topics), owners=list(hit.owners))


def _hit(f: dict[str, Any], score: float, highlight: set[tuple[str, ...]]) -> Hit:
    start, end = f.get("span_start", 0), f.get("span_end", 0)
    snippet, passage = make_snippet(f.get("text", ""), highlight)
    return Hit(
        type=f["type"], id=f["id"], doc_id=f["doc_id"], title=f.get("title", ""),
        date=f["date"].date().isoformat() if f.get("date") else None, body=f.get("body_name"),
        kind=f.get("kind", "other"), number=f.get("number"), text=f.get("summary", ""), snippet=snippet,
        span=(start, end), meeting_id=f.get("meeting_id"), people=list(f.get("people") or []),
        organisations=list(f.get("organisations") or []), topics=list(f.get("topics") or []),
        owners=list(f.get("owners") or []), status=f.get("status_name"), score=score,
        match_span=(start + passage[0], start + passage[1]) if passage and end > start else None,
        heading=f.get("item_heading"),
    )
