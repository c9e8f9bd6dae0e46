"""A fragment as input: a file holding a lone schema, a `responses` mapping, a response or a media type.

The fragment is wrapped in an OpenAPI document that exists only in memory, beside the fragment file: one
operation whose 200 response (or whose responses, for a `responses` fragment) `$ref`s into the fragment. Its
`$ref`s resolve from the fragment file as usual; the models' pointers name the fragment file.
"""

from __future__ import annotations

import os
import re
from typing import Any

from .config import Fragment
from .errors import SpecError
from .load import Documents
from .pointers import Loc, escape

_STATUS = re.compile(r"^([1-5][0-9][0-9]|[1-5]XX|default)$")
_MEDIA_KEYS = {"schema", "example", "examples", "encoding"}


def wrap(docs: Documents, path: str, fragment: Fragment) -> str:
    """Register the wrapping document with `docs`; its path, to be used as the spec file."""
    path = os.path.abspath(path)
    raw = docs.load(path)
    if not isinstance(raw, dict):
        raise SpecError(path, "", "a fragment must be a mapping (a schema, responses, a response or a media type)")
    ref = os.path.basename(path) + "#"
    if raw and all(isinstance(k, (str, int)) and _STATUS.match(str(k)) for k in raw):
        responses = {str(k): {"$ref": f"{ref}/{escape(str(k))}"} for k in raw}
    elif "content" in raw:
        responses = {"200": {"$ref": ref}}
    elif "schema" in raw and set(raw) <= _MEDIA_KEYS:
        responses = {"200": {"description": "", "content": {"application/json": {"schema": {"$ref": f"{ref}/schema"}}}}}
    else:
        responses = {"200": {"description": "", "content": {"application/json": {"schema": {"$ref": ref}}}}}
    operation: dict[str, Any] = {"operationId": fragment.operation or _operation_of(fragment.name),
                                 "responses": responses}
    if fragment.group:
        operation["x-speakeasy-group"] = fragment.group
    wrapper = {"openapi": "3.1.0", "info": {"title": fragment.name, "version": "fragment"},
               "paths": {"/" + fragment.name: {"post": operation}}}
    wrapper_path = path + ".openapi"  # never read from disk: the document is registered here
    docs.add(wrapper_path, wrapper)
    return wrapper_path


def root_locs(docs: Documents, wrapper_path: str) -> list[Loc]:
    """Where the fragment's 2xx body schemas are, in status order: the first takes the fragment's name."""
    op = Loc(wrapper_path, "/paths").child(next(iter(docs.get(Loc(wrapper_path, "/paths"))))).child("post")
    out = []
    for status in sorted(docs.get(op.child("responses"))):
        if not status.startswith("2"):
            continue
        loc, resp = docs.resolve(op.child("responses", status), docs.get(op.child("responses", status)))
        media = (resp.get("content") or {}).get("application/json") if isinstance(resp, dict) else None
        if isinstance(media, dict) and "schema" in media:
            out.append(docs.resolve(loc.child("content", "application/json", "schema"), media["schema"])[0])
    return out


def _operation_of(name: str) -> str:
    for suffix in ("ResponseBody", "RequestBody"):
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name
