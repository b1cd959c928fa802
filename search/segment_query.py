"""Run a compiled Whoosh query over one segment on arrays: the entries it matches and their scores.

Why: Whoosh matches and scores one posting at a time in Python, which made a
common phrase cost a few hundred milliseconds on 1,000 papers. Here each term
is a whole posting list (search.postings) scored at once with Whoosh's own
BM25F formula and statistics, and AND / OR / NOT are set operations, so the
cost barely grows with the number of matches.

The answers are Whoosh's: the same entries, and the same scores up to the
order in which floating-point sums are added (Whoosh's own order depends on
segment sizes; a difference shows only in the last of 16 digits). Each query
type below follows what its Whoosh matcher computes, quirks included (noted
where they apply); any other type is handed back to Whoosh for that part of
the tree, stepping its own matcher, so nothing depends on a guess.
"""
from __future__ import annotations

from array import array

import numpy as np
from whoosh import query as wq
from whoosh import scoring
from whoosh.searching import Searcher

from search.postings import lengths, positions, postings
from search.tables import read_only

Found = tuple[np.ndarray, np.ndarray]  # (sorted segment-local entry numbers, scores)
_NONE: Found = read_only((np.zeros(0, np.int64), np.zeros(0)))
_UNIONS = (wq.Or.AUTO_MATCHER, wq.Or.DEFAULT_MATCHER, wq.Or.ARRAY_MATCHER)  # the Or matchers _or() repeats


def supported(top: Searcher) -> bool:
    """Whether this searcher scores the way the evaluator computes (Whoosh's default BM25F)."""
    return type(top.weighting) is scoring.BM25F


