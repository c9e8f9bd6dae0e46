"""`allOf` as JSON Schema reads it: the intersection of its parts.

A property several parts define takes all their constraints: its schema becomes a synthetic
`{"allOf": [{"$ref": part 1's property}, {"$ref": part 2's property}, ...]}`, analysed like any other, so
types, enums, nested objects and `required` meet at every level. Synthetic schemas live at pointers that
cannot exist in a document (`.../allOf/properties/<name>`: `allOf` holds a list), so they never collide
with a written schema in the shapes cache or the name lock.

An empty intersection is a `never` shape: a warning at generation time, and a decoder that rejects every
present value with the reason.
"""

from __future__ import annotations

import json
from typing import Any, Iterable
from urllib.parse import quote

from .errors import SpecError
from .pointers import Loc
from .shape import Analysis, Prop, Shape, admits, format_ok, with_null

IN_PROGRESS = "in progress"  # the reason of the placeholder shape a schema has while it is being analysed

ANNOTATIONS = ("title", "description", "deprecated", "example", "examples", "readOnly", "writeOnly")
BESIDE = ("nullable", "discriminator", "default", "externalDocs", "xml")  # beside allOf: they add no part
_JSON_NAMES = {"str": "string", "int": "integer", "float": "number", "bool": "boolean", "none": "null",
               "datetime": "string (date-time)", "date": "string (date)", "object": "object", "array": "array"}
_FORMATS = ("datetime", "date")


def ref_to(loc: Loc) -> dict[str, str]:
    """A `$ref` that reaches `loc` from any file (the file absolute, both parts percent-encoded)."""
    return {"$ref": quote(loc.file) + "#" + quote(loc.pointer, safe="/~!$&'()*+,;=:@")}


def reach(shapes: Analysis, at: Loc, loc: Loc, raw: Any) -> Any:
    """What a synthetic schema at `at` writes to name the schema `raw` written at `loc`: `raw` itself when it is a
    boolean or a `$ref` that resolves the same from `at`, else a `$ref` to `loc` (registered as ours when no
    document holds it: a part of another synthetic schema)."""
    if raw is True or raw is False:
        return raw
    if isinstance(raw, dict) and len(raw) == 1 and isinstance(raw.get("$ref"), str):
        if loc.file == at.file or raw["$ref"].startswith("/"):
            return raw
    if loc not in shapes.synthetic:
        try:
            shapes.docs.get(loc)
        except SpecError:
            shapes.synthetic[loc] = raw
    return ref_to(loc)


def synthetic(shapes: Analysis, loc: Loc, *tokens: str | int, raw: dict[str, Any]) -> tuple[Loc, dict[str, Any]]:
    """A schema of our own at a location below `loc/allOf` that no document can hold, reachable by `ref_to`."""
    sloc = loc.child("allOf", *tokens)
    assert shapes.synthetic.get(sloc, raw) == raw, f"two synthetic schemas at {sloc}"
    shapes.synthetic[sloc] = raw
    return sloc, raw


def refs_in_place(loc: Loc, schema: dict[str, Any]) -> dict[str, Any]:
    """`schema` (written at `loc`) with its subschemas replaced by `$ref`s to where they are written, so a copy
    of it elsewhere names the same schemas (and models) as the original."""
    out = dict(schema)
    props = schema.get("properties")
    if isinstance(props, dict):
        out["properties"] = {k: ref_to(loc.child("properties", k)) for k in props}
    for key in ("items", "additionalProperties"):
        if isinstance(schema.get(key), dict):
            out[key] = ref_to(loc.child(key))
    for key in ("anyOf", "oneOf", "allOf", "prefixItems"):
        if isinstance(schema.get(key), list):
            out[key] = [ref_to(loc.child(key, i)) for i in range(len(schema[key]))]
    return out


def allows_null(shape: Shape) -> bool:
    return shape.kind == "any" or shape.nullable or (shape.kind == "prim" and shape.prim == "none")


def meaningful(shapes: Analysis, loc: Loc, raw: Any) -> bool:
    """False for a schema that constrains nothing (true, {}, annotations only)."""
    _, schema = shapes.resolve(loc, raw)
    if schema is True or schema is None:
        return False
    return not (isinstance(schema, dict) and all(k in ANNOTATIONS for k in schema))


