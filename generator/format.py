"""Format generated Python with the pinned ruff, whose output for our templates is black-clean.

One ruff process formats every module of a run: the rendered modules go to a private temporary directory, ruff
rewrites them in place with settings given in full on its command line (it reads no configuration file, cache or
ignore file), and they come back. Tests hold the result to `black --check`.
"""

from __future__ import annotations

import os
import re
import subprocess
import tempfile

from .errors import FormatError, FormatterError

RUFF_VERSION = "0.17.5"  # pinned in pyproject.toml: another release may lay out a line differently
LINE_LENGTH = 88  # black's
_SHM = "/dev/shm"  # memory-backed on Linux

# black's stable style, stated in full so that no configuration of the user's or of a project around the
# temporary directory can change it (--isolated: no configuration file is read)
_SETTINGS = (
    "--isolated", "--no-cache", "--no-preview", "--no-respect-gitignore",
    "--line-length", str(LINE_LENGTH),
    "--config", "indent-width = 4",
    "--config", "include = ['*.py']",
    "--config", "exclude = []",  # ruff's default excludes name folders such as `dist` and `venv`
    "--config", "format.quote-style = 'double'",
    "--config", "format.indent-style = 'space'",
    "--config", "format.skip-magic-trailing-comma = false",
    "--config", "format.line-ending = 'lf'",
    "--config", "format.docstring-code-format = false",
)


def ruff_bin() -> str:
    """The ruff executable of the ruff package, after checking it is the pinned release."""
    try:
        from ruff import find_ruff_bin

        path = find_ruff_bin()
    except (ImportError, FileNotFoundError):
        raise FormatterError(f"ruff is not installed; specsmith formats its output with it: "
                             f"pip install ruff=={RUFF_VERSION}") from None
    version = _version(path)
    if version != RUFF_VERSION:
        raise FormatterError(f"{path} is ruff {version}, but specsmith formats with ruff {RUFF_VERSION} (another "
                             f"release may format a line differently): pip install ruff=={RUFF_VERSION}")
    return path


def _version(path: str) -> str:
    try:
        out = subprocess.run([path, "--version"], capture_output=True, text=True, check=True, env=_env()).stdout
    except (OSError, subprocess.CalledProcessError) as e:
        raise FormatterError(f"cannot run {path} --version: {e}") from None
    return out.split()[-1] if out.startswith("ruff ") else out.strip()


def _env() -> dict[str, str]:
    """This process's environment without ruff's own variables (RUFF_CACHE_DIR, RUFF_OUTPUT_FORMAT, ...)."""
    return {key: value for key, value in os.environ.items() if not key.startswith("RUFF_")}


def format_python(files: dict[str, str], ruff: str, python: str = "3.10") -> dict[str, str]:
    """`files` (path -> module text) formatted by one run of `ruff` (from ruff_bin()) for the oldest Python the
    code must run on."""
    if not files:
        return {}
    paths = list(files)
    size = sum(len(text) for text in files.values())
    with tempfile.TemporaryDirectory(prefix="specsmith-format-", dir=_memory_folder(size)) as tmp:
        names = [os.path.join(tmp, f"{i}.py") for i in range(len(paths))]  # no generated name meets a filter
        for name, path in zip(names, paths):
            with open(name, "w", encoding="utf-8", newline="") as fh:
                fh.write(files[path])
        target = "py" + python.replace(".", "")
        done = subprocess.run([ruff, "format", *_SETTINGS, "--target-version", target, "--", tmp],
                              capture_output=True, text=True, env=_env())
        if done.returncode != 0:
            raise FormatError(_explain(done.stderr or done.stdout, tmp, paths))
        formatted = {}
        for name, path in zip(names, paths):
            with open(name, encoding="utf-8", newline="") as fh:
                formatted[path] = fh.read()
    return formatted


def _memory_folder(size: int) -> str | None:
    """/dev/shm when it has room to spare for `size` characters (up to 4 bytes each, and ruff's copies), else
    None (the default temporary folder): thousands of small files cost ten times as much on a disk."""
    if not os.path.isdir(_SHM):  # not Linux
        return None
    try:
        st = os.statvfs(_SHM)
    except OSError:
        return None
    return _SHM if os.access(_SHM, os.W_OK) and st.f_bavail * st.f_frsize > 8 * size + (64 << 20) else None


def _explain(message: str, tmp: str, paths: list[str]) -> str:
    """ruff's complaint (its first error line), naming the generated file instead of its numbered copy."""
    lines = [line for line in message.splitlines() if line.strip()] or ["(no message)"]
    line = next((line for line in lines if line.startswith("error")), lines[0])
    copy = re.search(rf"\S*{re.escape(os.path.basename(tmp))}/(\d+)\.py", line)  # ruff may shorten the folder
    if copy is None:
        return f"ruff failed on the generated modules: {line}"
    path = paths[int(copy.group(1))]
    return f"generated {path} is not valid Python (ruff: {line.replace(copy.group(0), path)})"
