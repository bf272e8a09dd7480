"""Caseloads: assess many claims, streaming, in input order, here or on any executor.

>>> import refugeelaw as rl
>>> from refugeelaw import testing
>>> claims = [testing.north_korean_escapee(), testing.economic_migrant()] * 3
>>> [d.outcome.name for d in rl.assess_many(claims, on="2004-06-30")]
['REFUGEE', 'NOT_REFUGEE', 'REFUGEE', 'NOT_REFUGEE', 'REFUGEE', 'NOT_REFUGEE']
>>> print(rl.summarize(rl.assess_many(claims, on="2004-06-30")).explain())
6 claims
  REFUGEE       3
  NOT_REFUGEE   3
most common deciding element: for reasons of a Convention ground (3)
"""

from __future__ import annotations

import collections
import concurrent.futures
import datetime as dt
import sys
import time
import warnings
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from typing import IO, Any, Literal, TypeVar

import attrs

from . import _speed
from . import _validate as v
from ._arguments import Arguments, a_state, claim_places
from ._frozenmap import FrozenMap
from ._workers import Workers
from .doctrine import Doctrine
from .errors import InvalidInput, Problem
from .facts import Claim
from .law.limits import regime_for
from .law.status import assess_status, outcome
from .logic import _MET, _NOT_MET, Finding
from .outcomes import ReturnOutcome
from .results import ReturnAssessment, Status, StatusDetermination

__all__ = ["CaseloadSummary", "assess_many", "deciding_element", "status_outcomes", "summarize"]

_speed.install()  # caseloads run the rules through the speed layer (never a different result)
# What the workers send back is the rules' own output: rebuilt here without the user's checks.
_DETERMINATION = _speed.trusted(StatusDetermination)


#: A chunk's claim that was refused when it was assessed (``claim_places``: a code naming no
#: State on the date): its place in the chunk and the error, sent back in place of a raise so
#: that the determinations of the claims before it in the chunk are not lost.
Refused = tuple[int, InvalidInput]


def _assess_chunk(
    args: tuple[list[Claim], dt.date, str | None, Doctrine],
) -> tuple[list[StatusDetermination], Refused | None]:
    """The determination of each claim of a chunk, in order, up to the first claim refused (and
    that refusal, or ``None``)."""
    claims, on, state, doctrine = args
    done: list[StatusDetermination] = []
    for i, claim in enumerate(claims):
        try:
            done.append(assess_status(claim, on=on, state=state, doctrine=doctrine))
        except InvalidInput as exc:
            return done, (i, exc)
    return done, None


def _assess_remote(
    args: tuple[list[Claim], dt.date, str | None, Doctrine],
) -> tuple[list[tuple[Status, Finding, str, tuple[str, ...], str | None]], Refused | None]:
    """In a worker process: what the parent cannot rebuild itself (it still has the claims), and
    the refusal of a claim, if one was refused."""
    done, refused = _assess_chunk(args)
    return [(d.outcome, d.finding, d.regime, d.displaced_by, d.definition) for d in done], refused


def _in_claims(exc: InvalidInput, index: int) -> InvalidInput:
    """A claim's refusal as the caseload's: each path that names a field of the claim
    (``claim.person.nationalities``, the assessment's argument) under the claim's place in the
    caseload (``claims[2].person.nationalities``), as an item that is not a claim is named
    (``claims[2]``); a path of anything else (an argument of the call) is kept."""
    where = f"claims[{index}]"
    return type(exc)(
        [
            Problem(p.path.removeprefix("claim").lstrip("."), p.message).under(where)
            if p.path == "claim" or p.path.startswith(("claim.", "claim["))
            else p
            for p in exc.problems
        ]
    )


class _Progress:
    """A progress line on a terminal: count, rate and, when the total is known, ETA."""

    def __init__(self, stream: IO[str], total: int | None) -> None:
        self.stream = stream
        self.total = total
        self.start = time.monotonic()
        self.last = 0.0
        self.done = 0
        self.shown = False  # a progress line is on the terminal, not yet ended

    def update(self, n: int) -> None:
        self.done += n
        now = time.monotonic()
        if now - self.last < 0.2 and (self.total is None or self.done < self.total):
            return
        self.last = now
        rate = self.done / max(now - self.start, 1e-9)
        if self.total:
            width = 30
            filled = min(width, int(width * self.done / self.total))
            eta = (self.total - self.done) / rate if rate else 0
            line = (
                f"[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} "
                f"{rate:,.0f} claims/s, ETA {eta:,.0f}s"
            )
        else:
            line = f"{self.done:,} claims, {rate:,.0f} claims/s"
        self.stream.write("\r" + line)
        self.stream.flush()
        self.shown = True

    def end_line(self) -> None:
        """End the progress line, so that a message written next starts a line of its own (the
        next update starts another)."""
        if self.shown:
            self.stream.write("\n")
            self.shown = False

    def close(self) -> None:
        self.stream.write("\n")
        self.stream.flush()


