"""Where each object goes under dist/: one file per object, named so that lexical order is apply order.

per-target layout (default)           single-cluster layout
  dist/<target>/Kustomization           dist/Kustomization
  dist/<target>/00_namespace_x.yaml     dist/00_<target>_namespace_x.yaml
  dist/<target>/instances/...           dist/instances/...
  dist/gitops/...                       dist/gitops/...

`kubectl apply -f` reads every .yaml/.yml/.json file of a folder as an object, so only objects carry those
extensions; the kustomization file is named `Kustomization`, which kustomize, Argo CD and Flux accept.
Instances of kinds that a controller creates at runtime (kro instances) go to `instances/`, applied after.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import PurePosixPath

from mlmanifests.manifests import Manifest

KUSTOMIZATION_FILE = "Kustomization"
INSTANCES_DIR = "instances"

# Apply order by kind: what others depend on first; custom resources last.
_RANK_BY_KIND = {
    "Namespace": 0,
    "CustomResourceDefinition": 5,
    "PriorityClass": 10, "StorageClass": 10, "ClusterRole": 10, "ClusterRoleBinding": 11,
    "ServiceAccount": 20, "Role": 21, "RoleBinding": 22, "ConfigMap": 23, "Secret": 23,
    "ExternalSecret": 24, "PersistentVolumeClaim": 25, "LimitRange": 25, "ResourceQuota": 25, "NetworkPolicy": 25,
    "Service": 30,
    "DaemonSet": 40, "Deployment": 40, "StatefulSet": 40, "ReplicaSet": 40, "Job": 40, "CronJob": 40, "Pod": 40,
    "HorizontalPodAutoscaler": 45, "PodDisruptionBudget": 45, "Ingress": 45,
}
_CORE_GROUPS = {"", "apps", "batch", "rbac.authorization.k8s.io", "networking.k8s.io", "policy", "autoscaling",
                "scheduling.k8s.io", "storage.k8s.io", "apiextensions.k8s.io"}
# Custom resources that configure an operator go before the resources it reconciles.
_OPERATOR_CONFIG_KINDS = {("core.cnrm.cloud.google.com", "ConfigConnector"), ("core.cnrm.cloud.google.com", "ConfigConnectorContext")}
# Custom resources whose controller makes what workloads mount go before the workloads: GKM creates a cache's PVC.
_BEFORE_WORKLOADS_KINDS = {("gkm.io", "GKMCache"), ("gkm.io", "ClusterGKMCache")}
_CUSTOM_RESOURCE_RANK = 60


def apply_rank(manifest: Manifest) -> int:
    if manifest.group in _CORE_GROUPS and manifest.kind in _RANK_BY_KIND:
        return _RANK_BY_KIND[manifest.kind]
    if manifest.kind == "ExternalSecret":
        return _RANK_BY_KIND["ExternalSecret"]
    if (manifest.group, manifest.kind) in _OPERATOR_CONFIG_KINDS:
        return 50
    if (manifest.group, manifest.kind) in _BEFORE_WORKLOADS_KINDS:
        return 35
    return _CUSTOM_RESOURCE_RANK


def runtime_kinds(manifests: Iterable[Manifest]) -> set[tuple[str, str]]:
    """(group, kind) of the kinds kro ResourceGraphDefinitions in these manifests define."""
    kinds = set()
    for manifest in manifests:
        if manifest.group == "kro.run" and manifest.kind == "ResourceGraphDefinition":
            schema = manifest.body.get("spec", {}).get("schema", {})
            kinds.add((schema.get("group", "kro.run"), schema.get("kind", "")))
    return kinds


@dataclass(frozen=True)
class Placement:
    folder: PurePosixPath
    """Folder under the output dir, holding a Kustomization that lists its files in order."""
    file: str


def place(manifests: list[Manifest], layout: str) -> list[tuple[Placement, Manifest]]:
    """Where each object goes, sorted in apply order within each folder."""
    single_cluster = layout == "single-cluster"
    runtime = runtime_kinds(manifests)
    by_folder: dict[PurePosixPath, list[Manifest]] = {}
    for manifest in manifests:
        if manifest.folder is not None:
            folder = PurePosixPath(manifest.folder)
        else:
            folder = PurePosixPath(".") if single_cluster else PurePosixPath(manifest.target)
        if (manifest.group, manifest.kind) in runtime:
            folder = folder / INSTANCES_DIR
        by_folder.setdefault(folder, []).append(manifest)
    placed = []
    for folder, members in sorted(by_folder.items()):
        with_target = single_cluster and folder.parts[:1] in ((), (INSTANCES_DIR,))
        members.sort(key=lambda m: (apply_rank(m), m.target if with_target else "", m.kind.lower(), m.namespace, m.name, m.group))
        stems = [_file_stem(m, with_target, with_group=False) for m in members]
        for manifest, stem in zip(members, stems):
            if stems.count(stem) > 1:  # one kind name in two API groups (core Service, KCC Service)
                stem = _file_stem(manifest, with_target, with_group=True)
            placed.append((Placement(folder, f"{stem}.yaml"), manifest))
    return placed


MAX_FILE_NAME_BYTES = 255
"""NAME_MAX of ext4, xfs, btrfs, APFS, NTFS: a 253-character name with its namespace and kind is longer."""


class UnsafeFileName(Exception):
    """An object's name or namespace cannot be part of a file name (a '/', a control character, empty)."""


def _file_stem(manifest: Manifest, with_target: bool, *, with_group: bool) -> str:
    """e.g. 40_deployment_team-a_server; `_` never occurs in Kubernetes names, so the parts stay apart.

    A stem too long for a file name keeps its first bytes and ends in a hash of the whole, so it stays unique
    and the same on every run."""
    kind = manifest.kind.lower() + (f".{manifest.group}" if with_group and manifest.group else "")
    parts = [f"{apply_rank(manifest):02d}", *([manifest.target] if with_target else []), kind]
    names = [*([manifest.namespace] if manifest.namespace else []), manifest.name]
    for name in names:
        if not name or name in (".", "..") or "/" in name or any(ord(c) < 32 or c == "\x7f" for c in name):
            raise UnsafeFileName(f"{manifest.id}: {name!r} cannot name a file (empty, '.', '/' or a control "
                                 "character), and the API server refuses it too; fix that name in the config")
    stem = "_".join([*parts, *names])
    limit = MAX_FILE_NAME_BYTES - len(".yaml")
    if len(stem.encode()) > limit:
        digest = hashlib.sha256(stem.encode()).hexdigest()[:16]
        stem = stem.encode()[: limit - len(digest) - 1].decode(errors="ignore") + "-" + digest
    return stem
