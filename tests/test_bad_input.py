"""Bad specs: exit code 2 and one message `error: FILE#POINTER: problem`, no traceback, output left alone.

Each row of CASES is (id, files, exit code, message[, xfail reason]). `files` maps names to contents (str or
bytes); the first is the spec. `message` is a regex searched in stderr; `{spec}` stands for the spec's absolute
path. A row with an xfail reason is how it should be once a module this test may not change is fixed.
"""

from __future__ import annotations

import importlib
import os
import re
import subprocess
import sys

import pytest

from conftest import ROOT, snapshot
from generator.cli import main
from generator.write import write_tree

H = 'openapi: 3.0.3\ninfo: {title: t, version: "1"}\n'


def schemas(text: str) -> str:
    return H + "components:\n  schemas:\n" + text


def op_response(schema: str) -> str:
    return H + ("paths:\n  /x:\n    get:\n      responses:\n        '200':\n          description: ok\n"
                "          content:\n            application/json:\n              schema: " + schema + "\n")


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
CASES = [
    # -- not a readable text file ----------------------------------------------------------------------------
    ("zero-bytes", {"api.yaml": b""}, 2, r"{spec}#: file is empty$"),
    ("whitespace-only", {"api.yaml": "  \n\n\t\n"}, 2, r"{spec}#: file is empty$"),
    ("comments-only", {"api.yaml": "# an empty spec\n"}, 2, r"{spec}#: file is empty \(only comments\)$"),
    ("binary", {"api.yaml": PNG}, 2, r"{spec}#: not UTF-8 text: byte 0x89 at line 1, column 1$"),
    ("invalid-utf8", {"api.yaml": H.encode() + b"x: caf\xe9\n"}, 2, r"{spec}#: not UTF-8 text: byte 0xe9 at line 3, column 7$"),
    ("utf16", {"api.yaml": H.encode("utf-16")}, 2, r"{spec}#: not UTF-8 text: byte 0xff at line 1, column 1$"),
    ("nul-bytes", {"api.yaml": H + "x: \x00\n"}, 2, r"{spec}#: not a text file \(contains NUL bytes\)$"),
    ("missing-file", {}, 2, r"{spec}#: cannot read file: No such file or directory$"),
    # -- not YAML / JSON -------------------------------------------------------------------------------------
    ("yaml-syntax", {"api.yaml": H + "paths: [1, 2\n"}, 2,
     r"{spec}#: invalid YAML at line 4, column 1: did not find expected ',' or ']'$"),
    ("yaml-indentation", {"api.yaml": H + "paths:\n  /a:\n    get: {}\n   bad: 1\n"}, 2,
     r"{spec}#: invalid YAML at line 6, column 4: .+$"),
    ("yaml-two-documents", {"api.yaml": H + "---\n" + H}, 2,
     r"{spec}#: invalid YAML at line 3, column 1: a second document in the file \(one spec per file\)$"),
    ("json-syntax", {"api.json": '{"openapi": "3.0.3",\n "info": {}, ]'}, 2,
     r"{spec}#: invalid JSON at line 2, column 14: Expecting property name enclosed in double quotes$"),
    ("json-in-yaml-file", {"api.yaml": '{"openapi": "3.0.3",\n "info": {}, ]'}, 2,
     r"{spec}#: invalid YAML at line 2, column 14: .+$"),
    # -- not OpenAPI 3 ---------------------------------------------------------------------------------------
    ("empty-mapping", {"api.yaml": "{}\n"}, 2, r"{spec}#: not an OpenAPI document \(no 'openapi' key\); if it is a "
     r"fragment \(a lone schema, responses or a media type\), use --fragment --name ROOT_NAME$"),
    ("null-document", {"api.yaml": "~\n"}, 2, r"{spec}#: not an OpenAPI document \(top level is a null, "),
    ("top-level-list", {"api.json": "[1, 2]"}, 2, r"{spec}#: not an OpenAPI document \(top level is a list, "),
    ("not-openapi", {"api.yaml": "info: {title: t}\npaths: {}\n"}, 2,
     r"{spec}#: not an OpenAPI document \(no 'openapi' key\); if it is a fragment .*--fragment --name"),
    ("swagger-2", {"api.json": '{"swagger": "2.0", "info": {}, "paths": {}}'}, 2,
     r"{spec}#/swagger: Swagger 2.0 is not supported; convert it to OpenAPI 3 first$"),
    ("openapi-4", {"api.yaml": "openapi: 4.0.0\n"}, 2, r"{spec}#/openapi: unsupported OpenAPI version '4.0.0'"),
    ("responses-not-a-mapping", {"api.yaml": H + "paths:\n  /a:\n    get:\n      responses: [200]\n"}, 2,
     r"{spec}#/paths/~1a/get/responses: responses must be a mapping, got list$"),
    ("media-type-not-a-mapping", {"api.yaml": op_response("x").replace("schema: x", "- 1")}, 2,
     r"{spec}#/paths/~1x/get/responses/200/content/application~1json: media type must be a mapping, got list$"),
    # -- $ref ------------------------------------------------------------------------------------------------
    ("ref-missing", {"api.yaml": op_response("{$ref: '#/components/schemas/Missing'}")}, 2,
     r"{spec}#/paths/~1x/get/responses/200/content/application~1json/schema: "
     r"\$ref '#/components/schemas/Missing' does not resolve \(JSON pointer does not resolve\)$"),
    ("ref-missing-in-component", {"api.yaml": schemas("    A:\n      properties:\n        b: {$ref: '#/B'}\n")}, 2,
     r"{spec}#/components/schemas/A/properties/b: \$ref '#/B' does not resolve"),
    ("ref-missing-file", {"api.yaml": schemas("    A: {$ref: 'nope.yaml#/A'}\n")}, 2,
     r"{spec}#/components/schemas/A: \$ref 'nope.yaml#/A' does not resolve \(.*nope.yaml: cannot read file"),
    ("ref-to-bad-file", {"api.yaml": schemas("    A: {$ref: 'other.yaml#/A'}\n"), "other.yaml": "A: [\n"}, 2,
     r"{spec}#/components/schemas/A: \$ref 'other.yaml#/A' does not resolve \(.*other.yaml: invalid YAML at line 2, "),
    # an array index in a JSON pointer is ASCII digits (RFC 6901): which others are digits depends on the Python
    ("ref-index-not-ascii", {"api.yaml": schemas("    A: {allOf: [{type: object}]}\n"
                                                 "    B: {$ref: '#/components/schemas/A/allOf/\u0660'}\n")}, 2,
     r"{spec}#/components/schemas/B: \$ref '#/components/schemas/A/allOf/\u0660' does not resolve "
     r"\(JSON pointer does not resolve\)$"),
    ("ref-remote", {"api.yaml": schemas("    A: {$ref: 'https://example.com/s.yaml#/A'}\n")}, 2,
     r"{spec}#/components/schemas/A: remote \$ref 'https://example.com/s.yaml#/A' cannot be fetched"),
    ("ref-loop", {"api.yaml": schemas("    A: {$ref: '#/components/schemas/B'}\n    B: {$ref: '#/components/schemas/A'}\n")},
     2, r"{spec}#/components/schemas/A: \$ref loop with no schema in it: "
        r"#/components/schemas/A -> #/components/schemas/B -> #/components/schemas/A$"),
    ("ref-self-loop", {"api.yaml": schemas("    A: {$ref: '#/components/schemas/A'}\n")}, 2,
     r"{spec}#/components/schemas/A: \$ref loop with no schema in it: #/components/schemas/A -> #/components/schemas/A$"),
    ("ref-loop-across-files", {"api.yaml": schemas("    A: {$ref: 'other.yaml#/B'}\n"),
                               "other.yaml": "B: {$ref: 'api.yaml#/components/schemas/A'}\n"}, 2,
     r"\$ref loop with no schema in it: .*#/components/schemas/A -> .*other.yaml#/B -> .*#/components/schemas/A$"),
    ("ref-loop-reached-from-property", {"api.yaml": schemas(
        "    P:\n      properties:\n        x: {$ref: '#/components/schemas/B'}\n"
        "    B: {$ref: '#/components/schemas/C'}\n    C: {$ref: '#/components/schemas/B'}\n")}, 2,
     r"\$ref loop with no schema in it: #/components/schemas/B -> #/components/schemas/C -> #/components/schemas/B$"),
    # -- schemas that cannot be modelled -----------------------------------------------------------------------
    ("unknown-type", {"api.yaml": schemas("    A:\n      properties:\n        a: {type: strng}\n")}, 2,
     r"{spec}#/components/schemas/A/properties/a/type: unknown type 'strng'$"),
    # -- two names that cannot be told apart: a mapping holding the same key twice ----------------------------
    ("duplicate-property-yaml", {"api.yaml": schemas(
        "    A:\n      properties:\n        x: {type: string}\n        x: {type: integer}\n")}, 2,
     r"{spec}#/components/schemas/A/properties/x: duplicate key 'x' at line 8, column 9 \(first at line 7\)$"),
    ("duplicate-property-json", {"api.json": '{"openapi": "3.0.3", "components": {"schemas": {"A": {"properties": '
                                             '{"x": {"type": "string"}, "x": {"type": "integer"}}}}}}'}, 2,
     r"{spec}#/components/schemas/A/properties/x: duplicate key 'x' in a JSON object$"),
    # -- YAML aliases: shared values are fine (tests/test_load.py), but not a value inside itself, nor a bomb ----
    ("alias-cycle", {"api.yaml": schemas("    A: &a\n      type: object\n      properties:\n        self: *a\n")}, 2,
     r"{spec}#/components/schemas/A/properties/self: this value contains itself through a YAML alias \(line 5\), "
     r"which no JSON value can$"),
    ("alias-bomb", {"api.yaml": schemas("    X0: &x0 [a, b, c, d, e, f, g, h, i, j]\n" + "".join(
        f"    X{i}: &x{i} [" + ", ".join([f"*x{i - 1}"] * 10) + "]\n" for i in range(1, 9)))}, 2,
     r"{spec}#/components/schemas/X6: aliases expand this value to more than 10,000,000 values \(line 11\); "
     r"no spec is that large$"),
    ("duplicate-component-yaml", {"api.yaml": schemas("    A: {type: string}\n    B: {type: string}\n    A: {type: integer}\n")},
     2, r"{spec}#/components/schemas/A: duplicate key 'A' at line 7, column 5 \(first at line 5\)$"),
    ("status-200-and-quoted-200", {"api.yaml": op_response("{type: string}") + "        200:\n          description: again\n"},
     2, r"{spec}#/paths/~1x/get/responses/200: duplicate key '200' at line 12, column 9 \(first at line 7\)$"),
    ("bool-key-and-quoted-true", {"api.yaml": schemas("    A:\n      properties:\n        true: {}\n        'true': {}\n")},
     2, r"{spec}#/components/schemas/A/properties/true: duplicate key 'true' at line 8, column 9 \(first at line 7\)$"),
    ("component-names-differ-only-in-case", {"api.yaml": schemas(
        "    Pet: {type: object, properties: {a: {type: string}}}\n    pet: {type: object, properties: {b: {}}}\n")}, 2,
     r"{spec}#/components/schemas/pet: .*cannot be told apart.*Pet"),
    ("required-not-a-list", {"api.yaml": schemas("    A: {type: object, required: 3, properties: {a: {}}}\n")}, 2,
     r"{spec}#/components/schemas/A/required: .*must be a list"),
    ("enum-not-a-list", {"api.yaml": schemas("    A: {type: object, properties: {a: {enum: 3}}}\n")}, 2,
     r"{spec}#/components/schemas/A/properties/a/enum: enum must be a non-empty list$"),
    ("type-not-a-string", {"api.yaml": schemas("    A: {type: object, properties: {a: {type: {x: 1}}}}\n")}, 2,
     r"{spec}#/components/schemas/A/properties/a/type: "),
    # -- not modelled: a warning with the pointer, the model still generated with the loosest correct type --------
    ("not-keyword", {"api.yaml": schemas("    A:\n      type: object\n      properties:\n"
                                         "        x: {type: string, not: {enum: [a]}}\n        y: {not: {type: string}}\n")}, 0,
     r"(?m)^warning: {spec}#/components/schemas/A/properties/x: unsupported keyword 'not' ignored \(type loosened\)\n"
     r"warning: {spec}#/components/schemas/A/properties/y: unsupported keyword 'not' ignored \(type loosened\)\n"),
]
CASE = {c[0]: c for c in CASES}
PARAMS = [pytest.param(*c[1:4], id=c[0], marks=[pytest.mark.xfail(strict=True, reason=r) for r in c[4:]]) for c in CASES]
OLD_TREE = {"bad_api/__init__.py": "# the old tree\n", "docs/models/components/a.md": "# A\n"}