def assess_many(
    claims: Iterable[Claim],
    *,
    on: dt.date | str | None = None,
    state: str | None = None,
    doctrine: Doctrine | None = None,
    processes: int = 1,
    chunksize: int = 512,
    progress: bool | None = None,
    executor: concurrent.futures.Executor | None = None,
) -> Iterator[StatusDetermination]:
    """Assess every claim, yielding determinations in input order.

    Memory stays constant whatever the caseload's size: claims are read ``chunksize`` at a time,
    with at most two chunks per worker process in flight, never all at once.

    While it runs, the objects made so far are moved out of the cyclic garbage collector's way
    after each chunk (``gc.freeze()``; ``gc.unfreeze()`` when the iterator ends or is closed), so
    that keeping the results does not make the collector walk them again and again. This is
    process-wide: while a partly consumed iterator is paused, cyclic garbage of your own made
    before a chunk is not collected, and a ``gc.freeze()`` of your own made meanwhile is undone
    at the end. Close the iterator (``it.close()``) when you stop early; nothing is done where
    the collector is off.

    Args:
        claims: any iterable, e.g. a generator reading JSON Lines.
        on, state, doctrine: as :func:`refugeelaw.assess_status`.
        processes: deprecated, and ignored: claims already in memory are assessed in this
            process, since sending each claim to a worker and each finding tree back costs more
            than assessing it (``docs/performance.md`` measures it). A value above 1 warns
            (``FutureWarning``); the keyword goes in version 0.3. For a caseload on several
            cores, the command line's ``--processes`` (whose workers read the JSON and send back
            text) gains; for a cluster, pass ``executor=``.
        chunksize: claims per task (for ``executor=``, and for the progress bar's steps).
        progress: a progress line (count, rate and, for a sized input, ETA) on stderr:
            ``True`` always, ``False`` never, ``None`` (the default) only when stderr is a
            terminal; the command line's ``--progress``, ``--no-progress`` and neither mean the
            same.
        executor: any ``concurrent.futures.Executor`` to run the chunks on instead (a
            ``ProcessPoolExecutor``, loky's, or Dask's ``client.get_executor()``); results still
            arrive in input order, with a bounded number of chunks in flight.

    Raises:
        InvalidInput: an argument is invalid (before anything is assessed: ``state`` naming no
            State on ``on`` included), an item is not a ``Claim`` (named ``claims[i]``), or a
            claim is refused when it is assessed, as :func:`refugeelaw.assess_status` refuses it
            (a code that names no State on the date: each path under the claim's place,
            ``claims[i].person.nationalities``). Raised after the determination of every claim
            before it has been yielded, whether it falls inside a chunk or after chunks already
            sent to ``executor``, so that none is lost.
    """
    args = Arguments()
    when = args.date("on", on)
    args.country("state", state, optional=True)
    doctrine = args.doctrine(doctrine)
    args.whole("processes", processes, least=1, most=1024)
    args.whole("chunksize", chunksize, least=1)
    if progress is not None and not isinstance(progress, bool):
        args.instance("progress", progress, bool)
    _claims_argument(args, claims)
    if executor is not None:
        args.instance("executor", executor, concurrent.futures.Executor)
    args.done()
    if state is not None:  # a code that names no State on the date, once for every claim
        a_state("state", state, when, doctrine=doctrine)
    if processes > 1:
        warnings.warn(
            "assess_many(processes=...) is ignored and will be removed in refugeelaw 0.3: "
            "worker processes cannot beat one process on claims already in memory (each claim "
            "and finding tree must be pickled there and back); the claims are assessed here. "
            "Use the command line's --processes for JSON Lines, or executor= for a cluster.",
            FutureWarning,
            stacklevel=2,
        )
    show = sys.stderr.isatty() if progress is None else progress
    total = len(claims) if hasattr(claims, "__len__") else None  # type: ignore[arg-type]
    bar = _Progress(sys.stderr, total) if show else None
    chunks = _claim_chunks(claims, chunksize)
    # Kept results are trees without cycles: each chunk's are moved out of the collector's way.
    with _speed.collector_aside() as settle:
        try:
            start = 0  # the place in the caseload of the chunk's first claim
            if executor is None:
                for chunk in chunks:
                    done, refused = _assess_chunk((chunk, when, state, doctrine))
                    yield from done
                    if refused is not None:  # after the determinations before it
                        raise _in_claims(refused[1], start + refused[0]) from None
                    start += len(chunk)
                    settle()
                    if bar:
                        bar.update(len(chunk))
                return
            # Claims go out, and only the findings come back: the parent re-attaches its own claims
            # (a chunk stays in `sent` until its results arrive, in order).
            sent: collections.deque[list[Claim]] = collections.deque()

            def tasks() -> Iterator[tuple[list[Claim], dt.date, str | None, Doctrine]]:
                for chunk in chunks:
                    sent.append(chunk)
                    yield chunk, when, state, doctrine

            for result, refused in ordered_map(_assess_remote, tasks(), executor=executor):
                chunk = sent.popleft()
                for claim, (outcome, finding, regime, displaced_by, definition) in zip(
                    chunk if refused is None else chunk[: refused[0]], result, strict=True
                ):
                    yield _DETERMINATION(
                        outcome,
                        claim,
                        when,
                        finding,
                        doctrine,
                        state,
                        regime,
                        displaced_by,
                        definition,
                    )
                if refused is not None:  # after the determinations before it
                    raise _in_claims(refused[1], start + refused[0]) from None
                start += len(chunk)
                settle()
                if bar:
                    bar.update(len(chunk))
        finally:
            if bar:
                bar.close()


