"""How the output spells things: a type as code, as a docs cell and as a heading; the names of generated
functions, constants and locals; the order ruff's import sorting (I001) and `__all__` sorting (RUF022) expect.

One place for each spelling: the IR builder, the renderer, the templates and naming's reserved names ask here.
"""

from __future__ import annotations

import re
from typing import Callable

from .ir import ModelId, TypeRef

_CODE = {"any": "Any", "none": "None", "never": "Any"}  # other kinds are spelled as their own name
_HEADING = {"any": "Any", "none": "None", "never": "Never"}
_DOCS = {
    **_HEADING,
    "datetime": "[datetime](https://docs.python.org/3/library/datetime.html#datetime-objects)",
    "date": "[date](https://docs.python.org/3/library/datetime.html#date-objects)",
}
LOCAL_NAME = re.compile(r"v[0-9]+|e[0-9]+|[kx][0-9]+")  # the locals the templates number


# -- types ------------------------------------------------------------------------------------------


def annotation(t: TypeRef, quote: Callable[[str], bool] = lambda name: False) -> str:
    """The type as code (PEP 585/604); names for which `quote` says so are forward references. A quoted name
    cannot be joined with `|` in code that runs (a union alias), so a nullable one is `Optional["X"]`."""
    if t.target is not None:
        s = f'"{t.target.name}"' if quote(t.target.name) else t.target.name
    elif t.item is not None:
        inner = annotation(t.item, quote)
        s = f"list[{inner}]" if t.kind == "list" else f"dict[str, {inner}]"
    else:
        s = _CODE.get(t.kind, t.kind)
    if not t.nullable:
        return s
    return f"Optional[{s}]" if s.startswith('"') else f"{s} | None"


def field_annotation(t: TypeRef, required: bool) -> str:
    return annotation(t) if required else f"{annotation(t)} | Unset"


def union_annotation(members: list[str]) -> str:
    """The members (from annotation()) as one union; `Union[...]` only when a member is a quoted name."""
    if any(m.startswith('"') for m in members):
        return f"Union[{', '.join(members)}]"
    return " | ".join(members)


def enum_annotation(values: tuple[object, ...], literals: tuple[str, ...], is_open: bool) -> str:
    """Literal[...] of the values; a float is not a valid Literal value, so float enums widen to float."""
    kept = [lit for v, lit in zip(values, literals) if type(v) is not float]
    spelled = [f"Literal[{', '.join(kept)}]"] if kept else []
    return " | ".join(spelled + ["float"] * (len(kept) < len(values)) + ["str"] * is_open)


def doc_type(t: TypeRef, page_of: Callable[[ModelId], str], docs_root: str = "../../") -> str:
    """The Type cell of a docs table: models linked to their pages, in italics when nothing is linked."""
    def leaf(t: TypeRef) -> str:
        if t.target is None:
            return _DOCS.get(t.kind, t.kind)
        pool, name = t.target.pool, t.target.name
        return f"[{pool}.{name}]({docs_root}models/{pool}/{page_of(t.target)}.md)"

    s = _docs_spelling(t, leaf)
    return s if _linked(t) else f"*{s}*"


def heading(t: TypeRef) -> str:
    """The type as a union page's member heading: pool-qualified model names, no links."""
    return _docs_spelling(t, lambda t: f"{t.target.pool}.{t.target.name}" if t.target else _HEADING.get(t.kind, t.kind))


def _docs_spelling(t: TypeRef, leaf: Callable[[TypeRef], str]) -> str:
    if t.item is not None:
        inner = _docs_spelling(t.item, leaf)
        s = f"List[{inner}]" if t.kind == "list" else f"Dict[str, {inner}]"
    else:
        s = leaf(t)
    return f"Optional[{s}]" if t.nullable else s


def _linked(t: TypeRef | None) -> bool:
    while t is not None:
        if t.target is not None or t.kind in ("datetime", "date"):
            return True
        t = t.item
    return False


def needs_any(t: TypeRef | None) -> bool:
    """Whether annotation(t) names `Any`."""
    while t is not None:
        if t.kind in ("any", "never"):
            return True
        t = t.item
    return False


# -- generated names --------------------------------------------------------------------------------


def decoder(snake: str) -> str:
    return f"decode_{snake}"


def encoder(snake: str) -> str:
    return f"encode_{snake}"


def values_name(snake: str) -> str:
    return f"{snake.upper()}_VALUES"


def keys_name(snake: str) -> str:
    return f"_KEYS_{snake}"


def local(i: int) -> str:
    return f"v{i}"


def exports(kind: str, name: str, snake: str) -> tuple[str, ...]:
    """The names a module defines for a model (class or alias, and decode/encode functions)."""
    if kind == "enum":
        return name, decoder(snake), values_name(snake)
    if kind == "union":
        return name, decoder(snake), encoder(snake)
    return (name,)


# -- the order ruff checks --------------------------------------------------------------------------

_DIGIT_RUN = re.compile(r"[0-9]+")


def _digit_run(m: re.Match[str]) -> str:
    """A digit run as a string that compares as natord compares runs, and below every identifier character:
    with a leading zero, digit by digit (a run that ends first is less); otherwise by length, then digits."""
    run = m.group()
    return f"\x01{run}\x00" if run[0] == "0" else f"\x02{chr(0x20 + len(run))}{run}"


def _natural(text: str) -> str:
    """A key for natural order as ruff compares (natord): ASCII digit runs as numbers, other characters by code
    point (every identifier character that is not an ASCII digit comes after the digits)."""
    return _DIGIT_RUN.sub(_digit_run, text)


def _member_type(name: str) -> int:
    """Constants, then classes, then everything else (ruff's order-by-type)."""
    if len(name.encode("utf-8")) > 1 and _cased_upper(name):
        return 0
    return 1 if name[:1].isupper() else 2


def _cased_upper(name: str) -> bool:
    """No lower-case character and at least one upper-case one (ruff's is_cased_uppercase; Python's isupper() too
    for ASCII, but not for title-case letters, which it counts as cased)."""
    if name.isascii():
        return name.isupper()
    return not any(c.islower() for c in name) and any(c.isupper() for c in name)


def member_order(name: str) -> tuple[object, ...]:
    """Sort key of a name imported by `from m import ...`."""
    return _member_type(name), _natural(name.lower()), _natural(name)


def module_order(module: str) -> tuple[object, ...]:
    """Sort key of the module of `from <module> import ...` (relative: the farthest first)."""
    name = module.lstrip(".")
    level = len(module) - len(name)
    return -level, name != "", _natural(name.lower()), _natural(name)


def all_order(name: str) -> tuple[object, ...]:
    """Sort key of a name in `__all__`."""
    return _member_type(name), _natural(name)
