"""[tool.generator] keys: each one's effect on the output, and bad keys or values named in an exit-2 message."""

from __future__ import annotations

import importlib
import os
import re
import shutil
import sys

import pytest

from conftest import ROOT
from generator.cli import main
from generator.config import Config, Fragment, Options, overridden
from generator.errors import ConfigError

MINI = os.path.join(ROOT, "tests", "specs", "mini.yaml")


def project(tmp_path, extra: str, package: str) -> str:
    """A project dir with spec/api.yaml (mini.yaml) and a pyproject.toml holding `extra` in [tool.generator]."""
    (tmp_path / "spec").mkdir()
    shutil.copy(MINI, tmp_path / "spec" / "api.yaml")
    (tmp_path / "pyproject.toml").write_text(
        f'[tool.generator]\nspec = "spec/api.yaml"\nout = "out"\npackage = "{package}"\n{extra}\n')
    return str(tmp_path / "pyproject.toml")


def generate(tmp_path, extra: str, package: str):
    assert main(["generate", "--config", project(tmp_path, extra, package)]) == 0
    sys.path.insert(0, str(tmp_path / "out"))
    try:
        return importlib.import_module(package)
    finally:
        sys.path.remove(str(tmp_path / "out"))


def pool_files(tmp_path, pool: str) -> set[str]:
    folder = tmp_path / "out" / "docs" / "models" / pool
    return {p.name for p in folder.iterdir()} if folder.exists() else set()


@pytest.mark.parametrize("extra, message", [
    ("colour = 1", "unknown key [tool.generator] 'colour'"),
    ('status_codes = ["2X0"]', "'2X0' is not a status code"),
    ('unknown_keys = "maybe"', "unknown_keys must be one of keep, drop, reject, got 'maybe'"),
    ('python = "3.9"', "python must be one of 3.10, 3.11, 3.12, 3.13, got '3.9'"),
    ('open_enums = "yes"', "open_enums must be true or false"),
    ('operations = "getPet"', "operations must be a list of strings"),
    ('operations = ["getPets"]', "operations: 'getPets' is not in"),
    ('tags = ["pets"]', "tags: 'pets' is not in"),
])
def test_bad_keys_and_values_are_named(tmp_path, capsys, extra, message):
    assert main(["generate", "--config", project(tmp_path, extra, "bad_api")]) == 2
    err = capsys.readouterr().err
    assert message in err and err.startswith("error: ") and err.count("\n") == 1
    assert not (tmp_path / "out").exists()


def test_operations_and_status_codes_select_bodies(tmp_path):
    generate(tmp_path, 'operations = ["createPet"]\nstatus_codes = ["2XX"]', "sel_api")
    ops = pool_files(tmp_path, "operations")
    assert "createpetrequestbody.md" in ops and "createpetresponsebody.md" in ops
    assert not any(name.startswith("getpet") for name in ops)
    assert pool_files(tmp_path, "errors") == set()  # the 404 body of getPet is not generated


def test_status_codes_keep_only_the_listed_responses(tmp_path):
    generate(tmp_path, 'status_codes = ["404"]', "status_api")
    assert pool_files(tmp_path, "errors") and not any("responsebody" in n for n in pool_files(tmp_path, "operations"))


def test_open_enums_keep_unknown_strings(tmp_path):
    pkg = generate(tmp_path, "open_enums = true", "open_api")
    from open_api.models.operations import CreatePetRequestBody  # type: ignore[import-not-found]

    body = CreatePetRequestBody.from_dict({"name": "Rex", "kind": "hamster"})
    assert body.kind == "hamster" and body.to_dict() == {"name": "Rex", "kind": "hamster"}
    with pytest.raises(pkg.ValidationError) as e:
        CreatePetRequestBody.from_dict({"name": "Rex", "kind": 3})
    assert e.value.path == "$.kind"
    page = (tmp_path / "out" / "docs" / "models" / "operations" / "kind.md").read_text()
    assert "Other strings are accepted too" in page


