"""Round trip and validation errors of the generated response models (output contract, section 3).

* `decode(x)` then encode gives `x` back: on hand-made fixtures (tests/fixtures/<Model>.json) and on
  instances hypothesis-jsonschema generates from every 2xx response body's JSON Schema.
* Invalid input raises `ValidationError` whose `.path` (and the start of `str(e)`) is the JSON path of the
  offending value: explicit cases for the RouterImageGenerations response, and a generic mutation test that
  breaks one location of a generated instance and computes the expected path while walking the instance
  together with its JSON Schema.
* `from_dict` raises nothing but `ValidationError`, whatever it is fed; accepting/rejecting agrees with a
  JSON Schema validator.
* `from_json`/`to_json`, UNSET (absent) and None (null) on the seed model.

Comparison rules: date-time/date strings compare as the instants/dates they denote (the generated code
writes `datetime.isoformat()`, so `Z` comes back as `+00:00`); booleans are kept apart from numbers
(`True` is not `1`, which Python's `==` would allow); numbers compare by value (an integer-typed `3.0` may come
back as `3`: the same JSON number).
"""

from __future__ import annotations

import contextlib
import copy
import functools
import json
import os
from datetime import datetime, timedelta
from typing import Any, Callable, Iterator
from unittest import mock

import jsonschema
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument, Unsatisfiable
from hypothesis_jsonschema import from_schema

import schema_tools
from oracle_tools import (  # the shared oracle, see tests/oracle_tools.py
    Site,
    bounded,
    canon,
    get_at,
    is_within,
    jpath,
    json_values,
    mutation_sites,
    oracle,
    round_trip,
    set_at,
    shaped,
)
from oracle_tools import check_mutation as _check_mutation
from oracle_tools import expect_error as _expect_error
from schema_tools import bodies, body_id, json_schema

from orq_api import UNSET, ValidationError

FIXTURES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures")
BODIES = bodies("response")
BY_MODEL = {b.type.target.name: b for b in BODIES}
SEED = "RouterImageGenerationsResponseBody"

# CI budget: ~25 generated instances per body; ROUNDTRIP_MAX_EXAMPLES=500 for a deep local run.
MAX_EXAMPLES = int(os.environ.get("ROUNDTRIP_MAX_EXAMPLES", "25"))
# Shrinking schema-generated instances can take Hypothesis's full 5 minutes per failing body, so it is off
# by default (the failing instance is printed as found); ROUNDTRIP_SHRINK=1 turns it on for a minimal example.
SHRINK = os.environ.get("ROUNDTRIP_SHRINK", "") not in ("", "0")
GENERATED_SETTINGS = settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    database=None,
    phases=tuple(Phase) if SHRINK else tuple(p for p in Phase if p not in (Phase.shrink, Phase.explain)),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
)
MUTATIONS_PER_INSTANCE = 8


# --------------------------------------------------------------------------------------------------
# helpers: schemas, validators, canonical comparison, JSON paths
# --------------------------------------------------------------------------------------------------


@contextlib.contextmanager
def _one_api_load() -> Iterator[None]:
    """`schema_tools.decoder` calls `api()`, `bodies` calls `api(SPEC)`: two lru_cache keys, two ~4 s loads of
    the same spec. Route the no-argument call to the cached one (runtime only; the result is the same)."""
    original = schema_tools.api
    with mock.patch.object(
        schema_tools, "api", lambda *a, **k: original(*a, **k) if a or k else original(schema_tools.SPEC)
    ):
        yield


@functools.lru_cache(maxsize=1)
def _loaded() -> tuple[dict[str, dict[str, Any]], dict[str, tuple[Callable[[Any], Any], Callable[[Any], Any]]]]:
    with _one_api_load():
        schemas = {m: json_schema(b.pointer) for m, b in BY_MODEL.items()}
        decoders = {m: schema_tools.decoder(b.type) for m, b in BY_MODEL.items()}
    return schemas, decoders


def schema_of(model: str) -> dict[str, Any]:
    return _loaded()[0][model]


