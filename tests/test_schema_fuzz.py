"""Schema-level differential fuzzing: random schemas, generated packages, and a JSON Schema validator as oracle.

hypothesis draws small OpenAPI 3.0/3.1 specs (fuzz_schemas.specs: objects, overlapping/narrowing allOf,
anyOf/oneOf, discriminators, mixed-type enums and consts, both nullable spellings, additionalProperties,
patternProperties, prefixItems, $refs and recursion). Each spec is generated in-process
(generator.pipeline.generate_files, unformatted) into a temporary directory and imported under its own name.
Instances (fuzz_instances: mostly-valid values, plain values such as null/1/1.0/"x"/{} at any location, and
one-location mutations) are decoded with `Wrapper.from_dict({"value": x})` and with Root's own decoder when Root
is a named model, and each verdict is compared with jsonschema's Draft 2020-12 validator on
fuzz_schemas.oracle_schema (first-match unions, discriminators by tag, 3.0 nullable as schema_tools reads it;
date-time/date formats asserted as the decoders do, oracle_tools.FORMATS). Accepted instances must round-trip
(oracle_tools.canon: date-times as instants).

THE RULE: a disagreement (or a round-trip change) is allowed only when the generator warned about the spec:
warned constructs are documented differences. Anything else fails, with the smallest example of each distinct
class: the spec's schemas, the instance, both verdicts and the messages. The generator must not crash, must not
refuse these (valid) specs, and its package must import; decoders may raise only ValidationError.

CI: FUZZ_SCHEMAS (80, ~3 s) schemas, derandomized. CORPUS_DEEP=1 (make corpus-deep): 3000 schemas, random, bounded by
FUZZ_SECONDS (1200); it prints a summary line.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import importlib
import json
import os
import random
import re
import signal
import sys
import time
import traceback
import types
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator, Optional

import jinja2
import jsonschema
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from fuzz_instances import PLAIN, Instances, mutated
from fuzz_schemas import oracle_schema, specs
from oracle_tools import FORMATS, canon

DEEP = os.environ.get("CORPUS_DEEP", "") not in ("", "0")
SCHEMAS = int(os.environ.get("FUZZ_SCHEMAS", "3000" if DEEP else "80"))
SECONDS = float(os.environ.get("FUZZ_SECONDS", "1200" if DEEP else "0")) or None
INSTANCES = 12  # generated per schema, each also mutated once
SHOWN = 25  # classes shown in a failure


@dataclass
class Example:
    spec: dict[str, Any]
    version: str
    instance: Any = None
    decoder: str = ""  # "Wrapper" or "Root"
    verdicts: str = ""
    message: str = ""

    def size(self) -> int:
        return len(json.dumps(self.spec["components"]["schemas"])) + len(json.dumps(self.instance))

    def __str__(self) -> str:
        schemas = {k: v for k, v in self.spec["components"]["schemas"].items() if k != "Wrapper"}
        text = f"  OpenAPI {self.version} schemas: {json.dumps(schemas)}\n"
        if self.decoder:
            text += f"  instance: {json.dumps(self.instance)} (decoded by {self.decoder})\n  {self.verdicts}\n"
        return text + f"  {self.message}"


@dataclass
class Run:
    root: str
    schemas: int = 0
    instances: int = 0
    valid: int = 0
    warned: dict[str, list[Example]] = field(default_factory=dict)  # in warned specs (documented): class -> examples
    silent: dict[str, list[Example]] = field(default_factory=dict)  # class -> examples
    started: float = field(default_factory=time.monotonic)

    def fail(self, key: str, example: Example) -> None:
        self.silent.setdefault(key, []).append(example)

    def summary(self) -> str:
        return (f"schema fuzz: {self.schemas} schemas, {self.instances} instances ({self.valid} valid), disagreements:"
                f" {_count(self.warned)} warned, {_count(self.silent)} silent in {len(self.silent)} classes,"
                f" {time.monotonic() - self.started:.0f}s")

    @staticmethod
    def report(classes: dict[str, list[Example]]) -> str:
        lines = []
        for key, examples in sorted(classes.items(), key=lambda kv: -len(kv[1]))[:SHOWN]:
            lines.append(f"\n[{len(examples)}x] {key}\n{min(examples, key=Example.size)}")
        return "\n".join(lines)


def _count(classes: dict[str, list[Example]]) -> int:
    return sum(map(len, classes.values()))


# --------------------------------------------------------------------------------------------------
# generating and importing a package
# --------------------------------------------------------------------------------------------------


@dataclass
class Package:
    error: type[Exception]
    warnings: tuple[str, ...]
    decoders: list[tuple[str, Callable[[Any], Any], Callable[[Any], Any]]]  # (label, decode, encode)


GENERATION_SECONDS = 30  # a small spec generates in well under a second: longer is a hang


class Hang(Exception):
    """Generation ran past GENERATION_SECONDS."""


@contextlib.contextmanager
def _deadline(seconds: int) -> Iterator[None]:
    def expired(signum: int, frame: Any) -> None:
        raise Hang(f"generation took over {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def build(run: Run, version: str, spec: dict[str, Any], package: str) -> Optional[Package]:
    """Generate and import the package; None (and a recorded failure) if the generator refused or crashed."""
    from generator.errors import SpecError
    from generator.pipeline import generate_files

    path = os.path.join(run.root, package + ".json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(spec, fh)
    example = Example(spec, version)
    try:
        with _deadline(GENERATION_SECONDS):
            result = generate_files(path, package, {}, formatted=False)
    except SpecError as e:  # exit 2: these specs are valid, so refusing one is a disagreement with no warning
        example.message = f"exit 2: {e.problem}"
        run.fail(f"spec refused (exit 2): {_shape(e.problem)}", example)
        return None
    except Exception as e:  # noqa: BLE001 - exit 3
        example.message = f"{type(e).__name__}: {e} (in {_where(e)})"
        run.fail(f"generator crashed: {type(e).__name__}: {_shape(str(e))}", example)
        return None
    for rel, text in result.files.items():
        if rel.startswith(package + "/"):
            full = os.path.join(run.root, rel)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "w", encoding="utf-8") as fh:
                fh.write(text)
    importlib.invalidate_caches()
    try:
        from generator.build import load_api

        api = load_api(path, package, {})
        decoders = [_decoder(api, "Wrapper", lambda x: {"value": x}, lambda y: y["value"])]
        root = _decoder(api, "Root", lambda x: x, lambda y: y)
        if root is not None:
            decoders.append(root)
        return Package(importlib.import_module(package).ValidationError, result.warnings, decoders)
    except Exception as e:  # noqa: BLE001
        example.message = f"{type(e).__name__}: {e}"
        run.fail(f"package does not import: {type(e).__name__}", example)
        return None


def _where(e: BaseException) -> str:
    """The innermost generator frames of a traceback: file:line function."""
    frames = [f for f in traceback.extract_tb(e.__traceback__) if f"{os.sep}generator{os.sep}" in f.filename]
    return ", ".join(f"{os.path.basename(f.filename)}:{f.lineno} {f.name}" for f in frames[-3:])


def _decoder(api: Any, component: str, wrap: Callable[[Any], Any], unwrap: Callable[[Any], Any]) -> Any:
    """(label, decode, encode) of a component's model, or None if it has none (an array or a primitive)."""
    by_id = {m.id: m for m in api.models}
    m = next((m for m in api.models if m.pointer.endswith("#/components/schemas/" + component)), None)
    while m is not None and m.kind == "alias":
        m = by_id[m.target]
    if m is None:
        return None
    module = importlib.import_module(f"{api.package}.models.{m.pool}.{m.module}")
    value = getattr(module, m.name)
    if m.kind == "object":
        decode, encode = value.from_dict, lambda obj: obj.to_dict()
    else:
        decode, encode = getattr(module, f"decode_{m.snake}"), getattr(module, f"encode_{m.snake}", lambda v: v)
    return component, lambda x: decode(wrap(x)), lambda obj: unwrap(encode(obj))


