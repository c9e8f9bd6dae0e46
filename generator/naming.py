"""Names for every model: the candidate-list algorithm of docs-and-naming.md, claimed greedily.

Order of claiming: component keys; inline schemas of components (breadth-first per component,
components used by operations first); request bodies (depth-first, operations in spec order);
response bodies, then error bodies (breadth-first across all operations).
"""

from __future__ import annotations

import keyword
import re
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

from generator.errors import SpecError
from generator.load import Documents, Loc
from generator.roots import BodyRoot, content_type_token, pascal
from generator.shapes import Shape, Shapes

POOLS = ("components", "operations", "errors")

# Names a generated module imports or defines besides its models.
RESERVED = frozenset(
    {"Any", "Dict", "List", "Optional", "Union", "Literal", "Unset", "UNSET", "ValidationError", "TYPE_CHECKING"}
    | {"dataclass", "field", "datetime", "date", "annotations", "Model"}
    | set(keyword.kwlist)
)

_ONES = "Zero One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen Sixteen Seventeen Eighteen Nineteen".split()
_TENS = "_ _ Twenty Thirty Forty Fifty Sixty Seventy Eighty Ninety".split()


def spell_number(n: int) -> str:
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + (_ONES[n % 10] if n % 10 else "")
    if n < 1000:
        return _ONES[n // 100] + "Hundred" + (spell_number(n % 100) if n % 100 else "")
    if n < 1_000_000:
        return spell_number(n // 1000) + "Thousand" + (spell_number(n % 1000) if n % 1000 else "")
    return "N" + str(n)


def finalize(tokens: Iterable[str]) -> str:
    parts = [t for t in tokens if t]
    if not parts:
        return "Model"
    m = re.match(r"\d+", parts[0])
    if m:
        parts[0] = spell_number(int(m.group())) + parts[0][m.end() :]
    name = "".join(parts)
    if not (name.isidentifier() and name.isascii()):
        name = pascal(name) or "Model"
        if name[0].isdigit():
            return finalize([name])
    return name + "T" if name in RESERVED else name


def identifier_name(key: str) -> str:
    """A component key as a class name: kept when it is already a valid identifier."""
    if key.isidentifier() and key.isascii():
        return finalize([key])
    return finalize([pascal(key)])


@dataclass(frozen=True)
class Root:
    pool: str
    head: str
    ctx: tuple[str, ...]  # tokens for the L4... candidates
    root_ctx: tuple[str, ...]  # tokens for body-root candidates
    body: BodyRoot | None = None


@dataclass
class Node:
    loc: Loc
    raw: Any
    b: str
    c: str
    segs: tuple[str, ...]
    root: Root
    is_root: bool
    desc: str = ""  # the property's (or body's) description, for enums and unions used there


@dataclass
class Names:
    """Claimed names: one per (pool, location) of a named schema."""

    by_loc: dict[Loc, tuple[str, str]] = field(default_factory=dict)  # loc -> (pool, name)
    taken: dict[str, set[str]] = field(default_factory=lambda: {p: set() for p in POOLS})
    order: list[Loc] = field(default_factory=list)
    aliases: list[tuple[str, str, Loc, BodyRoot | None]] = field(default_factory=list)  # (pool, name, target, root)
    desc: dict[Loc, str] = field(default_factory=dict)  # description carried from the property or body

    def is_free(self, pool: str, name: str) -> bool:
        return name.lower() not in self.taken[pool]

    def claim(self, pool: str, name: str, loc: Loc | None = None) -> str:
        self.taken[pool].add(name.lower())
        if loc is not None:
            self.by_loc[loc] = (pool, name)
            self.order.append(loc)
        return name

    def first_free(self, pool: str, candidates: list[str]) -> str:
        for name in candidates:
            if self.is_free(pool, name):
                return name
        base, n = candidates[-1], 2
        while not self.is_free(pool, f"{base}{n}"):
            n += 1
        return f"{base}{n}"


def candidates(node: Node) -> list[str]:
    r = node.root
    if node.is_root:
        lists = [[r.head] + list(r.root_ctx[:k]) + [node.b] for k in range(len(r.root_ctx) + 1)]
    else:
        ctx = list(r.ctx) + list(node.segs[:-1])
        lists = [[node.b], [node.c, node.b] if node.c else [], [r.head, node.c, node.b]]
        lists += [[r.head, node.c] + ctx[:k] + [node.b] for k in range(1, len(ctx) + 1)]
    out: list[str] = []
    for tokens in lists:
        if tokens:
            name = finalize(tokens)
            if name not in out:
                out.append(name)
    return out


class Namer:
    def __init__(self, docs: Documents, shapes: Shapes, overrides: dict[Loc, str]) -> None:
        self.docs = docs
        self.shapes = shapes
        self.names = Names()
        self.overrides = overrides
        self.component_locs: set[Loc] = set()
        self.visited: set[Loc] = set()

    # -- walking ----------------------------------------------------------------------------------

    def _visit(self, node: Node) -> list[Node]:
        shape = self.shapes.of(node.loc, node.raw)
        if shape.loc in self.visited and (shape.named or shape.kind in ("array", "map")):
            return []  # named already, or a container reached again (recursive schemas)
        self.visited.add(shape.loc)
        if shape.named:
            if shape.loc in self.names.by_loc and shape.loc in self.component_locs:
                return []
            pool = node.root.pool
            name = self.overrides.get(shape.loc) or self.names.first_free(pool, candidates(node))
            self.names.claim(pool, name, shape.loc)
            if node.desc:
                self.names.desc[shape.loc] = node.desc
        return list(self._children(node, shape))

    def _children(self, node: Node, shape: Shape) -> Iterator[Node]:
        kind = shape.kind
        if kind in ("array", "map") and shape.item is not None:
            yield Node(shape.item[0], shape.item[1], node.b, node.c, node.segs, node.root, False)
        elif kind == "object":
            for p in shape.props:
                _, sub = self.shapes.resolve(p.loc, p.raw)
                title = sub.get("title") if isinstance(sub, dict) else None
                b = pascal(title) if isinstance(title, str) and pascal(title) else pascal(p.wire)
                desc = sub.get("description") if isinstance(sub, dict) else None
                yield Node(p.loc, p.raw, b, node.c, node.segs + (pascal(p.wire),), node.root, False,
                           desc if isinstance(desc, str) else "")
            if isinstance(shape.additional, tuple):
                loc, raw = shape.additional
                yield Node(loc, raw, "AdditionalProperties", node.c, node.segs + ("AdditionalProperties",), node.root, False)
        elif kind == "union":
            for i, (loc, raw) in enumerate(shape.members, 1):
                _, sub = self.shapes.resolve(loc, raw)
                title = sub.get("title") if isinstance(sub, dict) else None
                b = pascal(title) if isinstance(title, str) and pascal(title) else str(i)
                yield Node(loc, raw, b, node.b, node.segs + (str(i),), node.root, False)

    def _bfs(self, starts: list[Node]) -> None:
        queue = deque(starts)
        while queue:
            queue.extend(self._visit(queue.popleft()))

    def _dfs(self, start: Node) -> None:
        stack = [start]
        while stack:
            node = stack.pop()
            stack.extend(reversed(self._visit(node)))

    # -- the claiming order -----------------------------------------------------------------------

    def run(self, comps: list[tuple[str, Loc, Any]], bodies: list[BodyRoot]) -> Names:
        names = self.names
        for loc, name in self.overrides.items():
            pool = "components" if loc.pointer.startswith("/components/") else "operations"
            names.taken[pool].add(name.lower())
        # A component may be a $ref: it names what it points to, unless that is a component of its own
        # (then it becomes an alias of it). Components that are schemas themselves claim first.
        for own_first in (True, False):
            for key, loc, raw in comps:
                shape = self.shapes.of(loc, raw)
                if (shape.loc == loc) != own_first or not shape.named:
                    continue
                self.component_locs.update((loc, shape.loc))
                name = self.overrides.get(loc) or identifier_name(key)
                if shape.loc not in names.by_loc:
                    self._check_distinct(name, loc)
                    names.claim("components", name, shape.loc)
                elif names.is_free("components", name):
                    names.aliases.append(("components", names.claim("components", name), shape.loc, None))
        used = self._components_used(comps, bodies)
        ordered = [c for c in comps if c[1] in used] + [c for c in comps if c[1] not in used]
        walked: set[Loc] = set()
        for key, loc, raw in ordered:
            shape = self.shapes.of(loc, raw)
            if shape.named:
                if shape.loc in walked:
                    continue  # a second component naming the same schema
                walked.add(shape.loc)
                root = Root("components", names.by_loc[shape.loc][1], (), ())
                self._bfs(list(self._children(Node(loc, raw, "", "", (), root, True), shape)))
            else:  # an array or map component: its item takes the component's name
                name = identifier_name(key)
                self._bfs([Node(loc, raw, name, "", (), Root("components", name, (), ()), False)])
        for body in bodies:
            if body.kind == "request":
                self._dfs(self._body_node(body, "operations"))
        self._bfs([self._body_node(b, "operations") for b in bodies if b.kind == "response"])
        errors = [b for b in bodies if b.kind == "error"]
        for body in errors:
            loc, _ = self.shapes.resolve(body.loc, body.raw)
            if loc in names.by_loc and loc in self.component_locs and names.is_free("errors", names.by_loc[loc][1]):
                names.aliases.append(("errors", names.claim("errors", names.by_loc[loc][1]), loc, body))
        self._bfs([self._body_node(b, "errors") for b in errors])
        return names

    def _check_distinct(self, name: str, loc: Loc) -> None:
        """Two component names that differ only in case would share a module and a page (pet.md, Pet.md)."""
        for other, (pool, claimed) in self.names.by_loc.items():
            if pool == "components" and claimed.lower() == name.lower():
                raise SpecError(loc.file, loc.pointer, f"component name {name!r} cannot be told apart from "
                                f"{claimed!r} (#{other.pointer}); rename one or set [tool.generator.names]")

    def _body_node(self, body: BodyRoot, pool: str) -> Node:
        op = body.operation
        group = "".join(op.group)
        if body.kind == "request":
            b, ctx, root_ctx = "RequestBody", (group, "Request", "RequestBody"), (group, "Request")
        else:
            ct = content_type_token(body.content_type)
            b = "ResponseBody"
            ctx = (group, "Response", body.status, ct, "ResponseBody")
            root_ctx = (group, "Response", body.status, ct)
        _, sub = self.shapes.resolve(body.loc, body.raw)
        title = sub.get("title") if isinstance(sub, dict) else None
        if isinstance(title, str) and pascal(title):
            b = pascal(title)
        return Node(body.loc, body.raw, b, "", (), Root(pool, op.op, ctx, root_ctx, body), True)

    def _components_used(self, comps: list[tuple[str, Loc, Any]], bodies: list[BodyRoot]) -> set[Loc]:
        by_loc = {loc: raw for _, loc, raw in comps}
        used: set[Loc] = set()
        stack: list[tuple[Loc, Any]] = [(b.loc, b.raw) for b in bodies]
        seen_other: set[Loc] = set()
        while stack:
            loc, value = stack.pop()
            if isinstance(value, dict):
                ref = value.get("$ref")
                if isinstance(ref, str):
                    target, resolved = self.docs.deref(loc, ref)
                    if target in by_loc and target not in used:
                        used.add(target)
                        stack.append((target, resolved))
                    elif target not in by_loc and target not in seen_other:
                        seen_other.add(target)
                        stack.append((target, resolved))
                for k, v in value.items():
                    if isinstance(v, (dict, list)):
                        stack.append((loc.child(k), v))
            elif isinstance(value, list):
                for i, v in enumerate(value):
                    if isinstance(v, (dict, list)):
                        stack.append((loc.child(i), v))
        return used
