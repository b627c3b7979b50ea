"""The `kubeflow-aks` section: Kubeflow on AKS with Karpenter adding GPU nodes on demand (seed 002).

Four parts: which Karpenter serves the pools and the cluster network they must fit (`karpenter`: the self-hosted
provider at a release, or AKS node auto-provisioning; the azure or cilium dataplane), Karpenter node classes and
pools (`nodeClasses`, `nodePools`; both in nodes_config.py), GPU enablement for the GPU pools
(`gpu`: the NVIDIA device plugin or the GPU Operator, plus a smoke-test Job), and the Kubeflow overlays
(`kubeflow`, in overlays_config.py: MinIO as an Azure Blob gateway, TLS, the GPU PodDefault, OIDC login
through Entra ID).
Tolerations and node selectors of GPU workloads are never configured: they are derived from the GPU pool.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, TypeAdapter, model_validator

from mlmanifests.targets.prerequisites import Prerequisite

from . import karpenter_provider as provider
from .nodes_config import AksNodeClassConfig, KarpenterConfig, KarpenterNodePoolConfig
from .overlays_config import KubeflowOverlaysConfig
from mlmanifests.config.types import Args, CredentialFreeText, DnsLabel, ExternalObject, ObjectName, PinnedImage, StrictModel, TargetSection

UPSTREAM_SECRET_NAMESPACES = {"oidc-authservice-client": "istio-system", "oauth2-proxy": "oauth2-proxy",
                              "dex-oidc-client": "auth", "dex-passwords": "auth"}
"""Namespaces of the upstream Secrets outside `kubeflow`, in both releases."""

_RELEASE_TAG = r"^v[0-9]+\.[0-9]+\.[0-9]+$"


class DevicePluginConfig(StrictModel):
    """The NVIDIA device plugin DaemonSet, which advertises `nvidia.com/gpu` on the GPU pools' nodes."""

    namespace: DnsLabel = "gpu-resources"
    """Namespace of the DaemonSet (created by this target; default gpu-resources, as in the seed)."""
    registry: str = "nvcr.io/nvidia"
    """Registry (and path) the `k8s-device-plugin` image is pulled from: NVIDIA's nvcr.io/nvidia (default; the
    release's deployments/static manifest), or a mirror such as a private ACR. The GPU nodes need egress to it."""
    release: str = Field(default="v0.20.0", pattern=_RELEASE_TAG)
    """Device plugin release tag (default v0.20.0, the newest, 2026-08-19)."""

    @property
    def image(self) -> str:
        return f"{self.registry}/k8s-device-plugin:{self.release}"

    @model_validator(mode="after")
    def _image_reference(self) -> "DevicePluginConfig":
        try:
            TypeAdapter(PinnedImage).validate_python(self.image)
        except ValueError:
            raise ValueError(f"registry {self.registry!r} does not make an image reference with the release "
                             f"({self.image!r}); give a registry host and path, e.g. nvcr.io/nvidia") from None
        return self


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
    karpenter: KarpenterConfig = Field(default_factory=KarpenterConfig)
    """Which Karpenter serves the pools (self-hosted provider at a release, or node auto-provisioning) and the
    cluster's network dataplane."""
    node_classes: list[AksNodeClassConfig] = Field(min_length=1)
    """AKSNodeClasses; every pool names one."""
    node_pools: list[KarpenterNodePoolConfig] = Field(min_length=1)
    """Karpenter NodePools; those with gpuManufacturers are GPU pools."""
    gpu: GpuConfig | None = Field(default_factory=GpuConfig)
    """GPU enablement and the GPU smoke test; null emits neither."""
    kubeflow: KubeflowOverlaysConfig | None = None
    """The Kubeflow overlays; null emits none."""

    def gpu_node_pools(self) -> list[KarpenterNodePoolConfig]:
        """The entries of `nodePools` that are GPU pools (with gpuManufacturers), as configured."""
        return [pool for pool in self.node_pools if pool.is_gpu_pool]

    def upstream_refs(self):
        return [("kubeflow", self.kubeflow)] if self.kubeflow is not None else []

    @property
    def operator_installs_gpu_driver(self) -> bool:
        return self.gpu is not None and self.gpu.enablement == "gpu-operator"

    def provider_features(self) -> list[provider.ProviderFeature]:
        """What the emitted NodePools and AKSNodeClasses need the Karpenter provider to serve."""
        needed = [provider.NODEPOOL_V1, provider.NODECLASS_V1BETA1]
        needed += [provider.IMAGE_FAMILY[node_class.image_family] for node_class in self.node_classes]
        if self.operator_installs_gpu_driver:
            needed.append(provider.GPU_MODE)
        return needed

    def provider_requirement(self) -> str:
        """The Karpenter the node layer needs, as one phrase: the mode, and for self-hosted the release range."""
        if self.karpenter.mode == "node-auto-provisioning":
            return "AKS node auto-provisioning"
        minimum = provider.minimum_release(self.provider_features())
        return f"Karpenter provider for Azure >= {minimum} (self-hosted; pinned {self.karpenter.release})"

    def prerequisites(self) -> list[Prerequisite]:
        """The node layer's: Karpenter at a release that serves its APIs, the dataplane it was written for, and
        where the GPU software comes from."""
        apis = f"serves {provider.NODEPOOL_API} NodePool and {provider.NODECLASS_API} AKSNodeClass"
        if self.karpenter.mode == "self-hosted":
            minimum = provider.minimum_release(self.provider_features())
            found = [Prerequisite(
                "Karpenter provider for Azure (self-hosted)",
                f">= {minimum} (pinned: helm install karpenter {provider.CHART} --version {self.karpenter.chart_version})",
                f"{apis} (the seed's 0.4.0 serves only karpenter.sh/v1beta1 and AKSNodeClass v1alpha2); installed with "
                "the values its hack/deploy/configure-values.sh reads from the cluster (bootstrap token, identities, "
                "subnet), so not emitted; without it the NodePools and AKSNodeClasses are rejected",
            )]
        else:
            found = [Prerequisite(
                "AKS node auto-provisioning (az aks create/update --node-provisioning-mode Auto)", "",
                f"AKS runs Karpenter, which {apis}; apply no self-hosted provider next to it",
            )]
        if self.karpenter.cilium:
            found.append(Prerequisite(
                "AKS cluster with the Cilium dataplane (--network-plugin azure --network-plugin-mode overlay "
                "--network-dataplane cilium)", "",
                "every NodePool carries the ebpf-dataplane label and the node.cilium.io/agent-not-ready startup taint; "
                "only the Cilium agent removes that taint, so on another dataplane new nodes never take pods",
            ))
        else:
            found.append(Prerequisite(
                "AKS cluster with the azure dataplane (--network-dataplane azure)", "",
                "the NodePools carry no Cilium label or startup taint; on a Cilium cluster Karpenter would not count the "
                "Cilium agent's overhead and pods could start before its networking",
            ))
        if self.gpu is not None and self.gpu.enablement == "device-plugin":
            found.append(Prerequisite(
                f"Egress from the GPU nodes to {self.gpu.device_plugin.registry.split('/')[0]}", "",
                f"the device plugin image {self.gpu.device_plugin.image} is pulled from there",
            ))
        elif self.gpu is not None:
            operator = self.gpu.gpu_operator
            found.append(Prerequisite(
                f"Argo CD, able to reach the Helm repository {operator.repo_url}", "",
                f"it installs the GPU Operator chart {operator.chart_version}; its driver, toolkit and device plugin "
                "images come from nvcr.io, so the GPU nodes need egress there",
            ))
        if self.kubeflow is not None:
            found += self.kubeflow.prerequisites()
        return found

    def external_objects(self) -> list[ExternalObject]:
        implied = list(self.external)
        if self.kubeflow is not None:
            # An `existingSecret` stands in the namespace where upstream's readers look for it.
            for name, source in self.kubeflow.secret_sources().items():
                implied += source.implied_external(UPSTREAM_SECRET_NAMESPACES.get(name, "kubeflow"))
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
            gpu_pool_names = [p.name for p in self.gpu_node_pools()]
            if self.gpu.pool not in gpu_pool_names:
                raise ValueError(f"gpu.pool is {self.gpu.pool!r}, which is not a GPU pool in nodePools (a pool with "
                                 f"gpuManufacturers); GPU pools: {', '.join(gpu_pool_names) or 'none'}")
            # Both enablements (NVIDIA's device plugin, NVIDIA's GPU Operator) and nvidia.com/gpu serve NVIDIA GPUs only.
            pool = next(p for p in self.node_pools if p.name == self.gpu.pool)
            if "nvidia" not in pool.gpu_manufacturers or not self.gpu.resource_name.startswith("nvidia.com/"):
                raise ValueError(f"gpu.enablement {self.gpu.enablement} installs NVIDIA's software, but pool "
                                 f"{pool.name!r} has gpuManufacturers {pool.gpu_manufacturers} and gpu.resourceName is "
                                 f"{self.gpu.resource_name!r}; use an nvidia pool and an nvidia.com/ resource name")
        if self.karpenter.mode == "self-hosted":
            missing = provider.unserved(self.karpenter.release, self.provider_features())
            if missing:
                needs = "; ".join(f"{feature.what} needs {feature.since}" for feature in missing)
                raise ValueError(
                    f"karpenter.release {self.karpenter.release} cannot serve what this config emits ({needs}); set "
                    f"karpenter.release to {provider.minimum_release(self.provider_features())} or later (newest: "
                    f"{provider.CURRENT_RELEASE}), or karpenter.mode to node-auto-provisioning")
        if self.kubeflow is not None and self.gpu is None:
            raise ValueError("kubeflow.gpuPodDefault targets the GPU pool named in `gpu.pool`; set the `gpu` section")
        return self
