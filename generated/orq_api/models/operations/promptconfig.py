"""operations models: PromptConfig"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .deploymentsmessages import DeploymentsMessages
from .deploymentsprovider import (
    DEPLOYMENTS_PROVIDER_VALUES,
    DeploymentsProvider,
    decode_deployments_provider,
)
from .deploymentstools import DeploymentsTools
from .modelparameters import ModelParameters
from .modeltype import MODEL_TYPE_VALUES, ModelType, decode_model_type

__all__ = ["PromptConfig"]


@dataclass(slots=True, kw_only=True)
class PromptConfig(_rt.Base):
    """PromptConfig"""

    tools: List[DeploymentsTools]
    model: str
    model_type: ModelType
    """The type of the model"""
    model_parameters: ModelParameters
    """Model Parameters: Not all parameters apply to every model"""
    provider: DeploymentsProvider
    messages: List[DeploymentsMessages]
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> PromptConfig:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["tools"]
            v1 = data["model"]
            v2 = data["model_type"]
            v3 = data["model_parameters"]
            v4 = data["provider"]
            v5 = data["messages"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        try:
            v0 = _rt.d_list(v0, DeploymentsTools.from_dict)
        except ValidationError as e:
            raise e.at(".tools")
        except RecursionError:
            raise _rt.too_deep().at(".tools") from None
        if type(v1) is not str:
            raise _rt.type_error("str", v1).at(".model")
        if v2.__class__ is not str or v2 not in MODEL_TYPE_VALUES:
            raise _rt.enum_error(v2, MODEL_TYPE_VALUES).at(".model_type")
        try:
            v3 = ModelParameters.from_dict(v3)
        except ValidationError as e:
            raise e.at(".model_parameters")
        except RecursionError:
            raise _rt.too_deep().at(".model_parameters") from None
        if v4.__class__ is not str or v4 not in DEPLOYMENTS_PROVIDER_VALUES:
            raise _rt.enum_error(v4, DEPLOYMENTS_PROVIDER_VALUES).at(".provider")
        try:
            v5 = _rt.d_list(v5, DeploymentsMessages.from_dict)
        except ValidationError as e:
            raise e.at(".messages")
        except RecursionError:
            raise _rt.too_deep().at(".messages") from None
        extras: Dict[str, Any] = {}
        if len(data) != 6:
            extras = {k: x for k, x in data.items() if k not in _KEYS_prompt_config}
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.tools = v0
        obj.model = v1
        obj.model_type = v2  # type: ignore[assignment]
        obj.model_parameters = v3
        obj.provider = v4  # type: ignore[assignment]
        obj.messages = v5
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "tools": [x0.to_dict() for x0 in self.tools],
            "model": self.model,
            "model_type": self.model_type,
            "model_parameters": self.model_parameters.to_dict(),
            "provider": self.provider,
            "messages": [x0.to_dict() for x0 in self.messages],
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_prompt_config = frozenset(
    {"tools", "model", "model_type", "model_parameters", "provider", "messages"}
)
