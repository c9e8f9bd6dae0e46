#!/usr/bin/env python3
"""Benchmark: generated ``orq_api`` models vs hand-written dataclasses vs pydantic v2.

Model under test: the 200 response body of RouterImageGenerations
(POST /v2/router/images/generations), payloads with 1, 8 and 1000 choices (bench/payloads.py).

Steps:
1. Correctness, fatal on any failure: for every implementation and payload,
   encode(decode(payload)) must equal the payload *including value types* (an int must stay an
   int), the same for the JSON path, and the input must not be mutated.  Then a set of
   semantic probes (missing required keys, strict types, nullability, enum, anyOf order,
   unknown keys) must be accepted or rejected the same way by every implementation.
2. Timing: decode (dict -> objects), encode (objects -> dict), from_json (str -> objects),
   to_json (objects -> str).  Rounds are interleaved: each round times every implementation
   once per (payload, operation), in a rotating order, with a loop count calibrated to about
   --target-ms per measurement.  The table reports the median over the rounds.

Usage (from the repository root):
    python bench/run.py            # full run, 15 rounds (~1 min)
    python bench/run.py --quick    # 5 rounds, shorter loops (~15 s)
    python bench/run.py --check-only
If the generated package is not importable yet, hand-written vs pydantic is still benchmarked
(use --require-generated to make that an error).
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import functools
import gc
import json
import math
import platform
import statistics
import sys
import time
import timeit
import traceback
from pathlib import Path
from typing import Any, Callable

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
GENERATED_DIR = REPO_ROOT / "generated"
MARKER = Path("orq_api", "models", "operations", "__init__.py")

sys.path.insert(0, str(BENCH_DIR))

import handwritten  # noqa: E402
import payloads  # noqa: E402

OPS = ("decode", "encode", "from_json", "to_json")


# --- implementations ------------------------------------------------------------------------


@dataclasses.dataclass
class Impl:
    name: str
    cls: type
    decode: Callable[[Any], Any]
    encode: Callable[[Any], Any]
    from_json: Callable[[Any], Any] | None
    to_json: Callable[[Any], str] | None

    def op(self, name: str) -> Callable[[Any], Any] | None:
        return getattr(self, name)


def dataclass_impl(name: str, cls: type) -> Impl:
    return Impl(
        name=name,
        cls=cls,
        decode=cls.from_dict,
        encode=cls.to_dict,
        from_json=getattr(cls, "from_json", None),
        to_json=getattr(cls, "to_json", None),
    )


def pydantic_impl() -> Impl:
    import pydantic_models as pm

    cls = pm.RouterImageGenerationsResponseBody
    return Impl(
        name="pydantic",
        cls=cls,
        decode=cls.model_validate,
        encode=functools.partial(cls.model_dump, exclude_unset=True),
        from_json=cls.model_validate_json,
        to_json=functools.partial(cls.model_dump_json, exclude_unset=True),
    )


def load_generated(generated_dir: Path) -> tuple[Impl | None, str]:
    if not (generated_dir / MARKER).exists():
        return None, f"generated package not found ({generated_dir / MARKER} missing)"
    sys.path.insert(0, str(generated_dir))
    try:
        from orq_api.models.operations import RouterImageGenerationsResponseBody
    except (
        Exception
    ):  # the package may be half-written while the generator is being developed
        tb = traceback.format_exc(limit=3).rstrip().replace("\n", "\n    ")
        return None, f"generated package is not importable:\n    {tb}"
    module = sys.modules[RouterImageGenerationsResponseBody.__module__]
    return (
        dataclass_impl("generated", RouterImageGenerationsResponseBody),
        f"generated: {RouterImageGenerationsResponseBody.__qualname__} from {module.__file__}",
    )


# --- correctness --------------------------------------------------------------------------------


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


def check_roundtrip(impl: Impl, name: str, payload: dict[str, Any]) -> list[str]:
    errors = []
    pristine = copy.deepcopy(payload)
    try:
        out = impl.encode(impl.decode(payload))
    except Exception as exc:
        return [
            f"{impl.name} / {name}: decode+encode raised {exc.__class__.__name__}: {exc}"
        ]
    if out is payload:
        errors.append(f"{impl.name} / {name}: encode returned the input dict itself")
    if d := strict_diff(payload, pristine):
        errors.append(f"{impl.name} / {name}: decode mutated its input: {d}")
    if d := strict_diff(out, payload):
        errors.append(f"{impl.name} / {name}: encode(decode(p)) != p: {d}")
    if impl.from_json and impl.to_json:
        text = json.dumps(payload)
        for arg in (text, text.encode()):
            try:
                out_text = impl.to_json(impl.from_json(arg))
            except Exception as exc:
                errors.append(
                    f"{impl.name} / {name}: from_json({type(arg).__name__})+to_json raised {exc!r}"
                )
                continue
            if not isinstance(out_text, str):
                errors.append(
                    f"{impl.name} / {name}: to_json returned {type(out_text).__name__}, not str"
                )
            elif d := strict_diff(json.loads(out_text), payload):
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


def _declared_fields(cls: type) -> set[str]:
    if hasattr(cls, "model_fields"):
        return set(cls.model_fields)
    return {f.name for f in dataclasses.fields(cls)}


def message_shape(obj: Any) -> int | None:
    fields = _declared_fields(type(obj.choices[0].message))
    for shape, key in ((1, "content"), (2, "url"), (3, "tool_calls")):
        if key in fields:
            return shape
    return None


def check_probes(impl: Impl) -> list[str]:
    errors = []
    for desc, data, expected in PROBES:
        want_shape = expected[1] if isinstance(expected, tuple) else None
        accept = expected != "reject"
        try:
            obj = impl.decode(copy.deepcopy(data))
        except Exception as exc:
            if accept:
                errors.append(
                    f"{impl.name}: probe {desc!r}: rejected ({exc.__class__.__name__}: {exc})"
                )
            elif not isinstance(exc, ValueError):
                errors.append(
                    f"{impl.name}: probe {desc!r}: rejected with {exc.__class__.__name__}, not a ValueError"
                )
            continue
        if not accept:
            errors.append(f"{impl.name}: probe {desc!r}: accepted, should be rejected")
            continue
        if d := strict_diff(impl.encode(obj), data):
            errors.append(f"{impl.name}: probe {desc!r}: round trip differs: {d}")
        if want_shape is not None and (got := message_shape(obj)) != want_shape:
            errors.append(
                f"{impl.name}: probe {desc!r}: decoded as message shape {got}, expected {want_shape}"
            )
    return errors


# --- timing ---------------------------------------------------------------------------------------


def make_timer(fn: Callable[[Any], Any], arg: Any, keep_gc: bool) -> timeit.Timer:
    setup = "gc.enable()" if keep_gc else "pass"
    return timeit.Timer("f(x)", setup=setup, globals={"f": fn, "x": arg, "gc": gc})


def calibrate(timer: timeit.Timer, target_s: float) -> int:
    """Loop count so that one measurement takes about target_s."""
    n = 1
    while True:
        t = timer.timeit(n)
        if t >= target_s / 10:
            return max(1, math.ceil(n * target_s / t))
        n = n * 10 if t < target_s / 1000 else n * 2


def fmt_time(seconds: float) -> str:
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.2f} ms"
    if seconds >= 1e-6:
        return f"{seconds * 1e6:.2f} µs"
    return f"{seconds * 1e9:.0f} ns"


def paired_ratio(num: list[float] | None, den: list[float] | None) -> str:
    """Median of the per-round ratios num[r] / den[r].

    Both were timed back to back in the same round, so this cancels slow drifts of the machine
    better than the ratio of the two medians."""
    if not num or not den:
        return "-"
    return f"{statistics.median(a / b for a, b in zip(num, den)):.2f}x"


def rel_iqr(samples: list[float]) -> float:
    if len(samples) < 4:
        return (max(samples) - min(samples)) / statistics.median(samples)
    q1, _, q3 = statistics.quantiles(samples, n=4)
    return (q3 - q1) / statistics.median(samples)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--quick",
        action="store_true",
        help="5 rounds of ~20 ms loops (default: 15 rounds of ~50 ms)",
    )
    ap.add_argument("--rounds", type=int, help="number of interleaved rounds")
    ap.add_argument("--target-ms", type=float, help="duration of one timed loop")
    ap.add_argument(
        "--gc",
        action="store_true",
        help="keep the garbage collector on while timing (timeit turns it off)",
    )
    ap.add_argument(
        "--require-generated",
        action="store_true",
        help="fail if the generated package cannot be imported",
    )
    ap.add_argument(
        "--check-only", action="store_true", help="run the correctness checks and stop"
    )
    ap.add_argument(
        "--generated-dir",
        type=Path,
        default=GENERATED_DIR,
        help="directory holding the generated orq_api package (default: %(default)s)",
    )
    args = ap.parse_args(argv)
    rounds = args.rounds or (5 if args.quick else 15)
    target_s = (args.target_ms or (20.0 if args.quick else 50.0)) / 1e3
    started = time.perf_counter()

    import pydantic

    generated, note = load_generated(args.generated_dir.resolve())
    impls = [
        dataclass_impl("handwritten", handwritten.RouterImageGenerationsResponseBody)
    ]
    if generated:
        impls.append(generated)
    impls.append(pydantic_impl())

    print(
        f"Python {platform.python_version()} ({platform.python_implementation()}), pydantic {pydantic.VERSION}, {platform.machine()}"
    )
    print(f"{'NOTE: ' if not generated else ''}{note}")
    if not generated:
        print("      -> benchmarking hand-written vs pydantic only")
        if args.require_generated:
            return 2

    data = payloads.build_payloads()
    for name, p in data.items():
        print(f"payload {name:>12}: {payloads.describe(p)}")

    # 1. correctness -------------------------------------------------------------------------
    errors: list[str] = []
    for impl in impls:
        for name, p in data.items():
            errors += check_roundtrip(impl, name, p)
        errors += check_probes(impl)
    if errors:
        print(
            f"\nFAILED: {len(errors)} correctness error(s), not benchmarking:",
            file=sys.stderr,
        )
        for e in errors:
            print("  - " + e, file=sys.stderr)
        return 1
    print(
        f"correctness: round trips exact (types included) and {len(PROBES)} semantic probes agree for: "
        + ", ".join(i.name for i in impls)
    )
    # not fatal: the same JSON text means to_json does the same amount of work everywhere
    same, reordered = [], []
    for name, p in data.items():
        texts = {i.name: i.to_json(i.decode(p)) for i in impls if i.to_json}
        if len(set(texts.values())) == 1:
            same.append(name)
            continue
        canon = {json.dumps(json.loads(t), sort_keys=True) for t in texts.values()}
        if len(canon) == 1 and len({len(t) for t in texts.values()}) == 1:
            reordered.append(name)
        else:
            sizes = ", ".join(f"{k} {len(v):,} chars" for k, v in texts.items())
            print(f"note: to_json texts differ for {name}: {sizes}")
    if same:
        print(
            f"to_json: identical text from every implementation for {', '.join(same)}"
        )
    if reordered:
        print(
            f"to_json: same text up to key order for {', '.join(reordered)}"
            " (key order is not part of the contract)"
        )
    if args.check_only:
        return 0

    # 2. timing -----------------------------------------------------------------------------
    jobs = []  # (payload, op, impl, timer, loops)
    for pname, p in data.items():
        text = json.dumps(p)
        for op in OPS:
            for impl in impls:
                fn = impl.op(op)
                if fn is None:
                    continue
                arg = (
                    p
                    if op == "decode"
                    else text if op == "from_json" else impl.decode(p)
                )
                timer = make_timer(fn, arg, args.gc)
                jobs.append((pname, op, impl.name, timer, calibrate(timer, target_s)))
    samples: dict[tuple[str, str, str], list[float]] = {
        (j[0], j[1], j[2]): [] for j in jobs
    }

    est = rounds * len(jobs) * target_s
    print(
        f"timing: {rounds} interleaved rounds x {len(jobs)} measurements of ~{target_s * 1e3:.0f} ms "
        f"(~{est:.0f} s), gc {'on' if args.gc else 'off'} while timing",
        flush=True,
    )
    groups: dict[tuple[str, str], list] = (
        {}
    )  # (payload, op) -> one job per implementation
    for job in jobs:
        groups.setdefault((job[0], job[1]), []).append(job)
    for r in range(rounds):
        for group in groups.values():
            shift = r % len(group)
            for pname, op, iname, timer, loops in group[shift:] + group[:shift]:
                samples[(pname, op, iname)].append(timer.timeit(loops) / loops)
        if sys.stderr.isatty():
            print(
                f"  round {r + 1}/{rounds} done", end="\r", file=sys.stderr, flush=True
            )
    if sys.stderr.isatty():
        print(" " * 30, end="\r", file=sys.stderr)

    # 3. report -----------------------------------------------------------------------------
    names = [i.name for i in impls]
    med = {key: statistics.median(v) for key, v in samples.items()}
    have_gen = "generated" in names
    ratio_cols = (
        [("gen/hand", "generated", "handwritten"), ("pyd/gen", "pydantic", "generated")]
        if have_gen
        else [("pyd/hand", "pydantic", "handwritten")]
    )
    header = ["payload", "op", *names, *(c[0] for c in ratio_cols), "noise"]
    rows = []
    for pname in data:
        for op in OPS:
            cells = [pname, op]
            for n in names:
                v = med.get((pname, op, n))
                cells.append(fmt_time(v) if v is not None else "-")
            for _, num, den in ratio_cols:
                cells.append(
                    paired_ratio(
                        samples.get((pname, op, num)), samples.get((pname, op, den))
                    )
                )
            noise = max(
                rel_iqr(samples[(pname, op, n)])
                for n in names
                if (pname, op, n) in samples
            )
            cells.append(f"{noise * 100:.1f}%")
            rows.append(cells)
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]

    def line(cells: list[str]) -> str:
        return "  ".join(
            c.ljust(w) if i < 2 else c.rjust(w)
            for i, (c, w) in enumerate(zip(cells, widths))
        )

    print()
    print(f"median time per call over {rounds} rounds (lower is better)")
    print(line(header))
    print(line(["-" * w for w in widths]))
    prev = None
    for cells in rows:
        if prev is not None and cells[0] != prev:
            print()
        print(line(cells))
        prev = cells[0]
    print()
    print(
        "decode = from_dict(dict) / model_validate; encode = to_dict() / model_dump(exclude_unset=True);"
    )
    print(
        "from_json(str) / model_validate_json; to_json() / model_dump_json(exclude_unset=True)."
    )
    print(
        "a/b = median over rounds of time(a) / time(b), both timed back to back in the same round;"
    )
    print(
        "      > 1 means a is slower.  noise = largest interquartile range / median of the row's timings."
    )
    print(f"total run time {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
