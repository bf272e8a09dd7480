"""The compact JSON form's size and speed on the project's caseload (issue 20, point 4).

Run from the repository root (after `pip install -e .`):

    python benchmarks/compact.py                       # 20,000 claims
    python benchmarks/compact.py 5000
    python benchmarks/compact.py 2000 --instructions   # valgrind's count, stable under load

For status and return results decided beforehand: bytes per line of the command line's compact
output (``outline_record_json``, mean and max), and microseconds per line, against ``json.dumps``
of the same outline as a dict (``compact_dict``) in the same process: the ratio is what to compare
between versions, the microseconds vary by machine. With ``--instructions``, each writer's
instructions per line instead, as valgrind's callgrind counts them (the program run once deciding
the results only and once writing them too; the difference divided by the lines). Nothing here
is a pass/fail test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import gc
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import caseload

import refugeelaw as rl
from refugeelaw import _speed
from refugeelaw.serialize import compact_dict, outline_record_json

ON = dt.date(2004, 6, 30)


def best(fn: Callable[[], object], repeat: int = 5) -> float:
    """The best time of ``fn`` over ``repeat`` rounds, each starting with the speed room's memos
    forgotten (as a fresh process would)."""
    times = []
    for _ in range(repeat):
        _speed.clear()
        gc.collect()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def decided(n: int) -> dict[str, list[Any]]:
    """The status and return results of the first ``n`` claims of the caseload."""
    claims = [rl.from_json(rl.Claim, line) for line in caseload.generate(n)]
    to = [c.fears[0].country if c.fears else "PRK" for c in claims]
    return {
        "status": [rl.assess_status(c, on=ON) for c in claims],
        "return": [
            rl.assess_return(c, by="CHN", to=t, on=ON) for c, t in zip(claims, to, strict=True)
        ],
    }


def _lines(results: list[Any]) -> list[str]:
    return [outline_record_json(i, r) for i, r in enumerate(results, 1)]


def _dumps(dicts: list[dict[str, Any]]) -> list[str]:
    return [json.dumps(x, separators=(",", ":")) for x in dicts]


def main(n: int) -> None:
    print(f"{n:,} caseload claims (benchmarks/caseload.py), results decided beforehand")
    for question, results in decided(n).items():
        sizes = [len(outline_record_json(i, r).encode()) for i, r in enumerate(results, 1)]
        dicts = [
            {"record": i, "result": compact_dict(rl.ResultOutline.of(r))}
            for i, r in enumerate(results, 1)
        ]
        line = best(functools.partial(_lines, results))
        dumps = best(functools.partial(_dumps, dicts))
        print(
            f"{question:>6}: {statistics.mean(sizes):,.0f} bytes/line mean "
            f"({statistics.mean(sizes) / 1024:.2f} KB), {max(sizes):,} max; "
            f"{line / n * 1e6:.1f} µs/line, json.dumps of the same dict {dumps / n * 1e6:.1f} µs "
            f"({line / dumps:.2f}x json.dumps)"
        )


def instructions(n: int) -> None:
    """Instructions per line of each question's compact writer (memos cold)."""
    with tempfile.TemporaryDirectory() as tmp:

        def count(mode: str) -> int:
            program = [sys.executable, __file__, str(n), "--mode", mode]
            out = f"--callgrind-out-file={tmp}/out"
            run = subprocess.run(
                ["valgrind", "--tool=callgrind", out, *program],
                capture_output=True,
                text=True,
                check=True,
                env={**os.environ, "PYTHONHASHSEED": "0"},  # the same count run after run
            )
            found = re.search(r"Collected : (\d+)", run.stderr)
            if found is None:
                raise SystemExit(f"valgrind printed no count:\n{run.stderr}")
            return int(found.group(1))

        base = count("none")
        for question in ("status", "return"):
            per_line = (count(question) - base) / n
            print(f"{question:>6}: {per_line:,.0f} instructions/line ({n:,} lines, memos cold)")


def measured(n: int, mode: str) -> None:
    """The program valgrind counts: decide, then write one question's lines (or none)."""
    results = decided(n)
    _speed.clear()
    if mode != "none":
        for i, r in enumerate(results[mode], 1):
            outline_record_json(i, r)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, nargs="?", default=20_000, help="claims")
    parser.add_argument("--instructions", action="store_true", help="count with valgrind")
    parser.add_argument("--mode", choices=("none", "status", "return"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mode:
        measured(args.count, args.mode)
    elif args.instructions:
        instructions(args.count)
    else:
        main(args.count)
