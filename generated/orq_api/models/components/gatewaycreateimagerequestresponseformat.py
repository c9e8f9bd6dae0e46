"""components models: GatewayCreateImageRequestResponseFormat"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__


__all__ = [
    "GATEWAY_CREATE_IMAGE_REQUEST_RESPONSE_FORMAT_VALUES",
    "GatewayCreateImageRequestResponseFormat",
    "decode_gateway_create_image_request_response_format",
]


GatewayCreateImageRequestResponseFormat = Literal["url", "b64_json"]
"""The format of the image"""


GATEWAY_CREATE_IMAGE_REQUEST_RESPONSE_FORMAT_VALUES = frozenset(("url", "b64_json"))


def decode_gateway_create_image_request_response_format(
    data: Any,
) -> GatewayCreateImageRequestResponseFormat:
    if (
        data.__class__ is str
        and data in GATEWAY_CREATE_IMAGE_REQUEST_RESPONSE_FORMAT_VALUES
    ):
        return data  # type: ignore[return-value]
    raise _rt.enum_error(data, GATEWAY_CREATE_IMAGE_REQUEST_RESPONSE_FORMAT_VALUES)
