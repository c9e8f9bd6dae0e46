"""Every Example Usage block on every generated page runs against the generated package."""

from __future__ import annotations

import os
import re

from conftest import GENERATED

BLOCK = re.compile(r"```python\n(.*?)```", re.S)


def _pages():
    root = os.path.join(GENERATED, "docs", "models")
    for dirpath, _, names in os.walk(root):
        for name in sorted(names):
            yield os.path.join(dirpath, name)


def test_every_example_runs():
    ran = 0
    failures = []
    for path in _pages():
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        for block in BLOCK.findall(text):
            try:
                exec(compile(block, path, "exec"), {})
                ran += 1
            except Exception as e:  # collect them all, report together
                failures.append(f"{path}: {type(e).__name__}: {e}")
    assert failures == []
    assert ran > 300


def test_examples_build_models_that_round_trip():
    path = os.path.join(GENERATED, "docs", "models", "operations", "routerimagegenerationsresponsebody.md")
    with open(path, encoding="utf-8") as fh:
        block = BLOCK.findall(fh.read())[0]
    scope: dict = {}
    exec(block, scope)
    value = scope["value"]
    assert type(value).from_dict(value.to_dict()) == value
