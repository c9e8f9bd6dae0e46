#!/usr/bin/env python3
"""Benchmark: generated models vs hand-written dataclasses, pydantic v2, msgspec, mashumaro, cattrs.

Suites (impls.py):
* router: the 200 body of RouterImageGenerations, payloads with 1, 8 and 1000 choices (payloads.py),
  every implementation;
* deep: the 200 body of ListAgents, the deepest response body of ../shared/corpus/orq.yaml
  (deep_payloads.py, depth.py): hand-written, generated and pydantic.

Steps:
1. Correctness, fatal on any failure: exact round trips (value types included, input not mutated)
   for dicts and JSON, then 47 semantic probes on the router suite; a library's documented
   exceptions (PROBE_EXCEPTIONS in its module) are listed instead of failing.
2. Timing: decode (dict -> objects), encode (objects -> dict), from_json, to_json, and for the
   dict-based dataclasses orjson.loads + decode and orjson.dumps(encode(...)).  Interleaved rounds,
   loop counts calibrated to about --target-ms; medians and medians of per-round paired ratios.
3. Memory per decoded object graph (tracemalloc) and import time (fresh subprocesses).

Usage (from the repository root):
    python bench/run.py            # full run, 15 rounds
    python bench/run.py --quick    # 5 rounds of ~20 ms loops, about 20 s
    python bench/run.py --check-only
    python bench/run.py --no-orjson --no-footprint --quick   # the "without orjson" figures for summary.py
"""

from __future__ import annotations

import argparse
import datetime
import gc
import importlib.metadata
import json
import math
import os
import platform
import statistics
import sys
import tempfile
import time
import timeit
from pathlib import Path
from typing import Any, Callable

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))

import checks  # noqa: E402
import deep_payloads  # noqa: E402
import footprint  # noqa: E402
import impls  # noqa: E402
import payloads  # noqa: E402

OPS = ("decode", "encode", "from_json", "to_json")
ORJSON_OPS = ("orjson+decode", "encode+orjson")
SHORT = {"pydantic": "pyd", "mashumaro": "mash"}  # in ratio headers
SUITES = {"router": "RouterImageGenerations 200", "deep": "ListAgents 200 (deepest body of orq.yaml)"}
RESULTS_DIR = Path(tempfile.gettempdir()) / "specsmith-bench"  # serializers.json, serializers-no-orjson.json


def operations(impl: impls.Impl, orjson: Any) -> dict[str, tuple[Callable[[Any], Any], str]]:
    """op name -> (function, argument kind: dict / text / obj)."""
    ops = {
        "decode": (impl.decode, "dict"),
        "encode": (impl.encode, "obj"),
        "from_json": (impl.from_json, "text"),
        "to_json": (impl.to_json, "obj"),
    }
    if orjson and impl.dict_based:
        loads, dumps, dec, enc = orjson.loads, orjson.dumps, impl.decode, impl.encode
        ops["orjson+decode"] = (lambda s: dec(loads(s)), "text")
        ops["encode+orjson"] = (lambda o: dumps(enc(o)), "obj")
    return ops


# --- timing ---------------------------------------------------------------------------------------


def make_timer(fn: Callable[[Any], Any], arg: Any, keep_gc: bool) -> timeit.Timer:
    setup = "gc.enable()" if keep_gc else "pass"
    return timeit.Timer("f(x)", setup=setup, globals={"f": fn, "x": arg, "gc": gc})


def calibrate(timer: timeit.Timer, target_s: float) -> int:
    """Loop count so that one measurement takes about target_s."""
    n = 1
    while True:
        t = timer.timeit(n)
        if t >= target_s / 10:
            return max(1, math.ceil(n * target_s / t))
        n = n * 10 if t < target_s / 1000 else n * 2


def fmt_time(seconds: float) -> str:
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.2f} ms"
    if seconds >= 1e-6:
        return f"{seconds * 1e6:.1f} µs"
    return f"{seconds * 1e9:.0f} ns"


def paired_ratio_value(num: list[float] | None, den: list[float] | None) -> float | None:
    """Median of the per-round ratios num[r] / den[r].

    Both were timed back to back in the same round, so this cancels slow drifts of the machine
    better than the ratio of the two medians."""
    if not num or not den:
        return None
    return statistics.median(a / b for a, b in zip(num, den))


def paired_ratio(num: list[float] | None, den: list[float] | None) -> str:
    value = paired_ratio_value(num, den)
    return "-" if value is None else f"{value:.2f}x"


