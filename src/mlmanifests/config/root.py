"""The whole config file: the `global` section plus one optional section per target."""

from __future__ import annotations

from pydantic import Field, PrivateAttr, model_validator

from .fleet import ClusterSpec
from .gemma_on_tpu import GemmaOnTpuConfig
from .gkm import GkmConfig
from .kubeflow_aks import KubeflowAksConfig
from .kubeflow_gke import KubeflowGkeConfig
from .global_settings import GlobalSettings
from .mlops_gcp import MlopsGcpConfig
from .types import DnsLabel, StrictModel
from .upstreams import UpstreamSource


class Config(StrictModel):
    """One mlmanifests config. A target is synthesized when its section is present."""

    global_: GlobalSettings = Field(default_factory=GlobalSettings, alias="global")
    gkm: GkmConfig | None = None
    """GPU Kernel Manager caches and the workloads that mount them."""
    mlops_gcp: MlopsGcpConfig | None = Field(default=None, alias="mlops-gcp")
    """Kubeflow Pipelines on GKE with Cloud SQL and GCS, as Config Connector objects (seed 001)."""
    kubeflow_gke: KubeflowGkeConfig | None = Field(default=None, alias="kubeflow-gke")
    """A management cluster's Config Connector building a Kubeflow GKE cluster (seed 004)."""
    kubeflow_aks: KubeflowAksConfig | None = Field(default=None, alias="kubeflow-aks")
    """Kubeflow on AKS: Karpenter pools, GPU enablement and the Kubeflow overlays (seed 002)."""
    gemma_on_tpu: GemmaOnTpuConfig | None = Field(default=None, alias="gemma-on-tpu")
    """The GemmaOnTPUServer kro graph on GKE TPUs with Config Connector, and its admin bootstrap (seed 000)."""

    upstreams: dict[DnsLabel, UpstreamSource] = Field(default_factory=dict)
    """Pinned upstream releases (a git URL and tag, or a local folder) the Kubeflow targets compose with, by the
    name targets refer to them (`upstream: <name>`, a DNS label so `--set upstreams.<name>.ref=...` can address
    it); their content is pinned by mlmanifests.lock."""

    clusters: list[ClusterSpec] = Field(default_factory=list)
    """A fleet: each cluster gets dist/clusters/<name>/<target>/ from this config with its overrides merged in."""

    _cluster_configs: dict[str, "Config"] = PrivateAttr(default_factory=dict)

    @model_validator(mode="after")
    def _destinations_name_targets(self) -> "Config":
        targets = {field.alias or name for name, field in type(self).model_fields.items()} - {"global", "clusters", "upstreams"}
        unknown = sorted(set(self.global_.gitops.argocd.destinations) - targets)
        if unknown:
            raise ValueError(f"global.gitops.argocd.destinations names {', '.join(unknown)}, which is not a target; "
                             f"targets: {', '.join(sorted(targets))}")
        for target in sorted(targets):
            section = self.section(target)
            for field_path, ref in section.upstream_refs() if section is not None else []:
                if ref.upstream not in self.upstreams:
                    known = ", ".join(sorted(self.upstreams)) or "none"
                    raise ValueError(f"{target}.{field_path}.upstream names {ref.upstream!r}, which `upstreams` does not "
                                     f"define (defined: {known}); add it under `upstreams:` with its release and git URL or path")
                ref.bind(self.upstreams[ref.upstream])
                ref.check_release(field_path)
        return self

    def upstream(self, name: str) -> UpstreamSource:
        """The pinned upstream release a target refers to by name."""
        return self.upstreams[name]

    def cluster_config(self, cluster: str) -> "Config":
        """The config of one fleet cluster (base merged with its overrides, validated at load time)."""
        return self._cluster_configs[cluster]

    def section(self, target: str) -> object | None:
        """The config section of a target, by its target name (e.g. 'gemma-on-tpu')."""
        return getattr(self, target.replace("-", "_"))