def decoder_of(model: str) -> tuple[Callable[[Any], Any], Callable[[Any], Any]]:
    return _loaded()[1][model]


@functools.lru_cache(maxsize=None)
def validator(model: str) -> Any:
    return oracle(schema_of(model))


def assert_round_trip(model: str, x: Any) -> Any:
    return round_trip(model, *decoder_of(model), x)


def expect_error(decode: Callable[[Any], Any], data: Any) -> ValidationError:
    return _expect_error(decode, data, ValidationError)


def fixture(model: str) -> list[Any]:
    with open(os.path.join(FIXTURES, f"{model}.json"), encoding="utf-8") as f:
        return json.load(f)


# --------------------------------------------------------------------------------------------------
# 1a. hand-made fixtures
# --------------------------------------------------------------------------------------------------

FIXTURE_MODELS = sorted(name[:-5] for name in os.listdir(FIXTURES) if name.endswith("ResponseBody.json"))


@pytest.mark.parametrize("model", FIXTURE_MODELS)
def test_fixture_round_trip(model):
    for i, x in enumerate(fixture(model)):
        errors = sorted(validator(model).iter_errors(x), key=str)
        assert not errors, f"fixture {model}[{i}] is not valid for its schema: {errors[0]}"
        obj = assert_round_trip(model, x)
        if hasattr(obj, "to_json"):  # union bodies decode to a member class, which has the JSON pair too
            text = obj.to_json()
            assert canon(json.loads(text)) == canon(x)
            assert canon(type(obj).from_json(text.encode("utf-8")).to_dict()) == canon(x)


def test_fixtures_cover_required_models():
    assert SEED in FIXTURE_MODELS
    assert len(FIXTURE_MODELS) >= 4
    assert set(FIXTURE_MODELS) <= set(BY_MODEL)


def test_seed_fixture_decodes_to_expected_objects():
    from orq_api.models.operations import (
        RouterImageGenerationsMessage1,
        RouterImageGenerationsMessage2,
        RouterImageGenerationsMessage3,
        RouterImageGenerationsResponseBody,
    )

    x = fixture(SEED)[0]
    body = RouterImageGenerationsResponseBody.from_dict(copy.deepcopy(x))
    c = body.choices
    assert body.created == 1717171717 and type(body.created) is int  # ints stay ints for `number`
    assert [ch.finish_reason for ch in c] == ["stop", None, UNSET, UNSET]  # null vs absent
    assert type(c[3].index) is float
    # union members: first member that validates wins
    assert isinstance(c[0].message, RouterImageGenerationsMessage2) and c[0].message.url.endswith(".png")
    assert isinstance(c[1].message, RouterImageGenerationsMessage1) and c[1].message.content is None
    assert isinstance(c[2].message, RouterImageGenerationsMessage3)
    assert c[3].message is UNSET
    calls = c[2].message.tool_calls
    assert calls[0].type == "function" and calls[0].id == "call_9a8b7c" and calls[1].id is UNSET
    # unknown keys are kept at every level
    assert body.additional_properties == {"usage": x["usage"], "x_orq_trace": x["x_orq_trace"]}
    assert c[0].message.additional_properties == {"revised_prompt": x["choices"][0]["message"]["revised_prompt"]}
    assert c[2].additional_properties == {"logprobs": None}
    assert calls[0].function.additional_properties == {"strict": True}
    out = body.to_dict()
    assert "finish_reason" not in out["choices"][2] and out["choices"][1]["finish_reason"] is None
    assert "message" not in out["choices"][3]


def test_deployment_invoke_fixture_decodes_date_times_and_nullables():
    from orq_api.models.operations import DeploymentInvokeResponseBody

    x = fixture("DeploymentInvokeResponseBody")[0]
    body = DeploymentInvokeResponseBody.from_dict(copy.deepcopy(x))
    assert isinstance(body.created, datetime) and body.created.utcoffset() == timedelta(0)
    assert body.finalized.utcoffset() == timedelta(hours=2)
    assert body.system_fingerprint is None and body.provider == "openai"
    assert body.retrievals[1].metadata.page_number is None
    assert body.retrievals[1].metadata.rerank_score is UNSET
    assert body.retrievals[1].metadata.additional_properties == {"chunk_id": "c-17"}
    assert body.provider_response == x["provider_response"]
    assert body.choices[1].finish_reason is None and body.choices[2].finish_reason is UNSET
    assert body.additional_properties == {"billing": x["billing"]}


