"""The datamodel-code-generator (dcg) oracle for tests/test_differential_dcg.py and tests/test_corpus_dcg.py.

* `response_schemas()`: every 2xx response body with a named model type, with its self-contained JSON Schema.
* `dcg_models(schemas, workdir)`: runs dcg once over all the schemas (one JSON Schema document, one `$defs`
  entry per body) and imports the pydantic v2 models it writes; a body dcg cannot handle is reported, not fatal.
* `without_trivial_all_of(schema)`: an equivalent schema without the allOf forms dcg gets wrong.
* `dcg_accepts(model, instance)`: the oracle's verdict (strict validation of the JSON text).
* `json_schema_accepts(schema, instance)`: a plain JSON Schema validator's verdict, the referee used to tell
  which side of a disagreement is wrong.
* `mutations(instance)` / `pick`: schema-agnostic single-point mutations of a valid instance, and a sample.
* `schemas_at(schema, path)`: the schema nodes that may apply at a location (to classify a disagreement).
* `differential(...)`: the comparison itself, shared by test_differential_dcg.py (the reference spec) and
  test_corpus_dcg.py (the corpus specs): instances and their mutations go to both sides, and every
  disagreement must be one of LEGITIMATE_DIFFERENCES (`Disagreement`, `Legitimate`), else the run fails with
  a report naming the instance, the mutation, both verdicts and the referee's.
"""

from __future__ import annotations

import collections
import datetime
import functools
import importlib.util
import json
import os
import random
import re
import subprocess
import sys
from dataclasses import dataclass, field
from typing import Any, Callable, Optional
from unittest import mock

from hypothesis import given
from hypothesis import strategies as hst

import schema_tools as st
from generator.ir import Body
from generator.load import Documents
from oracle_tools import map_subschemas


def _pydantic_version() -> tuple[int, int]:
    from importlib.metadata import version

    major, minor = version("pydantic").split(".")[:2]
    return int(major), int(minor)


# Options of `datamodel-codegen` and why:
#   --use-missing-sentinel: an optional property becomes `T | MISSING = MISSING` instead of the default
#       `T | None = None`, so an explicit null is rejected unless the schema admits null (without it every
#       optional property would accept null, which JSON Schema does not). `pydantic.MISSING` needs pydantic
#       2.14 (--target-pydantic-version 2.14); 2.12 and 2.13 have it under pydantic.experimental.
#   --enum-field-as-literal all: enums become Literal[...] (strict mode would reject a str for an Enum class in
#       python mode; Literal compares values, as JSON Schema's `enum` does).
#   --disable-timestamp / --formatters builtin: reproducible and fast output (no black/isort subprocesses).
#   --target-python-version: the interpreter running the tests.
#   No --strict-types: strictness comes from validating with `strict=True` instead (see dcg_accepts).
DCG_OPTIONS = [
    "--input-file-type", "jsonschema",
    "--output-model-type", "pydantic_v2.BaseModel",
    "--use-missing-sentinel",
    "--target-pydantic-version", "2.14" if _pydantic_version() >= (2, 14) else "2.12",
    "--enum-field-as-literal", "all",
    "--disable-timestamp",
    "--formatters", "builtin",
    "--target-python-version", f"{sys.version_info[0]}.{sys.version_info[1]}",
]

ROOT_PREFIX = "DiffRoot"  # $defs key (and so class name) of body i: DiffRoot00, DiffRoot01, ...


def root_name(i: int) -> str:
    return f"{ROOT_PREFIX}{i:02d}"


@functools.lru_cache(maxsize=None)
def response_schemas() -> tuple[tuple[Body, dict[str, Any]], ...]:
    """(body, JSON Schema) for each 2xx response body, in spec order.

    `schema_tools.json_schema` parses the spec afresh on each call (~1 s here); one shared `Documents` makes the
    15 conversions take milliseconds and changes nothing else.
    """
    shared = Documents()
    with mock.patch.object(st, "Documents", lambda: shared):
        return tuple((b, st.json_schema(b.pointer)) for b in st.bodies("response"))


# ---------------------------------------------------------------------------------------------- dcg models


