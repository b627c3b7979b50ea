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

from mlmanifests.targets.prerequisites import EXTERNAL_SECRETS_OPERATOR, Prerequisite

from mlmanifests.config.gcp import CloudApis, GcpProject, GcpSecretStoreConfig, KccIdentity, KccNamespace, KccObjectPolicy
from mlmanifests.config.types import DnsLabel, ExternalObject, ObjectName, SecretSource, StrictModel, TargetSection
from mlmanifests.config.upstreams import UpstreamRef, UpstreamSecrets

KFP_NAMESPACE = "kubeflow"
"""The namespace Kubeflow Pipelines' env/gcp installs into (upstream's `namespace: kubeflow`)."""


def _cidr(value: str) -> str:
    try:
        ipaddress.IPv4Network(value)
    except ValueError as error:
        raise ValueError(f"must be an IPv4 CIDR block such as '10.0.0.0/20' ({error})") from None
    return value


Cidr = Annotated[str, AfterValidator(_cidr)]

_PREFIX = re.compile(r"^[a-z][-a-z0-9]{0,18}[a-z0-9]$")


def _name_prefix(value: str) -> str:
    if not _PREFIX.fullmatch(value):
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


class KfpWiringConfig(UpstreamRef):
    """Kubeflow Pipelines alone from the pinned release (its cluster-scoped resources and `env/gcp`: the Cloud SQL
    Auth Proxy and the MinIO GCS gateway), pointed at this target's Cloud SQL instance and bucket, in the KFP
    cluster. Upstream's objects are patched, never replaced."""

    upstream: str = "kubeflow-1-10"
    """The Kubeflow release whose Kubeflow Pipelines is installed (a name in the top-level `upstreams` section)."""
    mysql_password: SecretSource | None = None
    """Where `mysql-secret`'s password comes from in the KFP cluster. Default: the store and key of
    `cloudSql.password`, so KFP logs in with the password the SQLUser was given (the user name is the SQLUser's)."""
    secrets: UpstreamSecrets
    """Where the other Secrets upstream ships with demo values come from (`mlpipeline-minio-artifact`: the
    credentials clients use with the MinIO GCS gateway, any strong pair)."""
    service_accounts: list[ObjectName] = Field(default_factory=lambda: [
        "pipeline-runner", "ml-pipeline-ui", "ml-pipeline-visualizationserver", "kubeflow-pipelines-cloudsql-proxy",
        "kubeflow-pipelines-minio-gcs-gateway",
    ])
    """Upstream's Kubernetes service accounts that act as the KFP Google service account through Workload
    Identity: the pipeline runs (launcher writes gs:// artifacts), the UI and visualization server (read them), the
    Cloud SQL proxy (cloudsql.client) and the MinIO GCS gateway (the bucket)."""

    def chosen_components(self) -> list[str]:
        """`components`, else KFP alone on GCP: the release's KFP cluster-scoped resources and env/gcp."""
        return list(self.components or self.source.kubeflow.pipelines_gcp)


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
        if self.cloud_sql.password.existing_secret is not None and self.kfp.mysql_password is None:
            raise ValueError("cloudSql.password is an existing Secret in the management cluster, which the KFP cluster "
                             "cannot read: set kfp.mysqlPassword (an ExternalSecret source or a Secret in the KFP cluster)")
        if self.kfp.mysql_password is not None and self.kfp.mysql_password.store is not None \
                and "password" not in self.kfp.mysql_password.remote_keys:
            raise ValueError("kfp.mysqlPassword.remoteKeys must map `password`")
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
        sources = [("cloudSql.password", self.cloud_sql.password)]
        if self.cloud_sql.password.store is not None or self.kfp.mysql_password is not None:
            sources.append(("kfp.mysqlPassword", self.kfp_mysql_password()))
        return [*sources, ("kfp.secrets", self.kfp_demo_secret_sources())]

    def kfp_demo_secret_sources(self) -> SecretSource:
        """The store keys of the Secrets KFP's env/gcp ships with demo values (mlpipeline-minio-artifact), as
        `kfp.secrets` names them (or its `sources`), for the KFP cluster store's accessor grants."""
        secrets = self.kfp.secrets
        configured = secrets.sources.get("mlpipeline-minio-artifact")
        if configured is not None and configured.store is not None:
            return configured
        key = f"{secrets.remote_key_prefix}mlpipeline-minio-artifact"
        return SecretSource(store=secrets.store, remote_keys={name: {"key": key, "property": name}
                                                              for name in ("accesskey", "secretkey")})

    def kfp_store_source(self) -> SecretSource | None:
        """Every key the KFP cluster's ExternalSecrets read from the store (the store's accessor grants)."""
        sources = [source for where, source in self._secret_sources() if where.startswith("kfp.") and source.store]
        keys = {f"{i}-{name}": remote for i, source in enumerate(sources) for name, remote in source.remote_keys.items()}
        return SecretSource(store=sources[0].store, remote_keys=keys) if sources else None

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
            *(self.kfp.mysql_password.implied_external(KFP_NAMESPACE) if self.kfp.mysql_password else []),
            *[obj for source in self.kfp.secrets.sources.values() for obj in source.implied_external(KFP_NAMESPACE)],
        ]

    def upstream_refs(self):
        return [("kfp", self.kfp)]

    def kfp_mysql_password(self) -> SecretSource:
        """The source of KFP's MySQL password: `kfp.mysqlPassword`, else the SQLUser's own store key."""
        if self.kfp.mysql_password is not None:
            return self.kfp.mysql_password
        password = self.cloud_sql.password
        assert password.store is not None  # an existing Secret is refused without kfp.mysqlPassword
        return SecretSource(store=password.store, refresh_interval=password.refresh_interval,
                            remote_keys={"password": password.remote_keys[self.cloud_sql.password_key]})

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
        ]
