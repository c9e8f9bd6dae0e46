"""Spec -> IR: walks the named schemas and makes their models; `unions`, `examples` and `modules` decide the rest."""

from __future__ import annotations

import os
from dataclasses import replace
from typing import Any

from . import fragment, limits, modules, roots, spelling
from .config import POOL_ROLES, Options
from .errors import ConfigError
from .examples import Examples, spec_example
from .filenames import page_stems
from .ir import (
    AliasModel,
    Api,
    Body,
    EnumModel,
    Field,
    Model,
    ModelId,
    Named,
    ObjectModel,
    TypeRef,
    UnionModel,
)
from .load import Documents
from .namelock import NameLock
from .naming import Namer, Names, finalize
from .pointers import Loc
from .pynames import attribute_names, py_literal, snake
from .roots import pascal
from .shape import Shape
from .shapes import Shapes
from .unions import Unions


@limits.gc_paused()  # the parsed spec and the IR are long-lived: collections would only walk them
def load_api(spec_path: str, package: str, overrides: dict[str, str] | None = None,
             lock: NameLock | None = None, options: Options = Options()) -> Api:
    """The IR of a spec; `lock` (read and filled in) keeps the names of an earlier run."""
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
        self.body_desc: dict[Loc, str] = {}
        for b in bodies:  # bodies written inside their operation (which may be in another file); components keep
            loc, _ = shapes.resolve(b.loc, b.raw)  # their own text
            op = b.operation.loc
            if loc.file == op.file and loc.pointer.startswith(op.pointer + "/"):
                self.body_desc.setdefault(loc, b.description)
        self._building: set[Loc] = set()
        self.models: dict[ModelId, Model] = {}
        self.spec_examples: dict[tuple[ModelId, str], Any] = {}
        self.pages: dict[tuple[str, str], str] = {}  # ModelId -> page name (build decides them once every model is known)
        self.unions = Unions(shapes, spec_file, self.extras)

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
        for loc in self.names.order:  # grows while we walk: id_of claims the models first met here, built in turn
            mid = self.mid(*self.names.by_loc[loc])
            if mid not in self.models:
                self.models[mid] = self.model(mid, self.shapes.at(loc))
        for pool, name, target_loc, _ in self.names.aliases:
            target, mid = self.mid(*self.names.by_loc[target_loc]), self.mid(pool, name)
            src = self.models[target]
            self.models[mid] = AliasModel(id=mid, pointer=src.pointer, description=src.description,
                                          deprecated=src.deprecated, snake=src.snake, target=target)
        models = _distinct_snakes([m for m in self.models.values()])
        self.pages = page_stems([m.id for m in models])
        examples = Examples(self.models, self.spec_examples)
        models = [examples.added(self.linked(m)) for m in models]
        grouped = modules.group(models, self.options.pools)
        by_id = {m.id: m for mod in grouped for m in mod.models}
        ordered = tuple(by_id[m.id] for m in models)
        bodies = tuple(self.body(b) for b in self.bodies)
        info = self.docs.get(Loc(self.spec_file, "")).get("info")
        title, version = (info.get(key) if isinstance(info, dict) else None for key in ("title", "version"))
        return Api(self.package, grouped, ordered, tuple(self.shapes.warnings), bodies,
                   title if isinstance(title, str) else "", version if isinstance(version, str) else "",
                   pools=self.options.pools)

    def linked(self, m: Model) -> Model:
        """The model with its page name and its docs' links to other pages: written once every page has a name."""
        m = replace(m, page=self.pages[m.id], exports=spelling.exports(m.kind, m.name, m.snake))
        if isinstance(m, ObjectModel):
            return replace(m, fields=tuple(replace(f, doc_type=self.doc_type(f.type)) for f in m.fields))
        if isinstance(m, UnionModel):
            return replace(m, members=tuple(replace(x, heading=spelling.heading(x.type)) for x in m.members))
        return m

    def body(self, b: roots.BodyRoot) -> Body:
        t = self.type_of(b.loc, b.raw)
        op = self.docs.get(b.operation.loc)
        summary = op.get("summary") if isinstance(op, dict) else None
        summary = " ".join(summary.split()) if isinstance(summary, str) else ""
        return Body(b.kind, b.operation.op, b.status, b.content_type, b.loc.pointer, t, b.operation.method.upper(),
                    b.operation.path, summary, self.doc_type(t, docs_root=""))

    def model(self, mid: ModelId, shape: Shape) -> Model:
        common = Named(id=mid, pointer=self.pointer(shape.loc), description=self.description(shape),
                       deprecated=shape.schema.get("deprecated") is True, snake=snake(mid.name))
        if shape.kind == "object":
            return self.object_model(shape, common)
        if shape.kind == "enum":
            literals = tuple(py_literal(v) for v in shape.values)
            is_open = self.options.open_enums and all(type(v) is str for v in shape.values)
            return EnumModel(values=shape.values, value_literals=literals, open=is_open,
                             enum_type=spelling.enum_annotation(shape.values, literals, is_open), **vars(common))
        if shape.kind == "union":
            return self.unions.model(shape, tuple(self.type_of(loc, raw) for loc, raw in shape.members), common)
        raise AssertionError((shape.kind, shape.loc, mid))

    def object_model(self, shape: Shape, common: Named) -> ObjectModel:
        wire = [p.wire for p in shape.props]
        types = [self.type_of(p.loc, p.raw) for p in shape.props]
        used_in_annotations = tuple(sorted({d.name for t in types for d in modules.targets(t)} | {common.name}))
        py_names = attribute_names([*wire, "additional_properties"], used_in_annotations)
        extras_py = py_names.pop()
        fields = []
        for i, (p, py, t) in enumerate(zip(shape.props, py_names, types)):
            _, sub = self.shapes.resolve(p.loc, p.raw)
            desc = _field_description(p.raw, sub)
            deprecated = isinstance(sub, dict) and sub.get("deprecated") is True
            value = spec_example(sub)
            shown = p.required or (isinstance(sub, dict) and ("example" in sub or "examples" in sub))
            if value is not None and shown:
                self.spec_examples[(common.id, p.wire)] = value
            fields.append(Field(p.wire, py, t, p.required, spelling.field_annotation(t, p.required),
                                "", (desc or "").strip() if isinstance(desc, str) else "", deprecated,  # "": linked()
                                spelling.local(i)))
        extras = self.extras(shape)
        extras_type = self.type_of(*shape.additional) if extras == "typed" else None
        guard = " or ".join("(" + " and ".join(f"{py_literal(k)} in data" for k in keys) + ")"
                            for keys in shape.required_any)
        extras_annotation = spelling.annotation(extras_type) if extras_type is not None else "Any"
        return ObjectModel(fields=tuple(fields), extras=extras, extras_type=extras_type, extras_py=extras_py,
                           extras_annotation=extras_annotation, required_extras=shape.required_only,
                           key_sets=shape.required_any, key_sets_guard=guard, **vars(common))

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
