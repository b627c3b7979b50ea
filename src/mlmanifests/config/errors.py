"""Turn pydantic's validation errors into one readable line each: file:line:col, field path, value, what is allowed."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import ValidationError


class ConfigError(Exception):
    """Bad config input. `str()` is the complete message for the user (one line per problem)."""


def field_path(loc: Sequence[str | int]) -> str:
    """('gkm', 'caches', 0, 'image') -> 'gkm.caches[0].image'."""
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _node_position(tree: Any, loc: Sequence[str | int], file: str) -> str:
    """file:line:col of the deepest node along `loc` that exists in the ruamel tree (1-based)."""
    line_col = None
    node = tree
    for part in loc:
        lc = getattr(node, "lc", None)
        try:
            if isinstance(node, Mapping) and part in node:
                line_col = lc.value(part) if lc is not None and not isinstance(node[part], (Mapping, list)) else (lc.key(part) if lc else None)
                node = node[part]
            elif isinstance(node, list) and isinstance(part, int) and part < len(node):
                line_col = lc.item(part) if lc is not None else None
                node = node[part]
            else:
                break
        except (KeyError, AttributeError, IndexError):
            break
    if line_col is None:
        return file
    return f"{file}:{line_col[0] + 1}:{line_col[1] + 1}"


def _within(path: str, ancestor: str) -> bool:
    """Whether field path `path` is `ancestor` or lies inside it."""
    return path == ancestor or path.startswith((ancestor + ".", ancestor + "["))


def _describe_value(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _clean_message(message: str) -> str:
    # pydantic prefixes messages raised from validators with "Value error, "; the reader doesn't need it.
    for prefix in ("Value error, ", "Assertion failed, "):
        if message.startswith(prefix):
            return message[len(prefix):]
    return message


def _depth(tree: Any, loc: Sequence[str | int]) -> int:
    """How many steps of `loc` exist in `tree`."""
    depth, node = 0, tree
    for part in loc:
        if isinstance(node, Mapping) and part in node or isinstance(node, list) and isinstance(part, int) and part < len(node):
            node, depth = node[part], depth + 1
        else:
            break
    return depth


def format_validation_error(
    error: ValidationError, *, tree: Any, file: str, overrides: Mapping[str, str], path_prefix: str = "",
    layers: Sequence[tuple[Any, str]] = (),
) -> ConfigError:
    """One line per problem. `overrides` maps a field path set by --set to the --set argument itself; `layers`
    (tree, file) are the config files merged into `tree`: a position is read from the last that holds the field."""
    lines = []
    for item in error.errors(include_url=False):
        loc = tuple(item["loc"])
        path = field_path(loc)
        origin = next((f"--set {arg}" for set_path, arg in overrides.items() if _within(path, set_path)), None)
        if origin is None:
            layer_tree, layer_file = tree, file
            if layers:
                layer_tree, layer_file = max(reversed(layers), key=lambda layer: _depth(layer[0], loc))
            origin = _node_position(layer_tree, loc, layer_file)
            inside = [arg for set_path, arg in overrides.items() if _within(set_path, path)]
            if inside:  # a rule about a whole section, broken by a value set inside it
                origin += f" (with --set {', --set '.join(inside)})"
        message = _clean_message(item["msg"])
        if item["type"] == "extra_forbidden":
            message = "unknown field; check its spelling against `mlmanifests schema`"
        elif item["type"] == "missing":
            message = "required field is missing; add it"
        elif "input" in item and item["type"] not in ("value_error", "assertion_error"):
            message = f"{_describe_value(item['input'])}: {message}"
        elif "input" in item and not isinstance(item["input"], (Mapping, list)):
            message = f"{_describe_value(item['input'])} {message}"
        shown = ".".join(part for part in (path_prefix, path) if part) or "(top level)"
        lines.append(f"{origin}: {shown}: {message}")
    return ConfigError("\n".join(lines))
