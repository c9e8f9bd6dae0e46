"""HTML in descriptions (issue 12, item 7): a line of a description that starts a CommonMark HTML block (`<!--`,
`<script>`, `<pre>`, `<div>`, `<?php`, ...) would run to an end condition that may never come, hiding every later
section of its page. The generator escapes the `<` of such lines (`\\<div>` shows as `<div>`), outside fenced code,
and keeps HTML inside a line as written. The index keeps the title, paths and content types on their own lines.

No CommonMark implementation is installed, so the oracle is CommonMark's rules themselves (spec 0.31, section 4.6
"HTML blocks", and 4.5 "Fenced code blocks"), written out below independently of generator/render.py: outside
fenced code, no line of a page starts (after up to 3 spaces) with an HTML block start condition, and the page's
`## ` headings are all still there, whatever the descriptions hold (hypothesis generates them).
"""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import conftest  # noqa: F401 - puts the project root on sys.path
from generator.pipeline import generate_files
from generator.render import markdown_block

LINE_END = re.compile(r"\r\n|\r|\n")  # CommonMark's line endings; \u2028, \x85, \x0b, \x0c are not
FENCE = re.compile(r" {0,3}(`{3,}|~{3,})(.*)")

# -- the oracle: CommonMark's HTML block start conditions ----------------------------------------------------------

KIND_1 = ("pre", "script", "style", "textarea")
KIND_6 = set("""address article aside base basefont blockquote body caption center col colgroup dd details dialog dir
div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li
link main menu menuitem nav noframes ol optgroup option p param search section source summary table tbody td tfoot th
thead title tr track ul""".split())  # `source`: in spec 0.29, which GitHub's renderer follows
TAG_NAME = re.compile(r"[A-Za-z][A-Za-z0-9-]*")
ATTRIBUTE = r"""[ \t]+[A-Za-z_:][A-Za-z0-9_.:-]*(?:[ \t]*=[ \t]*(?:[^ \t"'=<>`]+|'[^']*'|"[^"]*"))?"""
TAG_ALONE = re.compile(rf"(?:<(?P<open>[A-Za-z][A-Za-z0-9-]*)(?:{ATTRIBUTE})*[ \t]*/?>"
                       rf"|</(?P<close>[A-Za-z][A-Za-z0-9-]*)[ \t]*>)[ \t]*")


def html_block_start(line: str) -> int | None:
    """The kind (1-7) of HTML block `line` starts at the top level of a document, or None."""
    indent = len(line) - len(line.lstrip(" "))
    s = line[indent:]
    if indent > 3 or not s.startswith("<"):
        return None
    for name in KIND_1:
        after = s[1 + len(name):]
        if s[1:1 + len(name)].lower() == name and (after == "" or after[0] in " \t>"):
            return 1
    if s.startswith("<!--"):
        return 2
    if s.startswith("<?"):
        return 3
    if s.startswith("<![CDATA["):
        return 5
    if s[1:2] == "!" and s[2:3].isascii() and s[2:3].isalpha():
        return 4
    name = TAG_NAME.match(s[2:] if s.startswith("</") else s[1:])
    if name and name.group().lower() in KIND_6:
        after = (s[2:] if s.startswith("</") else s[1:])[name.end():]
        if after == "" or after[0] in " \t>" or after.startswith("/>"):
            return 6
    tag = TAG_ALONE.fullmatch(s)
    if tag and (tag.group("open") or tag.group("close")).lower() not in KIND_1:
        return 7
    return None


def fenced(page: str) -> tuple[list[tuple[str, bool]], str]:
    """Each line of a page and whether it is in a fenced code block (its fences included); the fence left open."""
    opening, out = "", []
    for line in LINE_END.split(page):
        m = FENCE.fullmatch(line)
        if opening:
            if m and m.group(1)[0] == opening[0] and len(m.group(1)) >= len(opening) and not m.group(2).strip():
                opening = ""
        elif m and not (m.group(1)[0] == "`" and "`" in m.group(2)):
            opening = m.group(1)
        else:
            out.append((line, False))
            continue
        out.append((line, True))
    return out, opening


