"""README.md: every relative link points at a file of the repository, every `#anchor` at one of its headings."""

from __future__ import annotations

import os
import re

from conftest import ROOT

README = os.path.join(ROOT, "README.md")
_LINK = re.compile(r"\]\(([^)\s]+)\)")
_FENCE = re.compile(r"^(`{3,}|~{3,})")


def _prose(text: str) -> list[str]:
    """The lines outside fenced code blocks (a quoted docs page links relative to its own folder)."""
    lines, fence = [], ""
    for line in text.splitlines():
        match = _FENCE.match(line)
        if match and (not fence or match.group(1).startswith(fence)):
            fence = "" if fence else match.group(1)
        elif not fence:
            lines.append(line)
    return lines


def _slug(heading: str) -> str:
    """GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def _links() -> list[str]:
    return [m.group(1) for line in _prose(open(README, encoding="utf-8").read()) for m in _LINK.finditer(line)]


def test_relative_links_resolve_inside_the_repository():
    targets = [t.split("#")[0] for t in _links() if not re.match(r"[a-z]+:|#", t)]
    assert targets, "the README links to files of the repository"
    root = os.path.realpath(ROOT)
    for target in targets:
        path = os.path.realpath(os.path.join(ROOT, target))
        assert path.startswith(root + os.sep), f"{target} points outside the repository"
        assert os.path.exists(path), f"{target} does not exist"


def test_anchors_name_headings():
    lines = _prose(open(README, encoding="utf-8").read())
    slugs = {_slug(line.lstrip("#")) for line in lines if line.startswith("#")}
    anchors = [t[1:] for t in _links() if t.startswith("#")]
    assert anchors
    assert sorted(a for a in anchors if a not in slugs) == []


def test_slug_spelling():
    assert _slug(" Name lock (`names.lock.json`)") == "name-lock-nameslockjson"
    assert _slug("Unions (`oneOf` / `anyOf`)") == "unions-oneof--anyof"
