"""Dotted field paths as vars and replacements write them: `spec.containers[name=app].image`, `a.0.b`, `*`."""

from __future__ import annotations

from typing import Any

from .errors import KustomizeError
from .strategic_merge import scalar_text


def split_dotted(path: str) -> list[str]:
    """'a.b[c.d=e].f' -> ['a', 'b', '[c.d=e]', 'f'] (dots inside brackets are kept)."""
    parts: list[str] = []
    current = ""
    depth = 0
    for char in path:
        if char == "[":
            if depth == 0 and current:
                parts.append(current)
                current = ""
            depth += 1
            current += char
        elif char == "]":
            depth -= 1
            current += char
            if depth == 0:
                parts.append(current)
                current = ""
        elif char == "." and depth == 0:
            if current:
                parts.append(current)
            current = ""
        else:
            current += char
    if current:
        parts.append(current)
    return parts


def _element_matcher(part: str) -> tuple[str, str] | None:
    if part.startswith("[") and part.endswith("]") and "=" in part:
        key, _, value = part[1:-1].partition("=")
        return key, value
    return None


Slot = tuple[Any, Any]  # (container, key): container[key] is the field


def find_slots(node: Any, parts: list[str], create: Any = None) -> list[Slot]:
    """Every (container, key) the path reaches; with `create` (a template value) missing fields are made."""
    if not parts:
        return []
    part, rest = parts[0], parts[1:]
    matcher = _element_matcher(part)
    results: list[Slot] = []
    if isinstance(node, list):
        if matcher is not None:
            key, value = matcher
            for index, element in enumerate(node):
                if (key == "" and scalar_text(element) == value) or (
                    isinstance(element, dict) and key in element and scalar_text(element[key]) == value
                ):
                    results += _descend(node, index, rest, create)
            if not results and create is not None and key:
                node.append({key: value})
                results += _descend(node, len(node) - 1, rest, create)
            return results
        if part == "*" or part == "-":
            if part == "-" and create is not None:
                node.append(_empty_like(rest, create))
                return _descend(node, len(node) - 1, rest, create)
            for index in range(len(node)):
                results += _descend(node, index, rest, create)
            return results
        if part.lstrip("-").isdigit():
            index = int(part)
            if 0 <= index < len(node):
                return _descend(node, index, rest, create)
            return []
        return []
    if isinstance(node, dict):
        if part == "*":
            for key in list(node):
                results += _descend(node, key, rest, create)
            return results
        if matcher is not None:
            return []
        if part.startswith("[") and part.endswith("]"):
            part = part[1:-1]  # [a.b/c] names a key that holds dots
        if part not in node or node[part] is None:
            if create is None:
                return []
            node[part] = _empty_like(rest, create)
        return _descend(node, part, rest, create)
    return []


def _empty_like(rest: list[str], create: Any) -> Any:
    if not rest:
        return None
    following = rest[0]
    if _element_matcher(following) is not None or following.lstrip("-").isdigit() or following == "-":
        return []
    return {}


def _descend(container: Any, key: Any, rest: list[str], create: Any) -> list[Slot]:
    if not rest:
        return [(container, key)]
    return find_slots(container[key], rest, create)


def get_value(obj: dict, path: str) -> Any:
    """The value at a var's fieldref path; `containers[0]` indexes a list (kyaml's convertSliceIndex)."""
    parts = [part[1:-1] if part[1:-1].isdigit() and part.startswith("[") else part for part in split_dotted(path)]
    slots = find_slots(obj, parts)
    if not slots:
        raise KustomizeError(f"field path '{path}' not found")
    container, key = slots[0]
    return container[key]
