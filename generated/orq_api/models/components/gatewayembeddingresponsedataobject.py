"""components models: GatewayEmbeddingResponseDataObject"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "GATEWAY_EMBEDDING_RESPONSE_DATA_OBJECT_VALUES",
    "GatewayEmbeddingResponseDataObject",
    "decode_gateway_embedding_response_data_object",
]


GatewayEmbeddingResponseDataObject = Literal["embedding"]
"""The object type, which is always "embedding"."""


GATEWAY_EMBEDDING_RESPONSE_DATA_OBJECT_VALUES = frozenset(("embedding",))


def decode_gateway_embedding_response_data_object(
    data: Any,
) -> GatewayEmbeddingResponseDataObject:
    if data.__class__ is str and data in GATEWAY_EMBEDDING_RESPONSE_DATA_OBJECT_VALUES:
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, GATEWAY_EMBEDDING_RESPONSE_DATA_OBJECT_VALUES)
