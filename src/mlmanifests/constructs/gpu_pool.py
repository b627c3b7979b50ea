"""A Karpenter GPU pool: it owns its taints, and every GPU workload asks it for tolerations and node selector.

A workload never spells a toleration by hand, so the seed's mistake (the pool taints `nvidia.com/gpu=true`, the
workloads tolerate `sku=gpu`) cannot be written: change the pool's taint and every derived toleration follows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from cdk8s_plus_37 import k8s

from mlmanifests.config.types import Taint
from mlmanifests.constructs.node_group import NodeGroup

NODEPOOL_LABEL = "karpenter.sh/nodepool"
"""Label Karpenter puts on every node it launches, naming the NodePool the node belongs to."""


@dataclass(frozen=True)
class GpuPool:
    """A Karpenter NodePool of GPU nodes, described by what its nodes carry."""

    name: str
    taints: tuple[Taint, ...]
    resource_name: str = "nvidia.com/gpu"
    """Extended resource the nodes advertise (once a device plugin runs on them)."""

    @property
    def nodes(self) -> NodeGroup:
        """The pool's nodes as a NodeGroup: the Karpenter pool label to select, the pool's taints to tolerate."""
        return NodeGroup(labels={NODEPOOL_LABEL: self.name}, taints=self.taints)

    def tolerations(self) -> list[dict[str, str]]:
        """Exactly the tolerations of the pool's taints."""
        return self.nodes.tolerations()

    def node_selector(self) -> dict[str, str]:
        """The pool's Karpenter label: a nodeSelector that lands only on this pool."""
        return self.nodes.node_selector()

    def k8s_tolerations(self) -> list[k8s.Toleration]:
        """`tolerations()` as the typed core structs, for a pod spec."""
        return self.nodes.k8s_tolerations()

    def gpu_quantity(self, count: int) -> dict[str, k8s.Quantity]:
        """The extended-resource amount a container asks for, for its requests and limits."""
        return {self.resource_name: k8s.Quantity.from_number(count)}


def tolerations_of_all(pools: Iterable[GpuPool]) -> list[dict[str, str]]:
    """Tolerations for a workload that must run on every one of these pools (e.g. a device plugin), without repeats."""
    unique: list[dict[str, str]] = []
    for pool in pools:
        for toleration in pool.tolerations():
            if toleration not in unique:
                unique.append(toleration)
    return unique
