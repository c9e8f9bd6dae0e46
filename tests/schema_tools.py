"""Test helpers: the spec's bodies, their generated classes, and self-contained JSON Schemas of them."""

from __future__ import annotations

import copy
import functools
import importlib
import os
from typing import Any, Callable

from conftest import PACKAGE, SPEC

from generator.build import load_api
from generator.ir import Api, Body, TypeRef
from generator.load import Documents
from generator.pointers import Loc


@functools.lru_cache(maxsize=None)
def api(spec: str = SPEC, package: str = PACKAGE) -> Api:
    from generator.config import load_config

    names = load_config(os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "pyproject.toml")).names
    return load_api(spec, package, names if spec == SPEC else {})


def bodies(kind: str = "response", spec: str = SPEC) -> list[Body]:
    """Bodies of one kind whose type is a named model (object or union), in spec order, deduplicated."""
    seen, out = set(), []
    for b in api(spec).bodies:
        if b.kind == kind and b.type.target is not None and b.type.target not in seen:
            seen.add(b.type.target)
            out.append(b)
    return out


def body_id(b: Body) -> str:
    return f"{b.operation}-{b.status}-{b.content_type}"


def decoder(t: TypeRef, package: str = PACKAGE) -> tuple[Callable[[Any], Any], Callable[[Any], Any]]:
    """(decode, encode) for a named type: classmethod pair for objects, functions for unions/enums."""
    assert t.target is not None
    pool = importlib.import_module(f"{package}.models.{t.target.pool}")
    m = {x.id: x for x in api(SPEC).models}[t.target] if package == PACKAGE else None
    value = getattr(pool, t.target.name)
    if isinstance(value, type) and hasattr(value, "from_dict"):  # not an enum alias such as `float`
        return value.from_dict, lambda obj: obj.to_dict()
    snake = m.snake if m else None
    return getattr(pool, f"decode_{snake}"), getattr(pool, f"encode_{snake}", lambda v: v)


def json_schema(pointer: str, spec: str = SPEC) -> dict[str, Any]:
    """The schema at `pointer` as one self-contained JSON Schema (draft 2020-12 style type keywords).

    `$ref`s are inlined (recursive ones become `{}`), 3.0 `nullable` becomes a type list, and OpenAPI-only
    keywords (discriminator, example, readOnly, ...) are dropped.
    """
    spec = os.path.abspath(spec)
    docs = _documents(spec)
    return _convert(docs, Loc(spec, pointer), docs.get(Loc(spec, pointer)), ())


@functools.lru_cache(maxsize=None)
def _documents(spec: str) -> Documents:
    """One parse per spec file for the whole test session (the documents are never mutated)."""
    return Documents()


_DROP = {"discriminator", "example", "examples", "readOnly", "writeOnly", "xml", "externalDocs", "deprecated",
         "nullable", "format", "title", "description", "default"}


def _convert(docs: Documents, loc: Loc, schema: Any, stack: tuple[Loc, ...]) -> Any:
    if isinstance(schema, dict) and "$ref" in schema:
        target, resolved = docs.resolve(loc, schema)
        if target in stack:
            return {}
        return _convert(docs, target, resolved, stack + (target,))
    if not isinstance(schema, dict):
        return schema
    out: dict[str, Any] = {}
    for k, v in schema.items():
        if k == "format" and v in ("date-time", "date"):
            out[k] = v  # these formats change the decoded type, so generators must honour them
            continue
        if k in _DROP or k.startswith("x-"):
            continue
        if k in ("properties",):
            out[k] = {name: _convert(docs, loc.child(k, name), sub, stack) for name, sub in v.items()}
        elif k in ("items", "additionalProperties") and isinstance(v, dict):
            out[k] = _convert(docs, loc.child(k), v, stack)
        elif k in ("allOf", "anyOf", "oneOf") and isinstance(v, list):
            out[k] = [_convert(docs, loc.child(k, i), sub, stack) for i, sub in enumerate(v)]
        else:
            out[k] = copy.deepcopy(v)
    if schema.get("nullable") is True:
        if "type" in out:
            t = out["type"] if isinstance(out["type"], list) else [out["type"]]
            out["type"] = t + ["null"] if "null" not in t else t
        if "enum" in out and None not in out["enum"]:
            out["enum"] = out["enum"] + [None]
        if "type" not in out and any(k in out for k in ("anyOf", "oneOf", "allOf", "$ref")):
            out = {"anyOf": [out, {"type": "null"}]}
    return out


def decoder_in(a: Api, t: TypeRef) -> tuple[Callable[[Any], Any], Callable[[Any], Any]]:
    """Like `decoder`, for the package of any `Api` (e.g. a corpus spec's, imported under `a.package`).

    The package must be importable. Names are taken from the model's own module (not the pool package's lazy
    attributes), so this works even where a pool attribute is shadowed (see test_corpus_oracle.test_pool_names).
    """
    assert t.target is not None
    m = next(x for x in a.models if x.id == t.target)
    module = importlib.import_module(f"{a.package}.models.{t.target.pool}.{m.module}")
    value = getattr(module, t.target.name)
    if isinstance(value, type) and hasattr(value, "from_dict"):  # not an enum alias such as `float`
        return value.from_dict, lambda obj: obj.to_dict()
    return getattr(module, f"decode_{m.snake}"), getattr(module, f"encode_{m.snake}", lambda v: v)


def response_bodies(a: Api) -> list[Body]:
    """`bodies("response")` for any `Api`: 2xx bodies whose type is a named model, spec order, one per model."""
    seen, out = set(), []
    for b in a.bodies:
        if b.kind == "response" and b.type.target is not None and b.type.target not in seen:
            seen.add(b.type.target)
            out.append(b)
    return out