def status_outcomes(
    claims: Iterable[Claim],
    *,
    on: dt.date | str | None = None,
    state: str | None = None,
    doctrine: Doctrine | None = None,
) -> list[Status]:
    """The outcome of every claim under Art 1, in input order, without the explanations.

    The same rules decide as in :func:`refugeelaw.assess_status` (the same element rules, put
    together in the same way: ``refugeelaw.law.status.outcome``), and each outcome is the one
    ``assess_status(claim, on=on, state=state, doctrine=doctrine).outcome`` gives; only the
    findings that explain it are not built, so it costs a fraction of an explained determination.
    For a caseload's figures; to know why, or what is still needed, assess the claims that matter.

    >>> import refugeelaw as rl
    >>> from refugeelaw import testing
    >>> claims = [testing.north_korean_escapee(), testing.economic_migrant()]
    >>> [s.name for s in rl.status_outcomes(claims, on="2004-06-30")]
    ['REFUGEE', 'NOT_REFUGEE']

    Args:
        claims: any iterable of :class:`~refugeelaw.Claim`.
        on, state, doctrine: as :func:`refugeelaw.assess_status`, checked once for all claims.

    Raises:
        InvalidInput: an argument is invalid (``state`` naming no State on ``on`` included), an
            item is not a ``Claim`` (named ``claims[i]``), or a claim is one
            :func:`refugeelaw.assess_status` refuses (a code that names no State on the date:
            each path under the claim's place, ``claims[i].person.nationalities``), rather than
            an outcome given for it.
    """
    args = Arguments()
    when = args.date("on", on)
    args.country("state", state, optional=True)
    doctrine = args.doctrine(doctrine)
    _claims_argument(args, claims)
    args.done()
    if state is not None:  # a code that names no State on the date, as assess_status refuses it
        a_state("state", state, when, doctrine=doctrine)
    regime = regime_for(state, when)
    found: list[Status] = []
    for i, claim in enumerate(_only_claims(claims)):
        try:  # the claim's places on the date, as assess_status checks them
            claim_places(claim, when, doctrine=doctrine)
        except InvalidInput as exc:
            raise _in_claims(exc, i) from None
        found.append(outcome(claim, when, regime, doctrine))
    return found


T = TypeVar("T")
R = TypeVar("R")


