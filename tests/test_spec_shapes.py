"""Spec shapes other tools accept: operations written as `$ref`s to other files, YAML 1.1's `=` scalar, and a
warning that says why a spec with operations generated no models.

Specs are written to tmp dirs (`files` maps relative names to contents; the first is the spec) and run through
the command line in-process, as in test_bad_input.py.
"""

from __future__ import annotations

import importlib
import json
import re
import sys

import pytest

from generator.cli import main
from generator.errors import SpecError
from generator.load import _BaseLoader, _QuickReader, _read_yaml, parse_text

H = 'openapi: 3.0.3\ninfo: {title: t, version: "1"}\n'


def write_spec(where, files: dict[str, str]) -> str:
    for name, content in files.items():
        path = where / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content)
    return str(where / next(iter(files)))


def generate(tmp_path, capsys, files: dict[str, str], config: str = "", name: str = "spec") -> tuple[int, str, str]:
    """(exit code, stderr, spec path) of `generate` into tmp_path/<name>-out."""
    spec = write_spec(tmp_path / name, files)
    cfg = tmp_path / f"{name}.toml"
    if config:
        cfg.write_text("[tool.generator]\n" + config)
    rc = main(["generate", "--spec", spec, "--out", str(tmp_path / f"{name}-out"), "--package", "shapes_api",
               "--config", str(cfg)])
    return rc, capsys.readouterr().err, spec


def warnings(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("warning: ")]


def lock(tmp_path, name: str = "spec") -> dict[str, str]:
    return json.loads((tmp_path / f"{name}-out" / "names.lock.json").read_text())["names"]


def models(err: str) -> int:
    return int(re.search(r"^(\d+) models?, ", err, re.M).group(1))


# -- 1. operations that are `$ref`s ----------------------------------------------------------------------------

LIST_THINGS = """\
operationId: listThings
parameters:
  - $ref: "../common.yml#/parameters/Limit"
requestBody:
  $ref: "#/x-bodies/Filter"
responses:
  '200':
    description: ok
    content:
      application/json:
        schema:
          type: object
          properties:
            items: {type: array, items: {$ref: "../common.yml#/schemas/Thing"}}
  '404':
    $ref: "../common.yml#/responses/NotFound"
x-bodies:
  Filter:
    content:
      application/json:
        schema:
          type: object
          properties:
            prefix: {type: string}
"""

COMMON = """\
parameters:
  Limit: {name: limit, in: query, schema: {type: integer}}
schemas:
  Thing: {type: object, properties: {name: {type: string}, size: {type: integer}}}
responses:
  NotFound:
    description: not found
    content:
      application/json:
        schema: {type: object, properties: {message: {type: string}}}
"""


def test_operation_ref_to_another_file_is_resolved_with_a_warning(tmp_path, capsys):
    rc, err, spec = generate(tmp_path, capsys, {
        "api.yaml": H + 'paths:\n  /things:\n    post: {$ref: "resources/list_things.yml"}\n',
        "resources/list_things.yml": LIST_THINGS, "common.yml": COMMON})
    assert rc == 0, err
    assert warnings(err) == [f"warning: {spec}#/paths/~1things/post: operation is a $ref "
                             "(not allowed by OpenAPI; resolved)"]
    names = lock(tmp_path)
    body = "resources/list_things.yml#/responses/200/content/application~1json/schema"
    assert names[body] == "operations/ListThingsResponseBody"  # named after its operationId, located in its file
    assert names["resources/list_things.yml#/x-bodies/Filter/content/application~1json/schema"] == \
        "operations/ListThingsRequestBody"
    assert names["common.yml#/responses/NotFound/content/application~1json/schema"] == "errors/ListThingsResponseBody"
    assert names["common.yml#/schemas/Thing"] == "operations/Items"
    page = (tmp_path / "spec-out" / "docs" / "models" / "operations" / "listthingsresponsebody.md").read_text()
    assert page.startswith("# ListThingsResponseBody\n\nok\n")  # the response's description, as written in place

    # the same operation written in place: the same models
    inline = LIST_THINGS.replace("../common.yml", "common.yml").replace('"#/x-bodies', '"#/paths/~1things/post/x-bodies')
    rc, err, _ = generate(tmp_path, capsys, {
        "api.yaml": H + "paths:\n  /things:\n    post:\n" + "".join(f"      {line}\n" for line in inline.splitlines()),
        "common.yml": COMMON}, name="inline")
    assert rc == 0 and warnings(err) == [], err
    assert sorted(lock(tmp_path, "inline").values()) == sorted(names.values())


