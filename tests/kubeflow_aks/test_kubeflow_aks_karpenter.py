"""The node layer names the Karpenter it needs and refuses one that cannot serve it, fits the cluster's dataplane,
and every NodePool and AKSNodeClass holds to the rules of the Azure-patched CRDs an AKS cluster registers."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

import mlmanifests
from conftest import read_files, run_cli
from crd_cel_rules import check_rules, crd_version_schema
from kubeflow_aks_support import TARGET, by_kind, config_error, default_section, one, pod_spec, synth, synth_section
from mlmanifests.config import load_config
from mlmanifests.targets.kubeflow_aks import karpenter_provider as provider
from mlmanifests.runner.pipeline import check_manifests

AZURE_CRDS = Path(mlmanifests.__file__).parent / "crds" / "karpenter-provider-azure"
NODEPOOL_CRD = yaml.safe_load((AZURE_CRDS.parent / "variants" / "karpenter-provider-azure" / "karpenter.sh_nodepools.yaml").read_text())
NODECLASS_CRD = yaml.safe_load((AZURE_CRDS / "karpenter.azure.com_aksnodeclasses.yaml").read_text())
CILIUM_LABEL = {"kubernetes.azure.com/ebpf-dataplane": "cilium"}
CILIUM_TAINT = {"key": "node.cilium.io/agent-not-ready", "value": "true", "effect": "NoExecute"}


def _template(manifests, pool: str) -> dict:
    return one(manifests, "NodePool", pool).body["spec"]["template"]


# ------------------------------------------------------------------------------------- the provider release


def test_the_seed_provider_release_is_refused_naming_what_it_cannot_serve():
    """Seed 002 installs provider 0.4.0: its CRDs serve karpenter.sh/v1beta1 and AKSNodeClass v1alpha2 only."""
    message = config_error("kubeflow-aks.karpenter.release=0.4.0")
    assert "karpenter.release 0.4.0" in message
    assert "karpenter.sh/v1 NodePool needs 0.7.0" in message and "karpenter.azure.com/v1beta1 AKSNodeClass needs 1.4.0" in message
    assert "set karpenter.release to 1.4.0 or later" in message


def test_the_first_release_serving_aksnodeclass_v1beta1_is_accepted_and_the_one_before_is_not():
    assert load_config(None, ["kubeflow-aks.karpenter.release=1.4.0"]).kubeflow_aks.karpenter.release == "1.4.0"
    assert "needs 1.4.0" in config_error("kubeflow-aks.karpenter.release=0.7.5")


def test_leaving_the_gpu_driver_to_the_operator_needs_the_release_that_serves_gpu_mode():
    message = config_error("kubeflow-aks.karpenter.release=1.10.2", "kubeflow-aks.gpu.enablement=gpu-operator")
    assert "spec.gpu.mode" in message and "1.12.0" in message
    load_config(None, ["kubeflow-aks.karpenter.release=1.12.0", "kubeflow-aks.gpu.enablement=gpu-operator"])


def test_an_image_family_newer_than_the_release_is_refused():
    message = config_error("kubeflow-aks.karpenter.release=1.6.2", "kubeflow-aks.nodeClasses[0].imageFamily=Ubuntu2404")
    assert "Ubuntu2404 needs 1.6.3" in message


def test_node_auto_provisioning_needs_no_release():
    section = load_config(None, ["kubeflow-aks.karpenter.mode=node-auto-provisioning",
                                 "kubeflow-aks.karpenter.release=0.4.0"]).kubeflow_aks
    assert section.provider_requirement() == "AKS node auto-provisioning"


def test_a_too_old_release_exits_2_and_leaves_dist_untouched(tmp_path):
    out = tmp_path / "dist"
    assert run_cli("synth", "--target", TARGET, "--set", f"global.outputDir={out}").code == 0
    before = read_files(out)
    result = run_cli("synth", "--target", TARGET, "--set", f"global.outputDir={out}", "--set", "kubeflow-aks.karpenter.release=0.4.0")
    assert result.code == 2 and "kubeflow-aks" in result.stderr and "karpenter.release" in result.stderr
    assert read_files(out) == before


def test_every_pool_and_class_names_the_karpenter_it_needs():
    objects = [m for m in synth() if m.kind in ("NodePool", "AKSNodeClass")]
    assert len(objects) == 4
    for manifest in objects:
        assert manifest.body["metadata"]["annotations"]["mlmanifests.dev/requires"] == (
            "Karpenter provider for Azure >= 1.4.0 (self-hosted; pinned 1.14.2)")
    with_operator = synth("kubeflow-aks.gpu.enablement=gpu-operator")
    assert one(with_operator, "NodePool", "gpu").body["metadata"]["annotations"]["mlmanifests.dev/requires"].startswith(
        "Karpenter provider for Azure >= 1.12.0")
    nap = synth("kubeflow-aks.karpenter.mode=node-auto-provisioning")
    assert {m.body["metadata"]["annotations"]["mlmanifests.dev/requires"] for m in nap if m.kind == "NodePool"} == {
        "AKS node auto-provisioning"}


def test_release_facts_agree_with_the_carried_crds():
    """The CRDs carried are the provider's v1.14.2: they serve every API and field the table says 1.14.2 serves."""
    served = {v["name"]: v for v in NODECLASS_CRD["spec"]["versions"] if v.get("served")}
    spec = served["v1beta1"]["schema"]["openAPIV3Schema"]["properties"]["spec"]["properties"]
    assert set(provider.IMAGE_FAMILY) == set(spec["imageFamily"]["enum"])
    assert "None" in spec["gpu"]["properties"]["mode"]["enum"]
    assert [v["name"] for v in NODEPOOL_CRD["spec"]["versions"] if v.get("served")] == ["v1"]
    assert provider.unserved(provider.CURRENT_RELEASE, [provider.NODEPOOL_V1, provider.NODECLASS_V1BETA1,
                                                        provider.GPU_MODE, *provider.IMAGE_FAMILY.values()]) == []