def ordered_map(
    fn: Callable[[T], R],
    tasks: Iterable[T],
    processes: int = 1,
    *,
    executor: concurrent.futures.Executor | None = None,
    window: int = 8,
    waits: Callable[[], bool] | None = None,
) -> Generator[R, None, None]:
    """``fn`` over ``tasks``, results in input order: here, in ``processes`` worker processes
    (see :func:`refugeelaw._workers.start_context`: forked where that is safe and the platform's way, spawned
    elsewhere; the results are the same) with at most two tasks per worker in flight, or on
    ``executor`` with at most ``window`` tasks in flight, so memory stays bounded however many
    tasks there are. Stopped early (the caller closes it, or an error or an interrupt ends its
    loop), it stops its worker processes at once, abandoning the tasks in flight. A worker
    process that dies (killed by the system: out of memory, a signal) stops the others:
    ``concurrent.futures.process.BrokenProcessPool`` is raised in place of the first result that
    had not come back by then, after every result before it, rather than that result being waited
    for for ever (:mod:`refugeelaw._workers` says how); an exception ``fn`` raises there is raised as
    :class:`refugeelaw._workers.WorkerFailed`. ``fn`` must be a module-level function
    and the tasks and results picklable. ``waits``, if given, says whether reading the next task
    would wait (a slow input: ``tail -f``, a pipe); the results in flight are then yielded first,
    so that none waits on input that has not come yet."""
    if executor is None and processes <= 1:
        yield from map(fn, tasks)
        return
    if executor is None:
        workers: Workers[T, R] = Workers(fn, processes)
        finished = False
        try:
            yield from _in_order(
                tasks,
                workers.submit,
                lambda _: workers.result(),
                2 * processes,
                collections.deque(),
                waits,
            )
            finished = True
        finally:
            workers.close(finished=finished)
        return
    futures: collections.deque[concurrent.futures.Future[R]] = collections.deque()
    try:
        yield from _in_order(
            tasks, lambda task: executor.submit(fn, task), _future_result, window, futures, waits
        )
    finally:
        for f in futures:  # stopped early: those not yet started never start
            f.cancel()


def _in_order(
    tasks: Iterable[T],
    submit: Callable[[T], Any],
    collect: Callable[[Any], R],
    depth: int,
    pending: collections.deque[Any],
    waits: Callable[[], bool] | None = None,
) -> Generator[R, None, None]:
    """Each task ``submit``-ted, at most ``depth`` in flight (in ``pending``), each result
    ``collect``-ed in order. Where reading the next task would wait (``waits``) the tasks in flight
    are collected first, and where it fails (a caseload's bad item) too, so that their results are
    not lost, and then the error is raised."""
    iterator = iter(tasks)
    while True:
        if pending and waits is not None and waits():
            while pending:
                yield collect(pending.popleft())
        try:
            task = next(iterator)
        except StopIteration:
            break
        except Exception:
            while pending:
                yield collect(pending.popleft())
            raise
        pending.append(submit(task))
        if len(pending) >= depth:
            yield collect(pending.popleft())
    while pending:
        yield collect(pending.popleft())


def _future_result(future: concurrent.futures.Future[R]) -> R:
    return future.result()


def _claims_argument(args: Arguments, claims: Any) -> None:
    """``claims`` must be an iterable of claims (a string or a mapping is one claim's text, not a
    caseload)."""
    if isinstance(claims, (str, bytes, Mapping)) or not isinstance(claims, Iterable):
        args.problems.append(
            Problem("claims", f"expected an iterable of Claims, got {v._describe(claims)}")
        )


def _claim_chunks(claims: Iterable[Any], size: int) -> Iterator[list[Claim]]:
    """The claims in lists of ``size``, each checked as it is read (a caseload is streamed,
    never held). An item that is not a claim, or an error the caller's iterable raises (a line
    ``json.loads`` cannot read, a file that cannot be read), ends them: the claims before it are
    given first, so that their results are not lost, and then the error is raised."""
    chunk: list[Claim] = []
    try:
        for claim in _only_claims(claims):
            chunk.append(claim)
            if len(chunk) == size:
                yield chunk
                chunk = []
    except Exception:
        if chunk:
            yield chunk
        raise
    if chunk:
        yield chunk


def _only_claims(claims: Iterable[Any]) -> Iterator[Claim]:
    """The claims, each checked as it is read (a caseload is streamed, never held)."""
    for i, claim in enumerate(claims):
        if not isinstance(claim, Claim):
            raise InvalidInput(
                [Problem(f"claims[{i}]", f"expected a Claim, got {v._describe(claim)}")]
            )
        yield claim


# The members a summary asks about for every record, named once: in Python 3.11 each
# ``Status.REFUGEE`` goes through the enumeration class's ``__getattr__`` hook, a slow look-up (the
# verdicts' are logic.py's own names, which the walk below compares at every finding).
_REFUGEE, _UNDETERMINED = Status.REFUGEE, Status.UNDETERMINED
_DISPLACED = (Status.EXCLUDED, Status.CEASED)
_PERMITTED, _PROHIBITED, _RETURN_OPEN = (
    ReturnOutcome.PERMITTED,
    ReturnOutcome.PROHIBITED,
    ReturnOutcome.UNDETERMINED,
)


