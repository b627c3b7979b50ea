"""The `kubeflow-gke` section: a management cluster's Config Connector set up to build a Kubeflow GKE cluster (seed 004).

The seed's kpt setters become fields: `name` (KF_NAME), `managementProject` (gcloud.core.project of the
management cluster), `project.zone` / `project.region` (location), `project.projectId` (managed-project).
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field, model_validator

from mlmanifests.targets.prerequisites import EXTERNAL_SECRETS_OPERATOR, Prerequisite

from mlmanifests.config.gcp import CloudApis, GcpProject, GcpSecretStoreConfig, KccIdentity, KccNamespace, KccObjectPolicy, ProjectId
from mlmanifests.config.upstreams import KubeflowPlatformConfig
from mlmanifests.config.types import DnsLabel, ExternalObject, ObjectName, SecretSource, StrictModel, Taint, TargetSection

_IAM_MEMBER = re.compile(r"^(user|group|serviceAccount|domain):[^\s]+$")
_TAINT_EFFECTS = {"NoSchedule": "NO_SCHEDULE", "PreferNoSchedule": "PREFER_NO_SCHEDULE", "NoExecute": "NO_EXECUTE"}


def kcc_taint_effect(taint: Taint) -> str:
    """GKE spells taint effects NO_SCHEDULE where Kubernetes spells NoSchedule."""
    return _TAINT_EFFECTS[taint.effect]


class ConfigConnectorSetup(KccIdentity):
    """The management cluster's Config Connector (namespaced mode by default) and the account it acts as here."""

    emit_operator_config: bool = True
    """Emit the cluster-wide ConfigConnector object (spec.mode from `mode`). false when another team owns it."""


ADMIN_ROLES = ["roles/source.admin", "roles/servicemanagement.admin", "roles/compute.networkAdmin"]
USER_ROLES = [
    "roles/cloudbuild.builds.editor", "roles/viewer", "roles/source.admin", "roles/storage.admin",
    "roles/bigquery.admin", "roles/dataflow.admin", "roles/aiplatform.admin", "roles/dataproc.editor",
    "roles/cloudsql.admin", "roles/logging.logWriter", "roles/monitoring.metricWriter", "roles/monitoring.viewer",
]


class KubeflowAccount(StrictModel):
    """A Google service account of the Kubeflow blueprint (`<name>-admin`, `<name>-user`) and who acts as it."""

    project_roles: list[str]
    """Project roles of the account."""
    service_accounts: list[str]
    """`namespace/name` of the Kubeflow cluster's KSAs bound to it by Workload Identity (emitted, annotated)."""


def _admin_account() -> KubeflowAccount:
    return KubeflowAccount(project_roles=list(ADMIN_ROLES), service_accounts=["kubeflow/kf-admin", "istio-system/kf-admin"])


def _user_account() -> KubeflowAccount:
    return KubeflowAccount(project_roles=list(USER_ROLES), service_accounts=["kubeflow/kf-user"])


class CpuPoolConfig(StrictModel):
    """The general-purpose node pool (`<name>-cpu-pool`)."""

    machine_type: str = "e2-standard-8"
    """Machine type. Default e2-standard-8 (Kubeflow's components need a few large nodes)."""
    min_nodes: int = Field(default=1, ge=0)
    """Autoscaling minimum per zone. Default 1."""
    max_nodes: int = Field(default=4, ge=1)
    """Autoscaling maximum per zone. Default 4."""
    disk_size_gb: int = Field(default=100, ge=10)
    """Boot disk size in GB. Default 100."""


class GpuPoolConfig(StrictModel):
    """The GPU node pool (`<name>-gpu-pool`), scaled from zero, tainted so only GPU workloads land on it."""

    machine_type: str = "n1-standard-8"
    """Machine type; T4s attach to N1 machines only. Default n1-standard-8."""
    accelerator_type: str = "nvidia-tesla-t4"
    """GPU type. Default nvidia-tesla-t4 (the seed's replacement for the retired K80)."""
    accelerator_count: int = Field(default=1, ge=1, le=8)
    """GPUs per node. Default 1."""
    driver_version: Literal["DEFAULT", "LATEST", "INSTALLATION_DISABLED"] = "LATEST"
    """GKE-managed NVIDIA driver installation (replaces the seed's driver-installer DaemonSet). Default LATEST."""
    min_nodes: int = Field(default=0, ge=0)
    """Autoscaling minimum. Default 0: no GPU node runs while no GPU pod waits."""
    max_nodes: int = Field(default=2, ge=1)
    """Autoscaling maximum per zone. Default 2."""
    disk_size_gb: int = Field(default=100, ge=10)
    """Boot disk size in GB. Default 100."""
    taint: Taint = Field(default_factory=lambda: Taint(key="nvidia.com/gpu", value="present", effect="NoSchedule"))
    """Taint of the GPU nodes; GPU workloads get the toleration derived from it (constructs.node_group). Default
    nvidia.com/gpu=present:NoSchedule."""