@dataclass
class DcgResult:
    models: dict[str, Any]  # root name -> pydantic model class
    failures: dict[str, str]  # root name -> why dcg (or importing its output) failed
    invocations: int


def _run_dcg(doc: dict[str, Any], workdir: str, stem: str) -> Any:
    """Write `doc`, run dcg on it, import the module it writes. Raises RuntimeError with dcg's stderr."""
    src = os.path.join(workdir, f"{stem}.json")
    out = os.path.join(workdir, f"{stem}.py")
    with open(src, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, indent=1)
    proc = subprocess.run(
        [sys.executable, "-m", "datamodel_code_generator", "--input", src, "--output", out, *DCG_OPTIONS],
        capture_output=True, text=True, timeout=300,
    )
    if proc.returncode != 0 or not os.path.exists(out):
        err = proc.stderr.strip().splitlines()
        raise RuntimeError(f"datamodel-codegen exit {proc.returncode}: {err[-1] if err else ''}")
    name = f"_dcg_oracle_{stem}_{os.getpid()}"
    spec = importlib.util.spec_from_file_location(name, out)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # pydantic resolves the postponed annotations through sys.modules
    try:
        spec.loader.exec_module(module)
    except Exception as e:  # noqa: BLE001 - any failure of dcg's output is a reason to skip
        del sys.modules[name]
        raise RuntimeError(f"dcg output does not import: {type(e).__name__}: {e}") from None
    return module


def without_trivial_all_of(schema: Any) -> Any:
    """The same schema for JSON Schema, in a form dcg models correctly: `{}` members of an allOf are dropped, and
    a schema that is only `{"allOf": [X]}` becomes X.

    dcg merges allOf members as object models: openai's `tool_choice: {allOf: [{$ref:
    AssistantsApiToolChoiceOption}, {nullable: true}]}` (3.1: `nullable` is no keyword, so the member is `{}`)
    becomes one BaseModel, and the string member of the option's oneOf ("auto") is lost, even with the `{}`
    member gone, as long as the oneOf stays inside an allOf. Every instance with a string tool_choice would be
    rejected by dcg (and no comparison on such a body would mean anything), so dcg and the referee get this form.
    """
    if not isinstance(schema, dict):
        return schema
    out = map_subschemas(schema, without_trivial_all_of)
    if isinstance(out.get("allOf"), list):
        members = [m for m in out["allOf"] if m != {}]
        if not members:
            del out["allOf"]
        elif len(members) == 1 and len(out) == 1:
            return members[0]
        else:
            out["allOf"] = members
    return out


def _document(defs: dict[str, Any]) -> dict[str, Any]:
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$defs": defs}


def dcg_models(schemas: dict[str, dict[str, Any]], workdir: str) -> DcgResult:
    """pydantic models for `schemas` (root name -> JSON Schema): one dcg run for all, one per body on failure."""
    try:
        module = _run_dcg(_document(schemas), workdir, "all")
    except RuntimeError:
        module = None
    if module is not None:
        models, failures = {}, {}
        for name in schemas:
            model = getattr(module, name, None)
            if model is None:
                failures[name] = "dcg wrote no class of that name"
            else:
                models[name] = model
        return DcgResult(models, failures, 1)
    models, failures = {}, {}
    for name, schema in schemas.items():  # find the bodies that break dcg and keep the others
        try:
            models[name] = getattr(_run_dcg(_document({name: schema}), workdir, name.lower()), name)
        except (RuntimeError, AttributeError) as e:
            failures[name] = str(e)
    return DcgResult(models, failures, 1 + len(schemas))


def dcg_accepts(model: Any, instance: Any) -> tuple[bool, str, tuple[Any, ...]]:
    """Validate the instance's JSON text in strict mode: JSON types are not coerced ("1" is no int, 1 is no
    str, 0/1 are no bool), but an int is a valid float and RFC 3339 text a valid datetime, as in JSON Schema.
    (Lax mode would coerce "1" -> 1 and 1 -> 1.0 -> ..., python-mode strict would reject every date-time string.)
    Returns (accepted, "loc: message" of pydantic's first error, its loc).
    """
    import pydantic

    try:
        model.model_validate_json(json.dumps(instance), strict=True)
    except pydantic.ValidationError as e:
        first = e.errors()[0]
        return False, f"{'.'.join(map(str, first['loc']))}: {first['msg']}", tuple(first["loc"])
    return True, "", ()


