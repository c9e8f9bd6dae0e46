"""The datamodel-code-generator differential (test_differential_dcg.py) on the corpus specs of test_corpus_oracle.py.

For each selected 2xx response body of ../shared/corpus/{orq,openai,github-apisguru,opc-baseline-31} (the
same selection as test_corpus_oracle: CORPUS_SAMPLE bodies per spec in CI, every body with CORPUS_DEEP=1):

* dcg gets the body's JSON Schema as the corpus oracle reads it: `corpus_fixtures.body_schema` (`$ref`s
  inlined, untyped schemas with `properties`/`items` typed as the generator reads them) restricted to the
  type-level keywords (`oracle_tools.type_level`; the contract, section 3, makes the decoders check only those,
  so a `pattern` or `maxLength` dcg would enforce is not a disagreement), with the allOf forms dcg models wrongly
  rewritten to equivalent ones (`dcg_oracle.without_trivial_all_of`). One dcg run per spec, all its bodies in
  one `$defs` document (`dcg_oracle.dcg_models`); the referee validates with the same schema.
* hypothesis-jsonschema makes instances of the full schema (`corpus_fixtures.instance_strategy`, as the corpus
  oracle does; derandomized in CI); each and up to MUTATIONS_PER_INSTANCE mutations of it go to our decoder
  (the `corpus_<key>` package the session fixture `corpora` generated once, shared with test_corpus_oracle)
  and to dcg's model: `dcg_oracle.differential`, with its LEGITIMATE_DIFFERENCES.

Bodies dcg cannot model, whose schema is over CORPUS_MAX_SCHEMA_BYTES (CI), or that hypothesis-jsonschema
cannot make instances of are skipped with the reason; per spec at least MIN_RAN of the selected bodies must
run (`test_spec_summary`, which prints the counts; -s shows them). CI: CORPUS_DCG_EXAMPLES (3) instances per
body; deep: 8 (fewer above 100 kB of schema).

A disagreement where the referee sides with dcg is a bug in our generator: it goes in KNOWN_BUGS (the body
is then expected to fail, strictly) with what it is, never into LEGITIMATE_DIFFERENCES.
"""

from __future__ import annotations

import collections
import os
import time
from dataclasses import dataclass, field
from typing import Any, Callable

import pytest
from hypothesis import settings
from hypothesis.errors import InvalidArgument, Unsatisfiable

import corpus_fixtures as cf
import dcg_oracle as oracle
import schema_tools
from oracle_tools import type_level

MAX_EXAMPLES = int(os.environ.get("CORPUS_DCG_EXAMPLES", "8" if cf.DEEP else "3"))  # generated instances per body
MUTATIONS_PER_INSTANCE = 40  # as in test_differential_dcg
MIN_RAN = 0.7

# "<key>:<body id>" -> the bug in our generator that makes ours and dcg disagree there (the referee siding with
# dcg); the test of that body is marked xfail(strict=True) until the generator is fixed.
KNOWN_BUGS: dict[str, str] = {}


def _params() -> list[Any]:
    out = []
    for p in cf.body_params():
        bug = KNOWN_BUGS.get(p.id)
        mark = pytest.mark.xfail(strict=True, reason=bug) if bug else ()
        out.append(pytest.param(*p.values, id=p.id, marks=mark))
    return out


PARAMS = _params()


@dataclass
class Outcome:
    status: str = "ran"  # "ran" or "skipped: reason"
    counts: collections.Counter[str] = field(default_factory=collections.Counter)
    seconds: float = 0.0


OUTCOMES: dict[str, dict[str, Outcome]] = {key: {} for key in cf.SPECS}  # spec -> body id -> outcome


# --------------------------------------------------------------------------------------------------
# dcg's models: one run per spec over its selected bodies
# --------------------------------------------------------------------------------------------------


@dataclass
class SpecModels:
    # body id -> (root name, its schema (cf.body_schema), the form dcg and the referee got)
    schemas: dict[str, tuple[str, dict[str, Any], dict[str, Any]]]
    oversized: dict[str, str]  # body id -> why it is skipped (cf.too_large)
    result: oracle.DcgResult
    seconds: float