def deciding_element(determination: StatusDetermination | ReturnAssessment) -> str:
    """The element that decided the outcome: the first unmet element of a refusal, the first
    unknown fact of an open case, the exception that displaced inclusion. For a return: the first
    provision it would breach (``PROHIBITED``; "..., while what it rests on is undecided" where the
    prohibition lasts only until the status, or an exclusion, cessation or Art 33(2) ground
    raised, is decided, as :attr:`~refugeelaw.ReturnAssessment.prohibited_only_provisionally`
    says, and where other bars hold whatever is decided, the first of them), the first unknown
    fact (``UNDETERMINED``), or, where nothing bars it (``PERMITTED``), that no obligation does.

    >>> import refugeelaw as rl
    >>> from refugeelaw import testing
    >>> deciding_element(rl.assess_return(testing.north_korean_escapee(), by="CHN", to="PRK", on="2004-06-30"))
    'Refugee Convention art. 33(1)'
    """
    if isinstance(determination, ReturnAssessment):
        return _return_deciding(determination)
    root = determination.finding
    outcome = determination.outcome
    if outcome in _DISPLACED:
        hit = next((f for f in root.children if f.role == "exception" and f.verdict is _MET), None)
        return hit.element if hit else outcome.label
    if outcome is _UNDETERMINED:
        missing = determination.missing_facts()
        return missing[0] if missing else "undetermined"
    if outcome is _REFUGEE:
        return "every element met"
    return _first_unmet_leaf(root) or "not met"


def _return_deciding(assessment: ReturnAssessment) -> str:
    if assessment.outcome is _PROHIBITED:
        return _prohibiting(assessment, _provisional(assessment))
    if assessment.outcome is _RETURN_OPEN:
        missing = assessment.missing_facts()
        if missing:
            return missing[0]
        undecided = assessment.undecided_provisions
        return undecided[0] if undecided else "undetermined"
    from .law.refoulement import PERMITTED_WORDS  # loaded already: a return was assessed

    return PERMITTED_WORDS.format(of="")


def _provisional(assessment: ReturnAssessment) -> bool:
    """Whether a return is ``PROHIBITED`` only while the refugee status, or an exclusion,
    cessation or Art 33(2) ground raised, is undecided (every bar that holds holds only until then:
    :attr:`~refugeelaw.ReturnAssessment.prohibited_only_provisionally`): an answer may end the
    prohibition (UNHCR Handbook para. 28; ExCom Conclusion No. 6)."""
    return assessment.outcome is _PROHIBITED and assessment.prohibited_only_provisionally


def _prohibiting(assessment: ReturnAssessment, provisional: bool) -> str:
    """The deciding element of a prohibited return: the first provision it would breach, and,
    where the prohibition is provisional, that what it rests on is undecided; where another bar
    holds whatever is decided, the first of those (a provision breached only provisionally,
    :attr:`~refugeelaw.ReturnAssessment.provisional`, does not decide it)."""
    if provisional:
        return f"{assessment.breached_provisions[0]}, while what it rests on is undecided"
    pending = assessment.provisional
    return next(str(o.citation) for o in assessment.breaches if o not in pending)


def _first_unmet_leaf(node: Finding) -> str | None:
    unmet = False  # whether any child (not an exception) is unmet: walked without a list
    for child in node.children:
        if child.verdict is _NOT_MET and child.role != "exception":
            unmet = True
            deeper = _first_unmet_leaf(child)
            if deeper:
                return deeper
    if node.verdict is _NOT_MET and not unmet:
        return node.element.split(": ")[0] if node.element.startswith("fears[") else node.element
    return None


# The outcomes a summary counts, by the question it answers.
_OUTCOMES: dict[str, type[Status] | type[ReturnOutcome]] = {
    "status": Status,
    "return": ReturnOutcome,
}


def _outcome_counts(value: Any) -> Iterable[Problem] | str | None:
    if not isinstance(value, Mapping):
        return f"expected a mapping of outcome to count, got {type(value).__name__}"
    known = {**Status.__members__, **ReturnOutcome.__members__}
    names = ", ".join(known)
    return [
        Problem(f"[{k!r}]", msg)
        for k, n in value.items()
        if (msg := (None if k in known else f"expected one of {names}") or v.non_negative_int(n))
    ]


def _question(value: Any) -> str | None:
    if isinstance(value, str) and value in _OUTCOMES:
        return None
    return f"expected 'status' or 'return', got {v._describe(value)}"


def _deciding(value: Any) -> Iterable[Problem] | str | None:
    if not isinstance(value, tuple):
        return f"expected a sequence of [element, count] pairs, got {type(value).__name__}"
    problems = []
    for i, pair in enumerate(value):
        if not (isinstance(pair, tuple) and len(pair) == 2):
            kind = type(pair).__name__
            problems.append(Problem(f"[{i}]", f"expected an [element, count] pair, got {kind}"))
            continue
        for j, msg in enumerate((v.non_empty_str(pair[0]), v.non_negative_int(pair[1]))):
            if msg:  # at the element ([i][0]) or at the count ([i][1])
                problems.append(Problem(f"[{i}][{j}]", msg))
    return problems


