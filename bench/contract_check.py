"""Proof that a restructuring of the Paper contract changes nothing the stores answer.

For each corpus (samples/, tests/gold/real/*.txt, a generated one) this ingests the
files into a fresh data dir through the Archive (real embedded graph, real Whoosh
index) and writes, to one JSON file:

- `papers`: every stored paper (`Paper.to_dict()`, as `extract --json` gives it);
- `graph`: every node and relationship with its properties (timestamps and the
  stored paper JSON left out), counts, every person, organisation and meeting
  page, `actions_mentioning` a few terms;
- `search`: a fixed list of queries, each hit's id, type and rank, and facets;
- the same graph and search dumps again after a few curation decisions made
  through `Archive.curate` (a merge, an alias, a rename, then an undo).

Run it before and after a change and compare:

    python -m bench.contract_check --out /tmp/before.json [--corpus DIR]
    python -m bench.contract_check --out /tmp/after.json  [--corpus DIR]
    python -m bench.contract_check --compare /tmp/before.json /tmp/after.json

`--compare` drops the fields a contract change may add to stored papers
(`PROJECTED_OUT`) before comparing, and prints the first differences.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ["safeguarding", "police", "training", "serious case review", "domestic violence", "chair",
           "action", "health", "school", "report", "owner:board", "type:action", "type:item training",
           "minutes 2008", "child protection", "LSCB", "FGM", "attendance", "budget", "audit"]
TERMS = ["training", "police", "safeguarding", "review", "health"]
# fields a contract change adds to a stored paper's actions; compared after dropping them
PROJECTED_OUT = {"owner_kinds", "parent"}
# kept at write time to make reads cheap, derived from the facts and checked by their own tests:
# name counts (graph/name_counts.py), sort dates (graph/sort_dates.py), actions' places
# (graph/action_places.py), item counts (graph/item_counts.py),
# co-attendance (graph/co_attendance.py), affiliation counts (graph/affiliation_counts.py)
DERIVED_PROPS = {"alias_uses", "canonicals", "canonical_uses", "sort_date", "item_count", "co_attendance",
                 "doc_title", "meeting_id", "meeting_title", "placed_date", "placed"}
DERIVED_RELS = {"CO_ATTENDED"}
DERIVED_REL_PROPS = {"AFFILIATED_WITH": {"count"}}
SKIP_PROPS = {"ingested_at", "paper_json", *DERIVED_PROPS}


def _jsonable(value: Any) -> Any:
    return json.loads(json.dumps(value, default=str, sort_keys=True))


def _graph_dump(archive: Any) -> dict[str, Any]:
    import graph

    g = archive.graph
    nodes = []
    for row in g.run("MATCH (n) RETURN labels(n) AS labels, properties(n) AS p"):
        props = {k: v for k, v in row["p"].items() if k not in SKIP_PROPS}
        nodes.append({"labels": sorted(row["labels"]), "props": props})
    nodes.sort(key=lambda n: json.dumps(n, sort_keys=True, default=str))

    def ident(props: dict) -> str:
        return str(props.get("key") or props.get("id") or props.get("name"))

    rels = []
    for row in g.run("MATCH (a)-[r]->(b) RETURN type(r) AS t, labels(a)[0] AS la, properties(a) AS a, "
                     "labels(b)[0] AS lb, properties(b) AS b, properties(r) AS p"):
        if row["t"] in DERIVED_RELS:
            continue
        rels.append({"type": row["t"], "from": [row["la"], ident(row["a"])], "to": [row["lb"], ident(row["b"])],
                     "props": {k: v for k, v in row["p"].items()
                               if k not in SKIP_PROPS and k not in DERIVED_REL_PROPS.get(row["t"], ())}})
    rels.sort(key=lambda r: json.dumps(r, sort_keys=True, default=str))
    people = sorted(r["key"] for r in g.run("MATCH (p:Person) RETURN p.key AS key"))
    orgs = sorted(r["key"] for r in g.run("MATCH (o:Organisation) RETURN o.key AS key"))
    meetings = sorted(r["id"] for r in g.run("MATCH (m:Meeting) RETURN m.id AS id"))
    docs = sorted(r["id"] for r in g.run("MATCH (d:Document) RETURN d.id AS id"))

    def page(value: dict | None) -> Any:
        if value is None:
            return None
        value = dict(value)
        value.pop("ingested_at", None)
        return value

    return _jsonable({
        "counts": graph.counts(g), "nodes": nodes, "relationships": rels,
        "people": {k: page(graph.person(g, k)) for k in people},
        "organisations": {k: page(graph.organisation(g, k)) for k in orgs},
        "meetings": {m: page(graph.meeting(g, m)) for m in meetings},
        "documents": {d: page(graph.document(g, d)) for d in docs},
        "actions_mentioning": {t: graph.actions_mentioning(g, t) for t in TERMS},
        "actions_under_items_about": {t: graph.actions_under_items_about(g, t) for t in TERMS},
    })


def _search_dump(archive: Any) -> dict[str, Any]:
    out = {}
    for query in QUERIES:
        res = archive.index.query(query, per_page=50)
        out[query] = {"total": res.total,
                      "hits": [[rank, h.to_dict()] for rank, h in enumerate(res.hits)],
                      "facets": res.facets, "warnings": res.warnings}
    return _jsonable(out)


def _curate(archive: Any) -> list[dict]:
    """A merge, an organisation alias and a rename, then the undo of the alias, all through Archive.curate."""
    g = archive.graph
    people = [r["key"] for r in g.run("MATCH (p:Person)<-[:OWNS]-() RETURN DISTINCT p.key AS key ORDER BY key")] \
        or [r["key"] for r in g.run("MATCH (p:Person) RETURN p.key AS key ORDER BY key")]
    orgs = [r for r in g.run("MATCH (o:Organisation) RETURN o.key AS key, o.name AS name ORDER BY key")]
    done = []
    if len(people) >= 2:
        done.append(archive.curate("merge", {"source": people[0], "target": people[1]}, "check"))
    if len(orgs) >= 2:
        alias = archive.curate("alias_org", {"alias": orgs[0]["name"], "target": orgs[1]["key"]}, "check")
        done.append(alias)
        done.append(archive.curate("rename_org", {"key": orgs[-1]["key"], "name": "Renamed Organisation"}, "check"))
        done.append(archive.curate("undo", {"id": alias["id"]}, "check"))
    return [{"action": r["action"], "args": r["args"], "docs": r["docs"]} for r in done]


def check_corpus(files: list[Path]) -> dict[str, Any]:
    from archive import Archive

    tmp = Path(tempfile.mkdtemp(prefix="contract-"))
    try:
        with Archive(tmp / "data") as archive:
            results = archive.ingest_files(files)
            papers = {p.filename: p.to_dict() for p in archive.papers()}
            out = {"ingested": sorted((r.to_dict()["filename"], r.to_dict()["status"]) for r in results),
                   "papers": dict(sorted(papers.items())), "graph": _graph_dump(archive),
                   "search": _search_dump(archive)}
            out["curation"] = _curate(archive)
            out["graph_curated"] = _graph_dump(archive)
            out["search_curated"] = _search_dump(archive)
            out["papers_reloaded"] = {p.filename: p.to_dict() for p in archive.papers()}
        return _jsonable(out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _project(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _project(v) for k, v in value.items() if k not in PROJECTED_OUT}
    if isinstance(value, list):
        return [_project(v) for v in value]
    if isinstance(value, str) and value.startswith("{") and '"actions"' in value:
        try:
            return _project(json.loads(value))
        except ValueError:
            return value
    return value


def _diffs(a: Any, b: Any, path: str, out: list[str], limit: int = 40) -> None:
    if len(out) >= limit:
        return
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b)):
            if k not in a or k not in b:
                out.append(f"{path}/{k}: only in {'after' if k not in a else 'before'}")
            else:
                _diffs(a[k], b[k], f"{path}/{k}", out, limit)
    elif isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b)):
            _diffs(x, y, f"{path}[{i}]", out, limit)
    elif a != b:
        out.append(f"{path}: {json.dumps(a, default=str)[:200]} != {json.dumps(b, default=str)[:200]}")


def _no_record_ids(dump: dict) -> dict:
    """An undo names the record it cancels by a random id: compared as the same undo."""
    for corpus in dump.values():
        for rec in corpus.get("curation", []):
            if rec["action"] == "undo":
                rec["args"]["id"] = "(the alias above)"
    return dump


def compare(before: Path, after: Path) -> int:
    a = _project(_no_record_ids(json.loads(before.read_text(encoding="utf-8"))))
    b = _project(_no_record_ids(json.loads(after.read_text(encoding="utf-8"))))
    out: list[str] = []
    _diffs(a, b, "", out)
    for line in out:
        print(line)
    print("identical (after projecting out " + ", ".join(sorted(PROJECTED_OUT)) + ")" if not out
          else f"{len(out)}+ differences")
    return 0 if not out else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path)
    parser.add_argument("--corpus", type=Path, help="a generated corpus dir (python -m bench.generate ... --out DIR)")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args(argv)
    if args.compare:
        return compare(*args.compare)
    if not args.out:
        parser.error("--out or --compare is needed")
    sets = {"samples": sorted((ROOT / "samples").glob("*.txt")),
            "real": sorted((ROOT / "tests" / "gold" / "real").glob("*.txt"))}
    if args.corpus:
        from archive import Archive

        sets["generated"] = Archive.files_under(args.corpus)
    out = {}
    for name, files in sets.items():
        print(f"{name}: {len(files)} files", file=sys.stderr, flush=True)
        out[name] = check_corpus(files)
    args.out.write_text(json.dumps(out, ensure_ascii=False, sort_keys=True, indent=1), encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