def test_closed_enums_by_default(tmp_path):
    pkg = generate(tmp_path, "", "closed_api")
    from closed_api.models.operations import CreatePetRequestBody  # type: ignore[import-not-found]

    with pytest.raises(pkg.ValidationError, match="expected one of"):
        CreatePetRequestBody.from_dict({"name": "Rex", "kind": "hamster"})


@pytest.mark.parametrize("mode", ["keep", "drop", "reject"])
def test_unknown_keys(tmp_path, mode):
    package = f"keys_{mode}_api"
    pkg = generate(tmp_path, f'unknown_keys = "{mode}"', package)
    body_cls = importlib.import_module(f"{package}.models.operations").CreatePetRequestBody
    data = {"name": "Rex", "kind": "dog", "colour": "brown"}
    if mode == "reject":
        with pytest.raises(pkg.ValidationError) as e:
            body_cls.from_dict(data)
        assert e.value.path == "$.colour"
        return
    body = body_cls.from_dict(data)
    if mode == "keep":
        assert body.additional_properties == {"colour": "brown"} and body.to_dict() == data
    else:
        assert not hasattr(body, "additional_properties") and body.to_dict() == {"name": "Rex", "kind": "dog"}


THING = """openapi: 3.1.0
info: {title: t, version: "1"}
paths:
  /thing:
    get:
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                required: [id, kind]
                properties:
                  id: {type: string}
                anyOf:
                  - required: [email]
                  - required: [phone]
"""


@pytest.mark.parametrize("mode", ["drop", "reject"])
def test_required_keys_without_a_property_are_kept_whatever_unknown_keys_says(tmp_path, mode):
    config = project(tmp_path, f'unknown_keys = "{mode}"', f"req_{mode}_api")
    (tmp_path / "spec" / "api.yaml").write_text(THING)
    assert main(["generate", "--config", config]) == 0
    sys.path.insert(0, str(tmp_path / "out"))
    try:
        pkg = importlib.import_module(f"req_{mode}_api")
        body_cls = importlib.import_module(f"req_{mode}_api.models.operations").GetThingResponseBody
    finally:
        sys.path.remove(str(tmp_path / "out"))
    data = {"id": "a", "kind": "k", "phone": "1", "other": True}
    assert body_cls.from_dict(dict(data)).to_dict() == data  # `kind` and `phone` have nowhere else to go
    with pytest.raises(pkg.ValidationError, match="required property is missing"):
        body_cls.from_dict({"id": "a", "phone": "1"})


def test_python_target_is_accepted(tmp_path):
    pkg = generate(tmp_path, 'python = "3.12"', "py312_api")
    pet = importlib.import_module("py312_api.models.components").Pet
    assert pet.from_dict({"id": 1, "name": "Rex"}).to_dict() == {"id": 1, "name": "Rex"}
    with pytest.raises(pkg.ValidationError):
        pet.from_dict({"id": "1", "name": "Rex"})


def test_pool_names(tmp_path):
    pkg = generate(tmp_path, '[tool.generator.pools]\ncomponents = "schemas"\nerrors = "problems"', "pools_api")
    out = tmp_path / "out"
    assert sorted(p.name for p in (out / "pools_api" / "models").iterdir() if p.is_dir()) == [
        "operations", "problems", "schemas"]
    schemas = importlib.import_module("pools_api.models.schemas")
    with pytest.raises(pkg.ValidationError):
        schemas.Pet.from_dict({"id": 1})
    index = (out / "docs" / "README.md").read_text()
    links = re.findall(r"\]\(([^)]+\.md)\)", index)
    assert links and all((out / "docs" / link).exists() for link in links)
    assert "### schemas" in index and "### problems" in index
    sys.path.insert(0, str(out))
    ran = 0
    try:
        for page in (out / "docs" / "models").rglob("*.md"):  # every example imports from the renamed pools
            for code in re.findall(r"```python\n(.*?)```", page.read_text(), re.S):
                exec(compile(code, str(page), "exec"), {})
                ran += 1
    finally:
        sys.path.remove(str(out))
    assert ran >= 5


