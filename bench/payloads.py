"""Deterministic payloads for the RouterImageGenerations 200 response body.

Schema (spec/openapi.yaml, POST /v2/router/images/generations, 200):

    {id: str, created: number, choices: [Choice], model: str, object: str}   all required
    Choice   = {finish_reason?: str|null, index: number, message?: Message}
    Message  = anyOf(
        {role: Role, content: str|null},                       # shape 1
        {role: Role, url: str},                                # shape 2
        {role: Role, tool_calls: [ToolCall]},                  # shape 3
    )
    ToolCall = {id?: str, index?: number, type: "function", function: {name: str, arguments: str}}

The choices mix all three message shapes (content string or null), finish_reason
as a string, null or absent, messages that are absent, optional tool-call keys
that are absent, and a few unknown keys (``logprobs``) that every implementation
must carry through as additional properties.

Every payload is built from a fixed seed, so the same sizes give the same data on every run
and machine (``python bench/payloads.py`` prints a digest of each one).
"""

from __future__ import annotations

import hashlib
import json
import random
from collections import Counter
from typing import Any

SIZES = (1, 8, 1000)

ROLES = (
    "system",
    "assistant",
    "user",
    "exception",
    "tool",
    "prompt",
    "correction",
    "expected_output",
)

_WORDS = (
    "a watercolor painting of a lighthouse at dusk with soft pink clouds "
    "and gulls over a calm sea photorealistic portrait of an astronaut "
    "reading a newspaper in a diner neon lights reflections cinematic "
    "isometric pixel art of a tiny village market in autumn warm tones"
).split()

_FUNCTIONS = (
    "generate_image",
    "upscale_image",
    "edit_image",
    "moderate_content",
    "store_asset",
)


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _role(rng: random.Random) -> str:
    # mostly assistant, like a real response, but exercise the whole enum
    return "assistant" if rng.random() < 0.8 else rng.choice(ROLES)


def _sentence(rng: random.Random, lo: int, hi: int) -> str:
    return (
        " ".join(rng.choice(_WORDS) for _ in range(rng.randint(lo, hi))).capitalize()
        + "."
    )


def _tool_call(rng: random.Random, k: int) -> dict[str, Any]:
    call: dict[str, Any] = {}
    if rng.random() < 0.9:
        call["id"] = "call_" + _hex(rng, 24)
    if rng.random() < 0.7:
        call["index"] = k
    call["type"] = "function"
    args = {
        "prompt": _sentence(rng, 4, 14),
        "size": rng.choice(["256x256", "512x512", "1024x1024", "1792x1024"]),
        "n": rng.randint(1, 4),
        "quality": rng.choice(["standard", "hd"]),
    }
    call["function"] = {
        "name": rng.choice(_FUNCTIONS),
        "arguments": json.dumps(args, separators=(",", ":")),
    }
    return call


def _message(rng: random.Random) -> dict[str, Any] | None:
    r = rng.random()
    if r < 0.35:  # shape 1: content string (80 %) or null
        content = _sentence(rng, 6, 30) if rng.random() < 0.8 else None
        return {"role": _role(rng), "content": content}
    if r < 0.70:  # shape 2: url
        url = (
            f"https://cdn.orq.ai/images/{_hex(rng, 8)}/img_{_hex(rng, 16)}.png"
            f"?sig={_hex(rng, 32)}&exp={1_717_000_000 + rng.randint(0, 86_400)}"
        )
        return {"role": _role(rng), "url": url}
    if r < 0.90:  # shape 3: tool calls
        return {
            "role": _role(rng),
            "tool_calls": [_tool_call(rng, k) for k in range(rng.randint(1, 3))],
        }
    return None  # message absent


def _choice(rng: random.Random, index: int) -> dict[str, Any]:
    choice: dict[str, Any] = {}
    r = rng.random()
    if r < 0.55:
        choice["finish_reason"] = "stop"
    elif r < 0.70:
        choice["finish_reason"] = rng.choice(["length", "content_filter"])
    elif r < 0.90:
        choice["finish_reason"] = None
    # else: finish_reason absent
    choice["index"] = index
    message = _message(rng)
    if message is not None:
        choice["message"] = message
    if rng.random() < 0.1:
        choice["logprobs"] = None  # unknown key -> additional_properties
    return choice


def make_payload(n_choices: int) -> dict[str, Any]:
    """The response body with ``n_choices`` choices (deterministic per size)."""
    rng = random.Random(20_240_000 + n_choices)
    choices = [_choice(rng, i) for i in range(n_choices)]
    if n_choices == 1 and "message" not in choices[0]:
        # the single-choice payload should look like a normal answer
        choices[0]["message"] = {
            "role": "assistant",
            "url": "https://cdn.orq.ai/images/x.png",
        }
    return {
        "id": "imggen_" + _hex(rng, 26),
        "created": 1_717_171_717 + n_choices,
        "choices": choices,
        "model": "openai/dall-e-3",
        "object": "image.generation",
    }


def build_payloads(sizes: tuple[int, ...] = SIZES) -> dict[str, dict[str, Any]]:
    """Payload name -> payload, e.g. ``{"1 choice": {...}, "8 choices": {...}, ...}``."""
    return {f"{n} choice{'s' if n != 1 else ''}": make_payload(n) for n in sizes}


def describe(payload: dict[str, Any]) -> str:
    """One-line composition summary of a payload."""
    c: Counter[str] = Counter()
    for ch in payload["choices"]:
        m = ch.get("message")
        if m is None:
            c["no-msg"] += 1
        elif "content" in m:
            c["content-null" if m["content"] is None else "content"] += 1
        elif "url" in m:
            c["url"] += 1
        else:
            c["tool_calls"] += 1
        if "finish_reason" not in ch:
            c["fr-absent"] += 1
        elif ch["finish_reason"] is None:
            c["fr-null"] += 1
        if "logprobs" in ch:
            c["extra-key"] += 1
    size = len(json.dumps(payload))
    parts = ", ".join(f"{k}={v}" for k, v in sorted(c.items()))
    return f"{size:>8,} B JSON; {parts}"


def digest(payload: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()[:16]


if __name__ == "__main__":
    for name, p in build_payloads().items():
        print(f"{name:>12}  {digest(p)}  {describe(p)}")
