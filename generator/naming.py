"""Names for every model: the candidate-list algorithm of docs-and-naming.md, claimed greedily.

Order of claiming: component keys; inline schemas of components (breadth-first per component,
components used by operations first); request bodies (depth-first, operations in spec order);
response bodies, then error bodies (breadth-first across all operations).

Names kept from the previous run (the name lock, `names.lock.json` in the output directory) are reserved
first (only `[tool.generator.names]` overrides come before them): a schema whose location is in the lock keeps
its name, so a new schema, a new component too, can only take names nobody holds.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass, field
from itertools import chain
from typing import Any, Iterable, Iterator

from .config import POOL_ROLES
from .errors import SpecError
from .load import Documents
from .namelock import LOCK_FILE, NameLock, key_loc, lock_key
from .pointers import Loc
from .pynames import LOCAL_NAME, RESERVED
from .roots import BodyRoot, content_type_token, pascal
from .shape import Shape
from .shapes import Shapes

_DIGITS = re.compile(r"\d+")

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
    m = _DIGITS.match(parts[0])
    if m:
        parts[0] = spell_number(int(m.group())) + parts[0][m.end() :]
    name = "".join(parts)
    if not (name.isidentifier() and name.isascii()):
        name = pascal(name) or "Model"
        if name[0].isdigit():
            return finalize([name])
    if name.startswith("__"):  # dunders and names Python mangles inside class bodies
        return "T" + name
    return name + "T" if name in RESERVED or LOCAL_NAME.fullmatch(name) else name


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
    taken: dict[str, set[str]] = field(default_factory=lambda: {p: set() for p in POOL_ROLES})
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

    def first_free(self, pool: str, candidates: Iterable[str]) -> str:
        name = ""
        for name in candidates:
            if self.is_free(pool, name):
                return name
        base, n = name, 2  # the last candidate
        while not self.is_free(pool, f"{base}{n}"):
            n += 1
        return f"{base}{n}"


def candidates(node: Node) -> list[str]:
    return list(_candidates(node))


def _candidates(node: Node) -> Iterator[str]:
    """The candidates one by one: the first is usually free, and the later ones cost more to spell."""
    r = node.root
    lists: Iterable[list[str]]
    if node.is_root:
        lists = ([r.head] + list(r.root_ctx[:k]) + [node.b] for k in range(len(r.root_ctx) + 1))
    else:
        ctx = list(r.ctx) + list(node.segs[:-1])
        lists = chain([[node.b], [node.c, node.b] if node.c else [], [r.head, node.c, node.b]],
                      ([r.head, node.c] + ctx[:k] + [node.b] for k in range(1, len(ctx) + 1)))
    seen: set[str] = set()
    for tokens in lists:
        if tokens:
            name = finalize(tokens)
            if name not in seen:
                seen.add(name)
                yield name


def _title_token(schema: Any) -> str:
    """The schema's title as a name token ("" when it has none)."""
    title = schema.get("title") if isinstance(schema, dict) else None
    return pascal(title) if isinstance(title, str) else ""


def _override_pool(loc: Loc) -> str:
    """The pool an override's name is kept in before the schema is reached (a component or an operation's)."""
    return "components" if loc.pointer.startswith("/components/") else "operations"


def override_loc(loc: Loc) -> Loc:
    """An override key may name another file of the spec: `other.yaml#/pointer`, relative to the spec's directory
    (load_api makes every key a pointer into the spec file, so the file part arrives inside the pointer)."""
    if loc.pointer.startswith("/") or "#" not in loc.pointer:
        return loc
    return key_loc(loc.pointer, loc.file) or loc


