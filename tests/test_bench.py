"""The corpus generator and the benchmarks, once each at a tiny size.

The generator must be deterministic (same seed, same bytes) and its gold must
have the shape of tests/gold and say only what its paper says. The benchmarks
are only checked to run and produce well-formed figures: timing is never
asserted.
"""
from __future__ import annotations

import hashlib
import io
import json
import math
from pathlib import Path

import pytest

from bench.generate import generate, main as generate_main
from bench.gold import GOLD_KEYS
from bench.pools import GROUP_OWNERS
from ingest.names import clean_text

ROOT = Path(__file__).resolve().parent.parent
N = 12


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    generate(N, seed=7, out=out)
    return out


def _text(path: Path) -> str:
    """The paper's text as a plain reader of its format sees it (for checking the gold against it)."""
    data = path.read_bytes()
    if path.suffix == ".txt":
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode("cp1252")
    if path.suffix == ".docx":
        import docx

        doc = docx.Document(io.BytesIO(data))
        cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
        return "\n".join([p.text for p in doc.paragraphs] + cells)
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


# ---- generator -------------------------------------------------------------------------------
def test_same_seed_gives_same_bytes(corpus: Path, tmp_path: Path) -> None:
    generate(N, seed=7, out=tmp_path / "again")
    assert _digest(tmp_path / "again") == _digest(corpus)


def test_another_seed_gives_another_corpus(corpus: Path, tmp_path: Path) -> None:
    generate(N, seed=8, out=tmp_path / "other")
    assert _digest(tmp_path / "other") != _digest(corpus)


def test_every_paper_has_gold_beside_it_with_the_gold_schema(corpus: Path) -> None:
    papers = sorted(p for p in corpus.iterdir() if p.suffix != ".json")
    assert len(papers) == N
    reference = json.loads((ROOT / "tests" / "gold" / "000_a5aa0fdb1b97abc4.json").read_text(encoding="utf-8"))
    for paper in papers:
        gold = json.loads(paper.with_suffix(".json").read_text(encoding="utf-8"))
        assert set(GOLD_KEYS) <= set(gold), paper.name
        assert set(reference) <= set(gold), paper.name
        assert gold["doc"] == paper.name
        assert gold["kind"] in ("minutes", "update", "workplan")
        assert gold["mentions_fgm"] == ("FGM" in gold["topics"])
        for person in gold["attendees"]:
            assert set(person) == {"name", "org", "note"}
        for person in gold["apologies"]:
            assert set(person) == {"name", "org"}
        for action in gold["actions"]:
            assert set(action) == {"item", "text", "owners"} and isinstance(action["owners"], list)
            assert action["item"] in {i["number"] for i in gold["items"]}
        for row in gold["workplan"]:
            assert set(row) == {"item", "title", "responsible", "timing"}
        assert all(len(d) == 10 and d[4] == "-" for d in gold["future_meetings"])


