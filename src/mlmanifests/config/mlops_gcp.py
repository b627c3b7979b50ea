"""The `mlops-gcp` section: Kubeflow Pipelines on GKE with Cloud SQL (MySQL) and a GCS artifact bucket (seed 001).

Every Google Cloud resource is a Config Connector object; names derive from `namePrefix` (the seed's
"Name Prefix"). The seed's downloaded JSON key and env files of passwords have no counterpart here: KFP gets
Google credentials through Workload Identity, and the MySQL password only ever as a Secret reference.
"""

from __future__ import annotations

import ipaddress
import re
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, model_validator

from mlmanifests.prerequisites import EXTERNAL_SECRETS_OPERATOR, Prerequisite

from .gcp import CloudApis, GcpProject, GcpSecretStoreConfig, KccIdentity, KccNamespace, KccObjectPolicy
from .types import DnsLabel, ExternalObject, ObjectName, SecretSource, StrictModel, TargetSection


def _cidr(value: str) -> str:
    try:
        ipaddress.IPv4Network(value)
    except ValueError as error:
        raise ValueError(f"must be an IPv4 CIDR block such as '10.0.0.0/20' ({error})") from None
    return value


Cidr = Annotated[str, AfterValidator(_cidr)]

_PREFIX = re.compile(r"^[a-z][-a-z0-9]{0,18}[a-z0-9]$")


def _name_prefix(value: str) -> str:
    if not _PREFIX.match(value):
        raise ValueError("must be 2-20 lowercase letters, digits and '-', starting with a letter: it starts service "
                         "account ids (at most 30 characters) and the globally unique bucket name")
    return value


NamePrefix = Annotated[str, AfterValidator(_name_prefix)]

SEED_KFP_ROLES = [
    "roles/storage.admin", "roles/bigquery.admin", "roles/automl.admin", "roles/automl.predictor",
    "roles/aiplatform.admin", "roles/dataflow.admin", "roles/cloudsql.client",
]
"""The seed's Terraform `kfp_sa_roles` (storage, bigquery, automl admin and predictor, ml, dataflow admin) with the
retired AI Platform's ml.admin replaced by Vertex AI's aiplatform.admin, plus cloudsql.client for the Auth Proxy."""


class SecondaryRange(StrictModel):
    """A secondary range of the subnetwork, used by GKE for pod or service IPs."""

    name: DnsLabel
    """Range name the cluster's ipAllocationPolicy refers to."""
    cidr: Cidr
    """The range's IPv4 CIDR block; must not overlap the subnetwork's other ranges."""


class NetworkConfig(StrictModel):
    """The VPC (custom subnet mode) and the one subnetwork the cluster runs in."""

    subnet_cidr: Cidr = "10.10.0.0/20"
    """Primary range of the subnetwork (node IPs). Default 10.10.0.0/20."""
    pods: SecondaryRange = Field(default_factory=lambda: SecondaryRange(name="pods", cidr="10.20.0.0/14"))
    """Secondary range for pod IPs (VPC-native cluster). Default `pods` 10.20.0.0/14."""
    services: SecondaryRange = Field(default_factory=lambda: SecondaryRange(name="services", cidr="10.24.0.0/20"))
    """Secondary range for Service IPs. Default `services` 10.24.0.0/20."""

    @model_validator(mode="after")
    def _ranges_disjoint(self) -> "NetworkConfig":
        ranges = {"subnetCidr": self.subnet_cidr, "pods.cidr": self.pods.cidr, "services.cidr": self.services.cidr}
        items = list(ranges.items())
        for index, (name, cidr) in enumerate(items):
            for other, other_cidr in items[index + 1:]:
                if ipaddress.IPv4Network(cidr).overlaps(ipaddress.IPv4Network(other_cidr)):
                    raise ValueError(f"network.{name} {cidr} overlaps network.{other} {other_cidr}; give each range its own block")
        if self.pods.name == self.services.name:
            raise ValueError("network.pods.name and network.services.name are equal; secondary ranges need distinct names")
        return self


class NodePoolConfig(StrictModel):
    """One GKE node pool."""

    name: DnsLabel
    """Pool name; the object is named `<namePrefix>-<name>`."""
    machine_type: str = "e2-standard-4"
    """Compute Engine machine type. Default e2-standard-4 (the KFP lightweight deployment's size)."""
    min_nodes: int = Field(default=1, ge=0)
    """Autoscaling minimum per zone. Default 1."""
    max_nodes: int = Field(default=3, ge=1)
    """Autoscaling maximum per zone. Default 3."""
    disk_size_gb: int = Field(default=100, ge=10)
    """Boot disk size in GB. Default 100."""
    spot: bool = False
    """Use Spot VMs. Default false."""

    @model_validator(mode="after")
    def _min_below_max(self) -> "NodePoolConfig":
        if self.min_nodes > self.max_nodes:
            raise ValueError(f"nodePools[{self.name}]: minNodes {self.min_nodes} exceeds maxNodes {self.max_nodes}")
        return self


