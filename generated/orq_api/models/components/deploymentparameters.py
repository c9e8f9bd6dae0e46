"""components models: DeploymentParameters"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .additionalproperties import (
    ADDITIONAL_PROPERTIES_VALUES,
    AdditionalProperties,
    decode_additional_properties,
)
from .deploymentdatatype import (
    DEPLOYMENT_DATA_TYPE_VALUES,
    DeploymentDataType,
    decode_deployment_data_type,
)

__all__ = ["DeploymentParameters"]


@dataclass(slots=True, kw_only=True)
class DeploymentParameters(_rt.Base):
    """The parameters the functions accepts, described as a JSON Schema object.

    Omitting `parameters` defines a function with an empty parameter list.
    """

    type: DeploymentDataType
    properties: Dict[str, Any]
    required: Union[List[str], Unset] = UNSET
    additional_properties: Union[AdditionalProperties, Unset] = UNSET
    additional_properties_2: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> DeploymentParameters:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["type"]
            v1 = data["properties"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if v0.__class__ is not str or v0 not in DEPLOYMENT_DATA_TYPE_VALUES:
            raise _rt.enum_error(v0, DEPLOYMENT_DATA_TYPE_VALUES).at(".type")
        try:
            v1 = _rt.d_map(v1, _rt.d_any)
        except ValidationError as e:
            raise e.at(".properties")
        except RecursionError:
            raise _rt.too_deep().at(".properties") from None
        v2 = data.get("required", UNSET)
        if v2 is not UNSET:
            try:
                v2 = _rt.d_list(v2, _rt.d_str)
            except ValidationError as e:
                raise e.at(".required")
            except RecursionError:
                raise _rt.too_deep().at(".required") from None
        v3 = data.get("additionalProperties", UNSET)
        if v3 is not UNSET:
            try:
                v3 = decode_additional_properties(v3)
            except ValidationError as e:
                raise e.at(".additionalProperties")
            except RecursionError:
                raise _rt.too_deep().at(".additionalProperties") from None
        extras: Dict[str, Any] = {}
        if len(data) != 2 + (v2 is not UNSET) + (v3 is not UNSET):
            extras = {
                k: x for k, x in data.items() if k not in _KEYS_deployment_parameters
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.type = v0  # type: ignore[assignment]
        obj.properties = v1
        obj.required = v2
        obj.additional_properties = v3
        obj.additional_properties_2 = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "type": self.type,
            "properties": dict(self.properties),
        }
        v2 = self.required
        if v2 is not UNSET:
            out["required"] = list(v2)
        v3 = self.additional_properties
        if v3 is not UNSET:
            out["additionalProperties"] = v3
        if self.additional_properties_2:
            out.update(self.additional_properties_2)
        return out


_KEYS_deployment_parameters = frozenset(
    {"type", "properties", "required", "additionalProperties"}
)
