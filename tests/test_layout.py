"""generator.layout against black, its oracle.

layout(text) must give exactly black.format_str(text) or None; a different text is the one
outcome it must never have.  Three sources of cases:

1. hand-written template shapes, each at several name lengths (line just under, at and over
   the limit, heads too long to fit, nested calls), through the fast paths and through the
   general algorithm alone;
2. everything the generator renders for tests/specs/*.yaml;
3. a fixed sample of the orq spec's output (skipped when ../shared is absent).
"""

from __future__ import annotations

import glob
import os
import random

import pytest

black = pytest.importorskip("black")

from conftest import ROOT, shared_path  # noqa: E402
from generator import layout as layout_module  # noqa: E402
from generator.format import _mode  # noqa: E402
from generator.layout import layout  # noqa: E402
from generator.pipeline import generate_files  # noqa: E402

MODE = _mode("3.10")  # the mode the generator runs black with (its default target)
LL = 88


def black_format(text: str) -> str:
    return black.format_str(text, mode=MODE)


@pytest.fixture(params=[True, False], ids=["fast-paths", "general"])
def both_paths(request, monkeypatch):
    """Run a test with the fast paths on, then with the general algorithm alone."""
    monkeypatch.setattr(layout_module, "_FAST", request.param)


def names_around_limit(shape: str) -> list[int]:
    """Name lengths that put the longest line of `shape` just under, at and over the limit,
    and far from it either way."""
    base = max(len(line) for line in shape.replace("{n}", "").replace("{N}", "").splitlines())
    near = [LL - base + d for d in (-3, -1, 0, 1, 2, 5)]
    return sorted({n for n in near + [1, 12, 40, 110] if n > 0})


def name(n: int, upper: bool = False) -> str:
    text = ("n" + "ame_xyz_" * 40)[:n]
    return text.upper() if upper else text


