"""components models: WorkflowRunEvals2Evals5RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities2evals51 import WorkflowRunRelatedEntities2Evals51
from .workflowrunrelatedentities2evals52 import WorkflowRunRelatedEntities2Evals52
from .workflowrunrelatedentities2evals53 import WorkflowRunRelatedEntities2Evals53
from .workflowrunrelatedentities2evals54 import WorkflowRunRelatedEntities2Evals54

__all__ = [
    "WorkflowRunEvals2Evals5RelatedEntities",
    "decode_workflow_run_evals2_evals5_related_entities",
    "encode_workflow_run_evals2_evals5_related_entities",
]


WorkflowRunEvals2Evals5RelatedEntities = Union[
    WorkflowRunRelatedEntities2Evals51,
    WorkflowRunRelatedEntities2Evals52,
    WorkflowRunRelatedEntities2Evals53,
    WorkflowRunRelatedEntities2Evals54,
]


def decode_workflow_run_evals2_evals5_related_entities(
    data: Any,
) -> WorkflowRunEvals2Evals5RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunRelatedEntities2Evals51.from_dict(data)
    if tag == "contact":
        return WorkflowRunRelatedEntities2Evals52.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunRelatedEntities2Evals53.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunRelatedEntities2Evals54.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_evals2_evals5_related_entities(
    value: WorkflowRunEvals2Evals5RelatedEntities,
) -> Any:
    return value.to_dict()
