"""components models: Filters4"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .getallpromptsrequestfiltersfilters4type import (
    GET_ALL_PROMPTS_REQUEST_FILTERS_FILTERS4_TYPE_VALUES,
    GetAllPromptsRequestFiltersFilters4Type,
    decode_get_all_prompts_request_filters_filters4_type,
)
from .getallpromptsrequestfiltersoperator import (
    GET_ALL_PROMPTS_REQUEST_FILTERS_OPERATOR_VALUES,
    GetAllPromptsRequestFiltersOperator,
    decode_get_all_prompts_request_filters_operator,
)

__all__ = ["Filters4"]


@dataclass(slots=True, kw_only=True)
class Filters4(_rt.Base):
    """Filters4"""

    type: GetAllPromptsRequestFiltersFilters4Type
    operator: GetAllPromptsRequestFiltersOperator
    values: List[str]
    path: str
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> Filters4:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["type"]
            v1 = data["operator"]
            v2 = data["values"]
            v3 = data["path"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if (
            v0.__class__ is not str
            or v0 not in GET_ALL_PROMPTS_REQUEST_FILTERS_FILTERS4_TYPE_VALUES
        ):
            raise _rt.enum_error(
                v0, GET_ALL_PROMPTS_REQUEST_FILTERS_FILTERS4_TYPE_VALUES
            ).at(".type")
        if (
            v1.__class__ is not str
            or v1 not in GET_ALL_PROMPTS_REQUEST_FILTERS_OPERATOR_VALUES
        ):
            raise _rt.enum_error(
                v1, GET_ALL_PROMPTS_REQUEST_FILTERS_OPERATOR_VALUES
            ).at(".operator")
        try:
            v2 = _rt.d_list(v2, _rt.d_str)
        except ValidationError as e:
            raise e.at(".values")
        except RecursionError:
            raise _rt.too_deep().at(".values") from None
        if type(v3) is not str:
            raise _rt.type_error("str", v3).at(".path")
        extras: Dict[str, Any] = {}
        if len(data) != 4:
            extras = {k: x for k, x in data.items() if k not in _KEYS_filters4}
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.type = v0  # type: ignore[assignment]
        obj.operator = v1  # type: ignore[assignment]
        obj.values = v2
        obj.path = v3
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "type": self.type,
            "operator": self.operator,
            "values": list(self.values),
            "path": self.path,
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_filters4 = frozenset({"type", "operator", "values", "path"})
