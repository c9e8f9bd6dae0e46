#!/usr/bin/env python3
"""Generation time and memory against spec size, through the real CLI; regeneration; import time.

For every spec (default: the four ../shared/corpus/orq-versions specs, orq.yaml and openai.yaml), in a fresh
subprocess, the CLI end to end:

    python -m generator generate --spec SPEC --out <fresh dir>/out --package bench_api --config /dev/null -q

* cold: an empty output directory (nothing to reuse). Wall time is taken by this
  process around the child, interpreter start-up included. Memory: `peak RSS` is the max RSS of the largest
  process of the run, i.e. the generator or one of the worker processes it forks for rendering (os.wait4's
  rusage of the child: the max over it and its waited-for descendants); `parent RSS` is the generator
  process's own max RSS (RUSAGE_SELF, written at exit by a tiny wrapper that runs the CLI with runpy, as
  `python -m` does). CPU s: user + system time of the run, workers included (less sensitive to other load).
* regen: the same command again into the same directory, nothing changed (the run-record skip).
* write floor (orq.yaml): right after each cold run, plain Python writes the same files into a fresh directory:
  the file system's share of a cold run at that moment (it is slow on the VM and varies with other load).

Each measurement is repeated --repeat times (3), interleaved across specs (spec 1, spec 2, ..., spec 1, ...);
the tables show medians. Every timed output directory is created fresh and nothing is deleted until all the
timing is done (deleting a just-written 10k-file tree slows the next writes on an ext4 with discard).

Before timing, one untimed run compiles the .pyc files of the generator and everything it imports into a
private PYTHONPYCACHEPREFIX (this checkout has no __pycache__ and the environment sets
PYTHONDONTWRITEBYTECODE): the timed runs start like an installed tool, with compiled bytecode.

--dcg: datamodel-code-generator on orq.yaml (dataclasses output, its default black+isort formatting), once per
repetition, right before or after our cold orq.yaml run of that repetition; reports dcg/ours, paired per
repetition.

Import (unless --no-import): the orq.yaml package of the first repetition, in fresh interpreters (start-up
excluded, .pyc files compiled first, as bench/footprint.py does for generated/): `import
bench_api.models.operations` alone and with the first use of one model (median of --import-runs, rounds
interleaved), and importing every module of every pool (median of 3).

Results: a JSON file (--results, default $TMPDIR/specsmith-bench/generation.json) for bench/summary.py.

Usage (from the repository root):
    python bench/generation.py                    # about 4-5 minutes on the 2-core VM
    python bench/generation.py --dcg              # also datamodel-code-generator on orq.yaml (make bench)
    python bench/generation.py --repeat 1 --no-import SPEC ...
"""

from __future__ import annotations

import argparse
import compileall
import datetime
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
CORPUS = ROOT.parent / "shared" / "corpus"
ORQ = CORPUS / "orq.yaml"
WORK = Path(tempfile.gettempdir()) / "specsmith-bench"
DEFAULT_RESULTS = WORK / "generation.json"
PACKAGE = "bench_api"
MB = 1e6  # bytes; spec sizes and memory alike

sys.path.insert(0, str(BENCH_DIR))
import footprint  # noqa: E402

# Runs the CLI as `python -m generator` does and writes the process's own max RSS (KiB) at exit. Forked
# workers leave through os._exit (no atexit), and the pid check makes sure only the generator writes.
WRAPPER = r"""
import atexit, os, resource, runpy
_pid = os.getpid()
def _report():
    if os.getpid() == _pid:
        with open(os.environ["SPECSMITH_BENCH_RUSAGE"], "w") as fh:
            fh.write(str(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))
atexit.register(_report)
runpy.run_module("generator", run_name="__main__", alter_sys=True)
"""