def rel_iqr(samples: list[float]) -> float:
    if len(samples) < 4:
        return (max(samples) - min(samples)) / statistics.median(samples)
    q1, _, q3 = statistics.quantiles(samples, n=4)
    return (q3 - q1) / statistics.median(samples)


def print_table(title: str, header: list[str], rows: list[list[str]], left: int = 2) -> None:
    """Rows of cells; the first `left` columns are left-aligned; an empty row prints a blank line."""
    widths = [max(len(r[i]) for r in [header, *rows] if r) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        return "  ".join(c.ljust(w) if i < left else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths)))

    print(f"\n{title}")
    print(line(header))
    print(line(["-" * w for w in widths]))
    for r in rows:
        print(line(r) if r else "")


def ratio_columns(names: list[str]) -> list[tuple[str, str, str]]:
    """(header, numerator, denominator): gen/hand, then every library against gen (or hand)."""
    base = "gen" if "gen" in names else "hand"
    cols = [("gen/hand", "gen", "hand")] if base == "gen" else []
    return cols + [(f"{SHORT.get(n, n)}/{base}", n, base) for n in names if n not in ("gen", "hand")]


# --- steps ----------------------------------------------------------------------------------------


def check_all(suites: list[tuple[str, list[impls.Impl], dict[str, Any]]], orjson: Any) -> bool:
    errors: list[str] = []
    excused: list[tuple[str, str, str, str]] = []
    for suite, impl_list, data in suites:
        for impl in impl_list:
            for name, p in data.items():
                errors += checks.check_roundtrip(impl, name, p)
                ops = operations(impl, orjson)
                if "orjson+decode" in ops:  # the orjson rows must give the same data too
                    out = ops["encode+orjson"][0](ops["orjson+decode"][0](json.dumps(p)))
                    if d := checks.strict_diff(json.loads(out), p):
                        errors.append(f"{impl.name} / {name}: orjson round trip differs: {d}")
            if suite == "router":
                errs, exc = checks.check_probes(impl)
                errors += errs
                excused += [(impl.name, *e) for e in exc]
    if errors:
        print(f"\nFAILED: {len(errors)} correctness error(s), not benchmarking:", file=sys.stderr)
        for e in errors:
            print("  - " + e, file=sys.stderr)
        return False
    for suite, impl_list, _ in suites:
        print(f"correctness ({suite}): round trips exact (types included) for "
              + ", ".join(i.name for i in impl_list)
              + (f"; {len(checks.PROBES)} semantic probes agree" if suite == "router" else ""))
    for impl in suites[0][1]:
        if not impl.keeps_unknown:
            excused.append((impl.name, "every payload/probe with unknown keys", "unknown keys dropped",
                            "compared without them"))
    if excused:
        print_table(
            "documented exceptions (the library cannot express the probe's semantics)",
            ["impl", "probe", "result", "why"],
            [[i, p, r if len(r) < 60 else r[:57] + "...", why] for i, p, r, why in excused],
            left=4,
        )
    differ = 0
    for suite, impl_list, data in suites:  # not fatal: same text = same amount of to_json work
        for name, p in data.items():
            texts = {i.name: i.to_json(i.decode(p)) for i in impl_list if i.keeps_unknown}
            texts = {k: v.decode() if isinstance(v, bytes) else v for k, v in texts.items()}
            canon = {json.dumps(json.loads(t), sort_keys=True) for t in texts.values()}
            if len(canon) != 1 or len({len(t) for t in texts.values()}) != 1:
                sizes = ", ".join(f"{k} {len(v):,} chars" for k, v in texts.items())
                print(f"note: to_json texts differ for {name}: {sizes}")
                differ += 1
    if not differ:
        print("to_json: the same JSON text up to key order from every implementation that keeps unknown keys")
    return True


def time_all(suites: list, rounds: int, target_s: float, keep_gc: bool, orjson: Any) -> dict:
    jobs = []  # (payload, op, impl name, timer, loops)
    for _, impl_list, data in suites:
        for pname, p in data.items():
            text = json.dumps(p)
            for impl in impl_list:
                obj = impl.decode(p)
                for op, (fn, kind) in operations(impl, orjson).items():
                    arg = {"dict": p, "text": text, "obj": obj}[kind]
                    timer = make_timer(fn, arg, keep_gc)
                    jobs.append((pname, op, impl.name, timer, calibrate(timer, target_s)))
    print(f"timing: {rounds} interleaved rounds x {len(jobs)} measurements of ~{target_s * 1e3:.0f} ms "
          f"(~{rounds * len(jobs) * target_s:.0f} s), gc {'on' if keep_gc else 'off'} while timing", flush=True)
    samples: dict[tuple[str, str, str], list[float]] = {j[:3]: [] for j in jobs}
    groups: dict[tuple[str, str], list] = {}  # (payload, op) -> one job per implementation
    for job in jobs:
        groups.setdefault(job[:2], []).append(job)
    for r in range(rounds):
        for group in groups.values():
            shift = r % len(group)
            for pname, op, iname, timer, loops in group[shift:] + group[:shift]:
                samples[(pname, op, iname)].append(timer.timeit(loops) / loops)
    return samples


