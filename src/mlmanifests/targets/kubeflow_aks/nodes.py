"""Karpenter node classes and pools of the `kubeflow-aks` target, and the GPU enablement of the GPU pools.

NodePools are karpenter.sh/v1 and AKSNodeClasses karpenter.azure.com/v1beta1 (the seed's v1beta1/v1alpha2 are
gone or deprecated); the config refuses a self-hosted provider release that does not serve them, and each object
names the Karpenter it needs in its `mlmanifests.dev/requires` annotation. On a Cilium cluster every pool carries
the label and startup taint the provider's own examples/v1 set. GPU enablement is either the NVIDIA device plugin
DaemonSet or the GPU Operator as an Argo CD Application; the smoke-test Job proves a GPU node comes up. Every
toleration and node selector of a GPU workload comes from a `GpuPool`, never from config.
"""

from __future__ import annotations

import enum
import re
from typing import TypeVar

from cdk8s_plus_37 import k8s
from constructs import Construct

from mlmanifests.targets.kubeflow_aks.config import DevicePluginConfig, GpuConfig, GpuOperatorConfig, KubeflowAksConfig
from mlmanifests.targets.kubeflow_aks.nodes_config import (
    AksKubeletConfig,
    AksNodeClassConfig,
    KarpenterConfig,
    KarpenterNodePoolConfig,
)
from mlmanifests.config.types import Taint
from mlmanifests.constructs.containers import resource_requirements
from mlmanifests.constructs.gpu_pool import NODEPOOL_LABEL, GpuPool, tolerations_of_all
from mlmanifests.constructs.pod_security import Exemption, PodSecurity
from mlmanifests.constructs.restricted_workload import RestrictedContainer, RestrictedWorkload
from mlmanifests.imports.argocd import (
    Application,
    ApplicationSpec,
    ApplicationSpecDestination,
    ApplicationSpecSource,
    ApplicationSpecSourceHelm,
    ApplicationSpecSyncPolicy,
    ApplicationSpecSyncPolicyAutomated,
)
from mlmanifests.imports.karpenter import (
    NodePool,
    NodePoolSpec,
    NodePoolSpecDisruption,
    NodePoolSpecDisruptionBudgets,
    NodePoolSpecDisruptionBudgetsReasons,
    NodePoolSpecDisruptionConsolidationPolicy,
    NodePoolSpecLimits,
    NodePoolSpecTemplate,
    NodePoolSpecTemplateMetadata,
    NodePoolSpecTemplateSpec,
    NodePoolSpecTemplateSpecNodeClassRef,
    NodePoolSpecTemplateSpecRequirements,
    NodePoolSpecTemplateSpecRequirementsOperator,
    NodePoolSpecTemplateSpecStartupTaints,
    NodePoolSpecTemplateSpecStartupTaintsEffect,
    NodePoolSpecTemplateSpecTaints,
    NodePoolSpecTemplateSpecTaintsEffect,
)
from mlmanifests.imports.karpenter_azure import (
    AksNodeClassV1Beta1,
    AksNodeClassV1Beta1Spec,
    AksNodeClassV1Beta1SpecGpu,
    AksNodeClassV1Beta1SpecGpuMode,
    AksNodeClassV1Beta1SpecImageFamily,
    AksNodeClassV1Beta1SpecKubelet,
    AksNodeClassV1Beta1SpecKubeletCpuManagerPolicy,
    AksNodeClassV1Beta1SpecKubeletTopologyManagerPolicy,
)

AKS_NODE_CLASS_GROUP = "karpenter.azure.com"
AKS_NODE_CLASS_KIND = "AKSNodeClass"
DESCRIPTION_ANNOTATION = "kubernetes.io/description"
REQUIRES_ANNOTATION = "mlmanifests.dev/requires"
"""On every NodePool and AKSNodeClass: the Karpenter (mode, provider release range) that serves it."""
LABEL_PART_OF = "app.kubernetes.io/part-of"
PART_OF = "kubeflow-aks"
DEVICE_PLUGIN_NAME = "nvidia-device-plugin-daemonset"
DEVICE_PLUGIN_SOCKET_DIR = "/var/lib/kubelet/device-plugins"

E = TypeVar("E", bound=enum.Enum)


