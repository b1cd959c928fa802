"""The archive's write path: batches, replacement of changed files, idempotence, safe names."""
from __future__ import annotations

import shutil

import pytest

import graph
from tests.conftest import SAMPLES
from archive import Archive


@pytest.fixture
def archive(tmp_path):
    with Archive(tmp_path / "data") as opened:
        yield opened


def counts(archive: Archive) -> tuple:
    report = graph.check(archive.graph)
    return report["labels"], report["relationships"], archive.index.doc_count()


def test_batches_give_the_same_stores_as_one_by_one(tmp_path):
    files = sorted(SAMPLES.glob("*.txt"))
    with Archive(tmp_path / "one") as one_by_one:
        assert [one_by_one.ingest_files([f])[0].status for f in files] == ["added"] * 5
        expected = counts(one_by_one)
    with Archive(tmp_path / "batched") as batched:
        assert [r.status for r in batched.ingest_files(files, batch_size=2)] == ["added"] * 5
        assert counts(batched) == expected
        assert [r.status for r in batched.ingest_files(files, batch_size=3)] == ["unchanged"] * 5
        assert counts(batched) == expected


def test_a_changed_file_replaces_exactly_its_own_facts(archive, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    paper = folder / "minutes.txt"
    original = (SAMPLES / "003_dee409f7c6fc72ce.txt").read_text(encoding="utf-8")
    paper.write_text(original, encoding="utf-8")
    shutil.copy(SAMPLES / "000_a5aa0fdb1b97abc4.txt", folder / "other.txt")
    first = {r.filename: r for r in archive.ingest_files(Archive.files_under(folder))}
    paper.write_text(original.replace("Keith Hurst – Redbridge", "Keith Hurst – Redbridge\nNora Quill – Sutton"),
                     encoding="utf-8")
    second = {r.filename: r for r in archive.ingest_files(Archive.files_under(folder))}
    assert second["minutes.txt"].status == "replaced" and second["other.txt"].status == "unchanged"
    assert graph.document(archive.graph, first["minutes.txt"].doc_id) is None
    assert archive.paper(first["minutes.txt"].doc_id) is None and archive.original_path(first["minutes.txt"].doc_id) is None
    assert graph.person(archive.graph, "nora quill")["attended"]
    assert graph.person(archive.graph, "dave hill")["attended"], "the other paper's facts are untouched"
    assert archive.index.doc_count() == 2


def test_two_versions_of_one_file_in_one_run_keep_their_order(archive, tmp_path):
    first, second = tmp_path / "a" / "minutes.txt", tmp_path / "b" / "minutes.txt"
    first.parent.mkdir()
    second.parent.mkdir()
    text = (SAMPLES / "003_dee409f7c6fc72ce.txt").read_text(encoding="utf-8")
    first.write_text(text, encoding="utf-8")
    second.write_text(text.replace("Keith Hurst", "Keith Hirst"), encoding="utf-8")
    results = archive.ingest_files([first, second], batch_size=16)
    assert [r.status for r in results] == ["added", "replaced"]
    assert graph.document_for_filename(archive.graph, "minutes.txt")["id"] == results[1].doc_id


def test_the_same_bytes_under_two_names_are_stored_once(archive, tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    shutil.copy(SAMPLES / "003_dee409f7c6fc72ce.txt", a)
    shutil.copy(SAMPLES / "003_dee409f7c6fc72ce.txt", b)
    assert [r.status for r in archive.ingest_files([a, b])] == ["added", "unchanged"]
    assert archive.index.doc_count() == 1


def test_names_cannot_leave_the_data_dir(archive):
    data = (SAMPLES / "003_dee409f7c6fc72ce.txt").read_bytes()
    result = archive.ingest_bytes(data, "../../../etc/evil minutes.txt")
    assert result.status == "added" and result.filename == "evil_minutes.txt"
    stored = archive.original_path(result.doc_id)
    assert stored.resolve().is_relative_to(archive.data_dir)


def test_a_failed_file_in_a_batch_is_a_record_and_stores_nothing(archive, tmp_path):
    empty, good = tmp_path / "empty.txt", tmp_path / "good.txt"
    empty.write_bytes(b"")
    shutil.copy(SAMPLES / "003_dee409f7c6fc72ce.txt", good)
    results = archive.ingest_files([empty, good, tmp_path / "missing.txt"])
    assert [r.status for r in results] == ["failed", "added", "failed"]
    assert "empty" in results[0].error and "Could not read" in results[2].error
    assert archive.index.doc_count() == 1 and len(list(archive.papers())) == 1


def _mixed_run(tmp_path):
    """Files exercising every per-file decision, over several batches of 2: new, the same bytes
    under another name in a later batch, an empty file, an unreadable path, a changed version."""
    folder = tmp_path / "in"
    folder.mkdir()
    files = sorted(SAMPLES.glob("*.txt"))
    copy = folder / "copy-of-first.txt"
    shutil.copy(files[0], copy)
    empty = folder / "empty.txt"
    empty.write_bytes(b"")
    changed = folder / "later" / files[1].name
    changed.parent.mkdir()
    changed.write_text(files[1].read_text(encoding="utf-8") + "\nAny other business: none.\n", encoding="utf-8")
    return files[:3] + [copy, empty, tmp_path / "missing.txt"] + files[3:] + [changed]


def _stored_papers(archive: Archive) -> dict:
    return {p.id: p.to_dict() for p in archive.papers()}


def test_extracting_in_a_second_process_gives_the_same_outcome(tmp_path, monkeypatch):
    paths = _mixed_run(tmp_path)
    monkeypatch.setenv("BOARDGRAPH_INGEST_WORKER", "0")
    with Archive(tmp_path / "here") as here:
        expected = [(r.filename, r.status, r.doc_id) for r in here.ingest_files(paths, batch_size=2)]
        expected_stores, expected_papers = counts(here), _stored_papers(here)
    monkeypatch.setenv("BOARDGRAPH_INGEST_WORKER", "1")
    with Archive(tmp_path / "worker") as there:
        got = [(r.filename, r.status, r.doc_id) for r in there.ingest_files(paths, batch_size=2)]
        assert got == expected
        assert [s for _, s, _ in got] == ["added", "added", "added", "unchanged", "failed", "failed",
                                          "added", "added", "replaced"]
        assert counts(there) == expected_stores
        assert _stored_papers(there) == expected_papers


def test_a_dead_extraction_process_does_not_lose_files(tmp_path, monkeypatch):
    """If the second process dies mid-run (killed, out of memory), the rest is extracted in-process."""
    import multiprocessing
    import os
    import signal

    monkeypatch.setenv("BOARDGRAPH_INGEST_WORKER", "1")
    files = sorted(SAMPLES.glob("*.txt"))
    killed = []

    def kill_worker(result):
        if not killed:
            children = multiprocessing.active_children()
            assert children, "the run should extract in a second process"
            for child in children:
                os.kill(child.pid, signal.SIGKILL)
            killed.append(result.filename)

    with Archive(tmp_path / "data") as archive:
        results = archive.ingest_files(files, batch_size=1, on_result=kill_worker)
        assert killed and [r.status for r in results] == ["added"] * 5
        assert archive.index.doc_count() == 5 and len(list(archive.papers())) == 5
