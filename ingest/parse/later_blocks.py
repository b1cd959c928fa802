"""The further labelled blocks of a list that no rule read (round 46).

The fallback (fallback_block.py, round 27) and the language-model readers (ner_names.py) read only the
FIRST block of each kind in the paper's opening, and only while the rules read that kind empty. A paper often
has a second attendees block ('Present ...' then 'In attendance ...') or its lists run into one flattened
paragraph ('... 18 September 2012 Present Ada Brook, (Chair) Ben Cole ... In attendance Cy Dee, Director ...'):
the first block read, the later ones were lost, or a date before the label ('18 September') read as item 18
left every block unread.

Here every attendees / apologies label of the opening (the fallback's own label patterns, a colon or a
capitalised word after it) that stands before any item numbered 2 or more (a month after the number is a date,
never an item) opens a block up to the next list label of either kind, a numbered item or a sentence's end.
A block is read only when no entry the rules read lies inside it (label included) and no name read is written
in it, and only by `read_block`,
the fallback's certainty rules (three certain names, a slot of two or three name-shaped words between
separators or a name the minutes write again as a person's). No language model runs here.
"""
from __future__ import annotations

import re

from ingest.names import person_key
from ingest.parse.fallback_block import (_APOLOGIES, _ITEM, _OTHER_LIST, _PRESENT, _SENTENCE, _WINDOW, _BLOCK,
                                         numbered_from, read_block)
from ingest.parse.people import Entry
from ingest.parse.vocab import Vocabulary

_ANY_LABEL = (_PRESENT, _APOLOGIES, _OTHER_LIST)


def _block_end(text: str, start: int) -> int:
    end = min(len(text), start + _BLOCK)
    stops = [p.search(text, start, end) for p in (_ITEM, _SENTENCE, *_ANY_LABEL)]
    return min([end] + [m.start() for m in stops if m is not None])


def _bracketed(text: str, entry: Entry) -> bool:
    """'Ada Brook (Elmley Post)': a bracket after a name holds her body or role, never another person."""
    span = entry.person.span
    return span is not None and text[:span[0]].rstrip().endswith("(")


_SHORT = 2  # a block the rules read more entries from is read in full: the fallback is not asked (its cost)


def _read_short(entries: list[Entry], read_here: list[str]) -> bool:
    """The rules read this block, but short: the fallback's reading of it holds every name they read there and
    more, or the rules read one entry where the fallback reads three others ('Present Ada Brook, Ben Cole ...'
    read as its first piece only). Then the block's further names are taken too; a block the fallback reads
    differently stays the rules' alone."""
    fallback = {person_key(e.person.name) for e in entries}
    agrees = set(read_here) <= fallback or len(read_here) == 1  # one entry: the label's first piece only
    return bool(read_here) and agrees and len(fallback - set(read_here)) >= 3


def later_blocks(text: str, vocab: Vocabulary, read: list[tuple[int, int]],
                 known: set[str]) -> list[tuple[str, str, list[Entry]]]:
    """(kind, label, entries) for each labelled block of the opening no read entry lies in, read by the
    fallback's rules; `read` holds the spans the rules read, `known` the names they read (never taken twice)."""
    out: list[tuple[str, str, list[Entry]]] = []
    for kind, pattern in (("attendees", _PRESENT), ("apologies", _APOLOGIES)):
        for label in pattern.finditer(text, 0, _WINDOW):
            if numbered_from(text, 2, 0, label.start()) is not None:  # under an item: its guests
                break
            start = label.end()
            end = _block_end(text, start)
            block = text[start:end].lower()
            inside = sum(1 for a, _z in read if label.start() <= a < end)
            named = [k for k in known if k and k in block]
            if max(inside, len(named)) > _SHORT:
                continue  # the rules read this block (entries' spans in it, names read written in it)
            entries = read_block(text, vocab, kind, label.start(), start, end) or []
            if (inside or named) and not _read_short(entries, named):
                continue  # read by the rules, and not short
            entries = [e for e in entries if person_key(e.person.name) not in known and not _bracketed(text, e)]
            if len(entries) < 3:
                continue
            known.update(person_key(e.person.name) for e in entries)
            out.append((kind, label.group().strip(" :"), entries))
    return out
