"""The JSON Schema oracle shared by the round-trip tests (test_roundtrip.py, test_corpus_oracle.py).

Nothing here knows which generated package is under test: decoders, validators and the package's
`ValidationError` class are passed in.

* schemas: `bounded` (for generation), `first_match_semantics` and `type_level` (for the validator);
* the validator: `Oracle` (JSON Schema 2020-12) with `FORMATS` (RFC 3339 date-time and date only);
* comparison: `canon` (date-times as instants, booleans apart from numbers);
* JSON paths: `jpath`, `is_within`, `get_at`, `set_at`;
* mutations: `mutation_sites` walks an instance with its schema and proposes one-location breakages
  (`Site`), `mutate` applies one, `check_mutation` asserts the decoder rejects it at the right path;
* fuzzing: `json_values` and `shaped` (values that mostly follow a schema but are wrong somewhere).
"""

from __future__ import annotations

import copy
import json
import re
from datetime import date, datetime, timedelta
from typing import Any, Callable, NamedTuple, Optional

import jsonschema
import pytest
from hypothesis import strategies as st

EXTRA_PROPERTIES = 3  # generation only: at most this many keys beyond the required ones per object
MAX_ITEMS = 3  # generation only: at most this many items per array


# --------------------------------------------------------------------------------------------------
# schemas
# --------------------------------------------------------------------------------------------------


def map_subschemas(schema: dict[str, Any], f: Callable[[Any], Any]) -> dict[str, Any]:
    """A copy of `schema` with `f` applied to each direct subschema (other keywords, e.g. enum, left as they are)."""
    out: dict[str, Any] = {}
    for k, v in schema.items():
        if k == "properties" and isinstance(v, dict):  # a map of names: "format" may be a property name
            out[k] = {name: f(sub) for name, sub in v.items()}
        elif k in ("allOf", "anyOf", "oneOf") and isinstance(v, list):
            out[k] = [f(sub) for sub in v]
        elif k in ("items", "additionalProperties", "not") and isinstance(v, dict):
            out[k] = f(v)
        else:
            out[k] = v
    return out


def schema_types(schema: dict[str, Any]) -> list[Any]:
    t = schema.get("type", [])
    return t if isinstance(t, list) else [t]


def bounded(schema: Any, extra_properties: int = EXTRA_PROPERTIES, max_items: int = MAX_ITEMS) -> Any:
    """The schema with `maxProperties`/`maxItems` added, for generation only.

    Every instance of the bounded schema is an instance of the original. Left alone, hypothesis-jsonschema
    averages five keys beyond the required ones per object (optional properties and random extras) and
    rebuilds strategies for each key drawn, which made the generated test 3-4x slower for no extra coverage.

    The bound goes on the schema of each instance location only, never on its allOf/anyOf/oneOf members (a
    member's bound would also count the keys other members require), and it counts the keys every member may
    require.
    """
    return _bounded(schema, extra_properties, max_items, False)


def _bounded(schema: Any, extra: int, max_items: int, member: bool) -> Any:
    if not isinstance(schema, dict):
        return schema
    out: dict[str, Any] = {}
    for k, v in schema.items():
        if k == "properties" and isinstance(v, dict):
            out[k] = {name: _bounded(sub, extra, max_items, False) for name, sub in v.items()}
        elif k in ("allOf", "anyOf", "oneOf") and isinstance(v, list):
            out[k] = [_bounded(sub, extra, max_items, True) for sub in v]
        elif k in ("items", "additionalProperties", "not") and isinstance(v, dict):
            out[k] = _bounded(v, extra, max_items, False)
        else:
            out[k] = v
    if not member and _objectish(schema):
        limit = min(len(_required_keys(schema)) + extra, schema.get("maxProperties", float("inf")))
        out["maxProperties"] = max(limit, schema.get("minProperties", 0))
    if "items" in schema:
        limit = min(max_items, schema.get("maxItems", float("inf")))
        out["maxItems"] = max(limit, schema.get("minItems", 0))
    return out


def _members(schema: dict[str, Any]) -> list[Any]:
    return [m for k in ("allOf", "anyOf", "oneOf") for m in schema.get(k, ()) if isinstance(m, dict)]


def _objectish(schema: dict[str, Any]) -> bool:
    return "properties" in schema or "object" in schema_types(schema) or any(_objectish(m) for m in _members(schema))


def _required_keys(schema: dict[str, Any]) -> set[str]:
    keys = set(schema.get("required", ()))
    for m in _members(schema):
        keys |= _required_keys(m)
    return keys


