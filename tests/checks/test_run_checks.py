"""run_checks: one list of check modules, sorted findings, exemptions honoured and listed."""

from __future__ import annotations

import mlmanifests.checks as checks
from mlmanifests.checks import Finding, run_checks
from mlmanifests.manifests import Manifest


def _config_map(name: str, namespace: str = "n", annotations: dict | None = None) -> dict:
    metadata = {"name": name, "namespace": namespace, **({"annotations": annotations} if annotations else {})}
    return {"apiVersion": "v1", "kind": "ConfigMap", "metadata": metadata}


def test_a_check_module_plugs_in_by_being_added_to_the_list(monkeypatch):
    def check_names(manifest_set):
        for manifest in manifest_set.manifests:
            if manifest.name.startswith("bad"):
                yield Finding("warning", "bad-name", manifest.target, manifest.id, "metadata.name", "bad name")

    monkeypatch.setattr(checks, "CHECKS", [*checks.CHECKS, check_names])
    report = run_checks([Manifest("t", _config_map("bad-one")), Manifest("t", _config_map("good"))])
    assert [(f.rule, f.object.name) for f in report.findings] == [("bad-name", "bad-one")]
    assert report.ok and len(report.warnings) == 1


def test_findings_are_sorted_by_target_object_and_rule():
    manifests = [Manifest("z", _config_map("b")), Manifest("a", _config_map("b")), Manifest("a", _config_map("a"))]
    for manifest in manifests:
        manifest.body["bogus"] = 1
    report = run_checks(manifests)
    assert [(f.target, f.object.name) for f in report.findings] == [("a", "a"), ("a", "b"), ("z", "b")]
    assert not report.ok and len(report.errors) == 3


def test_exemption_only_waives_its_own_rule_and_is_listed():
    pod = {
        "apiVersion": "v1", "kind": "Pod",
        "metadata": {"name": "p", "namespace": "n", "annotations": {"exempt.mlmanifests.dev/pss-host-namespaces": "needs the node's network"}},
        "spec": {"hostNetwork": True, "hostPID": True,
                 "securityContext": {"runAsNonRoot": True, "seccompProfile": {"type": "RuntimeDefault"}},
                 "containers": [{"name": "c", "image": "r.example.com/c:1", "resources": {"requests": {"cpu": "1m", "memory": "1Mi"}},
                                 "securityContext": {"allowPrivilegeEscalation": False, "capabilities": {"drop": ["ALL"]}, "privileged": True}}]},
    }
    report = run_checks([Manifest("t", pod)])
    assert [f.rule for f in report.findings] == ["pss-privileged"]
    assert [(e.rule, e.reason) for e in report.exemptions] == [("pss-host-namespaces", "needs the node's network")]


def test_duplicates_in_different_targets_are_not_duplicates():
    assert run_checks([Manifest("a", _config_map("x")), Manifest("b", _config_map("x"))]).findings == []
    [finding] = run_checks([Manifest("a", _config_map("x")), Manifest("a", _config_map("x"))]).findings
    assert finding.rule == "duplicate-identity"


def test_json_report_carries_findings_and_exemptions():
    import json

    from mlmanifests.checks import format_json

    exempted = _config_map("x", annotations={"exempt.mlmanifests.dev/image-unpinned": "a fixture"})
    document = json.loads(format_json(run_checks([Manifest("t", {**_config_map("y"), "bogus": 1}), Manifest("t", exempted)])))
    assert (document["ok"], document["errors"], document["warnings"]) == (False, 1, 0)
    [finding] = document["findings"]
    assert finding["object"] == {"group": "", "kind": "ConfigMap", "namespace": "n", "name": "y"}
    assert (finding["rule"], finding["path"], finding["file"], finding["line"]) == ("schema", "bogus", None, None)
    assert document["exemptions"] == [{"target": "t", "object": {"group": "", "kind": "ConfigMap", "namespace": "n", "name": "x"},
                                       "rule": "image-unpinned", "reason": "a fixture"}]


def test_container_registry_images_are_end_of_life_but_its_docker_hub_mirror_is_not():
    def eol_findings(image: str) -> list[str]:
        pod = {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p", "namespace": "n"},
               "spec": {"containers": [{"name": "c", "image": image}]}}
        return [f.message for f in run_checks([Manifest("t", pod)]).findings if f.rule == "eol-component"]

    assert len(eol_findings("us.gcr.io/project/tool:1.0")) == 1
    assert eol_findings("mirror.gcr.io/library/busybox:1.36") == []
    assert ["k8s.gcr.io is frozen" in m for m in eol_findings("k8s.gcr.io/pause:3.9")] == [True]
