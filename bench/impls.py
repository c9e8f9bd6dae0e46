"""The implementations under test, each wrapped as an ``Impl`` with the same four operations.

Suite ``router`` (RouterImageGenerations 200 body): hand, gen, pydantic, msgspec, mashumaro, cattrs.
Suite ``deep`` (ListAgents 200 body of ../shared/corpus/orq.yaml): hand, gen, pydantic.  Its
generated classes come from a spec trimmed to that one operation (depth.trim), generated into
a temporary directory by the current generator on every run (formatted by the pinned ruff).
"""

from __future__ import annotations

import dataclasses
import functools
import importlib
import json
import os
import subprocess
import sys
import tempfile
import traceback
from pathlib import Path
from typing import Any, Callable

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
DEEP_SPEC = REPO_ROOT.parent / "shared" / "corpus" / "orq.yaml"
DEEP_OP = "ListAgents"
DEEP_WORK = Path(tempfile.gettempdir()) / "specsmith-bench-deep"


@dataclasses.dataclass
class Impl:
    name: str
    decode: Callable[[Any], Any]
    encode: Callable[[Any], Any]
    from_json: Callable[[Any], Any]
    to_json: Callable[[Any], Any]
    errors: tuple[type[BaseException], ...] = (ValueError,)  # what a rejection must raise
    keeps_unknown: bool = True
    exceptions: dict[str, str] = dataclasses.field(default_factory=dict)  # probe -> reason
    dict_based: bool = False  # gets the orjson rows (orjson.loads + decode, orjson.dumps(encode))


def dataclass_impl(name: str, cls: Any) -> Impl:
    return Impl(name, cls.from_dict, cls.to_dict, cls.from_json, cls.to_json, dict_based=True)


def pydantic_impl(cls: Any, **dump: Any) -> Impl:
    return Impl(
        "pydantic",
        decode=cls.model_validate,
        encode=functools.partial(cls.model_dump, exclude_unset=True, **dump),
        from_json=cls.model_validate_json,
        to_json=functools.partial(cls.model_dump_json, exclude_unset=True, **dump),
    )


def lib_impl(name: str) -> tuple[Impl | None, str]:
    """msgspec / mashumaro / cattrs: bench/<name>_models.py."""
    try:
        m = importlib.import_module(f"{name}_models")
    except ImportError as exc:
        return None, f"{name} skipped: {exc} (pip install -r bench/requirements.txt)"
    impl = Impl(name, m.decode, m.encode, m.from_json, m.to_json, errors=m.ERRORS,
                keeps_unknown=m.KEEPS_UNKNOWN, exceptions=getattr(m, "PROBE_EXCEPTIONS", {}))
    return impl, ""


def _import_body(generated_dir: Path, module: str, cls: str) -> tuple[Any, str]:
    sys.path.insert(0, str(generated_dir))
    try:
        body = getattr(importlib.import_module(module), cls)
    except Exception:  # the package may be half-written while the generator is being developed
        tb = traceback.format_exc(limit=3).rstrip().replace("\n", "\n    ")
        return None, f"generated package is not importable:\n    {tb}"
    return body, f"{cls} from {sys.modules[body.__module__].__file__}"


def router_impls(generated_dir: Path) -> tuple[list[Impl], list[str]]:
    import handwritten
    import pydantic_models

    notes = []
    impls = [dataclass_impl("hand", handwritten.RouterImageGenerationsResponseBody)]
    if (generated_dir / "orq_api" / "models" / "operations" / "__init__.py").exists():
        body, note = _import_body(generated_dir, "orq_api.models.operations", "RouterImageGenerationsResponseBody")
        notes.append(f"gen: {note}")
        if body is not None:
            impls.append(dataclass_impl("gen", body))
    else:
        notes.append(f"NOTE: generated package not found in {generated_dir}")
    impls.append(pydantic_impl(pydantic_models.RouterImageGenerationsResponseBody))
    for lib in ("msgspec", "mashumaro", "cattrs"):
        impl, note = lib_impl(lib)
        if impl:
            impls.append(impl)
        else:
            notes.append(note)
    return impls, notes


def generate_deep(spec: Path) -> tuple[Path | None, str]:
    """Generate the trimmed ListAgents spec; returns the output directory (holding orq_deep/)."""
    import depth

    DEEP_WORK.mkdir(exist_ok=True)
    trimmed, stamp = DEEP_WORK / "listagents.json", DEEP_WORK / "stamp"
    key = f"{spec} {spec.stat().st_size} {spec.stat().st_mtime_ns}"
    if not trimmed.exists() or not stamp.exists() or stamp.read_text() != key:
        trimmed.write_text(json.dumps(depth.trim(depth.load(spec), DEEP_OP)))
        stamp.write_text(key)
    out = DEEP_WORK / "gen"
    cmd = [sys.executable, "-m", "generator", "generate", "--spec", str(trimmed),
           "--out", str(out), "--package", "orq_deep", "--quiet"]
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
    run = subprocess.run(cmd, cwd=DEEP_WORK, env=env, capture_output=True, text=True)
    if run.returncode != 0:
        return None, f"generator exit {run.returncode}: {(run.stderr or run.stdout).strip()[-500:]}"
    return out, ""


def deep_impls(spec: Path) -> tuple[list[Impl], list[str]]:
    import deep_handwritten
    import deep_pydantic

    impls = [dataclass_impl("hand", deep_handwritten.ListAgentsResponseBody)]
    if not spec.exists():
        return [], [f"deep suite skipped: {spec} not found"]
    out, err = generate_deep(spec)
    if out is None:
        notes = [f"NOTE: deep generated code unavailable: {err}"]
    else:
        body, note = _import_body(out, "orq_deep.models.operations", "ListAgentsResponseBody")
        notes = [f"gen: {note} (spec trimmed to {DEEP_OP}, see depth.py)"]
        if body is not None:
            impls.append(dataclass_impl("gen", body))
    impls.append(pydantic_impl(deep_pydantic.ListAgentsResponseBody, by_alias=True))
    return impls, notes
