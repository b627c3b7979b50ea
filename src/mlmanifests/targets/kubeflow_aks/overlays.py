"""The seed's changes to Kubeflow, as patches on the pinned upstream release and a few added objects.

- MinIO (upstream's Deployment `minio`, selector untouched) becomes an Azure Blob gateway on the last MinIO
  release with gateway mode; its Secret comes from Azure Key Vault and its readers roll when that source changes.
- HTTPS: `kubeflow-gateway` serves the Certificate's Secret on 443 (and redirects 80), the ingress gateway
  Service becomes a LoadBalancer.
- The central dashboard's Deployment gets the registration flow (its REGISTRATION_FLOW env, which upstream fills
  at build time).
- Added: the ingress Certificate and the GPU PodDefault (tolerations from the GPU pool).
"""

from __future__ import annotations

from constructs import Construct

from mlmanifests.targets.kubeflow_aks.overlays_config import MINIO_ARTIFACT_SECRET, KubeflowOverlaysConfig
from mlmanifests.constructs.gpu_pool import GpuPool
from mlmanifests.constructs.pod_security import PodSecurity
from mlmanifests.imports.cert_manager import Certificate, CertificateSpec, CertificateSpecIssuerRef
from mlmanifests.imports.kubeflow import PodDefault, PodDefaultSpec, PodDefaultSpecSelector, PodDefaultSpecTolerations

from mlmanifests.targets.kubeflow_platform import UpstreamPlatform

MINIO_PORT = 9000
KUBEFLOW = "kubeflow"
LABEL_PART_OF = "app.kubernetes.io/part-of"
PART_OF = "kubeflow-aks"
MINIO_SECURITY = PodSecurity(run_as_user=1000)
"""The gateway's pod held to restricted, as the user its image runs MinIO as."""


def minio_azure_gateway(platform: UpstreamPlatform, config: KubeflowOverlaysConfig) -> None:
    """Upstream's MinIO serving KFP's S3 API from an Azure Blob storage account.

    MinIO's gateway reads the storage account name and key from MINIO_ACCESS_KEY / MINIO_SECRET_KEY, which
    upstream's Deployment already takes from `mlpipeline-minio-artifact` (accesskey, secretkey): only the image
    and the command change. MinIO removed gateway mode after RELEASE.2022-04-29T01-27-09Z; the checks warn about
    this end of life (Kubeflow >= 1.11 replaced MinIO by SeaweedFS, whose remote storage can front Azure Blob).
    """
    platform.find("Deployment", "minio", KUBEFLOW)
    platform.patch({
        "apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "minio", "namespace": KUBEFLOW},
        "spec": {"template": {"spec": {
            "securityContext": MINIO_SECURITY.pod_context_json(),
            "containers": [{
                "name": "minio",
                "image": config.artifact_store.image,
                "args": ["gateway", "azure"],
                "env": [{"name": "HOME", "value": "/tmp"}],  # MinIO writes ~/.minio; the image's user has no home
                "readinessProbe": {"httpGet": {"path": "/minio/health/ready", "port": MINIO_PORT}},
                "livenessProbe": {"httpGet": {"path": "/minio/health/live", "port": MINIO_PORT}},
                # Root filesystem left writable: ~/.minio is /tmp/.minio, on no volume.
                "securityContext": MINIO_SECURITY.container_context_json(read_only_root_filesystem=None),
            }],
        }}},
    }, why="MinIO as an Azure Blob gateway (seed 002); upstream's selector, Service and PVC stay")
    platform.restart_on_change(MINIO_ARTIFACT_SECRET, KUBEFLOW, config.artifact_store.credentials.model_dump(mode="json"))


