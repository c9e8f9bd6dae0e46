"""Where the output goes: the package in the output directory (`out`), the pages in the docs folder (`docs`,
default `<out>/docs`), names.lock.json and .fingerprint.json in the records folder (`records`, default `<out>`).

The output directory is one owned tree (generator.write); a docs folder outside it and a records folder other than
it are trees of their own, each with its `.manifest` and `.gitattributes` at its root (git reads a
`.gitattributes` only for the files below it, and a manifest is committed with the files it lists). When there
are several trees, each holds `.layout.json`: where all of them are, relative to it. The output directory's copy
tells the next run which folders an earlier layout wrote (to clean them up); another folder's copy confirms that
it belongs to this output directory before anything in it is deleted.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from typing import Callable

from .config import Config
from .errors import ConfigError
from .namelock import LOCK_FILE
from .owned import FINGERPRINT_FILE

DOCS = "docs"  # the docs folder's name in the default layout, and the prefix of the pages' paths in memory
LAYOUT_FILE = ".layout.json"
_ROLES = ("docs", "out", "records")


@dataclass(frozen=True)
class Layout:
    out: str  # as given (relative to the current folder, or absolute)
    docs: str
    records: str

    @classmethod
    def default(cls, out: str) -> Layout:
        return cls(out, os.path.join(out, DOCS), out)

    def roots(self) -> tuple[str, ...]:
        """The folders written as trees of their own, in the order they are written: the output directory, the
        docs folder unless it is inside it, and last the records folder (which may be the output directory)."""
        docs = () if _within(self.docs, self.out) else (self.docs,)
        return tuple(root for root in (self.out, *docs) if not same(root, self.records)) + (self.records,)

    def settings(self) -> dict[str, str] | None:
        """The layout as the run record hashes it (relative to the output directory, as in a clone); None for the
        default one, whose record stays as it was."""
        if same(self.docs, os.path.join(self.out, DOCS)) and same(self.records, self.out):
            return None
        return {"docs": _rel(self.docs, self.out), "records": _rel(self.records, self.out)}

    def split(self, files: dict[str, str]) -> dict[str, dict[str, str]]:
        """`files`, named as in the default layout (<package>/..., docs/..., names.lock.json), by root. A folder
        inside the output directory is placed there as written, not through symlinks (the writer refuses those)."""
        roots = self.roots()
        trees: dict[str, dict[str, str]] = {root: {} for root in roots}
        for rel, text in files.items():
            if rel.startswith(DOCS + "/"):
                folder, rest, root = self.docs, rel[len(DOCS) + 1:], self.docs if self.docs in roots else self.out
            elif rel in (LOCK_FILE, FINGERPRINT_FILE):
                folder, rest, root = self.records, rel, self.records
            else:
                folder, rest, root = self.out, rel, self.out
            prefix = _rel(folder, root)
            trees[root][rest if prefix == "." else f"{prefix}/{rest}"] = text
        return trees

    def pointer(self, root: str) -> str:
        """The text of `root`'s .layout.json."""
        where = {role: _rel(getattr(self, role), root) for role in _ROLES}
        return json.dumps(where, indent=2, sort_keys=True) + "\n"


def from_pointer(text: str | None, root: str) -> Layout | None:
    """The layout a .layout.json in `root` names (None if it is not one: it is then rewritten or left alone)."""
    try:
        where = json.loads(text) if text is not None else None
    except ValueError:
        return None
    if not isinstance(where, dict) or set(where) != set(_ROLES) or not all(
            isinstance(v, str) and v and "\0" not in v for v in where.values()):
        return None
    out, docs, records = (os.path.normpath(os.path.join(root, where[role])) for role in ("out", "docs", "records"))
    return Layout(out, docs, records)


def resolve(cfg: Config) -> Layout:
    """The layout the settings ask for; a ConfigError when one folder would hold another's files."""
    records = cfg.records if cfg.records and not same(cfg.records, cfg.out) else cfg.out
    layout = Layout(cfg.out, cfg.docs or os.path.join(cfg.out, DOCS), records)
    problem = _overlap(layout, os.path.join(cfg.out, cfg.package))
    if problem:
        key, text = problem
        given = getattr(layout, key)
        raise ConfigError(f"{cfg.origins.get(key, f'{key} {given!r}')} {text}")
    return layout


def _overlap(layout: Layout, package: str) -> tuple[str, str] | None:
    """(key to blame, what is wrong) for folders that would own one another's files."""
    out, docs, records = layout.out, layout.docs, layout.records
    name = os.path.relpath
    alone = f"the package folder {name(package)}, which holds the package alone"
    beside_docs = ("contains",) if not same(records, out) else ()  # records = out holds the default docs folder
    rules = (
        ("records", records, package, ("is", "is inside"), alone),
        ("records", records, out, ("contains",),
         f"the output directory {name(out)}; the run records go in it or in a folder of their own"),
        ("docs", docs, package, ("is", "is inside"), alone),
        ("docs", docs, out, ("is", "contains"),
         f"the output directory {name(out)}; the pages need a folder of their own, inside or beside it"),
        ("records", records, docs, ("is", "is inside", *beside_docs),
         f"the docs folder {name(docs)}; the run records need a folder of their own"),
    )
    for key, path, other, refused, what in rules:
        relation = _relation(path, other, _norm) or _relation(path, other, os.path.realpath)
        if relation in refused:
            return key, f"{relation} {what}"
    return None


def same(a: str, b: str) -> bool:
    return os.path.realpath(a) == os.path.realpath(b)


def _within(path: str, root: str) -> bool:
    """`path` is `root` or below it, as written (a symlink below the output directory is still below it)."""
    return _relation(path, root, _norm) in ("is", "is inside")


def _norm(path: str) -> str:
    return os.path.normpath(os.path.abspath(path))


def _relation(path: str, other: str, resolve: Callable[[str], str]) -> str | None:
    """How `path` stands to `other`, both as written (resolve=_norm) or with symlinks resolved."""
    a, b = resolve(path), resolve(other)
    if a == b:
        return "is"
    if a.startswith(b.rstrip(os.sep) + os.sep):
        return "is inside"
    if b.startswith(a.rstrip(os.sep) + os.sep):
        return "contains"
    return None


def _rel(path: str, root: str) -> str:
    return os.path.relpath(path, root).replace(os.sep, "/")


def holds(folder: str, path: str) -> bool:
    """`folder` is `path` or above it, as written or with symlinks resolved."""
    return any(_relation(folder, path, resolve) in ("is", "contains") for resolve in (_norm, os.path.realpath))
