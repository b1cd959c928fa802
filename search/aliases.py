"""Names that mean the same thing, so `CDRP` finds "Child Death Review Panels" and back.

Three sources: the acronyms the indexed papers define (`paper.acronyms`, kept in
`acronyms.json` in the index directory and merged on every add), the
curated alias list an admin edits (`ingest.curated.load_aliases`) and the
safeguarding glossary (`ingest.curated.load_glossary`: "FGM" and "female
genital mutilation" meet though no paper defines them). Forms are
compared by their analysed words (case, plurals and stop words do not
matter), and forms sharing a name join one group. The topic taxonomy maps a
`topic:` value, or any of its aliases, to the topic names it means.

A one-word form written in lower or mixed case ("Met") only matches when the
user types it exactly, so the verb "met" does not expand to the police. A
glossary acronym that is also an everyday word ("SEND", "Prevent") matches
only as written and is never added to a search for its phrase.
"""
from __future__ import annotations

import json
import os
import re
import tempfile
import threading
from pathlib import Path
from typing import Iterable

import yaml

from ingest.curated import GlossaryEntry, load_aliases, load_glossary, load_taxonomy
from search.schema import TEXT_ANALYZER

ACRONYMS_FILE = "acronyms.json"
_WORD = re.compile(r"[^\W\d_]+")


def form_key(text: str) -> str:
    """Analysed words of a name: 'Child Death Review Panels' and 'child death review panel' agree."""
    return " ".join(t.text for t in TEXT_ANALYZER(text))


