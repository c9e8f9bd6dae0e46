"""Name stability across spec versions: models renamed, and the size of the diff of the generated tree,
without and with the name lock (names.lock.json).

Usage: python bench/name_stability.py [--fast] [DIR]   (DIR: ../shared/corpus/orq-versions by default)

For each consecutive pair of specs in DIR (sorted by file name, i.e. by date), the old spec is generated
without a lock, then the new one (a) without a lock and (b) with the old run's lock. Columns:
  models old/new    models of each run (aliases included), `common`: locations that are a model in both
  renamed           models of `common` whose pool/name differs from the old run's, without / with the lock
  files, +/-        the diff of the generated tree, old -> new (`git diff --no-index --no-renames --numstat`;
                    names.lock.json itself left out), without / with the lock
--fast skips black (names do not depend on formatting, so `renamed` is the same; diff sizes are then of the
unformatted code). The generator and the templates are copied first, so edits made during the run do not mix in.
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
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VERSIONS = os.path.join(os.path.dirname(ROOT), "shared", "corpus", "orq-versions")
PACKAGE = "orq_api"


def snapshot(tmp: str) -> None:
    """Import the generator (and its templates) from a copy taken now."""
    for name in ("generator", "templates"):
        shutil.copytree(os.path.join(ROOT, name), os.path.join(tmp, "code", name),
                        ignore=shutil.ignore_patterns("__pycache__"))
    sys.path.insert(0, os.path.join(tmp, "code"))


def write(files: dict[str, str], path: str, skip: str) -> str:
    for rel, text in files.items():
        if rel == skip:
            continue
        full = os.path.join(path, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
    return path


def diff_size(a: str, b: str) -> tuple[int, int, int]:
    """(files changed, lines added, lines removed) from tree a to tree b."""
    r = subprocess.run(["git", "diff", "--no-index", "--no-renames", "--numstat", a, b], capture_output=True, text=True)
    if r.returncode not in (0, 1):
        raise RuntimeError(r.stderr)
    files = plus = minus = 0
    for line in r.stdout.splitlines():
        add, rem, _ = line.split("\t", 2)
        files += 1
        plus += int(add) if add != "-" else 0
        minus += int(rem) if rem != "-" else 0
    return files, plus, minus


def renamed(old: dict[str, str], new: dict[str, str]) -> tuple[int, int]:
    common = old.keys() & new.keys()
    return len(common), sum(old[k] != new[k] for k in common)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dir", nargs="?", default=VERSIONS)
    parser.add_argument("--fast", action="store_true", help="skip black (diff sizes of unformatted code)")
    args = parser.parse_args()
    specs = sorted(glob.glob(os.path.join(args.dir, "*.yaml")) + glob.glob(os.path.join(args.dir, "*.json")))
    if len(specs) < 2:
        print(f"{args.dir}: fewer than two specs", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="name-stability-") as tmp:
        snapshot(tmp)
        from generator.namelock import LOCK_FILE
        from generator.pipeline import generate_files

        def gen(i: int, lock: str | None, label: str):
            started = time.perf_counter()
            result = generate_files(specs[i], PACKAGE, None, formatted=not args.fast, lock=lock)
            print(f"  {os.path.basename(specs[i])} {label}: {result.models} models, "
                  f"{time.perf_counter() - started:.1f}s", file=sys.stderr)
            for w in result.warnings:
                if LOCK_FILE in w:
                    print(f"    warning: {w}", file=sys.stderr)
            path = write(result.files, os.path.join(tmp, f"v{i}-{label}"), LOCK_FILE)
            return result, json.loads(result.files[LOCK_FILE])["names"], path

        rows = []
        fresh = [gen(0, None, "fresh")]
        for i in range(1, len(specs)):
            old, old_names, old_tree = fresh[i - 1]
            fresh.append(gen(i, None, "fresh"))
            new_a, names_a, tree_a = fresh[i]
            new_b, names_b, tree_b = gen(i, old.files[LOCK_FILE], "locked")
            common, ren_a = renamed(old_names, names_a)
            _, ren_b = renamed(old_names, names_b)
            rows.append((os.path.basename(specs[i - 1])[:14], os.path.basename(specs[i])[:14], old.models, new_a.models,
                         common, ren_a, ren_b, diff_size(old_tree, tree_a), diff_size(old_tree, tree_b)))
            shutil.rmtree(old_tree)
            shutil.rmtree(tree_b)
    print(f"black: {'no (--fast)' if args.fast else 'yes'}; diff of the generated tree without names.lock.json\n")
    print("| old -> new | models old | models new | common | renamed (no lock) | renamed (lock) "
          "| diff no lock: files, +/- | diff with lock: files, +/- |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for old, new, m_old, m_new, common, ren_a, ren_b, (fa, pa, ma), (fb, pb, mb) in rows:
        print(f"| {old} -> {new} | {m_old} | {m_new} | {common} | {ren_a} | {ren_b} "
              f"| {fa}, +{pa}/-{ma} | {fb}, +{pb}/-{mb} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