def instance_path(instance: Any, loc: tuple[Any, ...]) -> tuple[str | int, ...]:
    """pydantic's error `loc` as a path into `instance`: the steps that are keys or indexes there, in order
    (the others name union members, e.g. `str` or `literal['a']`, and are left out)."""
    path: list[str | int] = []
    node = instance
    for step in loc:
        if isinstance(node, dict) and isinstance(step, str) and step in node:
            node = node[step]
        elif isinstance(node, list) and isinstance(step, int) and 0 <= step < len(node):
            node = node[step]
        else:
            continue
        path.append(step)
    return tuple(path)


# ---------------------------------------------------------------------------------------------- referee

_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})", re.ASCII)


def is_rfc3339_date_time(value: Any) -> bool:
    """RFC 3339 section 5.6 `date-time` (a leap second :60 is not accepted)."""
    if not isinstance(value, str) or not _DATE_TIME.fullmatch(value):
        return False
    try:
        datetime.datetime.fromisoformat(value.upper().replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def is_rfc3339_date(value: Any) -> bool:
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value, re.ASCII):
        return False
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _checks(pred: Any) -> Any:
    return lambda value: not isinstance(value, str) or pred(value)


@functools.lru_cache(maxsize=None)
def _validator(schema_text: str) -> Any:
    import jsonschema

    checker = jsonschema.FormatChecker(formats=())
    checker.checks("date-time")(_checks(is_rfc3339_date_time))
    checker.checks("date")(_checks(is_rfc3339_date))
    return jsonschema.Draft202012Validator(json.loads(schema_text), format_checker=checker)


def json_schema_accepts(schema: dict[str, Any], instance: Any) -> bool:
    return _validator(json.dumps(schema, sort_keys=True)).is_valid(instance)


# ---------------------------------------------------------------------------------------------- mutations


_DELETE = object()
EXTRA_KEY = "zz_unknown_key"


@dataclass(frozen=True)
class Mutation:
    kind: str  # see mutations()
    path: tuple[str | int, ...]  # the location changed, as keys/indexes from the root
    new: Any  # its new value (_DELETE: the key is removed)

    @property
    def json_path(self) -> str:
        return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in self.path)

    def apply(self, root: Any) -> Any:
        """A copy of `root` with the change made (only the containers along the path are copied)."""
        return _apply(root, self.path, self.new) if self.path else self.new

    def describe(self) -> str:
        if self.new is _DELETE:
            return f"{self.kind} at {self.json_path}"
        return f"{self.kind} at {self.json_path} (now {json.dumps(self.new)[:80]})"


def _apply(node: Any, path: tuple[str | int, ...], new: Any) -> Any:
    head, rest = path[0], path[1:]
    copy = list(node) if isinstance(node, list) else dict(node)
    if not rest and new is _DELETE:
        del copy[head]  # type: ignore[arg-type]
    else:
        copy[head] = new if not rest else _apply(node[head], rest, new)  # type: ignore[index]
    return copy


def _other_values(value: Any) -> list[tuple[str, Any]]:
    """Replacements for one value: mostly of another JSON type, the confusions a validator gets wrong first."""
    if isinstance(value, bool):
        return [("bool->int", int(value)), ("bool->str", str(value).lower()), ("bool->flipped", not value)]
    if isinstance(value, int):
        return [("int->float", value + 0.5), ("int->integral-float", float(value)), ("int->str", str(value)),
                ("int->bool", True)]
    if isinstance(value, float):
        return [("float->str", repr(value)), ("float->bool", False)]
    if isinstance(value, str):
        out = [("str->int", 1), ("str->other", "\u00abnot-in-enum\u00bb"), ("str->list", [value])]
        if is_rfc3339_date_time(value):  # forms a date-time parser may be lenient about
            out += [
                ("date-time->naive", value[:19]),
                ("date-time->date", value[:10]),
                ("date-time->basic", value[:19].replace("-", "").replace(":", "") + "Z"),
                ("date-time->space", value[:10] + " " + value[11:]),
                ("date-time->unix", "1700000000"),
            ]
        return out
    if isinstance(value, list):
        return [("list->object", {}), ("list->str", "x")]
    if isinstance(value, dict):
        return [("object->list", [value] if value else []), ("object->str", "x")]
    return [("null->str", "x"), ("null->int", 0)]  # None


