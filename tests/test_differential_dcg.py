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
* both must accept or both reject, except where an entry of LEGITIMATE_DIFFERENCES explains the disagreement.
  Anything else fails with the instance, the mutation, both verdicts and a plain JSON Schema validator's
  verdict (the referee that says which side is wrong).

Why strict mode for the oracle: pydantic's lax mode coerces ("1" -> 1, "1.5" -> 1.5, 0/1 and "true" -> bool,
3.0 -> 3), which JSON Schema does not: on these bodies about 1 mutated instance in 40 would be a lax-mode
false "accept". In JSON mode, strict pydantic still takes an int for a float (as JSON Schema's `number` does)
and reads RFC 3339 text as a datetime (python-mode strict would reject every date-time string).
"""

from __future__ import annotations

import collections
import datetime
import json
import random
import re
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Optional

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as hst
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


# --------------------------------------------------------------------------------------------------
# one disagreement, and the ones that are legitimate
# --------------------------------------------------------------------------------------------------


@dataclass
class Disagreement:
    body: str
    instance: Any  # what both were given
    mutation: Optional[oracle.Mutation]  # None: the valid instance as hypothesis-jsonschema made it
    ours: Optional[str]  # our ValidationError, None when we accepted
    dcg: Optional[str]  # pydantic's first error, None when dcg accepted
    schemas: list[dict[str, Any]] = field(default_factory=list)  # schema nodes at the mutated location

    @property
    def only_ours_accepts(self) -> bool:
        return self.ours is None and self.dcg is not None

    @property
    def only_dcg_accepts(self) -> bool:
        return self.dcg is None and self.ours is not None

    @property
    def value(self) -> Any:
        """The mutated value (the whole instance when nothing was mutated)."""
        if self.mutation is None:
            return self.instance
        node = self.instance
        for step in self.mutation.path:
            if isinstance(node, dict) and step not in node:
                return None  # a deleted key
            node = node[step]
        return node

    def has_date_time_schema(self) -> bool:
        return any(s.get("format") == "date-time" for s in self.schemas)


@dataclass(frozen=True)
class Legitimate:
    name: str
    why: str
    applies: Callable[[Disagreement], bool]


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    return type(value).__name__


def _equal_to_enum_value_of_other_type(d: Disagreement) -> bool:
    v = d.value
    for s in d.schemas:
        allowed = list(s.get("enum", [])) + ([s["const"]] if "const" in s else [])
        if any(v == e and _json_type(v) != _json_type(e) for e in allowed):
            return True
    return False


def _format_beside_union_with_plain_string(d: Disagreement) -> bool:
    def plain_string(s: dict[str, Any]) -> bool:
        return s.get("type") in ("string", ["string"], ["string", "null"]) and "format" not in s and "enum" not in s

    return any(
        "format" in s and any(plain_string(m) for m in s.get("anyOf", []) + s.get("oneOf", []))
        for s in d.schemas
    )


LEGITIMATE_DIFFERENCES: list[Legitimate] = [
    # Where `format: date-time` is written beside an anyOf whose other member is any string
    #   {"anyOf": [{"type": "string", "format": "date-time"}, {"type": "string"}], "format": "date-time"}
    # (CreateContact's created/updated), dcg types the whole property AwareDatetime: the format beside the
    # union swallows the plain-string member. Ours decodes the members as written: a datetime, else any
    # string. `format` is an annotation in JSON Schema unless a validator opts in, and the contract (section 3)
    # counts only type-level keywords; so a non-date string there is valid for us, and dcg is the stricter one.
    Legitimate(
        "format beside a union with a plain-string member",
        "dcg applies the outer format to the whole union; ours keeps the plain-string member",
        lambda d: d.only_ours_accepts and isinstance(d.value, str) and _format_beside_union_with_plain_string(d),
    ),
    # pydantic reads a numeric string as Unix time ("1700000000" -> 2023-11-14T22:13:20Z), even in strict
    # mode; neither RFC 3339 nor our decoder accept it.
    Legitimate(
        "numeric string read as Unix time",
        "pydantic's datetime accepts a number in a string as seconds since the epoch",
        lambda d: d.only_dcg_accepts
        and d.has_date_time_schema()
        and isinstance(d.value, str)
        and re.fullmatch(r"-?\d+(\.\d+)?", d.value) is not None,
    ),
    # pydantic checks a Literal by equality, and in Python 0 == False, 1 == True: the model dcg writes for
    # {"type": "boolean", "enum": [false]} (Deployments' tools[].function.parameters.additionalProperties is
    # Literal[False]) accepts 0 and 0.0, even in strict mode. JSON Schema's enum compares JSON values (0 is not
    # false); ours compares type and value and rejects.
    # JSON Schema's `integer` is any number with a zero fractional part, so 3.0 is an integer; ours accepts it
    # (and decodes 3), strict pydantic wants a JSON integer literal.
    # pydantic's datetime parser also takes forms outside RFC 3339 (a space instead of "T", offsets such as
    # "+0100"); ours follows RFC 3339 as JSON Schema's date-time format does and rejects them.
    Legitimate(
        "date-time text outside RFC 3339 that pydantic accepts",
        "pydantic is lenient about the separator and offset forms; ours requires RFC 3339",
        lambda d: d.only_dcg_accepts
        and d.has_date_time_schema()
        and isinstance(d.value, str)
        and not oracle.is_rfc3339_date_time(d.value),
    ),
    Legitimate(
        "integral float for an integer",
        "JSON Schema and ours accept 3.0 as an integer; strict pydantic rejects it",
        lambda d: d.only_ours_accepts
        and isinstance(d.value, float)
        and d.value.is_integer()
        and any(s.get("type") == "integer" for s in d.schemas),
    ),
    # `required` names with no property schema (DeploymentInvoke's event-stream body lists the fields of
    # `data` at the top level): JSON Schema requires them, so does ours; dcg only knows required *properties*.
    Legitimate(
        "required name without a property schema",
        "JSON Schema and ours enforce every name in `required`; dcg drops names that have no property",
        lambda d: d.only_dcg_accepts
        and d.mutation is not None
        and d.mutation.kind == "delete"
        and not d.schemas
        and "required property is missing" in (d.ours or ""),
    ),
    Legitimate(
        "Literal compared by Python equality",
        "pydantic's Literal[False] accepts 0, Literal[1] accepts true: equal in Python, not in JSON",
        lambda d: d.only_dcg_accepts
        and isinstance(d.value, (bool, int, float))
        and _equal_to_enum_value_of_other_type(d),
    ),
]


# --------------------------------------------------------------------------------------------------
# fixtures
# --------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def dcg(tmp_path_factory: pytest.TempPathFactory) -> oracle.DcgResult:
    started = time.perf_counter()
    result = oracle.dcg_models({name: schema for name, _, schema in CASES}, str(tmp_path_factory.mktemp("dcg")))
    print(f"datamodel-codegen: {result.invocations} run(s), {time.perf_counter() - started:.1f} s")
    return result


def _ours(decode: Callable[[Any], Any], instance: Any, what: str) -> Optional[str]:
    """None when our decoder accepts `instance`, else its ValidationError (any other exception fails the test)."""
    try:
        decode(instance)
    except ValidationError as e:
        return str(e)
    except Exception as e:  # noqa: BLE001 - the contract: from_dict raises ValidationError and nothing else
        raise AssertionError(
            f"decode raised {type(e).__name__}, not ValidationError: {e}\n{what}\ninstance: {_short(instance)}"
        ) from e
    return None


def _short(value: Any, limit: int = 600) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _report(schema: dict[str, Any], found: list[Disagreement]) -> str:
    lines = [f"{found[0].body}: ours and datamodel-code-generator disagree, not covered by LEGITIMATE_DIFFERENCES:"]
    for d in found:
        what = d.mutation.describe() if d.mutation else "valid instance from hypothesis-jsonschema"
        referee = "accepts" if oracle.json_schema_accepts(schema, d.instance) else "rejects"
        lines += [
            f"* {what}",
            f"  ours: {'accepts' if d.ours is None else 'rejects: ' + d.ours}",
            f"  dcg:  {'accepts' if d.dcg is None else 'rejects: ' + d.dcg}",
            f"  JSON Schema validator: {referee}",
            *([f"  schema there: {_short(d.schemas, 400)}"] if d.mutation else []),
            f"  instance: {_short(d.instance)}",
        ]
    return "\n".join(lines)


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
    model = dcg.models[name]
    decode, _ = decoder(body.type)
    counts: collections.Counter[str] = collections.Counter()

    def compare(instance: Any, mutation: Optional[oracle.Mutation]) -> Optional[Disagreement]:
        ours = _ours(decode, instance, mutation.describe() if mutation else "valid instance")
        accepted, why = oracle.dcg_accepts(model, instance)
        theirs = None if accepted else why
        if (ours is None) == (theirs is None):
            counts["both accept" if ours is None else "both reject"] += 1
            return None
        d = Disagreement(body_id(body), instance, mutation, ours, theirs)
        if mutation is not None:
            d.schemas = oracle.schemas_at(schema, mutation.path)
        for legit in LEGITIMATE_DIFFERENCES:
            if legit.applies(d):
                counts[f"legitimate: {legit.name}"] += 1
                return None
        return d

    @SETTINGS
    @given(instance=from_schema(schema), seed=hst.integers(0, 2**32 - 1))
    def check(instance: Any, seed: int) -> None:
        counts["instances"] += 1
        found = [compare(instance, None)]
        # which mutations: from one drawn seed (a HypothesisRandom would draw once per element shuffled)
        for m in oracle.pick(oracle.mutations(instance), MUTATIONS_PER_INSTANCE, random.Random(seed)):
            found.append(compare(m.apply(instance), m))
        unexplained = [d for d in found if d is not None]
        if unexplained:
            raise AssertionError(_report(schema, unexplained))

    check()
    print(f"{body_id(body)}: {dict(counts)}")
    # agreement means something only if both sides accepted some instances and rejected others
    assert counts["instances"] > 0 and counts["both accept"] > 0 and counts["both reject"] > 0, dict(counts)
