"""Same spec, same bytes: whatever PYTHONHASHSEED is, and whatever the order of mappings whose order means nothing.

Orders that carry meaning, and are kept: `properties` (field order), list order (`allOf`/`anyOf`/`oneOf` members,
`enum`, `type` lists), and literal values (`example`, `examples`, `default`, `enum`, `const`).
Orders that feed the greedy naming (docs-and-naming.md: components, then operations, status codes and content
types "in spec order"): they settle which of two schemas with the same candidate name gets it, so they change
names where two schemas compete, and nothing else; where none compete the output must not change.
Every other mapping (schema keywords, operation and response fields, `info`, the top level...) and `required`
lists (sets in JSON Schema) must never change the output.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from typing import Any, Callable

import pytest

from conftest import ROOT
from generator.load import parse_text
from generator.owned import FINGERPRINT_FILE
from generator.pipeline import generate_files

SPECS = ["mini.yaml", "constructs.yaml"]
LITERAL = {"example", "examples", "default", "enum", "const"}


def kind(path: tuple[str, ...]) -> str:
    """What a mapping at `path` is, as far as its order goes."""
    if path == ("components", "schemas"):
        return "components"
    if path == ("paths",):
        return "paths"
    if len(path) == 2 and path[0] == "paths":
        return "methods"
    last = path[-1] if path else ""
    if last in ("properties", "responses", "content", "mapping"):
        return last  # (a property *named* like this is misread; harmless: it only shuffles less or elsewhere)
    return "keywords"


def reorder(node: Any, kinds: set[str], order: Callable[[list[Any]], list[Any]], path: tuple[str, ...] = ()) -> Any:
    """A copy of `node` with the mappings of `kinds` (and `required` lists, kind "required") put in `order`."""
    if isinstance(node, list):
        items = [reorder(x, kinds, order, path + (str(i),)) for i, x in enumerate(node)]
        return order(items) if "required" in kinds and path[-1:] == ("required",) else items
    if not isinstance(node, dict):
        return node
    out = {k: v if k in LITERAL else reorder(v, kinds, order, path + (k,)) for k, v in node.items()}
    return dict(order(list(out.items()))) if kind(path) in kinds else out


def variants(kinds: set[str]) -> list[Any]:
    """The reversed order (always a change), then three seeded shuffles."""
    return [pytest.param(kinds, seed, id=f"seed{seed}" if seed else "reversed") for seed in (None, 1, 2, 3)]


def ordering(seed: int | None) -> Callable[[list[Any]], list[Any]]:
    if seed is None:
        return lambda items: items[::-1]
    rng = random.Random(seed)
    return lambda items: rng.sample(items, len(items))


def spec_path(name: str) -> str:
    return os.path.join(ROOT, "tests", "specs", name)


def generate(path: str) -> dict[str, str]:
    """The output; the run record hashes the spec text (reordered here), so it is left out."""
    files = generate_files(path, "det_api", formatted=False).files
    del files[FINGERPRINT_FILE]
    return files


@pytest.fixture(scope="module")
def baseline() -> dict[str, dict[str, str]]:
    """Output of each spec as written, generated once: spec path -> files."""
    return {}


def check_reordered(tmp_path, baseline, name: str, kinds: set[str], seed: int | None) -> None:
    src = name if os.path.isabs(name) else spec_path(name)
    if src not in baseline:
        baseline[src] = generate(src)
    with open(src, "rb") as fh:
        doc = parse_text(src, fh.read())
    copy = tmp_path / "reordered" / os.path.basename(src)  # same file name: same pointers in the docs
    copy.parent.mkdir(exist_ok=True)
    copy.write_text(json.dumps(reorder(doc, kinds, ordering(seed))))
    files = generate(str(copy))
    differ = sorted(rel for rel in set(files) | set(baseline[src]) if files.get(rel) != baseline[src].get(rel))
    assert differ == []


@pytest.mark.parametrize("name", SPECS)
@pytest.mark.parametrize("kinds, seed", variants({"keywords"}))
def test_keyword_order_changes_nothing(tmp_path, baseline, name, kinds, seed):
    check_reordered(tmp_path, baseline, name, kinds, seed)


@pytest.mark.parametrize("name", SPECS)
@pytest.mark.parametrize("kinds, seed", variants({"paths", "methods", "responses", "content"}))
def test_operation_order_changes_nothing_without_naming_ties(tmp_path, baseline, name, kinds, seed):
    check_reordered(tmp_path, baseline, name, kinds, seed)




@pytest.mark.parametrize("name", SPECS)
def test_required_order_changes_nothing(tmp_path, baseline, name):
    for v in variants({"required"}):  # in one test, as the reversed order always changes every list
        check_reordered(tmp_path, baseline, name, *v.values)


NO_TIES = """openapi: 3.1.0
info: {title: no ties, version: "1"}
components:
  schemas:
    Pet:
      type: object
      required: [name]
      properties:
        name: {type: string}
        owner: {$ref: "#/components/schemas/Owner"}
        kind: {type: string, enum: [dog, cat]}
    Owner:
      type: object
      properties:
        address: {type: object, properties: {street: {type: string}}}
    Tag: {type: string, enum: [a, b]}
    PetOrTag: {oneOf: [{$ref: "#/components/schemas/Pet"}, {$ref: "#/components/schemas/Tag"}]}
"""
RECURSIVE_PAIR = NO_TIES.replace("    Tag:", "        pets: {type: array, items: {$ref: '#/components/schemas/Pet'}}\n    Tag:")
# Pet <-> Owner become one module (mutual recursion); its name must not depend on which comes first


# constructs.yaml is not used here: its components compete for names (the `type` enums of ItemCall, HookTarget,
# Notifier... all want `Type`), so there component order rightly decides who gets which name.
@pytest.mark.parametrize("text", [pytest.param(NO_TIES, id="no-ties"),
                                  pytest.param(RECURSIVE_PAIR, id="recursive-pair")])
def test_component_order_changes_nothing_without_naming_ties(tmp_path, baseline, text):
    (tmp_path / "api.yaml").write_text(text)
    for v in variants({"components"}):  # in one test: the reversed order always changes every mapping
        check_reordered(tmp_path, baseline, str(tmp_path / "api.yaml"), *v.values)


@pytest.mark.parametrize("name", SPECS)
def test_discriminator_mapping_order_changes_nothing(tmp_path, baseline, name):
    for v in variants({"mapping"}):
        check_reordered(tmp_path, baseline, name, *v.values)


@pytest.mark.parametrize("name", SPECS)
def test_same_bytes_under_three_hash_seeds(tmp_path, name):
    """End to end through the CLI (ruff included), one process per PYTHONHASHSEED."""
    trees = []
    for seed in ("0", "1", "4242"):
        out = tmp_path / seed
        r = subprocess.run([sys.executable, "-m", "generator", "generate", "--spec", spec_path(name), "--out", str(out),
                            "--package", "det_api", "--config", str(tmp_path / "absent.toml")], cwd=ROOT,
                           capture_output=True, text=True, env={**os.environ, "PYTHONPATH": ROOT, "PYTHONHASHSEED": seed})
        assert r.returncode == 0, r.stderr
        tree = {}
        for dirpath, _, names in os.walk(out):
            for n in names:
                with open(os.path.join(dirpath, n), "rb") as fh:
                    tree[os.path.relpath(os.path.join(dirpath, n), out)] = fh.read()
        trees.append(tree)
    assert len(trees[0]) > 5 and trees[0] == trees[1] == trees[2]
