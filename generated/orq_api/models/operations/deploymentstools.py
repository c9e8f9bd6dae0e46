"""operations models: DeploymentsTools"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .deploymentsfunction import DeploymentsFunction
from .deploymentstype import (
    DEPLOYMENTS_TYPE_VALUES,
    DeploymentsType,
    decode_deployments_type,
)

__all__ = ["DeploymentsTools"]


@dataclass(slots=True, kw_only=True)
class DeploymentsTools(_rt.Base):
    """DeploymentsTools"""

    type: DeploymentsType
    """The type of the tool. Currently, only `function` is supported."""
    function: DeploymentsFunction
    id: Union[float, Unset] = UNSET
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> DeploymentsTools:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["type"]
            v1 = data["function"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if v0.__class__ is not str or v0 not in DEPLOYMENTS_TYPE_VALUES:
            raise _rt.enum_error(v0, DEPLOYMENTS_TYPE_VALUES).at(".type")
        try:
            v1 = DeploymentsFunction.from_dict(v1)
        except ValidationError as e:
            raise e.at(".function")
        except RecursionError:
            raise _rt.too_deep().at(".function") from None
        v2 = data.get("id", UNSET)
        if v2 is not UNSET:
            if type(v2) is not float:
                if type(v2) is not int:
                    raise _rt.type_error("float", v2).at(".id")
            elif v2 - v2 != 0.0:
                raise _rt.not_finite(v2).at(".id")
        extras: Dict[str, Any] = {}
        if len(data) != 2 + (v2 is not UNSET):
            extras = {k: x for k, x in data.items() if k not in _KEYS_deployments_tools}
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.type = v0  # type: ignore[assignment]
        obj.function = v1
        obj.id = v2
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "type": self.type,
            "function": self.function.to_dict(),
        }
        v2 = self.id
        if v2 is not UNSET:
            out["id"] = v2
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_deployments_tools = frozenset({"type", "function", "id"})