class KubeflowClusterConfig(StrictModel):
    """The Kubeflow GKE cluster (`<name>`) KCC creates in the managed project."""

    location: Literal["zonal", "regional"] = "zonal"
    """zonal (default, in `project.zone`): KFP misbehaves on regional clusters (kubeflow/gcp-blueprints#6);
    regional: in `project.region`, with nodes in each of its zones."""
    argocd_name: str | None = None
    """The cluster's name in Argo CD, where the in-cluster objects (IAP OAuth secret) go (default: `name`)."""
    release_channel: Literal["RAPID", "REGULAR", "STABLE"] = "REGULAR"
    """GKE release channel. Default REGULAR."""
    mesh_id: str | None = Field(default=None, pattern=r"^proj-[0-9]{6,20}$")
    """The `mesh_id` cluster label Anthos Service Mesh needs: `proj-<project number>`. Unset: no label."""
    network: str | None = None
    """An existing VPC (`projects/<p>/global/networks/<n>`) to run in; unset uses the project's default network."""
    cpu_pool: CpuPoolConfig = Field(default_factory=CpuPoolConfig)
    """The general-purpose pool. Default e2-standard-8, 1-4 nodes."""
    gpu_pool: GpuPoolConfig | None = Field(default_factory=GpuPoolConfig)
    """The GPU pool; null for none."""
    node_roles: list[str] = Field(default_factory=lambda: [
        "roles/logging.logWriter", "roles/monitoring.metricWriter", "roles/monitoring.viewer",
        "roles/stackdriver.resourceMetadata.writer", "roles/artifactregistry.reader",
    ])
    """Project roles of the nodes' service account (`<name>-vm`)."""


class IapConfig(StrictModel):
    """Identity-Aware Proxy in front of the Kubeflow UI."""

    members: list[str] = Field(default_factory=list)
    """Principals granted roles/iap.httpsResourceAccessor: `user:a@b.com`, `group:…`, `domain:…`."""
    oauth_secret_namespace: DnsLabel = "istio-system"
    """Namespace (of the Kubeflow cluster) of the OAuth client Secret. Default istio-system."""
    oauth_secret_name: ObjectName = "kubeflow-oauth"
    """Name of the OAuth client Secret. Default kubeflow-oauth."""
    oauth_client: SecretSource
    """Where the OAuth client id and secret come from (keys `client_id`, `client_secret`); never a value."""

    @model_validator(mode="after")
    def _members(self) -> "IapConfig":
        for index, member in enumerate(self.members):
            if not _IAM_MEMBER.fullmatch(member):
                raise ValueError(f"iap.members[{index}] {member!r} is not an IAM principal (user:…, group:…, serviceAccount:…, domain:…)")
        missing = {"client_id", "client_secret"} - set(self.oauth_client.remote_keys)
        if self.oauth_client.store is not None and missing:
            raise ValueError(f"iap.oauthClient.remoteKeys lacks {sorted(missing)}")
        return self


