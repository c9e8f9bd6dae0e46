"""components models: WorkflowRunCacheConfig2ModelConfig"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowruncacheconfig2modelparameters import (
    WorkflowRunCacheConfig2ModelParameters,
)
from .workflowruncacheconfig2modeltype import (
    WORKFLOW_RUN_CACHE_CONFIG2_MODEL_TYPE_VALUES,
    WorkflowRunCacheConfig2ModelType,
    decode_workflow_run_cache_config2_model_type,
)
from .workflowruncacheconfig2provider import (
    WORKFLOW_RUN_CACHE_CONFIG2_PROVIDER_VALUES,
    WorkflowRunCacheConfig2Provider,
    decode_workflow_run_cache_config2_provider,
)

__all__ = ["WorkflowRunCacheConfig2ModelConfig"]


@dataclass(slots=True, kw_only=True)
class WorkflowRunCacheConfig2ModelConfig(_rt.Base):
    """Configuration of embedding model to be used"""

    model: str
    model_db_id: str
    """The id of the resource"""
    model_type: WorkflowRunCacheConfig2ModelType
    """The type of the model"""
    model_parameters: WorkflowRunCacheConfig2ModelParameters
    """Model Parameters: Not all parameters apply to every model"""
    provider: WorkflowRunCacheConfig2Provider
    integration_id: Union[Optional[str], Unset] = UNSET
    """The id of the resource"""
    version: Union[str, Unset] = UNSET
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> WorkflowRunCacheConfig2ModelConfig:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["model"]
            v1 = data["model_db_id"]
            v2 = data["model_type"]
            v3 = data["model_parameters"]
            v4 = data["provider"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not str:
            raise _rt.type_error("str", v0).at(".model")
        if type(v1) is not str:
            raise _rt.type_error("str", v1).at(".model_db_id")
        if (
            v2.__class__ is not str
            or v2 not in WORKFLOW_RUN_CACHE_CONFIG2_MODEL_TYPE_VALUES
        ):
            raise _rt.enum_error(v2, WORKFLOW_RUN_CACHE_CONFIG2_MODEL_TYPE_VALUES).at(
                ".model_type"
            )
        try:
            v3 = WorkflowRunCacheConfig2ModelParameters.from_dict(v3)
        except ValidationError as e:
            raise e.at(".model_parameters")
        except RecursionError:
            raise _rt.too_deep().at(".model_parameters") from None
        if (
            v4.__class__ is not str
            or v4 not in WORKFLOW_RUN_CACHE_CONFIG2_PROVIDER_VALUES
        ):
            raise _rt.enum_error(v4, WORKFLOW_RUN_CACHE_CONFIG2_PROVIDER_VALUES).at(
                ".provider"
            )
        v5 = data.get("integration_id", UNSET)
        if v5 is not UNSET and v5 is not None:
            if type(v5) is not str:
                raise _rt.type_error("str", v5).at(".integration_id")
        v6 = data.get("version", UNSET)
        if v6 is not UNSET:
            if type(v6) is not str:
                raise _rt.type_error("str", v6).at(".version")
        extras: Dict[str, Any] = {}
        if len(data) != 5 + (v5 is not UNSET) + (v6 is not UNSET):
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_workflow_run_cache_config2_model_config
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.model = v0
        obj.model_db_id = v1
        obj.model_type = v2  # type: ignore[assignment]
        obj.model_parameters = v3
        obj.provider = v4  # type: ignore[assignment]
        obj.integration_id = v5
        obj.version = v6
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "model": self.model,
            "model_db_id": self.model_db_id,
            "model_type": self.model_type,
            "model_parameters": self.model_parameters.to_dict(),
            "provider": self.provider,
        }
        v5 = self.integration_id
        if v5 is not UNSET:
            out["integration_id"] = v5
        v6 = self.version
        if v6 is not UNSET:
            out["version"] = v6
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_workflow_run_cache_config2_model_config = frozenset(
    {
        "model",
        "model_db_id",
        "model_type",
        "model_parameters",
        "provider",
        "integration_id",
        "version",
    }
)
