"""The command line: ``python -m refugeelaw`` (also installed as ``refugeelaw``).

Reads a JSON claim, or a JSON Lines caseload (one claim per line), from a file or standard input,
and prints explained results as text, Markdown or JSON. Bad input exits with status 2 and one line
naming the record and the JSON path.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, NamedTuple, TextIO

from . import _speed
from .dates import parse_date, today
from .doctrine import Doctrine
from .errors import InvalidInput
from .facts import Claim
from .law.obligations import explain_obligations, obligations_of
from .law.precedence import resolve_conflict
from .law.refoulement import assess_return
from .law.status import assess_status

__all__ = ["main"]

_speed.install()  # the command line runs the rules through the speed layer (never a different result)

_DOCTRINE_FIELDS = {
    "non_refoulement_customary": "bool?",
    "non_refoulement_peremptory": "bool?",
    "fear_threshold": "float",
    "torture_threshold": "float",
    "nexus": "str",
    "social_group": "str",
    "later_treaty_by": "str",
}


def _doctrine(pairs: Sequence[str]) -> Doctrine:
    values: dict[str, Any] = {}
    for pair in pairs:
        key, sep, raw = pair.partition("=")
        if not sep or key not in _DOCTRINE_FIELDS:
            raise InvalidInput(
                f"--doctrine {pair!r}: expected KEY=VALUE with KEY one of "
                + ", ".join(_DOCTRINE_FIELDS)
            )
        kind = _DOCTRINE_FIELDS[key]
        if kind == "bool?":
            table = {"true": True, "false": False, "none": None, "null": None}
            if raw.lower() not in table:
                raise InvalidInput(f"--doctrine {key}: expected true, false or none, got {raw!r}")
            values[key] = table[raw.lower()]
        elif kind == "float":
            try:
                values[key] = float(raw)
            except ValueError:
                raise InvalidInput(f"--doctrine {key}: expected a number, got {raw!r}") from None
        else:
            values[key] = raw
    return Doctrine(**values)


def _records(stream: TextIO) -> Iterator[tuple[int, str]]:
    """One JSON document, or JSON Lines, read lazily: yields (record number, text).

    A first line that is a whole JSON value means JSON Lines (one record per line, streamed, so
    memory stays flat for any caseload); otherwise the whole input is one JSON document.
    """
    first = ""
    for first in stream:
        if first.strip():
            break
    if not first.strip():
        raise InvalidInput("no input: give a JSON claim or a JSON Lines caseload")
    try:
        json.loads(first)
    except json.JSONDecodeError:
        yield 1, first + stream.read()
        return
    yield 1, first
    for n, line in enumerate(stream, 2):
        if line.strip():
            yield n, line


class _Job(NamedTuple):
    """What to do with each record of a caseload: everything a worker process needs."""

    command: str
    on: dt.date
    state: str | None
    by: str  # "" for assess; the parser requires both for return
    to: str
    doctrine: Doctrine
    format: str
    summary: bool


# A record's result: its number, and either its output, its error line, or its summary key.
_Done = tuple[int, str | None, str | None, tuple[str, str | None] | None]


def _work(task: tuple[_Job, list[tuple[int, str]]]) -> list[_Done]:
    """Read, assess and render a chunk of records (in a worker process, or in this one): only
    strings and small keys travel back, so extra processes add speed rather than pickling."""
    from .batch import Tally
    from .serialize import from_json, result_json

    job, records = task
    done: list[_Done] = []
    for number, text in records:
        try:
            claim = from_json(Claim, text)
        except InvalidInput as exc:
            done.append((number, None, f"record {number}: {exc}", None))
            continue
        result: Any
        if job.command == "assess":
            result = assess_status(claim, on=job.on, state=job.state, doctrine=job.doctrine)
            if job.summary:
                done.append((number, None, None, Tally.key(result)))
                continue
        else:
            result = assess_return(claim, by=job.by, to=job.to, on=job.on, doctrine=job.doctrine)
        rendered = result_json(result) if job.format == "json" else result.explain(job.format)
        done.append((number, rendered, None, None))
    return done


def _run_claims(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .batch import Tally, _Progress, ordered_map
    from .countries import check_country

    # Everything but the records is checked here, once, so a worker only ever fails on a record.
    for name in ("state", "by", "to"):
        if getattr(args, name, None) is not None:
            check_country(getattr(args, name), field=f"--{name}")
    job = _Job(
        command=args.command,
        on=today() if args.on is None else parse_date(args.on, field="--on"),
        state=getattr(args, "state", None),
        by=getattr(args, "by", ""),
        to=getattr(args, "to", ""),
        doctrine=_doctrine(args.doctrine),
        format=args.format,
        summary=getattr(args, "summary", False),
    )
    if args.processes < 1:
        raise InvalidInput(f"--processes: expected at least 1, got {args.processes}")
    show = args.progress and err.isatty()
    bar = _Progress(err, _count_records(args.input)) if show else None
    tally = Tally()
    bad = 0
    with _Input(args.input) as stream:
        records = iter(_records(stream))
        chunks = iter(lambda: list(itertools.islice(records, _CHUNK)), [])
        results = ordered_map(_work, ((job, chunk) for chunk in chunks), args.processes)
        try:
            for done in results:
                for _, rendered, error, key in done:
                    if error is not None:
                        bad += 1
                        err.write(error + "\n")
                        if args.strict:
                            break  # the records before this one count; none after it
                    elif key is not None:
                        tally.add(key)
                    else:
                        out.write(f"{rendered}\n")
                if bar:
                    bar.update(len(done))
                if bad and args.strict:
                    break
        finally:
            results.close()  # stops the worker processes, if any, however the loop ended
            if bar:
                bar.close()
    if job.summary:
        summary = tally.summary()
        if job.format == "json":
            out.write(json.dumps(summary.to_dict()) + "\n")
        else:
            out.write(summary.explain() + "\n")
    return 2 if bad else 0


_CHUNK = 256  # records per task


def _count_records(path: str) -> int | None:
    """How many JSON Lines records a file holds, for the progress bar's ETA (``None`` for
    standard input, which can be read only once)."""
    if path == "-":
        return None
    with _Input(path) as stream:
        return sum(1 for line in stream if line.strip())


class _Input:
    def __init__(self, path: str) -> None:
        self.path = path
        self.handle: TextIO | None = None

    def __enter__(self) -> TextIO:
        if self.path == "-":
            return sys.stdin
        try:
            self.handle = Path(self.path).open(encoding="utf-8")
        except OSError as exc:
            raise InvalidInput(f"cannot read {self.path!r}: {exc.strerror}") from None
        return self.handle

    def __exit__(self, *exc: object) -> None:
        if self.handle is not None:
            self.handle.close()


def _obligations(args: argparse.Namespace, out: TextIO) -> int:
    from .render import render_tree
    from .serialize import to_dict

    doctrine = _doctrine(args.doctrine)
    if args.format == "json":
        obs = obligations_of(args.state, on=args.on, doctrine=doctrine)
        out.write(json.dumps([to_dict(o) for o in obs], ensure_ascii=False) + "\n")
    else:
        tree = explain_obligations(args.state, on=args.on, doctrine=doctrine)
        out.write(render_tree(tree, args.format) + "\n")
    return 0


def _conflict(args: argparse.Namespace, out: TextIO) -> int:
    from .sources import Citation

    doctrine = _doctrine(args.doctrine)
    obs = {str(o.citation): o for o in obligations_of(args.state, on=args.on, doctrine=doctrine)}
    picked = []
    for wanted in (args.first, args.second):
        match = [o for key, o in obs.items() if wanted.lower() in key.lower()]
        if len(match) != 1:
            known = "; ".join(obs)
            raise InvalidInput(
                f"{wanted!r} matches {len(match)} obligations of {args.state} (known: {known})"
            )
        picked.append(match[0])
    cited = [Citation(*c.split(":", 1)) for c in args.cited]
    ruling = resolve_conflict(picked[0], picked[1], on=args.on, doctrine=doctrine, cited=cited)
    if args.format == "json":
        from .serialize import to_dict

        out.write(json.dumps(to_dict(ruling.finding), ensure_ascii=False) + "\n")
    else:
        out.write(ruling.explain(args.format) + "\n")
    return 0


def _demo(out: TextIO) -> int:
    from .serialize import from_dict

    claim = from_dict(Claim, _DEMO_CLAIM)
    out.write(assess_status(claim, on="2004-06-30", state="CHN").explain() + "\n\n")
    out.write(assess_return(claim, by="CHN", to="PRK", on="2004-06-30").explain() + "\n")
    return 0


_DEMO_CLAIM = {
    "person": {"name": "North Korean escapee", "nationalities": ["PRK"], "location": "CHN"},
    "fears": [
        {
            "description": "detention and torture as punishment for leaving without permission",
            "country": "PRK",
            "severity": "threat_to_life_or_freedom",
            "likelihood": 0.8,
            "actor": "state",
            "reasons": ["political_opinion"],
            "prosecution": True,
            "disproportionate": True,
            "sur_place": True,
            "torture": True,
        }
    ],
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="refugeelaw",
        description="International refugee law as explained, cited reasoning. Not legal advice.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    def common(p: argparse.ArgumentParser, *, formats: bool = True) -> None:
        p.add_argument("--on", help="date of the assessment (ISO or '24 September 1982')")
        p.add_argument(
            "--doctrine",
            action="append",
            default=[],
            metavar="KEY=VALUE",
            help="a contested position, e.g. nexus=one_central_reason (repeatable)",
        )
        if formats:
            p.add_argument("--format", choices=("text", "markdown", "json"), default="text")

    def caseload(p: argparse.ArgumentParser) -> None:
        """The options of the commands that read claims: one, or a JSON Lines caseload."""
        p.add_argument("input", nargs="?", default="-", help="JSON or JSON Lines file (- = stdin)")
        p.add_argument("--strict", action="store_true", help="stop at the first bad record")
        p.add_argument("--processes", type=int, default=1, help="worker processes (default 1)")
        p.add_argument(
            "--progress", action="store_true", help="show progress on stderr when it is a terminal"
        )
        common(p)

    assess = sub.add_parser("assess", help="refugee status (Art 1) of a JSON claim or caseload")
    assess.add_argument("--state", help="the state whose regime applies (ISO alpha-3)")
    assess.add_argument("--summary", action="store_true", help="print counts by outcome instead")
    caseload(assess)
    ret = sub.add_parser("return", help="may state BY return the person to TO?")
    ret.add_argument("--by", required=True, help="returning state (ISO alpha-3)")
    ret.add_argument("--to", required=True, help="destination (ISO alpha-3)")
    caseload(ret)
    obl = sub.add_parser("obligations", help="what binds a state on a date")
    obl.add_argument("state", help="ISO alpha-3 code")
    common(obl)
    con = sub.add_parser("conflict", help="which of two obligations of a state prevails")
    con.add_argument("state")
    con.add_argument("first", help="text matching one obligation, e.g. '33(1)'")
    con.add_argument("second", help="e.g. '1986'")
    con.add_argument(
        "--cited",
        action="append",
        default=[],
        metavar="INSTRUMENT:PINPOINT",
        help="a provision the argument relied on, to be checked (e.g. un-charter-1945:102)",
    )
    common(con)
    sub.add_parser("demo", help="run the articles' North Korean case")
    data = sub.add_parser("data", help="export the participation data (CSV or JSON)")
    data.add_argument("--format", choices=("csv", "json"), default="csv")
    data.add_argument("--instrument", help="one instrument's key (default: every treaty)")
    data.add_argument(
        "--schema", action="store_true", help="print the JSON Schema of the JSON form instead"
    )
    schema = sub.add_parser("schema", help="print the JSON Schema of a public class")
    schema.add_argument("name", nargs="?", default="Claim")
    return parser


def main(
    argv: Sequence[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Run the command line; returns the exit status."""
    out = out or sys.stdout
    err = err or sys.stderr
    args = _parser().parse_args(argv)
    try:
        if args.command in ("assess", "return"):
            return _run_claims(args, out, err)
        if args.command == "obligations":
            return _obligations(args, out)
        if args.command == "conflict":
            return _conflict(args, out)
        if args.command == "data":
            from . import export

            if args.schema:
                out.write(json.dumps(export.schema(), indent=2) + "\n")
            elif args.format == "json":
                out.write(export.to_json(args.instrument) + "\n")
            else:
                out.write(export.to_csv(export.rows(args.instrument)))
            return 0
        if args.command == "schema":
            import refugeelaw

            from .serialize import json_schema

            cls = getattr(refugeelaw, args.name, None)
            if not isinstance(cls, type):
                raise InvalidInput(f"no public class named {args.name!r}")
            out.write(json.dumps(json_schema(cls), indent=2) + "\n")
            return 0
        return _demo(out)
    except InvalidInput as exc:
        err.write(f"refugeelaw: {exc}\n")
        return 2
