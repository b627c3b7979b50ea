"""Each gkm config that GKM or Kubernetes would refuse (or mis-run) is a config error naming the field and the fix."""

from __future__ import annotations

import pytest

from chart_support import default_section
from conftest import read_files, run_cli
from mlmanifests.targets.gkm.config import GkmConfig
from mlmanifests.config.errors import ConfigError
from mlmanifests.config.load import load_config

# --set overrides on top of the embedded default -> (field path the message must name, words of the fix)
BAD = {
    "mount over /": ("gkm.workloads[0].mountPath=/", "gkm.workloads[0].mountPath", "below /"),
    "mount path with ..": ("gkm.workloads[0].mountPath=/cache/../etc", "gkm.workloads[0].mountPath", "'..'"),
    "mount path with a colon": ("gkm.workloads[0].mountPath=/ca:che", "gkm.workloads[0].mountPath", "':'"),
    "bad storage class": ("gkm.caches[0].storageClassName=Bad_Name!", "gkm.caches[0].storageClassName", "DNS-1123"),
    "gpus off the GPU nodes": ("gkm.workloads[2]={name: j, namespace: gkm-test-cl-scoped, cache: vector-add-cache-rocm-shared, "
                               "image: 'quay.io/x/y:1', gpus: 1, onGpuNodes: false}", "gkm.workloads[2]", "onGpuNodes: true"),
    "duplicate workload namespaces": ("gkm.caches[1].workloadNamespaces=[gkm-test-cl-scoped, gkm-test-cl-scoped]",
                                      "gkm.caches[1].workloadNamespaces", "more than once"),
    "kube-system as a workload namespace": ("gkm.caches[1].workloadNamespaces=[gkm-test-cl-scoped, kube-system]",
                                            "gkm.caches[1].workloadNamespaces[1]", "reserved"),
    "a workload in default": ("gkm.workloads[0].namespace=default", "gkm.workloads[0].namespace", "reserved"),
    "duplicate workload": ("gkm.workloads[1]={name: gkm-test-pod-1, namespace: gkm-test-ns-scoped-1, "
                           "cache: vector-add-cache-rocm, image: 'quay.io/x/y:1'}", "gkm", "same namespace and name"),
    "cache name too long for GKM's labels": ("gkm.caches[0].name=" + "c" * 55, "gkm", "at most 54"),
    "cache without signature format": ("gkm.caches[0].signatureFormat=null", "gkm", "gkm.io/signature-format"),
    "unverified ClusterGKMCache": ("gkm.caches[1].signatureFormat=none", "gkm", "verifies every ClusterGKMCache"),
    "CSI mount on current GKM": ("gkm.workloads[0].mount=csi", "gkm", "removed its CSI driver"),
    "kind-test label outside the kind profile": ("gkm.gpuNodes.labels={gkm-test-node: 'true'}", "gkm.gpuNodes",
                                                "profile: kind-test"),
    "CUDA cache on AMD nodes": ("gkm.caches[0].vendor=nvidia", "gkm", "cannot run on the amd GPU"),
    "a GPU resource of another vendor": ("gkm.gpuNodes.resourceName=nvidia.com/gpu", "gkm.gpuNodes", "amd.com/"),
    "a GPU resource that is no resource name": ("gkm.gpuNodes.resourceName=gpu", "gkm.gpuNodes", "not an extended resource"),
    "nodeSelector replacing the agent's node pin": ("gkm.caches[0].podTemplate={nodeSelector: {a: b}}", "gkm.caches[0]",
                                                    "hostname pin"),
    "same PVC from a GKMCache and a ClusterGKMCache": (
        "gkm.caches[1]={name: vector-add-cache-rocm, scope: cluster, workloadNamespaces: [gkm-test-ns-scoped-1], "
        "image: 'quay.io/gkm/cache-examples:vector-add-cache-rocm-v2', signatureFormat: cosign-v2}", "gkm", "rename one"),
}


@pytest.mark.parametrize("override, field, fix", BAD.values(), ids=BAD.keys())
def test_bad_gkm_config_names_the_field_and_the_fix(override, field, fix):
    with pytest.raises(ConfigError) as raised:
        load_config(overrides=[override])
    message = str(raised.value)
    assert f": {field}" in message and fix in message, message


GOOD = {
    "a cache name of 54 characters": ["gkm.caches[0].name=" + "c" * 54, "gkm.workloads[0].cache=" + "c" * 54],
    "an NVIDIA MIG resource": ["gkm.gpuNodes={vendor: nvidia, resourceName: nvidia.com/mig-1g.5gb}"],
    "a writable, unconfined vLLM-like pod": ["gkm.workloads[0].readOnly=false", "gkm.workloads[0].seccompProfile=Unconfined",
                                             "gkm.workloads[0].unconfinedReason=ROCm needs it (upstream vLLM example)"],
}


@pytest.mark.parametrize("overrides", GOOD.values(), ids=GOOD.keys())
def test_legal_gkm_config_is_accepted(overrides):
    load_config(overrides=overrides)


def test_same_name_gkm_caches_in_two_namespaces_are_two_caches():
    section = default_section("gkm")
    section["caches"].append({**section["caches"][0], "namespace": "gkm-test-cl-scoped"})
    section["workloads"].append({**section["workloads"][0], "namespace": "gkm-test-cl-scoped"})
    config = GkmConfig.model_validate(section)
    assert [config.cache_for(w).label() for w in config.workloads][-1] == "GKMCache gkm-test-cl-scoped/vector-add-cache-rocm"


def test_a_duplicate_workload_exits_2_and_leaves_dist_alone(tmp_path):
    out = tmp_path / "dist"
    assert run_cli("synth", "--target", "gkm", "--set", f"global.outputDir={out}").code == 0
    before = read_files(out)
    duplicate = ("gkm.workloads[2]={name: gkm-test-pod-1, namespace: gkm-test-ns-scoped-1, cache: vector-add-cache-rocm, "
                 "kind: Pod, image: 'quay.io/x/y:1'}")
    result = run_cli("synth", "--target", "gkm", "--set", f"global.outputDir={out}", "--set", duplicate)
    assert result.code == 2, result.stderr
    assert "gkm.workloads[2]" in result.stderr and "same namespace and name" in result.stderr, result.stderr
    assert "There is already a Construct" not in result.stderr
    assert read_files(out) == before
