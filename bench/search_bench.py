"""Search latency: 50 fixed queries on the Whoosh index vs their text part on SQLite FTS5.

    python -m bench.search_bench --n 1000

Runs on an archive of the generated corpus (built once under bench/out/). Each
query runs once to warm up; then `--rounds` rounds each open a fresh index
object (so a result cache inside the engine starts empty) and run every query
once: p50/p95/p99 are over those runs. Repeats on the same index object (cache
hits, when the engine caches) are reported apart. The baseline indexes the same units (papers, agenda items,
actions) from the same Paper texts in an in-memory FTS5 table (porter
stemming, like Whoosh's stemmed text field) and, like the Whoosh query, returns
the top 20 with a snippet and the total count. Target: p95 < 50 ms at 10k.
"""
from __future__ import annotations

import argparse
import json
import sqlite3
import time
from pathlib import Path
from typing import Any

from bench import common

TARGET_P95_MS = 50.0
PARTS = {  # where a query's time goes: (part of the file path, function)
    "all queries (SearchIndex.query)": ("search/whoosh_index", "query"),
    "parse + compile": ("search/compile", "compile"),
    "did-you-mean (suggest_query)": ("search/suggest", "suggest_query"),
    "whoosh search + facets (Searcher.search)": ("whoosh/searching", "search"),
    "snippets (make_snippet)": ("search/snippets", "make_snippet"),
}


def query_set(gold: list[dict[str, Any]]) -> list[tuple[str, str, dict[str, str] | None, str | None]]:
    """(category, query, filters, FTS5 text part or None): 50 queries over the corpus' own names."""
    people = (common.frequent(gold, "people", 8) + ["Nobody Known"] * 8)[:8]  # tiny corpora: still 50
    orgs = [o for o in common.frequent(gold, "organisations", 30) if o.isupper() and len(o) <= 6][:3] or ["NSPCC"]
    words = ["secure email", "serious case reviews", "child death review", "private fostering",
             "trafficked children", "quality assurance", "consultation period", "terms of reference",
             "pan-London summary", "information sharing", "domestic violence", "mental health"]
    phrases = ["child protection procedures", "secure email", "serious case reviews", "female genital mutilation",
               "terms of reference", "front-line staff", "national referral mechanism"]
    qs: list[tuple[str, str, dict[str, str] | None, str | None]] = []
    qs += [("free text", w, None, w.replace("-", " ")) for w in words]
    qs += [("phrase", f'"{p}"', None, f'"{p.replace("-", " ")}"') for p in phrases]
    qs += [("field", f'person:"{p}"', None, f'"{p}"') for p in people[:4]]
    qs += [("field", f'person:"{p}" type:action', None, f'"{p}"') for p in people[4:6]]
    qs += [("field", f"owner:{p.split()[-1]}", None, f'"{p.split()[-1]}"') for p in people[6:8]]
    qs += [("field", f"org:{orgs[0]}", None, orgs[0]), ("field", 'org:"Metropolitan Police"', None,
                                                         '"Metropolitan Police"'),
           ("field", "topic:FGM", None, "FGM"), ("field", 'topic:"serious case reviews"', None,
                                                 '"serious case reviews"'),
           ("field", "kind:workplan training", None, "training"), ("field", 'body:"LSCB Chairs" funding', None,
                                                                   "funding"),
           ("field", "date:2008 training", None, "training"), ("field", 'year:2010 "secure email"', None,
                                                              '"secure email"'),
           ("field", "date:2007..2009 datasets", None, "datasets"),
           ("field", "type:action consultation", None, "consultation")]
    qs += [("facet", "training", {"year": "2008"}, "training"), ("facet", "secure email", {"type": "action"},
                                                                 "secure email"),
           ("facet", "*", {"kind": "minutes"}, None), ("facet", "funding", {"kind": "update"}, "funding"),
           ("facet", "consultation", {"topic": "training"}, "consultation"),
           ("facet", "*", {"person": people[0]}, None), ("facet", "review", {"type": "item"}, "review"),
           ("facet", "arrangements", {"year": "2010", "type": "item"}, "arrangements")]
    qs += [("boolean", 'fgm OR "female genital"', None, 'fgm OR "female genital"'),
           ("boolean", "safeguard*", None, "safeguard*"), ("boolean", "datasets NOT training", None,
                                                           "datasets NOT training"),
           ("boolean", "consultation -funding", None, "consultation NOT funding"),
           ("boolean", "(secure OR email) police", None, "(secure OR email) AND police")]
    return qs


def _fts_build(data_dir: Path) -> tuple[sqlite3.Connection, int, float]:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE fts USING fts5(type UNINDEXED, title, text, tokenize='porter unicode61')")
    started = time.perf_counter()
    rows = 0
    for path in sorted((data_dir / "papers").glob("*.json")):
        paper = json.loads(path.read_text(encoding="utf-8"))
        text = paper.get("text", "")
        units = [("paper", paper.get("title") or paper["doc"], text)]
        units += [("item", i["heading"], text[i["span"][0]:i["span"][1]]) for i in paper.get("items", [])]
        units += [("action", "", a["text"]) for a in paper.get("actions", [])]
        db.executemany("INSERT INTO fts(type, title, text) VALUES (?, ?, ?)", units)
        rows += len(units)
    db.commit()
    return db, rows, time.perf_counter() - started


