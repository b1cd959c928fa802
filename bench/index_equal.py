"""Is an index built by this tree the same as one built by another? (BENCHMARKS.md, "Index stage at ingest")

Builds an index from the first N papers of an ingested data dir's Paper JSON in batches of
`common.BATCH_SIZE` (as ingest does; merges included), then re-adds the first `--readd` papers
in one batch (a re-ingest: their old entries deleted, new ones added), and prints a digest of
everything in it, read through Whoosh's public reader API one posting at a time (not through
any fast path of search/): per segment, its entry count and deleted entries, every entry's
stored fields, every field's length for every entry, every sortable column's values, every
term's statistics and postings (id, weight, value), for the spelling field (`spell_text`) its words and
the entries their postings name; then the full results (hits, snippets,
facets, suggestion) of bench/search_bench's 50 queries, sorted by relevance and by date.
Run it in two trees (copy this file and index_stage.py into the other's bench/) and compare the
JSON (segment names are random and left out):

    cd /tmp/base && python -m bench.index_equal --papers DATA_DIR --corpus CORPUS > /tmp/before.json
    cd /work/tree && python -m bench.index_equal --papers DATA_DIR --corpus CORPUS > /tmp/after.json
    cmp /tmp/before.json /tmp/after.json
"""
from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench import common


def _digest(value: Any) -> str:
    return hashlib.sha256(repr(value).encode()).hexdigest()[:16]


def segment_digest(reader: Any, schema: Any) -> dict[str, Any]:
    """Everything in one segment, read the slow, public way."""
    n = reader.doc_count_all()
    deleted = [d for d in range(n) if reader.is_deleted(d)]
    # key order left out: a merge writes each entry's stored fields in the order of a set of names
    stored = [sorted(reader.stored_fields(d).items()) for d in range(n)]
    names = sorted(schema.names())
    lengths = {f: [reader.doc_field_length(d, f) for d in range(n)] for f in names if schema[f].scorable}
    columns = {}
    for f in names:
        if schema[f].column_type is not None and reader.has_column(f):
            col = reader.column_reader(f)
            columns[f] = [col[d] for d in range(n)]
    spelling = {field.spelling_fieldname(name) for name, field in schema.items() if field.separate_spelling()}
    terms: list[Any] = []
    for fieldname, btext in reader.all_terms():
        ti = reader.term_info(fieldname, btext)
        postings = []
        m = reader.postings(fieldname, btext)
        while m.is_active():
            postings.append((m.id(), m.weight(), m.value()))
            m.next()
        if fieldname in spelling:
            # the word list and which entries hold its postings: search reads only the word list
            # (search.whoosh_write.spelling_once keeps one posting where Whoosh wrote one per document)
            terms.append((fieldname, btext, sorted({p[0] for p in postings})))
            continue
        terms.append((fieldname, btext, ti.weight(), ti.doc_frequency(), ti.min_length(), ti.max_length(),
                      ti.max_weight(), ti.min_id(), ti.max_id(), postings))
    return {"entries": n, "deleted": deleted, "stored": _digest(stored), "lengths": _digest(lengths),
            "columns": _digest(columns), "terms": len(terms), "postings": _digest(terms),
            "field_lengths": _digest(sorted((f, reader.field_length(f)) for f in names))}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--readd", type=int, default=40)
    parser.add_argument("--papers", type=Path, default=common.OUT / "data-1k-s1")
    parser.add_argument("--corpus", type=Path, default=common.OUT / "corpus-1k-s1")
    args = parser.parse_args(argv)

    import search
    from bench.index_stage import load_papers
    from bench.search_bench import query_set
    from search import open_index
    from whoosh.reading import SegmentReader

    print(f"search from {search.__file__}", file=sys.stderr)
    papers = load_papers(args.papers, args.n)
    tmp = Path(tempfile.mkdtemp(prefix="index-equal-"))
    out: dict[str, Any] = {"papers": len(papers)}
    try:
        index = open_index(tmp)
        try:
            for i in range(0, len(papers), common.BATCH_SIZE):
                index.add_papers(papers[i:i + common.BATCH_SIZE])
            index.add_papers(papers[:args.readd])
            ix = index._ix
            out["segments"] = [segment_digest(SegmentReader(ix.storage, ix.schema, seg), ix.schema)
                               for seg in ix._segments()]
            out["acronyms"] = _digest(index.aliases.acronyms())
            queries = query_set(common.golds(args.corpus))
            results = []
            for _, q, filters, _ in queries:
                for sort in ("relevance", "date"):
                    res = index.query(q, filters=filters, sort=sort, per_page=50)
                    results.append([q, filters, sort, res.to_dict()])
            out["queries"] = len(queries)
            out["query_totals"] = [r[3]["total"] for r in results]
            out["results"] = _digest(json.dumps(results, sort_keys=True, default=str))
        finally:
            index.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(json.dumps(out, indent=1, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
