"""The `gkm` section: GPU Kernel Manager caches and the workloads that mount them (seed 003).

Read against GKM's source (redhat-et/GKM; the releases are described in mlmanifests.constructs.gkm_release)."""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, field_validator, model_validator

from mlmanifests.constructs.gkm_release import RELEASES, GkmRelease, ReleaseName
from mlmanifests.constructs.gpu_vendor import VENDORS, GpuVendor, VendorName
from mlmanifests.targets.prerequisites import Prerequisite

from .prerequisites import gkm_prerequisites
from mlmanifests.config.types import (
    Args, DnsLabel, Labels, NonNegativeInt32, ObjectName, PinnedImage, ResourceRequirements, StrictModel, Taint, TargetSection,
)

# Namespaces a GKM workload or cache must not claim: Kubernetes' own, and GKM's (config/default/kustomization.yaml:
# `namespace: gkm-system`). This target emits a Namespace for each one it uses; Flux prunes what leaves the folder.
RESERVED_NAMESPACES = ("default", "gkm-system", "kube-node-lease", "kube-public", "kube-system")
# The label GKM's `make run-on-kind` puts on the kind worker (the seed's nodeSelector); and the taint kind-gpu-sim sets.
KIND_TEST_LABELS = {"gkm-test-node": "true"}
KIND_TEST_TAINT = Taint(key="gpu", value="true", effect="NoSchedule")


def _not_reserved(namespace: str) -> str:
    if namespace in RESERVED_NAMESPACES:
        raise ValueError(f"{namespace!r} is reserved (Kubernetes' or GKM's own namespace); use a namespace of your own")
    return namespace


Namespace = Annotated[DnsLabel, AfterValidator(_not_reserved)]
"""A namespace this target creates and fills: a DNS label, not a reserved one."""

_SEGMENT = re.compile(r"^[A-Za-z0-9_.-]+$")


def _mount_path(path: str) -> str:
    segments = path.split("/")[1:]
    if not path.startswith("/") or path == "/":
        raise ValueError("must be an absolute path below / (e.g. /cache); mounting over / hides the image")
    bad = next((s for s in segments if s in ("", ".", "..") or not _SEGMENT.match(s)), None)
    if bad is not None:
        raise ValueError(f"has segment {bad!r}: write a normalized absolute path of letters, digits, '_', '.' and '-' "
                         "(no '..', '.', empty segments or ':'), e.g. /cache")
    return path


def _unique(values: list[str]) -> list[str]:
    duplicates = sorted({v for v in values if values.count(v) > 1})
    if duplicates:
        raise ValueError(f"lists {', '.join(duplicates)} more than once; list each once")
    return values


class GpuNodes(StrictModel):
    """The GPU nodes caches are extracted on and workloads run on: their vendor, labels and taints."""

    vendor: VendorName = "amd"
    """GPU vendor of these nodes: amd (ROCm caches, amd.com/gpu) or nvidia (CUDA caches, nvidia.com/gpu)."""
    resource_name: str | None = None
    """Extended resource a workload's `gpus` request; default the vendor's `<domain>/gpu`. Must be the vendor's."""
    labels: Labels = Field(default_factory=dict)
    """Labels on those nodes; workloads select them with a nodeSelector."""
    taints: list[Taint] = Field(default_factory=list)
    """Taints on those nodes; workloads and GKM's extraction Jobs get exactly the matching tolerations."""
    node_feature_discovery: bool = True
    """Select nodes by the vendor's NFD PCI labels too (needs Node Feature Discovery); `profile: kind-test` turns it off."""
    runtime_class_name: DnsLabel | None = None
    """RuntimeClass GPU workloads run with (e.g. `nvidia` where the GPU Operator does not make it the default)."""

    @property
    def gpu_vendor(self) -> GpuVendor:
        return VENDORS[self.vendor]

    @property
    def gpu_resource(self) -> str:
        return self.resource_name or self.gpu_vendor.resource_name

    @model_validator(mode="after")
    def _resource_of_vendor(self) -> "GpuNodes":
        if self.resource_name is not None:
            try:
                self.gpu_vendor.check_resource_name(self.resource_name)
            except ValueError as problem:
                raise ValueError(f"resourceName: {problem}") from None
        return self


class Toleration(StrictModel):
    """A toleration for GKM's extraction Job, when written out in `podTemplate` instead of derived."""

    key: str
    operator: Literal["Equal", "Exists"] = "Equal"
    value: str | None = None
    effect: Literal["NoSchedule", "PreferNoSchedule", "NoExecute"] | None = None


