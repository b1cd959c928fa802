"""New papers in an existing corpus's world: the people, organisations and bodies of `--world` (the seed the
archive was generated with), planned and written with another `--seed`, so none of them is in the archive
but every one names its people. What a grown archive's next papers look like (BENCHMARKS.md, "Ingest into
a grown archive"); `bench.generate --seed 7` invents a new world, whose people no stored paper names.

    python -m bench.same_world --n 200 --world 1 --seed 11 --out /tmp/x/extra
"""
from __future__ import annotations

import argparse
from pathlib import Path

from bench.generate import generate


def generate_in_world(n: int, world_seed: int, seed: int, out: Path,
                      formats: tuple[str, ...] = ("txt", "docx", "pdf")) -> list[Path]:
    """`n` papers planned and written with `seed` in `world_seed`'s world (bench.generate's writer)."""
    if seed == world_seed:
        raise ValueError("--seed must differ from --world, or the papers are the archive's own.")
    return generate(n, seed, out, formats, world_seed=world_seed)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--world", type=int, default=1)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    print(len(generate_in_world(args.n, args.world, args.seed, args.out)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
