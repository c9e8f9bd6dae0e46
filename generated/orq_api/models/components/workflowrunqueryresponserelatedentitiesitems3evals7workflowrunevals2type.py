"""components models: WorkflowRunQueryResponseRelatedEntitiesItems3Evals7WorkflowRunEvals2Type"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_QUERY_RESPONSE_RELATED_ENTITIES_ITEMS3_EVALS7_WORKFLOW_RUN_EVALS2_TYPE_VALUES",
    "WorkflowRunQueryResponseRelatedEntitiesItems3Evals7WorkflowRunEvals2Type",
    "decode_workflow_run_query_response_related_entities_items3_evals7_workflow_run_evals2_type",
]


WorkflowRunQueryResponseRelatedEntitiesItems3Evals7WorkflowRunEvals2Type = Literal[
    "account"
]


WORKFLOW_RUN_QUERY_RESPONSE_RELATED_ENTITIES_ITEMS3_EVALS7_WORKFLOW_RUN_EVALS2_TYPE_VALUES = frozenset(
    ("account",)
)


def decode_workflow_run_query_response_related_entities_items3_evals7_workflow_run_evals2_type(
    data: Any,
) -> WorkflowRunQueryResponseRelatedEntitiesItems3Evals7WorkflowRunEvals2Type:
    if (
        data.__class__ is str
        and data
        in WORKFLOW_RUN_QUERY_RESPONSE_RELATED_ENTITIES_ITEMS3_EVALS7_WORKFLOW_RUN_EVALS2_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data,
        WORKFLOW_RUN_QUERY_RESPONSE_RELATED_ENTITIES_ITEMS3_EVALS7_WORKFLOW_RUN_EVALS2_TYPE_VALUES,
    )