class ExtractionPodTemplate(StrictModel):
    """`spec.podTemplate` of a cache: what GKM copies onto the Job that extracts it (pkg/common/k8s.go:1049-1085)."""

    labels: dict[str, str] = Field(default_factory=dict)
    annotations: dict[str, str] = Field(default_factory=dict)
    node_selector: dict[str, str] = Field(default_factory=dict)
    """Replaces the node pin GKM's agent gives each per-node Job; only for ReadOnlyMany caches (one Job per cluster)."""
    tolerations: list[Toleration] = Field(default_factory=list)
    priority_class_name: ObjectName | None = None


class KernelCache(StrictModel):
    """One GPU kernel cache: a GKMCache in a namespace, or a ClusterGKMCache shared with listed namespaces."""

    name: DnsLabel
    """Cache name; GKM names its PVCs (and labels its Jobs) after it, so at most 54 characters on current GKM."""
    image: PinnedImage
    """OCI image holding the kernel cache, pinned by tag or digest."""
    scope: Literal["namespace", "cluster"] = "namespace"
    """namespace: a GKMCache in `namespace`; cluster: a ClusterGKMCache usable from `workloadNamespaces`."""
    namespace: Namespace | None = None
    """Namespace of a namespace-scoped cache (required for scope: namespace)."""
    workload_namespaces: Annotated[list[Namespace], AfterValidator(_unique)] = Field(default_factory=list)
    """Namespaces GKM creates the cache's PVC in, for a cluster-scoped cache on current GKM (required there)."""
    signature_format: Literal["cosign-v2", "cosign-v3", "none"] | None = None
    """How the image is signed: the `gkm.io/signature-format` label GKM's Kyverno policies match a GKMCache by.
    Required for a GKMCache (GKM verifies by default); `none` only where GKM runs with KYVERNO_VERIFICATION_ENABLED=false."""
    vendor: VendorName | None = None
    """GPU vendor the cache is built for (default: `gpuNodes.vendor`); must be the GPU nodes' vendor."""
    access_modes: Annotated[list[Literal["ReadWriteOnce", "ReadOnlyMany"]], AfterValidator(_unique)] = Field(default_factory=list)
    """What the storage class can do (current GKM). GKM always creates ReadWriteOnce claims and only looks for
    ReadOnlyMany: with it, one PVC for the cluster the storage distributes; without it, one PVC per node."""
    storage_class_name: ObjectName | None = None
    """Storage class of the PVCs GKM creates (current GKM); unset uses the cluster default."""
    pod_template: ExtractionPodTemplate | None = None
    """The extraction Job's pod template (current GKM); unset derives it from `gpuNodes` (tolerations, node affinity)."""

    @model_validator(mode="after")
    def _scope_fields(self) -> "KernelCache":
        if self.scope == "namespace":
            if self.namespace is None:
                raise ValueError("a namespace-scoped cache needs `namespace`; or set `scope: cluster` with "
                                 "`workloadNamespaces`")
            if self.workload_namespaces:
                raise ValueError("`workloadNamespaces` is for `scope: cluster` caches; a namespace-scoped cache serves "
                                 "its own namespace")
        elif self.namespace is not None:
            raise ValueError("a cluster-scoped cache has no `namespace`; list the namespaces that use it in "
                             "`workloadNamespaces`")
        if self.pod_template and self.pod_template.node_selector and "ReadOnlyMany" not in self.access_modes:
            raise ValueError(
                "podTemplate.nodeSelector replaces the kubernetes.io/hostname pin GKM's agent gives each per-node "
                "extraction Job (pkg/common/k8s.go:1043-1071), so a ReadWriteOnce cache could be extracted on the wrong "
                "node; leave nodeSelector out (the derived template selects nodes by affinity) or add ReadOnlyMany")
        return self

    @property
    def kind(self) -> str:
        return "GKMCache" if self.scope == "namespace" else "ClusterGKMCache"

    def label(self) -> str:
        return f"GKMCache {self.namespace}/{self.name}" if self.scope == "namespace" else f"ClusterGKMCache {self.name}"


