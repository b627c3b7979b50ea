"""Cross-object references over one cluster's whole set: every object (and every ConfigMap or Secret key) an object
names must be in the set, be produced there by rule, or be declared external.

A reference names one or more candidate identities (any one satisfies it) and the keys it reads. What the set holds,
including the objects controllers create at runtime (cert-manager, External Secrets, the token controller, istiod,
StatefulSets, GKM), is indexed once by `references_present`; pod templates' references are in `references_pods`,
Istio Gateway credentials in `references_istio`. A custom resource's apiVersion not served by its CRD in the set is
the schema check's `removed-api` finding. Key names are printed, never values.
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator

from mlmanifests.checks.findings import Finding, error, join_path
from mlmanifests.checks.manifest_set import ManifestSet
from mlmanifests.checks.pod_templates import pod_template
from mlmanifests.checks.reference_types import ANY, KeyNeed, Reference, named
from mlmanifests.checks.references_istio import GatewayWorkloads, gateway_credential_references
from mlmanifests.checks.references_pods import pod_references
from mlmanifests.checks.references_present import ANY_KEY, Holding, present_objects, union_keys
from mlmanifests.manifests import Manifest, ObjectId

__all__ = ["Reference", "check_references", "find_references"]

_RULES = {
    "Secret": "dangling-secret", "ConfigMap": "dangling-configmap", "ServiceAccount": "dangling-service-account",
    "PersistentVolumeClaim": "dangling-pvc", "Service": "dangling-service", "GKMCache": "dangling-gkm-cache",
    "ClusterGKMCache": "dangling-gkm-cache", "AKSNodeClass": "dangling-node-class", "EC2NodeClass": "dangling-node-class",
}


def check_references(manifests: ManifestSet) -> Iterator[Finding]:
    for where, cluster_manifests in _cluster_sets(manifests).items():
        present = present_objects(cluster_manifests, manifests.external)
        for reference in find_references(cluster_manifests):
            holdings = [holding for candidate in reference.candidates for holding in present.find(candidate)]
            if not holdings:
                yield _dangling(reference, where)
            elif reference.keys:
                yield from _missing_keys(reference, holdings)


def _cluster_sets(manifests: ManifestSet) -> dict[str, list[Manifest]]:
    """The objects that land in one cluster together: a target's own, and apart from them each of its cluster parts
    (objects for a cluster the target creates, e.g. mlops-gcp's kfp-cluster), which cannot see the target's."""
    sets: dict[str, list[Manifest]] = {}
    for target, target_manifests in manifests.by_target.items():
        for manifest in target_manifests:
            where = f"{target} (cluster part {manifest.folder})" if manifest.destination and manifest.folder else target
            sets.setdefault(where, []).append(manifest)
    return sets


def _dangling(reference: Reference, target: str) -> Finding:
    first = reference.candidates[0]
    rule = reference.rule or _RULES.get(first.kind) or (
        "dangling-kcc-ref" if first.group.endswith("cnrm.cloud.google.com") else "dangling-reference")
    note = f" ({reference.note})" if reference.note else ""
    return error(reference.source, rule, reference.path,
                 f"{reference.source.id} refers to {reference.label}, which is not in target {target}{note}",
                 f"add the {first.kind} to the target (or what produces it, e.g. an ExternalSecret for a Secret), "
                 "or declare it under `external:` in the config if it exists outside the target")


def _missing_keys(reference: Reference, holdings: list[Holding]) -> Iterator[Finding]:
    keys = union_keys(holdings)
    if keys is ANY_KEY:
        return
    for need in reference.keys:
        if any(set(option) <= keys for option in need.options):
            continue
        held = ", ".join(repr(key) for key in sorted(keys)) or "no keys"
        providers = " and ".join(sorted({holding.provider for holding in holdings}))
        yield error(reference.source, "missing-key", need.path,
                    f"{reference.source.id} reads key {need.label} of {reference.label}, which holds {held} "
                    f"(written by {providers})",
                    _key_hint(reference, need, holdings))


def _key_hint(reference: Reference, need: KeyNeed, holdings: list[Holding]) -> str:
    writers = sorted({holding.provider for holding in holdings if holding.provider.startswith("ExternalSecret ")})
    if writers:
        fix = (f"write the key from {' and '.join(writers)} (a `spec.data` item with `secretKey: {need.keys[0]}`, "
               "or a `spec.target.template.data` key when it has a template, which replaces the provider's keys)")
    else:
        fix = f"add the key to {reference.label}"
    optional = ", or mark the reference `optional: true` if the workload can start without it" if reference.optional_allowed else ""
    return f"{fix}, fix the key name{optional}"


def find_references(target_manifests: Iterable[Manifest]) -> Iterator[Reference]:
    target_manifests = list(target_manifests)
    workloads: GatewayWorkloads | None = None
    for manifest in target_manifests:
        template = pod_template(manifest)
        if template is not None:
            yield from pod_references(template)
        group, kind = manifest.group, manifest.kind
        if group == "networking.k8s.io" and kind == "Ingress":
            yield from _ingress_references(manifest)
        elif group == "networking.istio.io" and kind == "VirtualService":
            yield from _virtual_service_references(manifest)
        elif group == "networking.istio.io" and kind == "Gateway":
            workloads = workloads or GatewayWorkloads(target_manifests)
            yield from gateway_credential_references(manifest, workloads)
        elif group == "karpenter.sh" and kind == "NodePool":
            yield from _node_class_reference(manifest)
        elif group == "kro.run" and kind == "ResourceGraphDefinition":
            yield from _external_refs(manifest)
        elif group.endswith("cnrm.cloud.google.com"):
            yield from _kcc_references(manifest, manifest.body.get("spec"), "spec")


def _ingress_references(manifest: Manifest) -> Iterator[Reference]:
    spec = manifest.body.get("spec") or {}
    default_service = ((spec.get("defaultBackend") or {}).get("service") or {}).get("name")
    yield from named(manifest, "spec.defaultBackend.service.name", "", "Service", default_service)
    for rule_index, rule in enumerate(spec.get("rules") or []):
        for path_index, http_path in enumerate(((rule or {}).get("http") or {}).get("paths") or []):
            service = (((http_path or {}).get("backend") or {}).get("service") or {}).get("name")
            path = join_path("spec", "rules", rule_index, "http", "paths", path_index, "backend", "service", "name")
            yield from named(manifest, path, "", "Service", service)
    for index, tls in enumerate(spec.get("tls") or []):
        yield from named(manifest, join_path("spec", "tls", index, "secretName"), "", "Secret", (tls or {}).get("secretName"))


def _virtual_service_references(manifest: Manifest) -> Iterator[Reference]:
    spec = manifest.body.get("spec") or {}
    for protocol in ("http", "tcp", "tls"):
        for route_index, route in enumerate(spec.get(protocol) or []):
            route = route or {}
            for index, destination in enumerate(route.get("route") or []):
                host = ((destination or {}).get("destination") or {}).get("host")
                yield from _service_host(manifest, join_path("spec", protocol, route_index, "route", index, "destination", "host"), host)
            if isinstance(route.get("mirror"), dict):
                yield from _service_host(manifest, join_path("spec", protocol, route_index, "mirror", "host"), route["mirror"].get("host"))


def _service_host(manifest: Manifest, path: str, host: Any) -> Iterator[Reference]:
    """A short name is a Service in the VirtualService's namespace; `name.ns.svc[.cluster.local]` names the
    namespace; any other host (an external domain, a ServiceEntry) is not a Service reference."""
    if not isinstance(host, str) or "*" in host:
        return
    labels = host.split(".")
    if len(labels) == 1:
        yield from named(manifest, path, "", "Service", host)
    elif host.endswith(".svc.cluster.local") and len(labels) == 5 or host.endswith(".svc") and len(labels) == 3:
        yield from named(manifest, path, "", "Service", labels[0], labels[1])


def _node_class_reference(manifest: Manifest) -> Iterator[Reference]:
    ref = (((manifest.body.get("spec") or {}).get("template") or {}).get("spec") or {}).get("nodeClassRef") or {}
    name = ref.get("name")
    if not isinstance(name, str) or not name:
        return
    if ref.get("kind"):
        candidates = (ObjectId(ref.get("group") or ANY, ref["kind"], "", name),)
    else:  # karpenter.sh/v1beta1 left the kind to the provider
        candidates = (ObjectId("karpenter.azure.com", "AKSNodeClass", "", name), ObjectId("karpenter.k8s.aws", "EC2NodeClass", "", name))
    yield Reference(manifest, "spec.template.spec.nodeClassRef.name", candidates)


def _external_refs(manifest: Manifest) -> Iterator[Reference]:
    for index, resource in enumerate((manifest.body.get("spec") or {}).get("resources") or []):
        ref = (resource or {}).get("externalRef") or {}
        metadata = ref.get("metadata") or {}
        name, namespace = metadata.get("name"), metadata.get("namespace")
        if not ref.get("kind") or not isinstance(name, str) or "${" in name or (namespace and "${" in str(namespace)):
            continue
        group = str(ref.get("apiVersion", "")).rpartition("/")[0]
        path = join_path("spec", "resources", index, "externalRef", "metadata", "name")
        yield Reference(manifest, path, (ObjectId(group, ref["kind"], namespace or ANY, name),), "dangling-external-ref")


# KCC reference fields whose kind the field name implies (a `kind` in the reference wins).
_KCC_REF_KINDS = {
    "projectRef": ("resourcemanager.cnrm.cloud.google.com", "Project"),
    "networkRef": ("compute.cnrm.cloud.google.com", "ComputeNetwork"),
    "privateNetworkRef": ("compute.cnrm.cloud.google.com", "ComputeNetwork"),
    "subnetworkRef": ("compute.cnrm.cloud.google.com", "ComputeSubnetwork"),
    "addressRef": ("compute.cnrm.cloud.google.com", "ComputeAddress"),
    "clusterRef": ("container.cnrm.cloud.google.com", "ContainerCluster"),
    "instanceRef": ("sql.cnrm.cloud.google.com", "SQLInstance"),
    "databaseRef": ("sql.cnrm.cloud.google.com", "SQLDatabase"),
    "bucketRef": ("storage.cnrm.cloud.google.com", "StorageBucket"),
    "serviceAccountRef": ("iam.cnrm.cloud.google.com", "IAMServiceAccount"),
    "secretKeyRef": ("", "Secret"),
}


def _kcc_references(manifest: Manifest, node: Any, path: str) -> Iterator[Reference]:
    if isinstance(node, list):
        for index, item in enumerate(node):
            yield from _kcc_references(manifest, item, join_path(path, index))
        return
    if not isinstance(node, dict):
        return
    for key, value in node.items():
        child = join_path(path, key)
        if key.endswith("Ref") and isinstance(value, dict) and "name" in value and "external" not in value:
            group_kind = _KCC_REF_KINDS.get(key)
            if value.get("kind"):
                group_kind = (str(value.get("apiVersion", "")).rpartition("/")[0] or ANY, value["kind"])
            if group_kind:
                yield from named(manifest, join_path(child, "name"), *group_kind, value.get("name"), value.get("namespace"))
        else:
            yield from _kcc_references(manifest, value, child)
