"""Worker processes for :func:`refugeelaw.batch.ordered_map` (the command line's ``--processes``).

Each worker has a pipe of its own for its tasks and one for its results, and is given tasks in
turn (task *i* to worker *i* mod *n*), so that its results, read from its own pipe, come in the
order the tasks were given. That is the whole design, and it is what makes the pool safe to stop
at any moment, which a shared result queue (``multiprocessing.Pool``,
``concurrent.futures.ProcessPoolExecutor``) is not:

- A worker that dies (killed by the system: out of memory, a signal) is seen at once, its
  process's sentinel ready, and where it died part-way through sending a result, its pipe, which
  no other process can write to, ends; the reader gets an end-of-file, not a wait for the rest of
  a message that will never come. The parent raises ``BrokenProcessPool`` in place of the result.
- A worker can be killed at any time (a caseload stopped early, Ctrl-C) without a lock left held
  or a half message left in a queue another process reads.
- ``SIGINT`` and ``SIGTERM`` are held pending while the workers start: a signal that arrives
  then is raised in the parent once they have all started, never part-way through starting one
  (a half-started pool). Workers ignore Ctrl-C, which is their parent's to handle; ``SIGTERM``
  ends a worker (as ``kill`` of the whole process group ends all of them); a worker whose
  parent has gone ends too; and a worker writes nothing to standard error.

A task is sent by a thread of the parent's (one per worker), so that the parent never waits on a
worker's full task pipe while that worker waits on its full result pipe.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import queue
import signal
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")

_SIGNALS = frozenset({signal.SIGINT, signal.SIGTERM})
_END = b""  # in a task queue: send the worker its stop message, then stop sending
_STOP = pickle.dumps(None)  # to a worker: no more tasks
_PARENT_CHECK_SECONDS = 0.5
_FINISH_SECONDS = 5.0  # a finished run's workers, told to stop, have this long before a kill


class Workers(Generic[T, R]):
    """``processes`` worker processes, each running ``fn`` on its tasks in the order given.

    :meth:`submit` gives the next task to the next worker in turn; :meth:`result` returns the
    result of the earliest task whose result has not been returned (raising :class:`WorkerFailed`
    where the task raised an exception, or ``BrokenProcessPool`` where its worker died). The
    system refusing to start them raises :class:`WorkersNotStarted`. :meth:`close` stops the workers; it must be
    called (``ordered_map`` does, however it ends)."""

    def __init__(self, fn: Callable[[T], R], processes: int, context: Any = None) -> None:
        context = context or start_context()
        self._workers: list[_Worker] = []
        self._submitted = self._returned = 0
        if context.get_start_method() != "fork":
            # A spawned worker's first start also starts multiprocessing's resource tracker, which
            # unblocks SIGINT and SIGTERM in this thread: started first, it cannot undo the hold.
            from multiprocessing import resource_tracker

            resource_tracker.ensure_running()
        try:
            with _signals_pending():
                for _ in range(processes):
                    self._workers.append(_Worker.start(fn, context))
                for worker in self._workers:  # after every fork, so none copies a thread; and
                    worker.feeder.start()  # with the signals held, so that only the main
                    # thread ever takes one
        except OSError as error:  # the system would not give another process (or its pipes)
            self.close(finished=False)
            raise WorkersNotStarted(processes, error) from error
        except BaseException:  # a signal raised as the pending ones arrive
            self.close(finished=False)
            raise

    def submit(self, task: T) -> None:
        worker = self._workers[self._submitted % len(self._workers)]
        worker.tasks.put(pickle.dumps((task,)))  # here, so that a task that cannot go says so
        self._submitted += 1

    def result(self) -> R:
        worker = self._workers[self._returned % len(self._workers)]
        self._returned += 1
        ok, value = worker.reply()
        if ok:
            return value  # type: ignore[no-any-return]
        error, where = value
        raise WorkerFailed(error, where)

    def close(self, *, finished: bool) -> None:
        """Stop the workers: where the run ``finished``, each is told to and given a moment;
        otherwise (stopped early, or broken) each is killed at once, its task abandoned. Signals
        wait until the workers are stopped, so that none is left running."""
        with _signals_pending():
            for worker in self._workers:
                worker.tasks.put(_END)
            deadline = time.monotonic() + (_FINISH_SECONDS if finished else 0.0)
            for worker in self._workers:
                worker.process.join(max(0.0, deadline - time.monotonic()))
                if worker.process.exitcode is None:
                    worker.process.kill()
                    worker.process.join()
                if worker.feeder.ident is not None:  # started
                    worker.feeder.join()  # told to stop, or its pipe's reader gone: it stops
                else:  # the start-up failed before it could: its pipe is closed here
                    worker.tasks_out.close()
                worker.results.close()
            self._workers.clear()


def start_context() -> Any:
    """How worker processes start: forked where that is the platform's default (Linux, unless
    the program chose another method) and this process runs no other thread (a fork copies
    only the thread that makes it, so another's lock could stay held in the copy), so that each
    starts at once with the library already imported; spawned otherwise (macOS, Windows, a
    threaded program), each importing the library afresh. Standard output and error are
    flushed first, so that no copy writes what was waiting in their buffers a second time."""
    import multiprocessing

    chosen = multiprocessing.get_start_method(allow_none=True)  # by the program, if it chose
    default = chosen or multiprocessing.get_all_start_methods()[0]  # the platform's first
    if default != "fork" or threading.active_count() > 1:
        return multiprocessing.get_context("spawn")
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, OSError, ValueError):  # closed, or no stream
            stream.flush()
    return multiprocessing.get_context("fork")


class WorkersNotStarted(Exception):
    """The system would not start ``processes`` worker processes (too many open files, too many
    processes): none is left running."""

    def __init__(self, processes: int, error: OSError) -> None:
        self.processes, self.error = processes, error
        super().__init__(
            f"could not start {processes:,} worker processes ({error.strerror or error})"
        )


class WorkerFailed(Exception):
    """A task raised an exception in its worker process: ``error`` (rebuilt here, or a
    ``RuntimeError`` naming it where it could not be), with the worker's traceback as text
    (``where``). Raised as this, not as the error itself, so that a worker's fault is never taken
    for the parent's own (an ``OSError`` of the worker's for a failing output, say)."""

    def __init__(self, error: BaseException, where: str) -> None:
        self.error, self.where = error, where
        super().__init__(f"{type(error).__name__}: {error}")
        self.__cause__ = error


class _Worker:
    """One worker process, the queue its tasks go out from, and the pipe its results come in on."""

    __slots__ = ("feeder", "process", "results", "tasks", "tasks_out")

    def __init__(self, process: Any, results: Connection, tasks_out: Connection) -> None:
        self.process, self.results, self.tasks_out = process, results, tasks_out
        self.tasks: queue.SimpleQueue[bytes] = queue.SimpleQueue()
        self.feeder = threading.Thread(target=_feed, args=(self.tasks, tasks_out), daemon=True)

    @classmethod
    def start(cls, fn: Callable[[Any], Any], context: Any) -> _Worker:
        tasks_in, tasks_out = context.Pipe(duplex=False)
        results_in, results_out = context.Pipe(duplex=False)
        process = context.Process(
            target=_serve, args=(fn, tasks_in, results_out), name="refugeelaw-worker", daemon=True
        )
        try:
            process.start()
        finally:
            # Only the worker holds these ends now (the next worker is forked without them): its
            # death ends its result pipe, and a task sent to it after it has gone fails at once.
            tasks_in.close()
            results_out.close()
        return cls(process, results_in, tasks_out)

    def reply(self) -> tuple[bool, Any]:
        """The worker's next reply, or ``BrokenProcessPool`` where it has died without one."""
        ready = wait([self.results, self.process.sentinel])
        if self.results in ready or self.results.poll():
            try:
                data = self.results.recv_bytes()
            except (EOFError, OSError):  # it died before it sent one, or part-way through
                pass
            else:
                try:
                    return pickle.loads(data)  # type: ignore[no-any-return]
                except Exception as error:  # an exception whose class cannot be rebuilt here
                    return False, (RuntimeError(f"in a worker process: {error!r}"), "")
        raise BrokenProcessPool(
            f"a worker process ended (exit status {self.process.exitcode}) before it sent the "
            "result of its task"
        )