def mutations(instance: Any) -> list[Mutation]:
    """Every single-point mutation of `instance`:

    * `<json type>-><json type>`: a value replaced by one of another JSON type (wrong primitive type);
    * `str->other`: a string replaced by another string (out of enum, not a date-time);
    * `bool->flipped`, `int->integral-float` (3 -> 3.0): same JSON type or number, other value;
    * `date-time-><form>`: an RFC 3339 date-time rewritten in a form outside RFC 3339 (no offset, date only,
      ISO 8601 basic format, space separator, Unix time as a numeric string);
    * `->null`: a non-null value replaced by null (null where the schema may not admit it);
    * `delete`: one key removed from an object (a required key missing, or an optional one absent);
    * `extra`: one unknown key added to an object (additionalProperties).
    """
    out: list[Mutation] = []
    stack: list[tuple[tuple[str | int, ...], Any]] = [((), instance)]
    while stack:
        path, value = stack.pop()
        out += [Mutation(kind, path, new) for kind, new in _other_values(value)]
        if value is not None:
            out.append(Mutation("->null", path, None))
        if isinstance(value, dict):
            out += [Mutation("delete", path + (k,), _DELETE) for k in value]
            if EXTRA_KEY not in value:
                out.append(Mutation("extra", path + (EXTRA_KEY,), "x"))
            stack.extend((path + (k,), v) for k, v in reversed(list(value.items())))
        elif isinstance(value, list):
            stack.extend((path + (i,), v) for i, v in reversed(list(enumerate(value))))
    return out


def pick(found: list[Mutation], budget: int, rnd: Any) -> list[Mutation]:
    """Up to `budget` mutations, round-robin over the kinds (random within a kind), so rare kinds such as the
    date-time rewrites are tried on every instance that offers them."""
    by_kind: dict[str, list[Mutation]] = {}
    for m in found:
        by_kind.setdefault(m.kind, []).append(m)
    for group in by_kind.values():
        rnd.shuffle(group)
    out: list[Mutation] = []
    while len(out) < budget and any(by_kind.values()):
        for kind in sorted(by_kind):
            if by_kind[kind] and len(out) < budget:
                out.append(by_kind[kind].pop())
    return out


# ---------------------------------------------------------------------------------------------- schema walk


def _expand(schema: Any) -> list[dict[str, Any]]:
    """`schema` and, recursively, the members of its allOf/anyOf/oneOf: every node that applies in place."""
    if not isinstance(schema, dict):
        return []
    out = [schema]
    for key in ("allOf", "anyOf", "oneOf"):
        for member in schema.get(key, ()):
            out += _expand(member)
    return out


def schemas_at(schema: dict[str, Any], path: tuple[str | int, ...]) -> list[dict[str, Any]]:
    """Every schema node that may apply to the value at `path` (all union members, whichever matched)."""
    nodes = _expand(schema)
    for step in path:
        nxt: list[Any] = []
        for node in nodes:
            if isinstance(step, int):
                nxt.append(node.get("items"))
            elif step in node.get("properties", {}):
                nxt.append(node["properties"][step])
            else:
                nxt.append(node.get("additionalProperties"))
        nodes = [e for sub in nxt for e in _expand(sub)]
    return nodes


# ---------------------------------------------------------------------------------------------- disagreements


