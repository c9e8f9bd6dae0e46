"""Schema constructs that must be modelled correctly: decode, encode, type hints and docs (issue 3).

Three specs are generated into temporary directories under their own package names:

* tests/specs/constructs.yaml (OpenAPI 3.1): $ref (local, chained, to $defs), allOf, unions with and without
  discriminators, the 3.1 nullable forms, const and enums, additionalProperties, free-form and any-value
  properties, recursion, readOnly/writeOnly, default, example(s), deprecated, formats, awkward property names;
* tests/specs/constructs30.yaml (OpenAPI 3.0): the forms that differ in 3.0 (`nullable: true`, `example`);
* tests/specs/ref/openapi.yaml + ref/models.yaml: a $ref to another file whose schemas refer to each other.

For each construct: a hand-written valid instance round trips (`from_dict(x).to_dict() == x`, with bool/int/float
kept apart), invalid instances raise the package's `ValidationError` with the expected `.path`, the class's type
hints (`typing.get_type_hints` with the module's globals) and the docs page's Type column are what the construct
means. Every generated package passes `mypy --strict` (select with `-k mypy_strict`), and every python block on
its docs pages runs.
"""

from __future__ import annotations

import ast
import copy
import dataclasses
import importlib
import inspect
import json
import keyword
import os
import re
import subprocess
import sys
import typing
from datetime import date, datetime, timedelta, timezone
from typing import Any, Callable, Literal, Optional, Union

import pytest

from conftest import ROOT

SPECS = os.path.join(ROOT, "tests", "specs")
BLOCK = re.compile(r"```python\n(.*?)```", re.S)
DATETIME_LINK = "[datetime](https://docs.python.org/3/library/datetime.html#datetime-objects)"
DATE_LINK = "[date](https://docs.python.org/3/library/datetime.html#date-objects)"


# -- generating and loading the packages -----------------------------------------------------------


class Pkg:
    """A package generated from one spec into a temporary directory, importable by its name."""

    def __init__(self, out: str, name: str) -> None:
        self.out = out
        self.name = name

    @property
    def root(self) -> Any:
        return importlib.import_module(self.name)

    @property
    def ValidationError(self) -> type:
        return self.root.ValidationError

    @property
    def UNSET(self) -> Any:
        return self.root.UNSET

    @property
    def Unset(self) -> Any:
        return self.root.Unset

    def pool(self, pool: str = "components") -> Any:
        return importlib.import_module(f"{self.name}.models.{pool}")

    def get(self, name: str, pool: str = "components") -> Any:
        return getattr(self.pool(pool), name)

    def page_path(self, name: str, pool: str = "components") -> str:
        return os.path.join(self.out, "docs", "models", pool, name.lower() + ".md")

    def page(self, name: str, pool: str = "components") -> str:
        with open(self.page_path(name, pool), encoding="utf-8") as fh:
            return fh.read()

    def rows(self, name: str, pool: str = "components") -> dict[str, list[str]]:
        """The Fields table of a page: python field name -> [field, type, required, description] cells."""
        return table_rows(self.page(name, pool))

    def type_cell(self, model: str, field_py: str, pool: str = "components") -> str:
        return self.rows(model, pool)[field_py][1]

    def pages(self) -> list[str]:
        root = os.path.join(self.out, "docs", "models")
        return sorted(os.path.join(d, n) for d, _, names in os.walk(root) for n in names)


def generate(spec: str, out: str, package: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", "generate", "--spec", spec, "--out", out,
                           "--package", package], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": ROOT})


def _make(tmp_path_factory: pytest.TempPathFactory, spec: str, package: str) -> Pkg:
    out = str(tmp_path_factory.mktemp(package))
    r = generate(os.path.join(SPECS, spec), out, package)
    if r.returncode != 0:
        pytest.fail(f"generating {spec} failed (exit {r.returncode}):\n{r.stderr}")
    sys.path.insert(0, out)
    return Pkg(out, package)


@pytest.fixture(scope="module")
def p31(tmp_path_factory: pytest.TempPathFactory) -> Pkg:
    return _make(tmp_path_factory, "constructs.yaml", "constructs31_pkg")


@pytest.fixture(scope="module")
def p30(tmp_path_factory: pytest.TempPathFactory) -> Pkg:
    return _make(tmp_path_factory, "constructs30.yaml", "constructs30_pkg")


@pytest.fixture(scope="module")
def pref(tmp_path_factory: pytest.TempPathFactory) -> Pkg:
    return _make(tmp_path_factory, os.path.join("ref", "openapi.yaml"), "constructs_ref_pkg")


@pytest.fixture(params=["p31", "p30", "pref"])
def any_pkg(request: pytest.FixtureRequest) -> Pkg:
    return request.getfixturevalue(request.param)


# -- helpers ----------------------------------------------------------------------------------------


def table_rows(page: str) -> dict[str, list[str]]:
    rows = {}
    for line in page.splitlines():
        if line.startswith("| `") or line.startswith("| ~~`"):
            cells = [c.strip() for c in re.split(r"(?<!\\)\|", line)[1:-1]]
            rows[cells[0].strip("~`")] = cells
    return rows


def same(a: Any, b: Any) -> bool:
    """JSON equality that keeps bool, int and float apart (Python's == says True == 1 == 1.0)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return a == b


def roundtrip(cls_or_decode: Any, x: Any, encode: Callable[[Any], Any] | None = None) -> Any:
    """Decode a deep copy of `x`, encode it back, require the very same JSON; return the decoded value."""
    decode = cls_or_decode.from_dict if isinstance(cls_or_decode, type) else cls_or_decode
    obj = decode(copy.deepcopy(x))
    back = encode(obj) if encode is not None else obj.to_dict()
    assert same(back, x), f"round trip changed the value:\n  in:  {x!r}\n  out: {back!r}"
    return obj


def rejects(pkg: Pkg, cls_or_decode: Any, x: Any, path: str) -> None:
    decode = cls_or_decode.from_dict if isinstance(cls_or_decode, type) else cls_or_decode
    with pytest.raises(pkg.ValidationError) as info:
        decode(copy.deepcopy(x))
    assert info.value.path == path, f"{x!r}: expected path {path!r}, got error {str(info.value)!r}"
    assert str(info.value).startswith(path + ": ")


def hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, globalns=vars(sys.modules[cls.__module__]))


def field_names(cls: type) -> list[str]:
    return [f.name for f in dataclasses.fields(cls)]


def field_docs(cls: type) -> dict[str, str]:
    """Attribute docstrings (the string literal right after a field's annotation) in the class source."""
    tree = ast.parse(inspect.getsource(sys.modules[cls.__module__]))
    node = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == cls.__name__)
    out = {}
    for prev, cur in zip(node.body, node.body[1:]):
        if (isinstance(prev, ast.AnnAssign) and isinstance(prev.target, ast.Name) and isinstance(cur, ast.Expr)
                and isinstance(cur.value, ast.Constant) and isinstance(cur.value.value, str)):
            out[prev.target.id] = cur.value.value
    return out


def model_link(name: str, pool: str = "components") -> str:
    return f"[{pool}.{name}](../../models/{pool}/{name.lower()}.md)"


