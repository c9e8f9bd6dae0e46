"""components models: DeploymentCacheConfigData2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .deploymentcacheconfigdatasettingscacheconfigtype import (
    DEPLOYMENT_CACHE_CONFIG_DATA_SETTINGS_CACHE_CONFIG_TYPE_VALUES,
    DeploymentCacheConfigDataSettingsCacheConfigType,
    decode_deployment_cache_config_data_settings_cache_config_type,
)
from .deploymentcacheconfigmodelconfig import DeploymentCacheConfigModelConfig

__all__ = ["DeploymentCacheConfigData2"]


@dataclass(slots=True, kw_only=True)
class DeploymentCacheConfigData2(_rt.Base):
    """Schema for exact matching type of cache."""

    type: DeploymentCacheConfigDataSettingsCacheConfigType
    model_config: DeploymentCacheConfigModelConfig
    """Configuration of embedding model to be used"""
    ttl: Union[float, Unset] = UNSET
    """Time To Live"""
    similarity_score_threshold: Union[float, Unset] = UNSET
    """A floating-point number typically ranging from 0 to 1."""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> DeploymentCacheConfigData2:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["type"]
            v1 = data["model_config"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if (
            v0.__class__ is not str
            or v0 not in DEPLOYMENT_CACHE_CONFIG_DATA_SETTINGS_CACHE_CONFIG_TYPE_VALUES
        ):
            raise _rt.enum_error(
                v0, DEPLOYMENT_CACHE_CONFIG_DATA_SETTINGS_CACHE_CONFIG_TYPE_VALUES
            ).at(".type")
        try:
            v1 = DeploymentCacheConfigModelConfig.from_dict(v1)
        except ValidationError as e:
            raise e.at(".model_config")
        except RecursionError:
            raise _rt.too_deep().at(".model_config") from None
        v2 = data.get("ttl", UNSET)
        if v2 is not UNSET:
            if type(v2) is not float:
                if type(v2) is not int:
                    raise _rt.type_error("float", v2).at(".ttl")
            elif v2 - v2 != 0.0:
                raise _rt.not_finite(v2).at(".ttl")
        v3 = data.get("similarity_score_threshold", UNSET)
        if v3 is not UNSET:
            if type(v3) is not float:
                if type(v3) is not int:
                    raise _rt.type_error("float", v3).at(".similarity_score_threshold")
            elif v3 - v3 != 0.0:
                raise _rt.not_finite(v3).at(".similarity_score_threshold")
        extras: Dict[str, Any] = {}
        if len(data) != 2 + (v2 is not UNSET) + (v3 is not UNSET):
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_deployment_cache_config_data2
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.type = v0  # type: ignore[assignment]
        obj.model_config = v1
        obj.ttl = v2
        obj.similarity_score_threshold = v3
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "type": self.type,
            "model_config": self.model_config.to_dict(),
        }
        v2 = self.ttl
        if v2 is not UNSET:
            out["ttl"] = v2
        v3 = self.similarity_score_threshold
        if v3 is not UNSET:
            out["similarity_score_threshold"] = v3
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_deployment_cache_config_data2 = frozenset(
    {"type", "model_config", "ttl", "similarity_score_threshold"}
)
