"""The GKM (redhat-et/GKM) releases mlmanifests can write for, and what each one serves.

GKM has no release tags; a "release" here is the commit a cluster runs:
- `current`: GKM since e6c7cc72 ("Convert GKM to PVCs and remove local database … This PR also removes the CSI
  Driver", 2026-03-12), as at f0e65de4 (2026-08-20), whose CRDs are src/mlmanifests/crds/gkm/. GKM extracts each
  cache into a PVC named like the cache (internal/controller/gkm-operator/common.go:709 `pvcStatus.PvcName =
  (*gkmCache).GetName()`), in the GKMCache's namespace or each of a ClusterGKMCache's `workloadNamespaces`.
- `csi-driver`: bc2854ca (2026-03-12), the parent of e6c7cc72 and the last commit that ships the `csi.gkm.io` CSI
  driver (csi-plugin/, config/csi-plugin/csi-driver.yaml); the seed's form. Its CRDs, kept as data in
  src/mlmanifests/crds/gkm-csi-driver/, have `spec.image` only: no accessModes, storageClassName,
  workloadNamespaces or podTemplate. Pods mount `csi.gkm.io` volumes naming the cache
  (pkg/utils/contants.go:34-36 there: `csi.gkm.io/GKMCache`, `csi.gkm.io/namespace`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ReleaseName = Literal["current", "csi-driver"]


@dataclass(frozen=True)
class GkmRelease:
    name: ReleaseName
    commit: str
    mount: Literal["pvc", "csi"]
    """How a workload mounts a cache on this release."""
    cache_spec_fields: frozenset[str]
    """The (Cluster)GKMCache `spec` fields this release's CRD serves."""
    max_cache_name: int
    """Longest cache name GKM can carry in the labels it writes (63 characters a label value)."""

    def serves(self, spec_field: str) -> bool:
        return spec_field in self.cache_spec_fields


RELEASES: dict[str, GkmRelease] = {
    # 54: the agent names its per-node PVC `<cache>-<8 hex>` (pkg/utils/utils.go:78-80 GenerateUniqueName) and
    # labels the extraction Job `pvc: <that name>` (pkg/common/k8s.go:1011), a label value of at most 63 characters.
    "current": GkmRelease("current", "f0e65de484f45cae1c05577b3b2d7880cd515fe8", "pvc",
                          frozenset({"image", "accessModes", "storageClassName", "workloadNamespaces", "podTemplate"}), 54),
    # 63: the cache name is a label value on its GKMCacheNode (gkm.io/gkm-cache) and a CSI volume attribute.
    "csi-driver": GkmRelease("csi-driver", "bc2854ca619a2bb50fdbbf0a001ec670de2972df", "csi", frozenset({"image"}), 63),
}

# The label GKM's Kyverno ClusterPolicies match a GKMCache by (config/kyverno/policies/gkmcache-policy-v2.yaml and
# -v3.yaml, `selector.matchLabels: gkm.io/signature-format: cosign-v2|cosign-v3`).
SIGNATURE_FORMAT_LABEL = "gkm.io/signature-format"
