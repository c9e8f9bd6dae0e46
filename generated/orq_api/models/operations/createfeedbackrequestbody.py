"""operations models: CreateFeedbackRequestBody"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .value import Value, decode_value, encode_value

__all__ = ["CreateFeedbackRequestBody"]


@dataclass(slots=True, kw_only=True)
class CreateFeedbackRequestBody(_rt.Base):
    """Feedback submission payload"""

    property: str
    """A string describing the specific property or aspect rated."""
    value: Value
    """The feedback value. For single selection of multiple choice, the value should be an array of strings. For `correction`, the value should be a string."""
    trace_id: str
    """The id returned by the [`get_config`]() or [`invoke`](https://docs.orq.ai/reference/post_deployments-invoke-1) endpoints"""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> CreateFeedbackRequestBody:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["property"]
            v1 = data["value"]
            v2 = data["trace_id"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not str:
            raise _rt.type_error("str", v0).at(".property")
        try:
            v1 = decode_value(v1)
        except ValidationError as e:
            raise e.at(".value")
        except RecursionError:
            raise _rt.too_deep().at(".value") from None
        if type(v2) is not str:
            raise _rt.type_error("str", v2).at(".trace_id")
        extras: Dict[str, Any] = {}
        if len(data) != 3:
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_create_feedback_request_body
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.property = v0
        obj.value = v1
        obj.trace_id = v2
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "property": self.property,
            "value": encode_value(self.value),
            "trace_id": self.trace_id,
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_create_feedback_request_body = frozenset({"property", "value", "trace_id"})
