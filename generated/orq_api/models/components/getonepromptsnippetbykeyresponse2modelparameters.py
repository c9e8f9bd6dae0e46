"""components models: GetOnePromptSnippetByKeyResponse2ModelParameters"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Dict, List, Literal, Optional, Union

from ... import _runtime as _rt
from ..._runtime import UNSET, Unset, ValidationError

_new = object.__new__

from .getonepromptsnippetbykeyresponse2encodingformat import (
    GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE2_ENCODING_FORMAT_VALUES,
    GetOnePromptSnippetByKeyResponse2EncodingFormat,
    decode_get_one_prompt_snippet_by_key_response2_encoding_format,
)
from .getonepromptsnippetbykeyresponse2format import (
    GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE2_FORMAT_VALUES,
    GetOnePromptSnippetByKeyResponse2Format,
    decode_get_one_prompt_snippet_by_key_response2_format,
)
from .getonepromptsnippetbykeyresponse2photorealversion import (
    GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE2_PHOTO_REAL_VERSION_VALUES,
    GetOnePromptSnippetByKeyResponse2PhotoRealVersion,
    decode_get_one_prompt_snippet_by_key_response2_photo_real_version,
)
from .getonepromptsnippetbykeyresponse2quality import (
    GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE2_QUALITY_VALUES,
    GetOnePromptSnippetByKeyResponse2Quality,
    decode_get_one_prompt_snippet_by_key_response2_quality,
)
from .getonepromptsnippetbykeyresponse2responseformat import (
    GetOnePromptSnippetByKeyResponse2ResponseFormat,
    decode_get_one_prompt_snippet_by_key_response2_response_format,
    encode_get_one_prompt_snippet_by_key_response2_response_format,
)

__all__ = ["GetOnePromptSnippetByKeyResponse2ModelParameters"]


@dataclass(slots=True, kw_only=True)
class GetOnePromptSnippetByKeyResponse2ModelParameters(_rt.Base):
    """Model Parameters: Not all parameters apply to every model"""

    temperature: Union[float, Unset] = UNSET
    """Only supported on `chat` and `completion` models."""
    max_tokens: Union[float, Unset] = UNSET
    """Only supported on `chat` and `completion` models."""
    top_k: Union[float, Unset] = UNSET
    """Only supported on `chat` and `completion` models."""
    top_p: Union[float, Unset] = UNSET
    """Only supported on `chat` and `completion` models."""
    frequency_penalty: Union[float, Unset] = UNSET
    """Only supported on `chat` and `completion` models."""
    presence_penalty: Union[float, Unset] = UNSET
    """Only supported on `chat` and `completion` models."""
    num_images: Union[float, Unset] = UNSET
    """Only supported on `image` models."""
    seed: Union[float, Unset] = UNSET
    """Best effort deterministic seed for the model. Currently only OpenAI models support these"""
    format: Union[GetOnePromptSnippetByKeyResponse2Format, Unset] = UNSET
    """Only supported on `image` models."""
    dimensions: Union[str, Unset] = UNSET
    """Only supported on `image` models."""
    quality: Union[GetOnePromptSnippetByKeyResponse2Quality, Unset] = UNSET
    """Only supported on `image` models."""
    style: Union[str, Unset] = UNSET
    """Only supported on `image` models."""
    response_format: Union[
        Optional[GetOnePromptSnippetByKeyResponse2ResponseFormat], Unset
    ] = UNSET
    """An object specifying the format that the model must output.

     Setting to `{ "type": "json_schema", "json_schema": {...} }` enables Structured Outputs which ensures the model will match your supplied JSON schema

     Setting to `{ "type": "json_object" }` enables JSON mode, which ensures the message the model generates is valid JSON.

    Important: when using JSON mode, you must also instruct the model to produce JSON yourself via a system or user message. Without this, the model may generate an unending stream of whitespace until the generation reaches the token limit, resulting in a long-running and seemingly "stuck" request. Also note that the message content may be partially cut off if finish_reason="length", which indicates the generation exceeded max_tokens or the conversation exceeded the max context length.
    """
    photo_real_version: Union[
        GetOnePromptSnippetByKeyResponse2PhotoRealVersion, Unset
    ] = UNSET
    """The version of photoReal to use. Must be v1 or v2. Only available for `leonardoai` provider"""
    encoding_format: Union[GetOnePromptSnippetByKeyResponse2EncodingFormat, Unset] = (
        UNSET
    )
    """The format to return the embeddings"""
    additional_properties: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Any) -> GetOnePromptSnippetByKeyResponse2ModelParameters:
        if type(data) is not dict:
            raise _rt.type_error("dict", data)
        v0 = data.get("temperature", UNSET)
        if v0 is not UNSET:
            if type(v0) is not float:
                if type(v0) is not int:
                    raise _rt.type_error("float", v0).at(".temperature")
            elif v0 - v0 != 0.0:
                raise _rt.not_finite(v0).at(".temperature")
        v1 = data.get("maxTokens", UNSET)
        if v1 is not UNSET:
            if type(v1) is not float:
                if type(v1) is not int:
                    raise _rt.type_error("float", v1).at(".maxTokens")
            elif v1 - v1 != 0.0:
                raise _rt.not_finite(v1).at(".maxTokens")
        v2 = data.get("topK", UNSET)
        if v2 is not UNSET:
            if type(v2) is not float:
                if type(v2) is not int:
                    raise _rt.type_error("float", v2).at(".topK")
            elif v2 - v2 != 0.0:
                raise _rt.not_finite(v2).at(".topK")
        v3 = data.get("topP", UNSET)
        if v3 is not UNSET:
            if type(v3) is not float:
                if type(v3) is not int:
                    raise _rt.type_error("float", v3).at(".topP")
            elif v3 - v3 != 0.0:
                raise _rt.not_finite(v3).at(".topP")
        v4 = data.get("frequencyPenalty", UNSET)
        if v4 is not UNSET:
            if type(v4) is not float:
                if type(v4) is not int:
                    raise _rt.type_error("float", v4).at(".frequencyPenalty")
            elif v4 - v4 != 0.0:
                raise _rt.not_finite(v4).at(".frequencyPenalty")
        v5 = data.get("presencePenalty", UNSET)
        if v5 is not UNSET:
            if type(v5) is not float:
                if type(v5) is not int:
                    raise _rt.type_error("float", v5).at(".presencePenalty")
            elif v5 - v5 != 0.0:
                raise _rt.not_finite(v5).at(".presencePenalty")
        v6 = data.get("numImages", UNSET)
        if v6 is not UNSET:
            if type(v6) is not float:
                if type(v6) is not int:
                    raise _rt.type_error("float", v6).at(".numImages")
            elif v6 - v6 != 0.0:
                raise _rt.not_finite(v6).at(".numImages")
        v7 = data.get("seed", UNSET)
        if v7 is not UNSET:
            if type(v7) is not float:
                if type(v7) is not int:
                    raise _rt.type_error("float", v7).at(".seed")
            elif v7 - v7 != 0.0:
                raise _rt.not_finite(v7).at(".seed")
        v8 = data.get("format", UNSET)
        if v8 is not UNSET:
            if (
                v8.__class__ is not str
                or v8 not in GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE2_FORMAT_VALUES
            ):
                raise _rt.enum_error(
                    v8, GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE2_FORMAT_VALUES
                ).at(".format")
        v9 = data.get("dimensions", UNSET)
        if v9 is not UNSET:
            if type(v9) is not str:
                raise _rt.type_error("str", v9).at(".dimensions")
        v10 = data.get("quality", UNSET)
        if v10 is not UNSET:
            if (
                v10.__class__ is not str
                or v10 not in GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE2_QUALITY_VALUES
            ):
                raise _rt.enum_error(
                    v10, GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE2_QUALITY_VALUES
                ).at(".quality")
        v11 = data.get("style", UNSET)
        if v11 is not UNSET:
            if type(v11) is not str:
                raise _rt.type_error("str", v11).at(".style")
        v12 = data.get("responseFormat", UNSET)
        if v12 is not UNSET and v12 is not None:
            try:
                v12 = decode_get_one_prompt_snippet_by_key_response2_response_format(
                    v12
                )
            except ValidationError as e:
                raise e.at(".responseFormat")
            except RecursionError:
                raise _rt.too_deep().at(".responseFormat") from None
        v13 = data.get("photoRealVersion", UNSET)
        if v13 is not UNSET:
            if (
                v13.__class__ is not str
                or v13
                not in GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE2_PHOTO_REAL_VERSION_VALUES
            ):
                raise _rt.enum_error(
                    v13,
                    GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE2_PHOTO_REAL_VERSION_VALUES,
                ).at(".photoRealVersion")
        v14 = data.get("encoding_format", UNSET)
        if v14 is not UNSET:
            if (
                v14.__class__ is not str
                or v14
                not in GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE2_ENCODING_FORMAT_VALUES
            ):
                raise _rt.enum_error(
                    v14, GET_ONE_PROMPT_SNIPPET_BY_KEY_RESPONSE2_ENCODING_FORMAT_VALUES
                ).at(".encoding_format")
        extras: Dict[str, Any] = {}
        if len(data) != (
            0
            + (v0 is not UNSET)
            + (v1 is not UNSET)
            + (v2 is not UNSET)
            + (v3 is not UNSET)
            + (v4 is not UNSET)
            + (v5 is not UNSET)
            + (v6 is not UNSET)
            + (v7 is not UNSET)
            + (v8 is not UNSET)
            + (v9 is not UNSET)
            + (v10 is not UNSET)
            + (v11 is not UNSET)
            + (v12 is not UNSET)
            + (v13 is not UNSET)
            + (v14 is not UNSET)
        ):
            extras = {
                k: x
                for k, x in data.items()
                if k
                not in _KEYS_get_one_prompt_snippet_by_key_response2_model_parameters
            }
            _rt.check_keys(extras)
        # Every field is set below: skipping __init__ halves the construction time.
        obj = _new(cls)
        obj.temperature = v0
        obj.max_tokens = v1
        obj.top_k = v2
        obj.top_p = v3
        obj.frequency_penalty = v4
        obj.presence_penalty = v5
        obj.num_images = v6
        obj.seed = v7
        obj.format = v8
        obj.dimensions = v9
        obj.quality = v10
        obj.style = v11
        obj.response_format = v12
        obj.photo_real_version = v13
        obj.encoding_format = v14
        obj.additional_properties = extras
        return obj

    def to_dict(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {}
        v0 = self.temperature
        if v0 is not UNSET:
            out["temperature"] = v0
        v1 = self.max_tokens
        if v1 is not UNSET:
            out["maxTokens"] = v1
        v2 = self.top_k
        if v2 is not UNSET:
            out["topK"] = v2
        v3 = self.top_p
        if v3 is not UNSET:
            out["topP"] = v3
        v4 = self.frequency_penalty
        if v4 is not UNSET:
            out["frequencyPenalty"] = v4
        v5 = self.presence_penalty
        if v5 is not UNSET:
            out["presencePenalty"] = v5
        v6 = self.num_images
        if v6 is not UNSET:
            out["numImages"] = v6
        v7 = self.seed
        if v7 is not UNSET:
            out["seed"] = v7
        v8 = self.format
        if v8 is not UNSET:
            out["format"] = v8
        v9 = self.dimensions
        if v9 is not UNSET:
            out["dimensions"] = v9
        v10 = self.quality
        if v10 is not UNSET:
            out["quality"] = v10
        v11 = self.style
        if v11 is not UNSET:
            out["style"] = v11
        v12 = self.response_format
        if v12 is not UNSET:
            out["responseFormat"] = (
                None
                if v12 is None
                else encode_get_one_prompt_snippet_by_key_response2_response_format(v12)
            )
        v13 = self.photo_real_version
        if v13 is not UNSET:
            out["photoRealVersion"] = v13
        v14 = self.encoding_format
        if v14 is not UNSET:
            out["encoding_format"] = v14
        if self.additional_properties:
            out.update(self.additional_properties)
        return out


_KEYS_get_one_prompt_snippet_by_key_response2_model_parameters = frozenset(
    {
        "temperature",
        "maxTokens",
        "topK",
        "topP",
        "frequencyPenalty",
        "presencePenalty",
        "numImages",
        "seed",
        "format",
        "dimensions",
        "quality",
        "style",
        "responseFormat",
        "photoRealVersion",
        "encoding_format",
    }
)
