"""What must exist before a target's output is applied: operators with the release they must be at, identities,
objects created by hand. Each target's config section lists its own (`TargetSection.prerequisites()`); the README's
per-target "Prerequisites" sections and `mlmanifests list` show them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Prerequisite:
    """One thing the cluster (or cloud project) must have before `kubectl apply` of the target's folder."""

    what: str
    """What must exist, e.g. "External Secrets Operator" or "Google service account kcc@p.iam.gserviceaccount.com"."""
    version: str = ""
    """The release range it must be at, e.g. ">= 0.17 (serves external-secrets.io/v1)"; empty when not versioned."""
    why: str = ""
    """Which of the target's objects need it, and what happens without it."""

    def line(self) -> str:
        version = f" {self.version}" if self.version else ""
        why = f": {self.why}" if self.why else ""
        return f"{self.what}{version}{why}"


EXTERNAL_SECRETS_OPERATOR = Prerequisite(
    "External Secrets Operator", ">= 0.16 (first release serving external-secrets.io/v1; CRDs carried: v2.9.0)",
    "syncs every ExternalSecret and serves the ClusterSecretStore; without it no Secret the workloads mount exists",
)
"""Every target that emits external-secrets.io/v1 objects lists this (the checks hold the output to it)."""
