"""The command line's throughput (issue 20, point 5): the (c) rows of ``run.py``, focused, each
read by its ratio to ``json.loads`` of the same lines measured in the same run.

Run from the repository root (after `pip install -e .`):

    python benchmarks/cli.py                      # 100,000 claims, each configuration once
    python benchmarks/cli.py --repeat 3           # the best of three runs of each
    python benchmarks/cli.py --before OLD/src     # the same, alternating with the code at OLD
    python benchmarks/cli.py --million            # adds peak memory at 1,000,000 claims
    python benchmarks/cli.py --instructions       # instructions per claim (valgrind), one process

Each run is a fresh process (``run.py``'s measuring program: the time of ``main()`` after the
import, and the peak memory of the largest process) over the same JSON Lines file, with
``--summary``, writing compact JSON Lines (the default) and ``--detail full``, on one process and
on two; beside the rate on two, the rate of two one-process runs started at once, each over the
whole file: what the machine gives two processes that share nothing, the ceiling for one run on
two. ``--before`` runs every configuration again with ``PYTHONPATH`` set to another checkout's
``src`` (e.g. ``git archive main src | tar -x -C /tmp/main``), alternating the two so that both
meet the same load. The reference is ``json.loads`` of 5,000 of the lines, each result dropped
as the command line drops each record's (until 3 December 2026 they were kept in a list, which
took about 2.5 times as long and flattered every ratio), the best of seven, measured before and
after each configuration (the lower is used): on a shared
machine the rate drifts, the ratio much less. Each row also gives the CPU time of all the run's
processes (import and workers' start included) per claim against ``json.loads``'s CPU time,
which a loaded machine sways less than the elapsed time. ``--instructions`` counts instead, with valgrind's
callgrind, the instructions per claim of one process (a run over 1,300 claims less one over 300, so
start-up and import cancel out) and of ``json.loads`` the same way: counts do not vary with load.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import caseload
from instructions import _instructions_of
from run import _MEASURE

CONFIGS = {
    "--summary": ["--summary"],
    "compact JSON Lines": [],
    "--detail full": ["--detail", "full"],
}


#: Printed under every ratio of instruction counts to ``json.loads``.
_COUNTS_ARE_NOT_TIMES = (
    "(json.loads is C and runs about twice as many instructions a second as the interpreter "
    "running the library: compare these counts between revisions, not with the time targets)"
)


def loads_per_claim(lines: list[str], clock: Callable[[], float] = time.perf_counter) -> float:
    """Seconds per claim for ``json.loads`` of ``lines``, each result dropped as the command line
    drops each record's, the best of seven, by ``clock`` (elapsed time, or ``time.process_time``
    for this process's CPU time). Kept in a list, the same parsing takes about two and a half times
    as long (the memory the kept documents fill), which would flatter every ratio read against it."""
    best = float("inf")
    for _ in range(7):
        start = clock()
        for line in lines:
            json.loads(line)
        best = min(best, clock() - start)
    return best / len(lines)


def _start(path: Path, processes: int, extra: list[str], src: str | None) -> subprocess.Popen[str]:
    """One command-line run over ``path`` started (the code from ``src`` if given)."""
    env = dict(os.environ)
    if src:
        env["PYTHONPATH"] = src
    return subprocess.Popen(
        [sys.executable, "-c", _MEASURE, str(path), str(processes), *extra],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )


def _finished(proc: subprocess.Popen[str]) -> tuple[float, float]:
    """Seconds and peak MB of a run :func:`_start` began, once it has ended."""
    out, _ = proc.communicate()
    if proc.returncode:
        raise subprocess.CalledProcessError(proc.returncode, proc.args)
    elapsed, rss_kb, _ = out.split()
    return float(elapsed), int(rss_kb) / 1024


def run(
    path: Path, processes: int, extra: list[str], src: str | None
) -> tuple[float, float, float]:
    """Seconds, peak MB and CPU seconds (of every process, import included) of one command-line
    run over ``path`` (the code from ``src`` if given)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    elapsed, peak = _finished(_start(path, processes, extra, src))
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return elapsed, peak, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def pair(path: Path, extra: list[str], src: str | None) -> float:
    """Seconds for two one-process runs over ``path`` started at once, each on its own copy of
    the work (the later to finish): what this machine gives two processes that share nothing, the
    ceiling for one run on two processes (on a virtual machine, two cores need not give twice
    one)."""
    both = [_start(path, 1, extra, src) for _ in range(2)]
    return max(_finished(proc)[0] for proc in both)


_LOADS = """
import json, sys
for line in open(sys.argv[1], "rb").read().splitlines():
    json.loads(line)
"""


def instructions(program: str, path: Path, extra: list[str], src: str | None) -> int:
    """The instructions ``program`` runs over ``path``, as valgrind's callgrind counts them."""
    env = dict(os.environ)
    if src:
        env["PYTHONPATH"] = src
    return _instructions_of([sys.executable, "-c", program, str(path), "1", *extra], env)


