"""When a question asks about: "on 4 June 2014", "in July 2007", "in 2009", "between 2008 and 2010",
"since 2015", "last year" (the year before the newest meeting's), read with the project's own date
reader (ingest/parse/dates.py, python-dateutil's names), as an inclusive ISO range and a phrase.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ingest.parse.dates import find_dates

_YEAR = r"(?:19|20)\d\d"
_WHEN = re.compile(
    r"\s*,?\s*\b(?P<when>(?:(?:held\s+)?on|in|of|dated|during|for|between|from|since|after|before|until)\s+"
    r"(?:the\s+)?(?:\w+\s+)?(?:\d|" + r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|last|this)[\w\s,./-]*"
    r"|(?:last|this)\s+year)\s*$", re.I)


@dataclass(frozen=True)
class When:
    """An inclusive range of ISO dates (either end open) and how to say it ("in July 2007")."""

    start: str | None = None
    end: str | None = None
    phrase: str = ""

    def __bool__(self) -> bool:
        return bool(self.start or self.end)

    def holds(self, iso: str | None) -> bool:
        if not self:
            return True
        if not iso:
            return False
        return (self.start is None or iso >= self.start) and (self.end is None or iso[:len(self.end)] <= self.end)


def human_date(iso: str | None) -> str:
    """"2007-10-31" -> "31 October 2007", "2007-10" -> "October 2007"; "" when there is no date."""
    if not iso:
        return ""
    parts = iso.split("-")
    try:
        if len(parts) == 3:
            d = date.fromisoformat(iso)
            return f"{d.day} {d:%B %Y}"
        if len(parts) == 2:
            return f"{date(int(parts[0]), int(parts[1]), 1):%B %Y}"
    except ValueError:
        return iso
    return iso


def on_date(iso: str | None) -> str:
    """"on 31 October 2007"; "in October 2007" for a meeting dated only by its month; "" when undated."""
    written = human_date(iso)
    if not written:
        return ""
    return ("on " if iso and iso.count("-") == 2 else "in ") + written


def _point(text: str) -> tuple[str, str, str] | None:
    """(first ISO day, last ISO prefix, phrase) of one written date, month or year."""
    found = [f for f in find_dates(text) if f.year]
    if found:
        f = found[0]
        if f.day and re.search(r"\d", text[f.start:f.end].replace(str(f.year), "")):
            iso = f"{f.year:04d}-{f.month:02d}-{f.day:02d}"
            return iso, iso, human_date(iso)
        iso = f"{f.year:04d}-{f.month:02d}"
        return iso + "-01", iso + "-31", human_date(iso)
    year = re.search(rf"\b{_YEAR}\b", text)
    if year:
        return year.group() + "-01-01", year.group() + "-12-31", year.group()
    return None


def split_when(text: str, newest: str | None = None) -> tuple[str, When | None, str | None]:
    """(the text without its date words, the When they say or None, a sentence if they cannot be read).
    `newest`: the newest meeting's ISO date, which "last year" and "this year" count from."""
    m = _WHEN.search(text)
    if not m:
        return _inner(text)
    rest, words = text[:m.start()].strip(), m.group("when").strip(" ?.")
    lowered = words.lower()
    relative = re.fullmatch(r"(?:in\s+|during\s+)?(last|this)\s+year", lowered)
    if relative:
        if not newest:
            return rest, None, "There are no dated meetings to count years from."
        year = int(newest[:4]) - (relative.group(1) == "last")
        return rest, When(f"{year}-01-01", f"{year}-12-31", f"{relative.group(1)} year ({year})"), None
    head = lowered.split()[0]
    if head in ("between", "from"):
        pieces = re.split(r"\s+(?:and|to|until|-)\s+", words.split(None, 1)[1], maxsplit=1)
        ends = [_point(p) for p in pieces] if len(pieces) == 2 else []
        if len(ends) == 2 and all(ends):
            (a, _, pa), (_, b, pb) = ends
            return rest, When(a, b, f"between {pa} and {pb}"), None
    point = _point(words)
    if point is None:
        if head in ("of", "for"):  # "the chairs of the board": not a date
            return text, None, None
        return rest, None, f"I could not read the date in “{words}”."
    first, last, said = point
    if head in ("since", "after"):
        return rest, When(first if head == "since" else _after(last), None, f"{head} {said}"), None
    if head in ("before", "until"):
        return rest, When(None, last if head == "until" else _before(first), f"{head} {said}"), None
    preposition = "on" if first == last else "in"
    return rest, When(first, last, f"{preposition} {said}"), None


def _inner(text: str) -> tuple[str, When | None, str | None]:
    """A date written inside the words ("the 4 June 2014 Brent LSCB meeting", "the 2009 meetings")."""
    found = [f for f in find_dates(text) if f.year]
    span = (found[0].start, found[0].end) if found else None
    if span is None:
        year = re.search(rf"\b{_YEAR}\b", text)
        span = year.span() if year else None
    if span is None:
        return text, None, None
    first, last, said = _point(text[span[0]:span[1]])
    rest = re.sub(r"\s+", " ", text[:span[0]] + " " + text[span[1]:]).strip()
    return rest, When(first, last, f"{'on' if first == last else 'in'} {said}"), None


def _after(iso: str) -> str:
    return iso + "~"  # sorts after every date that starts with `iso`


def _before(iso: str) -> str:
    y, m, d = (int(x) for x in iso.split("-"))
    return date.fromordinal(date(y, m, d).toordinal() - 1).isoformat()
