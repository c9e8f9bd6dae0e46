"""components models: UpdatePromptResponse211"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .updatepromptresponse21versionstype import (
    UPDATE_PROMPT_RESPONSE21_VERSIONS_TYPE_VALUES,
    UpdatePromptResponse21VersionsType,
    decode_update_prompt_response21_versions_type,
)

__all__ = ["UpdatePromptResponse211"]


@dataclass(slots=True, kw_only=True)
class UpdatePromptResponse211(_rt.Base):
    """Text content part of a prompt message"""

    type: UpdatePromptResponse21VersionsType
    text: str
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> UpdatePromptResponse211:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["type"]
            v1 = data["text"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if (
            v0.__class__ is not str
            or v0 not in UPDATE_PROMPT_RESPONSE21_VERSIONS_TYPE_VALUES
        ):
            raise _rt.enum_error(v0, UPDATE_PROMPT_RESPONSE21_VERSIONS_TYPE_VALUES).at(
                ".type"
            )
        if type(v1) is not str:
            raise _rt.type_error("str", v1).at(".text")
        extras: Dict[str, Any] = {}
        if len(data) != 2:
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_update_prompt_response211
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.type = v0  # type: ignore[assignment]
        obj.text = v1
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "type": self.type,
            "text": self.text,
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_update_prompt_response211 = frozenset({"type", "text"})