# -- $ref -------------------------------------------------------------------------------------------

REF_HOLDER = {"direct": {"name": "a", "tag": "t"}, "chained": {"name": "b"}, "inner": {"depth": 1},
              "innerList": [{"depth": 2}, {"depth": 3}], "size": 7}


def test_ref_local_chained_and_defs_round_trip(p31: Pkg) -> None:
    RefHolder, Pet, Inner = p31.get("RefHolder"), p31.get("Pet"), p31.get("Inner")
    obj = roundtrip(RefHolder, REF_HOLDER)
    assert type(obj.direct) is Pet and obj.direct.tag == "t"
    assert type(obj.chained).__name__ in ("Pet", "PetAlias") and obj.chained.name == "b"
    assert type(obj.inner) is Inner and [type(i) for i in obj.inner_list] == [Inner, Inner]
    assert obj.inner_list[1].depth == 3 and obj.size == 7


def test_ref_local_chained_and_defs_rejects(p31: Pkg) -> None:
    RefHolder = p31.get("RefHolder")
    rejects(p31, RefHolder, {**REF_HOLDER, "inner": {"depth": "deep"}}, "$.inner.depth")
    rejects(p31, RefHolder, {**REF_HOLDER, "innerList": [{"depth": 1}, {}]}, "$.innerList[1].depth")
    rejects(p31, RefHolder, {**REF_HOLDER, "chained": {"tag": "x"}}, "$.chained.name")
    rejects(p31, RefHolder, {**REF_HOLDER, "size": "big"}, "$.size")
    rejects(p31, RefHolder, {k: v for k, v in REF_HOLDER.items() if k != "inner"}, "$.inner")


def test_ref_local_chained_and_defs_hints_and_docs(p31: Pkg) -> None:
    RefHolder, Pet, Inner, Unset = p31.get("RefHolder"), p31.get("Pet"), p31.get("Inner"), p31.Unset
    h = hints(RefHolder)
    assert h["direct"] is Pet
    assert h["chained"] in (Pet, p31.get("PetAlias"))
    assert h["inner"] is Inner
    assert h["inner_list"] == Union[list[Inner], Unset]
    assert h["size"] == Union[int, Unset]
    assert p31.type_cell("RefHolder", "inner") == model_link("Inner")
    assert p31.type_cell("RefHolder", "inner_list") == f"List[{model_link('Inner')}]"
    assert p31.type_cell("RefHolder", "size") == "*int*"


ORDER = {"id": 1, "lines": [{"sku": "a", "price": {"amount": 2.5, "currency": "EUR"}},
                            {"sku": "b", "price": {"amount": 3, "currency": "USD"}}], "status": "closed"}


def test_ref_other_file_transitive_round_trip_and_rejects(pref: Pkg) -> None:
    Order = pref.get("Order")
    obj = roundtrip(Order, ORDER)
    assert type(obj.lines[1].price).__name__ == "Price" and obj.lines[1].price.currency == "USD"
    rejects(pref, Order, {**ORDER, "lines": [ORDER["lines"][0], {"sku": "c", "price": {"amount": 1}}]},
            "$.lines[1].price.currency")
    bad = copy.deepcopy(ORDER)
    bad["lines"][0]["price"]["currency"] = "GBP"
    rejects(pref, Order, bad, "$.lines[0].price.currency")
    rejects(pref, Order, {**ORDER, "status": "lost"}, "$.status")
    problem = pref.get("GetOrderResponseBody", "errors")
    roundtrip(problem, {"title": "gone"})
    rejects(pref, problem, {}, "$.title")


def test_ref_other_file_transitive_hints_and_docs(pref: Pkg) -> None:
    Order, Lines, Price, Unset = pref.get("Order"), pref.get("Lines"), pref.get("Price"), pref.Unset
    assert hints(Order)["lines"] == list[Lines]
    assert hints(Order)["status"] == Union[Literal["open", "closed"], Unset]
    assert hints(Lines)["price"] is Price
    assert hints(Price)["currency"] == Literal["EUR", "USD"]
    assert pref.type_cell("Order", "lines") == f"List[{model_link('Lines')}]"
    assert pref.type_cell("Lines", "price") == model_link("Price")


def test_ref_to_component_that_refs_another_file_is_not_duplicated(pref: Pkg) -> None:
    """The 200 body is `#/components/schemas/Order`, itself a `$ref` into models.yaml: it decodes to the
    component `Order`; no second class for the same schema appears in the operations pool."""
    assert os.path.exists(pref.page_path("Order"))
    assert "GetOrderResponseBody" not in pref.pool("operations").__all__
    assert not os.path.exists(pref.page_path("GetOrderResponseBody", "operations"))


# -- allOf ------------------------------------------------------------------------------------------


def test_allof_merged_in_order_with_required(p31: Pkg) -> None:
    Extended, Nested, WithOwn, Unset = (p31.get("Extended"), p31.get("NestedAllOf"), p31.get("AllOfWithOwn"),
                                        p31.Unset)
    assert field_names(Extended)[:3] == ["id", "name", "extra"]
    assert field_names(Nested)[:4] == ["id", "name", "a", "b"]
    assert {"id", "name", "own"} <= set(field_names(WithOwn))
    h = hints(Extended)
    assert (h["id"], h["name"], h["extra"]) == (int, Union[str, Unset], str)
    h = hints(Nested)  # `name` is required by the last part, `a` by the second: all four required
    assert (h["id"], h["name"], h["a"], h["b"]) == (int, str, str, bool)
    h = hints(WithOwn)
    assert (h["id"], h["own"]) == (int, str)
    rows = p31.rows("NestedAllOf")
    assert list(rows) == ["id", "name", "a", "b"]
    assert all(r[2] == ":heavy_check_mark:" for r in rows.values())
    assert p31.rows("Extended")["name"][2] == ":heavy_minus_sign:"


def test_allof_round_trip_and_rejects(p31: Pkg) -> None:
    Extended, Nested, WithOwn = p31.get("Extended"), p31.get("NestedAllOf"), p31.get("AllOfWithOwn")
    obj = roundtrip(Extended, {"id": 1, "extra": "e", "other": [1, None]})
    assert obj.additional_properties == {"other": [1, None]}
    roundtrip(Nested, {"id": 1, "name": "n", "a": "a", "b": True})
    roundtrip(WithOwn, {"id": 2, "own": "o"})
    rejects(p31, Extended, {"id": 1}, "$.extra")
    rejects(p31, Extended, {"id": "1", "extra": "e"}, "$.id")
    rejects(p31, Nested, {"id": 1, "a": "a", "b": True}, "$.name")
    rejects(p31, Nested, {"id": 1, "name": "n", "b": True}, "$.a")
    rejects(p31, Nested, {"id": 1, "name": "n", "a": "a", "b": 1}, "$.b")
    rejects(p31, WithOwn, {"id": 2}, "$.own")


