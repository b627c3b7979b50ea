"""Karpenter in the `kubeflow-aks` section: which Karpenter serves the pools and the dataplane they must fit
(`karpenter`), the AKSNodeClasses (`nodeClasses`) and the NodePools (`nodePools`, with their taints, startup taints
and disruption settings). What the provider must serve for them is in karpenter_provider.py (beside this).
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field, model_validator

from . import karpenter_provider as provider
from mlmanifests.config.types import ObjectName, StrictModel, Taint

_DURATION = r"^(([0-9]+(s|m|h))+|Never)$"
_QUANTITY = re.compile(r"^[0-9]+(\.[0-9]+)?([KMGTPE]i|[numkMGTPE])?$")

CILIUM_DATAPLANE_LABEL = "kubernetes.azure.com/ebpf-dataplane"
"""Set on Cilium nodes by the provider (pkg/providers/labels/labels.go); in the NodePool template it lets Karpenter
count the Cilium agent DaemonSet, which selects on it, before the node exists (the provider's examples/v1)."""
CILIUM_STARTUP_TAINT = Taint(key="node.cilium.io/agent-not-ready", value="true", effect="NoExecute")
"""Keeps pods off a new node until the Cilium agent is up and removes it (Karpenter docs: Cilium startup taint)."""


class KarpenterConfig(StrictModel):
    """Which Karpenter serves the NodePools and AKSNodeClasses, and the cluster network they must fit."""

    mode: Literal["self-hosted", "node-auto-provisioning"] = "self-hosted"
    """self-hosted: the Karpenter provider for Azure installed from its Helm chart at `release` (a prerequisite, see
    README). node-auto-provisioning: AKS runs Karpenter (`az aks update --node-provisioning-mode Auto`) and picks
    its release."""
    release: str = Field(default=provider.CURRENT_RELEASE, pattern=r"^v?[0-9]+\.[0-9]+\.[0-9]+$")
    """Release of the self-hosted provider (its Helm chart version); one too old for the objects emitted is an
    error. Ignored under node-auto-provisioning. Default: the newest, 1.14.2."""
    network_dataplane: Literal["azure", "cilium"] = "cilium"
    """The cluster's `--network-dataplane` (the provider's NETWORK_DATAPLANE option; default cilium, as in the seed's
    cluster). cilium adds the ebpf-dataplane label and the Cilium agent's startup taint to every pool; on an azure
    cluster that taint would never be removed, so this must match the cluster."""

    @property
    def cilium(self) -> bool:
        return self.network_dataplane == "cilium"

    def pool_labels(self) -> dict[str, str]:
        """Labels every NodePool's nodes get from the dataplane."""
        return {CILIUM_DATAPLANE_LABEL: "cilium"} if self.cilium else {}

    def pool_startup_taints(self) -> list[Taint]:
        """Startup taints every NodePool gets from the dataplane (removed by the dataplane's agent)."""
        return [CILIUM_STARTUP_TAINT] if self.cilium else []

    @property
    def chart_version(self) -> str:
        """The provider's Helm chart version: the release without a leading v."""
        return self.release.removeprefix("v")


class AksKubeletConfig(StrictModel):
    """Kubelet settings of the nodes of an AKSNodeClass (spec.kubelet; in karpenter.sh/v1 they live on the node
    class, not the pool). Unset fields keep AKS's defaults."""

    cpu_manager_policy: Literal["none", "static"] | None = None
    """`static` gives Guaranteed pods with integer CPUs exclusive cores (e.g. for data loaders)."""
    topology_manager_policy: Literal["none", "best-effort", "restricted", "single-numa-node"] | None = None
    """NUMA alignment of CPUs and devices (GPUs) for a pod."""
    cpu_cfs_quota: bool | None = Field(default=None, alias="cpuCFSQuota")
    """Enforce CPU limits through CFS quota (AKS default true)."""
    cpu_cfs_quota_period: str | None = Field(default=None, alias="cpuCFSQuotaPeriod", pattern=r"^[0-9]+(ms|s)$")
    """CFS quota period, between 1ms and 1s (AKS default 100ms)."""
    image_gc_high_threshold_percent: int | None = Field(default=None, alias="imageGCHighThresholdPercent", ge=0, le=100)
    """Disk usage (percent) above which image garbage collection always runs."""
    image_gc_low_threshold_percent: int | None = Field(default=None, alias="imageGCLowThresholdPercent", ge=0, le=100)
    """Disk usage (percent) image garbage collection frees down to; below the high threshold."""
    container_log_max_size: str | None = Field(default=None, pattern=r"^[0-9]+(E|P|T|G|M|K|Ei|Pi|Ti|Gi|Mi|Ki)$")
    """Size at which a container log is rotated, e.g. 50Mi."""
    container_log_max_files: int | None = Field(default=None, ge=2)
    """Rotated log files kept per container."""
    pod_pids_limit: int | None = Field(default=None, ge=-1)
    """Maximum PIDs per pod (-1: unlimited)."""
    allowed_unsafe_sysctls: list[str] = Field(default_factory=list)
    """Unsafe sysctls (or patterns ending in *) pods may set, e.g. net.core.somaxconn."""

    @model_validator(mode="after")
    def _thresholds(self) -> "AksKubeletConfig":
        high, low = self.image_gc_high_threshold_percent, self.image_gc_low_threshold_percent
        if high is not None and low is not None and high <= low:  # the CRD's CEL rule on spec.kubelet
            raise ValueError(f"imageGCHighThresholdPercent ({high}) must be greater than imageGCLowThresholdPercent ({low})")
        return self


class AksNodeClassConfig(StrictModel):
    """One Karpenter AKSNodeClass (karpenter.azure.com/v1beta1): how the VMs of the pools that use it boot."""

    name: ObjectName
    """Name of the AKSNodeClass; pools refer to it in `nodeClass`."""
    description: str = ""
    """Human description, emitted as the `kubernetes.io/description` annotation; empty emits none."""
    image_family: Literal["Ubuntu", "Ubuntu2204", "Ubuntu2404", "AzureLinux"] = "Ubuntu2204"
    """Node image family (default Ubuntu2204, as in the seed; Ubuntu needs provider 1.6.2, Ubuntu2404 1.6.3)."""
    os_disk_size_gb: int | None = Field(default=None, alias="osDiskSizeGB", ge=30, le=2048)
    """OS disk size in GB (30-2048); unset leaves the provider's default (128)."""
    max_pods: int | None = Field(default=None, ge=10, le=250)
    """Pods per node (10-250); unset leaves the network plugin's default (250 with Azure CNI Overlay)."""
    kubelet: AksKubeletConfig | None = None
    """Kubelet settings of the class's nodes; unset keeps AKS's."""


class KarpenterRequirement(StrictModel):
    """An extra NodePool requirement beyond the ones the pool's typed fields produce."""

    key: str
    """Node label key (e.g. karpenter.azure.com/sku-gpu-name)."""
    operator: Literal["In", "NotIn", "Exists", "DoesNotExist", "Gt", "Lt"] = "In"
    """Karpenter requirement operator (default In)."""
    values: list[str] = Field(default_factory=list)
    """Values for In/NotIn (one integer for Gt/Lt); empty for Exists/DoesNotExist."""


class DisruptionBudget(StrictModel):
    """One Karpenter disruption budget: the most nodes of the pool that may be disrupting at once."""

    nodes: str = Field(pattern=r"^((100|[0-9]{1,2})%|[0-9]+)$")
    """A count ("0" forbids) or a percentage of the pool's nodes ("10%")."""
    reasons: list[Literal["Underutilized", "Empty", "Drifted"]] = Field(default_factory=list)
    """The disruptions it limits; empty: all of them. Expiry (expireAfter) is never budgeted."""
    schedule: str | None = Field(default=None, pattern=r"^(@(annually|yearly|monthly|weekly|daily|midnight|hourly))|((.+)\s(.+)\s(.+)\s(.+)\s(.+))$")
    """Cron schedule (UTC) at which the budget starts to apply; unset: always. Needs `duration`."""
    duration: str | None = Field(default=None, pattern=r"^((([0-9]+(h|m))|([0-9]+h[0-9]+m))(0s)?)$")
    """How long the budget applies after each `schedule` hit (e.g. 8h). Needs `schedule`."""

    @model_validator(mode="after")
    def _schedule_and_duration(self) -> "DisruptionBudget":
        if (self.schedule is None) != (self.duration is None):  # the CRD's CEL rule on spec.disruption.budgets
            raise ValueError("set `schedule` and `duration` together (or neither, for a budget that always applies)")
        return self


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
    startup_taints: list[Taint] = Field(default_factory=list)
    """Taints a node starts with that a DaemonSet removes once it has set the node up; pods need not tolerate them.
    The Cilium agent's is added from `karpenter.networkDataplane`, never listed here."""
    expire_after: str = Field(default="720h", pattern=_DURATION)
    """How long a node lives before Karpenter replaces it ('Never' to keep it; default 720h). In karpenter.sh/v1
    expiry is forceful: no disruption budget holds it, and pods without a PodDisruptionBudget are evicted."""
    consolidation_policy: Literal["WhenEmpty", "WhenEmptyOrUnderutilized"] = "WhenEmptyOrUnderutilized"
    """When Karpenter may remove or replace nodes (default WhenEmptyOrUnderutilized, the v1 name of the seed's
    WhenUnderutilized)."""
    consolidate_after: str = Field(default="1m", pattern=_DURATION)
    """How long a node must be consolidatable before Karpenter acts (default 1m)."""
    disruption_budgets: list[DisruptionBudget] = Field(default_factory=list, max_length=50)
    """How many of the pool's nodes Karpenter may disrupt at once (per reason, optionally on a schedule); empty
    leaves Karpenter's default (10% of the nodes, for every reason)."""
    limits: dict[str, str] = Field(default_factory=dict)
    """Capacity limits of the whole pool, e.g. {cpu: "100"}; empty sets none."""

    @property
    def is_gpu_pool(self) -> bool:
        return bool(self.gpu_manufacturers)

    @model_validator(mode="after")
    def _valid(self) -> "KarpenterNodePoolConfig":
        for key in [*self.labels, *(taint.key for taint in self.startup_taints + self.taints)]:
            if key in (CILIUM_DATAPLANE_LABEL, CILIUM_STARTUP_TAINT.key):
                raise ValueError(f"{key} comes from karpenter.networkDataplane (cilium adds it to every pool); "
                                 f"remove it from the pool and set karpenter.networkDataplane to the cluster's dataplane")
        for resource, quantity in self.limits.items():
            if not _QUANTITY.fullmatch(quantity):
                raise ValueError(f"limits.{resource}: {quantity!r} is not a Kubernetes quantity (e.g. '100', '400Gi')")
        if self.is_gpu_pool and not any(t.effect in ("NoSchedule", "NoExecute") for t in self.taints):
            raise ValueError(
                f"GPU pool {self.name!r} has no NoSchedule/NoExecute taint, so any pod could land on its costly nodes; "
                "add one under `taints` (e.g. {key: nvidia.com/gpu, value: 'true', effect: NoSchedule})"
            )
        return self
