"""Everything public is picklable and pure, so caseloads run under multiprocessing and Dask.

The Dask recipe here is the one documented in docs/performance.md; Dask is a test-only dependency
and runs on its local scheduler (no cluster, no network).
"""

from __future__ import annotations

import contextlib
import io
import pickle
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import refugeelaw as rl
from refugeelaw import testing

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import caseload

ON = "2004-06-30"


@pytest.mark.parametrize(
    "obj",
    [
        testing.north_korean_escapee(),
        rl.assess_status(testing.north_korean_escapee(), on=ON),
        rl.assess_return(testing.north_korean_escapee(), by="CHN", to="PRK", on=ON),
        rl.obligations_of("CHN", on=ON)[0],
        rl.states.get("CHN"),
        rl.instruments.REFUGEE_CONVENTION,
        rl.Doctrine(nexus="one_central_reason"),
        rl.InvalidInput([rl.Problem("fears[0].likelihood", "expected a number from 0 to 1")]),
    ],
    ids=lambda o: type(o).__name__,
)
def test_public_objects_survive_pickling(obj: object) -> None:
    copy = pickle.loads(pickle.dumps(obj))
    if isinstance(obj, Exception):
        assert str(copy) == str(obj)
    else:
        assert copy == obj


def test_precedence_rulings_pickle() -> None:
    obs = {(o.instrument, o.provision): o for o in rl.obligations_of("CHN", on=ON)}
    ruling = rl.resolve_conflict(
        obs[("refugee-convention-1951", "33(1)")],
        obs[("china-dprk-border-protocol-1986", "return")],
        on=ON,
    )
    assert pickle.loads(pickle.dumps(ruling)) == ruling


def test_assess_many_processes_is_deprecated_and_runs_here_with_the_same_results() -> None:
    # Claims in memory cost more to pickle out and back than to assess: processes= is not
    # offered any more (it warns, and the claims are assessed in this process).
    lines = list(caseload.generate(300))
    claims = [rl.from_json(rl.Claim, line) for line in lines]
    one = [d.outcome for d in rl.assess_many(claims, on=ON)]
    with pytest.warns(FutureWarning, match=r"processes=\.\.\.\) is ignored"):
        two = [d.outcome for d in rl.assess_many(claims, on=ON, processes=2, chunksize=16)]
    assert one == two
    assert len(set(one)) >= 3  # the synthetic mix exercises several outcomes


def test_assess_many_on_one_process_warns_nothing() -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        outcomes = [d.outcome for d in rl.assess_many([testing.north_korean_escapee()], on=ON)]
    assert outcomes == [rl.Status.REFUGEE]


def _outcome(line: str) -> str:
    return rl.assess_status(rl.from_json(rl.Claim, line), on=ON).outcome.value


def test_dask_recipe_counts_a_caseload_like_assess_many() -> None:
    """The documented recipe: a Dask bag of JSON lines, mapped through assess_status."""
    bag = pytest.importorskip("dask.bag")
    lines = list(caseload.generate(400))
    counts = dict(
        bag.from_sequence(lines, npartitions=4)
        .map(_outcome)
        .frequencies()
        .compute(scheduler="processes", num_workers=2)
    )
    expected = Counter(d.outcome.value for d in rl.assess_many(
        (rl.from_json(rl.Claim, line) for line in lines), on=ON
    ))  # fmt: skip
    assert counts == dict(expected)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("progress", "terminal", "shown"),
    [
        (None, True, True),  # the default: only when stderr is a terminal
        (None, False, False),
        (True, False, True),  # forced on, even into a file
        (True, True, True),
        (False, True, False),  # forced off, even on a terminal
    ],
)
def test_assess_many_progress_is_forced_on_or_off_or_follows_the_terminal(
    monkeypatch: pytest.MonkeyPatch, progress: bool | None, terminal: bool, shown: bool
) -> None:
    """progress=True/False/None means what --progress/--no-progress/neither mean on the CLI."""
    err = _Terminal() if terminal else io.StringIO()
    monkeypatch.setattr(sys, "stderr", err)
    claims = [testing.north_korean_escapee(), testing.economic_migrant()] * 50
    results = list(rl.assess_many(claims, on=ON, progress=progress, chunksize=10))
    assert [d.outcome.name for d in results[:2]] == ["REFUGEE", "NOT_REFUGEE"]
    assert len(results) == 100
    bar = err.getvalue()
    assert ("100/100" in bar and "claims/s, ETA" in bar) is shown
    assert (bar == "") is not shown


