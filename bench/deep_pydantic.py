"""Pydantic v2 models of the ListAgents 200 response body (deep_payloads.py shows the shape).

Same conventions as pydantic_models.py: ``strict=True``, ``extra="allow"`` (``"forbid"`` where the
schema says ``additionalProperties: false``), optional keys dumped with ``exclude_unset=True``,
non-nullable optional keys annotated without ``None``, ``left_to_right`` for anyOf unions.  Also:

* ``_id`` and ``schema`` are aliased (``id_``, ``schema_``): dump with ``by_alias=True``;
* oneOf ``response_format`` and ``thinking`` are discriminated on ``type`` (same result as first match:
  the tags are distinct);
* strict ``int`` rejects ``3.0``, which the generated code (JSON Schema integers) accepts as 3.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field

from deep_handwritten import _NL_MISSING, _PII_ENTITIES

Number = Union[int, float]
L2R = Field(union_mode="left_to_right")
ExecuteOn = Literal["input", "output"]
Entity = Literal[tuple(_PII_ENTITIES)]  # type: ignore[valid-type]
EntityNl = Literal[tuple(e for e in _PII_ENTITIES if e not in _NL_MISSING)]  # type: ignore[valid-type]


class _Model(BaseModel):
    model_config = ConfigDict(strict=True, extra="allow")


class _Closed(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")


class FunctionName(_Model):
    name: str


class ToolChoiceFunction(_Model):
    type: Literal["function"] = None  # type: ignore[assignment]
    function: FunctionName


class ResponseFormatText(_Model):
    type: Literal["text"]


class ResponseFormatJsonObject(_Model):
    type: Literal["json_object"]


class JsonSchema(_Model):
    description: str = None  # type: ignore[assignment]
    name: str
    schema_: Any = Field(None, alias="schema")
    strict: bool = None  # type: ignore[assignment]


class ResponseFormatJsonSchema(_Model):
    type: Literal["json_schema"]
    json_schema: JsonSchema


class ThinkingDisabled(_Model):
    type: Literal["disabled"]


class ThinkingEnabled(_Model):
    type: Literal["enabled"]
    budget_tokens: Number
    thinking_level: Literal["minimal", "low", "medium", "high"] = None  # type: ignore[assignment]


class ThinkingAdaptive(_Model):
    type: Literal["adaptive"]


class Guardrail(_Model):
    id: str  # enum of orq_* evaluators, or any string
    execute_on: ExecuteOn


class PiiRedactionAuto(_Closed):
    id: Literal["pii_redaction"]
    on_failure: Literal["block", "passthrough"] = None  # type: ignore[assignment]
    threshold: Number = None  # type: ignore[assignment]
    entities: list[Entity] = None  # type: ignore[assignment]


class PiiRedactionEn(_Model):
    id: Literal["pii_redaction"]
    on_failure: Literal["block", "passthrough"] = None  # type: ignore[assignment]
    threshold: Number = None  # type: ignore[assignment]
    language: Literal["en"]
    entities: list[Entity] = None  # type: ignore[assignment]


class PiiRedactionNl(_Model):
    id: Literal["pii_redaction"]
    on_failure: Literal["block", "passthrough"] = None  # type: ignore[assignment]
    threshold: Number = None  # type: ignore[assignment]
    language: Literal["nl"]
    entities: list[EntityNl] = None  # type: ignore[assignment]


class ResponseHealing(_Closed):
    id: Literal["response_healing"]


class TraceScrubbing(_Closed):
    id: Literal["trace_scrubbing"]
    mask: list[Literal["all", "system", "input", "output", "metadata", "variables"]]


Plugin = Annotated[
    Union[PiiRedactionAuto, PiiRedactionEn, PiiRedactionNl, ResponseHealing, TraceScrubbing], L2R
]


class Fallback(_Model):
    model: str


class Cache(_Model):
    ttl: Number = None  # type: ignore[assignment]
    type: Literal["exact_match"]


class WeightedModel(_Model):
    model: str
    weight: Number = None  # type: ignore[assignment]


class LoadBalancer(_Model):
    type: Literal["weight_based"]
    models: list[WeightedModel]


class Timeout(_Model):
    call_timeout: Number


class CacheControl(_Model):
    type: Literal["ephemeral"]
    ttl: Literal["5m", "1h"] = None  # type: ignore[assignment]


class Parameters(_Model):
    name: str = None  # type: ignore[assignment]
    frequency_penalty: Optional[Number] = None
    max_tokens: Optional[int] = None
    max_completion_tokens: Optional[int] = None
    presence_penalty: Optional[Number] = None
    response_format: Annotated[
        Union[ResponseFormatText, ResponseFormatJsonObject, ResponseFormatJsonSchema],
        Field(discriminator="type"),
    ] = None  # type: ignore[assignment]
    reasoning_effort: Literal["none", "minimal", "low", "medium", "high", "xhigh"] = None  # type: ignore[assignment]
    verbosity: str = None  # type: ignore[assignment]
    seed: Optional[Number] = None
    stop: Annotated[Optional[Union[str, list[str]]], L2R] = None
    thinking: Annotated[
        Union[ThinkingDisabled, ThinkingEnabled, ThinkingAdaptive], Field(discriminator="type")
    ] = None  # type: ignore[assignment]
    temperature: Optional[Number] = None
    top_p: Optional[Number] = None
    top_k: Optional[Number] = None
    tool_choice: Annotated[
        Union[Literal["none", "auto", "required"], ToolChoiceFunction], L2R
    ] = None  # type: ignore[assignment]
    parallel_tool_calls: bool = None  # type: ignore[assignment]
    modalities: Optional[list[Literal["text", "audio"]]] = None
    guardrails: list[Guardrail] = None  # type: ignore[assignment]
    plugins: list[Plugin] = None  # type: ignore[assignment]
    fallbacks: list[Fallback] = None  # type: ignore[assignment]
    cache: Cache = None  # type: ignore[assignment]
    load_balancer: LoadBalancer = None  # type: ignore[assignment]
    timeout: Timeout = None  # type: ignore[assignment]
    cache_control: CacheControl = None  # type: ignore[assignment]
    prompt_cache_key: str = None  # type: ignore[assignment]


class Retry(_Model):
    count: Number = None  # type: ignore[assignment]
    on_codes: list[Number] = None  # type: ignore[assignment]


class FallbackModel(_Model):
    id: str
    parameters: Parameters = None  # type: ignore[assignment]
    retry: Retry = None  # type: ignore[assignment]


class AgentModel(_Model):
    id: str
    integration_id: Optional[str] = None
    parameters: Optional[Parameters] = None
    retry: Retry = None  # type: ignore[assignment]
    fallback_models: Optional[list[Annotated[Union[str, FallbackModel], L2R]]] = None


class Condition(_Model):
    condition: str
    operator: str
    value: str


class Tool(_Model):
    id: str
    key: str = None  # type: ignore[assignment]
    action_type: str
    display_name: str = None  # type: ignore[assignment]
    description: str = None  # type: ignore[assignment]
    configuration: dict[str, Any] = None  # type: ignore[assignment]
    requires_approval: bool = None  # type: ignore[assignment]
    tool_id: str = None  # type: ignore[assignment]
    conditions: list[Condition] = None  # type: ignore[assignment]
    timeout: Number = None  # type: ignore[assignment]


class EvaluatorConfig(_Model):
    id: str
    sample_rate: Number = None  # type: ignore[assignment]
    execute_on: ExecuteOn


class Settings(_Model):
    max_iterations: int = None  # type: ignore[assignment]
    max_execution_time: int = None  # type: ignore[assignment]
    max_cost: Number = None  # type: ignore[assignment]
    tool_approval_required: Literal["all", "respect_tool", "none"] = None  # type: ignore[assignment]
    chat_exposed: bool = None  # type: ignore[assignment]
    tools: list[Tool] = None  # type: ignore[assignment]
    evaluators: list[EvaluatorConfig] = None  # type: ignore[assignment]
    guardrails: list[EvaluatorConfig] = None  # type: ignore[assignment]


class TeamMember(_Model):
    key: str
    role: str = None  # type: ignore[assignment]


class Metrics(_Model):
    total_cost: Number = None  # type: ignore[assignment]


class KnowledgeBase(_Model):
    knowledge_id: str


class Agent(_Model):
    id_: str = Field(alias="_id")
    key: str
    display_name: str = None  # type: ignore[assignment]
    created_by_id: Optional[str] = None
    updated_by_id: Optional[str] = None
    created: str = None  # type: ignore[assignment]
    updated: str = None  # type: ignore[assignment]
    status: Literal["live", "draft", "pending", "published"]
    version: str = None  # type: ignore[assignment]
    path: str
    memory_stores: list[str] = None  # type: ignore[assignment]
    team_of_agents: list[TeamMember] = None  # type: ignore[assignment]
    skills: list[str] = None  # type: ignore[assignment]
    metrics: Metrics = None  # type: ignore[assignment]
    variables: dict[str, Any] = None  # type: ignore[assignment]
    knowledge_bases: list[KnowledgeBase] = None  # type: ignore[assignment]
    source: Literal["internal", "external", "experiment"] = None  # type: ignore[assignment]
    engine: Literal["text", "jinja", "mustache"] = None  # type: ignore[assignment]
    type: Literal["internal", "a2a"] = None  # type: ignore[assignment]
    role: str
    description: str
    system_prompt: Optional[str] = None
    instructions: str
    settings: Settings = None  # type: ignore[assignment]
    model: AgentModel


class ListAgentsResponseBody(_Model):
    object: Literal["list"]
    data: list[Agent]
    has_more: bool