# The first use of one model, for the import target: a small valid payload of one response body (orq.yaml's
# POST /v2/router/images/generations), and the deepest body (ListAgents, bench/deep_payloads.py's fixture).
FIRST_USE = {
    "op": (f"import {PACKAGE}.models.operations as m", None, None),
    "op+small": (
        f"import {PACKAGE}.models.operations as m\nm.CreateImageResponseBody.from_dict(p)",
        "CreateImageResponseBody",
        {"created": 1732579200, "data": [{"url": "https://example.com/fox.png", "revised_prompt": "a red fox"}]},
    ),
    "op+deep": (f"import {PACKAGE}.models.operations as m\nm.ListAgentsResponseBody.from_dict(p)",
                "ListAgentsResponseBody", "deep"),
}
IMPORT_LABELS = {
    "op": f"import {PACKAGE}.models.operations (nothing used)",
    "op+small": f"import {PACKAGE}.models.operations + CreateImageResponseBody.from_dict (2 items)",
    "op+deep": f"import {PACKAGE}.models.operations + ListAgentsResponseBody.from_dict (20 agents)",
}


def default_specs() -> list[Path]:
    return sorted((CORPUS / "orq-versions").glob("*.yaml")) + [ORQ, CORPUS / "openai.yaml"]


def loadavg() -> float:
    return round(os.getloadavg()[0], 2)


def run_measured(argv: list[str], env: dict[str, str], log: Path, rusage_file: Path | None = None) -> dict[str, Any]:
    """Run argv; wall seconds (from here), the max RSS of the largest process of the tree and the exit code."""
    load = loadavg()
    if rusage_file is not None:
        env = {**env, "SPECSMITH_BENCH_RUSAGE": str(rusage_file)}
    with open(log, "wb") as out:
        started = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT, env=env, cwd=ROOT)
        _, status, usage = os.wait4(proc.pid, 0)  # this child's rusage: max RSS over it and its descendants
        wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        tail = log.read_text(errors="replace").strip().splitlines()[-3:]
        raise SystemExit(f"exit {proc.returncode}: {' '.join(argv[-12:])}\n  " + "\n  ".join(tail))
    result = {"wall_s": wall, "cpu_s": usage.ru_utime + usage.ru_stime, "peak_rss_mb": usage.ru_maxrss * 1024 / MB,
              "loadavg": load}
    if rusage_file is not None:
        result["parent_rss_mb"] = int(rusage_file.read_text()) * 1024 / MB
    return result


class Runner:
    def __init__(self, work: Path) -> None:
        self.work = work
        self.pycache = work / "pycache"
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "SPECSMITH_FORMAT",
                                                                "SPECSMITH_WORKERS", "SPECSMITH_DEBUG")}
        self.env = {**env, "PYTHONPYCACHEPREFIX": str(self.pycache)}
        self.count = 0

    def fresh(self, prefix: str) -> Path:
        self.count += 1
        return Path(tempfile.mkdtemp(prefix=f"{prefix}-{self.count:02d}-", dir=self.work))

    def cli(self, spec: Path, out: Path, log: Path, rusage: Path) -> dict[str, Any]:
        argv = [sys.executable, "-c", WRAPPER, "generate", "--spec", str(spec), "--out", str(out),
                "--package", PACKAGE, "--config", os.devnull, "-q"]
        return run_measured(argv, self.env, log, rusage)

    def cold_and_regen(self, spec: Path) -> tuple[dict[str, Any], dict[str, Any], Path]:
        base = self.fresh("gen")
        out = base / "out"
        cold = self.cli(spec, out, base / "cold.log", base / "cold.rusage")
        regen = self.cli(spec, out, base / "regen.log", base / "regen.rusage")
        if regen["wall_s"] > cold["wall_s"] / 2:  # the run record did not skip: say so rather than mislead
            print(f"note: regenerating {spec.name} took {regen['wall_s']:.2f} s", file=sys.stderr)
        return cold, regen, out

    def dcg(self, spec: Path) -> dict[str, Any]:
        base = self.fresh("dcg")
        argv = [sys.executable, "-m", "datamodel_code_generator", "--input", str(spec), "--input-file-type", "openapi",
                "--output-model-type", "dataclasses.dataclass", "--output", str(base / "models.py"),
                "--disable-timestamp", "--formatters", "black", "isort"]
        result = run_measured(argv, dict(os.environ), base / "dcg.log")
        result["output_kb"] = (base / "models.py").stat().st_size / 1e3
        return result


