"""A list's last name run into the next item's number (round 51).

A text export that joins lines writes the list's last entry and the next item on one line: 'In attendance: Ada
Brook 1 Apologies: ...', '... Ben Cole 2 Minutes of the last meeting were approved'. The piece 'Ada Brook 1' or
'Ben Cole 2 Minutes of ...' is no person, so the name was lost. Here a piece no entry rule read is cut before a
number of one or two digits that ends it or stands before a capitalised word; the caller reads the head as an
entry, which must pass the strict person check (so 'Room 2 Elmley' or 'Item 3' never gives a person).
"""
from __future__ import annotations

import re

# a name of two to four words (no digit, closed by a letter or a bracket), then the item's number
_RUN_INTO_ITEM = re.compile(r"^(?P<head>[A-Z][^\d:;]{2,60}?[A-Za-z)])\s+\d{1,2}[.)]?(?:\s+(?=[A-Z])|$)")


def item_cut(text: str) -> int | None:
    """Where the name ends when `text` runs from a name into an item's number, or None."""
    m = _RUN_INTO_ITEM.match(text)
    if m is None or not 2 <= len(m.group("head").split()) <= 4:
        return None
    return m.end("head")
