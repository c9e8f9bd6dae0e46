"""A run whose inputs are unchanged stops early (generator/fingerprint.py), and only then."""

from __future__ import annotations

import os
import shutil
import sys
from importlib import metadata

import pytest

from conftest import ROOT
from generator import fingerprint
from generator.cli import main
from generator.config import Options, load_config
from generator.owned import FINGERPRINT_FILE, read_owned

MINI = os.path.join(ROOT, "tests", "specs", "mini.yaml")


@pytest.fixture
def project(tmp_path):
    spec = tmp_path / "spec" / "api.yaml"
    spec.parent.mkdir()
    shutil.copy(MINI, spec)
    out = tmp_path / "out"
    assert main(["generate", "--spec", str(spec), "--out", str(out), "--package", "mini_api"]) == 0
    return spec, out


def unchanged(spec, out, package="mini_api"):
    cfg = load_config(os.path.join(ROOT, "pyproject.toml"))  # the CLI ran with the project's config
    return fingerprint.unchanged(str(spec), fingerprint.settings(package, cfg.names, cfg.options), str(out),
                                 read_owned(str(out), FINGERPRINT_FILE))


def test_unchanged_run_is_recognised_and_skipped(project, capsys):
    spec, out = project
    record = unchanged(spec, out)
    assert record is not None and record.models > 0 and record.sources == ("api.yaml",)
    capsys.readouterr()
    assert main(["generate", "--spec", str(spec), "--out", str(out), "--package", "mini_api"]) == 0
    assert f"{record.models} models, {record.pages} pages, 0 files changed" in capsys.readouterr().err


@pytest.mark.parametrize("change", ["spec", "output-edited", "output-deleted", "package", "generator-code"])
def test_any_changed_input_or_damaged_output_means_a_full_run(project, change, monkeypatch):
    spec, out = project
    package = "mini_api"
    if change == "spec":
        spec.write_text(spec.read_text() + "\n# a comment changes the text\n")
    elif change == "output-edited":
        page = out / "docs" / "models" / "components" / "pet.md"
        page.write_text(page.read_text() + "x")
    elif change == "output-deleted":
        (out / "mini_api" / "models" / "components" / "pet.py").unlink()
    elif change == "package":
        package = "other_api"
    else:
        monkeypatch.setattr(fingerprint, "_code_hash", lambda: "another generator")
    assert unchanged(spec, out, package) is None


def test_skipped_run_repeats_the_warnings(tmp_path, capsys):
    spec = tmp_path / "api.yaml"
    spec.write_text("openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
                    "    A:\n      type: object\n      properties:\n        x: {not: {type: string}}\n")
    out = tmp_path / "out"
    argv = ["generate", "--spec", str(spec), "--out", str(out), "--package", "w_api"]
    assert main(argv) == 0
    first = capsys.readouterr().err
    assert main(argv) == 0
    second = capsys.readouterr().err
    warning = f"warning: {spec}#/components/schemas/A/properties/x: unsupported keyword 'not'"
    assert warning in first and warning in second and "0 files changed" in second


def test_a_spec_edited_during_the_run_is_not_recorded_as_generated(project, monkeypatch):
    """The record hashes the bytes the run read, not the file as it is when the run ends."""
    import generator.pipeline

    spec, out = project
    real_load_api = generator.pipeline.load_api

    def load_then_edit(*args, **kwargs):  # type: ignore[no-untyped-def]
        api = real_load_api(*args, **kwargs)
        spec.write_text(spec.read_text() + "\n# edited while the generator ran\n")
        return api

    monkeypatch.setattr(generator.pipeline, "load_api", load_then_edit)
    spec.write_text(spec.read_text() + "\n# a change, so the run is not skipped\n")
    assert main(["generate", "--spec", str(spec), "--out", str(out), "--package", "mini_api"]) == 0
    assert unchanged(spec, out) is None  # the next run regenerates from the edited spec


def test_the_hash_holds_no_python_version_path_or_mtime(tmp_path, monkeypatch):
    """Of the generator, the inputs hash takes each code and template file's name and bytes and the versions of
    ruff, jinja2 and pyyaml; of the spec, its name and bytes. Every Python then records the same hash."""
    expected = []
    for folder in (os.path.join(ROOT, "generator"), os.path.join(ROOT, "templates")):
        for name in sorted(os.listdir(folder)):
            if name.endswith((".py", ".jinja")):
                with open(os.path.join(folder, name), "rb") as fh:
                    expected.append(name.encode() + b"\0" + fh.read())
    expected += [f"{dist}={metadata.version(dist)}".encode() for dist in ("ruff", "jinja2", "pyyaml")]
    assert fingerprint.code_inputs() == expected
    here, there = tmp_path / "a" / "api.yaml", tmp_path / "b" / "c" / "api.yaml"
    for spec in (here, there):
        spec.parent.mkdir(parents=True)
        shutil.copy(MINI, spec)
    os.utime(there, (0, 0))
    settings = fingerprint.settings("mini_api", {}, Options())
    recorded = fingerprint.inputs_hash(str(here), ("api.yaml",), settings)
    monkeypatch.setattr(sys, "version_info", (3, 13, 0, "final", 0))
    fingerprint._code_hash.cache_clear()
    try:
        assert fingerprint.inputs_hash(str(there), ("api.yaml",), settings) == recorded
    finally:
        fingerprint._code_hash.cache_clear()
