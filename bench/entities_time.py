"""CPU ms a paper of ingest's work after spaCy (entities, topics, owner kinds: pipeline._finish), best of 3.

    python -m bench.entities_time FOLDER [N]

spaCy runs once, untimed, over the first N papers' prose; each of the three timed rounds
then parses the papers again (untimed: _finish changes the Paper and its roster) and
times only `_finish` over the stored docs, so the figure is the Python around NER alone. The first
round is printed too: later rounds find the names' answers remembered (names.py, people.py).
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

from bench import common


def main(argv: list[str] | None = None) -> None:
    from ingest.pipeline import _finish, _prepare, run_ner

    args = sys.argv[1:] if argv is None else argv
    folder, n = Path(args[0]), int(args[1]) if len(args) > 1 else 300
    datas = [(p.read_bytes(), p.name) for p in common.papers_in(folder)[:n]]
    first = [_prepare(data, name, None) for data, name in datas]
    ok = [i for i, p in enumerate(first) if p.paper.status != "failed"]
    docs = dict(zip(ok, run_ner([first[i].prose for i in ok], batch_size=common.BATCH_SIZE)))
    rounds = []
    for _ in range(3):
        prepared = [_prepare(data, name, None) for data, name in datas]
        start = time.process_time()
        for i in ok:
            _finish(prepared[i], docs[i], None)
        rounds.append((time.process_time() - start) * 1000 / len(ok))
    print(f"{min(rounds):.1f} ms/paper over {len(ok)} papers (CPU, after spaCy, best of 3; first round {rounds[0]:.1f})")


if __name__ == "__main__":
    main()