# --------------------------------------------------------------------------------------------------
# 1b + 2. generated instances: round trip, and one-location mutations must be rejected at that location
# --------------------------------------------------------------------------------------------------


def check_mutation(model: str, instance: Any, site: Site) -> bool:
    """Assert the decoder rejects the broken instance at the right path. False if the mutation was benign."""
    return _check_mutation(model, validator(model), decoder_of(model)[0], ValidationError, instance, site)


_generated_outcome: dict[str, str] = {}  # body id -> "ran" / "skipped: reason"
_mutations_checked: dict[str, list[int]] = {}  # body id -> [exact path checked, union-scoped path checked]


@pytest.mark.parametrize("body", BODIES, ids=body_id)
def test_generated_instances(body):
    """Round trip (1b) and one-location mutations (2) on the same generated instances, to stay CI-fast."""
    model = body.type.target.name
    bid = body_id(body)
    schema = schema_of(model)
    checked = [0, 0]

    def run(instance, data):
        assert_round_trip(model, instance)
        sites = mutation_sites(instance, schema)
        if not sites:
            return
        picks = data.draw(
            st.lists(st.sampled_from(sites), min_size=1, max_size=MUTATIONS_PER_INSTANCE, unique=True), label="sites"
        )
        for site in picks:
            if check_mutation(model, instance, site):
                checked[site.ambiguous] += 1

    try:
        GENERATED_SETTINGS(given(instance=from_schema(bounded(schema)), data=st.data())(run))()
    except (InvalidArgument, Unsatisfiable) as e:  # the schema is beyond hypothesis-jsonschema
        _generated_outcome[bid] = f"skipped: {type(e).__name__}: {e}"
        pytest.skip(f"hypothesis-jsonschema cannot generate {bid}: {type(e).__name__}: {e}")
    finally:
        _generated_outcome.setdefault(bid, "ran")  # a failing body ran too
        _mutations_checked[bid] = checked


def test_enough_bodies_ran_generated():
    """At least 80% of the response bodies must have been exercised by test_generated_instances."""
    ids = [body_id(b) for b in BODIES]
    if any(i not in _generated_outcome for i in ids):
        pytest.skip("test_generated_instances did not run for every body in this session")
    ran = [i for i in ids if _generated_outcome[i] == "ran"]
    skipped = {i: _generated_outcome[i] for i in ids if i not in ran}
    print(f"\ngenerated instances: {len(ran)} bodies ran, {len(skipped)} skipped {skipped}")
    exact = sum(c[0] for c in _mutations_checked.values())
    scoped = sum(c[1] for c in _mutations_checked.values())
    print(f"mutations rejected: {exact} at the exact path, {scoped} inside the enclosing union")
    assert len(ran) >= 0.8 * len(ids), f"only {len(ran)}/{len(ids)} bodies ran; skipped: {skipped}"
    assert exact >= 5 * len(ran)


def test_mutation_sites_paths():
    """The walker itself: paths, required-key deletions, union scoping, nullable wrappers."""
    schema = schema_of(SEED)
    x = fixture(SEED)[0]
    sites = {(s.kind, s.path): s for s in mutation_sites(x, schema)}
    assert ("delete", "$.created") in sites and not sites[("delete", "$.created")].ambiguous
    assert ("int-for-string", "$.choices[0].finish_reason") in sites
    assert ("bool-for-number", "$.choices[1].index") in sites
    assert ("delete", "$.choices[0].index") in sites
    assert ("delete", "$.choices[0].finish_reason") not in sites  # optional
    msg = sites[("out-of-enum", "$.choices[2].message.role")]
    assert msg.union == "$.choices[2].message" and msg.ambiguous
    whole = sites[("null", "$.choices[2].message")]  # replacing the whole union value: every member fails there
    assert not whole.ambiguous
    assert ("out-of-enum", "$.choices[2].message.tool_calls[0].type") in sites
    assert not any(s.path.startswith("$.x_orq_trace[") for s in sites.values())  # free-form extras
    assert jpath(("a", 0, "b c", "_id")) == '$.a[0]["b c"]._id'


