"""The `gkm` target: GPU Kernel Manager caches and the workloads that mount them (seed 003).

Each cache becomes a GKMCache (namespaced) or ClusterGKMCache (cluster-scoped, shared with listed namespaces),
labelled with its signature format for GKM's Kyverno policies and, on current GKM, with the pod template of the
Job GKM extracts it with (derived from the GPU nodes: their taints' tolerations and a node affinity). Each workload
mounts one cache as its release allows: the PVC GKM creates under the cache's name (current GKM) or a `csi.gkm.io`
volume (the CSI-driver release), and runs on the GPU nodes with tolerations derived from their taints.
"""

from __future__ import annotations

from cdk8s import Chart
from cdk8s_plus_37 import k8s
from constructs import Construct

from mlmanifests.targets.gkm.config import CacheWorkload, GkmConfig, GpuNodes, KernelCache
from mlmanifests.config.global_settings import GlobalSettings
from mlmanifests.constructs.containers import resource_requirements
from mlmanifests.constructs.gkm_release import SIGNATURE_FORMAT_LABEL
from mlmanifests.constructs.gpu_node_affinity import node_selector_terms
from mlmanifests.constructs.node_group import NodeGroup
from mlmanifests.constructs.pod_security import Exemption, PodSecurity
from mlmanifests.constructs.restricted_workload import RestrictedContainer, RestrictedWorkload
from mlmanifests.imports import gkm as gkm_binding
from mlmanifests.imports.gkm import (
    ClusterGkmCache,
    ClusterGkmCacheSpec,
    GkmCache,
    GkmCacheSpec,
)

# The CSI-driver release's volume attributes (redhat-et/GKM@bc2854ca pkg/utils/contants.go:34-36).
CSI_DRIVER = "csi.gkm.io"
CSI_CACHE_ATTRIBUTE = "csi.gkm.io/GKMCache"
CSI_NAMESPACE_ATTRIBUTE = "csi.gkm.io/namespace"
CACHE_VOLUME = "kernel-cache"
LABEL_APP = "app.kubernetes.io/name"
LABEL_PART_OF = "app.kubernetes.io/part-of"
# Argo CD applies a wave once the one before is healthy (with the GKMCache health check of README's gkm section,
# healthy = Extracted): workloads go one wave after the caches, which stay in wave 0 with their Namespaces.
SYNC_WAVE = "argocd.argoproj.io/sync-wave"
WORKLOAD_WAVE = "1"


