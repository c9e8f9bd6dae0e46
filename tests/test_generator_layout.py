"""The generator's own code: small modules, simple functions, and the IR builder split along its concerns
(`unions`, `examples`, `modules` beside `build`), each piece usable on its own."""

from __future__ import annotations

import ast
import os
import subprocess
from pathlib import Path

from conftest import ROOT

from generator.examples import Examples
from generator.format import ruff_bin
from generator.ir import Example, Field, ModelId, ObjectModel, TypeRef
from generator.modules import _sccs

GENERATOR = os.path.join(ROOT, "generator")
MAX_LINES = 500
MAX_COMPLEXITY = 15


def _generator_modules() -> list[str]:
    return sorted(f for f in os.listdir(GENERATOR) if f.endswith(".py"))


def _imports(module: str) -> set[str]:
    """The generator modules `module` imports, at any level (deferred imports included)."""
    tree = ast.parse(Path(GENERATOR, module + ".py").read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            names.update([node.module.split(".")[0]] if node.module else [a.name for a in node.names])
    return names & {f[:-3] for f in _generator_modules()}


def test_the_package_imports_itself_relatively():
    """Installed as `specsmith`, from the folder generator/: an absolute `generator` import would load a user's own
    `generator` package instead (or fail)."""
    absolute = []
    for module in _generator_modules():
        for node in ast.walk(ast.parse(Path(GENERATOR, module).read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                absolute += [f"{module}: import {a.name}" for a in node.names if a.name.split(".")[0] == "generator"]
            elif isinstance(node, ast.ImportFrom) and not node.level and (node.module or "").startswith("generator"):
                absolute.append(f"{module}: from {node.module} import ...")
    assert absolute == []


def test_no_generator_module_over_500_lines():
    sizes = {f: len(Path(GENERATOR, f).read_text(encoding="utf-8").splitlines()) for f in _generator_modules()}
    assert {f: n for f, n in sizes.items() if n > MAX_LINES} == {}


def test_no_generator_function_over_complexity_15():
    done = subprocess.run([ruff_bin(), "check", "--isolated", "--no-cache", "--select", "C901", "--config",
                           f"lint.mccabe.max-complexity={MAX_COMPLEXITY}", "--output-format", "concise", GENERATOR],
                          capture_output=True, text=True, check=False)
    assert (done.returncode, done.stdout.strip()) == (0, "All checks passed!"), done.stdout


def _reached(module: str) -> set[str]:
    reached, todo = set(), [module]
    while todo:
        for name in _imports(todo.pop()) - reached:
            reached.add(name)
            todo.append(name)
    return reached


def test_build_parts_import_nothing_that_imports_them_back():
    for part in ("unions", "examples", "modules"):
        assert part in _imports("build") and not _reached(part) & {"build", part}, (part, sorted(_reached(part)))


def test_no_generator_module_imports_itself_back():
    """Imports in functions and under TYPE_CHECKING count: one direction of flow, no cycle anywhere."""
    cycles = {m: sorted(n for n in _imports(m) if m in _reached(n)) for m in (f[:-3] for f in _generator_modules())}
    assert {m: back for m, back in cycles.items() if back} == {}


def test_components_of_a_cyclic_graph_in_node_order():
    a, b, c, d, e = (ModelId("components", n) for n in "ABCDE")
    deps = {a: [b], b: [c], c: [b, d], d: [], e: [a, e]}  # B <-> C, E -> itself
    assert _sccs([e, a, b, c, d], deps) == [[e], [a], [b, c], [d]]


def test_components_of_a_deep_chain_need_no_recursion():
    nodes = [ModelId("components", f"M{i}") for i in range(20_000)]
    deps = {n: [nodes[i + 1]] if i + 1 < len(nodes) else [] for i, n in enumerate(nodes)}
    deps[nodes[-1]] = [nodes[0]]  # one cycle through all of them
    assert _sccs(nodes, deps) == [nodes]


def _examples() -> Examples:
    pet = ModelId("components", "Pet")
    fields = (Field("petId", "pet_id", TypeRef("str"), True, "str", "", "", False, "v0"),
              Field("tags", "tags", TypeRef("list", item=TypeRef("str")), False, "list[str]", "", "", False, "v1"))
    return Examples({pet: ObjectModel(id=pet, pointer="api.yaml#/components/schemas/Pet", fields=fields,
                                      extras="forbid")}, {})


def test_examples_from_spec_values_by_kind():
    ex = _examples()
    pet = TypeRef("model", target=ModelId("components", "Pet"))
    assert ex.from_value(TypeRef("float"), 2, 0) == Example("literal", "2")
    assert ex.from_value(TypeRef("float"), float("nan"), 0) is None
    assert ex.from_value(TypeRef("int"), True, 0) is None  # a bool is no integer in JSON
    assert ex.from_value(TypeRef("map", item=TypeRef("int")), {"a": 1}, 0) == Example(
        "dict", items=(Example("literal", "1"),), keys=('"a"',))
    assert ex.from_value(TypeRef("list", item=TypeRef("int")), [1, "x"], 0) is None
    assert ex.from_value(pet, {"petId": "p1", "tags": ["a"]}, 0) == Example(
        "model", "Pet", (Example("literal", '"p1"'), Example("list", items=(Example("literal", '"a"'),))),
        ("pet_id", "tags"), "components")
    assert ex.from_value(pet, {"petId": "p1", "other": 1}, 0) is None  # extras forbidden


def test_examples_made_up_by_kind():
    ex = _examples()
    pet = TypeRef("model", target=ModelId("components", "Pet"))
    assert ex.example(pet, None, "s", 0) == Example("model", "Pet", (Example("literal", '"<id>"'),), ("pet_id",),
                                                 "components")
    assert ex.example(TypeRef("list", item=TypeRef("int")), None, "s", 7) == Example("list")
    assert ex.example(TypeRef("map", item=TypeRef("bool")), None, "s", 0) == Example(
        "dict", items=(Example("literal", "False"),), keys=('"key"',))
    assert ex.example(TypeRef("str"), None, "s", 0, "key") == Example("literal", '"<key>"')
    assert ex.example(TypeRef("any"), None, "s", 0) == Example("literal", '"<value>"')
    assert ex.example(TypeRef("int"), None, "s", 0) == ex.example(TypeRef("int"), None, "s", 5)  # by seed only
