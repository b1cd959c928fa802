"""A line of a list holding only first-name-surname pairs, no separator between them (round 46).

'Ada Brook Ben Cole Cara Dunn' under 'Apologies were received from the following members:': a column of names
flattened into one line loses its line breaks, and the line was read as one person ('Ada Brook', the rest
dropped). Read only when the whole line (a bullet and a closing full stop aside) is six to sixteen capitalised
words, none a title, particle or vocabulary word (name_run's word kinds), and every pair in order reads as a
person's name alone in a slot (`slot_person`). A line with an odd count (a three-word name among them), a
comma, a bracket or a dash is left to the other readers.
"""
from __future__ import annotations

import re
from typing import Callable

from ingest.model import PersonEntry
from ingest.parse.lines import Line, strip_bullet
from ingest.parse.name_run import _kind
from ingest.parse.people import Entry
from ingest.parse.vocab import Vocabulary

_WORD = re.compile(r"\S+")


def name_pairs(line: Line, vocab: Vocabulary, slot_person: Callable[[str, Vocabulary], bool]) -> list[Entry] | None:
    """The people of a line of name pairs, or None when the line is not one."""
    piece = strip_bullet(line)
    body = piece.text.rstrip(" .")
    if re.search(r"[,;:()\[\]/|&\d–—-]", body):
        return None
    words = list(_WORD.finditer(body))
    if not 6 <= len(words) <= 16 or len(words) % 2 or any(_kind(w.group(), vocab) != "C" for w in words):
        return None
    out: list[Entry] = []
    for a, b in zip(words[::2], words[1::2]):
        name = f"{a.group()} {b.group()}"
        if not slot_person(name, vocab):
            return None
        out.append(Entry(PersonEntry(name=name, org=None, note=None, initials=None,
                                     span=(piece.start + a.start(), piece.start + b.end())), bare=True))
    return out


def run_pairs(text: str, words: list[tuple[int, int]], vocab: Vocabulary,
              slot_person: Callable[[str, Vocabulary], bool]) -> list[tuple[int, int]] | None:
    """'Sir Ada Brook Ben Cole Cy Dale Di Eve Sir Ed Fox': a run of six or more name words between separators,
    cut at each title, every piece (its titles aside) an even count of name words read two by two, each pair a
    slot person; the (start, end) of each name, a title before it kept. None when any piece fails."""
    if len(words) < 6:
        return None
    kinds = [_kind(text[a:z], vocab) for a, z in words]
    if any(k not in ("C", "T") for k in kinds):
        return None
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        title_at = i
        while i < len(words) and kinds[i] == "T":
            i += 1
        j = i
        while j < len(words) and kinds[j] == "C":
            j += 1
        piece = words[i:j]
        if len(piece) < 2 or len(piece) % 2:
            return None
        for n, (a, b) in enumerate(zip(piece[::2], piece[1::2])):
            if not slot_person(f"{text[a[0]:a[1]]} {text[b[0]:b[1]]}", vocab):
                return None
            out.append((words[title_at][0] if n == 0 else a[0], b[1]))
        i = j
    return out if len(out) >= 3 else None
