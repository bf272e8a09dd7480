"""Fuzzing: invalid and adversarial input to every public entry point, counted by outcome.

Run from the repository root (after `pip install -e .`):

    python benchmarks/fuzz.py                 # 100,000 inputs, seed 0
    python benchmarks/fuzz.py -n 200000 --seed 7

It tries, as a hostile or careless user would: every public constructor with one field replaced by
a bad value; ``from_json`` for every public class with mutated documents and mangled text; every
public function with one argument replaced; and the command line with caseloads of good records
among bad ones. It prints the table of outcomes by exception type: the contract is that nothing
but ``InvalidInput`` (or its subclass ``UnknownProvision``) is ever raised, that whatever a
constructor accepts can be rendered and serialised and read back, and that the command line
writes every good record and reports every bad one.

``tests/test_fuzz.py`` runs the same generators, seeded by hypothesis, on about 20,000 inputs.
"""

from __future__ import annotations

import argparse
import collections
import copy
import datetime as dt
import functools
import io
import json
import random
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

import attrs

import refugeelaw as rl
from refugeelaw import testing
from refugeelaw.cli import main

ON = dt.date(2004, 6, 30)


class _Odd:
    """An object of no expected type."""

    def __repr__(self) -> str:
        return "<odd>"


# Values a careless or hostile user might put anywhere (Python side).
BAD_VALUES: tuple[Any, ...] = (
    None, "", " ", "x", "XXX", "chn", "CHN", "03/04/1982", "03/04/1982 Monday", "1982-02-30",
    "\ud800", "a" * 10_000, 0, -1, 1, 2, 1.5, -0.0, float("nan"), float("inf"), 10**5000,
    True, False, [], ["x"], ("x",), {"x": 1}, {"CHN": "x"}, frozenset({"x"}), {1, 2}, b"bytes",
    dt.date(1, 1, 1), dt.datetime(2004, 6, 30, 12), _Odd(), object, rl.Verdict.MET,
    rl.Ground.RACE, rl.Status.REFUGEE, rl.Citation("refugee-convention-1951", "33(1)"),
)  # fmt: skip

# Values for JSON documents (JSON side: what from_json can meet after parsing).
BAD_JSON: tuple[Any, ...] = (
    None, "", " ", "x", "XXX", "chn", "03/04/1982", "03/04/1982 Monday", "1982-02-30", "a" * 5_000,
    0, -1, 1, 2, 1.5, 1e308, -1e308, True, False, [], ["x"], [None], [[[]]], {}, {"x": 1},
    {"CHN": "x"}, {"CHN": True}, [1] * 50,
)  # fmt: skip

# Raw fragments spliced into JSON text.
BAD_TEXT: tuple[str, ...] = (
    "NaN", "Infinity", "-Infinity", '"\\ud800"', '"\\udfff"', "9" * 4_400, "1e400", "[" * 300,
    "{" * 300, "]", "}", ",", '"', "\\", "\x00", "\ufeff", "\u2028", "tru", "nul", "'x'",
)  # fmt: skip