class ClusterConfig(StrictModel):
    """The GKE cluster that hosts KFP."""

    location: Literal["zonal", "regional"] = "zonal"
    """zonal (default): in `project.zone` — KFP is known to misbehave on regional clusters; regional: in `project.region`."""
    release_channel: Literal["RAPID", "REGULAR", "STABLE"] = "REGULAR"
    """GKE release channel. Default REGULAR."""
    argocd_name: str | None = None
    """The cluster's name in Argo CD, where the KFP wiring is deployed (default: the cluster's own name)."""
    private_nodes: bool = False
    """Nodes without public IPs (the control plane keeps a public endpoint). Default false."""
    master_cidr: Cidr = "172.16.0.0/28"
    """The /28 the control plane uses when `privateNodes` is true."""
    node_pools: list[NodePoolConfig] = Field(default_factory=lambda: [NodePoolConfig(name="default-pool")])
    """Node pools; the cluster's default pool is removed. Default one e2-standard-4 pool of 1-3 nodes."""
    node_roles: list[str] = Field(default_factory=lambda: [
        "roles/logging.logWriter", "roles/monitoring.metricWriter", "roles/monitoring.viewer",
        "roles/stackdriver.resourceMetadata.writer", "roles/artifactregistry.reader",
    ])
    """Project roles of the nodes' service account: GKE's minimal node set plus pulling from Artifact Registry."""

    @model_validator(mode="after")
    def _pools(self) -> "ClusterConfig":
        if not self.node_pools:
            raise ValueError("cluster.nodePools is empty; the default pool is removed, so at least one pool is needed")
        names = [pool.name for pool in self.node_pools]
        if len(set(names)) != len(names):
            raise ValueError(f"cluster.nodePools names {names} repeat; give each pool its own name")
        if ipaddress.IPv4Network(self.master_cidr).prefixlen != 28:
            raise ValueError(f"cluster.masterCidr {self.master_cidr} must be a /28, as GKE requires")
        return self


class AuthorizedNetwork(StrictModel):
    """A network allowed to reach the Cloud SQL public IP."""

    name: str
    """A label for the network (shown in Cloud SQL)."""
    cidr: Cidr
    """Its IPv4 CIDR block."""


class CloudSqlConfig(StrictModel):
    """The Cloud SQL MySQL instance holding the KFP and ML Metadata databases."""

    database_version: Literal["MYSQL_8_0", "MYSQL_8_4"] = "MYSQL_8_0"
    """MySQL version. Default MYSQL_8_0."""
    tier: str = "db-custom-2-7680"
    """Machine tier. Default db-custom-2-7680 (2 vCPU, 7.5 GB)."""
    disk_size_gb: int = Field(default=20, ge=10)
    """Initial disk size (auto-resized). Default 20."""
    connectivity: Literal["private", "authorized-networks"] = "private"
    """private (default): a private IP on the VPC through private services access (a ServiceNetworkingConnection
    over a reserved range); authorized-networks: a public IP reachable only from `authorizedNetworks`,
    with TLS required. KFP reaches the instance through the Cloud SQL Auth Proxy either way."""
    private_range_prefix_length: int = Field(default=16, ge=8, le=24)
    """Size of the range reserved for private services access (connectivity: private). Default /16."""
    service_networking_connection: Literal["create", "external"] = "create"
    """connectivity: private needs the VPC peered with servicenetworking.googleapis.com over the reserved range:
    `create` (default) emits the ServiceNetworkingConnection; `external`: it exists, declared under `external`."""
    authorized_networks: list[AuthorizedNetwork] = Field(default_factory=list)
    """Networks allowed to the public IP (connectivity: authorized-networks)."""
    backups: bool = True
    """Daily backups with binary logging (point-in-time recovery). Default true."""
    deletion_protection: bool = True
    """Refuse to delete the instance while set. Default true."""
    databases: list[ObjectName] = Field(default_factory=lambda: ["pipelinedb", "metadb", "cachedb"])
    """Databases KFP uses: pipeline, ML Metadata and cache, in that order. Default pipelinedb, metadb, cachedb."""
    user: str = Field(default="kfp", pattern=r"^[a-z][a-z0-9_]{0,31}$")
    """MySQL user KFP connects as (the seed used `root`; a dedicated user is created instead). Default kfp."""
    password: SecretSource
    """Where the KCC namespace's Secret with the user's password comes from (ExternalSecret or existing)."""
    password_key: str = "password"
    """Key of the password in that Secret. Default password."""

    @model_validator(mode="after")
    def _connectivity(self) -> "CloudSqlConfig":
        if self.connectivity == "authorized-networks" and not self.authorized_networks:
            raise ValueError("cloudSql.connectivity is authorized-networks but cloudSql.authorizedNetworks is empty; "
                             "list the CIDRs allowed, or use connectivity: private")
        if self.connectivity == "private" and self.authorized_networks:
            raise ValueError("cloudSql.authorizedNetworks is set but cloudSql.connectivity is private (no public IP); "
                             "drop the list or use connectivity: authorized-networks")
        if len(self.databases) != 3:
            raise ValueError("cloudSql.databases must list 3 names: the pipeline, ML Metadata and cache databases")
        if self.password.store is not None and self.password_key not in self.password.remote_keys:
            raise ValueError(f"cloudSql.password.remoteKeys has no {self.password_key!r} (cloudSql.passwordKey); map it to the store's key")
        return self


