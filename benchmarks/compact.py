"""The compact JSON form's size and speed on the project's caseload (issue 20, point 4).

Run from the repository root (after `pip install -e .`):

    python benchmarks/compact.py          # 20,000 claims
    python benchmarks/compact.py 5000

For status and return results decided beforehand: bytes per line of the command line's compact
output (``outline_record_json``, mean and max), and microseconds per line, against ``json.dumps``
of the same outline as a dict (``compact_dict``) in the same process: the ratio is what to compare
between versions, the microseconds vary by machine. Nothing here is a pass/fail test.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

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


def main(n: int) -> None:
    claims = [rl.from_json(rl.Claim, line) for line in caseload.generate(n)]
    to = [c.fears[0].country if c.fears else "PRK" for c in claims]
    results = {
        "status": [rl.assess_status(c, on=ON) for c in claims],
        "return": [rl.assess_return(c, by="CHN", to=t, on=ON) for c, t in zip(claims, to)],
    }
    print(f"{n:,} caseload claims (benchmarks/caseload.py), results decided beforehand")
    for question, decided in results.items():
        sizes = [len(outline_record_json(i, r).encode()) for i, r in enumerate(decided, 1)]
        dicts = [
            {"record": i, "result": compact_dict(rl.ResultOutline.of(r))}
            for i, r in enumerate(decided, 1)
        ]
        line = best(lambda d=decided: [outline_record_json(i, r) for i, r in enumerate(d, 1)])
        dumps = best(lambda d=dicts: [json.dumps(x, separators=(",", ":")) for x in d])
        print(
            f"{question:>6}: {statistics.mean(sizes):,.0f} bytes/line mean "
            f"({statistics.mean(sizes) / 1024:.2f} KB), {max(sizes):,} max; "
            f"{line / n * 1e6:.1f} µs/line, json.dumps of the same dict {dumps / n * 1e6:.1f} µs "
            f"({line / dumps:.2f}x json.dumps)"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20_000)
