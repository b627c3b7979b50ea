from __future__ import annotations

from pkgutil import extend_path
__path__ = extend_path(__path__, __name__)

import abc
import builtins
import datetime
import enum
import typing

import jsii
import publication
import typing_extensions

from jsii._type_checking import cached_type_hints, check_type


from ._jsii import *

class _LazyImport:
    def __init__(self, module_name: str) -> None:
        self._module_name = module_name
        self._module: typing.Any = None
    def __getattr__(self, name: str) -> typing.Any:
        if self._module is None:
            import importlib
            self._module = importlib.import_module(self._module_name)
        return getattr(self._module, name)

if typing.TYPE_CHECKING:

    import cdk8s as _cdk8s_d3d9af27
    import constructs as _constructs_77d1e7e8
else:

    _cdk8s_d3d9af27 = _LazyImport("cdk8s")
    _constructs_77d1e7e8 = _LazyImport("constructs")


class ContainerCluster(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerCluster",
):
    '''ContainerCluster is the Schema for the ContainerCluster API.

    :schema: ContainerCluster
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["ContainerClusterSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "ContainerCluster" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: 
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__575937636a8d396053a172746617985d10b88e2ccccfe5950843ca68851fa768)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ContainerClusterProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["ContainerClusterSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ContainerCluster".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: 
        :param metadata: 
        '''
        props = ContainerClusterProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ContainerCluster".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class ContainerClusterProps:
    def __init__(
        self,
        *,
        spec: typing.Union["ContainerClusterSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ContainerCluster is the Schema for the ContainerCluster API.

        :param spec: 
        :param metadata: 

        :schema: ContainerCluster
        '''
        if isinstance(spec, dict):
            spec = ContainerClusterSpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9e004b42839f67b4ffbaf82d2b813165100ee7e820bd93a6688588efdb708ed8)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "ContainerClusterSpec":
        '''
        :schema: ContainerCluster#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("ContainerClusterSpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: ContainerCluster#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpec",
    jsii_struct_bases=[],
    name_mapping={
        "location": "location",
        "addons_config": "addonsConfig",
        "allow_net_admin": "allowNetAdmin",
        "authenticator_groups_config": "authenticatorGroupsConfig",
        "binary_authorization": "binaryAuthorization",
        "cluster_autoscaling": "clusterAutoscaling",
        "cluster_ipv4_cidr": "clusterIpv4Cidr",
        "cluster_telemetry": "clusterTelemetry",
        "confidential_nodes": "confidentialNodes",
        "control_plane_endpoints_config": "controlPlaneEndpointsConfig",
        "cost_management_config": "costManagementConfig",
        "database_encryption": "databaseEncryption",
        "datapath_provider": "datapathProvider",
        "default_max_pods_per_node": "defaultMaxPodsPerNode",
        "default_snat_status": "defaultSnatStatus",
        "description": "description",
        "disable_l4_lb_firewall_reconciliation": "disableL4LbFirewallReconciliation",
        "dns_config": "dnsConfig",
        "enable_autopilot": "enableAutopilot",
        "enable_binary_authorization": "enableBinaryAuthorization",
        "enable_cilium_clusterwide_network_policy": "enableCiliumClusterwideNetworkPolicy",
        "enable_fqdn_network_policy": "enableFqdnNetworkPolicy",
        "enable_intranode_visibility": "enableIntranodeVisibility",
        "enable_k8_s_beta_apis": "enableK8SBetaApis",
        "enable_kubernetes_alpha": "enableKubernetesAlpha",
        "enable_l4_ilb_subsetting": "enableL4IlbSubsetting",
        "enable_legacy_abac": "enableLegacyAbac",
        "enable_multi_networking": "enableMultiNetworking",
        "enable_shielded_nodes": "enableShieldedNodes",
        "enable_tpu": "enableTpu",
        "gateway_api_config": "gatewayApiConfig",
        "identity_service_config": "identityServiceConfig",
        "initial_node_count": "initialNodeCount",
        "in_transit_encryption_config": "inTransitEncryptionConfig",
        "ip_allocation_policy": "ipAllocationPolicy",
        "logging_config": "loggingConfig",
        "logging_service": "loggingService",
        "maintenance_policy": "maintenancePolicy",
        "master_auth": "masterAuth",
        "master_authorized_networks_config": "masterAuthorizedNetworksConfig",
        "mesh_certificates": "meshCertificates",
        "min_master_version": "minMasterVersion",
        "monitoring_config": "monitoringConfig",
        "monitoring_service": "monitoringService",
        "networking_mode": "networkingMode",
        "network_policy": "networkPolicy",
        "network_ref": "networkRef",
        "node_config": "nodeConfig",
        "node_locations": "nodeLocations",
        "node_pool_auto_config": "nodePoolAutoConfig",
        "node_pool_defaults": "nodePoolDefaults",
        "node_version": "nodeVersion",
        "notification_config": "notificationConfig",
        "pod_security_policy_config": "podSecurityPolicyConfig",
        "private_cluster_config": "privateClusterConfig",
        "private_ipv6_google_access": "privateIpv6GoogleAccess",
        "protect_config": "protectConfig",
        "release_channel": "releaseChannel",
        "resource_id": "resourceId",
        "resource_usage_export_config": "resourceUsageExportConfig",
        "security_posture_config": "securityPostureConfig",
        "service_external_ips_config": "serviceExternalIpsConfig",
        "subnetwork_ref": "subnetworkRef",
        "vertical_pod_autoscaling": "verticalPodAutoscaling",
        "workload_identity_config": "workloadIdentityConfig",
    },
)
class ContainerClusterSpec:
    def __init__(
        self,
        *,
        location: builtins.str,
        addons_config: typing.Optional[typing.Union["ContainerClusterSpecAddonsConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        allow_net_admin: typing.Optional[builtins.bool] = None,
        authenticator_groups_config: typing.Optional[typing.Union["ContainerClusterSpecAuthenticatorGroupsConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        binary_authorization: typing.Optional[typing.Union["ContainerClusterSpecBinaryAuthorization", typing.Dict[builtins.str, typing.Any]]] = None,
        cluster_autoscaling: typing.Optional[typing.Union["ContainerClusterSpecClusterAutoscaling", typing.Dict[builtins.str, typing.Any]]] = None,
        cluster_ipv4_cidr: typing.Optional[builtins.str] = None,
        cluster_telemetry: typing.Optional[typing.Union["ContainerClusterSpecClusterTelemetry", typing.Dict[builtins.str, typing.Any]]] = None,
        confidential_nodes: typing.Optional[typing.Union["ContainerClusterSpecConfidentialNodes", typing.Dict[builtins.str, typing.Any]]] = None,
        control_plane_endpoints_config: typing.Optional[typing.Union["ContainerClusterSpecControlPlaneEndpointsConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        cost_management_config: typing.Optional[typing.Union["ContainerClusterSpecCostManagementConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        database_encryption: typing.Optional[typing.Union["ContainerClusterSpecDatabaseEncryption", typing.Dict[builtins.str, typing.Any]]] = None,
        datapath_provider: typing.Optional[builtins.str] = None,
        default_max_pods_per_node: typing.Optional[jsii.Number] = None,
        default_snat_status: typing.Optional[typing.Union["ContainerClusterSpecDefaultSnatStatus", typing.Dict[builtins.str, typing.Any]]] = None,
        description: typing.Optional[builtins.str] = None,
        disable_l4_lb_firewall_reconciliation: typing.Optional[builtins.bool] = None,
        dns_config: typing.Optional[typing.Union["ContainerClusterSpecDnsConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        enable_autopilot: typing.Optional[builtins.bool] = None,
        enable_binary_authorization: typing.Optional[builtins.bool] = None,
        enable_cilium_clusterwide_network_policy: typing.Optional[builtins.bool] = None,
        enable_fqdn_network_policy: typing.Optional[builtins.bool] = None,
        enable_intranode_visibility: typing.Optional[builtins.bool] = None,
        enable_k8_s_beta_apis: typing.Optional[typing.Union["ContainerClusterSpecEnableK8SBetaApis", typing.Dict[builtins.str, typing.Any]]] = None,
        enable_kubernetes_alpha: typing.Optional[builtins.bool] = None,
        enable_l4_ilb_subsetting: typing.Optional[builtins.bool] = None,
        enable_legacy_abac: typing.Optional[builtins.bool] = None,
        enable_multi_networking: typing.Optional[builtins.bool] = None,
        enable_shielded_nodes: typing.Optional[builtins.bool] = None,
        enable_tpu: typing.Optional[builtins.bool] = None,
        gateway_api_config: typing.Optional[typing.Union["ContainerClusterSpecGatewayApiConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        identity_service_config: typing.Optional[typing.Union["ContainerClusterSpecIdentityServiceConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        initial_node_count: typing.Optional[jsii.Number] = None,
        in_transit_encryption_config: typing.Optional[builtins.str] = None,
        ip_allocation_policy: typing.Optional[typing.Union["ContainerClusterSpecIpAllocationPolicy", typing.Dict[builtins.str, typing.Any]]] = None,
        logging_config: typing.Optional[typing.Union["ContainerClusterSpecLoggingConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        logging_service: typing.Optional[builtins.str] = None,
        maintenance_policy: typing.Optional[typing.Union["ContainerClusterSpecMaintenancePolicy", typing.Dict[builtins.str, typing.Any]]] = None,
        master_auth: typing.Optional[typing.Union["ContainerClusterSpecMasterAuth", typing.Dict[builtins.str, typing.Any]]] = None,
        master_authorized_networks_config: typing.Optional[typing.Union["ContainerClusterSpecMasterAuthorizedNetworksConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        mesh_certificates: typing.Optional[typing.Union["ContainerClusterSpecMeshCertificates", typing.Dict[builtins.str, typing.Any]]] = None,
        min_master_version: typing.Optional[builtins.str] = None,
        monitoring_config: typing.Optional[typing.Union["ContainerClusterSpecMonitoringConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        monitoring_service: typing.Optional[builtins.str] = None,
        networking_mode: typing.Optional[builtins.str] = None,
        network_policy: typing.Optional[typing.Union["ContainerClusterSpecNetworkPolicy", typing.Dict[builtins.str, typing.Any]]] = None,
        network_ref: typing.Optional[typing.Union["ContainerClusterSpecNetworkRef", typing.Dict[builtins.str, typing.Any]]] = None,
        node_config: typing.Optional[typing.Union["ContainerClusterSpecNodeConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        node_locations: typing.Optional[typing.Sequence[builtins.str]] = None,
        node_pool_auto_config: typing.Optional[typing.Union["ContainerClusterSpecNodePoolAutoConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        node_pool_defaults: typing.Optional[typing.Union["ContainerClusterSpecNodePoolDefaults", typing.Dict[builtins.str, typing.Any]]] = None,
        node_version: typing.Optional[builtins.str] = None,
        notification_config: typing.Optional[typing.Union["ContainerClusterSpecNotificationConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        pod_security_policy_config: typing.Optional[typing.Union["ContainerClusterSpecPodSecurityPolicyConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        private_cluster_config: typing.Optional[typing.Union["ContainerClusterSpecPrivateClusterConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        private_ipv6_google_access: typing.Optional[builtins.str] = None,
        protect_config: typing.Optional[typing.Union["ContainerClusterSpecProtectConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        release_channel: typing.Optional[typing.Union["ContainerClusterSpecReleaseChannel", typing.Dict[builtins.str, typing.Any]]] = None,
        resource_id: typing.Optional[builtins.str] = None,
        resource_usage_export_config: typing.Optional[typing.Union["ContainerClusterSpecResourceUsageExportConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        security_posture_config: typing.Optional[typing.Union["ContainerClusterSpecSecurityPostureConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        service_external_ips_config: typing.Optional[typing.Union["ContainerClusterSpecServiceExternalIpsConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        subnetwork_ref: typing.Optional[typing.Union["ContainerClusterSpecSubnetworkRef", typing.Dict[builtins.str, typing.Any]]] = None,
        vertical_pod_autoscaling: typing.Optional[typing.Union["ContainerClusterSpecVerticalPodAutoscaling", typing.Dict[builtins.str, typing.Any]]] = None,
        workload_identity_config: typing.Optional[typing.Union["ContainerClusterSpecWorkloadIdentityConfig", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param location: Immutable. The location (region or zone) in which the cluster master will be created, as well as the default node location. If you specify a zone (such as us-central1-a), the cluster will be a zonal cluster with a single cluster master. If you specify a region (such as us-west1), the cluster will be a regional cluster with multiple masters spread across zones in the region, and with default node locations in those zones as well.
        :param addons_config: The configuration for addons supported by GKE.
        :param allow_net_admin: Enable NET_ADMIN for this cluster.
        :param authenticator_groups_config: Configuration for the Google Groups for GKE feature.
        :param binary_authorization: Configuration options for the Binary Authorization feature.
        :param cluster_autoscaling: Per-cluster configuration of Node Auto-Provisioning with Cluster Autoscaler to automatically adjust the size of the cluster and create/delete node pools based on the current needs of the cluster's workload. See the guide to using Node Auto-Provisioning for more details.
        :param cluster_ipv4_cidr: Immutable. The IP address range of the Kubernetes pods in this cluster in CIDR notation (e.g. 10.96.0.0/14). Leave blank to have one automatically chosen or specify a /14 block in 10.0.0.0/8. This field will only work for routes-based clusters, where ip_allocation_policy is not defined.
        :param cluster_telemetry: Telemetry integration for the cluster.
        :param confidential_nodes: Immutable. Configuration for the confidential nodes feature, which makes nodes run on confidential VMs. Warning: This configuration can't be changed (or added/removed) after cluster creation without deleting and recreating the entire cluster.
        :param control_plane_endpoints_config: Configuration for all of the cluster's control plane endpoints. Currently supports only DNS endpoint configuration and disable IP endpoint. Other IP endpoint configurations are available in private_cluster_config.
        :param cost_management_config: Cost management configuration for the cluster.
        :param database_encryption: Application-layer Secrets Encryption settings. The object format is {state = string, key_name = string}. Valid values of state are: "ENCRYPTED"; "DECRYPTED". key_name is the name of a CloudKMS key.
        :param datapath_provider: Immutable. The desired datapath provider for this cluster. By default, uses the IPTables-based kube-proxy implementation.
        :param default_max_pods_per_node: Immutable. The default maximum number of pods per node in this cluster. This doesn't work on "routes-based" clusters, clusters that don't have IP Aliasing enabled.
        :param default_snat_status: Whether the cluster disables default in-node sNAT rules. In-node sNAT rules will be disabled when defaultSnatStatus is disabled.
        :param description: Immutable. Description of the cluster.
        :param disable_l4_lb_firewall_reconciliation: Whether the cluster disables L4 LB firewall reconciliation.
        :param dns_config: Immutable. Configuration for Cloud DNS for Kubernetes Engine.
        :param enable_autopilot: Immutable. Enable Autopilot for this cluster.
        :param enable_binary_authorization: DEPRECATED. Deprecated in favor of binary_authorization. Enable Binary Authorization for this cluster. If enabled, all container images will be validated by Google Binary Authorization.
        :param enable_cilium_clusterwide_network_policy: Whether Cilium cluster-wide network policy is enabled on this cluster.
        :param enable_fqdn_network_policy: Whether FQDN Network Policy is enabled on this cluster.
        :param enable_intranode_visibility: Whether Intra-node visibility is enabled for this cluster. This makes same node pod to pod traffic visible for VPC network.
        :param enable_k8_s_beta_apis: Configuration for Kubernetes Beta APIs.
        :param enable_kubernetes_alpha: Immutable. Whether to enable Kubernetes Alpha features for this cluster. Note that when this option is enabled, the cluster cannot be upgraded and will be automatically deleted after 30 days.
        :param enable_l4_ilb_subsetting: Whether L4ILB Subsetting is enabled for this cluster.
        :param enable_legacy_abac: Whether the ABAC authorizer is enabled for this cluster. When enabled, identities in the system, including service accounts, nodes, and controllers, will have statically granted permissions beyond those provided by the RBAC configuration or IAM. Defaults to false. Default: false.
        :param enable_multi_networking: Immutable. Whether multi-networking is enabled for this cluster.
        :param enable_shielded_nodes: Enable Shielded Nodes features on all nodes in this cluster. Defaults to true. Default: true.
        :param enable_tpu: Immutable. Whether to enable Cloud TPU resources in this cluster.
        :param gateway_api_config: Configuration for GKE Gateway API controller.
        :param identity_service_config: Configuration for Identity Service which allows customers to use external identity providers with the K8S API.
        :param initial_node_count: Immutable. The number of nodes to create in this cluster's default node pool. In regional or multi-zonal clusters, this is the number of nodes per zone. Must be set if node_pool is not set. If you're using google_container_node_pool objects with no default node pool, you'll need to set this to a value of at least 1, alongside setting remove_default_node_pool to true.
        :param in_transit_encryption_config: In-transit encryption options for the cluster. Possible values are IN_TRANSIT_ENCRYPTION_CONFIG_UNSPECIFIED, IN_TRANSIT_ENCRYPTION_DISABLED, IN_TRANSIT_ENCRYPTION_INTER_NODE_TRANSPARENT
        :param ip_allocation_policy: Immutable. Configuration of cluster IP allocation for VPC-native clusters. Adding this block enables IP aliasing, making the cluster VPC-native instead of routes-based.
        :param logging_config: Logging configuration for the cluster.
        :param logging_service: The logging service that the cluster should write logs to. Available options include logging.googleapis.com(Legacy Stackdriver), logging.googleapis.com/kubernetes(Stackdriver Kubernetes Engine Logging), and none. Defaults to logging.googleapis.com/kubernetes. Default: logging.googleapis.com/kubernetes.
        :param maintenance_policy: The maintenance policy to use for the cluster.
        :param master_auth: DEPRECATED. Basic authentication was removed for GKE cluster versions >= 1.19. The authentication information for accessing the Kubernetes master. Some values in this block are only returned by the API if your service account has permission to get credentials for your GKE cluster. If you see an unexpected diff unsetting your client cert, ensure you have the container.clusters.getCredentials permission.
        :param master_authorized_networks_config: The desired configuration options for master authorized networks. Omit the nested cidr_blocks attribute to disallow external access (except the cluster node IPs, which GKE automatically whitelists).
        :param mesh_certificates: If set, and enable_certificates=true, the GKE Workload Identity Certificates controller and node agent will be deployed in the cluster.
        :param min_master_version: The minimum version of the master. GKE will auto-update the master to new versions, so this does not guarantee the current master version--use the read-only master_version field to obtain that. If unset, the cluster's version will be set by GKE to the version of the most recent official release (which is not necessarily the latest version).
        :param monitoring_config: Monitoring configuration for the cluster.
        :param monitoring_service: The monitoring service that the cluster should write metrics to. Automatically send metrics from pods in the cluster to the Google Cloud Monitoring API. VM metrics will be collected by Google Compute Engine regardless of this setting Available options include monitoring.googleapis.com(Legacy Stackdriver), monitoring.googleapis.com/kubernetes(Stackdriver Kubernetes Engine Monitoring), and none. Defaults to monitoring.googleapis.com/kubernetes. Default: monitoring.googleapis.com/kubernetes.
        :param networking_mode: Immutable. Determines whether alias IPs or routes will be used for pod IPs in the cluster.
        :param network_policy: Configuration options for the NetworkPolicy feature.
        :param network_ref: ComputeNetworkRef is a reference to a GCP ComputeNetwork.
        :param node_config: Immutable. The configuration of the nodepool.
        :param node_locations: The list of zones in which the cluster's nodes are located. Nodes must be in the region of their regional cluster or in the same region as their cluster's zone for zonal clusters. If this is specified for a zonal cluster, omit the cluster's zone.
        :param node_pool_auto_config: Node pool configs that apply to all auto-provisioned node pools in autopilot clusters and node auto-provisioning enabled clusters.
        :param node_pool_defaults: The default nodel pool settings for the entire cluster.
        :param node_version: 
        :param notification_config: The notification config for sending cluster upgrade notifications.
        :param pod_security_policy_config: Configuration for the PodSecurityPolicy feature.
        :param private_cluster_config: Configuration for private clusters, clusters with private nodes.
        :param private_ipv6_google_access: The desired state of IPv6 connectivity to Google Services. By default, no private IPv6 access to or from Google Services (all access will be via IPv4).
        :param protect_config: Enable/Disable Protect API features for the cluster.
        :param release_channel: Configuration options for the Release channel feature, which provide more control over automatic upgrades of your GKE clusters. Note that removing this field from your config will not unenroll it. Instead, use the "UNSPECIFIED" channel.
        :param resource_id: Immutable. Optional. The name of the resource. Used for creation and acquisition. When unset, the value of ``metadata.name`` is used as the default.
        :param resource_usage_export_config: Configuration for the ResourceUsageExportConfig feature.
        :param security_posture_config: Defines the config needed to enable/disable features for the Security Posture API.
        :param service_external_ips_config: If set, and enabled=true, services with external ips field will not be blocked.
        :param subnetwork_ref: ComputeSubnetworkRef is a reference to a GCP ComputeSubnetwork.
        :param vertical_pod_autoscaling: Vertical Pod Autoscaling automatically adjusts the resources of pods controlled by it.
        :param workload_identity_config: Configuration for the use of Kubernetes Service Accounts in GCP IAM policies.

        :schema: ContainerClusterSpec
        '''
        if isinstance(addons_config, dict):
            addons_config = ContainerClusterSpecAddonsConfig(**addons_config)
        if isinstance(authenticator_groups_config, dict):
            authenticator_groups_config = ContainerClusterSpecAuthenticatorGroupsConfig(**authenticator_groups_config)
        if isinstance(binary_authorization, dict):
            binary_authorization = ContainerClusterSpecBinaryAuthorization(**binary_authorization)
        if isinstance(cluster_autoscaling, dict):
            cluster_autoscaling = ContainerClusterSpecClusterAutoscaling(**cluster_autoscaling)
        if isinstance(cluster_telemetry, dict):
            cluster_telemetry = ContainerClusterSpecClusterTelemetry(**cluster_telemetry)
        if isinstance(confidential_nodes, dict):
            confidential_nodes = ContainerClusterSpecConfidentialNodes(**confidential_nodes)
        if isinstance(control_plane_endpoints_config, dict):
            control_plane_endpoints_config = ContainerClusterSpecControlPlaneEndpointsConfig(**control_plane_endpoints_config)
        if isinstance(cost_management_config, dict):
            cost_management_config = ContainerClusterSpecCostManagementConfig(**cost_management_config)
        if isinstance(database_encryption, dict):
            database_encryption = ContainerClusterSpecDatabaseEncryption(**database_encryption)
        if isinstance(default_snat_status, dict):
            default_snat_status = ContainerClusterSpecDefaultSnatStatus(**default_snat_status)
        if isinstance(dns_config, dict):
            dns_config = ContainerClusterSpecDnsConfig(**dns_config)
        if isinstance(enable_k8_s_beta_apis, dict):
            enable_k8_s_beta_apis = ContainerClusterSpecEnableK8SBetaApis(**enable_k8_s_beta_apis)
        if isinstance(gateway_api_config, dict):
            gateway_api_config = ContainerClusterSpecGatewayApiConfig(**gateway_api_config)
        if isinstance(identity_service_config, dict):
            identity_service_config = ContainerClusterSpecIdentityServiceConfig(**identity_service_config)
        if isinstance(ip_allocation_policy, dict):
            ip_allocation_policy = ContainerClusterSpecIpAllocationPolicy(**ip_allocation_policy)
        if isinstance(logging_config, dict):
            logging_config = ContainerClusterSpecLoggingConfig(**logging_config)
        if isinstance(maintenance_policy, dict):
            maintenance_policy = ContainerClusterSpecMaintenancePolicy(**maintenance_policy)
        if isinstance(master_auth, dict):
            master_auth = ContainerClusterSpecMasterAuth(**master_auth)
        if isinstance(master_authorized_networks_config, dict):
            master_authorized_networks_config = ContainerClusterSpecMasterAuthorizedNetworksConfig(**master_authorized_networks_config)
        if isinstance(mesh_certificates, dict):
            mesh_certificates = ContainerClusterSpecMeshCertificates(**mesh_certificates)
        if isinstance(monitoring_config, dict):
            monitoring_config = ContainerClusterSpecMonitoringConfig(**monitoring_config)
        if isinstance(network_policy, dict):
            network_policy = ContainerClusterSpecNetworkPolicy(**network_policy)
        if isinstance(network_ref, dict):
            network_ref = ContainerClusterSpecNetworkRef(**network_ref)
        if isinstance(node_config, dict):
            node_config = ContainerClusterSpecNodeConfig(**node_config)
        if isinstance(node_pool_auto_config, dict):
            node_pool_auto_config = ContainerClusterSpecNodePoolAutoConfig(**node_pool_auto_config)
        if isinstance(node_pool_defaults, dict):
            node_pool_defaults = ContainerClusterSpecNodePoolDefaults(**node_pool_defaults)
        if isinstance(notification_config, dict):
            notification_config = ContainerClusterSpecNotificationConfig(**notification_config)
        if isinstance(pod_security_policy_config, dict):
            pod_security_policy_config = ContainerClusterSpecPodSecurityPolicyConfig(**pod_security_policy_config)
        if isinstance(private_cluster_config, dict):
            private_cluster_config = ContainerClusterSpecPrivateClusterConfig(**private_cluster_config)
        if isinstance(protect_config, dict):
            protect_config = ContainerClusterSpecProtectConfig(**protect_config)
        if isinstance(release_channel, dict):
            release_channel = ContainerClusterSpecReleaseChannel(**release_channel)
        if isinstance(resource_usage_export_config, dict):
            resource_usage_export_config = ContainerClusterSpecResourceUsageExportConfig(**resource_usage_export_config)
        if isinstance(security_posture_config, dict):
            security_posture_config = ContainerClusterSpecSecurityPostureConfig(**security_posture_config)
        if isinstance(service_external_ips_config, dict):
            service_external_ips_config = ContainerClusterSpecServiceExternalIpsConfig(**service_external_ips_config)
        if isinstance(subnetwork_ref, dict):
            subnetwork_ref = ContainerClusterSpecSubnetworkRef(**subnetwork_ref)
        if isinstance(vertical_pod_autoscaling, dict):
            vertical_pod_autoscaling = ContainerClusterSpecVerticalPodAutoscaling(**vertical_pod_autoscaling)
        if isinstance(workload_identity_config, dict):
            workload_identity_config = ContainerClusterSpecWorkloadIdentityConfig(**workload_identity_config)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__20243c9e9c89b102d7d8232cd95ec7455b0c5c7d1620b39cc74ffa4e018eef2b)
            check_type(argname="argument location", value=location, expected_type=type_hints["location"])
            check_type(argname="argument addons_config", value=addons_config, expected_type=type_hints["addons_config"])
            check_type(argname="argument allow_net_admin", value=allow_net_admin, expected_type=type_hints["allow_net_admin"])
            check_type(argname="argument authenticator_groups_config", value=authenticator_groups_config, expected_type=type_hints["authenticator_groups_config"])
            check_type(argname="argument binary_authorization", value=binary_authorization, expected_type=type_hints["binary_authorization"])
            check_type(argname="argument cluster_autoscaling", value=cluster_autoscaling, expected_type=type_hints["cluster_autoscaling"])
            check_type(argname="argument cluster_ipv4_cidr", value=cluster_ipv4_cidr, expected_type=type_hints["cluster_ipv4_cidr"])
            check_type(argname="argument cluster_telemetry", value=cluster_telemetry, expected_type=type_hints["cluster_telemetry"])
            check_type(argname="argument confidential_nodes", value=confidential_nodes, expected_type=type_hints["confidential_nodes"])
            check_type(argname="argument control_plane_endpoints_config", value=control_plane_endpoints_config, expected_type=type_hints["control_plane_endpoints_config"])
            check_type(argname="argument cost_management_config", value=cost_management_config, expected_type=type_hints["cost_management_config"])
            check_type(argname="argument database_encryption", value=database_encryption, expected_type=type_hints["database_encryption"])
            check_type(argname="argument datapath_provider", value=datapath_provider, expected_type=type_hints["datapath_provider"])
            check_type(argname="argument default_max_pods_per_node", value=default_max_pods_per_node, expected_type=type_hints["default_max_pods_per_node"])
            check_type(argname="argument default_snat_status", value=default_snat_status, expected_type=type_hints["default_snat_status"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument disable_l4_lb_firewall_reconciliation", value=disable_l4_lb_firewall_reconciliation, expected_type=type_hints["disable_l4_lb_firewall_reconciliation"])
            check_type(argname="argument dns_config", value=dns_config, expected_type=type_hints["dns_config"])
            check_type(argname="argument enable_autopilot", value=enable_autopilot, expected_type=type_hints["enable_autopilot"])
            check_type(argname="argument enable_binary_authorization", value=enable_binary_authorization, expected_type=type_hints["enable_binary_authorization"])
            check_type(argname="argument enable_cilium_clusterwide_network_policy", value=enable_cilium_clusterwide_network_policy, expected_type=type_hints["enable_cilium_clusterwide_network_policy"])
            check_type(argname="argument enable_fqdn_network_policy", value=enable_fqdn_network_policy, expected_type=type_hints["enable_fqdn_network_policy"])
            check_type(argname="argument enable_intranode_visibility", value=enable_intranode_visibility, expected_type=type_hints["enable_intranode_visibility"])
            check_type(argname="argument enable_k8_s_beta_apis", value=enable_k8_s_beta_apis, expected_type=type_hints["enable_k8_s_beta_apis"])
            check_type(argname="argument enable_kubernetes_alpha", value=enable_kubernetes_alpha, expected_type=type_hints["enable_kubernetes_alpha"])
            check_type(argname="argument enable_l4_ilb_subsetting", value=enable_l4_ilb_subsetting, expected_type=type_hints["enable_l4_ilb_subsetting"])
            check_type(argname="argument enable_legacy_abac", value=enable_legacy_abac, expected_type=type_hints["enable_legacy_abac"])
            check_type(argname="argument enable_multi_networking", value=enable_multi_networking, expected_type=type_hints["enable_multi_networking"])
            check_type(argname="argument enable_shielded_nodes", value=enable_shielded_nodes, expected_type=type_hints["enable_shielded_nodes"])
            check_type(argname="argument enable_tpu", value=enable_tpu, expected_type=type_hints["enable_tpu"])
            check_type(argname="argument gateway_api_config", value=gateway_api_config, expected_type=type_hints["gateway_api_config"])
            check_type(argname="argument identity_service_config", value=identity_service_config, expected_type=type_hints["identity_service_config"])
            check_type(argname="argument initial_node_count", value=initial_node_count, expected_type=type_hints["initial_node_count"])
            check_type(argname="argument in_transit_encryption_config", value=in_transit_encryption_config, expected_type=type_hints["in_transit_encryption_config"])
            check_type(argname="argument ip_allocation_policy", value=ip_allocation_policy, expected_type=type_hints["ip_allocation_policy"])
            check_type(argname="argument logging_config", value=logging_config, expected_type=type_hints["logging_config"])
            check_type(argname="argument logging_service", value=logging_service, expected_type=type_hints["logging_service"])
            check_type(argname="argument maintenance_policy", value=maintenance_policy, expected_type=type_hints["maintenance_policy"])
            check_type(argname="argument master_auth", value=master_auth, expected_type=type_hints["master_auth"])
            check_type(argname="argument master_authorized_networks_config", value=master_authorized_networks_config, expected_type=type_hints["master_authorized_networks_config"])
            check_type(argname="argument mesh_certificates", value=mesh_certificates, expected_type=type_hints["mesh_certificates"])
            check_type(argname="argument min_master_version", value=min_master_version, expected_type=type_hints["min_master_version"])
            check_type(argname="argument monitoring_config", value=monitoring_config, expected_type=type_hints["monitoring_config"])
            check_type(argname="argument monitoring_service", value=monitoring_service, expected_type=type_hints["monitoring_service"])
            check_type(argname="argument networking_mode", value=networking_mode, expected_type=type_hints["networking_mode"])
            check_type(argname="argument network_policy", value=network_policy, expected_type=type_hints["network_policy"])
            check_type(argname="argument network_ref", value=network_ref, expected_type=type_hints["network_ref"])
            check_type(argname="argument node_config", value=node_config, expected_type=type_hints["node_config"])
            check_type(argname="argument node_locations", value=node_locations, expected_type=type_hints["node_locations"])
            check_type(argname="argument node_pool_auto_config", value=node_pool_auto_config, expected_type=type_hints["node_pool_auto_config"])
            check_type(argname="argument node_pool_defaults", value=node_pool_defaults, expected_type=type_hints["node_pool_defaults"])
            check_type(argname="argument node_version", value=node_version, expected_type=type_hints["node_version"])
            check_type(argname="argument notification_config", value=notification_config, expected_type=type_hints["notification_config"])
            check_type(argname="argument pod_security_policy_config", value=pod_security_policy_config, expected_type=type_hints["pod_security_policy_config"])
            check_type(argname="argument private_cluster_config", value=private_cluster_config, expected_type=type_hints["private_cluster_config"])
            check_type(argname="argument private_ipv6_google_access", value=private_ipv6_google_access, expected_type=type_hints["private_ipv6_google_access"])
            check_type(argname="argument protect_config", value=protect_config, expected_type=type_hints["protect_config"])
            check_type(argname="argument release_channel", value=release_channel, expected_type=type_hints["release_channel"])
            check_type(argname="argument resource_id", value=resource_id, expected_type=type_hints["resource_id"])
            check_type(argname="argument resource_usage_export_config", value=resource_usage_export_config, expected_type=type_hints["resource_usage_export_config"])
            check_type(argname="argument security_posture_config", value=security_posture_config, expected_type=type_hints["security_posture_config"])
            check_type(argname="argument service_external_ips_config", value=service_external_ips_config, expected_type=type_hints["service_external_ips_config"])
            check_type(argname="argument subnetwork_ref", value=subnetwork_ref, expected_type=type_hints["subnetwork_ref"])
            check_type(argname="argument vertical_pod_autoscaling", value=vertical_pod_autoscaling, expected_type=type_hints["vertical_pod_autoscaling"])
            check_type(argname="argument workload_identity_config", value=workload_identity_config, expected_type=type_hints["workload_identity_config"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "location": location,
        }
        if addons_config is not None:
            self._values["addons_config"] = addons_config
        if allow_net_admin is not None:
            self._values["allow_net_admin"] = allow_net_admin
        if authenticator_groups_config is not None:
            self._values["authenticator_groups_config"] = authenticator_groups_config
        if binary_authorization is not None:
            self._values["binary_authorization"] = binary_authorization
        if cluster_autoscaling is not None:
            self._values["cluster_autoscaling"] = cluster_autoscaling
        if cluster_ipv4_cidr is not None:
            self._values["cluster_ipv4_cidr"] = cluster_ipv4_cidr
        if cluster_telemetry is not None:
            self._values["cluster_telemetry"] = cluster_telemetry
        if confidential_nodes is not None:
            self._values["confidential_nodes"] = confidential_nodes
        if control_plane_endpoints_config is not None:
            self._values["control_plane_endpoints_config"] = control_plane_endpoints_config
        if cost_management_config is not None:
            self._values["cost_management_config"] = cost_management_config
        if database_encryption is not None:
            self._values["database_encryption"] = database_encryption
        if datapath_provider is not None:
            self._values["datapath_provider"] = datapath_provider
        if default_max_pods_per_node is not None:
            self._values["default_max_pods_per_node"] = default_max_pods_per_node
        if default_snat_status is not None:
            self._values["default_snat_status"] = default_snat_status
        if description is not None:
            self._values["description"] = description
        if disable_l4_lb_firewall_reconciliation is not None:
            self._values["disable_l4_lb_firewall_reconciliation"] = disable_l4_lb_firewall_reconciliation
        if dns_config is not None:
            self._values["dns_config"] = dns_config
        if enable_autopilot is not None:
            self._values["enable_autopilot"] = enable_autopilot
        if enable_binary_authorization is not None:
            self._values["enable_binary_authorization"] = enable_binary_authorization
        if enable_cilium_clusterwide_network_policy is not None:
            self._values["enable_cilium_clusterwide_network_policy"] = enable_cilium_clusterwide_network_policy
        if enable_fqdn_network_policy is not None:
            self._values["enable_fqdn_network_policy"] = enable_fqdn_network_policy
        if enable_intranode_visibility is not None:
            self._values["enable_intranode_visibility"] = enable_intranode_visibility
        if enable_k8_s_beta_apis is not None:
            self._values["enable_k8_s_beta_apis"] = enable_k8_s_beta_apis
        if enable_kubernetes_alpha is not None:
            self._values["enable_kubernetes_alpha"] = enable_kubernetes_alpha
        if enable_l4_ilb_subsetting is not None:
            self._values["enable_l4_ilb_subsetting"] = enable_l4_ilb_subsetting
        if enable_legacy_abac is not None:
            self._values["enable_legacy_abac"] = enable_legacy_abac
        if enable_multi_networking is not None:
            self._values["enable_multi_networking"] = enable_multi_networking
        if enable_shielded_nodes is not None:
            self._values["enable_shielded_nodes"] = enable_shielded_nodes
        if enable_tpu is not None:
            self._values["enable_tpu"] = enable_tpu
        if gateway_api_config is not None:
            self._values["gateway_api_config"] = gateway_api_config
        if identity_service_config is not None:
            self._values["identity_service_config"] = identity_service_config
        if initial_node_count is not None:
            self._values["initial_node_count"] = initial_node_count
        if in_transit_encryption_config is not None:
            self._values["in_transit_encryption_config"] = in_transit_encryption_config
        if ip_allocation_policy is not None:
            self._values["ip_allocation_policy"] = ip_allocation_policy
        if logging_config is not None:
            self._values["logging_config"] = logging_config
        if logging_service is not None:
            self._values["logging_service"] = logging_service
        if maintenance_policy is not None:
            self._values["maintenance_policy"] = maintenance_policy
        if master_auth is not None:
            self._values["master_auth"] = master_auth
        if master_authorized_networks_config is not None:
            self._values["master_authorized_networks_config"] = master_authorized_networks_config
        if mesh_certificates is not None:
            self._values["mesh_certificates"] = mesh_certificates
        if min_master_version is not None:
            self._values["min_master_version"] = min_master_version
        if monitoring_config is not None:
            self._values["monitoring_config"] = monitoring_config
        if monitoring_service is not None:
            self._values["monitoring_service"] = monitoring_service
        if networking_mode is not None:
            self._values["networking_mode"] = networking_mode
        if network_policy is not None:
            self._values["network_policy"] = network_policy
        if network_ref is not None:
            self._values["network_ref"] = network_ref
        if node_config is not None:
            self._values["node_config"] = node_config
        if node_locations is not None:
            self._values["node_locations"] = node_locations
        if node_pool_auto_config is not None:
            self._values["node_pool_auto_config"] = node_pool_auto_config
        if node_pool_defaults is not None:
            self._values["node_pool_defaults"] = node_pool_defaults
        if node_version is not None:
            self._values["node_version"] = node_version
        if notification_config is not None:
            self._values["notification_config"] = notification_config
        if pod_security_policy_config is not None:
            self._values["pod_security_policy_config"] = pod_security_policy_config
        if private_cluster_config is not None:
            self._values["private_cluster_config"] = private_cluster_config
        if private_ipv6_google_access is not None:
            self._values["private_ipv6_google_access"] = private_ipv6_google_access
        if protect_config is not None:
            self._values["protect_config"] = protect_config
        if release_channel is not None:
            self._values["release_channel"] = release_channel
        if resource_id is not None:
            self._values["resource_id"] = resource_id
        if resource_usage_export_config is not None:
            self._values["resource_usage_export_config"] = resource_usage_export_config
        if security_posture_config is not None:
            self._values["security_posture_config"] = security_posture_config
        if service_external_ips_config is not None:
            self._values["service_external_ips_config"] = service_external_ips_config
        if subnetwork_ref is not None:
            self._values["subnetwork_ref"] = subnetwork_ref
        if vertical_pod_autoscaling is not None:
            self._values["vertical_pod_autoscaling"] = vertical_pod_autoscaling
        if workload_identity_config is not None:
            self._values["workload_identity_config"] = workload_identity_config

    @builtins.property
    def location(self) -> builtins.str:
        '''Immutable.

        The location (region or zone) in which the cluster master will be created, as well as the default node location. If you specify a zone (such as us-central1-a), the cluster will be a zonal cluster with a single cluster master. If you specify a region (such as us-west1), the cluster will be a regional cluster with multiple masters spread across zones in the region, and with default node locations in those zones as well.

        :schema: ContainerClusterSpec#location
        '''
        result = self._values.get("location")
        assert result is not None, "Required property 'location' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def addons_config(self) -> typing.Optional["ContainerClusterSpecAddonsConfig"]:
        '''The configuration for addons supported by GKE.

        :schema: ContainerClusterSpec#addonsConfig
        '''
        result = self._values.get("addons_config")
        return typing.cast(typing.Optional["ContainerClusterSpecAddonsConfig"], result)

    @builtins.property
    def allow_net_admin(self) -> typing.Optional[builtins.bool]:
        '''Enable NET_ADMIN for this cluster.

        :schema: ContainerClusterSpec#allowNetAdmin
        '''
        result = self._values.get("allow_net_admin")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def authenticator_groups_config(
        self,
    ) -> typing.Optional["ContainerClusterSpecAuthenticatorGroupsConfig"]:
        '''Configuration for the Google Groups for GKE feature.

        :schema: ContainerClusterSpec#authenticatorGroupsConfig
        '''
        result = self._values.get("authenticator_groups_config")
        return typing.cast(typing.Optional["ContainerClusterSpecAuthenticatorGroupsConfig"], result)

    @builtins.property
    def binary_authorization(
        self,
    ) -> typing.Optional["ContainerClusterSpecBinaryAuthorization"]:
        '''Configuration options for the Binary Authorization feature.

        :schema: ContainerClusterSpec#binaryAuthorization
        '''
        result = self._values.get("binary_authorization")
        return typing.cast(typing.Optional["ContainerClusterSpecBinaryAuthorization"], result)

    @builtins.property
    def cluster_autoscaling(
        self,
    ) -> typing.Optional["ContainerClusterSpecClusterAutoscaling"]:
        '''Per-cluster configuration of Node Auto-Provisioning with Cluster Autoscaler to automatically adjust the size of the cluster and create/delete node pools based on the current needs of the cluster's workload.

        See the guide to using Node Auto-Provisioning for more details.

        :schema: ContainerClusterSpec#clusterAutoscaling
        '''
        result = self._values.get("cluster_autoscaling")
        return typing.cast(typing.Optional["ContainerClusterSpecClusterAutoscaling"], result)

    @builtins.property
    def cluster_ipv4_cidr(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        The IP address range of the Kubernetes pods in this cluster in CIDR notation (e.g. 10.96.0.0/14). Leave blank to have one automatically chosen or specify a /14 block in 10.0.0.0/8. This field will only work for routes-based clusters, where ip_allocation_policy is not defined.

        :schema: ContainerClusterSpec#clusterIpv4Cidr
        '''
        result = self._values.get("cluster_ipv4_cidr")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cluster_telemetry(
        self,
    ) -> typing.Optional["ContainerClusterSpecClusterTelemetry"]:
        '''Telemetry integration for the cluster.

        :schema: ContainerClusterSpec#clusterTelemetry
        '''
        result = self._values.get("cluster_telemetry")
        return typing.cast(typing.Optional["ContainerClusterSpecClusterTelemetry"], result)

    @builtins.property
    def confidential_nodes(
        self,
    ) -> typing.Optional["ContainerClusterSpecConfidentialNodes"]:
        '''Immutable.

        Configuration for the confidential nodes feature, which makes nodes run on confidential VMs. Warning: This configuration can't be changed (or added/removed) after cluster creation without deleting and recreating the entire cluster.

        :schema: ContainerClusterSpec#confidentialNodes
        '''
        result = self._values.get("confidential_nodes")
        return typing.cast(typing.Optional["ContainerClusterSpecConfidentialNodes"], result)

    @builtins.property
    def control_plane_endpoints_config(
        self,
    ) -> typing.Optional["ContainerClusterSpecControlPlaneEndpointsConfig"]:
        '''Configuration for all of the cluster's control plane endpoints.

        Currently supports only DNS endpoint configuration and disable IP endpoint. Other IP endpoint configurations are available in private_cluster_config.

        :schema: ContainerClusterSpec#controlPlaneEndpointsConfig
        '''
        result = self._values.get("control_plane_endpoints_config")
        return typing.cast(typing.Optional["ContainerClusterSpecControlPlaneEndpointsConfig"], result)

    @builtins.property
    def cost_management_config(
        self,
    ) -> typing.Optional["ContainerClusterSpecCostManagementConfig"]:
        '''Cost management configuration for the cluster.

        :schema: ContainerClusterSpec#costManagementConfig
        '''
        result = self._values.get("cost_management_config")
        return typing.cast(typing.Optional["ContainerClusterSpecCostManagementConfig"], result)

    @builtins.property
    def database_encryption(
        self,
    ) -> typing.Optional["ContainerClusterSpecDatabaseEncryption"]:
        '''Application-layer Secrets Encryption settings.

        The object format is {state = string, key_name = string}. Valid values of state are: "ENCRYPTED"; "DECRYPTED". key_name is the name of a CloudKMS key.

        :schema: ContainerClusterSpec#databaseEncryption
        '''
        result = self._values.get("database_encryption")
        return typing.cast(typing.Optional["ContainerClusterSpecDatabaseEncryption"], result)

    @builtins.property
    def datapath_provider(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        The desired datapath provider for this cluster. By default, uses the IPTables-based kube-proxy implementation.

        :schema: ContainerClusterSpec#datapathProvider
        '''
        result = self._values.get("datapath_provider")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def default_max_pods_per_node(self) -> typing.Optional[jsii.Number]:
        '''Immutable.

        The default maximum number of pods per node in this cluster. This doesn't work on "routes-based" clusters, clusters that don't have IP Aliasing enabled.

        :schema: ContainerClusterSpec#defaultMaxPodsPerNode
        '''
        result = self._values.get("default_max_pods_per_node")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def default_snat_status(
        self,
    ) -> typing.Optional["ContainerClusterSpecDefaultSnatStatus"]:
        '''Whether the cluster disables default in-node sNAT rules.

        In-node sNAT rules will be disabled when defaultSnatStatus is disabled.

        :schema: ContainerClusterSpec#defaultSnatStatus
        '''
        result = self._values.get("default_snat_status")
        return typing.cast(typing.Optional["ContainerClusterSpecDefaultSnatStatus"], result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        Description of the cluster.

        :schema: ContainerClusterSpec#description
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def disable_l4_lb_firewall_reconciliation(self) -> typing.Optional[builtins.bool]:
        '''Whether the cluster disables L4 LB firewall reconciliation.

        :schema: ContainerClusterSpec#disableL4LbFirewallReconciliation
        '''
        result = self._values.get("disable_l4_lb_firewall_reconciliation")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def dns_config(self) -> typing.Optional["ContainerClusterSpecDnsConfig"]:
        '''Immutable.

        Configuration for Cloud DNS for Kubernetes Engine.

        :schema: ContainerClusterSpec#dnsConfig
        '''
        result = self._values.get("dns_config")
        return typing.cast(typing.Optional["ContainerClusterSpecDnsConfig"], result)

    @builtins.property
    def enable_autopilot(self) -> typing.Optional[builtins.bool]:
        '''Immutable.

        Enable Autopilot for this cluster.

        :schema: ContainerClusterSpec#enableAutopilot
        '''
        result = self._values.get("enable_autopilot")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def enable_binary_authorization(self) -> typing.Optional[builtins.bool]:
        '''DEPRECATED.

        Deprecated in favor of binary_authorization. Enable Binary Authorization for this cluster. If enabled, all container images will be validated by Google Binary Authorization.

        :schema: ContainerClusterSpec#enableBinaryAuthorization
        '''
        result = self._values.get("enable_binary_authorization")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def enable_cilium_clusterwide_network_policy(
        self,
    ) -> typing.Optional[builtins.bool]:
        '''Whether Cilium cluster-wide network policy is enabled on this cluster.

        :schema: ContainerClusterSpec#enableCiliumClusterwideNetworkPolicy
        '''
        result = self._values.get("enable_cilium_clusterwide_network_policy")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def enable_fqdn_network_policy(self) -> typing.Optional[builtins.bool]:
        '''Whether FQDN Network Policy is enabled on this cluster.

        :schema: ContainerClusterSpec#enableFqdnNetworkPolicy
        '''
        result = self._values.get("enable_fqdn_network_policy")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def enable_intranode_visibility(self) -> typing.Optional[builtins.bool]:
        '''Whether Intra-node visibility is enabled for this cluster.

        This makes same node pod to pod traffic visible for VPC network.

        :schema: ContainerClusterSpec#enableIntranodeVisibility
        '''
        result = self._values.get("enable_intranode_visibility")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def enable_k8_s_beta_apis(
        self,
    ) -> typing.Optional["ContainerClusterSpecEnableK8SBetaApis"]:
        '''Configuration for Kubernetes Beta APIs.

        :schema: ContainerClusterSpec#enableK8sBetaApis
        '''
        result = self._values.get("enable_k8_s_beta_apis")
        return typing.cast(typing.Optional["ContainerClusterSpecEnableK8SBetaApis"], result)

    @builtins.property
    def enable_kubernetes_alpha(self) -> typing.Optional[builtins.bool]:
        '''Immutable.

        Whether to enable Kubernetes Alpha features for this cluster. Note that when this option is enabled, the cluster cannot be upgraded and will be automatically deleted after 30 days.

        :schema: ContainerClusterSpec#enableKubernetesAlpha
        '''
        result = self._values.get("enable_kubernetes_alpha")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def enable_l4_ilb_subsetting(self) -> typing.Optional[builtins.bool]:
        '''Whether L4ILB Subsetting is enabled for this cluster.

        :schema: ContainerClusterSpec#enableL4IlbSubsetting
        '''
        result = self._values.get("enable_l4_ilb_subsetting")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def enable_legacy_abac(self) -> typing.Optional[builtins.bool]:
        '''Whether the ABAC authorizer is enabled for this cluster.

        When enabled, identities in the system, including service accounts, nodes, and controllers, will have statically granted permissions beyond those provided by the RBAC configuration or IAM. Defaults to false.

        :default: false.

        :schema: ContainerClusterSpec#enableLegacyAbac
        '''
        result = self._values.get("enable_legacy_abac")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def enable_multi_networking(self) -> typing.Optional[builtins.bool]:
        '''Immutable.

        Whether multi-networking is enabled for this cluster.

        :schema: ContainerClusterSpec#enableMultiNetworking
        '''
        result = self._values.get("enable_multi_networking")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def enable_shielded_nodes(self) -> typing.Optional[builtins.bool]:
        '''Enable Shielded Nodes features on all nodes in this cluster.

        Defaults to true.

        :default: true.

        :schema: ContainerClusterSpec#enableShieldedNodes
        '''
        result = self._values.get("enable_shielded_nodes")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def enable_tpu(self) -> typing.Optional[builtins.bool]:
        '''Immutable.

        Whether to enable Cloud TPU resources in this cluster.

        :schema: ContainerClusterSpec#enableTpu
        '''
        result = self._values.get("enable_tpu")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def gateway_api_config(
        self,
    ) -> typing.Optional["ContainerClusterSpecGatewayApiConfig"]:
        '''Configuration for GKE Gateway API controller.

        :schema: ContainerClusterSpec#gatewayApiConfig
        '''
        result = self._values.get("gateway_api_config")
        return typing.cast(typing.Optional["ContainerClusterSpecGatewayApiConfig"], result)

    @builtins.property
    def identity_service_config(
        self,
    ) -> typing.Optional["ContainerClusterSpecIdentityServiceConfig"]:
        '''Configuration for Identity Service which allows customers to use external identity providers with the K8S API.

        :schema: ContainerClusterSpec#identityServiceConfig
        '''
        result = self._values.get("identity_service_config")
        return typing.cast(typing.Optional["ContainerClusterSpecIdentityServiceConfig"], result)

    @builtins.property
    def initial_node_count(self) -> typing.Optional[jsii.Number]:
        '''Immutable.

        The number of nodes to create in this cluster's default node pool. In regional or multi-zonal clusters, this is the number of nodes per zone. Must be set if node_pool is not set. If you're using google_container_node_pool objects with no default node pool, you'll need to set this to a value of at least 1, alongside setting remove_default_node_pool to true.

        :schema: ContainerClusterSpec#initialNodeCount
        '''
        result = self._values.get("initial_node_count")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def in_transit_encryption_config(self) -> typing.Optional[builtins.str]:
        '''In-transit encryption options for the cluster.

        Possible values are IN_TRANSIT_ENCRYPTION_CONFIG_UNSPECIFIED, IN_TRANSIT_ENCRYPTION_DISABLED, IN_TRANSIT_ENCRYPTION_INTER_NODE_TRANSPARENT

        :schema: ContainerClusterSpec#inTransitEncryptionConfig
        '''
        result = self._values.get("in_transit_encryption_config")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ip_allocation_policy(
        self,
    ) -> typing.Optional["ContainerClusterSpecIpAllocationPolicy"]:
        '''Immutable.

        Configuration of cluster IP allocation for VPC-native clusters. Adding this block enables IP aliasing, making the cluster VPC-native instead of routes-based.

        :schema: ContainerClusterSpec#ipAllocationPolicy
        '''
        result = self._values.get("ip_allocation_policy")
        return typing.cast(typing.Optional["ContainerClusterSpecIpAllocationPolicy"], result)

    @builtins.property
    def logging_config(self) -> typing.Optional["ContainerClusterSpecLoggingConfig"]:
        '''Logging configuration for the cluster.

        :schema: ContainerClusterSpec#loggingConfig
        '''
        result = self._values.get("logging_config")
        return typing.cast(typing.Optional["ContainerClusterSpecLoggingConfig"], result)

    @builtins.property
    def logging_service(self) -> typing.Optional[builtins.str]:
        '''The logging service that the cluster should write logs to.

        Available options include logging.googleapis.com(Legacy Stackdriver), logging.googleapis.com/kubernetes(Stackdriver Kubernetes Engine Logging), and none. Defaults to logging.googleapis.com/kubernetes.

        :default: logging.googleapis.com/kubernetes.

        :schema: ContainerClusterSpec#loggingService
        '''
        result = self._values.get("logging_service")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def maintenance_policy(
        self,
    ) -> typing.Optional["ContainerClusterSpecMaintenancePolicy"]:
        '''The maintenance policy to use for the cluster.

        :schema: ContainerClusterSpec#maintenancePolicy
        '''
        result = self._values.get("maintenance_policy")
        return typing.cast(typing.Optional["ContainerClusterSpecMaintenancePolicy"], result)

    @builtins.property
    def master_auth(self) -> typing.Optional["ContainerClusterSpecMasterAuth"]:
        '''DEPRECATED.

        Basic authentication was removed for GKE cluster versions >= 1.19. The authentication information for accessing the Kubernetes master. Some values in this block are only returned by the API if your service account has permission to get credentials for your GKE cluster. If you see an unexpected diff unsetting your client cert, ensure you have the container.clusters.getCredentials permission.

        :schema: ContainerClusterSpec#masterAuth
        '''
        result = self._values.get("master_auth")
        return typing.cast(typing.Optional["ContainerClusterSpecMasterAuth"], result)

    @builtins.property
    def master_authorized_networks_config(
        self,
    ) -> typing.Optional["ContainerClusterSpecMasterAuthorizedNetworksConfig"]:
        '''The desired configuration options for master authorized networks.

        Omit the nested cidr_blocks attribute to disallow external access (except the cluster node IPs, which GKE automatically whitelists).

        :schema: ContainerClusterSpec#masterAuthorizedNetworksConfig
        '''
        result = self._values.get("master_authorized_networks_config")
        return typing.cast(typing.Optional["ContainerClusterSpecMasterAuthorizedNetworksConfig"], result)

    @builtins.property
    def mesh_certificates(
        self,
    ) -> typing.Optional["ContainerClusterSpecMeshCertificates"]:
        '''If set, and enable_certificates=true, the GKE Workload Identity Certificates controller and node agent will be deployed in the cluster.

        :schema: ContainerClusterSpec#meshCertificates
        '''
        result = self._values.get("mesh_certificates")
        return typing.cast(typing.Optional["ContainerClusterSpecMeshCertificates"], result)

    @builtins.property
    def min_master_version(self) -> typing.Optional[builtins.str]:
        '''The minimum version of the master.

        GKE will auto-update the master to new versions, so this does not guarantee the current master version--use the read-only master_version field to obtain that. If unset, the cluster's version will be set by GKE to the version of the most recent official release (which is not necessarily the latest version).

        :schema: ContainerClusterSpec#minMasterVersion
        '''
        result = self._values.get("min_master_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def monitoring_config(
        self,
    ) -> typing.Optional["ContainerClusterSpecMonitoringConfig"]:
        '''Monitoring configuration for the cluster.

        :schema: ContainerClusterSpec#monitoringConfig
        '''
        result = self._values.get("monitoring_config")
        return typing.cast(typing.Optional["ContainerClusterSpecMonitoringConfig"], result)

    @builtins.property
    def monitoring_service(self) -> typing.Optional[builtins.str]:
        '''The monitoring service that the cluster should write metrics to.

        Automatically send metrics from pods in the cluster to the Google Cloud Monitoring API. VM metrics will be collected by Google Compute Engine regardless of this setting Available options include monitoring.googleapis.com(Legacy Stackdriver), monitoring.googleapis.com/kubernetes(Stackdriver Kubernetes Engine Monitoring), and none. Defaults to monitoring.googleapis.com/kubernetes.

        :default: monitoring.googleapis.com/kubernetes.

        :schema: ContainerClusterSpec#monitoringService
        '''
        result = self._values.get("monitoring_service")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def networking_mode(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        Determines whether alias IPs or routes will be used for pod IPs in the cluster.

        :schema: ContainerClusterSpec#networkingMode
        '''
        result = self._values.get("networking_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def network_policy(self) -> typing.Optional["ContainerClusterSpecNetworkPolicy"]:
        '''Configuration options for the NetworkPolicy feature.

        :schema: ContainerClusterSpec#networkPolicy
        '''
        result = self._values.get("network_policy")
        return typing.cast(typing.Optional["ContainerClusterSpecNetworkPolicy"], result)

    @builtins.property
    def network_ref(self) -> typing.Optional["ContainerClusterSpecNetworkRef"]:
        '''ComputeNetworkRef is a reference to a GCP ComputeNetwork.

        :schema: ContainerClusterSpec#networkRef
        '''
        result = self._values.get("network_ref")
        return typing.cast(typing.Optional["ContainerClusterSpecNetworkRef"], result)

    @builtins.property
    def node_config(self) -> typing.Optional["ContainerClusterSpecNodeConfig"]:
        '''Immutable.

        The configuration of the nodepool.

        :schema: ContainerClusterSpec#nodeConfig
        '''
        result = self._values.get("node_config")
        return typing.cast(typing.Optional["ContainerClusterSpecNodeConfig"], result)

    @builtins.property
    def node_locations(self) -> typing.Optional[typing.List[builtins.str]]:
        '''The list of zones in which the cluster's nodes are located.

        Nodes must be in the region of their regional cluster or in the same region as their cluster's zone for zonal clusters. If this is specified for a zonal cluster, omit the cluster's zone.

        :schema: ContainerClusterSpec#nodeLocations
        '''
        result = self._values.get("node_locations")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def node_pool_auto_config(
        self,
    ) -> typing.Optional["ContainerClusterSpecNodePoolAutoConfig"]:
        '''Node pool configs that apply to all auto-provisioned node pools in autopilot clusters and node auto-provisioning enabled clusters.

        :schema: ContainerClusterSpec#nodePoolAutoConfig
        '''
        result = self._values.get("node_pool_auto_config")
        return typing.cast(typing.Optional["ContainerClusterSpecNodePoolAutoConfig"], result)

    @builtins.property
    def node_pool_defaults(
        self,
    ) -> typing.Optional["ContainerClusterSpecNodePoolDefaults"]:
        '''The default nodel pool settings for the entire cluster.

        :schema: ContainerClusterSpec#nodePoolDefaults
        '''
        result = self._values.get("node_pool_defaults")
        return typing.cast(typing.Optional["ContainerClusterSpecNodePoolDefaults"], result)

    @builtins.property
    def node_version(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ContainerClusterSpec#nodeVersion
        '''
        result = self._values.get("node_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def notification_config(
        self,
    ) -> typing.Optional["ContainerClusterSpecNotificationConfig"]:
        '''The notification config for sending cluster upgrade notifications.

        :schema: ContainerClusterSpec#notificationConfig
        '''
        result = self._values.get("notification_config")
        return typing.cast(typing.Optional["ContainerClusterSpecNotificationConfig"], result)

    @builtins.property
    def pod_security_policy_config(
        self,
    ) -> typing.Optional["ContainerClusterSpecPodSecurityPolicyConfig"]:
        '''Configuration for the PodSecurityPolicy feature.

        :schema: ContainerClusterSpec#podSecurityPolicyConfig
        '''
        result = self._values.get("pod_security_policy_config")
        return typing.cast(typing.Optional["ContainerClusterSpecPodSecurityPolicyConfig"], result)

    @builtins.property
    def private_cluster_config(
        self,
    ) -> typing.Optional["ContainerClusterSpecPrivateClusterConfig"]:
        '''Configuration for private clusters, clusters with private nodes.

        :schema: ContainerClusterSpec#privateClusterConfig
        '''
        result = self._values.get("private_cluster_config")
        return typing.cast(typing.Optional["ContainerClusterSpecPrivateClusterConfig"], result)

    @builtins.property
    def private_ipv6_google_access(self) -> typing.Optional[builtins.str]:
        '''The desired state of IPv6 connectivity to Google Services.

        By default, no private IPv6 access to or from Google Services (all access will be via IPv4).

        :schema: ContainerClusterSpec#privateIpv6GoogleAccess
        '''
        result = self._values.get("private_ipv6_google_access")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def protect_config(self) -> typing.Optional["ContainerClusterSpecProtectConfig"]:
        '''Enable/Disable Protect API features for the cluster.

        :schema: ContainerClusterSpec#protectConfig
        '''
        result = self._values.get("protect_config")
        return typing.cast(typing.Optional["ContainerClusterSpecProtectConfig"], result)

    @builtins.property
    def release_channel(self) -> typing.Optional["ContainerClusterSpecReleaseChannel"]:
        '''Configuration options for the Release channel feature, which provide more control over automatic upgrades of your GKE clusters.

        Note that removing this field from your config will not unenroll it. Instead, use the "UNSPECIFIED" channel.

        :schema: ContainerClusterSpec#releaseChannel
        '''
        result = self._values.get("release_channel")
        return typing.cast(typing.Optional["ContainerClusterSpecReleaseChannel"], result)

    @builtins.property
    def resource_id(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        Optional. The name of the resource. Used for creation and acquisition. When unset, the value of ``metadata.name`` is used as the default.

        :schema: ContainerClusterSpec#resourceID
        '''
        result = self._values.get("resource_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resource_usage_export_config(
        self,
    ) -> typing.Optional["ContainerClusterSpecResourceUsageExportConfig"]:
        '''Configuration for the ResourceUsageExportConfig feature.

        :schema: ContainerClusterSpec#resourceUsageExportConfig
        '''
        result = self._values.get("resource_usage_export_config")
        return typing.cast(typing.Optional["ContainerClusterSpecResourceUsageExportConfig"], result)

    @builtins.property
    def security_posture_config(
        self,
    ) -> typing.Optional["ContainerClusterSpecSecurityPostureConfig"]:
        '''Defines the config needed to enable/disable features for the Security Posture API.

        :schema: ContainerClusterSpec#securityPostureConfig
        '''
        result = self._values.get("security_posture_config")
        return typing.cast(typing.Optional["ContainerClusterSpecSecurityPostureConfig"], result)

    @builtins.property
    def service_external_ips_config(
        self,
    ) -> typing.Optional["ContainerClusterSpecServiceExternalIpsConfig"]:
        '''If set, and enabled=true, services with external ips field will not be blocked.

        :schema: ContainerClusterSpec#serviceExternalIpsConfig
        '''
        result = self._values.get("service_external_ips_config")
        return typing.cast(typing.Optional["ContainerClusterSpecServiceExternalIpsConfig"], result)

    @builtins.property
    def subnetwork_ref(self) -> typing.Optional["ContainerClusterSpecSubnetworkRef"]:
        '''ComputeSubnetworkRef is a reference to a GCP ComputeSubnetwork.

        :schema: ContainerClusterSpec#subnetworkRef
        '''
        result = self._values.get("subnetwork_ref")
        return typing.cast(typing.Optional["ContainerClusterSpecSubnetworkRef"], result)

    @builtins.property
    def vertical_pod_autoscaling(
        self,
    ) -> typing.Optional["ContainerClusterSpecVerticalPodAutoscaling"]:
        '''Vertical Pod Autoscaling automatically adjusts the resources of pods controlled by it.

        :schema: ContainerClusterSpec#verticalPodAutoscaling
        '''
        result = self._values.get("vertical_pod_autoscaling")
        return typing.cast(typing.Optional["ContainerClusterSpecVerticalPodAutoscaling"], result)

    @builtins.property
    def workload_identity_config(
        self,
    ) -> typing.Optional["ContainerClusterSpecWorkloadIdentityConfig"]:
        '''Configuration for the use of Kubernetes Service Accounts in GCP IAM policies.

        :schema: ContainerClusterSpec#workloadIdentityConfig
        '''
        result = self._values.get("workload_identity_config")
        return typing.cast(typing.Optional["ContainerClusterSpecWorkloadIdentityConfig"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecAddonsConfig",
    jsii_struct_bases=[],
    name_mapping={
        "cloudrun_config": "cloudrunConfig",
        "config_connector_config": "configConnectorConfig",
        "dns_cache_config": "dnsCacheConfig",
        "gce_persistent_disk_csi_driver_config": "gcePersistentDiskCsiDriverConfig",
        "gcp_filestore_csi_driver_config": "gcpFilestoreCsiDriverConfig",
        "gcs_fuse_csi_driver_config": "gcsFuseCsiDriverConfig",
        "gke_backup_agent_config": "gkeBackupAgentConfig",
        "horizontal_pod_autoscaling": "horizontalPodAutoscaling",
        "http_load_balancing": "httpLoadBalancing",
        "istio_config": "istioConfig",
        "kalm_config": "kalmConfig",
        "network_policy_config": "networkPolicyConfig",
        "parallelstore_csi_driver_config": "parallelstoreCsiDriverConfig",
    },
)
class ContainerClusterSpecAddonsConfig:
    def __init__(
        self,
        *,
        cloudrun_config: typing.Optional[typing.Union["ContainerClusterSpecAddonsConfigCloudrunConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        config_connector_config: typing.Optional[typing.Union["ContainerClusterSpecAddonsConfigConfigConnectorConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        dns_cache_config: typing.Optional[typing.Union["ContainerClusterSpecAddonsConfigDnsCacheConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        gce_persistent_disk_csi_driver_config: typing.Optional[typing.Union["ContainerClusterSpecAddonsConfigGcePersistentDiskCsiDriverConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        gcp_filestore_csi_driver_config: typing.Optional[typing.Union["ContainerClusterSpecAddonsConfigGcpFilestoreCsiDriverConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        gcs_fuse_csi_driver_config: typing.Optional[typing.Union["ContainerClusterSpecAddonsConfigGcsFuseCsiDriverConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        gke_backup_agent_config: typing.Optional[typing.Union["ContainerClusterSpecAddonsConfigGkeBackupAgentConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        horizontal_pod_autoscaling: typing.Optional[typing.Union["ContainerClusterSpecAddonsConfigHorizontalPodAutoscaling", typing.Dict[builtins.str, typing.Any]]] = None,
        http_load_balancing: typing.Optional[typing.Union["ContainerClusterSpecAddonsConfigHttpLoadBalancing", typing.Dict[builtins.str, typing.Any]]] = None,
        istio_config: typing.Optional[typing.Union["ContainerClusterSpecAddonsConfigIstioConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        kalm_config: typing.Optional[typing.Union["ContainerClusterSpecAddonsConfigKalmConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        network_policy_config: typing.Optional[typing.Union["ContainerClusterSpecAddonsConfigNetworkPolicyConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        parallelstore_csi_driver_config: typing.Optional[typing.Union["ContainerClusterSpecAddonsConfigParallelstoreCsiDriverConfig", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''The configuration for addons supported by GKE.

        :param cloudrun_config: The status of the CloudRun addon. It is disabled by default. Set disabled = false to enable.
        :param config_connector_config: The of the Config Connector addon.
        :param dns_cache_config: The status of the NodeLocal DNSCache addon. It is disabled by default. Set enabled = true to enable.
        :param gce_persistent_disk_csi_driver_config: Whether this cluster should enable the Google Compute Engine Persistent Disk Container Storage Interface (CSI) Driver. Set enabled = true to enable. The Compute Engine persistent disk CSI Driver is enabled by default on newly created clusters for the following versions: Linux clusters: GKE version 1.18.10-gke.2100 or later, or 1.19.3-gke.2100 or later.
        :param gcp_filestore_csi_driver_config: The status of the Filestore CSI driver addon, which allows the usage of filestore instance as volumes. Defaults to disabled; set enabled = true to enable. Default: disabled; set enabled = true to enable.
        :param gcs_fuse_csi_driver_config: The status of the GCS Fuse CSI driver addon, which allows the usage of GCS bucket as volumes. Defaults to disabled; set enabled = true to enable. Default: disabled; set enabled = true to enable.
        :param gke_backup_agent_config: The status of the Backup for GKE Agent addon. It is disabled by default. Set enabled = true to enable.
        :param horizontal_pod_autoscaling: The status of the Horizontal Pod Autoscaling addon, which increases or decreases the number of replica pods a replication controller has based on the resource usage of the existing pods. It ensures that a Heapster pod is running in the cluster, which is also used by the Cloud Monitoring service. It is enabled by default; set disabled = true to disable.
        :param http_load_balancing: The status of the HTTP (L7) load balancing controller addon, which makes it easy to set up HTTP load balancers for services in a cluster. It is enabled by default; set disabled = true to disable.
        :param istio_config: The status of the Istio addon.
        :param kalm_config: Configuration for the KALM addon, which manages the lifecycle of k8s. It is disabled by default; Set enabled = true to enable.
        :param network_policy_config: Whether we should enable the network policy addon for the master. This must be enabled in order to enable network policy for the nodes. To enable this, you must also define a network_policy block, otherwise nothing will happen. It can only be disabled if the nodes already do not have network policies enabled. Defaults to disabled; set disabled = false to enable. Default: disabled; set disabled = false to enable.
        :param parallelstore_csi_driver_config: The status of the Parallelstore CSI driver addon, which allows the usage of Parallelstore instance as volumes. Defaults to disabled; set enabled = true to enable. Default: disabled; set enabled = true to enable.

        :schema: ContainerClusterSpecAddonsConfig
        '''
        if isinstance(cloudrun_config, dict):
            cloudrun_config = ContainerClusterSpecAddonsConfigCloudrunConfig(**cloudrun_config)
        if isinstance(config_connector_config, dict):
            config_connector_config = ContainerClusterSpecAddonsConfigConfigConnectorConfig(**config_connector_config)
        if isinstance(dns_cache_config, dict):
            dns_cache_config = ContainerClusterSpecAddonsConfigDnsCacheConfig(**dns_cache_config)
        if isinstance(gce_persistent_disk_csi_driver_config, dict):
            gce_persistent_disk_csi_driver_config = ContainerClusterSpecAddonsConfigGcePersistentDiskCsiDriverConfig(**gce_persistent_disk_csi_driver_config)
        if isinstance(gcp_filestore_csi_driver_config, dict):
            gcp_filestore_csi_driver_config = ContainerClusterSpecAddonsConfigGcpFilestoreCsiDriverConfig(**gcp_filestore_csi_driver_config)
        if isinstance(gcs_fuse_csi_driver_config, dict):
            gcs_fuse_csi_driver_config = ContainerClusterSpecAddonsConfigGcsFuseCsiDriverConfig(**gcs_fuse_csi_driver_config)
        if isinstance(gke_backup_agent_config, dict):
            gke_backup_agent_config = ContainerClusterSpecAddonsConfigGkeBackupAgentConfig(**gke_backup_agent_config)
        if isinstance(horizontal_pod_autoscaling, dict):
            horizontal_pod_autoscaling = ContainerClusterSpecAddonsConfigHorizontalPodAutoscaling(**horizontal_pod_autoscaling)
        if isinstance(http_load_balancing, dict):
            http_load_balancing = ContainerClusterSpecAddonsConfigHttpLoadBalancing(**http_load_balancing)
        if isinstance(istio_config, dict):
            istio_config = ContainerClusterSpecAddonsConfigIstioConfig(**istio_config)
        if isinstance(kalm_config, dict):
            kalm_config = ContainerClusterSpecAddonsConfigKalmConfig(**kalm_config)
        if isinstance(network_policy_config, dict):
            network_policy_config = ContainerClusterSpecAddonsConfigNetworkPolicyConfig(**network_policy_config)
        if isinstance(parallelstore_csi_driver_config, dict):
            parallelstore_csi_driver_config = ContainerClusterSpecAddonsConfigParallelstoreCsiDriverConfig(**parallelstore_csi_driver_config)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e21200329256d8b86badc8219630d874ab3d7bd058cc87b13f45a6edadd57723)
            check_type(argname="argument cloudrun_config", value=cloudrun_config, expected_type=type_hints["cloudrun_config"])
            check_type(argname="argument config_connector_config", value=config_connector_config, expected_type=type_hints["config_connector_config"])
            check_type(argname="argument dns_cache_config", value=dns_cache_config, expected_type=type_hints["dns_cache_config"])
            check_type(argname="argument gce_persistent_disk_csi_driver_config", value=gce_persistent_disk_csi_driver_config, expected_type=type_hints["gce_persistent_disk_csi_driver_config"])
            check_type(argname="argument gcp_filestore_csi_driver_config", value=gcp_filestore_csi_driver_config, expected_type=type_hints["gcp_filestore_csi_driver_config"])
            check_type(argname="argument gcs_fuse_csi_driver_config", value=gcs_fuse_csi_driver_config, expected_type=type_hints["gcs_fuse_csi_driver_config"])
            check_type(argname="argument gke_backup_agent_config", value=gke_backup_agent_config, expected_type=type_hints["gke_backup_agent_config"])
            check_type(argname="argument horizontal_pod_autoscaling", value=horizontal_pod_autoscaling, expected_type=type_hints["horizontal_pod_autoscaling"])
            check_type(argname="argument http_load_balancing", value=http_load_balancing, expected_type=type_hints["http_load_balancing"])
            check_type(argname="argument istio_config", value=istio_config, expected_type=type_hints["istio_config"])
            check_type(argname="argument kalm_config", value=kalm_config, expected_type=type_hints["kalm_config"])
            check_type(argname="argument network_policy_config", value=network_policy_config, expected_type=type_hints["network_policy_config"])
            check_type(argname="argument parallelstore_csi_driver_config", value=parallelstore_csi_driver_config, expected_type=type_hints["parallelstore_csi_driver_config"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cloudrun_config is not None:
            self._values["cloudrun_config"] = cloudrun_config
        if config_connector_config is not None:
            self._values["config_connector_config"] = config_connector_config
        if dns_cache_config is not None:
            self._values["dns_cache_config"] = dns_cache_config
        if gce_persistent_disk_csi_driver_config is not None:
            self._values["gce_persistent_disk_csi_driver_config"] = gce_persistent_disk_csi_driver_config
        if gcp_filestore_csi_driver_config is not None:
            self._values["gcp_filestore_csi_driver_config"] = gcp_filestore_csi_driver_config
        if gcs_fuse_csi_driver_config is not None:
            self._values["gcs_fuse_csi_driver_config"] = gcs_fuse_csi_driver_config
        if gke_backup_agent_config is not None:
            self._values["gke_backup_agent_config"] = gke_backup_agent_config
        if horizontal_pod_autoscaling is not None:
            self._values["horizontal_pod_autoscaling"] = horizontal_pod_autoscaling
        if http_load_balancing is not None:
            self._values["http_load_balancing"] = http_load_balancing
        if istio_config is not None:
            self._values["istio_config"] = istio_config
        if kalm_config is not None:
            self._values["kalm_config"] = kalm_config
        if network_policy_config is not None:
            self._values["network_policy_config"] = network_policy_config
        if parallelstore_csi_driver_config is not None:
            self._values["parallelstore_csi_driver_config"] = parallelstore_csi_driver_config

    @builtins.property
    def cloudrun_config(
        self,
    ) -> typing.Optional["ContainerClusterSpecAddonsConfigCloudrunConfig"]:
        '''The status of the CloudRun addon.

        It is disabled by default. Set disabled = false to enable.

        :schema: ContainerClusterSpecAddonsConfig#cloudrunConfig
        '''
        result = self._values.get("cloudrun_config")
        return typing.cast(typing.Optional["ContainerClusterSpecAddonsConfigCloudrunConfig"], result)

    @builtins.property
    def config_connector_config(
        self,
    ) -> typing.Optional["ContainerClusterSpecAddonsConfigConfigConnectorConfig"]:
        '''The of the Config Connector addon.

        :schema: ContainerClusterSpecAddonsConfig#configConnectorConfig
        '''
        result = self._values.get("config_connector_config")
        return typing.cast(typing.Optional["ContainerClusterSpecAddonsConfigConfigConnectorConfig"], result)

    @builtins.property
    def dns_cache_config(
        self,
    ) -> typing.Optional["ContainerClusterSpecAddonsConfigDnsCacheConfig"]:
        '''The status of the NodeLocal DNSCache addon.

        It is disabled by default. Set enabled = true to enable.

        :schema: ContainerClusterSpecAddonsConfig#dnsCacheConfig
        '''
        result = self._values.get("dns_cache_config")
        return typing.cast(typing.Optional["ContainerClusterSpecAddonsConfigDnsCacheConfig"], result)

    @builtins.property
    def gce_persistent_disk_csi_driver_config(
        self,
    ) -> typing.Optional["ContainerClusterSpecAddonsConfigGcePersistentDiskCsiDriverConfig"]:
        '''Whether this cluster should enable the Google Compute Engine Persistent Disk Container Storage Interface (CSI) Driver.

        Set enabled = true to enable. The Compute Engine persistent disk CSI Driver is enabled by default on newly created clusters for the following versions: Linux clusters: GKE version 1.18.10-gke.2100 or later, or 1.19.3-gke.2100 or later.

        :schema: ContainerClusterSpecAddonsConfig#gcePersistentDiskCsiDriverConfig
        '''
        result = self._values.get("gce_persistent_disk_csi_driver_config")
        return typing.cast(typing.Optional["ContainerClusterSpecAddonsConfigGcePersistentDiskCsiDriverConfig"], result)

    @builtins.property
    def gcp_filestore_csi_driver_config(
        self,
    ) -> typing.Optional["ContainerClusterSpecAddonsConfigGcpFilestoreCsiDriverConfig"]:
        '''The status of the Filestore CSI driver addon, which allows the usage of filestore instance as volumes.

        Defaults to disabled; set enabled = true to enable.

        :default: disabled; set enabled = true to enable.

        :schema: ContainerClusterSpecAddonsConfig#gcpFilestoreCsiDriverConfig
        '''
        result = self._values.get("gcp_filestore_csi_driver_config")
        return typing.cast(typing.Optional["ContainerClusterSpecAddonsConfigGcpFilestoreCsiDriverConfig"], result)

    @builtins.property
    def gcs_fuse_csi_driver_config(
        self,
    ) -> typing.Optional["ContainerClusterSpecAddonsConfigGcsFuseCsiDriverConfig"]:
        '''The status of the GCS Fuse CSI driver addon, which allows the usage of GCS bucket as volumes.

        Defaults to disabled; set enabled = true to enable.

        :default: disabled; set enabled = true to enable.

        :schema: ContainerClusterSpecAddonsConfig#gcsFuseCsiDriverConfig
        '''
        result = self._values.get("gcs_fuse_csi_driver_config")
        return typing.cast(typing.Optional["ContainerClusterSpecAddonsConfigGcsFuseCsiDriverConfig"], result)

    @builtins.property
    def gke_backup_agent_config(
        self,
    ) -> typing.Optional["ContainerClusterSpecAddonsConfigGkeBackupAgentConfig"]:
        '''The status of the Backup for GKE Agent addon.

        It is disabled by default. Set enabled = true to enable.

        :schema: ContainerClusterSpecAddonsConfig#gkeBackupAgentConfig
        '''
        result = self._values.get("gke_backup_agent_config")
        return typing.cast(typing.Optional["ContainerClusterSpecAddonsConfigGkeBackupAgentConfig"], result)

    @builtins.property
    def horizontal_pod_autoscaling(
        self,
    ) -> typing.Optional["ContainerClusterSpecAddonsConfigHorizontalPodAutoscaling"]:
        '''The status of the Horizontal Pod Autoscaling addon, which increases or decreases the number of replica pods a replication controller has based on the resource usage of the existing pods.

        It ensures that a Heapster pod is running in the cluster, which is also used by the Cloud Monitoring service. It is enabled by default; set disabled = true to disable.

        :schema: ContainerClusterSpecAddonsConfig#horizontalPodAutoscaling
        '''
        result = self._values.get("horizontal_pod_autoscaling")
        return typing.cast(typing.Optional["ContainerClusterSpecAddonsConfigHorizontalPodAutoscaling"], result)

    @builtins.property
    def http_load_balancing(
        self,
    ) -> typing.Optional["ContainerClusterSpecAddonsConfigHttpLoadBalancing"]:
        '''The status of the HTTP (L7) load balancing controller addon, which makes it easy to set up HTTP load balancers for services in a cluster.

        It is enabled by default; set disabled = true to disable.

        :schema: ContainerClusterSpecAddonsConfig#httpLoadBalancing
        '''
        result = self._values.get("http_load_balancing")
        return typing.cast(typing.Optional["ContainerClusterSpecAddonsConfigHttpLoadBalancing"], result)

    @builtins.property
    def istio_config(
        self,
    ) -> typing.Optional["ContainerClusterSpecAddonsConfigIstioConfig"]:
        '''The status of the Istio addon.

        :schema: ContainerClusterSpecAddonsConfig#istioConfig
        '''
        result = self._values.get("istio_config")
        return typing.cast(typing.Optional["ContainerClusterSpecAddonsConfigIstioConfig"], result)

    @builtins.property
    def kalm_config(
        self,
    ) -> typing.Optional["ContainerClusterSpecAddonsConfigKalmConfig"]:
        '''Configuration for the KALM addon, which manages the lifecycle of k8s.

        It is disabled by default; Set enabled = true to enable.

        :schema: ContainerClusterSpecAddonsConfig#kalmConfig
        '''
        result = self._values.get("kalm_config")
        return typing.cast(typing.Optional["ContainerClusterSpecAddonsConfigKalmConfig"], result)

    @builtins.property
    def network_policy_config(
        self,
    ) -> typing.Optional["ContainerClusterSpecAddonsConfigNetworkPolicyConfig"]:
        '''Whether we should enable the network policy addon for the master.

        This must be enabled in order to enable network policy for the nodes. To enable this, you must also define a network_policy block, otherwise nothing will happen. It can only be disabled if the nodes already do not have network policies enabled. Defaults to disabled; set disabled = false to enable.

        :default: disabled; set disabled = false to enable.

        :schema: ContainerClusterSpecAddonsConfig#networkPolicyConfig
        '''
        result = self._values.get("network_policy_config")
        return typing.cast(typing.Optional["ContainerClusterSpecAddonsConfigNetworkPolicyConfig"], result)

    @builtins.property
    def parallelstore_csi_driver_config(
        self,
    ) -> typing.Optional["ContainerClusterSpecAddonsConfigParallelstoreCsiDriverConfig"]:
        '''The status of the Parallelstore CSI driver addon, which allows the usage of Parallelstore instance as volumes.

        Defaults to disabled; set enabled = true to enable.

        :default: disabled; set enabled = true to enable.

        :schema: ContainerClusterSpecAddonsConfig#parallelstoreCsiDriverConfig
        '''
        result = self._values.get("parallelstore_csi_driver_config")
        return typing.cast(typing.Optional["ContainerClusterSpecAddonsConfigParallelstoreCsiDriverConfig"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecAddonsConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecAddonsConfigCloudrunConfig",
    jsii_struct_bases=[],
    name_mapping={"disabled": "disabled", "load_balancer_type": "loadBalancerType"},
)
class ContainerClusterSpecAddonsConfigCloudrunConfig:
    def __init__(
        self,
        *,
        disabled: builtins.bool,
        load_balancer_type: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The status of the CloudRun addon.

        It is disabled by default. Set disabled = false to enable.

        :param disabled: 
        :param load_balancer_type: 

        :schema: ContainerClusterSpecAddonsConfigCloudrunConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a4835d174367608e2c07c8734fef572a598436000bf3b5d2f957ddb58e1bed7b)
            check_type(argname="argument disabled", value=disabled, expected_type=type_hints["disabled"])
            check_type(argname="argument load_balancer_type", value=load_balancer_type, expected_type=type_hints["load_balancer_type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "disabled": disabled,
        }
        if load_balancer_type is not None:
            self._values["load_balancer_type"] = load_balancer_type

    @builtins.property
    def disabled(self) -> builtins.bool:
        '''
        :schema: ContainerClusterSpecAddonsConfigCloudrunConfig#disabled
        '''
        result = self._values.get("disabled")
        assert result is not None, "Required property 'disabled' is missing"
        return typing.cast(builtins.bool, result)

    @builtins.property
    def load_balancer_type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ContainerClusterSpecAddonsConfigCloudrunConfig#loadBalancerType
        '''
        result = self._values.get("load_balancer_type")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecAddonsConfigCloudrunConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecAddonsConfigConfigConnectorConfig",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ContainerClusterSpecAddonsConfigConfigConnectorConfig:
    def __init__(self, *, enabled: builtins.bool) -> None:
        '''The of the Config Connector addon.

        :param enabled: 

        :schema: ContainerClusterSpecAddonsConfigConfigConnectorConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a8a6fde6c8e342bf61ae55791d5f3754a6f607c97829d7ad624deded6fdb7bac)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "enabled": enabled,
        }

    @builtins.property
    def enabled(self) -> builtins.bool:
        '''
        :schema: ContainerClusterSpecAddonsConfigConfigConnectorConfig#enabled
        '''
        result = self._values.get("enabled")
        assert result is not None, "Required property 'enabled' is missing"
        return typing.cast(builtins.bool, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecAddonsConfigConfigConnectorConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecAddonsConfigDnsCacheConfig",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ContainerClusterSpecAddonsConfigDnsCacheConfig:
    def __init__(self, *, enabled: builtins.bool) -> None:
        '''The status of the NodeLocal DNSCache addon.

        It is disabled by default. Set enabled = true to enable.

        :param enabled: 

        :schema: ContainerClusterSpecAddonsConfigDnsCacheConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d30fcff23112b5a4671d2fc1039ecbd6dd3d31b470aa0910d375a361e14678cd)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "enabled": enabled,
        }

    @builtins.property
    def enabled(self) -> builtins.bool:
        '''
        :schema: ContainerClusterSpecAddonsConfigDnsCacheConfig#enabled
        '''
        result = self._values.get("enabled")
        assert result is not None, "Required property 'enabled' is missing"
        return typing.cast(builtins.bool, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecAddonsConfigDnsCacheConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecAddonsConfigGcePersistentDiskCsiDriverConfig",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ContainerClusterSpecAddonsConfigGcePersistentDiskCsiDriverConfig:
    def __init__(self, *, enabled: builtins.bool) -> None:
        '''Whether this cluster should enable the Google Compute Engine Persistent Disk Container Storage Interface (CSI) Driver.

        Set enabled = true to enable. The Compute Engine persistent disk CSI Driver is enabled by default on newly created clusters for the following versions: Linux clusters: GKE version 1.18.10-gke.2100 or later, or 1.19.3-gke.2100 or later.

        :param enabled: 

        :schema: ContainerClusterSpecAddonsConfigGcePersistentDiskCsiDriverConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__38658a9ae9e3b40666fc4f588dedead7f4a46519dcd012b901a64429a06b8246)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "enabled": enabled,
        }

    @builtins.property
    def enabled(self) -> builtins.bool:
        '''
        :schema: ContainerClusterSpecAddonsConfigGcePersistentDiskCsiDriverConfig#enabled
        '''
        result = self._values.get("enabled")
        assert result is not None, "Required property 'enabled' is missing"
        return typing.cast(builtins.bool, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecAddonsConfigGcePersistentDiskCsiDriverConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecAddonsConfigGcpFilestoreCsiDriverConfig",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ContainerClusterSpecAddonsConfigGcpFilestoreCsiDriverConfig:
    def __init__(self, *, enabled: builtins.bool) -> None:
        '''The status of the Filestore CSI driver addon, which allows the usage of filestore instance as volumes.

        Defaults to disabled; set enabled = true to enable.

        :param enabled: 

        :default: disabled; set enabled = true to enable.

        :schema: ContainerClusterSpecAddonsConfigGcpFilestoreCsiDriverConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__972122d4d94c46d2041458f21ed1360ec34f31aa41f255e0766c9e693c8403c4)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "enabled": enabled,
        }

    @builtins.property
    def enabled(self) -> builtins.bool:
        '''
        :schema: ContainerClusterSpecAddonsConfigGcpFilestoreCsiDriverConfig#enabled
        '''
        result = self._values.get("enabled")
        assert result is not None, "Required property 'enabled' is missing"
        return typing.cast(builtins.bool, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecAddonsConfigGcpFilestoreCsiDriverConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecAddonsConfigGcsFuseCsiDriverConfig",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ContainerClusterSpecAddonsConfigGcsFuseCsiDriverConfig:
    def __init__(self, *, enabled: builtins.bool) -> None:
        '''The status of the GCS Fuse CSI driver addon, which allows the usage of GCS bucket as volumes.

        Defaults to disabled; set enabled = true to enable.

        :param enabled: 

        :default: disabled; set enabled = true to enable.

        :schema: ContainerClusterSpecAddonsConfigGcsFuseCsiDriverConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f43f30c804b699e2491e195bd766eb80e0ce36afd31e2d888558bd0ad0edcec1)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "enabled": enabled,
        }

    @builtins.property
    def enabled(self) -> builtins.bool:
        '''
        :schema: ContainerClusterSpecAddonsConfigGcsFuseCsiDriverConfig#enabled
        '''
        result = self._values.get("enabled")
        assert result is not None, "Required property 'enabled' is missing"
        return typing.cast(builtins.bool, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecAddonsConfigGcsFuseCsiDriverConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecAddonsConfigGkeBackupAgentConfig",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ContainerClusterSpecAddonsConfigGkeBackupAgentConfig:
    def __init__(self, *, enabled: builtins.bool) -> None:
        '''The status of the Backup for GKE Agent addon.

        It is disabled by default. Set enabled = true to enable.

        :param enabled: 

        :schema: ContainerClusterSpecAddonsConfigGkeBackupAgentConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bb6d3d99f89ccdb07c429b863c38a69e7f690bdabf9fabcc5d221a04060529c1)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "enabled": enabled,
        }

    @builtins.property
    def enabled(self) -> builtins.bool:
        '''
        :schema: ContainerClusterSpecAddonsConfigGkeBackupAgentConfig#enabled
        '''
        result = self._values.get("enabled")
        assert result is not None, "Required property 'enabled' is missing"
        return typing.cast(builtins.bool, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecAddonsConfigGkeBackupAgentConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecAddonsConfigHorizontalPodAutoscaling",
    jsii_struct_bases=[],
    name_mapping={"disabled": "disabled"},
)
class ContainerClusterSpecAddonsConfigHorizontalPodAutoscaling:
    def __init__(self, *, disabled: builtins.bool) -> None:
        '''The status of the Horizontal Pod Autoscaling addon, which increases or decreases the number of replica pods a replication controller has based on the resource usage of the existing pods.

        It ensures that a Heapster pod is running in the cluster, which is also used by the Cloud Monitoring service. It is enabled by default; set disabled = true to disable.

        :param disabled: 

        :schema: ContainerClusterSpecAddonsConfigHorizontalPodAutoscaling
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7cb7f78c406bea43b4a993c11f8431abd3252c95dec8a3b1298d3a49033198ec)
            check_type(argname="argument disabled", value=disabled, expected_type=type_hints["disabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "disabled": disabled,
        }

    @builtins.property
    def disabled(self) -> builtins.bool:
        '''
        :schema: ContainerClusterSpecAddonsConfigHorizontalPodAutoscaling#disabled
        '''
        result = self._values.get("disabled")
        assert result is not None, "Required property 'disabled' is missing"
        return typing.cast(builtins.bool, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecAddonsConfigHorizontalPodAutoscaling(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecAddonsConfigHttpLoadBalancing",
    jsii_struct_bases=[],
    name_mapping={"disabled": "disabled"},
)
class ContainerClusterSpecAddonsConfigHttpLoadBalancing:
    def __init__(self, *, disabled: builtins.bool) -> None:
        '''The status of the HTTP (L7) load balancing controller addon, which makes it easy to set up HTTP load balancers for services in a cluster.

        It is enabled by default; set disabled = true to disable.

        :param disabled: 

        :schema: ContainerClusterSpecAddonsConfigHttpLoadBalancing
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__52898dae631db0593af08cb2b7fd0fccaefe9abd080d20824f0ff26578536733)
            check_type(argname="argument disabled", value=disabled, expected_type=type_hints["disabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "disabled": disabled,
        }

    @builtins.property
    def disabled(self) -> builtins.bool:
        '''
        :schema: ContainerClusterSpecAddonsConfigHttpLoadBalancing#disabled
        '''
        result = self._values.get("disabled")
        assert result is not None, "Required property 'disabled' is missing"
        return typing.cast(builtins.bool, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecAddonsConfigHttpLoadBalancing(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecAddonsConfigIstioConfig",
    jsii_struct_bases=[],
    name_mapping={"disabled": "disabled", "auth": "auth"},
)
class ContainerClusterSpecAddonsConfigIstioConfig:
    def __init__(
        self,
        *,
        disabled: builtins.bool,
        auth: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The status of the Istio addon.

        :param disabled: The status of the Istio addon, which makes it easy to set up Istio for services in a cluster. It is disabled by default. Set disabled = false to enable.
        :param auth: The authentication type between services in Istio. Available options include AUTH_MUTUAL_TLS.

        :schema: ContainerClusterSpecAddonsConfigIstioConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__170cd365901d577a0d8175bcce26e77352c7591b3b5fc0653f2149e681b41001)
            check_type(argname="argument disabled", value=disabled, expected_type=type_hints["disabled"])
            check_type(argname="argument auth", value=auth, expected_type=type_hints["auth"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "disabled": disabled,
        }
        if auth is not None:
            self._values["auth"] = auth

    @builtins.property
    def disabled(self) -> builtins.bool:
        '''The status of the Istio addon, which makes it easy to set up Istio for services in a cluster.

        It is disabled by default. Set disabled = false to enable.

        :schema: ContainerClusterSpecAddonsConfigIstioConfig#disabled
        '''
        result = self._values.get("disabled")
        assert result is not None, "Required property 'disabled' is missing"
        return typing.cast(builtins.bool, result)

    @builtins.property
    def auth(self) -> typing.Optional[builtins.str]:
        '''The authentication type between services in Istio.

        Available options include AUTH_MUTUAL_TLS.

        :schema: ContainerClusterSpecAddonsConfigIstioConfig#auth
        '''
        result = self._values.get("auth")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecAddonsConfigIstioConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecAddonsConfigKalmConfig",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ContainerClusterSpecAddonsConfigKalmConfig:
    def __init__(self, *, enabled: builtins.bool) -> None:
        '''Configuration for the KALM addon, which manages the lifecycle of k8s.

        It is disabled by default; Set enabled = true to enable.

        :param enabled: 

        :schema: ContainerClusterSpecAddonsConfigKalmConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__98e712d58fc6df39f6fd6e31a799a26ceec528c9d9f512c3aab2d292c7f440b5)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "enabled": enabled,
        }

    @builtins.property
    def enabled(self) -> builtins.bool:
        '''
        :schema: ContainerClusterSpecAddonsConfigKalmConfig#enabled
        '''
        result = self._values.get("enabled")
        assert result is not None, "Required property 'enabled' is missing"
        return typing.cast(builtins.bool, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecAddonsConfigKalmConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecAddonsConfigNetworkPolicyConfig",
    jsii_struct_bases=[],
    name_mapping={"disabled": "disabled"},
)
class ContainerClusterSpecAddonsConfigNetworkPolicyConfig:
    def __init__(self, *, disabled: builtins.bool) -> None:
        '''Whether we should enable the network policy addon for the master.

        This must be enabled in order to enable network policy for the nodes. To enable this, you must also define a network_policy block, otherwise nothing will happen. It can only be disabled if the nodes already do not have network policies enabled. Defaults to disabled; set disabled = false to enable.

        :param disabled: 

        :default: disabled; set disabled = false to enable.

        :schema: ContainerClusterSpecAddonsConfigNetworkPolicyConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__50a01b2070b4e142acfd05dd575af9d4a17dfdd65638b3eda6178052f6fa248b)
            check_type(argname="argument disabled", value=disabled, expected_type=type_hints["disabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "disabled": disabled,
        }

    @builtins.property
    def disabled(self) -> builtins.bool:
        '''
        :schema: ContainerClusterSpecAddonsConfigNetworkPolicyConfig#disabled
        '''
        result = self._values.get("disabled")
        assert result is not None, "Required property 'disabled' is missing"
        return typing.cast(builtins.bool, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecAddonsConfigNetworkPolicyConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecAddonsConfigParallelstoreCsiDriverConfig",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ContainerClusterSpecAddonsConfigParallelstoreCsiDriverConfig:
    def __init__(self, *, enabled: builtins.bool) -> None:
        '''The status of the Parallelstore CSI driver addon, which allows the usage of Parallelstore instance as volumes.

        Defaults to disabled; set enabled = true to enable.

        :param enabled: 

        :default: disabled; set enabled = true to enable.

        :schema: ContainerClusterSpecAddonsConfigParallelstoreCsiDriverConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9229c6bdebefeba6f3251151869811a6f5166951b142be04109fed3bcafd2524)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "enabled": enabled,
        }

    @builtins.property
    def enabled(self) -> builtins.bool:
        '''
        :schema: ContainerClusterSpecAddonsConfigParallelstoreCsiDriverConfig#enabled
        '''
        result = self._values.get("enabled")
        assert result is not None, "Required property 'enabled' is missing"
        return typing.cast(builtins.bool, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecAddonsConfigParallelstoreCsiDriverConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecAuthenticatorGroupsConfig",
    jsii_struct_bases=[],
    name_mapping={"security_group": "securityGroup"},
)
class ContainerClusterSpecAuthenticatorGroupsConfig:
    def __init__(self, *, security_group: builtins.str) -> None:
        '''Configuration for the Google Groups for GKE feature.

        :param security_group: The name of the RBAC security group for use with Google security groups in Kubernetes RBAC. Group name must be in format gke-security-groups@yourdomain.com.

        :schema: ContainerClusterSpecAuthenticatorGroupsConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__38f20797b645dfbd4993607c4c498e64fac670d93a9ea8c69d9d85a2a6f92b4b)
            check_type(argname="argument security_group", value=security_group, expected_type=type_hints["security_group"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "security_group": security_group,
        }

    @builtins.property
    def security_group(self) -> builtins.str:
        '''The name of the RBAC security group for use with Google security groups in Kubernetes RBAC.

        Group name must be in format gke-security-groups@yourdomain.com.

        :schema: ContainerClusterSpecAuthenticatorGroupsConfig#securityGroup
        '''
        result = self._values.get("security_group")
        assert result is not None, "Required property 'security_group' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecAuthenticatorGroupsConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecBinaryAuthorization",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled", "evaluation_mode": "evaluationMode"},
)
class ContainerClusterSpecBinaryAuthorization:
    def __init__(
        self,
        *,
        enabled: typing.Optional[builtins.bool] = None,
        evaluation_mode: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Configuration options for the Binary Authorization feature.

        :param enabled: DEPRECATED. Deprecated in favor of evaluation_mode. Enable Binary Authorization for this cluster.
        :param evaluation_mode: Mode of operation for Binary Authorization policy evaluation.

        :schema: ContainerClusterSpecBinaryAuthorization
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3ae954deed1726f4323dfdf87ef50c604af02b1ffe1d678bc58449a9cb10090d)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument evaluation_mode", value=evaluation_mode, expected_type=type_hints["evaluation_mode"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled
        if evaluation_mode is not None:
            self._values["evaluation_mode"] = evaluation_mode

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''DEPRECATED.

        Deprecated in favor of evaluation_mode. Enable Binary Authorization for this cluster.

        :schema: ContainerClusterSpecBinaryAuthorization#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def evaluation_mode(self) -> typing.Optional[builtins.str]:
        '''Mode of operation for Binary Authorization policy evaluation.

        :schema: ContainerClusterSpecBinaryAuthorization#evaluationMode
        '''
        result = self._values.get("evaluation_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecBinaryAuthorization(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecClusterAutoscaling",
    jsii_struct_bases=[],
    name_mapping={
        "auto_provisioning_defaults": "autoProvisioningDefaults",
        "autoscaling_profile": "autoscalingProfile",
        "default_compute_class_config": "defaultComputeClassConfig",
        "enabled": "enabled",
        "resource_limits": "resourceLimits",
    },
)
class ContainerClusterSpecClusterAutoscaling:
    def __init__(
        self,
        *,
        auto_provisioning_defaults: typing.Optional[typing.Union["ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaults", typing.Dict[builtins.str, typing.Any]]] = None,
        autoscaling_profile: typing.Optional[builtins.str] = None,
        default_compute_class_config: typing.Optional[typing.Union["ContainerClusterSpecClusterAutoscalingDefaultComputeClassConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        enabled: typing.Optional[builtins.bool] = None,
        resource_limits: typing.Optional[typing.Sequence[typing.Union["ContainerClusterSpecClusterAutoscalingResourceLimits", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Per-cluster configuration of Node Auto-Provisioning with Cluster Autoscaler to automatically adjust the size of the cluster and create/delete node pools based on the current needs of the cluster's workload.

        See the guide to using Node Auto-Provisioning for more details.

        :param auto_provisioning_defaults: Contains defaults for a node pool created by NAP.
        :param autoscaling_profile: Configuration options for the Autoscaling profile feature, which lets you choose whether the cluster autoscaler should optimize for resource utilization or resource availability when deciding to remove nodes from a cluster. Can be BALANCED or OPTIMIZE_UTILIZATION. Defaults to BALANCED. Default: BALANCED.
        :param default_compute_class_config: Default compute class is a configuration for default compute class.
        :param enabled: Whether node auto-provisioning is enabled. Resource limits for cpu and memory must be defined to enable node auto-provisioning.
        :param resource_limits: Global constraints for machine resources in the cluster. Configuring the cpu and memory types is required if node auto-provisioning is enabled. These limits will apply to node pool autoscaling in addition to node auto-provisioning.

        :schema: ContainerClusterSpecClusterAutoscaling
        '''
        if isinstance(auto_provisioning_defaults, dict):
            auto_provisioning_defaults = ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaults(**auto_provisioning_defaults)
        if isinstance(default_compute_class_config, dict):
            default_compute_class_config = ContainerClusterSpecClusterAutoscalingDefaultComputeClassConfig(**default_compute_class_config)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b63744aee6f183d1f392f7f5ccd5cfabaa0ccdc41ac6de97d4f8e9fad9673763)
            check_type(argname="argument auto_provisioning_defaults", value=auto_provisioning_defaults, expected_type=type_hints["auto_provisioning_defaults"])
            check_type(argname="argument autoscaling_profile", value=autoscaling_profile, expected_type=type_hints["autoscaling_profile"])
            check_type(argname="argument default_compute_class_config", value=default_compute_class_config, expected_type=type_hints["default_compute_class_config"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument resource_limits", value=resource_limits, expected_type=type_hints["resource_limits"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if auto_provisioning_defaults is not None:
            self._values["auto_provisioning_defaults"] = auto_provisioning_defaults
        if autoscaling_profile is not None:
            self._values["autoscaling_profile"] = autoscaling_profile
        if default_compute_class_config is not None:
            self._values["default_compute_class_config"] = default_compute_class_config
        if enabled is not None:
            self._values["enabled"] = enabled
        if resource_limits is not None:
            self._values["resource_limits"] = resource_limits

    @builtins.property
    def auto_provisioning_defaults(
        self,
    ) -> typing.Optional["ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaults"]:
        '''Contains defaults for a node pool created by NAP.

        :schema: ContainerClusterSpecClusterAutoscaling#autoProvisioningDefaults
        '''
        result = self._values.get("auto_provisioning_defaults")
        return typing.cast(typing.Optional["ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaults"], result)

    @builtins.property
    def autoscaling_profile(self) -> typing.Optional[builtins.str]:
        '''Configuration options for the Autoscaling profile feature, which lets you choose whether the cluster autoscaler should optimize for resource utilization or resource availability when deciding to remove nodes from a cluster.

        Can be BALANCED or OPTIMIZE_UTILIZATION. Defaults to BALANCED.

        :default: BALANCED.

        :schema: ContainerClusterSpecClusterAutoscaling#autoscalingProfile
        '''
        result = self._values.get("autoscaling_profile")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def default_compute_class_config(
        self,
    ) -> typing.Optional["ContainerClusterSpecClusterAutoscalingDefaultComputeClassConfig"]:
        '''Default compute class is a configuration for default compute class.

        :schema: ContainerClusterSpecClusterAutoscaling#defaultComputeClassConfig
        '''
        result = self._values.get("default_compute_class_config")
        return typing.cast(typing.Optional["ContainerClusterSpecClusterAutoscalingDefaultComputeClassConfig"], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Whether node auto-provisioning is enabled.

        Resource limits for cpu and memory must be defined to enable node auto-provisioning.

        :schema: ContainerClusterSpecClusterAutoscaling#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def resource_limits(
        self,
    ) -> typing.Optional[typing.List["ContainerClusterSpecClusterAutoscalingResourceLimits"]]:
        '''Global constraints for machine resources in the cluster.

        Configuring the cpu and memory types is required if node auto-provisioning is enabled. These limits will apply to node pool autoscaling in addition to node auto-provisioning.

        :schema: ContainerClusterSpecClusterAutoscaling#resourceLimits
        '''
        result = self._values.get("resource_limits")
        return typing.cast(typing.Optional[typing.List["ContainerClusterSpecClusterAutoscalingResourceLimits"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecClusterAutoscaling(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaults",
    jsii_struct_bases=[],
    name_mapping={
        "boot_disk_kms_key_ref": "bootDiskKmsKeyRef",
        "disk_size": "diskSize",
        "image_type": "imageType",
        "management": "management",
        "min_cpu_platform": "minCpuPlatform",
        "oauth_scopes": "oauthScopes",
        "service_account_ref": "serviceAccountRef",
        "shielded_instance_config": "shieldedInstanceConfig",
        "upgrade_settings": "upgradeSettings",
    },
)
class ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaults:
    def __init__(
        self,
        *,
        boot_disk_kms_key_ref: typing.Optional[typing.Union["ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsBootDiskKmsKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        disk_size: typing.Optional[jsii.Number] = None,
        image_type: typing.Optional[builtins.str] = None,
        management: typing.Optional[typing.Union["ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsManagement", typing.Dict[builtins.str, typing.Any]]] = None,
        min_cpu_platform: typing.Optional[builtins.str] = None,
        oauth_scopes: typing.Optional[typing.Sequence[builtins.str]] = None,
        service_account_ref: typing.Optional[typing.Union["ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsServiceAccountRef", typing.Dict[builtins.str, typing.Any]]] = None,
        shielded_instance_config: typing.Optional[typing.Union["ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsShieldedInstanceConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        upgrade_settings: typing.Optional[typing.Union["ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsUpgradeSettings", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Contains defaults for a node pool created by NAP.

        :param boot_disk_kms_key_ref: Immutable. The Customer Managed Encryption Key used to encrypt the boot disk attached to each node in the node pool.
        :param disk_size: Size of the disk attached to each node, specified in GB. The smallest allowed disk size is 10GB.
        :param image_type: The default image type used by NAP once a new node pool is being created.
        :param management: NodeManagement configuration for this NodePool.
        :param min_cpu_platform: Minimum CPU platform to be used by this instance. The instance may be scheduled on the specified or newer CPU platform. Applicable values are the friendly names of CPU platforms, such as Intel Haswell.
        :param oauth_scopes: Scopes that are used by NAP when creating node pools.
        :param service_account_ref: 
        :param shielded_instance_config: Shielded Instance options.
        :param upgrade_settings: Specifies the upgrade settings for NAP created node pools.

        :schema: ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaults
        '''
        if isinstance(boot_disk_kms_key_ref, dict):
            boot_disk_kms_key_ref = ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsBootDiskKmsKeyRef(**boot_disk_kms_key_ref)
        if isinstance(management, dict):
            management = ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsManagement(**management)
        if isinstance(service_account_ref, dict):
            service_account_ref = ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsServiceAccountRef(**service_account_ref)
        if isinstance(shielded_instance_config, dict):
            shielded_instance_config = ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsShieldedInstanceConfig(**shielded_instance_config)
        if isinstance(upgrade_settings, dict):
            upgrade_settings = ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsUpgradeSettings(**upgrade_settings)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__023ad283891576f1d706d6f7cd656b1e52eea4bf41c2e94ba925c8c8e6e21ff8)
            check_type(argname="argument boot_disk_kms_key_ref", value=boot_disk_kms_key_ref, expected_type=type_hints["boot_disk_kms_key_ref"])
            check_type(argname="argument disk_size", value=disk_size, expected_type=type_hints["disk_size"])
            check_type(argname="argument image_type", value=image_type, expected_type=type_hints["image_type"])
            check_type(argname="argument management", value=management, expected_type=type_hints["management"])
            check_type(argname="argument min_cpu_platform", value=min_cpu_platform, expected_type=type_hints["min_cpu_platform"])
            check_type(argname="argument oauth_scopes", value=oauth_scopes, expected_type=type_hints["oauth_scopes"])
            check_type(argname="argument service_account_ref", value=service_account_ref, expected_type=type_hints["service_account_ref"])
            check_type(argname="argument shielded_instance_config", value=shielded_instance_config, expected_type=type_hints["shielded_instance_config"])
            check_type(argname="argument upgrade_settings", value=upgrade_settings, expected_type=type_hints["upgrade_settings"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if boot_disk_kms_key_ref is not None:
            self._values["boot_disk_kms_key_ref"] = boot_disk_kms_key_ref
        if disk_size is not None:
            self._values["disk_size"] = disk_size
        if image_type is not None:
            self._values["image_type"] = image_type
        if management is not None:
            self._values["management"] = management
        if min_cpu_platform is not None:
            self._values["min_cpu_platform"] = min_cpu_platform
        if oauth_scopes is not None:
            self._values["oauth_scopes"] = oauth_scopes
        if service_account_ref is not None:
            self._values["service_account_ref"] = service_account_ref
        if shielded_instance_config is not None:
            self._values["shielded_instance_config"] = shielded_instance_config
        if upgrade_settings is not None:
            self._values["upgrade_settings"] = upgrade_settings

    @builtins.property
    def boot_disk_kms_key_ref(
        self,
    ) -> typing.Optional["ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsBootDiskKmsKeyRef"]:
        '''Immutable.

        The Customer Managed Encryption Key used to encrypt the boot disk attached to each node in the node pool.

        :schema: ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaults#bootDiskKMSKeyRef
        '''
        result = self._values.get("boot_disk_kms_key_ref")
        return typing.cast(typing.Optional["ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsBootDiskKmsKeyRef"], result)

    @builtins.property
    def disk_size(self) -> typing.Optional[jsii.Number]:
        '''Size of the disk attached to each node, specified in GB.

        The smallest allowed disk size is 10GB.

        :schema: ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaults#diskSize
        '''
        result = self._values.get("disk_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def image_type(self) -> typing.Optional[builtins.str]:
        '''The default image type used by NAP once a new node pool is being created.

        :schema: ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaults#imageType
        '''
        result = self._values.get("image_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def management(
        self,
    ) -> typing.Optional["ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsManagement"]:
        '''NodeManagement configuration for this NodePool.

        :schema: ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaults#management
        '''
        result = self._values.get("management")
        return typing.cast(typing.Optional["ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsManagement"], result)

    @builtins.property
    def min_cpu_platform(self) -> typing.Optional[builtins.str]:
        '''Minimum CPU platform to be used by this instance.

        The instance may be scheduled on the specified or newer CPU platform. Applicable values are the friendly names of CPU platforms, such as Intel Haswell.

        :schema: ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaults#minCpuPlatform
        '''
        result = self._values.get("min_cpu_platform")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def oauth_scopes(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Scopes that are used by NAP when creating node pools.

        :schema: ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaults#oauthScopes
        '''
        result = self._values.get("oauth_scopes")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def service_account_ref(
        self,
    ) -> typing.Optional["ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsServiceAccountRef"]:
        '''
        :schema: ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaults#serviceAccountRef
        '''
        result = self._values.get("service_account_ref")
        return typing.cast(typing.Optional["ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsServiceAccountRef"], result)

    @builtins.property
    def shielded_instance_config(
        self,
    ) -> typing.Optional["ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsShieldedInstanceConfig"]:
        '''Shielded Instance options.

        :schema: ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaults#shieldedInstanceConfig
        '''
        result = self._values.get("shielded_instance_config")
        return typing.cast(typing.Optional["ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsShieldedInstanceConfig"], result)

    @builtins.property
    def upgrade_settings(
        self,
    ) -> typing.Optional["ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsUpgradeSettings"]:
        '''Specifies the upgrade settings for NAP created node pools.

        :schema: ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaults#upgradeSettings
        '''
        result = self._values.get("upgrade_settings")
        return typing.cast(typing.Optional["ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsUpgradeSettings"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaults(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsBootDiskKmsKeyRef",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsBootDiskKmsKeyRef:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Immutable.

        The Customer Managed Encryption Key used to encrypt the boot disk attached to each node in the node pool.

        :param external: A reference to an externally managed KMSCryptoKey. Should be in the format ``projects/[kms_project_id]/locations/[region]/keyRings/[key_ring_id]/cryptoKeys/[key]``.
        :param name: The ``name`` of a ``KMSCryptoKey`` resource.
        :param namespace: The ``namespace`` of a ``KMSCryptoKey`` resource.

        :schema: ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsBootDiskKmsKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__15da8b9f9e660b9a4f269d5a9ece8c5f5d33fea346ae49138f22a329b2e90337)
            check_type(argname="argument external", value=external, expected_type=type_hints["external"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if external is not None:
            self._values["external"] = external
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def external(self) -> typing.Optional[builtins.str]:
        '''A reference to an externally managed KMSCryptoKey.

        Should be in the format ``projects/[kms_project_id]/locations/[region]/keyRings/[key_ring_id]/cryptoKeys/[key]``.

        :schema: ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsBootDiskKmsKeyRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The ``name`` of a ``KMSCryptoKey`` resource.

        :schema: ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsBootDiskKmsKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The ``namespace`` of a ``KMSCryptoKey`` resource.

        :schema: ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsBootDiskKmsKeyRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsBootDiskKmsKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsManagement",
    jsii_struct_bases=[],
    name_mapping={
        "auto_repair": "autoRepair",
        "auto_upgrade": "autoUpgrade",
        "upgrade_options": "upgradeOptions",
    },
)
class ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsManagement:
    def __init__(
        self,
        *,
        auto_repair: typing.Optional[builtins.bool] = None,
        auto_upgrade: typing.Optional[builtins.bool] = None,
        upgrade_options: typing.Optional[typing.Sequence[typing.Union["ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsManagementUpgradeOptions", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''NodeManagement configuration for this NodePool.

        :param auto_repair: Specifies whether the node auto-repair is enabled for the node pool. If enabled, the nodes in this node pool will be monitored and, if they fail health checks too many times, an automatic repair action will be triggered.
        :param auto_upgrade: Specifies whether node auto-upgrade is enabled for the node pool. If enabled, node auto-upgrade helps keep the nodes in your node pool up to date with the latest release version of Kubernetes.
        :param upgrade_options: Specifies the Auto Upgrade knobs for the node pool.

        :schema: ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsManagement
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cd0f02db50c89c8e607d30a91ff7501bc122a83c645274d6a0f34c2448bb1422)
            check_type(argname="argument auto_repair", value=auto_repair, expected_type=type_hints["auto_repair"])
            check_type(argname="argument auto_upgrade", value=auto_upgrade, expected_type=type_hints["auto_upgrade"])
            check_type(argname="argument upgrade_options", value=upgrade_options, expected_type=type_hints["upgrade_options"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if auto_repair is not None:
            self._values["auto_repair"] = auto_repair
        if auto_upgrade is not None:
            self._values["auto_upgrade"] = auto_upgrade
        if upgrade_options is not None:
            self._values["upgrade_options"] = upgrade_options

    @builtins.property
    def auto_repair(self) -> typing.Optional[builtins.bool]:
        '''Specifies whether the node auto-repair is enabled for the node pool.

        If enabled, the nodes in this node pool will be monitored and, if they fail health checks too many times, an automatic repair action will be triggered.

        :schema: ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsManagement#autoRepair
        '''
        result = self._values.get("auto_repair")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def auto_upgrade(self) -> typing.Optional[builtins.bool]:
        '''Specifies whether node auto-upgrade is enabled for the node pool.

        If enabled, node auto-upgrade helps keep the nodes in your node pool up to date with the latest release version of Kubernetes.

        :schema: ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsManagement#autoUpgrade
        '''
        result = self._values.get("auto_upgrade")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def upgrade_options(
        self,
    ) -> typing.Optional[typing.List["ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsManagementUpgradeOptions"]]:
        '''Specifies the Auto Upgrade knobs for the node pool.

        :schema: ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsManagement#upgradeOptions
        '''
        result = self._values.get("upgrade_options")
        return typing.cast(typing.Optional[typing.List["ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsManagementUpgradeOptions"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsManagement(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsManagementUpgradeOptions",
    jsii_struct_bases=[],
    name_mapping={
        "auto_upgrade_start_time": "autoUpgradeStartTime",
        "description": "description",
    },
)
class ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsManagementUpgradeOptions:
    def __init__(
        self,
        *,
        auto_upgrade_start_time: typing.Optional[builtins.str] = None,
        description: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param auto_upgrade_start_time: This field is set when upgrades are about to commence with the approximate start time for the upgrades, in RFC3339 text format.
        :param description: This field is set when upgrades are about to commence with the description of the upgrade.

        :schema: ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsManagementUpgradeOptions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6ea2a987f0f1da0ff176faa062cad85038f47b6bf308dbc4689660613630ebfa)
            check_type(argname="argument auto_upgrade_start_time", value=auto_upgrade_start_time, expected_type=type_hints["auto_upgrade_start_time"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if auto_upgrade_start_time is not None:
            self._values["auto_upgrade_start_time"] = auto_upgrade_start_time
        if description is not None:
            self._values["description"] = description

    @builtins.property
    def auto_upgrade_start_time(self) -> typing.Optional[builtins.str]:
        '''This field is set when upgrades are about to commence with the approximate start time for the upgrades, in RFC3339 text format.

        :schema: ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsManagementUpgradeOptions#autoUpgradeStartTime
        '''
        result = self._values.get("auto_upgrade_start_time")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''This field is set when upgrades are about to commence with the description of the upgrade.

        :schema: ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsManagementUpgradeOptions#description
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsManagementUpgradeOptions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsServiceAccountRef",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsServiceAccountRef:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param external: The ``email`` field of an ``IAMServiceAccount`` resource.
        :param name: Name of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
        :param namespace: Namespace of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/

        :schema: ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsServiceAccountRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__47712f513f5f4b4c5b620438d508cea8af10bbb7aac5817142794b5702d975d8)
            check_type(argname="argument external", value=external, expected_type=type_hints["external"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if external is not None:
            self._values["external"] = external
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def external(self) -> typing.Optional[builtins.str]:
        '''The ``email`` field of an ``IAMServiceAccount`` resource.

        :schema: ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsServiceAccountRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the referent.

        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names

        :schema: ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsServiceAccountRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the referent.

        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/

        :schema: ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsServiceAccountRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsServiceAccountRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsShieldedInstanceConfig",
    jsii_struct_bases=[],
    name_mapping={
        "enable_integrity_monitoring": "enableIntegrityMonitoring",
        "enable_secure_boot": "enableSecureBoot",
    },
)
class ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsShieldedInstanceConfig:
    def __init__(
        self,
        *,
        enable_integrity_monitoring: typing.Optional[builtins.bool] = None,
        enable_secure_boot: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''Shielded Instance options.

        :param enable_integrity_monitoring: Immutable. Defines whether the instance has integrity monitoring enabled.
        :param enable_secure_boot: Immutable. Defines whether the instance has Secure Boot enabled.

        :schema: ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsShieldedInstanceConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__68b2a05e2424bf1b2f7b80e7592c3dd8ea2d23e696e93c9d6f3f3fa1bc2c3d80)
            check_type(argname="argument enable_integrity_monitoring", value=enable_integrity_monitoring, expected_type=type_hints["enable_integrity_monitoring"])
            check_type(argname="argument enable_secure_boot", value=enable_secure_boot, expected_type=type_hints["enable_secure_boot"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enable_integrity_monitoring is not None:
            self._values["enable_integrity_monitoring"] = enable_integrity_monitoring
        if enable_secure_boot is not None:
            self._values["enable_secure_boot"] = enable_secure_boot

    @builtins.property
    def enable_integrity_monitoring(self) -> typing.Optional[builtins.bool]:
        '''Immutable.

        Defines whether the instance has integrity monitoring enabled.

        :schema: ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsShieldedInstanceConfig#enableIntegrityMonitoring
        '''
        result = self._values.get("enable_integrity_monitoring")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def enable_secure_boot(self) -> typing.Optional[builtins.bool]:
        '''Immutable.

        Defines whether the instance has Secure Boot enabled.

        :schema: ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsShieldedInstanceConfig#enableSecureBoot
        '''
        result = self._values.get("enable_secure_boot")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsShieldedInstanceConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsUpgradeSettings",
    jsii_struct_bases=[],
    name_mapping={
        "blue_green_settings": "blueGreenSettings",
        "max_surge": "maxSurge",
        "max_unavailable": "maxUnavailable",
        "strategy": "strategy",
    },
)
class ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsUpgradeSettings:
    def __init__(
        self,
        *,
        blue_green_settings: typing.Optional[typing.Union["ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsUpgradeSettingsBlueGreenSettings", typing.Dict[builtins.str, typing.Any]]] = None,
        max_surge: typing.Optional[jsii.Number] = None,
        max_unavailable: typing.Optional[jsii.Number] = None,
        strategy: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Specifies the upgrade settings for NAP created node pools.

        :param blue_green_settings: Settings for blue-green upgrade strategy.
        :param max_surge: The maximum number of nodes that can be created beyond the current size of the node pool during the upgrade process.
        :param max_unavailable: The maximum number of nodes that can be simultaneously unavailable during the upgrade process.
        :param strategy: Update strategy of the node pool.

        :schema: ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsUpgradeSettings
        '''
        if isinstance(blue_green_settings, dict):
            blue_green_settings = ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsUpgradeSettingsBlueGreenSettings(**blue_green_settings)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8c8776bfd66f3c553b9e37022a39a2a9a5cbfb1c305a9f1d21dcc03342bd994e)
            check_type(argname="argument blue_green_settings", value=blue_green_settings, expected_type=type_hints["blue_green_settings"])
            check_type(argname="argument max_surge", value=max_surge, expected_type=type_hints["max_surge"])
            check_type(argname="argument max_unavailable", value=max_unavailable, expected_type=type_hints["max_unavailable"])
            check_type(argname="argument strategy", value=strategy, expected_type=type_hints["strategy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if blue_green_settings is not None:
            self._values["blue_green_settings"] = blue_green_settings
        if max_surge is not None:
            self._values["max_surge"] = max_surge
        if max_unavailable is not None:
            self._values["max_unavailable"] = max_unavailable
        if strategy is not None:
            self._values["strategy"] = strategy

    @builtins.property
    def blue_green_settings(
        self,
    ) -> typing.Optional["ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsUpgradeSettingsBlueGreenSettings"]:
        '''Settings for blue-green upgrade strategy.

        :schema: ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsUpgradeSettings#blueGreenSettings
        '''
        result = self._values.get("blue_green_settings")
        return typing.cast(typing.Optional["ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsUpgradeSettingsBlueGreenSettings"], result)

    @builtins.property
    def max_surge(self) -> typing.Optional[jsii.Number]:
        '''The maximum number of nodes that can be created beyond the current size of the node pool during the upgrade process.

        :schema: ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsUpgradeSettings#maxSurge
        '''
        result = self._values.get("max_surge")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_unavailable(self) -> typing.Optional[jsii.Number]:
        '''The maximum number of nodes that can be simultaneously unavailable during the upgrade process.

        :schema: ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsUpgradeSettings#maxUnavailable
        '''
        result = self._values.get("max_unavailable")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def strategy(self) -> typing.Optional[builtins.str]:
        '''Update strategy of the node pool.

        :schema: ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsUpgradeSettings#strategy
        '''
        result = self._values.get("strategy")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsUpgradeSettings(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsUpgradeSettingsBlueGreenSettings",
    jsii_struct_bases=[],
    name_mapping={
        "node_pool_soak_duration": "nodePoolSoakDuration",
        "standard_rollout_policy": "standardRolloutPolicy",
    },
)
class ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsUpgradeSettingsBlueGreenSettings:
    def __init__(
        self,
        *,
        node_pool_soak_duration: typing.Optional[builtins.str] = None,
        standard_rollout_policy: typing.Optional[typing.Union["ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsUpgradeSettingsBlueGreenSettingsStandardRolloutPolicy", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Settings for blue-green upgrade strategy.

        :param node_pool_soak_duration: Time needed after draining entire blue pool. After this period, blue pool will be cleaned up. A duration in seconds with up to nine fractional digits, ending with 's'. Example: "3.5s".
        :param standard_rollout_policy: Standard policy for the blue-green upgrade.

        :schema: ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsUpgradeSettingsBlueGreenSettings
        '''
        if isinstance(standard_rollout_policy, dict):
            standard_rollout_policy = ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsUpgradeSettingsBlueGreenSettingsStandardRolloutPolicy(**standard_rollout_policy)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1fdaf7e8e9f65b53a9dd03ec00af8a15dd05b24ed602fca2687a9ed30b82331e)
            check_type(argname="argument node_pool_soak_duration", value=node_pool_soak_duration, expected_type=type_hints["node_pool_soak_duration"])
            check_type(argname="argument standard_rollout_policy", value=standard_rollout_policy, expected_type=type_hints["standard_rollout_policy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if node_pool_soak_duration is not None:
            self._values["node_pool_soak_duration"] = node_pool_soak_duration
        if standard_rollout_policy is not None:
            self._values["standard_rollout_policy"] = standard_rollout_policy

    @builtins.property
    def node_pool_soak_duration(self) -> typing.Optional[builtins.str]:
        '''Time needed after draining entire blue pool. After this period, blue pool will be cleaned up.

        A duration in seconds with up to nine fractional digits, ending with 's'. Example: "3.5s".

        :schema: ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsUpgradeSettingsBlueGreenSettings#nodePoolSoakDuration
        '''
        result = self._values.get("node_pool_soak_duration")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def standard_rollout_policy(
        self,
    ) -> typing.Optional["ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsUpgradeSettingsBlueGreenSettingsStandardRolloutPolicy"]:
        '''Standard policy for the blue-green upgrade.

        :schema: ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsUpgradeSettingsBlueGreenSettings#standardRolloutPolicy
        '''
        result = self._values.get("standard_rollout_policy")
        return typing.cast(typing.Optional["ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsUpgradeSettingsBlueGreenSettingsStandardRolloutPolicy"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsUpgradeSettingsBlueGreenSettings(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsUpgradeSettingsBlueGreenSettingsStandardRolloutPolicy",
    jsii_struct_bases=[],
    name_mapping={
        "batch_node_count": "batchNodeCount",
        "batch_percentage": "batchPercentage",
        "batch_soak_duration": "batchSoakDuration",
    },
)
class ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsUpgradeSettingsBlueGreenSettingsStandardRolloutPolicy:
    def __init__(
        self,
        *,
        batch_node_count: typing.Optional[jsii.Number] = None,
        batch_percentage: typing.Optional[jsii.Number] = None,
        batch_soak_duration: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Standard policy for the blue-green upgrade.

        :param batch_node_count: Number of blue nodes to drain in a batch.
        :param batch_percentage: Percentage of the bool pool nodes to drain in a batch. The range of this field should be (0.0, 1.0].
        :param batch_soak_duration: Soak time after each batch gets drained. A duration in seconds with up to nine fractional digits, ending with 's'. Example: "3.5s".

        :schema: ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsUpgradeSettingsBlueGreenSettingsStandardRolloutPolicy
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__230963ce9bf4628430e26d3b0d66901d32224925c9cd0802d5de96347e5342ae)
            check_type(argname="argument batch_node_count", value=batch_node_count, expected_type=type_hints["batch_node_count"])
            check_type(argname="argument batch_percentage", value=batch_percentage, expected_type=type_hints["batch_percentage"])
            check_type(argname="argument batch_soak_duration", value=batch_soak_duration, expected_type=type_hints["batch_soak_duration"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if batch_node_count is not None:
            self._values["batch_node_count"] = batch_node_count
        if batch_percentage is not None:
            self._values["batch_percentage"] = batch_percentage
        if batch_soak_duration is not None:
            self._values["batch_soak_duration"] = batch_soak_duration

    @builtins.property
    def batch_node_count(self) -> typing.Optional[jsii.Number]:
        '''Number of blue nodes to drain in a batch.

        :schema: ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsUpgradeSettingsBlueGreenSettingsStandardRolloutPolicy#batchNodeCount
        '''
        result = self._values.get("batch_node_count")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def batch_percentage(self) -> typing.Optional[jsii.Number]:
        '''Percentage of the bool pool nodes to drain in a batch.

        The range of this field should be (0.0, 1.0].

        :schema: ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsUpgradeSettingsBlueGreenSettingsStandardRolloutPolicy#batchPercentage
        '''
        result = self._values.get("batch_percentage")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def batch_soak_duration(self) -> typing.Optional[builtins.str]:
        '''Soak time after each batch gets drained.

        A duration in seconds with up to nine fractional digits, ending with 's'. Example: "3.5s".

        :schema: ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsUpgradeSettingsBlueGreenSettingsStandardRolloutPolicy#batchSoakDuration
        '''
        result = self._values.get("batch_soak_duration")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsUpgradeSettingsBlueGreenSettingsStandardRolloutPolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecClusterAutoscalingDefaultComputeClassConfig",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ContainerClusterSpecClusterAutoscalingDefaultComputeClassConfig:
    def __init__(self, *, enabled: builtins.bool) -> None:
        '''Default compute class is a configuration for default compute class.

        :param enabled: Enables default compute class.

        :schema: ContainerClusterSpecClusterAutoscalingDefaultComputeClassConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f345a8a82894534fbd11c3d4b30ef53ed4de035861887566eaafc176d8ef5af3)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "enabled": enabled,
        }

    @builtins.property
    def enabled(self) -> builtins.bool:
        '''Enables default compute class.

        :schema: ContainerClusterSpecClusterAutoscalingDefaultComputeClassConfig#enabled
        '''
        result = self._values.get("enabled")
        assert result is not None, "Required property 'enabled' is missing"
        return typing.cast(builtins.bool, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecClusterAutoscalingDefaultComputeClassConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecClusterAutoscalingResourceLimits",
    jsii_struct_bases=[],
    name_mapping={
        "resource_type": "resourceType",
        "maximum": "maximum",
        "minimum": "minimum",
    },
)
class ContainerClusterSpecClusterAutoscalingResourceLimits:
    def __init__(
        self,
        *,
        resource_type: builtins.str,
        maximum: typing.Optional[jsii.Number] = None,
        minimum: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param resource_type: The type of the resource. For example, cpu and memory. See the guide to using Node Auto-Provisioning for a list of types.
        :param maximum: Maximum amount of the resource in the cluster.
        :param minimum: Minimum amount of the resource in the cluster.

        :schema: ContainerClusterSpecClusterAutoscalingResourceLimits
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d0342d6675c28c8dcd5c76f1fa54abae0e6c11063f54cef410e575cfc4715df0)
            check_type(argname="argument resource_type", value=resource_type, expected_type=type_hints["resource_type"])
            check_type(argname="argument maximum", value=maximum, expected_type=type_hints["maximum"])
            check_type(argname="argument minimum", value=minimum, expected_type=type_hints["minimum"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "resource_type": resource_type,
        }
        if maximum is not None:
            self._values["maximum"] = maximum
        if minimum is not None:
            self._values["minimum"] = minimum

    @builtins.property
    def resource_type(self) -> builtins.str:
        '''The type of the resource.

        For example, cpu and memory. See the guide to using Node Auto-Provisioning for a list of types.

        :schema: ContainerClusterSpecClusterAutoscalingResourceLimits#resourceType
        '''
        result = self._values.get("resource_type")
        assert result is not None, "Required property 'resource_type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def maximum(self) -> typing.Optional[jsii.Number]:
        '''Maximum amount of the resource in the cluster.

        :schema: ContainerClusterSpecClusterAutoscalingResourceLimits#maximum
        '''
        result = self._values.get("maximum")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def minimum(self) -> typing.Optional[jsii.Number]:
        '''Minimum amount of the resource in the cluster.

        :schema: ContainerClusterSpecClusterAutoscalingResourceLimits#minimum
        '''
        result = self._values.get("minimum")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecClusterAutoscalingResourceLimits(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecClusterTelemetry",
    jsii_struct_bases=[],
    name_mapping={"type": "type"},
)
class ContainerClusterSpecClusterTelemetry:
    def __init__(self, *, type: builtins.str) -> None:
        '''Telemetry integration for the cluster.

        :param type: Type of the integration.

        :schema: ContainerClusterSpecClusterTelemetry
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b23bbbadfcd9749e403bd037aabd1763f78d2e6f1904f336a1b68f541b0da607)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }

    @builtins.property
    def type(self) -> builtins.str:
        '''Type of the integration.

        :schema: ContainerClusterSpecClusterTelemetry#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecClusterTelemetry(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecConfidentialNodes",
    jsii_struct_bases=[],
    name_mapping={
        "enabled": "enabled",
        "confidential_instance_type": "confidentialInstanceType",
    },
)
class ContainerClusterSpecConfidentialNodes:
    def __init__(
        self,
        *,
        enabled: builtins.bool,
        confidential_instance_type: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Immutable.

        Configuration for the confidential nodes feature, which makes nodes run on confidential VMs. Warning: This configuration can't be changed (or added/removed) after cluster creation without deleting and recreating the entire cluster.

        :param enabled: Immutable. Whether Confidential Nodes feature is enabled for all nodes in this pool.
        :param confidential_instance_type: Immutable. Defines the type of technology used by the confidential node.

        :schema: ContainerClusterSpecConfidentialNodes
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__04430c449304164dd59f8d0d8479d9047d60c609935783b460c924445e021b4a)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument confidential_instance_type", value=confidential_instance_type, expected_type=type_hints["confidential_instance_type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "enabled": enabled,
        }
        if confidential_instance_type is not None:
            self._values["confidential_instance_type"] = confidential_instance_type

    @builtins.property
    def enabled(self) -> builtins.bool:
        '''Immutable.

        Whether Confidential Nodes feature is enabled for all nodes in this pool.

        :schema: ContainerClusterSpecConfidentialNodes#enabled
        '''
        result = self._values.get("enabled")
        assert result is not None, "Required property 'enabled' is missing"
        return typing.cast(builtins.bool, result)

    @builtins.property
    def confidential_instance_type(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        Defines the type of technology used by the confidential node.

        :schema: ContainerClusterSpecConfidentialNodes#confidentialInstanceType
        '''
        result = self._values.get("confidential_instance_type")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecConfidentialNodes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecControlPlaneEndpointsConfig",
    jsii_struct_bases=[],
    name_mapping={
        "dns_endpoint_config": "dnsEndpointConfig",
        "ip_endpoints_config": "ipEndpointsConfig",
    },
)
class ContainerClusterSpecControlPlaneEndpointsConfig:
    def __init__(
        self,
        *,
        dns_endpoint_config: typing.Optional[typing.Union["ContainerClusterSpecControlPlaneEndpointsConfigDnsEndpointConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        ip_endpoints_config: typing.Optional[typing.Union["ContainerClusterSpecControlPlaneEndpointsConfigIpEndpointsConfig", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Configuration for all of the cluster's control plane endpoints.

        Currently supports only DNS endpoint configuration and disable IP endpoint. Other IP endpoint configurations are available in private_cluster_config.

        :param dns_endpoint_config: DNS endpoint configuration.
        :param ip_endpoints_config: IP endpoint configuration.

        :schema: ContainerClusterSpecControlPlaneEndpointsConfig
        '''
        if isinstance(dns_endpoint_config, dict):
            dns_endpoint_config = ContainerClusterSpecControlPlaneEndpointsConfigDnsEndpointConfig(**dns_endpoint_config)
        if isinstance(ip_endpoints_config, dict):
            ip_endpoints_config = ContainerClusterSpecControlPlaneEndpointsConfigIpEndpointsConfig(**ip_endpoints_config)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bc9fa8797b1fb0892a8679b8fb3b668efe119c1add42dc2ed63741755b26622e)
            check_type(argname="argument dns_endpoint_config", value=dns_endpoint_config, expected_type=type_hints["dns_endpoint_config"])
            check_type(argname="argument ip_endpoints_config", value=ip_endpoints_config, expected_type=type_hints["ip_endpoints_config"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if dns_endpoint_config is not None:
            self._values["dns_endpoint_config"] = dns_endpoint_config
        if ip_endpoints_config is not None:
            self._values["ip_endpoints_config"] = ip_endpoints_config

    @builtins.property
    def dns_endpoint_config(
        self,
    ) -> typing.Optional["ContainerClusterSpecControlPlaneEndpointsConfigDnsEndpointConfig"]:
        '''DNS endpoint configuration.

        :schema: ContainerClusterSpecControlPlaneEndpointsConfig#dnsEndpointConfig
        '''
        result = self._values.get("dns_endpoint_config")
        return typing.cast(typing.Optional["ContainerClusterSpecControlPlaneEndpointsConfigDnsEndpointConfig"], result)

    @builtins.property
    def ip_endpoints_config(
        self,
    ) -> typing.Optional["ContainerClusterSpecControlPlaneEndpointsConfigIpEndpointsConfig"]:
        '''IP endpoint configuration.

        :schema: ContainerClusterSpecControlPlaneEndpointsConfig#ipEndpointsConfig
        '''
        result = self._values.get("ip_endpoints_config")
        return typing.cast(typing.Optional["ContainerClusterSpecControlPlaneEndpointsConfigIpEndpointsConfig"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecControlPlaneEndpointsConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecControlPlaneEndpointsConfigDnsEndpointConfig",
    jsii_struct_bases=[],
    name_mapping={
        "allow_external_traffic": "allowExternalTraffic",
        "enable_k8_s_tokens_via_dns": "enableK8STokensViaDns",
    },
)
class ContainerClusterSpecControlPlaneEndpointsConfigDnsEndpointConfig:
    def __init__(
        self,
        *,
        allow_external_traffic: typing.Optional[builtins.bool] = None,
        enable_k8_s_tokens_via_dns: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''DNS endpoint configuration.

        :param allow_external_traffic: Controls whether user traffic is allowed over this endpoint. Note that GCP-managed services may still use the endpoint even if this is false.
        :param enable_k8_s_tokens_via_dns: Controls whether the k8s token auth is allowed via DNS.

        :schema: ContainerClusterSpecControlPlaneEndpointsConfigDnsEndpointConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ea5d1c3759193cbcb65c2659d5e69f33a01b3bc75b6a8329bdef3648ed101aa5)
            check_type(argname="argument allow_external_traffic", value=allow_external_traffic, expected_type=type_hints["allow_external_traffic"])
            check_type(argname="argument enable_k8_s_tokens_via_dns", value=enable_k8_s_tokens_via_dns, expected_type=type_hints["enable_k8_s_tokens_via_dns"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if allow_external_traffic is not None:
            self._values["allow_external_traffic"] = allow_external_traffic
        if enable_k8_s_tokens_via_dns is not None:
            self._values["enable_k8_s_tokens_via_dns"] = enable_k8_s_tokens_via_dns

    @builtins.property
    def allow_external_traffic(self) -> typing.Optional[builtins.bool]:
        '''Controls whether user traffic is allowed over this endpoint.

        Note that GCP-managed services may still use the endpoint even if this is false.

        :schema: ContainerClusterSpecControlPlaneEndpointsConfigDnsEndpointConfig#allowExternalTraffic
        '''
        result = self._values.get("allow_external_traffic")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def enable_k8_s_tokens_via_dns(self) -> typing.Optional[builtins.bool]:
        '''Controls whether the k8s token auth is allowed via DNS.

        :schema: ContainerClusterSpecControlPlaneEndpointsConfigDnsEndpointConfig#enableK8sTokensViaDns
        '''
        result = self._values.get("enable_k8_s_tokens_via_dns")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecControlPlaneEndpointsConfigDnsEndpointConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecControlPlaneEndpointsConfigIpEndpointsConfig",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ContainerClusterSpecControlPlaneEndpointsConfigIpEndpointsConfig:
    def __init__(self, *, enabled: typing.Optional[builtins.bool] = None) -> None:
        '''IP endpoint configuration.

        :param enabled: Controls whether to allow direct IP access. When false, configuration of masterAuthorizedNetworksConfig, privateClusterConfig.enablePrivateEndpoint, privateClusterConfig.privateEndpointSubnetwork and privateClusterConfig.masterGlobalAccessConfig fields won't be used, and privateClusterConfig.privateEndpoint and privateClusterConfig.publicEndpoint fields won't be populated.

        :schema: ContainerClusterSpecControlPlaneEndpointsConfigIpEndpointsConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__17d503c1c561a902b99be5ed4c7b0e359c96f77492096b1b5f675876a4655c26)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Controls whether to allow direct IP access.

        When false, configuration of masterAuthorizedNetworksConfig, privateClusterConfig.enablePrivateEndpoint, privateClusterConfig.privateEndpointSubnetwork and privateClusterConfig.masterGlobalAccessConfig fields won't be used, and privateClusterConfig.privateEndpoint and privateClusterConfig.publicEndpoint fields won't be populated.

        :schema: ContainerClusterSpecControlPlaneEndpointsConfigIpEndpointsConfig#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecControlPlaneEndpointsConfigIpEndpointsConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecCostManagementConfig",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ContainerClusterSpecCostManagementConfig:
    def __init__(self, *, enabled: builtins.bool) -> None:
        '''Cost management configuration for the cluster.

        :param enabled: Whether to enable GKE cost allocation. When you enable GKE cost allocation, the cluster name and namespace of your GKE workloads appear in the labels field of the billing export to BigQuery. Defaults to false. Default: false.

        :schema: ContainerClusterSpecCostManagementConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b8f72ef0661cb28039f860a5b64971c0220ff4c724510f22b5cac0055529f3d1)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "enabled": enabled,
        }

    @builtins.property
    def enabled(self) -> builtins.bool:
        '''Whether to enable GKE cost allocation.

        When you enable GKE cost allocation, the cluster name and namespace of your GKE workloads appear in the labels field of the billing export to BigQuery. Defaults to false.

        :default: false.

        :schema: ContainerClusterSpecCostManagementConfig#enabled
        '''
        result = self._values.get("enabled")
        assert result is not None, "Required property 'enabled' is missing"
        return typing.cast(builtins.bool, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecCostManagementConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecDatabaseEncryption",
    jsii_struct_bases=[],
    name_mapping={"state": "state", "key_name": "keyName"},
)
class ContainerClusterSpecDatabaseEncryption:
    def __init__(
        self,
        *,
        state: builtins.str,
        key_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Application-layer Secrets Encryption settings.

        The object format is {state = string, key_name = string}. Valid values of state are: "ENCRYPTED"; "DECRYPTED". key_name is the name of a CloudKMS key.

        :param state: ENCRYPTED, ALL_OBJECTS_ENCRYPTION_ENABLED or DECRYPTED.
        :param key_name: The key to use to encrypt/decrypt secrets.

        :schema: ContainerClusterSpecDatabaseEncryption
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4f6617de1c76b86f3716340d15cdbe9306be02283deeb9308ec9f578d8af038e)
            check_type(argname="argument state", value=state, expected_type=type_hints["state"])
            check_type(argname="argument key_name", value=key_name, expected_type=type_hints["key_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "state": state,
        }
        if key_name is not None:
            self._values["key_name"] = key_name

    @builtins.property
    def state(self) -> builtins.str:
        '''ENCRYPTED, ALL_OBJECTS_ENCRYPTION_ENABLED or DECRYPTED.

        :schema: ContainerClusterSpecDatabaseEncryption#state
        '''
        result = self._values.get("state")
        assert result is not None, "Required property 'state' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def key_name(self) -> typing.Optional[builtins.str]:
        '''The key to use to encrypt/decrypt secrets.

        :schema: ContainerClusterSpecDatabaseEncryption#keyName
        '''
        result = self._values.get("key_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecDatabaseEncryption(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecDefaultSnatStatus",
    jsii_struct_bases=[],
    name_mapping={"disabled": "disabled"},
)
class ContainerClusterSpecDefaultSnatStatus:
    def __init__(self, *, disabled: builtins.bool) -> None:
        '''Whether the cluster disables default in-node sNAT rules.

        In-node sNAT rules will be disabled when defaultSnatStatus is disabled.

        :param disabled: When disabled is set to false, default IP masquerade rules will be applied to the nodes to prevent sNAT on cluster internal traffic.

        :schema: ContainerClusterSpecDefaultSnatStatus
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__83fb0fee1670e0adfa2d4f9f493d83dfc18ef210e17ce7c7dd1987f1109d3c76)
            check_type(argname="argument disabled", value=disabled, expected_type=type_hints["disabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "disabled": disabled,
        }

    @builtins.property
    def disabled(self) -> builtins.bool:
        '''When disabled is set to false, default IP masquerade rules will be applied to the nodes to prevent sNAT on cluster internal traffic.

        :schema: ContainerClusterSpecDefaultSnatStatus#disabled
        '''
        result = self._values.get("disabled")
        assert result is not None, "Required property 'disabled' is missing"
        return typing.cast(builtins.bool, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecDefaultSnatStatus(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecDnsConfig",
    jsii_struct_bases=[],
    name_mapping={
        "cluster_dns": "clusterDns",
        "cluster_dns_domain": "clusterDnsDomain",
        "cluster_dns_scope": "clusterDnsScope",
    },
)
class ContainerClusterSpecDnsConfig:
    def __init__(
        self,
        *,
        cluster_dns: typing.Optional[builtins.str] = None,
        cluster_dns_domain: typing.Optional[builtins.str] = None,
        cluster_dns_scope: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Immutable.

        Configuration for Cloud DNS for Kubernetes Engine.

        :param cluster_dns: Which in-cluster DNS provider should be used.
        :param cluster_dns_domain: The suffix used for all cluster service records.
        :param cluster_dns_scope: The scope of access to cluster DNS records.

        :schema: ContainerClusterSpecDnsConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dfb234ef386ca869999373d98a0489493a524fe624c45f25f6b035e7e6c6ad87)
            check_type(argname="argument cluster_dns", value=cluster_dns, expected_type=type_hints["cluster_dns"])
            check_type(argname="argument cluster_dns_domain", value=cluster_dns_domain, expected_type=type_hints["cluster_dns_domain"])
            check_type(argname="argument cluster_dns_scope", value=cluster_dns_scope, expected_type=type_hints["cluster_dns_scope"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cluster_dns is not None:
            self._values["cluster_dns"] = cluster_dns
        if cluster_dns_domain is not None:
            self._values["cluster_dns_domain"] = cluster_dns_domain
        if cluster_dns_scope is not None:
            self._values["cluster_dns_scope"] = cluster_dns_scope

    @builtins.property
    def cluster_dns(self) -> typing.Optional[builtins.str]:
        '''Which in-cluster DNS provider should be used.

        :schema: ContainerClusterSpecDnsConfig#clusterDns
        '''
        result = self._values.get("cluster_dns")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cluster_dns_domain(self) -> typing.Optional[builtins.str]:
        '''The suffix used for all cluster service records.

        :schema: ContainerClusterSpecDnsConfig#clusterDnsDomain
        '''
        result = self._values.get("cluster_dns_domain")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cluster_dns_scope(self) -> typing.Optional[builtins.str]:
        '''The scope of access to cluster DNS records.

        :schema: ContainerClusterSpecDnsConfig#clusterDnsScope
        '''
        result = self._values.get("cluster_dns_scope")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecDnsConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecEnableK8SBetaApis",
    jsii_struct_bases=[],
    name_mapping={"enabled_apis": "enabledApis"},
)
class ContainerClusterSpecEnableK8SBetaApis:
    def __init__(self, *, enabled_apis: typing.Sequence[builtins.str]) -> None:
        '''Configuration for Kubernetes Beta APIs.

        :param enabled_apis: Enabled Kubernetes Beta APIs.

        :schema: ContainerClusterSpecEnableK8SBetaApis
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__429b0f74a4485a6849555f16aa8dec8501886854f731f501918183f72d410312)
            check_type(argname="argument enabled_apis", value=enabled_apis, expected_type=type_hints["enabled_apis"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "enabled_apis": enabled_apis,
        }

    @builtins.property
    def enabled_apis(self) -> typing.List[builtins.str]:
        '''Enabled Kubernetes Beta APIs.

        :schema: ContainerClusterSpecEnableK8SBetaApis#enabledApis
        '''
        result = self._values.get("enabled_apis")
        assert result is not None, "Required property 'enabled_apis' is missing"
        return typing.cast(typing.List[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecEnableK8SBetaApis(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecGatewayApiConfig",
    jsii_struct_bases=[],
    name_mapping={"channel": "channel"},
)
class ContainerClusterSpecGatewayApiConfig:
    def __init__(self, *, channel: builtins.str) -> None:
        '''Configuration for GKE Gateway API controller.

        :param channel: The Gateway API release channel to use for Gateway API.

        :schema: ContainerClusterSpecGatewayApiConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fd51cdd984defbfb1aa7098f00b318348b49104fd7dae569a0ecf9935cc9ae77)
            check_type(argname="argument channel", value=channel, expected_type=type_hints["channel"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "channel": channel,
        }

    @builtins.property
    def channel(self) -> builtins.str:
        '''The Gateway API release channel to use for Gateway API.

        :schema: ContainerClusterSpecGatewayApiConfig#channel
        '''
        result = self._values.get("channel")
        assert result is not None, "Required property 'channel' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecGatewayApiConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecIdentityServiceConfig",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ContainerClusterSpecIdentityServiceConfig:
    def __init__(self, *, enabled: typing.Optional[builtins.bool] = None) -> None:
        '''Configuration for Identity Service which allows customers to use external identity providers with the K8S API.

        :param enabled: Whether to enable the Identity Service component.

        :schema: ContainerClusterSpecIdentityServiceConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ed684aa19ce87815384c47069e05f8003604d39183bd8c8dc69875ec88ebd2a2)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Whether to enable the Identity Service component.

        :schema: ContainerClusterSpecIdentityServiceConfig#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecIdentityServiceConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecIpAllocationPolicy",
    jsii_struct_bases=[],
    name_mapping={
        "additional_ip_ranges_configs": "additionalIpRangesConfigs",
        "additional_pod_ranges_config": "additionalPodRangesConfig",
        "cluster_ipv4_cidr_block": "clusterIpv4CidrBlock",
        "cluster_secondary_range_name": "clusterSecondaryRangeName",
        "pod_cidr_overprovision_config": "podCidrOverprovisionConfig",
        "services_ipv4_cidr_block": "servicesIpv4CidrBlock",
        "services_secondary_range_name": "servicesSecondaryRangeName",
        "stack_type": "stackType",
    },
)
class ContainerClusterSpecIpAllocationPolicy:
    def __init__(
        self,
        *,
        additional_ip_ranges_configs: typing.Optional[typing.Sequence[typing.Union["ContainerClusterSpecIpAllocationPolicyAdditionalIpRangesConfigs", typing.Dict[builtins.str, typing.Any]]]] = None,
        additional_pod_ranges_config: typing.Optional[typing.Union["ContainerClusterSpecIpAllocationPolicyAdditionalPodRangesConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        cluster_ipv4_cidr_block: typing.Optional[builtins.str] = None,
        cluster_secondary_range_name: typing.Optional[builtins.str] = None,
        pod_cidr_overprovision_config: typing.Optional[typing.Union["ContainerClusterSpecIpAllocationPolicyPodCidrOverprovisionConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        services_ipv4_cidr_block: typing.Optional[builtins.str] = None,
        services_secondary_range_name: typing.Optional[builtins.str] = None,
        stack_type: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Immutable.

        Configuration of cluster IP allocation for VPC-native clusters. Adding this block enables IP aliasing, making the cluster VPC-native instead of routes-based.

        :param additional_ip_ranges_configs: AdditionalIPRangesConfig is the configuration for additional pod secondary ranges supporting the ClusterUpdate message. Each AdditionalIPRangesConfig corresponds to a single subnetwork.
        :param additional_pod_ranges_config: AdditionalPodRangesConfig is the configuration for additional pod secondary ranges supporting the ClusterUpdate message.
        :param cluster_ipv4_cidr_block: Immutable. The IP address range for the cluster pod IPs. Set to blank to have a range chosen with the default size. Set to /netmask (e.g. /14) to have a range chosen with a specific netmask. Set to a CIDR notation (e.g. 10.96.0.0/14) from the RFC-1918 private networks (e.g. 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16) to pick a specific range to use.
        :param cluster_secondary_range_name: Immutable. The name of the existing secondary range in the cluster's subnetwork to use for pod IP addresses. Alternatively, cluster_ipv4_cidr_block can be used to automatically create a GKE-managed one.
        :param pod_cidr_overprovision_config: Immutable. Configuration for cluster level pod cidr overprovision. Default is disabled=false. Default: disabled=false.
        :param services_ipv4_cidr_block: Immutable. The IP address range of the services IPs in this cluster. Set to blank to have a range chosen with the default size. Set to /netmask (e.g. /14) to have a range chosen with a specific netmask. Set to a CIDR notation (e.g. 10.96.0.0/14) from the RFC-1918 private networks (e.g. 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16) to pick a specific range to use.
        :param services_secondary_range_name: Immutable. The name of the existing secondary range in the cluster's subnetwork to use for service ClusterIPs. Alternatively, services_ipv4_cidr_block can be used to automatically create a GKE-managed one.
        :param stack_type: Immutable. The IP Stack type of the cluster. Choose between IPV4 and IPV4_IPV6. Default type is IPV4 Only if not set.

        :schema: ContainerClusterSpecIpAllocationPolicy
        '''
        if isinstance(additional_pod_ranges_config, dict):
            additional_pod_ranges_config = ContainerClusterSpecIpAllocationPolicyAdditionalPodRangesConfig(**additional_pod_ranges_config)
        if isinstance(pod_cidr_overprovision_config, dict):
            pod_cidr_overprovision_config = ContainerClusterSpecIpAllocationPolicyPodCidrOverprovisionConfig(**pod_cidr_overprovision_config)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e7d0cbc96bafc866bef8c8b8a9a36185bc8f9bc1bb7a616b5fe8eb9f071abfd5)
            check_type(argname="argument additional_ip_ranges_configs", value=additional_ip_ranges_configs, expected_type=type_hints["additional_ip_ranges_configs"])
            check_type(argname="argument additional_pod_ranges_config", value=additional_pod_ranges_config, expected_type=type_hints["additional_pod_ranges_config"])
            check_type(argname="argument cluster_ipv4_cidr_block", value=cluster_ipv4_cidr_block, expected_type=type_hints["cluster_ipv4_cidr_block"])
            check_type(argname="argument cluster_secondary_range_name", value=cluster_secondary_range_name, expected_type=type_hints["cluster_secondary_range_name"])
            check_type(argname="argument pod_cidr_overprovision_config", value=pod_cidr_overprovision_config, expected_type=type_hints["pod_cidr_overprovision_config"])
            check_type(argname="argument services_ipv4_cidr_block", value=services_ipv4_cidr_block, expected_type=type_hints["services_ipv4_cidr_block"])
            check_type(argname="argument services_secondary_range_name", value=services_secondary_range_name, expected_type=type_hints["services_secondary_range_name"])
            check_type(argname="argument stack_type", value=stack_type, expected_type=type_hints["stack_type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if additional_ip_ranges_configs is not None:
            self._values["additional_ip_ranges_configs"] = additional_ip_ranges_configs
        if additional_pod_ranges_config is not None:
            self._values["additional_pod_ranges_config"] = additional_pod_ranges_config
        if cluster_ipv4_cidr_block is not None:
            self._values["cluster_ipv4_cidr_block"] = cluster_ipv4_cidr_block
        if cluster_secondary_range_name is not None:
            self._values["cluster_secondary_range_name"] = cluster_secondary_range_name
        if pod_cidr_overprovision_config is not None:
            self._values["pod_cidr_overprovision_config"] = pod_cidr_overprovision_config
        if services_ipv4_cidr_block is not None:
            self._values["services_ipv4_cidr_block"] = services_ipv4_cidr_block
        if services_secondary_range_name is not None:
            self._values["services_secondary_range_name"] = services_secondary_range_name
        if stack_type is not None:
            self._values["stack_type"] = stack_type

    @builtins.property
    def additional_ip_ranges_configs(
        self,
    ) -> typing.Optional[typing.List["ContainerClusterSpecIpAllocationPolicyAdditionalIpRangesConfigs"]]:
        '''AdditionalIPRangesConfig is the configuration for additional pod secondary ranges supporting the ClusterUpdate message.

        Each AdditionalIPRangesConfig corresponds to a single subnetwork.

        :schema: ContainerClusterSpecIpAllocationPolicy#additionalIpRangesConfigs
        '''
        result = self._values.get("additional_ip_ranges_configs")
        return typing.cast(typing.Optional[typing.List["ContainerClusterSpecIpAllocationPolicyAdditionalIpRangesConfigs"]], result)

    @builtins.property
    def additional_pod_ranges_config(
        self,
    ) -> typing.Optional["ContainerClusterSpecIpAllocationPolicyAdditionalPodRangesConfig"]:
        '''AdditionalPodRangesConfig is the configuration for additional pod secondary ranges supporting the ClusterUpdate message.

        :schema: ContainerClusterSpecIpAllocationPolicy#additionalPodRangesConfig
        '''
        result = self._values.get("additional_pod_ranges_config")
        return typing.cast(typing.Optional["ContainerClusterSpecIpAllocationPolicyAdditionalPodRangesConfig"], result)

    @builtins.property
    def cluster_ipv4_cidr_block(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        The IP address range for the cluster pod IPs. Set to blank to have a range chosen with the default size. Set to /netmask (e.g. /14) to have a range chosen with a specific netmask. Set to a CIDR notation (e.g. 10.96.0.0/14) from the RFC-1918 private networks (e.g. 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16) to pick a specific range to use.

        :schema: ContainerClusterSpecIpAllocationPolicy#clusterIpv4CidrBlock
        '''
        result = self._values.get("cluster_ipv4_cidr_block")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cluster_secondary_range_name(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        The name of the existing secondary range in the cluster's subnetwork to use for pod IP addresses. Alternatively, cluster_ipv4_cidr_block can be used to automatically create a GKE-managed one.

        :schema: ContainerClusterSpecIpAllocationPolicy#clusterSecondaryRangeName
        '''
        result = self._values.get("cluster_secondary_range_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def pod_cidr_overprovision_config(
        self,
    ) -> typing.Optional["ContainerClusterSpecIpAllocationPolicyPodCidrOverprovisionConfig"]:
        '''Immutable.

        Configuration for cluster level pod cidr overprovision. Default is disabled=false.

        :default: disabled=false.

        :schema: ContainerClusterSpecIpAllocationPolicy#podCidrOverprovisionConfig
        '''
        result = self._values.get("pod_cidr_overprovision_config")
        return typing.cast(typing.Optional["ContainerClusterSpecIpAllocationPolicyPodCidrOverprovisionConfig"], result)

    @builtins.property
    def services_ipv4_cidr_block(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        The IP address range of the services IPs in this cluster. Set to blank to have a range chosen with the default size. Set to /netmask (e.g. /14) to have a range chosen with a specific netmask. Set to a CIDR notation (e.g. 10.96.0.0/14) from the RFC-1918 private networks (e.g. 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16) to pick a specific range to use.

        :schema: ContainerClusterSpecIpAllocationPolicy#servicesIpv4CidrBlock
        '''
        result = self._values.get("services_ipv4_cidr_block")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def services_secondary_range_name(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        The name of the existing secondary range in the cluster's subnetwork to use for service ClusterIPs. Alternatively, services_ipv4_cidr_block can be used to automatically create a GKE-managed one.

        :schema: ContainerClusterSpecIpAllocationPolicy#servicesSecondaryRangeName
        '''
        result = self._values.get("services_secondary_range_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def stack_type(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        The IP Stack type of the cluster. Choose between IPV4 and IPV4_IPV6. Default type is IPV4 Only if not set.

        :schema: ContainerClusterSpecIpAllocationPolicy#stackType
        '''
        result = self._values.get("stack_type")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecIpAllocationPolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecIpAllocationPolicyAdditionalIpRangesConfigs",
    jsii_struct_bases=[],
    name_mapping={
        "subnetwork_ref": "subnetworkRef",
        "pod_ipv4_range_names": "podIpv4RangeNames",
        "status": "status",
    },
)
class ContainerClusterSpecIpAllocationPolicyAdditionalIpRangesConfigs:
    def __init__(
        self,
        *,
        subnetwork_ref: typing.Union["ContainerClusterSpecIpAllocationPolicyAdditionalIpRangesConfigsSubnetworkRef", typing.Dict[builtins.str, typing.Any]],
        pod_ipv4_range_names: typing.Optional[typing.Sequence[builtins.str]] = None,
        status: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param subnetwork_ref: The subnetwork path for the additional IP range. Format: projects/{project}/regions/{region}/subnetworks/{subnetwork}.
        :param pod_ipv4_range_names: List of secondary ranges names within this subnetwork that can be used for pod IPs.
        :param status: Status of the subnetwork, If in draining status, subnet will not be selected for new node pools.

        :schema: ContainerClusterSpecIpAllocationPolicyAdditionalIpRangesConfigs
        '''
        if isinstance(subnetwork_ref, dict):
            subnetwork_ref = ContainerClusterSpecIpAllocationPolicyAdditionalIpRangesConfigsSubnetworkRef(**subnetwork_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__da34db9bdd29aa402d7a7b28069c53ebb8357d7b32e858a9e49d5e793eb873bf)
            check_type(argname="argument subnetwork_ref", value=subnetwork_ref, expected_type=type_hints["subnetwork_ref"])
            check_type(argname="argument pod_ipv4_range_names", value=pod_ipv4_range_names, expected_type=type_hints["pod_ipv4_range_names"])
            check_type(argname="argument status", value=status, expected_type=type_hints["status"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "subnetwork_ref": subnetwork_ref,
        }
        if pod_ipv4_range_names is not None:
            self._values["pod_ipv4_range_names"] = pod_ipv4_range_names
        if status is not None:
            self._values["status"] = status

    @builtins.property
    def subnetwork_ref(
        self,
    ) -> "ContainerClusterSpecIpAllocationPolicyAdditionalIpRangesConfigsSubnetworkRef":
        '''The subnetwork path for the additional IP range.

        Format: projects/{project}/regions/{region}/subnetworks/{subnetwork}.

        :schema: ContainerClusterSpecIpAllocationPolicyAdditionalIpRangesConfigs#subnetworkRef
        '''
        result = self._values.get("subnetwork_ref")
        assert result is not None, "Required property 'subnetwork_ref' is missing"
        return typing.cast("ContainerClusterSpecIpAllocationPolicyAdditionalIpRangesConfigsSubnetworkRef", result)

    @builtins.property
    def pod_ipv4_range_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''List of secondary ranges names within this subnetwork that can be used for pod IPs.

        :schema: ContainerClusterSpecIpAllocationPolicyAdditionalIpRangesConfigs#podIpv4RangeNames
        '''
        result = self._values.get("pod_ipv4_range_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def status(self) -> typing.Optional[builtins.str]:
        '''Status of the subnetwork, If in draining status, subnet will not be selected for new node pools.

        :schema: ContainerClusterSpecIpAllocationPolicyAdditionalIpRangesConfigs#status
        '''
        result = self._values.get("status")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecIpAllocationPolicyAdditionalIpRangesConfigs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecIpAllocationPolicyAdditionalIpRangesConfigsSubnetworkRef",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class ContainerClusterSpecIpAllocationPolicyAdditionalIpRangesConfigsSubnetworkRef:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The subnetwork path for the additional IP range.

        Format: projects/{project}/regions/{region}/subnetworks/{subnetwork}.

        :param external: A reference to an externally managed ComputeSubnetwork resource. Should be in the format "projects/{{projectID}}/regions/{{region}}/subnetworks/{{subnetworkID}}".
        :param name: The name of a ComputeSubnetwork resource.
        :param namespace: The namespace of a ComputeSubnetwork resource.

        :schema: ContainerClusterSpecIpAllocationPolicyAdditionalIpRangesConfigsSubnetworkRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ed4f2d44e26743c53ea7d164d3822329d02a8ec562e16a3cabd686ff3c2cda36)
            check_type(argname="argument external", value=external, expected_type=type_hints["external"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if external is not None:
            self._values["external"] = external
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def external(self) -> typing.Optional[builtins.str]:
        '''A reference to an externally managed ComputeSubnetwork resource.

        Should be in the format "projects/{{projectID}}/regions/{{region}}/subnetworks/{{subnetworkID}}".

        :schema: ContainerClusterSpecIpAllocationPolicyAdditionalIpRangesConfigsSubnetworkRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of a ComputeSubnetwork resource.

        :schema: ContainerClusterSpecIpAllocationPolicyAdditionalIpRangesConfigsSubnetworkRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of a ComputeSubnetwork resource.

        :schema: ContainerClusterSpecIpAllocationPolicyAdditionalIpRangesConfigsSubnetworkRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecIpAllocationPolicyAdditionalIpRangesConfigsSubnetworkRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecIpAllocationPolicyAdditionalPodRangesConfig",
    jsii_struct_bases=[],
    name_mapping={"pod_range_names": "podRangeNames"},
)
class ContainerClusterSpecIpAllocationPolicyAdditionalPodRangesConfig:
    def __init__(self, *, pod_range_names: typing.Sequence[builtins.str]) -> None:
        '''AdditionalPodRangesConfig is the configuration for additional pod secondary ranges supporting the ClusterUpdate message.

        :param pod_range_names: Name for pod secondary ipv4 range which has the actual range defined ahead.

        :schema: ContainerClusterSpecIpAllocationPolicyAdditionalPodRangesConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9ab45b9d6e97c18d8899b318a25ca455fa0fbd7c0ec3e25cc915763898896a9f)
            check_type(argname="argument pod_range_names", value=pod_range_names, expected_type=type_hints["pod_range_names"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "pod_range_names": pod_range_names,
        }

    @builtins.property
    def pod_range_names(self) -> typing.List[builtins.str]:
        '''Name for pod secondary ipv4 range which has the actual range defined ahead.

        :schema: ContainerClusterSpecIpAllocationPolicyAdditionalPodRangesConfig#podRangeNames
        '''
        result = self._values.get("pod_range_names")
        assert result is not None, "Required property 'pod_range_names' is missing"
        return typing.cast(typing.List[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecIpAllocationPolicyAdditionalPodRangesConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecIpAllocationPolicyPodCidrOverprovisionConfig",
    jsii_struct_bases=[],
    name_mapping={"disabled": "disabled"},
)
class ContainerClusterSpecIpAllocationPolicyPodCidrOverprovisionConfig:
    def __init__(self, *, disabled: builtins.bool) -> None:
        '''Immutable.

        Configuration for cluster level pod cidr overprovision. Default is disabled=false.

        :param disabled: 

        :default: disabled=false.

        :schema: ContainerClusterSpecIpAllocationPolicyPodCidrOverprovisionConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1b84d2c5967edf2b3d63084e5f702f27fdfe0c1bfef6537170e131a8a0175356)
            check_type(argname="argument disabled", value=disabled, expected_type=type_hints["disabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "disabled": disabled,
        }

    @builtins.property
    def disabled(self) -> builtins.bool:
        '''
        :schema: ContainerClusterSpecIpAllocationPolicyPodCidrOverprovisionConfig#disabled
        '''
        result = self._values.get("disabled")
        assert result is not None, "Required property 'disabled' is missing"
        return typing.cast(builtins.bool, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecIpAllocationPolicyPodCidrOverprovisionConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecLoggingConfig",
    jsii_struct_bases=[],
    name_mapping={"enable_components": "enableComponents"},
)
class ContainerClusterSpecLoggingConfig:
    def __init__(self, *, enable_components: typing.Sequence[builtins.str]) -> None:
        '''Logging configuration for the cluster.

        :param enable_components: GKE components exposing logs. Valid values include SYSTEM_COMPONENTS, APISERVER, CONTROLLER_MANAGER, SCHEDULER, and WORKLOADS.

        :schema: ContainerClusterSpecLoggingConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b7c0606e2b95466ca1dd8afeb51d9bf33aafba94d36de5f20b7e97d72ec9e98c)
            check_type(argname="argument enable_components", value=enable_components, expected_type=type_hints["enable_components"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "enable_components": enable_components,
        }

    @builtins.property
    def enable_components(self) -> typing.List[builtins.str]:
        '''GKE components exposing logs.

        Valid values include SYSTEM_COMPONENTS, APISERVER, CONTROLLER_MANAGER, SCHEDULER, and WORKLOADS.

        :schema: ContainerClusterSpecLoggingConfig#enableComponents
        '''
        result = self._values.get("enable_components")
        assert result is not None, "Required property 'enable_components' is missing"
        return typing.cast(typing.List[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecLoggingConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecMaintenancePolicy",
    jsii_struct_bases=[],
    name_mapping={
        "daily_maintenance_window": "dailyMaintenanceWindow",
        "maintenance_exclusion": "maintenanceExclusion",
        "recurring_window": "recurringWindow",
    },
)
class ContainerClusterSpecMaintenancePolicy:
    def __init__(
        self,
        *,
        daily_maintenance_window: typing.Optional[typing.Union["ContainerClusterSpecMaintenancePolicyDailyMaintenanceWindow", typing.Dict[builtins.str, typing.Any]]] = None,
        maintenance_exclusion: typing.Optional[typing.Sequence[typing.Union["ContainerClusterSpecMaintenancePolicyMaintenanceExclusion", typing.Dict[builtins.str, typing.Any]]]] = None,
        recurring_window: typing.Optional[typing.Union["ContainerClusterSpecMaintenancePolicyRecurringWindow", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''The maintenance policy to use for the cluster.

        :param daily_maintenance_window: Time window specified for daily maintenance operations. Specify start_time in RFC3339 format "HH:MM", where HH : [00-23] and MM : [00-59] GMT.
        :param maintenance_exclusion: Exceptions to maintenance window. Non-emergency maintenance should not occur in these windows.
        :param recurring_window: Time window for recurring maintenance operations.

        :schema: ContainerClusterSpecMaintenancePolicy
        '''
        if isinstance(daily_maintenance_window, dict):
            daily_maintenance_window = ContainerClusterSpecMaintenancePolicyDailyMaintenanceWindow(**daily_maintenance_window)
        if isinstance(recurring_window, dict):
            recurring_window = ContainerClusterSpecMaintenancePolicyRecurringWindow(**recurring_window)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b10b534dc9f861342ccb3dac4169d355dc8b640049249211b8ad6114fa0a17bb)
            check_type(argname="argument daily_maintenance_window", value=daily_maintenance_window, expected_type=type_hints["daily_maintenance_window"])
            check_type(argname="argument maintenance_exclusion", value=maintenance_exclusion, expected_type=type_hints["maintenance_exclusion"])
            check_type(argname="argument recurring_window", value=recurring_window, expected_type=type_hints["recurring_window"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if daily_maintenance_window is not None:
            self._values["daily_maintenance_window"] = daily_maintenance_window
        if maintenance_exclusion is not None:
            self._values["maintenance_exclusion"] = maintenance_exclusion
        if recurring_window is not None:
            self._values["recurring_window"] = recurring_window

    @builtins.property
    def daily_maintenance_window(
        self,
    ) -> typing.Optional["ContainerClusterSpecMaintenancePolicyDailyMaintenanceWindow"]:
        '''Time window specified for daily maintenance operations.

        Specify start_time in RFC3339 format "HH:MM", where HH : [00-23] and MM : [00-59] GMT.

        :schema: ContainerClusterSpecMaintenancePolicy#dailyMaintenanceWindow
        '''
        result = self._values.get("daily_maintenance_window")
        return typing.cast(typing.Optional["ContainerClusterSpecMaintenancePolicyDailyMaintenanceWindow"], result)

    @builtins.property
    def maintenance_exclusion(
        self,
    ) -> typing.Optional[typing.List["ContainerClusterSpecMaintenancePolicyMaintenanceExclusion"]]:
        '''Exceptions to maintenance window.

        Non-emergency maintenance should not occur in these windows.

        :schema: ContainerClusterSpecMaintenancePolicy#maintenanceExclusion
        '''
        result = self._values.get("maintenance_exclusion")
        return typing.cast(typing.Optional[typing.List["ContainerClusterSpecMaintenancePolicyMaintenanceExclusion"]], result)

    @builtins.property
    def recurring_window(
        self,
    ) -> typing.Optional["ContainerClusterSpecMaintenancePolicyRecurringWindow"]:
        '''Time window for recurring maintenance operations.

        :schema: ContainerClusterSpecMaintenancePolicy#recurringWindow
        '''
        result = self._values.get("recurring_window")
        return typing.cast(typing.Optional["ContainerClusterSpecMaintenancePolicyRecurringWindow"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecMaintenancePolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecMaintenancePolicyDailyMaintenanceWindow",
    jsii_struct_bases=[],
    name_mapping={"start_time": "startTime", "duration": "duration"},
)
class ContainerClusterSpecMaintenancePolicyDailyMaintenanceWindow:
    def __init__(
        self,
        *,
        start_time: builtins.str,
        duration: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Time window specified for daily maintenance operations.

        Specify start_time in RFC3339 format "HH:MM", where HH : [00-23] and MM : [00-59] GMT.

        :param start_time: 
        :param duration: 

        :schema: ContainerClusterSpecMaintenancePolicyDailyMaintenanceWindow
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__33a95d8dbdea6bd1855683d08b5d0fb7687120d2672dfa164af72f6b41ee03dd)
            check_type(argname="argument start_time", value=start_time, expected_type=type_hints["start_time"])
            check_type(argname="argument duration", value=duration, expected_type=type_hints["duration"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "start_time": start_time,
        }
        if duration is not None:
            self._values["duration"] = duration

    @builtins.property
    def start_time(self) -> builtins.str:
        '''
        :schema: ContainerClusterSpecMaintenancePolicyDailyMaintenanceWindow#startTime
        '''
        result = self._values.get("start_time")
        assert result is not None, "Required property 'start_time' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def duration(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ContainerClusterSpecMaintenancePolicyDailyMaintenanceWindow#duration
        '''
        result = self._values.get("duration")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecMaintenancePolicyDailyMaintenanceWindow(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecMaintenancePolicyMaintenanceExclusion",
    jsii_struct_bases=[],
    name_mapping={
        "end_time": "endTime",
        "exclusion_name": "exclusionName",
        "start_time": "startTime",
        "exclusion_options": "exclusionOptions",
    },
)
class ContainerClusterSpecMaintenancePolicyMaintenanceExclusion:
    def __init__(
        self,
        *,
        end_time: builtins.str,
        exclusion_name: builtins.str,
        start_time: builtins.str,
        exclusion_options: typing.Optional[typing.Union["ContainerClusterSpecMaintenancePolicyMaintenanceExclusionExclusionOptions", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param end_time: 
        :param exclusion_name: 
        :param start_time: 
        :param exclusion_options: Maintenance exclusion related options.

        :schema: ContainerClusterSpecMaintenancePolicyMaintenanceExclusion
        '''
        if isinstance(exclusion_options, dict):
            exclusion_options = ContainerClusterSpecMaintenancePolicyMaintenanceExclusionExclusionOptions(**exclusion_options)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__107681aa7dd0f7f7189b3a70478bc67e4e6a1c8f15ba7b5bf46173003a814b6c)
            check_type(argname="argument end_time", value=end_time, expected_type=type_hints["end_time"])
            check_type(argname="argument exclusion_name", value=exclusion_name, expected_type=type_hints["exclusion_name"])
            check_type(argname="argument start_time", value=start_time, expected_type=type_hints["start_time"])
            check_type(argname="argument exclusion_options", value=exclusion_options, expected_type=type_hints["exclusion_options"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "end_time": end_time,
            "exclusion_name": exclusion_name,
            "start_time": start_time,
        }
        if exclusion_options is not None:
            self._values["exclusion_options"] = exclusion_options

    @builtins.property
    def end_time(self) -> builtins.str:
        '''
        :schema: ContainerClusterSpecMaintenancePolicyMaintenanceExclusion#endTime
        '''
        result = self._values.get("end_time")
        assert result is not None, "Required property 'end_time' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def exclusion_name(self) -> builtins.str:
        '''
        :schema: ContainerClusterSpecMaintenancePolicyMaintenanceExclusion#exclusionName
        '''
        result = self._values.get("exclusion_name")
        assert result is not None, "Required property 'exclusion_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def start_time(self) -> builtins.str:
        '''
        :schema: ContainerClusterSpecMaintenancePolicyMaintenanceExclusion#startTime
        '''
        result = self._values.get("start_time")
        assert result is not None, "Required property 'start_time' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def exclusion_options(
        self,
    ) -> typing.Optional["ContainerClusterSpecMaintenancePolicyMaintenanceExclusionExclusionOptions"]:
        '''Maintenance exclusion related options.

        :schema: ContainerClusterSpecMaintenancePolicyMaintenanceExclusion#exclusionOptions
        '''
        result = self._values.get("exclusion_options")
        return typing.cast(typing.Optional["ContainerClusterSpecMaintenancePolicyMaintenanceExclusionExclusionOptions"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecMaintenancePolicyMaintenanceExclusion(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecMaintenancePolicyMaintenanceExclusionExclusionOptions",
    jsii_struct_bases=[],
    name_mapping={"scope": "scope"},
)
class ContainerClusterSpecMaintenancePolicyMaintenanceExclusionExclusionOptions:
    def __init__(self, *, scope: builtins.str) -> None:
        '''Maintenance exclusion related options.

        :param scope: The scope of automatic upgrades to restrict in the exclusion window.

        :schema: ContainerClusterSpecMaintenancePolicyMaintenanceExclusionExclusionOptions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e9bdb788b29f9fcbc1ec422eef95276ed4396c444f54028f02721c1969d3e943)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "scope": scope,
        }

    @builtins.property
    def scope(self) -> builtins.str:
        '''The scope of automatic upgrades to restrict in the exclusion window.

        :schema: ContainerClusterSpecMaintenancePolicyMaintenanceExclusionExclusionOptions#scope
        '''
        result = self._values.get("scope")
        assert result is not None, "Required property 'scope' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecMaintenancePolicyMaintenanceExclusionExclusionOptions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecMaintenancePolicyRecurringWindow",
    jsii_struct_bases=[],
    name_mapping={
        "end_time": "endTime",
        "recurrence": "recurrence",
        "start_time": "startTime",
    },
)
class ContainerClusterSpecMaintenancePolicyRecurringWindow:
    def __init__(
        self,
        *,
        end_time: builtins.str,
        recurrence: builtins.str,
        start_time: builtins.str,
    ) -> None:
        '''Time window for recurring maintenance operations.

        :param end_time: 
        :param recurrence: 
        :param start_time: 

        :schema: ContainerClusterSpecMaintenancePolicyRecurringWindow
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9b5db5800620aedfd0657ff2dc85208aaf7268ff0ce0fd7a73cdf5375c5a9eb7)
            check_type(argname="argument end_time", value=end_time, expected_type=type_hints["end_time"])
            check_type(argname="argument recurrence", value=recurrence, expected_type=type_hints["recurrence"])
            check_type(argname="argument start_time", value=start_time, expected_type=type_hints["start_time"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "end_time": end_time,
            "recurrence": recurrence,
            "start_time": start_time,
        }

    @builtins.property
    def end_time(self) -> builtins.str:
        '''
        :schema: ContainerClusterSpecMaintenancePolicyRecurringWindow#endTime
        '''
        result = self._values.get("end_time")
        assert result is not None, "Required property 'end_time' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def recurrence(self) -> builtins.str:
        '''
        :schema: ContainerClusterSpecMaintenancePolicyRecurringWindow#recurrence
        '''
        result = self._values.get("recurrence")
        assert result is not None, "Required property 'recurrence' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def start_time(self) -> builtins.str:
        '''
        :schema: ContainerClusterSpecMaintenancePolicyRecurringWindow#startTime
        '''
        result = self._values.get("start_time")
        assert result is not None, "Required property 'start_time' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecMaintenancePolicyRecurringWindow(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecMasterAuth",
    jsii_struct_bases=[],
    name_mapping={
        "client_certificate": "clientCertificate",
        "client_certificate_config": "clientCertificateConfig",
        "client_key": "clientKey",
        "cluster_ca_certificate": "clusterCaCertificate",
        "password": "password",
        "username": "username",
    },
)
class ContainerClusterSpecMasterAuth:
    def __init__(
        self,
        *,
        client_certificate: typing.Optional[builtins.str] = None,
        client_certificate_config: typing.Optional[typing.Union["ContainerClusterSpecMasterAuthClientCertificateConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        client_key: typing.Optional[builtins.str] = None,
        cluster_ca_certificate: typing.Optional[builtins.str] = None,
        password: typing.Optional[typing.Union["ContainerClusterSpecMasterAuthPassword", typing.Dict[builtins.str, typing.Any]]] = None,
        username: typing.Optional[builtins.str] = None,
    ) -> None:
        '''DEPRECATED.

        Basic authentication was removed for GKE cluster versions >= 1.19. The authentication information for accessing the Kubernetes master. Some values in this block are only returned by the API if your service account has permission to get credentials for your GKE cluster. If you see an unexpected diff unsetting your client cert, ensure you have the container.clusters.getCredentials permission.

        :param client_certificate: Base64 encoded public certificate used by clients to authenticate to the cluster endpoint.
        :param client_certificate_config: Immutable. Whether client certificate authorization is enabled for this cluster.
        :param client_key: Base64 encoded private key used by clients to authenticate to the cluster endpoint.
        :param cluster_ca_certificate: Base64 encoded public certificate that is the root of trust for the cluster.
        :param password: The password to use for HTTP basic authentication when accessing the Kubernetes master endpoint.
        :param username: The username to use for HTTP basic authentication when accessing the Kubernetes master endpoint. If not present basic auth will be disabled.

        :schema: ContainerClusterSpecMasterAuth
        '''
        if isinstance(client_certificate_config, dict):
            client_certificate_config = ContainerClusterSpecMasterAuthClientCertificateConfig(**client_certificate_config)
        if isinstance(password, dict):
            password = ContainerClusterSpecMasterAuthPassword(**password)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__41b93776f15238f08d6a1886d82e0968579df25e1b3d34d2039b547932c944f1)
            check_type(argname="argument client_certificate", value=client_certificate, expected_type=type_hints["client_certificate"])
            check_type(argname="argument client_certificate_config", value=client_certificate_config, expected_type=type_hints["client_certificate_config"])
            check_type(argname="argument client_key", value=client_key, expected_type=type_hints["client_key"])
            check_type(argname="argument cluster_ca_certificate", value=cluster_ca_certificate, expected_type=type_hints["cluster_ca_certificate"])
            check_type(argname="argument password", value=password, expected_type=type_hints["password"])
            check_type(argname="argument username", value=username, expected_type=type_hints["username"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if client_certificate is not None:
            self._values["client_certificate"] = client_certificate
        if client_certificate_config is not None:
            self._values["client_certificate_config"] = client_certificate_config
        if client_key is not None:
            self._values["client_key"] = client_key
        if cluster_ca_certificate is not None:
            self._values["cluster_ca_certificate"] = cluster_ca_certificate
        if password is not None:
            self._values["password"] = password
        if username is not None:
            self._values["username"] = username

    @builtins.property
    def client_certificate(self) -> typing.Optional[builtins.str]:
        '''Base64 encoded public certificate used by clients to authenticate to the cluster endpoint.

        :schema: ContainerClusterSpecMasterAuth#clientCertificate
        '''
        result = self._values.get("client_certificate")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_certificate_config(
        self,
    ) -> typing.Optional["ContainerClusterSpecMasterAuthClientCertificateConfig"]:
        '''Immutable.

        Whether client certificate authorization is enabled for this cluster.

        :schema: ContainerClusterSpecMasterAuth#clientCertificateConfig
        '''
        result = self._values.get("client_certificate_config")
        return typing.cast(typing.Optional["ContainerClusterSpecMasterAuthClientCertificateConfig"], result)

    @builtins.property
    def client_key(self) -> typing.Optional[builtins.str]:
        '''Base64 encoded private key used by clients to authenticate to the cluster endpoint.

        :schema: ContainerClusterSpecMasterAuth#clientKey
        '''
        result = self._values.get("client_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cluster_ca_certificate(self) -> typing.Optional[builtins.str]:
        '''Base64 encoded public certificate that is the root of trust for the cluster.

        :schema: ContainerClusterSpecMasterAuth#clusterCaCertificate
        '''
        result = self._values.get("cluster_ca_certificate")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def password(self) -> typing.Optional["ContainerClusterSpecMasterAuthPassword"]:
        '''The password to use for HTTP basic authentication when accessing the Kubernetes master endpoint.

        :schema: ContainerClusterSpecMasterAuth#password
        '''
        result = self._values.get("password")
        return typing.cast(typing.Optional["ContainerClusterSpecMasterAuthPassword"], result)

    @builtins.property
    def username(self) -> typing.Optional[builtins.str]:
        '''The username to use for HTTP basic authentication when accessing the Kubernetes master endpoint.

        If not present basic auth will be disabled.

        :schema: ContainerClusterSpecMasterAuth#username
        '''
        result = self._values.get("username")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecMasterAuth(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecMasterAuthClientCertificateConfig",
    jsii_struct_bases=[],
    name_mapping={"issue_client_certificate": "issueClientCertificate"},
)
class ContainerClusterSpecMasterAuthClientCertificateConfig:
    def __init__(self, *, issue_client_certificate: builtins.bool) -> None:
        '''Immutable.

        Whether client certificate authorization is enabled for this cluster.

        :param issue_client_certificate: Immutable. Whether client certificate authorization is enabled for this cluster.

        :schema: ContainerClusterSpecMasterAuthClientCertificateConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4d68621b212f3f9b9ec48d792326dc35c102d8d2037aa38ad570a9498d5ae3d0)
            check_type(argname="argument issue_client_certificate", value=issue_client_certificate, expected_type=type_hints["issue_client_certificate"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "issue_client_certificate": issue_client_certificate,
        }

    @builtins.property
    def issue_client_certificate(self) -> builtins.bool:
        '''Immutable.

        Whether client certificate authorization is enabled for this cluster.

        :schema: ContainerClusterSpecMasterAuthClientCertificateConfig#issueClientCertificate
        '''
        result = self._values.get("issue_client_certificate")
        assert result is not None, "Required property 'issue_client_certificate' is missing"
        return typing.cast(builtins.bool, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecMasterAuthClientCertificateConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecMasterAuthPassword",
    jsii_struct_bases=[],
    name_mapping={"value": "value", "value_from": "valueFrom"},
)
class ContainerClusterSpecMasterAuthPassword:
    def __init__(
        self,
        *,
        value: typing.Optional[builtins.str] = None,
        value_from: typing.Optional[typing.Union["ContainerClusterSpecMasterAuthPasswordValueFrom", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''The password to use for HTTP basic authentication when accessing the Kubernetes master endpoint.

        :param value: Value of the field. Cannot be used if 'valueFrom' is specified.
        :param value_from: Source for the field's value. Cannot be used if 'value' is specified.

        :schema: ContainerClusterSpecMasterAuthPassword
        '''
        if isinstance(value_from, dict):
            value_from = ContainerClusterSpecMasterAuthPasswordValueFrom(**value_from)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3a1d32d7e5c2a72460b88effc3ddca53cd80b4c0998e039434a6bd7e82a1d657)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
            check_type(argname="argument value_from", value=value_from, expected_type=type_hints["value_from"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if value is not None:
            self._values["value"] = value
        if value_from is not None:
            self._values["value_from"] = value_from

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value of the field.

        Cannot be used if 'valueFrom' is specified.

        :schema: ContainerClusterSpecMasterAuthPassword#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value_from(
        self,
    ) -> typing.Optional["ContainerClusterSpecMasterAuthPasswordValueFrom"]:
        '''Source for the field's value.

        Cannot be used if 'value' is specified.

        :schema: ContainerClusterSpecMasterAuthPassword#valueFrom
        '''
        result = self._values.get("value_from")
        return typing.cast(typing.Optional["ContainerClusterSpecMasterAuthPasswordValueFrom"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecMasterAuthPassword(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecMasterAuthPasswordValueFrom",
    jsii_struct_bases=[],
    name_mapping={"secret_key_ref": "secretKeyRef"},
)
class ContainerClusterSpecMasterAuthPasswordValueFrom:
    def __init__(
        self,
        *,
        secret_key_ref: typing.Optional[typing.Union["ContainerClusterSpecMasterAuthPasswordValueFromSecretKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Source for the field's value.

        Cannot be used if 'value' is specified.

        :param secret_key_ref: Reference to a value with the given key in the given Secret in the resource's namespace.

        :schema: ContainerClusterSpecMasterAuthPasswordValueFrom
        '''
        if isinstance(secret_key_ref, dict):
            secret_key_ref = ContainerClusterSpecMasterAuthPasswordValueFromSecretKeyRef(**secret_key_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__667687061cf91d238050b7856b3bdab44deeafe0778559817a23a2b0191d160d)
            check_type(argname="argument secret_key_ref", value=secret_key_ref, expected_type=type_hints["secret_key_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret_key_ref is not None:
            self._values["secret_key_ref"] = secret_key_ref

    @builtins.property
    def secret_key_ref(
        self,
    ) -> typing.Optional["ContainerClusterSpecMasterAuthPasswordValueFromSecretKeyRef"]:
        '''Reference to a value with the given key in the given Secret in the resource's namespace.

        :schema: ContainerClusterSpecMasterAuthPasswordValueFrom#secretKeyRef
        '''
        result = self._values.get("secret_key_ref")
        return typing.cast(typing.Optional["ContainerClusterSpecMasterAuthPasswordValueFromSecretKeyRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecMasterAuthPasswordValueFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecMasterAuthPasswordValueFromSecretKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name"},
)
class ContainerClusterSpecMasterAuthPasswordValueFromSecretKeyRef:
    def __init__(self, *, key: builtins.str, name: builtins.str) -> None:
        '''Reference to a value with the given key in the given Secret in the resource's namespace.

        :param key: Key that identifies the value to be extracted.
        :param name: Name of the Secret to extract a value from.

        :schema: ContainerClusterSpecMasterAuthPasswordValueFromSecretKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__39a05c02b3a2b967d3b09eb64a0cccbb0260a6dea452220e452340677fe239b6)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "name": name,
        }

    @builtins.property
    def key(self) -> builtins.str:
        '''Key that identifies the value to be extracted.

        :schema: ContainerClusterSpecMasterAuthPasswordValueFromSecretKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the Secret to extract a value from.

        :schema: ContainerClusterSpecMasterAuthPasswordValueFromSecretKeyRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecMasterAuthPasswordValueFromSecretKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecMasterAuthorizedNetworksConfig",
    jsii_struct_bases=[],
    name_mapping={
        "cidr_blocks": "cidrBlocks",
        "gcp_public_cidrs_access_enabled": "gcpPublicCidrsAccessEnabled",
    },
)
class ContainerClusterSpecMasterAuthorizedNetworksConfig:
    def __init__(
        self,
        *,
        cidr_blocks: typing.Optional[typing.Sequence[typing.Union["ContainerClusterSpecMasterAuthorizedNetworksConfigCidrBlocks", typing.Dict[builtins.str, typing.Any]]]] = None,
        gcp_public_cidrs_access_enabled: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''The desired configuration options for master authorized networks.

        Omit the nested cidr_blocks attribute to disallow external access (except the cluster node IPs, which GKE automatically whitelists).

        :param cidr_blocks: External networks that can access the Kubernetes cluster master through HTTPS.
        :param gcp_public_cidrs_access_enabled: Whether master is accessible via Google Compute Engine Public IP addresses.

        :schema: ContainerClusterSpecMasterAuthorizedNetworksConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7644777d4ca628da27d5a06093f7e8f1c4d9ee22561f065c85927c53e20360c9)
            check_type(argname="argument cidr_blocks", value=cidr_blocks, expected_type=type_hints["cidr_blocks"])
            check_type(argname="argument gcp_public_cidrs_access_enabled", value=gcp_public_cidrs_access_enabled, expected_type=type_hints["gcp_public_cidrs_access_enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cidr_blocks is not None:
            self._values["cidr_blocks"] = cidr_blocks
        if gcp_public_cidrs_access_enabled is not None:
            self._values["gcp_public_cidrs_access_enabled"] = gcp_public_cidrs_access_enabled

    @builtins.property
    def cidr_blocks(
        self,
    ) -> typing.Optional[typing.List["ContainerClusterSpecMasterAuthorizedNetworksConfigCidrBlocks"]]:
        '''External networks that can access the Kubernetes cluster master through HTTPS.

        :schema: ContainerClusterSpecMasterAuthorizedNetworksConfig#cidrBlocks
        '''
        result = self._values.get("cidr_blocks")
        return typing.cast(typing.Optional[typing.List["ContainerClusterSpecMasterAuthorizedNetworksConfigCidrBlocks"]], result)

    @builtins.property
    def gcp_public_cidrs_access_enabled(self) -> typing.Optional[builtins.bool]:
        '''Whether master is accessible via Google Compute Engine Public IP addresses.

        :schema: ContainerClusterSpecMasterAuthorizedNetworksConfig#gcpPublicCidrsAccessEnabled
        '''
        result = self._values.get("gcp_public_cidrs_access_enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecMasterAuthorizedNetworksConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecMasterAuthorizedNetworksConfigCidrBlocks",
    jsii_struct_bases=[],
    name_mapping={"cidr_block": "cidrBlock", "display_name": "displayName"},
)
class ContainerClusterSpecMasterAuthorizedNetworksConfigCidrBlocks:
    def __init__(
        self,
        *,
        cidr_block: builtins.str,
        display_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param cidr_block: External network that can access Kubernetes master through HTTPS. Must be specified in CIDR notation.
        :param display_name: Field for users to identify CIDR blocks.

        :schema: ContainerClusterSpecMasterAuthorizedNetworksConfigCidrBlocks
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__59d329c5fd79bce995ffe166c830ef05a295e668df29873998cb40a763ccf829)
            check_type(argname="argument cidr_block", value=cidr_block, expected_type=type_hints["cidr_block"])
            check_type(argname="argument display_name", value=display_name, expected_type=type_hints["display_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "cidr_block": cidr_block,
        }
        if display_name is not None:
            self._values["display_name"] = display_name

    @builtins.property
    def cidr_block(self) -> builtins.str:
        '''External network that can access Kubernetes master through HTTPS.

        Must be specified in CIDR notation.

        :schema: ContainerClusterSpecMasterAuthorizedNetworksConfigCidrBlocks#cidrBlock
        '''
        result = self._values.get("cidr_block")
        assert result is not None, "Required property 'cidr_block' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def display_name(self) -> typing.Optional[builtins.str]:
        '''Field for users to identify CIDR blocks.

        :schema: ContainerClusterSpecMasterAuthorizedNetworksConfigCidrBlocks#displayName
        '''
        result = self._values.get("display_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecMasterAuthorizedNetworksConfigCidrBlocks(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecMeshCertificates",
    jsii_struct_bases=[],
    name_mapping={"enable_certificates": "enableCertificates"},
)
class ContainerClusterSpecMeshCertificates:
    def __init__(self, *, enable_certificates: builtins.bool) -> None:
        '''If set, and enable_certificates=true, the GKE Workload Identity Certificates controller and node agent will be deployed in the cluster.

        :param enable_certificates: When enabled the GKE Workload Identity Certificates controller and node agent will be deployed in the cluster.

        :schema: ContainerClusterSpecMeshCertificates
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__14d28293a0761345b70ac8d2864a984820026ae20f2a507d40206479085895c9)
            check_type(argname="argument enable_certificates", value=enable_certificates, expected_type=type_hints["enable_certificates"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "enable_certificates": enable_certificates,
        }

    @builtins.property
    def enable_certificates(self) -> builtins.bool:
        '''When enabled the GKE Workload Identity Certificates controller and node agent will be deployed in the cluster.

        :schema: ContainerClusterSpecMeshCertificates#enableCertificates
        '''
        result = self._values.get("enable_certificates")
        assert result is not None, "Required property 'enable_certificates' is missing"
        return typing.cast(builtins.bool, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecMeshCertificates(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecMonitoringConfig",
    jsii_struct_bases=[],
    name_mapping={
        "advanced_datapath_observability_config": "advancedDatapathObservabilityConfig",
        "enable_components": "enableComponents",
        "managed_prometheus": "managedPrometheus",
    },
)
class ContainerClusterSpecMonitoringConfig:
    def __init__(
        self,
        *,
        advanced_datapath_observability_config: typing.Optional[typing.Sequence[typing.Union["ContainerClusterSpecMonitoringConfigAdvancedDatapathObservabilityConfig", typing.Dict[builtins.str, typing.Any]]]] = None,
        enable_components: typing.Optional[typing.Sequence[builtins.str]] = None,
        managed_prometheus: typing.Optional[typing.Union["ContainerClusterSpecMonitoringConfigManagedPrometheus", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Monitoring configuration for the cluster.

        :param advanced_datapath_observability_config: Configuration of Advanced Datapath Observability features.
        :param enable_components: GKE components exposing metrics. Valid values include SYSTEM_COMPONENTS, APISERVER, SCHEDULER, CONTROLLER_MANAGER, STORAGE, HPA, POD, DAEMONSET, DEPLOYMENT, STATEFULSET and WORKLOADS.
        :param managed_prometheus: Configuration for Google Cloud Managed Services for Prometheus.

        :schema: ContainerClusterSpecMonitoringConfig
        '''
        if isinstance(managed_prometheus, dict):
            managed_prometheus = ContainerClusterSpecMonitoringConfigManagedPrometheus(**managed_prometheus)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c0c84279d761d2f7b803022d7d613230f7b1d8125f29fd67b7764363082313fb)
            check_type(argname="argument advanced_datapath_observability_config", value=advanced_datapath_observability_config, expected_type=type_hints["advanced_datapath_observability_config"])
            check_type(argname="argument enable_components", value=enable_components, expected_type=type_hints["enable_components"])
            check_type(argname="argument managed_prometheus", value=managed_prometheus, expected_type=type_hints["managed_prometheus"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if advanced_datapath_observability_config is not None:
            self._values["advanced_datapath_observability_config"] = advanced_datapath_observability_config
        if enable_components is not None:
            self._values["enable_components"] = enable_components
        if managed_prometheus is not None:
            self._values["managed_prometheus"] = managed_prometheus

    @builtins.property
    def advanced_datapath_observability_config(
        self,
    ) -> typing.Optional[typing.List["ContainerClusterSpecMonitoringConfigAdvancedDatapathObservabilityConfig"]]:
        '''Configuration of Advanced Datapath Observability features.

        :schema: ContainerClusterSpecMonitoringConfig#advancedDatapathObservabilityConfig
        '''
        result = self._values.get("advanced_datapath_observability_config")
        return typing.cast(typing.Optional[typing.List["ContainerClusterSpecMonitoringConfigAdvancedDatapathObservabilityConfig"]], result)

    @builtins.property
    def enable_components(self) -> typing.Optional[typing.List[builtins.str]]:
        '''GKE components exposing metrics.

        Valid values include SYSTEM_COMPONENTS, APISERVER, SCHEDULER, CONTROLLER_MANAGER, STORAGE, HPA, POD, DAEMONSET, DEPLOYMENT, STATEFULSET and WORKLOADS.

        :schema: ContainerClusterSpecMonitoringConfig#enableComponents
        '''
        result = self._values.get("enable_components")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def managed_prometheus(
        self,
    ) -> typing.Optional["ContainerClusterSpecMonitoringConfigManagedPrometheus"]:
        '''Configuration for Google Cloud Managed Services for Prometheus.

        :schema: ContainerClusterSpecMonitoringConfig#managedPrometheus
        '''
        result = self._values.get("managed_prometheus")
        return typing.cast(typing.Optional["ContainerClusterSpecMonitoringConfigManagedPrometheus"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecMonitoringConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecMonitoringConfigAdvancedDatapathObservabilityConfig",
    jsii_struct_bases=[],
    name_mapping={"enable_metrics": "enableMetrics", "relay_mode": "relayMode"},
)
class ContainerClusterSpecMonitoringConfigAdvancedDatapathObservabilityConfig:
    def __init__(
        self,
        *,
        enable_metrics: builtins.bool,
        relay_mode: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param enable_metrics: Whether or not the advanced datapath metrics are enabled.
        :param relay_mode: Mode used to make Relay available.

        :schema: ContainerClusterSpecMonitoringConfigAdvancedDatapathObservabilityConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8c4aea4177063e9cdf145967fc652449b888d6b204b107cf2fa241a26a295c95)
            check_type(argname="argument enable_metrics", value=enable_metrics, expected_type=type_hints["enable_metrics"])
            check_type(argname="argument relay_mode", value=relay_mode, expected_type=type_hints["relay_mode"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "enable_metrics": enable_metrics,
        }
        if relay_mode is not None:
            self._values["relay_mode"] = relay_mode

    @builtins.property
    def enable_metrics(self) -> builtins.bool:
        '''Whether or not the advanced datapath metrics are enabled.

        :schema: ContainerClusterSpecMonitoringConfigAdvancedDatapathObservabilityConfig#enableMetrics
        '''
        result = self._values.get("enable_metrics")
        assert result is not None, "Required property 'enable_metrics' is missing"
        return typing.cast(builtins.bool, result)

    @builtins.property
    def relay_mode(self) -> typing.Optional[builtins.str]:
        '''Mode used to make Relay available.

        :schema: ContainerClusterSpecMonitoringConfigAdvancedDatapathObservabilityConfig#relayMode
        '''
        result = self._values.get("relay_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecMonitoringConfigAdvancedDatapathObservabilityConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecMonitoringConfigManagedPrometheus",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ContainerClusterSpecMonitoringConfigManagedPrometheus:
    def __init__(self, *, enabled: builtins.bool) -> None:
        '''Configuration for Google Cloud Managed Services for Prometheus.

        :param enabled: Whether or not the managed collection is enabled.

        :schema: ContainerClusterSpecMonitoringConfigManagedPrometheus
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e451865e2c6ec0627c2fbd0592d1c216be9a90faf95d7d0e46d935f43963b205)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "enabled": enabled,
        }

    @builtins.property
    def enabled(self) -> builtins.bool:
        '''Whether or not the managed collection is enabled.

        :schema: ContainerClusterSpecMonitoringConfigManagedPrometheus#enabled
        '''
        result = self._values.get("enabled")
        assert result is not None, "Required property 'enabled' is missing"
        return typing.cast(builtins.bool, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecMonitoringConfigManagedPrometheus(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNetworkPolicy",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled", "provider": "provider"},
)
class ContainerClusterSpecNetworkPolicy:
    def __init__(
        self,
        *,
        enabled: builtins.bool,
        provider: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Configuration options for the NetworkPolicy feature.

        :param enabled: Whether network policy is enabled on the cluster.
        :param provider: The selected network policy provider. Defaults to PROVIDER_UNSPECIFIED. Default: PROVIDER_UNSPECIFIED.

        :schema: ContainerClusterSpecNetworkPolicy
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e454669622a37180cece6749145ed205dddf39c944108659c7c29ac52fbb175c)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument provider", value=provider, expected_type=type_hints["provider"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "enabled": enabled,
        }
        if provider is not None:
            self._values["provider"] = provider

    @builtins.property
    def enabled(self) -> builtins.bool:
        '''Whether network policy is enabled on the cluster.

        :schema: ContainerClusterSpecNetworkPolicy#enabled
        '''
        result = self._values.get("enabled")
        assert result is not None, "Required property 'enabled' is missing"
        return typing.cast(builtins.bool, result)

    @builtins.property
    def provider(self) -> typing.Optional[builtins.str]:
        '''The selected network policy provider.

        Defaults to PROVIDER_UNSPECIFIED.

        :default: PROVIDER_UNSPECIFIED.

        :schema: ContainerClusterSpecNetworkPolicy#provider
        '''
        result = self._values.get("provider")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNetworkPolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNetworkRef",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class ContainerClusterSpecNetworkRef:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ComputeNetworkRef is a reference to a GCP ComputeNetwork.

        :param external: A reference to an externally managed ComputeNetwork resource. Should be in the format "projects/{{projectID}}/global/networks/{{networkID}}".
        :param name: The name of a ComputeNetwork resource.
        :param namespace: The namespace of a ComputeNetwork resource.

        :schema: ContainerClusterSpecNetworkRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0154dfcaba6ba4f85cce744986c5ea040d65247b20b2603cf68a43768a6e5807)
            check_type(argname="argument external", value=external, expected_type=type_hints["external"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if external is not None:
            self._values["external"] = external
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def external(self) -> typing.Optional[builtins.str]:
        '''A reference to an externally managed ComputeNetwork resource.

        Should be in the format "projects/{{projectID}}/global/networks/{{networkID}}".

        :schema: ContainerClusterSpecNetworkRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of a ComputeNetwork resource.

        :schema: ContainerClusterSpecNetworkRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of a ComputeNetwork resource.

        :schema: ContainerClusterSpecNetworkRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNetworkRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNodeConfig",
    jsii_struct_bases=[],
    name_mapping={
        "advanced_machine_features": "advancedMachineFeatures",
        "boot_disk_kms_crypto_key_ref": "bootDiskKmsCryptoKeyRef",
        "confidential_nodes": "confidentialNodes",
        "containerd_config": "containerdConfig",
        "disk_size_gb": "diskSizeGb",
        "disk_type": "diskType",
        "ephemeral_storage_config": "ephemeralStorageConfig",
        "ephemeral_storage_local_ssd_config": "ephemeralStorageLocalSsdConfig",
        "fast_socket": "fastSocket",
        "gcfs_config": "gcfsConfig",
        "guest_accelerator": "guestAccelerator",
        "gvnic": "gvnic",
        "host_maintenance_policy": "hostMaintenancePolicy",
        "image_type": "imageType",
        "kubelet_config": "kubeletConfig",
        "labels": "labels",
        "linux_node_config": "linuxNodeConfig",
        "local_nvme_ssd_block_config": "localNvmeSsdBlockConfig",
        "local_ssd_count": "localSsdCount",
        "logging_variant": "loggingVariant",
        "machine_type": "machineType",
        "metadata": "metadata",
        "min_cpu_platform": "minCpuPlatform",
        "node_group_ref": "nodeGroupRef",
        "oauth_scopes": "oauthScopes",
        "preemptible": "preemptible",
        "reservation_affinity": "reservationAffinity",
        "resource_labels": "resourceLabels",
        "resource_manager_tags": "resourceManagerTags",
        "sandbox_config": "sandboxConfig",
        "service_account_ref": "serviceAccountRef",
        "shielded_instance_config": "shieldedInstanceConfig",
        "sole_tenant_config": "soleTenantConfig",
        "spot": "spot",
        "tags": "tags",
        "taint": "taint",
        "workload_metadata_config": "workloadMetadataConfig",
    },
)
class ContainerClusterSpecNodeConfig:
    def __init__(
        self,
        *,
        advanced_machine_features: typing.Optional[typing.Union["ContainerClusterSpecNodeConfigAdvancedMachineFeatures", typing.Dict[builtins.str, typing.Any]]] = None,
        boot_disk_kms_crypto_key_ref: typing.Optional[typing.Union["ContainerClusterSpecNodeConfigBootDiskKmsCryptoKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        confidential_nodes: typing.Optional[typing.Union["ContainerClusterSpecNodeConfigConfidentialNodes", typing.Dict[builtins.str, typing.Any]]] = None,
        containerd_config: typing.Optional[typing.Union["ContainerClusterSpecNodeConfigContainerdConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        disk_size_gb: typing.Optional[jsii.Number] = None,
        disk_type: typing.Optional[builtins.str] = None,
        ephemeral_storage_config: typing.Optional[typing.Union["ContainerClusterSpecNodeConfigEphemeralStorageConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        ephemeral_storage_local_ssd_config: typing.Optional[typing.Union["ContainerClusterSpecNodeConfigEphemeralStorageLocalSsdConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        fast_socket: typing.Optional[typing.Union["ContainerClusterSpecNodeConfigFastSocket", typing.Dict[builtins.str, typing.Any]]] = None,
        gcfs_config: typing.Optional[typing.Union["ContainerClusterSpecNodeConfigGcfsConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        guest_accelerator: typing.Optional[typing.Sequence[typing.Union["ContainerClusterSpecNodeConfigGuestAccelerator", typing.Dict[builtins.str, typing.Any]]]] = None,
        gvnic: typing.Optional[typing.Union["ContainerClusterSpecNodeConfigGvnic", typing.Dict[builtins.str, typing.Any]]] = None,
        host_maintenance_policy: typing.Optional[typing.Union["ContainerClusterSpecNodeConfigHostMaintenancePolicy", typing.Dict[builtins.str, typing.Any]]] = None,
        image_type: typing.Optional[builtins.str] = None,
        kubelet_config: typing.Optional[typing.Union["ContainerClusterSpecNodeConfigKubeletConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        linux_node_config: typing.Optional[typing.Union["ContainerClusterSpecNodeConfigLinuxNodeConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        local_nvme_ssd_block_config: typing.Optional[typing.Union["ContainerClusterSpecNodeConfigLocalNvmeSsdBlockConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        local_ssd_count: typing.Optional[jsii.Number] = None,
        logging_variant: typing.Optional[builtins.str] = None,
        machine_type: typing.Optional[builtins.str] = None,
        metadata: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        min_cpu_platform: typing.Optional[builtins.str] = None,
        node_group_ref: typing.Optional[typing.Union["ContainerClusterSpecNodeConfigNodeGroupRef", typing.Dict[builtins.str, typing.Any]]] = None,
        oauth_scopes: typing.Optional[typing.Sequence[builtins.str]] = None,
        preemptible: typing.Optional[builtins.bool] = None,
        reservation_affinity: typing.Optional[typing.Union["ContainerClusterSpecNodeConfigReservationAffinity", typing.Dict[builtins.str, typing.Any]]] = None,
        resource_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        resource_manager_tags: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        sandbox_config: typing.Optional[typing.Union["ContainerClusterSpecNodeConfigSandboxConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        service_account_ref: typing.Optional[typing.Union["ContainerClusterSpecNodeConfigServiceAccountRef", typing.Dict[builtins.str, typing.Any]]] = None,
        shielded_instance_config: typing.Optional[typing.Union["ContainerClusterSpecNodeConfigShieldedInstanceConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        sole_tenant_config: typing.Optional[typing.Union["ContainerClusterSpecNodeConfigSoleTenantConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        spot: typing.Optional[builtins.bool] = None,
        tags: typing.Optional[typing.Sequence[builtins.str]] = None,
        taint: typing.Optional[typing.Sequence[typing.Union["ContainerClusterSpecNodeConfigTaint", typing.Dict[builtins.str, typing.Any]]]] = None,
        workload_metadata_config: typing.Optional[typing.Union["ContainerClusterSpecNodeConfigWorkloadMetadataConfig", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Immutable.

        The configuration of the nodepool.

        :param advanced_machine_features: Immutable. Specifies options for controlling advanced machine features.
        :param boot_disk_kms_crypto_key_ref: 
        :param confidential_nodes: Immutable. Configuration for the confidential nodes feature, which makes nodes run on confidential VMs. Warning: This configuration can't be changed (or added/removed) after pool creation without deleting and recreating the entire pool.
        :param containerd_config: Parameters for containerd customization.
        :param disk_size_gb: Immutable. Size of the disk attached to each node, specified in GB. The smallest allowed disk size is 10GB.
        :param disk_type: Immutable. Type of the disk attached to each node. Such as pd-standard, pd-balanced or pd-ssd.
        :param ephemeral_storage_config: Immutable. Parameters for the ephemeral storage filesystem. If unspecified, ephemeral storage is backed by the boot disk.
        :param ephemeral_storage_local_ssd_config: Immutable. Parameters for the ephemeral storage filesystem. If unspecified, ephemeral storage is backed by the boot disk.
        :param fast_socket: Enable or disable NCCL Fast Socket in the node pool.
        :param gcfs_config: Immutable. GCFS configuration for this node.
        :param guest_accelerator: Immutable. List of the type and count of accelerator cards attached to the instance.
        :param gvnic: Immutable. Enable or disable gvnic in the node pool.
        :param host_maintenance_policy: Immutable. The maintenance policy for the hosts on which the GKE VMs run on.
        :param image_type: The image type to use for this node. Note that for a given image type, the latest version of it will be used.
        :param kubelet_config: Node kubelet configs.
        :param labels: Immutable. The map of Kubernetes labels (key/value pairs) to be applied to each node. These will added in addition to any default label(s) that Kubernetes may apply to the node.
        :param linux_node_config: Parameters that can be configured on Linux nodes.
        :param local_nvme_ssd_block_config: Immutable. Parameters for raw-block local NVMe SSDs.
        :param local_ssd_count: Immutable. The number of local SSD disks to be attached to the node.
        :param logging_variant: Type of logging agent that is used as the default value for node pools in the cluster. Valid values include DEFAULT and MAX_THROUGHPUT.
        :param machine_type: Immutable. The name of a Google Compute Engine machine type.
        :param metadata: Immutable. The metadata key/value pairs assigned to instances in the cluster.
        :param min_cpu_platform: Immutable. Minimum CPU platform to be used by this instance. The instance may be scheduled on the specified or newer CPU platform.
        :param node_group_ref: Immutable. Setting this field will assign instances of this pool to run on the specified node group. This is useful for running workloads on sole tenant nodes.
        :param oauth_scopes: Immutable. The set of Google API scopes to be made available on all of the node VMs.
        :param preemptible: Immutable. Whether the nodes are created as preemptible VM instances.
        :param reservation_affinity: Immutable. The reservation affinity configuration for the node pool.
        :param resource_labels: The GCE resource labels (a map of key/value pairs) to be applied to the node pool.
        :param resource_manager_tags: The resource manager tags (a map of key/value pairs) to be applied to GKE nodes. Keys must be in the format tagKeys/{tag_key_id}, and values are in the format tagValues/{tag_value_id}.
        :param sandbox_config: Immutable. Sandbox configuration for this node.
        :param service_account_ref: 
        :param shielded_instance_config: Immutable. Shielded Instance options.
        :param sole_tenant_config: Immutable. Node affinity options for sole tenant node pools.
        :param spot: Immutable. Whether the nodes are created as spot VM instances.
        :param tags: The list of instance tags applied to all nodes.
        :param taint: List of Kubernetes taints to be applied to each node.
        :param workload_metadata_config: Immutable. The workload metadata configuration for this node.

        :schema: ContainerClusterSpecNodeConfig
        '''
        if isinstance(advanced_machine_features, dict):
            advanced_machine_features = ContainerClusterSpecNodeConfigAdvancedMachineFeatures(**advanced_machine_features)
        if isinstance(boot_disk_kms_crypto_key_ref, dict):
            boot_disk_kms_crypto_key_ref = ContainerClusterSpecNodeConfigBootDiskKmsCryptoKeyRef(**boot_disk_kms_crypto_key_ref)
        if isinstance(confidential_nodes, dict):
            confidential_nodes = ContainerClusterSpecNodeConfigConfidentialNodes(**confidential_nodes)
        if isinstance(containerd_config, dict):
            containerd_config = ContainerClusterSpecNodeConfigContainerdConfig(**containerd_config)
        if isinstance(ephemeral_storage_config, dict):
            ephemeral_storage_config = ContainerClusterSpecNodeConfigEphemeralStorageConfig(**ephemeral_storage_config)
        if isinstance(ephemeral_storage_local_ssd_config, dict):
            ephemeral_storage_local_ssd_config = ContainerClusterSpecNodeConfigEphemeralStorageLocalSsdConfig(**ephemeral_storage_local_ssd_config)
        if isinstance(fast_socket, dict):
            fast_socket = ContainerClusterSpecNodeConfigFastSocket(**fast_socket)
        if isinstance(gcfs_config, dict):
            gcfs_config = ContainerClusterSpecNodeConfigGcfsConfig(**gcfs_config)
        if isinstance(gvnic, dict):
            gvnic = ContainerClusterSpecNodeConfigGvnic(**gvnic)
        if isinstance(host_maintenance_policy, dict):
            host_maintenance_policy = ContainerClusterSpecNodeConfigHostMaintenancePolicy(**host_maintenance_policy)
        if isinstance(kubelet_config, dict):
            kubelet_config = ContainerClusterSpecNodeConfigKubeletConfig(**kubelet_config)
        if isinstance(linux_node_config, dict):
            linux_node_config = ContainerClusterSpecNodeConfigLinuxNodeConfig(**linux_node_config)
        if isinstance(local_nvme_ssd_block_config, dict):
            local_nvme_ssd_block_config = ContainerClusterSpecNodeConfigLocalNvmeSsdBlockConfig(**local_nvme_ssd_block_config)
        if isinstance(node_group_ref, dict):
            node_group_ref = ContainerClusterSpecNodeConfigNodeGroupRef(**node_group_ref)
        if isinstance(reservation_affinity, dict):
            reservation_affinity = ContainerClusterSpecNodeConfigReservationAffinity(**reservation_affinity)
        if isinstance(sandbox_config, dict):
            sandbox_config = ContainerClusterSpecNodeConfigSandboxConfig(**sandbox_config)
        if isinstance(service_account_ref, dict):
            service_account_ref = ContainerClusterSpecNodeConfigServiceAccountRef(**service_account_ref)
        if isinstance(shielded_instance_config, dict):
            shielded_instance_config = ContainerClusterSpecNodeConfigShieldedInstanceConfig(**shielded_instance_config)
        if isinstance(sole_tenant_config, dict):
            sole_tenant_config = ContainerClusterSpecNodeConfigSoleTenantConfig(**sole_tenant_config)
        if isinstance(workload_metadata_config, dict):
            workload_metadata_config = ContainerClusterSpecNodeConfigWorkloadMetadataConfig(**workload_metadata_config)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0ce1c8d11173fd9f480a71bb10ed59e3b287b876392f0952a290a0eba0000b90)
            check_type(argname="argument advanced_machine_features", value=advanced_machine_features, expected_type=type_hints["advanced_machine_features"])
            check_type(argname="argument boot_disk_kms_crypto_key_ref", value=boot_disk_kms_crypto_key_ref, expected_type=type_hints["boot_disk_kms_crypto_key_ref"])
            check_type(argname="argument confidential_nodes", value=confidential_nodes, expected_type=type_hints["confidential_nodes"])
            check_type(argname="argument containerd_config", value=containerd_config, expected_type=type_hints["containerd_config"])
            check_type(argname="argument disk_size_gb", value=disk_size_gb, expected_type=type_hints["disk_size_gb"])
            check_type(argname="argument disk_type", value=disk_type, expected_type=type_hints["disk_type"])
            check_type(argname="argument ephemeral_storage_config", value=ephemeral_storage_config, expected_type=type_hints["ephemeral_storage_config"])
            check_type(argname="argument ephemeral_storage_local_ssd_config", value=ephemeral_storage_local_ssd_config, expected_type=type_hints["ephemeral_storage_local_ssd_config"])
            check_type(argname="argument fast_socket", value=fast_socket, expected_type=type_hints["fast_socket"])
            check_type(argname="argument gcfs_config", value=gcfs_config, expected_type=type_hints["gcfs_config"])
            check_type(argname="argument guest_accelerator", value=guest_accelerator, expected_type=type_hints["guest_accelerator"])
            check_type(argname="argument gvnic", value=gvnic, expected_type=type_hints["gvnic"])
            check_type(argname="argument host_maintenance_policy", value=host_maintenance_policy, expected_type=type_hints["host_maintenance_policy"])
            check_type(argname="argument image_type", value=image_type, expected_type=type_hints["image_type"])
            check_type(argname="argument kubelet_config", value=kubelet_config, expected_type=type_hints["kubelet_config"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
            check_type(argname="argument linux_node_config", value=linux_node_config, expected_type=type_hints["linux_node_config"])
            check_type(argname="argument local_nvme_ssd_block_config", value=local_nvme_ssd_block_config, expected_type=type_hints["local_nvme_ssd_block_config"])
            check_type(argname="argument local_ssd_count", value=local_ssd_count, expected_type=type_hints["local_ssd_count"])
            check_type(argname="argument logging_variant", value=logging_variant, expected_type=type_hints["logging_variant"])
            check_type(argname="argument machine_type", value=machine_type, expected_type=type_hints["machine_type"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument min_cpu_platform", value=min_cpu_platform, expected_type=type_hints["min_cpu_platform"])
            check_type(argname="argument node_group_ref", value=node_group_ref, expected_type=type_hints["node_group_ref"])
            check_type(argname="argument oauth_scopes", value=oauth_scopes, expected_type=type_hints["oauth_scopes"])
            check_type(argname="argument preemptible", value=preemptible, expected_type=type_hints["preemptible"])
            check_type(argname="argument reservation_affinity", value=reservation_affinity, expected_type=type_hints["reservation_affinity"])
            check_type(argname="argument resource_labels", value=resource_labels, expected_type=type_hints["resource_labels"])
            check_type(argname="argument resource_manager_tags", value=resource_manager_tags, expected_type=type_hints["resource_manager_tags"])
            check_type(argname="argument sandbox_config", value=sandbox_config, expected_type=type_hints["sandbox_config"])
            check_type(argname="argument service_account_ref", value=service_account_ref, expected_type=type_hints["service_account_ref"])
            check_type(argname="argument shielded_instance_config", value=shielded_instance_config, expected_type=type_hints["shielded_instance_config"])
            check_type(argname="argument sole_tenant_config", value=sole_tenant_config, expected_type=type_hints["sole_tenant_config"])
            check_type(argname="argument spot", value=spot, expected_type=type_hints["spot"])
            check_type(argname="argument tags", value=tags, expected_type=type_hints["tags"])
            check_type(argname="argument taint", value=taint, expected_type=type_hints["taint"])
            check_type(argname="argument workload_metadata_config", value=workload_metadata_config, expected_type=type_hints["workload_metadata_config"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if advanced_machine_features is not None:
            self._values["advanced_machine_features"] = advanced_machine_features
        if boot_disk_kms_crypto_key_ref is not None:
            self._values["boot_disk_kms_crypto_key_ref"] = boot_disk_kms_crypto_key_ref
        if confidential_nodes is not None:
            self._values["confidential_nodes"] = confidential_nodes
        if containerd_config is not None:
            self._values["containerd_config"] = containerd_config
        if disk_size_gb is not None:
            self._values["disk_size_gb"] = disk_size_gb
        if disk_type is not None:
            self._values["disk_type"] = disk_type
        if ephemeral_storage_config is not None:
            self._values["ephemeral_storage_config"] = ephemeral_storage_config
        if ephemeral_storage_local_ssd_config is not None:
            self._values["ephemeral_storage_local_ssd_config"] = ephemeral_storage_local_ssd_config
        if fast_socket is not None:
            self._values["fast_socket"] = fast_socket
        if gcfs_config is not None:
            self._values["gcfs_config"] = gcfs_config
        if guest_accelerator is not None:
            self._values["guest_accelerator"] = guest_accelerator
        if gvnic is not None:
            self._values["gvnic"] = gvnic
        if host_maintenance_policy is not None:
            self._values["host_maintenance_policy"] = host_maintenance_policy
        if image_type is not None:
            self._values["image_type"] = image_type
        if kubelet_config is not None:
            self._values["kubelet_config"] = kubelet_config
        if labels is not None:
            self._values["labels"] = labels
        if linux_node_config is not None:
            self._values["linux_node_config"] = linux_node_config
        if local_nvme_ssd_block_config is not None:
            self._values["local_nvme_ssd_block_config"] = local_nvme_ssd_block_config
        if local_ssd_count is not None:
            self._values["local_ssd_count"] = local_ssd_count
        if logging_variant is not None:
            self._values["logging_variant"] = logging_variant
        if machine_type is not None:
            self._values["machine_type"] = machine_type
        if metadata is not None:
            self._values["metadata"] = metadata
        if min_cpu_platform is not None:
            self._values["min_cpu_platform"] = min_cpu_platform
        if node_group_ref is not None:
            self._values["node_group_ref"] = node_group_ref
        if oauth_scopes is not None:
            self._values["oauth_scopes"] = oauth_scopes
        if preemptible is not None:
            self._values["preemptible"] = preemptible
        if reservation_affinity is not None:
            self._values["reservation_affinity"] = reservation_affinity
        if resource_labels is not None:
            self._values["resource_labels"] = resource_labels
        if resource_manager_tags is not None:
            self._values["resource_manager_tags"] = resource_manager_tags
        if sandbox_config is not None:
            self._values["sandbox_config"] = sandbox_config
        if service_account_ref is not None:
            self._values["service_account_ref"] = service_account_ref
        if shielded_instance_config is not None:
            self._values["shielded_instance_config"] = shielded_instance_config
        if sole_tenant_config is not None:
            self._values["sole_tenant_config"] = sole_tenant_config
        if spot is not None:
            self._values["spot"] = spot
        if tags is not None:
            self._values["tags"] = tags
        if taint is not None:
            self._values["taint"] = taint
        if workload_metadata_config is not None:
            self._values["workload_metadata_config"] = workload_metadata_config

    @builtins.property
    def advanced_machine_features(
        self,
    ) -> typing.Optional["ContainerClusterSpecNodeConfigAdvancedMachineFeatures"]:
        '''Immutable.

        Specifies options for controlling advanced machine features.

        :schema: ContainerClusterSpecNodeConfig#advancedMachineFeatures
        '''
        result = self._values.get("advanced_machine_features")
        return typing.cast(typing.Optional["ContainerClusterSpecNodeConfigAdvancedMachineFeatures"], result)

    @builtins.property
    def boot_disk_kms_crypto_key_ref(
        self,
    ) -> typing.Optional["ContainerClusterSpecNodeConfigBootDiskKmsCryptoKeyRef"]:
        '''
        :schema: ContainerClusterSpecNodeConfig#bootDiskKMSCryptoKeyRef
        '''
        result = self._values.get("boot_disk_kms_crypto_key_ref")
        return typing.cast(typing.Optional["ContainerClusterSpecNodeConfigBootDiskKmsCryptoKeyRef"], result)

    @builtins.property
    def confidential_nodes(
        self,
    ) -> typing.Optional["ContainerClusterSpecNodeConfigConfidentialNodes"]:
        '''Immutable.

        Configuration for the confidential nodes feature, which makes nodes run on confidential VMs. Warning: This configuration can't be changed (or added/removed) after pool creation without deleting and recreating the entire pool.

        :schema: ContainerClusterSpecNodeConfig#confidentialNodes
        '''
        result = self._values.get("confidential_nodes")
        return typing.cast(typing.Optional["ContainerClusterSpecNodeConfigConfidentialNodes"], result)

    @builtins.property
    def containerd_config(
        self,
    ) -> typing.Optional["ContainerClusterSpecNodeConfigContainerdConfig"]:
        '''Parameters for containerd customization.

        :schema: ContainerClusterSpecNodeConfig#containerdConfig
        '''
        result = self._values.get("containerd_config")
        return typing.cast(typing.Optional["ContainerClusterSpecNodeConfigContainerdConfig"], result)

    @builtins.property
    def disk_size_gb(self) -> typing.Optional[jsii.Number]:
        '''Immutable.

        Size of the disk attached to each node, specified in GB. The smallest allowed disk size is 10GB.

        :schema: ContainerClusterSpecNodeConfig#diskSizeGb
        '''
        result = self._values.get("disk_size_gb")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def disk_type(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        Type of the disk attached to each node. Such as pd-standard, pd-balanced or pd-ssd.

        :schema: ContainerClusterSpecNodeConfig#diskType
        '''
        result = self._values.get("disk_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ephemeral_storage_config(
        self,
    ) -> typing.Optional["ContainerClusterSpecNodeConfigEphemeralStorageConfig"]:
        '''Immutable.

        Parameters for the ephemeral storage filesystem. If unspecified, ephemeral storage is backed by the boot disk.

        :schema: ContainerClusterSpecNodeConfig#ephemeralStorageConfig
        '''
        result = self._values.get("ephemeral_storage_config")
        return typing.cast(typing.Optional["ContainerClusterSpecNodeConfigEphemeralStorageConfig"], result)

    @builtins.property
    def ephemeral_storage_local_ssd_config(
        self,
    ) -> typing.Optional["ContainerClusterSpecNodeConfigEphemeralStorageLocalSsdConfig"]:
        '''Immutable.

        Parameters for the ephemeral storage filesystem. If unspecified, ephemeral storage is backed by the boot disk.

        :schema: ContainerClusterSpecNodeConfig#ephemeralStorageLocalSsdConfig
        '''
        result = self._values.get("ephemeral_storage_local_ssd_config")
        return typing.cast(typing.Optional["ContainerClusterSpecNodeConfigEphemeralStorageLocalSsdConfig"], result)

    @builtins.property
    def fast_socket(
        self,
    ) -> typing.Optional["ContainerClusterSpecNodeConfigFastSocket"]:
        '''Enable or disable NCCL Fast Socket in the node pool.

        :schema: ContainerClusterSpecNodeConfig#fastSocket
        '''
        result = self._values.get("fast_socket")
        return typing.cast(typing.Optional["ContainerClusterSpecNodeConfigFastSocket"], result)

    @builtins.property
    def gcfs_config(
        self,
    ) -> typing.Optional["ContainerClusterSpecNodeConfigGcfsConfig"]:
        '''Immutable.

        GCFS configuration for this node.

        :schema: ContainerClusterSpecNodeConfig#gcfsConfig
        '''
        result = self._values.get("gcfs_config")
        return typing.cast(typing.Optional["ContainerClusterSpecNodeConfigGcfsConfig"], result)

    @builtins.property
    def guest_accelerator(
        self,
    ) -> typing.Optional[typing.List["ContainerClusterSpecNodeConfigGuestAccelerator"]]:
        '''Immutable.

        List of the type and count of accelerator cards attached to the instance.

        :schema: ContainerClusterSpecNodeConfig#guestAccelerator
        '''
        result = self._values.get("guest_accelerator")
        return typing.cast(typing.Optional[typing.List["ContainerClusterSpecNodeConfigGuestAccelerator"]], result)

    @builtins.property
    def gvnic(self) -> typing.Optional["ContainerClusterSpecNodeConfigGvnic"]:
        '''Immutable.

        Enable or disable gvnic in the node pool.

        :schema: ContainerClusterSpecNodeConfig#gvnic
        '''
        result = self._values.get("gvnic")
        return typing.cast(typing.Optional["ContainerClusterSpecNodeConfigGvnic"], result)

    @builtins.property
    def host_maintenance_policy(
        self,
    ) -> typing.Optional["ContainerClusterSpecNodeConfigHostMaintenancePolicy"]:
        '''Immutable.

        The maintenance policy for the hosts on which the GKE VMs run on.

        :schema: ContainerClusterSpecNodeConfig#hostMaintenancePolicy
        '''
        result = self._values.get("host_maintenance_policy")
        return typing.cast(typing.Optional["ContainerClusterSpecNodeConfigHostMaintenancePolicy"], result)

    @builtins.property
    def image_type(self) -> typing.Optional[builtins.str]:
        '''The image type to use for this node.

        Note that for a given image type, the latest version of it will be used.

        :schema: ContainerClusterSpecNodeConfig#imageType
        '''
        result = self._values.get("image_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kubelet_config(
        self,
    ) -> typing.Optional["ContainerClusterSpecNodeConfigKubeletConfig"]:
        '''Node kubelet configs.

        :schema: ContainerClusterSpecNodeConfig#kubeletConfig
        '''
        result = self._values.get("kubelet_config")
        return typing.cast(typing.Optional["ContainerClusterSpecNodeConfigKubeletConfig"], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Immutable.

        The map of Kubernetes labels (key/value pairs) to be applied to each node. These will added in addition to any default label(s) that Kubernetes may apply to the node.

        :schema: ContainerClusterSpecNodeConfig#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def linux_node_config(
        self,
    ) -> typing.Optional["ContainerClusterSpecNodeConfigLinuxNodeConfig"]:
        '''Parameters that can be configured on Linux nodes.

        :schema: ContainerClusterSpecNodeConfig#linuxNodeConfig
        '''
        result = self._values.get("linux_node_config")
        return typing.cast(typing.Optional["ContainerClusterSpecNodeConfigLinuxNodeConfig"], result)

    @builtins.property
    def local_nvme_ssd_block_config(
        self,
    ) -> typing.Optional["ContainerClusterSpecNodeConfigLocalNvmeSsdBlockConfig"]:
        '''Immutable.

        Parameters for raw-block local NVMe SSDs.

        :schema: ContainerClusterSpecNodeConfig#localNvmeSsdBlockConfig
        '''
        result = self._values.get("local_nvme_ssd_block_config")
        return typing.cast(typing.Optional["ContainerClusterSpecNodeConfigLocalNvmeSsdBlockConfig"], result)

    @builtins.property
    def local_ssd_count(self) -> typing.Optional[jsii.Number]:
        '''Immutable.

        The number of local SSD disks to be attached to the node.

        :schema: ContainerClusterSpecNodeConfig#localSsdCount
        '''
        result = self._values.get("local_ssd_count")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def logging_variant(self) -> typing.Optional[builtins.str]:
        '''Type of logging agent that is used as the default value for node pools in the cluster.

        Valid values include DEFAULT and MAX_THROUGHPUT.

        :schema: ContainerClusterSpecNodeConfig#loggingVariant
        '''
        result = self._values.get("logging_variant")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def machine_type(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        The name of a Google Compute Engine machine type.

        :schema: ContainerClusterSpecNodeConfig#machineType
        '''
        result = self._values.get("machine_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def metadata(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Immutable.

        The metadata key/value pairs assigned to instances in the cluster.

        :schema: ContainerClusterSpecNodeConfig#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def min_cpu_platform(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        Minimum CPU platform to be used by this instance. The instance may be scheduled on the specified or newer CPU platform.

        :schema: ContainerClusterSpecNodeConfig#minCpuPlatform
        '''
        result = self._values.get("min_cpu_platform")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def node_group_ref(
        self,
    ) -> typing.Optional["ContainerClusterSpecNodeConfigNodeGroupRef"]:
        '''Immutable.

        Setting this field will assign instances of this pool to run on the specified node group. This is useful for running workloads on sole tenant nodes.

        :schema: ContainerClusterSpecNodeConfig#nodeGroupRef
        '''
        result = self._values.get("node_group_ref")
        return typing.cast(typing.Optional["ContainerClusterSpecNodeConfigNodeGroupRef"], result)

    @builtins.property
    def oauth_scopes(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Immutable.

        The set of Google API scopes to be made available on all of the node VMs.

        :schema: ContainerClusterSpecNodeConfig#oauthScopes
        '''
        result = self._values.get("oauth_scopes")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def preemptible(self) -> typing.Optional[builtins.bool]:
        '''Immutable.

        Whether the nodes are created as preemptible VM instances.

        :schema: ContainerClusterSpecNodeConfig#preemptible
        '''
        result = self._values.get("preemptible")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def reservation_affinity(
        self,
    ) -> typing.Optional["ContainerClusterSpecNodeConfigReservationAffinity"]:
        '''Immutable.

        The reservation affinity configuration for the node pool.

        :schema: ContainerClusterSpecNodeConfig#reservationAffinity
        '''
        result = self._values.get("reservation_affinity")
        return typing.cast(typing.Optional["ContainerClusterSpecNodeConfigReservationAffinity"], result)

    @builtins.property
    def resource_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''The GCE resource labels (a map of key/value pairs) to be applied to the node pool.

        :schema: ContainerClusterSpecNodeConfig#resourceLabels
        '''
        result = self._values.get("resource_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def resource_manager_tags(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''The resource manager tags (a map of key/value pairs) to be applied to GKE nodes.

        Keys must be in the format tagKeys/{tag_key_id}, and values are in the format tagValues/{tag_value_id}.

        :schema: ContainerClusterSpecNodeConfig#resourceManagerTags
        '''
        result = self._values.get("resource_manager_tags")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def sandbox_config(
        self,
    ) -> typing.Optional["ContainerClusterSpecNodeConfigSandboxConfig"]:
        '''Immutable.

        Sandbox configuration for this node.

        :schema: ContainerClusterSpecNodeConfig#sandboxConfig
        '''
        result = self._values.get("sandbox_config")
        return typing.cast(typing.Optional["ContainerClusterSpecNodeConfigSandboxConfig"], result)

    @builtins.property
    def service_account_ref(
        self,
    ) -> typing.Optional["ContainerClusterSpecNodeConfigServiceAccountRef"]:
        '''
        :schema: ContainerClusterSpecNodeConfig#serviceAccountRef
        '''
        result = self._values.get("service_account_ref")
        return typing.cast(typing.Optional["ContainerClusterSpecNodeConfigServiceAccountRef"], result)

    @builtins.property
    def shielded_instance_config(
        self,
    ) -> typing.Optional["ContainerClusterSpecNodeConfigShieldedInstanceConfig"]:
        '''Immutable.

        Shielded Instance options.

        :schema: ContainerClusterSpecNodeConfig#shieldedInstanceConfig
        '''
        result = self._values.get("shielded_instance_config")
        return typing.cast(typing.Optional["ContainerClusterSpecNodeConfigShieldedInstanceConfig"], result)

    @builtins.property
    def sole_tenant_config(
        self,
    ) -> typing.Optional["ContainerClusterSpecNodeConfigSoleTenantConfig"]:
        '''Immutable.

        Node affinity options for sole tenant node pools.

        :schema: ContainerClusterSpecNodeConfig#soleTenantConfig
        '''
        result = self._values.get("sole_tenant_config")
        return typing.cast(typing.Optional["ContainerClusterSpecNodeConfigSoleTenantConfig"], result)

    @builtins.property
    def spot(self) -> typing.Optional[builtins.bool]:
        '''Immutable.

        Whether the nodes are created as spot VM instances.

        :schema: ContainerClusterSpecNodeConfig#spot
        '''
        result = self._values.get("spot")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def tags(self) -> typing.Optional[typing.List[builtins.str]]:
        '''The list of instance tags applied to all nodes.

        :schema: ContainerClusterSpecNodeConfig#tags
        '''
        result = self._values.get("tags")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def taint(
        self,
    ) -> typing.Optional[typing.List["ContainerClusterSpecNodeConfigTaint"]]:
        '''List of Kubernetes taints to be applied to each node.

        :schema: ContainerClusterSpecNodeConfig#taint
        '''
        result = self._values.get("taint")
        return typing.cast(typing.Optional[typing.List["ContainerClusterSpecNodeConfigTaint"]], result)

    @builtins.property
    def workload_metadata_config(
        self,
    ) -> typing.Optional["ContainerClusterSpecNodeConfigWorkloadMetadataConfig"]:
        '''Immutable.

        The workload metadata configuration for this node.

        :schema: ContainerClusterSpecNodeConfig#workloadMetadataConfig
        '''
        result = self._values.get("workload_metadata_config")
        return typing.cast(typing.Optional["ContainerClusterSpecNodeConfigWorkloadMetadataConfig"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNodeConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNodeConfigAdvancedMachineFeatures",
    jsii_struct_bases=[],
    name_mapping={
        "enable_nested_virtualization": "enableNestedVirtualization",
        "threads_per_core": "threadsPerCore",
    },
)
class ContainerClusterSpecNodeConfigAdvancedMachineFeatures:
    def __init__(
        self,
        *,
        enable_nested_virtualization: typing.Optional[builtins.bool] = None,
        threads_per_core: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''Immutable.

        Specifies options for controlling advanced machine features.

        :param enable_nested_virtualization: Immutable. Whether or not to enable nested virtualization (defaults to false).
        :param threads_per_core: Immutable. The number of threads per physical core. To disable simultaneous multithreading (SMT) set this to 1. If unset, the maximum number of threads supported per core by the underlying processor is assumed.

        :schema: ContainerClusterSpecNodeConfigAdvancedMachineFeatures
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5f4d3d1362048b97fc91d801f6f4372191871a0e1b9a1e1ac48295d1c00e49ca)
            check_type(argname="argument enable_nested_virtualization", value=enable_nested_virtualization, expected_type=type_hints["enable_nested_virtualization"])
            check_type(argname="argument threads_per_core", value=threads_per_core, expected_type=type_hints["threads_per_core"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enable_nested_virtualization is not None:
            self._values["enable_nested_virtualization"] = enable_nested_virtualization
        if threads_per_core is not None:
            self._values["threads_per_core"] = threads_per_core

    @builtins.property
    def enable_nested_virtualization(self) -> typing.Optional[builtins.bool]:
        '''Immutable.

        Whether or not to enable nested virtualization (defaults to false).

        :schema: ContainerClusterSpecNodeConfigAdvancedMachineFeatures#enableNestedVirtualization
        '''
        result = self._values.get("enable_nested_virtualization")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def threads_per_core(self) -> typing.Optional[jsii.Number]:
        '''Immutable.

        The number of threads per physical core. To disable simultaneous multithreading (SMT) set this to 1. If unset, the maximum number of threads supported per core by the underlying processor is assumed.

        :schema: ContainerClusterSpecNodeConfigAdvancedMachineFeatures#threadsPerCore
        '''
        result = self._values.get("threads_per_core")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNodeConfigAdvancedMachineFeatures(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNodeConfigBootDiskKmsCryptoKeyRef",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class ContainerClusterSpecNodeConfigBootDiskKmsCryptoKeyRef:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param external: A reference to an externally managed KMSCryptoKey. Should be in the format ``projects/[kms_project_id]/locations/[region]/keyRings/[key_ring_id]/cryptoKeys/[key]``.
        :param name: The ``name`` of a ``KMSCryptoKey`` resource.
        :param namespace: The ``namespace`` of a ``KMSCryptoKey`` resource.

        :schema: ContainerClusterSpecNodeConfigBootDiskKmsCryptoKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__92a36476fd4b34fcfd67c54f41f172af33887a3619e401d838ff138cd8bf87b1)
            check_type(argname="argument external", value=external, expected_type=type_hints["external"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if external is not None:
            self._values["external"] = external
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def external(self) -> typing.Optional[builtins.str]:
        '''A reference to an externally managed KMSCryptoKey.

        Should be in the format ``projects/[kms_project_id]/locations/[region]/keyRings/[key_ring_id]/cryptoKeys/[key]``.

        :schema: ContainerClusterSpecNodeConfigBootDiskKmsCryptoKeyRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The ``name`` of a ``KMSCryptoKey`` resource.

        :schema: ContainerClusterSpecNodeConfigBootDiskKmsCryptoKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The ``namespace`` of a ``KMSCryptoKey`` resource.

        :schema: ContainerClusterSpecNodeConfigBootDiskKmsCryptoKeyRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNodeConfigBootDiskKmsCryptoKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNodeConfigConfidentialNodes",
    jsii_struct_bases=[],
    name_mapping={
        "enabled": "enabled",
        "confidential_instance_type": "confidentialInstanceType",
    },
)
class ContainerClusterSpecNodeConfigConfidentialNodes:
    def __init__(
        self,
        *,
        enabled: builtins.bool,
        confidential_instance_type: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Immutable.

        Configuration for the confidential nodes feature, which makes nodes run on confidential VMs. Warning: This configuration can't be changed (or added/removed) after pool creation without deleting and recreating the entire pool.

        :param enabled: Immutable. Whether Confidential Nodes feature is enabled for all nodes in this pool.
        :param confidential_instance_type: Immutable. Defines the type of technology used by the confidential node.

        :schema: ContainerClusterSpecNodeConfigConfidentialNodes
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fd0902832a382337e052b7e6f0723818485e7b65ab7aef293c5f38bf9bae1be9)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument confidential_instance_type", value=confidential_instance_type, expected_type=type_hints["confidential_instance_type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "enabled": enabled,
        }
        if confidential_instance_type is not None:
            self._values["confidential_instance_type"] = confidential_instance_type

    @builtins.property
    def enabled(self) -> builtins.bool:
        '''Immutable.

        Whether Confidential Nodes feature is enabled for all nodes in this pool.

        :schema: ContainerClusterSpecNodeConfigConfidentialNodes#enabled
        '''
        result = self._values.get("enabled")
        assert result is not None, "Required property 'enabled' is missing"
        return typing.cast(builtins.bool, result)

    @builtins.property
    def confidential_instance_type(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        Defines the type of technology used by the confidential node.

        :schema: ContainerClusterSpecNodeConfigConfidentialNodes#confidentialInstanceType
        '''
        result = self._values.get("confidential_instance_type")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNodeConfigConfidentialNodes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNodeConfigContainerdConfig",
    jsii_struct_bases=[],
    name_mapping={
        "private_registry_access_config": "privateRegistryAccessConfig",
        "registry_hosts": "registryHosts",
        "writable_cgroups": "writableCgroups",
    },
)
class ContainerClusterSpecNodeConfigContainerdConfig:
    def __init__(
        self,
        *,
        private_registry_access_config: typing.Optional[typing.Union["ContainerClusterSpecNodeConfigContainerdConfigPrivateRegistryAccessConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        registry_hosts: typing.Optional[typing.Sequence[typing.Union["ContainerClusterSpecNodeConfigContainerdConfigRegistryHosts", typing.Dict[builtins.str, typing.Any]]]] = None,
        writable_cgroups: typing.Optional[typing.Union["ContainerClusterSpecNodeConfigContainerdConfigWritableCgroups", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Parameters for containerd customization.

        :param private_registry_access_config: Parameters for private container registries configuration.
        :param registry_hosts: Configures containerd registry host configuration. Each registryHosts entry represents a hosts.toml file.
        :param writable_cgroups: Parameters for writable cgroups configuration.

        :schema: ContainerClusterSpecNodeConfigContainerdConfig
        '''
        if isinstance(private_registry_access_config, dict):
            private_registry_access_config = ContainerClusterSpecNodeConfigContainerdConfigPrivateRegistryAccessConfig(**private_registry_access_config)
        if isinstance(writable_cgroups, dict):
            writable_cgroups = ContainerClusterSpecNodeConfigContainerdConfigWritableCgroups(**writable_cgroups)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d9f2f2155165f6030c93e39eec56554f179e9d062e98e08b49db7acbd47b091a)
            check_type(argname="argument private_registry_access_config", value=private_registry_access_config, expected_type=type_hints["private_registry_access_config"])
            check_type(argname="argument registry_hosts", value=registry_hosts, expected_type=type_hints["registry_hosts"])
            check_type(argname="argument writable_cgroups", value=writable_cgroups, expected_type=type_hints["writable_cgroups"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if private_registry_access_config is not None:
            self._values["private_registry_access_config"] = private_registry_access_config
        if registry_hosts is not None:
            self._values["registry_hosts"] = registry_hosts
        if writable_cgroups is not None:
            self._values["writable_cgroups"] = writable_cgroups

    @builtins.property
    def private_registry_access_config(
        self,
    ) -> typing.Optional["ContainerClusterSpecNodeConfigContainerdConfigPrivateRegistryAccessConfig"]:
        '''Parameters for private container registries configuration.

        :schema: ContainerClusterSpecNodeConfigContainerdConfig#privateRegistryAccessConfig
        '''
        result = self._values.get("private_registry_access_config")
        return typing.cast(typing.Optional["ContainerClusterSpecNodeConfigContainerdConfigPrivateRegistryAccessConfig"], result)

    @builtins.property
    def registry_hosts(
        self,
    ) -> typing.Optional[typing.List["ContainerClusterSpecNodeConfigContainerdConfigRegistryHosts"]]:
        '''Configures containerd registry host configuration.

        Each registryHosts entry represents a hosts.toml file.

        :schema: ContainerClusterSpecNodeConfigContainerdConfig#registryHosts
        '''
        result = self._values.get("registry_hosts")
        return typing.cast(typing.Optional[typing.List["ContainerClusterSpecNodeConfigContainerdConfigRegistryHosts"]], result)

    @builtins.property
    def writable_cgroups(
        self,
    ) -> typing.Optional["ContainerClusterSpecNodeConfigContainerdConfigWritableCgroups"]:
        '''Parameters for writable cgroups configuration.

        :schema: ContainerClusterSpecNodeConfigContainerdConfig#writableCgroups
        '''
        result = self._values.get("writable_cgroups")
        return typing.cast(typing.Optional["ContainerClusterSpecNodeConfigContainerdConfigWritableCgroups"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNodeConfigContainerdConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNodeConfigContainerdConfigPrivateRegistryAccessConfig",
    jsii_struct_bases=[],
    name_mapping={
        "certificate_authority_domain_config": "certificateAuthorityDomainConfig",
        "enabled": "enabled",
    },
)
class ContainerClusterSpecNodeConfigContainerdConfigPrivateRegistryAccessConfig:
    def __init__(
        self,
        *,
        certificate_authority_domain_config: typing.Optional[typing.Sequence[typing.Union["ContainerClusterSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfig", typing.Dict[builtins.str, typing.Any]]]] = None,
        enabled: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''Parameters for private container registries configuration.

        :param certificate_authority_domain_config: Private registry access configuration.
        :param enabled: Private registry access is enabled.

        :schema: ContainerClusterSpecNodeConfigContainerdConfigPrivateRegistryAccessConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3dfb9d6b81949d030cff0d493e8ea3314b6968160f757b08fccba07c6d82e1af)
            check_type(argname="argument certificate_authority_domain_config", value=certificate_authority_domain_config, expected_type=type_hints["certificate_authority_domain_config"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if certificate_authority_domain_config is not None:
            self._values["certificate_authority_domain_config"] = certificate_authority_domain_config
        if enabled is not None:
            self._values["enabled"] = enabled

    @builtins.property
    def certificate_authority_domain_config(
        self,
    ) -> typing.Optional[typing.List["ContainerClusterSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfig"]]:
        '''Private registry access configuration.

        :schema: ContainerClusterSpecNodeConfigContainerdConfigPrivateRegistryAccessConfig#certificateAuthorityDomainConfig
        '''
        result = self._values.get("certificate_authority_domain_config")
        return typing.cast(typing.Optional[typing.List["ContainerClusterSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfig"]], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Private registry access is enabled.

        :schema: ContainerClusterSpecNodeConfigContainerdConfigPrivateRegistryAccessConfig#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNodeConfigContainerdConfigPrivateRegistryAccessConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfig",
    jsii_struct_bases=[],
    name_mapping={
        "fqdns": "fqdns",
        "gcp_secret_manager_certificate_config": "gcpSecretManagerCertificateConfig",
    },
)
class ContainerClusterSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfig:
    def __init__(
        self,
        *,
        fqdns: typing.Optional[typing.Sequence[builtins.str]] = None,
        gcp_secret_manager_certificate_config: typing.Optional[typing.Union["ContainerClusterSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfig", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param fqdns: List of fully qualified domain names (FQDN). Specifying port is supported. Wildcards are NOT supported.
        :param gcp_secret_manager_certificate_config: Google Secret Manager (GCP) certificate configuration.

        :schema: ContainerClusterSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfig
        '''
        if isinstance(gcp_secret_manager_certificate_config, dict):
            gcp_secret_manager_certificate_config = ContainerClusterSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfig(**gcp_secret_manager_certificate_config)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1acee8066fd9cc56ee362ac0c423c3b3210aa5f334a1ba8b5c3bc401f2da12ae)
            check_type(argname="argument fqdns", value=fqdns, expected_type=type_hints["fqdns"])
            check_type(argname="argument gcp_secret_manager_certificate_config", value=gcp_secret_manager_certificate_config, expected_type=type_hints["gcp_secret_manager_certificate_config"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if fqdns is not None:
            self._values["fqdns"] = fqdns
        if gcp_secret_manager_certificate_config is not None:
            self._values["gcp_secret_manager_certificate_config"] = gcp_secret_manager_certificate_config

    @builtins.property
    def fqdns(self) -> typing.Optional[typing.List[builtins.str]]:
        '''List of fully qualified domain names (FQDN).

        Specifying port is supported. Wildcards are NOT supported.

        :schema: ContainerClusterSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfig#fqdns
        '''
        result = self._values.get("fqdns")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def gcp_secret_manager_certificate_config(
        self,
    ) -> typing.Optional["ContainerClusterSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfig"]:
        '''Google Secret Manager (GCP) certificate configuration.

        :schema: ContainerClusterSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfig#gcpSecretManagerCertificateConfig
        '''
        result = self._values.get("gcp_secret_manager_certificate_config")
        return typing.cast(typing.Optional["ContainerClusterSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfig"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfig",
    jsii_struct_bases=[],
    name_mapping={"secret_ref": "secretRef"},
)
class ContainerClusterSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfig:
    def __init__(
        self,
        *,
        secret_ref: typing.Optional[typing.Union["ContainerClusterSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Google Secret Manager (GCP) certificate configuration.

        :param secret_ref: SecretRef is a reference to a SecretManagerSecretVersion resource.

        :schema: ContainerClusterSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfig
        '''
        if isinstance(secret_ref, dict):
            secret_ref = ContainerClusterSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigSecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2e705f696580d71d15d6331676d4b9aef8909a81caad428f9dd3742c8359402b)
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref

    @builtins.property
    def secret_ref(
        self,
    ) -> typing.Optional["ContainerClusterSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigSecretRef"]:
        '''SecretRef is a reference to a SecretManagerSecretVersion resource.

        :schema: ContainerClusterSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfig#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["ContainerClusterSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigSecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigSecretRef",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class ContainerClusterSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigSecretRef:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretRef is a reference to a SecretManagerSecretVersion resource.

        :param external: If provided must be in the format ``projects/_/secrets/_/versions/*``.
        :param name: The ``name`` field of a ``SecretManagerSecretVersion`` resource.
        :param namespace: The ``metadata.namespace`` field of a ``SecretManagerSecretVersion`` resource.

        :schema: ContainerClusterSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__106144029bc5ffc2005ddcbbbfe37b56dd49b49ae5f9deb1b8aaa727d85129e4)
            check_type(argname="argument external", value=external, expected_type=type_hints["external"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if external is not None:
            self._values["external"] = external
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def external(self) -> typing.Optional[builtins.str]:
        '''If provided must be in the format ``projects/_/secrets/_/versions/*``.

        :schema: ContainerClusterSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigSecretRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The ``name`` field of a ``SecretManagerSecretVersion`` resource.

        :schema: ContainerClusterSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The ``metadata.namespace`` field of a ``SecretManagerSecretVersion`` resource.

        :schema: ContainerClusterSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNodeConfigContainerdConfigRegistryHosts",
    jsii_struct_bases=[],
    name_mapping={"hosts": "hosts", "server": "server"},
)
class ContainerClusterSpecNodeConfigContainerdConfigRegistryHosts:
    def __init__(
        self,
        *,
        hosts: typing.Optional[typing.Sequence[typing.Union["ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHosts", typing.Dict[builtins.str, typing.Any]]]] = None,
        server: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param hosts: Configures a list of host-specific configurations for the server.
        :param server: Defines the host name of the registry server.

        :schema: ContainerClusterSpecNodeConfigContainerdConfigRegistryHosts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__65b94983ef9b6351ca5a3b92cc6d8236f5c78a095eb37b4e1f891ec42cd19d77)
            check_type(argname="argument hosts", value=hosts, expected_type=type_hints["hosts"])
            check_type(argname="argument server", value=server, expected_type=type_hints["server"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if hosts is not None:
            self._values["hosts"] = hosts
        if server is not None:
            self._values["server"] = server

    @builtins.property
    def hosts(
        self,
    ) -> typing.Optional[typing.List["ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHosts"]]:
        '''Configures a list of host-specific configurations for the server.

        :schema: ContainerClusterSpecNodeConfigContainerdConfigRegistryHosts#hosts
        '''
        result = self._values.get("hosts")
        return typing.cast(typing.Optional[typing.List["ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHosts"]], result)

    @builtins.property
    def server(self) -> typing.Optional[builtins.str]:
        '''Defines the host name of the registry server.

        :schema: ContainerClusterSpecNodeConfigContainerdConfigRegistryHosts#server
        '''
        result = self._values.get("server")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNodeConfigContainerdConfigRegistryHosts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHosts",
    jsii_struct_bases=[],
    name_mapping={
        "ca": "ca",
        "capabilities": "capabilities",
        "client": "client",
        "dial_timeout": "dialTimeout",
        "header": "header",
        "host": "host",
        "override_path": "overridePath",
    },
)
class ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHosts:
    def __init__(
        self,
        *,
        ca: typing.Optional[typing.Sequence[typing.Union["ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsCa", typing.Dict[builtins.str, typing.Any]]]] = None,
        capabilities: typing.Optional[typing.Sequence[builtins.str]] = None,
        client: typing.Optional[typing.Sequence[typing.Union["ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClient", typing.Dict[builtins.str, typing.Any]]]] = None,
        dial_timeout: typing.Optional[builtins.str] = None,
        header: typing.Optional[typing.Sequence[typing.Union["ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsHeader", typing.Dict[builtins.str, typing.Any]]]] = None,
        host: typing.Optional[builtins.str] = None,
        override_path: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param ca: Configures the registry host certificate.
        :param capabilities: Represent the capabilities of the registry host, specifying what operations a host is capable of performing.
        :param client: Configures the registry host client certificate and key.
        :param dial_timeout: Specifies the maximum duration allowed for a connection attempt to complete.
        :param header: Configures the registry host headers.
        :param host: Configures the registry host/mirror.
        :param override_path: Indicate the host's API root endpoint is defined in the URL path rather than by the API specification.

        :schema: ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHosts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bc4ba5ae0444889a0634e39e466a1b0419748e07c5919efb341e197979baeada)
            check_type(argname="argument ca", value=ca, expected_type=type_hints["ca"])
            check_type(argname="argument capabilities", value=capabilities, expected_type=type_hints["capabilities"])
            check_type(argname="argument client", value=client, expected_type=type_hints["client"])
            check_type(argname="argument dial_timeout", value=dial_timeout, expected_type=type_hints["dial_timeout"])
            check_type(argname="argument header", value=header, expected_type=type_hints["header"])
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument override_path", value=override_path, expected_type=type_hints["override_path"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ca is not None:
            self._values["ca"] = ca
        if capabilities is not None:
            self._values["capabilities"] = capabilities
        if client is not None:
            self._values["client"] = client
        if dial_timeout is not None:
            self._values["dial_timeout"] = dial_timeout
        if header is not None:
            self._values["header"] = header
        if host is not None:
            self._values["host"] = host
        if override_path is not None:
            self._values["override_path"] = override_path

    @builtins.property
    def ca(
        self,
    ) -> typing.Optional[typing.List["ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsCa"]]:
        '''Configures the registry host certificate.

        :schema: ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHosts#ca
        '''
        result = self._values.get("ca")
        return typing.cast(typing.Optional[typing.List["ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsCa"]], result)

    @builtins.property
    def capabilities(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Represent the capabilities of the registry host, specifying what operations a host is capable of performing.

        :schema: ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHosts#capabilities
        '''
        result = self._values.get("capabilities")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def client(
        self,
    ) -> typing.Optional[typing.List["ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClient"]]:
        '''Configures the registry host client certificate and key.

        :schema: ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHosts#client
        '''
        result = self._values.get("client")
        return typing.cast(typing.Optional[typing.List["ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClient"]], result)

    @builtins.property
    def dial_timeout(self) -> typing.Optional[builtins.str]:
        '''Specifies the maximum duration allowed for a connection attempt to complete.

        :schema: ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHosts#dialTimeout
        '''
        result = self._values.get("dial_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def header(
        self,
    ) -> typing.Optional[typing.List["ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsHeader"]]:
        '''Configures the registry host headers.

        :schema: ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHosts#header
        '''
        result = self._values.get("header")
        return typing.cast(typing.Optional[typing.List["ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsHeader"]], result)

    @builtins.property
    def host(self) -> typing.Optional[builtins.str]:
        '''Configures the registry host/mirror.

        :schema: ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHosts#host
        '''
        result = self._values.get("host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def override_path(self) -> typing.Optional[builtins.bool]:
        '''Indicate the host's API root endpoint is defined in the URL path rather than by the API specification.

        :schema: ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHosts#overridePath
        '''
        result = self._values.get("override_path")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHosts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsCa",
    jsii_struct_bases=[],
    name_mapping={"secret_ref": "secretRef"},
)
class ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsCa:
    def __init__(
        self,
        *,
        secret_ref: typing.Optional[typing.Union["ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsCaSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param secret_ref: Reference to SecretManagerSecretVersion for the CA certificate.

        :schema: ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsCa
        '''
        if isinstance(secret_ref, dict):
            secret_ref = ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsCaSecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2fba2cf8917a17fdfdc50ff0c81b4df6b945f48becec55ebdd179ada7bc62aee)
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref

    @builtins.property
    def secret_ref(
        self,
    ) -> typing.Optional["ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsCaSecretRef"]:
        '''Reference to SecretManagerSecretVersion for the CA certificate.

        :schema: ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsCa#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsCaSecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsCa(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsCaSecretRef",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsCaSecretRef:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Reference to SecretManagerSecretVersion for the CA certificate.

        :param external: If provided must be in the format ``projects/_/secrets/_/versions/*``.
        :param name: The ``name`` field of a ``SecretManagerSecretVersion`` resource.
        :param namespace: The ``metadata.namespace`` field of a ``SecretManagerSecretVersion`` resource.

        :schema: ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsCaSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2b2e4b4c9f6439f3b0fd83ed17f5d7414c75aa041977ea813c3aa6cd3b94320d)
            check_type(argname="argument external", value=external, expected_type=type_hints["external"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if external is not None:
            self._values["external"] = external
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def external(self) -> typing.Optional[builtins.str]:
        '''If provided must be in the format ``projects/_/secrets/_/versions/*``.

        :schema: ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsCaSecretRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The ``name`` field of a ``SecretManagerSecretVersion`` resource.

        :schema: ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsCaSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The ``metadata.namespace`` field of a ``SecretManagerSecretVersion`` resource.

        :schema: ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsCaSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsCaSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClient",
    jsii_struct_bases=[],
    name_mapping={"cert": "cert", "key": "key"},
)
class ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClient:
    def __init__(
        self,
        *,
        cert: typing.Optional[typing.Union["ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClientCert", typing.Dict[builtins.str, typing.Any]]] = None,
        key: typing.Optional[typing.Union["ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClientKey", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param cert: Configures the client certificate.
        :param key: Configures the client private key.

        :schema: ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClient
        '''
        if isinstance(cert, dict):
            cert = ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClientCert(**cert)
        if isinstance(key, dict):
            key = ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClientKey(**key)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4cb396fa0ec566909278c26279709aadc9cad7664ecfd363984cef0097212a26)
            check_type(argname="argument cert", value=cert, expected_type=type_hints["cert"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cert is not None:
            self._values["cert"] = cert
        if key is not None:
            self._values["key"] = key

    @builtins.property
    def cert(
        self,
    ) -> typing.Optional["ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClientCert"]:
        '''Configures the client certificate.

        :schema: ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClient#cert
        '''
        result = self._values.get("cert")
        return typing.cast(typing.Optional["ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClientCert"], result)

    @builtins.property
    def key(
        self,
    ) -> typing.Optional["ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClientKey"]:
        '''Configures the client private key.

        :schema: ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClient#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional["ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClientKey"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClient(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClientCert",
    jsii_struct_bases=[],
    name_mapping={"secret_ref": "secretRef"},
)
class ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClientCert:
    def __init__(
        self,
        *,
        secret_ref: typing.Optional[typing.Union["ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClientCertSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Configures the client certificate.

        :param secret_ref: Reference to SecretManagerSecretVersion for the client certificate.

        :schema: ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClientCert
        '''
        if isinstance(secret_ref, dict):
            secret_ref = ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClientCertSecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f444eafd46cd4dfd154b64b68a6f7890f4265cc1b233c964f4b8a10054c4eeba)
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref

    @builtins.property
    def secret_ref(
        self,
    ) -> typing.Optional["ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClientCertSecretRef"]:
        '''Reference to SecretManagerSecretVersion for the client certificate.

        :schema: ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClientCert#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClientCertSecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClientCert(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClientCertSecretRef",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClientCertSecretRef:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Reference to SecretManagerSecretVersion for the client certificate.

        :param external: If provided must be in the format ``projects/_/secrets/_/versions/*``.
        :param name: The ``name`` field of a ``SecretManagerSecretVersion`` resource.
        :param namespace: The ``metadata.namespace`` field of a ``SecretManagerSecretVersion`` resource.

        :schema: ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClientCertSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e732346ac220c26b6b406a4462674db54caf56c55e3c12189f6bffc974288e64)
            check_type(argname="argument external", value=external, expected_type=type_hints["external"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if external is not None:
            self._values["external"] = external
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def external(self) -> typing.Optional[builtins.str]:
        '''If provided must be in the format ``projects/_/secrets/_/versions/*``.

        :schema: ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClientCertSecretRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The ``name`` field of a ``SecretManagerSecretVersion`` resource.

        :schema: ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClientCertSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The ``metadata.namespace`` field of a ``SecretManagerSecretVersion`` resource.

        :schema: ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClientCertSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClientCertSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClientKey",
    jsii_struct_bases=[],
    name_mapping={"secret_ref": "secretRef"},
)
class ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClientKey:
    def __init__(
        self,
        *,
        secret_ref: typing.Optional[typing.Union["ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClientKeySecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Configures the client private key.

        :param secret_ref: Reference to SecretManagerSecretVersion for the client key.

        :schema: ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClientKey
        '''
        if isinstance(secret_ref, dict):
            secret_ref = ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClientKeySecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__51cdfa8293664409970497d463e4ae42147f88c9473997f5e97af1301d16c6c3)
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref

    @builtins.property
    def secret_ref(
        self,
    ) -> typing.Optional["ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClientKeySecretRef"]:
        '''Reference to SecretManagerSecretVersion for the client key.

        :schema: ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClientKey#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClientKeySecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClientKey(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClientKeySecretRef",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClientKeySecretRef:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Reference to SecretManagerSecretVersion for the client key.

        :param external: If provided must be in the format ``projects/_/secrets/_/versions/*``.
        :param name: The ``name`` field of a ``SecretManagerSecretVersion`` resource.
        :param namespace: The ``metadata.namespace`` field of a ``SecretManagerSecretVersion`` resource.

        :schema: ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClientKeySecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9e35cc237d3bdde847e3f5fed058c542275fd7d2e70ce878d33476088b7690e0)
            check_type(argname="argument external", value=external, expected_type=type_hints["external"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if external is not None:
            self._values["external"] = external
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def external(self) -> typing.Optional[builtins.str]:
        '''If provided must be in the format ``projects/_/secrets/_/versions/*``.

        :schema: ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClientKeySecretRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The ``name`` field of a ``SecretManagerSecretVersion`` resource.

        :schema: ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClientKeySecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The ``metadata.namespace`` field of a ``SecretManagerSecretVersion`` resource.

        :schema: ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClientKeySecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClientKeySecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsHeader",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "value": "value"},
)
class ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsHeader:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        value: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param key: Configures the header key.
        :param value: Configures the header value.

        :schema: ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsHeader
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2dca4a83ab2c7edab768c644691c59fd2d3df99d8a1f88bfa6459d9d7a20ee68)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''Configures the header key.

        :schema: ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsHeader#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Configures the header value.

        :schema: ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsHeader#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsHeader(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNodeConfigContainerdConfigWritableCgroups",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ContainerClusterSpecNodeConfigContainerdConfigWritableCgroups:
    def __init__(self, *, enabled: typing.Optional[builtins.bool] = None) -> None:
        '''Parameters for writable cgroups configuration.

        :param enabled: Whether writable cgroups are enabled.

        :schema: ContainerClusterSpecNodeConfigContainerdConfigWritableCgroups
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6aed76cb170af13c7733a492889b6b7e970cb9bca510863daaa10b0140a53588)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Whether writable cgroups are enabled.

        :schema: ContainerClusterSpecNodeConfigContainerdConfigWritableCgroups#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNodeConfigContainerdConfigWritableCgroups(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNodeConfigEphemeralStorageConfig",
    jsii_struct_bases=[],
    name_mapping={"local_ssd_count": "localSsdCount"},
)
class ContainerClusterSpecNodeConfigEphemeralStorageConfig:
    def __init__(self, *, local_ssd_count: jsii.Number) -> None:
        '''Immutable.

        Parameters for the ephemeral storage filesystem. If unspecified, ephemeral storage is backed by the boot disk.

        :param local_ssd_count: Immutable. Number of local SSDs to use to back ephemeral storage. Uses NVMe interfaces. Each local SSD must be 375 or 3000 GB in size, and all local SSDs must share the same size.

        :schema: ContainerClusterSpecNodeConfigEphemeralStorageConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9229790b1f11f5bd87328ff21fdb4b144e6041eb8f894824fe2e4ef8a57e6c66)
            check_type(argname="argument local_ssd_count", value=local_ssd_count, expected_type=type_hints["local_ssd_count"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "local_ssd_count": local_ssd_count,
        }

    @builtins.property
    def local_ssd_count(self) -> jsii.Number:
        '''Immutable.

        Number of local SSDs to use to back ephemeral storage. Uses NVMe interfaces. Each local SSD must be 375 or 3000 GB in size, and all local SSDs must share the same size.

        :schema: ContainerClusterSpecNodeConfigEphemeralStorageConfig#localSsdCount
        '''
        result = self._values.get("local_ssd_count")
        assert result is not None, "Required property 'local_ssd_count' is missing"
        return typing.cast(jsii.Number, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNodeConfigEphemeralStorageConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNodeConfigEphemeralStorageLocalSsdConfig",
    jsii_struct_bases=[],
    name_mapping={
        "local_ssd_count": "localSsdCount",
        "data_cache_count": "dataCacheCount",
    },
)
class ContainerClusterSpecNodeConfigEphemeralStorageLocalSsdConfig:
    def __init__(
        self,
        *,
        local_ssd_count: jsii.Number,
        data_cache_count: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''Immutable.

        Parameters for the ephemeral storage filesystem. If unspecified, ephemeral storage is backed by the boot disk.

        :param local_ssd_count: Immutable. Number of local SSDs to use to back ephemeral storage. Uses NVMe interfaces. Each local SSD must be 375 or 3000 GB in size, and all local SSDs must share the same size.
        :param data_cache_count: Immutable. Number of local SSDs to be utilized for GKE Data Cache. Uses NVMe interfaces.

        :schema: ContainerClusterSpecNodeConfigEphemeralStorageLocalSsdConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b04853206f4124fa8489cbcc72ea44c3080ce45177cd5c16f754a90ce1e57fac)
            check_type(argname="argument local_ssd_count", value=local_ssd_count, expected_type=type_hints["local_ssd_count"])
            check_type(argname="argument data_cache_count", value=data_cache_count, expected_type=type_hints["data_cache_count"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "local_ssd_count": local_ssd_count,
        }
        if data_cache_count is not None:
            self._values["data_cache_count"] = data_cache_count

    @builtins.property
    def local_ssd_count(self) -> jsii.Number:
        '''Immutable.

        Number of local SSDs to use to back ephemeral storage. Uses NVMe interfaces. Each local SSD must be 375 or 3000 GB in size, and all local SSDs must share the same size.

        :schema: ContainerClusterSpecNodeConfigEphemeralStorageLocalSsdConfig#localSsdCount
        '''
        result = self._values.get("local_ssd_count")
        assert result is not None, "Required property 'local_ssd_count' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def data_cache_count(self) -> typing.Optional[jsii.Number]:
        '''Immutable.

        Number of local SSDs to be utilized for GKE Data Cache. Uses NVMe interfaces.

        :schema: ContainerClusterSpecNodeConfigEphemeralStorageLocalSsdConfig#dataCacheCount
        '''
        result = self._values.get("data_cache_count")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNodeConfigEphemeralStorageLocalSsdConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNodeConfigFastSocket",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ContainerClusterSpecNodeConfigFastSocket:
    def __init__(self, *, enabled: builtins.bool) -> None:
        '''Enable or disable NCCL Fast Socket in the node pool.

        :param enabled: Whether or not NCCL Fast Socket is enabled.

        :schema: ContainerClusterSpecNodeConfigFastSocket
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__18343f05201064bc3159e854d3c9eee5abfe481ab6de06fe65e977528484dd63)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "enabled": enabled,
        }

    @builtins.property
    def enabled(self) -> builtins.bool:
        '''Whether or not NCCL Fast Socket is enabled.

        :schema: ContainerClusterSpecNodeConfigFastSocket#enabled
        '''
        result = self._values.get("enabled")
        assert result is not None, "Required property 'enabled' is missing"
        return typing.cast(builtins.bool, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNodeConfigFastSocket(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNodeConfigGcfsConfig",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ContainerClusterSpecNodeConfigGcfsConfig:
    def __init__(self, *, enabled: builtins.bool) -> None:
        '''Immutable.

        GCFS configuration for this node.

        :param enabled: Whether or not GCFS is enabled.

        :schema: ContainerClusterSpecNodeConfigGcfsConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__44f2e661fb78680fe5e111ce11a696ba910f01c24dae7635b04bc037961fe1e0)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "enabled": enabled,
        }

    @builtins.property
    def enabled(self) -> builtins.bool:
        '''Whether or not GCFS is enabled.

        :schema: ContainerClusterSpecNodeConfigGcfsConfig#enabled
        '''
        result = self._values.get("enabled")
        assert result is not None, "Required property 'enabled' is missing"
        return typing.cast(builtins.bool, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNodeConfigGcfsConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNodeConfigGuestAccelerator",
    jsii_struct_bases=[],
    name_mapping={
        "count": "count",
        "type": "type",
        "gpu_driver_installation_config": "gpuDriverInstallationConfig",
        "gpu_partition_size": "gpuPartitionSize",
        "gpu_sharing_config": "gpuSharingConfig",
    },
)
class ContainerClusterSpecNodeConfigGuestAccelerator:
    def __init__(
        self,
        *,
        count: jsii.Number,
        type: builtins.str,
        gpu_driver_installation_config: typing.Optional[typing.Union["ContainerClusterSpecNodeConfigGuestAcceleratorGpuDriverInstallationConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        gpu_partition_size: typing.Optional[builtins.str] = None,
        gpu_sharing_config: typing.Optional[typing.Union["ContainerClusterSpecNodeConfigGuestAcceleratorGpuSharingConfig", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param count: Immutable. The number of the accelerator cards exposed to an instance.
        :param type: Immutable. The accelerator type resource name.
        :param gpu_driver_installation_config: Immutable. Configuration for auto installation of GPU driver.
        :param gpu_partition_size: Immutable. Size of partitions to create on the GPU. Valid values are described in the NVIDIA mig user guide (https://docs.nvidia.com/datacenter/tesla/mig-user-guide/#partitioning).
        :param gpu_sharing_config: Immutable. Configuration for GPU sharing.

        :schema: ContainerClusterSpecNodeConfigGuestAccelerator
        '''
        if isinstance(gpu_driver_installation_config, dict):
            gpu_driver_installation_config = ContainerClusterSpecNodeConfigGuestAcceleratorGpuDriverInstallationConfig(**gpu_driver_installation_config)
        if isinstance(gpu_sharing_config, dict):
            gpu_sharing_config = ContainerClusterSpecNodeConfigGuestAcceleratorGpuSharingConfig(**gpu_sharing_config)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__be732512e1a8594babfce7f00b351d5b6284770ea1482410223f386b2339cf5c)
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument gpu_driver_installation_config", value=gpu_driver_installation_config, expected_type=type_hints["gpu_driver_installation_config"])
            check_type(argname="argument gpu_partition_size", value=gpu_partition_size, expected_type=type_hints["gpu_partition_size"])
            check_type(argname="argument gpu_sharing_config", value=gpu_sharing_config, expected_type=type_hints["gpu_sharing_config"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "count": count,
            "type": type,
        }
        if gpu_driver_installation_config is not None:
            self._values["gpu_driver_installation_config"] = gpu_driver_installation_config
        if gpu_partition_size is not None:
            self._values["gpu_partition_size"] = gpu_partition_size
        if gpu_sharing_config is not None:
            self._values["gpu_sharing_config"] = gpu_sharing_config

    @builtins.property
    def count(self) -> jsii.Number:
        '''Immutable.

        The number of the accelerator cards exposed to an instance.

        :schema: ContainerClusterSpecNodeConfigGuestAccelerator#count
        '''
        result = self._values.get("count")
        assert result is not None, "Required property 'count' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def type(self) -> builtins.str:
        '''Immutable.

        The accelerator type resource name.

        :schema: ContainerClusterSpecNodeConfigGuestAccelerator#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def gpu_driver_installation_config(
        self,
    ) -> typing.Optional["ContainerClusterSpecNodeConfigGuestAcceleratorGpuDriverInstallationConfig"]:
        '''Immutable.

        Configuration for auto installation of GPU driver.

        :schema: ContainerClusterSpecNodeConfigGuestAccelerator#gpuDriverInstallationConfig
        '''
        result = self._values.get("gpu_driver_installation_config")
        return typing.cast(typing.Optional["ContainerClusterSpecNodeConfigGuestAcceleratorGpuDriverInstallationConfig"], result)

    @builtins.property
    def gpu_partition_size(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        Size of partitions to create on the GPU. Valid values are described in the NVIDIA mig user guide (https://docs.nvidia.com/datacenter/tesla/mig-user-guide/#partitioning).

        :schema: ContainerClusterSpecNodeConfigGuestAccelerator#gpuPartitionSize
        '''
        result = self._values.get("gpu_partition_size")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def gpu_sharing_config(
        self,
    ) -> typing.Optional["ContainerClusterSpecNodeConfigGuestAcceleratorGpuSharingConfig"]:
        '''Immutable.

        Configuration for GPU sharing.

        :schema: ContainerClusterSpecNodeConfigGuestAccelerator#gpuSharingConfig
        '''
        result = self._values.get("gpu_sharing_config")
        return typing.cast(typing.Optional["ContainerClusterSpecNodeConfigGuestAcceleratorGpuSharingConfig"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNodeConfigGuestAccelerator(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNodeConfigGuestAcceleratorGpuDriverInstallationConfig",
    jsii_struct_bases=[],
    name_mapping={"gpu_driver_version": "gpuDriverVersion"},
)
class ContainerClusterSpecNodeConfigGuestAcceleratorGpuDriverInstallationConfig:
    def __init__(self, *, gpu_driver_version: builtins.str) -> None:
        '''Immutable.

        Configuration for auto installation of GPU driver.

        :param gpu_driver_version: Immutable. Mode for how the GPU driver is installed.

        :schema: ContainerClusterSpecNodeConfigGuestAcceleratorGpuDriverInstallationConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1bb24c8489881daad10b7636607ce83eafa231b3e4cbb5c3d53d5edfe899714f)
            check_type(argname="argument gpu_driver_version", value=gpu_driver_version, expected_type=type_hints["gpu_driver_version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "gpu_driver_version": gpu_driver_version,
        }

    @builtins.property
    def gpu_driver_version(self) -> builtins.str:
        '''Immutable.

        Mode for how the GPU driver is installed.

        :schema: ContainerClusterSpecNodeConfigGuestAcceleratorGpuDriverInstallationConfig#gpuDriverVersion
        '''
        result = self._values.get("gpu_driver_version")
        assert result is not None, "Required property 'gpu_driver_version' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNodeConfigGuestAcceleratorGpuDriverInstallationConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNodeConfigGuestAcceleratorGpuSharingConfig",
    jsii_struct_bases=[],
    name_mapping={
        "gpu_sharing_strategy": "gpuSharingStrategy",
        "max_shared_clients_per_gpu": "maxSharedClientsPerGpu",
    },
)
class ContainerClusterSpecNodeConfigGuestAcceleratorGpuSharingConfig:
    def __init__(
        self,
        *,
        gpu_sharing_strategy: builtins.str,
        max_shared_clients_per_gpu: jsii.Number,
    ) -> None:
        '''Immutable.

        Configuration for GPU sharing.

        :param gpu_sharing_strategy: Immutable. The type of GPU sharing strategy to enable on the GPU node. Possible values are described in the API package (https://pkg.go.dev/google.golang.org/api/container/v1#GPUSharingConfig).
        :param max_shared_clients_per_gpu: Immutable. The maximum number of containers that can share a GPU.

        :schema: ContainerClusterSpecNodeConfigGuestAcceleratorGpuSharingConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fab2f183824fe28b885b9a2b6b4224cf285600bb7937c582b7a126636e543ebe)
            check_type(argname="argument gpu_sharing_strategy", value=gpu_sharing_strategy, expected_type=type_hints["gpu_sharing_strategy"])
            check_type(argname="argument max_shared_clients_per_gpu", value=max_shared_clients_per_gpu, expected_type=type_hints["max_shared_clients_per_gpu"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "gpu_sharing_strategy": gpu_sharing_strategy,
            "max_shared_clients_per_gpu": max_shared_clients_per_gpu,
        }

    @builtins.property
    def gpu_sharing_strategy(self) -> builtins.str:
        '''Immutable.

        The type of GPU sharing strategy to enable on the GPU node. Possible values are described in the API package (https://pkg.go.dev/google.golang.org/api/container/v1#GPUSharingConfig).

        :schema: ContainerClusterSpecNodeConfigGuestAcceleratorGpuSharingConfig#gpuSharingStrategy
        '''
        result = self._values.get("gpu_sharing_strategy")
        assert result is not None, "Required property 'gpu_sharing_strategy' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def max_shared_clients_per_gpu(self) -> jsii.Number:
        '''Immutable.

        The maximum number of containers that can share a GPU.

        :schema: ContainerClusterSpecNodeConfigGuestAcceleratorGpuSharingConfig#maxSharedClientsPerGpu
        '''
        result = self._values.get("max_shared_clients_per_gpu")
        assert result is not None, "Required property 'max_shared_clients_per_gpu' is missing"
        return typing.cast(jsii.Number, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNodeConfigGuestAcceleratorGpuSharingConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNodeConfigGvnic",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ContainerClusterSpecNodeConfigGvnic:
    def __init__(self, *, enabled: builtins.bool) -> None:
        '''Immutable.

        Enable or disable gvnic in the node pool.

        :param enabled: Immutable. Whether or not gvnic is enabled.

        :schema: ContainerClusterSpecNodeConfigGvnic
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__663efa249e9c844588a2bfdf00763b3b2d827453624cd42109fdb1fd1d5dbee6)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "enabled": enabled,
        }

    @builtins.property
    def enabled(self) -> builtins.bool:
        '''Immutable.

        Whether or not gvnic is enabled.

        :schema: ContainerClusterSpecNodeConfigGvnic#enabled
        '''
        result = self._values.get("enabled")
        assert result is not None, "Required property 'enabled' is missing"
        return typing.cast(builtins.bool, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNodeConfigGvnic(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNodeConfigHostMaintenancePolicy",
    jsii_struct_bases=[],
    name_mapping={"maintenance_interval": "maintenanceInterval"},
)
class ContainerClusterSpecNodeConfigHostMaintenancePolicy:
    def __init__(self, *, maintenance_interval: builtins.str) -> None:
        '''Immutable.

        The maintenance policy for the hosts on which the GKE VMs run on.

        :param maintenance_interval: Immutable. .

        :schema: ContainerClusterSpecNodeConfigHostMaintenancePolicy
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b3645f460f16a79616f046acb8aba05ddbef907ba1ed98e9bca8b4978f4abf2d)
            check_type(argname="argument maintenance_interval", value=maintenance_interval, expected_type=type_hints["maintenance_interval"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "maintenance_interval": maintenance_interval,
        }

    @builtins.property
    def maintenance_interval(self) -> builtins.str:
        '''Immutable.

        .

        :schema: ContainerClusterSpecNodeConfigHostMaintenancePolicy#maintenanceInterval
        '''
        result = self._values.get("maintenance_interval")
        assert result is not None, "Required property 'maintenance_interval' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNodeConfigHostMaintenancePolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNodeConfigKubeletConfig",
    jsii_struct_bases=[],
    name_mapping={
        "cpu_manager_policy": "cpuManagerPolicy",
        "cpu_cfs_quota": "cpuCfsQuota",
        "cpu_cfs_quota_period": "cpuCfsQuotaPeriod",
        "image_gc_high_threshold_percent": "imageGcHighThresholdPercent",
        "image_gc_low_threshold_percent": "imageGcLowThresholdPercent",
        "image_maximum_gc_age": "imageMaximumGcAge",
        "image_minimum_gc_age": "imageMinimumGcAge",
        "pod_pids_limit": "podPidsLimit",
    },
)
class ContainerClusterSpecNodeConfigKubeletConfig:
    def __init__(
        self,
        *,
        cpu_manager_policy: builtins.str,
        cpu_cfs_quota: typing.Optional[builtins.bool] = None,
        cpu_cfs_quota_period: typing.Optional[builtins.str] = None,
        image_gc_high_threshold_percent: typing.Optional[jsii.Number] = None,
        image_gc_low_threshold_percent: typing.Optional[jsii.Number] = None,
        image_maximum_gc_age: typing.Optional[builtins.str] = None,
        image_minimum_gc_age: typing.Optional[builtins.str] = None,
        pod_pids_limit: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''Node kubelet configs.

        :param cpu_manager_policy: Control the CPU management policy on the node.
        :param cpu_cfs_quota: Enable CPU CFS quota enforcement for containers that specify CPU limits.
        :param cpu_cfs_quota_period: Set the CPU CFS quota period value 'cpu.cfs_period_us'.
        :param image_gc_high_threshold_percent: Percent of disk usage after which image garbage collection is always run.
        :param image_gc_low_threshold_percent: Percent of disk usage before which image garbage collection is never run. Lowest disk usage to garbage collect to.
        :param image_maximum_gc_age: Maximum age an image can be unused before it is garbage collected.
        :param image_minimum_gc_age: Minimum age for an unused image before it is garbage collected.
        :param pod_pids_limit: Controls the maximum number of processes allowed to run in a pod.

        :schema: ContainerClusterSpecNodeConfigKubeletConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7c431e3391513119c116439dd501472859075814082b52f2d953ee03d0801bca)
            check_type(argname="argument cpu_manager_policy", value=cpu_manager_policy, expected_type=type_hints["cpu_manager_policy"])
            check_type(argname="argument cpu_cfs_quota", value=cpu_cfs_quota, expected_type=type_hints["cpu_cfs_quota"])
            check_type(argname="argument cpu_cfs_quota_period", value=cpu_cfs_quota_period, expected_type=type_hints["cpu_cfs_quota_period"])
            check_type(argname="argument image_gc_high_threshold_percent", value=image_gc_high_threshold_percent, expected_type=type_hints["image_gc_high_threshold_percent"])
            check_type(argname="argument image_gc_low_threshold_percent", value=image_gc_low_threshold_percent, expected_type=type_hints["image_gc_low_threshold_percent"])
            check_type(argname="argument image_maximum_gc_age", value=image_maximum_gc_age, expected_type=type_hints["image_maximum_gc_age"])
            check_type(argname="argument image_minimum_gc_age", value=image_minimum_gc_age, expected_type=type_hints["image_minimum_gc_age"])
            check_type(argname="argument pod_pids_limit", value=pod_pids_limit, expected_type=type_hints["pod_pids_limit"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "cpu_manager_policy": cpu_manager_policy,
        }
        if cpu_cfs_quota is not None:
            self._values["cpu_cfs_quota"] = cpu_cfs_quota
        if cpu_cfs_quota_period is not None:
            self._values["cpu_cfs_quota_period"] = cpu_cfs_quota_period
        if image_gc_high_threshold_percent is not None:
            self._values["image_gc_high_threshold_percent"] = image_gc_high_threshold_percent
        if image_gc_low_threshold_percent is not None:
            self._values["image_gc_low_threshold_percent"] = image_gc_low_threshold_percent
        if image_maximum_gc_age is not None:
            self._values["image_maximum_gc_age"] = image_maximum_gc_age
        if image_minimum_gc_age is not None:
            self._values["image_minimum_gc_age"] = image_minimum_gc_age
        if pod_pids_limit is not None:
            self._values["pod_pids_limit"] = pod_pids_limit

    @builtins.property
    def cpu_manager_policy(self) -> builtins.str:
        '''Control the CPU management policy on the node.

        :schema: ContainerClusterSpecNodeConfigKubeletConfig#cpuManagerPolicy
        '''
        result = self._values.get("cpu_manager_policy")
        assert result is not None, "Required property 'cpu_manager_policy' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def cpu_cfs_quota(self) -> typing.Optional[builtins.bool]:
        '''Enable CPU CFS quota enforcement for containers that specify CPU limits.

        :schema: ContainerClusterSpecNodeConfigKubeletConfig#cpuCfsQuota
        '''
        result = self._values.get("cpu_cfs_quota")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def cpu_cfs_quota_period(self) -> typing.Optional[builtins.str]:
        '''Set the CPU CFS quota period value 'cpu.cfs_period_us'.

        :schema: ContainerClusterSpecNodeConfigKubeletConfig#cpuCfsQuotaPeriod
        '''
        result = self._values.get("cpu_cfs_quota_period")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_gc_high_threshold_percent(self) -> typing.Optional[jsii.Number]:
        '''Percent of disk usage after which image garbage collection is always run.

        :schema: ContainerClusterSpecNodeConfigKubeletConfig#imageGcHighThresholdPercent
        '''
        result = self._values.get("image_gc_high_threshold_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def image_gc_low_threshold_percent(self) -> typing.Optional[jsii.Number]:
        '''Percent of disk usage before which image garbage collection is never run.

        Lowest disk usage to garbage collect to.

        :schema: ContainerClusterSpecNodeConfigKubeletConfig#imageGcLowThresholdPercent
        '''
        result = self._values.get("image_gc_low_threshold_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def image_maximum_gc_age(self) -> typing.Optional[builtins.str]:
        '''Maximum age an image can be unused before it is garbage collected.

        :schema: ContainerClusterSpecNodeConfigKubeletConfig#imageMaximumGcAge
        '''
        result = self._values.get("image_maximum_gc_age")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_minimum_gc_age(self) -> typing.Optional[builtins.str]:
        '''Minimum age for an unused image before it is garbage collected.

        :schema: ContainerClusterSpecNodeConfigKubeletConfig#imageMinimumGcAge
        '''
        result = self._values.get("image_minimum_gc_age")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def pod_pids_limit(self) -> typing.Optional[jsii.Number]:
        '''Controls the maximum number of processes allowed to run in a pod.

        :schema: ContainerClusterSpecNodeConfigKubeletConfig#podPidsLimit
        '''
        result = self._values.get("pod_pids_limit")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNodeConfigKubeletConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNodeConfigLinuxNodeConfig",
    jsii_struct_bases=[],
    name_mapping={"cgroup_mode": "cgroupMode", "sysctls": "sysctls"},
)
class ContainerClusterSpecNodeConfigLinuxNodeConfig:
    def __init__(
        self,
        *,
        cgroup_mode: typing.Optional[builtins.str] = None,
        sysctls: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Parameters that can be configured on Linux nodes.

        :param cgroup_mode: cgroupMode specifies the cgroup mode to be used on the node.
        :param sysctls: The Linux kernel parameters to be applied to the nodes and all pods running on the nodes.

        :schema: ContainerClusterSpecNodeConfigLinuxNodeConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dfc4c97623a21c399fe668471850495fc22f0ab620671f11d4d5bd229918d988)
            check_type(argname="argument cgroup_mode", value=cgroup_mode, expected_type=type_hints["cgroup_mode"])
            check_type(argname="argument sysctls", value=sysctls, expected_type=type_hints["sysctls"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cgroup_mode is not None:
            self._values["cgroup_mode"] = cgroup_mode
        if sysctls is not None:
            self._values["sysctls"] = sysctls

    @builtins.property
    def cgroup_mode(self) -> typing.Optional[builtins.str]:
        '''cgroupMode specifies the cgroup mode to be used on the node.

        :schema: ContainerClusterSpecNodeConfigLinuxNodeConfig#cgroupMode
        '''
        result = self._values.get("cgroup_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sysctls(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''The Linux kernel parameters to be applied to the nodes and all pods running on the nodes.

        :schema: ContainerClusterSpecNodeConfigLinuxNodeConfig#sysctls
        '''
        result = self._values.get("sysctls")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNodeConfigLinuxNodeConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNodeConfigLocalNvmeSsdBlockConfig",
    jsii_struct_bases=[],
    name_mapping={"local_ssd_count": "localSsdCount"},
)
class ContainerClusterSpecNodeConfigLocalNvmeSsdBlockConfig:
    def __init__(self, *, local_ssd_count: jsii.Number) -> None:
        '''Immutable.

        Parameters for raw-block local NVMe SSDs.

        :param local_ssd_count: Immutable. Number of raw-block local NVMe SSD disks to be attached to the node. Each local SSD is 375 GB in size.

        :schema: ContainerClusterSpecNodeConfigLocalNvmeSsdBlockConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d7b7be0a437a0d9c718f226f7a9387079575d6ba1302754adc0f3e863c58273e)
            check_type(argname="argument local_ssd_count", value=local_ssd_count, expected_type=type_hints["local_ssd_count"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "local_ssd_count": local_ssd_count,
        }

    @builtins.property
    def local_ssd_count(self) -> jsii.Number:
        '''Immutable.

        Number of raw-block local NVMe SSD disks to be attached to the node. Each local SSD is 375 GB in size.

        :schema: ContainerClusterSpecNodeConfigLocalNvmeSsdBlockConfig#localSsdCount
        '''
        result = self._values.get("local_ssd_count")
        assert result is not None, "Required property 'local_ssd_count' is missing"
        return typing.cast(jsii.Number, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNodeConfigLocalNvmeSsdBlockConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNodeConfigNodeGroupRef",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class ContainerClusterSpecNodeConfigNodeGroupRef:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Immutable.

        Setting this field will assign instances of this pool to run on the specified node group. This is useful for running workloads on sole tenant nodes.

        :param external: A reference to an externally managed ComputeNodeGroup resource. Should be in the format "projects/{{projectID}}/zones/{{zone}}/nodeGroups/{{nodeGroupID}}".
        :param name: The name of a ComputeNodeGroup resource.
        :param namespace: The namespace of a ComputeNodeGroup resource.

        :schema: ContainerClusterSpecNodeConfigNodeGroupRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c97c6ea6c3bbdfe01eb9d246b467b91d323a862d00664aa695041e080269c807)
            check_type(argname="argument external", value=external, expected_type=type_hints["external"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if external is not None:
            self._values["external"] = external
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def external(self) -> typing.Optional[builtins.str]:
        '''A reference to an externally managed ComputeNodeGroup resource.

        Should be in the format "projects/{{projectID}}/zones/{{zone}}/nodeGroups/{{nodeGroupID}}".

        :schema: ContainerClusterSpecNodeConfigNodeGroupRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of a ComputeNodeGroup resource.

        :schema: ContainerClusterSpecNodeConfigNodeGroupRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of a ComputeNodeGroup resource.

        :schema: ContainerClusterSpecNodeConfigNodeGroupRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNodeConfigNodeGroupRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNodeConfigReservationAffinity",
    jsii_struct_bases=[],
    name_mapping={
        "consume_reservation_type": "consumeReservationType",
        "key": "key",
        "values": "values",
    },
)
class ContainerClusterSpecNodeConfigReservationAffinity:
    def __init__(
        self,
        *,
        consume_reservation_type: builtins.str,
        key: typing.Optional[builtins.str] = None,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''Immutable.

        The reservation affinity configuration for the node pool.

        :param consume_reservation_type: Immutable. Corresponds to the type of reservation consumption.
        :param key: Immutable. The label key of a reservation resource.
        :param values: Immutable. The label values of the reservation resource.

        :schema: ContainerClusterSpecNodeConfigReservationAffinity
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__27f3b99f44fe50e347453dc0a11d1f5d7d9274e90f3dc140b331bed8282dc072)
            check_type(argname="argument consume_reservation_type", value=consume_reservation_type, expected_type=type_hints["consume_reservation_type"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "consume_reservation_type": consume_reservation_type,
        }
        if key is not None:
            self._values["key"] = key
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def consume_reservation_type(self) -> builtins.str:
        '''Immutable.

        Corresponds to the type of reservation consumption.

        :schema: ContainerClusterSpecNodeConfigReservationAffinity#consumeReservationType
        '''
        result = self._values.get("consume_reservation_type")
        assert result is not None, "Required property 'consume_reservation_type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        The label key of a reservation resource.

        :schema: ContainerClusterSpecNodeConfigReservationAffinity#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Immutable.

        The label values of the reservation resource.

        :schema: ContainerClusterSpecNodeConfigReservationAffinity#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNodeConfigReservationAffinity(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNodeConfigSandboxConfig",
    jsii_struct_bases=[],
    name_mapping={"sandbox_type": "sandboxType"},
)
class ContainerClusterSpecNodeConfigSandboxConfig:
    def __init__(self, *, sandbox_type: builtins.str) -> None:
        '''Immutable.

        Sandbox configuration for this node.

        :param sandbox_type: Type of the sandbox to use for the node (e.g. 'gvisor').

        :schema: ContainerClusterSpecNodeConfigSandboxConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__17e29b69589628411f1518b6709bdecc0d772b353cca874079a4bc3608461e2c)
            check_type(argname="argument sandbox_type", value=sandbox_type, expected_type=type_hints["sandbox_type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "sandbox_type": sandbox_type,
        }

    @builtins.property
    def sandbox_type(self) -> builtins.str:
        '''Type of the sandbox to use for the node (e.g. 'gvisor').

        :schema: ContainerClusterSpecNodeConfigSandboxConfig#sandboxType
        '''
        result = self._values.get("sandbox_type")
        assert result is not None, "Required property 'sandbox_type' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNodeConfigSandboxConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNodeConfigServiceAccountRef",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class ContainerClusterSpecNodeConfigServiceAccountRef:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param external: The ``email`` field of an ``IAMServiceAccount`` resource.
        :param name: Name of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
        :param namespace: Namespace of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/

        :schema: ContainerClusterSpecNodeConfigServiceAccountRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2d74ecbfa67f803f1868481c7513f40ad7f2bad31cfdf6b3fa13b37a68127040)
            check_type(argname="argument external", value=external, expected_type=type_hints["external"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if external is not None:
            self._values["external"] = external
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def external(self) -> typing.Optional[builtins.str]:
        '''The ``email`` field of an ``IAMServiceAccount`` resource.

        :schema: ContainerClusterSpecNodeConfigServiceAccountRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the referent.

        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names

        :schema: ContainerClusterSpecNodeConfigServiceAccountRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the referent.

        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/

        :schema: ContainerClusterSpecNodeConfigServiceAccountRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNodeConfigServiceAccountRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNodeConfigShieldedInstanceConfig",
    jsii_struct_bases=[],
    name_mapping={
        "enable_integrity_monitoring": "enableIntegrityMonitoring",
        "enable_secure_boot": "enableSecureBoot",
    },
)
class ContainerClusterSpecNodeConfigShieldedInstanceConfig:
    def __init__(
        self,
        *,
        enable_integrity_monitoring: typing.Optional[builtins.bool] = None,
        enable_secure_boot: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''Immutable.

        Shielded Instance options.

        :param enable_integrity_monitoring: Immutable. Defines whether the instance has integrity monitoring enabled.
        :param enable_secure_boot: Immutable. Defines whether the instance has Secure Boot enabled.

        :schema: ContainerClusterSpecNodeConfigShieldedInstanceConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__99755d628be4246f324cfa5eac59b4f0b5ede1960bf501401c0dfa66e35fc7c0)
            check_type(argname="argument enable_integrity_monitoring", value=enable_integrity_monitoring, expected_type=type_hints["enable_integrity_monitoring"])
            check_type(argname="argument enable_secure_boot", value=enable_secure_boot, expected_type=type_hints["enable_secure_boot"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enable_integrity_monitoring is not None:
            self._values["enable_integrity_monitoring"] = enable_integrity_monitoring
        if enable_secure_boot is not None:
            self._values["enable_secure_boot"] = enable_secure_boot

    @builtins.property
    def enable_integrity_monitoring(self) -> typing.Optional[builtins.bool]:
        '''Immutable.

        Defines whether the instance has integrity monitoring enabled.

        :schema: ContainerClusterSpecNodeConfigShieldedInstanceConfig#enableIntegrityMonitoring
        '''
        result = self._values.get("enable_integrity_monitoring")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def enable_secure_boot(self) -> typing.Optional[builtins.bool]:
        '''Immutable.

        Defines whether the instance has Secure Boot enabled.

        :schema: ContainerClusterSpecNodeConfigShieldedInstanceConfig#enableSecureBoot
        '''
        result = self._values.get("enable_secure_boot")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNodeConfigShieldedInstanceConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNodeConfigSoleTenantConfig",
    jsii_struct_bases=[],
    name_mapping={"node_affinity": "nodeAffinity"},
)
class ContainerClusterSpecNodeConfigSoleTenantConfig:
    def __init__(
        self,
        *,
        node_affinity: typing.Sequence[typing.Union["ContainerClusterSpecNodeConfigSoleTenantConfigNodeAffinity", typing.Dict[builtins.str, typing.Any]]],
    ) -> None:
        '''Immutable.

        Node affinity options for sole tenant node pools.

        :param node_affinity: Immutable. .

        :schema: ContainerClusterSpecNodeConfigSoleTenantConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5d613d6d6104dfbaf3dd33991d02e0f5ef393bbb4636cdb3b5a31d1dabbca7a4)
            check_type(argname="argument node_affinity", value=node_affinity, expected_type=type_hints["node_affinity"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "node_affinity": node_affinity,
        }

    @builtins.property
    def node_affinity(
        self,
    ) -> typing.List["ContainerClusterSpecNodeConfigSoleTenantConfigNodeAffinity"]:
        '''Immutable.

        .

        :schema: ContainerClusterSpecNodeConfigSoleTenantConfig#nodeAffinity
        '''
        result = self._values.get("node_affinity")
        assert result is not None, "Required property 'node_affinity' is missing"
        return typing.cast(typing.List["ContainerClusterSpecNodeConfigSoleTenantConfigNodeAffinity"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNodeConfigSoleTenantConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNodeConfigSoleTenantConfigNodeAffinity",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class ContainerClusterSpecNodeConfigSoleTenantConfigNodeAffinity:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Sequence[builtins.str],
    ) -> None:
        '''
        :param key: Immutable. .
        :param operator: Immutable. .
        :param values: Immutable. .

        :schema: ContainerClusterSpecNodeConfigSoleTenantConfigNodeAffinity
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0ed912148b34ee4675ba6574c150356138a56629e0aa4fe8790a3b6a74d1d874)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
            "values": values,
        }

    @builtins.property
    def key(self) -> builtins.str:
        '''Immutable.

        .

        :schema: ContainerClusterSpecNodeConfigSoleTenantConfigNodeAffinity#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''Immutable.

        .

        :schema: ContainerClusterSpecNodeConfigSoleTenantConfigNodeAffinity#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.List[builtins.str]:
        '''Immutable.

        .

        :schema: ContainerClusterSpecNodeConfigSoleTenantConfigNodeAffinity#values
        '''
        result = self._values.get("values")
        assert result is not None, "Required property 'values' is missing"
        return typing.cast(typing.List[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNodeConfigSoleTenantConfigNodeAffinity(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNodeConfigTaint",
    jsii_struct_bases=[],
    name_mapping={"effect": "effect", "key": "key", "value": "value"},
)
class ContainerClusterSpecNodeConfigTaint:
    def __init__(
        self,
        *,
        effect: builtins.str,
        key: builtins.str,
        value: builtins.str,
    ) -> None:
        '''
        :param effect: Effect for taint.
        :param key: Key for taint.
        :param value: Value for taint.

        :schema: ContainerClusterSpecNodeConfigTaint
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__102c7912bb5e290665ecf0a2e88dab3ac22b8e4bad7dcf9f6502b888e431baa8)
            check_type(argname="argument effect", value=effect, expected_type=type_hints["effect"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "effect": effect,
            "key": key,
            "value": value,
        }

    @builtins.property
    def effect(self) -> builtins.str:
        '''Effect for taint.

        :schema: ContainerClusterSpecNodeConfigTaint#effect
        '''
        result = self._values.get("effect")
        assert result is not None, "Required property 'effect' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def key(self) -> builtins.str:
        '''Key for taint.

        :schema: ContainerClusterSpecNodeConfigTaint#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''Value for taint.

        :schema: ContainerClusterSpecNodeConfigTaint#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNodeConfigTaint(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNodeConfigWorkloadMetadataConfig",
    jsii_struct_bases=[],
    name_mapping={"mode": "mode", "node_metadata": "nodeMetadata"},
)
class ContainerClusterSpecNodeConfigWorkloadMetadataConfig:
    def __init__(
        self,
        *,
        mode: typing.Optional[builtins.str] = None,
        node_metadata: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Immutable.

        The workload metadata configuration for this node.

        :param mode: Mode is the configuration for how to expose metadata to workloads running on the node.
        :param node_metadata: DEPRECATED. Deprecated in favor of mode. NodeMetadata is the configuration for how to expose metadata to the workloads running on the node.

        :schema: ContainerClusterSpecNodeConfigWorkloadMetadataConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f43704869903166460f250c95e876c01fc217c1dea1c8af3a9e44274787d557e)
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument node_metadata", value=node_metadata, expected_type=type_hints["node_metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if mode is not None:
            self._values["mode"] = mode
        if node_metadata is not None:
            self._values["node_metadata"] = node_metadata

    @builtins.property
    def mode(self) -> typing.Optional[builtins.str]:
        '''Mode is the configuration for how to expose metadata to workloads running on the node.

        :schema: ContainerClusterSpecNodeConfigWorkloadMetadataConfig#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def node_metadata(self) -> typing.Optional[builtins.str]:
        '''DEPRECATED.

        Deprecated in favor of mode. NodeMetadata is the configuration for how to expose metadata to the workloads running on the node.

        :schema: ContainerClusterSpecNodeConfigWorkloadMetadataConfig#nodeMetadata
        '''
        result = self._values.get("node_metadata")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNodeConfigWorkloadMetadataConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNodePoolAutoConfig",
    jsii_struct_bases=[],
    name_mapping={
        "network_tags": "networkTags",
        "resource_manager_tags": "resourceManagerTags",
    },
)
class ContainerClusterSpecNodePoolAutoConfig:
    def __init__(
        self,
        *,
        network_tags: typing.Optional[typing.Union["ContainerClusterSpecNodePoolAutoConfigNetworkTags", typing.Dict[builtins.str, typing.Any]]] = None,
        resource_manager_tags: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Node pool configs that apply to all auto-provisioned node pools in autopilot clusters and node auto-provisioning enabled clusters.

        :param network_tags: Collection of Compute Engine network tags that can be applied to a node's underlying VM instance.
        :param resource_manager_tags: Collection of Resource Manager tags to be applied to GKE Autopilot node pools. Keys must be in the format tagKeys/{tag_key_id}, and values are in the format tagValues/{tag_value_id}.

        :schema: ContainerClusterSpecNodePoolAutoConfig
        '''
        if isinstance(network_tags, dict):
            network_tags = ContainerClusterSpecNodePoolAutoConfigNetworkTags(**network_tags)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0266497eedc35a659e7a73a7cd94c8d5f2487187b9793eff6d946c704f013070)
            check_type(argname="argument network_tags", value=network_tags, expected_type=type_hints["network_tags"])
            check_type(argname="argument resource_manager_tags", value=resource_manager_tags, expected_type=type_hints["resource_manager_tags"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if network_tags is not None:
            self._values["network_tags"] = network_tags
        if resource_manager_tags is not None:
            self._values["resource_manager_tags"] = resource_manager_tags

    @builtins.property
    def network_tags(
        self,
    ) -> typing.Optional["ContainerClusterSpecNodePoolAutoConfigNetworkTags"]:
        '''Collection of Compute Engine network tags that can be applied to a node's underlying VM instance.

        :schema: ContainerClusterSpecNodePoolAutoConfig#networkTags
        '''
        result = self._values.get("network_tags")
        return typing.cast(typing.Optional["ContainerClusterSpecNodePoolAutoConfigNetworkTags"], result)

    @builtins.property
    def resource_manager_tags(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Collection of Resource Manager tags to be applied to GKE Autopilot node pools.

        Keys must be in the format tagKeys/{tag_key_id}, and values are in the format tagValues/{tag_value_id}.

        :schema: ContainerClusterSpecNodePoolAutoConfig#resourceManagerTags
        '''
        result = self._values.get("resource_manager_tags")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNodePoolAutoConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNodePoolAutoConfigNetworkTags",
    jsii_struct_bases=[],
    name_mapping={"tags": "tags"},
)
class ContainerClusterSpecNodePoolAutoConfigNetworkTags:
    def __init__(
        self,
        *,
        tags: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''Collection of Compute Engine network tags that can be applied to a node's underlying VM instance.

        :param tags: List of network tags applied to auto-provisioned node pools.

        :schema: ContainerClusterSpecNodePoolAutoConfigNetworkTags
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8378f821bc14f3b45359fbcc88ebee536ae73db55c39a696ddadd30a0895a472)
            check_type(argname="argument tags", value=tags, expected_type=type_hints["tags"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if tags is not None:
            self._values["tags"] = tags

    @builtins.property
    def tags(self) -> typing.Optional[typing.List[builtins.str]]:
        '''List of network tags applied to auto-provisioned node pools.

        :schema: ContainerClusterSpecNodePoolAutoConfigNetworkTags#tags
        '''
        result = self._values.get("tags")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNodePoolAutoConfigNetworkTags(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNodePoolDefaults",
    jsii_struct_bases=[],
    name_mapping={"node_config_defaults": "nodeConfigDefaults"},
)
class ContainerClusterSpecNodePoolDefaults:
    def __init__(
        self,
        *,
        node_config_defaults: typing.Optional[typing.Union["ContainerClusterSpecNodePoolDefaultsNodeConfigDefaults", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''The default nodel pool settings for the entire cluster.

        :param node_config_defaults: Subset of NodeConfig message that has defaults.

        :schema: ContainerClusterSpecNodePoolDefaults
        '''
        if isinstance(node_config_defaults, dict):
            node_config_defaults = ContainerClusterSpecNodePoolDefaultsNodeConfigDefaults(**node_config_defaults)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e86523f36eb5e1f8da115c4336afd56fe683251a06dd718647d6190771208504)
            check_type(argname="argument node_config_defaults", value=node_config_defaults, expected_type=type_hints["node_config_defaults"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if node_config_defaults is not None:
            self._values["node_config_defaults"] = node_config_defaults

    @builtins.property
    def node_config_defaults(
        self,
    ) -> typing.Optional["ContainerClusterSpecNodePoolDefaultsNodeConfigDefaults"]:
        '''Subset of NodeConfig message that has defaults.

        :schema: ContainerClusterSpecNodePoolDefaults#nodeConfigDefaults
        '''
        result = self._values.get("node_config_defaults")
        return typing.cast(typing.Optional["ContainerClusterSpecNodePoolDefaultsNodeConfigDefaults"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNodePoolDefaults(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNodePoolDefaultsNodeConfigDefaults",
    jsii_struct_bases=[],
    name_mapping={"gcfs_config": "gcfsConfig", "logging_variant": "loggingVariant"},
)
class ContainerClusterSpecNodePoolDefaultsNodeConfigDefaults:
    def __init__(
        self,
        *,
        gcfs_config: typing.Optional[typing.Union["ContainerClusterSpecNodePoolDefaultsNodeConfigDefaultsGcfsConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        logging_variant: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Subset of NodeConfig message that has defaults.

        :param gcfs_config: GCFS configuration for this node.
        :param logging_variant: Type of logging agent that is used as the default value for node pools in the cluster. Valid values include DEFAULT and MAX_THROUGHPUT.

        :schema: ContainerClusterSpecNodePoolDefaultsNodeConfigDefaults
        '''
        if isinstance(gcfs_config, dict):
            gcfs_config = ContainerClusterSpecNodePoolDefaultsNodeConfigDefaultsGcfsConfig(**gcfs_config)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a356141f4ab4373d0851401360d98712f8311e08724a6fb3444ee06cd484a760)
            check_type(argname="argument gcfs_config", value=gcfs_config, expected_type=type_hints["gcfs_config"])
            check_type(argname="argument logging_variant", value=logging_variant, expected_type=type_hints["logging_variant"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if gcfs_config is not None:
            self._values["gcfs_config"] = gcfs_config
        if logging_variant is not None:
            self._values["logging_variant"] = logging_variant

    @builtins.property
    def gcfs_config(
        self,
    ) -> typing.Optional["ContainerClusterSpecNodePoolDefaultsNodeConfigDefaultsGcfsConfig"]:
        '''GCFS configuration for this node.

        :schema: ContainerClusterSpecNodePoolDefaultsNodeConfigDefaults#gcfsConfig
        '''
        result = self._values.get("gcfs_config")
        return typing.cast(typing.Optional["ContainerClusterSpecNodePoolDefaultsNodeConfigDefaultsGcfsConfig"], result)

    @builtins.property
    def logging_variant(self) -> typing.Optional[builtins.str]:
        '''Type of logging agent that is used as the default value for node pools in the cluster.

        Valid values include DEFAULT and MAX_THROUGHPUT.

        :schema: ContainerClusterSpecNodePoolDefaultsNodeConfigDefaults#loggingVariant
        '''
        result = self._values.get("logging_variant")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNodePoolDefaultsNodeConfigDefaults(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNodePoolDefaultsNodeConfigDefaultsGcfsConfig",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ContainerClusterSpecNodePoolDefaultsNodeConfigDefaultsGcfsConfig:
    def __init__(self, *, enabled: builtins.bool) -> None:
        '''GCFS configuration for this node.

        :param enabled: Whether or not GCFS is enabled.

        :schema: ContainerClusterSpecNodePoolDefaultsNodeConfigDefaultsGcfsConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cdac4fca1c9b87d51fa2c465b2b605ec7fbd219b1cf168b11c3e69cad78d50bc)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "enabled": enabled,
        }

    @builtins.property
    def enabled(self) -> builtins.bool:
        '''Whether or not GCFS is enabled.

        :schema: ContainerClusterSpecNodePoolDefaultsNodeConfigDefaultsGcfsConfig#enabled
        '''
        result = self._values.get("enabled")
        assert result is not None, "Required property 'enabled' is missing"
        return typing.cast(builtins.bool, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNodePoolDefaultsNodeConfigDefaultsGcfsConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNotificationConfig",
    jsii_struct_bases=[],
    name_mapping={"pubsub": "pubsub"},
)
class ContainerClusterSpecNotificationConfig:
    def __init__(
        self,
        *,
        pubsub: typing.Union["ContainerClusterSpecNotificationConfigPubsub", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''The notification config for sending cluster upgrade notifications.

        :param pubsub: Notification config for Cloud Pub/Sub.

        :schema: ContainerClusterSpecNotificationConfig
        '''
        if isinstance(pubsub, dict):
            pubsub = ContainerClusterSpecNotificationConfigPubsub(**pubsub)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0b53c9182607930cd64c6c417048b559494208c996639f996058d3faf9c65eec)
            check_type(argname="argument pubsub", value=pubsub, expected_type=type_hints["pubsub"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "pubsub": pubsub,
        }

    @builtins.property
    def pubsub(self) -> "ContainerClusterSpecNotificationConfigPubsub":
        '''Notification config for Cloud Pub/Sub.

        :schema: ContainerClusterSpecNotificationConfig#pubsub
        '''
        result = self._values.get("pubsub")
        assert result is not None, "Required property 'pubsub' is missing"
        return typing.cast("ContainerClusterSpecNotificationConfigPubsub", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNotificationConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNotificationConfigPubsub",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled", "filter": "filter", "topic_ref": "topicRef"},
)
class ContainerClusterSpecNotificationConfigPubsub:
    def __init__(
        self,
        *,
        enabled: builtins.bool,
        filter: typing.Optional[typing.Union["ContainerClusterSpecNotificationConfigPubsubFilter", typing.Dict[builtins.str, typing.Any]]] = None,
        topic_ref: typing.Optional[typing.Union["ContainerClusterSpecNotificationConfigPubsubTopicRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Notification config for Cloud Pub/Sub.

        :param enabled: Whether or not the notification config is enabled.
        :param filter: Allows filtering to one or more specific event types. If event types are present, those and only those event types will be transmitted to the cluster. Other types will be skipped. If no filter is specified, or no event types are present, all event types will be sent.
        :param topic_ref: The PubSubTopic to send the notification to.

        :schema: ContainerClusterSpecNotificationConfigPubsub
        '''
        if isinstance(filter, dict):
            filter = ContainerClusterSpecNotificationConfigPubsubFilter(**filter)
        if isinstance(topic_ref, dict):
            topic_ref = ContainerClusterSpecNotificationConfigPubsubTopicRef(**topic_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8e6aaf4e9daf79639eb8a9d13a5a6fcec556712bc5190c9b48aa763ff86c3885)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument filter", value=filter, expected_type=type_hints["filter"])
            check_type(argname="argument topic_ref", value=topic_ref, expected_type=type_hints["topic_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "enabled": enabled,
        }
        if filter is not None:
            self._values["filter"] = filter
        if topic_ref is not None:
            self._values["topic_ref"] = topic_ref

    @builtins.property
    def enabled(self) -> builtins.bool:
        '''Whether or not the notification config is enabled.

        :schema: ContainerClusterSpecNotificationConfigPubsub#enabled
        '''
        result = self._values.get("enabled")
        assert result is not None, "Required property 'enabled' is missing"
        return typing.cast(builtins.bool, result)

    @builtins.property
    def filter(
        self,
    ) -> typing.Optional["ContainerClusterSpecNotificationConfigPubsubFilter"]:
        '''Allows filtering to one or more specific event types.

        If event types are present, those and only those event types will be transmitted to the cluster. Other types will be skipped. If no filter is specified, or no event types are present, all event types will be sent.

        :schema: ContainerClusterSpecNotificationConfigPubsub#filter
        '''
        result = self._values.get("filter")
        return typing.cast(typing.Optional["ContainerClusterSpecNotificationConfigPubsubFilter"], result)

    @builtins.property
    def topic_ref(
        self,
    ) -> typing.Optional["ContainerClusterSpecNotificationConfigPubsubTopicRef"]:
        '''The PubSubTopic to send the notification to.

        :schema: ContainerClusterSpecNotificationConfigPubsub#topicRef
        '''
        result = self._values.get("topic_ref")
        return typing.cast(typing.Optional["ContainerClusterSpecNotificationConfigPubsubTopicRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNotificationConfigPubsub(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNotificationConfigPubsubFilter",
    jsii_struct_bases=[],
    name_mapping={"event_type": "eventType"},
)
class ContainerClusterSpecNotificationConfigPubsubFilter:
    def __init__(self, *, event_type: typing.Sequence[builtins.str]) -> None:
        '''Allows filtering to one or more specific event types.

        If event types are present, those and only those event types will be transmitted to the cluster. Other types will be skipped. If no filter is specified, or no event types are present, all event types will be sent.

        :param event_type: Can be used to filter what notifications are sent. Valid values include include UPGRADE_AVAILABLE_EVENT, UPGRADE_EVENT and SECURITY_BULLETIN_EVENT.

        :schema: ContainerClusterSpecNotificationConfigPubsubFilter
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__39fa9f147f168b2094ed4fc203ec85fcab853fca808de8ae9e68aaa703cf8f6f)
            check_type(argname="argument event_type", value=event_type, expected_type=type_hints["event_type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "event_type": event_type,
        }

    @builtins.property
    def event_type(self) -> typing.List[builtins.str]:
        '''Can be used to filter what notifications are sent.

        Valid values include include UPGRADE_AVAILABLE_EVENT, UPGRADE_EVENT and SECURITY_BULLETIN_EVENT.

        :schema: ContainerClusterSpecNotificationConfigPubsubFilter#eventType
        '''
        result = self._values.get("event_type")
        assert result is not None, "Required property 'event_type' is missing"
        return typing.cast(typing.List[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNotificationConfigPubsubFilter(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecNotificationConfigPubsubTopicRef",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class ContainerClusterSpecNotificationConfigPubsubTopicRef:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The PubSubTopic to send the notification to.

        :param external: A reference to an externally managed PubSubTopic resource. Should be in the format "projects/{{projectID}}/topics/{{topicID}}".
        :param name: The name of a PubSubTopic resource.
        :param namespace: The namespace of a PubSubTopic resource.

        :schema: ContainerClusterSpecNotificationConfigPubsubTopicRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0dac8214205d6dd6e5446ca5fd22eb9cae0160ecdf4558fb3ae8b26f0d80508d)
            check_type(argname="argument external", value=external, expected_type=type_hints["external"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if external is not None:
            self._values["external"] = external
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def external(self) -> typing.Optional[builtins.str]:
        '''A reference to an externally managed PubSubTopic resource.

        Should be in the format "projects/{{projectID}}/topics/{{topicID}}".

        :schema: ContainerClusterSpecNotificationConfigPubsubTopicRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of a PubSubTopic resource.

        :schema: ContainerClusterSpecNotificationConfigPubsubTopicRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of a PubSubTopic resource.

        :schema: ContainerClusterSpecNotificationConfigPubsubTopicRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecNotificationConfigPubsubTopicRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecPodSecurityPolicyConfig",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ContainerClusterSpecPodSecurityPolicyConfig:
    def __init__(self, *, enabled: builtins.bool) -> None:
        '''Configuration for the PodSecurityPolicy feature.

        :param enabled: Enable the PodSecurityPolicy controller for this cluster. If enabled, pods must be valid under a PodSecurityPolicy to be created.

        :schema: ContainerClusterSpecPodSecurityPolicyConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8b43f633808307d440958fad310c9c1801a28d9032638daeeeae6a9502383f97)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "enabled": enabled,
        }

    @builtins.property
    def enabled(self) -> builtins.bool:
        '''Enable the PodSecurityPolicy controller for this cluster.

        If enabled, pods must be valid under a PodSecurityPolicy to be created.

        :schema: ContainerClusterSpecPodSecurityPolicyConfig#enabled
        '''
        result = self._values.get("enabled")
        assert result is not None, "Required property 'enabled' is missing"
        return typing.cast(builtins.bool, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecPodSecurityPolicyConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecPrivateClusterConfig",
    jsii_struct_bases=[],
    name_mapping={
        "enable_private_endpoint": "enablePrivateEndpoint",
        "enable_private_nodes": "enablePrivateNodes",
        "master_global_access_config": "masterGlobalAccessConfig",
        "master_ipv4_cidr_block": "masterIpv4CidrBlock",
        "peering_name": "peeringName",
        "private_endpoint": "privateEndpoint",
        "private_endpoint_subnetwork_ref": "privateEndpointSubnetworkRef",
        "public_endpoint": "publicEndpoint",
    },
)
class ContainerClusterSpecPrivateClusterConfig:
    def __init__(
        self,
        *,
        enable_private_endpoint: typing.Optional[builtins.bool] = None,
        enable_private_nodes: typing.Optional[builtins.bool] = None,
        master_global_access_config: typing.Optional[typing.Union["ContainerClusterSpecPrivateClusterConfigMasterGlobalAccessConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        master_ipv4_cidr_block: typing.Optional[builtins.str] = None,
        peering_name: typing.Optional[builtins.str] = None,
        private_endpoint: typing.Optional[builtins.str] = None,
        private_endpoint_subnetwork_ref: typing.Optional[typing.Union["ContainerClusterSpecPrivateClusterConfigPrivateEndpointSubnetworkRef", typing.Dict[builtins.str, typing.Any]]] = None,
        public_endpoint: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Configuration for private clusters, clusters with private nodes.

        :param enable_private_endpoint: When true, the cluster's private endpoint is used as the cluster endpoint and access through the public endpoint is disabled. When false, either endpoint can be used.
        :param enable_private_nodes: Enables the private cluster feature, creating a private endpoint on the cluster. In a private cluster, nodes only have RFC 1918 private addresses and communicate with the master's private endpoint via private networking.
        :param master_global_access_config: Controls cluster master global access settings.
        :param master_ipv4_cidr_block: Immutable. The IP range in CIDR notation to use for the hosted master network. This range will be used for assigning private IP addresses to the cluster master(s) and the ILB VIP. This range must not overlap with any other ranges in use within the cluster's network, and it must be a /28 subnet. See Private Cluster Limitations for more details. This field only applies to private clusters, when enable_private_nodes is true.
        :param peering_name: The name of the peering between this cluster and the Google owned VPC.
        :param private_endpoint: The internal IP address of this cluster's master endpoint.
        :param private_endpoint_subnetwork_ref: Immutable. Subnetwork in cluster's network where master's endpoint will be provisioned.
        :param public_endpoint: The external IP address of this cluster's master endpoint.

        :schema: ContainerClusterSpecPrivateClusterConfig
        '''
        if isinstance(master_global_access_config, dict):
            master_global_access_config = ContainerClusterSpecPrivateClusterConfigMasterGlobalAccessConfig(**master_global_access_config)
        if isinstance(private_endpoint_subnetwork_ref, dict):
            private_endpoint_subnetwork_ref = ContainerClusterSpecPrivateClusterConfigPrivateEndpointSubnetworkRef(**private_endpoint_subnetwork_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b444aa582513a9dc14cd2d747ccc1e1fdfb0a265005d8a6c74eac4e7d0eaf8dd)
            check_type(argname="argument enable_private_endpoint", value=enable_private_endpoint, expected_type=type_hints["enable_private_endpoint"])
            check_type(argname="argument enable_private_nodes", value=enable_private_nodes, expected_type=type_hints["enable_private_nodes"])
            check_type(argname="argument master_global_access_config", value=master_global_access_config, expected_type=type_hints["master_global_access_config"])
            check_type(argname="argument master_ipv4_cidr_block", value=master_ipv4_cidr_block, expected_type=type_hints["master_ipv4_cidr_block"])
            check_type(argname="argument peering_name", value=peering_name, expected_type=type_hints["peering_name"])
            check_type(argname="argument private_endpoint", value=private_endpoint, expected_type=type_hints["private_endpoint"])
            check_type(argname="argument private_endpoint_subnetwork_ref", value=private_endpoint_subnetwork_ref, expected_type=type_hints["private_endpoint_subnetwork_ref"])
            check_type(argname="argument public_endpoint", value=public_endpoint, expected_type=type_hints["public_endpoint"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enable_private_endpoint is not None:
            self._values["enable_private_endpoint"] = enable_private_endpoint
        if enable_private_nodes is not None:
            self._values["enable_private_nodes"] = enable_private_nodes
        if master_global_access_config is not None:
            self._values["master_global_access_config"] = master_global_access_config
        if master_ipv4_cidr_block is not None:
            self._values["master_ipv4_cidr_block"] = master_ipv4_cidr_block
        if peering_name is not None:
            self._values["peering_name"] = peering_name
        if private_endpoint is not None:
            self._values["private_endpoint"] = private_endpoint
        if private_endpoint_subnetwork_ref is not None:
            self._values["private_endpoint_subnetwork_ref"] = private_endpoint_subnetwork_ref
        if public_endpoint is not None:
            self._values["public_endpoint"] = public_endpoint

    @builtins.property
    def enable_private_endpoint(self) -> typing.Optional[builtins.bool]:
        '''When true, the cluster's private endpoint is used as the cluster endpoint and access through the public endpoint is disabled.

        When false, either endpoint can be used.

        :schema: ContainerClusterSpecPrivateClusterConfig#enablePrivateEndpoint
        '''
        result = self._values.get("enable_private_endpoint")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def enable_private_nodes(self) -> typing.Optional[builtins.bool]:
        '''Enables the private cluster feature, creating a private endpoint on the cluster.

        In a private cluster, nodes only have RFC 1918 private addresses and communicate with the master's private endpoint via private networking.

        :schema: ContainerClusterSpecPrivateClusterConfig#enablePrivateNodes
        '''
        result = self._values.get("enable_private_nodes")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def master_global_access_config(
        self,
    ) -> typing.Optional["ContainerClusterSpecPrivateClusterConfigMasterGlobalAccessConfig"]:
        '''Controls cluster master global access settings.

        :schema: ContainerClusterSpecPrivateClusterConfig#masterGlobalAccessConfig
        '''
        result = self._values.get("master_global_access_config")
        return typing.cast(typing.Optional["ContainerClusterSpecPrivateClusterConfigMasterGlobalAccessConfig"], result)

    @builtins.property
    def master_ipv4_cidr_block(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        The IP range in CIDR notation to use for the hosted master network. This range will be used for assigning private IP addresses to the cluster master(s) and the ILB VIP. This range must not overlap with any other ranges in use within the cluster's network, and it must be a /28 subnet. See Private Cluster Limitations for more details. This field only applies to private clusters, when enable_private_nodes is true.

        :schema: ContainerClusterSpecPrivateClusterConfig#masterIpv4CidrBlock
        '''
        result = self._values.get("master_ipv4_cidr_block")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def peering_name(self) -> typing.Optional[builtins.str]:
        '''The name of the peering between this cluster and the Google owned VPC.

        :schema: ContainerClusterSpecPrivateClusterConfig#peeringName
        '''
        result = self._values.get("peering_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def private_endpoint(self) -> typing.Optional[builtins.str]:
        '''The internal IP address of this cluster's master endpoint.

        :schema: ContainerClusterSpecPrivateClusterConfig#privateEndpoint
        '''
        result = self._values.get("private_endpoint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def private_endpoint_subnetwork_ref(
        self,
    ) -> typing.Optional["ContainerClusterSpecPrivateClusterConfigPrivateEndpointSubnetworkRef"]:
        '''Immutable.

        Subnetwork in cluster's network where master's endpoint will be provisioned.

        :schema: ContainerClusterSpecPrivateClusterConfig#privateEndpointSubnetworkRef
        '''
        result = self._values.get("private_endpoint_subnetwork_ref")
        return typing.cast(typing.Optional["ContainerClusterSpecPrivateClusterConfigPrivateEndpointSubnetworkRef"], result)

    @builtins.property
    def public_endpoint(self) -> typing.Optional[builtins.str]:
        '''The external IP address of this cluster's master endpoint.

        :schema: ContainerClusterSpecPrivateClusterConfig#publicEndpoint
        '''
        result = self._values.get("public_endpoint")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecPrivateClusterConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecPrivateClusterConfigMasterGlobalAccessConfig",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ContainerClusterSpecPrivateClusterConfigMasterGlobalAccessConfig:
    def __init__(self, *, enabled: builtins.bool) -> None:
        '''Controls cluster master global access settings.

        :param enabled: Whether the cluster master is accessible globally or not.

        :schema: ContainerClusterSpecPrivateClusterConfigMasterGlobalAccessConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dcbf6b2983955449350099e84c883a47bcb4c848231fcb7626131d0b51ee2edc)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "enabled": enabled,
        }

    @builtins.property
    def enabled(self) -> builtins.bool:
        '''Whether the cluster master is accessible globally or not.

        :schema: ContainerClusterSpecPrivateClusterConfigMasterGlobalAccessConfig#enabled
        '''
        result = self._values.get("enabled")
        assert result is not None, "Required property 'enabled' is missing"
        return typing.cast(builtins.bool, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecPrivateClusterConfigMasterGlobalAccessConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecPrivateClusterConfigPrivateEndpointSubnetworkRef",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class ContainerClusterSpecPrivateClusterConfigPrivateEndpointSubnetworkRef:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Immutable.

        Subnetwork in cluster's network where master's endpoint will be provisioned.

        :param external: A reference to an externally managed ComputeSubnetwork resource. Should be in the format "projects/{{projectID}}/regions/{{region}}/subnetworks/{{subnetworkID}}".
        :param name: The name of a ComputeSubnetwork resource.
        :param namespace: The namespace of a ComputeSubnetwork resource.

        :schema: ContainerClusterSpecPrivateClusterConfigPrivateEndpointSubnetworkRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cab457e6f27c069aa2bed2ef661f8225abe6b516714ee4d8fd6836982ed9c133)
            check_type(argname="argument external", value=external, expected_type=type_hints["external"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if external is not None:
            self._values["external"] = external
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def external(self) -> typing.Optional[builtins.str]:
        '''A reference to an externally managed ComputeSubnetwork resource.

        Should be in the format "projects/{{projectID}}/regions/{{region}}/subnetworks/{{subnetworkID}}".

        :schema: ContainerClusterSpecPrivateClusterConfigPrivateEndpointSubnetworkRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of a ComputeSubnetwork resource.

        :schema: ContainerClusterSpecPrivateClusterConfigPrivateEndpointSubnetworkRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of a ComputeSubnetwork resource.

        :schema: ContainerClusterSpecPrivateClusterConfigPrivateEndpointSubnetworkRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecPrivateClusterConfigPrivateEndpointSubnetworkRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecProtectConfig",
    jsii_struct_bases=[],
    name_mapping={
        "workload_config": "workloadConfig",
        "workload_vulnerability_mode": "workloadVulnerabilityMode",
    },
)
class ContainerClusterSpecProtectConfig:
    def __init__(
        self,
        *,
        workload_config: typing.Optional[typing.Union["ContainerClusterSpecProtectConfigWorkloadConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        workload_vulnerability_mode: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Enable/Disable Protect API features for the cluster.

        :param workload_config: WorkloadConfig defines which actions are enabled for a cluster's workload configurations.
        :param workload_vulnerability_mode: Sets which mode to use for Protect workload vulnerability scanning feature. Accepted values are DISABLED, BASIC.

        :schema: ContainerClusterSpecProtectConfig
        '''
        if isinstance(workload_config, dict):
            workload_config = ContainerClusterSpecProtectConfigWorkloadConfig(**workload_config)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a12cae7bc1be3158ca45152da1579a49a24805caea71f0a3db90e70025cc1670)
            check_type(argname="argument workload_config", value=workload_config, expected_type=type_hints["workload_config"])
            check_type(argname="argument workload_vulnerability_mode", value=workload_vulnerability_mode, expected_type=type_hints["workload_vulnerability_mode"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if workload_config is not None:
            self._values["workload_config"] = workload_config
        if workload_vulnerability_mode is not None:
            self._values["workload_vulnerability_mode"] = workload_vulnerability_mode

    @builtins.property
    def workload_config(
        self,
    ) -> typing.Optional["ContainerClusterSpecProtectConfigWorkloadConfig"]:
        '''WorkloadConfig defines which actions are enabled for a cluster's workload configurations.

        :schema: ContainerClusterSpecProtectConfig#workloadConfig
        '''
        result = self._values.get("workload_config")
        return typing.cast(typing.Optional["ContainerClusterSpecProtectConfigWorkloadConfig"], result)

    @builtins.property
    def workload_vulnerability_mode(self) -> typing.Optional[builtins.str]:
        '''Sets which mode to use for Protect workload vulnerability scanning feature.

        Accepted values are DISABLED, BASIC.

        :schema: ContainerClusterSpecProtectConfig#workloadVulnerabilityMode
        '''
        result = self._values.get("workload_vulnerability_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecProtectConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecProtectConfigWorkloadConfig",
    jsii_struct_bases=[],
    name_mapping={"audit_mode": "auditMode"},
)
class ContainerClusterSpecProtectConfigWorkloadConfig:
    def __init__(self, *, audit_mode: builtins.str) -> None:
        '''WorkloadConfig defines which actions are enabled for a cluster's workload configurations.

        :param audit_mode: Sets which mode of auditing should be used for the cluster's workloads. Accepted values are DISABLED, BASIC.

        :schema: ContainerClusterSpecProtectConfigWorkloadConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b2dca531bf8191bf902e0f0fa86aaf22d37851edd573f296d9ec8de686aa6fbb)
            check_type(argname="argument audit_mode", value=audit_mode, expected_type=type_hints["audit_mode"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "audit_mode": audit_mode,
        }

    @builtins.property
    def audit_mode(self) -> builtins.str:
        '''Sets which mode of auditing should be used for the cluster's workloads.

        Accepted values are DISABLED, BASIC.

        :schema: ContainerClusterSpecProtectConfigWorkloadConfig#auditMode
        '''
        result = self._values.get("audit_mode")
        assert result is not None, "Required property 'audit_mode' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecProtectConfigWorkloadConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecReleaseChannel",
    jsii_struct_bases=[],
    name_mapping={"channel": "channel"},
)
class ContainerClusterSpecReleaseChannel:
    def __init__(self, *, channel: builtins.str) -> None:
        '''Configuration options for the Release channel feature, which provide more control over automatic upgrades of your GKE clusters.

        Note that removing this field from your config will not unenroll it. Instead, use the "UNSPECIFIED" channel.

        :param channel: The selected release channel. Accepted values are: * UNSPECIFIED: Not set. * RAPID: Weekly upgrade cadence; Early testers and developers who requires new features. * REGULAR: Multiple per month upgrade cadence; Production users who need features not yet offered in the Stable channel. * STABLE: Every few months upgrade cadence; Production users who need stability above all else, and for whom frequent upgrades are too risky.

        :schema: ContainerClusterSpecReleaseChannel
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a6e5545fef908ddcfd89a69643acbe61e4e1f80a4c765c75312c8bfa54cca369)
            check_type(argname="argument channel", value=channel, expected_type=type_hints["channel"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "channel": channel,
        }

    @builtins.property
    def channel(self) -> builtins.str:
        '''The selected release channel.

        Accepted values are: * UNSPECIFIED: Not set. * RAPID: Weekly upgrade cadence; Early testers and developers who requires new features. * REGULAR: Multiple per month upgrade cadence; Production users who need features not yet offered in the Stable channel. * STABLE: Every few months upgrade cadence; Production users who need stability above all else, and for whom frequent upgrades are too risky.

        :schema: ContainerClusterSpecReleaseChannel#channel
        '''
        result = self._values.get("channel")
        assert result is not None, "Required property 'channel' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecReleaseChannel(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecResourceUsageExportConfig",
    jsii_struct_bases=[],
    name_mapping={
        "bigquery_destination": "bigqueryDestination",
        "enable_network_egress_metering": "enableNetworkEgressMetering",
        "enable_resource_consumption_metering": "enableResourceConsumptionMetering",
    },
)
class ContainerClusterSpecResourceUsageExportConfig:
    def __init__(
        self,
        *,
        bigquery_destination: typing.Union["ContainerClusterSpecResourceUsageExportConfigBigqueryDestination", typing.Dict[builtins.str, typing.Any]],
        enable_network_egress_metering: typing.Optional[builtins.bool] = None,
        enable_resource_consumption_metering: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''Configuration for the ResourceUsageExportConfig feature.

        :param bigquery_destination: Parameters for using BigQuery as the destination of resource usage export.
        :param enable_network_egress_metering: Whether to enable network egress metering for this cluster. If enabled, a daemonset will be created in the cluster to meter network egress traffic.
        :param enable_resource_consumption_metering: Whether to enable resource consumption metering on this cluster. When enabled, a table will be created in the resource export BigQuery dataset to store resource consumption data. The resulting table can be joined with the resource usage table or with BigQuery billing export. Defaults to true. Default: true.

        :schema: ContainerClusterSpecResourceUsageExportConfig
        '''
        if isinstance(bigquery_destination, dict):
            bigquery_destination = ContainerClusterSpecResourceUsageExportConfigBigqueryDestination(**bigquery_destination)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__be69a8c448cee8f65d6bcefa5cac40474fc3482ea5f9c84625ffca07a21097a4)
            check_type(argname="argument bigquery_destination", value=bigquery_destination, expected_type=type_hints["bigquery_destination"])
            check_type(argname="argument enable_network_egress_metering", value=enable_network_egress_metering, expected_type=type_hints["enable_network_egress_metering"])
            check_type(argname="argument enable_resource_consumption_metering", value=enable_resource_consumption_metering, expected_type=type_hints["enable_resource_consumption_metering"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "bigquery_destination": bigquery_destination,
        }
        if enable_network_egress_metering is not None:
            self._values["enable_network_egress_metering"] = enable_network_egress_metering
        if enable_resource_consumption_metering is not None:
            self._values["enable_resource_consumption_metering"] = enable_resource_consumption_metering

    @builtins.property
    def bigquery_destination(
        self,
    ) -> "ContainerClusterSpecResourceUsageExportConfigBigqueryDestination":
        '''Parameters for using BigQuery as the destination of resource usage export.

        :schema: ContainerClusterSpecResourceUsageExportConfig#bigqueryDestination
        '''
        result = self._values.get("bigquery_destination")
        assert result is not None, "Required property 'bigquery_destination' is missing"
        return typing.cast("ContainerClusterSpecResourceUsageExportConfigBigqueryDestination", result)

    @builtins.property
    def enable_network_egress_metering(self) -> typing.Optional[builtins.bool]:
        '''Whether to enable network egress metering for this cluster.

        If enabled, a daemonset will be created in the cluster to meter network egress traffic.

        :schema: ContainerClusterSpecResourceUsageExportConfig#enableNetworkEgressMetering
        '''
        result = self._values.get("enable_network_egress_metering")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def enable_resource_consumption_metering(self) -> typing.Optional[builtins.bool]:
        '''Whether to enable resource consumption metering on this cluster.

        When enabled, a table will be created in the resource export BigQuery dataset to store resource consumption data. The resulting table can be joined with the resource usage table or with BigQuery billing export. Defaults to true.

        :default: true.

        :schema: ContainerClusterSpecResourceUsageExportConfig#enableResourceConsumptionMetering
        '''
        result = self._values.get("enable_resource_consumption_metering")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecResourceUsageExportConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecResourceUsageExportConfigBigqueryDestination",
    jsii_struct_bases=[],
    name_mapping={"dataset_id": "datasetId"},
)
class ContainerClusterSpecResourceUsageExportConfigBigqueryDestination:
    def __init__(self, *, dataset_id: builtins.str) -> None:
        '''Parameters for using BigQuery as the destination of resource usage export.

        :param dataset_id: The ID of a BigQuery Dataset.

        :schema: ContainerClusterSpecResourceUsageExportConfigBigqueryDestination
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4decec5250f8633f91c9defc4056542dc43de30da0bd0a125ca19fd4939717a0)
            check_type(argname="argument dataset_id", value=dataset_id, expected_type=type_hints["dataset_id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "dataset_id": dataset_id,
        }

    @builtins.property
    def dataset_id(self) -> builtins.str:
        '''The ID of a BigQuery Dataset.

        :schema: ContainerClusterSpecResourceUsageExportConfigBigqueryDestination#datasetId
        '''
        result = self._values.get("dataset_id")
        assert result is not None, "Required property 'dataset_id' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecResourceUsageExportConfigBigqueryDestination(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecSecurityPostureConfig",
    jsii_struct_bases=[],
    name_mapping={"mode": "mode", "vulnerability_mode": "vulnerabilityMode"},
)
class ContainerClusterSpecSecurityPostureConfig:
    def __init__(
        self,
        *,
        mode: typing.Optional[builtins.str] = None,
        vulnerability_mode: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Defines the config needed to enable/disable features for the Security Posture API.

        :param mode: Sets the mode of the Kubernetes security posture API's off-cluster features. Available options include DISABLED and BASIC.
        :param vulnerability_mode: Sets the mode of the Kubernetes security posture API's workload vulnerability scanning. Available options include VULNERABILITY_DISABLED and VULNERABILITY_BASIC.

        :schema: ContainerClusterSpecSecurityPostureConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a8cfb80d15213ca0cb49a52e18adef6a3ac071f7d6103510c25145935df2dfec)
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument vulnerability_mode", value=vulnerability_mode, expected_type=type_hints["vulnerability_mode"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if mode is not None:
            self._values["mode"] = mode
        if vulnerability_mode is not None:
            self._values["vulnerability_mode"] = vulnerability_mode

    @builtins.property
    def mode(self) -> typing.Optional[builtins.str]:
        '''Sets the mode of the Kubernetes security posture API's off-cluster features.

        Available options include DISABLED and BASIC.

        :schema: ContainerClusterSpecSecurityPostureConfig#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def vulnerability_mode(self) -> typing.Optional[builtins.str]:
        '''Sets the mode of the Kubernetes security posture API's workload vulnerability scanning.

        Available options include VULNERABILITY_DISABLED and VULNERABILITY_BASIC.

        :schema: ContainerClusterSpecSecurityPostureConfig#vulnerabilityMode
        '''
        result = self._values.get("vulnerability_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecSecurityPostureConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecServiceExternalIpsConfig",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ContainerClusterSpecServiceExternalIpsConfig:
    def __init__(self, *, enabled: builtins.bool) -> None:
        '''If set, and enabled=true, services with external ips field will not be blocked.

        :param enabled: When enabled, services with exterenal ips specified will be allowed.

        :schema: ContainerClusterSpecServiceExternalIpsConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c87682c047657b3bd81c9d6531c463c40585cd96ba9fd6f0db0c36241ad2bbd5)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "enabled": enabled,
        }

    @builtins.property
    def enabled(self) -> builtins.bool:
        '''When enabled, services with exterenal ips specified will be allowed.

        :schema: ContainerClusterSpecServiceExternalIpsConfig#enabled
        '''
        result = self._values.get("enabled")
        assert result is not None, "Required property 'enabled' is missing"
        return typing.cast(builtins.bool, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecServiceExternalIpsConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecSubnetworkRef",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class ContainerClusterSpecSubnetworkRef:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ComputeSubnetworkRef is a reference to a GCP ComputeSubnetwork.

        :param external: A reference to an externally managed ComputeSubnetwork resource. Should be in the format "projects/{{projectID}}/regions/{{region}}/subnetworks/{{subnetworkID}}".
        :param name: The name of a ComputeSubnetwork resource.
        :param namespace: The namespace of a ComputeSubnetwork resource.

        :schema: ContainerClusterSpecSubnetworkRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__876156c07c2e79d2fd018b11c9243140ad850121c15bec69b16e3dde8b5848b7)
            check_type(argname="argument external", value=external, expected_type=type_hints["external"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if external is not None:
            self._values["external"] = external
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def external(self) -> typing.Optional[builtins.str]:
        '''A reference to an externally managed ComputeSubnetwork resource.

        Should be in the format "projects/{{projectID}}/regions/{{region}}/subnetworks/{{subnetworkID}}".

        :schema: ContainerClusterSpecSubnetworkRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of a ComputeSubnetwork resource.

        :schema: ContainerClusterSpecSubnetworkRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of a ComputeSubnetwork resource.

        :schema: ContainerClusterSpecSubnetworkRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecSubnetworkRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecVerticalPodAutoscaling",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ContainerClusterSpecVerticalPodAutoscaling:
    def __init__(self, *, enabled: builtins.bool) -> None:
        '''Vertical Pod Autoscaling automatically adjusts the resources of pods controlled by it.

        :param enabled: Enables vertical pod autoscaling.

        :schema: ContainerClusterSpecVerticalPodAutoscaling
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fa1aaf1880bd1c53a2b3d8b99351917920cbd34f89af265b29b29df81e59661f)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "enabled": enabled,
        }

    @builtins.property
    def enabled(self) -> builtins.bool:
        '''Enables vertical pod autoscaling.

        :schema: ContainerClusterSpecVerticalPodAutoscaling#enabled
        '''
        result = self._values.get("enabled")
        assert result is not None, "Required property 'enabled' is missing"
        return typing.cast(builtins.bool, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecVerticalPodAutoscaling(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerClusterSpecWorkloadIdentityConfig",
    jsii_struct_bases=[],
    name_mapping={
        "identity_namespace": "identityNamespace",
        "workload_pool": "workloadPool",
    },
)
class ContainerClusterSpecWorkloadIdentityConfig:
    def __init__(
        self,
        *,
        identity_namespace: typing.Optional[builtins.str] = None,
        workload_pool: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Configuration for the use of Kubernetes Service Accounts in GCP IAM policies.

        :param identity_namespace: DEPRECATED. This field will be removed in a future major release as it has been deprecated in the API. Use ``workloadPool`` instead; ``workloadPool`` field will supersede this field. Enables workload identity.
        :param workload_pool: The workload pool to attach all Kubernetes service accounts to.

        :schema: ContainerClusterSpecWorkloadIdentityConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3c3d2267b179d3cc6866a95dac01a679dc23212ecaac16027aa538184a48fbbd)
            check_type(argname="argument identity_namespace", value=identity_namespace, expected_type=type_hints["identity_namespace"])
            check_type(argname="argument workload_pool", value=workload_pool, expected_type=type_hints["workload_pool"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if identity_namespace is not None:
            self._values["identity_namespace"] = identity_namespace
        if workload_pool is not None:
            self._values["workload_pool"] = workload_pool

    @builtins.property
    def identity_namespace(self) -> typing.Optional[builtins.str]:
        '''DEPRECATED.

        This field will be removed in a future major release as it has been deprecated in the API. Use ``workloadPool`` instead; ``workloadPool`` field will supersede this field. Enables workload identity.

        :schema: ContainerClusterSpecWorkloadIdentityConfig#identityNamespace
        '''
        result = self._values.get("identity_namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def workload_pool(self) -> typing.Optional[builtins.str]:
        '''The workload pool to attach all Kubernetes service accounts to.

        :schema: ContainerClusterSpecWorkloadIdentityConfig#workloadPool
        '''
        result = self._values.get("workload_pool")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerClusterSpecWorkloadIdentityConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ContainerNodePool(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePool",
):
    '''ContainerNodePool is the Schema for the ContainerNodePool API.

    :schema: ContainerNodePool
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["ContainerNodePoolSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "ContainerNodePool" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: ContainerNodePoolSpec defines the desired state of ContainerNodePool.
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__09f95761e090354ed8ee270151646ecca4d1d01692d5d9c49fb4ae0011f69a83)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ContainerNodePoolProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["ContainerNodePoolSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ContainerNodePool".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: ContainerNodePoolSpec defines the desired state of ContainerNodePool.
        :param metadata: 
        '''
        props = ContainerNodePoolProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ContainerNodePool".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class ContainerNodePoolProps:
    def __init__(
        self,
        *,
        spec: typing.Union["ContainerNodePoolSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ContainerNodePool is the Schema for the ContainerNodePool API.

        :param spec: ContainerNodePoolSpec defines the desired state of ContainerNodePool.
        :param metadata: 

        :schema: ContainerNodePool
        '''
        if isinstance(spec, dict):
            spec = ContainerNodePoolSpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e037b839b43f91486db695fe46faafbbcbbdadb8d90ebb73f49ed17ad1fe8bb5)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "ContainerNodePoolSpec":
        '''ContainerNodePoolSpec defines the desired state of ContainerNodePool.

        :schema: ContainerNodePool#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("ContainerNodePoolSpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: ContainerNodePool#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpec",
    jsii_struct_bases=[],
    name_mapping={
        "cluster_ref": "clusterRef",
        "location": "location",
        "autoscaling": "autoscaling",
        "initial_node_count": "initialNodeCount",
        "management": "management",
        "max_pods_per_node": "maxPodsPerNode",
        "name_prefix": "namePrefix",
        "network_config": "networkConfig",
        "node_config": "nodeConfig",
        "node_count": "nodeCount",
        "node_locations": "nodeLocations",
        "placement_policy": "placementPolicy",
        "queued_provisioning": "queuedProvisioning",
        "resource_id": "resourceId",
        "upgrade_settings": "upgradeSettings",
        "version": "version",
    },
)
class ContainerNodePoolSpec:
    def __init__(
        self,
        *,
        cluster_ref: typing.Union["ContainerNodePoolSpecClusterRef", typing.Dict[builtins.str, typing.Any]],
        location: builtins.str,
        autoscaling: typing.Optional[typing.Union["ContainerNodePoolSpecAutoscaling", typing.Dict[builtins.str, typing.Any]]] = None,
        initial_node_count: typing.Optional[jsii.Number] = None,
        management: typing.Optional[typing.Union["ContainerNodePoolSpecManagement", typing.Dict[builtins.str, typing.Any]]] = None,
        max_pods_per_node: typing.Optional[jsii.Number] = None,
        name_prefix: typing.Optional[builtins.str] = None,
        network_config: typing.Optional[typing.Union["ContainerNodePoolSpecNetworkConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        node_config: typing.Optional[typing.Union["ContainerNodePoolSpecNodeConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        node_count: typing.Optional[jsii.Number] = None,
        node_locations: typing.Optional[typing.Sequence[builtins.str]] = None,
        placement_policy: typing.Optional[typing.Union["ContainerNodePoolSpecPlacementPolicy", typing.Dict[builtins.str, typing.Any]]] = None,
        queued_provisioning: typing.Optional[typing.Union["ContainerNodePoolSpecQueuedProvisioning", typing.Dict[builtins.str, typing.Any]]] = None,
        resource_id: typing.Optional[builtins.str] = None,
        upgrade_settings: typing.Optional[typing.Union["ContainerNodePoolSpecUpgradeSettings", typing.Dict[builtins.str, typing.Any]]] = None,
        version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ContainerNodePoolSpec defines the desired state of ContainerNodePool.

        :param cluster_ref: The GKE cluster this node pool belongs to.
        :param location: Immutable. The location (region or zone) of the cluster.
        :param autoscaling: Autoscaler configuration for this NodePool. Autoscaler is enabled only if a valid configuration is present.
        :param initial_node_count: The initial node count for the pool. You must ensure that your Compute Engine resource quota is sufficient for this number of instances. You must also have available firewall and routes quota.
        :param management: NodeManagement configuration for this NodePool.
        :param max_pods_per_node: The constraint on the maximum number of pods that can be run simultaneously on a node in the node pool.
        :param name_prefix: Immutable. Creates a unique name for the node pool beginning with the specified prefix. Conflicts with name.
        :param network_config: Networking configuration for this NodePool. If specified, it overrides the cluster-level defaults.
        :param node_config: The node configuration of the pool.
        :param node_count: The node count of the pool.
        :param node_locations: The list of Google Compute Engine zones in which the NodePool's nodes should be located.
        :param placement_policy: Specifies the node placement policy.
        :param queued_provisioning: Immutable. Specifies the configuration of queued provisioning.
        :param resource_id: Immutable. Optional. The name of the resource. Used for creation and acquisition. When unset, the value of ``metadata.name`` is used as the default.
        :param upgrade_settings: Upgrade settings control disruption and speed of the upgrade.
        :param version: The version of Kubernetes running on this NodePool's nodes.

        :schema: ContainerNodePoolSpec
        '''
        if isinstance(cluster_ref, dict):
            cluster_ref = ContainerNodePoolSpecClusterRef(**cluster_ref)
        if isinstance(autoscaling, dict):
            autoscaling = ContainerNodePoolSpecAutoscaling(**autoscaling)
        if isinstance(management, dict):
            management = ContainerNodePoolSpecManagement(**management)
        if isinstance(network_config, dict):
            network_config = ContainerNodePoolSpecNetworkConfig(**network_config)
        if isinstance(node_config, dict):
            node_config = ContainerNodePoolSpecNodeConfig(**node_config)
        if isinstance(placement_policy, dict):
            placement_policy = ContainerNodePoolSpecPlacementPolicy(**placement_policy)
        if isinstance(queued_provisioning, dict):
            queued_provisioning = ContainerNodePoolSpecQueuedProvisioning(**queued_provisioning)
        if isinstance(upgrade_settings, dict):
            upgrade_settings = ContainerNodePoolSpecUpgradeSettings(**upgrade_settings)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1181854641af22fb321968a4363b548682333fbca7068b75dba03722dc12c988)
            check_type(argname="argument cluster_ref", value=cluster_ref, expected_type=type_hints["cluster_ref"])
            check_type(argname="argument location", value=location, expected_type=type_hints["location"])
            check_type(argname="argument autoscaling", value=autoscaling, expected_type=type_hints["autoscaling"])
            check_type(argname="argument initial_node_count", value=initial_node_count, expected_type=type_hints["initial_node_count"])
            check_type(argname="argument management", value=management, expected_type=type_hints["management"])
            check_type(argname="argument max_pods_per_node", value=max_pods_per_node, expected_type=type_hints["max_pods_per_node"])
            check_type(argname="argument name_prefix", value=name_prefix, expected_type=type_hints["name_prefix"])
            check_type(argname="argument network_config", value=network_config, expected_type=type_hints["network_config"])
            check_type(argname="argument node_config", value=node_config, expected_type=type_hints["node_config"])
            check_type(argname="argument node_count", value=node_count, expected_type=type_hints["node_count"])
            check_type(argname="argument node_locations", value=node_locations, expected_type=type_hints["node_locations"])
            check_type(argname="argument placement_policy", value=placement_policy, expected_type=type_hints["placement_policy"])
            check_type(argname="argument queued_provisioning", value=queued_provisioning, expected_type=type_hints["queued_provisioning"])
            check_type(argname="argument resource_id", value=resource_id, expected_type=type_hints["resource_id"])
            check_type(argname="argument upgrade_settings", value=upgrade_settings, expected_type=type_hints["upgrade_settings"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "cluster_ref": cluster_ref,
            "location": location,
        }
        if autoscaling is not None:
            self._values["autoscaling"] = autoscaling
        if initial_node_count is not None:
            self._values["initial_node_count"] = initial_node_count
        if management is not None:
            self._values["management"] = management
        if max_pods_per_node is not None:
            self._values["max_pods_per_node"] = max_pods_per_node
        if name_prefix is not None:
            self._values["name_prefix"] = name_prefix
        if network_config is not None:
            self._values["network_config"] = network_config
        if node_config is not None:
            self._values["node_config"] = node_config
        if node_count is not None:
            self._values["node_count"] = node_count
        if node_locations is not None:
            self._values["node_locations"] = node_locations
        if placement_policy is not None:
            self._values["placement_policy"] = placement_policy
        if queued_provisioning is not None:
            self._values["queued_provisioning"] = queued_provisioning
        if resource_id is not None:
            self._values["resource_id"] = resource_id
        if upgrade_settings is not None:
            self._values["upgrade_settings"] = upgrade_settings
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def cluster_ref(self) -> "ContainerNodePoolSpecClusterRef":
        '''The GKE cluster this node pool belongs to.

        :schema: ContainerNodePoolSpec#clusterRef
        '''
        result = self._values.get("cluster_ref")
        assert result is not None, "Required property 'cluster_ref' is missing"
        return typing.cast("ContainerNodePoolSpecClusterRef", result)

    @builtins.property
    def location(self) -> builtins.str:
        '''Immutable.

        The location (region or zone) of the cluster.

        :schema: ContainerNodePoolSpec#location
        '''
        result = self._values.get("location")
        assert result is not None, "Required property 'location' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def autoscaling(self) -> typing.Optional["ContainerNodePoolSpecAutoscaling"]:
        '''Autoscaler configuration for this NodePool.

        Autoscaler is enabled only if a valid configuration is present.

        :schema: ContainerNodePoolSpec#autoscaling
        '''
        result = self._values.get("autoscaling")
        return typing.cast(typing.Optional["ContainerNodePoolSpecAutoscaling"], result)

    @builtins.property
    def initial_node_count(self) -> typing.Optional[jsii.Number]:
        '''The initial node count for the pool.

        You must ensure that your Compute Engine resource quota is sufficient for this number of instances. You must also have available firewall and routes quota.

        :schema: ContainerNodePoolSpec#initialNodeCount
        '''
        result = self._values.get("initial_node_count")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def management(self) -> typing.Optional["ContainerNodePoolSpecManagement"]:
        '''NodeManagement configuration for this NodePool.

        :schema: ContainerNodePoolSpec#management
        '''
        result = self._values.get("management")
        return typing.cast(typing.Optional["ContainerNodePoolSpecManagement"], result)

    @builtins.property
    def max_pods_per_node(self) -> typing.Optional[jsii.Number]:
        '''The constraint on the maximum number of pods that can be run simultaneously on a node in the node pool.

        :schema: ContainerNodePoolSpec#maxPodsPerNode
        '''
        result = self._values.get("max_pods_per_node")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def name_prefix(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        Creates a unique name for the node pool beginning with the specified prefix. Conflicts with name.

        :schema: ContainerNodePoolSpec#namePrefix
        '''
        result = self._values.get("name_prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def network_config(self) -> typing.Optional["ContainerNodePoolSpecNetworkConfig"]:
        '''Networking configuration for this NodePool.

        If specified, it overrides the cluster-level defaults.

        :schema: ContainerNodePoolSpec#networkConfig
        '''
        result = self._values.get("network_config")
        return typing.cast(typing.Optional["ContainerNodePoolSpecNetworkConfig"], result)

    @builtins.property
    def node_config(self) -> typing.Optional["ContainerNodePoolSpecNodeConfig"]:
        '''The node configuration of the pool.

        :schema: ContainerNodePoolSpec#nodeConfig
        '''
        result = self._values.get("node_config")
        return typing.cast(typing.Optional["ContainerNodePoolSpecNodeConfig"], result)

    @builtins.property
    def node_count(self) -> typing.Optional[jsii.Number]:
        '''The node count of the pool.

        :schema: ContainerNodePoolSpec#nodeCount
        '''
        result = self._values.get("node_count")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def node_locations(self) -> typing.Optional[typing.List[builtins.str]]:
        '''The list of Google Compute Engine zones in which the NodePool's nodes should be located.

        :schema: ContainerNodePoolSpec#nodeLocations
        '''
        result = self._values.get("node_locations")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def placement_policy(
        self,
    ) -> typing.Optional["ContainerNodePoolSpecPlacementPolicy"]:
        '''Specifies the node placement policy.

        :schema: ContainerNodePoolSpec#placementPolicy
        '''
        result = self._values.get("placement_policy")
        return typing.cast(typing.Optional["ContainerNodePoolSpecPlacementPolicy"], result)

    @builtins.property
    def queued_provisioning(
        self,
    ) -> typing.Optional["ContainerNodePoolSpecQueuedProvisioning"]:
        '''Immutable.

        Specifies the configuration of queued provisioning.

        :schema: ContainerNodePoolSpec#queuedProvisioning
        '''
        result = self._values.get("queued_provisioning")
        return typing.cast(typing.Optional["ContainerNodePoolSpecQueuedProvisioning"], result)

    @builtins.property
    def resource_id(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        Optional. The name of the resource. Used for creation and acquisition. When unset, the value of ``metadata.name`` is used as the default.

        :schema: ContainerNodePoolSpec#resourceID
        '''
        result = self._values.get("resource_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def upgrade_settings(
        self,
    ) -> typing.Optional["ContainerNodePoolSpecUpgradeSettings"]:
        '''Upgrade settings control disruption and speed of the upgrade.

        :schema: ContainerNodePoolSpec#upgradeSettings
        '''
        result = self._values.get("upgrade_settings")
        return typing.cast(typing.Optional["ContainerNodePoolSpecUpgradeSettings"], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''The version of Kubernetes running on this NodePool's nodes.

        :schema: ContainerNodePoolSpec#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecAutoscaling",
    jsii_struct_bases=[],
    name_mapping={
        "location_policy": "locationPolicy",
        "max_node_count": "maxNodeCount",
        "min_node_count": "minNodeCount",
        "total_max_node_count": "totalMaxNodeCount",
        "total_min_node_count": "totalMinNodeCount",
    },
)
class ContainerNodePoolSpecAutoscaling:
    def __init__(
        self,
        *,
        location_policy: typing.Optional[builtins.str] = None,
        max_node_count: typing.Optional[jsii.Number] = None,
        min_node_count: typing.Optional[jsii.Number] = None,
        total_max_node_count: typing.Optional[jsii.Number] = None,
        total_min_node_count: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''Autoscaler configuration for this NodePool.

        Autoscaler is enabled only if a valid configuration is present.

        :param location_policy: Location policy used when scaling up a nodepool.
        :param max_node_count: Maximum number of nodes for one location in the node pool. Must be >= min_node_count. There has to be enough quota to scale up the cluster.
        :param min_node_count: Minimum number of nodes for one location in the node pool. Must be greater than or equal to 0 and less than or equal to max_node_count.
        :param total_max_node_count: Maximum number of nodes in the node pool. Must be greater than or equal to total_min_node_count. There has to be enough quota to scale up the cluster. The total_*_node_count fields are mutually exclusive with the *_node_count fields.
        :param total_min_node_count: Minimum number of nodes in the node pool. Must be greater than or equal to 0 and less than or equal to total_max_node_count. The total_*_node_count fields are mutually exclusive with the *_node_count fields.

        :schema: ContainerNodePoolSpecAutoscaling
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d3205b37edae90a43acdf1bef88ca5bb2d0b8a3a0dd3c757e3a99cdb61fbb02c)
            check_type(argname="argument location_policy", value=location_policy, expected_type=type_hints["location_policy"])
            check_type(argname="argument max_node_count", value=max_node_count, expected_type=type_hints["max_node_count"])
            check_type(argname="argument min_node_count", value=min_node_count, expected_type=type_hints["min_node_count"])
            check_type(argname="argument total_max_node_count", value=total_max_node_count, expected_type=type_hints["total_max_node_count"])
            check_type(argname="argument total_min_node_count", value=total_min_node_count, expected_type=type_hints["total_min_node_count"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if location_policy is not None:
            self._values["location_policy"] = location_policy
        if max_node_count is not None:
            self._values["max_node_count"] = max_node_count
        if min_node_count is not None:
            self._values["min_node_count"] = min_node_count
        if total_max_node_count is not None:
            self._values["total_max_node_count"] = total_max_node_count
        if total_min_node_count is not None:
            self._values["total_min_node_count"] = total_min_node_count

    @builtins.property
    def location_policy(self) -> typing.Optional[builtins.str]:
        '''Location policy used when scaling up a nodepool.

        :schema: ContainerNodePoolSpecAutoscaling#locationPolicy
        '''
        result = self._values.get("location_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def max_node_count(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of nodes for one location in the node pool.

        Must be >= min_node_count. There has to be enough quota to scale up the cluster.

        :schema: ContainerNodePoolSpecAutoscaling#maxNodeCount
        '''
        result = self._values.get("max_node_count")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def min_node_count(self) -> typing.Optional[jsii.Number]:
        '''Minimum number of nodes for one location in the node pool.

        Must be greater than or equal to 0 and less than or equal to max_node_count.

        :schema: ContainerNodePoolSpecAutoscaling#minNodeCount
        '''
        result = self._values.get("min_node_count")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def total_max_node_count(self) -> typing.Optional[jsii.Number]:
        '''Maximum number of nodes in the node pool.

        Must be greater than or equal to total_min_node_count. There has to be enough quota to scale up the cluster. The total_*_node_count fields are mutually exclusive with the *_node_count fields.

        :schema: ContainerNodePoolSpecAutoscaling#totalMaxNodeCount
        '''
        result = self._values.get("total_max_node_count")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def total_min_node_count(self) -> typing.Optional[jsii.Number]:
        '''Minimum number of nodes in the node pool.

        Must be greater than or equal to 0 and less than or equal to total_max_node_count. The total_*_node_count fields are mutually exclusive with the *_node_count fields.

        :schema: ContainerNodePoolSpecAutoscaling#totalMinNodeCount
        '''
        result = self._values.get("total_min_node_count")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecAutoscaling(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecClusterRef",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class ContainerNodePoolSpecClusterRef:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The GKE cluster this node pool belongs to.

        :param external: The GKE cluster. Valid formats: ``projects/{projectID}/locations/{location}/clusters/{clusterID}`` ``projects/{projectID}/zones/{zone}/clusters/{clusterID}``
        :param name: Name of the project resource. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names _/
        :param namespace: Namespace of the project resource. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/ _/

        :schema: ContainerNodePoolSpecClusterRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a424298ce47a76cb3933cc6ff05232977aad9fecc4efd2ae236da39200bcd3ab)
            check_type(argname="argument external", value=external, expected_type=type_hints["external"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if external is not None:
            self._values["external"] = external
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def external(self) -> typing.Optional[builtins.str]:
        '''The GKE cluster.

        Valid formats: ``projects/{projectID}/locations/{location}/clusters/{clusterID}`` ``projects/{projectID}/zones/{zone}/clusters/{clusterID}``

        :schema: ContainerNodePoolSpecClusterRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the project resource.

        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names _/

        :schema: ContainerNodePoolSpecClusterRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the project resource.

        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/ _/

        :schema: ContainerNodePoolSpecClusterRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecClusterRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecManagement",
    jsii_struct_bases=[],
    name_mapping={"auto_repair": "autoRepair", "auto_upgrade": "autoUpgrade"},
)
class ContainerNodePoolSpecManagement:
    def __init__(
        self,
        *,
        auto_repair: typing.Optional[builtins.bool] = None,
        auto_upgrade: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''NodeManagement configuration for this NodePool.

        :param auto_repair: A flag that specifies whether the node auto-repair is enabled for the node pool. If enabled, the nodes in this node pool will be monitored and, if they fail health checks too many times, an automatic repair action will be triggered.
        :param auto_upgrade: A flag that specifies whether node auto-upgrade is enabled for the node pool. If enabled, node auto-upgrade helps keep the nodes in your node pool up to date with the latest release version of Kubernetes.

        :schema: ContainerNodePoolSpecManagement
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__351c13ecb6bf4054507d1332b8141c804df23c871380bb9ae01fffae5ecd6cf7)
            check_type(argname="argument auto_repair", value=auto_repair, expected_type=type_hints["auto_repair"])
            check_type(argname="argument auto_upgrade", value=auto_upgrade, expected_type=type_hints["auto_upgrade"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if auto_repair is not None:
            self._values["auto_repair"] = auto_repair
        if auto_upgrade is not None:
            self._values["auto_upgrade"] = auto_upgrade

    @builtins.property
    def auto_repair(self) -> typing.Optional[builtins.bool]:
        '''A flag that specifies whether the node auto-repair is enabled for the node pool.

        If enabled, the nodes in this node pool will be monitored and, if they fail health checks too many times, an automatic repair action will be triggered.

        :schema: ContainerNodePoolSpecManagement#autoRepair
        '''
        result = self._values.get("auto_repair")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def auto_upgrade(self) -> typing.Optional[builtins.bool]:
        '''A flag that specifies whether node auto-upgrade is enabled for the node pool.

        If enabled, node auto-upgrade helps keep the nodes in your node pool up to date with the latest release version of Kubernetes.

        :schema: ContainerNodePoolSpecManagement#autoUpgrade
        '''
        result = self._values.get("auto_upgrade")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecManagement(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecNetworkConfig",
    jsii_struct_bases=[],
    name_mapping={
        "additional_node_network_configs": "additionalNodeNetworkConfigs",
        "additional_pod_network_configs": "additionalPodNetworkConfigs",
        "create_pod_range": "createPodRange",
        "enable_private_nodes": "enablePrivateNodes",
        "pod_cidr_overprovision_config": "podCidrOverprovisionConfig",
        "pod_ipv4_cidr_block": "podIpv4CidrBlock",
        "pod_range": "podRange",
        "subnetwork_ref": "subnetworkRef",
    },
)
class ContainerNodePoolSpecNetworkConfig:
    def __init__(
        self,
        *,
        additional_node_network_configs: typing.Optional[typing.Sequence[typing.Union["ContainerNodePoolSpecNetworkConfigAdditionalNodeNetworkConfigs", typing.Dict[builtins.str, typing.Any]]]] = None,
        additional_pod_network_configs: typing.Optional[typing.Sequence[typing.Union["ContainerNodePoolSpecNetworkConfigAdditionalPodNetworkConfigs", typing.Dict[builtins.str, typing.Any]]]] = None,
        create_pod_range: typing.Optional[builtins.bool] = None,
        enable_private_nodes: typing.Optional[builtins.bool] = None,
        pod_cidr_overprovision_config: typing.Optional[typing.Union["ContainerNodePoolSpecNetworkConfigPodCidrOverprovisionConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        pod_ipv4_cidr_block: typing.Optional[builtins.str] = None,
        pod_range: typing.Optional[builtins.str] = None,
        subnetwork_ref: typing.Optional[typing.Union["ContainerNodePoolSpecNetworkConfigSubnetworkRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Networking configuration for this NodePool.

        If specified, it overrides the cluster-level defaults.

        :param additional_node_network_configs: We specify the additional node networks for this node pool using this list. Each node network corresponds to an additional interface.
        :param additional_pod_network_configs: We specify the additional pod networks for this node pool using this list. Each pod network corresponds to an additional alias IP range for the node.
        :param create_pod_range: Input only. Whether to create a new range for pod IPs in this node pool. Defaults are provided for ``pod_range`` and ``pod_ipv4_cidr_block`` if they are not specified. If neither ``create_pod_range`` or ``pod_range`` are specified, the cluster-level default (``ip_allocation_policy.cluster_ipv4_cidr_block``) is used. Only applicable if ``ip_allocation_policy.use_ip_aliases`` is true. This field cannot be changed after the node pool has been created.
        :param enable_private_nodes: Whether nodes have internal IP addresses only. If enable_private_nodes is not specified, then the value is derived from [Cluster.NetworkConfig.default_enable_private_nodes].
        :param pod_cidr_overprovision_config: [PRIVATE FIELD] Pod CIDR size overprovisioning config for the nodepool. Pod CIDR size per node depends on max_pods_per_node. By default, the value of max_pods_per_node is rounded off to next power of 2 and we then double that to get the size of pod CIDR block per node. Example: max_pods_per_node of 30 would result in 64 IPs (/26). This config can disable the doubling of IPs (we still round off to next power of 2) Example: max_pods_per_node of 30 will result in 32 IPs (/27) when overprovisioning is disabled.
        :param pod_ipv4_cidr_block: The IP address range for pod IPs in this node pool. Only applicable if ``create_pod_range`` is true. Set to blank to have a range chosen with the default size. Set to /netmask (e.g. ``/14``) to have a range chosen with a specific netmask. Set to a CIDR notation (e.g. ``10.96.0.0/14``) to pick a specific range to use. Only applicable if ``ip_allocation_policy.use_ip_aliases`` is true. This field cannot be changed after the node pool has been created.
        :param pod_range: The ID of the secondary range for pod IPs. If ``create_pod_range`` is true, this ID is used for the new range. If ``create_pod_range`` is false, uses an existing secondary range with this ID. Only applicable if ``ip_allocation_policy.use_ip_aliases`` is true. This field cannot be changed after the node pool has been created.
        :param subnetwork_ref: ComputeSubnetworkRef is a reference to a GCP ComputeSubnetwork.

        :schema: ContainerNodePoolSpecNetworkConfig
        '''
        if isinstance(pod_cidr_overprovision_config, dict):
            pod_cidr_overprovision_config = ContainerNodePoolSpecNetworkConfigPodCidrOverprovisionConfig(**pod_cidr_overprovision_config)
        if isinstance(subnetwork_ref, dict):
            subnetwork_ref = ContainerNodePoolSpecNetworkConfigSubnetworkRef(**subnetwork_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__12fceee945fad70a3519f7a1248f602f633b55274433abf2ffd972beb4321268)
            check_type(argname="argument additional_node_network_configs", value=additional_node_network_configs, expected_type=type_hints["additional_node_network_configs"])
            check_type(argname="argument additional_pod_network_configs", value=additional_pod_network_configs, expected_type=type_hints["additional_pod_network_configs"])
            check_type(argname="argument create_pod_range", value=create_pod_range, expected_type=type_hints["create_pod_range"])
            check_type(argname="argument enable_private_nodes", value=enable_private_nodes, expected_type=type_hints["enable_private_nodes"])
            check_type(argname="argument pod_cidr_overprovision_config", value=pod_cidr_overprovision_config, expected_type=type_hints["pod_cidr_overprovision_config"])
            check_type(argname="argument pod_ipv4_cidr_block", value=pod_ipv4_cidr_block, expected_type=type_hints["pod_ipv4_cidr_block"])
            check_type(argname="argument pod_range", value=pod_range, expected_type=type_hints["pod_range"])
            check_type(argname="argument subnetwork_ref", value=subnetwork_ref, expected_type=type_hints["subnetwork_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if additional_node_network_configs is not None:
            self._values["additional_node_network_configs"] = additional_node_network_configs
        if additional_pod_network_configs is not None:
            self._values["additional_pod_network_configs"] = additional_pod_network_configs
        if create_pod_range is not None:
            self._values["create_pod_range"] = create_pod_range
        if enable_private_nodes is not None:
            self._values["enable_private_nodes"] = enable_private_nodes
        if pod_cidr_overprovision_config is not None:
            self._values["pod_cidr_overprovision_config"] = pod_cidr_overprovision_config
        if pod_ipv4_cidr_block is not None:
            self._values["pod_ipv4_cidr_block"] = pod_ipv4_cidr_block
        if pod_range is not None:
            self._values["pod_range"] = pod_range
        if subnetwork_ref is not None:
            self._values["subnetwork_ref"] = subnetwork_ref

    @builtins.property
    def additional_node_network_configs(
        self,
    ) -> typing.Optional[typing.List["ContainerNodePoolSpecNetworkConfigAdditionalNodeNetworkConfigs"]]:
        '''We specify the additional node networks for this node pool using this list.

        Each node network corresponds to an additional interface.

        :schema: ContainerNodePoolSpecNetworkConfig#additionalNodeNetworkConfigs
        '''
        result = self._values.get("additional_node_network_configs")
        return typing.cast(typing.Optional[typing.List["ContainerNodePoolSpecNetworkConfigAdditionalNodeNetworkConfigs"]], result)

    @builtins.property
    def additional_pod_network_configs(
        self,
    ) -> typing.Optional[typing.List["ContainerNodePoolSpecNetworkConfigAdditionalPodNetworkConfigs"]]:
        '''We specify the additional pod networks for this node pool using this list.

        Each pod network corresponds to an additional alias IP range for the node.

        :schema: ContainerNodePoolSpecNetworkConfig#additionalPodNetworkConfigs
        '''
        result = self._values.get("additional_pod_network_configs")
        return typing.cast(typing.Optional[typing.List["ContainerNodePoolSpecNetworkConfigAdditionalPodNetworkConfigs"]], result)

    @builtins.property
    def create_pod_range(self) -> typing.Optional[builtins.bool]:
        '''Input only.

        Whether to create a new range for pod IPs in this node pool. Defaults are provided for ``pod_range`` and ``pod_ipv4_cidr_block`` if they are not specified. If neither ``create_pod_range`` or ``pod_range`` are specified, the cluster-level default (``ip_allocation_policy.cluster_ipv4_cidr_block``) is used. Only applicable if ``ip_allocation_policy.use_ip_aliases`` is true. This field cannot be changed after the node pool has been created.

        :schema: ContainerNodePoolSpecNetworkConfig#createPodRange
        '''
        result = self._values.get("create_pod_range")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def enable_private_nodes(self) -> typing.Optional[builtins.bool]:
        '''Whether nodes have internal IP addresses only.

        If enable_private_nodes is not specified, then the value is derived from [Cluster.NetworkConfig.default_enable_private_nodes].

        :schema: ContainerNodePoolSpecNetworkConfig#enablePrivateNodes
        '''
        result = self._values.get("enable_private_nodes")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def pod_cidr_overprovision_config(
        self,
    ) -> typing.Optional["ContainerNodePoolSpecNetworkConfigPodCidrOverprovisionConfig"]:
        '''[PRIVATE FIELD] Pod CIDR size overprovisioning config for the nodepool.

        Pod CIDR size per node depends on max_pods_per_node. By default, the value of max_pods_per_node is rounded off to next power of 2 and we then double that to get the size of pod CIDR block per node. Example: max_pods_per_node of 30 would result in 64 IPs (/26). This config can disable the doubling of IPs (we still round off to next power of 2) Example: max_pods_per_node of 30 will result in 32 IPs (/27) when overprovisioning is disabled.

        :schema: ContainerNodePoolSpecNetworkConfig#podCidrOverprovisionConfig
        '''
        result = self._values.get("pod_cidr_overprovision_config")
        return typing.cast(typing.Optional["ContainerNodePoolSpecNetworkConfigPodCidrOverprovisionConfig"], result)

    @builtins.property
    def pod_ipv4_cidr_block(self) -> typing.Optional[builtins.str]:
        '''The IP address range for pod IPs in this node pool.

        Only applicable if ``create_pod_range`` is true. Set to blank to have a range chosen with the default size. Set to /netmask (e.g. ``/14``) to have a range chosen with a specific netmask. Set to a CIDR notation (e.g. ``10.96.0.0/14``) to pick a specific range to use. Only applicable if ``ip_allocation_policy.use_ip_aliases`` is true. This field cannot be changed after the node pool has been created.

        :schema: ContainerNodePoolSpecNetworkConfig#podIpv4CidrBlock
        '''
        result = self._values.get("pod_ipv4_cidr_block")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def pod_range(self) -> typing.Optional[builtins.str]:
        '''The ID of the secondary range for pod IPs.

        If ``create_pod_range`` is true, this ID is used for the new range. If ``create_pod_range`` is false, uses an existing secondary range with this ID. Only applicable if ``ip_allocation_policy.use_ip_aliases`` is true. This field cannot be changed after the node pool has been created.

        :schema: ContainerNodePoolSpecNetworkConfig#podRange
        '''
        result = self._values.get("pod_range")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def subnetwork_ref(
        self,
    ) -> typing.Optional["ContainerNodePoolSpecNetworkConfigSubnetworkRef"]:
        '''ComputeSubnetworkRef is a reference to a GCP ComputeSubnetwork.

        :schema: ContainerNodePoolSpecNetworkConfig#subnetworkRef
        '''
        result = self._values.get("subnetwork_ref")
        return typing.cast(typing.Optional["ContainerNodePoolSpecNetworkConfigSubnetworkRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecNetworkConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecNetworkConfigAdditionalNodeNetworkConfigs",
    jsii_struct_bases=[],
    name_mapping={"network_ref": "networkRef", "subnetwork_ref": "subnetworkRef"},
)
class ContainerNodePoolSpecNetworkConfigAdditionalNodeNetworkConfigs:
    def __init__(
        self,
        *,
        network_ref: typing.Optional[typing.Union["ContainerNodePoolSpecNetworkConfigAdditionalNodeNetworkConfigsNetworkRef", typing.Dict[builtins.str, typing.Any]]] = None,
        subnetwork_ref: typing.Optional[typing.Union["ContainerNodePoolSpecNetworkConfigAdditionalNodeNetworkConfigsSubnetworkRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param network_ref: ComputeNetworkRef is a reference to a GCP ComputeNetwork.
        :param subnetwork_ref: ComputeSubnetworkRef is a reference to a GCP ComputeSubnetwork.

        :schema: ContainerNodePoolSpecNetworkConfigAdditionalNodeNetworkConfigs
        '''
        if isinstance(network_ref, dict):
            network_ref = ContainerNodePoolSpecNetworkConfigAdditionalNodeNetworkConfigsNetworkRef(**network_ref)
        if isinstance(subnetwork_ref, dict):
            subnetwork_ref = ContainerNodePoolSpecNetworkConfigAdditionalNodeNetworkConfigsSubnetworkRef(**subnetwork_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__19a8cf31a6737aae82377e450d5d6f1927c62bcdaa906c187304dcee4809d864)
            check_type(argname="argument network_ref", value=network_ref, expected_type=type_hints["network_ref"])
            check_type(argname="argument subnetwork_ref", value=subnetwork_ref, expected_type=type_hints["subnetwork_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if network_ref is not None:
            self._values["network_ref"] = network_ref
        if subnetwork_ref is not None:
            self._values["subnetwork_ref"] = subnetwork_ref

    @builtins.property
    def network_ref(
        self,
    ) -> typing.Optional["ContainerNodePoolSpecNetworkConfigAdditionalNodeNetworkConfigsNetworkRef"]:
        '''ComputeNetworkRef is a reference to a GCP ComputeNetwork.

        :schema: ContainerNodePoolSpecNetworkConfigAdditionalNodeNetworkConfigs#networkRef
        '''
        result = self._values.get("network_ref")
        return typing.cast(typing.Optional["ContainerNodePoolSpecNetworkConfigAdditionalNodeNetworkConfigsNetworkRef"], result)

    @builtins.property
    def subnetwork_ref(
        self,
    ) -> typing.Optional["ContainerNodePoolSpecNetworkConfigAdditionalNodeNetworkConfigsSubnetworkRef"]:
        '''ComputeSubnetworkRef is a reference to a GCP ComputeSubnetwork.

        :schema: ContainerNodePoolSpecNetworkConfigAdditionalNodeNetworkConfigs#subnetworkRef
        '''
        result = self._values.get("subnetwork_ref")
        return typing.cast(typing.Optional["ContainerNodePoolSpecNetworkConfigAdditionalNodeNetworkConfigsSubnetworkRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecNetworkConfigAdditionalNodeNetworkConfigs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecNetworkConfigAdditionalNodeNetworkConfigsNetworkRef",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class ContainerNodePoolSpecNetworkConfigAdditionalNodeNetworkConfigsNetworkRef:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ComputeNetworkRef is a reference to a GCP ComputeNetwork.

        :param external: A reference to an externally managed ComputeNetwork resource. Should be in the format "projects/{{projectID}}/global/networks/{{networkID}}".
        :param name: The name of a ComputeNetwork resource.
        :param namespace: The namespace of a ComputeNetwork resource.

        :schema: ContainerNodePoolSpecNetworkConfigAdditionalNodeNetworkConfigsNetworkRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__261e890706a93b22a68c2b431617cabd838088ebe8d86f35f41cbfdf280c0a88)
            check_type(argname="argument external", value=external, expected_type=type_hints["external"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if external is not None:
            self._values["external"] = external
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def external(self) -> typing.Optional[builtins.str]:
        '''A reference to an externally managed ComputeNetwork resource.

        Should be in the format "projects/{{projectID}}/global/networks/{{networkID}}".

        :schema: ContainerNodePoolSpecNetworkConfigAdditionalNodeNetworkConfigsNetworkRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of a ComputeNetwork resource.

        :schema: ContainerNodePoolSpecNetworkConfigAdditionalNodeNetworkConfigsNetworkRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of a ComputeNetwork resource.

        :schema: ContainerNodePoolSpecNetworkConfigAdditionalNodeNetworkConfigsNetworkRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecNetworkConfigAdditionalNodeNetworkConfigsNetworkRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecNetworkConfigAdditionalNodeNetworkConfigsSubnetworkRef",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class ContainerNodePoolSpecNetworkConfigAdditionalNodeNetworkConfigsSubnetworkRef:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ComputeSubnetworkRef is a reference to a GCP ComputeSubnetwork.

        :param external: A reference to an externally managed ComputeSubnetwork resource. Should be in the format "projects/{{projectID}}/regions/{{region}}/subnetworks/{{subnetworkID}}".
        :param name: The name of a ComputeSubnetwork resource.
        :param namespace: The namespace of a ComputeSubnetwork resource.

        :schema: ContainerNodePoolSpecNetworkConfigAdditionalNodeNetworkConfigsSubnetworkRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__788afc42a05576f31ecc335d4513a7069cc11ce369d8f1121f84a37d947ee648)
            check_type(argname="argument external", value=external, expected_type=type_hints["external"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if external is not None:
            self._values["external"] = external
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def external(self) -> typing.Optional[builtins.str]:
        '''A reference to an externally managed ComputeSubnetwork resource.

        Should be in the format "projects/{{projectID}}/regions/{{region}}/subnetworks/{{subnetworkID}}".

        :schema: ContainerNodePoolSpecNetworkConfigAdditionalNodeNetworkConfigsSubnetworkRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of a ComputeSubnetwork resource.

        :schema: ContainerNodePoolSpecNetworkConfigAdditionalNodeNetworkConfigsSubnetworkRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of a ComputeSubnetwork resource.

        :schema: ContainerNodePoolSpecNetworkConfigAdditionalNodeNetworkConfigsSubnetworkRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecNetworkConfigAdditionalNodeNetworkConfigsSubnetworkRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecNetworkConfigAdditionalPodNetworkConfigs",
    jsii_struct_bases=[],
    name_mapping={
        "max_pods_per_node": "maxPodsPerNode",
        "secondary_pod_range": "secondaryPodRange",
        "subnetwork_ref": "subnetworkRef",
    },
)
class ContainerNodePoolSpecNetworkConfigAdditionalPodNetworkConfigs:
    def __init__(
        self,
        *,
        max_pods_per_node: typing.Optional[jsii.Number] = None,
        secondary_pod_range: typing.Optional[builtins.str] = None,
        subnetwork_ref: typing.Optional[typing.Union["ContainerNodePoolSpecNetworkConfigAdditionalPodNetworkConfigsSubnetworkRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param max_pods_per_node: The maximum number of pods per node which use this pod network.
        :param secondary_pod_range: The name of the secondary range on the subnet which provides IP address for this pod range.
        :param subnetwork_ref: ComputeSubnetworkRef is a reference to a GCP ComputeSubnetwork.

        :schema: ContainerNodePoolSpecNetworkConfigAdditionalPodNetworkConfigs
        '''
        if isinstance(subnetwork_ref, dict):
            subnetwork_ref = ContainerNodePoolSpecNetworkConfigAdditionalPodNetworkConfigsSubnetworkRef(**subnetwork_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f56d68d51a5f56e70a24e55f8d2ad4e1906efadf7de739d3b10774cd822262f9)
            check_type(argname="argument max_pods_per_node", value=max_pods_per_node, expected_type=type_hints["max_pods_per_node"])
            check_type(argname="argument secondary_pod_range", value=secondary_pod_range, expected_type=type_hints["secondary_pod_range"])
            check_type(argname="argument subnetwork_ref", value=subnetwork_ref, expected_type=type_hints["subnetwork_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if max_pods_per_node is not None:
            self._values["max_pods_per_node"] = max_pods_per_node
        if secondary_pod_range is not None:
            self._values["secondary_pod_range"] = secondary_pod_range
        if subnetwork_ref is not None:
            self._values["subnetwork_ref"] = subnetwork_ref

    @builtins.property
    def max_pods_per_node(self) -> typing.Optional[jsii.Number]:
        '''The maximum number of pods per node which use this pod network.

        :schema: ContainerNodePoolSpecNetworkConfigAdditionalPodNetworkConfigs#maxPodsPerNode
        '''
        result = self._values.get("max_pods_per_node")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def secondary_pod_range(self) -> typing.Optional[builtins.str]:
        '''The name of the secondary range on the subnet which provides IP address for this pod range.

        :schema: ContainerNodePoolSpecNetworkConfigAdditionalPodNetworkConfigs#secondaryPodRange
        '''
        result = self._values.get("secondary_pod_range")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def subnetwork_ref(
        self,
    ) -> typing.Optional["ContainerNodePoolSpecNetworkConfigAdditionalPodNetworkConfigsSubnetworkRef"]:
        '''ComputeSubnetworkRef is a reference to a GCP ComputeSubnetwork.

        :schema: ContainerNodePoolSpecNetworkConfigAdditionalPodNetworkConfigs#subnetworkRef
        '''
        result = self._values.get("subnetwork_ref")
        return typing.cast(typing.Optional["ContainerNodePoolSpecNetworkConfigAdditionalPodNetworkConfigsSubnetworkRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecNetworkConfigAdditionalPodNetworkConfigs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecNetworkConfigAdditionalPodNetworkConfigsSubnetworkRef",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class ContainerNodePoolSpecNetworkConfigAdditionalPodNetworkConfigsSubnetworkRef:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ComputeSubnetworkRef is a reference to a GCP ComputeSubnetwork.

        :param external: A reference to an externally managed ComputeSubnetwork resource. Should be in the format "projects/{{projectID}}/regions/{{region}}/subnetworks/{{subnetworkID}}".
        :param name: The name of a ComputeSubnetwork resource.
        :param namespace: The namespace of a ComputeSubnetwork resource.

        :schema: ContainerNodePoolSpecNetworkConfigAdditionalPodNetworkConfigsSubnetworkRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8167bcd5029f48fd4446c2086429c090397f12c16b0b05539a01f1d267883251)
            check_type(argname="argument external", value=external, expected_type=type_hints["external"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if external is not None:
            self._values["external"] = external
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def external(self) -> typing.Optional[builtins.str]:
        '''A reference to an externally managed ComputeSubnetwork resource.

        Should be in the format "projects/{{projectID}}/regions/{{region}}/subnetworks/{{subnetworkID}}".

        :schema: ContainerNodePoolSpecNetworkConfigAdditionalPodNetworkConfigsSubnetworkRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of a ComputeSubnetwork resource.

        :schema: ContainerNodePoolSpecNetworkConfigAdditionalPodNetworkConfigsSubnetworkRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of a ComputeSubnetwork resource.

        :schema: ContainerNodePoolSpecNetworkConfigAdditionalPodNetworkConfigsSubnetworkRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecNetworkConfigAdditionalPodNetworkConfigsSubnetworkRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecNetworkConfigPodCidrOverprovisionConfig",
    jsii_struct_bases=[],
    name_mapping={"disabled": "disabled"},
)
class ContainerNodePoolSpecNetworkConfigPodCidrOverprovisionConfig:
    def __init__(self, *, disabled: builtins.bool) -> None:
        '''[PRIVATE FIELD] Pod CIDR size overprovisioning config for the nodepool.

        Pod CIDR size per node depends on max_pods_per_node. By default, the value of max_pods_per_node is rounded off to next power of 2 and we then double that to get the size of pod CIDR block per node. Example: max_pods_per_node of 30 would result in 64 IPs (/26). This config can disable the doubling of IPs (we still round off to next power of 2) Example: max_pods_per_node of 30 will result in 32 IPs (/27) when overprovisioning is disabled.

        :param disabled: 

        :schema: ContainerNodePoolSpecNetworkConfigPodCidrOverprovisionConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__337f760db77b2e7123381b669406dfec5a2d02bbc244d0eb62caab6f0ecadfce)
            check_type(argname="argument disabled", value=disabled, expected_type=type_hints["disabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "disabled": disabled,
        }

    @builtins.property
    def disabled(self) -> builtins.bool:
        '''
        :schema: ContainerNodePoolSpecNetworkConfigPodCidrOverprovisionConfig#disabled
        '''
        result = self._values.get("disabled")
        assert result is not None, "Required property 'disabled' is missing"
        return typing.cast(builtins.bool, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecNetworkConfigPodCidrOverprovisionConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecNetworkConfigSubnetworkRef",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class ContainerNodePoolSpecNetworkConfigSubnetworkRef:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ComputeSubnetworkRef is a reference to a GCP ComputeSubnetwork.

        :param external: A reference to an externally managed ComputeSubnetwork resource. Should be in the format "projects/{{projectID}}/regions/{{region}}/subnetworks/{{subnetworkID}}".
        :param name: The name of a ComputeSubnetwork resource.
        :param namespace: The namespace of a ComputeSubnetwork resource.

        :schema: ContainerNodePoolSpecNetworkConfigSubnetworkRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cf96784b4e2ff6ce40c64b24dc509dedf4cbff03219a1af5342de7806890e0e3)
            check_type(argname="argument external", value=external, expected_type=type_hints["external"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if external is not None:
            self._values["external"] = external
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def external(self) -> typing.Optional[builtins.str]:
        '''A reference to an externally managed ComputeSubnetwork resource.

        Should be in the format "projects/{{projectID}}/regions/{{region}}/subnetworks/{{subnetworkID}}".

        :schema: ContainerNodePoolSpecNetworkConfigSubnetworkRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of a ComputeSubnetwork resource.

        :schema: ContainerNodePoolSpecNetworkConfigSubnetworkRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of a ComputeSubnetwork resource.

        :schema: ContainerNodePoolSpecNetworkConfigSubnetworkRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecNetworkConfigSubnetworkRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecNodeConfig",
    jsii_struct_bases=[],
    name_mapping={
        "advanced_machine_features": "advancedMachineFeatures",
        "boot_disk_kms_crypto_key_ref": "bootDiskKmsCryptoKeyRef",
        "confidential_nodes": "confidentialNodes",
        "containerd_config": "containerdConfig",
        "disk_size_gb": "diskSizeGb",
        "disk_type": "diskType",
        "ephemeral_storage_config": "ephemeralStorageConfig",
        "ephemeral_storage_local_ssd_config": "ephemeralStorageLocalSsdConfig",
        "fast_socket": "fastSocket",
        "gcfs_config": "gcfsConfig",
        "guest_accelerator": "guestAccelerator",
        "gvnic": "gvnic",
        "host_maintenance_policy": "hostMaintenancePolicy",
        "image_type": "imageType",
        "kubelet_config": "kubeletConfig",
        "labels": "labels",
        "linux_node_config": "linuxNodeConfig",
        "local_nvme_ssd_block_config": "localNvmeSsdBlockConfig",
        "local_ssd_count": "localSsdCount",
        "logging_variant": "loggingVariant",
        "machine_type": "machineType",
        "metadata": "metadata",
        "min_cpu_platform": "minCpuPlatform",
        "node_group_ref": "nodeGroupRef",
        "oauth_scopes": "oauthScopes",
        "preemptible": "preemptible",
        "reservation_affinity": "reservationAffinity",
        "resource_labels": "resourceLabels",
        "resource_manager_tags": "resourceManagerTags",
        "sandbox_config": "sandboxConfig",
        "service_account_ref": "serviceAccountRef",
        "shielded_instance_config": "shieldedInstanceConfig",
        "sole_tenant_config": "soleTenantConfig",
        "spot": "spot",
        "tags": "tags",
        "taint": "taint",
        "windows_node_config": "windowsNodeConfig",
        "workload_metadata_config": "workloadMetadataConfig",
    },
)
class ContainerNodePoolSpecNodeConfig:
    def __init__(
        self,
        *,
        advanced_machine_features: typing.Optional[typing.Union["ContainerNodePoolSpecNodeConfigAdvancedMachineFeatures", typing.Dict[builtins.str, typing.Any]]] = None,
        boot_disk_kms_crypto_key_ref: typing.Optional[typing.Union["ContainerNodePoolSpecNodeConfigBootDiskKmsCryptoKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        confidential_nodes: typing.Optional[typing.Union["ContainerNodePoolSpecNodeConfigConfidentialNodes", typing.Dict[builtins.str, typing.Any]]] = None,
        containerd_config: typing.Optional[typing.Union["ContainerNodePoolSpecNodeConfigContainerdConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        disk_size_gb: typing.Optional[jsii.Number] = None,
        disk_type: typing.Optional[builtins.str] = None,
        ephemeral_storage_config: typing.Optional[typing.Union["ContainerNodePoolSpecNodeConfigEphemeralStorageConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        ephemeral_storage_local_ssd_config: typing.Optional[typing.Union["ContainerNodePoolSpecNodeConfigEphemeralStorageLocalSsdConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        fast_socket: typing.Optional[typing.Union["ContainerNodePoolSpecNodeConfigFastSocket", typing.Dict[builtins.str, typing.Any]]] = None,
        gcfs_config: typing.Optional[typing.Union["ContainerNodePoolSpecNodeConfigGcfsConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        guest_accelerator: typing.Optional[typing.Sequence[typing.Union["ContainerNodePoolSpecNodeConfigGuestAccelerator", typing.Dict[builtins.str, typing.Any]]]] = None,
        gvnic: typing.Optional[typing.Union["ContainerNodePoolSpecNodeConfigGvnic", typing.Dict[builtins.str, typing.Any]]] = None,
        host_maintenance_policy: typing.Optional[typing.Union["ContainerNodePoolSpecNodeConfigHostMaintenancePolicy", typing.Dict[builtins.str, typing.Any]]] = None,
        image_type: typing.Optional[builtins.str] = None,
        kubelet_config: typing.Optional[typing.Union["ContainerNodePoolSpecNodeConfigKubeletConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        linux_node_config: typing.Optional[typing.Union["ContainerNodePoolSpecNodeConfigLinuxNodeConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        local_nvme_ssd_block_config: typing.Optional[typing.Union["ContainerNodePoolSpecNodeConfigLocalNvmeSsdBlockConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        local_ssd_count: typing.Optional[jsii.Number] = None,
        logging_variant: typing.Optional[builtins.str] = None,
        machine_type: typing.Optional[builtins.str] = None,
        metadata: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        min_cpu_platform: typing.Optional[builtins.str] = None,
        node_group_ref: typing.Optional[typing.Union["ContainerNodePoolSpecNodeConfigNodeGroupRef", typing.Dict[builtins.str, typing.Any]]] = None,
        oauth_scopes: typing.Optional[typing.Sequence[builtins.str]] = None,
        preemptible: typing.Optional[builtins.bool] = None,
        reservation_affinity: typing.Optional[typing.Union["ContainerNodePoolSpecNodeConfigReservationAffinity", typing.Dict[builtins.str, typing.Any]]] = None,
        resource_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        resource_manager_tags: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        sandbox_config: typing.Optional[typing.Union["ContainerNodePoolSpecNodeConfigSandboxConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        service_account_ref: typing.Optional[typing.Union["ContainerNodePoolSpecNodeConfigServiceAccountRef", typing.Dict[builtins.str, typing.Any]]] = None,
        shielded_instance_config: typing.Optional[typing.Union["ContainerNodePoolSpecNodeConfigShieldedInstanceConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        sole_tenant_config: typing.Optional[typing.Union["ContainerNodePoolSpecNodeConfigSoleTenantConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        spot: typing.Optional[builtins.bool] = None,
        tags: typing.Optional[typing.Sequence[builtins.str]] = None,
        taint: typing.Optional[typing.Sequence[typing.Union["ContainerNodePoolSpecNodeConfigTaint", typing.Dict[builtins.str, typing.Any]]]] = None,
        windows_node_config: typing.Optional[typing.Union["ContainerNodePoolSpecNodeConfigWindowsNodeConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        workload_metadata_config: typing.Optional[typing.Union["ContainerNodePoolSpecNodeConfigWorkloadMetadataConfig", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''The node configuration of the pool.

        :param advanced_machine_features: Immutable. Specifies options for controlling advanced machine features.
        :param boot_disk_kms_crypto_key_ref: Immutable. Cryptographic key used to encrypt the boot disk.
        :param confidential_nodes: Immutable. Configuration for the confidential nodes feature, which makes nodes run on confidential VMs. Warning: This configuration can't be changed (or added/removed) after pool creation without deleting and recreating the entire pool.
        :param containerd_config: Parameters for containerd customization.
        :param disk_size_gb: Immutable. Size of the disk attached to each node, specified in GB. The smallest allowed disk size is 10GB.
        :param disk_type: Immutable. Type of the disk attached to each node. Such as pd-standard, pd-balanced or pd-ssd.
        :param ephemeral_storage_config: Immutable. Parameters for the ephemeral storage filesystem. If unspecified, ephemeral storage is backed by the boot disk.
        :param ephemeral_storage_local_ssd_config: Immutable. Parameters for the ephemeral storage filesystem. If unspecified, ephemeral storage is backed by the boot disk.
        :param fast_socket: Enable or disable NCCL Fast Socket in the node pool.
        :param gcfs_config: Immutable. GCFS configuration for this node.
        :param guest_accelerator: Immutable. List of the type and count of accelerator cards attached to the instance.
        :param gvnic: Immutable. Enable or disable gvnic in the node pool.
        :param host_maintenance_policy: Immutable. The maintenance policy for the hosts on which the GKE VMs run on.
        :param image_type: The image type to use for this node. Note that for a given image type, the latest version of it will be used.
        :param kubelet_config: Node kubelet configs.
        :param labels: Immutable. The map of Kubernetes labels (key/value pairs) to be applied to each node. These will added in addition to any default label(s) that Kubernetes may apply to the node.
        :param linux_node_config: Parameters that can be configured on Linux nodes.
        :param local_nvme_ssd_block_config: Immutable. Parameters for raw-block local NVMe SSDs.
        :param local_ssd_count: Immutable. The number of local SSD disks to be attached to the node.
        :param logging_variant: Type of logging agent that is used as the default value for node pools in the cluster. Valid values include DEFAULT and MAX_THROUGHPUT.
        :param machine_type: Immutable. The name of a Google Compute Engine machine type.
        :param metadata: Immutable. The metadata key/value pairs assigned to instances in the cluster.
        :param min_cpu_platform: Immutable. Minimum CPU platform to be used by this instance. The instance may be scheduled on the specified or newer CPU platform.
        :param node_group_ref: Immutable. Setting this field will assign instances of this pool to run on the specified node group. This is useful for running workloads on sole tenant nodes.
        :param oauth_scopes: Immutable. The set of Google API scopes to be made available on all of the node VMs.
        :param preemptible: Immutable. Whether the nodes are created as preemptible VM instances.
        :param reservation_affinity: Immutable. The reservation affinity configuration for the node pool.
        :param resource_labels: The GCE resource labels (a map of key/value pairs) to be applied to the node pool.
        :param resource_manager_tags: The resource manager tags (a map of key/value pairs) to be applied to GKE nodes. Keys must be in the format tagKeys/{tag_key_id}, and values are in the format tagValues/{tag_value_id}.
        :param sandbox_config: Immutable. Sandbox configuration for this node.
        :param service_account_ref: 
        :param shielded_instance_config: Immutable. Shielded Instance options.
        :param sole_tenant_config: Immutable. Node affinity options for sole tenant node pools.
        :param spot: Immutable. Whether the nodes are created as spot VM instances.
        :param tags: The list of instance tags applied to all nodes.
        :param taint: List of Kubernetes taints to be applied to each node.
        :param windows_node_config: Parameters that can be configured on Windows nodes.
        :param workload_metadata_config: The workload metadata configuration for this node.

        :schema: ContainerNodePoolSpecNodeConfig
        '''
        if isinstance(advanced_machine_features, dict):
            advanced_machine_features = ContainerNodePoolSpecNodeConfigAdvancedMachineFeatures(**advanced_machine_features)
        if isinstance(boot_disk_kms_crypto_key_ref, dict):
            boot_disk_kms_crypto_key_ref = ContainerNodePoolSpecNodeConfigBootDiskKmsCryptoKeyRef(**boot_disk_kms_crypto_key_ref)
        if isinstance(confidential_nodes, dict):
            confidential_nodes = ContainerNodePoolSpecNodeConfigConfidentialNodes(**confidential_nodes)
        if isinstance(containerd_config, dict):
            containerd_config = ContainerNodePoolSpecNodeConfigContainerdConfig(**containerd_config)
        if isinstance(ephemeral_storage_config, dict):
            ephemeral_storage_config = ContainerNodePoolSpecNodeConfigEphemeralStorageConfig(**ephemeral_storage_config)
        if isinstance(ephemeral_storage_local_ssd_config, dict):
            ephemeral_storage_local_ssd_config = ContainerNodePoolSpecNodeConfigEphemeralStorageLocalSsdConfig(**ephemeral_storage_local_ssd_config)
        if isinstance(fast_socket, dict):
            fast_socket = ContainerNodePoolSpecNodeConfigFastSocket(**fast_socket)
        if isinstance(gcfs_config, dict):
            gcfs_config = ContainerNodePoolSpecNodeConfigGcfsConfig(**gcfs_config)
        if isinstance(gvnic, dict):
            gvnic = ContainerNodePoolSpecNodeConfigGvnic(**gvnic)
        if isinstance(host_maintenance_policy, dict):
            host_maintenance_policy = ContainerNodePoolSpecNodeConfigHostMaintenancePolicy(**host_maintenance_policy)
        if isinstance(kubelet_config, dict):
            kubelet_config = ContainerNodePoolSpecNodeConfigKubeletConfig(**kubelet_config)
        if isinstance(linux_node_config, dict):
            linux_node_config = ContainerNodePoolSpecNodeConfigLinuxNodeConfig(**linux_node_config)
        if isinstance(local_nvme_ssd_block_config, dict):
            local_nvme_ssd_block_config = ContainerNodePoolSpecNodeConfigLocalNvmeSsdBlockConfig(**local_nvme_ssd_block_config)
        if isinstance(node_group_ref, dict):
            node_group_ref = ContainerNodePoolSpecNodeConfigNodeGroupRef(**node_group_ref)
        if isinstance(reservation_affinity, dict):
            reservation_affinity = ContainerNodePoolSpecNodeConfigReservationAffinity(**reservation_affinity)
        if isinstance(sandbox_config, dict):
            sandbox_config = ContainerNodePoolSpecNodeConfigSandboxConfig(**sandbox_config)
        if isinstance(service_account_ref, dict):
            service_account_ref = ContainerNodePoolSpecNodeConfigServiceAccountRef(**service_account_ref)
        if isinstance(shielded_instance_config, dict):
            shielded_instance_config = ContainerNodePoolSpecNodeConfigShieldedInstanceConfig(**shielded_instance_config)
        if isinstance(sole_tenant_config, dict):
            sole_tenant_config = ContainerNodePoolSpecNodeConfigSoleTenantConfig(**sole_tenant_config)
        if isinstance(windows_node_config, dict):
            windows_node_config = ContainerNodePoolSpecNodeConfigWindowsNodeConfig(**windows_node_config)
        if isinstance(workload_metadata_config, dict):
            workload_metadata_config = ContainerNodePoolSpecNodeConfigWorkloadMetadataConfig(**workload_metadata_config)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__36814618590db7b82b8e88431c3ce47eb2fae5387c88528473cf166aee4c2a64)
            check_type(argname="argument advanced_machine_features", value=advanced_machine_features, expected_type=type_hints["advanced_machine_features"])
            check_type(argname="argument boot_disk_kms_crypto_key_ref", value=boot_disk_kms_crypto_key_ref, expected_type=type_hints["boot_disk_kms_crypto_key_ref"])
            check_type(argname="argument confidential_nodes", value=confidential_nodes, expected_type=type_hints["confidential_nodes"])
            check_type(argname="argument containerd_config", value=containerd_config, expected_type=type_hints["containerd_config"])
            check_type(argname="argument disk_size_gb", value=disk_size_gb, expected_type=type_hints["disk_size_gb"])
            check_type(argname="argument disk_type", value=disk_type, expected_type=type_hints["disk_type"])
            check_type(argname="argument ephemeral_storage_config", value=ephemeral_storage_config, expected_type=type_hints["ephemeral_storage_config"])
            check_type(argname="argument ephemeral_storage_local_ssd_config", value=ephemeral_storage_local_ssd_config, expected_type=type_hints["ephemeral_storage_local_ssd_config"])
            check_type(argname="argument fast_socket", value=fast_socket, expected_type=type_hints["fast_socket"])
            check_type(argname="argument gcfs_config", value=gcfs_config, expected_type=type_hints["gcfs_config"])
            check_type(argname="argument guest_accelerator", value=guest_accelerator, expected_type=type_hints["guest_accelerator"])
            check_type(argname="argument gvnic", value=gvnic, expected_type=type_hints["gvnic"])
            check_type(argname="argument host_maintenance_policy", value=host_maintenance_policy, expected_type=type_hints["host_maintenance_policy"])
            check_type(argname="argument image_type", value=image_type, expected_type=type_hints["image_type"])
            check_type(argname="argument kubelet_config", value=kubelet_config, expected_type=type_hints["kubelet_config"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
            check_type(argname="argument linux_node_config", value=linux_node_config, expected_type=type_hints["linux_node_config"])
            check_type(argname="argument local_nvme_ssd_block_config", value=local_nvme_ssd_block_config, expected_type=type_hints["local_nvme_ssd_block_config"])
            check_type(argname="argument local_ssd_count", value=local_ssd_count, expected_type=type_hints["local_ssd_count"])
            check_type(argname="argument logging_variant", value=logging_variant, expected_type=type_hints["logging_variant"])
            check_type(argname="argument machine_type", value=machine_type, expected_type=type_hints["machine_type"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument min_cpu_platform", value=min_cpu_platform, expected_type=type_hints["min_cpu_platform"])
            check_type(argname="argument node_group_ref", value=node_group_ref, expected_type=type_hints["node_group_ref"])
            check_type(argname="argument oauth_scopes", value=oauth_scopes, expected_type=type_hints["oauth_scopes"])
            check_type(argname="argument preemptible", value=preemptible, expected_type=type_hints["preemptible"])
            check_type(argname="argument reservation_affinity", value=reservation_affinity, expected_type=type_hints["reservation_affinity"])
            check_type(argname="argument resource_labels", value=resource_labels, expected_type=type_hints["resource_labels"])
            check_type(argname="argument resource_manager_tags", value=resource_manager_tags, expected_type=type_hints["resource_manager_tags"])
            check_type(argname="argument sandbox_config", value=sandbox_config, expected_type=type_hints["sandbox_config"])
            check_type(argname="argument service_account_ref", value=service_account_ref, expected_type=type_hints["service_account_ref"])
            check_type(argname="argument shielded_instance_config", value=shielded_instance_config, expected_type=type_hints["shielded_instance_config"])
            check_type(argname="argument sole_tenant_config", value=sole_tenant_config, expected_type=type_hints["sole_tenant_config"])
            check_type(argname="argument spot", value=spot, expected_type=type_hints["spot"])
            check_type(argname="argument tags", value=tags, expected_type=type_hints["tags"])
            check_type(argname="argument taint", value=taint, expected_type=type_hints["taint"])
            check_type(argname="argument windows_node_config", value=windows_node_config, expected_type=type_hints["windows_node_config"])
            check_type(argname="argument workload_metadata_config", value=workload_metadata_config, expected_type=type_hints["workload_metadata_config"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if advanced_machine_features is not None:
            self._values["advanced_machine_features"] = advanced_machine_features
        if boot_disk_kms_crypto_key_ref is not None:
            self._values["boot_disk_kms_crypto_key_ref"] = boot_disk_kms_crypto_key_ref
        if confidential_nodes is not None:
            self._values["confidential_nodes"] = confidential_nodes
        if containerd_config is not None:
            self._values["containerd_config"] = containerd_config
        if disk_size_gb is not None:
            self._values["disk_size_gb"] = disk_size_gb
        if disk_type is not None:
            self._values["disk_type"] = disk_type
        if ephemeral_storage_config is not None:
            self._values["ephemeral_storage_config"] = ephemeral_storage_config
        if ephemeral_storage_local_ssd_config is not None:
            self._values["ephemeral_storage_local_ssd_config"] = ephemeral_storage_local_ssd_config
        if fast_socket is not None:
            self._values["fast_socket"] = fast_socket
        if gcfs_config is not None:
            self._values["gcfs_config"] = gcfs_config
        if guest_accelerator is not None:
            self._values["guest_accelerator"] = guest_accelerator
        if gvnic is not None:
            self._values["gvnic"] = gvnic
        if host_maintenance_policy is not None:
            self._values["host_maintenance_policy"] = host_maintenance_policy
        if image_type is not None:
            self._values["image_type"] = image_type
        if kubelet_config is not None:
            self._values["kubelet_config"] = kubelet_config
        if labels is not None:
            self._values["labels"] = labels
        if linux_node_config is not None:
            self._values["linux_node_config"] = linux_node_config
        if local_nvme_ssd_block_config is not None:
            self._values["local_nvme_ssd_block_config"] = local_nvme_ssd_block_config
        if local_ssd_count is not None:
            self._values["local_ssd_count"] = local_ssd_count
        if logging_variant is not None:
            self._values["logging_variant"] = logging_variant
        if machine_type is not None:
            self._values["machine_type"] = machine_type
        if metadata is not None:
            self._values["metadata"] = metadata
        if min_cpu_platform is not None:
            self._values["min_cpu_platform"] = min_cpu_platform
        if node_group_ref is not None:
            self._values["node_group_ref"] = node_group_ref
        if oauth_scopes is not None:
            self._values["oauth_scopes"] = oauth_scopes
        if preemptible is not None:
            self._values["preemptible"] = preemptible
        if reservation_affinity is not None:
            self._values["reservation_affinity"] = reservation_affinity
        if resource_labels is not None:
            self._values["resource_labels"] = resource_labels
        if resource_manager_tags is not None:
            self._values["resource_manager_tags"] = resource_manager_tags
        if sandbox_config is not None:
            self._values["sandbox_config"] = sandbox_config
        if service_account_ref is not None:
            self._values["service_account_ref"] = service_account_ref
        if shielded_instance_config is not None:
            self._values["shielded_instance_config"] = shielded_instance_config
        if sole_tenant_config is not None:
            self._values["sole_tenant_config"] = sole_tenant_config
        if spot is not None:
            self._values["spot"] = spot
        if tags is not None:
            self._values["tags"] = tags
        if taint is not None:
            self._values["taint"] = taint
        if windows_node_config is not None:
            self._values["windows_node_config"] = windows_node_config
        if workload_metadata_config is not None:
            self._values["workload_metadata_config"] = workload_metadata_config

    @builtins.property
    def advanced_machine_features(
        self,
    ) -> typing.Optional["ContainerNodePoolSpecNodeConfigAdvancedMachineFeatures"]:
        '''Immutable.

        Specifies options for controlling advanced machine features.

        :schema: ContainerNodePoolSpecNodeConfig#advancedMachineFeatures
        '''
        result = self._values.get("advanced_machine_features")
        return typing.cast(typing.Optional["ContainerNodePoolSpecNodeConfigAdvancedMachineFeatures"], result)

    @builtins.property
    def boot_disk_kms_crypto_key_ref(
        self,
    ) -> typing.Optional["ContainerNodePoolSpecNodeConfigBootDiskKmsCryptoKeyRef"]:
        '''Immutable.

        Cryptographic key used to encrypt the boot disk.

        :schema: ContainerNodePoolSpecNodeConfig#bootDiskKMSCryptoKeyRef
        '''
        result = self._values.get("boot_disk_kms_crypto_key_ref")
        return typing.cast(typing.Optional["ContainerNodePoolSpecNodeConfigBootDiskKmsCryptoKeyRef"], result)

    @builtins.property
    def confidential_nodes(
        self,
    ) -> typing.Optional["ContainerNodePoolSpecNodeConfigConfidentialNodes"]:
        '''Immutable.

        Configuration for the confidential nodes feature, which makes nodes run on confidential VMs. Warning: This configuration can't be changed (or added/removed) after pool creation without deleting and recreating the entire pool.

        :schema: ContainerNodePoolSpecNodeConfig#confidentialNodes
        '''
        result = self._values.get("confidential_nodes")
        return typing.cast(typing.Optional["ContainerNodePoolSpecNodeConfigConfidentialNodes"], result)

    @builtins.property
    def containerd_config(
        self,
    ) -> typing.Optional["ContainerNodePoolSpecNodeConfigContainerdConfig"]:
        '''Parameters for containerd customization.

        :schema: ContainerNodePoolSpecNodeConfig#containerdConfig
        '''
        result = self._values.get("containerd_config")
        return typing.cast(typing.Optional["ContainerNodePoolSpecNodeConfigContainerdConfig"], result)

    @builtins.property
    def disk_size_gb(self) -> typing.Optional[jsii.Number]:
        '''Immutable.

        Size of the disk attached to each node, specified in GB. The smallest allowed disk size is 10GB.

        :schema: ContainerNodePoolSpecNodeConfig#diskSizeGb
        '''
        result = self._values.get("disk_size_gb")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def disk_type(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        Type of the disk attached to each node. Such as pd-standard, pd-balanced or pd-ssd.

        :schema: ContainerNodePoolSpecNodeConfig#diskType
        '''
        result = self._values.get("disk_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ephemeral_storage_config(
        self,
    ) -> typing.Optional["ContainerNodePoolSpecNodeConfigEphemeralStorageConfig"]:
        '''Immutable.

        Parameters for the ephemeral storage filesystem. If unspecified, ephemeral storage is backed by the boot disk.

        :schema: ContainerNodePoolSpecNodeConfig#ephemeralStorageConfig
        '''
        result = self._values.get("ephemeral_storage_config")
        return typing.cast(typing.Optional["ContainerNodePoolSpecNodeConfigEphemeralStorageConfig"], result)

    @builtins.property
    def ephemeral_storage_local_ssd_config(
        self,
    ) -> typing.Optional["ContainerNodePoolSpecNodeConfigEphemeralStorageLocalSsdConfig"]:
        '''Immutable.

        Parameters for the ephemeral storage filesystem. If unspecified, ephemeral storage is backed by the boot disk.

        :schema: ContainerNodePoolSpecNodeConfig#ephemeralStorageLocalSsdConfig
        '''
        result = self._values.get("ephemeral_storage_local_ssd_config")
        return typing.cast(typing.Optional["ContainerNodePoolSpecNodeConfigEphemeralStorageLocalSsdConfig"], result)

    @builtins.property
    def fast_socket(
        self,
    ) -> typing.Optional["ContainerNodePoolSpecNodeConfigFastSocket"]:
        '''Enable or disable NCCL Fast Socket in the node pool.

        :schema: ContainerNodePoolSpecNodeConfig#fastSocket
        '''
        result = self._values.get("fast_socket")
        return typing.cast(typing.Optional["ContainerNodePoolSpecNodeConfigFastSocket"], result)

    @builtins.property
    def gcfs_config(
        self,
    ) -> typing.Optional["ContainerNodePoolSpecNodeConfigGcfsConfig"]:
        '''Immutable.

        GCFS configuration for this node.

        :schema: ContainerNodePoolSpecNodeConfig#gcfsConfig
        '''
        result = self._values.get("gcfs_config")
        return typing.cast(typing.Optional["ContainerNodePoolSpecNodeConfigGcfsConfig"], result)

    @builtins.property
    def guest_accelerator(
        self,
    ) -> typing.Optional[typing.List["ContainerNodePoolSpecNodeConfigGuestAccelerator"]]:
        '''Immutable.

        List of the type and count of accelerator cards attached to the instance.

        :schema: ContainerNodePoolSpecNodeConfig#guestAccelerator
        '''
        result = self._values.get("guest_accelerator")
        return typing.cast(typing.Optional[typing.List["ContainerNodePoolSpecNodeConfigGuestAccelerator"]], result)

    @builtins.property
    def gvnic(self) -> typing.Optional["ContainerNodePoolSpecNodeConfigGvnic"]:
        '''Immutable.

        Enable or disable gvnic in the node pool.

        :schema: ContainerNodePoolSpecNodeConfig#gvnic
        '''
        result = self._values.get("gvnic")
        return typing.cast(typing.Optional["ContainerNodePoolSpecNodeConfigGvnic"], result)

    @builtins.property
    def host_maintenance_policy(
        self,
    ) -> typing.Optional["ContainerNodePoolSpecNodeConfigHostMaintenancePolicy"]:
        '''Immutable.

        The maintenance policy for the hosts on which the GKE VMs run on.

        :schema: ContainerNodePoolSpecNodeConfig#hostMaintenancePolicy
        '''
        result = self._values.get("host_maintenance_policy")
        return typing.cast(typing.Optional["ContainerNodePoolSpecNodeConfigHostMaintenancePolicy"], result)

    @builtins.property
    def image_type(self) -> typing.Optional[builtins.str]:
        '''The image type to use for this node.

        Note that for a given image type, the latest version of it will be used.

        :schema: ContainerNodePoolSpecNodeConfig#imageType
        '''
        result = self._values.get("image_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kubelet_config(
        self,
    ) -> typing.Optional["ContainerNodePoolSpecNodeConfigKubeletConfig"]:
        '''Node kubelet configs.

        :schema: ContainerNodePoolSpecNodeConfig#kubeletConfig
        '''
        result = self._values.get("kubelet_config")
        return typing.cast(typing.Optional["ContainerNodePoolSpecNodeConfigKubeletConfig"], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Immutable.

        The map of Kubernetes labels (key/value pairs) to be applied to each node. These will added in addition to any default label(s) that Kubernetes may apply to the node.

        :schema: ContainerNodePoolSpecNodeConfig#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def linux_node_config(
        self,
    ) -> typing.Optional["ContainerNodePoolSpecNodeConfigLinuxNodeConfig"]:
        '''Parameters that can be configured on Linux nodes.

        :schema: ContainerNodePoolSpecNodeConfig#linuxNodeConfig
        '''
        result = self._values.get("linux_node_config")
        return typing.cast(typing.Optional["ContainerNodePoolSpecNodeConfigLinuxNodeConfig"], result)

    @builtins.property
    def local_nvme_ssd_block_config(
        self,
    ) -> typing.Optional["ContainerNodePoolSpecNodeConfigLocalNvmeSsdBlockConfig"]:
        '''Immutable.

        Parameters for raw-block local NVMe SSDs.

        :schema: ContainerNodePoolSpecNodeConfig#localNvmeSsdBlockConfig
        '''
        result = self._values.get("local_nvme_ssd_block_config")
        return typing.cast(typing.Optional["ContainerNodePoolSpecNodeConfigLocalNvmeSsdBlockConfig"], result)

    @builtins.property
    def local_ssd_count(self) -> typing.Optional[jsii.Number]:
        '''Immutable.

        The number of local SSD disks to be attached to the node.

        :schema: ContainerNodePoolSpecNodeConfig#localSsdCount
        '''
        result = self._values.get("local_ssd_count")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def logging_variant(self) -> typing.Optional[builtins.str]:
        '''Type of logging agent that is used as the default value for node pools in the cluster.

        Valid values include DEFAULT and MAX_THROUGHPUT.

        :schema: ContainerNodePoolSpecNodeConfig#loggingVariant
        '''
        result = self._values.get("logging_variant")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def machine_type(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        The name of a Google Compute Engine machine type.

        :schema: ContainerNodePoolSpecNodeConfig#machineType
        '''
        result = self._values.get("machine_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def metadata(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Immutable.

        The metadata key/value pairs assigned to instances in the cluster.

        :schema: ContainerNodePoolSpecNodeConfig#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def min_cpu_platform(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        Minimum CPU platform to be used by this instance. The instance may be scheduled on the specified or newer CPU platform.

        :schema: ContainerNodePoolSpecNodeConfig#minCpuPlatform
        '''
        result = self._values.get("min_cpu_platform")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def node_group_ref(
        self,
    ) -> typing.Optional["ContainerNodePoolSpecNodeConfigNodeGroupRef"]:
        '''Immutable.

        Setting this field will assign instances of this pool to run on the specified node group. This is useful for running workloads on sole tenant nodes.

        :schema: ContainerNodePoolSpecNodeConfig#nodeGroupRef
        '''
        result = self._values.get("node_group_ref")
        return typing.cast(typing.Optional["ContainerNodePoolSpecNodeConfigNodeGroupRef"], result)

    @builtins.property
    def oauth_scopes(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Immutable.

        The set of Google API scopes to be made available on all of the node VMs.

        :schema: ContainerNodePoolSpecNodeConfig#oauthScopes
        '''
        result = self._values.get("oauth_scopes")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def preemptible(self) -> typing.Optional[builtins.bool]:
        '''Immutable.

        Whether the nodes are created as preemptible VM instances.

        :schema: ContainerNodePoolSpecNodeConfig#preemptible
        '''
        result = self._values.get("preemptible")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def reservation_affinity(
        self,
    ) -> typing.Optional["ContainerNodePoolSpecNodeConfigReservationAffinity"]:
        '''Immutable.

        The reservation affinity configuration for the node pool.

        :schema: ContainerNodePoolSpecNodeConfig#reservationAffinity
        '''
        result = self._values.get("reservation_affinity")
        return typing.cast(typing.Optional["ContainerNodePoolSpecNodeConfigReservationAffinity"], result)

    @builtins.property
    def resource_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''The GCE resource labels (a map of key/value pairs) to be applied to the node pool.

        :schema: ContainerNodePoolSpecNodeConfig#resourceLabels
        '''
        result = self._values.get("resource_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def resource_manager_tags(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''The resource manager tags (a map of key/value pairs) to be applied to GKE nodes.

        Keys must be in the format tagKeys/{tag_key_id}, and values are in the format tagValues/{tag_value_id}.

        :schema: ContainerNodePoolSpecNodeConfig#resourceManagerTags
        '''
        result = self._values.get("resource_manager_tags")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def sandbox_config(
        self,
    ) -> typing.Optional["ContainerNodePoolSpecNodeConfigSandboxConfig"]:
        '''Immutable.

        Sandbox configuration for this node.

        :schema: ContainerNodePoolSpecNodeConfig#sandboxConfig
        '''
        result = self._values.get("sandbox_config")
        return typing.cast(typing.Optional["ContainerNodePoolSpecNodeConfigSandboxConfig"], result)

    @builtins.property
    def service_account_ref(
        self,
    ) -> typing.Optional["ContainerNodePoolSpecNodeConfigServiceAccountRef"]:
        '''
        :schema: ContainerNodePoolSpecNodeConfig#serviceAccountRef
        '''
        result = self._values.get("service_account_ref")
        return typing.cast(typing.Optional["ContainerNodePoolSpecNodeConfigServiceAccountRef"], result)

    @builtins.property
    def shielded_instance_config(
        self,
    ) -> typing.Optional["ContainerNodePoolSpecNodeConfigShieldedInstanceConfig"]:
        '''Immutable.

        Shielded Instance options.

        :schema: ContainerNodePoolSpecNodeConfig#shieldedInstanceConfig
        '''
        result = self._values.get("shielded_instance_config")
        return typing.cast(typing.Optional["ContainerNodePoolSpecNodeConfigShieldedInstanceConfig"], result)

    @builtins.property
    def sole_tenant_config(
        self,
    ) -> typing.Optional["ContainerNodePoolSpecNodeConfigSoleTenantConfig"]:
        '''Immutable.

        Node affinity options for sole tenant node pools.

        :schema: ContainerNodePoolSpecNodeConfig#soleTenantConfig
        '''
        result = self._values.get("sole_tenant_config")
        return typing.cast(typing.Optional["ContainerNodePoolSpecNodeConfigSoleTenantConfig"], result)

    @builtins.property
    def spot(self) -> typing.Optional[builtins.bool]:
        '''Immutable.

        Whether the nodes are created as spot VM instances.

        :schema: ContainerNodePoolSpecNodeConfig#spot
        '''
        result = self._values.get("spot")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def tags(self) -> typing.Optional[typing.List[builtins.str]]:
        '''The list of instance tags applied to all nodes.

        :schema: ContainerNodePoolSpecNodeConfig#tags
        '''
        result = self._values.get("tags")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def taint(
        self,
    ) -> typing.Optional[typing.List["ContainerNodePoolSpecNodeConfigTaint"]]:
        '''List of Kubernetes taints to be applied to each node.

        :schema: ContainerNodePoolSpecNodeConfig#taint
        '''
        result = self._values.get("taint")
        return typing.cast(typing.Optional[typing.List["ContainerNodePoolSpecNodeConfigTaint"]], result)

    @builtins.property
    def windows_node_config(
        self,
    ) -> typing.Optional["ContainerNodePoolSpecNodeConfigWindowsNodeConfig"]:
        '''Parameters that can be configured on Windows nodes.

        :schema: ContainerNodePoolSpecNodeConfig#windowsNodeConfig
        '''
        result = self._values.get("windows_node_config")
        return typing.cast(typing.Optional["ContainerNodePoolSpecNodeConfigWindowsNodeConfig"], result)

    @builtins.property
    def workload_metadata_config(
        self,
    ) -> typing.Optional["ContainerNodePoolSpecNodeConfigWorkloadMetadataConfig"]:
        '''The workload metadata configuration for this node.

        :schema: ContainerNodePoolSpecNodeConfig#workloadMetadataConfig
        '''
        result = self._values.get("workload_metadata_config")
        return typing.cast(typing.Optional["ContainerNodePoolSpecNodeConfigWorkloadMetadataConfig"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecNodeConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecNodeConfigAdvancedMachineFeatures",
    jsii_struct_bases=[],
    name_mapping={
        "enable_nested_virtualization": "enableNestedVirtualization",
        "threads_per_core": "threadsPerCore",
    },
)
class ContainerNodePoolSpecNodeConfigAdvancedMachineFeatures:
    def __init__(
        self,
        *,
        enable_nested_virtualization: typing.Optional[builtins.bool] = None,
        threads_per_core: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''Immutable.

        Specifies options for controlling advanced machine features.

        :param enable_nested_virtualization: Immutable. Whether or not to enable nested virtualization (defaults to false).
        :param threads_per_core: Immutable. The number of threads per physical core. To disable simultaneous multithreading (SMT) set this to 1. If unset, the maximum number of threads supported per core by the underlying processor is assumed.

        :schema: ContainerNodePoolSpecNodeConfigAdvancedMachineFeatures
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__64bf16f15f7c8cf3784da7c6df2bd9153e1ae0ba32dac8f056b8e856927adebb)
            check_type(argname="argument enable_nested_virtualization", value=enable_nested_virtualization, expected_type=type_hints["enable_nested_virtualization"])
            check_type(argname="argument threads_per_core", value=threads_per_core, expected_type=type_hints["threads_per_core"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enable_nested_virtualization is not None:
            self._values["enable_nested_virtualization"] = enable_nested_virtualization
        if threads_per_core is not None:
            self._values["threads_per_core"] = threads_per_core

    @builtins.property
    def enable_nested_virtualization(self) -> typing.Optional[builtins.bool]:
        '''Immutable.

        Whether or not to enable nested virtualization (defaults to false).

        :schema: ContainerNodePoolSpecNodeConfigAdvancedMachineFeatures#enableNestedVirtualization
        '''
        result = self._values.get("enable_nested_virtualization")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def threads_per_core(self) -> typing.Optional[jsii.Number]:
        '''Immutable.

        The number of threads per physical core. To disable simultaneous multithreading (SMT) set this to 1. If unset, the maximum number of threads supported per core by the underlying processor is assumed.

        :schema: ContainerNodePoolSpecNodeConfigAdvancedMachineFeatures#threadsPerCore
        '''
        result = self._values.get("threads_per_core")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecNodeConfigAdvancedMachineFeatures(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecNodeConfigBootDiskKmsCryptoKeyRef",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class ContainerNodePoolSpecNodeConfigBootDiskKmsCryptoKeyRef:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Immutable.

        Cryptographic key used to encrypt the boot disk.

        :param external: A reference to an externally managed KMSCryptoKey. Should be in the format ``projects/[kms_project_id]/locations/[region]/keyRings/[key_ring_id]/cryptoKeys/[key]``.
        :param name: The ``name`` of a ``KMSCryptoKey`` resource.
        :param namespace: The ``namespace`` of a ``KMSCryptoKey`` resource.

        :schema: ContainerNodePoolSpecNodeConfigBootDiskKmsCryptoKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0a3c9d711b82eebed04e8cc007b805c3b62feea115bd85ed80486da1ab36aeb5)
            check_type(argname="argument external", value=external, expected_type=type_hints["external"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if external is not None:
            self._values["external"] = external
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def external(self) -> typing.Optional[builtins.str]:
        '''A reference to an externally managed KMSCryptoKey.

        Should be in the format ``projects/[kms_project_id]/locations/[region]/keyRings/[key_ring_id]/cryptoKeys/[key]``.

        :schema: ContainerNodePoolSpecNodeConfigBootDiskKmsCryptoKeyRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The ``name`` of a ``KMSCryptoKey`` resource.

        :schema: ContainerNodePoolSpecNodeConfigBootDiskKmsCryptoKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The ``namespace`` of a ``KMSCryptoKey`` resource.

        :schema: ContainerNodePoolSpecNodeConfigBootDiskKmsCryptoKeyRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecNodeConfigBootDiskKmsCryptoKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecNodeConfigConfidentialNodes",
    jsii_struct_bases=[],
    name_mapping={
        "enabled": "enabled",
        "confidential_instance_type": "confidentialInstanceType",
    },
)
class ContainerNodePoolSpecNodeConfigConfidentialNodes:
    def __init__(
        self,
        *,
        enabled: builtins.bool,
        confidential_instance_type: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Immutable.

        Configuration for the confidential nodes feature, which makes nodes run on confidential VMs. Warning: This configuration can't be changed (or added/removed) after pool creation without deleting and recreating the entire pool.

        :param enabled: Immutable. Whether Confidential Nodes feature is enabled for all nodes in this pool.
        :param confidential_instance_type: Immutable. Defines the type of technology used by the confidential node.

        :schema: ContainerNodePoolSpecNodeConfigConfidentialNodes
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__11deacebac1b7265b678b5bbafe86fe5c2e3c959b422ac9372ec21b8429e5e7f)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument confidential_instance_type", value=confidential_instance_type, expected_type=type_hints["confidential_instance_type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "enabled": enabled,
        }
        if confidential_instance_type is not None:
            self._values["confidential_instance_type"] = confidential_instance_type

    @builtins.property
    def enabled(self) -> builtins.bool:
        '''Immutable.

        Whether Confidential Nodes feature is enabled for all nodes in this pool.

        :schema: ContainerNodePoolSpecNodeConfigConfidentialNodes#enabled
        '''
        result = self._values.get("enabled")
        assert result is not None, "Required property 'enabled' is missing"
        return typing.cast(builtins.bool, result)

    @builtins.property
    def confidential_instance_type(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        Defines the type of technology used by the confidential node.

        :schema: ContainerNodePoolSpecNodeConfigConfidentialNodes#confidentialInstanceType
        '''
        result = self._values.get("confidential_instance_type")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecNodeConfigConfidentialNodes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecNodeConfigContainerdConfig",
    jsii_struct_bases=[],
    name_mapping={
        "private_registry_access_config": "privateRegistryAccessConfig",
        "registry_hosts": "registryHosts",
        "writable_cgroups": "writableCgroups",
    },
)
class ContainerNodePoolSpecNodeConfigContainerdConfig:
    def __init__(
        self,
        *,
        private_registry_access_config: typing.Optional[typing.Union["ContainerNodePoolSpecNodeConfigContainerdConfigPrivateRegistryAccessConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        registry_hosts: typing.Optional[typing.Sequence[typing.Union["ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHosts", typing.Dict[builtins.str, typing.Any]]]] = None,
        writable_cgroups: typing.Optional[typing.Union["ContainerNodePoolSpecNodeConfigContainerdConfigWritableCgroups", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Parameters for containerd customization.

        :param private_registry_access_config: Parameters for private container registries configuration.
        :param registry_hosts: Configures containerd registry host configuration. Each registryHosts entry represents a hosts.toml file.
        :param writable_cgroups: Parameters for writable cgroups configuration.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfig
        '''
        if isinstance(private_registry_access_config, dict):
            private_registry_access_config = ContainerNodePoolSpecNodeConfigContainerdConfigPrivateRegistryAccessConfig(**private_registry_access_config)
        if isinstance(writable_cgroups, dict):
            writable_cgroups = ContainerNodePoolSpecNodeConfigContainerdConfigWritableCgroups(**writable_cgroups)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1ff288d0fa76b4fd340e6a72ecffd6cb0d2b0e58bb6cbf28a6dd53ef36357cc0)
            check_type(argname="argument private_registry_access_config", value=private_registry_access_config, expected_type=type_hints["private_registry_access_config"])
            check_type(argname="argument registry_hosts", value=registry_hosts, expected_type=type_hints["registry_hosts"])
            check_type(argname="argument writable_cgroups", value=writable_cgroups, expected_type=type_hints["writable_cgroups"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if private_registry_access_config is not None:
            self._values["private_registry_access_config"] = private_registry_access_config
        if registry_hosts is not None:
            self._values["registry_hosts"] = registry_hosts
        if writable_cgroups is not None:
            self._values["writable_cgroups"] = writable_cgroups

    @builtins.property
    def private_registry_access_config(
        self,
    ) -> typing.Optional["ContainerNodePoolSpecNodeConfigContainerdConfigPrivateRegistryAccessConfig"]:
        '''Parameters for private container registries configuration.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfig#privateRegistryAccessConfig
        '''
        result = self._values.get("private_registry_access_config")
        return typing.cast(typing.Optional["ContainerNodePoolSpecNodeConfigContainerdConfigPrivateRegistryAccessConfig"], result)

    @builtins.property
    def registry_hosts(
        self,
    ) -> typing.Optional[typing.List["ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHosts"]]:
        '''Configures containerd registry host configuration.

        Each registryHosts entry represents a hosts.toml file.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfig#registryHosts
        '''
        result = self._values.get("registry_hosts")
        return typing.cast(typing.Optional[typing.List["ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHosts"]], result)

    @builtins.property
    def writable_cgroups(
        self,
    ) -> typing.Optional["ContainerNodePoolSpecNodeConfigContainerdConfigWritableCgroups"]:
        '''Parameters for writable cgroups configuration.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfig#writableCgroups
        '''
        result = self._values.get("writable_cgroups")
        return typing.cast(typing.Optional["ContainerNodePoolSpecNodeConfigContainerdConfigWritableCgroups"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecNodeConfigContainerdConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecNodeConfigContainerdConfigPrivateRegistryAccessConfig",
    jsii_struct_bases=[],
    name_mapping={
        "certificate_authority_domain_config": "certificateAuthorityDomainConfig",
        "enabled": "enabled",
    },
)
class ContainerNodePoolSpecNodeConfigContainerdConfigPrivateRegistryAccessConfig:
    def __init__(
        self,
        *,
        certificate_authority_domain_config: typing.Optional[typing.Sequence[typing.Union["ContainerNodePoolSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfig", typing.Dict[builtins.str, typing.Any]]]] = None,
        enabled: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''Parameters for private container registries configuration.

        :param certificate_authority_domain_config: Private registry access configuration.
        :param enabled: Private registry access is enabled.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfigPrivateRegistryAccessConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6cd8fc2b62d9b68b898245817474ee8fd718f44f1bc37691fa6b2c73db0adc07)
            check_type(argname="argument certificate_authority_domain_config", value=certificate_authority_domain_config, expected_type=type_hints["certificate_authority_domain_config"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if certificate_authority_domain_config is not None:
            self._values["certificate_authority_domain_config"] = certificate_authority_domain_config
        if enabled is not None:
            self._values["enabled"] = enabled

    @builtins.property
    def certificate_authority_domain_config(
        self,
    ) -> typing.Optional[typing.List["ContainerNodePoolSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfig"]]:
        '''Private registry access configuration.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfigPrivateRegistryAccessConfig#certificateAuthorityDomainConfig
        '''
        result = self._values.get("certificate_authority_domain_config")
        return typing.cast(typing.Optional[typing.List["ContainerNodePoolSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfig"]], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Private registry access is enabled.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfigPrivateRegistryAccessConfig#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecNodeConfigContainerdConfigPrivateRegistryAccessConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfig",
    jsii_struct_bases=[],
    name_mapping={
        "fqdns": "fqdns",
        "gcp_secret_manager_certificate_config": "gcpSecretManagerCertificateConfig",
    },
)
class ContainerNodePoolSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfig:
    def __init__(
        self,
        *,
        fqdns: typing.Optional[typing.Sequence[builtins.str]] = None,
        gcp_secret_manager_certificate_config: typing.Optional[typing.Union["ContainerNodePoolSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfig", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param fqdns: List of fully qualified domain names (FQDN). Specifying port is supported. Wildcards are NOT supported.
        :param gcp_secret_manager_certificate_config: Google Secret Manager (GCP) certificate configuration.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfig
        '''
        if isinstance(gcp_secret_manager_certificate_config, dict):
            gcp_secret_manager_certificate_config = ContainerNodePoolSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfig(**gcp_secret_manager_certificate_config)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9b40a3371f344fef00f1ad38c45c79cb0c0f88333afadf66e2e0053bd9e49953)
            check_type(argname="argument fqdns", value=fqdns, expected_type=type_hints["fqdns"])
            check_type(argname="argument gcp_secret_manager_certificate_config", value=gcp_secret_manager_certificate_config, expected_type=type_hints["gcp_secret_manager_certificate_config"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if fqdns is not None:
            self._values["fqdns"] = fqdns
        if gcp_secret_manager_certificate_config is not None:
            self._values["gcp_secret_manager_certificate_config"] = gcp_secret_manager_certificate_config

    @builtins.property
    def fqdns(self) -> typing.Optional[typing.List[builtins.str]]:
        '''List of fully qualified domain names (FQDN).

        Specifying port is supported. Wildcards are NOT supported.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfig#fqdns
        '''
        result = self._values.get("fqdns")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def gcp_secret_manager_certificate_config(
        self,
    ) -> typing.Optional["ContainerNodePoolSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfig"]:
        '''Google Secret Manager (GCP) certificate configuration.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfig#gcpSecretManagerCertificateConfig
        '''
        result = self._values.get("gcp_secret_manager_certificate_config")
        return typing.cast(typing.Optional["ContainerNodePoolSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfig"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfig",
    jsii_struct_bases=[],
    name_mapping={"secret_ref": "secretRef"},
)
class ContainerNodePoolSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfig:
    def __init__(
        self,
        *,
        secret_ref: typing.Optional[typing.Union["ContainerNodePoolSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Google Secret Manager (GCP) certificate configuration.

        :param secret_ref: SecretRef is a reference to a SecretManagerSecretVersion resource.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfig
        '''
        if isinstance(secret_ref, dict):
            secret_ref = ContainerNodePoolSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigSecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f3857aa4d49c1c0fdc666f0f8375fc0adc78f39a1a0ea2426c39bd2e47bc8e67)
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref

    @builtins.property
    def secret_ref(
        self,
    ) -> typing.Optional["ContainerNodePoolSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigSecretRef"]:
        '''SecretRef is a reference to a SecretManagerSecretVersion resource.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfig#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["ContainerNodePoolSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigSecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigSecretRef",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class ContainerNodePoolSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigSecretRef:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretRef is a reference to a SecretManagerSecretVersion resource.

        :param external: If provided must be in the format ``projects/_/secrets/_/versions/*``.
        :param name: The ``name`` field of a ``SecretManagerSecretVersion`` resource.
        :param namespace: The ``metadata.namespace`` field of a ``SecretManagerSecretVersion`` resource.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1843a9d469a701f53b12939b0e7f3c096ba90c7e420d934d729abdbaac5507be)
            check_type(argname="argument external", value=external, expected_type=type_hints["external"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if external is not None:
            self._values["external"] = external
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def external(self) -> typing.Optional[builtins.str]:
        '''If provided must be in the format ``projects/_/secrets/_/versions/*``.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigSecretRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The ``name`` field of a ``SecretManagerSecretVersion`` resource.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The ``metadata.namespace`` field of a ``SecretManagerSecretVersion`` resource.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHosts",
    jsii_struct_bases=[],
    name_mapping={"hosts": "hosts", "server": "server"},
)
class ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHosts:
    def __init__(
        self,
        *,
        hosts: typing.Optional[typing.Sequence[typing.Union["ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHosts", typing.Dict[builtins.str, typing.Any]]]] = None,
        server: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param hosts: Configures a list of host-specific configurations for the server.
        :param server: Defines the host name of the registry server.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHosts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dfdb3c7ec9f4783781b0387d3ae8c4341b435b4e8fcc4f217539dbc1784147ba)
            check_type(argname="argument hosts", value=hosts, expected_type=type_hints["hosts"])
            check_type(argname="argument server", value=server, expected_type=type_hints["server"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if hosts is not None:
            self._values["hosts"] = hosts
        if server is not None:
            self._values["server"] = server

    @builtins.property
    def hosts(
        self,
    ) -> typing.Optional[typing.List["ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHosts"]]:
        '''Configures a list of host-specific configurations for the server.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHosts#hosts
        '''
        result = self._values.get("hosts")
        return typing.cast(typing.Optional[typing.List["ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHosts"]], result)

    @builtins.property
    def server(self) -> typing.Optional[builtins.str]:
        '''Defines the host name of the registry server.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHosts#server
        '''
        result = self._values.get("server")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHosts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHosts",
    jsii_struct_bases=[],
    name_mapping={
        "ca": "ca",
        "capabilities": "capabilities",
        "client": "client",
        "dial_timeout": "dialTimeout",
        "header": "header",
        "host": "host",
        "override_path": "overridePath",
    },
)
class ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHosts:
    def __init__(
        self,
        *,
        ca: typing.Optional[typing.Sequence[typing.Union["ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsCa", typing.Dict[builtins.str, typing.Any]]]] = None,
        capabilities: typing.Optional[typing.Sequence[builtins.str]] = None,
        client: typing.Optional[typing.Sequence[typing.Union["ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClient", typing.Dict[builtins.str, typing.Any]]]] = None,
        dial_timeout: typing.Optional[builtins.str] = None,
        header: typing.Optional[typing.Sequence[typing.Union["ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsHeader", typing.Dict[builtins.str, typing.Any]]]] = None,
        host: typing.Optional[builtins.str] = None,
        override_path: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param ca: Configures the registry host certificate.
        :param capabilities: Represent the capabilities of the registry host, specifying what operations a host is capable of performing.
        :param client: Configures the registry host client certificate and key.
        :param dial_timeout: Specifies the maximum duration allowed for a connection attempt to complete.
        :param header: Configures the registry host headers.
        :param host: Configures the registry host/mirror.
        :param override_path: Indicate the host's API root endpoint is defined in the URL path rather than by the API specification.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHosts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dc5858b79d52f9ab89a76166ec8a32006d8423c6885a8dc4c4a8f74eebc5ca53)
            check_type(argname="argument ca", value=ca, expected_type=type_hints["ca"])
            check_type(argname="argument capabilities", value=capabilities, expected_type=type_hints["capabilities"])
            check_type(argname="argument client", value=client, expected_type=type_hints["client"])
            check_type(argname="argument dial_timeout", value=dial_timeout, expected_type=type_hints["dial_timeout"])
            check_type(argname="argument header", value=header, expected_type=type_hints["header"])
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument override_path", value=override_path, expected_type=type_hints["override_path"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ca is not None:
            self._values["ca"] = ca
        if capabilities is not None:
            self._values["capabilities"] = capabilities
        if client is not None:
            self._values["client"] = client
        if dial_timeout is not None:
            self._values["dial_timeout"] = dial_timeout
        if header is not None:
            self._values["header"] = header
        if host is not None:
            self._values["host"] = host
        if override_path is not None:
            self._values["override_path"] = override_path

    @builtins.property
    def ca(
        self,
    ) -> typing.Optional[typing.List["ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsCa"]]:
        '''Configures the registry host certificate.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHosts#ca
        '''
        result = self._values.get("ca")
        return typing.cast(typing.Optional[typing.List["ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsCa"]], result)

    @builtins.property
    def capabilities(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Represent the capabilities of the registry host, specifying what operations a host is capable of performing.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHosts#capabilities
        '''
        result = self._values.get("capabilities")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def client(
        self,
    ) -> typing.Optional[typing.List["ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClient"]]:
        '''Configures the registry host client certificate and key.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHosts#client
        '''
        result = self._values.get("client")
        return typing.cast(typing.Optional[typing.List["ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClient"]], result)

    @builtins.property
    def dial_timeout(self) -> typing.Optional[builtins.str]:
        '''Specifies the maximum duration allowed for a connection attempt to complete.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHosts#dialTimeout
        '''
        result = self._values.get("dial_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def header(
        self,
    ) -> typing.Optional[typing.List["ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsHeader"]]:
        '''Configures the registry host headers.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHosts#header
        '''
        result = self._values.get("header")
        return typing.cast(typing.Optional[typing.List["ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsHeader"]], result)

    @builtins.property
    def host(self) -> typing.Optional[builtins.str]:
        '''Configures the registry host/mirror.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHosts#host
        '''
        result = self._values.get("host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def override_path(self) -> typing.Optional[builtins.bool]:
        '''Indicate the host's API root endpoint is defined in the URL path rather than by the API specification.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHosts#overridePath
        '''
        result = self._values.get("override_path")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHosts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsCa",
    jsii_struct_bases=[],
    name_mapping={"secret_ref": "secretRef"},
)
class ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsCa:
    def __init__(
        self,
        *,
        secret_ref: typing.Optional[typing.Union["ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsCaSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param secret_ref: Reference to SecretManagerSecretVersion for the CA certificate.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsCa
        '''
        if isinstance(secret_ref, dict):
            secret_ref = ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsCaSecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b00b0dc9fa8bd880e7351f717f6ad9a63260786269cfcc429055a2cf4c1d5959)
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref

    @builtins.property
    def secret_ref(
        self,
    ) -> typing.Optional["ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsCaSecretRef"]:
        '''Reference to SecretManagerSecretVersion for the CA certificate.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsCa#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsCaSecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsCa(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsCaSecretRef",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsCaSecretRef:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Reference to SecretManagerSecretVersion for the CA certificate.

        :param external: If provided must be in the format ``projects/_/secrets/_/versions/*``.
        :param name: The ``name`` field of a ``SecretManagerSecretVersion`` resource.
        :param namespace: The ``metadata.namespace`` field of a ``SecretManagerSecretVersion`` resource.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsCaSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b611867217da88f6eb40d8cb893a2d72032eae0f1250b45b24e1b88e4fc75c1f)
            check_type(argname="argument external", value=external, expected_type=type_hints["external"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if external is not None:
            self._values["external"] = external
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def external(self) -> typing.Optional[builtins.str]:
        '''If provided must be in the format ``projects/_/secrets/_/versions/*``.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsCaSecretRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The ``name`` field of a ``SecretManagerSecretVersion`` resource.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsCaSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The ``metadata.namespace`` field of a ``SecretManagerSecretVersion`` resource.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsCaSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsCaSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClient",
    jsii_struct_bases=[],
    name_mapping={"cert": "cert", "key": "key"},
)
class ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClient:
    def __init__(
        self,
        *,
        cert: typing.Optional[typing.Union["ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClientCert", typing.Dict[builtins.str, typing.Any]]] = None,
        key: typing.Optional[typing.Union["ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClientKey", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param cert: Configures the client certificate.
        :param key: Configures the client private key.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClient
        '''
        if isinstance(cert, dict):
            cert = ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClientCert(**cert)
        if isinstance(key, dict):
            key = ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClientKey(**key)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fdb5683d0eec7f9b42d98519eea05d10f7220c79fc0ceb99a45767229b6983f2)
            check_type(argname="argument cert", value=cert, expected_type=type_hints["cert"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cert is not None:
            self._values["cert"] = cert
        if key is not None:
            self._values["key"] = key

    @builtins.property
    def cert(
        self,
    ) -> typing.Optional["ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClientCert"]:
        '''Configures the client certificate.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClient#cert
        '''
        result = self._values.get("cert")
        return typing.cast(typing.Optional["ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClientCert"], result)

    @builtins.property
    def key(
        self,
    ) -> typing.Optional["ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClientKey"]:
        '''Configures the client private key.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClient#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional["ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClientKey"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClient(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClientCert",
    jsii_struct_bases=[],
    name_mapping={"secret_ref": "secretRef"},
)
class ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClientCert:
    def __init__(
        self,
        *,
        secret_ref: typing.Optional[typing.Union["ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClientCertSecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Configures the client certificate.

        :param secret_ref: Reference to SecretManagerSecretVersion for the client certificate.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClientCert
        '''
        if isinstance(secret_ref, dict):
            secret_ref = ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClientCertSecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__541f7c3d1d68d735985b7863a2c17a708d7fa0c8c0e0ed8893c0f8ac4a00616e)
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref

    @builtins.property
    def secret_ref(
        self,
    ) -> typing.Optional["ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClientCertSecretRef"]:
        '''Reference to SecretManagerSecretVersion for the client certificate.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClientCert#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClientCertSecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClientCert(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClientCertSecretRef",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClientCertSecretRef:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Reference to SecretManagerSecretVersion for the client certificate.

        :param external: If provided must be in the format ``projects/_/secrets/_/versions/*``.
        :param name: The ``name`` field of a ``SecretManagerSecretVersion`` resource.
        :param namespace: The ``metadata.namespace`` field of a ``SecretManagerSecretVersion`` resource.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClientCertSecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5a96416247b3de627eb9fed282118c65e4b6c17fcd43a2bb4937a63cc3c073c5)
            check_type(argname="argument external", value=external, expected_type=type_hints["external"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if external is not None:
            self._values["external"] = external
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def external(self) -> typing.Optional[builtins.str]:
        '''If provided must be in the format ``projects/_/secrets/_/versions/*``.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClientCertSecretRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The ``name`` field of a ``SecretManagerSecretVersion`` resource.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClientCertSecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The ``metadata.namespace`` field of a ``SecretManagerSecretVersion`` resource.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClientCertSecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClientCertSecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClientKey",
    jsii_struct_bases=[],
    name_mapping={"secret_ref": "secretRef"},
)
class ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClientKey:
    def __init__(
        self,
        *,
        secret_ref: typing.Optional[typing.Union["ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClientKeySecretRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Configures the client private key.

        :param secret_ref: Reference to SecretManagerSecretVersion for the client key.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClientKey
        '''
        if isinstance(secret_ref, dict):
            secret_ref = ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClientKeySecretRef(**secret_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c9a08d2e0f861e1ad85fb00f6e6ed982aa338107373114b0149f4e1667831446)
            check_type(argname="argument secret_ref", value=secret_ref, expected_type=type_hints["secret_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret_ref is not None:
            self._values["secret_ref"] = secret_ref

    @builtins.property
    def secret_ref(
        self,
    ) -> typing.Optional["ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClientKeySecretRef"]:
        '''Reference to SecretManagerSecretVersion for the client key.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClientKey#secretRef
        '''
        result = self._values.get("secret_ref")
        return typing.cast(typing.Optional["ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClientKeySecretRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClientKey(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClientKeySecretRef",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClientKeySecretRef:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Reference to SecretManagerSecretVersion for the client key.

        :param external: If provided must be in the format ``projects/_/secrets/_/versions/*``.
        :param name: The ``name`` field of a ``SecretManagerSecretVersion`` resource.
        :param namespace: The ``metadata.namespace`` field of a ``SecretManagerSecretVersion`` resource.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClientKeySecretRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2aa023c8246d42c4d81b306a91b92b674703af613df74b9a0415f2470075d11f)
            check_type(argname="argument external", value=external, expected_type=type_hints["external"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if external is not None:
            self._values["external"] = external
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def external(self) -> typing.Optional[builtins.str]:
        '''If provided must be in the format ``projects/_/secrets/_/versions/*``.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClientKeySecretRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The ``name`` field of a ``SecretManagerSecretVersion`` resource.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClientKeySecretRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The ``metadata.namespace`` field of a ``SecretManagerSecretVersion`` resource.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClientKeySecretRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClientKeySecretRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsHeader",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "value": "value"},
)
class ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsHeader:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        value: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param key: Configures the header key.
        :param value: Configures the header value.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsHeader
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c2672283f1bdfc362129f3aa840d4baf170481af4337f507fdda847304f757e9)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''Configures the header key.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsHeader#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Configures the header value.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsHeader#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsHeader(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecNodeConfigContainerdConfigWritableCgroups",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ContainerNodePoolSpecNodeConfigContainerdConfigWritableCgroups:
    def __init__(self, *, enabled: typing.Optional[builtins.bool] = None) -> None:
        '''Parameters for writable cgroups configuration.

        :param enabled: Whether writable cgroups are enabled.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfigWritableCgroups
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__319ab2c2298cce0cb31ff3ffc13261701c12f40a3ea3d96deafa0b922b32c213)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Whether writable cgroups are enabled.

        :schema: ContainerNodePoolSpecNodeConfigContainerdConfigWritableCgroups#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecNodeConfigContainerdConfigWritableCgroups(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecNodeConfigEphemeralStorageConfig",
    jsii_struct_bases=[],
    name_mapping={"local_ssd_count": "localSsdCount"},
)
class ContainerNodePoolSpecNodeConfigEphemeralStorageConfig:
    def __init__(self, *, local_ssd_count: jsii.Number) -> None:
        '''Immutable.

        Parameters for the ephemeral storage filesystem. If unspecified, ephemeral storage is backed by the boot disk.

        :param local_ssd_count: Immutable. Number of local SSDs to use to back ephemeral storage. Uses NVMe interfaces. Each local SSD must be 375 or 3000 GB in size, and all local SSDs must share the same size.

        :schema: ContainerNodePoolSpecNodeConfigEphemeralStorageConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ce5628b5a6a4cb2c47b11839054c8f8cd0757ad94bb6ceb12e7f5e29fcd0531e)
            check_type(argname="argument local_ssd_count", value=local_ssd_count, expected_type=type_hints["local_ssd_count"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "local_ssd_count": local_ssd_count,
        }

    @builtins.property
    def local_ssd_count(self) -> jsii.Number:
        '''Immutable.

        Number of local SSDs to use to back ephemeral storage. Uses NVMe interfaces. Each local SSD must be 375 or 3000 GB in size, and all local SSDs must share the same size.

        :schema: ContainerNodePoolSpecNodeConfigEphemeralStorageConfig#localSsdCount
        '''
        result = self._values.get("local_ssd_count")
        assert result is not None, "Required property 'local_ssd_count' is missing"
        return typing.cast(jsii.Number, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecNodeConfigEphemeralStorageConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecNodeConfigEphemeralStorageLocalSsdConfig",
    jsii_struct_bases=[],
    name_mapping={
        "local_ssd_count": "localSsdCount",
        "data_cache_count": "dataCacheCount",
    },
)
class ContainerNodePoolSpecNodeConfigEphemeralStorageLocalSsdConfig:
    def __init__(
        self,
        *,
        local_ssd_count: jsii.Number,
        data_cache_count: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''Immutable.

        Parameters for the ephemeral storage filesystem. If unspecified, ephemeral storage is backed by the boot disk.

        :param local_ssd_count: Immutable. Number of local SSDs to use to back ephemeral storage. Uses NVMe interfaces. Each local SSD must be 375 or 3000 GB in size, and all local SSDs must share the same size.
        :param data_cache_count: Immutable. Number of local SSDs to be utilized for GKE Data Cache. Uses NVMe interfaces.

        :schema: ContainerNodePoolSpecNodeConfigEphemeralStorageLocalSsdConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2ee75eb9b99264f629067f65b980353c5d9476eb64650d4dc79da611bae9055a)
            check_type(argname="argument local_ssd_count", value=local_ssd_count, expected_type=type_hints["local_ssd_count"])
            check_type(argname="argument data_cache_count", value=data_cache_count, expected_type=type_hints["data_cache_count"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "local_ssd_count": local_ssd_count,
        }
        if data_cache_count is not None:
            self._values["data_cache_count"] = data_cache_count

    @builtins.property
    def local_ssd_count(self) -> jsii.Number:
        '''Immutable.

        Number of local SSDs to use to back ephemeral storage. Uses NVMe interfaces. Each local SSD must be 375 or 3000 GB in size, and all local SSDs must share the same size.

        :schema: ContainerNodePoolSpecNodeConfigEphemeralStorageLocalSsdConfig#localSsdCount
        '''
        result = self._values.get("local_ssd_count")
        assert result is not None, "Required property 'local_ssd_count' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def data_cache_count(self) -> typing.Optional[jsii.Number]:
        '''Immutable.

        Number of local SSDs to be utilized for GKE Data Cache. Uses NVMe interfaces.

        :schema: ContainerNodePoolSpecNodeConfigEphemeralStorageLocalSsdConfig#dataCacheCount
        '''
        result = self._values.get("data_cache_count")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecNodeConfigEphemeralStorageLocalSsdConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecNodeConfigFastSocket",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ContainerNodePoolSpecNodeConfigFastSocket:
    def __init__(self, *, enabled: builtins.bool) -> None:
        '''Enable or disable NCCL Fast Socket in the node pool.

        :param enabled: Whether or not NCCL Fast Socket is enabled.

        :schema: ContainerNodePoolSpecNodeConfigFastSocket
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__eb3294500dc7f30d71f898df98682914f71fa8870ae42e968d23fc89e1328377)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "enabled": enabled,
        }

    @builtins.property
    def enabled(self) -> builtins.bool:
        '''Whether or not NCCL Fast Socket is enabled.

        :schema: ContainerNodePoolSpecNodeConfigFastSocket#enabled
        '''
        result = self._values.get("enabled")
        assert result is not None, "Required property 'enabled' is missing"
        return typing.cast(builtins.bool, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecNodeConfigFastSocket(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecNodeConfigGcfsConfig",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ContainerNodePoolSpecNodeConfigGcfsConfig:
    def __init__(self, *, enabled: builtins.bool) -> None:
        '''Immutable.

        GCFS configuration for this node.

        :param enabled: Whether or not GCFS is enabled.

        :schema: ContainerNodePoolSpecNodeConfigGcfsConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4d92e7ec67ab7e1d3749f6d384c89cf376d7bdb35e09242f5656fc30f13c8561)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "enabled": enabled,
        }

    @builtins.property
    def enabled(self) -> builtins.bool:
        '''Whether or not GCFS is enabled.

        :schema: ContainerNodePoolSpecNodeConfigGcfsConfig#enabled
        '''
        result = self._values.get("enabled")
        assert result is not None, "Required property 'enabled' is missing"
        return typing.cast(builtins.bool, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecNodeConfigGcfsConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecNodeConfigGuestAccelerator",
    jsii_struct_bases=[],
    name_mapping={
        "count": "count",
        "type": "type",
        "gpu_driver_installation_config": "gpuDriverInstallationConfig",
        "gpu_partition_size": "gpuPartitionSize",
        "gpu_sharing_config": "gpuSharingConfig",
    },
)
class ContainerNodePoolSpecNodeConfigGuestAccelerator:
    def __init__(
        self,
        *,
        count: jsii.Number,
        type: builtins.str,
        gpu_driver_installation_config: typing.Optional[typing.Union["ContainerNodePoolSpecNodeConfigGuestAcceleratorGpuDriverInstallationConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        gpu_partition_size: typing.Optional[builtins.str] = None,
        gpu_sharing_config: typing.Optional[typing.Union["ContainerNodePoolSpecNodeConfigGuestAcceleratorGpuSharingConfig", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param count: Immutable. The number of the accelerator cards exposed to an instance.
        :param type: Immutable. The accelerator type resource name.
        :param gpu_driver_installation_config: Immutable. Configuration for auto installation of GPU driver.
        :param gpu_partition_size: Immutable. Size of partitions to create on the GPU. Valid values are described in the NVIDIA mig user guide (https://docs.nvidia.com/datacenter/tesla/mig-user-guide/#partitioning).
        :param gpu_sharing_config: Immutable. Configuration for GPU sharing.

        :schema: ContainerNodePoolSpecNodeConfigGuestAccelerator
        '''
        if isinstance(gpu_driver_installation_config, dict):
            gpu_driver_installation_config = ContainerNodePoolSpecNodeConfigGuestAcceleratorGpuDriverInstallationConfig(**gpu_driver_installation_config)
        if isinstance(gpu_sharing_config, dict):
            gpu_sharing_config = ContainerNodePoolSpecNodeConfigGuestAcceleratorGpuSharingConfig(**gpu_sharing_config)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__520a02db5e93243a242540877d9f03f582279e27d565b852eb126bb556c561f9)
            check_type(argname="argument count", value=count, expected_type=type_hints["count"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument gpu_driver_installation_config", value=gpu_driver_installation_config, expected_type=type_hints["gpu_driver_installation_config"])
            check_type(argname="argument gpu_partition_size", value=gpu_partition_size, expected_type=type_hints["gpu_partition_size"])
            check_type(argname="argument gpu_sharing_config", value=gpu_sharing_config, expected_type=type_hints["gpu_sharing_config"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "count": count,
            "type": type,
        }
        if gpu_driver_installation_config is not None:
            self._values["gpu_driver_installation_config"] = gpu_driver_installation_config
        if gpu_partition_size is not None:
            self._values["gpu_partition_size"] = gpu_partition_size
        if gpu_sharing_config is not None:
            self._values["gpu_sharing_config"] = gpu_sharing_config

    @builtins.property
    def count(self) -> jsii.Number:
        '''Immutable.

        The number of the accelerator cards exposed to an instance.

        :schema: ContainerNodePoolSpecNodeConfigGuestAccelerator#count
        '''
        result = self._values.get("count")
        assert result is not None, "Required property 'count' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def type(self) -> builtins.str:
        '''Immutable.

        The accelerator type resource name.

        :schema: ContainerNodePoolSpecNodeConfigGuestAccelerator#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def gpu_driver_installation_config(
        self,
    ) -> typing.Optional["ContainerNodePoolSpecNodeConfigGuestAcceleratorGpuDriverInstallationConfig"]:
        '''Immutable.

        Configuration for auto installation of GPU driver.

        :schema: ContainerNodePoolSpecNodeConfigGuestAccelerator#gpuDriverInstallationConfig
        '''
        result = self._values.get("gpu_driver_installation_config")
        return typing.cast(typing.Optional["ContainerNodePoolSpecNodeConfigGuestAcceleratorGpuDriverInstallationConfig"], result)

    @builtins.property
    def gpu_partition_size(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        Size of partitions to create on the GPU. Valid values are described in the NVIDIA mig user guide (https://docs.nvidia.com/datacenter/tesla/mig-user-guide/#partitioning).

        :schema: ContainerNodePoolSpecNodeConfigGuestAccelerator#gpuPartitionSize
        '''
        result = self._values.get("gpu_partition_size")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def gpu_sharing_config(
        self,
    ) -> typing.Optional["ContainerNodePoolSpecNodeConfigGuestAcceleratorGpuSharingConfig"]:
        '''Immutable.

        Configuration for GPU sharing.

        :schema: ContainerNodePoolSpecNodeConfigGuestAccelerator#gpuSharingConfig
        '''
        result = self._values.get("gpu_sharing_config")
        return typing.cast(typing.Optional["ContainerNodePoolSpecNodeConfigGuestAcceleratorGpuSharingConfig"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecNodeConfigGuestAccelerator(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecNodeConfigGuestAcceleratorGpuDriverInstallationConfig",
    jsii_struct_bases=[],
    name_mapping={"gpu_driver_version": "gpuDriverVersion"},
)
class ContainerNodePoolSpecNodeConfigGuestAcceleratorGpuDriverInstallationConfig:
    def __init__(self, *, gpu_driver_version: builtins.str) -> None:
        '''Immutable.

        Configuration for auto installation of GPU driver.

        :param gpu_driver_version: Immutable. Mode for how the GPU driver is installed.

        :schema: ContainerNodePoolSpecNodeConfigGuestAcceleratorGpuDriverInstallationConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__06ceab9211ab85d607b39c8ef572f6360c2add7f49d2f66e298aa522c84a2044)
            check_type(argname="argument gpu_driver_version", value=gpu_driver_version, expected_type=type_hints["gpu_driver_version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "gpu_driver_version": gpu_driver_version,
        }

    @builtins.property
    def gpu_driver_version(self) -> builtins.str:
        '''Immutable.

        Mode for how the GPU driver is installed.

        :schema: ContainerNodePoolSpecNodeConfigGuestAcceleratorGpuDriverInstallationConfig#gpuDriverVersion
        '''
        result = self._values.get("gpu_driver_version")
        assert result is not None, "Required property 'gpu_driver_version' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecNodeConfigGuestAcceleratorGpuDriverInstallationConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecNodeConfigGuestAcceleratorGpuSharingConfig",
    jsii_struct_bases=[],
    name_mapping={
        "gpu_sharing_strategy": "gpuSharingStrategy",
        "max_shared_clients_per_gpu": "maxSharedClientsPerGpu",
    },
)
class ContainerNodePoolSpecNodeConfigGuestAcceleratorGpuSharingConfig:
    def __init__(
        self,
        *,
        gpu_sharing_strategy: builtins.str,
        max_shared_clients_per_gpu: jsii.Number,
    ) -> None:
        '''Immutable.

        Configuration for GPU sharing.

        :param gpu_sharing_strategy: Immutable. The type of GPU sharing strategy to enable on the GPU node. Possible values are described in the API package (https://pkg.go.dev/google.golang.org/api/container/v1#GPUSharingConfig).
        :param max_shared_clients_per_gpu: Immutable. The maximum number of containers that can share a GPU.

        :schema: ContainerNodePoolSpecNodeConfigGuestAcceleratorGpuSharingConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b9651499e257826b46262916c66bc15b7a368658cfc0cd6c58861c1b47e8e59e)
            check_type(argname="argument gpu_sharing_strategy", value=gpu_sharing_strategy, expected_type=type_hints["gpu_sharing_strategy"])
            check_type(argname="argument max_shared_clients_per_gpu", value=max_shared_clients_per_gpu, expected_type=type_hints["max_shared_clients_per_gpu"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "gpu_sharing_strategy": gpu_sharing_strategy,
            "max_shared_clients_per_gpu": max_shared_clients_per_gpu,
        }

    @builtins.property
    def gpu_sharing_strategy(self) -> builtins.str:
        '''Immutable.

        The type of GPU sharing strategy to enable on the GPU node. Possible values are described in the API package (https://pkg.go.dev/google.golang.org/api/container/v1#GPUSharingConfig).

        :schema: ContainerNodePoolSpecNodeConfigGuestAcceleratorGpuSharingConfig#gpuSharingStrategy
        '''
        result = self._values.get("gpu_sharing_strategy")
        assert result is not None, "Required property 'gpu_sharing_strategy' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def max_shared_clients_per_gpu(self) -> jsii.Number:
        '''Immutable.

        The maximum number of containers that can share a GPU.

        :schema: ContainerNodePoolSpecNodeConfigGuestAcceleratorGpuSharingConfig#maxSharedClientsPerGpu
        '''
        result = self._values.get("max_shared_clients_per_gpu")
        assert result is not None, "Required property 'max_shared_clients_per_gpu' is missing"
        return typing.cast(jsii.Number, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecNodeConfigGuestAcceleratorGpuSharingConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecNodeConfigGvnic",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ContainerNodePoolSpecNodeConfigGvnic:
    def __init__(self, *, enabled: builtins.bool) -> None:
        '''Immutable.

        Enable or disable gvnic in the node pool.

        :param enabled: Immutable. Whether or not gvnic is enabled.

        :schema: ContainerNodePoolSpecNodeConfigGvnic
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6235937000a04b44c04fd4792d9d738003acef66d0cc3a04069abfaa236bb478)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "enabled": enabled,
        }

    @builtins.property
    def enabled(self) -> builtins.bool:
        '''Immutable.

        Whether or not gvnic is enabled.

        :schema: ContainerNodePoolSpecNodeConfigGvnic#enabled
        '''
        result = self._values.get("enabled")
        assert result is not None, "Required property 'enabled' is missing"
        return typing.cast(builtins.bool, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecNodeConfigGvnic(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecNodeConfigHostMaintenancePolicy",
    jsii_struct_bases=[],
    name_mapping={"maintenance_interval": "maintenanceInterval"},
)
class ContainerNodePoolSpecNodeConfigHostMaintenancePolicy:
    def __init__(self, *, maintenance_interval: builtins.str) -> None:
        '''Immutable.

        The maintenance policy for the hosts on which the GKE VMs run on.

        :param maintenance_interval: Immutable. .

        :schema: ContainerNodePoolSpecNodeConfigHostMaintenancePolicy
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fd44a8b14023bde4930574767aa2c44b2b322204db9c609b7246fad7b6fee33a)
            check_type(argname="argument maintenance_interval", value=maintenance_interval, expected_type=type_hints["maintenance_interval"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "maintenance_interval": maintenance_interval,
        }

    @builtins.property
    def maintenance_interval(self) -> builtins.str:
        '''Immutable.

        .

        :schema: ContainerNodePoolSpecNodeConfigHostMaintenancePolicy#maintenanceInterval
        '''
        result = self._values.get("maintenance_interval")
        assert result is not None, "Required property 'maintenance_interval' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecNodeConfigHostMaintenancePolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecNodeConfigKubeletConfig",
    jsii_struct_bases=[],
    name_mapping={
        "cpu_manager_policy": "cpuManagerPolicy",
        "cpu_cfs_quota": "cpuCfsQuota",
        "cpu_cfs_quota_period": "cpuCfsQuotaPeriod",
        "image_gc_high_threshold_percent": "imageGcHighThresholdPercent",
        "image_gc_low_threshold_percent": "imageGcLowThresholdPercent",
        "image_maximum_gc_age": "imageMaximumGcAge",
        "image_minimum_gc_age": "imageMinimumGcAge",
        "pod_pids_limit": "podPidsLimit",
    },
)
class ContainerNodePoolSpecNodeConfigKubeletConfig:
    def __init__(
        self,
        *,
        cpu_manager_policy: builtins.str,
        cpu_cfs_quota: typing.Optional[builtins.bool] = None,
        cpu_cfs_quota_period: typing.Optional[builtins.str] = None,
        image_gc_high_threshold_percent: typing.Optional[jsii.Number] = None,
        image_gc_low_threshold_percent: typing.Optional[jsii.Number] = None,
        image_maximum_gc_age: typing.Optional[builtins.str] = None,
        image_minimum_gc_age: typing.Optional[builtins.str] = None,
        pod_pids_limit: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''Node kubelet configs.

        :param cpu_manager_policy: Control the CPU management policy on the node.
        :param cpu_cfs_quota: Enable CPU CFS quota enforcement for containers that specify CPU limits.
        :param cpu_cfs_quota_period: Set the CPU CFS quota period value 'cpu.cfs_period_us'.
        :param image_gc_high_threshold_percent: Percent of disk usage after which image garbage collection is always run.
        :param image_gc_low_threshold_percent: Percent of disk usage before which image garbage collection is never run. Lowest disk usage to garbage collect to.
        :param image_maximum_gc_age: Maximum age an image can be unused before it is garbage collected.
        :param image_minimum_gc_age: Minimum age for an unused image before it is garbage collected.
        :param pod_pids_limit: Controls the maximum number of processes allowed to run in a pod.

        :schema: ContainerNodePoolSpecNodeConfigKubeletConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5e46a911ecefea6e9b568e53a48d14acbc2364b6b3ea420a3ed0a53e58929831)
            check_type(argname="argument cpu_manager_policy", value=cpu_manager_policy, expected_type=type_hints["cpu_manager_policy"])
            check_type(argname="argument cpu_cfs_quota", value=cpu_cfs_quota, expected_type=type_hints["cpu_cfs_quota"])
            check_type(argname="argument cpu_cfs_quota_period", value=cpu_cfs_quota_period, expected_type=type_hints["cpu_cfs_quota_period"])
            check_type(argname="argument image_gc_high_threshold_percent", value=image_gc_high_threshold_percent, expected_type=type_hints["image_gc_high_threshold_percent"])
            check_type(argname="argument image_gc_low_threshold_percent", value=image_gc_low_threshold_percent, expected_type=type_hints["image_gc_low_threshold_percent"])
            check_type(argname="argument image_maximum_gc_age", value=image_maximum_gc_age, expected_type=type_hints["image_maximum_gc_age"])
            check_type(argname="argument image_minimum_gc_age", value=image_minimum_gc_age, expected_type=type_hints["image_minimum_gc_age"])
            check_type(argname="argument pod_pids_limit", value=pod_pids_limit, expected_type=type_hints["pod_pids_limit"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "cpu_manager_policy": cpu_manager_policy,
        }
        if cpu_cfs_quota is not None:
            self._values["cpu_cfs_quota"] = cpu_cfs_quota
        if cpu_cfs_quota_period is not None:
            self._values["cpu_cfs_quota_period"] = cpu_cfs_quota_period
        if image_gc_high_threshold_percent is not None:
            self._values["image_gc_high_threshold_percent"] = image_gc_high_threshold_percent
        if image_gc_low_threshold_percent is not None:
            self._values["image_gc_low_threshold_percent"] = image_gc_low_threshold_percent
        if image_maximum_gc_age is not None:
            self._values["image_maximum_gc_age"] = image_maximum_gc_age
        if image_minimum_gc_age is not None:
            self._values["image_minimum_gc_age"] = image_minimum_gc_age
        if pod_pids_limit is not None:
            self._values["pod_pids_limit"] = pod_pids_limit

    @builtins.property
    def cpu_manager_policy(self) -> builtins.str:
        '''Control the CPU management policy on the node.

        :schema: ContainerNodePoolSpecNodeConfigKubeletConfig#cpuManagerPolicy
        '''
        result = self._values.get("cpu_manager_policy")
        assert result is not None, "Required property 'cpu_manager_policy' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def cpu_cfs_quota(self) -> typing.Optional[builtins.bool]:
        '''Enable CPU CFS quota enforcement for containers that specify CPU limits.

        :schema: ContainerNodePoolSpecNodeConfigKubeletConfig#cpuCfsQuota
        '''
        result = self._values.get("cpu_cfs_quota")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def cpu_cfs_quota_period(self) -> typing.Optional[builtins.str]:
        '''Set the CPU CFS quota period value 'cpu.cfs_period_us'.

        :schema: ContainerNodePoolSpecNodeConfigKubeletConfig#cpuCfsQuotaPeriod
        '''
        result = self._values.get("cpu_cfs_quota_period")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_gc_high_threshold_percent(self) -> typing.Optional[jsii.Number]:
        '''Percent of disk usage after which image garbage collection is always run.

        :schema: ContainerNodePoolSpecNodeConfigKubeletConfig#imageGcHighThresholdPercent
        '''
        result = self._values.get("image_gc_high_threshold_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def image_gc_low_threshold_percent(self) -> typing.Optional[jsii.Number]:
        '''Percent of disk usage before which image garbage collection is never run.

        Lowest disk usage to garbage collect to.

        :schema: ContainerNodePoolSpecNodeConfigKubeletConfig#imageGcLowThresholdPercent
        '''
        result = self._values.get("image_gc_low_threshold_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def image_maximum_gc_age(self) -> typing.Optional[builtins.str]:
        '''Maximum age an image can be unused before it is garbage collected.

        :schema: ContainerNodePoolSpecNodeConfigKubeletConfig#imageMaximumGcAge
        '''
        result = self._values.get("image_maximum_gc_age")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_minimum_gc_age(self) -> typing.Optional[builtins.str]:
        '''Minimum age for an unused image before it is garbage collected.

        :schema: ContainerNodePoolSpecNodeConfigKubeletConfig#imageMinimumGcAge
        '''
        result = self._values.get("image_minimum_gc_age")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def pod_pids_limit(self) -> typing.Optional[jsii.Number]:
        '''Controls the maximum number of processes allowed to run in a pod.

        :schema: ContainerNodePoolSpecNodeConfigKubeletConfig#podPidsLimit
        '''
        result = self._values.get("pod_pids_limit")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecNodeConfigKubeletConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecNodeConfigLinuxNodeConfig",
    jsii_struct_bases=[],
    name_mapping={"cgroup_mode": "cgroupMode", "sysctls": "sysctls"},
)
class ContainerNodePoolSpecNodeConfigLinuxNodeConfig:
    def __init__(
        self,
        *,
        cgroup_mode: typing.Optional[builtins.str] = None,
        sysctls: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Parameters that can be configured on Linux nodes.

        :param cgroup_mode: cgroupMode specifies the cgroup mode to be used on the node.
        :param sysctls: The Linux kernel parameters to be applied to the nodes and all pods running on the nodes.

        :schema: ContainerNodePoolSpecNodeConfigLinuxNodeConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d10cefdd77680e841b09ad4e9d188411a194bbf49fc939472ecb4c95f94435f5)
            check_type(argname="argument cgroup_mode", value=cgroup_mode, expected_type=type_hints["cgroup_mode"])
            check_type(argname="argument sysctls", value=sysctls, expected_type=type_hints["sysctls"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cgroup_mode is not None:
            self._values["cgroup_mode"] = cgroup_mode
        if sysctls is not None:
            self._values["sysctls"] = sysctls

    @builtins.property
    def cgroup_mode(self) -> typing.Optional[builtins.str]:
        '''cgroupMode specifies the cgroup mode to be used on the node.

        :schema: ContainerNodePoolSpecNodeConfigLinuxNodeConfig#cgroupMode
        '''
        result = self._values.get("cgroup_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sysctls(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''The Linux kernel parameters to be applied to the nodes and all pods running on the nodes.

        :schema: ContainerNodePoolSpecNodeConfigLinuxNodeConfig#sysctls
        '''
        result = self._values.get("sysctls")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecNodeConfigLinuxNodeConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecNodeConfigLocalNvmeSsdBlockConfig",
    jsii_struct_bases=[],
    name_mapping={"local_ssd_count": "localSsdCount"},
)
class ContainerNodePoolSpecNodeConfigLocalNvmeSsdBlockConfig:
    def __init__(self, *, local_ssd_count: jsii.Number) -> None:
        '''Immutable.

        Parameters for raw-block local NVMe SSDs.

        :param local_ssd_count: Immutable. Number of raw-block local NVMe SSD disks to be attached to the node. Each local SSD is 375 GB in size.

        :schema: ContainerNodePoolSpecNodeConfigLocalNvmeSsdBlockConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d1c9402e79125bbdd6eb52ea835592a7be2eb76d51fca51e6eb199a0d034c976)
            check_type(argname="argument local_ssd_count", value=local_ssd_count, expected_type=type_hints["local_ssd_count"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "local_ssd_count": local_ssd_count,
        }

    @builtins.property
    def local_ssd_count(self) -> jsii.Number:
        '''Immutable.

        Number of raw-block local NVMe SSD disks to be attached to the node. Each local SSD is 375 GB in size.

        :schema: ContainerNodePoolSpecNodeConfigLocalNvmeSsdBlockConfig#localSsdCount
        '''
        result = self._values.get("local_ssd_count")
        assert result is not None, "Required property 'local_ssd_count' is missing"
        return typing.cast(jsii.Number, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecNodeConfigLocalNvmeSsdBlockConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecNodeConfigNodeGroupRef",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class ContainerNodePoolSpecNodeConfigNodeGroupRef:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Immutable.

        Setting this field will assign instances of this pool to run on the specified node group. This is useful for running workloads on sole tenant nodes.

        :param external: A reference to an externally managed ComputeNodeGroup resource. Should be in the format "projects/{{projectID}}/zones/{{zone}}/nodeGroups/{{nodeGroupID}}".
        :param name: The name of a ComputeNodeGroup resource.
        :param namespace: The namespace of a ComputeNodeGroup resource.

        :schema: ContainerNodePoolSpecNodeConfigNodeGroupRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__58dab9520b7172db6cbc9604387169831e57bd89d35edecdd3183900fc5e90c8)
            check_type(argname="argument external", value=external, expected_type=type_hints["external"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if external is not None:
            self._values["external"] = external
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def external(self) -> typing.Optional[builtins.str]:
        '''A reference to an externally managed ComputeNodeGroup resource.

        Should be in the format "projects/{{projectID}}/zones/{{zone}}/nodeGroups/{{nodeGroupID}}".

        :schema: ContainerNodePoolSpecNodeConfigNodeGroupRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of a ComputeNodeGroup resource.

        :schema: ContainerNodePoolSpecNodeConfigNodeGroupRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of a ComputeNodeGroup resource.

        :schema: ContainerNodePoolSpecNodeConfigNodeGroupRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecNodeConfigNodeGroupRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecNodeConfigReservationAffinity",
    jsii_struct_bases=[],
    name_mapping={
        "consume_reservation_type": "consumeReservationType",
        "key": "key",
        "values": "values",
    },
)
class ContainerNodePoolSpecNodeConfigReservationAffinity:
    def __init__(
        self,
        *,
        consume_reservation_type: builtins.str,
        key: typing.Optional[builtins.str] = None,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''Immutable.

        The reservation affinity configuration for the node pool.

        :param consume_reservation_type: Immutable. Corresponds to the type of reservation consumption.
        :param key: Immutable. The label key of a reservation resource.
        :param values: Immutable. The label values of the reservation resource.

        :schema: ContainerNodePoolSpecNodeConfigReservationAffinity
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8986b25c5813223603b671f0ae114fbeba74382f6f31b6138b68fc4664efecdd)
            check_type(argname="argument consume_reservation_type", value=consume_reservation_type, expected_type=type_hints["consume_reservation_type"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "consume_reservation_type": consume_reservation_type,
        }
        if key is not None:
            self._values["key"] = key
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def consume_reservation_type(self) -> builtins.str:
        '''Immutable.

        Corresponds to the type of reservation consumption.

        :schema: ContainerNodePoolSpecNodeConfigReservationAffinity#consumeReservationType
        '''
        result = self._values.get("consume_reservation_type")
        assert result is not None, "Required property 'consume_reservation_type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''Immutable.

        The label key of a reservation resource.

        :schema: ContainerNodePoolSpecNodeConfigReservationAffinity#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Immutable.

        The label values of the reservation resource.

        :schema: ContainerNodePoolSpecNodeConfigReservationAffinity#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecNodeConfigReservationAffinity(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecNodeConfigSandboxConfig",
    jsii_struct_bases=[],
    name_mapping={"sandbox_type": "sandboxType"},
)
class ContainerNodePoolSpecNodeConfigSandboxConfig:
    def __init__(self, *, sandbox_type: builtins.str) -> None:
        '''Immutable.

        Sandbox configuration for this node.

        :param sandbox_type: Type of the sandbox to use for the node (e.g. 'gvisor').

        :schema: ContainerNodePoolSpecNodeConfigSandboxConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0cc30c94133831fa833b6ac21888293e821839c10f57e102988199dae04ff572)
            check_type(argname="argument sandbox_type", value=sandbox_type, expected_type=type_hints["sandbox_type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "sandbox_type": sandbox_type,
        }

    @builtins.property
    def sandbox_type(self) -> builtins.str:
        '''Type of the sandbox to use for the node (e.g. 'gvisor').

        :schema: ContainerNodePoolSpecNodeConfigSandboxConfig#sandboxType
        '''
        result = self._values.get("sandbox_type")
        assert result is not None, "Required property 'sandbox_type' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecNodeConfigSandboxConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecNodeConfigServiceAccountRef",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class ContainerNodePoolSpecNodeConfigServiceAccountRef:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param external: The ``email`` field of an ``IAMServiceAccount`` resource.
        :param name: Name of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
        :param namespace: Namespace of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/

        :schema: ContainerNodePoolSpecNodeConfigServiceAccountRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__242b96505fb4687a285811ed3af88bb062598cb14fa36ff8177672aadb3c1453)
            check_type(argname="argument external", value=external, expected_type=type_hints["external"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if external is not None:
            self._values["external"] = external
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def external(self) -> typing.Optional[builtins.str]:
        '''The ``email`` field of an ``IAMServiceAccount`` resource.

        :schema: ContainerNodePoolSpecNodeConfigServiceAccountRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the referent.

        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names

        :schema: ContainerNodePoolSpecNodeConfigServiceAccountRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the referent.

        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/

        :schema: ContainerNodePoolSpecNodeConfigServiceAccountRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecNodeConfigServiceAccountRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecNodeConfigShieldedInstanceConfig",
    jsii_struct_bases=[],
    name_mapping={
        "enable_integrity_monitoring": "enableIntegrityMonitoring",
        "enable_secure_boot": "enableSecureBoot",
    },
)
class ContainerNodePoolSpecNodeConfigShieldedInstanceConfig:
    def __init__(
        self,
        *,
        enable_integrity_monitoring: typing.Optional[builtins.bool] = None,
        enable_secure_boot: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''Immutable.

        Shielded Instance options.

        :param enable_integrity_monitoring: Immutable. Defines whether the instance has integrity monitoring enabled.
        :param enable_secure_boot: Immutable. Defines whether the instance has Secure Boot enabled.

        :schema: ContainerNodePoolSpecNodeConfigShieldedInstanceConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__38bc1d686ddccd1b2182b075e12f0b90847ffb814eb07a76bfb3444aa8b68f0f)
            check_type(argname="argument enable_integrity_monitoring", value=enable_integrity_monitoring, expected_type=type_hints["enable_integrity_monitoring"])
            check_type(argname="argument enable_secure_boot", value=enable_secure_boot, expected_type=type_hints["enable_secure_boot"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enable_integrity_monitoring is not None:
            self._values["enable_integrity_monitoring"] = enable_integrity_monitoring
        if enable_secure_boot is not None:
            self._values["enable_secure_boot"] = enable_secure_boot

    @builtins.property
    def enable_integrity_monitoring(self) -> typing.Optional[builtins.bool]:
        '''Immutable.

        Defines whether the instance has integrity monitoring enabled.

        :schema: ContainerNodePoolSpecNodeConfigShieldedInstanceConfig#enableIntegrityMonitoring
        '''
        result = self._values.get("enable_integrity_monitoring")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def enable_secure_boot(self) -> typing.Optional[builtins.bool]:
        '''Immutable.

        Defines whether the instance has Secure Boot enabled.

        :schema: ContainerNodePoolSpecNodeConfigShieldedInstanceConfig#enableSecureBoot
        '''
        result = self._values.get("enable_secure_boot")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecNodeConfigShieldedInstanceConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecNodeConfigSoleTenantConfig",
    jsii_struct_bases=[],
    name_mapping={"node_affinity": "nodeAffinity"},
)
class ContainerNodePoolSpecNodeConfigSoleTenantConfig:
    def __init__(
        self,
        *,
        node_affinity: typing.Sequence[typing.Union["ContainerNodePoolSpecNodeConfigSoleTenantConfigNodeAffinity", typing.Dict[builtins.str, typing.Any]]],
    ) -> None:
        '''Immutable.

        Node affinity options for sole tenant node pools.

        :param node_affinity: Immutable. .

        :schema: ContainerNodePoolSpecNodeConfigSoleTenantConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__faad9055d21f183280dc534138a2fd4085bfdac357c8e91344b27a29e77f21f6)
            check_type(argname="argument node_affinity", value=node_affinity, expected_type=type_hints["node_affinity"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "node_affinity": node_affinity,
        }

    @builtins.property
    def node_affinity(
        self,
    ) -> typing.List["ContainerNodePoolSpecNodeConfigSoleTenantConfigNodeAffinity"]:
        '''Immutable.

        .

        :schema: ContainerNodePoolSpecNodeConfigSoleTenantConfig#nodeAffinity
        '''
        result = self._values.get("node_affinity")
        assert result is not None, "Required property 'node_affinity' is missing"
        return typing.cast(typing.List["ContainerNodePoolSpecNodeConfigSoleTenantConfigNodeAffinity"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecNodeConfigSoleTenantConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecNodeConfigSoleTenantConfigNodeAffinity",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class ContainerNodePoolSpecNodeConfigSoleTenantConfigNodeAffinity:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Sequence[builtins.str],
    ) -> None:
        '''
        :param key: Immutable. .
        :param operator: Immutable. .
        :param values: Immutable. .

        :schema: ContainerNodePoolSpecNodeConfigSoleTenantConfigNodeAffinity
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__27b51e68e0913b3e0b9bbe44a2ebebbcd4c0d12acd3b1d061ca547e124a65a7d)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
            "values": values,
        }

    @builtins.property
    def key(self) -> builtins.str:
        '''Immutable.

        .

        :schema: ContainerNodePoolSpecNodeConfigSoleTenantConfigNodeAffinity#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''Immutable.

        .

        :schema: ContainerNodePoolSpecNodeConfigSoleTenantConfigNodeAffinity#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.List[builtins.str]:
        '''Immutable.

        .

        :schema: ContainerNodePoolSpecNodeConfigSoleTenantConfigNodeAffinity#values
        '''
        result = self._values.get("values")
        assert result is not None, "Required property 'values' is missing"
        return typing.cast(typing.List[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecNodeConfigSoleTenantConfigNodeAffinity(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecNodeConfigTaint",
    jsii_struct_bases=[],
    name_mapping={"effect": "effect", "key": "key", "value": "value"},
)
class ContainerNodePoolSpecNodeConfigTaint:
    def __init__(
        self,
        *,
        effect: builtins.str,
        key: builtins.str,
        value: builtins.str,
    ) -> None:
        '''
        :param effect: Effect for taint.
        :param key: Key for taint.
        :param value: Value for taint.

        :schema: ContainerNodePoolSpecNodeConfigTaint
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c400747be6ea5a457ddce426fb8b97bae90407dad5d83b2899c3ed62a50eccef)
            check_type(argname="argument effect", value=effect, expected_type=type_hints["effect"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "effect": effect,
            "key": key,
            "value": value,
        }

    @builtins.property
    def effect(self) -> builtins.str:
        '''Effect for taint.

        :schema: ContainerNodePoolSpecNodeConfigTaint#effect
        '''
        result = self._values.get("effect")
        assert result is not None, "Required property 'effect' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def key(self) -> builtins.str:
        '''Key for taint.

        :schema: ContainerNodePoolSpecNodeConfigTaint#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''Value for taint.

        :schema: ContainerNodePoolSpecNodeConfigTaint#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecNodeConfigTaint(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecNodeConfigWindowsNodeConfig",
    jsii_struct_bases=[],
    name_mapping={"os_version": "osVersion"},
)
class ContainerNodePoolSpecNodeConfigWindowsNodeConfig:
    def __init__(self, *, os_version: typing.Optional[builtins.str] = None) -> None:
        '''Parameters that can be configured on Windows nodes.

        :param os_version: Operating system version of the Windows nodes.

        :schema: ContainerNodePoolSpecNodeConfigWindowsNodeConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__85f342df19ed2203ba845f47bbb309187a6b7ddd754bae51074110229c2cd2b4)
            check_type(argname="argument os_version", value=os_version, expected_type=type_hints["os_version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if os_version is not None:
            self._values["os_version"] = os_version

    @builtins.property
    def os_version(self) -> typing.Optional[builtins.str]:
        '''Operating system version of the Windows nodes.

        :schema: ContainerNodePoolSpecNodeConfigWindowsNodeConfig#osVersion
        '''
        result = self._values.get("os_version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecNodeConfigWindowsNodeConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecNodeConfigWorkloadMetadataConfig",
    jsii_struct_bases=[],
    name_mapping={"mode": "mode", "node_metadata": "nodeMetadata"},
)
class ContainerNodePoolSpecNodeConfigWorkloadMetadataConfig:
    def __init__(
        self,
        *,
        mode: typing.Optional[builtins.str] = None,
        node_metadata: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The workload metadata configuration for this node.

        :param mode: Mode is the configuration for how to expose metadata to workloads running on the node.
        :param node_metadata: DEPRECATED. Deprecated in favor of mode. NodeMetadata is the configuration for how to expose metadata to the workloads running on the node.

        :schema: ContainerNodePoolSpecNodeConfigWorkloadMetadataConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ef1886233294546d73bb44ccd0ef461048913cf178b5946c009031eab942f831)
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument node_metadata", value=node_metadata, expected_type=type_hints["node_metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if mode is not None:
            self._values["mode"] = mode
        if node_metadata is not None:
            self._values["node_metadata"] = node_metadata

    @builtins.property
    def mode(self) -> typing.Optional[builtins.str]:
        '''Mode is the configuration for how to expose metadata to workloads running on the node.

        :schema: ContainerNodePoolSpecNodeConfigWorkloadMetadataConfig#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def node_metadata(self) -> typing.Optional[builtins.str]:
        '''DEPRECATED.

        Deprecated in favor of mode. NodeMetadata is the configuration for how to expose metadata to the workloads running on the node.

        :schema: ContainerNodePoolSpecNodeConfigWorkloadMetadataConfig#nodeMetadata
        '''
        result = self._values.get("node_metadata")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecNodeConfigWorkloadMetadataConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecPlacementPolicy",
    jsii_struct_bases=[],
    name_mapping={
        "type": "type",
        "policy_name_ref": "policyNameRef",
        "tpu_topology": "tpuTopology",
    },
)
class ContainerNodePoolSpecPlacementPolicy:
    def __init__(
        self,
        *,
        type: builtins.str,
        policy_name_ref: typing.Optional[typing.Union["ContainerNodePoolSpecPlacementPolicyPolicyNameRef", typing.Dict[builtins.str, typing.Any]]] = None,
        tpu_topology: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Specifies the node placement policy.

        :param type: The type of placement.
        :param policy_name_ref: If set, refers to the name of a custom resource policy supplied by the user. The resource policy must be in the same project and region as the node pool. If not found, InvalidArgument error is returned.
        :param tpu_topology: Optional. TPU placement topology for pod slice node pool.

        :schema: ContainerNodePoolSpecPlacementPolicy
        '''
        if isinstance(policy_name_ref, dict):
            policy_name_ref = ContainerNodePoolSpecPlacementPolicyPolicyNameRef(**policy_name_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__801f4ac37bfd25d61cc007e7825087f909562a4eb20fc015fde7803e069c0ba9)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument policy_name_ref", value=policy_name_ref, expected_type=type_hints["policy_name_ref"])
            check_type(argname="argument tpu_topology", value=tpu_topology, expected_type=type_hints["tpu_topology"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if policy_name_ref is not None:
            self._values["policy_name_ref"] = policy_name_ref
        if tpu_topology is not None:
            self._values["tpu_topology"] = tpu_topology

    @builtins.property
    def type(self) -> builtins.str:
        '''The type of placement.

        :schema: ContainerNodePoolSpecPlacementPolicy#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def policy_name_ref(
        self,
    ) -> typing.Optional["ContainerNodePoolSpecPlacementPolicyPolicyNameRef"]:
        '''If set, refers to the name of a custom resource policy supplied by the user.

        The resource policy must be in the same project and region as the node pool. If not found, InvalidArgument error is returned.

        :schema: ContainerNodePoolSpecPlacementPolicy#policyNameRef
        '''
        result = self._values.get("policy_name_ref")
        return typing.cast(typing.Optional["ContainerNodePoolSpecPlacementPolicyPolicyNameRef"], result)

    @builtins.property
    def tpu_topology(self) -> typing.Optional[builtins.str]:
        '''Optional.

        TPU placement topology for pod slice node pool.

        :schema: ContainerNodePoolSpecPlacementPolicy#tpuTopology
        '''
        result = self._values.get("tpu_topology")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecPlacementPolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecPlacementPolicyPolicyNameRef",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "name": "name", "namespace": "namespace"},
)
class ContainerNodePoolSpecPlacementPolicyPolicyNameRef:
    def __init__(
        self,
        *,
        external: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''If set, refers to the name of a custom resource policy supplied by the user.

        The resource policy must be in the same project and region as the node pool. If not found, InvalidArgument error is returned.

        :param external: A reference to an externally managed ComputeResourcePolicy resource. Should be in the format "projects/{project}/regions/{region}/resourcePolicies/{resourcePolicy}".
        :param name: The name of a ComputeResourcePolicy resource.
        :param namespace: The namespace of a ComputeResourcePolicy resource.

        :schema: ContainerNodePoolSpecPlacementPolicyPolicyNameRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4d0c49ceda6775147e40fc0cb5b5a169e5e700e773bc1d03f450c824a009565e)
            check_type(argname="argument external", value=external, expected_type=type_hints["external"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if external is not None:
            self._values["external"] = external
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def external(self) -> typing.Optional[builtins.str]:
        '''A reference to an externally managed ComputeResourcePolicy resource.

        Should be in the format "projects/{project}/regions/{region}/resourcePolicies/{resourcePolicy}".

        :schema: ContainerNodePoolSpecPlacementPolicyPolicyNameRef#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of a ComputeResourcePolicy resource.

        :schema: ContainerNodePoolSpecPlacementPolicyPolicyNameRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''The namespace of a ComputeResourcePolicy resource.

        :schema: ContainerNodePoolSpecPlacementPolicyPolicyNameRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecPlacementPolicyPolicyNameRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecQueuedProvisioning",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ContainerNodePoolSpecQueuedProvisioning:
    def __init__(self, *, enabled: typing.Optional[builtins.bool] = None) -> None:
        '''Immutable.

        Specifies the configuration of queued provisioning.

        :param enabled: Immutable. Denotes that this node pool is QRM specific, meaning nodes can be only obtained through queuing via the Cluster Autoscaler ProvisioningRequest API.

        :schema: ContainerNodePoolSpecQueuedProvisioning
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c98aaec9ed04e8d1a295823ccbcee7874373064c00dcf734c374d9225fb87354)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Immutable.

        Denotes that this node pool is QRM specific, meaning nodes can be only obtained through queuing via the Cluster Autoscaler ProvisioningRequest API.

        :schema: ContainerNodePoolSpecQueuedProvisioning#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecQueuedProvisioning(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecUpgradeSettings",
    jsii_struct_bases=[],
    name_mapping={
        "blue_green_settings": "blueGreenSettings",
        "max_surge": "maxSurge",
        "max_unavailable": "maxUnavailable",
        "strategy": "strategy",
    },
)
class ContainerNodePoolSpecUpgradeSettings:
    def __init__(
        self,
        *,
        blue_green_settings: typing.Optional[typing.Union["ContainerNodePoolSpecUpgradeSettingsBlueGreenSettings", typing.Dict[builtins.str, typing.Any]]] = None,
        max_surge: typing.Optional[jsii.Number] = None,
        max_unavailable: typing.Optional[jsii.Number] = None,
        strategy: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Upgrade settings control disruption and speed of the upgrade.

        :param blue_green_settings: Settings for blue-green upgrade strategy.
        :param max_surge: The maximum number of nodes that can be created beyond the current size of the node pool during the upgrade process.
        :param max_unavailable: The maximum number of nodes that can be simultaneously unavailable during the upgrade process. A node is considered available if its status is Ready.
        :param strategy: Update strategy of the node pool.

        :schema: ContainerNodePoolSpecUpgradeSettings
        '''
        if isinstance(blue_green_settings, dict):
            blue_green_settings = ContainerNodePoolSpecUpgradeSettingsBlueGreenSettings(**blue_green_settings)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__77189be17819e9843ec6477aa9292b19cba1e8b60799c86b21c6f7de705958ab)
            check_type(argname="argument blue_green_settings", value=blue_green_settings, expected_type=type_hints["blue_green_settings"])
            check_type(argname="argument max_surge", value=max_surge, expected_type=type_hints["max_surge"])
            check_type(argname="argument max_unavailable", value=max_unavailable, expected_type=type_hints["max_unavailable"])
            check_type(argname="argument strategy", value=strategy, expected_type=type_hints["strategy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if blue_green_settings is not None:
            self._values["blue_green_settings"] = blue_green_settings
        if max_surge is not None:
            self._values["max_surge"] = max_surge
        if max_unavailable is not None:
            self._values["max_unavailable"] = max_unavailable
        if strategy is not None:
            self._values["strategy"] = strategy

    @builtins.property
    def blue_green_settings(
        self,
    ) -> typing.Optional["ContainerNodePoolSpecUpgradeSettingsBlueGreenSettings"]:
        '''Settings for blue-green upgrade strategy.

        :schema: ContainerNodePoolSpecUpgradeSettings#blueGreenSettings
        '''
        result = self._values.get("blue_green_settings")
        return typing.cast(typing.Optional["ContainerNodePoolSpecUpgradeSettingsBlueGreenSettings"], result)

    @builtins.property
    def max_surge(self) -> typing.Optional[jsii.Number]:
        '''The maximum number of nodes that can be created beyond the current size of the node pool during the upgrade process.

        :schema: ContainerNodePoolSpecUpgradeSettings#maxSurge
        '''
        result = self._values.get("max_surge")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_unavailable(self) -> typing.Optional[jsii.Number]:
        '''The maximum number of nodes that can be simultaneously unavailable during the upgrade process.

        A node is considered available if its status is Ready.

        :schema: ContainerNodePoolSpecUpgradeSettings#maxUnavailable
        '''
        result = self._values.get("max_unavailable")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def strategy(self) -> typing.Optional[builtins.str]:
        '''Update strategy of the node pool.

        :schema: ContainerNodePoolSpecUpgradeSettings#strategy
        '''
        result = self._values.get("strategy")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecUpgradeSettings(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecUpgradeSettingsBlueGreenSettings",
    jsii_struct_bases=[],
    name_mapping={
        "standard_rollout_policy": "standardRolloutPolicy",
        "node_pool_soak_duration": "nodePoolSoakDuration",
    },
)
class ContainerNodePoolSpecUpgradeSettingsBlueGreenSettings:
    def __init__(
        self,
        *,
        standard_rollout_policy: typing.Union["ContainerNodePoolSpecUpgradeSettingsBlueGreenSettingsStandardRolloutPolicy", typing.Dict[builtins.str, typing.Any]],
        node_pool_soak_duration: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Settings for blue-green upgrade strategy.

        :param standard_rollout_policy: Standard policy for the blue-green upgrade.
        :param node_pool_soak_duration: Time needed after draining entire blue pool. After this period, blue pool will be cleaned up.

        :schema: ContainerNodePoolSpecUpgradeSettingsBlueGreenSettings
        '''
        if isinstance(standard_rollout_policy, dict):
            standard_rollout_policy = ContainerNodePoolSpecUpgradeSettingsBlueGreenSettingsStandardRolloutPolicy(**standard_rollout_policy)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__468e408239b7d2221b2408c6ae3dd70709df289c77c05f7651c6c06037c8a5b5)
            check_type(argname="argument standard_rollout_policy", value=standard_rollout_policy, expected_type=type_hints["standard_rollout_policy"])
            check_type(argname="argument node_pool_soak_duration", value=node_pool_soak_duration, expected_type=type_hints["node_pool_soak_duration"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "standard_rollout_policy": standard_rollout_policy,
        }
        if node_pool_soak_duration is not None:
            self._values["node_pool_soak_duration"] = node_pool_soak_duration

    @builtins.property
    def standard_rollout_policy(
        self,
    ) -> "ContainerNodePoolSpecUpgradeSettingsBlueGreenSettingsStandardRolloutPolicy":
        '''Standard policy for the blue-green upgrade.

        :schema: ContainerNodePoolSpecUpgradeSettingsBlueGreenSettings#standardRolloutPolicy
        '''
        result = self._values.get("standard_rollout_policy")
        assert result is not None, "Required property 'standard_rollout_policy' is missing"
        return typing.cast("ContainerNodePoolSpecUpgradeSettingsBlueGreenSettingsStandardRolloutPolicy", result)

    @builtins.property
    def node_pool_soak_duration(self) -> typing.Optional[builtins.str]:
        '''Time needed after draining entire blue pool.

        After this period, blue pool will be cleaned up.

        :schema: ContainerNodePoolSpecUpgradeSettingsBlueGreenSettings#nodePoolSoakDuration
        '''
        result = self._values.get("node_pool_soak_duration")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecUpgradeSettingsBlueGreenSettings(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kcc_container_comgooglecloudcnrmcontainer.ContainerNodePoolSpecUpgradeSettingsBlueGreenSettingsStandardRolloutPolicy",
    jsii_struct_bases=[],
    name_mapping={
        "batch_node_count": "batchNodeCount",
        "batch_percentage": "batchPercentage",
        "batch_soak_duration": "batchSoakDuration",
    },
)
class ContainerNodePoolSpecUpgradeSettingsBlueGreenSettingsStandardRolloutPolicy:
    def __init__(
        self,
        *,
        batch_node_count: typing.Optional[jsii.Number] = None,
        batch_percentage: typing.Optional[jsii.Number] = None,
        batch_soak_duration: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Standard policy for the blue-green upgrade.

        :param batch_node_count: Number of blue nodes to drain in a batch.
        :param batch_percentage: Percentage of the bool pool nodes to drain in a batch. The range of this field should be (0.0, 1.0].
        :param batch_soak_duration: Soak time after each batch gets drained. A duration in seconds with up to nine fractional digits, ending with 's'. Example: "3.5s".

        :schema: ContainerNodePoolSpecUpgradeSettingsBlueGreenSettingsStandardRolloutPolicy
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2f9470e186bee696d09f0955a97599e0f3df5ccf22373c8aac69e387559f6713)
            check_type(argname="argument batch_node_count", value=batch_node_count, expected_type=type_hints["batch_node_count"])
            check_type(argname="argument batch_percentage", value=batch_percentage, expected_type=type_hints["batch_percentage"])
            check_type(argname="argument batch_soak_duration", value=batch_soak_duration, expected_type=type_hints["batch_soak_duration"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if batch_node_count is not None:
            self._values["batch_node_count"] = batch_node_count
        if batch_percentage is not None:
            self._values["batch_percentage"] = batch_percentage
        if batch_soak_duration is not None:
            self._values["batch_soak_duration"] = batch_soak_duration

    @builtins.property
    def batch_node_count(self) -> typing.Optional[jsii.Number]:
        '''Number of blue nodes to drain in a batch.

        :schema: ContainerNodePoolSpecUpgradeSettingsBlueGreenSettingsStandardRolloutPolicy#batchNodeCount
        '''
        result = self._values.get("batch_node_count")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def batch_percentage(self) -> typing.Optional[jsii.Number]:
        '''Percentage of the bool pool nodes to drain in a batch.

        The range of this field should be (0.0, 1.0].

        :schema: ContainerNodePoolSpecUpgradeSettingsBlueGreenSettingsStandardRolloutPolicy#batchPercentage
        '''
        result = self._values.get("batch_percentage")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def batch_soak_duration(self) -> typing.Optional[builtins.str]:
        '''Soak time after each batch gets drained.

        A duration in seconds with up to nine fractional digits, ending with 's'. Example: "3.5s".

        :schema: ContainerNodePoolSpecUpgradeSettingsBlueGreenSettingsStandardRolloutPolicy#batchSoakDuration
        '''
        result = self._values.get("batch_soak_duration")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ContainerNodePoolSpecUpgradeSettingsBlueGreenSettingsStandardRolloutPolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "ContainerCluster",
    "ContainerClusterProps",
    "ContainerClusterSpec",
    "ContainerClusterSpecAddonsConfig",
    "ContainerClusterSpecAddonsConfigCloudrunConfig",
    "ContainerClusterSpecAddonsConfigConfigConnectorConfig",
    "ContainerClusterSpecAddonsConfigDnsCacheConfig",
    "ContainerClusterSpecAddonsConfigGcePersistentDiskCsiDriverConfig",
    "ContainerClusterSpecAddonsConfigGcpFilestoreCsiDriverConfig",
    "ContainerClusterSpecAddonsConfigGcsFuseCsiDriverConfig",
    "ContainerClusterSpecAddonsConfigGkeBackupAgentConfig",
    "ContainerClusterSpecAddonsConfigHorizontalPodAutoscaling",
    "ContainerClusterSpecAddonsConfigHttpLoadBalancing",
    "ContainerClusterSpecAddonsConfigIstioConfig",
    "ContainerClusterSpecAddonsConfigKalmConfig",
    "ContainerClusterSpecAddonsConfigNetworkPolicyConfig",
    "ContainerClusterSpecAddonsConfigParallelstoreCsiDriverConfig",
    "ContainerClusterSpecAuthenticatorGroupsConfig",
    "ContainerClusterSpecBinaryAuthorization",
    "ContainerClusterSpecClusterAutoscaling",
    "ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaults",
    "ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsBootDiskKmsKeyRef",
    "ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsManagement",
    "ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsManagementUpgradeOptions",
    "ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsServiceAccountRef",
    "ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsShieldedInstanceConfig",
    "ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsUpgradeSettings",
    "ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsUpgradeSettingsBlueGreenSettings",
    "ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsUpgradeSettingsBlueGreenSettingsStandardRolloutPolicy",
    "ContainerClusterSpecClusterAutoscalingDefaultComputeClassConfig",
    "ContainerClusterSpecClusterAutoscalingResourceLimits",
    "ContainerClusterSpecClusterTelemetry",
    "ContainerClusterSpecConfidentialNodes",
    "ContainerClusterSpecControlPlaneEndpointsConfig",
    "ContainerClusterSpecControlPlaneEndpointsConfigDnsEndpointConfig",
    "ContainerClusterSpecControlPlaneEndpointsConfigIpEndpointsConfig",
    "ContainerClusterSpecCostManagementConfig",
    "ContainerClusterSpecDatabaseEncryption",
    "ContainerClusterSpecDefaultSnatStatus",
    "ContainerClusterSpecDnsConfig",
    "ContainerClusterSpecEnableK8SBetaApis",
    "ContainerClusterSpecGatewayApiConfig",
    "ContainerClusterSpecIdentityServiceConfig",
    "ContainerClusterSpecIpAllocationPolicy",
    "ContainerClusterSpecIpAllocationPolicyAdditionalIpRangesConfigs",
    "ContainerClusterSpecIpAllocationPolicyAdditionalIpRangesConfigsSubnetworkRef",
    "ContainerClusterSpecIpAllocationPolicyAdditionalPodRangesConfig",
    "ContainerClusterSpecIpAllocationPolicyPodCidrOverprovisionConfig",
    "ContainerClusterSpecLoggingConfig",
    "ContainerClusterSpecMaintenancePolicy",
    "ContainerClusterSpecMaintenancePolicyDailyMaintenanceWindow",
    "ContainerClusterSpecMaintenancePolicyMaintenanceExclusion",
    "ContainerClusterSpecMaintenancePolicyMaintenanceExclusionExclusionOptions",
    "ContainerClusterSpecMaintenancePolicyRecurringWindow",
    "ContainerClusterSpecMasterAuth",
    "ContainerClusterSpecMasterAuthClientCertificateConfig",
    "ContainerClusterSpecMasterAuthPassword",
    "ContainerClusterSpecMasterAuthPasswordValueFrom",
    "ContainerClusterSpecMasterAuthPasswordValueFromSecretKeyRef",
    "ContainerClusterSpecMasterAuthorizedNetworksConfig",
    "ContainerClusterSpecMasterAuthorizedNetworksConfigCidrBlocks",
    "ContainerClusterSpecMeshCertificates",
    "ContainerClusterSpecMonitoringConfig",
    "ContainerClusterSpecMonitoringConfigAdvancedDatapathObservabilityConfig",
    "ContainerClusterSpecMonitoringConfigManagedPrometheus",
    "ContainerClusterSpecNetworkPolicy",
    "ContainerClusterSpecNetworkRef",
    "ContainerClusterSpecNodeConfig",
    "ContainerClusterSpecNodeConfigAdvancedMachineFeatures",
    "ContainerClusterSpecNodeConfigBootDiskKmsCryptoKeyRef",
    "ContainerClusterSpecNodeConfigConfidentialNodes",
    "ContainerClusterSpecNodeConfigContainerdConfig",
    "ContainerClusterSpecNodeConfigContainerdConfigPrivateRegistryAccessConfig",
    "ContainerClusterSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfig",
    "ContainerClusterSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfig",
    "ContainerClusterSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigSecretRef",
    "ContainerClusterSpecNodeConfigContainerdConfigRegistryHosts",
    "ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHosts",
    "ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsCa",
    "ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsCaSecretRef",
    "ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClient",
    "ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClientCert",
    "ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClientCertSecretRef",
    "ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClientKey",
    "ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClientKeySecretRef",
    "ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsHeader",
    "ContainerClusterSpecNodeConfigContainerdConfigWritableCgroups",
    "ContainerClusterSpecNodeConfigEphemeralStorageConfig",
    "ContainerClusterSpecNodeConfigEphemeralStorageLocalSsdConfig",
    "ContainerClusterSpecNodeConfigFastSocket",
    "ContainerClusterSpecNodeConfigGcfsConfig",
    "ContainerClusterSpecNodeConfigGuestAccelerator",
    "ContainerClusterSpecNodeConfigGuestAcceleratorGpuDriverInstallationConfig",
    "ContainerClusterSpecNodeConfigGuestAcceleratorGpuSharingConfig",
    "ContainerClusterSpecNodeConfigGvnic",
    "ContainerClusterSpecNodeConfigHostMaintenancePolicy",
    "ContainerClusterSpecNodeConfigKubeletConfig",
    "ContainerClusterSpecNodeConfigLinuxNodeConfig",
    "ContainerClusterSpecNodeConfigLocalNvmeSsdBlockConfig",
    "ContainerClusterSpecNodeConfigNodeGroupRef",
    "ContainerClusterSpecNodeConfigReservationAffinity",
    "ContainerClusterSpecNodeConfigSandboxConfig",
    "ContainerClusterSpecNodeConfigServiceAccountRef",
    "ContainerClusterSpecNodeConfigShieldedInstanceConfig",
    "ContainerClusterSpecNodeConfigSoleTenantConfig",
    "ContainerClusterSpecNodeConfigSoleTenantConfigNodeAffinity",
    "ContainerClusterSpecNodeConfigTaint",
    "ContainerClusterSpecNodeConfigWorkloadMetadataConfig",
    "ContainerClusterSpecNodePoolAutoConfig",
    "ContainerClusterSpecNodePoolAutoConfigNetworkTags",
    "ContainerClusterSpecNodePoolDefaults",
    "ContainerClusterSpecNodePoolDefaultsNodeConfigDefaults",
    "ContainerClusterSpecNodePoolDefaultsNodeConfigDefaultsGcfsConfig",
    "ContainerClusterSpecNotificationConfig",
    "ContainerClusterSpecNotificationConfigPubsub",
    "ContainerClusterSpecNotificationConfigPubsubFilter",
    "ContainerClusterSpecNotificationConfigPubsubTopicRef",
    "ContainerClusterSpecPodSecurityPolicyConfig",
    "ContainerClusterSpecPrivateClusterConfig",
    "ContainerClusterSpecPrivateClusterConfigMasterGlobalAccessConfig",
    "ContainerClusterSpecPrivateClusterConfigPrivateEndpointSubnetworkRef",
    "ContainerClusterSpecProtectConfig",
    "ContainerClusterSpecProtectConfigWorkloadConfig",
    "ContainerClusterSpecReleaseChannel",
    "ContainerClusterSpecResourceUsageExportConfig",
    "ContainerClusterSpecResourceUsageExportConfigBigqueryDestination",
    "ContainerClusterSpecSecurityPostureConfig",
    "ContainerClusterSpecServiceExternalIpsConfig",
    "ContainerClusterSpecSubnetworkRef",
    "ContainerClusterSpecVerticalPodAutoscaling",
    "ContainerClusterSpecWorkloadIdentityConfig",
    "ContainerNodePool",
    "ContainerNodePoolProps",
    "ContainerNodePoolSpec",
    "ContainerNodePoolSpecAutoscaling",
    "ContainerNodePoolSpecClusterRef",
    "ContainerNodePoolSpecManagement",
    "ContainerNodePoolSpecNetworkConfig",
    "ContainerNodePoolSpecNetworkConfigAdditionalNodeNetworkConfigs",
    "ContainerNodePoolSpecNetworkConfigAdditionalNodeNetworkConfigsNetworkRef",
    "ContainerNodePoolSpecNetworkConfigAdditionalNodeNetworkConfigsSubnetworkRef",
    "ContainerNodePoolSpecNetworkConfigAdditionalPodNetworkConfigs",
    "ContainerNodePoolSpecNetworkConfigAdditionalPodNetworkConfigsSubnetworkRef",
    "ContainerNodePoolSpecNetworkConfigPodCidrOverprovisionConfig",
    "ContainerNodePoolSpecNetworkConfigSubnetworkRef",
    "ContainerNodePoolSpecNodeConfig",
    "ContainerNodePoolSpecNodeConfigAdvancedMachineFeatures",
    "ContainerNodePoolSpecNodeConfigBootDiskKmsCryptoKeyRef",
    "ContainerNodePoolSpecNodeConfigConfidentialNodes",
    "ContainerNodePoolSpecNodeConfigContainerdConfig",
    "ContainerNodePoolSpecNodeConfigContainerdConfigPrivateRegistryAccessConfig",
    "ContainerNodePoolSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfig",
    "ContainerNodePoolSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfig",
    "ContainerNodePoolSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigSecretRef",
    "ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHosts",
    "ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHosts",
    "ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsCa",
    "ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsCaSecretRef",
    "ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClient",
    "ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClientCert",
    "ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClientCertSecretRef",
    "ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClientKey",
    "ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClientKeySecretRef",
    "ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsHeader",
    "ContainerNodePoolSpecNodeConfigContainerdConfigWritableCgroups",
    "ContainerNodePoolSpecNodeConfigEphemeralStorageConfig",
    "ContainerNodePoolSpecNodeConfigEphemeralStorageLocalSsdConfig",
    "ContainerNodePoolSpecNodeConfigFastSocket",
    "ContainerNodePoolSpecNodeConfigGcfsConfig",
    "ContainerNodePoolSpecNodeConfigGuestAccelerator",
    "ContainerNodePoolSpecNodeConfigGuestAcceleratorGpuDriverInstallationConfig",
    "ContainerNodePoolSpecNodeConfigGuestAcceleratorGpuSharingConfig",
    "ContainerNodePoolSpecNodeConfigGvnic",
    "ContainerNodePoolSpecNodeConfigHostMaintenancePolicy",
    "ContainerNodePoolSpecNodeConfigKubeletConfig",
    "ContainerNodePoolSpecNodeConfigLinuxNodeConfig",
    "ContainerNodePoolSpecNodeConfigLocalNvmeSsdBlockConfig",
    "ContainerNodePoolSpecNodeConfigNodeGroupRef",
    "ContainerNodePoolSpecNodeConfigReservationAffinity",
    "ContainerNodePoolSpecNodeConfigSandboxConfig",
    "ContainerNodePoolSpecNodeConfigServiceAccountRef",
    "ContainerNodePoolSpecNodeConfigShieldedInstanceConfig",
    "ContainerNodePoolSpecNodeConfigSoleTenantConfig",
    "ContainerNodePoolSpecNodeConfigSoleTenantConfigNodeAffinity",
    "ContainerNodePoolSpecNodeConfigTaint",
    "ContainerNodePoolSpecNodeConfigWindowsNodeConfig",
    "ContainerNodePoolSpecNodeConfigWorkloadMetadataConfig",
    "ContainerNodePoolSpecPlacementPolicy",
    "ContainerNodePoolSpecPlacementPolicyPolicyNameRef",
    "ContainerNodePoolSpecQueuedProvisioning",
    "ContainerNodePoolSpecUpgradeSettings",
    "ContainerNodePoolSpecUpgradeSettingsBlueGreenSettings",
    "ContainerNodePoolSpecUpgradeSettingsBlueGreenSettingsStandardRolloutPolicy",
]

publication.publish()

def _typecheckingstub__575937636a8d396053a172746617985d10b88e2ccccfe5950843ca68851fa768(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[ContainerClusterSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9e004b42839f67b4ffbaf82d2b813165100ee7e820bd93a6688588efdb708ed8(
    *,
    spec: typing.Union[ContainerClusterSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__20243c9e9c89b102d7d8232cd95ec7455b0c5c7d1620b39cc74ffa4e018eef2b(
    *,
    location: builtins.str,
    addons_config: typing.Optional[typing.Union[ContainerClusterSpecAddonsConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    allow_net_admin: typing.Optional[builtins.bool] = None,
    authenticator_groups_config: typing.Optional[typing.Union[ContainerClusterSpecAuthenticatorGroupsConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    binary_authorization: typing.Optional[typing.Union[ContainerClusterSpecBinaryAuthorization, typing.Dict[builtins.str, typing.Any]]] = None,
    cluster_autoscaling: typing.Optional[typing.Union[ContainerClusterSpecClusterAutoscaling, typing.Dict[builtins.str, typing.Any]]] = None,
    cluster_ipv4_cidr: typing.Optional[builtins.str] = None,
    cluster_telemetry: typing.Optional[typing.Union[ContainerClusterSpecClusterTelemetry, typing.Dict[builtins.str, typing.Any]]] = None,
    confidential_nodes: typing.Optional[typing.Union[ContainerClusterSpecConfidentialNodes, typing.Dict[builtins.str, typing.Any]]] = None,
    control_plane_endpoints_config: typing.Optional[typing.Union[ContainerClusterSpecControlPlaneEndpointsConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    cost_management_config: typing.Optional[typing.Union[ContainerClusterSpecCostManagementConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    database_encryption: typing.Optional[typing.Union[ContainerClusterSpecDatabaseEncryption, typing.Dict[builtins.str, typing.Any]]] = None,
    datapath_provider: typing.Optional[builtins.str] = None,
    default_max_pods_per_node: typing.Optional[jsii.Number] = None,
    default_snat_status: typing.Optional[typing.Union[ContainerClusterSpecDefaultSnatStatus, typing.Dict[builtins.str, typing.Any]]] = None,
    description: typing.Optional[builtins.str] = None,
    disable_l4_lb_firewall_reconciliation: typing.Optional[builtins.bool] = None,
    dns_config: typing.Optional[typing.Union[ContainerClusterSpecDnsConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    enable_autopilot: typing.Optional[builtins.bool] = None,
    enable_binary_authorization: typing.Optional[builtins.bool] = None,
    enable_cilium_clusterwide_network_policy: typing.Optional[builtins.bool] = None,
    enable_fqdn_network_policy: typing.Optional[builtins.bool] = None,
    enable_intranode_visibility: typing.Optional[builtins.bool] = None,
    enable_k8_s_beta_apis: typing.Optional[typing.Union[ContainerClusterSpecEnableK8SBetaApis, typing.Dict[builtins.str, typing.Any]]] = None,
    enable_kubernetes_alpha: typing.Optional[builtins.bool] = None,
    enable_l4_ilb_subsetting: typing.Optional[builtins.bool] = None,
    enable_legacy_abac: typing.Optional[builtins.bool] = None,
    enable_multi_networking: typing.Optional[builtins.bool] = None,
    enable_shielded_nodes: typing.Optional[builtins.bool] = None,
    enable_tpu: typing.Optional[builtins.bool] = None,
    gateway_api_config: typing.Optional[typing.Union[ContainerClusterSpecGatewayApiConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    identity_service_config: typing.Optional[typing.Union[ContainerClusterSpecIdentityServiceConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    initial_node_count: typing.Optional[jsii.Number] = None,
    in_transit_encryption_config: typing.Optional[builtins.str] = None,
    ip_allocation_policy: typing.Optional[typing.Union[ContainerClusterSpecIpAllocationPolicy, typing.Dict[builtins.str, typing.Any]]] = None,
    logging_config: typing.Optional[typing.Union[ContainerClusterSpecLoggingConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    logging_service: typing.Optional[builtins.str] = None,
    maintenance_policy: typing.Optional[typing.Union[ContainerClusterSpecMaintenancePolicy, typing.Dict[builtins.str, typing.Any]]] = None,
    master_auth: typing.Optional[typing.Union[ContainerClusterSpecMasterAuth, typing.Dict[builtins.str, typing.Any]]] = None,
    master_authorized_networks_config: typing.Optional[typing.Union[ContainerClusterSpecMasterAuthorizedNetworksConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    mesh_certificates: typing.Optional[typing.Union[ContainerClusterSpecMeshCertificates, typing.Dict[builtins.str, typing.Any]]] = None,
    min_master_version: typing.Optional[builtins.str] = None,
    monitoring_config: typing.Optional[typing.Union[ContainerClusterSpecMonitoringConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    monitoring_service: typing.Optional[builtins.str] = None,
    networking_mode: typing.Optional[builtins.str] = None,
    network_policy: typing.Optional[typing.Union[ContainerClusterSpecNetworkPolicy, typing.Dict[builtins.str, typing.Any]]] = None,
    network_ref: typing.Optional[typing.Union[ContainerClusterSpecNetworkRef, typing.Dict[builtins.str, typing.Any]]] = None,
    node_config: typing.Optional[typing.Union[ContainerClusterSpecNodeConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    node_locations: typing.Optional[typing.Sequence[builtins.str]] = None,
    node_pool_auto_config: typing.Optional[typing.Union[ContainerClusterSpecNodePoolAutoConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    node_pool_defaults: typing.Optional[typing.Union[ContainerClusterSpecNodePoolDefaults, typing.Dict[builtins.str, typing.Any]]] = None,
    node_version: typing.Optional[builtins.str] = None,
    notification_config: typing.Optional[typing.Union[ContainerClusterSpecNotificationConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    pod_security_policy_config: typing.Optional[typing.Union[ContainerClusterSpecPodSecurityPolicyConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    private_cluster_config: typing.Optional[typing.Union[ContainerClusterSpecPrivateClusterConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    private_ipv6_google_access: typing.Optional[builtins.str] = None,
    protect_config: typing.Optional[typing.Union[ContainerClusterSpecProtectConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    release_channel: typing.Optional[typing.Union[ContainerClusterSpecReleaseChannel, typing.Dict[builtins.str, typing.Any]]] = None,
    resource_id: typing.Optional[builtins.str] = None,
    resource_usage_export_config: typing.Optional[typing.Union[ContainerClusterSpecResourceUsageExportConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    security_posture_config: typing.Optional[typing.Union[ContainerClusterSpecSecurityPostureConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    service_external_ips_config: typing.Optional[typing.Union[ContainerClusterSpecServiceExternalIpsConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    subnetwork_ref: typing.Optional[typing.Union[ContainerClusterSpecSubnetworkRef, typing.Dict[builtins.str, typing.Any]]] = None,
    vertical_pod_autoscaling: typing.Optional[typing.Union[ContainerClusterSpecVerticalPodAutoscaling, typing.Dict[builtins.str, typing.Any]]] = None,
    workload_identity_config: typing.Optional[typing.Union[ContainerClusterSpecWorkloadIdentityConfig, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e21200329256d8b86badc8219630d874ab3d7bd058cc87b13f45a6edadd57723(
    *,
    cloudrun_config: typing.Optional[typing.Union[ContainerClusterSpecAddonsConfigCloudrunConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    config_connector_config: typing.Optional[typing.Union[ContainerClusterSpecAddonsConfigConfigConnectorConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    dns_cache_config: typing.Optional[typing.Union[ContainerClusterSpecAddonsConfigDnsCacheConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    gce_persistent_disk_csi_driver_config: typing.Optional[typing.Union[ContainerClusterSpecAddonsConfigGcePersistentDiskCsiDriverConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    gcp_filestore_csi_driver_config: typing.Optional[typing.Union[ContainerClusterSpecAddonsConfigGcpFilestoreCsiDriverConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    gcs_fuse_csi_driver_config: typing.Optional[typing.Union[ContainerClusterSpecAddonsConfigGcsFuseCsiDriverConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    gke_backup_agent_config: typing.Optional[typing.Union[ContainerClusterSpecAddonsConfigGkeBackupAgentConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    horizontal_pod_autoscaling: typing.Optional[typing.Union[ContainerClusterSpecAddonsConfigHorizontalPodAutoscaling, typing.Dict[builtins.str, typing.Any]]] = None,
    http_load_balancing: typing.Optional[typing.Union[ContainerClusterSpecAddonsConfigHttpLoadBalancing, typing.Dict[builtins.str, typing.Any]]] = None,
    istio_config: typing.Optional[typing.Union[ContainerClusterSpecAddonsConfigIstioConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    kalm_config: typing.Optional[typing.Union[ContainerClusterSpecAddonsConfigKalmConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    network_policy_config: typing.Optional[typing.Union[ContainerClusterSpecAddonsConfigNetworkPolicyConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    parallelstore_csi_driver_config: typing.Optional[typing.Union[ContainerClusterSpecAddonsConfigParallelstoreCsiDriverConfig, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a4835d174367608e2c07c8734fef572a598436000bf3b5d2f957ddb58e1bed7b(
    *,
    disabled: builtins.bool,
    load_balancer_type: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a8a6fde6c8e342bf61ae55791d5f3754a6f607c97829d7ad624deded6fdb7bac(
    *,
    enabled: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d30fcff23112b5a4671d2fc1039ecbd6dd3d31b470aa0910d375a361e14678cd(
    *,
    enabled: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__38658a9ae9e3b40666fc4f588dedead7f4a46519dcd012b901a64429a06b8246(
    *,
    enabled: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__972122d4d94c46d2041458f21ed1360ec34f31aa41f255e0766c9e693c8403c4(
    *,
    enabled: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f43f30c804b699e2491e195bd766eb80e0ce36afd31e2d888558bd0ad0edcec1(
    *,
    enabled: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bb6d3d99f89ccdb07c429b863c38a69e7f690bdabf9fabcc5d221a04060529c1(
    *,
    enabled: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7cb7f78c406bea43b4a993c11f8431abd3252c95dec8a3b1298d3a49033198ec(
    *,
    disabled: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__52898dae631db0593af08cb2b7fd0fccaefe9abd080d20824f0ff26578536733(
    *,
    disabled: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__170cd365901d577a0d8175bcce26e77352c7591b3b5fc0653f2149e681b41001(
    *,
    disabled: builtins.bool,
    auth: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__98e712d58fc6df39f6fd6e31a799a26ceec528c9d9f512c3aab2d292c7f440b5(
    *,
    enabled: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__50a01b2070b4e142acfd05dd575af9d4a17dfdd65638b3eda6178052f6fa248b(
    *,
    disabled: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9229c6bdebefeba6f3251151869811a6f5166951b142be04109fed3bcafd2524(
    *,
    enabled: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__38f20797b645dfbd4993607c4c498e64fac670d93a9ea8c69d9d85a2a6f92b4b(
    *,
    security_group: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3ae954deed1726f4323dfdf87ef50c604af02b1ffe1d678bc58449a9cb10090d(
    *,
    enabled: typing.Optional[builtins.bool] = None,
    evaluation_mode: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b63744aee6f183d1f392f7f5ccd5cfabaa0ccdc41ac6de97d4f8e9fad9673763(
    *,
    auto_provisioning_defaults: typing.Optional[typing.Union[ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaults, typing.Dict[builtins.str, typing.Any]]] = None,
    autoscaling_profile: typing.Optional[builtins.str] = None,
    default_compute_class_config: typing.Optional[typing.Union[ContainerClusterSpecClusterAutoscalingDefaultComputeClassConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    enabled: typing.Optional[builtins.bool] = None,
    resource_limits: typing.Optional[typing.Sequence[typing.Union[ContainerClusterSpecClusterAutoscalingResourceLimits, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__023ad283891576f1d706d6f7cd656b1e52eea4bf41c2e94ba925c8c8e6e21ff8(
    *,
    boot_disk_kms_key_ref: typing.Optional[typing.Union[ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsBootDiskKmsKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    disk_size: typing.Optional[jsii.Number] = None,
    image_type: typing.Optional[builtins.str] = None,
    management: typing.Optional[typing.Union[ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsManagement, typing.Dict[builtins.str, typing.Any]]] = None,
    min_cpu_platform: typing.Optional[builtins.str] = None,
    oauth_scopes: typing.Optional[typing.Sequence[builtins.str]] = None,
    service_account_ref: typing.Optional[typing.Union[ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsServiceAccountRef, typing.Dict[builtins.str, typing.Any]]] = None,
    shielded_instance_config: typing.Optional[typing.Union[ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsShieldedInstanceConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    upgrade_settings: typing.Optional[typing.Union[ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsUpgradeSettings, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__15da8b9f9e660b9a4f269d5a9ece8c5f5d33fea346ae49138f22a329b2e90337(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cd0f02db50c89c8e607d30a91ff7501bc122a83c645274d6a0f34c2448bb1422(
    *,
    auto_repair: typing.Optional[builtins.bool] = None,
    auto_upgrade: typing.Optional[builtins.bool] = None,
    upgrade_options: typing.Optional[typing.Sequence[typing.Union[ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsManagementUpgradeOptions, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6ea2a987f0f1da0ff176faa062cad85038f47b6bf308dbc4689660613630ebfa(
    *,
    auto_upgrade_start_time: typing.Optional[builtins.str] = None,
    description: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__47712f513f5f4b4c5b620438d508cea8af10bbb7aac5817142794b5702d975d8(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__68b2a05e2424bf1b2f7b80e7592c3dd8ea2d23e696e93c9d6f3f3fa1bc2c3d80(
    *,
    enable_integrity_monitoring: typing.Optional[builtins.bool] = None,
    enable_secure_boot: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8c8776bfd66f3c553b9e37022a39a2a9a5cbfb1c305a9f1d21dcc03342bd994e(
    *,
    blue_green_settings: typing.Optional[typing.Union[ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsUpgradeSettingsBlueGreenSettings, typing.Dict[builtins.str, typing.Any]]] = None,
    max_surge: typing.Optional[jsii.Number] = None,
    max_unavailable: typing.Optional[jsii.Number] = None,
    strategy: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1fdaf7e8e9f65b53a9dd03ec00af8a15dd05b24ed602fca2687a9ed30b82331e(
    *,
    node_pool_soak_duration: typing.Optional[builtins.str] = None,
    standard_rollout_policy: typing.Optional[typing.Union[ContainerClusterSpecClusterAutoscalingAutoProvisioningDefaultsUpgradeSettingsBlueGreenSettingsStandardRolloutPolicy, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__230963ce9bf4628430e26d3b0d66901d32224925c9cd0802d5de96347e5342ae(
    *,
    batch_node_count: typing.Optional[jsii.Number] = None,
    batch_percentage: typing.Optional[jsii.Number] = None,
    batch_soak_duration: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f345a8a82894534fbd11c3d4b30ef53ed4de035861887566eaafc176d8ef5af3(
    *,
    enabled: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d0342d6675c28c8dcd5c76f1fa54abae0e6c11063f54cef410e575cfc4715df0(
    *,
    resource_type: builtins.str,
    maximum: typing.Optional[jsii.Number] = None,
    minimum: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b23bbbadfcd9749e403bd037aabd1763f78d2e6f1904f336a1b68f541b0da607(
    *,
    type: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__04430c449304164dd59f8d0d8479d9047d60c609935783b460c924445e021b4a(
    *,
    enabled: builtins.bool,
    confidential_instance_type: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bc9fa8797b1fb0892a8679b8fb3b668efe119c1add42dc2ed63741755b26622e(
    *,
    dns_endpoint_config: typing.Optional[typing.Union[ContainerClusterSpecControlPlaneEndpointsConfigDnsEndpointConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    ip_endpoints_config: typing.Optional[typing.Union[ContainerClusterSpecControlPlaneEndpointsConfigIpEndpointsConfig, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ea5d1c3759193cbcb65c2659d5e69f33a01b3bc75b6a8329bdef3648ed101aa5(
    *,
    allow_external_traffic: typing.Optional[builtins.bool] = None,
    enable_k8_s_tokens_via_dns: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__17d503c1c561a902b99be5ed4c7b0e359c96f77492096b1b5f675876a4655c26(
    *,
    enabled: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b8f72ef0661cb28039f860a5b64971c0220ff4c724510f22b5cac0055529f3d1(
    *,
    enabled: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4f6617de1c76b86f3716340d15cdbe9306be02283deeb9308ec9f578d8af038e(
    *,
    state: builtins.str,
    key_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__83fb0fee1670e0adfa2d4f9f493d83dfc18ef210e17ce7c7dd1987f1109d3c76(
    *,
    disabled: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dfb234ef386ca869999373d98a0489493a524fe624c45f25f6b035e7e6c6ad87(
    *,
    cluster_dns: typing.Optional[builtins.str] = None,
    cluster_dns_domain: typing.Optional[builtins.str] = None,
    cluster_dns_scope: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__429b0f74a4485a6849555f16aa8dec8501886854f731f501918183f72d410312(
    *,
    enabled_apis: typing.Sequence[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fd51cdd984defbfb1aa7098f00b318348b49104fd7dae569a0ecf9935cc9ae77(
    *,
    channel: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ed684aa19ce87815384c47069e05f8003604d39183bd8c8dc69875ec88ebd2a2(
    *,
    enabled: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e7d0cbc96bafc866bef8c8b8a9a36185bc8f9bc1bb7a616b5fe8eb9f071abfd5(
    *,
    additional_ip_ranges_configs: typing.Optional[typing.Sequence[typing.Union[ContainerClusterSpecIpAllocationPolicyAdditionalIpRangesConfigs, typing.Dict[builtins.str, typing.Any]]]] = None,
    additional_pod_ranges_config: typing.Optional[typing.Union[ContainerClusterSpecIpAllocationPolicyAdditionalPodRangesConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    cluster_ipv4_cidr_block: typing.Optional[builtins.str] = None,
    cluster_secondary_range_name: typing.Optional[builtins.str] = None,
    pod_cidr_overprovision_config: typing.Optional[typing.Union[ContainerClusterSpecIpAllocationPolicyPodCidrOverprovisionConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    services_ipv4_cidr_block: typing.Optional[builtins.str] = None,
    services_secondary_range_name: typing.Optional[builtins.str] = None,
    stack_type: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__da34db9bdd29aa402d7a7b28069c53ebb8357d7b32e858a9e49d5e793eb873bf(
    *,
    subnetwork_ref: typing.Union[ContainerClusterSpecIpAllocationPolicyAdditionalIpRangesConfigsSubnetworkRef, typing.Dict[builtins.str, typing.Any]],
    pod_ipv4_range_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    status: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ed4f2d44e26743c53ea7d164d3822329d02a8ec562e16a3cabd686ff3c2cda36(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9ab45b9d6e97c18d8899b318a25ca455fa0fbd7c0ec3e25cc915763898896a9f(
    *,
    pod_range_names: typing.Sequence[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1b84d2c5967edf2b3d63084e5f702f27fdfe0c1bfef6537170e131a8a0175356(
    *,
    disabled: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b7c0606e2b95466ca1dd8afeb51d9bf33aafba94d36de5f20b7e97d72ec9e98c(
    *,
    enable_components: typing.Sequence[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b10b534dc9f861342ccb3dac4169d355dc8b640049249211b8ad6114fa0a17bb(
    *,
    daily_maintenance_window: typing.Optional[typing.Union[ContainerClusterSpecMaintenancePolicyDailyMaintenanceWindow, typing.Dict[builtins.str, typing.Any]]] = None,
    maintenance_exclusion: typing.Optional[typing.Sequence[typing.Union[ContainerClusterSpecMaintenancePolicyMaintenanceExclusion, typing.Dict[builtins.str, typing.Any]]]] = None,
    recurring_window: typing.Optional[typing.Union[ContainerClusterSpecMaintenancePolicyRecurringWindow, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__33a95d8dbdea6bd1855683d08b5d0fb7687120d2672dfa164af72f6b41ee03dd(
    *,
    start_time: builtins.str,
    duration: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__107681aa7dd0f7f7189b3a70478bc67e4e6a1c8f15ba7b5bf46173003a814b6c(
    *,
    end_time: builtins.str,
    exclusion_name: builtins.str,
    start_time: builtins.str,
    exclusion_options: typing.Optional[typing.Union[ContainerClusterSpecMaintenancePolicyMaintenanceExclusionExclusionOptions, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e9bdb788b29f9fcbc1ec422eef95276ed4396c444f54028f02721c1969d3e943(
    *,
    scope: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9b5db5800620aedfd0657ff2dc85208aaf7268ff0ce0fd7a73cdf5375c5a9eb7(
    *,
    end_time: builtins.str,
    recurrence: builtins.str,
    start_time: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__41b93776f15238f08d6a1886d82e0968579df25e1b3d34d2039b547932c944f1(
    *,
    client_certificate: typing.Optional[builtins.str] = None,
    client_certificate_config: typing.Optional[typing.Union[ContainerClusterSpecMasterAuthClientCertificateConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    client_key: typing.Optional[builtins.str] = None,
    cluster_ca_certificate: typing.Optional[builtins.str] = None,
    password: typing.Optional[typing.Union[ContainerClusterSpecMasterAuthPassword, typing.Dict[builtins.str, typing.Any]]] = None,
    username: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4d68621b212f3f9b9ec48d792326dc35c102d8d2037aa38ad570a9498d5ae3d0(
    *,
    issue_client_certificate: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3a1d32d7e5c2a72460b88effc3ddca53cd80b4c0998e039434a6bd7e82a1d657(
    *,
    value: typing.Optional[builtins.str] = None,
    value_from: typing.Optional[typing.Union[ContainerClusterSpecMasterAuthPasswordValueFrom, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__667687061cf91d238050b7856b3bdab44deeafe0778559817a23a2b0191d160d(
    *,
    secret_key_ref: typing.Optional[typing.Union[ContainerClusterSpecMasterAuthPasswordValueFromSecretKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__39a05c02b3a2b967d3b09eb64a0cccbb0260a6dea452220e452340677fe239b6(
    *,
    key: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7644777d4ca628da27d5a06093f7e8f1c4d9ee22561f065c85927c53e20360c9(
    *,
    cidr_blocks: typing.Optional[typing.Sequence[typing.Union[ContainerClusterSpecMasterAuthorizedNetworksConfigCidrBlocks, typing.Dict[builtins.str, typing.Any]]]] = None,
    gcp_public_cidrs_access_enabled: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__59d329c5fd79bce995ffe166c830ef05a295e668df29873998cb40a763ccf829(
    *,
    cidr_block: builtins.str,
    display_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__14d28293a0761345b70ac8d2864a984820026ae20f2a507d40206479085895c9(
    *,
    enable_certificates: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c0c84279d761d2f7b803022d7d613230f7b1d8125f29fd67b7764363082313fb(
    *,
    advanced_datapath_observability_config: typing.Optional[typing.Sequence[typing.Union[ContainerClusterSpecMonitoringConfigAdvancedDatapathObservabilityConfig, typing.Dict[builtins.str, typing.Any]]]] = None,
    enable_components: typing.Optional[typing.Sequence[builtins.str]] = None,
    managed_prometheus: typing.Optional[typing.Union[ContainerClusterSpecMonitoringConfigManagedPrometheus, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8c4aea4177063e9cdf145967fc652449b888d6b204b107cf2fa241a26a295c95(
    *,
    enable_metrics: builtins.bool,
    relay_mode: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e451865e2c6ec0627c2fbd0592d1c216be9a90faf95d7d0e46d935f43963b205(
    *,
    enabled: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e454669622a37180cece6749145ed205dddf39c944108659c7c29ac52fbb175c(
    *,
    enabled: builtins.bool,
    provider: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0154dfcaba6ba4f85cce744986c5ea040d65247b20b2603cf68a43768a6e5807(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0ce1c8d11173fd9f480a71bb10ed59e3b287b876392f0952a290a0eba0000b90(
    *,
    advanced_machine_features: typing.Optional[typing.Union[ContainerClusterSpecNodeConfigAdvancedMachineFeatures, typing.Dict[builtins.str, typing.Any]]] = None,
    boot_disk_kms_crypto_key_ref: typing.Optional[typing.Union[ContainerClusterSpecNodeConfigBootDiskKmsCryptoKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    confidential_nodes: typing.Optional[typing.Union[ContainerClusterSpecNodeConfigConfidentialNodes, typing.Dict[builtins.str, typing.Any]]] = None,
    containerd_config: typing.Optional[typing.Union[ContainerClusterSpecNodeConfigContainerdConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    disk_size_gb: typing.Optional[jsii.Number] = None,
    disk_type: typing.Optional[builtins.str] = None,
    ephemeral_storage_config: typing.Optional[typing.Union[ContainerClusterSpecNodeConfigEphemeralStorageConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    ephemeral_storage_local_ssd_config: typing.Optional[typing.Union[ContainerClusterSpecNodeConfigEphemeralStorageLocalSsdConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    fast_socket: typing.Optional[typing.Union[ContainerClusterSpecNodeConfigFastSocket, typing.Dict[builtins.str, typing.Any]]] = None,
    gcfs_config: typing.Optional[typing.Union[ContainerClusterSpecNodeConfigGcfsConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    guest_accelerator: typing.Optional[typing.Sequence[typing.Union[ContainerClusterSpecNodeConfigGuestAccelerator, typing.Dict[builtins.str, typing.Any]]]] = None,
    gvnic: typing.Optional[typing.Union[ContainerClusterSpecNodeConfigGvnic, typing.Dict[builtins.str, typing.Any]]] = None,
    host_maintenance_policy: typing.Optional[typing.Union[ContainerClusterSpecNodeConfigHostMaintenancePolicy, typing.Dict[builtins.str, typing.Any]]] = None,
    image_type: typing.Optional[builtins.str] = None,
    kubelet_config: typing.Optional[typing.Union[ContainerClusterSpecNodeConfigKubeletConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    linux_node_config: typing.Optional[typing.Union[ContainerClusterSpecNodeConfigLinuxNodeConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    local_nvme_ssd_block_config: typing.Optional[typing.Union[ContainerClusterSpecNodeConfigLocalNvmeSsdBlockConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    local_ssd_count: typing.Optional[jsii.Number] = None,
    logging_variant: typing.Optional[builtins.str] = None,
    machine_type: typing.Optional[builtins.str] = None,
    metadata: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    min_cpu_platform: typing.Optional[builtins.str] = None,
    node_group_ref: typing.Optional[typing.Union[ContainerClusterSpecNodeConfigNodeGroupRef, typing.Dict[builtins.str, typing.Any]]] = None,
    oauth_scopes: typing.Optional[typing.Sequence[builtins.str]] = None,
    preemptible: typing.Optional[builtins.bool] = None,
    reservation_affinity: typing.Optional[typing.Union[ContainerClusterSpecNodeConfigReservationAffinity, typing.Dict[builtins.str, typing.Any]]] = None,
    resource_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    resource_manager_tags: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    sandbox_config: typing.Optional[typing.Union[ContainerClusterSpecNodeConfigSandboxConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    service_account_ref: typing.Optional[typing.Union[ContainerClusterSpecNodeConfigServiceAccountRef, typing.Dict[builtins.str, typing.Any]]] = None,
    shielded_instance_config: typing.Optional[typing.Union[ContainerClusterSpecNodeConfigShieldedInstanceConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    sole_tenant_config: typing.Optional[typing.Union[ContainerClusterSpecNodeConfigSoleTenantConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    spot: typing.Optional[builtins.bool] = None,
    tags: typing.Optional[typing.Sequence[builtins.str]] = None,
    taint: typing.Optional[typing.Sequence[typing.Union[ContainerClusterSpecNodeConfigTaint, typing.Dict[builtins.str, typing.Any]]]] = None,
    workload_metadata_config: typing.Optional[typing.Union[ContainerClusterSpecNodeConfigWorkloadMetadataConfig, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5f4d3d1362048b97fc91d801f6f4372191871a0e1b9a1e1ac48295d1c00e49ca(
    *,
    enable_nested_virtualization: typing.Optional[builtins.bool] = None,
    threads_per_core: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__92a36476fd4b34fcfd67c54f41f172af33887a3619e401d838ff138cd8bf87b1(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fd0902832a382337e052b7e6f0723818485e7b65ab7aef293c5f38bf9bae1be9(
    *,
    enabled: builtins.bool,
    confidential_instance_type: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d9f2f2155165f6030c93e39eec56554f179e9d062e98e08b49db7acbd47b091a(
    *,
    private_registry_access_config: typing.Optional[typing.Union[ContainerClusterSpecNodeConfigContainerdConfigPrivateRegistryAccessConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    registry_hosts: typing.Optional[typing.Sequence[typing.Union[ContainerClusterSpecNodeConfigContainerdConfigRegistryHosts, typing.Dict[builtins.str, typing.Any]]]] = None,
    writable_cgroups: typing.Optional[typing.Union[ContainerClusterSpecNodeConfigContainerdConfigWritableCgroups, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3dfb9d6b81949d030cff0d493e8ea3314b6968160f757b08fccba07c6d82e1af(
    *,
    certificate_authority_domain_config: typing.Optional[typing.Sequence[typing.Union[ContainerClusterSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfig, typing.Dict[builtins.str, typing.Any]]]] = None,
    enabled: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1acee8066fd9cc56ee362ac0c423c3b3210aa5f334a1ba8b5c3bc401f2da12ae(
    *,
    fqdns: typing.Optional[typing.Sequence[builtins.str]] = None,
    gcp_secret_manager_certificate_config: typing.Optional[typing.Union[ContainerClusterSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfig, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2e705f696580d71d15d6331676d4b9aef8909a81caad428f9dd3742c8359402b(
    *,
    secret_ref: typing.Optional[typing.Union[ContainerClusterSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__106144029bc5ffc2005ddcbbbfe37b56dd49b49ae5f9deb1b8aaa727d85129e4(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__65b94983ef9b6351ca5a3b92cc6d8236f5c78a095eb37b4e1f891ec42cd19d77(
    *,
    hosts: typing.Optional[typing.Sequence[typing.Union[ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHosts, typing.Dict[builtins.str, typing.Any]]]] = None,
    server: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bc4ba5ae0444889a0634e39e466a1b0419748e07c5919efb341e197979baeada(
    *,
    ca: typing.Optional[typing.Sequence[typing.Union[ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsCa, typing.Dict[builtins.str, typing.Any]]]] = None,
    capabilities: typing.Optional[typing.Sequence[builtins.str]] = None,
    client: typing.Optional[typing.Sequence[typing.Union[ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClient, typing.Dict[builtins.str, typing.Any]]]] = None,
    dial_timeout: typing.Optional[builtins.str] = None,
    header: typing.Optional[typing.Sequence[typing.Union[ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsHeader, typing.Dict[builtins.str, typing.Any]]]] = None,
    host: typing.Optional[builtins.str] = None,
    override_path: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2fba2cf8917a17fdfdc50ff0c81b4df6b945f48becec55ebdd179ada7bc62aee(
    *,
    secret_ref: typing.Optional[typing.Union[ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsCaSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2b2e4b4c9f6439f3b0fd83ed17f5d7414c75aa041977ea813c3aa6cd3b94320d(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4cb396fa0ec566909278c26279709aadc9cad7664ecfd363984cef0097212a26(
    *,
    cert: typing.Optional[typing.Union[ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClientCert, typing.Dict[builtins.str, typing.Any]]] = None,
    key: typing.Optional[typing.Union[ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClientKey, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f444eafd46cd4dfd154b64b68a6f7890f4265cc1b233c964f4b8a10054c4eeba(
    *,
    secret_ref: typing.Optional[typing.Union[ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClientCertSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e732346ac220c26b6b406a4462674db54caf56c55e3c12189f6bffc974288e64(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__51cdfa8293664409970497d463e4ae42147f88c9473997f5e97af1301d16c6c3(
    *,
    secret_ref: typing.Optional[typing.Union[ContainerClusterSpecNodeConfigContainerdConfigRegistryHostsHostsClientKeySecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9e35cc237d3bdde847e3f5fed058c542275fd7d2e70ce878d33476088b7690e0(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2dca4a83ab2c7edab768c644691c59fd2d3df99d8a1f88bfa6459d9d7a20ee68(
    *,
    key: typing.Optional[builtins.str] = None,
    value: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6aed76cb170af13c7733a492889b6b7e970cb9bca510863daaa10b0140a53588(
    *,
    enabled: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9229790b1f11f5bd87328ff21fdb4b144e6041eb8f894824fe2e4ef8a57e6c66(
    *,
    local_ssd_count: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b04853206f4124fa8489cbcc72ea44c3080ce45177cd5c16f754a90ce1e57fac(
    *,
    local_ssd_count: jsii.Number,
    data_cache_count: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__18343f05201064bc3159e854d3c9eee5abfe481ab6de06fe65e977528484dd63(
    *,
    enabled: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__44f2e661fb78680fe5e111ce11a696ba910f01c24dae7635b04bc037961fe1e0(
    *,
    enabled: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__be732512e1a8594babfce7f00b351d5b6284770ea1482410223f386b2339cf5c(
    *,
    count: jsii.Number,
    type: builtins.str,
    gpu_driver_installation_config: typing.Optional[typing.Union[ContainerClusterSpecNodeConfigGuestAcceleratorGpuDriverInstallationConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    gpu_partition_size: typing.Optional[builtins.str] = None,
    gpu_sharing_config: typing.Optional[typing.Union[ContainerClusterSpecNodeConfigGuestAcceleratorGpuSharingConfig, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1bb24c8489881daad10b7636607ce83eafa231b3e4cbb5c3d53d5edfe899714f(
    *,
    gpu_driver_version: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fab2f183824fe28b885b9a2b6b4224cf285600bb7937c582b7a126636e543ebe(
    *,
    gpu_sharing_strategy: builtins.str,
    max_shared_clients_per_gpu: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__663efa249e9c844588a2bfdf00763b3b2d827453624cd42109fdb1fd1d5dbee6(
    *,
    enabled: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b3645f460f16a79616f046acb8aba05ddbef907ba1ed98e9bca8b4978f4abf2d(
    *,
    maintenance_interval: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7c431e3391513119c116439dd501472859075814082b52f2d953ee03d0801bca(
    *,
    cpu_manager_policy: builtins.str,
    cpu_cfs_quota: typing.Optional[builtins.bool] = None,
    cpu_cfs_quota_period: typing.Optional[builtins.str] = None,
    image_gc_high_threshold_percent: typing.Optional[jsii.Number] = None,
    image_gc_low_threshold_percent: typing.Optional[jsii.Number] = None,
    image_maximum_gc_age: typing.Optional[builtins.str] = None,
    image_minimum_gc_age: typing.Optional[builtins.str] = None,
    pod_pids_limit: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dfc4c97623a21c399fe668471850495fc22f0ab620671f11d4d5bd229918d988(
    *,
    cgroup_mode: typing.Optional[builtins.str] = None,
    sysctls: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d7b7be0a437a0d9c718f226f7a9387079575d6ba1302754adc0f3e863c58273e(
    *,
    local_ssd_count: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c97c6ea6c3bbdfe01eb9d246b467b91d323a862d00664aa695041e080269c807(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__27f3b99f44fe50e347453dc0a11d1f5d7d9274e90f3dc140b331bed8282dc072(
    *,
    consume_reservation_type: builtins.str,
    key: typing.Optional[builtins.str] = None,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__17e29b69589628411f1518b6709bdecc0d772b353cca874079a4bc3608461e2c(
    *,
    sandbox_type: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2d74ecbfa67f803f1868481c7513f40ad7f2bad31cfdf6b3fa13b37a68127040(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__99755d628be4246f324cfa5eac59b4f0b5ede1960bf501401c0dfa66e35fc7c0(
    *,
    enable_integrity_monitoring: typing.Optional[builtins.bool] = None,
    enable_secure_boot: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5d613d6d6104dfbaf3dd33991d02e0f5ef393bbb4636cdb3b5a31d1dabbca7a4(
    *,
    node_affinity: typing.Sequence[typing.Union[ContainerClusterSpecNodeConfigSoleTenantConfigNodeAffinity, typing.Dict[builtins.str, typing.Any]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0ed912148b34ee4675ba6574c150356138a56629e0aa4fe8790a3b6a74d1d874(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Sequence[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__102c7912bb5e290665ecf0a2e88dab3ac22b8e4bad7dcf9f6502b888e431baa8(
    *,
    effect: builtins.str,
    key: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f43704869903166460f250c95e876c01fc217c1dea1c8af3a9e44274787d557e(
    *,
    mode: typing.Optional[builtins.str] = None,
    node_metadata: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0266497eedc35a659e7a73a7cd94c8d5f2487187b9793eff6d946c704f013070(
    *,
    network_tags: typing.Optional[typing.Union[ContainerClusterSpecNodePoolAutoConfigNetworkTags, typing.Dict[builtins.str, typing.Any]]] = None,
    resource_manager_tags: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8378f821bc14f3b45359fbcc88ebee536ae73db55c39a696ddadd30a0895a472(
    *,
    tags: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e86523f36eb5e1f8da115c4336afd56fe683251a06dd718647d6190771208504(
    *,
    node_config_defaults: typing.Optional[typing.Union[ContainerClusterSpecNodePoolDefaultsNodeConfigDefaults, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a356141f4ab4373d0851401360d98712f8311e08724a6fb3444ee06cd484a760(
    *,
    gcfs_config: typing.Optional[typing.Union[ContainerClusterSpecNodePoolDefaultsNodeConfigDefaultsGcfsConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    logging_variant: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cdac4fca1c9b87d51fa2c465b2b605ec7fbd219b1cf168b11c3e69cad78d50bc(
    *,
    enabled: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0b53c9182607930cd64c6c417048b559494208c996639f996058d3faf9c65eec(
    *,
    pubsub: typing.Union[ContainerClusterSpecNotificationConfigPubsub, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8e6aaf4e9daf79639eb8a9d13a5a6fcec556712bc5190c9b48aa763ff86c3885(
    *,
    enabled: builtins.bool,
    filter: typing.Optional[typing.Union[ContainerClusterSpecNotificationConfigPubsubFilter, typing.Dict[builtins.str, typing.Any]]] = None,
    topic_ref: typing.Optional[typing.Union[ContainerClusterSpecNotificationConfigPubsubTopicRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__39fa9f147f168b2094ed4fc203ec85fcab853fca808de8ae9e68aaa703cf8f6f(
    *,
    event_type: typing.Sequence[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0dac8214205d6dd6e5446ca5fd22eb9cae0160ecdf4558fb3ae8b26f0d80508d(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8b43f633808307d440958fad310c9c1801a28d9032638daeeeae6a9502383f97(
    *,
    enabled: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b444aa582513a9dc14cd2d747ccc1e1fdfb0a265005d8a6c74eac4e7d0eaf8dd(
    *,
    enable_private_endpoint: typing.Optional[builtins.bool] = None,
    enable_private_nodes: typing.Optional[builtins.bool] = None,
    master_global_access_config: typing.Optional[typing.Union[ContainerClusterSpecPrivateClusterConfigMasterGlobalAccessConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    master_ipv4_cidr_block: typing.Optional[builtins.str] = None,
    peering_name: typing.Optional[builtins.str] = None,
    private_endpoint: typing.Optional[builtins.str] = None,
    private_endpoint_subnetwork_ref: typing.Optional[typing.Union[ContainerClusterSpecPrivateClusterConfigPrivateEndpointSubnetworkRef, typing.Dict[builtins.str, typing.Any]]] = None,
    public_endpoint: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dcbf6b2983955449350099e84c883a47bcb4c848231fcb7626131d0b51ee2edc(
    *,
    enabled: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cab457e6f27c069aa2bed2ef661f8225abe6b516714ee4d8fd6836982ed9c133(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a12cae7bc1be3158ca45152da1579a49a24805caea71f0a3db90e70025cc1670(
    *,
    workload_config: typing.Optional[typing.Union[ContainerClusterSpecProtectConfigWorkloadConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    workload_vulnerability_mode: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b2dca531bf8191bf902e0f0fa86aaf22d37851edd573f296d9ec8de686aa6fbb(
    *,
    audit_mode: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a6e5545fef908ddcfd89a69643acbe61e4e1f80a4c765c75312c8bfa54cca369(
    *,
    channel: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__be69a8c448cee8f65d6bcefa5cac40474fc3482ea5f9c84625ffca07a21097a4(
    *,
    bigquery_destination: typing.Union[ContainerClusterSpecResourceUsageExportConfigBigqueryDestination, typing.Dict[builtins.str, typing.Any]],
    enable_network_egress_metering: typing.Optional[builtins.bool] = None,
    enable_resource_consumption_metering: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4decec5250f8633f91c9defc4056542dc43de30da0bd0a125ca19fd4939717a0(
    *,
    dataset_id: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a8cfb80d15213ca0cb49a52e18adef6a3ac071f7d6103510c25145935df2dfec(
    *,
    mode: typing.Optional[builtins.str] = None,
    vulnerability_mode: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c87682c047657b3bd81c9d6531c463c40585cd96ba9fd6f0db0c36241ad2bbd5(
    *,
    enabled: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__876156c07c2e79d2fd018b11c9243140ad850121c15bec69b16e3dde8b5848b7(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fa1aaf1880bd1c53a2b3d8b99351917920cbd34f89af265b29b29df81e59661f(
    *,
    enabled: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3c3d2267b179d3cc6866a95dac01a679dc23212ecaac16027aa538184a48fbbd(
    *,
    identity_namespace: typing.Optional[builtins.str] = None,
    workload_pool: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__09f95761e090354ed8ee270151646ecca4d1d01692d5d9c49fb4ae0011f69a83(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[ContainerNodePoolSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e037b839b43f91486db695fe46faafbbcbbdadb8d90ebb73f49ed17ad1fe8bb5(
    *,
    spec: typing.Union[ContainerNodePoolSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1181854641af22fb321968a4363b548682333fbca7068b75dba03722dc12c988(
    *,
    cluster_ref: typing.Union[ContainerNodePoolSpecClusterRef, typing.Dict[builtins.str, typing.Any]],
    location: builtins.str,
    autoscaling: typing.Optional[typing.Union[ContainerNodePoolSpecAutoscaling, typing.Dict[builtins.str, typing.Any]]] = None,
    initial_node_count: typing.Optional[jsii.Number] = None,
    management: typing.Optional[typing.Union[ContainerNodePoolSpecManagement, typing.Dict[builtins.str, typing.Any]]] = None,
    max_pods_per_node: typing.Optional[jsii.Number] = None,
    name_prefix: typing.Optional[builtins.str] = None,
    network_config: typing.Optional[typing.Union[ContainerNodePoolSpecNetworkConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    node_config: typing.Optional[typing.Union[ContainerNodePoolSpecNodeConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    node_count: typing.Optional[jsii.Number] = None,
    node_locations: typing.Optional[typing.Sequence[builtins.str]] = None,
    placement_policy: typing.Optional[typing.Union[ContainerNodePoolSpecPlacementPolicy, typing.Dict[builtins.str, typing.Any]]] = None,
    queued_provisioning: typing.Optional[typing.Union[ContainerNodePoolSpecQueuedProvisioning, typing.Dict[builtins.str, typing.Any]]] = None,
    resource_id: typing.Optional[builtins.str] = None,
    upgrade_settings: typing.Optional[typing.Union[ContainerNodePoolSpecUpgradeSettings, typing.Dict[builtins.str, typing.Any]]] = None,
    version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d3205b37edae90a43acdf1bef88ca5bb2d0b8a3a0dd3c757e3a99cdb61fbb02c(
    *,
    location_policy: typing.Optional[builtins.str] = None,
    max_node_count: typing.Optional[jsii.Number] = None,
    min_node_count: typing.Optional[jsii.Number] = None,
    total_max_node_count: typing.Optional[jsii.Number] = None,
    total_min_node_count: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a424298ce47a76cb3933cc6ff05232977aad9fecc4efd2ae236da39200bcd3ab(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__351c13ecb6bf4054507d1332b8141c804df23c871380bb9ae01fffae5ecd6cf7(
    *,
    auto_repair: typing.Optional[builtins.bool] = None,
    auto_upgrade: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__12fceee945fad70a3519f7a1248f602f633b55274433abf2ffd972beb4321268(
    *,
    additional_node_network_configs: typing.Optional[typing.Sequence[typing.Union[ContainerNodePoolSpecNetworkConfigAdditionalNodeNetworkConfigs, typing.Dict[builtins.str, typing.Any]]]] = None,
    additional_pod_network_configs: typing.Optional[typing.Sequence[typing.Union[ContainerNodePoolSpecNetworkConfigAdditionalPodNetworkConfigs, typing.Dict[builtins.str, typing.Any]]]] = None,
    create_pod_range: typing.Optional[builtins.bool] = None,
    enable_private_nodes: typing.Optional[builtins.bool] = None,
    pod_cidr_overprovision_config: typing.Optional[typing.Union[ContainerNodePoolSpecNetworkConfigPodCidrOverprovisionConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    pod_ipv4_cidr_block: typing.Optional[builtins.str] = None,
    pod_range: typing.Optional[builtins.str] = None,
    subnetwork_ref: typing.Optional[typing.Union[ContainerNodePoolSpecNetworkConfigSubnetworkRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__19a8cf31a6737aae82377e450d5d6f1927c62bcdaa906c187304dcee4809d864(
    *,
    network_ref: typing.Optional[typing.Union[ContainerNodePoolSpecNetworkConfigAdditionalNodeNetworkConfigsNetworkRef, typing.Dict[builtins.str, typing.Any]]] = None,
    subnetwork_ref: typing.Optional[typing.Union[ContainerNodePoolSpecNetworkConfigAdditionalNodeNetworkConfigsSubnetworkRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__261e890706a93b22a68c2b431617cabd838088ebe8d86f35f41cbfdf280c0a88(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__788afc42a05576f31ecc335d4513a7069cc11ce369d8f1121f84a37d947ee648(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f56d68d51a5f56e70a24e55f8d2ad4e1906efadf7de739d3b10774cd822262f9(
    *,
    max_pods_per_node: typing.Optional[jsii.Number] = None,
    secondary_pod_range: typing.Optional[builtins.str] = None,
    subnetwork_ref: typing.Optional[typing.Union[ContainerNodePoolSpecNetworkConfigAdditionalPodNetworkConfigsSubnetworkRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8167bcd5029f48fd4446c2086429c090397f12c16b0b05539a01f1d267883251(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__337f760db77b2e7123381b669406dfec5a2d02bbc244d0eb62caab6f0ecadfce(
    *,
    disabled: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cf96784b4e2ff6ce40c64b24dc509dedf4cbff03219a1af5342de7806890e0e3(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__36814618590db7b82b8e88431c3ce47eb2fae5387c88528473cf166aee4c2a64(
    *,
    advanced_machine_features: typing.Optional[typing.Union[ContainerNodePoolSpecNodeConfigAdvancedMachineFeatures, typing.Dict[builtins.str, typing.Any]]] = None,
    boot_disk_kms_crypto_key_ref: typing.Optional[typing.Union[ContainerNodePoolSpecNodeConfigBootDiskKmsCryptoKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    confidential_nodes: typing.Optional[typing.Union[ContainerNodePoolSpecNodeConfigConfidentialNodes, typing.Dict[builtins.str, typing.Any]]] = None,
    containerd_config: typing.Optional[typing.Union[ContainerNodePoolSpecNodeConfigContainerdConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    disk_size_gb: typing.Optional[jsii.Number] = None,
    disk_type: typing.Optional[builtins.str] = None,
    ephemeral_storage_config: typing.Optional[typing.Union[ContainerNodePoolSpecNodeConfigEphemeralStorageConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    ephemeral_storage_local_ssd_config: typing.Optional[typing.Union[ContainerNodePoolSpecNodeConfigEphemeralStorageLocalSsdConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    fast_socket: typing.Optional[typing.Union[ContainerNodePoolSpecNodeConfigFastSocket, typing.Dict[builtins.str, typing.Any]]] = None,
    gcfs_config: typing.Optional[typing.Union[ContainerNodePoolSpecNodeConfigGcfsConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    guest_accelerator: typing.Optional[typing.Sequence[typing.Union[ContainerNodePoolSpecNodeConfigGuestAccelerator, typing.Dict[builtins.str, typing.Any]]]] = None,
    gvnic: typing.Optional[typing.Union[ContainerNodePoolSpecNodeConfigGvnic, typing.Dict[builtins.str, typing.Any]]] = None,
    host_maintenance_policy: typing.Optional[typing.Union[ContainerNodePoolSpecNodeConfigHostMaintenancePolicy, typing.Dict[builtins.str, typing.Any]]] = None,
    image_type: typing.Optional[builtins.str] = None,
    kubelet_config: typing.Optional[typing.Union[ContainerNodePoolSpecNodeConfigKubeletConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    linux_node_config: typing.Optional[typing.Union[ContainerNodePoolSpecNodeConfigLinuxNodeConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    local_nvme_ssd_block_config: typing.Optional[typing.Union[ContainerNodePoolSpecNodeConfigLocalNvmeSsdBlockConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    local_ssd_count: typing.Optional[jsii.Number] = None,
    logging_variant: typing.Optional[builtins.str] = None,
    machine_type: typing.Optional[builtins.str] = None,
    metadata: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    min_cpu_platform: typing.Optional[builtins.str] = None,
    node_group_ref: typing.Optional[typing.Union[ContainerNodePoolSpecNodeConfigNodeGroupRef, typing.Dict[builtins.str, typing.Any]]] = None,
    oauth_scopes: typing.Optional[typing.Sequence[builtins.str]] = None,
    preemptible: typing.Optional[builtins.bool] = None,
    reservation_affinity: typing.Optional[typing.Union[ContainerNodePoolSpecNodeConfigReservationAffinity, typing.Dict[builtins.str, typing.Any]]] = None,
    resource_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    resource_manager_tags: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    sandbox_config: typing.Optional[typing.Union[ContainerNodePoolSpecNodeConfigSandboxConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    service_account_ref: typing.Optional[typing.Union[ContainerNodePoolSpecNodeConfigServiceAccountRef, typing.Dict[builtins.str, typing.Any]]] = None,
    shielded_instance_config: typing.Optional[typing.Union[ContainerNodePoolSpecNodeConfigShieldedInstanceConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    sole_tenant_config: typing.Optional[typing.Union[ContainerNodePoolSpecNodeConfigSoleTenantConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    spot: typing.Optional[builtins.bool] = None,
    tags: typing.Optional[typing.Sequence[builtins.str]] = None,
    taint: typing.Optional[typing.Sequence[typing.Union[ContainerNodePoolSpecNodeConfigTaint, typing.Dict[builtins.str, typing.Any]]]] = None,
    windows_node_config: typing.Optional[typing.Union[ContainerNodePoolSpecNodeConfigWindowsNodeConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    workload_metadata_config: typing.Optional[typing.Union[ContainerNodePoolSpecNodeConfigWorkloadMetadataConfig, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__64bf16f15f7c8cf3784da7c6df2bd9153e1ae0ba32dac8f056b8e856927adebb(
    *,
    enable_nested_virtualization: typing.Optional[builtins.bool] = None,
    threads_per_core: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0a3c9d711b82eebed04e8cc007b805c3b62feea115bd85ed80486da1ab36aeb5(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__11deacebac1b7265b678b5bbafe86fe5c2e3c959b422ac9372ec21b8429e5e7f(
    *,
    enabled: builtins.bool,
    confidential_instance_type: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1ff288d0fa76b4fd340e6a72ecffd6cb0d2b0e58bb6cbf28a6dd53ef36357cc0(
    *,
    private_registry_access_config: typing.Optional[typing.Union[ContainerNodePoolSpecNodeConfigContainerdConfigPrivateRegistryAccessConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    registry_hosts: typing.Optional[typing.Sequence[typing.Union[ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHosts, typing.Dict[builtins.str, typing.Any]]]] = None,
    writable_cgroups: typing.Optional[typing.Union[ContainerNodePoolSpecNodeConfigContainerdConfigWritableCgroups, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6cd8fc2b62d9b68b898245817474ee8fd718f44f1bc37691fa6b2c73db0adc07(
    *,
    certificate_authority_domain_config: typing.Optional[typing.Sequence[typing.Union[ContainerNodePoolSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfig, typing.Dict[builtins.str, typing.Any]]]] = None,
    enabled: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9b40a3371f344fef00f1ad38c45c79cb0c0f88333afadf66e2e0053bd9e49953(
    *,
    fqdns: typing.Optional[typing.Sequence[builtins.str]] = None,
    gcp_secret_manager_certificate_config: typing.Optional[typing.Union[ContainerNodePoolSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfig, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f3857aa4d49c1c0fdc666f0f8375fc0adc78f39a1a0ea2426c39bd2e47bc8e67(
    *,
    secret_ref: typing.Optional[typing.Union[ContainerNodePoolSpecNodeConfigContainerdConfigPrivateRegistryAccessConfigCertificateAuthorityDomainConfigGcpSecretManagerCertificateConfigSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1843a9d469a701f53b12939b0e7f3c096ba90c7e420d934d729abdbaac5507be(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dfdb3c7ec9f4783781b0387d3ae8c4341b435b4e8fcc4f217539dbc1784147ba(
    *,
    hosts: typing.Optional[typing.Sequence[typing.Union[ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHosts, typing.Dict[builtins.str, typing.Any]]]] = None,
    server: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dc5858b79d52f9ab89a76166ec8a32006d8423c6885a8dc4c4a8f74eebc5ca53(
    *,
    ca: typing.Optional[typing.Sequence[typing.Union[ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsCa, typing.Dict[builtins.str, typing.Any]]]] = None,
    capabilities: typing.Optional[typing.Sequence[builtins.str]] = None,
    client: typing.Optional[typing.Sequence[typing.Union[ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClient, typing.Dict[builtins.str, typing.Any]]]] = None,
    dial_timeout: typing.Optional[builtins.str] = None,
    header: typing.Optional[typing.Sequence[typing.Union[ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsHeader, typing.Dict[builtins.str, typing.Any]]]] = None,
    host: typing.Optional[builtins.str] = None,
    override_path: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b00b0dc9fa8bd880e7351f717f6ad9a63260786269cfcc429055a2cf4c1d5959(
    *,
    secret_ref: typing.Optional[typing.Union[ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsCaSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b611867217da88f6eb40d8cb893a2d72032eae0f1250b45b24e1b88e4fc75c1f(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fdb5683d0eec7f9b42d98519eea05d10f7220c79fc0ceb99a45767229b6983f2(
    *,
    cert: typing.Optional[typing.Union[ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClientCert, typing.Dict[builtins.str, typing.Any]]] = None,
    key: typing.Optional[typing.Union[ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClientKey, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__541f7c3d1d68d735985b7863a2c17a708d7fa0c8c0e0ed8893c0f8ac4a00616e(
    *,
    secret_ref: typing.Optional[typing.Union[ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClientCertSecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5a96416247b3de627eb9fed282118c65e4b6c17fcd43a2bb4937a63cc3c073c5(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c9a08d2e0f861e1ad85fb00f6e6ed982aa338107373114b0149f4e1667831446(
    *,
    secret_ref: typing.Optional[typing.Union[ContainerNodePoolSpecNodeConfigContainerdConfigRegistryHostsHostsClientKeySecretRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2aa023c8246d42c4d81b306a91b92b674703af613df74b9a0415f2470075d11f(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c2672283f1bdfc362129f3aa840d4baf170481af4337f507fdda847304f757e9(
    *,
    key: typing.Optional[builtins.str] = None,
    value: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__319ab2c2298cce0cb31ff3ffc13261701c12f40a3ea3d96deafa0b922b32c213(
    *,
    enabled: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ce5628b5a6a4cb2c47b11839054c8f8cd0757ad94bb6ceb12e7f5e29fcd0531e(
    *,
    local_ssd_count: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2ee75eb9b99264f629067f65b980353c5d9476eb64650d4dc79da611bae9055a(
    *,
    local_ssd_count: jsii.Number,
    data_cache_count: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eb3294500dc7f30d71f898df98682914f71fa8870ae42e968d23fc89e1328377(
    *,
    enabled: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4d92e7ec67ab7e1d3749f6d384c89cf376d7bdb35e09242f5656fc30f13c8561(
    *,
    enabled: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__520a02db5e93243a242540877d9f03f582279e27d565b852eb126bb556c561f9(
    *,
    count: jsii.Number,
    type: builtins.str,
    gpu_driver_installation_config: typing.Optional[typing.Union[ContainerNodePoolSpecNodeConfigGuestAcceleratorGpuDriverInstallationConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    gpu_partition_size: typing.Optional[builtins.str] = None,
    gpu_sharing_config: typing.Optional[typing.Union[ContainerNodePoolSpecNodeConfigGuestAcceleratorGpuSharingConfig, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__06ceab9211ab85d607b39c8ef572f6360c2add7f49d2f66e298aa522c84a2044(
    *,
    gpu_driver_version: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b9651499e257826b46262916c66bc15b7a368658cfc0cd6c58861c1b47e8e59e(
    *,
    gpu_sharing_strategy: builtins.str,
    max_shared_clients_per_gpu: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6235937000a04b44c04fd4792d9d738003acef66d0cc3a04069abfaa236bb478(
    *,
    enabled: builtins.bool,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fd44a8b14023bde4930574767aa2c44b2b322204db9c609b7246fad7b6fee33a(
    *,
    maintenance_interval: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5e46a911ecefea6e9b568e53a48d14acbc2364b6b3ea420a3ed0a53e58929831(
    *,
    cpu_manager_policy: builtins.str,
    cpu_cfs_quota: typing.Optional[builtins.bool] = None,
    cpu_cfs_quota_period: typing.Optional[builtins.str] = None,
    image_gc_high_threshold_percent: typing.Optional[jsii.Number] = None,
    image_gc_low_threshold_percent: typing.Optional[jsii.Number] = None,
    image_maximum_gc_age: typing.Optional[builtins.str] = None,
    image_minimum_gc_age: typing.Optional[builtins.str] = None,
    pod_pids_limit: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d10cefdd77680e841b09ad4e9d188411a194bbf49fc939472ecb4c95f94435f5(
    *,
    cgroup_mode: typing.Optional[builtins.str] = None,
    sysctls: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d1c9402e79125bbdd6eb52ea835592a7be2eb76d51fca51e6eb199a0d034c976(
    *,
    local_ssd_count: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__58dab9520b7172db6cbc9604387169831e57bd89d35edecdd3183900fc5e90c8(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8986b25c5813223603b671f0ae114fbeba74382f6f31b6138b68fc4664efecdd(
    *,
    consume_reservation_type: builtins.str,
    key: typing.Optional[builtins.str] = None,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0cc30c94133831fa833b6ac21888293e821839c10f57e102988199dae04ff572(
    *,
    sandbox_type: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__242b96505fb4687a285811ed3af88bb062598cb14fa36ff8177672aadb3c1453(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__38bc1d686ddccd1b2182b075e12f0b90847ffb814eb07a76bfb3444aa8b68f0f(
    *,
    enable_integrity_monitoring: typing.Optional[builtins.bool] = None,
    enable_secure_boot: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__faad9055d21f183280dc534138a2fd4085bfdac357c8e91344b27a29e77f21f6(
    *,
    node_affinity: typing.Sequence[typing.Union[ContainerNodePoolSpecNodeConfigSoleTenantConfigNodeAffinity, typing.Dict[builtins.str, typing.Any]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__27b51e68e0913b3e0b9bbe44a2ebebbcd4c0d12acd3b1d061ca547e124a65a7d(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Sequence[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c400747be6ea5a457ddce426fb8b97bae90407dad5d83b2899c3ed62a50eccef(
    *,
    effect: builtins.str,
    key: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__85f342df19ed2203ba845f47bbb309187a6b7ddd754bae51074110229c2cd2b4(
    *,
    os_version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ef1886233294546d73bb44ccd0ef461048913cf178b5946c009031eab942f831(
    *,
    mode: typing.Optional[builtins.str] = None,
    node_metadata: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__801f4ac37bfd25d61cc007e7825087f909562a4eb20fc015fde7803e069c0ba9(
    *,
    type: builtins.str,
    policy_name_ref: typing.Optional[typing.Union[ContainerNodePoolSpecPlacementPolicyPolicyNameRef, typing.Dict[builtins.str, typing.Any]]] = None,
    tpu_topology: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4d0c49ceda6775147e40fc0cb5b5a169e5e700e773bc1d03f450c824a009565e(
    *,
    external: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c98aaec9ed04e8d1a295823ccbcee7874373064c00dcf734c374d9225fb87354(
    *,
    enabled: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__77189be17819e9843ec6477aa9292b19cba1e8b60799c86b21c6f7de705958ab(
    *,
    blue_green_settings: typing.Optional[typing.Union[ContainerNodePoolSpecUpgradeSettingsBlueGreenSettings, typing.Dict[builtins.str, typing.Any]]] = None,
    max_surge: typing.Optional[jsii.Number] = None,
    max_unavailable: typing.Optional[jsii.Number] = None,
    strategy: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__468e408239b7d2221b2408c6ae3dd70709df289c77c05f7651c6c06037c8a5b5(
    *,
    standard_rollout_policy: typing.Union[ContainerNodePoolSpecUpgradeSettingsBlueGreenSettingsStandardRolloutPolicy, typing.Dict[builtins.str, typing.Any]],
    node_pool_soak_duration: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2f9470e186bee696d09f0955a97599e0f3df5ccf22373c8aac69e387559f6713(
    *,
    batch_node_count: typing.Optional[jsii.Number] = None,
    batch_percentage: typing.Optional[jsii.Number] = None,
    batch_soak_duration: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