def test_inline_allof_of_ref_and_inline_part(p31: Pkg) -> None:
    Body, Owner = p31.get("CreateThingRequestBody", "operations"), p31.get("Owner", "operations")
    assert field_names(Owner)[:3] == ["id", "name", "role"]
    assert hints(Owner)["role"] == Literal["admin", "user"]
    x = {"shape": {"kind": "circle", "radius": 1.5}, "owner": {"id": 1, "role": "user"}}
    obj = roundtrip(Body, x)
    assert type(obj.owner) is Owner and obj.owner.role == "user"
    rejects(p31, Body, {**x, "owner": {"id": 1}}, "$.owner.role")
    rejects(p31, Body, {**x, "owner": {"role": "user"}}, "$.owner.id")
    assert p31.type_cell("CreateThingRequestBody", "owner", "operations") == model_link("Owner", "operations")


# -- unions -----------------------------------------------------------------------------------------


def test_discriminator_explicit_mapping(p31: Pkg) -> None:
    Cat, Dog, c = p31.get("Cat"), p31.get("Dog"), p31.pool()
    # Both members accept both shapes: only the mapping can tell them apart.
    dog = roundtrip(c.decode_pet_explicit, {"petType": "doggo", "meow": True}, c.encode_pet_explicit)
    assert type(dog) is Dog and dog.additional_properties == {"meow": True}
    assert type(c.decode_pet_explicit({"petType": "kitty"})) is Cat
    rejects(p31, c.decode_pet_explicit, {"petType": "Dog"}, "$.petType")
    rejects(p31, c.decode_pet_explicit, {"bark": True}, "$.petType")
    rejects(p31, c.decode_pet_explicit, {"petType": "doggo", "bark": "loud"}, "$.bark")
    rejects(p31, c.decode_pet_explicit, ["doggo"], "$")


def test_discriminator_mapping_by_schema_name(p31: Pkg) -> None:
    Cat, Dog, c = p31.get("Cat"), p31.get("Dog"), p31.pool()
    assert type(roundtrip(c.decode_pet_short_mapping, {"petType": "d"}, c.encode_pet_short_mapping)) is Dog
    assert type(c.decode_pet_short_mapping({"petType": "c", "bark": True})) is Cat
    rejects(p31, c.decode_pet_short_mapping, {"petType": "Dog"}, "$.petType")


def test_discriminator_implicit_names(p31: Pkg) -> None:
    Cat, Dog, c = p31.get("Cat"), p31.get("Dog"), p31.pool()
    dog = roundtrip(c.decode_pet_implicit, {"petType": "Dog", "meow": False}, c.encode_pet_implicit)
    assert type(dog) is Dog
    assert type(c.decode_pet_implicit({"petType": "Cat"})) is Cat
    rejects(p31, c.decode_pet_implicit, {"petType": "doggo"}, "$.petType")


def test_discriminator_tags_from_member_const_and_enum(p31: Pkg) -> None:
    Circle, Square, c = p31.get("Circle"), p31.get("Square"), p31.pool()
    assert type(roundtrip(c.decode_shape, {"kind": "square", "side": 2}, c.encode_shape)) is Square
    assert type(roundtrip(c.decode_shape, {"kind": "circle", "radius": 1.5}, c.encode_shape)) is Circle
    rejects(p31, c.decode_shape, {"kind": "circle", "side": 2}, "$.radius")
    rejects(p31, c.decode_shape, {"kind": "hexagon", "side": 2}, "$.kind")
    assert hints(Circle)["kind"] == Literal["circle"]
    assert hints(Square)["kind"] == Literal["square"]


def test_properties_beside_one_of_merge_into_every_member(p31: Pkg) -> None:
    Email, Hook, c = p31.get("EmailNotifier"), p31.get("NotifierHookTarget"), p31.pool()
    assert field_names(Email)[:4] == ["id", "type", "emails", "url"] and field_names(Hook) == field_names(Email)
    assert hints(Email)["type"] == Literal["EMAIL"] and hints(Hook)["type"] == Literal["HOOK"]
    email = roundtrip(c.decode_notifier, {"id": "n1", "type": "EMAIL", "emails": ["a@b"]}, c.encode_notifier)
    assert type(email) is Email and email.url is p31.UNSET
    hook = roundtrip(c.decode_notifier, {"id": "n2", "type": "HOOK", "url": "https://x", "k": 1}, c.encode_notifier)
    assert type(hook) is Hook and hook.additional_properties == {"k": 1}
    rejects(p31, c.decode_notifier, {"type": "HOOK", "url": "https://x"}, "$.id")  # base property still required
    rejects(p31, c.decode_notifier, {"id": "n3", "type": "EMAIL", "emails": [1]}, "$.emails[0]")
    rejects(p31, c.decode_notifier, {"id": "n4", "type": "NONE", "emails": []}, "$.type")


def test_properties_beside_any_of_required_lists_are_key_sets(p31: Pkg) -> None:
    Contact = p31.get("Contact")
    assert field_names(Contact)[:3] == ["email", "phone", "prefix"]
    assert roundtrip(Contact, {"email": "a@b"}).phone is p31.UNSET
    roundtrip(Contact, {"phone": "555", "prefix": 31, "email": "a@b"})
    rejects(p31, Contact, {"phone": "555"}, "$.email")
    with pytest.raises(p31.ValidationError, match="needs all keys of one set: email [|] phone, prefix"):
        Contact.from_dict({})
    rejects(p31, Contact, {"email": 5}, "$.email")


def test_discriminator_with_several_tags_per_member_and_nested_union(p31: Pkg) -> None:
    Search, Message, Call, c = p31.get("SearchTool"), p31.get("ItemMessage"), p31.get("ItemCall"), p31.pool()
    for tag in ("search", "search_2025"):
        assert type(roundtrip(c.decode_tool, {"type": tag}, c.encode_tool)) is Search
    assert type(roundtrip(c.decode_tool, {"type": "call", "name": "f"}, c.encode_tool)) is Call
    assert type(roundtrip(c.decode_tool, {"type": "message", "content": "hi"}, c.encode_tool)) is Message
    # ItemMessage does not require its tag: without one, the first member that fits is taken.
    assert type(roundtrip(c.decode_tool, {"content": "hi"}, c.encode_tool)) is Message
    assert type(roundtrip(c.decode_tool_item, {"content": "hi"}, c.encode_tool_item)) is Message
    rejects(p31, c.decode_tool, {"type": "searching"}, "$.type")
    rejects(p31, c.decode_tool, {"type": "call"}, "$.name")
    rejects(p31, c.decode_tool, {"name": "f"}, "$.type")


def test_union_without_discriminator_first_match_wins(p31: Pkg) -> None:
    Cat, c = p31.get("Cat"), p31.pool()
    cat = roundtrip(c.decode_pet_first_match, {"petType": "x", "bark": True}, c.encode_pet_first_match)
    assert type(cat) is Cat and cat.additional_properties == {"bark": True}
    rejects(p31, c.decode_pet_first_match, {"bark": True}, "$.petType")


