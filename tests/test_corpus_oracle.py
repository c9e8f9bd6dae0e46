"""The output contract (section 3) on real specs: ../shared/corpus/{orq,openai,github-apisguru,opc-baseline-31}.

For each 2xx response body whose type is a model (one body per model), against the body's JSON Schema
(`schema_tools.json_schema`: `$ref`s inlined, 3.0 nullable as type lists):

* instances hypothesis-jsonschema generates are accepted and round-trip exactly (date-times as instants);
* one-location mutations of them (wrong type, null, missing required key, value outside the enum, extra key
  where `additionalProperties: false`) are rejected with a `ValidationError` whose path is the mutated
  location (inside a union member: somewhere inside the union value, see `oracle_tools.Site`);
* accept/reject agrees with a JSON Schema 2020-12 validator restricted to the type-level keywords
  (`oracle_tools.type_level`) on generated, mutated and fuzzed (`oracle_tools.shaped`) values.

Schemas are read as the generator reads them where plain JSON Schema is looser: an untyped schema with
`properties` is an object, with `items` an array (`oracle_tools.implied_types`); oneOf is first-match.

Each spec is generated once per session (unformatted) into a temporary directory and imported as
`corpus_<name>` (the fixture `corpora`; it and the body selection live in corpus_fixtures.py, shared with
test_corpus_dcg.py); `test_pool_names` checks the pool packages export the models. CI runs an evenly spaced
sample of CORPUS_SAMPLE (12) bodies per spec, with 6 generated instances (derandomized) and 25 fuzzed values
each, and skips bodies whose inlined schema exceeds CORPUS_MAX_SCHEMA_BYTES (120 kB); CORPUS_DEEP=1 runs every
body, 10 instances (fewer for schemas over 100 kB) and 40 fuzzed values each (CORPUS_MAX_EXAMPLES,
CORPUS_FUZZ_EXAMPLES override). Bodies whose schema hypothesis-jsonschema cannot handle are skipped with the
reason; per spec, at least 80% of the selected bodies must run (`test_spec_summary`, which prints the counts;
run with -s to see them).
"""

from __future__ import annotations

import copy
import importlib
import os
import time
from dataclasses import dataclass, field
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument, Unsatisfiable

import schema_tools
from corpus_fixtures import (
    DEEP,
    HYPOTHESIS_SETTINGS,
    SPECS,
    Corpus,
    body_params,
    body_schema,
    check_body_param,
    examples_for,
    instance_strategy,
    require_ran,
    selected_bodies,
    spec_outcomes,
    too_large,
)
from conftest import shared_path
from generator.ir import Body
from oracle_tools import (
    canon,
    check_mutation,
    json_values,
    mutate,
    mutation_sites,
    oracle,
    round_trip,
    shaped,
    type_level,
)

MAX_EXAMPLES = int(os.environ.get("CORPUS_MAX_EXAMPLES", "10" if DEEP else "6"))  # generated instances per body
FUZZ_EXAMPLES = int(os.environ.get("CORPUS_FUZZ_EXAMPLES", "40" if DEEP else "25"))  # fuzzed values per body
MUTATIONS_PER_INSTANCE = 8
MIN_RAN = 0.8

# Mutation kinds grouped as the issue names them; one site of each group present is tried first.
KIND_GROUPS = {
    "wrong-type": ("int-for-string", "bool-for-number", "int-for-bool", "list-for-object", "string-for-list",
                   "int-for-null", "null"),
    "missing-required": ("delete",),
    "out-of-enum": ("out-of-enum", "int-out-of-enum"),
    "extra-key": ("extra-key",),
}
GROUP_OF = {kind: group for group, kinds in KIND_GROUPS.items() for kind in kinds}

# which bodies (corpus_fixtures.selected_bodies) and the generated packages (the fixture `corpora`, from
# corpus_fixtures.py, shared with test_corpus_dcg.py)
PARAMS = body_params()