class GkmChart(Chart):
    def __init__(self, scope: Construct, id: str, config: GkmConfig, settings: GlobalSettings) -> None:
        super().__init__(scope, id, disable_resource_name_hashes=True)
        self.config = config
        self.nodes = config.nodes()
        self.node_group = NodeGroup(labels=self.nodes.labels, taints=self.nodes.taints)
        """The GPU nodes as workloads see them: tolerations and node selector are asked of it, never written."""
        if config.create_namespaces:
            for namespace in sorted(self._namespaces()):
                k8s.KubeNamespace(self, f"namespace-{namespace}", metadata=k8s.ObjectMeta(name=namespace))
        for cache in config.caches:
            self._cache(cache)
        for workload in config.workloads:
            cache = config.cache_for(workload)
            assert cache is not None  # the config refuses a workload whose cache it does not define
            self._workload(workload, cache)

    def _namespaces(self) -> set[str]:
        used = {cache.namespace for cache in self.config.caches if cache.namespace}
        used.update(ns for cache in self.config.caches for ns in cache.workload_namespaces)
        used.update(workload.namespace for workload in self.config.workloads)
        return used

    def _cache(self, cache: KernelCache) -> None:
        labels = {LABEL_PART_OF: "gkm"}
        if cache.signature_format not in (None, "none"):
            labels[SIGNATURE_FORMAT_LABEL] = cache.signature_format
        metadata = {"name": cache.name, "labels": labels}
        fields = dict(
            image=cache.image,
            access_modes=list(cache.access_modes) or None,
            storage_class_name=cache.storage_class_name,
            pod_template=self._extraction_pod_template(cache),
        )
        if cache.scope == "namespace":
            GkmCache(self, f"gkmcache-{cache.namespace}-{cache.name}", metadata={**metadata, "namespace": cache.namespace},
                     spec=GkmCacheSpec(**fields))
        else:
            ClusterGkmCache(self, f"clustergkmcache-{cache.name}", metadata=metadata,
                            spec=ClusterGkmCacheSpec(**fields, workload_namespaces=list(cache.workload_namespaces) or None))

    def _extraction_pod_template(self, cache: KernelCache) -> object | None:
        """`spec.podTemplate`: GKM's extraction Job takes tolerations, node selection and labels only from it
        (pkg/common/k8s.go:1049-1085 at f0e65de4); without tolerations it cannot land on tainted GPU nodes."""
        if not self.config.gkm_release.serves("podTemplate"):
            return None
        types = _PodTemplateTypes("GkmCache" if cache.scope == "namespace" else "ClusterGkmCache")
        given = cache.pod_template
        if given is not None:
            return types.template(
                labels=dict(given.labels), annotations=dict(given.annotations), node_selector=dict(given.node_selector),
                tolerations=[t.model_dump(exclude_none=True) for t in given.tolerations],
                priority_class_name=given.priority_class_name, terms=[],
            )
        # Derived: no nodeSelector, which would replace the agent's per-node hostname pin; affinity adds to it.
        return types.template(tolerations=self.node_group.tolerations(),
                              terms=node_selector_terms(self.nodes.labels, _nfd_labels(self.nodes)))

    def _cache_volume(self, workload: CacheWorkload, cache: KernelCache) -> k8s.Volume:
        if self.config.mount_of(workload) == "pvc":
            # GKM creates, in each namespace that uses the cache, a PVC named like the cache
            # (internal/controller/gkm-operator/common.go:709 at f0e65de4).
            return k8s.Volume(
                name=CACHE_VOLUME,
                persistent_volume_claim=k8s.PersistentVolumeClaimVolumeSource(
                    claim_name=cache.name, read_only=workload.read_only or None),
            )
        attributes = {CSI_CACHE_ATTRIBUTE: cache.name}
        if cache.scope == "namespace":
            attributes[CSI_NAMESPACE_ATTRIBUTE] = workload.namespace
        return k8s.Volume(
            name=CACHE_VOLUME,
            csi=k8s.CsiVolumeSource(driver=CSI_DRIVER, read_only=workload.read_only or None, volume_attributes=attributes),
        )

    def _workload(self, workload: CacheWorkload, cache: KernelCache) -> None:
        extra = {self.nodes.gpu_resource: str(workload.gpus)} if workload.gpus else None
        exemptions = (Exemption("pss-seccomp", workload.unconfined_reason),) if workload.unconfined_reason else ()
        RestrictedWorkload(
            self, f"{workload.kind.lower()}-{workload.namespace}-{workload.name}", kind=workload.kind,
            name=workload.name, namespace=workload.namespace, labels={LABEL_APP: workload.name, LABEL_PART_OF: "gkm"},
            annotations={SYNC_WAVE: WORKLOAD_WAVE},
            security=PodSecurity(workload.run_as_user, seccomp=workload.seccomp_profile, exemptions=exemptions),
            replicas=workload.replicas if workload.kind == "Deployment" else None,
            backoff_limit=2 if workload.kind == "Job" else None,
            restart_policy="Never" if workload.kind == "Job" else "Always",
            runtime_class_name=self.nodes.runtime_class_name if workload.gpus else None,
            nodes=self.node_group if workload.on_gpu_nodes else None,
            affinity=_workload_affinity(self.nodes) if workload.on_gpu_nodes else None,
            containers=[RestrictedContainer(
                name=workload.name,
                image=workload.image,
                image_pull_policy="IfNotPresent",
                command=list(workload.command) or None,
                args=list(workload.args) or None,
                resources=resource_requirements(workload.resources.to_k8s(extra)),
                volume_mounts=[k8s.VolumeMount(name=CACHE_VOLUME, mount_path=workload.mount_path,
                                               read_only=workload.read_only or None)],
            )],
            volumes=[self._cache_volume(workload, cache)],
        )


def _nfd_labels(nodes: GpuNodes) -> list[str]:
    return nodes.gpu_vendor.nfd_labels() if nodes.node_feature_discovery else []


def _workload_affinity(nodes: GpuNodes) -> k8s.Affinity | None:
    """The vendor's NFD labels as node affinity (the group's labels are the workload's nodeSelector already)."""
    terms = node_selector_terms({}, _nfd_labels(nodes))
    if not terms:
        return None
    return k8s.Affinity(node_affinity=k8s.NodeAffinity(
        required_during_scheduling_ignored_during_execution=k8s.NodeSelector(node_selector_terms=[
            k8s.NodeSelectorTerm(match_expressions=[k8s.NodeSelectorRequirement(**e) for e in term]) for term in terms
        ])))


class _PodTemplateTypes:
    """The binding's podTemplate classes of GKMCache or ClusterGKMCache (one CRD schema, two generated families)."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix

    def _type(self, suffix: str):
        return getattr(gkm_binding, f"{self.prefix}SpecPodTemplate{suffix}")

    def template(self, *, tolerations: list[dict], terms: list[list[dict]], labels: dict | None = None,
                 annotations: dict | None = None, node_selector: dict | None = None,
                 priority_class_name: str | None = None) -> object | None:
        required = "AffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution"
        affinity = self._type("SpecAffinity")(node_affinity=self._type("SpecAffinityNodeAffinity")(
            required_during_scheduling_ignored_during_execution=self._type(f"Spec{required}")(node_selector_terms=[
                self._type(f"Spec{required}NodeSelectorTerms")(match_expressions=[
                    self._type(f"Spec{required}NodeSelectorTermsMatchExpressions")(**expression) for expression in term])
                for term in terms]))) if terms else None
        spec = self._type("Spec")(
            node_selector=node_selector or None, affinity=affinity, priority_class_name=priority_class_name,
            tolerations=[self._type("SpecTolerations")(**t) for t in tolerations] or None,
        ) if (tolerations or terms or node_selector or priority_class_name) else None
        metadata = self._type("Metadata")(labels=labels or None, annotations=annotations or None) \
            if (labels or annotations) else None
        if spec is None and metadata is None:
            return None
        return getattr(gkm_binding, f"{self.prefix}SpecPodTemplate")(spec=spec, metadata=metadata)
