"""components models: DeploymentRelatedEntitiesRelatedEntities4Type"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DEPLOYMENT_RELATED_ENTITIES_RELATED_ENTITIES4_TYPE_VALUES",
    "DeploymentRelatedEntitiesRelatedEntities4Type",
    "decode_deployment_related_entities_related_entities4_type",
]


DeploymentRelatedEntitiesRelatedEntities4Type = Literal["deployment_completion"]


DEPLOYMENT_RELATED_ENTITIES_RELATED_ENTITIES4_TYPE_VALUES = frozenset(
    ("deployment_completion",)
)


def decode_deployment_related_entities_related_entities4_type(
    data: Any,
) -> DeploymentRelatedEntitiesRelatedEntities4Type:
    if (
        data.__class__ is str
        and data in DEPLOYMENT_RELATED_ENTITIES_RELATED_ENTITIES4_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, DEPLOYMENT_RELATED_ENTITIES_RELATED_ENTITIES4_TYPE_VALUES
    )
