"""IR -> file texts through the Jinja templates. Helpers here only lay IR values out."""

from __future__ import annotations

import json
import re
from dataclasses import replace

import jinja2

from generator.format import LINE_LENGTH
from generator.ir import DATE_PATTERN, DATE_TIME_PATTERN, Api, Body, Example, Model, ModelId, Module, TypeRef
from generator.pynames import py_literal

_TYPING = ("Any", "Dict", "List", "Optional")


def docstring(text: str, deprecated: bool = False) -> str:
    """A triple-quoted docstring laid out as black lays docstrings out (PEP 257 indentation).

    Lines after the first lose their common indentation (leading tabs count four columns); the template
    indents the result. A multi-line docstring closes on its own line."""
    body = (text or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if deprecated:
        body = (body + "\n\n" if body else "") + "Deprecated."
    if not body:
        return ""
    body = _DOC_ESCAPES.sub(lambda m: _doc_escape(m.group()), body)
    # two of three quotes escaped: never three in a row, and never an escaped quote last (before the closing
    # quotes black keeps a space after one, ruff does not)
    lines = body.replace('"""', '\\"\\""').split("\n")
    lines = [lines[0].strip()] + [_expand_leading_tabs(line).rstrip() for line in lines[1:]]
    margin = min((len(line) - len(line.lstrip()) for line in lines[1:] if line.strip()), default=0)
    lines = [lines[0]] + [_escape_indent(line[margin:]) for line in lines[1:]]
    if lines[0].startswith('"'):
        lines[0] = " " + lines[0]
    if len(lines) > 1:
        return '"""' + "\n".join(lines) + '\n"""'
    return '"""' + lines[0] + (" " if lines[0].endswith('"') else "") + '"""'


_DOC_ESCAPES = re.compile("[\\\\\x00-\x08\x0b-\x1f\x7f\x85\u2028\u2029]")  # all but \t and \n


def _doc_escape(ch: str) -> str:
    return "\\\\" if ch == "\\" else ch.encode("unicode_escape").decode("ascii")


def _escape_indent(line: str) -> str:
    """A line with the Unicode spaces (no-break, ideographic, ...) that begin it escaped: black keeps them in a
    docstring's indentation, ruff drops them."""
    text = line.lstrip(" ")
    n = len(text) - len(text.lstrip())
    return line[: len(line) - len(text)] + "".join(map(_doc_escape, text[:n])) + text[n:]


def _field_index(model: Model, f: object) -> int:
    for i, g in enumerate(model.fields):
        if g is f:
            return i
    raise ValueError(f"{f!r} is not a field of {model.name}")


def _expand_leading_tabs(line: str) -> str:
    stripped = line.lstrip()
    if not stripped or stripped == line:
        return line
    return line[: len(line) - len(stripped)].expandtabs(4) + stripped


_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})(.*)")
_LINE_END = re.compile(r"(\r\n|\r|\n)")  # CommonMark's line endings (not \u2028, \x85, \x0b or \x0c)


def _code_lines(lines: list[str]) -> tuple[list[bool], str]:
    """Which lines belong to a fenced code block (its fences included), and the fence still open at the end."""
    opening, code = "", []
    for line in lines:
        m = _FENCE.fullmatch(line)
        if opening:
            fence, rest = m.groups() if m else ("", "")
            if fence[:1] == opening[0] and len(fence) >= len(opening) and not rest.strip():
                opening = ""  # CommonMark: it closes with the same character, at least as many, and nothing after
        elif m and not (m.group(1)[0] == "`" and "`" in m.group(2)):  # a backtick fence's info has no backtick
            opening = m.group(1)
        else:
            code.append(False)
            continue
        code.append(True)
    return code, opening


def close_fences(text: str) -> str:
    """Markdown text whose fenced code blocks all close: an unclosed fence in a description would swallow the rest
    of the page."""
    _, opening = _code_lines(_LINE_END.split(text)[::2])
    return text + "\n" + opening if opening else text


