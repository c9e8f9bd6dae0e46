"""operations models: CreateFeedbackResponseBody"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .createfeedbackvalue import (
    CreateFeedbackValue,
    decode_create_feedback_value,
    encode_create_feedback_value,
)

__all__ = ["CreateFeedbackResponseBody"]


@dataclass(slots=True, kw_only=True)
class CreateFeedbackResponseBody(_rt.Base):
    """Successful operation"""

    property: str
    """A string describing the specific property or aspect rated."""
    value: CreateFeedbackValue
    """The feedback value. For single selection of multiple choice, the value should be an array of strings. For `correction`, the value should be a string."""
    trace_id: str
    """The id returned by the [`get_config`]() or [`invoke`](https://docs.orq.ai/reference/post_deployments-invoke-1) endpoints"""
    id: str
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> CreateFeedbackResponseBody:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["property"]
            v1 = data["value"]
            v2 = data["trace_id"]
            v3 = data["id"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not str:
            raise _rt.type_error("str", v0).at(".property")
        try:
            v1 = decode_create_feedback_value(v1)
        except ValidationError as e:
            raise e.at(".value")
        except RecursionError:
            raise _rt.too_deep().at(".value") from None
        if type(v2) is not str:
            raise _rt.type_error("str", v2).at(".trace_id")
        if type(v3) is not str:
            raise _rt.type_error("str", v3).at(".id")
        extras: Dict[str, Any] = {}
        if len(data) != 4:
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_create_feedback_response_body
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.property = v0
        obj.value = v1
        obj.trace_id = v2
        obj.id = v3
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "property": self.property,
            "value": encode_create_feedback_value(self.value),
            "trace_id": self.trace_id,
            "id": self.id,
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_create_feedback_response_body = frozenset({"property", "value", "trace_id", "id"})
