"""generator/runtime.py, the module every generated package carries as `_runtime.py`, tested directly.

The module is copied verbatim: it must already be as the formatter leaves it, lint-clean under ruff's default
rules and `mypy --strict`, and hold no helper the templates do not call. Then each helper's behaviour: values,
messages and JSON paths (generated code reaches them too, but only for the cases its specs produce).
"""

from __future__ import annotations

import ast
import copy
import glob
import os
import pickle
import re
import subprocess
import sys
import types
from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest

from conftest import ROOT
from generator import runtime
from generator.config import PYTHONS
from generator.format import format_python, ruff_bin
from generator.ir import PRIMITIVES
from generator.pipeline import generate_files
from generator.render import generated_header
from generator.runtime import UNSET, PreciseDatetime, Unset, ValidationError

MODULE = os.path.join(ROOT, "generator", "runtime.py")
MINI = os.path.join(ROOT, "tests", "specs", "mini.yaml")


def module_text() -> str:
    with open(MODULE, encoding="utf-8", newline="") as fh:
        return fh.read()


def message(decode: Any, *args: Any) -> str:
    """str() of the ValidationError that `decode(*args)` raises: `<JSON path>: <reason>`."""
    with pytest.raises(ValidationError) as info:
        decode(*args)
    return str(info.value)


# -- the module as shipped ---------------------------------------------------------------------------------


@pytest.mark.parametrize("python", PYTHONS)
def test_module_is_as_the_formatter_leaves_it(python: str) -> None:
    """The pipeline formats `_runtime.py` with the models: for every target, it must come out as it went in."""
    text = module_text()
    assert format_python({"_runtime.py": text}, ruff_bin(), python) == {"_runtime.py": text}


def test_generated_runtime_is_the_header_and_the_module_verbatim() -> None:
    files = generate_files(MINI, "pkg").files
    assert files["pkg/_runtime.py"] == generated_header(MINI) + module_text()


def test_module_passes_ruff_default_rules() -> None:
    done = subprocess.run([ruff_bin(), "check", "--isolated", "--no-cache", "--", MODULE], capture_output=True,
                          text=True)
    assert (done.returncode, done.stdout) == (0, "All checks passed!\n"), done.stdout + done.stderr


@pytest.mark.parametrize("python", ["3.10", "3.11"])
def test_module_passes_mypy_strict(python: str, tmp_path: Any) -> None:
    done = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--python-version", python,
                           "--cache-dir", str(tmp_path), MODULE], capture_output=True, text=True, cwd=tmp_path)
    assert (done.returncode, done.stdout) == (0, "Success: no issues found in 1 source file\n"), done.stdout


def test_every_public_helper_is_used() -> None:
    """No dead helper: each public function or class is called by a template, imported by the package, or used
    by the runtime itself."""
    templates = ""
    for path in sorted(glob.glob(os.path.join(ROOT, "templates", "*.jinja"))):
        with open(path, encoding="utf-8") as fh:
            templates += fh.read()
    used = set(re.findall(r"_rt\.(\w+)", templates)) | {f"d_{kind}" for kind in PRIMITIVES}  # _rt.d_{{ kind }}
    used |= {"UNSET", "Unset", "ValidationError"}  # the package's and the model modules' imports
    tree = ast.parse(module_text())
    used |= {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
    public = [n.name for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef)) and n.name[0] != "_"]
    assert [name for name in public if name not in used] == []
    assert not hasattr(runtime, "e_datetime") and not hasattr(runtime, "e_date") and not hasattr(runtime, "fail")


# -- UNSET and ValidationError -----------------------------------------------------------------------------


def test_unset() -> None:
    assert (repr(UNSET), bool(UNSET), list(Unset)) == ("UNSET", False, [UNSET])
    assert UNSET is Unset.UNSET


def test_validation_error_path_is_built_outwards() -> None:
    error = ValidationError("bad")
    assert (error.path, str(error), error.args, error.reason) == ("$", "$: bad", ("bad",), "bad")
    assert error.at("[0]") is error
    error.at(".items").at('["a b"]')
    assert (error.path, str(error)) == ('$["a b"].items[0]', '$["a b"].items[0]: bad')
    assert isinstance(error, ValueError)


