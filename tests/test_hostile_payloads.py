"""Generated `from_dict`/`from_json` under hostile payloads (issue 4, item 6).

Two packages are attacked: the committed `generated/orq_api` (its seed model
`RouterImageGenerationsResponseBody`) and a package generated here from tests/specs/constructs.yaml (recursive
models `Node`, `Tree`/`Forest`, the recursive union `JsonValue`, enums, consts, discriminators, free-form and
closed objects).

The rule for every input (output contract section 3): the decoder returns the correct result or raises the
package's `ValidationError`, never any other exception, and in bounded time. A `ValidationError` always has a
`path` (a string starting with `$`) and its message starts with that path.

Correct results decided here, per the contract and README:

* A root that is not a JSON object (None, list, str, int, float, bool, bytes, bytearray, memoryview, tuple, set)
  is invalid: `ValidationError` at `$`. `from_json` of JSON text whose root is not an object likewise; `from_json`
  of something that is not text (None, int, list) is invalid at `$`; a `memoryview` of JSON bytes and a `str`
  subclass holding JSON text may be decoded or rejected at `$`.
* Nesting 100,000 levels deep in a recursive model (built iteratively as a dict, and as JSON text) cannot be
  decoded by a recursive decoder: `ValidationError` (path starts with `$`), not `RecursionError`, and quickly
  (within TIME_LIMIT seconds): only the first ~1,000 levels may be looked at. The same holds for recursive
  data a few hundred levels deep whose JSON text `json.loads` still accepts. A deep value where an enum, const or
  discriminator tag is due is invalid at that key.
* NaN and ±Infinity are not JSON numbers (RFC 8259; the runtime's `loads` rejects the tokens): a non-finite
  float in a `number` or `integer` field is invalid at that field; the tokens `NaN`, `Infinity`, `-Infinity` in
  JSON text are invalid at `$`. In an any-typed value (a free-form property, kept unknown keys) a non-finite
  float is invalid too: accepting it would make `to_json` write `null` (orjson) or the non-JSON token `NaN`
  (json), so the object would not round-trip.
* Huge integers are JSON numbers: 10**5000 is accepted in `number` and `integer` fields and given back by
  `to_dict`; where a string, enum, const or tag is due it is invalid at that key (the error message must not
  need `str()` of the integer, which Python refuses beyond 4,300 digits). A 5000-digit integer in JSON text is
  decoded exactly or rejected at `$` (Python's int-str conversion limit).
* `bytes`, `bytearray` and `memoryview` are not text: invalid where a string is due. `bool` is never a number or
  integer: invalid. Subclasses of `str`/`int`/`dict`/`list` and tuples for lists are not what `json.loads`
  returns: each is either accepted as the value it equals (`to_dict()` gives that value back) or invalid at its
  path. Keys that are not strings are either kept (and given back by `to_dict`) or invalid.
* A 50 MB array of small objects decodes (from a dict and from JSON text) to the right number of objects and
  `to_json` writes the same text back; a bad element at the end is reported at its index.
* Lone surrogates written as `\\ud800` escapes are valid JSON text: they are decoded to the same Python string
  (in values and in keys) and round-trip; an error under such a key names it in the path (`$["\\udc00"]`).
  Raw surrogate bytes (CESU-8) in a bytes input are decoded (json's surrogatepass) or rejected at `$`.

Cases where the generated code does otherwise are marked `xfail(strict=True)` with the bug in the reason.
"""

from __future__ import annotations

import copy
import json
import os
import signal
import sys
import time
import traceback
from contextlib import contextmanager
from typing import Any, Callable, Iterator

import pytest

from conftest import ROOT

from orq_api import ValidationError as OrqValidationError
from orq_api.models.operations import RouterImageGenerationsResponseBody as RouterBody

CONSTRUCTS = os.path.join(ROOT, "tests", "specs", "constructs.yaml")
PACKAGE = "hostile_payloads_constructs"
DEEP = 100_000  # levels of nesting
TIME_LIMIT = 2.0  # seconds for one decode that may only look at the first ~1,000 levels
HUGE = 10**5000

with open(os.path.join(ROOT, "tests", "fixtures", "RouterImageGenerationsResponseBody.json"), encoding="utf-8") as _fh:
    ROUTER = json.load(_fh)[0]  # a valid instance (four choices, one message of each kind)


# -- the constructs package --------------------------------------------------------------------------


class Constructs:
    def __init__(self, out: str) -> None:
        self.out = out

    @property
    def c(self) -> Any:
        import importlib

        return importlib.import_module(f"{PACKAGE}.models.components")

    @property
    def ValidationError(self) -> type:
        import importlib

        return importlib.import_module(PACKAGE).ValidationError


