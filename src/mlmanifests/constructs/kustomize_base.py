"""A kustomize tree inside a chart: the rendered objects become ApiObjects that chart code can patch further.

    base = KustomizeBase(chart, "pipelines", path=manifests / "applications/pipeline/upstream/env/plain")
    base.find("Deployment", "ml-pipeline", namespace="kubeflow").add_json_patch(
        JsonPatch.replace("/spec/replicas", 2)
    )

The tree is rendered with `mlmanifests.kustomize.build`, which prints what `kustomize build` prints, so the
chart's objects equal the upstream build before chart code touches them.
"""

from __future__ import annotations

import re
from pathlib import Path

from cdk8s import ApiObject, JsonPatch
from constructs import Construct

from mlmanifests.kustomize import build

_ID_UNSAFE = re.compile(r"[^A-Za-z0-9.-]+")


class KustomizeBase(Construct):
    """Every object `kustomize build path` renders, added to the chart in kustomize's order."""

    def __init__(self, scope: Construct, id: str, *, path: str | Path) -> None:
        super().__init__(scope, id)
        self.path = Path(path)
        self._objects: list[tuple[str, str, str, ApiObject]] = []
        for rendered in build(self.path):
            self._add(rendered)

    def _add(self, rendered: dict) -> None:
        metadata = rendered.get("metadata") or {}
        kind = str(rendered.get("kind") or "")
        name = str(metadata.get("name") or "")
        namespace = str(metadata.get("namespace") or "")
        api_object = ApiObject(
            self,
            _construct_id(kind, namespace, name),
            api_version=str(rendered.get("apiVersion") or ""),
            kind=kind,
            metadata=metadata,
        )
        for field, value in rendered.items():
            if field not in ("apiVersion", "kind", "metadata"):
                api_object.add_json_patch(JsonPatch.add(f"/{_escape_pointer(field)}", value))
        self._objects.append((kind, namespace, name, api_object))

    @property
    def api_objects(self) -> list[ApiObject]:
        """The objects in the order kustomize prints them."""
        return [entry[3] for entry in self._objects]

    def find(self, kind: str, name: str, *, namespace: str | None = None) -> ApiObject:
        """The object of this kind and name (and namespace, when given); a LookupError names what exists."""
        matches = [
            entry[3]
            for entry in self._objects
            if entry[0] == kind and entry[2] == name and (namespace is None or entry[1] == namespace)
        ]
        if len(matches) == 1:
            return matches[0]
        where = f" in namespace {namespace}" if namespace is not None else ""
        if not matches:
            known = ", ".join(n for k, _, n, _ in self._objects if k == kind) or "none"
            raise LookupError(f"{self.path}: no {kind}/{name}{where} in the rendered tree (known {kind}: {known})")
        raise LookupError(f"{self.path}: {len(matches)} objects are {kind}/{name}; pass namespace= to choose one")


def reshape(api_object: ApiObject, planned: dict | None) -> None:
    """Make a rendered object's top-level fields what `planned` says (patches on the ApiObject); None drops it.

    For charts that compute the changed objects as plain data (a patch plan) and then apply it to the chart."""
    if planned is None:
        api_object.node.scope.node.try_remove_child(api_object.node.id)
        return
    current = api_object.to_json()
    for field in sorted(set(current) | set(planned)):
        if field not in planned:
            api_object.add_json_patch(JsonPatch.remove(f"/{_escape_pointer(field)}"))
        elif current.get(field) != planned[field]:
            api_object.add_json_patch(JsonPatch.add(f"/{_escape_pointer(field)}", planned[field]))


def _construct_id(kind: str, namespace: str, name: str) -> str:
    parts = [kind, namespace, name] if namespace else [kind, name]
    return _ID_UNSAFE.sub("-", "-".join(parts)) or "object"


def _escape_pointer(field: str) -> str:
    return field.replace("~", "~0").replace("/", "~1")
