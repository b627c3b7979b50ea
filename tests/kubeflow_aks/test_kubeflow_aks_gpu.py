"""Karpenter pools and classes on current APIs, and GPU workloads whose scheduling is derived from the GPU pool."""

from __future__ import annotations

import pytest
import yaml

from conftest import run_cli
from kubeflow_aks_support import by_kind, one, pod_spec, pool_taints, synth, tolerates


@pytest.fixture(scope="module")
def default():
    return synth()


@pytest.fixture(scope="module")
def with_operator():
    return synth("kubeflow-aks.gpu.enablement=gpu-operator")


def test_pools_and_classes_use_current_karpenter_apis(default):
    pools = {m.name: m for m in by_kind(default, "NodePool")}
    classes = {m.name: m for m in by_kind(default, "AKSNodeClass")}
    assert set(pools) == {"general-purpose", "gpu"} and set(classes) == {"default", "gpu-nc"}
    assert {m.api_version for m in pools.values()} == {"karpenter.sh/v1"}
    assert {m.api_version for m in classes.values()} == {"karpenter.azure.com/v1beta1"}
    assert {c.body["spec"]["imageFamily"] for c in classes.values()} == {"Ubuntu2204"}
    refs = {name: pool.body["spec"]["template"]["spec"]["nodeClassRef"] for name, pool in pools.items()}
    assert refs == {
        "general-purpose": {"group": "karpenter.azure.com", "kind": "AKSNodeClass", "name": "default"},
        "gpu": {"group": "karpenter.azure.com", "kind": "AKSNodeClass", "name": "gpu-nc"},
    }


def test_pools_reproduce_the_seed_in_v1_shape(default):
    general = one(default, "NodePool", "general-purpose").body["spec"]
    gpu = one(default, "NodePool", "gpu").body["spec"]
    assert general["disruption"] == {"consolidationPolicy": "WhenEmptyOrUnderutilized", "consolidateAfter": "1m"}
    assert general["limits"] == {"cpu": "100"}
    # v1 moved expireAfter from disruption into the node template (the GPU pool's is Never: see
    # test_kubeflow_aks_gpu_disruption.py for why the seed's 1h is gone)
    assert general["template"]["spec"]["expireAfter"] == "Never" and gpu["template"]["spec"]["expireAfter"] == "Never"
    assert "expireAfter" not in gpu["disruption"]
    requirements = {r["key"]: r["values"] for r in gpu["template"]["spec"]["requirements"]}
    assert requirements == {"kubernetes.io/arch": ["amd64"], "kubernetes.io/os": ["linux"],
                            "karpenter.sh/capacity-type": ["on-demand"], "karpenter.azure.com/sku-gpu-manufacturer": ["nvidia"]}
    assert {r["key"]: r["values"] for r in general["template"]["spec"]["requirements"]}["karpenter.azure.com/sku-family"] == ["D"]
    assert gpu["template"]["spec"]["taints"] == [{"key": "nvidia.com/gpu", "value": "true", "effect": "NoSchedule"}]


def _gpu_workload_tolerations(manifests) -> dict[str, list[dict]]:
    found = {"smoke Job": pod_spec(one(manifests, "Job", "samples-tf-mnist-demo"))["tolerations"],
             "PodDefault": one(manifests, "PodDefault", "gpu-toleration").body["spec"]["tolerations"]}
    daemon_sets = by_kind(manifests, "DaemonSet")
    if daemon_sets:
        found["device plugin"] = pod_spec(daemon_sets[0])["tolerations"]
    return found


def test_every_gpu_workload_tolerates_every_gpu_pool_taint(default):
    taints = pool_taints(default, "gpu")
    workloads = _gpu_workload_tolerations(default)
    assert set(workloads) == {"smoke Job", "PodDefault", "device plugin"}
    for workload, tolerations in workloads.items():
        for taint in taints:
            assert any(tolerates(t, taint) for t in tolerations), f"{workload} does not tolerate {taint}"


def test_seed_sku_gpu_toleration_mismatch_cannot_happen_changing_the_taint_moves_every_toleration():
    """Seed 002 tainted the pool nvidia.com/gpu=true but tolerated sku=gpu; here the taint is the only input."""
    manifests = synth("kubeflow-aks.nodePools[1].taints=[{key: sku, value: gpu, effect: NoSchedule}]")
    assert pool_taints(manifests, "gpu") == [{"key": "sku", "value": "gpu", "effect": "NoSchedule"}]
    for workload, tolerations in _gpu_workload_tolerations(manifests).items():
        assert {"key": "sku", "operator": "Equal", "value": "gpu", "effect": "NoSchedule"} in tolerations, workload
        assert not any(t.get("key") == "nvidia.com/gpu" for t in tolerations), workload


