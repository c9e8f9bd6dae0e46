"""components models: UpdatePromptResponseResponseFormat3Versions2"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .updatepromptresponseresponseformat3versionspromptconfigtype import (
    UPDATE_PROMPT_RESPONSE_RESPONSE_FORMAT3_VERSIONS_PROMPT_CONFIG_TYPE_VALUES,
    UpdatePromptResponseResponseFormat3VersionsPromptConfigType,
    decode_update_prompt_response_response_format3_versions_prompt_config_type,
)

__all__ = ["UpdatePromptResponseResponseFormat3Versions2"]


@dataclass(slots=True, kw_only=True)
class UpdatePromptResponseResponseFormat3Versions2(_rt.Base):
    """UpdatePromptResponseResponseFormat3Versions2"""

    type: UpdatePromptResponseResponseFormat3VersionsPromptConfigType
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> UpdatePromptResponseResponseFormat3Versions2:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["type"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if (
            v0.__class__ is not str
            or v0
            not in UPDATE_PROMPT_RESPONSE_RESPONSE_FORMAT3_VERSIONS_PROMPT_CONFIG_TYPE_VALUES
        ):
            raise _rt.enum_error(
                v0,
                UPDATE_PROMPT_RESPONSE_RESPONSE_FORMAT3_VERSIONS_PROMPT_CONFIG_TYPE_VALUES,
            ).at(".type")
        extras: Dict[str, Any] = {}
        if len(data) != 1:
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_update_prompt_response_response_format3_versions2
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


_KEYS_update_prompt_response_response_format3_versions2 = frozenset({"type"})
