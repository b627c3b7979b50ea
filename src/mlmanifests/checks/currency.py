"""Deprecated API versions and end-of-life components: warnings that name the replacement.

API versions that are no longer served at all are errors of the schema check (`removed-api`), since no cluster
accepts them; this module warns about what a cluster still accepts but should not be relied on.
"""

from __future__ import annotations

import re
from typing import Iterator

from mlmanifests.checks.api_versions import moved_api
from mlmanifests.checks.findings import Finding, warning
from mlmanifests.checks.manifest_set import ManifestSet
from mlmanifests.checks.pod_templates import pod_template
from mlmanifests.checks.schemas import find_crd, local_crds
from mlmanifests.manifests import Manifest


def check_currency(manifests: ManifestSet) -> Iterator[Finding]:
    local = local_crds(manifests)
    for manifest in manifests.manifests:
        yield from _deprecated_api(manifest, local)
        yield from _eol_components(manifest)
        yield from _retired_gcp_api(manifest)


# Google Cloud APIs Google has retired, and what replaced them.
_RETIRED_GCP_APIS = {
    "containerregistry.googleapis.com": ("artifactregistry.googleapis.com", "Container Registry was shut down in 2025"),
    "ml.googleapis.com": ("aiplatform.googleapis.com", "AI Platform / Cloud ML Engine was retired in favour of Vertex AI"),
}


def _retired_gcp_api(manifest: Manifest) -> Iterator[Finding]:
    """A Config Connector Service that enables a retired API (config can keep the seed's name on purpose)."""
    if manifest.group != "serviceusage.cnrm.cloud.google.com" or manifest.kind != "Service":
        return
    api = (manifest.body.get("spec") or {}).get("resourceID") or manifest.name
    if api in _RETIRED_GCP_APIS:
        successor, why = _RETIRED_GCP_APIS[api]
        yield warning(manifest, "eol-component", "spec.resourceID",
                      f"enables {api}: {why}", f"enable {successor} instead")


def _deprecated_api(manifest: Manifest, local) -> Iterator[Finding]:
    if not manifest.kind or not manifest.api_version:
        return
    definition = find_crd(manifest.group, manifest.kind, local)
    if definition is None or manifest.version not in definition.deprecated:
        return
    moved = moved_api(manifest.group, manifest.version, manifest.kind)
    replacement = moved.replacement if moved else f"{manifest.group}/{definition.newest_version}"
    yield warning(manifest, "deprecated-api", "apiVersion",
                  f"{manifest.api_version} {manifest.kind} is deprecated ({definition.deprecated[manifest.version]}); "
                  f"use {replacement}",
                  f"change apiVersion to {replacement}" + (f"; {moved.note}" if moved and moved.note else ""))


_EOL_REGISTRIES = (
    (re.compile(r"^(?:(?:us|eu|asia)\.)?gcr\.io/"),
     "Container Registry is shut down (2025); a gcr.io image is served only if its project moved to Artifact Registry",
     "pull from Artifact Registry (REGION-docker.pkg.dev/PROJECT/REPO/...) instead"),
    (re.compile(r"^k8s\.gcr\.io/"), "k8s.gcr.io is frozen and no longer receives images",
     "use registry.k8s.io instead"),
)
_OIDC_AUTHSERVICE = re.compile(r"(?:^|/)oidc-authservice(?::|@|$)")
_MINIO = re.compile(r"(?:^|/)minio(?::|@|$)")


def _eol_components(manifest: Manifest) -> Iterator[Finding]:
    template = pod_template(manifest)
    if template is None:
        return
    for path, container in template.containers():
        image = container.get("image")
        if not isinstance(image, str):
            continue
        for pattern, why, hint in _EOL_REGISTRIES:
            if pattern.search(image):
                yield warning(manifest, "eol-component", f"{path}.image", f"image {image}: {why}", hint)
                break
        if _OIDC_AUTHSERVICE.search(image):
            yield warning(manifest, "eol-component", f"{path}.image",
                          f"image {image}: oidc-authservice is not part of Kubeflow after 1.9",
                          "use oauth2-proxy, as Kubeflow 1.9+ manifests do")
        words = [str(word) for word in (container.get("command") or []) + (container.get("args") or [])]
        if _MINIO.search(image) and "gateway" in words:
            yield warning(manifest, "eol-component", f"{path}.args",
                          f"image {image} runs MinIO in gateway mode, which MinIO removed in 2022 "
                          "(RELEASE.2022-04-29T01-27-09Z is the last release with it; no fixes since)",
                          "move to SeaweedFS, which kubeflow/manifests uses instead of MinIO since v1.11, "
                          "or point KFP at Azure Blob / S3 / GCS directly")
