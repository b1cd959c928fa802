"""Progress bars of the long CLI commands (ingest, reindex, backup, restore).

tqdm on stderr with `disable=None`: a bar on a terminal, nothing at all when stderr is
a pipe or a file (CI logs, cron mail), so output stays what scripts expect.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Callable, Iterator

from tqdm import tqdm

Advance = Callable[..., None]


@contextmanager
def progress_bar(unit: str, *, total: int | None = None, enabled: bool = True) -> Iterator[Advance]:
    """Yield `advance(done=None, of=None)`: one step more, or a library's `on_progress(done, of)` call."""
    with tqdm(total=total, unit=unit, disable=None if enabled else True) as bar:
        def advance(done: int | None = None, of: int | None = None) -> None:
            if of is not None and bar.total != of:
                bar.total = of
            bar.update(1 if done is None else done - bar.n)

        yield advance
