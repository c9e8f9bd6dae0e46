"""The seed page: title, description and Field/Required/Description columns exactly as the reference."""

from __future__ import annotations

import os

from conftest import GENERATED, shared_path

PAGE = os.path.join(GENERATED, "docs", "models", "operations", "routerimagegenerationsresponsebody.md")


def _table(text: str) -> list[list[str]]:
    rows = [line for line in text.splitlines() if line.startswith("| ")]
    return [[c.strip() for c in row.strip("|").split(" | ")] for row in rows if not set(row) <= set("|- ")]


def test_seed_page_matches_reference_columns():
    seed = open(shared_path("seed", "routerimagegenerationsresponsebody.md"), encoding="utf-8").read()
    ours = open(PAGE, encoding="utf-8").read()
    assert ours.splitlines()[:3] == seed.splitlines()[:3]  # title, blank, description
    theirs, mine = _table(seed), _table(ours)
    assert [(r[0], r[2], r[3]) for r in mine] == [(r[0], r[2], r[3]) for r in theirs]


def test_seed_page_types_are_python():
    rows = _table(open(PAGE, encoding="utf-8").read())
    types = {r[0]: r[1] for r in rows[1:]}
    assert types["`id`"] == "*str*"
    assert types["`created`"] == "*float*"
    assert types["`choices`"] == (
        "List[[operations.RouterImageGenerationsChoices](../../models/operations/routerimagegenerationschoices.md)]"
    )


def test_seed_page_layout():
    text = open(PAGE, encoding="utf-8").read()
    assert text.endswith("|\n") and not text.endswith("\n\n")
    assert "## Example Usage\n\n```python\nfrom orq_api.models.operations import" in text
    rows = [line for line in text.splitlines() if line.startswith("|")]
    widths = {len(line) for line in rows}
    assert len(widths) == 1  # every row padded to one width
