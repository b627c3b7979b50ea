"""The five shipped targets, declared as plugins declare theirs (pyproject.toml registers each as an entry point).

Each chart is named by a loader, so its module (and the generated bindings it imports) loads only when the target
is synthesized.
"""

from __future__ import annotations

from mlmanifests.targets import Target
from mlmanifests.targets.gemma_on_tpu.config import GemmaOnTpuConfig
from mlmanifests.targets.gkm.config import GkmConfig
from mlmanifests.targets.kubeflow_aks.config import KubeflowAksConfig
from mlmanifests.targets.kubeflow_gke.config import KubeflowGkeConfig
from mlmanifests.targets.mlops_gcp.config import MlopsGcpConfig


def _gkm_chart() -> type:
    from mlmanifests.targets.gkm.chart import GkmChart

    return GkmChart


def _mlops_gcp_chart() -> type:
    from mlmanifests.targets.mlops_gcp.chart import MlopsGcpChart

    return MlopsGcpChart


def _kubeflow_gke_chart() -> type:
    from mlmanifests.targets.kubeflow_gke.chart import KubeflowGkeChart

    return KubeflowGkeChart


def _kubeflow_aks_chart() -> type:
    from mlmanifests.targets.kubeflow_aks.chart import KubeflowAksChart

    return KubeflowAksChart


def _gemma_on_tpu_chart() -> type:
    from mlmanifests.targets.gemma_on_tpu.chart import GemmaOnTpuChart

    return GemmaOnTpuChart


GKM = Target(
    name="gkm", summary="GPU Kernel Manager caches and the workloads that mount them",
    config=GkmConfig, chart=_gkm_chart,
)
MLOPS_GCP = Target(
    name="mlops-gcp", summary="Kubeflow Pipelines on GKE with Cloud SQL and GCS via Config Connector",
    config=MlopsGcpConfig, chart=_mlops_gcp_chart, cloud="gcp", cluster_parts=("kfp-cluster",),
)
KUBEFLOW_GKE = Target(
    name="kubeflow-gke", summary="Config Connector management setup and the Kubeflow GKE cluster",
    config=KubeflowGkeConfig, chart=_kubeflow_gke_chart, cloud="gcp", cluster_parts=("kubeflow-cluster",),
)
KUBEFLOW_AKS = Target(
    name="kubeflow-aks", summary="Kubeflow on AKS: Karpenter GPU pools, GPU enablement and Kubeflow overlays",
    config=KubeflowAksConfig, chart=_kubeflow_aks_chart, cloud="azure", cluster_parts=("argocd",),
)
GEMMA_ON_TPU = Target(
    name="gemma-on-tpu", summary="GemmaOnTPUServer kro graph (KCC + TPU serving) and its admin bootstrap",
    config=GemmaOnTpuConfig, chart=_gemma_on_tpu_chart, cloud="gcp",
)

TARGETS = (GKM, MLOPS_GCP, KUBEFLOW_GKE, KUBEFLOW_AKS, GEMMA_ON_TPU)
