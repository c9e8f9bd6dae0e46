"""components models: WorkflowRunEvals4Evals5RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities4evals51 import WorkflowRunRelatedEntities4Evals51
from .workflowrunrelatedentities4evals52 import WorkflowRunRelatedEntities4Evals52
from .workflowrunrelatedentities4evals53 import WorkflowRunRelatedEntities4Evals53
from .workflowrunrelatedentities4evals54 import WorkflowRunRelatedEntities4Evals54

__all__ = [
    "WorkflowRunEvals4Evals5RelatedEntities",
    "decode_workflow_run_evals4_evals5_related_entities",
    "encode_workflow_run_evals4_evals5_related_entities",
]


WorkflowRunEvals4Evals5RelatedEntities = Union[
    WorkflowRunRelatedEntities4Evals51,
    WorkflowRunRelatedEntities4Evals52,
    WorkflowRunRelatedEntities4Evals53,
    WorkflowRunRelatedEntities4Evals54,
]


def decode_workflow_run_evals4_evals5_related_entities(
    data: Any,
) -> WorkflowRunEvals4Evals5RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunRelatedEntities4Evals51.from_dict(data)
    if tag == "contact":
        return WorkflowRunRelatedEntities4Evals52.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunRelatedEntities4Evals53.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunRelatedEntities4Evals54.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_evals4_evals5_related_entities(
    value: WorkflowRunEvals4Evals5RelatedEntities,
) -> Any:
    return value.to_dict()
