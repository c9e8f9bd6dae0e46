"""JSON Schema semantics on specs nobody here wrote (issue 11, "Found" 1-5 and 8).

Each case is a schema from the issue, generated into a package; every instance is decided by the generated
decoder and by `jsonschema` (draft 2020-12), and the two must agree. Cases the generator does not model must
warn at generation time.
"""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from typing import Any

import jsonschema
import pytest

from conftest import ROOT
from oracle_tools import FORMATS

COMPONENTS: dict[str, Any] = {
    "Base": {
        "type": "object",
        "properties": {
            "kind": {"type": "string"},
            "name": {"type": ["string", "null"]},
            "inner": {"type": "object", "properties": {"x": {"type": "integer"}}},
            "tags": {"type": "array", "items": {"type": "string"}},
            "size": {"type": "number"},
        },
        "required": ["kind"],
    },
    # 1. a later allOf part narrows the first part's properties
    "Dog": {
        "allOf": [
            {"$ref": "#/components/schemas/Base"},
            {
                "type": "object",
                "properties": {
                    "kind": {"const": "dog"},
                    "name": {"type": "string"},
                    "inner": {"type": "object", "required": ["x"]},
                    "tags": {"items": {"enum": ["a", "b"]}},
                    "size": {"type": "integer"},
                },
            },
        ]
    },
    # 8. one unsatisfiable property: a warning and a field that rejects every value, not a refused spec
    "Broken": {"type": "object", "properties": {"n": {"allOf": [{"type": "number"}, {"type": "string"}]},
                                                "ok": {"type": "string"}}},
    # an additionalProperties: false part forbids what the other parts add (JSON Schema's reading)
    "Closed": {
        "allOf": [
            {"type": "object", "properties": {"a": {"type": "string"}}, "additionalProperties": False},
            {"type": "object", "properties": {"b": {"type": "string"}}},
        ]
    },
    # allOf of an object and a union: every member meets the object
    "Shape": {
        "allOf": [
            {"type": "object", "properties": {"id": {"type": "integer"}}, "required": ["id"]},
            {"oneOf": [{"$ref": "#/components/schemas/Circle"}, {"$ref": "#/components/schemas/Square"}]},
        ]
    },
    "Circle": {"type": "object", "properties": {"type": {"const": "circle"}, "r": {"type": "number"}},
               "required": ["type", "r"]},
    "Square": {"type": "object", "properties": {"type": {"const": "square"}, "side": {"type": "number"}},
               "required": ["type", "side"]},
    # 2. patternProperties beside additionalProperties: false
    "Rates": {
        "type": "object",
        "properties": {"id": {"type": "integer"}},
        "patternProperties": {"^x-": {"type": "string"}},
        "additionalProperties": False,
    },
    # 3. a 3.1 type list with null beside an enum without null; an enum of floats
    "Levels": {
        "type": "object",
        "properties": {
            "level": {"type": ["integer", "null"], "enum": [1, 2]},
            "ratio": {"enum": [1.0, 2.5]},
            "mixed": {"enum": [1, "1", True, None]},
            "mixf": {"enum": [1, 2.5, "a"]},
            "day": {"type": "string", "format": "date", "enum": ["2024-01-01", "2024-W01-1"]},
        },
    },
    # 4. type lists with the keywords of each type; items: false
    "Either": {"type": ["object", "array"], "properties": {"a": {"type": "integer"}}, "required": ["a"],
               "items": {"type": "string"}},
    "Empty": {"type": "object", "properties": {"e": {"type": "array", "items": False}}},
}

