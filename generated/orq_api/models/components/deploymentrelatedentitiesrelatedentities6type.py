"""components models: DeploymentRelatedEntitiesRelatedEntities6Type"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "DEPLOYMENT_RELATED_ENTITIES_RELATED_ENTITIES6_TYPE_VALUES",
    "DeploymentRelatedEntitiesRelatedEntities6Type",
    "decode_deployment_related_entities_related_entities6_type",
]


DeploymentRelatedEntitiesRelatedEntities6Type = Literal["chain"]


DEPLOYMENT_RELATED_ENTITIES_RELATED_ENTITIES6_TYPE_VALUES = frozenset(("chain",))


def decode_deployment_related_entities_related_entities6_type(
    data: Any,
) -> DeploymentRelatedEntitiesRelatedEntities6Type:
    if (
        data.__class__ is str
        and data in DEPLOYMENT_RELATED_ENTITIES_RELATED_ENTITIES6_TYPE_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(
        data, DEPLOYMENT_RELATED_ENTITIES_RELATED_ENTITIES6_TYPE_VALUES
    )