class KubeflowGkeConfig(TargetSection):
    name: DnsLabel = Field(min_length=3, max_length=24)
    """The Kubeflow deployment's name (kpt setter `name`, the seed's KF_NAME); names the cluster and its accounts."""
    management_project: ProjectId
    """Project of the management cluster (kpt setter gcloud.core.project)."""
    project: GcpProject
    """The managed project (kpt setter managed-project) and location (region/zone)."""
    kcc_namespace: KccNamespace
    """Namespace of the management cluster for the managed project (the seed names it after the project)."""
    config_connector: ConfigConnectorSetup
    """The ConfigConnector / ConfigConnectorContext setup. Required (KCC's Google service account)."""
    apis: CloudApis
    """Cloud APIs to enable in the managed project: the seed's seven."""
    cluster: KubeflowClusterConfig = Field(default_factory=KubeflowClusterConfig)
    """The Kubeflow cluster `<name>` and its pools."""
    iap: IapConfig
    kubeflow: KubeflowPlatformConfig | None = None
    """Kubeflow itself, installed in the cluster this target creates (dist/kubeflow-gke/kubeflow-cluster/): the
    whole platform of a pinned release; null installs none."""
    """IAP access and the OAuth client Secret reference. Required (the OAuth client source)."""
    admin_account: KubeflowAccount = Field(default_factory=_admin_account)
    """`<name>-admin`: the blueprint's kf-admin (kubeflow/ and istio-system/kf-admin KSAs)."""
    user_account: KubeflowAccount = Field(default_factory=_user_account)
    """`<name>-user`: the blueprint's kf-user (pipelines and notebooks; ml.admin became aiplatform.admin)."""
    static_ip: bool = True
    """Reserve the global static IP `<name>-ip` the IAP ingress uses (the blueprint's ComputeAddress). Default true."""
    kcc: KccObjectPolicy = Field(default_factory=KccObjectPolicy)
    """Labels of every KCC object and what deleting one does (default: stateful resources are abandoned)."""
    secret_store: GcpSecretStoreConfig = Field(default_factory=GcpSecretStoreConfig)
    """The Secret Manager ClusterSecretStore of the Kubeflow cluster (the IAP OAuth client's ExternalSecret reads it)."""

    @model_validator(mode="after")
    def _cross_fields(self) -> "KubeflowGkeConfig":
        self.project.check_zone_in_region("project")
        if self.config_connector.pool_project != self.management_project:
            raise ValueError(
                f"configConnector.googleServiceAccount belongs to project {self.config_connector.pool_project!r}, not "
                f"managementProject {self.management_project!r}; KCC's account lives in the management project "
                f"(e.g. {self.management_project}-cnrm-system@{self.management_project}.iam.gserviceaccount.com)"
            )
        missing = [api for api in self.required_apis() if api not in self.apis.enable]
        if missing:
            raise ValueError(f"apis.enable lacks {missing}, which this configuration uses (iap: the Kubeflow "
                             "ingress; secretmanager: the IAP OAuth client's store); add them")
        if self.apis.duplicates():
            raise ValueError(f"apis.enable lists {self.apis.duplicates()} twice")
        pool = self.cluster.gpu_pool
        if pool is not None and pool.min_nodes > pool.max_nodes:
            raise ValueError(f"cluster.gpuPool.minNodes {pool.min_nodes} exceeds cluster.gpuPool.maxNodes {pool.max_nodes}")
        if self.cluster.cpu_pool.min_nodes > self.cluster.cpu_pool.max_nodes:
            raise ValueError("cluster.cpuPool.minNodes exceeds cluster.cpuPool.maxNodes")
        return self

    def upstream_refs(self):
        return [("kubeflow", self.kubeflow)] if self.kubeflow is not None else []

    def required_apis(self) -> list[str]:
        apis = ["iap.googleapis.com"]
        if self.iap.oauth_client.store is not None:
            apis.append("secretmanager.googleapis.com")
        return apis

    def secret_ids(self) -> list[str]:
        source = self.iap.oauth_client
        if source.store is None or source.store.name != self.secret_store.name:
            return []
        return sorted({key.key for key in source.remote_keys.values()})

    def external_objects(self) -> list[ExternalObject]:
        return [*self.external, *self.iap.oauth_client.implied_external(self.iap.oauth_secret_namespace)]

    def prerequisites(self) -> list[Prerequisite]:
        return [
            *self.config_connector.prerequisites(self.kcc_namespace.name, self.project.project_id),
            Prerequisite("External Secrets Operator in the Kubeflow cluster", EXTERNAL_SECRETS_OPERATOR.version,
                         f"the kubeflow-cluster part's ClusterSecretStore {self.secret_store.name} and ExternalSecret"),
            Prerequisite(f"Secret Manager secrets in project {self.secret_store.secret_project or self.project.project_id}",
                         "", f"{', '.join(self.secret_ids()) or 'none'}: the IAP OAuth client (JSON with client_id, "
                         "client_secret), created by hand from the OAuth consent screen's client"),
            Prerequisite("Kubeflow manifests in the Kubeflow cluster", "",
                         f"installed once the cluster exists; the IAP ingress uses the static IP {self.name}-ip"),
        ]
