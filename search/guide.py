"""What the search says before anything is typed: a line of help and examples to start from.

Kept beside the query language so the examples stay true to it (the tests run
each one); the web page and its JSON twin show the same.
"""
from __future__ import annotations

EMPTY_MESSAGE = ("Type words to search the papers, agenda items and actions. Acronyms and their phrases "
                 "find each other (FGM finds \"female genital mutilation\"); capitals and word endings do "
                 "not matter.")

# (query, what it finds): generic safeguarding vocabulary only, no names from any paper
EXAMPLES: list[tuple[str, str]] = [
    ("FGM", "papers about female genital mutilation, however they write it"),
    ("looked after children", "also LAC, CLA and children in care"),
    ('"serious case review"', "that exact phrase (and SCR, safeguarding practice review)"),
    ("MASH OR LADO", "either one"),
    ("safeguarding NOT training", "safeguarding without training"),
    ('topic:"child sexual exploitation" type:action', "actions about child sexual exploitation"),
    ("camhs date:2015..", "CAMHS from 2015 onwards"),
    ("kind:minutes year:2018", "every minute of 2018 (filter with the panel)"),
]


def empty_search() -> dict[str, object]:
    """The help an empty search shows: a sentence and example queries."""
    return {"message": EMPTY_MESSAGE, "examples": [{"q": q, "finds": finds} for q, finds in EXAMPLES]}