def first_match_semantics(schema: Any) -> Any:
    """The schema as the oracle reads it.

    * oneOf -> anyOf: the generated decoders take the first member that validates (contract, section 3).
    * `format: date-time`/`date` is asserted only next to `type: string`, where it makes the decoded value a
      datetime/date (so a non-date string cannot be decoded); elsewhere (e.g. beside an `anyOf` whose other
      member is a plain string) it stays an annotation, as JSON Schema 2020-12 has it by default.
    """
    if not isinstance(schema, dict):
        return schema
    out = map_subschemas(schema, first_match_semantics)
    if "oneOf" in out:
        members = out.pop("oneOf")
        if "anyOf" in out:  # both: keep them as two conditions
            out["allOf"] = out.get("allOf", []) + [{"anyOf": members}]
        else:
            out["anyOf"] = members
    if "string" not in schema_types(schema):
        out.pop("format", None)
    return out


def implied_types(schema: Any) -> Any:
    """The schema with the generator's reading of untyped schemas made explicit, recursively.

    A schema without `type` (and without allOf/anyOf/oneOf/enum/const) that has `properties` or
    `additionalProperties` is decoded as an object, one with `items` as an array (generator/shapes.py); plain
    JSON Schema would accept any other JSON type there. Applied to the schema the corpus test generates from and
    validates with; see the report of issue 3 for the open question whether the contract should say so.
    """
    if not isinstance(schema, dict):
        return schema
    out = map_subschemas(schema, implied_types)
    if "type" not in out and not any(k in out for k in ("allOf", "anyOf", "oneOf", "enum", "const", "$ref")):
        if "properties" in out or "additionalProperties" in out:
            out["type"] = "object"
        elif "items" in out:
            out["type"] = "array"
    return out


# The keywords the contract (section 3) makes the decoders check; `format` is kept for date-time/date only
# (schema_tools.json_schema drops every other format).
TYPE_LEVEL = frozenset(
    {"type", "required", "properties", "items", "additionalProperties", "enum", "const", "allOf", "anyOf", "oneOf",
     "format"}
)


def type_level(schema: Any) -> Any:
    """Only the type-level keywords of `schema`, recursively: what accept/reject is compared on.

    Value-level keywords (minimum, pattern, minLength, maxItems, ...) and ones the generator ignores with a
    warning (not, patternProperties, ...) are dropped; so are 2019-09 `$recursiveRef`s (the generator types
    them as any value). `items` as a list (the old tuple form) becomes "any array".
    """
    if isinstance(schema, bool) or not isinstance(schema, dict):
        return schema
    out: dict[str, Any] = {}
    for k, v in schema.items():
        if k not in TYPE_LEVEL:
            continue
        if k == "properties" and isinstance(v, dict):
            out[k] = {name: type_level(sub) for name, sub in v.items()}
        elif k in ("allOf", "anyOf", "oneOf") and isinstance(v, list):
            out[k] = [type_level(sub) for sub in v]
        elif k == "items":
            if isinstance(v, (dict, bool)):
                out[k] = type_level(v)
        elif k == "additionalProperties":
            out[k] = type_level(v) if isinstance(v, (dict, bool)) else v
        else:
            out[k] = v
    return out


# --------------------------------------------------------------------------------------------------
# the validator: JSON Schema 2020-12 (OpenAPI 3.1's dialect), RFC 3339 date-time/date formats
# --------------------------------------------------------------------------------------------------

RFC3339_DATE_TIME = re.compile(
    r"(\d{4}-\d{2}-\d{2})[Tt](\d{2}:\d{2}:\d{2})(?:\.(\d+))?([Zz]|[+-]\d{2}:\d{2})\Z", re.ASCII
)
RFC3339_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z", re.ASCII)

FORMATS = jsonschema.FormatChecker(formats=())


@FORMATS.checks("date-time")
def is_date_time(value: Any) -> bool:
    return not isinstance(value, str) or instant(value) is not None


