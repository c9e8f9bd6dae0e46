"""components models: UpdatePromptRequest"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .updatepromptrequestmetadata import UpdatePromptRequestMetadata
from .updatepromptrequestpromptconfig import UpdatePromptRequestPromptConfig

__all__ = ["UpdatePromptRequest"]


@dataclass(slots=True, kw_only=True)
class UpdatePromptRequest(_rt.Base):
    """UpdatePromptRequest"""

    id: str
    display_name: Union[str, Unset] = UNSET
    description: Union[Optional[str], Unset] = UNSET
    prompt_config: Union[UpdatePromptRequestPromptConfig, Unset] = UNSET
    metadata: Union[UpdatePromptRequestMetadata, Unset] = UNSET
    key: Union[str, Unset] = UNSET
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> UpdatePromptRequest:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["_id"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not str:
            raise _rt.type_error("str", v0).at("._id")
        v1 = data.get("display_name", UNSET)
        if v1 is not UNSET:
            if type(v1) is not str:
                raise _rt.type_error("str", v1).at(".display_name")
        v2 = data.get("description", UNSET)
        if v2 is not UNSET and v2 is not None:
            if type(v2) is not str:
                raise _rt.type_error("str", v2).at(".description")
        v3 = data.get("prompt_config", UNSET)
        if v3 is not UNSET:
            try:
                v3 = UpdatePromptRequestPromptConfig.from_dict(v3)
            except ValidationError as e:
                raise e.at(".prompt_config")
            except RecursionError:
                raise _rt.too_deep().at(".prompt_config") from None
        v4 = data.get("metadata", UNSET)
        if v4 is not UNSET:
            try:
                v4 = UpdatePromptRequestMetadata.from_dict(v4)
            except ValidationError as e:
                raise e.at(".metadata")
            except RecursionError:
                raise _rt.too_deep().at(".metadata") from None
        v5 = data.get("key", UNSET)
        if v5 is not UNSET:
            if type(v5) is not str:
                raise _rt.type_error("str", v5).at(".key")
        extras: Dict[str, Any] = {}
        if len(data) != (
            1
            + (v1 is not UNSET)
            + (v2 is not UNSET)
            + (v3 is not UNSET)
            + (v4 is not UNSET)
            + (v5 is not UNSET)
        ):
            extras = {
                k: x for k, x in data.items() if k not in _KEYS_update_prompt_request
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.id = v0
        obj.display_name = v1
        obj.description = v2
        obj.prompt_config = v3
        obj.metadata = v4
        obj.key = v5
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "_id": self.id,
        }
        v1 = self.display_name
        if v1 is not UNSET:
            out["display_name"] = v1
        v2 = self.description
        if v2 is not UNSET:
            out["description"] = v2
        v3 = self.prompt_config
        if v3 is not UNSET:
            out["prompt_config"] = v3.to_dict()
        v4 = self.metadata
        if v4 is not UNSET:
            out["metadata"] = v4.to_dict()
        v5 = self.key
        if v5 is not UNSET:
            out["key"] = v5
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_update_prompt_request = frozenset(
    {"_id", "display_name", "description", "prompt_config", "metadata", "key"}
)
