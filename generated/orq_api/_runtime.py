"""Run-time support for the generated models: UNSET, ValidationError and the decode helpers.

Generated code; standard library only.
"""

from __future__ import annotations

import enum
import importlib
import json
import re
from datetime import date, datetime
from typing import Any, Callable, Dict, Final, List, NoReturn, Tuple, TypeVar

T = TypeVar("T")


class Unset(enum.Enum):
    """The type of UNSET: an optional property that was absent (not null).

    A one-member enum, so type checkers narrow `x is not UNSET` like `x is not None`.
    """

    UNSET = "UNSET"

    def __repr__(self) -> str:
        return "UNSET"

    def __bool__(self) -> bool:
        return False


UNSET: Final = Unset.UNSET


class ValidationError(ValueError):
    """Invalid input. `path` is the JSON path of the offending value, e.g. `$.choices[0].index`."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self._segments: List[str] = []  # innermost first

    def at(self, segment: str) -> "ValidationError":
        self._segments.append(segment)
        return self

    @property
    def path(self) -> str:
        return "$" + "".join(reversed(self._segments))

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


_JSON_TYPES = {
    str: "str",
    int: "int",
    float: "float",
    bool: "bool",
    list: "list",
    dict: "dict",
    type(None): "null",
}


def key_segment(key: Any) -> str:
    if (
        type(key) is not str
    ):  # only a dict built in Python can have one: JSON keys are strings
        return f"[{_short(key)}]"
    if key.isidentifier():
        return "." + key
    return "[" + json.dumps(key, ensure_ascii=False) + "]"


def check_keys(extras: Dict[Any, Any]) -> None:
    """Keys beyond the properties must be strings, as in JSON."""
    for k in extras:
        if type(k) is not str:
            raise ValidationError(
                f"property names must be strings, got {_short(k)}"
            ).at(key_segment(k))


def type_error(expected: str, value: Any) -> ValidationError:
    got = _JSON_TYPES.get(type(value), type(value).__name__)
    return ValidationError(f"expected {expected}, got {got}")


_MISSING = "required property is missing"


def missing(key: Any) -> ValidationError:
    return ValidationError(_MISSING).at(key_segment(str(key)))


def missing_key_set(
    data: Dict[str, Any], key_sets: Tuple[Tuple[str, ...], ...]
) -> ValidationError:
    """None of the key sets an object needs one of (anyOf/oneOf of `required` lists) is complete."""
    shown = " | ".join(", ".join(keys) for keys in key_sets)
    first = next(k for k in key_sets[0] if k not in data)
    return ValidationError(f"{_MISSING} (needs all keys of one set: {shown})").at(
        key_segment(first)
    )


def too_deep() -> ValidationError:
    """Recursive data nested deeper than Python's recursion limit allows to decode."""
    return ValidationError("nesting is too deep to decode")


def not_allowed(keys: Any) -> ValidationError:
    key = sorted(keys, key=lambda k: (type(k) is not str, str(k)))[0]
    return ValidationError("property is not allowed here").at(key_segment(key))


def enum_error(value: Any, allowed: Any) -> ValidationError:
    shown = ", ".join(sorted(json.dumps(v) for v in allowed))
    return ValidationError(f"expected one of {shown}, got {_short(value)}")


def no_match(errors: List[ValidationError]) -> ValidationError:
    """No union member accepted the value: report the member error that got deepest.

    At equal depth a wrong value beats a missing key: it comes from the member the data was meant for.
    """
    best = max(errors, key=lambda e: (len(e._segments), e.reason != _MISSING))
    reasons = "; ".join(f"{e.path}: {e.reason}" for e in errors[:4])
    if best._segments:
        return best
    return ValidationError(f"no union member matched ({reasons})")


def error_of(decode: Callable[[Any], Any], value: Any) -> ValidationError:
    """The error a union member gives for a value it rejected (error path only)."""
    try:
        decode(value)
    except ValidationError as e:
        return e
    return ValidationError(
        "union member accepted the value on a second try"
    )  # pragma: no cover


def _short(value: Any) -> str:
    try:
        text = json.dumps(value)
    except Exception:  # not JSON, too deep, or an int too long to print
        try:
            text = repr(value)
        except Exception:
            text = f"<{type(value).__name__}>"
    return text if len(text) <= 60 else text[:57] + "..."


def d_str(v: Any) -> str:
    if type(v) is str:
        return v
    raise type_error("str", v)


def d_int(v: Any, segment: str = "") -> int:
    """JSON Schema's integer: an int, or a float with no fractional part (3.0 becomes 3)."""
    if type(v) is int:
        return v
    if type(v) is float and v.is_integer():
        return int(v)
    error = type_error("int", v)
    raise error.at(segment) if segment else error


def d_float(v: Any) -> float:
    if type(v) is float:
        if v - v == 0.0:
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
    """A value where the schema admits none (an empty allOf intersection, a false schema)."""
    return ValidationError(f"no value satisfies this schema ({reason})")


