"""Format generated Python as black formats it, in-process.

The templates write black's layout for everything but over-long lines; `generator.layout` splits those as
black would, in a fraction of black's time. A module layout does not cover goes through black itself (cached
under its input's hash, on all cores when there are many), and so does every module when SPECSMITH_FORMAT=black.
Tests hold layout's output to black's.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import os
import tempfile
from typing import TYPE_CHECKING

from generator.errors import FormatError
from generator.layout import LAYOUT_BLACK_MAJOR, layout
from generator.parallel import run_jobs

if TYPE_CHECKING:
    import black


def _mode(python: str) -> black.Mode:
    """black's mode for the oldest Python the code must run on ("3.10" and up); imported only when needed."""
    import black

    return black.Mode(target_versions={black.TargetVersion[f"PY{python.replace('.', '')}"]})


def cache_dir(python: str = "3.10") -> str:
    import black

    base = os.environ.get("SPECSMITH_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "specsmith")
    return os.path.join(base, f"black-{black.__version__}-{_mode(python).get_cache_key()}")


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _format_or_explain(path: str, text: str, python: str) -> str:
    import black

    try:
        return black.format_str(text, mode=_mode(python))
    except Exception as e:  # black raises several types; all mean the template produced bad code
        raise FormatError(f"generated {path} is not valid Python ({type(e).__name__}: {e})") from None


def _read(path: str) -> str | None:
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            return fh.read()
    except OSError:
        return None


def _store(path: str, text: str) -> None:
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path))
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except OSError:
        pass  # the cache is an optimisation only


def lay_out(text: str) -> str | None:
    """black's layout of one rendered module by generator.layout, or None: black must format it."""
    if os.environ.get("SPECSMITH_FORMAT", "") == "black" or not _layout_matches_black():
        return None
    try:
        return layout(text)
    except Exception:  # a layout bug must cost speed, not the run: black formats the module instead
        return None


@functools.lru_cache(maxsize=None)
def _layout_matches_black() -> bool:
    """generator.layout writes black 26's stable style (black changes it only in a year's first release)."""
    try:
        return importlib.metadata.version("black").split(".")[0] == LAYOUT_BLACK_MAJOR
    except importlib.metadata.PackageNotFoundError:
        return False


def format_with_black(files: dict[str, str], python: str = "3.10") -> dict[str, str]:
    """`files` (Python modules) formatted by black itself, each result cached under its input's hash."""
    if not files:
        return {}
    root = cache_dir(python)
    out: dict[str, str] = {}
    misses: list[tuple[str, str, str]] = []  # (path, text, cache file)
    for path, text in files.items():
        digest = _digest(text)
        cached_path = os.path.join(root, digest[:2], digest)
        cached = _read(cached_path)
        if cached is None:
            misses.append((path, text, cached_path))
        else:
            out[path] = cached
    results = run_jobs(lambda i: _format_or_explain(misses[i][0], misses[i][1], python), len(misses))
    for (path, _, cached_path), formatted in zip(misses, results):
        out[path] = formatted
        _store(cached_path, formatted)
    return {path: out[path] for path in files}
