"""Correctness checks run before any timing: exact round trips and semantic probes.

Every implementation is an ``impls.Impl``.  A library that cannot express some semantics lists
the probes it fails in its ``PROBE_EXCEPTIONS`` (probe description -> reason); those are reported
in a table instead of failing the run.  One that drops unknown keys (``KEEPS_UNKNOWN = False``) is
compared with the payload minus its unknown keys.
"""

from __future__ import annotations

import copy
import dataclasses
import json
from typing import Any

import handwritten


def strict_diff(got: Any, want: Any, path: str = "$") -> str | None:
    """First difference between two JSON-like values, comparing types too (1 != 1.0 != True)."""
    if type(got) is not type(want):
        return f"{path}: type {type(got).__name__} != expected {type(want).__name__} ({got!r} vs {want!r})"
    if isinstance(want, dict):
        if got.keys() != want.keys():
            extra, missing = sorted(got.keys() - want.keys()), sorted(
                want.keys() - got.keys()
            )
            return f"{path}: keys differ, unexpected {extra}, missing {missing}"
        for k in want:
            d = strict_diff(got[k], want[k], f"{path}.{k}")
            if d:
                return d
        return None
    if isinstance(want, list):
        if len(got) != len(want):
            return f"{path}: length {len(got)} != expected {len(want)}"
        for i, (g, w) in enumerate(zip(got, want)):
            d = strict_diff(g, w, f"{path}[{i}]")
            if d:
                return d
        return None
    return None if got == want else f"{path}: {got!r} != expected {want!r}"



def without_unknown(payload: Any) -> Any:
    """The payload minus the keys the RouterImageGenerations schema does not declare."""
    obj = handwritten.RouterImageGenerationsResponseBody.from_dict(payload)
    todo = [obj]
    while todo:  # clear additional_properties on every object of the graph
        o = todo.pop()
        o.additional_properties = {}
        for f in dataclasses.fields(o):
            v = getattr(o, f.name)
            todo += [x for x in (v if isinstance(v, list) else [v]) if dataclasses.is_dataclass(x)]
    return obj.to_dict()


def _json_value(out: Any) -> Any:
    return json.loads(out)  # str or UTF-8 bytes


def check_roundtrip(impl: Any, name: str, payload: dict[str, Any]) -> list[str]:
    errors = []
    pristine = copy.deepcopy(payload)
    want = payload if impl.keeps_unknown else without_unknown(payload)
    try:
        out = impl.encode(impl.decode(payload))
    except Exception as exc:
        return [f"{impl.name} / {name}: decode+encode raised {exc.__class__.__name__}: {exc}"]
    if out is payload:
        errors.append(f"{impl.name} / {name}: encode returned the input dict itself")
    if d := strict_diff(payload, pristine):
        errors.append(f"{impl.name} / {name}: decode mutated its input: {d}")
    if d := strict_diff(out, want):
        errors.append(f"{impl.name} / {name}: encode(decode(p)) != p: {d}")
    text = json.dumps(payload)
    for arg in (text, text.encode()):
        try:
            out_text = impl.to_json(impl.from_json(arg))
        except Exception as exc:
            errors.append(f"{impl.name} / {name}: from_json({type(arg).__name__})+to_json raised {exc!r}")
            continue
        if not isinstance(out_text, (str, bytes)):
            errors.append(f"{impl.name} / {name}: to_json returned {type(out_text).__name__}")
        elif d := strict_diff(_json_value(out_text), want):
            errors.append(f"{impl.name} / {name}: to_json(from_json(s)) != s: {d}")
    return errors


def _body(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": "imggen_1",
        "created": 1717171717,
        "choices": [
            {
                "finish_reason": "stop",
                "index": 0,
                "message": {"role": "assistant", "content": "hi"},
            }
        ],
        "model": "openai/dall-e-3",
        "object": "image.generation",
    }
    for k, v in overrides.items():
        if v is _DROP:
            del body[k]
        else:
            body[k] = v
    return body


def _msg(message: Any) -> dict[str, Any]:
    return _body(choices=[{"index": 0, "message": message}])


def _tc(**call: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "type": "function",
        "function": {"name": "f", "arguments": "{}"},
    }
    base.update(call)
    return _msg(
        {
            "role": "assistant",
            "tool_calls": [{k: v for k, v in base.items() if v is not _DROP}],
        }
    )


_DROP = object()

