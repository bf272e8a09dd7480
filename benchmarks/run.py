"""Benchmarks for refugeelaw, reported as ratios against references run in the same process.

Run from the repository root (after `pip install -e .`):

    python benchmarks/run.py            # (a), (b), (d) and scaling at 10k and 100k claims
    python benchmarks/run.py --full     # adds the 1M-claim scaling run (several minutes)

(a) assess_status with full findings, against the same rules run as written (the speed layer off)
    and against a small fixed reference rule that decides the outcome only
    (benchmarks/reference.py, for comparison with other engines); assess_return against
    assess_status, per claim
(b) outcome only vs outcome plus rendered text explanation; writing decided results as text, as
    the full JSON line and as the compact one (µs per claim, bytes per claim)
(c) the CLI over 10k / 100k / 1M JSON Lines claims with --summary: time per claim and peak memory
    (flat = constant); and the 100k run again writing every determination (compact, the default,
    and --detail full), and on two processes
(d) `import refugeelaw` vs importing its runtime dependencies alone
(e) reading claims: validated claims built from plain Python values, `from_json` (the quick reader,
    and cattrs reading the same text, the reference that names each fault's path), and building
    plus explained status, per claim, against `json.loads` of the same text

Nothing here is a pass/fail test: timings vary by machine; the ratios are what to compare.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
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
import reference

import refugeelaw as rl
from refugeelaw import _speed

ON = dt.date(2004, 6, 30)


def rounds(*fns: Callable[[], object], repeat: int = 7, cold: bool = True) -> list[list[float]]:
    """The time of each function in each of ``repeat`` rounds, the functions taking turns within a
    round, so that a slow spell on a shared machine hits all of them rather than one. Everything
    the speed layer remembers is forgotten before each run: a memo warm from an earlier repetition
    over the same claims would flatter the library (``cold=False`` keeps it, for a row that says
    so: the claims of a long caseload, once the memos have filled)."""
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(repeat):
        for fn, seen in zip(fns, times, strict=True):
            if cold:
                _speed.clear()  # each repetition starts cold, as a fresh process would (not timed)
            gc.collect()  # nor does it pay for collecting what an earlier run left (not timed)
            start = time.perf_counter()
            fn()
            seen.append(time.perf_counter() - start)
    return times


def best_of(*fns: Callable[[], object], repeat: int = 7, cold: bool = True) -> list[float]:
    """The best time of each function over the :func:`rounds` it is timed in."""
    return [min(seen) for seen in rounds(*fns, repeat=repeat, cold=cold)]


def spread(numerator: list[float], denominator: list[float], scale: float = 1.0) -> str:
    """The ratio of two functions' times (times ``scale``) round by round, each pair timed back to
    back: its median and range, which show how far the machine's load moved the best-of ratio
    printed beside it."""
    ratios = sorted(a / b * scale for a, b in zip(numerator, denominator, strict=True))
    return f"per round {statistics.median(ratios):.2f}x, {ratios[0]:.2f}-{ratios[-1]:.2f}"


def claims(n: int) -> list[rl.Claim]:
    return [rl.from_json(rl.Claim, line) for line in caseload.generate(n)]


def plain(fn: Callable[[], object]) -> Callable[[], object]:
    """Run ``fn`` with the speed layer off: the rules exactly as written."""

    def run() -> object:
        with _speed.off():
            return fn()

    return run


def stream(decide: Callable[[rl.Claim], object], sample: list[rl.Claim]) -> None:
    """Decide every claim and drop each result, as a streaming caseload run does (keeping them
    all would mostly time the garbage collector walking the kept results)."""
    for claim in sample:
        decide(claim)


def _to(claim: rl.Claim) -> str:
    return claim.fears[0].country if claim.fears else "PRK"


def bench_rules(sample: list[rl.Claim]) -> list[tuple[str, str, str]]:
    def status(c: rl.Claim) -> rl.StatusDetermination:
        return rl.assess_status(c, on=ON)

    def returned(c: rl.Claim) -> rl.ReturnAssessment:
        return rl.assess_return(c, by="CHN", to=_to(c), on=ON)

    # Results kept: first, while nothing else the benchmark keeps is alive for the collector.
    dropped, kept, many = best_of(
        lambda: stream(status, sample),
        lambda: [status(c) for c in sample],
        lambda: list(rl.assess_many(sample, on=ON, chunksize=512)),
        repeat=3,
    )
    fast = [(status(c), returned(c)) for c in sample]
    with _speed.off():
        same = sum((status(c), returned(c)) == f for c, f in zip(sample, fast, strict=True))
    del fast
    lines = list(caseload.generate(len(sample)))
    raw = [json.loads(line) for line in lines]
    timed = rounds(
        plain(lambda: stream(status, sample)),
        lambda: stream(status, sample),
        lambda: stream(returned, sample),
        lambda: stream(reference.decide, raw),  # type: ignore[arg-type]
        lambda: rl.status_outcomes(sample, on=ON),
        lambda: stream(json.loads, lines),  # type: ignore[arg-type]  # streamed, as the outcomes
    )
    written, lib, ret, ref, alone, loads = (min(seen) for seen in timed)
    cold_spread = spread(timed[2], timed[1])
    # The same two with the memos kept from the round before: what a claim costs once a long
    # caseload has filled them (printed beside the cold ratio, never instead of it).
    warm = rounds(
        lambda: stream(status, sample), lambda: stream(returned, sample), repeat=5, cold=False
    )
    warm_status, warm_return = min(warm[0]), min(warm[1])
    warm_spread = spread(warm[1], warm[0])
    agree = sum(
        a is status(c).outcome
        for a, c in zip(rl.status_outcomes(sample, on=ON), sample, strict=True)
    )
    undecided = [d for d in (status(c) for c in sample) if d.outcome is rl.Status.UNDETERMINED]
    open_facts = sum(len(d.missing_facts()) for d in undecided)
    # Timed beside assess_status in the same rounds: the ratio is then read against status as fast
    # or as slow as the machine was while the questions were asked.
    questioned = rounds(
        lambda: [d.questions() for d in undecided], lambda: stream(status, sample), repeat=5
    )
    asked, beside = min(questioned[0]), min(questioned[1])
    answers = sum(len(q.answers) for d in undecided for q in d.questions())
    outcome_only, explained = best_of(
        lambda: stream(lambda c: status(c).outcome, sample),
        lambda: stream(lambda c: status(c).explain(), sample),
        repeat=3,
    )
    from refugeelaw.serialize import outline_record_json, record_json

    decided = [status(c) for c in sample]
    text, full, compact = best_of(
        lambda: [d.explain() for d in decided],
        lambda: [record_json(i, d) for i, d in enumerate(decided, 1)],
        lambda: [outline_record_json(i, d) for i, d in enumerate(decided, 1)],
        repeat=5,
    )
    full_size = sum(len(record_json(i, d).encode()) for i, d in enumerate(decided, 1))
    compact_size = sum(len(outline_record_json(i, d).encode()) for i, d in enumerate(decided, 1))
    n = len(sample)
    written_rows = [
        (
            f"(b) {name}, results decided",
            f"{t / n * 1e6:,.1f} µs/claim ({n / t:,.0f}/s)",
            f"{t / lib:.2f}x assess_status" + (f", {size / n / 1024:.1f} KB/claim" if size else ""),
        )
        for name, t, size in (
            ("rendered text", text, 0),
            ("JSON line, full form", full, full_size),
            ("JSON line, compact form", compact, compact_size),
        )
    ]
    return [
        ("(a) rules as written (speed layer off)", f"{n / written:,.0f} claims/s", "1.00x"),
        (
            "(a) assess_status, full findings",
            f"{n / lib:,.0f} claims/s",
            f"{written / lib:.2f}x faster than as written",
        ),
        ("(a) the same results with the speed layer off", f"{same}/{n}", "status and return"),
        (
            "(a) reference rule, outcome only (peers)",
            f"{n / ref:,.0f} claims/s",
            f"{lib / ref:.1f}x faster than assess_status",
        ),
        (
            "(a) status_outcomes: the outcome alone, same rules",
            f"{n / alone:,.0f} claims/s",
            f"{lib / alone:.1f}x faster than assess_status; {alone / loads:.2f}x json.loads "
            f"streamed ({loads / n * 1e6:.1f} µs); agrees {agree:,}/{n:,}",
        ),
        (
            "(a) assess_return, full findings",
            f"{n / ret:,.0f} claims/s",
            f"{ret / lib:.2f}x assess_status ({cold_spread})",
        ),
        (
            "(a) assess_return, memos warm (a long caseload)",
            f"{n / warm_return:,.0f} claims/s",
            f"{warm_return / warm_status:.2f}x assess_status, memos warm too ({warm_spread})",
        ),
        (
            f"(a) questions() on the {len(undecided):,} undecided",
            f"{open_facts / asked:,.0f} open facts/s",
            f"{(asked / open_facts) / (beside / n):.1f} assess_status per open fact "
            f"({spread(questioned[0], questioned[1], n / open_facts)})",
        ),
        (
            "(a) questions(), per answer listed",
            f"{answers / open_facts:.1f} answers per open fact",
            f"{(asked / answers) / (beside / n):.2f} assess_status per answer",
        ),
        (
            "(a) every result kept in a list",
            f"{n / kept:,.0f} claims/s",
            f"{kept / dropped:.2f}x the time of dropping them",
        ),
        (
            "(a) kept, through assess_many",
            f"{n / many:,.0f} claims/s",
            f"{many / dropped:.2f}x the time of dropping them",
        ),
        ("(b) outcome only", f"{n / outcome_only:,.0f} claims/s", "1.00x"),
        (
            "(b) with rendered text",
            f"{n / explained:,.0f} claims/s",
            f"{explained / outcome_only:.2f}x outcome only",
        ),
        *written_rows,
    ]


def build_claim(data: dict[str, Any]) -> rl.Claim:
    """A validated claim from plain Python values (what a program holding its own data does)."""
    values = dict(data)
    person = rl.Person(**values.pop("person"))
    fears = [rl.Harm(**fear) for fear in values.pop("fears")]
    return rl.Claim(person, fears=fears, **values)


def bench_input(n: int) -> list[tuple[str, str, str]]:
    from refugeelaw import serialize

    lines = list(caseload.generate(n))
    raw = [json.loads(line) for line in lines]
    assert [build_claim(d) for d in raw] == [rl.from_json(rl.Claim, line) for line in lines]

    def status(c: rl.Claim) -> object:
        return rl.assess_status(c, on=ON)

    streamed, parsed, built, quick, cattrs_, both = best_of(
        lambda: stream(json.loads, lines),  # type: ignore[arg-type]
        lambda: [json.loads(line) for line in lines],
        lambda: [build_claim(d) for d in raw],
        lambda: [rl.from_json(rl.Claim, line) for line in lines],
        lambda: [serialize._read_by_cattrs(rl.Claim, serialize.loads(line)) for line in lines],
        lambda: stream(lambda d: status(build_claim(d)), raw),  # type: ignore[arg-type]
    )

    def us(t: float) -> str:
        return f"{t / n * 1e6:,.1f} us/claim"

    return [
        (
            "(e) json.loads of a claim's line, each dropped (a stream)",
            us(streamed),
            f"{streamed / parsed:.2f}x kept",
        ),
        ("(e) json.loads of a claim's line, kept in a list", us(parsed), "1.00x"),
        ("(e) validated Claim from plain values", us(built), f"{built / parsed:.2f}x json.loads"),
        ("(e) from_json(Claim, line)", us(quick), f"{quick / parsed:.2f}x json.loads"),
        (
            "(e) the same read by cattrs (reference)",
            us(cattrs_),
            f"{cattrs_ / quick:.2f}x from_json",
        ),
        (
            "(e) built from plain values + explained status",
            f"{n / both:,.0f} claims/s",
            f"building {built / both:.0%} of the time",
        ),
    ]


_MEASURE = """
import resource, sys, time
from refugeelaw.cli import main
argv = ["assess", "-", "--on", "2004-06-30", "--format", "json", "--processes", sys.argv[2]]
start = time.perf_counter()
with open(sys.argv[1]) as f, open("/dev/null", "w") as out:
    sys.stdin, sys.stdout = f, out  # as standard output: written to its descriptor, as a run's
    code = main(argv + sys.argv[3:])
    sys.stdout = sys.__stdout__
