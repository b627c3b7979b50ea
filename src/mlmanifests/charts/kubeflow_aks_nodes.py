"""Karpenter node classes and pools of the `kubeflow-aks` target, and the GPU enablement of the GPU pools.

NodePools are karpenter.sh/v1 and AKSNodeClasses karpenter.azure.com/v1beta1 (the seed's v1beta1/v1alpha2 are
gone or deprecated). GPU enablement is either the NVIDIA device plugin DaemonSet or the GPU Operator as an
Argo CD Application; the smoke-test Job proves a GPU node comes up. Every toleration and node selector of a
GPU workload comes from a `GpuPool`, never from config.
"""

from __future__ import annotations

import enum
import re
from typing import TypeVar

from cdk8s_plus_37 import k8s
from constructs import Construct

from mlmanifests.config.kubeflow_aks import (
    AksNodeClassConfig,
    DevicePluginConfig,
    GpuConfig,
    GpuOperatorConfig,
    KarpenterNodePoolConfig,
)
from mlmanifests.constructs.gpu_pool import NODEPOOL_LABEL, GpuPool, tolerations_of_all
from mlmanifests.constructs.pod_security import restricted_container_security_context, restricted_pod_security_context
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
    NodePoolSpecDisruptionConsolidationPolicy,
    NodePoolSpecLimits,
    NodePoolSpecTemplate,
    NodePoolSpecTemplateMetadata,
    NodePoolSpecTemplateSpec,
    NodePoolSpecTemplateSpecNodeClassRef,
    NodePoolSpecTemplateSpecRequirements,
    NodePoolSpecTemplateSpecRequirementsOperator,
    NodePoolSpecTemplateSpecTaints,
    NodePoolSpecTemplateSpecTaintsEffect,
)
from mlmanifests.imports.karpenter_azure import (
    AksNodeClassV1Beta1,
    AksNodeClassV1Beta1Spec,
    AksNodeClassV1Beta1SpecGpu,
    AksNodeClassV1Beta1SpecGpuMode,
    AksNodeClassV1Beta1SpecImageFamily,
)
from mlmanifests.manifests import EXEMPTION_PREFIX

AKS_NODE_CLASS_GROUP = "karpenter.azure.com"
AKS_NODE_CLASS_KIND = "AKSNodeClass"
DESCRIPTION_ANNOTATION = "kubernetes.io/description"
LABEL_PART_OF = "app.kubernetes.io/part-of"
PART_OF = "kubeflow-aks"
DEVICE_PLUGIN_NAME = "nvidia-device-plugin-daemonset"
DEVICE_PLUGIN_SOCKET_DIR = "/var/lib/kubelet/device-plugins"

E = TypeVar("E", bound=enum.Enum)


def enum_member(enum_class: type[E], value: str) -> E:
    """The member of a generated binding's enum for a CRD value ('WhenEmptyOrUnderutilized' -> WHEN_EMPTY_OR_...)."""
    return enum_class[re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", value).upper()]


def gpu_pools(pools: list[KarpenterNodePoolConfig], resource_name: str) -> dict[str, GpuPool]:
    """The GPU pools among the configured pools, by name."""
    return {pool.name: GpuPool(pool.name, tuple(pool.taints), resource_name) for pool in pools if pool.is_gpu_pool}


def node_class(scope: Construct, config: AksNodeClassConfig, *, skip_gpu_driver: bool) -> None:
    """One AKSNodeClass. `skip_gpu_driver` leaves the GPU driver to the GPU Operator (gpu.mode: None)."""
    AksNodeClassV1Beta1(
        scope, f"aksnodeclass-{config.name}",
        metadata={"name": config.name, **_described(config.description)},
        spec=AksNodeClassV1Beta1Spec(
            image_family=enum_member(AksNodeClassV1Beta1SpecImageFamily, config.image_family),
            os_disk_size_gb=config.os_disk_size_gb,
            gpu=AksNodeClassV1Beta1SpecGpu(mode=AksNodeClassV1Beta1SpecGpuMode.NONE) if skip_gpu_driver else None,
        ),
    )


def node_pool(scope: Construct, config: KarpenterNodePoolConfig) -> None:
    """One karpenter.sh/v1 NodePool; expireAfter lives in the node template, as v1 wants."""
    requirements = [
        ("kubernetes.io/arch", "In", config.architectures),
        ("kubernetes.io/os", "In", config.operating_systems),
        ("karpenter.sh/capacity-type", "In", config.capacity_types),
        ("karpenter.azure.com/sku-family", "In", config.sku_families),
        ("karpenter.azure.com/sku-gpu-manufacturer", "In", config.gpu_manufacturers),
        *((extra.key, extra.operator, extra.values) for extra in config.extra_requirements),
    ]
    NodePool(
        scope, f"nodepool-{config.name}",
        metadata={"name": config.name, **_described(config.description)},
        spec=NodePoolSpec(
            template=NodePoolSpecTemplate(
                metadata=NodePoolSpecTemplateMetadata(labels=dict(config.labels)) if config.labels else None,
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
                    expire_after=config.expire_after,
                ),
            ),
            disruption=NodePoolSpecDisruption(
                consolidation_policy=enum_member(NodePoolSpecDisruptionConsolidationPolicy, config.consolidation_policy),
                consolidate_after=config.consolidate_after,
            ),
            limits={resource: NodePoolSpecLimits.from_string(quantity) for resource, quantity in sorted(config.limits.items())} or None,
        ),
    )


