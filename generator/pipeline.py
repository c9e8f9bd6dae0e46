"""load -> IR -> render -> format: the whole generation in memory."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Callable

from . import fingerprint, templates_dir
from .build import load_api
from .config import Options
from .errors import SpecError
from .format import format_python, ruff_bin
from .limits import gc_paused
from .namelock import LOCK_FILE, NameLock, dump_lock, parse_lock
from .owned import FINGERPRINT_FILE, with_records
from .parallel import run_jobs
from .render import Renderer

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
    """Every output file, in memory. `formatted=False` skips formatting (tests that only run the code).

    `lock` is the text of the previous run's name lock (`names.lock.json` of the output directory; `lock_origin`
    names it in messages): every model whose location is still a model keeps its name. The lock of this run is
    one of the files. `progress` hears of each stage as it starts."""
    spec_file = os.path.abspath(spec)
    ruff = ruff_bin() if formatted else ""  # a missing formatter is told before any work
    progress(f"reading {os.path.relpath(spec)} and building models")
    name_lock = NameLock(parse_lock(lock, spec_file, lock_origin) if lock is not None else {}, spec_file)
    api = load_api(spec, package, names, name_lock, options)
    renderer = Renderer(api, TEMPLATES)
    progress(f"rendering {len(api.models)} models ({len(api.modules)} modules, {len(api.models)} pages)")
    with gc_paused():  # tens of thousands of long-lived strings, nothing cyclic to collect
        files, pages = _render(renderer)
    _check_encodable(spec, {**files, **pages})
    if formatted:
        python = {path: text for path, text in files.items() if path.endswith(".py")}
        progress(f"formatting {len(python)} Python files")
        files.update(format_python(python, ruff, options.python))
    files.update(pages)
    assert name_lock.this_run is not None
    files[LOCK_FILE] = dump_lock(name_lock.this_run, spec_file)
    files = with_records(files)
    warnings = api.warnings + tuple(name_lock.warnings)
    files[FINGERPRINT_FILE] = fingerprint.dump(spec, api.sources, api.source_digests,
                                                           fingerprint.settings(package, names, options),
                                                           len(api.models), len(pages), warnings, files)
    return Result(files, len(api.models), len(pages), warnings)


def _render(renderer: Renderer) -> tuple[dict[str, str], dict[str, str]]:
    """Python files (as rendered: not yet formatted) and pages. The modules and pages, most of the work, go to
    all cores."""
    api = renderer.api
    modules, models = len(api.modules), len(api.models)

    def job(i: int) -> tuple[str, str]:
        if i < modules:
            return renderer.module_file(api.modules[i])
        return renderer.page_file(api.models[i - modules])

    done = run_jobs(job, modules + models)
    python = renderer.package_files()
    python.update(done[:modules])
    python.update(renderer.pool_files())
    pages = dict(done[modules:])
    pages["docs/README.md"] = renderer.index()
    return python, pages


def _check_encodable(spec: str, files: dict[str, str]) -> None:
    """A lone surrogate (a \\ud800-\\udfff escape without its pair) in the spec cannot be written as UTF-8."""
    for path, text in files.items():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as e:
            raise SpecError(os.path.abspath(spec), "", f"the spec holds a lone surrogate {text[e.start]!r} (a \\u "
                            f"escape without its pair), which UTF-8 cannot carry (it would go into {path})") from None
