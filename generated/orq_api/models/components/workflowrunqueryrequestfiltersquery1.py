"""components models: WorkflowRunQueryRequestFiltersQuery1"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .hideoperators import HideOperators, decode_hide_operators, encode_hide_operators
from .options import Options, decode_options, encode_options
from .optionsmap import OptionsMap, decode_options_map, encode_options_map
from .workflowrunqueryrequestfiltersqueryoperator import (
    WORKFLOW_RUN_QUERY_REQUEST_FILTERS_QUERY_OPERATOR_VALUES,
    WorkflowRunQueryRequestFiltersQueryOperator,
    decode_workflow_run_query_request_filters_query_operator,
)
from .workflowrunqueryrequestfiltersquerytype import (
    WORKFLOW_RUN_QUERY_REQUEST_FILTERS_QUERY_TYPE_VALUES,
    WorkflowRunQueryRequestFiltersQueryType,
    decode_workflow_run_query_request_filters_query_type,
)

__all__ = ["WorkflowRunQueryRequestFiltersQuery1"]


@dataclass(slots=True, kw_only=True)
class WorkflowRunQueryRequestFiltersQuery1(_rt.Base):
    """WorkflowRunQueryRequestFiltersQuery1"""

    operator: WorkflowRunQueryRequestFiltersQueryOperator
    value: Union[Any, Unset] = UNSET
    id: str
    """The id of the resource"""
    type: WorkflowRunQueryRequestFiltersQueryType
    options: List[Options]
    options_map: Union[Optional[Dict[str, OptionsMap]], Unset] = UNSET
    image_url_map: Union[Dict[str, str], Unset] = UNSET
    name: str
    path: str
    hide_operators: Union[List[HideOperators], Unset] = UNSET
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> WorkflowRunQueryRequestFiltersQuery1:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["operator"]
            v2 = data["id"]
            v3 = data["type"]
            v4 = data["options"]
            v7 = data["name"]
            v8 = data["path"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if (
            v0.__class__ is not str
            or v0 not in WORKFLOW_RUN_QUERY_REQUEST_FILTERS_QUERY_OPERATOR_VALUES
        ):
            raise _rt.enum_error(
                v0, WORKFLOW_RUN_QUERY_REQUEST_FILTERS_QUERY_OPERATOR_VALUES
            ).at(".operator")
        v1 = data.get("value", UNSET)
        if type(v2) is not str:
            raise _rt.type_error("str", v2).at(".id")
        if (
            v3.__class__ is not str
            or v3 not in WORKFLOW_RUN_QUERY_REQUEST_FILTERS_QUERY_TYPE_VALUES
        ):
            raise _rt.enum_error(
                v3, WORKFLOW_RUN_QUERY_REQUEST_FILTERS_QUERY_TYPE_VALUES
            ).at(".type")
        try:
            v4 = _rt.d_list(v4, decode_options)
        except ValidationError as e:
            raise e.at(".options")
        except RecursionError:
            raise _rt.too_deep().at(".options") from None
        v5 = data.get("optionsMap", UNSET)
        if v5 is not UNSET and v5 is not None:
            try:
                v5 = _rt.d_map(v5, decode_options_map)
            except ValidationError as e:
                raise e.at(".optionsMap")
            except RecursionError:
                raise _rt.too_deep().at(".optionsMap") from None
        v6 = data.get("imageUrlMap", UNSET)
        if v6 is not UNSET:
            try:
                v6 = _rt.d_map(v6, _rt.d_str)
            except ValidationError as e:
                raise e.at(".imageUrlMap")
            except RecursionError:
                raise _rt.too_deep().at(".imageUrlMap") from None
        if type(v7) is not str:
            raise _rt.type_error("str", v7).at(".name")
        if type(v8) is not str:
            raise _rt.type_error("str", v8).at(".path")
        v9 = data.get("hideOperators", UNSET)
        if v9 is not UNSET:
            try:
                v9 = _rt.d_list(v9, decode_hide_operators)
            except ValidationError as e:
                raise e.at(".hideOperators")
            except RecursionError:
                raise _rt.too_deep().at(".hideOperators") from None
        extras: Dict[str, Any] = {}
        if len(data) != (
            6
            + (v1 is not UNSET)
            + (v5 is not UNSET)
            + (v6 is not UNSET)
            + (v9 is not UNSET)
        ):
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_workflow_run_query_request_filters_query1
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.operator = v0  # type: ignore[assignment]
        obj.value = v1
        obj.id = v2
        obj.type = v3  # type: ignore[assignment]
        obj.options = v4
        obj.options_map = v5
        obj.image_url_map = v6
        obj.name = v7
        obj.path = v8
        obj.hide_operators = v9
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "operator": self.operator,
            "id": self.id,
            "type": self.type,
            "options": [encode_options(x0) for x0 in self.options],
            "name": self.name,
            "path": self.path,
        }
        v1 = self.value
        if v1 is not UNSET:
            out["value"] = v1
        v5 = self.options_map
        if v5 is not UNSET:
            out["optionsMap"] = (
                None
                if v5 is None
                else {k0: encode_options_map(x0) for k0, x0 in v5.items()}
            )
        v6 = self.image_url_map
        if v6 is not UNSET:
            out["imageUrlMap"] = dict(v6)
        v9 = self.hide_operators
        if v9 is not UNSET:
            out["hideOperators"] = [encode_hide_operators(x0) for x0 in v9]
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_workflow_run_query_request_filters_query1 = frozenset(
    {
        "operator",
        "value",
        "id",
        "type",
        "options",
        "optionsMap",
        "imageUrlMap",
        "name",
        "path",
        "hideOperators",
    }
)
