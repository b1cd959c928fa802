"""Training papers with invented names (round 57): each gold name's words are replaced, consistently within a paper
(every capitalised occurrence, not only the marked one), by invented words of the same shape, so the model learns
a list's shape rather than the open papers' names.

Shape kept: titles and initials stay as written ('Cllr A. Brook' -> 'Cllr A. Fenwick'), a name's first word becomes
a given name and its other words surnames, a word in capitals stays in capitals ('BROOK' -> 'FENWICK'), lower-case
particles stay ('van'). The invented words are Faker's English-speaking locales' given names and surnames, read
offline like `ingest.parse.name_cut`; the choice is seeded by the paper's set, file and copy, so it is reproducible.
"""
from __future__ import annotations

import functools
import random
import re
import zlib
from dataclasses import replace

from ingest.learned.corpus import Example, mark
from ingest.names import is_title
from ingest.parse.name_cut import faker_names

_LOCALES = ("en_GB", "en_IE", "en_US")
_RUN = re.compile(r"[^\W\d_]+")


@functools.lru_cache(maxsize=1)
def pools() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(given names, surnames), sorted and de-duplicated; empty without Faker."""
    given = faker_names(("first_names_male", "first_names_female", "first_names"), _LOCALES)
    surnames = faker_names(("last_names",), _LOCALES)
    keep = lambda words: tuple(sorted(w for w in words if w.isalpha() and len(w) > 2))  # noqa: E731
    return keep(given), keep(surnames)


def word_map(names: list[str], rng: random.Random, given_too: bool = True) -> dict[str, str]:
    """Lower-cased name word -> an invented word (title case): a name's first word a given name, the rest surnames;
    titles, initials and lower-case particles are not mapped; no two words get the same invented word;
    `given_too` False: the given names stay, only the surnames are invented."""
    given, surnames = pools()
    out: dict[str, str] = {}
    used: set[str] = set()
    for name in names:
        first = True
        for word in name.split():
            if is_title(word) or len(word.rstrip(".")) < 2:
                continue  # 'Cllr', 'A.', 'A'
            for run in _RUN.findall(word):
                if len(run) < 2 or not run[0].isupper() or run.lower() in out or (first and not given_too):
                    continue
                pool = given if first else surnames
                if not pool:
                    return {}
                pick = rng.choice(pool)
                for _ in range(20):
                    if pick.lower() not in used:
                        break
                    pick = rng.choice(pool)
                used.add(pick.lower())
                out[run.lower()] = pick
            first = False
    return out


def substitute(text: str, words: dict[str, str]) -> str:
    """Every capitalised occurrence of a mapped word replaced, in capitals where it was in capitals."""
    if not words:
        return text
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    pattern = re.compile(rf"(?<![^\W\d_])(?:{alternation})(?![^\W\d_])", re.I)

    def one(m: re.Match[str]) -> str:
        found = m.group(0)
        if not found[0].isupper():
            return found
        new = words[found.lower()]
        return new.upper() if len(found) > 1 and found.isupper() else new

    return pattern.sub(one, text)


def invented(ex: Example, copy: int, seed: int = 57, given_too: bool = True) -> Example:
    """`ex` with its gold names invented (copy `copy`), the names marked again in the new text."""
    rng = random.Random(zlib.crc32(f"{ex.set_name}/{ex.doc}/{copy}/{seed}".encode()))
    names = ex.gold.get("attendees", []) + ex.gold.get("apologies", [])
    words = word_map(names, rng, given_too)
    gold = {k: [substitute(n, words) for n in v] for k, v in ex.gold.items()}
    return mark(replace(ex, text=substitute(ex.text, words), spans=[], gold=gold, missing={}))


def augmented(examples: list[Example], copies: int, original: bool = True, given_too: bool = True) -> list[Example]:
    """The training papers: the originals (unless `original` is False) and `copies` invented copies of each."""
    out = list(examples) if original or copies == 0 else []
    for c in range(copies):
        out.extend(invented(ex, c, given_too=given_too) for ex in examples)
    return out