# (description, input, expected): expected is "reject", "accept", or ("accept", message shape 1/2/3)
PROBES: list[tuple[str, Any, Any]] = [
    (
        "minimal choice (no finish_reason, no message)",
        _body(choices=[{"index": 0}]),
        "accept",
    ),
    ("empty choices", _body(choices=[]), "accept"),
    (
        "finish_reason null kept",
        _body(choices=[{"index": 0, "finish_reason": None}]),
        "accept",
    ),
    ("created float stays float", _body(created=1.5), "accept"),
    ("index float stays float", _body(choices=[{"index": 2.0}]), "accept"),
    ("content null", _msg({"role": "user", "content": None}), ("accept", 1)),
    ("shape 2 (url)", _msg({"role": "tool", "url": "https://x/y.png"}), ("accept", 2)),
    ("shape 3, optional id/index absent", _tc(), ("accept", 3)),
    ("shape 3, id and index present", _tc(id="call_1", index=0), ("accept", 3)),
    (
        "shape 3, empty tool_calls",
        _msg({"role": "assistant", "tool_calls": []}),
        ("accept", 3),
    ),
    (
        "anyOf: first match wins (content+url -> 1)",
        _msg({"role": "user", "content": "c", "url": "u"}),
        ("accept", 1),
    ),
    (
        "anyOf: falls through (content=5, url ok -> 2)",
        _msg({"role": "user", "content": 5, "url": "u"}),
        ("accept", 2),
    ),
    (
        "unknown keys kept at every level",
        _body(
            usage={"images": 1, "nested": [1, 2.5, None, True]},
            choices=[
                {
                    "index": 0,
                    "logprobs": None,
                    "message": {
                        "role": "assistant",
                        "x": 1,
                        "tool_calls": [
                            {
                                "type": "function",
                                "y": "z",
                                "function": {
                                    "name": "f",
                                    "arguments": "{}",
                                    "w": False,
                                },
                            }
                        ],
                    },
                }
            ],
        ),
        ("accept", 3),
    ),
    ("body not an object", [1, 2], "reject"),
    ("missing id", _body(id=_DROP), "reject"),
    ("missing created", _body(created=_DROP), "reject"),
    ("missing choices", _body(choices=_DROP), "reject"),
    ("missing model", _body(model=_DROP), "reject"),
    ("missing object", _body(object=_DROP), "reject"),
    ("id is int", _body(id=1), "reject"),
    ("id is null", _body(id=None), "reject"),
    ("created is bool", _body(created=True), "reject"),
    ("created is str", _body(created="1717171717"), "reject"),
    ("model is null", _body(model=None), "reject"),
    ("choices is an object", _body(choices={"index": 0}), "reject"),
    ("choice is a string", _body(choices=["stop"]), "reject"),
    ("choice missing index", _body(choices=[{"finish_reason": "stop"}]), "reject"),
    ("index is null", _body(choices=[{"index": None}]), "reject"),
    ("index is bool", _body(choices=[{"index": False}]), "reject"),
    ("index is str", _body(choices=[{"index": "0"}]), "reject"),
    (
        "finish_reason is int",
        _body(choices=[{"index": 0, "finish_reason": 1}]),
        "reject",
    ),
    ("message is null (not nullable)", _msg(None), "reject"),
    ("message is a string", _msg("hi"), "reject"),
    ("message role missing", _msg({"content": "hi"}), "reject"),
    ("message role not in enum", _msg({"role": "robot", "content": "hi"}), "reject"),
    ("message role is int", _msg({"role": 1, "content": "hi"}), "reject"),
    ("message role only", _msg({"role": "user"}), "reject"),
    ("message matches no shape (url=5)", _msg({"role": "user", "url": 5}), "reject"),
    (
        "tool_calls not a list",
        _msg({"role": "user", "tool_calls": {"type": "function"}}),
        "reject",
    ),
    ("tool call type not in enum", _tc(type="other"), "reject"),
    ("tool call missing type", _tc(type=_DROP), "reject"),
    ("tool call missing function", _tc(function=_DROP), "reject"),
    ("tool call id null", _tc(id=None), "reject"),
    ("tool call index str", _tc(index="0"), "reject"),
    ("tool call index bool", _tc(index=True), "reject"),
    (
        "function arguments is an object",
        _tc(function={"name": "f", "arguments": {}}),
        "reject",
    ),
    ("function name missing", _tc(function={"arguments": "{}"}), "reject"),
]



def message_shape(obj: Any) -> int | None:
    cls = type(obj.choices[0].message)
    declared = getattr(cls, "model_fields", None) or {}
    for shape, key in ((1, "content"), (2, "url"), (3, "tool_calls")):
        if key in declared or hasattr(cls, key):
            return shape
    return None


def _probe(impl: Any, data: Any, expected: Any) -> str | None:
    """What went wrong with one probe, or None."""
    want_shape = expected[1] if isinstance(expected, tuple) else None
    accept = expected != "reject"
    try:
        obj = impl.decode(copy.deepcopy(data))
    except Exception as exc:
        if accept:
            return f"rejected ({exc.__class__.__name__}: {exc})"
        if not isinstance(exc, impl.errors):
            return f"rejected with {exc.__class__.__name__}, not {'/'.join(e.__name__ for e in impl.errors)}"
        return None
    if not accept:
        return "accepted, should be rejected"
    want = data if impl.keeps_unknown else without_unknown(data)
    if d := strict_diff(impl.encode(obj), want):
        return f"round trip differs: {d}"
    if want_shape is not None and (got := message_shape(obj)) != want_shape:
        return f"decoded as message shape {got}, expected {want_shape}"
    return None


def check_probes(impl: Any) -> tuple[list[str], list[tuple[str, str, str]]]:
    """(errors, documented exceptions hit as (probe, what happened, reason))."""
    errors, excused = [], []
    for desc, data, expected in PROBES:
        problem = _probe(impl, data, expected)
        reason = impl.exceptions.get(desc)
        if problem and reason:
            excused.append((desc, problem, reason))
        elif problem:
            errors.append(f"{impl.name}: probe {desc!r}: {problem}")
        elif reason:
            errors.append(f"{impl.name}: probe {desc!r} passes: remove it from PROBE_EXCEPTIONS")
    return errors, excused
