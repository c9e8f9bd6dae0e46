"""components models: RerankGatewayRequestDocuments"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "RerankGatewayRequestDocuments",
    "decode_rerank_gateway_request_documents",
    "encode_rerank_gateway_request_documents",
]


RerankGatewayRequestDocuments = Union[str, Dict[str, str]]


def decode_rerank_gateway_request_documents(data: Any) -> RerankGatewayRequestDocuments:
    e0: Optional[ValidationError] = None
    if type(data) is str:
        try:
            return _rt.d_str(data)
        except ValidationError as e:
            e0 = e
    e1: Optional[ValidationError] = None
    if type(data) is dict:
        try:
            return _rt.map_of(_rt.d_str)(data)
        except ValidationError as e:
            e1 = e
    raise _rt.no_match(
        [
            e0 or _rt.error_of(_rt.d_str, data),
            e1 or _rt.error_of(_rt.map_of(_rt.d_str), data),
        ]
    )


def encode_rerank_gateway_request_documents(
    value: RerankGatewayRequestDocuments,
) -> Any:
    return _rt.encode(value)
