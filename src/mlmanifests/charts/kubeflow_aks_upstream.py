"""kubeflow-aks's upstream-base mode: upstream's MinIO and oidc-authservice bases, rendered from a local
kubeflow/manifests checkout, with the overlays' changes applied as patches.

Users keep everything else those bases ship (upstream's PVCs, RBAC, labels, probes). The changes are the ones the
standalone mode makes: MinIO runs `gateway azure` on the pinned image with the credentials from the artifact
Secret; oidc-authservice gets the Entra ID parameters, the pinned image and its web port; both get the restricted
pod security settings the standalone objects have (upstream 1.8 lacks them). Upstream's generated
Secrets hold published demo values, so they are dropped and the ExternalSecret (or existing Secret) takes their
place. Kinds the project has no schema for (`upstream.omitKinds`) are left out.

The changes are planned on plain dicts (`plan_*`), then applied to the KustomizeBase construct's ApiObjects.
"""

from __future__ import annotations

import copy
from typing import Any, Callable

from constructs import Construct

from mlmanifests.config.errors import ConfigError
from mlmanifests.config.kubeflow_aks_overlays import MINIO_ARTIFACT_SECRET, KubeflowOverlaysConfig
from mlmanifests.constructs.kustomize_base import KustomizeBase, reshape

from .kubeflow_aks_auth import AUTHSERVICE_WEB_PORT, authservice_parameters

Body = dict[str, Any]
Plan = list["Body | None"]
"""The planned body of each rendered object, in the rendered order; None drops the object."""
CLUSTER_SCOPED = {"Namespace", "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition", "StorageClass",
                  "PriorityClass", "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"}


class UpstreamBaseError(ConfigError):
    """`kubeflow.upstream` names bases the patches cannot apply to (another Kubeflow layout): bad input, reported
    by the CLI like any config error."""


def plan_minio(objects: list[Body], overlays: KubeflowOverlaysConfig, secret_name: str) -> Plan:
    """The MinIO base as an Azure Blob gateway; upstream's demo artifact Secret removed."""
    planned = _in_namespace(objects, overlays.namespace, drop_secrets={MINIO_ARTIFACT_SECRET}, omit=overlays.upstream.omit_kinds)
    container = _container(planned, "Deployment", "minio", "minio")
    container["image"] = overlays.artifact_store.image
    container["args"] = ["gateway", "azure"]
    replaced = {"MINIO_ACCESS_KEY", "MINIO_SECRET_KEY", "MINIO_ROOT_USER", "MINIO_ROOT_PASSWORD", "HOME"}
    kept = [env for env in container.get("env") or [] if env.get("name") not in replaced]
    container["env"] = [
        *kept,
        _from_secret("MINIO_ROOT_USER", secret_name, "accesskey"),
        _from_secret("MINIO_ROOT_PASSWORD", secret_name, "secretkey"),
        {"name": "HOME", "value": "/tmp"},  # MinIO writes ~/.minio; the image's user has no home
    ]
    container.setdefault("readinessProbe", {"httpGet": {"path": "/minio/health/ready", "port": 9000}})
    container.setdefault("livenessProbe", {"httpGet": {"path": "/minio/health/live", "port": 9000}})
    _restrict(_pod_spec(planned, "Deployment", "minio"), container, user=1000, group=1000, fs_group=1000)
    return planned