def test_any_executor_runs_a_caseload_in_input_order_with_the_same_results() -> None:
    """assess_many(executor=...) takes any concurrent.futures.Executor (a process pool here; Dask's
    client.get_executor() the same way): the same determinations, in input order."""
    import concurrent.futures

    from refugeelaw import testing

    claims = [
        testing.north_korean_escapee(),
        testing.economic_migrant(),
        testing.unscreened_border_crosser(),
        testing.family_of_a_defector(),
    ] * 5
    here = [d.outcome for d in rl.assess_many(claims, on="2004-06-30")]
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        threads = [
            d.outcome for d in rl.assess_many(claims, on="2004-06-30", executor=pool, chunksize=3)
        ]
    assert threads == here
    with pytest.raises(rl.InvalidInput, match="executor"):
        list(rl.assess_many(claims, executor="dask"))  # type: ignore[arg-type]


@pytest.mark.parametrize("threads", [False, True])
def test_an_item_that_is_not_a_claim_comes_after_every_result_before_it(threads: bool) -> None:
    """Nothing lost: a caseload's bad item is refused (InvalidInput naming ``claims[i]``) only
    after the determinations of every claim before it, whether it falls inside a chunk or after
    chunks already sent to an executor."""
    import concurrent.futures

    good = testing.north_korean_escapee()
    claims: list[object] = [*([good] * 600), None, *([good] * 10)]
    got: list[rl.StatusDetermination] = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        many = rl.assess_many(
            claims,  # type: ignore[arg-type]  # not all claims: the point
            on="2004-06-30",
            chunksize=64,
            executor=pool if threads else None,
        )
        with pytest.raises(rl.InvalidInput, match=r"claims\[600\]: expected a Claim"):
            got.extend(many)  # each yielded result is kept before the error ends the loop
    assert len(got) == 600
    assert {d.outcome for d in got} == {rl.Status.REFUGEE}


@pytest.mark.parametrize("threads", [False, True])
def test_an_error_of_the_callers_own_iterable_comes_after_every_result_before_it(
    threads: bool,
) -> None:
    """Nothing lost: where the caller's iterable itself fails (a line json.loads cannot read),
    the determinations of every claim read before it are given, then its own error is raised."""
    import concurrent.futures
    import json

    lines = [rl.to_json(testing.north_korean_escapee())] * 700 + ['{"person": {"name": "cut']
    got: list[rl.StatusDetermination] = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        many = rl.assess_many(
            (rl.from_dict(rl.Claim, json.loads(line)) for line in lines),
            on="2004-06-30",
            executor=pool if threads else None,
        )
        with pytest.raises(json.JSONDecodeError):
            got.extend(many)
    assert len(got) == 700


def _soviet_national() -> rl.Claim:
    """A claim the statehood rule refuses when it is assessed (``claim_places``), though it is
    built: the USSR names no State in 2004 (the data's statehood record: it ceased to exist on 24
    December 1991, the Russian Federation continuing it), neither as a nationality nor as the
    country where the harm is feared."""
    return rl.Claim(
        rl.Person("B", nationalities={"SUN"}, location="DEU"),
        fears=[rl.Harm("detention", "SUN", likelihood=0.5)],
    )


