"""components models: ItemsSettings"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .workflowrunqueryresponseitemsitemscacheconfig import (
    WorkflowRunQueryResponseItemsItemsCacheConfig,
    decode_workflow_run_query_response_items_items_cache_config,
    encode_workflow_run_query_response_items_items_cache_config,
)
from .workflowrunqueryresponseitemsoutputevals import (
    WorkflowRunQueryResponseItemsOutputEvals,
)

__all__ = ["ItemsSettings"]


@dataclass(slots=True, kw_only=True)
class ItemsSettings(_rt.Base):
    """ItemsSettings"""

    output_masking: Union[bool, Unset] = UNSET
    is_caching_enabled: Union[bool, Unset] = UNSET
    cache_config: Union[
        Optional[WorkflowRunQueryResponseItemsItemsCacheConfig], Unset
    ] = UNSET
    output_evals: Union[List[WorkflowRunQueryResponseItemsOutputEvals], Unset] = UNSET
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> ItemsSettings:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        v0 = data.get("output_masking", UNSET)
        if v0 is not UNSET:
            if type(v0) is not bool:
                raise _rt.type_error("bool", v0).at(".output_masking")
        v1 = data.get("is_caching_enabled", UNSET)
        if v1 is not UNSET:
            if type(v1) is not bool:
                raise _rt.type_error("bool", v1).at(".is_caching_enabled")
        v2 = data.get("cache_config", UNSET)
        if v2 is not UNSET and v2 is not None:
            try:
                v2 = decode_workflow_run_query_response_items_items_cache_config(v2)
            except ValidationError as e:
                raise e.at(".cache_config")
            except RecursionError:
                raise _rt.too_deep().at(".cache_config") from None
        v3 = data.get("output_evals", UNSET)
        if v3 is not UNSET:
            try:
                v3 = _rt.d_list(v3, WorkflowRunQueryResponseItemsOutputEvals.from_dict)
            except ValidationError as e:
                raise e.at(".output_evals")
            except RecursionError:
                raise _rt.too_deep().at(".output_evals") from None
        extras: Dict[str, Any] = {}
        if len(data) != (
            0
            + (v0 is not UNSET)
            + (v1 is not UNSET)
            + (v2 is not UNSET)
            + (v3 is not UNSET)
        ):
            extras = {k: x for k, x in data.items() if k not in _KEYS_items_settings}
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.output_masking = v0
        obj.is_caching_enabled = v1
        obj.cache_config = v2
        obj.output_evals = v3
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {}
        v0 = self.output_masking
        if v0 is not UNSET:
            out["output_masking"] = v0
        v1 = self.is_caching_enabled
        if v1 is not UNSET:
            out["is_caching_enabled"] = v1
        v2 = self.cache_config
        if v2 is not UNSET:
            out["cache_config"] = (
                None
                if v2 is None
                else encode_workflow_run_query_response_items_items_cache_config(v2)
            )
        v3 = self.output_evals
        if v3 is not UNSET:
            out["output_evals"] = [x0.to_dict() for x0 in v3]
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_items_settings = frozenset(
    {"output_masking", "is_caching_enabled", "cache_config", "output_evals"}
)
