"""What the corpus tests share (test_corpus_oracle.py, test_corpus_dcg.py); registered by conftest.py.

* which specs and bodies: `SPECS`, `selected_bodies` (CI: an evenly spaced sample of CORPUS_SAMPLE bodies per
  spec; CORPUS_DEEP=1: every body), `body_params` (the pytest parameters, one per selected body);
* the bodies' schemas and instances: `body_schema`, `too_large`, `instance_strategy`, `HYPOTHESIS_SETTINGS`;
* the fixture `corpora`: each spec generated once per session (unformatted) into a temporary directory and
  imported as `corpus_<key>`, whichever module asks first; the other modules of the session reuse it.

conftest.py loads this module as a plugin while pytest starts, for every test run: the generator (through
schema_tools), hypothesis-jsonschema and oracle_tools are imported where they are used, so that a generator
being edited does not break the collection of unrelated tests and Hypothesis does not warn about strategies
built at startup (HypothesisSideeffectWarning).
"""

from __future__ import annotations

import importlib
import json
import os
import sys
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Iterator, Optional

import pytest
from hypothesis import HealthCheck, Phase

from conftest import SHARED, shared_path

if TYPE_CHECKING:
    from generator.ir import Api, Body

SPECS = {  # test id -> corpus file
    "orq": "orq.yaml",
    "openai": "openai.yaml",
    "github": "github-apisguru.yaml",
    "opc31": "opc-baseline-31.yaml",
}
DEEP = os.environ.get("CORPUS_DEEP", "") not in ("", "0")
SAMPLE = int(os.environ.get("CORPUS_SAMPLE", "12"))  # bodies per spec in CI
# hypothesis-jsonschema slows down with the schema's size: an instance of openai's Response (~1 MB of inlined
# JSON Schema) takes ~25 s to generate. Bodies over CORPUS_MAX_SCHEMA_BYTES are skipped (CI) and get
# proportionally fewer instances above LARGE_SCHEMA_BYTES (see `examples_for`).
MAX_SCHEMA_BYTES = int(os.environ.get("CORPUS_MAX_SCHEMA_BYTES", "0" if DEEP else "120000")) or None
LARGE_SCHEMA_BYTES = 100_000

HYPOTHESIS_SETTINGS: dict[str, Any] = dict(
    deadline=None,
    database=None,
    derandomize=not DEEP,  # CI: the same instances every run
    phases=(Phase.explicit, Phase.reuse, Phase.generate, Phase.target),  # shrinking a huge instance takes minutes
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large,
                           HealthCheck.large_base_example],
)


# --------------------------------------------------------------------------------------------------
# which bodies: chosen at collection time (the spec's IR is cached in schema_tools.api for the fixture)
# --------------------------------------------------------------------------------------------------


def spec_path(key: str) -> str:
    return os.path.join(SHARED, "corpus", SPECS[key])


def package_name(key: str) -> str:
    return f"corpus_{key}"


def evenly_spaced(items: list[Any], k: int) -> list[Any]:
    """`k` items spread over the whole list (first and last included), in order; all of them if k >= len."""
    if k >= len(items):
        return list(items)
    if k <= 1:
        return items[:k]
    return [items[round(i * (len(items) - 1) / (k - 1))] for i in range(k)]


def selected_bodies(key: str) -> list[Body]:
    import schema_tools

    bodies = schema_tools.response_bodies(schema_tools.api(spec_path(key), package_name(key)))
    return bodies if DEEP else evenly_spaced(bodies, SAMPLE)


def body_params() -> list[Any]:
    """pytest parameters `key, body`: one per selected body; `body` is None where the spec is absent and the
    exception where the generator could not load it (that spec's tests fail, the collection does not)."""
    import schema_tools

    out = []
    for key in SPECS:
        if not os.path.exists(spec_path(key)):
            out.append(pytest.param(key, None, id=f"{key}-absent"))
            continue
        try:
            chosen = selected_bodies(key)
        except Exception as e:  # noqa: BLE001 - a generator crash fails this spec's test, not the collection
            out.append(pytest.param(key, e, id=f"{key}-load-error"))
            continue
        out += [pytest.param(key, b, id=f"{key}:{schema_tools.body_id(b)}") for b in chosen]
    return out


def selected_ids(params: list[Any], key: str) -> list[str]:
    """The body ids of `key` among `params` (from `body_params`)."""
    import schema_tools

    bodies = [p.values[1] for p in params if p.values[0] == key]
    return [schema_tools.body_id(b) for b in bodies if b is not None and not isinstance(b, Exception)]