@pytest.fixture(scope="module")
def cx(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Constructs]:
    from generator.pipeline import generate_files

    out = str(tmp_path_factory.mktemp("hostile_payloads"))
    for rel, text in generate_files(CONSTRUCTS, PACKAGE, names={}, formatted=False).files.items():
        path = os.path.join(out, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
    sys.path.insert(0, out)
    try:
        yield Constructs(out)
    finally:
        sys.path.remove(out)
        for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
            del sys.modules[name]


# -- outcomes ----------------------------------------------------------------------------------------


class _Timeout(BaseException):
    """Raised by the alarm; a BaseException so that no `except Exception` in the decoder swallows it."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise _Timeout in the block after `seconds`.

    The alarm repeats every 50 ms: Python calls a signal handler like any function, so at the recursion limit
    the call itself fails with a RecursionError (which a decoder may turn into its "too deep" error) and the
    alarm is lost; a later alarm gets through."""
    state = {"armed": True}

    def alarm(signum: int, frame: Any) -> None:
        if state["armed"]:
            raise _Timeout()

    old = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds, 0.05)
    try:
        yield
    finally:
        state["armed"] = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def outcome(error_type: type, fn: Callable[..., Any], *args: Any, limit: float = 60.0) -> tuple[str, Any]:
    """("ok", result) or ("invalid", ValidationError); any other exception or a time-out fails the test.

    Failures are reported without the exception's own traceback (it can be a thousand frames deep), with its
    innermost frames in the message instead."""
    start = time.perf_counter()
    problem = ""
    try:
        with time_limit(limit):
            result = fn(*args)
    except error_type as e:
        path = e.path  # type: ignore[attr-defined]
        assert isinstance(path, str) and path.startswith("$"), f"ValidationError without a path: {e!r}"
        assert str(e).startswith(path), f"message does not start with the path {path!r}: {str(e)!r}"
        return "invalid", e
    except _Timeout:
        problem = f"no answer within {limit:g} s (stopped after {time.perf_counter() - start:.1f} s)"
    except BaseException as e:  # noqa: B036 - the point of the test
        frames = "".join(traceback.format_tb(e.__traceback__)[-4:])
        problem = f"expected a result or ValidationError, got {type(e).__name__}: {str(e)[:300]}\n{frames}"
    if problem:
        pytest.fail(problem, pytrace=False)
    return "ok", result


def invalid(error_type: type, fn: Callable[..., Any], *args: Any, path: str | None = None,
            prefix: str | None = None, limit: float = 60.0) -> Any:
    kind, got = outcome(error_type, fn, *args, limit=limit)
    assert kind == "invalid", f"accepted a hostile payload: {got!r}"[:500]
    if path is not None:
        assert got.path == path, f"expected path {path!r}, got {str(got)!r}"[:500]
    if prefix is not None:
        assert got.path.startswith(prefix), f"expected a path under {prefix!r}, got {str(got)!r}"[:500]
    return got


def ok_or_invalid(error_type: type, fn: Callable[..., Any], *args: Any, path: str, expect: Any,
                  check: Callable[[Any], Any] = lambda obj: obj.to_dict()) -> None:
    """Accepted with `check(result) == expect` (bool/int/float kept apart), or invalid exactly at `path`."""
    kind, got = outcome(error_type, fn, *args)
    if kind == "invalid":
        assert got.path == path, f"expected path {path!r}, got {str(got)!r}"[:500]
    else:
        back = check(got)
        assert same(back, expect), f"accepted but changed: {back!r}"[:500]