def _to_pairs(value: Any) -> Any:
    items = v.to_tuple(value)
    if not isinstance(items, tuple):
        return items
    return tuple(v.to_tuple(x) if isinstance(x, list) else x for x in items)


def _to_counts(value: Any) -> Any:
    return FrozenMap(value) if isinstance(value, Mapping) else value  # immutable, as results are


@attrs.frozen
class CaseloadSummary(v.Checked):
    """Counts by outcome, and the most common deciding elements, of refugee status
    determinations or of return assessments.

    Args:
        total: how many determinations (or assessments) were counted.
        outcomes: the count of each outcome (a :class:`~refugeelaw.Status` name, or for
            ``question="return"`` a :class:`~refugeelaw.ReturnOutcome` name); they add up to
            ``total``.
        deciding: the most common deciding elements (see ``refugeelaw.batch.deciding_element``), each with
            its count, most common first: for status, of every outcome but ``REFUGEE``; for
            return, of every outcome but ``PERMITTED`` (the provision that bars a return, the
            fact that would decide an open one).
        question: ``"status"`` (the default, as before this field) or ``"return"``.
        refused: records of the caseload that could not be read or checked, and so are not
            counted in ``total`` (the command line reports each by its number; 0 where every
            record was counted, as :func:`summarize` counts).
        provisional: of the returns counted ``PROHIBITED``, how many are prohibited only while
            the refugee status, or an exclusion, cessation or Art 33(2) ground raised, is
            undecided (:attr:`~refugeelaw.ReturnAssessment.prohibited_only_provisionally`: UNHCR
            Handbook para. 28, ExCom Conclusion No. 6); an answer may end each prohibition. Always
            counted, whatever ``top`` keeps of ``deciding``; 0 for status (a determination is
            never provisional), and where a summary written before this field is read.
    """

    total: int = attrs.field(metadata={"check": v.non_negative_int})
    outcomes: Mapping[str, int] = attrs.field(
        converter=_to_counts, metadata={"check": _outcome_counts}
    )
    deciding: tuple[tuple[str, int], ...] = attrs.field(
        converter=_to_pairs, metadata={"check": _deciding}
    )
    question: Literal["status", "return"] = attrs.field(
        default="status", metadata={"check": _question}
    )
    refused: int = attrs.field(default=0, metadata={"check": v.non_negative_int})
    provisional: int = attrs.field(default=0, metadata={"check": v.non_negative_int})

    def _cross_check(self) -> Iterable[Problem]:
        outcomes = _OUTCOMES[self.question]
        for k in self.outcomes:
            if k not in outcomes.__members__:
                yield Problem(
                    f"outcomes[{k!r}]",
                    f"expected one of {', '.join(outcomes.__members__)} (question={self.question!r})",
                )
        if sum(self.outcomes.values()) != self.total:
            yield Problem(
                "outcomes", f"the counts add up to {sum(self.outcomes.values())}, not {self.total}"
            )
        yield from self._deciding_problems()
        yield from self._provisional_problems()

    def _provisional_problems(self) -> Iterator[Problem]:
        """Only a prohibited return is provisional (``Tally.key``): the count is at most the
        returns counted ``PROHIBITED``, and 0 for status."""
        if not self.provisional:
            return
        if self.question == "status":
            yield Problem(
                "provisional",
                f"expected 0 for question='status', got {self.provisional:,}: only a return's "
                "prohibition is provisional",
            )
            return
        prohibited = self.outcomes.get("PROHIBITED", 0)
        if self.provisional > prohibited:
            yield Problem(
                "provisional",
                f"{self.provisional:,} is more than the {prohibited:,} "
                f"return{'' if prohibited == 1 else 's'} PROHIBITED: only a prohibited return is "
                "provisional",
            )

    def _deciding_problems(self) -> Iterator[Problem]:
        """A deciding element is counted once for each claim decided against the person (not a
        refugee; a return not permitted: ``Tally.key``), so each is listed once, and its count,
        like all the counts together, is at most the number of those claims."""
        if not self.deciding:
            return
        favourable = "REFUGEE" if self.question == "status" else "PERMITTED"
        against = sum(n for k, n in self.outcomes.items() if k != favourable)
        which = "claim" if self.question == "status" else "return"
        those = f"{against:,} {which}{'' if against == 1 else 's'} not {favourable}"
        first: dict[str, int] = {}
        fine = True
        for i, (element, count) in enumerate(self.deciding):
            if element in first:
                fine = False
                yield Problem(
                    f"deciding[{i}]",
                    f"{element!r} is listed twice (first at deciding[{first[element]}]): each "
                    "element is listed once, with its count",
                )
            else:
                first[element] = i
            if count > against:
                fine = False
                yield Problem(
                    f"deciding[{i}][1]",
                    f"{count:,} is more than the {those}: an element is counted only for a "
                    f"{which} decided against the person",
                )
        counted = sum(count for _, count in self.deciding)
        if fine and counted > against:
            yield Problem(
                "deciding",
                f"the counts add up to {counted:,}, more than the {those}: each of them has one "
                "deciding element",
            )

    def explain(self) -> str:
        """The counts, one outcome a line (beside ``PROHIBITED``, how many of those returns are
        prohibited only while the status, or an exclusion, cessation or Art 33(2) ground raised,
        is undecided), and the most common deciding element.

        >>> import refugeelaw as rl
        >>> from refugeelaw import testing
        >>> claims = [testing.north_korean_escapee(), testing.economic_migrant()]
        >>> print(rl.summarize(rl.assess_return(c, by="CHN", to="PRK", on="2004-06-30") for c in claims).explain())
        2 returns
          PROHIBITED   1
          PERMITTED    1
        most common deciding element: Refugee Convention art. 33(1) (1)
        """
        width = max([len(k) for k in self.outcomes] or [0])
        noun = "claim" if self.question == "status" else "return"
        lines = [f"{self.total} {noun}{'' if self.total == 1 else 's'}"]
        lines += [
            f"  {k:<{width}}   {n}{self._provisional_note(k)}" for k, n in self.outcomes.items()
        ]
        if self.deciding:
            element, count = self.deciding[0]
            lines.append(f"most common deciding element: {element} ({count})")
        if self.refused:
            records = "record" if self.refused == 1 else "records"
            lines.append(f"refused: {self.refused} {records}, not counted above (each reported)")
        return "\n".join(lines)

    def _provisional_note(self, outcome: str) -> str:
        if outcome != "PROHIBITED" or not self.provisional:
            return ""
        return (
            f" ({self.provisional} only while the refugee status, or an exclusion, cessation or "
            "Art 33(2) ground raised, is undecided)"
        )

    def __add__(self, other: object) -> CaseloadSummary:
        """Two summaries of disjoint caseloads (e.g. the partitions of a Dask bag) as one: totals
        and outcome counts add exactly, as do the provisional prohibitions (``provisional``); so do
        the deciding elements' counts, for the elements
        each summary lists. Summarise each part with ``top=None`` to keep every element, and the
        merged counts are exact; with a ``top`` cut-off, an element missing from one part's list
        is counted only where it was listed.

        >>> import refugeelaw as rl
        >>> from refugeelaw import testing
        >>> one = rl.summarize([rl.assess_status(testing.north_korean_escapee(), on="2004-06-30")])
        >>> two = rl.summarize([rl.assess_status(testing.economic_migrant(), on="2004-06-30")])
        >>> merged = one + two
        >>> merged.total, dict(merged.outcomes)
        (2, {'REFUGEE': 1, 'NOT_REFUGEE': 1})
        >>> sum([one, two]) == merged
        True
        """
        if not isinstance(other, CaseloadSummary):
            return NotImplemented
        # An empty summary (nothing counted, nothing refused: ``summarize([])``, an empty part of
        # a caseload) is of no question in particular: it adds to a summary of either.
        question = other.question if self._empty() else self.question
        if other.question != question and not other._empty():
            raise InvalidInput(
                [
                    Problem(
                        "question",
                        f"cannot add a summary of {other.question!r} to one of {self.question!r}",
                    )
                ]
            )
        outcomes: collections.Counter[str] = collections.Counter(self.outcomes)
        outcomes.update(other.outcomes)
        deciding: collections.Counter[str] = collections.Counter(dict(self.deciding))
        deciding.update(dict(other.deciding))
        return CaseloadSummary(
            self.total + other.total,
            {o.name: outcomes[o.name] for o in _OUTCOMES[question] if outcomes[o.name]},
            tuple(deciding.most_common()),  # ties in the order first listed, as in one summary
            question,
            refused=self.refused + other.refused,
            provisional=self.provisional + other.provisional,
        )

    def _empty(self) -> bool:
        """Nothing counted and nothing refused: the summary of no records, whatever its
        question."""
        return self.total == 0 and self.refused == 0

    def __radd__(self, other: object) -> CaseloadSummary:
        """``sum(summaries)`` starts from 0."""
        if other == 0:
            return self
        return NotImplemented

    def to_dict(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "outcomes": dict(self.outcomes),
            "deciding": [list(x) for x in self.deciding],
            "question": self.question,
            "refused": self.refused,
            "provisional": self.provisional,
        }


