#!/usr/bin/env python3
"""Generation speed and memory against spec size: the orq-versions specs, orq.yaml and openai.yaml.

Each spec runs in a fresh interpreter (generator.pipeline.generate_files, in memory, nothing written), three
ways: `own` = everything but black (the generator's own work: load, name, build, render), `warm` = with black
and its content-hash cache filled, `cold` = with an empty black cache (--cold; minutes per spec, black-bound).
Peak memory is the child's max RSS (black's worker processes not included). Also the regeneration with
nothing changed through the CLI (the run record skip), and growth: seconds and MB per MB of spec.

Usage: python bench/generation.py [--cold] [SPEC ...]
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(os.path.dirname(ROOT), "shared", "corpus")
CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from generator.pipeline import generate_files
started = time.perf_counter()
result = generate_files(sys.argv[2], "bench_api", formatted=sys.argv[3] == "1")
seconds = time.perf_counter() - started
size = sum(len(t) for t in result.files.values())
print(json.dumps({"seconds": seconds, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "models": result.models, "out_mb": size / 1e6}))
"""


def child(spec: str, formatted: bool, cache: str) -> dict:
    env = {**os.environ, "SPECSMITH_CACHE": cache}
    proc = subprocess.run([sys.executable, "-c", CHILD, ROOT, spec, "1" if formatted else "0"],
                          capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        raise SystemExit(f"{spec}: {proc.stderr.strip().splitlines()[-1]}")
    return json.loads(proc.stdout)


def regenerate_unchanged(spec: str) -> float:
    out = tempfile.mkdtemp(prefix="bench-regen-")
    try:
        argv = [sys.executable, "-m", "generator", "generate", "--spec", spec, "--out", out, "--package", "bench_api",
                "--config", os.devnull]
        subprocess.run(argv, cwd=ROOT, capture_output=True, check=True)
        proc = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, check=True)
        return float(proc.stderr.strip().rsplit(" ", 1)[1].rstrip("s"))
    finally:
        shutil.rmtree(out, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cold", action="store_true", help="also time an empty black cache (slow)")
    parser.add_argument("specs", nargs="*")
    args = parser.parse_args()
    specs = args.specs or sorted(glob.glob(os.path.join(CORPUS, "orq-versions", "*.yaml"))) + [
        os.path.join(CORPUS, "orq.yaml"), os.path.join(CORPUS, "openai.yaml")]
    warm_cache = os.environ.get("SPECSMITH_CACHE") or os.path.join(os.path.expanduser("~"), ".cache", "specsmith")
    header = f"{'spec':28} {'MB':>5} {'models':>6} {'own s':>6} {'own MB':>6} {'warm s':>6} {'warm MB':>7}"
    header += f" {'cold s':>6}" if args.cold else ""
    header += f" {'regen s':>7} {'s/MB own':>8} {'MB/MB':>6}"
    print(header)
    for spec in specs:
        size = os.path.getsize(spec) / 1e6
        own = child(spec, False, warm_cache)
        child(spec, True, warm_cache)  # fill the cache
        warm = child(spec, True, warm_cache)
        line = (f"{os.path.basename(spec)[:28]:28} {size:5.2f} {own['models']:6d} {own['seconds']:6.2f} "
                f"{own['rss_mb']:6.0f} {warm['seconds']:6.2f} {warm['rss_mb']:7.0f}")
        if args.cold:
            with tempfile.TemporaryDirectory() as cold_cache:
                line += f" {child(spec, True, cold_cache)['seconds']:6.1f}"
        line += f" {regenerate_unchanged(spec):7.2f} {own['seconds'] / size:8.2f} {own['rss_mb'] / size:6.0f}"
        print(line, flush=True)


if __name__ == "__main__":
    main()