@functools.cache
def samples() -> dict[type, list[Any]]:
    """Valid objects of every public class, built the way the docs build them."""
    claims = [
        testing.north_korean_escapee(),
        testing.economic_migrant(),
        testing.unscreened_border_crosser(),
        testing.family_of_a_defector(),
        testing.dual_national_with_rok_protection(),
    ]
    status = [rl.assess_status(c, on=ON, state="CHN") for c in claims[:3]]
    returns = [rl.assess_return(c, by="CHN", to="PRK", on=ON) for c in claims[:2]]
    obligations = rl.obligations_of("CHN", on=ON)
    art33 = next(o for o in obligations if o.provision == "33(1)")
    border = next(o for o in obligations if "1986" in o.instrument)
    ruling = rl.resolve_conflict(art33, border, on=ON)
    comparison = rl.compare_doctrines(
        claims[0], {"default": rl.Doctrine(), "strict": rl.Doctrine(fear_threshold=0.9)}, on=ON
    )
    undecided = rl.assess_status(
        testing.north_korean_escapee(fears=[testing.escapee_harm(reasons=frozenset())]), on=ON
    )
    asked = undecided.questions()
    somali = rl.Claim(  # the OAU Convention's wider definition (art. I(2)) in Kenya
        rl.Person("Somali civilian", {"SOM"}, location="KEN"),
        fears=[testing.escapee_harm(country="SOM", reasons={rl.Motive.GENERALISED_VIOLENCE})],
        flight_causes={rl.FlightCause.SERIOUS_PUBLIC_DISORDER},
        flight_events_in={"SOM"},
        at_frontier=True,
    )
    oau = "oau-refugee-convention-1969"
    othman = rl.Claim(  # ECHR art. 6: a retrial on evidence obtained by torture (Othman, 2012)
        rl.Person("Othman", {"JOR"}, location="GBR"),
        fears=[
            testing.escapee_harm(
                country="JOR",
                torture=False,
                irreparable=False,
                flagrant_denial_of_justice=True,
                death_penalty=None,
            )
        ],
        danger_to_security=True,
    )
    provenance = status[0].provenance
    assert provenance is not None  # every result the library makes names what produced it
    out: dict[type, list[Any]] = collections.defaultdict(list)
    for obj in [
        *asked[:3],
        *(a for q in asked[:2] for a in q.answers[:2]),
        *claims,
        somali,
        *status,
        rl.assess_status(somali, on=ON, state="KEN"),
        *returns,
        rl.assess_return(somali, by="KEN", to="SOM", on=ON),
        othman,
        # Indirect refoulement: where each country would send the person on (CAT art. 3).
        attrs.evolve(claims[0], onward_removal={"RUS": ["PRK"], "MNG": True, "KOR": False}),
        rl.assess_return(othman, by="GBR", to="JOR", on="2012-01-17"),  # the ECHR bars
        rl.states.participation("RUS", "echr-1950"),  # ended on 16 Sep 2022
        rl.ResultOutline.of(status[0]),  # the compact form, with and without reasons
        rl.ResultOutline.of(returns[0], reasons=True),
        *obligations[:5],
        ruling,
        *ruling.branches,
        comparison,
        rl.summarize(status),
        rl.summarize(returns),
        # OAU art. II(3) only while an art. I(5) exclusion raised is undecided: provisional
        rl.summarize(
            [
                *returns,
                rl.assess_return(
                    attrs.evolve(
                        somali,
                        fears=[
                            testing.escapee_harm(
                                country="SOM",
                                reasons={rl.Motive.GENERALISED_VIOLENCE},
                                torture=False,
                                irreparable=False,
                            )
                        ],
                        exclusion_pending={"1F(b)"},
                    ),
                    by="KEN",
                    to="SOM",
                    on=ON,
                ),
            ]
        ),
        rl.Doctrine(),
        rl.Doctrine(nexus="one_central_reason", non_refoulement_peremptory=True),
        comparison.results["strict"].provenance,
        *provenance.datasets[2:5],  # instruments, a participation file with a horizon
        rl.provision("refugee-convention-1951", "33(1)"),
        rl.provision(oau, "II(3)"),  # a provision whose text is not held
        rl.provision(oau, "I(4)"),  # held in part
        rl.states.participation("LSO", oau),  # in doubt between two deposit dates
        rl.Citation("unhcr-handbook", "66-86"),
        rl.Problem("fears[0].likelihood", "expected a number"),
        rl.states.get("CHN"),
        *rl.states.get("CHN").participations[:3],
        rl.Source("UN Treaty Collection", url="https://treaties.un.org"),
        rl.SocialGroup("family of a defector", protected_characteristic=True),
        testing.escapee_harm(),
        testing.escapee_harm(country="CHN", likelihood=None, reasons=()),
    ]:
        cls: Any = type(obj)  # a union of every sample's class, which mypy cannot narrow
        out[cls].append(obj)
        for field in attrs.fields(cls) if attrs.has(cls) else ():
            value = getattr(obj, field.name)
            if attrs.has(type(value)) and type(value).__module__.startswith("refugeelaw"):
                out[type(value)].append(value)
    return dict(out)


#: Public classes whose construction defines something for the whole process: an ``Instrument``
#: makes citations to its key valid, so a mutated one would define instruments that the cases
#: after it then meet. ``tests/test_schema.py`` reads and validates each instrument the library
#: holds instead.
DEFINING = ("Instrument",)


def public_classes() -> list[type]:
    return sorted(
        (
            c
            for name in rl.__all__
            if name not in DEFINING and isinstance(c := getattr(rl, name), type) and attrs.has(c)
        ),
        key=lambda c: c.__name__,
    )


# -- generators: each yields (label, thunk) ----------------------------------------------------

Case = tuple[str, Callable[[], Any]]


def constructor_cases(rng: random.Random, pool: dict[type, list[Any]]) -> Iterator[Case]:
    """Every public class built from a valid sample with one field replaced, then used."""
    classes = [c for c in public_classes() if c in pool]
    while True:
        cls = rng.choice(classes)
        base = rng.choice(pool[cls])
        fields = attrs.fields(cls)
        kwargs = {f.name: getattr(base, f.name) for f in fields if f.init}
        if not kwargs:
            continue
        name = rng.choice(list(kwargs))
        kwargs[name] = _bad_value(rng, kwargs[name], pool)

        def build(cls: type = cls, kwargs: dict[str, Any] = kwargs) -> Any:
            obj = cls(**kwargs)
            _use(obj)
            return obj

        yield f"{cls.__name__}(...)", build


