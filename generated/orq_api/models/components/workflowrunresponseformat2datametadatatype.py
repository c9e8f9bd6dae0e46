"""components models: WorkflowRunResponseFormat2DataMetadataType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "WORKFLOW_RUN_RESPONSE_FORMAT2_DATA_METADATA_TYPE_VALUES",
    "WorkflowRunResponseFormat2DataMetadataType",
    "decode_workflow_run_response_format2_data_metadata_type",
]


WorkflowRunResponseFormat2DataMetadataType = Literal["json_schema"]


WORKFLOW_RUN_RESPONSE_FORMAT2_DATA_METADATA_TYPE_VALUES = frozenset(("json_schema",))


def decode_workflow_run_response_format2_data_metadata_type(
    data: Any,
) -> WorkflowRunResponseFormat2DataMetadataType:
    if (
        data.__class__ is str
        and data in WORKFLOW_RUN_RESPONSE_FORMAT2_DATA_METADATA_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, WORKFLOW_RUN_RESPONSE_FORMAT2_DATA_METADATA_TYPE_VALUES)
