"""Every Python the generator runs on writes the same bytes: no churn in a committed tree when users regenerate with
different interpreters. Their Unicode databases differ (3.11: Unicode 14.0, 3.12: 15.0, 3.13: 15.1), so the
generator decides on ASCII or on the frozen Unicode 3.2 database (generator/pynames.py); what it still takes from
the interpreter's own, the case of the names you give, is checked to agree here.

The other CPythons are looked for as python3.N on PATH and under $PYENV_ROOT/versions/*/bin/, for the versions
pyproject.toml's requires-python allows up to 3.13 (the generator needs 3.11+: tomllib). A pyenv shim runs only
the version pyenv has selected, so each candidate is asked its version. Each one found gets a venv (in a session
temp dir) with the dependencies of pyproject.toml at the versions this Python has: those the run record hashes.
"""

from __future__ import annotations

import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from importlib import metadata
from typing import Any

import pytest
from conftest import ROOT, snapshot

from generator.pynames import py_literal
from generator.render import generated_header, segment

SPECS = os.path.join(ROOT, "tests", "specs")
HOSTILE_SPEC = "unicode-\U0001fae8.yaml"  # tests/specs/unicode.yaml, under a name of Unicode 15.0
HOSTILE_PROJECT = f"""[tool.generator]
spec = "{HOSTILE_SPEC}"
package = "paket_ü"

[tool.generator.names]
"/components/schemas/Wort" = "Straße"
"/components/schemas/Art" = "名前Art"
"/components/schemas/Größe" = "ÉCOLE"
"""


def _pyproject() -> dict[str, Any]:
    with open(os.path.join(ROOT, "pyproject.toml"), "rb") as fh:
        return tomllib.load(fh)["project"]


def _minors() -> list[int]:
    """The minor versions of 3.x to look for: from requires-python's lower bound to 3.13, but this Python's."""
    low = int(re.fullmatch(r">=3\.(\d+)", _pyproject()["requires-python"]).group(1))  # type: ignore[union-attr]
    return [minor for minor in range(low, 14) if minor != sys.version_info[1]]


