"""What a schema is, once `$ref`, `allOf` and the nullable forms are looked through.

`Shapes.of(loc, raw)` answers with a `Shape`: an object, enum or union (the kinds that become named
models), or a transparent array, map, primitive or any-value. Results are cached by location.
"""

from __future__ import annotations

from typing import Any

from . import allof
from .errors import SpecError
from .load import Documents
from .pointers import Loc
from .shape import Prop, Shape, admits, format_ok, with_nullable

_PRIMITIVE_TYPES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "none"}
_FORMATS = {"date-time": "datetime", "date": "date"}
_UNSUPPORTED = ("not", "if", "patternProperties", "dependentSchemas", "dependentRequired", "dependencies",
                "unevaluatedProperties", "unevaluatedItems", "contains", "propertyNames")


def _is_null_schema(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return False
    t = schema.get("type")
    if t == "null" or t == ["null"]:
        return True
    return "enum" in schema and schema["enum"] == [None]


class Shapes:
    def __init__(self, docs: Documents) -> None:
        self.docs = docs
        self._cache: dict[Loc, Shape] = {}
        self.warnings: list[str] = []
        self.synthetic: dict[Loc, Any] = {}  # schemas of our own (generator.allof), by their Loc
        self.atoms: dict[Loc, frozenset[Loc]] = {}  # a synthetic allOf -> the written schemas it is the meet of
        self.meets: dict[frozenset[Loc], Loc] = {}  # and back

    def resolve(self, loc: Loc, raw: Any) -> tuple[Loc, Any]:
        if self.synthetic and isinstance(raw, dict) and "$ref" in raw:
            target = self.docs.ref_target(loc, raw["$ref"])
            if target in self.synthetic:
                return target, self.synthetic[target]
        return self.docs.resolve(loc, raw)

    def of(self, loc: Loc, raw: Any) -> Shape:
        loc, schema = self.resolve(loc, raw)
        cached = self._cache.get(loc)
        if cached is None:
            self._cache[loc] = cached = Shape("any", loc, {}, reason=allof.IN_PROGRESS)  # breaks allOf cycles
            cached = self._cache[loc] = self.analyse(loc, schema)
        return cached

    def at(self, loc: Loc) -> Shape:
        """The shape a model was named for: the schema at loc (a merged union member stays merged)."""
        return self._cache.get(loc) or self.of(loc, self.docs.get(loc))

    # -- analysis -------------------------------------------------------------------------------

    def analyse(self, loc: Loc, schema: Any) -> Shape:
        """The shape of a schema written at loc, not cached (keywords beside an allOf)."""
        if schema is True or schema == {}:
            return Shape("any", loc, {})
        if not isinstance(schema, dict):
            if schema is False:
                return Shape("never", loc, {}, reason=f"#{loc.pointer} is false")
            raise SpecError(loc.file, loc.pointer, f"expected a schema object, got {type(schema).__name__}")
        nullable = schema.get("nullable") is True
        for keyword in _UNSUPPORTED:
            if keyword in schema:
                self.warnings.append(f"{loc}: unsupported keyword {keyword!r} ignored (type loosened)")
        if "allOf" in schema:
            shape = allof.all_of(self, loc, schema)
        elif ("anyOf" in schema or "oneOf" in schema) and schema.get("properties"):
            shape = self._object_with_union(loc, schema)
        elif "anyOf" in schema or "oneOf" in schema:
            shape = self._union(loc, schema)
        elif "enum" in schema or "const" in schema:
            shape = self._enum(loc, schema)
        else:
            shape = self._typed(loc, schema)
        shape.nullable = shape.nullable or nullable
        return shape

    def _types(self, loc: Loc, schema: dict[str, Any]) -> tuple[list[str], bool]:
        t = schema.get("type")
        if t is None:
            return [], False
        types = t if isinstance(t, list) else [t]
        if not types or not all(isinstance(x, str) for x in types):
            raise SpecError(loc.file, loc.pointer + "/type", f"type must be a string or a list of strings, got {t!r}")
        for x in types:
            if x not in _PRIMITIVE_TYPES and x not in ("object", "array"):
                raise SpecError(loc.file, loc.pointer + "/type", f"unknown type {x!r}")
        nullable = "null" in types and len(types) > 1
        return [x for x in types if x != "null" or len(types) == 1], nullable

    def _typed(self, loc: Loc, schema: dict[str, Any]) -> Shape:
        types, nullable = self._types(loc, schema)
        if len(types) > 1:
            kept_out = ("type", "format") + allof.ANNOTATIONS + allof.BESIDE  # format: of one type only
            rest = {k: v for k, v in schema.items() if k not in kept_out}
            members: list[tuple[Loc, Any]] = []
            for i, t in enumerate(types):  # each member keeps the keywords of its type (properties, items...)
                mloc = loc.child("type", i)
                members.append((mloc, {"type": t}))
                if rest:
                    members[-1] = (mloc, {**allof.refs_in_place(loc, rest), "type": t})
                    self.synthetic[mloc] = members[-1][1]
            return Shape("union", loc, schema, nullable, members=members)
        t = types[0] if types else None
        if t == "object" or (t is None and ("properties" in schema or "additionalProperties" in schema)):
            return self._object(loc, schema, nullable)
        if t == "array" or (t is None and "items" in schema):
            items = schema.get("items", True)
            if isinstance(items, list) or "prefixItems" in schema:  # tuple forms: loosest correct type
                self.warnings.append(f"{loc}: tuple arrays (prefixItems, items as a list) are not modelled "
                                     "(items loosened to any value)")
                items = True
            return Shape("array", loc, schema, nullable, item=(loc.child("items"), items))
        if t is None:
            return Shape("any", loc, schema, nullable)
        prim = _PRIMITIVE_TYPES[t]
        if prim == "str":
            prim = _FORMATS.get(schema.get("format", ""), "str")
        return Shape("prim", loc, schema, nullable, prim=prim)

    def _object(self, loc: Loc, schema: dict[str, Any], nullable: bool) -> Shape:
        props_raw = schema.get("properties") or {}
        props_loc = loc.child("properties")
        if isinstance(props_raw, dict) and "$ref" in props_raw and isinstance(props_raw["$ref"], str):
            self.warnings.append(f"{props_loc}: the properties map is a $ref (not allowed by OpenAPI; resolved)")
            props_loc, props_raw = self.resolve(props_loc, props_raw)
        if not isinstance(props_raw, dict):
            raise SpecError(loc.file, loc.pointer + "/properties", "properties must be a mapping")
        required = _required(loc, schema)
        additional = self._additional(loc, schema)
        if not props_raw and additional is not False and not required:
            if additional is True:
                return Shape("map", loc, schema, nullable, item=(loc.child("additionalProperties"), True))
            return Shape("map", loc, schema, nullable, item=additional)
        props = [Prop(name, props_loc.child(name), sub, name in required) for name, sub in props_raw.items()]
        only = tuple(sorted(r for r in required if r not in props_raw))
        return Shape("object", loc, schema, nullable, props=props, additional=additional, required_only=only)

    def _additional(self, loc: Loc, schema: dict[str, Any]) -> Any:
        if schema.get("patternProperties"):  # not modelled (warned): keys matching a pattern must get through
            return True
        ap = schema.get("additionalProperties", True)
        if ap is True or ap == {}:
            return True
        if ap is False:
            return False
        return (loc.child("additionalProperties"), ap)

    def _enum(self, loc: Loc, schema: dict[str, Any]) -> Shape:
        values = schema["enum"] if "enum" in schema else [schema["const"]]
        if not isinstance(values, list) or not values:
            raise SpecError(loc.file, loc.pointer + "/enum", "enum must be a non-empty list")
        types, nullable = self._types(loc, schema)
        if types or nullable:  # type and enum both apply: values of other types can never be valid
            allowed = types + (["null"] if nullable else [])
            fmt = _FORMATS.get(schema.get("format", ""), "") if "string" in types else ""
            values = [v for v in values if any(admits(t, v) and (t != "string" or format_ok(fmt, v)) for t in allowed)]
            if not values:
                reason = f"no value of the enum is of type {' or '.join(allowed)}"
                self.warnings.append(f"{loc}: no value satisfies this schema ({reason})")
                return Shape("never", loc, schema, reason=reason)
        nullable = None in values or schema.get("nullable") is True  # 3.0: nullable adds null to an enum
        kept = tuple(v for v in values if v is not None)
        if not kept:
            return Shape("prim", loc, schema, True, prim="none")
        if not all(type(v) in (str, int, bool) or (type(v) is float and v - v == 0.0) for v in kept):
            self.warnings.append(f"{loc}: enum values that are objects, arrays or non-finite numbers are not "
                                 "modelled (type loosened to any value)")
            return Shape("any", loc, schema, nullable)
        return Shape("enum", loc, schema, nullable, values=kept)

    def _members(self, loc: Loc, schema: dict[str, Any]) -> tuple[list[tuple[Loc, Any]], bool]:
        """The anyOf/oneOf members other than null ones, and whether null is allowed."""
        key = "anyOf" if "anyOf" in schema else "oneOf"
        raw_members = schema[key]
        if not isinstance(raw_members, list) or not raw_members:
            raise SpecError(loc.file, loc.pointer + "/" + key, f"{key} must be a non-empty list")
        _, nullable = self._types(loc, schema)
        members: list[tuple[Loc, Any]] = []
        for i, raw in enumerate(raw_members):
            if _is_null_schema(self.resolve(loc.child(key, i), raw)[1]):
                nullable = True
            else:
                members.append((loc.child(key, i), raw))
        return members, nullable

    def _union(self, loc: Loc, schema: dict[str, Any]) -> Shape:
        members, nullable = self._members(loc, schema)
        if not members:
            return Shape("prim", loc, schema, True, prim="none")
        if len(members) == 1:
            inner = self.of(*members[0])
            return with_nullable(inner, nullable)
        shapes = [self.of(*m) for m in members]
        if any(s.kind == "never" for s in shapes):  # a member no value satisfies adds nothing to the union
            members = [m for m, s in zip(members, shapes) if s.kind != "never"]
            shapes = [s for s in shapes if s.kind != "never"]
            if not members:
                if nullable:
                    return Shape("prim", loc, schema, True, prim="none")
                return Shape("never", loc, schema, reason="no member of the union can be satisfied")
            if len(members) == 1:
                return with_nullable(shapes[0], nullable)
        if all(s.kind == "prim" and s.prim == "str" for s in shapes):
            return Shape("prim", loc, schema, nullable or any(s.nullable for s in shapes), prim="str")
        return Shape("union", loc, schema, nullable, members=members)

    def _object_with_union(self, loc: Loc, schema: dict[str, Any]) -> Shape:
        """Properties beside anyOf/oneOf: both apply. Members that only list `required` keys become key sets
        of the object (one must be present); other members are each merged with the properties."""
        members, nullable = self._members(loc, schema)
        base = self._object(loc, {k: v for k, v in schema.items() if k not in ("anyOf", "oneOf")}, False)
        if not members:
            return Shape("prim", loc, schema, True, prim="none")
        key_sets = [_key_set(self.resolve(*m)[1]) for m in members]
        if all(ks is not None for ks in key_sets):
            base.nullable = nullable
            order = {p.wire: i for i, p in enumerate(base.props)}
            base.required_any = tuple(tuple(sorted(ks, key=lambda k: (order.get(k, len(order)), k)))
                                      for ks in key_sets if ks is not None)
            if () in base.required_any:  # one member asks for nothing: no constraint
                base.required_any = ()
            return base
        flat: list[tuple[Loc, Any, Loc]] = []  # (member, where the merged member lives)
        stack, seen = [(m, True) for m in reversed(members)], {loc}
        while stack:  # anyOf [anyOf [A, B], C] beside properties: each of A, B and C meets them
            m, direct = stack.pop()
            inner = self.of(*m)
            if inner.kind == "union" and inner.loc not in seen and "discriminator" not in inner.schema:
                seen.add(inner.loc)
                nullable = nullable or inner.nullable
                stack.extend((im, False) for im in reversed(inner.members))
            else:  # a member of a nested union is merged here under a location of this union's own
                flat.append((m[0], m[1], m[0] if direct else loc.child("allOf", "flat", len(flat))))
        typed = "object" in (schema.get("type") if isinstance(schema.get("type"), list) else [schema.get("type")])
        merged = [self._merged_member(base, mloc, raw, typed, at) for mloc, raw, at in flat]
        return Shape("union", loc, schema, nullable, members=merged)

    def _merged_member(self, base: Shape, mloc: Loc, raw: Any, typed: bool, at: Loc) -> tuple[Loc, Any]:
        """The member at mloc with the properties beside its union, as a shape cached at `at`."""
        member = self.of(mloc, raw)
        if member.kind == "union":  # a discriminated union: each of its members meets the properties
            own = {k: v for k, v in base.schema.items() if k not in ("anyOf", "oneOf", "nullable")}
            merged_raw = {"allOf": [allof.reach(self, base.loc, mloc, raw), allof.refs_in_place(base.loc, own)]}
            return allof.synthetic(self, at, "union", raw=merged_raw)
        if member.kind not in ("object", "any"):
            return mloc, raw  # properties do not apply to a non-object member
        if member.kind == "any" and not typed and not member.schema.get("required"):
            self.warnings.append(f"{mloc}: the properties beside this untyped union member are not checked for it "
                                 "(type loosened: it also takes values that are not objects)")
            return mloc, raw
        # the member and the properties beside it both apply: they meet as allOf parts do
        extra = [r for r in member.schema.get("required") or () if isinstance(r, str)] if member.kind == "any" else []
        where = at.child("allOf", "beside")  # its synthetic properties must not meet the member's own allOf's
        merged = allof.merge_objects(self, where, {}, [base] if member.kind == "any" else [base, member], extra)
        _, written = self.resolve(mloc, raw)
        schema = {k: written[k] for k in ("title", "description", "deprecated") if k in written}
        if "title" not in schema and mloc != member.loc and member.loc.pointer.startswith("/components/schemas/"):
            schema["title"] = member.loc.pointer.rsplit("/", 1)[1]
        schema["required"] = sorted([p.wire for p in merged.props if p.required] + list(merged.required_only))
        schema["type"] = "object"  # an object as the member reads it (allof._weak must not take it for a hint)
        shape = Shape("object", at, schema, member.nullable, props=merged.props,
                      additional=allof.additional_of(merged), required_only=merged.required_only,
                      required_any=merged.required_any, origin=member.origin or member.loc)
        self._cache[at] = shape
        return at, schema


def _required(loc: Loc, schema: dict[str, Any]) -> list[str]:
    required = schema.get("required") or []
    if not isinstance(required, list):
        raise SpecError(loc.file, loc.pointer + "/required", "required must be a list of property names")
    return [r for r in required if isinstance(r, str)]


_STRUCTURAL = ("type", "properties", "items", "additionalProperties", "allOf", "anyOf", "oneOf", "enum", "const",
               "$ref")


def _key_set(schema: Any) -> tuple[str, ...] | None:
    """The keys a member that only says `required: [...]` asks for; None for any other member."""
    if not isinstance(schema, dict) or any(k in schema for k in _STRUCTURAL):
        return None
    required = schema.get("required", [])
    if not isinstance(required, list):
        return None
    return tuple(r for r in required if isinstance(r, str))
