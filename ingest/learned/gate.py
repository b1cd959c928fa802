"""Measuring the 'rules read few' gate (round 57) inside cross-validation: on the open minutes whose rules read SOME
attendees, the names a held-out fold model reads beyond the rules', taken when the model reads at least MORE more
and RATIO times as many as the rules; scored against the gold (borderline names neither right nor wrong).

    python -m ingest.learned.gate DUMP [--rules /tmp/rules.json]

DUMP is `python -m ingest.learned.crossval --person --dump DUMP` (run with --least 0: the gate counts itself);
with --member, a dump without --person (the member names are what looks_like_person refuses; round 67).
The rules' names come from the product (`extract_file`) on each open paper, cached in --rules.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from ingest.learned.corpus import GOLD, open_sets
from ingest.learned.fallback import given_shape
from ingest.names import person_key
from ingest.score_extraction import Counts, score_sets


def rules_names(cache: Path | None) -> dict[str, dict]:
    """'set/doc' -> {'kind', 'attendees', 'apologies', 'chair', 'learned'} as the product reads each open paper."""
    if cache is not None and cache.exists():
        return json.loads(cache.read_text())
    from ingest.pipeline import extract_file

    out = {}
    for s in open_sets():
        folder = GOLD if s == "gold" else GOLD / s
        for path in sorted(folder.glob("*.json")):
            doc = json.loads(path.read_text(encoding="utf-8"))["doc"]
            p = extract_file(folder / doc)
            out[f"{s}/{doc}"] = {"kind": p.kind, "attendees": [e.name for e in p.attendees],
                                 "apologies": [e.name for e in p.apologies],
                                 "chair": p.chair.name if p.chair else None,
                                 "learned": any("statistical reader" in w for w in p.warnings)}
    if cache is not None:
        cache.write_text(json.dumps(out, indent=1))
    return out


def _borderline(key: str) -> set[str]:
    s, doc = key.split("/", 1)
    folder = GOLD if s == "gold" else GOLD / s
    for path in folder.glob("*.json"):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if gold["doc"] == doc:
            return {person_key(p["name"] if isinstance(p, dict) else p)
                    for p in (gold.get("borderline") or {}).get("attendees", [])}
    return set()


def added_names(model: list[str], rules: dict) -> list[str]:
    """The model's attendees outside the rules' attendees, apologies and chair (by person key), in order."""
    seen = {person_key(n) for n in rules["attendees"] + rules["apologies"] + ([rules["chair"]] if rules["chair"] else [])}
    out = []
    for n in model:
        if (k := person_key(n)) not in seen:
            seen.add(k)
            out.append(n)
    return out


def _texts() -> dict[str, str]:
    from ingest.learned.corpus import examples

    return {f"{s}/{e.doc}": e.text for s in open_sets() for e in examples(s)}


def measure(dump: dict, rules: dict[str, dict], more: int, ratio: float, verbose: bool = False,
            texts: dict[str, str] | None = None, given: bool = False, member: int | None = None) -> dict:
    """`texts`: only names with an attendance word before them (`reader.list_kind`), not the model's label alone;
    `member`: with `given`, names of a member shape a title leads pass too where the rules read this many or fewer
    (`members.member_name`, round 67; needs `texts`)."""
    from ingest.learned.members import member_name, surname
    from ingest.learned.reader import list_kind
    from ingest.parse.people import looks_like_person
    from ingest.parse.vocab import load_vocabulary

    vocab = load_vocabulary()

    added = Counts()
    before, after = Counts(), Counts()
    papers = 0
    for key, paper in dump["papers"].items():
        r = rules.get(key)
        if r is None or r["kind"] != "minutes" or not r["attendees"] or r["learned"]:
            continue
        few = member is not None and texts is not None and len(r["attendees"]) <= member
        read = {surname(person_key(n)) for n in r["attendees"] + r["apologies"] + ([r["chair"]] if r["chair"] else [])}
        model = [f[1] for f in paper["found"] if f[0] == "attendees"
                 and (texts is None or list_kind(texts[key], f[2][0]) == "attendees")
                 and (not given or given_shape(f[1]) and (member is None or looks_like_person(f[1], vocab, in_slot=True))
                      or few and member_name(f[1], texts[key], tuple(f[2]), vocab, read))]
        new = added_names(model, r)
        if len(new) < more or len(model) < ratio * len(r["attendees"]):
            continue
        papers += 1
        gold = {person_key(n) for n in paper["gold"]["attendees"]}
        border = _borderline(key)
        c = score_sets({person_key(n) for n in new}, gold, border)
        added.add(Counts(c.tp, c.fp, 0))
        rk = {person_key(n) for n in r["attendees"]}
        before.add(score_sets(rk, gold, border))
        after.add(score_sets(rk | {person_key(n) for n in new}, gold, border))
        if verbose:
            wrong = [n for n in new if person_key(n) not in gold | border]
            print(f"  {key}: rules {len(r['attendees'])}, model {len(model)}, added {c.tp} right {c.fp} wrong "
                  f"{wrong}")
    return {"papers": papers, "added": added, "before": before, "after": after}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m ingest.learned.gate", description=__doc__.split("\n\n")[0])
    ap.add_argument("dump", type=Path)
    ap.add_argument("--rules", type=Path, default=None)
    ap.add_argument("--more", type=int, nargs="*", default=[2, 3, 4, 5])
    ap.add_argument("--ratio", type=float, nargs="*", default=[1.0, 1.5, 2.0, 3.0])
    ap.add_argument("--worded", action="store_true", help="only names under an attendance word")
    ap.add_argument("--given", action="store_true", help="only names of a given-name shape (given_shape)")
    ap.add_argument("--member", type=int, default=None,
                    help="with --given --worded: member names a title leads pass where the rules read this many or fewer")
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args(argv)
    dump = json.loads(args.dump.read_text())
    rules = rules_names(args.rules)
    texts = _texts() if args.worded else None
    for more in args.more:
        for ratio in args.ratio:
            m = measure(dump, rules, more, ratio, args.v, texts, args.given, args.member)
            a = m["added"]
            prec = a.tp / (a.tp + a.fp) if a.tp + a.fp else 1.0
            print(f"more >= {more}, ratio >= {ratio}: {m['papers']} papers, added {a.tp} right {a.fp} wrong "
                  f"(P {prec:.3f}); attendees there {m['before'].tp}/{m['before'].fp}/{m['before'].fn} -> "
                  f"{m['after'].tp}/{m['after'].fp}/{m['after'].fn}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
