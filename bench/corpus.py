"""Generate every spec of ../shared/corpus into a temporary directory: one line per spec.

Usage: python bench/corpus.py [--import] [--examples] [--mypy] [--black] [--ruff] [NAME ...]
Columns: spec, exit code, models, pages, seconds, and the error or the import check's result.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time

from generator.format import ruff_bin

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(os.path.dirname(ROOT), "shared", "corpus")
RUN_EXAMPLES = r"""
import os, re, sys
block = re.compile(r"```python\n(.*?)```", re.S)
ran = failed = 0
for dirpath, _, names in os.walk("docs"):
    for name in sorted(names):
        path = os.path.join(dirpath, name)
        for code in block.findall(open(path, encoding="utf-8").read()):
            try:
                exec(compile(code, path, "exec"), {})
                ran += 1
            except Exception as e:
                failed += 1
                print(f"{path}: {type(e).__name__}: {e}", file=sys.stderr)
print(ran, failed)
sys.exit(1 if failed else 0)
"""
IMPORT_ALL = """
import importlib
n = 0
for pool in ("components", "operations", "errors"):
    module = importlib.import_module("pkg.models." + pool)
    for name in module.__all__:
        getattr(module, name)
        n += 1
print(n)
"""


def specs() -> list[str]:
    out = []
    for name in sorted(os.listdir(CORPUS)):
        path = os.path.join(CORPUS, name)
        if os.path.isdir(path) and os.path.exists(os.path.join(path, "openapi.yaml")):
            out.append(os.path.join(name, "openapi.yaml"))
        elif name.endswith((".yaml", ".yml", ".json")):
            out.append(name)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("names", nargs="*", help="only these specs (file names)")
    parser.add_argument("--import", dest="check_import", action="store_true", help="import every generated name")
    parser.add_argument("--examples", action="store_true", help="run every docs example")
    parser.add_argument("--mypy", action="store_true", help="run mypy --strict on the generated package")
    parser.add_argument("--black", action="store_true", help="black --check the generated package (ruff "
                                                            "formatted it: this proves black would keep it)")
    parser.add_argument("--ruff", action="store_true", help="ruff check (its default rules) the generated package")
    args = parser.parse_args()
    if not os.path.isdir(CORPUS):
        print(f"corpus not found at {CORPUS}", file=sys.stderr)
        return 2
    failures = 0
    print(f"{'spec':42} {'exit':>4} {'models':>6} {'pages':>6} {'seconds':>8}  note")
    for spec in specs():
        if args.names and not any(n in spec for n in args.names):
            continue
        with tempfile.TemporaryDirectory() as out:
            started = time.perf_counter()
            r = subprocess.run([sys.executable, "-m", "generator", "generate", "--spec", os.path.join(CORPUS, spec),
                                "--out", out, "--package", "pkg"], cwd=ROOT, capture_output=True, text=True)
            seconds = time.perf_counter() - started
            summary = re.search(r"(\d+) models?, (\d+) pages?", r.stderr)
            models, pages = summary.groups() if summary else ("-", "-")
            warnings = r.stderr.count("warning: ")
            lines = [line for line in r.stderr.splitlines() if not line.startswith("warning: ")]
            note = f"{warnings} warnings" if warnings else ""
            if r.returncode != 0:
                note = lines[-1][:150] if lines else f"exit {r.returncode}"
            elif args.check_import:
                imp = subprocess.run([sys.executable, "-c", IMPORT_ALL], cwd=out, capture_output=True, text=True)
                note += f"; import: {imp.stdout.strip()} names" if imp.returncode == 0 else "; IMPORT FAILED"
                failures += imp.returncode != 0
            if r.returncode == 0 and args.examples:
                ex = subprocess.run([sys.executable, "-c", RUN_EXAMPLES], cwd=out, capture_output=True, text=True)
                ran = ex.stdout.split()
                note += f"; examples: {ran[0]} ran" if ex.returncode == 0 else f"; EXAMPLES FAILED {ran[-1:]}"
                failures += ex.returncode != 0
            if r.returncode == 0 and args.mypy:
                my = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental", "pkg"], cwd=out,
                                    capture_output=True, text=True)
                last = (my.stdout.strip().splitlines() or ["?"])[-1]
                note += "; mypy --strict ok" if my.returncode == 0 else f"; MYPY: {last}"
                failures += my.returncode != 0
            if r.returncode == 0 and args.black:
                bl = subprocess.run([sys.executable, "-m", "black", "--check", "--quiet", "--target-version", "py310",
                                     "pkg"], cwd=out, capture_output=True, text=True)
                note += "; black --check ok" if bl.returncode == 0 else f"; BLACK: {bl.stderr.strip()[:120]}"
                failures += bl.returncode != 0
            if r.returncode == 0 and args.ruff:
                rc = subprocess.run([ruff_bin(), "check", "--isolated", "--no-cache", "--quiet", "--target-version",
                                     "py310", "pkg"], cwd=out, capture_output=True, text=True)
                note += "; ruff check ok" if rc.returncode == 0 else f"; RUFF: {rc.stdout.strip()[:120]}"
                failures += rc.returncode != 0
            expected_refusal = "swagger2" in spec or "remote-ref" in spec
            failures += (r.returncode != 0) != expected_refusal
            print(f"{spec:42} {r.returncode:>4} {models:>6} {pages:>6} {seconds:>8.1f}  {note}", flush=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
