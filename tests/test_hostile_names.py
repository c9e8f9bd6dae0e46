"""Hostile names: the names a user gives (--package, --name, [tool.generator] package, names, pools, fragment) and
the file names of modules and pages made from model names.

A user's name that Python or a file system cannot take is refused (exit 2, one `error:` line saying what to do).
A model's file name is made safe instead: Windows device names take "_", long names are shortened with a hash, and
no two files of a directory differ only in case (casefold), so the package checks out and imports anywhere.
"""

from __future__ import annotations

import importlib
import os
import re
import sys
from pathlib import Path

import pytest

from generator.cli import main
from generator.filenames import file_stem, module_stem
from generator.pynames import name_problem

H = 'openapi: 3.0.3\ninfo: {title: t, version: "1"}\n'
LONG = "A" * 253
LONG_STEM = "a" * 91 + "_a30cab87"  # 100 bytes: a prefix and the first 8 hex digits of sha256(LONG)
WIDE = "名" * 60  # 180 bytes in UTF-8
WIDE_STEM = "名" * 30 + "_5e52559a"  # 99 bytes: the prefix is cut at a character, not inside one


def write_project(tmp_path: Path, components: list[str], names: dict[str, str] | None = None,
                  extra: str = "", package: str = "names_api") -> str:
    """api.yaml with one small object per component and a `Holder` whose properties $ref them all (so pages link
    to each other); pyproject.toml with `names` as [tool.generator.names]."""
    lines = [H, "components:\n  schemas:\n"]
    for c in components:
        lines.append(f"    {c}: {{type: object, properties: {{a: {{type: string}}}}}}\n")
    lines.append("    Holder:\n      type: object\n      properties:\n")
    for i, c in enumerate(components):
        lines.append(f"        p{i}: {{$ref: '#/components/schemas/{c}'}}\n")
    (tmp_path / "api.yaml").write_text("".join(lines), encoding="utf-8")
    table = "".join(f'"/components/schemas/{k}" = "{v}"\n' for k, v in (names or {}).items())
    (tmp_path / "pyproject.toml").write_text(
        f'[tool.generator]\nspec = "api.yaml"\nout = "out"\npackage = "{package}"\n{extra}\n'
        f"[tool.generator.names]\n{table}", encoding="utf-8")
    return str(tmp_path / "pyproject.toml")


def generate(tmp_path: Path, *args: str) -> int:
    return main(["generate", "--config", str(tmp_path / "pyproject.toml"), "-q", *args])


def stems(folder: Path, ext: str) -> set[str]:
    return {p.name[: -len(ext)] for p in folder.iterdir() if p.name.endswith(ext) and p.name != "__init__.py"}


def assert_links_resolve(docs: Path) -> int:
    """Every Markdown link to a page, in the index and in every page, names a file that exists."""
    count = 0
    for page in docs.rglob("*.md"):
        for link in re.findall(r"\]\(([^)#]+\.md)\)", page.read_text(encoding="utf-8")):
            assert (page.parent / link).is_file(), f"{page}: {link}"
            count += 1
    return count


def round_trip(out: Path, package: str, components: list[str]) -> None:
    """The package imports; each class and the Holder of them all decode and encode their data unchanged."""
    sys.path.insert(0, str(out))
    try:
        models = importlib.import_module(f"{package}.models.components")
        for name in components:
            assert getattr(models, name).from_dict({"a": "x"}).to_dict() == {"a": "x"}
        data = {f"p{i}": {"a": str(i)} for i in range(len(components))}
        assert models.Holder.from_dict(data).to_dict() == data
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
            del sys.modules[name]


def check_tree(tmp_path: Path, package: str, components: list[str], modules: set[str],
               pages: set[str] | None = None) -> None:
    """The exact module and page names, the package round-trips, the links resolve, and a second run (name lock
    read back) changes nothing."""
    out = tmp_path / "out"
    assert stems(out / package / "models" / "components", ".py") == modules
    assert stems(out / "docs" / "models" / "components", ".md") == (modules if pages is None else pages)
    round_trip(out, package, components)
    assert assert_links_resolve(out / "docs") >= 2 * len(components)
    assert main(["check", "--config", str(tmp_path / "pyproject.toml"), "-q"]) == 0
    assert generate(tmp_path, "--no-lock") == 0 and main(["check", "--config", str(tmp_path / "pyproject.toml")]) == 0


# -- model names made safe as file names ---------------------------------------------------------------------------


