"""The learned reader's apologies (round 68): on minutes, the names the model marks in a run straight under an
apologies word ('Apologies', 'Apologies for absence', 'Regrets', 'Absent', 'Not present') that the rules did not read.

Guards (cross-validation by set on the open sets' fold models, docs/extraction.md round 68): a name must read as a
person in a list's slot (`looks_like_person`) and not be a name the rules read (attendees, apologies, chair) nor
inside one (two names the rules read run together: 'Ada Brook Ben Cole' is not read again as two) nor over the
text of one (names run together the rules cut, which the model cuts elsewhere: 'Ada Brook Ben'); the
names are taken as a RUN: the first within LEAD characters after the word, each next within GAP of the one before
(', ', ' and ', a line break: a list, not names scattered through the items below); a run of one name only when it
stands right after the word (within ALONE characters: 'Apologies: Ada Brook') and the word is not a status cell
ending a table's row (`_row_end`); a status column's words take nothing (`_away_words`). The model's own label is
not used: the word decides. 'No apologies' and 'were not received' take nothing.

A cheap count decides first whether the model may run for apologies when it has not run for the attendees
(`unread_apology_pairs`): a name-shaped pair the rules did not read in such a run under an apologies word.
"""
from __future__ import annotations

import re
from typing import Callable, Sequence

from ingest.learned.reader import list_words
from ingest.model import PersonEntry
from ingest.names import person_key
from ingest.parse.people import looks_like_person
from ingest.parse.vocab import Vocabulary

LEAD = 40  # characters from the word to the run's first name
GAP = 5  # characters between two names of a run: ', ', ' and ', a line break
ALONE = 3  # a run of one name stands this close after the word
WARNING = ("The statistical reader (a model trained on known papers) read {n} apolog(ies) the rules did not: "
           "{names}. Check them against the paper.")
# the reader's list words with 'regrets' among the absences
_WORD = list_words(("regrets",))
_NEGATED = re.compile(r"(?i)\bno\s*$")
_NOT = re.compile(r"(?i)\bnot\b|\bnone\b")

Tagged = list[tuple[str, str, tuple[int, int]]]


def _row_end(opening: str, w: re.Match) -> bool:
    """The list word ends a line it does not open: a status cell at a row's end ('Ada Brook | Apologies'), the name
    after it the next row's."""
    z = opening.find("\n", w.end())
    return bool(re.search(r"\w", opening[opening.rfind("\n", 0, w.start()) + 1:w.start()])) and not re.search(
        r"\w", opening[w.end():z if z >= 0 else len(opening)])


def _bare(opening: str, w: re.Match) -> bool:
    """The list word stands alone on its line ('Apologies', 'Present:')."""
    a, z = opening.rfind("\n", 0, w.start()) + 1, opening.find("\n", w.end())
    return not re.search(r"\w", opening[a:w.start()] + opening[w.end():z if z >= 0 else len(opening)])


def _away_words(opening: str) -> list[tuple[int, int, bool]]:
    """(end of the word, start of the next list word, not a row's status cell) for each apologies word not negated
    ('No apologies') and not a cell of a status column (two or more list words alone on their lines: the status
    follows each person's name, so the name after it is the next row's)."""
    words = list(_WORD.finditer(opening))
    column = sum(_bare(opening, w) for w in words) >= 2
    out = []
    for i, w in enumerate(words):
        if column and _bare(opening, w):
            continue
        if w.group("away") and not _NEGATED.search(opening[max(0, w.start() - 8):w.start()]):
            stop = words[i + 1].start() if i + 1 < len(words) else len(opening)
            out.append((w.end(), stop, not _row_end(opening, w)))
    return out


def runs(opening: str, names: list[tuple[str, tuple[int, int]]]) -> list[list[tuple[str, tuple[int, int]]]]:
    """The runs of (name, span) straight under each apologies word, by LEAD, GAP and ALONE."""
    names = sorted(names, key=lambda n: n[1])
    out = []
    for end, stop, label in _away_words(opening):
        last, run = end, []
        for name, span in names:
            if span[0] < end or span[0] >= stop:
                continue
            gap = opening[last:span[0]]
            if span[0] - last > (GAP if run else LEAD) or (not run and _NOT.search(gap)):
                break
            run.append((name, span))
            last = span[1]
        if len(run) >= 2 or (run and label and run[0][1][0] - end <= ALONE):
            out.append(run)
    return out