# ------------------------------------------------------------------------------------------- the dataplane


def test_a_cilium_cluster_gets_the_label_and_startup_taint_on_every_pool():
    manifests = synth()
    for pool in ("general-purpose", "gpu"):
        template = _template(manifests, pool)
        assert template["metadata"]["labels"].items() >= CILIUM_LABEL.items(), pool
        assert template["spec"]["startupTaints"] == [CILIUM_TAINT], pool


def test_an_azure_dataplane_cluster_gets_neither():
    manifests = synth("kubeflow-aks.karpenter.networkDataplane=azure")
    for pool in ("general-purpose", "gpu"):
        template = _template(manifests, pool)
        assert "kubernetes.azure.com/ebpf-dataplane" not in (template.get("metadata") or {}).get("labels", {})
        assert "startupTaints" not in template["spec"], pool


def test_gpu_workloads_do_not_tolerate_the_startup_taint():
    """Karpenter provisions for pods without a toleration for startup taints; the Cilium agent removes it."""
    manifests = synth()
    job = pod_spec(one(manifests, "Job", "samples-tf-mnist-demo"))
    assert not any(t.get("key") == CILIUM_TAINT["key"] for t in job["tolerations"])


def test_the_dataplane_label_and_taint_cannot_be_set_by_hand():
    assert "karpenter.networkDataplane" in config_error("kubeflow-aks.nodePools[0].labels={kubernetes.azure.com/ebpf-dataplane: cilium}")
    assert "karpenter.networkDataplane" in config_error(
        "kubeflow-aks.nodePools[0].startupTaints=[{key: node.cilium.io/agent-not-ready, value: 'true', effect: NoExecute}]")


def test_startup_taints_of_a_pool_come_before_the_dataplane_one():
    manifests = synth("kubeflow-aks.nodePools[0].startupTaints=[{key: example.com/agent-not-ready, effect: NoSchedule}]")
    assert _template(manifests, "general-purpose")["spec"]["startupTaints"] == [
        {"key": "example.com/agent-not-ready", "effect": "NoSchedule"}, CILIUM_TAINT]


# ------------------------------------------------------------------------------------------- kubelet, CRDs

KUBELET = ("kubeflow-aks.nodeClasses[1].kubelet={cpuManagerPolicy: static, topologyManagerPolicy: single-numa-node,"
           " imageGCHighThresholdPercent: 85, imageGCLowThresholdPercent: 70, containerLogMaxSize: 50Mi,"
           " podPidsLimit: 4096, cpuCFSQuota: true, allowedUnsafeSysctls: [net.core.somaxconn]}")


def test_kubelet_settings_and_max_pods_reach_the_node_class():
    manifests = synth(KUBELET, "kubeflow-aks.nodeClasses[1].maxPods=110")
    spec = one(manifests, "AKSNodeClass", "gpu-nc").body["spec"]
    assert spec["maxPods"] == 110
    assert spec["kubelet"] == {"cpuManagerPolicy": "static", "topologyManagerPolicy": "single-numa-node",
                               "imageGCHighThresholdPercent": 85, "imageGCLowThresholdPercent": 70,
                               "containerLogMaxSize": "50Mi", "podPidsLimit": 4096, "cpuCFSQuota": True,
                               "allowedUnsafeSysctls": ["net.core.somaxconn"]}
    assert "kubelet" not in one(manifests, "AKSNodeClass", "default").body["spec"]


def test_kubelet_image_gc_thresholds_are_checked_as_the_crd_rule_does():
    message = config_error("kubeflow-aks.nodeClasses[0].kubelet={imageGCHighThresholdPercent: 60, imageGCLowThresholdPercent: 70}")
    assert "kubeflow-aks.nodeClasses[0].kubelet" in message and "greater than imageGCLowThresholdPercent" in message


