"""components models: GatewayEmbeddingResponseObject"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "GATEWAY_EMBEDDING_RESPONSE_OBJECT_VALUES",
    "GatewayEmbeddingResponseObject",
    "decode_gateway_embedding_response_object",
]


GatewayEmbeddingResponseObject = Literal["list"]


GATEWAY_EMBEDDING_RESPONSE_OBJECT_VALUES = frozenset(("list",))


def decode_gateway_embedding_response_object(
    data: Any,
) -> GatewayEmbeddingResponseObject:
    if data.__class__ is str and data in GATEWAY_EMBEDDING_RESPONSE_OBJECT_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, GATEWAY_EMBEDDING_RESPONSE_OBJECT_VALUES)