def device_plugin(scope: Construct, config: DevicePluginConfig, pools: list[GpuPool]) -> None:
    """The NVIDIA device plugin on every GPU pool's nodes, and only there."""
    labels = {"name": "nvidia-device-plugin-ds", LABEL_PART_OF: PART_OF}
    tolerations = [{"key": "CriticalAddonsOnly", "operator": "Exists"}, *tolerations_of_all(pools)]
    # Runs as root: the kubelet's device-plugin directory and socket belong to root, and the plugin creates its
    # own socket there. Everything else is as tight as the restricted profile asks.
    container_context = k8s.SecurityContext(
        allow_privilege_escalation=False,
        capabilities=k8s.Capabilities(drop=["ALL"]),
        privileged=False,
        read_only_root_filesystem=True,  # it writes only its socket, into the hostPath mount
        seccomp_profile=k8s.SeccompProfile(type="RuntimeDefault"),
    )
    k8s.KubeDaemonSet(
        scope, "daemonset-device-plugin",
        metadata=k8s.ObjectMeta(
            name=DEVICE_PLUGIN_NAME, namespace=config.namespace, labels=labels,
            annotations={
                f"{EXEMPTION_PREFIX}pss-host-path": f"mounts {DEVICE_PLUGIN_SOCKET_DIR}, where the kubelet expects device "
                                          "plugins to register their socket",
                f"{EXEMPTION_PREFIX}pss-run-as-non-root": "the kubelet's device-plugin directory and socket are owned by root",
            },
        ),
        spec=k8s.DaemonSetSpec(
            selector=k8s.LabelSelector(match_labels={"name": labels["name"]}),
            update_strategy=k8s.DaemonSetUpdateStrategy(type="RollingUpdate"),
            template=k8s.PodTemplateSpec(
                metadata=k8s.ObjectMeta(labels=labels),
                spec=k8s.PodSpec(
                    priority_class_name="system-node-critical",
                    automount_service_account_token=False,
                    tolerations=[k8s.Toleration(**toleration) for toleration in tolerations],
                    affinity=_on_pools([pool.name for pool in pools]),
                    security_context=k8s.PodSecurityContext(seccomp_profile=k8s.SeccompProfile(type="RuntimeDefault")),
                    containers=[
                        k8s.Container(
                            name="nvidia-device-plugin-ctr",
                            image=config.image,
                            env=[k8s.EnvVar(name="FAIL_ON_INIT_ERROR", value="false")],
                            resources=k8s.ResourceRequirements(
                                requests={"cpu": k8s.Quantity.from_string("10m"), "memory": k8s.Quantity.from_string("64Mi")},
                                limits={"memory": k8s.Quantity.from_string("128Mi")},
                            ),
                            security_context=container_context,
                            volume_mounts=[k8s.VolumeMount(name="device-plugin", mount_path=DEVICE_PLUGIN_SOCKET_DIR)],
                        )
                    ],
                    volumes=[
                        k8s.Volume(name="device-plugin", host_path=k8s.HostPathVolumeSource(path=DEVICE_PLUGIN_SOCKET_DIR, type="Directory"))
                    ],
                ),
            ),
        ),
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
    labels = {"app": test.name, LABEL_PART_OF: PART_OF}
    gpus = pool.gpu_quantity(test.gpus)
    k8s.KubeJob(
        scope, "job-gpu-smoke-test",
        metadata=k8s.ObjectMeta(name=test.name, namespace=test.namespace, labels=labels),
        spec=k8s.JobSpec(
            backoff_limit=2,
            active_deadline_seconds=test.active_deadline_seconds,
            template=k8s.PodTemplateSpec(
                metadata=k8s.ObjectMeta(labels=labels),
                spec=k8s.PodSpec(
                    restart_policy="OnFailure",
                    automount_service_account_token=False,
                    security_context=restricted_pod_security_context(1000),
                    node_selector=pool.node_selector(),
                    tolerations=pool.k8s_tolerations(),
                    containers=[
                        k8s.Container(
                            name=test.name,
                            image=test.image,
                            image_pull_policy="IfNotPresent",
                            args=list(test.args) or None,
                            env=[k8s.EnvVar(name="HOME", value="/tmp")],
                            resources=k8s.ResourceRequirements(
                                requests={"cpu": k8s.Quantity.from_string("500m"), "memory": k8s.Quantity.from_string("2Gi"), **gpus},
                                limits={"memory": k8s.Quantity.from_string("2Gi"), **gpus},
                            ),
                            security_context=restricted_container_security_context(),
                            volume_mounts=[k8s.VolumeMount(name="tmp", mount_path="/tmp")],
                        )
                    ],
                    volumes=[k8s.Volume(name="tmp", empty_dir=k8s.EmptyDirVolumeSource())],
                ),
            ),
        ),
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


def _described(description: str) -> dict[str, dict[str, str]]:
    return {"annotations": {DESCRIPTION_ANNOTATION: description}} if description else {}