@pytest.mark.parametrize("table, message", [
    ('components = "Schemas"', "components = 'Schemas' is not a lower-case Python identifier"),
    ('errors = "operations"', "names must differ"),
    ('models = "x"', "maps components, operations and errors"),
])
def test_bad_pool_names(tmp_path, capsys, table, message):
    assert main(["generate", "--config", project(tmp_path, f"[tool.generator.pools]\n{table}", "bad_api")]) == 2
    assert message in capsys.readouterr().err


def test_config_dev_null_means_the_defaults(tmp_path):
    """`--config /dev/null` is the usual way to say "no configuration" (the bench and the README use it): the
    defaults, although /dev/null is no regular file (other special files are refused: tests/test_hostile_inputs.py)."""
    from generator.config import Config, load_config

    assert load_config(os.devnull) == Config()
    out = tmp_path / "out"
    assert main(["generate", "--spec", MINI, "--out", str(out), "--package", "mini_api", "--config", os.devnull]) == 0
    assert (out / "mini_api" / "models" / "components" / "pet.py").exists()


def test_config_is_found_from_a_subfolder_of_the_project(tmp_path, monkeypatch):
    """Like black and ruff: the nearest pyproject.toml with [tool.generator], upwards from the current folder."""
    project(tmp_path, "", "found_api")
    (tmp_path / ".git").mkdir()
    (tmp_path / "src" / "deep").mkdir(parents=True)
    (tmp_path / "src" / "pyproject.toml").write_text("[tool.black]\nline-length = 100\n")  # another tool's: skipped
    monkeypatch.chdir(tmp_path / "src" / "deep")
    assert main(["generate"]) == 0
    assert (tmp_path / "out" / "found_api" / "__init__.py").exists()  # paths relative to the pyproject.toml
    assert main(["check"]) == 0


def test_config_search_stops_at_the_project_root(tmp_path, monkeypatch, capsys):
    project(tmp_path, "", "outer_api")  # above the project root: not this project's configuration
    inner = tmp_path / "inner"
    (inner / ".git").mkdir(parents=True)
    monkeypatch.chdir(inner)
    assert main(["generate"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: no spec to read: no pyproject.toml with a [tool.generator] table from ")
    assert "pass --spec" in err and err.count("\n") == 1
    assert not (tmp_path / "out").exists()


def test_a_pyproject_without_the_table_is_said(tmp_path, capsys):
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    out = tmp_path / "out"
    assert main(["generate", "--spec", MINI, "--out", str(out), "--package", "mini_api",
                 "--config", str(tmp_path / "pyproject.toml")]) == 0
    assert f"warning: {tmp_path / 'pyproject.toml'}: no [tool.generator] table; the defaults apply\n" in (
        capsys.readouterr().err)


def test_a_found_pyproject_without_the_table_is_said(tmp_path, monkeypatch, capsys):
    """The search passes a pyproject.toml without [tool.generator] (another tool's) and finds none with it: the
    defaults apply, and the run says so instead of silently using them."""
    (tmp_path / ".git").mkdir()
    (tmp_path / "pyproject.toml").write_text("[tool.black]\nline-length = 100\n")
    (tmp_path / "spec").mkdir()
    shutil.copy(MINI, tmp_path / "spec" / "openapi.yaml")
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    assert main(["generate"]) == 2  # the default spec path is relative to the current folder
    assert main(["generate", "--spec", "../spec/openapi.yaml"]) == 0
    assert capsys.readouterr().err.count("warning: ../pyproject.toml: no [tool.generator] table (nor in a pyproject."
                                         "toml above it, up to the project root); the defaults apply\n") == 2
    assert (tmp_path / "sub" / "generated" / "api_models" / "__init__.py").exists()


def test_command_line_settings_override_the_table_and_are_checked_as_its_keys():
    cfg = Config(spec="/p/spec.yaml", out="/p/out", package="table_api", strict=False, options=Options(python="3.12"))
    assert overridden(cfg, None, None, None, False, None) == cfg
    root = Fragment("Pet")
    assert overridden(cfg, "other.yaml", "o", "cli_api", True, root) == Config(
        spec="other.yaml", out="o", package="cli_api", strict=True, options=Options(python="3.12", fragment=root))
    with pytest.raises(ConfigError, match=r"^--package 'json' is a standard-library module: "):
        overridden(cfg, None, None, "json", False, None)