class SegmentQuery:
    """Evaluates queries on one leaf searcher `sub` of the top-level searcher `top`."""

    def __init__(self, top: Searcher, sub: Searcher, avg_lengths: dict[str, float] | None = None):
        """`avg_lengths`: a dict shared by the segments of one search, so each field's average length
        (Whoosh sums it over every segment on each call) is computed once, not per term and segment."""
        self.top, self.sub, self.reader = top, sub, sub.reader()
        self.avg_lengths = {} if avg_lengths is None else avg_lengths
        self.n = self.reader.doc_count_all()
        self.deleted = np.zeros(self.n, dtype=bool)
        if self.reader.has_deletions():
            self.deleted[np.fromiter(self.reader.deleted_docs_set, dtype=np.int64)] = True

    def run(self, q: wq.Query) -> Found:
        return self._node(q, True)

    def whoosh(self, q: wq.Query) -> Found:
        """The same, all by Whoosh's own matcher."""
        return self._whoosh(q, True)

    def _node(self, q: wq.Query, scored: bool) -> Found:
        """`scored` is False under a part of the tree Whoosh runs without a weighting model."""
        kind = type(q)
        if kind is wq.Term:
            return self._term(q.fieldname, q.text, q.boost)
        if kind is wq.Or and not q.minmatch and not q.scale and q.matcher_type in _UNIONS:
            return self._or(q, scored)
        if kind is wq.And:
            return self._and(q, scored)
        if kind is wq.Not:  # Whoosh's InverseMatcher: every live entry the child misses, scoring 1.0
            ids = self._node(q.query, False)[0]
            keep = ~self.deleted
            keep[ids] = False
            found = np.flatnonzero(keep)
            return found, np.ones(len(found))
        if kind is wq.Require:  # entries of both; scores of the first only
            ids, scores = self._node(q.a, scored)
            return _restrict(ids, scores, self._node(q.b, False)[0])
        if kind is wq.AndNot:
            ids, scores = self._node(q.a, scored)
            keep = ~np.isin(ids, self._node(q.b, False)[0], assume_unique=True)
            return ids[keep], scores[keep]
        if kind is wq.Every and q.fieldname in (None, "", "*"):
            found = np.flatnonzero(~self.deleted)
            return found, np.full(len(found), float(q.boost))
        if kind is wq.Phrase and q.slop == 1 and not q.char_ranges:
            return self._phrase(q)
        if kind in (wq.Prefix, wq.Wildcard, wq.TermRange) and getattr(q, "text", None) not in ("", "*"):
            return self._multiterm(q, scored)
        if kind in (wq.NumericRange, wq.DateRange):  # compiled per segment into terms of its numeric trie
            return self._node(q._compile_query(self.reader), scored)
        if kind is wq.ConstantScoreQuery:  # the child's entries, each scoring the same
            ids = self._node(q.child, scored)[0]
            return ids, np.full(len(ids), float(q.score))
        return self._whoosh(q, scored)

    # ---- leaves -------------------------------------------------------------------

    def _term(self, fieldname: str, text: str | bytes, boost: float = 1.0, within: np.ndarray | None = None) -> Found:
        """A term's live entries and scores; `within` (sorted entry numbers): only those entries, kept
        before scoring (each score is computed alone, so it is the same either way)."""
        field = self.top.schema[fieldname] if fieldname in self.top.schema else None
        if field is None:
            return _NONE
        try:
            btext = field.to_bytes(text)
        except ValueError:
            return _NONE
        if (fieldname, btext) not in self.reader:
            return _NONE
        ids, weights = postings(self.reader, fieldname, btext)
        live = ~self.deleted[ids]
        if within is not None:
            live &= _members(ids, within)
        ids, weights = ids[live].astype(np.int64), weights[live].astype(np.float64)
        if field.scorable:  # BM25FScorer: statistics of the whole index, lengths of this segment
            w = self.top.weighting
            idf = self.top.idf(fieldname, btext)
            avgfl = self.avg_lengths.get(fieldname)
            if avgfl is None:
                avgfl = self.avg_lengths[fieldname] = self.top.avg_field_length(fieldname) or 1
            B, K1 = w._field_B.get(fieldname, w.B), w.K1
            fl = lengths(self.reader, fieldname)[ids]
            scores = idf * ((weights * (K1 + 1)) / (weights + K1 * ((1 - B) + B * fl / avgfl)))
        else:  # WeightScorer
            scores = weights
        return ids, scores * boost if boost != 1.0 else scores

    def _phrase(self, q: wq.Phrase) -> Found:
        """Words at consecutive positions; scored as the AND of its words (Whoosh's SpanNear2)."""
        field = self.top.schema[q.fieldname] if q.fieldname in self.top.schema else None
        if field is None or not q.words:
            return _NONE
        if not field.format or not field.format.supports("positions"):
            return self._whoosh(q, True)  # Whoosh says why it cannot
        try:
            words = [field.to_bytes(w) for w in q.words]
        except ValueError:
            return _NONE
        if any((q.fieldname, w) not in self.reader for w in words):
            return _NONE
        # phrase starts: the positions of word 0 less 0, of word 1 less 1, ... found in every word's
        # list; from the word with fewest positions, each further word tested by a binary search
        # (no arithmetic on, or sort of, the long lists of common words)
        found = [positions(self.reader, q.fieldname, w) for w in words]
        order = sorted(range(len(words)), key=lambda i: len(found[i]))
        starts = found[order[0]] - order[0]
        for i in order[1:]:
            starts = starts[_members(starts + i, found[i])]
        docs = np.unique(starts >> 32)
        docs = docs[~self.deleted[docs]]
        parts = [self._term(q.fieldname, w, within=docs) for w in words]
        ids, scores = _binary_sum(parts)
        return ids, scores * q.boost if q.boost != 1.0 else scores

    def _multiterm(self, q: wq.MultiTerm, scored: bool) -> Found:
        """Prefix / wildcard, as MultiTerm.matcher: one existing word is a plain term (boost dropped);
        several are an Or, run without a weighting model when the query is `constantscore`."""
        words = [w for w in q._btexts(self.reader) if w]
        if not words:
            return _NONE
        if len(words) == 1:
            return self._term(q.field(), words[0])
        either = wq.Or([wq.Term(q.field(), w) for w in words], boost=q.boost)
        return self._or(either, scored and not q.constantscore)

    # ---- combinations -----------------------------------------------------------

    def _or(self, q: wq.Or, scored: bool) -> Found:
        subs = q.subqueries
        if not subs:
            return _NONE
        if len(subs) == 1:  # CompoundQuery.matcher: a lone child is used as it is, boost and all
            return self._node(subs[0], scored)
        parts = [self._node(s, scored) for s in subs]
        tree = len(subs) < wq.Or.TOO_MANY_CLAUSES and (len(subs) == 2 or self.n > 5000)
        preloaded = q.matcher_type == wq.Or.ARRAY_MATCHER or (q.matcher_type == wq.Or.AUTO_MATCHER and not tree)
        # (Or._matcher's own choice, where needs_current is False as it is for a scored search)
        if preloaded and not scored:  # ArrayUnionMatcher without scoring: every match scores 1
            ids = _union_ids(parts, self.n)
            return ids, np.ones(len(ids))
        if preloaded:  # ArrayUnionMatcher: the boost applies to each part; a sum of 0 or less is no match
            ids, scores = _union_sum([(i, s * q.boost) for i, s in parts], self.n)
            keep = scores > 0
            return ids[keep], scores[keep]
        ids, scores = _union_sum(parts, self.n)  # a tree of UnionMatchers
        return ids, scores * q.boost if q.boost != 1.0 else scores

    def _and(self, q: wq.And, scored: bool) -> Found:
        subs = q.subqueries
        if not subs:
            return _NONE
        if len(subs) == 1:
            return self._node(subs[0], scored)
        parts = []
        for s in subs:
            part = self._node(s, scored)
            if not len(part[0]):
                return _NONE
            parts.append(part)
        ids, scores = parts[0]
        for other_ids, other_scores in parts[1:]:
            both = _members(ids, other_ids)  # (np.intersect1d sorts the two together)
            ids, scores = ids[both], scores[both] + other_scores[np.searchsorted(other_ids, ids[both])]
        return ids, scores * q.boost if q.boost != 1.0 else scores

    def _whoosh(self, q: wq.Query, scored: bool) -> Found:
        """Any other query type: Whoosh's own matcher for this part, stepped entry by entry."""
        context = self.sub.context(needs_current=False, weighting=self.top.weighting if scored else None)
        m = q.matcher(self.sub, context)
        ids, scores = array("q"), array("d")
        while m.is_active():
            ids.append(m.id())
            scores.append(m.score())
            m.next()
        return np.frombuffer(ids, dtype=np.int64), np.frombuffer(scores, dtype=np.float64)


