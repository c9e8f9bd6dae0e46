"""generator.spelling: the order of imports and `__all__` is the one ruff checks (I001, RUF022), for any names.

ruff is the oracle: a module laid out in our order must pass `ruff check`, and ruff's own fix of a shuffled copy
must give back our order.
"""

from __future__ import annotations

import os
import random
import subprocess
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import spelling
from generator.format import ruff_bin
from generator.ir import ModelId, TypeRef

# pieces of names where orders differ: case, digit runs with and without leading zeros, `_`, letters beyond
# ASCII (upper, lower, title case, a lower-case letter with no upper case, a digit that is not ASCII); names start
# with one of four heads, so that they share prefixes
_PIECES = ["a", "A", "b", "_", "0", "1", "2", "9", "10", "01", "É", "ß", "ǅ", "ª", "σ", "Σ", "İ", "\u0663"]
_NAMES = st.builds(lambda head, tail: head + "".join(tail), st.sampled_from(["a", "A", "É", "_"]),
                   st.lists(st.sampled_from(_PIECES), max_size=3))


def _module(imports: list[tuple[str, list[str]]], exports: list[str]) -> str:
    lines = ["from __future__ import annotations", ""]
    lines += [f"from {module} import (\n" + "".join(f"    {n},\n" for n in names) + ")" for module, names in imports]
    lines += ["", "__all__ = [\n" + "".join(f"    {n!r},\n" for n in exports) + "]", ""]
    return "\n".join(lines)


def _ruff(path: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([ruff_bin(), "check", "--isolated", "--no-cache", "--select", "I001,RUF022",
                           "--output-format", "concise", *args, "--", path], capture_output=True, text=True)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(modules=st.lists(_NAMES, min_size=1, max_size=6, unique=True),
       levels=st.lists(st.integers(1, 3), min_size=6, max_size=6),
       names=st.lists(_NAMES, min_size=1, max_size=12, unique=True), seed=st.integers(0, 2**32))
def test_our_order_is_ruffs(tmp_path: Any, modules: list[str], levels: list[int], names: list[str],
                            seed: int) -> None:
    rng = random.Random(seed)
    relative = sorted({"." * level + m for m, level in zip(modules, levels)}, key=spelling.module_order)
    imports = [(m, sorted(rng.sample(names, rng.randint(1, len(names))), key=spelling.member_order))
               for m in relative]
    exports = sorted(names, key=spelling.all_order)
    path = os.path.join(tmp_path, f"m{seed}.py")
    ours = _module(imports, exports)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(ours)
    done = _ruff(path)
    assert done.returncode == 0, (ours, done.stdout)
    shuffled = _module([(m, rng.sample(ns, len(ns))) for m, ns in rng.sample(imports, len(imports))],
                       rng.sample(exports, len(exports)))
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(shuffled)
    _ruff(path, "--fix", "--quiet")
    with open(path, encoding="utf-8") as fh:
        assert fh.read() == ours


def test_natural_order_of_digit_runs() -> None:
    ordered = ["A01", "A1", "A2", "A10", "A_", "Ab", "B"]
    assert sorted(reversed(ordered), key=spelling.all_order) == ordered
    # as ruff 0.17.5 sorts them (RUF022's fix): constants first; a run with a leading zero that ends first is less
    ordered = ["A0", "A00", "A01", "A1", "A0b", "Ab0c", "Ab01", "_0", "a"]
    assert sorted(reversed(ordered), key=spelling.all_order) == ordered
    assert sorted(["..b", ".a", "...c", "..A"], key=spelling.module_order) == ["...c", "..A", "..b", ".a"]
    assert sorted(["decode_pet", "PET_VALUES", "Pet"], key=spelling.member_order) == ["PET_VALUES", "Pet",
                                                                                       "decode_pet"]


def test_annotations_are_pep_604_and_585() -> None:
    pet = TypeRef("model", target=ModelId("components", "Pet"))
    nullable_pet = TypeRef("model", nullable=True, target=ModelId("components", "Pet"))
    assert spelling.annotation(TypeRef("list", True, item=TypeRef("map", item=pet))) == "list[dict[str, Pet]] | None"
    assert spelling.field_annotation(TypeRef("int", True), required=False) == "int | None | Unset"
    # a forward reference cannot be joined with `|` where the code runs (a module-level union alias)
    later = {"Pet"}.__contains__
    assert spelling.annotation(nullable_pet, later) == 'Optional["Pet"]'
    assert spelling.union_annotation([spelling.annotation(pet, later), "int"]) == 'Union["Pet", int]'
    assert spelling.union_annotation(["Pet", "list[\"Pet\"]"]) == 'Pet | list["Pet"]'
    assert spelling.enum_annotation((1, 2.5), ("1", "2.5"), False) == "Literal[1] | float"
    assert spelling.enum_annotation(("a",), ("'a'",), True) == "Literal['a'] | str"


def test_docs_keep_the_documented_spelling() -> None:
    pet = TypeRef("model", target=ModelId("components", "Pet"))
    assert spelling.doc_type(TypeRef("list", True, item=pet), lambda mid: "pet") == (
        "Optional[List[[components.Pet](../../models/components/pet.md)]]")
    assert spelling.doc_type(TypeRef("map", item=TypeRef("never")), lambda mid: "") == "*Dict[str, Never]*"
    assert spelling.heading(TypeRef("list", item=pet)) == "List[components.Pet]"