def test_operation_ref_chain_is_followed_relative_to_each_file(tmp_path, capsys):
    rc, err, spec = generate(tmp_path, capsys, {
        "api.yaml": H + 'paths:\n  /things/{id}:\n    get: {$ref: "ops/index.yml#/getThing"}\n',
        "ops/index.yml": 'getThing: {$ref: "more/get_thing.yml"}\n',
        "ops/more/get_thing.yml": "operationId: getThing\nresponses:\n  '200':\n    description: ok\n    content:\n"
                                  "      application/json:\n        schema: {type: object, properties: {id: {type: string}}}\n"})
    assert rc == 0, err
    assert warnings(err) == [f"warning: {spec}#/paths/~1things~1{{id}}/get: operation is a $ref (not allowed by OpenAPI; "
                             "resolved)"]
    assert lock(tmp_path) == {"ops/more/get_thing.yml#/responses/200/content/application~1json/schema":
                              "operations/GetThingResponseBody"}


def test_errors_inside_a_referenced_operation_name_its_file(tmp_path, capsys):
    rc, err, spec = generate(tmp_path, capsys, {
        "api.yaml": H + 'paths:\n  /a:\n    get: {$ref: "ops/a.yml"}\n', "ops/a.yml": "responses: [200]\n"})
    assert rc == 2
    assert err == f"error: {tmp_path}/spec/ops/a.yml#/responses: responses must be a mapping, got list\n"


def test_operation_ref_loop_and_non_mapping_target_exit_2(tmp_path, capsys):
    rc, err, _ = generate(tmp_path, capsys, {"api.yaml": H + 'paths:\n  /a:\n    get: {$ref: "ops.yml#/x"}\n',
                                             "ops.yml": 'x: {$ref: "#/y"}\ny: {$ref: "#/x"}\n'})
    assert rc == 2 and err.startswith("error: ") and "$ref loop" in err and err.count("\n") == 1, err
    rc, err, _ = generate(tmp_path, capsys, {"api.yaml": H + 'paths:\n  /a:\n    get: {$ref: "ops.yml#/x"}\n',
                                             "ops.yml": "x: [1]\n"}, name="list")
    assert rc == 2 and err == f"error: {tmp_path}/list/ops.yml#/x: operation must be a mapping, got list\n", err


def test_path_item_ref_and_component_refs_still_work_without_a_warning(tmp_path, capsys):
    components = ("components:\n  parameters:\n    Id: {name: id, in: path, required: true, schema: {type: string}}\n"
                  "  requestBodies:\n    NewThing:\n      content:\n        application/json:\n"
                  "          schema: {type: object, properties: {name: {type: string}}}\n"
                  "  responses:\n    Thing:\n      description: ok\n      content:\n        application/json:\n"
                  "          schema: {$ref: '#/components/schemas/Thing'}\n"
                  "  schemas:\n    Thing: {type: object, properties: {name: {type: string}}}\n")
    rc, err, _ = generate(tmp_path, capsys, {
        "api.yaml": H + 'paths:\n  /things/{id}:\n    $ref: "paths/thing.yml"\n' + components,
        "paths/thing.yml": "parameters: [{$ref: '../api.yaml#/components/parameters/Id'}]\n"
                           "put:\n  operationId: putThing\n"
                           "  requestBody: {$ref: '../api.yaml#/components/requestBodies/NewThing'}\n"
                           "  responses:\n    '200': {$ref: '../api.yaml#/components/responses/Thing'}\n"})
    assert rc == 0 and warnings(err) == [], err
    assert lock(tmp_path) == {"/components/schemas/Thing": "components/Thing",
                              "/components/requestBodies/NewThing/content/application~1json/schema":
                                  "operations/PutThingRequestBody"}


# -- 2. YAML 1.1 scalars PyYAML's safe loader has no type for --------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("a: [x, =]\n", {"a": ["x", "="]}),
    ("- =\n", ["="]),
    ("=: 1\nb: {=: =}\n", {"=": 1, "b": {"=": "="}}),
    ("a: !!value =\n", {"a": "="}),
    ("a: <<\nb: [<<]\n", {"a": "<<", "b": ["<<"]}),  # a merge key only as a key
    ("base: &b {k: =}\nx: {<<: *b, y: 1}\n", {"base": {"k": "="}, "x": {"k": "=", "y": 1}}),
])
def test_yaml_scalars_without_a_constructor_are_text(text, value):
    assert parse_text("a.yaml", text.encode()) == value
    assert _read_yaml("a.yaml", text) == value  # the full reading agrees