def write_spec(where, files: dict[str, str | bytes]) -> str:
    where.mkdir()
    for name, content in files.items():
        (where / name).write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return str(where / (next(iter(files)) if files else "api.yaml"))


def expected(message: str, spec: str) -> str:
    return message.replace("{spec}", re.escape(spec))


@pytest.mark.parametrize("files, code, message", PARAMS)
def test_bad_input(tmp_path, capsys, files, code, message):
    spec = write_spec(tmp_path / "spec", files)
    old = tmp_path / "old"
    write_tree(OLD_TREE, str(old))
    (old / "NOTES.txt").write_text("mine")
    before = snapshot(old)
    new = tmp_path / "new"
    for out in (old, new):
        rc = main(["generate", "--spec", spec, "--out", str(out), "--package", "bad_api",
                   "--config", str(tmp_path / "absent.toml")])
        err = capsys.readouterr().err
        assert rc == code, err
        assert re.search(expected(message, spec), err), err
        assert "Traceback" not in err
        if code == 2:  # exactly one line, and the outputs untouched / not created
            assert err.startswith("error: ") and err.count("\n") == 1, err
    if code == 2:
        assert snapshot(old) == before
        assert not new.exists()
        assert sorted(os.listdir(tmp_path)) == ["old", "spec"]  # no staging leftovers


