"""Duplicate identities: two objects with the same group, kind, namespace and name replace one another.

Within a target always; across targets too when they land in one cluster (the pipeline groups them).
"""

from __future__ import annotations

from typing import Iterable, Iterator

from mlmanifests.checks.findings import Finding, error
from mlmanifests.checks.manifest_set import ManifestSet
from mlmanifests.manifests import Manifest


def check_identity(manifests: ManifestSet) -> Iterator[Finding]:
    for target_manifests in manifests.by_target.values():
        yield from _duplicates(target_manifests, scope="target")


def check_identity_across_targets(manifests: Iterable[Manifest], cluster: str = "") -> list[Finding]:
    """For targets that land in one cluster: an object of one target that replaces another target's object."""
    scope = f"cluster {cluster}" if cluster else "cluster"
    return list(_duplicates(manifests, scope=scope, across_targets_only=True))


def _duplicates(manifests: Iterable[Manifest], *, scope: str, across_targets_only: bool = False) -> Iterator[Finding]:
    first_seen: dict[object, Manifest] = {}
    for manifest in manifests:
        if not manifest.kind or not manifest.name:
            continue  # the schema check reports objects without identity
        first = first_seen.setdefault(manifest.id, manifest)
        if first is manifest or (across_targets_only and first.target == manifest.target):
            continue  # a duplicate within one target is check_identity's finding already
        where = f" (first at {first.source})" if first.source else ""
        if first.target != manifest.target:
            where = f" by another target, {first.target}{where}"
        yield error(manifest, "duplicate-identity", "metadata.name",
                    f"{manifest.id} is defined twice in the {scope}{where}; "
                    "the later one silently replaces the earlier when applied",
                    "rename one of them, or merge their contents into one object")
