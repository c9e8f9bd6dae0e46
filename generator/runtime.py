"""Run-time support for the generated models: UNSET, ValidationError, decode helpers.

Copied verbatim into each generated package as `_runtime.py`. Standard library only.
Licence: MIT No Attribution (SPDX-License-Identifier: MIT-0), as for all specsmith generates: use, change and
ship it on any terms, with no notice to keep.
"""

from __future__ import annotations

import enum
import importlib
import json
import re
import reprlib
from collections.abc import Callable
from datetime import date, datetime
from typing import Any, Final, SupportsIndex, TypeVar

T = TypeVar("T")


class Unset(enum.Enum):
    """The type of UNSET: an optional property that was absent (not null).

    A one-member enum: type checkers narrow `x is not UNSET` like `x is not None`.
    """

    UNSET = "UNSET"

    def __repr__(self) -> str:
        return "UNSET"

    def __bool__(self) -> bool:
        return False


UNSET: Final = Unset.UNSET


class ValidationError(ValueError):
    """Invalid input; `path` is the JSON path of the offending value, e.g. `$.a[0]`."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self._segments: list[str] = []  # innermost first

    def at(self, segment: str) -> ValidationError:
        self._segments.append(segment)
        return self

    @property
    def depth(self) -> int:
        """How many segments deep in the data the offending value is."""
        return len(self._segments)

    @property
    def path(self) -> str:
        return "$" + "".join(reversed(self._segments))

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


_JSON_TYPES: dict[type, str] = {type(None): "null"}  # a value's type as messages say it
_JSON_TYPES.update((t, t.__name__) for t in (str, int, float, bool, list, dict))


def key_segment(key: Any) -> str:
    if type(key) is not str:  # only a dict built in Python has one: JSON keys are str
        return f"[{_short(key)}]"
    if key.isascii() and key.isidentifier():  # the same on every Python
        return "." + key
    return "[" + json.dumps(key, ensure_ascii=False) + "]"


def _not_a_name(key: Any) -> ValidationError:
    error = ValidationError(f"property names must be strings, got {_short(key)}")
    return error.at(key_segment(key))


def check_keys(extras: dict[Any, Any]) -> None:
    """Keys beyond the properties must be strings, as in JSON."""
    for k in extras:
        if type(k) is not str:
            raise _not_a_name(k)


def type_error(expected: str, value: Any) -> ValidationError:
    got = _JSON_TYPES.get(value.__class__, value.__class__.__name__)
    return ValidationError(f"expected {expected}, got {got}")


_MISSING = "required property is missing"


def missing(key: Any) -> ValidationError:
    return ValidationError(_MISSING).at(key_segment(str(key)))


def missing_key_set(
    data: dict[str, Any], key_sets: tuple[tuple[str, ...], ...]
) -> ValidationError:
    """None of the key sets an object needs one of (anyOf/oneOf of `required` lists)
    is complete: the path names the first missing key of the first set."""
    shown = " | ".join(", ".join(keys) for keys in key_sets)
    first = next(k for k in key_sets[0] if k not in data)
    error = ValidationError(f"{_MISSING} (needs all keys of one set: {shown})")
    return error.at(key_segment(first))


def too_deep() -> ValidationError:
    """Recursive data nested deeper than Python's recursion limit allows to decode."""
    return ValidationError("nesting is too deep to decode")


def not_allowed(keys: Any) -> ValidationError:
    """The first unknown key (strings first, by text) of a closed object."""
    key = min(keys, key=lambda k: (type(k) is not str, str(k)))
    return ValidationError("property is not allowed here").at(key_segment(key))


def enum_error(value: Any, allowed: Any) -> ValidationError:
    shown = ", ".join(sorted(json.dumps(v) for v in allowed))
    return ValidationError(f"expected one of {shown}, got {_short(value)}")


def no_match(errors: list[ValidationError]) -> ValidationError:
    """No union member accepted the value: report the member error that got deepest.

    At equal depth a wrong value beats a missing key: it comes from the member the
    data was meant for. When none got past the value itself, list the first four.
    """
    best = max(errors, key=lambda e: (e.depth, e.reason != _MISSING))
    if best.depth:
        return best
    reasons = "; ".join(f"{e.path}: {e.reason}" for e in errors[:4])
    return ValidationError(f"no union member matched ({reasons})")


