"""components models: WorkflowRunQueryResponseEvalsRequestProperties"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = ["WorkflowRunQueryResponseEvalsRequestProperties"]


@dataclass(slots=True, kw_only=True)
class WorkflowRunQueryResponseEvalsRequestProperties(_rt.Base):
    """An optional field that is filled if the workflow was triggered by an HTTP request"""

    source: Union[str, Unset] = UNSET
    location: Union[str, Unset] = UNSET
    latitude: Union[str, Unset] = UNSET
    longitude: Union[str, Unset] = UNSET
    response_time: Union[float, Unset] = UNSET
    metadata: Union[Dict[str, Any], Unset] = UNSET
    status: Union[float, Unset] = UNSET
    context: Union[Dict[str, Any], Unset] = UNSET
    extra_params: Union[Dict[str, Any], Unset] = UNSET
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> WorkflowRunQueryResponseEvalsRequestProperties:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        v0 = data.get("source", UNSET)
        if v0 is not UNSET:
            if type(v0) is not str:
                raise _rt.type_error("str", v0).at(".source")
        v1 = data.get("location", UNSET)
        if v1 is not UNSET:
            if type(v1) is not str:
                raise _rt.type_error("str", v1).at(".location")
        v2 = data.get("latitude", UNSET)
        if v2 is not UNSET:
            if type(v2) is not str:
                raise _rt.type_error("str", v2).at(".latitude")
        v3 = data.get("longitude", UNSET)
        if v3 is not UNSET:
            if type(v3) is not str:
                raise _rt.type_error("str", v3).at(".longitude")
        v4 = data.get("response_time", UNSET)
        if v4 is not UNSET:
            if type(v4) is not float:
                if type(v4) is not int:
                    raise _rt.type_error("float", v4).at(".response_time")
            elif v4 - v4 != 0.0:
                raise _rt.not_finite(v4).at(".response_time")
        v5 = data.get("metadata", UNSET)
        if v5 is not UNSET:
            try:
                v5 = _rt.d_map(v5, _rt.d_any)
            except ValidationError as e:
                raise e.at(".metadata")
            except RecursionError:
                raise _rt.too_deep().at(".metadata") from None
        v6 = data.get("status", UNSET)
        if v6 is not UNSET:
            if type(v6) is not float:
                if type(v6) is not int:
                    raise _rt.type_error("float", v6).at(".status")
            elif v6 - v6 != 0.0:
                raise _rt.not_finite(v6).at(".status")
        v7 = data.get("context", UNSET)
        if v7 is not UNSET:
            try:
                v7 = _rt.d_map(v7, _rt.d_any)
            except ValidationError as e:
                raise e.at(".context")
            except RecursionError:
                raise _rt.too_deep().at(".context") from None
        v8 = data.get("extra_params", UNSET)
        if v8 is not UNSET:
            try:
                v8 = _rt.d_map(v8, _rt.d_any)
            except ValidationError as e:
                raise e.at(".extra_params")
            except RecursionError:
                raise _rt.too_deep().at(".extra_params") from None
        extras: Dict[str, Any] = {}
        if len(data) != (
            0
            + (v0 is not UNSET)
            + (v1 is not UNSET)
            + (v2 is not UNSET)
            + (v3 is not UNSET)
            + (v4 is not UNSET)
            + (v5 is not UNSET)
            + (v6 is not UNSET)
            + (v7 is not UNSET)
            + (v8 is not UNSET)
        ):
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_workflow_run_query_response_evals_request_properties
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.source = v0
        obj.location = v1
        obj.latitude = v2
        obj.longitude = v3
        obj.response_time = v4
        obj.metadata = v5
        obj.status = v6
        obj.context = v7
        obj.extra_params = v8
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {}
        v0 = self.source
        if v0 is not UNSET:
            out["source"] = v0
        v1 = self.location
        if v1 is not UNSET:
            out["location"] = v1
        v2 = self.latitude
        if v2 is not UNSET:
            out["latitude"] = v2
        v3 = self.longitude
        if v3 is not UNSET:
            out["longitude"] = v3
        v4 = self.response_time
        if v4 is not UNSET:
            out["response_time"] = v4
        v5 = self.metadata
        if v5 is not UNSET:
            out["metadata"] = dict(v5)
        v6 = self.status
        if v6 is not UNSET:
            out["status"] = v6
        v7 = self.context
        if v7 is not UNSET:
            out["context"] = dict(v7)
        v8 = self.extra_params
        if v8 is not UNSET:
            out["extra_params"] = dict(v8)
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_workflow_run_query_response_evals_request_properties = frozenset(
    {
        "source",
        "location",
        "latitude",
        "longitude",
        "response_time",
        "metadata",
        "status",
        "context",
        "extra_params",
    }
)
