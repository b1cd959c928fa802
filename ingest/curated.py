"""The curated files an admin edits: the topic taxonomy, the alias list and the glossary.

Packaged defaults live in ingest/data/; a data directory may hold its own
copies under `curated/` (taxonomy.yaml, aliases.yaml, glossary.yaml), which win.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

_PACKAGED = Path(__file__).parent / "data"


def _path(name: str, data_dir: Path | None) -> Path:
    if data_dir is not None:
        local = Path(data_dir) / "curated" / name
        if local.exists():
            return local
    return _PACKAGED / name


@lru_cache(maxsize=8)
def _load(path: Path, mtime: float) -> dict:
    with open(path, encoding="utf-8") as fh:
        return yaml.safe_load(fh) or {}


def load_taxonomy(data_dir: Path | None = None) -> dict[str, list[str]]:
    """Topic name -> the phrases and acronyms that mean it (matched case-insensitively)."""
    path = _path("taxonomy.yaml", data_dir)
    raw = _load(path, path.stat().st_mtime)
    return {str(k): [str(p) for p in (v or [])] for k, v in raw.get("topics", {}).items()}


def load_aliases(data_dir: Path | None = None) -> dict[str, list[str]]:
    """Canonical organisation/term name -> its other names ("Metropolitan Police" -> ["Met Police", "MPS"])."""
    path = _path("aliases.yaml", data_dir)
    raw = _load(path, path.stat().st_mtime)
    return {str(k): [str(a) for a in (v or [])] for k, v in raw.get("aliases", {}).items()}


@dataclass(frozen=True)
class GlossaryEntry:
    """One safeguarding term and the forms that mean it (see ingest/data/glossary.yaml)."""

    term: str
    acronyms: tuple[str, ...] = ()
    also: tuple[str, ...] = ()
    words: tuple[str, ...] = ()  # short forms that are also everyday words: matched only as written

    @property
    def forms(self) -> tuple[str, ...]:
        """Every form, the term first."""
        return (self.term, *self.acronyms, *self.also, *self.words)


def load_glossary(data_dir: Path | None = None) -> list[GlossaryEntry]:
    """The safeguarding glossary; ValueError (naming the entry) when the file is not shaped as documented."""
    path = _path("glossary.yaml", data_dir)
    raw = _load(path, path.stat().st_mtime)
    entries = raw.get("glossary") if isinstance(raw, dict) else None
    if not isinstance(entries, list):
        raise ValueError(f"{path}: expected a list under 'glossary:'.")
    out = []
    for n, entry in enumerate(entries, 1):
        if not isinstance(entry, dict) or not str(entry.get("term") or "").strip():
            raise ValueError(f"{path}: entry {n} has no 'term'.")
        lists = {}
        for key in ("acronyms", "also", "words"):
            value = entry.get(key) or []
            if not isinstance(value, list):
                raise ValueError(f"{path}: '{key}' of '{entry['term']}' must be a list.")
            lists[key] = tuple(s for s in (str(v).strip() for v in value) if s)
        out.append(GlossaryEntry(str(entry["term"]).strip(), **lists))
    return out