def test_union_of_primitives_and_models(p31: Pkg) -> None:
    Pet, c = p31.get("Pet"), p31.pool()
    dec, enc = c.decode_scalarish, c.encode_scalarish
    assert roundtrip(dec, "s", enc) == "s"
    assert roundtrip(dec, 5, enc) == 5
    assert type(roundtrip(dec, {"name": "n"}, enc)) is Pet
    assert roundtrip(dec, ["a", "b"], enc) == ["a", "b"]
    rejects(p31, dec, True, "$")
    rejects(p31, dec, 2.5, "$")
    with pytest.raises(p31.ValidationError):
        dec([1])
    page = p31.page("Scalarish")
    headings = re.findall(r"^### `(.*)`$", page, re.M)
    assert headings == ["str", "int", "components.Pet", "List[str]"]


ZOO = {"animals": [{"petType": "kitty"}, {"petType": "doggo", "bark": False}], "numbersOrWords": [1, True, 2],
       "stringOrNumber": 2.5}


def test_arrays_of_unions(p31: Pkg) -> None:
    Zoo, Cat, Dog = p31.get("Zoo"), p31.get("Cat"), p31.get("Dog")
    obj = roundtrip(Zoo, ZOO)
    assert [type(a) for a in obj.animals] == [Cat, Dog]
    assert obj.numbers_or_words == [1, True, 2] and type(obj.numbers_or_words[1]) is bool
    roundtrip(Zoo, {**ZOO, "stringOrNumber": "many"})
    rejects(p31, Zoo, {**ZOO, "animals": [{"petType": "kitty"}, {"petType": "bird"}]}, "$.animals[1].petType")
    rejects(p31, Zoo, {**ZOO, "animals": [{"petType": "kitty"}, {"petType": "doggo", "bark": 1}]}, "$.animals[1].bark")
    rejects(p31, Zoo, {**ZOO, "numbersOrWords": [1, "x"]}, "$.numbersOrWords[1]")
    rejects(p31, Zoo, {**ZOO, "stringOrNumber": True}, "$.stringOrNumber")


def test_arrays_of_unions_hints_and_docs(p31: Pkg) -> None:
    Zoo, Cat, Dog, Unset = p31.get("Zoo"), p31.get("Cat"), p31.get("Dog"), p31.Unset
    assert p31.type_cell("Zoo", "animals") == f"List[{model_link('PetExplicit')}]"
    assert p31.type_cell("Zoo", "numbers_or_words") == f"List[{model_link('NumbersOrWords')}]"
    h = hints(Zoo)
    assert h["animals"] == list[Union[Cat, Dog]]
    assert h["numbers_or_words"] == Union[list[Union[int, bool]], Unset]
    assert h["string_or_number"] == Union[str, float, Unset]


# -- nullable ---------------------------------------------------------------------------------------

NULLS_31 = {"reqNullable": None, "optNullable": None, "onlyNull": None, "anyOfNull": None, "enumNull": None,
            "listOrNull": None, "unionOrNull": None}
VALUES_31 = {"reqNullable": "s", "optNullable": 3, "anyOfNull": {"name": "p"}, "enumNull": "high",
             "listOrNull": ["a"], "unionOrNull": {"name": "q"}}


def test_nullable_31_round_trip(p31: Pkg) -> None:
    Nullables, Pet = p31.get("Nullables"), p31.get("Pet")
    obj = roundtrip(Nullables, NULLS_31)
    assert all(getattr(obj, f) is None for f in field_names(Nullables)[:7])
    obj = roundtrip(Nullables, VALUES_31)
    assert type(obj.any_of_null) is Pet and type(obj.union_or_null) is Pet and obj.enum_null == "high"
    assert roundtrip(Nullables, {"reqNullable": None, "unionOrNull": 4}).union_or_null == 4
    obj = roundtrip(Nullables, {"reqNullable": None})
    assert obj.opt_nullable is p31.UNSET and obj.any_of_null is p31.UNSET


def test_nullable_31_rejects(p31: Pkg) -> None:
    Nullables = p31.get("Nullables")
    rejects(p31, Nullables, {}, "$.reqNullable")
    rejects(p31, Nullables, {"reqNullable": 1}, "$.reqNullable")
    rejects(p31, Nullables, {"reqNullable": None, "optNullable": "x"}, "$.optNullable")
    rejects(p31, Nullables, {"reqNullable": None, "onlyNull": 0}, "$.onlyNull")
    rejects(p31, Nullables, {"reqNullable": None, "anyOfNull": {}}, "$.anyOfNull.name")
    rejects(p31, Nullables, {"reqNullable": None, "enumNull": "mid"}, "$.enumNull")
    rejects(p31, Nullables, {"reqNullable": None, "listOrNull": ["a", 1]}, "$.listOrNull[1]")
    rejects(p31, Nullables, {"reqNullable": None, "unionOrNull": "s"}, "$.unionOrNull")


def test_nullable_31_hints_and_docs(p31: Pkg) -> None:
    Nullables, Pet, Unset = p31.get("Nullables"), p31.get("Pet"), p31.Unset
    h = hints(Nullables)
    assert h["req_nullable"] == Optional[str]
    assert h["opt_nullable"] == Union[int, None, Unset]
    assert h["only_null"] == Union[None, Unset]
    assert h["any_of_null"] == Union[Pet, None, Unset]
    assert h["enum_null"] == Union[Literal["low", "high"], None, Unset]
    assert h["list_or_null"] == Union[list[str], None, Unset]
    assert h["union_or_null"] == Union[int, Pet, None, Unset]
    assert p31.type_cell("Nullables", "req_nullable") == "*Optional[str]*"
    assert p31.type_cell("Nullables", "any_of_null") == f"Optional[{model_link('Pet')}]"
    assert p31.type_cell("Nullables", "list_or_null") == "*Optional[List[str]]*"


NULLS_30 = {"reqNullable": None, "optNullable": None, "nullableRef": None, "nullableEnum": None,
            "nullableArray": None, "nullableItems": [1, None], "nullableMap": None, "nullableObject": None,
            "nullableUnion": None, "nullableDate": None}
VALUES_30 = {"reqNullable": "r", "optNullable": 2, "nullableRef": {"name": "p"}, "nullableEnum": "low",
             "nullableArray": ["x"], "nullableItems": [None], "nullableMap": {"a": None, "b": "c"},
             "nullableObject": {"a": "b"}, "nullableUnion": "u", "nullableDate": "2024-06-01T12:00:00+00:00",
             "plain": "p"}


def test_nullable_30_round_trip(p30: Pkg) -> None:
    Nullables30, Pet = p30.get("Nullables30"), p30.get("Pet")
    obj = roundtrip(Nullables30, NULLS_30)
    assert obj.nullable_ref is None and obj.nullable_items == [1, None] and obj.plain is p30.UNSET
    obj = roundtrip(Nullables30, VALUES_30)
    assert type(obj.nullable_ref) is Pet and obj.nullable_date == datetime(2024, 6, 1, 12, tzinfo=timezone.utc)
    assert type(roundtrip(Nullables30, {"reqNullable": None, "nullableUnion": {"name": "n"}}).nullable_union) is Pet


