"""components models: UpdatePromptResponse3"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .updatepromptresponse3created import (
    UpdatePromptResponse3Created,
    decode_update_prompt_response3_created,
    encode_update_prompt_response3_created,
)
from .updatepromptresponse3metadata import UpdatePromptResponse3Metadata
from .updatepromptresponse3owner import (
    UpdatePromptResponse3Owner,
    decode_update_prompt_response3_owner,
    encode_update_prompt_response3_owner,
)
from .updatepromptresponse3promptconfig import UpdatePromptResponse3PromptConfig
from .updatepromptresponse3type import (
    UPDATE_PROMPT_RESPONSE3_TYPE_VALUES,
    UpdatePromptResponse3Type,
    decode_update_prompt_response3_type,
)
from .updatepromptresponse3updated import (
    UpdatePromptResponse3Updated,
    decode_update_prompt_response3_updated,
    encode_update_prompt_response3_updated,
)
from .updatepromptresponse3versions import UpdatePromptResponse3Versions

__all__ = ["UpdatePromptResponse3"]


@dataclass(slots=True, kw_only=True)
class UpdatePromptResponse3(_rt.Base):
    """Prompt template model returned from the API"""

    id: str
    owner: UpdatePromptResponse3Owner
    domain_id: str
    created_by_id: str
    display_name: str
    updated_by_id: str
    description: Union[Optional[str], Unset] = UNSET
    prompt_config: UpdatePromptResponse3PromptConfig
    metadata: UpdatePromptResponse3Metadata
    created: Union[UpdatePromptResponse3Created, Unset] = UNSET
    """The date and time the resource was created"""
    updated: Union[UpdatePromptResponse3Updated, Unset] = UNSET
    """The date and time the resource was last updated"""
    versions: List[UpdatePromptResponse3Versions]
    type: UpdatePromptResponse3Type
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> UpdatePromptResponse3:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["_id"]
            v1 = data["owner"]
            v2 = data["domain_id"]
            v3 = data["created_by_id"]
            v4 = data["display_name"]
            v5 = data["updated_by_id"]
            v7 = data["prompt_config"]
            v8 = data["metadata"]
            v11 = data["versions"]
            v12 = data["type"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not str:
            raise _rt.type_error("str", v0).at("._id")
        try:
            v1 = decode_update_prompt_response3_owner(v1)
        except ValidationError as e:
            raise e.at(".owner")
        except RecursionError:
            raise _rt.too_deep().at(".owner") from None
        if type(v2) is not str:
            raise _rt.type_error("str", v2).at(".domain_id")
        if type(v3) is not str:
            raise _rt.type_error("str", v3).at(".created_by_id")
        if type(v4) is not str:
            raise _rt.type_error("str", v4).at(".display_name")
        if type(v5) is not str:
            raise _rt.type_error("str", v5).at(".updated_by_id")
        v6 = data.get("description", UNSET)
        if v6 is not UNSET and v6 is not None:
            if type(v6) is not str:
                raise _rt.type_error("str", v6).at(".description")
        try:
            v7 = UpdatePromptResponse3PromptConfig.from_dict(v7)
        except ValidationError as e:
            raise e.at(".prompt_config")
        except RecursionError:
            raise _rt.too_deep().at(".prompt_config") from None
        try:
            v8 = UpdatePromptResponse3Metadata.from_dict(v8)
        except ValidationError as e:
            raise e.at(".metadata")
        except RecursionError:
            raise _rt.too_deep().at(".metadata") from None
        v9 = data.get("created", UNSET)
        if v9 is not UNSET:
            try:
                v9 = decode_update_prompt_response3_created(v9)
            except ValidationError as e:
                raise e.at(".created")
            except RecursionError:
                raise _rt.too_deep().at(".created") from None
        v10 = data.get("updated", UNSET)
        if v10 is not UNSET:
            try:
                v10 = decode_update_prompt_response3_updated(v10)
            except ValidationError as e:
                raise e.at(".updated")
            except RecursionError:
                raise _rt.too_deep().at(".updated") from None
        try:
            v11 = _rt.d_list(v11, UpdatePromptResponse3Versions.from_dict)
        except ValidationError as e:
            raise e.at(".versions")
        except RecursionError:
            raise _rt.too_deep().at(".versions") from None
        if v12.__class__ is not str or v12 not in UPDATE_PROMPT_RESPONSE3_TYPE_VALUES:
            raise _rt.enum_error(v12, UPDATE_PROMPT_RESPONSE3_TYPE_VALUES).at(".type")
        extras: Dict[str, Any] = {}
        if len(data) != 10 + (v6 is not UNSET) + (v9 is not UNSET) + (v10 is not UNSET):
            extras = {
                k: x for k, x in data.items() if k not in _KEYS_update_prompt_response3
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.id = v0
        obj.owner = v1
        obj.domain_id = v2
        obj.created_by_id = v3
        obj.display_name = v4
        obj.updated_by_id = v5
        obj.description = v6
        obj.prompt_config = v7
        obj.metadata = v8
        obj.created = v9
        obj.updated = v10
        obj.versions = v11
        obj.type = v12  # type: ignore[assignment]
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "_id": self.id,
            "owner": encode_update_prompt_response3_owner(self.owner),
            "domain_id": self.domain_id,
            "created_by_id": self.created_by_id,
            "display_name": self.display_name,
            "updated_by_id": self.updated_by_id,
            "prompt_config": self.prompt_config.to_dict(),
            "metadata": self.metadata.to_dict(),
            "versions": [x0.to_dict() for x0 in self.versions],
            "type": self.type,
        }
        v6 = self.description
        if v6 is not UNSET:
            out["description"] = v6
        v9 = self.created
        if v9 is not UNSET:
            out["created"] = encode_update_prompt_response3_created(v9)
        v10 = self.updated
        if v10 is not UNSET:
            out["updated"] = encode_update_prompt_response3_updated(v10)
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_update_prompt_response3 = frozenset(
    {
        "_id",
        "owner",
        "domain_id",
        "created_by_id",
        "display_name",
        "updated_by_id",
        "description",
        "prompt_config",
        "metadata",
        "created",
        "updated",
        "versions",
        "type",
    }
)