@pytest.mark.parametrize("speed", [True, False], ids=["speed", "plain"])
@pytest.mark.parametrize("run", ["here", "threads", "processes"])
@pytest.mark.parametrize("where", [0, 63, 64, 600])
def test_a_claim_refused_when_assessed_comes_after_every_result_before_it_named_by_its_index(
    where: int, run: str, speed: bool
) -> None:
    """Nothing lost, and the record found (interface review s36 F3): a built claim that
    ``assess_status`` refuses (the USSR as a nationality in 2004) is refused by ``assess_many``
    only after the determination of every claim before it, whether it is first, last or inside a
    chunk, here, on threads or in worker processes, with the speed layer on and off; and every
    path is under the claim's place in the caseload (``claims[i].person.nationalities``, as an
    item that is not a claim is named ``claims[i]``), not the assessment's ``claim.``. Before,
    the whole chunk's determinations (up to 511) were lost, and the error named ``claim.…``."""
    import concurrent.futures

    from refugeelaw import _speed
    from refugeelaw._workers import start_context

    good = testing.north_korean_escapee()
    claims = [*([good] * where), _soviet_national(), *([good] * 10)]
    got: list[rl.StatusDetermination] = []
    pool: concurrent.futures.Executor | None = None
    if run == "threads":
        pool = concurrent.futures.ThreadPoolExecutor(max_workers=2)
    elif run == "processes":
        pool = concurrent.futures.ProcessPoolExecutor(2, mp_context=start_context())
    try:
        with _speed.off() if not speed else contextlib.nullcontext():
            many = rl.assess_many(claims, on=ON, chunksize=64, executor=pool)
            with pytest.raises(rl.InvalidInput) as raised:
                got.extend(many)  # each yielded result is kept before the error ends the loop
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    assert len(got) == where
    assert {d.outcome for d in got} <= {rl.Status.REFUGEE}  # Art 1A(2) met for the escapee
    assert [p.path for p in raised.value.problems] == [
        f"claims[{where}].person.nationalities",
        f"claims[{where}].fears[0].country",
    ]
    assert "SUN (USSR) names no State on 2004-06-30" in str(raised.value)
    with pytest.raises(rl.InvalidInput) as alone:  # the same refusal as assess_status's
        rl.assess_status(_soviet_national(), on=ON)
    assert [p.message for p in alone.value.problems] == [p.message for p in raised.value.problems]


def test_a_state_that_names_no_state_is_refused_before_anything_is_assessed() -> None:
    """``state`` is an argument of the whole caseload: the USSR in 2004 (gone since 1991) is
    refused at ``state`` before a claim is assessed, an empty caseload included (before, an empty
    caseload passed it, and a full one was refused at its first claim)."""
    for claims in ([], [testing.north_korean_escapee()]):
        with pytest.raises(rl.InvalidInput, match=r"^state: SUN \(USSR\) names no State"):
            list(rl.assess_many(claims, on=ON, state="SUN"))


def test_a_chunk_refused_in_a_worker_process_sends_back_the_results_before_it() -> None:
    """The worker processes of ``ordered_map`` (the command line's ``--processes``) carry a
    chunk's reply whole: the findings of the claims before the refused one (Art 1A(2) met for
    the escapee) and the refusal, rebuilt in the parent with its paths (the USSR in 2004)."""
    import datetime as dt

    from refugeelaw.batch import _assess_remote, ordered_map

    good = testing.north_korean_escapee()
    chunks = [[good] * 3, [good, good, _soviet_national(), good], [good]]
    on = dt.date(2004, 6, 30)
    replies = list(
        ordered_map(_assess_remote, ((c, on, None, rl.Doctrine()) for c in chunks), processes=2)
    )
    assert [len(done) for done, _ in replies] == [3, 2, 1]
    assert all(o is rl.Status.REFUGEE for done, _ in replies for o, *_ in done)
    assert [r is None for _, r in replies] == [True, False, True]
    refused = replies[1][1]
    assert refused is not None
    assert refused[0] == 2
    assert type(refused[1]) is rl.InvalidInput
    assert [p.path for p in refused[1].problems] == [
        "claim.person.nationalities",
        "claim.fears[0].country",
    ]


