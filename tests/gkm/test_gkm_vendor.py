"""The GPU vendor of the GPU nodes decides the resource workloads request, the NFD labels and the runtime class."""

from __future__ import annotations

import pytest

from gkm_support import of_kind, pod_spec, synth
from mlmanifests.constructs.gpu_vendor import VENDORS

NVIDIA = ("gkm.gpuNodes={vendor: nvidia, taints: [{key: nvidia.com/gpu}], runtimeClassName: nvidia}",
          "gkm.workloads[2].gpus=1")


def test_nvidia_nodes_give_nvidia_resources_nfd_labels_and_runtime_class():
    manifests = synth(*NVIDIA)
    job = next(m for m in manifests if m.kind == "Job")
    spec = pod_spec(job)
    assert spec["containers"][0]["resources"]["limits"]["nvidia.com/gpu"] == "1"
    assert spec["runtimeClassName"] == "nvidia"
    keys = [e["key"] for term in spec["affinity"]["nodeAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"][
        "nodeSelectorTerms"] for e in term["matchExpressions"]]
    assert keys == ["feature.node.kubernetes.io/pci-0300_10de.present", "feature.node.kubernetes.io/pci-0302_10de.present"]
    pod = next(m for m in manifests if m.kind == "Pod")
    assert "runtimeClassName" not in pod_spec(pod)  # no GPU asked for, no GPU runtime needed
    assert all("amd.com" not in str(m.body) for m in of_kind(manifests, "Pod", "Job", "GKMCache", "ClusterGKMCache"))


@pytest.mark.parametrize("resource, vendor", [("gpu", "amd"), ("nvidia.com/gpu", "amd"), ("amd.com/gpu", "nvidia")])
def test_a_resource_name_must_be_the_vendors(resource, vendor):
    with pytest.raises(ValueError):
        VENDORS[vendor].check_resource_name(resource)


def test_a_vendor_resource_name_is_accepted():
    assert VENDORS["nvidia"].check_resource_name("nvidia.com/mig-1g.5gb") == "nvidia.com/mig-1g.5gb"
