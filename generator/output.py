"""The folders of one run (generator.layout) as the command line uses them: what the last run left there (its
name lock, its record, the folders of an earlier layout to clean up), and the drift across all of them."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Callable

from .errors import OutputError
from .layout import LAYOUT_FILE, Layout, from_pointer, holds, same
from .namelock import LOCK_FILE
from .owned import FINGERPRINT_FILE, Owned
from .write import changed_files, diff, recover


@dataclass(frozen=True)
class Previous:
    lock: str | None  # the last run's name lock (None: none, or --no-lock)
    lock_origin: str  # where it was read, for messages
    record: str | None  # the last run's .fingerprint.json
    retire: tuple[str, ...]  # folders of an earlier layout that this one no longer writes


def previous_run(command: str, layout: Layout, no_lock: bool, waiting: Callable[[str], None]) -> Previous:
    """What the last run left; `generate` first mends a run killed while writing (in every folder it may touch)."""
    if command == "generate":
        recover(layout.out, lambda: waiting(layout.out))
    read = _Reader()
    earlier = _earlier(layout, read)
    retire: tuple[str, ...] = ()
    if command == "generate":
        retire = tuple(root for root in earlier.roots() if not any(same(root, now) for now in layout.roots())
                       and not holds(root, layout.out) and _belongs(root, layout.out, read))
        for root in (*layout.roots(), *retire):
            if not same(root, layout.out):
                recover(root, lambda: waiting(root))
                read.forget(root)
    lock_at = layout.records
    if no_lock:
        return Previous(None, os.path.join(lock_at, LOCK_FILE), None, retire)
    lock = read(lock_at, LOCK_FILE)
    if lock is None and not same(earlier.records, lock_at) and _belongs(earlier.records, layout.out, read):
        lock_at = earlier.records  # the records folder moved: its names are kept all the same
        lock = read(lock_at, LOCK_FILE)
    return Previous(lock, os.path.join(lock_at, LOCK_FILE), read(layout.records, FINGERPRINT_FILE), retire)


class _Reader:
    """Owned files of the run's folders, each folder's .manifest read once (it is long for a large spec)."""

    def __init__(self) -> None:
        self.owned: dict[str, Owned] = {}

    def __call__(self, folder: str, rel: str) -> str | None:
        key = os.path.realpath(folder)
        if key not in self.owned:
            self.owned[key] = Owned.read(folder)
        owned = self.owned[key]
        return owned.read_text(rel) if owned.owns(rel) else None

    def forget(self, folder: str) -> None:
        self.owned.pop(os.path.realpath(folder), None)


def _earlier(layout: Layout, read: _Reader) -> Layout:
    """The layout of the run that last wrote the output directory, as its .layout.json says (none: the default)."""
    earlier = from_pointer(read(layout.out, LAYOUT_FILE), layout.out)
    return earlier if earlier is not None and same(earlier.out, layout.out) else Layout.default(layout.out)


def _belongs(root: str, out: str, read: _Reader) -> bool:
    """`root` is the output directory, or a folder whose own .layout.json names it: one that a run for it wrote."""
    if same(root, out):
        return True
    try:
        other = from_pointer(read(root, LAYOUT_FILE), root)
    except (OutputError, OSError):  # unreadable: not known to be ours, so left alone
        return False
    return other is not None and same(other.out, out)


def drift(trees: tuple[tuple[str, dict[str, str]], ...], out: str, ignore: str) -> tuple[list[str], int, str]:
    """`check`: the folders that differ, how many files, and the diff. Paths are named from the output directory
    when it is the only folder (as ever), else from the current folder, as the stale line names the folders
    (`src/pkg/x.py`, `docs/api/README.md`). A stale `ignore` file (the run record) alone is no drift."""
    stale, count, chunks = [], 0, []
    base = out if len(trees) == 1 else os.curdir
    for root, files in trees:
        changed = [rel for rel in changed_files(files, root) if rel != ignore]
        if changed:
            prefix = os.path.relpath(root, base).replace(os.sep, "/") + "/"
            stale.append(root)
            count += len(changed)
            chunks.append(diff(files, root, {ignore}, "" if prefix == "./" else prefix))
    return stale, count, "".join(chunks)
