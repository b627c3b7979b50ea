"""The `kubeflow-aks` target: Kubeflow on AKS with Karpenter adding GPU nodes only when needed (seed 002).

Emits, from the `kubeflow-aks` section:
- AKSNodeClasses and Karpenter NodePools (current APIs: karpenter.azure.com/v1beta1, karpenter.sh/v1);
- GPU enablement: the NVIDIA device plugin DaemonSet, or the GPU Operator as an Argo CD Application;
- a GPU smoke-test Job;
- the Kubeflow overlays: MinIO as an Azure Blob gateway, the ingress certificate, the GPU PodDefault, the
  central dashboard's parameters, and login through Entra ID (oidc-authservice or oauth2-proxy); standalone by
  default, or upstream's MinIO and oidc-authservice bases rendered from a local checkout and patched.
Every GPU workload's tolerations and node selector come from the GPU pool (constructs/gpu_pool.py).
"""

from __future__ import annotations

from cdk8s import Chart
from cdk8s_plus_37 import k8s
from constructs import Construct

from mlmanifests.charts import ClusterPart
from mlmanifests.config.global_settings import ARGOCD_OWN_CLUSTER, GlobalSettings
from mlmanifests.config.kubeflow_aks import GpuConfig, KubeflowAksConfig
from mlmanifests.constructs.gpu_pool import GpuPool

from . import kubeflow_aks_auth as auth
from . import kubeflow_aks_nodes as nodes
from . import kubeflow_aks_overlays as overlays
from . import kubeflow_aks_upstream as patched_base

TARGET = "kubeflow-aks"


class KubeflowAksChart(Chart):
    def __init__(self, scope: Construct, id: str, config: KubeflowAksConfig, settings: GlobalSettings) -> None:
        super().__init__(scope, id, disable_resource_name_hashes=True)
        gpu = config.gpu
        gpu_pools = nodes.gpu_pools(config.node_pools, gpu.resource_name if gpu else "nvidia.com/gpu")
        nodes.node_layer(self, config)

        namespaces: set[str] = set()
        if gpu is not None:
            workload_pool = gpu_pools[gpu.pool]
            if gpu.enablement == "device-plugin":
                namespaces.add(gpu.device_plugin.namespace)
                nodes.device_plugin(self, gpu.device_plugin, list(gpu_pools.values()))
            else:
                # The Application is an Argo CD object: it goes to Argo CD's cluster (a cluster part), and names
                # the AKS cluster as its destination.
                argocd_objects = Chart(scope, f"{id}-argocd", disable_resource_name_hashes=True)
                self.cluster_parts = [ClusterPart("argocd", argocd_objects, ARGOCD_OWN_CLUSTER)]
                aks_cluster = gpu.gpu_operator.destination or settings.gitops.argocd.destination(TARGET)
                nodes.gpu_operator(argocd_objects, gpu.gpu_operator, list(gpu_pools.values()), aks_cluster)
            if gpu.smoke_test.enabled:
                namespaces.add(gpu.smoke_test.namespace)
                nodes.smoke_test(self, gpu, workload_pool)
        for namespace in sorted(namespaces):
            k8s.KubeNamespace(
                self, f"namespace-{namespace}",
                metadata=k8s.ObjectMeta(name=namespace, labels=_pod_security_labels(namespace, gpu)),
            )

        if config.kubeflow is not None:
            assert gpu is not None  # the config requires it
            self._kubeflow_overlays(config, gpu_pools[gpu.pool])

    def _kubeflow_overlays(self, config: KubeflowAksConfig, workload_pool: GpuPool) -> None:
        kubeflow = config.kubeflow
        assert kubeflow is not None
        upstream = kubeflow.upstream
        if upstream is None:
            overlays.minio_azure_gateway(self, kubeflow)
        else:
            secret = overlays.minio_artifact_secret(self, kubeflow)
            patched_base.include_patched_base(
                self, "upstream-minio", str(upstream.base_dir(upstream.minio_base)),
                lambda rendered: patched_base.plan_minio(rendered, kubeflow, secret),
            )
        overlays.ingress_certificate(self, kubeflow)
        overlays.gpu_pod_default(self, kubeflow, workload_pool)
        overlays.central_dashboard_parameters(self, kubeflow.namespace, kubeflow.central_dashboard)
        if kubeflow.auth == "oauth2-proxy":
            auth.oauth2_proxy(self, kubeflow)
        elif upstream is None:
            auth.oidc_authservice(self, kubeflow)
        else:
            client_secret = auth.oidc_authservice_client_secret(self, kubeflow)
            patched_base.include_patched_base(
                self, "upstream-oidc-authservice", str(upstream.base_dir(upstream.oidc_authservice_base)),
                lambda rendered: patched_base.plan_oidc_authservice(rendered, kubeflow, client_secret),
            )
            auth.oidc_authservice_routes(self, kubeflow)


def _pod_security_labels(namespace: str, gpu: GpuConfig | None) -> dict[str, str]:
    """Enforce the restricted profile, except where the device plugin needs the node (privileged namespace)."""
    privileged = gpu is not None and gpu.enablement == "device-plugin" and namespace == gpu.device_plugin.namespace
    return {"pod-security.kubernetes.io/enforce": "privileged" if privileged else "restricted"}
