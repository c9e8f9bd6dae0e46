"""components models: Eval"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .threshold import Threshold

__all__ = ["Eval"]


@dataclass(slots=True, kw_only=True)
class Eval(_rt.Base):
    """Eval"""

    id: str
    """Eval unique identifier"""
    params: Dict[str, Any]
    threshold: Union[Threshold, Unset] = UNSET
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> Eval:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["id"]
            v1 = data["params"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not str:
            raise _rt.type_error("str", v0).at(".id")
        try:
            v1 = _rt.d_map(v1, _rt.d_any)
        except ValidationError as e:
            raise e.at(".params")
        except RecursionError:
            raise _rt.too_deep().at(".params") from None
        v2 = data.get("threshold", UNSET)
        if v2 is not UNSET:
            try:
                v2 = Threshold.from_dict(v2)
            except ValidationError as e:
                raise e.at(".threshold")
            except RecursionError:
                raise _rt.too_deep().at(".threshold") from None
        extras: Dict[str, Any] = {}
        if len(data) != 2 + (v2 is not UNSET):
            extras = {k: x for k, x in data.items() if k not in _KEYS_eval}
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.id = v0
        obj.params = v1
        obj.threshold = v2
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "id": self.id,
            "params": dict(self.params),
        }
        v2 = self.threshold
        if v2 is not UNSET:
            out["threshold"] = v2.to_dict()
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_eval = frozenset({"id", "params", "threshold"})
