"""operations models: RemoteConfigsGetConfigResponseBody"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .remoteconfigsgetconfigtype import (
    REMOTE_CONFIGS_GET_CONFIG_TYPE_VALUES,
    RemoteConfigsGetConfigType,
    decode_remote_configs_get_config_type,
)

__all__ = ["RemoteConfigsGetConfigResponseBody"]


@dataclass(slots=True, kw_only=True)
class RemoteConfigsGetConfigResponseBody(_rt.Base):
    """An individual remote config"""

    type: RemoteConfigsGetConfigType
    value: Union[Any, Unset] = UNSET
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> RemoteConfigsGetConfigResponseBody:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["type"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if v0.__class__ is not str or v0 not in REMOTE_CONFIGS_GET_CONFIG_TYPE_VALUES:
            raise _rt.enum_error(v0, REMOTE_CONFIGS_GET_CONFIG_TYPE_VALUES).at(".type")
        v1 = data.get("value", UNSET)
        extras: Dict[str, Any] = {}
        if len(data) != 1 + (v1 is not UNSET):
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_remote_configs_get_config_response_body
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.type = v0  # type: ignore[assignment]
        obj.value = v1
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "type": self.type,
        }
        v1 = self.value
        if v1 is not UNSET:
            out["value"] = v1
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_remote_configs_get_config_response_body = frozenset({"type", "value"})
