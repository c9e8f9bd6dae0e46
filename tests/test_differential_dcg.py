"""Differential check against datamodel-code-generator (dcg, a dev dependency).

For every 2xx response body with a named model type:

* its self-contained JSON Schema (`schema_tools.json_schema`) goes, with all the others, into one JSON Schema
  document (`$defs`: DiffRoot00, DiffRoot01, ...) that dcg turns into pydantic v2 models in one run
  (options and why: `dcg_oracle.DCG_OPTIONS`);
* hypothesis-jsonschema generates instances of the body schema; each instance and up to
  MUTATIONS_PER_INSTANCE single-point mutations of it (wrong JSON type, another string / out of enum, null,
  missing key, unknown key, date-time written outside RFC 3339: `dcg_oracle.mutations`) go to both
  `decode` (our `from_dict`; rejecting means raising `orq_api.ValidationError`) and dcg's model
  (`model_validate_json(..., strict=True)`; rejecting means raising `pydantic.ValidationError`);
* both must accept or both reject, except where an entry of `dcg_oracle.LEGITIMATE_DIFFERENCES` explains the
  disagreement (the comparison is `dcg_oracle.differential`, shared with test_corpus_dcg.py).
  Anything else fails with the instance, the mutation, both verdicts and a plain JSON Schema validator's
  verdict (the referee that says which side is wrong).

Why strict mode for the oracle: pydantic's lax mode coerces ("1" -> 1, "1.5" -> 1.5, 0/1 and "true" -> bool,
3.0 -> 3), which JSON Schema does not: on these bodies about 1 mutated instance in 40 would be a lax-mode
false "accept". In JSON mode, strict pydantic still takes an int for a float (as JSON Schema's `number` does)
and reads RFC 3339 text as a datetime (python-mode strict would reject every date-time string).
"""

from __future__ import annotations

import time
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis_jsonschema import from_schema

import dcg_oracle as oracle
from schema_tools import body_id, decoder

from orq_api import ValidationError

MAX_EXAMPLES = 20  # generated instances per body
MUTATIONS_PER_INSTANCE = 40  # mutated copies of each, round-robin over the mutation kinds
SETTINGS = settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
    # No shrinking: it takes minutes on these schemas (Hypothesis gives up after 5), and the report already
    # names the mutated location, its value and the schema there, which is what a repro needs.
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
)

CASES = [(oracle.root_name(i), body, schema) for i, (body, schema) in enumerate(oracle.response_schemas())]
IDS = [body_id(body) for _, body, _ in CASES]
# The disagreements that are legitimate, and why: dcg_oracle.LEGITIMATE_DIFFERENCES.


# --------------------------------------------------------------------------------------------------
# fixtures
# --------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def dcg(tmp_path_factory: pytest.TempPathFactory) -> oracle.DcgResult:
    started = time.perf_counter()
    result = oracle.dcg_models({name: schema for name, _, schema in CASES}, str(tmp_path_factory.mktemp("dcg")))
    print(f"datamodel-codegen: {result.invocations} run(s), {time.perf_counter() - started:.1f} s")
    return result


# --------------------------------------------------------------------------------------------------
# tests
# --------------------------------------------------------------------------------------------------


def test_dcg_models_most_bodies(dcg: oracle.DcgResult) -> None:
    assert len(CASES) >= 10, "the spec should have a dozen or more 2xx response bodies with a model type"
    assert len(dcg.failures) <= len(CASES) // 4, f"datamodel-codegen failed on too many bodies: {dcg.failures}"


@pytest.mark.parametrize("name, body, schema", CASES, ids=IDS)
def test_ours_and_dcg_agree(name: str, body: Any, schema: dict[str, Any], dcg: oracle.DcgResult) -> None:
    if name in dcg.failures:
        pytest.skip(f"datamodel-codegen cannot model this body: {dcg.failures[name]}")
    decode, _ = decoder(body.type)
    counts = oracle.differential(
        body_id(body), schema, dcg.models[name], decode, ValidationError, from_schema(schema), SETTINGS,
        MUTATIONS_PER_INSTANCE,
    )
    print(f"{body_id(body)}: {dict(counts)}")
    # agreement means something only if both sides accepted some instances and rejected others
    assert counts["instances"] > 0 and counts["both accept"] > 0 and counts["both reject"] > 0, dict(counts)
