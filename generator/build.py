"""Spec -> IR: walks the named schemas and decides types, Python names, docs values and examples."""

from __future__ import annotations

import os
import random
from dataclasses import replace
from typing import Any

from generator import fragment, limits, roots, spelling
from generator.config import POOL_ROLES, Options
from generator.errors import ConfigError
from generator.filenames import Stems, claim_order, module_stem, page_stems
from generator.ir import Api, Body, Example, Field, Model, ModelId, Module, TypeRef
from generator.load import Documents, Loc
from generator.naming import NameLock, Namer, Names, finalize
from generator.roots import pascal
from generator.pynames import attribute_names, py_literal, snake
from generator.shapes import Shape, Shapes

_POOL_GLOBALS = ("importlib", "getattr", "globals")  # what a pool's lazy __getattr__ calls: no module takes them
_MAX_GUARD_VALUES = 8
_TYPE_GUARDS = {  # true for every value the decoder of that kind accepts
    "str": "type(data) is str", "datetime": "type(data) is str", "date": "type(data) is str",
    "int": "type(data) is int or type(data) is float", "float": "type(data) is float or type(data) is int",
    "bool": "type(data) is bool", "none": "data is None", "list": "type(data) is list", "map": "type(data) is dict",
}
_MAX_EXAMPLE_DEPTH = 6
_MAX_REQUIRED_DEPTH = 40


def load_api(spec_path: str, package: str, overrides: dict[str, str] | None = None,
             lock: NameLock | None = None, options: Options = Options()) -> Api:
    """The IR of a spec; `lock` (read and filled in) keeps the names of an earlier run."""
    with limits.gc_paused():  # the parsed spec and the IR are long-lived: collections would only walk them
        return _load_api(spec_path, package, overrides, lock, options)


def _load_api(spec_path: str, package: str, overrides: dict[str, str] | None, lock: NameLock | None,
              options: Options) -> Api:
    spec_file = os.path.abspath(spec_path)
    docs = Documents()
    if options.fragment is not None:
        spec_file = fragment.wrap(docs, spec_file, options.fragment)
    roots.check_openapi(spec_file, docs.load(spec_file))
    shapes = Shapes(docs)
    comps = roots.components(docs, spec_file)
    all_ops = roots.operations(docs, spec_file)
    _check_selected(spec_file, options, all_ops)
    ops = [op for op in all_ops if (not options.operations or op.operation_id in options.operations)
           and (not options.tags or set(op.tags) & set(options.tags))]
    bodies = [b for op in ops for b in roots.request_bodies(docs, op)]
    bodies += [b for op in ops for b in roots.response_bodies(docs, op) if options.wants_status(b.status)]
    shapes.warnings.extend(roots.root_warnings(docs, spec_file, comps, all_ops, ops, bodies))
    override_locs = {Loc(spec_file, ptr): name for ptr, name in (overrides or {}).items()}
    if options.fragment is not None:
        for loc in fragment.root_locs(docs, spec_file)[:1]:
            override_locs.setdefault(loc, options.fragment.name)
    names = Namer(docs, shapes, override_locs, lock).run(comps, bodies)
    api = Builder(docs, shapes, names, spec_file, package, bodies, options).build()
    if not api.models and (comps or bodies):
        api = replace(api, warnings=api.warnings + (roots.no_models_warning(spec_file, comps, bodies),))
    return replace(api, sources=docs.files, source_digests=tuple(docs.digests[f] for f in docs.files))


def _check_selected(spec_file: str, options: Options, ops: list[roots.Operation]) -> None:
    """operations/tags in the config must name something in the spec: a typo would silently select nothing."""
    for key, wanted, known in (("operations", options.operations, {op.operation_id for op in ops}),
                               ("tags", options.tags, {t for op in ops for t in op.tags})):
        missing = [w for w in wanted if w not in known]
        if missing:
            raise ConfigError(f"[tool.generator] {key}: {missing[0]!r} is not in {spec_file}")