#: What a summary keeps of one determination (``Tally.key``): its outcome's name, its deciding
#: element (``None`` where the outcome is in the person's favour), and whether a prohibited
#: return is provisional.
Key = tuple[str, str | None, bool]


class Tally:
    """Counts of outcomes and deciding elements, added one determination (or its key) at a time,
    for one question (``"status"`` or ``"return"``)."""

    def __init__(self, question: Literal["status", "return"] = "status") -> None:
        self.question: Literal["status", "return"] = question
        self.total = 0
        self.outcomes: collections.Counter[str] = collections.Counter()
        self.deciding: collections.Counter[str] = collections.Counter()
        self.provisional = 0

    @staticmethod
    def key(determination: StatusDetermination | ReturnAssessment) -> Key:
        """What a summary keeps of a determination: its outcome; unless the person is a refugee
        (or the return permitted), the deciding element; and whether a prohibited return is
        provisional (small and picklable, for worker processes to send back)."""
        outcome = determination.outcome
        name = outcome._name_  # the member's name (``name`` is a property, read in Python)
        if outcome is _REFUGEE or outcome is _PERMITTED:
            return name, None, False
        if outcome is _PROHIBITED and isinstance(determination, ReturnAssessment):
            provisional = _provisional(determination)
            return name, _prohibiting(determination, provisional), provisional
        return name, deciding_element(determination), False

    def add(self, key: Key) -> None:
        outcome, deciding, provisional = key
        self.total += 1
        self.outcomes[outcome] += 1
        if deciding is not None:
            self.deciding[deciding] += 1
        self.provisional += provisional

    def merge(self, other: Tally) -> None:
        """Add the counts of ``other``, a tally of the records after this one's (a worker's
        chunk): the totals are the same as adding its keys here one by one, and so is the order
        in which elements were first counted (which breaks ties in the summary)."""
        self.total += other.total
        self.outcomes.update(other.outcomes)
        self.deciding.update(other.deciding)
        self.provisional += other.provisional

    def summary(self, top: int | None = 5) -> CaseloadSummary:
        ordered = {
            o.name: self.outcomes[o.name] for o in _OUTCOMES[self.question] if self.outcomes[o.name]
        }
        return CaseloadSummary(
            self.total,
            ordered,
            tuple(self.deciding.most_common(top)),
            self.question,
            provisional=self.provisional,
        )