def report_times(suite: str, data: dict[str, Any], samples: dict, rounds: int) -> list[dict[str, Any]]:
    """Prints the table; returns one record per (payload, op) for --results."""
    names = [n for n in ("hand", "gen", "pydantic", "msgspec", "mashumaro", "cattrs")
             if any(k[0] in data and k[2] == n for k in samples)]
    ratios = ratio_columns(names)
    rows: list[list[str]] = []
    records: list[dict[str, Any]] = []
    for pname in data:
        if rows:
            rows.append([])
        for op in OPS + ORJSON_OPS:
            present = [n for n in names if (pname, op, n) in samples]
            if not present:
                continue
            cells = [pname, op]
            cells += [fmt_time(statistics.median(samples[(pname, op, n)])) if n in present else "-" for n in names]
            cells += [paired_ratio(samples.get((pname, op, a)), samples.get((pname, op, b))) for _, a, b in ratios]
            cells.append(f"{max(rel_iqr(samples[(pname, op, n)]) for n in present) * 100:.0f}%")
            rows.append(cells)
            records.append({
                "payload": pname, "op": op,
                "median_s": {n: statistics.median(samples[(pname, op, n)]) for n in present},
                "ratios": {h: paired_ratio_value(samples.get((pname, op, a)), samples.get((pname, op, b)))
                           for h, a, b in ratios},
                "noise": max(rel_iqr(samples[(pname, op, n)]) for n in present),
            })
    print_table(f"{suite}: median time per call over {rounds} rounds (lower is better)",
                ["payload", "op", *names, *(c[0] for c in ratios), "noise"], rows)
    return records


def report_memory(suites: list) -> dict[str, Any]:
    """Prints the table; returns {suite: figures} for --results."""
    rows = []
    records: dict[str, Any] = {}
    for suite, impl_list, data in suites:
        pname, p = list(data.items())[-1]  # the largest payload of the suite
        text, n = json.dumps(p), len(p.get("choices") or p.get("data"))
        if rows:
            rows.append([])
        sizes = {i.name: (footprint.retained_bytes(i.decode, p), footprint.retained_bytes(i.from_json, text))
                 for i in impl_list}
        base = "gen" if "gen" in sizes else "hand"
        rows.append([pname, "json.loads (dicts)", "-", f"{footprint.retained_bytes(json.loads, text):,}", "", ""])
        for name, (d, j) in sizes.items():
            rows.append([pname, name, f"{d:,}", f"{j:,}", f"{j / n:,.0f}", f"{j / sizes[base][1]:.2f}x {base}"])
        records[suite] = {
            "payload": pname, "items": n, "json_loads_bytes": footprint.retained_bytes(json.loads, text),
            "impls": {name: {"decode_bytes": d, "from_json_bytes": j, "from_json_per_item": j / n}
                      for name, (d, j) in sizes.items()},
        }
    print_table("memory of one decoded object graph, bytes (tracemalloc)",
                ["payload", "impl", "decode(dict)", "from_json(str)", "per item", "ratio"], rows)
    print("decode(dict) counts only what decode allocates (strings are shared with the input dict);")
    print("from_json(str) counts the whole graph, strings included.  item = one choice / one agent.")
    return records


