"""The targets: one cdk8s Chart per target, each built only from its own config section.

A chart module is imported only when its target is synthesized: the generated bindings it uses are large.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Target:
    name: str
    """The target's name: its config section key and its folder under dist/."""
    chart: str
    """`module:Class` of its cdk8s Chart; the class takes (scope, id, section, settings)."""
    summary: str
    cloud: str = "any"
    """Where the target runs: "gcp", "azure" or "any"; fleet clusters get the targets that fit their cloud."""


TARGETS: dict[str, Target] = {
    target.name: target
    for target in (
        Target("gkm", "mlmanifests.charts.gkm:GkmChart", "GPU Kernel Manager caches and the workloads that mount them"),
        Target("mlops-gcp", "mlmanifests.charts.mlops_gcp:MlopsGcpChart", "Kubeflow Pipelines on GKE with Cloud SQL and GCS via Config Connector", cloud="gcp"),
        Target("kubeflow-gke", "mlmanifests.charts.kubeflow_gke:KubeflowGkeChart", "Config Connector management setup and the Kubeflow GKE cluster", cloud="gcp"),
        Target("kubeflow-aks", "mlmanifests.charts.kubeflow_aks:KubeflowAksChart", "Kubeflow on AKS: Karpenter GPU pools, GPU enablement and Kubeflow overlays", cloud="azure"),
        Target("gemma-on-tpu", "mlmanifests.charts.gemma_on_tpu:GemmaOnTpuChart", "GemmaOnTPUServer kro graph (KCC + TPU serving) and its admin bootstrap", cloud="gcp"),
    )
}


@dataclass(frozen=True)
class ClusterPart:
    """Objects of a target that belong in another cluster than the target's own.

    A Config Connector target runs in a management cluster and creates a GKE cluster; what must exist inside
    that new cluster (KFP's ConfigMap, its Workload Identity ServiceAccounts, ...) is built in a separate
    Chart and listed in the target chart's `cluster_parts`. It is written to dist/<target>/<folder>/ and
    deployed to `argocd_cluster` after the target's own folder.
    """

    folder: str
    chart: Any
    """The cdk8s Chart holding the part's objects (a sibling of the target chart in the same App)."""
    argocd_cluster: str
    """That cluster's name in Argo CD (and its folder under dist/gitops/flux/)."""


def chart_class(target: str) -> Any:
    module, _, cls = TARGETS[target].chart.partition(":")
    return getattr(importlib.import_module(module), cls)
