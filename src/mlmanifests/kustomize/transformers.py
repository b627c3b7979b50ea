"""The built-in transformers a kustomization's fields configure, each applied to a ResMap."""

from __future__ import annotations

import re
from typing import Any

from .errors import KustomizeError
from .fieldspecs import FieldSpec, merge_specs, visit_fieldspec
from .resmap import ResMap
from .resource import Resource, is_cluster_scoped, split_api_version

_PREFIX_SKIPPED_KINDS = {("", "CustomResourceDefinition"), ("apiregistration.k8s.io", "APIService"), ("", "Namespace")}


def _skips_prefix(resource: Resource) -> bool:
    original = resource.org_id()
    for group, kind in _PREFIX_SKIPPED_KINDS:
        if original.kind == kind and (not group or original.group == group):
            return True
    return False


def apply_namespace(
    resmap: ResMap,
    namespace: str,
    specs: list[FieldSpec],
    *,
    unset_only: bool = False,
    role_binding_subjects: str = "defaultOnly",
) -> None:
    """Set metadata.namespace on namespaced objects, plus the configured fields and binding subjects."""
    if not namespace:
        return

    def set_namespace(container: Any, key: Any) -> None:
        if unset_only and container.get(key):
            return
        container[key] = namespace

    for resource in resmap:
        if not resource.obj:
            continue
        resource.store_previous_id()
        group, version = split_api_version(resource.api_version)
        if not is_cluster_scoped(group, version, resource.kind):
            set_namespace(resource.metadata, "namespace")
        kind = resource.kind
        if kind in ("RoleBinding", "ClusterRoleBinding"):
            for subject in resource.obj.get("subjects") or []:
                if not isinstance(subject, dict):
                    continue
                if (role_binding_subjects == "defaultOnly" and subject.get("name") == "default") or (
                    role_binding_subjects == "allServiceAccounts" and subject.get("kind") == "ServiceAccount"
                ):
                    set_namespace(subject, "namespace")
        for spec in specs:
            if spec.path == "metadata/namespace":
                continue
            if spec.path == "metadata/name" and resource.api_version != "v1":
                continue
            if (
                kind in ("RoleBinding", "ClusterRoleBinding")
                and spec.path == "subjects/namespace"
                and spec.kind == kind
            ):
                continue
            visit_fieldspec(resource.obj, spec, set_namespace, "scalar")
    seen: set = set()
    for resource in resmap:
        current = resource.cur_id()
        if current.key() in seen:
            raise KustomizeError(
                f"namespace transformation produces ID conflict: {current}", field="namespace", obj=resource.describe()
            )
        seen.add(current.key())


def apply_name_affix(resmap: ResMap, affix: str, specs: list[FieldSpec], *, is_prefix: bool) -> None:
    """namePrefix / nameSuffix: rename objects (not CRDs, APIServices or Namespaces) and configured fields."""

    def rename(container: Any, key: Any) -> None:
        value = "" if container[key] is None else str(container[key])
        container[key] = f"{affix}{value}" if is_prefix else f"{value}{affix}"

    for resource in resmap:
        if _skips_prefix(resource):
            continue
        original = resource.org_id()
        for spec in specs:
            if spec.kind and spec.kind != original.kind:
                continue
            if spec.group and spec.group != original.group:
                continue
            if spec.version and spec.version != original.version:
                continue
            if spec.path == "metadata/name":
                (resource.prefixes if is_prefix else resource.suffixes).append(affix)
                if affix:
                    resource.store_previous_id()
            visit_fieldspec(resource.obj, spec, rename, "scalar")


def _string_map_setter(values: dict[str, str]):
    def set_entries(container: Any, key: Any) -> None:
        target = container[key]
        if target is None:
            target = {}
            container[key] = target
        if not isinstance(target, dict):
            raise KustomizeError(f"expected a map at '{key}' to add labels or annotations to")
        for name, value in values.items():
            target[name] = value

    return set_entries


def apply_string_map(resmap: ResMap, values: dict[str, str], specs: list[FieldSpec]) -> None:
    """Labels or annotations: add every pair at every configured field, creating maps where asked."""
    if not values:
        return
    setter = _string_map_setter(values)
    for resource in resmap:
        for spec in specs:
            visit_fieldspec(resource.obj, spec, setter, "map")


