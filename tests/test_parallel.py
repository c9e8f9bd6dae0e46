"""generator.parallel: forked workers give exactly what one process gives, in order, and report failures."""

from __future__ import annotations

import os
import sys

import pytest

from generator import parallel
from generator.parallel import WorkerError, run_jobs

needs_fork = pytest.mark.skipif(sys.platform != "linux" or (os.cpu_count() or 1) < 2,
                                reason="workers are forked on Linux with 2+ cores only")

BIG = 1000  # over parallel._MIN_JOBS: the jobs go to workers


def test_small_counts_run_in_process() -> None:
    pids = run_jobs(lambda i: os.getpid(), parallel._MIN_JOBS - 1)
    assert set(pids) == {os.getpid()}


@needs_fork
def test_workers_share_memory_and_keep_order() -> None:
    shared = [f"text {i}" * (i % 7) for i in range(BIG)]  # made before the fork, read by the workers
    results = run_jobs(lambda i: (i, shared[i].upper(), os.getpid()), BIG)
    assert [(i, s) for i, s, _ in results] == [(i, s.upper()) for i, s in enumerate(shared)]
    assert os.getpid() not in {pid for _, _, pid in results}


def test_one_worker_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPECSMITH_WORKERS", "1")
    assert set(run_jobs(lambda i: os.getpid(), BIG)) == {os.getpid()}


@needs_fork
def test_a_failing_job_names_the_exception_and_where() -> None:
    def job(i: int) -> int:
        if i == 700:
            raise KeyError("no such model")
        return i

    with pytest.raises(WorkerError, match=r"KeyError: 'no such model'(.|\n)*in job"):
        run_jobs(job, BIG)


@needs_fork
def test_generated_tree_is_the_same_with_one_process(monkeypatch: pytest.MonkeyPatch) -> None:
    from conftest import SPEC
    from generator.pipeline import generate_files

    big_enough: list[bool] = []  # for workers: then only SPECSMITH_WORKERS tells the two runs apart
    run = parallel.run_jobs

    def counting(job, count, *args):  # type: ignore[no-untyped-def]
        big_enough.append(count >= parallel._MIN_JOBS)
        return run(job, count, *args)

    monkeypatch.delenv("SPECSMITH_WORKERS", raising=False)
    monkeypatch.setattr("generator.pipeline.run_jobs", counting)
    both = generate_files(SPEC, "orq_api", formatted=False).files
    monkeypatch.setenv("SPECSMITH_WORKERS", "1")
    alone = generate_files(SPEC, "orq_api", formatted=False).files
    assert big_enough == [True, True] and len(alone) > 7000
    assert alone == both
