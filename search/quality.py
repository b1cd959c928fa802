"""How well searches answer: recall@k and mean reciprocal rank over queries with known answers.

Why: the glossary, snippets and ranking are tuned against officers' queries;
these are the figures the tests hold to floors. A hit answers when its paper
(`doc_id`) is one of the query's relevant papers, whatever its grain (paper,
item or action); hits are counted as listed, so the same paper twice in the
top k takes two places.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from search.base import SearchBackend


@dataclass(frozen=True)
class Judged:
    query: str
    relevant: frozenset[str]  # doc ids
    acronym: bool = False  # an acronym and its expansion must meet


def recall_at(ranked: list[str], relevant: Iterable[str], k: int = 5) -> float:
    """Share of the relevant papers in the first k hits (of at most k: 5 relevant papers found = 1.0)."""
    relevant = set(relevant)
    if not relevant:
        return 1.0
    return len(relevant & set(ranked[:k])) / min(k, len(relevant))


def reciprocal_rank(ranked: list[str], relevant: Iterable[str]) -> float:
    """1 / the rank of the first relevant hit; 0 when none is found."""
    relevant = set(relevant)
    return next((1.0 / n for n, doc in enumerate(ranked, 1) if doc in relevant), 0.0)


def score(index: SearchBackend, judged: Iterable[Judged], k: int = 5, depth: int = 20) -> dict[str, float]:
    """recall@k, MRR (over the first `depth` hits) and, for the acronym queries, their recall@k."""
    recall, rr, acronym = [], [], []
    for j in judged:
        ranked = [h.doc_id for h in index.query(j.query, per_page=depth).hits]
        recall.append(recall_at(ranked, j.relevant, k))
        rr.append(reciprocal_rank(ranked, j.relevant))
        if j.acronym:
            acronym.append(recall[-1])
    mean = lambda xs: sum(xs) / len(xs) if xs else 0.0  # noqa: E731
    return {"recall": mean(recall), "mrr": mean(rr), "acronym_recall": mean(acronym), "queries": len(recall)}
