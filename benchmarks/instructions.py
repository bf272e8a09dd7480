"""Instructions per claim, counted by valgrind (stable under load): ``assess_status`` with the speed
layer, the same rules as written (speed layer off), ``assess_return``, ``questions()`` per
open fact of the undecided claims, reading a claim's line with ``from_json``, and writing a
decided status as the compact JSON line.

Run from the repository root, with valgrind installed:

    python benchmarks/instructions.py            # 2,000 claims, memos cold

Timings on a shared machine vary by a third from run to run; instruction counts do not. Each mode
runs in its own process under ``valgrind --tool=callgrind``; the setup (imports, parsing the claims)
is measured alone and subtracted, so what is left is the cost of deciding the claims.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _run(mode: str, count: int) -> None:
    """The measured program: set up, then decide every claim (``lib``, ``base``) or none."""
    sys.path.insert(0, str(HERE))
    import caseload

    import refugeelaw as rl
    from refugeelaw import _speed

    lines = list(caseload.generate(count))
    claims = [rl.from_json(rl.Claim, line) for line in lines]
    on = dt.date(2004, 6, 30)
    rl.assess_status(claims[0], on=on)  # load everything lazy, in every mode alike
    rl.assess_return(claims[0], by="CHN", to="PRK", on=on)
    rl.status_outcomes(claims[:1], on=on)
    _speed.clear()
    if mode == "lib":
        for claim in claims:
            rl.assess_status(claim, on=on)
    elif mode == "plain":
        with _speed.off():
            for claim in claims:
                rl.assess_status(claim, on=on)
    elif mode == "outcome":
        rl.status_outcomes(claims, on=on)
    elif mode == "loads":  # the reference: json.loads of each claim's line
        for line in lines:
            json.loads(line)
    elif mode == "read":  # each claim's line read again, as the command line reads it
        for line in lines:
            rl.from_json(rl.Claim, line)
    elif mode == "compact":  # decided (as "lib"), then each written as the compact JSON line
        from refugeelaw.serialize import outline_record_json

        for number, claim in enumerate(claims, 1):
            outline_record_json(number, rl.assess_status(claim, on=on))
    elif mode == "return":  # to the country of the first fear, as benchmarks/run.py does
        for claim in claims:
            to = claim.fears[0].country if claim.fears else "PRK"
            rl.assess_return(claim, by="CHN", to=to, on=on)
    elif mode in ("undecided", "questions"):  # the questions of the undecided claims
        undecided = [rl.assess_status(claim, on=on) for claim in claims]
        undecided = [d for d in undecided if d.outcome is rl.Status.UNDETERMINED]
        if mode == "questions":
            _speed.clear()
            for d in undecided:
                d.questions()


def _open_facts(count: int) -> int:
    """The open facts of the undecided claims (what the questions are asked about)."""
    sys.path.insert(0, str(HERE))
    import caseload

    import refugeelaw as rl

    on = dt.date(2004, 6, 30)
    claims = [rl.from_json(rl.Claim, line) for line in caseload.generate(count)]
    return sum(len(rl.assess_status(c, on=on).missing_facts()) for c in claims)


def _instructions(mode: str, count: int) -> int:
    return _instructions_of([sys.executable, __file__, "--mode", mode, "--count", str(count)])


def _instructions_of(program: list[str], env: dict[str, str] | None = None) -> int:
    """The instructions ``program`` runs (in ``env``, if given), as valgrind's callgrind counts
    them."""
    with tempfile.TemporaryDirectory() as tmp:
        proc = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/out", *program],
            capture_output=True,
            text=True,
            check=True,
            env=env,
        )
    found = re.search(r"Collected : (\d+)", proc.stderr)
    if found is None:
        raise SystemExit(f"valgrind printed no count:\n{proc.stderr}")
    return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000, help="claims to decide")
    parser.add_argument(
        "--mode",
        choices=(
            "lib",
            "plain",
            "return",
            "outcome",
            "loads",
            "read",
            "compact",
            "none",
            "undecided",
            "questions",
        ),
        help=argparse.SUPPRESS,
    )
    args = parser.parse_args()
    if args.mode:
        _run(args.mode, args.count)
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed")
    setup = _instructions("none", args.count)
    lib, plain, ret, alone, loads, read, compact = (
        (_instructions(mode, args.count) - setup) / args.count
        for mode in ("lib", "plain", "return", "outcome", "loads", "read", "compact")
    )
    print(f"rules as written (speed layer off) {plain:>9,.0f} instructions/claim  1.00x")
    print(f"assess_status, speed layer on      {lib:>9,.0f} instructions/claim  {lib / plain:.2f}x")
    print(
        f"assess_return, speed layer on      {ret:>9,.0f} instructions/claim  {ret / lib:.2f}x status"
    )
    print(
        f"status_outcomes (outcome alone)    {alone:>9,.0f} instructions/claim  "
        f"{lib / alone:.2f}x fewer than assess_status, {alone / loads:.2f}x json.loads "
        f"({loads:,.0f})"
    )
    print(
        "  (json.loads is C and runs about twice as many instructions a second as the interpreter "
        "running the rules: compare these counts between revisions, not with the time targets)"
    )
    print(
        f"from_json(Claim, line)             {read:>9,.0f} instructions/claim  "
        f"{read / loads:.2f}x json.loads"
    )
    print(
        f"compact JSON line of a status      {compact - lib:>9,.0f} instructions/claim  "
        f"{(compact - lib) / lib:.2f}x assess_status"
    )
    asked = _instructions("questions", args.count) - _instructions("undecided", args.count)
    per_fact = asked / _open_facts(args.count)
    print(
        f"questions(), per open fact         {per_fact:>9,.0f} instructions       "
        f"{per_fact / lib:.2f}x assess_status"
    )


if __name__ == "__main__":
    main()
