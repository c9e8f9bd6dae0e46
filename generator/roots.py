"""The schemas a spec sends and receives: component schemas and operation bodies, in spec order."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .errors import SpecError
from .load import Documents
from .pointers import Loc

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


_NOT_ALNUM = re.compile(r"[^A-Za-z0-9]+")


def pascal(s: str) -> str:
    return "".join(chunk[:1].upper() + chunk[1:] for chunk in _NOT_ALNUM.split(s) if chunk)


def content_type_token(ct: str) -> str:
    """`application/json` -> `ApplicationJSON` (the reference spells the JSON suffix in capitals)."""
    token = pascal(ct)
    return re.sub(r"Json$", "JSON", token)


@dataclass(frozen=True)
class Operation:
    op: str  # operationId with its first letter upper-cased
    group: tuple[str, ...]  # x-speakeasy-group parts, pascal-cased
    loc: Loc
    method: str
    path: str
    operation_id: str = ""  # as written in the spec
    tags: tuple[str, ...] = ()
    ref_at: Loc | None = None  # where the operation is a `$ref` (not OpenAPI, but common); `loc` is its target


@dataclass(frozen=True)
class BodyRoot:
    operation: Operation
    kind: str  # request | response | error
    status: str  # "" for request bodies
    content_type: str
    loc: Loc
    raw: Any
    description: str  # requestBody / response description, used when the schema has none


def operation_name(op_id: Any, method: str, path: str) -> str:
    if isinstance(op_id, str) and op_id:
        if op_id.isidentifier() and op_id.isascii():
            return op_id[:1].upper() + op_id[1:]
        return pascal(op_id)
    segs = [s.strip("{}") for s in path.split("/") if s]
    return pascal(method) + "".join(pascal(s) for s in segs)


def check_openapi(file: str, doc: Any) -> None:
    if not isinstance(doc, dict):
        kind = {list: "list", str: "string", type(None): "null", bool: "boolean"}.get(type(doc), "number")
        raise SpecError(file, "", f"not an OpenAPI document (top level is a {kind}, expected a mapping)")
    hint = "; if it is a fragment (a lone schema, responses or a media type), use --fragment --name ROOT_NAME"
    if "swagger" in doc:
        raise SpecError(file, "/swagger", f"Swagger {doc['swagger']} is not supported; convert it to OpenAPI 3 first")
    version = doc.get("openapi")
    if version is None:
        raise SpecError(file, "", "not an OpenAPI document (no 'openapi' key)" + hint)
    if not isinstance(version, str) or not re.match(r"3\.[01]\.", version + "."):
        raise SpecError(file, "/openapi", f"unsupported OpenAPI version {version!r} (3.0 and 3.1 are supported)")


def _mapping(loc: Loc, value: Any, what: str) -> dict[str, Any]:
    """`value` as a mapping (absent/null is empty); anything else is an error naming `what`."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise SpecError(loc.file, loc.pointer, f"{what} must be a mapping, got {type(value).__name__}")
    return value


def components(docs: Documents, file: str) -> list[tuple[str, Loc, Any]]:
    doc = docs.load(file)
    comps = _mapping(Loc(file, "/components"), doc.get("components"), "components")
    base = Loc(file, "/components/schemas")
    schemas = _mapping(base, comps.get("schemas"), "components/schemas")
    return [(key, base.child(key), raw) for key, raw in schemas.items()]


def operations(docs: Documents, file: str) -> list[Operation]:
    doc = docs.load(file)
    paths = _mapping(Loc(file, "/paths"), doc.get("paths"), "paths")
    out = []
    for path, item in paths.items():
        ploc = Loc(file, "/paths").child(path)
        ploc, item = docs.resolve(ploc, item)
        item = _mapping(ploc, item, "path item")
        for method in item:
            if method not in HTTP_METHODS:
                continue
            written = ploc.child(method)
            oloc, op = docs.resolve(written, item[method])  # `get: {$ref: ops/get.yaml}`: relative to its file
            if not isinstance(op, dict):
                raise SpecError(oloc.file, oloc.pointer, f"operation must be a mapping, got {type(op).__name__}")
            group = op.get("x-speakeasy-group") or ""
            parts = tuple(pascal(p) for p in str(group).split(".") if p)
            tags = tuple(t for t in op.get("tags") or () if isinstance(t, str))
            out.append(Operation(operation_name(op.get("operationId"), method, path), parts, oloc, method,
                                 path, str(op.get("operationId") or ""), tags, written if oloc != written else None))
    return out


