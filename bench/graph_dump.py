"""Every node and relationship of a data dir's graph with its properties (ingest times left out), one sorted
JSON line each, written to OUT; prints the count and a digest per label and relationship type. Two data dirs
that stored the same papers through two versions of the write path should print the same (BENCHMARKS.md,
"Ingest into a grown archive"). Opens the data dir through the archive (its graph server starts).

    python -m bench.graph_dump DATA_DIR OUT
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    from archive import Archive
    from graph import queries as q

    args = sys.argv[1:] if argv is None else argv
    data_dir, out = Path(args[0]), Path(args[1])
    lines: list[str] = []

    def keep(name: str, rows: list[str]) -> None:
        lines.extend(rows)
        print(name, len(rows), hashlib.sha256("\n".join(sorted(rows)).encode()).hexdigest()[:16], flush=True)

    with Archive(data_dir) as arc:
        g = arc.graph
        for label in q.LABELS:
            keep(label, [json.dumps({"node": label, **{k: v for k, v in r["props"].items() if k != "ingested_at"}},
                                    sort_keys=True)
                         for r in g.run(f"MATCH (n:{label}) RETURN properties(n) AS props")])
        for rel in q.REL_TYPES:
            keep(rel, [json.dumps({"rel": rel, "a": r["a"], "b": r["b"], **r["props"]}, sort_keys=True)
                       for r in g.run(f"MATCH (a)-[r:{rel}]->(b) RETURN coalesce(a.id, a.key, a.name) AS a, "
                                      "coalesce(b.id, b.key, b.name) AS b, properties(r) AS props")])
        print("all nodes", g.run("MATCH (n) RETURN count(n) AS n")[0]["n"])
    lines.sort()
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("total", len(lines), hashlib.sha256(out.read_bytes()).hexdigest()[:16])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
