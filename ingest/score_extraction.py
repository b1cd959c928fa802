"""Score extraction against the gold annotations in a directory (precision, recall, F1 per field).

    python -m ingest.score_extraction tests/gold [--json] [--per-paper]

Each gold file `X.json` names its paper in `doc` (the file next to it). Names
are compared after normalising case, white space, apostrophes, dashes and
titles; values under the gold's `borderline` count neither right nor wrong.
Actions are paired with gold actions by text similarity, and only paired
actions have their owners compared. Single values (chair, date, kind, title)
count as a one-element set; empty on both sides is agreement, not a score.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Callable, Iterable

from rapidfuzz import fuzz

from ingest.model import Paper
from ingest.names import clean_text, org_key, person_key
from ingest.pipeline import extract_file

FIELDS = ("attendees", "attendee_orgs", "apologies", "chair", "date", "kind", "title", "items", "actions",
          "action_owners", "people", "organisations", "acronyms", "topics", "mentions_fgm", "future_meetings")
ALWAYS_SCORED = ("attendees", "apologies", "actions")  # an absent list still means "none here"
DERIVED = {"attendee_orgs": "attendees", "action_owners": "actions"}
ACTION_MATCH = 80.0  # rapidfuzz ratio (0-100) for an extracted action to count as a gold action


def _text_key(value: str) -> str:
    return clean_text(value).lower().strip(" .,;:")


class Counts:
    __slots__ = ("tp", "fp", "fn")

    def __init__(self, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        self.tp, self.fp, self.fn = tp, fp, fn

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def as_dict(self) -> dict[str, float | int]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


def score_sets(pred: Iterable[Any], gold: Iterable[Any], borderline: Iterable[Any] = ()) -> Counts:
    """Set comparison; predicted borderline values are not false positives."""
    p, g, b = set(pred), set(gold), set(borderline)
    return Counts(len(p & g), len(p - g - b), len(g - p))


def _single(value: Any, key: Callable[[str], str]) -> set[str]:
    return {key(value)} if value not in (None, "") else set()


def _names(people: Iterable[dict[str, Any] | str | None]) -> set[str]:
    out = set()
    for p in people:
        name = p.get("name") if isinstance(p, dict) else p
        if name:
            out.add(person_key(name))
    return out


def _pairs(people: Iterable[dict[str, Any]]) -> set[tuple[str, str]]:
    return {(person_key(p["name"]), org_key(p["org"])) for p in people if p.get("name") and p.get("org")}


def match_actions(pred: list[dict[str, Any]], gold: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Pairs (pred index, gold index), best similarity first, each action used once."""
    scored = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            s = fuzz.ratio(_text_key(p["text"]), _text_key(g["text"]))
            if s >= ACTION_MATCH:
                scored.append((s, i, j))
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for s, i, j in sorted(scored, reverse=True):
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append((i, j))
    return pairs


def score_paper(pred: dict[str, Any], gold: dict[str, Any]) -> dict[str, Counts]:
    """Counts per field for one paper (`pred` is Paper.to_dict())."""
    border = gold.get("borderline") or {}
    out: dict[str, Counts] = {}
    out["attendees"] = score_sets(_names(pred["attendees"]), _names(gold.get("attendees", [])),
                                  _names(border.get("attendees", [])))
    out["attendee_orgs"] = score_sets(_pairs(pred["attendees"]), _pairs(gold.get("attendees", [])))
    out["apologies"] = score_sets(_names(pred["apologies"]), _names(gold.get("apologies", [])),
                                  _names(border.get("apologies", [])))
    out["chair"] = score_sets(_names([pred.get("chair")]), _names([gold.get("chair")]))
    out["date"] = score_sets(_single(pred.get("date"), str), _single(gold.get("date"), str))
    out["kind"] = score_sets(_single(pred.get("kind"), str), _single(gold.get("kind"), str))
    out["title"] = score_sets(_single(pred.get("title"), _text_key), _single(gold.get("title"), _text_key))
    item = lambda i: (str(i["number"]), _text_key(i.get("heading") or i.get("title") or ""))  # noqa: E731
    out["items"] = score_sets({item(i) for i in pred["items"]}, {item(i) for i in gold.get("items", [])})
    g_actions = gold.get("actions", [])
    pairs = match_actions(pred["actions"], g_actions)
    out["actions"] = Counts(len(pairs), len(pred["actions"]) - len(pairs), len(g_actions) - len(pairs))
    owners = Counts()
    for i, j in pairs:
        owners.add(score_sets({person_key(o) for o in pred["actions"][i]["owners"]},
                              {person_key(o) for o in g_actions[j]["owners"]}))
    out["action_owners"] = owners
    out["people"] = score_sets(_names(pred["people"]), _names(gold.get("people", [])),
                               _names(border.get("people", [])))
    out["organisations"] = score_sets({org_key(o) for o in pred["organisations"]},
                                      {org_key(o) for o in gold.get("organisations", [])},
                                      {org_key(o) for o in border.get("organisations", [])})
    acr = lambda d: {(k, _text_key(v)) for k, v in (d or {}).items()}  # noqa: E731
    border_acr = border.get("acronyms") or {}
    predicted_acr = {(k, v) for k, v in acr(pred["acronyms"]) if k not in border_acr}
    out["acronyms"] = score_sets(predicted_acr, acr(gold.get("acronyms")))
    if "topics" in gold:
        out["topics"] = score_sets({_text_key(t) for t in pred["topics"]}, {_text_key(t) for t in gold["topics"]},
                                   {_text_key(t) for t in border.get("topics", [])})
    if "mentions_fgm" in gold:
        out["mentions_fgm"] = score_sets({True} if pred["mentions_fgm"] else set(),
                                         {True} if gold["mentions_fgm"] else set())
    out["future_meetings"] = score_sets(set(pred["future_meetings"]), set(gold.get("future_meetings", [])))
    # A gold file scores only the fields it annotates (the real set has no people, kind, ...).
    return {name: c for name, c in out.items()
            if name in ALWAYS_SCORED or DERIVED.get(name, name) in gold}