# CommonMark's HTML block starts (kinds 1 to 7; block tag names of spec 0.31, and `source` of 0.29 as GitHub reads
# it). An HTML block runs to its end condition, or to a blank line, so one without its end hides the rest of a page.
_BLOCK_TAGS = ("address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|"
               "div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|"
               "legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|source|"
               "summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul")
_ATTRIBUTE = r"""[ \t]+[a-z_:][a-z0-9_.:-]*(?:[ \t]*=[ \t]*(?:[^ \t"'=<>`]+|'[^']*'|"[^"]*"))?"""
_HTML_BLOCK_START = re.compile(
    r" {0,3}<(?:(?:pre|script|style|textarea)(?:[ \t>]|$)"  # 1
    r"|!--|\?|![a-z]|(?-i:!\[CDATA\[)"  # 2 to 5: comment, processing instruction, declaration, CDATA
    rf"|/?(?:{_BLOCK_TAGS})(?:[ \t>]|/>|$)"  # 6
    rf"|[a-z][a-z0-9-]*(?:{_ATTRIBUTE})*[ \t]*/?>[ \t]*$"  # 7: an open tag alone on its line
    r"|/(?!(?:pre|script|style|textarea)[ \t>])[a-z][a-z0-9-]*[ \t]*>[ \t]*$)",  # 7: a closing tag alone
    re.IGNORECASE)


def markdown_block(text: str) -> str:
    """A description as a block of a page: no line outside its fenced code starts an HTML block (the `<` is
    escaped: `\\<!-- x` shows as `<!-- x`), and its fences close. Either would hide every later section of the page.
    HTML inside a line, which CommonMark reads as inline, is left as written."""
    parts = _LINE_END.split(text)  # lines at even indexes, their line endings between
    code, _ = _code_lines(parts[::2])
    for i, in_code in enumerate(code):
        if not in_code and _HTML_BLOCK_START.match(parts[2 * i]):
            parts[2 * i] = parts[2 * i].replace("<", "\\<", 1)
    return close_fences("".join(parts))


def one_line(text: str) -> str:
    """Text for a heading or a list item of its own: a line ending in it would start a new block."""
    return _LINE_END.sub(" ", text)


def segment(wire: str) -> str:
    """Python source of a path segment, spelled as the runtime's key_segment spells it."""
    seg = "." + wire if wire.isidentifier() else "[" + json.dumps(wire, ensure_ascii=False) + "]"
    return py_literal(seg)


def markdown_table(header: list[str], rows: list[list[str]]) -> str:
    width = max([3] + [len(c) for c in header] + [len(c) for row in rows for c in row])

    def cell(text: str) -> str:
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br/>").replace("|", "\\|")
        return text.ljust(width)

    lines = ["| " + " | ".join(cell(c) for c in header) + " |", "| " + " | ".join("-" * width for _ in header) + " |"]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


