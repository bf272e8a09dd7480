"""This checkout against an earlier revision of the library, on the same machine in the same run.

Run from the repository root (git and this checkout's dependencies installed):

    python benchmarks/versus.py                  # against dc06c5b, the revision issue 12 measured
    python benchmarks/versus.py --rev HEAD~5 --count 20000 --rounds 7

Absolute rates on a shared machine drift by half from one day to the next, so a figure measured on
another day ("50,000 claims/s") says little about a change. Here both versions decide the same
claims, alternately, each in a fresh process with nothing remembered: the earlier revision is
exported with ``git archive`` into a temporary directory and imported from there. The claims come
from the earlier revision's own caseload generator, which both versions read (JSON written for an
earlier version still reads).

Each process decides every claim once, streaming (each result dropped), after deciding one claim
to load what is loaded lazily: ``assess_status`` with no state (Art 1 as the Protocol reads it),
and ``assess_return`` from China to the country of the first feared harm, as ``run.py`` does.
Nothing here is a pass/fail test.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_MEASURE = """
import datetime as dt, json, sys, time
import refugeelaw as rl
mode, path = sys.argv[1], sys.argv[2]
claims = [rl.from_json(rl.Claim, line) for line in open(path).read().splitlines()]
on = dt.date(2004, 6, 30)
rl.assess_status(claims[0], on=on)
rl.assess_return(claims[0], by="CHN", to="PRK", on=on)
for name in ("refugeelaw._speed", "refugeelaw.status"):  # whatever the revision remembers: forgotten
    try:
        module = __import__(name, fromlist=["_"])
    except ImportError:
        continue
    getattr(module, "clear", getattr(module, "clear_memos", lambda: None))()
start = time.perf_counter()
if mode == "status":
    for claim in claims:
        rl.assess_status(claim, on=on)
else:
    for claim in claims:
        rl.assess_return(claim, by="CHN", to=claim.fears[0].country if claim.fears else "PRK", on=on)
print(json.dumps([rl.__file__, len(claims) / (time.perf_counter() - start)]))
"""


def export(rev: str, into: Path) -> None:
    """The revision's ``src`` and ``benchmarks`` directories, as committed."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", rev, "src", "benchmarks"],
        capture_output=True,
        check=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")


def rate(src: Path, mode: str, claims: Path) -> float:
    """Claims per second of one fresh process importing the library from ``src``."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    out = subprocess.run(
        [sys.executable, "-c", _MEASURE, mode, str(claims)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    ).stdout
    where, per_second = json.loads(out)
    if not Path(where).resolve().is_relative_to(src.resolve()):
        raise SystemExit(f"imported {where}, not the library under {src}")
    return float(per_second)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rev", default="dc06c5b", help="the earlier revision (default dc06c5b)")
    parser.add_argument("--count", type=int, default=20_000, help="claims per process")
    parser.add_argument("--rounds", type=int, default=5, help="processes per version and mode")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        earlier = Path(tmp) / "earlier"
        export(args.rev, earlier)
        claims = Path(tmp) / "claims.jsonl"
        generator = earlier / "benchmarks" / "caseload.py"
        with claims.open("w") as out:
            subprocess.run(
                [sys.executable, str(generator), str(args.count)], stdout=out, check=True
            )
        versions = {args.rev: earlier / "src", "this checkout": ROOT / "src"}
        rows = []
        for mode in ("status", "return"):
            seen: dict[str, list[float]] = {name: [] for name in versions}
            for _ in range(args.rounds):  # taking turns: a slow spell hits both
                for name, src in versions.items():
                    seen[name].append(rate(src, mode, claims))
            rows.append((mode, {name: (max(r), statistics.median(r)) for name, r in seen.items()}))
    print(f"{args.count:,} claims from {args.rev}'s caseload, {args.rounds} processes each")
    print(f"{'':<8}{'version':<16}{'best claims/s':>16}{'median':>12}")
    for mode, by_version in rows:
        for name, (best, median) in by_version.items():
            print(f"{mode:<8}{name:<16}{best:>16,.0f}{median:>12,.0f}")
        (old_best, old_median), (new_best, new_median) = by_version.values()
        print(
            f"{'':<8}{'ratio':<16}{new_best / old_best:>15.2f}x{new_median / old_median:>11.2f}x"
            "  (this checkout / earlier; above 1 is faster)"
        )
    (_, status), (_, ret) = rows
    for name in versions:
        print(f"return / status, {name}: {status[name][1] / ret[name][1]:.2f}x (medians)")


if __name__ == "__main__":
    main()
