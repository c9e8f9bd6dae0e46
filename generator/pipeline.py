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
from .layout import LAYOUT_FILE, Layout
from .limits import gc_paused
from .namelock import LOCK_FILE, NameLock, dump_lock, parse_lock
from .owned import FINGERPRINT_FILE, MANIFEST, digest, with_records
from .parallel import run_jobs
from .render import Renderer

TEMPLATES = templates_dir()


@dataclass(frozen=True)
class Result:
    files: dict[str, str]  # the output directory's (with the default layout: every file)
    models: int
    pages: int
    warnings: tuple[str, ...]
    trees: tuple[tuple[str, dict[str, str]], ...] = ()  # with a layout: (folder, files) in the order they are written


def generate_files(spec: str, package: str, names: dict[str, str] | None = None, formatted: bool = True,
                   lock: str | None = None, lock_origin: str = LOCK_FILE, options: Options = Options(),
                   progress: Callable[[str], None] = lambda stage: None, layout: Layout | None = None) -> Result:
    """Every output file, in memory. `formatted=False` skips formatting (tests that only run the code).

    `lock` is the text of the previous run's name lock (`names.lock.json` of the output directory; `lock_origin`
    names it in messages): every model whose location is still a model keeps its name. The lock of this run is
    one of the files. `progress` hears of each stage as it starts. `layout`: the folders the files go to (default:
    one, the output directory)."""
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
    trees = _with_records(layout.split(files) if layout else {"": files}, layout)
    records = list(trees)[-1]  # the folder of the run record comes last
    others = {fingerprint.tree_key(folder, records): digest(tree[MANIFEST].encode("utf-8"))
              for folder, tree in trees.items() if folder != records}
    warnings = api.warnings + tuple(name_lock.warnings)
    settings = fingerprint.settings(package, names, options, layout.settings() if layout else None)
    trees[records][FINGERPRINT_FILE] = fingerprint.dump(spec, api.sources, api.source_digests, settings,
                                                        len(api.models), len(pages), warnings, trees[records], others)
    out = layout.out if layout else ""
    return Result(trees[out], len(api.models), len(pages), warnings, tuple(trees.items()) if layout else ())


def _with_records(trees: dict[str, dict[str, str]], layout: Layout | None) -> dict[str, dict[str, str]]:
    """Each folder's files with its .gitattributes and .manifest, and with several folders its .layout.json."""
    if layout is not None and len(trees) > 1:
        trees = {folder: {**files, LAYOUT_FILE: layout.pointer(folder)} for folder, files in trees.items()}
    last = list(trees)[-1]
    return {folder: with_records(files, folder == last) for folder, files in trees.items()}


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
