"""The `kubeflow-aks` target: Kubeflow on AKS with Karpenter adding GPU nodes only when needed (seed 002).

Emits, from the `kubeflow-aks` section:
- AKSNodeClasses and Karpenter NodePools (current APIs: karpenter.azure.com/v1beta1, karpenter.sh/v1);
- GPU enablement: the NVIDIA device plugin DaemonSet, or the GPU Operator as an Argo CD Application;
- a GPU smoke-test Job;
- Kubeflow itself: the pinned upstream release (`kubeflow.upstream`) composed with the seed's changes as patches
  (MinIO as an Azure Blob gateway, HTTPS on the ingress gateway, Entra ID login through the release's own login
  component, the registration flow) plus the ingress Certificate, the GPU PodDefault and an ExternalSecret for
  every Secret upstream ships with demo values.
Every GPU workload's tolerations and node selector come from the GPU pool (constructs/gpu_pool.py).
"""

from __future__ import annotations

from cdk8s import Chart
from cdk8s_plus_37 import k8s
from constructs import Construct

from mlmanifests.targets import ClusterPart
from mlmanifests.config.global_settings import ARGOCD_OWN_CLUSTER, GlobalSettings
from mlmanifests.targets.kubeflow_aks.config import GpuConfig, KubeflowAksConfig
from mlmanifests.constructs.gpu_pool import GpuPool

from . import auth
from . import nodes
from . import overlays
from mlmanifests.targets.kubeflow_platform import UpstreamPlatform, replace_demo_secrets

TARGET = "kubeflow-aks"


class KubeflowAksChart(Chart):
    def __init__(self, scope: Construct, id: str, config: KubeflowAksConfig, settings: GlobalSettings) -> None:
        super().__init__(scope, id, disable_resource_name_hashes=True)
        gpu = config.gpu
        gpu_pools = nodes.gpu_pools_by_name(config, gpu.resource_name if gpu else "nvidia.com/gpu")
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
        """Kubeflow from the pinned release, with the seed's changes as patches and a few added objects."""
        kubeflow = config.kubeflow
        assert kubeflow is not None
        platform = UpstreamPlatform(kubeflow, kubeflow.chosen_components())
        # KFP's in-cluster MySQL knows one user, root; the store holds only its password.
        replace_demo_secrets(self, platform, kubeflow.secrets, kubeflow.secret_sources(),
                             labels={overlays.LABEL_PART_OF: TARGET}, literals={"mysql-secret": {"username": "root"}})
        overlays.pipelines_database_password(platform)
        overlays.minio_azure_gateway(platform, kubeflow)
        overlays.https_ingress(self, platform, kubeflow)
        overlays.registration_flow(platform, kubeflow)
        overlays.gpu_pod_default(self, kubeflow, workload_pool)
        if platform.release.auth == "oidc-authservice":
            auth.oidc_authservice(self, platform, kubeflow)
        else:
            auth.oauth2_proxy(self, platform, kubeflow)
        self.upstream_objects = platform.compose()


def _pod_security_labels(namespace: str, gpu: GpuConfig | None) -> dict[str, str]:
    """Enforce the restricted profile, except where the device plugin needs the node (privileged namespace)."""
    privileged = gpu is not None and gpu.enablement == "device-plugin" and namespace == gpu.device_plugin.namespace
    return {"pod-security.kubernetes.io/enforce": "privileged" if privileged else "restricted"}