def all_of(shapes: Analysis, loc: Loc, schema: dict[str, Any]) -> Shape:

    parts_raw = schema["allOf"]
    if not isinstance(parts_raw, list) or not parts_raw:
        raise SpecError(loc.file, loc.pointer + "/allOf", "allOf must be a non-empty list")
    own = {k: v for k, v in schema.items() if k != "allOf"}
    parts = [(loc.child("allOf", i), raw) for i, raw in enumerate(parts_raw)]
    shaped = [shapes.of(ploc, raw) for ploc, raw in parts]
    if any(k not in ANNOTATIONS and k not in BESIDE for k in own):
        # keywords beside allOf are one more part (analysed in place: not cached over this schema)
        shaped.append(shapes.analyse(loc, own))
        parts.append((loc, own))
    if any(s.kind == "any" and s.reason == IN_PROGRESS for s in shaped):
        shapes.warnings.append(f"{loc}: an allOf part refers back to a schema still being read (a cycle); that part "
                               "is not applied here (type loosened)")
    null_ok = all(allows_null(s) or _weak(s) for s in shaped) or schema.get("nullable") is True  # 3.0 beside allOf
    unions = [i for i, s in enumerate(shaped) if s.kind == "union"]
    if unions and len([s for s in shaped if s.kind != "any"]) > 1:
        return _distribute(shapes, loc, schema, parts, shaped, unions[0])
    typed = [s for s in shaped if s.kind != "any"]
    strong = {_family(s) for s in typed if not _weak(s)}
    if strong:  # a part that is an object only because it has `properties` does not narrow a string part
        typed = [s for s in typed if not _weak(s) or _family(s) in strong]
    typed = _without_implied(typed)
    # `required: [...]` alone constrains objects only: it joins an object part's required names
    required = [r for s in shaped if s.kind == "any" for r in s.schema.get("required") or () if isinstance(r, str)]
    if not typed:
        return Shape("any", loc, schema)
    if len(typed) == 1 and not (required and _family(typed[0]) == "object"):
        return typed[0] if typed[0].loc == loc else with_null(typed[0], null_ok)  # allOf [X] is X
    result = _meet(shapes, loc, schema, typed, required)
    if result.kind == "never":
        if null_ok:
            return Shape("prim", loc, schema, True, prim="none")
        shapes.warnings.append(f"{loc}: no value satisfies this schema ({result.reason})")
        return result
    result.nullable = null_ok
    return result


def _weak(s: Shape) -> bool:
    """An object or array only by the generator's reading of an untyped schema with properties or items: in JSON
    Schema it constrains objects (arrays) and lets every other value through."""
    return s.kind in ("object", "map", "array") and not any(k in s.schema for k in _TYPED)


_TYPED = ("type", "allOf", "anyOf", "oneOf", "enum", "const", "$ref")


def _without_implied(typed: list[Shape]) -> list[Shape]:
    """The parts that add a constraint: `{type: string}` beside `{const: dog}`, or `{type: object}` beside an
    object, says nothing more (of two equal parts, the first stays)."""
    kept = []
    for i, a in enumerate(typed):
        if not any(j != i and _implied(a, b) and (j < i or not _implied(b, a)) for j, b in enumerate(typed)):
            kept.append(a)
    return kept


def _implied(a: Shape, b: Shape) -> bool:
    """Whether every value `b` admits (null aside) is one `a` admits."""

    if a.loc == b.loc:
        return True
    if a.kind == "map" and a.item is not None and a.item[1] is True:
        return _family(b) == "object"
    if a.kind == "array" and a.item is not None and a.item[1] is True:
        return b.kind == "array"
    if a.kind != "prim" or a.prim == "none":
        return False
    if b.kind == "prim":
        return a.prim == b.prim or (a.prim, b.prim) in (("float", "int"), ("str", "datetime"), ("str", "date"))
    return b.kind == "enum" and a.prim not in _FORMATS and all(admits(a.prim, v) for v in b.values)


def _meet(shapes: Analysis, loc: Loc, schema: dict[str, Any], typed: list[Shape], required: list[str]) -> Shape:

    never = [s for s in typed if s.kind == "never"]
    if never:
        return Shape("never", loc, schema, reason=never[0].reason)
    families = {_family(s) for s in typed}
    if len(families) > 1:
        return _conflict(loc, schema, typed)
    family = families.pop()
    if family == "object":
        return merge_objects(shapes, loc, schema, typed, required)
    if family == "array":
        item = _meet_children(shapes, loc, ("items",), [s.item for s in typed if s.item is not None])
        return Shape("array", loc, schema, item=item or (loc.child("items"), True))
    return _meet_scalars(loc, schema, typed)


