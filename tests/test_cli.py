"""The `boardgraph` CLI contract: names and shapes that later work and outside checks rely on."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import GOLD, SAMPLES
from webapp.cli import cli

GOLD_KEYS = {"kind", "title", "date", "time", "location", "chair", "attendees", "apologies", "items", "actions",
             "people", "organisations", "acronyms", "future_meetings", "workplan", "topics"}


@pytest.fixture
def runner():
    return CliRunner()


def test_extract_json_has_the_gold_fields_and_spans(runner, tmp_path):
    sample = SAMPLES / "000_a5aa0fdb1b97abc4.txt"
    result = runner.invoke(cli, ["--data-dir", str(tmp_path / "unused"), "extract", str(sample), "--json"])
    assert result.exit_code == 0, result.output
    paper = json.loads(result.output)
    assert GOLD_KEYS <= paper.keys()
    gold = json.loads((GOLD / "000_a5aa0fdb1b97abc4.json").read_text())
    assert paper["date"] == gold["date"] == "2007-10-31"
    assert paper["chair"]["name"] == "Derek Myers"
    assert {a["name"] for a in paper["attendees"]} == {a["name"] for a in gold["attendees"]}
    assert all(set(a) >= {"name", "org", "note", "span"} for a in paper["attendees"])
    assert all(set(a) >= {"item", "text", "owners", "span"} for a in paper["actions"])
    text = paper["text"]
    for action in paper["actions"]:
        start, end = action["span"]
        assert action["text"][:20] in text[start:end]
    assert not (tmp_path / "unused").exists(), "extract must not touch any store"


def test_evaluate_prints_a_table_or_json_of_the_scores(runner, tmp_path):
    as_text = runner.invoke(cli, ["--data-dir", str(tmp_path / "unused"), "evaluate", str(GOLD)])
    assert as_text.exit_code == 0, as_text.output
    assert as_text.output.splitlines()[0].split() == ["field", "P", "R", "F1", "tp", "fp", "fn"]
    as_json = runner.invoke(cli, ["--data-dir", str(tmp_path / "unused"), "evaluate", str(GOLD), "--json"])
    assert as_json.exit_code == 0, as_json.output
    overall = json.loads(as_json.output)["overall"]
    assert {line.split()[0] for line in as_text.output.splitlines()[1:]} == set(overall)


def test_extract_bad_input_is_one_line_not_a_traceback(runner, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = runner.invoke(cli, ["extract", str(empty), "--json"])
    assert result.exit_code != 0
    assert "Traceback" not in result.output and "empty" in result.output.lower()
    missing = runner.invoke(cli, ["extract", str(tmp_path / "nope.txt")])
    assert missing.exit_code != 0 and "does not exist" in missing.output


def test_ingest_is_idempotent_and_search_and_ask_work(runner, tmp_path):
    data = str(tmp_path / "data")
    first = runner.invoke(cli, ["--data-dir", data, "ingest", str(SAMPLES), "--json"])
    assert first.exit_code == 0, first.output
    assert [r["status"] for r in json.loads(first.output)] == ["added"] * 5
    before = json.loads(runner.invoke(cli, ["--data-dir", data, "check", "--json"]).output)
    second = runner.invoke(cli, ["--data-dir", data, "ingest", str(SAMPLES), "--json"])
    assert [r["status"] for r in json.loads(second.output)] == ["unchanged"] * 5
    after = json.loads(runner.invoke(cli, ["--data-dir", data, "check", "--json"]).output)
    assert before == after

    found = runner.invoke(cli, ["--data-dir", data, "search", "secure email", "--json"])
    assert found.exit_code == 0, found.output
    assert json.loads(found.output)["total"] > 0

    asked = runner.invoke(cli, ["--data-dir", data, "ask", "who attended the board meeting on 31 October 2007",
                                "--json"])
    assert asked.exit_code == 0, asked.output
    assert any(r["name"] == "Dave Hill" for r in json.loads(asked.output)["rows"])


def test_ingest_says_when_the_index_has_many_segments_and_optimize_merges_them(runner, tmp_path):
    data = str(tmp_path / "data")
    done = runner.invoke(cli, ["--data-dir", data, "ingest", str(SAMPLES), "--batch-size", "1"])  # 5 commits
    assert done.exit_code == 0, done.output
    assert "The search index has 5 segments; `boardgraph reindex --optimize` merges them" in done.output
    merged = runner.invoke(cli, ["--data-dir", data, "reindex", "--optimize"])
    assert merged.exit_code == 0 and "merged 5 index segments into one" in merged.output
    again = runner.invoke(cli, ["--data-dir", data, "ingest", str(SAMPLES)])
    assert again.exit_code == 0 and "0 added, 0 replaced, 5 unchanged" in again.output
    assert "segments" not in again.output


def test_bad_cli_input_exits_non_zero_with_a_reason(runner, tmp_path):
    data = str(tmp_path / "data")
    missing = runner.invoke(cli, ["--data-dir", data, "ingest", str(tmp_path / "nowhere")])
    assert missing.exit_code != 0 and "No such file or folder" in missing.output
    empty_query = runner.invoke(cli, ["--data-dir", data, "search", "  "])
    assert empty_query.exit_code != 0 and "Enter something to search for" in empty_query.output
    assert "Traceback" not in missing.output + empty_query.output


def test_a_failed_file_does_not_stop_the_batch(runner, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_empty.txt").write_bytes(b"   \n")
    (folder / "b_minutes.txt").write_bytes((SAMPLES / "003_dee409f7c6fc72ce.txt").read_bytes())
    result = runner.invoke(cli, ["--data-dir", str(tmp_path / "data"), "ingest", str(folder), "--json"])
    assert result.exit_code == 1
    statuses = {r["filename"]: r["status"] for r in json.loads(result.output)}
    assert statuses == {"a_empty.txt": "failed", "b_minutes.txt": "added"}


def test_cli_ingest_and_delete_are_audited(runner, tmp_path):
    from webapp.audit import AuditLog

    data = tmp_path / "data"
    sample = SAMPLES / "003_dee409f7c6fc72ce.txt"
    added = json.loads(runner.invoke(cli, ["--data-dir", str(data), "ingest", str(sample), "--json"]).output)
    deleted = runner.invoke(cli, ["--data-dir", str(data), "delete", added[0]["doc_id"]])
    assert deleted.exit_code == 0, deleted.output
    events = AuditLog(data).page()["events"]
    assert [e["action"] for e in events] == ["delete", "ingest"]
    assert events[0]["who"].startswith("cli:") and sample.name in events[1]["what"]
    again = runner.invoke(cli, ["--data-dir", str(data), "delete", added[0]["doc_id"]])
    assert again.exit_code != 0 and "No paper with id" in again.output