def _media(docs: Documents, loc: Loc, holder: dict[str, Any]) -> list[tuple[str, Loc, Any]]:
    content = _mapping(loc.child("content"), holder.get("content"), "content")
    out = []
    for ct, media in content.items():
        media = _mapping(loc.child("content", ct), media, "media type")
        if "schema" in media:
            out.append((ct, loc.child("content", ct, "schema"), media["schema"]))
    return out


def request_bodies(docs: Documents, op: Operation) -> list[BodyRoot]:
    raw = docs.get(op.loc).get("requestBody")
    if raw is None:
        return []
    loc, body = docs.resolve(op.loc.child("requestBody"), raw)
    body = _mapping(loc, body, "requestBody")
    desc = body.get("description") or ""
    return [BodyRoot(op, "request", "", ct, sloc, s, desc) for ct, sloc, s in _media(docs, loc, body)]


def response_bodies(docs: Documents, op: Operation) -> list[BodyRoot]:
    responses = _mapping(op.loc.child("responses"), docs.get(op.loc).get("responses"), "responses")
    out = []
    for status, raw in responses.items():
        status = str(status)
        loc, resp = docs.resolve(op.loc.child("responses", status), raw)
        resp = _mapping(loc, resp, "response")
        kind = "response" if status.startswith("2") else "error"
        if status[:1] in ("1", "3"):
            continue
        desc = resp.get("description") or ""
        out.extend(BodyRoot(op, kind, status, ct, sloc, s, desc) for ct, sloc, s in _media(docs, loc, resp))
    return out


def no_models_warning(file: str, comps: list[tuple[str, Loc, Any]], bodies: list[BodyRoot]) -> str:
    """Why a run with schemas generated no models: none of them is an object, enum or union."""
    def counted(n: int, what: str) -> str:
        return f"{n} {what}{'s' if n != 1 else ''}"

    where = Loc(file, "/components/schemas" if comps else "/paths")
    return (f"{where}: {counted(len(comps), 'component schema')} and {counted(len(bodies), 'body schema')}, none an "
            "object, enum or union: no models to generate")


def root_warnings(docs: Documents, file: str, comps: list[tuple[str, Loc, Any]], all_ops: list[Operation],
                  ops: list[Operation], bodies: list[BodyRoot]) -> list[str]:
    """Warnings about the roots: operations written as a `$ref` (resolved, but not OpenAPI), and why a run would
    generate nothing (no component schemas and no body schemas, a likely mistake the exit code does not show).

    `ops` and `bodies` are what the config's operations/tags/status_codes selected from `all_ops`."""
    out = [f"{op.ref_at}: operation is a $ref (not allowed by OpenAPI; resolved)" for op in all_ops if op.ref_at]
    if comps or bodies:
        return out
    where = Loc(file, "/paths")
    n = len(all_ops)
    counted = f"{n} operation{'s' if n != 1 else ''}"
    if not all_ops:
        out.append(f"{where}: no operations and no component schemas: nothing to generate")
    elif not any(request_bodies(docs, op) or response_bodies(docs, op) for op in all_ops):
        out.append(f"{where}: {counted}, none with a request or response body schema (content/*/schema), and no "
                   "component schemas: nothing to generate")
    elif not ops:
        out.append(f"{where}: {counted}, none selected by the [tool.generator] operations and tags together: "
                   "nothing to generate")
    elif not any(request_bodies(docs, op) or response_bodies(docs, op) for op in ops):
        out.append(f"{where}: {counted}, but the {len(ops)} selected by the [tool.generator] operations/tags have no "
                   "request or response body schema: nothing to generate")
    else:
        out.append(f"{where}: {counted}, but no response the [tool.generator] status_codes select has a body schema "
                   "(and the selected operations have no request body): nothing to generate")
    return out
