"""Signed caches, an extraction Job that reaches the GPU nodes, and caches applied before the workloads."""

from __future__ import annotations

from gkm_support import checked, of_kind, pod_spec, synth
from mlmanifests.output.layout import place

AMD_NFD = ["feature.node.kubernetes.io/pci-0300_1002.present", "feature.node.kubernetes.io/pci-0302_1002.present",
           "feature.node.kubernetes.io/pci-0380_1002.present"]


def _terms(affinity: dict) -> list[list[dict]]:
    required = affinity["nodeAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"]
    return [term["matchExpressions"] for term in required["nodeSelectorTerms"]]


def test_every_cache_carries_the_signature_format_kyverno_matches():
    for cache in of_kind(synth(), "GKMCache", "ClusterGKMCache"):
        assert cache.body["metadata"]["labels"]["gkm.io/signature-format"] == "cosign-v2", cache.id


def test_the_extraction_job_tolerates_the_gpu_nodes_taints_and_selects_them_by_affinity():
    for cache in of_kind(synth(), "GKMCache", "ClusterGKMCache"):
        template = cache.body["spec"]["podTemplate"]["spec"]
        assert template["tolerations"] == [{"effect": "NoSchedule", "key": "amd.com/gpu", "operator": "Exists"}]
        assert _terms(template["affinity"]) == [[{"key": label, "operator": "Exists"}] for label in AMD_NFD]
        assert "nodeSelector" not in template  # it would replace the agent's kubernetes.io/hostname pin


def test_the_kind_test_profile_has_the_seeds_label_and_taint_everywhere():
    manifests = synth("gkm.profile=kind-test", "gkm.gpuNodes.taints=[]")
    kind_taint = [{"effect": "NoSchedule", "key": "gpu", "operator": "Equal", "value": "true"}]
    for cache in of_kind(manifests, "GKMCache", "ClusterGKMCache"):
        template = cache.body["spec"]["podTemplate"]["spec"]
        assert template["tolerations"] == kind_taint
        assert _terms(template["affinity"]) == [[{"key": "gkm-test-node", "operator": "In", "values": ["true"]}]]
    for workload in of_kind(manifests, "Pod", "Job"):
        spec = pod_spec(workload)
        assert spec["nodeSelector"] == {"gkm-test-node": "true"} and "affinity" not in spec
        assert spec["tolerations"] == kind_taint
    # switching the profile alone keeps the nodes' own taints and adds kind's
    pod = next(m for m in synth("gkm.profile=kind-test") if m.kind == "Pod")
    assert [t["key"] for t in pod_spec(pod)["tolerations"]] == ["amd.com/gpu", "gpu"]


def test_a_given_pod_template_is_used_as_written():
    manifests = synth("gkm.caches[0].podTemplate={labels: {team: a}, tolerations: [{key: dedicated, operator: Exists}], "
                      "priorityClassName: gpu-batch}")
    cache = next(m for m in manifests if m.kind == "GKMCache")
    assert cache.body["spec"]["podTemplate"] == {
        "metadata": {"labels": {"team": "a"}},
        "spec": {"priorityClassName": "gpu-batch", "tolerations": [{"key": "dedicated", "operator": "Exists"}]}}


def test_caches_are_applied_before_the_workloads_and_argo_cd_waits_for_them():
    placed = [(placement.file, manifest) for placement, manifest in place(synth(), "per-target")]
    files = [file for file, _ in placed]
    last_cache = max(i for i, (_, m) in enumerate(placed) if m.kind.endswith("GKMCache"))
    first_workload = min(i for i, (_, m) in enumerate(placed) if m.kind in ("Pod", "Job"))
    assert last_cache < first_workload, files
    # Argo CD: caches in wave 0 with their Namespaces (an earlier wave would precede the Namespaces), workloads after
    for _, manifest in placed:
        wave = (manifest.body["metadata"].get("annotations") or {}).get("argocd.argoproj.io/sync-wave", "0")
        assert wave == ("1" if manifest.kind in ("Pod", "Job", "Deployment") else "0"), manifest.id


def test_the_default_requests_no_gpu_to_list_a_cache():
    job = next(m for m in synth() if m.kind == "Job")
    resources = pod_spec(job)["containers"][0]["resources"]
    assert not any("gpu" in key for part in resources.values() for key in part)


def test_an_unconfined_workload_declares_its_exemption_and_passes_the_checks():
    reason = "ROCm's runtime needs it, as upstream's vLLM example"
    manifests, report = checked("gkm.workloads[0].seccompProfile=Unconfined", f"gkm.workloads[0].unconfinedReason={reason}",
                                "gkm.workloads[0].readOnly=false")
    pod = next(m for m in manifests if m.kind == "Pod" and m.name == "gkm-test-pod-1")
    assert pod.body["metadata"]["annotations"]["exempt.mlmanifests.dev/pss-seccomp"] == reason
    assert pod_spec(pod)["containers"][0]["securityContext"]["seccompProfile"] == {"type": "Unconfined"}
    assert "readOnly" not in pod_spec(pod)["containers"][0]["volumeMounts"][0]
    assert report.errors == []
    assert ("gkm-test-pod-1", "pss-seccomp") in {(e.object.name, e.rule) for e in report.exemptions}
