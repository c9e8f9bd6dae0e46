"""generated/ is exactly what the generator makes from spec/ (the drift check, as a test)."""

from __future__ import annotations

import os
import sys

from conftest import GENERATED
from generator.owned import read_tree


def test_generated_tree_is_byte_identical(fresh_files):
    on_disk = read_tree(GENERATED)
    assert sorted(on_disk) == sorted(fresh_files)
    stale = [rel for rel, text in fresh_files.items() if on_disk[rel] != text]
    assert stale == []


def test_every_model_has_a_page_and_a_module(fresh_files):
    pages = [p for p in fresh_files if p.startswith("docs/models/")]
    modules = [p for p in fresh_files if p.startswith("orq_api/models/") and not p.endswith("__init__.py")]
    assert len(pages) >= len(modules) > 300
    for pool in ("components", "operations", "errors"):
        assert f"orq_api/models/{pool}/__init__.py" in fresh_files
        assert any(p.startswith(f"docs/models/{pool}/") for p in pages)


def test_generated_package_is_stdlib_only(fresh_files):
    allowed = set(sys.stdlib_module_names)
    for rel, text in fresh_files.items():
        if not rel.endswith(".py"):
            continue
        for line in text.splitlines():
            if line.startswith(("import ", "from ")) and not line.startswith("from ."):
                module = line.split()[1].split(".")[0]
                assert module in allowed, f"{rel}: {line}"
    assert os.path.isdir(os.path.join(GENERATED, "orq_api"))