def lines_outside_fences(page: str) -> list[str]:
    return [line for line, in_code in fenced(page)[0] if not in_code]


def assert_every_section_renders(page: str, headings: list[str]) -> None:
    lines = lines_outside_fences(page)
    starts = [(line, html_block_start(line)) for line in lines if html_block_start(line) is not None]
    assert starts == [], f"lines that start an HTML block: {starts}\n{page}"
    assert [line for line in lines if line.startswith("## ")] == headings, page


@pytest.mark.parametrize("line, kind", [
    ("<!-- internal", 2), ("<script>", 1), ("<PRE class=x>", 1), ("<textarea", 1), ("<?php", 3), ("<!DOCTYPE html>", 4),
    ("<![CDATA[", 5), ("   <div>", 6), ("</table>", 6), ("<p/>", 6), ("<x-y a='1' b>", 7), ("</span>  ", 7),
    ("    <div>", None), ("<b>bold</b> text", None), ("</pre>", None), ("< div>", None), ("<3", None),
    ("<https://example.com>", None), ("\t<div>", None), ("<pre-x", None), ("<![cdata[", None),
])
def test_the_oracle_reads_the_start_conditions(line: str, kind: int | None) -> None:
    assert html_block_start(line) == kind


# -- generated pages ----------------------------------------------------------------------------------------------

PAGES = {"obj": ["## Example Usage", "## Fields"], "kind": ["## Example Usage", "## Values"],
         "u": ["## Supported Types"]}
INDEX = ["## Operations", "## Models"]


def generate(description: str, title: str = "t", path: str = "/x", content_type: str = "application/json",
             field: str = "f") -> dict[str, str]:
    """Pages of a spec with `description` on an object, an enum and a union (and `field` on a property)."""
    schemas = {
        "Obj": {"type": "object", "description": description, "properties": {
            "kind": {"$ref": "#/components/schemas/Kind"}, "either": {"$ref": "#/components/schemas/U"},
            "note": {"type": "string", "description": field}}},
        "Kind": {"type": "string", "enum": ["a", "b"], "description": description},
        "U": {"oneOf": [{"type": "string"}, {"type": "integer"}], "description": description},
    }
    doc = {"openapi": "3.1.0", "info": {"title": title, "version": "1"}, "components": {"schemas": schemas},
           "paths": {path: {"get": {"operationId": "getX", "responses": {"200": {"description": "ok", "content": {
               content_type: {"schema": {"$ref": "#/components/schemas/Obj"}}}}}}}}}
    with tempfile.TemporaryDirectory() as tmp:
        spec = Path(tmp) / "openapi.json"
        spec.write_text(json.dumps(doc), encoding="utf-8")
        files = generate_files(str(spec), "html_api", formatted=False).files
    pages = {name: files[f"docs/models/components/{name}.md"] for name in PAGES}
    pages["index"] = files["docs/README.md"]
    return pages


def assert_all_pages_render(pages: dict[str, str]) -> None:
    for name, headings in PAGES.items():
        assert_every_section_renders(pages[name], headings)
    assert_every_section_renders(pages["index"], INDEX)


STARTS = ["<!-- internal", "<script>", "<pre>", "<style>", "<textarea>", "<div>", "<?php", "<![CDATA[",
          "<!DOCTYPE html>", "</div>", "  <DIV class='x'>", "<section", "<custom-tag data-x=\"1\">", "</span>", "<br/>"]


@pytest.mark.parametrize("start", STARTS)
def test_an_html_block_start_hides_no_section(start: str) -> None:
    description = f"Intro line.\n{start}\nthe line after"
    pages = generate(description, field=description)
    assert_all_pages_render(pages)
    at = start.index("<")
    shown = f"Intro line.\n{start[:at]}\\{start[at:]}\nthe line after\n"  # `\<` shows as `<`: as written
    for name in PAGES:
        assert shown in pages[name]


