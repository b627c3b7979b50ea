"""The `mlops-gcp` target: Kubeflow Pipelines on GKE with Cloud SQL (MySQL) and GCS, as Config Connector objects (seed 001).

What the seed did with Terraform, env files and a downloaded key becomes, in dependency order:
  Namespace (annotated with the project id) → Services (the seed's 11 APIs, retired ones replaced) →
  ComputeNetwork + ComputeSubnetwork (secondary ranges for pods and services) → IAMServiceAccounts for the
  nodes and for KFP, their IAMPolicyMember grants → ContainerCluster (VPC-native, Workload Identity) +
  ContainerNodePools → SQLInstance (MySQL, private IP or authorized networks) + SQLDatabases + SQLUser
  (password from a Secret reference) → StorageBucket → in the KFP cluster, Kubeflow Pipelines from the pinned
  upstream release wired to Cloud SQL and the bucket (kfp.py).

Every `*Ref` names an object defined here or an `external` project name from config.
"""

from __future__ import annotations

from cdk8s import Chart
from cdk8s_plus_37 import k8s
from constructs import Construct

from mlmanifests.targets import ClusterPart
from mlmanifests.targets.mlops_gcp.kfp import kfp_on_gcp
from mlmanifests.config.global_settings import GlobalSettings
from mlmanifests.targets.mlops_gcp.config import KFP_NAMESPACE, MlopsGcpConfig, NodePoolConfig
from mlmanifests.constructs.external_secret import secret_from_source
from mlmanifests.constructs.kcc import (
    PROJECT_ID_ANNOTATION,
    REMOVE_DEFAULT_NODE_POOL_ANNOTATION,
    kcc_metadata,
)
from mlmanifests.constructs.gke_node_pool import gke_node_pool
from mlmanifests.constructs.kcc_context import config_connector_context
from mlmanifests.constructs.kcc_lifecycle import apply_kcc_policy
from mlmanifests.constructs.kcc_services import enable_apis, plan_apis
from mlmanifests.constructs.secret_store import (
    kfp_cluster_secret_store,
    GcpSecretManagerStore,
    gcp_secret_manager_access,
    gcp_secret_manager_store,
)
from mlmanifests.constructs.workload_identity import (
    bind_workload_identity,
    google_service_account,
    grant_project_roles,
    grant_resource_role,
)
from mlmanifests.imports.kcc_compute import (
    ComputeAddress,
    ComputeAddressSpec,
    ComputeAddressSpecNetworkRef,
    ComputeNetwork,
    ComputeNetworkSpec,
    ComputeRouter,
    ComputeRouterNat,
    ComputeRouterNatSpec,
    ComputeRouterNatSpecRouterRef,
    ComputeRouterSpec,
    ComputeRouterSpecNetworkRef,
    ComputeSubnetwork,
    ComputeSubnetworkSpec,
    ComputeSubnetworkSpecNetworkRef,
    ComputeSubnetworkSpecSecondaryIpRange,
)
from mlmanifests.imports.kcc_container import (
    ContainerCluster,
    ContainerClusterSpec,
    ContainerClusterSpecIpAllocationPolicy,
    ContainerClusterSpecNetworkRef,
    ContainerClusterSpecNodeConfig,
    ContainerClusterSpecNodeConfigServiceAccountRef,
    ContainerClusterSpecNodeConfigWorkloadMetadataConfig,
    ContainerClusterSpecPrivateClusterConfig,
    ContainerClusterSpecReleaseChannel,
    ContainerClusterSpecSubnetworkRef,
    ContainerClusterSpecWorkloadIdentityConfig,
)
from mlmanifests.imports.kcc_sql import (
    SqlDatabase,
    SqlDatabaseSpec,
    SqlDatabaseSpecInstanceRef,
    SqlInstance,
    SqlInstanceSpec,
    SqlInstanceSpecSettings,
    SqlInstanceSpecSettingsBackupConfiguration,
    SqlInstanceSpecSettingsIpConfiguration,
    SqlInstanceSpecSettingsIpConfigurationAuthorizedNetworks,
    SqlInstanceSpecSettingsIpConfigurationPrivateNetworkRef,
    SqlUser,
    SqlUserSpec,
    SqlUserSpecInstanceRef,
    SqlUserSpecPassword,
    SqlUserSpecPasswordValueFrom,
    SqlUserSpecPasswordValueFromSecretKeyRef,
)
from mlmanifests.imports.kcc_servicenetworking import (
    ServiceNetworkingConnection,
    ServiceNetworkingConnectionSpec,
    ServiceNetworkingConnectionSpecNetworkRef,
    ServiceNetworkingConnectionSpecReservedPeeringRanges,
)
from mlmanifests.imports.kcc_storage import (
    StorageBucket,
    StorageBucketSpec,
    StorageBucketSpecLifecycleRule,
    StorageBucketSpecLifecycleRuleAction,
    StorageBucketSpecLifecycleRuleCondition,
    StorageBucketSpecVersioning,
)



