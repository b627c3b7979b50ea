"""GPU pools are safe for interactive notebooks by default, and the GPU software's release and source are config."""

from __future__ import annotations

from kubeflow_aks_support import config_error, one, pod_spec, synth
from mlmanifests.config import load_config


def test_seed_hourly_expiry_no_longer_evicts_gpu_notebooks():
    """Seed 002's expireAfter: 1h is forceful in karpenter.sh/v1 (no budget holds it): notebooks died hourly. The
    default GPU pool keeps a node until it is empty, and Karpenter never evicts from it to consolidate or for drift."""
    spec = one(synth(), "NodePool", "gpu").body["spec"]
    assert spec["template"]["spec"]["expireAfter"] == "Never"
    assert spec["disruption"] == {
        "consolidationPolicy": "WhenEmpty",
        "consolidateAfter": "5m",
        "budgets": [{"nodes": "0", "reasons": ["Drifted", "Underutilized"]}],
    }


def test_a_pool_for_batch_jobs_can_still_expire_and_consolidate():
    spec = one(synth("kubeflow-aks.nodePools[1].expireAfter=24h",
                     "kubeflow-aks.nodePools[1].consolidationPolicy=WhenEmptyOrUnderutilized",
                     "kubeflow-aks.nodePools[1].disruptionBudgets=[]"), "NodePool", "gpu").body["spec"]
    assert spec["template"]["spec"]["expireAfter"] == "24h"
    assert spec["disruption"] == {"consolidationPolicy": "WhenEmptyOrUnderutilized", "consolidateAfter": "5m"}


def test_a_maintenance_window_budget_is_emitted_as_karpenter_reads_it():
    spec = one(synth("kubeflow-aks.nodePools[1].disruptionBudgets=[{nodes: '0', reasons: [Drifted]},"
                     " {nodes: '1', schedule: '0 22 * * sat', duration: 4h}]"), "NodePool", "gpu").body["spec"]
    assert spec["disruption"]["budgets"] == [
        {"nodes": "0", "reasons": ["Drifted"]}, {"nodes": "1", "schedule": "0 22 * * sat", "duration": "4h"}]


def test_a_budget_schedule_needs_a_duration():
    message = config_error("kubeflow-aks.nodePools[1].disruptionBudgets=[{nodes: '0', schedule: '@daily'}]")
    assert "kubeflow-aks.nodePools[1].disruptionBudgets[0]" in message and "`schedule` and `duration` together" in message


def test_budget_nodes_is_a_count_or_a_percentage():
    assert "disruptionBudgets[0].nodes" in config_error("kubeflow-aks.nodePools[1].disruptionBudgets=[{nodes: half}]")


def test_expiry_is_not_a_budget_reason():
    assert "reasons" in config_error("kubeflow-aks.nodePools[1].disruptionBudgets=[{nodes: '0', reasons: [Expired]}]")


# ------------------------------------------------------------------------------------------- GPU software


def test_device_plugin_release_and_registry_are_config_with_nvidias_current_default():
    section = load_config().kubeflow_aks.gpu.device_plugin
    assert (section.registry, section.release) == ("nvcr.io/nvidia", "v0.20.0")
    mirrored = synth("kubeflow-aks.gpu.devicePlugin.registry=contoso.azurecr.io/nvidia",
                     "kubeflow-aks.gpu.devicePlugin.release=v0.19.3")
    (container,) = pod_spec(one(mirrored, "DaemonSet", "nvidia-device-plugin-daemonset"))["containers"]
    assert container["image"] == "contoso.azurecr.io/nvidia/k8s-device-plugin:v0.19.3"


def test_the_egress_prerequisite_follows_the_registry():
    section = load_config(None, ["kubeflow-aks.gpu.devicePlugin.registry=contoso.azurecr.io/nvidia"]).kubeflow_aks
    assert any(p.what == "Egress from the GPU nodes to contoso.azurecr.io" for p in section.prerequisites())


def test_device_plugin_release_is_a_release_tag_and_registry_a_registry():
    assert "devicePlugin.release" in config_error("kubeflow-aks.gpu.devicePlugin.release=latest")
    message = config_error("kubeflow-aks.gpu.devicePlugin.registry=NVCR IO")
    assert "devicePlugin" in message and "nvcr.io/nvidia" in message


def test_gpu_operator_chart_version_is_config():
    manifests = synth("kubeflow-aks.gpu.enablement=gpu-operator", "kubeflow-aks.gpu.gpuOperator.chartVersion=v26.3.3")
    assert one(manifests, "Application", "gpu-operator").body["spec"]["source"]["targetRevision"] == "v26.3.3"