@pytest.mark.parametrize("key, segment", [
    ("name", ".name"), ("_x1", "._x1"), ("a b", '["a b"]'), ("1a", '["1a"]'), ("", '[""]'),
    ('"', '["\\""]'), ("é x", '["é x"]'), ("a\nb", '["a\\nb"]'),
    # `.` for ASCII identifiers only: which other names are identifiers depends on the Python's Unicode version
    ("é", '["é"]'), ("\ua7c1", '["\ua7c1"]'), ("a\u200cb", '["a\u200cb"]'),
    # keys only a dict built in Python has
    (1, "[1]"), (1.5, "[1.5]"), (None, "[null]"), ((1, 2), "[[1, 2]]"), (b"x", "[b'x']"),
    (frozenset(), "[frozenset()]"),
])
def test_key_segment(key: Any, segment: str) -> None:
    assert runtime.key_segment(key) == segment


def test_check_keys() -> None:
    assert runtime.check_keys({"a": 1, "b c": 2}) is None
    assert message(runtime.check_keys, {"a": 1, 2: 3}) == "$[2]: property names must be strings, got 2"


@pytest.mark.parametrize("value, got", [
    (None, "null"), (True, "bool"), (1, "int"), (1.5, "float"), ("s", "str"), ([], "list"), ({}, "dict"),
    (b"", "bytes"), ((1,), "tuple"), (UNSET, "Unset"), (date(2024, 6, 1), "date"),
])
def test_type_error_names_json_types(value: Any, got: str) -> None:
    assert str(runtime.type_error("str", value)) == f"$: expected str, got {got}"


def test_missing() -> None:
    assert str(runtime.missing("id")) == "$.id: required property is missing"
    assert str(runtime.missing("a b")) == '$["a b"]: required property is missing'
    assert str(runtime.missing(0)) == '$["0"]: required property is missing'


def test_missing_key_set_names_the_first_missing_key_of_the_first_set() -> None:
    error = runtime.missing_key_set({"a": 1, "c": 2}, (("a", "b"), ("c", "d")))
    assert str(error) == "$.b: required property is missing (needs all keys of one set: a, b | c, d)"


def test_too_deep_and_unsatisfiable() -> None:
    assert str(runtime.too_deep()) == "$: nesting is too deep to decode"
    assert str(runtime.unsatisfiable("false schema")) == "$: no value satisfies this schema (false schema)"
    assert message(runtime.never("empty allOf intersection"), None) == (
        "$: no value satisfies this schema (empty allOf intersection)")


@pytest.mark.parametrize("keys, path", [
    ({"zeta", "alpha"}, "$.alpha"), ([3, "b"], "$.b"), ([10, 9], "$[10]"), (["a b", "b"], '$["a b"]'),
])
def test_not_allowed_names_the_first_key_strings_first(keys: Any, path: str) -> None:
    assert str(runtime.not_allowed(keys)) == f"{path}: property is not allowed here"


def test_enum_error_lists_the_values_sorted_as_json() -> None:
    assert str(runtime.enum_error("x", ("b", "a"))) == '$: expected one of "a", "b", got "x"'
    assert str(runtime.enum_error(3, [10, 2, None])) == "$: expected one of 10, 2, null, got 3"


class BadRepr:
    def __repr__(self) -> str:
        raise RuntimeError("no repr")


def deep_list(depth: int) -> list[Any]:
    root: list[Any] = []
    inner = root
    for _ in range(depth):
        inner.append([])
        inner = inner[0]
    return root


@pytest.mark.parametrize("value, shown", [
    ("x" * 100, '"' + "x" * 56 + "..."),  # cut to 60 characters
    ({1, 2}, "{1, 2}"),  # not JSON: its repr
    (b"x" * 100, "b'xxxxxxxxxxx...xxxxxxxxxxxxx'"),
    (10**5000, "<int>"),  # over the digit limit of int -> str: neither JSON nor repr
    ([10**5000], "<list>"),
    (deep_list(100_000), "[[[[[[[...]]]]]]]"),  # too deep for json.dumps; repr() bounded
], ids=["long", "set", "bytes", "huge-int", "huge-int-in-list", "deep"])
def test_offending_values_are_shown_short(value: Any, shown: str) -> None:
    assert runtime.enum_error(value, ["a"]).reason == f'expected one of "a", got {shown}'


def test_a_value_whose_repr_fails_is_shown_by_its_type() -> None:
    assert re.fullmatch(r'expected one of "a", got <BadRepr instance at 0x[0-9a-f]+>',
                        runtime.enum_error(BadRepr(), ["a"]).reason)


# -- unions ------------------------------------------------------------------------------------------------


def test_no_match_lists_the_first_four_member_errors_when_none_got_inside() -> None:
    errors = [runtime.type_error(t, 1.5) for t in ("str", "bool", "list", "dict", "null")]
    assert str(runtime.no_match(errors)) == ("$: no union member matched ($: expected str, got float; "
                                             "$: expected bool, got float; $: expected list, got float; "
                                             "$: expected dict, got float)")


