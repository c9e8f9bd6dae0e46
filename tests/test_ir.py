"""IR: the decisions the templates rely on (types, nullability, fields, unions, examples, modules)."""

from __future__ import annotations

import os

import pytest

from conftest import ROOT
from generator.build import load_api
from generator.ir import ModelId, TypeRef

MINI = os.path.join(ROOT, "tests", "specs", "mini.yaml")


@pytest.fixture(scope="module")
def api():
    return load_api(MINI, "mini_api")


def model(api, pool, name):
    return next(m for m in api.models if m.id == ModelId(pool, name))


def test_pools_and_names(api):
    names = {(m.pool, m.name) for m in api.models}
    assert ("components", "Pet") in names
    assert ("operations", "CreatePetRequestBody") in names
    assert ("operations", "CreatePetResponseBody") in names
    assert ("errors", "GetPetResponseBody") in names


def test_fields_types_and_nullability(api):
    pet = model(api, "components", "Pet")
    by_wire = {f.wire: f for f in pet.fields}
    assert [f.wire for f in pet.fields] == ["id", "name", "weight", "owner"]
    assert by_wire["id"].type == TypeRef("int") and by_wire["id"].required
    assert by_wire["weight"].type == TypeRef("float", nullable=True)
    assert by_wire["weight"].py_type == "float | None | Unset"
    assert by_wire["weight"].doc_type == "*Optional[float]*"
    assert pet.extras == "forbid"
    assert pet.description == "A pet in the store"


def test_nullable_array_and_datetime(api):
    body = model(api, "operations", "CreatePetResponseBody")
    tags = next(f for f in body.fields if f.wire == "tags")
    assert tags.type == TypeRef("list", nullable=True, item=TypeRef("str"))
    req = model(api, "operations", "CreatePetRequestBody")
    born = next(f for f in req.fields if f.wire == "born")
    assert born.type.kind == "datetime"
    assert born.doc_type.startswith("[datetime](")


def test_discriminated_union(api):
    owner = next(m for m in api.models if m.kind == "union")
    assert owner.discriminator == "kind"
    assert owner.tag_members == (('"person"', 0), ('"company"', 1))


def test_enum_values_and_inline_check(api):
    req = model(api, "operations", "CreatePetRequestBody")
    kind = next(f for f in req.fields if f.wire == "kind")
    assert kind.type.kind == "enum" and kind.type.enum_check == "str"
    enum = next(m for m in api.models if m.id == kind.type.target)
    assert enum.values == ("dog", "cat") and enum.value_literals == ('"dog"', '"cat"')


def test_examples_use_spec_values_and_required_fields(api):
    req = model(api, "operations", "CreatePetRequestBody")
    ex = req.example
    assert ex.kind == "model" and ex.literal == "CreatePetRequestBody"
    values = dict(zip(ex.keys, (i.literal for i in ex.items)))
    assert values == {"name": '"Rex"', "kind": '"dog"'}  # born is optional without an example


def test_bodies_are_recorded_with_their_types(api):
    kinds = [(b.kind, b.operation, b.status) for b in api.bodies]
    assert ("response", "GetPet", "200") in kinds and ("error", "GetPet", "404") in kinds
    assert ("request", "CreatePet", "") in kinds
    get_pet = next(b for b in api.bodies if b.operation == "GetPet" and b.status == "200")
    assert get_pet.type.target == ModelId("components", "Pet")


def test_each_model_is_in_exactly_one_module(api):
    seen = [m.id for mod in api.modules for m in mod.models]
    assert len(seen) == len(set(seen)) == len(api.models)


def test_mutually_recursive_schemas_share_a_module(tmp_path):
    spec = tmp_path / "rec.yaml"
    spec.write_text("""
openapi: 3.1.0
info: {title: t, version: "1"}
paths: {}
components:
  schemas:
    A:
      type: object
      properties:
        b: {$ref: "#/components/schemas/B"}
    B:
      type: object
      properties:
        a: {$ref: "#/components/schemas/A"}
        items: {type: array, items: {$ref: "#/components/schemas/B"}}
""")
    api = load_api(str(spec), "rec")
    modules = {m.name: mod.name for mod in api.modules for m in mod.models}
    assert modules["A"] == modules["B"]