def _fts_query(db: sqlite3.Connection, q: str) -> int:
    db.execute("SELECT rowid, type, title, snippet(fts, 2, '<mark>', '</mark>', '…', 12) FROM fts "
               "WHERE fts MATCH ? ORDER BY rank LIMIT 20", (q,)).fetchall()
    return db.execute("SELECT count(*) FROM fts WHERE fts MATCH ?", (q,)).fetchone()[0]


def _summary(samples: list[float]) -> dict[str, float]:
    out = common.percentiles(samples)
    out["mean"] = round(sum(samples) / len(samples), 2) if samples else 0.0
    out["max"] = round(max(samples), 2) if samples else 0.0
    return out


def run(n: int, seed: int = 1, rounds: int = 5, base: Path | None = None) -> dict[str, Any]:
    from search import open_index

    data_dir = common.archive(n, seed, base)
    gold = common.golds(common.corpus(n, seed, base))
    queries = query_set(gold)
    index = open_index(data_dir)
    try:
        cold, repeat, zero, failed = [], [], [], {}
        for cat, q, filters, _ in queries:
            try:
                ms, res = common.timed_ms(index.query, q, filters=filters)
            except Exception as ex:  # noqa: BLE001 - a failing query is a finding, not the end of the run
                failed[q + (f" {json.dumps(filters)}" if filters else "")] = f"{type(ex).__name__}: {ex}"[:200]
                continue
            cold.append(ms)
            if res.total == 0:
                zero.append(q)
            repeat += [common.timed_ms(index.query, q, filters=filters)[0] for _ in range(rounds)]
        entries = index.entry_count()
    finally:
        index.close()
    ok = [(c, q, f) for c, q, f, _ in queries if q + (f" {json.dumps(f)}" if f else "") not in failed]
    timed, per_query = [], {}
    for _ in range(rounds):  # a fresh index object per round: the engine's own result cache starts empty
        index = open_index(data_dir)
        try:
            for cat, q, f in ok:
                ms = common.timed_ms(index.query, q, filters=f)[0]
                timed.append(ms)
                per_query.setdefault((cat, q, json.dumps(f) if f else ""), []).append(ms)
        finally:
            index.close()
    index = open_index(data_dir)
    try:
        _, rows = common.profiled(lambda: [index.query(q, filters=f) for _, q, f in ok])
    finally:
        index.close()
    index_bytes = sum(p.stat().st_size for p in (data_dir / "index").rglob("*") if p.is_file())
    db, fts_rows, fts_build_s = _fts_build(data_dir)
    fts_timed, fts_zero = [], []
    fts_queries = [fq for _, _, _, fq in queries if fq]
    for fq in fts_queries:
        if _fts_query(db, fq) == 0:
            fts_zero.append(fq)
        fts_timed += [common.timed_ms(_fts_query, db, fq)[0] for _ in range(rounds)]
    db_bytes = db.execute("PRAGMA page_count").fetchone()[0] * db.execute("PRAGMA page_size").fetchone()[0]
    db.close()
    by_cat: dict[str, list[float]] = {}
    for (cat, _, _), runs in per_query.items():
        by_cat.setdefault(cat, []).extend(runs)
    slowest = sorted(((common.percentiles(r, (95,))["p95"], q + (f" {f}" if f else ""))
                      for (_, q, f), r in per_query.items()), reverse=True)[:5]
    whoosh = _summary(timed)
    return {
        "papers": len(list((data_dir / "papers").glob("*.json"))), "index_entries": entries,
        "index_mb": round(index_bytes / 2**20, 1), "queries": len(queries), "rounds": rounds,
        "whoosh_ms": whoosh, "whoosh_first_run_ms": _summary(cold),
        "whoosh_repeat_same_index_ms": _summary(repeat),
        "whoosh_p95_by_category_ms": {c: common.percentiles(r, (95,))["p95"] for c, r in by_cat.items()},
        "slowest_p95_ms": [[ms, q] for ms, q in slowest], "zero_hit_queries": zero,
        "failed_queries": failed,
        "profile_one_pass": {"seconds": {name: common.cumulative(rows, part, fn) for name, (part, fn) in PARTS.items()},
                             "top_self_time_s": common.top_self_time(rows, 10)},
        "fts5_ms": _summary(fts_timed), "fts5_queries": len(fts_queries), "fts5_rows": fts_rows,
        "fts5_build_s": round(fts_build_s, 2), "fts5_mb": round(db_bytes / 2**20, 1),
        "fts5_zero_hit_queries": fts_zero, "sqlite_version": sqlite3.sqlite_version,
        "p95_ratio_whoosh_to_fts5": round(whoosh["p95"] / max(_summary(fts_timed)["p95"], 1e-6), 1),
        "target_p95_ms": TARGET_P95_MS, "meets_target": whoosh["p95"] < TARGET_P95_MS and not failed,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.search_bench", description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=common.size_arg, default=1000, help="corpus size (papers)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=5, help="timed runs of each query")
    args = parser.parse_args(argv)

    def body() -> int:
        common.report("search", "bench.search_bench", args.n, run(args.n, args.seed, args.rounds))
        return 0

    return common.guarded(body)


if __name__ == "__main__":
    raise SystemExit(main())
