"""Deterministic fixture for the deepest response body of orq.yaml: ListAgents 200 (GET /v2/agents).

Nesting depth 10 (see depth.py): body > data[] > agent > model > fallback_models[] > fallback
> parameters > load_balancer > models[] > {model, weight}.  Shape, in short:

    {object: "list", data: [Agent], has_more: bool}
    Agent      = {_id, key, status, path, role, description, instructions, model: AgentModel,
                  display_name?, created_by_id?: str|null, updated_by_id?: str|null, created?, updated?,
                  version?, memory_stores?, team_of_agents?, skills?, metrics?, variables?: {any},
                  knowledge_bases?, source?, engine?, type?, system_prompt?: str|null, settings?}
    Settings   = {max_iterations?: int, ..., tools?: [Tool], evaluators?, guardrails?}
    AgentModel = {id, integration_id?: str|null, parameters?: Parameters|null, retry?,
                  fallback_models?: null | [str | {id, parameters?, retry?}]}
    Parameters = 25 optional keys, among them oneOf response_format and thinking, anyOf stop,
                 tool_choice and plugins (five shapes, three with additionalProperties: false)

Every agent draws optional keys, union members, nulls and a few unknown keys from a seeded RNG.
"""

from __future__ import annotations

import json
import random
from typing import Any

N_AGENTS = 20

