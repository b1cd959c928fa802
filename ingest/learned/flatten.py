"""Training papers with a FLATTENED opening (round 61): real archives (PDF and web-page copies on sharing sites)
often lose a list's line breaks, so a whole 'Present:' list stands on one line with only spaces, ' | ' or tabs
between its names. A flattened copy of a training paper teaches the model that layout as well as the one the open
papers have.

Each line break of the opening (with the white space around it) is replaced, at random but seeded by the paper's
set, file and copy, by ' ', ' | ' or a tab; a share of the breaks is kept, so some papers are flattened in part as
real copies are. A break inside a gold name becomes a space. The gold spans are re-mapped exactly (`flattened`
checks that every span still reads its name).
"""
from __future__ import annotations

import random
import re
import zlib
from dataclasses import replace

from ingest.learned.corpus import Example

SEPARATORS = (" ", " | ", "\t")
KEEP = 0.2  # the share of line breaks kept as they are
_BREAK = re.compile(r"[ \t]*\n\s*")
_WS = re.compile(r"\s+")


def flatten_text(text: str, spans: list[tuple[int, int, str]], rng: random.Random,
                 keep: float = KEEP) -> tuple[str, list[tuple[int, int, str]]]:
    """(`text` with its line breaks replaced, `spans` re-mapped to the new text)."""
    pieces: list[str] = []
    shifts: list[tuple[int, int]] = []  # (old end of a replaced run, new minus old length so far)
    last, delta = 0, 0
    for m in _BREAK.finditer(text):
        inside = any(a < m.start() and m.end() < z for a, z, _ in spans)
        if inside:
            new = " "
        elif rng.random() < keep:
            continue
        else:
            new = rng.choice(SEPARATORS)
        pieces.append(text[last:m.start()])
        pieces.append(new)
        delta += len(new) - (m.end() - m.start())
        shifts.append((m.end(), delta))
        last = m.end()
    pieces.append(text[last:])

    def moved(at: int) -> int:
        d = 0
        for end, total in shifts:
            if end > at:
                break
            d = total
        return at + d

    out = []
    for a, z, label in spans:
        # a run inside a span ends before z: the shift at z counts it, the shift at a does not
        out.append((moved(a), moved(z), label))
    return "".join(pieces), out


def flattened(ex: Example, copy: int = 0, seed: int = 61) -> Example:
    """`ex` with its opening flattened (copy `copy`), its gold spans moved with the text."""
    rng = random.Random(zlib.crc32(f"{ex.set_name}/{ex.doc}/flat{copy}/{seed}".encode()))
    text, spans = flatten_text(ex.text, ex.spans, rng)
    for (a, z, _), (na, nz, _) in zip(ex.spans, spans):
        if _WS.sub(" ", ex.text[a:z]) != _WS.sub(" ", text[na:nz]):
            raise ValueError(f"flattening moved a name in {ex.set_name}/{ex.doc}: {ex.text[a:z]!r} -> {text[na:nz]!r}")
    return replace(ex, text=text, spans=spans)


def flat_copies(examples: list[Example], copies: int) -> list[Example]:
    """`copies` flattened copies of each of `examples` (the copies only)."""
    return [flattened(ex, c) for c in range(copies) for ex in examples]
