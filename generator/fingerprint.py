"""Skip a run whose inputs are unchanged: the record of the last run, kept in the records folder (by default the
output directory).

`.fingerprint.json` holds a hash of everything the output depends on (the spec files, the generator's code and
templates, the versions of ruff, jinja2 and pyyaml, package name, name overrides, the name lock) and the hash of
`.manifest`, which holds the hash of every generated file. When the inputs hash the same and the manifest and
every file it lists still have their hashes, the output would come out byte-identical: the run stops there.
The record names spec files relative to the spec's directory and the output relative to itself, so a committed
record also serves a fresh clone. It holds no Python version: every Python the generator runs on writes the same
bytes (tests/test_interpreters.py), so the record stays put whichever one regenerates. With the docs or records
folder elsewhere (generator.layout), the record also holds the hash of each other folder's `.manifest` (`trees`,
keyed by the folder's path relative to the record's), and every one of them is checked.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import os
from dataclasses import dataclass
from importlib import metadata
from typing import Any

from . import limits, templates_dir
from .errors import SpecError
from .owned import MANIFEST, Owned, digest

_CODE_DIRS = (os.path.dirname(os.path.abspath(__file__)), templates_dir())
_VERSIONED = ("ruff", "jinja2", "pyyaml")
_SPEC_DIR = "<spec dir>"  # warnings name spec files through this placeholder in the record


@dataclass(frozen=True)
class Record:
    inputs: str
    sources: tuple[str, ...]  # spec files, relative to the spec's directory
    models: int
    pages: int
    warnings: tuple[str, ...]
    manifest: str  # digest of .manifest, which holds the digest of every other file
    trees: dict[str, str] = dataclasses.field(default_factory=dict)  # other folder -> digest of its .manifest


def settings(package: str, names: dict[str, str] | None, options: Any,
             layout: dict[str, str] | None = None) -> dict[str, object]:
    """What besides the spec files, the generator and the name lock (an output, checked as such) decides the
    output; `layout`: where the docs and records go, when not where they go by default. Runs with --no-lock never
    skip."""
    decided: dict[str, object] = {"package": package, "names": dict(sorted((names or {}).items())),
                                  "options": dataclasses.asdict(options)}
    return decided if layout is None else {**decided, "layout": layout}


def tree_key(folder: str, records: str) -> str:
    """How the record names another folder of the output: relative to its own."""
    return os.path.relpath(folder, records).replace(os.sep, "/")


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def code_inputs() -> list[bytes]:
    """What of the generator the record hashes: each code and template file's name and bytes, and the versions of
    ruff, jinja2 and pyyaml. Not the Python version (the output is the same on every Python it runs on), no
    absolute path, no modification time."""
    parts = []
    for folder in _CODE_DIRS:
        for name in sorted(os.listdir(folder)):
            if name.endswith((".py", ".jinja")):
                with open(os.path.join(folder, name), "rb") as fh:
                    parts.append(name.encode() + b"\0" + fh.read())
    return parts + [f"{dist}={metadata.version(dist)}".encode() for dist in _VERSIONED]


@functools.cache
def _code_hash() -> str:  # once per process: the check before a run and the record after it
    h = hashlib.sha256()
    for part in code_inputs():
        h.update(part + b"\0")
    return h.hexdigest()


def inputs_hash(spec: str, sources: tuple[str, ...], settings: Any,
                digests: tuple[str, ...] | None = None) -> str | None:
    """The hash of a run's inputs; None when a source file is gone. `digests` (one per source) are those of the
    bytes the run read: a spec edited during the run then does not pass for the one generated from."""
    spec_dir = os.path.dirname(os.path.abspath(spec))
    h = hashlib.sha256(_code_hash().encode())
    h.update(json.dumps([os.path.basename(spec), settings], sort_keys=True, default=str).encode())
    for i, rel in enumerate(sources):
        if digests is not None:
            h.update(rel.encode() + b"\0" + digests[i].encode())
            continue
        try:  # bounded, regular files only: the run that follows words what is wrong
            h.update(rel.encode() + b"\0" + _sha(limits.read_file(os.path.join(spec_dir, rel))).encode())
        except SpecError:
            return None
    return h.hexdigest()


def relative_sources(spec: str, paths: tuple[str, ...]) -> tuple[str, ...]:
    spec_dir = os.path.dirname(os.path.abspath(spec))
    return tuple(sorted(os.path.relpath(p, spec_dir) for p in paths))


def dump(spec: str, sources: tuple[str, ...], digests: tuple[str, ...], settings: Any, models: int, pages: int,
         warnings: tuple[str, ...], files: dict[str, str], trees: dict[str, str] | None = None) -> str:
    rel = relative_sources(spec, sources)
    spec_dir = os.path.dirname(os.path.abspath(spec))
    digest_of = {os.path.relpath(p, spec_dir): d for p, d in zip(sources, digests)}
    record: dict[str, object] = {
        "inputs": inputs_hash(spec, rel, settings, tuple(digest_of[r] for r in rel)),
        "sources": list(rel),
        "models": models,
        "pages": pages,
        "warnings": [w.replace(spec_dir, _SPEC_DIR) for w in warnings],
        "manifest": digest(files[MANIFEST].encode("utf-8")),
    }
    if trees:
        record["trees"] = dict(sorted(trees.items()))
    return json.dumps(record, indent=0, sort_keys=True) + "\n"


def unchanged(spec: str, settings: Any, out_dir: str, text: str | None, others: tuple[str, ...] = ()) -> Record | None:
    """The last run's record (read from out_dir) when nothing it depends on changed and the files of out_dir and of
    the `others` folders are intact; else None."""
    if text is None:
        return None
    try:
        raw = json.loads(text)
        record = Record(raw["inputs"], tuple(raw["sources"]), raw["models"], raw["pages"], tuple(raw["warnings"]),
                        raw["manifest"], raw.get("trees", {}))
        if not (all(isinstance(s, str) for s in record.sources) and all(isinstance(w, str) for w in record.warnings)
                and isinstance(record.manifest, str) and isinstance(record.trees, dict)):
            return None
    except (ValueError, KeyError, TypeError):
        return None  # not ours or damaged: a full run rewrites it
    if inputs_hash(spec, record.sources, settings) != record.inputs:
        return None
    if set(record.trees) != {tree_key(folder, out_dir) for folder in others}:
        return None
    folders = {out_dir: record.manifest, **{folder: record.trees[tree_key(folder, out_dir)] for folder in others}}
    if not all(_intact(folder, manifest) for folder, manifest in folders.items()):
        return None
    spec_dir = os.path.dirname(os.path.abspath(spec))
    warnings = tuple(w.replace(_SPEC_DIR, spec_dir) for w in record.warnings)
    return dataclasses.replace(record, warnings=warnings)


def _intact(folder: str, manifest_digest: object) -> bool:
    """The folder's .manifest has the recorded hash, and every file it lists the hash it lists."""
    owned = Owned.read(folder)
    manifest = owned.read_bytes(MANIFEST)
    if manifest is None or digest(manifest) != manifest_digest:
        return False
    for rel, hashed in owned.hashes.items():
        data = owned.read_bytes(rel)
        if data is None or digest(data) != hashed:
            return False
    return True
