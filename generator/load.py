"""Load spec files (YAML or JSON), resolve `$ref`s and JSON pointers.

A schema's identity is its `Loc`: the absolute file path and the JSON pointer inside it.

A mapping that names the same key twice is an error, not "the last one wins": the two entries cannot be
told apart once loaded. That covers keys that are the same only as JSON names (`200:` and `"200":`).
"""

from __future__ import annotations

import datetime
import hashlib
import json
import os
from typing import Any
from urllib.parse import unquote

import yaml
from yaml.events import (
    DocumentEndEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
    StreamStartEvent,
)

from . import limits
from .errors import SpecError
from .pointers import Loc, escape, unescape

try:  # the C loader is ~10x faster on multi-MB specs
    _BaseLoader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _BaseLoader = yaml.SafeLoader

_MERGE = "tag:yaml.org,2002:merge"
# Tags PyYAML gives plain scalars that its safe loader cannot construct: YAML 1.1's `=` (value) and `<<` outside a
# mapping key (merge). Other tools read these as text, and so does this loader (explicit tags like `!foo` stay errors).
_AS_TEXT = frozenset({tag for resolvers in _BaseLoader.yaml_implicit_resolvers.values() for tag, _ in resolvers}
                     - set(_BaseLoader.yaml_constructors))


class _DuplicateKey(Exception):
    def __init__(self, mapping: yaml.Node, key: yaml.Node, first: yaml.Node) -> None:
        self.mapping, self.key, self.first = mapping, key, first