@pytest.fixture(scope="module")
def dcg_models(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], SpecModels]:
    made: dict[str, SpecModels] = {}

    def get(key: str) -> SpecModels:
        if key not in made:
            started = time.perf_counter()
            schemas: dict[str, tuple[str, dict[str, Any], dict[str, Any]]] = {}
            skipped: dict[str, str] = {}
            for b in cf.selected_bodies(key):
                bid, schema = schema_tools.body_id(b), cf.body_schema(key, b)
                why = cf.too_large(schema)
                if why:
                    skipped[bid] = why
                else:
                    typed = oracle.without_trivial_all_of(type_level(schema))
                    schemas[bid] = (oracle.root_name(len(schemas)), schema, typed)
            workdir = str(tmp_path_factory.mktemp(f"dcg_{key}"))
            result = oracle.dcg_models({name: typed for name, _, typed in schemas.values()}, workdir)
            made[key] = SpecModels(schemas, skipped, result, time.perf_counter() - started)
        return made[key]

    return get


# --------------------------------------------------------------------------------------------------
# the tests
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("key,body", PARAMS)
def test_body(corpora, dcg_models, key, body):
    cf.check_body_param(key, body)
    started = time.perf_counter()
    c = corpora(key)
    bid = schema_tools.body_id(body)
    outcome = OUTCOMES[key][bid] = Outcome()
    try:
        _check_body(c, dcg_models(key), key, body, outcome)
    finally:
        outcome.seconds = time.perf_counter() - started
    if outcome.status != "ran":
        pytest.skip(outcome.status)


def _check_body(c: Any, models: SpecModels, key: str, body: Any, outcome: Outcome) -> None:
    bid = schema_tools.body_id(body)
    if bid in models.oversized:
        outcome.status = models.oversized[bid]
        return
    name, schema, typed = models.schemas[bid]
    if name in models.result.failures:
        outcome.status = f"skipped: datamodel-codegen cannot model this body: {models.result.failures[name]}"
        return
    decode, _ = schema_tools.decoder_in(c.api, body.type)
    label = f"{cf.SPECS[key]} {bid} ({body.type.target.pool}.{body.type.target.name})"
    hypothesis_settings = settings(max_examples=cf.examples_for(schema, MAX_EXAMPLES), **cf.HYPOTHESIS_SETTINGS)
    try:
        outcome.counts = oracle.differential(
            label, typed, models.result.models[name], decode, c.error, cf.instance_strategy(schema),
            hypothesis_settings, MUTATIONS_PER_INSTANCE,
        )
    except (InvalidArgument, Unsatisfiable) as e:  # the schema is beyond hypothesis-jsonschema
        outcome.status = f"skipped: hypothesis-jsonschema: {type(e).__name__}: {str(e)[:200]}"
        return
    counts = outcome.counts
    # agreement means something only if both sides accepted some instances and rejected others
    assert counts["instances"] > 0 and counts["both accept"] > 0 and counts["both reject"] > 0, dict(counts)


@pytest.mark.parametrize("key", list(cf.SPECS))
def test_spec_summary(key, dcg_models):
    """Per spec: at least MIN_RAN of the selected bodies ran the differential; prints the counts."""
    outcomes, skipped = cf.spec_outcomes(PARAMS, key, OUTCOMES[key])
    ran = [o for o in outcomes if o.status == "ran"]
    total: collections.Counter[str] = collections.Counter()
    for o in ran:
        total.update(o.counts)
    models = dcg_models(key)
    legit = {k.removeprefix("legitimate: "): n for k, n in sorted(total.items()) if k.startswith("legitimate: ")}
    print(
        f"\n{cf.SPECS[key]} (dcg): {len(outcomes)} bodies selected, {len(ran)} ran, {len(skipped)} skipped;"
        f" datamodel-codegen {models.result.invocations} run(s) {models.seconds:.1f}s,"
        f" bodies {sum(o.seconds for o in outcomes):.1f}s; {total['instances']} instances;"
        f" both accept {total['both accept']}, both reject {total['both reject']};"
        f" legitimate differences {sum(legit.values())}{f' {legit}' if legit else ''}"
    )
    cf.require_ran(key, outcomes, skipped, MIN_RAN)
