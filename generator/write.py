"""Write the generated tree atomically, or compare it with what is on disk (drift check).

The new tree is built in a staging directory beside the output directory (`.<out>.new-*`) and swapped in
with one atomic call (Linux `renameat2(RENAME_EXCHANGE)`), so at every moment `<out>` is wholly the old tree
or wholly the new one. Elsewhere two renames are used (`<out>` -> `.<out>.old`, staging -> `<out>`); a run
killed between them leaves no `<out>`, and the next run puts `.<out>.old` back before anything else.
Files in `<out>` that the `.manifest` does not list are the user's: they are carried into the new tree, and a
generated file may not take the place of one (except Python's own `__pycache__/` caches, which are dropped).
"""

from __future__ import annotations

import contextlib
import ctypes
import difflib
import errno
import os
import shutil
import sys
import uuid
from typing import Any, Iterator

from generator.errors import OutputError

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


def read_owned(out_dir: str, rel: str) -> str | None:
    """One generator-owned file of out_dir (listed in the manifest), or None."""
    if rel not in _manifest(out_dir):
        return None
    try:
        with open(os.path.join(out_dir, rel), encoding="utf-8", newline="") as fh:
            return fh.read()
    except FileNotFoundError:
        return None


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


def diff(files: dict[str, str], out_dir: str, ignore: set[str] = set()) -> str:
    """A unified diff from what out_dir has to `files`; paths in `ignore` are left out."""
    old = {rel: text for rel, text in read_tree(out_dir).items() if rel not in ignore}
    files = {rel: text for rel, text in files.items() if rel not in ignore}
    chunks = []
    for rel in sorted(set(files) | set(old)):
        a, b = old.get(rel), files.get(rel)
        if a == b:
            continue
        chunks.extend(difflib.unified_diff((a or "").splitlines(True), (b or "").splitlines(True),
                                           f"a/{rel}" if a is not None else "/dev/null",
                                           f"b/{rel}" if b is not None else "/dev/null"))
    return "".join(chunks)


# -- writing ------------------------------------------------------------------------------------------


def _beside(out_dir: str) -> tuple[str, str, str]:
    """(parent, staging prefix, fallback old-tree path) of an absolute, symlink-free out_dir."""
    parent, base = os.path.split(out_dir)
    return parent, f".{base}.new-", os.path.join(parent, f".{base}.old")


def recover(out_dir: str) -> None:
    """Undo or finish a write that was killed: restore the old tree if out_dir is missing, drop leftovers."""
    out_dir = os.path.realpath(out_dir)
    if os.path.isdir(os.path.dirname(out_dir)):
        with _locked(os.path.dirname(out_dir)):
            _recover(out_dir)


def _recover(out_dir: str) -> None:
    parent, prefix, old = _beside(out_dir)
    if os.path.isdir(old) and not os.path.lexists(out_dir):
        os.rename(old, out_dir)  # killed between the two renames of the fallback swap
    for name in os.listdir(parent):
        if name.startswith(prefix) or name == os.path.basename(old):
            shutil.rmtree(os.path.join(parent, name), ignore_errors=True)


def write_tree(files: dict[str, str], out_dir: str) -> None:
    """Build the new tree beside out_dir, then swap it in. Files the generator does not own are kept."""
    out_dir = os.path.realpath(out_dir)  # a symlinked out_dir: write where it points
    parent, prefix, _ = _beside(out_dir)
    os.makedirs(parent, exist_ok=True)
    with _locked(parent):
        _recover(out_dir)
        staging = os.path.join(parent, prefix + uuid.uuid4().hex[:8])
        os.mkdir(staging)  # not mkdtemp: the tree keeps the usual umask permissions
        try:
            for rel, text in files.items():
                path = os.path.join(staging, rel)
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, "w", encoding="utf-8", newline="") as fh:
                    fh.write(text)
            with open(os.path.join(staging, MANIFEST), "w", encoding="utf-8") as fh:
                fh.write("".join(rel + "\n" for rel in sorted(files)))
            if not os.path.isdir(out_dir):
                os.rename(staging, out_dir)
                return
            _keep_foreign_files(out_dir, staging)
            old = _swap(staging, out_dir)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        try:
            shutil.rmtree(old)  # the old tree; a leftover is removed by the next run
        except OSError:
            pass


def _swap(new: str, out_dir: str) -> str:
    """Put the tree at `new` in place of out_dir; returns where the old tree now is."""
    if _exchange(new, out_dir):
        return new
    _, _, old = _beside(out_dir)
    os.rename(out_dir, old)
    try:
        os.rename(new, out_dir)
    except BaseException:
        os.rename(old, out_dir)
        raise
    return old


_AT_FDCWD, _RENAME_EXCHANGE = -100, 2
_renameat2: Any = None


def _exchange(a: str, b: str) -> bool:
    """Swap two paths in one atomic step (Linux 3.15+, glibc 2.28+); False where that is not available."""
    global _renameat2
    if not sys.platform.startswith("linux"):
        return False
    if _renameat2 is None:
        _renameat2 = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", False)
        if _renameat2:
            _renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if not _renameat2:
        return False
    if _renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP):  # old kernel, or a filesystem without it
        return False
    raise OSError(err, os.strerror(err), a, None, b)


@contextlib.contextmanager
def _locked(parent: str) -> Iterator[None]:
    """One writer at a time per directory (flock on the parent; released when the process dies)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        yield
        return
    fd = os.open(parent, os.O_RDONLY)
    try:
        with contextlib.suppress(OSError):  # a filesystem without locks: go on unlocked
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _keep_foreign_files(out_dir: str, staging: str) -> None:
    owned = set(_manifest(out_dir)) | {MANIFEST}
    for dirpath, dirnames, filenames in os.walk(out_dir):
        links = [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]  # kept as links
        dirnames[:] = [d for d in dirnames if d != "__pycache__" and d not in links]
        for name in filenames + links:
            rel = os.path.relpath(os.path.join(dirpath, name), out_dir)
            if rel in owned:
                continue
            dest = os.path.join(staging, rel)
            try:
                if os.path.lexists(dest):
                    raise FileExistsError(dest)
                os.makedirs(os.path.dirname(dest), exist_ok=True)
            except (FileExistsError, NotADirectoryError):
                raise OutputError(f"{os.path.join(out_dir, rel)}: the generator would overwrite this file, which it "
                                  f"did not write (not in {MANIFEST}); move it away or delete it") from None
            shutil.copy2(os.path.join(dirpath, name), dest, follow_symlinks=False)
