"""Field specs: which field of which kinds a transformer touches, and walking to those fields.

The default tables are kustomize's built-in transformer configuration (api/konfig/builtinpluginconsts);
a kustomization's `configurations:` files add to them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from collections.abc import Callable

from .errors import KustomizeError
from .resource import split_api_version


@dataclass(frozen=True)
class FieldSpec:
    path: str
    kind: str = ""
    group: str = ""
    version: str = ""
    create: bool = False

    @classmethod
    def from_dict(cls, raw: dict) -> "FieldSpec":
        return cls(
            path=str(raw.get("path") or ""),
            kind=str(raw.get("kind") or ""),
            group=str(raw.get("group") or ""),
            version=str(raw.get("version") or ""),
            create=bool(raw.get("create") or False),
        )

    def applies_to(self, obj: dict) -> bool:
        if self.kind and self.kind != obj.get("kind"):
            return False
        if self.group or self.version:
            group, version = split_api_version(str(obj.get("apiVersion") or ""))
            if self.group and self.group != group:
                return False
            if self.version and self.version != version:
                return False
        return True


def split_path(path: str) -> list[str]:
    """'a/b\\/c/d' -> ['a', 'b/c', 'd']."""
    parts, current, escaped = [], "", False
    for char in path:
        if escaped:
            current += char
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "/":
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    return parts


SetValue = Callable[[Any, Any], None]  # (container, key) -> None; container[key] is the value


def visit_fieldspec(obj: dict, spec: FieldSpec, set_value: SetValue, create_kind: str | None = None) -> None:
    """Call `set_value(container, key)` for every field `spec` selects in `obj`.

    create_kind ('map' | 'scalar' | 'seq'): what to create when the last field is missing and the
    spec says `create: true`; intermediate fields are created as maps.
    """
    if not spec.applies_to(obj):
        return
    parts = split_path(spec.path)
    _visit(obj, parts, spec, set_value, create_kind if spec.create else None)


def _visit(node: Any, parts: list[str], spec: FieldSpec, set_value: SetValue, create_kind: str | None) -> None:
    if node is None:
        return
    if isinstance(node, list):
        for element in node:
            _visit(element, parts, spec, set_value, create_kind)
        return
    if not isinstance(node, dict):
        raise KustomizeError(f"expected sequence or mapping node at field '{spec.path}'")
    name = parts[0]
    is_sequence = name.endswith("[]")
    if is_sequence:
        name = name[:-2]
    if not name:
        raise KustomizeError("cannot set or create an empty field name", field=spec.path)
    last = len(parts) == 1
    can_create = create_kind is not None and not is_sequence
    if node.get(name) is None:
        if name not in node and not can_create:
            return
        if can_create:
            node[name] = _new_value(create_kind if last else "map")
    if last:
        set_value(node, name)
        return
    _visit(node[name], parts[1:], spec, set_value, create_kind)


def _new_value(kind: str | None) -> Any:
    if kind == "map":
        return {}
    if kind == "seq":
        return []
    return None


@dataclass(frozen=True)
class NameReference:
    """Objects of `kind` (group/version) are referred to by name from `specs`."""

    kind: str
    group: str = ""
    version: str = ""
    specs: tuple[FieldSpec, ...] = ()


@dataclass
class TransformerConfig:
    """Field specs per transformer: `default_config()` holds kustomize's own, `configurations:` files add more."""

    name_prefix: list[FieldSpec] = field(default_factory=list)
    name_suffix: list[FieldSpec] = field(default_factory=list)
    namespace: list[FieldSpec] = field(default_factory=list)
    common_labels: list[FieldSpec] = field(default_factory=list)
    template_labels: list[FieldSpec] = field(default_factory=list)
    volume_claim_template_labels: list[FieldSpec] = field(default_factory=list)
    labels: list[FieldSpec] = field(default_factory=list)
    common_annotations: list[FieldSpec] = field(default_factory=list)
    images: list[FieldSpec] = field(default_factory=list)
    replicas: list[FieldSpec] = field(default_factory=list)
    var_reference: list[FieldSpec] = field(default_factory=list)
    name_reference: list[NameReference] = field(default_factory=list)

    def merge(self, other: "TransformerConfig") -> None:
        for attribute in (
            "name_prefix",
            "name_suffix",
            "namespace",
            "common_labels",
            "template_labels",
            "volume_claim_template_labels",
            "labels",
            "common_annotations",
            "images",
            "replicas",
            "var_reference",
        ):
            setattr(self, attribute, merge_specs(getattr(self, attribute), getattr(other, attribute)))
        for reference in other.name_reference:
            self.add_name_reference(reference)

    def add_name_reference(self, reference: NameReference) -> None:
        for index, existing in enumerate(self.name_reference):
            if (existing.kind, existing.group, existing.version) == (
                reference.kind,
                reference.group,
                reference.version,
            ):
                merged = merge_specs(list(existing.specs), list(reference.specs))
                self.name_reference[index] = NameReference(
                    existing.kind, existing.group, existing.version, tuple(merged)
                )
                return
        self.name_reference.append(reference)


