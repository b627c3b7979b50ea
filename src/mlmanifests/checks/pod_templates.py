"""Where pod specs live in the workload kinds, and the containers inside them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator

from mlmanifests.checks.findings import join_path
from mlmanifests.manifests import Manifest

_TEMPLATE_PATHS: dict[tuple[str, str], tuple[str, ...]] = {
    ("", "Pod"): ("spec",),
    ("apps", "Deployment"): ("spec", "template", "spec"),
    ("apps", "StatefulSet"): ("spec", "template", "spec"),
    ("apps", "DaemonSet"): ("spec", "template", "spec"),
    ("apps", "ReplicaSet"): ("spec", "template", "spec"),
    ("", "ReplicationController"): ("spec", "template", "spec"),
    ("batch", "Job"): ("spec", "template", "spec"),
    ("batch", "CronJob"): ("spec", "jobTemplate", "spec", "template", "spec"),
}
CONTAINER_LISTS = ("initContainers", "containers", "ephemeralContainers")
SERVING_KINDS = {("apps", "Deployment"), ("apps", "StatefulSet"), ("apps", "ReplicaSet"), ("", "ReplicationController")}


@dataclass(frozen=True)
class PodTemplate:
    manifest: Manifest
    path: str  # field path of the pod spec, e.g. spec.template.spec
    spec: dict[str, Any]

    def field(self, *parts: str | int) -> str:
        return join_path(self.path, *parts)

    def containers(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """(field path, container) of every init, app and ephemeral container."""
        for list_name in CONTAINER_LISTS:
            for index, container in enumerate(self.spec.get(list_name) or []):
                if isinstance(container, dict):
                    yield self.field(list_name, index), container

    def volumes(self) -> Iterator[tuple[str, dict[str, Any]]]:
        for index, volume in enumerate(self.spec.get("volumes") or []):
            if isinstance(volume, dict):
                yield self.field("volumes", index), volume


def pod_template(manifest: Manifest) -> PodTemplate | None:
    """The pod spec of a workload object, or None when the kind has none (or it is malformed)."""
    parts = _TEMPLATE_PATHS.get((manifest.group, manifest.kind))
    if parts is None:
        return None
    node: Any = manifest.body
    for part in parts:
        node = node.get(part) if isinstance(node, dict) else None
    if not isinstance(node, dict):
        return None
    return PodTemplate(manifest, ".".join(parts), node)


def pod_templates(manifests) -> Iterator[PodTemplate]:
    for manifest in manifests:
        template = pod_template(manifest)
        if template is not None:
            yield template
