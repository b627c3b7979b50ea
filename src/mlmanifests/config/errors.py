"""Turn pydantic's validation errors into one readable line each: file:line:col, field path, value, what is allowed."""

from __future__ import annotations

import re
import reprlib
import typing
from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import BaseModel, ValidationError


CREDENTIAL_ERROR = "credential_in_text"
"""The pydantic error type of a value holding a credential (config.types): the value is never repeated."""


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


class _ShortRepr(reprlib.Repr):
    """A value's repr, cut while it is formatted: an alias-expanded or huge value is never rendered whole.
    ruamel's CommentedMap/CommentedSeq are cut like the dict and list they are."""

    def __init__(self) -> None:
        super().__init__()
        self.maxlevel, self.maxdict, self.maxlist, self.maxstring, self.maxother, self.maxlong = 2, 4, 4, 70, 70, 40

    def repr1(self, x: Any, level: int) -> str:
        if isinstance(x, dict) and type(x) is not dict:
            return self.repr_dict(dict(x), level)
        if isinstance(x, list) and type(x) is not list:
            return self.repr_list(list(x), level)
        if isinstance(x, str) and type(x) is not str:
            return self.repr_str(str(x), level)
        return super().repr1(x, level)


_SHORT_REPR = _ShortRepr()


def _describe_value(value: Any) -> str:
    text = _SHORT_REPR.repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    """The pydantic models an annotation can hold (through Optional, unions, lists, dicts, Annotated)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [model for arg in typing.get_args(annotation) for model in _models_in(arg)]


def _marked(models: list[type[BaseModel]]) -> bool:
    """Whether one of `models` references a secret (class attribute `references_a_secret`)."""
    return any(getattr(m, "references_a_secret", False) for m in models)


def is_secret_reference(model: type[BaseModel] | None, loc: Sequence[str | int]) -> bool:
    """Whether the field at `loc` of `model` is, or lies inside, a secret reference: what was typed there may be
    a secret value."""
    models = [model] if model is not None else []
    for part in loc:
        if _marked(models):
            return True
        if isinstance(part, int):
            continue
        fields = [field for m in models for name, field in m.model_fields.items() if part in (name, field.alias)]
        if fields:
            models = [found for field in fields for found in _models_in(field.annotation)]
    return _marked(models)


def _loc_of(path: str) -> list[str | int]:
    """'gkm.caches[0].image' -> ['gkm', 'caches', 0, 'image'] (the inverse of field_path)."""
    return [int(part) if part.isdigit() else part for part in re.findall(r"[^.\[\]]+", path)]


def _shown_assignment(assignment: str, secret: bool) -> str:
    """A --set argument as a message repeats it: cut, and without its value where that may be a secret."""
    path, _, value = assignment.partition("=")
    if secret:
        return f"{path}=<value not shown>"
    return assignment if len(assignment) <= 100 else f"{path}={_describe_value(value)}"


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
    model: type[BaseModel] | None = None, layers: Sequence[tuple[Any, str]] = (),
) -> ConfigError:
    """One line per problem. `overrides` maps a field path set by --set to the --set argument itself; `layers`
    (tree, file) are the config files merged into `tree`: a position is read from the last that holds the field.
    A value given to a secret reference of `model` is never repeated."""
    lines = []
    for item in error.errors(include_url=False):
        loc = tuple(item["loc"])
        path = field_path(loc)
        secret = is_secret_reference(model, loc) or item["type"] == CREDENTIAL_ERROR
        origin = next((f"--set {_shown_assignment(arg, secret)}" for set_path, arg in overrides.items()
                       if _within(path, set_path)), None)
        if origin is None:
            layer_tree, layer_file = tree, file
            if layers:
                layer_tree, layer_file = max(reversed(layers), key=lambda layer: _depth(layer[0], loc))
            origin = _node_position(layer_tree, loc, layer_file)
            inside = [_shown_assignment(arg, secret or is_secret_reference(model, _loc_of(set_path)))
                      for set_path, arg in overrides.items() if _within(set_path, path)]
            if inside:  # a rule about a whole section, broken by a value set inside it
                origin += f" (with --set {', --set '.join(inside)})"
        message = _clean_message(item["msg"])
        if item["type"] == "extra_forbidden":
            message = "unknown field; check its spelling against `mlmanifests schema`"
        elif item["type"] == "missing":
            message = "required field is missing; add it"
        elif item["type"] == CREDENTIAL_ERROR:
            message += " (the value is not repeated here)"
        elif secret:
            message = (f"{message}; a secret reference takes `existingSecret: <Secret name>` or `store` + "
                       "`remoteKeys`, never the secret's value (what was given is not repeated here)")
        elif "input" in item and item["type"] not in ("value_error", "assertion_error"):
            message = f"{_describe_value(item['input'])}: {message}"
        elif "input" in item and not isinstance(item["input"], (Mapping, list)):
            message = f"{_describe_value(item['input'])} {message}"
        shown = ".".join(part for part in (path_prefix, path) if part) or "(top level)"
        lines.append(f"{origin}: {shown}: {message}")
    return ConfigError("\n".join(lines))