def report_imports(names: list[str], generated_dir: Path, runs: int, runs_all: int) -> list[dict[str, Any]]:
    rows = footprint.import_times(names, generated_dir, payloads.make_payload(1), runs, runs_all)
    print_table("import time in a fresh interpreter (median; interpreter start-up not included)",
                ["impl", "what", "time", "runs"],
                [[n, w, fmt_time(t), str(k)] for n, w, t, k in rows])
    print("gen = import orq_api.models.operations + decode the 1-choice payload (lazy names load on use).")
    return [{"impl": n, "what": w, "median_s": t, "runs": k} for n, w, t, k in rows]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="5 rounds of ~20 ms loops (default: 15 of ~50 ms)")
    ap.add_argument("--rounds", type=int, help="number of interleaved rounds")
    ap.add_argument("--target-ms", type=float, help="duration of one timed loop")
    ap.add_argument("--gc", action="store_true", help="keep the garbage collector on while timing")
    ap.add_argument("--require-generated", action="store_true", help="exit 2 if generated code is missing")
    ap.add_argument("--check-only", action="store_true", help="run the correctness checks and stop")
    ap.add_argument("--generated-dir", type=Path, default=impls.REPO_ROOT / "generated",
                    help="directory holding the generated orq_api package (default: %(default)s)")
    ap.add_argument("--deep-spec", type=Path, default=impls.DEEP_SPEC, help="spec of the deep suite")
    ap.add_argument("--no-deep", action="store_true", help="skip the deep (ListAgents) suite")
    ap.add_argument("--no-orjson", action="store_true", help="run as if orjson were not installed")
    ap.add_argument("--no-footprint", action="store_true", help="skip the memory and import-time tables")
    ap.add_argument("--results", type=Path,
                    help="write the figures bench/summary.py reads to this JSON file (default: "
                         f"{RESULTS_DIR}/serializers.json, or serializers-no-orjson.json with --no-orjson)")
    args = ap.parse_args(argv)
    if args.results is None:
        args.results = RESULTS_DIR / ("serializers-no-orjson.json" if args.no_orjson else "serializers.json")
    rounds = args.rounds or (5 if args.quick else 15)
    target_s = (args.target_ms or (20.0 if args.quick else 50.0)) / 1e3
    started = time.perf_counter()
    if args.no_orjson:
        sys.modules["orjson"] = None  # type: ignore[assignment]  # makes `import orjson` fail
    try:
        import orjson
    except ImportError:
        orjson = None
    import pydantic

    generated_dir = args.generated_dir.resolve()
    router, notes = impls.router_impls(generated_dir)
    suites = [("router", router, payloads.build_payloads())]
    if not args.no_deep:
        deep, deep_notes = impls.deep_impls(args.deep_spec.resolve())
        notes += deep_notes
        if deep:
            suites.append(("deep", deep, {f"{deep_payloads.N_AGENTS} agents": deep_payloads.make_payload()}))
    versions = {m: importlib.metadata.version(m) for m in ("msgspec", "mashumaro", "cattrs") if m in sys.modules}
    print(f"Python {platform.python_version()}, pydantic {pydantic.VERSION}, "
          + ", ".join(f"{k} {v}" for k, v in versions.items())
          + f", orjson {orjson.__version__ if orjson else 'off'}, {platform.machine()}")
    for note in notes:
        print(note)
    if args.require_generated and any(not any(i.name == "gen" for i in s[1]) for s in suites):
        return 2
    for _, _, data in suites:
        for name, p in data.items():
            describe = payloads.describe if "choices" in p else deep_payloads.describe
            print(f"payload {name:>12}: {describe(p)}")

    if not check_all(suites, orjson):
        return 1
    if args.check_only:
        return 0

    load_start = os.getloadavg()
    samples = time_all(suites, rounds, target_s, args.gc, orjson)
    results: dict[str, Any] = {
        "meta": {
            "date": datetime.datetime.now().isoformat(timespec="seconds"), "python": platform.python_version(),
            "versions": {"pydantic": pydantic.VERSION, **versions}, "orjson": orjson.__version__ if orjson else None,
            "rounds": rounds, "target_ms": target_s * 1e3, "gc": args.gc, "argv": sys.argv[1:],
            "loadavg_start": load_start, "impls": {suite: [i.name for i in il] for suite, il, _ in suites},
        },
        "times": {},
        "memory": None,
        "imports": None,
    }
    for suite, _, data in suites:
        results["times"][suite] = report_times(SUITES[suite], data, samples, rounds)
    print("a/b = median over rounds of time(a) / time(b), timed back to back in the same round; > 1: a is slower.")
    print("noise = largest interquartile range / median of the row's timings.  to_json of msgspec and the")
    print("encode+orjson rows return UTF-8 bytes, the others str.  Operations per library: see bench/README.md.")
    if not args.no_footprint:
        results["memory"] = report_memory(suites)
        if any(i.name == "gen" for i in router):
            results["imports"] = report_imports([i.name for i in router], generated_dir, 3 if args.quick else 7,
                                                1 if args.quick else 3)
    results["meta"]["loadavg_end"] = os.getloadavg()
    results["meta"]["total_s"] = time.perf_counter() - started
    args.results.parent.mkdir(parents=True, exist_ok=True)
    args.results.write_text(json.dumps(results, indent=1))
    print(f"\ntotal run time {time.perf_counter() - started:.0f} s; load average {load_start[0]:.2f} at the start of "
          f"the timing, {results['meta']['loadavg_end'][0]:.2f} at the end; results in {args.results}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
