"""Naming: tokens, finalize, candidate lists, and the reference spec's names."""

from __future__ import annotations

import os

from conftest import SPEC, shared_path

from generator.naming import (
    Node,
    Root,
    candidates,
    finalize,
    identifier_name,
    spell_number,
)
from generator.pointers import Loc
from generator.pynames import attribute_names, snake
from generator.roots import content_type_token, operation_name, pascal


def test_pascal():
    assert pascal("prefix_messages") == "PrefixMessages"
    assert pascal("photoRealVersion") == "PhotoRealVersion"
    assert pascal("image_url") == "ImageUrl"


def test_content_type_token():
    assert content_type_token("application/json") == "ApplicationJSON"
    assert content_type_token("text/event-stream") == "TextEventStream"


def test_operation_name_without_operation_id():
    assert operation_name(None, "delete", "/v2/deployments/invalidate/{deployment_id}") == (
        "DeleteV2DeploymentsInvalidateDeploymentId"
    )
    assert operation_name("routerImageGenerations", "post", "/x") == "RouterImageGenerations"


def test_finalize_spells_only_the_leading_number():
    assert finalize(["1"]) == "One"
    assert finalize(["22"]) == "TwentyTwo"
    assert finalize(["2", "2"]) == "Two2"
    assert finalize(["Deployments", "2", "2"]) == "Deployments22"
    assert spell_number(105) == "OneHundredFive"


def test_finalize_avoids_keywords_and_module_names():
    assert finalize(["None"]) == "NoneT"
    assert finalize(["Any"]) == "AnyT"
    assert finalize(["ValidationError"]) == "ValidationErrorT"
    assert identifier_name("my-schema.v2") == "MySchemaV2"


def test_candidates_follow_the_documented_order():
    root = Root("operations", "RouterImageGenerations", ("RouterImages", "Response", "200", "ApplicationJSON", "ResponseBody"), ())
    node = Node(Loc("f", "/x"), {}, "Role", "Message", ("Choices", "Message", "1", "Role"), root, False)
    assert candidates(node)[:5] == [
        "Role",
        "MessageRole",
        "RouterImageGenerationsMessageRole",
        "RouterImageGenerationsMessageRouterImagesRole",
        "RouterImageGenerationsMessageRouterImagesResponseRole",
    ]


def test_attribute_names_are_unique_snake_case_and_valid():
    names = attribute_names(["fooBar", "foo_bar", "class", "2fa", "from_dict", "a-b", "café"])
    assert names == ["foo_bar", "foo_bar_2", "class_", "_2fa", "from_dict_", "a_b", "caf"]
    assert all(n.isidentifier() for n in names)
    assert snake("HTTPStatusCode") == "http_status_code"


def test_reference_names():
    """The names of the reference SDK's pages, by JSON pointer (ties settled in pyproject.toml)."""
    from schema_tools import api

    tsv = shared_path("reference", "orq-ts", "names.tsv")
    ids = {(m.pool, m.name) for m in api().models}
    by_pointer = {}
    for m in api().models:
        by_pointer.setdefault(m.pointer.split("#", 1)[1], set()).add((m.pool, m.name))
    rows = [line.rstrip("\n").split("\t") for line in open(tsv, encoding="utf-8") if not line.startswith("#")]
    hits = sum(1 for ptr, pool, name in rows if (pool, name) in by_pointer.get(ptr, set()) or (pool == "errors" and (pool, name) in ids))
    assert hits >= 307, f"{hits}/{len(rows)} reference names reproduced"
    assert os.path.exists(SPEC)


def test_compare_docs_scores(tmp_path):
    import subprocess
    import sys

    from conftest import GENERATED

    tool = shared_path("tools", "compare_docs.py")
    ref = shared_path("reference", "orq-ts", "docs")
    out = subprocess.run([sys.executable, tool, os.path.join(GENERATED, "docs", "models"), ref, "--quiet"],
                         capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1]
    _, n, _, present, _, exact = out.split()
    assert int(present.split("/")[0]) >= 300 and int(exact.split("/")[0]) >= 300, out
