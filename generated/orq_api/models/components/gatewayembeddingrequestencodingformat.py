"""components models: GatewayEmbeddingRequestEncodingFormat"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "GATEWAY_EMBEDDING_REQUEST_ENCODING_FORMAT_VALUES",
    "GatewayEmbeddingRequestEncodingFormat",
    "decode_gateway_embedding_request_encoding_format",
]


GatewayEmbeddingRequestEncodingFormat = Literal["base64", "float"]
"""Type of the document element"""


GATEWAY_EMBEDDING_REQUEST_ENCODING_FORMAT_VALUES = frozenset(("base64", "float"))


def decode_gateway_embedding_request_encoding_format(
    data: Any,
) -> GatewayEmbeddingRequestEncodingFormat:
    if (
        data.__class__ is str
        and data in GATEWAY_EMBEDDING_REQUEST_ENCODING_FORMAT_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, GATEWAY_EMBEDDING_REQUEST_ENCODING_FORMAT_VALUES)