@FORMATS.checks("date")
def is_date(value: Any) -> bool:
    if not isinstance(value, str):
        return True
    if not RFC3339_DATE.match(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def instant(text: str) -> Optional[tuple[timedelta, str]]:
    """An RFC 3339 date-time as (UTC offset from year 1, fractional-second digits), at full precision."""
    m = RFC3339_DATE_TIME.match(text)
    if not m:
        return None
    try:
        local = datetime.fromisoformat(f"{m[1]}T{m[2]}")
    except ValueError:
        return None
    offset = timedelta(0)
    if m[4] not in ("Z", "z"):
        sign = -1 if m[4][0] == "-" else 1
        offset = sign * timedelta(hours=int(m[4][1:3]), minutes=int(m[4][4:6]))
    return (local - datetime.min) - offset, (m[3] or "").rstrip("0")


# e.g. 1.0 is an integer and True is not a number
Oracle = jsonschema.Draft202012Validator


def oracle(schema: Any) -> Any:
    """A validator for `schema` read with first-match union semantics and the RFC 3339 formats."""
    return Oracle(first_match_semantics(schema), format_checker=FORMATS)


_member_validators: dict[int, tuple[Any, Any]] = {}


def member_valid(member: Any, instance: Any) -> bool:
    entry = _member_validators.get(id(member))
    if entry is None or entry[0] is not member:
        entry = (member, oracle(member))
        _member_validators[id(member)] = entry
    return entry[1].is_valid(instance)


# --------------------------------------------------------------------------------------------------
# comparison and JSON paths
# --------------------------------------------------------------------------------------------------


def canon(value: Any) -> Any:
    """JSON value -> comparable form: date-times as instants, dates as dates, numbers tagged by JSON type."""
    if isinstance(value, dict):
        return {k: canon(x) for k, x in value.items()}
    if isinstance(value, list):
        return [canon(x) for x in value]
    if isinstance(value, str):
        moment = instant(value)
        if moment is not None:
            return ("date-time", moment)
        if RFC3339_DATE.match(value):
            try:
                return ("date", date.fromisoformat(value))
            except ValueError:
                return value
        return value
    if isinstance(value, bool):
        return ("bool", value)
    if isinstance(value, (int, float)):
        return ("number", value)  # 3 == 3.0
    return value


def segment(key: Any) -> str:
    if isinstance(key, int):
        return f"[{key}]"
    return "." + key if key.isascii() and key.isidentifier() else "[" + json.dumps(key, ensure_ascii=False) + "]"


def jpath(loc: tuple) -> str:
    return "$" + "".join(segment(k) for k in loc)


_DECODER = json.JSONDecoder()
_NAME = re.compile(r"\.([^.\[]+)")
_INDEX = re.compile(r"\[(\d+)\]")


def path_segments(path: str) -> Optional[tuple]:
    """`$.a[0]["b c"]` -> ("a", 0, "b c"); None if `path` is not such a JSON path.

    Bracketed keys are JSON strings, so the same key may be written with or without `\\u` escapes.
    """
    if not isinstance(path, str) or not path.startswith("$"):
        return None
    out: list[Any] = []
    i = 1
    while i < len(path):
        m = _NAME.match(path, i) or _INDEX.match(path, i)
        if m and m.group(0)[0] == ".":
            out.append(m[1])
        elif m:
            out.append(int(m[1]))
        elif path.startswith('["', i):
            try:
                key, end = _DECODER.raw_decode(path, i + 1)
            except ValueError:
                return None
            if not path.startswith("]", end):
                return None
            out.append(key)
            i = end + 1
            continue
        else:
            return None
        i = m.end()
    return tuple(out)


def same_path(path: str, expected: str) -> bool:
    """The two JSON paths name the same location (however their bracketed keys are escaped)."""
    return path == expected or (path_segments(path) is not None and path_segments(path) == path_segments(expected))


def is_within(path: str, outer: str) -> bool:
    """`path` is `outer` or lies below it (segment-wise, so `$.ab` is not within `$.a`)."""
    if path == outer or path.startswith(outer + ".") or path.startswith(outer + "["):
        return True
    inner, prefix = path_segments(path), path_segments(outer)
    return inner is not None and prefix is not None and inner[: len(prefix)] == prefix


def set_at(doc: Any, loc: tuple, value: Any) -> None:
    for k in loc[:-1]:
        doc = doc[k]
    doc[loc[-1]] = value


def get_at(doc: Any, loc: tuple) -> Any:
    for k in loc:
        doc = doc[k]
    return doc


def round_trip(label: str, decode: Callable[[Any], Any], encode: Callable[[Any], Any], x: Any) -> Any:
    """Decode then encode `x`; assert the same JSON value comes back (see `canon`). Returns the decoded object."""
    obj = decode(copy.deepcopy(x))
    y = encode(obj)
    assert canon(y) == canon(x), f"{label}: decode/encode changed the value\n in: {x!r}\nout: {y!r}"
    json.dumps(y)  # JSON-ready builtins only
    return obj


def expect_error(decode: Callable[[Any], Any], data: Any, error: type[Exception]) -> Any:
    """`decode(data)` raises `error` (the package's ValidationError) whose message starts with its path."""
    with pytest.raises(error) as info:
        decode(data)
    e = info.value
    assert isinstance(e, ValueError)
    assert str(e).startswith(e.path + ": "), f"message {str(e)!r} does not start with the path {e.path!r}"
    return e


# --------------------------------------------------------------------------------------------------
# one-location mutations
# --------------------------------------------------------------------------------------------------


class Site(NamedTuple):
    """One way to break an instance: replace the value at `loc` (or delete key `loc[-1]`)."""

    kind: str  # "delete" or the name of the replacement
    loc: tuple  # location of the value replaced / of the key deleted
    union: Optional[str]  # JSON path of the outermost union whose member encloses `loc`, if any

    @property
    def path(self) -> str:
        return jpath(self.loc)

    @property
    def ambiguous(self) -> bool:
        # Inside a union member the decoder reports the member error that got deepest, which need not be
        # the member we broke (or the location we broke), so only "somewhere inside the union" is certain.
        return self.union is not None and self.path != self.union


EXTRA_KEY = "__not_a_declared_property__"

REPLACEMENTS: dict[str, Any] = {
    "int-for-string": 12345,
    "bool-for-number": True,
    "int-for-bool": 1,
    "null": None,
    "list-for-object": [],
    "string-for-list": "not a list",
    "int-for-null": 12345,
    "out-of-enum": "__not_an_enum_member__",
    # extended kinds (mutation_sites(..., extended=True))
    "extra-key": "extra value",  # added as EXTRA_KEY to an object whose schema says additionalProperties: false
    "int-out-of-enum": -987654321,  # an integer enum/const value replaced by an integer outside it
}


def mutation_sites(
    instance: Any, schema: Any, loc: tuple = (), union: Optional[str] = None, extended: bool = False
) -> list[Site]:
    """Every location of `instance` under a non-trivial schema, with the mutations that apply there.

    Whether a mutation really makes the instance invalid is left to the JSON Schema validator (the caller
    drops mutations it still accepts), so this may over-propose. `extended` also proposes adding an
    undeclared key to objects whose schema has `additionalProperties: false` (path: that key), and values
    outside an integer enum and outside a `const`.
    """
    out: list[Site] = []
    _walk(instance, schema, loc, union, out, True, extended)
    seen, unique = set(), []
    for s in out:  # the same location can be reached through several allOf members
        if (s.kind, s.loc) not in seen:
            seen.add((s.kind, s.loc))
            unique.append(s)
    return unique


def _walk(x: Any, schema: Any, loc: tuple, union: Optional[str], out: list[Site], replace: bool,
          extended: bool = False) -> None:
    if not isinstance(schema, dict) or not schema:
        return  # `{}` (free-form or a recursive reference cut by json_schema): anything goes
    if replace:
        if type(x) is str:
            out.append(Site("int-for-string", loc, union))
        if type(x) in (int, float):
            out.append(Site("bool-for-number", loc, union))
        if type(x) is bool:
            out.append(Site("int-for-bool", loc, union))
        if type(x) is dict:
            out.append(Site("list-for-object", loc, union))
        if type(x) is list:
            out.append(Site("string-for-list", loc, union))
        out.append(Site("int-for-null" if x is None else "null", loc, union))
    if "enum" in schema and type(x) is str:
        out.append(Site("out-of-enum", loc, union))
    if extended and "const" in schema and type(x) is str:
        out.append(Site("out-of-enum", loc, union))
    if extended and ("enum" in schema or "const" in schema) and type(x) is int:
        out.append(Site("int-out-of-enum", loc, union))
    for member in schema.get("allOf", ()):
        _walk(x, member, loc, union, out, False, extended)
    for key in ("anyOf", "oneOf"):
        members = schema.get(key)
        if not members:
            continue
        chosen = next((m for m in members if member_valid(m, x)), None)
        if chosen is None:
            continue
        real = [m for m in members if m != {"type": "null"}]
        # `anyOf: [X, null]` is how 3.0 nullable composites come out: a nullable X, not a union
        inner = union if len(real) == 1 else (union if union is not None else jpath(loc))
        _walk(x, chosen, loc, inner, out, False, extended)
    if type(x) is dict:
        props = schema.get("properties", {})
        extra = schema.get("additionalProperties", {})
        if extended and extra is False and EXTRA_KEY not in x:
            out.append(Site("extra-key", loc + (EXTRA_KEY,), union))
        for k in schema.get("required", ()):
            if k in x:
                out.append(Site("delete", loc + (k,), union))
        for k, v in x.items():
            sub = props[k] if k in props else (extra if isinstance(extra, dict) else {})
            _walk(v, sub, loc + (k,), union, out, True, extended)
    elif type(x) is list and isinstance(schema.get("items"), dict):
        for i, v in enumerate(x):
            _walk(v, schema["items"], loc + (i,), union, out, True, extended)


def mutate(instance: Any, site: Site) -> Any:
    broken = copy.deepcopy(instance)
    if site.kind == "delete":
        del get_at(broken, site.loc[:-1])[site.loc[-1]]
    elif site.loc:
        set_at(broken, site.loc, REPLACEMENTS[site.kind])
    else:
        broken = REPLACEMENTS[site.kind]
    return broken


def check_mutation(
    label: str, validator: Any, decode: Callable[[Any], Any], error: type[Exception], instance: Any, site: Site
) -> bool:
    """Assert `decode` rejects the broken instance with `error` at the right path.

    False if the mutation was benign (the validator still accepts the broken instance).
    """
    broken = mutate(instance, site)
    if validator.is_valid(broken):
        return False  # e.g. a string replaced by an int where the schema allows both
    try:
        decode(broken)
    except error as e:
        path = getattr(e, "path", None)
        assert str(e).startswith(f"{path}: "), f"{label}: message {str(e)!r} does not start with its path {path!r}"
        if site.ambiguous:
            assert is_within(path, site.union), (
                f"{label}: {site.kind} at {site.path} (inside the union at {site.union}) reported at {path}"
                f" ({e})\nbroken instance: {broken!r}"
            )
        else:
            assert same_path(
                path, site.path
            ), f"{label}: {site.kind} at {site.path} reported at {path} ({e})\nbroken instance: {broken!r}"
        return True
    except Exception as e:  # noqa: BLE001 - anything but ValidationError is a contract violation
        raise AssertionError(
            f"{label}: {site.kind} at {site.path} raised {type(e).__name__}: {e}\nbroken: {broken!r}"
        ) from e
    raise AssertionError(
        f"{label}: {site.kind} at {site.path} was accepted, but the schema rejects it"
        f" ({next(iter(validator.iter_errors(broken))).message})\nbroken: {broken!r}"
    )


# --------------------------------------------------------------------------------------------------
# fuzzing: near-valid values that reach every decoder
# --------------------------------------------------------------------------------------------------

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**64), 2**64)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=6),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=8,
)
DATE_TIMES = ["2024-06-01T12:34:56Z", "2024-06-01T12:34:56.25+02:00", "1999-12-31t23:59:59z", "not a date"]