class Builder:
    def __init__(self, docs: Documents, shapes: Shapes, names: Names, spec_file: str, package: str,
                 bodies: list[roots.BodyRoot], options: Options = Options()) -> None:
        self.options = options
        self.pool_of = dict(zip(POOL_ROLES, options.pools))  # role -> subpackage name
        self.docs = docs
        self.shapes = shapes
        self.names = names
        self.spec_file = spec_file
        self.spec_dir = os.path.dirname(spec_file)
        self._relpaths: dict[str, str] = {}  # spec file -> its path from spec_dir
        self.package = package
        self.bodies = bodies
        self.body_desc = {}
        for b in bodies:  # bodies written inside their operation (which may be in another file); components keep
            loc, _ = shapes.resolve(b.loc, b.raw)  # their own text
            op = b.operation.loc
            if loc.file == op.file and loc.pointer.startswith(op.pointer + "/"):
                self.body_desc.setdefault(loc, b.description)
        self._building: set[Loc] = set()
        self.models: dict[ModelId, Model] = {}
        self.spec_examples: dict[tuple[ModelId, str], Any] = {}
        self.pages: dict[tuple[str, str], str] = {}  # ModelId -> page name (build decides them once every model is known)

    # -- types ------------------------------------------------------------------------------------

    def id_of(self, shape: Shape) -> ModelId:
        got = self.names.by_loc.get(shape.loc)
        if got is None:  # reached only through a path the naming walk does not take
            tokens = [pascal(t) for t in shape.loc.pointer.split("/")[-2:]]
            name = self.names.first_free("components", [finalize(tokens)])
            got = ("components", self.names.claim("components", name, shape.loc))
        return self.mid(*got)

    def type_of(self, loc: Loc, raw: Any) -> TypeRef:
        shape = self.shapes.of(loc, raw)
        if shape.named:
            kind = {"object": "model"}.get(shape.kind, shape.kind)
            check = ""
            if shape.kind == "enum":
                kinds = {type(v) for v in shape.values}
                check = "str" if kinds == {str} else ""  # other enums go through their decoder
                check = "open" if check and self.options.open_enums else check
            return TypeRef(kind, shape.nullable, target=self.id_of(shape), enum_check=check)
        if shape.kind in ("array", "map"):
            assert shape.item is not None
            if shape.loc in self._building:  # a container that contains itself
                warning = (f"{shape.loc}: an array or map that contains itself is modelled with items of any value "
                           "(type loosened)")
                if warning not in self.shapes.warnings:
                    self.shapes.warnings.append(warning)
                return TypeRef(shape.kind.replace("array", "list"), shape.nullable, item=TypeRef("any"))
            limits.check_nesting(shape.loc, len(self._building))  # _building: the arrays/maps around it
            self._building.add(shape.loc)
            try:
                item = self.type_of(*shape.item)
            finally:
                self._building.discard(shape.loc)
            return TypeRef("list" if shape.kind == "array" else "map", shape.nullable, item=item)
        if shape.kind == "prim":
            return TypeRef(shape.prim, shape.nullable and shape.prim != "none")
        if shape.kind == "never":
            return TypeRef("never", reason=shape.reason)
        return TypeRef("any")

    def doc_type(self, t: TypeRef, docs_root: str = "../../") -> str:
        return spelling.doc_type(t, self.pages.__getitem__, docs_root)

    # -- models -----------------------------------------------------------------------------------

    def mid(self, role: str, name: str) -> ModelId:
        """A model's id; its pool is the subpackage name configured for the role (components/operations/errors)."""
        return ModelId(self.pool_of[role], name)

    def pointer(self, loc: Loc) -> str:
        rel = self._relpaths.get(loc.file)
        if rel is None:
            rel = self._relpaths[loc.file] = os.path.relpath(loc.file, self.spec_dir)
        return f"{rel}#{loc.pointer}"

    def description(self, shape: Shape) -> str:
        d = shape.schema.get("description")
        if not isinstance(d, str) or not d.strip():
            d = self.names.desc.get(shape.loc) or self.body_desc.get(shape.loc) or ""
        return d.strip()

    def build(self) -> Api:
        for loc in list(self.names.order):
            pool, name = self.names.by_loc[loc]
            shape = self.shapes.at(loc)
            mid = self.mid(pool, name)
            self.models[mid] = self.model(mid, shape)
        i = 0
        order = list(self.names.order)
        while i < len(self.names.order):  # models claimed late by id_of
            loc = self.names.order[i]
            i += 1
            mid = self.mid(*self.names.by_loc[loc])
            if mid not in self.models:
                self.models[mid] = self.model(mid, self.shapes.at(loc))
                order.append(loc)
        for pool, name, target_loc, _ in self.names.aliases:
            target = self.mid(*self.names.by_loc[target_loc])
            src = self.models[target]
            self.models[self.mid(pool, name)] = replace(src, kind="alias", id=self.mid(pool, name), target=target)
        models = _distinct_snakes([m for m in self.models.values()])
        self.pages = page_stems([m.id for m in models])
        models = [self.linked(m) for m in models]
        examples = {m.id: dict(example=self.example_of_model(m) if m.kind in ("object", "enum") else None,
                               member_examples=self.member_examples(m) if m.kind == "union" else ()) for m in models}
        modules = self.modules(models, examples)
        by_id = {m.id: m for mod in modules for m in mod.models}
        ordered = tuple(by_id[m.id] for m in models)
        bodies = tuple(self.body(b) for b in self.bodies)
        info = self.docs.get(Loc(self.spec_file, "")).get("info")
        title = info.get("title") if isinstance(info, dict) else None
        return Api(self.package, modules, ordered, tuple(self.shapes.warnings), bodies,
                   title if isinstance(title, str) else "", pools=self.options.pools)

    def linked(self, m: Model) -> Model:
        """The model with its page name and its docs' links to other pages: written once every page has a name."""
        fields = tuple(replace(f, doc_type=self.doc_type(f.type)) for f in m.fields)
        return replace(m, page=self.pages[m.id], fields=fields, exports=spelling.exports(m.kind, m.name, m.snake),
                       member_doc_types=tuple(self.doc_type(t) for t in m.members),
                       member_headings=tuple(spelling.heading(t) for t in m.members))

    def body(self, b: roots.BodyRoot) -> Body:
        t = self.type_of(b.loc, b.raw)
        op = self.docs.get(b.operation.loc)
        summary = op.get("summary") if isinstance(op, dict) else None
        summary = " ".join(summary.split()) if isinstance(summary, str) else ""
        return Body(b.kind, b.operation.op, b.status, b.content_type, b.loc.pointer, t, b.operation.method.upper(),
                    b.operation.path, summary, self.doc_type(t, docs_root=""))

    def model(self, mid: ModelId, shape: Shape) -> Model:
        common = dict(id=mid, pointer=self.pointer(shape.loc), module="", description=self.description(shape),
                      deprecated=shape.schema.get("deprecated") is True, snake=snake(mid.name))
        if shape.kind == "object":
            return self.object_model(shape, common)
        if shape.kind == "enum":
            literals = tuple(py_literal(v) for v in shape.values)
            is_open = self.options.open_enums and all(type(v) is str for v in shape.values)
            return Model("enum", values=shape.values, value_literals=literals, open=is_open,
                         enum_type=spelling.enum_annotation(shape.values, literals, is_open), **common)
        if shape.kind == "union":
            return self.union_model(shape, common)
        raise AssertionError((shape.kind, shape.loc, mid))

    def object_model(self, shape: Shape, common: dict[str, Any]) -> Model:
        extras_name = "additional_properties"
        wire = [p.wire for p in shape.props]
        types = [self.type_of(p.loc, p.raw) for p in shape.props]
        used_in_annotations = tuple(sorted({d.name for t in types for d in _targets(t)} | {common["id"].name}))
        py_names = attribute_names(wire + [extras_name], used_in_annotations)
        extras_py = py_names.pop()
        fields = []
        for i, (p, py, t) in enumerate(zip(shape.props, py_names, types)):
            _, sub = self.shapes.resolve(p.loc, p.raw)
            desc = _field_description(p.raw, sub)
            deprecated = isinstance(sub, dict) and sub.get("deprecated") is True
            value = spec_example(sub)
            shown = p.required or (isinstance(sub, dict) and ("example" in sub or "examples" in sub))
            if value is not None and shown:
                self.spec_examples[(common["id"], p.wire)] = value
            fields.append(Field(p.wire, py, t, p.required, spelling.field_annotation(t, p.required),
                                "", (desc or "").strip() if isinstance(desc, str) else "", deprecated,  # "": linked()
                                spelling.local(i)))
        extras = self.extras(shape)
        extras_type = self.type_of(*shape.additional) if extras == "typed" else None
        guard = " or ".join("(" + " and ".join(f"{py_literal(k)} in data" for k in keys) + ")"
                            for keys in shape.required_any)
        extras_annotation = spelling.annotation(extras_type) if extras_type is not None else "Any"
        return Model("object", fields=tuple(fields), extras=extras, extras_type=extras_type, extras_py=extras_py,
                     extras_annotation=extras_annotation,
                     required_extras=shape.required_only, key_sets=shape.required_any, key_sets_guard=guard,
                     **common)

    def extras(self, shape: Shape) -> str:
        """What an object model does with keys no property names: allow, forbid, drop or typed."""
        if shape.additional is False:
            return "forbid"
        if shape.additional is not True:
            return "typed"
        named = {p.wire for p in shape.props}
        if any(k not in named for k in shape.required_only + tuple(k for ks in shape.required_any for k in ks)):
            return "allow"  # keys `required` names without a property live in additional_properties
        return {"keep": "allow", "drop": "drop", "reject": "forbid"}[self.options.unknown_keys]

    def union_model(self, shape: Shape, common: dict[str, Any]) -> Model:
        members = tuple(self.type_of(loc, raw) for loc, raw in shape.members)
        disc = shape.schema.get("discriminator")
        prop, tags, optional = "", (), False
        if isinstance(disc, dict) and isinstance(disc.get("propertyName"), str):
            prop = disc["propertyName"]
        else:
            prop = self.implied_tag(shape)
        if prop:
            found = self.tag_map(shape, prop, set())
            if found is not None:
                tags = tuple((py_literal(value), i) for value, i in found)
                optional = not all(self.requires_tag(self.shapes.of(loc, raw), prop, set())
                                   for loc, raw in shape.members)
        shaped = [self.shapes.of(loc, raw) for loc, raw in shape.members]
        guards = [self.member_guard(t, s) for s, t in zip(shaped, members)]
        keeps = tuple(self.member_keeps(t, s) for s, t in zip(shaped, members))
        return Model("union", members=members, member_guards=tuple(guards), member_keeps=keeps if any(keeps) else (),
                     discriminator=prop if tags else "", tag_members=tags, tag_optional=optional, **common)

    def member_guard(self, t: TypeRef, mshape: Shape) -> str:
        """A cheap test that is true for every value the member accepts (and false for most others), so a
        first-match union tries a member only when it may fit: no exception raised on the happy path."""
        if t.kind == "model":
            tests = ["type(data) is dict"]
            for p in (p for p in mshape.props if p.required):
                tests.append(f"{py_literal(p.wire)} in data")
                ps = self.shapes.of(p.loc, p.raw)
                if ps.kind == "enum" and not ps.nullable and len(ps.values) <= _MAX_GUARD_VALUES:
                    if all(type(v) is str for v in ps.values):
                        item = f"data[{py_literal(p.wire)}]"
                        tests.append(f"{item} == {py_literal(ps.values[0])}" if len(ps.values) == 1
                                     else f"{item} in {py_literal(ps.values)}")
            guard = " and ".join(tests)
        elif t.kind == "enum":
            guard = "type(data) is str" if all(type(v) is str for v in mshape.values) else ""
        else:
            guard = _TYPE_GUARDS.get(t.kind, "")
        if guard and t.nullable:
            guard = f"data is None or ({guard})"
        return guard

    def member_keeps(self, t: TypeRef, mshape: Shape) -> str:
        """For a member that drops unknown keys: true when it keeps one of the data's keys. A member that would
        drop them all is tried only after those that keep some (data lost on to_dict otherwise)."""
        if t.kind != "model" or self.extras(mshape) != "drop":
            return ""
        if not mshape.props:
            return "not data"
        return f"(not data or not data.keys().isdisjoint({py_literal(tuple(p.wire for p in mshape.props))}))"

    def implied_tag(self, shape: Shape) -> str:
        """A property every member requires, each with its own string enum values, none shared: only the member
        whose values hold the data's tag can accept it, so dispatching on it decides as first-match does."""
        members = [self.shapes.of(loc, raw) for loc, raw in shape.members]
        if any(m.kind != "object" or m.nullable for m in members):
            return ""
        for p in members[0].props:
            seen: set[str] = set()
            for m in members:
                mp = next((q for q in m.props if q.wire == p.wire and q.required), None)
                ps = self.shapes.of(mp.loc, mp.raw) if mp else None
                values = ps.values if ps and ps.kind == "enum" and not ps.nullable else ()
                if not values or not all(type(v) is str for v in values) or seen & set(values):
                    break
                seen.update(values)
            else:
                return p.wire
        return ""

    def tag_map(self, shape: Shape, prop: str, seen: set[Loc]) -> list[tuple[str, int]] | None:
        """(tag value, member index) for a discriminated union, or None when some member cannot be reached
        by its tag (then the union decodes first-match). Tags come from the mapping, else from the member's
        enum/const for the property (every value), else from its component name; a member that is itself a
        discriminated union contributes all of its tags."""
        if shape.loc in seen:
            return None
        seen = seen | {shape.loc}
        disc = shape.schema.get("discriminator")
        mapping = disc.get("mapping") if isinstance(disc, dict) and disc.get("propertyName") == prop else None
        origins = [self.shapes.of(loc, raw).origin or self.shapes.resolve(loc, raw)[0] for loc, raw in shape.members]
        out: list[tuple[str, int]] = []
        for value, ref in (mapping if isinstance(mapping, dict) else {}).items():
            ref = str(ref)
            target = (self.docs.ref_target(shape.loc, ref) if "/" in ref
                      else Loc(self.spec_file, f"/components/schemas/{ref}"))
            if target in origins:
                out.append((str(value), origins.index(target)))
        mapped = {i for _, i in out}
        for i, (loc, raw) in enumerate(shape.members):
            if i in mapped:
                continue
            values = self.member_tags(self.shapes.of(loc, raw), prop, seen)
            if values is None:
                return None
            out.extend((v, i) for v in values)
        out.sort(key=lambda e: (e[1], e[0]))  # by member, then tag: the mapping's order means nothing
        if len({v for v, _ in out}) != len(out) or len({i for _, i in out}) != len(shape.members):
            return None
        return out

    def member_tags(self, mshape: Shape, prop: str, seen: set[Loc]) -> list[str] | None:
        if mshape.kind == "union":
            inner = self.tag_map(mshape, prop, seen)
            return None if inner is None else [v for v, _ in inner]
        if mshape.kind != "object" or mshape.nullable:
            return None
        for p in mshape.props:
            if p.wire == prop:
                ps = self.shapes.of(p.loc, p.raw)
                if ps.kind == "enum" and all(type(v) is str for v in ps.values):
                    return list(ps.values)
        origin = mshape.origin or mshape.loc
        if origin.pointer.startswith("/components/schemas/"):
            return [origin.pointer.rsplit("/", 1)[1]]
        return None

    def requires_tag(self, mshape: Shape, prop: str, seen: set[Loc]) -> bool:
        if mshape.kind == "union":
            if mshape.loc in seen:
                return True
            return all(self.requires_tag(self.shapes.of(loc, raw), prop, seen | {mshape.loc})
                       for loc, raw in mshape.members)
        return any(p.wire == prop and p.required for p in mshape.props) or prop in mshape.required_only

    # -- examples ---------------------------------------------------------------------------------

    def example_of_model(self, m: Model) -> Example:
        if m.kind == "enum":
            return Example("literal", m.value_literals[0])
        return self.example(TypeRef("model", target=m.target or m.id), None, "", 0)

    def member_examples(self, m: Model) -> tuple[Example, ...]:
        return tuple(self.example(t, None, f"{m.pointer}/{i}", 1) for i, t in enumerate(m.members))

    def example(self, t: TypeRef, spec_value: Any, seed: str, depth: int, prop: str = "") -> Example:
        if spec_value is not None:
            got = self.from_value(t, spec_value, depth)
            if got is not None:
                return got
        if t.kind == "model":
            m = self.models[t.target]  # type: ignore[index]
            if depth > _MAX_EXAMPLE_DEPTH and t.nullable:
                return Example("literal", "None")
            if depth > _MAX_REQUIRED_DEPTH:  # required all the way down: no finite value exists, stop somewhere
                return Example("model", m.name, (), (), m.pool)
            keys, items = [], []
            for f in m.fields:
                spec = self.field_example(m, f)
                if f.required or spec is not None:
                    keys.append(f.py)
                    items.append(self.example(f.type, spec, f"{m.pointer}/{f.wire}", depth + 1, f.wire))
            return Example("model", m.name, tuple(items), tuple(keys), m.pool)
        if t.kind == "enum":
            return Example("literal", self.models[t.target].value_literals[0])  # type: ignore[index]
        if t.kind == "union":
            u = self.models[t.target]  # type: ignore[index]
            return self.example(u.members[0], None, seed + "/0", depth + 1, prop)
        if t.kind == "list":
            if depth > _MAX_EXAMPLE_DEPTH:
                return Example("list")
            return Example("list", items=(self.example(t.item, None, seed + "/items", depth + 1, prop),))  # type: ignore[arg-type]
        if t.kind == "map":
            if depth > _MAX_EXAMPLE_DEPTH:
                return Example("dict")
            return Example("dict", items=(self.example(t.item, None, seed + "/value", depth + 1, prop),),  # type: ignore[arg-type]
                           keys=('"key"',))
        if t.kind == "str":
            if prop == "id" or prop.endswith("Id") or prop.endswith("_id"):
                return Example("literal", '"<id>"')
            return Example("literal", '"<key>"' if prop == "key" else '"<value>"')
        if t.kind == "float":
            return Example("literal", f"{random.Random(seed).uniform(0, 10000):.2f}")
        if t.kind == "int":
            return Example("literal", str(random.Random(seed).randint(1, 999)))
        if t.kind == "bool":
            return Example("literal", "False")
        if t.kind in ("datetime", "date"):
            return Example(t.kind)
        if t.kind in ("none", "never"):
            return Example("literal", "None")
        return Example("literal", '"<value>"')

    def field_example(self, m: Model, f: Field) -> Any:
        return self.spec_examples.get((m.target or m.id, f.wire))

    def from_value(self, t: TypeRef, v: Any, depth: int) -> Example | None:
        """An example from a spec value, or None when the value does not fit the type."""
        if v is None:
            return Example("literal", "None") if t.nullable or t.kind in ("any", "none") else None
        k = t.kind
        if k == "str" and isinstance(v, str) or k == "bool" and isinstance(v, bool):
            return Example("literal", py_literal(v))
        if k == "int" and type(v) is int or k == "float" and type(v) in (int, float) and v == v and abs(v) != float("inf"):
            return Example("literal", py_literal(v))
        if k == "any" and _plain_json(v):
            return Example("literal", py_literal(v))
        if k == "enum":
            m = self.models[t.target]  # type: ignore[index]
            return Example("literal", py_literal(v)) if any(v == x and type(v) is type(x) for x in m.values) else None
        if k == "list" and isinstance(v, list) and depth <= _MAX_EXAMPLE_DEPTH:
            items = [self.from_value(t.item, x, depth + 1) for x in v[:3]]  # type: ignore[arg-type]
            return None if any(i is None for i in items) else Example("list", items=tuple(items))  # type: ignore[arg-type]
        if k == "map" and isinstance(v, dict) and depth <= _MAX_EXAMPLE_DEPTH:
            pairs = [(py_literal(str(key)), self.from_value(t.item, x, depth + 1)) for key, x in list(v.items())[:3]]  # type: ignore[arg-type]
            if any(e is None for _, e in pairs):
                return None
            return Example("dict", items=tuple(e for _, e in pairs), keys=tuple(key for key, _ in pairs))  # type: ignore[misc]
        if k == "union":
            for member in self.models[t.target].members:  # type: ignore[index]
                got = self.from_value(member, v, depth + 1)
                if got is not None:
                    return got
            return None
        if k == "model" and isinstance(v, dict) and depth <= _MAX_EXAMPLE_DEPTH:
            m = self.models[t.target]  # type: ignore[index]
            if m.extras == "forbid" and set(v) - {f.wire for f in m.fields}:
                return None
            keys, items = [], []
            for f in m.fields:
                if f.wire in v:
                    e = self.from_value(f.type, v[f.wire], depth + 1)
                    if e is None:
                        return None
                elif f.required:
                    e = self.example(f.type, None, f"{m.pointer}/{f.wire}", depth + 1, f.wire)
                else:
                    continue
                keys.append(f.py)
                items.append(e)
            return Example("model", m.name, tuple(items), tuple(keys), m.pool)
        return None

    # -- modules ----------------------------------------------------------------------------------

    def definition_order(self, ms: list[Model]) -> list[Model]:
        """Enums, classes and aliases first, then union aliases, each after the unions it names.

        Union aliases are evaluated at import time, so a member defined later in the same module is
        written as a forward reference (only then: get_type_hints resolves imported names itself).
        """
        rank = {"enum": 0, "object": 1, "alias": 1, "union": 2}
        ms = sorted(ms, key=lambda m: (rank[m.kind], m.name))  # by name: not the order schemas come in
        here = {m.name for m in ms}
        unions = {m.name: m for m in ms if m.kind == "union"}
        ordered: list[Model] = []
        state: dict[str, int] = {}

        def visit(u: Model) -> None:
            state[u.name] = 1
            for t in u.members:
                for d in _targets(t):
                    if d.name in unions and state.get(d.name) is None:
                        visit(unions[d.name])
            state[u.name] = 2
            ordered.append(u)

        for u in unions.values():
            if u.name not in state:
                visit(u)
        defined = {m.name for m in ms if m.kind != "union"}
        out = [m for m in ms if m.kind != "union"]
        for u in ordered:
            later = here - defined
            members = [spelling.annotation(t, quote=later.__contains__) for t in u.members]
            out.append(replace(u, union_type=spelling.union_annotation(members)))
            defined.add(u.name)
        return out

    def modules(self, models: list[Model], examples: dict[ModelId, dict[str, Any]]) -> tuple[Module, ...]:
        """The models grouped in modules, each given its module and its `examples` fields (one copy each)."""
        by_id = {m.id: m for m in models}
        deps = {m.id: sorted(_deps(m), key=lambda d: (d.pool, d.name)) for m in models}
        module_of: dict[ModelId, str] = {}
        # a submodule becomes an attribute of its package on import, so no module may share an exported name
        files = {pool: Stems(_POOL_GLOBALS) for pool in self.options.pools}
        for m in models:
            files[m.pool].names.update(m.exports)
        # each module is named after its lead, the least name (not the order schemas come in)
        leads = [(min(scc, key=lambda m: (m.name.lower(), m.name)), scc) for scc in _sccs([m.id for m in models], deps)]
        for lead, scc in sorted(leads, key=lambda ls: claim_order(ls[0].name, module_stem(ls[0].name))):
            name = files[lead.pool].claim(module_stem(lead.name))
            for mid in scc:
                module_of[mid] = name
        grouped: dict[tuple[str, str], list[Model]] = {}
        for m in models:
            grouped.setdefault((m.pool, module_of[m.id]), []).append(replace(m, module=module_of[m.id], **examples[m.id]))
        grouped = {key: self.definition_order(ms) for key, ms in grouped.items()}
        out = []
        for (pool, name), ms in grouped.items():
            imports: dict[str, set[str]] = {}
            for m in ms:
                for d in deps[m.id]:
                    if module_of[d] == name and d.pool == pool:
                        continue
                    rel = f".{module_of[d]}" if d.pool == pool else f"..{d.pool}.{module_of[d]}"
                    imports.setdefault(rel, set()).update(by_id[d].exports)
            out.append(Module(pool, name, tuple(ms), tuple((k, tuple(sorted(v))) for k, v in sorted(imports.items()))))
        return tuple(out)


