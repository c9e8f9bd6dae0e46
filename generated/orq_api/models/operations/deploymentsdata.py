"""operations models: DeploymentsData"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .promptconfig import PromptConfig

__all__ = ["DeploymentsData"]


@dataclass(slots=True, kw_only=True)
class DeploymentsData(_rt.Base):
    """DeploymentsData"""

    id: str
    """Unique identifier for the object."""
    created: str
    """Date in ISO 8601 format at which the object was created."""
    updated: str
    """Date in ISO 8601 format at which the object was last updated."""
    key: str
    """The deployment unique key"""
    description: str
    """An arbitrary string attached to the object. Often useful for displaying to users."""
    prompt_config: PromptConfig
    version: str
    """THe version of the deployment"""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> DeploymentsData:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["id"]
            v1 = data["created"]
            v2 = data["updated"]
            v3 = data["key"]
            v4 = data["description"]
            v5 = data["prompt_config"]
            v6 = data["version"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not str:
            raise _rt.type_error("str", v0).at(".id")
        if type(v1) is not str:
            raise _rt.type_error("str", v1).at(".created")
        if type(v2) is not str:
            raise _rt.type_error("str", v2).at(".updated")
        if type(v3) is not str:
            raise _rt.type_error("str", v3).at(".key")
        if type(v4) is not str:
            raise _rt.type_error("str", v4).at(".description")
        try:
            v5 = PromptConfig.from_dict(v5)
        except ValidationError as e:
            raise e.at(".prompt_config")
        except RecursionError:
            raise _rt.too_deep().at(".prompt_config") from None
        if type(v6) is not str:
            raise _rt.type_error("str", v6).at(".version")
        extras: Dict[str, Any] = {}
        if len(data) != 7:
            extras = {k: x for k, x in data.items() if k not in _KEYS_deployments_data}
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.id = v0
        obj.created = v1
        obj.updated = v2
        obj.key = v3
        obj.description = v4
        obj.prompt_config = v5
        obj.version = v6
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "id": self.id,
            "created": self.created,
            "updated": self.updated,
            "key": self.key,
            "description": self.description,
            "prompt_config": self.prompt_config.to_dict(),
            "version": self.version,
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_deployments_data = frozenset(
    {"id", "created", "updated", "key", "description", "prompt_config", "version"}
)