def test_quick_reading_takes_the_equals_sign_itself():
    assert _QuickReader(_BaseLoader("a: [x, =]\n=: 1\n")).document() == {"a": ["x", "="], "=": 1}


@pytest.mark.parametrize("text, problem", [
    ("a: !foo x\n", "could not determine a constructor for the tag '!foo'"),
    ("a: {=: 1, '=': 2}\n", "duplicate key '='"),
    ("a: &a [=, *a]\n", "contains itself through a YAML alias"),
])
def test_yaml_protections_still_hold(text, problem):
    with pytest.raises(SpecError) as e:
        parse_text("a.yaml", text.encode())
    assert problem in e.value.problem


def test_enum_with_an_equals_sign_generates(tmp_path, capsys):
    rc, err, _ = generate(tmp_path, capsys, {"api.yaml": H + "components:\n  schemas:\n    Op:\n      type: string\n"
                                                             "      enum:\n        - <\n        - =\n        - '>'\n"})
    assert rc == 0 and warnings(err) == [], err
    sys.path.insert(0, str(tmp_path / "spec-out"))
    try:
        module = importlib.import_module("shapes_api.models.components.op")
        assert module.OP_VALUES == {"<", "=", ">"} and module.decode_op("=") == "="
    finally:
        sys.path.remove(str(tmp_path / "spec-out"))
        for name in [m for m in sys.modules if m == "shapes_api" or m.startswith("shapes_api.")]:
            del sys.modules[name]


# -- 3. why nothing was generated -------------------------------------------------------------------------------

NO_BODIES = H + ("paths:\n  /a:\n    get:\n      operationId: getA\n      tags: [t1]\n      responses:\n"
                 "        '204': {description: none}\n  /b:\n    delete:\n      operationId: deleteB\n      tags: [t2]\n"
                 "      responses:\n        '204': {description: none}\n")
WITH_BODY = NO_BODIES + ("  /c:\n    get:\n      operationId: getC\n      tags: [t1]\n      responses:\n"
                         "        '200':\n          description: ok\n          content:\n            application/json:\n"
                         "              schema: {type: object, properties: {x: {type: string}}}\n")


@pytest.mark.parametrize("spec, config, problem", [
    (H + "paths: {}\n", "", "no operations and no component schemas: nothing to generate"),
    (H, "", "no operations and no component schemas: nothing to generate"),
    (NO_BODIES, "", "2 operations, none with a request or response body schema (content/*/schema), and no component "
                    "schemas: nothing to generate"),
    (WITH_BODY, 'operations = ["getC"]\ntags = ["t2"]\n',
     "3 operations, none selected by the [tool.generator] operations and tags together: nothing to generate"),
    (WITH_BODY, 'operations = ["getA", "deleteB"]\n',
     "3 operations, but the 2 selected by the [tool.generator] operations/tags have no request or response body "
     "schema: nothing to generate"),
    (WITH_BODY, 'status_codes = ["201"]\n', "3 operations, but no response the [tool.generator] status_codes select "
                                            "has a body schema (and the selected operations have no request body): "
                                            "nothing to generate"),
], ids=["empty-paths", "no-paths", "no-bodies", "operations-and-tags", "operations", "status-codes"])
def test_zero_models_say_why(tmp_path, capsys, spec, config, problem):
    rc, err, path = generate(tmp_path, capsys, {"api.yaml": spec}, config)
    assert rc == 0 and models(err) == 0, err
    assert warnings(err) == [f"warning: {path}#/paths: {problem}"]


def test_no_zero_models_warning_when_something_is_generated(tmp_path, capsys):
    rc, err, _ = generate(tmp_path, capsys, {"api.yaml": WITH_BODY})
    assert rc == 0 and models(err) == 1 and warnings(err) == [], err
    comps = "components:\n  schemas:\n    A: {properties: {x: {type: string}}}\n"
    rc, err, _ = generate(tmp_path, capsys, {"api.yaml": NO_BODIES + comps}, name="comps")
    assert rc == 0 and models(err) == 1 and warnings(err) == [], err


def test_zero_models_from_schemas_that_are_no_models_say_why(tmp_path, capsys):
    rc, err, spec = generate(tmp_path, capsys, {"api.yaml": H + (
        "paths:\n  /n:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n"
        "            application/json: {schema: {type: string}}\n"
        "components:\n  schemas:\n    Free: {type: object}\n")})
    assert rc == 0 and models(err) == 0, err
    assert warnings(err) == [f"warning: {spec}#/components/schemas: 1 component schema and 1 body schema, none an "
                             "object, enum or union: no models to generate"]