class _YamlLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    """Safe loader that refuses a mapping with the same key twice (as JSON names: `200` and `"200"` too)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        own = [k for k, _ in node.value if k.tag != _MERGE]  # before `<<` merges are flattened in
        mapping = super().construct_mapping(node, deep)
        # fast path: no merge, nothing lost to the dict, only str keys (so no JSON-name clash either)
        if len(own) == len(mapping) == len(node.value) and (not mapping or set(map(type, mapping)) == {str}):
            return mapping
        if len(own) > 1:
            seen: dict[str, yaml.Node] = {}
            for k in own:
                name = _key(self.constructed_objects.get(k, k.value))
                if name in seen:
                    raise _DuplicateKey(node, k, seen[name])
                seen[name] = k
        return mapping

    def pointer_to(self, root: yaml.Node, target: yaml.Node) -> str:
        """The JSON pointer of `target` in the document `root` (depth-first; anchors may share nodes)."""
        stack: list[tuple[yaml.Node, str]] = [(root, "")]
        seen: set[int] = set()
        while stack:
            node, ptr = stack.pop()
            if node is target:
                return ptr
            if id(node) in seen:
                continue
            seen.add(id(node))
            if isinstance(node, yaml.MappingNode):  # reversed: the first place in the text is found first
                stack.extend(reversed([(v, ptr + "/" + escape(_key(self.constructed_objects.get(k, k.value))))
                                       for k, v in node.value]))
            elif isinstance(node, yaml.SequenceNode):
                stack.extend(reversed([(v, f"{ptr}/{i}") for i, v in enumerate(node.value)]))
        return ""


for _tag in _AS_TEXT:  # `<<` as a key still merges: the mapping's keys are flattened before values are constructed
    _YamlLoader.add_constructor(_tag, _YamlLoader.construct_yaml_str)


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
    with limits.gc_paused():
        return _parse_text(path, data)


def _parse_text(path: str, data: bytes) -> Any:
    if not data.strip():
        raise SpecError(path, "", "file is empty")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line, column = data.count(b"\n", 0, e.start) + 1, e.start - data.rfind(b"\n", 0, e.start)
        raise SpecError(path, "", f"not UTF-8 text: byte 0x{data[e.start]:02x} at line {line}, column {column}") from None
    if "\x00" in text:
        raise SpecError(path, "", "not a text file (contains NUL bytes)")
    try:
        if path.endswith(".json") or text.lstrip().startswith("{"):
            try:
                return _parse_json(path, text)
            except json.JSONDecodeError as e:
                if path.endswith(".json"):
                    raise SpecError(path, "", f"invalid JSON at line {e.lineno}, column {e.colno}: {e.msg}") from None
        return _parse_yaml(path, text)
    except ValueError as e:  # not a syntax error: Python's limit on the digits of an integer
        raise SpecError(path, "", f"a value Python cannot read: {e}") from None


class _Dup(dict):  # type: ignore[type-arg]
    """A JSON object that named `key` twice."""

    key = ""


def _parse_json(path: str, text: str) -> Any:
    found: list[_Dup] = []

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        obj = dict(items)
        if len(obj) == len(items):
            return obj
        dup = _Dup(obj)
        seen: set[str] = set()
        for k, _ in items:
            if k in seen and not dup.key:
                dup.key = k
            seen.add(k)
        found.append(dup)
        return dup

    doc = json.loads(text, object_pairs_hook=pairs)
    if found:  # rare: look for where the first one is, for the message
        stack: list[tuple[Any, str]] = [(doc, "")]
        while stack:
            node, ptr = stack.pop()
            if node is found[0]:
                raise SpecError(path, f"{ptr}/{escape(node.key)}", f"duplicate key {node.key!r} in a JSON object")
            if isinstance(node, dict):
                stack.extend((v, ptr + "/" + escape(k)) for k, v in node.items())
            elif isinstance(node, list):
                stack.extend((v, f"{ptr}/{i}") for i, v in enumerate(node))
    return doc


_TAG = "tag:yaml.org,2002:"
_PLAIN_TAGS = {_TAG + t for t in ("null", "bool", "int", "float", "str", "timestamp")}
_MISSING = object()


class _Unusual(Exception):
    """Something the quick reading leaves to the full one."""


class _QuickReader:
    """A document read straight from the parser's events, without composing nodes first (twice as fast).

    It takes plain documents only: no anchors, aliases, tags, merge keys or duplicate keys. It raises on
    anything else (errors too), and the full reading decides and words the message."""

    def __init__(self, loader: Any) -> None:
        if loader.yaml_path_resolvers:  # tags would depend on the path
            raise _Unusual
        self.loader = loader
        self.plain: dict[str, Any] = {}  # value of each plain scalar text seen (the same few words over and over)
        self.odd = False  # a key that is not a string, or a date: the document needs normalising

    def document(self) -> Any:
        get = self.loader.get_event
        if type(get()) is not StreamStartEvent or type(get()) is not DocumentStartEvent:
            raise _Unusual  # an empty document
        value = self.value(get())
        if type(get()) is not DocumentEndEvent or type(get()) is not StreamEndEvent:
            raise _Unusual  # a second document
        return value

    def value(self, event: Any) -> Any:
        kind = type(event)
        if kind is ScalarEvent:
            return self.scalar(event)
        if kind is MappingStartEvent and event.anchor is None and event.tag is None:
            return self.mapping()
        if kind is SequenceStartEvent and event.anchor is None and event.tag is None:
            return self.sequence()
        raise _Unusual

    def scalar(self, event: ScalarEvent) -> Any:
        if event.anchor is not None or event.tag is not None:
            raise _Unusual
        if not event.implicit[0]:  # quoted or block: a string
            return event.value
        value = self.plain.get(event.value, _MISSING)
        if value is _MISSING:
            tag = self.loader.resolve(yaml.ScalarNode, event.value, event.implicit)
            if tag in _PLAIN_TAGS:
                value = self.loader.yaml_constructors[tag](self.loader, yaml.ScalarNode(tag, event.value))
            elif tag in _AS_TEXT and tag != _MERGE:  # `=`: text, as in the full reading
                value = event.value
            else:  # `<<`: a merge key or text, which the full reading tells apart
                raise _Unusual
            self.odd = self.odd or isinstance(value, datetime.date)
            self.plain[event.value] = value
        return value

    def mapping(self) -> dict[Any, Any]:
        get = self.loader.get_event
        out: dict[Any, Any] = {}
        str_keys = True
        event = get()
        while type(event) is not MappingEndEvent:
            if type(event) is not ScalarEvent:
                raise _Unusual
            key = self.scalar(event)
            if key in out:
                raise _Unusual
            out[key] = self.value(get())
            str_keys = str_keys and type(key) is str
            event = get()
        if not str_keys:
            self.odd = True
            if len({_key(k) for k in out}) != len(out):  # the same JSON name: `200` and "200"
                raise _Unusual
        return out

    def sequence(self) -> list[Any]:
        get = self.loader.get_event
        out = []
        event = get()
        while type(event) is not SequenceEndEvent:
            out.append(self.value(event))
            event = get()
        return out


def _parse_yaml(path: str, text: str) -> Any:
    """The document, JSON-shaped (see `_normalise`)."""
    loader = _BaseLoader(text)
    try:
        reader = _QuickReader(loader)
        doc = reader.document()
        return _normalise(doc) if reader.odd else doc
    except Exception:  # whatever it is, the full reading below meets it again and words it
        pass
    finally:
        loader.dispose()
    doc = _read_yaml(path, text)
    return _normalise(doc) if _needs_normalising(doc) else doc


def _read_yaml(path: str, text: str) -> Any:
    """The full reading: nodes (with their marks, for messages), then the document."""
    loader = _YamlLoader(text)
    root = None
    try:
        root = loader.get_single_node()
        if root is None:
            raise SpecError(path, "", "file is empty (only comments)")
        _check_aliases(path, root)
        return loader.construct_document(root)
    except _DuplicateKey as e:
        name = _key(loader.constructed_objects.get(e.key, e.key.value))
        ptr = loader.pointer_to(root, e.mapping) + "/" + escape(name)
        mark, first = e.key.start_mark, e.first.start_mark
        raise SpecError(path, ptr, f"duplicate key {name!r} at line {mark.line + 1}, column {mark.column + 1} "
                                   f"(first at line {first.line + 1})") from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(e, "problem", None) or str(e)
        if problem == "but found another document":
            problem = "a second document in the file (one spec per file)"
        raise SpecError(path, "", f"invalid YAML{where}: {problem}") from None
    finally:
        loader.dispose()


_MAX_EXPANDED = 10_000_000  # values a document may hold once its aliases are expanded


def _check_aliases(path: str, root: yaml.Node) -> None:
    """Aliases may share a value but not nest it in itself (`a: &a [*a]` is no JSON value), nor expand the document
    beyond any real spec's size (an alias bomb). One depth-first walk; each node is explored once."""
    sizes: dict[int, int] = {}  # node -> number of values under it, aliases expanded
    on_path: set[int] = set()
    stack: list[tuple[yaml.Node, str, bool]] = [(root, "", False)]
    while stack:
        node, ptr, leaving = stack.pop()
        children = _children(node, ptr)
        if leaving:
            on_path.discard(id(node))
            sizes[id(node)] = min(_MAX_EXPANDED + 1, 1 + sum(sizes[id(child)] for child, _ in children))
            if sizes[id(node)] > _MAX_EXPANDED:
                raise SpecError(path, ptr, f"aliases expand this value to more than {_MAX_EXPANDED:,} values "
                                           f"(line {node.start_mark.line + 1}); no spec is that large")
            continue
        if id(node) in on_path:
            raise SpecError(path, ptr, f"this value contains itself through a YAML alias (line "
                                       f"{node.start_mark.line + 1}), which no JSON value can")
        if id(node) in sizes:
            continue
        on_path.add(id(node))
        stack.append((node, ptr, True))
        stack.extend((child, child_ptr, False) for child, child_ptr in reversed(children))


