"""What the image installs: requirements.lock matches pyproject.toml, and the package it builds
from the Dockerfile's COPY lines carries the search help (no Docker engine here, so the build
is setuptools' own build_py on exactly the files the image gets)."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]


def locked() -> dict[str, tuple[str, int]]:
    """{name: (version, number of sha256 hashes)} from requirements.lock."""
    text = (ROOT / "requirements.lock").read_text()
    out = {}
    for block in re.split(r"\n(?=[A-Za-z0-9])", text):
        first = block.splitlines()[0]
        if first.startswith("#") or "==" not in first:
            continue
        name, version = first.split(" ")[0].split("==")
        out[canonicalize_name(name)] = (version, block.count("--hash=sha256:"))
    return out


def test_the_lock_pins_every_dependency_within_pyproject_with_hashes():
    pins = locked()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    wanted = [Requirement(r) for r in project["project"]["dependencies"]]
    wanted += [Requirement(r) for r in project["build-system"]["requires"]]  # --no-build-isolation in the image
    for req in wanted:
        name = canonicalize_name(req.name)
        assert name in pins, f"{req} is not in requirements.lock: run `make lock`"
        assert req.specifier.contains(pins[name][0], prereleases=True), \
            f"requirements.lock pins {name}=={pins[name][0]}, outside pyproject's {req}: run `make lock`"
    assert "wheel" in pins  # setuptools builds the wheel with it
    unhashed = [name for name, (_, hashes) in pins.items() if hashes == 0]
    assert not unhashed and len(pins) > len(wanted)  # transitive ones too, each with a hash


def dockerfile_sources() -> list[str]:
    """The paths the Dockerfile COPYs into /app (relative, as written)."""
    text = (ROOT / "Dockerfile").read_text()
    return [src for line in re.findall(r"^COPY (.+)$", text, re.M) for src in line.split()[:-1]]


def test_the_package_built_from_the_image_files_carries_the_search_help(tmp_path):
    context = tmp_path / "app"
    for src in dockerfile_sources():
        target = context / src
        target.parent.mkdir(parents=True, exist_ok=True)
        if (ROOT / src).is_dir():
            shutil.copytree(ROOT / src, target, symlinks=True, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(ROOT / src, target)
    assert (context / "webapp/docs/search-help.md").is_symlink()  # as Docker's COPY keeps it
    build = tmp_path / "build"
    subprocess.run([sys.executable, "-c", "import setuptools; setuptools.setup()", "-q", "build_py", "-d", str(build)],
                   cwd=context, check=True, capture_output=True, timeout=300)
    shipped = build / "webapp/docs/search-help.md"
    assert shipped.is_file() and not shipped.is_symlink()
    assert shipped.read_text(encoding="utf-8") == (ROOT / "docs/search.md").read_text(encoding="utf-8")

    # The built package, imported alone, renders the whole help (not a one-line fallback).
    probe = ("import sys; sys.path.insert(0, sys.argv[1]); from webapp.help import HELP_FILE, search_help_html; "
             "print(HELP_FILE); print(search_help_html())")
    out = subprocess.run([sys.executable, "-c", probe, str(build)], cwd=tmp_path, check=True, capture_output=True,
                         text=True, timeout=120).stdout
    assert out.splitlines()[0] == str(shipped)
    assert out.count("<h2>") >= 5


def test_help_page_shows_the_search_help(client):
    from webapp.help import search_help_html

    page = client.get("/help").get_data(as_text=True)
    assert str(search_help_html()) in page and str(search_help_html()).count("<h2>") >= 5