@dataclass
class Disagreement:
    body: str
    root: dict[str, Any]  # the body's schema (what dcg's model was made from)
    instance: Any  # what both were given
    mutation: Optional[Mutation]  # None: the valid instance as hypothesis-jsonschema made it
    ours: Optional[str]  # our ValidationError, None when we accepted
    dcg: Optional[str]  # pydantic's first error, None when dcg accepted
    schemas: list[dict[str, Any]] = field(default_factory=list)  # schema nodes at the mutated location
    dcg_path: tuple[str | int, ...] = ()  # where dcg's first error is (`instance_path`), when dcg rejects
    dcg_schemas: list[dict[str, Any]] = field(default_factory=list)  # schema nodes there

    @property
    def only_ours_accepts(self) -> bool:
        return self.ours is None and self.dcg is not None

    @property
    def only_dcg_accepts(self) -> bool:
        return self.dcg is None and self.ours is not None

    @property
    def value(self) -> Any:
        """The mutated value (the whole instance when nothing was mutated)."""
        if self.mutation is None:
            return self.instance
        node = self.instance
        for step in self.mutation.path:
            if isinstance(node, dict) and step not in node:
                return None  # a deleted key
            node = node[step]
        return node

    @property
    def dcg_value(self) -> Any:
        """The value dcg's first error is about."""
        node = self.instance
        for step in self.dcg_path:
            node = node[step]
        return node

    def has_date_time_schema(self) -> bool:
        return any(s.get("format") == "date-time" for s in self.schemas)


@dataclass(frozen=True)
class Legitimate:
    name: str
    why: str
    applies: Callable[[Disagreement], bool]


def _types(schema: dict[str, Any]) -> list[Any]:
    t = schema.get("type", [])
    return t if isinstance(t, list) else [t]


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    return type(value).__name__


def _equal_to_enum_value_of_other_type(d: Disagreement) -> bool:
    v = d.value
    for s in d.schemas:
        allowed = list(s.get("enum", [])) + ([s["const"]] if "const" in s else [])
        if any(v == e and _json_type(v) != _json_type(e) for e in allowed):
            return True
    return False


def _required_by_a_later_all_of_member(d: Disagreement) -> bool:
    """The deleted key is declared by an allOf member that does not require it and required by a later one."""
    assert d.mutation is not None
    key = d.mutation.path[-1]
    for node in schemas_at(d.root, d.mutation.path[:-1]):
        members = [m for m in node.get("allOf", ()) if isinstance(m, dict)]
        first = next((i for i, m in enumerate(members) if key in m.get("properties", {})), None)
        if first is not None and key not in members[first].get("required", ()):
            if any(key in m.get("required", ()) for m in members[first + 1 :]):
                return True
    return False


def _format_beside_union_with_plain_string(d: Disagreement) -> bool:
    def plain_string(s: dict[str, Any]) -> bool:
        return s.get("type") in ("string", ["string"], ["string", "null"]) and "format" not in s and "enum" not in s

    return any(
        "format" in s and any(plain_string(m) for m in s.get("anyOf", []) + s.get("oneOf", []))
        for s in d.schemas
    )


