"""The command line: ``python -m refugeelaw`` (also installed as ``refugeelaw``).

Reads a JSON claim, or a JSON Lines caseload (one claim per line), from a file or standard input,
and prints explained results as text, Markdown or JSON. Bad input exits with status 2 and one line
naming the record and the JSON path.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import datetime as dt
import io
import itertools
import json
import os
import re
import select
import signal
import stat
import sys
import threading
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import BrokenExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, NamedTuple, TextIO, TypeGuard, cast

import attrs

from . import _speed
from ._arguments import a_state, return_places
from ._workers import WorkerFailed, WorkersNotStarted
from .dates import parse_date, today
from .doctrine import Doctrine
from .errors import InvalidInput, Problem
from .facts import Claim
from .law.obligations import explain_obligations, obligations_of
from .law.precedence import resolve_conflict
from .law.refoulement import assess_return
from .law.status import assess_status
from .render import FORMATS, markdown_escape, one_line
from .serialize import MAX_RECORD_BYTES, float_words

if TYPE_CHECKING:
    from .batch import Tally
    from .results import StateObligation

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
    "return_threshold": "float?",
    "custom_follows_return_threshold": "bool",
    "relocation_presumption": "bool",
    "relocation_in_cessation": "bool",
    "differential_impact": "bool",
    "return_to_other_residences": "bool",
    "compelling_reasons": "str",
    "article_33_extraterritorial": "bool?",
    "article_103_reaches_custom": "bool?",
    "torture_non_refoulement_peremptory": "bool?",
    "judge_v_canada_retrospective": "bool?",
    "al_saadoon_retrospective": "bool?",
    "bader_retrospective": "bool?",
    "removal_readings_retrospective": "bool?",
    "inter_se_modification": "bool?",
    "past_persecution_presumption": "bool",
    "custom_covers_ill_treatment": "bool",
    "cat_non_state_actors": "bool?",
    "taiwan_outside_china": "bool?",
    "exit_motive_nexus": "bool",
    "cat_threshold": "float?",
}


#: A number as a doctrine's value is written: ASCII digits, a point, an exponent.
_NUMBER = re.compile(r"[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?")


def _doctrine(pairs: Sequence[str]) -> Doctrine:
    values: dict[str, Any] = {}
    for pair in pairs:
        key, sep, raw = pair.partition("=")
        if not sep or key not in _DOCTRINE_FIELDS:
            raise InvalidInput(
                f"--doctrine {pair!r}: expected KEY=VALUE with KEY one of "
                + ", ".join(_DOCTRINE_FIELDS)
            )
        if key in values:
            raise InvalidInput(f"--doctrine {key}: given twice")
        kind = _DOCTRINE_FIELDS[key]
        if kind in ("bool?", "bool"):
            table: dict[str, bool | None] = {"true": True, "false": False}
            if kind == "bool?":
                table.update({"none": None, "null": None})
            if raw.lower() not in table:
                expected = "true, false or none" if kind == "bool?" else "true or false"
                raise InvalidInput(f"--doctrine {key}: expected {expected}, got {raw!r}")
            values[key] = table[raw.lower()]
        elif kind in ("float", "float?"):
            if kind == "float?" and raw.lower() in ("none", "null"):
                values[key] = None
                continue
            if not _NUMBER.fullmatch(raw):  # float() takes "1_0" and digits of any script
                raise InvalidInput(f"--doctrine {key}: expected a number, got {raw!r}")
            unreadable = float_words(raw)  # 1e-400 is not 0, as in JSON
            if unreadable is not None:
                raise InvalidInput(f"--doctrine {key}: {raw!r} is {unreadable}")
            values[key] = float(raw)
        else:
            values[key] = raw
    try:
        return Doctrine(**values)
    except InvalidInput as exc:  # a value of the right kind the position refuses: say where from
        raise InvalidInput("; ".join(f"--doctrine {p}" for p in exc.problems)) from None


_WHOLE = re.compile(r"[0-9]+")


def _whole(raw: str) -> int:
    """A whole number of ASCII digits, as --processes and --max-record-bytes take it (``int()``
    also takes "1_000" and digits of any script, which ``--doctrine`` refuses too)."""
    if not _WHOLE.fullmatch(raw):
        raise argparse.ArgumentTypeError(f"expected a whole number in digits 0-9, got {raw!r}")
    return int(raw)


MAX_RECORD_BYTES_ALLOWED = 1 << 40  # the largest the option takes (a read's size must fit)
_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"')


class _Binary(Exception):
    """The input is not text (a NUL byte where a record should be), from line ``line``."""

    def __init__(self, line: int = 1, summary: bool = False) -> None:
        self.line, self.summary = line, summary
        super().__init__(line, summary)

    def __str__(self) -> str:
        if self.line == 1:
            return "the input is binary, not JSON text"
        before = "counted, and no summary written" if self.summary else "written or reported"
        return (
            f"the input is binary from line {self.line:,}, not JSON text: the records before it "
            f"were {before}; the rest were not read"
        )


def _lines(stream: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """The input's lines, numbered from 1, never holding more than ``limit`` bytes of one line in
    memory (its ending aside, ``\n`` or ``\r\n``): a longer line is skipped to its end and given
    as ``None``."""
    for n in itertools.count(1):
        line = stream.readline(limit + 2 + len(_BOM))  # a line's byte-order mark is not counted
        if not line:
            return
        if n == 1 and line[:2] in _UTF16_BOMS:  # what Windows PowerShell 5 writes by default
            raise InvalidInput(
                "the input is UTF-16 text: records are read as UTF-8 (convert it, e.g. "
                "iconv -f UTF-16 -t UTF-8)"
            )
        if line.startswith(_BOM):  # a byte-order mark some editors write (at the start of each of
            line = line[3:]  # several files put one after another): not data
        ending = 2 if line.endswith(b"\r\n") else 1 if line.endswith(b"\n") else 0
        if len(line) - ending > limit:
            while line and not line.endswith(b"\n"):  # skip the rest of the line
                if _binary(line):  # there may be no end (/dev/zero)
                    raise _Binary(n)
                line = stream.readline(1 << 16)
            yield n, None
        else:
            if n == 1 and b"\0" in line and (line.lstrip()[:1] not in b"{[" or _binary(line)):
                raise _Binary  # a binary file (not a record with a stray NUL: that is refused alone)
            yield n, line


def _binary(data: bytes) -> bool:
    """Whether ``data`` (a line, or a piece of one) is binary, not text with a stray NUL byte: NUL
    bytes, a tenth of it or more (UTF-16, ``/dev/zero``). A record with a few NUL bytes, or with
    bytes that are not UTF-8 beside them, is refused as a record, the others still read."""
    return len(data) > 0 and data.count(0) * 10 >= len(data)


def _depth_change(line: bytes) -> int:
    """How many JSON objects and arrays ``line`` opens and leaves open (strings skipped)."""
    if b'"' in line:
        line = _STRING.sub(b"", line)
    return line.count(b"{") + line.count(b"[") - line.count(b"}") - line.count(b"]")


_BRACKETS = re.compile(rb"[^\[\]{}]+")
_CLOSERS = frozenset(b"}]")


def _track(opened: bytearray, line: bytes) -> None:
    """Push each object or array ``line`` opens onto ``opened`` and pop each it closes (strings
    skipped), so that ``opened`` ends with the innermost one still open."""
    if b'"' in line:
        line = _STRING.sub(b"", line)
    for byte in _BRACKETS.sub(b"", line):
        if byte in _CLOSERS:
            if opened:
                opened.pop()
        else:
            opened.append(byte)


_QUOTE, _COLON, _COMMA, _OPEN_ARRAY = ord('"'), ord(":"), ord(","), ord("[")
_BETWEEN = frozenset(b"}],:")  # what may start a line after any token: a close, a comma, a colon
_BEFORE_STRING = frozenset(b"{[,:")  # a string (a key or a value) comes only after these


def _continues(opened: bytearray, last: int, line: bytes) -> bool:
    """Whether ``line`` (stripped, not blank) can be the next line of a document that holds
    ``opened`` open and whose last line ends with byte ``last`` (0: not known).

    JSON strings hold no line break, so a line starts with a token, and JSON's grammar says what
    token may follow which: a key or a value comes only after ``{``, ``[``, ``,`` or ``:``, and a
    value other than a string only after ``:`` or, in an array, after ``[`` or ``,``. A line that
    breaks this cannot continue any document, valid or not: it is the next record.
    """
    first = line[0]
    if first in _BETWEEN or not last:
        return True
    if first == _QUOTE:
        return last in _BEFORE_STRING
    return last == _COLON or (last in (_OPEN_ARRAY, _COMMA) and opened[-1:] == b"[")


def _whole_object_at_margin(line: bytes, stripped: bytes) -> bool:
    """A line at the margin that holds a whole object with members: a JSON Lines record. (No
    layout ``json.dumps`` writes puts an object with members on one line inside a document; an
    empty one, ``{}``, it may, at the margin with ``indent=0``.)"""
    return (
        line[:1] == b"{"
        and stripped[-1:] == b"}"
        and b":" in stripped
        and _depth_change(stripped) == 0
    )


def _records(stream: BinaryIO, limit: int = MAX_RECORD_BYTES) -> Iterator[tuple[int, bytes | str]]:
    """JSON Lines, or pretty-printed JSON documents, read lazily from bytes: yields (the line on
    which the record starts, its bytes), or that line and the reason it cannot be a record.

    A line that opens an object or array it does not close starts a record that runs until they
    close (a pretty-printed document); every other non-blank line is a record of its own. So a
    bad line, bad bytes or a record over ``limit`` bytes spoil only their own record, and a
    record left open ends where a line at the margin holds a whole object, where a line could
    not continue it by JSON's grammar (:func:`_continues`), or, in a record whose lines are
    indented, where a line opens an object at the margin (no layout indents a document's members
    and leaves a nested object at the margin): the next record starts there, so a record cut
    short never swallows the records after it. Memory stays flat for any caseload.
    """
    pending: list[bytes] = []
    opened = bytearray()  # the objects and arrays the open record holds open, innermost last
    last = 0  # the last byte of the open record's last non-blank line (0: not known)
    indented = False  # the open record's lines after its first are indented
    start = size = 0
    too_large = False
    seen = False
    for n, line in _lines(stream, limit):
        if line is None:
            seen = True
            if pending or too_large:
                too_large = True  # a line of a document: the document is too large
                last = 0  # (its end is not read)
                continue
            yield n, _too_large(limit)
            continue
        stripped = line.strip()
        if pending or too_large:
            if stripped and (
                not _continues(opened, last, stripped)
                or _whole_object_at_margin(line, stripped)
                or (indented and line[:1] == b"{")
            ):  # the open record never closed; this line is the next one
                yield start, _too_large(limit) if too_large else b"".join(pending)
                pending, too_large = [], False
            else:
                if stripped:
                    _track(opened, stripped)
                    last = stripped[-1]
                    indented = indented or line[:1] in b" \t"
                size += len(line)
                if size > limit:
                    too_large, pending = True, []
                elif not too_large:
                    pending.append(line)
                if not opened:
                    yield start, _too_large(limit) if too_large else b"".join(pending)
                    pending, too_large = [], False
                continue
        if not stripped:
            continue
        seen = True
        if stripped[:1] == b"{" and stripped[-1:] == b"}":  # a JSON Lines record (or a bad one)
            yield n, line
            continue
        opened.clear()
        _track(opened, stripped)
        if opened:
            pending, start, size, last, indented = [line], n, len(line), stripped[-1], False
        else:
            yield n, line
    if pending or too_large:
        yield start, _too_large(limit) if too_large else b"".join(pending)
    if not seen:
        raise InvalidInput("no input: give a JSON claim or a JSON Lines caseload")


def _too_large(limit: int) -> str:
    unit = "byte" if limit == 1 else "bytes"
    return f"larger than {limit:,} {unit} (raise the limit with --max-record-bytes)"


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
    detail: str = "full"  # with format "json": "compact" (an outline) or "full"
    reasons: bool = False  # a compact outline gives each finding's reason


# What a worker sends back for a chunk of records: runs, each ending at a bad record or at the
# chunk's end, and each holding the text its good records write (see _joined: a few strings,
# whatever the count), the counts of a summary (with --summary), how many records it read, the
# bad record's report (if any), and the length of each good record's text (so that the parent,
# stopped part-way through writing, knows which records reached the output whole). The parent
# only writes.
_Run = tuple[list[str], "Tally | None", int, "_Bad | None", list[int]]


class _Bad(NamedTuple):
    """A record reported instead of written: its error line, and whether the error is a fault of
    the library's (the run then exits 70 once every other record is written) rather than the
    record's own (bad input: 2)."""

    line: str
    fault: bool = False


#: How many records each step of :func:`_work` takes in turn: every record of a block is read,
#: then every one decided, then every one written. Taken a step at a time over a few dozen
#: records, each step's code and memos stay in the processor's caches and the claims and results
#: a block makes are still there for the next step; one record at a time, the three steps evict
#: each other, and a whole chunk at a time, the claims are gone before they are decided (on the
#: project's machine, 32 took about 12% off a compact JSON Lines run and 8% off ``--summary``).
BLOCK = 32


def _work(task: tuple[_Job, list[tuple[int, bytes | str]]]) -> list[_Run]:
    """Read, assess and render a chunk of records (in a worker process, or in this one): only
    strings and counts travel back, so extra processes add speed rather than pickling."""
    from .batch import Tally

    job, records = task
    tally = Tally("return" if job.command == "return" else "status") if job.summary else None
    read, decide, write = _steps(job)
    runs: list[_Run] = []
    lines: list[str] = []
    sizes: list[int] = []
    count = 0
    for start in range(0, len(records), BLOCK):
        for written, error in _block(records[start : start + BLOCK], read, decide, write):
            count += 1
            if error is None:
                if tally is not None:
                    tally.add(written)
                else:
                    lines.append(written)
                    sizes.append(len(written) + 1)  # and its line break
                continue
            runs.append((_joined(lines), tally, count, error, sizes))
            lines, sizes, count = [], [], 0
            tally = Tally(tally.question) if tally is not None else None
    if count or not runs:
        runs.append((_joined(lines), tally, count, None, sizes))
    return runs


def _steps(job: _Job) -> tuple[Any, Any, Any]:
    """The three steps of a record for ``job``: reading its claim (``read(text)``), deciding it
    (``decide(claim)``), and writing its result (``write(number, claim, result)``: a line, or with
    ``--summary`` the key a tally counts)."""
    from .batch import Tally
    from .serialize import from_json, outline_record_json, record_json

    def read(text: bytes) -> Claim:
        return from_json(Claim, text)

    if job.command == "assess" or (job.command == "questions" and not job.to):

        def decide(claim: Claim) -> Any:
            try:
                return assess_status(claim, on=job.on, state=job.state, doctrine=job.doctrine)
            except InvalidInput as exc:
                raise _in_record(exc) from None

    else:

        def decide(claim: Claim) -> Any:
            try:
                return assess_return(claim, by=job.by, to=job.to, on=job.on, doctrine=job.doctrine)
            except InvalidInput as exc:
                raise _in_record(exc) from None

    def write(number: int, claim: Claim, result: Any) -> Any:
        if job.summary:
            return Tally.key(result)
        if job.command == "questions":
            return _questions(number, result, job.format)
        if job.format == "json" and job.detail == "compact":
            return outline_record_json(number, result, reasons=job.reasons)
        if job.format == "json":
            return record_json(number, result)
        return _label(number, claim, job.format) + result.explain(job.format)

    return read, decide, write


def _in_record(exc: InvalidInput) -> InvalidInput:
    """An error the assessment of a record's claim raised, with each path that names a field of
    the claim (``claim.person.location``: the functions' argument) given as the record's own
    (``person.location``), as the errors in reading the record name it: a field has one path in a
    caseload's report. A path of anything else (an option) is kept."""
    return InvalidInput(
        [
            Problem(p.path.removeprefix("claim."), p.message) if p.path.startswith("claim.") else p
            for p in exc.problems
        ]
    )


def _block(
    records: list[tuple[int, bytes | str]], read: Any, decide: Any, write: Any
) -> list[tuple[Any, _Bad | None]]:
    """Each record of a block read, decided and written, a step at a time (see :data:`BLOCK`):
    for each, in order, what it writes, or the error line that reports it (a record the reader
    refused as too large, invalid input, or a fault of the library's, which is reported, not
    lost)."""
    errors: list[_Bad | None] = [None] * len(records)
    claims: list[Any] = [None] * len(records)
    for i, (number, text) in enumerate(records):
        if text.__class__ is str:  # the reader's own verdict: too large
            errors[i] = _Bad(_error_line(number, str(text)))
            continue
        try:
            claims[i] = read(text)
        except Exception as exc:
            errors[i] = _failed(number, exc, _ARRAY_HINT if _an_array(text, exc) else "")
    results: list[Any] = [None] * len(records)
    for i, claim in enumerate(claims):
        if errors[i] is None:
            try:
                results[i] = decide(claim)
            except Exception as exc:
                errors[i] = _failed(records[i][0], exc)
    written: list[Any] = [None] * len(records)
    for i, result in enumerate(results):
        if errors[i] is None:
            try:
                written[i] = write(records[i][0], claims[i], result)
            except Exception as exc:
                errors[i] = _failed(records[i][0], exc)
    return list(zip(written, errors, strict=True))


#: What a record that is a JSON array is told (a file of claims written as one array).
_ARRAY_HINT = "a JSON array, not a claim (give one claim per line, as JSON Lines: jq -c '.[]'): "


def _an_array(text: bytes | str, exc: Exception) -> bool:
    """Whether a record was refused for being a JSON array where a claim was expected: a whole
    array, or a piece of one (an array written a claim a line is cut where a claim at the margin
    holds a whole object, :func:`_records`, leaving its opening and its closing ``]`` apart)."""
    return (
        isinstance(text, bytes)
        and (text.lstrip()[:1] == b"[" or text.strip() == b"]")
        and isinstance(exc, InvalidInput)
        and len(exc.problems) == 1
        and exc.problems[0].path == ""
        and exc.problems[0].message.startswith(("expected a JSON object", "not valid JSON"))
    )


def _failed(number: int, exc: Exception, hint: str = "") -> _Bad:
    """The report of a record that raised ``exc``: invalid input as the library words it (after
    ``hint``, if any, so that a long message cut short keeps it); anything else is a fault of the
    library's, reported so that the record is not lost, and marked so that the run exits 70."""
    if isinstance(exc, InvalidInput):
        return _Bad(_error_line(number, f"{hint}{exc}"))
    message = f"internal error ({type(exc).__name__}: {exc}); please report it"
    return _Bad(_error_line(number, message), fault=True)


def _work_settled(task: tuple[_Job, list[tuple[int, bytes | str]]]) -> list[_Run]:
    """:func:`_work` in a worker process, which then sets what it has made aside from the cyclic
    collector (:func:`refugeelaw._speed.settle_worker`), as this process does between chunks."""
    runs = _work(task)
    _speed.settle_worker()
    return runs


def _joined(lines: list[str]) -> list[str]:
    """The text of a run of records, each on its own line, in as few strings as it can be
    without costing more to write: consecutive ASCII lines joined into one string, any other
    line kept a string of its own (joined, it would widen every character of the ASCII ones, and
    the output's encoder would then walk them character by character)."""
    pieces: list[str] = []
    plain: list[str] = []
    for line in lines:
        if line.isascii():
            plain.append(line)
            continue
        if plain:
            plain.append("")
            pieces.append("\n".join(plain))
            plain = []
        pieces.append(line + "\n")
    if plain:
        plain.append("")
        pieces.append("\n".join(plain))
    return pieces


def _label(number: int, claim: Claim, format: str) -> str:
    """The line that says which record a result is: its number and the person's name, as each
    format writes a line of its own (a comment in Markdown, DOT and Mermaid; a paragraph in
    HTML)."""
    name = f" ({claim.person.name})" if claim.person.name else ""
    head = f"record {number}{name}"
    if format == "html":
        from .render.html import escape  # a control or bidirectional character as U+FFFD

        return f'<p class="refugeelaw-record">{escape(head)}</p>\n'
    head = one_line(head)  # a comment ends at a line break
    if format == "markdown":
        while "--" in head:  # no "--" may stay in an HTML comment ("--->" would close it)
            head = head.replace("--", "- -")
        return f"<!-- {head} -->\n"
    if format == "dot":
        return f"// {head}\n"
    if format == "mermaid":  # Mermaid reads a %%{...}%% directive even inside a comment
        return f"%% {head.translate(_MERMAID_COMMENT)}\n"
    return f"[{head}]\n"


_MERMAID_COMMENT = str.maketrans({"%": "#37;", "{": "#123;", "}": "#125;"})


def _questions(number: int, result: Any, format: str) -> str:
    """A record's questions: one JSON line ``{"record": N, "result": [Question, ...],
    "outcome": ..., "provenance": ...}`` (with the result's ``missing_facts`` and a return's
    ``pending_status_facts`` where there are any), or as text (the outcome, each question, its
    kind and citations, and where each answer leads; or why none is asked)."""
    from .questions import askable, none_asked
    from .serialize import record_json

    askable(result)  # a claim with very many open facts is refused, not asked about for hours
    asked = result.questions()
    if format == "json":  # the questions, what they are about, and where the result came from
        return record_json(number, asked, result.provenance, about=result)
    markdown = format == "markdown"
    said = markdown_escape if markdown else one_line  # a harm's description is in the texts
    head = said(f"record {number}: {result}")
    if not asked:  # decided, or undetermined with nothing the claim can answer
        return head + "\n  " + said(f"({none_asked(result)})")
    bullet = "- " if markdown else "  "
    lines = [head]
    for i, q in enumerate(asked, 1):
        cites = "; ".join(str(c) for c in q.citations)
        mark = " (decisive)" if q.decisive else ""
        path = f"`{q.path}`" if markdown else q.path
        lines.append(f"{bullet}{i}. {said(f'[{q.kind.value}] {q.text}')}{mark}")
        lines.append(f"{bullet}   {path}" + (f" {said(f'[{cites}]')}" if cites else ""))
        if q.standard:
            lines.append(f"{bullet}   standard: {said(q.standard)}")
        for a in q.answers:
            lines.append(f"{bullet}   {said(a.label)} -> {a.outcome.name}")
    return "\n".join(lines)


MAX_ERROR_CHARS = 1000  # an error line is cut to this length


def _error_line(number: int, message: str) -> str:
    line = f"record {number}: {one_line(message)}"
    if len(line) > MAX_ERROR_CHARS:
        line = f"{line[: MAX_ERROR_CHARS - 40]}… ({len(line):,} characters in all)"
    return line


class _Stop(KeyboardInterrupt):
    """A signal that stops a caseload politely: Ctrl-C (``SIGINT``) or ``SIGTERM`` (a service
    manager, ``kill``, ``timeout``), which :class:`_Hold` raises as this."""

    def __init__(self, signum: int) -> None:
        self.signum = signum
        super().__init__(signum)


class _Hold:
    """A section of a caseload's output during which Ctrl-C or ``SIGTERM`` is held back, then
    raised when the section ends (``with hold:``): interrupted part way, a text stream drops what
    it holds unwritten (``TextIOWrapper`` lets go of its pending text before writing it), and a
    record written but not yet counted would be left out of the count the user is told. A second
    signal meanwhile (the output blocked: a stalled pipe) is raised at once (:class:`_Output`
    then counts only the records that reached the output whole). Once the run is stopping
    (``over``: a signal, a worker lost, binary input) signals are ignored: the worker processes
    are being stopped, which takes a moment, and a second Ctrl-C would only replace the line
    saying how far the run got. :func:`_interrupts_held` puts :meth:`handler` in place."""

    def __init__(self) -> None:
        self.active = False
        self.held: int | None = None  # the signal held back, if any
        self.over = False  # the run is stopping: signals are ignored
        self.writing = False  # _Output is writing to a descriptor: it raises the stop itself
        self.urgent: int | None = None  # a second signal, for it to raise

    def handler(self, signum: int, frame: object) -> None:
        if self.over:
            return
        if self.active and self.held is None:
            self.held = signum
            return
        if self.writing:  # raised here, it could come before the bytes just written are counted
            self.urgent = signum
            return
        raise _Stop(signum)

    def __enter__(self) -> None:
        self.active = True

    def __exit__(self, *exc: object) -> None:
        self.active = False
        if self.held is not None:
            signum, self.held = self.held, None
            raise _Stop(signum)


@contextlib.contextmanager
def _interrupts_held() -> Iterator[_Hold]:
    """A :class:`_Hold` for the run, its handler in place of each signal still left as Python
    sets it (Ctrl-C raising ``KeyboardInterrupt``; ``SIGTERM`` ending the process at once, the
    output cut wherever it was) where this is the main thread; elsewhere (a program embedding
    the command line with handlers of its own) the sections hold nothing back."""
    hold = _Hold()
    ours: dict[int, Any] = {}
    if threading.current_thread() is threading.main_thread():
        for signum, default in _STOPPING.items():
            if signal.getsignal(signum) is default:
                ours[signum] = signal.signal(signum, hold.handler)
    try:
        yield hold
    finally:
        for taken, previous in ours.items():
            signal.signal(taken, previous)


_STOPPING = {signal.SIGINT: signal.default_int_handler, signal.SIGTERM: signal.SIG_DFL}


class _Interrupted(KeyboardInterrupt):
    """Ctrl-C or ``SIGTERM`` during a caseload: how far it got, so the user knows what to run
    again."""

    def __init__(
        self, done: int, summary: bool, signum: int = signal.SIGINT, part: bool = False
    ) -> None:
        self.done, self.summary, self.signum, self.part = done, summary, signum, part
        super().__init__(done, summary, signum, part)

    @property
    def status(self) -> int:
        """The exit status, as a shell reports a process the signal ended: 130 or 143."""
        return 128 + self.signum

    def __str__(self) -> str:
        return _how_far(self.done, self.summary, self.part)


class _WorkersStopped(Exception):
    """The worker processes stopped a caseload (``why``; the exit status, ``status``): one died,
    killed by the system (71), or raised a fault of the library's (70; a record's own errors are
    reported as the record's). The records before its chunk are written, and the run stops."""

    def __init__(self, done: int, summary: bool, why: str, status: int) -> None:
        self.done, self.summary, self.why, self.status = done, summary, why, status
        super().__init__(done, summary, why, status)

    def __str__(self) -> str:
        return f"{self.why}: {_how_far(self.done, self.summary)}"


def _how_far(done: int, summary: bool, part: bool = False) -> str:
    records = "record" if done == 1 else "records"
    if summary:
        return f"{done:,} {records} counted, and no summary written"
    if part:
        return (
            f"the first {done:,} {records} written or reported, and the start of the next one "
            "(cut short); the rest were not"
        )
    return f"the first {done:,} {records} written or reported; the rest were not"


class _Output:
    """A caseload's output, and how many records have reached it whole, in order: written or
    (a bad record) reported.

    Where ``out`` is standard output (a file, a pipe, a terminal; POSIX), each
    chunk's text is written straight to its file descriptor, so that a run stopped part-way
    through writing (a second Ctrl-C while the output is blocked: a stalled pipe) knows to the
    byte which records reached it whole and which one only in part, and counts no more (through
    a text stream, the text it held back would be dropped, and what reached the output could not
    be known). Elsewhere (a ``StringIO``) the text is written to ``out`` as it comes."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.done = 0
        self.part = False  # the record after the first `done` reached the output in part
        self.fd = _descriptor(out)
        self.hold: _Hold | None = None  # the run's, once its handlers are in place
        self.waits = self.fd is not None and _may_wait(self.fd)
        self.pipe_size = _pipe_size(self.fd) if self.waits and self.fd is not None else None
        self.encoding = out.encoding if self.fd is not None else "utf-8"
        self.errors = getattr(out, "errors", None) or "strict"
        self.pending: list[tuple[list[str], int, list[int]]] = []

    def add(self, text: list[str], count: int, sizes: list[int]) -> None:
        """A run's text, for ``count`` records (its good ones), each ``sizes`` characters long."""
        if self.fd is None:
            for piece in text:
                self.out.write(piece)
            self.done += count
        else:
            self.pending.append((text, count, sizes))

    def report(self, err: TextIO, error: str) -> None:
        """A bad record reported, after the records before it."""
        self.flush()
        err.write(error + "\n")
        self.done += 1

    def flush(self) -> None:
        if self.fd is None:
            self.out.flush()
            return
        pending, self.pending = self.pending, []
        data = [
            [piece.encode(self.encoding, self.errors) for piece in text] for text, _, _ in pending
        ]
        whole = b"".join(b"".join(run) for run in data)
        sent = 0
        hold = self.hold
        if hold is not None:
            hold.writing = True
        try:
            view = memoryview(whole)
            while sent < len(whole):
                if hold is not None and hold.urgent is not None:
                    raise _Stop(hold.urgent)
                if self.waits:  # a pipe: write what it takes now, never waiting unheard
                    if not select.select([], [self.fd], [], _WRITE_POLL_SECONDS)[1]:
                        continue
                    sent += os.write(self.fd, view[sent : sent + self._room()])
                else:
                    sent += os.write(self.fd, view[sent:])
        finally:
            if hold is not None:
                hold.writing = False
            if sent == len(whole):
                self.done += sum(count for _, count, _ in pending)
            else:
                self._count_sent(pending, data, sent)

    def _room(self) -> int:
        """How many bytes the output (a pipe, found ready for writing) takes now without waiting:
        at least ``PIPE_BUF``, which a pipe ready for writing always takes whole (POSIX); where
        the system says how much it holds unread (Linux), its free space, less a page for the
        part of a page the reader has read but the pipe still holds."""
        if self.pipe_size is not None and self.fd is not None:
            import array
            import fcntl
            import termios

            unread = array.array("i", [0])
            with contextlib.suppress(OSError):
                fcntl.ioctl(self.fd, termios.FIONREAD, unread, True)
                return max(self.pipe_size - unread[0] - select.PIPE_BUF, select.PIPE_BUF)
        return select.PIPE_BUF

    def _count_sent(
        self, pending: list[tuple[list[str], int, list[int]]], data: list[list[bytes]], sent: int
    ) -> None:
        """Count the records of ``pending`` whose bytes all went in the first ``sent``: a piece of
        ASCII text holds whole records, as many characters as bytes; any other, one record."""
        for (text, _, sizes), run in zip(pending, data, strict=True):
            records = iter(sizes)
            for piece, encoded in zip(text, run, strict=True):
                if piece.isascii():  # whole records, each as many bytes as characters
                    held = _records_in(piece, records)
                else:  # one record
                    next(records)
                    held = [len(encoded)]
                for size in held:
                    if size > sent:
                        self.part = sent > 0
                        return
                    self.done += 1
                    sent -= size


def _records_in(piece: str, sizes: Iterator[int]) -> list[int]:
    """The sizes of the records an ASCII piece of a run's text holds, taken from ``sizes`` (a
    record's text may hold line breaks of its own: its size says where it ends)."""
    held: list[int] = []
    left = len(piece)
    while left > 0:
        held.append(next(sizes))
        left -= held[-1]
    return held


_WRITE_POLL_SECONDS = 0.05  # how soon a second Ctrl-C stops a write to a stalled pipe


def _may_wait(fd: int) -> bool:
    """Whether a write to ``fd`` may wait for a reader: a pipe, a socket or a terminal; not a
    regular file or the null device."""
    try:
        status = os.fstat(fd)
        if stat.S_ISREG(status.st_mode):
            return False
        return not (stat.S_ISCHR(status.st_mode) and os.path.samestat(status, os.stat(os.devnull)))
    except OSError:
        return True


def _pipe_size(fd: int) -> int | None:
    """The capacity of the pipe ``fd`` writes to, where the system says (Linux)."""
    try:
        import fcntl

        return int(fcntl.fcntl(fd, fcntl.F_GETPIPE_SZ))
    except (AttributeError, ImportError, OSError):
        return None


def _descriptor(out: TextIO) -> int | None:
    """The file descriptor ``out`` writes to, with anything it holds written first, where
    ``out`` is standard output (whose line breaks Python writes as they are on POSIX); ``None``
    for any other stream (a ``StringIO``; a file a program passes to :func:`main`, which may
    translate line breaks), on Windows, or where the encoding does not write ASCII as ASCII
    (UTF-16)."""
    encoding = getattr(out, "encoding", None)
    if out is not sys.stdout or os.name != "posix" or not isinstance(encoding, str):
        return None
    try:
        if "a\n".encode(encoding) != b"a\n":
            return None
        fd = out.fileno()
        out.flush()
    except (AttributeError, LookupError, OSError, ValueError):
        return None
    return fd


def _consistent(args: argparse.Namespace) -> None:
    """Refuse options that contradict each other or would be ignored: a user who gives one
    expects it to matter."""
    by, to, state = (getattr(args, name, None) for name in ("by", "to", "state"))
    if args.command == "questions" and (by is None) != (to is None):
        raise InvalidInput("questions: give --by and --to together (a return), or neither (status)")
    if by is not None and to is not None and by == to:
        raise InvalidInput(f"--to: the destination must be another state than --by ({by})")
    if by is not None and state is not None:
        raise InvalidInput(
            "--state: a return is assessed under the returning state's own regime (--by); "
            "give --state for refugee status only"
        )
    if getattr(args, "summary", False) and args.format not in ("text", "json"):
        raise InvalidInput(f"--summary: writes text or --format json, not --format {args.format}")
    detail = getattr(args, "detail", None)
    if (detail is not None or getattr(args, "reasons", False)) and args.format != "json":
        raise InvalidInput("--detail and --reasons shape the JSON output: add --format json")
    if getattr(args, "reasons", False) and detail == "full":
        raise InvalidInput("--reasons: the full form gives every reason already (--detail full)")
    if not 1 <= args.processes <= MAX_PROCESSES:
        raise InvalidInput(
            f"--processes: expected from 1 to {MAX_PROCESSES:,}, got {args.processes:,}"
        )


MAX_PROCESSES = 1024  # as assess_many allows


def _on(args: argparse.Namespace) -> dt.date:
    """The date of ``--on`` (today without it), read once for the whole command; a bad date is
    reported as ``--on``'s."""
    return today() if args.on is None else parse_date(args.on, field="--on")


def _run_claims(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .batch import Tally, _Progress, ordered_map
    from .countries import check_country

    # Everything but the records is checked here, once, so a worker only ever fails on a record.
    for name in ("state", "by", "to"):
        if getattr(args, name, None) is not None:
            check_country(getattr(args, name), field=f"--{name}")
    job = _Job(
        command=args.command,
        on=_on(args),
        state=getattr(args, "state", None),
        by=getattr(args, "by", None) or "",
        to=getattr(args, "to", None) or "",
        doctrine=_doctrine(args.doctrine),
        format=args.format,
        summary=getattr(args, "summary", False),
        detail=getattr(args, "detail", None)
        or ("compact" if args.command != "questions" else "full"),
        reasons=getattr(args, "reasons", False),
    )
    # Places the date makes wrong, once for the run: a territory given as a state, a return within
    # the returning state (the API refuses them for each call).
    if job.state is not None:
        a_state("--state", job.state, job.on, doctrine=job.doctrine)
    if job.command == "return":
        return_places(job.by, job.to, job.on, "--", job.doctrine)
    show = err.isatty() if args.progress is None else args.progress
    bar = _Progress(err, _count_records(args.input)) if show else None
    tally = Tally("return" if job.command == "return" else "status")
    bad = faults = 0  # records reported; of them, those a fault of the library's stopped
    if not 1 <= args.max_record_bytes <= MAX_RECORD_BYTES_ALLOWED:
        raise InvalidInput(
            f"--max-record-bytes: expected from 1 to {MAX_RECORD_BYTES_ALLOWED:,}, got "
            f"{args.max_record_bytes:,}"
        )
    # Nothing is kept, and what the rules remember lives long: the collector need not walk it
    # over and over (a full collection once in STREAM_EVERY chunks where this process decides the
    # records; the workers do their own; everything put back after).
    aside = _speed.collector_aside(every=_speed.STREAM_EVERY if args.processes == 1 else 0)
    with _Input(args.input) as stream, aside as settle:
        records = iter(_records(stream, args.max_record_bytes))
        waits = _waits(stream)
        chunks = _chunks(records, waits)
        work = _work if args.processes == 1 else _work_settled
        tasks = ((job, chunk) for chunk in chunks)
        results = ordered_map(work, tasks, args.processes, waits=waits)
        output = _Output(out)  # counts the records written (or counted) and reported, in order
        with _interrupts_held() as hold:
            output.hold = hold
            try:
                for runs in results:
                    settle()
                    with hold:  # a Ctrl-C here waits until the chunk is out and counted
                        for text, counts, count, error, sizes in runs:
                            output.add(text, count - (error is not None), sizes)
                            if counts is not None:
                                tally.merge(counts)
                            if bar:
                                bar.update(count)
                            if error is not None:
                                bad += 1
                                faults += error.fault
                                if bar:
                                    bar.end_line()
                                output.report(err, error.line)
                                if args.strict:
                                    break  # the records before this one count; none after it
                        output.flush()  # a chunk's records reach a pipe now, not when it fills
                    if bad and args.strict:
                        err.write(
                            "stopped at the first bad record (--strict): any records after it "
                            "were not read"
                            + (
                                ", and the summary counts those before it only"
                                if job.summary
                                else ""
                            )
                            + "\n"
                        )
                        break
            except KeyboardInterrupt as stop:
                hold.over = True  # a second signal now has nothing left to stop
                signum = getattr(stop, "signum", signal.SIGINT)
                raise _Interrupted(output.done, job.summary, signum, output.part) from None
            except BrokenExecutor:  # a worker process died: its chunk's result will never come
                lost = (
                    "a worker process stopped before it finished its records (killed by the "
                    "system: out of memory, or a signal)"
                )
                raise _WorkersStopped(output.done, job.summary, lost, 71) from None
            except WorkerFailed as exc:  # a fault of the library's, in a worker process
                fault = (
                    f"internal error in a worker process ({_bounded(str(exc))}); please report it"
                )
                raise _WorkersStopped(output.done, job.summary, fault, 70) from None
            except _Binary as exc:  # the records before it are written (see _chunks)
                raise _Binary(exc.line, job.summary) from None
            finally:
                hold.over = True
                results.close()  # stops the worker processes, if any, however the loop ended
                if bar:
                    bar.close()
    if job.summary:
        summary = attrs.evolve(tally.summary(), refused=bad)
        if job.format == "json":
            from .serialize import to_json

            out.write(to_json(summary) + "\n")
        else:
            out.write(summary.explain() + "\n")
    return 70 if faults else 2 if bad else 0


_CHUNK = 256  # records per task (larger ones delay the first output of a slow input)
_CHUNK_BYTES = 4 << 20  # at most about this much record text per task


def _chunks(
    records: Iterator[tuple[int, bytes | str]], waits: Callable[[], bool]
) -> Iterator[list[tuple[int, bytes | str]]]:
    """The records in chunks of :data:`_CHUNK` (or of :data:`_CHUNK_BYTES` of text, where the
    records are large, so that the chunks in flight stay within memory), a chunk cut short where
    reading the next record
    would wait for the input (``waits``: a slow pipe, ``tail -f``): the records already read are
    decided and written first, so none waits on input that has not come yet. Where reading
    fails (binary input, a line over ``--max-record-bytes``, a read error), the records read
    before it are yielded first, and then the error raised: none is lost."""
    chunk: list[tuple[int, bytes | str]] = []
    size = 0
    try:
        for record in records:
            chunk.append(record)
            size += len(record[1])
            if len(chunk) >= _CHUNK or size >= _CHUNK_BYTES or waits():
                yield chunk
                chunk, size = [], 0
    except Exception:
        if chunk:
            yield chunk
        raise
    if chunk:
        yield chunk


def _waits(stream: BinaryIO) -> Callable[[], bool]:
    """Whether reading ``stream`` now would wait for more input: asked of a pipe, a terminal or a
    socket (``select``, where the platform has it for them); a regular file never waits."""
    try:
        fd = stream.fileno()
        mode = os.fstat(fd).st_mode
    except (AttributeError, OSError, ValueError):  # an in-memory stream
        return lambda: False
    if stat.S_ISREG(mode) or os.name != "posix":
        return lambda: False

    def waits() -> bool:
        try:
            return not select.select([fd], [], [], 0)[0]
        except (OSError, ValueError):  # closed under us: the next read will say so
            return False

    return waits


def _count_records(path: str) -> int | None:
    """How many JSON Lines records a file holds, for the progress bar's ETA (``None`` for
    anything but a regular file — standard input, a pipe such as ``<(...)`` or ``/dev/stdin``, a
    device — which can be read only once, so that counting would consume the records)."""
    if path == "-":
        return None
    try:
        regular = stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        regular = False  # reading it will say why
    if not regular:
        return None
    with _Input(path) as stream:
        try:
            return sum(1 for _ in _records(stream))
        except (_Binary, InvalidInput):
            return None


class _Input:
    """The input as bytes: a file, or standard input (``-``)."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.handle: BinaryIO | None = None

    def __enter__(self) -> BinaryIO:
        if self.path == "-":
            if sys.stdin is None:  # started with standard input closed
                raise InvalidInput("standard input is closed: give a file, or pipe the records in")
            buffer = getattr(sys.stdin, "buffer", None)
            if buffer is not None:
                return buffer  # type: ignore[no-any-return]
            return io.BytesIO(sys.stdin.read().encode("utf-8", "surrogateescape"))
        if not self.path:  # Path("") is the current directory
            raise InvalidInput("the input's path is empty: give a file, or - for standard input")
        try:
            self.handle = Path(self.path).open("rb")
        except OSError as exc:
            raise InvalidInput(f"cannot read {self.path!r}: {exc.strerror}") from None
        return self.handle

    def __exit__(self, *exc: object) -> None:
        if self.handle is not None:
            self.handle.close()


def _obligations(args: argparse.Namespace, out: TextIO) -> int:
    from .render import render_tree
    from .serialize import to_json

    doctrine = _doctrine(args.doctrine)
    on = _on(args)  # once, so the obligations and the provenance name the same day
    if args.format == "json":  # JSON Lines: {"result": StateObligation, "provenance": ...}
        from .provenance import provenance

        made = to_json(provenance(doctrine, on))
        for o in obligations_of(args.state, on=on, doctrine=doctrine):
            out.write(f'{{"result": {to_json(o)}, "provenance": {made}}}\n')
    else:
        tree = explain_obligations(args.state, on=on, doctrine=doctrine)
        out.write(render_tree(tree, args.format) + "\n")
    return 0


def _labelled(obligations: Sequence[StateObligation]) -> list[tuple[str, StateObligation]]:
    """Each obligation with the label ``conflict`` matches: its citation, and where several share
    one (VCLT art. 18, once for each treaty signed and not yet ratified), the treaty it is owed
    under, as ``obligations`` shows it ("VCLT art. 18 (CAT)"), so that none hides another."""
    counts = Counter(str(o.citation) for o in obligations)
    return [
        (
            str(o.citation)
            if counts[str(o.citation)] == 1
            else f"{o.citation} ({o.owed_to.removeprefix('the parties to ')})",
            o,
        )
        for o in obligations
    ]


def _conflict(args: argparse.Namespace, out: TextIO) -> int:
    from .sources import Citation

    doctrine = _doctrine(args.doctrine)
    on = _on(args)
    obs = _labelled(obligations_of(args.state, on=on, doctrine=doctrine))
    picked = []
    for wanted in (args.first, args.second):
        exact = [o for key, o in obs if wanted.lower() == key.lower()]
        match = exact or [o for key, o in obs if wanted.lower() in key.lower()]
        if len(match) != 1:
            known = "; ".join(key for key, _ in obs)
            raise InvalidInput(
                f"{wanted!r} matches {len(match)} obligations of {args.state} (known: {known})"
            )
        picked.append(match[0])
    cited = []
    for text in args.cited:
        instrument, _, pinpoint = text.partition(":")
        try:
            cited.append(Citation(instrument, pinpoint))
        except InvalidInput as exc:
            raise InvalidInput([Problem(f"--cited {text}", str(p)) for p in exc.problems]) from None
    ruling = resolve_conflict(picked[0], picked[1], on=on, doctrine=doctrine, cited=cited)
    if args.format == "json":
        from .serialize import to_json

        out.write(to_json(ruling) + "\n")
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


# The command line's --format: the renderers' formats (refugeelaw.render.FORMATS), and JSON.
_FORMATS = (*FORMATS, "json")
_FORMAT_HELP = {
    "dot": "dot (a Graphviz diagram of the finding tree)",
    "html": "html (an accessible HTML fragment)",
    "mermaid": "mermaid (a Mermaid flowchart of the finding tree)",
}


class _Parser(argparse.ArgumentParser):
    """argparse's parser, except that a failure to write its help, version or usage is raised,
    for :func:`main` to report (status 74), where argparse would drop it in silence."""

    def _print_message(self, message: str, file: Any = None) -> None:
        if message:
            (file or sys.stderr).write(message)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="refugeelaw",
        description="International refugee law as explained, cited reasoning. Not legal advice.",
        epilog="exit status: 0 done; 2 bad input (each bad record reported, every good one "
        "written); 69 a missing optional extra; 70 a fault of the library's (a record it stopped "
        "is reported, every other one written); 71 a worker process "
        "died (--processes); 74 input or output failed (a full disk, a closed stream); 130 "
        "interrupted; 141 output closed early (| head); 143 stopped by SIGTERM",
    )
    from . import __version__

    parser.add_argument("--version", action="version", version=f"refugeelaw {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    def command(name: str, summary: str, example: str) -> argparse.ArgumentParser:
        """A subcommand with its description and an example."""
        return sub.add_parser(
            name,
            help=summary,
            description=summary[0].upper() + summary[1:] + ".",
            epilog=f"example:\n  {example}",
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )

    def common(p: argparse.ArgumentParser, *, formats: Sequence[str] = _FORMATS) -> None:
        p.add_argument(
            "--on",
            help="date of the assessment, ISO or '24 September 1982' (default: today)",
        )
        p.add_argument(
            "--doctrine",
            action="append",
            default=[],
            metavar="KEY=VALUE",
            help="a contested position (repeatable); KEY is one of "
            + ", ".join(_DOCTRINE_FIELDS)
            + "; e.g. nexus=one_central_reason, article_33_extraterritorial=none",
        )
        p.add_argument(
            "--format",
            choices=formats,
            default="text",
            help=(
                "text (default), markdown, "
                + "".join(f"{_FORMAT_HELP[f]}, " for f in formats if f in _FORMAT_HELP)
                + "or the library's JSON (one line per record)"
            ),
        )

    def detail(p: argparse.ArgumentParser) -> None:
        """How much of each result ``--format json`` writes."""
        p.add_argument(
            "--detail",
            choices=("compact", "full"),
            default=None,
            help="with --format json: compact (default: each result's outline, the finding tree "
            "by element, verdict and citation keys; a ResultOutline) or full (the library's own "
            "JSON of the result, with the claim, every reason and the provenance)",
        )
        p.add_argument(
            "--reasons",
            action="store_true",
            help="with --detail compact: give each finding's reason too",
        )

    def caseload(p: argparse.ArgumentParser, formats: Sequence[str] = _FORMATS) -> None:
        """The options of the commands that read claims: one, or a JSON Lines caseload."""
        p.add_argument("input", nargs="?", default="-", help="JSON or JSON Lines file (- = stdin)")
        p.add_argument("--strict", action="store_true", help="stop at the first bad record")
        p.add_argument("--processes", type=_whole, default=1, help="worker processes (default 1)")
        p.add_argument(
            "--max-record-bytes",
            type=_whole,
            default=MAX_RECORD_BYTES,
            metavar="N",
            help=f"refuse a record larger than N bytes (default {MAX_RECORD_BYTES:,})",
        )
        p.add_argument(
            "--progress",
            action=argparse.BooleanOptionalAction,
            default=None,
            help="show a progress line on stderr: --progress always, --no-progress never "
            "(default: only when stderr is a terminal; as assess_many(progress=True|False|None))",
        )
        common(p, formats=formats)

    assess = command(
        "assess",
        "refugee status (Art 1) of a JSON claim or a JSON Lines caseload",
        "refugeelaw assess claim.json --on 2004-06-30 --state CHN",
    )
    assess.add_argument("--state", help="the state whose regime applies (ISO alpha-3)")
    assess.add_argument("--summary", action="store_true", help="print counts by outcome instead")
    detail(assess)
    caseload(assess)
    ret = command(
        "return",
        "may state BY return the person to TO? (Art 33, CAT art. 3, ICCPR arts 6-7, custom)",
        "refugeelaw return claim.json --by CHN --to PRK --on 2004-06-30",
    )
    ret.add_argument("--by", required=True, help="returning state (ISO alpha-3)")
    ret.add_argument("--to", required=True, help="destination (ISO alpha-3)")
    ret.add_argument(
        "--summary",
        action="store_true",
        help="print counts by outcome instead (and how many prohibitions hold only while the "
        "status or an exclusion, cessation or Art 33(2) ground raised is undecided), with the "
        "most common bars "
        "and open facts",
    )
    detail(ret)
    caseload(ret)
    ask = command(
        "questions",
        "what to ask next about an undecided claim, with the outcome each answer leads to",
        "refugeelaw questions claim.json --on 2004-06-30",
    )
    ask.add_argument("--state", help="for refugee status: the state whose regime applies")
    ask.add_argument("--by", help="for return: the returning state (give --to too)")
    ask.add_argument("--to", help="for return: the destination (give --by too)")
    caseload(ask, formats=("text", "markdown", "json"))
    obl = command(
        "obligations",
        "what binds a state on a date, and why",
        "refugeelaw obligations CHN --on 2004-06-30",
    )
    obl.add_argument("state", help="ISO alpha-3 code")
    common(obl)
    con = command(
        "conflict",
        "which of two obligations of a state prevails, between whom, and what remains",
        "refugeelaw conflict CHN '33(1)' 1986 --on 2004-06-30 --cited un-charter-1945:102",
    )
    con.add_argument("state", help="the obligated state (ISO alpha-3)")
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
    command("demo", "run the articles' North Korean case", "refugeelaw demo")
    command(
        "mcp",
        "serve the library's tools to an AI assistant over stdio (Model Context Protocol; "
        "needs pip install 'refugeelaw[mcp]')",
        'refugeelaw mcp   (started by the assistant: command refugeelaw, args ["mcp"])',
    )
    data = command(
        "data",
        "export the participation data (CSV or JSON)",
        "refugeelaw data --format csv --instrument refugee-convention-1951",
    )
    data.add_argument("--format", choices=("csv", "json"), help="csv (default) or json")
    data.add_argument("--instrument", help="one instrument's key (default: every treaty)")
    data.add_argument(
        "--schema", action="store_true", help="print the JSON Schema of the JSON form instead"
    )
    schema = command(
        "schema",
        "print the JSON Schema of a public class, or of a command's JSON output",
        "refugeelaw schema Claim",
    )
    schema.add_argument(
        "name",
        nargs="?",
        default="Claim",
        help=f"a public class (default Claim) or a command: {', '.join(OUTPUTS)}",
    )
    return parser


class _Messages(io.TextIOBase):
    """Standard error as the command line writes to it: a message that cannot be written there
    (a full disk, a closed pipe) is dropped, and the run goes on. The results on standard output
    matter more than the messages beside them, and the exit status still says a record was
    refused."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self.stream = stream

    def write(self, text: str) -> int:
        try:
            return self.stream.write(text)
        except (OSError, ValueError):  # ValueError: the stream is closed
            return 0

    def flush(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.stream.flush()

    def isatty(self) -> bool:
        try:
            return self.stream.isatty()
        except (OSError, ValueError):
            return False

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.stream, "encoding", None) or "utf-8"


def main(
    argv: Sequence[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Run the command line; returns the exit status: 0 done, 2 bad input (each bad record
    reported), 69 a missing optional extra (``mcp``), 70 a fault of the library's (in a worker
    process too), 71 a worker process died (``--processes``: killed by the system) or could not be
    started, 74 the system could not read the input
    or write the output (a full disk, a closed stream), 130 interrupted (Ctrl-C), 141 output
    closed early (``| head``), 143 stopped by ``SIGTERM`` during a caseload."""
    # Started with stderr closed: say nothing; one that fails: go on without it.
    err = cast(TextIO, _Messages(err or sys.stderr or io.StringIO()))
    out = out or sys.stdout
    if out is None:  # started with standard output closed
        err.write("refugeelaw: standard output is closed: there is nowhere to write results\n")
        return 74
    try:
        args = _parser().parse_args(argv)
    except KeyboardInterrupt:
        err.write("refugeelaw: interrupted\n")
        return 130
    except SystemExit:  # --help or --version printed (or a usage error, on stderr)
        _printed_or_74(err)
        raise
    except OSError as exc:  # printing them failed (unbuffered output: no flush to wait for)
        _quiet(sys.stdout)
        return _io_failed(err, exc)
    form = getattr(args, "format", None)
    _encodable(
        out,
        "xmlcharrefreplace" if form == "html" else None,
        # data: JSON and CSV, whatever asked for them (`data` writes CSV by default, or a schema).
        data=form in ("json", "csv") or args.command in ("schema", "data"),
    )
    try:
        return _command(args, out, err)
    except InvalidInput as exc:
        err.write(f"refugeelaw: {_bounded(str(exc))}\n")
        return 2
    except _Binary as exc:
        err.write(f"refugeelaw: {exc}\n")
        return 2
    except _Interrupted as exc:
        stopped = "terminated" if exc.signum == signal.SIGTERM else "interrupted"
        err.write(f"refugeelaw: {stopped}: {exc}\n")
        return exc.status
    except _WorkersStopped as exc:
        err.write(f"refugeelaw: {exc}\n")
        return exc.status
    except WorkersNotStarted as exc:  # before any record was decided
        err.write(f"refugeelaw: {exc}: give fewer with --processes\n")
        return 71
    except KeyboardInterrupt:
        err.write("refugeelaw: interrupted\n")
        return 130
    except BrokenPipeError:
        _quiet(out)
        return 141
    except OSError as exc:  # the system's, not the library's: a full disk, a failing device
        return _io_failed(err, exc)
    except Exception as exc:  # a fault of the library's: one line, never a traceback
        err.write(f"refugeelaw: internal error ({type(exc).__name__}: {_bounded(str(exc))})\n")
        return 70


def _encodable(out: TextIO, errors: str | None = None, *, data: bool = False) -> None:
    """Let ``out`` write every character of an explanation (✓, ✗, –) even where its encoding cannot
    (``LC_ALL=C``, a Windows console): a character it cannot encode is written as an escape
    (``\\u2713``; in HTML, a character reference), rather than the run stopping at the first record.
    ``data`` (JSON, CSV): an escape would change the data (``\\xeb`` is not JSON), so where the
    encoding is not UTF-8 (a code page, ASCII, UTF-16) the output is written in UTF-8 instead, as
    JSON exchanged between systems is to be (RFC 8259, s. 8.1)."""
    encoding = getattr(out, "encoding", None)
    reconfigure = getattr(out, "reconfigure", None)
    if not isinstance(encoding, str) or reconfigure is None:
        return  # a stream of the caller's own (a StringIO): it takes any text
    try:
        utf8 = codecs.lookup(encoding).name == "utf-8"  # JSON is exchanged in UTF-8, not UTF-16
        "✓✗–…→".encode(encoding)
    except (UnicodeEncodeError, LookupError):
        utf8 = False
        if not data:
            reconfigure(errors=errors or "backslashreplace")
    if data and not utf8:
        reconfigure(encoding="utf-8", errors=getattr(out, "errors", None) or "strict")


def _bounded(message: str) -> str:
    message = one_line(message)
    if len(message) <= MAX_ERROR_CHARS:
        return message
    return f"{message[: MAX_ERROR_CHARS - 40]}… ({len(message):,} characters in all)"


def _io_failed(err: TextIO, exc: OSError) -> int:
    """Say that the system could not read the input or write the output; the exit status, 74."""
    err.write(f"refugeelaw: input or output failed: {_bounded(exc.strerror or str(exc))}\n")
    return 74


def _printed_or_74(err: TextIO) -> None:
    """What argparse printed on standard output (``--help``, ``--version``) written now, so that
    a failure says so (74) rather than Python's "Exception ignored" at exit."""
    stdout = sys.stdout
    if stdout is None:
        return
    try:
        stdout.flush()
    except OSError as exc:
        _quiet(stdout)
        raise SystemExit(_io_failed(err, exc)) from None


def _quiet(out: TextIO) -> None:
    """The reader went away (``| head -1``): send what is left to nowhere, so that closing
    standard output at exit does not complain."""
    try:
        fileno = out.fileno()
    except (OSError, ValueError, io.UnsupportedOperation):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fileno)
    os.close(devnull)


def _command(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.command in ("assess", "return", "questions"):
        _consistent(args)
        return _run_claims(args, out, err)
    if args.command == "obligations":
        return _obligations(args, out)
    if args.command == "conflict":
        return _conflict(args, out)
    if args.command == "data":
        return _data(args, out)
    if args.command == "schema":
        return _schema(args.name, out)
    if args.command == "mcp":
        return _mcp(err)
    return _demo(out)


def _mcp(err: TextIO) -> int:
    """Serve the Model Context Protocol over stdio (``refugeelaw.mcp_server``); without the
    optional extra, one line saying how to install it, and status 69 (unavailable)."""
    from . import mcp_server

    try:
        import mcp  # noqa: F401
    except ImportError:
        err.write(f"refugeelaw: {mcp_server.INSTALL_HINT}\n")
        return 69
    if sys.stdin is None:  # started with standard input closed: no client can speak
        err.write("refugeelaw: standard input is closed: the server reads its requests there\n")
        return 74
    try:
        mcp_server.serve()
    except Exception as exc:  # the server's task group wraps what stopped it
        failed = _system_failure(exc)
        if failed is None:
            raise
        raise failed from None  # a closed pipe (141) or a failing stream (74), as for any command
    return 0


def _system_failure(exc: BaseException) -> OSError | None:
    """The system's failure (a stream closed or failing) that stopped the server, where that alone
    did: its task group reports it wrapped in exception groups of one."""
    while (inner := getattr(exc, "exceptions", None)) and len(inner) == 1:
        exc = inner[0]
    return exc if isinstance(exc, OSError) else None


def _data(args: argparse.Namespace, out: TextIO) -> int:
    """The participation table (``refugeelaw.export``) as CSV or JSON, or its JSON Schema."""
    from . import export

    if args.schema:
        if args.format == "csv" or args.instrument is not None:  # given, they would be ignored
            raise InvalidInput(
                "--schema prints the JSON Schema of the JSON form: --format csv and --instrument "
                "do not apply to it"
            )
        _document(out, json.dumps(export.schema(), indent=2) + "\n")
    elif args.format == "json":
        _document(out, export.to_json(args.instrument) + "\n")
    else:
        _document(out, export.to_csv(export.rows(args.instrument)))
    return 0


_DOCUMENT_CHUNK = 1 << 16


def _document(out: TextIO, text: str) -> None:
    """Write one document (the data table, a schema: megabytes), a piece at a time, each flushed:
    a reader that stops early (``| head``) is then seen, as a closed output (exit 141), where one
    write of the whole was cut short without a word (CPython reports no error for the part of a
    large write that a closed pipe did not take)."""
    for start in range(0, len(text), _DOCUMENT_CHUNK):
        out.write(text[start : start + _DOCUMENT_CHUNK])
        out.flush()


# What each command writes with --format json: a line per record (in an envelope giving its
# record number), or one document, each the library's own JSON of a public class.
OUTPUTS = {
    "assess": ("StatusDetermination", True),
    "return": ("ReturnAssessment", True),
    "summary": ("CaseloadSummary", False),  # assess --summary and return --summary
    "obligations": ("StateObligation", True),
    "conflict": ("PrecedenceRuling", False),
    "questions": ("Question", True),
}


def output_schema(command: str) -> dict[str, Any]:
    """The JSON Schema of what ``command`` writes with ``--format json`` (``summary``: ``assess
    --summary`` and ``return --summary``): each line of ``assess``, ``return`` and ``questions``
    is ``{"record": N, "result": ...}`` (``questions`` adds the ``outcome`` and ``provenance`` of
    the result asked about, and its ``missing_facts`` and ``pending_status_facts`` where there
    are any), and each line of ``obligations`` is ``{"result": ..., "provenance": ...}``. The
    result of ``assess`` and ``return`` is a ``ResultOutline`` (``--detail compact``, the
    default) or the full result (``--detail full``)."""
    import refugeelaw

    from .serialize import embed_schema, json_schema, schema_id

    name, envelope = OUTPUTS[command]
    cls = getattr(refugeelaw, name)
    if not envelope:
        return json_schema(cls)
    defs: dict[str, Any] = {}
    embed_schema(cls, defs)
    result: dict[str, Any] = {"$ref": f"#/$defs/{name}"}
    if command in ("assess", "return"):  # --detail compact (the default) or --detail full
        embed_schema(refugeelaw.ResultOutline, defs)
        result = {"anyOf": [{"$ref": "#/$defs/ResultOutline"}, result]}
    provenance: dict[str, Any] = {}
    if command in ("questions", "obligations"):  # what carries no provenance of its own
        embed_schema(refugeelaw.Provenance, defs)
        provenance = {"provenance": {"$ref": "#/$defs/Provenance"}}
    about: dict[str, Any] = {}
    if command == "questions":  # what the questions are about: optional keys, added later
        from .outcomes import ReturnOutcome, Status

        paths = {"type": "array", "items": {"type": "string"}, "default": []}
        outcomes = [*(s.value for s in Status), *(r.value for r in ReturnOutcome)]
        about = {
            "outcome": {
                "enum": list(dict.fromkeys(outcomes)),
                "description": "the outcome of the result the questions are about",
            },
            "missing_facts": {
                **paths,
                "description": "the result's missing facts (left out where there are none)",
            },
            "pending_status_facts": {
                **paths,
                "description": "for a return prohibited by a bar that holds only while the "
                "refugee status is pending (alone, or beside bars that hold whatever it decides: "
                "the result's provisional breaches), the facts that status waits on (left out "
                "where there are none)",
            },
        }
    record = (
        {}
        if command == "obligations"
        else {"record": {"type": "integer", "minimum": 1, "description": "the line it starts on"}}
    )
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": schema_id(f"output:{command}"),
        "title": f"refugeelaw {command} --format json (one line per "
        + ("obligation)" if command == "obligations" else "record)"),
        "type": "object",
        "properties": {
            **record,
            "result": (
                {"type": "array", "items": {"$ref": f"#/$defs/{name}"}}
                if command == "questions"
                else result
            ),
            **about,
            **provenance,
        },
        "required": [*record, "result", *provenance],
        "additionalProperties": False,
        "$defs": defs,
    }


def _schema(name: str, out: TextIO) -> int:
    import attrs

    import refugeelaw

    from .serialize import json_schema, public_enum

    if name in OUTPUTS:
        _document(out, json.dumps(output_schema(name), indent=2) + "\n")
        return 0

    def schemable(candidate: object) -> TypeGuard[type]:
        return isinstance(candidate, type) and (attrs.has(candidate) or public_enum(candidate))

    cls = getattr(refugeelaw, name, None) if name in refugeelaw.__all__ else None
    if not schemable(cls):
        classes = [n for n in refugeelaw.__all__ if schemable(getattr(refugeelaw, n))]
        raise InvalidInput(
            f"no public class or command named {name!r} (commands: {', '.join(OUTPUTS)}; "
            f"classes: {', '.join(classes)})"
        )
    _document(out, json.dumps(json_schema(cls), indent=2) + "\n")
    return 0
