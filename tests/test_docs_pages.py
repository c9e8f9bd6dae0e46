"""Docs pages stay well-formed Markdown whatever the descriptions hold: an unclosed code fence in a description is
closed, so it cannot swallow the Example Usage and Fields sections after it."""

from __future__ import annotations

import json

import pytest

from generator.pipeline import generate_files
from generator.render import close_fences
from test_docs_html import fenced



def headings_outside_fences(page: str) -> list[str]:
    """The `## ` headings a CommonMark renderer shows as headings (not inside a fenced block)."""
    return [line for line, fenced_in in fenced(page)[0] if not fenced_in and line.startswith("## ")]


@pytest.mark.parametrize("text, closed", [
    ("see\n```python\nx = 1", "see\n```python\nx = 1\n```"),
    ("see\n~~~~\nx\n~~~", "see\n~~~~\nx\n~~~\n~~~~"),  # a shorter fence does not close a longer one
    ("```\nx\n````", "```\nx\n````"),  # a longer one does
    ("```\nx\n```", "```\nx\n```"),
    ("``` a`b\nnot a fence", "``` a`b\nnot a fence"),  # backticks in a backtick fence's info string
    ("    ```\nindented code, not a fence", "    ```\nindented code, not a fence"),
    ("```\nx\n``` not a closer", "```\nx\n``` not a closer\n```"),
])
def test_close_fences(text: str, closed: str) -> None:
    assert close_fences(text) == closed


def test_unclosed_fence_in_descriptions_leaves_the_page_sections_visible(tmp_path) -> None:
    fence = "Use it like this:\n```python\nclient.call(\n"
    schemas = {
        "Obj": {"type": "object", "description": fence, "properties": {"kind": {"$ref": "#/components/schemas/Kind"},
                                                                       "either": {"$ref": "#/components/schemas/U"}}},
        "Kind": {"type": "string", "enum": ["a", "b"], "description": "~~~~\nunclosed tilde fence"},
        "U": {"oneOf": [{"type": "string"}, {"type": "integer"}], "description": fence},
    }
    doc = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "components": {"schemas": schemas},
           "paths": {"/x": {"get": {"operationId": "getX", "responses": {"200": {"description": "ok", "content": {
               "application/json": {"schema": {"$ref": "#/components/schemas/Obj"}}}}}}}}}
    spec = tmp_path / "openapi.json"
    spec.write_text(json.dumps(doc), encoding="utf-8")
    files = generate_files(str(spec), "pages_api", formatted=False).files
    pages = {name: files[f"docs/models/components/{name}.md"] for name in ("obj", "kind", "u")}
    assert headings_outside_fences(pages["obj"]) == ["## Example Usage", "## Fields"]
    assert headings_outside_fences(pages["kind"]) == ["## Example Usage", "## Values"]
    assert headings_outside_fences(pages["u"]) == ["## Supported Types"]
    assert fence in pages["obj"] and "unclosed tilde fence\n~~~~\n" in pages["kind"]