def spec_example(schema: Any) -> Any:
    """The value a schema offers as its example: example, examples[0], default, enum[0], const; [] for a tuple
    array (prefixItems, items: false), which is not modelled."""
    if not isinstance(schema, dict):
        return None
    for key in ("example", "examples", "default", "enum", "const"):
        if key in schema:
            v = schema[key]
            if key in ("examples", "enum"):
                if isinstance(v, list) and v:
                    return v[0]
                continue
            return v
    if "prefixItems" in schema or schema.get("items") is False:  # the value every tuple array takes
        return []
    return None


def _field_description(raw: Any, schema: Any) -> str | None:
    """The property's description: as written beside a $ref, the schema's own, or that of an annotation-only
    allOf part (`allOf: [{$ref: User}, {description: The author}]`)."""
    for where in (raw, schema):
        desc = where.get("description") if isinstance(where, dict) else None
        if isinstance(desc, str):
            return desc
    parts = schema.get("allOf") if isinstance(schema, dict) else None
    for part in parts if isinstance(parts, list) else ():
        if isinstance(part, dict) and "$ref" not in part and isinstance(part.get("description"), str):
            return part["description"]
    return None


def _plain_json(v: Any) -> bool:
    if isinstance(v, (str, bool, int)) or v is None:
        return True
    if isinstance(v, float):
        return v == v and abs(v) != float("inf")
    if isinstance(v, list):
        return all(_plain_json(x) for x in v)
    if isinstance(v, dict):
        return all(isinstance(k, str) and _plain_json(x) for k, x in v.items())
    return False


