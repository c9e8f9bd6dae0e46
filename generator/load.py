"""Load spec files (YAML or JSON), resolve `$ref`s and JSON pointers.

A schema's identity is its `Loc`: the absolute file path and the JSON pointer inside it.
"""

from __future__ import annotations

import datetime
import json
import os
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

import yaml

from generator.errors import SpecError

try:  # the C loader is ~10x faster on multi-MB specs
    _YamlLoader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _YamlLoader = yaml.SafeLoader


@dataclass(frozen=True, order=True)
class Loc:
    file: str
    pointer: str

    def child(self, *tokens: str | int) -> "Loc":
        return Loc(self.file, self.pointer + "".join("/" + escape(str(t)) for t in tokens))

    def __str__(self) -> str:
        return f"{self.file}#{self.pointer}"


def escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def _normalise(value: Any) -> Any:
    """Make YAML output JSON-shaped: string keys, dates back to their text."""
    if isinstance(value, dict):
        return {_key(k): _normalise(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_normalise(v) for v in value]
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    return value


def _key(k: Any) -> str:
    if isinstance(k, bool):
        return "true" if k else "false"
    if k is None:
        return "null"
    if isinstance(k, (datetime.datetime, datetime.date)):
        return k.isoformat()
    return str(k)


def _needs_normalising(value: Any) -> bool:
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, dict):
            for k, x in v.items():
                if type(k) is not str:
                    return True
                stack.append(x)
        elif isinstance(v, list):
            stack.extend(v)
        elif isinstance(v, (datetime.date, datetime.datetime)):
            return True
    return False


def parse_text(path: str, data: bytes) -> Any:
    if not data.strip():
        raise SpecError(path, "", "file is empty")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise SpecError(path, "", f"not UTF-8 text (byte {e.start})") from None
    if "\x00" in text:
        raise SpecError(path, "", "not a text file (contains NUL bytes)")
    if path.endswith(".json") or text.lstrip().startswith("{"):
        try:
            return json.loads(text)
        except json.JSONDecodeError as e:
            if path.endswith(".json"):
                raise SpecError(path, "", f"invalid JSON at line {e.lineno}, column {e.colno}: {e.msg}") from None
    try:
        doc = yaml.load(text, Loader=_YamlLoader)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(e, "problem", None) or str(e)
        raise SpecError(path, "", f"invalid YAML{where}: {problem}") from None
    return _normalise(doc) if _needs_normalising(doc) else doc


class Documents:
    """Every file reached by `$ref`, parsed once."""

    def __init__(self) -> None:
        self._docs: dict[str, Any] = {}

    def load(self, path: str) -> Any:
        if path in self._docs:
            return self._docs[path]
        path = os.path.abspath(path)
        if path not in self._docs:
            try:
                with open(path, "rb") as fh:
                    data = fh.read()
            except OSError as e:
                raise SpecError(path, "", f"cannot read file: {e.strerror}") from None
            self._docs[path] = parse_text(path, data)
        return self._docs[path]

    def get(self, loc: Loc) -> Any:
        node = self.load(loc.file)
        if not loc.pointer:
            return node
        if not loc.pointer.startswith("/"):
            raise SpecError(loc.file, loc.pointer, "JSON pointer must start with '/'")
        for raw in loc.pointer[1:].split("/"):
            token = unescape(raw)
            if isinstance(node, dict) and token in node:
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                raise SpecError(loc.file, loc.pointer, "JSON pointer does not resolve")
        return node

    def ref_target(self, at: Loc, ref: Any) -> Loc:
        """The Loc a `$ref` written at `at` points to."""
        if not isinstance(ref, str):
            raise SpecError(at.file, at.pointer, "$ref must be a string")
        if "://" in ref.split("#", 1)[0]:
            raise SpecError(at.file, at.pointer, f"remote $ref {ref!r} cannot be fetched; download it and refer to the local file")
        file_part, _, frag = ref.partition("#")
        file = at.file if not file_part else os.path.normpath(os.path.join(os.path.dirname(at.file), unquote(file_part)))
        pointer = unquote(frag)
        if pointer and not pointer.startswith("/"):
            raise SpecError(at.file, at.pointer, f"$ref {ref!r}: only JSON pointer fragments are supported")
        return Loc(file, pointer)

    def deref(self, at: Loc, ref: Any) -> tuple[Loc, Any]:
        """The target of one `$ref` written at `at`, and its value; errors name the referring place."""
        target = self.ref_target(at, ref)
        try:
            return target, self.get(target)
        except SpecError as e:
            raise SpecError(at.file, at.pointer, f"$ref {ref!r} does not resolve ({e.problem})") from None

    def resolve(self, loc: Loc, schema: Any) -> tuple[Loc, Any]:
        """Follow a chain of `$ref`s to the schema it ends at."""
        seen = {loc}
        while isinstance(schema, dict) and "$ref" in schema:
            target = self.ref_target(loc, schema["$ref"])
            if target in seen:
                raise SpecError(loc.file, loc.pointer, "$ref loop with no schema in it")
            seen.add(target)
            loc, schema = self.deref(loc, schema["$ref"])
        return loc, schema