def spec_outcomes(params: list[Any], key: str, outcomes: dict[str, Any]) -> tuple[list[Any], dict[str, str]]:
    """For a summary test: the outcomes (objects with a `status`, "ran" or "skipped: why") of `key`'s selected
    bodies, in order, and body id -> status of the skipped ones. Skips the summary where the spec is absent or
    test_body did not run for every selected body in this session."""
    shared_path("corpus", SPECS[key])
    ids = selected_ids(params, key)
    if not ids or any(i not in outcomes for i in ids):
        pytest.skip("test_body did not run for every selected body of this spec in this session")
    return [outcomes[i] for i in ids], {i: outcomes[i].status for i in ids if outcomes[i].status != "ran"}


def require_ran(key: str, outcomes: list[Any], skipped: dict[str, str], min_ran: float) -> None:
    """Print the skipped bodies; assert at least `min_ran` of the selected ones ran."""
    for i, why in skipped.items():
        print(f"  skipped {i}: {why}")
    ran = len(outcomes) - len(skipped)
    assert ran >= min_ran * len(outcomes), f"{SPECS[key]}: only {ran}/{len(outcomes)} bodies ran; skipped: {skipped}"


def check_body_param(key: str, body: Any) -> None:
    """Skip where the spec is absent; fail where the generator could not load it."""
    shared_path("corpus", SPECS[key])
    if isinstance(body, Exception):
        raise AssertionError(f"{SPECS[key]}: the generator failed to load the spec: {body!r}") from body


# --------------------------------------------------------------------------------------------------
# a body's schema and its instances
# --------------------------------------------------------------------------------------------------


def body_schema(key: str, body: Body) -> dict[str, Any]:
    """The body's self-contained JSON Schema, with the generator's reading of untyped schemas made explicit."""
    import schema_tools
    from oracle_tools import implied_types

    return implied_types(schema_tools.json_schema(body.pointer, spec_path(key)))


def schema_size(schema: Any) -> int:
    return len(json.dumps(schema))


def too_large(schema: Any) -> Optional[str]:
    """Why the body is skipped (over CORPUS_MAX_SCHEMA_BYTES), or None."""
    size = schema_size(schema)
    if MAX_SCHEMA_BYTES and size > MAX_SCHEMA_BYTES:
        return f"skipped: schema of {size // 1000} kB (over CORPUS_MAX_SCHEMA_BYTES; CORPUS_DEEP=1 runs it)"
    return None


def examples_for(schema: Any, examples: int) -> int:
    """`examples` instances, proportionally fewer (at least 2) for a schema over LARGE_SCHEMA_BYTES."""
    size = schema_size(schema)
    return examples if size <= LARGE_SCHEMA_BYTES else max(2, examples * LARGE_SCHEMA_BYTES // size)


def instance_strategy(schema: Any) -> Any:
    """hypothesis-jsonschema's instances of `schema`, oneOf read as anyOf (first match wins, as the generated
    decoders read it): its oneOf filters out instances two members accept, which is slow and can exhaust it
    (opc31's duplicate union types). Bounded in size (`oracle_tools.bounded`)."""
    from hypothesis_jsonschema import from_schema

    from oracle_tools import bounded, first_match_semantics

    return from_schema(bounded(first_match_semantics(schema)))


# --------------------------------------------------------------------------------------------------
# the generated packages: one per spec and session, written unformatted into a temporary directory
# --------------------------------------------------------------------------------------------------


@dataclass
class Corpus:
    key: str
    api: Api
    package: str
    error: type[Exception]  # the package's ValidationError
    seconds: float  # render + write + import


@pytest.fixture(scope="session")
def corpora(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], Corpus]]:
    import schema_tools
    from generator.pipeline import TEMPLATES
    from generator.render import Renderer

    root = tmp_path_factory.mktemp("corpus_packages")
    sys.path.insert(0, str(root))
    made: dict[str, Corpus] = {}
    failed: dict[str, BaseException] = {}  # generated once: a crash fails every test of the spec, quickly

    def get(key: str) -> Corpus:
        if key in failed:
            raise AssertionError(f"{SPECS[key]}: generating or importing the package failed: {failed[key]!r}")
        if key not in made:
            try:
                made[key] = _make(key)
            except Exception as e:
                failed[key] = e
                raise
        return made[key]

    def _make(key: str) -> Corpus:
        started = time.perf_counter()
        package = package_name(key)
        a = schema_tools.api(shared_path("corpus", SPECS[key]), package)
        # generator.pipeline.generate_files(formatted=False) without its second load of the spec
        for rel, text in Renderer(a, TEMPLATES).python_files().items():
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        module = importlib.import_module(package)
        return Corpus(key, a, package, module.ValidationError, time.perf_counter() - started)

    yield get
    sys.path.remove(str(root))
    for name in [m for m in sys.modules if m.split(".")[0] in {package_name(k) for k in SPECS}]:
        del sys.modules[name]