def test_no_match_reports_the_deepest_error() -> None:
    shallow = runtime.missing("id")
    deep = ValidationError("expected int, got str").at(".n").at(".child")
    assert runtime.no_match([shallow, deep]) is deep


def test_no_match_prefers_a_wrong_value_to_a_missing_key_at_equal_depth() -> None:
    wrong = runtime.type_error("int", "x").at(".b")
    assert runtime.no_match([runtime.missing("a"), wrong]) is wrong
    first = runtime.type_error("int", "x").at(".a")
    assert runtime.no_match([first, runtime.type_error("int", "y").at(".b")]) is first


def test_error_of() -> None:
    error = ValidationError("no")

    def reject(v: Any) -> Any:
        raise error

    assert runtime.error_of(reject, 1) is error
    assert str(runtime.error_of(runtime.d_any, 1)) == "$: union member accepted the value on a second try"


# -- scalars -----------------------------------------------------------------------------------------------


def test_d_str_d_bool_d_none_d_any() -> None:
    assert (runtime.d_str("s"), runtime.d_bool(False), runtime.d_none(None)) == ("s", False, None)
    value = object()
    assert runtime.d_any(value) is value
    assert message(runtime.d_str, 1) == "$: expected str, got int"
    assert message(runtime.d_bool, 1) == "$: expected bool, got int"
    assert message(runtime.d_none, 0) == "$: expected null, got int"


@pytest.mark.parametrize("value, decoded", [(3, 3), (1.0, 1), (-0.0, 0), (2**70, 2**70), (1e20, 10**20)])
def test_d_int_takes_floats_without_fraction(value: Any, decoded: int) -> None:
    result = runtime.d_int(value)
    assert (result, type(result)) == (decoded, int)


@pytest.mark.parametrize("value, got", [(True, "bool"), (1.5, "float"), (float("nan"), "float"),
                                        (float("inf"), "float"), ("1", "str"), (None, "null")])
def test_d_int_rejects(value: Any, got: str) -> None:
    assert message(runtime.d_int, value) == f"$: expected int, got {got}"
    assert message(runtime.d_int, value, "[3]") == f"$[3]: expected int, got {got}"


def test_d_float() -> None:
    assert (runtime.d_float(2.5), runtime.d_float(-0.0)) == (2.5, 0.0)
    assert type(runtime.d_float(1)) is int  # an int stays an int: 1 is written back as 1, not 1.0
    assert message(runtime.d_float, True) == "$: expected float, got bool"
    assert message(runtime.d_float, "1") == "$: expected float, got str"


@pytest.mark.parametrize("value, shown", [(float("inf"), "inf"), (float("-inf"), "-inf"), (float("nan"), "nan")])
def test_d_float_rejects_numbers_json_cannot_hold(value: float, shown: str) -> None:
    assert message(runtime.d_float, value) == f"$: expected a finite number, got {shown}"
    assert str(runtime.not_finite(value)) == f"$: expected a finite number, got {shown}"


# -- date-time and date ------------------------------------------------------------------------------------

UTC = timezone.utc


@pytest.mark.parametrize("text, value", [
    ("2024-06-01T12:00:00Z", datetime(2024, 6, 1, 12, tzinfo=UTC)),
    ("2024-06-01t12:00:00z", datetime(2024, 6, 1, 12, tzinfo=UTC)),
    ("2024-02-29T00:00:00Z", datetime(2024, 2, 29, tzinfo=UTC)),  # a leap day
    ("2024-06-01T12:00:00.5-00:00", datetime(2024, 6, 1, 12, 0, 0, 500_000, tzinfo=UTC)),
    ("2024-06-01T12:00:00.123456-05:00", datetime(2024, 6, 1, 12, 0, 0, 123_456, timezone(timedelta(hours=-5)))),
    ("2024-06-01T12:00:00+23:59", datetime(2024, 6, 1, 12, tzinfo=timezone(timedelta(hours=23, minutes=59)))),
])
def test_d_datetime(text: str, value: datetime) -> None:
    decoded = runtime.d_datetime(text)
    assert (decoded, type(decoded), decoded.utcoffset()) == (value, datetime, value.utcoffset())


