"""How a union decodes: each member's cheap guard, and the tag (written or implied) that picks its member."""

from __future__ import annotations

from collections.abc import Callable

from .ir import Member, Named, TypeRef, UnionModel
from .pointers import Loc
from .pynames import py_literal
from .shape import Shape
from .shapes import Shapes

_MAX_GUARD_VALUES = 8
_TYPE_GUARDS = {  # true for every value the decoder of that kind accepts
    "str": "type(data) is str", "datetime": "type(data) is str", "date": "type(data) is str",
    "int": "type(data) is int or type(data) is float", "float": "type(data) is float or type(data) is int",
    "bool": "type(data) is bool", "none": "data is None",
    "list": "data.__class__ is list", "map": "data.__class__ is dict",  # .__class__: see member_guard
}


class Unions:
    """`extras` tells what an object model does with keys no property names (decided with the object models)."""

    def __init__(self, shapes: Shapes, spec_file: str, extras: Callable[[Shape], str]) -> None:
        self.shapes = shapes
        self.spec_file = spec_file
        self.extras = extras

    def model(self, shape: Shape, members: tuple[TypeRef, ...], common: Named) -> UnionModel:
        """The union model of `shape`, whose members have the types `members`."""
        shaped = [self.shapes.of(loc, raw) for loc, raw in shape.members]
        disc = shape.schema.get("discriminator")
        written = disc.get("propertyName") if isinstance(disc, dict) else None
        prop = written if isinstance(written, str) else self.implied_tag(shape)
        found = self.tag_map(shape, prop, set()) if prop else None
        tags = tuple((py_literal(value), i) for value, i in found or ())
        optional = found is not None and not all(self.requires_tag(s, prop, set()) for s in shaped)
        typed = tuple(Member(t, self.member_guard(t, s), self.member_keeps(t, s)) for s, t in zip(shaped, members))
        return UnionModel(members=typed, discriminator=prop if tags else "", tag_members=tags, tag_optional=optional,
                          **vars(common))

    def member_guard(self, t: TypeRef, mshape: Shape) -> str:
        """A cheap test that is true for every value the member accepts (and false for most others), so a
        first-match union tries a member only when it may fit: no exception raised on the happy path."""
        if t.kind == "model":
            tests = ["data.__class__ is dict"]  # not type(): type checkers would narrow to dict[Unknown, Unknown]
            for p in (p for p in mshape.props if p.required):
                tests.append(f"{py_literal(p.wire)} in data")
                ps = self.shapes.of(p.loc, p.raw)
                if (ps.kind == "enum" and not ps.nullable and len(ps.values) <= _MAX_GUARD_VALUES
                        and all(type(v) is str for v in ps.values)):
                    item = f"data[{py_literal(p.wire)}]"
                    tests.append(f"{item} == {py_literal(ps.values[0])}" if len(ps.values) == 1
                                 else f"{item} in {py_literal(ps.values)}")
            guard = " and ".join(tests)
        elif t.kind == "enum":
            guard = "type(data) is str" if all(type(v) is str for v in mshape.values) else ""
        else:
            guard = _TYPE_GUARDS.get(t.kind, "")
        if guard and t.nullable:
            guard = f"data is None or ({guard})"
        return guard

    def member_keeps(self, t: TypeRef, mshape: Shape) -> str:
        """For a member that drops unknown keys: true when it keeps one of the data's keys. A member that would
        drop them all is tried only after those that keep some (data lost on to_dict otherwise)."""
        if t.kind != "model" or self.extras(mshape) != "drop":
            return ""
        if not mshape.props:
            return "not data"
        return f"(not data or not data.keys().isdisjoint({py_literal(tuple(p.wire for p in mshape.props))}))"

    def implied_tag(self, shape: Shape) -> str:
        """A property every member requires, each with its own string enum values, none shared: only the member
        whose values hold the data's tag can accept it, so dispatching on it decides as first-match does."""
        members = [self.shapes.of(loc, raw) for loc, raw in shape.members]
        if any(m.kind != "object" or m.nullable for m in members):
            return ""
        for p in members[0].props:
            seen: set[str] = set()
            for m in members:
                mp = next((q for q in m.props if q.wire == p.wire and q.required), None)
                ps = self.shapes.of(mp.loc, mp.raw) if mp else None
                values = ps.values if ps and ps.kind == "enum" and not ps.nullable else ()
                if not values or not all(type(v) is str for v in values) or seen & set(values):
                    break
                seen.update(values)
            else:
                return p.wire
        return ""

    def tag_map(self, shape: Shape, prop: str, seen: set[Loc]) -> list[tuple[str, int]] | None:
        """(tag value, member index) for a discriminated union, or None when some member cannot be reached
        by its tag (then the union decodes first-match). Tags come from the mapping, else from the member's
        enum/const for the property (every value), else from its component name; a member that is itself a
        discriminated union contributes all of its tags."""
        if shape.loc in seen:
            return None
        seen = seen | {shape.loc}
        disc = shape.schema.get("discriminator")
        mapping = disc.get("mapping") if isinstance(disc, dict) and disc.get("propertyName") == prop else None
        origins = [self.shapes.of(loc, raw).origin or self.shapes.resolve(loc, raw)[0] for loc, raw in shape.members]
        out: list[tuple[str, int]] = []
        for value, ref in (mapping if isinstance(mapping, dict) else {}).items():
            ref = str(ref)
            target = (self.shapes.docs.ref_target(shape.loc, ref) if "/" in ref
                      else Loc(self.spec_file, f"/components/schemas/{ref}"))
            if target in origins:
                out.append((str(value), origins.index(target)))
        mapped = {i for _, i in out}
        for i, (loc, raw) in enumerate(shape.members):
            if i in mapped:
                continue
            values = self.member_tags(self.shapes.of(loc, raw), prop, seen)
            if values is None:
                return None
            out.extend((v, i) for v in values)
        out.sort(key=lambda e: (e[1], e[0]))  # by member, then tag: the mapping's order means nothing
        if len({v for v, _ in out}) != len(out) or len({i for _, i in out}) != len(shape.members):
            return None
        return out

    def member_tags(self, mshape: Shape, prop: str, seen: set[Loc]) -> list[str] | None:
        if mshape.kind == "union":
            inner = self.tag_map(mshape, prop, seen)
            return None if inner is None else [v for v, _ in inner]
        if mshape.kind != "object" or mshape.nullable:
            return None
        for p in mshape.props:
            if p.wire == prop:
                ps = self.shapes.of(p.loc, p.raw)
                if ps.kind == "enum" and all(type(v) is str for v in ps.values):
                    return list(ps.values)
        origin = mshape.origin or mshape.loc
        if origin.pointer.startswith("/components/schemas/"):
            return [origin.pointer.rsplit("/", 1)[1]]
        return None

    def requires_tag(self, mshape: Shape, prop: str, seen: set[Loc]) -> bool:
        if mshape.kind == "union":
            if mshape.loc in seen:
                return True
            return all(self.requires_tag(self.shapes.of(loc, raw), prop, seen | {mshape.loc})
                       for loc, raw in mshape.members)
        return any(p.wire == prop and p.required for p in mshape.props) or prop in mshape.required_only