def pipelines_database_password(platform: UpstreamPlatform) -> None:
    """KFP's in-cluster MySQL starts with an empty root password (MYSQL_ALLOW_EMPTY_PASSWORD) while its clients
    log in with `mysql-secret`; once that Secret comes from the store, MySQL must take the same password."""
    mysql = platform.find("Deployment", "mysql", KUBEFLOW)
    platform.find("Secret", "mysql-secret", KUBEFLOW)
    container = mysql["spec"]["template"]["spec"]["containers"][0]["name"]
    platform.patch({
        "apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "mysql", "namespace": KUBEFLOW},
        "spec": {"template": {"spec": {"containers": [{"name": container, "env": [
            {"name": "MYSQL_ALLOW_EMPTY_PASSWORD", "$patch": "delete"},
            {"name": "MYSQL_ROOT_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "mysql-secret", "key": "password"}}},
        ]}]}}},
    }, why="MySQL's root password is the one KFP's clients read from mysql-secret")


def https_ingress(scope: Construct, platform: UpstreamPlatform, config: KubeflowOverlaysConfig) -> None:
    """`kubeflow-gateway` serves HTTPS with the Certificate's Secret; the ingress gateway Service is exposed."""
    tls, namespace = config.tls, platform.release.istio_gateway_namespace
    gateway = platform.find("Gateway", "kubeflow-gateway", KUBEFLOW)
    http = {"port": {"number": 80, "name": "http", "protocol": "HTTP"}, "hosts": ["*"]}
    if tls.https_redirect:
        http["tls"] = {"httpsRedirect": True}
    https = {"port": {"number": 443, "name": "https", "protocol": "HTTPS"}, "hosts": ["*"],
             "tls": {"mode": "SIMPLE", "credentialName": tls.name}}
    group, version = gateway["apiVersion"].split("/")
    platform.json_patch(
        {"group": group, "version": version, "kind": "Gateway", "name": "kubeflow-gateway", "namespace": KUBEFLOW},
        [{"op": "replace", "path": "/spec/servers", "value": [http, https]}],
        why=f"HTTPS with the Secret {tls.name} the Certificate writes in {namespace}",
    )
    platform.find("Service", "istio-ingressgateway", namespace)
    platform.patch({"apiVersion": "v1", "kind": "Service", "metadata": {"name": "istio-ingressgateway", "namespace": namespace},
                    "spec": {"type": tls.service_type}}, why="reach the ingress gateway from outside the cluster")
    Certificate(
        scope, "certificate-ingressgateway",
        metadata={"name": tls.name, "namespace": namespace, "labels": {LABEL_PART_OF: PART_OF}},
        spec=CertificateSpec(
            secret_name=tls.name,
            issuer_ref=CertificateSpecIssuerRef(name=tls.issuer.name, kind=tls.issuer.kind, group="cert-manager.io"),
            common_name=(tls.dns_names or tls.ip_addresses)[0],
            dns_names=list(tls.dns_names) or None,
            ip_addresses=list(tls.ip_addresses) or None,
        ),
    )


def registration_flow(platform: UpstreamPlatform, config: KubeflowOverlaysConfig) -> None:
    """The dashboard reads REGISTRATION_FLOW from its env, which upstream fills at build time (kustomize vars or
    replacements from `centraldashboard-parameters`): the Deployment is what changes."""
    platform.find("Deployment", "centraldashboard", KUBEFLOW)
    value = "true" if config.central_dashboard.registration_flow else "false"
    platform.patch({
        "apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "centraldashboard", "namespace": KUBEFLOW},
        "spec": {"template": {"spec": {"containers": [
            {"name": "centraldashboard", "env": [{"name": "REGISTRATION_FLOW", "value": value}]},
        ]}}},
    }, why="offer profile registration at first login" if value == "true" else "no profile registration")


def gpu_pod_default(scope: Construct, config: KubeflowOverlaysConfig, pool: GpuPool) -> None:
    """The PodDefault notebooks opt into for the GPU pool; its tolerations are the pool's."""
    pod_default = config.gpu_pod_default
    PodDefault(
        scope, "poddefault-gpu",
        metadata={"name": pod_default.name, "namespace": pod_default.namespace, "labels": {LABEL_PART_OF: PART_OF}},
        spec=PodDefaultSpec(
            desc=pod_default.description,
            selector=PodDefaultSpecSelector(match_labels={pod_default.name: "true"}),
            tolerations=[PodDefaultSpecTolerations(**toleration) for toleration in pool.tolerations()],
        ),
    )
