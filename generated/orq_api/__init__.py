"""orq_api: models, serializers and validation generated from the API's OpenAPI spec.

Generated code: standard library only. Models live in `orq_api.models.<pool>`
(`components`, `operations`, `errors`) and load lazily.
"""

from ._runtime import UNSET, Unset, ValidationError

__all__ = ["UNSET", "Unset", "ValidationError"]
