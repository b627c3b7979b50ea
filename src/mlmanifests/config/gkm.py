"""The `gkm` section: GPU Kernel Manager caches and the workloads that mount them (seed 003)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from .types import (
    Args, ContainerPath, DnsLabel, NodeGroup, NonNegativeInt32, ObjectName, PinnedImage, QualifiedName, ResourceRequirements,
    StrictModel, Taint, TargetSection, UserId,
)

AccessMode = Literal["ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany", "ReadWriteOncePod"]


class KernelCache(StrictModel):
    """One GPU kernel cache: a GKMCache in a namespace, or a ClusterGKMCache shared with listed namespaces."""

    name: ObjectName
    image: PinnedImage
    """OCI image holding the kernel cache, pinned by tag or digest."""
    scope: Literal["namespace", "cluster"] = "namespace"
    """namespace: a GKMCache in `namespace`; cluster: a ClusterGKMCache usable from `workloadNamespaces`."""
    namespace: DnsLabel | None = None
    """Namespace of a namespace-scoped cache (required for scope: namespace)."""
    workload_namespaces: list[DnsLabel] = Field(default_factory=list)
    """Namespaces whose workloads may use a cluster-scoped cache (required for scope: cluster)."""
    access_modes: list[AccessMode] = Field(default_factory=list)
    """Access modes of the PVC GKM creates; empty leaves GKM's default (ReadWriteOnce)."""
    storage_class_name: ObjectName | None = None
    """Storage class of the PVC GKM creates; unset uses the cluster default."""

    @model_validator(mode="after")
    def _scope_fields(self) -> "KernelCache":
        if self.scope == "namespace":
            if self.namespace is None:
                raise ValueError("a namespace-scoped cache needs `namespace`; or set `scope: cluster` with `workloadNamespaces`")
            if self.workload_namespaces:
                raise ValueError("`workloadNamespaces` is for `scope: cluster` caches; a namespace-scoped cache serves its own namespace")
        else:
            if self.namespace is not None:
                raise ValueError("a cluster-scoped cache has no `namespace`; list the namespaces that use it in `workloadNamespaces`")
            if not self.workload_namespaces:
                raise ValueError("a cluster-scoped cache needs `workloadNamespaces`: GKM creates the cache's PVC in each of them")
        return self


class CacheWorkload(StrictModel):
    """A workload that mounts one kernel cache read-only."""

    name: ObjectName
    namespace: DnsLabel
    cache: ObjectName
    """Name of a cache defined in `caches`."""
    kind: Literal["Pod", "Deployment", "Job"] = "Pod"
    image: PinnedImage
    command: Args = Field(default_factory=list)
    args: Args = Field(default_factory=list)
    mount: Literal["csi", "pvc"] = "csi"
    """csi: a csi.gkm.io volume naming the cache (the seed's form); pvc: the PVC GKM creates, named like the cache."""
    mount_path: ContainerPath = "/cache"
    replicas: NonNegativeInt32 = 1
    """Replicas, for kind: Deployment."""
    run_as_user: UserId = 1000
    """Non-root user id the container runs as."""
    resources: ResourceRequirements = Field(default_factory=ResourceRequirements)
    gpus: NonNegativeInt32 = 0
    """GPUs requested (and limited) through the GPU nodes' resource name; 0 requests none."""
    on_gpu_nodes: bool = True
    """Schedule onto `gpuNodes` (their labels as nodeSelector, tolerations derived from their taints)."""


class GkmConfig(TargetSection):
    gpu_nodes: NodeGroup = Field(
        default_factory=lambda: NodeGroup(
            labels={"gkm-test-node": "true"}, taints=[Taint(key="gpu", value="true", effect="NoSchedule")]
        )
    )
    """The GPU nodes cache workloads run on."""
    gpu_resource_name: QualifiedName = "amd.com/gpu"
    """Extended resource name of the GPUs on those nodes (amd.com/gpu, nvidia.com/gpu)."""
    create_namespaces: bool = True
    """Emit a Namespace for every namespace the caches and workloads use."""
    caches: list[KernelCache] = Field(default_factory=list)
    workloads: list[CacheWorkload] = Field(default_factory=list)

    @model_validator(mode="after")
    def _workloads_use_defined_caches(self) -> "GkmConfig":
        caches = {cache.name: cache for cache in self.caches}
        if len(caches) != len(self.caches):
            seen: set[str] = set()
            duplicate = next(c.name for c in self.caches if c.name in seen or seen.add(c.name))
            raise ValueError(f"cache name {duplicate!r} is defined twice in `caches`; names must be unique")
        for index, workload in enumerate(self.workloads):
            cache = caches.get(workload.cache)
            where = f"workloads[{index}].cache ({workload.namespace}/{workload.name})"
            if cache is None:
                raise ValueError(
                    f"{where} mounts cache {workload.cache!r}, which `caches` does not define; "
                    f"defined: {', '.join(sorted(caches)) or 'none'}"
                )
            if cache.scope == "namespace" and cache.namespace != workload.namespace:
                raise ValueError(
                    f"{where} mounts GKMCache {cache.namespace}/{cache.name} from another namespace; "
                    f"a namespace-scoped cache serves only its own namespace (use scope: cluster to share it)"
                )
            if cache.scope == "cluster" and workload.namespace not in cache.workload_namespaces:
                raise ValueError(
                    f"{where} mounts ClusterGKMCache {cache.name}, whose workloadNamespaces "
                    f"({', '.join(cache.workload_namespaces)}) do not include {workload.namespace!r}; add it there"
                )
        return self