# {n}: a lower-case name, {N}: an upper-case one, of the lengths above
SHAPES = {
    "from-import": "from .{n} import Alpha, beta_gamma, delta as epsilon\n",
    "from-import-one": "from .module import {n}\n",
    "from-import-parent": "from ..{n} import A, B\n",
    "dict-entries": (
        "class A:\n"
        "    def to_dict(self) -> Dict[str, Any]:\n"
        "        out: Dict[str, Any] = {\n"
        '            "role": self.role,\n'
        '            "content": encode_{n}(self.content),\n'
        '            "items": [encode_item_{n}(x0) for x0 in self.items],\n'
        '            "{n}": "{n}",\n'
        "        }\n"
        "        return out\n"
    ),
    "dict-entry-ternary": (
        "def f(self):\n"
        "    out = {\n"
        '        "a": None if self.a is None else encode_{n}(self.a),\n'
        "    }\n"
    ),
    "call-entries": "x = build(\n    first_{n},\n    second=other_{n}(a, b),\n)\n",
    "docstring": 'class A:\n    """The {n} text of a docstring, which black never splits."""\n',
    "docstring-multiline": 'def f():\n    """Summary {n}.\n\n    More text {n} here.\n    """\n',
    "all": '__all__ = ["{n}", "beta", "gamma"]\n',
    "all-one": '__all__ = ["{n}"]\n',
    "extras": "def f(data):\n    if len(data) != 2:\n        extras = {k: x for k, x in data.items() if k not in _KEYS_{n}}\n",
    "def-decode": "def decode_{n}(data: Any) -> Name:\n    pass\n",
    "def-from-dict": "class A:\n    @classmethod\n    def from_dict(cls, data: Any) -> {N}:\n        pass\n",
    "def-annotated": "def f(self, a: Dict[str, Any], b: List[{N}]) -> Dict[str, Any]:\n    pass\n",
    "def-defaults": "def f(a, b=1, *args, c: int = 2, **kwargs) -> Dict[str, {N}]:\n    pass\n",
    "raise-at": 'def f(v7):\n    if x:\n        raise _rt.enum_error(v7, {N}_VALUES).at(".type")\n',
    "raise-type-error": 'def f(v2):\n    raise _rt.type_error("float", v2).at(".{n}")\n',
    "raise-no-match": "def f(data):\n    raise _rt.no_match([e0 or _rt.error_of({N}.from_dict, data), e1])\n",
    "raise-key-segment": 'def f(tag):\n    raise _rt.enum_error(tag, ("a", "{n}")).at(_rt.key_segment("type"))\n',
    "if-or": "def f(v7):\n    if v7.__class__ is not str or v7 not in {N}_VALUES:\n        pass\n",
    "if-and-chain": (
        'def f(data):\n    if type(data) is dict and "id" in data and data["id"] == "{n}" and len(data) > 1:\n'
        "        pass\n"
    ),
    "if-len-sum": (
        "def f(data):\n    if len(data) != 0 + (v0 is not UNSET) + (v1 is not UNSET) + (v_{n} is not UNSET):\n"
        "        pass\n"
    ),
    "values-tuple": '{N}_VALUES: frozenset[Any] = frozenset(("alpha", "beta"))\n',
    "values-one-tuple": '{N}_VALUES: frozenset[Any] = frozenset(("alpha",))\n',
    "keys-set": '_KEYS_{n}: frozenset[str] = frozenset({"type", "models", "alpha"})\n',
    "literal": 'X{N} = Literal["alpha", "beta"]\n',
    "union": "X{N} = Union[Alpha, Beta]\n",
    "union-nested": "X{N} = Union[Optional[Alpha], List[Beta]]\n",
    "field-union": "class A:\n    field: Union[Optional[{N}], Unset] = UNSET\n",
    "field-unsplittable": "class A:\n    content: {N}\n",
    "decode-call": "def f(v0):\n    v0 = decode_{n}(v0)\n",
    "subscript-ternary": 'def f(v6):\n    out["k"] = None if v6 is None else encode_{n}(v6)\n',
    "nested-calls": "def f():\n    return outer_{n}(inner(a, b), other(c, deeper(d, e)), key=value)\n",
    "attribute-chain": "def f():\n    x = a.b(c).d(e_{n}).f(g)\n",
    "return-tuple": "def f():\n    return first_{n}, second\n",
    "comparison-chain": "def f():\n    x = not a and b or c is not d and e not in f_{n}\n",
    "arithmetic": "def f():\n    x = a * b + c - d / e // f % g | i & j ^ k << l >> m_{n}\n",
    "for-loop": "def f():\n    for key, value in sorted(data_{n}.items(), key=foo):\n        pass\n",
    "comprehension": "def f():\n    return [item_{n} for item in items if item]\n",
    "assert": 'def f():\n    assert isinstance(x, {N}), "message"\n',
    "decorator": '@dataclass(slots=True, kw_only=True, name="{n}")\nclass A:\n    pass\n',
    "class-bases": "class {N}(Base, metaclass=Meta):\n    pass\n",
    "type-ignore": "def f():\n    obj.type = v0_{n}  # type: ignore[assignment]\n",
    "trailing-comment": "def f():\n    obj.type = some_function_{n}(a, b)  # a comment here\n",
    "pragma-comment": 'def f():\n    return ValidationError("union {n} accepted it")  # pragma: no cover\n',
    "implicit-concatenation": 'def f():\n    x = "a" "b" "{n}"\n',
    "redundant-parentheses": "def f():\n    x = (a + b_{n})\n",
    "wide-characters": 'def f():\n    x = {"名前名前名前名前名前名前名前名前名前名前": {n}}\n',
    "runtime-wrapped-call": (
        "def f(value):\n"
        "    precise = PreciseDatetime(value.year, value.month, value.day, value.hour, value_{n},\n"
        "                              value.second)\n"
    ),
}

# constructs layout may decline (None), but must never get wrong
MAY_DECLINE = {
    "lambda": "def f():\n    x = sorted(items, key=lambda item: item.{n})\n",
    "with": "def f():\n    with open(path_{n}) as fh:\n        pass\n",
    "single-quotes": "def f():\n    x = {'a': 1, \"{n}\": 2}\n",
    "docstring-long-last-line": 'def f():\n    """Summary.\n\n    More text {n} here, going on and on and on."""\n',
    "walrus": "def f():\n    if (n := len(items_{n})) > 10:\n        pass\n",
    "power": "def f():\n    x = a**b + c_{n} ** 2\n",
    "number-black-rewrites": "def f():\n    raise Error(1., 0XFF, {n})\n",
    "escape-black-rewrites": 'def f():\n    raise Error("\\xAB", {n})\n',
    "prefix-black-rewrites": 'def f():\n    raise Error(u"text", F"{{x}}", {n})\n',
    "escaped-quotes": 'def f():\n    raise Error("say \\"hi\\"", \'it\\\'s\', {n})\n',
    "comment-inside-brackets": "x = foo(\n    a_{n},  # why\n    b,\n)\n",
    "semicolons": "def f():\n    a = 1; b = a_{n}\n",
}


