"""Reading YAML the way kustomize's kyaml (yaml.v3) reads it: YAML 1.2 core scalars, not YAML 1.1.

`yes`, `on` and `no` stay strings; `010` and `0o10` are octal ints; `1_000` is an int; a plain
`2020-01-01` becomes the timestamp string kustomize prints (`2020-01-01T00:00:00Z`).
"""

from __future__ import annotations

import re
from typing import Any

import yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_INT = re.compile(r"^[-+]?(0|[1-9][0-9_]*|0[0-7_]+|0o[0-7_]+|0x[0-9a-fA-F_]+|0b[01_]+)$")
_FLOAT = re.compile(r"^[-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?$")
_SPECIAL_FLOAT = re.compile(r"^([-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$")
_BOOL = re.compile(r"^(true|True|TRUE|false|False|FALSE)$")
_NULL = re.compile(r"^(~|null|Null|NULL|)$")
_TIMESTAMP = re.compile(
    r"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}"
    r"(([Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(\.[0-9]*)?([ \t]*(Z|[-+][0-9]{1,2}(:[0-9]{2})?))?)?$"
)


class KyamlLoader(_Loader):  # type: ignore[misc, valid-type]
    """A safe loader whose implicit scalar types follow yaml.v3 instead of YAML 1.1; a key given twice is an error."""

    unique_keys = True


class LenientKyamlLoader(KyamlLoader):
    """The same scalars; a repeated key keeps its last value (how kustomization files are read)."""

    unique_keys = False


KyamlLoader.yaml_implicit_resolvers = {}
for _tag, _pattern, _first in (
    ("tag:yaml.org,2002:bool", _BOOL, "tTfF"),
    ("tag:yaml.org,2002:null", _NULL, ["~", "n", "N", ""]),
    ("tag:yaml.org,2002:int", _INT, "-+0123456789"),
    ("tag:yaml.org,2002:float", _FLOAT, "-+.0123456789"),
    ("tag:yaml.org,2002:float", _SPECIAL_FLOAT, "-+."),
    ("tag:yaml.org,2002:timestamp", _TIMESTAMP, "0123456789"),
    ("tag:yaml.org,2002:merge", re.compile(r"^<<$"), "<"),
):
    KyamlLoader.add_implicit_resolver(_tag, _pattern, list(_first))


def _construct_int(loader: Any, node: yaml.ScalarNode) -> int:
    text = node.value.replace("_", "")
    sign = -1 if text.startswith("-") else 1
    text = text.lstrip("+-")
    if text.startswith("0x"):
        value = int(text[2:], 16)
    elif text.startswith("0o"):
        value = int(text[2:], 8)
    elif text.startswith("0b"):
        value = int(text[2:], 2)
    elif len(text) > 1 and text.startswith("0"):
        value = int(text, 8)
    else:
        value = int(text)
    return sign * value


def _construct_float(loader: Any, node: yaml.ScalarNode) -> float:
    text = node.value.replace("_", "").lower()
    if text.endswith(".inf"):
        return float("-inf") if text.startswith("-") else float("inf")
    if text == ".nan":
        return float("nan")
    return float(text)


def _construct_timestamp(loader: Any, node: yaml.ScalarNode) -> str:
    text = node.value
    match = re.match(r"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$", text)
    if match:
        year, month, day = match.groups()
        return f"{year}-{int(month):02d}-{int(day):02d}T00:00:00Z"
    return text


class MapWithEmptyNulls(dict):
    """A mapping that had keys with no value at all (`key:`), which strategic merge treats unlike `key: null`."""

    empty_null_keys: frozenset = frozenset()


_NULL_TAG = "tag:yaml.org,2002:null"


def _construct_str_keyed_map(loader: Any, node: yaml.MappingNode) -> dict:
    if loader.unique_keys:
        _refuse_duplicate_keys(node)
    loader.flatten_mapping(node)
    empty_keys = []
    result: dict = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str):
            key = _scalar_text(key, key_node)
        result[key] = loader.construct_object(value_node, deep=True)
        if isinstance(value_node, yaml.ScalarNode) and value_node.tag == _NULL_TAG and value_node.value == "":
            empty_keys.append(key)
    if empty_keys:
        marked = MapWithEmptyNulls(result)
        marked.empty_null_keys = frozenset(empty_keys)
        return marked
    return result