def write_floor(tree: Path, work: Path) -> dict[str, Any]:
    """Seconds plain Python takes to write a tree of the same files (paths and contents) into a fresh directory.

    The floor of a cold run's writing stage on this machine at this moment: the VM's file system is slow and its
    speed varies with what else runs (each file costs 0.1-0.6 ms)."""
    files = []
    for dirpath, _, names in os.walk(tree):
        for name in names:
            path = os.path.join(dirpath, name)
            with open(path, "rb") as fh:
                files.append((os.path.relpath(path, tree), fh.read()))
    dest = Path(tempfile.mkdtemp(prefix="floor-", dir=work))
    load = loadavg()
    started = time.perf_counter()
    for rel, data in files:
        path = os.path.join(dest, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as fh:
            fh.write(data)
    return {"wall_s": time.perf_counter() - started, "files": len(files), "loadavg": load}


def dcg_version() -> str | None:
    try:
        import importlib.metadata

        return importlib.metadata.version("datamodel-code-generator")
    except Exception:
        return None


def median(values: list[float]) -> float:
    return statistics.median(values)


def loglog_slope(xs: list[float], ys: list[float]) -> float:
    """Least-squares slope of log(y) against log(x): 1 = linear growth, > 1 = faster than linear."""
    lx, ly = [math.log(x) for x in xs], [math.log(y) for y in ys]
    mx, my = statistics.fmean(lx), statistics.fmean(ly)
    den = sum((a - mx) ** 2 for a in lx)
    return sum((a - mx) * (b - my) for a, b in zip(lx, ly)) / den if den else float("nan")


def tree_stats(out: Path) -> dict[str, Any]:
    files = size = 0
    for dirpath, _, names in os.walk(out):
        for name in names:
            files += 1
            size += os.path.getsize(os.path.join(dirpath, name))
    return {"models": footprint.count_modules(out / PACKAGE), "files": files, "output_mb": size / MB}


# --- import time -----------------------------------------------------------------------------------------


def import_times(out: Path, runs: int, runs_all: int) -> dict[str, Any]:
    import deep_payloads

    paths = [str(out)]
    payloads = {k: (deep_payloads.make_payload() if v[2] == "deep" else v[2]) for k, v in FIRST_USE.items()}
    env_nopyc = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    env_nopyc.pop("PYTHONPYCACHEPREFIX", None)
    result: dict[str, Any] = {"package_dir": str(out / PACKAGE), "rows": [], "errors": []}
    usable = []
    for key, (stmt, cls, _) in FIRST_USE.items():  # the payloads must be valid: decode, encode, compare
        check = stmt + ("\nassert m.%s.from_dict(p).to_dict() == p, 'round trip differs'" % cls if cls else "")
        try:
            footprint.time_statement(check, paths, payloads[key], env_nopyc)
            usable.append(key)
        except RuntimeError as e:
            result["errors"].append(f"{key}: {e}")
            print(f"import: {IMPORT_LABELS[key]}: skipped: {e}", file=sys.stderr)
    # the first import after generation: no .pyc yet (and none written), median of 3
    nopyc = {k: [footprint.time_statement(FIRST_USE[k][0], paths, payloads[k], env_nopyc) for _ in range(3)]
             for k in usable if k != "op+deep"}
    compileall.compile_dir(str(out / PACKAGE), quiet=1, workers=0)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPYCACHEPREFIX"}
    samples: dict[str, list[float]] = {k: [] for k in usable}
    for r in range(runs):  # interleaved, the order rotating from one round to the next
        order = usable[r % len(usable):] + usable[: r % len(usable)] if usable else []
        for key in order:
            samples[key].append(footprint.time_statement(FIRST_USE[key][0], paths, payloads[key], env))
    for key in usable:
        result["rows"].append({"key": key, "what": IMPORT_LABELS[key], "pyc": True, "runs": runs,
                               "median_s": median(samples[key]), "samples_s": samples[key]})
    for key, t in nopyc.items():
        result["rows"].append({"key": key + ":nopyc", "what": IMPORT_LABELS[key] + ", no .pyc yet", "pyc": False,
                               "runs": len(t), "median_s": median(t), "samples_s": t})
    if runs_all:
        n = footprint.count_modules(out / PACKAGE)
        t = [footprint.time_statement(footprint.all_modules_statement(PACKAGE), paths, None, env)
             for _ in range(runs_all)]
        result["all_modules"] = {"modules": n, "runs": runs_all, "median_s": median(t), "samples_s": t}
    return result


# --- main ------------------------------------------------------------------------------------------------


def fmt_row(cells: list[str], widths: list[int], left: int = 1) -> str:
    return "  ".join(c.ljust(w) if i < left else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths)))


