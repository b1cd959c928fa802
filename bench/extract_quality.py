"""Extraction quality at scale: the scorer over generated papers, beside its figures on tests/gold.

    python -m bench.extract_quality --n 1000

Extracts every generated paper (batched, as ingest does) and scores it with
ingest.score_extraction against the generator's gold; then scores tests/gold (the
hand-made annotations of real papers) the same way. Prints precision, recall
and F1 per field for both, and the generated papers' F1 by kind and format, so
a weak field can be traced to a layout. The hand-made sets are shown apart:
the board's own samples, the team's gold (tests/gold/1NN_*) and real papers
of other boards (tests/gold/real; tests/gold/heldout, scored never tuned; and
tests/gold/blind*, each annotated before any extractor ran on it, scored blind
once and then used to widen the rules, see docs/extraction.md): generated papers
agree with the rules built on the samples' layouts, so only the real sets tell
how extraction holds.
"""
from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import Any, Callable

from bench import common

ROOT = common.ROOT


def _extract_all(folder: Path) -> dict[str, Any]:
    from ingest.pipeline import extract_many

    paths = common.papers_in(folder)
    return {p.filename: p for p in extract_many(common.read_items(paths), batch_size=common.BATCH_SIZE)}


def _f1(tp: int, fp: int, fn: int) -> float:
    return round(2 * tp / (2 * tp + fp + fn), 3) if tp + fp + fn else 1.0


def _groups(folder: Path, per_paper: dict[str, dict[str, Any]]) -> dict[str, dict[str, float]]:
    """F1 per field within each kind, format and (for minutes) layout choice of generated paper."""
    sums: dict[str, dict[str, list[int]]] = {}
    for gold in common.golds(folder):
        scores = per_paper.get(gold["doc"], {})
        layout = re.search(r"Layout: ([^.]*)\.", gold.get("notes", ""))
        groups = [f"kind={gold['kind']}", f"format={gold['doc'].rsplit('.', 1)[1]}"]
        if layout and "=" in layout.group(1):
            groups += [f"minutes {part.strip()}" for part in layout.group(1).split(",")]
        for group in groups:
            for name, s in scores.items():
                acc = sums.setdefault(group, {}).setdefault(name, [0, 0, 0])
                acc[0] += s["tp"]
                acc[1] += s["fp"]
                acc[2] += s["fn"]
    return {g: {f: _f1(*c) for f, c in fields.items()} for g, fields in sorted(sums.items())}


def run(n: int, seed: int = 1, base: Path | None = None, gold_dir: Path | None = None) -> dict[str, Any]:
    from ingest.score_extraction import evaluate

    folder = common.corpus(n, seed, base)
    papers = _extract_all(folder)
    generated = evaluate(folder, extract=lambda path: papers[path.name])
    gold_dir = gold_dir or ROOT / "tests" / "gold"
    hand = evaluate(gold_dir)
    real = evaluate(gold_dir / "real")
    heldout = evaluate(gold_dir / "heldout")
    sets = {"samples": _overall(hand["papers"], lambda doc: not doc.startswith("1")),
            "team_gold": _overall(hand["papers"], lambda doc: doc.startswith("1")),
            "real": real["overall"], "heldout": heldout["overall"],
            "blind": _overall({doc: scores for folder in sorted(gold_dir.glob("blind*"))
                               for doc, scores in evaluate(folder)["papers"].items()}, lambda doc: True)}
    fields = list(dict.fromkeys(list(generated["overall"]) + list(hand["overall"])))
    table = {f: {"generated_f1": generated["overall"].get(f, {}).get("f1"),
                 "tests_gold_f1": hand["overall"].get(f, {}).get("f1"),
                 **{f"{name}_f1": scores.get(f, {}).get("f1") for name, scores in sets.items()},
                 "generated_p": generated["overall"].get(f, {}).get("precision"),
                 "generated_r": generated["overall"].get(f, {}).get("recall")} for f in fields}
    failed = [name for name, p in papers.items() if p.status != "ok"]
    return {"papers": len(papers), "failed_papers": len(failed), "failed_examples": failed[:5],
            "tests_gold_papers": len(hand["papers"]), "f1_by_field": table,
            "generated_f1_by_group": _groups(folder, generated["papers"]),
            "generated_overall": generated["overall"], "tests_gold_overall": hand["overall"],
            "real_overall": real["overall"], "real_papers": len(real["papers"])}


def _overall(papers: dict[str, dict[str, Any]], keep: Callable[[str], bool]) -> dict[str, dict[str, float]]:
    """Per-field F1 summed over the papers whose file name `keep` accepts (samples vs the team's gold)."""
    sums: dict[str, list[int]] = {}
    for doc, scores in papers.items():
        if keep(doc):
            for name, s in scores.items():
                acc = sums.setdefault(name, [0, 0, 0])
                acc[0] += s["tp"]
                acc[1] += s["fp"]
                acc[2] += s["fn"]
    return {name: {"f1": _f1(*c)} for name, c in sums.items()}


_COLUMNS = (("samples", "samples_f1"), ("team gold", "team_gold_f1"), ("real", "real_f1"), ("held out", "heldout_f1"),
            ("blind", "blind_f1"), ("generated", "generated_f1"), ("gen P", "generated_p"), ("gen R", "generated_r"))


def _print_table(figures: dict[str, Any]) -> None:
    """F1 per field side by side: the board's samples, the team's gold, real papers of other boards, generated."""
    print(f"{'field':<18}" + "".join(f"{title:>11}" for title, _ in _COLUMNS))
    for name, row in figures["f1_by_field"].items():
        cells = [row.get(key) for _, key in _COLUMNS]
        print(f"{name:<18}" + "".join(f"{c:>11.3f}" if c is not None else f"{'-':>11}" for c in cells))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.extract_quality", description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=common.size_arg, default=1000, help="corpus size (papers)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)

    def body() -> int:
        figures = run(args.n, args.seed)
        _print_table(figures)
        common.report("extract_quality", "bench.extract_quality", args.n, figures)
        return 0

    return common.guarded(body)


if __name__ == "__main__":
    raise SystemExit(main())