_WORDS = (
    "route the customer to the right team summarise the ticket and draft a polite reply "
    "check the order status in the warehouse system before you answer never share secrets "
    "escalate refunds above the limit and cite the knowledge base article you used"
).split()
_MODELS = (
    "openai/gpt-4o",
    "openai/gpt-4o-mini",
    "anthropic/claude-3-5-sonnet",
    "google/gemini-2.0-flash",
    "mistral/mistral-large-latest",
)
_ENTITIES = ("EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "PERSON", "IP_ADDRESS")
_ULID = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def _ulid(rng: random.Random) -> str:
    return "01J" + "".join(rng.choice(_ULID) for _ in range(23))


def _text(rng: random.Random, lo: int, hi: int) -> str:
    words = [rng.choice(_WORDS) for _ in range(rng.randint(lo, hi))]
    return " ".join(words).capitalize() + "."


def _maybe(rng: random.Random, p: float, out: dict[str, Any], key: str, make: Any) -> None:
    if rng.random() < p:
        out[key] = make()


def _plugin(rng: random.Random) -> dict[str, Any]:
    r = rng.random()
    if r < 0.35:  # PIIRedactionPluginAuto (no extra keys allowed)
        p: dict[str, Any] = {"id": "pii_redaction", "on_failure": rng.choice(["block", "passthrough"])}
        _maybe(rng, 0.5, p, "threshold", lambda: round(rng.random(), 2))
        p["entities"] = rng.sample(_ENTITIES, rng.randint(1, 4))
        return p
    if r < 0.55:  # English / Dutch: language is required
        return {"id": "pii_redaction", "language": rng.choice(["en", "nl"]), "entities": ["PERSON"]}
    if r < 0.75:
        return {"id": "response_healing"}
    return {"id": "trace_scrubbing", "mask": rng.sample(["system", "input", "output", "metadata"], 2)}


def _parameters(rng: random.Random, deep: bool) -> dict[str, Any]:
    p: dict[str, Any] = {}
    _maybe(rng, 0.3, p, "name", lambda: "agent-" + rng.choice(_WORDS))
    _maybe(rng, 0.5, p, "frequency_penalty", lambda: rng.choice([None, 0.0, 0.5]))
    _maybe(rng, 0.3, p, "max_tokens", lambda: rng.choice([None, 1024]))
    _maybe(rng, 0.7, p, "max_completion_tokens", lambda: rng.choice([512, 2048, 4096, None]))
    _maybe(rng, 0.3, p, "presence_penalty", lambda: rng.choice([None, 0.2]))
    r = rng.random()
    if r < 0.2:
        p["response_format"] = {"type": "text"}
    elif r < 0.35:
        p["response_format"] = {"type": "json_object"}
    elif r < 0.6:
        p["response_format"] = {
            "type": "json_schema",
            "json_schema": {
                "name": "ticket_summary",
                "description": "Summary of a support ticket",
                "schema": {
                    "type": "object",
                    "properties": {"priority": {"type": "string", "enum": ["low", "high"]}},
                    "required": ["priority"],
                },
                "strict": rng.random() < 0.5,
            },
        }
    _maybe(rng, 0.4, p, "reasoning_effort", lambda: rng.choice(["low", "medium", "high"]))
    _maybe(rng, 0.2, p, "verbosity", lambda: "medium")
    _maybe(rng, 0.3, p, "seed", lambda: rng.choice([None, 42, 7]))
    _maybe(rng, 0.4, p, "stop", lambda: rng.choice([None, "###", ["\n\nUser:", "###"]]))
    r = rng.random()
    if r < 0.15:
        p["thinking"] = {"type": "disabled"}
    elif r < 0.35:
        p["thinking"] = {"type": "enabled", "budget_tokens": 2048, "thinking_level": "medium"}
    elif r < 0.45:
        p["thinking"] = {"type": "adaptive"}
    _maybe(rng, 0.8, p, "temperature", lambda: rng.choice([0.2, 0.7, 1, None]))
    _maybe(rng, 0.4, p, "top_p", lambda: rng.choice([0.9, 1, None]))
    _maybe(rng, 0.2, p, "top_k", lambda: rng.choice([40, None]))
    _maybe(rng, 0.5, p, "tool_choice", lambda: rng.choice(
        ["auto", "required", {"type": "function", "function": {"name": "lookup_order"}},
         {"function": {"name": "search_kb"}}]))
    _maybe(rng, 0.4, p, "parallel_tool_calls", lambda: rng.random() < 0.5)
    _maybe(rng, 0.2, p, "modalities", lambda: rng.choice([None, ["text"], ["text", "audio"]]))
    _maybe(rng, 0.4, p, "guardrails", lambda: [
        {"id": rng.choice(["orq_pii_detection", "orq_secret_detection", "tone-check"]),
         "execute_on": rng.choice(["input", "output"])} for _ in range(rng.randint(1, 2))])
    _maybe(rng, 0.5, p, "plugins", lambda: [_plugin(rng) for _ in range(rng.randint(1, 3))])
    _maybe(rng, 0.4, p, "fallbacks", lambda: [{"model": m} for m in rng.sample(_MODELS, 2)])
    _maybe(rng, 0.3, p, "cache", lambda: {"type": "exact_match", "ttl": rng.choice([1800, 3600])})
    if deep or rng.random() < 0.3:  # deep: the path to depth 10 is always there
        p["load_balancer"] = {
            "type": "weight_based",
            "models": [{"model": m, "weight": w} for m, w in zip(rng.sample(_MODELS, 2), (0.7, 0.3))],
        }
    _maybe(rng, 0.3, p, "timeout", lambda: {"call_timeout": rng.choice([30000, 60000])})
    _maybe(rng, 0.2, p, "cache_control", lambda: {"type": "ephemeral", "ttl": rng.choice(["5m", "1h"])})
    _maybe(rng, 0.2, p, "prompt_cache_key", lambda: "support-" + str(rng.randint(1, 9)))
    return p


def _retry(rng: random.Random) -> dict[str, Any]:
    return {"count": rng.randint(1, 5), "on_codes": [429, 500, 502, 503, 504][: rng.randint(1, 5)]}


def _fallback_model(rng: random.Random) -> Any:
    if rng.random() < 0.4:
        return rng.choice(_MODELS)
    fb: dict[str, Any] = {"id": rng.choice(_MODELS)}
    _maybe(rng, 0.9, fb, "parameters", lambda: _parameters(rng, deep=True))
    _maybe(rng, 0.5, fb, "retry", lambda: _retry(rng))
    return fb


def _model(rng: random.Random) -> dict[str, Any]:
    m: dict[str, Any] = {"id": rng.choice(_MODELS)}
    _maybe(rng, 0.6, m, "integration_id", lambda: rng.choice([None, _ulid(rng)]))
    _maybe(rng, 0.95, m, "parameters", lambda: None if rng.random() < 0.1 else _parameters(rng, False))
    _maybe(rng, 0.6, m, "retry", lambda: _retry(rng))
    _maybe(rng, 0.8, m, "fallback_models", lambda: None if rng.random() < 0.15 else [
        _fallback_model(rng) for _ in range(rng.randint(1, 3))])
    if rng.random() < 0.1:
        m["provider_options"] = {"region": "eu-west-1", "beta": ["tools-2025"]}  # unknown key
    return m


def _tool(rng: random.Random) -> dict[str, Any]:
    t: dict[str, Any] = {"id": _ulid(rng), "action_type": rng.choice(["function", "http", "mcp", "retrieve_memory"])}
    _maybe(rng, 0.7, t, "key", lambda: rng.choice(["lookup_order", "search_kb", "create_ticket"]))
    _maybe(rng, 0.5, t, "display_name", lambda: "Look up an order")
    _maybe(rng, 0.5, t, "description", lambda: _text(rng, 5, 12))
    _maybe(rng, 0.4, t, "configuration", lambda: {"endpoint": "https://api.example.com/orders",
                                                  "headers": {"x-team": "support"}, "retries": 2})
    _maybe(rng, 0.5, t, "requires_approval", lambda: rng.random() < 0.3)
    _maybe(rng, 0.2, t, "tool_id", lambda: _ulid(rng))
    _maybe(rng, 0.3, t, "conditions", lambda: [
        {"condition": "amount", "operator": rng.choice(["gt", "lte"]), "value": str(rng.randint(10, 500))}])
    _maybe(rng, 0.3, t, "timeout", lambda: rng.choice([30, 120.5]))
    return t


def _evaluator(rng: random.Random) -> dict[str, Any]:
    e: dict[str, Any] = {"id": rng.choice(["tone-check", "orq_pii_detection", "answer-relevance"]),
                         "execute_on": rng.choice(["input", "output"])}
    _maybe(rng, 0.6, e, "sample_rate", lambda: rng.choice([10, 50, 100, 12.5]))
    return e


def _settings(rng: random.Random) -> dict[str, Any]:
    s: dict[str, Any] = {}
    _maybe(rng, 0.8, s, "max_iterations", lambda: rng.choice([10, 25, 100]))
    _maybe(rng, 0.8, s, "max_execution_time", lambda: rng.choice([60, 300, 600]))
    _maybe(rng, 0.6, s, "max_cost", lambda: rng.choice([0, 0.5, 2]))
    _maybe(rng, 0.7, s, "tool_approval_required", lambda: rng.choice(["all", "respect_tool", "none"]))
    _maybe(rng, 0.4, s, "chat_exposed", lambda: rng.random() < 0.5)
    _maybe(rng, 0.9, s, "tools", lambda: [_tool(rng) for _ in range(rng.randint(0, 4))])
    _maybe(rng, 0.5, s, "evaluators", lambda: [_evaluator(rng) for _ in range(rng.randint(1, 2))])
    _maybe(rng, 0.4, s, "guardrails", lambda: [_evaluator(rng)])
    return s


def _agent(rng: random.Random, i: int) -> dict[str, Any]:
    key = rng.choice(["support", "billing", "triage", "research"]) + f"-agent.v{i}"
    a: dict[str, Any] = {"_id": _ulid(rng), "key": key}
    _maybe(rng, 0.9, a, "display_name", lambda: key.replace("-", " ").title())
    _maybe(rng, 0.8, a, "created_by_id", lambda: rng.choice([None, _ulid(rng)]))
    _maybe(rng, 0.6, a, "updated_by_id", lambda: rng.choice([None, _ulid(rng)]))
    a["created"] = f"2025-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T08:{rng.randint(10, 59)}:00.000Z"
    a["updated"] = "2025-10-01T12:00:00.000Z"
    a["status"] = rng.choice(["live", "draft", "pending", "published"])
    _maybe(rng, 0.8, a, "version", lambda: f"1.{rng.randint(0, 9)}.{rng.randint(0, 20)}")
    a["path"] = "Default Project/agents/" + rng.choice(["support", "billing", "ops"])
    _maybe(rng, 0.6, a, "memory_stores", lambda: ["mem_" + _ulid(rng)[:10] for _ in range(rng.randint(0, 2))])
    _maybe(rng, 0.4, a, "team_of_agents", lambda: [
        {"key": "billing-agent.v1", "role": "Handles refunds"}, {"key": "triage-agent.v2"}])
    _maybe(rng, 0.5, a, "skills", lambda: rng.sample(["refunds", "orders", "faq", "escalation"], 2))
    _maybe(rng, 0.8, a, "metrics", lambda: {"total_cost": round(rng.random() * 40, 4)})
    _maybe(rng, 0.6, a, "variables", lambda: {"customer_name": "Ada", "tier": rng.choice(["gold", "free"]),
                                              "limits": {"refund": 250, "currency": "EUR"}, "tags": [1, "a", None]})
    _maybe(rng, 0.5, a, "knowledge_bases", lambda: [{"knowledge_id": "kb-" + rng.choice(_WORDS)}])
    _maybe(rng, 0.7, a, "source", lambda: rng.choice(["internal", "external", "experiment"]))
    _maybe(rng, 0.7, a, "engine", lambda: rng.choice(["text", "jinja", "mustache"]))
    _maybe(rng, 0.7, a, "type", lambda: rng.choice(["internal", "a2a"]))
    a["role"] = rng.choice(["Customer support agent", "Billing specialist", "Research assistant"])
    a["description"] = _text(rng, 6, 16)
    _maybe(rng, 0.6, a, "system_prompt", lambda: rng.choice([None, _text(rng, 10, 30)]))
    a["instructions"] = _text(rng, 20, 60)
    _maybe(rng, 0.9, a, "settings", lambda: _settings(rng))
    a["model"] = _model(rng)
    if rng.random() < 0.15:
        a["workspace_id"] = "ws_" + _ulid(rng)  # unknown key
    return a


def make_payload(n_agents: int = N_AGENTS) -> dict[str, Any]:
    rng = random.Random(20_250_000 + n_agents)
    return {"object": "list", "data": [_agent(rng, i) for i in range(n_agents)], "has_more": True}


def nesting(value: Any) -> int:
    """JSON nesting depth of a value: containers on the deepest path."""
    if isinstance(value, dict):
        return 1 + max(map(nesting, value.values()), default=0)
    if isinstance(value, list):
        return 1 + max(map(nesting, value), default=0)
    return 0


def describe(payload: dict[str, Any]) -> str:
    size = len(json.dumps(payload))
    return f"{size:>8,} B JSON; agents={len(payload['data'])}, nesting={nesting(payload)}"


if __name__ == "__main__":
    p = make_payload()
    print(describe(p))
