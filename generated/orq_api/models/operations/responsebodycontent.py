"""operations models: ResponseBodyContent"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .toplogprobs import TopLogprobs

__all__ = ["ResponseBodyContent"]


@dataclass(slots=True, kw_only=True)
class ResponseBodyContent(_rt.Base):
    """ResponseBodyContent"""

    token: str
    """The token."""
    logprob: float
    """The log probability of this token, if it is within the top 20 most likely tokens. Otherwise, the value -9999.0 is used to signify that the token is very unlikely."""
    bytes: Optional[List[float]]
    """A list of integers representing the UTF-8 bytes representation of the token."""
    top_logprobs: List[TopLogprobs]
    """List of the most likely tokens and their log probability, at this token position."""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> ResponseBodyContent:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["token"]
            v1 = data["logprob"]
            v2 = data["bytes"]
            v3 = data["top_logprobs"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not str:
            raise _rt.type_error("str", v0).at(".token")
        if type(v1) is not float:
            if type(v1) is not int:
                raise _rt.type_error("float", v1).at(".logprob")
        elif v1 - v1 != 0.0:
            raise _rt.not_finite(v1).at(".logprob")
        if v2 is not None:
            try:
                v2 = _rt.d_list(v2, _rt.d_float)
            except ValidationError as e:
                raise e.at(".bytes")
            except RecursionError:
                raise _rt.too_deep().at(".bytes") from None
        try:
            v3 = _rt.d_list(v3, TopLogprobs.from_dict)
        except ValidationError as e:
            raise e.at(".top_logprobs")
        except RecursionError:
            raise _rt.too_deep().at(".top_logprobs") from None
        extras: Dict[str, Any] = {}
        if len(data) != 4:
            extras = {
                k: x for k, x in data.items() if k not in _KEYS_response_body_content
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.token = v0
        obj.logprob = v1
        obj.bytes = v2
        obj.top_logprobs = v3
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "token": self.token,
            "logprob": self.logprob,
            "bytes": (None if self.bytes is None else list(self.bytes)),
            "top_logprobs": [x0.to_dict() for x0 in self.top_logprobs],
        }
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_response_body_content = frozenset({"token", "logprob", "bytes", "top_logprobs"})
