"""Training examples from the OPEN gold sets: a paper's opening as the parser reads it, with the first occurrence
of each gold attendee and apology name marked (round 56).

Held-out sets (blind32 and after) are never read here: `open_sets` stops at blind31.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from ingest.read import read_document

GOLD = Path(__file__).resolve().parents[2] / "tests" / "gold"
OPENING = 3000  # the hidden papers are ~2,000-byte excerpts; the opening is what the tagger sees
LAST_OPEN_BLIND = 31
LABELS = ("ATTENDEE", "APOLOGY")


@dataclass
class Example:
    set_name: str
    doc: str
    text: str  # the opening, as the parser reads the file
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    gold: dict[str, list[str]] = field(default_factory=dict)  # 'attendees' / 'apologies' -> gold names
    missing: dict[str, int] = field(default_factory=dict)  # gold names not located in the opening


def open_sets(root: Path = GOLD) -> list[str]:
    """gold, real, heldout, blind, blind2 ... blind31 that exist under `root` (never blind32 and after)."""
    names = ["gold", "real", "heldout", "blind"] + [f"blind{i}" for i in range(2, LAST_OPEN_BLIND + 1)]
    return [n for n in names if _set_dir(root, n).is_dir()]


def _set_dir(root: Path, name: str) -> Path:
    return root if name == "gold" else root / name


def name_pattern(name: str) -> re.Pattern[str]:
    """A gold name as written in the text: its words in order, any white space between, any case."""
    words = [re.escape(w) for w in name.split()]
    return re.compile(r"(?<![\w'’-])" + r"\s+".join(words) + r"(?![\w'’-])", re.I)


def locate(text: str, names: list[str], taken: list[tuple[int, int, str]], label: str) -> int:
    """Marks in `taken` the first free occurrence of each name; returns how many were not found."""
    missing = 0
    for name in names:
        for m in name_pattern(name).finditer(text):
            if not any(m.start() < z and a < m.end() for a, z, _ in taken):
                taken.append((m.start(), m.end(), label))
                break
        else:
            missing += 1
    return missing


def _gold_names(gold: dict, key: str) -> list[str]:
    out = []
    for p in gold.get(key) or []:
        name = p.get("name") if isinstance(p, dict) else p
        if name and name not in out:
            out.append(name)
    return out


def examples(set_name: str, root: Path = GOLD, opening: int = OPENING) -> list[Example]:
    """One example per gold paper of the set; a paper whose gold has no attendee and no apology is all O."""
    if set_name not in open_sets(root):
        raise ValueError(f"{set_name} is not an open set")
    folder = _set_dir(root, set_name)
    out = []
    for path in sorted(folder.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        doc = folder / gold["doc"]
        text = read_document(doc.read_bytes(), doc.name).text[:opening]
        ex = Example(set_name, gold["doc"], text)
        ex.gold = {k: _gold_names(gold, k) for k in ("attendees", "apologies")}
        out.append(mark(ex))
    return out


def mark(ex: Example) -> Example:
    """`ex` with its gold names marked in its text (longer names first, so 'Ada Brook' is not taken by a gold
    'Brook' listed before it)."""
    for key, label in (("attendees", "ATTENDEE"), ("apologies", "APOLOGY")):
        names = sorted(ex.gold[key], key=len, reverse=True)
        ex.missing[key] = locate(ex.text, names, ex.spans, label)
    ex.spans.sort()
    return ex


def all_examples(root: Path = GOLD) -> list[Example]:
    return [e for s in open_sets(root) for e in examples(s, root)]


def main() -> None:
    """Counts per set: papers, papers with attendees, names located and not located."""
    total = {"papers": 0, "with": 0, "att": 0, "att_miss": 0, "apo": 0, "apo_miss": 0}
    for s in open_sets():
        exs = examples(s)
        row = {"papers": len(exs), "with": sum(bool(e.gold["attendees"]) for e in exs),
               "att": sum(len(e.gold["attendees"]) for e in exs), "att_miss": sum(e.missing["attendees"] for e in exs),
               "apo": sum(len(e.gold["apologies"]) for e in exs), "apo_miss": sum(e.missing["apologies"] for e in exs)}
        for k in total:
            total[k] += row[k]
        print(s, row)
    print("total", total)


if __name__ == "__main__":
    main()
