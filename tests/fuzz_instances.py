"""Instances for the schema-level differential fuzzer (test_schema_fuzz.py): mostly-valid values of an oracle
schema (fuzz_schemas.oracle_schema), hand-picked plain values, and one-location mutations.

Validity is the oracle's call, never assumed here: the values only have to land on both sides of the line often.
"""

from __future__ import annotations

import copy
import random
from typing import Any

# put in at any location, and alone at the top
PLAIN = (None, 1, 1.0, 2.5, "x", "dog", True, {}, [])
STRINGS = ("x", "dog", "a", "t0", "t1", "", "2024-06-01T12:34:56Z", "2024-06-01")
DATE_TIMES = ("2024-06-01T12:34:56Z", "2024-06-01T12:34:56.25+02:00", "2024-06-01", "not a date")
DATES = ("2024-06-01", "2024-13-01", "2024-06-01T12:34:56Z")
NUMBERS = {"integer": (0, 1, 2, -1, 3.0, 1.5), "number": (1.5, 2, 1.0, 2.5, 0, -0.5)}
EXTRA_KEYS = ("zz", "x1")  # x1 matches the grammar's patternProperties "^x"
MAX_DEPTH = 7


def _twin(v: Any) -> Any:
    """The same JSON number in the other Python type (1 <-> 1.0), else v."""
    if type(v) is int:
        return float(v)
    if type(v) is float and v.is_integer():
        return int(v)
    return v


class Instances:
    """Values of `doc` (a JSON Schema with `$defs`); at each location a plain value `plain_percent`% of the time."""

    def __init__(self, rng: random.Random, doc: dict[str, Any], plain_percent: int = 5) -> None:
        self.rng, self.defs, self.plain_percent = rng, doc["$defs"], plain_percent

    def pick(self, xs: Any) -> Any:
        return self.rng.choice(list(xs))

    def chance(self, percent: int) -> bool:
        return self.rng.randrange(100) < percent

    def value(self, s: Any, depth: int = 0) -> Any:
        if not isinstance(s, dict) or depth > MAX_DEPTH or self.chance(self.plain_percent):
            return copy.deepcopy(self.pick(PLAIN))
        if "$ref" in s:
            return self.value(self.defs[s["$ref"].rsplit("/", 1)[1]], depth + 1)
        if "allOf" in s:
            return self.all_of([self.value(p, depth + 1) for p in s["allOf"]] + self.own(s, depth))
        if "anyOf" in s:
            return self.all_of([self.value(self.pick(s["anyOf"]), depth + 1)] + self.own(s, depth))
        if "const" in s:
            return self.numeric(s["const"])
        if "enum" in s:
            return self.numeric(self.pick(s["enum"]))
        types = s.get("type", [])
        t = self.pick(types) if isinstance(types, list) and types else types or None
        if t == "object":
            return self.object(s, depth)
        if t == "array":
            return self.array(s, depth)
        if t == "string":
            return self.pick({"date-time": DATE_TIMES, "date": DATES}.get(s.get("format"), STRINGS))
        if t in NUMBERS:
            return self.pick(NUMBERS[t])
        if t == "boolean":
            return self.pick([True, False])
        if t == "null":
            return None
        return copy.deepcopy(self.pick(PLAIN))

    def own(self, s: dict[str, Any], depth: int) -> list[Any]:
        """An object value for the keywords beside allOf/anyOf (properties), if any."""
        return [self.object(s, depth)] if "properties" in s else []

    def all_of(self, values: list[Any]) -> Any:
        """Values of all parts: merged if they are objects (a random part wins a shared key), else one of them."""
        if all(type(v) is dict for v in values):
            merged: dict[str, Any] = {}
            for v in values:
                for k, x in v.items():
                    if k not in merged or self.chance(50):
                        merged[k] = x
            return merged
        return self.pick(values)

    def numeric(self, v: Any) -> Any:
        return _twin(v) if self.chance(15) else v

    def object(self, s: dict[str, Any], depth: int) -> dict[str, Any]:
        required = set(s.get("required", ()))
        out = {k: self.value(sub, depth + 1) for k, sub in s.get("properties", {}).items()
               if (self.chance(95) if k in required else self.chance(50))}
        for k in required - set(out):
            if self.chance(90):
                out[k] = copy.deepcopy(self.pick(PLAIN))
        if self.chance(20):
            k = self.pick(EXTRA_KEYS)
            extra = s.get("patternProperties", {}).get("^x") if k.startswith("x") else None
            extra = extra or s.get("additionalProperties")
            out[k] = self.value(extra, depth + 1) if isinstance(extra, dict) else copy.deepcopy(self.pick(PLAIN))
        return out

    def array(self, s: dict[str, Any], depth: int) -> list[Any]:
        out = [self.value(sub, depth + 1) for sub in s.get("prefixItems", ())]
        items = s.get("items", {})
        return out + [self.value(items, depth + 1) for _ in range(self.rng.randint(0, 2))]


def locations(x: Any, loc: tuple = ()) -> list[tuple]:
    """Every location in `x` (the root included)."""
    out = [loc]
    if type(x) is dict:
        for k, v in x.items():
            out += locations(v, loc + (k,))
    elif type(x) is list:
        for i, v in enumerate(x):
            out += locations(v, loc + (i,))
    return out


def mutated(rng: random.Random, x: Any) -> Any:
    """`x` with one location replaced by a plain value, a number by its twin, or a key deleted."""
    loc = rng.choice(locations(x))
    y = copy.deepcopy(x)
    if not loc:
        return copy.deepcopy(rng.choice(PLAIN))
    parent = y
    for k in loc[:-1]:
        parent = parent[k]
    how = rng.choice(["plain", "plain", "twin", "delete"])
    if how == "delete" and type(parent) is dict:
        del parent[loc[-1]]
    elif how == "twin":
        parent[loc[-1]] = _twin(parent[loc[-1]])
    else:
        parent[loc[-1]] = copy.deepcopy(rng.choice(PLAIN))
    return y
