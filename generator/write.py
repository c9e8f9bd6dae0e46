"""Write the generated tree (or several: generator.layout), or compare it with what is on disk (the drift check).

A write touches only owned paths (generator.owned) and only the files whose bytes change. It is a small
transaction in a folder of its own inside the output directory (`.specsmith-run/`, recognised by its mark file
before anything in it is trusted or removed):
1. stage: the new files go to `.specsmith-run/new/`; the output directory is untouched;
2. commit: `.specsmith-run/journal` (what to put, what to delete) appears in one rename;
3. apply: owned files that are gone are deleted, staged files are renamed into place one by one
   (SIGINT and SIGTERM wait until this is done), then `.specsmith-run/` is removed.
A run killed before 2 leaves the old tree; killed after it, the next run (`recover`) finishes the journal. So
after recovery the tree is wholly the old one or wholly the new one. Nothing beside the output directory is
read or written; your files in it keep their inode, mode and `__pycache__`; existing folders keep their mode.
`write_trees` writes several folders (the output directory, a docs or records folder elsewhere) as one run, each
such a transaction of its own (see there).
"""

from __future__ import annotations

import contextlib
import difflib
import json
import os
import posixpath
import shutil
import stat
from dataclasses import dataclass
from typing import Callable, Iterator, Sequence

from .errors import OutputError
from .locking import deferred_signals, locked
from .owned import (
    MANIFEST,
    RECORDS,
    RUN_DIR,
    Owned,
    digest,
    manifest_text,
    path_problem,
)

_MARK = "OWNER"
_MARK_TEXT = "specsmith: an unfinished write of the folder above; the next `specsmith generate` finishes or drops it\n"


def changed_files(files: dict[str, str], out_dir: str) -> list[str]:
    owned = Owned.read(out_dir)
    changed = [rel for rel, text in files.items() if owned.current(rel) != text.encode("utf-8")]
    changed += [rel for rel in owned.paths() if rel not in files and owned.current(rel) is not None]
    return sorted(changed)


def diff(files: dict[str, str], out_dir: str, ignore: set[str] = set(), prefix: str = "") -> str:
    """A unified diff from what out_dir has to `files`; paths in `ignore` are left out, the others named
    `prefix` + path."""
    owned = Owned.read(out_dir)
    chunks = []
    for rel in sorted((set(files) | set(owned.paths())) - ignore):
        a, b = owned.read_text(rel) if owned.owns(rel) else None, files.get(rel)
        if a == b:
            continue
        chunks.extend(difflib.unified_diff((a or "").splitlines(True), (b or "").splitlines(True),
                                           f"a/{prefix}{rel}" if a is not None else "/dev/null",
                                           f"b/{prefix}{rel}" if b is not None else "/dev/null"))
    return "".join(chunks)


# -- writing ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Plan:
    put: tuple[str, ...]  # new or changed files
    drop: tuple[tuple[str, str], ...]  # (path, hash) of owned files no longer generated, still as written
    kept: tuple[str, ...]  # owned files no longer generated but changed since: left in place


def write_tree(files: dict[str, str], out_dir: str, waiting: Callable[[], None] = lambda: None,
               applied: Callable[[], None] = lambda: None) -> Plan:
    """Make out_dir's owned files exactly `files` (plus `.manifest`, when `files` has none). `waiting` is called
    once if another run holds the output directory for more than a second; `applied` once the new files are in
    place, before a signal held back meanwhile is let through."""
    return write_trees([(out_dir, files)], (), lambda folder: waiting(), applied)[0][1]


