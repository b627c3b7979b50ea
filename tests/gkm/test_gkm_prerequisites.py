"""The gkm prerequisites follow the config: the GKM release, Kyverno for signed GKMCaches, NFD, the vendor's plugin."""

from __future__ import annotations

from conftest import run_cli
from gkm_support import CSI_RELEASE
from mlmanifests.config.load import load_config


def _lines(*overrides: str) -> list[str]:
    return [p.line() for p in load_config(None, list(overrides)).gkm.prerequisites()]


def test_the_default_needs_current_gkm_cert_manager_kyverno_cosign_nfd_and_the_amd_plugin():
    lines = _lines()
    assert lines[0].startswith("GKM operator, agent and webhooks") and "f0e65de4 or later" in lines[0]
    for needed in ("cert-manager", "Kyverno with GKM's ClusterPolicies", "signed with cosign", "Node Feature Discovery",
                   "amd GPU device plugin advertising amd.com/gpu"):
        assert any(needed in line for line in lines), (needed, lines)


def test_the_csi_release_needs_its_csi_driver():
    assert "csi.gkm.io CSI driver" in _lines(*CSI_RELEASE)[0]


def test_no_kyverno_without_signed_gkmcaches_and_no_nfd_in_the_kind_profile():
    lines = _lines("gkm.caches[0].signatureFormat=none", "gkm.caches[1].signatureFormat=cosign-v3", "gkm.profile=kind-test")
    assert any("Kyverno" in line and "cosign-v3" in line for line in lines)
    lines = _lines("gkm.caches=[]", "gkm.workloads=[]", "gkm.profile=kind-test")
    assert not any("Kyverno" in line or "Node Feature Discovery" in line for line in lines)


def test_a_storage_class_with_read_only_many_is_a_prerequisite():
    lines = _lines("gkm.caches[0].storageClassName=cephfs", "gkm.caches[0].accessModes=[ReadWriteOnce, ReadOnlyMany]")
    assert "StorageClass cephfs supporting ReadOnlyMany: GKM creates the caches' PVCs in it" in lines


def test_list_prints_them_under_the_target():
    result = run_cli("list")
    assert result.code == 0, result.stderr
    section = result.stdout.split("gkm: ", 1)[1].split("\n  Namespace", 1)[0]
    assert "\n  needs: Kyverno with GKM's ClusterPolicies" in section, section
