"""The formatter: the pinned ruff, run once per generation, held to black (the independent oracle).

black no longer formats the output, but the output must stay black-clean: for samples of the modules of several
specs, ruff's output must be exactly what black makes of the rendered module, and `black --check` must pass on
the written files. The template shapes black and ruff once laid out differently (a long sum of known keys,
annotated constants with long names) have a spec of their own here.
"""

from __future__ import annotations

import glob
import json
import os
import random
import re
import subprocess
import sys
from typing import Any

import pytest

import generator.format
from conftest import ROOT, shared_path
from generator.cli import main
from generator.errors import FormatError
from generator.format import LINE_LENGTH, RUFF_VERSION, format_python, ruff_bin
from generator.pipeline import generate_files
from generator.pynames import py_literal

black = pytest.importorskip("black")

BLACK_MODE = black.Mode(target_versions={black.TargetVersion.PY310})  # the generator's default target
MINI = os.path.join(ROOT, "tests", "specs", "mini.yaml")
LONG = "ResponseFormatItemsVersionsPromptConfigurationTypeOfAVeryLongGeneratedName"


def shapes_spec() -> dict[str, Any]:
    """Models whose modules hold the shapes black and ruff lay out differently unless the templates avoid them."""
    many = {f"option_{i}": {"type": "string"} for i in range(20)}
    schemas = {
        LONG: {"type": "string", "enum": ["json_object"]},
        LONG + "Kind": {"type": "string", "enum": ["json_object", "text", "json_schema", "x" * 40, "y" * 40]},
        "Closed" + LONG: {"type": "object", "additionalProperties": False, "required": ["id"],
                          "properties": {"id": {"type": "string"}, **many}},
        "Open" + LONG: {"type": "object", "properties": {**many, "kind": {"$ref": f"#/components/schemas/{LONG}"}}},
        "Empty" + LONG: {"type": "object", "additionalProperties": False, "properties": {}},
        "FewOptional": {"type": "object", "additionalProperties": False,
                        "properties": {f"p{i}": {"type": "integer"} for i in range(3)}},
        "Quoted": {"type": "object", "description": 'ends in """',  # black keeps a space after an escaped quote
                   "properties": {"q": {"type": "string", "description": 'says """hi"""'},
                                  # black keeps Unicode spaces that begin a docstring line, ruff drops them
                                  "s": {"type": "string",
                                        "description": "spaces:\nnone\n\u3000ideographic\n\xa0no-break"}}},
    }
    return {"openapi": "3.1.0", "info": {"title": "shapes", "version": "1"}, "paths": {},
            "components": {"schemas": schemas}}


def python_modules(spec: str, formatted: bool) -> dict[str, str]:
    files = generate_files(spec, "pkg", formatted=formatted).files
    return {path: text for path, text in files.items() if path.endswith(".py")}