def enum_member(enum_class: type[E], value: str) -> E:
    """The member of a generated binding's enum for a CRD value ('WhenEmptyOrUnderutilized' -> WHEN_EMPTY_OR_...,
    'best-effort' -> BEST_HYPHEN_EFFORT, as jsii spells a hyphen)."""
    return enum_class[re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", value).replace("-", "_HYPHEN_").upper()]


def gpu_pools_by_name(config: KubeflowAksConfig, resource_name: str) -> dict[str, GpuPool]:
    """The `GpuPool` of each configured GPU node pool, by name: what its workloads ask for tolerations and selector."""
    return {pool.name: GpuPool(pool.name, tuple(pool.taints), resource_name) for pool in config.gpu_node_pools()}


def node_layer(scope: Construct, config: KubeflowAksConfig) -> None:
    """Every AKSNodeClass and NodePool of the section, each naming the Karpenter it needs."""
    requires = config.provider_requirement()
    gpu_node_classes = {pool.node_class for pool in config.gpu_node_pools()}
    for node_class_config in config.node_classes:
        skip_driver = config.operator_installs_gpu_driver and node_class_config.name in gpu_node_classes
        node_class(scope, node_class_config, skip_gpu_driver=skip_driver, requires=requires)
    for pool in config.node_pools:
        node_pool(scope, pool, config.karpenter, requires=requires)


def node_class(scope: Construct, config: AksNodeClassConfig, *, skip_gpu_driver: bool, requires: str) -> None:
    """One AKSNodeClass. `skip_gpu_driver` leaves the GPU driver to the GPU Operator (gpu.mode: None)."""
    AksNodeClassV1Beta1(
        scope, f"aksnodeclass-{config.name}",
        metadata={"name": config.name, "annotations": _annotations(config.description, requires)},
        spec=AksNodeClassV1Beta1Spec(
            image_family=enum_member(AksNodeClassV1Beta1SpecImageFamily, config.image_family),
            os_disk_size_gb=config.os_disk_size_gb,
            max_pods=config.max_pods,
            kubelet=_kubelet(config.kubelet) if config.kubelet is not None else None,
            gpu=AksNodeClassV1Beta1SpecGpu(mode=AksNodeClassV1Beta1SpecGpuMode.NONE) if skip_gpu_driver else None,
        ),
    )


def _kubelet(config: AksKubeletConfig) -> AksNodeClassV1Beta1SpecKubelet:
    """spec.kubelet of an AKSNodeClass (fields left unset keep AKS's defaults)."""
    return AksNodeClassV1Beta1SpecKubelet(
        cpu_manager_policy=_optional_member(AksNodeClassV1Beta1SpecKubeletCpuManagerPolicy, config.cpu_manager_policy),
        topology_manager_policy=_optional_member(AksNodeClassV1Beta1SpecKubeletTopologyManagerPolicy, config.topology_manager_policy),
        cpu_cfs_quota=config.cpu_cfs_quota,
        cpu_cfs_quota_period=config.cpu_cfs_quota_period,
        image_gc_high_threshold_percent=config.image_gc_high_threshold_percent,
        image_gc_low_threshold_percent=config.image_gc_low_threshold_percent,
        container_log_max_size=config.container_log_max_size,
        container_log_max_files=config.container_log_max_files,
        pod_pids_limit=config.pod_pids_limit,
        allowed_unsafe_sysctls=list(config.allowed_unsafe_sysctls) or None,
    )


def _optional_member(enum_class: type[E], value: str | None) -> E | None:
    return None if value is None else enum_member(enum_class, value)


def node_pool(scope: Construct, config: KarpenterNodePoolConfig, karpenter: KarpenterConfig, *, requires: str) -> None:
    """One karpenter.sh/v1 NodePool; expireAfter lives in the node template, as v1 wants. The dataplane adds its
    labels and startup taints to the pool's own."""
    requirements = [
        ("kubernetes.io/arch", "In", config.architectures),
        ("kubernetes.io/os", "In", config.operating_systems),
        ("karpenter.sh/capacity-type", "In", config.capacity_types),
        ("karpenter.azure.com/sku-family", "In", config.sku_families),
        ("karpenter.azure.com/sku-gpu-manufacturer", "In", config.gpu_manufacturers),
        *((extra.key, extra.operator, extra.values) for extra in config.extra_requirements),
    ]
    labels = {**karpenter.pool_labels(), **config.labels}
    startup_taints = [*config.startup_taints, *karpenter.pool_startup_taints()]
    NodePool(
        scope, f"nodepool-{config.name}",
        metadata={"name": config.name, "annotations": _annotations(config.description, requires)},
        spec=NodePoolSpec(
            template=NodePoolSpecTemplate(
                metadata=NodePoolSpecTemplateMetadata(labels=dict(sorted(labels.items()))) if labels else None,
                spec=NodePoolSpecTemplateSpec(
                    node_class_ref=NodePoolSpecTemplateSpecNodeClassRef(
                        group=AKS_NODE_CLASS_GROUP, kind=AKS_NODE_CLASS_KIND, name=config.node_class
                    ),
                    requirements=[
                        NodePoolSpecTemplateSpecRequirements(
                            key=key, operator=enum_member(NodePoolSpecTemplateSpecRequirementsOperator, operator),
                            values=list(values) or None,
                        )
                        for key, operator, values in requirements
                        if values or operator in ("Exists", "DoesNotExist")
                    ],
                    taints=[
                        NodePoolSpecTemplateSpecTaints(
                            key=taint.key, value=taint.value,
                            effect=enum_member(NodePoolSpecTemplateSpecTaintsEffect, taint.effect),
                        )
                        for taint in config.taints
                    ] or None,
                    startup_taints=[_startup_taint(taint) for taint in startup_taints] or None,
                    expire_after=config.expire_after,
                ),
            ),
            disruption=NodePoolSpecDisruption(
                consolidation_policy=enum_member(NodePoolSpecDisruptionConsolidationPolicy, config.consolidation_policy),
                consolidate_after=config.consolidate_after,
                budgets=[
                    NodePoolSpecDisruptionBudgets(
                        nodes=budget.nodes,
                        reasons=[enum_member(NodePoolSpecDisruptionBudgetsReasons, r) for r in budget.reasons] or None,
                        schedule=budget.schedule, duration=budget.duration,
                    )
                    for budget in config.disruption_budgets
                ] or None,
            ),
            limits={resource: NodePoolSpecLimits.from_string(quantity) for resource, quantity in sorted(config.limits.items())} or None,
        ),
    )


def _startup_taint(taint: Taint) -> NodePoolSpecTemplateSpecStartupTaints:
    return NodePoolSpecTemplateSpecStartupTaints(
        key=taint.key, value=taint.value, effect=enum_member(NodePoolSpecTemplateSpecStartupTaintsEffect, taint.effect)
    )


def device_plugin(scope: Construct, config: DevicePluginConfig, pools: list[GpuPool]) -> None:
    """The NVIDIA device plugin on every GPU pool's nodes, and only there."""
    labels = {"name": "nvidia-device-plugin-ds", LABEL_PART_OF: PART_OF}
    # Runs as root: the kubelet's device-plugin directory and socket belong to root, and the plugin creates its
    # own socket there. Everything else is as tight as the restricted profile asks.
    security = PodSecurity(run_as_user=None, exemptions=(
        Exemption("pss-host-path", f"mounts {DEVICE_PLUGIN_SOCKET_DIR}, where the kubelet expects device plugins to "
                                   "register their socket"),
        Exemption("pss-run-as-non-root", "the kubelet's device-plugin directory and socket are owned by root"),
    ))
    RestrictedWorkload(
        scope, "daemonset-device-plugin", kind="DaemonSet", name=DEVICE_PLUGIN_NAME, namespace=config.namespace,
        labels=labels, selector_labels={"name": labels["name"]}, security=security,
        update_strategy=k8s.DaemonSetUpdateStrategy(type="RollingUpdate"),
        priority_class_name="system-node-critical",
        tolerations=[k8s.Toleration(key="CriticalAddonsOnly", operator="Exists"),
                     *(k8s.Toleration(**toleration) for toleration in tolerations_of_all(pools))],
        affinity=_on_pools([pool.name for pool in pools]),
        containers=[RestrictedContainer(
            name="nvidia-device-plugin-ctr",
            image=config.image,
            env=[k8s.EnvVar(name="FAIL_ON_INIT_ERROR", value="false")],
            resources=resource_requirements({"requests": {"cpu": "10m", "memory": "64Mi"}, "limits": {"memory": "128Mi"}}),
            volume_mounts=[k8s.VolumeMount(name="device-plugin", mount_path=DEVICE_PLUGIN_SOCKET_DIR)],
            read_only_root_filesystem=True,  # it writes only its socket, into the hostPath mount
        )],
        volumes=[
            k8s.Volume(name="device-plugin", host_path=k8s.HostPathVolumeSource(path=DEVICE_PLUGIN_SOCKET_DIR, type="Directory"))
        ],
    )


def gpu_operator(scope: Construct, config: GpuOperatorConfig, pools: list[GpuPool], destination: str) -> None:
    """The GPU Operator chart, pinned, as an Argo CD Application deploying to Argo CD cluster `destination`; its
    DaemonSets tolerate every GPU pool."""
    values = {
        # The node classes of the GPU pools skip AKS's driver install (gpu.mode: None), so the operator installs it.
        "driver": {"enabled": True},
        "daemonsets": {"tolerations": tolerations_of_all(pools)},
        "node-feature-discovery": {"worker": {"tolerations": tolerations_of_all(pools)}},
    }
    Application(
        scope, "application-gpu-operator",
        metadata={"name": "gpu-operator", "namespace": config.argocd_namespace, "labels": {LABEL_PART_OF: PART_OF}},
        spec=ApplicationSpec(
            project=config.project,
            source=ApplicationSpecSource(
                repo_url=config.repo_url, chart="gpu-operator", target_revision=config.chart_version,
                helm=ApplicationSpecSourceHelm(release_name="gpu-operator", values_object=values),
            ),
            destination=ApplicationSpecDestination(name=destination, namespace=config.namespace),
            sync_policy=ApplicationSpecSyncPolicy(
                automated=ApplicationSpecSyncPolicyAutomated(prune=True, self_heal=True),
                sync_options=["CreateNamespace=true", "ServerSideApply=true"],
            ),
        ),
    )


def smoke_test(scope: Construct, config: GpuConfig, pool: GpuPool) -> None:
    """A Job asking for GPUs: Karpenter launches a node of `pool` for it, with tolerations derived from the pool."""
    test = config.smoke_test
    gpus = pool.gpu_quantity(test.gpus)
    RestrictedWorkload(
        scope, "job-gpu-smoke-test", kind="Job", name=test.name, namespace=test.namespace,
        labels={"app": test.name, LABEL_PART_OF: PART_OF}, security=PodSecurity(run_as_user=1000),
        backoff_limit=2, active_deadline_seconds=test.active_deadline_seconds,
        restart_policy="OnFailure",
        nodes=pool.nodes,
        containers=[RestrictedContainer(
            name=test.name,
            image=test.image,
            image_pull_policy="IfNotPresent",
            args=list(test.args) or None,
            env=[k8s.EnvVar(name="HOME", value="/tmp")],
            resources=k8s.ResourceRequirements(
                requests={"cpu": k8s.Quantity.from_string("500m"), "memory": k8s.Quantity.from_string("2Gi"), **gpus},
                limits={"memory": k8s.Quantity.from_string("2Gi"), **gpus},
            ),
            volume_mounts=[k8s.VolumeMount(name="tmp", mount_path="/tmp")],
        )],
        volumes=[k8s.Volume(name="tmp", empty_dir=k8s.EmptyDirVolumeSource())],
    )


def _on_pools(pool_names: list[str]) -> k8s.Affinity:
    """Required node affinity to the nodes of these Karpenter pools."""
    return k8s.Affinity(
        node_affinity=k8s.NodeAffinity(
            required_during_scheduling_ignored_during_execution=k8s.NodeSelector(
                node_selector_terms=[
                    k8s.NodeSelectorTerm(
                        match_expressions=[k8s.NodeSelectorRequirement(key=NODEPOOL_LABEL, operator="In", values=pool_names)]
                    )
                ]
            )
        )
    )


def _annotations(description: str, requires: str) -> dict[str, str]:
    described = {DESCRIPTION_ANNOTATION: description} if description else {}
    return {**described, REQUIRES_ANNOTATION: requires}