class Renderer:
    def __init__(self, api: Api, templates_dir: str) -> None:
        self.api = api
        self.by_id = {m.id: m for m in api.models}
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(templates_dir),
            undefined=jinja2.StrictUndefined,
            keep_trailing_newline=True,
            autoescape=False,
            auto_reload=False,
        )
        self.env.filters["pyliteral"] = py_literal
        self.env.filters["markdown_block"] = markdown_block
        self.env.filters["one_line"] = one_line
        self.env.globals.update(
            docstring=docstring,
            segment=segment,
            local=lambda model, f: f"v{_field_index(model, f)}",
            known_count=self.known_count,
            snake_of=lambda mid: self.by_id[mid].snake,
            extras_type=self.extras_type,
        )
        self.module_template = self.env.get_template("model_module.py.jinja")  # compiled once, before any fork
        for name in self.env.list_templates(extensions=["jinja"]):
            self.env.get_template(name)

    # -- helpers for the model template -----------------------------------------------------------

    def known_count(self, model: Model) -> str:
        """The number of known keys the data has, for `        if len(data) != <count>:`. A sum too long for
        that line goes in parentheses: black and ruff then both put one term a line (they split it bare
        differently)."""
        required = sum(1 for f in model.fields if f.required)
        optional = [f"(v{i} is not UNSET)" for i, f in enumerate(model.fields) if not f.required]
        count = " + ".join([str(required)] + optional)
        return f"({count})" if len(f"        if len(data) != {count}:") > LINE_LENGTH else count

    def extras_type(self, model: Model) -> str:
        if model.extras_type is None:
            return "Any"
        return _annotation(model.extras_type)

    # -- files ------------------------------------------------------------------------------------

    def python_files(self) -> dict[str, str]:
        """Every Python file, in the order the output lists them."""
        files = self.package_files()
        files.update(self.module_file(module) for module in self.api.modules)
        files.update(self.pool_files())
        return files

    def package_files(self) -> dict[str, str]:
        pkg = self.api.package
        return {
            f"{pkg}/__init__.py": self.env.get_template("package_init.py.jinja").render(title=pkg, package=pkg),
            f"{pkg}/_runtime.py": self.env.get_template("runtime.py.jinja").render(
                date_time_pattern=DATE_TIME_PATTERN, date_pattern=DATE_PATTERN),
            f"{pkg}/py.typed": "",
            f"{pkg}/models/__init__.py": self.env.get_template("models_init.py.jinja").render(pools=self.api.pools),
        }

    def module_file(self, module: Module) -> tuple[str, str]:
        doc = f"{module.pool} models: " + ", ".join(m.name for m in module.models)
        exports = sorted(n for m in module.models for n in m.exports)
        text = self.module_template.render(module=module, module_doc=doc, module_exports=exports)
        return f"{self.api.package}/models/{module.pool}/{module.name}.py", text

    def pool_files(self) -> dict[str, str]:
        by_pool: dict[str, list[Module]] = {pool: [] for pool in self.api.pools}
        for module in self.api.modules:
            by_pool[module.pool].append(module)
        pool_tpl = self.env.get_template("pool_init.py.jinja")
        files = {}
        for pool, modules in by_pool.items():
            exports = []
            for module in sorted(modules, key=lambda m: m.name):
                names = sorted(n for m in module.models for n in m.exports)
                exports.append((module.name, names))
            all_names = sorted(n for _, names in exports for n in names)
            files[f"{self.api.package}/models/{pool}/__init__.py"] = pool_tpl.render(
                pool=pool, exports=exports, all_names=all_names)
        return files

    def page_file(self, m: Model) -> tuple[str, str]:
        return f"docs/models/{m.pool}/{m.page}.md", self.page(m)

    def index(self) -> str:
        """docs/README.md: every operation with its bodies' pages, then every page per pool."""
        operations: dict[str, list[Body]] = {}
        kinds = {"request": 0, "response": 1, "error": 2}
        for b in sorted(self.api.bodies, key=lambda b: (b.operation, kinds[b.kind], b.status, b.content_type)):
            operations.setdefault(b.operation, []).append(b)  # sorted: the spec's order carries no meaning here
        pools: dict[str, list[Model]] = {}
        for m in sorted(self.api.models, key=lambda m: (m.name.lower(), m.name)):
            pools.setdefault(m.pool, []).append(m)
        return self.env.get_template("index.md.jinja").render(
            api=self.api, operations=operations, pools=[(p, pools[p]) for p in self.api.pools if p in pools])

    def page(self, m: Model) -> str:
        if m.kind == "alias":  # the target's page under the alias's name
            assert m.target is not None
            return self.page(replace(self.by_id[m.target], id=m.id))
        if m.kind == "enum":
            src = self.example_block([], f"value: {m.name} = {m.value_literals[0]}", {m.id}, m.name)
            return self.env.get_template("enum.md.jinja").render(model=m, example=src)
        if m.kind == "union":
            members = []
            for t, ex, doc in zip(m.members, m.member_examples, m.member_doc_types):
                heading = doc.strip("*") if "](" not in doc else _heading(t)
                ann = _annotation(t)
                src = self.example_block([ex], f"value: {ann} = " + self.example_source(ex, 0), _named(t), ann)
                members.append((heading, src))
            return self.env.get_template("union.md.jinja").render(model=m, members=members)
        rows = [
            [f"~~`{f.py}`~~" if f.deprecated else f"`{f.py}`", f.doc_type,
             ":heavy_check_mark:" if f.required else ":heavy_minus_sign:", f.description or "N/A"]
            for f in m.fields
        ]
        table = markdown_table(["Field", "Type", "Required", "Description"], rows)
        assert m.example is not None
        src = self.example_block([m.example], "value = " + self.example_source(m.example, 0), set())
        return self.env.get_template("object.md.jinja").render(model=m, example=src, table=table)

    # -- examples ---------------------------------------------------------------------------------

    def example_source(self, ex: Example, indent: int) -> str:
        pad, inner = " " * indent, " " * (indent + 4)
        if ex.kind == "literal":
            return ex.literal
        if ex.kind == "datetime":
            return "datetime(2025, 1, 1, tzinfo=timezone.utc)"
        if ex.kind == "date":
            return "date(2025, 1, 1)"
        if ex.kind == "list":
            if not ex.items:
                return "[]"
            return "[\n" + "".join(f"{inner}{self.example_source(i, indent + 4)},\n" for i in ex.items) + pad + "]"
        if ex.kind == "dict":
            if not ex.items:
                return "{}"
            body = "".join(f"{inner}{k}: {self.example_source(i, indent + 4)},\n" for k, i in zip(ex.keys, ex.items))
            return "{\n" + body + pad + "}"
        if not ex.items:
            return f"{ex.literal}()"
        body = "".join(f"{inner}{k}={self.example_source(i, indent + 4)},\n" for k, i in zip(ex.keys, ex.items))
        return f"{ex.literal}(\n" + body + pad + ")"

    def example_block(self, examples: list[Example], statement: str, extra_ids: set[ModelId],
                      annotation: str = "") -> str:
        ids = set(extra_ids)
        stdlib: set[str] = set()
        stack = list(examples)
        while stack:
            ex = stack.pop()
            if ex.kind == "model":
                ids.add(ModelId(ex.pool, ex.literal))
            elif ex.kind == "datetime":
                stdlib.update(("datetime", "timezone"))
            elif ex.kind == "date":
                stdlib.add("date")
            stack.extend(ex.items)
        lines = []
        if stdlib:
            lines.append("from datetime import " + ", ".join(sorted(stdlib)))
        typing_names = [t for t in _TYPING if re.search(rf"\b{t}\b", annotation)]
        if typing_names:
            lines.append("from typing import " + ", ".join(typing_names))
        for pool in self.api.pools:
            pool_names = sorted({mid.name for mid in ids if mid.pool == pool})
            if pool_names:
                lines.append(f"from {self.api.package}.models.{pool} import " + ", ".join(pool_names))
        return "\n".join(lines) + "\n\n" + statement if lines else statement


def _annotation(t: TypeRef) -> str:
    if t.target is not None:
        s = t.target.name
    elif t.kind == "list":
        s = f"List[{_annotation(t.item)}]"  # type: ignore[arg-type]
    elif t.kind == "map":
        s = f"Dict[str, {_annotation(t.item)}]"  # type: ignore[arg-type]
    else:
        s = {"any": "Any", "none": "None", "never": "Any"}.get(t.kind, t.kind)
    return f"Optional[{s}]" if t.nullable else s


def _heading(t: TypeRef) -> str:
    if t.target is not None:
        s = f"{t.target.pool}.{t.target.name}"
    elif t.kind in ("list", "map"):
        inner = _heading(t.item)  # type: ignore[arg-type]
        s = f"List[{inner}]" if t.kind == "list" else f"Dict[str, {inner}]"
    else:
        s = {"any": "Any", "none": "None", "never": "Never"}.get(t.kind, t.kind)
    return f"Optional[{s}]" if t.nullable else s


def _named(t: TypeRef) -> set[ModelId]:
    out: set[ModelId] = set()
    while t is not None:
        if t.target is not None:
            out.add(t.target)
        t = t.item  # type: ignore[assignment]
    return out
