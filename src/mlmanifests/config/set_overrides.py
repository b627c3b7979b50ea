"""`--set path.to.field=value` overrides, applied to the YAML tree before validation (like kpt setters).

Paths use the config's YAML keys with list indexes: `gkm.workloads[0].image=quay.io/x:v2`. The value is
YAML: `--set gkm.workloads[0].replicas=3` gives an integer, `--set 'gkm.workloads[0].args=[a, b]'` a list.
A scalar keeps its text so that a string field can hold `1.35`; pydantic then checks it against the field's type;
`null` removes a value (`--set mlops-gcp=null` leaves that target out).
"""

from __future__ import annotations

import re
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from mlmanifests.yaml_limits import CONFIG_LIMITS, YamlLimitExceeded, YamlSyntaxError, check_yaml_bounds

from .errors import ConfigError, field_path

_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def parse_path(path: str) -> list[str | int]:
    steps: list[str | int] = []
    position = 0
    for match in _STEP.finditer(path):
        if match.start() != position and path[position:match.start()] != ".":
            break
        steps.append(match[1] if match[1] is not None else int(match[2]))
        position = match.end()
    if position != len(path) or not steps or not isinstance(steps[0], str):
        raise ValueError
    return steps


def _parse_value(text: str) -> Any:
    """The YAML value of `text`; text that is not YAML stays a string. Raises YamlLimitExceeded past the bounds."""
    try:
        check_yaml_bounds(text, CONFIG_LIMITS)
        value = YAML(typ="safe").load(text)
    except (YAMLError, YamlSyntaxError):
        return text
    if value is None and text.strip() in ("null", "~", "Null", "NULL"):
        return None  # `--set mlops-gcp=null` drops a section
    return value if isinstance(value, (dict, list)) else text


def _cut(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def apply_overrides(tree: dict, assignments: list[str]) -> dict[str, str]:
    """Apply each `path=value` to `tree` in order; returns field path -> the --set argument, for error messages."""
    applied: dict[str, str] = {}
    for assignment in assignments:
        path_text, sep, value_text = assignment.partition("=")
        try:
            if not sep:
                raise ValueError
            steps = parse_path(path_text.strip())
        except ValueError:
            raise ConfigError(
                f"--set {assignment}: expected path.to.field=value (list items as name[0]), e.g. --set gkm.workloads[0].replicas=2"
            ) from None
        node: Any = tree
        for depth, step in enumerate(steps[:-1]):
            nxt = steps[depth + 1]
            if isinstance(step, int):
                if not isinstance(node, list) or step >= len(node):
                    raise ConfigError(f"--set {assignment}: {field_path(steps[:depth + 1])} does not exist (the list has {len(node) if isinstance(node, list) else 0} items)")
                node = node[step]
            else:
                if not isinstance(node, dict):
                    raise ConfigError(f"--set {assignment}: {field_path(steps[:depth])} is not a mapping")
                if node.get(step) is None:
                    if isinstance(nxt, int):
                        raise ConfigError(f"--set {assignment}: {field_path(steps[:depth + 1])} is not a list in the config")
                    node[step] = {}
                node = node[step]
        last = steps[-1]
        try:
            value = _parse_value(value_text)
        except YamlLimitExceeded as problem:
            raise ConfigError(f"--set {_cut(assignment)}: the value {problem}") from None
        if isinstance(last, int):
            if not isinstance(node, list) or last >= len(node):
                raise ConfigError(f"--set {assignment}: {field_path(steps)} does not exist")
            node[last] = value
        elif isinstance(node, dict):
            node[last] = value
        else:
            raise ConfigError(f"--set {assignment}: {field_path(steps[:-1])} is not a mapping")
        applied[field_path(steps)] = assignment
    return applied
