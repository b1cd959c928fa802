"""Cross-validation BY SET of the learned attendance reader (round 56): each fold holds out whole open sets, the
model is trained on the rest and run ALONE on the held-out fold's papers, and its names are scored with the
scorer's keys (person_key, the gold's borderline names neither right nor wrong).

    python -m ingest.learned.crossval [--folds 5] [--epochs N] [--baseline /tmp/s0]

`--baseline` (a score_all output directory, per paper) adds the figures on the papers where the rules read no
attendee, and where they read under half of the gold's.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from ingest.learned.corpus import GOLD, Example, examples, open_sets
from ingest.learned.flatten import flat_copies, flattened
from ingest.learned.invent import augmented
from ingest.learned.reader import tagged
from ingest.learned.train import EPOCHS, save, train
from ingest.names import person_key
from ingest.score_extraction import Counts, score_sets

KINDS = ("attendees", "apologies")


def _borderline(ex: Example) -> dict[str, set[str]]:
    folder = GOLD if ex.set_name == "gold" else GOLD / ex.set_name
    for path in folder.glob("*.json"):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if gold["doc"] == ex.doc:
            border = gold.get("borderline") or {}
            return {k: {person_key(p["name"] if isinstance(p, dict) else p) for p in border.get(k, [])} for k in KINDS}
    return {k: set() for k in KINDS}


def score_example(ex: Example, found: list[tuple[str, str, tuple[int, int]]]) -> dict[str, Counts]:
    border = _borderline(ex)
    return {k: score_sets({person_key(n) for kind, n, _ in found if kind == k},
                          {person_key(n) for n in ex.gold[k]}, border[k]) for k in KINDS}


def rules_groups(baseline: Path | None) -> dict[tuple[str, str], str]:
    """(set, doc) -> 'none' (the rules read no attendee of a gold list) or 'half' (under half), from per-paper scores."""
    out: dict[tuple[str, str], str] = {}
    if baseline is None:
        return out
    for s in open_sets():
        path = baseline / f"{s}.json"
        if not path.exists():
            continue
        for doc, fields in json.loads(path.read_text())["papers"].items():
            a = fields["attendees"]
            if a["tp"] + a["fn"] == 0:
                continue
            if a["tp"] + a["fp"] == 0:
                out[(s, doc)] = "none"
            elif a["tp"] / (a["tp"] + a["fn"]) < 0.5:
                out[(s, doc)] = "half"
    return out


def _fmt(c: Counts) -> str:
    d = c.as_dict()
    return f"P {d['precision']:.3f} R {d['recall']:.3f} F1 {d['f1']:.3f} ({c.tp}/{c.fp}/{c.fn})"


def crossval(folds: int, epochs: int, baseline: Path | None, models: Path | None = None, relabel: bool = True,
             person: bool = False, least: int = 0, invent: int = 0, original: bool = True,
             given_too: bool = True, only: int | None = None, opening: int | None = None, flatten: int = 0,
             flatten_invented: bool = False, flat_eval: bool = False, forms: int = 0,
             forms_eval: bool = False, forms_share: float | None = None) -> dict:
    """Per fold and pooled P/R/F1; `models`: a folder keeping each fold's model (reused when there), `person`: only
    names `looks_like_person` accepts, `least`: a paper's attendees only when it gives that many (the product's guards),
    `opening`: train on this many characters of each paper (the held-out fold is still read to corpus.OPENING),
    `flatten`: this many flattened copies of each paper (of its invented copy with `flatten_invented`) in training,
    `flat_eval`: the held-out papers read flattened as well, scored apart (round 61), `forms`: this many member-list
    copies of each paper's invented copy in training, `forms_eval`: the held-out papers read in member-list form as
    well, scored apart (round 67)."""
    from ingest.learned.forms import form_copies, formed
    from ingest.parse.people import looks_like_person
    from ingest.parse.vocab import load_vocabulary

    vocab = load_vocabulary()
    sets = open_sets()
    data = {s: examples(s) for s in sets}
    train_data = data if opening is None else {s: examples(s, opening=opening) for s in sets}
    groups = rules_groups(baseline)
    pooled = {k: Counts() for k in KINDS}
    restricted = {g: {k: Counts() for k in KINDS} for g in ("none", "half", "none+half")}
    flat = {k: Counts() for k in KINDS}  # the held-out papers read flattened (`flat_eval`)
    formed_c = {k: Counts() for k in KINDS}  # the held-out papers read in member-list form (`forms_eval`)
    negatives = Counts()  # names the model gives on papers whose gold has no attendee and no apology
    report: dict = {"folds": [], "papers": {}}
    for f in range(folds) if only is None else [only - 1]:
        held = [s for i, s in enumerate(sets) if i % folds == f]
        saved = models / f"fold{f + 1}" if models else None
        if saved is not None and saved.exists():
            import spacy
            nlp = spacy.load(saved)
        else:
            kept = [e for s in sets if s not in held for e in train_data[s]]
            data_f = augmented(kept, invent, original, given_too)
            source = augmented(kept, 1)[len(kept):] if flatten_invented else kept  # as train.training_set
            first = augmented(kept, 1)[len(kept):] if forms else []
            nlp = train(data_f + flat_copies(source, flatten) + form_copies(first, forms, share=forms_share), epochs,
                        log=lambda *_: None)
            if saved is not None:
                saved.parent.mkdir(parents=True, exist_ok=True)
                save(nlp, saved)
        fold = {k: Counts() for k in KINDS}
        for s in held:
            for ex in data[s]:
                found = tagged(ex.text, nlp, relabel)
                if person:
                    found = [t for t in found if looks_like_person(t[1], vocab, in_slot=True)]
                if sum(t[0] == "attendees" for t in found) < least:
                    found = [t for t in found if t[0] != "attendees"]
                counts = score_example(ex, found)
                report["papers"][f"{s}/{ex.doc}"] = {"found": [(k, n, list(sp)) for k, n, sp in found], "gold": ex.gold,
                                                     "group": groups.get((s, ex.doc))}
                for k in KINDS:
                    fold[k].add(counts[k])
                    pooled[k].add(counts[k])
                    if (g := groups.get((s, ex.doc))) is not None:
                        restricted[g][k].add(counts[k])
                        restricted["none+half"][k].add(counts[k])
                if flat_eval:
                    found_f = tagged((fex := flattened(ex)).text, nlp, relabel)
                    if person:
                        found_f = [t for t in found_f if looks_like_person(t[1], vocab, in_slot=True)]
                    if sum(t[0] == "attendees" for t in found_f) < least:
                        found_f = [t for t in found_f if t[0] != "attendees"]
                    for k, c in score_example(fex, found_f).items():
                        flat[k].add(c)
                if forms_eval and ex.spans:
                    found_m = tagged((mex := formed(ex)).text, nlp, relabel)
                    if person:
                        found_m = [t for t in found_m if looks_like_person(t[1], vocab, in_slot=True)]
                    if sum(t[0] == "attendees" for t in found_m) < least:
                        found_m = [t for t in found_m if t[0] != "attendees"]
                    report["papers"][f"{s}/{ex.doc}"]["forms"] = {"found": [(k, n, list(sp)) for k, n, sp in found_m],
                                                                  "gold": mex.gold}
                    for k, c in score_example(mex, found_m).items():
                        formed_c[k].add(c)
                if not ex.gold["attendees"] and not ex.gold["apologies"]:
                    negatives.add(Counts(0, counts["attendees"].fp + counts["apologies"].fp, 0))
        print(f"fold {f + 1} ({', '.join(held)}): attendees {_fmt(fold['attendees'])}; "
              f"apologies {_fmt(fold['apologies'])}", flush=True)
        report["folds"].append({"sets": held, **{k: fold[k].as_dict() for k in KINDS}})
    print(f"pooled: attendees {_fmt(pooled['attendees'])}; apologies {_fmt(pooled['apologies'])}")
    print(f"false names on papers with no list (gold empty): {negatives.fp}")
    if flat_eval:
        print(f"held-out papers flattened: attendees {_fmt(flat['attendees'])}; apologies {_fmt(flat['apologies'])}")
        report["flat"] = {k: flat[k].as_dict() for k in KINDS}
    if forms_eval:
        print(f"held-out papers in member-list form: attendees {_fmt(formed_c['attendees'])}; "
              f"apologies {_fmt(formed_c['apologies'])}")
        report["forms"] = {k: formed_c[k].as_dict() for k in KINDS}
    for g, c in restricted.items():
        n = sum(1 for v in groups.values() if g == "none+half" or v == g)
        print(f"rules read {g} ({n} papers): attendees {_fmt(c['attendees'])}; apologies {_fmt(c['apologies'])}")
    report["pooled"] = {k: pooled[k].as_dict() for k in KINDS}
    report["restricted"] = {g: {k: c[k].as_dict() for k in KINDS} for g, c in restricted.items()}
    return report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m ingest.learned.crossval", description=__doc__.split("\n\n")[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--epochs", type=int, default=EPOCHS)
    ap.add_argument("--baseline", type=Path, default=None)
    ap.add_argument("--models", type=Path, default=None, help="keep (and reuse) each fold's model here")
    ap.add_argument("--no-relabel", action="store_true", help="the model's own list labels, not the list word's")
    ap.add_argument("--person", action="store_true", help="keep only names looks_like_person accepts")
    ap.add_argument("--least", type=int, default=0, help="a paper's attendees only when it gives this many")
    ap.add_argument("--invent", type=int, default=0, help="train on this many invented-name copies of each paper")
    ap.add_argument("--invent-only", action="store_true", help="the invented copies only, not the originals")
    ap.add_argument("--surnames-only", action="store_true", help="invent the surnames only, keep the given names")
    ap.add_argument("--fold", type=int, default=None, help="run this fold only (1-based)")
    ap.add_argument("--opening", type=int, default=None, help="train on this many characters of each paper")
    ap.add_argument("--flatten", type=int, default=0, help="train on this many flattened copies of each paper")
    ap.add_argument("--flatten-invented", action="store_true", help="flatten the invented copy, not the original")
    ap.add_argument("--flat-eval", action="store_true", help="also score the held-out papers flattened")
    ap.add_argument("--forms", type=int, default=0, help="train on this many member-list copies of each paper")
    ap.add_argument("--forms-share", type=float, default=None, help="the share of papers given a forms copy")
    ap.add_argument("--forms-eval", action="store_true", help="also score the held-out papers in member-list form")
    ap.add_argument("--dump", type=Path, default=None, help="write each paper's names found and gold as JSON")
    args = ap.parse_args(argv)
    report = crossval(args.folds, args.epochs, args.baseline, args.models, not args.no_relabel, args.person, args.least,
                      args.invent, not args.invent_only, not args.surnames_only, args.fold, args.opening,
                      args.flatten, args.flatten_invented, args.flat_eval, args.forms, args.forms_eval,
                      args.forms_share)
    if args.dump:
        args.dump.write_text(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
