"""components models: WorkflowRunRelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities1 import WorkflowRunRelatedEntities1
from .workflowrunrelatedentities2 import WorkflowRunRelatedEntities2
from .workflowrunrelatedentities3 import WorkflowRunRelatedEntities3

__all__ = [
    "WorkflowRunRelatedEntities",
    "decode_workflow_run_related_entities",
    "encode_workflow_run_related_entities",
]


WorkflowRunRelatedEntities = Union[
    WorkflowRunRelatedEntities1,
    WorkflowRunRelatedEntities2,
    WorkflowRunRelatedEntities3,
]


def decode_workflow_run_related_entities(data: Any) -> WorkflowRunRelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "remoteconfig":
        return WorkflowRunRelatedEntities1.from_dict(data)
    if tag == "remoteconfig_variant":
        return WorkflowRunRelatedEntities2.from_dict(data)
    if tag == "contact":
        return WorkflowRunRelatedEntities3.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("remoteconfig", "remoteconfig_variant", "contact")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_related_entities(value: WorkflowRunRelatedEntities) -> Any:
    return value.to_dict()