LEGITIMATE_DIFFERENCES: list[Legitimate] = [
    # Where `format: date-time` is written beside an anyOf whose other member is any string
    #   {"anyOf": [{"type": "string", "format": "date-time"}, {"type": "string"}], "format": "date-time"}
    # (CreateContact's created/updated), dcg types the whole property AwareDatetime: the format beside the
    # union swallows the plain-string member. Ours decodes the members as written: a datetime, else any
    # string. `format` is an annotation in JSON Schema unless a validator opts in, and the contract (section 3)
    # counts only type-level keywords; so a non-date string there is valid for us, and dcg is the stricter one.
    Legitimate(
        "format beside a union with a plain-string member",
        "dcg applies the outer format to the whole union; ours keeps the plain-string member",
        lambda d: d.only_ours_accepts and isinstance(d.value, str) and _format_beside_union_with_plain_string(d),
    ),
    # pydantic reads a numeric string as Unix time ("1700000000" -> 2023-11-14T22:13:20Z), even in strict
    # mode; neither RFC 3339 nor our decoder accept it.
    Legitimate(
        "numeric string read as Unix time",
        "pydantic's datetime accepts a number in a string as seconds since the epoch",
        lambda d: d.only_dcg_accepts
        and d.has_date_time_schema()
        and isinstance(d.value, str)
        and re.fullmatch(r"-?\d+(\.\d+)?", d.value) is not None,
    ),
    # pydantic checks a Literal by equality, and in Python 0 == False, 1 == True: the model dcg writes for
    # {"type": "boolean", "enum": [false]} (Deployments' tools[].function.parameters.additionalProperties is
    # Literal[False]) accepts 0 and 0.0, even in strict mode. JSON Schema's enum compares JSON values (0 is not
    # false); ours compares type and value and rejects.
    # JSON Schema's `integer` is any number with a zero fractional part, so 3.0 is an integer; ours accepts it
    # (and decodes 3), strict pydantic wants a JSON integer literal.
    # pydantic's datetime parser also takes forms outside RFC 3339 (a space instead of "T", offsets such as
    # "+0100"); ours follows RFC 3339 as JSON Schema's date-time format does and rejects them.
    Legitimate(
        "date-time text outside RFC 3339 that pydantic accepts",
        "pydantic is lenient about the separator and offset forms; ours requires RFC 3339",
        lambda d: d.only_dcg_accepts
        and d.has_date_time_schema()
        and isinstance(d.value, str)
        and not is_rfc3339_date_time(d.value),
    ),
    Legitimate(
        "integral float for an integer",
        "JSON Schema and ours accept 3.0 as an integer; strict pydantic rejects it",
        lambda d: d.only_ours_accepts
        and isinstance(d.value, float)
        and d.value.is_integer()
        and any("integer" in _types(s) for s in d.schemas),
    ),
    # `required` names with no property schema (DeploymentInvoke's event-stream body lists the fields of
    # `data` at the top level): JSON Schema requires them, so does ours; dcg only knows required *properties*.
    Legitimate(
        "required name without a property schema",
        "JSON Schema and ours enforce every name in `required`; dcg drops names that have no property",
        lambda d: d.only_dcg_accepts
        and d.mutation is not None
        and d.mutation.kind == "delete"
        and not d.schemas
        and "required property is missing" in (d.ours or ""),
    ),
    # dcg merges the members of an allOf into one model, taking each property's first declaration: where an
    # earlier member declares a property without requiring it and a later member requires it, the field stays
    # optional (dcg warns "Field name `client_id` is duplicated"). github's AppsCreateFromManifest body is
    # allOf [integration (client_id, client_secret, pem, webhook_secret optional), {the same four, required}];
    # openai's function_call_output item is allOf [FunctionCallOutput (status optional), {id, status required}].
    # JSON Schema requires every member's `required`: the referee rejects the instance without the key, as ours
    # does (checked in the predicate); dcg is wrong.
    Legitimate(
        "required by a later allOf member, optional in dcg's merged model",
        "dcg keeps the first allOf member's optional declaration of a property a later member requires",
        lambda d: d.only_dcg_accepts
        and d.mutation is not None
        and d.mutation.kind == "delete"
        and _required_by_a_later_all_of_member(d)
        and not json_schema_accepts(d.root, d.instance),
    ),
    # A nullable object ({"type": ["object", "null"], "properties": ...}): given many bodies in one document,
    # dcg can reuse the model it made for a non-nullable occurrence of the same object, e.g. github's
    # PullsListRequestedReviewers `users: list[User23]` where the items are simple-user (`nullable: true`); the
    # same body alone gives `list[User | None]`. null is valid there: the referee accepts the instance, as ours
    # does (checked in the predicate); dcg is wrong.
    Legitimate(
        "null for a nullable object, non-nullable in dcg's model",
        "dcg reuses a non-nullable model of the same object for a nullable occurrence",
        lambda d: d.only_ours_accepts
        and d.dcg_value is None
        and "Input should be an object" in (d.dcg or "")
        and any({"object", "null"} <= set(_types(s)) for s in d.dcg_schemas)
        and json_schema_accepts(d.root, d.instance),
    ),
    Legitimate(
        "Literal compared by Python equality",
        "pydantic's Literal[False] accepts 0, Literal[1] accepts true: equal in Python, not in JSON",
        lambda d: d.only_dcg_accepts
        and isinstance(d.value, (bool, int, float))
        and _equal_to_enum_value_of_other_type(d),
    ),
]