def same(a: Any, b: Any) -> bool:
    """JSON equality keeping bool, int, float apart; builtin containers compare with their subclasses' values."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, float) != isinstance(b, float):
        return False
    return a == b


def deep(n: int, wrap: Callable[[Any], Any], leaf: Any) -> Any:
    """`wrap` applied n times to `leaf`, iteratively."""
    x = leaf
    for _ in range(n):
        x = wrap(x)
    return x


def router(**changes: Any) -> dict[str, Any]:
    x = copy.deepcopy(ROUTER)
    x.update(changes)
    return x


def router_choice(i: int, **changes: Any) -> dict[str, Any]:
    x = copy.deepcopy(ROUTER)
    x["choices"][i].update(changes)
    return x


def router_message(**changes: Any) -> dict[str, Any]:
    x = copy.deepcopy(ROUTER)
    x["choices"][0]["message"].update(changes)
    return x


def xfail_bug(reason: str) -> Any:
    return pytest.mark.xfail(strict=True, reason=reason)


def fixed(reason: str) -> Any:
    """A bug these tests found and the runtime has since mended: the case runs as a plain test."""
    return pytest.mark.mended


# bugs found by these tests: `fixed` ones are mended, `xfail_bug` ones are still open
BUG_SHORT_HUGE = fixed(
    "bug: _runtime._short() formats the offending value with json.dumps, then repr(); both raise ValueError for "
    "an int over 4,300 digits, so enum/const/tag errors escape as ValueError instead of ValidationError")
BUG_SHORT_DEEP = fixed(
    "bug: _runtime._short() catches only TypeError/ValueError; json.dumps/repr of a deeply nested value raise "
    "RecursionError, which escapes from enum/const/tag checks that are not inside a try")
BUG_EXPONENTIAL = fixed(
    "bug: exponential time on deep recursive data: when the nesting gets too deep, every enclosing level "
    "decodes its child again to find the error path (d_list's retry loop, union no_match/error_of), so "
    "the work doubles per level: a few hundred levels never finish")
BUG_NAN_ANY = xfail_bug(
    "bug (decision): a non-finite float in an any-typed value is accepted; to_json then writes null (orjson) or "
    "NaN (json), so the value does not round-trip; number fields reject it")
BUG_KEY_SEGMENT = fixed(
    "bug: a non-string key reaches _runtime.key_segment() (AttributeError: no isidentifier) or sorted() with "
    "str keys (TypeError) instead of giving a ValidationError")


# =====================================================================================================
# orq_api: RouterImageGenerationsResponseBody
# =====================================================================================================

VE = OrqValidationError


def test_router_fixture_is_valid() -> None:
    assert same(RouterBody.from_dict(copy.deepcopy(ROUTER)).to_dict(), ROUTER)


NOT_OBJECTS = [None, [], [ROUTER], "{}", "", 0, 1.5, True, False, b"{}", bytearray(b"{}"), memoryview(b"{}"),
               tuple(ROUTER.items()), {"id"}, frozenset(), object(), float("nan")]


@pytest.mark.parametrize("root", NOT_OBJECTS, ids=lambda v: type(v).__name__)
def test_root_not_an_object(root: Any) -> None:
    invalid(VE, RouterBody.from_dict, root, path="$")


@pytest.mark.parametrize("text", ["[]", "null", "1", '"x"', "true", "1e999", '[{"id": "x"}]', "", " ", "{",
                                  '{"id": "x"} {}', "{'id': 1}"])
def test_from_json_root_not_an_object_or_not_json(text: str) -> None:
    invalid(VE, RouterBody.from_json, text, path="$")
    invalid(VE, RouterBody.from_json, text.encode("utf-8"), path="$")


@pytest.mark.parametrize("data", [None, 5, 1.5, [], ["{}"], {"a": 1}, object()], ids=lambda v: type(v).__name__)
def test_from_json_of_something_that_is_not_text(data: Any) -> None:
    invalid(VE, RouterBody.from_json, data, path="$")


@pytest.mark.parametrize("wrap", [memoryview, type("JsonText", (str,), {})], ids=["memoryview", "str_subclass"])
def test_from_json_of_text_like_inputs(wrap: Callable[[Any], Any]) -> None:
    text = json.dumps(ROUTER)
    data = wrap(text.encode("utf-8") if wrap is memoryview else text)
    ok_or_invalid(VE, RouterBody.from_json, data, path="$", expect=ROUTER)


# -- NaN and Infinity ---------------------------------------------------------------------------------

NON_FINITE = [float("nan"), float("inf"), float("-inf")]


@pytest.mark.parametrize("value", NON_FINITE, ids=repr)
def test_non_finite_floats_in_number_fields(value: float) -> None:
    invalid(VE, RouterBody.from_dict, router(created=value), path="$.created")
    invalid(VE, RouterBody.from_dict, router_choice(1, index=value), path="$.choices[1].index")


@pytest.mark.parametrize("token", ["NaN", "Infinity", "-Infinity"])
def test_non_finite_tokens_in_json_text(token: str) -> None:
    text = json.dumps(router(created=0)).replace('"created": 0', f'"created": {token}')
    assert token in text
    invalid(VE, RouterBody.from_json, text, path="$")
    extra = json.dumps(ROUTER)[:-1] + f', "unknown": [{token}]}}'
    invalid(VE, RouterBody.from_json, extra, path="$")


@BUG_NAN_ANY
@pytest.mark.parametrize("value", NON_FINITE, ids=repr)
def test_non_finite_floats_in_kept_unknown_keys(value: float) -> None:
    invalid(VE, RouterBody.from_dict, router(unknown={"x": [value]}), prefix="$")


# -- huge integers ------------------------------------------------------------------------------------


def test_huge_integers_in_number_fields_are_numbers() -> None:
    x = router(created=HUGE)
    x["choices"][0]["index"] = -HUGE
    obj = RouterBody.from_dict(copy.deepcopy(x))
    assert obj.created == HUGE and obj.choices[0].index == -HUGE
    assert same(obj.to_dict(), x)


def test_huge_integer_where_a_string_is_due() -> None:
    invalid(VE, RouterBody.from_dict, router(id=HUGE), path="$.id")


@BUG_SHORT_HUGE
def test_huge_integer_where_an_enum_is_due() -> None:
    # role is an enum in every member of the message union: every member rejects it at .role
    invalid(VE, RouterBody.from_dict, router_message(role=HUGE), prefix="$.choices[0].message")


def test_five_thousand_digit_integer_in_json_text() -> None:
    digits = "9" * 5000
    text = json.dumps(router(created=0)).replace('"created": 0', f'"created": {digits}')
    kind, got = outcome(VE, RouterBody.from_json, text)
    if kind == "invalid":
        assert got.path == "$"
    else:
        assert got.created == 10**5000 - 1


# -- wrong Python types -------------------------------------------------------------------------------


class Str(str):
    pass


class Int(int):
    pass


class Float(float):
    pass


class Dict(dict):  # type: ignore[type-arg]
    pass


class List(list):  # type: ignore[type-arg]
    pass


@pytest.mark.parametrize("value", [b"img", bytearray(b"img"), memoryview(b"img")], ids=lambda v: type(v).__name__)
def test_bytes_where_text_is_due(value: Any) -> None:
    invalid(VE, RouterBody.from_dict, router(id=value), path="$.id")
    invalid(VE, RouterBody.from_dict, router(model=value), path="$.model")
    invalid(VE, RouterBody.from_dict, router_choice(0, finish_reason=value), path="$.choices[0].finish_reason")
    invalid(VE, RouterBody.from_dict, router_message(role=value), prefix="$.choices[0].message")
    invalid(VE, RouterBody.from_dict, router_message(url=value), prefix="$.choices[0].message")


@pytest.mark.parametrize("value", [True, False])
def test_bool_is_not_a_number(value: bool) -> None:
    invalid(VE, RouterBody.from_dict, router(created=value), path="$.created")
    invalid(VE, RouterBody.from_dict, router_choice(2, index=value), path="$.choices[2].index")


def test_subclasses_of_str_int_float() -> None:
    ok_or_invalid(VE, RouterBody.from_dict, router(id=Str("img_1")), path="$.id", expect=router(id="img_1"))
    ok_or_invalid(VE, RouterBody.from_dict, router(created=Int(5)), path="$.created", expect=router(created=5))
    ok_or_invalid(VE, RouterBody.from_dict, router(created=Float(5.5)), path="$.created",
                  expect=router(created=5.5))
    ok_or_invalid(VE, RouterBody.from_dict, router_message(role=Str("assistant")), path="$.choices[0].message.role",
                  expect=router_message(role="assistant"))


def test_dict_subclasses() -> None:
    ok_or_invalid(VE, RouterBody.from_dict, Dict(copy.deepcopy(ROUTER)), path="$", expect=ROUTER)
    x = copy.deepcopy(ROUTER)
    x["choices"][0] = Dict(x["choices"][0])
    ok_or_invalid(VE, RouterBody.from_dict, x, path="$.choices[0]", expect=ROUTER)
    x = copy.deepcopy(ROUTER)
    x["choices"][0]["message"] = Dict(x["choices"][0]["message"])
    kind, got = outcome(VE, RouterBody.from_dict, x)
    if kind == "invalid":
        assert got.path.startswith("$.choices[0].message")
    else:
        assert same(got.to_dict(), ROUTER)


def test_tuples_and_list_subclasses_for_lists() -> None:
    ok_or_invalid(VE, RouterBody.from_dict, router(choices=tuple(ROUTER["choices"])), path="$.choices",
                  expect=ROUTER)
    ok_or_invalid(VE, RouterBody.from_dict, router(choices=List(ROUTER["choices"])), path="$.choices",
                  expect=ROUTER)
    x = copy.deepcopy(ROUTER)
    x["choices"][2]["message"]["tool_calls"] = tuple(x["choices"][2]["message"]["tool_calls"])
    kind, got = outcome(VE, RouterBody.from_dict, x)
    if kind == "invalid":
        assert got.path.startswith("$.choices[2].message")
    else:
        assert same(got.to_dict(), ROUTER)


@pytest.mark.parametrize("key", [1, None, b"id", ("id",), 1.5, True], ids=repr)
def test_keys_that_are_not_strings(key: Any) -> None:
    x = router()
    x[key] = "surplus"
    kind, got = outcome(VE, RouterBody.from_dict, x)
    if kind == "ok":
        assert same(got.to_dict(), x)


# -- 50 MB ---------------------------------------------------------------------------------------------

FIFTY_MB = 50 * 1024 * 1024


def _big_choice(i: int) -> dict[str, Any]:
    return {"index": i, "finish_reason": f"{i:08d}" + "r" * 170}


def test_fifty_megabyte_array_from_dict() -> None:
    element = _big_choice(0)
    n = FIFTY_MB // len(json.dumps(element, separators=(",", ":")))
    x = router(choices=[element] * n)  # one small object, n references: 50 MB as JSON text
    obj = RouterBody.from_dict(x)
    assert len(obj.choices) == n
    assert obj.choices[-1].index == 0 and obj.choices[-1].finish_reason == element["finish_reason"]
    assert obj.choices[0] is not obj.choices[-1]
    del obj
    x["choices"] = x["choices"] + [{"index": "last"}]
    invalid(VE, RouterBody.from_dict, x, path=f"$.choices[{n}].index")


def test_fifty_megabyte_array_from_json() -> None:
    head = json.dumps(router(choices=[]), separators=(",", ":"), ensure_ascii=False)
    assert head.count("[]") == 1
    size = len(json.dumps(_big_choice(0), separators=(",", ":")))
    n = FIFTY_MB // (size + 1)
    body = ",".join(json.dumps(_big_choice(i), separators=(",", ":")) for i in range(n))
    text = head.replace("[]", "[" + body + "]")
    del body
    assert len(text) >= FIFTY_MB * 0.99
    obj = RouterBody.from_json(text)
    assert len(obj.choices) == n and obj.choices[n - 1].index == n - 1
    out = obj.to_json()
    del obj
    back = json.loads(out)
    del out
    assert len(back["choices"]) == n
    assert all(same(c, _big_choice(i)) for i, c in enumerate(back["choices"]))
    back["choices"] = []
    assert same(back, router(choices=[]))
    del back
    cut = text.rindex('"index":')  # the last element's index becomes a string
    bad = (text[:cut] + '"index":"x","_":' + text[cut + len('"index":'):]).encode("utf-8")
    del text
    invalid(VE, RouterBody.from_json, bad, path=f"$.choices[{n - 1}].index")


# =====================================================================================================
# constructs.yaml: recursion, enums, consts, discriminators, free-form and closed objects
# =====================================================================================================


# -- nesting 100,000 levels deep -------------------------------------------------------------------------

DEEP_DICTS = {
    "Node.children": ("Node", lambda x: {"value": 1, "children": [x]}, {"value": 0}),
    "Node.parent": ("Node", lambda x: {"value": 1, "parent": x}, {"value": 0}),
    "Tree.forest": ("Tree", lambda x: {"label": "t", "forest": {"trees": [x]}}, {"label": "leaf"}),
}
SLOW_DEEP = {"Node.children", "Tree.forest"}  # lists of a recursive model


def _deep_cases() -> list[Any]:
    return [pytest.param(k, marks=BUG_EXPONENTIAL) if k in SLOW_DEEP else k for k in DEEP_DICTS]


@pytest.mark.parametrize("case", _deep_cases())
def test_deep_dict_100000_levels(cx: Constructs, case: str) -> None:
    model, wrap, leaf = DEEP_DICTS[case]
    data = deep(DEEP, wrap, leaf)
    invalid(cx.ValidationError, getattr(cx.c, model).from_dict, data, prefix="$", limit=TIME_LIMIT)


@pytest.mark.parametrize("case", list(DEEP_DICTS))
def test_deep_json_text_100000_levels(cx: Constructs, case: str) -> None:
    model, wrap, leaf = DEEP_DICTS[case]
    # json.dumps recurses too: the text is `pre * DEEP + leaf + post * DEEP`, with one level's pre and post
    pre, post = json.dumps(wrap("\x00")).split('"\\u0000"')
    text = pre * DEEP + json.dumps(leaf) + post * DEEP
    invalid(cx.ValidationError, getattr(cx.c, model).from_json, text, path="$", limit=TIME_LIMIT)


@pytest.mark.parametrize("case", _deep_cases())
def test_recursive_json_text_json_loads_accepts(cx: Constructs, case: str) -> None:
    """A few hundred levels: `json.loads` reads it, the decoder must answer (decoded, or too deep) in time."""
    model, wrap, leaf = DEEP_DICTS[case]
    pre, post = json.dumps(wrap("\x00")).split('"\\u0000"')
    levels = 760 // (pre.count("[") + pre.count("{"))  # below json's own nesting limit (the recursion limit)
    text = pre * levels + json.dumps(leaf) + post * levels
    json.loads(text)  # the precondition: this is not rejected as too deep by the JSON parser
    kind, got = outcome(cx.ValidationError, getattr(cx.c, model).from_json, text, limit=TIME_LIMIT)
    if kind == "ok":
        assert json.loads(got.to_json()) == json.loads(text)


@BUG_EXPONENTIAL
@pytest.mark.parametrize("shape", ["list", "dict"])
def test_deep_recursive_union_json_value(cx: Constructs, shape: str) -> None:
    data = deep(DEEP, (lambda x: [x]) if shape == "list" else (lambda x: {"k": x}), "leaf")
    invalid(cx.ValidationError, cx.c.decode_json_value, data, prefix="$", limit=TIME_LIMIT)


def test_deep_any_typed_value_is_kept(cx: Constructs) -> None:
    """A free-form property holds any JSON value: deep data there is accepted as it is (not decoded)."""
    data = {"meta": deep(DEEP, lambda x: {"a": x}, {}), "anything": deep(DEEP, lambda x: [x], 0)}
    kind, got = outcome(cx.ValidationError, cx.c.FreeForm.from_dict, data, limit=TIME_LIMIT)
    if kind == "ok":  # compared level by level (== would recurse)
        for key, step in (("meta", lambda x: x["a"]), ("anything", lambda x: x[0])):
            a, b = getattr(got, key), data[key]
            for _ in range(DEEP):
                assert type(a) is type(b) and len(a) == len(b) == 1
                a, b = step(a), step(b)
            assert same(a, b)


@pytest.mark.parametrize("where", [
    pytest.param("color", marks=BUG_SHORT_DEEP),  # a string enum (inline check)
    "level",  # an integer enum (decoder function, inside try)
    pytest.param("fixed", marks=BUG_SHORT_DEEP),  # a string const
])
def test_deep_value_where_an_enum_is_due(cx: Constructs, where: str) -> None:
    x = {"color": "red", "level": 1, "fixed": "fixed-value", "answer": 42, where: deep(DEEP, lambda x: [x], "red")}
    invalid(cx.ValidationError, cx.c.Literals.from_dict, x, path=f"$.{where}", limit=TIME_LIMIT)


@BUG_SHORT_DEEP
def test_deep_value_as_discriminator_tag(cx: Constructs) -> None:
    tag = deep(DEEP, lambda x: [x], "kitty")
    invalid(cx.ValidationError, cx.c.decode_pet_explicit, {"petType": tag}, path="$.petType", limit=TIME_LIMIT)


# -- NaN and Infinity ------------------------------------------------------------------------------------


@pytest.mark.parametrize("value", NON_FINITE, ids=repr)
def test_constructs_non_finite_in_typed_fields(cx: Constructs, value: float) -> None:
    E, c = cx.ValidationError, cx.c
    invalid(E, c.Account.from_dict, {"id": "a", "createdAt": "2024-06-01T12:00:00Z", "plan": "p", "ratio": value},
            path="$.ratio")
    invalid(E, c.Base.from_dict, {"id": value}, path="$.id")  # integer
    invalid(E, c.Literals.from_dict, {"color": "red", "level": value, "fixed": "fixed-value", "answer": 42},
            path="$.level")
    invalid(E, c.Literals.from_dict, {"color": "red", "level": 1, "fixed": "fixed-value", "answer": value},
            path="$.answer")
    invalid(E, c.Zoo.from_dict, {"animals": [], "stringOrNumber": value}, path="$.stringOrNumber")
    invalid(E, c.Zoo.from_dict, {"animals": [], "numbersOrWords": [1, value]}, prefix="$.numbersOrWords")
    invalid(E, c.TypedExtras.from_dict, {"a": "x", "n": value}, path="$.n")
    invalid(E, c.decode_json_value, {"a": [1, {"b": value}]}, prefix="$")


@BUG_NAN_ANY
@pytest.mark.parametrize("where", ["anything", "meta", "noType", "extra"])
def test_constructs_non_finite_in_any_typed_values(cx: Constructs, where: str) -> None:
    x: dict[str, Any] = {"meta": {}, "anything": 0}
    x[where] = {"v": float("nan")} if where == "meta" else float("nan")
    invalid(cx.ValidationError, cx.c.FreeForm.from_dict, x, prefix="$")


# -- huge integers ---------------------------------------------------------------------------------------


def test_constructs_huge_integers_accepted(cx: Constructs) -> None:
    c = cx.c
    x = {"id": HUGE, "name": "n"}
    assert same(c.Base.from_dict(dict(x)).to_dict(), x)
    x = {"animals": [], "stringOrNumber": -HUGE, "numbersOrWords": [HUGE, True]}
    assert same(c.Zoo.from_dict(copy.deepcopy(x)).to_dict(), x)
    assert c.decode_scalarish(HUGE) == HUGE
    x = {"meta": {"n": HUGE}, "anything": HUGE}
    assert same(c.FreeForm.from_dict(copy.deepcopy(x)).to_dict(), x)


def test_constructs_huge_integer_where_text_is_due(cx: Constructs) -> None:
    invalid(cx.ValidationError, cx.c.Pet.from_dict, {"name": HUGE}, path="$.name")


@pytest.mark.parametrize("where", [
    pytest.param("color", marks=BUG_SHORT_HUGE),  # string enum
    pytest.param("level", marks=BUG_SHORT_HUGE),  # integer enum 1, 2, 3
    pytest.param("answer", marks=BUG_SHORT_HUGE),  # const 42
    pytest.param("fixed", marks=BUG_SHORT_HUGE),  # string const
])
def test_constructs_huge_integer_where_an_enum_is_due(cx: Constructs, where: str) -> None:
    x = {"color": "red", "level": 1, "fixed": "fixed-value", "answer": 42, where: HUGE}
    invalid(cx.ValidationError, cx.c.Literals.from_dict, x, path=f"$.{where}")


@pytest.mark.parametrize("decoder", [
    pytest.param(("decode_pet_explicit", "petType"), marks=BUG_SHORT_HUGE),
    pytest.param(("decode_shape", "kind"), marks=BUG_SHORT_HUGE),
], ids=lambda d: d[0])
def test_constructs_huge_integer_as_discriminator_tag(cx: Constructs, decoder: tuple[str, str]) -> None:
    name, tag = decoder
    invalid(cx.ValidationError, getattr(cx.c, name), {tag: HUGE}, path=f"$.{tag}")


def test_constructs_five_thousand_digit_integer_in_json_text(cx: Constructs) -> None:
    kind, got = outcome(cx.ValidationError, cx.c.Base.from_json, '{"id": %s}' % ("7" * 5000))
    if kind == "invalid":
        assert got.path == "$"
    else:
        assert got.id == (10**5000 - 1) // 9 * 7  # 777...7, 5000 digits


# -- wrong Python types ------------------------------------------------------------------------------------


def test_constructs_wrong_python_types(cx: Constructs) -> None:
    E, c = cx.ValidationError, cx.c
    for value in (b"rex", bytearray(b"rex"), memoryview(b"rex")):
        invalid(E, c.Pet.from_dict, {"name": value}, path="$.name")
        invalid(E, c.Account.from_dict, {"id": "a", "createdAt": value, "plan": "p"}, path="$.createdAt")
        invalid(E, c.Account.from_dict, {"id": "a", "createdAt": "2024-06-01T12:00:00Z", "plan": "p",
                                         "birthday": value}, path="$.birthday")
        invalid(E, c.Literals.from_dict, {"color": value, "level": 1, "fixed": "fixed-value", "answer": 42},
                path="$.color")
        invalid(E, c.decode_pet_explicit, {"petType": value}, path="$.petType")
        invalid(E, c.FreeForm.from_dict, {"meta": {}, "anything": 1, "strMap": {"k": value}}, path="$.strMap.k")
    for value in (True, False):
        invalid(E, c.Base.from_dict, {"id": value}, path="$.id")
        invalid(E, c.Literals.from_dict, {"color": "red", "level": value, "fixed": "fixed-value", "answer": 42},
                path="$.level")
        invalid(E, c.Literals.from_dict, {"color": "red", "level": 1, "fixed": "fixed-value", "answer": value},
                path="$.answer")
    ok_or_invalid(E, c.Base.from_dict, {"id": Int(3)}, path="$.id", expect={"id": 3})
    ok_or_invalid(E, c.Pet.from_dict, {"name": Str("rex")}, path="$.name", expect={"name": "rex"})
    ok_or_invalid(E, c.Literals.from_dict, {"color": Str("red"), "level": 1, "fixed": "fixed-value", "answer": 42},
                  path="$.color", expect={"color": "red", "level": 1, "fixed": "fixed-value", "answer": 42})
    ok_or_invalid(E, c.Pet.from_dict, Dict(name="rex"), path="$", expect={"name": "rex"})
    ok_or_invalid(E, c.Node.from_dict, {"value": 1, "children": ({"value": 2},)}, path="$.children",
                  expect={"value": 1, "children": [{"value": 2}]})
    ok_or_invalid(E, c.decode_pet_explicit, Dict(petType="kitty"), path="$",
                  expect={"petType": "kitty"}, check=c.encode_pet_explicit)


@pytest.mark.parametrize("case", [
    ("Pet", {"name": "x", 1: 2}),
    ("OpenObject", {"a": "x", None: 1}),
    pytest.param(("Closed", {"a": "x", None: 1, "b": 2}), marks=BUG_KEY_SEGMENT),
    pytest.param(("Closed", {(1,): 1}), marks=BUG_KEY_SEGMENT),
    ("TypedExtras", {1: 5}),
    pytest.param(("TypedExtras", {1: "not an int"}), marks=BUG_KEY_SEGMENT),
    pytest.param(("TypedExtras", {b"k": "not an int"}), marks=BUG_KEY_SEGMENT),
    ("PetExtras", {2.5: {"name": "x"}}),
    pytest.param(("PetExtras", {2.5: {"name": 1}}), marks=BUG_KEY_SEGMENT),
    ("FreeForm", {"meta": {}, "anything": 1, "strMap": {1: "x"}}),
    pytest.param(("FreeForm", {"meta": {}, "anything": 1, "strMap": {1: 2}}), marks=BUG_KEY_SEGMENT),
], ids=lambda c: f"{c[0]}-{list(c[1])!r}")
def test_constructs_keys_that_are_not_strings(cx: Constructs, case: tuple[str, dict[Any, Any]]) -> None:
    model, x = case
    kind, got = outcome(cx.ValidationError, getattr(cx.c, model).from_dict, dict(x))
    if kind == "ok":
        assert same(got.to_dict(), x)


def test_constructs_fifty_megabyte_array(cx: Constructs) -> None:
    """Forest.trees: 50 MB of small Tree objects, from a dict (shared element) and from JSON text."""
    Forest = cx.c.Forest
    label = "x" * 190
    element = {"label": label}
    n = FIFTY_MB // len(json.dumps(element, separators=(",", ":")))
    obj = Forest.from_dict({"trees": [element] * n})
    assert len(obj.trees) == n and obj.trees[-1].label == label
    del obj
    text = '{"trees":[' + ",".join(['{"label":"%s"}' % label] * n) + "]}"
    assert len(text) >= FIFTY_MB * 0.99
    obj = Forest.from_json(text)
    assert len(obj.trees) == n
    assert obj.to_json() == text
    del obj
    invalid(cx.ValidationError, Forest.from_json, text[:-2] + ',{"label":1}]}', path=f"$.trees[{n}].label")


# -- surrogates -----------------------------------------------------------------------------------------------


def test_lone_surrogates_in_json_text(cx: Constructs) -> None:
    E, c = cx.ValidationError, cx.c
    for escaped, value in [("\\ud800", "\ud800"), ("\\udfff", "\udfff"), ("x\\udc00y", "x\udc00y"),
                           ("\\ud83d\\ude00", "\U0001F600"), ("\\ude00\\ud83d", "\ude00\ud83d")]:
        text = '{"name": "%s", "%s": 1}' % (escaped, escaped + "k")
        obj = c.Pet.from_json(text)
        assert obj.name == value and obj.additional_properties == {value + "k": 1}
        assert obj.to_dict() == {"name": value, value + "k": 1}
        again = c.Pet.from_json(obj.to_json())
        assert again.to_dict() == obj.to_dict()
        assert c.Pet.from_json(text.encode("utf-8")).to_dict() == obj.to_dict()
    e = invalid(E, c.TypedExtras.from_json, '{"\\udc00": "not an int"}')
    assert e.path == '$["\udc00"]'
    e = invalid(E, c.Literals.from_json, '{"color": "\\ud800", "level": 1, "fixed": "fixed-value", "answer": 42}')
    assert e.path == "$.color"
    kind, got = outcome(E, c.Pet.from_json, b'{"name": "\xed\xa0\x80"}')  # CESU-8 bytes of U+D800
    assert got.path == "$" if kind == "invalid" else got.name == "\ud800"
    invalid(E, c.Pet.from_json, b'{"name": "\xff"}', path="$")  # not UTF-8 at all
