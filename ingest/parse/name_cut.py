"""Cutting a run of names written with no separator, by a general given-name vocabulary (round 50).

A page flattened to one line ('Present Sir Ada Brook Ben Cole Cy Dee Dora Eve ...') or a column of names run
together loses every name's end. Name shape alone cannot cut such a run (round 27): a three-word name shifts
every pair after it ('Fry Ed', 'Fox Flo'). A given-name vocabulary says where a name starts: the run is cut
into names of a first word and a surname (a personal title before one is a written boundary), and is read
only when the whole run cuts cleanly:

- every name is two words (titles aside), the surname never an initial or a title;
- at least two thirds of the names open with a known given name or an initial;
- no name opens with an unknown word before a known given name ('Fry Ed' after 'Dora Eve': a three-word name
  shifted the pairs, the surname now first);
- three names at least;
- one to three words before the first name that are no given name (a body's name left before the list) are
  dropped only when every name after them opens with a known given name (`cut_after_lead`).

The vocabulary is general (never names from papers): the English-speaking locales' first names of Faker
(MIT) and the names and nicknames of the `nicknames` package (Apache-2.0), both installed offline with the
project. Without them the set is empty and no run is cut.
"""
from __future__ import annotations

import functools
import importlib
import re

from ingest.names import is_title

_LOCALES = ("en_GB", "en_IE", "en_US", "en_NZ", "en_IN")  # en alone lists many surnames as first names
_INITIAL = re.compile(r"[A-Z]\.?")
COMPASS = frozenset("north south east west".split())  # surnames, never first names ('Ivo West'); short forms list 'West'


def faker_names(attrs: tuple[str, ...], locales: tuple[str, ...] = _LOCALES) -> set[str]:
    """The names of Faker's person providers' lists `attrs` in `locales`, as written; empty without Faker."""
    out: set[str] = set()
    for locale in locales:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ImportError:
            continue
        for attr in attrs:
            out.update(getattr(provider, attr, ()) or ())
    return out


@functools.lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Lower-cased first names of Faker's English-speaking locales (no short forms); empty without Faker."""
    out = {n.lower() for n in faker_names(("first_names_male", "first_names_female", "first_names"))}
    return frozenset(w for w in out if w.isalpha() and len(w) > 1)


@functools.lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """`first_names` and the names and short forms of the `nicknames` package ('Geoff', 'Ed', 'Liz')."""
    out = set(first_names())
    try:
        import nicknames
        for t in nicknames.name_triplets():
            out.update((t.name1.lower(), t.name2.lower()))
    except ImportError:
        pass
    return frozenset(w for w in out if w.isalpha() and len(w) > 1)


def is_given(word: str, given: frozenset[str] | None = None) -> bool:
    """An initial or a given name of the vocabulary."""
    given = given_names() if given is None else given
    return _INITIAL.fullmatch(word) is not None or word.lower() in given


def cut_names(words: list[str], given: frozenset[str] | None = None) -> list[tuple[int, int]] | None:
    """The names of a run of capitalised `words` as (first, last + 1) index spans (titles left out), or None
    when the run does not cut cleanly into titled-or-not two-word names by the given-name vocabulary."""
    given = given_names() if given is None else given
    if not given:
        return None
    spans: list[tuple[int, int]] = []
    known = 0
    i = 0
    while i < len(words):
        j = i
        while j < len(words) and is_title(words[j].rstrip(".")):
            j += 1
        if j + 2 > len(words):
            return None
        first, last = words[j], words[j + 1]
        if _INITIAL.fullmatch(last) or is_title(last.rstrip(".")):
            return None
        if is_given(first, given):
            known += 1
        elif last.lower() in given and last.lower() not in COMPASS:  # 'Fry Ed': shifted after 'Dora Eve Fry'
            return None
        spans.append((j, j + 2))
        i = j + 2
    if len(spans) < 3 or 3 * known < 2 * len(spans):
        return None
    return spans


def cut_after_lead(words: list[str]) -> list[tuple[int, int]] | None:
    """`cut_names`, or, when the run opens with one to three words that are no given name and no title (a body's
    or a place's name left before the list: 'Elmley Ada Brook Ben Cole ...'), the cut of the rest, taken only
    when every name of it opens with a known given name or an initial; spans index `words`."""
    spans = cut_names(words)
    if spans is not None:
        return spans
    for lead in (1, 2, 3):
        if is_given(words[lead - 1]) or is_title(words[lead - 1].rstrip(".")) or len(words) - lead < 6:
            return None
        rest = cut_names(words[lead:])
        if rest is not None and all(is_given(words[lead + a]) for a, _b in rest):
            return [(a + lead, b + lead) for a, b in rest]
    return None