def unread_apology_pairs(text: str, known: set[str]) -> int:
    """How many name-shaped pairs ('Ada Brook', 'A. Brook') outside the person keys `known` stand in a run under an
    apologies word in the opening (`runs` over the pairs, known or not): at none, the model is not run for them."""
    from ingest.learned.corpus import OPENING
    from ingest.learned.fallback import _PAIR, given_shape

    opening = text[:OPENING]
    pairs = [(f"{m[1]} {m[2]}", m.span()) for m in _PAIR.finditer(opening) if given_shape(f"{m[1]} {m[2]}")]
    keys = {person_key(name) for run in runs(opening, pairs) for name, _ in run}
    return sum(1 for key in keys - known if not any(f" {key} " in f" {k} " for k in known))


def learned_apologies(text: str, vocab: Vocabulary, known: set[str], read: Sequence[str] = (),
                      tag: Callable[[str], Tagged] | None = None) -> list[PersonEntry]:
    """The apologies the model reads in runs under an apologies word in the opening of `text`, outside the person
    keys `known` and the text of the names `read` by the rules, in order; `tag` is the model's reading of the paper
    (`reader.tagged`)."""
    from ingest.learned.corpus import OPENING, name_pattern
    from ingest.learned.reader import tagged

    opening = text[:OPENING]
    taken = [m.span() for name in read if name.strip() for m in name_pattern(name).finditer(opening)]
    found = (tag or tagged)(text)
    names = [(name, span) for _, name, span in found if looks_like_person(name, vocab, in_slot=True)]
    out: list[PersonEntry] = []
    seen = set(known)
    for run in runs(opening, names):
        for name, span in run:
            if any(span[0] < z and a < span[1] for a, z in taken):
                continue  # the rules read this text (a run goes on through the rules' names)
            if (key := person_key(name)) not in seen and not any(f" {key} " in f" {k} " for k in known):
                seen.add(key)
                out.append(PersonEntry(name, span=span))
    return out


def measure(dump: dict, rules: dict[str, dict], verbose: bool = False) -> dict[str, list[int]]:
    """On a crossval dump: the names the rule would add on the open minutes, right / wrong / papers, where the
    rules read no apology ('none') and some ('some'); the gold's borderline apologies neither right nor wrong."""
    from ingest.learned.crossval import _borderline
    from ingest.learned.corpus import OPENING, examples, open_sets
    from ingest.parse.vocab import load_vocabulary

    vocab = load_vocabulary()
    exs = {f"{s}/{e.doc}": e for s in open_sets() for e in examples(s)}
    out = {"none": [0, 0, 0], "some": [0, 0, 0]}
    for key, paper in dump["papers"].items():
        r = rules[key]
        if r["kind"] != "minutes":
            continue
        read = r["attendees"] + r["apologies"] + ([r["chair"]] if r["chair"] else [])
        found = [(k, n, tuple(sp)) for k, n, sp in paper["found"]]
        added = learned_apologies(exs[key].text[:OPENING], vocab, {person_key(n) for n in read}, read, lambda _: found)
        if not added:
            continue
        gold = {person_key(n) for n in paper["gold"]["apologies"]}
        border = _borderline(exs[key])["apologies"]
        right = [p.name for p in added if person_key(p.name) in gold]
        wrong = [p.name for p in added if person_key(p.name) not in gold | border]
        row = out["some" if r["apologies"] else "none"]
        row[0], row[1], row[2] = row[0] + len(right), row[1] + len(wrong), row[2] + 1
        if verbose:
            print(f"  {key}: rules {len(r['apologies'])}, right {right}, wrong {wrong}")
    return out


def main(argv: list[str] | None = None) -> int:
    """python -m ingest.learned.apologies DUMP --rules CACHE [-v]: the rule measured on a crossval dump."""
    import argparse
    import json
    from pathlib import Path

    from ingest.learned.gate import rules_names

    ap = argparse.ArgumentParser(prog="python -m ingest.learned.apologies", description=main.__doc__)
    ap.add_argument("dump", type=Path)
    ap.add_argument("--rules", type=Path, default=None)
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args(argv)
    res = measure(json.loads(args.dump.read_text()), rules_names(args.rules), args.v)
    for group, (right, wrong, papers) in res.items():
        print(f"rules read {group}: {papers} papers, added {right} right {wrong} wrong")
    right, wrong = res["none"][0] + res["some"][0], res["none"][1] + res["some"][1]
    print(f"all: {right} right {wrong} wrong (P {right / max(1, right + wrong):.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
