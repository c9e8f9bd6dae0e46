"""load -> IR -> render -> format: the whole generation in memory."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Callable

from generator import fingerprint
from generator.build import load_api
from generator.errors import SpecError
from generator.config import Options
from generator.fingerprint import templates_dir
from generator.format import format_python
from generator.naming import LOCK_FILE, NameLock, dump_lock, parse_lock
from generator.render import Renderer

TEMPLATES = templates_dir()


@dataclass(frozen=True)
class Result:
    files: dict[str, str]
    models: int
    pages: int
    warnings: tuple[str, ...]


def generate_files(spec: str, package: str, names: dict[str, str] | None = None, formatted: bool = True,
                   lock: str | None = None, lock_origin: str = LOCK_FILE, options: Options = Options(),
                   progress: Callable[[str], None] = lambda stage: None) -> Result:
    """Every output file, in memory. `formatted=False` skips black (tests that only run the code).

    `lock` is the text of the previous run's name lock (`names.lock.json` of the output directory; `lock_origin`
    names it in messages): every model whose location is still a model keeps its name. The lock of this run is
    one of the files. `progress` hears of each stage as it starts."""
    spec_file = os.path.abspath(spec)
    progress(f"reading {os.path.relpath(spec)} and building models")
    name_lock = NameLock(parse_lock(lock, spec_file, lock_origin) if lock is not None else {}, spec_file)
    api = load_api(spec, package, names, name_lock, options)
    progress(f"rendering {len(api.models)} models")
    renderer = Renderer(api, TEMPLATES)
    pages = renderer.doc_files()
    files = renderer.python_files()
    _check_encodable(spec, {**files, **pages})
    if formatted:
        progress(f"formatting {len(files)} modules with black (cached by content)")
        files = format_python(files, options.python)
    files.update(pages)
    assert name_lock.names is not None
    files[LOCK_FILE] = dump_lock(name_lock.names.by_loc, spec_file)
    warnings = api.warnings + tuple(name_lock.warnings)
    files[fingerprint.FINGERPRINT_FILE] = fingerprint.dump(spec, api.sources, fingerprint.settings(package, names, options),
                                                           len(api.models), len(pages), warnings, files)
    return Result(files, len(api.models), len(pages), warnings)


def _check_encodable(spec: str, files: dict[str, str]) -> None:
    """A lone surrogate (a \\ud800-\\udfff escape without its pair) in the spec cannot be written as UTF-8."""
    for path, text in files.items():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as e:
            raise SpecError(os.path.abspath(spec), "", f"the spec holds a lone surrogate {text[e.start]!r} (a \\u "
                            f"escape without its pair), which UTF-8 cannot carry (it would go into {path})") from None