def _bad_value(rng: random.Random, current: Any, pool: dict[type, list[Any]]) -> Any:
    roll = rng.random()
    if roll < 0.6:
        return rng.choice(BAD_VALUES)
    if roll < 0.75 and isinstance(current, tuple) and current:  # a bad item in a good sequence
        items = list(current)
        items[rng.randrange(len(items))] = rng.choice(BAD_VALUES)
        return tuple(items)
    if roll < 0.85:  # an object of another public class
        return rng.choice(rng.choice(list(pool.values())))
    if isinstance(current, str):  # a string where a sequence or set is expected, or vice versa
        return (current,)
    return str(current)[:50]


def _use(obj: Any) -> None:
    """What a user does next with an accepted object: it must not fail later."""
    str(obj)
    repr(obj)
    text = rl.to_json(obj)
    back = rl.from_json(type(obj), text)
    if back != obj:
        raise AssertionError(f"{type(obj).__name__} does not round-trip")
    if hasattr(obj, "explain"):
        obj.explain()


def from_json_cases(rng: random.Random, pool: dict[type, list[Any]]) -> Iterator[Case]:
    """Mutated JSON documents and mangled text for every public class."""
    classes = public_classes()
    docs = {c: [rl.to_dict(x) for x in pool.get(c, [])] or [{}] for c in classes}
    while True:
        cls = rng.choice(classes)
        doc = json.loads(json.dumps(rng.choice(docs[cls])))
        roll = rng.random()
        if roll < 0.55:
            for _ in range(rng.choice((1, 1, 1, 2, 3))):
                doc = _mutate(rng, doc)
            text = json.dumps(doc, ensure_ascii=rng.random() < 0.5)
        elif roll < 0.85:
            text = _splice(rng, json.dumps(doc))
        else:
            text = _junk(rng)
        data: str | bytes = text
        if rng.random() < 0.2:
            data = text.encode("utf-8", "surrogatepass")
            if rng.random() < 0.5 and data:
                i = rng.randrange(len(data))
                data = data[:i] + bytes([rng.choice((0xFF, 0xC3, 0x80, 0xED))]) + data[i + 1 :]

        def parse(cls: type = cls, data: str | bytes = data) -> Any:
            obj: Any = rl.from_json(cls, data)
            _use(obj)
            return obj

        yield f"from_json({cls.__name__})", parse


def _bad_json(rng: random.Random) -> Any:
    return copy.deepcopy(rng.choice(BAD_JSON))


def _mutate(rng: random.Random, node: Any) -> Any:
    """Replace, delete or add one value somewhere in the document."""
    if isinstance(node, dict) and node and rng.random() < 0.7:
        key = rng.choice(list(node))
        action = rng.random()
        if action < 0.15:
            del node[key]
        elif action < 0.25:
            node["unknown_" + key] = 1
        elif action < 0.55:
            node[key] = _bad_json(rng)
        else:
            node[key] = _mutate(rng, node[key])
        return node
    if isinstance(node, list) and node and rng.random() < 0.7:
        i = rng.randrange(len(node))
        node[i] = _bad_json(rng) if rng.random() < 0.5 else _mutate(rng, node[i])
        return node
    return _bad_json(rng)


def _splice(rng: random.Random, text: str) -> str:
    roll = rng.random()
    i = rng.randrange(len(text) + 1)
    if roll < 0.4:
        # replace a value: after a colon
        colon = text.find(": ", i)
        if colon >= 0:
            end = colon + 2
            while end < len(text) and text[end] not in ",}]":
                end += 1
            return text[: colon + 2] + rng.choice(BAD_TEXT) + text[end:]
    if roll < 0.6:
        return text[:i]  # truncated
    if roll < 0.8:
        return text[:i] + rng.choice(BAD_TEXT) + text[i:]
    depth = rng.choice((50, 199, 200, 201, 1000, 5000))
    return "[" * depth + text + "]" * depth


