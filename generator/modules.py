"""Models grouped in modules: models that import each other share one, named after its least model's name."""

from __future__ import annotations

from dataclasses import replace

from . import spelling
from .filenames import Stems, claim_order, module_stem
from .ir import (
    AliasModel,
    Model,
    ModelId,
    Module,
    ObjectModel,
    TypeRef,
    UnionModel,
)

_POOL_GLOBALS = ("importlib", "getattr", "globals")  # what a pool's lazy __getattr__ calls: no module takes them


def group(models: list[Model], pools: tuple[str, ...]) -> tuple[Module, ...]:
    """The models grouped in modules, each given its module's name."""
    by_id = {m.id: m for m in models}
    deps = {m.id: sorted(_deps(m), key=lambda d: (d.pool, d.name)) for m in models}
    module_of: dict[ModelId, str] = {}
    # a submodule becomes an attribute of its package on import, so no module may share an exported name
    files = {pool: Stems(_POOL_GLOBALS) for pool in pools}
    for m in models:
        files[m.pool].names.update(m.exports)
    # each module is named after its lead, the least name (not the order schemas come in)
    leads = [(min(scc, key=lambda m: (m.name.lower(), m.name)), scc) for scc in _sccs([m.id for m in models], deps)]
    for lead, scc in sorted(leads, key=lambda ls: claim_order(ls[0].name, module_stem(ls[0].name))):
        module_of.update(dict.fromkeys(scc, files[lead.pool].claim(module_stem(lead.name))))
    grouped: dict[tuple[str, str], list[Model]] = {}
    for m in models:
        grouped.setdefault((m.pool, module_of[m.id]), []).append(replace(m, module=module_of[m.id]))
    grouped = {key: definition_order(ms) for key, ms in grouped.items()}
    out = []
    for (pool, name), ms in grouped.items():
        imports: dict[str, set[str]] = {}
        for m in ms:
            for d in (d for d in deps[m.id] if module_of[d] != name or d.pool != pool):  # in another module
                rel = f".{module_of[d]}" if d.pool == pool else f"..{d.pool}.{module_of[d]}"
                imports.setdefault(rel, set()).update(by_id[d].exports)
        ordered = sorted(imports.items(), key=lambda item: spelling.module_order(item[0]))
        lines = tuple((rel, tuple(sorted(names, key=spelling.member_order))) for rel, names in ordered)
        out.append(Module(pool, name, tuple(ms), lines))
    return tuple(out)


def definition_order(ms: list[Model]) -> list[Model]:
    """Enums, classes and aliases first, then union aliases, each after the unions it names.

    Union aliases are evaluated at import time, so a member defined later in the same module is
    written as a forward reference (only then: get_type_hints resolves imported names itself).
    """
    rank = {"enum": 0, "object": 1, "alias": 1, "union": 2}
    ms = sorted(ms, key=lambda m: (rank[m.kind], m.name))  # by name: not the order schemas come in
    here = {m.name for m in ms}
    unions = {m.name: m for m in ms if isinstance(m, UnionModel)}
    ordered: list[UnionModel] = []
    visited: set[str] = set()

    def visit(u: UnionModel) -> None:
        visited.add(u.name)
        for t in u.types:
            for d in targets(t):
                if d.name in unions and d.name not in visited:
                    visit(unions[d.name])
        ordered.append(u)

    for u in unions.values():
        if u.name not in visited:
            visit(u)
    defined = {m.name for m in ms if m.kind != "union"}
    out = [m for m in ms if m.kind != "union"]
    for u in ordered:
        later = here - defined
        members = [spelling.annotation(t, quote=later.__contains__) for t in u.types]
        out.append(replace(u, union_type=spelling.union_annotation(members)))
        defined.add(u.name)
    return out


def targets(t: TypeRef | None) -> set[ModelId]:
    """The models a type names, its items' included."""
    out: set[ModelId] = set()
    while t is not None:
        if t.target is not None:
            out.add(t.target)
        t = t.item
    return out


def _deps(m: Model) -> set[ModelId]:
    if isinstance(m, AliasModel):
        return {m.target}
    if isinstance(m, UnionModel):
        types = list(m.types)
    elif isinstance(m, ObjectModel):
        types = [f.type for f in m.fields] + ([m.extras_type] if m.extras_type else [])
    else:
        return set()
    return {d for t in types for d in targets(t)}


def _sccs(nodes: list[ModelId], deps: dict[ModelId, list[ModelId]]) -> list[list[ModelId]]:
    """The strongly connected components (Kosaraju's, iterative: chains of models run deep), members in `nodes`
    order, each component at the place of its first member."""
    done: list[ModelId] = []  # in the order their walk ends
    seen: set[ModelId] = set()
    for start in nodes:
        work = [] if start in seen else [(start, iter(deps[start]))]
        seen.add(start)
        while work:
            w = next((w for w in work[-1][1] if w not in seen), None)
            if w is None:
                done.append(work.pop()[0])
            else:
                seen.add(w)
                work.append((w, iter(deps[w])))
    users: dict[ModelId, list[ModelId]] = {n: [] for n in nodes}
    for v in nodes:
        for w in deps[v]:
            users[w].append(v)
    pos = {n: i for i, n in enumerate(nodes)}
    out: list[list[ModelId]] = []
    claimed: set[ModelId] = set()
    for root in reversed(done):  # the latest done not yet claimed: its component is what reaches it
        if root in claimed:
            continue
        comp = [root]
        claimed.add(root)
        for v in comp:  # grows while walked
            for w in users[v]:
                if w not in claimed:
                    claimed.add(w)
                    comp.append(w)
        out.append(sorted(comp, key=pos.__getitem__))
    return sorted(out, key=lambda c: pos[c[0]])
