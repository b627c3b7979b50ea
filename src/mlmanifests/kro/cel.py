"""kro's `${...}` expressions: finding them in field values, parsing them as CEL, and reading what they refer to.

kro scans a string for `${`, then for the matching `}` counting braces outside double-quoted string literals; a
field that is exactly one expression is *standalone* (its value takes the expression's type), any other field
with expressions is a *string template* (each expression is concatenated, so each must be a string).
cel-python parses CEL (pure Python, so it runs everywhere); `reference_paths` reads from its parse tree which
variables and field paths an expression reads (the graph's edges, unknown ids, unused fields). Types are checked
by Google's CEL checker (`environment`); `infer_type` guesses the type of simple shapes only where that
checker's wheel is missing.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

import celpy
from lark import Token, Tree

EXPRESSION_START = "${"
# Functions kro adds under a namespace-like receiver (hash.fnv64a(...), random.seededString(...), json.marshal(...)).
FUNCTION_NAMESPACES = frozenset({"hash", "random", "json", "base64", "math", "strings", "sets", "lists", "maps"})
# Comprehension macros whose first argument binds a variable inside the others.
BINDING_MACROS = frozenset({"all", "exists", "exists_one", "map", "filter", "transformList", "transformMap"})
SEGMENT_ANY = "[*]"  # an index not known before run time


@dataclass(frozen=True)
class Embedded:
    text: str
    """The CEL source inside `${` and `}`."""
    start: int
    end: int


class NestedExpression(ValueError):
    """`${` inside an expression outside a string literal: kro rejects the field."""


def find_expressions(value: str) -> list[Embedded]:
    """Every `${...}` in a field value, as kro finds them."""
    found: list[Embedded] = []
    position = 0
    while True:
        start = value.find(EXPRESSION_START, position)
        if start < 0:
            return found
        depth, index, in_string, escaped = 1, start + 2, False, False
        while index < len(value):
            char = value[index]
            if escaped:
                escaped = False
            elif in_string and char == "\\":
                escaped = True
            elif char == '"':
                in_string = not in_string
            elif not in_string:
                if char == "{":
                    depth += 1
                elif char == "}":
                    depth -= 1
                    if depth == 0:
                        break
                elif value.startswith(EXPRESSION_START, index) and value[index - 1] != '"':
                    raise NestedExpression(f"nested `${{` at offset {index} outside a string literal")
            index += 1
        if depth != 0:  # unterminated: kro skips one character and scans on
            position = start + 1
            continue
        found.append(Embedded(value[start + 2:index], start, index + 1))
        position = index + 1


def standalone(value: str, found: list[Embedded]) -> bool:
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(value)


@lru_cache(maxsize=4096)
def parse(text: str) -> Tree:
    """The CEL parse tree; raises celpy.CELParseError with a message pointing at the error.

    kro enables CEL's optional syntax (`a.?b`, `a[?"k"]`), which cel-python does not parse; it is read as plain
    selection (`a.b`, `a["k"]`), which names the same field path."""
    return _environment().compile(_without_optional_selection(text))


@lru_cache(maxsize=1)
def _environment() -> celpy.Environment:
    """One CEL environment for every parse: building its parser is the expensive part (~85 ms)."""
    return celpy.Environment()


def _without_optional_selection(text: str) -> str:
    out: list[str] = []
    quote: str | None = None
    index = 0
    while index < len(text):
        char = text[index]
        if quote:
            if char == "\\":
                out.append(text[index:index + 2])
                index += 2
                continue
            if char == quote:
                quote = None
        elif char in "\"'":
            quote = char
        elif char in ".[" and text.startswith("?", index + 1):
            out.append(char)
            index += 2
            continue
        out.append(char)
        index += 1
    return "".join(out)


def parses(text: str) -> Tree | None:
    """The parse tree, or None when the text is not CEL (the caller has reported that already)."""
    try:
        return parse(text)
    except Exception:  # celpy.CELParseError and lark's own errors
        return None


# ------------------------------------------------------------------------------------------ references


@dataclass(frozen=True)
class Reference:
    """A field path an expression reads: `bucket.status.url` is Reference("bucket", ("status", "url"))."""

    root: str
    path: tuple[str | int, ...]

    def __str__(self) -> str:
        text = self.root
        for part in self.path:
            text += f"[{part}]" if isinstance(part, int) or part == SEGMENT_ANY else f".{part}"
        return text


def _children(node: Tree) -> list[Tree]:
    return [child for child in node.children if isinstance(child, Tree)]


def _unwrap(node: Tree) -> Tree:
    """Descend through single-child wrapper rules (expr -> conditionalor -> ... -> member)."""
    while len(node.children) == 1 and isinstance(node.children[0], Tree) and node.data not in ("primary", "literal"):
        node = node.children[0]
    return node


def _chain(node: Tree) -> tuple[str, list[str | int], list[Tree]] | None:
    """(root identifier, path, dynamic index subtrees) of a field-select chain, or None if `node` is not one."""
    node = _unwrap(node)
    if node.data == "ident":
        return str(node.children[0]), [], []
    if node.data == "primary":
        inner = node.children[0]
        return _chain(inner) if isinstance(inner, Tree) else None
    if node.data == "member_dot":
        target, field_token = node.children
        base = _chain(target)
        return None if base is None else (base[0], [*base[1], str(field_token)], base[2])
    if node.data == "member_index":
        target, index = _children(node)
        base = _chain(target)
        if base is None:
            return None
        literal = _literal(index)
        if isinstance(literal, (int, str)) and not isinstance(literal, bool):
            return base[0], [*base[1], literal], base[2]
        return base[0], [*base[1], SEGMENT_ANY], [*base[2], index]
    return None


def _literal(node: Tree) -> object:
    node = _unwrap(node)
    if node.data == "primary" and isinstance(node.children[0], Tree):
        node = node.children[0]
    if node.data == "literal":
        token = node.children[0]
        if isinstance(token, Token):
            kind, text = token.type, str(token)
            if kind == "INT_LIT":
                return int(text)
            if kind == "STRING_LIT":
                return text[1:-1]
            if kind == "BOOL_LIT":
                return text == "true"
    return None


def reference_paths(tree: Tree) -> list[Reference]:
    """Every variable path the expression reads, outermost chains only; comprehension variables excluded."""
    found: list[Reference] = []
    _collect(tree, frozenset(), found)
    return found


def _collect(node: Tree, bound: frozenset[str], found: list[Reference]) -> None:
    chain = _chain(node) if node.data in ("member", "primary", "member_dot", "member_index", "ident") else None
    if chain is not None:
        root, path, dynamic = chain
        if root not in bound and root not in FUNCTION_NAMESPACES:
            found.append(Reference(root, tuple(path)))
        for index in dynamic:
            _collect(index, bound, found)
        return
    if node.data == "member_dot_arg":
        target, method, *rest = node.children
        arguments = _children(rest[0]) if rest and isinstance(rest[0], Tree) else []
        inner_bound = bound
        if str(method) in BINDING_MACROS and arguments:
            variable = _chain(arguments[0])
            if variable is not None and not variable[1]:
                inner_bound = bound | {variable[0]}
                arguments = arguments[1:]
        if isinstance(target, Tree):
            _collect(target, bound, found)
        for argument in arguments:
            _collect(argument, inner_bound, found)
        return
    for child in _children(node):
        _collect(child, bound, found)


# -------------------------------------------------------------------------------------------- types


def infer_type(tree: Tree, path_type) -> str | None:
    """The JSON type ('string', 'integer', 'number', 'boolean', 'object', 'array') of simple expressions; None when
    it cannot be told without a CEL type checker. `path_type(Reference)` gives the type of a field path."""
    node = _unwrap(tree)
    chain = _chain(node)
    if chain is not None and not chain[2]:
        return path_type(Reference(chain[0], tuple(chain[1])))
    if node.data == "primary" and isinstance(node.children[0], Tree) and node.children[0].data != "literal":
        node = node.children[0]
    if node.data == "unary" and isinstance(node.children[0], Tree) and node.children[0].data == "unary_not":
        return "boolean"
    if node.data == "addition" and len(node.children) > 1:  # [addition_add(left), right]: string if either is
        if "string" in (infer_type(child, path_type) for child in _children(node)):
            return "string"
    if node.data in ("conditionalor", "conditionaland") and len(node.children) > 1:
        return "boolean"
    if node.data in ("relation_eq", "relation_ne", "relation_lt", "relation_le", "relation_gt", "relation_ge",
                     "relation_in", "relation"):
        return "boolean"
    if node.data == "member_dot_arg":
        method = str(node.children[1])
        if method in ("all", "exists", "exists_one", "startsWith", "endsWith", "contains", "matches"):
            return "boolean"
        if method in ("substring", "lowerAscii", "upperAscii", "trim", "replace", "join", "format"):
            return "string"
    if node.data == "ident_arg":
        function = str(node.children[0])
        return {"has": "boolean", "size": "integer", "string": "string", "int": "integer", "double": "number"}.get(function)
    literal = _literal(node)
    if literal is not None:
        return {bool: "boolean", int: "integer", str: "string"}[type(literal)]
    if node.data == "member_index":
        target, _ = _children(node)
        target = _unwrap(target)
        if target.data == "primary" and isinstance(target.children[0], Tree) and target.children[0].data == "map_lit":
            return _map_value_type(target.children[0])
    if node.data == "map_lit":
        return "object"
    if node.data == "list_lit":
        return "array"
    return None


def _map_value_type(map_literal: Tree) -> str | None:
    initialisers = _children(map_literal)
    entries = _children(initialisers[0]) if initialisers else []
    values = entries[1::2]
    types = {infer_type(value, lambda _: None) for value in values}
    return types.pop() if len(types) == 1 else None


def walk_strings(value: object, path: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """(path, string) of every string leaf in a nested value."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from walk_strings(item, (*path, str(key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from walk_strings(item, (*path, index))


def calls_function(tree: Tree, name: str) -> bool:
    """Whether the expression calls the global function `name` (e.g. `omit()`)."""
    for node in tree.iter_subtrees():
        if node.data == "ident_arg" and node.children and str(node.children[0]) == name:
            return True
    return False


def string_template(value: str, found: list[Embedded]) -> str:
    """The CEL kro compiles for a string template (pkg/graph/parser/parser.go `buildStringTemplate`):
    `"prefix-${a}-${b}"` is `"prefix-" + (a) + "-" + (b)`."""
    parts, position = [], 0
    for embedded in found:
        if embedded.start > position:
            parts.append(_quoted(value[position:embedded.start]))
        parts.append(f"({embedded.text})")
        position = embedded.end
    if position < len(value):
        parts.append(_quoted(value[position:]))
    return " + ".join(parts)


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
