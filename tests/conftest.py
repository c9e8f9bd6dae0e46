"""Shared fixtures: paths, the generated tree (built once per session), ../shared availability."""

from __future__ import annotations

import os
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
GENERATED = os.path.join(ROOT, "generated")
SPEC = os.path.join(ROOT, "spec", "openapi.yaml")
PACKAGE = "orq_api"

sys.path.insert(0, ROOT)
sys.path.insert(0, GENERATED)


def snapshot(path: str) -> dict[str, bytes]:
    """Every file below `path` (relative name -> bytes): to show a directory did not change."""
    out = {}
    for dirpath, _, names in os.walk(path):
        for name in names:
            full = os.path.join(dirpath, name)
            with open(full, "rb") as fh:
                out[os.path.relpath(full, path)] = fh.read()
    return out


def shared_path(*parts: str) -> str:
    path = os.path.join(SHARED, *parts)
    if not os.path.exists(path):
        pytest.skip(f"../shared is absent ({path} not found)")
    return path


@pytest.fixture(scope="session")
def fresh_files() -> dict[str, str]:
    """The tree the generator makes now from spec/, in memory."""
    from generator.config import load_config
    from generator.namelock import LOCK_FILE
    from generator.pipeline import generate_files
    from generator.owned import read_owned

    cfg = load_config(os.path.join(ROOT, "pyproject.toml"))
    return generate_files(cfg.spec, cfg.package, cfg.names, lock=read_owned(GENERATED, LOCK_FILE)).files


# the corpus tests' shared session fixture (`corpora`) and helpers
pytest_plugins = ["corpus_fixtures"]