def evaluate(gold_dir: Path, extract: Callable[[Path], Paper] = extract_file) -> dict[str, Any]:
    """{"overall": {field: {precision, recall, f1, tp, fp, fn}}, "papers": {doc: {field: {...}}},
    "failed": {doc: error}}.

    A paper the pipeline could not extract (it keeps going and marks the paper failed) is scored as
    empty; "failed" names it, so a rule that raises shows as an error, not as a quiet loss of recall.
    """
    gold_dir = Path(gold_dir)
    golds = sorted(gold_dir.glob("*.json"))
    if not golds:
        raise FileNotFoundError(f"No gold annotations (*.json) in {gold_dir}.")
    overall = {f: Counts() for f in FIELDS}
    papers: dict[str, dict[str, Any]] = {}
    failed: dict[str, str] = {}
    for path in golds:
        gold = json.loads(path.read_text(encoding="utf-8"))
        doc_path = gold_dir / gold["doc"]
        if not doc_path.exists():
            raise FileNotFoundError(f"{path.name} annotates {gold['doc']}, which is not in {gold_dir}.")
        paper = extract(doc_path)
        if paper.status == "failed":
            failed[gold["doc"]] = paper.error or "failed"
        pred = paper.to_dict(include_text=False)
        counts = score_paper(pred, gold)
        for name, c in counts.items():
            overall[name].add(c)
        papers[gold["doc"]] = {name: c.as_dict() for name, c in counts.items()}
    return {"overall": {name: c.as_dict() for name, c in overall.items() if c.tp + c.fp + c.fn or
                        any(name in p for p in papers.values())},
            "papers": papers, "failed": failed}


def failure_lines(result: dict[str, Any]) -> list[str]:
    """One warning per gold paper the pipeline could not extract (it scored as empty)."""
    return [f"warning: {doc} was not extracted, so it scores as empty: {error}"
            for doc, error in result["failed"].items()]


def score_table(scores: dict[str, dict[str, Any]]) -> str:
    """Scores by field ({field: {precision, recall, f1, tp, fp, fn}}) as an aligned text table."""
    lines = [f"{'field':<16}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'fp':>6}{'fn':>6}"]
    for name, s in scores.items():
        lines.append(f"{name:<16}{s['precision']:>8.3f}{s['recall']:>8.3f}{s['f1']:>8.3f}"
                     f"{s['tp']:>6}{s['fp']:>6}{s['fn']:>6}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m ingest.score_extraction", description=__doc__.split("\n\n")[0])
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    ap.add_argument("--per-paper", action="store_true", help="also print each paper's scores")
    args = ap.parse_args(argv)
    try:
        result = evaluate(args.gold_dir)
    except (FileNotFoundError, json.JSONDecodeError, KeyError) as ex:
        print(f"error: {ex}", file=sys.stderr)
        return 2
    for line in failure_lines(result):
        print(line, file=sys.stderr)
    if args.json:
        print(json.dumps(result if args.per_paper else {"overall": result["overall"], "failed": result["failed"]},
                         indent=2))
        return 0
    print(score_table(result["overall"]))
    if args.per_paper:
        for doc, scores in result["papers"].items():
            print(f"\n{doc}\n{score_table(scores)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