def _children(node: yaml.Node, ptr: str) -> list[tuple[yaml.Node, str]]:
    if isinstance(node, yaml.MappingNode):
        out = []
        for k, v in node.value:
            name = escape(str(k.value)) if isinstance(k, yaml.ScalarNode) else "?"
            out += [(k, f"{ptr}/{name}"), (v, f"{ptr}/{name}")]
        return out
    if isinstance(node, yaml.SequenceNode):
        return [(v, f"{ptr}/{i}") for i, v in enumerate(node.value)]
    return []


class Documents:
    """Every file reached by `$ref`, parsed once."""

    def __init__(self) -> None:
        self._docs: dict[str, Any] = {}
        self.digests: dict[str, str] = {}  # sha256 of each file's bytes as read: the run record hashes these
        self._added: set[str] = set()

    def load(self, path: str) -> Any:
        if path in self._docs:
            return self._docs[path]
        path = os.path.abspath(path)
        if path not in self._docs:
            data = limits.read_file(path)  # a regular file within the size limit
            self._docs[path] = limits.read(path, data, parse_text)  # refuses values nested past its limit
            self.digests[path] = hashlib.sha256(data).hexdigest()
        return self._docs[path]

    @property
    def files(self) -> tuple[str, ...]:
        """Every file loaded so far (documents added in memory are not files)."""
        return tuple(p for p in self._docs if p not in self._added)

    def add(self, path: str, doc: Any) -> None:
        """A document that exists only in memory (the wrapper of a fragment), known by an absolute path."""
        self._docs[path] = doc
        self._added.add(path)

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
            elif isinstance(node, list) and token.isascii() and token.isdigit() and int(token) < len(node):
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
        except SpecError as e:  # a file-level problem names that file
            detail = e.problem if e.pointer else f"{e.file}: {e.problem}"
            raise SpecError(at.file, at.pointer, f"$ref {ref!r} does not resolve ({detail})") from None

    def resolve(self, loc: Loc, schema: Any) -> tuple[Loc, Any]:
        """Follow a chain of `$ref`s to the schema it ends at."""
        if not (isinstance(schema, dict) and "$ref" in schema):  # most schemas are written in place
            return loc, schema
        chain = [loc]
        while isinstance(schema, dict) and "$ref" in schema:
            target = self.ref_target(loc, schema["$ref"])
            if target in chain:
                loop = chain[chain.index(target):] + [target]
                spelled = " -> ".join(f"#{x.pointer}" if x.file == target.file else str(x) for x in loop)
                raise SpecError(target.file, target.pointer, f"$ref loop with no schema in it: {spelled}")
            chain.append(target)
            loc, schema = self.deref(loc, schema["$ref"])
        return loc, schema