class TemplateCache(jinja2.BytecodeCache):
    """Compiled templates kept in memory across Renderers (each compiles all of them: ~0.3 s a spec). Jinja checks
    each template's source checksum, so an edited template is recompiled."""

    def __init__(self) -> None:
        self.store: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Any) -> None:
        if bucket.key in self.store:
            bucket.bytecode_from_string(self.store[bucket.key])

    def dump_bytecode(self, bucket: Any) -> None:
        self.store[bucket.key] = bucket.bytecode_to_string()


def cached_jinja2() -> types.ModuleType:
    """jinja2 as generator.render sees it, with `TemplateCache` in every Environment."""
    shim = types.ModuleType("jinja2")
    shim.__dict__.update(jinja2.__dict__)
    shim.Environment = functools.partial(jinja2.Environment, bytecode_cache=TemplateCache())  # type: ignore
    return shim


def unload(package: str) -> None:
    for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
        del sys.modules[name]


# --------------------------------------------------------------------------------------------------
# comparing
# --------------------------------------------------------------------------------------------------


def _shape(message: str) -> str:
    """A message with its specifics (paths, quoted values, numbers) blurred: what classes disagreements."""
    message = re.sub(r"^\$\S*: ", "", message)
    message = re.sub(r'"[^"]*"|\'[^\']*\'', "<v>", message)
    return re.sub(r"-?\d+(\.\d+)?", "<n>", message)[:60]


