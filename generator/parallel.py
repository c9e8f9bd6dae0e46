"""Both cores for rendering: forked workers share the parent's memory (the IR, the compiled
templates), so only job numbers go out and finished texts come back.

Fork only (Linux): elsewhere, with one core, or for few jobs the jobs run in this process.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
import threading
import time
import traceback
from typing import Callable, Iterator, TypeVar

R = TypeVar("R")

_MIN_JOBS = 256  # below this, starting workers costs more than it saves
_job: Callable[[int], object] | None = None  # set for the forked workers to inherit
_STOPPING = (signal.SIGINT, signal.SIGTERM)
_GRACE = 2.0  # seconds the workers get to end after SIGTERM before they are killed


def run_jobs(job: Callable[[int], R], count: int) -> list[R]:
    """[job(0), ..., job(count - 1)], on all cores (at most 4) when that pays."""
    workers = min(os.cpu_count() or 1, 4)
    if workers < 2 or count < _MIN_JOBS or sys.platform != "linux" or os.environ.get("SPECSMITH_WORKERS") == "1":
        return [job(i) for i in range(count)]
    global _job
    _job = job
    size = -(-count // (workers * 4))  # a few chunks per worker evens out uneven jobs
    chunks = [(start, min(count, start + size)) for start in range(0, count, size)]
    others = set(multiprocessing.active_children())  # children from before: not the pool's to stop
    pool = None
    try:
        with _signals_held():  # the workers are forked with Ctrl-C held back, until their initializer ignores it
            pool = multiprocessing.get_context("fork").Pool(workers, initializer=_worker_signals)
        parts = pool.map(_run_chunk, chunks, chunksize=1)
    finally:  # done, failed, or Ctrl-C / SIGTERM in this process: the workers end either way
        _job = None
        if pool is not None:
            with _signals_held():  # another Ctrl-C comes after the workers are gone, not halfway through
                _stop(pool, others)
    return [result for part in parts for result in part]  # type: ignore[misc]


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Ctrl-C and SIGTERM wait (pending) until the end of the block; the forked workers inherit the mask."""
    held = signal.pthread_sigmask(signal.SIG_BLOCK, _STOPPING)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def _worker_signals() -> None:
    """In a worker: Ctrl-C (sent to the whole terminal group) is the parent's to handle, and the parent ends the
    workers with SIGTERM, which must kill them at once (not raise the parent's own Python handler)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOPPING)


def _stop(pool: multiprocessing.pool.Pool, others: set[multiprocessing.process.BaseProcess]) -> None:
    """End the pool within a bounded time. Pool.terminate() sends SIGTERM to each worker but can block for good on a
    queue lock that a worker held when it died, so it runs on a daemon thread, waited for until it is done or no
    worker is left; workers still alive after _GRACE seconds are killed."""
    stopping = threading.Thread(target=pool.terminate, daemon=True)
    stopping.start()
    deadline = time.monotonic() + _GRACE
    while stopping.is_alive() and _workers(others) and time.monotonic() < deadline:
        stopping.join(0.02)
    for worker in _workers(others):
        worker.kill()
        worker.join(_GRACE)


def _workers(others: set[multiprocessing.process.BaseProcess]) -> set[multiprocessing.process.BaseProcess]:
    """This process's live children that are not in `others` (those it had before the pool)."""
    return set(multiprocessing.active_children()) - others


def _run_chunk(bounds: tuple[int, int]) -> list[object]:
    assert _job is not None
    try:
        return [_job(i) for i in range(*bounds)]
    except Exception as e:  # the parent gets the worker's traceback, whatever the exception can carry
        raise WorkerError(f"{type(e).__name__}: {e}\n{traceback.format_exc()}") from None


class WorkerError(Exception):
    """A job failed in a worker process (a generator bug: the message holds the worker's traceback)."""
