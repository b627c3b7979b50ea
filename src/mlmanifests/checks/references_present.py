"""What one cluster's set of objects holds, indexed once: every object, the keys of every ConfigMap and Secret, and the
objects that controllers create at runtime, known by rule rather than by a list of names.

Runtime rules (each cites the consumer that creates the object):
- every namespace has the ServiceAccount `default` and the ConfigMap `kube-root-ca.crt` (key `ca.crt`), made by
  kube-controller-manager's serviceaccount and root-ca-cert-publisher controllers;
- istiod writes the ConfigMap `istio-ca-root-cert` (key `root-cert.pem`) into every namespace but the ones Istio
  ignores (istio pilot/pkg/serviceregistry/kube/controller/namespacecontroller.go; pkg/kube/inject IgnoredNamespaces);
- a `kubernetes.io/service-account-token` Secret gets `token`, `ca.crt` and `namespace` from the token controller;
- an External Secrets ExternalSecret writes `spec.target.name` (default: its own name), see `_external_secret_keys`;
  a ClusterExternalSecret writes one into each namespace it selects;
- a cert-manager Certificate writes `spec.secretName` with `tls.crt`, `tls.key`, `ca.crt` (plus its additional output
  formats and keystores), and an Ingress annotated for cert-manager's ingress-shim gets a Certificate per `tls` entry;
- a StatefulSet's `volumeClaimTemplates` create the claims `<template>-<statefulset>-<ordinal>`; a Pod's ephemeral
  volume creates the claim `<pod>-<volume>`; GKM creates a PVC named like each (Cluster)GKMCache;
- an object declared `external` in the config exists, with any keys; so do the keys of a Secret written without data.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable

from mlmanifests.checks.pod_templates import pod_template
from mlmanifests.checks.reference_types import ANY
from mlmanifests.manifests import Manifest, ObjectId


ANY_KEY: None = None
"""The keys of an object whose keys cannot be known offline (external, ESO `dataFrom`, a bare declaration)."""
Keys = frozenset[str] | None

ISTIO_IGNORED_NAMESPACES = frozenset({"kube-system", "kube-public", "kube-node-lease", "local-path-storage"})
CERTIFICATE_KEYS = frozenset({"tls.crt", "tls.key", "ca.crt"})
SERVICE_ACCOUNT_TOKEN_KEYS = frozenset({"token", "ca.crt", "namespace"})
_CERTIFICATE_OUTPUT_KEYS = {"CombinedPEM": "tls-combined.pem", "DER": "key.der"}
_KEYSTORE_KEYS = {"jks": ("keystore.jks", "truststore.jks"), "pkcs12": ("keystore.p12", "truststore.p12")}
_INGRESS_SHIM_ANNOTATIONS = ("cert-manager.io/issuer", "cert-manager.io/cluster-issuer")


@dataclass(frozen=True)
class _RuntimeObject:
    """An object a controller creates in every namespace (but `except_in`)."""

    keys: Keys
    made_by: str
    except_in: frozenset[str] = frozenset()


_IN_EVERY_NAMESPACE: dict[tuple[str, str, str], _RuntimeObject] = {
    ("", "ServiceAccount", "default"): _RuntimeObject(ANY_KEY, "kube-controller-manager"),
    ("", "ConfigMap", "kube-root-ca.crt"): _RuntimeObject(frozenset({"ca.crt"}), "kube-controller-manager"),
    ("", "ConfigMap", "istio-ca-root-cert"): _RuntimeObject(frozenset({"root-cert.pem"}), "istiod",
                                                            ISTIO_IGNORED_NAMESPACES),
}


@dataclass(frozen=True)
class Holding:
    """One way the set holds an object: its keys (ANY_KEY when unknown) and what provides it."""

    id: ObjectId
    keys: Keys
    provider: str  # "ExternalSecret kubeflow/x", "the object itself", "istiod", ...


def _matches(wanted: ObjectId, present: ObjectId) -> bool:
    if wanted.kind != present.kind or wanted.group not in (ANY, present.group):
        return False
    if ANY in (wanted.namespace, present.namespace) or wanted.namespace == present.namespace:
        return True
    return {wanted.namespace, present.namespace} <= {"", "default"}  # no namespace means the default one


class PresentObjects:
    """The index the reference checks look objects up in: built once per cluster, looked up by name."""

    def __init__(self) -> None:
        self._by_name: dict[str, list[Holding]] = defaultdict(list)
        self._claim_prefixes: dict[str, set[str]] = defaultdict(set)  # namespace -> "<template>-<sts>-"

    def add(self, object_id: ObjectId, keys: Keys = ANY_KEY, provider: str = "") -> None:
        self._by_name[object_id.name].append(Holding(object_id, keys, provider))

    def add_claim_template(self, namespace: str, prefix: str) -> None:
        self._claim_prefixes[namespace].add(prefix)

    def find(self, wanted: ObjectId) -> list[Holding]:
        """Every holding of `wanted` (empty when the set has none)."""
        found = [holding for holding in self._by_name.get(wanted.name, ()) if _matches(wanted, holding.id)]
        runtime = _IN_EVERY_NAMESPACE.get((wanted.group, wanted.kind, wanted.name))
        if runtime is not None and wanted.namespace not in runtime.except_in:
            found.append(Holding(wanted, runtime.keys, runtime.made_by))
        if wanted.kind == "PersistentVolumeClaim" and self._is_stateful_set_claim(wanted):
            found.append(Holding(wanted, ANY_KEY, "a StatefulSet's volumeClaimTemplates"))
        return found

    def has(self, wanted: ObjectId) -> bool:
        return bool(self.find(wanted))

    def _is_stateful_set_claim(self, wanted: ObjectId) -> bool:
        match = re.fullmatch(r"(.+-)(\d+)", wanted.name)
        return bool(match) and match.group(1) in self._claim_prefixes.get(wanted.namespace or "default", ())


def union_keys(holdings: Iterable[Holding]) -> Keys:
    keys: set[str] = set()
    for holding in holdings:
        if holding.keys is ANY_KEY:
            return ANY_KEY
        keys |= holding.keys
    return frozenset(keys)


def present_objects(manifests: Iterable[Manifest], external: Iterable[ObjectId]) -> PresentObjects:
    present = PresentObjects()
    for object_id in external:
        present.add(object_id, ANY_KEY, "an `external` declaration")
    for manifest in manifests:
        _add_manifest(present, manifest)
    return present


def _add_manifest(present: PresentObjects, manifest: Manifest) -> None:
    group, kind, body = manifest.group, manifest.kind, manifest.body
    spec = body.get("spec") if isinstance(body.get("spec"), dict) else {}
    present.add(manifest.id, _own_keys(manifest), "the object itself")
    if group == "external-secrets.io" and kind == "ExternalSecret":
        name = (spec.get("target") or {}).get("name") or manifest.name
        present.add(ObjectId("", "Secret", manifest.namespace, name), _external_secret_keys(spec),
                    f"ExternalSecret {manifest.namespace}/{manifest.name}")
    elif group == "external-secrets.io" and kind == "ClusterExternalSecret":
        # writes an ExternalSecret `spec.externalSecretName` (default: its own name) into each selected namespace
        external_secret = spec.get("externalSecretSpec") or {}
        name = (external_secret.get("target") or {}).get("name") or spec.get("externalSecretName") or manifest.name
        selected = spec.get("namespaces") if isinstance(spec.get("namespaces"), list) else []
        if spec.get("namespaceSelector") or spec.get("namespaceSelectors"):
            selected = [ANY]  # the namespaces a label selector matches are known only in the cluster
        for namespace in selected:
            present.add(ObjectId("", "Secret", str(namespace), name), _external_secret_keys(external_secret),
                        f"ClusterExternalSecret {manifest.name}")
    elif group == "cert-manager.io" and kind == "Certificate" and spec.get("secretName"):
        present.add(ObjectId("", "Secret", manifest.namespace, spec["secretName"]), _certificate_keys(spec),
                    f"Certificate {manifest.namespace}/{manifest.name}")
    elif group == "networking.k8s.io" and kind == "Ingress" and any(a in manifest.annotations for a in _INGRESS_SHIM_ANNOTATIONS):
        for tls in spec.get("tls") or []:
            if isinstance(tls, dict) and tls.get("secretName"):
                present.add(ObjectId("", "Secret", manifest.namespace, tls["secretName"]), CERTIFICATE_KEYS,
                            f"cert-manager's ingress-shim for Ingress {manifest.namespace}/{manifest.name}")
    elif group == "gkm.io" and kind in ("GKMCache", "ClusterGKMCache"):
        # GKM creates the PVC the pods mount, named like the cache, in the cache's namespace (GKMCache) and
        # in each of `spec.workloadNamespaces` (required for a ClusterGKMCache)
        namespaces = [manifest.namespace] if kind == "GKMCache" else []
        namespaces += [str(ns) for ns in spec.get("workloadNamespaces") or []]
        for namespace in namespaces:
            present.add(ObjectId("", "PersistentVolumeClaim", namespace, manifest.name), ANY_KEY, f"GKM for {kind} {manifest.name}")
    elif group == "apps" and kind == "Deployment" and manifest.name == "cache-deployer-deployment":
        # Kubeflow Pipelines' cache deployer signs the cache webhook's certificate at install time and writes it as
        # Secret webhook-server-tls in its namespace (backend/src/cache/deployer/deploy-cache-service.sh), which
        # the cache-server mounts
        present.add(ObjectId("", "Secret", manifest.namespace, "webhook-server-tls"), ANY_KEY,
                    f"KFP's cache deployer {manifest.namespace}/{manifest.name}")
    elif group == "apps" and kind == "StatefulSet":
        for template in spec.get("volumeClaimTemplates") or []:
            claim = ((template or {}).get("metadata") or {}).get("name")
            if claim:
                present.add_claim_template(manifest.namespace or "default", f"{claim}-{manifest.name}-")
    elif group == "" and kind == "Pod":
        template = pod_template(manifest)
        for _, volume in template.volumes() if template else ():
            if isinstance(volume.get("ephemeral"), dict) and volume.get("name"):
                present.add(ObjectId("", "PersistentVolumeClaim", manifest.namespace, f"{manifest.name}-{volume['name']}"),
                            ANY_KEY, f"the ephemeral volume {volume['name']} of Pod {manifest.name}")


def _own_keys(manifest: Manifest) -> Keys:
    """The data keys of a ConfigMap or Secret as written (a Secret of type service-account-token gains the token
    controller's keys); ANY_KEY for other kinds, and for a Secret written without any data: a placeholder whose
    keys are filled in the cluster (by hand, or by a webhook's certificate rotator), as secret values never are in
    the manifests."""
    if manifest.group != "" or manifest.kind not in ("ConfigMap", "Secret"):
        return ANY_KEY
    body = manifest.body
    fields = ("data", "binaryData") if manifest.kind == "ConfigMap" else ("data", "stringData")
    keys = {str(key) for name in fields if isinstance(body.get(name), dict) for key in body[name]}
    if manifest.kind == "Secret" and body.get("type") == "kubernetes.io/service-account-token":
        keys |= SERVICE_ACCOUNT_TOKEN_KEYS
    elif manifest.kind == "Secret" and not keys:
        return ANY_KEY
    return frozenset(keys)


def _external_secret_keys(spec: dict) -> Keys:
    """The keys the External Secrets controller writes (external-secrets pkg/controllers/externalsecret
    externalsecret_controller_template.go, applyTemplate): the provider's data (`spec.data[].secretKey`; `dataFrom`
    brings keys only the store knows) unless a template with `data` or `templateFrom` replaces it
    (`mergePolicy: Replace`, the default); a template's `data` keys are always written; `templateFrom` can write any."""
    template = (spec.get("target") or {}).get("template") or {}
    if template.get("templateFrom"):
        return ANY_KEY
    template_keys = frozenset(str(key) for key in template.get("data") or {})
    if template_keys and template.get("mergePolicy", "Replace") != "Merge":
        return template_keys
    if spec.get("dataFrom"):
        return ANY_KEY
    data_keys = {str(item["secretKey"]) for item in spec.get("data") or [] if isinstance(item, dict) and item.get("secretKey")}
    return template_keys | data_keys


def _certificate_keys(spec: dict) -> frozenset[str]:
    """cert-manager writes tls.crt, tls.key and ca.crt (pkg/controller/certificates/issuing), plus the keys of
    `additionalOutputFormats` and enabled `keystores`."""
    keys = set(CERTIFICATE_KEYS)
    for output in spec.get("additionalOutputFormats") or []:
        key = _CERTIFICATE_OUTPUT_KEYS.get((output or {}).get("type"))
        if key:
            keys.add(key)
    for store, store_keys in _KEYSTORE_KEYS.items():
        if ((spec.get("keystores") or {}).get(store) or {}).get("create"):
            keys.update(store_keys)
    return frozenset(keys)
