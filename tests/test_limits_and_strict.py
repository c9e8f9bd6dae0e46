"""Nesting limits (generator/limits.py) and strict mode (`--strict`, `[tool.generator] strict = true`).

Specs nested past a limit exit 2 with `error: FILE#POINTER: ...` (the first value past it), never exit 3 or a
traceback, and leave the output directory alone; specs just inside the limits give a package that imports and
decodes. Strict mode turns warnings into an exit 2 that writes nothing.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from conftest import ROOT, snapshot
from generator import limits
from generator.config import load_config
from generator.errors import ConfigError, SpecError

H = 'openapi: 3.0.3\ninfo: {title: t, version: "1"}\n'
CLEAN = H + "components:\n  schemas:\n    Pet:\n      type: object\n      properties:\n        name: {type: string}\n"
LOOSE = H + "components:\n  schemas:\n    Loose:\n      type: object\n      properties:\n        code: {not: {type: string}}\n"


def run(*args: str, cwd: str = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": ROOT})


def prop(schema: str) -> str:
    """A spec whose component A has property v (at /components/schemas/A/properties/v, 5 levels deep)."""
    return H + "components:\n  schemas:\n    A:\n      type: object\n      properties:\n        v: " + schema + "\n"


def body(schema: str) -> str:
    return H + ("paths:\n  /x:\n    get:\n      operationId: getX\n      responses:\n        '200':\n"
                "          description: ok\n          content:\n            application/json:\n"
                "              schema: " + schema + "\n")


def arrays(n: int, leaf: str = "{type: object, properties: {a: {type: string}}}") -> str:
    for _ in range(n):
        leaf = "{type: array, items: " + leaf + "}"
    return leaf


def nested_list(n: int, leaf: str = "1") -> str:
    for _ in range(n):
        leaf = "[" + leaf + "]"
    return leaf


def generate(tmp_path, name: str, text: str, *extra: str) -> tuple[subprocess.CompletedProcess[str], str, str]:
    spec = tmp_path / name
    spec.write_text(text)
    out = tmp_path / "out"
    return run("generate", "--spec", str(spec), "--out", str(out), "--package", "deep_api", *extra), str(spec), str(out)


def assert_refused(r: subprocess.CompletedProcess[str], spec: str, pointer_prefix: str, problem: str) -> str:
    """Exit 2, one `error: SPEC#POINTER: problem` line, no traceback; the pointer."""
    assert r.returncode == 2, r.stderr
    assert "Traceback" not in r.stderr and "internal error" not in r.stderr
    lines = r.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {spec}#{pointer_prefix}"), r.stderr[:500]
    assert problem in lines[0], lines[0][-300:]
    return lines[0][len(f"error: {spec}#"):].split(": ", 1)[0]


# -- past the limits: exit 2 with the pointer, output left alone ----------------------------------------------------

@pytest.mark.parametrize("where", ["property", "response-body"])
def test_arrays_150_deep_exit_2_with_pointer_and_output_untouched(tmp_path, where):
    r, spec, out = generate(tmp_path, "ok.yaml", CLEAN)
    assert r.returncode == 0, r.stderr
    before = snapshot(out)
    text = prop(arrays(150)) if where == "property" else body(arrays(150))
    r, spec, _ = generate(tmp_path, "deep.yaml", text)
    start = "/components/schemas/A/properties/v" if where == "property" else "/paths/~1x/get/responses/200/content/application~1json/schema"
    pointer = assert_refused(r, spec, start + "/items/items", f"nested more than {limits.MAX_DEPTH} levels deep")
    assert pointer.count("/") == limits.MAX_DEPTH + 1  # the first value past the limit
    assert snapshot(out) == before


def test_example_500_deep_exit_2_with_pointer(tmp_path):
    r, spec, out = generate(tmp_path, "ex.yaml", prop("{example: " + nested_list(500) + "}"))
    pointer = assert_refused(r, spec, "/components/schemas/A/properties/v/example/0/0/0", "levels deep")
    assert pointer == "/components/schemas/A/properties/v/example" + "/0" * (limits.MAX_DEPTH - 5)
    assert not os.path.exists(out)


def test_json_too_deep_for_python_to_parse_exit_2_with_pointer(tmp_path):
    """json.loads gives up (RecursionError) at ~1000 levels; the pointer comes from scanning the text."""
    doc = ('{"openapi":"3.0.3","info":{"title":"t","version":"1"},"components":{"schemas":{"A":{"type":"object",'
           '"properties":{"v":{"example":' + nested_list(5000) + '}}}}}}')
    r, spec, _ = generate(tmp_path, "deep.json", doc)
    pointer = assert_refused(r, spec, "/components/schemas/A/properties/v/example/0", "levels deep")
    assert pointer == "/components/schemas/A/properties/v/example" + "/0" * (limits.MAX_DEPTH - 5)


def test_yaml_past_libyaml_limit_exit_2_with_pointer(tmp_path):
    """libyaml stops at 1000 levels (`exceeded maximum nesting depth`); the pointer comes from its events."""
    r, spec, _ = generate(tmp_path, "deep.yaml", prop(arrays(1200, "{type: string}")))
    pointer = assert_refused(r, spec, "/components/schemas/A/properties/v/items/items", "levels deep")
    assert pointer.count("/") == limits.MAX_DEPTH + 1


def test_arrays_nested_past_type_limit_through_refs(tmp_path):
    """Each file is shallow, but the type is List[List[...]] 40 deep through $refs: the type limit says where."""
    text = H + "components:\n  schemas:\n    A:\n      type: object\n      properties:\n        v: {$ref: '#/components/schemas/L0'}\n"
    text += "".join(f"    L{i}: {{type: array, items: {{$ref: '#/components/schemas/L{i + 1}'}}}}\n" for i in range(40))
    text += "    L40: {type: string}\n"
    r, spec, _ = generate(tmp_path, "refs.yaml", text)
    n = limits.MAX_NESTING
    pointer = assert_refused(r, spec, "/components/schemas/L", f"arrays and maps nested more than {n} deep")
    assert pointer == f"/components/schemas/L{n}"


def test_schemas_chained_hundreds_deep_through_refs_exit_2(tmp_path):
    """Past the limits' reach (each schema is shallow): the last-resort RecursionError conversion, with a pointer."""
    text = H + "components:\n  schemas:\n"
    text += "".join(f"    S{i}: {{allOf: [{{$ref: '#/components/schemas/S{i + 1}'}}]}}\n" for i in range(1500))
    text += "    S1500: {type: object, properties: {a: {type: string}}}\n"
    r, spec, out = generate(tmp_path, "chain.yaml", text)
    assert_refused(r, spec, "/components/schemas/S", "recursion limit")
    assert not os.path.exists(out)