def summarize(
    determinations: Iterable[StatusDetermination] | Iterable[ReturnAssessment],
    *,
    top: int | None = 5,
    question: Literal["status", "return"] | None = None,
) -> CaseloadSummary:
    """Count outcomes and deciding elements over a stream of status determinations, or of return
    assessments (``question="return"``; not the two mixed), in constant memory. ``top``: how many
    deciding elements to keep, most common first (``None``: all, so that summaries of a
    caseload's parts add up exactly with ``+``). ``question``: ``"status"`` or ``"return"``, the
    question every item must answer (an empty stream's summary is then of that question);
    ``None`` (the default): the first item's question (an empty stream's summary is
    ``"status"``, and adds to a summary of either question all the same).

    >>> import refugeelaw as rl
    >>> summarize([], question="return").question
    'return'
    """
    args = Arguments()
    if top is not None:
        args.whole("top", top)
    if isinstance(determinations, (str, bytes, Mapping)) or not isinstance(
        determinations, Iterable
    ):
        args.instance("determinations", determinations, Iterable)
    if question is not None and (wrong := _question(question)):
        args.problems.append(Problem("question", wrong))
    args.done()
    tally = Tally(question or "status")
    kind: type[StatusDetermination] | type[ReturnAssessment] = (
        ReturnAssessment if question == "return" else StatusDetermination
    )
    for i, d in enumerate(determinations):
        if i == 0 and question is None and isinstance(d, ReturnAssessment):
            kind, tally.question = ReturnAssessment, "return"
        if not isinstance(d, kind):
            expected = (
                "a StatusDetermination or a ReturnAssessment"
                if i == 0 and question is None
                else f"a {kind.__name__}, as the first"
                if question is None
                else f"a {kind.__name__} (question={question!r})"
            )
            raise InvalidInput(
                [Problem(f"determinations[{i}]", f"expected {expected}, got {v._describe(d)}")]
            )
        tally.add(Tally.key(d))
    return tally.summary(top)
