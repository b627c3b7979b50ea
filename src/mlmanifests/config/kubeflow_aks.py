"""The `kubeflow-aks` section: Kubeflow on AKS with Karpenter adding GPU nodes on demand (seed 002).

Three parts: Karpenter node classes and pools (`nodeClasses`, `nodePools`), GPU enablement for the GPU pools
(`gpu`: the NVIDIA device plugin or the GPU Operator, plus a smoke-test Job), and the Kubeflow overlays
(`kubeflow`, in kubeflow_aks_overlays.py: MinIO as an Azure Blob gateway, TLS, the GPU PodDefault, OIDC login
through Entra ID).
Tolerations and node selectors of GPU workloads are never configured: they are derived from the GPU pool.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field, model_validator

from .kubeflow_aks_overlays import KubeflowOverlaysConfig
from .types import Args, CredentialFreeText, DnsLabel, ExternalObject, ObjectName, PinnedImage, StrictModel, Taint, TargetSection

_DURATION = r"^(([0-9]+(s|m|h))+|Never)$"
_QUANTITY = re.compile(r"^[0-9]+(\.[0-9]+)?([KMGTPE]i|[numkMGTPE])?$")


class AksNodeClassConfig(StrictModel):
    """One Karpenter AKSNodeClass (karpenter.azure.com/v1beta1): how the VMs of the pools that use it boot."""

    name: ObjectName
    """Name of the AKSNodeClass; pools refer to it in `nodeClass`."""
    description: str = ""
    """Human description, emitted as the `kubernetes.io/description` annotation; empty emits none."""
    image_family: Literal["Ubuntu", "Ubuntu2204", "Ubuntu2404", "AzureLinux"] = "Ubuntu2204"
    """Node image family (default Ubuntu2204, as in the seed)."""
    os_disk_size_gb: int | None = Field(default=None, alias="osDiskSizeGB", ge=1)
    """OS disk size in GB; unset leaves the provider's default."""


class KarpenterRequirement(StrictModel):
    """An extra NodePool requirement beyond the ones the pool's typed fields produce."""

    key: str
    """Node label key (e.g. karpenter.azure.com/sku-gpu-name)."""
    operator: Literal["In", "NotIn", "Exists", "DoesNotExist", "Gt", "Lt"] = "In"
    """Karpenter requirement operator (default In)."""
    values: list[str] = Field(default_factory=list)
    """Values for In/NotIn (one integer for Gt/Lt); empty for Exists/DoesNotExist."""


class KarpenterNodePoolConfig(StrictModel):
    """One Karpenter NodePool (karpenter.sh/v1). A pool with `gpuManufacturers` is a GPU pool."""

    name: ObjectName
    """Name of the NodePool; Karpenter labels its nodes karpenter.sh/nodepool=<name>."""
    description: str = ""
    """Human description, emitted as the `kubernetes.io/description` annotation."""
    node_class: ObjectName
    """Name of the AKSNodeClass in `nodeClasses` its nodes use."""
    architectures: list[Literal["amd64", "arm64"]] = Field(default_factory=lambda: ["amd64"], min_length=1)
    """`kubernetes.io/arch` values (default amd64)."""
    operating_systems: list[Literal["linux"]] = Field(default_factory=lambda: ["linux"], min_length=1)
    """`kubernetes.io/os` values (default linux)."""
    capacity_types: list[Literal["on-demand", "spot"]] = Field(default_factory=lambda: ["on-demand"], min_length=1)
    """`karpenter.sh/capacity-type` values (default on-demand)."""
    sku_families: list[str] = Field(default_factory=list)
    """`karpenter.azure.com/sku-family` values (e.g. D, NC); empty leaves the family open."""
    gpu_manufacturers: list[Literal["nvidia", "amd"]] = Field(default_factory=list)
    """`karpenter.azure.com/sku-gpu-manufacturer` values; non-empty makes this a GPU pool."""
    extra_requirements: list[KarpenterRequirement] = Field(default_factory=list)
    """Further requirements (e.g. karpenter.azure.com/sku-gpu-name In [A100])."""
    labels: dict[str, str] = Field(default_factory=dict)
    """Labels Karpenter puts on the pool's nodes."""
    taints: list[Taint] = Field(default_factory=list)
    """Taints on the pool's nodes. The tolerations of the workloads meant for them are derived from these."""
    expire_after: str = Field(default="720h", pattern=_DURATION)
    """How long a node lives before Karpenter replaces it ('Never' to keep it; default 720h)."""
    consolidation_policy: Literal["WhenEmpty", "WhenEmptyOrUnderutilized"] = "WhenEmptyOrUnderutilized"
    """When Karpenter may remove or replace nodes (default WhenEmptyOrUnderutilized, the v1 name of the seed's
    WhenUnderutilized)."""
    consolidate_after: str = Field(default="1m", pattern=_DURATION)
    """How long a node must be consolidatable before Karpenter acts (default 1m)."""
    limits: dict[str, str] = Field(default_factory=dict)
    """Capacity limits of the whole pool, e.g. {cpu: "100"}; empty sets none."""

    @property
    def is_gpu_pool(self) -> bool:
        return bool(self.gpu_manufacturers)

    @model_validator(mode="after")
    def _valid(self) -> "KarpenterNodePoolConfig":
        for resource, quantity in self.limits.items():
            if not _QUANTITY.fullmatch(quantity):
                raise ValueError(f"limits.{resource}: {quantity!r} is not a Kubernetes quantity (e.g. '100', '400Gi')")
        if self.is_gpu_pool and not any(t.effect in ("NoSchedule", "NoExecute") for t in self.taints):
            raise ValueError(
                f"GPU pool {self.name!r} has no NoSchedule/NoExecute taint, so any pod could land on its costly nodes; "
                "add one under `taints` (e.g. {key: nvidia.com/gpu, value: 'true', effect: NoSchedule})"
            )
        return self


