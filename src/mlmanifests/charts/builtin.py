"""The five shipped targets, declared as plugins declare theirs (pyproject.toml registers each as an entry point).

Each chart is named by a loader, so its module (and the generated bindings it imports) loads only when the target
is synthesized.
"""

from __future__ import annotations

from mlmanifests.charts import Target
from mlmanifests.config.gemma_on_tpu import GemmaOnTpuConfig
from mlmanifests.config.gkm import GkmConfig
from mlmanifests.config.kubeflow_aks import KubeflowAksConfig
from mlmanifests.config.kubeflow_gke import KubeflowGkeConfig
from mlmanifests.config.mlops_gcp import MlopsGcpConfig


def _gkm_chart() -> type:
    from mlmanifests.charts.gkm import GkmChart

    return GkmChart


def _mlops_gcp_chart() -> type:
    from mlmanifests.charts.mlops_gcp import MlopsGcpChart

    return MlopsGcpChart


def _kubeflow_gke_chart() -> type:
    from mlmanifests.charts.kubeflow_gke import KubeflowGkeChart

    return KubeflowGkeChart


def _kubeflow_aks_chart() -> type:
    from mlmanifests.charts.kubeflow_aks import KubeflowAksChart

    return KubeflowAksChart


def _gemma_on_tpu_chart() -> type:
    from mlmanifests.charts.gemma_on_tpu import GemmaOnTpuChart

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
