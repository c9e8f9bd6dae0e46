"""Python spellings: attribute names from wire names, snake_case, literals."""

from __future__ import annotations

import keyword
import re

# Attribute names a model class needs for itself.
CLASS_RESERVED = frozenset(
    {"from_dict", "to_dict", "from_json", "to_json", "field", "UNSET", "dataclass"}
    # names annotations use: a class attribute of that name would shadow them for get_type_hints
    | {"str", "int", "float", "bool", "date", "datetime", "dict", "list", "Any", "Dict", "List", "Optional",
       "Union", "Literal", "Unset"}
)


_NON_ALNUM = re.compile(r"[^0-9A-Za-z]+")
_LOWER_UPPER = re.compile(r"([a-z0-9])([A-Z])")
_ACRONYM_WORD = re.compile(r"([A-Z]+)([A-Z][a-z])")


def snake(name: str) -> str:
    s = _NON_ALNUM.sub("_", name)
    s = _LOWER_UPPER.sub(r"\1_\2", s)
    s = _ACRONYM_WORD.sub(r"\1_\2", s)
    return s.strip("_").lower()


def attribute_names(wire_names: list[str], extra: tuple[str, ...] = ()) -> list[str]:
    """Unique, valid snake_case attribute names for the given wire names (in order)."""
    taken: set[str] = set(extra)
    out = []
    for wire in wire_names:
        base = snake(wire) or "field"
        if base[0].isdigit():
            base = "_" + base
        if keyword.iskeyword(base) or base in CLASS_RESERVED:
            base += "_"
        name, n = base, 2
        while name in taken:
            name, n = f"{base}_{n}", n + 1
        taken.add(name)
        out.append(name)
    return out


def py_literal(value: object) -> str:
    """Python source for a JSON value, strings in double quotes as black writes them."""
    if isinstance(value, str):
        r = repr(value)
        if r[0] == "'" and value.count('"') <= value.count("'"):  # black's choice: fewer escapes, ties go to "
            r = '"' + r[1:-1].replace("\\'", "'").replace('"', '\\"') + '"'
        return r
    if isinstance(value, list):
        return "[" + ", ".join(py_literal(v) for v in value) + "]"
    if isinstance(value, tuple):
        return "(" + ", ".join(py_literal(v) for v in value) + ("," if len(value) == 1 else "") + ")"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{py_literal(str(k))}: {py_literal(v)}" for k, v in value.items()) + "}"
    return repr(value)