def error_of(decode: Callable[[Any], Any], value: Any) -> ValidationError:
    """The error a union member gives for a value it rejected (error path only)."""
    try:
        decode(value)
    except ValidationError as e:
        return e
    return ValidationError("union member accepted the value on a second try")


_REPR = reprlib.Repr()  # bounded; an object whose repr() fails: <Type instance at 0x..>


def _short(value: Any) -> str:
    """The offending value for a message: its JSON, else its repr, cut to 60 chars."""
    try:
        text = json.dumps(value)
    except (TypeError, ValueError, RecursionError):  # not JSON, an int too long, deep
        try:
            text = _REPR.repr(value)
        except ValueError:  # an int over the int -> str digit limit, in a container
            text = f"<{type(value).__name__}>"
    return text if len(text) <= 60 else text[:57] + "..."


def d_str(v: Any) -> str:
    if type(v) is str:
        return v
    raise type_error("str", v)


def d_int(v: Any, segment: str = "") -> int:
    """JSON Schema's integer: an int, or a float with no fractional part (3.0 -> 3)."""
    if type(v) is int:
        return v
    if type(v) is float and v.is_integer():
        return int(v)
    error = type_error("int", v)
    raise error.at(segment) if segment else error


def d_float(v: Any) -> float:
    if type(v) is float:
        if v - v == 0.0:  # false for inf and nan
            return v
        raise not_finite(v)
    if type(v) is int:
        return v
    raise type_error("float", v)


def not_finite(v: float) -> ValidationError:
    return ValidationError(f"expected a finite number, got {v}")


def d_bool(v: Any) -> bool:
    if type(v) is bool:
        return v
    raise type_error("bool", v)


def d_none(v: Any) -> None:
    if v is not None:
        raise type_error("null", v)


def d_any(v: Any) -> Any:
    return v


def unsatisfiable(reason: str) -> ValidationError:
    """A value where the schema admits none (empty allOf intersection, false schema)."""
    return ValidationError(f"no value satisfies this schema ({reason})")


def never(reason: str) -> Callable[[Any], Any]:
    """The decoder of a schema no value satisfies."""

    def decode(v: Any) -> Any:
        raise unsatisfiable(reason)

    return decode


# What `format: date-time` / `date` accept (the generator checks enum values with
# d_datetime / d_date too)
_DATE_TIME = re.compile(
    r"(\d{4}-\d{2}-\d{2})[Tt](\d{2}:\d{2}:\d{2})(?:\.(\d+))?([Zz]|[+-]\d{2}:\d{2})\Z"
)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_RFC3339 = "expected RFC 3339, e.g. 2024-06-01T12:00:00Z"


class PreciseDatetime(datetime):
    """A date-time decoded from text finer than microseconds; `isoformat()` gives that
    text back. A value computed from it (`+`, `replace`, ...) has no text."""

    __slots__ = ("text",)
    text: str

    def isoformat(self, sep: str = "T", timespec: str = "auto") -> str:
        text: str | None = getattr(self, "text", None)
        if text is not None and sep == "T" and timespec == "auto":
            return text
        return super().isoformat(sep, timespec)

    def __reduce_ex__(self, protocol: SupportsIndex) -> Any:
        """copy and pickle keep the text (datetime's own state leaves it out)."""
        text = getattr(self, "text", None)
        if text is None:
            return super().__reduce_ex__(protocol)
        return _precise, (datetime.combine(self.date(), self.timetz()), text)


def d_datetime(v: Any) -> datetime:
    """An RFC 3339 date-time (offset required) as an aware datetime."""
    if type(v) is not str:
        raise type_error("date-time string", v)
    m = _DATE_TIME.match(v)
    if m is None:
        raise ValidationError(f"invalid date-time {_short(v)}: {_RFC3339}")
    day, time, fraction, offset = m.groups()
    micro = "." + (fraction + "00000")[:6] if fraction else ""
    zone = "+00:00" if offset in ("Z", "z") else offset
    try:
        value = datetime.fromisoformat(f"{day}T{time}{micro}{zone}")
    except ValueError:
        raise ValidationError(f"invalid date-time {_short(v)}") from None
    if fraction and len(fraction) > 6:  # keep what datetime cannot hold
        return _precise(value, v)
    return value


