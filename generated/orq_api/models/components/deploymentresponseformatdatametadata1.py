"""components models: DeploymentResponseFormatDataMetadata1"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .deploymentresponseformatdatajsonschema import (
    DeploymentResponseFormatDataJsonSchema,
)
from .deploymentresponseformatdatametadatatype import (
    DEPLOYMENT_RESPONSE_FORMAT_DATA_METADATA_TYPE_VALUES,
    DeploymentResponseFormatDataMetadataType,
    decode_deployment_response_format_data_metadata_type,
)

__all__ = ["DeploymentResponseFormatDataMetadata1"]


@dataclass(slots=True, kw_only=True)
class DeploymentResponseFormatDataMetadata1(_rt.Base):
    """DeploymentResponseFormatDataMetadata1"""

    type: DeploymentResponseFormatDataMetadataType
    json_schema: DeploymentResponseFormatDataJsonSchema
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> DeploymentResponseFormatDataMetadata1:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["type"]
            v1 = data["json_schema"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if (
            v0.__class__ is not str
            or v0 not in DEPLOYMENT_RESPONSE_FORMAT_DATA_METADATA_TYPE_VALUES
        ):
            raise _rt.enum_error(
                v0, DEPLOYMENT_RESPONSE_FORMAT_DATA_METADATA_TYPE_VALUES
            ).at(".type")
        try:
            v1 = DeploymentResponseFormatDataJsonSchema.from_dict(v1)
        except ValidationError as e:
            raise e.at(".json_schema")
        except RecursionError:
            raise _rt.too_deep().at(".json_schema") from None
        extras: Dict[str, Any] = {}
        if len(data) != 2:
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_deployment_response_format_data_metadata1
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.type = v0  # type: ignore[assignment]
        obj.json_schema = v1
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "type": self.type,
            "json_schema": self.json_schema.to_dict(),
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_deployment_response_format_data_metadata1 = frozenset({"type", "json_schema"})
