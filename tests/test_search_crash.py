"""A process killed in the middle of a big write (a rebuild, a batch of papers) leaves the previous
index whole and unlocked."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from ingest.model import Paper
from search import open_index, whoosh_index

ROOT = Path(__file__).resolve().parents[1]

# Rebuilds the index from a stream of papers that stops half way, holding the
# writer (and its lock) with hundreds of papers added but nothing committed.
CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    sys.path.insert(0, sys.argv[2])
    from ingest.model import Paper
    from search import open_index

    index = open_index(Path(sys.argv[1]))

    def papers():
        for n in range(400):
            text = f"zebracrossing report {n} about the new crossing. " * 40
            yield Paper(id=f"{n:064d}", filename=f"new{n}.txt", kind="other", title=f"New {n}", text=text)
        print("HALFWAY", flush=True)
        time.sleep(600)

    index.rebuild(papers())
""")


def kill_half_way(script: str, index_dir: Path) -> None:
    """Run a writer `script` on the index and kill it once it says it is half way through."""
    child = subprocess.Popen([sys.executable, "-c", script, str(index_dir), str(ROOT)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = child.stdout.readline()  # type: ignore[union-attr]
        assert line.strip() == "HALFWAY", child.stderr.read()  # type: ignore[union-attr]
    finally:
        child.kill()
        child.wait()


def old_paper(n: int) -> Paper:
    return Paper(id=f"old{n}".ljust(64, "0"), filename=f"old{n}.txt", kind="minutes", title=f"Old {n}",
                 date=f"200{n}-01-01", text=f"Minutes about secure email and the old archive, meeting {n}.")


def test_killed_mid_rebuild_keeps_the_old_index_usable(tmp_path, monkeypatch):
    index = open_index(tmp_path)
    for n in range(3):
        index.add_paper(old_paper(n))
    index.close()

    kill_half_way(CHILD, tmp_path)

    index = open_index(tmp_path)
    assert index.doc_count() == 3
    assert index.query("secure email").total == 3
    assert index.query("zebracrossing").total == 0
    # The killed writer's lock died with it: writing now must not wait at all.
    monkeypatch.setattr(whoosh_index, "WRITE_TIMEOUT", 0.0)
    index.add_paper(old_paper(3))
    assert index.doc_count() == 4 and index.query("archive").total == 4
    index.close()


# Adds a batch that replaces an old paper and brings 400 new ones, and stops (still holding the open
# writer with everything added but not committed) when it reaches the 300th: the real documents are
# made, a signal is printed, and the process waits to be killed.
BATCH_CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    sys.path.insert(0, sys.argv[2])
    from ingest.model import Paper
    from search import open_index, whoosh_index

    index = open_index(Path(sys.argv[1]))
    real = whoosh_index.paper_documents

    def documents(paper, *rest):
        if paper.filename == "new300.txt":
            print("HALFWAY", flush=True)
            time.sleep(600)
        return real(paper, *rest)

    whoosh_index.paper_documents = documents
    replaced = Paper(id="old0".ljust(64, "0"), filename="old0.txt", kind="minutes", title="Old 0",
                     text="Replaced: zebracrossing only.")
    batch = [replaced] + [Paper(id=f"{n:064d}", filename=f"new{n}.txt", kind="other", title=f"New {n}",
                                text=f"zebracrossing report {n} about the new crossing. " * 40) for n in range(400)]
    index.add_papers(batch)
""")


def test_killed_mid_batch_keeps_the_old_index_usable(tmp_path, monkeypatch):
    index = open_index(tmp_path)
    index.add_papers([old_paper(n) for n in range(3)])
    index.close()

    kill_half_way(BATCH_CHILD, tmp_path)

    index = open_index(tmp_path)
    assert index.doc_count() == 3 and index.entry_count() == 3
    assert index.query("secure email").total == 3  # the old paper 0 is still the old one
    assert index.query("zebracrossing").total == 0
    monkeypatch.setattr(whoosh_index, "WRITE_TIMEOUT", 0.0)  # the lock died with the writer
    assert index.add_papers([old_paper(3), old_paper(4)]) == 2
    assert index.doc_count() == 5 and index.query("archive").total == 5
    index.close()