# ---------------------------------------------------------------------------------------------- the differential


def short(value: Any, limit: int = 600) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def report(schema: dict[str, Any], found: list[Disagreement]) -> str:
    lines = [f"{found[0].body}: ours and datamodel-code-generator disagree, not covered by LEGITIMATE_DIFFERENCES:"]
    for d in found:
        what = d.mutation.describe() if d.mutation else "valid instance from hypothesis-jsonschema"
        referee = "accepts" if json_schema_accepts(schema, d.instance) else "rejects"
        lines += [
            f"* {what}",
            f"  ours: {'accepts' if d.ours is None else 'rejects: ' + d.ours}",
            f"  dcg:  {'accepts' if d.dcg is None else 'rejects: ' + d.dcg}",
            f"  JSON Schema validator: {referee}",
            *([f"  schema there: {short(d.schemas, 400)}"] if d.mutation else []),
            f"  instance: {short(d.instance)}",
        ]
    return "\n".join(lines)


def differential(
    label: str,
    schema: dict[str, Any],
    model: Any,
    decode: Callable[[Any], Any],
    error: type[Exception],
    instances: Any,
    hypothesis_settings: Any,
    mutations_per_instance: int,
    legitimate: list[Legitimate] = LEGITIMATE_DIFFERENCES,
) -> collections.Counter[str]:
    """Run the differential on one body; returns the counts (instances, both accept/reject, legitimate: <name>).

    `schema` is what dcg made `model` from (and what the referee validates with); `decode` is our decoder,
    rejecting means raising `error` (the generated package's ValidationError: anything else fails at once);
    `instances` is a hypothesis strategy of valid instances, run under `hypothesis_settings` (a
    `hypothesis.settings`). Each instance goes to both sides, with up to `mutations_per_instance` of its
    mutations (round-robin over the kinds, from one drawn seed). A disagreement that no entry of
    `legitimate` explains fails the run with `report`.
    """
    counts: collections.Counter[str] = collections.Counter()

    def ours(instance: Any, what: str) -> Optional[str]:
        """None when our decoder accepts `instance`, else its ValidationError."""
        try:
            decode(instance)
        except error as e:
            return str(e)
        except Exception as e:  # noqa: BLE001 - the contract: from_dict raises ValidationError and nothing else
            raise AssertionError(
                f"{label}: decode raised {type(e).__name__}, not ValidationError: {e}\n{what}\n"
                f"instance: {short(instance)}"
            ) from e
        return None

    def compare(instance: Any, mutation: Optional[Mutation]) -> Optional[Disagreement]:
        mine = ours(instance, mutation.describe() if mutation else "valid instance")
        accepted, why, loc = dcg_accepts(model, instance)
        theirs = None if accepted else why
        if (mine is None) == (theirs is None):
            counts["both accept" if mine is None else "both reject"] += 1
            return None
        d = Disagreement(label, schema, instance, mutation, mine, theirs)
        if mutation is not None:
            d.schemas = schemas_at(schema, mutation.path)
        if not accepted:
            d.dcg_path = instance_path(instance, loc)
            d.dcg_schemas = schemas_at(schema, d.dcg_path)
        for legit in legitimate:
            if legit.applies(d):
                counts[f"legitimate: {legit.name}"] += 1
                return None
        return d

    @hypothesis_settings
    @given(instance=instances, seed=hst.integers(0, 2**32 - 1))
    def check(instance: Any, seed: int) -> None:
        counts["instances"] += 1
        found = [compare(instance, None)]
        # which mutations: from one drawn seed (a HypothesisRandom would draw once per element shuffled)
        for m in pick(mutations(instance), mutations_per_instance, random.Random(seed)):
            found.append(compare(m.apply(instance), m))
        unexplained = [d for d in found if d is not None]
        if unexplained:
            raise AssertionError(report(schema, unexplained))

    check()
    return counts
