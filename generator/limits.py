"""How large and how deep a spec may be: limits checked early, so that everything after them stays within Python's
limits (and within memory).

Much of the generator walks values and types recursively (reading YAML and JSON, examples, type annotations, the
Jinja macros that write decoders), and the generated code nests one bracket per level of a type, which Python's
parser caps at 200. Two limits keep all of that far from the edge, and far above what real specs use:

* `MAX_DEPTH`: a value of a spec file may be nested at most 128 levels deep, counted from the top of its file
  (`/paths/~1x/get/responses/200` is 4 levels). The deepest value in the corpus (orq, openai, github, box, k8s,
  asana, spotify, ...) is 36 levels deep. Checked as each file is read, iteratively.
* `MAX_NESTING`: arrays and maps directly inside each other, as one type (`List[Dict[str, List[...]]]`), at
  most 32 levels, whether written inline or through `$ref`s. Real specs use up to 4 (GeoJSON's MultiPolygon).
  The generated code for 80 levels still compiles, imports and decodes; 100 levels do not compile.

* `MAX_FILE_BYTES`: every input file (the spec, each file a `$ref` reaches, the configuration) is a regular file
  of at most 64 MiB, read with a bounded read (`read_file`): `/dev/zero`, a named pipe or a file that keeps growing
  would otherwise be read until memory runs out (or, for a pipe, wait forever). The largest corpus spec is 3.3 MB.

Anything past a limit is a `SpecError` naming the file and the JSON pointer of the first value past it. A
`RecursionError` that still escapes (e.g. hundreds of schemas chained through `$ref`s) becomes one too (`caught`).
`gc_paused` spends memory for time: no cyclic garbage collection while the long-lived spec and IR are built.
"""

from __future__ import annotations

import gc
import json
import os
import re
import stat
from contextlib import contextmanager
from types import TracebackType
from typing import Any, Callable, Iterator

import yaml
from yaml.events import (
    AliasEvent,
    CollectionEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceStartEvent,
    StreamEndEvent,
)

from .errors import SpecError
from .pointers import Loc, escape

MAX_DEPTH = 128
MAX_NESTING = 32
MAX_FILE_BYTES = 64 * 2**20
_DEEPEST_REAL = 36  # the deepest value of the corpus specs, for the message
_TOO_DEEP = object()


def read(path: str, data: bytes, parse: Callable[[str, bytes], Any]) -> Any:
    """`parse(path, data)`, refusing a document nested deeper than MAX_DEPTH, including one too deep to read."""
    try:
        doc = parse(path, data)
    except RecursionError:  # deeper than Python's json (or the YAML normalising) can go
        doc = _TOO_DEEP
    except SpecError as e:
        if "maximum nesting depth" not in e.problem:  # libyaml's own limit (1000 levels)
            raise
        doc = _TOO_DEEP
    if doc is _TOO_DEEP:
        raise too_deep(path, _pointer_in_text(data))
    check_depth(path, doc)
    return doc


def read_file(path: str) -> bytes:
    """The bytes of the regular file at `path`, at most MAX_FILE_BYTES of them; anything else is a SpecError."""
    try:
        _check_regular(path, os.stat(path))  # before opening: opening a named pipe waits for a writer
        with open(path, "rb", opener=_open_without_waiting) as fh:
            info = os.fstat(fh.fileno())
            _check_regular(path, info)  # the name may point elsewhere by now
            if info.st_size > MAX_FILE_BYTES:
                raise _too_large(path)
            data = fh.read(MAX_FILE_BYTES + 1)  # bounded: the file may have grown since (or /proc reports 0)
    except OSError as e:
        raise SpecError(path, "", f"cannot read file: {e.strerror}") from None
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(path)
    return data


_NOT_REGULAR = ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"),
                (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))


def _check_regular(path: str, info: os.stat_result) -> None:
    if not stat.S_ISREG(info.st_mode):
        kind = next((name for test, name in _NOT_REGULAR if test(info.st_mode)), "a special file")
        raise SpecError(path, "", f"not a regular file ({kind})")


def _open_without_waiting(path: str, flags: int) -> int:
    return os.open(path, flags | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))


def _too_large(path: str) -> SpecError:
    return SpecError(path, "", f"file is larger than the {MAX_FILE_BYTES >> 20} MiB limit on input files")


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection inside: a big spec makes ~10^6 long-lived objects, and each full collection
    walks all of them (over half the parse time) while finding nothing to free."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def too_deep(path: str, pointer: str) -> SpecError:
    return SpecError(path, pointer, f"value nested more than {MAX_DEPTH} levels deep (the limit; the deepest real "
                                    f"spec measured nests {_DEEPEST_REAL}): flatten it or move parts into "
                                    "components")


