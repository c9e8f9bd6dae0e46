"""What a schema is, once `$ref`, `allOf` and the nullable forms are looked through.

`Shapes.of(loc, raw)` answers with a `Shape`: an object, enum or union (the kinds that become named
models), or a transparent array, map, primitive or any-value. Results are cached by location.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.errors import SpecError
from generator.load import Documents, Loc

NAMED_KINDS = ("object", "enum", "union")
_PRIMITIVE_TYPES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "none"}
_FORMATS = {"date-time": "datetime", "date": "date"}
_JSON_NAMES = {"str": "string", "int": "integer", "float": "number", "bool": "boolean", "none": "null",
               "datetime": "string (date-time)", "date": "string (date)"}


@dataclass
class Prop:
    wire: str
    loc: Loc
    raw: Any  # the property schema as written (may be a $ref)
    required: bool


@dataclass
class Shape:
    kind: str  # object | enum | union | array | map | prim | any
    loc: Loc
    schema: dict[str, Any]
    nullable: bool = False
    prim: str = ""  # str int float bool datetime date none (kind == prim)
    props: list[Prop] = field(default_factory=list)
    additional: Any = True  # True (any), False (forbidden) or (Loc, raw) for a schema
    values: tuple[Any, ...] = ()  # enum values, null excluded
    members: list[tuple[Loc, Any]] = field(default_factory=list)  # union members, nulls excluded
    item: tuple[Loc, Any] | None = None  # array items / map values
    required_only: tuple[str, ...] = ()  # required names that have no property schema
    required_any: tuple[tuple[str, ...], ...] = ()  # anyOf/oneOf of `required` lists: one set must be present
    origin: Loc | None = None  # a union member merged with its parent's properties: the member as written
    warnings: list[str] = field(default_factory=list)

    @property
    def named(self) -> bool:
        return self.kind in NAMED_KINDS


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

    def resolve(self, loc: Loc, raw: Any) -> tuple[Loc, Any]:
        return self.docs.resolve(loc, raw)

    def of(self, loc: Loc, raw: Any) -> Shape:
        loc, schema = self.resolve(loc, raw)
        cached = self._cache.get(loc)
        if cached is None:
            self._cache[loc] = cached = Shape("any", loc, {})  # placeholder breaks allOf cycles
            cached = self._cache[loc] = self._analyse(loc, schema)
        return cached

    def at(self, loc: Loc) -> Shape:
        """The shape a model was named for: the schema at loc (a merged union member stays merged)."""
        return self._cache.get(loc) or self.of(loc, self.docs.get(loc))

    # -- analysis -------------------------------------------------------------------------------

    def _analyse(self, loc: Loc, schema: Any) -> Shape:
        if schema is True or schema == {}:
            return Shape("any", loc, {})
        if not isinstance(schema, dict):
            if schema is False:
                return Shape("any", loc, {})
            raise SpecError(loc.file, loc.pointer, f"expected a schema object, got {type(schema).__name__}")
        nullable = schema.get("nullable") is True
        for keyword in ("not", "if", "patternProperties", "dependentSchemas", "unevaluatedProperties"):
            if keyword in schema:
                self.warnings.append(f"{loc}: unsupported keyword {keyword!r} ignored (type loosened)")
        if "allOf" in schema:
            shape = self._all_of(loc, schema)
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
            members = [(loc.child("type", i), {"type": t}) for i, t in enumerate(types)]
            return Shape("union", loc, schema, nullable, members=members)
        t = types[0] if types else None
        if t == "object" or (t is None and ("properties" in schema or "additionalProperties" in schema)):
            return self._object(loc, schema, nullable)
        if t == "array" or (t is None and "items" in schema):
            items = schema.get("items", True)
            if isinstance(items, list):  # 3.0-era tuple form: loosest correct type
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
        if not isinstance(props_raw, dict):
            raise SpecError(loc.file, loc.pointer + "/properties", "properties must be a mapping")
        required = _required(loc, schema)
        additional = self._additional(loc, schema)
        if not props_raw and additional is not False:
            if additional is True:
                return Shape("map", loc, schema, nullable, item=(loc.child("additionalProperties"), True))
            return Shape("map", loc, schema, nullable, item=additional)
        props = [Prop(name, loc.child("properties", name), sub, name in required) for name, sub in props_raw.items()]
        only = tuple(sorted(r for r in required if r not in props_raw))
        return Shape("object", loc, schema, nullable, props=props, additional=additional, required_only=only)

    def _additional(self, loc: Loc, schema: dict[str, Any]) -> Any:
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
        nullable = nullable or None in values or schema.get("nullable") is True
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
            return _with_nullable(inner, nullable)
        shapes = [self.of(*m) for m in members]
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
        merged = [self._merged_member(base, mloc, raw) for mloc, raw in members]
        return Shape("union", loc, schema, nullable, members=merged)

    def _merged_member(self, base: Shape, mloc: Loc, raw: Any) -> tuple[Loc, Any]:
        member = self.of(mloc, raw)
        if member.kind not in ("object", "any"):
            return mloc, raw  # properties do not apply to a non-object member
        props = {p.wire: p for p in base.props}
        props.update((p.wire, p) for p in member.props)  # the member narrows a property it redefines
        required = {p.wire for p in base.props if p.required} | {p.wire for p in member.props if p.required}
        required.update(r for r in member.schema.get("required") or () if isinstance(r, str))
        required.update(base.required_only)
        additional = base.additional
        if member.additional is False or additional is False:
            additional = False
        elif isinstance(member.additional, tuple):
            additional = member.additional
        merged = [Prop(p.wire, p.loc, p.raw, p.wire in required) for p in props.values()]
        only = tuple(sorted(r for r in required if r not in props))
        _, written = self.resolve(mloc, raw)
        schema = {k: written[k] for k in ("title", "description", "deprecated") if k in written}
        if "title" not in schema and mloc != member.loc and member.loc.pointer.startswith("/components/schemas/"):
            schema["title"] = member.loc.pointer.rsplit("/", 1)[1]
        schema["required"] = sorted(required)
        shape = Shape("object", mloc, schema, member.nullable, props=merged, additional=additional,
                      required_only=only, origin=member.loc)
        self._cache[mloc] = shape
        return mloc, schema

    def _all_of(self, loc: Loc, schema: dict[str, Any]) -> Shape:
        parts = schema["allOf"]
        if not isinstance(parts, list) or not parts:
            raise SpecError(loc.file, loc.pointer + "/allOf", "allOf must be a non-empty list")
        own_props = bool(schema.get("properties"))
        if len(parts) == 1 and not own_props:
            inner = self.of(loc.child("allOf", 0), parts[0])
            return _with_nullable(inner, schema.get("nullable") is True)
        props: dict[str, Prop] = {}
        required: set[str] = set(_required(loc, schema))
        additional: Any = True
        others: list[Shape] = []
        for i, raw in enumerate(parts):
            part = self.of(loc.child("allOf", i), raw)
            required.update(r for r in part.schema.get("required") or [] if isinstance(r, str))
            if part.kind == "object":
                for p in part.props:
                    props.setdefault(p.wire, p)
                    if p.required:
                        required.add(p.wire)
                if part.additional is False:
                    additional = False
            elif part.kind == "any" or (part.kind == "map" and part.item and part.item[1] is True):
                continue
            elif part.kind == "map" and part.item is not None:
                additional = part.item  # a map part types the object's other keys
            else:
                others.append(part)
        if own_props:
            own = self._object(loc, {k: v for k, v in schema.items() if k != "allOf"}, False)
            for p in own.props:
                props.setdefault(p.wire, p)
                if p.required:
                    required.add(p.wire)
        if not props:
            if not others:
                if isinstance(additional, tuple):
                    return Shape("map", loc, schema, item=additional)
                return Shape("any", loc, schema)
            kinds = {s.prim or s.kind for s in others}
            if kinds == {"int", "float"}:  # integer is a number: the intersection is integer
                return next(s for s in others if s.prim == "int")
            if len(kinds) > 1:
                spelled = " and ".join(sorted(_JSON_NAMES.get(k, k) for k in kinds))
                raise SpecError(loc.file, loc.pointer + "/allOf", f"allOf parts have conflicting types: {spelled}")
            return others[0]
        unions = [o for o in others if o.kind == "union"]
        if unions and len(unions) == len(others):
            # allOf [object, oneOf [...]]: modelled as the object with its other keys kept (loosest correct)
            self.warnings.append(f"{loc}: allOf of an object and a union is modelled as the object; "
                                 "the union's properties are kept as additional properties")
            additional = True if additional is False else additional
        elif others:
            raise SpecError(loc.file, loc.pointer + "/allOf", f"allOf mixes an object with a {others[0].kind} part")
        merged = [Prop(p.wire, p.loc, p.raw, p.wire in required) for p in props.values()]
        only = tuple(sorted(r for r in required if r not in props))
        return Shape("object", loc, schema, props=merged, additional=additional, required_only=only)


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


def _with_nullable(shape: Shape, nullable: bool) -> Shape:
    if not nullable or shape.nullable:
        return shape
    copy = Shape(**{f: getattr(shape, f) for f in shape.__dataclass_fields__})
    copy.nullable = True
    return copy