def _feed(tasks: queue.SimpleQueue[bytes], pipe: Connection) -> None:
    """In the parent: send a worker its tasks, in order, until told to stop or it has gone."""
    with pipe:
        while True:
            task = tasks.get()
            try:
                pipe.send_bytes(_STOP if task == _END else task)
            except OSError:  # the worker has gone: the parent learns it from its result pipe
                return
            if task == _END:
                return


def _serve(fn: Callable[[Any], Any], tasks: Connection, results: Connection) -> None:
    """In a worker: run ``fn`` on each task, in order, and send back each result or exception."""
    _worker_starts()
    while True:
        try:
            message = pickle.loads(tasks.recv_bytes())
        except (EOFError, OSError):
            return
        if message is None:
            return
        try:
            reply: tuple[bool, Any] = (True, fn(message[0]))
        except BaseException as error:  # it is the parent's to raise, as WorkerFailed
            reply = (False, (error, traceback.format_exc()))
        try:
            data = pickle.dumps(reply)
        except Exception as error:  # a result or an exception that cannot go
            lost = RuntimeError(f"{type(error).__name__}: {error}")
            data = pickle.dumps((False, (lost, traceback.format_exc())))
        try:
            results.send_bytes(data)
        except OSError:  # the parent has gone
            return


def _worker_starts() -> None:
    """In a worker process, first: Ctrl-C is the parent's to handle; ``SIGTERM`` ends the
    worker at once (a forked worker would otherwise keep a handler of the parent's); signals the
    parent held pending while it started workers are let through (a pending ``SIGINT`` is then
    ignored); the worker ends when its parent has gone (killed outright, it leaves the workers
    waiting for tasks that will never come); and it writes nothing of its own (its errors reach
    the parent as its task's exception, or as the pool broken where it died)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _SIGNALS)
    sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115  # for the process's life
    threading.Thread(target=_end_with, args=(os.getppid(),), daemon=True).start()


def _end_with(parent: int) -> None:
    """End this worker process once ``parent`` has gone (it is then another process's child)."""
    while os.getppid() == parent:
        time.sleep(_PARENT_CHECK_SECONDS)
    os._exit(1)


@contextlib.contextmanager
def _signals_pending() -> Iterator[None]:
    """``SIGINT`` and ``SIGTERM`` held back for the section, and then raised again, so that the
    handlers in place (a ``KeyboardInterrupt``, the command line's own) act on them once it has
    ended, never part-way through it: where this is the main thread (only it can change the
    handlers or run them; elsewhere the section holds nothing back). A Python handler of this
    section's records each signal, whichever thread the system delivers it to; and the main thread
    also blocks them (where the platform can), so that a process forked or spawned meanwhile
    starts with them blocked (a signal sent to it is not its parent's) until it has put its own
    handlers in place (:func:`_worker_starts`)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    held: list[int] = []

    def hold(signum: int, frame: object) -> None:
        held.append(signum)

    previous: dict[int, Any] = {}
    for signum in sorted(_SIGNALS):
        handler = signal.getsignal(signum)
        if handler is not None and handler is not signal.SIG_IGN:  # one ignored stays ignored
            previous[signum] = signal.signal(signum, hold)
    mask = (
        signal.pthread_sigmask(signal.SIG_BLOCK, _SIGNALS)
        if hasattr(signal, "pthread_sigmask")
        else None
    )
    try:
        yield
    finally:
        if mask is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, mask)  # those blocked meanwhile: `hold`
        for taken, handler in previous.items():
            signal.signal(taken, handler)
        for came in dict.fromkeys(held):  # each once, in the order they came
            signal.raise_signal(came)
