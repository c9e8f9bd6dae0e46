"""Write the generated tree atomically, or compare it with what is on disk (drift check)."""

from __future__ import annotations

import difflib
import os
import shutil
import tempfile

MANIFEST = ".manifest"  # the files the generator owns, one relative path a line


def read_tree(out_dir: str) -> dict[str, str]:
    """The generator-owned files currently in out_dir."""
    owned = _manifest(out_dir)
    tree = {}
    for rel in owned:
        path = os.path.join(out_dir, rel)
        try:
            with open(path, encoding="utf-8", newline="") as fh:
                tree[rel] = fh.read()
        except FileNotFoundError:
            continue
    return tree


def _manifest(out_dir: str) -> list[str]:
    try:
        with open(os.path.join(out_dir, MANIFEST), encoding="utf-8") as fh:
            return [line for line in fh.read().splitlines() if line]
    except FileNotFoundError:
        return []


def changed_files(files: dict[str, str], out_dir: str) -> list[str]:
    old = read_tree(out_dir)
    changed = [rel for rel, text in files.items() if old.get(rel) != text]
    changed += [rel for rel in old if rel not in files]
    return sorted(changed)


def diff(files: dict[str, str], out_dir: str) -> str:
    old = read_tree(out_dir)
    chunks = []
    for rel in sorted(set(files) | set(old)):
        a, b = old.get(rel), files.get(rel)
        if a == b:
            continue
        chunks.extend(difflib.unified_diff((a or "").splitlines(True), (b or "").splitlines(True),
                                           f"a/{rel}" if a is not None else "/dev/null",
                                           f"b/{rel}" if b is not None else "/dev/null"))
    return "".join(chunks)


def write_tree(files: dict[str, str], out_dir: str) -> None:
    """Build the new tree beside out_dir, then swap it in. Files the generator does not own are kept."""
    out_dir = os.path.abspath(out_dir)
    parent = os.path.dirname(out_dir)
    os.makedirs(parent, exist_ok=True)
    staging = tempfile.mkdtemp(prefix="." + os.path.basename(out_dir) + ".new-", dir=parent)
    try:
        for rel, text in files.items():
            path = os.path.join(staging, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
        with open(os.path.join(staging, MANIFEST), "w", encoding="utf-8") as fh:
            fh.write("".join(rel + "\n" for rel in sorted(files)))
        if os.path.isdir(out_dir):
            _keep_foreign_files(out_dir, staging)
            old = out_dir + ".old"
            if os.path.exists(old):
                shutil.rmtree(old)
            os.rename(out_dir, old)
            os.rename(staging, out_dir)
            shutil.rmtree(old)
        else:
            os.rename(staging, out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _keep_foreign_files(out_dir: str, staging: str) -> None:
    owned = set(_manifest(out_dir)) | {MANIFEST}
    for dirpath, dirnames, filenames in os.walk(out_dir):
        dirnames[:] = [d for d in dirnames if d != "__pycache__"]
        for name in filenames:
            rel = os.path.relpath(os.path.join(dirpath, name), out_dir)
            if rel in owned or os.path.exists(os.path.join(staging, rel)):
                continue
            dest = os.path.join(staging, rel)
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            shutil.copy2(os.path.join(dirpath, name), dest)