VARIANTS = {
    "default": (),
    "azure dataplane": ("kubeflow-aks.karpenter.networkDataplane=azure",),
    "node auto-provisioning": ("kubeflow-aks.karpenter.mode=node-auto-provisioning",),
    "kubelet, startup taints, budgets": (
        KUBELET, "kubeflow-aks.nodePools[0].startupTaints=[{key: example.com/not-ready, effect: NoSchedule}]",
        "kubeflow-aks.nodePools[0].disruptionBudgets=[{nodes: '0', schedule: '0 8 * * mon-fri', duration: 10h}, {nodes: 20%}]"),
    "gpu operator": ("kubeflow-aks.gpu.enablement=gpu-operator",),
}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_every_cel_rule_of_the_azure_crds_holds(variant):
    manifests = synth(*VARIANTS[variant])
    schemas = {"NodePool": crd_version_schema(NODEPOOL_CRD, "v1"), "AKSNodeClass": crd_version_schema(NODECLASS_CRD, "v1beta1")}
    for manifest in [m for m in manifests if m.kind in schemas]:
        report = check_rules(schemas[manifest.kind], manifest.body)
        assert report.evaluated and report.violations == [], (manifest.name, report.violations)
    label_rules = check_rules(schemas["NodePool"], one(manifests, "NodePool", "gpu").body).evaluated
    assert 'label domain "kubernetes.azure.com" is restricted' in label_rules


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_the_checks_pass(variant):
    report = check_manifests(synth(*VARIANTS[variant]), load_config(None, list(VARIANTS[variant])), [TARGET])
    assert report.errors == [], "\n".join(f"{f.object} {f.rule} {f.path}: {f.message}" for f in report.errors)


def test_the_cel_rules_can_fail_a_restricted_label():
    """The rules evaluated above can fail: `agentpool` under kubernetes.azure.com is AKS's own label."""
    body = copy.deepcopy(one(synth(), "NodePool", "gpu").body)
    body["spec"]["template"]["metadata"]["labels"]["kubernetes.azure.com/agentpool"] = "gpu"
    report = check_rules(crd_version_schema(NODEPOOL_CRD, "v1"), body)
    assert report.violations == [(".spec.template.metadata.labels", 'label domain "kubernetes.azure.com" is restricted')]


# ------------------------------------------------------------------------------------------- prerequisites


def test_prerequisites_name_the_provider_chart_release_and_the_dataplane():
    lines = [p.line() for p in load_config().kubeflow_aks.prerequisites()]
    assert lines[0].startswith("Karpenter provider for Azure (self-hosted) >= 1.4.0 (pinned: helm install karpenter "
                               "oci://mcr.microsoft.com/aks/karpenter/karpenter --version 1.14.2)")
    assert any("--network-dataplane cilium" in line for line in lines)
    assert any(line.startswith("Egress from the GPU nodes to nvcr.io") for line in lines)
    nap = [p.line() for p in load_config(None, ["kubeflow-aks.karpenter.mode=node-auto-provisioning"]).kubeflow_aks.prerequisites()]
    assert nap[0].startswith("AKS node auto-provisioning") and not any("Helm chart" in line for line in nap)


def test_list_prints_the_node_layer_prerequisites():
    result = run_cli("list")
    assert result.code == 0, result.stderr
    section = result.stdout.split("kubeflow-aks:", 1)[1]
    assert "  needs: Karpenter provider for Azure (self-hosted)" in section


def test_a_section_without_gpu_still_gets_pools_that_fit_the_dataplane():
    section = default_section()
    section.pop("kubeflow", None)
    section["gpu"] = None
    manifests = synth_section(section)
    assert {m.kind for m in manifests} == {"NodePool", "AKSNodeClass"}
    assert all(m.body["spec"]["template"]["spec"]["startupTaints"] == [CILIUM_TAINT] for m in by_kind(manifests, "NodePool"))


# ------------------------------------------------------------------------------------------- the README

README_SECTION = (Path(__file__).resolve().parents[2] / "README.md").read_text().split("## kubeflow-aks: the node layer", 1)[1].split("\n## ", 1)[0]


def _yaml_blocks() -> list[str]:
    return [block.split("```", 1)[0] for block in README_SECTION.split("```yaml\n")[1:]]


def test_readme_karpenter_example_is_the_default():
    example = yaml.safe_load(_yaml_blocks()[0])["kubeflow-aks"]["karpenter"]
    assert example == default_section()["karpenter"]


def test_readme_gpu_disruption_example_is_the_default_gpu_pool():
    example = yaml.safe_load(_yaml_blocks()[1])
    (gpu_pool,) = [pool for pool in default_section()["nodePools"] if pool["name"] == "gpu"]
    assert {key: gpu_pool[key] for key in example} == example


def test_readme_prerequisites_name_each_default_prerequisite():
    listed = README_SECTION.split("### Prerequisites", 1)[1]
    flat = " ".join(listed.split())
    for prerequisite in load_config().kubeflow_aks.prerequisites():
        headline = prerequisite.what.split(" (")[0].split(",")[0]
        assert headline in flat.replace("**", ""), headline