def sample(modules: dict[str, str], k: int) -> list[str]:
    """`k` modules with a line too long (they need splitting) and `k // 2` others, at random."""
    paths = sorted(modules)
    long = [p for p in paths if any(len(line) > LINE_LENGTH for line in modules[p].splitlines())]
    rng = random.Random(20260101)
    chosen = rng.sample(long, min(k, len(long)))
    rest = [p for p in paths if p not in set(chosen)]
    return chosen + rng.sample(rest, min(k // 2, len(rest)))


def assert_black_agrees(rendered: dict[str, str], formatted: dict[str, str], paths: list[str], tmp: Any) -> None:
    """ruff's output is black's output, and `black --check` passes on it as written."""
    differ = [path for path in paths if black.format_str(rendered[path], mode=BLACK_MODE) != formatted[path]]
    assert differ == []
    for i, path in enumerate(paths):
        (tmp / f"m{i}.py").write_text(formatted[path], encoding="utf-8")
    check = subprocess.run([sys.executable, "-m", "black", "--check", "--target-version", "py310", str(tmp)],
                           capture_output=True, text=True, env={**os.environ, "BLACK_CACHE_DIR": str(tmp / ".cache")})
    assert check.returncode == 0, check.stderr
    assert f"{len(paths)} file" in check.stderr and "would be left unchanged" in check.stderr


def test_shapes_black_and_ruff_once_split_differently(tmp_path):
    spec = tmp_path / "shapes.json"
    spec.write_text(json.dumps(shapes_spec()))
    rendered, formatted = python_modules(str(spec), False), python_modules(str(spec), True)
    both = "\n".join(formatted.values())
    assert "        if len(data) != (\n            1\n            + (v1 is not UNSET)\n" in both  # parenthesized
    assert "        if len(data) != 0 + (v0 is not UNSET) + (v1 is not UNSET) + (v2 is not UNSET) + (\n" not in both
    assert f"_KEYS_empty_{'_'.join(re.findall('[A-Z][a-z]*', LONG)).lower()} = frozenset[\n    str\n]()" in both
    assert '_KEYS_few_optional = frozenset({"p0", "p1", "p2"})' in both  # no annotation
    assert "        if len(data) != 0 + (v0 is not UNSET) + (v1 is not UNSET) + (v2 is not UNSET):\n" in both  # it fits
    assert '    """spaces:\n    none\n    \\u3000ideographic\n    \\xa0no-break\n    """\n' in both
    assert '    """ends in \\"\\"" """\n' in both and '    """says \\"\\""hi\\"\\"" """\n' in both
    out = tmp_path / "out"
    out.mkdir()
    assert_black_agrees(rendered, formatted, sorted(rendered), out)


SPECS = [os.path.join("tests", "specs", os.path.basename(p))
         for p in sorted(glob.glob(os.path.join(ROOT, "tests", "specs", "*.yaml")))]


@pytest.mark.parametrize("spec", SPECS)
def test_ruff_output_is_blacks(spec, tmp_path):
    path = os.path.join(ROOT, spec)
    rendered, formatted = python_modules(path, False), python_modules(path, True)
    assert_black_agrees(rendered, formatted, sorted(rendered), tmp_path)


@pytest.mark.parametrize("spec", ["orq.yaml", "openai.yaml"])
def test_ruff_output_is_blacks_on_a_corpus_sample(spec, tmp_path):
    rendered = python_modules(shared_path("corpus", spec), False)
    paths = sample(rendered, 16)
    formatted = format_python({path: rendered[path] for path in paths}, ruff_bin())
    assert_black_agrees(rendered, formatted, paths, tmp_path)


def test_literals_escape_the_characters_black_and_ruff_measure_differently():
    """Every printable character in a string literal at the line length: ruff splits the line exactly when black
    does (by black's measure, it is one column too long)."""
    from black.strings import str_width

    chars = [chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c <= 0xDFFF and chr(c).isprintable()]
    lines: list[tuple[str, bool]] = []
    for ch in chars:
        literal = py_literal(ch)
        for too_long in (False, True):
            pad = LINE_LENGTH + too_long - str_width(f"x = f({literal}, yy)")
            line = f"x = f({literal[:1]}{'a' * pad}{literal[1:]}, yy)"
            assert str_width(line) == LINE_LENGTH + too_long
            lines.append((line + "\n", too_long))
    chunks = {f"m{i}.py": "".join(line for line, _ in lines[i:i + 4000]) for i in range(0, len(lines), 4000)}
    formatted = "".join(format_python(chunks, ruff_bin()).values())
    split = [statement.startswith("\n") for statement in formatted.split("x = f(")[1:]]
    assert len(split) == len(lines)
    differ = [repr(chars[i // 2]) for i, (_, too_long) in enumerate(lines) if split[i] != too_long]
    assert differ == []


def test_the_pinned_ruff_is_the_one_run():
    with open(os.path.join(ROOT, "pyproject.toml"), encoding="utf-8") as fh:
        assert f'"ruff=={RUFF_VERSION}",' in fh.read()
    path = ruff_bin()
    out = subprocess.run([path, "--version"], capture_output=True, text=True, check=True).stdout
    assert out.strip() == f"ruff {RUFF_VERSION}"


def test_one_ruff_run_per_generation(monkeypatch):
    runs: list[list[str]] = []
    real = subprocess.run

    def counting(argv: list[str], **kwargs: Any) -> Any:
        runs.append(argv)
        return real(argv, **kwargs)

    monkeypatch.setattr(generator.format.subprocess, "run", counting)
    files = generate_files(os.path.join(ROOT, "tests", "specs", "constructs.yaml"), "pkg").files
    assert sum(path.endswith(".py") for path in files) > 70
    assert [argv[1] for argv in runs] == ["--version", "format"]


def test_configuration_around_is_ignored(tmp_path, monkeypatch):
    """A ruff.toml / pyproject.toml where ruff runs or above its folder, and RUFF_ variables, change nothing."""
    expected = python_modules(MINI, True)
    settings = 'line-length = 20\nindent-width = 2\n[format]\nquote-style = "single"\n'
    (tmp_path / "ruff.toml").write_text(settings)
    (tmp_path / "pyproject.toml").write_text("[tool.ruff]\n" + settings.replace("[format]", "[tool.ruff.format]"))
    (tmp_path / "scratch").mkdir()
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(generator.format, "_memory_folder", lambda size: str(tmp_path / "scratch"))
    monkeypatch.setenv("RUFF_OUTPUT_FORMAT", "json")
    monkeypatch.setenv("RUFF_CACHE_DIR", str(tmp_path / "cache"))
    assert python_modules(MINI, True) == expected
    assert not (tmp_path / "cache").exists()
    assert os.listdir(tmp_path / "scratch") == []  # the temporary copies are gone


def test_invalid_module_names_the_generated_file():
    with pytest.raises(FormatError) as e:
        format_python({"pkg/ok.py": "x  =  1\n", "pkg/models/components/bad.py": "def f(:\n    pass\n"}, ruff_bin())
    assert str(e.value).startswith("generated pkg/models/components/bad.py is not valid Python (ruff: error: "
                                   "Failed to parse pkg/models/components/bad.py:1:7: ")


def cli(tmp_path: Any, capsys: Any) -> tuple[int, str]:
    code = main(["generate", "--spec", MINI, "--out", str(tmp_path / "out"), "--package", "mini_api",
                 "--config", os.devnull])
    return code, capsys.readouterr().err


def test_missing_ruff_is_exit_2(tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "ruff", None)  # `from ruff import ...` raises ImportError
    code, err = cli(tmp_path, capsys)
    assert code == 2
    assert err == ("error: ruff is not installed; specsmith formats its output with it: "
                   f"pip install ruff=={RUFF_VERSION}\n")
    assert not (tmp_path / "out").exists()


def test_ruff_binary_not_found_is_exit_2(tmp_path, capsys, monkeypatch):
    import ruff

    def not_found() -> str:
        raise FileNotFoundError("Could not find the ruff binary")

    monkeypatch.setattr(ruff, "find_ruff_bin", not_found)
    code, err = cli(tmp_path, capsys)
    assert (code, err) == (2, f"error: ruff is not installed; specsmith formats its output with it: pip install "
                              f"ruff=={RUFF_VERSION}\n")


def test_other_ruff_release_is_exit_2(tmp_path, capsys, monkeypatch):
    import ruff

    fake = tmp_path / "ruff"
    fake.write_text("#!/bin/sh\necho 'ruff 0.1.0'\n")
    fake.chmod(0o755)
    monkeypatch.setattr(ruff, "find_ruff_bin", lambda: str(fake))
    code, err = cli(tmp_path, capsys)
    assert code == 2
    assert err == (f"error: {fake} is ruff 0.1.0, but specsmith formats with ruff {RUFF_VERSION} (another release "
                   f"may format a line differently): pip install ruff=={RUFF_VERSION}\n")
    assert not (tmp_path / "out").exists()