def expand(shape: str) -> list[str]:
    return [shape.replace("{n}", name(n)).replace("{N}", name(n, upper=True)) for n in names_around_limit(shape)]


@pytest.mark.parametrize("shape", sorted(SHAPES), ids=sorted(SHAPES))
def test_template_shapes(shape, both_paths):
    for text in expand(SHAPES[shape]):
        assert layout(text) == black_format(text), text


@pytest.mark.parametrize("shape", sorted(MAY_DECLINE), ids=sorted(MAY_DECLINE))
def test_declines_or_agrees(shape, both_paths):
    # only too long lines: black also rewrites these constructs in lines that fit, and lines
    # that fit are the templates' to get right (layout keeps them as they are)
    for text in expand(MAY_DECLINE[shape])[-2:]:
        result = layout(text)
        assert result is None or result == black_format(text), text


def test_second_pass():
    """black formats its own output again; trailing commas added by the first pass are magic
    in the second (here the return type's subscript then decides: no left-hand split)."""
    text = "def f(a, b=1) -> Dict[str, %s]:\n    pass\n" % ("x" * 80)
    expected = black_format(text)
    assert expected.startswith("def f(a, b=1) -> Dict[\n")
    assert layout(text) == expected


def test_lines_black_keeps_pass_through():
    text = (
        '"""A module."""\n\nfrom __future__ import annotations\n\n\n'
        "def f(a: int) -> int:\n    return frozenset((\"json_object\",))  # short\n"
    )
    assert black_format(text) == text
    assert layout(text) == text


def test_magic_trailing_comma_on_a_short_line():
    text = "x = foo(a, b,)\n"
    assert layout(text) == black_format(text)


def test_width_is_blacks():
    """Lines are measured in columns, east asian wide characters counting two."""
    from black.strings import str_width

    for code in range(0x80, 0x40000):
        if not 0xD800 <= code <= 0xDFFF:
            assert layout_module._str_width(chr(code)) == str_width(chr(code)), hex(code)
    text = 'x = "%s"\n' % ("名" * 40)   # 46 characters, 86 columns: fits
    assert layout(text) == black_format(text)
    text = 'x = f("%s", a)\n' % ("名" * 40)   # 52 characters, 92 columns: too wide
    assert layout(text) == black_format(text)


def test_declines_what_it_does_not_model():
    assert layout("x = 1") is None   # no final newline
    assert layout("if x:\n\ty = 1\n") is None   # a tab
    assert layout("x = 1 \n") is None   # trailing whitespace