@pytest.mark.parametrize("text", [
    "2024-06-01T12:00:00", "2024-06-01 12:00:00Z", "2024-06-01T12:00:00+0530", "2024-06-01T12:00:00Z\n",
    "2024-06-01T12:00:00.Z", "2024-06-01", "", "2024-06-01T12:00Z",
])
def test_d_datetime_rejects_what_is_not_rfc_3339(text: str) -> None:
    shown = text.replace("\n", "\\n")
    assert message(runtime.d_datetime, text) == (
        f'$: invalid date-time "{shown}": expected RFC 3339, e.g. 2024-06-01T12:00:00Z')


@pytest.mark.parametrize("text", [
    "2016-12-31T23:59:60Z",  # a leap second: datetime cannot hold it
    "2023-02-29T00:00:00Z", "2024-13-01T00:00:00Z", "2024-06-01T24:00:00Z", "2024-06-01T12:00:00+24:00",
])
def test_d_datetime_rejects_dates_and_times_that_do_not_exist(text: str) -> None:
    assert message(runtime.d_datetime, text) == f'$: invalid date-time "{text}"'


def test_d_datetime_wants_a_string() -> None:
    assert message(runtime.d_datetime, 1_700_000_000) == "$: expected date-time string, got int"
    assert message(runtime.d_datetime, datetime(2024, 6, 1)) == "$: expected date-time string, got datetime"


PRECISE = "2024-06-01T12:00:00.123456789+05:30"
PLUS_0530 = timezone(timedelta(hours=5, minutes=30))


def test_finer_than_microseconds_keeps_its_text() -> None:
    value = runtime.d_datetime(PRECISE)
    assert type(value) is PreciseDatetime
    assert value == datetime(2024, 6, 1, 12, 0, 0, 123_456, PLUS_0530)
    assert (value.isoformat(), runtime.encode(value)) == (PRECISE, PRECISE)
    assert value.isoformat(" ") == str(value) == "2024-06-01 12:00:00.123456+05:30"
    assert value.isoformat(timespec="seconds") == "2024-06-01T12:00:00+05:30"


def test_a_value_computed_from_a_precise_one_prints_as_a_datetime() -> None:
    value = runtime.d_datetime(PRECISE)
    assert (value + timedelta(days=1)).isoformat() == "2024-06-02T12:00:00.123456+05:30"
    assert value.replace(year=2020).isoformat() == "2020-06-01T12:00:00.123456+05:30"
    assert value.astimezone(UTC).isoformat() == "2024-06-01T06:30:00.123456+00:00"


@pytest.mark.parametrize("clone", [copy.copy, copy.deepcopy, lambda v: pickle.loads(pickle.dumps(v))],
                         ids=["copy", "deepcopy", "pickle"])
def test_copies_of_a_precise_value_keep_its_text(clone: Any) -> None:
    value = clone(runtime.d_datetime(PRECISE))
    assert (type(value), value.isoformat()) == (PreciseDatetime, PRECISE)
    assert value == datetime(2024, 6, 1, 12, 0, 0, 123_456, PLUS_0530)


def test_d_date() -> None:
    assert runtime.d_date("2024-02-29") == date(2024, 2, 29)
    assert message(runtime.d_date, None) == "$: expected date string, got null"


@pytest.mark.parametrize("text", ["2024-6-1", "20240601", "2024-06-01T00:00:00Z", "2024-06-01\n", "", "24-06-01"])
def test_d_date_rejects_what_is_not_yyyy_mm_dd(text: str) -> None:
    shown = text.replace("\n", "\\n")
    assert message(runtime.d_date, text) == f'$: invalid date "{shown}": expected YYYY-MM-DD'