def label_specs_for(entry: dict, config: Any) -> list[FieldSpec]:
    """The field specs one `labels:` entry writes to, as kustomize composes them."""
    specs = [FieldSpec.from_dict(s) for s in entry.get("fields") or []]
    specs = merge_specs(specs, config.labels)
    if entry.get("includeSelectors"):
        return merge_specs(specs, config.common_labels)
    if entry.get("includeTemplates"):
        specs = merge_specs(specs, config.template_labels)
    return merge_specs(specs, [FieldSpec(path="metadata/labels", create=True)])


# --- images --------------------------------------------------------------------------------------


def split_image(image: str) -> tuple[str, str, str]:
    """(name, tag, digest); a registry port (host:5000/app) is part of the name."""
    slash = image.find("/")
    search = image[slash:] if slash > 0 else image
    offset = slash if slash > 0 else 0
    at, colon = search.find("@"), search.find(":")
    if colon < 0 and at < 0:
        return image, "", ""
    if at >= 0 and (at < colon or colon < 0):
        at += offset
        return image[:at], "", image[at + 1 :]
    if at >= 0 and colon >= 0:
        at += offset
        colon += offset
        return image[:colon], image[colon + 1 : at], image[at + 1 :]
    colon += offset
    return image[:colon], image[colon + 1 :], ""


def _image_matches(value: str, name: str) -> bool:
    try:
        pattern = re.compile(
            "^" + name + r"(:[a-zA-Z0-9_.{}-]*)?(@[a-zA-Z0-9]+([.+_-][a-zA-Z0-9]+)*:[a-zA-Z0-9_.{}-]*)?$"
        )
    except re.error:
        return False
    return bool(pattern.match(value))


def _new_image(value: str, image: dict) -> str:
    name, tag, digest = split_image(value)
    if image.get("newName"):
        name = str(image["newName"])
    new_tag, new_digest = str(image.get("newTag") or ""), str(image.get("digest") or "")
    suffix = str(image.get("tagSuffix") or "")
    if new_tag and new_digest:
        tag, digest = new_tag, new_digest
    elif new_tag:
        tag, digest = new_tag, ""
    elif new_digest:
        tag, digest = "", new_digest
    elif suffix:
        tag, digest = tag + suffix, ""
    if tag:
        name += ":" + tag
    if digest:
        name += "@" + digest
    return name


def apply_image(resmap: ResMap, image: dict, specs: list[FieldSpec]) -> None:
    """One `images:` entry: every container image named `name` gets the new name/tag/digest."""
    wanted = str(image.get("name") or "")

    def update(container: Any, key: Any) -> None:
        value = container[key]
        if not isinstance(value, str):
            if value is None:
                return
            raise KustomizeError(f"image field must be a string, got {value!r}", field="images")
        if _image_matches(value, wanted):
            container[key] = _new_image(value, image)

    for resource in resmap:
        if resource.kind == "CustomResourceDefinition":
            continue
        _update_containers_anywhere(resource.obj, update)
        for spec in specs:
            visit_fieldspec(resource.obj, spec, update)


def _update_containers_anywhere(node: Any, update: Any) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            _update_containers_anywhere(value, update)
            if key in ("containers", "initContainers") and isinstance(value, list):
                for container in value:
                    if isinstance(container, dict) and "image" in container:
                        update(container, "image")
    elif isinstance(node, list):
        for element in node:
            _update_containers_anywhere(element, update)


# --- replicas ------------------------------------------------------------------------------------


def apply_replicas(resmap: ResMap, replica: dict, specs: list[FieldSpec]) -> None:
    name = str(replica.get("name") or "")
    count = replica.get("count")
    found = False

    def set_count(container: Any, key: Any) -> None:
        container[key] = count

    for spec in specs:
        for resource in resmap:
            ids = resource.any_ids()
            if not any(
                i.name == name
                and (not spec.kind or spec.kind == i.kind)
                and (not spec.group or spec.group == i.group)
                and (not spec.version or spec.version == i.version)
                for i in ids
            ):
                continue
            found = True
            visit_fieldspec(resource.obj, FieldSpec(path=spec.path, create=spec.create), set_count, "scalar")
    if not found:
        kinds = ", ".join(s.kind for s in specs)
        raise KustomizeError(
            f"resource with name {name} does not match a config with the following kinds [{kinds}]",
            field="replicas",
            obj=name,
        )
