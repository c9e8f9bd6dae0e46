"""Both cores for rendering and layout: forked workers share the parent's memory (the IR, the compiled
templates), so only job numbers go out and finished texts come back.

Fork only (Linux): elsewhere, with one core, or for few jobs the jobs run in this process.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import traceback
from typing import Callable, TypeVar

R = TypeVar("R")

_MIN_JOBS = 256  # below this, starting workers costs more than it saves
_job: Callable[[int], object] | None = None  # set for the forked workers to inherit


def run_jobs(job: Callable[[int], R], count: int) -> list[R]:
    """[job(0), ..., job(count - 1)], on all cores (at most 4) when that pays."""
    workers = min(os.cpu_count() or 1, 4)
    if workers < 2 or count < _MIN_JOBS or sys.platform != "linux" or os.environ.get("SPECSMITH_WORKERS") == "1":
        return [job(i) for i in range(count)]
    global _job
    _job = job
    try:
        size = -(-count // (workers * 4))  # a few chunks per worker evens out uneven jobs
        chunks = [(start, min(count, start + size)) for start in range(0, count, size)]
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            parts = pool.map(_run_chunk, chunks, chunksize=1)
    finally:
        _job = None
    return [result for part in parts for result in part]  # type: ignore[misc]


def _run_chunk(bounds: tuple[int, int]) -> list[object]:
    assert _job is not None
    try:
        return [_job(i) for i in range(*bounds)]
    except Exception as e:  # the parent gets the worker's traceback, whatever the exception can carry
        raise WorkerError(f"{type(e).__name__}: {e}\n{traceback.format_exc()}") from None


class WorkerError(Exception):
    """A job failed in a worker process (a generator bug: the message holds the worker's traceback)."""
