"""components models: WorkflowRunEvals2Evals6RelatedEntities"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunrelatedentities2evals61 import WorkflowRunRelatedEntities2Evals61
from .workflowrunrelatedentities2evals62 import WorkflowRunRelatedEntities2Evals62
from .workflowrunrelatedentities2evals63 import WorkflowRunRelatedEntities2Evals63
from .workflowrunrelatedentities2evals64 import WorkflowRunRelatedEntities2Evals64

__all__ = [
    "WorkflowRunEvals2Evals6RelatedEntities",
    "decode_workflow_run_evals2_evals6_related_entities",
    "encode_workflow_run_evals2_evals6_related_entities",
]


WorkflowRunEvals2Evals6RelatedEntities = Union[
    WorkflowRunRelatedEntities2Evals61,
    WorkflowRunRelatedEntities2Evals62,
    WorkflowRunRelatedEntities2Evals63,
    WorkflowRunRelatedEntities2Evals64,
]


def decode_workflow_run_evals2_evals6_related_entities(
    data: Any,
) -> WorkflowRunEvals2Evals6RelatedEntities:
    if type(data) is not dict:
        raise _rt.type_error("dict", data)
    tag = data.get("type")
    if tag == "account":
        return WorkflowRunRelatedEntities2Evals61.from_dict(data)
    if tag == "contact":
        return WorkflowRunRelatedEntities2Evals62.from_dict(data)
    if tag == "human_eval":
        return WorkflowRunRelatedEntities2Evals63.from_dict(data)
    if tag == "evaluator":
        return WorkflowRunRelatedEntities2Evals64.from_dict(data)
    if tag is None and "type" not in data:
        raise _rt.missing("type")
    raise _rt.enum_error(tag, ("account", "contact", "human_eval", "evaluator")).at(
        _rt.key_segment("type")
    )


def encode_workflow_run_evals2_evals6_related_entities(
    value: WorkflowRunEvals2Evals6RelatedEntities,
) -> Any:
    return value.to_dict()
