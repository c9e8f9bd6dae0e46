"""components models: Data"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .action import ACTION_VALUES, Action, decode_action
from .billing import Billing
from .cacheconfig import CacheConfig, decode_cache_config, encode_cache_config
from .cachestatus import CACHE_STATUS_VALUES, CacheStatus, decode_cache_status
from .deploymentchoices import DeploymentChoices
from .deploymentmetadata import DeploymentMetadata
from .deploymentperformance import DeploymentPerformance
from .deploymentretrievals import DeploymentRetrievals
from .deploymenttools import DeploymentTools
from .deploymentusage import DeploymentUsage
from .files import Files
from .knowledgebases import KnowledgeBases
from .processingattempts import ProcessingAttempts
from .promptconfig import PromptConfig
from .promptsnippets import PromptSnippets
from .retries import Retries
from .settings import Settings
from .variables import Variables

__all__ = ["Data"]


@dataclass(slots=True, kw_only=True)
class Data(_rt.Base):
    """Data"""

    deployment_id: str
    deployment_key: str
    deployment_variant_version: str
    deployment_variant_position: float
    deployment_variant_id: str
    is_default_matched: bool
    choices: Union[List[DeploymentChoices], Unset] = UNSET
    integration_ids: Union[List[str], Unset] = UNSET
    action: Action
    prompt_config: PromptConfig
    variables: List[Variables]
    performance: Union[DeploymentPerformance, Unset] = UNSET
    usage: Union[DeploymentUsage, Unset] = UNSET
    billing: Union[Billing, Unset] = UNSET
    retries: List[Retries]
    provider_response: Union[Any, Unset] = UNSET
    retrievals: Union[List[DeploymentRetrievals], Unset] = UNSET
    knowledge_bases: Union[List[KnowledgeBases], Unset] = UNSET
    tools: Union[List[DeploymentTools], Unset] = UNSET
    metadata: Union[DeploymentMetadata, Unset] = UNSET
    settings: Union[Settings, Unset] = UNSET
    processing_attempts: Union[List[ProcessingAttempts], Unset] = UNSET
    prompt_snippets: List[PromptSnippets]
    files: Union[List[Files], Unset] = UNSET
    cache_key: Union[str, Unset] = UNSET
    cache_config: Union[CacheConfig, Unset] = UNSET
    is_caching_enabled: Union[bool, Unset] = UNSET
    cache_status: Union[CacheStatus, Unset] = UNSET
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> Data:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        try:
            v0 = data["deployment_id"]
            v1 = data["deployment_key"]
            v2 = data["deployment_variant_version"]
            v3 = data["deployment_variant_position"]
            v4 = data["deployment_variant_id"]
            v5 = data["is_default_matched"]
            v8 = data["action"]
            v9 = data["prompt_config"]
            v10 = data["variables"]
            v14 = data["retries"]
            v22 = data["prompt_snippets"]
        except KeyError as e:
            raise _rt.missing(e.args[0]) from None
        if type(v0) is not str:
            raise _rt.type_error("str", v0).at(".deployment_id")
        if type(v1) is not str:
            raise _rt.type_error("str", v1).at(".deployment_key")
        if type(v2) is not str:
            raise _rt.type_error("str", v2).at(".deployment_variant_version")
        if type(v3) is not float:
            if type(v3) is not int:
                raise _rt.type_error("float", v3).at(".deployment_variant_position")
        elif v3 - v3 != 0.0:
            raise _rt.not_finite(v3).at(".deployment_variant_position")
        if type(v4) is not str:
            raise _rt.type_error("str", v4).at(".deployment_variant_id")
        if type(v5) is not bool:
            raise _rt.type_error("bool", v5).at(".is_default_matched")
        v6 = data.get("choices", UNSET)
        if v6 is not UNSET:
            try:
                v6 = _rt.d_list(v6, DeploymentChoices.from_dict)
            except ValidationError as e:
                raise e.at(".choices")
            except RecursionError:
                raise _rt.too_deep().at(".choices") from None
        v7 = data.get("integration_ids", UNSET)
        if v7 is not UNSET:
            try:
                v7 = _rt.d_list(v7, _rt.d_str)
            except ValidationError as e:
                raise e.at(".integration_ids")
            except RecursionError:
                raise _rt.too_deep().at(".integration_ids") from None
        if v8.__class__ is not str or v8 not in ACTION_VALUES:
            raise _rt.enum_error(v8, ACTION_VALUES).at(".action")
        try:
            v9 = PromptConfig.from_dict(v9)
        except ValidationError as e:
            raise e.at(".prompt_config")
        except RecursionError:
            raise _rt.too_deep().at(".prompt_config") from None
        try:
            v10 = _rt.d_list(v10, Variables.from_dict)
        except ValidationError as e:
            raise e.at(".variables")
        except RecursionError:
            raise _rt.too_deep().at(".variables") from None
        v11 = data.get("performance", UNSET)
        if v11 is not UNSET:
            try:
                v11 = DeploymentPerformance.from_dict(v11)
            except ValidationError as e:
                raise e.at(".performance")
            except RecursionError:
                raise _rt.too_deep().at(".performance") from None
        v12 = data.get("usage", UNSET)
        if v12 is not UNSET:
            try:
                v12 = DeploymentUsage.from_dict(v12)
            except ValidationError as e:
                raise e.at(".usage")
            except RecursionError:
                raise _rt.too_deep().at(".usage") from None
        v13 = data.get("billing", UNSET)
        if v13 is not UNSET:
            try:
                v13 = Billing.from_dict(v13)
            except ValidationError as e:
                raise e.at(".billing")
            except RecursionError:
                raise _rt.too_deep().at(".billing") from None
        try:
            v14 = _rt.d_list(v14, Retries.from_dict)
        except ValidationError as e:
            raise e.at(".retries")
        except RecursionError:
            raise _rt.too_deep().at(".retries") from None
        v15 = data.get("provider_response", UNSET)
        v16 = data.get("retrievals", UNSET)
        if v16 is not UNSET:
            try:
                v16 = _rt.d_list(v16, DeploymentRetrievals.from_dict)
            except ValidationError as e:
                raise e.at(".retrievals")
            except RecursionError:
                raise _rt.too_deep().at(".retrievals") from None
        v17 = data.get("knowledge_bases", UNSET)
        if v17 is not UNSET:
            try:
                v17 = _rt.d_list(v17, KnowledgeBases.from_dict)
            except ValidationError as e:
                raise e.at(".knowledge_bases")
            except RecursionError:
                raise _rt.too_deep().at(".knowledge_bases") from None
        v18 = data.get("tools", UNSET)
        if v18 is not UNSET:
            try:
                v18 = _rt.d_list(v18, DeploymentTools.from_dict)
            except ValidationError as e:
                raise e.at(".tools")
            except RecursionError:
                raise _rt.too_deep().at(".tools") from None
        v19 = data.get("metadata", UNSET)
        if v19 is not UNSET:
            try:
                v19 = DeploymentMetadata.from_dict(v19)
            except ValidationError as e:
                raise e.at(".metadata")
            except RecursionError:
                raise _rt.too_deep().at(".metadata") from None
        v20 = data.get("settings", UNSET)
        if v20 is not UNSET:
            try:
                v20 = Settings.from_dict(v20)
            except ValidationError as e:
                raise e.at(".settings")
            except RecursionError:
                raise _rt.too_deep().at(".settings") from None
        v21 = data.get("processing_attempts", UNSET)
        if v21 is not UNSET:
            try:
                v21 = _rt.d_list(v21, ProcessingAttempts.from_dict)
            except ValidationError as e:
                raise e.at(".processing_attempts")
            except RecursionError:
                raise _rt.too_deep().at(".processing_attempts") from None
        try:
            v22 = _rt.d_list(v22, PromptSnippets.from_dict)
        except ValidationError as e:
            raise e.at(".prompt_snippets")
        except RecursionError:
            raise _rt.too_deep().at(".prompt_snippets") from None
        v23 = data.get("files", UNSET)
        if v23 is not UNSET:
            try:
                v23 = _rt.d_list(v23, Files.from_dict)
            except ValidationError as e:
                raise e.at(".files")
            except RecursionError:
                raise _rt.too_deep().at(".files") from None
        v24 = data.get("cache_key", UNSET)
        if v24 is not UNSET:
            if type(v24) is not str:
                raise _rt.type_error("str", v24).at(".cache_key")
        v25 = data.get("cache_config", UNSET)
        if v25 is not UNSET:
            try:
                v25 = decode_cache_config(v25)
            except ValidationError as e:
                raise e.at(".cache_config")
            except RecursionError:
                raise _rt.too_deep().at(".cache_config") from None
        v26 = data.get("is_caching_enabled", UNSET)
        if v26 is not UNSET:
            if type(v26) is not bool:
                raise _rt.type_error("bool", v26).at(".is_caching_enabled")
        v27 = data.get("cache_status", UNSET)
        if v27 is not UNSET:
            if v27.__class__ is not str or v27 not in CACHE_STATUS_VALUES:
                raise _rt.enum_error(v27, CACHE_STATUS_VALUES).at(".cache_status")
        extras: Dict[str, Any] = {}
        if len(data) != (
            11
            + (v6 is not UNSET)
            + (v7 is not UNSET)
            + (v11 is not UNSET)
            + (v12 is not UNSET)
            + (v13 is not UNSET)
            + (v15 is not UNSET)
            + (v16 is not UNSET)
            + (v17 is not UNSET)
            + (v18 is not UNSET)
            + (v19 is not UNSET)
            + (v20 is not UNSET)
            + (v21 is not UNSET)
            + (v23 is not UNSET)
            + (v24 is not UNSET)
            + (v25 is not UNSET)
            + (v26 is not UNSET)
            + (v27 is not UNSET)
        ):
            extras = {k: x for k, x in data.items() if k not in _KEYS_data}
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.deployment_id = v0
        obj.deployment_key = v1
        obj.deployment_variant_version = v2
        obj.deployment_variant_position = v3
        obj.deployment_variant_id = v4
        obj.is_default_matched = v5
        obj.choices = v6
        obj.integration_ids = v7
        obj.action = v8  # type: ignore[assignment]
        obj.prompt_config = v9
        obj.variables = v10
        obj.performance = v11
        obj.usage = v12
        obj.billing = v13
        obj.retries = v14
        obj.provider_response = v15
        obj.retrievals = v16
        obj.knowledge_bases = v17
        obj.tools = v18
        obj.metadata = v19
        obj.settings = v20
        obj.processing_attempts = v21
        obj.prompt_snippets = v22
        obj.files = v23
        obj.cache_key = v24
        obj.cache_config = v25
        obj.is_caching_enabled = v26
        obj.cache_status = v27
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "deployment_id": self.deployment_id,
            "deployment_key": self.deployment_key,
            "deployment_variant_version": self.deployment_variant_version,
            "deployment_variant_position": self.deployment_variant_position,
            "deployment_variant_id": self.deployment_variant_id,
            "is_default_matched": self.is_default_matched,
            "action": self.action,
            "prompt_config": self.prompt_config.to_dict(),
            "variables": [x0.to_dict() for x0 in self.variables],
            "retries": [x0.to_dict() for x0 in self.retries],
            "prompt_snippets": [x0.to_dict() for x0 in self.prompt_snippets],
        }
        v6 = self.choices
        if v6 is not UNSET:
            out["choices"] = [x0.to_dict() for x0 in v6]
        v7 = self.integration_ids
        if v7 is not UNSET:
            out["integration_ids"] = list(v7)
        v11 = self.performance
        if v11 is not UNSET:
            out["performance"] = v11.to_dict()
        v12 = self.usage
        if v12 is not UNSET:
            out["usage"] = v12.to_dict()
        v13 = self.billing
        if v13 is not UNSET:
            out["billing"] = v13.to_dict()
        v15 = self.provider_response
        if v15 is not UNSET:
            out["provider_response"] = v15
        v16 = self.retrievals
        if v16 is not UNSET:
            out["retrievals"] = [x0.to_dict() for x0 in v16]
        v17 = self.knowledge_bases
        if v17 is not UNSET:
            out["knowledge_bases"] = [x0.to_dict() for x0 in v17]
        v18 = self.tools
        if v18 is not UNSET:
            out["tools"] = [x0.to_dict() for x0 in v18]
        v19 = self.metadata
        if v19 is not UNSET:
            out["metadata"] = v19.to_dict()
        v20 = self.settings
        if v20 is not UNSET:
            out["settings"] = v20.to_dict()
        v21 = self.processing_attempts
        if v21 is not UNSET:
            out["processing_attempts"] = [x0.to_dict() for x0 in v21]
        v23 = self.files
        if v23 is not UNSET:
            out["files"] = [x0.to_dict() for x0 in v23]
        v24 = self.cache_key
        if v24 is not UNSET:
            out["cache_key"] = v24
        v25 = self.cache_config
        if v25 is not UNSET:
            out["cache_config"] = encode_cache_config(v25)
        v26 = self.is_caching_enabled
        if v26 is not UNSET:
            out["is_caching_enabled"] = v26
        v27 = self.cache_status
        if v27 is not UNSET:
            out["cache_status"] = v27
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_data = frozenset(
    {
        "deployment_id",
        "deployment_key",
        "deployment_variant_version",
        "deployment_variant_position",
        "deployment_variant_id",
        "is_default_matched",
        "choices",
        "integration_ids",
        "action",
        "prompt_config",
        "variables",
        "performance",
        "usage",
        "billing",
        "retries",
        "provider_response",
        "retrievals",
        "knowledge_bases",
        "tools",
        "metadata",
        "settings",
        "processing_attempts",
        "prompt_snippets",
        "files",
        "cache_key",
        "cache_config",
        "is_caching_enabled",
        "cache_status",
    }
)
