"""A workload (Pod, Job, Deployment, DaemonSet) whose pod template is held to the "restricted" Pod Security Standard.

What every pod spec of ours repeated by hand is written here once: the pod and container security contexts (from
a `PodSecurity`), the exemption annotations on the object (from its `Exemption`s), the labels on object and pod
template with the selector derived from them, no service account token unless the pod names a service account,
and tolerations and node selector asked of a `NodeGroup` (or `GpuPool.nodes`) instead of spelled.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from cdk8s import ApiObject
from cdk8s_plus_37 import k8s
from constructs import Construct

from mlmanifests.checks.api_values import RESTART_POLICIES  # the checks own what the API server admits
from mlmanifests.constructs.node_group import NodeGroup
from mlmanifests.constructs.pod_security import PodSecurity
from mlmanifests.manifests import EXEMPTION_PREFIX

WorkloadKind = Literal["Pod", "Job", "Deployment", "DaemonSet"]

_GROUPS = {"Pod": "", "Job": "batch", "Deployment": "apps", "DaemonSet": "apps"}


@dataclass(frozen=True)
class RestrictedContainer:
    """One container of a `RestrictedWorkload`: the fields of a core Container, except its security context, which
    the workload derives from its `PodSecurity`."""

    name: str
    """Container name (DNS label), unique in the pod."""
    image: str
    """Image, pinned by tag or digest."""
    image_pull_policy: str | None = None
    """Default unset (IfNotPresent for a pinned tag)."""
    command: Sequence[str] | None = None
    """Entrypoint; default unset (the image's)."""
    args: Sequence[str] | None = None
    """Arguments; default unset (the image's)."""
    env: Sequence[k8s.EnvVar] | None = None
    """Environment variables; default none."""
    ports: Sequence[k8s.ContainerPort] | None = None
    """Ports it serves; default none."""
    resources: k8s.ResourceRequirements | None = None
    """Requests and limits; default unset (the checks warn: set requests)."""
    readiness_probe: k8s.Probe | None = None
    """Default none (the checks warn on a serving container with ports)."""
    volume_mounts: Sequence[k8s.VolumeMount] | None = None
    """Mounts of the pod's volumes; default none."""
    read_only_root_filesystem: bool | None = True
    """Default True; None leaves it unset (a writable root filesystem, e.g. for an image that installs at run time)."""
    run_as_user: int | None = None
    """This container's own non-root user; default the pod's. Makes a container non-root in a pod exempt from
    pss-run-as-non-root."""
    bind_low_ports: bool = False
    """Default False; True adds NET_BIND_SERVICE (to listen below port 1024 as non-root), the one capability
    "restricted" lets a container add."""

    def to_k8s(self, security: PodSecurity) -> k8s.Container:
        """The core Container, with the security context `security` gives it."""
        return k8s.Container(
            name=self.name, image=self.image, image_pull_policy=self.image_pull_policy, command=self.command,
            args=self.args, env=self.env, ports=self.ports, resources=self.resources,
            readiness_probe=self.readiness_probe, volume_mounts=self.volume_mounts,
            security_context=security.container_context(read_only_root_filesystem=self.read_only_root_filesystem,
                                                        run_as_user=self.run_as_user,
                                                        bind_low_ports=self.bind_low_ports),
        )


class RestrictedWorkload(Construct):
    """A Pod, Job, Deployment or DaemonSet whose pod meets the "restricted" Pod Security Standard, except where its
    `PodSecurity` declares an exemption (written on the object, where the checks read it). `api_object` is the
    core object it defines (e.g. for a kro template)."""

    def __init__(
        self, scope: Construct, id: str, *,
        kind: WorkloadKind,
        name: str,
        security: PodSecurity,
        containers: Sequence[RestrictedContainer],
        init_containers: Sequence[RestrictedContainer] | None = None,
        namespace: str | None = None,
        labels: Mapping[str, str] | None = None,
        selector_labels: Mapping[str, str] | None = None,
        annotations: Mapping[str, str] | None = None,
        finalizers: Sequence[str] | None = None,
        restart_policy: str | None = None,
        service_account_name: str | None = None,
        automount_service_account_token: bool | None = None,
        nodes: NodeGroup | None = None,
        node_selector: Mapping[str, str] | None = None,
        tolerations: Sequence[k8s.Toleration] | None = None,
        affinity: k8s.Affinity | None = None,
        priority_class_name: str | None = None,
        runtime_class_name: str | None = None,
        volumes: Sequence[k8s.Volume] | None = None,
        replicas: int | None = None,
        strategy: k8s.DeploymentStrategy | None = None,
        update_strategy: k8s.DaemonSetUpdateStrategy | None = None,
        backoff_limit: int | None = None,
        active_deadline_seconds: int | None = None,
    ) -> None:
        """
        :param kind: Pod, Job, Deployment or DaemonSet.
        :param name: the object's name.
        :param security: the pod's user, seccomp profile and exemptions; every container's security context follows.
        :param containers: the pod's containers, in order.
        :param init_containers: run to completion, in order, before them; held to the same contexts. Default none.
        :param namespace: default unset (cluster-scoped callers and kro templates set their own).
        :param labels: on the object and its pod template. Default none (then the template has no metadata).
        :param selector_labels: Deployment and DaemonSet selector. Default `labels`.
        :param annotations: the object's own, besides the exemption annotations. Default none.
        :param finalizers: the object's finalizers. Default none.
        :param restart_policy: default unset (Always) for Pod, Deployment, DaemonSet; Never for a Job, which may not
            restart Always.
        :param service_account_name: default unset (the namespace's `default`).
        :param automount_service_account_token: default False when the pod names no service account (it calls no
            API), else unset (mounted).
        :param nodes: the node group the pod must land on: its labels become the nodeSelector and its taints'
            tolerations the pod's. Default none; not with `node_selector` or `tolerations`.
        :param node_selector: a nodeSelector not derived from a node group. Default none.
        :param tolerations: tolerations not derived from a node group (e.g. of several pools). Default none.
        :param affinity: default none.
        :param priority_class_name: default unset.
        :param runtime_class_name: default unset (the cluster's default runtime).
        :param volumes: default none.
        :param replicas: Deployment only; default unset (1).
        :param strategy: Deployment only; default unset (RollingUpdate, 25% surge and unavailable).
        :param update_strategy: DaemonSet only; default unset (RollingUpdate).
        :param backoff_limit: Job only; default unset (6).
        :param active_deadline_seconds: Job only; default unset (no deadline).
        """
        super().__init__(scope, id)
        kind_options: dict[str, dict[str, object]] = {
            "Deployment": {"replicas": replicas, "strategy": strategy},
            "DaemonSet": {"update_strategy": update_strategy},
            "Job": {"backoff_limit": backoff_limit, "active_deadline_seconds": active_deadline_seconds},
        }
        for owner, options in kind_options.items():
            given = [option for option, value in options.items() if value is not None]
            if given and kind != owner:
                raise ValueError(f"{', '.join(given)}: for a {owner}, not a {kind}")
        _check_selection(kind, labels, selector_labels)
        allowed = RESTART_POLICIES.get((_GROUPS[kind], kind))
        if restart_policy is not None and allowed and restart_policy not in allowed:
            raise ValueError(f"restart_policy {restart_policy}: a {kind}'s pods take {' or '.join(allowed)}")
        if annotations and any(key.startswith(EXEMPTION_PREFIX) for key in annotations):
            raise ValueError(f"{EXEMPTION_PREFIX}… annotations: declare exemptions as PodSecurity(exemptions=[Exemption(…)]),"
                             " which checks them against the settings they excuse")
        if nodes is not None and (node_selector is not None or tolerations is not None):
            raise ValueError("nodes gives the node selector and tolerations: pass nodes, or node_selector/tolerations")
        if nodes is not None:
            node_selector, tolerations = nodes.node_selector() or None, nodes.k8s_tolerations() or None
        if restart_policy is None and kind == "Job":
            restart_policy = "Never"
        if automount_service_account_token is None and service_account_name is None:
            automount_service_account_token = False
        labels = dict(labels) if labels else None

        self.pod_spec = k8s.PodSpec(
            containers=[container.to_k8s(security) for container in containers],
            init_containers=[container.to_k8s(security) for container in init_containers] if init_containers else None,
            restart_policy=restart_policy,
            service_account_name=service_account_name,
            automount_service_account_token=automount_service_account_token,
            security_context=security.pod_context(),
            priority_class_name=priority_class_name,
            runtime_class_name=runtime_class_name,
            node_selector=dict(node_selector) if node_selector is not None else None,
            affinity=affinity,
            tolerations=tolerations,
            volumes=volumes,
        )
        """The pod spec every kind carries (the Pod's own spec, or its template's)."""
        metadata = k8s.ObjectMeta(
            name=name, namespace=namespace, labels=labels,
            annotations={**(annotations or {}), **security.annotations()} or None,
            finalizers=list(finalizers) if finalizers else None,
        )
        template = k8s.PodTemplateSpec(metadata=k8s.ObjectMeta(labels=labels) if labels else None, spec=self.pod_spec)
        self.api_object: ApiObject
        if kind == "Pod":
            self.api_object = k8s.KubePod(self, "Resource", metadata=metadata, spec=self.pod_spec)
        elif kind == "Job":
            self.api_object = k8s.KubeJob(self, "Resource", metadata=metadata, spec=k8s.JobSpec(
                backoff_limit=backoff_limit, active_deadline_seconds=active_deadline_seconds, template=template))
        else:
            selector = k8s.LabelSelector(match_labels=dict(selector_labels or labels or {}))
            if kind == "Deployment":
                self.api_object = k8s.KubeDeployment(self, "Resource", metadata=metadata, spec=k8s.DeploymentSpec(
                    replicas=replicas, strategy=strategy, selector=selector, template=template))
            else:
                self.api_object = k8s.KubeDaemonSet(self, "Resource", metadata=metadata, spec=k8s.DaemonSetSpec(
                    update_strategy=update_strategy, selector=selector, template=template))


def _check_selection(kind: str, labels: Mapping[str, str] | None, selector_labels: Mapping[str, str] | None) -> None:
    """A Deployment or DaemonSet selects its own pods: the API server refuses an empty selector, or one its pod
    template's labels do not match."""
    if kind not in ("Deployment", "DaemonSet"):
        if selector_labels is not None:
            raise ValueError(f"selector_labels: for a Deployment or DaemonSet, not a {kind}")
        return
    if not labels:
        raise ValueError(f"labels: a {kind} selects its pods by their labels; give at least one")
    stray = {key: value for key, value in (selector_labels or {}).items() if labels.get(key) != value}
    if stray:
        raise ValueError(f"selector_labels {stray}: not among labels, so the selector would not match the pods")