def _members(values: np.ndarray, sorted_set: np.ndarray) -> np.ndarray:
    """Which of `values` are in `sorted_set` (sorted, unique): np.isin's answer by a binary search,
    with no sort of the two together (a phrase of common words meets millions of positions at 10k)."""
    if not len(sorted_set):
        return np.zeros(len(values), dtype=bool)
    at = np.searchsorted(sorted_set, values)
    at[at == len(sorted_set)] = 0
    return sorted_set[at] == values


def _restrict(ids: np.ndarray, scores: np.ndarray, allowed: np.ndarray) -> Found:
    keep = np.isin(ids, allowed, assume_unique=True)
    return ids[keep], scores[keep]


def _dense(total: int, n: int) -> bool:
    """Whether a union of `total` entry numbers of a segment of `n` is cheaper counted per entry of the
    segment (np.bincount, linear) than sorted (np.unique): when it is not tiny beside the segment."""
    return total * 8 > n


def _union_ids(parts: list[Found], n: int) -> np.ndarray:
    ids = np.concatenate([ids for ids, _ in parts])
    return np.flatnonzero(np.bincount(ids, minlength=n)) if _dense(len(ids), n) else np.unique(ids)


def _union_sum(parts: list[Found], n: int) -> Found:
    """Entries of any part; each entry's scores added in part order (np.bincount adds each entry's
    weights in the order they come, sorted or counted per entry alike)."""
    ids, scores = np.concatenate([i for i, _ in parts]), np.concatenate([s for _, s in parts])
    if _dense(len(ids), n):
        found = np.flatnonzero(np.bincount(ids, minlength=n))
        return found, np.bincount(ids, weights=scores, minlength=n)[found]
    ids, at = np.unique(ids, return_inverse=True)
    return ids, np.bincount(at, weights=scores, minlength=len(ids))


def _binary_sum(parts: list[Found]) -> Found:
    """Parts over the same entries summed as Whoosh's make_binary_tree pairs them: (first half) + (second half)."""
    if len(parts) == 1:
        return parts[0]
    half = len(parts) // 2
    (ids, a), (_, b) = _binary_sum(parts[:half]), _binary_sum(parts[half:])
    return ids, a + b
