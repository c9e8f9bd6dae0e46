"""load -> IR -> render -> format: the whole generation in memory."""

from __future__ import annotations

import os
from dataclasses import dataclass

from generator.build import load_api
from generator.format import format_python
from generator.render import Renderer

TEMPLATES = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "templates")


@dataclass(frozen=True)
class Result:
    files: dict[str, str]
    models: int
    pages: int
    warnings: tuple[str, ...]


def generate_files(spec: str, package: str, names: dict[str, str] | None = None, formatted: bool = True) -> Result:
    """Every output file, in memory. `formatted=False` skips black (tests that only run the code)."""
    api = load_api(spec, package, names)
    renderer = Renderer(api, TEMPLATES)
    pages = renderer.doc_files()
    files = renderer.python_files()
    if formatted:
        files = format_python(files)
    files.update(pages)
    return Result(files, len(api.models), len(pages), api.warnings)