def test_not_keyword_model_has_the_loosest_correct_types(tmp_path, capsys):
    spec = write_spec(tmp_path / "spec", CASE["not-keyword"][1])
    assert main(["generate", "--spec", spec, "--out", str(tmp_path / "out"), "--package", "not_api",
                 "--config", str(tmp_path / "absent.toml")]) == 0
    sys.path.insert(0, str(tmp_path / "out"))
    try:
        models = importlib.import_module("not_api.models.components")
        A, ValidationError = models.A, importlib.import_module("not_api").ValidationError
        assert A.from_dict({"x": "a", "y": [1]}).y == [1]  # `not` ignored: "a" accepted, y takes anything
        assert A.from_dict({"y": None}).y is None
        with pytest.raises(ValidationError):  # the rest of the schema still holds
            A.from_dict({"x": 1})
    finally:
        sys.path.remove(str(tmp_path / "out"))
        for name in [m for m in sys.modules if m == "not_api" or m.startswith("not_api.")]:
            del sys.modules[name]


SUBPROCESS_CASES = ["binary", "yaml-syntax", "ref-loop", "duplicate-property-yaml", "unknown-type"]


@pytest.mark.parametrize("case", SUBPROCESS_CASES)
def test_bad_input_through_python_m_generator(tmp_path, case):
    _, files, code, message = CASE[case]
    spec = write_spec(tmp_path / "spec", files)
    r = subprocess.run([sys.executable, "-m", "generator", "generate", "--spec", spec, "--out", str(tmp_path / "out"),
                        "--config", str(tmp_path / "absent.toml")], cwd=ROOT, capture_output=True, text=True,
                       env={**os.environ, "PYTHONPATH": ROOT})
    assert r.returncode == code
    assert r.stdout == "" and "Traceback" not in r.stderr
    assert r.stderr.startswith("error: ") and r.stderr.count("\n") == 1
    assert re.search(expected(message, spec), r.stderr), r.stderr
    assert not (tmp_path / "out").exists()