def test_windows_device_names_take_an_underscore(tmp_path):
    components = ["Con", "Nul", "Aux", "Prn", "Com1", "Lpt9"]
    write_project(tmp_path, components)
    assert generate(tmp_path) == 0
    check_tree(tmp_path, "names_api", components, {"con_", "nul_", "aux_", "prn_", "com1_", "lpt9_", "holder"})
    index = (tmp_path / "out" / "docs" / "README.md").read_text()
    assert "- [Con](models/components/con_.md)" in index
    holder = (tmp_path / "out" / "docs" / "models" / "components" / "holder.md").read_text()
    assert "[components.Com1](../../models/components/com1_.md)" in holder


def test_long_names_are_shortened_with_a_hash_of_the_whole_name(tmp_path):
    """A 253-character component once failed with "File name too long" naming the staging directory."""
    write_project(tmp_path, [LONG, "Wide"], {"Wide": WIDE})
    assert generate(tmp_path) == 0
    check_tree(tmp_path, "names_api", [LONG, WIDE], {LONG_STEM, WIDE_STEM, "holder"})


def test_names_equal_under_casefold_get_distinct_files(tmp_path):
    """Straße and STRASSE are two Python names but one file name where case is folded (ß -> ss); the name lock
    once refused a non-ASCII override on the second run."""
    write_project(tmp_path, ["A", "B"], {"A": "Straße", "B": "STRASSE"})
    assert generate(tmp_path) == 0
    assert generate(tmp_path) == 0  # the lock holds Straße
    check_tree(tmp_path, "names_api", ["Straße", "STRASSE"], {"strasse", "straße_2", "holder"})


def test_suffixed_and_shortened_names_yield_to_ordinary_ones(tmp_path):
    """Con_ and the name LONG_STEM are their own page names; Con and LONG, whose names were made safe, take the
    next free ones. The module of the lower-case class LONG_STEM cannot be LONG_STEM (the pool would export the
    module, not the class, under that name), so it is LONG_STEM_2, and LONG's is LONG_STEM_3."""
    components = ["Con", "Con_", LONG, LONG_STEM]
    write_project(tmp_path, components)
    assert generate(tmp_path) == 0
    check_tree(tmp_path, "names_api", components, {"con_", "con__2", LONG_STEM + "_2", LONG_STEM + "_3", "holder"},
               {"con_", "con__2", LONG_STEM, LONG_STEM + "_2", "holder"})
    index = (tmp_path / "out" / "docs" / "README.md").read_text()
    assert "- [Con](models/components/con__2.md)\n- [Con_](models/components/con_.md)" in index


@pytest.mark.parametrize("name, stem, module", [
    ("Pet", "pet", "pet"), ("CON", "con_", "con_"), ("CoM9", "com9_", "com9_"), ("Lpt0", "lpt0_", "lpt0_"),
    ("Conin", "conin", "conin"), ("Com10", "com10", "com10"), ("Class", "class", "class_"),
    ("B" * 100, "b" * 100, "b" * 100), ("B" * 101, "b" * 91 + "_31c8cdc6", "b" * 91 + "_31c8cdc6"),
])
def test_file_stem(name, stem, module):
    assert file_stem(name) == stem and module_stem(name) == module


# -- names a user gives --------------------------------------------------------------------------------------------


def run_bad(tmp_path: Path, capsys, args: list[str], message: str) -> None:
    rc = main(["generate", "--config", str(tmp_path / "pyproject.toml"), *args])
    err = capsys.readouterr().err
    assert rc == 2, err
    assert err == f"error: {message}\n"
    assert not (tmp_path / "out").exists()


KEYWORD = "is a Python keyword; choose another name"
DUNDER = "starts with '__', which Python keeps for its own names (and mangles in classes); choose another name"
STDLIB = ("is a standard-library module: with the output directory on sys.path one would hide the other; "
          "choose another name")
USED = "is a name the generated modules use themselves; choose another name"


