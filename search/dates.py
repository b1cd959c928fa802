"""Date values of the query language: `2007`, `2007-06`, `2007..2008`, `>=2009-06`, `..2008-03-31`.

A partial date means its whole period: `2007` is 1 January to 31 December
2007, so `date:2007..2008` covers both years and `date:>2007` starts in 2008.
The result is an inclusive (start, end) pair; None is an open end.
"""
from __future__ import annotations

import calendar
import re
from datetime import datetime, timedelta

DateBounds = tuple[datetime | None, datetime | None]

HELP = "Write dates as YYYY, YYYY-MM or YYYY-MM-DD, e.g. date:2007..2008 or date:>=2009-06."
_DATE = re.compile(r"^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$")
_COMPARE = re.compile(r"^(>=|<=|>|<)(.*)$")
_TICK = timedelta(microseconds=1)


class DateValueError(ValueError):
    """A date value the user wrote that is not a date; the message says how to write one."""


def period(value: str) -> tuple[datetime, datetime]:
    """The first and last moment of the period a (partial) date names."""
    m = _DATE.match(value.strip())
    if not m:
        raise DateValueError(f"'{value}' is not a date. {HELP}")
    year, month, day = int(m[1]), m[2] and int(m[2]), m[3] and int(m[3])
    try:
        if not month:
            return datetime(year, 1, 1), datetime(year + 1, 1, 1) - _TICK
        if not day:
            last = calendar.monthrange(year, month)[1]
            return datetime(year, month, 1), datetime(year, month, last, 23, 59, 59, 999999)
        start = datetime(year, month, day)
    except ValueError:
        raise DateValueError(f"'{value}' is not a date. {HELP}") from None
    return start, start + timedelta(days=1) - _TICK


def parse_date_bounds(value: str) -> tuple[DateBounds, str | None]:
    """The inclusive bounds a date value means, and a warning when it had to be read generously.

    Raises DateValueError when the value cannot be read as a date at all.
    """
    value = value.strip()
    compare = _COMPARE.match(value)
    if compare:
        op, rest = compare[1], compare[2]
        first, last = period(rest)
        bounds = {">=": (first, None), ">": (last + _TICK, None),
                  "<=": (None, last), "<": (None, first - _TICK)}[op]
        return bounds, None
    if ".." in value:
        left, _, right = value.partition("..")
        if not left.strip() and not right.strip():
            raise DateValueError(f"'{value}' has no dates on either side of '..'. {HELP}")
        start = period(left)[0] if left.strip() else None
        end = period(right)[1] if right.strip() else None
        if start and end and start > end:
            start, end = period(right)[0], period(left)[1]
            return (start, end), f"The dates in '{value}' run backwards; searched {right}..{left}."
        return (start, end), None
    return period(value), None