def test_dask_distributed_executor_gives_the_same_counts_as_one_process() -> None:
    distributed = pytest.importorskip("dask.distributed")
    from refugeelaw import testing

    claims = [testing.north_korean_escapee(), testing.economic_migrant()] * 10
    whole = rl.summarize(rl.assess_many(claims, on="2004-06-30"), top=None)
    with (
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        spread = rl.summarize(
            rl.assess_many(claims, on="2004-06-30", executor=client.get_executor(), chunksize=4),
            top=None,
        )
    assert spread == whole


def test_a_kept_caseload_is_moved_out_of_the_collectors_way_and_put_back_after() -> None:
    """``assess_many`` keeps its results out of the cyclic collector's generations while it runs
    (they have no cycles; walking them again and again more than halved a kept caseload's rate)
    and puts everything back when it ends; a program that froze objects itself is left alone."""
    import gc

    claims = [testing.north_korean_escapee(), testing.economic_migrant()] * 600
    seen = []
    kept = []  # kept, as the caller of a kept caseload keeps them: frozen results stay frozen
    for i, d in enumerate(rl.assess_many(claims, on=ON, chunksize=100)):
        if i in (150, 1199):
            seen.append(gc.get_freeze_count())
        assert d.outcome in (rl.Status.REFUGEE, rl.Status.NOT_REFUGEE)
        kept.append(d)
    assert seen[0] > 0  # frozen while it ran
    assert seen[1] > seen[0]  # and each later chunk's results with it
    assert gc.get_freeze_count() == 0  # and put back
    gc.freeze()
    try:
        before = gc.get_freeze_count()
        list(rl.assess_many(claims[:10], on=ON))
        # nothing more frozen: the program's freeze is its own
        assert gc.get_freeze_count() <= before
    finally:
        gc.unfreeze()


def test_objects_frozen_before_the_package_was_imported_are_not_the_programs_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """pyenv's CPython 3.12.1 starts with 375 objects frozen: the interpreter's, not the
    program's. Only objects frozen since ``import refugeelaw`` make the collector's settler stand
    aside."""
    import gc

    from refugeelaw import _speed

    assert rl._FROZEN_AT_IMPORT >= 0
    gc.freeze()  # as an interpreter that starts with frozen objects has them
    try:
        monkeypatch.setattr(_speed, "_FROZEN_AT_IMPORT", gc.get_freeze_count())
        with _speed.collector_aside() as settle:
            assert settle.managed == gc.isenabled()
        monkeypatch.setattr(_speed, "_FROZEN_AT_IMPORT", 0)
        gc.freeze()
        assert not _speed.Settler().managed  # frozen since: the program's own, left alone
    finally:
        gc.unfreeze()


_EARLY_STOP = """
import sys
sys.path.insert(0, sys.argv[1])
from refugeelaw.batch import ordered_map

def big(n):
    return "x" * (4 << 20)  # more than a pipe holds: a worker sends it in many writes

for trial in range(int(sys.argv[2])):
    results = ordered_map(big, range(50), processes=2)
    next(results)
    results.close()  # the caller is done, with results still in flight (as --strict stops)
print("closed")
"""


def test_worker_processes_stopped_early_never_hang() -> None:
    """``ordered_map`` stopped while results are in flight (the command line's ``--strict`` with
    ``--processes``, or Ctrl-C) returns: it kills its workers, results in flight and all. With
    ``multiprocessing.Pool``, a worker killed while it sent a result held the shared result
    queue's lock, and the pool's shutdown then waited for that lock for ever (about one stop in
    twenty or thirty hung); each worker now has a pipe of its own."""
    import subprocess

    src = str(Path(rl.__file__).resolve().parent.parent)
    done = subprocess.run(
        [sys.executable, "-c", _EARLY_STOP, src, "60"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "closed\n"


_WORKER_DIES = """
import os, signal, sys
sys.path.insert(0, sys.argv[1])
from concurrent.futures.process import BrokenProcessPool
from refugeelaw.batch import ordered_map

def task(n):
    if n == 5:
        os.kill(os.getpid(), signal.SIGKILL)  # as the system's out-of-memory killer does
    return n

got = []
try:
    for n in ordered_map(task, range(40), processes=2):
        got.append(n)
except BrokenProcessPool:
    print("broken after", got)
"""


def test_a_worker_process_that_dies_is_reported_not_waited_for() -> None:
    """``ordered_map``: a worker process killed (out of memory, a signal) raises where its result
    was due, after every result before it; the results are never waited for for ever (with
    ``multiprocessing.Pool`` the lost task's result never came, and the command line hung)."""
    import subprocess

    src = str(Path(rl.__file__).resolve().parent.parent)
    done = subprocess.run(
        [sys.executable, "-c", _WORKER_DIES, src], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "broken after [0, 1, 2, 3, 4]\n"
    assert done.stderr == ""


_PARENT_KILLED = """
import os, sys, time
sys.path.insert(0, sys.argv[1])
from refugeelaw.batch import ordered_map

def task(n):
    time.sleep(0.05)
    return os.getpid()

for pid in ordered_map(task, range(100_000), processes=2):
    print(pid, flush=True)
"""


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc (Linux)")
def test_worker_processes_end_quietly_when_their_parent_is_killed() -> None:
    """A parent killed outright (``SIGKILL``) leaves no worker behind, waiting for work that will
    never come, and no traceback from one: each notices its parent gone and ends."""
    import signal
    import subprocess

    src = str(Path(rl.__file__).resolve().parent.parent)
    proc = subprocess.Popen(
        [sys.executable, "-c", _PARENT_KILLED, src],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert proc.stdout is not None
    assert proc.stderr is not None
    workers = {int(proc.stdout.readline()) for _ in range(20)}
    assert len(workers) == 2
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 30
    while any(_running(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_running(pid) for pid in workers)
    with proc.stdout, proc.stderr:
        assert proc.stderr.read() == ""  # the workers share it: neither wrote to it


def _running(pid: int) -> bool:
    """Whether process ``pid`` exists and has not ended (a zombie has ended)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status


def test_a_caseload_summary_cannot_be_changed_after_it_is_made() -> None:
    """A summary's counts add up to its total (checked when it is made): its outcomes are an
    immutable mapping, so they cannot be emptied afterwards, and the summary is hashable."""
    summary = rl.summarize(
        rl.assess_many([testing.north_korean_escapee(), testing.economic_migrant()], on=ON)
    )
    assert dict(summary.outcomes) == {"REFUGEE": 1, "NOT_REFUGEE": 1}
    with pytest.raises(TypeError, match="immutable"):
        summary.outcomes.clear()  # type: ignore[attr-defined]  # deliberately: it must refuse
    assert hash(summary) == hash(rl.from_json(rl.CaseloadSummary, rl.to_json(summary)))


_DIES_WHILE_SENDING = """
import os, signal, sys, threading, time
sys.path.insert(0, sys.argv[1])
from concurrent.futures.process import BrokenProcessPool
from refugeelaw.batch import ordered_map

def task(n):
    if n == 1:  # killed part-way through sending a result larger than a pipe holds
        threading.Timer(0.5, os.kill, (os.getpid(), signal.SIGKILL)).start()
        return "x" * (64 << 20)
    return n

results = ordered_map(task, range(6), processes=2)
got = [next(results)]
time.sleep(2)  # the parent reads nothing meanwhile: the worker is stuck sending when it dies
try:
    got.extend(results)
except BrokenProcessPool:
    print("broken after", got)
"""


def test_a_worker_process_killed_while_sending_its_result_is_reported_not_waited_for() -> None:
    """A worker killed part-way through sending a result leaves half a message: each worker has a
    result pipe of its own, which ends when it dies, so the parent raises ``BrokenProcessPool``.
    With a result queue shared by the workers (``concurrent.futures``), the parent waited for the
    rest of the message for ever (about one ``kill`` in ten, with a caseload's chunks)."""
    import subprocess

    src = str(Path(rl.__file__).resolve().parent.parent)
    done = subprocess.run(
        [sys.executable, "-c", _DIES_WHILE_SENDING, src],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert (done.stdout, done.stderr, done.returncode) == ("broken after [0]\n", "", 0)


def test_a_signal_while_the_workers_start_is_raised_once_they_all_have_and_stops_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Ctrl-C while the worker processes start is held until every one has started, then
    raised, and the workers are stopped: never raised part-way through starting one (before the
    fix, that left a half-started pool, a hang or a worker's traceback)."""
    import os
    import signal

    from refugeelaw import _workers
    from refugeelaw.batch import ordered_map

    started: list[Any] = []
    real = _workers._Worker.start

    def start(fn: Any, context: Any) -> Any:
        if not started:
            os.kill(os.getpid(), signal.SIGINT)  # arrives now, in the middle of the start-up
        started.append(real(fn, context))
        return started[-1]

    monkeypatch.setattr(_workers._Worker, "start", staticmethod(start))
    with pytest.raises(KeyboardInterrupt):
        next(ordered_map(abs, range(10), processes=3))
    assert len(started) == 3  # all started before it was raised
    assert all(worker.process.exitcode is not None for worker in started)  # and all stopped
