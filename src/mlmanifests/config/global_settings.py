"""The `global` section: settings that apply to every target."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .types import StrictModel


class GitOpsRepo(StrictModel):
    """Where dist/ is committed, for the Argo CD and Flux objects that point at it."""

    repo_url: str = Field(default="https://github.com/example/ml-platform.git", alias="repoURL")
    """Git URL of the repository that holds the committed dist/."""
    revision: str = "main"
    """Branch, tag or commit the GitOps controllers follow."""
    path: str = "dist"
    """Path of the output folder inside that repository."""


class GlobalSettings(StrictModel):
    kubernetes_version: str = Field(default="1.35", pattern=r"^1\.[0-9]{2}$")
    """Kubernetes minor version the output is validated against (e.g. "1.35")."""
    output_dir: str = "dist"
    """Output folder, relative to the current directory unless absolute."""
    layout: Literal["per-target", "single-cluster"] = "per-target"
    """per-target: dist/<target>/ per target, each applied to its own cluster (kubectl apply -f dist/<target>/).
    single-cluster: every target's objects side by side in dist/, so `kubectl apply -f dist/` applies them all."""
    gitops: GitOpsRepo = Field(default_factory=GitOpsRepo)
