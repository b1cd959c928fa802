"""Every extracted field of many papers as one sorted-JSON file, to prove a change keeps every output.

    python -m bench.extract_dump tests/gold tests/gold/real ... --out FILE [--limit 1000]

A gold folder's papers are the files its gold JSON name in `doc`; any other folder's
are its paper files (bench.common.papers_in), the first `--limit` of them. Papers are
extracted as ingest does (extract_many, batched) and written as `Paper.to_dict()`
(text and warnings included), one line per paper, keys sorted. Run it from two trees'
roots and `cmp` the files: identical files mean the change altered no output.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from bench import common


def _papers(folder: Path, limit: int | None) -> list[Path]:
    docs = []
    for gold in sorted(folder.glob("*.json")):
        data = json.loads(gold.read_text(encoding="utf-8"))
        if isinstance(data, dict) and data.get("doc"):
            docs.append(folder / data["doc"])
    return docs if docs else common.papers_in(folder)[:limit]


def main(argv: list[str] | None = None) -> None:
    from ingest.pipeline import extract_many

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--limit", type=int, default=1000, help="papers of a folder without gold JSON (default 1000)")
    args = ap.parse_args(argv)
    with args.out.open("w", encoding="utf-8") as out:
        for folder in args.folders:
            paths = _papers(folder, args.limit)
            for path, paper in zip(paths, extract_many(common.read_items(paths), batch_size=common.BATCH_SIZE)):
                row = {"folder": str(folder), "paper": paper.to_dict(include_text=True)}
                out.write(json.dumps(row, sort_keys=True, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
