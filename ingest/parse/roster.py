"""Who a paper names, so owners and prose mentions resolve only against the paper itself.

Initials are defined by the paper (`Ada Brook (AB)` in prose, `Name (XY)` or
`Name – XY` in a list) or implied by exactly one listed person's initials (a
hyphenated surname may be written by either part or both: `initials_of`).
An initial or first name that fits two people stays unresolved: it is never
guessed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable

from ingest.names import first_name, initials_of, person_key, strip_titles

# a first name and a surname as written in prose ('Jennie Green', 'Ada McBride', 'Eve Lloyd-Jones')
_WRITTEN = re.compile(r"\b([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)[ \t]+((?:Mc|Mac|O['’])?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)\b")


@dataclass
class Roster:
    names: dict[str, str] = field(default_factory=dict)  # person_key -> name as first listed
    listed: set[str] = field(default_factory=set)  # keys from the chair/attendee/apology lists
    defined: dict[str, set[str]] = field(default_factory=dict)  # initials -> keys, as the paper defines them
    chair: str | None = None
    _by_first: dict[str, set[str]] = field(default_factory=dict, repr=False)  # first name -> keys
    _written: dict[str, set[str]] | None = field(default=None, repr=False)  # first name -> names written in full
    _text: str = field(default="", repr=False)  # the paper's text, read for `_written` when first needed
    _is_person: Callable[[str], bool] = field(default=lambda name: False, repr=False)

    def add(self, name: str, *, listed: bool = False, initials: str | None = None) -> str:
        key = person_key(name)
        if not key:
            return key
        if key not in self.names:
            self.names[key] = name
            if len(name.split()) > 1:
                self._by_first.setdefault(first_name(name).lower(), set()).add(key)
        if listed:
            self.listed.add(key)
        if initials:
            self.defined.setdefault(initials, set()).add(key)
        return key

    def define(self, initials: str, name: str) -> None:
        self.defined.setdefault(initials, set()).add(self.add(name))

    def by_initials(self, initials: str) -> set[str]:
        """Keys the initials can mean: the paper's own definitions, else listed people whose initials fit."""
        if initials in self.defined:
            return set(self.defined[initials])
        listed = {k for k in self.listed if initials in initials_of(self.names[k])}
        return listed or self._by_written_initials(initials)

    def _by_written_initials(self, initials: str) -> set[str]:
        """Once the paper's text is noted (`note_written`, the actions reader): the one person written in full in the
        paper whose initials these are, when the lists name nobody with them. Lists read short (a layout no rule
        reads) leave an owner's initials ('Action: AB') fitting nobody, though the minutes write 'Ada Brook' in
        full; two people written so: none (never guessed) (round 43)."""
        if not self._text or not re.fullmatch(r"[A-Z]{2,3}", initials):
            return set()
        self.by_written_first_name("")  # read the written names once
        fits = {n for names in (self._written or {}).values() for n in names if initials in initials_of(n)}
        return {self.add(next(iter(fits)))} if len(fits) == 1 else set()

    def by_first_name(self, word: str) -> set[str]:
        return set(self._by_first.get(word.lower(), ()))

    def note_written(self, text: str, is_person: Callable[[str], bool]) -> None:
        """Remember the paper's text, so that an owner written by first name only where owners stand
        ('(Action: Jennie)') can name the one person written in full ('Jennie Green advised ...') when the
        paper lists nobody by that first name. The names are read from it when first asked for."""
        self._text, self._is_person, self._written = text, is_person, None

    def by_written_first_name(self, word: str) -> set[str]:
        """Full names written in the paper whose first name is `word` (see `note_written`)."""
        if self._written is None:
            self._written = {}
            for m in _WRITTEN.finditer(self._text):
                name = f"{m.group(1)} {m.group(2)}"
                if self._is_person(name):
                    self._written.setdefault(m.group(1).lower(), set()).add(name)
        return set(self._written.get(word.lower(), ()))

    def by_role(self, role: str) -> str | None:
        """The one person the paper gives a role by a label or a bracket ('Clerk: Ada Brook', 'Ada Brook
        (Clerk)'), so that an owner written as the role ('Action: Clerk to ...') names them; none when nobody
        or two people are given it (never guessed) (round 47)."""
        if not self._text or not re.fullmatch(r"[A-Za-z][a-z\-]+(?: [A-Za-z][a-z\-]+)?", role):
            return None
        word = r"\s+".join(re.escape(w) for w in role.split())
        name = r"(?P<name>[A-Z][a-z'’\-]+(?:\s+[A-Z]\.?)?\s+(?:Mc|Mac|O['’])?[A-Z][a-z'’\-]+)"
        title = r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+)?"
        forms = (rf"(?<![\w-])(?i:{word})\s*[:–—-]\s*{title}{name}\b", rf"\b{name}\s*\(\s*(?i:{word})\s*\)")
        found = {person_key(m.group("name")): m.group("name") for form in forms
                 for m in re.finditer(form, self._text) if self._is_person(m.group("name"))}
        if len(found) != 1:
            return None
        key, written = next(iter(found.items()))
        return self.names.get(key) or written

    def is_surname(self, word: str) -> bool:
        low = word.lower()
        return any(" " in k and k.split(" ")[-1] == low for k in self.names)

    def by_surname(self, word: str) -> set[str]:
        """Listed people with this surname ('Mrs Brook' -> Ada Brook)."""
        low = word.lower()
        return {k for k in self.listed if k.split(" ")[-1] == low and " " in k}

    def full_name(self, text: str) -> str | None:
        return self.names.get(person_key(text))

    def pattern(self) -> re.Pattern[str] | None:
        """A case-insensitive pattern for every full name, longest first ('Ada brook' finds 'Ada Brook')."""
        forms = {f for n in self.names.values() for f in (n, strip_titles(n))}
        names = sorted({f for f in forms if " " in f.strip()}, key=len, reverse=True)
        if not names:
            return None
        return _names_pattern("|".join(r"\s+".join(re.escape(w) for w in n.split()) for n in names))


@lru_cache(maxsize=256)
def _names_pattern(alts: str) -> re.Pattern[str]:
    """Compiled once per roster: the parse (owners) and the entities stage both ask for the same paper's pattern,
    and a long alternation costs about half a millisecond to compile."""
    return re.compile(rf"(?<![\w])(?:{alts})(?![\w])", re.I)