def test_gold_says_only_what_the_paper_says(corpus: Path) -> None:
    """Every name, heading, action and acronym expansion in the gold is written in its paper."""
    for gold_path in sorted(corpus.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = clean_text(_text(corpus / gold["doc"])).lower()
        expected = ([p["name"] for p in gold["attendees"] + gold["apologies"]] + gold["people"]
                    + gold["organisations"] + [a["text"] for a in gold["actions"]]
                    + [i["heading"] for i in gold["items"]] + list(gold["acronyms"].values())
                    + [f"({short})" for short in gold["acronyms"]] + [w["title"] for w in gold["workplan"]])
        missing = [value for value in expected if clean_text(value).lower() not in text]
        assert not missing, f"{gold['doc']}: {missing[:5]}"


def test_owners_are_people_of_the_paper_or_groups(corpus: Path) -> None:
    for gold_path in sorted(corpus.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        for action in gold["actions"]:
            for owner in action["owners"]:
                assert owner in gold["people"] or owner in GROUP_OWNERS, (gold["doc"], owner)


def test_a_larger_corpus_repeats_people_and_mixes_kinds_and_formats(tmp_path: Path) -> None:
    generate(120, seed=3, out=tmp_path)
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in tmp_path.glob("*.json")]
    kinds = {g["kind"] for g in golds}
    formats = {g["doc"].rsplit(".", 1)[1] for g in golds}
    seen: dict[str, int] = {}
    for g in golds:
        for name in g["people"]:
            seen[name] = seen.get(name, 0) + 1
    assert kinds == {"minutes", "update", "workplan"}
    assert formats == {"txt", "docx", "pdf"}
    assert max(seen.values()) >= 10  # the same people across many meetings


def test_cli_rejects_bad_input_with_a_sentence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert generate_main(["--n", "0", "--out", str(tmp_path)]) == 2
    assert "at least 1" in capsys.readouterr().err
    assert generate_main(["--n", "2", "--out", str(tmp_path), "--formats", "txt,rtf"]) == 2
    assert "rtf" in capsys.readouterr().err
    assert generate_main(["--n", "2", "--out", str(tmp_path / "ok"), "--formats", "txt"]) == 0
    assert sorted(p.suffix for p in (tmp_path / "ok").iterdir()) == [".json", ".json", ".txt", ".txt"]


# ---- helpers of the benchmarks -------------------------------------------------------------------
def test_percentiles_use_nearest_rank() -> None:
    from bench.common import percentiles

    values = list(range(1, 101))
    assert percentiles(values) == {"p50": 50, "p95": 95, "p99": 99}
    assert percentiles([]) == {"p50": 0.0, "p95": 0.0, "p99": 0.0}
    assert percentiles([7.0], (50,)) == {"p50": 7.0}


def finite_non_negative(figures: object) -> bool:
    if isinstance(figures, dict):
        return all(finite_non_negative(v) for v in figures.values())
    if isinstance(figures, list):
        return all(finite_non_negative(v) for v in figures)
    if isinstance(figures, bool) or figures is None or isinstance(figures, str):
        return True
    return isinstance(figures, (int, float)) and math.isfinite(figures) and figures >= 0


def test_report_prints_and_writes_the_command_and_figures(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from bench.common import report

    monkeypatch.setattr("sys.argv", ["bench/search_bench.py", "--n", "6"])
    path = report("search", "bench.search_bench", 6, {"whoosh_ms": {"p95": 1.5}}, out=tmp_path / "r.json")
    written = json.loads(path.read_text(encoding="utf-8"))
    assert written["command"] == "python -m bench.search_bench --n 6"
    assert written["figures"] == {"whoosh_ms": {"p95": 1.5}}
    assert written["machine"]["nproc"] >= 1
    assert "$ python -m bench.search_bench --n 6" in capsys.readouterr().out


@pytest.mark.parametrize("module", ["ingest_bench", "search_bench", "graph_bench", "web_bench", "extract_quality",
                                    "run_all"])
def test_benchmarks_refuse_an_empty_corpus_with_a_sentence(module: str, capsys: pytest.CaptureFixture[str]) -> None:
    import importlib

    with pytest.raises(SystemExit) as exit_info:
        importlib.import_module(f"bench.{module}").main(["--n", "0"])
    assert exit_info.value.code == 2
    assert "at least 1 paper" in capsys.readouterr().err


def test_a_failing_store_becomes_one_error_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    from bench.common import guarded
    from graph.errors import GraphUnavailable

    def body() -> int:
        raise GraphUnavailable("The graph server did not start.")

    assert guarded(body) == 1
    assert capsys.readouterr().err == "error: The graph server did not start.\n"


# ---- each benchmark once, tiny ------------------------------------------------------------------
TINY = 6


@pytest.fixture(scope="module")
def bench_base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One folder for the tiny corpus and archive that every benchmark below shares."""
    return tmp_path_factory.mktemp("bench-out")


def _latencies_ok(figures: dict, key: str) -> None:
    assert {"p50", "p95"} <= set(figures[key]), key
    assert figures[key]["p50"] <= figures[key]["p95"]


def test_ingest_bench_produces_figures(bench_base: Path) -> None:
    from bench import ingest_bench

    figures = ingest_bench.run(TINY, seed=1, profile_n=3, base=bench_base)
    assert figures["papers"] == TINY
    assert figures["e2e"]["papers_per_s"] > 0 and figures["spacy_alone"]["papers_per_s"] > 0
    assert figures["e2e"]["peak_rss_mb"] > 0 and figures["spacy_alone"]["peak_rss_mb"] > 0
    assert figures["ratio_e2e_to_spacy"] > 0
    assert set(figures["profile"]["stage_cumulative_s"]) == set(ingest_bench.STAGES)
    assert figures["profile"]["top_self_time_s"]
    assert finite_non_negative(figures)


def test_search_bench_produces_figures(bench_base: Path) -> None:
    from bench import search_bench

    figures = search_bench.run(TINY, seed=1, rounds=1, base=bench_base)
    assert figures["queries"] == 50
    for key in ("whoosh_ms", "whoosh_first_run_ms", "fts5_ms"):
        _latencies_ok(figures, key)
    assert figures["fts5_queries"] > 0 and figures["fts5_rows"] >= figures["papers"] > 0
    assert isinstance(figures["meets_target"], bool)
    assert finite_non_negative(figures)


def test_graph_bench_produces_figures(bench_base: Path) -> None:
    from bench import graph_bench

    figures = graph_bench.run(TINY, seed=1, rounds=1, base=bench_base)
    for key in ("person_ms", "meeting_ms", "actions_mentioning_ms", "find_people_ms", "ask_ms", "all_ms"):
        _latencies_ok(figures, key)
    assert figures["graph"]["papers"] == TINY
    assert finite_non_negative(figures)


def test_web_bench_produces_figures(bench_base: Path) -> None:
    from bench import web_bench

    figures = web_bench.run(TINY, seed=1, seconds=2, clients=2, threads=2, base=bench_base)
    assert figures["requests"] > 0 and figures["requests_per_s"] > 0
    _latencies_ok(figures, "latency_ms")
    assert isinstance(figures["errors"], int)
    assert figures["client_failures"] == []
    assert finite_non_negative(figures)


def test_extract_quality_produces_figures(bench_base: Path) -> None:
    from bench import extract_quality

    figures = extract_quality.run(TINY, seed=1, base=bench_base)
    assert figures["papers"] == TINY
    row = figures["f1_by_field"]["attendees"]
    assert 0 <= row["generated_f1"] <= 1 and 0 <= row["tests_gold_f1"] <= 1
    assert 0 <= row["samples_f1"] <= 1 and 0 <= row["team_gold_f1"] <= 1 and 0 <= row["real_f1"] <= 1
    assert figures["real_papers"] == len(list((Path(__file__).parent / "gold" / "real").glob("*.json")))
    assert figures["generated_f1_by_group"]
    assert finite_non_negative(figures)