def write_trees(trees: Sequence[tuple[str, dict[str, str]]], retire: Sequence[str] = (),
                waiting: Callable[[str], None] = lambda folder: None,
                applied: Callable[[], None] = lambda: None) -> list[tuple[str, Plan]]:
    """Several folders written as one run, in this order: each of `retire` (a folder of an earlier layout) loses
    its owned files (but none that `trees` writes) and is removed once empty, then each of `trees` is written as
    write_tree writes one. All are locked, recovered, planned and staged before the first commit, and SIGINT and
    SIGTERM wait until the last is applied; a kill between two folders leaves each wholly old or wholly new (the
    run record, in the last folder, then sends the next run to redo them). `waiting` hears of the folder waited for."""
    jobs: list[tuple[str, dict[str, str] | None]] = [(folder, None) for folder in retire]
    for folder, files in trees:
        jobs.append((folder, files if MANIFEST in files else {**files, MANIFEST: manifest_text(files)}))
    if len({os.path.realpath(folder) for folder, _ in jobs}) < len(jobs):
        raise OutputError(f"{', '.join(folder for folder, _ in jobs)}: one folder twice (a generator bug; please "
                          "report it)")
    keep = frozenset(os.path.join(os.path.realpath(folder), rel) for folder, files in trees for rel in files)
    committed: set[str] = set()  # folders whose journal is written: their staging is the next run's to finish
    with contextlib.ExitStack() as stack:
        ready: dict[int, tuple[str, Plan]] = {}
        for i in sorted(range(len(jobs)), key=lambda i: os.path.realpath(jobs[i][0])):  # one lock order for all runs
            ready[i] = stack.enter_context(_prepared(jobs[i][0], jobs[i][1], keep, waiting, committed))
        plans = [ready[i] for i in range(len(jobs))]
        if any(plan.put or plan.drop for _, plan in plans):
            with deferred_signals():  # once committed, finish: a half-applied tree waits for no one
                for (out, plan), (_, wanted) in zip(plans, jobs):
                    if plan.put or plan.drop:
                        _commit(out, plan)
                        committed.add(out)
                        _apply(out, plan.put, plan.drop)
                        with contextlib.suppress(OSError):  # the new tree is in place; the next run removes a leftover
                            _remove_run_dir(out)
                    if wanted is None:
                        with contextlib.suppress(OSError):
                            os.rmdir(out)  # a retired folder, once empty
                applied()
    return [(folder, plan) for (folder, _), (_, plan) in zip(jobs, plans)]


def recover(out_dir: str, waiting: Callable[[], None] = lambda: None) -> None:
    """Finish or drop a write that was killed (see the module docstring)."""
    out = os.path.realpath(out_dir)
    if os.path.isdir(out):
        with locked(out, waiting):
            _recover(out)


@contextlib.contextmanager
def _prepared(folder: str, files: dict[str, str] | None, keep: frozenset[str], waiting: Callable[[str], None],
              committed: set[str]) -> Iterator[tuple[str, Plan]]:
    """`folder` locked, recovered, planned and staged (`files` None: retired); an uncommitted staging is removed on
    the way out, and so are the folders made for it when the run fails."""
    out = os.path.realpath(folder)  # a symlinked folder: write where it points
    if files is None and not os.path.isdir(out):
        yield out, Plan((), (), ())
        return
    made = _make_dirs(out)
    try:
        with locked(out, lambda: waiting(folder)):
            _recover(out)
            owned = Owned.read(out)
            plan = _plan(files or {}, owned, keep)
            if plan.put or plan.drop:
                _stage(files or {}, plan, owned)
            try:
                yield out, plan
            finally:
                if out not in committed:
                    _remove_run_dir(out)  # staged, not committed: the folder is still wholly the old tree
    except BaseException:
        for made_dir in made:
            with contextlib.suppress(OSError):
                os.rmdir(made_dir)  # nothing was written: leave no empty folder behind
        raise


def _make_dirs(out: str) -> list[str]:
    """Make `out` and its missing parents; those made, deepest first."""
    missing, path = [], out
    while not os.path.lexists(path) and os.path.dirname(path) != path:
        missing.append(path)
        path = os.path.dirname(path)
    os.makedirs(out, exist_ok=True)
    return missing


def _plan(files: dict[str, str], owned: Owned, keep: frozenset[str] = frozenset()) -> Plan:
    """What to put and drop; a record (.manifest, .fingerprint.json) that `files` no longer has is dropped, and no
    path in `keep` (another folder of the run writes it)."""
    put, drop, kept = [], [], []
    for rel in sorted(files):
        problem = path_problem(rel)
        if problem:
            raise OutputError(f"{rel}: {problem} (a generator bug; please report it)")
        data = files[rel].encode("utf-8")
        if owned.current(rel) != data and not _adoptable(owned, rel, data):
            put.append(rel)
    listed = sorted(owned.hashes.items()) + [(rel, "") for rel in RECORDS]
    for rel, hashed in listed:
        if rel in files or os.path.join(owned.out, rel) in keep:
            continue
        data = owned.read_bytes(rel)
        if data is not None:
            if rel in RECORDS or (hashed and digest(data) == hashed):
                drop.append((rel, digest(data)))
            else:
                kept.append(rel)
    _check_way(owned, put, {rel for rel, _ in drop})
    return Plan(tuple(put), tuple(drop), tuple(kept))