def merge_specs(base: list[FieldSpec], extra: list[FieldSpec]) -> list[FieldSpec]:
    """kustomize's FsSlice.MergeAll then sort (api/types/fieldspec.go, builtinconfig Merge).

    A spec of `extra` is dropped when `base` already has one on the same path that the new spec's group,
    version and kind select (empty ones select anything): so a general spec that sorts after a kind-specific
    one on the same path is lost, as in kustomize. The result is sorted by kustomize's GVK order.
    """
    result = list(base)
    by_path: dict[str, list[FieldSpec]] = {}
    for spec in result:
        by_path.setdefault(spec.path, []).append(spec)
    for spec in extra:
        same_path = by_path.setdefault(spec.path, [])
        if any(_selected_by(existing, spec) for existing in same_path):
            continue
        same_path.append(spec)
        result.append(spec)
    result.sort(key=_gvk_order)
    return result


def _selected_by(existing: FieldSpec, selector: FieldSpec) -> bool:
    return (
        (not selector.group or existing.group == selector.group)
        and (not selector.version or existing.version == selector.version)
        and (not selector.kind or existing.kind == selector.kind)
    )


# kyaml/resid/gvk.go: orderFirst kinds sort first, orderLast ones last, the rest by "group_version_kind".
_ORDER_FIRST = (
    "Namespace ResourceQuota StorageClass CustomResourceDefinition ServiceAccount PodSecurityPolicy Role ClusterRole "
    "RoleBinding ClusterRoleBinding ConfigMap Secret Endpoints Service LimitRange PriorityClass PersistentVolume "
    "PersistentVolumeClaim Deployment StatefulSet CronJob PodDisruptionBudget"
).split()
_TYPE_ORDER = {kind: index - len(_ORDER_FIRST) for index, kind in enumerate(_ORDER_FIRST)}
_TYPE_ORDER.update({"MutatingWebhookConfiguration": 1, "ValidatingWebhookConfiguration": 2})


def _gvk_order(spec: FieldSpec) -> tuple[int, str]:
    stable = f"{spec.group or '~G'}_{spec.version or '~V'}_{spec.kind or '~K'}"
    return _TYPE_ORDER.get(spec.kind, 0), stable


_CONFIG_KEYS = {
    "namePrefix": "name_prefix",
    "nameSuffix": "name_suffix",
    "namespace": "namespace",
    "commonLabels": "common_labels",
    "templateLabels": "template_labels",
    "labels": "labels",
    "commonAnnotations": "common_annotations",
    "images": "images",
    "replicas": "replicas",
    "varReference": "var_reference",
}


def config_from_document(document: Any, file: str) -> TransformerConfig:
    """A `configurations:` file as a TransformerConfig holding only what the file lists."""
    config = TransformerConfig()
    if not isinstance(document, dict):
        return config
    for key, value in document.items():
        if key == "nameReference":
            for entry in value or []:
                config.add_name_reference(
                    NameReference(
                        kind=str(entry.get("kind") or ""),
                        group=str(entry.get("group") or ""),
                        version=str(entry.get("version") or ""),
                        specs=tuple(FieldSpec.from_dict(s) for s in entry.get("fieldSpecs") or []),
                    )
                )
            continue
        attribute = _CONFIG_KEYS.get(key)
        if attribute is None:
            raise KustomizeError(f"unknown transformer configuration key '{key}'", file=file, field="configurations")
        setattr(config, attribute, [FieldSpec.from_dict(s) for s in value or []])
    return config
