"""Black's line splitting, re-implemented for the code our templates render (stdlib only).

    layout(source, line_length=88) -> str | None

returns exactly what black 26.10.1 (stable style, target versions Python 3.10 and later, as
generator/format.py runs it) makes of `source`, or None when `source` holds something this
module does not model; the caller then formats that module with black.

The templates emit modules that are black-formatted already, but for the logical lines that
are too long.  So:

* A precompiled pattern recognises runs of lines black keeps as they are (they fit, their
  brackets close on the line, no comment, no magic trailing comma, plain strings), at C speed.
* Each other logical line goes to a fast path when it has one of the commonest template
  shapes (imports, `X = Literal[...]`, exploded dict displays, `raise f(...).at(...)`, ...);
  each fast path writes what the general algorithm writes for that shape.
* The general algorithm is a port of black's linegen.transform_line and friends working on a
  flat list of leaves annotated with the facts black reads from its syntax tree (a small
  parser derives them): right_hand_split with trailer omission and optional parentheses,
  left_hand_split for `def`, delimiter_split, magic trailing commas, the "second opinion"
  with forced optional parentheses, and format_str's second pass over its own output.
  Lines of one shape (token kinds and lengths) are laid out once per process.

None comes back for: lambda, with, async, yield, walrus, `**` between operands, comments
inside brackets, multi-line strings inside expressions, strings or numbers black would
normalize, docstrings whose last line is too long, trailing whitespace, tabs, backslash
continuations, `# fmt:` directives, and other statements outside the templates' subset.
"""

from __future__ import annotations

import bisect
import keyword
import re
from collections.abc import Callable, Iterator

__all__ = ["LAYOUT_BLACK_MAJOR", "layout"]

LAYOUT_BLACK_MAJOR = "26"  # the black release year whose stable style this module writes


class Unsupported(Exception):
    """The logical line holds something this module does not model."""


class CannotTransform(Exception):
    """A split does not apply (black's CannotTransform / CannotSplit)."""


# ---------------------------------------------------------------------------------------------
# leaves

NAME, NUMBER, STRING, OP = 1, 2, 3, 4
LPAR, RPAR, LSQB, RSQB, LBRACE, RBRACE = 5, 6, 7, 8, 9, 10
COMMA, COLON, DOT, EQUAL, RARROW, STAR, DOUBLESTAR, AT, COMMENT = 11, 12, 13, 14, 15, 16, 17, 18, 19

OPENING = frozenset((LPAR, LSQB, LBRACE))
CLOSING = frozenset((RPAR, RSQB, RBRACE))
BRACKETS = OPENING | CLOSING
CLOSE_OF = {LPAR: RPAR, LSQB: RSQB, LBRACE: RBRACE}
_OP_TYPES = {
    "(": LPAR, ")": RPAR, "[": LSQB, "]": RSQB, "{": LBRACE, "}": RBRACE, ",": COMMA,
    ":": COLON, ".": DOT, "=": EQUAL, "->": RARROW, "*": STAR, "**": DOUBLESTAR, "@": AT,
}

# delimiter priorities (black/brackets.py)
COMPREHENSION_PRIORITY = 20
COMMA_PRIORITY = 18
TERNARY_PRIORITY = 16
LOGIC_PRIORITY = 14
STRING_PRIORITY = 12
COMPARATOR_PRIORITY = 10
MATH_PRIORITIES = {
    "|": 9, "^": 8, "&": 7, "<<": 6, ">>": 6, "+": 5, "-": 5,
    "*": 4, "/": 4, "//": 4, "%": 4, "@": 4, "~": 3, "**": 2,
}
DOT_PRIORITY = 1
# "split before" priorities that depend on the previous leaf of the line being built
DYN_DOT, DYN_STRING, DYN_IN, DYN_NOT = -1, -2, -3, -4

