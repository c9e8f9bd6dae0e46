"""operations models: RouterEmbeddingRequestBody"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .encodingformat import (
    ENCODING_FORMAT_VALUES,
    EncodingFormat,
    decode_encoding_format,
)
from .input import Input, decode_input, encode_input

__all__ = ["RouterEmbeddingRequestBody"]


@dataclass(slots=True, kw_only=True)
class RouterEmbeddingRequestBody(_rt.Base):
    """RouterEmbeddingRequestBody"""

    input: Input
    """Input text to embed, encoded as a string or array of tokens."""
    model: str
    """ID of the model to use"""
    encoding_format: Union[EncodingFormat, Unset] = UNSET
    """Type of the document element"""
    dimensions: Union[float, Unset] = UNSET
    """The number of dimensions the resulting output embeddings should have."""
    user: Union[str, Unset] = UNSET
    """A unique identifier representing your end-user"""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> RouterEmbeddingRequestBody:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["input"]
            v1 = data["model"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        try:
            v0 = decode_input(v0)
        except ValidationError as e:
            raise e.at(".input")
        except RecursionError:
            raise _rt.too_deep().at(".input") from None
        if type(v1) is not str:
            raise _rt.type_error("str", v1).at(".model")
        v2 = data.get("encoding_format", UNSET)
        if v2 is not UNSET:
            if v2.__class__ is not str or v2 not in ENCODING_FORMAT_VALUES:
                raise _rt.enum_error(v2, ENCODING_FORMAT_VALUES).at(".encoding_format")
        v3 = data.get("dimensions", UNSET)
        if v3 is not UNSET:
            if type(v3) is not float:
                if type(v3) is not int:
                    raise _rt.type_error("float", v3).at(".dimensions")
            elif v3 - v3 != 0.0:
                raise _rt.not_finite(v3).at(".dimensions")
        v4 = data.get("user", UNSET)
        if v4 is not UNSET:
            if type(v4) is not str:
                raise _rt.type_error("str", v4).at(".user")
        extras: Dict[str, Any] = {}
        if len(data) != 2 + (v2 is not UNSET) + (v3 is not UNSET) + (v4 is not UNSET):
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_router_embedding_request_body
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.input = v0
        obj.model = v1
        obj.encoding_format = v2
        obj.dimensions = v3
        obj.user = v4
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "input": encode_input(self.input),
            "model": self.model,
        }
        v2 = self.encoding_format
        if v2 is not UNSET:
            out["encoding_format"] = v2
        v3 = self.dimensions
        if v3 is not UNSET:
            out["dimensions"] = v3
        v4 = self.user
        if v4 is not UNSET:
            out["user"] = v4
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_router_embedding_request_body = frozenset(
    {"input", "model", "encoding_format", "dimensions", "user"}
)