class CacheWorkload(StrictModel):
    """A workload that mounts one kernel cache."""

    name: DnsLabel
    namespace: Namespace
    cache: DnsLabel
    """Name of a cache in `caches`: the GKMCache of this namespace, else the ClusterGKMCache of that name."""
    kind: Literal["Pod", "Deployment", "Job"] = "Pod"
    image: PinnedImage
    command: Args = Field(default_factory=list)
    args: Args = Field(default_factory=list)
    mount: Literal["csi", "pvc"] | None = None
    """pvc: the PVC GKM creates, named like the cache (current GKM, the default); csi: a csi.gkm.io volume (release csi-driver)."""
    mount_path: Annotated[str, AfterValidator(_mount_path)] = "/cache"
    read_only: bool = True
    """Mount the cache read-only; upstream's vLLM example writes to its cache directory, so it needs `false`."""
    replicas: NonNegativeInt32 = 1
    """Replicas, for kind: Deployment."""
    run_as_user: int = Field(default=1000, ge=1, le=2147483647)
    """Non-root user id the container runs as (GKM's extraction Job writes the cache as 1000, pkg/utils/contants.go:60)."""
    seccomp_profile: Literal["RuntimeDefault", "Unconfined"] = "RuntimeDefault"
    """Unconfined as upstream's ROCm vLLM example (examples/vllm/k8s/30-llama-rocm-cached-pod.yaml) needs it; then
    `unconfinedReason` is required and recorded as the Pod Security exemption."""
    unconfined_reason: str | None = None
    resources: ResourceRequirements = Field(default_factory=ResourceRequirements)
    gpus: NonNegativeInt32 = 0
    """GPUs requested (and limited) through `gpuNodes`' resource name; 0 requests none."""
    on_gpu_nodes: bool = True
    """Schedule onto `gpuNodes` (their labels as nodeSelector, tolerations derived from their taints)."""

    @model_validator(mode="after")
    def _consistent(self) -> "CacheWorkload":
        if self.gpus and not self.on_gpu_nodes:
            raise ValueError(f"gpus: {self.gpus} needs the GPU nodes; set `onGpuNodes: true` or `gpus: 0`")
        if (self.seccomp_profile == "Unconfined") != bool(self.unconfined_reason):
            raise ValueError("`seccompProfile: Unconfined` and `unconfinedReason` go together: the reason is recorded "
                             "as the pss-seccomp exemption")
        return self