CASES: list[tuple[str, Any]] = [
    ("Dog", {"kind": "dog"}),
    ("Dog", {"kind": "cat"}),
    ("Dog", {"kind": "dog", "name": None}),
    ("Dog", {"kind": "dog", "name": "rex"}),
    ("Dog", {"kind": "dog", "inner": {}}),
    ("Dog", {"kind": "dog", "inner": {"x": 1}}),
    ("Dog", {"kind": "dog", "tags": ["c"]}),
    ("Dog", {"kind": "dog", "tags": ["a", "b"]}),
    ("Dog", {"kind": "dog", "size": 1.5}),
    ("Dog", {"kind": "dog", "size": 2}),
    ("Broken", {"ok": "x"}),
    ("Broken", {"n": 1}),
    ("Broken", {"n": "1"}),
    ("Closed", {"a": "x"}),
    ("Closed", {}),
    ("Closed", {"b": "x"}),
    ("Shape", {"id": 1, "type": "circle", "r": 2}),
    ("Shape", {"id": 1, "type": "square", "side": 2}),
    ("Shape", {"type": "circle", "r": 2}),
    ("Shape", {"id": 1, "type": "circle"}),
    ("Rates", {"id": 1, "x-rate": "5"}),
    ("Levels", {"level": None}),
    ("Levels", {"level": 2}),
    ("Levels", {"level": 3}),
    ("Levels", {"ratio": 1}),
    ("Levels", {"ratio": 2.5}),
    ("Levels", {"ratio": True}),
    ("Levels", {"mixed": 1.0}),
    ("Levels", {"mixed": True}),
    ("Levels", {"mixed": None}),
    ("Levels", {"mixed": False}),
    ("Levels", {"mixf": 2.5}),
    ("Levels", {"mixf": 1.0}),
    ("Levels", {"mixf": "b"}),
    ("Levels", {"day": "2024-01-01"}),
    ("Levels", {"day": "2024-W01-1"}),  # an ISO week date: a valid Python date, not an RFC 3339 one
    ("Either", {"a": 1}),
    ("Either", {}),
    ("Either", ["x"]),
    ("Either", [1]),
    ("Either", "x"),
    ("Empty", {"e": []}),
    ("Empty", {"e": [1]}),
]


def spec(components: dict[str, Any]) -> dict[str, Any]:
    paths = {
        f"/{name.lower()}": {"get": {"operationId": f"get{name}", "responses": {"200": {"description": "ok", "content": {
            "application/json": {"schema": {"$ref": f"#/components/schemas/{name}"}}}}}}}
        for name in components
    }
    return {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": paths,
            "components": {"schemas": components}}


