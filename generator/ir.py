"""The intermediate representation: every decision (names, Python names, types, examples) lives here.

Templates only lay these values out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

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


@dataclass(frozen=True)
class Model:
    kind: str  # object | enum | union | alias
    id: ModelId
    pointer: str  # where the schema is, e.g. "openapi.yaml#/components/schemas/Pet"
    module: str
    description: str
    deprecated: bool = False
    # object
    fields: tuple[Field, ...] = ()
    extras: str = "allow"  # allow | forbid | typed
    extras_type: TypeRef | None = None
    extras_py: str = ""
    required_extras: tuple[str, ...] = ()  # required keys without a property schema (kept as extras)
    key_sets: tuple[tuple[str, ...], ...] = ()  # one of these sets of keys must be present (anyOf of `required`)
    key_sets_guard: str = ""  # Python condition true when one set is complete
    # enum
    values: tuple[Any, ...] = ()
    value_literals: tuple[str, ...] = ()  # Python source of each value
    open: bool = False  # other strings are kept too ([tool.generator] open_enums)
    enum_type: str = ""  # the annotation: Literal[...] (floats cannot be Literal values: float), str too when open
    # union
    members: tuple[TypeRef, ...] = ()
    member_doc_types: tuple[str, ...] = ()
    member_headings: tuple[str, ...] = ()
    union_type: str = ""  # the annotation; members defined later in the module are forward references
    member_guards: tuple[str, ...] = ()  # cheap pre-check per member ("" = none): object type and required keys
    member_keeps: tuple[str, ...] = ()  # per member: true when it keeps a key of the data (unknown_keys = "drop"),
    # tried first; () when no member drops keys
    discriminator: str = ""  # property name
    tag_members: tuple[tuple[str, int], ...] = ()  # (tag literal source, member index)
    tag_optional: bool = False  # some member does not require the tag: without it, the first member that fits
    # alias (an errors-pool name for a component)
    target: ModelId | None = None
    # docs
    example: Example | None = None
    member_examples: tuple[Example, ...] = ()
    snake: str = ""  # snake_case of the name, for decode_/encode_ functions
    page: str = ""  # file name of its page in docs/models/<pool>/, without .md (generator.filenames)
    exports: tuple[str, ...] = ()  # the names its module defines for it (generator.spelling.exports)
    extras_annotation: str = ""  # the value type of additional properties (allow, typed)

    @property
    def name(self) -> str:
        return self.id.name

    @property
    def pool(self) -> str:
        return self.id.pool


@dataclass(frozen=True)
class Module:
    pool: str
    name: str  # module file name without .py
    models: tuple[Model, ...]
    imports: tuple[tuple[str, tuple[str, ...]], ...]  # (relative module, names)


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
    sources: tuple[str, ...] = ()  # the spec files read
    source_digests: tuple[str, ...] = ()  # sha256 of each source's bytes as read, in the same order
    pools: tuple[str, ...] = ()  # subpackage names, in index order (config.Options.pools)