# --------------------------------------------------------------------------------------------------
# 2. explicit error cases for the RouterImageGenerations response
# --------------------------------------------------------------------------------------------------


def _seed_with(loc: tuple, value: Any = None, *, delete: bool = False) -> Any:
    x = copy.deepcopy(fixture(SEED)[0])
    if delete:
        del get_at(x, loc[:-1])[loc[-1]]
    else:
        set_at(x, loc, value)
    return x


EXACT_CASES = [
    # (id, location, replacement or DELETE, expected path, expected message fragment)
    ("top-level-wrong-type", ("id",), 123, "$.id", "got int"),
    ("top-level-number-as-string", ("created",), "1717171717", "$.created", "got str"),
    ("bool-for-number-top", ("created",), True, "$.created", "got bool"),
    ("bool-for-number-in-choice", ("choices", 1, "index"), False, "$.choices[1].index", "got bool"),
    ("string-for-number-in-choice", ("choices", 3, "index"), "3", "$.choices[3].index", "got str"),
    ("nullable-string-wrong-type", ("choices", 0, "finish_reason"), 7, "$.choices[0].finish_reason", "got int"),
    ("non-nullable-null", ("model",), None, "$.model", "got null"),
    ("list-is-object", ("choices",), {}, "$.choices", "got dict"),
    ("list-item-not-object", ("choices", 2), "x", "$.choices[2]", "got str"),
    ("missing-required-top", ("created",), "DELETE", "$.created", "missing"),
    ("missing-required-in-choice", ("choices", 3, "index"), "DELETE", "$.choices[3].index", "missing"),
    # inside the message union, but deep in one member only: the deepest member error is unambiguous
    (
        "in-union-wrong-type",
        ("choices", 2, "message", "tool_calls", 1, "function", "arguments"),
        1,
        "$.choices[2].message.tool_calls[1].function.arguments",
        "got int",
    ),
    (
        "in-union-enum-outside-set",
        ("choices", 2, "message", "tool_calls", 0, "type"),
        "method",
        "$.choices[2].message.tool_calls[0].type",
        '"function"',
    ),
    (
        "in-union-missing-required",
        ("choices", 2, "message", "tool_calls", 0, "function", "name"),
        "DELETE",
        "$.choices[2].message.tool_calls[0].function.name",
        "missing",
    ),
    # the union value itself of the wrong type: every member fails at the union's own path
    ("union-value-wrong-type", ("choices", 0, "message"), "hello", "$.choices[0].message", ""),
]


@pytest.mark.parametrize("case", EXACT_CASES, ids=[c[0] for c in EXACT_CASES])
def test_seed_error_path(case):
    from orq_api.models.operations import RouterImageGenerationsResponseBody as Body

    _, loc, value, path, fragment = case
    x = _seed_with(loc, delete=True) if value == "DELETE" else _seed_with(loc, value)
    assert not validator(SEED).is_valid(x)
    e = expect_error(Body.from_dict, x)
    assert e.path == path, str(e)
    assert fragment in str(e)


AMBIGUOUS_CASES = [
    # Several members fail equally deep: the reported member (and so the path) is an implementation choice,
    # but it must lie inside the union value.
    ("enum-outside-set-in-member", ("choices", 1, "message", "role"), "robot"),
    ("member-key-missing", ("choices", 0, "message", "url"), "DELETE"),
    ("member-key-wrong-type", ("choices", 0, "message", "url"), 5),
]