def print_table(header: list[str], rows: list[list[str]], left: int = 1) -> None:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    print(fmt_row(header, widths, left))
    print(fmt_row(["-" * w for w in widths], widths, left))
    for r in rows:
        print(fmt_row(r, widths, left))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("specs", nargs="*", type=Path, help="specs (default: orq-versions/*.yaml, orq.yaml, openai.yaml)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per spec, interleaved across specs (default 3)")
    ap.add_argument("--dcg", action="store_true", help="also time datamodel-code-generator on orq.yaml")
    ap.add_argument("--dcg-runs", type=int, help="datamodel-code-generator runs (default: --repeat)")
    ap.add_argument("--no-import", action="store_true", help="skip the import-time measurements")
    ap.add_argument("--import-runs", type=int, default=7, help="fresh interpreters per import row (default 7)")
    ap.add_argument("--import-all-runs", type=int, default=3, help="runs importing every module (default 3)")
    ap.add_argument("--results", type=Path, default=DEFAULT_RESULTS, help="JSON results (default: %(default)s)")
    ap.add_argument("--keep", action="store_true", help="keep the output trees (printed) instead of deleting them")
    args = ap.parse_args(argv)
    specs = [s.resolve() for s in (args.specs or default_specs())]
    for s in specs:
        if not s.is_file():
            print(f"spec not found: {s}", file=sys.stderr)
            return 2
    dcg_runs = (args.dcg_runs if args.dcg_runs is not None else args.repeat) if args.dcg else 0
    if dcg_runs and ORQ.resolve() not in specs:
        specs.append(ORQ.resolve())  # dcg is compared with our run of the same spec, side by side
    if dcg_runs and dcg_version() is None:
        print("datamodel-code-generator is not installed (pip install -e '.[dev]'): --dcg ignored", file=sys.stderr)
        dcg_runs = 0

    started = time.perf_counter()
    load_start = os.getloadavg()
    WORK.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="generation-", dir=WORK))
    runner = Runner(work)
    print(f"Python {platform.python_version()}, {os.cpu_count()} CPUs, load average {load_start[0]:.2f} "
          f"{load_start[1]:.2f} {load_start[2]:.2f}; work directory {work}", flush=True)

    # untimed: compile the .pyc files into the private prefix (the smallest spec exercises every stage)
    warm = min(specs, key=lambda s: s.stat().st_size)
    runner.cold_and_regen(warm)
    print(f"warm-up run done ({warm.name}, untimed); timing {len(specs)} specs x {args.repeat} cold + regen runs"
          + (f", datamodel-code-generator x {dcg_runs}" if dcg_runs else ""), flush=True)

    cold: dict[Path, list[dict]] = {s: [] for s in specs}
    regen: dict[Path, list[dict]] = {s: [] for s in specs}
    outs: dict[Path, list[Path]] = {s: [] for s in specs}
    dcg_pairs: list[dict[str, Any]] = []
    floors: list[dict[str, Any]] = []  # plain writes of the orq.yaml tree, right after each cold run of it
    for rep in range(max(args.repeat, dcg_runs)):
        for spec in specs:
            with_dcg = spec == ORQ.resolve() and rep < dcg_runs
            dcg = runner.dcg(spec) if with_dcg and rep % 2 else None  # dcg first in odd repetitions
            if rep < args.repeat or with_dcg:
                c, r, out = runner.cold_and_regen(spec)
                if rep < args.repeat:
                    cold[spec].append(c)
                    regen[spec].append(r)
                    outs[spec].append(out)
            if spec == ORQ.resolve() and rep < args.repeat:
                floors.append(write_floor(out, work))
            if with_dcg and dcg is None:
                dcg = runner.dcg(spec)
            if dcg is not None:
                dcg_pairs.append({"dcg": dcg, "ours": c, "ratio": dcg["wall_s"] / c["wall_s"]})
                print(f"  [{rep + 1}] datamodel-codegen {dcg['wall_s']:.1f} s, ours {c['wall_s']:.2f} s "
                      f"(dcg/ours {dcg['wall_s'] / c['wall_s']:.1f}x)", flush=True)
            if rep < args.repeat:
                floor = f", writing its files alone {floors[-1]['wall_s']:.2f} s" if spec == ORQ.resolve() else ""
                print(f"  [{rep + 1}] {spec.name}: cold {c['wall_s']:.2f} s, peak RSS {c['peak_rss_mb']:.0f} MB, "
                      f"regen {r['wall_s']:.2f} s{floor} (load {c['loadavg']:.2f})", flush=True)

    rows_json = []
    for spec in specs:
        size = spec.stat().st_size / MB
        med = {
            "cold_s": median([c["wall_s"] for c in cold[spec]]),
            "cold_cpu_s": median([c["cpu_s"] for c in cold[spec]]),
            "peak_rss_mb": median([c["peak_rss_mb"] for c in cold[spec]]),
            "parent_rss_mb": median([c["parent_rss_mb"] for c in cold[spec]]),
            "regen_s": median([r["wall_s"] for r in regen[spec]]),
            "regen_rss_mb": median([r["peak_rss_mb"] for r in regen[spec]]),
        }
        rows_json.append({
            "spec": spec.name, "path": str(spec), "spec_mb": size, **tree_stats(outs[spec][0]),
            "median": med, "s_per_mb": med["cold_s"] / size, "rss_mb_per_mb": med["peak_rss_mb"] / size,
            "cold_runs": cold[spec], "regen_runs": regen[spec],
        })
    sizes = [r["spec_mb"] for r in rows_json]
    s_mb = [r["s_per_mb"] for r in rows_json]
    rss_mb = [r["rss_mb_per_mb"] for r in rows_json]
    growth = {
        "s_per_mb_max_min": max(s_mb) / min(s_mb),
        "rss_per_mb_max_min": max(rss_mb) / min(rss_mb),
        "loglog_slope_time": loglog_slope(sizes, [r["median"]["cold_s"] for r in rows_json]),
        "loglog_slope_rss": loglog_slope(sizes, [r["median"]["peak_rss_mb"] for r in rows_json]),
        "loglog_slope_cpu": loglog_slope(sizes, [r["median"]["cold_cpu_s"] for r in rows_json]),
    }
    lineage = [r for r in rows_json if r["spec"].startswith("orq")]  # one API at successive versions
    if len(lineage) >= 3:
        growth["loglog_slope_time_orq"] = loglog_slope([r["spec_mb"] for r in lineage],
                                                       [r["median"]["cold_s"] for r in lineage])
        growth["loglog_slope_cpu_orq"] = loglog_slope([r["spec_mb"] for r in lineage],
                                                      [r["median"]["cold_cpu_s"] for r in lineage])

    print(f"\ngeneration, cold (empty output directory) and regen (nothing changed): medians of "
          f"{args.repeat} interleaved runs")
    table = []
    for r in sorted(rows_json, key=lambda r: r["spec_mb"]):
        m = r["median"]
        table.append([r["spec"], f"{r['spec_mb']:.2f}", f"{r['models']:,}", f"{r['files']:,}", f"{m['cold_s']:.2f}",
                      f"{m['cold_cpu_s']:.2f}", f"{m['peak_rss_mb']:.0f}", f"{m['parent_rss_mb']:.0f}",
                      f"{m['regen_s']:.2f}", f"{r['s_per_mb']:.2f}", f"{r['rss_mb_per_mb']:.0f}"])
    print_table(["spec", "MB", "models", "files", "cold s", "CPU s", "peak RSS MB", "parent MB", "regen s", "s/MB",
                 "RSS MB/MB"], table)
    print(f"growth: s/MB max/min {growth['s_per_mb_max_min']:.2f}x, RSS MB/MB max/min "
          f"{growth['rss_per_mb_max_min']:.2f}x; log-log slope against spec size (1 = linear): wall time "
          f"{growth['loglog_slope_time']:.2f}, CPU time {growth['loglog_slope_cpu']:.2f}, peak RSS "
          f"{growth['loglog_slope_rss']:.2f}" + (f"; orq specs only: wall {growth['loglog_slope_time_orq']:.2f}, "
                                                 f"CPU {growth['loglog_slope_cpu_orq']:.2f}"
                                                 if "loglog_slope_time_orq" in growth else ""))
    print("cold s = wall time of `python -m generator generate ... -q` from the parent, interpreter start-up "
          "included;\nCPU s = user + system time of the run, its worker processes included;\npeak RSS = the largest "
          "process of the run (the generator or one of its forked render workers);\nparent MB = the generator "
          "process's own max RSS; MB = 10^6 bytes.")

    floor_json = None
    if floors:
        floor_json = {"spec": ORQ.name, "files": floors[0]["files"], "runs": floors,
                      "median_s": median([f["wall_s"] for f in floors])}
        print(f"writing the {floor_json['files']:,} files of the orq.yaml tree with plain open/write, right after each "
              f"cold run: median {floor_json['median_s']:.2f} s (this machine's file-system floor for that stage)")

    dcg_json = None
    if dcg_pairs:
        dcg_s = [p["dcg"]["wall_s"] for p in dcg_pairs]
        dcg_json = {
            "spec": ORQ.name, "version": dcg_version(), "runs": dcg_pairs,
            "median_s": median(dcg_s), "ours_median_s": median([p["ours"]["wall_s"] for p in dcg_pairs]),
            "ratio_paired_median": median([p["ratio"] for p in dcg_pairs]),
            "peak_rss_mb": median([p["dcg"]["peak_rss_mb"] for p in dcg_pairs]),
            "command": "datamodel-codegen --input orq.yaml --input-file-type openapi --output-model-type "
                       "dataclasses.dataclass --output models.py --disable-timestamp --formatters black isort",
        }
        print(f"\ndatamodel-code-generator {dcg_json['version']} on orq.yaml (dataclasses, black + isort): median "
              f"{dcg_json['median_s']:.1f} s, peak RSS {dcg_json['peak_rss_mb']:.0f} MB; ours (same repetitions) "
              f"{dcg_json['ours_median_s']:.2f} s; dcg/ours {dcg_json['ratio_paired_median']:.1f}x "
              f"(median of {len(dcg_pairs)} paired runs)")

    imports = None
    if not args.no_import:
        orq = ORQ.resolve()
        if orq in outs and outs[orq]:
            out = outs[orq][0]
        else:  # orq.yaml was not among the specs: generate it cold now (untimed)
            out = runner.cold_and_regen(orq)[2]
        imports = import_times(out, args.import_runs, args.import_all_runs)
        print(f"\nimport time of the orq.yaml package in a fresh interpreter (start-up excluded; median)")
        rows = [[r["what"], f"{r['median_s'] * 1e3:.1f} ms", str(r["runs"])] for r in imports["rows"]]
        if "all_modules" in imports:
            a = imports["all_modules"]
            rows.append([f"import every module of every pool ({a['modules']:,} modules)", f"{a['median_s']:.2f} s",
                         str(a["runs"])])
        print_table(["what", "time", "runs"], rows)

    load_end = os.getloadavg()
    total = time.perf_counter() - started
    results = {
        "meta": {
            "date": datetime.datetime.now().isoformat(timespec="seconds"), "python": platform.python_version(),
            "cpus": os.cpu_count(), "repeat": args.repeat, "loadavg_start": load_start, "loadavg_end": load_end,
            "total_s": total, "command": f"python -m generator generate --spec SPEC --out DIR/out --package {PACKAGE} "
                                         f"--config {os.devnull} -q",
            "warm_up": warm.name, "mb": "10^6 bytes",
        },
        "specs": rows_json, "growth": growth, "write_floor": floor_json, "dcg": dcg_json, "imports": imports,
    }
    args.results.parent.mkdir(parents=True, exist_ok=True)
    args.results.write_text(json.dumps(results, indent=1))
    print(f"\nload average {load_start[0]:.2f} at the start, {load_end[0]:.2f} at the end; total {total:.0f} s; "
          f"results in {args.results}")
    if args.keep:
        print(f"output trees kept under {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)  # only now: deleting trees slows the writes that follow
    return 0


if __name__ == "__main__":
    sys.exit(main())
