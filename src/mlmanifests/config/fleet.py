"""The `clusters` list: a fleet, each cluster the base config with its own overrides merged over it."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .types import DnsLabel, StrictModel


class ClusterSpec(StrictModel):
    """One cluster of the fleet; synthesized to dist/clusters/<name>/<target>/."""

    name: DnsLabel
    cloud: Literal["gcp", "azure", "any"] = "any"
    """The cluster's cloud; by default it gets the targets of the base config that run there."""
    targets: list[str] | None = None
    """Targets to synthesize for this cluster (default: every target in the config that fits `cloud`)."""
    argocd_cluster: str | None = None
    """The cluster's name in Argo CD (default: `name`)."""
    overrides: dict[str, Any] = Field(default_factory=dict)
    """Config merged over the base config for this cluster (mappings merge key by key, lists and values replace)."""


def merge_overrides(base: Any, overrides: Any) -> Any:
    """Deep-merge `overrides` over `base`: mappings merge key by key; anything else replaces."""
    if isinstance(base, dict) and isinstance(overrides, dict):
        merged = dict(base)
        for key, value in overrides.items():
            merged[key] = merge_overrides(base[key], value) if key in base else value
        return merged
    return overrides
