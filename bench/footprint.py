"""Memory of a decoded object graph (tracemalloc) and import time (fresh subprocesses)."""

from __future__ import annotations

import compileall
import gc
import json
import statistics
import subprocess
import sys
import tracemalloc
from pathlib import Path
from typing import Any, Callable

BENCH_DIR = Path(__file__).resolve().parent


def retained_bytes(fn: Callable[[Any], Any], arg: Any) -> int:
    """Bytes still allocated after fn(arg) while its result is alive (the input is not counted)."""
    fn(arg)  # warm-up: lazily built caches are not part of the object graph
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        result = fn(arg)
        gc.collect()
        after = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    del result
    return after - before


# import <module> and use one model once, timed inside a fresh interpreter
IMPORTS: dict[str, tuple[str, str]] = {
    "gen": (
        "import orq_api.models.operations as m",
        "m.RouterImageGenerationsResponseBody.from_dict(p)",
    ),
    "hand": ("import handwritten as m", "m.RouterImageGenerationsResponseBody.from_dict(p)"),
    "pydantic": (
        "import pydantic_models as m",
        "m.RouterImageGenerationsResponseBody.model_validate(p)",
    ),
    "msgspec": ("import msgspec_models as m", "m.decode(p)"),
    "mashumaro": ("import mashumaro_models as m", "m.decode(p)"),
    "cattrs": ("import cattrs_models as m", "m.decode(p)"),
}

_TIMED = """
import json, sys, time
sys.path[:0] = {paths!r}
p = json.loads({payload!r})
t = time.perf_counter()
{stmt}
print(time.perf_counter() - t)
"""

POOLS = ("components", "operations", "errors")


def all_modules_statement(package: str) -> str:
    """Import every module of every pool of a generated package."""
    return f"""\
import importlib, pkgutil
for pool in {POOLS!r}:
    pkg = importlib.import_module("{package}.models." + pool)
    for info in pkgutil.iter_modules(pkg.__path__):
        importlib.import_module(pkg.__name__ + "." + info.name)"""


def count_modules(package_dir: Path) -> int:
    """Modules of every pool of a generated package (package_dir = the directory of the package)."""
    return sum(1 for pool in POOLS for f in (package_dir / "models" / pool).glob("*.py") if f.name != "__init__.py")


_ALL_MODULES = all_modules_statement("orq_api")


def time_statement(stmt: str, paths: list[str], payload: Any, env: dict[str, str] | None = None) -> float:
    """Seconds `stmt` takes in a fresh interpreter (start-up and json.loads of the payload not included)."""
    code = _TIMED.format(paths=paths, payload=json.dumps(payload), stmt=stmt)
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    if run.returncode != 0:
        raise RuntimeError(f"timed statement failed: {(run.stderr.strip().splitlines() or ['?'])[-1]}")
    return float(run.stdout.strip().splitlines()[-1])


_time_once = time_statement


def import_times(
    names: list[str], generated_dir: Path, payload: Any, runs: int, runs_all: int
) -> list[tuple[str, str, float, int]]:
    """Rows (impl, what, median seconds, runs); .pyc files are compiled first."""
    compileall.compile_dir(str(generated_dir / "orq_api"), quiet=1, workers=1)
    compileall.compile_dir(str(BENCH_DIR), quiet=1, maxlevels=0)
    paths = [str(BENCH_DIR), str(generated_dir)]
    rows = []
    for name in names:
        if name in IMPORTS:
            stmt = "\n".join(IMPORTS[name])
            t = [_time_once(stmt, paths, payload) for _ in range(runs)]
            rows.append((name, "import + first decode", statistics.median(t), runs))
    if "gen" in names and runs_all:
        t = [_time_once(_ALL_MODULES, paths, payload) for _ in range(runs_all)]
        n = count_modules(generated_dir / "orq_api")
        rows.append(("gen", f"import all {n:,} modules", statistics.median(t), runs_all))
    return rows
