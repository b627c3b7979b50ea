"""The `gkm` target: GPU Kernel Manager caches and the workloads that mount them (seed 003).

Each cache becomes a GKMCache (namespaced) or ClusterGKMCache (cluster-scoped, shared with listed
namespaces). Each workload mounts one cache read-only, either through the GKM CSI driver (the seed's
form) or through the PVC GKM creates for the cache (current GKM's form), and runs on the GPU nodes with
tolerations derived from their taints.
"""

from __future__ import annotations

import re

from cdk8s import Chart
from cdk8s_plus_37 import k8s
from constructs import Construct

from mlmanifests.config.gkm import CacheWorkload, GkmConfig, KernelCache
from mlmanifests.config.global_settings import GlobalSettings
from mlmanifests.constructs.containers import resource_requirements
from mlmanifests.constructs.pod_security import restricted_container_security_context, restricted_pod_security_context
from mlmanifests.imports.gkm import (
    ClusterGkmCache,
    ClusterGkmCacheSpec,
    GkmCache,
    GkmCacheSpec,
)

_DNS_LABEL = re.compile(r"[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?")
CSI_DRIVER = "csi.gkm.io"
CSI_CACHE_ATTRIBUTE = "csi.gkm.io/GKMCache"
CSI_NAMESPACE_ATTRIBUTE = "csi.gkm.io/namespace"
CACHE_VOLUME = "kernel-cache"
LABEL_APP = "app.kubernetes.io/name"
LABEL_PART_OF = "app.kubernetes.io/part-of"


class GkmChart(Chart):
    def __init__(self, scope: Construct, id: str, config: GkmConfig, settings: GlobalSettings) -> None:
        super().__init__(scope, id, disable_resource_name_hashes=True)
        self.config = config
        caches = {cache.name: cache for cache in config.caches}
        if config.create_namespaces:
            for namespace in sorted(self._namespaces()):
                k8s.KubeNamespace(self, f"namespace-{namespace}", metadata=k8s.ObjectMeta(name=namespace))
        for cache in config.caches:
            self._cache(cache)
        for workload in config.workloads:
            self._workload(workload, caches[workload.cache])

    def _namespaces(self) -> set[str]:
        used = {cache.namespace for cache in self.config.caches if cache.namespace}
        used.update(ns for cache in self.config.caches for ns in cache.workload_namespaces)
        used.update(workload.namespace for workload in self.config.workloads)
        return used

    def _cache(self, cache: KernelCache) -> None:
        labels = {LABEL_PART_OF: "gkm"}
        if cache.scope == "namespace":
            GkmCache(
                self, f"gkmcache-{cache.namespace}-{cache.name}",
                metadata={"name": cache.name, "namespace": cache.namespace, "labels": labels},
                spec=GkmCacheSpec(
                    image=cache.image,
                    access_modes=list(cache.access_modes) or None,
                    storage_class_name=cache.storage_class_name,
                ),
            )
        else:
            ClusterGkmCache(
                self, f"clustergkmcache-{cache.name}",
                metadata={"name": cache.name, "labels": labels},
                spec=ClusterGkmCacheSpec(
                    image=cache.image,
                    workload_namespaces=list(cache.workload_namespaces),
                    access_modes=list(cache.access_modes) or None,
                    storage_class_name=cache.storage_class_name,
                ),
            )

    def _cache_volume(self, workload: CacheWorkload, cache: KernelCache) -> k8s.Volume:
        if workload.mount == "pvc":
            # GKM creates, in each namespace that uses the cache, a PVC named like the cache.
            return k8s.Volume(
                name=CACHE_VOLUME,
                persistent_volume_claim=k8s.PersistentVolumeClaimVolumeSource(claim_name=cache.name, read_only=True),
            )
        attributes = {CSI_CACHE_ATTRIBUTE: cache.name}
        if cache.scope == "namespace":
            attributes[CSI_NAMESPACE_ATTRIBUTE] = workload.namespace
        return k8s.Volume(
            name=CACHE_VOLUME,
            csi=k8s.CsiVolumeSource(driver=CSI_DRIVER, read_only=True, volume_attributes=attributes),
        )

    def _pod_spec(self, workload: CacheWorkload, cache: KernelCache, restart_policy: str) -> k8s.PodSpec:
        gpu_nodes = self.config.gpu_nodes if workload.on_gpu_nodes else None
        extra = {self.config.gpu_resource_name: str(workload.gpus)} if workload.gpus else None
        container = k8s.Container(
            name=workload.name if _DNS_LABEL.fullmatch(workload.name) else "main",  # container names are DNS labels
            image=workload.image,
            image_pull_policy="IfNotPresent",
            command=list(workload.command) or None,
            args=list(workload.args) or None,
            resources=resource_requirements(workload.resources.to_k8s(extra)),
            security_context=restricted_container_security_context(),
            volume_mounts=[k8s.VolumeMount(name=CACHE_VOLUME, mount_path=workload.mount_path, read_only=True)],
        )
        return k8s.PodSpec(
            containers=[container],
            restart_policy=restart_policy,
            automount_service_account_token=False,
            security_context=restricted_pod_security_context(workload.run_as_user),
            node_selector=gpu_nodes.node_selector() or None if gpu_nodes else None,
            tolerations=[k8s.Toleration(**t) for t in gpu_nodes.tolerations()] or None if gpu_nodes else None,
            volumes=[self._cache_volume(workload, cache)],
        )

    def _workload(self, workload: CacheWorkload, cache: KernelCache) -> None:
        labels = {LABEL_APP: workload.name, LABEL_PART_OF: "gkm"}
        metadata = k8s.ObjectMeta(name=workload.name, namespace=workload.namespace, labels=labels)
        construct_id = f"{workload.kind.lower()}-{workload.namespace}-{workload.name}"
        if workload.kind == "Pod":
            k8s.KubePod(self, construct_id, metadata=metadata, spec=self._pod_spec(workload, cache, "Always"))
        elif workload.kind == "Job":
            k8s.KubeJob(
                self, construct_id, metadata=metadata,
                spec=k8s.JobSpec(
                    backoff_limit=2,
                    template=k8s.PodTemplateSpec(
                        metadata=k8s.ObjectMeta(labels=labels), spec=self._pod_spec(workload, cache, "Never")
                    ),
                ),
            )
        else:
            k8s.KubeDeployment(
                self, construct_id, metadata=metadata,
                spec=k8s.DeploymentSpec(
                    replicas=workload.replicas,
                    selector=k8s.LabelSelector(match_labels=labels),
                    template=k8s.PodTemplateSpec(
                        metadata=k8s.ObjectMeta(labels=labels), spec=self._pod_spec(workload, cache, "Always")
                    ),
                ),
            )

