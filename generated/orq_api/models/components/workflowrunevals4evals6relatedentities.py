"""components models: WorkflowRunEvals4Evals6RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities4evals61 import WorkflowRunRelatedEntities4Evals61
from .workflowrunrelatedentities4evals62 import WorkflowRunRelatedEntities4Evals62
from .workflowrunrelatedentities4evals63 import WorkflowRunRelatedEntities4Evals63
from .workflowrunrelatedentities4evals64 import WorkflowRunRelatedEntities4Evals64

__all__ = [
    "WorkflowRunEvals4Evals6RelatedEntities",
    "decode_workflow_run_evals4_evals6_related_entities",
    "encode_workflow_run_evals4_evals6_related_entities",
]


WorkflowRunEvals4Evals6RelatedEntities = Union[
    WorkflowRunRelatedEntities4Evals61,
    WorkflowRunRelatedEntities4Evals62,
    WorkflowRunRelatedEntities4Evals63,
    WorkflowRunRelatedEntities4Evals64,
]


def decode_workflow_run_evals4_evals6_related_entities(
    data: Any,
) -> WorkflowRunEvals4Evals6RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunRelatedEntities4Evals61.from_dict(data)
    if tag == "contact":
        return WorkflowRunRelatedEntities4Evals62.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunRelatedEntities4Evals63.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunRelatedEntities4Evals64.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_evals4_evals6_related_entities(
    value: WorkflowRunEvals4Evals6RelatedEntities,
) -> Any:
    return value.to_dict()
