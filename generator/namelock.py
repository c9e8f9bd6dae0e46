"""The name lock file (`names.lock.json` in the output directory): reading, checking and writing it. Which locked
names a run keeps is naming.py's business."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field

from .config import POOL_ROLES
from .errors import ConfigError
from .pointers import Loc
from .pynames import name_problem

LOCK_FILE = "names.lock.json"
LOCK_VERSION = 1


@dataclass
class NameLock:
    """The names of the previous run, to keep: loc -> (pool, name). A Namer fills `this_run` (every name of this
    run, late claims of the build included, once the build is done) and `warnings` (locked names it could not keep).
    """

    entries: dict[Loc, tuple[str, str]] = field(default_factory=dict)
    spec_file: str = ""  # lock keys (and warnings) name locations relative to it
    this_run: dict[Loc, tuple[str, str]] | None = None
    warnings: list[str] = field(default_factory=list)


def lock_key(loc: Loc, spec_file: str) -> str:
    """The pointer alone in the spec file (as in `[tool.generator.names]`), so renaming or moving the spec keeps the
    lock; `parts/other.yaml#/pointer` in another file, relative to the spec's directory."""
    if loc.file == spec_file:
        return loc.pointer
    return os.path.relpath(loc.file, os.path.dirname(spec_file)).replace(os.sep, "/") + "#" + loc.pointer


def key_loc(key: str, spec_file: str) -> Loc | None:
    """The location a key written by lock_key (or an override key) names; None for a key that names none."""
    if key.startswith("/"):
        return Loc(spec_file, key)
    m = re.match(r"(.*?)#(/.*)?$", key, re.DOTALL)  # the first `#` that starts a pointer (or ends the key)
    if not m:
        return None
    if not m.group(1):
        return Loc(spec_file, m.group(2) or "")
    return Loc(os.path.normpath(os.path.join(os.path.dirname(spec_file), m.group(1))), m.group(2) or "")


def dump_lock(by_loc: dict[Loc, tuple[str, str]], spec_file: str) -> str:
    """JSON, sorted keys, one entry a line (small diffs): "/pointer" or "file#/pointer": "pool/Name"."""
    names = {lock_key(loc, spec_file): f"{pool}/{name}" for loc, (pool, name) in by_loc.items()}
    return json.dumps({"version": LOCK_VERSION, "names": names}, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def parse_lock(text: str, spec_file: str, where: str) -> dict[Loc, tuple[str, str]]:
    """The entries of a lock file; a file that is not one (a merge conflict left in it...) is a ConfigError."""
    hint = "fix it, delete it or run with --no-lock"
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as e:
        raise ConfigError(f"{where}: not JSON (line {e.lineno}, column {e.colno}: {e.msg}); {hint}") from None
    if not isinstance(doc, dict) or doc.get("version") != LOCK_VERSION or not isinstance(doc.get("names"), dict):
        raise ConfigError(f"{where}: not a version {LOCK_VERSION} name lock "
                          f'({{"version": {LOCK_VERSION}, "names": {{...}}}} expected); {hint}')
    entries: dict[Loc, tuple[str, str]] = {}
    for key, value in doc["names"].items():
        loc = key_loc(key, spec_file)
        pool, _, name = value.partition("/") if isinstance(value, str) else ("", "", "")
        if loc is None or pool not in POOL_ROLES or name_problem(name, "class"):
            raise ConfigError(f'{where}: bad entry {key!r}: {value!r} ("/json/pointer" or "file#/json/pointer": '
                              f'"pool/ClassName" expected, pool one of {", ".join(POOL_ROLES)}); {hint}')
        entries[loc] = (pool, name)
    return entries
