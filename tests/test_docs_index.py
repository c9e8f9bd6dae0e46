"""generated/docs/README.md: every operation with links to its body pages, every model page once per pool."""

from __future__ import annotations

import os
import re

import yaml

from conftest import GENERATED, SPEC

INDEX = os.path.join(GENERATED, "docs", "README.md")
LINK = re.compile(r"\]\(([^)]+\.md)\)")
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def read_index() -> str:
    with open(INDEX, encoding="utf-8") as fh:
        return fh.read()


def test_every_link_resolves() -> None:
    links = LINK.findall(read_index())
    assert len(links) > 3965  # every page, plus the operations
    missing = [link for link in links if not os.path.exists(os.path.join(GENERATED, "docs", link))]
    assert missing == []


def test_every_model_page_listed_once_under_its_pool() -> None:
    text = read_index()
    models = text[text.index("\n## Models\n"):]
    listed = LINK.findall(models)
    pages = sorted(os.path.relpath(os.path.join(d, n), os.path.join(GENERATED, "docs"))
                   for d, _, names in os.walk(os.path.join(GENERATED, "docs", "models")) for n in names)
    assert sorted(listed) == pages and len(set(listed)) == len(listed)
    for pool in ("components", "operations", "errors"):
        section = models.split(f"\n### {pool}\n", 1)[1].split("\n### ", 1)[0]
        assert all(link.startswith(f"models/{pool}/") for link in LINK.findall(section))


def test_every_operation_with_a_json_body_is_listed_with_method_and_path() -> None:
    with open(SPEC, encoding="utf-8") as fh:
        spec = yaml.load(fh, Loader=yaml.CSafeLoader)
    text = read_index()
    checked = 0
    for path, item in spec["paths"].items():
        for method in METHODS:
            op = item.get(method)
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            has_body = "requestBody" in op or any("content" in r for r in op.get("responses", {}).values()
                                                  if isinstance(r, dict))
            if not has_body:
                continue
            assert f"`{method.upper()} {path}`" in text, (method, path)
            checked += 1
    assert checked >= 14


def test_operation_section_links_its_request_and_response_pages() -> None:
    text = read_index()
    section = text.split("\n### RouterImageGenerations\n", 1)[1].split("\n### ", 1)[0]
    assert "`POST /v2/router/images/generations`" in section
    assert "- Request: [operations.RouterImageGenerationsRequestBody]" \
           "(models/operations/routerimagegenerationsrequestbody.md)" in section
    assert "- Response 200: [operations.RouterImageGenerationsResponseBody]" \
           "(models/operations/routerimagegenerationsresponsebody.md)" in section