def _distinct_snakes(models: list[Model]) -> list[Model]:
    """decode_<snake>/<SNAKE>_VALUES must differ between models of a pool (FooBar and foo_bar) and be identifiers
    (snake("_2") is "2"): later twins, by name, take a number."""
    taken: set[tuple[str, str]] = set()
    renamed: dict[ModelId, str] = {}
    for m in sorted(models, key=lambda m: (m.pool, m.snake, m.name)):
        base = m.snake if m.snake[:1].isalpha() else "m_" + m.snake
        snake_name, n = base, 2
        while (m.pool, snake_name) in taken:
            snake_name, n = f"{base}_{n}", n + 1
        taken.add((m.pool, snake_name))
        if snake_name != m.snake:
            renamed[m.id] = snake_name
    return [replace(m, snake=renamed[m.id]) if m.id in renamed else m for m in models]


def _types_of(m: Model) -> list[TypeRef]:
    ts = [f.type for f in m.fields] + list(m.members)
    if m.extras_type is not None:
        ts.append(m.extras_type)
    return ts


def _targets(t: TypeRef) -> set[ModelId]:
    out: set[ModelId] = set()
    stack = [t]
    while stack:
        t = stack.pop()
        if t.target is not None:
            out.add(t.target)
        if t.item is not None:
            stack.append(t.item)
    return out