@pytest.mark.parametrize("text", ["2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "0000-01-01"])
def test_d_date_rejects_dates_that_do_not_exist(text: str) -> None:
    assert message(runtime.d_date, text) == f'$: invalid date "{text}"'


# -- containers --------------------------------------------------------------------------------------------


def test_list_of() -> None:
    decoded = runtime.list_of(runtime.d_int)([1.0, 2])
    assert decoded == [1, 2] and [type(x) for x in decoded] == [int, int]
    assert message(runtime.list_of(runtime.list_of(runtime.d_int)), [[1], [2, "x"]]) == (
        "$[1][1]: expected int, got str")
    assert message(runtime.list_of(runtime.d_int), (1, 2)) == "$: expected list, got tuple"


def test_map_of() -> None:
    data = {"a": 1.0, "b c": 2}
    decoded = runtime.map_of(runtime.d_int)(data)
    assert decoded == {"a": 1, "b c": 2} and decoded is not data
    assert message(runtime.map_of(runtime.list_of(runtime.d_int)), {"k": [1, None]}) == (
        "$.k[1]: expected int, got null")
    assert message(runtime.map_of(runtime.d_int), {"a b": "x"}) == '$["a b"]: expected int, got str'
    assert message(runtime.map_of(runtime.d_int), {"a": 1, 2: 2}) == "$[2]: property names must be strings, got 2"
    assert message(runtime.map_of(runtime.d_int), [1]) == "$: expected dict, got list"


def too_deep_at(bad: Any) -> Any:
    """A decoder that runs out of stack on `bad`, as a recursive model on data nested too deep."""

    def decode(v: Any) -> Any:
        if v == bad:
            raise RecursionError
        return v

    return decode


def test_running_out_of_stack_names_the_item() -> None:
    assert message(runtime.d_list, [0, 1], too_deep_at(1)) == "$[1]: nesting is too deep to decode"
    assert message(runtime.d_map, {"a": 0, "b c": 1}, too_deep_at(1)) == '$["b c"]: nesting is too deep to decode'


def test_nullable() -> None:
    decode = runtime.nullable(runtime.d_int)
    assert (decode(None), decode(2.0)) == (None, 2)
    assert message(decode, "x") == "$: expected int, got str"


# -- encoding, JSON and Base -------------------------------------------------------------------------------


class Point(runtime.Base):
    __slots__ = ("x",)

    def __init__(self, x: int) -> None:
        self.x = x

    @classmethod
    def from_dict(cls, data: Any) -> Point:
        return cls(runtime.d_int(data["x"]))

    def to_dict(self) -> dict[str, Any]:
        return {"x": self.x}


def test_encode() -> None:
    items = [1, 2.5, True, None, "s", [Point(1)]]
    value = {"a": items, "d": date(2024, 6, 1), "t": datetime(2024, 6, 1, tzinfo=UTC)}
    encoded = runtime.encode(value)
    assert encoded == {"a": [1, 2.5, True, None, "s", [{"x": 1}]], "d": "2024-06-01", "t": "2024-06-01T00:00:00+00:00"}
    assert encoded["a"] is not items and items[-1] != [{"x": 1}]  # new containers, the input unchanged


def test_loads() -> None:
    assert runtime.loads(b'{"a": [1, 2.5, "\\u00e9"]}') == {"a": [1, 2.5, "é"]}
    assert runtime.loads(bytearray(b"10000000000000000000001")) == 10000000000000000000001


@pytest.mark.parametrize("text, reason", [
    ("NaN", "NaN is not JSON"), ("[-Infinity]", "-Infinity is not JSON"), ("[Infinity]", "Infinity is not JSON"),
    ("", "Expecting value: line 1 column 1 (char 0)"),
    (b"\xff", "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"),
    (5, "the JSON object must be str, bytes or bytearray, not int"),
    ("[" * 100_000, "nesting is too deep"),
], ids=["nan", "-infinity", "infinity", "empty", "not-utf-8", "not-text", "deep"])
def test_loads_rejects(text: Any, reason: str) -> None:
    assert message(runtime.loads, text) == f"$: invalid JSON: {reason}"


def test_dumps_without_orjson(monkeypatch: Any) -> None:
    monkeypatch.setattr(runtime, "_orjson", None)
    assert runtime.dumps({"a": "é", "b": [1, 2.5, None, True]}) == '{"a":"é","b":[1,2.5,null,true]}'


def test_dumps_with_orjson_falls_back_on_big_integers(monkeypatch: Any) -> None:
    def orjson_dumps(value: Any) -> bytes:
        if value == {"n": 2**70}:
            raise TypeError("Integer exceeds 64-bit range")
        return b'{"from":"orjson"}'

    monkeypatch.setattr(runtime, "_orjson", types.SimpleNamespace(dumps=orjson_dumps))
    assert runtime.dumps({"a": 1}) == '{"from":"orjson"}'
    assert runtime.dumps({"n": 2**70}) == '{"n":1180591620717411303424}'


def test_base_gives_the_json_pair() -> None:
    point = Point.from_json('{"x": 2.0}')
    assert (type(point), point.x, type(point.x), point.to_json()) == (Point, 2, int, '{"x":2}')
    assert message(Point.from_json, '{"x": NaN}') == "$: invalid JSON: NaN is not JSON"


def test_base_leaves_the_dict_pair_to_the_models() -> None:
    with pytest.raises(NotImplementedError):
        runtime.Base.from_dict({})
    with pytest.raises(NotImplementedError):
        runtime.Base().to_dict()
    assert not hasattr(runtime.Base(), "__dict__")  # __slots__: a model's own slots are all it has
