"""Which release of the Karpenter provider for Azure (github.com/Azure/karpenter-provider-azure) serves what.

Each entry is the first stable release whose CRDs (pkg/apis/crds/ at that tag) serve an API version or field the
kubeflow-aks node layer emits; a self-hosted release older than what the config uses is a config error, since the
API server would reject the objects (or drop the field). Under AKS node auto-provisioning AKS runs the provider and
picks its release; that mode is documented to serve karpenter.sh/v1 and karpenter.azure.com/v1beta1.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CHART = "oci://mcr.microsoft.com/aks/karpenter/karpenter"
"""The provider's Helm chart; its chart version is the release without the leading v (hack/release/release.sh)."""

CURRENT_RELEASE = "1.14.2"
"""The newest stable release (2026-08-09); the default of `karpenter.release`."""

NODEPOOL_API = "karpenter.sh/v1"
NODECLASS_API = "karpenter.azure.com/v1beta1"

_RELEASE = re.compile(r"^v?(\d+)\.(\d+)\.(\d+)$")


@dataclass(frozen=True)
class ProviderFeature:
    """Something the node layer emits, and the first provider release that serves it."""

    what: str
    first_release: tuple[int, int, int]

    @property
    def since(self) -> str:
        return ".".join(map(str, self.first_release))


NODEPOOL_V1 = ProviderFeature(f"{NODEPOOL_API} NodePool", (0, 7, 0))
"""v0.4.0-v0.6.x serve only karpenter.sh/v1beta1; v0.7.0 (core v1.0.4) adds v1."""
NODECLASS_V1BETA1 = ProviderFeature(f"{NODECLASS_API} AKSNodeClass", (1, 4, 0))
"""Up to v1.4.0-rc.1 only v1alpha2; v1beta1 lands in ef9e8130 (#875), first released in v1.4.0."""
IMAGE_FAMILY = {
    "Ubuntu2204": ProviderFeature("AKSNodeClass imageFamily Ubuntu2204", (0, 0, 1)),
    "AzureLinux": ProviderFeature("AKSNodeClass imageFamily AzureLinux", (0, 3, 0)),
    "Ubuntu": ProviderFeature("AKSNodeClass imageFamily Ubuntu", (1, 6, 2)),
    "Ubuntu2404": ProviderFeature("AKSNodeClass imageFamily Ubuntu2404", (1, 6, 3)),
}
GPU_MODE = ProviderFeature("AKSNodeClass spec.gpu.mode (GPU driver left to the GPU Operator)", (1, 12, 0))


def parse_release(text: str) -> tuple[int, int, int]:
    match = _RELEASE.match(text)
    if not match:
        raise ValueError(f"{text!r} is not a provider release (MAJOR.MINOR.PATCH, e.g. {CURRENT_RELEASE})")
    major, minor, patch = (int(part) for part in match.groups())
    return major, minor, patch


def unserved(release: str, needed: list[ProviderFeature]) -> list[ProviderFeature]:
    """The features `release` does not serve yet, oldest requirement first."""
    version = parse_release(release)
    return sorted({f for f in needed if version < f.first_release}, key=lambda f: (f.first_release, f.what))


def minimum_release(needed: list[ProviderFeature]) -> str:
    """The oldest release that serves every one of `needed`."""
    return max(needed, key=lambda f: f.first_release).since