@pytest.mark.parametrize("description", [
    "An <b>inline</b> tag, and <!-- an inline comment --> too.",
    "<b>bold</b> at the start of a line, with text after it",
    '<a href="https://example.com">a link</a> and more',
    "<https://example.com> is an autolink",
    "< div> is not a tag, nor is <3",
    "Code:\n\n    <div> in indented code",
    "Example:\n```html\n<div>\n<!-- kept -->\n```\nafter",
    "~~~\n<script>\n~~~",
])
def test_html_inside_a_line_or_in_code_is_left_as_written(description: str) -> None:
    assert markdown_block(description) == description
    pages = generate(description)
    assert_all_pages_render(pages)
    for name in PAGES:
        assert f"\n{description}\n" in pages[name]


def test_the_index_keeps_title_path_and_content_type_on_their_lines() -> None:
    pages = generate("d", title="Shop\n<!-- internal", path="/x\r\n<div>", content_type="text/x\r<pre>")
    assert_all_pages_render(pages)
    index = pages["index"]
    assert index.startswith("# Shop <!-- internal: models\n")
    assert "`GET /x <div>`" in index and "- Response 200 (text/x <pre>): " in index


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c"])
def test_a_fence_after_a_line_separator_is_no_fence(separator: str) -> None:
    """Python's splitlines() splits at these; CommonMark does not, so `x<sep>```` opens no fence and closing it
    would open one that hides the rest of the page."""
    description = f"x{separator}```"
    assert markdown_block(description) == description
    assert_all_pages_render(generate(description))


# -- hypothesis: descriptions mixing every kind of start with fences, indents and line endings ---------------------

LINE_STARTS = STARTS + ["<PRE", "<Script type=x>", "<?", "<!x", "<![CDATA[x]]>", "<!-- closed -->", "</p>", "<p/>",
                        "<x>", "<x-1 y=z/>", "</pre>", "<b>bold</b>", "<3", "< p>", "<", "text", "-->", "", "```",
                        "~~~~", "```py", "``` a`b", "    <div>", "\t<pre>"]
TAILS = ["", " ", "\t", ">", " -->", "?>", "]]>", "</script>", "</pre>", " more text", "/>", "```"]
ENDINGS = ["\n", "\r\n", "\r", "\u2028", "\x85"]


@st.composite
def descriptions(draw: st.DrawFn) -> str:
    lines = draw(st.lists(st.tuples(st.sampled_from(["", " ", "   ", "    "]), st.sampled_from(LINE_STARTS),
                                    st.sampled_from(TAILS), st.sampled_from(ENDINGS)), min_size=1, max_size=8))
    return "".join(indent + start + tail + end for indent, start, tail, end in lines).strip()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(descriptions(), descriptions(), st.sampled_from(LINE_STARTS), st.sampled_from(ENDINGS))
def test_no_description_hides_a_section(description: str, field: str, start: str, ending: str) -> None:
    pages = generate(description or "d", title=f"T{ending}{start}", path=f"/x{ending}{start}", field=field or "f")
    assert_all_pages_render(pages)


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(LINE_STARTS + TAILS + ENDINGS), st.text(max_size=3)), max_size=12).map("".join))
def test_markdown_block_escapes_exactly_the_block_starts(text: str) -> None:
    """Each line outside fenced code that starts an HTML block gets a backslash before its `<`; nothing else changes
    (but a closing fence at the end, for one left open)."""
    lines, opening = fenced(text)
    endings = LINE_END.findall(text) + [""]
    expected = "".join((line.replace("<", "\\<", 1) if not in_code and html_block_start(line) else line) + end
                       for (line, in_code), end in zip(lines, endings))
    assert markdown_block(text) == expected + (f"\n{opening}" if opening else "")
    outside = lines_outside_fences(markdown_block(text) + "\n\n## After")
    assert [line for line in outside if html_block_start(line)] == [] and outside[-1] == "## After"
