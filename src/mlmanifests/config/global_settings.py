"""The `global` section: settings that apply to every target."""

from __future__ import annotations

import importlib.util
import os
import re
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator

from .types import CredentialFreeText, DnsLabel, SingleLine, StrictModel


ARGOCD_OWN_CLUSTER = "in-cluster"
"""Argo CD's name for the cluster it runs in."""


class ArgoCdSettings(StrictModel):
    """How the Argo CD objects under dist/gitops/argocd/ are written."""

    namespace: DnsLabel = "argocd"
    """Namespace Argo CD runs in (Applications, ApplicationSets and the AppProject live there)."""
    project: DnsLabel = "mlmanifests"
    """Name of the AppProject the Applications belong to."""
    prune: bool = True
    """Automated sync deletes objects that left dist/."""
    self_heal: bool = True
    """Automated sync reverts changes made in the cluster by hand."""
    destinations: dict[str, SingleLine] = Field(default_factory=dict)
    """Target -> Argo CD cluster name it deploys to, for a config without `clusters` (default: in-cluster)."""

    def destination(self, target: str) -> str:
        """The Argo CD cluster `target` deploys to (without `clusters`)."""
        return self.destinations.get(target, ARGOCD_OWN_CLUSTER)


class FluxSettings(StrictModel):
    """How the Flux objects under dist/gitops/flux/ are written."""

    namespace: DnsLabel = "flux-system"
    interval: str = Field(default="10m", pattern=r"^([0-9]+(\.[0-9]+)?(ms|s|m|h))+$")
    """How often Flux reconciles (and fetches the repository)."""
    timeout: str = Field(default="15m", pattern=r"^([0-9]+(\.[0-9]+)?(ms|s|m|h))+$")
    """How long Flux waits for a Kustomization's objects to become ready (`wait: true`)."""


class GitOpsRepo(StrictModel):
    """Where dist/ is committed, and how the Argo CD and Flux objects that point at it are written."""

    repo_url: CredentialFreeText = Field(default="https://github.com/example/ml-platform.git", alias="repoURL")
    """Git URL of the repository that holds the committed dist/."""
    revision: SingleLine = "main"
    """Branch, tag (`v1.2.3` or `refs/tags/<name>`) or full commit SHA the GitOps controllers follow."""
    path: SingleLine = "dist"
    """Path of the output folder inside that repository (relative, no `..`)."""
    argocd: ArgoCdSettings = Field(default_factory=ArgoCdSettings)
    flux: FluxSettings = Field(default_factory=FluxSettings)

    @field_validator("path")
    @classmethod
    def _relative_path(cls, path: str) -> str:
        if path.startswith("/") or ".." in path.split("/"):
            raise ValueError("must be a path inside the repository: relative, without `..` (e.g. dist)")
        return path


class GlobalSettings(StrictModel):
    """The `global` section: Kubernetes version (default 1.35), output dir (default dist), layout (default
    per-target) and the GitOps repository dist/ is committed to."""

    kubernetes_version: str = Field(default="1.35", pattern=r"^1\.[0-9]{2}$")
    """Kubernetes minor version the output is validated against (e.g. "1.35")."""
    output_dir: SingleLine = "dist"
    """Output folder, relative to the current directory unless absolute."""
    layout: Literal["per-target", "single-cluster"] = "per-target"
    """per-target: dist/<target>/ per target, each applied to its own cluster (kubectl apply -f dist/<target>/).
    single-cluster: every target's objects side by side in dist/, so `kubectl apply -f dist/` applies them all."""
    gitops: GitOpsRepo = Field(default_factory=GitOpsRepo)

    @field_validator("kubernetes_version")
    @classmethod
    def _schemas_shipped(cls, version: str) -> str:
        oldest = oldest_schema_version()
        if oldest is not None and tuple(map(int, version.split("."))) < oldest:
            raise ValueError(f"is older than the oldest Kubernetes schemas shipped ({oldest[0]}.{oldest[1]}); "
                             f"set {oldest[0]}.{oldest[1]} or newer")
        return version


def oldest_schema_version() -> tuple[int, int] | None:
    """The oldest Kubernetes minor version kubernetes-validate ships schemas for (read from its folder names,
    without importing it)."""
    spec = importlib.util.find_spec("kubernetes_validate")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(list(spec.submodule_search_locations)[0]) / "kubernetes-json-schema"
    versions = [match.groups() for entry in (os.listdir(folder) if folder.is_dir() else [])
                if (match := re.fullmatch(r"v(\d+)\.(\d+)\.\d+-local-strict", entry))]
    return min((int(major), int(minor)) for major, minor in versions) if versions else None