def _adoptable(owned: Owned, rel: str, data: bytes) -> bool:
    """A file the manifest does not list, holding exactly what the generator writes there: listing it loses
    nothing (a manifest line removed by hand, or a tree copied without its manifest)."""
    if owned.owns(rel):
        return False
    try:
        return owned.read_bytes(rel) == data
    except OutputError:
        return False


def _check_way(owned: Owned, put: list[str], dropping: set[str]) -> None:
    """Every file to put has real folders (or none yet) on its way and replaces nothing the generator did not
    write. Checked before anything is written."""
    for rel in put:
        parts = rel.split("/")
        for depth in range(1, len(parts) + 1):
            sub = "/".join(parts[:depth])
            path = os.path.join(owned.out, sub)
            try:
                st = os.lstat(path)
            except FileNotFoundError:
                break
            last = depth == len(parts)
            if not last and stat.S_ISDIR(st.st_mode):
                continue
            if last and stat.S_ISREG(st.st_mode) and owned.owns(sub):
                break
            if sub in dropping:
                break
            if stat.S_ISLNK(st.st_mode):
                raise OutputError(f"{path}: a symlink where the generator writes {'a file' if last else 'a folder'}; "
                                  "it never writes through symlinks: replace it")
            kind = "folder" if stat.S_ISDIR(st.st_mode) else "file"
            raise OutputError(f"{path}: the generator would overwrite this {kind}, which it did not write (not in "
                              f"{MANIFEST}); move it away or delete it")


def _stage(files: dict[str, str], plan: Plan, owned: Owned) -> None:
    run = _make_run_dir(owned.out)
    new = os.path.join(run, "new")
    devices = {os.stat(run).st_dev}
    try:
        for rel in plan.put:
            path = os.path.join(new, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8", newline="") as fh:
                fh.write(files[rel])
            _same_device(owned.out, rel, devices)
    except BaseException:
        _remove_run_dir(owned.out)
        raise


def _same_device(out: str, rel: str, devices: set[int]) -> None:
    """A staged file moves into place by rename, which cannot cross file systems (a mount inside --out)."""
    folder = os.path.dirname(os.path.join(out, rel))
    while not os.path.isdir(folder):
        folder = os.path.dirname(folder)
    device = os.stat(folder).st_dev
    if device not in devices:
        raise OutputError(f"{folder}: on another file system than {out}; the generator writes each output "
                          "directory on one file system (set --out to the folder below the mount)")


def _commit(out: str, plan: Plan) -> None:
    run = os.path.join(out, RUN_DIR)
    try:
        with open(os.path.join(run, "journal.tmp"), "w", encoding="utf-8") as fh:
            json.dump({"put": plan.put, "drop": plan.drop}, fh)
        os.rename(os.path.join(run, "journal.tmp"), os.path.join(run, "journal"))
    except BaseException:
        _remove_run_dir(out)  # not committed: the output directory is still wholly the old tree
        raise


def _apply(out: str, put: tuple[str, ...], drop: tuple[tuple[str, str], ...]) -> None:
    """Carry out a committed journal; running it again (after a kill) finishes it. A file is deleted only while
    it holds the hash it was written with (a journal is a file on disk, as untrusted as the manifest)."""
    owned, staged = Owned(out), Owned(os.path.join(out, RUN_DIR, "new"))
    for rel, hashed in drop:
        data = owned.read_bytes(rel)
        if data is None or digest(data) != hashed:
            continue
        path = os.path.join(owned.dir_of(rel), posixpath.basename(rel))
        os.unlink(path)
        _forget_bytecode(path)
    for rel in sorted({posixpath.dirname(rel) for rel, _ in drop}, key=lambda d: -d.count("/")):
        _remove_empty_dirs(out, rel)
    for rel in put:
        source = os.path.join(staged.dir_of(rel), posixpath.basename(rel))
        if not os.path.isfile(source) or os.path.islink(source):
            continue  # moved before a kill
        folder = owned.dir_of(rel)
        os.makedirs(folder, exist_ok=True)
        owned.dir_of(rel)  # a folder made meanwhile is checked again
        target = os.path.join(folder, posixpath.basename(rel))
        os.replace(source, target)
        _forget_bytecode(target)


def _forget_bytecode(py: str) -> None:
    """A replaced or deleted module's cached bytecode (a rewrite within the same second and of the same size
    would otherwise pass Python's mtime check)."""
    if not py.endswith(".py"):
        return
    cache = os.path.join(os.path.dirname(py), "__pycache__")
    stem = os.path.basename(py)[:-3] + "."
    with contextlib.suppress(OSError):
        for name in os.listdir(cache):
            if name.startswith(stem) and name.endswith(".pyc") and name[len(stem):].count(".") in (1, 2):
                with contextlib.suppress(OSError):
                    os.unlink(os.path.join(cache, name))
        os.rmdir(cache)  # only when empty


def _remove_empty_dirs(out: str, folder: str) -> None:
    while folder:
        with contextlib.suppress(OSError):
            os.rmdir(os.path.join(out, folder, "__pycache__"))
        try:
            os.rmdir(os.path.join(out, folder))
        except OSError:
            return  # not empty: someone's files, or files still generated
        folder = posixpath.dirname(folder)


def _recover(out: str) -> None:
    run = os.path.join(out, RUN_DIR)
    if not os.path.lexists(run):
        return
    if _is_bare(run):  # killed while making or removing it
        with contextlib.suppress(FileNotFoundError):
            os.unlink(os.path.join(run, _MARK))
        os.rmdir(run)
        return
    if not _is_marked(run):
        raise OutputError(f"{run}: not made by specsmith (its mark file is missing), but where specsmith stages its "
                          "writes; move it away or delete it")
    journal = _read_journal(run)
    if journal is not None:
        with deferred_signals():
            _apply(out, *journal)
    _remove_run_dir(out)


def _read_journal(run: str) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]] | None:
    path = os.path.join(run, "journal")
    if not os.path.isfile(path) or os.path.islink(path):
        return None
    try:
        with open(path, encoding="utf-8") as fh:
            raw = json.load(fh)
        put, drop = tuple(raw["put"]), tuple((rel, hashed) for rel, hashed in raw["drop"])
        if not all(isinstance(s, str) for s in put + sum(drop, ())):
            raise TypeError
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise OutputError(f"{path}: damaged; delete {run} (the output directory may then hold a mix of the old "
                          "and the new output: run `specsmith generate` again)") from None
    bad = next((rel for rel in put + tuple(rel for rel, _ in drop) if path_problem(rel)), None)
    if bad is not None:
        raise OutputError(f"{path}: names {bad!r}, not a path the generator writes; delete {run}")
    return put, drop