def count_instructions(versions: dict[str, str | None], tmp: str) -> None:
    small, large = Path(tmp) / "small.jsonl", Path(tmp) / "large.jsonl"
    lines = list(caseload.generate(1300))
    small.write_text("".join(line + "\n" for line in lines[:300]))
    large.write_text("".join(line + "\n" for line in lines))

    def per_claim(program: str, extra: list[str], src: str | None) -> float:
        return (
            instructions(program, large, extra, src) - instructions(program, small, extra, src)
        ) / 1000

    reference = per_claim(_LOADS, [], None)
    print(f"json.loads: {reference:,.0f} instructions per claim", flush=True)
    print(_COUNTS_ARE_NOT_TIMES, flush=True)
    for label, extra in CONFIGS.items():
        for version, src in versions.items():
            count = per_claim(_MEASURE, extra, src)
            print(
                f"{version:>6} {label}, 1 process: {count:,.0f} instructions per claim, "
                f"{count / reference:.2f}x json.loads",
                flush=True,
            )


def compiled(versions: dict[str, str | None]) -> None:
    """Compile each version's modules first, so that neither pays for compiling them in the runs
    (where ``PYTHONDONTWRITEBYTECODE`` is set, or for a tree made by ``git archive``, a version
    without bytecode compiled every module in every process, import and workers included, and
    its CPU time was the larger for it)."""
    import refugeelaw

    for src in versions.values():
        tree = Path(src) / "refugeelaw" if src else Path(refugeelaw.__file__).parent
        compileall.compile_dir(str(tree), quiet=1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=1, help="runs of each (the best is kept)")
    parser.add_argument("--before", metavar="SRC", help="another checkout's src, to compare")
    parser.add_argument("--million", action="store_true", help="peak memory at 1M claims")
    parser.add_argument("--instructions", action="store_true", help="count with valgrind")
    args = parser.parse_args()
    versions: dict[str, str | None] = (
        {"after": None, "before": args.before} if args.before else {"": None}
    )
    compiled(versions)
    with tempfile.TemporaryDirectory() as tmp:
        if args.instructions:
            count_instructions(versions, tmp)
            return
        path = Path(tmp) / "caseload.jsonl"
        with path.open("w") as f:
            for line in caseload.generate(args.claims):
                f.write(line + "\n")
        with path.open() as f:
            sample = [next(f).rstrip("\n") for _ in range(min(5000, args.claims))]
        print(f"{args.claims:,} claims, {os.cpu_count()} cores; targets at the issue's 3.7 µs: "
              "25,000/s = 10.8x json.loads, 40,000/s = 6.8x")  # fmt: skip
        for label, extra in CONFIGS.items():
            reference = loads_per_claim(sample)
            cpu_reference = loads_per_claim(sample, time.process_time)
            rates: dict[tuple[str, int], float] = {}
            cpus: dict[tuple[str, int], float] = {}
            ceiling: dict[str, float] = {}  # two one-process runs at once, claims/s together
            for _ in range(args.repeat):
                for processes in (1, 2):
                    for version, src in versions.items():
                        elapsed, _, cpu = run(path, processes, extra, src)
                        key = (version, processes)
                        rates[key] = max(rates.get(key, 0.0), args.claims / elapsed)
                        cpus[key] = min(cpus.get(key, float("inf")), cpu / args.claims)
                for version, src in versions.items():
                    both = 2 * args.claims / pair(path, extra, src)
                    ceiling[version] = max(ceiling.get(version, 0.0), both)
            reference = min(reference, loads_per_claim(sample))
            cpu_reference = min(cpu_reference, loads_per_claim(sample, time.process_time))
            for (version, processes), rate in rates.items():
                ratio = 1 / rate / reference
                scaling = (
                    f", {rate / rates[(version, 1)]:.2f}x one process (two one-process runs at "
                    f"once: {ceiling[version] / rates[(version, 1)]:.2f}x)"
                    if processes == 2
                    else ""
                )
                cpu = cpus[(version, processes)] / cpu_reference
                print(
                    f"{version:>6} {label}, {processes} process{'es' if processes > 1 else ''}: "
                    f"{rate:,.0f} claims/s, {ratio:.2f}x json.loads per claim{scaling}; "
                    f"CPU {cpu:.2f}x json.loads per claim (json.loads {reference * 1e6:.2f} µs)",
                    flush=True,
                )
        if args.million:
            path.unlink()
            with path.open("w") as f:
                for line in caseload.generate(1_000_000):
                    f.write(line + "\n")
            for version, src in versions.items():
                for processes, extra in ((1, []), (2, ["--detail", "full"])):
                    elapsed, peak, _ = run(path, processes, extra, src)
                    print(
                        f"{version:>6} 1,000,000 claims, {' '.join(extra) or 'compact'}, "
                        f"{processes} process{'es' if processes > 1 else ''}: "
                        f"{1_000_000 / elapsed:,.0f} claims/s, peak {peak:.0f} MB",
                        flush=True,
                    )


if __name__ == "__main__":
    main()
