"""Docs examples: the spec's own values (example, default, enum...) where they fit the type, else made-up ones."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from .ir import (
    EnumModel,
    Example,
    Model,
    ModelId,
    ObjectModel,
    TypeRef,
    UnionModel,
)
from .pynames import py_literal

_Maker = Callable[[TypeRef, str, int, str], Example]  # (type, seed, depth, property name) -> a made-up value
_MAX_EXAMPLE_DEPTH = 6
_MAX_REQUIRED_DEPTH = 40
_NONE = Example("literal", "None")
_FIXED = {"bool": Example("literal", "False"), "datetime": Example("datetime"), "date": Example("date"),
          "none": _NONE, "never": _NONE}  # any other kind without a maker: a placeholder string


def _plain_json(v: Any) -> bool:
    if isinstance(v, list):
        return all(_plain_json(x) for x in v)
    if isinstance(v, dict):
        return all(isinstance(k, str) and _plain_json(x) for k, x in v.items())
    if isinstance(v, float):  # finite: NaN is the one value unequal to itself
        return v == v and abs(v) != float("inf")  # noqa: PLR0124
    return v is None or isinstance(v, (str, bool, int))


_FITS = {  # the spec values a scalar type shows as they are
    "str": lambda v: isinstance(v, str), "bool": lambda v: isinstance(v, bool), "int": lambda v: type(v) is int,
    "float": lambda v: type(v) in (int, float) and _plain_json(v), "any": _plain_json}


def spec_example(schema: Any) -> Any:
    """The value a schema offers as its example: example, examples[0], default, enum[0], const; [] for a tuple
    array (prefixItems, items: false), which is not modelled."""
    if not isinstance(schema, dict):
        return None
    for key in ("example", "examples", "default", "enum", "const"):
        v = schema.get(key)
        if key in ("examples", "enum"):
            if isinstance(v, list) and v:
                return v[0]
        elif key in schema:
            return v
    if "prefixItems" in schema or schema.get("items") is False:  # the value every tuple array takes
        return []
    return None


class Examples:
    """The docs examples of a build's models; `spec_values`: (model, property) -> the value its schema offers."""

    def __init__(self, models: dict[ModelId, Model], spec_values: dict[tuple[ModelId, str], Any]) -> None:
        self.models = models
        self.spec_values = spec_values
        self._made: dict[str, _Maker] = {
            "model": self._made_model, "union": self._made_union, "list": self._made_items, "map": self._made_items,
            "enum": lambda t, *_: Example("literal", self.enum(t).value_literals[0]), "str": _made_str,
            "float": lambda t, seed, *_: Example("literal", f"{random.Random(seed).uniform(0, 10000):.2f}"),
            "int": lambda t, seed, *_: Example("literal", str(random.Random(seed).randint(1, 999))),
        }
        self._read = {"enum": self._read_enum, "list": self._read_items, "map": self._read_items,
                      "union": self._read_union, "model": self._read_model}  # kind -> (type, value, depth) -> Example

    def object(self, t: TypeRef) -> ObjectModel:
        m = self.models[t.target]  # type: ignore[index]
        assert isinstance(m, ObjectModel), t
        return m

    def enum(self, t: TypeRef) -> EnumModel:
        m = self.models[t.target]  # type: ignore[index]
        assert isinstance(m, EnumModel), t
        return m

    def union(self, t: TypeRef) -> UnionModel:
        m = self.models[t.target]  # type: ignore[index]
        assert isinstance(m, UnionModel), t
        return m

    def added(self, m: Model) -> Model:
        """The model with its examples: its own (objects and enums), or each member's (unions)."""
        if isinstance(m, (ObjectModel, EnumModel)):
            kind = "model" if isinstance(m, ObjectModel) else "enum"
            return replace(m, example=self.example(TypeRef(kind, target=m.id), None, "", 0))
        if isinstance(m, UnionModel):
            return replace(m, members=tuple(replace(x, example=self.example(x.type, None, f"{m.pointer}/{i}", 1))
                                            for i, x in enumerate(m.members)))
        return m

    def example(self, t: TypeRef, spec_value: Any, seed: str, depth: int, prop: str = "") -> Example:
        """The spec's value when it fits, else one made for the type (`seed`: its numbers stay put across runs)."""
        if spec_value is not None:
            got = self.from_value(t, spec_value, depth)
            if got is not None:
                return got
        made = self._made.get(t.kind)
        return made(t, seed, depth, prop) if made else _FIXED.get(t.kind, Example("literal", '"<value>"'))

    def _made_model(self, t: TypeRef, seed: str, depth: int, prop: str) -> Example:
        m = self.object(t)
        if depth > _MAX_EXAMPLE_DEPTH and t.nullable:
            return _NONE
        if depth > _MAX_REQUIRED_DEPTH:  # required all the way down: no finite value exists, stop somewhere
            return Example("model", m.name, (), (), m.pool)
        specs = [(f, self.spec_values.get((m.id, f.wire))) for f in m.fields]
        shown = [(f, spec) for f, spec in specs if f.required or spec is not None]
        items = tuple(self.example(f.type, spec, f"{m.pointer}/{f.wire}", depth + 1, f.wire) for f, spec in shown)
        return Example("model", m.name, items, tuple(f.py for f, _ in shown), m.pool)

    def _made_union(self, t: TypeRef, seed: str, depth: int, prop: str) -> Example:
        return self.example(self.union(t).types[0], None, seed + "/0", depth + 1, prop)

    def _made_items(self, t: TypeRef, seed: str, depth: int, prop: str) -> Example:
        """A list of one item, or a dict of one "key"."""
        kind, step = ("list", "/items") if t.kind == "list" else ("dict", "/value")
        if depth > _MAX_EXAMPLE_DEPTH:
            return Example(kind)
        item = self.example(t.item, None, seed + step, depth + 1, prop)  # type: ignore[arg-type]
        return Example(kind, items=(item,), keys=('"key"',) if kind == "dict" else ())

    def from_value(self, t: TypeRef, v: Any, depth: int) -> Example | None:
        """An example from a spec value, or None when the value does not fit the type."""
        if v is None:
            return _NONE if t.nullable or t.kind in ("any", "none") else None
        fits = _FITS.get(t.kind)
        if fits is not None:
            return Example("literal", py_literal(v)) if fits(v) else None
        read = self._read.get(t.kind)
        return read(t, v, depth) if read else None

    def _read_enum(self, t: TypeRef, v: Any, depth: int) -> Example | None:
        m = self.enum(t)
        return Example("literal", py_literal(v)) if any(v == x and type(v) is type(x) for x in m.values) else None

    def _read_items(self, t: TypeRef, v: Any, depth: int) -> Example | None:
        """A list's first three items, or a dict's first three entries."""
        is_list = t.kind == "list"
        if not isinstance(v, list if is_list else dict) or depth > _MAX_EXAMPLE_DEPTH:
            return None
        pairs = [(None, x) for x in v[:3]] if is_list else list(v.items())[:3]  # type: ignore[union-attr]
        items = tuple(self.from_value(t.item, x, depth + 1) for _, x in pairs)  # type: ignore[arg-type]
        keys = () if is_list else tuple(py_literal(str(key)) for key, _ in pairs)
        return None if None in items else Example("list" if is_list else "dict", items=items, keys=keys)  # type: ignore[arg-type]

    def _read_union(self, t: TypeRef, v: Any, depth: int) -> Example | None:
        members = self.union(t).types
        return next((e for e in (self.from_value(m, v, depth + 1) for m in members) if e is not None), None)

    def _read_model(self, t: TypeRef, v: Any, depth: int) -> Example | None:
        if not isinstance(v, dict) or depth > _MAX_EXAMPLE_DEPTH:
            return None
        m = self.object(t)
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


def _made_str(t: TypeRef, seed: str, depth: int, prop: str) -> Example:
    """An id, a key or a value, by the property's name."""
    if prop == "id" or prop.endswith(("Id", "_id")):
        return Example("literal", '"<id>"')
    return Example("literal", '"<key>"' if prop == "key" else '"<value>"')
