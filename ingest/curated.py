"""The curated files an admin edits: the topic taxonomy and the alias list.

Packaged defaults live in ingest/data/; a data directory may hold its own
copies under `curated/` (taxonomy.yaml, aliases.yaml), which win.
"""
from __future__ import annotations

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
