"""Format generated Python with black, in-process, with a content-hash cache and both cores.

Black is the dominant cost of a cold run; a formatted module is cached under its input's hash,
so regenerating after a small spec change only formats the modules that changed.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from concurrent.futures import ProcessPoolExecutor

import black

from generator.errors import FormatError



def _mode(python: str) -> black.Mode:
    """black's mode for the oldest Python the code must run on ("3.10" and up)."""
    return black.Mode(target_versions={black.TargetVersion[f"PY{python.replace('.', '')}"]})
_PARALLEL_FROM = 64  # misses below this are formatted in-process


def cache_dir(python: str = "3.10") -> str:
    base = os.environ.get("SPECSMITH_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "specsmith")
    return os.path.join(base, f"black-{black.__version__}-{_mode(python).get_cache_key()}")


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _format_one(text: str, python: str = "3.10") -> str:
    return black.format_str(text, mode=_mode(python))


def _format_or_explain(path: str, text: str, python: str) -> str:
    try:
        return _format_one(text, python)
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


def format_python(files: dict[str, str], python: str = "3.10") -> dict[str, str]:
    root = cache_dir(python)
    out: dict[str, str] = {}
    misses: list[tuple[str, str, str]] = []  # (path, text, cache file)
    for path, text in files.items():
        if not path.endswith(".py"):
            out[path] = text
            continue
        digest = _digest(text)
        cached_path = os.path.join(root, digest[:2], digest)
        cached = _read(cached_path)
        if cached is None:
            misses.append((path, text, cached_path))
        else:
            out[path] = cached
    if len(misses) >= _PARALLEL_FROM and (os.cpu_count() or 1) > 1:
        with ProcessPoolExecutor(max_workers=min(os.cpu_count() or 2, 4)) as pool:
            results = list(pool.map(_format_or_explain, [p for p, _, _ in misses], [t for _, t, _ in misses],
                                    [python] * len(misses), chunksize=16))
    else:
        results = [_format_or_explain(p, t, python) for p, t, _ in misses]
    for (path, _, cached_path), formatted in zip(misses, results):
        out[path] = formatted
        _store(cached_path, formatted)
    return {path: out[path] for path in files}
