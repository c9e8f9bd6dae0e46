"""components models: ItemsPromptConfig"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .itemsmessages import ItemsMessages
from .itemsmodelparameters import ItemsModelParameters
from .itemsmodeltype import (
    ITEMS_MODEL_TYPE_VALUES,
    ItemsModelType,
    decode_items_model_type,
)
from .itemsprovider import ITEMS_PROVIDER_VALUES, ItemsProvider, decode_items_provider

__all__ = ["ItemsPromptConfig"]


@dataclass(slots=True, kw_only=True)
class ItemsPromptConfig(_rt.Base):
    """ItemsPromptConfig"""

    stream: Union[bool, Unset] = UNSET
    model: Union[str, Unset] = UNSET
    model_db_id: Union[str, Unset] = UNSET
    """The id of the resource"""
    model_type: Union[ItemsModelType, Unset] = UNSET
    """The type of the model"""
    model_parameters: Union[ItemsModelParameters, Unset] = UNSET
    """Model Parameters: Not all parameters apply to every model"""
    provider: Union[ItemsProvider, Unset] = UNSET
    integration_id: Union[Optional[str], Unset] = UNSET
    """The id of the resource"""
    version: Union[str, Unset] = UNSET
    messages: List[ItemsMessages]
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> ItemsPromptConfig:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v8 = data["messages"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        v0 = data.get("stream", UNSET)
        if v0 is not UNSET:
            if type(v0) is not bool:
                raise _rt.type_error("bool", v0).at(".stream")
        v1 = data.get("model", UNSET)
        if v1 is not UNSET:
            if type(v1) is not str:
                raise _rt.type_error("str", v1).at(".model")
        v2 = data.get("model_db_id", UNSET)
        if v2 is not UNSET:
            if type(v2) is not str:
                raise _rt.type_error("str", v2).at(".model_db_id")
        v3 = data.get("model_type", UNSET)
        if v3 is not UNSET:
            if v3.__class__ is not str or v3 not in ITEMS_MODEL_TYPE_VALUES:
                raise _rt.enum_error(v3, ITEMS_MODEL_TYPE_VALUES).at(".model_type")
        v4 = data.get("model_parameters", UNSET)
        if v4 is not UNSET:
            try:
                v4 = ItemsModelParameters.from_dict(v4)
            except ValidationError as e:
                raise e.at(".model_parameters")
            except RecursionError:
                raise _rt.too_deep().at(".model_parameters") from None
        v5 = data.get("provider", UNSET)
        if v5 is not UNSET:
            if v5.__class__ is not str or v5 not in ITEMS_PROVIDER_VALUES:
                raise _rt.enum_error(v5, ITEMS_PROVIDER_VALUES).at(".provider")
        v6 = data.get("integration_id", UNSET)
        if v6 is not UNSET and v6 is not None:
            if type(v6) is not str:
                raise _rt.type_error("str", v6).at(".integration_id")
        v7 = data.get("version", UNSET)
        if v7 is not UNSET:
            if type(v7) is not str:
                raise _rt.type_error("str", v7).at(".version")
        try:
            v8 = _rt.d_list(v8, ItemsMessages.from_dict)
        except ValidationError as e:
            raise e.at(".messages")
        except RecursionError:
            raise _rt.too_deep().at(".messages") from None
        extras: Dict[str, Any] = {}
        if len(data) != (
            1
            + (v0 is not UNSET)
            + (v1 is not UNSET)
            + (v2 is not UNSET)
            + (v3 is not UNSET)
            + (v4 is not UNSET)
            + (v5 is not UNSET)
            + (v6 is not UNSET)
            + (v7 is not UNSET)
        ):
            extras = {
                k: x for k, x in data.items() if k not in _KEYS_items_prompt_config
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.stream = v0
        obj.model = v1
        obj.model_db_id = v2
        obj.model_type = v3
        obj.model_parameters = v4
        obj.provider = v5
        obj.integration_id = v6
        obj.version = v7
        obj.messages = v8
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "messages": [x0.to_dict() for x0 in self.messages],
        }
        v0 = self.stream
        if v0 is not UNSET:
            out["stream"] = v0
        v1 = self.model
        if v1 is not UNSET:
            out["model"] = v1
        v2 = self.model_db_id
        if v2 is not UNSET:
            out["model_db_id"] = v2
        v3 = self.model_type
        if v3 is not UNSET:
            out["model_type"] = v3
        v4 = self.model_parameters
        if v4 is not UNSET:
            out["model_parameters"] = v4.to_dict()
        v5 = self.provider
        if v5 is not UNSET:
            out["provider"] = v5
        v6 = self.integration_id
        if v6 is not UNSET:
            out["integration_id"] = v6
        v7 = self.version
        if v7 is not UNSET:
            out["version"] = v7
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_items_prompt_config = frozenset(
    {
        "stream",
        "model",
        "model_db_id",
        "model_type",
        "model_parameters",
        "provider",
        "integration_id",
        "version",
        "messages",
    }
)