def test_yaml_merge_keys_may_override_without_being_duplicates():
    from generator.load import parse_text

    doc = parse_text("m.yaml", b"base: &b {a: 1, b: 2}\nx:\n  <<: *b\n  b: 3\ny: {<<: [*b, {b: 4, c: 5}]}\n")
    assert doc["x"] == {"a": 1, "b": 3} and doc["y"] == {"a": 1, "b": 2, "c": 5}


def test_duplicate_key_under_an_anchor_names_where_it_is_written():
    from generator.errors import SpecError
    from generator.load import parse_text

    with pytest.raises(SpecError) as e:
        parse_text("m.yaml", b"a:\n  - &s {k: 1, k: 2}\nb: *s\n")
    assert e.value.pointer == "/a/0/k" and "duplicate key 'k' at line 2, column 15" in e.value.problem


@pytest.mark.parametrize("content, message", [
    (None, r"absent\.toml: not a regular file \(a directory\)$"),
    ("[tool]\ngenerator = 3\n", r"\[tool.generator\] must be a table$"),
    ("tool = 'x'\n", r"\[tool\] must be a table$"),
    ("[tool.generator]\nspecs = 'x'\n", r"unknown key \[tool.generator\] 'specs'"),
    ("[tool.generator\n", r"absent\.toml: "),
], ids=["a-directory", "not-a-table", "tool-not-a-table", "unknown-key", "invalid-toml"])
def test_bad_configuration_exits_2(tmp_path, capsys, content, message):
    config = tmp_path / "absent.toml"
    if content is None:
        config.mkdir()
    else:
        config.write_text(content)
    rc = main(["generate", "--spec", os.path.join(ROOT, "tests", "specs", "mini.yaml"), "--out", str(tmp_path / "out"),
               "--config", str(config)])
    err = capsys.readouterr().err
    assert rc == 2 and err.startswith("error: ") and err.count("\n") == 1 and re.search(message, err), err
    assert not (tmp_path / "out").exists()
