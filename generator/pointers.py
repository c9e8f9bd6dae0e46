"""Locations in spec files: a file and a JSON pointer (RFC 6901) into it."""

from __future__ import annotations

from typing import NamedTuple


class Loc(NamedTuple):  # a tuple: hashed and compared in C (a spec's walk does that ~10^5 times)
    file: str
    pointer: str

    def child(self, *tokens: str | int) -> "Loc":
        pointer = self.pointer
        for t in tokens:
            pointer += "/" + escape(str(t))
        return Loc(self.file, pointer)

    def __str__(self) -> str:
        return f"{self.file}#{self.pointer}"


def escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")
