"""Duplicate identities: two objects of one target with the same group, kind, namespace and name replace one another."""

from __future__ import annotations

from typing import Iterator

from mlmanifests.checks.findings import Finding, error
from mlmanifests.checks.manifest_set import ManifestSet
from mlmanifests.manifests import Manifest


def check_identity(manifests: ManifestSet) -> Iterator[Finding]:
    for target_manifests in manifests.by_target.values():
        first_seen: dict[object, Manifest] = {}
        for manifest in target_manifests:
            if not manifest.kind or not manifest.name:
                continue  # the schema check reports objects without identity
            first = first_seen.setdefault(manifest.id, manifest)
            if first is manifest:
                continue
            where = f" (first at {first.source})" if first.source else ""
            yield error(manifest, "duplicate-identity", "metadata.name",
                        f"{manifest.id} is defined twice in target {manifest.target}{where}; "
                        "the later one silently replaces the earlier when applied",
                        "rename one of them, or merge their contents into one object")
