"""The scorer, and the quality floors extraction must hold on tests/gold."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from ingest.score_extraction import evaluate, main, score_paper

GOLD = Path(__file__).resolve().parent / "gold"

FLOORS = {
    "attendees": 0.97, "apologies": 0.97, "chair": 0.97, "date": 0.97,
    "attendee_orgs": 0.9, "actions": 0.95, "action_owners": 0.9,
    "people": 0.85, "organisations": 0.75,
}


@pytest.fixture(scope="module")
def scores() -> dict:
    return evaluate(GOLD)


@pytest.mark.parametrize("field, floor", sorted(FLOORS.items()))
def test_extraction_holds_its_floor(scores, field, floor):
    assert scores["overall"][field]["f1"] >= floor, scores["overall"][field]


def test_every_gold_paper_is_scored(scores):
    assert set(scores["papers"]) == {json.loads(p.read_text())["doc"] for p in GOLD.glob("*.json")}


def _gold(name: str) -> dict:
    return json.loads((GOLD / name).read_text(encoding="utf-8"))


def _as_prediction(gold: dict) -> dict:
    """The gold itself in the shape of Paper.to_dict()."""
    pred = {k: gold.get(k) for k in ("kind", "title", "date", "chair")}
    pred.update({k: gold.get(k, []) for k in ("attendees", "apologies", "items", "people", "organisations",
                                              "future_meetings", "topics")})
    pred["actions"] = [dict(a) for a in gold.get("actions", [])]
    pred["acronyms"] = dict(gold.get("acronyms") or {})
    pred["mentions_fgm"] = bool(gold.get("mentions_fgm"))
    return pred


def test_a_perfect_prediction_scores_one():
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        for field, counts in score_paper(_as_prediction(gold), gold).items():
            assert counts.fp == 0 and counts.fn == 0, (path.name, field)
            assert counts.as_dict()["f1"] == 1.0


def test_normalised_names_still_match():
    gold = _gold("000_a5aa0fdb1b97abc4.json")
    pred = _as_prediction(gold)
    pred["people"] = [f"Dr  {n.upper()}" for n in gold["people"]]
    assert score_paper(pred, gold)["people"].as_dict()["f1"] == 1.0


def test_a_wrong_prediction_scores_lower():
    gold = _gold("000_a5aa0fdb1b97abc4.json")
    pred = _as_prediction(gold)
    pred["attendees"] = pred["attendees"][:10] + [{"name": "Nobody Here", "org": "Nowhere"}]
    pred["date"] = "2001-01-01"
    pred["actions"] = pred["actions"][:5]
    pred["actions"][0] = dict(pred["actions"][0], owners=["Someone Else"])
    scored = {k: c.as_dict() for k, c in score_paper(pred, gold).items()}
    assert scored["attendees"]["f1"] < 1.0 and scored["attendees"]["fp"] == 1 and scored["attendees"]["fn"] == 10
    assert scored["date"]["f1"] == 0.0
    assert scored["actions"]["recall"] == 0.5
    assert scored["action_owners"]["f1"] < 1.0


def test_borderline_values_count_neither_way():
    gold = _gold("000_a5aa0fdb1b97abc4.json")
    pred = _as_prediction(gold)
    pred["organisations"] = gold["organisations"] + ["Southwark", "QEII Conference Centre"]
    assert score_paper(pred, gold)["organisations"].fp == 0


def test_command_line_prints_a_table_and_json(capsys, tmp_path):
    assert main([str(GOLD), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert "attendees" in out["overall"]
    assert main([str(tmp_path)]) == 2
    assert "No gold annotations" in capsys.readouterr().err


def test_a_paper_the_pipeline_could_not_extract_is_named_not_scored_quietly(tmp_path, capsys):
    """An empty file fails extraction (the pipeline marks it failed and goes on); the scorer says so."""
    (tmp_path / "blank.txt").write_text("", encoding="utf-8")
    (tmp_path / "blank.json").write_text(json.dumps({"doc": "blank.txt", "attendees": [{"name": "Ada Brook"}]}),
                                         encoding="utf-8")
    result = evaluate(tmp_path)
    assert list(result["failed"]) == ["blank.txt"] and "empty" in result["failed"]["blank.txt"]
    assert result["overall"]["attendees"]["fn"] == 1
    assert main([str(tmp_path), "--json"]) == 0
    out = capsys.readouterr()
    assert json.loads(out.out)["failed"] == result["failed"]
    assert "blank.txt was not extracted" in out.err


def test_no_gold_paper_fails_extraction(scores):
    assert scores["failed"] == {}
