"""Cross-object references: every object an object names must exist in its target, be produced there, or be external.

A reference names one or more candidate identities (any one satisfies it); "*" in a candidate's group or
namespace matches any. It is satisfied by an object of the same target, by the Secret an ExternalSecret or a
cert-manager Certificate of the target produces, by a PersistentVolumeClaim GKM creates for a (Cluster)GKMCache
of the same name, by objects every cluster has (the `default` ServiceAccount, the `kube-root-ca.crt` ConfigMap), or by
an object declared `external`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

from mlmanifests.checks.findings import Finding, error, join_path
from mlmanifests.checks.manifest_set import ManifestSet
from mlmanifests.checks.pod_templates import PodTemplate, pod_template
from mlmanifests.manifests import Manifest, ObjectId

ANY = "*"
GKM_DRIVER = "csi.gkm.io"


@dataclass(frozen=True)
class Reference:
    source: Manifest
    path: str
    candidates: tuple[ObjectId, ...]
    rule: str = ""  # when the kind of reference, not the referred kind, names the rule

    @property
    def label(self) -> str:
        return " or ".join(str(candidate).replace("*/", "") for candidate in self.candidates)


_RULES = {
    "Secret": "dangling-secret", "ConfigMap": "dangling-configmap", "ServiceAccount": "dangling-service-account",
    "PersistentVolumeClaim": "dangling-pvc", "Service": "dangling-service", "GKMCache": "dangling-gkm-cache",
    "ClusterGKMCache": "dangling-gkm-cache", "AKSNodeClass": "dangling-node-class", "EC2NodeClass": "dangling-node-class",
}
_ALWAYS_PRESENT = {("", "ServiceAccount", "default"), ("", "ConfigMap", "kube-root-ca.crt")}


def check_references(manifests: ManifestSet) -> Iterator[Finding]:
    for target, target_manifests in manifests.by_target.items():
        present = _present_objects(target_manifests, manifests.external)
        for reference in find_references(target_manifests):
            if not any(present.has(candidate) for candidate in reference.candidates):
                yield _dangling(reference, target)


def _dangling(reference: Reference, target: str) -> Finding:
    first = reference.candidates[0]
    rule = reference.rule or _RULES.get(first.kind) or (
        "dangling-kcc-ref" if first.group.endswith("cnrm.cloud.google.com") else "dangling-reference")
    return error(reference.source, rule, reference.path,
                 f"{reference.source.id} refers to {reference.label}, which is not in target {target}",
                 f"add the {first.kind} to the target (or what produces it, e.g. an ExternalSecret for a Secret), "
                 "or declare it under `external:` in the config if it exists outside the target")


class _PresentObjects:
    def __init__(self) -> None:
        self.by_name: dict[str, list[ObjectId]] = defaultdict(list)

    def add(self, object_id: ObjectId) -> None:
        self.by_name[object_id.name].append(object_id)

    def has(self, wanted: ObjectId) -> bool:
        if (wanted.group, wanted.kind, wanted.name) in _ALWAYS_PRESENT:
            return True
        return any(_matches(wanted, present) for present in self.by_name.get(wanted.name, ()))


def _matches(wanted: ObjectId, present: ObjectId) -> bool:
    if wanted.kind != present.kind or wanted.group not in (ANY, present.group):
        return False
    if wanted.namespace == ANY or wanted.namespace == present.namespace:
        return True
    return {wanted.namespace, present.namespace} <= {"", "default"}  # no namespace means the default one


def _present_objects(target_manifests: Iterable[Manifest], external: Iterable[ObjectId]) -> _PresentObjects:
    present = _PresentObjects()
    for object_id in external:
        present.add(object_id)
    for manifest in target_manifests:
        present.add(manifest.id)
        spec = manifest.body.get("spec") or {}
        if manifest.group == "external-secrets.io" and manifest.kind == "ExternalSecret":
            name = (spec.get("target") or {}).get("name") or manifest.name
            present.add(ObjectId("", "Secret", manifest.namespace, name))
        elif manifest.group == "cert-manager.io" and manifest.kind == "Certificate" and spec.get("secretName"):
            present.add(ObjectId("", "Secret", manifest.namespace, spec["secretName"]))
        elif manifest.group == "gkm.io" and manifest.kind in ("GKMCache", "ClusterGKMCache"):
            # GKM creates the PVC the pods mount, named like the cache, in the cache's namespace (GKMCache) and
            # in each of `spec.workloadNamespaces` (required for a ClusterGKMCache)
            namespaces = [manifest.namespace] if manifest.kind == "GKMCache" else []
            namespaces += [str(ns) for ns in spec.get("workloadNamespaces") or []]
            for namespace in namespaces:
                present.add(ObjectId("", "PersistentVolumeClaim", namespace, manifest.name))
    return present


def find_references(target_manifests: Iterable[Manifest]) -> Iterator[Reference]:
    for manifest in target_manifests:
        template = pod_template(manifest)
        if template is not None:
            yield from _pod_references(template)
        group, kind = manifest.group, manifest.kind
        if group == "networking.k8s.io" and kind == "Ingress":
            yield from _ingress_references(manifest)
        elif group == "networking.istio.io" and kind == "VirtualService":
            yield from _virtual_service_references(manifest)
        elif group == "karpenter.sh" and kind == "NodePool":
            yield from _node_class_reference(manifest)
        elif group == "kro.run" and kind == "ResourceGraphDefinition":
            yield from _external_refs(manifest)
        elif group.endswith("cnrm.cloud.google.com"):
            yield from _kcc_references(manifest, manifest.body.get("spec"), "spec")


def _named(manifest: Manifest, path: str, group: str, kind: str, name: Any, namespace: str | None = None) -> Iterator[Reference]:
    if isinstance(name, str) and name and "${" not in name:
        ns = manifest.namespace if namespace is None else namespace
        yield Reference(manifest, path, (ObjectId(group, kind, ns, name),))


def _pod_references(template: PodTemplate) -> Iterator[Reference]:
    manifest, spec = template.manifest, template.spec
    account = spec.get("serviceAccountName") or spec.get("serviceAccount")
    account_field = "serviceAccountName" if spec.get("serviceAccountName") else "serviceAccount"
    yield from _named(manifest, template.field(account_field), "", "ServiceAccount", account)
    for index, pull_secret in enumerate(spec.get("imagePullSecrets") or []):
        yield from _named(manifest, template.field("imagePullSecrets", index, "name"), "", "Secret", (pull_secret or {}).get("name"))
    for path, container in template.containers():
        for index, env in enumerate(container.get("env") or []):
            value_from = (env or {}).get("valueFrom") or {}
            for key, kind in (("secretKeyRef", "Secret"), ("configMapKeyRef", "ConfigMap")):
                ref = value_from.get(key) or {}
                if ref and not ref.get("optional"):
                    yield from _named(manifest, join_path(path, "env", index, "valueFrom", key, "name"), "", kind, ref.get("name"))
        for index, env_from in enumerate(container.get("envFrom") or []):
            for key, kind in (("secretRef", "Secret"), ("configMapRef", "ConfigMap")):
                ref = (env_from or {}).get(key) or {}
                if ref and not ref.get("optional"):
                    yield from _named(manifest, join_path(path, "envFrom", index, key, "name"), "", kind, ref.get("name"))
    for path, volume in template.volumes():
        yield from _volume_references(manifest, path, volume)


def _volume_references(manifest: Manifest, path: str, volume: dict[str, Any]) -> Iterator[Reference]:
    secret, config_map = volume.get("secret") or {}, volume.get("configMap") or {}
    if secret and not secret.get("optional"):
        yield from _named(manifest, join_path(path, "secret", "secretName"), "", "Secret", secret.get("secretName"))
    if config_map and not config_map.get("optional"):
        yield from _named(manifest, join_path(path, "configMap", "name"), "", "ConfigMap", config_map.get("name"))
    for index, source in enumerate((volume.get("projected") or {}).get("sources") or []):
        for key, kind in (("secret", "Secret"), ("configMap", "ConfigMap")):
            ref = (source or {}).get(key) or {}
            if ref and not ref.get("optional"):
                yield from _named(manifest, join_path(path, "projected", "sources", index, key, "name"), "", kind, ref.get("name"))
    claim = (volume.get("persistentVolumeClaim") or {}).get("claimName")
    yield from _named(manifest, join_path(path, "persistentVolumeClaim", "claimName"), "", "PersistentVolumeClaim", claim)
    csi = volume.get("csi") or {}
    if csi.get("driver") == GKM_DRIVER:
        yield from _gkm_cache_reference(manifest, join_path(path, "csi", "volumeAttributes"), csi.get("volumeAttributes") or {})


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


def _ingress_references(manifest: Manifest) -> Iterator[Reference]:
    spec = manifest.body.get("spec") or {}
    default_service = ((spec.get("defaultBackend") or {}).get("service") or {}).get("name")
    yield from _named(manifest, "spec.defaultBackend.service.name", "", "Service", default_service)
    for rule_index, rule in enumerate(spec.get("rules") or []):
        for path_index, http_path in enumerate(((rule or {}).get("http") or {}).get("paths") or []):
            service = (((http_path or {}).get("backend") or {}).get("service") or {}).get("name")
            path = join_path("spec", "rules", rule_index, "http", "paths", path_index, "backend", "service", "name")
            yield from _named(manifest, path, "", "Service", service)
    for index, tls in enumerate(spec.get("tls") or []):
        yield from _named(manifest, join_path("spec", "tls", index, "secretName"), "", "Secret", (tls or {}).get("secretName"))


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
        yield from _named(manifest, path, "", "Service", host)
    elif host.endswith(".svc.cluster.local") and len(labels) == 5 or host.endswith(".svc") and len(labels) == 3:
        yield from _named(manifest, path, "", "Service", labels[0], labels[1])


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
                yield from _named(manifest, join_path(child, "name"), *group_kind, value.get("name"), value.get("namespace"))
        else:
            yield from _kcc_references(manifest, value, child)
