"""components models: DeploymentResponseFormatDataSettings2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .deploymentresponseformatdatasettingscacheconfigtype import (
    DEPLOYMENT_RESPONSE_FORMAT_DATA_SETTINGS_CACHE_CONFIG_TYPE_VALUES,
    DeploymentResponseFormatDataSettingsCacheConfigType,
    decode_deployment_response_format_data_settings_cache_config_type,
)

__all__ = ["DeploymentResponseFormatDataSettings2"]


@dataclass(slots=True, kw_only=True)
class DeploymentResponseFormatDataSettings2(_rt.Base):
    """DeploymentResponseFormatDataSettings2"""

    type: DeploymentResponseFormatDataSettingsCacheConfigType
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> DeploymentResponseFormatDataSettings2:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["type"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if (
            v0.__class__ is not str
            or v0
            not in DEPLOYMENT_RESPONSE_FORMAT_DATA_SETTINGS_CACHE_CONFIG_TYPE_VALUES
        ):
            raise _rt.enum_error(
                v0, DEPLOYMENT_RESPONSE_FORMAT_DATA_SETTINGS_CACHE_CONFIG_TYPE_VALUES
            ).at(".type")
        extras: Dict[str, Any] = {}
        if len(data) != 1:
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_deployment_response_format_data_settings2
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.type = v0  # type: ignore[assignment]
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "type": self.type,
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_deployment_response_format_data_settings2 = frozenset({"type"})