def test_nullable_30_rejects(p30: Pkg) -> None:
    Nullables30 = p30.get("Nullables30")
    rejects(p30, Nullables30, {}, "$.reqNullable")
    rejects(p30, Nullables30, {"reqNullable": None, "plain": None}, "$.plain")  # not nullable
    rejects(p30, Nullables30, {"reqNullable": None, "optNullable": 1.5}, "$.optNullable")
    rejects(p30, Nullables30, {"reqNullable": None, "nullableRef": {}}, "$.nullableRef.name")
    rejects(p30, Nullables30, {"reqNullable": None, "nullableEnum": "mid"}, "$.nullableEnum")
    rejects(p30, Nullables30, {"reqNullable": None, "nullableItems": [1, None, "x"]}, "$.nullableItems[2]")
    rejects(p30, Nullables30, {"reqNullable": None, "nullableMap": {"a": 1}}, "$.nullableMap.a")
    rejects(p30, Nullables30, {"reqNullable": None, "nullableObject": {"a": 1}}, "$.nullableObject.a")
    rejects(p30, Nullables30, {"reqNullable": None, "nullableUnion": 1}, "$.nullableUnion")
    rejects(p30, Nullables30, {"reqNullable": None, "nullableDate": "2024-06-01"}, "$.nullableDate")


def test_nullable_30_hints_and_docs(p30: Pkg) -> None:
    Nullables30, Pet, Unset = p30.get("Nullables30"), p30.get("Pet"), p30.Unset
    NullableObject = p30.get("NullableObject")
    h = hints(Nullables30)
    assert h["req_nullable"] == Optional[str]
    assert h["opt_nullable"] == Union[int, None, Unset]
    assert h["nullable_ref"] == Union[Pet, None, Unset]
    assert h["nullable_enum"] == Union[Literal["low", "high"], None, Unset]
    assert h["nullable_array"] == Union[list[str], None, Unset]
    assert h["nullable_items"] == Union[list[Optional[int]], Unset]
    assert h["nullable_map"] == Union[dict[str, Optional[str]], None, Unset]
    assert h["nullable_object"] == Union[NullableObject, None, Unset]
    assert h["nullable_union"] == Union[str, Pet, None, Unset]
    assert h["nullable_date"] == Union[datetime, None, Unset]
    assert h["plain"] == Union[str, Unset]
    assert p30.type_cell("Nullables30", "req_nullable") == "*Optional[str]*"
    assert p30.type_cell("Nullables30", "nullable_ref") == f"Optional[{model_link('Pet')}]"
    assert p30.type_cell("Nullables30", "nullable_items") == "*List[Optional[int]]*"
    assert p30.type_cell("Nullables30", "nullable_date") == f"Optional[{DATETIME_LINK}]"


def test_30_request_body_union_and_example(p30: Pkg) -> None:
    Body, Cat, Dog = p30.get("AddPetRequestBody", "operations"), p30.get("Cat"), p30.get("Dog")
    obj = roundtrip(Body, {"pet": {"petType": "doggo"}, "note": None})
    assert type(obj.pet) is Dog and obj.note is None
    rejects(p30, Body, {"pet": {"petType": "Dog"}}, "$.pet.petType")
    assert 'note="hello"' in p30.page("AddPetRequestBody", "operations")
    assert 'name="Rex"' in p30.page("Pet")
    assert p30.type_cell("AddPetRequestBody", "pet", "operations") == model_link("PetChoice")


def test_30_request_body_hints(p30: Pkg) -> None:
    Body, Cat, Dog, Unset = p30.get("AddPetRequestBody", "operations"), p30.get("Cat"), p30.get("Dog"), p30.Unset
    h = hints(Body)
    assert h["pet"] == Union[Cat, Dog]
    assert h["note"] == Union[str, None, Unset]


# -- const and enums --------------------------------------------------------------------------------

LITERALS = {"color": "green", "level": 3, "fixed": "fixed-value", "answer": 42, "colors": ["blue", "green", "red"],
            "levelMap": {"a": 2, "b": 3}}


def test_enum_decoder_returns_the_value_it_was_given(p31: Pkg) -> None:
    c = p31.pool()
    assert [c.decode_color(v) for v in ("red", "green", "blue")] == ["red", "green", "blue"]
    assert [c.decode_level(v) for v in (1, 2, 3)] == [1, 2, 3]


def test_const_and_enums_round_trip(p31: Pkg) -> None:
    scalars = {k: v for k, v in LITERALS.items() if k not in ("colors", "levelMap")}
    obj = roundtrip(p31.get("Literals"), scalars)
    assert obj.color == "green" and obj.level == 3 and obj.fixed == "fixed-value" and obj.answer == 42


def test_enum_arrays_and_maps_round_trip(p31: Pkg) -> None:
    obj = roundtrip(p31.get("Literals"), LITERALS)
    assert obj.colors == ["blue", "green", "red"] and obj.level_map == {"a": 2, "b": 3}


def test_const_and_enums_reject(p31: Pkg) -> None:
    Literals = p31.get("Literals")
    rejects(p31, Literals, {**LITERALS, "color": "purple"}, "$.color")
    rejects(p31, Literals, {**LITERALS, "level": True}, "$.level")
    rejects(p31, Literals, {**LITERALS, "level": "1"}, "$.level")
    rejects(p31, Literals, {**LITERALS, "level": 4}, "$.level")
    rejects(p31, Literals, {**LITERALS, "fixed": "other"}, "$.fixed")
    rejects(p31, Literals, {**LITERALS, "answer": 41}, "$.answer")
    rejects(p31, Literals, {**LITERALS, "answer": "42"}, "$.answer")
    rejects(p31, Literals, {**LITERALS, "colors": ["red", "pink"]}, "$.colors[1]")
    rejects(p31, Literals, {**LITERALS, "levelMap": {"a": 1, "b": 7}}, "$.levelMap.b")


def test_integer_enum_accepts_integral_float(p31: Pkg) -> None:
    """JSON Schema: 2.0 is an integer and equals 2, so it is valid for `type: integer, enum: [1, 2, 3]`; the
    contract decodes such floats to int."""
    obj = p31.get("Literals").from_dict({**LITERALS, "level": 2.0})
    assert obj.level == 2 and type(obj.level) is int


def test_const_and_enums_hints_and_docs(p31: Pkg) -> None:
    Literals, Unset = p31.get("Literals"), p31.Unset
    color = Literal["red", "green", "blue"]
    h = hints(Literals)
    assert h["color"] == color
    assert h["level"] == Literal[1, 2, 3]
    assert h["fixed"] == Literal["fixed-value"]
    assert h["answer"] == Literal[42]
    assert h["colors"] == Union[list[color], Unset]
    assert h["level_map"] == Union[dict[str, Literal[1, 2, 3]], Unset]
    assert p31.type_cell("Literals", "color") == model_link("Color")
    assert re.findall(r"^- `(.*)`$", p31.page("Color"), re.M) == ['"red"', '"green"', '"blue"']
    assert re.findall(r"^- `(.*)`$", p31.page("Level"), re.M) == ["1", "2", "3"]


# -- additionalProperties, free-form objects, any value ---------------------------------------------


def test_additional_properties_true(p31: Pkg) -> None:
    OpenObject = p31.get("OpenObject")
    obj = roundtrip(OpenObject, {"a": "x", "b": [1, {"c": None}], "d": True})
    assert obj.additional_properties == {"b": [1, {"c": None}], "d": True}
    rejects(p31, OpenObject, {"a": 1, "b": 2}, "$.a")
    assert hints(OpenObject)["additional_properties"] == dict[str, Any]


