"""operations models: DeploymentInvokeDeploymentsResponseBody"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .data import Data

__all__ = ["DeploymentInvokeDeploymentsResponseBody"]


@dataclass(slots=True, kw_only=True)
class DeploymentInvokeDeploymentsResponseBody(_rt.Base):
    """Response from the gateway"""

    data: Union[Data, Unset] = UNSET
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> DeploymentInvokeDeploymentsResponseBody:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        if "choices" not in data:
            raise _rt.missing("choices")
        if "created" not in data:
            raise _rt.missing("created")
        if "id" not in data:
            raise _rt.missing("id")
        if "is_final" not in data:
            raise _rt.missing("is_final")
        if "model" not in data:
            raise _rt.missing("model")
        if "object" not in data:
            raise _rt.missing("object")
        if "provider" not in data:
            raise _rt.missing("provider")
        v0 = data.get("data", UNSET)
        if v0 is not UNSET:
            try:
                v0 = Data.from_dict(v0)
            except ValidationError as e:
                raise e.at(".data")
            except RecursionError:
                raise _rt.too_deep().at(".data") from None
        extras: Dict[str, Any] = {}
        if len(data) != 0 + (v0 is not UNSET):
            extras = {
                k: x
                for k, x in data.items()
                if k not in _KEYS_deployment_invoke_deployments_response_body
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.data = v0
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {}
        v0 = self.data
        if v0 is not UNSET:
            out["data"] = v0.to_dict()
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_deployment_invoke_deployments_response_body = frozenset({"data"})
