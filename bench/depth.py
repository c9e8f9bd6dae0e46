"""Rank the 2xx JSON response bodies of a spec by nesting depth (how the deep payload was chosen).

Usage: python bench/depth.py [SPEC] [-n 15]      (default SPEC: ../shared/corpus/orq.yaml)

Depth = the most JSON containers (objects and arrays) one value of the schema can nest, following
local `$ref`s; allOf/anyOf/oneOf add no level.  A `$ref` already on the path (recursion) stops the
descent and marks the body `recursive` (its depth is then unbounded in principle).
`trim()` cuts a spec down to one operation's 2xx responses and what they reference (impls.py
generates the deep suite's classes from it).
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_SPEC = os.path.join(os.path.dirname(ROOT), "shared", "corpus", "orq.yaml")


def load(path: Any) -> Any:
    with open(path, "rb") as f:
        return yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def resolve(doc: Any, ref: str) -> Any:
    node = doc
    for tok in ref.lstrip("#/").split("/"):
        node = node[tok.replace("~1", "/").replace("~0", "~")]
    return node


def depth(doc: Any, s: Any, path: tuple[str, ...] = ()) -> tuple[int, bool]:
    """(nesting depth, hit recursion) of schema s."""
    if not isinstance(s, dict):
        return 0, False
    if "$ref" in s:
        ref = s["$ref"]
        if ref in path:
            return 0, True
        return depth(doc, resolve(doc, ref), path + (ref,))
    best, rec = 0, False
    for key in ("allOf", "anyOf", "oneOf"):
        for sub in s.get(key, ()):
            d, r = depth(doc, sub, path)
            best, rec = max(best, d), rec or r
    inner = []
    if "items" in s:
        inner.append(s["items"])
    inner += list((s.get("properties") or {}).values())
    if isinstance(s.get("additionalProperties"), dict):
        inner.append(s["additionalProperties"])
    types = s.get("type")
    container = bool(inner) or types in ("object", "array") or (
        isinstance(types, list) and ("object" in types or "array" in types)
    )
    sub_best = 0
    for sub in inner:
        d, r = depth(doc, sub, path)
        sub_best, rec = max(sub_best, d), rec or r
    return max(best, sub_best + container), rec


def refs(doc: Any, node: Any, found: set[str]) -> set[str]:
    """Every local `$ref` reachable from node, transitively."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref not in found:
            found.add(ref)
            refs(doc, resolve(doc, ref), found)
        for v in node.values():
            refs(doc, v, found)
    elif isinstance(node, list):
        for v in node:
            refs(doc, v, found)
    return found


def trim(doc: Any, operation_id: str) -> dict[str, Any]:
    """A spec holding one operation's 2xx responses and the components they reference."""
    for url, item in doc["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                ok = {k: v for k, v in op["responses"].items() if str(k).startswith("2")}
                op = {"operationId": operation_id, "responses": ok}
                spec = {"openapi": doc["openapi"], "info": doc["info"], "paths": {url: {method: op}}}
                kept: dict[str, Any] = {}
                for ref in sorted(refs(doc, op, set())):
                    _, _, section, name = ref.split("/")
                    kept.setdefault(section, {})[name] = doc["components"][section][name]
                return {**spec, "components": kept}
    raise KeyError(operation_id)


def bodies(doc: Any):
    for url, item in doc.get("paths", {}).items():
        for method, op in item.items():
            if not isinstance(op, dict) or "responses" not in op:
                continue
            for status, resp in op["responses"].items():
                if not str(status).startswith("2"):
                    continue
                if "$ref" in resp:
                    resp = resolve(doc, resp["$ref"])
                for ctype, media in (resp.get("content") or {}).items():
                    if "json" in ctype and "schema" in media:
                        yield op.get("operationId", f"{method} {url}"), status, ctype, media["schema"]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("spec", nargs="?", default=DEFAULT_SPEC)
    ap.add_argument("-n", type=int, default=15)
    args = ap.parse_args()
    doc = load(args.spec)
    sys.setrecursionlimit(10_000)
    rows = [(*depth(doc, s), op, st, ct) for op, st, ct, s in bodies(doc)]
    rows.sort(key=lambda r: (-r[0], r[2]))
    for d, rec, op, st, ct in rows[: args.n]:
        print(f"{d:3d}  {'recursive' if rec else '         '}  {op} {st} {ct}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