def _family(s: Shape) -> str:
    if s.kind in ("object", "map"):
        return "object"
    return "array" if s.kind == "array" else "scalar"


def _conflict(loc: Loc, schema: dict[str, Any], typed: list[Shape]) -> Shape:

    names = set()
    for s in typed:
        if s.kind == "prim":
            names.add(_JSON_NAMES[s.prim])
        elif s.kind == "enum":
            shown = ", ".join(json.dumps(v) for v in s.values[:3]) + (", ..." if len(s.values) > 3 else "")
            names.add(f"one of {shown}")
        else:
            names.add(_JSON_NAMES["object" if _family(s) == "object" else "array"])
    return Shape("never", loc, schema, reason="allOf parts require " + " and ".join(sorted(names)))


def _meet_scalars(loc: Loc, schema: dict[str, Any], typed: list[Shape]) -> Shape:
    """Primitive types and enums: the values every part admits (null is decided by the caller)."""

    if any(s.kind == "prim" and s.prim == "none" for s in typed):
        return _conflict(loc, schema, typed)
    enums = [s for s in typed if s.kind == "enum"]
    prims = {s.prim for s in typed if s.kind == "prim"}
    if enums:
        values = list(enums[0].values)
        for e in enums[1:]:
            values = [v for v in values if any(json_equal(v, w) for w in e.values)]
        values = [v for v in values if all(admits(p, v) and format_ok(p, v) for p in prims)]
        if not values:
            return _conflict(loc, schema, typed)
        return Shape("enum", loc, schema, values=tuple(values))
    formats = prims & set(_FORMATS)
    if len(formats) > 1 or (formats and prims - formats - {"str"}):
        return _conflict(loc, schema, typed)
    if formats:
        return Shape("prim", loc, schema, prim=formats.pop())
    if prims == {"int", "float"}:  # an integer is a number
        return Shape("prim", loc, schema, prim="int")
    if len(prims) > 1:
        return _conflict(loc, schema, typed)
    return Shape("prim", loc, schema, prim=prims.pop())


def json_equal(a: Any, b: Any) -> bool:
    """JSON equality of two enum values: 1 == 1.0, but true is not 1."""
    return a == b and (type(a) is bool) == (type(b) is bool)


def _meet_children(shapes: Analysis, loc: Loc, tokens: tuple[str, ...],
                   children: list[tuple[Loc, Any]]) -> tuple[Loc, Any] | None:
    """One schema for what several parts say of the same place (a property, the items, the other keys): the one
    that constrains it as written, or a synthetic allOf of all those that do (at `loc/allOf/<tokens>`)."""
    seen: dict[Loc, tuple[Loc, Any]] = {}
    for cloc, raw in children:
        if raw is False or meaningful(shapes, cloc, raw):
            seen.setdefault(shapes.resolve(cloc, raw)[0], (cloc, raw))
    kept = list(seen.values())
    if len(kept) <= 1:
        return kept[0] if kept else (children[0] if children else None)
    # the same schemas met again (a recursive property of a merged object) are the same synthetic schema: without
    # this, every level of the recursion would make a new one
    atoms = frozenset(a for target in seen for a in shapes.atoms.get(target, (target,)))
    if atoms in shapes.meets:
        again = shapes.meets[atoms]
        return again, shapes.synthetic[again]
    merged: dict[str, Any] = {"allOf": [reach(shapes, loc, cloc, raw) for cloc, raw in kept]}
    for cloc, raw in children:  # the first part's annotations (docs, names), as before the merge
        _, sub = shapes.resolve(cloc, raw)
        if isinstance(sub, dict):
            merged.update((k, sub[k]) for k in ANNOTATIONS if k in sub and k not in merged)
    sloc, raw = synthetic(shapes, loc, *tokens, raw=merged)
    shapes.meets[atoms] = sloc
    shapes.atoms[sloc] = atoms
    return sloc, raw


