"""Which targets go to which cluster: one unit per fleet cluster (or one for a config without `clusters`),
and the targets of the base config that no fleet cluster gets.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from mlmanifests.targets import registered_targets

from .synth import TargetSelectionError, selected_targets

if TYPE_CHECKING:
    from mlmanifests.config import ConfigBase as Config


def _cluster_targets(config: Config, cluster) -> list[str]:
    cluster_config = config.cluster_config(cluster.name)
    if cluster.targets is not None:
        return selected_targets(cluster_config, cluster.targets)
    return [
        target for target in selected_targets(cluster_config)
        if cluster.cloud == "any" or registered_targets()[target].cloud in (cluster.cloud, "any")
    ]


@dataclass(frozen=True)
class Unit:
    """What goes to one cluster: its config (the base, or a fleet cluster's merged one) and its targets."""

    cluster: str | None
    """Fleet cluster name; None for a config without `clusters`."""
    config: Config
    targets: list[str]
    argocd_cluster: str | None = None
    """The fleet cluster's name in Argo CD; None: each target's `global.gitops.argocd` destination."""

    @property
    def prefix(self) -> str | None:
        return f"clusters/{self.cluster}" if self.cluster else None


def plan_units(config: Config, requested_targets: list[str]) -> list[Unit]:
    if not config.clusters:
        return [Unit(None, config, selected_targets(config, requested_targets))]
    if config.global_.layout == "single-cluster":
        raise TargetSelectionError("`clusters` needs `global.layout: per-target`: each cluster gets dist/clusters/<name>/<target>/")
    units = []
    for cluster in config.clusters:
        targets = _cluster_targets(config, cluster)
        if requested_targets:
            targets = [t for t in targets if t in requested_targets]
        units.append(Unit(cluster.name, config.cluster_config(cluster.name), targets, cluster.argocd_name or cluster.name))
    return units


def unreached_targets(config: Config, units: list[Unit]) -> list[str]:
    """Warnings for targets the base config has a section for that no fleet cluster gets (they would vanish)."""
    if not config.clusters:
        return []
    reached = {target for unit in units for target in unit.targets}
    fleet = ", ".join(f"{cluster.name} ({cluster.cloud})" for cluster in config.clusters)
    return [
        f"target {target} is in the config but reaches no cluster (clusters: {fleet}); add a cluster whose cloud "
        f"is {registered_targets()[target].cloud}, or name {target} in a cluster's `targets`"
        for target in selected_targets(config) if target not in reached
    ]
