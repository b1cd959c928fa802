"""The index's merge policy: merge small segments of like size, never build one over a cap.

Whoosh's default (`MERGE_SMALL`) folds every small segment into one as the index
grows, so now and then one batch's commit rewrites most of the index: at 6,880
generated papers a commit took 215 s, and every other writer timed out waiting for
the lock (BENCHMARKS.md, ingest). Merging copies postings one by one (about 400
entries a second here), so a commit's cost is bounded only by bounding what it may
merge. This is Lucene's tiered idea in its simplest form: segments fall into tiers
by size (powers of `per_tier`); when a tier holds `per_tier` segments, its smallest
are merged, as many as keep the new segment (with the commit's own entries) at or
under `cap` entries; a segment over half the cap is never merged again by a commit.
The explicit compaction is `SearchIndex.optimize()` (`boardgraph reindex --optimize`)
or a rebuild (`boardgraph reindex`), run when the archive is quiet; the web app's job
queue runs it itself once idle after an ingest (webapp/jobs.py) when there are more than
COMPACT_ABOVE_SEGMENTS segments, and `boardgraph ingest` then says so.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any, Callable, Sequence

MERGE_CAP = 10_000  # entries (~600 papers, ~20 MB): a merge this size takes ~15-25 s here
PER_TIER = 10
COMPACT_ABOVE_SEGMENTS = 3  # searches pay per segment (13 at 1k papers doubled p95); a merge at 10k takes minutes

Policy = Callable[[Any, Sequence[Any]], list[Any]]


def capped_merge(cap: int = MERGE_CAP, per_tier: int = PER_TIER) -> Policy:
    """A Whoosh `mergetype` (writer, segments) -> the segments left as they are; the ones it
    leaves out are merged into the writer's new segment (segments with no live entry are dropped)."""
    if cap < 2 or per_tier < 2:
        raise ValueError("the merge cap and the segments per tier must be at least 2")

    def policy(writer: Any, segments: Sequence[Any]) -> list[Any]:
        live = [s for s in segments if s.doc_count() > 0]
        tiers: dict[int, list[Any]] = defaultdict(list)
        for seg in live:
            if seg.doc_count() * 2 <= cap:
                tiers[_tier(seg.doc_count(), per_tier)].append(seg)
        for tier in sorted(tiers):
            group = sorted(tiers[tier], key=lambda s: s.doc_count())
            if len(group) < per_tier:
                continue
            chosen, total = [], writer.docnum
            for seg in group:
                if total + seg.doc_count() > cap:
                    break
                chosen.append(seg)
                total += seg.doc_count()
            if len(chosen) >= 2:
                _merge_into(writer, chosen)
                merged = {id(s) for s in chosen}
                return [s for s in live if id(s) not in merged]
        return live

    return policy


def _tier(entries: int, per_tier: int) -> int:
    """floor(log_per_tier(entries)) in integers (math.log(1000, 10) is 2.999...)."""
    tier, size = 0, per_tier
    while size <= entries:
        tier, size = tier + 1, size * per_tier
    return tier


def _merge_into(writer: Any, segments: Sequence[Any]) -> None:
    from whoosh.reading import SegmentReader

    for seg in segments:
        reader = SegmentReader(writer.storage, writer.schema, seg)
        try:
            writer.add_reader(reader)
        finally:
            reader.close()