@dataclass
class Outcome:
    status: str = "ran"  # "ran" or "skipped: reason"
    instances: int = 0
    mutations_exact: int = 0  # rejected at exactly the mutated path
    mutations_scoped: int = 0  # rejected inside the enclosing union (mutation inside a union member)
    mutations_benign: int = 0  # still valid for the oracle: not counted as checks
    by_group: dict[str, int] = field(default_factory=dict)
    fuzz_accepted: int = 0
    fuzz_rejected: int = 0
    seconds: float = 0.0


OUTCOMES: dict[str, dict[str, Outcome]] = {key: {} for key in SPECS}  # spec -> body id -> outcome


# --------------------------------------------------------------------------------------------------
# the tests
# --------------------------------------------------------------------------------------------------


def _pick_sites(data: Any, sites: list[Any]) -> list[Any]:
    """One site of each mutation group present (so every group is exercised), then random others."""
    groups: dict[str, list[Any]] = {}
    for s in sites:
        groups.setdefault(GROUP_OF[s.kind], []).append(s)
    picks = [data.draw(st.sampled_from(groups[g]), label=f"site:{g}") for g in KIND_GROUPS if g in groups]
    rest = [s for s in sites if s not in picks]
    if rest and len(picks) < MUTATIONS_PER_INSTANCE:
        picks += data.draw(
            st.lists(st.sampled_from(rest), max_size=MUTATIONS_PER_INSTANCE - len(picks), unique=True), label="sites"
        )
    return picks


@pytest.mark.parametrize("key,body", PARAMS)
def test_body(corpora, key, body):
    check_body_param(key, body)
    started = time.perf_counter()
    c = corpora(key)
    bid = schema_tools.body_id(body)
    label = f"{SPECS[key]} {bid} ({body.type.target.pool}.{body.type.target.name})"
    outcome = OUTCOMES[key][bid] = Outcome()
    try:
        _check_body(c, body, label, outcome)
    finally:
        outcome.seconds = time.perf_counter() - started


def _check_body(c: Corpus, body: Body, label: str, outcome: Outcome) -> None:
    schema = body_schema(c.key, body)
    skip = too_large(schema)
    if skip:
        outcome.status = skip
        pytest.skip(outcome.status)
    examples = examples_for(schema, MAX_EXAMPLES)
    decode, encode = schema_tools.decoder_in(c.api, body.type)
    typed = type_level(schema)
    validator = oracle(typed)
    error = c.error

    def accepted(x: Any, why: str) -> Any:
        try:
            return round_trip(label, decode, encode, x)
        except error as e:
            raise AssertionError(f"{label}: rejected a {why} instance: {e}\ninstance: {x!r}") from e

    def generated(instance: Any, data: Any) -> None:
        errors = sorted(validator.iter_errors(instance), key=str)
        assert not errors, f"{label}: oracle rejects a schema-generated instance ({errors[0].message}): test bug"
        accepted(instance, "schema-generated")
        outcome.instances += 1
        sites = mutation_sites(instance, typed, extended=True)
        for site in _pick_sites(data, sites) if sites else ():
            if check_mutation(label, validator, decode, error, instance, site):
                if site.ambiguous:
                    outcome.mutations_scoped += 1
                else:
                    outcome.mutations_exact += 1
                outcome.by_group[GROUP_OF[site.kind]] = outcome.by_group.get(GROUP_OF[site.kind], 0) + 1
            else:  # still valid for the oracle (e.g. null where null is allowed): must be accepted
                outcome.mutations_benign += 1
                accepted(mutate(instance, site), f"{site.kind}-at-{site.path} mutated (and still valid)")

    def fuzzed(x: Any) -> None:
        valid = validator.is_valid(x)
        try:
            obj = decode(copy.deepcopy(x))
        except error as e:
            outcome.fuzz_rejected += 1
            assert str(e).startswith(f"{e.path}: "), f"{label}: message {str(e)!r} does not start with its path"
            assert not valid, f"{label}: rejected a valid instance: {e}\ninstance: {x!r}"
            return
        except Exception as e:  # noqa: BLE001
            raise AssertionError(f"{label}: from_dict raised {type(e).__name__}: {e}\ninstance: {x!r}") from e
        outcome.fuzz_accepted += 1
        assert valid, f"{label}: accepted an invalid instance: {next(validator.iter_errors(x)).message}\n{x!r}"
        assert canon(encode(obj)) == canon(x), f"{label}: decode/encode changed a fuzzed value\n{x!r}"

    try:
        strategy = instance_strategy(schema)
        settings(max_examples=examples, **HYPOTHESIS_SETTINGS)(given(instance=strategy, data=st.data())(generated))()
    except (InvalidArgument, Unsatisfiable) as e:  # the schema is beyond hypothesis-jsonschema
        outcome.status = f"skipped: hypothesis-jsonschema: {type(e).__name__}: {str(e)[:200]}"
    # the fuzz runs whatever hypothesis-jsonschema could do: it needs only the schema's shape
    settings(max_examples=FUZZ_EXAMPLES, **HYPOTHESIS_SETTINGS)(given(st.one_of(json_values, shaped(typed)))(fuzzed))()
    if outcome.status != "ran":
        pytest.skip(outcome.status)