def _precise(value: datetime, text: str) -> PreciseDatetime:
    precise = PreciseDatetime.combine(value.date(), value.timetz())
    precise.text = text
    return precise


def d_date(v: Any) -> date:
    if type(v) is not str:
        raise type_error("date string", v)
    if _DATE.match(v) is None:
        raise ValidationError(f"invalid date {_short(v)}: expected YYYY-MM-DD")
    try:
        return date.fromisoformat(v)
    except ValueError:
        raise ValidationError(f"invalid date {_short(v)}") from None


def d_list(v: Any, item: Callable[[Any], T]) -> list[T]:
    # .__class__, not type(): type checkers keep `v` Any (not list[Unknown]); and it is faster
    if v.__class__ is not list:
        raise type_error("list", v)
    out: list[T] = []
    append = out.append
    try:
        for x in v:
            append(item(x))
    except RecursionError:
        raise too_deep().at(f"[{len(out)}]") from None
    except ValidationError as e:
        e.at(f"[{len(out)}]")  # no second pass over the items before it
        raise
    return out


def d_map(v: Any, item: Callable[[Any], T]) -> dict[str, T]:
    if v.__class__ is not dict:
        raise type_error("dict", v)
    out: dict[str, T] = {}
    for k, x in v.items():
        if type(k) is not str:
            raise _not_a_name(k)
        try:
            out[k] = item(x)
        except ValidationError as e:
            e.at(key_segment(k))
            raise
        except RecursionError:
            raise too_deep().at(key_segment(k)) from None
    return out


def nullable(item: Callable[[Any], T]) -> Callable[[Any], T | None]:
    return lambda v: None if v is None else item(v)


def list_of(item: Callable[[Any], T]) -> Callable[[Any], list[T]]:
    return lambda v: d_list(v, item)


def map_of(item: Callable[[Any], T]) -> Callable[[Any], dict[str, T]]:
    return lambda v: d_map(v, item)


def encode(v: Any) -> Any:
    """Any model value back to JSON-ready builtins (used for union members)."""
    t = v.__class__
    if t is str or t is int or t is float or t is bool or v is None:
        return v
    if t is list:
        return [encode(x) for x in v]
    if t is dict:
        return {k: encode(x) for k, x in v.items()}
    if isinstance(v, (datetime, date)):
        return v.isoformat()
    return v.to_dict()


# orjson, when installed, writes JSON faster (the same text but for float spelling:
# 1e-7 vs 1e-07). Reading stays with the json module: orjson reads integers over
# 64 bits as floats, which would change values.
try:
    _orjson: Any = importlib.import_module("orjson")  # no import statement: no stubs
except ImportError:
    _orjson = None


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def loads(data: str | bytes | bytearray) -> Any:
    """JSON text to Python values; NaN and Infinity are not JSON and are rejected."""
    try:
        return json.loads(data, parse_constant=_no_constant)
    except (ValueError, TypeError) as e:
        raise ValidationError(f"invalid JSON: {e}") from None
    except RecursionError:
        raise ValidationError("invalid JSON: nesting is too deep") from None


def dumps(value: Any) -> str:
    if _orjson is not None:
        try:
            return str(_orjson.dumps(value), "utf-8")
        except TypeError:
            pass  # integers over 64 bits
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


# typing.Self is Python 3.11+; the output runs on 3.10
B = TypeVar("B", bound="Base")


class Base:
    """Every generated model class: `from_dict`/`to_dict` (generated), the JSON pair."""

    __slots__ = ()

    @classmethod
    def from_dict(cls: type[B], data: Any) -> B:  # noqa: PYI019
        raise NotImplementedError

    def to_dict(self) -> dict[str, Any]:
        raise NotImplementedError

    @classmethod
    def from_json(cls: type[B], data: str | bytes | bytearray) -> B:  # noqa: PYI019
        return cls.from_dict(loads(data))

    def to_json(self) -> str:
        return dumps(self.to_dict())
