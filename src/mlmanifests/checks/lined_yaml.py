"""YAML documents with the line of every key and list item, read by libyaml (PyYAML's C parser and composer).

`validate` needs the line of a finding's field; ruamel's round-trip loader gives it but reads ~100 KB/s, so a
1.4 MB CRD took 18 s. libyaml composes the same node tree with marks ~50x faster. Scalars resolve as YAML 1.1 in
every document, as kubectl reads them (sigs.k8s.io/yaml: `yes`, `on`, `y` are booleans there); a scalar with a
tag no safe constructor knows (`!Ref x`, `!!python/object`) is its text, never constructed. Call
yaml_limits.check_yaml_bounds first: aliases are expanded here.
"""

from __future__ import annotations

from typing import Any

import yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STANDARD_TAG = "tag:yaml.org,2002:"


class LinedMap(dict):
    """A mapping, with the 1-based line of the mapping (`line`) and of each key (`lines`)."""

    line: int = 0
    lines: dict[Any, int]


class LinedList(list):
    """A sequence, with the 1-based line of the sequence (`line`) and of each item (`lines`)."""

    line: int = 0
    lines: list[int]


def load_lined_documents(text: str) -> list[Any]:
    """Every document of `text` (None for an empty one). Raises yaml.YAMLError for text that is not YAML."""
    loader = _Loader(text)
    try:
        documents = []
        while loader.check_node():
            node = loader.get_node()
            documents.append(_build(loader, node, {}) if node is not None else None)
        return documents
    finally:
        loader.dispose()


def _build(loader: Any, node: yaml.Node, built: dict[int, Any]) -> Any:
    if id(node) in built:  # an alias: the anchored value
        return built[id(node)]
    if isinstance(node, yaml.ScalarNode):
        if node.tag.startswith(_STANDARD_TAG) and node.tag in loader.yaml_constructors:
            value = loader.construct_object(node)
        else:
            value = node.value
    elif isinstance(node, yaml.SequenceNode):
        value = LinedList()
        built[id(node)] = value
        value.line, value.lines = node.start_mark.line + 1, []
        for item in node.value:
            value.append(_build(loader, item, built))
            value.lines.append(item.start_mark.line + 1)
    else:
        value = LinedMap()
        built[id(node)] = value
        value.line, value.lines = node.start_mark.line + 1, {}
        loader.flatten_mapping(node)  # merge keys (<<)
        for key_node, value_node in node.value:
            key = _build(loader, key_node, built)
            if isinstance(key, (dict, list)):
                key = str(key)
            value[key] = _build(loader, value_node, built)
            value.lines[key] = key_node.start_mark.line + 1
    built[id(node)] = value
    return value