def test_check_depth_counts_levels_and_finds_the_first_value_past_the_limit():
    def deep(n: int) -> object:
        v: object = "leaf"
        for _ in range(n):
            v = {"k": v}
        return v

    limits.check_depth("f.yaml", {"a": [1, {}], "b": deep(limits.MAX_DEPTH - 1)})  # the leaf is MAX_DEPTH deep
    with pytest.raises(SpecError) as e:
        limits.check_depth("f.yaml", {"a": [1, {}], "b": deep(limits.MAX_DEPTH)})
    assert e.value.pointer == "/b" + "/k" * limits.MAX_DEPTH


def test_text_scans_agree_with_the_parsed_walk():
    doc = {"a/b": [0, {"x": [[1, 2], {"~": [[[[["deep"]]]]]}]}]}
    old = limits.MAX_DEPTH
    try:
        limits.MAX_DEPTH = 6
        with pytest.raises(SpecError) as e:
            limits.check_depth("f", doc)
        want = e.value.pointer
        assert want == "/a~1b/1/x/1/~0/0/0"  # 7 levels: the first past 6
        assert limits._json_pointer(json.dumps(doc)) == want
        assert limits._json_pointer(json.dumps(doc, indent=1)) == want
        assert limits._yaml_pointer(json.dumps(doc)) == want
        yaml_block = "a/b:\n- 0\n- x:\n  - [1, 2]\n  - '~':\n    - - - - - deep\n"
        assert limits._yaml_pointer(yaml_block) == want
    finally:
        limits.MAX_DEPTH = old


# -- just inside the limits: the package imports and decodes --------------------------------------------------------

def test_deepest_accepted_spec_generates_an_importable_package(tmp_path):
    """Arrays and maps MAX_NESTING deep (nullable, around a model: the most brackets per level) and an example value
    exactly MAX_DEPTH deep: the package imports, decodes and encodes the deep value."""
    leaf = "{type: object, nullable: true, properties: {a: {type: string}}, required: [a]}"
    for i in range(limits.MAX_NESTING):
        kind = "type: array, nullable: true, items: " if i % 2 else "type: object, nullable: true, additionalProperties: "
        leaf = "{" + kind + leaf + "}"
    example = nested_list(limits.MAX_DEPTH - 6)  # under /components/schemas/A/properties/w/example
    text = prop(leaf) + "        w: {example: " + example + "}\n"
    r, _, out = generate(tmp_path, "edge.yaml", text)
    assert r.returncode == 0, r.stderr[-2000:]
    value: object = {"a": "x"}
    for i in range(limits.MAX_NESTING):
        value = [value, None] if i % 2 else {"k": value, "n": None}
    data = {"v": value, "w": json.loads(example)}
    script = textwrap.dedent(f"""
        import importlib, json, pkgutil, sys
        sys.path.insert(0, {out!r})
        import deep_api
        for m in pkgutil.walk_packages(deep_api.__path__, "deep_api."):
            importlib.import_module(m.name)
        from deep_api.models.components import A
        data = json.loads(sys.stdin.read())
        a = A.from_dict(data)
        assert a.to_dict() == data
        assert A.from_json(a.to_json()).to_dict() == data
        print("ok")
    """)
    done = subprocess.run([sys.executable, "-c", script], input=json.dumps(data), capture_output=True, text=True)
    assert done.stdout.strip() == "ok", done.stderr[-2000:]