class GkmConfig(TargetSection):
    release: ReleaseName = "current"
    """GKM release the output is for: current (PVC mounts; GKM since e6c7cc72) or csi-driver (the seed's csi.gkm.io
    volumes; GKM at bc2854ca, the last commit with the CSI driver)."""
    profile: Literal["cluster", "kind-test"] = "cluster"
    """kind-test: GKM's kind GPU simulation (`make run-on-kind`): its `gkm-test-node` label and `gpu=true` taint, no NFD."""
    gpu_nodes: GpuNodes = Field(default_factory=GpuNodes)
    """The GPU nodes caches are extracted on and workloads run on."""
    create_namespaces: bool = True
    """Emit a Namespace for every namespace the caches and workloads use."""
    caches: list[KernelCache] = Field(default_factory=list)
    workloads: list[CacheWorkload] = Field(default_factory=list)

    @property
    def gkm_release(self) -> GkmRelease:
        return RELEASES[self.release]

    def nodes(self) -> GpuNodes:
        """The GPU nodes as the profile has them: kind-test adds the kind worker's label and taint (hack/kind-gpu-sim.sh),
        without NFD; tolerating a taint the nodes lack is harmless."""
        if self.profile == "cluster":
            return self.gpu_nodes
        taints = [*self.gpu_nodes.taints, *([] if KIND_TEST_TAINT in self.gpu_nodes.taints else [KIND_TEST_TAINT])]
        return self.gpu_nodes.model_copy(update={"labels": {**KIND_TEST_LABELS, **self.gpu_nodes.labels},
                                                 "taints": taints, "node_feature_discovery": False})

    def cache_for(self, workload: CacheWorkload) -> KernelCache | None:
        """The cache a workload mounts: the GKMCache of its namespace by that name, else the ClusterGKMCache."""
        return next((c for c in self.caches if c.name == workload.cache and c.namespace == workload.namespace), None) or \
            next((c for c in self.caches if c.name == workload.cache and c.scope == "cluster"), None)

    def mount_of(self, workload: CacheWorkload) -> str:
        return workload.mount or self.gkm_release.mount

    @field_validator("gpu_nodes")
    @classmethod
    def _no_kind_labels(cls, nodes: GpuNodes) -> GpuNodes:
        if any(nodes.labels.get(key) == value for key, value in KIND_TEST_LABELS.items()):
            raise ValueError("labels: gkm-test-node is the label GKM's kind test puts on its simulated GPU node; set "
                             "`profile: kind-test` for that cluster, or label real GPU nodes with your own label")
        return nodes

    @model_validator(mode="after")
    def _valid_for_release(self) -> "GkmConfig":
        for index, cache in enumerate(self.caches):
            self._cache_valid(index, cache)
        self._caches_unique()
        self._workloads_valid()
        return self

    def _cache_valid(self, index: int, cache: KernelCache) -> None:
        release = self.gkm_release

        def at(field: str) -> str:
            return _at("caches", index, field, cache.label())

        if len(cache.name) > release.max_cache_name:
            raise ValueError(f"{at('name')} has {len(cache.name)} characters; GKM {release.name} carries cache names in "
                             f"label values, which allows at most {release.max_cache_name}: shorten it")
        for spec_field in ("accessModes", "storageClassName", "workloadNamespaces", "podTemplate"):
            if getattr(cache, _snake(spec_field)) and not release.serves(spec_field):
                raise ValueError(f"{at(spec_field)}: GKM {release.name} (commit {release.commit[:8]}) has no "
                                 f"spec.{spec_field}; remove it, or set `release: current`")
        if cache.scope == "cluster" and release.serves("workloadNamespaces") and not cache.workload_namespaces:
            raise ValueError(f"{at('workloadNamespaces')}: a ClusterGKMCache needs them on GKM {release.name}: "
                             "GKM creates the cache's PVC in each of them")
        if cache.scope == "namespace" and cache.signature_format is None:
            raise ValueError(f"{at('signatureFormat')}: GKM's webhook refuses a GKMCache Kyverno has not verified "
                             "(api/v1alpha1/gkmcache_webhook.go ValidateCreate, verification on by default), and GKM's "
                             "Kyverno policies match the label gkm.io/signature-format; set cosign-v2 or cosign-v3 "
                             "as the image was signed (or none where GKM runs with KYVERNO_VERIFICATION_ENABLED=false)")
        if cache.scope == "cluster" and cache.signature_format == "none":
            raise ValueError(f"{at('signatureFormat')}: GKM's webhook verifies every ClusterGKMCache image itself "
                             "(api/v1alpha1/clustergkmcache_webhook.go Default: cosign.VerifyImageSignature, "
                             "unconditional); sign the image and set cosign-v2 or cosign-v3")
        if (cache.vendor or self.gpu_nodes.vendor) != self.gpu_nodes.vendor:
            raise ValueError(f"{at('vendor')}: a {cache.vendor} cache cannot run on the {self.gpu_nodes.vendor} GPU nodes "
                             "of `gpuNodes`; use a cache built for them, or change `gpuNodes.vendor`")

    def _caches_unique(self) -> None:
        seen: dict[tuple[str, str], int] = {}
        for index, cache in enumerate(self.caches):
            key = (cache.namespace or "", cache.name)
            if key in seen:
                raise ValueError(f"caches[{index}]: {cache.label()} is defined twice (also caches[{seen[key]}]); names must "
                                 "be unique per namespace, and a ClusterGKMCache's across the cluster")
            seen[key] = index
        for index, cache in enumerate(self.caches):
            for namespace in cache.workload_namespaces:
                if (namespace, cache.name) in seen:
                    raise ValueError(f"caches[{index}]: ClusterGKMCache {cache.name} and GKMCache {namespace}/{cache.name} "
                                     f"would both have GKM create a PVC {namespace}/{cache.name}; rename one")

    def _workloads_valid(self) -> None:
        seen: dict[tuple[str, str], int] = {}
        for index, workload in enumerate(self.workloads):
            key = (workload.namespace, workload.name)
            if key in seen:
                raise ValueError(f"workloads[{index}] ({'/'.join(key)}): workloads[{seen[key]}] has the same namespace and "
                                 "name; names must be unique per namespace")
            seen[key] = index
            self._workload_valid(index, workload)

    def _workload_valid(self, index: int, workload: CacheWorkload) -> None:
        release = self.gkm_release

        def at(field: str) -> str:
            return _at("workloads", index, field, f"{workload.namespace}/{workload.name}")

        if self.mount_of(workload) != release.mount:
            why, other = ("GKM removed its CSI driver in e6c7cc72", "csi-driver") if release.mount == "pvc" \
                else ("it has no PVCs", "current")
            raise ValueError(f"{at('mount')}: GKM {release.name} mounts caches by {release.mount} ({why}); use "
                             f"`mount: {release.mount}`, or set `release: {other}`")
        cache = self.cache_for(workload)
        if cache is None:
            defined = ", ".join(sorted(c.label() for c in self.caches)) or "none"
            raise ValueError(f"{at('cache')}: mounts cache {workload.cache!r}, which is neither a GKMCache in "
                             f"{workload.namespace} nor a ClusterGKMCache in `caches` (defined: {defined})")
        if cache.scope == "cluster" and release.serves("workloadNamespaces") and \
                workload.namespace not in cache.workload_namespaces:
            raise ValueError(f"{at('cache')}: ClusterGKMCache {cache.name}'s workloadNamespaces "
                             f"({', '.join(cache.workload_namespaces)}) do not include {workload.namespace!r}; add it there")

    def prerequisites(self) -> list[Prerequisite]:
        return gkm_prerequisites(self)


def _at(items: str, index: int, field: str, label: str) -> str:
    """Where a rule about several fields is broken: `caches[0].accessModes (GKMCache ns/name)`."""
    return f"{items}[{index}].{field} ({label})"


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()