def test_additional_properties_schema(p31: Pkg) -> None:
    TypedExtras, PetExtras, Pet = p31.get("TypedExtras"), p31.get("PetExtras"), p31.get("Pet")
    obj = roundtrip(TypedExtras, {"a": "x", "n": 1, "m": 2})
    assert obj.additional_properties == {"n": 1, "m": 2}
    rejects(p31, TypedExtras, {"a": "x", "n": 1, "m": "two"}, "$.m")
    rejects(p31, TypedExtras, {"n": True}, "$.n")
    obj = roundtrip(PetExtras, {"a": "x", "p": {"name": "n", "tag": "t"}})
    assert type(obj.additional_properties["p"]) is Pet
    rejects(p31, PetExtras, {"p": {"tag": "t"}}, "$.p.name")
    assert hints(TypedExtras)["additional_properties"] == dict[str, int]
    assert hints(PetExtras)["additional_properties"] == dict[str, Pet]


def test_additional_properties_false(p31: Pkg) -> None:
    Closed = p31.get("Closed")
    roundtrip(Closed, {"a": "x"})
    roundtrip(Closed, {})
    rejects(p31, Closed, {"a": "x", "b": 1}, "$.b")
    rejects(p31, Closed, {"a": 1}, "$.a")
    assert field_names(Closed) == ["a"]


FREE = {"meta": {"k": [1, {"z": None}]}, "anything": None, "noType": [1, "x"], "anyMap": {"z": True},
        "strMap": {"a": "b"}, "listMap": {"a": [1, 2], "b": []}}


def test_free_form_and_any(p31: Pkg) -> None:
    FreeForm = p31.get("FreeForm")
    roundtrip(FreeForm, FREE)
    for value in (None, 1, 2.5, "s", True, [1, "a"], {"a": {"b": []}}):
        assert same(roundtrip(FreeForm, {**FREE, "anything": value, "noType": value}).anything, value)
    rejects(p31, FreeForm, {**FREE, "meta": []}, "$.meta")
    rejects(p31, FreeForm, {**FREE, "meta": None}, "$.meta")
    rejects(p31, FreeForm, {"meta": {}}, "$.anything")
    rejects(p31, FreeForm, {**FREE, "strMap": {"a": 1}}, "$.strMap.a")
    rejects(p31, FreeForm, {**FREE, "listMap": {"a": [1, "x"]}}, "$.listMap.a[1]")


def test_free_form_and_any_hints_and_docs(p31: Pkg) -> None:
    FreeForm, Unset = p31.get("FreeForm"), p31.Unset
    h = hints(FreeForm)
    assert h["meta"] == dict[str, Any]
    assert h["anything"] is Any
    assert h["no_type"] in (Any, Union[Any, Unset])
    assert h["any_map"] == Union[dict[str, Any], Unset]
    assert h["str_map"] == Union[dict[str, str], Unset]
    assert h["list_map"] == Union[dict[str, list[int]], Unset]
    assert p31.type_cell("FreeForm", "meta") == "*Dict[str, Any]*"
    assert p31.type_cell("FreeForm", "anything") == "*Any*"
    assert p31.type_cell("FreeForm", "list_map") == "*Dict[str, List[int]]*"
    assert p31.rows("FreeForm")["no_type"][3] == "A property schema without any type."


# -- recursion --------------------------------------------------------------------------------------

NODE = {"value": 1, "children": [{"value": 2, "children": [{"value": 3, "children": []}, {"value": 4}]}],
        "parent": {"value": 0, "parent": None}}
TREE = {"label": "a", "forest": {"trees": [{"label": "b", "forest": {"trees": [{"label": "c"}, {}]}}]}}


def test_recursive_schema_three_levels(p31: Pkg) -> None:
    Node = p31.get("Node")
    obj = roundtrip(Node, NODE)
    leaf = obj.children[0].children[1]
    assert type(leaf) is Node and leaf.value == 4 and leaf.children is p31.UNSET
    assert obj.parent.parent is None
    bad = copy.deepcopy(NODE)
    bad["children"][0]["children"][1]["value"] = "four"
    rejects(p31, Node, bad, "$.children[0].children[1].value")
    bad = copy.deepcopy(NODE)
    bad["parent"]["parent"] = {"children": []}
    rejects(p31, Node, bad, "$.parent.parent.value")
    h = hints(Node)
    assert h["children"] == Union[list[Node], p31.Unset]
    assert h["parent"] == Union[Node, None, p31.Unset]
    assert p31.type_cell("Node", "children") == f"List[{model_link('Node')}]"


def test_mutually_recursive_schemas(p31: Pkg) -> None:
    Tree, Forest = p31.get("Tree"), p31.get("Forest")
    obj = roundtrip(Tree, TREE)
    assert type(obj.forest) is Forest and type(obj.forest.trees[0].forest.trees[1]) is Tree
    bad = copy.deepcopy(TREE)
    bad["forest"]["trees"][0]["forest"]["trees"][1]["label"] = 1
    rejects(p31, Tree, bad, "$.forest.trees[0].forest.trees[1].label")
    rejects(p31, Forest, {"trees": [{"forest": {}}]}, "$.trees[0].forest.trees")
    assert hints(Tree)["forest"] == Union[Forest, p31.Unset]
    assert hints(Forest)["trees"] == list[Tree]


def test_recursive_union_json_value(p31: Pkg) -> None:
    c = p31.pool()
    value = {"a": [1, "x", {"b": None, "c": 2.5}], "d": True, "e": {}}
    assert same(roundtrip(c.decode_json_value, value, c.encode_json_value), value)
    assert same(roundtrip(c.decode_json_value, [[["deep"]]], c.encode_json_value), [[["deep"]]])
    assert roundtrip(c.decode_json_value, False, c.encode_json_value) is False


# -- readOnly/writeOnly, default, example(s), deprecated, formats ------------------------------------

ACCOUNT = {"id": "3fa85f64-5717-4562-b3fc-2c963f66afa6", "password": "hunter2",
           "createdAt": "2024-06-01T12:00:00+00:00", "birthday": "2000-02-29", "email": "a@example.com",
           "bigNumber": 2**62, "smallNumber": -5, "ratio": 0.25, "avatar": "\x89PNG", "plan": "pro", "retries": 0,
           "legacyCode": "L1", "nickname": "Rex"}


def test_read_write_only_and_formats_round_trip(p31: Pkg) -> None:
    Account = p31.get("Account")
    obj = roundtrip(Account, ACCOUNT)
    assert obj.password == "hunter2" and obj.id == ACCOUNT["id"]
    assert obj.created_at == datetime(2024, 6, 1, 12, tzinfo=timezone.utc) and obj.created_at.tzinfo is not None
    assert type(obj.birthday) is date and obj.birthday == date(2000, 2, 29)
    assert obj.big_number == 2**62 and obj.avatar == "\x89PNG"
    minimal = {"id": "not-a-uuid", "createdAt": "2024-06-01T12:00:00.123456-02:30", "plan": "free"}
    obj = roundtrip(Account, minimal)  # formats other than date-time/date are not checked
    assert obj.created_at.utcoffset() == -timedelta(hours=2, minutes=30)
    z = Account.from_dict({**minimal, "createdAt": "2024-06-01T12:00:00Z"})
    assert datetime.fromisoformat(z.to_dict()["createdAt"]) == datetime(2024, 6, 1, 12, tzinfo=timezone.utc)


