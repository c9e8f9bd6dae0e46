"""components models: Filters3"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .filtersoperator import (
    FILTERS_OPERATOR_VALUES,
    FiltersOperator,
    decode_filters_operator,
)
from .getallpromptsrequestfiltersfilterstype import (
    GET_ALL_PROMPTS_REQUEST_FILTERS_FILTERS_TYPE_VALUES,
    GetAllPromptsRequestFiltersFiltersType,
    decode_get_all_prompts_request_filters_filters_type,
)

__all__ = ["Filters3"]


@dataclass(slots=True, kw_only=True)
class Filters3(_rt.Base):
    """Filters3"""

    type: GetAllPromptsRequestFiltersFiltersType
    operator: FiltersOperator
    value: str
    path: str
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> Filters3:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["type"]
            v1 = data["operator"]
            v2 = data["value"]
            v3 = data["path"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if (
            v0.__class__ is not str
            or v0 not in GET_ALL_PROMPTS_REQUEST_FILTERS_FILTERS_TYPE_VALUES
        ):
            raise _rt.enum_error(
                v0, GET_ALL_PROMPTS_REQUEST_FILTERS_FILTERS_TYPE_VALUES
            ).at(".type")
        if v1.__class__ is not str or v1 not in FILTERS_OPERATOR_VALUES:
            raise _rt.enum_error(v1, FILTERS_OPERATOR_VALUES).at(".operator")
        if type(v2) is not str:
            raise _rt.type_error("str", v2).at(".value")
        if type(v3) is not str:
            raise _rt.type_error("str", v3).at(".path")
        extras: Dict[str, Any] = {}
        if len(data) != 4:
            extras = {k: x for k, x in data.items() if k not in _KEYS_filters3}
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.type = v0  # type: ignore[assignment]
        obj.operator = v1  # type: ignore[assignment]
        obj.value = v2
        obj.path = v3
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "type": self.type,
            "operator": self.operator,
            "value": self.value,
            "path": self.path,
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_filters3 = frozenset({"type", "operator", "value", "path"})
