"""Python spellings: the rules every name obeys, attribute names from wire names, snake_case, literals."""

from __future__ import annotations

import keyword
import re
import sys
import unicodedata

from .filenames import MAX_STEM_BYTES, is_device_name
from .spelling import LOCAL_NAME

# Attribute names a model class needs for itself.
CLASS_RESERVED = frozenset(
    {"from_dict", "to_dict", "from_json", "to_json", "field", "UNSET", "dataclass"}
    # names annotations use: a class attribute of that name would shadow them for get_type_hints
    | {"str", "int", "float", "bool", "date", "datetime", "dict", "list", "Any", "Dict", "List", "Optional",
       "Union", "Literal", "Unset"}
)


# Names a generated module imports, defines or uses besides its models: builtins, the runtime's names, locals
# of from_dict and the decoders, the class attributes annotations could resolve to.
RESERVED = frozenset(
    {"Any", "Dict", "List", "Optional", "Union", "Literal", "Unset", "UNSET", "ValidationError", "TYPE_CHECKING"}
    | {"dataclass", "field", "datetime", "date", "annotations", "Model"}
    | {"data", "cls", "obj", "extras", "e", "tag", "self", "value", "item", "out", "k", "x"}
    | {"_rt", "_new", "_MODULES", "importlib", "from_dict", "to_dict", "from_json", "to_json"}
    | set(keyword.kwlist)
    | {"str", "int", "float", "bool", "dict", "list", "tuple", "set", "type", "object", "frozenset", "bytes",
       "bytearray", "len", "isinstance", "getattr", "globals", "super", "repr", "sorted", "reversed", "max", "next",
       "KeyError", "ValueError", "TypeError", "AttributeError", "RecursionError", "Exception"}  # builtins used
)
# Standard-library modules of Pythons the generated code runs on (3.10+) that this Python may not list: removed
# in 3.12 and 3.13, new in 3.14.
_OTHER_STDLIB = frozenset(
    {"asynchat", "asyncore", "distutils", "imp", "smtpd", "aifc", "audioop", "cgi", "cgitb", "chunk", "crypt",
     "imghdr", "lib2to3", "mailcap", "msilib", "nis", "nntplib", "ossaudiodev", "pipes", "sndhdr", "spwd", "sunau",
     "telnetlib", "uu", "xdrlib", "annotationlib", "compression"})


def name_problem(name: str, kind: str) -> str:
    """What is wrong with `name` as the name of a "class", a "package" or a "pool" (a subpackage), and what to do;
    "" when nothing is. Every name a user gives goes through here; the names the generator makes obey the same
    rules (naming.finalize). Soft keywords (match, case, _, type) need no rule: the generated code has no match or
    type statement, and `type` is reserved.

    isidentifier() and sys.stdlib_module_names are this Python's: a name may be refused by one Python and accepted
    by another, a refusal, never different output. What the generator does with a name it accepts (lower() and
    casefold() for file names, isupper() and islower() for ruff's order) comes out the same on every Python that
    accepts it: tests/test_interpreters.py checks every character such a name can hold (the NFKC rule keeps out
    the modifier letters whose case changed)."""
    if not name.isidentifier():
        return "is not a Python identifier; use letters, digits and _ (not a digit first)"
    normal = unicodedata.normalize("NFKC", name)
    if normal != name:  # Python reads identifiers NFKC-normalised: `import ﬁle_api` looks for file_api
        return f"is read by Python as {normal!r} (identifiers are NFKC-normalised); write it that way"
    if keyword.iskeyword(name):
        return "is a Python keyword; choose another name"
    if name.startswith("__"):
        return "starts with '__', which Python keeps for its own names (and mangles in classes); choose another name"
    if kind == "class":
        if name in RESERVED or LOCAL_NAME.fullmatch(name):
            return "is a name the generated modules use themselves; choose another name"
        return ""
    # a package or a pool is a folder of that name, and an import path
    if kind == "pool" and not (name.isascii() and name == name.lower()):
        return "is not a lower-case Python identifier; use a-z, 0-9 and _"
    if len(name.encode("utf-8")) > MAX_STEM_BYTES:
        return f"is longer than {MAX_STEM_BYTES} bytes, too long for a folder name; choose a shorter name"
    if is_device_name(name):
        return "is a Windows device name, which no folder can have; choose another name"
    if kind == "package" and (name in sys.stdlib_module_names or name in _OTHER_STDLIB):
        return ("is a standard-library module: with the output directory on sys.path one would hide the other; "
                "choose another name")
    if kind == "package" and name.casefold() == "docs":
        return "is the name of the docs/ folder written beside the package; choose another name"
    return ""


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
        r = ascii(value)  # every non-ASCII character escaped; those spelled as themselves come back below
        if r[0] == "'" and value.count('"') <= value.count("'"):  # black's choice: fewer escapes, ties go to "
            r = '"' + r[1:-1].replace("\\'", "'").replace('"', '\\"') + '"'
        return _ESCAPE.sub(_unescape, r) if "\\" in r else r
    if isinstance(value, list):
        return "[" + ", ".join(py_literal(v) for v in value) + "]"
    if isinstance(value, tuple):
        return "(" + ", ".join(py_literal(v) for v in value) + ("," if len(value) == 1 else "") + ")"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{py_literal(str(k))}: {py_literal(v)}" for k, v in value.items()) + "}"
    return repr(value)


