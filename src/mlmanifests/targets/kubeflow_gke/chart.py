"""The `kubeflow-gke` target: the management cluster's Config Connector and the Kubeflow GKE cluster it builds (seed 004).

The seed ran `make apply-kcc`, `kpt cfg set`, `gcloud services enable` and `gcloud projects add-iam-policy-binding`
by hand; here the same result is objects applied to the management cluster:
  ConfigConnector (cluster-wide, namespaced mode) → the managed project's Namespace (annotated with the project
  id) + ConfigConnectorContext (the Google service account KCC acts as there) → Services (the seed's APIs, `ml`
  replaced by `aiplatform`) → the nodes' IAMServiceAccount and grants → ContainerCluster (zonal by default,
  Workload Identity, `mesh_id` label) with a CPU pool and a T4 GPU pool (GKE-installed driver, scaled from 0,
  tainted) → IAP access grants. The IAP OAuth client secret is an ExternalSecret (or an existing Secret) in the
  Kubeflow cluster, never a value.
"""

from __future__ import annotations

from cdk8s import Chart
from cdk8s_plus_37 import k8s
from constructs import Construct

from mlmanifests.targets import ClusterPart
from mlmanifests.targets.kubeflow_platform import kubeflow_platform

from mlmanifests.config.global_settings import GlobalSettings
from mlmanifests.targets.kubeflow_gke.config import KubeflowGkeConfig, kcc_taint_effect
from mlmanifests.constructs.external_secret import secret_from_source
from mlmanifests.constructs.kcc import (
    CONFIG_CONNECTOR_NAME,
    PROJECT_ID_ANNOTATION,
    REMOVE_DEFAULT_NODE_POOL_ANNOTATION,
    kcc_metadata,
)
from mlmanifests.constructs.gke_node_pool import gke_node_pool
from mlmanifests.constructs.kcc_context import config_connector_context
from mlmanifests.constructs.kcc_lifecycle import apply_kcc_policy
from mlmanifests.constructs.kcc_services import enable_apis, plan_apis
from mlmanifests.constructs.secret_store import (
    GcpSecretManagerStore,
    gcp_secret_manager_access,
    gcp_secret_manager_store,
)
from mlmanifests.constructs.workload_identity import bind_workload_identity, google_service_account, grant_project_roles
from mlmanifests.imports.kcc_compute import ComputeAddress, ComputeAddressSpec
from mlmanifests.imports.kcc_container import (
    ContainerCluster,
    ContainerClusterSpec,
    ContainerClusterSpecIpAllocationPolicy,
    ContainerClusterSpecNetworkRef,
    ContainerClusterSpecNodeConfig,
    ContainerClusterSpecNodeConfigServiceAccountRef,
    ContainerClusterSpecNodeConfigWorkloadMetadataConfig,
    ContainerClusterSpecReleaseChannel,
    ContainerClusterSpecWorkloadIdentityConfig,
    ContainerNodePoolSpecNodeConfigGuestAccelerator,
    ContainerNodePoolSpecNodeConfigGuestAcceleratorGpuDriverInstallationConfig,
    ContainerNodePoolSpecNodeConfigTaint,
)
from mlmanifests.imports.kcc_core import ConfigConnector, ConfigConnectorSpec, ConfigConnectorSpecMode

IAP_ACCESSOR = "roles/iap.httpsResourceAccessor"