def test_formats_reject(p31: Pkg) -> None:
    Account = p31.get("Account")
    rejects(p31, Account, {**ACCOUNT, "createdAt": "2024-06-01T12:00:00"}, "$.createdAt")
    rejects(p31, Account, {**ACCOUNT, "createdAt": "2024-06-01"}, "$.createdAt")
    rejects(p31, Account, {**ACCOUNT, "birthday": "2001-02-29"}, "$.birthday")
    rejects(p31, Account, {**ACCOUNT, "birthday": "2000-02-29T00:00:00Z"}, "$.birthday")
    rejects(p31, Account, {**ACCOUNT, "id": 5}, "$.id")
    rejects(p31, Account, {**ACCOUNT, "email": None}, "$.email")
    rejects(p31, Account, {**ACCOUNT, "bigNumber": "9007199254740993"}, "$.bigNumber")
    rejects(p31, Account, {**ACCOUNT, "smallNumber": 1.5}, "$.smallNumber")
    rejects(p31, Account, {**ACCOUNT, "ratio": "0.25"}, "$.ratio")
    rejects(p31, Account, {**ACCOUNT, "avatar": [137]}, "$.avatar")


def test_formats_hints_and_docs(p31: Pkg) -> None:
    Account, Unset = p31.get("Account"), p31.Unset
    h = hints(Account)
    assert h["id"] is str and h["created_at"] is datetime and h["plan"] is str
    assert h["birthday"] == Union[date, Unset]
    assert h["password"] == h["email"] == h["avatar"] == h["nickname"] == Union[str, Unset]
    assert h["big_number"] == h["small_number"] == h["retries"] == Union[int, Unset]
    assert h["ratio"] == Union[float, Unset]
    assert p31.type_cell("Account", "created_at") == DATETIME_LINK
    assert p31.type_cell("Account", "birthday") == DATE_LINK
    assert p31.type_cell("Account", "id") == "*str*"
    assert p31.type_cell("Account", "big_number") == "*int*"
    assert p31.type_cell("Account", "avatar") == "*str*"


TIMES = {"at": "2024-06-01T12:00:00+00:00", "days": ["2024-01-01", "2024-02-29"],
         "byName": {"a": "2024-06-01T12:00:00.1234567+00:00"}}


def test_date_times_in_unions_lists_and_maps(p31: Pkg) -> None:
    Timestamps = p31.get("Timestamps")
    obj = roundtrip(Timestamps, TIMES)
    assert obj.at == datetime(2024, 6, 1, 12, tzinfo=timezone.utc) and obj.days[1] == date(2024, 2, 29)
    assert isinstance(obj.by_name["a"], datetime)
    assert roundtrip(Timestamps, {"at": 5}).at == 5
    rejects(p31, Timestamps, {"at": "noon"}, "$.at")
    rejects(p31, Timestamps, {**TIMES, "days": ["2024-01-01", "2024-13-01"]}, "$.days[1]")
    rejects(p31, Timestamps, {**TIMES, "byName": {"a": "2024-06-01 12:00"}}, "$.byName.a")


def test_date_time_finer_than_microseconds_in_a_union(p31: Pkg) -> None:
    """README: text finer than microseconds is kept and written back exactly, wherever the date-time is."""
    roundtrip(p31.get("Timestamps"), {"at": "2024-06-01T12:00:00.1234567+00:00"})


def test_date_times_hints(p31: Pkg) -> None:
    Timestamps, Unset = p31.get("Timestamps"), p31.Unset
    h = hints(Timestamps)
    assert h["at"] == Union[datetime, int]
    assert h["days"] == Union[list[date], Unset]
    assert h["by_name"] == Union[dict[str, datetime], Unset]
    assert p31.type_cell("Timestamps", "days") == f"List[{DATE_LINK}]"
    assert p31.type_cell("Timestamps", "by_name") == f"Dict[str, {DATETIME_LINK}]"


def test_default_is_not_filled_in(p31: Pkg) -> None:
    """`default` documents the server's behaviour; absent stays absent (UNSET) and is not written back."""
    Account = p31.get("Account")
    x = {"id": "i", "createdAt": "2024-06-01T12:00:00+00:00", "plan": "free"}
    obj = roundtrip(Account, x)
    assert obj.retries is p31.UNSET and "retries" not in obj.to_dict()
    rejects(p31, Account, {"id": "i", "createdAt": "2024-06-01T12:00:00+00:00"}, "$.plan")


def test_example_default_and_examples_on_page(p31: Pkg) -> None:
    """docs-and-naming.md: only required properties, plus optional ones with a spec example (`example` or
    `examples`); a required property without one takes its `default`."""
    page = p31.page("Account")
    block = BLOCK.findall(page)[0]
    assert 'id="3fa85f64-5717-4562-b3fc-2c963f66afa6"' in block  # example
    assert 'plan="free"' in block  # default of a required property
    assert 'email="a@example.com"' in block  # first of examples, optional property
    assert 'nickname="Rex"' in block  # example, optional property
    assert "created_at=datetime(" in block
    assert "retries=" not in block and "password=" not in block  # optional, no example
    scope: dict[str, Any] = {}
    exec(compile(block, "account.md", "exec"), scope)
    value = scope["value"]
    assert type(value).from_dict(value.to_dict()) == value
    assert value.to_dict()["email"] == "a@example.com"
    # an optional enum without example/examples stays out too (the reference's ModelParameters example is `{}`)
    assert "enum_null=" not in BLOCK.findall(p31.page("Nullables"))[0]


def test_deprecated_property_marked_in_docs_and_docstring(p31: Pkg) -> None:
    Account = p31.get("Account")
    doc = field_docs(Account).get("legacy_code", "")
    assert "deprecated" in doc.lower() and "The old code." in doc
    assert "deprecated" not in field_docs(Account).get("nickname", "").lower()
    row = p31.rows("Account")["legacy_code"]
    assert "~~" in row[0] or "deprecated" in row[3].lower()
    assert "~~" not in p31.rows("Account")["nickname"][0]


def test_deprecated_model_marked_in_docstring(p31: Pkg) -> None:
    OldThing = p31.get("OldThing")
    assert "Replaced by Account." in OldThing.__doc__ and "deprecated" in OldThing.__doc__.lower()
    assert "deprecated" not in p31.get("Account").__doc__.lower()
    source = inspect.getsource(sys.modules[p31.pool().decode_old_color.__module__])
    assert "deprecated" in source.lower()


def test_deprecated_model_marked_on_page(p31: Pkg) -> None:
    assert "deprecated" in p31.page("OldThing").lower()
    assert "deprecated" in p31.page("OldColor").lower()
    assert "deprecated" not in p31.page("Color").lower()


# -- property names ---------------------------------------------------------------------------------

