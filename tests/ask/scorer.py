"""Scores the ask box on its question set (tests/ask/questions.yaml): row recall and precision per
question kind, names that must never be rows, and whether every answer reads cleanly.

Run by hand for the figures: `python -m tests.ask.scorer` (builds its own archive in a tmp dir).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz

from ingest.resolve import base_person_key

QUESTIONS = Path(__file__).resolve().parent / "questions.yaml"
NAME_KINDS = {"attendance", "apologies", "chair", "ambiguous"}
DATE_KINDS = {"person_meetings", "last_attended", "last_discussed"}
ACTION_KINDS = {"owner", "fgm", "meeting_actions"}
FOLLOW_UP_KINDS = {"follow_up"}
PLACEHOLDER = re.compile(r"\b(None|null|nan|undefined)\b|\{\}|\[\]|\(\)|''|\"\"")
NOTHING = re.compile(r"\b(no|nobody|none|nothing|not)\b", re.I)


def load_questions() -> list[dict[str, Any]]:
    return yaml.safe_load(QUESTIONS.read_text(encoding="utf-8"))


def _cell(row: dict[str, Any], kind: str) -> str:
    if kind in NAME_KINDS:
        return row.get("name") or ""
    if kind in DATE_KINDS:
        return row.get("date") or ""
    if kind in FOLLOW_UP_KINDS:
        return row.get("follow_up") or ""
    return row.get("action") or ""


def _same(kind: str, expected: str, got: str) -> bool:
    if kind in NAME_KINDS:
        return base_person_key(expected) == base_person_key(got)
    if kind in DATE_KINDS:
        return expected == got
    a, b = re.sub(r"\W+", " ", expected).lower().strip(), re.sub(r"\W+", " ", got).lower().strip()
    return a == b or (min(len(a), len(b)) > 20 and (a in b or b in a)) or fuzz.ratio(a, b) >= 90


def placeholders(result: dict[str, Any]) -> list[str]:
    """Every text of an answer a reader sees that holds a None/null/empty placeholder or reads badly."""
    see_also = result.get("see_also") or {}
    texts = [result.get("message") or "", see_also.get("title") or ""]
    texts += [r.get("label") or "" for r in see_also.get("rows") or []]
    cells = [str(v) for row in result.get("rows") or [] for k, v in row.items() if k != "links"]
    bad = [t for t in texts if PLACEHOLDER.search(t) or "  " in t or t.strip() != t]
    bad += [c for c in cells if PLACEHOLDER.search(c)]
    message = result.get("message") or ""
    if not message or message[-1] not in ".?:" or not (message[0].isupper() or message[0] in "0123456789“"):
        bad.append(f"sentence: {message!r}")
    return bad


@dataclass
class Score:
    expected: int = 0
    found: int = 0
    rows: int = 0
    right_rows: int = 0
    never_listed: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.right_rows / self.rows if self.rows else 1.0


def score(g: Any, questions: list[dict[str, Any]] | None = None) -> dict[str, Score]:
    """Per kind: rows expected/found, rows listed/right, forbidden names listed, failures (as text)."""
    from ask import answer

    scores: dict[str, Score] = {}
    for q in questions or load_questions():
        kind = q["kind"]
        s = scores.setdefault(kind, Score())
        result = answer(g, q["q"])
        bad = placeholders(result)
        if bad:
            s.failures.append(f"{q['q']!r}: unclean {bad[:3]}")
        if kind == "unknown":
            if result["intent"] is not None or not result["suggestions"]:
                s.failures.append(f"{q['q']!r}: not answered with suggestions")
            continue
        if kind == "form":
            if result["intent"] is None:
                s.failures.append(f"{q['q']!r}: not understood")
            continue
        expected = q.get("expect") or []
        got = [c for c in (_cell(r, kind) for r in result["rows"]) if c]
        if kind.startswith("last_"):  # the answer is the first row; the rest are earlier ones, for context
            got = got[:1]
        hit = [e for e in expected if any(_same(kind, e, x) for x in got)]
        right = [x for x in got if any(_same(kind, e, x) for e in expected)]
        s.expected += len(expected)
        s.found += len(hit)
        s.rows += len(got)
        s.right_rows += len(right)
        never = [n for n in q.get("never") or [] if any(_same(kind, n, x) for x in got)]
        s.never_listed += [f"{q['q']!r}: {n}" for n in never]
        if not expected and not NOTHING.search(result["message"] or ""):
            s.failures.append(f"{q['q']!r}: nothing found, not said plainly: {result['message']!r}")
        marked = {r.get("action") for r in result["rows"] if r.get("under_item")}
        for text in q.get("under_item") or []:
            if not any(_same(kind, text, m or "") for m in marked):
                s.failures.append(f"{q['q']!r}: {text!r} not marked as under an item about it")
        if len(hit) < len(expected) or len(right) < len(got):
            missing = [e for e in expected if e not in hit]
            extra = [x for x in got if x not in right]
            s.failures.append(f"{q['q']!r}: missing {missing[:5]}, extra {extra[:5]}")
    return scores


def report(scores: dict[str, Score]) -> str:
    lines = [f"{'kind':16} {'recall':>7} {'precision':>9} {'expected':>8} {'rows':>5} never failures"]
    for kind, s in sorted(scores.items()):
        lines.append(f"{kind:16} {s.recall:7.2f} {s.precision:9.2f} {s.expected:8} {s.rows:5} "
                     f"{len(s.never_listed):5} {len(s.failures)}")
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover - the figures by hand
    import sys
    import tempfile

    from tests.conftest import REAL, SAMPLES
    from archive import Archive

    data = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp())
    with Archive(data) as archive:
        if not any(archive.papers()):
            archive.ingest_files(sorted(SAMPLES.glob("*.txt")) + sorted(REAL.glob("*.txt")))
        result = score(archive.graph)
        print(report(result))
        if "-v" in sys.argv:
            for kind, s in sorted(result.items()):
                for line in s.never_listed + s.failures:
                    print(f"  [{kind}] {line}")
