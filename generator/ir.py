"""The intermediate representation: every decision (names, Python names, types, examples) lives here.

Templates only lay these values out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, NamedTuple

PRIMITIVES = ("str", "int", "float", "bool", "any", "none", "datetime", "date", "never")


class ModelId(NamedTuple):  # a tuple: hashed and compared in C (dict keys all through the build)
    pool: str
    name: str


@dataclass(frozen=True)
class TypeRef:
    kind: str  # one of PRIMITIVES, "list", "map", "model", "enum", "union"
    nullable: bool = False
    item: "TypeRef | None" = None  # list items / map values
    target: ModelId | None = None  # model / enum / union
    enum_check: str = ""  # for enums: "str" when all values are strings (inline check), "open" for open enums
    reason: str = ""  # never: why no value satisfies the schema (the decoder's message)

    @property
    def is_named(self) -> bool:
        return self.target is not None

    @property
    def passthrough(self) -> bool:
        """Whether its decoded value is already its JSON value (the encoder returns it as it is)."""
        return self.kind in ("str", "int", "float", "bool", "any", "none", "enum", "never")


@dataclass(frozen=True)
class Example:
    """A Python expression for a docs example, as a tree (laid out by the renderer)."""

    kind: str  # literal | list | dict | model | datetime | date
    literal: str = ""  # Python source of a literal (kind literal); class name (kind model)
    items: tuple["Example", ...] = ()  # list items / dict values / model field values
    keys: tuple[str, ...] = ()  # dict keys (as Python source) / model keyword names
    pool: str = ""  # kind model: the pool of the class


@dataclass(frozen=True)
class Field:
    wire: str
    py: str
    type: TypeRef
    required: bool
    py_type: str  # annotation, Unset included when optional
    doc_type: str  # the Type column of the docs table
    description: str
    deprecated: bool
    local: str = ""  # the decoder's and encoder's local variable for it (generator.spelling.local)

    @property
    def check_guard(self) -> str:
        """The condition under which the decoder checks the value ("" = always): present, and not null."""
        tests = [f"{self.local} is not UNSET"] * (not self.required) + [f"{self.local} is not None"] * self.type.nullable
        return " and ".join(tests)


@dataclass(frozen=True, kw_only=True)
class Named:
    """What every model has; a model is one of the four kinds below, each with what its template needs."""

    kind: ClassVar[str]
    id: ModelId
    pointer: str  # where the schema is, e.g. "openapi.yaml#/components/schemas/Pet"
    module: str = ""  # its module's file name, without .py (set when modules are made)
    description: str = ""
    deprecated: bool = False
    snake: str = ""  # snake_case of the name, for decode_/encode_ functions
    page: str = ""  # file name of its page in docs/models/<pool>/, without .md (generator.filenames)
    exports: tuple[str, ...] = ()  # the names its module defines for it (generator.spelling.exports)

    @property
    def name(self) -> str:
        return self.id.name

    @property
    def pool(self) -> str:
        return self.id.pool


@dataclass(frozen=True, kw_only=True)
class ObjectModel(Named):
    kind: ClassVar[str] = "object"
    fields: tuple[Field, ...] = ()
    extras: str = "allow"  # allow | forbid | drop | typed: what becomes of keys no property names
    extras_type: TypeRef | None = None  # typed
    extras_py: str = ""  # the attribute holding them (allow, typed)
    extras_annotation: str = ""  # the value type of that attribute's dict
    required_extras: tuple[str, ...] = ()  # required keys without a property schema (kept as extras)
    key_sets: tuple[tuple[str, ...], ...] = ()  # one of these sets of keys must be present (anyOf of `required`)
    key_sets_guard: str = ""  # Python condition true when one set is complete
    example: Example | None = None

    @property
    def required(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.required)

    @property
    def optional(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if not f.required)


@dataclass(frozen=True, kw_only=True)
class EnumModel(Named):
    kind: ClassVar[str] = "enum"
    values: tuple[Any, ...] = ()
    value_literals: tuple[str, ...] = ()  # Python source of each value
    open: bool = False  # other strings are kept too ([tool.generator] open_enums)
    enum_type: str = ""  # the annotation: Literal[...] (floats cannot be Literal values: float), str too when open
    example: Example | None = None

    @property
    def strings_only(self) -> bool:
        return all(type(v) is str for v in self.values)


@dataclass(frozen=True)
class Member:
    """A member of a union."""

    type: TypeRef
    guard: str = ""  # a cheap test true for every value the member accepts ("" = none)
    keeps: str = ""  # unknown_keys = "drop": true when the member keeps a key of the data ("" = it keeps them all)
    heading: str = ""  # the heading of its section on the union's page
    example: Example | None = None


@dataclass(frozen=True, kw_only=True)
class UnionModel(Named):
    kind: ClassVar[str] = "union"
    members: tuple[Member, ...] = ()
    union_type: str = ""  # the annotation; members defined later in the module are forward references
    discriminator: str = ""  # property name
    tag_members: tuple[tuple[str, int], ...] = ()  # (tag literal source, member index)
    tag_optional: bool = False  # some member does not require the tag: without it, the first member that fits

    @property
    def types(self) -> tuple[TypeRef, ...]:
        return tuple(m.type for m in self.members)

    @property
    def keeping_first(self) -> bool:
        """Members that drop unknown keys: those that keep one of the data's keys are tried first (data lost on
        to_dict otherwise)."""
        return any(m.keeps for m in self.members)

    @property
    def models_only(self) -> bool:
        """Every member is a model that is never null: encoding is the value's to_dict()."""
        return all(t.kind == "model" and not t.nullable for t in self.types)


@dataclass(frozen=True, kw_only=True)
class AliasModel(Named):
    """Another name for a model (a component that is only a `$ref`, or a name in the errors pool)."""

    kind: ClassVar[str] = "alias"
    target: ModelId


Model = ObjectModel | EnumModel | UnionModel | AliasModel


@dataclass(frozen=True)
class Module:
    pool: str
    name: str  # module file name without .py
    models: tuple[Model, ...]
    imports: tuple[tuple[str, tuple[str, ...]], ...]  # (relative module, names), in the order ruff checks


@dataclass(frozen=True)
class Body:
    """A request/response/error body of an operation and the type it decodes to."""

    kind: str  # request | response | error
    operation: str
    status: str
    content_type: str
    pointer: str  # JSON pointer of the body schema in the spec file
    type: TypeRef
    method: str = ""  # of the operation, upper case
    path: str = ""
    summary: str = ""  # of the operation, one line
    doc_type: str = ""  # the type with links relative to docs/


@dataclass(frozen=True)
class Api:
    package: str
    modules: tuple[Module, ...]
    models: tuple[Model, ...]
    warnings: tuple[str, ...] = ()
    bodies: tuple[Body, ...] = ()
    title: str = ""  # info.title
    version: str = ""  # info.version
    sources: tuple[str, ...] = ()  # the spec files read
    source_digests: tuple[str, ...] = ()  # sha256 of each source's bytes as read, in the same order
    pools: tuple[str, ...] = ()  # subpackage names, in index order (config.Options.pools)