def _deps(m: Model) -> set[ModelId]:
    if m.target is not None:
        return {m.target}
    return {d for t in _types_of(m) for d in _targets(t)}


def _sccs(nodes: list[ModelId], deps: dict[ModelId, list[ModelId]]) -> list[list[ModelId]]:
    """Tarjan's strongly connected components, iterative; members in `nodes` order."""
    index: dict[ModelId, int] = {}
    low: dict[ModelId, int] = {}
    on_stack: set[ModelId] = set()
    stack: list[ModelId] = []
    out: list[list[ModelId]] = []
    pos = {n: i for i, n in enumerate(nodes)}
    counter = 0
    for start in nodes:
        if start in index:
            continue
        work = [(start, iter(deps[start]))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            v, it = work[-1]
            advanced = False
            for w in it:
                if w not in index:
                    index[w] = low[w] = counter
                    counter += 1
                    stack.append(w)
                    on_stack.add(w)
                    work.append((w, iter(deps[w])))
                    advanced = True
                    break
                if w in on_stack:
                    low[v] = min(low[v], index[w])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                comp = []
                while True:
                    w = stack.pop()
                    on_stack.discard(w)
                    comp.append(w)
                    if w == v:
                        break
                out.append(sorted(comp, key=pos.__getitem__))
    out.sort(key=lambda c: pos[c[0]])
    return out
