"""Fragments as input: the RouterImageGenerations 200 schema cut out of spec/ gives the same models.

Nested names may be shorter (a lone fragment has nothing to collide with); fields, requiredness, descriptions
and wire behaviour must be those of the whole-spec run.
"""

from __future__ import annotations

import importlib
import json
import os
import re
import sys

import pytest
import yaml

from conftest import GENERATED, ROOT, SPEC
from generator.cli import main

FIXTURE = os.path.join(ROOT, "tests", "fixtures", "RouterImageGenerationsResponseBody.json")
PAGE = os.path.join("docs", "models", "operations", "routerimagegenerationsresponsebody.md")
LINK = re.compile(r"\[[^\]]+\]\([^)]+\)")


def body_schema() -> dict:
    with open(SPEC, encoding="utf-8") as fh:
        spec = yaml.load(fh, Loader=yaml.CSafeLoader)
    return spec["paths"]["/v2/router/images/generations"]["post"]["responses"]["200"]["content"][
        "application/json"]["schema"]


def rows(page: str) -> list[list[str]]:
    lines = page.split("## Fields", 1)[1].strip().splitlines()
    table = lines[: next((i for i, line in enumerate(lines) if not line.startswith("|")), len(lines))]
    return [[LINK.sub("<model>", c.strip()) for c in line.strip("|").split("|")] for line in table[2:]]


@pytest.fixture(scope="module")
def fragment_pkg(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("fragment")
    frag = tmp / "image-body.yaml"
    frag.write_text(yaml.safe_dump(body_schema(), sort_keys=False))
    out = tmp / "out"
    argv = ["generate", "--spec", str(frag), "--out", str(out), "--package", "fragment_api", "--fragment",
            "--name", "RouterImageGenerationsResponseBody", "--operation", "RouterImageGenerations",
            "--group", "router.images"]
    assert main(argv) == 0
    sys.path.insert(0, str(out))
    yield out, importlib.import_module("fragment_api.models.operations")
    sys.path.remove(str(out))


def test_root_page_has_the_same_fields_table(fragment_pkg):
    out, _ = fragment_pkg
    ours = (out / PAGE).read_text()
    whole = open(os.path.join(GENERATED, PAGE), encoding="utf-8").read()
    assert rows(ours) == rows(whole) and len(rows(ours)) == 5


def test_same_wire_behaviour(fragment_pkg):
    _, ops = fragment_pkg
    import orq_api
    from orq_api.models.operations import RouterImageGenerationsResponseBody as Whole

    Frag = ops.RouterImageGenerationsResponseBody
    payloads = json.load(open(FIXTURE, encoding="utf-8"))
    for payload in payloads:
        assert Frag.from_dict(payload).to_dict() == Whole.from_dict(payload).to_dict() == payload
    broken = {**payloads[0], "choices": [{"index": "0"}]}
    errors = []
    for cls, error in ((Frag, sys.modules["fragment_api"].ValidationError), (Whole, orq_api.ValidationError)):
        with pytest.raises(error) as e:
            cls.from_dict(broken)
        errors.append(str(e.value))
    assert errors[0] == errors[1]


def test_not_a_fragment_without_the_option(tmp_path, capsys):
    frag = tmp_path / "image-body.json"
    frag.write_text(json.dumps(body_schema()))
    assert main(["generate", "--spec", str(frag), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert "not an OpenAPI document" in err and "--fragment --name" in err


@pytest.mark.parametrize("shape", ["responses", "response", "media"])
def test_responses_response_and_media_type_fragments(tmp_path, shape):
    schema = body_schema()
    doc = {"responses": {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}},
           "response": {"description": "ok", "content": {"application/json": {"schema": schema}}},
           "media": {"schema": schema}}[shape]
    frag = tmp_path / "frag.json"
    frag.write_text(json.dumps(doc))
    out = tmp_path / "out"
    assert main(["generate", "--spec", str(frag), "--out", str(out), "--package", f"frag_{shape}",
                 "--fragment", "--name", "ImageBody"]) == 0
    page = (out / "docs" / "models" / "operations" / "imagebody.md").read_text()
    assert [r[0] for r in rows(page)] == ["`id`", "`created`", "`choices`", "`model`", "`object`"]


def test_name_without_fragment_is_an_error(capsys):
    assert main(["generate", "--name", "X"]) == 2
    assert "--fragment and --name go together" in capsys.readouterr().err
