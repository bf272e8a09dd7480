"""Instructions per claim for reading claims, counted by valgrind (stable under load): a validated
``Claim`` built from plain Python values (as ``benchmarks/run.py``'s ``build_claim``), and
``from_json(Claim, line)``, each with the speed layer on and off, beside ``json.loads`` of the same
lines (issue 20, points 1 and 3, as ratios to ``json.loads``).

Run from the repository root, with valgrind installed:

    python benchmarks/reading.py            # 2,000 claims

Each mode runs in its own process under ``valgrind --tool=callgrind``; the setup (imports, making
the lines, parsing them once, building a few claims so that every generated reader and test exists)
is measured alone and subtracted, so what is left is the cost of the reading itself.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from instructions import _instructions_of  # noqa: E402

MODES = ("none", "loads", "plain", "plain-off", "json", "json-off")


def _run(mode: str, count: int) -> None:
    """The measured program: set up, then read every claim as ``mode`` says (``none``: not)."""
    import caseload
    from run import build_claim

    import refugeelaw as rl
    from refugeelaw import _speed

    _speed.install()  # as after the first assessment
    lines = list(caseload.generate(count))
    raw = [json.loads(line) for line in lines]
    for line, data in zip(lines[:20], raw[:20], strict=True):  # every generated function made
        with _speed.off():
            build_claim(data)
            rl.from_json(rl.Claim, line)
        build_claim(data)
        rl.from_json(rl.Claim, line)
    layer = _speed.off() if mode.endswith("-off") else contextlib.nullcontext()
    with layer:
        if mode == "loads":
            for line in lines:
                json.loads(line)
        elif mode.startswith("plain"):
            for data in raw:
                build_claim(data)
        elif mode.startswith("json"):
            for line in lines:
                rl.from_json(rl.Claim, line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000, help="claims to read")
    parser.add_argument("--mode", choices=MODES, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mode:
        _run(args.mode, args.count)
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed")
    program = [sys.executable, __file__, "--count", str(args.count), "--mode"]
    setup = _instructions_of([*program, "none"])
    per = {m: (_instructions_of([*program, m]) - setup) / args.count for m in MODES[1:]}
    loads = per["loads"]
    rows = [
        ("json.loads of a claim's line", "loads"),
        ("validated Claim from plain values, layer off", "plain-off"),
        ("validated Claim from plain values, layer on", "plain"),
        ("from_json(Claim, line), layer off", "json-off"),
        ("from_json(Claim, line), layer on", "json"),
    ]
    for label, mode in rows:
        print(
            f"{label:<46} {per[mode]:>8,.0f} instructions/claim  {per[mode] / loads:.2f}x json.loads"
        )


if __name__ == "__main__":
    main()