class MlopsNames:
    """Every resource name, derived from the one prefix (the seed's "Name Prefix")."""

    def __init__(self, prefix: str) -> None:
        self.network = f"{prefix}-vpc"
        self.subnetwork = f"{prefix}-subnet"
        self.cluster = f"{prefix}-kfp-cluster"
        self.private_services_range = f"{prefix}-private-services"
        self.sql_instance = f"{prefix}-kfp-metadata"
        self.sql_password_secret = f"{prefix}-kfp-mysql-password"
        self.bucket = f"{prefix}-artifact-store"
        self.node_account = f"{prefix}-gke-nodes"
        self.kfp_account = f"{prefix}-kfp"
        self.router = f"{prefix}-router"
        self.nat = f"{prefix}-nat"
        self.store_account = f"{prefix}-eso"
        self.kfp_store_account = f"{prefix}-kfp-eso"
        self._prefix = prefix

    def node_pool(self, pool: NodePoolConfig) -> str:
        return f"{self._prefix}-{pool.name}"


class MlopsGcpChart(Chart):
    def __init__(self, scope: Construct, id: str, config: MlopsGcpConfig, settings: GlobalSettings) -> None:
        super().__init__(scope, id, disable_resource_name_hashes=True)
        self.config = config
        self.names = MlopsNames(config.name_prefix)
        # KFP's wiring lives in the cluster these Config Connector objects create, not in the management cluster.
        self.kfp_cluster = Chart(scope, f"{id}-kfp-cluster", disable_resource_name_hashes=True)
        self.cluster_parts = [ClusterPart("kfp-cluster", self.kfp_cluster, config.cluster.argocd_name or self.names.cluster)]
        self.kcc_ns = config.kcc_namespace.name
        if config.kcc_namespace.create:
            k8s.KubeNamespace(self, "kcc-namespace", metadata=k8s.ObjectMeta(
                name=self.kcc_ns, annotations={PROJECT_ID_ANNOTATION: config.project.project_id},
            ))
        if config.config_connector.mode == "namespaced" and config.config_connector.emit_context:
            config_connector_context(self, "config-connector-context", namespace=self.kcc_ns,
                                     identity=config.config_connector)
        enable_apis(self, namespace=self.kcc_ns, apis=plan_apis(config.apis.enable, config.apis.retired_apis))
        self._network()
        self._identities()
        self._secret_stores()
        self._cluster()
        self._cloud_sql()
        self._bucket()
        self._kfp_wiring()
        apply_kcc_policy(self, config.kcc)

    @property
    def cluster_location(self) -> str:
        project = self.config.project
        return project.zone if self.config.cluster.location == "zonal" else project.region

    def _meta(self, name: str, annotations: dict[str, str] | None = None) -> dict:
        return kcc_metadata(name, self.kcc_ns, annotations=annotations)

    def _network(self) -> None:
        network = self.config.network
        ComputeNetwork(self, "network", metadata=self._meta(self.names.network), spec=ComputeNetworkSpec(
            auto_create_subnetworks=False, routing_mode="REGIONAL",
        ))
        ComputeSubnetwork(self, "subnetwork", metadata=self._meta(self.names.subnetwork), spec=ComputeSubnetworkSpec(
            network_ref=ComputeSubnetworkSpecNetworkRef(name=self.names.network),
            region=self.config.project.region,
            ip_cidr_range=network.subnet_cidr,
            private_ip_google_access=True,
            secondary_ip_range=[
                ComputeSubnetworkSpecSecondaryIpRange(range_name=network.pods.name, ip_cidr_range=network.pods.cidr),
                ComputeSubnetworkSpecSecondaryIpRange(
                    range_name=network.services.name, ip_cidr_range=network.services.cidr
                ),
            ],
        ))
        if self.config.cluster.private_nodes:
            self._cloud_nat()

    def _cloud_nat(self) -> None:
        """Private nodes have no external IP: Cloud NAT on a Cloud Router lets them pull images (KFP's are on gcr.io
        and ghcr.io) and reach Google APIs outside Private Google Access."""
        region = self.config.project.region
        ComputeRouter(self, "router", metadata=self._meta(self.names.router), spec=ComputeRouterSpec(
            network_ref=ComputeRouterSpecNetworkRef(name=self.names.network), region=region,
        ))
        ComputeRouterNat(self, "nat", metadata=self._meta(self.names.nat), spec=ComputeRouterNatSpec(
            router_ref=ComputeRouterNatSpecRouterRef(name=self.names.router), region=region,
            nat_ip_allocate_option="AUTO_ONLY", source_subnetwork_ip_ranges_to_nat="ALL_SUBNETWORKS_ALL_IP_RANGES",
        ))

    def _identities(self) -> None:
        config, names = self.config, self.names
        project_id = config.project.project_id
        self.node_account = google_service_account(
            self, "node-account", namespace=self.kcc_ns, project_id=project_id,
            account_id=names.node_account, display_name=f"GKE nodes of {names.cluster}",
        )
        grant_project_roles(self, "node-account-grant", namespace=self.kcc_ns, project_id=project_id,
                            account=self.node_account, roles=list(config.cluster.node_roles))
        self.kfp_account = google_service_account(
            self, "kfp-account", namespace=self.kcc_ns, project_id=project_id,
            account_id=names.kfp_account, display_name=f"Kubeflow Pipelines in {names.cluster}",
        )
        grant_project_roles(self, "kfp-account-grant", namespace=self.kcc_ns, project_id=project_id,
                            account=self.kfp_account, roles=list(config.kfp_account.project_roles))
        grant_resource_role(
            self, "kfp-account-bucket", namespace=self.kcc_ns, account=self.kfp_account,
            role=config.kfp_account.bucket_role, resource_api_version="storage.cnrm.cloud.google.com/v1beta1",
            resource_kind="StorageBucket", resource_name=names.bucket,
        )

    def _secret_stores(self) -> None:
        """The Secret Manager store of the management cluster (emitted here, for the KCC namespace's ExternalSecret)
        and the Google side of the KFP cluster's store. The KFP cluster's side is
        `kfp_cluster_secret_store(self.kfp_cluster, store=self.secret_store, account_email=self.kfp_store_account.email)`
        (constructs.secret_store), for the kfp-cluster part."""
        config, names = self.config, self.names
        store_config = config.secret_store
        self.secret_store = GcpSecretManagerStore(
            name=store_config.name, project_id=store_config.secret_project or config.project.project_id,
            ksa_namespace=store_config.service_account_namespace, ksa_name=store_config.ksa_name,
        )
        self.kfp_store_account = None
        if not store_config.create:
            return
        for id, account_id, pool, source, scope in (
            ("store", names.store_account, config.config_connector.pool_project, config.cloud_sql.password, self),
            ("kfp-store", names.kfp_store_account, config.project.project_id, config.kfp_store_source(), None),
        ):
            secret_ids = [key.key for key in source.remote_keys.values()] if source and source.store else []
            if not secret_ids:
                continue
            account = gcp_secret_manager_access(
                self, id, namespace=self.kcc_ns, project_id=config.project.project_id, store=self.secret_store,
                account_id=account_id, pool_project=pool, secret_ids=secret_ids,
            )
            if scope is not None:
                gcp_secret_manager_store(scope, f"{id}-secret-manager", store=self.secret_store, account_email=account.email)
            else:
                self.kfp_store_account = account

    def _cluster(self) -> None:
        config, names = self.config, self.names
        private = (
            ContainerClusterSpecPrivateClusterConfig(
                enable_private_nodes=True, enable_private_endpoint=False,
                master_ipv4_cidr_block=config.cluster.master_cidr,
            )
            if config.cluster.private_nodes else None
        )
        ContainerCluster(
            self, "cluster",
            metadata=self._meta(names.cluster, {REMOVE_DEFAULT_NODE_POOL_ANNOTATION: "true"}),
            spec=ContainerClusterSpec(
                location=self.cluster_location,
                initial_node_count=1,
                network_ref=ContainerClusterSpecNetworkRef(name=names.network),
                subnetwork_ref=ContainerClusterSpecSubnetworkRef(name=names.subnetwork),
                networking_mode="VPC_NATIVE",
                ip_allocation_policy=ContainerClusterSpecIpAllocationPolicy(
                    cluster_secondary_range_name=config.network.pods.name,
                    services_secondary_range_name=config.network.services.name,
                ),
                release_channel=ContainerClusterSpecReleaseChannel(channel=config.cluster.release_channel),
                workload_identity_config=ContainerClusterSpecWorkloadIdentityConfig(
                    workload_pool=config.project.workload_pool
                ),
                private_cluster_config=private,
                enable_shielded_nodes=True,
                # The default pool exists only while the cluster is created; give it the nodes' account anyway.
                node_config=ContainerClusterSpecNodeConfig(
                    service_account_ref=ContainerClusterSpecNodeConfigServiceAccountRef(name=names.node_account),
                    workload_metadata_config=ContainerClusterSpecNodeConfigWorkloadMetadataConfig(mode="GKE_METADATA"),
                ),
            ),
        )
        for pool in config.cluster.node_pools:
            gke_node_pool(
                self, f"node-pool-{pool.name}", metadata=self._meta(names.node_pool(pool)), cluster=names.cluster,
                location=self.cluster_location, node_account=names.node_account, machine_type=pool.machine_type,
                min_nodes=pool.min_nodes, max_nodes=pool.max_nodes, disk_size_gb=pool.disk_size_gb, spot=pool.spot,
            )

    def _cloud_sql(self) -> None:
        sql, names = self.config.cloud_sql, self.names
        if sql.connectivity == "private":
            ComputeAddress(self, "private-services-range", metadata=self._meta(names.private_services_range), spec=ComputeAddressSpec(
                location="global", address_type="INTERNAL", purpose="VPC_PEERING",
                prefix_length=sql.private_range_prefix_length,
                network_ref=ComputeAddressSpecNetworkRef(name=names.network),
            ))
            if sql.service_networking_connection == "create":
                # Private services access: peers the VPC with Google's service producer network over the range.
                ServiceNetworkingConnection(
                    self, "service-networking", metadata=self._meta(names.private_services_range),
                    spec=ServiceNetworkingConnectionSpec(
                        network_ref=ServiceNetworkingConnectionSpecNetworkRef(name=names.network),
                        reserved_peering_ranges=[ServiceNetworkingConnectionSpecReservedPeeringRanges(
                            name=names.private_services_range,
                        )],
                        service="servicenetworking.googleapis.com",
                    ),
                )
            ip_configuration = SqlInstanceSpecSettingsIpConfiguration(
                ipv4_enabled=False,
                private_network_ref=SqlInstanceSpecSettingsIpConfigurationPrivateNetworkRef(name=names.network),
                allocated_ip_range=names.private_services_range,
                ssl_mode="ENCRYPTED_ONLY",
            )
        else:
            ip_configuration = SqlInstanceSpecSettingsIpConfiguration(
                ipv4_enabled=True,
                authorized_networks=[
                    SqlInstanceSpecSettingsIpConfigurationAuthorizedNetworks(name=network.name, value=network.cidr)
                    for network in sql.authorized_networks
                ],
                ssl_mode="ENCRYPTED_ONLY",
            )
        SqlInstance(self, "sql-instance", metadata=self._meta(names.sql_instance), spec=SqlInstanceSpec(
            database_version=sql.database_version,
            region=self.config.project.region,
            settings=SqlInstanceSpecSettings(
                tier=sql.tier,
                edition="ENTERPRISE",
                availability_type="ZONAL",
                disk_size=sql.disk_size_gb,
                disk_autoresize=True,
                deletion_protection_enabled=sql.deletion_protection,
                backup_configuration=SqlInstanceSpecSettingsBackupConfiguration(
                    enabled=sql.backups, binary_log_enabled=sql.backups, start_time="03:00",
                ),
                ip_configuration=ip_configuration,
            ),
        ))
        for database in sql.databases:
            SqlDatabase(self, f"sql-database-{database}", metadata=self._meta(f"{names.sql_instance}-{database}"), spec=SqlDatabaseSpec(
                instance_ref=SqlDatabaseSpecInstanceRef(name=names.sql_instance),
                resource_id=database, charset="utf8mb4", collation="utf8mb4_unicode_ci",
            ))
        password_secret = secret_from_source(
            self, "sql-password", name=names.sql_password_secret, namespace=self.kcc_ns, source=sql.password,
        )
        SqlUser(self, "sql-user", metadata=self._meta(f"{names.sql_instance}-{sql.user.replace('_', '-')}"), spec=SqlUserSpec(
            instance_ref=SqlUserSpecInstanceRef(name=names.sql_instance),
            resource_id=sql.user,
            host="%",
            password=SqlUserSpecPassword(value_from=SqlUserSpecPasswordValueFrom(
                secret_key_ref=SqlUserSpecPasswordValueFromSecretKeyRef(name=password_secret, key=sql.password_key),
            )),
        ))

    def _bucket(self) -> None:
        bucket = self.config.artifact_bucket
        lifecycle = (
            [StorageBucketSpecLifecycleRule(
                action=StorageBucketSpecLifecycleRuleAction(type="Delete"),
                condition=StorageBucketSpecLifecycleRuleCondition(age=bucket.delete_after_days),
            )]
            if bucket.delete_after_days else None
        )
        StorageBucket(self, "artifact-bucket", metadata=self._meta(self.names.bucket), spec=StorageBucketSpec(
            location=(bucket.location or self.config.project.region).upper(),
            uniform_bucket_level_access=True,
            public_access_prevention="enforced",
            versioning=StorageBucketSpecVersioning(enabled=True) if bucket.versioning else None,
            lifecycle_rule=lifecycle,
        ))

    def _kfp_wiring(self) -> None:
        """Kubeflow Pipelines from the pinned release in the KFP cluster, wired to Cloud SQL and the bucket, its
        service accounts bound to the KFP Google service account."""
        kfp = self.config.kfp
        if self.kfp_store_account is not None:  # the store the KFP cluster's ExternalSecrets read
            kfp_cluster_secret_store(self.kfp_cluster, store=self.secret_store, account_email=self.kfp_store_account.email)
        self.kfp_cluster.upstream_objects = kfp_on_gcp(
            self.kfp_cluster, self.config, bucket=self.names.bucket, sql_instance=self.names.sql_instance,
            gsa_email=self.kfp_account.email,
        )
        for ksa in kfp.service_accounts:
            bind_workload_identity(
                self, f"kfp-{ksa}", namespace=self.kcc_ns, project_id=self.config.project.project_id,
                account=self.kfp_account, ksa_namespace=KFP_NAMESPACE, ksa_name=ksa, create_ksa=False,
                ksa_scope=self.kfp_cluster,
            )