@pytest.mark.parametrize("case", AMBIGUOUS_CASES, ids=[c[0] for c in AMBIGUOUS_CASES])
def test_seed_error_in_union_member(case):
    from orq_api.models.operations import RouterImageGenerationsResponseBody as Body

    _, loc, value = case
    x = _seed_with(loc, delete=True) if value == "DELETE" else _seed_with(loc, value)
    assert not validator(SEED).is_valid(x)
    e = expect_error(Body.from_dict, x)
    assert is_within(e.path, jpath(loc[:3])), str(e)  # the message union: $.choices[i].message


@pytest.mark.parametrize(
    "root",
    [[], "body", None, 1, 1.5, True, [fixture(SEED)[0]]],
    ids=["list", "str", "null", "int", "float", "bool", "wrapped"],
)
def test_seed_root_not_a_dict(root):
    from orq_api.models.operations import RouterImageGenerationsResponseBody as Body

    e = expect_error(Body.from_dict, root)
    assert e.path == "$"
    assert "expected" in str(e)


def test_seed_invalid_json_text():
    from orq_api.models.operations import RouterImageGenerationsResponseBody as Body

    for text in ("", "{", "{'id': 1}", b"\xff\xfe", "[1,]"):
        e = expect_error(Body.from_json, text)
        assert e.path == "$"


def test_seed_error_is_value_error_with_reason():
    from orq_api.models.operations import RouterImageGenerationsResponseBody as Body

    e = expect_error(Body.from_dict, _seed_with(("choices", 0, "index"), "0"))
    assert isinstance(e, ValueError) and e.path == "$.choices[0].index"
    assert str(e).startswith("$.choices[0].index: expected ") and str(e).endswith("got str")


# --------------------------------------------------------------------------------------------------
# 2. from_dict raises nothing but ValidationError, and agrees with a JSON Schema validator
# --------------------------------------------------------------------------------------------------