class ArtifactBucketConfig(StrictModel):
    """The GCS bucket KFP stores artifacts in (`<namePrefix>-artifact-store`)."""

    location: str | None = None
    """Bucket location (region or multi-region). Default: the project's region."""
    versioning: bool = False
    """Keep noncurrent object versions. Default false."""
    delete_after_days: int | None = Field(default=None, ge=1)
    """Lifecycle rule deleting objects older than this many days. Default none."""


class KfpWiringConfig(StrictModel):
    """What points KFP (in the KFP cluster) at Cloud SQL and GCS, and its Google identity."""

    namespace: DnsLabel = "kubeflow"
    """Namespace KFP runs in. Default kubeflow."""
    create_namespace: bool = True
    """Emit that Namespace. Default true."""
    config_map_name: ObjectName = "pipeline-install-config"
    """Base name of the wiring ConfigMap (KFP's own name); a kustomize-style content hash is appended."""
    db_host: str = "mysql"
    """Host KFP connects to: the Cloud SQL Auth Proxy Service of KFP's GCP install. Default mysql."""
    db_port: int = Field(default=3306, ge=1, le=65535)
    """Port of `dbHost`. Default 3306."""
    mysql_secret_name: ObjectName = "mysql-secret"
    """Secret KFP reads `username` and `password` from. Default mysql-secret (KFP's own name)."""
    mysql_secret: SecretSource
    """Where that Secret comes from; its keys must include `username` and `password`."""
    service_accounts: list[ObjectName] = Field(default_factory=lambda: [
        "pipeline-runner", "ml-pipeline-ui", "ml-pipeline-visualizationserver", "kubeflow-pipelines-cloudsql-proxy",
    ])
    """KFP Kubernetes service accounts that act as the KFP Google service account through Workload Identity."""
    pipelines_checkout: str | None = None
    """Path of a local kubeflow/pipelines checkout's KFP GCP base to render and patch (optional)."""

    @model_validator(mode="after")
    def _secret_keys(self) -> "KfpWiringConfig":
        missing = {"username", "password"} - set(self.mysql_secret.remote_keys)
        if self.mysql_secret.store is not None and missing:
            raise ValueError(f"kfp.mysqlSecret.remoteKeys lacks {sorted(missing)}; KFP reads `username` and `password` from it")
        return self


class KfpGoogleAccount(StrictModel):
    """The Google service account KFP's pods act as (`<namePrefix>-kfp`), through Workload Identity."""

    project_roles: list[str] = Field(default_factory=lambda: list(SEED_KFP_ROLES))
    """Project roles; default the seed's pipelines' needs (Cloud SQL client, BigQuery, Dataflow, Vertex AI)."""
    bucket_role: str = "roles/storage.objectAdmin"
    """Role on the artifact bucket only (not the project). Default roles/storage.objectAdmin."""


