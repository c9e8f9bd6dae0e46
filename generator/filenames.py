"""File names of the generated modules and pages: safe on every file system a repository is checked out on.

`file_stem` is the one place that turns a model's name into a file name; a directory's names then go through
`Stems`, so that no two differ only in case, however the file system compares case.
"""

from __future__ import annotations

import hashlib
import keyword
import re
from typing import Iterable

MAX_STEM_BYTES = 100  # well under the 255 bytes of a file name: paths in repositories nest, and Windows caps them
_HASH_CHARS = 8
# Windows opens a device for these names, whatever the extension (con.py, nul.md); a model's name cannot spell the
# other device names (COM¹, CONIN$): they are no identifiers.
_DEVICE = re.compile(r"(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?", re.IGNORECASE)


def is_device_name(name: str) -> bool:
    return _DEVICE.fullmatch(name) is not None


def file_stem(name: str) -> str:
    """A model's page name, and the module name of the models it leads (module_stem), without the extension.

    The name in lower case; past MAX_STEM_BYTES, a prefix and a hash of the whole name (the name lock keeps the
    name, so the stem stays); a Windows device name takes "_" (con_)."""
    stem = name.lower()
    if len(stem.encode("utf-8")) > MAX_STEM_BYTES:
        digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:_HASH_CHARS]
        prefix = stem.encode("utf-8")[: MAX_STEM_BYTES - _HASH_CHARS - 1].decode("utf-8", "ignore")
        stem = f"{prefix}_{digest}"
    return stem + "_" if is_device_name(stem) else stem


def module_stem(name: str) -> str:
    """file_stem, importable: a keyword (class_) or a leading "__" (Python's own names) takes "_"."""
    stem = file_stem(name)
    return stem + "_" if keyword.iskeyword(stem) or stem.startswith("__") else stem


class Stems:
    """The file names of one directory, none equal to another however a file system folds case (casefold: ß, ss),
    nor to one of `names` (for modules: the names their package exports, which an imported module would shadow)."""

    def __init__(self, names: Iterable[str] = ()) -> None:
        self.names = set(names)
        self.folded: set[str] = set()

    def claim(self, base: str) -> str:
        """`base`, or the first free of base_2, base_3..."""
        stem, n = base, 2
        while stem.casefold() in self.folded or stem in self.names:
            stem, n = f"{base}_{n}", n + 1
        self.folded.add(stem.casefold())
        self.names.add(stem)
        return stem


def claim_order(name: str, stem: str) -> tuple[bool, str, str]:
    """The order in which the names of a directory claim their stems: first the names whose stem is their plain
    lower-cased name, so a shortened or suffixed one never takes an ordinary one's file; then by name."""
    return stem != name.lower(), name.lower(), name


def page_stems(ids: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """The page name of each (pool, name): its file_stem, distinct within the pool."""
    stems: dict[str, Stems] = {}
    out = {}
    for pool, name in sorted(ids, key=lambda i: (i[0],) + claim_order(i[1], file_stem(i[1]))):
        out[(pool, name)] = stems.setdefault(pool, Stems()).claim(file_stem(name))
    return out
