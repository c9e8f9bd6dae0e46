"""Random OpenAPI specs for the schema-level differential fuzzer (test_schema_fuzz.py), and their oracle schema.

* `specs()`: a hypothesis strategy of (version, spec) pairs. `components/schemas/Root` is a random schema from a
  small grammar (objects, allOf with overlapping/narrowing parts, anyOf/oneOf, discriminators, enums/consts of
  mixed JSON types, both nullable spellings, additionalProperties, patternProperties, prefixItems, arrays,
  $refs and recursion); `Wrapper` = {value: Root} is the one operation's 200 response, so every Root (also an
  array or a primitive) has a class to decode with.
* `oracle_schema(version, spec)`: Root as one JSON Schema 2020-12 document (components as `$defs`), read the way
  the project's contract reads OpenAPI (README "Unions", oracle_tools): oneOf is first-match (anyOf), a
  discriminator admits a member only under its tags, an untyped schema with properties is an object.

3.0 `nullable: true` is read as schema_tools._convert reads it (the project's decision): "null" joins `type`, and
`enum` too when the schema has one (so `{type: string, enum: [a], nullable: true}` accepts null); a nullable
schema without `type` (a composite) becomes `anyOf: [schema, {type: null}]`.
"""

from __future__ import annotations

from typing import Any, Callable

from hypothesis import strategies as st

from oracle_tools import first_match_semantics, map_subschemas

NAMES = ("a", "b", "kind", "n")  # few property names, so allOf parts overlap
ENUM_POOL = (1, 2, 0, -1, 1.0, 2.5, True, False, "a", "b", "dog", "", None)
PRIMS = ("string", "integer", "number", "boolean")
TAG = "kind"
REF = "#/components/schemas/"


def _json_key(v: Any) -> tuple:
    """Equality as JSON Schema has it: 1 == 1.0, True != 1."""
    return (type(v) is bool, v) if not isinstance(v, (int, float)) or isinstance(v, bool) else ("num", v)


