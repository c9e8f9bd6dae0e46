"""The datamodel-code-generator (dcg) oracle for tests/test_differential_dcg.py.

* `response_schemas()`: every 2xx response body with a named model type, with its self-contained JSON Schema.
* `dcg_models(schemas, workdir)`: runs dcg once over all the schemas (one JSON Schema document, one `$defs`
  entry per body) and imports the pydantic v2 models it writes; a body dcg cannot handle is reported, not fatal.
* `dcg_accepts(model, instance)`: the oracle's verdict (strict validation of the JSON text).
* `json_schema_accepts(schema, instance)`: a plain JSON Schema validator's verdict, the referee used to tell
  which side of a disagreement is wrong.
* `mutations(instance)` / `pick`: schema-agnostic single-point mutations of a valid instance, and a sample.
* `schemas_at(schema, path)`: the schema nodes that may apply at a location (to classify a disagreement).
"""

from __future__ import annotations

import datetime
import functools
import importlib.util
import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from typing import Any
from unittest import mock

import schema_tools as st
from generator.ir import Body
from generator.load import Documents


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


def dcg_accepts(model: Any, instance: Any) -> tuple[bool, str]:
    """Validate the instance's JSON text in strict mode: JSON types are not coerced ("1" is no int, 1 is no
    str, 0/1 are no bool), but an int is a valid float and RFC 3339 text a valid datetime, as in JSON Schema.
    (Lax mode would coerce "1" -> 1 and 1 -> 1.0 -> ..., python-mode strict would reject every date-time string.)
    """
    import pydantic

    try:
        model.model_validate_json(json.dumps(instance), strict=True)
    except pydantic.ValidationError as e:
        first = e.errors()[0]
        return False, f"{'.'.join(map(str, first['loc']))}: {first['msg']}"
    return True, ""


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
