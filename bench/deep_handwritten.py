"""Hand-written baseline for the ListAgents 200 response body (deep_payloads.py shows the shape).

Same rules as handwritten.py: slots + kw_only dataclasses, ``ValueError`` on bad input, strict
types, ``UNSET`` for absent optional keys (``None`` for null), unknown keys kept in
``additional_properties`` (rejected where the schema says ``additionalProperties: false``),
JSON Schema integers (an integral float becomes an int).  Identical shapes share one class here
(the generator makes one class per place).  oneOf unions with a ``type`` tag dispatch on it;
``plugins`` (anyOf) tries the shapes in order, first match wins.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Callable, Union

from handwritten import UNSET  # the same sentinel as the other hand-written models

Check = Callable[[Any, str], Any]


# --- checks: each takes (value, where) and returns the decoded value -------------------------


def _obj(v: Any, where: str) -> dict[str, Any]:
    if not isinstance(v, dict):
        raise ValueError(f"{where}: expected an object, got {type(v).__name__}")
    return v


def _str(v: Any, where: str) -> str:
    if not isinstance(v, str):
        raise ValueError(f"{where}: expected a string, got {type(v).__name__}")
    return v


def _num(v: Any, where: str) -> int | float:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise ValueError(f"{where}: expected a number, got {type(v).__name__}")
    return v


def _int(v: Any, where: str) -> int:
    if isinstance(v, float) and v.is_integer():
        return int(v)
    if isinstance(v, bool) or not isinstance(v, int):
        raise ValueError(f"{where}: expected an integer, got {type(v).__name__}")
    return v


def _bool(v: Any, where: str) -> bool:
    if not isinstance(v, bool):
        raise ValueError(f"{where}: expected a boolean, got {type(v).__name__}")
    return v


def _any_map(v: Any, where: str) -> dict[str, Any]:
    return dict(_obj(v, where))


def _any(v: Any, where: str) -> Any:
    return v


def _enum(*values: str) -> Check:
    allowed = frozenset(values)

    def check(v: Any, where: str) -> str:
        if not isinstance(v, str) or v not in allowed:
            raise ValueError(f"{where}: expected one of {sorted(allowed)}, got {v!r}")
        return v

    return check


def _list(item: Check) -> Check:
    def check(v: Any, where: str) -> list[Any]:
        if not isinstance(v, list):
            raise ValueError(f"{where}: expected an array, got {type(v).__name__}")
        return [item(x, where) for x in v]

    return check


def _nullable(item: Check) -> Check:
    return lambda v, where: None if v is None else item(v, where)


def _model(cls: Any) -> Check:
    return lambda v, where: cls.from_dict(v)


def _req(data: dict[str, Any], key: str, check: Check, where: str) -> Any:
    try:
        v = data[key]
    except KeyError:
        raise ValueError(f"{where}: missing required key {key!r}") from None
    return check(v, f"{where}.{key}")


def _opt(data: dict[str, Any], key: str, check: Check, where: str) -> Any:
    v = data.get(key, UNSET)
    return v if v is UNSET else check(v, f"{where}.{key}")


def _extras(data: dict[str, Any], known: frozenset[str]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k not in known}


def _closed(data: dict[str, Any], known: frozenset[str], where: str) -> None:
    if not known.issuperset(data):
        raise ValueError(f"{where}: unknown keys {sorted(set(data) - known)}")


# --- encoding helpers -------------------------------------------------------------------------


def _put(out: dict[str, Any], key: str, v: Any) -> None:
    if v is not UNSET:
        out[key] = v


def _put_model(out: dict[str, Any], key: str, v: Any) -> None:
    if v is not UNSET:
        out[key] = None if v is None else v.to_dict()


def _put_models(out: dict[str, Any], key: str, v: Any) -> None:
    if v is not UNSET:
        out[key] = None if v is None else [x.to_dict() for x in v]


def _put_list(out: dict[str, Any], key: str, v: Any) -> None:
    if v is not UNSET:
        out[key] = None if v is None else list(v)


def _done(out: dict[str, Any], extras: dict[str, Any]) -> dict[str, Any]:
    if extras:
        out.update(extras)
    return out


_EXECUTE_ON = _enum("input", "output")
_PII_ENTITIES = (
    "AGE API_KEY BANK_ROUTING BIC BIOMETRIC_ID BLOOD_TYPE BSN CREDIT_CARD CRYPTO DATE_TIME DEVICE_ID "
    "EDUCATION_LEVEL EMAIL_ADDRESS EMPLOYMENT_STATUS GENDER HEALTH_PLAN_ID HTTP_COOKIE IBAN_CODE ID "
    "ID_CARD IMEI IP_ADDRESS JOBTITLE JWT KVK_NUMBER LANGUAGE LICENSE_NUMBER LICENSE_PLATE LOCATION "
    "MAC_ADDRESS MEDICAL_LICENSE MEDICAL_RECORD NRP ORGANIZATION PASSPORT PASSWORD PERSON PHONE_NUMBER "
    "PIN POLITICAL_VIEW RACE_ETHNICITY RELIGIOUS_BELIEF SEXUALITY TAX_ID TITLE UK_NHS URL US_BANK_NUMBER "
    "US_DRIVER_LICENSE US_ITIN US_PASSPORT US_SSN UUID VEHICLE_ID"
).split()
_NL_MISSING = {"JOBTITLE", "JWT", "MEDICAL_LICENSE", "UK_NHS", "US_BANK_NUMBER", "US_ITIN", "US_PASSPORT", "UUID"}
PII_ENTITIES = _list(_enum(*_PII_ENTITIES))
PII_ENTITIES_NL = _list(_enum(*(e for e in _PII_ENTITIES if e not in _NL_MISSING)))


# --- small objects ------------------------------------------------------------------------------


@dataclass(slots=True, kw_only=True)
class Named:
    """{name} (tool_choice.function) and {model} (fallbacks[]) share this shape: one required string."""

    value: str
    additional_properties: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def reader(cls, key: str) -> Check:
        known = frozenset((key,))

        def check(v: Any, where: str) -> Named:
            d = _obj(v, where)
            return cls(value=_req(d, key, _str, where), additional_properties=_extras(d, known))

        return check

    def dict_with(self, key: str) -> dict[str, Any]:
        return _done({key: self.value}, self.additional_properties)


@dataclass(slots=True, kw_only=True)
class ToolChoiceFunction:
    function: Named
    type: str = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _KEYS = frozenset(("type", "function"))
    _NAME = Named.reader("name")

    @classmethod
    def from_dict(cls, v: Any) -> ToolChoiceFunction:
        d = _obj(v, "ToolChoice")
        return cls(
            type=_opt(d, "type", _C_ENUM_FUNCTION, "ToolChoice"),
            function=_req(d, "function", cls._NAME, "ToolChoice"),
            additional_properties=_extras(d, cls._KEYS),
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        _put(out, "type", self.type)
        out["function"] = self.function.dict_with("name")
        return _done(out, self.additional_properties)


_TOOL_CHOICE_MODES = _enum("none", "auto", "required")


def _tool_choice(v: Any, where: str) -> Any:
    if isinstance(v, str):
        return _TOOL_CHOICE_MODES(v, where)
    return ToolChoiceFunction.from_dict(v)


def _stop(v: Any, where: str) -> Any:
    if v is None or isinstance(v, str):
        return v
    return _C_LIST_STR(v, where)


@dataclass(slots=True, kw_only=True)
class Tagged:
    """Objects that are a fixed ``type`` tag only: response_format text/json_object, thinking disabled/adaptive."""

    type: str
    additional_properties: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return _done({"type": self.type}, self.additional_properties)


def _tagged(d: dict[str, Any]) -> Tagged:
    return Tagged(type=d["type"], additional_properties={k: v for k, v in d.items() if k != "type"})


@dataclass(slots=True, kw_only=True)
class JsonSchema:
    name: str
    description: str = UNSET
    schema: Any = UNSET
    strict: bool = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _KEYS = frozenset(("description", "name", "schema", "strict"))

    @classmethod
    def from_dict(cls, v: Any) -> JsonSchema:
        d = _obj(v, "JsonSchema")
        return cls(
            description=_opt(d, "description", _str, "JsonSchema"),
            name=_req(d, "name", _str, "JsonSchema"),
            schema=d.get("schema", UNSET),
            strict=_opt(d, "strict", _bool, "JsonSchema"),
            additional_properties=_extras(d, cls._KEYS),
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        _put(out, "description", self.description)
        out["name"] = self.name
        _put(out, "schema", self.schema)
        _put(out, "strict", self.strict)
        return _done(out, self.additional_properties)


@dataclass(slots=True, kw_only=True)
class ResponseFormatJsonSchema:
    type: str
    json_schema: JsonSchema
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _KEYS = frozenset(("type", "json_schema"))

    def to_dict(self) -> dict[str, Any]:
        out = {"type": self.type, "json_schema": self.json_schema.to_dict()}
        return _done(out, self.additional_properties)


def _response_format(v: Any, where: str) -> Any:
    d = _obj(v, where)
    tag = _req(d, "type", _enum("text", "json_object", "json_schema"), where)
    if tag != "json_schema":
        return _tagged(d)
    return ResponseFormatJsonSchema(
        type=tag,
        json_schema=_req(d, "json_schema", _C_MODEL_JSONSCHEMA, where),
        additional_properties=_extras(d, ResponseFormatJsonSchema._KEYS),
    )


@dataclass(slots=True, kw_only=True)
class ThinkingEnabled:
    type: str
    budget_tokens: int | float
    thinking_level: str = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _KEYS = frozenset(("type", "budget_tokens", "thinking_level"))
    _LEVEL = _enum("minimal", "low", "medium", "high")

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.type, "budget_tokens": self.budget_tokens}
        _put(out, "thinking_level", self.thinking_level)
        return _done(out, self.additional_properties)


def _thinking(v: Any, where: str) -> Any:
    d = _obj(v, where)
    tag = _req(d, "type", _enum("disabled", "enabled", "adaptive"), where)
    if tag != "enabled":
        return _tagged(d)
    return ThinkingEnabled(
        type=tag,
        budget_tokens=_req(d, "budget_tokens", _num, where),
        thinking_level=_opt(d, "thinking_level", ThinkingEnabled._LEVEL, where),
        additional_properties=_extras(d, ThinkingEnabled._KEYS),
    )


@dataclass(slots=True, kw_only=True)
class Guardrail:
    id: str  # enum of orq_* evaluators, or any evaluator key: any string
    execute_on: str
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _KEYS = frozenset(("id", "execute_on"))

    @classmethod
    def from_dict(cls, v: Any) -> Guardrail:
        d = _obj(v, "Guardrail")
        return cls(
            id=_req(d, "id", _str, "Guardrail"),
            execute_on=_req(d, "execute_on", _EXECUTE_ON, "Guardrail"),
            additional_properties=_extras(d, cls._KEYS),
        )

    def to_dict(self) -> dict[str, Any]:
        return _done({"id": self.id, "execute_on": self.execute_on}, self.additional_properties)


# --- plugins: anyOf, first match wins ------------------------------------------------------------


@dataclass(slots=True, kw_only=True)
class PiiRedaction:
    """PIIRedactionPluginAuto (closed, no language), En and Nl (language required, open)."""

    id: str
    language: str = UNSET
    on_failure: str = UNSET
    threshold: int | float = UNSET
    entities: list[str] = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _KEYS = frozenset(("id", "on_failure", "threshold", "entities"))
    _KEYS_LANG = _KEYS | {"language"}
    _ON_FAILURE = _enum("block", "passthrough")
    _LANGUAGE = {"en": _enum("en"), "nl": _enum("nl")}

    @classmethod
    def read(cls, d: dict[str, Any], language: str | None) -> PiiRedaction:
        w = "PiiRedaction"
        obj = cls(
            id=_req(d, "id", _C_ENUM_PII_REDACTION, w),
            on_failure=_opt(d, "on_failure", cls._ON_FAILURE, w),
            threshold=_opt(d, "threshold", _num, w),
            entities=_opt(d, "entities", PII_ENTITIES_NL if language == "nl" else PII_ENTITIES, w),
        )
        if language is None:
            _closed(d, cls._KEYS, w)
        else:
            obj.language = _req(d, "language", cls._LANGUAGE[language], w)
            obj.additional_properties = _extras(d, cls._KEYS_LANG)
        return obj

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id}
        _put(out, "on_failure", self.on_failure)
        _put(out, "threshold", self.threshold)
        _put(out, "language", self.language)
        _put_list(out, "entities", self.entities)
        return _done(out, self.additional_properties)


@dataclass(slots=True, kw_only=True)
class ClosedPlugin:
    """ResponseHealingPlugin {id} and TraceScrubbingPlugin {id, mask}: additionalProperties false."""

    id: str
    mask: list[str] = UNSET

    _MASK = _list(_enum("all", "system", "input", "output", "metadata", "variables"))

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id}
        _put_list(out, "mask", self.mask)
        return out


def _healing(d: dict[str, Any]) -> ClosedPlugin:
    _closed(d, frozenset(("id",)), "ResponseHealing")
    return ClosedPlugin(id=_req(d, "id", _C_ENUM_RESPONSE_HEALING, "ResponseHealing"))


def _scrubbing(d: dict[str, Any]) -> ClosedPlugin:
    _closed(d, frozenset(("id", "mask")), "TraceScrubbing")
    return ClosedPlugin(
        id=_req(d, "id", _C_ENUM_TRACE_SCRUBBING, "TraceScrubbing"),
        mask=_req(d, "mask", ClosedPlugin._MASK, "TraceScrubbing"),
    )


_PLUGIN_SHAPES: tuple[Callable[[dict[str, Any]], Any], ...] = (
    lambda d: PiiRedaction.read(d, None),
    lambda d: PiiRedaction.read(d, "en"),
    lambda d: PiiRedaction.read(d, "nl"),
    _healing,
    _scrubbing,
)


def _plugin(v: Any, where: str) -> Any:
    d = _obj(v, where)
    for shape in _PLUGIN_SHAPES:
        try:
            return shape(d)
        except ValueError:
            pass
    raise ValueError(f"{where}: matches none of the plugin shapes")


# --- parameters, shared by model.parameters and fallback_models[].parameters ---------------------


@dataclass(slots=True, kw_only=True)
class Cache:
    type: str
    ttl: int | float = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _KEYS = frozenset(("ttl", "type"))

    @classmethod
    def from_dict(cls, v: Any) -> Cache:
        d = _obj(v, "Cache")
        return cls(
            ttl=_opt(d, "ttl", _num, "Cache"),
            type=_req(d, "type", _C_ENUM_EXACT_MATCH, "Cache"),
            additional_properties=_extras(d, cls._KEYS),
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.type}
        _put(out, "ttl", self.ttl)
        return _done(out, self.additional_properties)


@dataclass(slots=True, kw_only=True)
class WeightedModel:
    model: str
    weight: int | float = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _KEYS = frozenset(("model", "weight"))

    @classmethod
    def from_dict(cls, v: Any) -> WeightedModel:
        d = _obj(v, "WeightedModel")
        return cls(
            model=_req(d, "model", _str, "WeightedModel"),
            weight=_opt(d, "weight", _num, "WeightedModel"),
            additional_properties=_extras(d, cls._KEYS),
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"model": self.model}
        _put(out, "weight", self.weight)
        return _done(out, self.additional_properties)


@dataclass(slots=True, kw_only=True)
class LoadBalancer:
    type: str
    models: list[WeightedModel]
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _KEYS = frozenset(("type", "models"))

    @classmethod
    def from_dict(cls, v: Any) -> LoadBalancer:
        d = _obj(v, "LoadBalancer")
        return cls(
            type=_req(d, "type", _C_ENUM_WEIGHT_BASED, "LoadBalancer"),
            models=_req(d, "models", _C_LIST_MODEL_WEIGHTEDMODEL, "LoadBalancer"),
            additional_properties=_extras(d, cls._KEYS),
        )

    def to_dict(self) -> dict[str, Any]:
        out = {"type": self.type, "models": [m.to_dict() for m in self.models]}
        return _done(out, self.additional_properties)


@dataclass(slots=True, kw_only=True)
class Timeout:
    call_timeout: int | float
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _KEYS = frozenset(("call_timeout",))

    @classmethod
    def from_dict(cls, v: Any) -> Timeout:
        d = _obj(v, "Timeout")
        return cls(
            call_timeout=_req(d, "call_timeout", _num, "Timeout"),
            additional_properties=_extras(d, cls._KEYS),
        )

    def to_dict(self) -> dict[str, Any]:
        return _done({"call_timeout": self.call_timeout}, self.additional_properties)


@dataclass(slots=True, kw_only=True)
class CacheControl:
    type: str
    ttl: str = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _KEYS = frozenset(("type", "ttl"))

    @classmethod
    def from_dict(cls, v: Any) -> CacheControl:
        d = _obj(v, "CacheControl")
        return cls(
            type=_req(d, "type", _C_ENUM_EPHEMERAL, "CacheControl"),
            ttl=_opt(d, "ttl", _C_ENUM_5M_1H, "CacheControl"),
            additional_properties=_extras(d, cls._KEYS),
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.type}
        _put(out, "ttl", self.ttl)
        return _done(out, self.additional_properties)


_NUM_OR_NULL = _nullable(_num)
_INT_OR_NULL = _nullable(_int)
_REASONING = _enum("none", "minimal", "low", "medium", "high", "xhigh")
_MODALITIES = _nullable(_list(_enum("text", "audio")))
_FALLBACKS = _list(Named.reader("model"))


@dataclass(slots=True, kw_only=True)
class Parameters:
    name: str = UNSET
    frequency_penalty: int | float | None = UNSET
    max_tokens: int | None = UNSET
    max_completion_tokens: int | None = UNSET
    presence_penalty: int | float | None = UNSET
    response_format: Union[Tagged, ResponseFormatJsonSchema] = UNSET
    reasoning_effort: str = UNSET
    verbosity: str = UNSET
    seed: int | float | None = UNSET
    stop: str | list[str] | None = UNSET
    thinking: Union[Tagged, ThinkingEnabled] = UNSET
    temperature: int | float | None = UNSET
    top_p: int | float | None = UNSET
    top_k: int | float | None = UNSET
    tool_choice: str | ToolChoiceFunction = UNSET
    parallel_tool_calls: bool = UNSET
    modalities: list[str] | None = UNSET
    guardrails: list[Guardrail] = UNSET
    plugins: list[Any] = UNSET
    fallbacks: list[Named] = UNSET
    cache: Cache = UNSET
    load_balancer: LoadBalancer = UNSET
    timeout: Timeout = UNSET
    cache_control: CacheControl = UNSET
    prompt_cache_key: str = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _KEYS = frozenset(
        "name frequency_penalty max_tokens max_completion_tokens presence_penalty response_format "
        "reasoning_effort verbosity seed stop thinking temperature top_p top_k tool_choice "
        "parallel_tool_calls modalities guardrails plugins fallbacks cache load_balancer timeout "
        "cache_control prompt_cache_key".split()
    )

    @classmethod
    def from_dict(cls, v: Any) -> Parameters:
        d, w = _obj(v, "Parameters"), "Parameters"
        return cls(
            name=_opt(d, "name", _str, w),
            frequency_penalty=_opt(d, "frequency_penalty", _NUM_OR_NULL, w),
            max_tokens=_opt(d, "max_tokens", _INT_OR_NULL, w),
            max_completion_tokens=_opt(d, "max_completion_tokens", _INT_OR_NULL, w),
            presence_penalty=_opt(d, "presence_penalty", _NUM_OR_NULL, w),
            response_format=_opt(d, "response_format", _response_format, w),
            reasoning_effort=_opt(d, "reasoning_effort", _REASONING, w),
            verbosity=_opt(d, "verbosity", _str, w),
            seed=_opt(d, "seed", _NUM_OR_NULL, w),
            stop=_opt(d, "stop", _stop, w),
            thinking=_opt(d, "thinking", _thinking, w),
            temperature=_opt(d, "temperature", _NUM_OR_NULL, w),
            top_p=_opt(d, "top_p", _NUM_OR_NULL, w),
            top_k=_opt(d, "top_k", _NUM_OR_NULL, w),
            tool_choice=_opt(d, "tool_choice", _tool_choice, w),
            parallel_tool_calls=_opt(d, "parallel_tool_calls", _bool, w),
            modalities=_opt(d, "modalities", _MODALITIES, w),
            guardrails=_opt(d, "guardrails", _C_LIST_MODEL_GUARDRAIL, w),
            plugins=_opt(d, "plugins", _C_LIST_PLUGIN, w),
            fallbacks=_opt(d, "fallbacks", _FALLBACKS, w),
            cache=_opt(d, "cache", _C_MODEL_CACHE, w),
            load_balancer=_opt(d, "load_balancer", _C_MODEL_LOADBALANCER, w),
            timeout=_opt(d, "timeout", _C_MODEL_TIMEOUT, w),
            cache_control=_opt(d, "cache_control", _C_MODEL_CACHECONTROL, w),
            prompt_cache_key=_opt(d, "prompt_cache_key", _str, w),
            additional_properties=_extras(d, cls._KEYS),
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        _put(out, "name", self.name)
        _put(out, "frequency_penalty", self.frequency_penalty)
        _put(out, "max_tokens", self.max_tokens)
        _put(out, "max_completion_tokens", self.max_completion_tokens)
        _put(out, "presence_penalty", self.presence_penalty)
        _put_model(out, "response_format", self.response_format)
        _put(out, "reasoning_effort", self.reasoning_effort)
        _put(out, "verbosity", self.verbosity)
        _put(out, "seed", self.seed)
        if self.stop is not UNSET:
            out["stop"] = list(self.stop) if isinstance(self.stop, list) else self.stop
        _put_model(out, "thinking", self.thinking)
        _put(out, "temperature", self.temperature)
        _put(out, "top_p", self.top_p)
        _put(out, "top_k", self.top_k)
        if self.tool_choice is not UNSET:
            tc = self.tool_choice
            out["tool_choice"] = tc if isinstance(tc, str) else tc.to_dict()
        _put(out, "parallel_tool_calls", self.parallel_tool_calls)
        _put_list(out, "modalities", self.modalities)
        _put_models(out, "guardrails", self.guardrails)
        _put_models(out, "plugins", self.plugins)
        if self.fallbacks is not UNSET:
            out["fallbacks"] = [f.dict_with("model") for f in self.fallbacks]
        _put_model(out, "cache", self.cache)
        _put_model(out, "load_balancer", self.load_balancer)
        _put_model(out, "timeout", self.timeout)
        _put_model(out, "cache_control", self.cache_control)
        _put(out, "prompt_cache_key", self.prompt_cache_key)
        return _done(out, self.additional_properties)


# --- model ----------------------------------------------------------------------------------------


@dataclass(slots=True, kw_only=True)
class Retry:
    count: int | float = UNSET
    on_codes: list[int | float] = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _KEYS = frozenset(("count", "on_codes"))
    _CODES = _list(_num)

    @classmethod
    def from_dict(cls, v: Any) -> Retry:
        d = _obj(v, "Retry")
        return cls(
            count=_opt(d, "count", _num, "Retry"),
            on_codes=_opt(d, "on_codes", cls._CODES, "Retry"),
            additional_properties=_extras(d, cls._KEYS),
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        _put(out, "count", self.count)
        _put_list(out, "on_codes", self.on_codes)
        return _done(out, self.additional_properties)


@dataclass(slots=True, kw_only=True)
class FallbackModel:
    id: str
    parameters: Parameters = UNSET
    retry: Retry = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _KEYS = frozenset(("id", "parameters", "retry"))

    @classmethod
    def from_dict(cls, v: Any) -> FallbackModel:
        d = _obj(v, "FallbackModel")
        return cls(
            id=_req(d, "id", _str, "FallbackModel"),
            parameters=_opt(d, "parameters", _C_MODEL_PARAMETERS, "FallbackModel"),
            retry=_opt(d, "retry", _C_MODEL_RETRY, "FallbackModel"),
            additional_properties=_extras(d, cls._KEYS),
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id}
        _put_model(out, "parameters", self.parameters)
        _put_model(out, "retry", self.retry)
        return _done(out, self.additional_properties)


def _fallback_model(v: Any, where: str) -> str | FallbackModel:
    return v if isinstance(v, str) else FallbackModel.from_dict(v)


@dataclass(slots=True, kw_only=True)
class AgentModel:
    id: str
    integration_id: str | None = UNSET
    parameters: Parameters | None = UNSET
    retry: Retry = UNSET
    fallback_models: list[str | FallbackModel] | None = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _KEYS = frozenset(("id", "integration_id", "parameters", "retry", "fallback_models"))
    _FALLBACKS = _nullable(_list(_fallback_model))

    @classmethod
    def from_dict(cls, v: Any) -> AgentModel:
        d, w = _obj(v, "AgentModel"), "AgentModel"
        return cls(
            id=_req(d, "id", _str, w),
            integration_id=_opt(d, "integration_id", _C_NULLABLE_STR, w),
            parameters=_opt(d, "parameters", _C_NULLABLE_MODEL_PARAMETERS, w),
            retry=_opt(d, "retry", _C_MODEL_RETRY, w),
            fallback_models=_opt(d, "fallback_models", cls._FALLBACKS, w),
            additional_properties=_extras(d, cls._KEYS),
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id}
        _put(out, "integration_id", self.integration_id)
        _put_model(out, "parameters", self.parameters)
        _put_model(out, "retry", self.retry)
        fm = self.fallback_models
        if fm is not UNSET:
            out["fallback_models"] = None if fm is None else [x if isinstance(x, str) else x.to_dict() for x in fm]
        return _done(out, self.additional_properties)


# --- settings -------------------------------------------------------------------------------------


@dataclass(slots=True, kw_only=True)
class Condition:
    condition: str
    operator: str
    value: str
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _KEYS = frozenset(("condition", "operator", "value"))

    @classmethod
    def from_dict(cls, v: Any) -> Condition:
        d = _obj(v, "Condition")
        return cls(
            condition=_req(d, "condition", _str, "Condition"),
            operator=_req(d, "operator", _str, "Condition"),
            value=_req(d, "value", _str, "Condition"),
            additional_properties=_extras(d, cls._KEYS),
        )

    def to_dict(self) -> dict[str, Any]:
        out = {"condition": self.condition, "operator": self.operator, "value": self.value}
        return _done(out, self.additional_properties)


@dataclass(slots=True, kw_only=True)
class Tool:
    id: str
    action_type: str
    key: str = UNSET
    display_name: str = UNSET
    description: str = UNSET
    configuration: dict[str, Any] = UNSET
    requires_approval: bool = UNSET
    tool_id: str = UNSET
    conditions: list[Condition] = UNSET
    timeout: int | float = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _KEYS = frozenset(
        "id key action_type display_name description configuration requires_approval tool_id "
        "conditions timeout".split()
    )

    @classmethod
    def from_dict(cls, v: Any) -> Tool:
        d, w = _obj(v, "Tool"), "Tool"
        return cls(
            id=_req(d, "id", _str, w),
            key=_opt(d, "key", _str, w),
            action_type=_req(d, "action_type", _str, w),
            display_name=_opt(d, "display_name", _str, w),
            description=_opt(d, "description", _str, w),
            configuration=_opt(d, "configuration", _any_map, w),
            requires_approval=_opt(d, "requires_approval", _bool, w),
            tool_id=_opt(d, "tool_id", _str, w),
            conditions=_opt(d, "conditions", _C_LIST_MODEL_CONDITION, w),
            timeout=_opt(d, "timeout", _num, w),
            additional_properties=_extras(d, cls._KEYS),
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "action_type": self.action_type}
        _put(out, "key", self.key)
        _put(out, "display_name", self.display_name)
        _put(out, "description", self.description)
        if self.configuration is not UNSET:
            out["configuration"] = dict(self.configuration)
        _put(out, "requires_approval", self.requires_approval)
        _put(out, "tool_id", self.tool_id)
        _put_models(out, "conditions", self.conditions)
        _put(out, "timeout", self.timeout)
        return _done(out, self.additional_properties)


@dataclass(slots=True, kw_only=True)
class EvaluatorConfig:
    """settings.evaluators[] and settings.guardrails[]."""

    id: str
    execute_on: str
    sample_rate: int | float = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _KEYS = frozenset(("id", "sample_rate", "execute_on"))

    @classmethod
    def from_dict(cls, v: Any) -> EvaluatorConfig:
        d = _obj(v, "EvaluatorConfig")
        return cls(
            id=_req(d, "id", _str, "EvaluatorConfig"),
            sample_rate=_opt(d, "sample_rate", _num, "EvaluatorConfig"),
            execute_on=_req(d, "execute_on", _EXECUTE_ON, "EvaluatorConfig"),
            additional_properties=_extras(d, cls._KEYS),
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id}
        _put(out, "sample_rate", self.sample_rate)
        out["execute_on"] = self.execute_on
        return _done(out, self.additional_properties)


@dataclass(slots=True, kw_only=True)
class Settings:
    max_iterations: int = UNSET
    max_execution_time: int = UNSET
    max_cost: int | float = UNSET
    tool_approval_required: str = UNSET
    chat_exposed: bool = UNSET
    tools: list[Tool] = UNSET
    evaluators: list[EvaluatorConfig] = UNSET
    guardrails: list[EvaluatorConfig] = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _KEYS = frozenset(
        "max_iterations max_execution_time max_cost tool_approval_required chat_exposed tools "
        "evaluators guardrails".split()
    )
    _APPROVAL = _enum("all", "respect_tool", "none")
    _EVALUATORS = _list(_model(EvaluatorConfig))

    @classmethod
    def from_dict(cls, v: Any) -> Settings:
        d, w = _obj(v, "Settings"), "Settings"
        return cls(
            max_iterations=_opt(d, "max_iterations", _int, w),
            max_execution_time=_opt(d, "max_execution_time", _int, w),
            max_cost=_opt(d, "max_cost", _num, w),
            tool_approval_required=_opt(d, "tool_approval_required", cls._APPROVAL, w),
            chat_exposed=_opt(d, "chat_exposed", _bool, w),
            tools=_opt(d, "tools", _C_LIST_MODEL_TOOL, w),
            evaluators=_opt(d, "evaluators", cls._EVALUATORS, w),
            guardrails=_opt(d, "guardrails", cls._EVALUATORS, w),
            additional_properties=_extras(d, cls._KEYS),
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        _put(out, "max_iterations", self.max_iterations)
        _put(out, "max_execution_time", self.max_execution_time)
        _put(out, "max_cost", self.max_cost)
        _put(out, "tool_approval_required", self.tool_approval_required)
        _put(out, "chat_exposed", self.chat_exposed)
        _put_models(out, "tools", self.tools)
        _put_models(out, "evaluators", self.evaluators)
        _put_models(out, "guardrails", self.guardrails)
        return _done(out, self.additional_properties)


# --- agent and body -----------------------------------------------------------------------------


@dataclass(slots=True, kw_only=True)
class TeamMember:
    key: str
    role: str = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _KEYS = frozenset(("key", "role"))

    @classmethod
    def from_dict(cls, v: Any) -> TeamMember:
        d = _obj(v, "TeamMember")
        return cls(
            key=_req(d, "key", _str, "TeamMember"),
            role=_opt(d, "role", _str, "TeamMember"),
            additional_properties=_extras(d, cls._KEYS),
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"key": self.key}
        _put(out, "role", self.role)
        return _done(out, self.additional_properties)


@dataclass(slots=True, kw_only=True)
class Metrics:
    total_cost: int | float = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _KEYS = frozenset(("total_cost",))

    @classmethod
    def from_dict(cls, v: Any) -> Metrics:
        d = _obj(v, "Metrics")
        return cls(
            total_cost=_opt(d, "total_cost", _num, "Metrics"),
            additional_properties=_extras(d, cls._KEYS),
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        _put(out, "total_cost", self.total_cost)
        return _done(out, self.additional_properties)


_STRINGS = _list(_str)
_KNOWLEDGE = _list(Named.reader("knowledge_id"))
_STR_OR_NULL = _nullable(_str)


@dataclass(slots=True, kw_only=True)
class Agent:
    id: str  # wire name "_id"
    key: str
    status: str
    path: str
    role: str
    description: str
    instructions: str
    model: AgentModel
    display_name: str = UNSET
    created_by_id: str | None = UNSET
    updated_by_id: str | None = UNSET
    created: str = UNSET
    updated: str = UNSET
    version: str = UNSET
    memory_stores: list[str] = UNSET
    team_of_agents: list[TeamMember] = UNSET
    skills: list[str] = UNSET
    metrics: Metrics = UNSET
    variables: dict[str, Any] = UNSET
    knowledge_bases: list[Named] = UNSET
    source: str = UNSET
    engine: str = UNSET
    type: str = UNSET
    system_prompt: str | None = UNSET
    settings: Settings = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _KEYS = frozenset(
        "_id key display_name created_by_id updated_by_id created updated status version path "
        "memory_stores team_of_agents skills metrics variables knowledge_bases source engine type "
        "role description system_prompt instructions settings model".split()
    )
    _STATUS = _enum("live", "draft", "pending", "published")
    _SOURCE = _enum("internal", "external", "experiment")
    _ENGINE = _enum("text", "jinja", "mustache")
    _TYPE = _enum("internal", "a2a")

    @classmethod
    def from_dict(cls, v: Any) -> Agent:
        d, w = _obj(v, "Agent"), "Agent"
        return cls(
            id=_req(d, "_id", _str, w),
            key=_req(d, "key", _str, w),
            display_name=_opt(d, "display_name", _str, w),
            created_by_id=_opt(d, "created_by_id", _STR_OR_NULL, w),
            updated_by_id=_opt(d, "updated_by_id", _STR_OR_NULL, w),
            created=_opt(d, "created", _str, w),
            updated=_opt(d, "updated", _str, w),
            status=_req(d, "status", cls._STATUS, w),
            version=_opt(d, "version", _str, w),
            path=_req(d, "path", _str, w),
            memory_stores=_opt(d, "memory_stores", _STRINGS, w),
            team_of_agents=_opt(d, "team_of_agents", _C_LIST_MODEL_TEAMMEMBER, w),
            skills=_opt(d, "skills", _STRINGS, w),
            metrics=_opt(d, "metrics", _C_MODEL_METRICS, w),
            variables=_opt(d, "variables", _any_map, w),
            knowledge_bases=_opt(d, "knowledge_bases", _KNOWLEDGE, w),
            source=_opt(d, "source", cls._SOURCE, w),
            engine=_opt(d, "engine", cls._ENGINE, w),
            type=_opt(d, "type", cls._TYPE, w),
            role=_req(d, "role", _str, w),
            description=_req(d, "description", _str, w),
            system_prompt=_opt(d, "system_prompt", _STR_OR_NULL, w),
            instructions=_req(d, "instructions", _str, w),
            settings=_opt(d, "settings", _C_MODEL_SETTINGS, w),
            model=_req(d, "model", _C_MODEL_AGENTMODEL, w),
            additional_properties=_extras(d, cls._KEYS),
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"_id": self.id, "key": self.key}
        _put(out, "display_name", self.display_name)
        _put(out, "created_by_id", self.created_by_id)
        _put(out, "updated_by_id", self.updated_by_id)
        _put(out, "created", self.created)
        _put(out, "updated", self.updated)
        out["status"] = self.status
        _put(out, "version", self.version)
        out["path"] = self.path
        _put_list(out, "memory_stores", self.memory_stores)
        _put_models(out, "team_of_agents", self.team_of_agents)
        _put_list(out, "skills", self.skills)
        _put_model(out, "metrics", self.metrics)
        if self.variables is not UNSET:
            out["variables"] = dict(self.variables)
        if self.knowledge_bases is not UNSET:
            out["knowledge_bases"] = [k.dict_with("knowledge_id") for k in self.knowledge_bases]
        _put(out, "source", self.source)
        _put(out, "engine", self.engine)
        _put(out, "type", self.type)
        out["role"] = self.role
        out["description"] = self.description
        _put(out, "system_prompt", self.system_prompt)
        out["instructions"] = self.instructions
        _put_model(out, "settings", self.settings)
        out["model"] = self.model.to_dict()
        return _done(out, self.additional_properties)


@dataclass(slots=True, kw_only=True)
class ListAgentsResponseBody:
    object: str
    data: list[Agent]
    has_more: bool
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _KEYS = frozenset(("object", "data", "has_more"))
    _DATA = _list(_model(Agent))

    @classmethod
    def from_dict(cls, v: Any) -> ListAgentsResponseBody:
        d, w = _obj(v, "ListAgentsResponseBody"), "ListAgentsResponseBody"
        return cls(
            object=_req(d, "object", _C_ENUM_LIST, w),
            data=_req(d, "data", cls._DATA, w),
            has_more=_req(d, "has_more", _bool, w),
            additional_properties=_extras(d, cls._KEYS),
        )

    def to_dict(self) -> dict[str, Any]:
        out = {"object": self.object, "data": [a.to_dict() for a in self.data], "has_more": self.has_more}
        return _done(out, self.additional_properties)

    @classmethod
    def from_json(cls, text: str | bytes) -> ListAgentsResponseBody:
        return cls.from_dict(json.loads(text))

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"))


# closures used by the methods above, built once
_C_ENUM_5M_1H = _enum("5m", "1h")
_C_ENUM_EPHEMERAL = _enum("ephemeral")
_C_ENUM_EXACT_MATCH = _enum("exact_match")
_C_ENUM_FUNCTION = _enum("function")
_C_ENUM_LIST = _enum("list")
_C_ENUM_PII_REDACTION = _enum("pii_redaction")
_C_ENUM_RESPONSE_HEALING = _enum("response_healing")
_C_ENUM_TRACE_SCRUBBING = _enum("trace_scrubbing")
_C_ENUM_WEIGHT_BASED = _enum("weight_based")
_C_LIST_MODEL_CONDITION = _list(_model(Condition))
_C_LIST_MODEL_GUARDRAIL = _list(_model(Guardrail))
_C_LIST_MODEL_TEAMMEMBER = _list(_model(TeamMember))
_C_LIST_MODEL_TOOL = _list(_model(Tool))
_C_LIST_MODEL_WEIGHTEDMODEL = _list(_model(WeightedModel))
_C_LIST_PLUGIN = _list(_plugin)
_C_LIST_STR = _list(_str)
_C_MODEL_AGENTMODEL = _model(AgentModel)
_C_MODEL_CACHE = _model(Cache)
_C_MODEL_CACHECONTROL = _model(CacheControl)
_C_MODEL_JSONSCHEMA = _model(JsonSchema)
_C_MODEL_LOADBALANCER = _model(LoadBalancer)
_C_MODEL_METRICS = _model(Metrics)
_C_MODEL_PARAMETERS = _model(Parameters)
_C_MODEL_RETRY = _model(Retry)
_C_MODEL_SETTINGS = _model(Settings)
_C_MODEL_TIMEOUT = _model(Timeout)
_C_NULLABLE_MODEL_PARAMETERS = _nullable(_model(Parameters))
_C_NULLABLE_STR = _nullable(_str)