class DevicePluginConfig(StrictModel):
    """The NVIDIA device plugin DaemonSet, which advertises `nvidia.com/gpu` on the GPU pools' nodes."""

    namespace: DnsLabel = "gpu-resources"
    """Namespace of the DaemonSet (created by this target; default gpu-resources, as in the seed)."""
    image: PinnedImage = "nvcr.io/nvidia/k8s-device-plugin:v0.19.2"
    """Device plugin image (default NVIDIA's v0.19.2 release)."""


class GpuOperatorConfig(StrictModel):
    """The NVIDIA GPU Operator as an Argo CD Application with a Helm source."""

    repo_url: CredentialFreeText = Field(default="https://helm.ngc.nvidia.com/nvidia", alias="repoURL")
    """Helm repository of the chart (default NVIDIA's NGC repository)."""
    chart_version: str = Field(default="v26.7.0", pattern=r"^v?[0-9]+\.[0-9]+\.[0-9]+$")
    """Pinned chart version (default v26.7.0)."""
    namespace: DnsLabel = "gpu-operator"
    """Namespace the operator is installed into (Argo CD creates it)."""
    argocd_namespace: DnsLabel = "argocd"
    """Namespace of Argo CD, where the Application object lives."""
    project: str = "default"
    """Argo CD project of the Application (its repository is NGC's Helm repository, outside mlmanifests' project)."""
    destination: str | None = None
    """The AKS cluster's name in Argo CD (default: global.gitops.argocd.destinations['kubeflow-aks'], else
    in-cluster). The Application itself is written to dist/kubeflow-aks/argocd/, for Argo CD's own cluster."""


class GpuSmokeTestConfig(StrictModel):
    """A Job that asks for GPUs, so Karpenter must provision a node of the GPU pool to run it."""

    enabled: bool = True
    """Emit the Job (default true)."""
    name: DnsLabel = "samples-tf-mnist-demo"
    """Name of the Job and its container, a DNS label (default the seed's samples-tf-mnist-demo)."""
    namespace: DnsLabel = "gpu-smoke-test"
    """Namespace of the Job (created by this target)."""
    image: PinnedImage = "mcr.microsoft.com/azuredocs/samples-tf-mnist-demo:gpu"
    """Image of the test (default the seed's TensorFlow MNIST GPU sample)."""
    args: Args = Field(default_factory=lambda: ["--max_steps", "500"])
    """Arguments of the test container (default: 500 training steps)."""
    gpus: int = Field(default=1, ge=1)
    """GPUs requested (and limited)."""
    active_deadline_seconds: int = Field(default=3600, ge=60)
    """The Job fails after this long, so a GPU that never comes does not leave it pending forever."""