def plan_oidc_authservice(objects: list[Body], overlays: KubeflowOverlaysConfig, client_secret: str) -> Plan:
    """The oidc-authservice base for Entra ID; upstream's demo client Secret removed."""
    assert overlays.oidc_authservice is not None
    namespace = overlays.auth_namespace
    planned = _in_namespace(objects, namespace, drop_secrets={"oidc-authservice-client"}, omit=overlays.upstream.omit_kinds)
    config_map = _find(planned, "ConfigMap", "oidc-authservice-parameters")
    config_map["data"] = authservice_parameters(overlays.oidc_authservice, overlays.host)
    container = _container(planned, "StatefulSet", "oidc-authservice", "authservice")
    container["image"] = overlays.oidc_authservice.image
    container["imagePullPolicy"] = "IfNotPresent"  # the tag is pinned
    container.setdefault("resources", {}).setdefault("requests", {"cpu": "10m", "memory": "64Mi"})
    _restrict(_pod_spec(planned, "StatefulSet", "oidc-authservice"), container, user=1000, group=111, fs_group=111)
    for env_from in container.get("envFrom") or []:
        if (env_from.get("secretRef") or {}).get("name") == "oidc-authservice-client":
            env_from["secretRef"]["name"] = client_secret
    ports = container.setdefault("ports", [])
    if not any(port.get("containerPort") == AUTHSERVICE_WEB_PORT for port in ports):
        ports.append({"name": "http-web", "containerPort": AUTHSERVICE_WEB_PORT})
    service_ports = _find(planned, "Service", "authservice").setdefault("spec", {}).setdefault("ports", [])
    if not any(port.get("port") == AUTHSERVICE_WEB_PORT for port in service_ports):
        service_ports.append({"name": "http-web", "port": AUTHSERVICE_WEB_PORT, "targetPort": "http-web"})
    return planned


def include_patched_base(scope: Construct, id: str, path: str, plan: Callable[[list[Body]], Plan]) -> None:
    """Render the base at `path` into `scope` (KustomizeBase) and change its objects to what `plan` gives."""
    base = KustomizeBase(scope, id, path=path)
    rendered = [api_object.to_json() for api_object in base.api_objects]
    for api_object, target in zip(base.api_objects, plan(rendered), strict=True):
        reshape(api_object, target)


def _in_namespace(objects: list[Body], namespace: str, *, drop_secrets: set[str], omit: list[str]) -> Plan:
    """Copies of the rendered objects: namespaced ones without a namespace get `namespace` (as an overlay's
    `namespace:` would); upstream's demo Secrets and omitted kinds become None."""
    planned: Plan = []
    for body in objects:
        body = copy.deepcopy(body)
        metadata = body.setdefault("metadata", {})
        if body.get("kind") not in CLUSTER_SCOPED:
            metadata.setdefault("namespace", namespace)
        dropped = body.get("kind") in omit or body.get("kind") == "Secret" and metadata.get("name") in drop_secrets
        planned.append(None if dropped else body)
    return planned


def _find(objects: Plan, kind: str, name: str) -> Body:
    for body in objects:
        if body is not None and body.get("kind") == kind and (body.get("metadata") or {}).get("name") == name:
            return body
    raise UpstreamBaseError(f"the rendered base has no {kind} {name!r}; check kubeflow.upstream's base folders "
                            "against your Kubeflow release")


def _pod_spec(objects: Plan, kind: str, name: str) -> Body:
    return _find(objects, kind, name).setdefault("spec", {}).setdefault("template", {}).setdefault("spec", {})


def _restrict(pod_spec: Body, container: Body, *, user: int, group: int, fs_group: int) -> None:
    """The Pod Security Standards *restricted* settings the standalone objects have; ids upstream set are kept."""
    pod_context = pod_spec.setdefault("securityContext", {})
    for field, value in (("runAsNonRoot", True), ("runAsUser", user), ("runAsGroup", group), ("fsGroup", fs_group),
                         ("seccompProfile", {"type": "RuntimeDefault"})):
        pod_context.setdefault(field, value)
    container["securityContext"] = {
        **(container.get("securityContext") or {}),
        "allowPrivilegeEscalation": False, "capabilities": {"drop": ["ALL"]}, "privileged": False, "runAsNonRoot": True,
        "seccompProfile": {"type": "RuntimeDefault"},
    }


def _container(objects: Plan, kind: str, name: str, container: str) -> Body:
    spec = _pod_spec(objects, kind, name)
    for candidate in spec.get("containers") or []:
        if candidate.get("name") == container:
            return candidate
    raise UpstreamBaseError(f"{kind} {name!r} of the rendered base has no container {container!r}")


def _from_secret(env: str, secret: str, key: str) -> Body:
    return {"name": env, "valueFrom": {"secretKeyRef": {"name": secret, "key": key}}}