def generate(tmp: str, doc: dict[str, Any], package: str, config: str = "") -> subprocess.CompletedProcess[str]:
    path = os.path.join(tmp, "openapi.json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(doc, fh)
    cfg = os.path.join(tmp, "config.toml")
    with open(cfg, "w", encoding="utf-8") as fh:
        fh.write("[tool.generator]\n" + config)
    return subprocess.run([sys.executable, "-m", "generator", "generate", "--spec", path, "--out",
                           os.path.join(tmp, "out"), "--package", package, "--config", cfg],
                          cwd=ROOT, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": ROOT})


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, str]:
    tmp = str(tmp_path_factory.mktemp("semantics"))
    r = generate(tmp, spec(COMPONENTS), "semantics_pkg")
    assert r.returncode == 0, r.stderr
    sys.path.insert(0, os.path.join(tmp, "out"))
    return importlib.import_module("semantics_pkg.models.components"), r.stderr


def decoder(pool: Any, name: str) -> Any:
    """A class's from_dict, or a union's or enum's decode_<snake> function."""
    value = getattr(pool, name)
    if isinstance(value, type) and hasattr(value, "from_dict"):  # not an enum alias such as `float`
        return value.from_dict
    return next(getattr(pool, n) for n in dir(pool) if n.lower() == "decode_" + name.lower())


def oracle(name: str, instance: Any) -> bool:
    schema = {"$ref": f"#/components/schemas/{name}", "components": {"schemas": COMPONENTS}}
    return jsonschema.Draft202012Validator(schema, format_checker=FORMATS).is_valid(instance)


@pytest.mark.parametrize("name,instance", CASES, ids=[f"{n}-{json.dumps(x)}" for n, x in CASES])
def test_decoder_agrees_with_json_schema(pkg: tuple[Any, str], name: str, instance: Any) -> None:
    pool, _ = pkg
    error = importlib.import_module("semantics_pkg").ValidationError
    try:
        decoder(pool, name)(instance)
        accepted, message = True, ""
    except error as e:
        accepted, message = False, str(e)
    assert accepted == oracle(name, instance), f"{name} {instance!r}: decoder says {accepted} ({message})"


def test_narrowed_allof_keeps_values_round_trip(pkg: tuple[Any, str]) -> None:
    pool, _ = pkg
    x = {"kind": "dog", "name": "rex", "inner": {"x": 1}, "tags": ["a"], "size": 3}
    assert pool.Dog.from_dict(x).to_dict() == x


def test_unsatisfiable_property_says_why(pkg: tuple[Any, str]) -> None:
    pool, stderr = pkg
    with pytest.raises(ValueError) as e:
        pool.Broken.from_dict({"n": 1})
    assert str(e.value) == "$.n: no value satisfies this schema (allOf parts require number and string)"
    assert "#/components/schemas/Broken/properties/n: no value satisfies this schema" in stderr


def test_unmodelled_constructs_warn(pkg: tuple[Any, str]) -> None:
    _, stderr = pkg
    assert "#/components/schemas/Rates: unsupported keyword 'patternProperties' ignored (type loosened)" in stderr


def test_other_unmodelled_keywords_warn(tmp_path: Any) -> None:
    doc = spec({
        "Pair": {"type": "object", "required": ["p"], "properties": {
            "p": {"type": "array", "prefixItems": [{"type": "integer"}], "items": False}}},
        "Dep": {"type": "object", "properties": {"a": {"type": "string"}}, "dependentRequired": {"a": ["b"]}},
    })
    r = generate(str(tmp_path), doc, "warned_pkg")
    assert r.returncode == 0, r.stderr
    assert "#/components/schemas/Pair/properties/p: tuple arrays (prefixItems, items as a list) are not " in r.stderr
    assert "#/components/schemas/Dep: unsupported keyword 'dependentRequired' ignored" in r.stderr
    page = (tmp_path / "out" / "docs" / "models" / "components" / "pair.md").read_text()
    assert "    p=[],\n" in page  # the docs example is valid: the empty list is the one value every tuple array takes


def test_drop_keeps_the_member_that_keeps_the_data(tmp_path: Any) -> None:
    """unknown_keys = "drop" with an anyOf of two objects: {"b": 1} is the second member's, not the first
    member's with b dropped."""
    doc = spec({"Holder": {"type": "object", "properties": {"v": {"anyOf": [
        {"type": "object", "properties": {"a": {"type": "integer"}}},
        {"type": "object", "properties": {"b": {"type": "integer"}}}]}}}})
    r = generate(str(tmp_path), doc, "drop_pkg", 'unknown_keys = "drop"\n')
    assert r.returncode == 0, r.stderr
    sys.path.insert(0, str(tmp_path / "out"))
    Holder = importlib.import_module("drop_pkg.models.components").Holder
    for x in ({"v": {"b": 1}}, {"v": {"a": 1}}, {"v": {}}):
        assert Holder.from_dict(x).to_dict() == x
    assert Holder.from_dict({"v": {"a": "x", "b": 2}}).to_dict() == {"v": {"b": 2}}  # a is the first's, wrongly typed
    assert Holder.from_dict({"v": {"c": 1}}).to_dict() == {"v": {}}  # valid, and no member keeps c


def test_float_enum_annotation_is_valid(pkg: tuple[Any, str]) -> None:
    """A float cannot be a Literal value (mypy refuses `Literal[1.0]`): a float enum is annotated float, a mixed one
    Union[Literal[...], float]."""
    pool, _ = pkg
    assert pool.Ratio is float
    assert str(pool.Mixed) == "typing.Literal[1, '1', True]"
    assert str(pool.Mixf) == "typing.Union[typing.Literal[1, 'a'], float]"