FUZZ_PER_BODY = max(1, -(-20 * MAX_EXAMPLES // len(BODIES)))  # >= 500 values over all bodies by default


@pytest.mark.parametrize("body", BODIES, ids=body_id)
def test_from_dict_raises_only_validation_error(body):
    model = body.type.target.name
    decode, encode = decoder_of(model)
    schema = schema_of(model)
    tally = {"accepted": 0, "rejected": 0}

    @settings(
        max_examples=FUZZ_PER_BODY,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
    )
    @given(st.one_of(json_values, shaped(schema)))
    def run(x):
        valid = validator(model).is_valid(x)
        try:
            obj = decode(copy.deepcopy(x))
        except ValidationError as e:
            tally["rejected"] += 1
            assert str(e).startswith(e.path + ": ")
            assert not valid, f"{model}: rejected a valid instance: {e}\ninstance: {x!r}"
            return
        except Exception as e:  # noqa: BLE001
            raise AssertionError(f"{model}: from_dict raised {type(e).__name__}: {e}\ninstance: {x!r}") from e
        tally["accepted"] += 1
        assert valid, f"{model}: accepted an invalid instance: {next(validator(model).iter_errors(x)).message}\n{x!r}"
        assert canon(encode(obj)) == canon(x)

    run()
    assert tally["rejected"] > 0


# --------------------------------------------------------------------------------------------------
# 3. from_json / to_json, UNSET and None on the seed model
# --------------------------------------------------------------------------------------------------


def test_seed_json_round_trip():
    from orq_api.models.operations import RouterImageGenerationsResponseBody as Body

    for x in fixture(SEED):
        text = json.dumps(x)
        for source in (text, text.encode("utf-8"), bytearray(text.encode("utf-8"))):
            obj = Body.from_json(source)
            out = obj.to_json()
            assert isinstance(out, str)
            assert canon(json.loads(out)) == canon(x)
            assert Body.from_json(out) == obj


def test_unset_is_left_out_and_none_is_written_as_null():
    from orq_api.models.operations import (
        RouterImageGenerationsChoices,
        RouterImageGenerationsMessage1,
        RouterImageGenerationsResponseBody,
    )

    assert repr(UNSET) == "UNSET" and not UNSET
    absent = RouterImageGenerationsChoices(index=0)
    assert absent.finish_reason is UNSET and absent.message is UNSET
    assert absent.to_dict() == {"index": 0}
    null = RouterImageGenerationsChoices(index=1, finish_reason=None)
    assert null.to_dict() == {"index": 1, "finish_reason": None}
    body = RouterImageGenerationsResponseBody(
        id="img_1",
        created=1.5,
        model="m",
        object="list",
        choices=[
            absent,
            null,
            RouterImageGenerationsChoices(index=2, message=RouterImageGenerationsMessage1(role="user", content=None)),
        ],
    )
    text = body.to_json()
    assert json.loads(text) == {
        "id": "img_1",
        "created": 1.5,
        "model": "m",
        "object": "list",
        "choices": [
            {"index": 0},
            {"index": 1, "finish_reason": None},
            {"index": 2, "message": {"role": "user", "content": None}},
        ],
    }
    assert '"finish_reason":null' in text.replace(" ", "")
    back = RouterImageGenerationsResponseBody.from_json(text)
    assert back.choices[0].finish_reason is UNSET and back.choices[1].finish_reason is None
    assert back == body


# --------------------------------------------------------------------------------------------------
# date-time edge cases (contract: date-times round-trip as the same instant)
# --------------------------------------------------------------------------------------------------

_FILE = {"_id": "f", "object_name": "o", "purpose": "retrieval", "bytes": 1, "file_name": "a"}


@pytest.mark.parametrize(
    "value",
    [
        "2024-06-01T12:34:56Z",
        "2024-06-01t12:34:56z",
        "2024-06-01T14:34:56.5+02:00",
        "0001-01-01T00:30:00+01:00",
        "2024-06-01T12:34:56.123456789Z",  # nanoseconds, as Go/Java/.NET servers write them
    ],
)
def test_date_time_round_trips_as_the_same_instant(value):
    assert_round_trip("FileUploadResponseBody", dict(_FILE, created=value))


@pytest.mark.parametrize("model", ["FileUploadResponseBody", "CreateContactResponseBody"])
def test_non_rfc3339_date_time_is_rejected_or_kept(model):
    """A string that is not an RFC 3339 date-time (here a bare date): reject it, or give it back unchanged;
    never rewrite it (today it comes back as "2024-06-01T00:00:00").

    For CreateContact `created` is `anyOf: [date-time string, string]`, so the value is valid whichever way
    `format` is read, and must round-trip.
    """
    value = "2024-06-01"
    x = (
        dict(_FILE, created=value)
        if model == "FileUploadResponseBody"
        else {"id": "c", "external_id": "e", "created": value}
    )
    decode, encode = decoder_of(model)
    try:
        obj = decode(copy.deepcopy(x))
    except ValidationError:
        assert model != "CreateContactResponseBody"
        return
    assert encode(obj)["created"] == value


def test_integer_accepts_integral_float():
    """OpenAPI 3.1 is JSON Schema 2020-12, where `1.0` is an integer ("any number with a zero fractional part").

    Decoding it must succeed and give the value back (as 1.0 or 1: equal as JSON numbers).
    """
    model = "RouterChatCompletionsRouterChatCompletionsResponseBody"
    x = {"data": "chunk", "retry": 1000.0}
    assert jsonschema.Draft202012Validator(schema_of(model)).is_valid(x)
    decode, encode = decoder_of(model)
    assert encode(decode(x)) == x


def test_required_key_not_among_properties_is_enforced():
    """`required` may name keys that `properties` does not declare; JSON Schema still requires them.

    DeploymentInvoke's text/event-stream body lists the keys of its `data` object in the top-level `required`.
    """
    model = "DeploymentInvokeDeploymentsResponseBody"
    schema = schema_of(model)
    undeclared = [k for k in schema["required"] if k not in schema["properties"]]
    assert undeclared == ["id", "created", "object", "model", "provider", "is_final", "choices"]
    decode, encode = decoder_of(model)
    assert not validator(model).is_valid({})
    e = expect_error(decode, {})
    assert e.path in {"$." + k for k in undeclared} and "missing" in str(e)
    present = {k: None for k in undeclared}  # no schema for them: any value, kept as unknown keys
    assert canon(encode(decode(dict(present)))) == canon(present)