elapsed = time.perf_counter() - start
# This process's own high-water mark (ru_maxrss would also count the benchmark that started it,
# since Linux carries it across exec), and the largest worker process's.
with open("/proc/self/status") as status:
    own = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss if sys.argv[2] != "1" else 0
print(elapsed, max(own, workers), code)
"""


def cli_run(
    path: Path, processes: int = 1, summary: bool = True, *extra: str
) -> tuple[float, float]:
    """Seconds and peak memory (MB, of the largest process) of one CLI run over ``path``: with
    ``--summary``, or writing every determination as JSON Lines (to /dev/null; ``extra``
    arguments such as ``--detail full``)."""
    proc = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(path), str(processes)]
        + (["--summary"] if summary else [])
        + list(extra),
        capture_output=True,
        text=True,
        check=True,
    )
    elapsed, rss_kb, _ = proc.stdout.split()
    return float(elapsed), int(rss_kb) / 1024


def bench_scaling(sizes: list[int]) -> list[tuple[str, str, str]]:
    rows = []
    first: float | None = None
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            path = Path(tmp) / f"caseload-{n}.jsonl"
            with path.open("w") as f:
                for line in caseload.generate(n):
                    f.write(line + "\n")
            elapsed, peak = cli_run(path)
            per = elapsed / n
            first = first or per
            rows.append(
                (
                    f"(c) CLI, {n:,} claims",
                    f"{n / elapsed:,.0f} claims/s, peak {peak:.0f} MB",
                    f"{per / first:.2f}x time per claim vs {sizes[0]:,}",
                )
            )
            if n == sizes[1]:
                for label, extra in (("compact", ()), ("--detail full", ("--detail", "full"))):
                    out, peak = cli_run(path, 1, False, *extra)
                    rows.append(
                        (
                            f"(c) CLI, {n:,} claims, JSON Lines out, {label}",
                            f"{n / out:,.0f} claims/s, peak {peak:.0f} MB",
                            f"{out / elapsed:.2f}x the time of --summary",
                        )
                    )
                    two, peak = cli_run(path, 2, False, *extra)
                    rows.append(
                        (
                            f"(c) CLI, {n:,} claims, JSON Lines out, {label}, --processes 2",
                            f"{n / two:,.0f} claims/s, peak {peak:.0f} MB",
                            f"{out / two:.2f}x the rate of one process",
                        )
                    )
                two, peak = cli_run(path, processes=2)
                rows.append(
                    (
                        f"(c) CLI, {n:,} claims, --summary, --processes 2",
                        f"{n / two:,.0f} claims/s, peak {peak:.0f} MB",
                        f"{two / elapsed:.2f}x the time of one process",
                    )
                )
            path.unlink()
    return rows


def bench_import() -> list[tuple[str, str, str]]:
    def cost(code: str) -> float:
        runs = []
        for _ in range(7):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True)
            runs.append(time.perf_counter() - start)
        return min(runs)

    bare = cost("pass")
    deps = cost("import attrs, dateutil.relativedelta") - bare
    lib = cost("import attrs, dateutil.relativedelta, refugeelaw") - bare
    used = cost("import refugeelaw; refugeelaw.assess_status") - bare
    return [
        ("(d) import attrs + dateutil", f"{deps * 1000:.0f} ms", "1.00x"),
        (
            "(d) import refugeelaw (names load lazily)",
            f"{lib * 1000:.0f} ms",
            f"{lib / deps:.2f}x deps, +{(lib - deps) * 1000:.0f} ms",
        ),
        (
            "(d) import + first use of assess_status",
            f"{used * 1000:.0f} ms",
            f"{used / deps:.2f}x deps, +{(used - deps) * 1000:.0f} ms",
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="include the 1M-claim run")
    parser.add_argument("--sample", type=int, default=5000, help="claims for (a) and (b)")
    parser.add_argument("--json", action="store_true", help="print the rows as JSON")
    parser.add_argument("--rules-only", action="store_true", help="only (a), (b) and (e)")
    args = parser.parse_args()
    sizes = [10_000, 100_000] + ([1_000_000] if args.full else [])
    rows = bench_rules(claims(args.sample)) + bench_input(args.sample)
    if not args.rules_only:
        rows += bench_scaling(sizes) + bench_import()
    if args.json:
        print(json.dumps(rows))
        return
    print(f"refugeelaw {rl.__version__}, Python {sys.version.split()[0]}, {os.cpu_count()} cores")
    width = max(len(r[0]) for r in rows)
    for name, value, ratio in rows:
        print(f"{name:<{width}}  {value:>36}  {ratio}")


if __name__ == "__main__":
    main()