# -- strict mode ----------------------------------------------------------------------------------------------------

def pyproject(tmp_path, spec_text: str, extra: str = "") -> str:
    (tmp_path / "api.yaml").write_text(spec_text)
    path = tmp_path / "pyproject.toml"
    path.write_text(f'[tool.generator]\nspec = "api.yaml"\nout = "out"\npackage = "strict_api"\n{extra}')
    return str(path)


def test_warning_without_strict_exits_0(tmp_path):
    r = run("generate", "--config", pyproject(tmp_path, LOOSE))
    assert r.returncode == 0, r.stderr
    assert "warning: " in r.stderr and "unsupported keyword 'not'" in r.stderr
    assert (tmp_path / "out" / "strict_api").is_dir()


@pytest.mark.parametrize("how", ["--strict", "strict = true"])
def test_strict_refuses_warnings_and_writes_nothing(tmp_path, how):
    config = pyproject(tmp_path, LOOSE, "strict = true\n" if how == "strict = true" else "")
    flags = ["--strict"] if how == "--strict" else []
    r = run("generate", "--config", config, *flags)
    assert r.returncode == 2, r.stderr
    lines = r.stderr.splitlines()
    assert lines[0].startswith(f"warning: {tmp_path / 'api.yaml'}#/components/schemas/Loose/properties/code: ")
    assert lines[-1].startswith("error: strict mode refused 1 warning ")
    assert "Traceback" not in r.stderr
    assert not (tmp_path / "out").exists()
    r = run("check", "--config", config, *flags)
    assert r.returncode == 2 and "strict mode refused 1 warning" in r.stderr


def test_strict_leaves_existing_output_untouched_also_on_a_skipped_run(tmp_path):
    config = pyproject(tmp_path, CLEAN)
    assert run("generate", "--config", config).returncode == 0
    before = snapshot(str(tmp_path / "out"))
    (tmp_path / "api.yaml").write_text(LOOSE)
    r = run("generate", "--config", config, "--strict", "-q")
    assert r.returncode == 2 and "warning: " in r.stderr  # --quiet still shows the warnings it refuses
    assert snapshot(str(tmp_path / "out")) == before
    # the run record of a non-strict run holds the warning: a strict run that would skip still refuses it
    assert run("generate", "--config", config).returncode == 0
    after = snapshot(str(tmp_path / "out"))
    r = run("generate", "--config", config, "--strict")
    assert r.returncode == 2 and "strict mode refused 1 warning" in r.stderr
    assert snapshot(str(tmp_path / "out")) == after


def test_strict_with_a_clean_spec_exits_0_and_changes_no_output(tmp_path):
    config = pyproject(tmp_path, CLEAN, "strict = true\n")
    r = run("generate", "--config", config)
    assert r.returncode == 0, r.stderr
    assert "warning" not in r.stderr and "error" not in r.stderr
    before = snapshot(str(tmp_path / "out"))
    r = run("generate", "--config", pyproject(tmp_path, CLEAN))  # the same config without strict
    assert r.returncode == 0 and " 0 files changed" in r.stderr  # strict is not in the run record
    assert snapshot(str(tmp_path / "out")) == before
    assert run("check", "--config", pyproject(tmp_path, CLEAN), "--strict").returncode == 0


def test_strict_config_values(tmp_path):
    assert load_config(pyproject(tmp_path, CLEAN, "strict = true\n")).strict is True
    assert load_config(pyproject(tmp_path, CLEAN)).strict is False
    with pytest.raises(ConfigError, match=r"\[tool.generator\] strict must be true or false, got 'yes'"):
        load_config(pyproject(tmp_path, CLEAN, 'strict = "yes"\n'))
    r = run("generate", "--config", pyproject(tmp_path, CLEAN, 'strict = "yes"\n'))
    assert r.returncode == 2 and r.stderr.startswith("error: ") and "strict must be true or false" in r.stderr
    assert not (tmp_path / "out").exists()
