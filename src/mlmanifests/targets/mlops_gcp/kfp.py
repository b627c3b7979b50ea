"""Kubeflow Pipelines on Cloud SQL and GCS, in the cluster mlops-gcp's Config Connector objects create.

Upstream's KFP for GCP (the release's cluster-scoped resources and `env/gcp`) with the wiring as an overlay:
- `pipeline-install-config` merged with this target's databases, bucket, project and Cloud SQL instance
  (configMapGenerator `behavior: merge`, the name upstream gives it), and `defaultPipelineRoot: gs://<bucket>/v2/
  artifacts`, which `kfp-launcher` carries too (KFP's driver reads it there for v2 pipelines);
- Argo's artifact repository on the GCS bucket with Workload Identity (upstream fills it from the placeholder
  `yourGcsBucketName` at build time, so the overlay sets it directly);
- the Cloud SQL Auth Proxy on the instance's private IP when the instance has no public one;
- `mysql-secret` from the store: the SQLUser's name, and the password from the same store key the SQLUser's
  password comes from; every other Secret upstream ships with demo values from the store as well;
- upstream's service accounts annotated for Workload Identity as the KFP Google service account.
The S3 API KFP's API server and UI need is upstream's MinIO GCS gateway: it stores nothing itself, every object
lives in the GCS bucket.
"""

from __future__ import annotations

from constructs import Construct

from mlmanifests.targets.mlops_gcp.config import KFP_NAMESPACE, MlopsGcpConfig
from mlmanifests.constructs.workload_identity import GSA_ANNOTATION

from mlmanifests.targets.kubeflow_platform import UpstreamObject, UpstreamPlatform, replace_demo_secrets

MYSQL_SECRET = "mysql-secret"
KFP_LABELS = {"app.kubernetes.io/part-of": "kubeflow-pipelines", "app.kubernetes.io/managed-by": "mlmanifests"}
_ARGO_KEY_FORMAT = ("artifacts/{{workflow.name}}/{{workflow.creationTimestamp.Y}}/{{workflow.creationTimestamp.m}}/"
                    "{{workflow.creationTimestamp.d}}/{{pod.name}}")


def kfp_wiring(config: MlopsGcpConfig, *, bucket: str, sql_instance: str) -> dict[str, str]:
    """The keys of upstream's pipeline-install-config that point KFP at this target's Cloud SQL and GCS."""
    pipeline_db, metadata_db, cache_db = config.cloud_sql.databases
    return {
        "pipelineDb": pipeline_db,
        "mlmdDb": metadata_db,
        "cacheDb": cache_db,
        "bucketName": bucket,
        "gcsProjectId": config.project.project_id,
        "gcsCloudSqlInstanceName": f"{config.project.project_id}:{config.project.region}:{sql_instance}",
        "defaultPipelineRoot": pipeline_root(bucket),
    }


def pipeline_root(bucket: str) -> str:
    return f"gs://{bucket}/v2/artifacts"


def kfp_on_gcp(scope: Construct, config: MlopsGcpConfig, *, bucket: str, sql_instance: str,
               gsa_email: str) -> list[UpstreamObject]:
    """KFP from the pinned release, wired to Cloud SQL and GCS; `scope` is the KFP cluster's chart."""
    kfp = config.kfp
    platform = UpstreamPlatform(kfp, kfp.chosen_components())
    wiring = kfp_wiring(config, bucket=bucket, sql_instance=sql_instance)
    platform.find("ConfigMap", "pipeline-install-config", KFP_NAMESPACE)
    platform.overlay.config_map_merges.append({
        "name": "pipeline-install-config", "namespace": KFP_NAMESPACE,
        "literals": [f"{key}={value}" for key, value in wiring.items()],
        "options": {"disableNameSuffixHash": True},  # upstream's name: KFP's manifests and docs refer to it
    })
    _configmap_data(platform, "kfp-launcher", {"defaultPipelineRoot": pipeline_root(bucket)},
                    why="v2 pipelines write their artifacts to the GCS bucket")
    artifact_repository = (f'archiveLogs: true\ngcs:\n  bucket: "{bucket}"\n  keyFormat: "{_ARGO_KEY_FORMAT}"\n')
    _configmap_data(platform, "workflow-controller-configmap", {"artifactRepository": artifact_repository},
                    why="Argo's logs and artifacts on GCS, as the pipeline-runner's Google identity (Workload Identity)")
    _cloud_sql_proxy(platform, private=config.cloud_sql.connectivity == "private")

    password = config.kfp_mysql_password()
    platform.find("Secret", MYSQL_SECRET, KFP_NAMESPACE)
    replace_demo_secrets(scope, platform, kfp.secrets, {MYSQL_SECRET: password}, labels=KFP_LABELS,
                         literals={MYSQL_SECRET: {"username": config.cloud_sql.user}})
    for name in kfp.service_accounts:
        platform.find("ServiceAccount", name, KFP_NAMESPACE)
        platform.patch({"apiVersion": "v1", "kind": "ServiceAccount",
                        "metadata": {"name": name, "namespace": KFP_NAMESPACE, "annotations": {GSA_ANNOTATION: gsa_email}}},
                       why="act as the KFP Google service account (Workload Identity)")
    return platform.compose()


def _configmap_data(platform: UpstreamPlatform, name: str, data: dict[str, str], *, why: str) -> None:
    platform.find("ConfigMap", name, KFP_NAMESPACE)
    platform.patch({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": name, "namespace": KFP_NAMESPACE},
                    "data": data}, why=why)


def _cloud_sql_proxy(platform: UpstreamPlatform, *, private: bool) -> None:
    """Upstream's proxy Deployment: a real emptyDir for its socket folder (upstream writes `emptyDir:` with no
    value, which the API server refuses as a volume without a type) and, for an instance without a public IP,
    its private IP."""
    deployment = platform.find("Deployment", "cloudsqlproxy", KFP_NAMESPACE)
    container = deployment["spec"]["template"]["spec"]["containers"][0]
    command = list(container.get("command") or [])
    if private and "-ip_address_types=PRIVATE" not in command:
        command.insert(1, "-ip_address_types=PRIVATE")
    volumes = [{"name": volume["name"], "emptyDir": {}} for volume in deployment["spec"]["template"]["spec"].get("volumes") or []
               if "emptyDir" in volume and not volume["emptyDir"]]
    platform.patch({
        "apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "cloudsqlproxy", "namespace": KFP_NAMESPACE},
        "spec": {"template": {"spec": {"containers": [{"name": container["name"], "command": command}],
                                       **({"volumes": volumes} if volumes else {})}}},
    }, why="the Cloud SQL instance's private IP" if private else "a valid socket volume")
