"""What a schema is, as a record (`Shape`, `Prop`) and the pure questions about one; `generator.shapes` makes them.

`allof` works for `shapes` through the `Analysis` protocol, so neither imports the other back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from . import runtime
from .load import Documents
from .pointers import Loc

NAMED_KINDS = ("object", "enum", "union")


@dataclass
class Prop:
    wire: str
    loc: Loc
    raw: Any  # the property schema as written (may be a $ref)
    required: bool


@dataclass
class Shape:
    kind: str  # object | enum | union | array | map | prim | any | never
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
    reason: str = ""  # kind never: why no value satisfies the schema
    warnings: list[str] = field(default_factory=list)

    @property
    def named(self) -> bool:
        return self.kind in NAMED_KINDS



def admits(prim: str, value: Any) -> bool:
    """Whether a JSON value is of a type: a prim kind (int, str...) or a JSON Schema type name."""
    kind = type(value)
    if prim in ("int", "integer"):
        return kind is int or (kind is float and value.is_integer())
    if prim in ("float", "number"):
        return kind is int or kind is float
    expected = {"str": str, "string": str, "datetime": str, "date": str, "bool": bool, "boolean": bool,
                "none": type(None), "null": type(None), "object": dict, "array": list}.get(prim)
    return kind is expected


def format_ok(prim: str, value: Any) -> bool:
    """Whether an enum value is a date-time / date the runtime's d_datetime / d_date accept (other prims: True)."""
    try:
        {"datetime": runtime.d_datetime, "date": runtime.d_date}.get(prim, runtime.d_any)(value)
    except runtime.ValidationError:
        return False
    return True


def with_null(shape: Shape, nullable: bool) -> Shape:
    """The shape, nullable or not as asked (a copy when that differs: shapes are cached)."""
    if shape.nullable == nullable:
        return shape
    copy = Shape(**{f: getattr(shape, f) for f in shape.__dataclass_fields__})
    copy.nullable = nullable
    return copy


def with_nullable(shape: Shape, nullable: bool) -> Shape:
    """The shape, made nullable when asked (never made non-null)."""
    return with_null(shape, shape.nullable or nullable)


class Analysis(Protocol):
    """What `allof` asks of the `generator.shapes.Shapes` it works for."""

    docs: Documents
    warnings: list[str]
    synthetic: dict[Loc, Any]

    def of(self, loc: Loc, raw: Any) -> Shape: ...

    def resolve(self, loc: Loc, raw: Any) -> tuple[Loc, Any]: ...

    def analyse(self, loc: Loc, schema: Any) -> Shape: ...