def _make_run_dir(out: str) -> str:
    run = os.path.join(out, RUN_DIR)
    os.mkdir(run)  # an existing one was recovered and removed under the lock: this fails only on a race
    try:
        with open(os.path.join(run, _MARK), "w", encoding="utf-8") as fh:
            fh.write(_MARK_TEXT)
    except BaseException:
        shutil.rmtree(run, ignore_errors=True)  # just made, so ours even without its mark
        raise
    return run


def _mark(run: str) -> str | None:
    """The start of run's mark file, if run is a real folder holding one as a regular file."""
    mark = os.path.join(run, _MARK)
    if os.path.islink(run) or not os.path.isdir(run) or os.path.islink(mark) or not os.path.isfile(mark):
        return None
    with open(mark, encoding="utf-8", errors="replace") as fh:
        return fh.read(len(_MARK_TEXT) + 1)


def _is_marked(run: str) -> bool:
    return _mark(run) == _MARK_TEXT


def _is_bare(run: str) -> bool:
    """Empty, or holding only a mark file written in part: what a kill while making or removing it leaves."""
    if os.path.islink(run) or not os.path.isdir(run) or set(os.listdir(run)) - {_MARK}:
        return False
    if not os.path.lexists(os.path.join(run, _MARK)):
        return True
    text = _mark(run)
    return text is not None and _MARK_TEXT.startswith(text)


def _remove_run_dir(out: str) -> None:
    """The mark goes last, so a kill part way leaves a folder still marked, or a bare one."""
    run = os.path.join(out, RUN_DIR)
    if not _is_marked(run):
        return
    for name in os.listdir(run):
        if name != _MARK:
            path = os.path.join(run, name)
            shutil.rmtree(path) if os.path.isdir(path) and not os.path.islink(path) else os.unlink(path)
    os.unlink(os.path.join(run, _MARK))
    os.rmdir(run)