# Whether text is written as itself or as escapes is decided with the Unicode database every Python has, frozen at
# Unicode 3.2 (unicodedata.ucd_3_2_0), never with this Python's own (3.11: Unicode 14.0, 3.13: 15.1): the output is
# then the same whichever Python writes it. A character Unicode 3.2 did not have (most emoji) becomes an escape.
_UCD = unicodedata.ucd_3_2_0


def printable_everywhere(ch: str) -> bool:
    """Whether `ch` is printable on every Python (every repr() keeps it): an ASCII one, or a letter, digit, mark,
    punctuation or symbol of Unicode 3.2; not the soft hyphen (punctuation in 3.2, a format character since 4.0)."""
    if ch.isascii():
        return ch.isprintable()
    return _UCD.category(ch)[0] not in "CZ" and ch != "\xad"


# Characters black and ruff give different widths (black: one column; ruff: none, or two for the last three),
# besides the marks (Unicode categories Mn, Mc, Me): near the line length, a literal holding one would be split
# by one and not the other, so literals spell them as escapes. tests/test_format.py checks every character.
_WIDTHS_DIFFER = (
    (0x0D4E, 0x0D4E), (0x1160, 0x11FF), (0x3164, 0x3164), (0xA8FA, 0xA8FA), (0xD7B0, 0xD7C6), (0xD7CB, 0xD7FB),
    (0xFF9E, 0xFFA0), (0x111C2, 0x111C3), (0x1193F, 0x1193F), (0x11941, 0x11941), (0x11A84, 0x11A89),
    (0x11D46, 0x11D46), (0x17A4, 0x17A4), (0x17D8, 0x17D8), (0x1F3FB, 0x1F3FF),
    (0x1885, 0x1886),  # marks since Unicode 9.0, letters in 3.2: the only such characters (test_interpreters)
)
_ESCAPE = re.compile(r"\\(?:x[0-9a-f]{2}|u[0-9a-f]{4}|U[0-9a-f]{8}|\\)")  # as ascii() writes them (and \\, a backslash)


def _unescape(m: re.Match[str]) -> str:
    escape = m.group()
    if escape == "\\\\":
        return escape
    ch = chr(int(escape[2:], 16))
    return ch if _literal_holds(ch) else escape


def _literal_holds(ch: str) -> bool:
    """Whether a string literal holds the non-ASCII `ch` as itself (else as an escape): printable everywhere, not a
    mark (categories Mn, Mc, Me of Unicode 3.2) and as wide for black as for ruff."""
    code = ord(ch)
    return (code >= 0x80 and printable_everywhere(ch) and _UCD.category(ch)[0] != "M"
            and not any(low <= code <= high for low, high in _WIDTHS_DIFFER))