def merge_objects(shapes: Analysis, loc: Loc, schema: dict[str, Any], parts: list[Shape],
                  required_too: Iterable[str] = ()) -> Shape:
    """Objects (and maps) in one: every property meets what each part says of it, as a property or through its
    additionalProperties; `required` is the union; other keys meet every part's additionalProperties."""

    order: dict[str, None] = {}
    required = set(required_too)
    key_sets = [s.required_any for s in parts if s.required_any]
    for s in parts:
        order.update((p.wire, None) for p in s.props)
        required.update(p.wire for p in s.props if p.required)
        required.update(s.required_only)
    props: list[Prop] = []
    closed: dict[Loc, list[str]] = {}  # a part with additionalProperties: false -> the others' properties it forbids
    for wire in order:
        said: list[tuple[Loc, Any]] = []
        for s in parts:
            own = next((p for p in s.props if p.wire == wire), None)
            if own is not None:
                said.append((own.loc, own.raw))
            elif s.kind == "object" and s.additional is False:
                said.append((s.loc.child("additionalProperties"), False))
                closed.setdefault(s.loc, []).append(wire)
            elif isinstance(additional_of(s), tuple):
                said.append(additional_of(s))
        ploc, raw = _meet_children(shapes, loc, ("properties", wire), said)  # type: ignore[misc]
        props.append(Prop(wire, ploc, raw, wire in required))
    for where, wires in closed.items():
        shapes.warnings.append(f"{loc}: #{where.pointer} has additionalProperties: false, so {', '.join(wires)} "
                               "of the other parts can never be present (JSON Schema's reading)")
    others = [a for a in map(additional_of, parts) if a is not True]
    additional: Any = True
    if any(a is False for a in others):
        additional = False
    elif others:
        additional = _meet_children(shapes, loc, ("additionalProperties",), others)
    if len(key_sets) > 1:
        shapes.warnings.append(f"{loc}: several allOf parts each require one of some sets of keys; only the "
                               "first part's sets are checked (type loosened)")
    only = tuple(sorted(r for r in required if r not in order))
    if not props and additional is not False and not only and not key_sets:
        return Shape("map", loc, schema, item=additional if additional is not True else (loc, True))
    return Shape("object", loc, schema, props=props, additional=additional, required_only=only,
                 required_any=key_sets[0] if key_sets else ())


def additional_of(s: Shape) -> Any:
    """What an object or map part says of keys it does not name: True, False or (Loc, schema)."""
    if s.kind == "map":
        return s.item if s.item is not None and s.item[1] is not True else True
    return s.additional


def _distribute(shapes: Analysis, loc: Loc, schema: dict[str, Any], parts: list[tuple[Loc, Any]],
                shaped: list[Shape], k: int) -> Shape:
    """allOf [X, anyOf [A, B]] is anyOf [allOf [X, A], allOf [X, B]]: each member meets the other parts (a
    second union part is distributed in turn, inside the members)."""

    union = shaped[k]
    rest = [reach(shapes, loc, ploc, raw) if ploc != loc else refs_in_place(loc, raw)
            for i, (ploc, raw) in enumerate(parts) if i != k]
    members: list[tuple[Loc, Any]] = []
    for i, (mloc, mraw) in enumerate(union.members):
        origin, msub = shapes.resolve(mloc, mraw)
        raw: dict[str, Any] = {"allOf": [reach(shapes, loc, mloc, mraw)] + rest}
        if isinstance(msub, dict) and isinstance(msub.get("title"), str):
            raw["title"] = msub["title"]
        elif origin.pointer.startswith("/components/schemas/") and origin.pointer.count("/") == 3:
            raw["title"] = origin.pointer.rsplit("/", 1)[1]
        sloc, raw = synthetic(shapes, loc, "anyOf", i, raw=raw)
        heard = len(shapes.warnings)
        member = shapes.of(sloc, raw)
        if member.kind == "never":  # a member the other parts rule out: no warning, the union just loses it
            del shapes.warnings[heard:]
            continue
        if member.kind == "object" and member.loc == sloc:
            member.origin = member.origin or origin
        members.append((sloc, raw))
    nullable = union.nullable and all(allows_null(s) for i, s in enumerate(shaped) if i != k)
    if not members:
        if nullable:
            return Shape("prim", loc, schema, True, prim="none")
        reason = "no member of the union meets the other allOf parts"
        shapes.warnings.append(f"{loc}: no value satisfies this schema ({reason})")
        return Shape("never", loc, schema, reason=reason)
    kept = {key: union.schema[key] for key in ("discriminator",) if key in union.schema}
    return Shape("union", loc, {**schema, **kept}, nullable, members=members)
