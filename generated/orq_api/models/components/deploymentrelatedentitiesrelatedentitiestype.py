"""components models: DeploymentRelatedEntitiesRelatedEntitiesType"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DEPLOYMENT_RELATED_ENTITIES_RELATED_ENTITIES_TYPE_VALUES",
    "DeploymentRelatedEntitiesRelatedEntitiesType",
    "decode_deployment_related_entities_related_entities_type",
]


DeploymentRelatedEntitiesRelatedEntitiesType = Literal["deployment_variant"]


DEPLOYMENT_RELATED_ENTITIES_RELATED_ENTITIES_TYPE_VALUES = frozenset(
    ("deployment_variant",)
)


def decode_deployment_related_entities_related_entities_type(
    data: Any,
) -> DeploymentRelatedEntitiesRelatedEntitiesType:
    if (
        data.__class__ is str
        and data in DEPLOYMENT_RELATED_ENTITIES_RELATED_ENTITIES_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, DEPLOYMENT_RELATED_ENTITIES_RELATED_ENTITIES_TYPE_VALUES)