def test_taint_set_on_the_command_line_reaches_every_written_toleration(tmp_path):
    out = tmp_path / "dist"
    result = run_cli("synth", "--target", "kubeflow-aks", "--set", f"global.outputDir={out}",
                     "--set", "kubeflow-aks.nodePools[1].taints=[{key: dedicated, value: ml-gpu, effect: NoExecute}]")
    assert result.code == 0, result.stderr
    written = {path.name: yaml.safe_load(path.read_text()) for path in (out / "kubeflow-aks").glob("*.yaml")}
    job = written["40_job_gpu-smoke-test_samples-tf-mnist-demo.yaml"]["spec"]["template"]["spec"]
    pod_default = written["60_poddefault_kubeflow-user-example-com_gpu-toleration.yaml"]["spec"]
    plugin = written["40_daemonset_gpu-resources_nvidia-device-plugin-daemonset.yaml"]["spec"]["template"]["spec"]
    expected = {"key": "dedicated", "operator": "Equal", "value": "ml-gpu", "effect": "NoExecute"}
    for tolerations in (job["tolerations"], pod_default["tolerations"], plugin["tolerations"]):
        assert expected in tolerations
    assert not any("nvidia.com/gpu" in str(t) for t in job["tolerations"] + pod_default["tolerations"] + plugin["tolerations"])


def test_workload_tolerations_are_not_configurable(tmp_path):
    result = run_cli("synth", "--target", "kubeflow-aks", "--set", f"global.outputDir={tmp_path / 'dist'}",
                     "--set", "kubeflow-aks.gpu.smokeTest.tolerations=[{key: sku, value: gpu}]")
    assert result.code == 2 and "tolerations" in result.stderr
    assert not (tmp_path / "dist").exists()


def test_gpu_workloads_select_the_gpu_pool(default):
    assert pod_spec(one(default, "Job", "samples-tf-mnist-demo"))["nodeSelector"] == {"karpenter.sh/nodepool": "gpu"}
    affinity = pod_spec(one(default, "DaemonSet", "nvidia-device-plugin-daemonset"))["affinity"]
    term = affinity["nodeAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"]["nodeSelectorTerms"][0]
    assert term["matchExpressions"] == [{"key": "karpenter.sh/nodepool", "operator": "In", "values": ["gpu"]}]


def test_smoke_job_requests_a_gpu(default):
    (container,) = pod_spec(one(default, "Job", "samples-tf-mnist-demo"))["containers"]
    assert container["resources"]["limits"]["nvidia.com/gpu"] == 1 and container["resources"]["requests"]["nvidia.com/gpu"] == 1


def test_device_plugin_is_pinned_locked_down_and_declares_its_exemptions(default):
    plugin = one(default, "DaemonSet", "nvidia-device-plugin-daemonset")
    spec = pod_spec(plugin)
    (container,) = spec["containers"]
    assert container["image"] == "nvcr.io/nvidia/k8s-device-plugin:v0.20.0"
    assert container["securityContext"]["allowPrivilegeEscalation"] is False
    assert container["securityContext"]["capabilities"] == {"drop": ["ALL"]}
    assert {"key": "CriticalAddonsOnly", "operator": "Exists"} in spec["tolerations"]
    assert spec["volumes"][0]["hostPath"]["path"] == "/var/lib/kubelet/device-plugins"
    exemptions = plugin.exemptions()
    assert set(exemptions) == {"pss-host-path", "pss-run-as-non-root"} and all(reason.strip() for reason in exemptions.values())


def test_device_plugin_tolerates_every_gpu_pool():
    manifests = synth(
        "kubeflow-aks.nodePools=[{name: general-purpose, nodeClass: default},"
        " {name: gpu, nodeClass: gpu-nc, gpuManufacturers: [nvidia], taints: [{key: nvidia.com/gpu, value: 'true'}]},"
        " {name: gpu-a100, nodeClass: gpu-nc, gpuManufacturers: [nvidia], taints: [{key: a100, effect: NoExecute}]}]"
    )
    spec = pod_spec(one(manifests, "DaemonSet", "nvidia-device-plugin-daemonset"))
    for pool in ("gpu", "gpu-a100"):
        for taint in pool_taints(manifests, pool):
            assert any(tolerates(t, taint) for t in spec["tolerations"]), (pool, taint)
    term = spec["affinity"]["nodeAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"]["nodeSelectorTerms"][0]
    assert term["matchExpressions"][0]["values"] == ["gpu", "gpu-a100"]


def test_gpu_operator_mode_is_a_pinned_argo_cd_application(with_operator):
    assert not by_kind(with_operator, "DaemonSet")
    app = one(with_operator, "Application", "gpu-operator")
    source = app.body["spec"]["source"]
    assert (source["repoURL"], source["chart"], source["targetRevision"]) == ("https://helm.ngc.nvidia.com/nvidia", "gpu-operator", "v26.7.0")
    taints = pool_taints(with_operator, "gpu")
    for taint in taints:
        assert any(tolerates(t, taint) for t in source["helm"]["valuesObject"]["daemonsets"]["tolerations"])


def test_gpu_operator_mode_leaves_the_driver_to_the_operator_on_gpu_classes_only(with_operator, default):
    classes = {m.name: m.body["spec"] for m in by_kind(with_operator, "AKSNodeClass")}
    assert classes["gpu-nc"]["gpu"] == {"mode": "None"} and "gpu" not in classes["default"]
    assert all("gpu" not in m.body["spec"] for m in by_kind(default, "AKSNodeClass"))