class RandomCode:
    """Random statements in the templates' subset of Python, names of all lengths."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)

    def name(self) -> str:
        r = self.r
        return r.choice("abcdefgh_") + "".join(r.choice("abcdefgh0123_") for _ in range(r.choice([0, 2, 7, 19, 40])))

    def atom(self, d: int) -> str:
        r, c = self.r, self.r.random()
        if d > 2 or c < 0.35:
            return r.choice([self.name(), '"%s"' % ("s" * r.choice([0, 9, 30, 60])), str(r.randint(0, 999))])
        if c < 0.5:
            return "%s(%s)" % (self.name(), self.args(d))
        if c < 0.6:
            return "%s.%s" % (self.atom(d + 1), self.name())
        if c < 0.7:
            return "%s[%s]" % (self.name(), self.expr(d + 1))
        if c < 0.8:
            return "[%s]" % ", ".join(self.expr(d + 1) for _ in range(r.randint(0, 3)))
        if c < 0.9:
            return "{%s}" % ", ".join("%s: %s" % (self.atom(d + 1), self.expr(d + 1)) for _ in range(r.randint(1, 3)))
        return "[%s for %s in %s if %s]" % (self.expr(d + 1), self.name(), self.atom(d + 1), self.atom(d + 1))

    def args(self, d: int) -> str:
        r = self.r
        parts = [self.expr(d + 1) if r.random() < 0.75 else "%s=%s" % (self.name(), self.expr(d + 1))
                 for _ in range(r.randint(0, 4))]
        return ", ".join(parts) + ("," if parts and r.random() < 0.1 else "")

    def expr(self, d: int = 0) -> str:
        r, c = self.r, self.r.random()
        if d > 2 or c < 0.5:
            return self.atom(d)
        if c < 0.65:
            return "%s %s %s" % (self.atom(d), r.choice(["+", "-", "*", "|", "and", "or", "==", "is not", "not in"]),
                                 self.expr(d + 1))
        if c < 0.8:
            return "%s if %s else %s" % (self.atom(d), self.atom(d + 1), self.expr(d + 1))
        return "not %s" % self.atom(d)

    def module(self) -> str:
        r, e = self.r, self.expr()
        statement = r.choice([
            "%s = %s" % (self.name(), e), "%s: Dict[str, %s] = %s" % (self.name(), self.name(), e),
            "return %s" % e, "raise %s" % self.atom(1), "%s(%s)" % (self.name(), self.args(0)),
            "%s[%s] = %s" % (self.name(), self.atom(2), e), "if %s:\n        pass" % e,
            "for %s, %s in %s:\n        pass" % (self.name(), self.name(), e),
            "x = {\n        %s\n    }" % "\n        ".join('"%s": %s,' % (self.name(), self.expr(1)) for _ in range(2)),
        ])
        params = ", ".join(r.choice([self.name(), "%s: %s" % (self.name(), self.name()), "%s=1" % self.name()])
                           for _ in range(r.randint(0, 3)))
        return "def f(%s) -> %s:\n    %s\n" % (params, self.name(), statement)


def test_random_template_like_modules():
    """black with a very long line length normalizes everything but splits nothing: just what
    the templates emit.  layout must then split as black does, or decline."""
    unsplit = black.Mode(target_versions={black.TargetVersion.PY311}, line_length=10_000)
    code = RandomCode(7)
    laid_out = 0
    for _ in range(150):
        try:
            text = black.format_str(code.module(), mode=unsplit)
        except black.parsing.InvalidInput:
            continue
        result = layout(text)
        if result is not None:
            laid_out += 1
            assert result == black_format(text), text
    assert laid_out >= 110


def check_modules(files: dict[str, str]) -> tuple[int, list[str]]:
    """(number of modules laid out by layout, the names of those it got wrong)."""
    handled = 0
    wrong = []
    for path, text in sorted(files.items()):
        result = layout(text)
        if result is None:
            continue
        handled += 1
        if result != black_format(text):
            wrong.append(path)
    return handled, wrong


def python_files(spec: str) -> dict[str, str]:
    result = generate_files(spec, "pkg", formatted=False)
    return {path: text for path, text in result.files.items() if path.endswith(".py")}


@pytest.mark.parametrize("spec", sorted(glob.glob(os.path.join(ROOT, "tests", "specs", "*.yaml"))),
                         ids=os.path.basename)
def test_spec_output(spec):
    files = python_files(spec)
    handled, wrong = check_modules(files)
    assert wrong == []
    assert handled == len(files)   # none left to black


@pytest.fixture(scope="module")
def orq_sample() -> dict[str, str]:
    files = python_files(shared_path("corpus", "orq.yaml"))
    paths = sorted(files)
    random.Random(20240601).shuffle(paths)
    return {path: files[path] for path in paths[:150]}


def test_orq_sample(orq_sample):
    handled, wrong = check_modules(orq_sample)
    assert wrong == []
    assert handled == len(orq_sample)


def test_orq_sample_fast_paths_agree_with_the_general_algorithm(orq_sample, monkeypatch):
    """Also without the per-process memo of line shapes."""
    fast = {path: layout(text) for path, text in orq_sample.items()}
    monkeypatch.setattr(layout_module, "_FAST", False)
    for path, text in orq_sample.items():
        layout_module._MEMO.clear()
        assert layout(text) == fast[path], path


def test_black_formats_what_layout_declines_and_all_with_specsmith_format_black(monkeypatch, tmp_path):
    """The pipeline's fallback: black formats a module layout declines; SPECSMITH_FORMAT=black gives the same tree."""
    import generator.format

    spec = os.path.join(ROOT, "tests", "specs", "constructs.yaml")
    monkeypatch.setenv("SPECSMITH_CACHE", str(tmp_path / "cache"))
    laid = generate_files(spec, "pkg").files
    assert not (tmp_path / "cache").exists()  # layout took every module
    monkeypatch.setattr(generator.format, "layout", lambda text: None if "class " in text else layout(text))
    some_declined = generate_files(spec, "pkg").files
    assert os.listdir(tmp_path / "cache")  # black formatted the declined modules (and cached them)
    monkeypatch.undo()
    monkeypatch.setenv("SPECSMITH_CACHE", str(tmp_path / "cache2"))
    monkeypatch.setenv("SPECSMITH_FORMAT", "black")
    by_black = generate_files(spec, "pkg").files
    assert some_declined == laid and by_black == laid