class AliasBook:
    def __init__(self, index_dir: Path, data_dir: Path | None):
        self.path = Path(index_dir) / ACRONYMS_FILE
        self.data_dir = data_dir
        self._stamp: tuple | None = None
        self.version = 0  # advances whenever what the lookups answer changes (a key for cached searches)
        self._groups: dict[str, list[str]] = {}  # form key -> display forms of its group
        self._spellings: dict[str, set[str]] = {}  # form key -> every spelling seen
        self._loose: set[str] = set()  # one-word keys any capitalisation may match
        self._topics: dict[str, list[str]] = {}  # form key -> topic names
        self._one_way: set[str] = set()  # keys found only when typed, never added as another form's expansion
        self._entries: list[GlossaryEntry] = []
        self._words: set[str] = set()  # lower-case words of every glossary and alias form (never "misspelt")
        self._vocabulary: list[str] = []  # the same, sorted
        self._longest = 1  # the most words in any form
        self.problem: str | None = None  # why the curated files could not be used, if they could not
        self._lock = threading.Lock()

    # ---- the acronyms papers define ----------------------------------------

    def acronyms(self) -> dict[str, list[str]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict):
            return {}
        return {str(k): [str(v) for v in ([vs] if isinstance(vs, str) else vs or [])] for k, vs in data.items()}

    def merge_acronyms(self, found: Iterable[dict[str, str]]) -> None:
        """Add some papers' acronyms to the stored ones (call while holding the index write lock)."""
        found = [f for f in found if f]
        if found:
            self._write(_merged(self.acronyms(), found))

    def replace_acronyms(self, found: Iterable[dict[str, str]]) -> None:
        """Replace the stored acronyms with those of these papers (for a rebuild)."""
        self._write(_merged({}, found))

    def _write(self, data: dict[str, list[str]]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".acronyms-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1, sort_keys=True)
        os.replace(tmp, self.path)

    # ---- lookups -------------------------------------------------------------

    def forms(self, text: str) -> list[str]:
        """Every name in `text`'s group, `text` first; just [text] when it has no aliases."""
        self._loaded()
        key = form_key(text)
        if " " not in key and key not in self._loose and text not in self._spellings.get(key, ()):
            return [text]
        return [text] + [f for f in self._groups.get(key, [])
                         if form_key(f) != key and form_key(f) not in self._one_way]

    def glossary(self) -> list[GlossaryEntry]:
        """The glossary in force (the admin's copy or the packaged one)."""
        self._loaded()
        return self._entries

    def known_word(self, word: str) -> bool:
        """Whether `word` is a word of a glossary or alias form (so never "corrected" into another)."""
        self._loaded()
        return word.lower() in self._words

    def vocabulary(self) -> list[str]:
        """The glossary's and alias list's words (lower case, sorted): what a near miss may be corrected to."""
        self._loaded()
        return self._vocabulary

    def max_words(self) -> int:
        """The most words any form has: longer runs of query words cannot spell one."""
        self._loaded()
        return self._longest

    def topics_for(self, text: str) -> list[str]:
        """Taxonomy topic names that `text` (or any alias of it) means."""
        self._loaded()
        found: list[str] = []
        for form in [text] + self._groups.get(form_key(text), []):
            found += self._topics.get(form_key(form), [])
        return _unique(found)

    def refresh(self) -> str | None:
        """Reload what changed on disk (call once per query); returns a warning if the curated files are broken."""
        self._refresh()
        return self.problem

    def _loaded(self) -> None:
        if self._stamp is None:
            self._refresh()

    def _refresh(self) -> None:
        try:
            mtime = self.path.stat().st_mtime_ns
        except OSError:
            mtime = 0
        problems = []
        try:
            aliases, taxonomy = load_aliases(self.data_dir), load_taxonomy(self.data_dir)
        except (OSError, yaml.YAMLError, AttributeError, TypeError, ValueError) as e:
            aliases, taxonomy = {}, {}
            problems.append(f"The curated aliases or taxonomy could not be read ({e.__class__.__name__}), "
                            "so the search ran without them.")
        try:
            glossary = load_glossary(self.data_dir)
        except (OSError, yaml.YAMLError, AttributeError, TypeError, ValueError) as e:
            glossary = []
            problems.append(f"The glossary could not be read ({e}), so the search ran without it.")
        self.problem = " ".join(problems) or None
        stamp = (mtime, aliases, taxonomy, glossary)  # compared by value: the loaders return new objects every call
        with self._lock:
            if stamp != self._stamp:
                self._rebuild(aliases, taxonomy, glossary)
                self._stamp = stamp
                self.version += 1

    def _rebuild(self, aliases: dict[str, list[str]], taxonomy: dict[str, list[str]],
                 glossary: list[GlossaryEntry]) -> None:
        curated = [[name, *others] for name, others in aliases.items()] + [list(e.forms) for e in glossary]
        groups = [[short, *longs] for short, longs in self.acronyms().items()] + curated
        self._one_way = {form_key(w) for entry in glossary for w in entry.words} - {""}
        self._groups, self._spellings, self._loose = _join(groups, exact=self._one_way)
        self._entries = list(glossary)
        self._words = {w.lower() for group in curated for form in group for w in _WORD.findall(form)}
        self._vocabulary = sorted(self._words)
        self._topics = {}
        for topic, phrases in taxonomy.items():
            for phrase in [topic, *phrases]:
                self._topics.setdefault(form_key(phrase), []).append(topic)
        self._longest = max([len(f.split()) for fs in self._groups.values() for f in fs] or [1])


def _merged(base: dict[str, list[str]], found: Iterable[dict[str, str]]) -> dict[str, list[str]]:
    out = {k: list(v) for k, v in base.items()}
    for acronyms in found:
        for short, long in acronyms.items():
            short, long = str(short).strip(), str(long).strip()
            if short and long and form_key(long) not in {form_key(x) for x in out.get(short, [])}:
                out.setdefault(short, []).append(long)
    return out


def _join(groups: list[list[str]],
          exact: set[str] | frozenset[str] = frozenset()) -> tuple[dict[str, list[str]], dict[str, set[str]], set[str]]:
    """Union the groups that share a form.

    Returns key -> the group's forms (one per key), key -> every spelling seen
    for it, and the one-word keys any capitalisation may match (acronyms, but
    not the keys in `exact`).
    """
    parent: dict[str, str] = {}

    def find(k: str) -> str:
        while parent.setdefault(k, k) != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    spellings: dict[str, set[str]] = {}
    loose: set[str] = set()
    for group in groups:
        keys = []
        for form in group:
            key = form_key(form)
            if key:
                spellings.setdefault(key, set()).add(form)
                if " " not in key and form.isupper() and key not in exact:
                    loose.add(key)
                keys.append(key)
        for k in keys[1:]:
            parent[find(k)] = find(keys[0])
    members: dict[str, list[str]] = {}
    for key, forms in spellings.items():
        members.setdefault(find(key), []).append(sorted(forms)[0])
    return {key: members[find(key)] for key in spellings}, spellings, loose


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))