NAMES_WIRE = ["class", "from", "import", "async", "None", "type", "id", "list", "print", "1st", "2nd-place",
              "kebab-case", "dotted.name", "slash/name", "$dollar", "my key", "größe", "名前", "fooBar", "foo_bar",
              "FooBar", "additional_properties", "to_dict", "from_dict", "self"]


def _names_instance() -> dict[str, Any]:
    return {w: (i if w in ("from", "id", "größe") else True if w == "import" else f"v{i}")
            for i, w in enumerate(NAMES_WIRE)}


def test_property_names_are_valid_unique_python_names(p31: Pkg) -> None:
    Names = p31.get("Names")
    py = field_names(Names)
    assert len(py) == len(set(py)) == len(NAMES_WIRE) + 1  # + the extras field
    for name in py:
        assert name.isidentifier() and not keyword.iskeyword(name), name
    mapping = dict(zip(NAMES_WIRE, py))
    assert mapping["class"] == "class_" and mapping["from"] == "from_" and mapping["import"] == "import_"
    assert len({mapping["fooBar"], mapping["foo_bar"], mapping["FooBar"]}) == 3
    assert callable(Names.from_dict) and callable(Names.to_dict)
    assert set(p31.rows("Names")) == set(py) - {py[-1]}


def test_property_names_preserved_on_the_wire(p31: Pkg) -> None:
    Names = p31.get("Names")
    x = _names_instance()
    obj = roundtrip(Names, x)
    assert sorted(obj.to_dict()) == sorted(NAMES_WIRE)  # byte-exact keys
    py = field_names(Names)
    extras = py[-1]  # the wire name "additional_properties" has that attribute: the extras field is renamed
    assert getattr(obj, extras) == {} and obj.additional_properties == x["additional_properties"]
    for (wire, value), attr in zip(x.items(), py):
        assert getattr(obj, attr) == value, (wire, attr)
    built = Names(**{attr: value for attr, value in zip(py, x.values())})
    assert same(built.to_dict(), x)
    extra = roundtrip(Names, {**x, "extra key": 1})
    assert getattr(extra, extras) == {"extra key": 1}


def test_property_names_error_paths(p31: Pkg) -> None:
    Names = p31.get("Names")
    x = _names_instance()
    rejects(p31, Names, {**x, "größe": "big"}, '$["größe"]')  # `.` for ASCII identifiers only
    rejects(p31, Names, {k: v for k, v in x.items() if k != "my key"}, '$["my key"]')
    rejects(p31, Names, {**x, "dotted.name": 1}, '$["dotted.name"]')
    rejects(p31, Names, {**x, "slash/name": 1}, '$["slash/name"]')
    rejects(p31, Names, {**x, "$dollar": 1}, '$["$dollar"]')
    rejects(p31, Names, {**x, "1st": 1}, '$["1st"]')
    rejects(p31, Names, {**x, "class": None}, "$.class")
    rejects(p31, Names, {**x, "名前": 1}, '$["名前"]')


AWKWARD = {"it's": 1, 'say "hi"': 2, "größe kg": 3}


@pytest.mark.parametrize("key", list(AWKWARD))
def test_awkward_keys_error_paths(p31: Pkg, key: str) -> None:
    """Quotes and non-ASCII in bracketed segments: one spelling (a JSON string) whether the key is missing or
    has the wrong type."""
    AwkwardKeys = p31.get("AwkwardKeys")
    roundtrip(AwkwardKeys, AWKWARD)
    expected = "$[" + json.dumps(key, ensure_ascii=False) + "]"
    rejects(p31, AwkwardKeys, {**AWKWARD, key: "x"}, expected)
    rejects(p31, AwkwardKeys, {k: v for k, v in AWKWARD.items() if k != key}, expected)


SHADOWING = {"str": "s", "int": 1, "float": 1.5, "bool": True, "date": "2024-01-02",
             "datetime": "2024-01-02T03:04:05+00:00", "Any": [1, None], "List": ["a"], "Dict": {"a": "b"},
             "Optional": None}


def test_names_of_builtins_and_typing_round_trip(p31: Pkg) -> None:
    ShadowingNames = p31.get("ShadowingNames")
    obj = roundtrip(ShadowingNames, SHADOWING)
    by_wire = dict(zip(SHADOWING, field_names(ShadowingNames)))
    assert type(getattr(obj, by_wire["date"])) is date and getattr(obj, by_wire["str"]) == "s"
    rejects(p31, ShadowingNames, {**SHADOWING, "date": "soon"}, "$.date")


def test_names_of_builtins_and_typing_constructor(p31: Pkg) -> None:
    """Building the model through `__init__` (as the docs examples do) with every field given or defaulted."""
    ShadowingNames = p31.get("ShadowingNames")
    by_wire = dict(zip(SHADOWING, field_names(ShadowingNames)))
    obj = ShadowingNames(**{by_wire["str"]: "s", by_wire["date"]: date(2024, 1, 2)})
    assert obj.to_dict() == {"str": "s", "date": "2024-01-02"}


def test_names_of_builtins_and_typing_hints(p31: Pkg) -> None:
    """A field named `str` or `date` must not shadow the type its own (or a later) annotation names."""
    ShadowingNames, Unset = p31.get("ShadowingNames"), p31.Unset
    h = hints(ShadowingNames)
    by_wire = dict(zip(SHADOWING, field_names(ShadowingNames)))
    assert h[by_wire["str"]] is str
    assert h[by_wire["date"]] is date
    assert h[by_wire["int"]] == Union[int, Unset]
    assert h[by_wire["datetime"]] == Union[datetime, Unset]
    assert h[by_wire["List"]] == Union[list[str], Unset]
    assert h[by_wire["Optional"]] == Union[str, None, Unset]


# -- whole packages: every class's hints, docs examples, mypy --strict ------------------------------


def test_type_hints_resolve_for_every_model(any_pkg: Pkg) -> None:
    failures = []
    for pool in ("components", "operations", "errors"):
        module = any_pkg.pool(pool)
        for name in module.__all__:
            obj = getattr(module, name)
            if isinstance(obj, type) and dataclasses.is_dataclass(obj):
                try:
                    hints(obj)
                except Exception as e:  # collect them all
                    failures.append(f"{pool}.{name}: {type(e).__name__}: {e}")
    assert failures == []


def test_docs_examples_run(any_pkg: Pkg) -> None:
    ran, failures = 0, []
    for path in any_pkg.pages():
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        assert text.endswith("\n") and not text.endswith("\n\n"), path
        for block in BLOCK.findall(text):
            try:
                exec(compile(block, path, "exec"), {})
                ran += 1
            except Exception as e:  # collect them all
                failures.append(f"{os.path.relpath(path, any_pkg.out)}: {type(e).__name__}: {e}")
    assert failures == []
    assert ran >= len(any_pkg.pages())


def test_mypy_strict(any_pkg: Pkg, tmp_path: Any) -> None:
    r = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir",
                        str(tmp_path / "mypy-cache"), "-p", any_pkg.name], cwd=any_pkg.out, capture_output=True,
                       text=True, env={k: v for k, v in os.environ.items() if k != "MYPYPATH"})
    assert r.returncode == 0, r.stdout + r.stderr
