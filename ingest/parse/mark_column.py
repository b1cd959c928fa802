"""One reading of an attendance table's mark column, whatever separates its cells (round 63).

Minutes print the attendance as a table, a member a row and a mark column ('Present', 'Attendance'), and text
extraction flattens it into ' | ' cells or tabs. The marks read the same way in either: a tick, 'Y', 'Yes' or 'P'
is present; a cross ('✗', '×'), 'N' or 'No' is not. 'X' is the other mark beside ticks in the same column (not
present), but the yes mark in a column of 'X' and blanks only. A blank beside rows holding a yes mark is no
attendance: the person is in neither list, and the warning counts them. The paper's key, where printed, wins.
"""
from __future__ import annotations

# 'ü' and U+F0FC, U+F0FE: Wingdings ticks (plain and boxed) read as text or as private-use characters
TICKS = frozenset("✓✔√☑ü\uf0fc\uf0fe")
X_MARKS = frozenset("xX")
BLANKS = frozenset({"", "-", "–", "—", "_", "N/A", "n/a"})


def ticked_columns(rows: list[list[str]], columns: list[int]) -> frozenset[int]:
    """The status columns (positions in each row's cells) in which some row holds a tick."""
    return frozenset(k for k in columns if any(k < len(cells) and cells[k] in TICKS for cells in rows))


def blank(mark: str) -> bool:
    """An empty mark cell ('', a dash, 'N/A')."""
    return mark in BLANKS