@pytest.mark.parametrize("key", list(SPECS))
def test_pool_names(key, corpora):
    """`from <package>.models.<pool> import Name` gives the model, also after its module was imported.

    Checked for the models of the selected bodies and for every model whose module name is its class name (a
    submodule import binds the module under that name in the pool package); all models with CORPUS_DEEP=1.
    """
    shared_path("corpus", SPECS[key])
    c = corpora(key)
    selected = {b.type.target for b in selected_bodies(key)}
    models = [m for m in c.api.models if DEEP or m.id in selected or m.module == m.name]
    wrong = []
    for m in models:
        own = importlib.import_module(f"{c.package}.models.{m.pool}.{m.module}")
        pool = importlib.import_module(f"{c.package}.models.{m.pool}")
        for name in m.exports:
            if getattr(pool, name, None) is not getattr(own, name):
                wrong.append(f"{m.pool}.{name}: {getattr(pool, name, None)!r}")
    assert not wrong, f"{SPECS[key]}: {len(wrong)} of {len(models)} models' names are not the model: {wrong[:5]}"


@pytest.mark.parametrize("key", list(SPECS))
def test_spec_summary(key, corpora):
    """Per spec: at least 80% of the selected bodies ran generated instances; prints the counts."""
    outcomes, skipped = spec_outcomes(PARAMS, key, OUTCOMES[key])
    ran = [o for o in outcomes if o.status == "ran"]
    c = corpora(key)
    total = len(schema_tools.response_bodies(c.api))
    groups: dict[str, int] = {}
    for o in outcomes:
        for g, n in o.by_group.items():
            groups[g] = groups.get(g, 0) + n
    print(
        f"\n{SPECS[key]}: {len(outcomes)} of {total} response models selected, {len(ran)} ran, {len(skipped)} skipped;"
        f" package {c.seconds:.1f}s, bodies {sum(o.seconds for o in outcomes):.1f}s;"
        f" {sum(o.instances for o in outcomes)} instances round-tripped;"
        f" mutations rejected: {sum(o.mutations_exact for o in outcomes)} at the exact path,"
        f" {sum(o.mutations_scoped for o in outcomes)} inside the enclosing union"
        f" ({', '.join(f'{g} {n}' for g, n in groups.items())}), {sum(o.mutations_benign for o in outcomes)} benign;"
        f" fuzz: {sum(o.fuzz_accepted for o in outcomes)} accepted, {sum(o.fuzz_rejected for o in outcomes)} rejected"
    )
    require_ran(key, outcomes, skipped, MIN_RAN)
