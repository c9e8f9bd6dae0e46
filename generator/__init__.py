"""OpenAPI 3.0/3.1 -> stdlib-only Python dataclasses, serializers and Markdown docs."""

import os

__version__ = "0.1.0"  # the release; pyproject.toml reads it from here


def templates_dir() -> str:
    """templates/ of the repository (and of editable installs), or generator/templates/ of an installed wheel."""
    here = os.path.dirname(os.path.abspath(__file__))
    installed = os.path.join(here, "templates")
    return installed if os.path.isdir(installed) else os.path.join(os.path.dirname(here), "templates")
