"""The `clusters` list: a fleet, each cluster the base config with its own overrides merged over it."""

from __future__ import annotations

import warnings
from typing import Any, Literal

from pydantic import Field, model_validator

from .types import DnsLabel, StrictModel


class ClusterSpec(StrictModel):
    """One cluster of the fleet; synthesized to dist/clusters/<name>/<target>/."""

    name: DnsLabel
    cloud: Literal["gcp", "azure", "any"] = "any"
    """The cluster's cloud; by default it gets the targets of the base config that run there."""
    targets: list[str] | None = None
    """Targets to synthesize for this cluster (default: every target in the config that fits `cloud`)."""
    argocd_name: str | None = None
    """The cluster's name in Argo CD (default: `name`); the same key as a target's `cluster.argocdName`."""
    overrides: dict[str, Any] = Field(default_factory=dict)
    """Config merged over the base config for this cluster (mappings merge key by key, lists and values replace)."""

    @model_validator(mode="before")
    @classmethod
    def _deprecated_argocd_cluster(cls, data: Any) -> Any:
        """`argocdCluster` was this field's name before it took the one the target sections use."""
        if not isinstance(data, dict) or "argocdCluster" not in data:
            return data
        if "argocdName" in data:
            raise ValueError("set `argocdName` only: `argocdCluster` is its deprecated old name")
        warnings.warn(ConfigDeprecation(
            f"clusters: {data.get('name', '?')}: `argocdCluster` is deprecated; rename it to `argocdName` (same value)"
        ), stacklevel=2)
        return {("argocdName" if key == "argocdCluster" else key): value for key, value in data.items()}


class ConfigDeprecation(UserWarning):
    """A config key that still works under an old name; the CLI prints it as a warning."""


def merge_overrides(base: Any, overrides: Any) -> Any:
    """Deep-merge `overrides` over `base`: mappings merge key by key; anything else replaces."""
    if isinstance(base, dict) and isinstance(overrides, dict):
        merged = dict(base)
        for key, value in overrides.items():
            merged[key] = merge_overrides(base[key], value) if key in base else value
        return merged
    return overrides
