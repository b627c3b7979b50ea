"""Nodes a workload must land on, and the tolerations and node selector derived from them.

The rule "a taint is tolerated by exactly this toleration" lives here and nowhere else: config describes the nodes
(labels, `Taint`s) as data, and every workload asks its node group (or its `GpuPool`) for tolerations and node
selector instead of spelling them, so changing a taint moves every toleration with it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from cdk8s_plus_37 import k8s

from mlmanifests.config.types import Taint


def toleration_for(taint: Taint) -> dict[str, str]:
    """The toleration that matches `taint`: `Equal` on its value, or, for a taint without a value, `Exists` on its
    key and effect (which also tolerates that key with any value)."""
    if taint.value is None:
        return {"key": taint.key, "operator": "Exists", "effect": taint.effect}
    return {"key": taint.key, "operator": "Equal", "value": taint.value, "effect": taint.effect}


@dataclass(frozen=True)
class NodeGroup:
    """Nodes a workload must land on, described by what they carry: labels to select and taints to tolerate."""

    labels: Mapping[str, str] = field(default_factory=dict)
    """Labels on those nodes; workloads select them with a nodeSelector. Default none."""
    taints: Sequence[Taint] = ()
    """Taints on those nodes; workloads get exactly the matching tolerations. Default none."""

    def tolerations(self) -> list[dict[str, str]]:
        """One toleration per taint (`toleration_for`), in the taints' order."""
        return [toleration_for(taint) for taint in self.taints]

    def k8s_tolerations(self) -> list[k8s.Toleration]:
        """`tolerations()` as the typed core structs, for a pod spec."""
        return [k8s.Toleration(key=toleration["key"], operator=toleration["operator"], value=toleration.get("value"),
                               effect=toleration["effect"]) for toleration in self.tolerations()]

    def node_selector(self) -> dict[str, str]:
        """The nodeSelector that picks these nodes: their labels."""
        return dict(self.labels)