def _junk(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.3:
        return "".join(rng.choice(BAD_TEXT) for _ in range(rng.randint(1, 6)))
    if kind < 0.6:
        return json.dumps(_bad_json(rng))
    return "".join(chr(rng.randint(0, 0x2FFF)) for _ in range(rng.randint(0, 40)))


def function_cases(rng: random.Random, pool: dict[type, list[Any]]) -> Iterator[Case]:
    """Every public function with one argument replaced by a bad value."""
    claims = pool[rl.Claim]
    obligations = pool[rl.StateObligation]
    determinations = pool[rl.StatusDetermination]
    participation = pool[rl.Participation][0]
    convention = rl.instruments.REFUGEE_CONVENTION

    def calls() -> list[tuple[str, Callable[..., Any], dict[str, Any]]]:
        claim = rng.choice(claims)
        return [
            ("assess_status", rl.assess_status, {"claim": claim, "on": ON, "state": "CHN", "doctrine": rl.Doctrine()}),
            ("assess_return", rl.assess_return, {"claim": claim, "by": "CHN", "to": "PRK", "on": ON, "doctrine": rl.Doctrine()}),
            ("resolve_conflict", rl.resolve_conflict, {"first": obligations[0], "second": obligations[-1], "between": ("CHN",), "on": ON, "doctrine": rl.Doctrine(), "cited": (rl.Citation("un-charter-1945", "102"),), "instruments": (), "extra": ()}),
            ("obligations_of", rl.obligations_of, {"state": "CHN", "on": ON, "doctrine": rl.Doctrine()}),
            ("explain_obligations", rl.explain_obligations, {"state": "CHN", "on": ON, "doctrine": rl.Doctrine()}),
            ("is_party", rl.is_party, {"state": "CHN", "instrument": "refugee-convention-1951", "on": ON, "extra": ()}),
            ("compare_doctrines", rl.compare_doctrines, {"claim": claim, "views": {"a": rl.Doctrine()}, "on": ON, "state": "CHN"}),
            ("assess_many", lambda **k: list(rl.assess_many(**k)), {"claims": [claim], "on": ON, "state": "CHN", "doctrine": rl.Doctrine(), "chunksize": 4}),
            ("summarize", rl.summarize, {"determinations": determinations, "top": 5}),
            ("provision", rl.provision, {"instrument": "refugee-convention-1951", "pinpoint": "33(1)"}),
            ("to_json", rl.to_json, {"obj": claim}),
            ("json_schema", rl.json_schema, {"cls": rl.Claim}),
            ("from_json", rl.from_json, {"cls": rl.Claim, "text": rl.to_json(claim)}),
            ("from_dict", rl.from_dict, {"cls": rl.Claim, "data": rl.to_dict(claim)}),
            ("Doctrine.position", rl.Doctrine().position, {"name": "fear_threshold"}),
            ("explain", rng.choice(determinations).explain, {"format": "markdown"}),
            ("Participation.bound_on", participation.bound_on, {"on": ON}),
            ("Participation.in_doubt_on", participation.in_doubt_on, {"on": ON}),
            ("Instrument.in_force_for", convention.in_force_for, {"deposited": ON}),
            ("Instrument.provision", convention.provision, {"pinpoint": "33(1)"}),
            ("states.get", rl.states.get, {"code": "CHN"}),
            ("instruments.get", rl.instruments.get, {"key": "cat-1984"}),
        ]  # fmt: skip

    while True:
        name, fn, kwargs = rng.choice(calls())
        key = rng.choice(list(kwargs))
        kwargs = {**kwargs, key: _bad_value(rng, kwargs[key], pool)}
        positional = (
            name in ("to_json", "json_schema", "from_json", "from_dict", "provision")
            or "." in name
            or name == "explain"
        )

        def call(
            fn: Callable[..., Any] = fn,
            kwargs: dict[str, Any] = kwargs,
            positional: bool = positional,
        ) -> Any:
            if positional:
                return fn(*kwargs.values())
            return fn(**kwargs)

        yield f"{name}()", call


def cli_cases(rng: random.Random, pool: dict[type, list[Any]]) -> Iterator[Case]:
    """Caseloads of good records among bad ones: every good record is written, every bad one
    reported by number, and the exit status says whether any was bad."""
    good = [rl.to_json(c).encode() for c in pool[rl.Claim]]
    while True:
        records: list[bytes] = []
        expected_good = 0
        bad_lines: list[int] = []
        for _ in range(rng.randint(1, 6)):
            records.append(rng.choice(good))
            expected_good += 1
            if rng.random() < 0.7:
                text = _cli_bad(rng)
                records.append(text)
                if _is_good(text):
                    expected_good += 1
                else:
                    bad_lines.append(len(records))
        stdin = b"\n".join(records) + b"\n"
        command = rng.choice((["assess", "--summary"], ["assess", "--format", "json"], ["return", "--by", "CHN", "--to", "PRK", "--format", "json"]))  # fmt: skip

        def run(stdin: bytes = stdin, command: list[str] = command, good: int = expected_good, bad: list[int] = bad_lines) -> tuple[int, int]:  # fmt: skip
            out, err = io.StringIO(), io.StringIO()
            old = sys.stdin
            sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
            try:
                code = main([*command, "--on", "2004-06-30"], out=out, err=err)
            finally:
                sys.stdin = old
            written = (
                int(out.getvalue().split(" ", 1)[0])
                if "--summary" in command
                else out.getvalue().count("\n")
            )
            reported = [_record_number(line) for line in err.getvalue().split("\n")[:-1]]
            if (code, written, reported) != (2 if bad else 0, good, bad):
                raise CliMismatch(f"exit {code}, {written} written of {good}, reported {reported} of {bad}")  # fmt: skip
            return good, len(bad)

        yield "command line", run


def _record_number(line: str) -> int | str:
    head = line.split(":", 1)[0].split()
    return int(head[1]) if len(head) == 2 and head[0] == "record" else line[:200]


def _cli_bad(rng: random.Random) -> bytes:
    """One bad line: mutated claim JSON, mangled text or bytes, never a newline."""
    doc = rl.to_dict(testing.north_korean_escapee())
    roll = rng.random()
    if roll < 0.5:
        text = json.dumps(_mutate(rng, doc)).encode("utf-8", "surrogatepass")
    elif roll < 0.8:
        text = _splice(rng, json.dumps(doc)).encode("utf-8", "surrogatepass")
    else:
        text = bytes(rng.randrange(256) for _ in range(rng.randint(1, 60)))
    return text.replace(b"\n", b" ").replace(b"\r", b" ").replace(b"\x00", b" ") or b"x"


def _is_good(text: bytes) -> bool:
    try:
        rl.from_json(rl.Claim, text)
    except Exception:  # InvalidInput, or (on an older version) anything
        return False
    return bool(text.strip())


class CliMismatch(Exception):
    """The command line lost or invented a record, or gave the wrong exit status."""


GENERATORS = {
    "constructors": constructor_cases,
    "from_json": from_json_cases,
    "functions": function_cases,
    "command line": cli_cases,
}
WEIGHTS = {"constructors": 30, "from_json": 40, "functions": 27, "command line": 3}


def run(n: int, seed: int) -> tuple[collections.Counter[str], dict[str, str]]:
    """Try ``n`` inputs; count outcomes by type and keep one example of each unexpected kind."""
    rng = random.Random(seed)
    pool = samples()
    streams = {name: make(random.Random(rng.random()), pool) for name, make in GENERATORS.items()}
    names = list(GENERATORS)
    weights = [WEIGHTS[name] for name in names]
    counts: collections.Counter[str] = collections.Counter()
    examples: dict[str, str] = {}
    for _ in range(n):
        kind = rng.choices(names, weights)[0]
        label, thunk = next(streams[kind])
        counts[f"{kind}: tried"] += 1
        try:
            result = thunk()
        except rl.InvalidInput as exc:
            counts[type(exc).__name__] += 1
            if len(str(exc)) > 2_000:
                counts["InvalidInput over 2,000 characters"] += 1
        except Exception as exc:  # what the contract forbids
            key = f"{type(exc).__name__} ({kind})"
            counts[key] += 1
            examples.setdefault(key, f"{label}: {str(exc)[:200]}")
        else:
            if kind == "command line":
                good, bad = result
                counts["command line: good records, all written"] += good
                counts["command line: bad records, each reported"] += bad
            else:
                counts["accepted"] += 1
    return counts, examples


def unexpected(counts: collections.Counter[str]) -> int:
    return sum(
        n
        for key, n in counts.items()
        if key not in ("accepted", "InvalidInput", "UnknownProvision")
        and not key.endswith("tried")
        and not key.startswith("command line:")
        and not key.startswith("InvalidInput over")
    )


def main_(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=100_000, help="inputs to try (default 100,000)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    start = time.monotonic()
    counts, examples = run(args.n, args.seed)
    elapsed = time.monotonic() - start
    print(f"refugeelaw {rl.__version__}: {args.n:,} inputs, seed {args.seed}, {elapsed:.0f} s")
    for key, value in sorted(counts.items(), key=lambda kv: (":" not in kv[0], -kv[1])):
        print(f"  {key:<48} {value:>9,}")
    print(f"  {'exceptions other than InvalidInput':<48} {unexpected(counts):>9,}")
    for key, example in sorted(examples.items()):
        print(f"  e.g. {key}: {example}")
    return 1 if unexpected(counts) else 0


if __name__ == "__main__":
    sys.exit(main_())
