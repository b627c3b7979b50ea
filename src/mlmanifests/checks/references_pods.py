"""What a pod template refers to, as the kubelet resolves it: its ServiceAccount and image pull Secrets, the
ConfigMaps and Secrets (and their keys) of env, envFrom and volumes, and its PersistentVolumeClaims.

Optional references (`optional: true`) are left out: the kubelet starts the pod without them. A `configMapKeyRef` or
`secretKeyRef` whose key is missing stops the container (CreateContainerConfigError), and so does an `items` key of a
non-optional volume (the volume cannot be set up).
"""

from __future__ import annotations

from typing import Any, Iterator

from mlmanifests.checks.findings import join_path
from mlmanifests.checks.pod_templates import PodTemplate
from mlmanifests.checks.reference_types import KeyNeed, Reference, named
from mlmanifests.manifests import Manifest, ObjectId

GKM_DRIVER = "csi.gkm.io"
_KINDS = {"secretKeyRef": "Secret", "configMapKeyRef": "ConfigMap", "secretRef": "Secret", "configMapRef": "ConfigMap",
          "secret": "Secret", "configMap": "ConfigMap"}


def pod_references(template: PodTemplate) -> Iterator[Reference]:
    manifest, spec = template.manifest, template.spec
    account_field = "serviceAccountName" if spec.get("serviceAccountName") else "serviceAccount"
    yield from named(manifest, template.field(account_field), "", "ServiceAccount", spec.get(account_field))
    for index, pull_secret in enumerate(spec.get("imagePullSecrets") or []):
        yield from named(manifest, template.field("imagePullSecrets", index, "name"), "", "Secret", (pull_secret or {}).get("name"))
    for path, container in template.containers():
        yield from _container_references(manifest, path, container)
    for path, volume in template.volumes():
        yield from _volume_references(manifest, path, volume)


def _container_references(manifest: Manifest, path: str, container: dict[str, Any]) -> Iterator[Reference]:
    for index, env in enumerate(container.get("env") or []):
        value_from = (env or {}).get("valueFrom") or {}
        for field in ("secretKeyRef", "configMapKeyRef"):
            ref = value_from.get(field)
            if isinstance(ref, dict) and not ref.get("optional"):
                ref_path = join_path(path, "env", index, "valueFrom", field)
                keys = (KeyNeed(join_path(ref_path, "key"), (str(ref["key"]),)),) if ref.get("key") else ()
                yield from named(manifest, join_path(ref_path, "name"), "", _KINDS[field], ref.get("name"), keys=keys)
    for index, env_from in enumerate(container.get("envFrom") or []):
        for field in ("secretRef", "configMapRef"):
            ref = (env_from or {}).get(field)
            if isinstance(ref, dict) and not ref.get("optional"):
                yield from named(manifest, join_path(path, "envFrom", index, field, "name"), "", _KINDS[field], ref.get("name"))


def _volume_references(manifest: Manifest, path: str, volume: dict[str, Any]) -> Iterator[Reference]:
    for field, name_field in (("secret", "secretName"), ("configMap", "name")):
        source = volume.get(field)
        if isinstance(source, dict) and not source.get("optional"):
            source_path = join_path(path, field)
            yield from named(manifest, join_path(source_path, name_field), "", _KINDS[field], source.get(name_field),
                             keys=_item_keys(source_path, source))
    for index, source in enumerate((volume.get("projected") or {}).get("sources") or []):
        for field in ("secret", "configMap"):
            ref = (source or {}).get(field)
            if isinstance(ref, dict) and not ref.get("optional"):
                ref_path = join_path(path, "projected", "sources", index, field)
                yield from named(manifest, join_path(ref_path, "name"), "", _KINDS[field], ref.get("name"),
                                 keys=_item_keys(ref_path, ref))
    claim = (volume.get("persistentVolumeClaim") or {}).get("claimName")
    yield from named(manifest, join_path(path, "persistentVolumeClaim", "claimName"), "", "PersistentVolumeClaim", claim)
    csi = volume.get("csi") or {}
    if csi.get("driver") == GKM_DRIVER:
        yield from _gkm_cache_reference(manifest, join_path(path, "csi", "volumeAttributes"), csi.get("volumeAttributes") or {})


def _item_keys(path: str, source: dict[str, Any]) -> tuple[KeyNeed, ...]:
    return tuple(KeyNeed(join_path(path, "items", index, "key"), (str(item["key"]),))
                 for index, item in enumerate(source.get("items") or []) if isinstance(item, dict) and item.get("key"))


def _gkm_cache_reference(manifest: Manifest, path: str, attributes: dict[str, Any]) -> Iterator[Reference]:
    """`csi.gkm.io/GKMCache` names a GKMCache in `csi.gkm.io/namespace` (default: the pod's namespace), or, with no
    namespace attribute, possibly a ClusterGKMCache; `csi.gkm.io/ClusterGKMCache` names a ClusterGKMCache."""
    cluster_cache = attributes.get("csi.gkm.io/ClusterGKMCache")
    if isinstance(cluster_cache, str) and cluster_cache:
        yield Reference(manifest, join_path(path, "csi.gkm.io/ClusterGKMCache"), (ObjectId("gkm.io", "ClusterGKMCache", "", cluster_cache),))
    cache = attributes.get("csi.gkm.io/GKMCache")
    if not isinstance(cache, str) or not cache:
        return
    namespace = attributes.get("csi.gkm.io/namespace")
    candidates = [ObjectId("gkm.io", "GKMCache", namespace or manifest.namespace, cache)]
    if not namespace:
        candidates.append(ObjectId("gkm.io", "ClusterGKMCache", "", cache))
    yield Reference(manifest, join_path(path, "csi.gkm.io/GKMCache"), tuple(candidates))