def _refuse_duplicate_keys(node: yaml.MappingNode) -> None:
    """yaml.v3 decoding (kustomize's resource reader) refuses a key given twice in one mapping."""
    first_lines: dict[str, int] = {}
    for key_node, _ in node.value:
        if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == "tag:yaml.org,2002:merge":
            continue
        line = key_node.start_mark.line + 1
        if key_node.value in first_lines:
            raise yaml.constructor.ConstructorError(
                None, None, f'mapping key "{key_node.value}" already defined at line {first_lines[key_node.value]}',
                key_node.start_mark,
            )
        first_lines[key_node.value] = line


def _scalar_text(value: Any, node: yaml.Node) -> str:
    if isinstance(node, yaml.ScalarNode):
        return node.value
    return str(value)


KyamlLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)
KyamlLoader.add_constructor("tag:yaml.org,2002:float", _construct_float)
KyamlLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)
KyamlLoader.add_constructor("tag:yaml.org,2002:map", _construct_str_keyed_map)


# kubectl itself stops at 10,000 levels; libyaml (the C loader) stops at 1,000 with its own message.
MAX_DEPTH = 10_000
# Nodes a document may hold once its aliases are expanded: far above any real manifest, far below a bomb.
MAX_EXPANDED_NODES = 1_000_000


class ExcessiveAliasing(yaml.YAMLError):
    """A document whose aliases expand beyond MAX_EXPANDED_NODES nodes, or nests deeper than MAX_DEPTH."""


def load_documents(text: str) -> list[Any]:
    """Every document in `text`, empty documents dropped, as plain Python values."""
    documents = [doc for doc in yaml.load_all(text, Loader=KyamlLoader) if doc is not None]
    if "*" in text:
        for document in documents:
            check_expansion(document)
        documents = [_unshared(document) for document in documents]
    return documents


def _unshared(node: Any) -> Any:
    """The document with every alias expanded into its own copy: transformers then change one place only."""
    if isinstance(node, dict):
        copied = {key: _unshared(value) for key, value in node.items()}
        if isinstance(node, MapWithEmptyNulls):
            marked = MapWithEmptyNulls(copied)
            marked.empty_null_keys = node.empty_null_keys
            return marked
        return copied
    if isinstance(node, list):
        return [_unshared(element) for element in node]
    return node


def load_document(text: str) -> Any:
    document = yaml.load(text, Loader=LenientKyamlLoader)
    if "*" in text:
        check_expansion(document)
    return document


def check_expansion(document: Any) -> None:
    """Refuse a document whose aliases would expand past MAX_EXPANDED_NODES (or nest past MAX_DEPTH).

    Aliases load as shared Python objects, so the size is counted once per shared object (memoised by id),
    in time linear in the document as written, before anything copies or prints the expansion.
    """
    sizes: dict[int, int] = {}
    stack: list[tuple[Any, int, bool]] = [(document, 1, False)]
    while stack:
        node, depth, children_done = stack.pop()
        if not isinstance(node, (dict, list)) or (id(node) in sizes and not children_done):
            continue
        children = list(node.values()) if isinstance(node, dict) else node
        if children_done:
            total = 1 + sum(sizes.get(id(child), 1) for child in children)
            if total > MAX_EXPANDED_NODES:
                raise ExcessiveAliasing(
                    f"document contains excessive aliasing: more than {MAX_EXPANDED_NODES} nodes once aliases are "
                    "expanded"
                )
            sizes[id(node)] = total
            continue
        if depth > MAX_DEPTH:
            raise ExcessiveAliasing(f"exceeded max depth of {MAX_DEPTH}")
        sizes[id(node)] = 1  # a cycle (only possible through aliases) counts once
        stack.append((node, depth, True))
        stack.extend((child, depth + 1, False) for child in children if isinstance(child, (dict, list)))


def resolve_plain(text: str) -> Any:
    """The value a plain (unquoted, untagged) scalar with this text reads as."""
    for tag, pattern in (
        ("bool", _BOOL),
        ("null", _NULL),
        ("int", _INT),
        ("float", _FLOAT),
        ("float", _SPECIAL_FLOAT),
    ):
        if pattern.match(text):
            node = yaml.ScalarNode(f"tag:yaml.org,2002:{tag}", text)
            if tag == "bool":
                return text.lower() == "true"
            if tag == "null":
                return None
            if tag == "int":
                return _construct_int(None, node)
            return _construct_float(None, node)
    return text


def yaml_problem(problem: yaml.YAMLError) -> str:
    """One line: what the parser disliked and where."""
    what = getattr(problem, "problem", None) or str(problem).strip().splitlines()[0]
    mark = getattr(problem, "problem_mark", None)
    if mark is not None:
        return f"{what} at line {mark.line + 1}, column {mark.column + 1}"
    return str(what)