def never(reason: str) -> Callable[[Any], Any]:
    """The decoder of a schema no value satisfies."""

    def decode(v: Any) -> Any:
        raise unsatisfiable(reason)

    return decode


_DATE_TIME = re.compile(
    r"(\d{4}-\d{2}-\d{2})[Tt](\d{2}:\d{2}:\d{2})(?:\.(\d+))?([Zz]|[+-]\d{2}:\d{2})\Z"
)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


class PreciseDatetime(datetime):
    """A date-time decoded from text finer than microseconds; `isoformat()` gives that text back."""

    __slots__ = ("text",)
    text: str

    def isoformat(self, sep: str = "T", timespec: str = "auto") -> str:
        if sep == "T" and timespec == "auto":
            return self.text
        return super().isoformat(sep, timespec)


def d_datetime(v: Any) -> datetime:
    """An RFC 3339 date-time (offset required) as an aware datetime."""
    if type(v) is not str:
        raise type_error("date-time string", v)
    m = _DATE_TIME.match(v)
    if m is None:
        raise ValidationError(
            f"invalid date-time {_short(v)}: expected RFC 3339, e.g. 2024-06-01T12:00:00Z"
        )
    day, time, fraction, offset = m.groups()
    micro = "." + (fraction + "00000")[:6] if fraction else ""
    zone = "+00:00" if offset in ("Z", "z") else offset
    try:
        value = datetime.fromisoformat(f"{day}T{time}{micro}{zone}")
    except ValueError:
        raise ValidationError(f"invalid date-time {_short(v)}") from None
    if fraction and len(fraction) > 6:  # keep what datetime cannot hold
        precise = PreciseDatetime(
            value.year,
            value.month,
            value.day,
            value.hour,
            value.minute,
            value.second,
            value.microsecond,
            value.tzinfo,
        )
        precise.text = v
        return precise
    return value


def d_date(v: Any) -> date:
    if type(v) is not str:
        raise type_error("date string", v)
    if _DATE.match(v) is None:
        raise ValidationError(f"invalid date {_short(v)}: expected YYYY-MM-DD")
    try:
        return date.fromisoformat(v)
    except ValueError:
        raise ValidationError(f"invalid date {_short(v)}") from None


def d_list(v: Any, item: Callable[[Any], T]) -> List[T]:
    if type(v) is not list:
        raise type_error("list", v)
    out: List[T] = []
    append = out.append
    try:
        for x in v:
            append(item(x))
    except RecursionError:
        raise too_deep().at(f"[{len(out)}]") from None
    except ValidationError as e:
        raise e.at(
            f"[{len(out)}]"
        )  # the items before it decoded: no second pass over the data
    return out


def d_map(v: Any, item: Callable[[Any], T]) -> Dict[str, T]:
    if type(v) is not dict:
        raise type_error("dict", v)
    out = {}
    for k, x in v.items():
        if type(k) is not str:
            raise ValidationError(
                f"property names must be strings, got {_short(k)}"
            ).at(key_segment(k))
        try:
            out[k] = item(x)
        except ValidationError as e:
            e.at(key_segment(k))
            raise
        except RecursionError:
            raise too_deep().at(key_segment(k)) from None
    return out


def nullable(item: Callable[[Any], T]) -> Callable[[Any], "T | None"]:
    def decode(v: Any) -> "T | None":
        return None if v is None else item(v)

    return decode


def list_of(item: Callable[[Any], T]) -> Callable[[Any], List[T]]:
    return lambda v: d_list(v, item)


def map_of(item: Callable[[Any], T]) -> Callable[[Any], Dict[str, T]]:
    return lambda v: d_map(v, item)


def e_datetime(v: datetime) -> str:
    return v.isoformat()


def e_date(v: date) -> str:
    return v.isoformat()


def encode(v: Any) -> Any:
    """Any model value back to JSON-ready builtins (used for union members)."""
    t = type(v)
    if t is str or t is int or t is float or t is bool or v is None:
        return v
    if t is list:
        return [encode(x) for x in v]
    if t is dict:
        return {k: encode(x) for k, x in v.items()}
    if isinstance(v, (datetime, date)):
        return v.isoformat()
    return v.to_dict()


def _optional_module(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


# orjson, when installed, writes JSON faster (the same text but for float spelling: 1e-7 vs 1e-07). Reading
# stays with the json module: orjson reads integers over 64 bits as floats, which would change values.
_orjson: Any = _optional_module("orjson")


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def loads(data: "str | bytes | bytearray") -> Any:
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


def fail(error: ValidationError) -> NoReturn:
    raise error


B = TypeVar("B", bound="Base")


class Base:
    """What every generated model class has: `from_dict`/`to_dict` (generated) and the JSON pair."""

    __slots__ = ()

    @classmethod
    def from_dict(cls: type[B], data: Any) -> B:
        raise NotImplementedError

    def to_dict(self) -> Dict[str, Any]:
        raise NotImplementedError

    @classmethod
    def from_json(cls: type[B], data: "str | bytes | bytearray") -> B:
        return cls.from_dict(loads(data))

    def to_json(self) -> str:
        return dumps(self.to_dict())