class Namer:
    def __init__(self, docs: Documents, shapes: Shapes, overrides: dict[Loc, str], lock: NameLock | None = None) -> None:
        self.docs = docs
        self.shapes = shapes
        self.names = Names()
        self.overrides = {override_loc(loc): name for loc, name in overrides.items()}
        self.component_locs: set[Loc] = set()
        self.visited: set[Loc] = set()
        self.lock = lock
        self.locked: dict[Loc, tuple[str, str]] = {}  # entries of the lock kept in this run
        self.lock_held: dict[tuple[str, str], Loc] = {}  # (pool, lower-cased name) -> the location it is kept for
        if self.lock is not None:
            self.lock.this_run = self.names.by_loc  # the build's late claims go in it too

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
            locked = self.locked.get(shape.loc)
            override = self.overrides.get(shape.loc)
            if override:  # reserved for it, but two overrides may give one name
                self._check_distinct(override, shape.loc, pool)
            name = (override or (locked[1] if locked and locked[0] == pool else None)
                    or self.names.first_free(pool, _candidates(node)))
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
                wire = pascal(p.wire)
                desc = sub.get("description") if isinstance(sub, dict) else None
                yield Node(p.loc, p.raw, _title_token(sub) or wire, node.c, node.segs + (wire,), node.root, False,
                           desc if isinstance(desc, str) else "")
            if isinstance(shape.additional, tuple):
                loc, raw = shape.additional
                yield Node(loc, raw, "AdditionalProperties", node.c, node.segs + ("AdditionalProperties",), node.root, False)
        elif kind == "union":
            for i, (loc, raw) in enumerate(shape.members, 1):
                _, sub = self.shapes.resolve(loc, raw)
                yield Node(loc, raw, _title_token(sub) or str(i), node.b, node.segs + (str(i),), node.root, False)

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
        for loc, name in self.overrides.items():
            self.names.taken[_override_pool(loc)].add(name.lower())
        self._reserve_locked(comps, bodies)
        self._claim_component_keys(comps)
        self._walk_components(comps, bodies)
        self._walk_bodies(bodies)
        return self.names

    def _claim_component_keys(self, comps: list[tuple[str, Loc, Any]]) -> None:
        """A component may be a $ref: it names what it points to, unless that is a component of its own (then it
        becomes an alias of it). Components that are schemas themselves claim first."""
        names = self.names
        for own_first in (True, False):
            for key, loc, raw in comps:
                shape = self.shapes.of(loc, raw)
                if (shape.loc == loc) != own_first or not shape.named:
                    continue
                self.component_locs.update((loc, shape.loc))
                name = self.overrides.get(loc) or identifier_name(key)
                if shape.loc not in names.by_loc:
                    locked = self.locked.get(shape.loc)
                    if locked and locked[0] == "components" and loc not in self.overrides:
                        name = locked[1]
                    elif loc not in self.overrides:
                        name = self._unlocked_name(name, loc)
                    self._check_distinct(name, loc)
                    names.claim("components", name, shape.loc)
                elif names.is_free("components", name) or ("components", name.lower()) in self.lock_held:
                    name = self._unlocked_name(name, loc)
                    names.aliases.append(("components", names.claim("components", name), shape.loc, None))

    def _walk_components(self, comps: list[tuple[str, Loc, Any]], bodies: list[BodyRoot]) -> None:
        """The inline schemas of each component, breadth-first; components the operations use first."""
        used = self._components_used(comps, bodies)
        ordered = [c for c in comps if c[1] in used] + [c for c in comps if c[1] not in used]
        walked: set[Loc] = set()
        for key, loc, raw in ordered:
            shape = self.shapes.of(loc, raw)
            if shape.named:
                if shape.loc in walked:
                    continue  # a second component naming the same schema
                walked.add(shape.loc)
                root = Root("components", self.names.by_loc[shape.loc][1], (), ())
                self._bfs(list(self._children(Node(loc, raw, "", "", (), root, True), shape)))
            else:  # an array or map component: its item takes the component's name
                name = identifier_name(key)
                self._bfs([Node(loc, raw, name, "", (), Root("components", name, (), ()), False)])

    def _walk_bodies(self, bodies: list[BodyRoot]) -> None:
        """Request bodies depth-first, operation by operation; then response and error bodies breadth-first."""
        names = self.names
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

    def _reserve_locked(self, comps: list[tuple[str, Loc, Any]], bodies: list[BodyRoot]) -> None:
        """Reserve the locked names that still apply, before any other name is claimed (overrides aside).

        An entry is dropped when its location is no longer a named model of the same pool (found by naming once
        without the lock) or has an override. A locked name already held (by an override or an earlier entry) is
        not kept: that schema takes a free name, with a warning."""
        lock = self.lock
        if lock is None or not lock.entries:
            return
        names = self.names
        natural = Namer(self.docs, self.shapes, self.overrides, NameLock()).run(comps, bodies).by_loc
        spec_file = lock.spec_file
        holders: dict[tuple[str, str], str] = {}
        for loc, name in self.overrides.items():
            pool = natural[loc][0] if loc in natural else _override_pool(loc)
            holders.setdefault((pool, name.lower()), f"the [tool.generator.names] override of {lock_key(loc, spec_file)}")
        for loc, (pool, name) in sorted(lock.entries.items()):
            now = natural.get(loc)
            if now is None or now[0] != pool or loc in self.overrides:
                continue
            key = (pool, name.lower())
            holder = holders.get(key) or (None if names.is_free(pool, name) else "a [tool.generator.names] override")
            if holder:
                lock.warnings.append(f"{LOCK_FILE}: {pool}.{name} of {lock_key(loc, spec_file)} is already taken by "
                                     f"{holder}; that schema takes a free name")
                continue
            holders[key] = f"the locked {lock_key(loc, spec_file)}"
            names.taken[pool].add(name.lower())
            self.locked[loc] = (pool, name)
            self.lock_held[key] = loc

    def _unlocked_name(self, name: str, loc: Loc) -> str:
        """A component's key as its name, unless the lock keeps that name for another schema: then the first
        free `Name2`, `Name3`... (a new component cannot take an existing model's name)."""
        holder = self.lock_held.get(("components", name.lower()))
        if holder is None:
            return name
        free = self.names.first_free("components", [name])
        assert self.lock is not None
        self.lock.warnings.append(f"{LOCK_FILE}: component {lock_key(loc, self.lock.spec_file)} is named {free}: "
                                  f"{name} is locked for {lock_key(holder, self.lock.spec_file)} "
                                  f"(--no-lock names everything afresh)")
        return free

    def _check_distinct(self, name: str, loc: Loc, pool: str = "components") -> None:
        """Two names of a pool that differ only in case (or not at all: two overrides) cannot be told apart."""
        if name.lower() not in self.names.taken[pool]:  # every claimed name is there
            return
        what = "component name" if pool == "components" else f"{pool} name"
        for other, (claimed_pool, claimed) in self.names.by_loc.items():
            if claimed_pool == pool and claimed.lower() == name.lower():
                raise SpecError(loc.file, loc.pointer, f"{what} {name!r} cannot be told apart from "
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
        b = _title_token(sub) or b
        return Node(body.loc, body.raw, b, "", (), Root(pool, op.op, ctx, root_ctx, body), True)

    def _components_used(self, comps: list[tuple[str, Loc, Any]], bodies: list[BodyRoot]) -> set[Loc]:
        by_loc = {loc: raw for _, loc, raw in comps}
        used: set[Loc] = set()
        # (value, a Loc above it, the tokens from there): a value's own Loc is spelled only where a $ref needs it
        stack: list[tuple[Any, Loc, tuple[str | int, ...]]] = [(b.raw, b.loc, ()) for b in bodies]
        seen_other: set[Loc] = set()
        while stack:
            value, base, path = stack.pop()
            if isinstance(value, dict):
                ref = value.get("$ref")
                if isinstance(ref, str):
                    target, resolved = self.docs.deref(base.child(*path), ref)
                    if target in by_loc and target not in used:
                        used.add(target)
                        stack.append((resolved, target, ()))
                    elif target not in by_loc and target not in seen_other:
                        seen_other.add(target)
                        stack.append((resolved, target, ()))
                for k, v in value.items():
                    if isinstance(v, (dict, list)):
                        stack.append((v, base, path + (k,)))
            elif isinstance(value, list):
                for i, v in enumerate(value):
                    if isinstance(v, (dict, list)):
                        stack.append((v, base, path + (i,)))
        return used