CONTEXTS = ("allOf", "anyOf", "items", "prefixItems", "additionalProperties", "patternProperties")


def _keywords(schema_path: Any) -> str:
    """A jsonschema error's keyword and the composite keywords on the way to it (what classes it)."""
    path = [k for k in schema_path if isinstance(k, str)]
    under = sorted({k for k in path[:-1] if k in CONTEXTS})
    return f"{path[-1] if path else '?'}" + (f" under {'+'.join(under)}" if under else "")


def check_schema(run: Run, version: str, spec: dict[str, Any], rng: random.Random) -> None:
    run.schemas += 1
    package = f"fuzz_{run.schemas}_{rng.randrange(10**6)}"
    pkg = build(run, version, spec, package)
    if pkg is None:
        return
    try:
        doc = oracle_schema(version, spec)
        validator = jsonschema.Draft202012Validator(doc, format_checker=FORMATS)
        gen = Instances(rng, doc)
        made = [gen.value(doc) for _ in range(INSTANCES)]
        for x in [*made, *(mutated(rng, x) for x in made), *PLAIN]:
            run.instances += 1
            valid = validator.is_valid(x)
            run.valid += valid
            for label, decode, encode in pkg.decoders:
                if label == "Root" and x is None and valid:
                    continue  # a nullable model's null is its holder's business (Wrapper checks it)
                compare(run, Example(spec, version, x, label), pkg, validator, valid, decode, encode)
    finally:
        unload(package)


def compare(run: Run, ex: Example, pkg: Package, validator: Any, valid: bool, decode: Any, encode: Any) -> None:
    x = ex.instance
    try:
        obj = decode(copy.deepcopy(x))
    except pkg.error as e:
        if valid:
            ex.verdicts, ex.message = "decoder: reject, jsonschema: accept", f"decoder: {e}"
            record(run, pkg, f"rejects valid: {_shape(str(e))}", ex)
        return
    except Exception as e:  # noqa: BLE001 - decoders raise only ValidationError, warned or not
        ex.verdicts, ex.message = "decoder: crash", f"decoder: {type(e).__name__}: {e}"
        run.fail(f"decoder raised {type(e).__name__}", ex)
        return
    if not valid:
        error = jsonschema.exceptions.best_match(validator.iter_errors(x))
        ex.verdicts = "decoder: accept, jsonschema: reject"
        ex.message = f"jsonschema: {error.message} at {error.json_path} (keyword {error.validator})"
        record(run, pkg, f"accepts invalid: {_keywords(error.schema_path)}", ex)
        return
    try:
        y = encode(obj)
    except Exception as e:  # noqa: BLE001
        ex.verdicts, ex.message = "decoder: accept, encoder: crash", f"encoder: {type(e).__name__}: {e}"
        run.fail(f"encoder raised {type(e).__name__}", ex)
        return
    if canon(y) != canon(x):
        ex.verdicts, ex.message = "decoder: accept, jsonschema: accept", f"round trip gave {json.dumps(y)}"
        record(run, pkg, "round trip changed the value", ex)


def record(run: Run, pkg: Package, key: str, example: Example) -> None:
    if pkg.warnings:
        example.message += "\n  warnings: " + "; ".join(w.split("#", 1)[-1] for w in pkg.warnings)
        run.warned.setdefault(key, []).append(example)
    else:
        run.fail(key, example)


# --------------------------------------------------------------------------------------------------
# the test
# --------------------------------------------------------------------------------------------------


def test_schema_fuzz(tmp_path: Any, monkeypatch: Any) -> None:
    monkeypatch.setenv("SPECSMITH_WORKERS", "1")  # one core: the specs are tiny anyway
    monkeypatch.syspath_prepend(str(tmp_path))
    import generator.render

    monkeypatch.setattr(generator.render, "jinja2", cached_jinja2())
    run = Run(str(tmp_path))

    @settings(max_examples=SCHEMAS, derandomize=not DEEP, deadline=None, database=None,
              phases=(Phase.generate,), suppress_health_check=list(HealthCheck))
    @given(spec=specs(), seed=st.integers(0, 2**32 - 1))
    def fuzz(spec: tuple[str, dict[str, Any]], seed: int) -> None:
        if SECONDS is None or time.monotonic() - run.started < SECONDS:
            check_schema(run, *spec, random.Random(seed))

    fuzz()
    if DEEP:
        print("\n" + run.summary())
        if os.environ.get("FUZZ_SHOW_WARNED"):
            print("warned (documented) disagreements:" + run.report(run.warned))
    if run.silent:  # not `assert`: pytest would print the whole record
        pytest.fail(run.summary() + "\n" + run.report(run.silent), pytrace=False)
