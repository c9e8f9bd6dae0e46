"""components models: WorkflowRun"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrun1 import WorkflowRun1
from .workflowrun2 import WorkflowRun2
from .workflowrun3 import WorkflowRun3
from .workflowrun4 import WorkflowRun4

__all__ = ["WorkflowRun", "decode_workflow_run", "encode_workflow_run"]


WorkflowRun = Union[WorkflowRun1, WorkflowRun2, WorkflowRun3, WorkflowRun4]
"""The schema for a workflow run"""


def decode_workflow_run(data: Any) -> WorkflowRun:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("product_type")
    if tag == "remoteconfigs":
        return WorkflowRun1.from_dict(data)
    if tag == "deployments":
        return WorkflowRun2.from_dict(data)
    if tag == "playgrounds":
        return WorkflowRun3.from_dict(data)
    if tag == "experiments":
        return WorkflowRun4.from_dict(data)
    if tag is None and "product_type" not in data:
        raise _rt.missing("product_type")
    raise _rt.enum_error(
        tag, ("remoteconfigs", "deployments", "playgrounds", "experiments")
    ).at(_rt.key_segment("product_type"))


def encode_workflow_run(value: WorkflowRun) -> Any:
    return value.to_dict()
