"""components models: UpdatePromptResponseVersions"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .updatepromptresponse1metadata import UpdatePromptResponse1Metadata
from .updatepromptresponse1promptconfig import UpdatePromptResponse1PromptConfig

__all__ = ["UpdatePromptResponseVersions"]


@dataclass(slots=True, kw_only=True)
class UpdatePromptResponseVersions(_rt.Base):
    """Prompt version model returned from the API"""

    id: str
    created_by_id: str
    display_name: str
    updated_by_id: str
    description: Union[Optional[str], Unset] = UNSET
    prompt_config: UpdatePromptResponse1PromptConfig
    metadata: UpdatePromptResponse1Metadata
    commit: str
    timestamp: str
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> UpdatePromptResponseVersions:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["_id"]
            v1 = data["created_by_id"]
            v2 = data["display_name"]
            v3 = data["updated_by_id"]
            v5 = data["prompt_config"]
            v6 = data["metadata"]
            v7 = data["commit"]
            v8 = data["timestamp"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not str:
            raise _rt.type_error("str", v0).at("._id")
        if type(v1) is not str:
            raise _rt.type_error("str", v1).at(".created_by_id")
        if type(v2) is not str:
            raise _rt.type_error("str", v2).at(".display_name")
        if type(v3) is not str:
            raise _rt.type_error("str", v3).at(".updated_by_id")
        v4 = data.get("description", UNSET)
        if v4 is not UNSET and v4 is not None:
            if type(v4) is not str:
                raise _rt.type_error("str", v4).at(".description")
        try:
            v5 = UpdatePromptResponse1PromptConfig.from_dict(v5)
        except ValidationError as e:
            raise e.at(".prompt_config")
        except RecursionError:
            raise _rt.too_deep().at(".prompt_config") from None
        try:
            v6 = UpdatePromptResponse1Metadata.from_dict(v6)
        except ValidationError as e:
            raise e.at(".metadata")
        except RecursionError:
            raise _rt.too_deep().at(".metadata") from None
        if type(v7) is not str:
            raise _rt.type_error("str", v7).at(".commit")
        if type(v8) is not str:
            raise _rt.type_error("str", v8).at(".timestamp")
        extras: Dict[str, Any] = {}
        if len(data) != 8 + (v4 is not UNSET):
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_update_prompt_response_versions
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.id = v0
        obj.created_by_id = v1
        obj.display_name = v2
        obj.updated_by_id = v3
        obj.description = v4
        obj.prompt_config = v5
        obj.metadata = v6
        obj.commit = v7
        obj.timestamp = v8
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "_id": self.id,
            "created_by_id": self.created_by_id,
            "display_name": self.display_name,
            "updated_by_id": self.updated_by_id,
            "prompt_config": self.prompt_config.to_dict(),
            "metadata": self.metadata.to_dict(),
            "commit": self.commit,
            "timestamp": self.timestamp,
        }
        v4 = self.description
        if v4 is not UNSET:
            out["description"] = v4
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_update_prompt_response_versions = frozenset(
    {
        "_id",
        "created_by_id",
        "display_name",
        "updated_by_id",
        "description",
        "prompt_config",
        "metadata",
        "commit",
        "timestamp",
    }
)
