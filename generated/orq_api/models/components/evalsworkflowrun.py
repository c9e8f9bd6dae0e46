"""components models: EvalsWorkflowRun"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .evalsdata import EvalsData
from .evalsevals import EvalsEvals, decode_evals_evals, encode_evals_evals
from .evalsproducttype import (
    EVALS_PRODUCT_TYPE_VALUES,
    EvalsProductType,
    decode_evals_product_type,
)
from .evalsrequestproperties import EvalsRequestProperties
from .workflowrunevals1evals7workflowrunrelatedentities import (
    WorkflowRunEvals1Evals7WorkflowRunRelatedEntities,
)

__all__ = ["EvalsWorkflowRun"]


@dataclass(slots=True, kw_only=True)
class EvalsWorkflowRun(_rt.Base):
    """EvalsWorkflowRun"""

    id: str
    workflow_metadata: Union[Dict[str, Any], Unset] = UNSET
    """Metadata for the workflow run"""
    workflow_input: Union[Dict[str, Any], Unset] = UNSET
    """Input for the workflow run"""
    workflow_output: Union[Dict[str, Any], Unset] = UNSET
    """Output for the workflow run"""
    request_properties: Union[EvalsRequestProperties, Unset] = UNSET
    """An optional field that is filled if the workflow was triggered by an HTTP request"""
    started_at: datetime
    finished_at: Union[datetime, Unset] = UNSET
    product_type: EvalsProductType
    """Orquesta product"""
    related_entities: List[WorkflowRunEvals1Evals7WorkflowRunRelatedEntities]
    evals: List[EvalsEvals]
    data: EvalsData
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> EvalsWorkflowRun:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["id"]
            v5 = data["started_at"]
            v7 = data["product_type"]
            v8 = data["related_entities"]
            v9 = data["evals"]
            v10 = data["data"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not str:
            raise _rt.type_error("str", v0).at(".id")
        v1 = data.get("workflow_metadata", UNSET)
        if v1 is not UNSET:
            try:
                v1 = _rt.d_map(v1, _rt.d_any)
            except ValidationError as e:
                raise e.at(".workflow_metadata")
            except RecursionError:
                raise _rt.too_deep().at(".workflow_metadata") from None
        v2 = data.get("workflow_input", UNSET)
        if v2 is not UNSET:
            try:
                v2 = _rt.d_map(v2, _rt.d_any)
            except ValidationError as e:
                raise e.at(".workflow_input")
            except RecursionError:
                raise _rt.too_deep().at(".workflow_input") from None
        v3 = data.get("workflow_output", UNSET)
        if v3 is not UNSET:
            try:
                v3 = _rt.d_map(v3, _rt.d_any)
            except ValidationError as e:
                raise e.at(".workflow_output")
            except RecursionError:
                raise _rt.too_deep().at(".workflow_output") from None
        v4 = data.get("request_properties", UNSET)
        if v4 is not UNSET:
            try:
                v4 = EvalsRequestProperties.from_dict(v4)
            except ValidationError as e:
                raise e.at(".request_properties")
            except RecursionError:
                raise _rt.too_deep().at(".request_properties") from None
        try:
            v5 = _rt.d_datetime(v5)
        except ValidationError as e:
            raise e.at(".started_at")
        except RecursionError:
            raise _rt.too_deep().at(".started_at") from None
        v6 = data.get("finished_at", UNSET)
        if v6 is not UNSET:
            try:
                v6 = _rt.d_datetime(v6)
            except ValidationError as e:
                raise e.at(".finished_at")
            except RecursionError:
                raise _rt.too_deep().at(".finished_at") from None
        if v7.__class__ is not str or v7 not in EVALS_PRODUCT_TYPE_VALUES:
            raise _rt.enum_error(v7, EVALS_PRODUCT_TYPE_VALUES).at(".product_type")
        try:
            v8 = _rt.d_list(
                v8, WorkflowRunEvals1Evals7WorkflowRunRelatedEntities.from_dict
            )
        except ValidationError as e:
            raise e.at(".related_entities")
        except RecursionError:
            raise _rt.too_deep().at(".related_entities") from None
        try:
            v9 = _rt.d_list(v9, decode_evals_evals)
        except ValidationError as e:
            raise e.at(".evals")
        except RecursionError:
            raise _rt.too_deep().at(".evals") from None
        try:
            v10 = EvalsData.from_dict(v10)
        except ValidationError as e:
            raise e.at(".data")
        except RecursionError:
            raise _rt.too_deep().at(".data") from None
        extras: Dict[str, Any] = {}
        if len(data) != (
            6
            + (v1 is not UNSET)
            + (v2 is not UNSET)
            + (v3 is not UNSET)
            + (v4 is not UNSET)
            + (v6 is not UNSET)
        ):
            extras = {
                k: x for k, x in data.items() if k not in _KEYS_evals_workflow_run
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.id = v0
        obj.workflow_metadata = v1
        obj.workflow_input = v2
        obj.workflow_output = v3
        obj.request_properties = v4
        obj.started_at = v5
        obj.finished_at = v6
        obj.product_type = v7  # type: ignore[assignment]
        obj.related_entities = v8
        obj.evals = v9
        obj.data = v10
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "id": self.id,
            "started_at": self.started_at.isoformat(),
            "product_type": self.product_type,
            "related_entities": [x0.to_dict() for x0 in self.related_entities],
            "evals": [encode_evals_evals(x0) for x0 in self.evals],
            "data": self.data.to_dict(),
        }
        v1 = self.workflow_metadata
        if v1 is not UNSET:
            out["workflow_metadata"] = dict(v1)
        v2 = self.workflow_input
        if v2 is not UNSET:
            out["workflow_input"] = dict(v2)
        v3 = self.workflow_output
        if v3 is not UNSET:
            out["workflow_output"] = dict(v3)
        v4 = self.request_properties
        if v4 is not UNSET:
            out["request_properties"] = v4.to_dict()
        v6 = self.finished_at
        if v6 is not UNSET:
            out["finished_at"] = v6.isoformat()
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_evals_workflow_run = frozenset(
    {
        "id",
        "workflow_metadata",
        "workflow_input",
        "workflow_output",
        "request_properties",
        "started_at",
        "finished_at",
        "product_type",
        "related_entities",
        "evals",
        "data",
    }
)