class KubeflowGkeChart(Chart):
    def __init__(self, scope: Construct, id: str, config: KubeflowGkeConfig, settings: GlobalSettings) -> None:
        super().__init__(scope, id, disable_resource_name_hashes=True)
        self.config = config
        self.kcc_ns = config.kcc_namespace.name
        # What must exist inside the Kubeflow cluster (not the management cluster) is written to its own folder.
        self.kubeflow_cluster = Chart(scope, f"{id}-kubeflow-cluster", disable_resource_name_hashes=True)
        self.cluster_parts = [ClusterPart("kubeflow-cluster", self.kubeflow_cluster, config.cluster.argocd_name or config.name)]
        self._config_connector()
        enable_apis(self, namespace=self.kcc_ns, apis=plan_apis(config.apis.enable, config.apis.retired_apis))
        self._cluster()
        self._kubeflow_accounts()
        self._iap()
        platform_secrets: list[str] = []
        if config.kubeflow is not None:
            self.kubeflow_cluster.upstream_objects, platform_secrets = kubeflow_platform(self.kubeflow_cluster, config.kubeflow)
        self._secret_store(platform_secrets)
        apply_kcc_policy(self, config.kcc)

    @property
    def cluster_location(self) -> str:
        project = self.config.project
        return project.zone if self.config.cluster.location == "zonal" else project.region

    def _meta(self, name: str, annotations: dict[str, str] | None = None, labels: dict[str, str] | None = None) -> dict:
        return kcc_metadata(name, self.kcc_ns, annotations=annotations, labels=labels)

    def _config_connector(self) -> None:
        config = self.config
        kcc = config.config_connector
        if kcc.emit_operator_config:
            if kcc.mode == "namespaced":
                spec = ConfigConnectorSpec(mode=ConfigConnectorSpecMode.NAMESPACED)
            else:
                spec = ConfigConnectorSpec(mode=ConfigConnectorSpecMode.CLUSTER, google_service_account=kcc.google_service_account)
            ConfigConnector(self, "config-connector", metadata={"name": CONFIG_CONNECTOR_NAME}, spec=spec)
        if config.kcc_namespace.create:
            k8s.KubeNamespace(self, "kcc-namespace", metadata=k8s.ObjectMeta(
                name=self.kcc_ns, annotations={PROJECT_ID_ANNOTATION: config.project.project_id},
            ))
        if kcc.mode == "namespaced" and kcc.emit_context:
            config_connector_context(self, "config-connector-context", namespace=self.kcc_ns, identity=kcc)

    def _cluster(self) -> None:
        config = self.config
        cluster = config.cluster
        self.node_account = google_service_account(
            self, "node-account", namespace=self.kcc_ns, project_id=config.project.project_id,
            account_id=f"{config.name}-vm", display_name=f"Nodes of the Kubeflow cluster {config.name}",
        )
        grant_project_roles(self, "node-account-grant", namespace=self.kcc_ns, project_id=config.project.project_id,
                            account=self.node_account, roles=list(cluster.node_roles))
        ContainerCluster(
            self, "cluster",
            metadata=self._meta(
                config.name, {REMOVE_DEFAULT_NODE_POOL_ANNOTATION: "true"},
                {"mesh_id": cluster.mesh_id} if cluster.mesh_id else None,
            ),
            spec=ContainerClusterSpec(
                location=self.cluster_location,
                initial_node_count=1,
                network_ref=ContainerClusterSpecNetworkRef(external=cluster.network) if cluster.network else None,
                networking_mode="VPC_NATIVE",
                ip_allocation_policy=ContainerClusterSpecIpAllocationPolicy(),
                release_channel=ContainerClusterSpecReleaseChannel(channel=cluster.release_channel),
                workload_identity_config=ContainerClusterSpecWorkloadIdentityConfig(
                    workload_pool=config.project.workload_pool
                ),
                enable_shielded_nodes=True,
                node_config=ContainerClusterSpecNodeConfig(
                    service_account_ref=ContainerClusterSpecNodeConfigServiceAccountRef(name=self.node_account.name),
                    workload_metadata_config=ContainerClusterSpecNodeConfigWorkloadMetadataConfig(mode="GKE_METADATA"),
                ),
            ),
        )
        cpu = cluster.cpu_pool
        self._node_pool("cpu-pool", cpu.machine_type, cpu.min_nodes, cpu.max_nodes, cpu.disk_size_gb)
        gpu = cluster.gpu_pool
        if gpu is not None:
            self._node_pool(
                "gpu-pool", gpu.machine_type, gpu.min_nodes, gpu.max_nodes, gpu.disk_size_gb,
                guest_accelerator=[ContainerNodePoolSpecNodeConfigGuestAccelerator(
                    type=gpu.accelerator_type,
                    count=gpu.accelerator_count,
                    gpu_driver_installation_config=ContainerNodePoolSpecNodeConfigGuestAcceleratorGpuDriverInstallationConfig(
                        gpu_driver_version=gpu.driver_version,
                    ),
                )],
                taint=[ContainerNodePoolSpecNodeConfigTaint(
                    key=gpu.taint.key, value=gpu.taint.value or "", effect=kcc_taint_effect(gpu.taint),
                )],
            )

    def _node_pool(self, suffix: str, machine_type: str, min_nodes: int, max_nodes: int, disk_size_gb: int, *,
                   guest_accelerator=None, taint=None) -> None:
        name = self.config.name
        gke_node_pool(
            self, suffix, metadata=self._meta(f"{name}-{suffix}"), cluster=name, location=self.cluster_location,
            node_account=self.node_account.name, machine_type=machine_type, min_nodes=min_nodes, max_nodes=max_nodes,
            disk_size_gb=disk_size_gb, guest_accelerator=guest_accelerator, taint=taint,
        )

    def _kubeflow_accounts(self) -> None:
        """The blueprint's `<name>-admin` and `<name>-user` accounts, their roles and Workload Identity KSAs, and the
        global static IP `<name>-ip` of the IAP ingress."""
        config = self.config
        project_id = config.project.project_id
        for role, account_config in (("admin", config.admin_account), ("user", config.user_account)):
            account = google_service_account(
                self, f"{role}-account", namespace=self.kcc_ns, project_id=project_id, account_id=f"{config.name}-{role}",
                display_name=f"Kubeflow {role} of {config.name}",
            )
            grant_project_roles(self, f"{role}-account-grant", namespace=self.kcc_ns, project_id=project_id,
                                account=account, roles=list(account_config.project_roles))
            for ksa in account_config.service_accounts:
                ksa_namespace, _, ksa_name = ksa.partition("/")
                bind_workload_identity(
                    self, f"{role}-{ksa_namespace}-{ksa_name}", namespace=self.kcc_ns, project_id=project_id,
                    account=account, ksa_namespace=ksa_namespace, ksa_name=ksa_name, ksa_scope=self.kubeflow_cluster,
                )
        if config.static_ip:
            ComputeAddress(self, "ingress-ip", metadata=self._meta(f"{config.name}-ip"), spec=ComputeAddressSpec(
                location="global", address_type="EXTERNAL", ip_version="IPV4",
                description=f"Static IP of the IAP ingress of Kubeflow {config.name}",
            ))

    def _secret_store(self, platform_secrets: list[str]) -> None:
        """The Kubeflow cluster's Secret Manager store (and its KSA) there; its Google side here, with a read grant
        on each secret the IAP client and the Kubeflow platform's ExternalSecrets read from it."""
        config = self.config
        store_config = config.secret_store
        secret_ids = config.secret_ids()
        if config.kubeflow is not None and config.kubeflow.secrets.store.name == store_config.name:
            secret_ids = sorted({*secret_ids, *platform_secrets})
        if not store_config.create or not secret_ids:
            return
        store = GcpSecretManagerStore(
            name=store_config.name, project_id=store_config.secret_project or config.project.project_id,
            ksa_namespace=store_config.service_account_namespace, ksa_name=store_config.ksa_name,
        )
        account = gcp_secret_manager_access(
            self, "store", namespace=self.kcc_ns, project_id=config.project.project_id, store=store,
            account_id=f"{config.name}-eso", pool_project=config.project.project_id, secret_ids=secret_ids,
        )
        gcp_secret_manager_store(self.kubeflow_cluster, "secret-manager", store=store, account_email=account.email)

    def _iap(self) -> None:
        iap = self.config.iap
        for member in iap.members:
            grant_project_roles(self, f"iap-{member}", namespace=self.kcc_ns, project_id=self.config.project.project_id,
                                member=member, roles=[IAP_ACCESSOR])
        secret_from_source(self.kubeflow_cluster, "iap-oauth-client", name=iap.oauth_secret_name, namespace=iap.oauth_secret_namespace,
                           source=iap.oauth_client)
