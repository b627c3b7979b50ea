"""Store references: every ExternalSecret names a store that the same cluster holds, or one declared `external`.

ESO resolves `spec.secretStoreRef` (kind SecretStore by default, in the ExternalSecret's namespace; a
ClusterSecretStore is cluster-scoped) in the cluster the ExternalSecret is applied to, so a store emitted for the
management cluster does not satisfy an ExternalSecret of a cluster part (`destination`) and the other way round.
Without the store ESO marks the ExternalSecret `SecretSyncedError` and the Secret never appears.

In `synth` a missing store is an error: the config declares what exists elsewhere (`external:`). `validate` reads
files with no config, so a ClusterSecretStore absent from them (cluster-wide, often the platform team's) is a
warning there, while a namespaced SecretStore missing from its own namespace stays an error.

Also checks the Config Connector side of Google stores: a ClusterSecretStore for Secret Manager authenticating with
Workload Identity needs its `serviceAccountRef` ServiceAccount in the same cluster.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterator

from mlmanifests.checks.findings import Finding, error, warning
from mlmanifests.checks.manifest_set import ManifestSet
from mlmanifests.manifests import Manifest, ObjectId

ESO_GROUP = "external-secrets.io"
STORE_KINDS = ("SecretStore", "ClusterSecretStore")
# Kinds that name a store in spec.secretStoreRef (ExternalSecret; PushSecret names a list under spec.secretStoreRefs).
REFERRING_KINDS = ("ExternalSecret",)


def check_secret_stores(manifests: ManifestSet) -> Iterator[Finding]:
    clusters: dict[tuple[str, str | None], list[Manifest]] = defaultdict(list)
    for manifest in manifests.manifests:
        clusters[(manifest.target, manifest.destination)].append(manifest)
    for (target, destination), cluster in clusters.items():
        present = {manifest.id for manifest in cluster} | set(manifests.external)
        where = f"target {target}" + (f" (cluster {destination})" if destination else "")
        for manifest in cluster:
            if manifest.group != ESO_GROUP:
                continue
            if manifest.kind in REFERRING_KINDS:
                yield from _store_reference(manifest, present, where)
            elif manifest.kind == "ClusterSecretStore":
                yield from _store_service_account(manifest, present, where)


def _store_reference(manifest: Manifest, present: set[ObjectId], where: str) -> Iterator[Finding]:
    ref = (manifest.body.get("spec") or {}).get("secretStoreRef") or {}
    name, kind = ref.get("name"), ref.get("kind") or "SecretStore"
    if not isinstance(name, str) or kind not in STORE_KINDS:
        return
    namespace = manifest.namespace if kind == "SecretStore" else ""
    if ObjectId(ESO_GROUP, kind, namespace, name) in present:
        return
    scope = f"{namespace}/" if namespace else ""
    # A manifest read from a file (validate) has a source; synthesized ones come with the config's declarations.
    report = warning if manifest.source is not None and kind == "ClusterSecretStore" else error
    yield report(
        manifest, "dangling-secret-store", "spec.secretStoreRef.name",
        f"{manifest.id} reads from {kind} {scope}{name}, which is not in {where}: ESO never syncs the Secret",
        f"emit the store for that cluster (constructs.secret_store), or declare it under `external:` "
        f"(kind: {kind}, apiVersion: external-secrets.io/v1, name: {name}"
        + (f", namespace: {namespace}" if namespace else "") + ")",
    )


def _store_service_account(manifest: Manifest, present: set[ObjectId], where: str) -> Iterator[Finding]:
    provider = ((manifest.body.get("spec") or {}).get("provider") or {})
    for name, path in (("gcpsm", "auth.workloadIdentity.serviceAccountRef"), ("azurekv", "serviceAccountRef")):
        node = provider.get(name) or {}
        for step in path.split("."):
            node = (node or {}).get(step) or {}
        if not node.get("name"):
            continue
        wanted = ObjectId("", "ServiceAccount", str(node.get("namespace") or ""), str(node["name"]))
        if wanted not in present:
            yield error(manifest, "dangling-store-service-account", f"spec.provider.{name}.{path}.name",
                        f"{manifest.id} authenticates as ServiceAccount {wanted.namespace}/{wanted.name}, which is not in {where}",
                        "emit it with the store (constructs.secret_store) or declare it under `external:`")
