"""The Kubeflow releases the Kubeflow targets compose with, each a compatibility set.

A release fixes what our overlays must match in upstream's objects: the Istio API version its Istio serves, the
auth component it ships (and so how login is wired), where its components live in the tree, and the names of the
objects and keys our patches address. Each value is read off the release's own manifests
(`../shared/upstream/kubeflow-manifests/<tag>/`, github.com/kubeflow/manifests at the tag); the tests compose every
Kubeflow target on every release.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

KUBEFLOW_MANIFESTS = "https://github.com/kubeflow/manifests"
ReleaseName = Literal["v1.8.1", "v1.10.2"]


@dataclass(frozen=True)
class KubeflowRelease:
    tag: str
    istio: str
    """The Istio release it installs."""
    istio_networking_api: str
    """An apiVersion of networking.istio.io its Istio serves (Istio 1.17 serves v1alpha3/v1beta1; v1 from 1.22)."""
    auth: Literal["oidc-authservice", "oauth2-proxy"]
    """Its login component: oidc-authservice (<= 1.8) or oauth2-proxy (>= 1.9)."""
    kfp: str
    """The Kubeflow Pipelines release (pipeline-install-config `appVersion`)."""
    platform: tuple[str, ...]
    """The full platform: upstream's `example` kustomization."""
    pipelines_gcp: tuple[str, ...]
    """Kubeflow Pipelines alone on GCP (KFP's cluster-scoped resources, then env/gcp: Cloud SQL proxy, MinIO GCS
    gateway, Workload Identity)."""
    istio_gateway_namespace: str = "istio-system"
    unresolved_profile: bool = False
    """The example's user Profile keeps its placeholders (`name: $(profile-name)`, `owner: $(user)`): its
    replacements select the Profile by the placeholder name, which kustomize reads as a regular expression and so
    never matches (kubectl kustomize prints the same). The API server refuses that name; the overlay sets both."""


RELEASES: dict[str, KubeflowRelease] = {
    "v1.8.1": KubeflowRelease(
        tag="v1.8.1", istio="1.17", istio_networking_api="networking.istio.io/v1beta1", auth="oidc-authservice",
        kfp="2.0.5", platform=("example",),
        pipelines_gcp=("apps/pipeline/upstream/cluster-scoped-resources", "apps/pipeline/upstream/env/gcp"),
    ),
    "v1.10.2": KubeflowRelease(
        tag="v1.10.2", istio="1.26", istio_networking_api="networking.istio.io/v1", auth="oauth2-proxy",
        kfp="2.5.0", platform=("example",), unresolved_profile=True,
        pipelines_gcp=("applications/pipeline/upstream/cluster-scoped-resources",
                       "applications/pipeline/upstream/env/gcp"),
    ),
}