class MlopsGcpConfig(TargetSection):
    name_prefix: NamePrefix
    """Prefix of every resource name (the seed's "Name Prefix"); ≤ 20 characters."""
    project: GcpProject
    """Project, region and zone."""
    kcc_namespace: KccNamespace
    """Namespace of the management cluster holding the KCC objects."""
    config_connector: KccIdentity
    """The account Config Connector acts as in `kccNamespace`, and its mode. Required (the account)."""
    kcc: KccObjectPolicy = Field(default_factory=KccObjectPolicy)
    """Labels of every KCC object and what deleting one does (default: stateful resources are abandoned)."""
    secret_store: GcpSecretStoreConfig = Field(default_factory=GcpSecretStoreConfig)
    """The Secret Manager ClusterSecretStore of the management cluster (and, by name, of the KFP cluster)."""
    kfp_account: KfpGoogleAccount = Field(default_factory=KfpGoogleAccount)
    """Roles of KFP's Google service account."""
    apis: CloudApis
    """Cloud APIs to enable: the seed's eleven."""
    network: NetworkConfig = Field(default_factory=NetworkConfig)
    """The VPC and subnetwork (`<namePrefix>-vpc`, `<namePrefix>-subnet`). Default ranges: see NetworkConfig."""
    cluster: ClusterConfig = Field(default_factory=ClusterConfig)
    """The GKE cluster `<namePrefix>-kfp-cluster` and its node pools."""
    cloud_sql: CloudSqlConfig
    """The Cloud SQL instance `<namePrefix>-kfp-metadata`, its databases and KFP's user. Required (the password source)."""
    artifact_bucket: ArtifactBucketConfig = Field(default_factory=ArtifactBucketConfig)
    """The artifact bucket `<namePrefix>-artifact-store`."""
    kfp: KfpWiringConfig
    """The wiring objects in the KFP cluster. Required (the MySQL Secret source)."""

    @model_validator(mode="after")
    def _cross_fields(self) -> "MlopsGcpConfig":
        self.project.check_zone_in_region("project")
        if self.apis.duplicates():
            raise ValueError(f"apis.enable lists {self.apis.duplicates()} twice")
        missing = [api for api in self.required_apis() if api not in self.apis.enable]
        if missing:
            raise ValueError(f"apis.enable lacks {missing}, which this configuration uses (servicenetworking: private "
                             "Cloud SQL; secretmanager: the ExternalSecrets' store); add them")
        for where, source in self._secret_sources():
            if source.store is not None and source.store.name != self.secret_store.name and not self._declares_store(source.store.name):
                raise ValueError(f"{where}.store.name {source.store.name!r} is not secretStore.name "
                                 f"{self.secret_store.name!r}; use that store or declare {source.store.name!r} under `external`")
        return self

    def required_apis(self) -> list[str]:
        apis = ["servicenetworking.googleapis.com"] if self.cloud_sql.connectivity == "private" else []
        if any(source.store is not None for _, source in self._secret_sources()):
            apis.append("secretmanager.googleapis.com")
        return apis

    def _secret_sources(self) -> list[tuple[str, SecretSource]]:
        return [("cloudSql.password", self.cloud_sql.password), ("kfp.mysqlSecret", self.kfp.mysql_secret)]

    def _declares_store(self, name: str) -> bool:
        return any(item.kind in ("ClusterSecretStore", "SecretStore") and item.name == name for item in self.external)

    def secret_ids(self) -> list[str]:
        """Secret Manager secrets the target's ExternalSecrets read from the store: each gets an accessor grant."""
        return sorted({key.key for _, source in self._secret_sources() if source.store is not None
                       and source.store.name == self.secret_store.name for key in source.remote_keys.values()})

    def external_objects(self) -> list[ExternalObject]:
        return [
            *self.external,
            *self.cloud_sql.password.implied_external(self.kcc_namespace.name),
            *self.kfp.mysql_secret.implied_external(self.kfp.namespace),
        ]

    def prerequisites(self) -> list[Prerequisite]:
        namespace = self.kcc_namespace.name
        return [
            *self.config_connector.prerequisites(namespace, self.project.project_id),
            EXTERNAL_SECRETS_OPERATOR,
            Prerequisite("External Secrets Operator in the KFP cluster", EXTERNAL_SECRETS_OPERATOR.version,
                         f"the kfp-cluster part's ExternalSecrets read ClusterSecretStore {self.secret_store.name} there"),
            Prerequisite(f"Secret Manager secrets in project {self.secret_store.secret_project or self.project.project_id}", "",
                         f"{', '.join(self.secret_ids())}: created with their values by hand (`gcloud secrets create`); "
                         "mlmanifests only grants read access to them"),
            Prerequisite("Kubeflow Pipelines in the KFP cluster", "",
                         "installed from KFP's manifests once the cluster exists; the kfp-cluster part wires it"),
        ]
