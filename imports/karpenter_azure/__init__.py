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


class AksNodeClass(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClass",
):
    '''AKSNodeClass is the Schema for the AKSNodeClass API.

    :schema: AKSNodeClass
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["AksNodeClassSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "AKSNodeClass" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: spec is the top level specification for the AKS Karpenter Provider. This will contain configuration necessary to launch instances in AKS.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cef7979cf3c4e43526cb335df6a83c71e31a296610e2b08826a8c85b17455e1b)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = AksNodeClassProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["AksNodeClassSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "AKSNodeClass".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: spec is the top level specification for the AKS Karpenter Provider. This will contain configuration necessary to launch instances in AKS.
        '''
        props = AksNodeClassProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "AKSNodeClass".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class AksNodeClassProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["AksNodeClassSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''AKSNodeClass is the Schema for the AKSNodeClass API.

        :param metadata: 
        :param spec: spec is the top level specification for the AKS Karpenter Provider. This will contain configuration necessary to launch instances in AKS.

        :schema: AKSNodeClass
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = AksNodeClassSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__33ec600a7fe7b19c8540dd85b3fafbcb158957badae690f9dafada76df67d42c)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: AKSNodeClass#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["AksNodeClassSpec"]:
        '''spec is the top level specification for the AKS Karpenter Provider.

        This will contain configuration necessary to launch instances in AKS.

        :schema: AKSNodeClass#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["AksNodeClassSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AksNodeClassProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassSpec",
    jsii_struct_bases=[],
    name_mapping={
        "artifact_streaming": "artifactStreaming",
        "fips_mode": "fipsMode",
        "gpu": "gpu",
        "image_family": "imageFamily",
        "kubelet": "kubelet",
        "linux_os_config": "linuxOsConfig",
        "local_dns": "localDns",
        "max_pods": "maxPods",
        "os_disk_size_gb": "osDiskSizeGb",
        "security": "security",
        "tags": "tags",
        "vnet_subnet_id": "vnetSubnetId",
    },
)
class AksNodeClassSpec:
    def __init__(
        self,
        *,
        artifact_streaming: typing.Optional[typing.Union["AksNodeClassSpecArtifactStreaming", typing.Dict[builtins.str, typing.Any]]] = None,
        fips_mode: typing.Optional["AksNodeClassSpecFipsMode"] = None,
        gpu: typing.Optional[typing.Union["AksNodeClassSpecGpu", typing.Dict[builtins.str, typing.Any]]] = None,
        image_family: typing.Optional["AksNodeClassSpecImageFamily"] = None,
        kubelet: typing.Optional[typing.Union["AksNodeClassSpecKubelet", typing.Dict[builtins.str, typing.Any]]] = None,
        linux_os_config: typing.Optional[typing.Union["AksNodeClassSpecLinuxOsConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        local_dns: typing.Optional[typing.Union["AksNodeClassSpecLocalDns", typing.Dict[builtins.str, typing.Any]]] = None,
        max_pods: typing.Optional[jsii.Number] = None,
        os_disk_size_gb: typing.Optional[jsii.Number] = None,
        security: typing.Optional[typing.Union["AksNodeClassSpecSecurity", typing.Dict[builtins.str, typing.Any]]] = None,
        tags: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        vnet_subnet_id: typing.Optional[builtins.str] = None,
    ) -> None:
        '''spec is the top level specification for the AKS Karpenter Provider.

        This will contain configuration necessary to launch instances in AKS.

        :param artifact_streaming: artifactStreaming configures artifact streaming for provisioned nodes. Artifact streaming allows container images to be streamed on demand to nodes rather than fully downloaded before starting.
        :param fips_mode: fipsMode controls FIPS compliance for the provisioned nodes.
        :param gpu: gpu contains configuration for GPU-enabled nodes.
        :param image_family: imageFamily is the image family that instances use.
        :param kubelet: kubelet defines args to be used when configuring kubelet on provisioned nodes. They are a subset of the upstream types, recognizing not all options may be supported. Wherever possible, the types and names should reflect the upstream kubelet types.
        :param linux_os_config: linuxOSConfig specifies OS settings for Linux agent nodes. These map to the AKS Custom Linux OS Configuration feature. For more information, see: https://learn.microsoft.com/en-us/azure/aks/custom-node-configuration
        :param local_dns: localDNS configures the per-node local DNS, with VnetDNS and KubeDNS overrides. LocalDNS helps improve performance and reliability of DNS resolution in an AKS cluster. For more details see aka.ms/aks/localdns.
        :param max_pods: maxPods is an override for the maximum number of pods that can run on a worker node instance. See minimum + maximum pods per node documentation: https://learn.microsoft.com/en-us/azure/aks/concepts-network-ip-address-planning#maximum-pods-per-node Default behavior if this is not specified depends on the network plugin: - If Network Plugin is Azure with "" (v1 or NodeSubnet), the default is 30. - If Network Plugin is Azure with "overlay", the default is 250. - If Network Plugin is None, the default is 250. - Otherwise, the default is 110 (the usual Kubernetes default).
        :param os_disk_size_gb: osDiskSizeGB is the size of the OS disk in GB.
        :param security: security is a collection of security related karpenter fields.
        :param tags: tags to be applied on Azure resources like instances.
        :param vnet_subnet_id: vnetSubnetID is the subnet used by nics provisioned with this nodeclass. If not specified, we will use the default --vnet-subnet-id specified in karpenter's options config

        :schema: AksNodeClassSpec
        '''
        if isinstance(artifact_streaming, dict):
            artifact_streaming = AksNodeClassSpecArtifactStreaming(**artifact_streaming)
        if isinstance(gpu, dict):
            gpu = AksNodeClassSpecGpu(**gpu)
        if isinstance(kubelet, dict):
            kubelet = AksNodeClassSpecKubelet(**kubelet)
        if isinstance(linux_os_config, dict):
            linux_os_config = AksNodeClassSpecLinuxOsConfig(**linux_os_config)
        if isinstance(local_dns, dict):
            local_dns = AksNodeClassSpecLocalDns(**local_dns)
        if isinstance(security, dict):
            security = AksNodeClassSpecSecurity(**security)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e0da893f7af2badc9fc1ec3aa7c14c8e49b0ff66279a093cf6c16a6a806310ff)
            check_type(argname="argument artifact_streaming", value=artifact_streaming, expected_type=type_hints["artifact_streaming"])
            check_type(argname="argument fips_mode", value=fips_mode, expected_type=type_hints["fips_mode"])
            check_type(argname="argument gpu", value=gpu, expected_type=type_hints["gpu"])
            check_type(argname="argument image_family", value=image_family, expected_type=type_hints["image_family"])
            check_type(argname="argument kubelet", value=kubelet, expected_type=type_hints["kubelet"])
            check_type(argname="argument linux_os_config", value=linux_os_config, expected_type=type_hints["linux_os_config"])
            check_type(argname="argument local_dns", value=local_dns, expected_type=type_hints["local_dns"])
            check_type(argname="argument max_pods", value=max_pods, expected_type=type_hints["max_pods"])
            check_type(argname="argument os_disk_size_gb", value=os_disk_size_gb, expected_type=type_hints["os_disk_size_gb"])
            check_type(argname="argument security", value=security, expected_type=type_hints["security"])
            check_type(argname="argument tags", value=tags, expected_type=type_hints["tags"])
            check_type(argname="argument vnet_subnet_id", value=vnet_subnet_id, expected_type=type_hints["vnet_subnet_id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if artifact_streaming is not None:
            self._values["artifact_streaming"] = artifact_streaming
        if fips_mode is not None:
            self._values["fips_mode"] = fips_mode
        if gpu is not None:
            self._values["gpu"] = gpu
        if image_family is not None:
            self._values["image_family"] = image_family
        if kubelet is not None:
            self._values["kubelet"] = kubelet
        if linux_os_config is not None:
            self._values["linux_os_config"] = linux_os_config
        if local_dns is not None:
            self._values["local_dns"] = local_dns
        if max_pods is not None:
            self._values["max_pods"] = max_pods
        if os_disk_size_gb is not None:
            self._values["os_disk_size_gb"] = os_disk_size_gb
        if security is not None:
            self._values["security"] = security
        if tags is not None:
            self._values["tags"] = tags
        if vnet_subnet_id is not None:
            self._values["vnet_subnet_id"] = vnet_subnet_id

    @builtins.property
    def artifact_streaming(
        self,
    ) -> typing.Optional["AksNodeClassSpecArtifactStreaming"]:
        '''artifactStreaming configures artifact streaming for provisioned nodes.

        Artifact streaming allows container images to be streamed on demand to nodes rather than fully downloaded before starting.

        :schema: AksNodeClassSpec#artifactStreaming
        '''
        result = self._values.get("artifact_streaming")
        return typing.cast(typing.Optional["AksNodeClassSpecArtifactStreaming"], result)

    @builtins.property
    def fips_mode(self) -> typing.Optional["AksNodeClassSpecFipsMode"]:
        '''fipsMode controls FIPS compliance for the provisioned nodes.

        :schema: AksNodeClassSpec#fipsMode
        '''
        result = self._values.get("fips_mode")
        return typing.cast(typing.Optional["AksNodeClassSpecFipsMode"], result)

    @builtins.property
    def gpu(self) -> typing.Optional["AksNodeClassSpecGpu"]:
        '''gpu contains configuration for GPU-enabled nodes.

        :schema: AksNodeClassSpec#gpu
        '''
        result = self._values.get("gpu")
        return typing.cast(typing.Optional["AksNodeClassSpecGpu"], result)

    @builtins.property
    def image_family(self) -> typing.Optional["AksNodeClassSpecImageFamily"]:
        '''imageFamily is the image family that instances use.

        :schema: AksNodeClassSpec#imageFamily
        '''
        result = self._values.get("image_family")
        return typing.cast(typing.Optional["AksNodeClassSpecImageFamily"], result)

    @builtins.property
    def kubelet(self) -> typing.Optional["AksNodeClassSpecKubelet"]:
        '''kubelet defines args to be used when configuring kubelet on provisioned nodes.

        They are a subset of the upstream types, recognizing not all options may be supported.
        Wherever possible, the types and names should reflect the upstream kubelet types.

        :schema: AksNodeClassSpec#kubelet
        '''
        result = self._values.get("kubelet")
        return typing.cast(typing.Optional["AksNodeClassSpecKubelet"], result)

    @builtins.property
    def linux_os_config(self) -> typing.Optional["AksNodeClassSpecLinuxOsConfig"]:
        '''linuxOSConfig specifies OS settings for Linux agent nodes.

        These map to the AKS Custom Linux OS Configuration feature.
        For more information, see:
        https://learn.microsoft.com/en-us/azure/aks/custom-node-configuration

        :schema: AksNodeClassSpec#linuxOSConfig
        '''
        result = self._values.get("linux_os_config")
        return typing.cast(typing.Optional["AksNodeClassSpecLinuxOsConfig"], result)

    @builtins.property
    def local_dns(self) -> typing.Optional["AksNodeClassSpecLocalDns"]:
        '''localDNS configures the per-node local DNS, with VnetDNS and KubeDNS overrides.

        LocalDNS helps improve performance and reliability of DNS resolution in an AKS cluster.
        For more details see aka.ms/aks/localdns.

        :schema: AksNodeClassSpec#localDNS
        '''
        result = self._values.get("local_dns")
        return typing.cast(typing.Optional["AksNodeClassSpecLocalDns"], result)

    @builtins.property
    def max_pods(self) -> typing.Optional[jsii.Number]:
        '''maxPods is an override for the maximum number of pods that can run on a worker node instance.

        See minimum + maximum pods per node documentation: https://learn.microsoft.com/en-us/azure/aks/concepts-network-ip-address-planning#maximum-pods-per-node
        Default behavior if this is not specified depends on the network plugin:

        - If Network Plugin is Azure with "" (v1 or NodeSubnet), the default is 30.
        - If Network Plugin is Azure with "overlay", the default is 250.
        - If Network Plugin is None, the default is 250.
        - Otherwise, the default is 110 (the usual Kubernetes default).

        :schema: AksNodeClassSpec#maxPods
        '''
        result = self._values.get("max_pods")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def os_disk_size_gb(self) -> typing.Optional[jsii.Number]:
        '''osDiskSizeGB is the size of the OS disk in GB.

        :schema: AksNodeClassSpec#osDiskSizeGB
        '''
        result = self._values.get("os_disk_size_gb")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def security(self) -> typing.Optional["AksNodeClassSpecSecurity"]:
        '''security is a collection of security related karpenter fields.

        :schema: AksNodeClassSpec#security
        '''
        result = self._values.get("security")
        return typing.cast(typing.Optional["AksNodeClassSpecSecurity"], result)

    @builtins.property
    def tags(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''tags to be applied on Azure resources like instances.

        :schema: AksNodeClassSpec#tags
        '''
        result = self._values.get("tags")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def vnet_subnet_id(self) -> typing.Optional[builtins.str]:
        '''vnetSubnetID is the subnet used by nics provisioned with this nodeclass.

        If not specified, we will use the default --vnet-subnet-id specified in karpenter's options config

        :schema: AksNodeClassSpec#vnetSubnetID
        '''
        result = self._values.get("vnet_subnet_id")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AksNodeClassSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassSpecArtifactStreaming",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class AksNodeClassSpecArtifactStreaming:
    def __init__(self, *, enabled: typing.Optional[builtins.bool] = None) -> None:
        '''artifactStreaming configures artifact streaming for provisioned nodes.

        Artifact streaming allows container images to be streamed on demand to nodes rather than fully downloaded before starting.

        :param enabled: enabled controls the artifact streaming mode. Artifact streaming speeds up the cold-start of containers on a node through on-demand image loading. To use this feature, container images must also enable artifact streaming on ACR. If not specified, defaults to false.

        :schema: AksNodeClassSpecArtifactStreaming
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__68a2f3ec3974f2e348a076f1010c17bcc6d1c5135877dd0990593d56db02916d)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''enabled controls the artifact streaming mode.

        Artifact streaming speeds up the cold-start of containers on a node through on-demand image loading. To use this feature, container images must also enable artifact streaming on ACR.
        If not specified, defaults to false.

        :schema: AksNodeClassSpecArtifactStreaming#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AksNodeClassSpecArtifactStreaming(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassSpecFipsMode")
class AksNodeClassSpecFipsMode(enum.Enum):
    '''fipsMode controls FIPS compliance for the provisioned nodes.

    :schema: AksNodeClassSpecFipsMode
    '''

    FIPS = "FIPS"
    '''FIPS.'''
    DISABLED = "DISABLED"
    '''Disabled.'''


@jsii.data_type(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassSpecGpu",
    jsii_struct_bases=[],
    name_mapping={"mode": "mode"},
)
class AksNodeClassSpecGpu:
    def __init__(
        self,
        *,
        mode: typing.Optional["AksNodeClassSpecGpuMode"] = None,
    ) -> None:
        '''gpu contains configuration for GPU-enabled nodes.

        :param mode: mode controls GPU driver management on GPU-enabled nodes. When set to Driver (or not specified), GPU drivers are installed by AKS and only GPU SKUs with managed driver installation support are considered for scheduling. Currently, only NVIDIA GPUs support managed driver installation. When set to None, GPU driver installation is skipped — use this when managing GPU drivers via a GPU Operator or other external mechanism. All GPU SKUs are available for scheduling in this mode. This field is ignored for non-GPU VM sizes.

        :schema: AksNodeClassSpecGpu
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a8f0f4a370226389dd08db4299592affc6abf51953d2776f14b3362b1b0bedc3)
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if mode is not None:
            self._values["mode"] = mode

    @builtins.property
    def mode(self) -> typing.Optional["AksNodeClassSpecGpuMode"]:
        '''mode controls GPU driver management on GPU-enabled nodes.

        When set to Driver (or not specified), GPU drivers are installed by AKS
        and only GPU SKUs with managed driver installation support are considered for scheduling.
        Currently, only NVIDIA GPUs support managed driver installation.
        When set to None, GPU driver installation is skipped — use this when
        managing GPU drivers via a GPU Operator or other external mechanism.
        All GPU SKUs are available for scheduling in this mode.
        This field is ignored for non-GPU VM sizes.

        :schema: AksNodeClassSpecGpu#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional["AksNodeClassSpecGpuMode"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AksNodeClassSpecGpu(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassSpecGpuMode")
class AksNodeClassSpecGpuMode(enum.Enum):
    '''mode controls GPU driver management on GPU-enabled nodes.

    When set to Driver (or not specified), GPU drivers are installed by AKS
    and only GPU SKUs with managed driver installation support are considered for scheduling.
    Currently, only NVIDIA GPUs support managed driver installation.
    When set to None, GPU driver installation is skipped — use this when
    managing GPU drivers via a GPU Operator or other external mechanism.
    All GPU SKUs are available for scheduling in this mode.
    This field is ignored for non-GPU VM sizes.

    :schema: AksNodeClassSpecGpuMode
    '''

    DRIVER = "DRIVER"
    '''Driver.'''
    NONE = "NONE"
    '''None.'''


@jsii.enum(jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassSpecImageFamily")
class AksNodeClassSpecImageFamily(enum.Enum):
    '''imageFamily is the image family that instances use.

    :schema: AksNodeClassSpecImageFamily
    '''

    UBUNTU = "UBUNTU"
    '''Ubuntu.'''
    UBUNTU2204 = "UBUNTU2204"
    '''Ubuntu2204.'''
    UBUNTU2404 = "UBUNTU2404"
    '''Ubuntu2404.'''
    AZURE_LINUX = "AZURE_LINUX"
    '''AzureLinux.'''


@jsii.data_type(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassSpecKubelet",
    jsii_struct_bases=[],
    name_mapping={
        "allowed_unsafe_sysctls": "allowedUnsafeSysctls",
        "container_log_max_files": "containerLogMaxFiles",
        "container_log_max_size": "containerLogMaxSize",
        "cpu_cfs_quota": "cpuCfsQuota",
        "cpu_cfs_quota_period": "cpuCfsQuotaPeriod",
        "cpu_manager_policy": "cpuManagerPolicy",
        "fail_swap_on": "failSwapOn",
        "image_gc_high_threshold_percent": "imageGcHighThresholdPercent",
        "image_gc_low_threshold_percent": "imageGcLowThresholdPercent",
        "pod_pids_limit": "podPidsLimit",
        "topology_manager_policy": "topologyManagerPolicy",
    },
)
class AksNodeClassSpecKubelet:
    def __init__(
        self,
        *,
        allowed_unsafe_sysctls: typing.Optional[typing.Sequence[builtins.str]] = None,
        container_log_max_files: typing.Optional[jsii.Number] = None,
        container_log_max_size: typing.Optional[builtins.str] = None,
        cpu_cfs_quota: typing.Optional[builtins.bool] = None,
        cpu_cfs_quota_period: typing.Optional[builtins.str] = None,
        cpu_manager_policy: typing.Optional["AksNodeClassSpecKubeletCpuManagerPolicy"] = None,
        fail_swap_on: typing.Optional[builtins.bool] = None,
        image_gc_high_threshold_percent: typing.Optional[jsii.Number] = None,
        image_gc_low_threshold_percent: typing.Optional[jsii.Number] = None,
        pod_pids_limit: typing.Optional[jsii.Number] = None,
        topology_manager_policy: typing.Optional["AksNodeClassSpecKubeletTopologyManagerPolicy"] = None,
    ) -> None:
        '''kubelet defines args to be used when configuring kubelet on provisioned nodes.

        They are a subset of the upstream types, recognizing not all options may be supported.
        Wherever possible, the types and names should reflect the upstream kubelet types.

        :param allowed_unsafe_sysctls: allowedUnsafeSysctls is a comma separated whitelist of unsafe sysctls or sysctl patterns (ending in ``*``). Unsafe sysctl groups are ``kernel.shm*``, ``kernel.msg*``, ``kernel.sem``, ``fs.mqueue.*``, and ``net.*``. For example: "``kernel.msg*,net.ipv4.route.min_pmtu``"
        :param container_log_max_files: containerLogMaxFiles specifies the maximum number of container log files that can be present for a container.
        :param container_log_max_size: containerLogMaxSize is a quantity defining the maximum size of the container log file before it is rotated. For example: "5Mi" or "256Ki". AKS CustomKubeletConfig has containerLogMaxSizeMB (with units), defaults to 50
        :param cpu_cfs_quota: cpuCFSQuota enables CPU CFS quota enforcement for containers that specify CPU limits. Note: AKS CustomKubeletConfig uses cpuCfsQuota (camelCase)
        :param cpu_cfs_quota_period: cpuCFSQuotaPeriod sets the CPU CFS quota period value, ``cpu.cfs_period_us``. The value must be between 1 ms and 1 second, inclusive.
        :param cpu_manager_policy: cpuManagerPolicy is the name of the policy to use.
        :param fail_swap_on: failSwapOn tells the kubelet to fail to start if swap is enabled on the node. Must be set to false to allow linuxOSConfig.swapFileSize to take effect.
        :param image_gc_high_threshold_percent: imageGCHighThresholdPercent is the percent of disk usage after which image garbage collection is always run. The percent is calculated by dividing this field value by 100, so this field must be between 0 and 100, inclusive. When specified, the value must be greater than ImageGCLowThresholdPercent. Note: AKS CustomKubeletConfig does not have "Percent" in the field name
        :param image_gc_low_threshold_percent: imageGCLowThresholdPercent is the percent of disk usage before which image garbage collection is never run. Lowest disk usage to garbage collect to. The percent is calculated by dividing this field value by 100, so the field value must be between 0 and 100, inclusive. When specified, the value must be less than imageGCHighThresholdPercent Note: AKS CustomKubeletConfig does not have "Percent" in the field name
        :param pod_pids_limit: podPidsLimit is the maximum number of PIDs in any pod. AKS CustomKubeletConfig uses PodMaxPids, int32 (!) Default: -1
        :param topology_manager_policy: topologyManagerPolicy is the name of the topology manager policy to use. Valid values include:. - ``restricted``: kubelet only allows pods with optimal NUMA node alignment for requested resources; - ``best-effort``: kubelet will favor pods with NUMA alignment of CPU and device resources; - ``none``: kubelet has no knowledge of NUMA alignment of a pod's CPU and device resources. - ``single-numa-node``: kubelet only allows pods with a single NUMA alignment of CPU and device resources.

        :schema: AksNodeClassSpecKubelet
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__13fba7b5634e2ee8d437051511e4c325f62ca38edb9b9beec1f9c11f436546fd)
            check_type(argname="argument allowed_unsafe_sysctls", value=allowed_unsafe_sysctls, expected_type=type_hints["allowed_unsafe_sysctls"])
            check_type(argname="argument container_log_max_files", value=container_log_max_files, expected_type=type_hints["container_log_max_files"])
            check_type(argname="argument container_log_max_size", value=container_log_max_size, expected_type=type_hints["container_log_max_size"])
            check_type(argname="argument cpu_cfs_quota", value=cpu_cfs_quota, expected_type=type_hints["cpu_cfs_quota"])
            check_type(argname="argument cpu_cfs_quota_period", value=cpu_cfs_quota_period, expected_type=type_hints["cpu_cfs_quota_period"])
            check_type(argname="argument cpu_manager_policy", value=cpu_manager_policy, expected_type=type_hints["cpu_manager_policy"])
            check_type(argname="argument fail_swap_on", value=fail_swap_on, expected_type=type_hints["fail_swap_on"])
            check_type(argname="argument image_gc_high_threshold_percent", value=image_gc_high_threshold_percent, expected_type=type_hints["image_gc_high_threshold_percent"])
            check_type(argname="argument image_gc_low_threshold_percent", value=image_gc_low_threshold_percent, expected_type=type_hints["image_gc_low_threshold_percent"])
            check_type(argname="argument pod_pids_limit", value=pod_pids_limit, expected_type=type_hints["pod_pids_limit"])
            check_type(argname="argument topology_manager_policy", value=topology_manager_policy, expected_type=type_hints["topology_manager_policy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if allowed_unsafe_sysctls is not None:
            self._values["allowed_unsafe_sysctls"] = allowed_unsafe_sysctls
        if container_log_max_files is not None:
            self._values["container_log_max_files"] = container_log_max_files
        if container_log_max_size is not None:
            self._values["container_log_max_size"] = container_log_max_size
        if cpu_cfs_quota is not None:
            self._values["cpu_cfs_quota"] = cpu_cfs_quota
        if cpu_cfs_quota_period is not None:
            self._values["cpu_cfs_quota_period"] = cpu_cfs_quota_period
        if cpu_manager_policy is not None:
            self._values["cpu_manager_policy"] = cpu_manager_policy
        if fail_swap_on is not None:
            self._values["fail_swap_on"] = fail_swap_on
        if image_gc_high_threshold_percent is not None:
            self._values["image_gc_high_threshold_percent"] = image_gc_high_threshold_percent
        if image_gc_low_threshold_percent is not None:
            self._values["image_gc_low_threshold_percent"] = image_gc_low_threshold_percent
        if pod_pids_limit is not None:
            self._values["pod_pids_limit"] = pod_pids_limit
        if topology_manager_policy is not None:
            self._values["topology_manager_policy"] = topology_manager_policy

    @builtins.property
    def allowed_unsafe_sysctls(self) -> typing.Optional[typing.List[builtins.str]]:
        '''allowedUnsafeSysctls is a comma separated whitelist of unsafe sysctls or sysctl patterns (ending in ``*``).

        Unsafe sysctl groups are ``kernel.shm*``, ``kernel.msg*``, ``kernel.sem``, ``fs.mqueue.*``,
        and ``net.*``. For example: "``kernel.msg*,net.ipv4.route.min_pmtu``"

        :schema: AksNodeClassSpecKubelet#allowedUnsafeSysctls
        '''
        result = self._values.get("allowed_unsafe_sysctls")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def container_log_max_files(self) -> typing.Optional[jsii.Number]:
        '''containerLogMaxFiles specifies the maximum number of container log files that can be present for a container.

        :schema: AksNodeClassSpecKubelet#containerLogMaxFiles
        '''
        result = self._values.get("container_log_max_files")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def container_log_max_size(self) -> typing.Optional[builtins.str]:
        '''containerLogMaxSize is a quantity defining the maximum size of the container log file before it is rotated.

        For example: "5Mi" or "256Ki".
        AKS CustomKubeletConfig has containerLogMaxSizeMB (with units), defaults to 50

        :schema: AksNodeClassSpecKubelet#containerLogMaxSize
        '''
        result = self._values.get("container_log_max_size")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cpu_cfs_quota(self) -> typing.Optional[builtins.bool]:
        '''cpuCFSQuota enables CPU CFS quota enforcement for containers that specify CPU limits.

        Note: AKS CustomKubeletConfig uses cpuCfsQuota (camelCase)

        :schema: AksNodeClassSpecKubelet#cpuCFSQuota
        '''
        result = self._values.get("cpu_cfs_quota")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def cpu_cfs_quota_period(self) -> typing.Optional[builtins.str]:
        '''cpuCFSQuotaPeriod sets the CPU CFS quota period value, ``cpu.cfs_period_us``. The value must be between 1 ms and 1 second, inclusive.

        :schema: AksNodeClassSpecKubelet#cpuCFSQuotaPeriod
        '''
        result = self._values.get("cpu_cfs_quota_period")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cpu_manager_policy(
        self,
    ) -> typing.Optional["AksNodeClassSpecKubeletCpuManagerPolicy"]:
        '''cpuManagerPolicy is the name of the policy to use.

        :schema: AksNodeClassSpecKubelet#cpuManagerPolicy
        '''
        result = self._values.get("cpu_manager_policy")
        return typing.cast(typing.Optional["AksNodeClassSpecKubeletCpuManagerPolicy"], result)

    @builtins.property
    def fail_swap_on(self) -> typing.Optional[builtins.bool]:
        '''failSwapOn tells the kubelet to fail to start if swap is enabled on the node.

        Must be set to false to allow linuxOSConfig.swapFileSize to take effect.

        :schema: AksNodeClassSpecKubelet#failSwapOn
        '''
        result = self._values.get("fail_swap_on")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def image_gc_high_threshold_percent(self) -> typing.Optional[jsii.Number]:
        '''imageGCHighThresholdPercent is the percent of disk usage after which image garbage collection is always run.

        The percent is calculated by dividing this
        field value by 100, so this field must be between 0 and 100, inclusive.
        When specified, the value must be greater than ImageGCLowThresholdPercent.
        Note: AKS CustomKubeletConfig does not have "Percent" in the field name

        :schema: AksNodeClassSpecKubelet#imageGCHighThresholdPercent
        '''
        result = self._values.get("image_gc_high_threshold_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def image_gc_low_threshold_percent(self) -> typing.Optional[jsii.Number]:
        '''imageGCLowThresholdPercent is the percent of disk usage before which image garbage collection is never run.

        Lowest disk usage to garbage collect to.
        The percent is calculated by dividing this field value by 100,
        so the field value must be between 0 and 100, inclusive.
        When specified, the value must be less than imageGCHighThresholdPercent
        Note: AKS CustomKubeletConfig does not have "Percent" in the field name

        :schema: AksNodeClassSpecKubelet#imageGCLowThresholdPercent
        '''
        result = self._values.get("image_gc_low_threshold_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def pod_pids_limit(self) -> typing.Optional[jsii.Number]:
        '''podPidsLimit is the maximum number of PIDs in any pod.

        AKS CustomKubeletConfig uses PodMaxPids, int32 (!)
        Default: -1

        :schema: AksNodeClassSpecKubelet#podPidsLimit
        '''
        result = self._values.get("pod_pids_limit")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def topology_manager_policy(
        self,
    ) -> typing.Optional["AksNodeClassSpecKubeletTopologyManagerPolicy"]:
        '''topologyManagerPolicy is the name of the topology manager policy to use. Valid values include:.

        - ``restricted``: kubelet only allows pods with optimal NUMA node alignment for requested resources;
        - ``best-effort``: kubelet will favor pods with NUMA alignment of CPU and device resources;
        - ``none``: kubelet has no knowledge of NUMA alignment of a pod's CPU and device resources.
        - ``single-numa-node``: kubelet only allows pods with a single NUMA alignment
          of CPU and device resources.

        :schema: AksNodeClassSpecKubelet#topologyManagerPolicy
        '''
        result = self._values.get("topology_manager_policy")
        return typing.cast(typing.Optional["AksNodeClassSpecKubeletTopologyManagerPolicy"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AksNodeClassSpecKubelet(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassSpecKubeletCpuManagerPolicy"
)
class AksNodeClassSpecKubeletCpuManagerPolicy(enum.Enum):
    '''cpuManagerPolicy is the name of the policy to use.

    :schema: AksNodeClassSpecKubeletCpuManagerPolicy
    '''

    NONE = "NONE"
    '''none.'''
    STATIC = "STATIC"
    '''static.'''


@jsii.enum(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassSpecKubeletTopologyManagerPolicy"
)
class AksNodeClassSpecKubeletTopologyManagerPolicy(enum.Enum):
    '''topologyManagerPolicy is the name of the topology manager policy to use. Valid values include:.

    - ``restricted``: kubelet only allows pods with optimal NUMA node alignment for requested resources;
    - ``best-effort``: kubelet will favor pods with NUMA alignment of CPU and device resources;
    - ``none``: kubelet has no knowledge of NUMA alignment of a pod's CPU and device resources.
    - ``single-numa-node``: kubelet only allows pods with a single NUMA alignment
      of CPU and device resources.

    :schema: AksNodeClassSpecKubeletTopologyManagerPolicy
    '''

    RESTRICTED = "RESTRICTED"
    '''restricted.'''
    BEST_HYPHEN_EFFORT = "BEST_HYPHEN_EFFORT"
    '''best-effort.'''
    NONE = "NONE"
    '''none.'''
    SINGLE_HYPHEN_NUMA_HYPHEN_NODE = "SINGLE_HYPHEN_NUMA_HYPHEN_NODE"
    '''single-numa-node.'''


@jsii.data_type(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassSpecLinuxOsConfig",
    jsii_struct_bases=[],
    name_mapping={
        "swap_file_size": "swapFileSize",
        "sysctls": "sysctls",
        "transparent_huge_page_defrag": "transparentHugePageDefrag",
        "transparent_huge_page_enabled": "transparentHugePageEnabled",
    },
)
class AksNodeClassSpecLinuxOsConfig:
    def __init__(
        self,
        *,
        swap_file_size: typing.Optional[builtins.str] = None,
        sysctls: typing.Optional[typing.Union["AksNodeClassSpecLinuxOsConfigSysctls", typing.Dict[builtins.str, typing.Any]]] = None,
        transparent_huge_page_defrag: typing.Optional["AksNodeClassSpecLinuxOsConfigTransparentHugePageDefrag"] = None,
        transparent_huge_page_enabled: typing.Optional["AksNodeClassSpecLinuxOsConfigTransparentHugePageEnabled"] = None,
    ) -> None:
        '''linuxOSConfig specifies OS settings for Linux agent nodes.

        These map to the AKS Custom Linux OS Configuration feature.
        For more information, see:
        https://learn.microsoft.com/en-us/azure/aks/custom-node-configuration

        :param swap_file_size: swapFileSize specifies the size of a swap file that will be created on each node. For example: "1500Mi" or "2Gi". The value will be rounded to the nearest megabyte due to system limitations.
        :param sysctls: sysctls specifies sysctl settings for Linux agent nodes.
        :param transparent_huge_page_defrag: transparentHugePageDefrag sets the kernel's transparent_hugepage/defrag behavior. Maps to /sys/kernel/mm/transparent_hugepage/defrag.
        :param transparent_huge_page_enabled: transparentHugePageEnabled sets the kernel's transparent_hugepage/enabled behavior. Maps to /sys/kernel/mm/transparent_hugepage/enabled.

        :schema: AksNodeClassSpecLinuxOsConfig
        '''
        if isinstance(sysctls, dict):
            sysctls = AksNodeClassSpecLinuxOsConfigSysctls(**sysctls)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1c54f6e66cdfc13ab53a426ee0d5fc270f16e00f5b3688e20e620225ec9fb2b7)
            check_type(argname="argument swap_file_size", value=swap_file_size, expected_type=type_hints["swap_file_size"])
            check_type(argname="argument sysctls", value=sysctls, expected_type=type_hints["sysctls"])
            check_type(argname="argument transparent_huge_page_defrag", value=transparent_huge_page_defrag, expected_type=type_hints["transparent_huge_page_defrag"])
            check_type(argname="argument transparent_huge_page_enabled", value=transparent_huge_page_enabled, expected_type=type_hints["transparent_huge_page_enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if swap_file_size is not None:
            self._values["swap_file_size"] = swap_file_size
        if sysctls is not None:
            self._values["sysctls"] = sysctls
        if transparent_huge_page_defrag is not None:
            self._values["transparent_huge_page_defrag"] = transparent_huge_page_defrag
        if transparent_huge_page_enabled is not None:
            self._values["transparent_huge_page_enabled"] = transparent_huge_page_enabled

    @builtins.property
    def swap_file_size(self) -> typing.Optional[builtins.str]:
        '''swapFileSize specifies the size of a swap file that will be created on each node.

        For example: "1500Mi" or "2Gi".
        The value will be rounded to the nearest megabyte due to system limitations.

        :schema: AksNodeClassSpecLinuxOsConfig#swapFileSize
        '''
        result = self._values.get("swap_file_size")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sysctls(self) -> typing.Optional["AksNodeClassSpecLinuxOsConfigSysctls"]:
        '''sysctls specifies sysctl settings for Linux agent nodes.

        :schema: AksNodeClassSpecLinuxOsConfig#sysctls
        '''
        result = self._values.get("sysctls")
        return typing.cast(typing.Optional["AksNodeClassSpecLinuxOsConfigSysctls"], result)

    @builtins.property
    def transparent_huge_page_defrag(
        self,
    ) -> typing.Optional["AksNodeClassSpecLinuxOsConfigTransparentHugePageDefrag"]:
        '''transparentHugePageDefrag sets the kernel's transparent_hugepage/defrag behavior.

        Maps to /sys/kernel/mm/transparent_hugepage/defrag.

        :schema: AksNodeClassSpecLinuxOsConfig#transparentHugePageDefrag
        '''
        result = self._values.get("transparent_huge_page_defrag")
        return typing.cast(typing.Optional["AksNodeClassSpecLinuxOsConfigTransparentHugePageDefrag"], result)

    @builtins.property
    def transparent_huge_page_enabled(
        self,
    ) -> typing.Optional["AksNodeClassSpecLinuxOsConfigTransparentHugePageEnabled"]:
        '''transparentHugePageEnabled sets the kernel's transparent_hugepage/enabled behavior.

        Maps to /sys/kernel/mm/transparent_hugepage/enabled.

        :schema: AksNodeClassSpecLinuxOsConfig#transparentHugePageEnabled
        '''
        result = self._values.get("transparent_huge_page_enabled")
        return typing.cast(typing.Optional["AksNodeClassSpecLinuxOsConfigTransparentHugePageEnabled"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AksNodeClassSpecLinuxOsConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassSpecLinuxOsConfigSysctls",
    jsii_struct_bases=[],
    name_mapping={
        "fs_aio_max_nr": "fsAioMaxNr",
        "fs_file_max": "fsFileMax",
        "fs_inotify_max_user_watches": "fsInotifyMaxUserWatches",
        "fs_nr_open": "fsNrOpen",
        "kernel_threads_max": "kernelThreadsMax",
        "net_core_netdev_max_backlog": "netCoreNetdevMaxBacklog",
        "net_core_optmem_max": "netCoreOptmemMax",
        "net_core_rmem_default": "netCoreRmemDefault",
        "net_core_rmem_max": "netCoreRmemMax",
        "net_core_somaxconn": "netCoreSomaxconn",
        "net_core_wmem_default": "netCoreWmemDefault",
        "net_core_wmem_max": "netCoreWmemMax",
        "net_i_pv4_ip_local_port_range": "netIPv4IpLocalPortRange",
        "net_i_pv4_neigh_default_gc_thresh1": "netIPv4NeighDefaultGcThresh1",
        "net_i_pv4_neigh_default_gc_thresh2": "netIPv4NeighDefaultGcThresh2",
        "net_i_pv4_neigh_default_gc_thresh3": "netIPv4NeighDefaultGcThresh3",
        "net_i_pv4_tcp_fin_timeout": "netIPv4TcpFinTimeout",
        "net_i_pv4_tcp_keepalive_intvl": "netIPv4TcpKeepaliveIntvl",
        "net_i_pv4_tcp_keepalive_probes": "netIPv4TcpKeepaliveProbes",
        "net_i_pv4_tcp_keepalive_time": "netIPv4TcpKeepaliveTime",
        "net_i_pv4_tcp_max_syn_backlog": "netIPv4TcpMaxSynBacklog",
        "net_i_pv4_tcp_max_tw_buckets": "netIPv4TcpMaxTwBuckets",
        "net_i_pv4_tcp_tw_reuse": "netIPv4TcpTwReuse",
        "net_netfilter_nf_conntrack_buckets": "netNetfilterNfConntrackBuckets",
        "net_netfilter_nf_conntrack_max": "netNetfilterNfConntrackMax",
        "vm_max_map_count": "vmMaxMapCount",
        "vm_swappiness": "vmSwappiness",
        "vm_vfs_cache_pressure": "vmVfsCachePressure",
    },
)
class AksNodeClassSpecLinuxOsConfigSysctls:
    def __init__(
        self,
        *,
        fs_aio_max_nr: typing.Optional[jsii.Number] = None,
        fs_file_max: typing.Optional[jsii.Number] = None,
        fs_inotify_max_user_watches: typing.Optional[jsii.Number] = None,
        fs_nr_open: typing.Optional[jsii.Number] = None,
        kernel_threads_max: typing.Optional[jsii.Number] = None,
        net_core_netdev_max_backlog: typing.Optional[jsii.Number] = None,
        net_core_optmem_max: typing.Optional[jsii.Number] = None,
        net_core_rmem_default: typing.Optional[jsii.Number] = None,
        net_core_rmem_max: typing.Optional[jsii.Number] = None,
        net_core_somaxconn: typing.Optional[jsii.Number] = None,
        net_core_wmem_default: typing.Optional[jsii.Number] = None,
        net_core_wmem_max: typing.Optional[jsii.Number] = None,
        net_i_pv4_ip_local_port_range: typing.Optional[builtins.str] = None,
        net_i_pv4_neigh_default_gc_thresh1: typing.Optional[jsii.Number] = None,
        net_i_pv4_neigh_default_gc_thresh2: typing.Optional[jsii.Number] = None,
        net_i_pv4_neigh_default_gc_thresh3: typing.Optional[jsii.Number] = None,
        net_i_pv4_tcp_fin_timeout: typing.Optional[jsii.Number] = None,
        net_i_pv4_tcp_keepalive_intvl: typing.Optional[jsii.Number] = None,
        net_i_pv4_tcp_keepalive_probes: typing.Optional[jsii.Number] = None,
        net_i_pv4_tcp_keepalive_time: typing.Optional[jsii.Number] = None,
        net_i_pv4_tcp_max_syn_backlog: typing.Optional[jsii.Number] = None,
        net_i_pv4_tcp_max_tw_buckets: typing.Optional[jsii.Number] = None,
        net_i_pv4_tcp_tw_reuse: typing.Optional[builtins.bool] = None,
        net_netfilter_nf_conntrack_buckets: typing.Optional[jsii.Number] = None,
        net_netfilter_nf_conntrack_max: typing.Optional[jsii.Number] = None,
        vm_max_map_count: typing.Optional[jsii.Number] = None,
        vm_swappiness: typing.Optional[jsii.Number] = None,
        vm_vfs_cache_pressure: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''sysctls specifies sysctl settings for Linux agent nodes.

        :param fs_aio_max_nr: fsAioMaxNr specifies the maximum number of AIO (Asynchronous I/O) requests. Maps to fs.aio-max-nr.
        :param fs_file_max: fsFileMax specifies the maximum number of file handles the kernel will allocate. Maps to fs.file-max.
        :param fs_inotify_max_user_watches: fsInotifyMaxUserWatches specifies the maximum number of inotify watches per user. Maps to fs.inotify.max_user_watches.
        :param fs_nr_open: fsNrOpen specifies the maximum number of file handles that can be allocated. Maps to fs.nr_open.
        :param kernel_threads_max: kernelThreadsMax specifies the maximum number of threads that can be created. Maps to kernel.threads-max.
        :param net_core_netdev_max_backlog: netCoreNetdevMaxBacklog specifies the maximum number of packets queued on the INPUT side. Maps to net.core.netdev_max_backlog.
        :param net_core_optmem_max: netCoreOptmemMax specifies the maximum ancillary buffer size (option memory buffer) allowed per socket. Maps to net.core.optmem_max.
        :param net_core_rmem_default: netCoreRmemDefault specifies the default receive socket buffer size in bytes. Maps to net.core.rmem_default.
        :param net_core_rmem_max: netCoreRmemMax specifies the maximum receive socket buffer size in bytes. Maps to net.core.rmem_max.
        :param net_core_somaxconn: netCoreSomaxconn specifies the maximum number of connection requests that can be queued for any given listening socket. Maps to net.core.somaxconn.
        :param net_core_wmem_default: netCoreWmemDefault specifies the default send socket buffer size in bytes. Maps to net.core.wmem_default.
        :param net_core_wmem_max: netCoreWmemMax specifies the maximum send socket buffer size in bytes. Maps to net.core.wmem_max.
        :param net_i_pv4_ip_local_port_range: netIPv4IPLocalPortRange specifies the local port range that is used by TCP and UDP traffic. Must be in the format "first last", where first is in the range 1024-60999 and last is in the range 32768-65535. Maps to net.ipv4.ip_local_port_range.
        :param net_i_pv4_neigh_default_gc_thresh1: netIPv4NeighDefaultGcThresh1 specifies the minimum number of entries that may be in the ARP cache. Maps to net.ipv4.neigh.default.gc_thresh1.
        :param net_i_pv4_neigh_default_gc_thresh2: netIPv4NeighDefaultGcThresh2 specifies the soft maximum number of entries that may be in the ARP cache. Maps to net.ipv4.neigh.default.gc_thresh2.
        :param net_i_pv4_neigh_default_gc_thresh3: netIPv4NeighDefaultGcThresh3 specifies the hard maximum number of entries in the ARP cache. Maps to net.ipv4.neigh.default.gc_thresh3.
        :param net_i_pv4_tcp_fin_timeout: netIPv4TCPFinTimeout specifies the length of time an orphaned connection will remain in the FIN_WAIT_2 state before being aborted. Maps to net.ipv4.tcp_fin_timeout.
        :param net_i_pv4_tcp_keepalive_intvl: netIPv4TCPKeepaliveIntvl specifies the frequency of the probes sent out. Measured in seconds. Maps to net.ipv4.tcp_keepalive_intvl.
        :param net_i_pv4_tcp_keepalive_probes: netIPv4TCPKeepaliveProbes specifies the number of keepalive probes TCP sends out until it decides a connection is broken. Maps to net.ipv4.tcp_keepalive_probes.
        :param net_i_pv4_tcp_keepalive_time: netIPv4TCPKeepaliveTime specifies the rate at which TCP sends keepalive probes. Measured in seconds. Maps to net.ipv4.tcp_keepalive_time.
        :param net_i_pv4_tcp_max_syn_backlog: netIPv4TCPMaxSynBacklog specifies the maximum number of queued connection requests that have still not received an acknowledgment from the connecting client. If this number is exceeded, the kernel will begin dropping requests. Maps to net.ipv4.tcp_max_syn_backlog.
        :param net_i_pv4_tcp_max_tw_buckets: netIPv4TCPMaxTwBuckets specifies the maximum number of sockets in TIME_WAIT state. Maps to net.ipv4.tcp_max_tw_buckets.
        :param net_i_pv4_tcp_tw_reuse: netIPv4TCPTwReuse enables/disables reuse of TIME_WAIT sockets for new connections. Maps to net.ipv4.tcp_tw_reuse.
        :param net_netfilter_nf_conntrack_buckets: netNetfilterNfConntrackBuckets specifies the size of the hash table used by nf_conntrack module. Maps to net.netfilter.nf_conntrack_buckets.
        :param net_netfilter_nf_conntrack_max: netNetfilterNfConntrackMax specifies the maximum number of connections tracked by the nf_conntrack module. Maps to net.netfilter.nf_conntrack_max.
        :param vm_max_map_count: vmMaxMapCount specifies the maximum number of memory map areas a process may have. Maps to vm.max_map_count.
        :param vm_swappiness: vmSwappiness specifies the kernel's tendency to swap memory pages. Higher values increase aggressiveness, lower values decrease it. Maps to vm.swappiness.
        :param vm_vfs_cache_pressure: vmVfsCachePressure specifies the tendency of the kernel to reclaim the memory which is used for caching of directory and inode objects. Maps to vm.vfs_cache_pressure.

        :schema: AksNodeClassSpecLinuxOsConfigSysctls
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ced43e15bcccf195dc638e835d0135cac859995bc4eb5c8f63cfd9f217bbd72c)
            check_type(argname="argument fs_aio_max_nr", value=fs_aio_max_nr, expected_type=type_hints["fs_aio_max_nr"])
            check_type(argname="argument fs_file_max", value=fs_file_max, expected_type=type_hints["fs_file_max"])
            check_type(argname="argument fs_inotify_max_user_watches", value=fs_inotify_max_user_watches, expected_type=type_hints["fs_inotify_max_user_watches"])
            check_type(argname="argument fs_nr_open", value=fs_nr_open, expected_type=type_hints["fs_nr_open"])
            check_type(argname="argument kernel_threads_max", value=kernel_threads_max, expected_type=type_hints["kernel_threads_max"])
            check_type(argname="argument net_core_netdev_max_backlog", value=net_core_netdev_max_backlog, expected_type=type_hints["net_core_netdev_max_backlog"])
            check_type(argname="argument net_core_optmem_max", value=net_core_optmem_max, expected_type=type_hints["net_core_optmem_max"])
            check_type(argname="argument net_core_rmem_default", value=net_core_rmem_default, expected_type=type_hints["net_core_rmem_default"])
            check_type(argname="argument net_core_rmem_max", value=net_core_rmem_max, expected_type=type_hints["net_core_rmem_max"])
            check_type(argname="argument net_core_somaxconn", value=net_core_somaxconn, expected_type=type_hints["net_core_somaxconn"])
            check_type(argname="argument net_core_wmem_default", value=net_core_wmem_default, expected_type=type_hints["net_core_wmem_default"])
            check_type(argname="argument net_core_wmem_max", value=net_core_wmem_max, expected_type=type_hints["net_core_wmem_max"])
            check_type(argname="argument net_i_pv4_ip_local_port_range", value=net_i_pv4_ip_local_port_range, expected_type=type_hints["net_i_pv4_ip_local_port_range"])
            check_type(argname="argument net_i_pv4_neigh_default_gc_thresh1", value=net_i_pv4_neigh_default_gc_thresh1, expected_type=type_hints["net_i_pv4_neigh_default_gc_thresh1"])
            check_type(argname="argument net_i_pv4_neigh_default_gc_thresh2", value=net_i_pv4_neigh_default_gc_thresh2, expected_type=type_hints["net_i_pv4_neigh_default_gc_thresh2"])
            check_type(argname="argument net_i_pv4_neigh_default_gc_thresh3", value=net_i_pv4_neigh_default_gc_thresh3, expected_type=type_hints["net_i_pv4_neigh_default_gc_thresh3"])
            check_type(argname="argument net_i_pv4_tcp_fin_timeout", value=net_i_pv4_tcp_fin_timeout, expected_type=type_hints["net_i_pv4_tcp_fin_timeout"])
            check_type(argname="argument net_i_pv4_tcp_keepalive_intvl", value=net_i_pv4_tcp_keepalive_intvl, expected_type=type_hints["net_i_pv4_tcp_keepalive_intvl"])
            check_type(argname="argument net_i_pv4_tcp_keepalive_probes", value=net_i_pv4_tcp_keepalive_probes, expected_type=type_hints["net_i_pv4_tcp_keepalive_probes"])
            check_type(argname="argument net_i_pv4_tcp_keepalive_time", value=net_i_pv4_tcp_keepalive_time, expected_type=type_hints["net_i_pv4_tcp_keepalive_time"])
            check_type(argname="argument net_i_pv4_tcp_max_syn_backlog", value=net_i_pv4_tcp_max_syn_backlog, expected_type=type_hints["net_i_pv4_tcp_max_syn_backlog"])
            check_type(argname="argument net_i_pv4_tcp_max_tw_buckets", value=net_i_pv4_tcp_max_tw_buckets, expected_type=type_hints["net_i_pv4_tcp_max_tw_buckets"])
            check_type(argname="argument net_i_pv4_tcp_tw_reuse", value=net_i_pv4_tcp_tw_reuse, expected_type=type_hints["net_i_pv4_tcp_tw_reuse"])
            check_type(argname="argument net_netfilter_nf_conntrack_buckets", value=net_netfilter_nf_conntrack_buckets, expected_type=type_hints["net_netfilter_nf_conntrack_buckets"])
            check_type(argname="argument net_netfilter_nf_conntrack_max", value=net_netfilter_nf_conntrack_max, expected_type=type_hints["net_netfilter_nf_conntrack_max"])
            check_type(argname="argument vm_max_map_count", value=vm_max_map_count, expected_type=type_hints["vm_max_map_count"])
            check_type(argname="argument vm_swappiness", value=vm_swappiness, expected_type=type_hints["vm_swappiness"])
            check_type(argname="argument vm_vfs_cache_pressure", value=vm_vfs_cache_pressure, expected_type=type_hints["vm_vfs_cache_pressure"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if fs_aio_max_nr is not None:
            self._values["fs_aio_max_nr"] = fs_aio_max_nr
        if fs_file_max is not None:
            self._values["fs_file_max"] = fs_file_max
        if fs_inotify_max_user_watches is not None:
            self._values["fs_inotify_max_user_watches"] = fs_inotify_max_user_watches
        if fs_nr_open is not None:
            self._values["fs_nr_open"] = fs_nr_open
        if kernel_threads_max is not None:
            self._values["kernel_threads_max"] = kernel_threads_max
        if net_core_netdev_max_backlog is not None:
            self._values["net_core_netdev_max_backlog"] = net_core_netdev_max_backlog
        if net_core_optmem_max is not None:
            self._values["net_core_optmem_max"] = net_core_optmem_max
        if net_core_rmem_default is not None:
            self._values["net_core_rmem_default"] = net_core_rmem_default
        if net_core_rmem_max is not None:
            self._values["net_core_rmem_max"] = net_core_rmem_max
        if net_core_somaxconn is not None:
            self._values["net_core_somaxconn"] = net_core_somaxconn
        if net_core_wmem_default is not None:
            self._values["net_core_wmem_default"] = net_core_wmem_default
        if net_core_wmem_max is not None:
            self._values["net_core_wmem_max"] = net_core_wmem_max
        if net_i_pv4_ip_local_port_range is not None:
            self._values["net_i_pv4_ip_local_port_range"] = net_i_pv4_ip_local_port_range
        if net_i_pv4_neigh_default_gc_thresh1 is not None:
            self._values["net_i_pv4_neigh_default_gc_thresh1"] = net_i_pv4_neigh_default_gc_thresh1
        if net_i_pv4_neigh_default_gc_thresh2 is not None:
            self._values["net_i_pv4_neigh_default_gc_thresh2"] = net_i_pv4_neigh_default_gc_thresh2
        if net_i_pv4_neigh_default_gc_thresh3 is not None:
            self._values["net_i_pv4_neigh_default_gc_thresh3"] = net_i_pv4_neigh_default_gc_thresh3
        if net_i_pv4_tcp_fin_timeout is not None:
            self._values["net_i_pv4_tcp_fin_timeout"] = net_i_pv4_tcp_fin_timeout
        if net_i_pv4_tcp_keepalive_intvl is not None:
            self._values["net_i_pv4_tcp_keepalive_intvl"] = net_i_pv4_tcp_keepalive_intvl
        if net_i_pv4_tcp_keepalive_probes is not None:
            self._values["net_i_pv4_tcp_keepalive_probes"] = net_i_pv4_tcp_keepalive_probes
        if net_i_pv4_tcp_keepalive_time is not None:
            self._values["net_i_pv4_tcp_keepalive_time"] = net_i_pv4_tcp_keepalive_time
        if net_i_pv4_tcp_max_syn_backlog is not None:
            self._values["net_i_pv4_tcp_max_syn_backlog"] = net_i_pv4_tcp_max_syn_backlog
        if net_i_pv4_tcp_max_tw_buckets is not None:
            self._values["net_i_pv4_tcp_max_tw_buckets"] = net_i_pv4_tcp_max_tw_buckets
        if net_i_pv4_tcp_tw_reuse is not None:
            self._values["net_i_pv4_tcp_tw_reuse"] = net_i_pv4_tcp_tw_reuse
        if net_netfilter_nf_conntrack_buckets is not None:
            self._values["net_netfilter_nf_conntrack_buckets"] = net_netfilter_nf_conntrack_buckets
        if net_netfilter_nf_conntrack_max is not None:
            self._values["net_netfilter_nf_conntrack_max"] = net_netfilter_nf_conntrack_max
        if vm_max_map_count is not None:
            self._values["vm_max_map_count"] = vm_max_map_count
        if vm_swappiness is not None:
            self._values["vm_swappiness"] = vm_swappiness
        if vm_vfs_cache_pressure is not None:
            self._values["vm_vfs_cache_pressure"] = vm_vfs_cache_pressure

    @builtins.property
    def fs_aio_max_nr(self) -> typing.Optional[jsii.Number]:
        '''fsAioMaxNr specifies the maximum number of AIO (Asynchronous I/O) requests.

        Maps to fs.aio-max-nr.

        :schema: AksNodeClassSpecLinuxOsConfigSysctls#fsAioMaxNr
        '''
        result = self._values.get("fs_aio_max_nr")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def fs_file_max(self) -> typing.Optional[jsii.Number]:
        '''fsFileMax specifies the maximum number of file handles the kernel will allocate.

        Maps to fs.file-max.

        :schema: AksNodeClassSpecLinuxOsConfigSysctls#fsFileMax
        '''
        result = self._values.get("fs_file_max")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def fs_inotify_max_user_watches(self) -> typing.Optional[jsii.Number]:
        '''fsInotifyMaxUserWatches specifies the maximum number of inotify watches per user.

        Maps to fs.inotify.max_user_watches.

        :schema: AksNodeClassSpecLinuxOsConfigSysctls#fsInotifyMaxUserWatches
        '''
        result = self._values.get("fs_inotify_max_user_watches")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def fs_nr_open(self) -> typing.Optional[jsii.Number]:
        '''fsNrOpen specifies the maximum number of file handles that can be allocated.

        Maps to fs.nr_open.

        :schema: AksNodeClassSpecLinuxOsConfigSysctls#fsNrOpen
        '''
        result = self._values.get("fs_nr_open")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def kernel_threads_max(self) -> typing.Optional[jsii.Number]:
        '''kernelThreadsMax specifies the maximum number of threads that can be created.

        Maps to kernel.threads-max.

        :schema: AksNodeClassSpecLinuxOsConfigSysctls#kernelThreadsMax
        '''
        result = self._values.get("kernel_threads_max")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def net_core_netdev_max_backlog(self) -> typing.Optional[jsii.Number]:
        '''netCoreNetdevMaxBacklog specifies the maximum number of packets queued on the INPUT side.

        Maps to net.core.netdev_max_backlog.

        :schema: AksNodeClassSpecLinuxOsConfigSysctls#netCoreNetdevMaxBacklog
        '''
        result = self._values.get("net_core_netdev_max_backlog")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def net_core_optmem_max(self) -> typing.Optional[jsii.Number]:
        '''netCoreOptmemMax specifies the maximum ancillary buffer size (option memory buffer) allowed per socket.

        Maps to net.core.optmem_max.

        :schema: AksNodeClassSpecLinuxOsConfigSysctls#netCoreOptmemMax
        '''
        result = self._values.get("net_core_optmem_max")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def net_core_rmem_default(self) -> typing.Optional[jsii.Number]:
        '''netCoreRmemDefault specifies the default receive socket buffer size in bytes.

        Maps to net.core.rmem_default.

        :schema: AksNodeClassSpecLinuxOsConfigSysctls#netCoreRmemDefault
        '''
        result = self._values.get("net_core_rmem_default")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def net_core_rmem_max(self) -> typing.Optional[jsii.Number]:
        '''netCoreRmemMax specifies the maximum receive socket buffer size in bytes.

        Maps to net.core.rmem_max.

        :schema: AksNodeClassSpecLinuxOsConfigSysctls#netCoreRmemMax
        '''
        result = self._values.get("net_core_rmem_max")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def net_core_somaxconn(self) -> typing.Optional[jsii.Number]:
        '''netCoreSomaxconn specifies the maximum number of connection requests that can be queued for any given listening socket.

        Maps to net.core.somaxconn.

        :schema: AksNodeClassSpecLinuxOsConfigSysctls#netCoreSomaxconn
        '''
        result = self._values.get("net_core_somaxconn")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def net_core_wmem_default(self) -> typing.Optional[jsii.Number]:
        '''netCoreWmemDefault specifies the default send socket buffer size in bytes.

        Maps to net.core.wmem_default.

        :schema: AksNodeClassSpecLinuxOsConfigSysctls#netCoreWmemDefault
        '''
        result = self._values.get("net_core_wmem_default")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def net_core_wmem_max(self) -> typing.Optional[jsii.Number]:
        '''netCoreWmemMax specifies the maximum send socket buffer size in bytes.

        Maps to net.core.wmem_max.

        :schema: AksNodeClassSpecLinuxOsConfigSysctls#netCoreWmemMax
        '''
        result = self._values.get("net_core_wmem_max")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def net_i_pv4_ip_local_port_range(self) -> typing.Optional[builtins.str]:
        '''netIPv4IPLocalPortRange specifies the local port range that is used by TCP and UDP traffic.

        Must be in the format "first last", where first is in the range 1024-60999 and last is in the range 32768-65535.
        Maps to net.ipv4.ip_local_port_range.

        :schema: AksNodeClassSpecLinuxOsConfigSysctls#netIPv4IPLocalPortRange
        '''
        result = self._values.get("net_i_pv4_ip_local_port_range")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def net_i_pv4_neigh_default_gc_thresh1(self) -> typing.Optional[jsii.Number]:
        '''netIPv4NeighDefaultGcThresh1 specifies the minimum number of entries that may be in the ARP cache.

        Maps to net.ipv4.neigh.default.gc_thresh1.

        :schema: AksNodeClassSpecLinuxOsConfigSysctls#netIPv4NeighDefaultGcThresh1
        '''
        result = self._values.get("net_i_pv4_neigh_default_gc_thresh1")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def net_i_pv4_neigh_default_gc_thresh2(self) -> typing.Optional[jsii.Number]:
        '''netIPv4NeighDefaultGcThresh2 specifies the soft maximum number of entries that may be in the ARP cache.

        Maps to net.ipv4.neigh.default.gc_thresh2.

        :schema: AksNodeClassSpecLinuxOsConfigSysctls#netIPv4NeighDefaultGcThresh2
        '''
        result = self._values.get("net_i_pv4_neigh_default_gc_thresh2")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def net_i_pv4_neigh_default_gc_thresh3(self) -> typing.Optional[jsii.Number]:
        '''netIPv4NeighDefaultGcThresh3 specifies the hard maximum number of entries in the ARP cache.

        Maps to net.ipv4.neigh.default.gc_thresh3.

        :schema: AksNodeClassSpecLinuxOsConfigSysctls#netIPv4NeighDefaultGcThresh3
        '''
        result = self._values.get("net_i_pv4_neigh_default_gc_thresh3")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def net_i_pv4_tcp_fin_timeout(self) -> typing.Optional[jsii.Number]:
        '''netIPv4TCPFinTimeout specifies the length of time an orphaned connection will remain in the FIN_WAIT_2 state before being aborted.

        Maps to net.ipv4.tcp_fin_timeout.

        :schema: AksNodeClassSpecLinuxOsConfigSysctls#netIPv4TCPFinTimeout
        '''
        result = self._values.get("net_i_pv4_tcp_fin_timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def net_i_pv4_tcp_keepalive_intvl(self) -> typing.Optional[jsii.Number]:
        '''netIPv4TCPKeepaliveIntvl specifies the frequency of the probes sent out.

        Measured in seconds.
        Maps to net.ipv4.tcp_keepalive_intvl.

        :schema: AksNodeClassSpecLinuxOsConfigSysctls#netIPv4TCPKeepaliveIntvl
        '''
        result = self._values.get("net_i_pv4_tcp_keepalive_intvl")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def net_i_pv4_tcp_keepalive_probes(self) -> typing.Optional[jsii.Number]:
        '''netIPv4TCPKeepaliveProbes specifies the number of keepalive probes TCP sends out until it decides a connection is broken.

        Maps to net.ipv4.tcp_keepalive_probes.

        :schema: AksNodeClassSpecLinuxOsConfigSysctls#netIPv4TCPKeepaliveProbes
        '''
        result = self._values.get("net_i_pv4_tcp_keepalive_probes")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def net_i_pv4_tcp_keepalive_time(self) -> typing.Optional[jsii.Number]:
        '''netIPv4TCPKeepaliveTime specifies the rate at which TCP sends keepalive probes.

        Measured in seconds.
        Maps to net.ipv4.tcp_keepalive_time.

        :schema: AksNodeClassSpecLinuxOsConfigSysctls#netIPv4TCPKeepaliveTime
        '''
        result = self._values.get("net_i_pv4_tcp_keepalive_time")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def net_i_pv4_tcp_max_syn_backlog(self) -> typing.Optional[jsii.Number]:
        '''netIPv4TCPMaxSynBacklog specifies the maximum number of queued connection requests that have still not received an acknowledgment from the connecting client.

        If this number is exceeded, the kernel will begin dropping requests.
        Maps to net.ipv4.tcp_max_syn_backlog.

        :schema: AksNodeClassSpecLinuxOsConfigSysctls#netIPv4TCPMaxSynBacklog
        '''
        result = self._values.get("net_i_pv4_tcp_max_syn_backlog")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def net_i_pv4_tcp_max_tw_buckets(self) -> typing.Optional[jsii.Number]:
        '''netIPv4TCPMaxTwBuckets specifies the maximum number of sockets in TIME_WAIT state.

        Maps to net.ipv4.tcp_max_tw_buckets.

        :schema: AksNodeClassSpecLinuxOsConfigSysctls#netIPv4TCPMaxTwBuckets
        '''
        result = self._values.get("net_i_pv4_tcp_max_tw_buckets")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def net_i_pv4_tcp_tw_reuse(self) -> typing.Optional[builtins.bool]:
        '''netIPv4TCPTwReuse enables/disables reuse of TIME_WAIT sockets for new connections.

        Maps to net.ipv4.tcp_tw_reuse.

        :schema: AksNodeClassSpecLinuxOsConfigSysctls#netIPv4TCPTwReuse
        '''
        result = self._values.get("net_i_pv4_tcp_tw_reuse")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def net_netfilter_nf_conntrack_buckets(self) -> typing.Optional[jsii.Number]:
        '''netNetfilterNfConntrackBuckets specifies the size of the hash table used by nf_conntrack module.

        Maps to net.netfilter.nf_conntrack_buckets.

        :schema: AksNodeClassSpecLinuxOsConfigSysctls#netNetfilterNfConntrackBuckets
        '''
        result = self._values.get("net_netfilter_nf_conntrack_buckets")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def net_netfilter_nf_conntrack_max(self) -> typing.Optional[jsii.Number]:
        '''netNetfilterNfConntrackMax specifies the maximum number of connections tracked by the nf_conntrack module.

        Maps to net.netfilter.nf_conntrack_max.

        :schema: AksNodeClassSpecLinuxOsConfigSysctls#netNetfilterNfConntrackMax
        '''
        result = self._values.get("net_netfilter_nf_conntrack_max")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def vm_max_map_count(self) -> typing.Optional[jsii.Number]:
        '''vmMaxMapCount specifies the maximum number of memory map areas a process may have.

        Maps to vm.max_map_count.

        :schema: AksNodeClassSpecLinuxOsConfigSysctls#vmMaxMapCount
        '''
        result = self._values.get("vm_max_map_count")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def vm_swappiness(self) -> typing.Optional[jsii.Number]:
        '''vmSwappiness specifies the kernel's tendency to swap memory pages.

        Higher values increase aggressiveness, lower values decrease it.
        Maps to vm.swappiness.

        :schema: AksNodeClassSpecLinuxOsConfigSysctls#vmSwappiness
        '''
        result = self._values.get("vm_swappiness")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def vm_vfs_cache_pressure(self) -> typing.Optional[jsii.Number]:
        '''vmVfsCachePressure specifies the tendency of the kernel to reclaim the memory which is used for caching of directory and inode objects.

        Maps to vm.vfs_cache_pressure.

        :schema: AksNodeClassSpecLinuxOsConfigSysctls#vmVfsCachePressure
        '''
        result = self._values.get("vm_vfs_cache_pressure")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AksNodeClassSpecLinuxOsConfigSysctls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassSpecLinuxOsConfigTransparentHugePageDefrag"
)
class AksNodeClassSpecLinuxOsConfigTransparentHugePageDefrag(enum.Enum):
    '''transparentHugePageDefrag sets the kernel's transparent_hugepage/defrag behavior.

    Maps to /sys/kernel/mm/transparent_hugepage/defrag.

    :schema: AksNodeClassSpecLinuxOsConfigTransparentHugePageDefrag
    '''

    ALWAYS = "ALWAYS"
    '''always.'''
    DEFER = "DEFER"
    '''defer.'''
    DEFER_MADVISE = "DEFER_MADVISE"
    '''defer+madvise.'''
    MADVISE = "MADVISE"
    '''madvise.'''
    NEVER = "NEVER"
    '''never.'''


@jsii.enum(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassSpecLinuxOsConfigTransparentHugePageEnabled"
)
class AksNodeClassSpecLinuxOsConfigTransparentHugePageEnabled(enum.Enum):
    '''transparentHugePageEnabled sets the kernel's transparent_hugepage/enabled behavior.

    Maps to /sys/kernel/mm/transparent_hugepage/enabled.

    :schema: AksNodeClassSpecLinuxOsConfigTransparentHugePageEnabled
    '''

    ALWAYS = "ALWAYS"
    '''always.'''
    MADVISE = "MADVISE"
    '''madvise.'''
    NEVER = "NEVER"
    '''never.'''


@jsii.data_type(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassSpecLocalDns",
    jsii_struct_bases=[],
    name_mapping={
        "kube_dns_overrides": "kubeDnsOverrides",
        "mode": "mode",
        "vnet_dns_overrides": "vnetDnsOverrides",
    },
)
class AksNodeClassSpecLocalDns:
    def __init__(
        self,
        *,
        kube_dns_overrides: typing.Sequence[typing.Union["AksNodeClassSpecLocalDnsKubeDnsOverrides", typing.Dict[builtins.str, typing.Any]]],
        mode: "AksNodeClassSpecLocalDnsMode",
        vnet_dns_overrides: typing.Sequence[typing.Union["AksNodeClassSpecLocalDnsVnetDnsOverrides", typing.Dict[builtins.str, typing.Any]]],
    ) -> None:
        '''localDNS configures the per-node local DNS, with VnetDNS and KubeDNS overrides.

        LocalDNS helps improve performance and reliability of DNS resolution in an AKS cluster.
        For more details see aka.ms/aks/localdns.

        :param kube_dns_overrides: kubeDNSOverrides apply to DNS traffic from pods with dnsPolicy:ClusterFirst (referred to as KubeDNS traffic).
        :param mode: mode of enablement for localDNS.
        :param vnet_dns_overrides: vnetDNSOverrides apply to DNS traffic from pods with dnsPolicy:default or kubelet (referred to as VnetDNS traffic).

        :schema: AksNodeClassSpecLocalDns
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__eaed742c3d475cb6244668f95a1e983cbf7a7d6c4cc1d70f146c499dfe22822a)
            check_type(argname="argument kube_dns_overrides", value=kube_dns_overrides, expected_type=type_hints["kube_dns_overrides"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument vnet_dns_overrides", value=vnet_dns_overrides, expected_type=type_hints["vnet_dns_overrides"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kube_dns_overrides": kube_dns_overrides,
            "mode": mode,
            "vnet_dns_overrides": vnet_dns_overrides,
        }

    @builtins.property
    def kube_dns_overrides(
        self,
    ) -> typing.List["AksNodeClassSpecLocalDnsKubeDnsOverrides"]:
        '''kubeDNSOverrides apply to DNS traffic from pods with dnsPolicy:ClusterFirst (referred to as KubeDNS traffic).

        :schema: AksNodeClassSpecLocalDns#kubeDNSOverrides
        '''
        result = self._values.get("kube_dns_overrides")
        assert result is not None, "Required property 'kube_dns_overrides' is missing"
        return typing.cast(typing.List["AksNodeClassSpecLocalDnsKubeDnsOverrides"], result)

    @builtins.property
    def mode(self) -> "AksNodeClassSpecLocalDnsMode":
        '''mode of enablement for localDNS.

        :schema: AksNodeClassSpecLocalDns#mode
        '''
        result = self._values.get("mode")
        assert result is not None, "Required property 'mode' is missing"
        return typing.cast("AksNodeClassSpecLocalDnsMode", result)

    @builtins.property
    def vnet_dns_overrides(
        self,
    ) -> typing.List["AksNodeClassSpecLocalDnsVnetDnsOverrides"]:
        '''vnetDNSOverrides apply to DNS traffic from pods with dnsPolicy:default or kubelet (referred to as VnetDNS traffic).

        :schema: AksNodeClassSpecLocalDns#vnetDNSOverrides
        '''
        result = self._values.get("vnet_dns_overrides")
        assert result is not None, "Required property 'vnet_dns_overrides' is missing"
        return typing.cast(typing.List["AksNodeClassSpecLocalDnsVnetDnsOverrides"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AksNodeClassSpecLocalDns(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassSpecLocalDnsKubeDnsOverrides",
    jsii_struct_bases=[],
    name_mapping={
        "cache_duration": "cacheDuration",
        "forward_destination": "forwardDestination",
        "forward_policy": "forwardPolicy",
        "max_concurrent": "maxConcurrent",
        "protocol": "protocol",
        "query_logging": "queryLogging",
        "serve_stale": "serveStale",
        "serve_stale_duration": "serveStaleDuration",
        "zone": "zone",
    },
)
class AksNodeClassSpecLocalDnsKubeDnsOverrides:
    def __init__(
        self,
        *,
        cache_duration: builtins.str,
        forward_destination: "AksNodeClassSpecLocalDnsKubeDnsOverridesForwardDestination",
        forward_policy: "AksNodeClassSpecLocalDnsKubeDnsOverridesForwardPolicy",
        max_concurrent: jsii.Number,
        protocol: "AksNodeClassSpecLocalDnsKubeDnsOverridesProtocol",
        query_logging: "AksNodeClassSpecLocalDnsKubeDnsOverridesQueryLogging",
        serve_stale: "AksNodeClassSpecLocalDnsKubeDnsOverridesServeStale",
        serve_stale_duration: builtins.str,
        zone: builtins.str,
    ) -> None:
        '''LocalDNSZoneOverride specifies DNS override configuration for a specific zone.

        :param cache_duration: Cache max TTL. See `cache plugin <https://coredns.io/plugins/cache>`_ for more information.
        :param forward_destination: forwardDestination is the destination server for DNS queries to be forwarded from localDNS.
        :param forward_policy: forwardPolicy is the forward policy for selecting upstream DNS server. See `forward plugin <https://coredns.io/plugins/forward>`_ for more information.
        :param max_concurrent: maxConcurrent is the maximum number of concurrent queries. See `forward plugin <https://coredns.io/plugins/forward>`_ for more information.
        :param protocol: protocol enforces TCP or prefers UDP protocol for connections from localDNS to upstream DNS server.
        :param query_logging: queryLogging is the log level for DNS queries in localDNS.
        :param serve_stale: serveStale is the policy for serving stale data. See `cache plugin <https://coredns.io/plugins/cache>`_ for more information.
        :param serve_stale_duration: Serve stale duration. See `cache plugin <https://coredns.io/plugins/cache>`_ for more information.
        :param zone: zone is the DNS zone this override applies to (e.g., ".", "cluster.local").

        :schema: AksNodeClassSpecLocalDnsKubeDnsOverrides
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9a71a325f766f16a46a9e8aefe94824ebe527498e0e74af5e715456a5098db33)
            check_type(argname="argument cache_duration", value=cache_duration, expected_type=type_hints["cache_duration"])
            check_type(argname="argument forward_destination", value=forward_destination, expected_type=type_hints["forward_destination"])
            check_type(argname="argument forward_policy", value=forward_policy, expected_type=type_hints["forward_policy"])
            check_type(argname="argument max_concurrent", value=max_concurrent, expected_type=type_hints["max_concurrent"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
            check_type(argname="argument query_logging", value=query_logging, expected_type=type_hints["query_logging"])
            check_type(argname="argument serve_stale", value=serve_stale, expected_type=type_hints["serve_stale"])
            check_type(argname="argument serve_stale_duration", value=serve_stale_duration, expected_type=type_hints["serve_stale_duration"])
            check_type(argname="argument zone", value=zone, expected_type=type_hints["zone"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "cache_duration": cache_duration,
            "forward_destination": forward_destination,
            "forward_policy": forward_policy,
            "max_concurrent": max_concurrent,
            "protocol": protocol,
            "query_logging": query_logging,
            "serve_stale": serve_stale,
            "serve_stale_duration": serve_stale_duration,
            "zone": zone,
        }

    @builtins.property
    def cache_duration(self) -> builtins.str:
        '''Cache max TTL.

        See `cache plugin <https://coredns.io/plugins/cache>`_ for more information.

        :schema: AksNodeClassSpecLocalDnsKubeDnsOverrides#cacheDuration
        '''
        result = self._values.get("cache_duration")
        assert result is not None, "Required property 'cache_duration' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def forward_destination(
        self,
    ) -> "AksNodeClassSpecLocalDnsKubeDnsOverridesForwardDestination":
        '''forwardDestination is the destination server for DNS queries to be forwarded from localDNS.

        :schema: AksNodeClassSpecLocalDnsKubeDnsOverrides#forwardDestination
        '''
        result = self._values.get("forward_destination")
        assert result is not None, "Required property 'forward_destination' is missing"
        return typing.cast("AksNodeClassSpecLocalDnsKubeDnsOverridesForwardDestination", result)

    @builtins.property
    def forward_policy(self) -> "AksNodeClassSpecLocalDnsKubeDnsOverridesForwardPolicy":
        '''forwardPolicy is the forward policy for selecting upstream DNS server.

        See `forward plugin <https://coredns.io/plugins/forward>`_ for more information.

        :schema: AksNodeClassSpecLocalDnsKubeDnsOverrides#forwardPolicy
        '''
        result = self._values.get("forward_policy")
        assert result is not None, "Required property 'forward_policy' is missing"
        return typing.cast("AksNodeClassSpecLocalDnsKubeDnsOverridesForwardPolicy", result)

    @builtins.property
    def max_concurrent(self) -> jsii.Number:
        '''maxConcurrent is the maximum number of concurrent queries.

        See `forward plugin <https://coredns.io/plugins/forward>`_ for more information.

        :schema: AksNodeClassSpecLocalDnsKubeDnsOverrides#maxConcurrent
        '''
        result = self._values.get("max_concurrent")
        assert result is not None, "Required property 'max_concurrent' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def protocol(self) -> "AksNodeClassSpecLocalDnsKubeDnsOverridesProtocol":
        '''protocol enforces TCP or prefers UDP protocol for connections from localDNS to upstream DNS server.

        :schema: AksNodeClassSpecLocalDnsKubeDnsOverrides#protocol
        '''
        result = self._values.get("protocol")
        assert result is not None, "Required property 'protocol' is missing"
        return typing.cast("AksNodeClassSpecLocalDnsKubeDnsOverridesProtocol", result)

    @builtins.property
    def query_logging(self) -> "AksNodeClassSpecLocalDnsKubeDnsOverridesQueryLogging":
        '''queryLogging is the log level for DNS queries in localDNS.

        :schema: AksNodeClassSpecLocalDnsKubeDnsOverrides#queryLogging
        '''
        result = self._values.get("query_logging")
        assert result is not None, "Required property 'query_logging' is missing"
        return typing.cast("AksNodeClassSpecLocalDnsKubeDnsOverridesQueryLogging", result)

    @builtins.property
    def serve_stale(self) -> "AksNodeClassSpecLocalDnsKubeDnsOverridesServeStale":
        '''serveStale is the policy for serving stale data.

        See `cache plugin <https://coredns.io/plugins/cache>`_ for more information.

        :schema: AksNodeClassSpecLocalDnsKubeDnsOverrides#serveStale
        '''
        result = self._values.get("serve_stale")
        assert result is not None, "Required property 'serve_stale' is missing"
        return typing.cast("AksNodeClassSpecLocalDnsKubeDnsOverridesServeStale", result)

    @builtins.property
    def serve_stale_duration(self) -> builtins.str:
        '''Serve stale duration.

        See `cache plugin <https://coredns.io/plugins/cache>`_ for more information.

        :schema: AksNodeClassSpecLocalDnsKubeDnsOverrides#serveStaleDuration
        '''
        result = self._values.get("serve_stale_duration")
        assert result is not None, "Required property 'serve_stale_duration' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def zone(self) -> builtins.str:
        '''zone is the DNS zone this override applies to (e.g., ".", "cluster.local").

        :schema: AksNodeClassSpecLocalDnsKubeDnsOverrides#zone
        '''
        result = self._values.get("zone")
        assert result is not None, "Required property 'zone' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AksNodeClassSpecLocalDnsKubeDnsOverrides(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassSpecLocalDnsKubeDnsOverridesForwardDestination"
)
class AksNodeClassSpecLocalDnsKubeDnsOverridesForwardDestination(enum.Enum):
    '''forwardDestination is the destination server for DNS queries to be forwarded from localDNS.

    :schema: AksNodeClassSpecLocalDnsKubeDnsOverridesForwardDestination
    '''

    CLUSTER_CORE_DNS = "CLUSTER_CORE_DNS"
    '''ClusterCoreDNS.'''
    VNET_DNS = "VNET_DNS"
    '''VnetDNS.'''


@jsii.enum(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassSpecLocalDnsKubeDnsOverridesForwardPolicy"
)
class AksNodeClassSpecLocalDnsKubeDnsOverridesForwardPolicy(enum.Enum):
    '''forwardPolicy is the forward policy for selecting upstream DNS server.

    See `forward plugin <https://coredns.io/plugins/forward>`_ for more information.

    :schema: AksNodeClassSpecLocalDnsKubeDnsOverridesForwardPolicy
    '''

    SEQUENTIAL = "SEQUENTIAL"
    '''Sequential.'''
    ROUND_ROBIN = "ROUND_ROBIN"
    '''RoundRobin.'''
    RANDOM = "RANDOM"
    '''Random.'''


@jsii.enum(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassSpecLocalDnsKubeDnsOverridesProtocol"
)
class AksNodeClassSpecLocalDnsKubeDnsOverridesProtocol(enum.Enum):
    '''protocol enforces TCP or prefers UDP protocol for connections from localDNS to upstream DNS server.

    :schema: AksNodeClassSpecLocalDnsKubeDnsOverridesProtocol
    '''

    PREFER_UDP = "PREFER_UDP"
    '''PreferUDP.'''
    FORCE_TCP = "FORCE_TCP"
    '''ForceTCP.'''


@jsii.enum(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassSpecLocalDnsKubeDnsOverridesQueryLogging"
)
class AksNodeClassSpecLocalDnsKubeDnsOverridesQueryLogging(enum.Enum):
    '''queryLogging is the log level for DNS queries in localDNS.

    :schema: AksNodeClassSpecLocalDnsKubeDnsOverridesQueryLogging
    '''

    ERROR = "ERROR"
    '''Error.'''
    LOG = "LOG"
    '''Log.'''


@jsii.enum(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassSpecLocalDnsKubeDnsOverridesServeStale"
)
class AksNodeClassSpecLocalDnsKubeDnsOverridesServeStale(enum.Enum):
    '''serveStale is the policy for serving stale data.

    See `cache plugin <https://coredns.io/plugins/cache>`_ for more information.

    :schema: AksNodeClassSpecLocalDnsKubeDnsOverridesServeStale
    '''

    VERIFY = "VERIFY"
    '''Verify.'''
    IMMEDIATE = "IMMEDIATE"
    '''Immediate.'''
    DISABLE = "DISABLE"
    '''Disable.'''


@jsii.enum(jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassSpecLocalDnsMode")
class AksNodeClassSpecLocalDnsMode(enum.Enum):
    '''mode of enablement for localDNS.

    :schema: AksNodeClassSpecLocalDnsMode
    '''

    PREFERRED = "PREFERRED"
    '''Preferred.'''
    REQUIRED = "REQUIRED"
    '''Required.'''
    DISABLED = "DISABLED"
    '''Disabled.'''


@jsii.data_type(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassSpecLocalDnsVnetDnsOverrides",
    jsii_struct_bases=[],
    name_mapping={
        "cache_duration": "cacheDuration",
        "forward_destination": "forwardDestination",
        "forward_policy": "forwardPolicy",
        "max_concurrent": "maxConcurrent",
        "protocol": "protocol",
        "query_logging": "queryLogging",
        "serve_stale": "serveStale",
        "serve_stale_duration": "serveStaleDuration",
        "zone": "zone",
    },
)
class AksNodeClassSpecLocalDnsVnetDnsOverrides:
    def __init__(
        self,
        *,
        cache_duration: builtins.str,
        forward_destination: "AksNodeClassSpecLocalDnsVnetDnsOverridesForwardDestination",
        forward_policy: "AksNodeClassSpecLocalDnsVnetDnsOverridesForwardPolicy",
        max_concurrent: jsii.Number,
        protocol: "AksNodeClassSpecLocalDnsVnetDnsOverridesProtocol",
        query_logging: "AksNodeClassSpecLocalDnsVnetDnsOverridesQueryLogging",
        serve_stale: "AksNodeClassSpecLocalDnsVnetDnsOverridesServeStale",
        serve_stale_duration: builtins.str,
        zone: builtins.str,
    ) -> None:
        '''LocalDNSZoneOverride specifies DNS override configuration for a specific zone.

        :param cache_duration: Cache max TTL. See `cache plugin <https://coredns.io/plugins/cache>`_ for more information.
        :param forward_destination: forwardDestination is the destination server for DNS queries to be forwarded from localDNS.
        :param forward_policy: forwardPolicy is the forward policy for selecting upstream DNS server. See `forward plugin <https://coredns.io/plugins/forward>`_ for more information.
        :param max_concurrent: maxConcurrent is the maximum number of concurrent queries. See `forward plugin <https://coredns.io/plugins/forward>`_ for more information.
        :param protocol: protocol enforces TCP or prefers UDP protocol for connections from localDNS to upstream DNS server.
        :param query_logging: queryLogging is the log level for DNS queries in localDNS.
        :param serve_stale: serveStale is the policy for serving stale data. See `cache plugin <https://coredns.io/plugins/cache>`_ for more information.
        :param serve_stale_duration: Serve stale duration. See `cache plugin <https://coredns.io/plugins/cache>`_ for more information.
        :param zone: zone is the DNS zone this override applies to (e.g., ".", "cluster.local").

        :schema: AksNodeClassSpecLocalDnsVnetDnsOverrides
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__97301030645dc589e9072e657752dcd2c0286ba5d48463007c9adc08ff504d65)
            check_type(argname="argument cache_duration", value=cache_duration, expected_type=type_hints["cache_duration"])
            check_type(argname="argument forward_destination", value=forward_destination, expected_type=type_hints["forward_destination"])
            check_type(argname="argument forward_policy", value=forward_policy, expected_type=type_hints["forward_policy"])
            check_type(argname="argument max_concurrent", value=max_concurrent, expected_type=type_hints["max_concurrent"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
            check_type(argname="argument query_logging", value=query_logging, expected_type=type_hints["query_logging"])
            check_type(argname="argument serve_stale", value=serve_stale, expected_type=type_hints["serve_stale"])
            check_type(argname="argument serve_stale_duration", value=serve_stale_duration, expected_type=type_hints["serve_stale_duration"])
            check_type(argname="argument zone", value=zone, expected_type=type_hints["zone"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "cache_duration": cache_duration,
            "forward_destination": forward_destination,
            "forward_policy": forward_policy,
            "max_concurrent": max_concurrent,
            "protocol": protocol,
            "query_logging": query_logging,
            "serve_stale": serve_stale,
            "serve_stale_duration": serve_stale_duration,
            "zone": zone,
        }

    @builtins.property
    def cache_duration(self) -> builtins.str:
        '''Cache max TTL.

        See `cache plugin <https://coredns.io/plugins/cache>`_ for more information.

        :schema: AksNodeClassSpecLocalDnsVnetDnsOverrides#cacheDuration
        '''
        result = self._values.get("cache_duration")
        assert result is not None, "Required property 'cache_duration' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def forward_destination(
        self,
    ) -> "AksNodeClassSpecLocalDnsVnetDnsOverridesForwardDestination":
        '''forwardDestination is the destination server for DNS queries to be forwarded from localDNS.

        :schema: AksNodeClassSpecLocalDnsVnetDnsOverrides#forwardDestination
        '''
        result = self._values.get("forward_destination")
        assert result is not None, "Required property 'forward_destination' is missing"
        return typing.cast("AksNodeClassSpecLocalDnsVnetDnsOverridesForwardDestination", result)

    @builtins.property
    def forward_policy(self) -> "AksNodeClassSpecLocalDnsVnetDnsOverridesForwardPolicy":
        '''forwardPolicy is the forward policy for selecting upstream DNS server.

        See `forward plugin <https://coredns.io/plugins/forward>`_ for more information.

        :schema: AksNodeClassSpecLocalDnsVnetDnsOverrides#forwardPolicy
        '''
        result = self._values.get("forward_policy")
        assert result is not None, "Required property 'forward_policy' is missing"
        return typing.cast("AksNodeClassSpecLocalDnsVnetDnsOverridesForwardPolicy", result)

    @builtins.property
    def max_concurrent(self) -> jsii.Number:
        '''maxConcurrent is the maximum number of concurrent queries.

        See `forward plugin <https://coredns.io/plugins/forward>`_ for more information.

        :schema: AksNodeClassSpecLocalDnsVnetDnsOverrides#maxConcurrent
        '''
        result = self._values.get("max_concurrent")
        assert result is not None, "Required property 'max_concurrent' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def protocol(self) -> "AksNodeClassSpecLocalDnsVnetDnsOverridesProtocol":
        '''protocol enforces TCP or prefers UDP protocol for connections from localDNS to upstream DNS server.

        :schema: AksNodeClassSpecLocalDnsVnetDnsOverrides#protocol
        '''
        result = self._values.get("protocol")
        assert result is not None, "Required property 'protocol' is missing"
        return typing.cast("AksNodeClassSpecLocalDnsVnetDnsOverridesProtocol", result)

    @builtins.property
    def query_logging(self) -> "AksNodeClassSpecLocalDnsVnetDnsOverridesQueryLogging":
        '''queryLogging is the log level for DNS queries in localDNS.

        :schema: AksNodeClassSpecLocalDnsVnetDnsOverrides#queryLogging
        '''
        result = self._values.get("query_logging")
        assert result is not None, "Required property 'query_logging' is missing"
        return typing.cast("AksNodeClassSpecLocalDnsVnetDnsOverridesQueryLogging", result)

    @builtins.property
    def serve_stale(self) -> "AksNodeClassSpecLocalDnsVnetDnsOverridesServeStale":
        '''serveStale is the policy for serving stale data.

        See `cache plugin <https://coredns.io/plugins/cache>`_ for more information.

        :schema: AksNodeClassSpecLocalDnsVnetDnsOverrides#serveStale
        '''
        result = self._values.get("serve_stale")
        assert result is not None, "Required property 'serve_stale' is missing"
        return typing.cast("AksNodeClassSpecLocalDnsVnetDnsOverridesServeStale", result)

    @builtins.property
    def serve_stale_duration(self) -> builtins.str:
        '''Serve stale duration.

        See `cache plugin <https://coredns.io/plugins/cache>`_ for more information.

        :schema: AksNodeClassSpecLocalDnsVnetDnsOverrides#serveStaleDuration
        '''
        result = self._values.get("serve_stale_duration")
        assert result is not None, "Required property 'serve_stale_duration' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def zone(self) -> builtins.str:
        '''zone is the DNS zone this override applies to (e.g., ".", "cluster.local").

        :schema: AksNodeClassSpecLocalDnsVnetDnsOverrides#zone
        '''
        result = self._values.get("zone")
        assert result is not None, "Required property 'zone' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AksNodeClassSpecLocalDnsVnetDnsOverrides(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassSpecLocalDnsVnetDnsOverridesForwardDestination"
)
class AksNodeClassSpecLocalDnsVnetDnsOverridesForwardDestination(enum.Enum):
    '''forwardDestination is the destination server for DNS queries to be forwarded from localDNS.

    :schema: AksNodeClassSpecLocalDnsVnetDnsOverridesForwardDestination
    '''

    CLUSTER_CORE_DNS = "CLUSTER_CORE_DNS"
    '''ClusterCoreDNS.'''
    VNET_DNS = "VNET_DNS"
    '''VnetDNS.'''


@jsii.enum(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassSpecLocalDnsVnetDnsOverridesForwardPolicy"
)
class AksNodeClassSpecLocalDnsVnetDnsOverridesForwardPolicy(enum.Enum):
    '''forwardPolicy is the forward policy for selecting upstream DNS server.

    See `forward plugin <https://coredns.io/plugins/forward>`_ for more information.

    :schema: AksNodeClassSpecLocalDnsVnetDnsOverridesForwardPolicy
    '''

    SEQUENTIAL = "SEQUENTIAL"
    '''Sequential.'''
    ROUND_ROBIN = "ROUND_ROBIN"
    '''RoundRobin.'''
    RANDOM = "RANDOM"
    '''Random.'''


@jsii.enum(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassSpecLocalDnsVnetDnsOverridesProtocol"
)
class AksNodeClassSpecLocalDnsVnetDnsOverridesProtocol(enum.Enum):
    '''protocol enforces TCP or prefers UDP protocol for connections from localDNS to upstream DNS server.

    :schema: AksNodeClassSpecLocalDnsVnetDnsOverridesProtocol
    '''

    PREFER_UDP = "PREFER_UDP"
    '''PreferUDP.'''
    FORCE_TCP = "FORCE_TCP"
    '''ForceTCP.'''


@jsii.enum(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassSpecLocalDnsVnetDnsOverridesQueryLogging"
)
class AksNodeClassSpecLocalDnsVnetDnsOverridesQueryLogging(enum.Enum):
    '''queryLogging is the log level for DNS queries in localDNS.

    :schema: AksNodeClassSpecLocalDnsVnetDnsOverridesQueryLogging
    '''

    ERROR = "ERROR"
    '''Error.'''
    LOG = "LOG"
    '''Log.'''


@jsii.enum(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassSpecLocalDnsVnetDnsOverridesServeStale"
)
class AksNodeClassSpecLocalDnsVnetDnsOverridesServeStale(enum.Enum):
    '''serveStale is the policy for serving stale data.

    See `cache plugin <https://coredns.io/plugins/cache>`_ for more information.

    :schema: AksNodeClassSpecLocalDnsVnetDnsOverridesServeStale
    '''

    VERIFY = "VERIFY"
    '''Verify.'''
    IMMEDIATE = "IMMEDIATE"
    '''Immediate.'''
    DISABLE = "DISABLE"
    '''Disable.'''


@jsii.data_type(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassSpecSecurity",
    jsii_struct_bases=[],
    name_mapping={"encryption_at_host": "encryptionAtHost"},
)
class AksNodeClassSpecSecurity:
    def __init__(
        self,
        *,
        encryption_at_host: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''security is a collection of security related karpenter fields.

        :param encryption_at_host: encryptionAtHost specifies whether host-level encryption is enabled for provisioned nodes. For more information, see: https://learn.microsoft.com/en-us/azure/aks/enable-host-encryption https://learn.microsoft.com/en-us/azure/virtual-machines/disk-encryption#encryption-at-host---end-to-end-encryption-for-your-vm-data

        :schema: AksNodeClassSpecSecurity
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dd53fbe79cfa803c6b61602b4c62de55413c437365b3bb2866724e9621f15701)
            check_type(argname="argument encryption_at_host", value=encryption_at_host, expected_type=type_hints["encryption_at_host"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if encryption_at_host is not None:
            self._values["encryption_at_host"] = encryption_at_host

    @builtins.property
    def encryption_at_host(self) -> typing.Optional[builtins.bool]:
        '''encryptionAtHost specifies whether host-level encryption is enabled for provisioned nodes.

        For more information, see:
        https://learn.microsoft.com/en-us/azure/aks/enable-host-encryption
        https://learn.microsoft.com/en-us/azure/virtual-machines/disk-encryption#encryption-at-host---end-to-end-encryption-for-your-vm-data

        :schema: AksNodeClassSpecSecurity#encryptionAtHost
        '''
        result = self._values.get("encryption_at_host")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AksNodeClassSpecSecurity(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class AksNodeClassV1Beta1(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassV1Beta1",
):
    '''AKSNodeClass is the Schema for the AKSNodeClass API.

    :schema: AKSNodeClassV1Beta1
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["AksNodeClassV1Beta1Spec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "AKSNodeClassV1Beta1" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: spec is the top level specification for the AKS Karpenter Provider. This will contain configuration necessary to launch instances in AKS.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b2362ca7636b1698365784618ce03510d17a012dac040593fa52c63b62060f35)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = AksNodeClassV1Beta1Props(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["AksNodeClassV1Beta1Spec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "AKSNodeClassV1Beta1".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: spec is the top level specification for the AKS Karpenter Provider. This will contain configuration necessary to launch instances in AKS.
        '''
        props = AksNodeClassV1Beta1Props(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "AKSNodeClassV1Beta1".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassV1Beta1Props",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class AksNodeClassV1Beta1Props:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["AksNodeClassV1Beta1Spec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''AKSNodeClass is the Schema for the AKSNodeClass API.

        :param metadata: 
        :param spec: spec is the top level specification for the AKS Karpenter Provider. This will contain configuration necessary to launch instances in AKS.

        :schema: AKSNodeClassV1Beta1
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = AksNodeClassV1Beta1Spec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7de1876e9386a8d13ea53d49f4b37398a74c5fb0ca656a78176e21b6dec562da)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: AKSNodeClassV1Beta1#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["AksNodeClassV1Beta1Spec"]:
        '''spec is the top level specification for the AKS Karpenter Provider.

        This will contain configuration necessary to launch instances in AKS.

        :schema: AKSNodeClassV1Beta1#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["AksNodeClassV1Beta1Spec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AksNodeClassV1Beta1Props(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassV1Beta1Spec",
    jsii_struct_bases=[],
    name_mapping={
        "artifact_streaming": "artifactStreaming",
        "fips_mode": "fipsMode",
        "gpu": "gpu",
        "image_family": "imageFamily",
        "kubelet": "kubelet",
        "linux_os_config": "linuxOsConfig",
        "local_dns": "localDns",
        "max_pods": "maxPods",
        "os_disk_size_gb": "osDiskSizeGb",
        "security": "security",
        "tags": "tags",
        "vnet_subnet_id": "vnetSubnetId",
    },
)
class AksNodeClassV1Beta1Spec:
    def __init__(
        self,
        *,
        artifact_streaming: typing.Optional[typing.Union["AksNodeClassV1Beta1SpecArtifactStreaming", typing.Dict[builtins.str, typing.Any]]] = None,
        fips_mode: typing.Optional["AksNodeClassV1Beta1SpecFipsMode"] = None,
        gpu: typing.Optional[typing.Union["AksNodeClassV1Beta1SpecGpu", typing.Dict[builtins.str, typing.Any]]] = None,
        image_family: typing.Optional["AksNodeClassV1Beta1SpecImageFamily"] = None,
        kubelet: typing.Optional[typing.Union["AksNodeClassV1Beta1SpecKubelet", typing.Dict[builtins.str, typing.Any]]] = None,
        linux_os_config: typing.Optional[typing.Union["AksNodeClassV1Beta1SpecLinuxOsConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        local_dns: typing.Optional[typing.Union["AksNodeClassV1Beta1SpecLocalDns", typing.Dict[builtins.str, typing.Any]]] = None,
        max_pods: typing.Optional[jsii.Number] = None,
        os_disk_size_gb: typing.Optional[jsii.Number] = None,
        security: typing.Optional[typing.Union["AksNodeClassV1Beta1SpecSecurity", typing.Dict[builtins.str, typing.Any]]] = None,
        tags: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        vnet_subnet_id: typing.Optional[builtins.str] = None,
    ) -> None:
        '''spec is the top level specification for the AKS Karpenter Provider.

        This will contain configuration necessary to launch instances in AKS.

        :param artifact_streaming: artifactStreaming configures artifact streaming for provisioned nodes. Artifact streaming allows container images to be streamed on demand to nodes rather than fully downloaded before starting.
        :param fips_mode: fipsMode controls FIPS compliance for the provisioned nodes.
        :param gpu: gpu contains configuration for GPU-enabled nodes.
        :param image_family: imageFamily is the image family that instances use.
        :param kubelet: kubelet defines args to be used when configuring kubelet on provisioned nodes. They are a subset of the upstream types, recognizing not all options may be supported. Wherever possible, the types and names should reflect the upstream kubelet types.
        :param linux_os_config: linuxOSConfig specifies OS settings for Linux agent nodes. These map to the AKS Custom Linux OS Configuration feature. For more information, see: https://learn.microsoft.com/en-us/azure/aks/custom-node-configuration
        :param local_dns: localDNS configures the per-node local DNS, with VnetDNS and KubeDNS overrides. LocalDNS helps improve performance and reliability of DNS resolution in an AKS cluster. For more details see aka.ms/aks/localdns.
        :param max_pods: maxPods is an override for the maximum number of pods that can run on a worker node instance. See minimum + maximum pods per node documentation: https://learn.microsoft.com/en-us/azure/aks/concepts-network-ip-address-planning#maximum-pods-per-node Default behavior if this is not specified depends on the network plugin: - If Network Plugin is Azure with "" (v1 or NodeSubnet), the default is 30. - If Network Plugin is Azure with "overlay", the default is 250. - If Network Plugin is None, the default is 250. - Otherwise, the default is 110 (the usual Kubernetes default).
        :param os_disk_size_gb: osDiskSizeGB is the size of the OS disk in GB.
        :param security: security is a collection of security related karpenter fields.
        :param tags: tags to be applied on Azure resources like instances.
        :param vnet_subnet_id: vnetSubnetID is the subnet used by nics provisioned with this nodeclass. If not specified, we will use the default --vnet-subnet-id specified in karpenter's options config

        :schema: AksNodeClassV1Beta1Spec
        '''
        if isinstance(artifact_streaming, dict):
            artifact_streaming = AksNodeClassV1Beta1SpecArtifactStreaming(**artifact_streaming)
        if isinstance(gpu, dict):
            gpu = AksNodeClassV1Beta1SpecGpu(**gpu)
        if isinstance(kubelet, dict):
            kubelet = AksNodeClassV1Beta1SpecKubelet(**kubelet)
        if isinstance(linux_os_config, dict):
            linux_os_config = AksNodeClassV1Beta1SpecLinuxOsConfig(**linux_os_config)
        if isinstance(local_dns, dict):
            local_dns = AksNodeClassV1Beta1SpecLocalDns(**local_dns)
        if isinstance(security, dict):
            security = AksNodeClassV1Beta1SpecSecurity(**security)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__483ff47a8292f4a7ad8e72fa3365c72f496b9d88da5ffdfdf396b67bf0a60acb)
            check_type(argname="argument artifact_streaming", value=artifact_streaming, expected_type=type_hints["artifact_streaming"])
            check_type(argname="argument fips_mode", value=fips_mode, expected_type=type_hints["fips_mode"])
            check_type(argname="argument gpu", value=gpu, expected_type=type_hints["gpu"])
            check_type(argname="argument image_family", value=image_family, expected_type=type_hints["image_family"])
            check_type(argname="argument kubelet", value=kubelet, expected_type=type_hints["kubelet"])
            check_type(argname="argument linux_os_config", value=linux_os_config, expected_type=type_hints["linux_os_config"])
            check_type(argname="argument local_dns", value=local_dns, expected_type=type_hints["local_dns"])
            check_type(argname="argument max_pods", value=max_pods, expected_type=type_hints["max_pods"])
            check_type(argname="argument os_disk_size_gb", value=os_disk_size_gb, expected_type=type_hints["os_disk_size_gb"])
            check_type(argname="argument security", value=security, expected_type=type_hints["security"])
            check_type(argname="argument tags", value=tags, expected_type=type_hints["tags"])
            check_type(argname="argument vnet_subnet_id", value=vnet_subnet_id, expected_type=type_hints["vnet_subnet_id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if artifact_streaming is not None:
            self._values["artifact_streaming"] = artifact_streaming
        if fips_mode is not None:
            self._values["fips_mode"] = fips_mode
        if gpu is not None:
            self._values["gpu"] = gpu
        if image_family is not None:
            self._values["image_family"] = image_family
        if kubelet is not None:
            self._values["kubelet"] = kubelet
        if linux_os_config is not None:
            self._values["linux_os_config"] = linux_os_config
        if local_dns is not None:
            self._values["local_dns"] = local_dns
        if max_pods is not None:
            self._values["max_pods"] = max_pods
        if os_disk_size_gb is not None:
            self._values["os_disk_size_gb"] = os_disk_size_gb
        if security is not None:
            self._values["security"] = security
        if tags is not None:
            self._values["tags"] = tags
        if vnet_subnet_id is not None:
            self._values["vnet_subnet_id"] = vnet_subnet_id

    @builtins.property
    def artifact_streaming(
        self,
    ) -> typing.Optional["AksNodeClassV1Beta1SpecArtifactStreaming"]:
        '''artifactStreaming configures artifact streaming for provisioned nodes.

        Artifact streaming allows container images to be streamed on demand to nodes rather than fully downloaded before starting.

        :schema: AksNodeClassV1Beta1Spec#artifactStreaming
        '''
        result = self._values.get("artifact_streaming")
        return typing.cast(typing.Optional["AksNodeClassV1Beta1SpecArtifactStreaming"], result)

    @builtins.property
    def fips_mode(self) -> typing.Optional["AksNodeClassV1Beta1SpecFipsMode"]:
        '''fipsMode controls FIPS compliance for the provisioned nodes.

        :schema: AksNodeClassV1Beta1Spec#fipsMode
        '''
        result = self._values.get("fips_mode")
        return typing.cast(typing.Optional["AksNodeClassV1Beta1SpecFipsMode"], result)

    @builtins.property
    def gpu(self) -> typing.Optional["AksNodeClassV1Beta1SpecGpu"]:
        '''gpu contains configuration for GPU-enabled nodes.

        :schema: AksNodeClassV1Beta1Spec#gpu
        '''
        result = self._values.get("gpu")
        return typing.cast(typing.Optional["AksNodeClassV1Beta1SpecGpu"], result)

    @builtins.property
    def image_family(self) -> typing.Optional["AksNodeClassV1Beta1SpecImageFamily"]:
        '''imageFamily is the image family that instances use.

        :schema: AksNodeClassV1Beta1Spec#imageFamily
        '''
        result = self._values.get("image_family")
        return typing.cast(typing.Optional["AksNodeClassV1Beta1SpecImageFamily"], result)

    @builtins.property
    def kubelet(self) -> typing.Optional["AksNodeClassV1Beta1SpecKubelet"]:
        '''kubelet defines args to be used when configuring kubelet on provisioned nodes.

        They are a subset of the upstream types, recognizing not all options may be supported.
        Wherever possible, the types and names should reflect the upstream kubelet types.

        :schema: AksNodeClassV1Beta1Spec#kubelet
        '''
        result = self._values.get("kubelet")
        return typing.cast(typing.Optional["AksNodeClassV1Beta1SpecKubelet"], result)

    @builtins.property
    def linux_os_config(
        self,
    ) -> typing.Optional["AksNodeClassV1Beta1SpecLinuxOsConfig"]:
        '''linuxOSConfig specifies OS settings for Linux agent nodes.

        These map to the AKS Custom Linux OS Configuration feature.
        For more information, see:
        https://learn.microsoft.com/en-us/azure/aks/custom-node-configuration

        :schema: AksNodeClassV1Beta1Spec#linuxOSConfig
        '''
        result = self._values.get("linux_os_config")
        return typing.cast(typing.Optional["AksNodeClassV1Beta1SpecLinuxOsConfig"], result)

    @builtins.property
    def local_dns(self) -> typing.Optional["AksNodeClassV1Beta1SpecLocalDns"]:
        '''localDNS configures the per-node local DNS, with VnetDNS and KubeDNS overrides.

        LocalDNS helps improve performance and reliability of DNS resolution in an AKS cluster.
        For more details see aka.ms/aks/localdns.

        :schema: AksNodeClassV1Beta1Spec#localDNS
        '''
        result = self._values.get("local_dns")
        return typing.cast(typing.Optional["AksNodeClassV1Beta1SpecLocalDns"], result)

    @builtins.property
    def max_pods(self) -> typing.Optional[jsii.Number]:
        '''maxPods is an override for the maximum number of pods that can run on a worker node instance.

        See minimum + maximum pods per node documentation: https://learn.microsoft.com/en-us/azure/aks/concepts-network-ip-address-planning#maximum-pods-per-node
        Default behavior if this is not specified depends on the network plugin:

        - If Network Plugin is Azure with "" (v1 or NodeSubnet), the default is 30.
        - If Network Plugin is Azure with "overlay", the default is 250.
        - If Network Plugin is None, the default is 250.
        - Otherwise, the default is 110 (the usual Kubernetes default).

        :schema: AksNodeClassV1Beta1Spec#maxPods
        '''
        result = self._values.get("max_pods")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def os_disk_size_gb(self) -> typing.Optional[jsii.Number]:
        '''osDiskSizeGB is the size of the OS disk in GB.

        :schema: AksNodeClassV1Beta1Spec#osDiskSizeGB
        '''
        result = self._values.get("os_disk_size_gb")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def security(self) -> typing.Optional["AksNodeClassV1Beta1SpecSecurity"]:
        '''security is a collection of security related karpenter fields.

        :schema: AksNodeClassV1Beta1Spec#security
        '''
        result = self._values.get("security")
        return typing.cast(typing.Optional["AksNodeClassV1Beta1SpecSecurity"], result)

    @builtins.property
    def tags(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''tags to be applied on Azure resources like instances.

        :schema: AksNodeClassV1Beta1Spec#tags
        '''
        result = self._values.get("tags")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def vnet_subnet_id(self) -> typing.Optional[builtins.str]:
        '''vnetSubnetID is the subnet used by nics provisioned with this nodeclass.

        If not specified, we will use the default --vnet-subnet-id specified in karpenter's options config

        :schema: AksNodeClassV1Beta1Spec#vnetSubnetID
        '''
        result = self._values.get("vnet_subnet_id")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AksNodeClassV1Beta1Spec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassV1Beta1SpecArtifactStreaming",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class AksNodeClassV1Beta1SpecArtifactStreaming:
    def __init__(self, *, enabled: typing.Optional[builtins.bool] = None) -> None:
        '''artifactStreaming configures artifact streaming for provisioned nodes.

        Artifact streaming allows container images to be streamed on demand to nodes rather than fully downloaded before starting.

        :param enabled: enabled controls the artifact streaming mode. Artifact streaming speeds up the cold-start of containers on a node through on-demand image loading. To use this feature, container images must also enable artifact streaming on ACR. If not specified, defaults to false.

        :schema: AksNodeClassV1Beta1SpecArtifactStreaming
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cb2337628ad49699ddc5da2a7ba6b9185188b858cb1757a05db7b38d3601fce9)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''enabled controls the artifact streaming mode.

        Artifact streaming speeds up the cold-start of containers on a node through on-demand image loading. To use this feature, container images must also enable artifact streaming on ACR.
        If not specified, defaults to false.

        :schema: AksNodeClassV1Beta1SpecArtifactStreaming#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AksNodeClassV1Beta1SpecArtifactStreaming(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassV1Beta1SpecFipsMode"
)
class AksNodeClassV1Beta1SpecFipsMode(enum.Enum):
    '''fipsMode controls FIPS compliance for the provisioned nodes.

    :schema: AksNodeClassV1Beta1SpecFipsMode
    '''

    FIPS = "FIPS"
    '''FIPS.'''
    DISABLED = "DISABLED"
    '''Disabled.'''


@jsii.data_type(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassV1Beta1SpecGpu",
    jsii_struct_bases=[],
    name_mapping={"mode": "mode"},
)
class AksNodeClassV1Beta1SpecGpu:
    def __init__(
        self,
        *,
        mode: typing.Optional["AksNodeClassV1Beta1SpecGpuMode"] = None,
    ) -> None:
        '''gpu contains configuration for GPU-enabled nodes.

        :param mode: mode controls GPU driver management on GPU-enabled nodes. When set to Driver (or not specified), GPU drivers are installed by AKS and only GPU SKUs with managed driver installation support are considered for scheduling. Currently, only NVIDIA GPUs support managed driver installation. When set to None, GPU driver installation is skipped — use this when managing GPU drivers via a GPU Operator or other external mechanism. All GPU SKUs are available for scheduling in this mode. This field is ignored for non-GPU VM sizes.

        :schema: AksNodeClassV1Beta1SpecGpu
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8f561c8fd32b76c1e863df7bea40866c71e66643d72e6d15bf08015320fd33a8)
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if mode is not None:
            self._values["mode"] = mode

    @builtins.property
    def mode(self) -> typing.Optional["AksNodeClassV1Beta1SpecGpuMode"]:
        '''mode controls GPU driver management on GPU-enabled nodes.

        When set to Driver (or not specified), GPU drivers are installed by AKS
        and only GPU SKUs with managed driver installation support are considered for scheduling.
        Currently, only NVIDIA GPUs support managed driver installation.
        When set to None, GPU driver installation is skipped — use this when
        managing GPU drivers via a GPU Operator or other external mechanism.
        All GPU SKUs are available for scheduling in this mode.
        This field is ignored for non-GPU VM sizes.

        :schema: AksNodeClassV1Beta1SpecGpu#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional["AksNodeClassV1Beta1SpecGpuMode"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AksNodeClassV1Beta1SpecGpu(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassV1Beta1SpecGpuMode"
)
class AksNodeClassV1Beta1SpecGpuMode(enum.Enum):
    '''mode controls GPU driver management on GPU-enabled nodes.

    When set to Driver (or not specified), GPU drivers are installed by AKS
    and only GPU SKUs with managed driver installation support are considered for scheduling.
    Currently, only NVIDIA GPUs support managed driver installation.
    When set to None, GPU driver installation is skipped — use this when
    managing GPU drivers via a GPU Operator or other external mechanism.
    All GPU SKUs are available for scheduling in this mode.
    This field is ignored for non-GPU VM sizes.

    :schema: AksNodeClassV1Beta1SpecGpuMode
    '''

    DRIVER = "DRIVER"
    '''Driver.'''
    NONE = "NONE"
    '''None.'''


@jsii.enum(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassV1Beta1SpecImageFamily"
)
class AksNodeClassV1Beta1SpecImageFamily(enum.Enum):
    '''imageFamily is the image family that instances use.

    :schema: AksNodeClassV1Beta1SpecImageFamily
    '''

    UBUNTU = "UBUNTU"
    '''Ubuntu.'''
    UBUNTU2204 = "UBUNTU2204"
    '''Ubuntu2204.'''
    UBUNTU2404 = "UBUNTU2404"
    '''Ubuntu2404.'''
    AZURE_LINUX = "AZURE_LINUX"
    '''AzureLinux.'''


@jsii.data_type(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassV1Beta1SpecKubelet",
    jsii_struct_bases=[],
    name_mapping={
        "allowed_unsafe_sysctls": "allowedUnsafeSysctls",
        "container_log_max_files": "containerLogMaxFiles",
        "container_log_max_size": "containerLogMaxSize",
        "cpu_cfs_quota": "cpuCfsQuota",
        "cpu_cfs_quota_period": "cpuCfsQuotaPeriod",
        "cpu_manager_policy": "cpuManagerPolicy",
        "fail_swap_on": "failSwapOn",
        "image_gc_high_threshold_percent": "imageGcHighThresholdPercent",
        "image_gc_low_threshold_percent": "imageGcLowThresholdPercent",
        "pod_pids_limit": "podPidsLimit",
        "topology_manager_policy": "topologyManagerPolicy",
    },
)
class AksNodeClassV1Beta1SpecKubelet:
    def __init__(
        self,
        *,
        allowed_unsafe_sysctls: typing.Optional[typing.Sequence[builtins.str]] = None,
        container_log_max_files: typing.Optional[jsii.Number] = None,
        container_log_max_size: typing.Optional[builtins.str] = None,
        cpu_cfs_quota: typing.Optional[builtins.bool] = None,
        cpu_cfs_quota_period: typing.Optional[builtins.str] = None,
        cpu_manager_policy: typing.Optional["AksNodeClassV1Beta1SpecKubeletCpuManagerPolicy"] = None,
        fail_swap_on: typing.Optional[builtins.bool] = None,
        image_gc_high_threshold_percent: typing.Optional[jsii.Number] = None,
        image_gc_low_threshold_percent: typing.Optional[jsii.Number] = None,
        pod_pids_limit: typing.Optional[jsii.Number] = None,
        topology_manager_policy: typing.Optional["AksNodeClassV1Beta1SpecKubeletTopologyManagerPolicy"] = None,
    ) -> None:
        '''kubelet defines args to be used when configuring kubelet on provisioned nodes.

        They are a subset of the upstream types, recognizing not all options may be supported.
        Wherever possible, the types and names should reflect the upstream kubelet types.

        :param allowed_unsafe_sysctls: allowedUnsafeSysctls is a comma separated whitelist of unsafe sysctls or sysctl patterns (ending in ``*``). Unsafe sysctl groups are ``kernel.shm*``, ``kernel.msg*``, ``kernel.sem``, ``fs.mqueue.*``, and ``net.*``. For example: "``kernel.msg*,net.ipv4.route.min_pmtu``"
        :param container_log_max_files: containerLogMaxFiles specifies the maximum number of container log files that can be present for a container.
        :param container_log_max_size: containerLogMaxSize is a quantity defining the maximum size of the container log file before it is rotated. For example: "5Mi" or "256Ki". AKS CustomKubeletConfig has containerLogMaxSizeMB (with units), defaults to 50
        :param cpu_cfs_quota: cpuCFSQuota enables CPU CFS quota enforcement for containers that specify CPU limits. Note: AKS CustomKubeletConfig uses cpuCfsQuota (camelCase)
        :param cpu_cfs_quota_period: cpuCFSQuotaPeriod sets the CPU CFS quota period value, ``cpu.cfs_period_us``. The value must be between 1 ms and 1 second, inclusive.
        :param cpu_manager_policy: cpuManagerPolicy is the name of the policy to use.
        :param fail_swap_on: failSwapOn tells the kubelet to fail to start if swap is enabled on the node. Must be set to false to allow linuxOSConfig.swapFileSize to take effect.
        :param image_gc_high_threshold_percent: imageGCHighThresholdPercent is the percent of disk usage after which image garbage collection is always run. The percent is calculated by dividing this field value by 100, so this field must be between 0 and 100, inclusive. When specified, the value must be greater than ImageGCLowThresholdPercent. Note: AKS CustomKubeletConfig does not have "Percent" in the field name
        :param image_gc_low_threshold_percent: imageGCLowThresholdPercent is the percent of disk usage before which image garbage collection is never run. Lowest disk usage to garbage collect to. The percent is calculated by dividing this field value by 100, so the field value must be between 0 and 100, inclusive. When specified, the value must be less than imageGCHighThresholdPercent Note: AKS CustomKubeletConfig does not have "Percent" in the field name
        :param pod_pids_limit: podPidsLimit is the maximum number of PIDs in any pod. AKS CustomKubeletConfig uses PodMaxPids, int32 (!) Default: -1
        :param topology_manager_policy: topologyManagerPolicy is the name of the topology manager policy to use. Valid values include:. - ``restricted``: kubelet only allows pods with optimal NUMA node alignment for requested resources; - ``best-effort``: kubelet will favor pods with NUMA alignment of CPU and device resources; - ``none``: kubelet has no knowledge of NUMA alignment of a pod's CPU and device resources. - ``single-numa-node``: kubelet only allows pods with a single NUMA alignment of CPU and device resources.

        :schema: AksNodeClassV1Beta1SpecKubelet
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b46d378890e9c96d24a64754cd6a50f9598a52dae5dc122edc00855d5332f34f)
            check_type(argname="argument allowed_unsafe_sysctls", value=allowed_unsafe_sysctls, expected_type=type_hints["allowed_unsafe_sysctls"])
            check_type(argname="argument container_log_max_files", value=container_log_max_files, expected_type=type_hints["container_log_max_files"])
            check_type(argname="argument container_log_max_size", value=container_log_max_size, expected_type=type_hints["container_log_max_size"])
            check_type(argname="argument cpu_cfs_quota", value=cpu_cfs_quota, expected_type=type_hints["cpu_cfs_quota"])
            check_type(argname="argument cpu_cfs_quota_period", value=cpu_cfs_quota_period, expected_type=type_hints["cpu_cfs_quota_period"])
            check_type(argname="argument cpu_manager_policy", value=cpu_manager_policy, expected_type=type_hints["cpu_manager_policy"])
            check_type(argname="argument fail_swap_on", value=fail_swap_on, expected_type=type_hints["fail_swap_on"])
            check_type(argname="argument image_gc_high_threshold_percent", value=image_gc_high_threshold_percent, expected_type=type_hints["image_gc_high_threshold_percent"])
            check_type(argname="argument image_gc_low_threshold_percent", value=image_gc_low_threshold_percent, expected_type=type_hints["image_gc_low_threshold_percent"])
            check_type(argname="argument pod_pids_limit", value=pod_pids_limit, expected_type=type_hints["pod_pids_limit"])
            check_type(argname="argument topology_manager_policy", value=topology_manager_policy, expected_type=type_hints["topology_manager_policy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if allowed_unsafe_sysctls is not None:
            self._values["allowed_unsafe_sysctls"] = allowed_unsafe_sysctls
        if container_log_max_files is not None:
            self._values["container_log_max_files"] = container_log_max_files
        if container_log_max_size is not None:
            self._values["container_log_max_size"] = container_log_max_size
        if cpu_cfs_quota is not None:
            self._values["cpu_cfs_quota"] = cpu_cfs_quota
        if cpu_cfs_quota_period is not None:
            self._values["cpu_cfs_quota_period"] = cpu_cfs_quota_period
        if cpu_manager_policy is not None:
            self._values["cpu_manager_policy"] = cpu_manager_policy
        if fail_swap_on is not None:
            self._values["fail_swap_on"] = fail_swap_on
        if image_gc_high_threshold_percent is not None:
            self._values["image_gc_high_threshold_percent"] = image_gc_high_threshold_percent
        if image_gc_low_threshold_percent is not None:
            self._values["image_gc_low_threshold_percent"] = image_gc_low_threshold_percent
        if pod_pids_limit is not None:
            self._values["pod_pids_limit"] = pod_pids_limit
        if topology_manager_policy is not None:
            self._values["topology_manager_policy"] = topology_manager_policy

    @builtins.property
    def allowed_unsafe_sysctls(self) -> typing.Optional[typing.List[builtins.str]]:
        '''allowedUnsafeSysctls is a comma separated whitelist of unsafe sysctls or sysctl patterns (ending in ``*``).

        Unsafe sysctl groups are ``kernel.shm*``, ``kernel.msg*``, ``kernel.sem``, ``fs.mqueue.*``,
        and ``net.*``. For example: "``kernel.msg*,net.ipv4.route.min_pmtu``"

        :schema: AksNodeClassV1Beta1SpecKubelet#allowedUnsafeSysctls
        '''
        result = self._values.get("allowed_unsafe_sysctls")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def container_log_max_files(self) -> typing.Optional[jsii.Number]:
        '''containerLogMaxFiles specifies the maximum number of container log files that can be present for a container.

        :schema: AksNodeClassV1Beta1SpecKubelet#containerLogMaxFiles
        '''
        result = self._values.get("container_log_max_files")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def container_log_max_size(self) -> typing.Optional[builtins.str]:
        '''containerLogMaxSize is a quantity defining the maximum size of the container log file before it is rotated.

        For example: "5Mi" or "256Ki".
        AKS CustomKubeletConfig has containerLogMaxSizeMB (with units), defaults to 50

        :schema: AksNodeClassV1Beta1SpecKubelet#containerLogMaxSize
        '''
        result = self._values.get("container_log_max_size")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cpu_cfs_quota(self) -> typing.Optional[builtins.bool]:
        '''cpuCFSQuota enables CPU CFS quota enforcement for containers that specify CPU limits.

        Note: AKS CustomKubeletConfig uses cpuCfsQuota (camelCase)

        :schema: AksNodeClassV1Beta1SpecKubelet#cpuCFSQuota
        '''
        result = self._values.get("cpu_cfs_quota")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def cpu_cfs_quota_period(self) -> typing.Optional[builtins.str]:
        '''cpuCFSQuotaPeriod sets the CPU CFS quota period value, ``cpu.cfs_period_us``. The value must be between 1 ms and 1 second, inclusive.

        :schema: AksNodeClassV1Beta1SpecKubelet#cpuCFSQuotaPeriod
        '''
        result = self._values.get("cpu_cfs_quota_period")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cpu_manager_policy(
        self,
    ) -> typing.Optional["AksNodeClassV1Beta1SpecKubeletCpuManagerPolicy"]:
        '''cpuManagerPolicy is the name of the policy to use.

        :schema: AksNodeClassV1Beta1SpecKubelet#cpuManagerPolicy
        '''
        result = self._values.get("cpu_manager_policy")
        return typing.cast(typing.Optional["AksNodeClassV1Beta1SpecKubeletCpuManagerPolicy"], result)

    @builtins.property
    def fail_swap_on(self) -> typing.Optional[builtins.bool]:
        '''failSwapOn tells the kubelet to fail to start if swap is enabled on the node.

        Must be set to false to allow linuxOSConfig.swapFileSize to take effect.

        :schema: AksNodeClassV1Beta1SpecKubelet#failSwapOn
        '''
        result = self._values.get("fail_swap_on")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def image_gc_high_threshold_percent(self) -> typing.Optional[jsii.Number]:
        '''imageGCHighThresholdPercent is the percent of disk usage after which image garbage collection is always run.

        The percent is calculated by dividing this
        field value by 100, so this field must be between 0 and 100, inclusive.
        When specified, the value must be greater than ImageGCLowThresholdPercent.
        Note: AKS CustomKubeletConfig does not have "Percent" in the field name

        :schema: AksNodeClassV1Beta1SpecKubelet#imageGCHighThresholdPercent
        '''
        result = self._values.get("image_gc_high_threshold_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def image_gc_low_threshold_percent(self) -> typing.Optional[jsii.Number]:
        '''imageGCLowThresholdPercent is the percent of disk usage before which image garbage collection is never run.

        Lowest disk usage to garbage collect to.
        The percent is calculated by dividing this field value by 100,
        so the field value must be between 0 and 100, inclusive.
        When specified, the value must be less than imageGCHighThresholdPercent
        Note: AKS CustomKubeletConfig does not have "Percent" in the field name

        :schema: AksNodeClassV1Beta1SpecKubelet#imageGCLowThresholdPercent
        '''
        result = self._values.get("image_gc_low_threshold_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def pod_pids_limit(self) -> typing.Optional[jsii.Number]:
        '''podPidsLimit is the maximum number of PIDs in any pod.

        AKS CustomKubeletConfig uses PodMaxPids, int32 (!)
        Default: -1

        :schema: AksNodeClassV1Beta1SpecKubelet#podPidsLimit
        '''
        result = self._values.get("pod_pids_limit")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def topology_manager_policy(
        self,
    ) -> typing.Optional["AksNodeClassV1Beta1SpecKubeletTopologyManagerPolicy"]:
        '''topologyManagerPolicy is the name of the topology manager policy to use. Valid values include:.

        - ``restricted``: kubelet only allows pods with optimal NUMA node alignment for requested resources;
        - ``best-effort``: kubelet will favor pods with NUMA alignment of CPU and device resources;
        - ``none``: kubelet has no knowledge of NUMA alignment of a pod's CPU and device resources.
        - ``single-numa-node``: kubelet only allows pods with a single NUMA alignment
          of CPU and device resources.

        :schema: AksNodeClassV1Beta1SpecKubelet#topologyManagerPolicy
        '''
        result = self._values.get("topology_manager_policy")
        return typing.cast(typing.Optional["AksNodeClassV1Beta1SpecKubeletTopologyManagerPolicy"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AksNodeClassV1Beta1SpecKubelet(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassV1Beta1SpecKubeletCpuManagerPolicy"
)
class AksNodeClassV1Beta1SpecKubeletCpuManagerPolicy(enum.Enum):
    '''cpuManagerPolicy is the name of the policy to use.

    :schema: AksNodeClassV1Beta1SpecKubeletCpuManagerPolicy
    '''

    NONE = "NONE"
    '''none.'''
    STATIC = "STATIC"
    '''static.'''


@jsii.enum(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassV1Beta1SpecKubeletTopologyManagerPolicy"
)
class AksNodeClassV1Beta1SpecKubeletTopologyManagerPolicy(enum.Enum):
    '''topologyManagerPolicy is the name of the topology manager policy to use. Valid values include:.

    - ``restricted``: kubelet only allows pods with optimal NUMA node alignment for requested resources;
    - ``best-effort``: kubelet will favor pods with NUMA alignment of CPU and device resources;
    - ``none``: kubelet has no knowledge of NUMA alignment of a pod's CPU and device resources.
    - ``single-numa-node``: kubelet only allows pods with a single NUMA alignment
      of CPU and device resources.

    :schema: AksNodeClassV1Beta1SpecKubeletTopologyManagerPolicy
    '''

    RESTRICTED = "RESTRICTED"
    '''restricted.'''
    BEST_HYPHEN_EFFORT = "BEST_HYPHEN_EFFORT"
    '''best-effort.'''
    NONE = "NONE"
    '''none.'''
    SINGLE_HYPHEN_NUMA_HYPHEN_NODE = "SINGLE_HYPHEN_NUMA_HYPHEN_NODE"
    '''single-numa-node.'''


@jsii.data_type(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassV1Beta1SpecLinuxOsConfig",
    jsii_struct_bases=[],
    name_mapping={
        "swap_file_size": "swapFileSize",
        "sysctls": "sysctls",
        "transparent_huge_page_defrag": "transparentHugePageDefrag",
        "transparent_huge_page_enabled": "transparentHugePageEnabled",
    },
)
class AksNodeClassV1Beta1SpecLinuxOsConfig:
    def __init__(
        self,
        *,
        swap_file_size: typing.Optional[builtins.str] = None,
        sysctls: typing.Optional[typing.Union["AksNodeClassV1Beta1SpecLinuxOsConfigSysctls", typing.Dict[builtins.str, typing.Any]]] = None,
        transparent_huge_page_defrag: typing.Optional["AksNodeClassV1Beta1SpecLinuxOsConfigTransparentHugePageDefrag"] = None,
        transparent_huge_page_enabled: typing.Optional["AksNodeClassV1Beta1SpecLinuxOsConfigTransparentHugePageEnabled"] = None,
    ) -> None:
        '''linuxOSConfig specifies OS settings for Linux agent nodes.

        These map to the AKS Custom Linux OS Configuration feature.
        For more information, see:
        https://learn.microsoft.com/en-us/azure/aks/custom-node-configuration

        :param swap_file_size: swapFileSize specifies the size of a swap file that will be created on each node. For example: "1500Mi" or "2Gi". The value will be rounded to the nearest megabyte due to system limitations.
        :param sysctls: sysctls specifies sysctl settings for Linux agent nodes.
        :param transparent_huge_page_defrag: transparentHugePageDefrag sets the kernel's transparent_hugepage/defrag behavior. Maps to /sys/kernel/mm/transparent_hugepage/defrag.
        :param transparent_huge_page_enabled: transparentHugePageEnabled sets the kernel's transparent_hugepage/enabled behavior. Maps to /sys/kernel/mm/transparent_hugepage/enabled.

        :schema: AksNodeClassV1Beta1SpecLinuxOsConfig
        '''
        if isinstance(sysctls, dict):
            sysctls = AksNodeClassV1Beta1SpecLinuxOsConfigSysctls(**sysctls)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fd935a94e52bac37ccb971508f02c6f0d9e6da744e68bbb1894d5541d6c81c73)
            check_type(argname="argument swap_file_size", value=swap_file_size, expected_type=type_hints["swap_file_size"])
            check_type(argname="argument sysctls", value=sysctls, expected_type=type_hints["sysctls"])
            check_type(argname="argument transparent_huge_page_defrag", value=transparent_huge_page_defrag, expected_type=type_hints["transparent_huge_page_defrag"])
            check_type(argname="argument transparent_huge_page_enabled", value=transparent_huge_page_enabled, expected_type=type_hints["transparent_huge_page_enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if swap_file_size is not None:
            self._values["swap_file_size"] = swap_file_size
        if sysctls is not None:
            self._values["sysctls"] = sysctls
        if transparent_huge_page_defrag is not None:
            self._values["transparent_huge_page_defrag"] = transparent_huge_page_defrag
        if transparent_huge_page_enabled is not None:
            self._values["transparent_huge_page_enabled"] = transparent_huge_page_enabled

    @builtins.property
    def swap_file_size(self) -> typing.Optional[builtins.str]:
        '''swapFileSize specifies the size of a swap file that will be created on each node.

        For example: "1500Mi" or "2Gi".
        The value will be rounded to the nearest megabyte due to system limitations.

        :schema: AksNodeClassV1Beta1SpecLinuxOsConfig#swapFileSize
        '''
        result = self._values.get("swap_file_size")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sysctls(self) -> typing.Optional["AksNodeClassV1Beta1SpecLinuxOsConfigSysctls"]:
        '''sysctls specifies sysctl settings for Linux agent nodes.

        :schema: AksNodeClassV1Beta1SpecLinuxOsConfig#sysctls
        '''
        result = self._values.get("sysctls")
        return typing.cast(typing.Optional["AksNodeClassV1Beta1SpecLinuxOsConfigSysctls"], result)

    @builtins.property
    def transparent_huge_page_defrag(
        self,
    ) -> typing.Optional["AksNodeClassV1Beta1SpecLinuxOsConfigTransparentHugePageDefrag"]:
        '''transparentHugePageDefrag sets the kernel's transparent_hugepage/defrag behavior.

        Maps to /sys/kernel/mm/transparent_hugepage/defrag.

        :schema: AksNodeClassV1Beta1SpecLinuxOsConfig#transparentHugePageDefrag
        '''
        result = self._values.get("transparent_huge_page_defrag")
        return typing.cast(typing.Optional["AksNodeClassV1Beta1SpecLinuxOsConfigTransparentHugePageDefrag"], result)

    @builtins.property
    def transparent_huge_page_enabled(
        self,
    ) -> typing.Optional["AksNodeClassV1Beta1SpecLinuxOsConfigTransparentHugePageEnabled"]:
        '''transparentHugePageEnabled sets the kernel's transparent_hugepage/enabled behavior.

        Maps to /sys/kernel/mm/transparent_hugepage/enabled.

        :schema: AksNodeClassV1Beta1SpecLinuxOsConfig#transparentHugePageEnabled
        '''
        result = self._values.get("transparent_huge_page_enabled")
        return typing.cast(typing.Optional["AksNodeClassV1Beta1SpecLinuxOsConfigTransparentHugePageEnabled"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AksNodeClassV1Beta1SpecLinuxOsConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassV1Beta1SpecLinuxOsConfigSysctls",
    jsii_struct_bases=[],
    name_mapping={
        "fs_aio_max_nr": "fsAioMaxNr",
        "fs_file_max": "fsFileMax",
        "fs_inotify_max_user_watches": "fsInotifyMaxUserWatches",
        "fs_nr_open": "fsNrOpen",
        "kernel_threads_max": "kernelThreadsMax",
        "net_core_netdev_max_backlog": "netCoreNetdevMaxBacklog",
        "net_core_optmem_max": "netCoreOptmemMax",
        "net_core_rmem_default": "netCoreRmemDefault",
        "net_core_rmem_max": "netCoreRmemMax",
        "net_core_somaxconn": "netCoreSomaxconn",
        "net_core_wmem_default": "netCoreWmemDefault",
        "net_core_wmem_max": "netCoreWmemMax",
        "net_i_pv4_ip_local_port_range": "netIPv4IpLocalPortRange",
        "net_i_pv4_neigh_default_gc_thresh1": "netIPv4NeighDefaultGcThresh1",
        "net_i_pv4_neigh_default_gc_thresh2": "netIPv4NeighDefaultGcThresh2",
        "net_i_pv4_neigh_default_gc_thresh3": "netIPv4NeighDefaultGcThresh3",
        "net_i_pv4_tcp_fin_timeout": "netIPv4TcpFinTimeout",
        "net_i_pv4_tcp_keepalive_intvl": "netIPv4TcpKeepaliveIntvl",
        "net_i_pv4_tcp_keepalive_probes": "netIPv4TcpKeepaliveProbes",
        "net_i_pv4_tcp_keepalive_time": "netIPv4TcpKeepaliveTime",
        "net_i_pv4_tcp_max_syn_backlog": "netIPv4TcpMaxSynBacklog",
        "net_i_pv4_tcp_max_tw_buckets": "netIPv4TcpMaxTwBuckets",
        "net_i_pv4_tcp_tw_reuse": "netIPv4TcpTwReuse",
        "net_netfilter_nf_conntrack_buckets": "netNetfilterNfConntrackBuckets",
        "net_netfilter_nf_conntrack_max": "netNetfilterNfConntrackMax",
        "vm_max_map_count": "vmMaxMapCount",
        "vm_swappiness": "vmSwappiness",
        "vm_vfs_cache_pressure": "vmVfsCachePressure",
    },
)
class AksNodeClassV1Beta1SpecLinuxOsConfigSysctls:
    def __init__(
        self,
        *,
        fs_aio_max_nr: typing.Optional[jsii.Number] = None,
        fs_file_max: typing.Optional[jsii.Number] = None,
        fs_inotify_max_user_watches: typing.Optional[jsii.Number] = None,
        fs_nr_open: typing.Optional[jsii.Number] = None,
        kernel_threads_max: typing.Optional[jsii.Number] = None,
        net_core_netdev_max_backlog: typing.Optional[jsii.Number] = None,
        net_core_optmem_max: typing.Optional[jsii.Number] = None,
        net_core_rmem_default: typing.Optional[jsii.Number] = None,
        net_core_rmem_max: typing.Optional[jsii.Number] = None,
        net_core_somaxconn: typing.Optional[jsii.Number] = None,
        net_core_wmem_default: typing.Optional[jsii.Number] = None,
        net_core_wmem_max: typing.Optional[jsii.Number] = None,
        net_i_pv4_ip_local_port_range: typing.Optional[builtins.str] = None,
        net_i_pv4_neigh_default_gc_thresh1: typing.Optional[jsii.Number] = None,
        net_i_pv4_neigh_default_gc_thresh2: typing.Optional[jsii.Number] = None,
        net_i_pv4_neigh_default_gc_thresh3: typing.Optional[jsii.Number] = None,
        net_i_pv4_tcp_fin_timeout: typing.Optional[jsii.Number] = None,
        net_i_pv4_tcp_keepalive_intvl: typing.Optional[jsii.Number] = None,
        net_i_pv4_tcp_keepalive_probes: typing.Optional[jsii.Number] = None,
        net_i_pv4_tcp_keepalive_time: typing.Optional[jsii.Number] = None,
        net_i_pv4_tcp_max_syn_backlog: typing.Optional[jsii.Number] = None,
        net_i_pv4_tcp_max_tw_buckets: typing.Optional[jsii.Number] = None,
        net_i_pv4_tcp_tw_reuse: typing.Optional[builtins.bool] = None,
        net_netfilter_nf_conntrack_buckets: typing.Optional[jsii.Number] = None,
        net_netfilter_nf_conntrack_max: typing.Optional[jsii.Number] = None,
        vm_max_map_count: typing.Optional[jsii.Number] = None,
        vm_swappiness: typing.Optional[jsii.Number] = None,
        vm_vfs_cache_pressure: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''sysctls specifies sysctl settings for Linux agent nodes.

        :param fs_aio_max_nr: fsAioMaxNr specifies the maximum number of AIO (Asynchronous I/O) requests. Maps to fs.aio-max-nr.
        :param fs_file_max: fsFileMax specifies the maximum number of file handles the kernel will allocate. Maps to fs.file-max.
        :param fs_inotify_max_user_watches: fsInotifyMaxUserWatches specifies the maximum number of inotify watches per user. Maps to fs.inotify.max_user_watches.
        :param fs_nr_open: fsNrOpen specifies the maximum number of file handles that can be allocated. Maps to fs.nr_open.
        :param kernel_threads_max: kernelThreadsMax specifies the maximum number of threads that can be created. Maps to kernel.threads-max.
        :param net_core_netdev_max_backlog: netCoreNetdevMaxBacklog specifies the maximum number of packets queued on the INPUT side. Maps to net.core.netdev_max_backlog.
        :param net_core_optmem_max: netCoreOptmemMax specifies the maximum ancillary buffer size (option memory buffer) allowed per socket. Maps to net.core.optmem_max.
        :param net_core_rmem_default: netCoreRmemDefault specifies the default receive socket buffer size in bytes. Maps to net.core.rmem_default.
        :param net_core_rmem_max: netCoreRmemMax specifies the maximum receive socket buffer size in bytes. Maps to net.core.rmem_max.
        :param net_core_somaxconn: netCoreSomaxconn specifies the maximum number of connection requests that can be queued for any given listening socket. Maps to net.core.somaxconn.
        :param net_core_wmem_default: netCoreWmemDefault specifies the default send socket buffer size in bytes. Maps to net.core.wmem_default.
        :param net_core_wmem_max: netCoreWmemMax specifies the maximum send socket buffer size in bytes. Maps to net.core.wmem_max.
        :param net_i_pv4_ip_local_port_range: netIPv4IPLocalPortRange specifies the local port range that is used by TCP and UDP traffic. Must be in the format "first last", where first is in the range 1024-60999 and last is in the range 32768-65535. Maps to net.ipv4.ip_local_port_range.
        :param net_i_pv4_neigh_default_gc_thresh1: netIPv4NeighDefaultGcThresh1 specifies the minimum number of entries that may be in the ARP cache. Maps to net.ipv4.neigh.default.gc_thresh1.
        :param net_i_pv4_neigh_default_gc_thresh2: netIPv4NeighDefaultGcThresh2 specifies the soft maximum number of entries that may be in the ARP cache. Maps to net.ipv4.neigh.default.gc_thresh2.
        :param net_i_pv4_neigh_default_gc_thresh3: netIPv4NeighDefaultGcThresh3 specifies the hard maximum number of entries in the ARP cache. Maps to net.ipv4.neigh.default.gc_thresh3.
        :param net_i_pv4_tcp_fin_timeout: netIPv4TCPFinTimeout specifies the length of time an orphaned connection will remain in the FIN_WAIT_2 state before being aborted. Maps to net.ipv4.tcp_fin_timeout.
        :param net_i_pv4_tcp_keepalive_intvl: netIPv4TCPKeepaliveIntvl specifies the frequency of the probes sent out. Measured in seconds. Maps to net.ipv4.tcp_keepalive_intvl.
        :param net_i_pv4_tcp_keepalive_probes: netIPv4TCPKeepaliveProbes specifies the number of keepalive probes TCP sends out until it decides a connection is broken. Maps to net.ipv4.tcp_keepalive_probes.
        :param net_i_pv4_tcp_keepalive_time: netIPv4TCPKeepaliveTime specifies the rate at which TCP sends keepalive probes. Measured in seconds. Maps to net.ipv4.tcp_keepalive_time.
        :param net_i_pv4_tcp_max_syn_backlog: netIPv4TCPMaxSynBacklog specifies the maximum number of queued connection requests that have still not received an acknowledgment from the connecting client. If this number is exceeded, the kernel will begin dropping requests. Maps to net.ipv4.tcp_max_syn_backlog.
        :param net_i_pv4_tcp_max_tw_buckets: netIPv4TCPMaxTwBuckets specifies the maximum number of sockets in TIME_WAIT state. Maps to net.ipv4.tcp_max_tw_buckets.
        :param net_i_pv4_tcp_tw_reuse: netIPv4TCPTwReuse enables/disables reuse of TIME_WAIT sockets for new connections. Maps to net.ipv4.tcp_tw_reuse.
        :param net_netfilter_nf_conntrack_buckets: netNetfilterNfConntrackBuckets specifies the size of the hash table used by nf_conntrack module. Maps to net.netfilter.nf_conntrack_buckets.
        :param net_netfilter_nf_conntrack_max: netNetfilterNfConntrackMax specifies the maximum number of connections tracked by the nf_conntrack module. Maps to net.netfilter.nf_conntrack_max.
        :param vm_max_map_count: vmMaxMapCount specifies the maximum number of memory map areas a process may have. Maps to vm.max_map_count.
        :param vm_swappiness: vmSwappiness specifies the kernel's tendency to swap memory pages. Higher values increase aggressiveness, lower values decrease it. Maps to vm.swappiness.
        :param vm_vfs_cache_pressure: vmVfsCachePressure specifies the tendency of the kernel to reclaim the memory which is used for caching of directory and inode objects. Maps to vm.vfs_cache_pressure.

        :schema: AksNodeClassV1Beta1SpecLinuxOsConfigSysctls
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a4a7b689421b6353c7317b08c945587cd18661341da19bf83d50d236a3a028a4)
            check_type(argname="argument fs_aio_max_nr", value=fs_aio_max_nr, expected_type=type_hints["fs_aio_max_nr"])
            check_type(argname="argument fs_file_max", value=fs_file_max, expected_type=type_hints["fs_file_max"])
            check_type(argname="argument fs_inotify_max_user_watches", value=fs_inotify_max_user_watches, expected_type=type_hints["fs_inotify_max_user_watches"])
            check_type(argname="argument fs_nr_open", value=fs_nr_open, expected_type=type_hints["fs_nr_open"])
            check_type(argname="argument kernel_threads_max", value=kernel_threads_max, expected_type=type_hints["kernel_threads_max"])
            check_type(argname="argument net_core_netdev_max_backlog", value=net_core_netdev_max_backlog, expected_type=type_hints["net_core_netdev_max_backlog"])
            check_type(argname="argument net_core_optmem_max", value=net_core_optmem_max, expected_type=type_hints["net_core_optmem_max"])
            check_type(argname="argument net_core_rmem_default", value=net_core_rmem_default, expected_type=type_hints["net_core_rmem_default"])
            check_type(argname="argument net_core_rmem_max", value=net_core_rmem_max, expected_type=type_hints["net_core_rmem_max"])
            check_type(argname="argument net_core_somaxconn", value=net_core_somaxconn, expected_type=type_hints["net_core_somaxconn"])
            check_type(argname="argument net_core_wmem_default", value=net_core_wmem_default, expected_type=type_hints["net_core_wmem_default"])
            check_type(argname="argument net_core_wmem_max", value=net_core_wmem_max, expected_type=type_hints["net_core_wmem_max"])
            check_type(argname="argument net_i_pv4_ip_local_port_range", value=net_i_pv4_ip_local_port_range, expected_type=type_hints["net_i_pv4_ip_local_port_range"])
            check_type(argname="argument net_i_pv4_neigh_default_gc_thresh1", value=net_i_pv4_neigh_default_gc_thresh1, expected_type=type_hints["net_i_pv4_neigh_default_gc_thresh1"])
            check_type(argname="argument net_i_pv4_neigh_default_gc_thresh2", value=net_i_pv4_neigh_default_gc_thresh2, expected_type=type_hints["net_i_pv4_neigh_default_gc_thresh2"])
            check_type(argname="argument net_i_pv4_neigh_default_gc_thresh3", value=net_i_pv4_neigh_default_gc_thresh3, expected_type=type_hints["net_i_pv4_neigh_default_gc_thresh3"])
            check_type(argname="argument net_i_pv4_tcp_fin_timeout", value=net_i_pv4_tcp_fin_timeout, expected_type=type_hints["net_i_pv4_tcp_fin_timeout"])
            check_type(argname="argument net_i_pv4_tcp_keepalive_intvl", value=net_i_pv4_tcp_keepalive_intvl, expected_type=type_hints["net_i_pv4_tcp_keepalive_intvl"])
            check_type(argname="argument net_i_pv4_tcp_keepalive_probes", value=net_i_pv4_tcp_keepalive_probes, expected_type=type_hints["net_i_pv4_tcp_keepalive_probes"])
            check_type(argname="argument net_i_pv4_tcp_keepalive_time", value=net_i_pv4_tcp_keepalive_time, expected_type=type_hints["net_i_pv4_tcp_keepalive_time"])
            check_type(argname="argument net_i_pv4_tcp_max_syn_backlog", value=net_i_pv4_tcp_max_syn_backlog, expected_type=type_hints["net_i_pv4_tcp_max_syn_backlog"])
            check_type(argname="argument net_i_pv4_tcp_max_tw_buckets", value=net_i_pv4_tcp_max_tw_buckets, expected_type=type_hints["net_i_pv4_tcp_max_tw_buckets"])
            check_type(argname="argument net_i_pv4_tcp_tw_reuse", value=net_i_pv4_tcp_tw_reuse, expected_type=type_hints["net_i_pv4_tcp_tw_reuse"])
            check_type(argname="argument net_netfilter_nf_conntrack_buckets", value=net_netfilter_nf_conntrack_buckets, expected_type=type_hints["net_netfilter_nf_conntrack_buckets"])
            check_type(argname="argument net_netfilter_nf_conntrack_max", value=net_netfilter_nf_conntrack_max, expected_type=type_hints["net_netfilter_nf_conntrack_max"])
            check_type(argname="argument vm_max_map_count", value=vm_max_map_count, expected_type=type_hints["vm_max_map_count"])
            check_type(argname="argument vm_swappiness", value=vm_swappiness, expected_type=type_hints["vm_swappiness"])
            check_type(argname="argument vm_vfs_cache_pressure", value=vm_vfs_cache_pressure, expected_type=type_hints["vm_vfs_cache_pressure"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if fs_aio_max_nr is not None:
            self._values["fs_aio_max_nr"] = fs_aio_max_nr
        if fs_file_max is not None:
            self._values["fs_file_max"] = fs_file_max
        if fs_inotify_max_user_watches is not None:
            self._values["fs_inotify_max_user_watches"] = fs_inotify_max_user_watches
        if fs_nr_open is not None:
            self._values["fs_nr_open"] = fs_nr_open
        if kernel_threads_max is not None:
            self._values["kernel_threads_max"] = kernel_threads_max
        if net_core_netdev_max_backlog is not None:
            self._values["net_core_netdev_max_backlog"] = net_core_netdev_max_backlog
        if net_core_optmem_max is not None:
            self._values["net_core_optmem_max"] = net_core_optmem_max
        if net_core_rmem_default is not None:
            self._values["net_core_rmem_default"] = net_core_rmem_default
        if net_core_rmem_max is not None:
            self._values["net_core_rmem_max"] = net_core_rmem_max
        if net_core_somaxconn is not None:
            self._values["net_core_somaxconn"] = net_core_somaxconn
        if net_core_wmem_default is not None:
            self._values["net_core_wmem_default"] = net_core_wmem_default
        if net_core_wmem_max is not None:
            self._values["net_core_wmem_max"] = net_core_wmem_max
        if net_i_pv4_ip_local_port_range is not None:
            self._values["net_i_pv4_ip_local_port_range"] = net_i_pv4_ip_local_port_range
        if net_i_pv4_neigh_default_gc_thresh1 is not None:
            self._values["net_i_pv4_neigh_default_gc_thresh1"] = net_i_pv4_neigh_default_gc_thresh1
        if net_i_pv4_neigh_default_gc_thresh2 is not None:
            self._values["net_i_pv4_neigh_default_gc_thresh2"] = net_i_pv4_neigh_default_gc_thresh2
        if net_i_pv4_neigh_default_gc_thresh3 is not None:
            self._values["net_i_pv4_neigh_default_gc_thresh3"] = net_i_pv4_neigh_default_gc_thresh3
        if net_i_pv4_tcp_fin_timeout is not None:
            self._values["net_i_pv4_tcp_fin_timeout"] = net_i_pv4_tcp_fin_timeout
        if net_i_pv4_tcp_keepalive_intvl is not None:
            self._values["net_i_pv4_tcp_keepalive_intvl"] = net_i_pv4_tcp_keepalive_intvl
        if net_i_pv4_tcp_keepalive_probes is not None:
            self._values["net_i_pv4_tcp_keepalive_probes"] = net_i_pv4_tcp_keepalive_probes
        if net_i_pv4_tcp_keepalive_time is not None:
            self._values["net_i_pv4_tcp_keepalive_time"] = net_i_pv4_tcp_keepalive_time
        if net_i_pv4_tcp_max_syn_backlog is not None:
            self._values["net_i_pv4_tcp_max_syn_backlog"] = net_i_pv4_tcp_max_syn_backlog
        if net_i_pv4_tcp_max_tw_buckets is not None:
            self._values["net_i_pv4_tcp_max_tw_buckets"] = net_i_pv4_tcp_max_tw_buckets
        if net_i_pv4_tcp_tw_reuse is not None:
            self._values["net_i_pv4_tcp_tw_reuse"] = net_i_pv4_tcp_tw_reuse
        if net_netfilter_nf_conntrack_buckets is not None:
            self._values["net_netfilter_nf_conntrack_buckets"] = net_netfilter_nf_conntrack_buckets
        if net_netfilter_nf_conntrack_max is not None:
            self._values["net_netfilter_nf_conntrack_max"] = net_netfilter_nf_conntrack_max
        if vm_max_map_count is not None:
            self._values["vm_max_map_count"] = vm_max_map_count
        if vm_swappiness is not None:
            self._values["vm_swappiness"] = vm_swappiness
        if vm_vfs_cache_pressure is not None:
            self._values["vm_vfs_cache_pressure"] = vm_vfs_cache_pressure

    @builtins.property
    def fs_aio_max_nr(self) -> typing.Optional[jsii.Number]:
        '''fsAioMaxNr specifies the maximum number of AIO (Asynchronous I/O) requests.

        Maps to fs.aio-max-nr.

        :schema: AksNodeClassV1Beta1SpecLinuxOsConfigSysctls#fsAioMaxNr
        '''
        result = self._values.get("fs_aio_max_nr")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def fs_file_max(self) -> typing.Optional[jsii.Number]:
        '''fsFileMax specifies the maximum number of file handles the kernel will allocate.

        Maps to fs.file-max.

        :schema: AksNodeClassV1Beta1SpecLinuxOsConfigSysctls#fsFileMax
        '''
        result = self._values.get("fs_file_max")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def fs_inotify_max_user_watches(self) -> typing.Optional[jsii.Number]:
        '''fsInotifyMaxUserWatches specifies the maximum number of inotify watches per user.

        Maps to fs.inotify.max_user_watches.

        :schema: AksNodeClassV1Beta1SpecLinuxOsConfigSysctls#fsInotifyMaxUserWatches
        '''
        result = self._values.get("fs_inotify_max_user_watches")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def fs_nr_open(self) -> typing.Optional[jsii.Number]:
        '''fsNrOpen specifies the maximum number of file handles that can be allocated.

        Maps to fs.nr_open.

        :schema: AksNodeClassV1Beta1SpecLinuxOsConfigSysctls#fsNrOpen
        '''
        result = self._values.get("fs_nr_open")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def kernel_threads_max(self) -> typing.Optional[jsii.Number]:
        '''kernelThreadsMax specifies the maximum number of threads that can be created.

        Maps to kernel.threads-max.

        :schema: AksNodeClassV1Beta1SpecLinuxOsConfigSysctls#kernelThreadsMax
        '''
        result = self._values.get("kernel_threads_max")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def net_core_netdev_max_backlog(self) -> typing.Optional[jsii.Number]:
        '''netCoreNetdevMaxBacklog specifies the maximum number of packets queued on the INPUT side.

        Maps to net.core.netdev_max_backlog.

        :schema: AksNodeClassV1Beta1SpecLinuxOsConfigSysctls#netCoreNetdevMaxBacklog
        '''
        result = self._values.get("net_core_netdev_max_backlog")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def net_core_optmem_max(self) -> typing.Optional[jsii.Number]:
        '''netCoreOptmemMax specifies the maximum ancillary buffer size (option memory buffer) allowed per socket.

        Maps to net.core.optmem_max.

        :schema: AksNodeClassV1Beta1SpecLinuxOsConfigSysctls#netCoreOptmemMax
        '''
        result = self._values.get("net_core_optmem_max")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def net_core_rmem_default(self) -> typing.Optional[jsii.Number]:
        '''netCoreRmemDefault specifies the default receive socket buffer size in bytes.

        Maps to net.core.rmem_default.

        :schema: AksNodeClassV1Beta1SpecLinuxOsConfigSysctls#netCoreRmemDefault
        '''
        result = self._values.get("net_core_rmem_default")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def net_core_rmem_max(self) -> typing.Optional[jsii.Number]:
        '''netCoreRmemMax specifies the maximum receive socket buffer size in bytes.

        Maps to net.core.rmem_max.

        :schema: AksNodeClassV1Beta1SpecLinuxOsConfigSysctls#netCoreRmemMax
        '''
        result = self._values.get("net_core_rmem_max")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def net_core_somaxconn(self) -> typing.Optional[jsii.Number]:
        '''netCoreSomaxconn specifies the maximum number of connection requests that can be queued for any given listening socket.

        Maps to net.core.somaxconn.

        :schema: AksNodeClassV1Beta1SpecLinuxOsConfigSysctls#netCoreSomaxconn
        '''
        result = self._values.get("net_core_somaxconn")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def net_core_wmem_default(self) -> typing.Optional[jsii.Number]:
        '''netCoreWmemDefault specifies the default send socket buffer size in bytes.

        Maps to net.core.wmem_default.

        :schema: AksNodeClassV1Beta1SpecLinuxOsConfigSysctls#netCoreWmemDefault
        '''
        result = self._values.get("net_core_wmem_default")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def net_core_wmem_max(self) -> typing.Optional[jsii.Number]:
        '''netCoreWmemMax specifies the maximum send socket buffer size in bytes.

        Maps to net.core.wmem_max.

        :schema: AksNodeClassV1Beta1SpecLinuxOsConfigSysctls#netCoreWmemMax
        '''
        result = self._values.get("net_core_wmem_max")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def net_i_pv4_ip_local_port_range(self) -> typing.Optional[builtins.str]:
        '''netIPv4IPLocalPortRange specifies the local port range that is used by TCP and UDP traffic.

        Must be in the format "first last", where first is in the range 1024-60999 and last is in the range 32768-65535.
        Maps to net.ipv4.ip_local_port_range.

        :schema: AksNodeClassV1Beta1SpecLinuxOsConfigSysctls#netIPv4IPLocalPortRange
        '''
        result = self._values.get("net_i_pv4_ip_local_port_range")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def net_i_pv4_neigh_default_gc_thresh1(self) -> typing.Optional[jsii.Number]:
        '''netIPv4NeighDefaultGcThresh1 specifies the minimum number of entries that may be in the ARP cache.

        Maps to net.ipv4.neigh.default.gc_thresh1.

        :schema: AksNodeClassV1Beta1SpecLinuxOsConfigSysctls#netIPv4NeighDefaultGcThresh1
        '''
        result = self._values.get("net_i_pv4_neigh_default_gc_thresh1")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def net_i_pv4_neigh_default_gc_thresh2(self) -> typing.Optional[jsii.Number]:
        '''netIPv4NeighDefaultGcThresh2 specifies the soft maximum number of entries that may be in the ARP cache.

        Maps to net.ipv4.neigh.default.gc_thresh2.

        :schema: AksNodeClassV1Beta1SpecLinuxOsConfigSysctls#netIPv4NeighDefaultGcThresh2
        '''
        result = self._values.get("net_i_pv4_neigh_default_gc_thresh2")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def net_i_pv4_neigh_default_gc_thresh3(self) -> typing.Optional[jsii.Number]:
        '''netIPv4NeighDefaultGcThresh3 specifies the hard maximum number of entries in the ARP cache.

        Maps to net.ipv4.neigh.default.gc_thresh3.

        :schema: AksNodeClassV1Beta1SpecLinuxOsConfigSysctls#netIPv4NeighDefaultGcThresh3
        '''
        result = self._values.get("net_i_pv4_neigh_default_gc_thresh3")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def net_i_pv4_tcp_fin_timeout(self) -> typing.Optional[jsii.Number]:
        '''netIPv4TCPFinTimeout specifies the length of time an orphaned connection will remain in the FIN_WAIT_2 state before being aborted.

        Maps to net.ipv4.tcp_fin_timeout.

        :schema: AksNodeClassV1Beta1SpecLinuxOsConfigSysctls#netIPv4TCPFinTimeout
        '''
        result = self._values.get("net_i_pv4_tcp_fin_timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def net_i_pv4_tcp_keepalive_intvl(self) -> typing.Optional[jsii.Number]:
        '''netIPv4TCPKeepaliveIntvl specifies the frequency of the probes sent out.

        Measured in seconds.
        Maps to net.ipv4.tcp_keepalive_intvl.

        :schema: AksNodeClassV1Beta1SpecLinuxOsConfigSysctls#netIPv4TCPKeepaliveIntvl
        '''
        result = self._values.get("net_i_pv4_tcp_keepalive_intvl")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def net_i_pv4_tcp_keepalive_probes(self) -> typing.Optional[jsii.Number]:
        '''netIPv4TCPKeepaliveProbes specifies the number of keepalive probes TCP sends out until it decides a connection is broken.

        Maps to net.ipv4.tcp_keepalive_probes.

        :schema: AksNodeClassV1Beta1SpecLinuxOsConfigSysctls#netIPv4TCPKeepaliveProbes
        '''
        result = self._values.get("net_i_pv4_tcp_keepalive_probes")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def net_i_pv4_tcp_keepalive_time(self) -> typing.Optional[jsii.Number]:
        '''netIPv4TCPKeepaliveTime specifies the rate at which TCP sends keepalive probes.

        Measured in seconds.
        Maps to net.ipv4.tcp_keepalive_time.

        :schema: AksNodeClassV1Beta1SpecLinuxOsConfigSysctls#netIPv4TCPKeepaliveTime
        '''
        result = self._values.get("net_i_pv4_tcp_keepalive_time")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def net_i_pv4_tcp_max_syn_backlog(self) -> typing.Optional[jsii.Number]:
        '''netIPv4TCPMaxSynBacklog specifies the maximum number of queued connection requests that have still not received an acknowledgment from the connecting client.

        If this number is exceeded, the kernel will begin dropping requests.
        Maps to net.ipv4.tcp_max_syn_backlog.

        :schema: AksNodeClassV1Beta1SpecLinuxOsConfigSysctls#netIPv4TCPMaxSynBacklog
        '''
        result = self._values.get("net_i_pv4_tcp_max_syn_backlog")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def net_i_pv4_tcp_max_tw_buckets(self) -> typing.Optional[jsii.Number]:
        '''netIPv4TCPMaxTwBuckets specifies the maximum number of sockets in TIME_WAIT state.

        Maps to net.ipv4.tcp_max_tw_buckets.

        :schema: AksNodeClassV1Beta1SpecLinuxOsConfigSysctls#netIPv4TCPMaxTwBuckets
        '''
        result = self._values.get("net_i_pv4_tcp_max_tw_buckets")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def net_i_pv4_tcp_tw_reuse(self) -> typing.Optional[builtins.bool]:
        '''netIPv4TCPTwReuse enables/disables reuse of TIME_WAIT sockets for new connections.

        Maps to net.ipv4.tcp_tw_reuse.

        :schema: AksNodeClassV1Beta1SpecLinuxOsConfigSysctls#netIPv4TCPTwReuse
        '''
        result = self._values.get("net_i_pv4_tcp_tw_reuse")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def net_netfilter_nf_conntrack_buckets(self) -> typing.Optional[jsii.Number]:
        '''netNetfilterNfConntrackBuckets specifies the size of the hash table used by nf_conntrack module.

        Maps to net.netfilter.nf_conntrack_buckets.

        :schema: AksNodeClassV1Beta1SpecLinuxOsConfigSysctls#netNetfilterNfConntrackBuckets
        '''
        result = self._values.get("net_netfilter_nf_conntrack_buckets")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def net_netfilter_nf_conntrack_max(self) -> typing.Optional[jsii.Number]:
        '''netNetfilterNfConntrackMax specifies the maximum number of connections tracked by the nf_conntrack module.

        Maps to net.netfilter.nf_conntrack_max.

        :schema: AksNodeClassV1Beta1SpecLinuxOsConfigSysctls#netNetfilterNfConntrackMax
        '''
        result = self._values.get("net_netfilter_nf_conntrack_max")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def vm_max_map_count(self) -> typing.Optional[jsii.Number]:
        '''vmMaxMapCount specifies the maximum number of memory map areas a process may have.

        Maps to vm.max_map_count.

        :schema: AksNodeClassV1Beta1SpecLinuxOsConfigSysctls#vmMaxMapCount
        '''
        result = self._values.get("vm_max_map_count")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def vm_swappiness(self) -> typing.Optional[jsii.Number]:
        '''vmSwappiness specifies the kernel's tendency to swap memory pages.

        Higher values increase aggressiveness, lower values decrease it.
        Maps to vm.swappiness.

        :schema: AksNodeClassV1Beta1SpecLinuxOsConfigSysctls#vmSwappiness
        '''
        result = self._values.get("vm_swappiness")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def vm_vfs_cache_pressure(self) -> typing.Optional[jsii.Number]:
        '''vmVfsCachePressure specifies the tendency of the kernel to reclaim the memory which is used for caching of directory and inode objects.

        Maps to vm.vfs_cache_pressure.

        :schema: AksNodeClassV1Beta1SpecLinuxOsConfigSysctls#vmVfsCachePressure
        '''
        result = self._values.get("vm_vfs_cache_pressure")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AksNodeClassV1Beta1SpecLinuxOsConfigSysctls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassV1Beta1SpecLinuxOsConfigTransparentHugePageDefrag"
)
class AksNodeClassV1Beta1SpecLinuxOsConfigTransparentHugePageDefrag(enum.Enum):
    '''transparentHugePageDefrag sets the kernel's transparent_hugepage/defrag behavior.

    Maps to /sys/kernel/mm/transparent_hugepage/defrag.

    :schema: AksNodeClassV1Beta1SpecLinuxOsConfigTransparentHugePageDefrag
    '''

    ALWAYS = "ALWAYS"
    '''always.'''
    DEFER = "DEFER"
    '''defer.'''
    DEFER_MADVISE = "DEFER_MADVISE"
    '''defer+madvise.'''
    MADVISE = "MADVISE"
    '''madvise.'''
    NEVER = "NEVER"
    '''never.'''


@jsii.enum(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassV1Beta1SpecLinuxOsConfigTransparentHugePageEnabled"
)
class AksNodeClassV1Beta1SpecLinuxOsConfigTransparentHugePageEnabled(enum.Enum):
    '''transparentHugePageEnabled sets the kernel's transparent_hugepage/enabled behavior.

    Maps to /sys/kernel/mm/transparent_hugepage/enabled.

    :schema: AksNodeClassV1Beta1SpecLinuxOsConfigTransparentHugePageEnabled
    '''

    ALWAYS = "ALWAYS"
    '''always.'''
    MADVISE = "MADVISE"
    '''madvise.'''
    NEVER = "NEVER"
    '''never.'''


@jsii.data_type(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassV1Beta1SpecLocalDns",
    jsii_struct_bases=[],
    name_mapping={
        "kube_dns_overrides": "kubeDnsOverrides",
        "mode": "mode",
        "vnet_dns_overrides": "vnetDnsOverrides",
    },
)
class AksNodeClassV1Beta1SpecLocalDns:
    def __init__(
        self,
        *,
        kube_dns_overrides: typing.Sequence[typing.Union["AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverrides", typing.Dict[builtins.str, typing.Any]]],
        mode: "AksNodeClassV1Beta1SpecLocalDnsMode",
        vnet_dns_overrides: typing.Sequence[typing.Union["AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverrides", typing.Dict[builtins.str, typing.Any]]],
    ) -> None:
        '''localDNS configures the per-node local DNS, with VnetDNS and KubeDNS overrides.

        LocalDNS helps improve performance and reliability of DNS resolution in an AKS cluster.
        For more details see aka.ms/aks/localdns.

        :param kube_dns_overrides: kubeDNSOverrides apply to DNS traffic from pods with dnsPolicy:ClusterFirst (referred to as KubeDNS traffic).
        :param mode: mode of enablement for localDNS.
        :param vnet_dns_overrides: vnetDNSOverrides apply to DNS traffic from pods with dnsPolicy:default or kubelet (referred to as VnetDNS traffic).

        :schema: AksNodeClassV1Beta1SpecLocalDns
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5e961a5803823b178fbf8f3a42cbf7cba165fbd7d4fb3eac49bcbda683a7e8c1)
            check_type(argname="argument kube_dns_overrides", value=kube_dns_overrides, expected_type=type_hints["kube_dns_overrides"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument vnet_dns_overrides", value=vnet_dns_overrides, expected_type=type_hints["vnet_dns_overrides"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kube_dns_overrides": kube_dns_overrides,
            "mode": mode,
            "vnet_dns_overrides": vnet_dns_overrides,
        }

    @builtins.property
    def kube_dns_overrides(
        self,
    ) -> typing.List["AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverrides"]:
        '''kubeDNSOverrides apply to DNS traffic from pods with dnsPolicy:ClusterFirst (referred to as KubeDNS traffic).

        :schema: AksNodeClassV1Beta1SpecLocalDns#kubeDNSOverrides
        '''
        result = self._values.get("kube_dns_overrides")
        assert result is not None, "Required property 'kube_dns_overrides' is missing"
        return typing.cast(typing.List["AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverrides"], result)

    @builtins.property
    def mode(self) -> "AksNodeClassV1Beta1SpecLocalDnsMode":
        '''mode of enablement for localDNS.

        :schema: AksNodeClassV1Beta1SpecLocalDns#mode
        '''
        result = self._values.get("mode")
        assert result is not None, "Required property 'mode' is missing"
        return typing.cast("AksNodeClassV1Beta1SpecLocalDnsMode", result)

    @builtins.property
    def vnet_dns_overrides(
        self,
    ) -> typing.List["AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverrides"]:
        '''vnetDNSOverrides apply to DNS traffic from pods with dnsPolicy:default or kubelet (referred to as VnetDNS traffic).

        :schema: AksNodeClassV1Beta1SpecLocalDns#vnetDNSOverrides
        '''
        result = self._values.get("vnet_dns_overrides")
        assert result is not None, "Required property 'vnet_dns_overrides' is missing"
        return typing.cast(typing.List["AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverrides"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AksNodeClassV1Beta1SpecLocalDns(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverrides",
    jsii_struct_bases=[],
    name_mapping={
        "cache_duration": "cacheDuration",
        "forward_destination": "forwardDestination",
        "forward_policy": "forwardPolicy",
        "max_concurrent": "maxConcurrent",
        "protocol": "protocol",
        "query_logging": "queryLogging",
        "serve_stale": "serveStale",
        "serve_stale_duration": "serveStaleDuration",
        "zone": "zone",
    },
)
class AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverrides:
    def __init__(
        self,
        *,
        cache_duration: builtins.str,
        forward_destination: "AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverridesForwardDestination",
        forward_policy: "AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverridesForwardPolicy",
        max_concurrent: jsii.Number,
        protocol: "AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverridesProtocol",
        query_logging: "AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverridesQueryLogging",
        serve_stale: "AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverridesServeStale",
        serve_stale_duration: builtins.str,
        zone: builtins.str,
    ) -> None:
        '''LocalDNSZoneOverride specifies DNS override configuration for a specific zone.

        :param cache_duration: Cache max TTL. See `cache plugin <https://coredns.io/plugins/cache>`_ for more information.
        :param forward_destination: forwardDestination is the destination server for DNS queries to be forwarded from localDNS.
        :param forward_policy: forwardPolicy is the forward policy for selecting upstream DNS server. See `forward plugin <https://coredns.io/plugins/forward>`_ for more information.
        :param max_concurrent: maxConcurrent is the maximum number of concurrent queries. See `forward plugin <https://coredns.io/plugins/forward>`_ for more information.
        :param protocol: protocol enforces TCP or prefers UDP protocol for connections from localDNS to upstream DNS server.
        :param query_logging: queryLogging is the log level for DNS queries in localDNS.
        :param serve_stale: serveStale is the policy for serving stale data. See `cache plugin <https://coredns.io/plugins/cache>`_ for more information.
        :param serve_stale_duration: Serve stale duration. See `cache plugin <https://coredns.io/plugins/cache>`_ for more information.
        :param zone: zone is the DNS zone this override applies to (e.g., ".", "cluster.local").

        :schema: AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverrides
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0a25beb64b02e40c8bc10bf497b95f58ad72cddff3127c561fd17e025c5f1bee)
            check_type(argname="argument cache_duration", value=cache_duration, expected_type=type_hints["cache_duration"])
            check_type(argname="argument forward_destination", value=forward_destination, expected_type=type_hints["forward_destination"])
            check_type(argname="argument forward_policy", value=forward_policy, expected_type=type_hints["forward_policy"])
            check_type(argname="argument max_concurrent", value=max_concurrent, expected_type=type_hints["max_concurrent"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
            check_type(argname="argument query_logging", value=query_logging, expected_type=type_hints["query_logging"])
            check_type(argname="argument serve_stale", value=serve_stale, expected_type=type_hints["serve_stale"])
            check_type(argname="argument serve_stale_duration", value=serve_stale_duration, expected_type=type_hints["serve_stale_duration"])
            check_type(argname="argument zone", value=zone, expected_type=type_hints["zone"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "cache_duration": cache_duration,
            "forward_destination": forward_destination,
            "forward_policy": forward_policy,
            "max_concurrent": max_concurrent,
            "protocol": protocol,
            "query_logging": query_logging,
            "serve_stale": serve_stale,
            "serve_stale_duration": serve_stale_duration,
            "zone": zone,
        }

    @builtins.property
    def cache_duration(self) -> builtins.str:
        '''Cache max TTL.

        See `cache plugin <https://coredns.io/plugins/cache>`_ for more information.

        :schema: AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverrides#cacheDuration
        '''
        result = self._values.get("cache_duration")
        assert result is not None, "Required property 'cache_duration' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def forward_destination(
        self,
    ) -> "AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverridesForwardDestination":
        '''forwardDestination is the destination server for DNS queries to be forwarded from localDNS.

        :schema: AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverrides#forwardDestination
        '''
        result = self._values.get("forward_destination")
        assert result is not None, "Required property 'forward_destination' is missing"
        return typing.cast("AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverridesForwardDestination", result)

    @builtins.property
    def forward_policy(
        self,
    ) -> "AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverridesForwardPolicy":
        '''forwardPolicy is the forward policy for selecting upstream DNS server.

        See `forward plugin <https://coredns.io/plugins/forward>`_ for more information.

        :schema: AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverrides#forwardPolicy
        '''
        result = self._values.get("forward_policy")
        assert result is not None, "Required property 'forward_policy' is missing"
        return typing.cast("AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverridesForwardPolicy", result)

    @builtins.property
    def max_concurrent(self) -> jsii.Number:
        '''maxConcurrent is the maximum number of concurrent queries.

        See `forward plugin <https://coredns.io/plugins/forward>`_ for more information.

        :schema: AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverrides#maxConcurrent
        '''
        result = self._values.get("max_concurrent")
        assert result is not None, "Required property 'max_concurrent' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def protocol(self) -> "AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverridesProtocol":
        '''protocol enforces TCP or prefers UDP protocol for connections from localDNS to upstream DNS server.

        :schema: AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverrides#protocol
        '''
        result = self._values.get("protocol")
        assert result is not None, "Required property 'protocol' is missing"
        return typing.cast("AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverridesProtocol", result)

    @builtins.property
    def query_logging(
        self,
    ) -> "AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverridesQueryLogging":
        '''queryLogging is the log level for DNS queries in localDNS.

        :schema: AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverrides#queryLogging
        '''
        result = self._values.get("query_logging")
        assert result is not None, "Required property 'query_logging' is missing"
        return typing.cast("AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverridesQueryLogging", result)

    @builtins.property
    def serve_stale(
        self,
    ) -> "AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverridesServeStale":
        '''serveStale is the policy for serving stale data.

        See `cache plugin <https://coredns.io/plugins/cache>`_ for more information.

        :schema: AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverrides#serveStale
        '''
        result = self._values.get("serve_stale")
        assert result is not None, "Required property 'serve_stale' is missing"
        return typing.cast("AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverridesServeStale", result)

    @builtins.property
    def serve_stale_duration(self) -> builtins.str:
        '''Serve stale duration.

        See `cache plugin <https://coredns.io/plugins/cache>`_ for more information.

        :schema: AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverrides#serveStaleDuration
        '''
        result = self._values.get("serve_stale_duration")
        assert result is not None, "Required property 'serve_stale_duration' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def zone(self) -> builtins.str:
        '''zone is the DNS zone this override applies to (e.g., ".", "cluster.local").

        :schema: AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverrides#zone
        '''
        result = self._values.get("zone")
        assert result is not None, "Required property 'zone' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverrides(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverridesForwardDestination"
)
class AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverridesForwardDestination(enum.Enum):
    '''forwardDestination is the destination server for DNS queries to be forwarded from localDNS.

    :schema: AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverridesForwardDestination
    '''

    CLUSTER_CORE_DNS = "CLUSTER_CORE_DNS"
    '''ClusterCoreDNS.'''
    VNET_DNS = "VNET_DNS"
    '''VnetDNS.'''


@jsii.enum(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverridesForwardPolicy"
)
class AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverridesForwardPolicy(enum.Enum):
    '''forwardPolicy is the forward policy for selecting upstream DNS server.

    See `forward plugin <https://coredns.io/plugins/forward>`_ for more information.

    :schema: AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverridesForwardPolicy
    '''

    SEQUENTIAL = "SEQUENTIAL"
    '''Sequential.'''
    ROUND_ROBIN = "ROUND_ROBIN"
    '''RoundRobin.'''
    RANDOM = "RANDOM"
    '''Random.'''


@jsii.enum(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverridesProtocol"
)
class AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverridesProtocol(enum.Enum):
    '''protocol enforces TCP or prefers UDP protocol for connections from localDNS to upstream DNS server.

    :schema: AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverridesProtocol
    '''

    PREFER_UDP = "PREFER_UDP"
    '''PreferUDP.'''
    FORCE_TCP = "FORCE_TCP"
    '''ForceTCP.'''


@jsii.enum(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverridesQueryLogging"
)
class AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverridesQueryLogging(enum.Enum):
    '''queryLogging is the log level for DNS queries in localDNS.

    :schema: AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverridesQueryLogging
    '''

    ERROR = "ERROR"
    '''Error.'''
    LOG = "LOG"
    '''Log.'''


@jsii.enum(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverridesServeStale"
)
class AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverridesServeStale(enum.Enum):
    '''serveStale is the policy for serving stale data.

    See `cache plugin <https://coredns.io/plugins/cache>`_ for more information.

    :schema: AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverridesServeStale
    '''

    VERIFY = "VERIFY"
    '''Verify.'''
    IMMEDIATE = "IMMEDIATE"
    '''Immediate.'''
    DISABLE = "DISABLE"
    '''Disable.'''


@jsii.enum(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassV1Beta1SpecLocalDnsMode"
)
class AksNodeClassV1Beta1SpecLocalDnsMode(enum.Enum):
    '''mode of enablement for localDNS.

    :schema: AksNodeClassV1Beta1SpecLocalDnsMode
    '''

    PREFERRED = "PREFERRED"
    '''Preferred.'''
    REQUIRED = "REQUIRED"
    '''Required.'''
    DISABLED = "DISABLED"
    '''Disabled.'''


@jsii.data_type(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverrides",
    jsii_struct_bases=[],
    name_mapping={
        "cache_duration": "cacheDuration",
        "forward_destination": "forwardDestination",
        "forward_policy": "forwardPolicy",
        "max_concurrent": "maxConcurrent",
        "protocol": "protocol",
        "query_logging": "queryLogging",
        "serve_stale": "serveStale",
        "serve_stale_duration": "serveStaleDuration",
        "zone": "zone",
    },
)
class AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverrides:
    def __init__(
        self,
        *,
        cache_duration: builtins.str,
        forward_destination: "AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverridesForwardDestination",
        forward_policy: "AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverridesForwardPolicy",
        max_concurrent: jsii.Number,
        protocol: "AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverridesProtocol",
        query_logging: "AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverridesQueryLogging",
        serve_stale: "AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverridesServeStale",
        serve_stale_duration: builtins.str,
        zone: builtins.str,
    ) -> None:
        '''LocalDNSZoneOverride specifies DNS override configuration for a specific zone.

        :param cache_duration: Cache max TTL. See `cache plugin <https://coredns.io/plugins/cache>`_ for more information.
        :param forward_destination: forwardDestination is the destination server for DNS queries to be forwarded from localDNS.
        :param forward_policy: forwardPolicy is the forward policy for selecting upstream DNS server. See `forward plugin <https://coredns.io/plugins/forward>`_ for more information.
        :param max_concurrent: maxConcurrent is the maximum number of concurrent queries. See `forward plugin <https://coredns.io/plugins/forward>`_ for more information.
        :param protocol: protocol enforces TCP or prefers UDP protocol for connections from localDNS to upstream DNS server.
        :param query_logging: queryLogging is the log level for DNS queries in localDNS.
        :param serve_stale: serveStale is the policy for serving stale data. See `cache plugin <https://coredns.io/plugins/cache>`_ for more information.
        :param serve_stale_duration: Serve stale duration. See `cache plugin <https://coredns.io/plugins/cache>`_ for more information.
        :param zone: zone is the DNS zone this override applies to (e.g., ".", "cluster.local").

        :schema: AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverrides
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__195dfc6bfd5cf98c095277cdae6a698414860379fe3c0804982861c050f7bd37)
            check_type(argname="argument cache_duration", value=cache_duration, expected_type=type_hints["cache_duration"])
            check_type(argname="argument forward_destination", value=forward_destination, expected_type=type_hints["forward_destination"])
            check_type(argname="argument forward_policy", value=forward_policy, expected_type=type_hints["forward_policy"])
            check_type(argname="argument max_concurrent", value=max_concurrent, expected_type=type_hints["max_concurrent"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
            check_type(argname="argument query_logging", value=query_logging, expected_type=type_hints["query_logging"])
            check_type(argname="argument serve_stale", value=serve_stale, expected_type=type_hints["serve_stale"])
            check_type(argname="argument serve_stale_duration", value=serve_stale_duration, expected_type=type_hints["serve_stale_duration"])
            check_type(argname="argument zone", value=zone, expected_type=type_hints["zone"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "cache_duration": cache_duration,
            "forward_destination": forward_destination,
            "forward_policy": forward_policy,
            "max_concurrent": max_concurrent,
            "protocol": protocol,
            "query_logging": query_logging,
            "serve_stale": serve_stale,
            "serve_stale_duration": serve_stale_duration,
            "zone": zone,
        }

    @builtins.property
    def cache_duration(self) -> builtins.str:
        '''Cache max TTL.

        See `cache plugin <https://coredns.io/plugins/cache>`_ for more information.

        :schema: AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverrides#cacheDuration
        '''
        result = self._values.get("cache_duration")
        assert result is not None, "Required property 'cache_duration' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def forward_destination(
        self,
    ) -> "AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverridesForwardDestination":
        '''forwardDestination is the destination server for DNS queries to be forwarded from localDNS.

        :schema: AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverrides#forwardDestination
        '''
        result = self._values.get("forward_destination")
        assert result is not None, "Required property 'forward_destination' is missing"
        return typing.cast("AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverridesForwardDestination", result)

    @builtins.property
    def forward_policy(
        self,
    ) -> "AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverridesForwardPolicy":
        '''forwardPolicy is the forward policy for selecting upstream DNS server.

        See `forward plugin <https://coredns.io/plugins/forward>`_ for more information.

        :schema: AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverrides#forwardPolicy
        '''
        result = self._values.get("forward_policy")
        assert result is not None, "Required property 'forward_policy' is missing"
        return typing.cast("AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverridesForwardPolicy", result)

    @builtins.property
    def max_concurrent(self) -> jsii.Number:
        '''maxConcurrent is the maximum number of concurrent queries.

        See `forward plugin <https://coredns.io/plugins/forward>`_ for more information.

        :schema: AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverrides#maxConcurrent
        '''
        result = self._values.get("max_concurrent")
        assert result is not None, "Required property 'max_concurrent' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def protocol(self) -> "AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverridesProtocol":
        '''protocol enforces TCP or prefers UDP protocol for connections from localDNS to upstream DNS server.

        :schema: AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverrides#protocol
        '''
        result = self._values.get("protocol")
        assert result is not None, "Required property 'protocol' is missing"
        return typing.cast("AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverridesProtocol", result)

    @builtins.property
    def query_logging(
        self,
    ) -> "AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverridesQueryLogging":
        '''queryLogging is the log level for DNS queries in localDNS.

        :schema: AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverrides#queryLogging
        '''
        result = self._values.get("query_logging")
        assert result is not None, "Required property 'query_logging' is missing"
        return typing.cast("AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverridesQueryLogging", result)

    @builtins.property
    def serve_stale(
        self,
    ) -> "AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverridesServeStale":
        '''serveStale is the policy for serving stale data.

        See `cache plugin <https://coredns.io/plugins/cache>`_ for more information.

        :schema: AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverrides#serveStale
        '''
        result = self._values.get("serve_stale")
        assert result is not None, "Required property 'serve_stale' is missing"
        return typing.cast("AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverridesServeStale", result)

    @builtins.property
    def serve_stale_duration(self) -> builtins.str:
        '''Serve stale duration.

        See `cache plugin <https://coredns.io/plugins/cache>`_ for more information.

        :schema: AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverrides#serveStaleDuration
        '''
        result = self._values.get("serve_stale_duration")
        assert result is not None, "Required property 'serve_stale_duration' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def zone(self) -> builtins.str:
        '''zone is the DNS zone this override applies to (e.g., ".", "cluster.local").

        :schema: AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverrides#zone
        '''
        result = self._values.get("zone")
        assert result is not None, "Required property 'zone' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverrides(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverridesForwardDestination"
)
class AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverridesForwardDestination(enum.Enum):
    '''forwardDestination is the destination server for DNS queries to be forwarded from localDNS.

    :schema: AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverridesForwardDestination
    '''

    CLUSTER_CORE_DNS = "CLUSTER_CORE_DNS"
    '''ClusterCoreDNS.'''
    VNET_DNS = "VNET_DNS"
    '''VnetDNS.'''


@jsii.enum(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverridesForwardPolicy"
)
class AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverridesForwardPolicy(enum.Enum):
    '''forwardPolicy is the forward policy for selecting upstream DNS server.

    See `forward plugin <https://coredns.io/plugins/forward>`_ for more information.

    :schema: AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverridesForwardPolicy
    '''

    SEQUENTIAL = "SEQUENTIAL"
    '''Sequential.'''
    ROUND_ROBIN = "ROUND_ROBIN"
    '''RoundRobin.'''
    RANDOM = "RANDOM"
    '''Random.'''


@jsii.enum(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverridesProtocol"
)
class AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverridesProtocol(enum.Enum):
    '''protocol enforces TCP or prefers UDP protocol for connections from localDNS to upstream DNS server.

    :schema: AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverridesProtocol
    '''

    PREFER_UDP = "PREFER_UDP"
    '''PreferUDP.'''
    FORCE_TCP = "FORCE_TCP"
    '''ForceTCP.'''


@jsii.enum(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverridesQueryLogging"
)
class AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverridesQueryLogging(enum.Enum):
    '''queryLogging is the log level for DNS queries in localDNS.

    :schema: AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverridesQueryLogging
    '''

    ERROR = "ERROR"
    '''Error.'''
    LOG = "LOG"
    '''Log.'''


@jsii.enum(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverridesServeStale"
)
class AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverridesServeStale(enum.Enum):
    '''serveStale is the policy for serving stale data.

    See `cache plugin <https://coredns.io/plugins/cache>`_ for more information.

    :schema: AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverridesServeStale
    '''

    VERIFY = "VERIFY"
    '''Verify.'''
    IMMEDIATE = "IMMEDIATE"
    '''Immediate.'''
    DISABLE = "DISABLE"
    '''Disable.'''


@jsii.data_type(
    jsii_type="karpenter_azure_comazurekarpenter.AksNodeClassV1Beta1SpecSecurity",
    jsii_struct_bases=[],
    name_mapping={"encryption_at_host": "encryptionAtHost"},
)
class AksNodeClassV1Beta1SpecSecurity:
    def __init__(
        self,
        *,
        encryption_at_host: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''security is a collection of security related karpenter fields.

        :param encryption_at_host: encryptionAtHost specifies whether host-level encryption is enabled for provisioned nodes. For more information, see: https://learn.microsoft.com/en-us/azure/aks/enable-host-encryption https://learn.microsoft.com/en-us/azure/virtual-machines/disk-encryption#encryption-at-host---end-to-end-encryption-for-your-vm-data

        :schema: AksNodeClassV1Beta1SpecSecurity
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__21edf724bc7afbb2f0b4b50c22dda8f119fa401d37ee24209f44b3fadf0ddc3d)
            check_type(argname="argument encryption_at_host", value=encryption_at_host, expected_type=type_hints["encryption_at_host"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if encryption_at_host is not None:
            self._values["encryption_at_host"] = encryption_at_host

    @builtins.property
    def encryption_at_host(self) -> typing.Optional[builtins.bool]:
        '''encryptionAtHost specifies whether host-level encryption is enabled for provisioned nodes.

        For more information, see:
        https://learn.microsoft.com/en-us/azure/aks/enable-host-encryption
        https://learn.microsoft.com/en-us/azure/virtual-machines/disk-encryption#encryption-at-host---end-to-end-encryption-for-your-vm-data

        :schema: AksNodeClassV1Beta1SpecSecurity#encryptionAtHost
        '''
        result = self._values.get("encryption_at_host")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "AksNodeClassV1Beta1SpecSecurity(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "AksNodeClass",
    "AksNodeClassProps",
    "AksNodeClassSpec",
    "AksNodeClassSpecArtifactStreaming",
    "AksNodeClassSpecFipsMode",
    "AksNodeClassSpecGpu",
    "AksNodeClassSpecGpuMode",
    "AksNodeClassSpecImageFamily",
    "AksNodeClassSpecKubelet",
    "AksNodeClassSpecKubeletCpuManagerPolicy",
    "AksNodeClassSpecKubeletTopologyManagerPolicy",
    "AksNodeClassSpecLinuxOsConfig",
    "AksNodeClassSpecLinuxOsConfigSysctls",
    "AksNodeClassSpecLinuxOsConfigTransparentHugePageDefrag",
    "AksNodeClassSpecLinuxOsConfigTransparentHugePageEnabled",
    "AksNodeClassSpecLocalDns",
    "AksNodeClassSpecLocalDnsKubeDnsOverrides",
    "AksNodeClassSpecLocalDnsKubeDnsOverridesForwardDestination",
    "AksNodeClassSpecLocalDnsKubeDnsOverridesForwardPolicy",
    "AksNodeClassSpecLocalDnsKubeDnsOverridesProtocol",
    "AksNodeClassSpecLocalDnsKubeDnsOverridesQueryLogging",
    "AksNodeClassSpecLocalDnsKubeDnsOverridesServeStale",
    "AksNodeClassSpecLocalDnsMode",
    "AksNodeClassSpecLocalDnsVnetDnsOverrides",
    "AksNodeClassSpecLocalDnsVnetDnsOverridesForwardDestination",
    "AksNodeClassSpecLocalDnsVnetDnsOverridesForwardPolicy",
    "AksNodeClassSpecLocalDnsVnetDnsOverridesProtocol",
    "AksNodeClassSpecLocalDnsVnetDnsOverridesQueryLogging",
    "AksNodeClassSpecLocalDnsVnetDnsOverridesServeStale",
    "AksNodeClassSpecSecurity",
    "AksNodeClassV1Beta1",
    "AksNodeClassV1Beta1Props",
    "AksNodeClassV1Beta1Spec",
    "AksNodeClassV1Beta1SpecArtifactStreaming",
    "AksNodeClassV1Beta1SpecFipsMode",
    "AksNodeClassV1Beta1SpecGpu",
    "AksNodeClassV1Beta1SpecGpuMode",
    "AksNodeClassV1Beta1SpecImageFamily",
    "AksNodeClassV1Beta1SpecKubelet",
    "AksNodeClassV1Beta1SpecKubeletCpuManagerPolicy",
    "AksNodeClassV1Beta1SpecKubeletTopologyManagerPolicy",
    "AksNodeClassV1Beta1SpecLinuxOsConfig",
    "AksNodeClassV1Beta1SpecLinuxOsConfigSysctls",
    "AksNodeClassV1Beta1SpecLinuxOsConfigTransparentHugePageDefrag",
    "AksNodeClassV1Beta1SpecLinuxOsConfigTransparentHugePageEnabled",
    "AksNodeClassV1Beta1SpecLocalDns",
    "AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverrides",
    "AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverridesForwardDestination",
    "AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverridesForwardPolicy",
    "AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverridesProtocol",
    "AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverridesQueryLogging",
    "AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverridesServeStale",
    "AksNodeClassV1Beta1SpecLocalDnsMode",
    "AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverrides",
    "AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverridesForwardDestination",
    "AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverridesForwardPolicy",
    "AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverridesProtocol",
    "AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverridesQueryLogging",
    "AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverridesServeStale",
    "AksNodeClassV1Beta1SpecSecurity",
]

publication.publish()

def _typecheckingstub__cef7979cf3c4e43526cb335df6a83c71e31a296610e2b08826a8c85b17455e1b(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[AksNodeClassSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__33ec600a7fe7b19c8540dd85b3fafbcb158957badae690f9dafada76df67d42c(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[AksNodeClassSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e0da893f7af2badc9fc1ec3aa7c14c8e49b0ff66279a093cf6c16a6a806310ff(
    *,
    artifact_streaming: typing.Optional[typing.Union[AksNodeClassSpecArtifactStreaming, typing.Dict[builtins.str, typing.Any]]] = None,
    fips_mode: typing.Optional[AksNodeClassSpecFipsMode] = None,
    gpu: typing.Optional[typing.Union[AksNodeClassSpecGpu, typing.Dict[builtins.str, typing.Any]]] = None,
    image_family: typing.Optional[AksNodeClassSpecImageFamily] = None,
    kubelet: typing.Optional[typing.Union[AksNodeClassSpecKubelet, typing.Dict[builtins.str, typing.Any]]] = None,
    linux_os_config: typing.Optional[typing.Union[AksNodeClassSpecLinuxOsConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    local_dns: typing.Optional[typing.Union[AksNodeClassSpecLocalDns, typing.Dict[builtins.str, typing.Any]]] = None,
    max_pods: typing.Optional[jsii.Number] = None,
    os_disk_size_gb: typing.Optional[jsii.Number] = None,
    security: typing.Optional[typing.Union[AksNodeClassSpecSecurity, typing.Dict[builtins.str, typing.Any]]] = None,
    tags: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    vnet_subnet_id: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__68a2f3ec3974f2e348a076f1010c17bcc6d1c5135877dd0990593d56db02916d(
    *,
    enabled: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a8f0f4a370226389dd08db4299592affc6abf51953d2776f14b3362b1b0bedc3(
    *,
    mode: typing.Optional[AksNodeClassSpecGpuMode] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__13fba7b5634e2ee8d437051511e4c325f62ca38edb9b9beec1f9c11f436546fd(
    *,
    allowed_unsafe_sysctls: typing.Optional[typing.Sequence[builtins.str]] = None,
    container_log_max_files: typing.Optional[jsii.Number] = None,
    container_log_max_size: typing.Optional[builtins.str] = None,
    cpu_cfs_quota: typing.Optional[builtins.bool] = None,
    cpu_cfs_quota_period: typing.Optional[builtins.str] = None,
    cpu_manager_policy: typing.Optional[AksNodeClassSpecKubeletCpuManagerPolicy] = None,
    fail_swap_on: typing.Optional[builtins.bool] = None,
    image_gc_high_threshold_percent: typing.Optional[jsii.Number] = None,
    image_gc_low_threshold_percent: typing.Optional[jsii.Number] = None,
    pod_pids_limit: typing.Optional[jsii.Number] = None,
    topology_manager_policy: typing.Optional[AksNodeClassSpecKubeletTopologyManagerPolicy] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1c54f6e66cdfc13ab53a426ee0d5fc270f16e00f5b3688e20e620225ec9fb2b7(
    *,
    swap_file_size: typing.Optional[builtins.str] = None,
    sysctls: typing.Optional[typing.Union[AksNodeClassSpecLinuxOsConfigSysctls, typing.Dict[builtins.str, typing.Any]]] = None,
    transparent_huge_page_defrag: typing.Optional[AksNodeClassSpecLinuxOsConfigTransparentHugePageDefrag] = None,
    transparent_huge_page_enabled: typing.Optional[AksNodeClassSpecLinuxOsConfigTransparentHugePageEnabled] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ced43e15bcccf195dc638e835d0135cac859995bc4eb5c8f63cfd9f217bbd72c(
    *,
    fs_aio_max_nr: typing.Optional[jsii.Number] = None,
    fs_file_max: typing.Optional[jsii.Number] = None,
    fs_inotify_max_user_watches: typing.Optional[jsii.Number] = None,
    fs_nr_open: typing.Optional[jsii.Number] = None,
    kernel_threads_max: typing.Optional[jsii.Number] = None,
    net_core_netdev_max_backlog: typing.Optional[jsii.Number] = None,
    net_core_optmem_max: typing.Optional[jsii.Number] = None,
    net_core_rmem_default: typing.Optional[jsii.Number] = None,
    net_core_rmem_max: typing.Optional[jsii.Number] = None,
    net_core_somaxconn: typing.Optional[jsii.Number] = None,
    net_core_wmem_default: typing.Optional[jsii.Number] = None,
    net_core_wmem_max: typing.Optional[jsii.Number] = None,
    net_i_pv4_ip_local_port_range: typing.Optional[builtins.str] = None,
    net_i_pv4_neigh_default_gc_thresh1: typing.Optional[jsii.Number] = None,
    net_i_pv4_neigh_default_gc_thresh2: typing.Optional[jsii.Number] = None,
    net_i_pv4_neigh_default_gc_thresh3: typing.Optional[jsii.Number] = None,
    net_i_pv4_tcp_fin_timeout: typing.Optional[jsii.Number] = None,
    net_i_pv4_tcp_keepalive_intvl: typing.Optional[jsii.Number] = None,
    net_i_pv4_tcp_keepalive_probes: typing.Optional[jsii.Number] = None,
    net_i_pv4_tcp_keepalive_time: typing.Optional[jsii.Number] = None,
    net_i_pv4_tcp_max_syn_backlog: typing.Optional[jsii.Number] = None,
    net_i_pv4_tcp_max_tw_buckets: typing.Optional[jsii.Number] = None,
    net_i_pv4_tcp_tw_reuse: typing.Optional[builtins.bool] = None,
    net_netfilter_nf_conntrack_buckets: typing.Optional[jsii.Number] = None,
    net_netfilter_nf_conntrack_max: typing.Optional[jsii.Number] = None,
    vm_max_map_count: typing.Optional[jsii.Number] = None,
    vm_swappiness: typing.Optional[jsii.Number] = None,
    vm_vfs_cache_pressure: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eaed742c3d475cb6244668f95a1e983cbf7a7d6c4cc1d70f146c499dfe22822a(
    *,
    kube_dns_overrides: typing.Sequence[typing.Union[AksNodeClassSpecLocalDnsKubeDnsOverrides, typing.Dict[builtins.str, typing.Any]]],
    mode: AksNodeClassSpecLocalDnsMode,
    vnet_dns_overrides: typing.Sequence[typing.Union[AksNodeClassSpecLocalDnsVnetDnsOverrides, typing.Dict[builtins.str, typing.Any]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9a71a325f766f16a46a9e8aefe94824ebe527498e0e74af5e715456a5098db33(
    *,
    cache_duration: builtins.str,
    forward_destination: AksNodeClassSpecLocalDnsKubeDnsOverridesForwardDestination,
    forward_policy: AksNodeClassSpecLocalDnsKubeDnsOverridesForwardPolicy,
    max_concurrent: jsii.Number,
    protocol: AksNodeClassSpecLocalDnsKubeDnsOverridesProtocol,
    query_logging: AksNodeClassSpecLocalDnsKubeDnsOverridesQueryLogging,
    serve_stale: AksNodeClassSpecLocalDnsKubeDnsOverridesServeStale,
    serve_stale_duration: builtins.str,
    zone: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__97301030645dc589e9072e657752dcd2c0286ba5d48463007c9adc08ff504d65(
    *,
    cache_duration: builtins.str,
    forward_destination: AksNodeClassSpecLocalDnsVnetDnsOverridesForwardDestination,
    forward_policy: AksNodeClassSpecLocalDnsVnetDnsOverridesForwardPolicy,
    max_concurrent: jsii.Number,
    protocol: AksNodeClassSpecLocalDnsVnetDnsOverridesProtocol,
    query_logging: AksNodeClassSpecLocalDnsVnetDnsOverridesQueryLogging,
    serve_stale: AksNodeClassSpecLocalDnsVnetDnsOverridesServeStale,
    serve_stale_duration: builtins.str,
    zone: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dd53fbe79cfa803c6b61602b4c62de55413c437365b3bb2866724e9621f15701(
    *,
    encryption_at_host: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b2362ca7636b1698365784618ce03510d17a012dac040593fa52c63b62060f35(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[AksNodeClassV1Beta1Spec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7de1876e9386a8d13ea53d49f4b37398a74c5fb0ca656a78176e21b6dec562da(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[AksNodeClassV1Beta1Spec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__483ff47a8292f4a7ad8e72fa3365c72f496b9d88da5ffdfdf396b67bf0a60acb(
    *,
    artifact_streaming: typing.Optional[typing.Union[AksNodeClassV1Beta1SpecArtifactStreaming, typing.Dict[builtins.str, typing.Any]]] = None,
    fips_mode: typing.Optional[AksNodeClassV1Beta1SpecFipsMode] = None,
    gpu: typing.Optional[typing.Union[AksNodeClassV1Beta1SpecGpu, typing.Dict[builtins.str, typing.Any]]] = None,
    image_family: typing.Optional[AksNodeClassV1Beta1SpecImageFamily] = None,
    kubelet: typing.Optional[typing.Union[AksNodeClassV1Beta1SpecKubelet, typing.Dict[builtins.str, typing.Any]]] = None,
    linux_os_config: typing.Optional[typing.Union[AksNodeClassV1Beta1SpecLinuxOsConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    local_dns: typing.Optional[typing.Union[AksNodeClassV1Beta1SpecLocalDns, typing.Dict[builtins.str, typing.Any]]] = None,
    max_pods: typing.Optional[jsii.Number] = None,
    os_disk_size_gb: typing.Optional[jsii.Number] = None,
    security: typing.Optional[typing.Union[AksNodeClassV1Beta1SpecSecurity, typing.Dict[builtins.str, typing.Any]]] = None,
    tags: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    vnet_subnet_id: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cb2337628ad49699ddc5da2a7ba6b9185188b858cb1757a05db7b38d3601fce9(
    *,
    enabled: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8f561c8fd32b76c1e863df7bea40866c71e66643d72e6d15bf08015320fd33a8(
    *,
    mode: typing.Optional[AksNodeClassV1Beta1SpecGpuMode] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b46d378890e9c96d24a64754cd6a50f9598a52dae5dc122edc00855d5332f34f(
    *,
    allowed_unsafe_sysctls: typing.Optional[typing.Sequence[builtins.str]] = None,
    container_log_max_files: typing.Optional[jsii.Number] = None,
    container_log_max_size: typing.Optional[builtins.str] = None,
    cpu_cfs_quota: typing.Optional[builtins.bool] = None,
    cpu_cfs_quota_period: typing.Optional[builtins.str] = None,
    cpu_manager_policy: typing.Optional[AksNodeClassV1Beta1SpecKubeletCpuManagerPolicy] = None,
    fail_swap_on: typing.Optional[builtins.bool] = None,
    image_gc_high_threshold_percent: typing.Optional[jsii.Number] = None,
    image_gc_low_threshold_percent: typing.Optional[jsii.Number] = None,
    pod_pids_limit: typing.Optional[jsii.Number] = None,
    topology_manager_policy: typing.Optional[AksNodeClassV1Beta1SpecKubeletTopologyManagerPolicy] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fd935a94e52bac37ccb971508f02c6f0d9e6da744e68bbb1894d5541d6c81c73(
    *,
    swap_file_size: typing.Optional[builtins.str] = None,
    sysctls: typing.Optional[typing.Union[AksNodeClassV1Beta1SpecLinuxOsConfigSysctls, typing.Dict[builtins.str, typing.Any]]] = None,
    transparent_huge_page_defrag: typing.Optional[AksNodeClassV1Beta1SpecLinuxOsConfigTransparentHugePageDefrag] = None,
    transparent_huge_page_enabled: typing.Optional[AksNodeClassV1Beta1SpecLinuxOsConfigTransparentHugePageEnabled] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a4a7b689421b6353c7317b08c945587cd18661341da19bf83d50d236a3a028a4(
    *,
    fs_aio_max_nr: typing.Optional[jsii.Number] = None,
    fs_file_max: typing.Optional[jsii.Number] = None,
    fs_inotify_max_user_watches: typing.Optional[jsii.Number] = None,
    fs_nr_open: typing.Optional[jsii.Number] = None,
    kernel_threads_max: typing.Optional[jsii.Number] = None,
    net_core_netdev_max_backlog: typing.Optional[jsii.Number] = None,
    net_core_optmem_max: typing.Optional[jsii.Number] = None,
    net_core_rmem_default: typing.Optional[jsii.Number] = None,
    net_core_rmem_max: typing.Optional[jsii.Number] = None,
    net_core_somaxconn: typing.Optional[jsii.Number] = None,
    net_core_wmem_default: typing.Optional[jsii.Number] = None,
    net_core_wmem_max: typing.Optional[jsii.Number] = None,
    net_i_pv4_ip_local_port_range: typing.Optional[builtins.str] = None,
    net_i_pv4_neigh_default_gc_thresh1: typing.Optional[jsii.Number] = None,
    net_i_pv4_neigh_default_gc_thresh2: typing.Optional[jsii.Number] = None,
    net_i_pv4_neigh_default_gc_thresh3: typing.Optional[jsii.Number] = None,
    net_i_pv4_tcp_fin_timeout: typing.Optional[jsii.Number] = None,
    net_i_pv4_tcp_keepalive_intvl: typing.Optional[jsii.Number] = None,
    net_i_pv4_tcp_keepalive_probes: typing.Optional[jsii.Number] = None,
    net_i_pv4_tcp_keepalive_time: typing.Optional[jsii.Number] = None,
    net_i_pv4_tcp_max_syn_backlog: typing.Optional[jsii.Number] = None,
    net_i_pv4_tcp_max_tw_buckets: typing.Optional[jsii.Number] = None,
    net_i_pv4_tcp_tw_reuse: typing.Optional[builtins.bool] = None,
    net_netfilter_nf_conntrack_buckets: typing.Optional[jsii.Number] = None,
    net_netfilter_nf_conntrack_max: typing.Optional[jsii.Number] = None,
    vm_max_map_count: typing.Optional[jsii.Number] = None,
    vm_swappiness: typing.Optional[jsii.Number] = None,
    vm_vfs_cache_pressure: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5e961a5803823b178fbf8f3a42cbf7cba165fbd7d4fb3eac49bcbda683a7e8c1(
    *,
    kube_dns_overrides: typing.Sequence[typing.Union[AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverrides, typing.Dict[builtins.str, typing.Any]]],
    mode: AksNodeClassV1Beta1SpecLocalDnsMode,
    vnet_dns_overrides: typing.Sequence[typing.Union[AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverrides, typing.Dict[builtins.str, typing.Any]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0a25beb64b02e40c8bc10bf497b95f58ad72cddff3127c561fd17e025c5f1bee(
    *,
    cache_duration: builtins.str,
    forward_destination: AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverridesForwardDestination,
    forward_policy: AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverridesForwardPolicy,
    max_concurrent: jsii.Number,
    protocol: AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverridesProtocol,
    query_logging: AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverridesQueryLogging,
    serve_stale: AksNodeClassV1Beta1SpecLocalDnsKubeDnsOverridesServeStale,
    serve_stale_duration: builtins.str,
    zone: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__195dfc6bfd5cf98c095277cdae6a698414860379fe3c0804982861c050f7bd37(
    *,
    cache_duration: builtins.str,
    forward_destination: AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverridesForwardDestination,
    forward_policy: AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverridesForwardPolicy,
    max_concurrent: jsii.Number,
    protocol: AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverridesProtocol,
    query_logging: AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverridesQueryLogging,
    serve_stale: AksNodeClassV1Beta1SpecLocalDnsVnetDnsOverridesServeStale,
    serve_stale_duration: builtins.str,
    zone: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__21edf724bc7afbb2f0b4b50c22dda8f119fa401d37ee24209f44b3fadf0ddc3d(
    *,
    encryption_at_host: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass
