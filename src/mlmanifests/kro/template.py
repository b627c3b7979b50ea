"""Resource templates for a kro ResourceGraphDefinition, built from the typed bindings.

A template is an ordinary object whose fields may hold `${...}` expressions. Building it through the generated
class (in a scratch Chart that is never synthesized) keeps field names and nesting checked by the bindings; fields
whose type is not a string (an integer `replicas`, a boolean) cannot take an expression there, so they get a
typed placeholder and `expression_fields` puts the expression in afterwards.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from cdk8s import ApiObject, App, Chart
from constructs import Construct

FieldPath = tuple[str | int, ...]


def expr(text: str) -> str:
    """`${text}`: a kro expression (CEL) as a field value."""
    return "${" + text + "}"


def cel_string(value: str) -> str:
    """A CEL double-quoted string literal (kro's expression scanner understands double quotes only)."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def cel_lookup(table: Mapping[str, str | int], key: str) -> str:
    """A CEL map literal indexed by `key`, e.g. {"2x4": 8, "2x2": 4}[schema.spec.tpuTopology]."""
    entries = ", ".join(
        f"{cel_string(name)}: {value if isinstance(value, int) else cel_string(value)}" for name, value in table.items()
    )
    return "{" + entries + "}[" + key + "]"


def conditions_true(resource_id: str, condition: str) -> str:
    """readyWhen expression: the resource's status has condition `condition` with status "True"."""
    return expr(f'{resource_id}.status.conditions.exists(c, c.type == "{condition}" && c.status == "True")')


class TemplateFactory:
    """Turns typed binding objects into plain template dicts, in a scratch App that is never synthesized."""

    def __init__(self) -> None:
        self._scope = Chart(App(), "kro-templates", disable_resource_name_hashes=True)
        self._count = 0

    def template(
        self,
        build: Callable[[Construct, str], ApiObject],
        expression_fields: Mapping[FieldPath, Any] | None = None,
    ) -> dict[str, Any]:
        """The object `build(scope, id)` defines, as a dict, with `expression_fields` (path -> value) written in."""
        self._count += 1
        body = build(self._scope, f"template-{self._count}").to_json()
        for path, value in (expression_fields or {}).items():
            _put(body, path, value)
        return body


def _put(body: dict[str, Any], path: FieldPath, value: Any) -> None:
    node: Any = body
    for step in path[:-1]:
        node = node[step]
    if isinstance(path[-1], str) and isinstance(node, dict) and path[-1] not in node:
        raise KeyError(f"no placeholder at {'.'.join(map(str, path))}: build the field with a typed placeholder first")
    node[path[-1]] = value