_COMPARATOR_OPS = frozenset(("<", ">", "==", "!=", "<=", ">="))
_AUGASSIGN = frozenset(("+=", "-=", "*=", "@=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "**=", "//="))
_KEYWORDS = frozenset(keyword.kwlist) - {"True", "False", "None"}
_UNSUPPORTED_NAMES = frozenset(("lambda", "yield", "await", "async", "with", "nonlocal", "exec"))


class Leaf:
    __slots__ = ("type", "value", "prefix", "orig", "opening", "depth", "kind", "before", "after",
                 "argcomma", "annot", "lineno", "natom", "parent", "remake")

    def __init__(self, type_: int, value: str, prefix: str = "", lineno: int = 0) -> None:
        self.type = type_
        self.value = value
        self.prefix = prefix
        self.orig = prefix       # what black's whitespace() gives this leaf in its line
        self.opening: Leaf | None = None   # closing bracket -> its opening bracket
        self.depth = 0           # black's bracket_depth (relative to the line that marked it last)
        self.kind = ""           # brackets: parent node kind: trailer/atom/params/class/import
        self.before = 0          # split-before delimiter priority (or a DYN_* code)
        self.after = 0           # split-after delimiter priority (commas)
        self.argcomma = False    # comma whose parent is an arglist/typedargslist
        self.annot = ""          # "param"/"return" when part of an annotation in a def
        self.lineno = lineno     # physical line (1-based) in the logical line; 0 = generated
        self.natom = 0           # invisible parens: number of leaves of their atom
        self.parent = True       # False for leaves black creates without a parent (commas)
        self.remake = False      # invisible parens black's second pass puts back as they were

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Leaf({self.type}, {self.value!r})"


def _new_comma() -> Leaf:
    leaf = Leaf(COMMA, ",")
    leaf.after = COMMA_PRIORITY
    leaf.parent = False
    return leaf


# ---------------------------------------------------------------------------------------------
# text width: black (strings.str_width) counts these code points as two columns, all others as
# one (its _width_table: wcwidth 0.2.14, Unicode 17.0.0)

_WIDE_RANGES = """
1100-115f 231a-231b 2329-232a 23e9-23ec 23f0 23f3 25fd-25fe 2614-2615 2630-2637 2648-2653 267f
268a-268f 2693 26a1 26aa-26ab 26bd-26be 26c4-26c5 26ce 26d4 26ea 26f2-26f3 26f5 26fa 26fd 2705
270a-270b 2728 274c 274e 2753-2755 2757 2795-2797 27b0 27bf 2b1b-2b1c 2b50 2b55 2e80-2e99
2e9b-2ef3 2f00-2fd5 2ff0-3029 3030-303e 3041-3096 309b-30ff 3105-312f 3131-318e 3190-31e5
31ef-321e 3220-3247 3250-a48c a490-a4c6 a960-a97c ac00-d7a3 f900-faff fe10-fe19 fe30-fe52
fe54-fe66 fe68-fe6b ff01-ff60 ffe0-ffe6 16fe0-16fe3 16ff2-16ff6 17000-18cd5 18cff-18d1e
18d80-18df2 1aff0-1aff3 1aff5-1affb 1affd-1affe 1b000-1b122 1b132 1b150-1b152 1b155 1b164-1b167
1b170-1b2fb 1d300-1d356 1d360-1d376 1f004 1f0cf 1f18e 1f191-1f19a 1f200-1f202 1f210-1f23b
1f240-1f248 1f250-1f251 1f260-1f265 1f300-1f320 1f32d-1f335 1f337-1f37c 1f37e-1f393 1f3a0-1f3ca
1f3cf-1f3d3 1f3e0-1f3f0 1f3f4 1f3f8-1f3fa 1f400-1f43e 1f440 1f442-1f4fc 1f4ff-1f53d 1f54b-1f54e
1f550-1f567 1f57a 1f595-1f596 1f5a4 1f5fb-1f64f 1f680-1f6c5 1f6cc 1f6d0-1f6d2 1f6d5-1f6d8
1f6dc-1f6df 1f6eb-1f6ec 1f6f4-1f6fc 1f7e0-1f7eb 1f7f0 1f90c-1f93a 1f93c-1f945 1f947-1f9ff
1fa70-1fa7c 1fa80-1fa8a 1fa8e-1fac6 1fac8 1facd-1fadc 1fadf-1faea 1faef-1faf8 20000-2fffd
30000-3fffd
"""
_WIDE_STARTS: list[int] = []
_WIDE_ENDS: list[int] = []
for _span in _WIDE_RANGES.split():
    _first, _, _last = _span.partition("-")
    _WIDE_STARTS.append(int(_first, 16))
    _WIDE_ENDS.append(int(_last or _first, 16))
_WIDE = re.compile(r"[\u1100-\U0003fffd]")


def _is_wide(ch: str) -> bool:
    i = bisect.bisect_right(_WIDE_STARTS, ord(ch)) - 1
    return i >= 0 and ord(ch) <= _WIDE_ENDS[i]


def _str_width(text: str) -> int:
    if text.isascii():
        return len(text)
    return len(text) + sum(1 for ch in _WIDE.findall(text) if _is_wide(ch))


# ---------------------------------------------------------------------------------------------
# lines (black/lines.py Line + brackets.py BracketTracker)

class Line:
    __slots__ = ("depth", "leaves", "comments", "inside", "split_rhs", "magic",
                 "bdepth", "bmatch", "delims", "prev", "for_depths", "invisible")

    def __init__(self, depth: int = 0, inside: bool = False) -> None:
        self.depth = depth
        self.leaves: list[Leaf] = []
        self.comments: dict[Leaf, list[Leaf]] = {}
        self.inside = inside
        self.split_rhs = False
        self.magic: Leaf | None = None
        self.bdepth = 0
        self.bmatch: dict[tuple[int, int], Leaf] = {}
        self.delims: dict[Leaf, int] = {}
        self.prev: Leaf | None = None
        self.for_depths: list[int] = []
        self.invisible: list[Leaf] = []

    # -- bracket tracking (BracketTracker.mark, inlined in extend())
    def max_priority(self, exclude: Leaf | None = None) -> int:
        """Highest delimiter priority (0 when there is none)."""
        best = 0
        for leaf, p in self.delims.items():
            if p > best and leaf is not exclude:
                best = p
        return best

    def count_priority(self, priority: int) -> int:
        return sum(1 for p in self.delims.values() if p == priority)

    # -- building
    def append(self, leaf: Leaf, preformatted: bool = False, track: bool = False) -> None:
        """black's Line.append (whitespace() is the leaf's original prefix: the templates'
        spacing is black's)."""
        if self.leaves and not preformatted:
            leaf.prefix = "  " if leaf.type == COMMENT else leaf.orig
        if leaf.type == COMMENT:
            self.append_comment(leaf)
        else:
            self.extend([leaf], self.inside or not preformatted or track)

    def extend(self, leaves: list[Leaf], track) -> None:
        """append(leaf, preformatted=True, track_bracket=...) for leaves without comments.

        `track` is True (mark every leaf), False (mark none) or a set of the leaves to mark.
        An inlined copy of append() and mark(): this is the hot loop."""
        out = self.leaves
        if track is False:
            out.extend(leaves)
            return
        append = out.append
        closing_types, opening_types = CLOSING, OPENING
        bdepth = self.bdepth
        bmatch = self.bmatch
        delims = self.delims
        prev = self.prev
        for_depths = self.for_depths
        invisible = self.invisible
        everything = track is True
        for leaf in leaves:
            if not everything and leaf not in track:
                append(leaf)
                continue
            t = leaf.type
            closing = t in closing_types
            if closing:
                if bdepth == 0 and (0, t) not in bmatch:   # a closing bracket opened before
                    if out and out[-1].type == COMMA and self.has_magic_trailing_comma(leaf):
                        self.magic = leaf
                    append(leaf)
                    continue
                bdepth -= 1
                try:
                    leaf.opening = bmatch.pop((bdepth, t))
                except KeyError:
                    raise Unsupported("unmatched bracket") from None
                if not leaf.value:
                    invisible.append(leaf)
            elif t == NAME and for_depths and for_depths[-1] == bdepth and leaf.value == "in":
                bdepth -= 1
                for_depths.pop()
            leaf.depth = bdepth
            if bdepth == 0:
                b = leaf.before
                after = leaf.after
                if not leaf.parent:
                    if b != DYN_STRING and b != COMPARATOR_PRIORITY:
                        b = 0
                    if t == COMMA:
                        after = COMMA_PRIORITY
                if b < 0:
                    if b == DYN_DOT:
                        b = DOT_PRIORITY if prev is None or prev.type in closing_types else 0
                    elif b == DYN_STRING:
                        b = STRING_PRIORITY if prev is not None and prev.type == STRING else 0
                    elif b == DYN_IN:
                        b = 0 if prev is not None and prev.type == NAME and prev.value == "not" \
                            else COMPARATOR_PRIORITY
                    else:
                        b = 0 if prev is not None and prev.type == NAME and prev.value == "is" \
                            else COMPARATOR_PRIORITY
                if b and prev is not None:
                    delims[prev] = b
                elif after:
                    delims[leaf] = after
            if t in opening_types:
                bmatch[(bdepth, CLOSE_OF[t])] = leaf
                bdepth += 1
                if not leaf.value:
                    invisible.append(leaf)
            elif t == NAME and leaf.value == "for":
                bdepth += 1
                for_depths.append(bdepth)
            prev = leaf
            if closing and out and out[-1].type == COMMA and self.has_magic_trailing_comma(leaf):
                self.magic = leaf
            append(leaf)
        self.bdepth = bdepth
        self.prev = prev

    def append_comment(self, comment: Leaf) -> None:
        if not self.leaves:
            raise Unsupported("standalone comment")
        last = self.leaves[-1]
        if (last.type == RPAR and not last.value and last.parent and last.natom <= 3
                and not _is_type_comment(comment.value) and len(self.leaves) >= 2):
            last = self.leaves[-2]
        self.comments.setdefault(last, []).append(comment)

    def comments_after(self, leaf: Leaf) -> list[Leaf]:
        return self.comments.get(leaf, [])

    def has_magic_trailing_comma(self, closing: Leaf) -> bool:
        t = closing.type
        if t not in CLOSING or not self.leaves or self.leaves[-1].type != COMMA:
            return False
        if t == RBRACE:
            return True
        if t == RSQB:
            if (closing.parent and closing.kind == "trailer"
                    and _one_sequence_between(closing.opening, closing, self.leaves, LSQB)):  # type: ignore[arg-type]
                return False
            return True
        if self.is_import:
            return True
        return not _one_sequence_between(closing.opening, closing, self.leaves, LPAR)  # type: ignore[arg-type]

    # -- properties
    @property
    def is_import(self) -> bool:
        return bool(self.leaves) and self.leaves[0].kind == "import-kw" and bool(self.leaves[0].parent)

    @property
    def is_def(self) -> bool:
        return bool(self.leaves) and self.leaves[0].type == NAME and self.leaves[0].value == "def" \
            and self.leaves[0].kind == "def-kw"

    def contains_multiline_strings(self) -> bool:
        return any(leaf.type == STRING and "\n" in leaf.value for leaf in self.leaves)

    def contains_uncollapsable_type_comments(self) -> bool:
        if not self.comments:
            return False
        ignored = set()
        try:
            last = self.leaves[-1]
            ignored.add(last)
            if last.type == COMMA or (last.type == RPAR and not last.value):
                last = self.leaves[-2]
                ignored.add(last)
        except IndexError:
            return False
        comment_seen = False
        for leaf, comments in self.comments.items():
            for comment in comments:
                if _is_type_comment(comment.value):
                    if comment_seen or (not _is_type_ignore(comment.value) and leaf not in ignored):
                        return True
                comment_seen = True
        return False

    def contains_unsplittable_type_ignore(self) -> bool:
        if not self.leaves or not self.comments:
            return False
        first = next((leaf.lineno for leaf in self.leaves if leaf.lineno), 0)
        last = next((leaf.lineno for leaf in reversed(self.leaves) if leaf.lineno), 0)
        if first == last and first:
            for leaf in self.leaves[-2:]:
                for comment in self.comments.get(leaf, ()):
                    if _is_type_ignore(comment.value):
                        return True
        return False

    def contains_implicit_multiline_string_with_comments(self) -> bool:
        if not self.comments:
            return False
        leaves = self.leaves
        for i, leaf in enumerate(leaves):
            if leaf.type == STRING and leaf in self.comments and (
                    (i > 0 and leaves[i - 1].type == STRING)
                    or (i + 1 < len(leaves) and leaves[i + 1].type == STRING)):
                return True
        return False

    def enumerate_with_length(self, reverse: bool = False):
        leaves = self.leaves
        indices = range(len(leaves) - 1, -1, -1) if reverse else range(len(leaves))
        comments = self.comments
        for index in indices:
            leaf = leaves[index]
            if "\n" in leaf.value:
                return
            length = len(leaf.prefix) + len(leaf.value)
            if comments:
                for comment in comments.get(leaf, ()):
                    length += len(comment.value)
            yield index, leaf, length

    def __str__(self) -> str:
        leaves = self.leaves
        if not leaves:
            return ""
        first = leaves[0]
        res = first.prefix + "    " * self.depth + first.value + "".join(
            [leaf.prefix + leaf.value for leaf in leaves[1:]])
        if self.comments:
            for comments in self.comments.values():
                for comment in comments:
                    res += comment.prefix + comment.value
        return res

    def __bool__(self) -> bool:
        return bool(self.leaves or self.comments)


def _one_sequence_between(opening: Leaf, closing: Leaf, leaves: list[Leaf], kind: int) -> bool:
    """black's is_one_sequence_between."""
    if opening.type != kind or closing.type != CLOSE_OF[kind]:
        return False
    depth = closing.depth + 1
    index = -1
    left, right = 0, len(leaves) - 1
    while left <= right:
        if leaves[left] is opening:
            index = left
            break
        if leaves[right] is opening:
            index = right
            break
        left += 1
        right -= 1
    if index == -1:
        return False
    commas = 0
    for leaf in leaves[index + 1:]:
        if leaf is closing:
            break
        if leaf.depth == depth and leaf.type == COMMA:
            commas += 1
            if leaf.argcomma and leaf.parent:
                commas += 1
                break
    return commas < 2


def _is_type_comment(value: str) -> bool:
    return value.startswith("#") and value[1:].lstrip().startswith("type:")


def _is_type_ignore(value: str) -> bool:
    return _is_type_comment(value) and value.split(":", 1)[1].lstrip().startswith("ignore")


def _short_enough(line: Line, ll: int, line_str: str | None = None) -> bool:
    if line_str is None:
        line_str = str(line)
    if "\n" in line_str:
        raise Unsupported("multiline string in a split line")
    return _str_width(line_str) <= ll


# ---------------------------------------------------------------------------------------------
# splitting (black/linegen.py)



def _transform_line(line: Line, ll: int, fop: bool) -> list[Line]:
    line_str = str(line)
    if (not line.split_rhs and not line.magic
            and (_short_enough(line, ll, line_str) or line.contains_unsplittable_type_ignore())
            and not line.contains_uncollapsable_type_comments()
            and not line.contains_implicit_multiline_string_with_comments()):
        return [line]
    transformers: tuple[Callable[[Line, int, bool], Iterator[Line]], ...]
    if line.is_def and not _should_split_funcdef_with_rhs(line, ll):
        transformers = (_left_hand_split,)
    elif line.inside:
        transformers = (_delimiter_split, _rhs)
    else:
        transformers = (_rhs,)
    for transform in transformers:
        try:
            return _run_transformer(line, transform, ll, fop, line_str)
        except CannotTransform:
            continue
    return [line]


def _run_transformer(line: Line, transform, ll: int, fop: bool, line_str: str) -> list[Line]:
    optional_parens = [b for b in line.invisible if b.depth == 0]
    result: list[Line] = []
    for transformed in transform(line, ll, fop):
        if str(transformed) == line_str:
            raise CannotTransform("unchanged")
        result.extend(_transform_line(transformed, ll, fop))
    if (fop or transform is not _rhs or not line.invisible
            or any(b.value for b in optional_parens)
            or line.contains_multiline_strings()
            or result[0].contains_uncollapsable_type_comments()
            or result[0].contains_unsplittable_type_ignore()
            or _short_enough(result[0], ll)
            or any(not leaf.parent for leaf in line.leaves)):
        return result
    copy = _copy_line(line)
    second = _run_transformer(copy, transform, ll, True, line_str)
    if all(_short_enough(ln, ll) for ln in second):
        result = second
    return result


def _copy_line(line: Line) -> Line:
    """black's line.clone() + append_leaves(): fresh leaves carrying the current values."""
    copy = Line(line.depth, line.inside)
    copy.split_rhs = line.split_rhs
    copy.magic = line.magic
    mapping: dict[Leaf, Leaf] = {}
    new_leaves: list[Leaf] = []
    for old in line.leaves:
        new = Leaf(old.type, old.value, old.orig if new_leaves else "", old.lineno)
        new.orig = old.orig
        new.kind, new.before, new.after = old.kind, old.before, old.after
        new.argcomma, new.annot, new.natom, new.parent = old.argcomma, old.annot, old.natom, old.parent
        new.remake = old.remake
        old.parent = False  # append_leaves() puts the copy in the tree in place of the original
        if old.opening is not None:
            new.opening = mapping.get(old.opening, old.opening)
        mapping[old] = new
        new_leaves.append(new)
    if not line.comments:
        copy.extend(new_leaves, True)
        return copy
    for old, new in zip(line.leaves, new_leaves):
        copy.append(new, preformatted=True, track=True)
        for comment in line.comments_after(old):
            copy.append(comment, preformatted=True)
    return copy


def _should_split_funcdef_with_rhs(line: Line, ll: int) -> bool:
    leaves: list[Leaf] = []
    in_return = False
    for leaf in line.leaves:
        if leaf.type == COLON:
            in_return = False
        if in_return:
            leaves.append(leaf)
        if leaf.type == RARROW:
            in_return = True
    result = Line(line.depth)
    track = _inside_matching_brackets(leaves)
    for leaf in leaves:
        result.append(leaf, preformatted=True, track=leaf in track)
    first = next((leaf for leaf in leaves if leaf.value), None)
    return result.magic is not None or (
        first is not None and first.type == STRING and not _short_enough(result, ll))


def _inside_matching_brackets(leaves: list[Leaf]) -> set[Leaf]:
    ids: set[Leaf] = set()
    start = next((i for i, leaf in enumerate(leaves) if leaf.type in OPENING), None)
    if start is None:
        return ids
    stack: list[tuple[int, list[Leaf]]] = []
    for leaf in leaves[start:]:
        t = leaf.type
        if t in OPENING:
            stack.append((CLOSE_OF[t], [leaf]))
        elif t in CLOSING:
            if stack and t == stack[-1][0]:
                level = stack.pop()[1]
                level.append(leaf)
                ids.update(level)
            else:
                break
        elif stack:
            stack[-1][1].append(leaf)
    return ids


HEAD, BODY, TAIL = 0, 1, 2


def _build_line(leaves: list[Leaf], original: Line, opening: Leaf, component: int) -> Line:
    """black's bracket_split_build_line."""
    result = Line(original.depth)
    if component == BODY:
        result.inside = True
        result.depth += 1
        if leaves and _ensure_trailing_comma(leaves, original, opening):
            if leaves[-1].type != COMMA:
                leaves.append(_new_comma())
    track = _inside_matching_brackets(leaves) if component == HEAD else component == BODY
    comments = original.comments
    if not comments:
        result.extend(leaves, track)
    else:
        for leaf in leaves:
            result.append(leaf, True, track is True or (track is not False and leaf in track))
            for comment in comments.get(leaf, ()):
                result.append(comment, True)
    if component == BODY and _should_split_line(result, opening):
        result.split_rhs = True
    return result


def _ensure_trailing_comma(leaves: list[Leaf], original: Line, opening: Leaf) -> bool:
    if original.is_import:
        return True
    if not original.is_def or opening.value != "(":
        return False
    if any(leaf.type == COMMA and not leaf.annot for leaf in leaves):
        return False
    with_parent = next((leaf for leaf in leaves if leaf.parent), None)
    return with_parent is None or with_parent.annot != "return"


def _should_split_line(line: Line, opening: Leaf) -> bool:
    if not opening.parent or opening.value not in "[{(":
        return False
    if not line.leaves:
        return False
    last = line.leaves[-1]
    trailing_comma = last.type == COMMA
    max_priority = line.max_priority(last if trailing_comma else None)
    return max_priority == COMMA_PRIORITY and (trailing_comma or opening.kind in ("atom", "import"))


def _succeeded_or_raise(head: Line, body: Line, tail: Line) -> None:
    if not body:
        tail_len = len(str(tail).strip())
        if tail_len == 0:
            raise CannotTransform("Splitting brackets produced the same line")
        if tail_len < 3:
            raise CannotTransform("Splitting brackets on an empty body is not worth it")


def _left_hand_split(line: Line, ll: int, fop: bool):
    matching = None
    for leaf_type in (LPAR, LSQB):
        tail: list[Leaf] = []
        body: list[Leaf] = []
        head: list[Leaf] = []
        current = head
        matching = None
        depth = 0
        for index, leaf in enumerate(line.leaves):
            if index == 2 and leaf.type == LSQB:
                depth += 1
            elif depth > 0:
                if leaf.type == LSQB:
                    depth += 1
                elif leaf.type == RSQB:
                    depth -= 1
            if (current is body and leaf.type in CLOSING and leaf.opening is matching
                    and matching is not None and not (leaf_type == LPAR and depth > 0)):
                _ensure_visible(leaf)
                _ensure_visible(matching)
                current = tail if body else head
            current.append(leaf)
            if current is head and leaf.type == leaf_type and not (leaf_type == LPAR and depth > 0):
                matching = leaf
                current = body
        if matching is not None and tail:
            break
    if matching is None or not tail:
        raise CannotTransform("No brackets found")
    head_line = _build_line(head, line, matching, HEAD)
    body_line = _build_line(body, line, matching, BODY)
    tail_line = _build_line(tail, line, matching, TAIL)
    _succeeded_or_raise(head_line, body_line, tail_line)
    for result in (head_line, body_line, tail_line):
        if result:
            yield result


def _ensure_visible(leaf: Leaf) -> None:
    if leaf.type == LPAR:
        leaf.value = "("
    elif leaf.type == RPAR:
        leaf.value = ")"


class _RHS:
    __slots__ = ("head", "body", "tail", "opening", "closing")

    def __init__(self, head: Line, body: Line, tail: Line, opening: Leaf, closing: Leaf) -> None:
        self.head, self.body, self.tail, self.opening, self.closing = head, body, tail, opening, closing


def _first_rhs(line: Line, omit=()) -> _RHS:
    tail: list[Leaf] = []
    body: list[Leaf] = []
    head: list[Leaf] = []
    current = tail
    opening = closing = None
    for leaf in reversed(line.leaves):
        if current is body and leaf is opening:
            current = head if body else tail
        current.append(leaf)
        if current is tail and leaf.type in CLOSING and leaf not in omit:
            opening = leaf.opening
            closing = leaf
            current = body
    if opening is None or closing is None or not head:
        raise CannotTransform("No brackets found")
    tail.reverse()
    body.reverse()
    head.reverse()
    head_line = _build_line(head, line, opening, HEAD)
    body_line = _build_line(body, line, opening, BODY)
    tail_line = _build_line(tail, line, opening, TAIL)
    _succeeded_or_raise(head_line, body_line, tail_line)
    return _RHS(head_line, body_line, tail_line, opening, closing)


def _rhs(line: Line, ll: int, fop: bool):
    """black's right_hand_split_with_omits."""
    prefix_lengths: dict[Leaf, int] = {}
    length = 4 * line.depth
    for leaf in line.leaves:
        prefix_lengths[leaf] = length
        length += len(leaf.prefix) + len(leaf.value)
    first_lines = None
    for omit in _trailers_to_omit(line, ll):
        if omit:
            target = None
            for leaf in reversed(line.leaves):
                if leaf.type in CLOSING and leaf not in omit:
                    target = leaf.opening
                    break
            if target is not None and target.value and prefix_lengths.get(target, 0) > ll:
                continue
        lines = list(_right_hand_split(line, ll, fop, omit))
        if first_lines is None and not omit:
            first_lines = lines
        if _short_enough(lines[0], ll):
            yield from lines
            return
    if first_lines is not None:
        yield from first_lines
    else:
        yield from _right_hand_split(line, ll, fop, ())


def _trailers_to_omit(line: Line, ll: int):
    omit: set[Leaf] = set()
    if not line.magic:
        yield omit
    length = 4 * line.depth
    opening = closing = None
    inner: set[Leaf] = set()
    leaves = line.leaves
    for index, leaf, leaf_length in line.enumerate_with_length(reverse=True):
        length += leaf_length
        if length > ll:
            break
        if leaf_length > len(leaf.value) + len(leaf.prefix):  # inline comment
            break
        if opening is not None:
            if leaf is opening:
                opening = None
            elif leaf.type in CLOSING:
                prev = leaves[index - 1] if index > 0 else None
                if (prev is not None and prev.type == COMMA and leaf.opening is not None
                        and not _one_sequence_between(leaf.opening, leaf, leaves, LPAR)):
                    break
                inner.add(leaf)
        elif leaf.type in CLOSING:
            prev = leaves[index - 1] if index > 0 else None
            if prev is not None and prev.type in OPENING:
                inner.add(leaf)
                continue
            if closing is not None:
                omit.add(closing)
                omit.update(inner)
                inner.clear()
                yield omit
            if (prev is not None and prev.type == COMMA and leaf.opening is not None
                    and not _one_sequence_between(leaf.opening, leaf, leaves, LPAR)):
                break
            if leaf.value:
                opening = leaf.opening
                closing = leaf


def _right_hand_split(line: Line, ll: int, fop: bool, omit):
    rhs = _first_rhs(line, omit)
    yield from _maybe_split_omitting_optional_parens(rhs, line, ll, fop, omit)


def _maybe_split_omitting_optional_parens(rhs: _RHS, line: Line, ll: int, fop: bool, omit):
    if (not fop and rhs.opening.type == LPAR and not rhs.opening.value
            and rhs.closing.type == RPAR and not rhs.closing.value
            and not line.is_import and _can_omit_invisible_parens(rhs, ll)):
        omit = {rhs.closing, *omit}
        try:
            rhs_oop = _first_rhs(line, omit)
            if _prefer_split_rhs_oop_over_rhs(rhs_oop, rhs, ll):
                yield from _maybe_split_omitting_optional_parens(rhs_oop, line, ll, fop, omit)
                return
        except CannotTransform:
            if line.leaves and sum(1 for leaf in line.leaves if leaf.type == EQUAL) > 1:
                pass
            elif not _can_be_split(rhs.body) and not _short_enough(rhs.body, ll):
                raise CannotTransform("body is still too long and can't be split") from None
            elif rhs.head.contains_multiline_strings() or rhs.tail.contains_multiline_strings():
                raise CannotTransform("multiline strings") from None
    _ensure_visible(rhs.opening)
    _ensure_visible(rhs.closing)
    for result in (rhs.head, rhs.body, rhs.tail):
        if result:
            yield result


def _prefer_split_rhs_oop_over_rhs(rhs_oop: _RHS, rhs: _RHS, ll: int) -> bool:
    if (rhs_oop.head.contains_unsplittable_type_ignore()
            or rhs_oop.body.contains_unsplittable_type_ignore()
            or rhs_oop.tail.contains_unsplittable_type_ignore()):
        return True
    head = rhs.head.leaves
    if not (len(head) >= 2 and head[-2].type == EQUAL):
        return True
    if not any(leaf.type in BRACKETS for leaf in head[:-1]):
        return True
    if not _short_enough(rhs.head, ll - 1):
        return True
    if rhs.head.magic is not None:
        return True
    rhs_equals = sum(1 for leaf in head if leaf.type == EQUAL)
    oop_equals = sum(1 for leaf in rhs_oop.head.leaves if leaf.type == EQUAL)
    if rhs_equals > 1 and rhs_equals > oop_equals:
        return False
    has_closing_bracket_after_assign = False
    for leaf in reversed(rhs_oop.head.leaves):
        if leaf.type == EQUAL:
            break
        if leaf.type in CLOSING:
            has_closing_bracket_after_assign = True
            break
    return has_closing_bracket_after_assign or (
        oop_equals > 0 and _short_enough(rhs_oop.head, ll))


def _can_omit_invisible_parens(rhs: _RHS, ll: int) -> bool:
    line = rhs.body
    if line.comments or rhs.head.comments:
        if rhs.opening.type == LPAR and not rhs.opening.value and rhs.head.comments.get(rhs.opening):
            return False
        if rhs.head.leaves:
            head_comments = rhs.head.comments.get(rhs.head.leaves[-1], ())
            if head_comments:
                ignore_head = any(_is_type_ignore(c.value) for c in head_comments)
                other_head = any(not _is_type_ignore(c.value) for c in head_comments)
                ignore_body = other_body = False
                for comments in line.comments.values():
                    for c in comments:
                        if _is_type_ignore(c.value):
                            ignore_body = True
                        else:
                            other_body = True
                if (ignore_head and other_body) or (other_head and ignore_body):
                    return False
    if not line.delims:
        return True
    max_priority = line.max_priority()
    count = line.count_priority(max_priority)
    if count > 1:
        return False
    if max_priority == DOT_PRIORITY:
        return True
    leaves = line.leaves
    first, second = leaves[0], leaves[1]
    if first.type in OPENING and second.type not in CLOSING:
        if _can_omit_opening_paren(line, first, ll):
            return True
    penultimate, last = leaves[-2], leaves[-1]
    if last.type == RPAR or last.type == RBRACE or (last.type == RSQB and last.parent and last.kind != "trailer"):
        if penultimate.type in OPENING:
            return False
        if first.type == STRING and "\n" in first.value:
            return True
        if _can_omit_closing_paren(line, last, ll):
            return True
    return False


def _can_omit_opening_paren(line: Line, first: Leaf, ll: int) -> bool:
    remainder = False
    length = 4 * line.depth
    index = -1
    for index, leaf, leaf_length in line.enumerate_with_length():
        if leaf.type in CLOSING and leaf.opening is first:
            remainder = True
        if remainder:
            length += leaf_length
            if length > ll:
                break
            if leaf.type in OPENING:
                remainder = False
    else:
        if len(line.leaves) == index + 1:
            return True
    return False


def _can_omit_closing_paren(line: Line, last: Leaf, ll: int) -> bool:
    length = 4 * line.depth
    seen_other_brackets = False
    for _index, leaf, leaf_length in line.enumerate_with_length():
        length += leaf_length
        if leaf is last.opening:
            if seen_other_brackets or length <= ll:
                return True
        elif leaf.type in OPENING:
            seen_other_brackets = True
    return False


def _can_be_split(line: Line) -> bool:
    leaves = line.leaves
    if len(leaves) < 2:
        return False
    if leaves[0].type == STRING and leaves[1].type == DOT:
        call_count = dot_count = 0
        nxt = leaves[-1]
        for leaf in leaves[-2::-1]:
            if leaf.type in OPENING:
                if nxt.type not in CLOSING:
                    return False
                call_count += 1
            elif leaf.type == DOT:
                dot_count += 1
            elif leaf.type == NAME:
                if not (nxt.type == DOT or nxt.type in OPENING):
                    return False
            elif leaf.type not in CLOSING:
                return False
            if dot_count > 1 and call_count > 1:
                return False
    return True


def _delimiter_split(line: Line, ll: int, fop: bool):
    leaves = line.leaves
    if not leaves:
        raise CannotTransform("Line empty")
    last_leaf = leaves[-1]
    priority = line.max_priority(last_leaf)
    if not priority:
        raise CannotTransform("No delimiters found")
    if priority == DOT_PRIORITY and line.count_priority(priority) == 1:
        raise CannotTransform("Splitting a single attribute from its owner looks wrong")
    delims = line.delims
    if line.comments:  # cannot happen for template output (one comment, on a line's last leaf): black decides
        raise Unsupported("comments in a delimiter split")
    start = 0
    for index, leaf in enumerate(leaves):
        if delims.get(leaf) == priority:
            current = Line(line.depth, line.inside)
            current.extend(leaves[start:index + 1], line.inside)
            current.leaves[0].prefix = ""
            yield current
            start = index + 1
    if start < len(leaves):
        current = Line(line.depth, line.inside)
        current.extend(leaves[start:], line.inside)
        if priority == COMMA_PRIORITY and current.leaves[-1].type != COMMA:
            current.append(_new_comma())
        current.leaves[0].prefix = ""
        yield current


# ---------------------------------------------------------------------------------------------
# tokenizing and annotating one logical line

_TOKEN = re.compile(r"""
    (?P<ws>[ ]*)
    (?:
        (?P<nl>\n)
      | (?P<com>\#[^\n]*)
      | (?P<str>(?:[rRbBuUfF]{1,2})?(?:\"\"\"(?:[^"\\]|\\[\s\S]|"(?!""))*\"\"\"
                                     | '''(?:[^'\\]|\\[\s\S]|'(?!''))*'''
                                     | "(?:[^"\\\n]|\\.)*"
                                     | '(?:[^'\\\n]|\\.)*'))
      | (?P<name>[^\W\d]\w*)
      | (?P<num>0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+
                |(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?[jJ]?)
      | (?P<op>\*\*=|//=|>>=|<<=|->|:=|!=|==|<=|>=|\*\*|//|<<|>>|[-+*/%&|^@]=|[-+*/%&|^~<>()\[\]{}.,:;=@])
    )""", re.X)

_OPEN_CHARS = "([{"
_CLOSE_CHARS = ")]}"


def _tokenize(source: str, pos: int) -> tuple[list[Leaf], Leaf | None, int, int]:
    """Tokenize the logical line starting at `pos` (a line start).

    Returns (leaves, trailing comment, end position after the final newline, physical line count).
    """
    leaves: list[Leaf] = []
    comment = None
    depth = 0
    lineno = 1
    gap_newline = False
    match = _TOKEN.match
    n = len(source)
    # indentation is not a token
    while pos < n and source[pos] == " ":
        pos += 1
    while True:
        if pos >= n:
            raise Unsupported("no final newline")
        m = match(source, pos)
        if m is None:
            raise Unsupported(f"cannot tokenize {source[pos:pos + 20]!r}")
        kind = m.lastgroup or ""
        ws = m.group("ws")
        text = m.group(kind)
        pos = m.end()
        if kind == "nl":
            if depth == 0:
                return leaves, comment, pos, lineno
            lineno += 1
            gap_newline = True
            continue
        if kind == "com":
            if depth or comment is not None:
                raise Unsupported("comment inside brackets")
            comment = Leaf(COMMENT, text, "  ")
            continue
        if comment is not None:
            raise Unsupported("code after a comment")
        if kind == "name":
            leaf = Leaf(NAME, text, ws, lineno)
        elif kind == "str":
            if "\n" in text:
                lineno += text.count("\n")
            leaf = Leaf(STRING, text, ws, lineno)
        elif kind == "num":
            leaf = Leaf(NUMBER, text, ws, lineno)
        else:
            leaf = Leaf(_OP_TYPES.get(text, OP), text, ws, lineno)
            if text in _OPEN_CHARS:
                depth += 1
            elif text in _CLOSE_CHARS:
                depth -= 1
                if depth < 0:
                    raise Unsupported("unbalanced brackets")
            elif text == ";":
                raise Unsupported("semicolon")
        if gap_newline:
            gap_newline = False
            prev = leaves[-1] if leaves else None
            if prev is None:
                raise Unsupported("newline at line start")
            # whitespace() for a leaf black put on a new line: nothing after an opening
            # or before a closing bracket or an attribute dot, else one space (the
            # operators black splits before are binary)
            if prev.type in OPENING or leaf.type in CLOSING or leaf.type == DOT:
                leaf.prefix = ""
            else:
                leaf.prefix = " "
        elif not leaves:
            leaf.prefix = ""
        leaf.orig = leaf.prefix
        leaves.append(leaf)


_LINE_TOKEN = re.compile(r"""( *)((?:[rRbBuUfF]{1,2})?(?:"{3}(?:[^"\\]|\\.|"(?!""))*"{3}|'{3}(?:[^'\\]|\\.|'(?!''))*'{3}"""
                         r"""|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|[^\W\d]\w*"""
                         r"""|0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+"""
                         r"""|(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?[jJ]?"""
                         r"""|\*\*=|//=|>>=|<<=|->|:=|!=|==|<=|>=|\*\*|//|<<|>>|[-+*/%&|^@]="""
                         r"""|#.*|\S)""")
_SINGLE_OPS = frozenset("-+*/%&|^~<>()[]{}.,:=@")


def _tokenize_line(text: str) -> tuple[list[Leaf], Leaf | None] | None:
    """Tokenize one physical line (no indentation, no newline) that is a whole logical line;
    None when it is not (open brackets or an unterminated string)."""
    leaves: list[Leaf] = []
    comment = None
    depth = 0
    for ws, tok in _LINE_TOKEN.findall(text):
        c = tok[0]
        last = tok[-1]
        if (last == '"' or last == "'") and len(tok) > 1:
            t = STRING
        elif c.isalpha() or c == "_" or c > "\x7f":
            t = NAME
        elif c.isdigit() or (c == "." and len(tok) > 1):
            t = NUMBER
        elif c == "#":
            comment = Leaf(COMMENT, tok.rstrip(), "  ")
            break
        else:
            t = _OP_TYPES.get(tok, OP)
            if len(tok) == 1:
                if tok not in _SINGLE_OPS:
                    return None   # a quote opening a multi-line string, a semicolon, ...
                if tok in _OPEN_CHARS:
                    depth += 1
                elif tok in _CLOSE_CHARS:
                    depth -= 1
                    if depth < 0:
                        raise Unsupported("unbalanced brackets")
        leaf = Leaf(t, tok, ws if leaves else "", 1)
        leaves.append(leaf)
    if depth:
        return None
    if '"""' in text or "'''" in text:
        # each triple quote must belong to a triple-quoted string token (not start one that
        # goes on over the next lines, which the pattern would read as "" and a string)
        strings = [leaf.value for leaf in leaves if leaf.type == STRING]
        for quote in ('"""', "'''"):
            if text.count(quote) != sum(value.count(quote) for value in strings):
                return None
    for leaf in leaves:
        leaf.orig = leaf.prefix
    return leaves, comment


def _match_brackets(leaves: list[Leaf]) -> list[int]:
    """partner[i]: index of the matching bracket of leaf i (-1 for non-brackets)."""
    partner = [-1] * len(leaves)
    stack: list[int] = []
    for i, leaf in enumerate(leaves):
        t = leaf.type
        if t in OPENING:
            stack.append(i)
        elif t in CLOSING:
            if not stack:
                raise Unsupported("unbalanced")
            j = stack.pop()
            if CLOSE_OF[leaves[j].type] != t:
                raise Unsupported("mismatched brackets")
            partner[i] = j
            partner[j] = i
            leaf.opening = leaves[j]
    if stack:
        raise Unsupported("unbalanced")
    return partner


# numbers normalize_numeric_literal leaves as they are
_NUMBER_OK = re.compile(r"[0-9](?:_?[0-9])*(?:\.[0-9](?:_?[0-9])*)?(?:e-?[0-9](?:_?[0-9])*)?j?"
                        r"|0x[0-9A-F](?:_?[0-9A-F])*|0o[0-7](?:_?[0-7])*|0b[01](?:_?[01])*")


# ---------------------------------------------------------------------------------------------
# string normalization (black/strings.py and LineGenerator.visit_STRING): strings in the lines
# this module lays out must be ones black leaves unchanged

_PLAIN_STRING = re.compile(r'(?:|r|R|b|f|rb|Rb|rf|Rf)"[^"\\\n]*"')   # the common case: stable
_PREFIX_CHARS = "fturbFTURB"
_UNICODE_ESCAPE = re.compile(r"(\\+)(?:u([a-fA-F0-9]{4})|U([a-fA-F0-9]{8})|x([a-fA-F0-9]{2})"
                             r"|N\{([a-zA-Z0-9 \-]{2,})\})")
_ODD_LINE_BREAKS = re.compile("[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\r]")
_FSTRING_FIELD = re.compile(r"(?:(?<!\{)|^)\{([^{].*?)\}(?:(?!\})|$)")


def _string_stable(value: str) -> bool:
    """Does black print this string (not a docstring) unchanged?"""
    if _PLAIN_STRING.fullmatch(value):
        return True
    return _quotes(_prefix(_unicode_escapes(value))) == value


def _unicode_escapes(value: str) -> str:
    """normalize_unicode_escape_sequences: lowercase hex escapes, uppercase \\N names."""
    prefix = value[:len(value) - len(value.lstrip(_PREFIX_CHARS))]
    if "r" in prefix.lower() or "\\" not in value:
        return value

    def fix(m: re.Match[str]) -> str:
        slashes = m.group(1)
        if len(slashes) % 2 == 0:
            return m.group(0)
        if m.group(2):
            return slashes + "u" + m.group(2).lower()
        if m.group(3):
            return slashes + "U" + m.group(3).lower()
        if m.group(4):
            return slashes + "x" + m.group(4).lower()
        return slashes + "N{" + m.group(5).upper() + "}"

    return _UNICODE_ESCAPE.sub(fix, value)


def _prefix(value: str) -> str:
    """normalize_string_prefix: no u, lowercase f and b, r first in a pair."""
    body = value.lstrip(_PREFIX_CHARS)
    prefix = value[:len(value) - len(body)].replace("F", "f").replace("B", "b").replace("U", "").replace("u", "")
    if len(prefix) == 2 and prefix[0].lower() != "r":
        prefix = prefix[::-1]
    return prefix + body


def _sub_twice(pattern: re.Pattern[str], replacement: str, text: str) -> str:
    return pattern.sub(replacement, pattern.sub(replacement, text))


def _quotes(value: str) -> str:
    """normalize_string_quotes: prefer double quotes unless that means more escapes."""
    body_start = value.lstrip(_PREFIX_CHARS)
    if body_start[:3] == '"""':
        return value
    if body_start[:3] == "'''":
        old, new = "'''", '"""'
    elif body_start[0] == '"':
        old, new = '"', "'"
    else:
        old, new = "'", '"'
    first = value.find(old)
    prefix = value[:first]
    unescaped_new = re.compile(r"(([^\\]|^)(\\\\)*)" + new)
    escaped_new = re.compile(r"([^\\]|^)\\((?:\\\\)*)" + new)
    escaped_old = re.compile(r"([^\\]|^)\\((?:\\\\)*)" + old)
    body = value[first + len(old):-len(old)]
    if "r" in prefix.casefold():
        if unescaped_new.search(body):
            return value
        new_body = body
    else:
        new_body = _sub_twice(escaped_new, r"\1\2" + new, body)
        if new_body != body:
            body = new_body
            value = prefix + old + body + old
        new_body = _sub_twice(escaped_old, r"\1\2" + old, new_body)
        new_body = _sub_twice(unescaped_new, r"\1\\" + new, new_body)
    if "f" in prefix.casefold() or "t" in prefix.casefold():
        if any("\\" in field for field in _FSTRING_FIELD.findall(new_body)):
            return value
    if new == '"""' and new_body[-1:] == '"' and (len(new_body) - 1 - len(new_body[:-1].rstrip("\\"))) % 2 == 0:
        new_body = new_body[:-1] + '\\"'
    old_escapes = body.count("\\")
    new_escapes = new_body.count("\\")
    if new_escapes > old_escapes or (new_escapes == old_escapes and old == '"'):
        return value
    return prefix + new + new_body + new


def _lone_string_stable(value: str, depth: int, ll: int) -> bool:
    """Does black print a statement made of this string unchanged, whether or not it is a
    docstring (visit_STRING's docstring handling)?"""
    if _ODD_LINE_BREAKS.search(value) or "\t" in value:
        return False
    plain = _quotes(_prefix(_unicode_escapes(value)))
    if plain != value:
        return False
    prefix = value[:len(value) - len(value.lstrip(_PREFIX_CHARS))]
    if set(prefix) & set("bBfFtT") or re.search(r"\\\s*\n", value):
        return True   # never a docstring, or one black leaves alone
    doc = plain[len(prefix):]
    quote = doc[0]
    quote_len = 3 if doc[1] == quote else 1
    doc = doc[quote_len:-quote_len]
    started_empty = not doc
    indent = "    " * depth
    if quote_len == 3 and "\n" in value:
        doc = _fix_docstring(doc, indent)
    else:
        doc = doc.strip()
    trailing_backslash = False
    if doc:
        if doc[0] == quote:
            doc = " " + doc
        if doc[-1] == quote:
            doc += " "
        if doc[-1] == "\\" and (len(doc) - len(doc.rstrip("\\"))) % 2:
            doc += " "
            trailing_backslash = True
    elif not started_empty:
        doc = " "
    quotes = quote * quote_len
    new = prefix + quotes + doc + quotes
    if quote_len == 3:
        lines = doc.splitlines()
        last = len(lines[-1]) if doc and not doc.endswith("\n") else 0
        if len(lines) > 1 and last + 3 > ll and len(indent) + 3 <= ll and not trailing_backslash:
            if value[-4] != "\n":
                new = prefix + quotes + doc + "\n" + indent + quotes
    return _quotes(_prefix(new)) == value


def _fix_docstring(doc: str, indent: str) -> str:
    """fix_multiline_docstring (PEP 257 indentation handling)."""
    lines = doc.split("\n")
    margin = min((len(line) - len(line.lstrip()) for line in lines[1:] if line.lstrip()), default=None)
    trimmed = [lines[0].strip()]
    if margin is not None:
        last = len(lines) - 2
        for i, line in enumerate(lines[1:]):
            stripped = line[margin:].rstrip()
            trimmed.append(indent + stripped if stripped or i == last else "")
    return "\n".join(trimmed)


def _is_value_end(leaf: Leaf | None) -> bool:
    """Does `leaf` end an operand (so that a following operator is binary)?"""
    if leaf is None:
        return False
    t = leaf.type
    if t == NAME:
        return leaf.value not in _KEYWORDS
    return t in (NUMBER, STRING) or t in CLOSING


class _Analysis:
    """Derives, for a flat token list, the facts black reads from its syntax tree."""

    def __init__(self, leaves: list[Leaf]) -> None:
        self.leaves = leaves
        self.partner = _match_brackets(leaves)
        self.wraps: list[tuple[int, int, str, bool]] = []   # invisible parens around leaves[s:e]
        self.made_invisible: list[Leaf] = []   # existing parentheses black makes invisible
        self.ternaries: list[tuple[int, int]] = []     # (if index, level start)
        self.stmt = ""

    # -- statement level ------------------------------------------------------------------
    def statement(self) -> None:
        leaves = self.leaves
        n = len(leaves)
        first = leaves[0]
        v = first.value if first.type == NAME else ""
        end = n
        if v in ("if", "elif", "while", "for", "def", "class", "else", "try", "finally", "except"):
            if leaves[-1].type != COLON:
                raise Unsupported("compound statement with inline body")
            end = n - 1
        self.stmt = v
        if v in ("if", "elif", "while"):
            self.wrap_child(1, end)
        elif v == "for":
            first.kind = "stmt"
            k = self.find_top(1, end, lambda leaf: leaf.type == NAME and leaf.value == "in")
            if k < 0:
                raise Unsupported("for without in")
            if leaves[1].type == LPAR and self.partner[1] == k - 1:
                # black removes these parentheses even around a tuple (which then splits
                # at its commas: they are a tuple's, not the for target's)
                if leaves[2].type == LPAR and self.partner[2] == k - 2:
                    raise Unsupported("nested parentheses")
                leaves[1].value = leaves[k - 1].value = ""
                leaves[1].remake = leaves[k - 1].remake = True
                self.made_invisible.append(leaves[1])
            else:
                self.wrap_child(1, k)
            self.wrap_child(k + 1, end, keep_ternary=True)
        elif v == "return":
            if n > 1:
                self.wrap_child(1, n)
        elif v == "del":
            self.wrap_child(1, n)
        elif v == "assert":
            k = self.find_top(1, n, lambda leaf: leaf.type == COMMA)
            if k < 0:
                self.wrap_child(1, n)
            else:
                self.wrap_child(1, k)
                self.wrap_child(k + 1, n)
        elif v == "except":
            if end > 1:
                k = self.find_top(1, end, lambda leaf: leaf.type == NAME and leaf.value == "as")
                self.wrap_child(1, k if k >= 0 else end)
        elif v in ("else", "try", "finally"):
            if n != 2:
                raise Unsupported("odd block statement")
        elif v == "from":
            self.import_from()
        elif v == "import":
            first.kind = "import-kw"
            for leaf in leaves[1:]:
                if leaf.type == DOT:
                    leaf.before = 0
        elif v == "def":
            self.funcdef()
        elif v == "class":
            if n >= 4 and leaves[2].type == LPAR and leaves[3].type == RPAR:
                raise Unsupported("class with empty parentheses")
            if n > 2 and leaves[2].type == LPAR:
                leaves[2].kind = "class"
        elif v in ("raise", "pass", "break", "continue", "global"):
            pass
        elif first.type == AT:
            pass
        elif v in ("match", "case", "type") and n > 1 and leaves[1].type in (NAME, STRING, NUMBER, LSQB, LBRACE, OP):
            raise Unsupported("soft keyword statement")
        elif v in _KEYWORDS and v not in ("not",):
            raise Unsupported(f"statement {v}")
        else:
            self.expression_statement()

    def find_top(self, lo: int, hi: int, pred) -> int:
        leaves, partner = self.leaves, self.partner
        i = lo
        while i < hi:
            leaf = leaves[i]
            if leaf.type in OPENING:
                i = partner[i] + 1
                continue
            if pred(leaf):
                return i
            i += 1
        return -1

    def wrap_child(self, lo: int, hi: int, kind: str = "atom", keep_ternary: bool = False) -> None:
        """normalize_invisible_parens for the child leaves[lo:hi]."""
        leaves = self.leaves
        if lo >= hi:
            raise Unsupported("empty child")
        first = leaves[lo]
        if first.type == LPAR and self.partner[lo] == hi - 1 and keep_ternary and self.find_top(
                lo + 1, hi - 1, lambda leaf: leaf.type == NAME and leaf.value == "if") >= 0:
            # a for statement's iterable keeps the parentheses around a conditional expression
            if leaves[lo + 1].type == LPAR and self.partner[lo + 1] == hi - 2:
                raise Unsupported("nested parentheses")
            return
        if first.type == LPAR and self.partner[lo] == hi - 1:
            # an atom in parentheses: black keeps tuples and generators, makes other
            # parentheses invisible (maybe_make_parens_invisible_in_atom)
            if hi - lo == 2 or self.find_top(lo + 1, hi - 1, lambda leaf: leaf.type == COMMA or (
                    leaf.type == NAME and leaf.value in ("for", "async"))) >= 0:
                return
            if leaves[lo + 1].type == LPAR and self.partner[lo + 1] == hi - 2:
                raise Unsupported("nested redundant parentheses")
            first.value = leaves[hi - 1].value = ""
            first.remake = leaves[hi - 1].remake = True
            self.made_invisible.append(first)
            return
        if hi - lo == 1 and first.type == STRING and "\n" in first.value:
            raise Unsupported("multiline string child")
        k = self.find_top(lo, hi, lambda leaf: leaf.type == COMMA)
        if k >= 0 and self.find_top(k + 1, hi, lambda leaf: leaf.type == COMMA) < 0 and k == hi - 1:
            raise Unsupported("one-tuple")
        # made visible, parentheses around a tuple stay visible in black's second pass
        self.wraps.append((lo, hi, kind, k < 0))

    def import_from(self) -> None:
        leaves = self.leaves
        leaves[0].kind = "import-kw"
        k = -1
        for i, leaf in enumerate(leaves):
            if leaf.type == DOT:
                leaf.before = 0
            if leaf.type == NAME and leaf.value == "import" and k < 0:
                k = i
        if k < 0 or k + 1 >= len(leaves):
            raise Unsupported("odd import")
        nxt = leaves[k + 1]
        if nxt.type == STAR:
            return
        if nxt.type == LPAR:
            if self.partner[k + 1] != len(leaves) - 1:
                raise Unsupported("odd import")
            nxt.value = ""
            leaves[-1].value = ""
            nxt.kind = "import"
            nxt.remake = leaves[-1].remake = True
            self.made_invisible.append(nxt)
            return
        self.wraps.append((k + 1, len(leaves), "import", True))

    def funcdef(self) -> None:
        leaves = self.leaves
        n = len(leaves)
        leaves[0].kind = "def-kw"
        if n < 5 or leaves[1].type != NAME or leaves[2].type != LPAR:
            raise Unsupported("odd def")
        close = self.partner[2]
        leaves[2].kind = "params"
        # parameters: mark annotations; reject annotations black would parenthesize
        i = 3
        state = "name"
        start = 3
        while i < close:
            leaf = leaves[i]
            t = leaf.type
            if t in OPENING:
                if state == "annot":
                    for j in range(i, self.partner[i] + 1):
                        leaves[j].annot = "param"
                i = self.partner[i] + 1
                continue
            if t == COLON:
                state = "annot"
                start = i + 1
                if i + 1 < close and leaves[i + 1].type in OPENING:
                    raise Unsupported("bracketed parameter annotation")
            elif t == EQUAL:
                if state == "annot":
                    self.check_param_annotation(start, i)
                state = "default"
            elif t == COMMA:
                if state == "annot":
                    self.check_param_annotation(start, i)
                state = "name"
            elif state == "annot":
                leaf.annot = "param"
            i += 1
        if state == "annot":
            self.check_param_annotation(start, close)
        rest = close + 1
        if leaves[rest].type == RARROW:
            if rest + 1 >= n - 1:
                raise Unsupported("odd return annotation")
            for j in range(rest + 1, n - 1):
                leaves[j].annot = "return"
            self.wrap_child(rest + 1, n - 1)   # visit_funcdef: like normalize_invisible_parens
        elif rest != n - 1:
            raise Unsupported("odd def")

    def check_param_annotation(self, lo: int, hi: int) -> None:
        if self.find_top(lo, hi, lambda leaf: leaf.type == OP and leaf.value == "|") >= 0:
            raise Unsupported("union annotation in a parameter")

    def expression_statement(self) -> None:
        leaves = self.leaves
        n = len(leaves)
        bounds = []
        annot = -1
        i = 0
        while i < n:
            leaf = leaves[i]
            t = leaf.type
            if t in OPENING:
                i = self.partner[i] + 1
                continue
            if t == EQUAL or (t == OP and leaf.value in _AUGASSIGN):
                bounds.append(i)
            elif t == COLON and not bounds and annot < 0:
                annot = i
            elif t == OP and leaf.value == ":=":
                raise Unsupported("walrus")
            i += 1
        if annot >= 0 or bounds:
            target_end = annot if annot >= 0 else bounds[0]
            if leaves[0].type in OPENING or self.find_top(0, target_end, lambda leaf: leaf.type == COMMA) >= 0:
                raise Unsupported("parenthesized or tuple target")
            if annot >= 0:
                self.wrap_child(annot + 1, bounds[0] if bounds else n)
            for j, k in enumerate(bounds):
                self.wrap_child(k + 1, bounds[j + 1] if j + 1 < len(bounds) else n)
            return
        # a bare expression: black wraps arithmetic in invisible parens; we do not model that
        i = 0
        while i < n:
            leaf = leaves[i]
            if leaf.type in OPENING:
                i = self.partner[i] + 1
                continue
            if leaf.type in (OP, STAR, DOUBLESTAR, AT, COMMA) or (leaf.type == NAME and leaf.value in _KEYWORDS):
                raise Unsupported("expression statement with operators")
            i += 1

    # -- expression level -------------------------------------------------------------------
    def classify(self) -> None:
        leaves = self.leaves
        partner = self.partner
        stmt = self.stmt
        import_stmt = stmt in ("from", "import")
        # per level state: [comp_for_seen, for_pending]
        # per bracket level: [a comprehension `for` seen, waiting for a `for`'s `in`,
        # index of the opening bracket, its commas are an arglist's, in a comprehension's target]
        levels: list[list] = [[False, False, -1, False, False]]
        prev = None
        n = len(leaves)
        for i in range(n):
            leaf = leaves[i]
            t = leaf.type
            state = levels[-1]
            if t == NAME:
                v = leaf.value
                if v in _UNSUPPORTED_NAMES:
                    raise Unsupported(v)
                if v == "for":
                    if i > 0 or stmt != "for":
                        leaf.before = COMPREHENSION_PRIORITY
                        state[0] = True
                        state[4] = True
                    state[1] = True
                elif v == "in":
                    if state[1]:
                        state[4] = False
                        state[1] = False
                    else:
                        leaf.before = DYN_IN
                elif v == "if":
                    if i == 0:
                        pass
                    elif state[0]:
                        leaf.before = COMPREHENSION_PRIORITY
                    else:
                        leaf.before = TERNARY_PRIORITY
                        self.ternaries.append((i, state[2]))
                elif v == "else":
                    if i > 0:
                        leaf.before = TERNARY_PRIORITY
                elif v == "not":
                    nxt = leaves[i + 1] if i + 1 < n else None
                    if (prev is not None and prev.type == NAME and prev.value == "is") or (
                            nxt is not None and nxt.type == NAME and nxt.value == "in"):
                        leaf.before = DYN_NOT
                elif v == "is":
                    leaf.before = COMPARATOR_PRIORITY
                elif v == "and" or v == "or":
                    leaf.before = LOGIC_PRIORITY
                elif v in ("match", "case", "type", "print"):
                    pass
            elif t == STRING:
                leaf.before = DYN_STRING
                if "\n" in leaf.value:
                    raise Unsupported("multiline string")
                if not _string_stable(leaf.value):
                    raise Unsupported("a string black would normalize")
            elif t == NUMBER:
                if not _NUMBER_OK.fullmatch(leaf.value):
                    raise Unsupported("a number black would normalize")
            elif t == DOT:
                if not import_stmt:
                    leaf.before = DYN_DOT
                if prev is not None and prev.type == NUMBER:
                    raise Unsupported("attribute of a number")
            elif t == COMMA:
                # a comprehension's target commas are no delimiters; a for statement's are,
                # its target being wrapped in invisible parentheses
                leaf.after = 0 if state[1] and state[4] else COMMA_PRIORITY
                leaf.argcomma = state[3]
            elif t in (OP, STAR, DOUBLESTAR, AT):
                v = leaf.value
                if v in _COMPARATOR_OPS:
                    leaf.before = COMPARATOR_PRIORITY
                elif v in MATH_PRIORITIES:
                    if _is_value_end(prev) and not (v in ("*", "/") and self.is_param_marker(i)):
                        if v == "**":
                            raise Unsupported("power operator")
                        if v == "~":
                            raise Unsupported("binary ~")
                        leaf.before = MATH_PRIORITIES[v]
                    elif t == AT and i == 0:
                        pass
                elif v == ":=":
                    raise Unsupported("walrus")
            if t in OPENING:
                if t == LPAR:
                    if leaf.kind == "":
                        leaf.kind = "trailer" if _is_value_end(prev) else "atom"
                elif t == LSQB:
                    leaf.kind = "trailer" if _is_value_end(prev) else "atom"
                else:
                    leaf.kind = "atom"
                argcomma = t == LPAR and leaf.kind in ("trailer", "params", "class")
                levels.append([False, False, i, argcomma, False])
            elif t in CLOSING:
                levels.pop()
                leaf.kind = leaf.opening.kind  # type: ignore[union-attr]
            prev = leaf
        self.check_redundant_atom_parens()

    def is_param_marker(self, i: int) -> bool:
        """`*` or `/` as a bare marker in a def's parameter list."""
        nxt = self.leaves[i + 1] if i + 1 < len(self.leaves) else None
        return self.stmt == "def" and nxt is not None and nxt.type in (COMMA, RPAR)

    def check_redundant_atom_parens(self) -> None:
        """black's visit_atom makes the parentheses in `[(x)]` and `{(x)}` invisible."""
        leaves, partner = self.leaves, self.partner
        for i, leaf in enumerate(leaves):
            if leaf.type in (LSQB, LBRACE) and leaf.kind == "atom" and i + 1 < len(leaves):
                inner = leaves[i + 1]
                close = partner[i + 1]
                if inner.type == LPAR and close + 1 == partner[i] and close > i + 2 and self.find_top(
                        i + 2, close, lambda x: x.type == COMMA or (x.type == NAME and x.value == "for")) < 0:
                    if leaves[i + 2].type == LPAR and partner[i + 2] == close - 1:
                        raise Unsupported("nested redundant parentheses")
                    inner.value = leaves[close].value = ""
                    inner.remake = leaves[close].remake = True
                    self.made_invisible.append(inner)

    def ternary_wraps(self) -> None:
        leaves, partner = self.leaves, self.partner
        stmt_wraps = {(s, e) for s, e, _, _ in self.wraps}
        for k, level_start in self.ternaries:
            lo = level_start + 1
            hi = partner[level_start] if level_start >= 0 else len(leaves)
            if level_start < 0 and self.stmt in ("if", "elif", "while", "for", "def", "class", "except"):
                hi = len(leaves) - 1
            # start: walk back over the or_test
            j = k - 1
            while j >= lo:
                leaf = leaves[j]
                t = leaf.type
                if t in CLOSING:
                    j = partner[j] - 1
                    continue
                if t in (COMMA, COLON, EQUAL, RARROW) or t in OPENING:
                    break
                if t == OP and leaf.value in _AUGASSIGN:
                    break
                if t in (STAR, DOUBLESTAR) and not _is_value_end(leaves[j - 1] if j > 0 else None):
                    raise Unsupported("star in a ternary")
                if t == NAME and leaf.value in ("return", "else", "assert", "del", "import", "from",
                                                "raise", "if", "elif", "while", "for"):
                    if leaf.value in ("if", "for") and j != 0:
                        raise Unsupported("ternary context")
                    break
                if t == NAME and leaf.value == "in" and leaf.before == 0:
                    break  # the `in` of a for statement
                j -= 1
            start = j + 1
            # the matching else
            m = k + 1
            while m < hi:
                leaf = leaves[m]
                if leaf.type in OPENING:
                    m = partner[m] + 1
                    continue
                if leaf.type == NAME and leaf.value == "else":
                    break
                m += 1
            if m >= hi:
                raise Unsupported("ternary without else")
            j = m + 1
            while j < hi:
                leaf = leaves[j]
                t = leaf.type
                if t in OPENING:
                    j = partner[j] + 1
                    continue
                if t in (COMMA, COLON, EQUAL) or t in CLOSING:
                    break
                if t == NAME and leaf.value in ("for", "as", "from", "async"):
                    break
                j += 1
            end = j
            if (start, end) in stmt_wraps:
                continue
            if start > 0 and leaves[start - 1].type == LPAR and partner[start - 1] == end:
                continue
            self.wraps.append((start, end, "atom", False))

    def build(self) -> list[Leaf]:
        """The leaves with the invisible parentheses inserted."""
        leaves = self.leaves
        if not self.wraps:
            out = leaves
        else:
            opens: dict[int, list[tuple[int, str, bool]]] = {}
            closes: dict[int, int] = {}
            for s, e, kind, remake in self.wraps:
                opens.setdefault(s, []).append((e, kind, remake))
                closes[e - 1] = closes.get(e - 1, 0) + 1
            out = []
            stack: list[tuple[Leaf, int]] = []
            for i, leaf in enumerate(leaves):
                if i in opens:
                    for e, kind, remake in sorted(opens[i], key=lambda x: -x[0]):
                        lpar = Leaf(LPAR, "", leaf.prefix)
                        lpar.orig = leaf.orig
                        lpar.kind = kind
                        lpar.remake = remake
                        leaf.prefix = leaf.orig = ""
                        out.append(lpar)
                        stack.append((lpar, len(out) - 1))
                out.append(leaf)
                for _ in range(closes.get(i, 0)):
                    lpar, at = stack.pop()
                    rpar = Leaf(RPAR, "")
                    rpar.kind = lpar.kind
                    rpar.remake = lpar.remake
                    rpar.opening = lpar
                    out.append(rpar)
                    lpar.natom = rpar.natom = len(out) - at
        for lpar in self.made_invisible:
            at = out.index(lpar)
            rpar = next(leaf for leaf in out[at:] if leaf.opening is lpar)
            lpar.natom = rpar.natom = out.index(rpar, at) - at + 1
        return out


def _make_line(leaves: list[Leaf], comment: Leaf | None, depth: int) -> Line:
    analysis = _Analysis(leaves)
    analysis.statement()
    analysis.classify()
    analysis.ternary_wraps()
    line = Line(depth)
    line.extend(analysis.build(), True)
    if comment is not None:
        line.append(comment)
    return line


_COMMENT_OK = re.compile(r"#(?: \S(?:.*\S)?)?")


def _format_logical(leaves: list[Leaf], comment: Leaf | None, depth: int, ll: int, text: str) -> str:
    """The logical line `text` (tokenized as `leaves` and `comment`) as black writes it."""
    key = _shape(leaves, comment, depth, ll)
    template = _MEMO.get(key)
    if template is None:
        try:
            _check_comment(comment)
            results = _transform_line(_make_line(leaves, comment, depth), ll, False)
            out = "".join(str(result) + "\n" for result in results)
            if out != text and (comment is not None or _second_pass_differs(results)):
                # black formats its own output once more (format_str's second pass)
                leaves2, comment2, _, _ = _tokenize(out, 0)
                results = _transform_line(_make_line(leaves2, comment2, depth), ll, False)
        except Unsupported as e:
            template = e
        else:
            template = _template(results)
        if len(_MEMO) > 50000:
            _MEMO.clear()
        _MEMO[key] = template
    if isinstance(template, Unsupported):
        raise template
    return _fill(template, leaves)  # type: ignore[arg-type]


# The layout of a logical line depends only on its shape: the kinds of its tokens, the values
# of keywords, operators and brackets, the lengths (and columns) of names, strings and numbers,
# whether black would normalize a string or a number, the whitespace, and the comment.  Lines
# of one shape are laid out once; the others fill the names, strings and numbers in.
_MEMO: dict[tuple, object] = {}
_SPECIAL_NAMES = _KEYWORDS | {"True", "False", "None", "print", "exec", "match", "case", "type"}


def _is_variable(leaf: Leaf) -> bool:
    t = leaf.type
    return t == STRING or t == NUMBER or (t == NAME and leaf.value not in _SPECIAL_NAMES)


def _shape(leaves: list[Leaf], comment: Leaf | None, depth: int, ll: int) -> tuple:
    key: list[object] = [depth, ll, comment.value if comment is not None else None]
    for leaf in leaves:
        t = leaf.type
        v = leaf.value
        if t == NAME and v not in _SPECIAL_NAMES:
            key.append(len(v) if v.isascii() else (len(v), _str_width(v)))
        elif t == STRING:
            key.append(("s", len(v) if v.isascii() else (len(v), _str_width(v)), _string_stable(v), "\n" in v))
        elif t == NUMBER:
            key.append(("n", len(v), bool(_NUMBER_OK.fullmatch(v))))
        else:
            key.append(v)
        key.append(leaf.prefix)
        key.append(leaf.lineno)
    return tuple(key)


def _template(results: list[Line]) -> list[str]:
    """The output text split where the names, strings and numbers go (they keep their order)."""
    parts = []
    for line in results:
        leaves = line.leaves
        parts.append(leaves[0].prefix + "    " * line.depth)
        for i, leaf in enumerate(leaves):
            if i:
                parts.append(leaf.prefix)
            parts.append("\x00" if _is_variable(leaf) else leaf.value)
        for comments in line.comments.values():
            for comment in comments:
                parts.append(comment.prefix + comment.value)
        parts.append("\n")
    return "".join(parts).split("\x00")


def _fill(template: list[str], leaves: list[Leaf]) -> str:
    values = [leaf.value for leaf in leaves if _is_variable(leaf)]
    if len(values) + 1 != len(template):
        raise Unsupported("the layout lost a token")
    out = [template[0]]
    for value, text in zip(values, template[1:]):
        out.append(value)
        out.append(text)
    return "".join(out)


def _second_pass_differs(results: list[Line]) -> bool:
    """Can black's second pass read the first pass's output differently?  Only if the first
    added trailing commas (they are magic then) or made visible parentheses that the second
    does not make invisible again; otherwise it sees the same leaves and decides the same."""
    for line in results:
        for leaf in line.leaves:
            if leaf.lineno == 0 and (leaf.type == COMMA or (
                    leaf.value and leaf.type in (LPAR, RPAR) and not leaf.remake)):
                return True
    return False


def _check_comment(comment: Leaf | None) -> None:
    if comment is not None:
        value = comment.value
        if not _COMMENT_OK.fullmatch(value) or "\N{NO-BREAK SPACE}" in value:
            raise Unsupported("comment black would normalize")
        if _is_type_comment(value):
            body = value[1:].split(":", 1)
            if value != "# " + body[0].strip() + ": " + body[1].strip():
                raise Unsupported("type comment black would normalize")


# ---------------------------------------------------------------------------------------------
# the module scan

class _Patterns:
    """The scanning patterns for one line length.  They measure lines in characters; lines
    with east asian wide characters are checked separately (see `_wide_lines`)."""

    def __init__(self, ll: int) -> None:
        plain = r"[^()\[\]{}\"'#\\;\n]"
        plain_nc = r"[^()\[\]{}\"'#\\;,\n]"
        # double-quoted strings without escaped quotes: black keeps them as they are (it
        # would rewrite single-quoted ones), so lines with others take the slow path
        # (no u/U/F/B prefix, no escaped quote, no \x \u \U \N escape: black rewrites those)
        string = r'(?<![uUFB])(?<![fb][rR])"[^"\\\n]*+(?:\\[^"\'\nxuUN][^"\\\n]*+)*+"'
        one_tuple = r"(?<![\w)\]}\" ])\((?:" + string + r"|\w++),\)"
        unit = plain + "++|" + string
        for _ in range(6):
            group = r"[(\[{](?:" + unit + r")*+(?<!,)(?<!, )[)\]}]"
            unit = plain + "++|" + string + "|" + one_tuple + "|" + group
        fits = r"(?=[^\n]{0,%d}\n)" % ll
        # runs of lines black keeps as they are: those no longer than the line length, with
        # brackets balanced within the line (nested at most 6 deep; the kinds of brackets are
        # not matched: template output is valid Python), no backslash or semicolon, no comma
        # right before a closing bracket (but in a one-element tuple), simple strings, maybe a
        # comment at the end; and one-line docstrings of any length
        docstring = r' *+"""(?=[^\s"])[^"\\\n]*+(?:"(?!"")[^"\\\n]*+)*+(?<=[^\s"])"""\n'
        self.good = re.compile(r"(?:%s(?:%s)*+(?:#[^\n]*+)?\n|%s)*+" % (fits, unit, docstring)).match
        # the entries of an exploded display or call: one per line, each ending with its comma
        entry = r"%s%%s(?! )(?:%s++|%s|%s|%s)++,\n" % (fits, plain_nc, string, one_tuple, group)
        self.entries = r"(?:%s)*+" % entry.replace("%%s", "%s")  # completed per indentation
        self._entries: dict[int, re.Pattern[str]] = {}
        # fragments for the fast paths (contents balanced within the line)
        balanced = r"(?:%s)*+" % unit
        self.flatten = re.compile(r"%s|[(\[{]%s[)\]}]" % (string, balanced)).sub
        self.balanced = re.compile(balanced).fullmatch
        # a statement ending with its last bracket pair: `raise f(a).at(` + body + `)`
        self.call_chain = re.compile(r"(?:raise )?%s(?:[(\[]%s[)\]]|\.%s)*" % (
            _DOTTED, balanced, _NAME)).fullmatch
        self.funcdef = re.compile(r"def (?P<name>%s)\((?P<params>%s)\)(?P<ret>.*):" % (
            _NAME, balanced)).fullmatch
        # a line holding just a string (a docstring), or code and a comment
        # a one-line docstring black keeps: no prefix, no space or quote at either end
        self.lone_string = re.compile(
            r'"""(?=[^\s"])[^"\\\n]*+(?:"(?!"")[^"\\\n]*+)*+(?<=[^\s"])"""').fullmatch
        self.code_comment = re.compile(r"(?:%s)*+#[^\n]*" % unit).fullmatch

    def entry_run(self, indent: int):
        pattern = self._entries.get(indent)
        if pattern is None:
            pattern = self._entries[indent] = re.compile(self.entries % (" " * indent))
        return pattern.match


_PATTERNS: dict[int, _Patterns] = {}
_MAGIC = re.compile(r",\s*[)\]}]")


def _patterns(ll: int) -> _Patterns:
    patterns = _PATTERNS.get(ll)
    if patterns is None:
        patterns = _PATTERNS[ll] = _Patterns(ll)
    return patterns


_PAREN_CHILD = re.compile(r"(?:[^=!<>]=|\b(?:return|if|elif|while|in|assert|del|for|except))\Z")


def _paren_lines(source: str) -> list[int]:
    """Starts of the lines black may change though they fit: ` (` after `=` or a keyword (it
    may drop the parentheses), ` ** ` (it hugs simple operands)."""
    starts = []
    at = source.find(" (")
    while at >= 0:
        if _PAREN_CHILD.search(source, max(0, at - 7), at):
            starts.append(source.rfind("\n", 0, at) + 1)
        at = source.find(" (", at + 2)
    for marker in (" ** ", "[(", "{("):   # black hugs `**`, may drop parentheses in `[(x)]`
        at = source.find(marker)
        while at >= 0:
            starts.append(source.rfind("\n", 0, at) + 1)
            at = source.find(marker, at + 2)
    return starts


def _wide_lines(source: str, ll: int) -> list[int]:
    """Starts of the lines that fit in `ll` characters but not in `ll` columns."""
    starts: list[int] = []
    for m in _WIDE.finditer(source):
        if _is_wide(m.group()):
            start = source.rfind("\n", 0, m.start()) + 1
            if starts and starts[-1] == start:
                continue
            end = source.find("\n", m.start())
            if _str_width(source[start:end]) > ll:
                starts.append(start)
    return starts


def layout(source: str, line_length: int = 88) -> str | None:
    """black.format_str(source, mode=black.Mode(line_length=line_length)) for template output, or None when
    `source` holds something this module does not handle (the caller then runs black on that module).

    The mode is black's with target versions Python 3.10 or later (what generator/format.py uses;
    for this code it makes no difference which).  Lines that fit are kept as they are (the
    templates write them black's way) unless black would change them all the same: a magic
    trailing comma, parentheses it removes, `**` it hugs.  `source` is not checked to be valid
    Python: black would reject some texts this returns unchanged."""
    if not source.endswith("\n") or "\r" in source or "\t" in source or "\f" in source \
            or "\\\n" in source or " \n" in source or "fmt:" in source or "\x00" in source:
        return None   # black would strip, expand or keep (fmt: off) what this module does not model
    # lines the fast paths must not vouch for: wider than they are long, or with parentheses
    # where black may remove them (the general algorithm lays those out)
    forced = sorted(set(([] if source.isascii() else _wide_lines(source, line_length))
                        + _paren_lines(source)))
    patterns = _patterns(line_length)
    good = patterns.good
    out: list[str] = []
    pos = 0
    n = len(source)
    try:
        while True:
            end = good(source, pos).end()  # type: ignore[union-attr]  # matches the empty run
            if forced:
                end = min([end] + [start for start in forced if pos <= start < end])
            if end > pos:
                out.append(source[pos:end])
                pos = end
            if pos >= n:
                break
            text, pos = _logical(source, pos, line_length, patterns, forced)
            out.append(text)
    except Exception:  # Unsupported, or anything unexpected: black decides
        return None
    return "".join(out)


def _logical(source: str, pos: int, ll: int, patterns: _Patterns, forced_lines: list[int]) -> tuple[str, int]:
    """Format the logical line starting at `pos`; returns (text, position after it).

    `forced_lines` (starts of lines) go to the general algorithm, no fast path."""
    eol = source.index("\n", pos)
    physical = source[pos:eol]
    stripped = physical.lstrip(" ")
    indent = len(physical) - len(stripped)
    if not stripped or stripped[0] == "#":
        return physical + "\n", eol + 1   # blank line or standalone comment: black keeps them
    if indent % 4:
        raise Unsupported("indentation")
    forced = bool(forced_lines) and pos in forced_lines
    if _FAST and not forced:
        text = _fast_single(physical, stripped, indent, ll, patterns)
        if text is not None:
            return text, eol + 1
        end = _fast_multiline_string(source, pos + indent, eol, ll)
        if end:
            return source[pos:end], end
        if stripped[-1] in "([{":
            block = _fast_block(source, pos, eol + 1, stripped, indent, ll, patterns)
            if block is not None and not any(pos < start < block[1] for start in forced_lines):
                return block
    line = _tokenize_line(stripped)
    if line is not None:
        leaves, comment = line
        end = eol + 1
        nlines = 1
    else:
        leaves, comment, end, nlines = _tokenize(source, pos)
    if not leaves:
        raise Unsupported("empty logical line")
    text = source[pos:end]
    if len(leaves) == 1 and leaves[0].type == STRING and comment is None:
        # a lone string (a docstring): black never splits it, but may normalize it
        if not _lone_string_stable(leaves[0].value, indent // 4, ll):
            raise Unsupported("a docstring black would normalize")
        return text, end
    if nlines == 1 and not forced and _str_width(physical) <= ll and not _MAGIC.search(physical):
        for leaf in leaves:
            if leaf.type == STRING and not _string_stable(leaf.value):
                raise Unsupported("a string black would normalize")
        return text, end
    return _format_logical(leaves, comment, indent // 4, ll, text), end


# ---------------------------------------------------------------------------------------------
# fast paths: the commonest template shapes, laid out without tokenizing.  Each one produces
# exactly what the general algorithm above produces for that shape (the reasoning is in the
# comments; tests compare both on the corpus).

_FAST = True
_NAME = r"[A-Za-z_][A-Za-z0-9_]*"
_DOTTED = _NAME + r"(?:\." + _NAME + r")*"
_SIMPLE_ITEM = r'(?:"[^"\\\n]*"|%s|-?[0-9]+)' % _DOTTED
_IMPORT = re.compile(r"from (\.*(?:%s)?) import (%s(?: as %s)?(?:, %s(?: as %s)?)*)" % (
    _DOTTED, _NAME, _NAME, _NAME, _NAME))
_IMPORT_NAME = re.compile(r"%s(?: as %s)?" % (_NAME, _NAME))
_ANNOTATION = r"[A-Za-z_][A-Za-z0-9_.]*(?:\[[A-Za-z0-9_., \[\]]*\])?"
# TARGET[: ANNOTATION] = CALLEE(ITEMS) / CALLEE[ITEMS] / [ITEMS] / {ITEMS}, or CALLEE((ITEMS)) etc.
_ASSIGN_BRACKET = re.compile(
    r"(?P<target>%s)(?P<ann>: %s)? = (?P<callee>%s)?(?P<open>[(\[{])(?P<body>.*)(?P<close>[)\]}])" % (
        _DOTTED, _ANNOTATION, _DOTTED))
_ITEMS = re.compile(r"%s(?:, %s)*" % (_SIMPLE_ITEM, _SIMPLE_ITEM))
_ITEM = re.compile(_SIMPLE_ITEM)
_NESTED_ITEMS = re.compile(r"(?P<open>[({])(?P<items>%s(?:, %s)*)(?P<comma>,?)(?P<close>[)}])" % (
    _SIMPLE_ITEM, _SIMPLE_ITEM))
_EXTRAS = re.compile(r"(?P<k>%s): (?P<v>%s) for (?P=k), (?P=v) in (?P<src>%s\(\)) if (?P=k) not in (?P<keys>%s)" % (
    _NAME, _NAME, _DOTTED, _NAME))
_PAIR = {"(": ")", "[": "]", "{": "}"}
_LOGIC = re.compile(r" (?:and|or) ")


def _fast_single(physical: str, stripped: str, indent: int, ll: int, patterns: _Patterns) -> str | None:
    """Layouts of single physical lines that need no tokenizing, or None."""
    if _str_width(physical) <= ll and not _MAGIC.search(physical) and stripped[-1] not in "([{,":
        # short, no magic comma: it stays if it is a complete line (a comment may end it)
        if patterns.code_comment(stripped) or patterns.lone_string(stripped):
            return physical + "\n"
        return None
    if patterns.lone_string(stripped):
        return physical + "\n"   # a one-line docstring: never split
    if not _numbers_stable(stripped):
        return None
    if stripped.startswith("from "):
        m = _IMPORT.fullmatch(stripped)
        if m is None:
            return None
        # rhs on the invisible parentheses around the names (imports never omit them): head,
        # the names each on a line with a trailing comma (delimiter_split), the closing paren
        ind = " " * indent
        inner = ind + "    "
        names = _IMPORT_NAME.findall(m.group(2))
        return "%sfrom %s import (\n%s%s)\n" % (
            ind, m.group(1), "".join(inner + name + ",\n" for name in names), ind)
    m = _ASSIGN_BRACKET.fullmatch(stripped)
    if m is not None:
        return _fast_assign(m, indent, ll)
    if _MAGIC.search(stripped):
        return None
    first = stripped[:3]
    if first in ("if ", "eli", "whi"):
        return _fast_condition(stripped, indent, ll, patterns)
    if first == "def":
        return _fast_def(stripped, indent, ll, patterns)
    if stripped[-1] == ")" and patterns.call_chain(stripped):
        return _fast_call_chain(stripped, indent, ll, patterns)
    return None


_NUMBERS = re.compile(r"(?<![\w.])(?:[0-9][\w.]*|\.[0-9]\w*)")


def _numbers_stable(text: str) -> bool:
    """No number black would rewrite (`1.` or `0XFF`, say; digits in strings may say no too)."""
    return all(_NUMBER_OK.fullmatch(number) for number in _NUMBERS.findall(text))


_BRACKETS_AND_STRINGS = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|[()\[\]{}]')


_TRIPLE = re.compile(r'[rR]?"""')


def _fast_multiline_string(source: str, start: int, eol: int, ll: int) -> int:
    """A string statement over several lines (a docstring) that black keeps: its end, or 0."""
    m = _TRIPLE.match(source, start, eol)
    if m is None:
        return 0
    close = source.find('"""', m.end())
    if close < eol or "\\" in source[m.end():close] or not source.startswith("\n", close + 3):
        return 0
    line_start = source.rfind("\n", 0, start) + 1
    if not _lone_string_stable(source[start:close + 3], (start - line_start) // 4, ll):
        return 0
    return close + 4


def _top_groups(text: str) -> list[tuple[int, int]]:
    """(opening, closing) positions of the bracket pairs at the top level of `text`."""
    groups = []
    depth = 0
    start = 0
    for m in _BRACKETS_AND_STRINGS.finditer(text):
        ch = m.group()
        if ch in "([{":
            if depth == 0:
                start = m.start()
            depth += 1
        elif ch in ")]}":
            depth -= 1
            if depth == 0:
                groups.append((start, m.start()))
    return groups


def _fast_call_chain(stripped: str, indent: int, ll: int, patterns: _Patterns) -> str | None:
    """`raise f(a).g(b)` or a call statement: no invisible parentheses, no magic comma.

    generate_trailers_to_omit yields the trailers from the end while the text after them fits;
    the first attempt whose head fits is taken: head / body / rest of the line."""
    groups = _top_groups(stripped)
    if not groups or any(c == o + 1 for o, c in groups):
        return None   # empty brackets make the omit sequence irregular
    ind = " " * indent
    for k, (o, c) in enumerate(reversed(groups)):
        if k and indent + len(stripped) - c > ll:
            return None
        head = ind + stripped[:o + 1]
        if _str_width(head) <= ll:
            break
    else:
        return None
    tail = ind + stripped[c:]
    if _str_width(tail) > ll:
        return None
    body = _fast_body(stripped[o + 1:c], indent + 4, ll, patterns)
    if body is None:
        return None
    return head + "\n" + body + tail + "\n"


def _fast_body(content: str, indent: int, ll: int, patterns: _Patterns) -> str | None:
    """The body of a split at a call's (or subscript's) brackets: the line inside them."""
    ind = " " * indent
    line = ind + content
    if _str_width(line) <= ll:
        return line + "\n"
    if not content or "lambda" in content:
        return None
    flat = patterns.flatten(lambda m: "x" * len(m.group()), content)
    if "," in flat:
        # delimiter_split at the commas, adding a trailing comma
        parts = _split_at(content, flat, ",")
        lines = [ind + part.strip() + ",\n" for part in parts]
        if any(_str_width(x) > ll + 1 for x in lines) or " for " in flat:
            return None
        return "".join(lines)
    if content[0] in "([{" and _PAIR[content[0]] == content[-1] and len(_top_groups(content)) == 1:
        # one display: delimiter_split finds no delimiter, rhs splits at its brackets and the
        # items explode when there are several (should_split_line on an atom)
        inner = content[1:-1]
        flat = patterns.flatten(lambda m: "x" * len(m.group()), inner)
        if not inner or " for " in flat or ":" in flat:
            return None
        ind2 = ind + "    "
        if "," in flat:
            lines = [ind2 + part.strip() + ",\n" for part in _split_at(inner, flat, ",")]
        else:
            lines = [ind2 + inner + "\n"]
        if any(_str_width(x) > ll + 1 for x in lines):
            return None
        return ind + content[0] + "\n" + "".join(lines) + ind + content[-1] + "\n"
    return None


def _split_at(text: str, flat: str, sep: str) -> list[str]:
    """`text` split at the occurrences of `sep` in its flattened copy (same length)."""
    parts = []
    start = 0
    at = flat.find(sep)
    while at >= 0:
        parts.append(text[start:at])
        start = at + len(sep)
        at = flat.find(sep, start)
    parts.append(text[start:])
    return parts


def _fast_condition(stripped: str, indent: int, ll: int, patterns: _Patterns) -> str | None:
    """`if A and B:` (or/elif/while): the invisible parentheses stay (two or more boolean
    operators, or one and no bracket at either end), so rhs gives `if (` / condition / `):`."""
    kw, _, cond = stripped.partition(" ")
    if kw not in ("if", "elif", "while") or cond[-1:] != ":":
        return None
    cond = cond[:-1]
    if not patterns.balanced(cond):
        return None
    flat = patterns.flatten(lambda m: "x" * len(m.group()), cond)
    if any(word in flat for word in (",", " if ", " else ", "lambda", ":=", " for ", "await", "yield")):
        return None
    logic = flat.count(" and ") + flat.count(" or ")
    if logic == 0 or (logic == 1 and (cond[0] in "([{" or cond[-1] in ")]}")):
        return None
    ind = " " * indent
    body = ind + "    " + cond
    if _str_width(body) > ll:
        # delimiter_split before each `and`/`or` (the highest priority left)
        cuts = [0] + [m.start() + 1 for m in _LOGIC.finditer(flat)] + [len(cond)]
        lines = [ind + "    " + cond[a:b].strip() for a, b in zip(cuts, cuts[1:])]
        if any(_str_width(x) > ll for x in lines):
            return None
        body = "\n".join(lines)
    return "%s%s (\n%s\n%s):\n" % (ind, kw, body, ind)


def _fast_def(stripped: str, indent: int, ll: int, patterns: _Patterns) -> str | None:
    """`def f(params) -> R:` without defaults: left_hand_split gives `def f(` / the parameters
    (with a trailing comma added when they have no top-level comma) / `) -> R:`."""
    m = patterns.funcdef(stripped)
    if m is None:
        return None
    params = m.group("params")
    ret = m.group("ret")
    if ret and not (ret.startswith(" -> ") and patterns.balanced(ret[4:])):
        return None
    if not params or "=" in params or "|" in params or params[0] == " " or ret[4:5] in ("\"", "'"):
        return None
    ind = " " * indent
    head = "%sdef %s(" % (ind, m.group("name"))
    body = ind + "    " + params
    if "," not in patterns.flatten("x", params):
        body += ","
    tail = "%s)%s:" % (ind, ret)
    if _str_width(head) > ll or _str_width(body) > ll or _str_width(tail) > ll:
        return None
    return "%s\n%s\n%s\n" % (head, body, tail)


def _fast_assign(m: re.Match[str], indent: int, ll: int) -> str | None:
    """`TARGET[: ANN] = VALUE` whose value ends with its only top-level bracket pair.

    The invisible parentheses around VALUE can be omitted (the body has no delimiters), and the
    split at VALUE's last bracket pair is preferred (the target has no brackets, or the head
    fits), so when that head fits the first rhs attempt is taken: head, body, closing bracket.
    """
    opening, body, callee = m.group("open"), m.group("body"), m.group("callee") or ""
    if _PAIR[opening] != m.group("close") or (not callee and opening == "("):
        return None
    if "'" in body or "\\" in body:
        return None
    ind = " " * indent
    head = "%s%s%s = %s%s" % (ind, m.group("target"), m.group("ann") or "", callee, opening)
    if _str_width(head) > ll:
        return None
    inner = ind + "    "
    tail = ind + m.group("close") + "\n"
    if _ITEMS.fullmatch(body):
        items = _ITEM.findall(body)
        line = inner + body
        if (not callee and len(items) > 1) or (_str_width(line) > ll and len(items) > 1):
            # the body explodes: delimiter_split at the commas adds the trailing comma
            return head + "\n" + "".join(inner + item + ",\n" for item in items) + tail
        return head + "\n" + line + "\n" + tail
    if not callee:
        e = _EXTRAS.fullmatch(body) if opening == "{" else None
        if e is None:
            return None
        line = inner + body
        if _str_width(line) <= ll:
            return head + "\n" + line + "\n" + tail
        # delimiter_split at the comprehension's `for` and `if`
        parts = ("%s: %s" % (e.group("k"), e.group("v")),
                 "for %s, %s in %s" % (e.group("k"), e.group("v"), e.group("src")),
                 "if %s not in %s" % (e.group("k"), e.group("keys")))
        lines = [inner + part for part in parts]
        if any(_str_width(x) > ll for x in lines):
            return None
        return head + "\n" + "\n".join(lines) + "\n" + tail
    n = _NESTED_ITEMS.fullmatch(body)
    if n is None:
        return None
    # one argument, a tuple or set display of simple items
    items = _ITEM.findall(n.group("items"))
    if n.group("close") != _PAIR[n.group("open")] or (n.group("comma") and (len(items) > 1 or n.group("open") != "(")):
        return None
    line = inner + body
    if _str_width(line) <= ll:
        return head + "\n" + line + "\n" + tail
    # the argument splits at its own brackets (rhs), and its items explode when there are
    # several (should_split_line on an atom); a one-tuple keeps its comma on one line
    inner2 = inner + "    "
    if len(items) > 1:
        middle = "".join(inner2 + item + ",\n" for item in items)
    else:
        middle = inner2 + n.group("items") + n.group("comma") + "\n"
    return "%s\n%s%s\n%s%s%s\n%s" % (head, inner, n.group("open"), middle, inner, n.group("close"), tail)


_BLOCK_HEAD = re.compile(r"(?:(?P<target>%s)(?P<ann>: %s)? = |return )(?P<callee>%s)?(?P<open>[(\[{])" % (
    _DOTTED, _ANNOTATION, _DOTTED))


def _fast_block(source: str, start: int, pos: int, stripped: str, indent: int, ll: int,
                patterns: _Patterns) -> tuple[str, int] | None:
    """An exploded display or call (`x = {` / entries / `}`) that black keeps as it is.

    The magic trailing comma makes generate_trailers_to_omit yield nothing, so rhs splits at
    the invisible parentheses; they can be omitted (no delimiters around the display) and the
    split at the display's brackets is preferred (the head fits).  The body then explodes at
    its commas, one entry per line, and each entry line is transformed on its own.  Returns the
    block's text and end, or None.
    """
    m = _BLOCK_HEAD.fullmatch(stripped)
    if m is None or _str_width(stripped) + indent > ll:
        return None
    opening = m.group("open")
    if (opening == "(") != bool(m.group("callee")) or (opening == "[" and m.group("callee")):
        return None
    entry_run = patterns.entry_run(indent + 4)
    closer = " " * indent + _PAIR[opening] + "\n"
    context = "call" if opening == "(" else opening
    parts = [source[start:pos]]
    while True:
        end = entry_run(source, pos).end()
        if end > pos:
            parts.append(source[pos:end])
            pos = end
        if source.startswith(closer, pos):
            break
        # an entry black splits (or one the pattern cannot vouch for)
        eol = source.find("\n", pos)
        entry = source[pos:eol]
        text = entry.lstrip(" ")
        if len(entry) - len(text) != indent + 4 or not text:
            return None
        formatted = _format_entry(text, indent // 4 + 1, context, ll)
        if formatted is None:
            return None
        parts.append(formatted)
        pos = eol + 1
    if len(parts) == 1:
        return None
    end = pos + len(closer)
    parts.append(closer)
    return "".join(parts), end


def _format_entry(text: str, depth: int, context: str, ll: int) -> str | None:
    """One entry line of an exploded display or call, as delimiter_split makes it: a line
    inside brackets ending with its comma; transform_line decides how it splits."""
    indent = "    " * depth
    if _UNSPLITTABLE_ENTRY.fullmatch(text):
        return indent + text + "\n"   # no bracket, no delimiter: nothing to split at
    tokens = _tokenize_line(text)
    if tokens is None or tokens[1] is not None or len(tokens[0]) < 2:
        return None
    leaves = tokens[0]
    key = (context,) + _shape(leaves, None, depth, ll)
    template = _MEMO.get(key)
    if template is None:
        template = _UNSUPPORTED
        results = _entry_pass(leaves, depth, context, ll)
        if results is not None:
            out = "".join(str(result) + "\n" for result in results)
            if out != indent + text + "\n" and _second_pass_differs(results):
                leaves2, comment, _, _ = _tokenize(out, 0)
                results = None if comment is not None else _entry_pass(leaves2, depth, context, ll)
            if results is not None:
                template = _template(results)
        _MEMO[key] = template
    if template is _UNSUPPORTED:
        return None
    return _fill(template, leaves)  # type: ignore[arg-type]


_UNSPLITTABLE_ENTRY = re.compile(r'(?:"[^"\\\n]*": )?(?:"[^"\\\n]*"|[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*),')
_UNSUPPORTED = Unsupported("not laid out")


def _entry_pass(leaves: list[Leaf], depth: int, context: str, ll: int) -> list[Line] | None:
    if leaves[-1].type != COMMA:
        return None
    depth_now = 0
    for leaf in leaves[:-1]:
        if leaf.type in OPENING:
            depth_now += 1
        elif leaf.type in CLOSING:
            depth_now -= 1
        elif leaf.type == COMMA and depth_now == 0:
            return None
    if context == "call":
        head = [Leaf(NAME, "f"), Leaf(LPAR, "(")]
        tail = Leaf(RPAR, ")")
    else:
        head = [Leaf(LBRACE if context == "{" else LSQB, context)]
        tail = Leaf(RBRACE if context == "{" else RSQB, _PAIR[context])
    leaves[0].prefix = leaves[0].orig = ""
    analysis = _Analysis(head + leaves + [tail])
    analysis.classify()
    analysis.ternary_wraps()
    built = analysis.build()
    opener = head[-1]
    start = next(i for i, leaf in enumerate(built) if leaf is opener) + 1
    stop = next(i for i, leaf in enumerate(built) if leaf is tail)
    line = Line(depth, True)
    line.extend(built[start:stop], True)
    return _transform_line(line, ll, False)
