"""The seed's changes to a Kubeflow (<= 1.8 layout) install, as complete objects with upstream's identities.

Applied after Kubeflow, each replaces the upstream object of the same kind, namespace and name: MinIO becomes
an Azure Blob gateway, its artifact Secret comes from Azure Key Vault, the ingress gateway gets a certificate,
notebooks get a GPU PodDefault, and the central dashboard offers profile registration.
"""

from __future__ import annotations

from cdk8s_plus_37 import k8s
from constructs import Construct

from mlmanifests.config.kubeflow_aks_overlays import MINIO_ARTIFACT_SECRET, CentralDashboardConfig, KubeflowOverlaysConfig
from mlmanifests.constructs.containers import env_from_secret
from mlmanifests.constructs.external_secret import secret_from_source
from mlmanifests.constructs.gpu_pool import GpuPool
from mlmanifests.constructs.pod_security import restricted_container_security_context, restricted_pod_security_context
from mlmanifests.imports.cert_manager import Certificate, CertificateSpec, CertificateSpecIssuerRef
from mlmanifests.imports.kubeflow import PodDefault, PodDefaultSpec, PodDefaultSpecSelector, PodDefaultSpecTolerations

MINIO_PORT = 9000
LABEL_PART_OF = "app.kubernetes.io/part-of"
PART_OF = "kubeflow-aks"


def minio_azure_gateway(scope: Construct, config: KubeflowOverlaysConfig) -> None:
    """MinIO serving KFP's S3 API from an Azure Blob storage account (upstream's Deployment `minio`, Service
    `minio-service`, Secret `mlpipeline-minio-artifact`).

    MinIO removed gateway mode after RELEASE.2022-04-29T01-27-09Z, so the image stays pinned there; the checks
    warn about this end of life. Kubeflow >= 1.11 replaced MinIO by SeaweedFS, whose remote-storage gateway is
    the maintained way to put Azure Blob behind the artifact API.
    """
    namespace = config.namespace
    secret = minio_artifact_secret(scope, config)
    selector = {"app": "minio"}  # upstream's selector, kept so upstream's Service and policies still match
    labels = {**selector, LABEL_PART_OF: PART_OF}

    def from_secret(env: str, key: str) -> k8s.EnvVar:
        return env_from_secret(env, secret, key)

    k8s.KubeDeployment(
        scope, "deployment-minio",
        metadata=k8s.ObjectMeta(name="minio", namespace=namespace, labels=labels),
        spec=k8s.DeploymentSpec(
            selector=k8s.LabelSelector(match_labels=selector),
            strategy=k8s.DeploymentStrategy(type="Recreate"),
            template=k8s.PodTemplateSpec(
                metadata=k8s.ObjectMeta(labels=labels),
                spec=k8s.PodSpec(
                    automount_service_account_token=False,
                    security_context=restricted_pod_security_context(1000),
                    containers=[
                        k8s.Container(
                            name="minio",
                            image=config.artifact_store.image,
                            args=["gateway", "azure"],
                            # The gateway logs in to Azure with the root credentials: account name and key.
                            env=[
                                from_secret("MINIO_ROOT_USER", "accesskey"),
                                from_secret("MINIO_ROOT_PASSWORD", "secretkey"),
                                k8s.EnvVar(name="HOME", value="/tmp"),  # MinIO writes ~/.minio; the root fs is read-only
                            ],
                            ports=[k8s.ContainerPort(name="http", container_port=MINIO_PORT)],
                            readiness_probe=_http_probe("/minio/health/ready", MINIO_PORT),
                            liveness_probe=_http_probe("/minio/health/live", MINIO_PORT),
                            resources=_resources("20m", "128Mi", "512Mi"),
                            security_context=restricted_container_security_context(),
                            volume_mounts=[k8s.VolumeMount(name="tmp", mount_path="/tmp")],
                        )
                    ],
                    volumes=[k8s.Volume(name="tmp", empty_dir=k8s.EmptyDirVolumeSource())],
                ),
            ),
        ),
    )
    k8s.KubeService(
        scope, "service-minio",
        metadata=k8s.ObjectMeta(name="minio-service", namespace=namespace, labels=labels),
        spec=k8s.ServiceSpec(
            selector=selector,
            ports=[k8s.ServicePort(name="http", port=MINIO_PORT, target_port=k8s.IntOrString.from_number(MINIO_PORT), protocol="TCP")],
        ),
    )


def minio_artifact_secret(scope: Construct, config: KubeflowOverlaysConfig) -> str:
    """`mlpipeline-minio-artifact` from Azure Key Vault (or an existing Secret); returns its name."""
    return secret_from_source(
        scope, "externalsecret-minio-artifact", name=MINIO_ARTIFACT_SECRET, namespace=config.namespace,
        source=config.artifact_store.credentials, labels={LABEL_PART_OF: PART_OF},
    )


def ingress_certificate(scope: Construct, config: KubeflowOverlaysConfig) -> None:
    """The certificate the Istio ingress gateway serves, for its IP address(es) and/or host names."""
    tls = config.tls
    Certificate(
        scope, "certificate-ingressgateway",
        metadata={"name": tls.name, "namespace": tls.namespace, "labels": {LABEL_PART_OF: PART_OF}},
        spec=CertificateSpec(
            secret_name=tls.name,
            issuer_ref=CertificateSpecIssuerRef(name=tls.issuer.name, kind=tls.issuer.kind, group="cert-manager.io"),
            common_name=(tls.dns_names or tls.ip_addresses)[0],
            dns_names=list(tls.dns_names) or None,
            ip_addresses=list(tls.ip_addresses) or None,
        ),
    )


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


def central_dashboard_parameters(scope: Construct, namespace: str, config: CentralDashboardConfig) -> None:
    """Upstream's `centraldashboard-parameters` ConfigMap, with the registration flow from config."""
    k8s.KubeConfigMap(
        scope, "configmap-centraldashboard-parameters",
        metadata=k8s.ObjectMeta(name="centraldashboard-parameters", namespace=namespace, labels={LABEL_PART_OF: PART_OF}),
        data={
            "CD_CLUSTER_DOMAIN": config.cluster_domain,
            "CD_REGISTRATION_FLOW": "true" if config.registration_flow else "false",
            "CD_USERID_HEADER": config.userid_header,
            "CD_USERID_PREFIX": config.userid_prefix,
        },
    )


def _http_probe(path: str, port: int | str) -> k8s.Probe:
    target = k8s.IntOrString.from_number(port) if isinstance(port, int) else k8s.IntOrString.from_string(port)
    return k8s.Probe(http_get=k8s.HttpGetAction(path=path, port=target), period_seconds=10)


def _resources(cpu: str, memory: str, memory_limit: str) -> k8s.ResourceRequirements:
    return k8s.ResourceRequirements(
        requests={"cpu": k8s.Quantity.from_string(cpu), "memory": k8s.Quantity.from_string(memory)},
        limits={"memory": k8s.Quantity.from_string(memory_limit)},
    )
