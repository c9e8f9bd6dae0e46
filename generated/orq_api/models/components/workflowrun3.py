"""components models: WorkflowRun3"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrun3data import WorkflowRun3Data
from .workflowrun3evals import (
    WorkflowRun3Evals,
    decode_workflow_run3_evals,
    encode_workflow_run3_evals,
)
from .workflowrun3producttype import (
    WORKFLOW_RUN3_PRODUCT_TYPE_VALUES,
    WorkflowRun3ProductType,
    decode_workflow_run3_product_type,
)
from .workflowrun3relatedentities import (
    WorkflowRun3RelatedEntities,
    decode_workflow_run3_related_entities,
    encode_workflow_run3_related_entities,
)
from .workflowrun3requestproperties import WorkflowRun3RequestProperties

__all__ = ["WorkflowRun3"]


@dataclass(slots=True, kw_only=True)
class WorkflowRun3(_rt.Base):
    """The schema for the deployment workflow run"""

    id: str
    """The unique identifier for the workflow run"""
    workspace_id: str
    """The unique identifier for the workspace"""
    workflow_metadata: Union[Dict[str, Any], Unset] = UNSET
    """Metadata for the workflow run"""
    workflow_input: Union[Dict[str, Any], Unset] = UNSET
    """Input for the workflow run"""
    workflow_output: Union[Dict[str, Any], Unset] = UNSET
    """Output for the workflow run"""
    project_id: Union[str, Unset] = UNSET
    """The optional project_id for the entity of the event"""
    request_properties: Union[WorkflowRun3RequestProperties, Unset] = UNSET
    """An optional field that is filled if the workflow was triggered by an HTTP request"""
    started_at: datetime
    finished_at: Union[datetime, Unset] = UNSET
    evals: List[WorkflowRun3Evals]
    product_type: WorkflowRun3ProductType
    related_entities: List[WorkflowRun3RelatedEntities]
    data: WorkflowRun3Data
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> WorkflowRun3:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["_id"]
            v1 = data["workspace_id"]
            v7 = data["started_at"]
            v9 = data["evals"]
            v10 = data["product_type"]
            v11 = data["related_entities"]
            v12 = data["data"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not str:
            raise _rt.type_error("str", v0).at("._id")
        if type(v1) is not str:
            raise _rt.type_error("str", v1).at(".workspace_id")
        v2 = data.get("workflow_metadata", UNSET)
        if v2 is not UNSET:
            try:
                v2 = _rt.d_map(v2, _rt.d_any)
            except ValidationError as e:
                raise e.at(".workflow_metadata")
            except RecursionError:
                raise _rt.too_deep().at(".workflow_metadata") from None
        v3 = data.get("workflow_input", UNSET)
        if v3 is not UNSET:
            try:
                v3 = _rt.d_map(v3, _rt.d_any)
            except ValidationError as e:
                raise e.at(".workflow_input")
            except RecursionError:
                raise _rt.too_deep().at(".workflow_input") from None
        v4 = data.get("workflow_output", UNSET)
        if v4 is not UNSET:
            try:
                v4 = _rt.d_map(v4, _rt.d_any)
            except ValidationError as e:
                raise e.at(".workflow_output")
            except RecursionError:
                raise _rt.too_deep().at(".workflow_output") from None
        v5 = data.get("project_id", UNSET)
        if v5 is not UNSET:
            if type(v5) is not str:
                raise _rt.type_error("str", v5).at(".project_id")
        v6 = data.get("request_properties", UNSET)
        if v6 is not UNSET:
            try:
                v6 = WorkflowRun3RequestProperties.from_dict(v6)
            except ValidationError as e:
                raise e.at(".request_properties")
            except RecursionError:
                raise _rt.too_deep().at(".request_properties") from None
        try:
            v7 = _rt.d_datetime(v7)
        except ValidationError as e:
            raise e.at(".started_at")
        except RecursionError:
            raise _rt.too_deep().at(".started_at") from None
        v8 = data.get("finished_at", UNSET)
        if v8 is not UNSET:
            try:
                v8 = _rt.d_datetime(v8)
            except ValidationError as e:
                raise e.at(".finished_at")
            except RecursionError:
                raise _rt.too_deep().at(".finished_at") from None
        try:
            v9 = _rt.d_list(v9, decode_workflow_run3_evals)
        except ValidationError as e:
            raise e.at(".evals")
        except RecursionError:
            raise _rt.too_deep().at(".evals") from None
        if v10.__class__ is not str or v10 not in WORKFLOW_RUN3_PRODUCT_TYPE_VALUES:
            raise _rt.enum_error(v10, WORKFLOW_RUN3_PRODUCT_TYPE_VALUES).at(
                ".product_type"
            )
        try:
            v11 = _rt.d_list(v11, decode_workflow_run3_related_entities)
        except ValidationError as e:
            raise e.at(".related_entities")
        except RecursionError:
            raise _rt.too_deep().at(".related_entities") from None
        try:
            v12 = WorkflowRun3Data.from_dict(v12)
        except ValidationError as e:
            raise e.at(".data")
        except RecursionError:
            raise _rt.too_deep().at(".data") from None
        extras: Dict[str, Any] = {}
        if len(data) != (
            7
            + (v2 is not UNSET)
            + (v3 is not UNSET)
            + (v4 is not UNSET)
            + (v5 is not UNSET)
            + (v6 is not UNSET)
            + (v8 is not UNSET)
        ):
            extras = {k: x for k, x in data.items() if k not in _KEYS_workflow_run3}
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.id = v0
        obj.workspace_id = v1
        obj.workflow_metadata = v2
        obj.workflow_input = v3
        obj.workflow_output = v4
        obj.project_id = v5
        obj.request_properties = v6
        obj.started_at = v7
        obj.finished_at = v8
        obj.evals = v9
        obj.product_type = v10  # type: ignore[assignment]
        obj.related_entities = v11
        obj.data = v12
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "_id": self.id,
            "workspace_id": self.workspace_id,
            "started_at": self.started_at.isoformat(),
            "evals": [encode_workflow_run3_evals(x0) for x0 in self.evals],
            "product_type": self.product_type,
            "related_entities": [
                encode_workflow_run3_related_entities(x0)
                for x0 in self.related_entities
            ],
            "data": self.data.to_dict(),
        }
        v2 = self.workflow_metadata
        if v2 is not UNSET:
            out["workflow_metadata"] = dict(v2)
        v3 = self.workflow_input
        if v3 is not UNSET:
            out["workflow_input"] = dict(v3)
        v4 = self.workflow_output
        if v4 is not UNSET:
            out["workflow_output"] = dict(v4)
        v5 = self.project_id
        if v5 is not UNSET:
            out["project_id"] = v5
        v6 = self.request_properties
        if v6 is not UNSET:
            out["request_properties"] = v6.to_dict()
        v8 = self.finished_at
        if v8 is not UNSET:
            out["finished_at"] = v8.isoformat()
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_workflow_run3 = frozenset(
    {
        "_id",
        "workspace_id",
        "workflow_metadata",
        "workflow_input",
        "workflow_output",
        "project_id",
        "request_properties",
        "started_at",
        "finished_at",
        "evals",
        "product_type",
        "related_entities",
        "data",
    }
)