@st.composite
def shaped(draw: Any, schema: Any, depth: int = 0) -> Any:
    """Values that mostly follow `schema` but are wrong somewhere (often deep inside): reaches every decoder."""
    if not isinstance(schema, dict) or not schema or depth > 8 or draw(st.integers(0, 11)) == 0:
        return draw(json_values)
    for key in ("anyOf", "oneOf", "allOf"):
        if schema.get(key):
            return draw(shaped(draw(st.sampled_from(schema[key])), depth + 1))
    if "enum" in schema:
        return draw(st.sampled_from(list(schema["enum"]) + ["__not_an_enum_member__"]))
    types = schema.get("type", "object" if "properties" in schema else None)
    types = types if isinstance(types, list) else [types]
    t = draw(st.sampled_from(types))
    if t == "object":
        props = schema.get("properties", {})
        required = set(schema.get("required", ()))
        out = {}
        for k, sub in props.items():
            keep = draw(st.integers(0, 24)) != 0 if k in required else draw(st.booleans())
            if keep:
                out[k] = draw(shaped(sub, depth + 1))
        if draw(st.integers(0, 3)) == 0:
            out.update(draw(st.dictionaries(st.text(max_size=4), json_values, max_size=2)))
        return out
    if t == "array":
        return draw(st.lists(shaped(schema.get("items", {}), depth + 1), max_size=3))
    if t == "string":
        if schema.get("format") in ("date-time", "date"):
            return draw(st.sampled_from(DATE_TIMES))
        return draw(st.text(max_size=6))
    if t == "number":
        return draw(st.integers(-1000, 1000) | st.floats(allow_nan=False, allow_infinity=False))
    if t == "integer":
        return draw(st.integers(-1000, 1000) | st.integers(-1000, 1000).map(float) | st.floats(-10, 10))
    if t == "boolean":
        return draw(st.booleans())
    if t == "null":
        return None
    return draw(json_values)
