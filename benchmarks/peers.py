"""The peer table: refugeelaw beside other rule engines answering the same question in one run.

Run from the repository root (after `pip install -e .`); each peer's row appears only where the
peer is installed (`pip install clingo openfisca-core`), and is skipped otherwise:

    python benchmarks/peers.py                  # 20,000 claims of the benchmark caseload
    python benchmarks/peers.py --sample 100000

Every engine decides the same question for the same claims of ``benchmarks/caseload.py``: the
outcome of Art 1A(2) as the small fixed reference rule states it (``benchmarks/reference.py``:
refugee, not, or undetermined, with no explanation). Plain Python runs the reference rule itself;
clingo (answer set programming) and OpenFisca (vectorised rules over numpy arrays) run it written in
their own languages below, and the table says on how many claims each agrees with the reference:
all of them, or the encoding is wrong. Each peer's time includes converting the claims' JSON
values into its input (facts for clingo, arrays for OpenFisca), as the library's own rows include
building its claims where they say so.

The library's rows are its own rules, explained and cited, which go further than the reference
rule (dates, exclusion clauses, unknowns carried into each element): the table also says on how
many claims the library's outcome and the reference rule's agree, so that the difference is seen,
not hidden. Nothing here is a pass/fail test; the ratios are what to compare.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent))

import caseload
import reference

import refugeelaw as rl
from refugeelaw import _speed

ON = dt.date(2004, 6, 30)
SERIOUS = reference.SERIOUS
GROUNDS = reference.GROUNDS

Outcome = bool | None  # the reference rule's answer: refugee, not, undetermined
Row = tuple[str, float, str, str]  # name, claims per second, agreement, note
T = TypeVar("T")


def best(fn: Callable[[], T], repeat: int) -> tuple[float, T]:
    """The best time of ``fn`` over ``repeat`` runs (at least one), each starting cold, and its
    last result."""
    if repeat < 1:
        raise ValueError(f"repeat must be at least 1, not {repeat}")
    times = []
    for _ in range(repeat):
        _speed.clear()
        gc.collect()
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return min(times), result


def agreement(found: Sequence[Outcome], expected: Sequence[Outcome]) -> str:
    same = sum(a is b for a, b in zip(found, expected, strict=True))
    return f"{same:,}/{len(expected):,}"


# ---------------------------------------------------------------------------------------------
# The reference rule in the three-valued encoding both peers use: 0 false, 1 unknown, 2 true,
# so that "and" is min and "or" is max (Kleene's logic); as in the reference rule, a harm in a
# country of nationality whose likelihood is unknown is an unknown fear, whatever else is known.
# ---------------------------------------------------------------------------------------------


def _tri(value: bool | None) -> int:
    return 1 if value is None else 2 if value else 0


def _harm_parts(harm: dict[str, Any], nationalities: list[str]) -> tuple[int, int, int, int]:
    """(in a country of nationality, likely, grave, nexus) for one feared harm."""
    likely = harm.get("likelihood")
    if harm.get("prosecution"):
        grave = harm.get("disproportionate")
    else:
        grave = None if harm.get("severity") is None else harm["severity"] in SERIOUS
    reasons = set(harm.get("reasons", ()))
    return (
        _tri(harm["country"] in nationalities),
        _tri(None if likely is None else likely >= 0.1),
        _tri(grave),
        _tri(None if not reasons else bool(reasons & GROUNDS)),
    )


def _protection(claim: dict[str, Any], nationality: str) -> int:
    """0: protection available, 1: unknown, 2: unavailable (the claimant lacks it)."""
    offered = claim.get("protection", {}).get(nationality)
    return 1 if offered is None else 0 if offered == "available" else 2


# ---------------------------------------------------------------------------------------------
# clingo
# ---------------------------------------------------------------------------------------------

CLINGO_RULES = """
fear(C,H,0) :- part(C,H,0,0).
unsure(C,H) :- part(C,H,1,1), not part(C,H,0,0).
fear(C,H,1) :- unsure(C,H).
fear(C,H,0) :- part(C,H,P,0), P > 0, not unsure(C,H).
fear(C,H,1) :- harm(C,H), not fear(C,H,0), not unsure(C,H), part(C,H,_,1).
fear(C,H,2) :- harm(C,H), not fear(C,H,0), not fear(C,H,1).
anyfear(C,2) :- fear(C,_,2).
anyfear(C,1) :- claim(C), not anyfear(C,2), fear(C,_,1).
anyfear(C,0) :- claim(C), not anyfear(C,2), not anyfear(C,1).
prot(C,0) :- offered(C,_,0).
prot(C,1) :- claim(C), not prot(C,0), offered(C,_,1).
prot(C,2) :- claim(C), not prot(C,0), not prot(C,1).
barred(C) :- athome(C).
barred(C) :- excluded(C).
open(C) :- claim(C), not noloc(C), not barred(C).
result(C,1) :- noloc(C).
result(C,0) :- claim(C), not noloc(C), barred(C).
result(C,F) :- open(C), anyfear(C,F), F < 2.
result(C,P) :- open(C), anyfear(C,2), prot(C,P).
#show result/2.
"""


def clingo_facts(claims: Sequence[dict[str, Any]]) -> str:
    """The claims as clingo facts (the conversion a clingo user writes)."""
    out: list[str] = []
    add = out.append
    for c, claim in enumerate(claims):
        person = claim["person"]
        nationalities = person["nationalities"]
        add(f"claim({c}).")
        location = person.get("location")
        if location is None:
            add(f"noloc({c}).")
        elif location in nationalities:
            add(f"athome({c}).")
        if claim.get("exclusion"):
            add(f"excluded({c}).")
        for h, harm in enumerate(claim.get("fears", ())):
            add(f"harm({c},{h}).")
            for p, value in enumerate(_harm_parts(harm, nationalities)):
                add(f"part({c},{h},{p},{value}).")
        for n, nationality in enumerate(nationalities):
            add(f"offered({c},{n},{_protection(claim, nationality)}).")
    return "\n".join(out)


def run_clingo(claims: Sequence[dict[str, Any]]) -> list[Outcome]:
    import clingo

    control = clingo.Control(["--warn=none"])
    control.add("base", [], CLINGO_RULES + clingo_facts(claims))
    control.ground([("base", [])])
    found: list[Outcome] = [None] * len(claims)
    decoded = (False, None, True)

    def on_model(model: clingo.Model) -> None:
        for symbol in model.symbols(shown=True):
            c, value = symbol.arguments
            found[c.number] = decoded[value.number]

    control.solve(on_model=on_model)
    return found


# ---------------------------------------------------------------------------------------------
# OpenFisca
# ---------------------------------------------------------------------------------------------


def openfisca_engine(harms: int, nationalities: int) -> Callable[[Sequence[dict[str, Any]]], Any]:
    """An OpenFisca tax-benefit system holding the reference rule for claims with at most
    ``harms`` feared harms and ``nationalities`` nationalities, and a function running it."""
    import numpy as np
    from openfisca_core import periods
    from openfisca_core.entities import build_entity
    from openfisca_core.simulations import SimulationBuilder
    from openfisca_core.taxbenefitsystems import TaxBenefitSystem
    from openfisca_core.variables import Variable

    claimant = build_entity(key="claimant", plural="claimants", label="claimant", is_person=True)
    year = periods.DateUnit.YEAR

    def variable(name: str, formula: Callable[..., Any] | None = None) -> type:
        body: dict[str, Any] = {
            "value_type": int,
            "entity": claimant,
            "definition_period": year,
            "label": name,
        }
        if formula is not None:
            body["formula"] = formula
        return type(name, (Variable,), body)

    inputs = ["no_location", "barred"]
    inputs += [f"harm_{h}_{p}" for h in range(harms) for p in range(4)]
    inputs += [f"protection_{n}" for n in range(nationalities)]

    def any_fear(person: Any, period: Any) -> Any:
        fears = []
        for h in range(harms):
            nationality, likely, grave, nexus = (person(f"harm_{h}_{p}", period) for p in range(4))
            # as the reference rule: an unknown likelihood leaves the fear unknown
            weighed = np.where(likely == 1, 1, np.minimum.reduce([likely, grave, nexus]))
            fears.append(np.where(nationality == 0, 0, weighed))
        return np.maximum.reduce(fears)

    def protection(person: Any, period: Any) -> Any:
        return np.minimum.reduce([person(f"protection_{n}", period) for n in range(nationalities)])

    def refugee(person: Any, period: Any) -> Any:
        fear = person("any_fear", period)
        decided = np.where(fear < 2, fear, person("protection", period))
        barred = np.where(person("barred", period) > 0, 0, decided)
        return np.where(person("no_location", period) > 0, 1, barred)

    system = TaxBenefitSystem([claimant])
    system.add_variables(
        *(variable(name) for name in inputs),
        variable("any_fear", any_fear),
        variable("protection", protection),
        variable("refugee", refugee),
    )
    period = periods.period("2004")
    decoded = np.array([False, None, True], dtype=object)

    def run(claims: Sequence[dict[str, Any]]) -> Any:
        columns: dict[str, list[int]] = {name: [] for name in inputs}
        for claim in claims:  # the conversion an OpenFisca user writes
            person = claim["person"]
            nats = person["nationalities"]
            location = person.get("location")
            columns["no_location"].append(location is None)
            columns["barred"].append(location in nats or bool(claim.get("exclusion")))
            fears = claim.get("fears", ())
            for h in range(harms):
                parts = _harm_parts(fears[h], nats) if h < len(fears) else (0, 0, 0, 0)
                for p in range(4):
                    columns[f"harm_{h}_{p}"].append(parts[p])
            for n in range(nationalities):
                # a missing nationality slot never decides: it counts as "lacks protection"
                columns[f"protection_{n}"].append(
                    _protection(claim, nats[n]) if n < len(nats) else 2
                )
        builder = SimulationBuilder()
        builder.create_entities(system)
        builder.declare_person_entity("claimant", range(len(claims)))
        simulation = builder.build(system)
        for name, values in columns.items():
            simulation.set_input(name, period, np.array(values, dtype=np.int8))
        return decoded[simulation.calculate("refugee", period)]

    return run


# ---------------------------------------------------------------------------------------------
# The table
# ---------------------------------------------------------------------------------------------


def table(count: int, repeat: int) -> list[Row]:
    lines = list(caseload.generate(count))
    raw = [json.loads(line) for line in lines]
    expected = [reference.decide(c) for c in raw]
    claims = [rl.from_json(rl.Claim, line) for line in lines]
    rows: list[Row] = []

    def row(name: str, seconds: float, found: Sequence[Outcome], note: str = "") -> None:
        rows.append((name, count / seconds, agreement(found, expected), note))

    decided = {rl.Status.REFUGEE: True, rl.Status.UNDETERMINED: None}

    def library_outcomes(results: Sequence[rl.StatusDetermination]) -> list[Outcome]:
        return [decided.get(d.outcome, False) for d in results]

    t, found = best(lambda: [reference.decide(c) for c in raw], repeat)
    row("plain Python, reference rule (outcome only)", t, found)
    try:
        t, found = best(lambda: run_clingo(raw), repeat)
        row("clingo, reference rule, incl. building its facts", t, found)
    except ImportError:
        rows.append(("clingo", 0.0, "", "not installed: skipped"))
    try:
        engine = openfisca_engine(
            max(len(c.get("fears", ())) for c in raw),
            max(len(c["person"]["nationalities"]) for c in raw),
        )
        t, found = best(lambda: list(engine(raw)), repeat)
        row("OpenFisca, reference rule, incl. conversion", t, found)
    except ImportError:
        rows.append(("OpenFisca", 0.0, "", "not installed: skipped"))
    t, results = best(lambda: [rl.assess_status(c, on=ON) for c in claims], repeat)
    row(
        "refugeelaw assess_status, explained, prebuilt claims",
        t,
        library_outcomes(results),
        "the library's own rules",
    )
    t, outcomes = best(lambda: rl.status_outcomes(claims, on=ON), repeat)
    row(
        "refugeelaw status_outcomes, outcome only, prebuilt claims",
        t,
        [decided.get(s, False) for s in outcomes],
        "the same rules, no explanation",
    )
    t, results = best(
        lambda: [rl.assess_status(rl.from_json(rl.Claim, line), on=ON) for line in lines], repeat
    )
    row(
        "refugeelaw from_json + assess_status, explained",
        t,
        library_outcomes(results),
        "validated claims built from JSON",
    )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sample", type=int, default=20_000, help="claims (default 20,000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each, best kept")
    args = parser.parse_args()
    rows = table(args.sample, args.repeat)
    print(
        f"refugeelaw {rl.__version__}, Python {sys.version.split()[0]}, {args.sample:,} claims; "
        "agreement = claims on which the outcome equals the reference rule's"
    )
    library = next(rate for name, rate, _, _ in rows if name.startswith("refugeelaw assess"))
    for name, rate, agrees, note in rows:
        if not rate:
            print(f"{name:<56} {note}")
            continue
        ratio = rate / library
        print(
            f"{name:<56} {rate:>11,.0f} claims/s  {ratio:6.2f}x the library  "
            f"agrees {agrees:>15}  {note}"
        )


if __name__ == "__main__":
    main()