class Grammar:
    """Draws one spec; `draw` is hypothesis's. Components are added as the Root is drawn."""

    def __init__(self, draw: Callable[[Any], Any], version: str, max_depth: int) -> None:
        self.draw, self.v, self.max_depth = draw, version, max_depth
        self.components: dict[str, Any] = {}
        self.stack: list[str] = []  # components being drawn: targets for recursive refs

    # -- randomness -------------------------------------------------------------------------------
    def pick(self, xs: Any) -> Any:
        return self.draw(st.sampled_from(list(xs)))

    def chance(self, percent: int) -> bool:
        return self.draw(st.integers(0, 99)) < percent

    def some(self, xs: Any, lo: int, hi: int) -> list[Any]:
        return self.draw(st.lists(st.sampled_from(list(xs)), min_size=lo, max_size=hi, unique=True))

    def new_name(self, stem: str) -> str:
        i = 1
        while f"{stem}{i}" in self.components or f"{stem}{i}" in self.stack:
            i += 1
        return f"{stem}{i}"

    # -- the grammar ------------------------------------------------------------------------------
    def spec(self) -> dict[str, Any]:
        self.component("Root", lambda: self.schema(self.max_depth, recursive_ok=False))
        comps = {"Wrapper": {"type": "object", "required": ["value"], "properties": {"value": {"$ref": REF + "Root"}}},
                 **self.components}
        ok = {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": REF + "Wrapper"}}}}}
        return {"openapi": "3.1.0" if self.v == "3.1" else "3.0.3", "info": {"title": "fuzz", "version": "1"},
                "paths": {"/root": {"get": {"operationId": "getRoot", "responses": ok}}},
                "components": {"schemas": comps}}

    def component(self, name: str, make: Callable[[], Any]) -> dict[str, Any]:
        self.stack.append(name)
        try:
            self.components[name] = make()
        finally:
            self.stack.pop()
        return {"$ref": REF + name}

    def schema(self, depth: int, recursive_ok: bool = False) -> Any:
        """`recursive_ok`: the location may be absent or empty (optional property, array items), so a $ref back to
        a component being drawn still has finite instances."""
        if recursive_ok and self.stack and self.chance(15):
            return {"$ref": REF + self.pick(self.stack)}
        if depth <= 0:
            return self.leaf()
        kind = self.pick(["leaf"] * 3 + ["object"] * 3 + ["array", "allOf", "allOf", "union", "union", "tagged", "ref"])
        return getattr(self, kind)(depth)

    def leaf(self, depth: int = 0) -> dict[str, Any]:
        kind = self.pick(["prim", "prim", "prim", "enum", "enum", "const", "format", "any"])
        if kind == "const" and self.v == "3.1":
            return self.maybe_null({"const": self.pick(ENUM_POOL)}, 10)
        if kind in ("enum", "const"):
            return self.enum()
        if kind == "format":
            return self.maybe_null({"type": "string", "format": self.pick(["date-time", "date"])}, 20)
        if kind == "any":
            return {}
        return self.maybe_null({"type": self.pick(PRIMS)}, 25)

    def enum(self) -> dict[str, Any]:
        values: list[Any] = []
        for v in self.some(ENUM_POOL, 1, 3):
            if all(_json_key(v) != _json_key(w) for w in values):
                values.append(v)
        out: dict[str, Any] = {"enum": values}
        types = {_type_of(v) for v in values if v is not None}
        if len(types) == 1 and self.chance(50):
            out["type"] = types.pop()
        return self.maybe_null(out, 30)

    def maybe_null(self, s: dict[str, Any], percent: int) -> dict[str, Any]:
        return self.nullable(s) if self.chance(percent) else s

    def nullable(self, s: dict[str, Any]) -> dict[str, Any]:
        if self.v == "3.0":
            return {"allOf": [s], "nullable": True} if "$ref" in s else {**s, "nullable": True}
        if "type" in s:
            t = s["type"] if isinstance(s["type"], list) else [s["type"]]
            return {**s, "type": t + ["null"]} if "null" not in t else s
        return {self.pick(["anyOf", "oneOf"]): [s, {"type": "null"}]}

    def object(self, depth: int, typed: bool = True) -> dict[str, Any]:
        names = self.some(NAMES, 1, 3)
        required = self.some(names, 0, len(names))
        props = {n: self.schema(depth - 1, recursive_ok=n not in required) for n in names}
        out: dict[str, Any] = {"type": "object"} if typed else {}
        out["properties"] = props
        if self.chance(8):
            required.append("zz")  # required without a property schema
        if required:
            out["required"] = required
        extra = self.pick(["omit"] * 4 + [True, False, False, "schema"])
        if extra != "omit":
            out["additionalProperties"] = self.schema(depth - 1) if extra == "schema" else extra
        if self.chance(3):  # warned by today's generator: rare, so warnings mask little
            out["patternProperties"] = {"^x": self.leaf()}
        return self.maybe_null(out, 15)

    def array(self, depth: int) -> dict[str, Any]:
        out: dict[str, Any] = {"type": "array", "items": self.schema(depth - 1, recursive_ok=True)}
        if self.v == "3.1" and self.chance(8):  # warned by today's generator: rare, as patternProperties
            out["prefixItems"] = [self.leaf() for _ in range(self.draw(st.integers(1, 2)))]
            if self.chance(30):
                del out["items"]
        return self.maybe_null(out, 15)

    def ref(self, depth: int) -> dict[str, Any]:
        done = [n for n in self.components if n != "Root"]
        if done and self.chance(40):
            return {"$ref": REF + self.pick(done)}
        return self.component(self.new_name("C"), lambda: self.schema(depth - 1))

    def union(self, depth: int) -> dict[str, Any]:
        members = [self.schema(depth - 1) for _ in range(self.draw(st.integers(2, 3)))]
        if self.chance(20):
            members.insert(self.draw(st.integers(0, len(members))), {"type": "null"})
        out: dict[str, Any] = {self.pick(["anyOf", "oneOf"]): members}
        if self.chance(15):
            out["properties"] = {self.pick(NAMES): self.leaf()}  # properties beside the union
        return out

    def tagged(self, depth: int) -> dict[str, Any]:
        """A discriminated union of $refs to object components with a tag property (const, enum or plain)."""
        refs, mapping = [], {}
        for i in range(self.draw(st.integers(2, 3))):
            name = self.new_name("M")
            tags = [f"t{i}"] + ([f"u{i}"] if self.chance(25) else [])
            style = self.pick(["const", "enum", "plain"] if self.v == "3.1" else ["enum", "plain"])
            tag = {"const": {"const": tags[0]}, "enum": {"type": "string", "enum": tags}}.get(style, {"type": "string"})
            if style == "const":
                tags = tags[:1]
            elif style == "plain":
                tags = [name] if self.chance(50) else [f"x{i}"]
            body = self.object(depth - 1)
            body = {"type": "object", "properties": {**body.get("properties", {}), TAG: tag},
                    "required": [TAG] + [r for r in body.get("required", ()) if r != TAG]}
            refs.append(self.component(name, lambda b=body: b))
            mapping.update({t: REF + name for t in tags})
        out: dict[str, Any] = {self.pick(["oneOf", "anyOf"]): refs, "discriminator": {"propertyName": TAG}}
        if self.chance(50) or any(k.startswith("x") for k in mapping):
            out["discriminator"]["mapping"] = mapping
        return out

    def all_of(self, depth: int) -> dict[str, Any]:
        base = self.object(depth - 1) if self.chance(60) else self.ref_object(depth - 1)
        base_props = self.resolve(base).get("properties", {})
        parts = [base]
        for _ in range(self.draw(st.integers(1, 2))):
            parts.append(self.narrowing(depth - 1, base_props))
        out: dict[str, Any] = {"allOf": parts}
        if self.chance(15):
            out["properties"] = {self.pick(NAMES): self.leaf()}  # properties beside allOf
        return out

    def ref_object(self, depth: int) -> dict[str, Any]:
        return self.component(self.new_name("B"), lambda: self.object(max(depth, 1)))

    def narrowing(self, depth: int, base_props: dict[str, Any]) -> dict[str, Any]:
        """An allOf part that overlaps the base part: the same property narrowed (or contradicted), more
        required keys, another object, or (rarely) a conflicting type."""
        kind = self.pick(["narrow"] * 5 + ["required", "object", "object", "conflict"])
        if kind == "narrow" and base_props:
            name = self.pick(base_props)
            return {"properties": {name: self.narrowed(self.resolve(base_props[name]), depth)}}
        if kind == "required":
            return {"required": self.some(NAMES, 1, 2)}
        if kind == "conflict":
            return {"type": self.pick(PRIMS)}
        return self.object(max(depth, 1), typed=self.chance(50))

    def narrowed(self, s: Any, depth: int) -> Any:
        """A schema related to `s`: a const/enum inside it, its nested object with other `required`, it without
        null, or something else entirely (a type conflict)."""
        if not isinstance(s, dict):
            return self.leaf()
        types = s.get("type") if isinstance(s.get("type"), list) else [s.get("type")]
        if "null" in types or s.get("nullable") or "anyOf" in s or "oneOf" in s:
            if self.chance(50):  # a nullable property made non-null
                rest = [t for t in types if t not in ("null", None)]
                return {"type": rest[0] if len(rest) == 1 else rest} if rest else {"type": "object"}
        if "enum" in s and len(s["enum"]) > 1 and self.chance(70):
            return {"enum": s["enum"][:-1]}
        if "properties" in s and self.chance(70):
            names = list(s["properties"])
            return {"type": "object", "properties": {n: {} for n in names}, "required": self.some(names, 1, len(names))}
        if "string" in types and self.chance(70):
            return {"const": "dog"} if self.v == "3.1" and self.chance(50) else {"enum": ["dog", "cat"]}
        if {"integer", "number"} & set(types) and self.chance(70):
            return {"enum": self.some([1, 2, 2.5, 1.0], 1, 2)}
        if self.chance(60):  # compatible: the same type again, or anything
            return {"type": types[0]} if types[0] else {}
        return self.leaf()  # often a type conflict

    def resolve(self, s: Any) -> Any:
        seen = set()
        while isinstance(s, dict) and "$ref" in s and s["$ref"] not in seen:
            seen.add(s["$ref"])
            s = self.components.get(s["$ref"][len(REF):], {})
        return s


Grammar.allOf = Grammar.all_of  # the kind names of `schema`


def _type_of(v: Any) -> str:
    return {bool: "boolean", int: "integer", float: "number", str: "string"}[type(v)]


@st.composite
def specs(draw: Any, max_depth: int = 3) -> tuple[str, dict[str, Any]]:
    version = draw(st.sampled_from(["3.1", "3.0"]))
    return version, Grammar(draw, version, max_depth).spec()


# --------------------------------------------------------------------------------------------------
# the oracle's reading of the spec
# --------------------------------------------------------------------------------------------------


def oracle_schema(version: str, spec: dict[str, Any]) -> dict[str, Any]:
    """Root as a JSON Schema 2020-12 document with every component under `$defs`."""
    comps = spec["components"]["schemas"]
    defs = {name: _convert(s, version, comps) for name, s in comps.items()}
    return {"$defs": defs, "$ref": "#/$defs/Root"}


def _convert(s: Any, version: str, comps: dict[str, Any], part: bool = False) -> Any:
    """`part`: an allOf part, where an untyped schema with properties constrains objects only (JSON Schema's
    reading, which the generator keeps there); elsewhere it is read as an object (implied_types)."""
    if not isinstance(s, dict):
        return s
    if "$ref" in s:
        return {"$ref": "#/$defs/" + s["$ref"][len(REF):]}
    out = map_subschemas(s, lambda sub: _convert(sub, version, comps))
    if isinstance(s.get("allOf"), list):
        out["allOf"] = [_convert(sub, version, comps, part=True) for sub in s["allOf"]]
    for k in ("patternProperties",):
        if k in out:
            out[k] = {p: _convert(sub, version, comps) for p, sub in out[k].items()}
    if "prefixItems" in out:
        out["prefixItems"] = [_convert(sub, version, comps) for sub in out["prefixItems"]]
    if "discriminator" in out:
        tag = out["discriminator"]["propertyName"]
        mapping = out.pop("discriminator").get("mapping")
        key = "oneOf" if "oneOf" in out else "anyOf"
        out[key] = [{"allOf": [m, {"properties": {tag: {"enum": _tags(raw, tag, mapping, comps)}}}]}
                    for m, raw in zip(out[key], s[key])]
    if version == "3.0" and out.pop("nullable", False) is True:
        if "type" in out:
            out["type"] = (out["type"] if isinstance(out["type"], list) else [out["type"]]) + ["null"]
        if "enum" in out and None not in out["enum"]:
            out["enum"] = out["enum"] + [None]
        if "type" not in out and "enum" not in out:
            out = {"anyOf": [out, {"type": "null"}]}
    if "type" not in out and ("properties" in out or "additionalProperties" in out) and _key_sets_only(s, comps):
        null = any(isinstance(m, dict) and m.get("type") in ("null", ["null"]) for m in s.get("anyOf", s.get("oneOf")))
        out["type"] = ["object", "null"] if null else "object"  # beside bare `required` lists: read as an object
    if not part and "type" not in out and not any(k in out for k in ("allOf", "anyOf", "oneOf", "enum", "const")):
        if "properties" in out or "additionalProperties" in out:  # implied_types, at this level only (every
            out["type"] = "object"  # level is converted by its own call)
        elif "items" in out:
            out["type"] = "array"
    return first_match_semantics(out)


def _key_sets_only(s: dict[str, Any], comps: dict[str, Any]) -> bool:
    """anyOf/oneOf whose members (null ones aside, $refs followed) are all bare `required` lists or {}: the generator
    reads the schema as one object."""
    members = s.get("anyOf", s.get("oneOf"))
    if not isinstance(members, list):
        return False
    structural = ("type", "properties", "items", "additionalProperties", "allOf", "anyOf", "oneOf", "enum", "const")
    for m in members:
        seen = 0
        while isinstance(m, dict) and "$ref" in m and seen < 20:
            m, seen = comps.get(m["$ref"][len(REF):]), seen + 1
        if not isinstance(m, dict) or m.get("type") == "null" or m.get("type") == ["null"]:
            continue
        if any(k in m for k in structural) or "$ref" in m:
            return False
    return True


def _tags(member: dict[str, Any], tag: str, mapping: Any, comps: dict[str, Any]) -> list[str]:
    """The tag values that select `member` (a $ref): mapping keys, else its const/enum, else its name."""
    name = member["$ref"][len(REF):]
    if mapping:
        return [k for k, v in mapping.items() if v in (REF + name, name)]
    prop = comps[name].get("properties", {}).get(tag, {})
    if "const" in prop:
        return [prop["const"]]
    return list(prop.get("enum", [name]))
