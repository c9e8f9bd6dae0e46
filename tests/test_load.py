"""Loading: YAML/JSON, $ref across files, JSON pointers, and the messages for bad input."""

from __future__ import annotations

import json

import pytest

from generator.errors import SpecError
from generator.load import Documents, parse_text
from generator.pointers import Loc, escape, unescape
from generator.roots import check_openapi


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_yaml_and_json_load_to_the_same_document(tmp_path):
    doc = {"openapi": "3.1.0", "paths": {"/a": {}}, "components": {"schemas": {"A": {"type": "string"}}}}
    y = write(tmp_path, "a.yaml", "openapi: 3.1.0\npaths:\n  /a: {}\ncomponents:\n  schemas:\n    A:\n      type: string\n")
    j = write(tmp_path, "a.json", json.dumps(doc))
    docs = Documents()
    assert docs.load(y) == docs.load(j) == doc


def test_yaml_keys_and_dates_are_normalised_to_json_shapes():
    doc = parse_text("x.yaml", b"responses:\n  200:\n    description: ok\nversion: 2024-01-02\n")
    assert doc == {"responses": {"200": {"description": "ok"}}, "version": "2024-01-02"}


def test_yaml_aliases_share_values_and_the_quick_reader_agrees_with_the_full_one():
    text = (b"components:\n  schemas:\n    A: &a {type: object, properties: {x: {type: string}}}\n    B: *a\n"
            b"    C: {allOf: [*a]}\n")
    doc = parse_text("x.yaml", text)
    a = {"type": "object", "properties": {"x": {"type": "string"}}}
    assert doc == {"components": {"schemas": {"A": a, "B": a, "C": {"allOf": [a]}}}}
    plain = parse_text("y.yaml", text.replace(b"&a ", b"").replace(b"*a", b"{type: object, properties: {x: {type: string}}}"))
    assert plain == doc  # without aliases the quick reader reads it; with them the full reading does


def test_pointer_escaping_round_trips():
    assert unescape(escape("/v2/a~b")) == "/v2/a~b"
    assert Loc("f", "").child("paths", "/v2/x").pointer == "/paths/~1v2~1x"


def test_ref_to_another_file_resolves_relative_to_the_referring_file(tmp_path):
    (tmp_path / "sub").mkdir()
    write(tmp_path, "sub/b.yaml", "B:\n  type: integer\n")
    main = write(tmp_path, "a.yaml", "s:\n  $ref: 'sub/b.yaml#/B'\n")
    docs = Documents()
    loc, schema = docs.resolve(Loc(main, "/s"), docs.get(Loc(main, "/s")))
    assert schema == {"type": "integer"}
    assert loc.file.endswith("b.yaml") and loc.pointer == "/B"


@pytest.mark.parametrize(
    "text, message",
    [
        (b"a: [1, 2\n", "invalid YAML at line"),
        (b"", "file is empty"),
        (b"\xff\xfe\x00bad", "not UTF-8 text"),
        (b"a: \x00", "not a text file"),
    ],
)
def test_unparseable_files_name_the_problem(text, message):
    with pytest.raises(SpecError) as e:
        parse_text("bad.yaml", text)
    assert message in e.value.problem and str(e.value).startswith("bad.yaml#")


def test_invalid_json_reports_line_and_column():
    with pytest.raises(SpecError, match=r"invalid JSON at line 2, column"):
        parse_text("bad.json", b'{"a":\n ]}')


def test_unresolvable_ref_names_pointer_and_ref(tmp_path):
    main = write(tmp_path, "a.yaml", "s:\n  $ref: '#/nope'\n")
    docs = Documents()
    with pytest.raises(SpecError) as e:
        docs.resolve(Loc(main, "/s"), docs.get(Loc(main, "/s")))
    assert e.value.pointer == "/s" and "'#/nope' does not resolve" in e.value.problem


def test_ref_loop_is_reported(tmp_path):
    main = write(tmp_path, "a.yaml", "a:\n  $ref: '#/b'\nb:\n  $ref: '#/a'\n")
    docs = Documents()
    with pytest.raises(SpecError, match="loop"):
        docs.resolve(Loc(main, "/a"), docs.get(Loc(main, "/a")))


def test_remote_ref_is_refused_with_its_url(tmp_path):
    main = write(tmp_path, "a.yaml", "a:\n  $ref: 'https://example.com/s.yaml#/A'\n")
    docs = Documents()
    with pytest.raises(SpecError, match="remote \\$ref 'https://example.com/s.yaml#/A'"):
        docs.resolve(Loc(main, "/a"), docs.get(Loc(main, "/a")))


@pytest.mark.parametrize(
    "doc, message",
    [
        ({"swagger": "2.0"}, "Swagger 2.0 is not supported"),
        ({"info": {}}, "not an OpenAPI document"),
        ([1, 2], "not an OpenAPI document"),
        ({"openapi": "2.5.0"}, "unsupported OpenAPI version"),
    ],
)
def test_documents_that_are_not_openapi_3(doc, message):
    with pytest.raises(SpecError, match=message):
        check_openapi("x.yaml", doc)
