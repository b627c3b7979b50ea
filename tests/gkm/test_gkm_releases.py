"""The GKM release as a setting: current GKM (PVC mounts, claim = cache name) and the CSI-driver release (the seed's
csi.gkm.io volumes), each output valid for its release and both passing every check."""

from __future__ import annotations

import pytest

from gkm_support import CSI_RELEASE, checked, crd_spec_properties, of_kind, pod_spec
from mlmanifests.config.errors import ConfigError
from mlmanifests.config.load import load_config

RELEASES = {"current": (), "csi-driver": CSI_RELEASE}
CRDS = {"current": ("gkm", ".yaml"), "csi-driver": ("gkm-csi-driver", ".yaml.release")}


@pytest.mark.parametrize("release", RELEASES)
def test_each_release_passes_every_check(release):
    _, report = checked(*RELEASES[release])
    assert report.errors == [], "\n".join(f"{f.object} {f.rule} {f.path}: {f.message}" for f in report.errors)


@pytest.mark.parametrize("release", RELEASES)
def test_caches_use_only_the_fields_their_release_serves(release):
    folder, suffix = CRDS[release]
    served = {kind: crd_spec_properties(folder, f"gkm.io_{kind.lower()}s{suffix}") for kind in ("GKMCache", "ClusterGKMCache")}
    manifests, _ = checked(*RELEASES[release])
    caches = of_kind(manifests, "GKMCache", "ClusterGKMCache")
    assert len(caches) == 2
    for cache in caches:
        assert set(cache.body["spec"]) <= served[cache.kind], (cache.id, set(cache.body["spec"]) - served[cache.kind])


def test_the_csi_driver_release_crd_has_image_only():
    assert crd_spec_properties("gkm-csi-driver", "gkm.io_gkmcaches.yaml.release") == {"image"}
    assert crd_spec_properties("gkm-csi-driver", "gkm.io_clustergkmcaches.yaml.release") == {"image"}


def test_current_gkm_workloads_claim_the_pvc_named_like_their_cache():
    manifests, _ = checked()
    workloads = of_kind(manifests, "Pod", "Job", "Deployment")
    caches = {(m.namespace, m.name) for m in of_kind(manifests, "GKMCache")}
    caches |= {(ns, m.name) for m in of_kind(manifests, "ClusterGKMCache") for ns in m.body["spec"]["workloadNamespaces"]}
    for workload in workloads:
        (volume,) = pod_spec(workload)["volumes"]
        assert "csi" not in volume
        assert (workload.namespace, volume["persistentVolumeClaim"]["claimName"]) in caches, workload.id


def test_the_csi_driver_release_mounts_csi_gkm_io_volumes_as_the_seed():
    manifests, _ = checked(*CSI_RELEASE)
    pod = next(m for m in manifests if m.kind == "Pod" and m.name == "gkm-test-pod-1")
    (volume,) = pod_spec(pod)["volumes"]
    assert volume["csi"] == {"driver": "csi.gkm.io", "readOnly": True, "volumeAttributes": {
        "csi.gkm.io/GKMCache": "vector-add-cache-rocm", "csi.gkm.io/namespace": "gkm-test-ns-scoped-1"}}
    shared = next(m for m in manifests if m.kind == "Pod" and m.name == "gkm-test-pod-2")
    assert pod_spec(shared)["volumes"][0]["csi"]["volumeAttributes"] == {"csi.gkm.io/GKMCache": "vector-add-cache-rocm-shared"}


CSI_REFUSALS = {
    "accessModes": ("gkm.caches[0].accessModes=[ReadWriteOnce]", "gkm.caches[0].accessModes"),
    "storageClassName": ("gkm.caches[0].storageClassName=fast", "gkm.caches[0].storageClassName"),
    "podTemplate": ("gkm.caches[0].podTemplate={priorityClassName: high}", "gkm.caches[0].podTemplate"),
    "workloadNamespaces": ("gkm.caches[1].workloadNamespaces=[gkm-test-cl-scoped]", "gkm.caches[1].workloadNamespaces"),
    "a PVC mount": ("gkm.workloads[0].mount=pvc", "gkm.workloads[0].mount"),
}


@pytest.mark.parametrize("override, field", CSI_REFUSALS.values(), ids=CSI_REFUSALS.keys())
def test_the_csi_release_refuses_what_it_lacks(override, field):
    with pytest.raises(ConfigError) as raised:
        load_config(None, [*CSI_RELEASE, override])
    message = str(raised.value)
    assert field.removeprefix("gkm.") in message and ("release: current" in message or "csi" in message), message
