"""Istio Gateway TLS credentials, resolved as istiod resolves them.

A server's `tls.credentialName` names a Secret in the namespace of the gateway workload the Gateway's `selector`
matches (istiod's credentials controller reads it there, not in the Gateway's namespace: Istio docs, "Secure
Gateways"; pilot/pkg/model/credentials). The workloads are the pod templates of the set whose labels contain the
selector; when none matches (or the selector is empty), the ingress gateway is taken to run in `istio-system`, where
Istio installs it. The Secret holds `tls.crt` and `tls.key` (or `cert` and `key`). `PASSTHROUGH`, `ISTIO_MUTUAL` and
`AUTO_PASSTHROUGH` servers use no credential.
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator

from mlmanifests.checks.findings import join_path
from mlmanifests.checks.pod_templates import pod_template
from mlmanifests.checks.reference_types import KeyNeed, Reference, is_literal_name
from mlmanifests.manifests import Manifest, ObjectId

ISTIO_NAMESPACE = "istio-system"
_NO_CREDENTIAL_MODES = {"PASSTHROUGH", "ISTIO_MUTUAL", "AUTO_PASSTHROUGH"}


class GatewayWorkloads:
    """The pod labels of every workload of the set, by namespace: where a Gateway's selector lands."""

    def __init__(self, manifests: Iterable[Manifest]) -> None:
        self._labels: list[tuple[str, dict[str, Any]]] = []
        for manifest in manifests:
            template = pod_template(manifest)
            if template is None:
                continue
            metadata: Any = manifest.body
            for part in [*template.path.split(".")[:-1], "metadata"]:  # the pod metadata beside the pod spec
                metadata = metadata.get(part) if isinstance(metadata, dict) else None
            labels = metadata.get("labels") if isinstance(metadata, dict) else None
            if isinstance(labels, dict) and labels:
                self._labels.append((manifest.namespace or "default", labels))

    def namespaces(self, selector: dict[str, Any]) -> tuple[list[str], str]:
        """The namespaces of the workloads `selector` matches, and how they were found (for the message)."""
        matched = selector and sorted({namespace for namespace, labels in self._labels
                                       if all(labels.get(key) == value for key, value in selector.items())})
        if matched:
            return matched, "the namespace of the gateway workload its selector matches"
        return [ISTIO_NAMESPACE], f"no workload of the set matches its selector: the ingress gateway's namespace {ISTIO_NAMESPACE}"


def gateway_credential_references(manifest: Manifest, workloads: GatewayWorkloads) -> Iterator[Reference]:
    spec = manifest.body.get("spec") or {}
    selector = spec.get("selector") if isinstance(spec.get("selector"), dict) else {}
    for index, server in enumerate(spec.get("servers") or []):
        tls = (server or {}).get("tls") or {}
        name = tls.get("credentialName")
        if not is_literal_name(name) or tls.get("mode") in _NO_CREDENTIAL_MODES:
            continue
        path = join_path("spec", "servers", index, "tls", "credentialName")
        keys = (KeyNeed(path, ("tls.crt", "tls.key"), (("cert", "key"),)),)
        namespaces, how = workloads.namespaces(selector)
        note = f"istiod reads a Gateway's credentialName in {how}"
        for namespace in namespaces:
            yield Reference(manifest, path, (ObjectId("", "Secret", namespace, name),), "dangling-gateway-credential", keys,
                            note, optional_allowed=False)