@pytest.mark.parametrize("package, problem", [
    ("class", KEYWORD), ("None", KEYWORD), ("True", KEYWORD), ("__init__", DUNDER),
    ("ﬁle_api", "is read by Python as 'file_api' (identifiers are NFKC-normalised); write it that way"),
    ("json", STDLIB), ("typing", STDLIB), ("os", STDLIB), ("dataclasses", STDLIB), ("distutils", STDLIB),
    ("docs", "is the name of the docs/ folder written beside the package; choose another name"),
    ("Docs", "is the name of the docs/ folder written beside the package; choose another name"),
    ("Nul", "is a Windows device name, which no folder can have; choose another name"),
    ("p" * 101, "is longer than 100 bytes, too long for a folder name; choose a shorter name"),
    ("my-api", "is not a Python identifier; use letters, digits and _ (not a digit first)"),
    ("", "is not a Python identifier; use letters, digits and _ (not a digit first)"),
])
def test_bad_package_names(tmp_path, capsys, package, problem):
    config = write_project(tmp_path, ["Pet"])
    run_bad(tmp_path, capsys, ["--package", package], f"--package {package!r} {problem}")
    write_project(tmp_path, ["Pet"], package=package)
    run_bad(tmp_path, capsys, [], f"{config}: [tool.generator] package = {package!r} {problem}")


@pytest.mark.parametrize("name, problem", [
    ("class", KEYWORD), ("None", KEYWORD), ("__init__", DUNDER), ("__Secret", DUNDER),
    ("ﬁle", "is read by Python as 'file' (identifiers are NFKC-normalised); write it that way"),
    ("Any", USED), ("str", USED), ("ValidationError", USED), ("v1", USED),
])
def test_bad_fragment_root_names(tmp_path, capsys, name, problem):
    config = write_project(tmp_path, ["Pet"])
    (tmp_path / "pet.yaml").write_text("type: object\nproperties: {a: {type: string}}\n")
    run_bad(tmp_path, capsys, ["--spec", str(tmp_path / "pet.yaml"), "--fragment", "--name", name],
            f"--name {name!r} {problem}")
    with open(config, "a") as fh:
        fh.write(f'[tool.generator.fragment]\nname = "{name}"\n')
    run_bad(tmp_path, capsys, [], f"{config}: [tool.generator.fragment] name = {name!r} {problem}")


@pytest.mark.parametrize("name, problem", [
    ("class", KEYWORD), ("__init__", DUNDER), ("Any", USED), ("k2", USED),
    ("ﬁle", "is read by Python as 'file' (identifiers are NFKC-normalised); write it that way"),
    ("2Pets", "is not a Python identifier; use letters, digits and _ (not a digit first)"),
])
def test_bad_override_names(tmp_path, capsys, name, problem):
    config = write_project(tmp_path, ["Pet"], {"Pet": name})
    run_bad(tmp_path, capsys, [], f"{config}: [tool.generator.names] '/components/schemas/Pet' = {name!r} {problem}")


@pytest.mark.parametrize("table, message", [
    ('components = "con"', "components = 'con' is a Windows device name, which no folder can have; choose another "
                           "name"),
    ('errors = "__init__"', f"errors = '__init__' {DUNDER}"),
    ('operations = "class"', f"operations = 'class' {KEYWORD}"),
])
def test_bad_pool_names(tmp_path, capsys, table, message):
    config = write_project(tmp_path, ["Pet"], extra=f"[tool.generator.pools]\n{table}")
    run_bad(tmp_path, capsys, [], f"{config}: [tool.generator.pools] {message}")


@pytest.mark.parametrize("second", ["Pet", "pet"])
def test_two_overrides_cannot_give_one_name(tmp_path, capsys, second):
    """Two inline schemas of an operation named Pet: one model was lost (Pet and pet: one page for both)."""
    body = "/paths/~1a/get/responses/200/content/application~1json/schema"
    (tmp_path / "api.yaml").write_text(
        H + "paths:\n  /a:\n    get:\n      operationId: getA\n      responses:\n        '200':\n"
        "          description: ok\n          content:\n            application/json:\n              schema:\n"
        "                type: object\n                properties:\n"
        "                  x: {type: object, properties: {q: {type: string}}}\n")
    (tmp_path / "pyproject.toml").write_text(
        f'[tool.generator]\nspec = "api.yaml"\nout = "out"\npackage = "two_api"\n[tool.generator.names]\n'
        f'"{body}" = "Pet"\n"{body}/properties/x" = "{second}"\n')
    run_bad(tmp_path, capsys, [], f"{tmp_path / 'api.yaml'}#{body}/properties/x: operations name {second!r} cannot be "
                                  f"told apart from 'Pet' (#{body}); rename one or set [tool.generator.names]")


def test_name_rules_allow_ordinary_and_unicode_names():
    assert name_problem("Straße", "class") == name_problem("名前", "class") == ""
    assert name_problem("match", "class") == name_problem("case", "package") == ""  # soft keywords: no match here
    assert name_problem("orq_api", "package") == name_problem("schemas", "pool") == ""
    assert name_problem("json", "pool") == ""  # a subpackage hides nothing
