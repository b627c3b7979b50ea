"""`vars`: `$(NAME)` references in configured fields replaced with a field of a named object."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .errors import KustomizeError
from .field_paths import get_value
from .fieldspecs import FieldSpec, visit_fieldspec
from .resmap import ResMap
from .resource import ResId, split_api_version
from .strategic_merge import scalar_text


@dataclass(frozen=True)
class VarDefinition:
    name: str
    kind: str
    object_name: str
    api_version: str
    namespace: str
    field_path: str

    def target_id(self) -> ResId:
        group, version = split_api_version(self.api_version)
        return ResId(group, version, self.kind, self.object_name, self.namespace)


def parse_vars(entries: list, file: str) -> list[VarDefinition]:
    result = []
    for entry in entries:
        if not isinstance(entry, dict) or not entry.get("name"):
            raise KustomizeError("each var needs a name", file=file, field="vars")
        objref = entry.get("objref") or {}
        api_version = str(objref.get("apiVersion") or "")
        if not api_version and (objref.get("group") or objref.get("version")):
            group, version = str(objref.get("group") or ""), str(objref.get("version") or "")
            api_version = f"{group}/{version}" if group else version
        fieldref = entry.get("fieldref") or {}
        result.append(
            VarDefinition(
                name=str(entry["name"]),
                kind=str(objref.get("kind") or ""),
                object_name=str(objref.get("name") or ""),
                api_version=api_version,
                namespace=str(objref.get("namespace") or ""),
                field_path=str(fieldref.get("fieldpath") or fieldref.get("fieldPath") or "metadata.name"),
            )
        )
    return result


def record_var_targets(resmap: ResMap, definitions: list[VarDefinition]) -> None:
    """Remember which object each var reads (kustomize binds vars to objects at the level defining them)."""
    for definition in definitions:
        wanted = definition.target_id()
        exact = bool(wanted.namespace) or wanted.cluster_scoped
        matches = []
        for resource in resmap:
            for candidate in resource.any_ids():
                same_gvkn = (
                    (not wanted.group or candidate.group == wanted.group)
                    and (not wanted.version or candidate.version == wanted.version)
                    and candidate.kind == wanted.kind
                    and candidate.name == wanted.name
                )
                if same_gvkn and (not exact or candidate.effective_namespace == wanted.effective_namespace):
                    matches.append(resource)
                    break
        if len(matches) > 1:
            raise KustomizeError(
                f"found {len(matches)} resId matches for var {definition.name} (unable to disambiguate)", field="vars"
            )
        if matches and definition.name not in matches[0].var_names:
            matches[0].var_names.append(definition.name)


_REFERENCE = re.compile(r"\$\$|\$\(([^)]*)\)")


def _expand(text: str, values: dict[str, str], used: set[str]) -> Any:
    whole = re.fullmatch(r"\$\(([^)]*)\)", text)
    if whole and whole.group(1) in values and not isinstance(values[whole.group(1)], str):
        used.add(whole.group(1))
        return values[whole.group(1)]

    def replace(match: re.Match) -> str:
        if match.group(0) == "$$":
            return "$"
        name = match.group(1)
        if name in values:
            used.add(name)
            value = values[name]
            return value if isinstance(value, str) else str(value)
        return match.group(0)

    return _REFERENCE.sub(replace, text)


def resolve_vars(resmap: ResMap, definitions: list[VarDefinition], specs: list[FieldSpec]) -> None:
    values: dict[str, Any] = {}
    for definition in definitions:
        owner = next((r for r in resmap if definition.name in r.var_names), None)
        if owner is None:
            raise KustomizeError(
                f"var '{definition.name}' cannot be mapped to a field in the set of known resources", field="vars"
            )
        try:
            value = get_value(owner.obj, definition.field_path)
        except KustomizeError:
            raise KustomizeError(
                f"field specified in var '{definition.name}' ({definition.field_path}) "
                "not found in corresponding resource",
                field="vars",
                obj=owner.describe(),
            ) from None
        values[definition.name] = value if isinstance(value, (dict, list)) else scalar_text(value)
    if not values:
        return
    used: set[str] = set()

    def substitute(container: Any, key: Any) -> None:
        value = container[key]
        if isinstance(value, str):
            container[key] = _expand(value, values, used)
        elif isinstance(value, list):
            for index, element in enumerate(value):
                if isinstance(element, str):
                    value[index] = _expand(element, values, used)
        elif isinstance(value, dict):
            for name, element in value.items():
                if isinstance(element, str):
                    value[name] = _expand(element, values, used)

    for resource in resmap:
        for spec in specs:
            visit_fieldspec(resource.obj, spec, substitute)