def check_depth(path: str, doc: Any) -> None:
    """Level by level, containers only (cheap: a 3 MB spec takes milliseconds); the pointer only on failure."""
    level = [doc] if (type(doc) is dict or type(doc) is list) and doc else []
    for _ in range(MAX_DEPTH):
        if not level:
            return
        deeper: list[Any] = []
        for v in level:
            deeper += [x for x in (v.values() if type(v) is dict else v) if (type(x) is dict or type(x) is list) and x]
        level = deeper
    if level:  # a non-empty container MAX_DEPTH deep: its children are one level too deep
        raise too_deep(path, _first_too_deep(doc))


def _first_too_deep(doc: Any) -> str:
    """The pointer of the first value (in the file's order) nested deeper than MAX_DEPTH."""
    stack: list[tuple[Any, str, int]] = [(doc, "", 0)]
    while stack:
        value, ptr, depth = stack.pop()
        if depth > MAX_DEPTH:
            return ptr
        if type(value) is dict:
            stack.extend(reversed([(x, f"{ptr}/{escape(str(k))}", depth + 1) for k, x in value.items()]))
        elif type(value) is list:
            stack.extend(reversed([(x, f"{ptr}/{i}", depth + 1) for i, x in enumerate(value)]))
    return ""


def check_nesting(loc: Any, depth: int) -> None:
    """An array or map at `loc` (a load.Loc) inside `depth` others in the same type."""
    if depth >= MAX_NESTING:
        raise SpecError(loc.file, loc.pointer, f"arrays and maps nested more than {MAX_NESTING} deep in one type "
                                               "(List[List[...]]) are not supported; real specs nest a few")


def caught(e: RecursionError, spec: str) -> SpecError:
    """A RecursionError that got past the limits (schemas chained hundreds deep through $refs): the schema the
    deepest frame was at, from the traceback's locals."""
    where = None
    tb: TracebackType | None = e.__traceback__
    while tb is not None:
        for name in ("loc", "mloc"):
            value = tb.tb_frame.f_locals.get(name)
            if isinstance(value, Loc):
                where = value
        tb = tb.tb_next
    file, pointer = where if where is not None else (spec, "")
    return SpecError(file, pointer, "schemas nested too deeply (through $refs) for the generator: Python's "
                                    "recursion limit was reached here; flatten the chain of schemas")


# -- the pointer of a value too deep to read --------------------------------------------------------------------

_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\],:]|[^\s{}\[\],:"]+')


def _pointer_in_text(data: bytes) -> str:
    """Where the first value deeper than MAX_DEPTH starts, read from the text without building it."""
    text = data.decode("utf-8-sig", "replace")
    scans = (_json_pointer, _yaml_pointer) if text.lstrip()[:1] in ("{", "[") else (_yaml_pointer, _json_pointer)
    for scan in scans:
        try:
            pointer = scan(text)
        except Exception:  # not that syntax: the other scan
            continue
        if pointer is not None:
            return pointer
    return ""


class _Frames:
    """The open containers above the current value: [is_mapping, token of the current child, expecting a key]."""

    def __init__(self) -> None:
        self.frames: list[list[Any]] = []

    def key_expected(self) -> bool:
        return bool(self.frames) and self.frames[-1][0] and self.frames[-1][2]

    def key(self, name: str) -> None:
        self.frames[-1][1], self.frames[-1][2] = escape(name), False

    def value(self, opens: bool | None) -> str | None:
        """A value starts (`opens`: a mapping (True), a sequence (False) or a scalar (None)); its pointer if it is
        too deep."""
        if len(self.frames) > MAX_DEPTH:
            return "".join(f"/{f[1]}" for f in self.frames)
        if opens is None:
            self.done()
        else:
            self.frames.append([opens, "" if opens else 0, opens])
        return None

    def close(self) -> None:
        self.frames.pop()
        self.done()

    def done(self) -> None:  # the current value ended
        if self.frames:
            top = self.frames[-1]
            if top[0]:
                top[2] = True
            else:
                top[1] += 1


def _json_pointer(text: str) -> str | None:
    frames = _Frames()
    for m in _JSON_TOKEN.finditer(text):
        token = m.group()
        if token in (",", ":"):
            continue
        if token in ("}", "]"):
            frames.close()
        elif frames.key_expected():
            frames.key(json.loads(token) if token.startswith('"') else token)
        else:
            found = frames.value(True if token == "{" else False if token == "[" else None)
            if found is not None:
                return found
    return None


def _yaml_pointer(text: str) -> str | None:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)
    try:
        frames = _Frames()
        while True:
            event = loader.get_event()
            if event is None or isinstance(event, StreamEndEvent):
                return None
            if isinstance(event, CollectionEndEvent):
                frames.close()
            elif isinstance(event, (ScalarEvent, AliasEvent, MappingStartEvent, SequenceStartEvent)):
                if frames.key_expected():
                    if not isinstance(event, ScalarEvent):
                        return None  # a complex key: no pointer
                    frames.key(event.value)
                    continue
                opens = (True if isinstance(event, MappingStartEvent) else False
                         if isinstance(event, SequenceStartEvent) else None)
                found = frames.value(opens)
                if found is not None:
                    return found
    finally:
        loader.dispose()