class GpuConfig(StrictModel):
    """GPU enablement for the GPU pools, and which pool GPU workloads target."""

    pool: ObjectName = "gpu"
    """Name of the GPU pool (in `nodePools`) the smoke test and the PodDefault target."""
    resource_name: str = "nvidia.com/gpu"
    """Extended resource name GPU workloads request."""
    enablement: Literal["device-plugin", "gpu-operator"] = "device-plugin"
    """device-plugin: AKS installs the driver, the NVIDIA device plugin DaemonSet advertises the GPUs.
    gpu-operator: the GPU node classes skip AKS's driver install and the GPU Operator (an Argo CD Application)
    installs driver, toolkit and device plugin."""
    device_plugin: DevicePluginConfig = Field(default_factory=DevicePluginConfig)
    """Settings of the device plugin (enablement: device-plugin)."""
    gpu_operator: GpuOperatorConfig = Field(default_factory=GpuOperatorConfig)
    """Settings of the GPU Operator Application (enablement: gpu-operator)."""
    smoke_test: GpuSmokeTestConfig = Field(default_factory=GpuSmokeTestConfig)
    """The GPU smoke-test Job."""


class KubeflowAksConfig(TargetSection):
    node_classes: list[AksNodeClassConfig] = Field(min_length=1)
    """AKSNodeClasses; every pool names one."""
    node_pools: list[KarpenterNodePoolConfig] = Field(min_length=1)
    """Karpenter NodePools; those with gpuManufacturers are GPU pools."""
    gpu: GpuConfig | None = Field(default_factory=GpuConfig)
    """GPU enablement and the GPU smoke test; null emits neither."""
    kubeflow: KubeflowOverlaysConfig | None = None
    """The Kubeflow overlays; null emits none."""

    def gpu_pools(self) -> list[KarpenterNodePoolConfig]:
        return [pool for pool in self.node_pools if pool.is_gpu_pool]

    def external_objects(self) -> list[ExternalObject]:
        implied = list(self.external)
        if self.kubeflow is not None:
            overlays = self.kubeflow
            implied += overlays.artifact_store.credentials.implied_external(overlays.namespace)
            if overlays.oidc_authservice is not None:
                implied += overlays.oidc_authservice.client_credentials.implied_external(overlays.auth_namespace)
            if overlays.oauth2_proxy is not None:
                implied += overlays.oauth2_proxy.credentials.implied_external(overlays.oauth2_proxy.namespace)
        return implied

    @model_validator(mode="after")
    def _consistent(self) -> "KubeflowAksConfig":
        for field, names in (("nodeClasses", [c.name for c in self.node_classes]), ("nodePools", [p.name for p in self.node_pools])):
            duplicates = sorted({name for name in names if names.count(name) > 1})
            if duplicates:
                raise ValueError(f"{field}: name {duplicates[0]!r} is defined twice; names must be unique")
        classes = {c.name for c in self.node_classes}
        for index, pool in enumerate(self.node_pools):
            if pool.node_class not in classes:
                raise ValueError(f"nodePools[{index}].nodeClass ({pool.name}) names {pool.node_class!r}, which "
                                 f"nodeClasses does not define; defined: {', '.join(sorted(classes))}")
        if self.gpu is not None:
            gpu_pools = [p.name for p in self.gpu_pools()]
            if self.gpu.pool not in gpu_pools:
                raise ValueError(f"gpu.pool is {self.gpu.pool!r}, which is not a GPU pool in nodePools (a pool with "
                                 f"gpuManufacturers); GPU pools: {', '.join(gpu_pools) or 'none'}")
            # Both enablements (NVIDIA's device plugin, NVIDIA's GPU Operator) and nvidia.com/gpu serve NVIDIA GPUs only.
            pool = next(p for p in self.node_pools if p.name == self.gpu.pool)
            if "nvidia" not in pool.gpu_manufacturers or not self.gpu.resource_name.startswith("nvidia.com/"):
                raise ValueError(f"gpu.enablement {self.gpu.enablement} installs NVIDIA's software, but pool "
                                 f"{pool.name!r} has gpuManufacturers {pool.gpu_manufacturers} and gpu.resourceName is "
                                 f"{self.gpu.resource_name!r}; use an nvidia pool and an nvidia.com/ resource name")
        if self.kubeflow is not None and self.gpu is None:
            raise ValueError("kubeflow.gpuPodDefault targets the GPU pool named in `gpu.pool`; set the `gpu` section")
        return self