def _version(python: str) -> tuple[int, int] | None:
    try:
        done = subprocess.run([python, "-c", "import sys; print(sys.implementation.name, *sys.version_info[:2])"],
                              capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    words = done.stdout.split()
    return (int(words[1]), int(words[2])) if done.returncode == 0 and words[:1] == ["cpython"] else None


def _find(minor: int) -> str | None:
    pyenv = os.environ.get("PYENV_ROOT", os.path.expanduser("~/.pyenv"))
    candidates = [shutil.which(f"python3.{minor}")] + sorted(glob.glob(f"{pyenv}/versions/*/bin/python3.{minor}"))
    return next((c for c in candidates if c and _version(c) == (3, minor)), None)


def _venv(python: str, folder: str) -> str:
    """A venv of `python` in `folder` with jinja2, pyyaml and ruff at this Python's versions."""
    pins = [f"{name}=={metadata.version(name)}" for name in
            (re.match(r"[A-Za-z0-9._-]+", dep).group() for dep in _pyproject()["dependencies"])]  # type: ignore[union-attr]
    subprocess.run([python, "-m", "venv", "--without-pip", folder], check=True, capture_output=True)
    venv_python = os.path.join(folder, "bin", "python")
    done = subprocess.run([sys.executable, "-m", "pip", "--python", venv_python, "install", "--quiet", "--no-input",
                           "--disable-pip-version-check", *pins], capture_output=True, text=True)
    if done.returncode != 0:
        lines = (done.stderr or done.stdout).strip().splitlines() or ["(no output)"]
        pytest.skip(f"cannot install {' '.join(pins)} for {python}: {lines[-1]}")
    return venv_python


@pytest.fixture(scope="session")
def other_pythons(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """"3.N" -> the python of a venv made for it, for each other CPython found."""
    found = {minor: python for minor in _minors() if (python := _find(minor))}
    if not found:
        wanted = ", ".join(f"python3.{minor}" for minor in _minors())
        pytest.skip(f"no other CPython ({wanted}) on PATH or under $PYENV_ROOT/versions/*/bin")
    base = tmp_path_factory.mktemp("interpreters")
    with ThreadPoolExecutor() as pool:
        venvs = pool.map(lambda item: _venv(item[1], str(base / f"venv3{item[0]}")), found.items())
        return {f"3.{minor}": venv for minor, venv in zip(found, venvs)}


def _runs(project: str, out: str) -> list[list[str]]:
    """The generator's command lines: each spec of tests/specs/, the hostile one under a file name of its own and
    with non-ASCII class and package names."""
    runs = [["generate", "-q", "--config", os.devnull, "--spec", os.path.join(SPECS, spec), "--out",
             os.path.join(out, spec.replace("/", "-"))]
            for spec in ("mini.yaml", "constructs.yaml", "constructs30.yaml", "ref/openapi.yaml")]
    return runs + [["generate", "-q", "--config", os.path.join(project, "pyproject.toml"), "--out",
                    os.path.join(out, "unicode")]]


_DRIVER = """import json, sys
from generator.cli import main
for argv in json.loads(sys.argv[1]):
    if main(argv) != 0:
        sys.exit(f"exit code != 0: {argv}")
"""


def _generate(python: str, project: str, out: str) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    done = subprocess.run([python, "-c", _DRIVER, json.dumps(_runs(project, out))], cwd=ROOT, env=env,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_every_python_writes_the_same_bytes(other_pythons: dict[str, str], tmp_path: Any) -> None:
    """The trees of the test specs, records included, are byte-identical whichever Python generates them."""
    project = tmp_path / "project"
    project.mkdir()
    shutil.copy(os.path.join(SPECS, "unicode.yaml"), project / HOSTILE_SPEC)
    (project / "pyproject.toml").write_text(HOSTILE_PROJECT, encoding="utf-8")
    pythons = {f"3.{sys.version_info[1]}": sys.executable, **other_pythons}
    with ThreadPoolExecutor() as pool:
        list(pool.map(lambda v: _generate(pythons[v], str(project), str(tmp_path / v)), pythons))
    ours = snapshot(str(tmp_path / f"3.{sys.version_info[1]}"))
    assert any(path.endswith(".fingerprint.json") for path in ours) and len(ours) > 100
    for version in other_pythons:
        theirs = snapshot(str(tmp_path / version))
        differ = sorted(path for path in ours.keys() | theirs.keys() if ours.get(path) != theirs.get(path))
        assert (version, differ) == (version, [])


_NAME_PROPERTIES = """import json, sys, unicodedata
chars = (chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000)
json.dump({ord(ch): [ch.lower(), ch.casefold(), ch.isupper(), ch.islower()] for ch in chars
           if ("a" + ch).isidentifier() and unicodedata.normalize("NFKC", ch) == ch}, sys.stdout)
"""


def test_names_every_python_accepts_are_treated_alike(other_pythons: dict[str, str]) -> None:
    """What the generator does with a non-ASCII name it accepts (pynames.name_problem: an identifier, as NFKC
    leaves it) is the same on every Python that accepts it: lower() and casefold() (file names), isupper() and
    islower() (ruff's order) of each character such a name can hold. (Not of every identifier character: U+10FC and
    U+A7F2, modifier letters lower case since Unicode 15.0, are refused by the NFKC rule.)"""
    def properties(python: str) -> dict[str, list[Any]]:
        done = subprocess.run([python, "-c", _NAME_PROPERTIES], capture_output=True, text=True, check=True)
        return json.loads(done.stdout)

    with ThreadPoolExecutor() as pool:
        ours, *others = pool.map(properties, [sys.executable, *other_pythons.values()])
    for version, theirs in zip(other_pythons, others):
        differ = [f"U+{int(c):04X}" for c in ours.keys() & theirs.keys() if ours[c] != theirs[c]]
        assert (version, len(ours.keys() & theirs.keys()) > 130_000, differ) == (version, True, [])


def test_decisions_on_non_ascii_text_use_unicode_3_2() -> None:
    """Literals, the header's file name and error paths decide alike on every Python: a character Unicode 3.2 did
    not have (U+1F600, of 6.1; U+A7C1, of 14.0) is escaped; a key is `.key` only when an ASCII identifier."""
    assert unicodedata.ucd_3_2_0.unidata_version == "3.2.0"
    assert py_literal("é ß 名前 ☺ \U0001f600 \ua7c1 e\u0301 \xad \xa0 it's") == (
        '"é ß 名前 ☺ \\U0001f600 \\ua7c1 e\\u0301 \\xad \\xa0 it\'s"')
    became_marks = [c for c in range(0x80, 0x110000) if unicodedata.ucd_3_2_0.category(chr(c))[0] not in "CZM"
                    and unicodedata.category(chr(c))[0] == "M"]  # pynames._WIDTHS_DIFFER lists them
    assert became_marks == [0x1885, 0x1886] and py_literal("\u1885\u1886") == '"\\u1885\\u1886"'
    assert py_literal("\\\U0001f600\\xe9") == '"\\\\\\U0001f600\\\\xe9"'
    assert generated_header("/specs/spéc-\U0001f600.yaml").startswith(
        "# Generated by specsmith from sp\\xe9c-\\U0001f600.yaml; do not edit")
    assert generated_header("/specs/spéc.yaml").startswith("# Generated by specsmith from spéc.yaml; ")
    assert [segment(w) for w in ("name", "größe", "\ua7c1")] == ['".name"', "'[\"größe\"]'", "'[\"\\ua7c1\"]'"]
