"""What a cluster must run before `dist/gkm/` is applied, derived from the gkm section (README: gkm Prerequisites)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mlmanifests.targets.prerequisites import Prerequisite

if TYPE_CHECKING:
    from .config import GkmConfig


def gkm_prerequisites(config: "GkmConfig") -> list[Prerequisite]:
    release = config.gkm_release
    nodes = config.nodes()
    signed = sorted({c.signature_format for c in config.caches if c.signature_format not in (None, "none")})
    needs = [
        Prerequisite(
            "GKM operator, agent and webhooks (redhat-et/GKM, namespace gkm-system)",
            f"at commit {release.commit[:8]}" + (" or later (PVC mounts, spec.podTemplate)" if release.name == "current"
                                                  else ", with its csi.gkm.io CSI driver DaemonSet (removed in e6c7cc72)"),
            "serves the gkm.io/v1alpha1 GKMCache and ClusterGKMCache CRDs and admits them; without it every cache is refused",
        ),
        Prerequisite(
            "cert-manager", "",
            "issues the certificate of GKM's admission webhooks (config/certmanager); GKM does not start without it",
        ),
    ]
    if signed:
        needs.append(Prerequisite(
            "Kyverno with GKM's ClusterPolicies verify-gkmcache-images-v2/-v3 (config/kyverno/policies)", "",
            f"verify the GKMCaches labelled gkm.io/signature-format ({', '.join(signed)}) and pin their digest; "
            "GKM's webhook refuses a GKMCache Kyverno has not verified",
        ))
    if config.caches:
        needs.append(Prerequisite(
            "cache images signed with cosign (keyless, GitHub Actions OIDC issuer, as GKM's policies require)", "",
            "cosign-v2: `cosign sign` (.sig tag); cosign-v3: a Sigstore bundle (OCI referrers); ClusterGKMCache images "
            "are verified by GKM's own webhook, which also needs MUTATION_SIGNING_KEY set",
        ))
    if nodes.node_feature_discovery:
        vendor = nodes.gpu_vendor
        needs.append(Prerequisite(
            "Node Feature Discovery", "",
            f"labels {vendor.name} GPU nodes {vendor.nfd_labels()[0]} (or another PCI class), which workloads and "
            "extraction Jobs select by node affinity",
        ))
    needs.append(Prerequisite(
        f"{nodes.gpu_vendor.name} GPU device plugin advertising {nodes.gpu_resource}", "",
        "workloads with `gpus` request it; GKM's agent runs on the GPU nodes to detect them",
    ))
    if nodes.runtime_class_name:
        needs.append(Prerequisite(f"RuntimeClass {nodes.runtime_class_name}", "", "GPU workloads run with it"))
    for storage_class in sorted({c.storage_class_name for c in config.caches if c.storage_class_name}):
        rox = any("ReadOnlyMany" in c.access_modes for c in config.caches if c.storage_class_name == storage_class)
        needs.append(Prerequisite(f"StorageClass {storage_class}", "supporting ReadOnlyMany" if rox else "",
                                  "GKM creates the caches' PVCs in it"))
    return needs
