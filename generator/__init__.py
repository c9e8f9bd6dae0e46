"""OpenAPI 3.0/3.1 -> stdlib-only Python dataclasses, serializers and Markdown docs."""
